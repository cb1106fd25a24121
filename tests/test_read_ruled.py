"""read/ruled: pdfplumber's table finder with its quadratic steps done by lookup. The
cells, tables and cell texts must be pdfplumber's own, on pages drawn here: a ruled
table with a spanning header, a chart's gridlines, two tables, rules that only touch."""
from __future__ import annotations

import pdfplumber
import pytest
from pdfplumber.table import TableFinder, cells_to_tables, edges_to_intersections, intersections_to_cells

from pipeline import samples
from pipeline.read import ruled
from test_pdfium_page import pdfium_objects


def _grid(c, x0, top, widths, heights, span_first_row=False, texts=None):
    """A ruled table: outer box, every row rule, every column rule (the first row's
    inner rules left out when it spans); `texts[r][k]` written in the cells."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] - h)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for k, x in enumerate(xs):
        inner = 0 < k < len(xs) - 1
        c.line(x, ys[1] if inner and span_first_row else ys[0], x, ys[-1])
    for r, row in enumerate(texts or []):
        for k, text in enumerate(row):
            samples._text(c, xs[k] + 3, ys[r] - heights[r] + 4, text, 8)


def _page(path):
    c, _ = samples._canvas(path)
    _grid(c, 50, 780, [90, 60, 60, 60], [18, 16, 16, 16, 16], span_first_row=True,
          texts=[["利润表（百万元）"], ["项目", "2024A", "2025E", "2026E"], ["营业收入", "45,250", "57,796", "69,402"],
                 ["营业成本", "(35,346)", "(47,051)", "N.M."], ["净利润", "6,396", "-", "6,814"]])
    # a chart: a dense grid of gridlines with tick labels outside it
    for k in range(12):
        c.line(60 + 35 * k, 560, 60 + 35 * k, 400)
    for k in range(9):
        c.line(60, 400 + 20 * k, 445, 400 + 20 * k)
    for k in range(12):
        samples._text(c, 55 + 35 * k, 388, f"{k + 1}月", 6)
    # a second table; its top rule only touches the chart's last column line
    _grid(c, 300, 350, [70, 50, 50], [16, 16, 16], texts=[["指标", "1Q25", "2Q25"], ["毛利率", "22.5%", "20.4%"],
                                                          ["净利率", "9.1%", "8.8%"]])
    c.save()


@pytest.fixture(scope="module")
def ruled_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("ruled") / "ruled.pdf"
    _page(path)
    return path


def test_crossings_and_cells_are_pdfplumbers(ruled_pdf):
    with pdfplumber.open(ruled_pdf) as pdf:
        finder = TableFinder(pdf.pages[0])
        ours = ruled.crossings(finder.edges)
        theirs = edges_to_intersections(finder.edges)
        assert set(ours) == set(theirs) and len(ours) > 100  # the chart's grid crosses itself 108 times
        for p in ours:
            assert {id(e) for e in ours[p]["v"]} == {id(e) for e in theirs[p]["v"]}
            assert {id(e) for e in ours[p]["h"]} == {id(e) for e in theirs[p]["h"]}
        assert ruled.cells(ours) == intersections_to_cells(theirs)
        # the same groups in the same order; within a group, cells in the order found
        cells = intersections_to_cells(theirs)
        assert [sorted(g) for g in ruled.tables_of(cells)] == [sorted(g) for g in cells_to_tables(cells)]


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_tables_and_texts_are_pdfplumbers(ruled_pdf, reader):
    with pdfplumber.open(ruled_pdf) as pdf:
        page = pdf.pages[0] if reader == "pdfplumber" else pdfium_objects(ruled_pdf)
        theirs = TableFinder(page).tables
        ours = ruled.find_tables(page)
        assert [t.bbox for t in ours] == [t.bbox for t in theirs]
        assert [sorted(t.cells) for t in ours] == [sorted(t.cells) for t in theirs]
        assert [ruled.extract(t) for t in ours] == [t.extract() for t in theirs]
    texts = [ruled.extract(t) for t in ours]
    table = next(t for t in texts if t[0][0] == "利润表（百万元）")
    assert table[0][1:] == [None, None, None]  # the spanning header is one cell
    assert table[2] == ["营业收入", "45,250", "57,796", "69,402"] and table[3][3] == "N.M."
    assert ["毛利率", "22.5%", "20.4%"] in next(t for t in texts if t[0][0] == "指标")


def test_no_edges_no_tables(tmp_path):
    path = tmp_path / "plain.pdf"
    c, _ = samples._canvas(path)
    samples._text(c, 50, 780, "没有表格的一页", 10)
    c.save()
    assert ruled.find_tables(pdfium_objects(path)) == []
    assert ruled.cells({}) == []


@pytest.mark.parametrize("caption,title", [("表2：可比公司情况", "表2：可比公司情况"), ("附录：主要假设（单位：百万元）", "附录：主要假设（单位：百万元）"),
                                           ("以下为本报告的主要风险提示。", None)])
def test_a_ruled_table_takes_the_caption_just_above_it(tmp_path, caption, title):
    # a grid of words (no periods, no figures: the word-geometry reader leaves it to the finder)
    from pipeline.ingest import read_document

    path = tmp_path / "captioned.pdf"
    c, _ = samples._canvas(path)
    samples._text(c, 50, 790, caption, 9)
    _grid(c, 50, 780, [90, 90, 90], [16, 16, 16],
          texts=[["公司", "评级", "审计意见"], ["甲公司", "买入", "标准无保留"], ["乙公司", "增持", "标准无保留"]])
    c.save()
    tables = [t for t in read_document(path).tables if t.source == "ruled"]
    assert len(tables) == 1 and tables[0].title == title
