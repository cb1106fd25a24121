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
