"""verify's `dividend` family: a yield a sentence states from the dividend per share it states
before it and the close; never a half's dividend, never without a close in the dividend's currency."""
import pytest
from pipeline.ingest import read_document
from pipeline.verify import run_families

HEAD = "样例电力(600999):中报点评\n维持“买入”评级。市场数据 - 当前股价{close}\n"


def yields(tmp_path, text, close="4.51元"):
    path = tmp_path / "d.txt"
    path.write_text(HEAD.format(close=close) + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]


def test_a_yield_from_the_dividend_before_it_and_the_close(tmp_path):
    text = "承诺每年现金分红不低于归母净利润60%且每股不低于0.22元,当前股息率不低于{}%,2025H1拟每10股派1元。"
    assert yields(tmp_path, text.format("4.88")) == [(4.88, "consistent")]      # 0.22 ÷ 4.51
    assert yields(tmp_path, text.format("5.88")) == [(5.88, "mismatch")]
    # per ten shares: 3.5 ÷ 10 ÷ 4.51 = 7.76%
    assert yields(tmp_path, "2024年拟每10股派发现金红利3.5元(含税),股息率7.76%。") == [(7.76, "consistent")]


def test_no_yield_judged_on_an_interim_dividend_another_currency_or_none_stated(tmp_path):
    assert yields(tmp_path, "中期每股派息0.10元,当前股息率4.4%。") == []
    assert yields(tmp_path, "每股派息0.22元,股息率4.88%。", close="4.51港元") == []
    assert yields(tmp_path, "当前股息率4.43%(基于最近一年分红)。") == []
    # the dividend in another sentence's topic is not this yield's
    assert yields(tmp_path, "每股派息0.22元;按50%分红比例测算,股息率约2.53%。") == []


def test_a_dividend_plan_s_total_from_its_share_count_and_per_share_dividend(tmp_path):
    plan = ("公司拟向全体股东每10股派发现金红利8元(含税)。截至2023年12月31日,公司总股本\n112,124,537股,扣除公司回购"
            "专用证券账户中股份数249,784股后的股本{}股为基数,以\n此计算合计拟派发现金红利89,499,802.40元(含税)。")
    path = tmp_path / "plan.txt"
    for shares, verdict in (("111,874,753", "consistent"), ("111,884,753", "mismatch")):
        path.write_text(plan.format(shares) + "\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
        assert found == [(89499802.4, verdict)]                       # 111,874,753 × 0.8
    # no share count it is paid on: no check
    path.write_text("公司拟每10股派发现金红利8元,合计拟派发现金红利89,499,802.40元。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "dividend"] == []


def test_a_plan_paid_on_the_total_share_count_in_renminbi(tmp_path):
    # '每10股派发现金红利人民币3.79元…总股本200,000,000股,合计派发现金红利人民币75,800,000.00元'
    path = tmp_path / "plan2.txt"
    path.write_text("公司拟向全体股东每10股派发现金红利人民币3.79元(含税)。截至2022年12月31日公司总股本200,000,000股,"
                    "合计派发现金红利人民币{}元(含税)。\n".format("75,800,000.00"), encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
    assert found == [(75800000.0, "consistent")]                        # 200,000,000 × 0.379


@pytest.mark.parametrize("total, verdict", [("3.0", "consistent"), ("3.3", "mismatch")])
def test_a_plan_on_a_share_count_in_yi_stated_before_it(tmp_path, total, verdict):
    # '总股本10.0亿股' (rounded: 9.95–10.05亿) before '每10股派发现金红利3.0元': 10.0亿 × 0.30 = 3.0亿
    path = tmp_path / "note.txt"
    path.write_text(f"公司总股本10.0亿股,2024年拟每10股派发现金红利3.0元,合计派发现金红利{total}亿元。\n", encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
    assert found == [(float(total), verdict)]


def test_an_average_or_a_history_s_yield_is_no_claim(tmp_path):
    # '近五年平均股息率3.5%': not this year's dividend over this close
    path = tmp_path / "note.txt"
    path.write_text("示例科技(300999):业绩稳健增长,维持买入评级\n示例证券· 2025-10-30\n公司当前股价20.00元,2024年每股派息0.80元,"
                    "近五年平均股息率3.5%。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "dividend"] == []


def test_a_payout_ratio_from_the_dividend_and_the_shares_and_profit_or_the_eps(tmp_path):
    # 0.50 × 10.00亿股 ÷ 10.0亿元 = 50%; a wrong one is a mismatch
    text = "2024年公司归母净利润10.0亿元,拟每10股派发现金红利5.00元(含税),公司总股本10.00亿股,分红率{}%。"
    assert yields(tmp_path, text.format("50")) == [(50, "consistent")]
    assert yields(tmp_path, text.format("55")) == [(55, "mismatch")]
    # over the EPS: 0.50 ÷ 1.00; a ratio the EPS leaves unreproduced may be on the total paid (weighted
    # shares, an interim dividend besides the final): unverifiable, never a mismatch
    text = "2024年公司股东应占溢利10.0亿元,每股盈利1.00元,派末期息每股0.50元,派息比率{}%。"
    assert yields(tmp_path, text.format("50")) == [(50, "consistent")]
    assert yields(tmp_path, text.format("55")) == [(55, "unverifiable")]


def test_a_payout_with_buybacks_or_over_years_is_no_claim(tmp_path):
    text = "2024年公司归母净利润10.0亿元,拟每10股派发现金红利5.00元(含税),公司总股本10.00亿股,叠加回购后分红率{}%。"
    assert yields(tmp_path, text.format("70")) == []
