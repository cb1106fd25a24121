"""normalize/continued (and read.borderless.carry_header): a table the page break cut, going on
at the top of the next page under no header, as a layout engine sets it when not told to
repeat the header. Each test draws its own two-page PDF and reads it as ingest does."""
import pytest

from pipeline.ingest import read_document
from pipeline.samples import FONT, _canvas, _text

YEARS = ["2023A", "2024A", "2025E", "2026E"]
INCOME = [("营业收入", ["1,000", "1,200", "1,500", "1,800"]), ("营业成本", ["600", "700", "900", "1,000"]),
          ("毛利", ["400", "500", "600", "800"]), ("销售费用", ["50", "60", "70", "80"]),
          ("管理费用", ["40", "45", "50", "60"]), ("营业利润", ["310", "395", "480", "660"]),
          ("营业外收入", ["12", "8", "5", "25"]), ("营业外支出", ["2", "3", "5", "5"]),
          ("利润总额", ["320", "400", "480", "680"]), ("所得税", ["48", "60", "72", "102"]),
          ("净利润", ["272", "340", "408", "578"])]
ASSETS = [("货币资金", ["300", "350", "420", "500"]), ("应收账款", ["200", "260", "300", "350"]),
          ("存货", ["100", "140", "180", "210"]), ("流动资产合计", ["600", "750", "900", "1,060"]),
          ("固定资产", ["800", "820", "850", "880"]), ("非流动资产合计", ["800", "820", "850", "880"]),
          ("资产总计", ["1,400", "1,570", "1,750", "1,940"])]


def row(x, label, cells, pitch=48, first=150):
    return [(x, label)] + [(-(x + first + pitch * i), v) for i, v in enumerate(cells)]


def draw(path, pages, top=780, step=16, running=None):
    """pages: per page, rows of [(x, text)] (x < 0: right-aligned at -x). Rows of page 1 are
    set so that its last row sits at the page's foot (below them only the page number);
    `running`, a row set at the head of every page, 30pt above its first row."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, _ = _canvas(path)
    for n, rows in enumerate(pages):
        for at, text in running or ():
            _text(c, at, top + 30, text, 8)
        start = 70 + step * (len(rows) - 1) if n == 0 else top
        for k, cells in enumerate(rows):
            for at, text in cells:
                x = -at - stringWidth(text, FONT, 8) if at < 0 else at
                _text(c, x, start - step * k, text, 8)
        _text(c, 290, 30, str(n + 1), 8)
        c.showPage()
    c.save()
    return read_document(path)


def financials(doc):
    return [r for t in doc.tables if t.kind == "financials" for r in t.rows]


@pytest.mark.parametrize("running", [None, [(40, "公司研究"), (150, "|"), (200, "点评报告"), (260, "示例证券")]])
def test_a_statement_cut_by_the_page_goes_on_under_its_header(tmp_path, running):
    # with or without a running header over the columns at the head of each page
    head = [[(40, "表3：利润表（单位：百万元）")], row(40, "利润表", YEARS)]
    page1 = head + [row(40, label, cells) for label, cells in INCOME[:5]]
    page2 = [row(40, label, cells) for label, cells in INCOME[5:]]
    doc = draw(tmp_path / "cut.pdf", [page1, page2], running=running)
    rows = financials(doc)
    net = [r for r in rows if r["item"] == "净利润"]
    assert [(r["period"], r["value"], r["page"], r["unit"]) for r in net] == \
        [("2023A", 272, 2, "百万元"), ("2024A", 340, 2, "百万元"), ("2025E", 408, 2, "百万元"), ("2026E", 578, 2, "百万元")]
    # one statement: the rows of both pages in one typed table, in order
    typed = [t for t in doc.tables if t.kind == "financials" and any(r["item"] == "营业收入" for r in t.rows)]
    assert len(typed) == 1
    assert [r["item"] for r in typed[0].rows if r["period"] == "2023A"] == [label for label, _ in INCOME]


def test_two_statements_side_by_side_go_on_side_by_side(tmp_path):
    pair = lambda a, b: row(40, *a, pitch=40, first=110) + row(300, *b, pitch=40, first=110)  # noqa: E731
    head = [[(40, "表5：主要财务报表（单位：百万元）")],
            row(40, "利润表", YEARS, pitch=40, first=110) + row(300, "资产负债表", YEARS, pitch=40, first=110)]
    page1 = head + [pair(a, b) for a, b in zip(INCOME[:6], ASSETS[:6])]
    page2 = [pair(INCOME[6], ASSETS[6])] + [row(40, *line, pitch=40, first=110) for line in INCOME[7:]]
    doc = draw(tmp_path / "abreast.pdf", [page1, page2])
    rows = financials(doc)
    total = [(r["period"], r["value"], r["page"]) for r in rows if r["item"] == "资产总计"]
    assert total == [("2023A", 1400, 2), ("2024A", 1570, 2), ("2025E", 1750, 2), ("2026E", 1940, 2)]
    tax = [r["value"] for r in rows if r["item"] == "所得税"]
    assert tax == [48, 60, 72, 102]
    # each part joined the statement it continues, not the one beside it
    for item, statement in (("资产总计", "资产负债表"), ("净利润", "利润表")):
        table = next(t for t in doc.tables if t.kind == "financials" and any(r["item"] == item for r in t.rows))
        assert any(r["item"] == ("货币资金" if statement == "资产负债表" else "营业收入") for r in table.rows)


def test_a_header_left_alone_at_the_foot_heads_the_rows_on_the_next_page(tmp_path):
    page1 = [[(40, "正文最后一段。")], [(40, "表4：利润表（单位：亿元）")], row(40, "利润表", YEARS)]
    page2 = [row(40, label, cells) for label, cells in INCOME]
    doc = draw(tmp_path / "header.pdf", [page1, page2])
    revenue = [(r["period"], r["value"], r["unit"], r["page"]) for r in financials(doc) if r["item"] == "营业收入"]
    assert revenue == [("2023A", 1000, "亿元", 2), ("2024A", 1200, "亿元", 2), ("2025E", 1500, "亿元", 2), ("2026E", 1800, "亿元", 2)]


def test_a_caption_left_at_the_foot_names_the_table_on_the_next_page(tmp_path):
    page1 = [[(40, "正文最后一段。")], [(40, "表6：利润表（单位：亿元）")]]
    page2 = [row(40, "利润表", YEARS)] + [row(40, label, cells) for label, cells in INCOME]
    doc = draw(tmp_path / "caption.pdf", [page1, page2])
    assert {r["unit"] for r in financials(doc) if r["item"] == "营业收入"} == {"亿元"}


def test_rows_at_the_top_of_a_page_that_do_not_line_up_are_not_taken_for_a_continuation(tmp_path):
    head = [[(40, "表3：利润表（单位：百万元）")], row(40, "利润表", YEARS)]
    page1 = head + [row(40, label, cells) for label, cells in INCOME[:5]]
    # the next page's block: its own columns, set at another pitch
    page2 = [row(40, label, cells, pitch=70, first=200) for label, cells in INCOME[5:]]
    doc = draw(tmp_path / "other.pdf", [page1, page2])
    assert not [r for r in financials(doc) if r["item"] == "净利润"]


def test_a_cut_statement_is_verified_across_the_page(tmp_path):
    from pipeline.verify import verify

    head = [[(40, "表3：利润表（单位：百万元）")], row(40, "利润表", YEARS)]
    wrong = [("净利润", ["272", "340", "418", "578"])]  # 2025E: 480 − 72 = 408
    page1 = head + [row(40, label, cells) for label, cells in INCOME[:8]]
    page2 = [row(40, label, cells) for label, cells in INCOME[8:10] + wrong]
    doc = draw(tmp_path / "verify.pdf", [page1, page2])
    result = verify(doc)
    bad = [c for c in result["checks"] if c["verdict"] == "mismatch"]
    assert [(c["family"], str(c["reported"]), c["page"]) for c in bad] == [("totals", "418", 2)]


def test_a_comparables_tables_last_row_on_the_next_page_joins_it(tmp_path):
    from pipeline.verify import verify

    def peer(name, code, price, eps, pe):
        return [(40, name), (100, code), (-220, price), (-280, eps), (-340, pe)]

    head = [[(40, "表5：可比公司估值")], [(40, "公司名称"), (100, "股票代码"), (-220, "股价(元)"), (-280, "EPS 2025E"), (-340, "PE 2025E")]]
    peers = [peer("甲公司", "600001.SH", "30.00", "1.00", "30.0"), peer("乙公司", "600002.SH", "40.00", "2.00", "20.0"),
             peer("丙公司", "600003.SH", "25.00", "-0.50", "NM"), peer("丁公司", "600004.SH", "36.00", "0.90", "40.0")]
    for median, verdict in (("30.0", "consistent"), ("32.0", "mismatch")):
        doc = draw(tmp_path / f"peers{median}.pdf", [head + peers, [[(40, "中值"), (-340, median)], [(40, "资料来源：Wind")]]])
        (typed,) = [t for t in doc.tables if t.kind == "comparables"]
        assert [(r["company"], r["page"]) for r in typed.rows if r["metric"] == "PE"][-1] == ("中值", 2)
        (c,) = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and "中值" in c["claim"]]
        assert c["verdict"] == verdict


def test_a_growth_row_opening_the_next_page_is_the_growth_of_the_row_it_was_cut_from(tmp_path):
    # a quarterly table cut after its revenue row: '环比' and '同比' open the next page, and are
    # revenue's growths (not 同比 of 环比)
    quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1"]
    head = [[(40, "表3：公司单季度营业收入（单位：百万元）")], row(40, "", quarters, pitch=44, first=110)]
    page1 = head + [row(40, "营业收入", ["100", "110", "121", "133", "120"], pitch=44, first=110)]
    page2 = [row(40, "环比", ["-", "10.0%", "10.0%", "9.9%", "-9.8%"], pitch=44, first=110),
             row(40, "同比", ["-", "-", "-", "-", "20.0%"], pitch=44, first=110)]
    doc = draw(tmp_path / "quarters.pdf", [page1, page2])
    growth = {(r["item"], r["period"]): r.get("growth_of") for r in financials(doc) if r["item"] in ("环比", "同比")}
    assert growth[("环比", "2024Q2")] == "营业收入"
    assert growth[("同比", "2025Q1")] == "营业收入"


def test_a_cut_tables_first_row_on_the_next_page_keeps_the_head_of_its_wrapped_label(tmp_path):
    # a word processor's table, labels wrapped in a narrow column and set at their rows' foot:
    # the row at the top of page 2 prints '管理费' a line above '用' and its figures
    def lines(pairs):
        out = []
        for head, (tail, cells) in pairs:
            out += [[(40, head)], row(40, tail, cells)]
        return out
    head = [[(40, "表3：利润表（单位：百万元）")], row(40, "利润表", YEARS)]
    page1 = head + lines([("营业收", ("入", INCOME[0][1])), ("营业成", ("本", INCOME[1][1]))])
    page2 = lines([("管理费", ("用", INCOME[4][1])), ("营业利", ("润", INCOME[5][1]))])
    doc = draw(tmp_path / "foot.pdf", [page1, page2], step=11)
    items = [r["item"] for r in financials(doc) if r["period"] == "2023A"]
    assert items == ["营业收入", "营业成本", "管理费用", "营业利润"]


def test_a_revision_headers_upper_level_left_at_the_foot_heads_its_lower_level_on_the_next_page(tmp_path):
    # '2025E' and '2026E', each over its 调整前/调整后/变动, end page 1; the second level and the
    # row go on at the top of page 2
    cells = ["2,005", "1,928", "-3.8%", "1,089", "1,252", "15.0%"]
    page1 = [[(40, "表4：盈利预测调整")], [(-(40 + 110 + 44 * 1), "2025E"), (-(40 + 110 + 44 * 4), "2026E")]]
    page2 = [row(40, "", ["调整前", "调整后", "变动"] * 2, pitch=44, first=110),
             row(40, "归母净利润(百万元)", cells, pitch=44, first=110)]
    doc = draw(tmp_path / "revision.pdf", [page1, page2], running=[(40, "公司研究"), (150, "点评报告")])
    typed = [t for t in doc.tables if t.kind == "financials"]
    assert [t.title for t in typed] == ["表4：盈利预测调整"]
    assert [(r["period"], r.get("basis"), r["printed"]) for r in typed[0].rows] == [
        ("2025E", "before", "2,005"), ("2025E", "after", "1,928"), ("2025E", "change", "-3.8%"),
        ("2026E", "before", "1,089"), ("2026E", "after", "1,252"), ("2026E", "change", "15.0%")]


def test_a_caption_left_at_the_foot_beats_the_running_header_over_the_next_pages_table(tmp_path):
    # the next page's table starts right under its running header, close enough to be read as
    # its caption: the caption the page before ended with is the table's
    page1 = [row(40, label, cells) for label, cells in INCOME[:3]] + [[(40, "表2：主要财务指标（单位：百万元）")]]
    page2 = [row(40, "", YEARS)] + [row(40, label, cells) for label, cells in ASSETS[:4]]
    head = [row(40, "利润表", YEARS)]
    doc = draw(tmp_path / "running.pdf", [head + page1, page2], running=[(40, "公司研究"), (150, "点评报告")])
    titles = [t.title for t in doc.tables if t.kind == "financials" and t.page == 2]
    assert titles == ["表2：主要财务指标（单位：百万元）"]


RUNNING = [(40, "公司研究"), (150, "点评报告")]


def test_statements_abreast_under_their_header_printed_again_go_on_side_by_side(tmp_path):
    # a word processor told to repeat a table's header row prints it atop the next page too
    pair = lambda a, b: row(40, *a, pitch=40, first=110) + row(300, *b, pitch=40, first=110)  # noqa: E731
    header = row(40, "利润表", YEARS, pitch=40, first=110) + row(300, "资产负债表", YEARS, pitch=40, first=110)
    page1 = [[(40, "表5：主要财务报表（单位：百万元）")], header] + [pair(a, b) for a, b in zip(INCOME[:6], ASSETS[:6])]
    page2 = [header, pair(INCOME[6], ASSETS[6])] + [row(40, *line, pitch=40, first=110) for line in INCOME[7:]]
    doc = draw(tmp_path / "again.pdf", [page1, page2], running=RUNNING)
    typed = [t for t in doc.tables if t.kind == "financials"]
    assert len(typed) == 2  # one income statement and one balance sheet, each on both pages
    income, assets = sorted(typed, key=lambda t: t.bbox[0] if t.bbox else 0) if typed[0].bbox else typed
    items = {t.title: [r["item"] for r in t.rows if r["period"] == "2023A"] for t in typed}
    assert sorted(map(len, items.values())) == [len(ASSETS), len(INCOME)]
    total = [(r["value"], r["page"]) for t in typed for r in t.rows if r["item"] == "资产总计" and r["period"] == "2026E"]
    assert total == [(1940, 2)]


def test_a_header_printed_again_over_one_row_keeps_the_row(tmp_path):
    # the comparables' 中值 alone under the header printed again atop the next page
    from pipeline.verify import verify

    def peer(name, code, price, eps, pe):
        return [(40, name), (100, code), (-220, price), (-280, eps), (-340, pe)]

    header = [(40, "公司名称"), (100, "股票代码"), (-220, "股价(元)"), (-280, "EPS2025E"), (-340, "PE2025E")]
    peers = [peer("甲公司", "600001.SH", "30.00", "1.00", "30.0"), peer("乙公司", "600002.SH", "40.00", "2.00", "20.0"),
             peer("丙公司", "600003.SH", "25.00", "-0.50", "NM"), peer("丁公司", "600004.SH", "36.00", "0.90", "40.0")]
    for median, verdict in (("30.0", "consistent"), ("32.0", "mismatch")):
        doc = draw(tmp_path / f"again{median}.pdf", [[[(40, "表5：可比公司估值")], header] + peers,
                                                      [header, [(40, "中值"), (-340, median)], [(40, "资料来源：Wind")]]],
                   running=RUNNING)
        (typed,) = [t for t in doc.tables if t.kind == "comparables"]
        assert [(r["company"], r["page"]) for r in typed.rows if r["metric"] == "PE"][-1] == ("中值", 2)
        (c,) = [c for c in verify(doc)["checks"] if c["family"] == "comparables" and "中值" in c["claim"]]
        assert c["verdict"] == verdict


def test_a_table_of_its_own_under_the_same_header_is_not_taken_for_a_continuation(tmp_path):
    # the balance sheet on page 2 prints the income statement's header words in the same places,
    # under a title of its own just over it: a table of its own
    header = row(40, "", YEARS)
    page1 = [[(40, "利润表（单位：百万元）")], header] + [row(40, label, cells) for label, cells in INCOME]
    page2 = [[(40, "资产负债表（单位：百万元）")], header] + [row(40, label, cells) for label, cells in ASSETS]
    doc = draw(tmp_path / "own.pdf", [page1, page2], running=RUNNING)
    typed = [t for t in doc.tables if t.kind == "financials"]
    assert [t.page for t in typed] == [1, 2] and typed[1].title.endswith("资产负债表（单位：百万元）")
    assert [r["item"] for r in typed[1].rows if r["period"] == "2023A"] == [label for label, _ in ASSETS]


def test_an_untitled_table_opening_a_page_under_the_header_of_one_ending_the_page_before_continues_it():
    from pipeline.document import Document, Source, Table
    from pipeline.normalize.continued import tie_continuations

    def table(page, top, bottom, title=None, header=("利润表", "2024A", "2025E")):
        return Table(kind="other", page=page, source="borderless", title=title, bbox=(40, top, 300, bottom),
                     cells=[list(header), ["营业收入", "1", "2"]],
                     report={"column_centers": [60.0, 180.0, 240.0], "stub_columns": 1})

    doc = Document(doc_id="x", source=Source(path="x.pdf", sha256="0" * 64, format="pdf", pages=4, size=1))
    doc.tables = [table(1, 100, 300, "表1"), table(1, 500, 780, "表2"),      # page 1 ends with 表2
                  table(2, 80, 200), table(2, 300, 400),                      # page 2 opens with an untitled one
                  table(3, 80, 200, "表3"), table(4, 80, 200, header=("资产负债表", "2024A", "2025E"))]
    tie_continuations(doc)
    assert [t.report.get("continues") for t in doc.tables] == [None, None, 1, None, None, None]


def test_a_revision_headers_upper_level_at_the_foot_heads_a_row_whose_label_wraps_above_its_figures(tmp_path):
    # as above, the row's label wrapped in a cell set at its foot: '归母净利润' alone over
    # '(百万元)' and the figures, the second level over the label's first line
    cells = ["2,005", "1,928", "-3.8%", "1,089", "1,252", "15.0%"]
    page1 = [[(40, "表4：盈利预测调整")], [(-(40 + 110 + 44 * 1), "2025E"), (-(40 + 110 + 44 * 4), "2026E")]]
    page2 = [row(40, "", ["调整前", "调整后", "变动"] * 2, pitch=44, first=110), [(40, "归母净利润")],
             row(40, "(百万元)", cells, pitch=44, first=110)]
    doc = draw(tmp_path / "wrapped.pdf", [page1, page2], step=13, running=[(40, "公司研究"), (150, "点评报告")])
    typed = [t for t in doc.tables if t.kind == "financials"]
    assert [t.title for t in typed] == ["表4：盈利预测调整"]
    assert [(r["item"], r["period"], r.get("basis"), r["printed"]) for r in typed[0].rows][:3] == [
        ("归母净利润", "2025E", "before", "2,005"), ("归母净利润", "2025E", "after", "1,928"),
        ("归母净利润", "2025E", "change", "-3.8%")]


def test_a_row_broken_across_the_page_keeps_its_whole_label(tmp_path):
    # a word processor lets a row break: '营业成' and its figures end page 1, '本' opens page 2,
    # over labels set at their rows' foot ('税金及' over '附加' and its figures)
    def lines(*rows):
        return [row(40, label, cells) if cells else [(40, label)] for label, cells in rows]

    page1 = [[(40, "表3：利润表（单位：百万元）")], row(40, "利润表", YEARS)] + lines(
        ("营业收", None), ("入", INCOME[0][1]), ("营业成", INCOME[1][1]))
    page2 = lines(("本", None), ("税金及", None), ("附加", ["10", "12", "15", "18"]), ("销售费", None),
                  ("用", INCOME[3][1]), ("管理费", None), ("用", INCOME[4][1]))
    doc = draw(tmp_path / "broken.pdf", [page1, page2], step=11)
    items = [(r["item"], r["page"]) for r in financials(doc) if r["period"] == "2023A"]
    assert items == [("营业收入", 1), ("营业成本", 1), ("税金及附加", 2), ("销售费用", 2), ("管理费用", 2)]


def test_a_repeated_header_whose_label_column_header_wraps_heads_both_statements_again(tmp_path):
    # the balance sheet's label column is narrow: its header '资产负' over '债表', its labels wrapped
    # at their rows' foot; the header printed again atop page 2, where the balance sheet's first
    # label takes three lines and the income statement's first row stands two lines under the header
    years = lambda x: row(x, "", YEARS, pitch=40, first=110)[1:]  # noqa: E731
    figures = lambda x, cells: row(x, "", cells, pitch=40, first=110)[1:]  # noqa: E731
    header = [[(300, "资产负")], [(40, "利润表")] + years(40) + [(300, "债表")] + years(300)]
    right = [("流动资", "产", ASSETS[3][1]), ("固定资", "产", ASSETS[4][1]), ("非流动", "资产", ASSETS[5][1])]
    page1 = [[(40, "表5：主要财务报表（单位：百万元）")]] + header
    for (label, cells), (head, tail, assets) in zip(INCOME[:3], right):
        page1 += [[(300, head)], [(40, label)] + figures(40, cells) + [(300, tail)] + figures(300, assets)]
    page2 = header + [[(300, "资产总")], [(40, "营业利")], [(40, "润")] + figures(40, INCOME[5][1]) + [(300, "计")]
                      + figures(300, ASSETS[6][1])]
    doc = draw(tmp_path / "wrapped_again.pdf", [page1, page2], step=11, running=RUNNING)
    rows = financials(doc)
    assert [(r["value"], r["page"]) for r in rows if r["item"] == "营业利润" and r["period"] == "2026E"] == [(660, 2)]
    assert [(r["value"], r["page"]) for r in rows if r["item"] == "资产总计" and r["period"] == "2026E"] == [(1940, 2)]
    assert len([t for t in doc.tables if t.kind == "financials"]) == 2


def test_a_ruled_grid_of_two_statements_abreast_goes_on_under_their_headers():
    # a word processor's ruled grid: two statements abreast at the foot of a page (read as two tables of one
    # grid), their rows on the next page in one headerless grid of both widths — parted, each under its header
    from pipeline.document import Document, Source, Table
    from pipeline.normalize.continued import tie_continuations
    periods = ["2023A", "2024A", "2025E"]
    foot = (65.5, 707.25, 530.5, 752.25)
    income = Table(kind="other", page=2, source="ruled", bbox=foot, cells=[["利润表", *periods], ["营业收入", "100", "110", "121"]])
    balance = Table(kind="other", page=2, source="ruled", bbox=foot, cells=[["资产负债表", *periods], ["流动资产", "50", "55", "60"]])
    rows = Table(kind="other", page=3, source="ruled", bbox=(65.5, 72.25, 530.5, 386.45),
                 cells=[["营业成本", "60", "66", "72", "货币资金", "20", "22", "24"],
                        ["营业利润", "30", "33", "36", "资产总计", "90", "99", "108"]])
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=3, size=1))
    doc.tables = [income, balance, rows]
    tie_continuations(doc)
    parts = doc.tables[2:]
    assert [p.cells[0][0] for p in parts] == ["利润表", "资产负债表"]
    assert [p.cells[1] for p in parts] == [["营业成本", "60", "66", "72"], ["货币资金", "20", "22", "24"]]
    assert [p.report["continues"] for p in parts] == [0, 1]
    # rows that do not fill the widths of the tables above are left as they were
    doc.tables = [income, balance, rows.model_copy(update={"cells": [r[:6] for r in rows.cells]})]
    tie_continuations(doc)
    assert len(doc.tables) == 3 and "continues" not in doc.tables[2].report
