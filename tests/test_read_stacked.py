"""read.stacked: a table a text prints one cell a line (a web table's copied text)."""
from pipeline.read.stacked import stacked_tables

HEADER = ["年度", "每10股派息数(元)", "现金分红的数额(元)", "归属于本公司股东的净利润(元)", "占归属于本公司股东的净利润的比率(%)"]
ROWS = [["2019", "5.89", "957,590,868.96", "3,188,884,638.91", "30.03"],
        ["2018", "4.24", "689,335,362.38", "3,440,980,103.08", "20.03"]]


def lines(*blocks) -> str:
    return "\n".join(cell for block in blocks for cell in block)


def test_header_cells_then_rows_a_cell_a_line():
    text = lines(["本公司近三年分红情况如下:"], HEADER, *ROWS, ["注:以上数据来自年报。"])
    (table,) = stacked_tables(text, 1)
    assert table.columns == HEADER
    assert [list(r.values()) for r in table.rows] == ROWS
    a, b = table.report["text_span"]  # the rows are no sentences: their span is blanked for prose
    assert text[a:b].startswith("年度") and text[a:b].endswith("20.03")


def test_a_row_cut_short_ends_the_table_and_one_row_is_none():
    text = lines(HEADER, ROWS[0], ROWS[1][:3], ["下一段文字。"])
    assert stacked_tables(text, 1) == []  # the first row alone: no table


def test_a_list_of_short_lines_without_figures_is_no_table():
    text = lines(["投资要点", "业绩稳健", "维持评级", "2025年", "风险提示"])
    assert stacked_tables(text, 1) == []


def test_a_web_tables_cells_a_line_each_ended_by_its_separator_month_labels_and_ratios():
    # ten columns, each cell a line ending ' |' as a page's table comes out copied; months label the
    # rows; a ratio printed '6.57:1' is a figure
    header = ["月份", "出栏肉猪", "仔猪", "后备母猪", "猪肉零售", "玉米", "豆粕", "小麦麸", "配合料", "猪粮比价"]
    rows = [["1月平均", "17.09", "20.70", "1307", "26.53", "2.60", "4.38", "2.13", "3.47", "6.57:1"],
            ["2月平均", "16.71", "21.46", "1322", "26.56", "2.62", "4.41", "2.14", "3.47", "6.38:1"],
            ["3月平均", "14.42", "20.97", "1300", "24.17", "2.63", "4.45", "2.18", "3.48", "5.48:1"]]
    text = "表1 全省生猪及主要饲料原料均价\n" + "".join(c + " |\n" for r in [header] + rows for c in r)
    (table,) = stacked_tables(text, 1)
    assert table.cells == [header] + rows


def test_cells_a_line_with_a_blank_line_between_them():
    # a site's copy sets each cell off by a blank line ('主板·IPO上市\n\n29\n\n29\n\n…'): the same table, its span the
    # page's own; paragraphs set off alike are no table
    text = "新上市公司数量对比\n\n" + "\n\n".join(cell for block in (HEADER, *ROWS) for cell in block) + "\n\n注:以上数据来自年报。"
    (table,) = stacked_tables(text, 1)
    assert [list(r.values()) for r in table.rows] == ROWS
    a, b = table.report["text_span"]
    assert text[a:b].startswith("年度") and text[a:b].endswith("20.03")
    assert stacked_tables("公司营收增长。\n\n利润同比增长10%。\n\n维持评级。\n\n风险提示。", 1) == []


def test_labels_barred_on_both_sides_under_the_statement_s_caption():
    # a fund data site bars each row's label on both sides ('| 收入 |') and each figure after it ('32,281,262.71 |');
    # the caption above the header names the statement
    text = ("富国碳中和一年定开债发起式(014721)利润分配表\n| |\n2025-06-30 |\n2024-12-31 |\n| 收入 |\n32,281,262.71 |\n"
            "159,527,886.31 |\n| 利息合计 |\n61,577.52 |\n739,469.59 |\n")
    (table,) = stacked_tables(text, 1)
    assert [row[0] for row in table.cells[1:]] == ["收入", "利息合计"]
    assert table.title == "富国碳中和一年定开债发起式(014721)利润分配表"
