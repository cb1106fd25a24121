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
