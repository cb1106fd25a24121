"""verify's `deposit_income` family: a product's income from its principal, annual rate and term."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def incomes(tmp_path, body, title="关于使用闲置募集资金购买理财产品到期赎回的公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "deposit_income"]


STATED_DAYS = ("公司于2015年11月4日购买人民币1500万元稳得利91天周期型理财产品。2016年2月3日,该理财产品已到期赎回,"
               "收回本金人民币1500万元,取得理财收益为人民币{}元,实际年化收益率3.80%。")


@pytest.mark.parametrize("income, verdict", [("142,109.59", "consistent"), ("142,901.59", "mismatch")])
def test_an_income_over_the_days_stated(tmp_path, income, verdict):
    # 15,000,000 × 3.80% × 91 ÷ 365 = 142,109.59
    assert incomes(tmp_path, STATED_DAYS.format(income)) == [(float(income.replace(",", "")), verdict)]


def test_a_range_of_rates_from_起息日_to_到期日(tmp_path):
    # 5,000万 × 4.7% × 183 ÷ 365 = 1,178,219.18, within 4.7%–5.1%; 1,078,219.18 is below any rate of the range
    body = ("公司于2018年5月31日购买了5,000万元结构性存款产品,预期年化收益率:4.7%-5.1%,产品起息日:2018年05月31日,"
            "产品到期日:2018年11月30日。\n2018年11月30日,该笔理财产品到期,公司收回本金5,000万元,收到理财收益{}元。")
    assert incomes(tmp_path, body.format("1,178,219.18")) == [(1178219.18, "consistent")]
    assert incomes(tmp_path, body.format("1,078,219.18")) == [(1078219.18, "mismatch")]


def test_bought_to_redeemed_allows_interest_to_start_days_after_the_purchase(tmp_path):
    # bought 3月11日, redeemed 4月14日 (34 days): 6,000万 × 4.3% × 32 ÷ 365 = 22.62万; 30.62万 no term of 31–34 days gives
    body = ("公司于2015年3月11日在建设银行购买保本型理财产品,金额人民币6,000万元(详见公司于2015年3月13日披露的公告)。\n"
            "截止2015年4月14日,该理财产品已到期收回。该理财产品收回本金6,000万元,取得的收益为{}万元,年化收益率4.3%。")
    assert incomes(tmp_path, body.format("22.62")) == [(22.62, "consistent")]
    assert incomes(tmp_path, body.format("30.62")) == [(30.62, "mismatch")]


def test_a_360_day_year(tmp_path):
    # 50,000,000 × 1.70% × 21 ÷ 360 = 49,583.33 (at 365 days, 48,904.11)
    body = "公司购买浦发银行结构性存款,期限21天,年化收益率1.70%。该产品已到期赎回,收回本金5,000万元,取得收益49,583.33元。"
    assert incomes(tmp_path, body) == [(49583.33, "consistent")]


def test_no_term_or_no_one_rate_is_no_check(tmp_path):
    # redeemed early: the term stated is not the one the income is of
    early = ("公司于2021年3月31日将5亿元用于购买理财产品,期限为727天,预期年化收益率5.27%。2022年12月22日,公司提前赎回该笔理财产品,"
             "实际全额收回本金5亿元,并取得利息收入4533.64万元。")
    assert incomes(tmp_path, early) == []
    # two rates stated before, none in the income's clause: which one is its, the words do not say
    two = ("公司购买A产品,期限91天,年化收益率3.80%;购买B产品,期限91天,年化收益率3.58%。"
           "A产品已到期赎回,收回本金1500万元,取得理财收益142,109.59元。")
    assert incomes(tmp_path, two) == []
