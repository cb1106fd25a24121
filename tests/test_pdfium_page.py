"""PDFium's view of a page must be the one pdfplumber would give: same chars where
they stand, same ruling edges, same tables; and the cases PDFium gets wrong are caught."""
from __future__ import annotations

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4

from pipeline import samples
from pipeline.ingest import read_document
from pipeline.pdfium_page import PageObjects, read_page


def pdfium_objects(path, number=1) -> PageObjects:
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[number - 1]
        try:
            return read_page(page)
        finally:
            page.close()
    finally:
        doc.close()


def plumber_chars(path, number=1) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        return [c for c in pdf.pages[number - 1].chars if c["text"].strip()]


def _canvas(path, **kw):
    c, _ = samples._canvas(path)
    if kw.get("rotate"):
        c.setPageRotation(kw["rotate"])
    return c


def test_chars_stand_where_pdfplumber_puts_them(sample_pdf):
    objects = pdfium_objects(sample_pdf, 3)
    assert objects.n_unplaced_text == 0
    ours = [c for c in objects.chars if c["text"].strip()]
    theirs = plumber_chars(sample_pdf, 3)
    # every character pdfplumber reads is read (PDFium also reads the header's "·",
    # which pdfminer leaves out; pdfplumber also keeps fake bold's second drawing)
    assert {c["text"] for c in theirs} <= {c["text"] for c in ours}
    matched = 0
    for c in ours:
        twin = next((t for t in theirs if t["text"] == c["text"] and abs(t["x0"] - c["x0"]) < 1
                     and abs(t["bottom"] - c["bottom"]) < 1), None)
        if twin is None:
            continue
        matched += 1
        for key in ("x0", "x1", "top", "bottom", "size"):
            assert c[key] == pytest.approx(twin[key], abs=0.6), (c["text"], key)
        assert c["upright"] is True
    assert matched >= 0.97 * len(ours)


def test_font_name_and_colour_are_read(sample_pdf):
    chars = [c for c in pdfium_objects(sample_pdf, 3).chars if c["text"].strip()]
    assert {c["fontname"] for c in chars} == {"STSong-Light"}
    assert all(len(c["non_stroking_color"]) == 3 for c in chars)


def test_a_one_point_font_scaled_by_the_matrix_has_its_real_size(tmp_path):
    path = tmp_path / "scaled.pdf"
    c = _canvas(path)
    c.saveState()
    c.translate(72, 700)
    c.scale(10.5, 10.5)
    c.setFont(samples.FONT, 1)
    c.drawString(0, 0, "模型定价")
    c.restoreState()
    c.showPage()
    c.save()
    chars = pdfium_objects(path).chars
    assert [c["text"] for c in chars] == list("模型定价")
    assert all(c["size"] == pytest.approx(10.5, abs=0.01) for c in chars)
    assert chars[1]["x0"] == pytest.approx(72 + 10.5, abs=0.2)


def test_a_turned_page_yields_turned_chars_like_pdfminer(tmp_path):
    path = tmp_path / "turned.pdf"
    c = _canvas(path, rotate=90)
    samples._text(c, 60, 700, "旋转页面价格", 12)
    c.showPage()
    c.save()
    ours = pdfium_objects(path)
    theirs = plumber_chars(path)
    with pdfplumber.open(path) as pdf:  # the page as shown: /Rotate applied to the media box
        assert (ours.width, ours.height) == pytest.approx((pdf.pages[0].width, pdf.pages[0].height), abs=0.01)
    assert [c["upright"] for c in ours.chars] == [c["upright"] for c in theirs] == [False] * 6
    for a, b in zip(ours.chars, theirs):
        assert (a["x0"], a["top"]) == pytest.approx((b["x0"], b["top"]), abs=0.6)
    assert "旋转页面价格" in read_document(path).pages[0].text


def test_ruled_table_edges_and_cells_match_pdfplumber(sample_pdf):
    number = next(i for i in range(1, 6) if len(pdfium_objects(sample_pdf, i).find_tables()))
    ours = pdfium_objects(sample_pdf, number).find_tables()
    with pdfplumber.open(sample_pdf) as pdf:
        theirs = pdf.pages[number - 1].find_tables()
        assert [tuple(round(v, 1) for v in t.bbox) for t in ours] == \
            [tuple(round(v, 1) for v in t.bbox) for t in theirs]
        assert [t.extract() for t in ours] == [t.extract() for t in theirs]


def test_a_long_curve_gives_no_edges_but_a_long_staircase_does(tmp_path):
    path = tmp_path / "paths.pdf"
    c = _canvas(path)
    curve = c.beginPath()
    curve.moveTo(50, 100)
    for i in range(1, 300):
        curve.lineTo(50 + i, 100 + (i % 7) * 3)  # a line chart: every segment diagonal
    c.drawPath(curve, stroke=1, fill=0)
    stairs = c.beginPath()
    stairs.moveTo(50, 500)
    x, y = 50, 500
    for i in range(150):
        x += 2
        stairs.lineTo(x, y)
        y += 1
        stairs.lineTo(x, y)
    c.drawPath(stairs, stroke=1, fill=0)
    c.showPage()
    c.save()
    edges = pdfium_objects(path).edges
    assert len(edges) == 300
    assert {e["orientation"] for e in edges} == {"h", "v"}
    assert all(e["top"] < A4[1] - 400 for e in edges)  # all from the staircase, near the top


def test_lines_inside_a_form_xobject_are_placed_by_its_matrix(tmp_path):
    path = tmp_path / "form.pdf"
    c = _canvas(path)
    c.beginForm("rule")
    c.line(0, 0, 100, 0)
    c.endForm()
    c.saveState()
    c.translate(200, 300)
    c.doForm("rule")
    c.restoreState()
    c.showPage()
    c.save()
    (edge,) = pdfium_objects(path).edges
    assert edge["orientation"] == "h"
    assert (edge["x0"], edge["x1"], edge["top"]) == pytest.approx((200, 300, A4[1] - 300), abs=0.01)


def test_images_are_counted(tmp_path):
    import badinputs

    path = badinputs.image_only_pdf(tmp_path, pages=1)
    objects = pdfium_objects(path)
    assert objects.n_images == 1 and objects.chars == []


def test_a_lone_glyph_pdfium_drops_is_noticed_and_the_page_read_by_pdfplumber(tmp_path):
    # reportlab's STSong-Light is not embedded; with no CJK font on the machine PDFium
    # places a one-character run at a point and leaves it out of its text
    path = tmp_path / "lone.pdf"
    c = _canvas(path)
    samples._text(c, 60, 700, "单字侧栏", 12)
    for i, ch in enumerate("研究报告"):
        samples._text(c, 22, 600 - 16 * i, ch, 11)
    c.showPage()
    c.save()
    objects = pdfium_objects(path)
    read = "".join(c["text"] for c in objects.chars)
    if "研" in read:
        pytest.skip("this machine's PDFium found a font for the lone glyphs")
    assert objects.n_unplaced_text == 4
    doc = read_document(path)
    assert doc.pages[0].sidebar == ["研究报告"]


def test_a_media_box_not_at_the_origin_is_measured_from_its_top_left_corner(tmp_path):
    src = tmp_path / "plain.pdf"
    c = _canvas(src)
    samples._text(c, 120, 600, "价格下调GPT-4o", 12)
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(src))
    doc[0].set_mediabox(50, 40, 550, 800)  # the visible page starts at x=50, ends at y=800
    moved = tmp_path / "moved.pdf"
    doc.save(str(moved))
    doc.close()
    objects = pdfium_objects(moved)
    assert (objects.width, objects.height) == pytest.approx((500, 760))
    ours = [ch for ch in objects.chars if ch["text"].strip()]
    theirs = plumber_chars(moved)
    assert [ch["text"] for ch in ours] == [ch["text"] for ch in theirs]
    # pdfplumber keeps user-space x and measures top from y = height; we measure both
    # from the media box's corner, so every char is on the page (0 ≤ x0 < width)
    for a, b in zip(ours, theirs):
        assert a["x0"] == pytest.approx(b["x0"] - 50, abs=0.6)
        assert a["top"] == pytest.approx(b["top"] + 40, abs=0.6)
    assert ours[0]["x0"] == pytest.approx(70, abs=0.1) and ours[0]["bottom"] == pytest.approx(800 - 600 + 3, abs=1)
