"""verify's `amount_changes` family: an amount with its change in amount and in percent after it."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import amount_changes


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return amount_changes.find(doc)


@pytest.mark.parametrize("sentence, verdict", [
    ("营业收入达4921.15亿元,同比增加130.10亿元,增长2.72%。", "consistent"),   # 130.10 ÷ 4791.05
    ("净利息收入3257.92亿元,同比减少102.05亿元,下降3.04%,净息差为1.26%。", "consistent"),  # −102.05 ÷ 3359.97
    ("净利息收入3257.92亿元,同比减少102.05亿元,下降3.13%。", "mismatch"),    # 102.05 ÷ 3257.92: on the wrong base
    ("管理零售客户总资产余额165,975.23亿元,较上年末增加16,708.09亿元,增幅11.19%。", "consistent"),
    ("营业收入达4921.15亿元,同比增加130.10亿元,下降2.72%。", None),            # two ways at once: no claim
    # a market's 涨/跌 alone: 8.05 ÷ (3325.11 + 8.05) = 0.2415%
    ("尾盘收报3325.11点, 较前一交易日跌8.05点, 跌幅为0.24%。", "consistent"),
    ("尾盘收报3325.11点, 较前一交易日跌8.05点, 跌幅为0.42%。", "mismatch"),
    ("创业板指收报2799.67点,较前一交易日涨30.74点,涨幅为1.11%。", "consistent"),   # 30.74 ÷ 2768.93
    # a change in a smaller unit of the same money: both in whole units (3759万 ÷ (24.69亿 − 3759万) = 1.546%)
    ("净利润为24.69亿元,较上年同期增加3759万元,同比增长幅度仅为1.55%。", "consistent"),
    ("营业收入达4921.15亿元,同比增加130.10万元,增长2.72%。", "mismatch"),      # a 万 for 亿: 0.0026%
    ("销量3434万吨,同比+15万元(+0.4%)。", None),                               # tonnes and money: no claim
    # the rate named by its direction's 幅度, an approximate change: 6.7 ÷ (86.92 − 6.7) = 8.35%
    ("营业收入86.92亿元,同比增加约6.7亿元,增长幅度为8.36%。", "rounding"),
    # the percent in brackets, signed or by the change's word
    ("25Q1-Q3实现归母净利润124.8亿元,同比减少21.3亿元(-15%)。", "consistent"),     # −21.3 ÷ 146.1
    ("25Q1-Q3实现归母净利润124.8亿元,同比减少21.3亿元(15%)。", "consistent"),      # a fall by its word
    ("25Q1-Q3实现归母净利润124.8亿元,同比减少21.3亿元(-17%)。", "mismatch"),      # 21.3 ÷ 124.8: the wrong base
    ("商品煤产量1468万吨,同比+80万吨(+5.7%)。", "rounding"),                   # 79.5–80.5 ÷ 1387.5–1388.5
    # the direction's first character alone before the rate ('增9.8%', '减8.2%'): 379.7 ÷ 3875.4
    ("年末全省生猪存栏4255.1万头,比上年末增加379.7万头,增9.8%。", "consistent"),
    ("年末全省生猪存栏4255.1万头,比上年末增加379.7万头,增8.9%。", "mismatch"),
    ("售价482 元/ 吨,同比-64 元/ 吨(-12%)。", "consistent"),                   # a unit per tonne, a space inside
    ("同比+20亿元,环比+5亿元(+3%)。", None),                                   # a change is no amount
    ("销量3434万吨,同比15万吨(+0.4%)。", None),                                # which way the change went, unsaid
    # the percent named as the growth rate: 9.06 ÷ 106.76 = 8.486%
    ("工业收入达115.82亿元,较上年同期增长9.06亿元,同比增速达8.48%。", "rounding"),
    ("工业收入达115.82亿元,较上年同期增长9.06亿元,同比增速达7.82%。", "mismatch"),   # 9.06 ÷ 115.82: the wrong base
    # the percent first, then the change in amount: 30.03 ÷ (25.46 + 30.03) = 54.12%
    ("归属于母公司股东的净利润约25.46亿元,同比大幅下滑54.11%,较上年同期减少约30.03亿元,扣非净利润跌幅更大。", "rounding"),
    ("归属于母公司股东的净利润约25.46亿元,同比大幅下滑45.11%,较上年同期减少约30.03亿元,扣非净利润跌幅更大。", "mismatch"),
    # the change in amount as a noun, its period the percent's: 276 ÷ (1046.73 − 276) = 35.81%
    ("移动游戏今年上半年市场实际销售收入达到1046.73亿元,同比增长35.81%,增长额达276亿元。", "consistent"),
    ("移动游戏今年上半年市场实际销售收入达到1046.73亿元,同比增长26.37%,增长额达276亿元。", "mismatch"),  # 276 ÷ 1046.73
    ("移动游戏今年上半年市场实际销售收入达到1046.73亿元,同比增长35.81%,增长276亿元。", None),  # no period, no noun
    # the percent, then 或 and the change in amount: one move said two ways (−81 ÷ 621 = −13.04%)
    ("我们测算1-3Q25吨煤销售均价540元,同比-13%或-81元。", "consistent"),
    ("我们测算1-3Q25吨煤销售均价540元,同比-18%或-81元。", "mismatch"),
    ("我们测算1-3Q25吨煤销售成本376元,同比-5.4%或-22元。", "rounding"),     # 21.5–22.5 ÷ 397.5–398.5
    ("吨煤销售均价540元,同比+13%或-81元。", None),                             # two ways at once: no claim
    # after a flow's 多增 the growth rate is its balance's: no claim on the flow
    ("新增社会融资4.65万亿元,同比多增1.28万亿元,同比增速10.6%。", None),
])
def test_an_amount_with_its_change_in_amount_and_in_percent(sentence, verdict):
    found = _checks(sentence)
    assert [c["verdict"] for c in found] == ([verdict] if verdict else [])


def test_an_amount_with_two_changes_and_slash_lists_item_by_item():
    # '自产煤销量3434万吨,同比+15万吨(+0.4%),环比-9万吨(-0.3%)': each change on the amount less it;
    # '动力煤/炼焦煤销量3183/251万吨,同比+47/-32万吨(+1%/-11%)': the lists pair
    text = ("25Q3自产煤销量3434万吨,同比+15万吨(+0.4%),环比-9万吨(-0.3%)。其中动力煤/炼焦煤销量3183/251万吨,"
            "同比+47/-32万吨(+1%/-16%),环比-21/+12万吨(-1%/+5%)。")
    found = _checks(text)
    got = [(c["reported"], c["verdict"]) for c in found]
    assert got == [(0.4, "consistent"), (-0.3, "consistent"), (1, "consistent"), (-16, "mismatch"),  # 32 ÷ 283 = 11.3%
                   (-1, "consistent"), (5, "consistent")]
    # the harness can edit each figure a check read: the percent, the amount, the change
    assert [text[a:b] for _, _, a, b in found[3]["_cells"]] == ["-16", "251", "-32"]


def test_lists_that_do_not_pair_are_no_claim():
    assert _checks("动力煤/炼焦煤销量3183/251万吨,同比+47/-32万吨(+1%)。") == []


def test_a_change_on_another_base_after_a_semicolon_and_升幅():
    # a price index's month: '…环比上升2.69点,升幅为2.98%;同比下降7.67点,降幅为7.64%' (2.69 ÷ 90.10, 7.67 ÷ 100.46)
    found = _checks("CSPI平均值为92.79点,环比上升2.69点,升幅为2.98%;同比下降7.67点,降幅为7.84%。")
    assert [(c["reported"], c["verdict"]) for c in found] == [(2.98, "rounding"), (-7.84, "mismatch")]
    # a first change after a ；is another sentence's: '…92.79点;同比下降…' has no amount of its own
    assert _checks("CSPI平均值为92.79点;同比下降7.67点,降幅为7.64%。") == []


def test_a_hong_kong_texts_按年_and_a_price_s_下跌():
    # '按年增加5.0亿港元(+13.2%)': 5.0 ÷ 38.0; '按年下跌1.2亿港元(-5.6%)': −1.2 ÷ 21.3
    found = _checks("期内收益为43.0亿港元,按年增加5.0亿港元(+13.2%),毛利为20.1亿港元,按年下跌1.2亿港元(-6.6%)。")
    assert [(c["reported"], c["verdict"]) for c in found] == [(13.2, "consistent"), (-6.6, "mismatch")]


def test_a_percent_in_brackets_with_its_direction_and_about():
    # '较去年同期增长7.56亿元(增长约95.99%)': 7.56 ÷ (15.44 − 7.56) = 95.94%
    found = _checks("公司研发支出15.44亿元,较去年同期增长7.56亿元(增长约95.99%),研发支出占公司营业收入比例约为28.03%。")
    assert [c["verdict"] for c in found] == ["rounding"]
    assert [c["verdict"] for c in _checks("公司研发支出15.44亿元,较去年同期增长7.56亿元(增长约85.99%)。")] == ["mismatch"]


@pytest.mark.parametrize("pct, verdict", [("26.89", "rounding"), ("24.89", "mismatch")])
def test_a_change_on_a_day_named_as_its_base(pct, verdict):
    # '股东户数为10.26万户,较6月30日减少3.77万户,减幅为26.89%': 3.77 ÷ (10.26 + 3.77)
    (c,) = _checks(f"截至2025年9月30日公司股东户数为10.26万户,较6月30日减少3.77万户,减幅为{pct}%。")
    assert c["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("37.4", "rounding"), ("47.4", "mismatch")])
def test_a_percent_before_the_amount_it_went_to_and_its_change_after(pct, verdict):
    # '休闲类产品销售额增长37.4%至37.92亿元,增加10.31亿元': 10.31 ÷ (37.92 − 10.31) = 37.34%
    found = _checks(f"休闲类产品销售额增长{pct}%至37.92亿元,增加10.31亿元。")
    assert [(c["reported"], c["verdict"]) for c in found] == [(float(pct), verdict)]
    # a change in amount in a smaller unit: 0.37 ÷ (9.40 − 0.37) = 4.10%
    assert [c["verdict"] for c in _checks("内衣类产品销售额增长4.1%至9.40亿元,增加3700万元。")] == ["consistent"]
    # the two ways disagreeing is no one change
    assert _checks("内衣类产品销售额下降4.1%至9.40亿元,增加3700万元。") == []


@pytest.mark.parametrize("pct, verdict", [("38.47", "consistent"), ("36.47", "mismatch")])
def test_a_change_on_a_base_named_by_its_year(pct, verdict):
    # '较2024年同期减少17.63亿元,降幅达38.47%': 17.63 ÷ (28.20 + 17.63)
    (check,) = _checks(f"2025年前三季度,样例银行信用减值损失28.20亿元,较2024年同期减少17.63亿元,降幅达{pct}%。")
    assert check["verdict"] == verdict


@pytest.mark.parametrize("sentence, expected", [
    # a daily average's change a day, on a base named by its month (or last year's month)
    ("10月份,全国水泥日均产量777.4万吨,同比增加72.6万吨/日,增幅10.3%;较9月份日均产量减少0.6万吨/日,降幅0.08%。",
     [(10.3, "consistent"), (-0.08, "consistent")]),   # 72.6 ÷ 704.8; −0.6 ÷ 778.0
    ("10月平板玻璃日均产量261.2万重量箱,较9月份日均产量减少9.6万重量箱/日,降幅3.9%。", [(-3.9, "mismatch")]),  # 9.6 ÷ 270.8 = 3.5%
    # changes on two bases, then their percents listed in the same order
    ("水泥平均价格为297元/吨,比去年12月下跌10元/吨,同比下跌20元/吨,跌幅分别为3.3%和6.3%。",
     [(-3.3, "consistent"), (-6.3, "consistent")]),    # 10 ÷ 307; 20 ÷ 317
    ("水泥平均出厂价为336.9元/吨,比上月下跌1.2元/吨,同比下跌11.1元/吨,跌幅分别为3.2%和0.3%。",
     [(-3.2, "mismatch"), (-0.3, "mismatch")]),        # the percents swapped
])
def test_a_days_change_and_changes_with_their_percents_listed(sentence, expected):
    assert [(c["reported"], c["verdict"]) for c in _checks(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a base named by its year alone, each figure restated in brackets in another unit
    ("今年我国夏粮总产量14582万吨(2916亿斤),比2020年增加296.7万吨(59.3亿斤),增长2.1%。", [(2.1, "consistent")]),
    ("夏粮播种面积2643.8万公顷(39657万亩),比2020年增加265.5万公顷(398.2万亩),增长1%。", [(1, "mismatch")]),  # 11.2%
    # an output's 增产, a slight fall's 略降
    ("2012年全国粮食总产量58957万吨,比2011年增产1836万吨,增长3.2%。", [(3.2, "consistent")]),
    ("禽蛋产量866万吨,同比减少1万吨,略降0.1%。", [(-0.1, "consistent")]),
])
def test_a_base_named_by_its_year_restated_figures_and_more_words_of_a_move(sentence, expected):
    assert [(c["reported"], c["verdict"]) for c in _checks(sentence)] == expected


@pytest.mark.parametrize("sentence, verdict", [
    # a bare scale, its noun said before it: 7.3 ÷ (84.7 − 7.3) = 9.43%
    ("2021年,医疗卫生机构总诊疗人次84.7亿,比上年增加7.3亿人次(增长9.4%)。", "consistent"),
    ("2021年,医疗卫生机构总诊疗人次84.7亿,比上年增加7.3亿人次(增长8.6%)。", "mismatch"),   # 7.3 ÷ 84.7: the wrong base
    # a 同比 percent, then a change on the quarter before: two moves on two bases, no claim
    ("9月末,贷款2185亿,同比增速16.7%,环比增长38.4亿元。", None),
])
def test_a_level_with_a_bare_scale_and_a_change_on_another_base(sentence, verdict):
    assert [c["verdict"] for c in _checks(sentence)] == ([verdict] if verdict else [])


@pytest.mark.parametrize("pct, verdict", [("5.3", "consistent"), ("5.0", "mismatch")])
def test_a_change_said_after_与上年比较_on_the_level_stated_before(pct, verdict):
    # '卫生技术人员1124.2万人。…与上年比较,卫生技术人员增加56.4万人(增长5.3%)': 56.4 ÷ (1124.2 − 56.4) = 5.28%;
    # a change with no percent (医院增加1176个) is no claim
    text = ("2021年末卫生人员总数中,卫生技术人员1124.2万人,注册护士501.8万人。与上年比较,医院增加1176个,"
            f"卫生技术人员增加56.4万人(增长{pct}%)。")
    assert [(c["reported"], c["verdict"]) for c in _checks(text)] == [(float(pct), verdict)]


def test_a_change_said_after_与上年比较_two_ways_at_once_is_no_claim():
    text = "2021年末,卫生技术人员1124.2万人。与上年比较,卫生技术人员增加56.4万人(下降5.3%)。"
    assert _checks(text) == []


@pytest.mark.parametrize("pct, verdict", [("3.5", "consistent"), ("3.4", "mismatch")])
def test_a_percent_after_an_enumeration_comma(pct, verdict):
    # '比上年增加191.7万千瓦、增长3.5%': 191.7 ÷ (5634.3 − 191.7) = 3.52%
    text = f"2016年,全省农机总动力达到5634.3万千瓦,比上年增加191.7万千瓦、增长{pct}%;拖拉机保有量达157.8万台。"
    assert [(c["reported"], c["verdict"]) for c in _checks(text)] == [(float(pct), verdict)]


@pytest.mark.parametrize("pct, verdict", [("23.9", "consistent"), ("32.9", "mismatch")])
def test_a_base_given_a_short_name_in_brackets(pct, verdict):
    # '比上年同期(简称"同比")增加47.79亿元': the aside names the base for the sentences after, read past
    (c,) = _checks(f"2月份,全国共销售彩票247.90亿元,比上年同期(简称“同比”)增加47.79亿元,增长{pct}%。")
    assert (c["reported"], c["verdict"]) == (float(pct), verdict)  # 47.79 ÷ 200.11


@pytest.mark.parametrize("pct, verdict", [("2.6", "consistent"), ("3.6", "mismatch")])
def test_a_change_of_a_measure_whose_level_a_sentence_before_states(pct, verdict):
    # the level in the sentence before, the changes named by the measure ('完成客运量'): 0.4 ÷ (16.0 − 0.4) = 2.56%; the
    # next change of the chain is of the same measure: −5.7 ÷ (16.0 + 5.7) = −26.27%
    text = ("2022年3月,51个城市完成客运量16.0亿人次,进站量9.7亿人次。3月份,51个城市完成客运量环比增加0.4亿人次、"
            f"增长{pct}%,同比去年3月减少5.7亿人次、下降26.3%。")
    checks = _checks(text)
    assert [(c["verdict"], c["formula"]) for c in checks] == [
        (verdict, "0.4亿人次 ÷ (16.0亿人次 − 0.4亿人次) × 100"), ("consistent", "−5.7亿人次 ÷ (16.0亿人次 + 5.7亿人次) × 100")]
    # a list's levels end at a space or a note's mark
    text = "- 完成客运量28.3亿人次 进站量16.8亿人次[1] - 客运量环比增加0.1亿人次 增长0.4% 同比增加1.2亿人次 增长4.4%[1]"
    assert [c["verdict"] for c in _checks(text)] == ["consistent", "consistent"]
    # no level of the measure before, or one in another unit: no claim
    assert _checks("客运量环比增加0.4亿人次、增长2.6%。") == []
    assert _checks("完成客运量16.0亿元。客运量环比增加0.4亿人次、增长2.6%。") == []
