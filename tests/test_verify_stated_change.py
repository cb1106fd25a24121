"""verify's `stated_change` family: a change between two figures one sentence states."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import stated_change


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return stated_change.find(doc)


@pytest.mark.parametrize("sentence, verdict", [
    ("2024年晶圆平均单价达6639元/片，较2023年的6967元同比下降4.71%。", "consistent"),   # 6639 ÷ 6967 − 1
    ("2024年晶圆平均单价达6639元/片，较2023年的6967元同比下降5.71%。", "mismatch"),
    ("出货量为120万台，较上年的100万台增长20%。", "consistent"),
    ("出货量为120万台，较上年的100万台增长20.5%。", "rounding"),    # 119.5–120.5 over 99.5–100.5
])
def test_a_change_between_two_figures_the_sentence_states(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict and "【" in c["claim"]
    # the harness can edit each figure the check read
    assert [k[0] for k in c["_cells"]] == ["text", "text", "text"]


@pytest.mark.parametrize("sentence, verdict", [
    ("吨毛利164元/吨,同比去年的223元/吨下降26.6%。", "rounding"),          # 163.5–164.5 over 222.5–223.5
    ("吨毛利164元/吨,同比去年的223元/吨下降16.6%。", "mismatch"),
    ("期间费用54.94亿元,同比去年的69.31亿元减少20.74%。", "rounding"),     # 54.94 ÷ 69.31 − 1 = −20.73%
])
def test_a_base_named_after_同比(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_figures_in_two_units_are_no_change_of_one_quantity():
    assert _checks("营收达120亿元，较上年的100万台增长20%。") == []


def test_a_revised_figure_with_its_earlier_one_and_the_change_in_brackets():
    # '调整2025-2027年EPS为4.80(5.32,-9.8%)/5.29(6.31,-16.2%)': 4.80 ÷ 5.32 − 1 = −9.77%
    found = [(c["claim"].split("【")[1].split("】")[0], c["verdict"])
             for c in _checks("调整2025-2027年EPS为4.80(5.32,-9.8%)/5.29(6.31,-17.2%)/6.15元。")]
    assert found == [("-9.8", "consistent"), ("-17.2", "mismatch")]


@pytest.mark.parametrize("sentence, verdict", [
    ("花旗将公司目标价上调10%,由8港元升至8.8港元。", "consistent"),            # 8.8 ÷ 8 − 1
    ("花旗将公司目标价上调25%,由8港元升至8.8港元。", "mismatch"),    # 8 is 7.5–8.5: at most 17%
    ("EPS由1.20元下调至1.08元,下调幅度为10%。", "consistent"),              # a cut: −10%
    ("目标价由25元上调至30元(+25%)。", "mismatch"),                          # 30 ÷ 25 − 1 = 20%
    ("目标价由15港元上调13.3%至17港元。", "consistent"),                      # the change between: 17 ÷ 15 − 1
    ("目标价由15港元上调23.3%至17港元。", "mismatch"),
])
def test_a_figure_moved_from_one_value_to_another_with_its_change(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_a_ratio_s_move_and_a_move_between_units_are_left_alone():
    # '毛利率由20%提升至25%,提升5个百分点' is points, the results family's; 亿元 to 万吨 is no one quantity
    assert _checks("毛利率由20%提升至25%,提升5个百分点。") == []
    assert _checks("收入由10亿元增长至15万吨,增长50%。") == []


@pytest.mark.parametrize("sentence, verdict", [
    ("公司总收益从约4187.6百万港元增加2.7%至约4300.9百万港元。", "consistent"),   # 从 as 由: 4300.9 ÷ 4187.6 − 1
    ("除税前溢利从约217.9百万港元减少39.5%至约153.6百万港元。", "mismatch"),      # −29.5%
    ("公司营业收入从2023年的80.0亿元增加到2024年的100.0亿元,增长25%。", "consistent"),  # 到 as 至, its year named
    ("公司营业收入从2023年的80.0亿元增加到2024年的100.0亿元,增长28%。", "mismatch"),
    # from the year's start, a move with its pace, the change as a noun: 112.2 ÷ 73.5 − 1 = 52.65%
    ("存货余额从年初的73.5亿元飙升至112.2亿元,增幅高达52.64%。", "rounding"),
    ("存货余额从年初的73.5亿元飙升至112.2亿元,增幅高达42.64%。", "mismatch"),
    ("库存从上年末的80.0万吨骤降至60.0万吨,降幅为25%。", "consistent"),
    # between two months; a fall said 暴跌 (a price's word)
    ("均价从7月的14.58元/公斤降至9月的13.18元/公斤,环比跌幅9.6%。", "consistent"),
    ("9月均价为13.18元/公斤,较上年同期的19.05元/公斤暴跌30.81%。", "consistent"),
    ("9月均价为13.18元/公斤,较上年同期的19.05元/公斤暴跌20.81%。", "mismatch"),
])
def test_a_move_from_one_figure_to_another_read_after_cong(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    # a filing digest's currency after the unit, the later figure named by the same period of its year
    ("营业收入从2024年上半年的1504.17亿元人民币增长至2025年同期的1677.11亿元人民币,增幅为11.5%。", "consistent"),
    ("营业收入从2024年上半年的1504.17亿元人民币增长至2025年同期的1677.11亿元人民币,增幅为12.5%。", "mismatch"),
    ("利息费用从2024年上半年的24.91亿元人民币下降至2025年同期的19.66亿元人民币,降幅为21.1%。", "consistent"),
])
def test_a_move_between_a_half_and_the_same_half_a_year_on(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    ("期内溢利从约187.3百万港元减少约81.8百万港元至约105.5百万港元。", "consistent"),   # 105.5 − 187.3
    ("期内溢利从约187.3百万港元减少约91.8百万港元至约105.5百万港元。", "mismatch"),
    ("期内溢利从约187.3百万港元减少约81.8亿港元至约105.5百万港元。", None),           # another unit: no claim
])
def test_a_move_stated_in_the_figures_unit(sentence, verdict):
    found = _checks(sentence)
    assert [c["verdict"] for c in found] == ([verdict] if verdict else [])
    if verdict:  # a fall: the change is negative
        assert found[0]["reported"] < 0


def test_a_ratio_moved_between_two_levels_and_an_amount_against_last_year_s(tmp_path):
    # '从…268.2%上升至273.1%,共上升4.9个百分点'; '支出8079.03亿元,比去年同月增加1590.73亿元,增长24.5%' (比 as 较,
    # the amount_changes family's)
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "macro.txt"
    path.write_text("2022年第二季度的宏观杠杆率从第一季度末的268.2%上升至273.1%,共上升{pp}个百分点。\n全国财政支出方面,10月份支出"
                    "8079.03亿元,比去年同月增加1590.73亿元,增长24.5%。\n".format(pp="4.9"), encoding="utf-8")
    got = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] in ("stated_change", "amount_changes")]
    assert sorted(got) == [(4.9, "consistent"), (24.5, "consistent")]


def test_a_revised_forecast_s_growth_on_last_year_is_no_change_of_the_revision():
    # '由9.0亿元上调至10.0亿元，同比增长25%': 25% is 10.0 over last year's 8.0, not over the earlier 9.0
    assert _checks("我们将公司2025年归母净利润预测由9.0亿元上调至10.0亿元,同比增长25%。") == []


@pytest.mark.parametrize("sentence, verdict", [
    ("持股股东数从半年报的41.04万户增加到49.84万户,三季度大幅增加了8.8万户。", "consistent"),   # 49.84 − 41.04
    ("持股股东数从半年报的41.04万户增加到49.84万户,三季度大幅增加了9.8万户。", "mismatch"),
    ("收入由去年的100亿元增长到120亿元,增加了20亿元。", "consistent"),
])
def test_a_move_between_two_figures_and_its_amount_after_them(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict and c["unit"] in ("万户", "亿元")


def test_a_move_in_percent_after_the_two_is_no_move_in_amount():
    assert [(c["unit"], c["verdict"]) for c in _checks("用户数从41.04万户增加到49.84万户,增加了21.4%。")] == [("%", "consistent")]


@pytest.mark.parametrize("change, verdict", [("9.3百万港元或8.5%", "consistent"), ("9.3百万港元或9.5%", "mismatch"),
                                             ("8.3百万港元或8.5%", "mismatch")])
def test_a_hong_kong_announcement_s_change_on_the_year_named_by_its_end(change, verdict):
    # '较截至…止年度约109.7百万港元减少约9.3百万港元或8.5%': 100.4 − 109.7 and 100.4 ÷ 109.7 − 1
    text = f"截至二零一八年十二月三十一日止年度,本集团的收益约为100.4百万港元,较截至二零一七年十二月三十一日止年度约109.7百万港元减少约{change}。"
    checks = _checks(text)
    assert len(checks) == 2 and {c["unit"] for c in checks} == {"%", "百万港元"}
    assert ("mismatch" in {c["verdict"] for c in checks}) == (verdict == "mismatch")


@pytest.mark.parametrize("average, verdict", [("4.6", "consistent"), ("4.7", "mismatch")])
def test_a_yearly_average_over_years_from_the_change_over_them(average, verdict):
    # '比2019年10月份增长9.4%,两年平均增速为4.6%': √1.094 − 1 = 4.59%
    (c,) = _checks(f"10月份,社会消费品零售总额40454亿元,比2019年10月份增长9.4%,两年平均增速为{average}%。")
    assert c["verdict"] == verdict and "1/2" in c["formula"]
    # '较2019年同期增长41.2%,两年平均增长18.8%': √1.412 − 1 = 18.83% (a point off is a mismatch)
    (c,) = _checks(f"今年首9个月利润总额6.34万亿元,较2019年同期增长41.2%,两年平均增长{'18.8' if verdict == 'consistent' else '19.8'}%。")
    assert c["verdict"] == verdict and "1/2" in c["formula"]


def test_a_hong_kong_announcements_amounts_in_chinese_numerals():
    # 3,048 against 5,441 (百万): −43.98% and −2,393; a wrong percent is a mismatch
    text = ("集团股东应占基础盈利为港币三十亿四千八百万元,较去年同期之港币五十四亿四千一百万元,"
            "减少港币二十三亿九千三百万元或{}%。")
    got = [(c["reported"], c["verdict"]) for c in _checks(text.format("44"))]
    assert got == [(-44, "consistent"), (-2393000000, "consistent")]
    assert [c["verdict"] for c in _checks(text.format("54"))][0] == "mismatch"


@pytest.mark.parametrize("sentence, verdict", [
    # 28.81亿 over 6476.53万: 4348.3% (4347.6–4349.1 within the printed places)
    ("上半年,实现营业收入28.81亿元,较上年同期的6476.53万元大幅增长4347.82%。", "rounding"),
    ("上半年,实现营业收入28.81亿元,较上年同期的6476.53万元大幅增长434.78%。", "mismatch"),
    ("销量1.2亿台,较上年的9000万台增长33.3%。", "consistent"),
])
def test_one_unit_at_two_scales_and_a_word_of_degree(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_two_units_of_different_things_are_no_change():
    assert _checks("营业收入28.81亿元,较上年同期的6476.53万吨增长4347.82%。") == []


@pytest.mark.parametrize("sentence, verdict", [
    # the earlier figure named by its quarter, both by the unit they price (每部)
    ("手机的ASP由2024年第三季度的每部1,102.2元下降3.6%至每部1,062.8元。", "consistent"),
    ("手机的ASP由2024年第三季度的每部1,102.2元下降4.6%至每部1,062.8元。", "mismatch"),
    ("吨钢售价从2024年上半年的每吨4,000元下降5%到每吨3,800元。", "consistent"),
])
def test_a_move_from_a_quarter_s_figure_priced_per_unit(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    ("2025年三季度,公司营业收入231.88亿元(环比-7.2%,假设二季度为250亿元)。", "consistent"),   # 231.88 ÷ 250 − 1
    ("2025年三季度,公司营业收入231.88亿元(环比-8.2%,假设二季度为250亿元)。", "mismatch"),
    ("2025年三季度,公司营业收入100亿元(同比+20%,上年同期为83.3亿元)。", "consistent"),
    ("环比上升,公司净利润57.51亿元(环比-7.1%,假设二季度为62亿元)。", "rounding"),            # 61.5–62.5
])
def test_a_change_with_its_base_after_it_in_brackets(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_a_change_on_a_quarter_named_after_环比():
    (c,) = _checks("归母净利润为57.51亿元,环比2025年二季度的113.80亿元下降49.5%。")   # 57.51 ÷ 113.80 − 1
    assert c["verdict"] == "consistent" and c["reported"] == -49.5


def test_one_figure_against_the_quarter_before_and_the_year_before_as_taiwan_s_press_writes_them():
    text = "第3季合并营收2058.95亿元，较第2季1793.47亿元季增{}%、比去年同期1854.57亿元增加11%。"
    found = [(c["reported"], c["verdict"]) for c in _checks(text.format("14.80"))]
    assert found == [(14.8, "consistent"), (11, "consistent")]   # 2058.95 ÷ 1793.47, ÷ 1854.57
    assert [c["verdict"] for c in _checks(text.format("14.47"))][0] == "mismatch"


def test_a_ratio_s_level_then_two_earlier_levels_each_with_the_move_in_points():
    text = "第3季合并毛利率6.35%，是5季来高点，比第2季的6.33%微增0.02个百分点，比去年同期6.19%增加{}个百分点。"
    assert [(c["reported"], c["verdict"]) for c in _checks(text.format("0.16"))] == [(0.02, "consistent"), (0.16, "consistent")]
    assert [c["verdict"] for c in _checks(text.format("0.26"))][1] == "mismatch"


@pytest.mark.parametrize("sentence, figure, verdict", [
    ("2025Q3公司归母净利润12.0亿元,高于市场一致预期(10.0亿元)20.0%。", 20.0, "consistent"),
    ("2025Q3公司营收120.0亿元,较彭博一致预期100.0亿元高出22.0%。", 22.0, "mismatch"),   # 120 ÷ 100 is 20% above
    ("公司Q3营收100.0亿元,低于市场预期(110.0亿元)9.1%。", -9.1, "consistent"),          # a miss is a fall
])
def test_a_figure_against_the_expectation_it_beats_or_misses(sentence, figure, verdict):
    assert [(c["reported"], c["verdict"]) for c in _checks(sentence)] == [(figure, verdict)]


@pytest.mark.parametrize("change, base, verdict", [
    ("同比增长20.2%", "115.348", "consistent"),   # 138.620 ÷ 115.348 − 1 = 20.18%
    ("同比增长24.2%", "115.348", "mismatch"),
    ("环比增长0.2%", "138.283", "consistent"),    # 环比: the quarter before's
])
def test_a_figure_then_its_quarter_before_and_year_before_listed(change, base, verdict):
    text = f"网易在线游戏服务净营收为138.620亿元,上一季度和去年同期分别为138.283亿元和115.348亿元,{change},增速减缓。"
    (c,) = _checks(text)
    assert c["verdict"] == verdict and c["formula"] == f"(138.620亿元 ÷ {base}亿元 − 1) × 100"


def test_a_ratios_move_in_basis_points_between_its_two_levels():
    # '较年初的1.25%下降5个基点': 1.20 − 1.25 = −0.05 points, five hundredths each
    (c,) = _checks("2025年9月末公司不良贷款率为1.20%,较年初的1.25%下降5个基点。")
    assert c["verdict"] == "consistent" and c["reported"] == -0.05
    (c,) = _checks("2025年9月末公司不良贷款率为1.20%,较年初的1.25%下降7个基点。")
    assert c["verdict"] == "mismatch"


@pytest.mark.parametrize("sentence, verdict", [
    # the change as a noun before the figure it came to, the year before's in brackets: 141.8 ÷ 130.6 = +8.6%
    ("FILA分部收入实现了8.6%的同比增长至达人民币141.8亿元(二零二四年上半年:人民币130.6亿元)。", "consistent"),
    ("FILA分部收入实现了9.6%的同比增长至达人民币141.8亿元(二零二四年上半年:人民币130.6亿元)。", "mismatch"),
    # a ratio's move in percent between two levels: points (26.3 − 25.7) …
    ("整体经营溢利率上升0.6%至26.3%(二零二四年上半年:25.7%)。", "consistent"),
    ("整体经营溢利率上升0.9%至26.3%(二零二四年上半年:25.7%)。", "mismatch"),
    # … or relative, whichever reproduces it (26.3 ÷ 25.0 − 1 = 5.2%)
    ("整体经营溢利率上升5%至26.3%(二零二四年上半年:25.0%)。", "consistent"),
])
def test_a_change_to_a_figure_with_the_year_befores_in_brackets(sentence, verdict):
    (check,) = _checks(sentence)
    assert check["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    ("2025年上半年公司净亏损3.0亿元,上年同期净亏损5.0亿元,亏损同比收窄40.0%。", "consistent"),   # 3.0 ÷ 5.0 − 1
    ("2025年上半年公司净亏损3.0亿元,上年同期净亏损5.0亿元,亏损同比收窄50.0%。", "mismatch"),
    ("2025年上半年公司净亏损6.0亿元,上年同期净亏损5.0亿元,亏损同比扩大20.0%。", "consistent"),
])
def test_a_loss_narrowed_or_widened_on_the_year_befores_loss(sentence, verdict):
    (check,) = _checks(sentence)
    assert check["verdict"] == verdict


def test_a_move_between_two_months_is_not_the_change_on_last_year():
    # '从7月的…降至9月的…,同比下降30.81%': the 同比 is September's on last September's, not July's
    assert _checks("均价从7月的14.58元/公斤降至9月的13.18元/公斤,同比下降30.81%。") == []


@pytest.mark.parametrize("pct, verdict", [("102.68", "rounding"), ("112.68", "mismatch")])
def test_a_growth_from_a_loss_is_on_the_loss_s_size(pct, verdict):
    # (1.04 − (−38.97)) ÷ 38.97 = 102.67% (1.04 printed rounded: 102.656–102.682); now ÷ before − 1 would be −102.67%
    (c,) = _checks(f"天齐锂业2025年一季度归母净利润1.04亿元,较上年同期的-38.97亿元增长{pct}%。")
    assert c["verdict"] == verdict and "|" in c["formula"]


@pytest.mark.parametrize("change, pct, verdicts", [
    ("26.23", "7.19", ["consistent", "consistent"]),        # 391.11 − 364.88; 391.11 ÷ 364.88 − 1
    ("26.23", "7.91", ["mismatch", "consistent"]),
    ("62.23", "7.19", ["consistent", "mismatch"]),
])
def test_a_net_rise_in_amount_then_its_rate(change, pct, verdicts):
    found = _checks(f"全年实现营业收入391.11亿元,较上年同期的364.88亿元净增{change}亿元,增幅{pct}%。")
    assert [c["verdict"] for c in found] == verdicts


@pytest.mark.parametrize("sentence, verdict", [
    # a filing's figure, its base said after it by its period or date, then the change (the unit the heading's)
    ("截至2025年9月30日止3个月期间,营业收入为704,389,2024年同期为790,410,同比减少10.9%。", "consistent"),
    ("截至2025年9月30日止3个月期间,营业收入为704,389,2024年同期为790,410,同比减少11.9%。", "mismatch"),
    ("于2025年9月30日,总资产为2,181,557,2024年12月31日为2,084,771,增长4.6%。", "consistent"),
    ("利润总额为12,277,上年同期为12,210,同比增长0.5%。", "consistent"),
])
def test_a_base_said_after_its_figure_by_its_period_or_date(sentence, verdict):
    assert [c["verdict"] for c in _checks(sentence)] == [verdict]


def test_a_ratio_with_its_base_said_after_it_by_its_period():
    # '加权平均净资产收益率为3.63%,2024年同期为5.45%,减少1.82个百分点': 3.63 − 5.45
    for points, verdict in (("1.82", "consistent"), ("1.92", "mismatch")):
        sentence = f"加权平均净资产收益率为3.63%,2024年同期为5.45%,减少{points}个百分点。"
        assert [c["verdict"] for c in _checks(sentence)] == [verdict]


def test_a_company_note_s_money_with_its_base_said_after_is_left_to_results_a_count_is_not(tmp_path):
    from pipeline.ingest import read_document
    path = tmp_path / "r.txt"
    path.write_text("样例科技(600000):2025年一季报点评\n2025年一季度公司销量为120万台,2024年同期为100万台,同比增长20%。"
                    "2025年一季度营收39.00亿,去年同期为32.00亿,同比增长21.9%。\n", encoding="utf-8")
    assert [c["reported"] for c in stated_change.find(read_document(path))] == [20]


@pytest.mark.parametrize("change, verdict", [("11.36", "rounding"), ("12.36", "mismatch")])
def test_a_move_by_增_or_减_alone_then_its_change(change, verdict):
    # 62.81 ÷ 56.41 − 1 = 11.35% (11.33–11.36 on the amounts as printed)
    (c,) = _checks(f"净利润从上年同期的56.41亿元增至62.81亿元,同比增长{change}%。")
    assert (c["reported"], c["verdict"]) == (float(change), verdict)


@pytest.mark.parametrize("change, verdict", [("37.13", "consistent"), ("73.13", "mismatch")])
def test_an_aside_after_the_figure_and_a_change_said_环比_with_its_pace(change, verdict):
    # 26205 ÷ 19109 − 1 = 37.13%
    (c,) = _checks(f"第四季度稀土精矿交易价暴涨至26205元/吨(REO=50%),较第三季度19109元/吨环比飙升{change}%。")
    assert (c["reported"], c["verdict"]) == (float(change), verdict)


@pytest.mark.parametrize("points, verdict", [("9", "consistent"), ("8", "mismatch")])
def test_a_ratio_moved_between_two_years_levels_then_its_points(points, verdict):
    (c,) = _checks(f"公司毛利率呈现持续下滑态势,从2022年的55.0%降至2024年的46.0%,累计下降{points}个百分点。")
    assert (c["reported"], c["verdict"]) == (-float(points), verdict)


@pytest.mark.parametrize("sentence, verdict", [
    ("公司当期实现总收入74.42亿元,同比(假设2024年三季度为65亿元)增长14.5%。", "consistent"),        # 74.42 ÷ 65 − 1 = 14.49%
    ("公司当期实现总收入74.42亿元,同比(假设2024年三季度为65亿元)增长16.5%。", "mismatch"),
    ("投资收益(17.16亿元)同比2024前三季度(约10亿元)增长71.6%,主要来自理财产品收益。", "consistent"),
    ("三季度单季净利润(6.91亿元)较二季度(7.42亿元)下滑7.0%。", "rounding"),                           # −6.87% (−6.74 to −7.00)
    ("营业收入74.42亿元,同比(假设2024年三季报为68.00亿元)下滑约5.26%。", "mismatch"),                  # a rise of 9.44%
    ("公司前三季度实现营业收入74.42亿元,同比下降约9.6%(假设2024年同期营收为82.3亿元)。", "consistent"),   # −9.57%
])
def test_a_base_in_brackets_after_the_words_that_compare_or_assumed_after_the_change(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_an_announcement_s_summary_rows_with_their_cells_glued():
    # '收入175.7158.7+10.7%': 175.7 and 158.7, the split their one decimal each allows; a ratio's row moves in points; a
    # row whose name stands on the lines above it ('(附注2)' then '33.914.1+140.2%') is read too
    text = ("财务摘要\n截至六月三十日止六个月\n二零二五年二零二四年变动\n人民币亿元人民币亿元%\n收入175.7158.7+{}%\n"
            "毛利率(%)82.5%82.1%+0.4百分点\n来自持续经营业务之归属于母公司持有者盈利\n(附注2)\n33.914.1+140.2%\n")
    got = [(c["reported"], c["verdict"]) for c in _checks(text.format("10.7"))]
    assert got == [(10.7, "consistent"), (0.4, "consistent"), (140.2, "rounding")]
    assert _checks(text.format("11.7"))[0]["verdict"] == "mismatch"


def test_a_figure_s_share_between_it_and_its_base_of_a_year_before():
    # '销售及市场推广开支23.75亿元 占总收入39.9% 较去年同期18.79亿元增长26.4%': 23.75 on 18.79
    got = [(c["reported"], c["verdict"]) for c in _checks("销售及市场推广开支23.75亿元 占总收入39.9% 较去年同期18.79亿元增长26.4%。")]
    assert got == [(26.4, "consistent")]


def test_a_slight_fall_after_a_conjunction():
    # '应收账款为58.85亿元,虽较去年同期的59.16亿元微降0.53%': 58.85 ÷ 59.16 − 1 = −0.52%, −0.53 within rounding
    got = [(c["reported"], c["verdict"]) for c in _checks("应收账款为58.85亿元,虽较去年同期的59.16亿元微降0.53%,但回款效率值得关注。")]
    assert got == [(-0.53, "rounding")]


def test_a_change_s_size_said_in_a_clause_of_its_own():
    # '货币资金为109.1亿元,较上年同期的109.41亿元略有下降,变动幅度为-0.29%': 109.1 ÷ 109.41 − 1 = −0.28%
    got = [(c["reported"], c["verdict"]) for c in _checks("货币资金为109.1亿元,较上年同期的109.41亿元略有下降,变动幅度为-0.29%。")]
    assert got == [(-0.29, "rounding")]
    assert _checks("货币资金为109.1亿元,较上年同期的109.41亿元略有下降,变动幅度为-0.39%。")[0]["verdict"] == "mismatch"


@pytest.mark.parametrize("move, verdict, recomputed", [
    ("40.93%", "rounding", 40.9494),   # 22.27 ÷ 15.80 − 1: a relative move
    ("6.47%", "consistent", 6.47),     # 22.27 − 15.80: a move in points said in percent
    ("50.93%", "mismatch", 40.9494),   # neither: the reading nearer the printed move is named
])
def test_a_ratio_s_move_in_percent_between_two_levels_either_way(move, verdict, recomputed):
    (c,) = _checks(f"本期销售费用、管理费用与财务费用合计占营业收入比例达22.27%,较上年同期的15.80%上升{move},三费总额为3.41亿元。")
    assert (c["verdict"], c["recomputed"]) == (verdict, pytest.approx(recomputed, abs=1e-4))


@pytest.mark.parametrize("change, verdict", [("759", "consistent"), ("769", "mismatch")])
def test_a_change_in_the_figures_unit_alone_with_an_aside_after_the_figure(change, verdict):
    # '全部从业人员为20021人(含派遣员工、科技和行政外包人员、子公司人员),较上年末20780人减少759人': 20021 − 20780
    (c,) = _checks(f"截至期末,公司全部从业人员为20021人(含派遣员工、科技和行政外包人员、子公司人员),较上年末20780人减少{change}人。")
    assert c["verdict"] == verdict and c["reported"] == -float(change)


def test_a_percent_opening_a_range_is_no_change_of_a_pair():
    # '净利润由6773万元至8805万元,增长幅度为0%至30%': a forecast's two ends, not a move from one to the other
    assert _checks("公司预计净利润由6773万元至8805万元,增长幅度为0%至30%。") == []
    assert [c["verdict"] for c in _checks("公司净利润由6773万元增长至8805万元,增长幅度为30%。")] == ["consistent"]


@pytest.mark.parametrize("sentence, verdict", [
    ("截止报告期末,结算面积194万平方米,2017年同期为247万平方米,按年减少21.7%。", "rounding"),   # 193.5–194.5 over 246.5–247.5
    ("截止报告期末,结算面积194万平方米,2017年同期为247万平方米,按年减少25.7%。", "mismatch"),
])
def test_the_year_before_s_figure_between_a_figure_and_its_change_按年(sentence, verdict):
    assert [c["verdict"] for c in _checks(sentence)] == [verdict]


def test_a_base_named_by_a_year_s_half(tmp_path):
    # '较2024年上半年的7.16亿元下降5.0%': the half's figure is the base
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "digest.txt"
    for pct, verdict in (("5.0", "consistent"), ("6.0", "mismatch")):
        path.write_text(f"示例\n销售商品、提供劳务收到的现金为6.80亿元,较2024年上半年的7.16亿元下降{pct}%。", encoding="utf-8")
        found = [c for c in run_families(read_document(path))[0] if c["family"] == "stated_change"]
        assert [c["verdict"] for c in found] == [verdict]


@pytest.mark.parametrize("pct, verdict", [("39.6", "consistent"), ("38.6", "mismatch")])
def test_a_move_from_a_year_s_same_period(pct, verdict):
    # '从2024年同期的人民币103.84亿元增至2025年上半年的人民币144.95亿元,同比增长39.6%': 144.95 ÷ 103.84 − 1
    (c,) = _checks(f"商品和设备销售收入从2024年同期的人民币103.84亿元增至2025年上半年的人民币144.95亿元,同比增长{pct}%。")
    assert (c["verdict"], c["recomputed"]) == (verdict, pytest.approx(39.5898, abs=1e-4))


@pytest.mark.parametrize("sentence, verdict, recomputed", [
    ("母公司普通权益持有人应占利润26.93亿元(2025年)和18.84亿元(2024年),同比增长43.0%。", "rounding", 42.9406),
    ("母公司普通权益持有人应占利润26.93亿元(2025年)和18.84亿元(2024年),同比增长45.0%。", "mismatch", 42.9406),
    ("每股基本盈利5.23元(2024年)和7.23元(2025年),同比增长38.2%。", "consistent", 38.2409),   # the earlier year first
])
def test_two_figures_each_tagged_with_its_year(sentence, verdict, recomputed):
    (c,) = _checks(sentence)
    assert (c["verdict"], c["recomputed"]) == (verdict, pytest.approx(recomputed, abs=1e-4))


def test_two_figures_tagged_with_one_year_or_different_parts_are_no_pair():
    assert _checks("销售收入26.93亿元(2025年)和18.84亿元(2025年),同比增长43.0%。") == []
    assert _checks("销售收入26.93亿元(2025年上半年)和18.84亿元(2024年),同比增长43.0%。") == []


@pytest.mark.parametrize("pct, verdict", [("50.2", "consistent"), ("52.2", "mismatch")])
def test_a_base_between_与_and_相比_after_a_conversion_aside(pct, verdict):
    # '总净营收为 152.871 亿元(约合 21.432 亿美元),与 2024 年同期的 101.808 亿元相比增长 50.2%': 152.871 ÷ 101.808 − 1
    (c,) = _checks(f"总净营收为 152.871 亿元(约合 21.432 亿美元),与 2024 年同期的 101.808 亿元相比增长 {pct}%。")
    assert (c["verdict"], c["recomputed"]) == (verdict, pytest.approx(50.1562, abs=1e-4))


def test_a_change_table_run_on_in_one_line():
    # a PDF's table copied flat under its 按年变动 header: each row's change, a per-share row's unit spaced apart, and the
    # ratios' moves in points
    line = ("财务表现 截至2016年9月30日止六个月 截至2015年9月30日止六个月 按年变动 千港元 千港元 收入 5,469,124 6,964,909 -21.5% "
            "毛利 1,531,696 1,579,085 -3.0% 每股基本盈利 0.73港 元 0.79港元 -7.6% 毛利率 28.0% 22.7% +5.3个百分点 "
            "经营溢利率 10.2% 8.5% +1.9个百分点")
    found = [(c["reported"], c["verdict"]) for c in _checks(line)]
    assert found == [(-21.5, "consistent"), (-3.0, "consistent"), (-7.6, "consistent"), (5.3, "consistent"),
                     (1.9, "mismatch")]   # 10.2 − 8.5 = 1.7


def test_one_row_in_a_sentence_is_no_run_on_table():
    assert _checks("按年变动 收入 5,469,124 6,964,909 -21.5% 主要由于金价高企。") == []


@pytest.mark.parametrize("growth, verdict", [("22", "consistent"), ("32", "mismatch")])
def test_each_figure_s_working_in_brackets_between_it_and_its_change(growth, verdict):
    # '0.22元人民币(32590.3万元人民币/14.72亿股),较去年同期0.18元人民币(23704.7万元人民币/13.34亿股)增长22%': 0.22 ÷ 0.18 − 1
    (check,) = _checks("基本每股盈利为0.22元人民币(32590.3万元人民币/14.72亿股),较去年同期0.18元人民币(23704.7万元人民币/13.34亿股)"
                       f"增长{growth}%。")
    assert (check["reported"], check["verdict"]) == (float(growth), verdict)


@pytest.mark.parametrize("net, verdict", [("59", "consistent"), ("69", "mismatch")])
def test_a_count_s_base_said_after_it_then_its_net_change(net, verdict):
    # '全国门店数增至8444家,去年同期为8385家,半年净增仅59家': 8444 − 8385
    (check,) = _checks(f"报告期内,全国门店数增至8444家,去年同期为8385家,半年净增仅{net}家。")
    assert (check["reported"], check["verdict"]) == (float(net), verdict)


@pytest.mark.parametrize("change, verdict", [("7.47", "consistent"), ("7.74", "mismatch")])
def test_a_change_in_amount_whose_unit_a_word_follows(change, verdict):
    # '较2024年同期的102.21亿元下滑7.74亿元,贡献了…': 94.74 − 102.21 = −7.47 (the change's unit read whole, 亿元 not 亿)
    (check,) = _checks(f"上半年营收达94.74亿元,较2024年同期的102.21亿元下滑{change}亿元,贡献了公司87%的营业收入。")
    assert (check["reported"], check["verdict"]) == (-float(change), verdict)


def test_a_half_named_with_no_年_between_its_year_and_it():
    # '毛利由2024上半年的31.40亿元减少36.4%至2025上半年的19.99亿元': 19.99 ÷ 31.40 − 1 = −36.34%
    (check,) = _checks("盈利能力方面,毛利由2024上半年的31.40亿元减少36.3%至2025上半年的19.99亿元。")
    assert check["verdict"] == "consistent"


@pytest.mark.parametrize("size, verdict", [("20", "consistent"), ("25", "mismatch")])
def test_a_base_naming_its_line_again_and_the_change_as_its_size(size, verdict):
    # '净亏损为17.76亿元,与去年同期净亏损为14.8亿元相比,增幅为20%': 17.76 ÷ 14.8 − 1
    (check,) = _checks(f"净亏损为17.76亿元,与去年同期净亏损为14.8亿元相比,增幅为{size}%。")
    assert check["verdict"] == verdict


def test_a_base_naming_another_line_is_no_change_of_one():
    assert _checks("净亏损为17.76亿元,与去年同期净利润为14.8亿元相比,增幅为20%。") == []


@pytest.mark.parametrize("pct, verdict", [("130.84", "consistent"), ("69.16", "consistent"), ("30.84", "mismatch")])
def test_a_loss_against_a_profit_the_year_before(tmp_path, pct, verdict):
    # '亏损2770.47万元' may be below zero, (−2770.47 − 8983.17) ÷ 8983.17 = −130.84%, or two losses' sizes compared
    # with the base's word left out ('亏损3.0亿元,较上年同期的5.0亿元收窄40%'): 2770.47 ÷ 8983.17 − 1 = −69.16%
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "s.txt"
    path.write_text(f"示例材质:点评\n第三季度,公司扣非净利润直接亏损2770.47万元,较2024年同期的8983.17万元暴跌{pct}%。\n", encoding="utf-8")
    (c,) = [c for c in run_families(read_document(path))[0] if c["family"] == "stated_change"]
    assert c["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("88", "rounding"), ("78", "mismatch")])
def test_同比_said_again_after_a_bracketed_base(pct, verdict):
    # '(3.8亿元)较去年同期(2.0亿元)同比增长88%': 3.8 ÷ 2.0 − 1 = 90%, each printed to 0.1亿 (82.9%–97.4%)
    (c,) = _checks(f"剔除股权激励费用后业绩(3.8亿元)较去年同期(2.0亿元)同比增长{pct}%,超出预期。")
    assert c["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("119.48", "consistent"), ("129.48", "mismatch")])
def test_a_move_from_a_year_s_start_to_a_day(pct, verdict):
    # '由2025年初的21.05万元/吨上涨至11月7日的46.20万元/吨': each end named by its moment, 46.20 ÷ 21.05 − 1 = 119.48%
    (c,) = _checks(f"仲钨酸铵(APT)价格由2025 年初的21.05 万元/吨上涨至11 月7 日的46.20 万元/吨,涨幅{pct}%。")
    assert c["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("4", "consistent"), ("6", "mismatch")])
def test_a_price_s_涨_alone_and_an_approximate_change(pct, verdict):
    # '从47.15万元/吨涨至49.1万元/吨,涨幅约4%': 49.1 ÷ 47.15 − 1 = 4.14%, printed to the unit
    (c,) = _checks(f"三季度以来,电池级碳酸锂从47.15万元/吨涨至49.1万元/吨,涨幅约{pct}%。")
    assert c["verdict"] == verdict


@pytest.mark.parametrize("growth, verdict", [("45.3", "rounding"), ("55.3", "mismatch")])
def test_a_part_s_amount_and_its_year_before_in_a_company_report(tmp_path, growth, verdict):
    # results reads the company's own lines; a part's ('其他产品本期营收4.63亿元,去年同期为3.19亿元') is this family's:
    # 4.63 ÷ 3.19 − 1 = 45.1%, 45.3 within their rounding
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "r.txt"
    path.write_text("示例新材(002372):中报点评\n营收小幅增长的主要原因是:(1)其他产品本期营收4.63亿元,去年同期为3.19亿元,"
                    f"同比大幅增长了{growth}%。\n", encoding="utf-8")
    got = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "stated_change"]
    assert got == [(float(growth), verdict)]


@pytest.mark.parametrize("times, verdict", [("12.60", "consistent"), ("11.60", "mismatch")])
def test_a_figure_stated_as_a_multiple_of_an_earlier_one(times, verdict):
    # 47.36 ÷ 3.76 = 12.596
    (check,) = _checks(f"股价一度来到47.36元/股的历史高位,是2024年初3.76元/股低位的{times}倍。")
    assert (str(check["reported"]), check["verdict"]) == (str(float(times)), verdict)
    assert _checks("营收达47.36亿元,是2024年初3.76元/股的12.60倍。") == []  # two units: no one quantity


@pytest.mark.parametrize("growth, verdict", [("44.4", "consistent"), ("46.4", "mismatch")])
def test_a_ratio_in_brackets_after_the_base_too(growth, verdict):
    # 7.51 ÷ 5.2 − 1 = 44.42%, each figure with its margin in brackets after it
    (check,) = _checks(f"毛利润达7.51亿元(毛利率56.9%),较2024年同期的5.2亿元(毛利率52.3%)增长{growth}%。")
    assert check["verdict"] == verdict


@pytest.mark.parametrize("points, verdict", [("65", "consistent"), ("63", "mismatch")])
def test_a_ratio_s_move_over_years_to_a_year_s_end(points, verdict):
    # 567.71 − 502.24 = 65.47 points, printed whole
    (check,) = _checks(f"拨备覆盖率从2021年的567.71%降至2025年末的502.24%,五年累计下降{points}个百分点。")
    assert check["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("29.65", "consistent"), ("27.65", "mismatch")])
def test_a_move_between_two_years_reports_by_their_names(pct, verdict):
    # '从2024年中报的0.1811元降至2025年中报的0.1274元': 0.1274 ÷ 0.1811 − 1 = −29.65%
    (check,) = _checks(f"基本每股收益(EPS)从2024年中报的0.1811元降至2025年中报的0.1274元,降幅达{pct}%。")
    assert check["verdict"] == verdict


@pytest.mark.parametrize("change, verdict", [("4", "consistent"), ("5", "mismatch")])
def test_a_change_in_amount_said_with_an_adverb(change, verdict):
    # '减少了整整4亿元': 29.85 − 25.85
    (check,) = _checks(f"面包及糕点上半年实现营收25.85亿元,较去年同期的29.85亿元减少了整整{change}亿元。")
    assert check["verdict"] == verdict


@pytest.mark.parametrize("sentence, verdict", [
    ("住宅物业管理服务分部的收入相较2024年同期的约人民币897.2百万元,同比减少7.0%至约人民币834.0百万元。", "consistent"),
    ("住宅物业管理服务分部的收入相较2024年同期的约人民币897.2百万元,同比减少8.0%至约人民币834.0百万元。", "mismatch"),
    ("非住宅分部的收入相比于2024年同期的1,026.2百万元,同比减少约19.7%至824.2百万元。", "consistent"),
])
def test_a_base_said_with_相较_then_the_change_to_the_later_figure(sentence, verdict):
    # an HK announcement's '相较…的约人民币897.2百万元,同比减少7.0%至约人民币834.0百万元': 834.0 ÷ 897.2 − 1 = −7.04%
    assert [c["verdict"] for c in _checks(sentence)] == [verdict]


@pytest.mark.parametrize("sentence, verdict", [
    ("现货煤价由574元/吨下降为491元/吨,降幅为14.5%。", "consistent"),   # 491 ÷ 574 − 1 = −14.46%
    ("现货煤价由574元/吨下降为491元/吨,降幅为16.5%。", "mismatch"),
    ("用户数由2.1万户增加为2.5万户,增长19.0%。", "consistent"),
])
def test_a_figure_moved_to_another_said_with_为(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


def test_为_with_no_move_before_it_is_no_figure_moved_to():
    assert _checks("营收由10亿元构成为12亿元,增长20%。") == []


@pytest.mark.parametrize("sentence, verdict", [
    ("苹果第四财季总营收为1024.66亿美元,创同期历史纪录,较上年同期的949.30亿美元增长8%。", "consistent"),   # a clause between
    ("苹果第四财季总营收为1024.66亿美元,创同期历史纪录,较上年同期的949.30亿美元增长18%。", "mismatch"),
    ("2025财年苹果营收为4161.61亿美元,较2024财年的3910.35亿美元增长6%。", "consistent"),           # a fiscal year's base
    ("iPhone业务本季度净营收为490.25亿美元,相比去年同期的462.22亿美元同比增长6%。", "consistent"),  # 相比 as 较
    ("本季营收为144.93亿美元,相较去年同期的150.33亿美元,下降幅度达3.59%。", "consistent"),       # the size after 幅度
    ("本季营收为144.93亿美元,相较去年同期的150.33亿美元,下降幅度达4.59%。", "mismatch"),
])
def test_a_base_said_相比_or_a_fiscal_year_s_with_a_clause_between(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict


@pytest.mark.parametrize("pct, verdict", [("121", "consistent"), ("112", "mismatch")])
def test_a_figure_against_the_one_it_replaced_named_yuan(pct, verdict):
    (c,) = _checks(f"调整后年度关联交易总额达人民币28,300万元 较原预计金额12,800万元增长{pct}%。")
    assert c["verdict"] == verdict and c["formula"] == "(28,300万元 ÷ 12,800万元 − 1) × 100"
