"""verify's `part_margins` family: a part's gross margin from the part's revenue and cost stated before it."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import part_margins


def _checks(text):
    return [(c["reported"], c["verdict"]) for c in part_margins.find(one_page_doc(text))]


@pytest.mark.parametrize("text, judged", [
    # (59.69 − 33.67) ÷ 59.69 = 43.59%
    ("分地区表现 - 中区营业收入59.69亿元,营业成本33.67亿元,毛利率43.59%,营业收入比上年-1.88%", [(43.59, "consistent")]),
    ("分地区表现 - 中区营业收入59.69亿元,营业成本33.67亿元,毛利率45.59%,营业收入比上年-1.88%", [(45.59, "mismatch")]),
    # the company's own margin is not this family's; nor amounts in two currencies
    ("公司营业收入59.69亿元,营业成本33.67亿元,毛利率43.59%", []),
    ("海外营业收入59.69亿美元,营业成本33.67亿元,毛利率43.59%", []),
])
def test_a_part_s_margin_from_its_revenue_and_cost(text, judged):
    assert _checks(text) == judged


@pytest.mark.parametrize("margin, verdict", [("22.5", "rounding"), ("23.5", "mismatch")])
def test_a_segment_s_margin_from_its_revenue_and_gross_profit(margin, verdict):
    # a Hong Kong results digest: '(二)光伏玻璃:营业额上升43.8%至196.77亿元,…,毛利增长38.5%至44.17亿元,毛利率下跌0.9个百分点至
    # 22.5%' — 44.17 ÷ 196.77 = 22.45%; a gross profit in 万元 beside revenue in 亿元 too (0.3782 ÷ 3.28 = 11.53%)
    text = (f"(二)光伏玻璃:营业额上升43.8%至196.77亿元,占总营业额91.4%,毛利增长38.5%至44.17亿元,毛利率下跌0.9个百分点至{margin}%;"
            "(三)家居玻璃:营业额减少6.2%至3.28亿元,毛利减少39.8%至3782万元,毛利率下跌6.5个 百分点至11.5%;")
    assert _checks(text) == [(float(margin), verdict), (-0.9, "consistent"), (11.5, "consistent"), (-6.5, "rounding")]


@pytest.mark.parametrize("move, verdict", [("0.9", "consistent"), ("1.9", "mismatch")])
def test_a_segment_s_margin_move_from_its_revenue_s_and_gross_profit_s_growths(move, verdict):
    # the year before: 44.17 ÷ 1.385 over 196.77 ÷ 1.438 = 23.31%; 22.45 − 23.31 = −0.86, printed '下跌0.9个百分点'
    text = (f"(二)光伏玻璃:营业额上升43.8%至196.77亿元,占总营业额91.4%,毛利增长38.5%至44.17亿元,毛利率下跌{move}个百分点至22.5%;")
    assert _checks(text) == [(22.5, "rounding"), (-float(move), verdict)]


@pytest.mark.parametrize("margin, verdict", [("2.1", "consistent"), ("3.1", "mismatch")])
def test_a_segment_s_gross_profit_recorded_after_a_loss_the_year_before(margin, verdict):
    # '录得毛利391万元': 0.0391 ÷ 1.83 = 2.14%
    text = f"(三)浮法玻璃:营业额增长6.5%至1.83亿元,业绩由毛损转为毛利,录得毛利391万元,毛利率 为{margin}%;"
    assert _checks(text) == [(float(margin), verdict)]
