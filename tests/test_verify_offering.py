"""verify's `offering` family: an offering's multiples at its offer price, its net proceeds, and its multiple against
an industry's or its peers'."""
from conftest import one_page_doc
from pipeline.verify.families import offering


def _checks(text):
    return [(c["reported"], c["verdict"]) for c in offering.find(one_page_doc(text))]


def test_the_offering_s_multiples_over_its_per_share_figures_after_the_offering():
    text = ("每股发行价18.00元,募集资金总额60300.00万元,净额{net}万元 - 发行市盈率{pe}倍,市净率2.20倍,发行后每股收益1.22元,"
            "每股净资产8.17元 - 发行费用概算合计8552.18万元")
    # 18.00 ÷ 1.22 = 14.75; 18.00 ÷ 8.17 = 2.20; 60300.00 − 8552.18 = 51747.82
    assert _checks(text.format(net="51747.82", pe="14.75")) == [(14.75, "consistent"), (2.2, "consistent"),
                                                                (51747.82, "consistent")]
    assert _checks(text.format(net="51847.82", pe="15.75")) == [(15.75, "mismatch"), (2.2, "consistent"),
                                                                (51847.82, "mismatch")]


def test_figures_stated_for_cases_are_paired_by_their_brackets_and_a_list_carries_its_time():
    text = ("发行价格为人民币3.18元/股 每股收益 - 发行前每股收益0.24元,发行后0.21元(超配权行使前)、0.20元(超配权全额行使后) "
            "估值指标 - 发行市盈率15.28倍(超配权行使前)、{}倍(超配权全额行使后)")
    # 3.18 ÷ 0.21 = 15.1 (0.205–0.215: 14.8–15.5); 3.18 ÷ 0.20 = 15.9 (0.195–0.205: 15.5–16.3); never over 0.24
    assert _checks(text.format("15.56")) == [(15.28, "rounding"), (15.56, "rounding")]
    assert _checks(text.format("13.25")) == [(15.28, "rounding"), (13.25, "mismatch")]


def test_an_average_s_multiple_is_not_the_offering_s():
    assert _checks("发行价格为18.00元/股,发行后每股收益1.22元,行业平均市盈率25.00倍") == []


def test_how_far_the_offering_s_multiple_is_above_an_industry_s_and_its_peers():
    text = ("本次发行价格67.68元/股对应的市盈率为57.38倍,高于中证指数有限公司发布的行业最近一个月平均静态市盈率15.46倍,"
            "超出幅度约为271.15%;高于可比公司平均静态市盈率42.80倍,超出幅度约为{}%")
    # 57.38 ÷ 15.46 − 1 = 271.15%; 57.38 ÷ 42.80 − 1 = 34.07%
    assert _checks(text.format("34.07")) == [(271.15, "consistent"), (34.07, "consistent")]
    assert _checks(text.format("43.07")) == [(271.15, "consistent"), (43.07, "mismatch")]


def test_a_lottery_rate_over_its_stage_s_subscription_times_or_the_shares_offered_online():
    text = ("本次网上发行有效申购股数为89,017,855,000股,网上发行初步中签率为{first}%。由于网上初步有效申购倍数为6,358.42倍,"
            "启动回拨机制。回拨后,网上最终发行数量为31,500,000股。回拨机制启动后,网上发行最终中签率为0.03538616%。")
    # 100 ÷ 6,358.42 = 0.01572718%; 31,500,000 ÷ 89,017,855,000 = 0.03538616%
    assert _checks(text.format(first="0.01572718")) == [(0.01572718, "consistent"), (0.03538616, "consistent")]
    assert _checks(text.format(first="0.01752718")) == [(0.01752718, "mismatch"), (0.03538616, "consistent")]
