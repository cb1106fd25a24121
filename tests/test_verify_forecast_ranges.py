"""verify's `forecast_ranges` family: an earnings preannouncement's ranges (业绩预告), each end of
the change against its end of the amount and the year before's figure — from a 上年同期 passage, a
table's 上年同期 column, the change in amount, or, with none printed, the one base both ends imply."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def judged(tmp_path, text):
    path = tmp_path / "preannouncement.txt"
    path.write_text("样例能源股份有限公司2025年半年度业绩预告\n" + text + "\n", encoding="utf-8")
    checks = run_families(read_document(path))[0]
    return sorted((c["reported"], c["verdict"]) for c in checks if c["family"] == "forecast_ranges")


def test_each_end_on_the_year_before_a_passage_states(tmp_path):
    text = ("预计2025年半年度实现归属于母公司所有者的净利润8,000万元到9,000万元,与上年同期相比,将增加3,000万元到"
            "{}万元,同比增长60%到{}%。\n二、上年同期经营业绩\n(一)归属于母公司所有者的净利润:5,000万元。")
    assert judged(tmp_path, text.format("4,000", "80")) == [
        (60, "consistent"), (80, "consistent"), (3000, "consistent"), (4000, "consistent")]
    # 9,000 on 5,000 is +80% and +4,000万元: an end edited is that end's mismatch
    assert judged(tmp_path, text.format("4,000", "85")) == [
        (60, "consistent"), (85, "mismatch"), (3000, "consistent"), (4000, "consistent")]
    assert judged(tmp_path, text.format("4,500", "80")) == [
        (60, "consistent"), (80, "consistent"), (3000, "consistent"), (4500, "mismatch")]


def test_a_base_in_another_unit_and_the_deducted_line_apart(tmp_path):
    text = ("预计归属于上市公司股东的净利润1.2亿元至1.5亿元,同比增长20%至50%;扣除非经常性损益后的净利润0.9亿元至1.1亿元,"
            "同比增长12.5%至37.5%。\n上年同期归属于上市公司股东的净利润为10,000万元,扣非净利润为8,000万元。")
    assert judged(tmp_path, text) == [(12.5, "consistent"), (20, "consistent"), (37.5, "consistent"), (50, "consistent")]


def test_a_loss_range_on_a_table_row_with_the_year_before_beside_it(tmp_path):
    text = ("项目 | 本报告期 | 上年同期 |\n归属于上市公司股东的净利润 | 亏损:200万元-400万元 | 盈利:1,000万元 |\n"
            "比上年同期下降:120%-{}% | ||")
    # −200 on +1,000 is −120%, −400 is −140%: the larger loss goes with the larger fall
    assert judged(tmp_path, text.format("140")) == [(-140, "consistent"), (-120, "consistent")]
    assert judged(tmp_path, text.format("145")) == [(-145, "mismatch"), (-120, "consistent")]


def test_a_loss_narrowed_and_a_loss_widened_on_a_loss(tmp_path):
    text = ("预计2025年半年度归属于上市公司股东的净利润为-6,000万元至-5,000万元,同比增亏25%至50%;扣非净利润预计为-3,000万元"
            "至-2,000万元,同比减亏25%至50%。上年同期归属于上市公司股东的净利润为-4,000万元,扣非净利润为-4,000万元。")
    assert judged(tmp_path, text) == [(-50, "consistent"), (-25, "consistent"), (25, "consistent"), (50, "consistent")]


def test_the_base_the_change_in_amount_gives(tmp_path):
    text = "预计净利润12,000万元至13,000万元,同比增长20%至{}%,同比增加2,000万元至3,000万元。"
    assert judged(tmp_path, text.format("30")) == [(20, "consistent"), (30, "consistent")]   # on 10,000
    assert judged(tmp_path, text.format("35")) == [(20, "consistent"), (35, "mismatch")]


def test_with_no_base_printed_both_ends_must_imply_one(tmp_path):
    # −2.0亿 down 300% and −3.0亿 down 400% both come from a profit of 1.0亿
    assert judged(tmp_path, "预计净利润亏损2.0亿元至3.0亿元,同比下降300%至400%。") == [(-400, "consistent")]
    # from a loss of 0.5亿 the year before: (−2.0 + 0.5) ÷ 0.5 = −300%, (−3.0 + 0.5) ÷ 0.5 = −500%
    assert judged(tmp_path, "预计净利润亏损2.0亿元至3.0亿元,同比下降300%至500%。") == [(-500, "consistent")]
    # no one base of either sign gives both
    assert judged(tmp_path, "预计净利润亏损2.0亿元至3.0亿元,同比下降300%至450%。") == [(-450, "mismatch")]
    # a profit range: 2.02亿 up 28.63% and 2.18亿 up 38.82% are both on 1.5704亿
    assert judged(tmp_path, "预计净利润为2.02亿元-2.18亿元,同比增长28.63%-38.82%。") == [(38.82, "consistent")]
    assert judged(tmp_path, "预计净利润为2.02亿元-2.18亿元,同比增长28.63%-39.82%。") == [(39.82, "mismatch")]


def test_a_change_said_with_its_pace(tmp_path):
    # '同比暴增272.54%-287.34%': 15.1亿 and 15.7亿 both on 4.053亿; the scale printed at each end
    assert judged(tmp_path, "公司净利润预计达15.1亿-15.7亿元,同比暴增272.54%-287.34%。") == [(287.34, "consistent")]
    assert judged(tmp_path, "公司净利润预计达15.1亿-15.7亿元,同比暴增272.54%-297.34%。") == [(297.34, "mismatch")]


def test_no_check_without_a_year_on_year_change(tmp_path):
    # a quarter-on-quarter change is on another base; a range alone, a per-share range: nothing
    assert judged(tmp_path, "预测数值 | 11.27亿~13.17亿 | 业绩变动环比 | -70.88%~-12.48% |") == []
    assert judged(tmp_path, "预计净利润8,000万元到9,000万元。基本每股收益0.05元/股-0.07元/股,同比增长10%-20%。") == []


def test_whole_percentages_a_data_vendor_pads(tmp_path):
    # 60.00%~77.00% restates a text's 60%至77% (60.14% and 76.77%): read to the unit
    assert judged(tmp_path, "预测数值(元) | 11.56亿~12.76亿 | 业绩变动同比 | 60.00%~77.00% |") == [(77.0, "consistent")]


def test_a_preannouncement_s_single_figures_on_the_year_before(tmp_path):
    text = ("重要内容提示:\n公司归属于上市公司股东的净利润预计增加 450 万元左右,同比增加 {}%左右。\n归属于上市公司股东的扣除上述"
            "非经常性损益的净利润与上年同期相比预计减少 600 万元左右,同比减少 300%左右。\n二、上年同期业绩情况\n(一) 归属于"
            "上市公司股东的净利润: 150.00 万元; 归属于上市公司股东的\n扣除非经常性损益的净利润: -200.00 万元。")
    # 450 on 150 is +300%; −600 on a loss of 200 is −300% (the deducted line's base, not the profit's)
    assert judged(tmp_path, text.format("300")) == [(-300, "consistent"), (300, "consistent")]
    assert judged(tmp_path, text.format("320")) == [(-300, "consistent"), (320, "mismatch")]


def test_single_figures_only_in_a_preannouncement_with_its_base(tmp_path):
    # no 上年同期 passage: nothing to judge a single figure on
    assert judged(tmp_path, "公司归属于上市公司股东的净利润预计增加450万元左右,同比增加300%左右。") == []


def test_no_base_from_another_period_s_range_after_a_passage(tmp_path):
    # a data vendor's list of preannouncements: '上年同期每股收益' opens no base of the next year's range
    text = ("预计2025年1-12月归属于上市公司股东的净利润为:5000万元至6000万元,与上年同期相比变动幅度:150.00%至200.00%。\n"
            "上年同期每股收益(元)\n0.0200\n预计2024年1-12月归属于上市公司股东的净利润为:1800万元至2300万元,"
            "与上年同期相比变动幅度:-10.00%至15.00%。")
    # with no base printed, each range on the one base its ends imply (2000 for both)
    assert judged(tmp_path, text) == [(15.0, "consistent"), (200.0, "consistent")]


def test_a_passage_base_with_its_heading_on_the_line_before(tmp_path):
    text = ("预计归属于母公司所有者的净利润8,000万元到9,000万元,同比增长60%到80%。\n二、上年同期经营业绩\n"
            "归属于母公司所有者的净利润:5,000万元。")
    assert judged(tmp_path, text) == [(60, "consistent"), (80, "consistent")]


def test_a_change_in_amount_that_prints_its_own_sign_is_no_amount_range(tmp_path):
    # '变动值为:-3000万元至-5000万元' is the change; the amounts are the range before it (base −6000)
    text = ("预计2025年1-12月归属于上市公司股东的净利润为:-9000万元至-11000万元,与上年同期相比变动值为:-3000万元至-5000万元,"
            "较上年同期相比变动幅度:-50%至-{}%。")
    assert judged(tmp_path, text.format("83")) == [(-83, "consistent"), (-50, "consistent")]
    assert judged(tmp_path, text.format("93")) == [(-93, "mismatch"), (-50, "consistent")]


def test_a_fall_named_降幅_and_a_single_figure_with_its_change_in_amount(tmp_path):
    text = "预计2025年年度归母净利润为1000万元到1500万元,同比下降3000万元到2500万元,降幅为75%到62.5%。上年同期,公司的归母净利润为4000万元。"
    assert (-75, "consistent") in judged(tmp_path, text) and (-62.5, "consistent") in judged(tmp_path, text)
    # one figure, its change in amount and its change in percent: the base is the amount less its change
    single = "业绩预告预计2025年1-12月归属于上市公司股东的净利润为:6000万元,与上年同期相比变动值为:-4000万元,与上年同期相比变动幅度:-{}%。"
    assert judged(tmp_path, single.format("40.00")) == [(-40.0, "consistent")]
    assert judged(tmp_path, single.format("45.00")) == [(-45.0, "mismatch")]


def test_changes_in_amount_with_neither_a_base_nor_a_percent_come_from_one_base(tmp_path):
    # 3,000 − 1,000 and 4,000 − 2,000 are both 2,000
    text = "预计2025年半年度实现归属于母公司所有者的净利润3,000万元到4,000万元,与上年同期相比,将增加1,000万元到{}万元。"
    assert judged(tmp_path, text.format("2,000")) == [(2000, "consistent")]
    assert judged(tmp_path, text.format("2,500")) == [(2500, "mismatch")]


def test_a_quarters_guidance_of_revenue_and_deliveries_on_one_base_each(tmp_path):
    # '总收入265亿至292亿元,同比下降40.1%至34.2%': both on 442.4亿 the year before (a bare 亿 before the dash)
    assert judged(tmp_path, "公司预计第四季度总收入265亿至292亿元,同比下降40.1%至34.2%。") == [(-34.2, "rounding")]
    assert judged(tmp_path, "公司预计第四季度总收入265.0亿至292.0亿元,同比下降40.1%至30.2%。") == [(-30.2, "mismatch")]
    # the change before the range it reaches, said 按年 as the Hong Kong press does
    assert judged(tmp_path, "公司预计第四季度收入总额按年减少40.1%至34.2%，至介乎265亿至292亿元。") == [(-34.2, "rounding")]
    # a count of things: '交付量10万至11万辆,同比下降37.0%至30.7%' (on 15.87万辆)
    assert judged(tmp_path, "公司预计第四季度交付量10万至11万辆,同比下降37.0%至30.7%。") == [(-30.7, "consistent")]
    assert judged(tmp_path, "公司预计第四季度交付量100000至110000辆,同比下降37.0%至35.7%。") == [(-35.7, "mismatch")]


def test_a_range_of_changes_printing_its_plus_in_brackets(tmp_path):
    # 'Q4预计交付12.5万-13.2万台(同比+36.6%-44.3%)': both on 9.15万台
    assert judged(tmp_path, "小鹏Q4预计交付12.5万-13.2万台(同比+36.6%-44.3%)。") == [(44.3, "rounding")]
    assert judged(tmp_path, "小鹏Q4预计交付12.5万-13.2万台(同比+36.6%-46.3%)。") == [(46.3, "mismatch")]


def test_a_guidance_range_with_its_yoy_in_brackets(tmp_path):
    # '预计2025年归母净利润165.2~171.9亿元(yoy+23.6%~28.6%)': both on 133.66亿
    assert judged(tmp_path, "预计2025年归母净利润165.2~171.9亿元(yoy+23.6%~28.6%)。") == [(28.6, "consistent")]
    assert judged(tmp_path, "预计2025年归母净利润165.2~171.9亿元(yoy+23.6%~30.6%)。") == [(30.6, "mismatch")]


def test_an_inline_comparison_s_year_earlier_figure_is_no_base_passage(tmp_path):
    # a digest states the preannouncement twice; '较去年同期-14.6亿元' compares a nine months' profit inline, and the
    # next item's 云业务收入 is no year-before figure of the year's loss (13 − 42.98 would be a false mismatch)
    text = ("核心观点 - 全年预计净亏损13亿元到13.9亿元,同比减亏6.71亿元到7.61亿元 [1] 财务表现与业绩预告 - 公司预计2025年度归属于母公司"
            "所有者的净亏损为13亿元到13.9亿元,同比减亏6.71亿元到7.61亿元 [1] - 2025年前三季度营业收入为55.84亿元,同比下降2.68%,"
            "归属于上市公司股东的净利润为-13.98亿元,较去年同期-14.6亿元小幅减亏 [10] - 截至2025年第三季度末,云业务收入为42.98亿元 [7]")
    # both ranges judged on the one base their ends imply (13 + 7.61 = 13.9 + 6.71 = 20.61), nothing else
    assert judged(tmp_path, text) == [(7.61, "consistent"), (7.61, "consistent")]



def test_a_range_compared_with_the_year_before_s_figure_right_after_it(tmp_path):
    # '净利润为12000.00万元-14500.00万元,与上年同期7677.83万元相比,将增加4322.17万元-6822.17万元,同比增长56.29%-88.86%':
    # each end's change in amount and in percent on the 7677.83 the text states
    text = ("预计2025年半年度实现归属于母公司股东的净利润为12000.00万元-14500.00万元,与上年同期7677.83万元相比,"
            "将增加4322.17万元-{}万元,同比增长56.29%-88.86%。")
    assert judged(tmp_path, text.format("6822.17")) == [
        (56.29, "consistent"), (88.86, "consistent"), (4322.17, "consistent"), (6822.17, "consistent")]
    assert (6922.17, "mismatch") in judged(tmp_path, text.format("6922.17"))


def test_a_change_range_with_the_year_before_after_it_and_a_base_inline_before(tmp_path):
    # '增长幅度为0%至30%' names no 同比, but the year before's figure follows it in its sentence; the
    # earlier '上年同期为0.16元' is the EPS's base alone, not a passage naming the later profit's
    text = ("基本每股收益0.09元,上年同期为0.16元。其中,新业务贡献净利润1.24亿元。\n"
            "公司预计前三季度净利润由6773万元至8805万元,增长幅度为0%至{}%,上年同期业绩的净利润为6773万元。")
    assert judged(tmp_path, text.format("30")) == [(0, "consistent"), (30, "consistent")]
    assert judged(tmp_path, text.format("35")) == [(0, "consistent"), (35, "mismatch")]


def test_a_quarter_on_quarter_range_implies_one_base_too(tmp_path):
    # '14.5 - 16.5亿元,同比增长41.8% - 61.4%,环比下降30.6% - 39.1%': 16.5 ÷ (1 − 30.6%) = 23.78 and 14.5 ÷ (1 − 39.1%) = 23.81,
    # one quarter before; its ends never judged on the year before's figure
    text = "2025Q1公司预计实现归母净利润14.5 - 16.5亿元,同比增长41.8% - 61.4%,环比下降30.6% - {}%。"
    assert judged(tmp_path, text.format("39.1")) == [(-39.1, "rounding"), (61.4, "consistent")]
    assert judged(tmp_path, text.format("35.1")) == [(-35.1, "mismatch"), (61.4, "consistent")]


def test_a_range_of_growths_said_reached(tmp_path):
    # '净利润11亿至16亿元,同比增幅达127.31%-230.63%': both ends on one base (11 ÷ 2.2731 = 16 ÷ 3.3063 = 4.839)
    assert judged(tmp_path, "预计实现净利润11亿至16亿元,同比增幅达127.31%-230.63%。") == [(230.63, "consistent")]
    assert judged(tmp_path, "预计实现净利润11亿至16亿元,同比增幅达127.31%-260.63%。") == [(260.63, "mismatch")]


def test_a_forecast_s_变动幅度_with_its_sign_set_apart_is_on_the_year_before(tmp_path):
    # a prospectus' forecast of its next quarter: '营业收入20500 - 25500万元,变动幅度 - 19.23%至0.47%' — both ends imply
    # one base (25380.7万元); no 同比 is said, the forecast's 变动幅度 is on the same months a year before
    path = tmp_path / "prospectus.txt"
    text = "业绩数据 - 预计2023年1 - 3月公司营业收入20500 - 25500万元,变动幅度 - 19.23%至{}%。\n"
    path.write_text(text.format("0.47"), encoding="utf-8")
    assert [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "forecast_ranges"] == ["consistent"]
    path.write_text(text.format("4.47"), encoding="utf-8")
    assert [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "forecast_ranges"] == ["mismatch"]


def test_the_year_before_in_a_table_a_vendor_flattened_onto_one_line(tmp_path):
    # (a header of names, then each row's cells: the range's row's cell under 上年同期值 is its base — 6220.96 for the
    # first row, 7057.88 for the second; with the header's width the rows are told apart)
    line = ("某某能科(002322)业绩预告 | 截止日期 | 预测指标 | 业绩变动 | 预告类型 | 上年同期值(元) | 公告日期 | "
            "2024-06-30 | 扣除非经常性损益后的净利润 | 预计2024年1-6月扣除非经常性损益后的净利润盈利:11,851.1万元至13,358.44万元,"
            "同比上年增长:90.5%至{}%。 | 预增 | 6220.96万 | 2024-07-11 | "
            "2024-06-30 | 归属于上市公司股东的净利润 | 预计2024年1-6月归属于上市公司股东的净利润盈利:13,291.97万元至14,799.31万元,"
            "同比上年增长:88.33%至109.68%。 | 预增 | 7057.88万 | 2024-07-11 |")
    assert judged(tmp_path, line.format("114.73")) == [
        (88.33, "consistent"), (90.5, "consistent"), (109.68, "consistent"), (114.73, "consistent")]
    # an end edited is that end's mismatch (on the range's own two ends alone, both would be)
    assert judged(tmp_path, line.format("141.73")) == [
        (88.33, "consistent"), (90.5, "consistent"), (109.68, "consistent"), (141.73, "mismatch")]
