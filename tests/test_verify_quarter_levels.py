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
