"""verify's `sector_pulls` family: a whole's growth broken down by sectors, each with its share, contribution and pull."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import sector_pulls

RELEASE = ("一季度,全市规模以上工业增加值同比增长9.6%,比全省高1.9个百分点。其中采矿业增加值同比增长14.4%,占全市规上工业增加值的"
           "比重为75.9%,对全市工业增长的贡献率109.7%,上拉全市工业增加值增速{mining}个百分点;电力业增加值同比增长6.4%,占比为4.6%,"
           "对全市工业增长的贡献率2.8%,上拉全市工业增加值增速0.3个百分点{rest}")
MANUFACTURING = (";制造业增加值同比下降5.3%,占比为19.5%,对全市工业增长的贡献率-12.5%,"
                 "下拉全市工业增加值增速1.2个百分点。")


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["formula"], c["verdict"]) for c in sector_pulls.find(doc)]


@pytest.mark.parametrize("mining, verdict, pulls", [("10.6", "rounding", "rounding"), ("11.6", "mismatch", "mismatch")])
def test_each_pull_is_its_contribution_times_the_growth_and_the_sectors_sum_up(mining, verdict, pulls):
    # 109.7% × 9.6 = 10.53 (10.6 within the printed figures' rounding); 75.9 + 4.6 + 19.5 = 100, 109.7 + 2.8 − 12.5 = 100,
    # 10.6 + 0.3 − 1.2 = 9.7 against 9.6 (rounding)
    checks = _checks(RELEASE.format(mining=mining, rest=MANUFACTURING))
    assert checks == [
        ("109.7% × 9.6% (全市工业增加值的增速)", verdict), ("2.8% × 9.6% (全市工业增加值的增速)", "consistent"),
        ("-12.5% × 9.6% (全市工业增加值的增速)", "consistent"),
        ("share of sector 1 + share of sector 2 + share of sector 3", "consistent"),
        ("contribution of sector 1 + contribution of sector 2 + contribution of sector 3", "consistent"),
        ("pull of sector 1 + pull of sector 2 + pull of sector 3", pulls)]


def test_two_sectors_of_three_make_no_sums():
    # nothing says the two are all of the whole: their sums are no claims, each pull still is
    checks = _checks(RELEASE.format(mining="10.6", rest="。"))
    assert [formula for formula, _ in checks] == ["109.7% × 9.6% (全市工业增加值的增速)", "2.8% × 9.6% (全市工业增加值的增速)"]


def test_a_gdp_s_pulls_are_left_to_pulls():
    text = ("地区生产总值同比增长8.0%。第一产业对经济增长的贡献率为5.0%,拉动经济增长0.4个百分点;"
            "第二产业对经济增长的贡献率为45.0%,拉动经济增长3.6个百分点;第三产业对经济增长的贡献率为50.0%,拉动经济增长4.0个百分点。")
    assert _checks(text) == []


@pytest.mark.parametrize("pull, verdict", [("5.5", "consistent"), ("6.5", "mismatch")])
def test_one_sector_s_pull_with_a_contribution_that_does_not_name_the_whole_again(pull, verdict):
    # '拉动规上工业增长5.5个百分点,贡献率达64.6%': the clause's 贡献率 is of the whole its pull names; 64.6% × 8.5 = 5.49.
    # One sector: no sums.
    text = ("1-4月,全省规模以上工业增加值同比增长8.5%。分企业规模看,小型企业同比增长11.9%,"
            f"拉动规上工业增长{pull}个百分点,贡献率达64.6%。大型企业同比增长5.3%。")
    assert _checks(text) == [("64.6% × 8.5% (规上工业的增速)", verdict)]
