"""read/spaced: tables in a text's own lines, cells parted by single spaces (a PDF's text copied
out). Each test writes its own text; the end-to-end ones verify a report written to a file."""
from pipeline.ingest import read_document
from pipeline.read.spaced import spaced_tables
from pipeline.verify import verify


def two_pages(tmp_path, page1: str, page2: str):
    """A company note's text of two pages (a form feed between them), read."""
    path = tmp_path / "r.txt"
    path.write_text("示例科技(600000.SH)：年报点评\n示例证券 2025年4月30日\n\n" + page1 + "\f" + page2, encoding="utf-8")
    return read_document(path)


def test_a_table_copied_out_of_a_pdf_as_lines_of_words_and_figures(tmp_path):
    text = ("预计2025-2027年营收分别为85.58/112.31/140.45亿元。\n\n表1：财务摘要\n"
            "财务摘要 (百万元) 2023A 2024A 2025E 2026E\n营业收入 5,723 6,927 8,558 11,231\n"
            "(+/-)% 7.16% 21.03% 23.56% 31.23%\n每股收益 (元) 0.56 0.68 0.98 1.34\n资料来源：公司公告\n"
            "公司2024年与2025年 2026E 2027E 的目标不变\n")  # years in a sentence, no rows under them: no table
    (table,) = spaced_tables(text, 1)
    assert table.title == "表1：财务摘要"
    assert table.cells == [["财务摘要 (百万元)", "2023A", "2024A", "2025E", "2026E"],
                           ["营业收入", "5,723", "6,927", "8,558", "11,231"],
                           ["(+/-)%", "7.16%", "21.03%", "23.56%", "31.23%"], ["每股收益 (元)", "0.56", "0.68", "0.98", "1.34"]]
    # where its lines are, so that no family reads its rows as sentences
    start, end = table.report["text_span"]
    assert text[start:end].startswith("财务摘要 (百万元)") and text[start:end].endswith("1.34")
    path = tmp_path / "r.txt"
    path.write_text("沃尔核材(002130)：年报点评\n东北证券 2025年4月30日\n\n" + text.replace("23.56%", "24.56%"),
                    encoding="utf-8")
    growth = {c["claim"]: c["verdict"] for c in verify(read_document(path))["checks"] if "(+/-)%" in c["claim"]}
    assert growth["营业收入 (+/-)% 2025E 24.56%"] == "mismatch"   # 8,558 ÷ 6,927 − 1 = 23.55%
    assert growth["营业收入 (+/-)% 2024A 21.03%"] == "rounding"


STATEMENTS = """附录：财务报表预测（单位：百万元）
利润表 2023A 2024A 2025E 资产负债表 2023A 2024A 2025E
营业收入 1,000 1,200 1,500 流动资产 800 900 1,000
营业成本 600 700 900 非流动资产 400 500 600
营业利润 400 500 600 资产总计 1,200 1,400 1,600
公司研究 | 点评报告 示例证券
营业外收支 -10 20 0 负债合计 500 600 700
利润总额 390 520 600 股东权益合计 700 800 900
资料来源：公司公告，示例证券研究所
"""


def test_two_statements_side_by_side_on_the_same_lines_are_two_tables_across_a_page_cut():
    income, balance = spaced_tables(STATEMENTS, 1)
    assert income.cells[0] == ["利润表", "2023A", "2024A", "2025E"]
    assert balance.cells[0] == ["资产负债表", "2023A", "2024A", "2025E"]
    # the running header between 营业利润 and 营业外收支 is a page's, passed over; the source line ends both
    assert [r[0] for r in income.cells[1:]] == ["营业收入", "营业成本", "营业利润", "营业外收支", "利润总额"]
    assert balance.cells[-1] == ["股东权益合计", "700", "800", "900"]
    assert income.title == balance.title == "附录：财务报表预测（单位：百万元）"


def test_a_figure_planted_in_a_side_by_side_statement_is_flagged(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("示例科技(600000.SH)：年报点评\n示例证券 2025年4月30日\n\n" + STATEMENTS.replace("1,400 1,600", "1,400 1,650"),
                    encoding="utf-8")
    checks = verify(read_document(path))["checks"]
    totals = {c["claim"]: c["verdict"] for c in checks if c["family"] == "totals"}
    assert totals["资产总计 2024A 1400"] == "consistent"
    assert totals["资产总计 2025E 1650"] == "mismatch"   # 1,000 + 600


def test_periods_over_a_second_header_line_name_each_column():
    text = "表4：盈利预测调整\n2025E 2026E\n调整前 调整后 变动 调整前 调整后 变动\n归母净利润(百万元) 1,000 1,100 10.0% 1,200 1,320 10.0%\n"
    (table,) = spaced_tables(text, 1)
    assert table.cells == [[None, "2025E调整前", "2025E调整后", "2025E变动", "2026E调整前", "2026E调整后", "2026E变动"],
                           ["归母净利润(百万元)", "1,000", "1,100", "10.0%", "1,200", "1,320", "10.0%"]]
    # the words under the periods must repeat under each: else no header of this shape
    assert spaced_tables(text.replace("调整前 调整后 变动 调整前", "调整前 调整后 变动 预测"), 1) == []


def test_names_across_with_periods_down_and_a_comparables_table_with_summary_rows():
    years_down = ("年份 营业收入(百万元) 同比(%) 每股收益(元)\n2023A 52,367 - 1.06\n2024A 65,459 25.0 0.90\n"
                  "2025E 72,659 11.0 6.12\n资料来源：公司公告\n")
    (table,) = spaced_tables(years_down, 1)
    assert table.cells[0] == ["年份", "营业收入(百万元)", "同比(%)", "每股收益(元)"]
    assert table.cells[1:] == [["2023A", "52,367", "-", "1.06"], ["2024A", "65,459", "25.0", "0.90"],
                               ["2025E", "72,659", "11.0", "6.12"]]
    peers = ("公司名称 股票代码 股价(元) EPS 2025E PE 2025E\n可比甲 600681.SH 92.20 1.46 63.2\n"
             "可比乙 603625.SH 88.08 1.58 55.7\n可比丙 601700.SH 27.60 -0.85 NM\n平均值 59.5\n中值 59.5\n")
    (table,) = spaced_tables(peers, 1)
    assert table.cells[0] == ["公司名称", "股票代码", "股价(元)", "EPS 2025E", "PE 2025E"]  # a name and its period: one
    assert table.cells[3] == ["可比丙", "601700.SH", "27.60", "-0.85", "NM"]
    # fewer figures, one word: the figures are the last columns' — one alone under a summary's name
    assert table.cells[4:] == [["平均值", None, None, None, "59.5"], ["中值", None, None, None, "59.5"]]
    lone = peers.replace("平均值 59.5\n中值 59.5\n", "注释 59.5\n")
    assert len(spaced_tables(lone, 1)[0].cells) == 4  # one figure under another word: no row of the table
    two = peers.replace("平均值 59.5", "平均值 1.52 59.5")
    (table,) = spaced_tables(two, 1)
    assert table.cells[4] == ["平均值", None, None, "1.52", "59.5"]


def test_figures_with_their_units_and_changes_in_points_are_a_table_s_cells(tmp_path):
    # an analysis page's '指标 2024年 同比变化' over '营业收入 311.96亿元 +3.19%' and '净利率 43.2% -0.6个百分点'
    text = ("指标 2024年 同比变化\n营业收入 311.96亿元 +3.19%\n归母净利润 134.73亿元 +1.71%\n毛利率 -- -0.8个百分点\n"
            "净利率 {}% -0.6个百分点\n")
    (table,) = spaced_tables(text.format("43.2"), 1)
    assert table.cells[1] == ["营业收入", "311.96亿元", "+3.19%"] and table.cells[4] == ["净利率", "43.2%", "-0.6个百分点"]
    for printed, verdict in (("43.2", "consistent"), ("44.2", "unverifiable")):  # 134.73 ÷ 311.96 is 43.19%
        path = tmp_path / f"p{printed}.txt"
        path.write_text("样例酒业(000999)2024年度财务分析\n" + text.format(printed), encoding="utf-8")
        (margin,) = [c for c in verify(read_document(path))["checks"] if c["family"] == "margins"]
        # (a 净利率 no definition reproduces may count the minorities' profit, which the table does not print)
        assert (margin["reported"], margin["verdict"]) == (float(printed), verdict)


def test_prose_and_lists_of_words_are_no_table():
    text = ("我们预计公司2025-2027年营业收入分别为100、120、150亿元，维持买入评级。\n"
            "风险提示 需求不及预期 竞争加剧\n营收 100 120 150\n目标价 35.2 元\n"
            "公司 简称 评级\n甲 买入\n乙 增持\n")
    assert spaced_tables(text, 1) == []


def test_a_figure_run_into_the_next_tables_label_is_parted_there():
    # two tables nearly touching: a converter sets no space between '5500' and '营业收入'
    text = ("资产负债表(百万美元) 2023 2024 2025E利润表(百万美元) 2023 2024 2025E\n"
            "现金及现金等价物 6215 6364 5500营业收入 6322 8030 9333\n存货净额 2736 2958 3275营业成本 5104 6582 7444\n")
    balance, income = spaced_tables(text, 1)
    assert balance.cells == [["资产负债表(百万美元)", "2023", "2024", "2025E"], ["现金及现金等价物", "6215", "6364", "5500"],
                             ["存货净额", "2736", "2958", "3275"]]
    assert income.cells[0] == ["利润表(百万美元)", "2023", "2024", "2025E"]
    assert income.cells[1] == ["营业收入", "6322", "8030", "9333"]


def test_rows_a_page_break_cut_join_the_table_the_page_before_ended_with(tmp_path):
    """A converter's text of a PDF parts pages by form feeds; a layout engine printed the header
    once, so the rows at the top of the next page (under its running header) go on with the
    tables the page ended with, side by side as they were."""
    page1 = ("附录：财务报表预测（单位：百万元）\n利润表 2024A 2025E 资产负债表 2024A 2025E\n"
             "营业收入 1,000 1,200 流动资产 800 900\n营业成本 600 700 非流动资产 400 500\n")
    page2 = ("公司研究 | 点评报告 示例证券\n营业利润 400 500 资产总计 1,200 1,450\n"
             "利润总额 390 520 负债合计 500 600\n资料来源：公司公告\n")
    doc = two_pages(tmp_path, page1, page2)
    income = [t for t in doc.tables if t.kind == "financials" and any(r["item"] == "营业收入" for r in t.rows)]
    balance = [t for t in doc.tables if t.kind == "financials" and any(r["item"] == "流动资产" for r in t.rows)]
    assert len(income) == len(balance) == 1
    rows = {(r["item"], r["period"]): (r["value"], r["page"], r["statement"]) for r in balance[0].rows}
    assert rows[("资产总计", "2025E")] == (1450, 2, "balance") and rows[("流动资产", "2024A")] == (800, 1, "balance")
    assert {(r["item"], r["page"]) for r in income[0].rows if r["period"] == "2024A"} == {
        ("营业收入", 1), ("营业成本", 1), ("营业利润", 2), ("利润总额", 2)}
    # the parts and the first page's rows meet in one check: 900 + 500 is not 1,450
    totals = {c["claim"]: c["verdict"] for c in verify(doc)["checks"] if c["family"] == "totals"}
    assert totals["资产总计 2025E 1450"] == "mismatch" and totals["资产总计 2024A 1200"] == "consistent"


def test_a_statements_page_of_four_tables_two_by_two():
    """A statements page sets four tables two by two: a new header in one side's place starts that
    side's next table, words alone at a line's end are the heading of the table beside, and a line
    of one row, where one side has ended, is the side's whose rows print their figures alike."""
    text = ("资产负债表 利润表\n单位:百万元 2024A 2025E 单位:百万元 2024A 2025E\n"
            "货币资金 1,000 1,100 营业收入 5,000 5,500\n存货 400 450 营业成本 3,000 3,300\n"
            "资产总计 1,400 1,550 主要财务比率\n负债合计 600 650 2024A 2025E\n"
            "股东权益合计 800 900 毛利率 40.00 40.00\n净利率 10.50 11.20\n"
            "现金流量表\n单位:百万元 2024A 2025E ROE 8.20 8.90\n"
            "经营活动现金流 700 800 资产负债率 42.86 41.94\n投资活动现金流 (300) (350) 流动比率 1.52 1.60\n"
            "资料来源：公司公告\n")
    balance, income, ratios, cashflow = spaced_tables(text, 1)
    assert [r[0] for r in balance.cells[1:]] == ["货币资金", "存货", "资产总计", "负债合计", "股东权益合计"]
    assert [r[0] for r in income.cells[1:]] == ["营业收入", "营业成本"]
    assert ratios.cells[0] == [None, "2024A", "2025E"]
    # 净利率 alone on its line prints two decimals as the ratios do, not integers as the balance sheet
    assert [r[0] for r in ratios.cells[1:]] == ["毛利率", "净利率", "ROE", "资产负债率", "流动比率"]
    assert cashflow.cells == [["单位:百万元", "2024A", "2025E"], ["经营活动现金流", "700", "800"],
                              ["投资活动现金流", "(300)", "(350)"]]
    assert (balance.title, income.title) == ("资产负债表", "利润表") and ratios.title is None


def test_a_header_left_at_a_pages_foot_heads_the_rows_the_next_page_begins_with(tmp_path):
    page1 = ("利润表 2024A 2025E\n营业收入 1,000 1,200\n营业成本 600 700\n"
             "表2：主要财务指标（单位：百万元）\n2024A 2025E\n")
    page2 = "公司研究 | 点评报告 示例证券\n归母净资产 2,000 2,400\nROE(%) 12.5 13.0\n资料来源：公司公告\n"
    doc = two_pages(tmp_path, page1, page2)
    (ratios,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert ratios.title == "表2：主要财务指标（单位：百万元）"  # the caption left with its header
    assert ratios.cells == [[None, "2024A", "2025E"], ["归母净资产", "2,000", "2,400"], ["ROE(%)", "12.5", "13.0"]]
    assert "continues" not in ratios.report
    # the last row of a table above a header is no caption
    (_, balance) = spaced_tables("利润表 2024A 2025E\n营业收入 1,000 1,200\n净利润 100 120\n"
                                 "资产负债表 2024A 2025E\n资产总计 900 950\n负债合计 300 320\n", 1)
    assert balance.title is None


def test_a_header_written_cell_by_cell_at_a_pages_foot_heads_the_next_pages_rows(tmp_path):
    """The header a layout engine left at a page's foot, each forecast year over '(预测)' and so a
    line each in the text layer; its rows on the next page under the running header and footer."""
    page1 = ("利润表 2024A 2025E 2026E\n营业收入 1,000 1,200 1,300\n营业成本 600 700 760\n"
             "表2：主要财务指标（单位：百万元）\n2024A\n2025E\n(预测)\n2026E\n(预测)")
    page2 = ("公司研究 | 点评报告 示例证券\n请务必阅读正文之后的免责条款部分 3\n"
             "归母净资产 2,000 2,400 2,800\nROE(%) 12.5 13.0 14.0\n资料来源：公司公告\n")
    doc = two_pages(tmp_path, page1, page2)
    (ratios,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert ratios.title == "表2：主要财务指标（单位：百万元）"
    assert ratios.cells == [[None, "2024A", "2025E", "2026E"], ["归母净资产", "2,000", "2,400", "2,800"],
                            ["ROE(%)", "12.5", "13.0", "14.0"]]
    # lines of periods that end a page with no rows after them on it are no table of their own
    assert spaced_tables("表2：主要财务指标\n2024A\n2025E\n(预测)\n", 1) == []


def test_a_comparables_summary_row_the_page_cut_off_joins_its_table(tmp_path):
    page1 = ("表5：可比公司估值\n公司名称 股票代码 股价(元) EPS 2025E PE 2025E\n可比甲 600001.SH 20.00 1.00 20.0\n"
             "可比乙 600002.SH 30.00 1.00 30.0\n可比丙 600003.SH 45.00 1.00 45.0\n平均值 1.00 31.7\n")
    page2 = "公司研究 | 点评报告 示例证券\n中值 1.00 35.0\n资料来源：Wind\n"
    doc = two_pages(tmp_path, page1, page2)
    (part,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert part.cells[1] == ["中值", None, None, "1.00", "35.0"] and "continues" in part.report
    medians = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and "median" in c["formula"]]
    assert [(c["verdict"], c["reported"]) for c in medians if "PE" in c["claim"]] == [("mismatch", 35.0)]  # the median is 30.0


def test_a_header_row_written_cell_by_cell_is_one_header_again(tmp_path):
    """Header cells printed on two lines ('2025E' over '(预测)') come out of a converter a line at a
    time; read as one header of periods (the qualifiers left out), with a caption the page before
    ended with as its caption."""
    text = ("利润表 2023A 2024A\n2025E\n(预测)\n2026E\n(预测) 资产负债表 2023A 2024A\n2025E\n(预测)\n2026E\n(预测)\n"
            "营业收入 100 120 150 180 流动资产 50 60 70 80\n营业成本 60 70 90 100 货币资金 20 25 30 35\n")
    income, balance = spaced_tables(text, 1)
    assert income.cells[0] == ["利润表", "2023A", "2024A", "2025E", "2026E"]
    assert balance.cells[0] == ["资产负债表", "2023A", "2024A", "2025E", "2026E"]
    assert balance.cells[2] == ["货币资金", "20", "25", "30", "35"]
    # a line of words with no figure under it is no header stacked on lines
    assert spaced_tables("公司 2025E 展望\n维持\n营收 1 2 3\n", 1) == []
    path = tmp_path / "r.txt"
    path.write_text("示例科技(600000.SH)：年报点评\n示例证券 2025年4月30日\n表2：主要财务指标（单位：亿元）\f"
                    "公司研究 | 点评报告 示例证券\n2024A 2025E\nROE(%) 12.5 13.0\n资产负债率(%) 40.0 41.0\n", encoding="utf-8")
    (ratios,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert ratios.title == "表2：主要财务指标（单位：亿元）"


def test_labels_a_narrow_cell_wrapped_at_a_bracket_are_one_label_again():
    text = ("2024A 2025E\n营业收入(\n百万元) 11,439 14,985\n归母净利润\n(百万元) 2,177 2,757\n"
            "每股收益(\n元)\n0.44 0.56\n资产负债率\n(%)\n37.0 46.0\n经营活动现金流\n163.76 80.94\n"
            "成长能力\n营业收入增速 31.0 25.0\n")
    (table,) = spaced_tables(text, 1)
    # a label over a line of its figures alone is one row; a section's name over a labelled row is not
    assert [r[0] for r in table.cells[1:]] == ["营业收入(百万元)", "归母净利润(百万元)", "每股收益(元)", "资产负债率(%)",
                                               "经营活动现金流", "营业收入增速"]
    start, end = table.report["text_span"]  # the text's own lines, whatever was joined to read them
    assert text[start:end].startswith("2024A 2025E\n营业收入(") and text[start:end].endswith("营业收入增速 31.0 25.0")
    assert table.cells[3] == ["每股收益(元)", "0.44", "0.56"]


def test_periods_printed_cell_by_cell_over_a_second_header_line():
    text = ("表4：盈利预测调整\n2025E\n(预测)\n2026E\n(预测)\n调整前 调整后 变动 调整前 调整后 变动\n"
            "归母净利润(\n百万元)\n3,350 3,131 -6.5% 934 841 -10.0%\n")
    (table,) = spaced_tables(text, 1)
    assert table.cells == [[None, "2025E调整前", "2025E调整后", "2025E变动", "2026E调整前", "2026E调整后", "2026E变动"],
                           ["归母净利润(百万元)", "3,350", "3,131", "-6.5%", "934", "841", "-10.0%"]]
    assert table.title == "表4：盈利预测调整"


def test_labels_wrapped_with_no_bracket_are_joined_where_they_make_a_line_s_name():
    # '经营活动现金' over '流 3,455 3,360': the tail printed before the row's figures; joined where the two
    # make a line's name (data/line_items.json) or end as lines end ('其他非流动资' + '产'), never where the
    # tail is a line of its own ('存货' under a section's name)
    text = ("主要财务指标 2023A 2024A\n经营活动现金\n流 3,455 3,360\n投资活动现金\n流 -3,422 -1,951\n"
            "其他非流动资\n产 15,074 6,915\n流动资产\n存货 800 900\n筹资活动现金\n流\n2,624 653\n现金净增加额 33 1,409\n")
    (table,) = spaced_tables(text, 1)
    # (the tail on a line of its own, the figures on the next: '筹资活动现金' / '流' / '2,624 653')
    assert [r[0] for r in table.cells[1:]] == ["经营活动现金流", "投资活动现金流", "其他非流动资产", "存货", "筹资活动现金流",
                                               "现金净增加额"]


def test_a_label_wrapped_with_no_bracket_at_the_top_of_the_next_page_joins_its_row(tmp_path):
    page1 = "附录：财务报表预测（单位：百万元）\n资产负债表 2024A 2025E\n股东权益合计 600 700\n负债合计 500 600\n"
    page2 = "公司研究 | 点评报告 示例证券\n负债和股东权\n益 1,100 1,300\n资料来源：公司公告\n"
    doc = two_pages(tmp_path, page1, page2)
    (balance,) = [t for t in doc.tables if t.kind == "financials"]
    assert [r["item"] for r in balance.rows if r["period"] == "2025E"] == ["股东权益合计", "负债合计", "负债和股东权益"]


def test_a_comparables_header_and_one_row_at_a_page_s_foot_go_on_over_the_next_page(tmp_path):
    page1 = ("正文。\n表5：可比公司估值\n公司名称 股票代码 股价(元) PE 2025E PE 2026E\n"
             "可比甲 600005.SH 99.29 136.0 116.8\n")
    page2 = ("公司研究 | 点评报告 示例证券\n可比乙 601029.SH 76.39 40.4 29.4\n可比丙 601289.SH 45.56 31.9 22.8\n"
             "平均值 69.4 56.3\n资料来源：Wind\n")
    doc = two_pages(tmp_path, page1, page2)
    (peers,) = [t for t in doc.tables if t.kind == "comparables"]
    assert {r["company"] for r in peers.rows} == {"可比甲", "可比乙", "可比丙", "平均值"}
    means = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and c["formula"].startswith("mean")]
    assert [(c["reported"], c["verdict"]) for c in means] == [(69.4, "consistent"), (56.3, "consistent")]


def test_a_comparables_header_alone_at_a_page_s_foot_heads_the_next_page_s_rows(tmp_path):
    # every row went over the page break: the header's names say how many leading words a row has (name, code)
    page1 = "正文。\n表5：可比公司估值\n公司名称 股票代码 股价(元) EPS 2025E EPS 2026E PE 2025E PE 2026E\n"
    page2 = ("公司研究 | 点评报告 示例证券\n请务必阅读正文之后的免责条款部分\n"
             "可比甲 601098.SH 84.49 2.07 2.77 40.8 30.5\n可比乙 600634.SH 69.30 3.22 4.07 21.5 17.0\n"
             "可比丙 600848.SH 46.41 3.74 5.04 12.4 9.2\n平均值 {} 18.9\n资料来源：Wind\n")
    doc = two_pages(tmp_path, page1, page2.format("24.9"))
    (peers,) = [t for t in doc.tables if t.kind == "comparables"]
    assert {r["company"] for r in peers.rows} == {"可比甲", "可比乙", "可比丙", "平均值"}
    means = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and c["formula"].startswith("mean")]
    assert [(c["reported"], c["verdict"]) for c in means] == [(24.9, "consistent"), (18.9, "consistent")]
    doc = two_pages(tmp_path, page1, page2.format("26.9"))
    assert "mismatch" in {c["verdict"] for c in verify(doc)["checks"] if c["family"] == "comparables"}


def test_periods_over_words_left_at_a_page_s_foot_head_the_next_page_s_rows(tmp_path):
    # a revision table's two header lines end the page, its row starts the next (under a running header)
    page1 = "正文。\n表4：盈利预测调整\n2025E 2026E\n调整前 调整后 变动 调整前 调整后 变动\n"
    page2 = "公司研究 | 点评报告 示例证券\n归母净利润(百万元) 5,553 5,609 1.0% 5,262 4,616 -10.3%\n资料来源：公司公告\n"
    doc = two_pages(tmp_path, page1, page2)
    changes = {c["reported"]: c["verdict"] for c in verify(doc)["checks"] if c["family"] == "revisions"}
    assert changes == {1.0: "consistent", -10.3: "mismatch"}   # 5,609 ÷ 5,553 − 1 = 1.0%; 4,616 ÷ 5,262 − 1 = −12.3%


def test_a_header_printed_again_atop_the_next_page_goes_on_with_the_table(tmp_path):
    """A table cut by the page with its header printed again above the rows the next page holds
    (a word processor's repeated header row), the running header and footer between: one table."""
    header = "公司名称 股票代码 股价(元) EPS 2025E PE 2025E\n"
    page1 = "表5:可比公司估值\n" + header + "可比甲 600001.SH 20.00 1.00 20.0"
    page2 = ("公司研究 | 点评报告 示例证券\n请务必阅读正文之后的免责条款部分 4\n" + header +
             "可比乙 600002.SH 30.00 1.00 30.0\n可比丙 600003.SH 45.00 1.00 45.0\n平均值 1.00 31.7\n资料来源:Wind\n")
    doc = two_pages(tmp_path, page1, page2)
    (part,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert "continues" in part.report
    means = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and "mean" in c["formula"]]
    assert [(c["verdict"], c["reported"]) for c in means if "PE" in c["claim"]] == [("consistent", 31.7)]  # all three


# two statements abreast as a Word document's text layer sets them: the narrow label cells wrapped a
# line each, the second statement's name split off the header's end, each next label run onto the
# line of the figures before it
WRAPPED_ABREAST = """附录:财务报表预测(单位:亿元)
利润表 2023A 2024A 2025E 资产负
债表
2023A 2024A 2025E
营业收
入
266.52 357.14 382.14 流动资
产
191.89 157.14 305.71
营业成
本
189.50 207.14 248.77 货币资
金
90.19 78.57 116.17
销售费
用
9.33 7.14 22.16 存货 23.03 29.86 45.86
营业利
润
67.59 142.86 111.21 非流动
资产
135.93 253.57 286.61
请务必阅读正文之后的免责条款部分 2公司研究 | 点评报告
"""


def test_two_statements_abreast_with_labels_wrapped_a_line_each():
    income, balance = spaced_tables(WRAPPED_ABREAST, 1)
    assert income.cells[0] == ["利润表", "2023A", "2024A", "2025E"]
    assert balance.cells[0] == ["资产负债表", "2023A", "2024A", "2025E"]
    assert income.cells[1:] == [["营业收入", "266.52", "357.14", "382.14"], ["营业成本", "189.50", "207.14", "248.77"],
                                ["销售费用", "9.33", "7.14", "22.16"], ["营业利润", "67.59", "142.86", "111.21"]]
    assert [r[0] for r in balance.cells[1:]] == ["流动资产", "货币资金", "存货", "非流动资产"]
    assert balance.cells[-1] == ["非流动资产", "135.93", "253.57", "286.61"]
    # the page's foot ends both; the rows' offsets stay the page's
    lines = WRAPPED_ABREAST.split("\n")
    a, b = income.report["text_span"]
    assert WRAPPED_ABREAST[a:b].startswith("利润表") and WRAPPED_ABREAST[a:b].endswith("286.61")
    assert lines[-2] not in WRAPPED_ABREAST[a:b]


def test_two_statements_abreast_whose_second_header_is_a_line_of_its_own():
    # '利润表 P…' / '资产负' / '债表 P…', each label's tail on its figures' line ('营业收' / '入 266.52 …')
    text = ("利润表 2023A 2024A 2025E\n资产负\n债表 2023A 2024A 2025E\n营业收\n入 266.52 357.14 382.14\n流动资\n"
            "产 191.89 157.14 305.71\n营业成\n本 189.50 207.14 248.77\n货币资\n金 90.19 78.57 116.17\n"
            "销售费\n用 9.33 7.14 22.16 存货 23.03 29.86 45.86\n资料来源:公司公告\n")
    income, balance = spaced_tables(text, 1)
    assert [r[0] for r in income.cells] == ["利润表", "营业收入", "营业成本", "销售费用"]
    assert balance.cells[1:] == [["流动资产", "191.89", "157.14", "305.71"], ["货币资金", "90.19", "78.57", "116.17"],
                                 ["存货", "23.03", "29.86", "45.86"]]


def test_a_header_and_one_row_left_at_a_pages_foot_go_on_with_the_next_pages_rows(tmp_path):
    # a row split from its table by the page break (one row is no table of its own), the footer under it
    page1 = ("利润表 2024A 2025E\n营业收入 1,000 1,200\n营业成本 600 700\n表3：公司单季度营业收入（单位：亿元）\n"
             "2025Q1 2025Q2\n营业收入 195.61 159.64\n请务必阅读正文之后的免责条款部分 2\n")
    page2 = "公司研究 | 点评报告 示例证券\n环比 2.9% -18.4%\n同比 31.0% -2.0%\n资料来源：公司公告\n"
    doc = two_pages(tmp_path, page1, page2)
    (quarters,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert quarters.title == "表3：公司单季度营业收入（单位：亿元）"
    assert quarters.cells == [[None, "2025Q1", "2025Q2"], ["营业收入", "195.61", "159.64"], ["环比", "2.9%", "-18.4%"],
                              ["同比", "31.0%", "-2.0%"]]


def test_wrapped_rows_of_two_statements_abreast_a_page_break_cut_go_on_with_them(tmp_path):
    # the block's first rows under its header on one page, the rest atop the next under its running header
    page1 = "附录:财务报表预测(单位:亿元)\n" + "\n".join(WRAPPED_ABREAST.split("\n")[1:14]) + "\n请务必阅读正文之后的免责条款部分 2\n"
    page2 = ("公司研究 | 点评报告 示例证券\n营业利\n润\n67.59 142.86 111.21 非流动\n资产\n135.93 253.57 286.61\n"
             "利润总\n额\n66.00 140.00 110.00 资产总\n计\n327.82 410.71 592.32\n资料来源:公司公告\n")
    doc = two_pages(tmp_path, page1, page2)
    income, balance = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert income.cells == [["利润表", "2023A", "2024A", "2025E"], ["营业利润", "67.59", "142.86", "111.21"],
                            ["利润总额", "66.00", "140.00", "110.00"]]
    assert [r[0] for r in balance.cells[1:]] == ["非流动资产", "资产总计"]
    assert income.report["continues"] != balance.report["continues"]


def test_two_statements_abreast_under_a_header_written_a_cell_a_line():
    # each forecast year over '(预测)', a line each, the second statement's name split: one header again
    text = ("利润表 2023A 2024A\n2025E\n(预测)\n2026E\n(预测)\n资产负\n债表 2023A 2024A\n2025E\n(预测)\n2026E\n(预测)\n"
            "营业收\n入 42,002 55,443 66,531 63,205\n流动资\n产 31,922 24,949 38,588 44,876\n营业成\n本 26,335 25,725 50,031 36,532\n"
            "货币资\n金 13,407 8,233 13,120 17,950\n资料来源:公司公告\n")
    income, balance = spaced_tables(text, 1)
    assert income.cells[0] == ["利润表", "2023A", "2024A", "2025E", "2026E"]
    assert income.cells[1:] == [["营业收入", "42,002", "55,443", "66,531", "63,205"], ["营业成本", "26,335", "25,725", "50,031", "36,532"]]
    assert balance.cells[0][0] == "资产负债表" and [r[0] for r in balance.cells[1:]] == ["流动资产", "货币资金"]


def test_a_row_under_its_tables_header_printed_again_atop_the_next_page_goes_on_with_it(tmp_path):
    # a word processor repeats a table's title row on each page: the one row under it is the table's
    # last, and the rows of a header repeated over several are the table's too, never a table of their own
    page1 = "附录:财务报表预测(单位:百万元)\n利润表 2024A 2025E\n营业收入 1,000 1,200\n营业成本 600 700\n净利润 300 400\n"
    page2 = ("公司研究 | 点评报告 示例证券\n利润表 2024A 2025E\n归属母公司净\n利润 280 370\n"
             "表2：主要财务指标\n2024A 2025E\nROE(%) 12.5 13.0\n每股收益 1.20 1.50\n")
    doc = two_pages(tmp_path, page1, page2)
    (part,) = [t for t in doc.tables if t.kind == "other" and t.page == 2 and t.cells[0][0] == "利润表"]
    assert part.cells == [["利润表", "2024A", "2025E"], ["归属母公司净利润", "280", "370"]] and "continues" in part.report
    page2 = "公司研究 | 点评报告 示例证券\n利润表 2024A 2025E\n所得税 20 30\n归属母公司净利润 280 370\n资料来源:公司公告\n"
    doc = two_pages(tmp_path, page1, page2)
    (part,) = [t for t in doc.tables if t.kind == "other" and t.page == 2]
    assert [r[0] for r in part.cells[1:]] == ["所得税", "归属母公司净利润"] and "continues" in part.report


def test_a_data_site_s_operating_page_its_cells_scaled_and_its_parts_lines(tmp_path):
    # 同花顺's '运营业务数据': cells carry their scale ('61.01亿'), columns the days reports close, rows a part's revenue and
    # its growth ('刻蚀设备营业收入同比增长率(%)'): 61.01 ÷ 44.13 − 1 = 38.25%, the year before's column printed
    page = ("运营业务数据\n业务名称 2025-09-30 2025-06-30 2024-12-31 2024-09-30 2024-06-30\n"
            "薄膜设备营业收入(元) 4.03亿 - - - -\n薄膜设备营业收入同比增长率(%) 1332.69 - - - -\n"
            "刻蚀设备营业收入(元) 61.01亿 - - 44.13亿 26.98亿\n刻蚀设备营业收入同比增长率(%) {} - - 53.77 56.68\n"
            "专利数量:授权专利(个) - 127.00 249.00 - 126.00\n")
    (table,) = spaced_tables(page.format("38.26"), 1)
    assert table.cells[3] == ["刻蚀设备营业收入(元)", "61.01亿", "-", "-", "44.13亿", "26.98亿"]
    for growth, verdict in (("38.26", "rounding"), ("48.26", "mismatch")):
        path = tmp_path / "operate.txt"
        path.write_text("中微公司 688012\n" + page.format(growth), encoding="utf-8")
        judged = [c["verdict"] for c in verify(read_document(path))["checks"] if c["claim"].startswith("刻蚀设备营业收入 ")
                  and "2025-09-30" in c["claim"]]
        assert judged == [verdict]


def test_rules_under_a_header_and_between_groups_of_rows():
    # a terminal-style export's '─────' under its header and between groups: each group a table under the header
    text = ("项目名 营业收入(元) 收入比例(%)\n─────────────\n甲产品 3.65亿 58.37\n乙产品 2.60亿 41.63\n"
            "─────────────\n线下 5.48亿 87.56\n线上 0.77亿 12.44\n")
    tables = spaced_tables(text, 1)
    assert [t.cells[1:] for t in tables] == [[["甲产品", "3.65亿", "58.37"], ["乙产品", "2.60亿", "41.63"]],
                                             [["线下", "5.48亿", "87.56"], ["线上", "0.77亿", "12.44"]]]
    assert all(t.cells[0] == ["项目名", "营业收入(元)", "收入比例(%)"] for t in tables)


def test_the_header_s_words_again_under_another_stub_open_the_next_group():
    # '分产品 营业收入 占比 毛利率' under '分行业 …' rows: a row of the table, the next group's opener, not a line passed over
    text = ("分行业 营业收入 占比 毛利率\n装饰材料业务 32.82亿元 83.98% 16.74%\n定制家居业务 5.94亿元 15.2% 20.71%\n"
            "分产品 营业收入 占比 毛利率\n装饰材料 30.63亿元 78.37% 10.83%\n柜类 4.18亿元 10.69% 22.37%\n")
    (table,) = spaced_tables(text, 1)
    assert [r[0] for r in table.cells] == ["分行业", "装饰材料业务", "定制家居业务", "分产品", "装饰材料", "柜类"]
