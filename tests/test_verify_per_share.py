"""verify's `per_share` family: a per-share figure beside the amount it divides and the share count."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def per_share(tmp_path, body):
    path = tmp_path / "note.txt"
    path.write_text(f"示例科技(300999):业绩稳健增长\n示例证券· 2025-10-30\n{body}\n", encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "per_share"]


@pytest.mark.parametrize("bvps, verdict", [("10.00", "consistent"), ("11.00", "mismatch")])
def test_book_value_per_share_from_the_equity_and_the_share_count(tmp_path, bvps, verdict):
    assert per_share(tmp_path, f"2024年末公司归母净资产100.0亿元,总股本10.00亿股,每股净资产{bvps}元。") == [
        (bvps, verdict, "归母净资产 ÷ 总股本")]


def test_operating_cash_flow_per_share_and_a_market_datas_run_on_labels(tmp_path):
    assert per_share(tmp_path, "公司总股本10.00亿股。2024年公司经营活动现金流净额12.0亿元,每股经营现金流1.20元。") == [
        ("1.20", "consistent", "经营活动现金流净额 ÷ 总股本")]
    # a first page's data run together: '总股本3445.39百万股…净资产30583.4百万元…每股净资产8.88元'
    found = per_share(tmp_path, "收盘价为16.49元总股本3445.39百万股流通股本3445.39百万股净资产30583.4百万元总资产45461.12百万元每股净资产8.88元")
    assert found == [("8.88", "consistent", "净资产 ÷ 总股本")]


def test_no_share_count_in_the_passage_gives_no_check(tmp_path):
    assert per_share(tmp_path, "2024年末公司归母净资产100.0亿元,每股净资产10.00元。") == []
