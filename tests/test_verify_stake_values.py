"""verify's `stake_values` and `stake_parts` families: a stake's value from the whole's, and a stake's parts."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def checks(tmp_path, body, family):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于发行股份及支付现金购买资产的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0] if c["family"] == family]


@pytest.mark.parametrize("stake, verdict", [("1,362,332.72", "rounding"), ("1,326,332.72", "mismatch")])
def test_a_stake_s_appraisal_is_its_share_of_the_whole_s(tmp_path, stake, verdict):
    body = f"标的公司全部股东权益评估值为 2,893,040.38 万元,对应甲集团所持标的公司 47.09%股权评估值为 {stake} 万元。"
    assert checks(tmp_path, body, "stake_values") == [(float(stake.replace(",", "")), verdict, "2,893,040.38万元 × 47.09%")]


def test_a_price_is_the_share_of_the_whole_s_price_not_of_its_appraisal(tmp_path):
    body = ("标的公司 100%股权采用收益法评估的评估值为 80,682.27 万元。经各方协商一致,本次交易按照标的公司 100%股权作价 80,000 万元计算,"
            "拟购买资产(即 70%股 权)的交易价格为 56,000 万元。")
    assert checks(tmp_path, body, "stake_values") == [(56000.0, "consistent", "80,000万元 × 70%")]


def test_a_stake_split_after_qi_zhong(tmp_path):
    body = ("本次交易中,公司拟购买甲、乙合计持有的标的公司 70%的股权,其中以发行股份方式受让甲持有的标的公司 42%股权,"
            "以支付现金的方式受让乙持有的标的公司 {}%股权。")
    assert checks(tmp_path, body.format("28"), "stake_parts") == [(70.0, "consistent", "42% + 28%")]
    assert [v for _, v, _ in checks(tmp_path, body.format("38"), "stake_parts")] == ["mismatch"]
