"""verify's `price_bounds` family: the money paid for shares between the shares at the lowest and the highest price."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def bounds(tmp_path, body, title="关于回购公司股份的进展公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "price_bounds"]


PROGRESS = ("截至2024年10月31日,公司累计回购股份4,587,845股,占公司目前总股本的2.92%;购买股份的最高成交价为19.998元/股、"
            "最低成交价为13.71元/股,支付总金额为人民币{}元(不含交易费用)。")


@pytest.mark.parametrize("paid, verdict", [
    ("79,794,047.03", "consistent"),   # an average of 17.39
    ("97,794,047.03", "mismatch"),     # 21.32 a share: above the highest price
    ("57,794,047.03", "mismatch"),     # 12.60 a share: below the lowest
])
def test_the_money_paid_lies_between_the_shares_at_the_lowest_and_highest_price(tmp_path, paid, verdict):
    assert bounds(tmp_path, PROGRESS.format(paid)) == [(float(paid.replace(",", "")), verdict)]


def test_a_table_of_two_cells_and_a_price_range_and_bullets(tmp_path):
    table = ("累计已回购股数 | 20,592,200股 |\n累计已回购股数占总股本比例 | 1.001% |\n累计已回购金额 | {}元 |\n"
             "实际回购价格区间 | 3.19 / ~4.28 /\n元股 元股 |")
    assert bounds(tmp_path, table.format("80,457,115.00")) == [(80457115.0, "consistent")]
    assert bounds(tmp_path, table.format("90,457,115.00")) == [(90457115.0, "mismatch")]
    # a plan's amounts are no money paid ('回购资金总额不低于1亿元'); the bullets' spent funds are
    bullets = ("回购资金 - 回购资金总额不低于1亿元(含),不超过2亿元(含)[2] - 截至2024年6月30日已使用资金{}万元(不含交易费用)[4] "
               "- 截至2024年6月30日累计回购1515.53万股,占总股本0.33%[4] - 截至2024年6月30日回购最高成交价8.17元/股,最低4.86元/股[4]")
    assert bounds(tmp_path, bullets.format("10000.24")) == [(10000.24, "consistent")]
    assert bounds(tmp_path, bullets.format("1000.24")) == [(1000.24, "mismatch")]


def test_two_statements_of_shares_on_a_page_are_read_sentence_by_sentence_or_not_at_all(tmp_path):
    body = ("2019年4月,公司累计回购股份约287.85万股,最高价为32.18元/股、最低价为30.07元/股,支付的金额约为9002.55万元。"
            "截至2019年4月底,公司累计回购股份约1841.46万股,最高价为32.18元/股、最低价为23.47元/股,已支付的总金额约为{}亿元。")
    assert bounds(tmp_path, body.format("5")) == [(9002.55, "consistent"), (5, "consistent")]
    assert bounds(tmp_path, body.format("8")) == [(9002.55, "consistent"), (8, "mismatch")]
    # (no prices in the sentence and two counts on the page: which shares the money bought, the words do not say)
    assert bounds(tmp_path, "公司累计回购股份100万股。公司累计回购股份200万股,支付的金额为1500万元。最高价为10元/股,最低价为5元/股。") == []
