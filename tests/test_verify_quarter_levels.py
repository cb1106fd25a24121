"""verify's `quarter_levels` family: a year's (a half's) amount against its quarters' amounts stated elsewhere."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import quarter_levels


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return quarter_levels.find(doc)


_YEAR = ("2022年,全国结婚登记量为{}万对,较上一年减少80.3万对。"
         "分季度来看,2022年一季度结婚登记人数为210.7万对,二季度为162.5万对,三季度171.3万对,四季度为138.8万对。")


@pytest.mark.parametrize("year, verdict", [("683.3", "consistent"), ("683.0", "mismatch"), ("683", "consistent")])
def test_a_year_is_its_four_quarters(year, verdict):
    (c,) = _checks(_YEAR.format(year))  # 210.7 + 162.5 + 171.3 + 138.8 = 683.3
    assert (c["reported"], c["verdict"]) == (float(year), verdict)
    assert len(c["_cells"]) == 5  # the year and each quarter: each editable


def test_a_half_is_its_two_quarters_and_a_quarter_missing_gives_nothing():
    text = "2023年上半年结婚登记392.8万对。2023年一季度结婚登记214.7万对,二季度结婚登记178.1万对。"
    (c,) = _checks(text)
    assert (c["reported"], c["verdict"]) == (392.8, "consistent")
    assert _checks("2023年上半年结婚登记392.8万对。2023年一季度结婚登记214.7万对。") == []


def test_balances_and_rates_add_up_to_nothing():
    text = "2023年末贷款余额237.6万亿元。2023年一季度贷款余额60万亿元,二季度贷款余额60万亿元,三季度贷款余额60万亿元,四季度贷款余额57.6万亿元。"
    assert _checks(text) == []


def test_the_period_in_force_goes_on_into_the_next_sentence():
    # the quarters' sentence names no year: 2023's, named in the sentence before
    text = ("据统计,2023年,国内出游人次{}亿,比上年同期增加23.61亿,同比增长93.3%。\n"
            "分季度看,一季度国内出游人次12.16亿,同比增长46.5%;二季度国内出游人次11.68亿,同比增长86.9%;"
            "三季度国内出游人次12.90亿,同比增长101.9%;四季度国内出游人次12.17亿,同比增长179.1%。")
    (c,) = _checks(text.format("48.91"))
    assert (c["reported"], c["verdict"]) == (48.91, "consistent")
    assert _checks(text.format("49.81"))[0]["verdict"] == "mismatch"
    # the first three quarters, 今年 in the sentence before
    text = ("文化和旅游部公布2023年前三季度国内旅游数据。今年前三季度,国内旅游总人次36.74亿,比上年同期增加15.80亿。\n"
            "一季度,国内旅游总人次12.16亿;二季度,国内旅游总人次11.68亿;三季度,国内旅游总人次12.90亿。")
    (c,) = _checks(text)
    assert (c["reported"], c["verdict"]) == (36.74, "consistent")
