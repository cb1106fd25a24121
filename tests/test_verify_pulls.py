"""verify's `pulls` family: a sector's pull on a GDP's growth as its contribution rate times that growth."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import pulls


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return pulls.find(doc)


_HALF = ("上半年,全市完成地区生产总值148.9亿元,同比增长12.3%,两年平均增长9.1%。其中:第一产业增加值12.3亿元,增长8.8%;"
         "第二产业增加值61.9亿元,增长12.6%;第三产业增加值74.7亿元,增长12.7%。三次产业对经济增长的贡献率分别为6%、41.4%、"
         "52.6%,分别拉动GDP增长{}个、5.1个、6.5个百分点。")


@pytest.mark.parametrize("first, verdict", [("0.7", "consistent"), ("0.9", "mismatch")])
def test_each_pull_is_its_contribution_times_the_growth(first, verdict):
    checks = _checks(_HALF.format(first))
    assert [(c["reported"], c["verdict"]) for c in checks] == [
        (float(first), verdict), (5.1, "consistent"), (6.5, "consistent")]  # 6% × 12.3, 41.4% × 12.3, 52.6% × 12.3
    assert all(len(c["_cells"]) == 2 for c in checks)


def test_the_contribution_in_the_sentence_before_and_a_growth_counted_at_comparable_prices():
    text = ("一季度,全市实现地区生产总值545.0亿元,按可比价格计算,同比增长10.2%。一季度,第三产业经济增长的贡献率达到为33.5%,"
            "较去年同期提高8.7个百分点。拉动GDP增长{}个百分点,比去年同期提高0.6个百分点。")
    (c,) = _checks(text.format("3.4"))  # 33.5% × 10.2 = 3.42
    assert (c["reported"], c["verdict"]) == (3.4, "consistent")
    assert _checks(text.format("4.3"))[0]["verdict"] == "mismatch"


def test_no_pull_without_the_gdp_s_growth_or_one_to_each_contribution():
    assert _checks("三次产业对经济增长的贡献率分别为6%、41.4%、52.6%,分别拉动GDP增长0.7个、5.1个、6.5个百分点。") == []
    uneven = _HALF.format("0.7").replace("分别拉动GDP增长0.7个、5.1个、6.5个百分点", "分别拉动GDP增长0.7个、5.1个百分点")
    assert _checks(uneven) == []
    # another whole's pull is growth_contributions' (from amounts), not this family's
    assert _checks("地区生产总值148.9亿元,同比增长12.3%。宽带收入对电信业务收入增长的贡献率为45%,拉动电信业务收入增长0.6个百分点。") == []
