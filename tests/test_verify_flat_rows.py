"""verify's `flat_rows` family: a summary table run into one line — each row's change and percentage, and a
total row's sums."""

from conftest import one_page_doc
from pipeline.verify.families import flat_rows

HEADER = "财务摘要 截至6月30日止六个月 2024年 2023年 变动 变动百分比 人民币千元 人民币千元 人民币千元 (未经审核) (未经审核) "


def judged(text):
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"]) for c in flat_rows.find(one_page_doc(text))]


def test_each_row_s_change_and_percentage():
    # 95,334 − 109,593 = −14,259; ÷ 109,593 = −13.0%; a loss from a profit: (1,479,603) on 5,518,278 is −126.8%
    text = HEADER + ("收入销售硅片 2,342,084 7,201,320 (4,859,236) (67.5%) 销售电力 95,334 109,593 (14,259) (13.0%) "
                     "本公司拥有人应占利润 (1,479,603) 5,518,278 (6,997,881) (126.8%)")
    assert judged(text) == [("(4,859,236)", "consistent"), ("(67.5%)", "consistent"), ("(14,259)", "consistent"),
                            ("(13.0%)", "consistent"), ("(6,997,881)", "consistent"), ("(126.8%)", "consistent")]


def test_an_edited_change_or_percentage_is_a_mismatch():
    text = HEADER + "销售硅片 2,342,084 7,201,320 (4,859,236) (65.5%) 销售电力 95,334 109,593 (14,529) (13.0%)"
    assert judged(text) == [("(4,859,236)", "consistent"), ("(65.5%)", "mismatch"),
                            ("(14,529)", "mismatch"), ("(13.0%)", "consistent")]


def test_a_row_with_no_label_after_labelled_ones_is_their_total():
    text = HEADER + ("销售硅片 2,342,084 7,201,320 (4,859,236) (67.5%) 销售电力 95,334 109,593 (14,259) (13.0%) "
                     "{} 7,310,913 (4,873,495) (66.7%) 本公司拥有人应占利润 (1,479,603) 5,518,278 (6,997,881) (126.8%)")
    found = dict(judged(text.format("2,437,418")))
    assert found["2,437,418"] == "consistent" and found["7,310,913"] == "consistent"   # 2,342,084 + 95,334
    assert dict(judged(text.format("2,437,148")))["2,437,148"] == "mismatch"  # less than its rows: no row left out explains it


def test_ratios_and_percentages_in_points():
    # '净债项对本公司拥有人应占权益的比率 24.6% 15.9% 8.7% 54.7%': 24.6 − 15.9 = 8.7 points, 8.7 ÷ 15.9 = 54.7%
    text = HEADER + "流动比率 1.36 1.57 (0.21) (13.4%) 净债项对本公司拥有人应占权益的比率 24.6% 15.9% 8.7% 54.7%"
    assert [v for _, v in judged(text)] == ["consistent"] * 4


def test_no_header_or_rows_one_a_line_or_numbers_of_nothing_give_no_check():
    rows = "销售硅片 2,342,084 7,201,320 (4,859,236) (67.5%) 销售电力 95,334 109,593 (14,259) (13.0%)"
    assert judged(rows) == []                                        # no 变动/变动百分比 header
    assert judged(HEADER + "\n销售硅片 2,342,084 7,201,320 (4,859,236) (67.5%)\n") == []  # change_columns' table
    assert judged(HEADER + "编号 2024 2023 1999 12.5% 编号 2022 2021 1998 13.5%") == []  # neither relation holds


def test_a_filing_s_key_data_restated_run_into_one_line():
    # '上年同期 调整前 调整后 … 增减变动幅度(%)': 39,655,764 ÷ 49,166,057 − 1 = −19.34% on the year before as restated
    text = ("项目 本报告期 上年同期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 上年同期 变动幅度(%) 调整前 调整后 调整前 调整后 "
            "营业收入 39,655,764 44,533,548 49,166,057 -19.34 105,035,724 154,146,966 164,692,384 -36.22 "
            "基本每股收益(元/股) 1.1263 0.2244 0.3431 228.27 2.3759 1.1640 1.4275 {}")
    got = [(c["reported"], c["verdict"], c["note"]) for c in flat_rows.find(one_page_doc(text.format("66.44")))]
    assert [g[:2] for g in got] == [(-19.34, "consistent"), (-36.22, "consistent"), (228.27, "consistent"), (66.44, "consistent")]
    assert got[0][2] == "on the year before as restated"
    assert [c["verdict"] for c in flat_rows.find(one_page_doc(text.format("76.44")))][-1] == "mismatch"
    # (no header naming both statements of the year before: no such rows)
    assert flat_rows.find(one_page_doc("营业收入 39,655,764 44,533,548 49,166,057 -19.34")) == []


def test_rows_of_two_figures_and_a_change_under_a_header_of_two_years_and_a_change():
    # '二零二二年 二零二一年 变动': 2,464,242 ÷ 2,694,810 − 1 = −8.56%; a ratio's change in points (21.8 − 24.1)
    text = ("财务概要 二零二二年 二零二一年 变动 营业额(港币千元) 2,464,242 2,694,810 {pct}% 本年度溢利(港币千元) 47,858 80,879 -40.8% "
            "负债比率(附注) 21.8% 24.1% -2.3百分点 董事会建议派发末期股息每股港币0.73仙")
    assert judged(text.format(pct="-8.6")) == [("-8.6% ", "consistent"), ("-40.8% ", "consistent"), ("-2.3百分点 ", "consistent")]
    assert judged(text.format(pct="-9.6"))[0] == ("-9.6% ", "mismatch")
    assert judged(text.format(pct="58.6"))[0] == ("-40.8% ", "consistent")  # nowhere near (−8.56 against +58.6): no such row
    # no header of a change alone: not read (a header with a percentage column is read as four figures a row)
    assert judged("营业额(港币千元) 2,464,242 2,694,810 -8.6% 本年度溢利(港币千元) 47,858 80,879 -40.8%") == []
