"""read.keydata: an A-share periodic report's key-data table, flattened by a web copy, gets its rows back —
glued figures split by their decimals one way only, a row that splits two ways left out."""
from pipeline.ingest import read_document
from pipeline.read.keydata import unflatten
from pipeline.verify import run_families, without_repeats

PERIOD_HEADER = "项目本报告期本报告期比上年同期增减变动幅度(%)年初至报告期末年初至报告期末比上年同期增减变动幅度(%)"
BALANCE_HEADER = "本报告期末上年度末本报告期末比上年度末增减变动幅度(%)"


def rows(page: str) -> list[list[str]]:
    return [[c.strip() for c in line.strip("| ").split(" | ")] for line in unflatten(page).split("\n")
            if line.startswith("| ") and "---" not in line and not line.startswith("| 项目")]


def test_glued_rows_split_by_their_decimals():
    page = (f"(一)主要会计数据和财务指标\n单位:元 币种:人民币\n{PERIOD_HEADER}\n"
            "营业收入8,611,365,102.9911.3531,357,599,777.4317.25\n"
            "经营活动产生的现金流量净额不适用不适用11,434,809,004.0556.56\n"
            "基本每股收益(元/股)2.4111.069.3020.31\n"
            "加权平均净资产收益率(%)6.88减少3.85个百分点33.87减少5.01个百分点\n"
            f"{BALANCE_HEADER}\n总资产49,738,127,636.8044,095,837,995.1912.80\n注:“本报告期”指本季度初至本季度末3个月期间。")
    assert rows(page) == [
        ["营业收入", "8,611,365,102.99", "11.35", "31,357,599,777.43", "17.25"],
        ["经营活动产生的现金流量净额", "不适用", "不适用", "11,434,809,004.05", "56.56"],
        ["基本每股收益(元/股)", "2.41", "11.06", "9.30", "20.31"],
        ["加权平均净资产收益率(%)", "6.88", "减少3.85个百分点", "33.87", "减少5.01个百分点"],
        ["总资产", "49,738,127,636.80", "44,095,837,995.19", "12.80"]]


def test_a_table_in_thousands_with_one_decimal_changes_and_a_name_wrapped_after_its_figures():
    # '-23.8' then '110,584,315' (not '-23.81' then '10,584,315': the row's last change has one decimal)
    page = ("项目本报告期本报告期比 上年同期增 减变动幅度 (%)年初至报告期末年初至报告期 末比上年同期 增减变动幅度 (%)\n"
            "营业收入36,148,319-23.8110,584,315-21.2\n"
            "经营活动产生的现金流不适用不适用21,110,314-18.0\n量净额    \n"
            "基本每股收益(元/股)0.36-0.00.94-14.5\n")
    assert rows(page) == [["营业收入", "36,148,319", "-23.8", "110,584,315", "-21.2"],
                          ["经营活动产生的现金流量净额", "不适用", "不适用", "21,110,314", "-18.0"],
                          ["基本每股收益(元/股)", "0.36", "-0.0", "0.94", "-14.5"]]


def test_the_whole_table_on_one_spaced_line_and_wrapped_pipe_cells():
    page = ("本报告期末 上年度末 本报告期末比上年度末增减变动幅 度(%) 总资产 10,619,712,403.47 10,686,045,951.98 -0.62 "
            "归属于上市公司股东的 所有者权益 10,119,678,609.66 9,912,186,393.65 2.09 注:下同。")
    assert rows(page) == [["总资产", "10,619,712,403.47", "10,686,045,951.98", "-0.62"],
                          ["归属于上市公司股东的所有者权益", "10,119,678,609.66", "9,912,186,393.65", "2.09"]]
    piped = ("| | 本报告期末 | 上年度末 | 本报告期末比\n上年度末增减\n变动幅度(%) | | 总资产 | 649,351 | 630,131 | 3.1 |"
             " | 归属于上市公司股东的净\n资产 | 300,000 | 290,000 | (3.4) |")
    assert rows(piped) == [["总资产", "649,351", "630,131", "3.1"], ["归属于上市公司股东的净资产", "300,000", "290,000", "(3.4)"]]


def test_a_row_that_splits_two_ways_is_left_out():
    # 1234.5 glued to 12.3 … with no separators to place the amounts' end: '12,345' could be '1,234' and '5…'
    page = f"{BALANCE_HEADER}\n总资产12345678912.3\n"
    assert rows(page) == []
    assert unflatten("营业收入同比增长12.3%。") == "营业收入同比增长12.3%。"


def test_a_copied_quarterly_report_is_verified_from_its_rows(tmp_path):
    # 49,738,127,636.80 ÷ 44,095,837,995.19 − 1 = 12.80%; the doubled header words and 不适用不适用 are no fake bold
    text = ("证券代码:600000证券简称:示例酒业\n示例酒业股份有限公司2024年第三季度报告\n一、主要财务数据\n(一)主要会计数据和财务指标\n"
            f"单位:元 币种:人民币\n{PERIOD_HEADER}\n营业收入8,611,365,102.9911.3531,357,599,777.4317.25\n"
            "经营活动产生的现金流量净额不适用不适用11,434,809,004.0556.56\n"
            f"{BALANCE_HEADER}\n总资产49,738,127,636.8044,095,837,995.19{{}}\n注:“本报告期”指本季度初至本季度末3个月期间,下同。\n")
    for change, verdict in (("12.80", "consistent"), ("13.80", "mismatch")):
        path = tmp_path / f"q{change}.txt"
        path.write_text(text.format(change), encoding="utf-8")
        doc = read_document(path)
        assert "| 经营活动产生的现金流量净额 | 不适用 | 不适用 | 11,434,809,004.05 | 56.56 |" in doc.pages[0].text
        # (as verify reports them: the change `growth` reads typed, `year_ago_columns` reads again by its columns, once)
        judged = [c["verdict"] for c in without_repeats(run_families(doc)[0]) if c["claim"].startswith("总资产")]
        assert judged == [verdict]


def test_headers_whose_cells_a_copy_wrapped_and_set_at_their_middles():
    # each header line's pieces in turn, the name cells wrapped around their figures too
    page = ("单位:人民币千元 年初至报告期 本报告期比上 年初至报告 末比上年同期 项目 本报告期 年同期增减变 期末 增减变动幅度 "
            "动幅度(%) (%) 营业总收入 2,658,516 99.1 6,868,770 10.3 归属于母公司 -3,769,832 不适用 -10,433,648 不适用 所有者的净利润 "
            "利润总额 -3,918,754 不适用 -10,349,376 不适用 增减变动幅 本报告期末 上年度末 度(%) 总资产 47,831,195 55,184,711 -13.3 "
            "归属于母公司的 33,142,782 39,925,772 -17.0 所有者权益 股本 901 890")
    assert rows(page) == [["营业总收入", "2,658,516", "99.1", "6,868,770", "10.3"],
                          ["归属于母公司所有者的净利润", "-3,769,832", "不适用", "-10,433,648", "不适用"],
                          ["利润总额", "-3,918,754", "不适用", "-10,349,376", "不适用"],
                          ["总资产", "47,831,195", "55,184,711", "-13.3"],
                          ["归属于母公司的所有者权益", "33,142,782", "39,925,772", "-17.0"]]


def test_a_first_quarter_s_period_beside_the_year_before_its_header_and_names_wrapped(tmp_path):
    # '本报告期 | 上年同期数 | 本报告期比上年同期增减变动幅度(%)', the header wrapped with its months '(1-3 月)' inside it:
    # 6,956,003,233.58 ÷ 6,751,925,018.36 − 1 = 3.02%; the ROE's change is in points (6.45 − 5.66)
    text = ("证券代码:603233 证券简称:示例药房\n关于2025年第一季度主要经营数据的公告\n1、主要会计数据 单位:元 币种:人民币\n"
            "项目 本报告期 上年同期数 本报告期比\n上年同期增减\n(1-3 月) 变动幅度(%)\n"
            "营业收入 6,956,003,233.58 6,751,925,018.36 {}\n"
            "归属于上市公司股东的净 459,997,850.70 398,450,103.92 15.45\n利润\n"
            "加权平均净资产收益率(%) 6.45 5.66 0.79\n本报告期末 上年度末 本报告期末比\n上年度末增减\n变动幅度(%)\n"
            "总资产 26,776,018,325.52 26,439,810,444.79 1.27\n")
    for change, verdict in (("3.02", "consistent"), ("4.02", "mismatch")):
        path = tmp_path / f"q{change}.txt"
        path.write_text(text.format(change), encoding="utf-8")
        got = {c["claim"].split(" ")[0]: c["verdict"] for c in run_families(read_document(path))[0]}
        assert got == {"营业收入": verdict, "归属于上市公司股东的净利润": "consistent", "加权平均净资产收益率": "consistent",
                       "总资产": "consistent"}


def test_the_shenzhen_header_says_增减_alone_and_prints_its_changes_with_a_percent(tmp_path):
    # '本报告期末 上年度末 本报告期末比上年度末增减' over rows a copy broke across lines, figures run together:
    # 4,496,298,326.78 ÷ 4,378,432,550.59 − 1 = 2.69%
    text = ("证券代码:300973 证券简称:示例食品\n示例食品股份有限公司2025年第三季度报告\n一、主要财务数据\n"
            "本报告期末 上年度末 本报告期末比上年度末增减总资产(元)4,496,298,326.78 4,378,432,550.59{}%归属于上市公司股东的所有者权益(元)\n"
            "2,700,510,203.64 2,563,794,380.085.33%公司报告期末至季度报告披露日股本是否因发行新股发生变化?是 □否\n")
    for change, verdict in (("2.69", "consistent"), ("3.69", "mismatch")):
        path = tmp_path / f"q{change}.txt"
        path.write_text(text.format(change), encoding="utf-8")
        got = {c["claim"]: c["verdict"] for c in without_repeats(run_families(read_document(path))[0])}
        assert got == {f"总资产 本报告期末 同比 {change}%": verdict,
                       "归属于上市公司股东的所有者权益 本报告期末 同比 5.33%": "consistent"}
