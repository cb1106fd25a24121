"""verify's `change_columns` family: a results table's change columns (同比变动, 环比变动) from the
first column's amount over the amount before each — as a row on one line, a '|' row, or one cell
a line."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import mutate, run_families

HEADER = ("董事会欣然宣布本集团截至二零二五年九月三十日止三个月的未经审核综合业绩。\n财务表现摘要\n截至下列日期止三个月\n"
          "二零二五年\n九月三十日\n二零二四年\n九月三十日 同比变动\n二零二五年\n六月三十日 环比变动\n(人民币百万元,另有指明者除外)\n")


def judged(tmp_path, text):
    path = tmp_path / "results.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "change_columns"]


def test_a_row_on_one_line_its_changes_on_the_year_and_the_quarter_before(tmp_path):
    text = HEADER + "收入 192,869 167,193 15% 184,504 5%\n每股盈利(每股人民币元)\n-基本 6.952 5.762 {}% 6.115 14%\n"
    # 192,869 ÷ 167,193 − 1 = 15.4%, ÷ 184,504 − 1 = 4.5%; 6.952 ÷ 5.762 − 1 = 20.7% (a row under a row of words)
    assert judged(tmp_path, text.format("21")) == [(15, "consistent"), (5, "consistent"), (21, "consistent"), (14, "consistent")]
    assert judged(tmp_path, text.format("25"))[2] == (25, "mismatch")


def judged_as_a_table(tmp_path, text):
    """The changes judged by this family or, where read.keydata gives an A-share report's table its rows back, by
    `growth` over that typed table: the same comparison."""
    path = tmp_path / "results.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
            if c["family"] in ("change_columns", "growth") and c["verdict"] != "unverifiable"]


def test_one_cell_a_line_as_a_web_page_s_table_is_copied(tmp_path):
    cells = ["收入", "180,022", "159,501", "13%", "172,446", "4%", "非国际财务报告准则本公司", "权益持有人应占盈利",
             "61,329", "50,265", "22%", "55,312", "11%"]
    stacked = HEADER.replace(" ", "\n") + "\n".join(cells) + "\n"
    assert judged(tmp_path, stacked) == [(13, "consistent"), (4, "consistent"), (22, "consistent"), (11, "consistent")]
    # every figure a check reads is a cell the mutation harness can edit: an edited base is flagged
    path = tmp_path / "results.txt"
    path.write_text(stacked, encoding="utf-8")
    outcomes = mutate.run(read_document(path), "first")
    assert outcomes and all(o.flagged for o in outcomes)


def test_a_bar_table_with_years_over_the_amounts(tmp_path):
    text = ("指标 | 2024年 | 2023年 | 同比变化 |\n---|---|---|---|\n营业收入(元) | 1,475,741,034.67 | 1,262,530,882.14 | +16.89% |\n"
            "加权平均ROE | 17.35% | 16.09% | +1.26个百分点 |\n")
    assert judged(tmp_path, text) == [(16.89, "consistent")]  # (a ratio's row is no amount's change)


def test_no_change_read_where_the_columns_are_two_measures_or_a_share(tmp_path):
    # 营业收入 and 归母净利润 side by side: the change is of the profit on a year the table does not print
    assert judged(tmp_path, "季度 | 营业收入(亿元) | 归母净利润(亿元) | 同比变化 |\n---|---|---|---|\n"
                            "2024H1 | 21.47 | 2.22 | -20% |\n2024Q3 | 11.61 | 0.57 | -45% |\n") == []
    # a share of revenue after each year's amount
    assert judged(tmp_path, "项目 2024年 占比 2023年 占比\n营业收入 1,000 100% 800 100%\n营业成本 600 60% 500 62.5%\n") == []


def test_a_figure_marked_for_a_note_is_not_called_wrong(tmp_path):
    text = ("指标 | 2025年Q1 | 2024年Q1 | 同比变化 |\n---|---|---|---|\n扣非净利润(万元) | 6,855.40 | 4,560.00* | +50.36% |\n"
            "*注:2024年Q1扣非净利润为估算值,基于同比增长率反推得出\n")
    assert judged(tmp_path, text) == [(50.36, "unverifiable")]  # 50.34% on the estimate


def test_a_data_site_s_change_beside_the_first_column_and_rows_of_blanks(tmp_path):
    # '%Chg (Compare to Final)' right after the first column compares it with the column after it; two
    # losses' change is the loss's ((286,849) on (402,425): −28.7%); a row of blanks ('--') is a row
    header = "| 2025/12 - Final RMB(K¥) | %Chg (Compare to Final) | 2024/12 RMB(K¥) | 2023/12 RMB(K¥) | |\n"
    text = (header + "| Turnover | 3,484,655 | 3.302% | 3,373,265 | 3,307,839 |\n"
            "| Change in FV & Impairment on Inv. Prop. | -- | -- | -- | -- | |\n"
            "| Profit / (Loss) before Taxation | (286,849) | {}% | (402,425) | 415,925 | |\n"
            "| Non-controlling Interests | 16,684 | -77.254% | (56,850) | 73,348 | |\n")
    assert judged(tmp_path, text.format("-28.720")) == [(3.302, "consistent"), (-28.72, "consistent")]  # (across zero: none)
    # such a change may be on a period the table leaves out (a half year's on the half before): never wrong
    assert judged(tmp_path, text.format("-38.720"))[1] == (-38.72, "unverifiable")


def test_years_running_up_and_a_revision_table(tmp_path):
    # '2023年 | 2024年 | 变动': the change is of the later column on the earlier
    text = "指标 | 2023年 | 2024年 | 变动 |\n---|---|---|---|\n营业收入(亿元) | 100.0 | 112.0 | {}% |\n"
    assert judged(tmp_path, text.format("+12.0")) == [(12.0, "consistent")]
    assert judged(tmp_path, text.format("-10.7")) == [(-10.7, "mismatch")]
    # a forecast's revision (调整前, 调整后, 变动) is the revisions family's, not read here
    assert judged(tmp_path, "盈利预测调整\n项目 2025E调整前 2025E调整后 变动\n营业收入(百万元) 7,000 7,200 2.9%\n"
                            "归母净利润(百万元) 700 720 2.9%\n") == []


def test_a_data_site_s_chinese_header_for_its_change(tmp_path):
    # '与去年中期 比较' beside the first column: the interim on last year's interim, the column after it
    text = ("| 2025/06 - 中期 港元(千$) | 与去年中期 比较 | 2024/06 港元(千$) | 2023/06 港元(千$) | |\n"
            "| 营业额 / 收益 | 307,475 | -7.173% | 331,236 | 308,729 |\n| 非控股权益 | 39 | 680.000% | 5 | 5 | |\n")
    assert judged(tmp_path, text) == [(-7.173, "consistent"), (680.0, "consistent")]


def test_an_a_share_quarterly_report_s_pairs_and_its_balance_table_under_its_own_header(tmp_path):
    # '本报告期 | 比上年同期增减 | 年初至报告期末 | 比上年同期增减': each change is its own amount's on a year before
    # the table does not print — never the quarter over the nine months; the balance table below it, under its
    # own '|' header, compares the quarter's end with the year's end (593,313,003 ÷ 604,351,853 − 1 = −1.83%)
    text = ("| 项目 | 本报告期 | 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减 |\n|---|---|---|---|---|\n"
            "| 营业收入(千元) | 111,933,037 | 10.06% | 363,056,751 | 13.82% |\n"
            "| 基本每股收益(元/股) | 1.57 | 0.64% | 4.98 | 8.73% |\n"
            "| 项目 | 本报告期末 | 上年度末 | 本报告期末比上年度末增减 |\n|---|---|---|---|\n"
            "| 总资产(千元) | 593,313,003 | 604,351,853 | -1.83% |\n")
    assert judged_as_a_table(tmp_path, text) == [(-1.83, "consistent")]


def test_quarters_running_up_in_the_header_compare_the_later_over_the_earlier(tmp_path):
    # '2025Q2 | 2025Q3 | 环比变化': one year, its quarters in order — Q3 over Q2, never the other way (a sign flipped)
    text = ("公司两个季度的主要数据如下。\n| 指标 | 2025Q2(亿元) | 2025Q3(亿元) | 环比变化 |\n|---|---|---|---|\n"
            "| 营业收入 | 50.00 | 45.00 | {}% |\n| 销售费用 | 8.00 | 9.00 | +12.50% |\n")
    assert judged(tmp_path, text.format("-10.00")) == [(-10, "consistent"), (12.5, "consistent")]
    assert judged(tmp_path, text.format("-11.00"))[0] == (-11, "mismatch")
    # the quarters the other way round: the first column is the later
    swapped = text.replace("2025Q2(亿元) | 2025Q3(亿元)", "2025Q3(亿元) | 2025Q2(亿元)").replace("50.00 | 45.00", "45.00 | 50.00")
    swapped = swapped.replace("8.00 | 9.00", "9.00 | 8.00")
    assert judged(tmp_path, swapped.format("-10.00")) == [(-10, "consistent"), (12.5, "consistent")]


def test_a_data_site_s_year_on_year_change_on_the_column_its_header_dates_a_year_before(tmp_path):
    # '2024-09-30 | 同比变化 | 2024-06-30 | 2024-03-31 | 2023-12-31 | 2023-09-30', a cell a line as the page is
    # copied: the change is the first column's on 2023-09-30, judged like any change (a wrong one is wrong);
    # EPS from a loss to a larger one as the site computes it, on the base's size: (−0.49 + 0.12) ÷ 0.12 = −308%
    head = ["报告期 |", "2024-09-30", "|", "同比变化 |", "2024-06-30", "|", "2024-03-31", "|", "2023-12-31", "|",
            "2023-09-30", "|", "财务指标 |"]
    rows = [["每股收益 |", "-0.49", "-312.11%", "-0.21", "-0.04", "-0.50", "-0.12"],
            ["主营业务收入 |", "813045", "{}%", "571051", "326008", "1163944", "918736"]]
    lines = head + [c for row in rows for k, cell in enumerate(row) for c in ([cell] if k == 0 else [cell, "|"])]
    text = "\n".join(lines) + "\n"
    assert judged(tmp_path, text.format("-11.50")) == [(-312.11, "rounding"), (-11.5, "consistent")]
    assert judged(tmp_path, text.format("-37.70"))[1] == (-37.7, "mismatch")  # 813045 on 571051 would be wrong too


def test_a_table_of_pairs_each_change_its_own_pair_s(tmp_path):
    # '本季度 | 上年同期 | 变化 | 年初至今 | 上年同期 | 变化': the second change is 7,947 over 7,915, not the quarter's
    # 2,509 over it (a header dating every column, as an A-share report of a Hong Kong-listed company prints it)
    text = ("主要会计数据\n由2025年7月1日 由2024年7月1日 至2025年9月30日 至2024年9月30日\n"
            "至2025年9月30日 至2024年9月30日 期间/ 期间/\n(单位:人民币亿元) 期间 期间 变化 于2025年9月30日 于2024年12月31日 变化\n"
            "营业收入 2,509 2,447 2.5% 7,947 7,915 {}%\n其他业务收入 347 303 14.8% 1,115 1,134 -1.7%\n")
    assert judged(tmp_path, text.format("0.4")) == [(2.5, "consistent"), (0.4, "consistent"), (14.8, "rounding"),
                                                    (-1.7, "consistent")]
    assert judged(tmp_path, text.format("1.4"))[1] == (1.4, "mismatch")


def test_amounts_printing_their_units_under_a_pipe_header_a_heading_stands_over(tmp_path):
    # a digest's '本期报告 | 上年同期 | 同比增减' table whose cells print units ('35.87亿元', '-3,397.85万元'); the heading above
    # it ('2、主营业务利润同比增长26.33%') names no column. 35.87 ÷ 35.26 − 1 = 1.73% (1.72 within the amounts' rounding);
    # 1.29亿 on 8,993.03万: +43.4%
    text = ("2、主营业务利润同比增长26.33%\n主要财务数据表\n本期报告 | 上年同期 | 同比增减 | |\n---|---|---|---|\n"
            "营业总收入 | 35.87亿元 | 35.26亿元 | 1.72% |\n财务费用 | -3,397.85万元 | -4,164.76万元 | {}% |\n"
            "净利润 | 1.29亿元 | 8,993.03万元 | 43.4% |\n研发费用 | 6,825.65 | 6,934.72万元 | -1.57% |\n")
    found = judged(tmp_path, text.format("18.41"))
    assert found == [(1.72, "rounding"), (18.41, "consistent"), (43.4, "consistent")]  # (one unit unprinted: not judged)
    assert judged(tmp_path, text.format("28.41"))[1] == (28.41, "mismatch")


RESTATED = ("一、主要财务数据\n单位:万元 币种:人民币\n本报告期比上年同期 年初至报告期末比上年\n上年同期 年初至报告期 上年同期\n"
            "项目 本报告期 增减变动幅度(%) 同期增减变动幅度(%)\n末\n调整前 调整后 调整后 调整前 调整后 调整后\n"
            "营业收入 2,456,636.68 2,448,289.06 2,449,046.44 {q} 7,291,763.70 7,228,048.28 7,230,913.20 0.84\n"
            "经营活动产生的现\n不适用 不适用 不适用 不适用 611,069.77 744,191.96 741,140.59 -17.55\n金流量净额\n")


def test_a_restated_year_before_the_change_on_the_restated_figure(tmp_path):
    # 2,456,636.68 ÷ 2,449,046.44 (调整后) − 1 = 0.31%; 7,291,763.70 ÷ 7,230,913.20 − 1 = 0.84%; 611,069.77 ÷ 741,140.59 − 1 = −17.55%
    assert judged(tmp_path, RESTATED.format(q="0.31")) == [(0.31, "consistent"), (0.84, "consistent"), (-17.55, "consistent")]
    assert judged(tmp_path, RESTATED.format(q="0.41"))[0] == (0.41, "mismatch")
    # on the year before as first printed instead (2,448,289.06: 0.34%): said, not called wrong
    assert judged(tmp_path, RESTATED.format(q="0.34"))[0] == (0.34, "unverifiable")


def test_a_row_of_words_naming_periods_and_a_change_heads_the_rows_below_anew(tmp_path):
    # a quarter's income lines in pairs, each change on a base not printed (nothing judged); the balance lines under
    # their own header ('本期末 上期末 增减') are judged by it: 15,841,053,806.65 ÷ 16,830,316,478.61 − 1 = −5.88%
    text = ("示例药业2025年第三季度数据\n指标 2025年Q3 同比 2025年1-9月 同比\n"
            "营业收入(元) 4,086,535,700.64 -4.62% 13,001,028,971.88 -4.33%\n"
            "基本每股收益(元/股) 0.0324 82.02% 0.4587 -6.54%\n"
            "本期末 上期末 增减\n"
            "总资产(元) 15,841,053,806.65 16,830,316,478.61 {}%\n(二)非经常性损益项目和金额\n")
    assert judged(tmp_path, text.format("-5.88")) == [(-5.88, "consistent")]
    assert judged(tmp_path, text.format("-6.88")) == [(-6.88, "mismatch")]


def test_a_ratio_s_row_its_change_in_points(tmp_path):
    # '加权平均净资产收益率 3.08% 3.17% -0.09%' under '本报告期 上年同期 本报告期比上年同期增减': 3.08 − 3.17 = −0.09 points
    text = ("示例药业2024年第一季度报告\n本报告期 上年同期 本报告期比上年同期增减\n"
            "营业收入(元) 5,099,517,768.62 4,435,751,548.19 14.96%\n加权平均净资产收益率 3.08% 3.17% {}%\n(二)非经常性损益项目\n")
    assert judged(tmp_path, text.format("-0.09")) == [(14.96, "consistent"), (-0.09, "consistent")]
    assert judged(tmp_path, text.format("-0.19"))[1] == (-0.19, "mismatch")


def test_a_ratio_s_change_on_a_data_site_may_be_in_percent_of_the_earlier_level(tmp_path):
    # '毛利率 | 21.91% | 19.21% | +14.04%': 21.91 ÷ 19.21 − 1 = 14.06%, within the levels' rounding (no points' 2.70)
    text = ("示例科技2025年三季报\n| 指标 | 2025年前三季度 | 2024年前三季度 | 同比变化 |\n|---|---|---|---|\n"
            "| 营业总收入(亿元) | 9.52 | 7.69 | +23.68% |\n| 毛利率 | 21.91% | 19.21% | {}% |\n")
    assert judged(tmp_path, text.format("+14.04"))[1] == (14.04, "rounding")
    assert judged(tmp_path, text.format("+2.70"))[1] == (2.7, "consistent")
    assert judged(tmp_path, text.format("+16.04"))[1] == (16.04, "mismatch")


def test_a_heading_over_a_pipe_table_s_header_row_is_none_of_it(tmp_path):
    # the heading names 2024 before the header's own years: read with them, the years would seem to run down
    text = ("二、2024年经营完成情况\n(一)主要经营指标\n单位:万元\n项目 | 2023年 | 2024年 | 本年比上年增减 |\n"
            "营业收入 | 780,154.98 | 663,758.09 | {}% |\n")
    # 663,758.09 ÷ 780,154.98 − 1 = −14.92%
    assert judged(tmp_path, text.format("-14.92")) == [(-14.92, "consistent")]
    assert judged(tmp_path, text.format("-15.92")) == [(-15.92, "mismatch")]


@pytest.mark.parametrize("change, verdict", [("29.37", "consistent"), ("24.37", "mismatch")])
def test_a_restated_key_data_table_of_pipe_rows(tmp_path, change, verdict):
    # '调整前 | 调整后 | 调整后' under the header: the year before first printed and restated, the change on the restated
    # (4,720.77 ÷ 3,649.15 − 1 = 29.37%) — never the restated base read as the change
    text = ("单位:元\n本报告期 | 上年同期 | 本报告期比上年同期增减 | 年初至报告期末 | 上年同期 | 年初至报告期末比上年同期增减 | |||\n"
            "调整前 | 调整后 | 调整后 | 调整前 | 调整后 | 调整后 | |||\n"
            f"营业收入(元) | 4,720,773,695.31 | 3,649,153,571.33 | 3,649,153,571.33 | {change}% | 11,786,465,835.14 | "
            "9,536,524,928.22 | 9,536,524,928.22 | 23.59% |\n"
            "归属于上市公司股东的净利润(元) | 393,233,909.15 | 254,427,555.43 | 254,345,276.14 | 54.61% | 1,213,238,568.50 | "
            "830,183,305.53 | 830,477,967.65 | 46.09% |\n")
    path = tmp_path / "q.txt"
    path.write_text(text, encoding="utf-8")
    found = run_families(read_document(path))[0]
    assert {(c["reported"], c["verdict"]) for c in found if c["family"] == "change_columns"} == \
        {(float(change), verdict), (23.59, "consistent"), (54.61, "consistent"), (46.09, "consistent")}
    assert not [c for c in found if c["family"] == "growth" and c["verdict"] == "mismatch" and c["reported"] != float(change)]
