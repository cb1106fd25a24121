"""verify's `cash_ratios` family: a note's 净现比 or 收现比 against the amounts it states before it —
confirming where an amount before reproduces it, never refuting on a guess of which period's it is."""
from pipeline.document import Document, Page, Source
from pipeline.verify.families import cash_ratios


def checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["verdict"], c["reported"], c["recomputed"]) for c in cash_ratios.find(doc)]


QUARTER = ("Q1-3,公司实现营业总收入781.57亿元,归母净利润59.77亿元;单Q3,公司实现营业总收入233.49亿元,归母净利润16.19亿元。"
           "经营性利润表现良好的同时,公司单季实现经营性现金流净额19.67亿元,同比+481.95%,净现比达{}。")


def test_a_cash_conversion_against_the_profit_that_reproduces_it():
    # 19.67 ÷ 16.19 = 1.2149 (the quarter's profit, the nearest before; 59.77 would give 0.33)
    assert checks(QUARTER.format("1.22")) == [("rounding", 1.22, 1.2149)]
    assert checks(QUARTER.format("1.21")) == [("consistent", 1.21, 1.2149)]
    # as a percent
    assert checks(QUARTER.format("121%")) == [("consistent", 121.0, 121.4947)]


def test_a_ratio_no_amount_before_it_reproduces_is_left_unverifiable():
    # 19.67 ÷ 16.19 and 19.67 ÷ 59.77 give 1.21 and 0.33: a 1.52 is neither — which profit it divides the text does not say
    assert checks(QUARTER.format("1.52")) == [("unverifiable", 1.52, None)]


def test_no_check_without_both_amounts():
    assert checks("公司单季实现经营性现金流净额19.67亿元,净现比达1.22。") == []
    assert checks("归母净利润16.19亿元,净现比达1.22。") == []
