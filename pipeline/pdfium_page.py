"""One PDF page read by PDFium, in pdfplumber's shapes: chars, ruling edges, images.

pdfminer (under pdfplumber) interprets every drawing operator in Python; a broker
report's line charts hold hundreds of thousands of path segments, so a chart page
costs pdfplumber a second or more. PDFium (pypdfium2, installed with pdfplumber)
reads the same page in milliseconds. This module hands ingest the same dicts
pdfplumber would — char boxes from PDFium's loose (em-height) boxes, edges in
page coordinates with the top-left origin — so `layout` and pdfplumber's own
table finder (its steps over this page's edges and chars, `read.ruled`) run unchanged.

Coordinates follow pdfminer: the page's /Rotate is applied (a page turned 90°
yields characters that are not upright, which ingest turns back), and the origin
is the media box's top-left corner, so every char of the page lies within its width
and height (pdfplumber keeps user-space x when the media box does not start at 0).
"""
from __future__ import annotations

import ctypes
from typing import Optional
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

# A path longer than LONG_PATH segments is read on only if its first SAMPLE_SEGMENTS
# are all straight and axis-aligned: a line chart's curve (thousands of diagonal or
# Bézier segments) cannot be a table ruling, and reading it segment by segment through
# ctypes would cost what we came here to save. Past MAX_SEGMENTS a path is skipped.
LONG_PATH = 64
SAMPLE_SEGMENTS = 16
MAX_SEGMENTS = 5000
MAX_FORM_DEPTH = 12
_AXIS_TOLERANCE = 1e-3


@dataclass
class PageObjects:
    """What ingest reads from one page. `chars`, `edges` and `bbox` make it usable
    as the `page` of pdfplumber's TableFinder."""

    width: float
    height: float
    chars: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    n_rulings: int = 0  # drawn paths that gave edges (a rectangle is one)
    n_images: int = 0
    # text objects PDFium leaves out of its text page: a lone glyph of a CJK font that is
    # not embedded (reportlab's STSong-Light) and that this machine has no font for
    # sits at a single point, and PDFium drops it. ingest reads such a page with pdfplumber.
    n_unplaced_text: int = 0
    # set when the characters were read by OCR (read/ocr.py): the mean confidence of its lines
    ocr_confidence: Optional[float] = None

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    @classmethod
    def from_pdfplumber(cls, page) -> "PageObjects":
        """The same view of a pdfplumber page: the fallback for files PDFium refuses."""
        found = cls(width=float(page.width), height=float(page.height), chars=page.chars,
                    edges=[e for e in page.edges if e.get("orientation")], n_rulings=len(page.lines) + len(page.rects),
                    n_images=len(page.images))
        if (found.width < 1 or found.height < 1) and found.chars:
            found.fit_to_content()
        return found

    def fit_to_content(self, margin: float = 36.0) -> None:
        """An empty media box ([0 0 0 0]) puts every char above the page: move them (and the
        edges) onto a page as large as what it draws."""
        items = self.chars + self.edges
        dy = margin - min(c["top"] for c in items)
        dx = max(0.0, margin - min(c["x0"] for c in items))
        self.chars = [{**c, "top": c["top"] + dy, "bottom": c["bottom"] + dy, "doctop": c["top"] + dy,
                       "x0": c["x0"] + dx, "x1": c["x1"] + dx} for c in self.chars]
        self.edges = [{**e, "top": e["top"] + dy, "bottom": e["bottom"] + dy, "x0": e["x0"] + dx, "x1": e["x1"] + dx}
                      for e in self.edges]
        self.width = max(c["x1"] for c in items) + dx + margin
        self.height = max(c["bottom"] for c in self.chars + self.edges) + margin

    def find_tables(self) -> list:
        """pdfplumber's table finder, default settings, over this page's edges (`read.ruled`:
        the same tables, found faster)."""
        from .read import ruled

        return ruled.find_tables(self)


def _page_box(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The media box — or, when a writer left it empty ([0 0 0 0]), the box of what the
    page draws, so its text still lands on a page and is read (not taken for a scan)."""
    x0, y0, x1, y1 = page.get_mediabox()
    if x1 - x0 >= 1 and y1 - y0 >= 1:
        return x0, y0, x1, y1
    boxes = []
    for obj in page.get_objects(max_depth=1):
        try:
            boxes.append(obj.get_pos())
        except Exception:  # an object without bounds says nothing about the page
            continue
    if not boxes:
        return 0.0, 0.0, 595.0, 842.0  # A4, the size broker reports come in
    return (min(0.0, min(b[0] for b in boxes)), min(0.0, min(b[1] for b in boxes)),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


class _Frame:
    """Page space → pdfminer's device space (rotation applied, top-left origin)."""

    def __init__(self, page: pdfium.PdfPage):
        x0, y0, x1, y1 = _page_box(page)
        rotation = page.get_rotation() % 360
        # pdfminer's initial CTM for each /Rotate value (pdfinterp.PDFPageInterpreter.process_page)
        self.ctm = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
                    270: (0, 1, -1, 0, y1, -x0)}.get(rotation, (1, 0, 0, 1, -x0, -y0))
        self.width, self.height = (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, self.height - (b * x + d * y + f)

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a page-space rectangle."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    def slant(self, m: raw.FS_MATRIX) -> float:
        """How far the char's baseline turns from the page's axes, in degrees (0 for text
        drawn level or turned a quarter; 45 for a diagonal watermark)."""
        import math

        a0, b0, c0, d0, _, _ = self.ctm
        a, b = m.a * a0 + m.b * c0, m.a * b0 + m.b * d0
        angle = abs(math.degrees(math.atan2(b, a))) % 90
        return min(angle, 90 - angle)

    def upright(self, m: raw.FS_MATRIX) -> bool:
        """pdfminer's LTChar.upright, from the char's matrix and the page rotation."""
        a0, b0, c0, d0, _, _ = self.ctm
        a, b = m.a * a0 + m.b * c0, m.a * b0 + m.b * d0
        c, d = m.c * a0 + m.d * c0, m.c * b0 + m.d * d0
        return a * d > 0 and b * c <= 0


def read_page(page: pdfium.PdfPage) -> PageObjects:
    """Chars, straight edges and the image count of one page."""
    found = read_drawings(page)
    found.chars = read_chars(page)
    return found


def read_drawings(page: pdfium.PdfPage) -> PageObjects:
    """Everything but the chars: edges, images, and text PDFium would leave out."""
    frame = _Frame(page)
    found = PageObjects(width=frame.width, height=frame.height)
    _walk_objects(page.raw, frame, found)
    return found


def read_chars(page: pdfium.PdfPage) -> list[dict]:
    return _chars(page, _Frame(page))


# ----------------------------------------------------------------------------- chars
def _chars(page: pdfium.PdfPage, frame: _Frame) -> list[dict]:
    textpage = page.get_textpage()
    tp = textpage.raw
    rect, matrix = raw.FS_RECTF(), raw.FS_MATRIX()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict[int, str] = {}
    chars: list[dict] = []
    last_box = last_run = style_of = None
    style: dict = {}
    size, level = 0.0, False
    # the text page by its plain address: the calls below run once per glyph, and pypdfium2's
    # own bindings check and convert a pointer object on every call. (FPDFText_GetText reads
    # all codes at once, but its text indices need not be the char indices: a page of
    # unmapped CID glyphs comes out shifted.)
    at = ctypes.cast(tp, ctypes.c_void_p).value
    try:
        for i in range(raw.FPDFText_CountChars(tp)):
            code = _unicode(at, i)
            if _generated(at, i):
                continue  # line breaks and word spaces PDFium inferred: layout decides those
            if code in (0, 10, 13) or 0xDC00 <= code <= 0xDFFF:
                continue
            if 0xD800 <= code <= 0xDBFF:  # a character beyond the BMP comes as a surrogate pair
                low = _unicode(at, i + 1)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) if 0xDC00 <= low <= 0xDFFF else 0xFFFD
            _loose_box(at, i, rect)
            address = _text_object_address(at, i) or 0
            box = (rect.left, rect.bottom, rect.right, rect.top, address)  # the text object, by address
            if last_box is not None and box == last_box:
                chars[-1]["text"] += chr(code)  # a ligature (ﬀ) PDFium spells out in one box
                continue
            last_box = box
            if box[4] != style_of:
                # matrix, colour, size and font belong to the text object, not the glyph:
                # read once per object (a run of glyphs), not once per glyph
                style_of = box[4]
                raw.FPDFText_GetMatrix(tp, i, matrix)
                raw.FPDFText_GetFillColor(tp, i, r, g, b, a)
                # the font size times the text matrix's scale, as pdfminer's size (some
                # writers set a 1-point font and scale it with the matrix)
                size = raw.FPDFText_GetFontSize(tp, i) * abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
                level = size and abs(matrix.b) < 1e-6 and abs(matrix.c) < 1e-6 and matrix.a > 0 and matrix.d > 0
                style = {"fontname": _font_name(address, fonts),
                         "non_stroking_color": (r.value, g.value, b.value),
                         "upright": frame.upright(matrix), "slant": frame.slant(matrix)}
            left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
            if level:
                top = bottom + size  # pdfminer's box is one em tall, from the descent up
            x0, y_top, x1, y_bottom = frame.box(left, bottom, right, top)
            run = None  # (text object, baseline) of a level glyph on an unturned page
            if level and frame.ctm[0] == 1:
                _char_origin(at, i, ox, oy)
                run = (box[4], oy.value)
                if run == last_run and chars:
                    # the previous glyph of this run ends where this one starts: its advance
                    # from the PDF's own widths, not from a stand-in font's glyph
                    prev = chars[-1]
                    prev["x1"] = max(prev["x0"], min(prev["x1"], frame.point(ox.value, oy.value)[0]))
            last_run = run
            chars.append({"text": chr(code), "x0": x0, "x1": x1, "top": y_top, "bottom": y_bottom, "doctop": y_top,
                          "size": size or (y_bottom - y_top), **style})
    finally:
        textpage.close()
    return chars


def _by_address(function, returns_address: bool = False):
    """`function` of pypdfium2's bindings taking its first argument (a text page, a text
    object, a path segment) as a plain address, and with `returns_address` returning one:
    these run once per glyph or path segment, where pypdfium2's own bindings convert or
    make a ctypes pointer object on every call (reading a returned pointer's address,
    ctypes.cast, alone cost a tenth of the glyph loop). A pointer object is accepted too."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p if returns_address else function.restype,
                                 ctypes.c_void_p, *function.argtypes[1:])
    return prototype(ctypes.cast(function, ctypes.c_void_p).value)


_font_address = _by_address(raw.FPDFTextObj_GetFont, returns_address=True)
_text_object_address = _by_address(raw.FPDFText_GetTextObject, returns_address=True)
_unicode = _by_address(raw.FPDFText_GetUnicode)
_generated = _by_address(raw.FPDFText_IsGenerated)
_loose_box = _by_address(raw.FPDFText_GetLooseCharBox)
_char_origin = _by_address(raw.FPDFText_GetCharOrigin)
_path_segment = _by_address(raw.FPDFPath_GetPathSegment, returns_address=True)
_segment_point = _by_address(raw.FPDFPathSegment_GetPoint)
_segment_type = _by_address(raw.FPDFPathSegment_GetType)
_segment_close = _by_address(raw.FPDFPathSegment_GetClose)


def _font_name(text_object: int, fonts: dict[int, str]) -> str:
    """The base font name of the text object at address `text_object`, cached per font
    (a page has thousands of text objects and a handful of fonts)."""
    font = _font_address(text_object) if text_object else None
    if font not in fonts:
        name = ""
        if font:
            handle = ctypes.cast(font, raw.FPDF_FONT)
            size = raw.FPDFFont_GetBaseFontName(handle, None, 0)
            if size > 0:
                buf = ctypes.create_string_buffer(size)
                raw.FPDFFont_GetBaseFontName(handle, buf, size)
                name = buf.value.decode("utf-8", "replace")
        fonts[font] = name
    return fonts[font]


# ----------------------------------------------------------------------------- drawings
def _walk_objects(parent, frame: _Frame, found: PageObjects, form=None, outer=None, depth: int = 0) -> None:
    """Every path (as edges) and image on the page, forms descended with their matrices."""
    count, get = ((raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject) if form is not None
                  else (raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject))
    holder = form if form is not None else parent
    m = raw.FS_MATRIX()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(count(holder)):
        obj = get(holder, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            found.n_images += 1
        elif kind == raw.FPDF_PAGEOBJ_TEXT:
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            if right.value - left.value < 0.01 and top.value - bottom.value < 0.01 and _symbolic_unembedded(obj):
                found.n_unplaced_text += 1
        elif kind in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            raw.FPDFPageObj_GetMatrix(obj, m)
            here = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                edges = _path_edges(obj, here, frame)
                found.edges.extend(edges)
                found.n_rulings += bool(edges)
            elif depth < MAX_FORM_DEPTH:
                _walk_objects(parent, frame, found, form=obj, outer=here, depth=depth + 1)


def _symbolic_unembedded(text_obj) -> bool:
    """Spaces also sit at a point; they are set in ordinary (non-symbolic) fonts, while a
    CID font for Chinese declares itself symbolic (font descriptor flag 4)."""
    font = raw.FPDFTextObj_GetFont(text_obj)
    return bool(font) and not raw.FPDFFont_GetIsEmbedded(font) and bool(raw.FPDFFont_GetFlags(font) & 4)


def _compose(inner: tuple, outer: tuple | None) -> tuple:
    """inner then outer, PDF row-vector convention."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_edges(obj, m: tuple, frame: _Frame) -> list[dict]:
    n = raw.FPDFPath_CountSegments(obj)
    if n <= 1 or n > MAX_SEGMENTS:
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    # the path's matrix, then pdfminer's device space (frame.point), as one affine map
    a, b, c, d, e, f = _compose(m, frame.ctm)
    h = frame.height
    points: list[tuple[int, float, float, bool]] = []
    for i in range(n):
        seg = _path_segment(obj, i)
        _segment_point(seg, x, y)
        px, py = x.value, y.value
        points.append((_segment_type(seg), a * px + c * py + e, h - (b * px + d * py + f), bool(_segment_close(seg))))
        if i == SAMPLE_SEGMENTS and n > LONG_PATH and not _all_straight(points):
            return []
    return _edges_of(points)


def _all_straight(points) -> bool:
    for (_, x0, y0, _), (kind, x1, y1, _) in zip(points, points[1:]):
        if kind == raw.FPDF_SEGMENT_BEZIERTO:
            return False
        if kind == raw.FPDF_SEGMENT_LINETO and abs(x1 - x0) > _AXIS_TOLERANCE and abs(y1 - y0) > _AXIS_TOLERANCE:
            return False
    return True


def _edges_of(points) -> list[dict]:
    """Axis-aligned straight segments (closing segments included) as pdfplumber edges."""
    edges = []
    start = prev = None
    for kind, x, y, close in points:
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = prev = (x, y)
            continue
        if prev is not None and kind == raw.FPDF_SEGMENT_LINETO:
            _add_edge(edges, prev, (x, y))
        prev = (x, y)
        if close and start is not None:
            _add_edge(edges, prev, start)
            prev = start
    return edges


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(x1 - x0) <= _AXIS_TOLERANCE and abs(y1 - y0) <= _AXIS_TOLERANCE:
        return  # a point, not an edge
    if abs(x1 - x0) <= _AXIS_TOLERANCE:
        orientation, x1 = "v", x0
    elif abs(y1 - y0) <= _AXIS_TOLERANCE:
        orientation, y1 = "h", y0
    else:
        return
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    edges.append({"object_type": "path_edge", "x0": left, "x1": right, "top": top, "bottom": bottom,
                  "doctop": top, "width": right - left, "height": bottom - top, "orientation": orientation})
