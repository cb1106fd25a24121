"""read/borderless: tables drawn without rulings, read from word positions. Each test
draws its own PDF with reportlab and reads the characters back as ingest does."""
import pdfplumber
import pytest

from pipeline import layout
from pipeline.read import borderless
from pipeline.samples import FONT, _canvas, _text


def draw(path, rows, x=40, top=760, pitch=16):
    """rows: list of [(x, text), ...] drawn top to bottom; numbers right-aligned at x when x < 0."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, _ = _canvas(path)
    for k, row in enumerate(rows):
        for at, text in row:
            if at < 0:
                _text(c, -at - stringWidth(text, FONT, 8), top - pitch * k, text, 8)
            else:
                _text(c, at, top - pitch * k, text, 8)
    c.save()
    with pdfplumber.open(path) as pdf:
        return pdf.pages[0].chars


def grid_rows(chars):
    return [(g.title, g.header, g.rows, g.groups) for g in borderless.read_grids(chars)]


@pytest.mark.parametrize("text,period", [("2024A", True), ("2026E", True), ("1Q25A", True), ("2025Q3", True),
                                         ("2023", True), ("FY24", True), ("2H24", True), ("12,345", False),
                                         ("营业收入", False), ("2024-05", True), ("2025年预测", True), ("2025(E)", True)])
def test_period_labels(text, period):
    assert borderless.is_period(text) is period


@pytest.mark.parametrize("text,value", [("1,234", True), ("(1,234)", True), ("-9%", True), ("13.9%", True),
                                        ("12.5x", True), ("N.M.", True), ("-", True), ("--", True), ("---", True),
                                        ("4,560.00*", True), ("na", True),
                                        ("营业收入", False), ("1.2.3", False)])
def test_value_cells(text, value):
    assert borderless.is_value(text) is value


def test_two_tables_side_by_side_with_no_stub_word_over_the_right_one(tmp_path):
    years = ["2023A", "2024A", "2025E"]
    left = lambda cells: [(40, cells[0])] + [(-(150 + 40 * i), v) for i, v in enumerate(cells[1:])]  # noqa: E731
    right = lambda cells: [(300, cells[0])] + [(-(410 + 40 * i), v) for i, v in enumerate(cells[1:])]  # noqa: E731
    rows = [
        [(40, "利润表"), (300, "主要财务比率")],
        left(["单位：百万元"] + years) + [(-(410 + 40 * i), y) for i, y in enumerate(years)],
        left(["营业收入", "45,250", "57,796", "69,402"]) + [(300, "成长能力")],
        left(["营业成本", "(35,346)", "(47,051)", "N.M."]) + right(["营业收入", "-9%", "28%", "20%"]),
        left(["净利润", "6,396", "-", "6,814"]) + right(["毛利率", "21.9%", "18.6%", "21.0%"]),
        [(40, "资料来源：公司公告")],
    ]
    chars = draw(tmp_path / "side.pdf", rows)
    got = grid_rows(chars)
    assert len(got) == 2
    (t1, h1, r1, _), (t2, h2, r2, g2) = got
    assert t1 == ["利润表"] and h1 == ["单位：百万元", "2023A", "2024A", "2025E"]
    assert r1 == [["营业收入", "45,250", "57,796", "69,402"], ["营业成本", "(35,346)", "(47,051)", "N.M."],
                  ["净利润", "6,396", "-", "6,814"]]
    assert t2 == ["主要财务比率"] and h2[1:] == years
    assert r2 == [["营业收入", "-9%", "28%", "20%"], ["毛利率", "21.9%", "18.6%", "21.0%"]]
    assert g2 == ["成长能力", "成长能力"]  # the section heading each row sits under


def test_a_label_wrapped_onto_two_lines_is_one_label(tmp_path):
    rows = [
        [(40, "单位：百万元"), (-180, "2024A"), (-230, "2025E")],
        [(40, "归属于母公司股东")],
        [(40, "的净利润"), (-180, "3,699"), (-230, "5,614")],
        [(40, "每股收益（元）"), (-180, "0.46"), (-230, "0.70")],
    ]
    (_, _, cells, groups), = grid_rows(draw(tmp_path / "wrap.pdf", rows))
    assert cells == [["归属于母公司股东的净利润", "3,699", "5,614"], ["每股收益（元）", "0.46", "0.70"]]


@pytest.mark.parametrize("values_at", [0, 5, 10])  # beside the label's first line, between its lines, beside the last
def test_a_label_wrapped_under_its_values_is_one_label(tmp_path, values_at):
    # rows 16pt apart; a label broken at the column's edge goes on 10pt lower, its values beside
    # either line or between them
    at = {0: [(40, "单位：百万元"), (-180, "2024A"), (-230, "2025E")],
          16: [(40, "少数股东损益"), (-180, "80"), (-230, "156")],
          32: [(40, "归属于母公司所有者的")], 42: [(40, "净利润")],
          58: [(40, "每股收益（元）"), (-180, "0.33"), (-230, "0.50")],
          74: [(40, "成长能力")], 90: [(40, "营业收入"), (-180, "15.0%"), (-230, "20.0%")]}
    at[32 + values_at] = at.get(32 + values_at, []) + [(-180, "1,000"), (-230, "1,500")]
    rows = [at.get(y, []) for y in range(91)]
    (_, _, cells, groups), = grid_rows(draw(tmp_path / "wrap.pdf", rows, pitch=1))
    assert [r[0] for r in cells] == ["少数股东损益", "归属于母公司所有者的净利润", "每股收益（元）", "营业收入"]
    assert cells[1][1:] == ["1,000", "1,500"]
    assert groups[-1] == "成长能力"  # a heading a row's pitch below the row above is no rest of its label


def test_the_last_rows_label_wrapped_under_it_stays_with_the_table(tmp_path):
    at = {0: [(40, "单位：百万元"), (-180, "2024A"), (-230, "2025E")],
          16: [(40, "筹资活动现金流"), (-180, "964"), (-230, "1,148")],
          32: [(40, "现金及现金等价物"), (-180, "-905"), (-230, "-1,342")], 41: [(40, "净增加额")],
          70: [(40, "资料来源：公司公告")]}
    rows = [at.get(y, []) for y in range(71)]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "last.pdf", rows, pitch=1))
    assert [r[0] for r in cells] == ["筹资活动现金流", "现金及现金等价物净增加额"]


def test_labels_wrapped_to_a_short_last_line_stay_one_stub_column(tmp_path):
    # a CAS label wraps at the column's edge, leaving ')' or '号填列)' alone on its last line at the
    # same left edge: the stub is still one column (it was two, and the table no statement)
    at = {0: [(40, "单位：千元"), (-230, "2024年度"), (-290, "2023年度")],
          16: [(40, "投资收益(损失以“-”号填列"), (-230, "1,099,723"), (-290, "250,095")], 25: [(40, ")")],
          41: [(40, "汇兑收益(损失以“-”号填列"), (-230, "-"), (-290, "-")], 50: [(40, ")")],
          66: [(40, "净敞口套期收益(损失以“-”"), (-230, "-"), (-290, "-")], 75: [(40, "号填列)")],
          91: [(40, "营业外收入"), (-230, "16,513"), (-290, "11,716")]}
    rows = [at.get(y, []) for y in range(92)]
    (_, header, cells, _), = grid_rows(draw(tmp_path / "wrapped.pdf", rows, pitch=1))
    assert [r[0] for r in cells] == ["投资收益(损失以“-”号填列)", "汇兑收益(损失以“-”号填列)",
                                     "净敞口套期收益(损失以“-”号填列)", "营业外收入"]
    assert [len(r) for r in cells] == [3, 3, 3, 3]


def test_a_figure_with_a_footnotes_asterisk_is_a_value(tmp_path):
    # '4,560.00*' (restated, see the note): the rows after it stay in the table
    at = {0: [(40, "单位：亿元"), (-180, "2025年Q1"), (-240, "2024年Q1")],
          16: [(40, "扣非净利润"), (-180, "6,855.40"), (-240, "4,560.00*")],
          32: [(40, "基本每股收益"), (-180, "0.02"), (-240, "0.02")]}
    rows = [at.get(y, []) for y in range(33)]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "asterisk.pdf", rows, pitch=1))
    assert cells == [["扣非净利润", "6,855.40", "4,560.00*"], ["基本每股收益", "0.02", "0.02"]]


def test_prose_with_years_is_not_a_table(tmp_path):
    rows = [[(40, "我们预测公司2025年和2026年的收入将继续增长，主要受益于产能扩张与价格回升。")],
            [(40, "2025"), (90, "2026"), (140, "年度展望")],
            [(40, "风险提示：下游需求不及预期。")]]
    assert grid_rows(draw(tmp_path / "prose.pdf", rows)) == []


def test_template_markers_are_dropped_where_they_overprint_a_caption():
    def chars(text, x0, font, colour):
        return [{"text": ch, "x0": x0 + 5 * i, "x1": x0 + 5 * i + 5, "top": 100, "bottom": 109, "size": 9,
                 "fontname": font, "non_stroking_color": colour} for i, ch in enumerate(text)]
    page = chars("[Table_Finance2]", 70, "Arial", (0, 0, 1)) + chars("资产负债表", 70, "KaiTi", (0, 0, 0)) \
        + chars("[注]", 200, "KaiTi", (0, 0, 0))
    kept = layout.drop_template_markers(page)
    assert "".join(c["text"] for c in kept) == "资产负债表[注]"


def test_a_table_headed_by_names_not_periods_is_read_with_its_caption_and_wrapped_header(tmp_path):
    rows = [
        [(40, "表1：基于HT模型的择时策略业绩统计")],
        [(40, "业绩"), (180, "年化"), (250, "最大")],
        [(40, "指标"), (180, "收益"), (250, "回撤")],
        [(40, "HT模型"), (-200, "9.71%"), (-280, "43.94%")],
        [(40, "HHT模型"), (-200, "10.13%"), (-280, "44.81%")],
        [(40, "基准"), (-200, "6.52%"), (-280, "--")],
        [(40, "资料来源：Wind")],
    ]
    (title, header, cells, _), = grid_rows(draw(tmp_path / "named.pdf", rows))
    assert title == ["表1：基于HT模型的择时策略业绩统计"]
    assert header == ["业绩指标", "年化收益", "最大回撤"]  # a header wrapped over two lines, joined per column
    assert cells == [["HT模型", "9.71%", "43.94%"], ["HHT模型", "10.13%", "44.81%"], ["基准", "6.52%", "--"]]


def test_chart_axis_ticks_are_not_a_table(tmp_path):
    # two charts side by side: each row holds the left and the right axis tick, and no label
    rows = [[(40, "图3：净值走势"), (300, "图4：回撤")]] + \
        [[(-60, f"{v}%"), (-320, f"{v * 2}%")] for v in (40, 30, 20, 10, 0)]
    assert grid_rows(draw(tmp_path / "axes.pdf", rows)) == []


def test_a_statement_drawn_rotated_reads_row_by_row(tmp_path):
    """A landscape statements page set on a portrait page: every glyph turned a quarter."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "rotated.pdf"
    c, (w, h) = _canvas(path)
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)  # x now runs up the page
    rows = [["利润表（百万元）", "2024A", "2025E", "2026E"], ["营业收入", "57,796", "70,652", "78,639"],
            ["营业成本", "(47,051)", "(57,105)", "(63,575)"], ["净利润", "5,373", "7,508", "9,339"]]
    for k, row in enumerate(rows):
        y = 500 - 18 * k
        _text(c, 60, y, row[0], 9)
        for i, cell in enumerate(row[1:]):
            _text(c, 260 + 80 * (i + 1) - stringWidth(cell, FONT, 9), y, cell, 9)
    c.restoreState()
    c.save()
    # the characters as pdfplumber reads them: reportlab's CJK font is not embedded, and
    # PDFium draws no rotated glyph of a font it does not have (real reports embed theirs)
    from pipeline.ingest import extract_pdf_page
    from pipeline.normalize.financials import financial_rows
    from pipeline.pdfium_page import PageObjects

    with pdfplumber.open(path) as pdf:
        raw = extract_pdf_page(PageObjects.from_pdfplumber(pdf.pages[0]), 1)
    (table,) = raw.tables
    assert table.source == "borderless" and table.cells[0] == ["利润表（百万元）", "2024A", "2025E", "2026E"]
    rows = {(r["item"], r["period"]): (r["value"], r["unit"]) for r in financial_rows(table)}
    assert rows[("营业收入", "2025E")] == (70652, "百万元") and rows[("营业成本", "2026E")] == (-63575, "百万元")
    assert rows[("净利润", "2024A")] == (5373, "百万元")


def test_a_section_label_set_down_the_side_is_the_group_of_the_rows_beside_it(tmp_path):
    """成/长 and 盈/利 written one character per line left of the labels: each is the
    section of the two rows it spans, and no character lands in a row's label."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, _ = _canvas(tmp_path / "vertical.pdf")
    top = 700
    for i, period in enumerate(["2024A", "2025E"]):
        _text(c, 230 + 60 * i - stringWidth(period, FONT, 8), top, period, 8)
    body = [("营业收入增长率", "21.0%", "16.0%"), ("净利润增长率", "45.1%", "29.2%"), ("毛利率", "22.6%", "23.8%"),
            ("净利率", "7.6%", "8.4%")]
    for k, (label, a, b) in enumerate(body):
        y = top - 16 * (k + 1)
        _text(c, 60, y, label, 8)
        _text(c, 230 - stringWidth(a, FONT, 8), y, a, 8)
        _text(c, 290 - stringWidth(b, FONT, 8), y, b, 8)
    for start, word in ((1, "成长"), (3, "盈利")):  # one character per 8-point line, beside two rows
        for j, ch in enumerate(word):
            _text(c, 42, top - 16 * start - 8 * j, ch, 8)
    c.save()
    with pdfplumber.open(tmp_path / "vertical.pdf") as pdf:
        chars = pdf.pages[0].chars
    (_, _, cells, groups), = grid_rows(chars)
    assert [r[0] for r in cells] == ["营业收入增长率", "净利润增长率", "毛利率", "净利率"]
    assert groups == ["成长", "成长", "盈利", "盈利"]


def test_one_character_cells_in_a_column_are_no_vertical_label(tmp_path):
    rows = [[(40, "指标"), (-180, "2024A"), (-230, "2025E")],
            [(40, "鲁棒性"), (-180, "1.2"), (-230, "1.3"), (260, "强")],
            [(40, "收敛速度"), (-180, "2.2"), (-230, "2.4"), (260, "快")]]
    chars = draw(tmp_path / "cells.pdf", rows)
    tokens = borderless.rows_of(borderless.tokens_of(chars))
    assert borderless.vertical_labels(tokens)[1] == []


def test_growth_columns_among_the_periods_stay_in_the_table(tmp_path):
    # a results table: the 同比 and 环比 columns are the table's, not the stub of another
    cols = [150, 200, 250, 300, 350]
    line = lambda cells: [(40, cells[0])] + [(-x, v) for x, v in zip(cols, cells[1:])]  # noqa: E731
    rows = [line(["百万元", "3Q25", "3Q24", "同比", "2Q25", "环比"]),
            line(["营业收入", "1,200", "1,000", "+20.0%", "1,100", "+9.1%"]),
            line(["毛利率", "30.0%", "28.0%", "+2.0pct", "29.5%", "+0.5pct"])]
    (_, header, cells, _), = grid_rows(draw(tmp_path / "quarters.pdf", rows))
    assert header == ["百万元", "3Q25", "3Q24", "同比", "2Q25", "环比"]
    assert cells == [["营业收入", "1,200", "1,000", "+20.0%", "1,100", "+9.1%"],
                     ["毛利率", "30.0%", "28.0%", "+2.0pct", "29.5%", "+0.5pct"]]


def test_a_row_of_words_with_its_own_label_is_a_row_of_the_table(tmp_path):
    # '审计意见 | 未经审计 | 无保留意见' right under the periods is a row of text, not the header's second
    # line (which would make the periods '2024-09-30未经审计'); a row of words with no label, 'A A'
    # under '1Q23 2Q23', stays the header's
    at = {0: [(40, "单位：万元"), (-180, "2024-09-30"), (-240, "2023-12-31")],
          16: [(40, "审计意见"), (-180, "未经审计"), (-240, "---")],
          32: [(40, "营业总收入"), (-180, "38239.89"), (-240, "44072.80")],
          48: [(40, "扣非净利润"), (-180, "-2503.10"), (-240, "679.71")]}
    rows = [at.get(y, []) for y in range(49)]
    (_, header, cells, _), = grid_rows(draw(tmp_path / "text_row.pdf", rows, pitch=1))
    assert header[1:] == ["2024-09-30", "2023-12-31"]
    assert cells == [["审计意见", "未经审计", "---"], ["营业总收入", "38239.89", "44072.80"],
                     ["扣非净利润", "-2503.10", "679.71"]]


@pytest.mark.parametrize("align", ["left", "centre", "right"])
def test_periods_over_their_forecasts_name_the_columns_under_them(tmp_path, align):
    # a revision table's two-level header: each year set over its own 调整前/调整后/变动 (left, centred
    # or right over the three), one row of net profit under it — a table, though one row alone
    cols = [150, 200, 250, 300, 350, 400]
    over = {"left": lambda g: cols[3 * g] - 20, "centre": lambda g: cols[3 * g + 1] - 8, "right": lambda g: cols[3 * g + 2] - 20}
    rows = [[(40, "表：盈利预测调整")],
            [(over[align](g), y) for g, y in enumerate(("2025E", "2026E"))],
            [(-x, w) for x, w in zip(cols, ["调整前", "调整后", "变动"] * 2)],
            [(40, "归母净利润(百万元)")] + [(-x, v) for x, v in zip(cols, ["9,629", "8,521", "-11.5%", "12,721", "14,792", "16.3%"])],
            [(40, "资料来源：公司公告")]]
    (title, header, cells, _), = grid_rows(draw(tmp_path / "revision.pdf", rows))
    assert title == ["表：盈利预测调整"]
    assert header[1:] == ["2025E调整前", "2025E调整后", "2025E变动", "2026E调整前", "2026E调整后", "2026E变动"]
    assert cells == [["归母净利润(百万元)", "9,629", "8,521", "-11.5%", "12,721", "14,792", "16.3%"]]


def test_one_row_under_periods_alone_is_no_table(tmp_path):
    # without a second header row naming forecasts, a row of figures under a row of years stays prose's
    rows = [[(-150, "2024A"), (-200, "2025E")], [(40, "营业收入"), (-150, "1,000"), (-200, "1,200")],
            [(40, "资料来源：公司公告")], [(40, "正文继续。")] * 1, [(40, "又一段正文，没有数字。")]]
    assert grid_rows(draw(tmp_path / "one.pdf", rows)) == []


def _at(rows_by_y):
    """Rows drawn at the given heights below the top (pitch 1): {y: [(x, text), ...]}."""
    return [rows_by_y.get(y, []) for y in range(max(rows_by_y) + 1)]


@pytest.mark.parametrize("qualifier_at", ["foot", "head"])
def test_periods_printed_over_a_second_line_in_their_cells_stay_one_header(tmp_path, qualifier_at):
    # '2025E' over '(预测)' in the forecast years' cells: set at the row's foot, the periods ride
    # 10pt above the one-line cells' (2023A 2024A); set at its head, '(预测)' makes a line under them
    cols = [150, 200, 250, 300, 350]
    top, low = (0, 10) if qualifier_at == "foot" else (10, 20)
    rows = {10: [(40, "利润表"), (-cols[0], "2023A"), (-cols[1], "2024A")]}
    rows.setdefault(top, []).extend((-x, y) for x, y in zip(cols[2:], ["2025E", "2026E", "2027E"]))
    rows.setdefault(low, []).extend((-x, "(预测)") for x in cols[2:])
    rows[36] = [(40, "营业收入")] + [(-x, v) for x, v in zip(cols, ["1,000", "1,200", "1,500", "1,800", "2,100"])]
    rows[52] = [(40, "净利润")] + [(-x, v) for x, v in zip(cols, ["100", "120", "150", "180", "210"])]
    (_, header, cells, _), = grid_rows(draw(tmp_path / "two_lines.pdf", _at(rows), pitch=1))
    assert header == ["利润表", "2023A", "2024A", "2025E", "2026E", "2027E"]
    assert cells == [["营业收入", "1,000", "1,200", "1,500", "1,800", "2,100"], ["净利润", "100", "120", "150", "180", "210"]]


def test_a_label_wrapped_in_a_cell_set_at_the_rows_foot_is_the_next_rows(tmp_path):
    # the label's first line 10pt above its figures' line, rows 20pt apart: '资产负债率' belongs to
    # the row below it, not to 'ROE(%)' above
    cols = [150, 200]
    rows = {0: [(-150, "2024A"), (-200, "2025E")],
            16: [(40, "ROE(%)"), (-150, "12.0"), (-200, "13.0")],
            36: [(40, "资产负债率")],
            46: [(40, "(%)"), (-150, "40.0"), (-200, "41.0")],
            66: [(40, "经营活动现金")],
            76: [(40, "流"), (-150, "500"), (-200, "600")]}
    (_, _, cells, _), = grid_rows(draw(tmp_path / "wrapped.pdf", _at(rows), pitch=1))
    assert [c[0] for c in cells] == ["ROE(%)", "资产负债率(%)", "经营活动现金流"]


def test_a_caption_running_on_over_the_figures_of_a_narrow_table_stays_its_caption(tmp_path):
    # the caption starts where the labels do and, the label column being narrow, runs on over
    # the first value columns: a caption, not the name of a group of columns
    cols = [110, 150, 190]
    rows = [[(40, "附录：财务报表预测（单位：亿元）")],
            [(40, "利润表")] + [(-x, y) for x, y in zip(cols, ["2023A", "2024A", "2025E"])],
            [(40, "营业收入")] + [(-x, v) for x, v in zip(cols, ["10.00", "12.00", "15.00"])],
            [(40, "净利润")] + [(-x, v) for x, v in zip(cols, ["1.00", "1.20", "1.50"])]]
    (title, header, cells, _), = grid_rows(draw(tmp_path / "narrow.pdf", rows))
    assert title == ["附录：财务报表预测（单位：亿元）"]
    assert header == ["利润表", "2023A", "2024A", "2025E"]


@pytest.mark.parametrize("pitch", [11, 13])  # single spacing, and a font set 1.5 lines apart
def test_labels_set_at_the_rows_foot_in_a_table_of_no_padding_are_the_next_rows(tmp_path, pitch):
    # a word processor's table with no cell padding: every line `pitch` apart, each label wrapped
    # in a narrow column with its figures on its last line — its head belongs to the row below
    lines = [[(-150, "2024A"), (-200, "2025E")], [(40, "营业收")], [(40, "入"), (-150, "1,000"), (-200, "1,200")],
             [(40, "营业成")], [(40, "本"), (-150, "600"), (-200, "700")], [(40, "其他非")], [(40, "流动资")],
             [(40, "产"), (-150, "30"), (-200, "40")], [(40, "存货"), (-150, "20"), (-200, "25")]]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "foot.pdf", lines, pitch=pitch))
    assert [c[0] for c in cells] == ["营业收入", "营业成本", "其他非流动资产", "存货"]
    assert cells[2][1:] == ["30", "40"]


def test_a_part_of_such_a_table_opening_on_a_row_of_figures_reads_its_labels_the_same_way(tmp_path):
    # no label-only first line to tell by: its wrapped labels' full head lines over shorter tails do
    lines = [[(-150, "2024A"), (-200, "2025E")], [(40, "所得税"), (-150, "48"), (-200, "60")],
             [(40, "少数股")], [(40, "东损益"), (-150, "10"), (-200, "12")],
             [(40, "归属母")], [(40, "公司净")], [(40, "利润"), (-150, "262"), (-200, "328")]]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "part.pdf", lines, pitch=11))
    assert [c[0] for c in cells] == ["所得税", "少数股东损益", "归属母公司净利润"]


def test_a_last_label_left_with_its_bracket_open_goes_on_under_it_however_short(tmp_path):
    # '净利润(' does not fill its column, but its bracket closes on the line under it; the
    # numbered caption of the next table below is no part of either
    at = {0: [(40, "单位"), (-180, "2024A"), (-230, "2025E")],
          16: [(40, "归属母公司股东净利润"), (-180, "964"), (-230, "1,148")],
          32: [(40, "净利润("), (-180, "905"), (-230, "1,342")], 42: [(40, "亿元)")],
          70: [(40, "表5:可比公司估值")],
          86: [(40, "单位"), (-180, "2024A"), (-230, "2025E")],
          102: [(40, "营业收入"), (-180, "10"), (-230, "12")], 118: [(40, "营业成本"), (-180, "6"), (-230, "7")]}
    grids = grid_rows(draw(tmp_path / "bracket.pdf", _at(at), pitch=1))
    assert [c[0] for c in grids[0][2]] == ["归属母公司股东净利润", "净利润(亿元)"]
    assert grids[1][0] == ["表5:可比公司估值"]


def test_in_such_a_table_a_label_broken_before_its_bracketed_unit_is_the_next_rows(tmp_path):
    # '资产负债率' does not fill the column (its '(%)' would not fit): its tail's bracket tells
    lines = [[(-150, "2024A"), (-200, "2025E")], [(40, "ROE(%)"), (-150, "12.0"), (-200, "13.0")],
             [(40, "资产负债率")], [(40, "(%)"), (-150, "40.0"), (-200, "41.0")],
             [(40, "经营活动现金")], [(40, "流"), (-150, "500"), (-200, "600")]]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "unit.pdf", lines, pitch=11))
    assert [c[0] for c in cells] == ["ROE(%)", "资产负债率(%)", "经营活动现金流"]


@pytest.mark.parametrize("pitch", [16, 22])
def test_periods_over_their_qualifiers_in_a_loosely_set_font_stay_one_header(tmp_path, pitch):
    # a word processor's font set 1.5 lines apart: '2025E' rides a line above '(预测)' and the
    # one-line cells' '2023A 2024A', as far from them as the rows stand apart
    cols = [150, 200, 250, 300]
    at = {0: [(-x, y) for x, y in zip(cols[2:], ["2025E", "2026E"])],
          13: [(40, "利润表"), (-cols[0], "2023A"), (-cols[1], "2024A")] + [(-x, "(预测)") for x in cols[2:]],
          13 + pitch: [(40, "营业收入")] + [(-x, v) for x, v in zip(cols, ["1,000", "1,200", "1,500", "1,800"])],
          13 + 2 * pitch: [(40, "净利润")] + [(-x, v) for x, v in zip(cols, ["100", "120", "150", "180"])]}
    (_, header, cells, _), = grid_rows(draw(tmp_path / "loose.pdf", _at(at), pitch=1))
    assert header == ["利润表", "2023A", "2024A", "2025E", "2026E"]
    assert cells[0] == ["营业收入", "1,000", "1,200", "1,500", "1,800"]


def test_a_label_wrapped_over_three_lines_under_its_figures_is_one_label(tmp_path):
    # cells set at the top: the figures beside a label's first line, the rest of it on two more
    # lines, in a table's middle and as its last row
    lines = [[(-150, "2024A"), (-200, "2025E")], [(40, "所得税"), (-150, "48"), (-200, "60")],
             [(40, "归属母"), (-150, "262"), (-200, "328")], [(40, "公司净")], [(40, "利润")],
             [(40, "负债和"), (-150, "900"), (-200, "990")], [(40, "股东权")], [(40, "益")]]
    at = {}
    for k, line in enumerate(lines):  # rows 20pt apart, a cell's lines 10pt
        at[sum(20 if lines[j][1:] else 10 for j in range(1, k + 1))] = line
    (_, _, cells, _), = grid_rows(draw(tmp_path / "three.pdf", _at(at), pitch=1))
    assert [c[0] for c in cells] == ["所得税", "归属母公司净利润", "负债和股东权益"]


def test_a_label_columns_header_wrapped_under_it_joins_it_where_periods_print_their_qualifiers(tmp_path):
    # cells set at the top: '资产负' and '2025E' on the header's first line, '债表' and '(预测)' under them
    cols = [150, 200, 250]
    at = {0: [(40, "资产负"), (-cols[0], "2024A"), (-cols[1], "2025E"), (-cols[2], "2026E")],
          10: [(40, "债表"), (-cols[1], "(预测)"), (-cols[2], "(预测)")],
          26: [(40, "流动资产")] + [(-x, v) for x, v in zip(cols, ["1,000", "1,200", "1,500"])],
          42: [(40, "资产总计")] + [(-x, v) for x, v in zip(cols, ["2,000", "2,300", "2,700"])]}
    (_, header, cells, _), = grid_rows(draw(tmp_path / "stub.pdf", _at(at), pitch=1))
    assert header == ["资产负债表", "2024A", "2025E", "2026E"]
    assert [c[0] for c in cells] == ["流动资产", "资产总计"]


def test_a_unit_in_brackets_alone_on_a_line_ends_the_label_above_it(tmp_path):
    # '(百万元)' set nearer the row below than the row above (a font's bracket glyphs reach
    # further than its characters): a unit ends a label, it never opens the next one
    at = {0: [(-150, "2024A"), (-200, "2025E")],
          20: [(40, "归母净利润"), (-150, "3,487"), (-200, "11,359")], 32: [(40, "(百万元)")],
          40: [(40, "增长率(%)"), (-150, "-"), (-200, "225.8")],
          60: [(40, "每股收益"), (-150, "1.08"), (-200, "3.52")], 70: [(40, "(元)")],
          80: [(40, "市盈率(倍)"), (-150, "20.8"), (-200, "6.4")]}
    (_, _, cells, _), = grid_rows(draw(tmp_path / "unit.pdf", _at(at), pitch=1))
    assert [c[0] for c in cells] == ["归母净利润(百万元)", "增长率(%)", "每股收益(元)", "市盈率(倍)"]


def test_a_last_label_wrapped_under_its_figures_in_a_table_of_no_padding_stays_whole(tmp_path):
    # cells set at the top, every line 11pt apart: '利润' under '归属母公司净' is its label's rest
    lines = [[(-150, "2024A"), (-200, "2025E")], [(40, "少数股东损益"), (-150, "48"), (-200, "60")],
             [(40, "归属母公司净"), (-150, "262"), (-200, "328")], [(40, "利润")]]
    (_, _, cells, _), = grid_rows(draw(tmp_path / "last.pdf", lines, pitch=11))
    assert [c[0] for c in cells] == ["少数股东损益", "归属母公司净利润"]


def test_a_label_columns_header_wrapped_over_it_joins_it_where_periods_ride_above(tmp_path):
    # cells set at the foot: '资产负' rides a line up with '2025E', over '债表' and '(预测)'
    cols = [150, 200, 250]
    at = {0: [(40, "资产负"), (-cols[1], "2025E"), (-cols[2], "2026E")],
          10: [(40, "债表"), (-cols[0], "2024A"), (-cols[1], "(预测)"), (-cols[2], "(预测)")],
          26: [(40, "流动资产")] + [(-x, v) for x, v in zip(cols, ["1,000", "1,200", "1,500"])],
          42: [(40, "资产总计")] + [(-x, v) for x, v in zip(cols, ["2,000", "2,300", "2,700"])]}
    (_, header, cells, _), = grid_rows(draw(tmp_path / "stub.pdf", _at(at), pitch=1))
    assert header == ["资产负债表", "2024A", "2025E", "2026E"]
    assert [c[0] for c in cells] == ["流动资产", "资产总计"]


def test_a_label_columns_header_wrapped_over_periods_on_one_line_joins_it(tmp_path):
    # '资产负' alone over '债表 2024A 2025E 2026E', as wide as the label column ('流动资'): one header
    # word; a caption over the column, wider than any label in it, stays the table's title
    cols = [150, 200, 250]
    body = {26: [(40, "流动资")], 36: [(40, "产")] + [(-x, v) for x, v in zip(cols, ["1,000", "1,200", "1,500"])],
            52: [(40, "资产总")], 62: [(40, "计")] + [(-x, v) for x, v in zip(cols, ["2,000", "2,300", "2,700"])]}
    at = {0: [(40, "资产负")], 10: [(40, "债表")] + [(-x, p) for x, p in zip(cols, ["2024A", "2025E", "2026E"])], **body}
    (_, header, cells, _), = grid_rows(draw(tmp_path / "stub.pdf", _at(at), pitch=1))
    assert header == ["资产负债表", "2024A", "2025E", "2026E"]
    assert [c[0] for c in cells] == ["流动资产", "资产总计"]
    at = {0: [(40, "资产负债表（百万元）")], 10: [(40, "年度")] + [(-x, p) for x, p in zip(cols, ["2024A", "2025E", "2026E"])],
          **body}
    (_, header, _, _), = grid_rows(draw(tmp_path / "caption.pdf", _at(at), pitch=1))
    assert header[0] == "年度"
