"""verify's `year_ago_columns` family: a statistics table's growth columns against this year's and the year before's."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

TABLE = ("2013年7月社会消费品零售总额\n金额单位:万元 | ||||||\n项目 | 本 年 | 上年同期 | 增长(%) | |||\n"
         "本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 | |\n甲 | 1 | 2 | 3 | 4 | 5 | 6 |\n"
         "社会消费品零售额 | 20626052.6 | 141797902.3 | 18266051.9 | 126842604.4 | {month} | 11.8 |\n"
         "3、住宿业 | 187507.0 | 1287671.5 | 194073.1 | 1302880.0 | -3.4 | -1.2 |\n"
         "4、餐饮业 | 1969770.3 | 13422291.6 | 1796053.4 | - | 9.7 | - |\n")


def checks(tmp_path, text):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "year_ago_columns"]


@pytest.mark.parametrize("month, verdict", [("12.9", "consistent"), ("13.9", "mismatch")])
def test_each_growth_cell_is_this_year_s_over_the_year_before_s(tmp_path, month, verdict):
    # 20626052.6 ÷ 18266051.9 − 1 = 12.92%; the k-th growth column pairs the k-th of this year's and the year before's;
    # a fall (−3.4%) too; a blank year before gives no check
    assert checks(tmp_path, TABLE.format(month=month)) == [
        (f"社会消费品零售额 增长(%) 本月 {month}", verdict), ("3、住宿业 增长(%) 本月 -3.4", "consistent"),
        ("4、餐饮业 增长(%) 本月 9.7", "consistent"), ("社会消费品零售额 增长(%) 累计 11.8", "consistent"),
        ("3、住宿业 增长(%) 累计 -1.2", "consistent")]


def test_columns_paired_by_their_names(tmp_path):
    # one header row, the groups not in runs: '本月' with '上年同月'… named alike once the group's words are dropped
    text = ("| 指标 | 本月 | 本月增长(%) | 上年本月 |\n|---|---|---|---|\n| 零售额 | 120.0 | {} | 100.0 |\n")
    assert checks(tmp_path, text.format("20.0")) == [("零售额 本月增长(%) 20.0", "consistent")]
    assert checks(tmp_path, text.format("25.0"))[0][1] == "mismatch"


def test_a_table_with_no_year_before_s_column_is_none_of_this_family_s(tmp_path):
    text = "| 指标 | 2024年 | 2023年 | 增长(%) |\n|---|---|---|---|\n| 营业收入 | 120.0 | 100.0 | 20.0 |\n"
    assert checks(tmp_path, text) == []


def test_a_ratio_s_row_is_no_growth(tmp_path):
    # '加权平均净资产收益率(%) | 3.10 | 2.31 | 0.79': the change of a ratio is in points, printed bare or not
    text = ("| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减变动幅度(%) |\n|---|---|---|---|\n"
            "| 营业收入(元) | 952,000,000.00 | 769,000,000.00 | 23.80 |\n| 加权平均净资产收益率(%) | 3.10 | 2.31 | 0.79 |\n")
    assert checks(tmp_path, text) == [("营业收入(元) 本报告期比上年同期增减变动幅度(%) 23.80", "consistent")]


def test_a_share_s_column_is_no_growth(tmp_path):
    # '占比(%)' beside this year's and last year's: a share of the total, not the change between them
    text = ("| 项目 | 本期 | 上年同期 | 占比(%) |\n|---|---|---|---|\n| 批发业 | 120.0 | 100.0 | 40.0 |\n"
            "| 零售业 | 180.0 | 150.0 | 60.0 |\n")
    assert checks(tmp_path, text) == []
