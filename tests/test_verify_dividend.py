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


@pytest.mark.parametrize("total, verdict", [("504,090,237.04", "consistent"), ("504,190,237.04", "mismatch")])
def test_a_plan_said_派送_on_the_count_it_is_reckoned_on_and_a_total_said_共(tmp_path, total, verdict):
    # '每10股派送现金红利1.3元…以…股本3,877,617,208股计算,共派送现金红利…': 3,877,617,208 × 0.13
    text = ("拟向全体股东每10股派送现金红利1.3元(含税),以公司现有扣除回购股份后的股本3,877,617,208股计算,"
            f"共派送现金红利{total}元。")
    assert [(r, v) for r, v, _ in dividend_checks(tmp_path, text)] == [(float(total.replace(",", "")), verdict)]
    # '以总股本103,550,000股为基数,每10股派3.00元现金,共派发现金红利…' (the count before the dividend)
    text = "以总股本103,550,000股为基数,每10股派3.00元现金,共派发现金红利31,065,000.00元。"
    assert [(r, v) for r, v, _ in dividend_checks(tmp_path, text)] == [(31065000.0, "consistent")]


def dividend_checks(tmp_path, text):
    path = tmp_path / "plan.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["note"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]


@pytest.mark.parametrize("total, verdict", [("82.47", "consistent"), ("82.57", "mismatch")])
def test_a_plan_s_total_the_company_is_to_pay(tmp_path, total, verdict):
    # '应派发现金红利人民币82.47亿元' with no 合计: 16,170,253,938 × 0.51 = 82.468亿; the share of a profit
    # the text does not print is unverifiable, naming it
    text = ("本公司审议通过了2023年中期利润分配预案:拟向全体股东每股派发现金红利人民币0.51元(含税);按截至2023年6月30日"
            f"公司总股本16,170,253,938股计算,2023年中期应派发现金红利人民币{total}亿元(含税),约为公司2023年上半年实现的"
            "归属于上市公司股东净利润的50%。")
    found = dividend_checks(tmp_path, text)
    assert found[0][:2] == (float(total), verdict)
    assert found[1][:2] == (50.0, "unverifiable") and "上半年实现的归属于上市公司股东净利润" in found[1][2]


@pytest.mark.parametrize("ratio, verdict", [("15.6", "consistent"), ("16.6", "mismatch")])
def test_a_plan_s_total_over_the_profit_and_the_distributable_profit_stated_before(tmp_path, ratio, verdict):
    # a hard-wrapped announcement: its words broken by the line ('每股派发现\n金红利', '可供分配\n利润')
    text = ("公司2021年度实现归属于上市公司股东的净利润892.96亿元。母公司报表当年可供分配利润为277.80亿元。本公司\n"
            "审议通过了本公司2021年度利润分派预案:每股派发现\n金红利0.87元(含税)。按截至2021年末公司总股本16,014,125,710股计算,"
            f"合计派发现金红利139.32\n亿元,为公司2021年度实现的归属于上市公司股东净利润的{ratio}%,为母公司报表2021年度可供分配\n"
            "利润的50.15%。")
    found = dividend_checks(tmp_path, text)
    assert [f[:2] for f in found] == [(139.32, "consistent"), (float(ratio), verdict), (50.15, "consistent")]


def test_a_total_over_profit_takes_the_plain_profit_of_the_period_it_names(tmp_path):
    # 19.94 ÷ 52.56 = 37.9%; the 扣非 profit (48.00) and the third quarter's alone (17.81), stated nearer, are others
    text = ("前三季度实现归属于上市公司股东的净利润52.56亿元,扣除非经常性损益后的净利润48.00亿元。其中第三季度业绩下滑更为明显,"
            "单季净利润17.81亿元。公司拟每10股派发现金红利3元,合计派发19.94亿元,占前三季度净利润的38%。")
    assert [f[:2] for f in dividend_checks(tmp_path, text)] == [(38.0, "consistent")]


@pytest.mark.parametrize("ratio, verdict", [("59", "consistent"), ("69", "mismatch")])
def test_dividends_summed_over_the_period_s_profit(tmp_path, ratio, verdict):
    # '前三季度累计分红约13.86亿元,累计分红率约59%' over the nine months' 归母净利 23.45亿 (13.86 ÷ 23.45 = 59.1%), never the
    # third quarter's 9.44亿 stated nearer
    text = ("2025年Q1-Q3实现营收124.61亿元,归母净利23.45亿元。Q3实现营收39.75亿元,归母净利润9.44亿元。公司公告拟每10股派2.10元"
            f"(含税),金额约4.62亿元;前三季度累计分红约13.86亿元,累计分红率约{ratio}%。")
    assert [f[:2] for f in dividend_checks(tmp_path, text)] == [(float(ratio), verdict)]


@pytest.mark.parametrize("ratio, verdict", [("59", "consistent"), ("69", "unverifiable")])
def test_a_total_over_a_profit_of_no_period_said_is_the_one_period_s_that_reproduces_it(tmp_path, ratio, verdict):
    # the sum's period unsaid ('合计分红金额将高达13.86亿元,占归母净利润比例约59%'): of the nine months' 23.45 and the quarter's
    # 9.44, the nine months' gives 59.1% — said so; a ratio neither gives is unverifiable, never a mismatch
    text = ("2025年1-9月,公司归属于上市公司股东的净利润23.45亿元。25Q3归属于上市公司股东的净利润9.44亿元。结合上半年已实施的两次"
            f"季度分红,合计分红金额将高达13.86亿元,占归母净利润比例约{ratio}%。")
    (found,) = dividend_checks(tmp_path, text)
    assert found[1] == verdict and ("names no period" if verdict == "consistent" else "归母净利润") in found[2]


@pytest.mark.parametrize("ratio, verdict", [("72.6", "consistent"), ("82.6", "mismatch")])
def test_a_plan_s_dividends_in_all_over_the_year_s_profit(tmp_path, ratio, verdict):
    # '派息总额约10.7亿元,分红比例72.6%' names no period: one plan's total is paid from the year's profit (10.7 ÷ 14.73 =
    # 72.6%), not the second half's stated nearer
    text = ("2024年公司实现营收85.06亿元,归母净利润14.73亿元。从24年下半年看,公司24H2营收49.85亿元;净利润8.85亿元。"
            f"公司拟每股派息6.35元,派息总额约10.7亿元,分红比例{ratio}%。")
    assert [f[:2] for f in dividend_checks(tmp_path, text)] == [(float(ratio), verdict)]


@pytest.mark.parametrize("ratio, verdict", [("35.23", "consistent"), ("45.23", "mismatch")])
def test_a_total_said_累计分配(tmp_path, ratio, verdict):
    # '…前三季度累计分配7.06亿元,占归母净利润的比例为35.23%': 7.06 ÷ 20.04
    text = ("2025年前三季度公司实现归母净利润20.04亿元。公司拟每股派发现金红利0.34元(含税),前三季度累计分配7.06亿元,"
            f"占归母净利润的比例为{ratio}%。")
    assert [f[:2] for f in dividend_checks(tmp_path, text)] == [(float(ratio), verdict)]


@pytest.mark.parametrize("ratio, verdict", [("18.05", "rounding"), ("21.05", "mismatch")])
def test_a_plan_s_total_named_派发现金总额(tmp_path, ratio, verdict):
    # '预计派发现金总额1.09亿元,占前三季度归母净利润的18.05%': 1.09 ÷ 6.05 = 18.02% (17.92–18.11 as printed)
    text = ("2025年前三季度公司实现营收44.27亿元,归母净利润6.05亿元。公司拟每10股派发现金红利4元(含税),"
            f"预计派发现金总额1.09亿元,占前三季度归母净利润的{ratio}%。")
    assert [f[:2] for f in dividend_checks(tmp_path, text)] == [(float(ratio), verdict)]


@pytest.mark.parametrize("ratio, verdict", [("16.95", "rounding"), ("19.65", "mismatch")])
def test_a_plan_after_its_colon_its_period_between_and_the_share_before_the_total(tmp_path, ratio, verdict):
    # 5.2 ÷ 30.52 = 17.04% (16.87–17.20 on 5.2 as printed); 5.17 ÷ 30.52 = 16.94%
    base = "2025年前三季度公司实现归母净利润为30.52亿元。"
    for plan in (f"董事会审议通过前三季度利润分配方案:派发现金红利5.2亿元(含税),占2025年前三季度归母净利润的{ratio}%。",
                 f"首次实施中期分红:拟派发前三季度现金红利5.17亿元(每10股2.50元),占前三季度归母净利润{ratio}%。",
                 f"公司拟以前三季度净利润的{ratio}%(合计5.17亿元)实施中期现金分红,每10股派2.50元(含税)。"):
        assert [f[:2] for f in dividend_checks(tmp_path, base + plan) if f[0] == float(ratio)] == [(float(ratio), verdict)], plan


@pytest.mark.parametrize("ratio, verdict", [("97", "consistent"), ("87", "unverifiable")])
def test_a_plan_naming_no_period_over_the_profit_of_the_period_that_reproduces_it(tmp_path, ratio, verdict):
    # '共计分红22.52亿元,分红率97%' names no period: of the half's 23.23 and the quarter's 11.86, the half's gives 96.9%;
    # a ratio neither reproduces is unverifiable (the plan may be the year's), never a mismatch
    path = tmp_path / "note.txt"
    path.write_text("双汇发展(000895):中报点评\n2025年上半年实现总营收284.14亿元,同比+2.97%;归母净利润23.23亿元,同比+1.17%。其中,2025Q2"
                    "公司营收为142.08亿元,同比+6.31%;归母净利润11.86亿元,同比+15.74%。本次公司拟向全体股东每10股派发现金红利6.50元"
                    f"(含税),共计分红22.52亿元,分红率{ratio}%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "dividend" and c["reported"] == float(ratio)]
    assert [c["verdict"] for c in found] == [verdict]


def test_a_plan_s_base_as_the_total_count_less_the_shares_it_leaves_out(tmp_path):
    # '总股本为232,581,095股,扣除回购专用证券账户中股份数3,848,095股…合计拟派发现金红利共计人民币91,493,200.00元':
    # (232,581,095 − 3,848,095) × 0.4
    plan = ("公司拟向全体股东每10股派发现金红利人民币4.00元(含税)。截至本报告披露日,公司总股本为232,581,095股,扣除回购专用证券"
            "账户中股份数3,848,095股(全部为A股股份),以此计算合计拟派发现金红利共计人民币{}元(含税)。")
    path = tmp_path / "plan.txt"
    for total, verdict in (("91,493,200.00", "consistent"), ("93,032,438.00", "mismatch")):
        path.write_text(plan.format(total) + "\n", encoding="utf-8")
        found = [(c["verdict"], c["note"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
        assert found[0] == (verdict, "股本: 232,581,095 less the 3,848,095 the plan leaves out") or \
            (verdict == "mismatch" and found[0][0] == "mismatch")


def test_a_plan_paying_its_dividend_as_现金股利(tmp_path):
    # '每10股派发现金股利1.25元' on 404,074,000 shares: 50,509,250元
    path = tmp_path / "d.txt"
    path.write_text("公司总股本404,074,000股。以总股本404,074,000股为基数,公司拟向全体股东每10股派发现金股利1.25元(含税),"
                    "以此计算合计拟派发现金红利{}元(含税)。\n".format("50,509,250"), encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
    assert [c["verdict"] for c in found] == ["consistent"]


@pytest.mark.parametrize("ratio, verdict", [("32.39", "consistent"), ("33.39", "mismatch")])
def test_an_annual_report_s_plan_and_its_payout_in_a_sentence_of_its_own(tmp_path, ratio, verdict):
    # '…合计拟派发现金红利654,906,024.50元(含税)。本年度公司现金分红占当年归母净利润比例为32.39%': 654,906,024.50 over the
    # year's 2,022,025,698.99
    path = tmp_path / "a.txt"
    path.write_text("公司代码:603298 公司简称:示例叉车\n示例叉车股份有限公司2024年年度报告\n经审计,截至2024年12月31日,公司合并财务报表实现"
                    "营业收入16,485,830,318.58元,归属于上市公司股东的净利润2,022,025,698.99元。1、公司拟向全体股东每10股派发现金红利5元"
                    "(含税)。截至2024年12月31日,公司总股本1,309,812,049股,以此计算合计拟派发现金红利654,906,024.50元(含税)。"
                    f"本年度公司现金分红占当年归母净利润比例为{ratio}%。\n", encoding="utf-8")
    got = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
    assert (float(ratio), verdict) in got


@pytest.mark.parametrize("total, verdict", [("12.64", "consistent"), ("13.64", "mismatch")])
def test_a_plan_s_total_said_with_共计_alone_after_a_dividend_分配(tmp_path, total, verdict):
    # 36.12亿股 × 0.35元 = 12.642亿元
    text = f"在利润分配方面,样例银行拟以总股本36.12亿股为基数,每10股分配现金股利3.50元(含税),共计人民币{total}亿元。"
    assert [c[:2] for c in dividend_checks(tmp_path, text)] == [(float(total), verdict)]


@pytest.mark.parametrize("total, verdict", [("1,880,757,274.83", "consistent"), ("1,880,757,374.83", "mismatch")])
def test_a_plan_s_cash_to_pay_on_a_count_printed_with_zero_decimals(tmp_path, total, verdict):
    # 4,847,312,564 × 0.388 = 1,880,757,274.83
    text = (f"公司拟以2024年12月31日的总股本4,847,312,564.00股为基数,每10股派发现金股利3.88元(含税),预计支付现金{total}元(含税)。")
    assert [c[1] for c in dividend_checks(tmp_path, text)] == [verdict]


@pytest.mark.parametrize("share, verdict", [("30.0", "consistent"), ("33.0", "mismatch")])
def test_a_payout_over_a_profit_stated_in_the_bracket_after_it(tmp_path, share, verdict):
    # '合计3.00亿元,占当年归母净利润的30.0%(归母净利润10.00亿元)': 3.00 ÷ 10.00
    text = f"2024年公司拟派发现金红利合计3.00亿元,占当年归母净利润的{share}%(归母净利润10.00亿元)。"
    assert [c[:2] for c in dividend_checks(tmp_path, text)] == [(float(share), verdict)]


@pytest.mark.parametrize("body, total, verdict", [
    # the count before the dividend in its clause; the total 实际派发, cut to the fen (197,863,894 × 0.022 = …005.668)
    ("- 以197,863,894股为基数,每10股派现0.22元(含税) - 实际派发现金分红总额为{}元(含税)", "4,353,005.66", "rounding"),
    ("- 以197,863,894股为基数,每10股派现0.22元(含税) - 实际派发现金分红总额为{}元(含税)", "4,353,015.66", "mismatch"),
    # a bare 分红 closing the clause
    ("- 2023年以422532595股为基数,每10股派0.8元现金,分红{}元", "33802607.6", "consistent"),
    # the shares taking part named after the dividend
    ("- 每10股派发现金红利0.9341元 - 扣除回购专户股份后参与分配股数为3,609,202,724股 - 合计拟派发现金红利{}元",
     "337,135,626.45", "consistent"),
])
def test_a_plan_s_total_on_the_count_before_it_or_the_shares_taking_part(tmp_path, body, total, verdict):
    path = tmp_path / "plan.txt"
    path.write_text("关于权益分派实施后调整价格的公告\n" + body.format(total) + "\n", encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
    assert found == [(float(total.replace(",", "")), verdict)]
