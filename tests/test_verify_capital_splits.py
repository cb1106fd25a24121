"""verify's `capital_splits` family: money paid in for new capital is the registered capital and the premium."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def splits(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于控股子公司增资的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "capital_splits"]


@pytest.mark.parametrize("paid, verdict", [("11,300.00", "consistent"), ("11,030.00", "mismatch")])
def test_a_price_subscribing_registered_capital_with_a_premium_and_a_word_a_space_breaks(tmp_path, paid, verdict):
    body = f"经双方协商确定投资方以 {paid} 万元的价格认缴标的公司新增注 册资本 7,258.65 万元,溢价部分 4,041.35 万元计入标的公司的资本公积。"
    assert splits(tmp_path, body) == [(float(paid.replace(",", "")), verdict, "7,258.65万元 + 4,041.35万元")]


def test_parts_named_after_their_figures_and_a_sentence_without_the_premium(tmp_path):
    body = "本次增资的交易价款合计人民币4,490.00万元,其中人民币22.45万元计入标的公司的注册资本,其余人民币4,467.55万元计入标的公司的资本公积。"
    assert splits(tmp_path, body) == [(4490.0, "consistent", "22.45万元 + 4,467.55万元")]
    assert splits(tmp_path, "由甲公司出资 5,000.00 万元,其中 1,207.00 万元为标的公司注册资本,超出注册资本的部分计入资本公积。") == []
