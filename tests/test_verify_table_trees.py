"""verify's `table_trees` family: a statistics table's row against the rows after it that make it up, found by their
sums, and a 合计 column against the columns after it."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

YEARBOOK = ("保险业务主要指标\n单位:亿元\n指 标 2000 2004 2005 2006\n"
            "保费收入 131.93 418.95 437.34 {premiums}\n"
            "  财产险 40.45 84.52 93.64 120.42\n"
            "   #机动车辆保险 22.53 56.39 64.40 87.71\n"
            "  人身意外伤害险 4.20 9.42 10.89 12.55\n"
            "  健康险 4.00 20.88 24.37 32.03\n"
            "  寿险 83.29 304.12 308.43 337.83\n"
            "保险公司数(家) 9 23 29 39\n")


def trees(tmp_path, text):
    path = tmp_path / "yearbook.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "table_trees"]


def test_a_row_and_the_rows_after_it_that_make_it_up(tmp_path):
    # 40.45 + 4.20 + 4.00 + 83.29 = 131.94 (rounding), …; '#机动车辆保险' is 财产险's own: no part
    assert trees(tmp_path, YEARBOOK.format(premiums="502.83")) == [
        ("保费收入 2000 131.93", "rounding"), ("保费收入 2004 418.95", "rounding"),
        ("保费收入 2005 437.34", "rounding"), ("保费收入 2006 502.83", "consistent")]
    # one column off: the rows were found by the others, and one left out of the table may make the difference
    assert trees(tmp_path, YEARBOOK.format(premiums="512.83"))[-1] == ("保费收入 2006 512.83", "unverifiable")


def test_parts_of_parts_and_a_heading_between_two_breakdowns(tmp_path):
    # 寿险 = 个人 + 团体, each of new and renewal premiums; after '按新型产品分' the same whole again by another split
    text = ("人身保险公司主要指标\n项 目 2020 2021\n原保险保费收入 11013537 10574267\n按险种分\n"
            "寿 险 8507672 7994919\n个人业务 8476197 7965869\n新单保费 3508960 3214597\n续期保费 4967236 4751272\n"
            "团体业务 31475 29050\n新单保费 22019 19854\n续期保费 9456 9196\n"
            "意外伤害险 259212 252030\n健康险 2246653 2327317\n"
            "按新型产品分\n寿险保费收入合计 8507672 7994919\n普通寿险 4838798 5176139\n分红寿险 3644117 2795344\n"
            "投资连结保险 6027 5881\n万能寿险 18730 17555\n")
    found = dict(trees(tmp_path, text))
    assert found["原保险保费收入 2020 11013537"] == "consistent"       # 8507672 + 259212 + 2246653
    assert found["原保险保费收入 2021 10574267"] == "rounding"         # 10574266
    assert found["个人业务 2020 8476197"] == "rounding"                # 3508960 + 4967236 = 8476196
    assert found["寿险保费收入合计 2021 7994919"] == "consistent"
    assert len(found) == 10


def test_a_total_column_where_most_rows_add_up(tmp_path):
    text = ("单位:万元 | | | |\n地区 | 合计 | 财产保险 | 寿险 | 健康险 |\n"
            "全国合计 | 1000.5 | 300.2 | 600.1 | 100.2 |\n北京 | 100.0 | 30.0 | 60.0 | 10.0 |\n"
            "上海 | 120.0 | 30.0 | 60.0 | 20.0 |\n天津 | 50.0 | 10.0 | 30.0 | 10.0 |\n")
    assert trees(tmp_path, text) == [("全国合计 合计 1000.5", "consistent"), ("北京 合计 100.0", "consistent"),
                                     ("上海 合计 120.0", "mismatch"), ("天津 合计 50.0", "consistent")]


def test_no_tree_from_a_statements_signed_lines_or_rates(tmp_path):
    # '加:营业外收入' and '减:营业外支出' are no parts of 营业利润 though 0 + 支出 + 利润总额 makes it; a column of rates sums
    # to nothing
    text = ("利润表\n项目 | 2024 | 2023 | 2022 |\n三、营业利润(元) | 9,147,620.65 | 29,017,592.33 | 13,253,855.6 |\n"
            "加:营业外收入(元) | 80,000 | 0 | 0 |\n减:营业外支出(元) | 27,098.25 | 51,081.22 | 1,281.22 |\n"
            "四、利润总额(元) | 9,200,522.4 | 28,966,511.11 | 13,252,574.38 |\n")
    assert trees(tmp_path, text) == []
    text = "指标 | 2023 | 2024 | 2025 |\n毛利率(%) | 40.0 | 41.0 | 42.0 |\n净利率(%) | 20.0 | 21.0 | 22.0 |\n费用率(%) | 20.0 | 20.0 | 20.0 |\n"
    assert trees(tmp_path, text) == []


def test_a_其中_row_right_under_a_row_opens_its_parts(tmp_path):
    # a tourism table: '1、国际游客' is made by '其中:台湾同胞' and the rows after it; the city's total by 国际 and 国内
    text = ("| 指 标 | 本 月 | 1-本月累计 |\n|---|---|---|\n| 一、城市接待旅游人数(人次) | {total} | 18938542 |\n"
            "| 1、国际游客 | 1065617 | 2826267 |\n| 其中:台湾同胞 | 160789 | 387052 |\n| 香港同胞 | 640689 | 1767287 |\n"
            "| 澳门同胞 | 58180 | 166013 |\n| 外 国 人 | 205959 | 505915 |\n| 2、国内游客 | 5944136 | 16112275 |\n")
    assert trees(tmp_path, text.format(total="7009753")) == [
        ("一、城市接待旅游人数(人次) 本 月 7009753", "consistent"), ("一、城市接待旅游人数(人次) 1-本月累计 18938542", "consistent"),
        ("1、国际游客 本 月 1065617", "consistent"), ("1、国际游客 1-本月累计 2826267", "consistent")]


def test_rows_in_another_unit_are_no_parts_of_a_row(tmp_path):
    # the first-marriage rows count people (万人) between the couples' row (万对) and its parts: read past
    table = ("指标 | 2022年 | 2021年 | 2020年 |\n---|---|---|---|\n"
             "结婚登记(万对) | 42.06 | 46.25 | {} |\n"
             "内地居民登记结婚(万对) | 42.02 | 46.21 | 48.7 |\n"
             "内地居民初婚登记(万人) | 61.21 | 64.16 | 66.9 |\n"
             "内地居民再婚登记(万人) | 22.9 | 28.34 | 30.59 |\n"
             "涉外及港澳台居民登记结婚(万对) | 0.04 | 0.04 | 0.05 |\n"
             "离婚登记(万对) | 18.52 | 18.72 | 25.96 |\n")
    assert trees(tmp_path, table.format("48.74")) == [
        ("结婚登记(万对) 2022年 42.06", "consistent"), ("结婚登记(万对) 2021年 46.25", "consistent"),
        ("结婚登记(万对) 2020年 48.74", "rounding")]  # 48.7 + 0.05
    assert trees(tmp_path, table.format("49.74"))[-1] == ("结婚登记(万对) 2020年 49.74", "unverifiable")


def test_a_total_broken_down_twice_under_headings_past_rows_of_which(tmp_path):
    # a yearbook's table: 总计 over rows of which ('在总计中:'), then by weight and by size, each under a heading; a
    # '#' row right under 重工业 is its first part where the rows after it make it up with it
    text = ("| 表 主要指标 | |||\n| 总 计 | 8377 | 1047 | 45461 |\n| 在总计中: | |||\n| 亏损企业 | 1047 | 1047 | 2681 |\n"
            "| 一、按轻重工业分 | |||\n| 轻工业 | 4821 | 678 | 24290 |\n| 重工业 | 3556 | 369 | 21171 |\n"
            "| #采掘工业 | 97 | 4 | 461 |\n| 加工工业 | 3459 | 365 | 20710 |\n"
            "| 二、按企业规模分 | |||\n| 大型企业 | 384 | 69 | 11128 |\n| 中小企业 | 7993 | 978 | {small} |\n")
    found = trees(tmp_path, text.format(small="34333"))
    assert [c for c, _ in found if c.startswith("总 计")] == [
        "总 计 表 主要指标 8377", "总 计 col3 1047", "总 计 col4 45461"] * 2
    assert ("重工业 col4 21171", "consistent") in found and len(found) == 9
    # a breakdown off in one column, found by the others: unverifiable there
    assert ("总 计 col4 45461", "unverifiable") in trees(tmp_path, text.format(small="34339"))
    # no heading after the parts: the rows after them are no second breakdown
    assert len(trees(tmp_path, text.replace("| 二、按企业规模分 | |||\n", "").format(small="34333"))) == 6


HOUSING = ("| 表 各地区商品房销售面积 | |||||||\n| 地 区 | 面 积 | 住宅 | 办公楼 | 商业营 | 其他 | ||\n"
           "| | # 别墅 | #经济适用 | 业用房 | ||||\n"
           "| 北 京 | 544.4 | 484.7 | 55.1 | 35.1 | 48.0 | 6.8 | 5.0 |\n| 天 津 | 258.3 | 247.8 | 7.8 | 100.7 | 2.0 | 7.9 | 0.5 |\n"
           "| 河 北 | {hebei} | 346.0 | 0.8 | 136.9 | 2.0 | 18.8 | 0.3 |\n| 辽 宁 | 771.0 | 671.9 | 16.9 | 108.9 | 18.9 | 71.0 | 9.2 |\n"
           "| 吉 林 | 212.1 | 178.6 | 0.2 | 76.6 | 6.6 | 26.7 | 0.3 |\n")


def test_a_column_the_columns_after_it_make_found_by_their_sums_past_its_parts_of_which(tmp_path):
    # the header is garbled over two rows: 面积 = 住宅 + 办公楼 + 商业营业用房 + 其他, found in every row, the two columns of
    # 住宅's own (别墅, 经济适用房) passed over
    found = trees(tmp_path, HOUSING.format(hebei="367.2"))
    assert [v for _, v in found] == ["rounding", "rounding", "rounding", "consistent", "rounding"]
    assert found[0][0] == "北京 表 各地区商品房销售面积 544.4"
    # a row the others' structure misses is a mismatch
    assert trees(tmp_path, HOUSING.format(hebei="377.2"))[2] == ("河北 表 各地区商品房销售面积 377.2", "mismatch")


def test_no_column_of_periods_is_a_sum_of_others(tmp_path):
    # cumulative quarters: 三季报 = 中报 + 一季报 in every row here by chance, and no part of it
    text = ("| 指标 | 2024年三季报 | 2024年中报 | 2024年一季报 | 2023年年报 |\n| 每股收益(元) | 0.09 | 0.06 | 0.03 | 0.11 |\n"
            "| 每股收益-稀释(元) | 0.09 | 0.06 | 0.03 | 0.11 |\n| 每股营业收入(元) | 1.30 | 0.83 | 0.47 | 1.87 |\n"
            "| 每股现金流(元) | 0.12 | 0.08 | 0.04 | 0.19 |\n")
    assert trees(tmp_path, text) == []



@pytest.mark.parametrize("share, verdict", [("89.00", "consistent"), ("88.00", "mismatch")])
def test_a_structure_column_s_shares_of_the_row_their_rows_make(tmp_path, share, verdict):
    # the 结构(%) cells are of the 累计 column's amounts (1044727 ÷ 1173850 = 89.00%), not of 3月's: found by them
    text = ("| 项目 | 单位 | 3月 | 1-3月累计 | 增长(%) | 结构(%) |\n|---|---|---|---|---|---|\n"
            "| 社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |\n"
            f"| 1、批发零售贸易业 | 万元 | 373390 | 1044727 | 0.6 | {share} |\n| 2、餐饮业 | 万元 | 14191 | 129123 | 14.7 | 11.00 |\n")
    found = dict(trees(tmp_path, text))
    assert found[f"1、批发零售贸易业 结构(%) {share}"] == verdict and found["2、餐饮业 结构(%) 11.00"] == "consistent"
