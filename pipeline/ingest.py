"""File → Document: PDFs opened by pdfplumber and read by PDFium (`pdfium_page`), text
files through a real encoding detector.

`read_document(path)` is the whole single-file pipeline the CLI and the batch use:
read bytes → per-format extraction → `clean` → `script` → `meta` → `tag`.
Every problem with the file itself is raised as a coded `YanbaoError`; problems with
part of it become warnings on the Document.
"""
from __future__ import annotations

import bisect
import hashlib
import io
import logging
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional

from . import clean, encoding, layout, meta, pdfium_page, script
from .document import Document, Page, Source, Table
from .normalize.continued import header_words, untitled
from . import inputs
from .errors import YanbaoError, message
from .inputs import doc_id_for
from .pdfium_page import PageObjects
from .periods import BARE_CHANGE, DAY_FIRST_DATE, UNHEADED_COLUMN, arabic_years, period_of_label
from .read import ocr, ruled
from .read.runon import run_on_peers, run_on_tables
from .read.stacked import FIGURE_CELL, stacked_tables
from .read.spaced import caption_above, caption_at_foot, continued_tables, ending_tables, spaced_tables, starts_page
from .textutil import half_width

log = logging.getLogger(__name__)

# pdfplumber's table finder is the costly part of a parse; a page needs at least this
# many ruling lines or rectangles before it is worth asking for tables.
MIN_TABLE_EDGES = 6


@dataclass
class RawPage:
    """One page as extracted, before cross-page cleaning."""

    number: int
    lines: list[layout.Line] = field(default_factory=list)
    sidebar: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    n_chars: int = 0
    n_duplicates: int = 0
    has_images: bool = False
    cid_garbage: bool = False
    rows: list[str] = field(default_factory=list)  # page 1: words of each baseline across the page, for meta
    ocr: bool = False  # no usable text layer: OCR was tried on the page
    ocr_confidence: Optional[float] = None
    failed: bool = False  # could not be read at all (W007 says why): not a page without text
    ending: list = field(default_factory=list)  # the borderless grids the page ends with: the next page may go on with them
    foot_caption: Optional[str] = None  # a table's caption the page break left at the page's foot, its table on the next page


# ----------------------------------------------------------------------------- bytes
def read_bytes(path: Path) -> bytes:
    """The file's bytes — only a regular file's, and only up to the size limit."""
    readable_size(path)
    try:
        return path.read_bytes()
    except OSError as e:
        raise _os_error(path, e) from e


def readable_size(path: Path) -> int:
    """The size of a file we may read: only a regular file (a FIFO would hang the batch,
    /dev/zero would fill the memory), only up to the size limit."""
    try:
        if path.is_symlink():
            path.resolve(strict=True)
        kind = inputs.kind_of(path)
        if kind is not None:
            raise YanbaoError("E012", inputs.shown(path), kind=kind)
        size = path.stat().st_size
        if size > inputs.MAX_SIZE_MB * 1_000_000:
            raise YanbaoError("E013", inputs.shown(path), size=round(size / 1e6, 1), limit=inputs.MAX_SIZE_MB)
        return size
    except RuntimeError as e:  # symlink loop on older Pythons
        raise YanbaoError("E011", inputs.shown(path)) from e
    except OSError as e:
        raise _os_error(path, e) from e


def _os_error(path: Path, e: OSError) -> YanbaoError:
    if e.errno == 40:  # ELOOP
        return YanbaoError("E011", inputs.shown(path))
    if isinstance(e, FileNotFoundError):
        return YanbaoError("E009", inputs.shown(path))
    reason = e.strerror.lower() if e.strerror else type(e).__name__
    return YanbaoError("E002", inputs.shown(path), reason=reason)


# ----------------------------------------------------------------------------- PDF
def looks_like_table(rows: list[list]) -> bool:
    """pdfplumber also finds page frames and boxed paragraphs: a table has at least
    two rows and two columns, most cells filled, and short cells."""
    cells = [c for r in rows for c in r]
    filled = [c for c in cells if c and c.strip()]
    if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2 or not filled:
        return False
    lengths = sorted(len(c) for c in filled)
    return len(filled) / len(cells) >= 0.3 and lengths[len(lengths) // 2] <= 40


def _drop_empty_columns(rows: list[list]) -> list[list]:
    width = max(len(r) for r in rows)
    rows = [r + [None] * (width - len(r)) for r in rows]
    keep = [i for i in range(width) if any(r[i] for r in rows)]
    return [[r[i] for i in keep] for r in rows]


def _table_from_pdfplumber(found, number: int) -> list[Table]:
    rows = [[clean.cell_text(c) for c in row] for row in ruled.extract(found)]
    if not looks_like_table(rows):
        return []
    rows = [r for r in rows if any(c for c in r)]
    rows = _drop_empty_columns(rows)
    return [Table(kind="other", page=number, columns=clean.column_names(half[0]),
                  rows=clean.rows_as_dicts(half), cells=half, bbox=tuple(round(v, 2) for v in found.bbox),
                  source="ruled") for half in split_abreast(rows)]


def split_abreast(cells: list[list]) -> list[list[list]]:
    """A grid that is two tables side by side, as a company's balance sheet prints assets beside
    liabilities in one ruled table ('资产 | 附注 | 期末余额 | 上年年末余额 | 负债和所有者权益 | 附注 |
    期末余额 | 上年年末余额'): a header whose two halves head the same periods in the same places,
    each after a stub of its own, is split into them — each row's half, where it prints anything,
    a row of its table. Any other grid is one table."""
    from .read.borderless import is_period

    header = cells[0] if cells else []
    half = len(header) // 2
    if half < 2 or len(header) % 2 or not header[half] or is_period(header[half]):
        return [cells]
    left, right = header[:half], header[half:]

    def period(h):
        return (h or "").replace(" ", "") if h and is_period(h) else None

    marks = [period(h) for h in left]
    if not any(marks) or marks != [period(h) for h in right]:
        return [cells]
    return [[header[:half]] + [r[:half] for r in cells[1:] if any(r[:half])],
            [header[half:]] + [r[half:] for r in cells[1:] if any(r[half:])]]


def turn_upright(chars: list[dict], frame: float) -> list[dict]:
    """Characters set running down the page (a turned page or a landscape table),
    turned a quarter so they read left to right: x along the run, lines downward.
    Text may run up the page instead (turned the other way): which way is told by how
    each character stands from the one drawn before it on its line."""
    if _runs_up(chars):
        return [{**c, "x0": frame - c["bottom"], "x1": frame - c["top"], "top": c["x0"], "bottom": c["x1"],
                 "upright": True} for c in chars]
    return [{**c, "x0": c["top"], "x1": c["bottom"], "top": frame - c["x1"], "bottom": frame - c["x0"], "upright": True}
            for c in chars]


def _runs_up(chars: list[dict]) -> bool:
    up = down = 0
    for a, b in zip(chars, chars[1:]):
        if abs(a["x0"] - b["x0"]) < 1 and abs(a["top"] - b["top"]) < 3 * max(a["bottom"] - a["top"], 1):
            up += b["top"] < a["top"]
            down += b["top"] > a["top"]
    return up > down


def extract_pdf_page(page: PageObjects, number: int, find_tables: bool = True, carried: list = ()) -> RawPage:
    """One page's lines, sidebars and tables; `find_tables=False` is the fallback for a
    page whose drawings break pdfplumber's table finder; `carried`, the tables the page
    before ended with (a table cut by the page break may go on here under no header)."""
    raw = RawPage(number=number, width=page.width, height=page.height)
    raw.has_images = page.n_images > 0
    raw.ocr, raw.ocr_confidence = page.ocr_confidence is not None, page.ocr_confidence
    page.chars = layout.drop_template_markers(layout.drop_hidden_text(page.chars)[0])
    tables = []
    if find_tables and page.n_rulings >= MIN_TABLE_EDGES:
        try:
            tables = page.find_tables()
        except Exception as e:  # a malformed drawing must not cost the page's text
            raise _PageTableError(str(e)) from e
    chars = page.chars
    raw.cid_garbage = _is_cid_garbage(chars) or _implausible(chars)
    turned = sum(1 for c in chars if not c.get("upright", True)) > 0.5 * len(chars) if chars else False
    if turned:
        frame = max([raw.width, raw.height] + [c["x1"] for c in chars])
        chars = turn_upright(chars, frame)
        raw.width, raw.height = max([raw.height] + [c["x1"] for c in chars]), frame
    if tables:
        # a chart's gridlines make "tables" of empty cells: those with too few characters
        # inside to fill a third of their cells are not worth pdfplumber's cell extraction
        tops = sorted(((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2) for c in page.chars)
        keys = [t for t, _ in tops]
    for t in tables:
        x0, top, x1, bottom = t.bbox
        inside = sum(1 for _, x in tops[bisect.bisect_left(keys, top):bisect.bisect_right(keys, bottom)] if x0 <= x <= x1)
        if inside < 0.3 * len(t.cells):
            continue
        raw.tables += _table_from_pdfplumber(t, number)
    # a table read from word geometry is preferred over the finder's reading of the same
    # region: rules drawn under a header row alone cut it into bands. On a turned page the
    # words are read turned upright, so a table drawn rotated reads row by row; the finder
    # read the rotated glyphs ("7 0 + 2 0 2 E"), so its tables give way to any found here.
    from .read import borderless

    # fake bold dropped once, for the words tables are read from and for the page's lines
    single, doubled = layout.drop_fake_bold([c for c in chars if c.get("upright", True) and c.get("text", "").strip()])
    for_layout = single + [c for c in chars if c.get("upright", True) and not c.get("text", "").strip()]
    tokens = borderless.tokens_of(single, bold_dropped=True)
    if script.looks_traditional([t.text for t in tokens]):
        # the reader knows its words in simplified forms (营业收入, 调整后, 资料来源); the page's
        # own text stays traditional here and is converted with offsets back (_page)
        tokens = [replace(t, text=script.simplified_word(t.text)) for t in tokens]
    rows = borderless.rows_of(tokens)  # once: the tables and page 1's meta both read them
    found, raw.ending = borderless_tables(chars, number, rows, carried, raw.height)
    if turned:
        raw.tables = (raw.tables if not found else []) + found
        exclude = [b.bbox for b in found]  # the finder's boxes are in the unturned frame
    else:
        raw.tables = [t for t in raw.tables if not any(_overlaps(t.bbox, b.bbox) for b in found)] + found
        exclude = [t.bbox for t in raw.tables]
    if number == 1:
        # meta reads these: a download stamp among them must not give the report's date or a name
        raw.rows = [line for line in (clean.remove_stamps(" ".join(t.text for t in row)).strip() for row in rows) if line]
    lay = layout.layout_chars(for_layout, raw.width, raw.height, exclude=exclude, doubles_dropped=doubled)
    raw.lines, raw.sidebar = lay.lines, lay.sidebar
    raw.n_chars, raw.n_duplicates = lay.n_chars, lay.n_duplicates
    raw.foot_caption = _foot_caption(raw.lines, raw.tables)
    _caption_ruled(raw.lines, raw.tables)
    return raw


def _caption_ruled(lines: list, tables: list[Table]) -> None:
    """A ruled table (pdfplumber's finder reads it; the word-geometry reader names its own) takes
    the caption just above it: the nearest line over it within three of its lines' height, where
    that line is a table's caption ('表3：…', '图表1 …') or names a unit ('附录:财务报表预测(单位:百万元)')."""
    from .read.borderless import TABLE_CAPTION

    for t in tables:
        if t.source != "ruled" or t.title or not t.bbox:
            continue
        x0, top, x1, _ = t.bbox
        above = [line for line in lines if line.bottom <= top + 1 and top - line.bottom <= 3 * line.size + 6
                 and line.x0 < x1 and line.x1 > x0]
        if not above:
            continue
        text = max(above, key=lambda line: line.bottom).text.strip()
        if len(text) <= 60 and not text.endswith("。") and (TABLE_CAPTION.match(text) or re.search(r"单位\s*[:：]", text)):
            t.title = text


def _foot_caption(lines: list, tables: list[Table]) -> Optional[str]:
    """The caption on the page's last lines (a page number or a line of footer may follow
    it) with no table under it: the page break separated it from its table."""
    from .read.borderless import TABLE_CAPTION

    lowest = sorted(lines, key=lambda line: line.top)[-3:]
    for k, line in enumerate(lowest):
        if TABLE_CAPTION.match(line.text.strip()) and len(line.text) <= 60 and \
                not any(t.bbox and t.bbox[1] >= line.bottom - 1 for t in tables) and \
                all(len(after.text.strip()) <= 30 and not TABLE_CAPTION.match(after.text.strip()) for after in lowest[k + 1:]):
            return line.text.strip()
    return None


# a running header stands in a page's top tenth
_RUNNING_HEADER = 0.1


def _caption_from_before(raw: RawPage, caption: Optional[str]) -> None:
    """The first table of a page with no caption of its own takes the one the page before
    left at its foot — as does one whose caption was read from the page's first line, the
    running header, where nothing else stands over the table."""
    if not caption:
        return
    first = min((t for t in raw.tables if t.bbox), key=lambda t: t.bbox[1], default=None)
    if first is None:
        return
    # every line over the table in the page's top margin, and its caption their words: a running header
    over = [line for line in raw.lines if line.bottom <= first.bbox[1] + 1]
    words = sorted(re.sub(r"\s", "", "".join(line.text for line in over)))
    running = bool(over) and all(line.bottom < _RUNNING_HEADER * raw.height for line in over) \
        and words == sorted(re.sub(r"\s", "", first.title or ""))
    if not (first.title or "").strip() or running:
        first.title = caption


def _overlaps(a, b) -> bool:
    """Two boxes share at least a third of the smaller one's area."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return False
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h >= smaller / 3


def borderless_tables(chars: list[dict], number: int, rows=None, carried: list = (),
                      page_height: Optional[float] = None) -> tuple[list[Table], list]:
    """Tables drawn without rulings (broker statements, forecasts, comparables), read
    from word positions by `read.borderless` (`rows`: the page's words by baseline;
    `carried`: the grids the page before ended with), and the grids this page ends with."""
    from .read import borderless

    out = []
    headers_at_end: list = []
    grids = borderless.read_grids(chars, rows, carried, headers_at_end, page_height)
    for grid in grids:
        header = [[" ".join(c.header) or None for c in grid.stub + grid.columns]]
        cells = header + grid.rows
        filled = sum(1 for r in grid.rows for v in r[len(grid.stub):] if v)
        total = sum(len(r) - len(grid.stub) for r in grid.rows)
        out.append(Table(kind="other", page=number, columns=clean.column_names(header[0]),
                         rows=clean.rows_as_dicts(cells), cells=cells, bbox=grid.bbox,
                         title=" ".join(grid.title) or None, header_rows=1, row_groups=grid.groups,
                         source="borderless",
                         report={"stub_columns": len(grid.stub), "value_cells_filled": filled,
                                 "value_cells": total, "unassigned_words": grid.unassigned,
                                 # where each column stands: a table a page cut goes on in the same places
                                 "column_centers": [round(c.center, 1) for c in grid.stub + grid.columns],
                                 "footer": " ".join(grid.footer) or None,
                                 **({"continued": True} if grid.continued else {}),
                                 **({"cut_tail": grid.cut_tail} if grid.cut_tail else {})}))
    return out, borderless.ending_grids(grids + headers_at_end)


def _unreadable(chars: list[dict]) -> bool:
    """No text layer a reader can use: none at all, (cid:NN) codes, or symbols no one reads."""
    return not any(c["text"].strip() for c in chars) or _is_cid_garbage(chars) or _implausible(chars)


def _is_cid_garbage(chars: list[dict]) -> bool:
    sample = chars[:2000]
    return bool(sample) and sum(1 for c in sample if c["text"].startswith("(cid:")) > 0.3 * len(sample)


def _implausible(chars: list[dict]) -> bool:
    """Text a person could read: Han, ASCII, common punctuation and full-width forms."""
    from . import textutil

    sample = [c["text"] for c in chars[:2000] if c["text"].strip()]
    if not sample:
        return False
    readable = sum(1 for t in sample if t.isascii() and t.isprintable() or textutil.is_cjk(t) or t in "·•—…“”‘’")
    return readable < 0.8 * len(sample)


class _PageTableError(Exception):
    pass


def _open_pdf(data: bytes, path: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError

    head = data[:1024]
    if b"%PDF-" not in head:
        raise YanbaoError("E003", path, head=_head(data))
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pdf.pages  # forces the page tree: truncation shows up here
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise YanbaoError("E005", path) from e
    except Exception as e:
        if "password" in str(e).lower() or type(e).__name__ == "PdfminerException" and \
                "PDFPasswordIncorrect" in repr(e):
            raise YanbaoError("E005", path) from e
        raise YanbaoError("E004", path, reason=_short(e)) from e
    return pdf


def _head(data: bytes) -> str:
    text = data[:12].decode("latin-1")
    return text if text.isprintable() else data[:8].hex(" ")


def _short(e: Exception) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {text}"[:160] if text else type(e).__name__


def extract_pdf(data: bytes, path: str, doc: Document) -> tuple[list[RawPage], dict]:
    """Every page of a PDF, and its document info dictionary.

    pdfplumber opens the file (its errors name what is wrong with it, and it reads the
    info dictionary); the pages are read by PDFium (`pdfium_page`): on the corpus it reads
    a chart-heavy page in milliseconds where pdfminer spends most of a second. A file
    PDFium cannot open is read page by page through pdfplumber instead."""
    pdf = _open_pdf(data, path)
    try:
        info = dict(pdf.metadata or {})
        if not pdf.pages:
            raise YanbaoError("E010", path)
        if len(pdf.pages) > inputs.MAX_PAGES:
            raise YanbaoError("E014", path, pages=len(pdf.pages), limit=inputs.MAX_PAGES)
        if getattr(pdf.doc, "encryption", None):
            doc.warn("W006", message("W006"), "ingest", partial=False)
        doc.source.pages = len(pdf.pages)
        pdfium_doc = _open_pdfium(data)
        if pdfium_doc is not None and len(pdfium_doc) != len(pdf.pages):
            pdfium_doc.close()
            pdfium_doc = None
        if pdfium_doc is None:
            log.debug("%s: PDFium cannot read it; pdfplumber reads every page", path)

        def plumbed(number: int) -> PageObjects:
            page = pdf.pages[number - 1]
            try:
                return PageObjects.from_pdfplumber(page)
            finally:
                page.close()  # drop the page's cached objects: memory stays flat

        def read(number: int) -> PageObjects:
            check_inflation(pdf.pages[number - 1])  # before either reader decompresses it
            if pdfium_doc is None:
                return plumbed(number)
            page = pdfium_doc[number - 1]
            try:
                objects = pdfium_page.read_drawings(page)
                if objects.n_unplaced_text:  # text PDFium would leave out: pdfplumber reads the page
                    fallback = plumbed(number)
                    # unless pdfminer cannot map the font's codes (PDFium ships the CMaps)
                    if not _is_cid_garbage(fallback.chars):
                        return fallback
                objects.chars = pdfium_page.read_chars(page)
                if _unreadable(objects.chars) and ocr.available():
                    chars, confidence = ocr.page_chars(page)
                    objects.chars, objects.ocr_confidence = chars, confidence or 0.0
                return objects
            finally:
                page.close()

        try:
            return _read_pages(len(pdf.pages), read, path, doc), info
        finally:
            if pdfium_doc is not None:
                pdfium_doc.close()
    finally:
        pdf.close()


# A page whose content streams decompress to more than this is not read (W007): a few
# megabytes of zeros compress a thousandfold, and both readers would hold the whole
# inflated stream. Real pages hold kilobytes to a few megabytes of drawing operators.
MAX_INFLATED_MB = 256


class InflatesTooFar(Exception):
    pass


def check_inflation(pdf_page, limit_mb: int | None = None) -> None:
    """Raise InflatesTooFar when a page's content streams inflate past the limit, counted
    by decompressing them a megabyte at a time and keeping nothing. Only streams large
    enough to matter are measured (deflate expands at most ~1,032 times)."""
    import zlib

    from pdfminer.pdftypes import PDFStream, resolve1

    limit = (limit_mb or MAX_INFLATED_MB) * 1_000_000
    contents = resolve1(pdf_page.page_obj.attrs.get("Contents"))
    total = 0
    for stream in contents if isinstance(contents, list) else [contents]:
        stream = resolve1(stream)
        raw = getattr(stream, "rawdata", None) if isinstance(stream, PDFStream) else None
        if not raw:
            continue
        filters = [str(name) for name, _ in stream.get_filters()]
        if len(raw) * 1032 < limit // 8 or not filters or "Fl" not in filters[0]:
            total += len(raw)
            continue
        inflater = zlib.decompressobj()
        pending = raw
        try:
            while pending and total <= limit:
                total += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # a broken stream is the readers' to report
        if total > limit:
            raise InflatesTooFar(f"its content inflates past {limit // 1_000_000} MB")


def _read_pages(count: int, read, path: str, doc: Document) -> list[RawPage]:
    """Each page number through `read` (number → PageObjects); a page that fails costs that page."""
    out: list[RawPage] = []
    for number in range(1, count + 1):
        try:
            objects = read(number)
            carried = out[-1].ending if out else []
            try:
                raw = extract_pdf_page(objects, number, carried=carried)
            except _PageTableError as e:
                doc.warn("W003", message("W003", reason=str(e)[:120]), "ingest", number)
                raw = extract_pdf_page(objects, number, find_tables=False, carried=carried)
            _caption_from_before(raw, out[-1].foot_caption if out else None)
        except YanbaoError:
            raise
        except Exception as e:
            reason = str(e) if isinstance(e, InflatesTooFar) else _short(e)
            if not out:
                raise YanbaoError("E004", path, reason=reason) from e
            doc.warn("W007", message("W007", reason=reason), "ingest", number)
            raw = RawPage(number=number, failed=True)
        out.append(raw)
    return out


def _open_pdfium(data: bytes):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data)
    except Exception:
        return None


def _warn_textless(pages: list[RawPage], doc: Document) -> None:
    total = len(pages)
    no_text = [p.number for p in pages if p.n_chars == 0 and not p.ocr and not p.failed]
    garbage = [p.number for p in pages if p.cid_garbage]
    read = [p for p in pages if p.ocr and p.n_chars]
    blank = [p.number for p in pages if p.ocr and not p.n_chars]
    hint = "" if ocr.available() else (" — OCR is turned off" if ocr.installed()
                                       else " — pip install 'yanbao[ocr]' reads them")
    if no_text:
        doc.warn("W001", message("W001", pages=len(no_text), total=total) + hint, "ingest",
                 no_text[0] if len(no_text) == 1 else None)
    if blank:
        doc.warn("W001", message("W001", pages=len(blank), total=total) + ": OCR found no text on them", "ingest",
                 blank[0] if len(blank) == 1 else None)
    if garbage:
        doc.warn("W002", message("W002", pages=len(garbage), total=total) + hint, "ingest",
                 garbage[0] if len(garbage) == 1 else None)
    if read:
        confidence = sum(p.ocr_confidence or 0 for p in read) / len(read)
        doc.warn("W016", message("W016", pages=len(read), total=total, confidence=f"{confidence:.2f}"), "ingest",
                 read[0].number if len(read) == 1 else None, partial=False)


def html_tables(markup: str) -> list[Table]:
    """<table> elements as tables of page 1, the first row as header."""
    from bs4 import BeautifulSoup

    tables = []
    for el in BeautifulSoup(markup, "html.parser").find_all("table"):
        cells = [r for r in _table_grid(el) if any(r)]
        if cells:
            tables += [Table(kind="other", page=1, columns=clean.column_names(half[0]),
                             rows=clean.rows_as_dicts(half), cells=half) for half in split_abreast(cells)]
    return tables


def _table_grid(table) -> list[list[Optional[str]]]:
    """A <table> element's cells as a grid, one list per <tr>. A cell spanning columns or
    rows (colspan, rowspan) fills its first slot; the slots it covers stay empty, as on the
    page it was drawn from, so a section row ('汇率风险' across six columns) puts no label
    in a figure's column — except in the header rows, which are read as one: each column's
    header is what every header row says above it ('原预测 (调整前)' over three years, then
    '2026E': '原预测 (调整前) 2026E'), as a PDF table's stacked header is read."""
    grid: list[list[Optional[str]]] = []
    covered: dict[tuple[int, int], Optional[str]] = {}  # slots a span fills: the spanning cell's text
    for r, tr in enumerate(table.find_all("tr")):
        row: list[Optional[str]] = []
        for td in tr.find_all(["td", "th"]):
            while (r, len(row)) in covered:
                row.append(None)
            text = clean.cell_text(td.get_text("\n", strip=True))
            span_cols, span_rows = _span(td.get("colspan")), _span(td.get("rowspan"))
            for k in range(span_rows):
                for c in range(span_cols):
                    if k or c:
                        covered[(r + k, len(row) + c)] = text
            row += [text] + [None] * (span_cols - 1)
        while (r, len(row)) in covered:
            row.append(None)
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    grid = [r + [None] * (width - len(r)) for r in grid]
    # header rows: they head columns (text beyond the stub) and print no figure (a bare year
    # heads a column); a section row ('经营' across the table) heads none
    from .read.borderless import NUMBER, is_period

    def figure(cell: Optional[str]) -> bool:
        return bool(cell) and NUMBER.fullmatch(cell.replace(" ", "")) is not None and not is_period(cell)

    def section(row: list) -> bool:
        # '流动资产: | | | 流动负债:' (two statements abreast): names the rows below, heads no column
        return head > 0 and all(c.rstrip().endswith((":", "：")) for c in row if c)

    head = 0
    while head < min(3, len(grid) - 1) and any(grid[head][1:]) and not any(figure(c) for c in grid[head][1:]) \
            and not section(grid[head]):
        head += 1
    if head <= 1:
        return grid
    header = []
    for c in range(width):
        parts = [grid[r][c] or covered.get((r, c)) for r in range(head)]
        header.append(" ".join(dict.fromkeys(p for p in parts if p)) or None)
    return [header] + grid[head:]


def _span(value) -> int:
    try:
        return max(1, min(int(str(value).strip().strip('"')), 100))
    except (TypeError, ValueError):
        return 1


# an HTML table written inside a text or Markdown file, as PDF-to-Markdown converters
# (MinerU, marker) print every table they find
_INLINE_TABLE = re.compile(r"(?:<html>\s*<body>\s*)?<table\b.*?</table\s*>(?:\s*</body>\s*</html>)?", re.I | re.S)


def inline_tables_as_pipes(page: str) -> str:
    """A text page with each HTML <table> in it written as a Markdown table — a header
    line, a rule line, one line per row, a blank line either side — so that one reader
    (pipe_tables) reads the tables of every text, and the page's text reads as rows, not
    markup."""
    if not re.search(r"<table\b", page, re.I):
        return page
    from bs4 import BeautifulSoup

    def as_pipes(m: re.Match) -> str:
        grid = [r for r in _table_grid(BeautifulSoup(m.group(0), "html.parser")) if any(r)]
        if not grid:
            return ""
        lines = ["| " + " | ".join((c or "").replace("|", "/") for c in row) + " |" for row in grid]
        lines.insert(1, "|" + "---|" * len(grid[0]))
        return "\n\n" + "\n".join(lines) + "\n\n"

    return _INLINE_TABLE.sub(as_pipes, page)


# a row of a company's own report whose figures a copy ran together with no space between them, as 中财网's and
# igu888's copies of a 季度报告 print its table: '营业收入(元)841,475,707.9710.45%2,505,678,215.776.67%' — a label with no
# digit, then the run of figures alone on its line
_GLUED_ROW = re.compile(r"(?P<label>[^\d\s|][^\d|]*?[\u4e00-\u9fff)）])(?P<run>(?:--|-?[\d,]+\.\d+%?){2,})[ \t]*$", re.M)


# one figure of such a run, amounts printing two decimals, or four (a per-share figure): each tried in turn
_GLUED_TOKENS = [re.compile(rf"--|-?\d+\.\d{{2}}%|-?\d{{1,3}}(?:,\d{{3}})+\.\d{{{places}}}|-?\d+\.\d{{{places}}}")
                 for places in (2, 4)]


def _glued_figures(run: str, per_share: bool = False) -> Optional[list[str]]:
    """A run of figures with no space between them, split: amounts in 元 print a fixed number of decimals (two, or four
    for a per-share figure), changes two and a '%', '--' an empty cell. The first number of decimals that splits the
    whole run into figures whose changes stay under 1000% is taken — four first on a per-share row, whose run two
    would split as well ('0.40590.40310.69%': 0.4059, 0.4031, 0.69%, not 0.40, 590.40, 310.69%); None where none does."""
    for token in (_GLUED_TOKENS[::-1] if per_share else _GLUED_TOKENS):
        at, out = 0, []
        while at < len(run):
            m = token.match(run, at)
            if m is None:
                break
            out.append(m.group(0))
            at = m.end()
        if at == len(run) and len(out) >= 2 and all(abs(float(t[:-1])) < 1000 for t in out if t.endswith("%")):
            return out
    return None


# the column heads of an A-share company's own quarterly report, which such a copy runs together too
# ('本报告期本报告期比上年同期增减年初至报告期末年初至报告期末比上年同期增减', '本报告期末上年度末本报告期末比上年度末增减')
_REPORT_HEADS = ("年初至报告期末比上年同期增减", "本报告期末比上年度末增减", "本报告期比上年同期增减", "年初至报告期末",
                 "本报告期末", "本报告期", "上年度末")
_REPORT_HEAD = re.compile("|".join(_REPORT_HEADS))
_GLUED_HEADS = re.compile(rf"^[ \t]*(?:{_REPORT_HEAD.pattern})(?:[ \t]*(?:{_REPORT_HEAD.pattern}))+[ \t]*$", re.M)


def unglued_figure_rows(page: str) -> str:
    """A text page with each row of figures run together (`_GLUED_ROW`) set apart by spaces, as a report prints its
    columns: '营业收入(元) 841,475,707.97 10.45% 2,505,678,215.77 6.67%' — and its column heads so run together
    (`_GLUED_HEADS`) set apart as well."""
    def spaced(m: re.Match) -> str:
        figures = _glued_figures(m.group("run"), per_share="每股" in m.group("label"))
        return m.group(0) if figures is None else m.group("label") + " " + " ".join(figures)
    page = _GLUED_HEADS.sub(lambda m: " ".join(h.group(0) for h in _REPORT_HEAD.finditer(m.group(0))), page)
    return _periods_apart(_grouped_heads(_GLUED_ROW.sub(spaced, page)))


# a statement's column heads run together as such a copy prints them: the stub's word, then its periods with nothing
# between them ('项目2015年1-6月2014年度2013年度2012年度')
_HEAD_PERIOD = r"(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月份?|\d{1,2}\s*月\s*\d{1,2}\s*日|度|末|上半年|前三季度)?"
_GLUED_PERIODS = re.compile(rf"^(?P<stub>[\u4e00-\u9fff]{{1,6}})(?P<periods>(?:{_HEAD_PERIOD}){{2,8}})[ \t]*$", re.M)


def _periods_apart(page: str) -> str:
    """Column heads of periods run together set apart ('项目 2015年1-6月 2014年度 2013年度 2012年度') where the next line
    that holds anything is a row of as many figures, spaced: the heads of its columns."""
    lines = page.split("\n")
    for i, line in enumerate(lines):
        m = _GLUED_PERIODS.match(line)
        if m is None:
            continue
        below = next((l for l in lines[i + 1:] if l.strip()), "")
        periods = [p.group(0) for p in re.finditer(_HEAD_PERIOD, m.group("periods"))]
        if _SPACED_FIGURE_ROW.match(below) and len(below.split()) - 1 == len(periods):
            lines[i] = " ".join([m.group("stub")] + periods)
    return "\n".join(lines)


# the words of a column a group of columns repeats, by which a group's names run together are parted
# ('数量(亿元)同比增长环比增长': '数量(亿元)', '同比增长', '环比增长')
_GROUP_COLUMN_WORDS = re.compile(r"同比增长|环比增长|同比增速|环比增速|同比|环比|增长率|增幅|占比|比重")
# a group's name, its bracket closing it ('M1(货币)'), and the stub's name a first group may carry before it ('数据日期')
_GROUP_NAME = re.compile(r"[^()（）]+?[(（][^()（）]*[)）]")
_STUB_NAME = re.compile(r"^(?:数据日期|统计时间|日期|时间|月份|年月|期间|指标|项目)")
_SPACED_FIGURE_ROW = re.compile(r"^\S+(?: (?:--|-?[\d,]+\.\d+%?))+$")


def _grouped_heads(page: str) -> str:
    """Unglued rows under two header lines that ran together too — a group's column names repeated once a group
    ('数量(亿元)同比增长环比增长' three times) under the groups' names ('数据日期M0(流通中现金)M1(货币)M2(货币与准货币)') —
    with the names line set apart, one name a column, each named by its group and its own name ('M1·同比增长'),
    after the stub's ('数据日期'). Where the names do not repeat evenly over the rows' figures, or the groups' line does
    not part into as many groups, the lines stay as they are."""
    lines = page.split("\n")
    for i in range(2, len(lines)):
        if not _SPACED_FIGURE_ROW.match(lines[i]) or _SPACED_FIGURE_ROW.match(lines[i - 1]):
            continue
        names_line, groups_line, n = lines[i - 1].strip(), lines[i - 2].strip(), len(lines[i].split()) - 1
        for k in range(2, n + 1):
            size = len(names_line) // k if n % k == 0 else 0
            if not size or names_line != names_line[:size] * k:
                continue
            own = _group_columns(names_line[:size], n // k)
            groups = _GROUP_NAME.findall(groups_line)
            stub = _STUB_NAME.match(groups_line)
            if own is None or len(groups) != k or "".join(groups) != groups_line or stub is None:
                break
            groups[0] = groups[0][stub.end():]
            # (a group by its short name before its bracket, where it has one: 'M1' of 'M1(货币)')
            groups = [re.split(r"[(（]", g)[0] or g for g in groups]
            lines[i - 1] = " ".join([stub.group(0)] + [f"{g}·{name}" for g in groups for name in own])
            break
    return "\n".join(lines)


def _group_columns(words: str, count: int) -> Optional[list[str]]:
    """A group's column names run together, parted before each word a group's column is named by; None unless `count`."""
    starts = sorted({0, *(m.start() for m in _GROUP_COLUMN_WORDS.finditer(words))})
    names = [words[a:b] for a, b in zip(starts, starts[1:] + [len(words)]) if words[a:b]]
    return names if len(names) == count else None


# a rule of box characters inside a line, as a terminal-style export (通达信 F10) copied onto one line sets one under its
# header and between its groups of rows; a word of such a line that is a figure ('101.99亿', '-14.87', '4603.19万', '--')
_INLINE_RULE = re.compile(r"[─━═]{5,}")
_FIGURE_WORD = re.compile(r"--|[-−]?\d[\d,]*(?:\.\d+)?(?:万亿|亿|万)?%?")


def rule_rows_apart(page: str) -> str:
    """A text page whose lines each hold a terminal-style table run onto one line ('… 项目名 营业收入(元) 收入比例(%) …
    毛利率(%) ───── 医药零售(行业) 101.99亿 87.01 42.82亿 90.28 41.99 加盟及分销(行业) 29.13亿 … ─────') set out a row a
    line, as the export prints it: each rule on a line of its own, each row after it (a name, then as many figures as
    the first row after the first rule has) on its own, and the header — as many words as a row, right before a rule
    over rows — on its own. Only spaces become line breaks: the page keeps its length and every offset."""
    def apart(line: str) -> str:
        words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", line)]
        rules = [k for k, w in enumerate(words) if _INLINE_RULE.fullmatch(w[2])]
        if not rules or len(rules) == len(words):
            return line
        breaks = set()
        for k in rules:
            breaks.update((k, k + 1))
        bounds = [-1] + rules + [len(words)]
        segments = [list(range(a + 1, b)) for a, b in zip(bounds, bounds[1:])]
        text_of = lambda seg: [words[k][2] for k in seg]  # noqa: E731
        # (the rows' width: as many figures as the first row after a rule has)
        width = next((rows[0][1] for seg in segments[1:] if (rows := _rows_of_words(text_of(seg), None))), None)
        if width is None:
            return line
        for n, seg in enumerate(segments):
            rows = _rows_of_words(text_of(seg), width) if n else []
            taken = sum(size for size, _ in rows)
            at = 0
            for size, _ in rows:
                breaks.add(seg[at])
                at += size
            rest = seg[taken:]
            following = segments[n + 1] if n + 1 < len(segments) else []
            if len(rest) > width and following and _rows_of_words(text_of(following), width) \
                    and not any(_FIGURE_WORD.fullmatch(words[k][2]) for k in rest[-width - 1:]):
                breaks.add(rest[-width - 1])  # the header over the rows after the next rule
            elif rest:
                breaks.add(rest[0])
        chars = list(line)
        for k in breaks:
            if 0 < k < len(words) and words[k][0] > 0 and chars[words[k][0] - 1].isspace():
                chars[words[k][0] - 1] = "\n"
        return "".join(chars)
    return "\n".join(apart(line) if _INLINE_RULE.search(line) else line for line in page.split("\n"))


def _rows_of_words(words: list[str], width: Optional[int]) -> list[tuple[int, int]]:
    """The rows a run of words opens with: a name (words that are no figures), then its figures — `width` of them, or
    where `width` is None as many as the first row has. Each row as (its words, its figures)."""
    rows, at = [], 0
    while at < len(words):
        name = at
        while name < len(words) and not _FIGURE_WORD.fullmatch(words[name]):
            name += 1
        end = name
        while end < len(words) and _FIGURE_WORD.fullmatch(words[end]):
            end += 1
        figures = end - name
        if name == at or figures < 2 or (width is not None and figures != width):
            break
        width = figures
        rows.append((end - at, figures))
        at = end
    return rows


# a Markdown table as web pages are scraped: a header row, a rule row ('---|---|'), data rows
_RULE_ROW = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")


def pipe_tables(text: str, page: int) -> list[Table]:
    """The Markdown tables of a text page: a line of cells split by '|', then a rule line,
    then the rows up to the first line without a '|'. A rule line makes a table: a line
    with a '|' in it ('3月17日 | 李佛', a headline) is no table — but so does a run of
    bordered rows (`_bordered_runs`), as a scraper writes an HTML table without one."""
    lines = _rows_run_together(_rejoined_stubs(_restacked(_unfolded(_headed_from_above(
        [row for line in _notes_split_off(_joined_cell_lines(_rewrapped_rows(_unboxed(text.splitlines()))))
         for flat in (_unflattened_statement(line) or _unflattened(line))
         for row in _headerless_run(flat)])))))
    tables, taken = [], set()
    i = 1
    while i < len(lines):
        if not (_RULE_ROW.fullmatch(lines[i]) and "|" in lines[i - 1]):
            i += 1
            continue
        start, rows = i - 1, [_pipe_cells(lines[i - 1])]
        taken.update((i - 1, i))
        i += 1
        while i < len(lines) and "|" in lines[i] and not _RULE_ROW.fullmatch(lines[i]):
            rows.append(_pipe_cells(lines[i]))
            taken.add(i)
            i += 1
        tables += _pipe_table(_two_level_header(_restated_header(_numbered_header(rows))), lines, start, page)
    for start, rows in _bordered_runs(lines, taken):
        tables += _pipe_table(_restated_header(_numbered_header(rows)), lines, start, page)
        taken.update(range(start, start + len(rows)))
    for start, rows in _pair_runs(lines, taken):
        tables += _pipe_table(rows, lines, start, page)
    return tables


# a row of two cells, a label and its value, closed by a bar: '1、募集资金总额 | 14,999,999,957.14 |'
_PAIR_ROW = re.compile(r"\s*\|?[^|\n]+\|[^|\n]*\|\s*")
PAIR_RUN = 4  # rows of two cells in a run before it is a table, most of them holding a figure


def _pair_runs(lines: list[str], taken: set[int]) -> list[tuple[int, list[list]]]:
    """Tables a scraper wrote as rows of two cells, a label and a value ('项目 | 金额 |' over '1、募集资金总额 |
    14,999,999,957.14 |', '2、减:募集资金支付的发行费用 | 83,050,000.00 |'): a run of at least `PAIR_RUN` such lines, all but
    its first holding a figure in the second cell (its first may be the header)."""
    out, i = [], 0
    while i < len(lines):
        j = i
        # (a cheap count first: a line of a million characters and no bar is no row)
        while j < len(lines) and j not in taken and lines[j].count("|") in (2, 3) and _PAIR_ROW.fullmatch(lines[j]) \
                and len(_pipe_cells(lines[j])) == 2 and _pipe_cells(lines[j])[0]:
            j += 1
        rows = [_pipe_cells(line) for line in lines[i:j]]
        if j - i >= PAIR_RUN and all(_is_figure(r[1]) for r in rows[1:]):
            out.append((i, rows))
        i = max(j, i + 1)
    return out


# an A-share report's key data with the year before restated: its header over a row of 调整前/调整后 that splits each
# earlier period's column in two (as first printed, and restated) and names each change's base (restated)
_EARLIER_PERIOD = re.compile(r"^(?:上年同期|上年度末|上年末|上期末?|上年)$")
_RESTATED_WORD = re.compile(r"^(?:调整前|调整后|调整前后)$")


def _restated_header(rows: list[list]) -> list[list]:
    """A header '本报告期 | 上年同期 | 本报告期比上年同期增减 | 年初至报告期末 | 上年同期 | …' over '调整前 | 调整后 | 调整后 |
    调整前 | 调整后 | 调整后' as one row as wide as the rows of figures: each earlier period two columns, its first as
    printed unnamed (no period of the table's own) and its restated one under its own name, the base of the change after
    it; a stub put first where the header has none. The rows as they are where the two do not make that."""
    if len(rows) < 3:
        return rows
    top, sub = _without_trailing_blanks(rows[0]), _without_trailing_blanks(rows[1])
    if not top or not sub or not all(c and _RESTATED_WORD.match(c.strip()) for c in sub):
        return rows
    flat, taken = [], 0
    for cell in top:
        name = (cell or "").strip()
        if _EARLIER_PERIOD.match(name):
            flat += [None, name]  # (the first printed: a column of no period the table's rows are typed by)
            taken += 2
        elif "增减" in name or "变动" in name:
            flat.append(name)
            taken += 1
        else:
            flat.append(cell)
    width = _figure_rows_width(rows[2:])
    if taken != len(sub) or width is None:
        return rows
    if width == len(flat) + 1:
        flat = ["项目"] + flat
    return [flat] + rows[2:] if width == len(flat) else rows


# a table drawn with box characters, as terminal-style data exports print them (通达信 F10):
# '│财务指标 │ 2025-03-31│' is a row, '├────┼────┤' a rule between rows, '┌──┬──┐' and '└──┴──┘'
# its top and bottom — on lines of their own, or a whole table run onto one line
_BOX_RUN = re.compile(r"[┌├└╒╞╘┏┣┗][─━═┬┼┴╤╪╧┳╋┻]*[┐┤┘╕╡╛┓┫┛]?|[─━═]{3,}[┐┤┘╕╡╛┓┫┛]?")
_BOX_BAR = re.compile(r"[│┃║]")


def _unboxed(lines: list[str]) -> list[str]:
    """A box-drawn table's lines as Markdown: its bars as '|'; the rule under its header row as
    '|---|' (the rule a Markdown table needs), every other rule as a line break. A header the box
    wraps over two lines or more ('|营业收入( |占主营业务收|' over '|万元) |入比例(%) |') is one row, each
    cell's pieces joined ('营业收入(万元)', '占主营业务收入比例(%)')."""
    out: list[str] = []
    after_top = False  # the next rule is the one under the header row
    header_from = None  # where in `out` the header's lines begin, under the top rule
    header = None  # the header row, once read
    group_from = 0  # where in `out` the rows since the last rule begin
    width = None  # the cells of a row, as the last rule drew them
    for line in lines:
        line = _BOX_BAR.sub("|", line)
        if not _BOX_RUN.search(line):
            out.append(line)
            continue
        begin = 0
        for m in _BOX_RUN.finditer(line):
            if line[begin:m.start()].strip():
                out += _box_rows(line[begin:m.start()].strip(), width)
            rule = m.group(0)
            width = sum(rule.count(c) for c in "┬┼┴╤╪╧┳╋┻") + 1 if rule[0] in "┌├└╒╞╘┏┣┗" else width
            if rule[0] in "┌╒┏":
                after_top, header_from = True, len(out)
            elif rule[0] in "├╞┣" and after_top:
                if header_from is not None and len(out) - header_from > 1:
                    joined = _joined_header(out[header_from:])
                    if joined is not None:
                        out[header_from:] = [joined]
                header = out[-1] if out and header_from is not None and len(out) > header_from else None
                out.append("|" + "|".join("---" for _ in range(sum(rule.count(c) for c in "┼╪╋") + 1)) + "|")
                after_top = False
            elif rule[0] in "├╞┣" and header is not None and len(out) - group_from >= 2:
                # (a rule between groups of rows under one header — a breakdown by product, then by region —
                # the header again, a row that opens the next group: `segment_tables` reads each group's shares;
                # a rule under every single row is none)
                out.append(header)
            if rule[0] in "├╞┣":
                group_from = len(out)
            elif rule[0] in "└╘┗":
                after_top, header = False, None
            begin = m.end()
        if line[begin:].strip():
            out += _box_rows(line[begin:].strip(), width)
    return out


def _box_rows(text: str, width: Optional[int]) -> list[str]:
    """The text between two rules of a box table run onto one line, a row a line: a table `width` cells wide whose
    rows follow each other with a space between ('|零售 | 561750.84| … | 80.76| |加盟及分销 | 112978.88| …|') is that
    many rows of that many cells. Any other text as it is."""
    pieces = text.split("|")
    k, rest = divmod(len(pieces) - 1, width + 1) if width else (0, 1)
    if k < 2 or rest or pieces[0].strip() or pieces[-1].strip() \
            or any(pieces[i * (width + 1)].strip() for i in range(1, k)):
        return [text]
    return ["|" + "|".join(pieces[i * (width + 1) + 1:(i + 1) * (width + 1)]) + "|" for i in range(k)]


def _joined_header(lines: list[str]) -> Optional[str]:
    """Header lines of a box-drawn table, one row: each cell's pieces joined in order, where every line has as
    many cells; else None (the lines stay as they are: no cell is guessed)."""
    rows = [line.strip().strip("|").split("|") for line in lines]
    if len({len(r) for r in rows}) != 1:
        return None
    return "|" + "|".join("".join(piece.strip() for piece in cells) for cells in zip(*rows)) + "|"


def _two_level_header(rows: list[list]) -> list[list]:
    """A header of two rows, as a data site prints one ('报告期 | 每股收益 | 营业总收入 | 净利润 | …' over '营业总收入(元) |
    同比增长(%) | 净利润(元) | 同比增长(%) |'): a cell of the first whose name opens one of the second spans that one and the
    ones after it up to the next such, each named under it ('营业总收入 同比增长(%)'). One header row, as wide as the
    rows of figures below; the rows as they are where the two do not make that."""
    if len(rows) < 3:
        return rows
    top, sub = _without_trailing_blanks(rows[0]), _without_trailing_blanks(rows[1])
    if not top or not sub or any(_is_figure(c, dates=True) for c in top + sub) or None in top or None in sub:
        return rows
    bare = lambda label: re.sub(r"[(（].*$", "", label).strip()  # noqa: E731  ('净资产收益率(%)': 净资产收益率)
    parents = [next((h for h in top if h and s.startswith(bare(h)) and len(h) >= 2), None) for s in sub]
    if parents[0] is None:
        return rows
    groups: dict[str, list[str]] = {}
    current = None
    for s, parent in zip(sub, parents):
        current = parent or current
        groups.setdefault(current, []).append(s if parent else f"{bare(current)} {s}")
    flat = [c for h in top for c in groups.get(h, [h])]
    if _figure_rows_width(rows[2:]) != len(flat):
        return rows
    return [flat] + rows[2:]


# a statistics table's row of column numbers under its header ('甲 | 1 | 2 | 3 | …', '栏次 | 1 | 2 | …')
_COLUMN_NUMBERS_STUB = re.compile(r"^(?:甲|乙|栏次|栏号|A)?$")
# a unit line a scraper made the table's first row ('金额单位:万元 | ||||||')
_UNIT_LINE = re.compile(r"单位\s*[:：]")


def _numbered_header(rows: list[list]) -> list[list]:
    """A statistics table whose header a scraper left in its body, closed by a row of column numbers:

        金额单位:万元 | ||||||
        项目 | 本 年 | 上年同期 | 增长(%) | |||
        本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 | |
        甲 | 1 | 2 | 3 | 4 | 5 | 6 |
        社会消费品零售额 | 20626052.6 | 141797902.3 | …

    one header row naming each of the numbered columns by every row above it: a row of fewer names than columns
    spans them evenly ('本年' over 1 and 2, '上年同期' over 3 and 4), a row of as many names as columns names them in
    order, with or without the stub's cell ('本年 本月', '上年同期 上年本月', '增长(%) 累计'); a unit line is left out. The
    rows as they are where no row of numbers closes a header of words, or a header row fits neither way."""
    numbers = next((k for k, row in enumerate(rows[:6]) if _column_numbers(row)), None)
    if not numbers or any(_is_figure(c) for row in rows[:numbers] for c in row if c):
        return rows
    width = len(_without_trailing_blanks(rows[numbers])) - 1
    stub, labels = None, [[] for _ in range(width)]
    for row in rows[:numbers]:
        named = [c.strip() for c in row if c and c.strip()]
        if not named or (_UNIT_LINE.search(named[0]) and len(named) == 1):
            continue
        cells = _without_trailing_blanks([c.strip() if c and c.strip() else None for c in row])
        if len(named) == width + 1 and None not in cells:
            stub, names = cells[0], cells[1:]               # the stub's name and one name a column
        elif len(named) == width and None not in cells:
            names = cells                                   # one name a column, no stub cell
        elif cells and cells[0] and None not in cells and len(cells) > 1 and width % (len(cells) - 1) == 0:
            stub, span = cells[0], width // (len(cells) - 1)  # names spanning the columns evenly
            names = [cells[1 + j // span] for j in range(width)]
        else:
            return rows
        for j, name in enumerate(names):
            labels[j].append(re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", name))
    if not all(labels):
        return rows
    return [[stub] + [" ".join(names) for names in labels]] + rows[numbers + 1:]


def _column_numbers(row: list) -> bool:
    """Whether a row numbers its columns 1, 2, 3 … after a stub of 甲, 栏次 or nothing."""
    cells = [c.strip() if c else "" for c in _without_trailing_blanks(row)]
    return len(cells) >= 3 and bool(_COLUMN_NUMBERS_STUB.match(cells[0])) \
        and cells[1:] == [str(k) for k in range(1, len(cells))]


def _figure_rows_width(rows: list[list]) -> Optional[int]:
    """How many cells the rows of figures under a header most often have (None where no row has a figure)."""
    widths = [len(_without_trailing_blanks(r)) for r in rows if any(_is_figure(c) for c in r[1:])]
    return max(set(widths), key=widths.count) if widths else None


# a figure a data site prints with its scale ('4363.73亿', '-5.02亿', '6661.28万') or bare
_SCALED_FIGURE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:万亿|亿|万|千|%)?|--|-")


def _notes_split_off(lines: list[str]) -> list[str]:
    """A table's last row with the text after it run onto its line ('| 中国建设银行…(10) | 其他 | A股 | 27,727,400 |
    445,137,025 | 0.12 | 无 |  注:(1)以上数据来源于…'): the row, as wide as the row above it, and the text on a line of its
    own. Every other line as it is."""
    out = []
    for k, line in enumerate(lines):
        bar = line.rfind("|")
        after = line[bar + 1:].strip() if bar >= 0 else ""
        if after and k and line.count("|") >= 3 and lines[k - 1].rstrip().endswith("|") \
                and line[:bar + 1].count("|") == lines[k - 1].count("|") and not _is_figure(after):
            out += [line[:bar + 1], after]
        else:
            out.append(line)
    return out


def _rows_run_together(lines: list[str]) -> list[str]:
    """Rows a scraper ran onto one line ('营业总收入(元) | 4363.73亿 | … | 5118.50亿 | 营业总收入同比增长(%) | 32.71 | … |'),
    between rows of one width: a line as long as two or more of them, each part opening on a line's name and going on in
    figures, as that many lines. Every other line as it is."""
    out = []
    for k, line in enumerate(lines):
        cells = _without_trailing_blanks(_pipe_cells(line)) if "|" in line else []
        near = [_width(lines[j]) for j in (k - 1, k + 1) if 0 <= j < len(lines) and "|" in lines[j]]
        usual = near[0] if near else 0
        parts = [cells[j:j + usual] for j in range(0, len(cells), usual)] if usual >= 3 else []
        if len(parts) >= 2 and len(cells) % usual == 0 and all(
                p[0] and not _is_figure(p[0], dates=True) and all(_SCALED_FIGURE.fullmatch(c.strip()) for c in p[1:] if c)
                for p in parts):
            out += ["| " + " | ".join(c or "" for c in p) + " |" for p in parts]
        else:
            out.append(line)
    return out


# a column of changes in a table printed without a header (its others are named by place: periods.UNHEADED_COLUMN)
UNHEADED_CHANGE = "变动"
FEWEST_RUN_ROWS = 3
_A_NUMBER = re.compile(r"[-+−(]?\d")


def _a_number(cell: str) -> bool:
    """A figure, not an empty mark ('--')."""
    return bool(_A_NUMBER.match(cell))


def _headerless_run(line: str) -> list[str]:
    """A line holding the rows of a table run together with no header, as a data site's page is scraped
    ('營業額 / 收益 | 504,748 | -3.085% | 520,813 | … | 銷售成本 | (393,848) | … | | 毛利 | …'): each a label
    and as many figure (or empty-mark) cells as every other, three rows or more — as a bordered table
    (`_bordered_runs` reads it) under a header that names each column by its place (periods.UNHEADED_COLUMN),
    a column of changes (every figure in it a '%' where others in its rows are not) `UNHEADED_CHANGE`;
    a row whose cells are words ('核數師意見 | 無保留意見 | …') ends the run. Any other line as it is."""
    if line.count("|") < FEWEST_RUN_ROWS * 3:  # (a row is a label and two cells at least, each after its bar)
        return [line]
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    cells = [c for c in cells if c]
    rows, i = [], 0
    while i < len(cells) and not _is_figure(cells[i]):
        j = i + 1
        while j < len(cells) and _is_figure(cells[j]):  # (an empty mark '--' is one)
            j += 1
        if j - i < 3 or (rows and j - i != len(rows[0])):
            break
        rows.append(cells[i:j])
        i = j
    if len(rows) < FEWEST_RUN_ROWS or not any(_a_number(c) for r in rows for c in r[1:]):
        return [line]
    width = len(rows[0])
    change = [k for k in range(1, width)
              if any(_a_number(r[k]) for r in rows) and all(r[k].endswith("%") for r in rows if _a_number(r[k]))
              and any(_a_number(r[m]) and not r[m].endswith("%") for r in rows for m in range(1, width) if m != k)]
    header = ["项目"] + [UNHEADED_CHANGE if k in change else UNHEADED_COLUMN.format(k) for k in range(1, width)]
    rest = " | ".join(cells[i:])
    return ["| " + " | ".join(r) + " |" for r in [header] + rows] + ([rest] if rest else [])


# a header cell a scraper wrote on a line of its own, closed by its bar ('2024/12 RMB(K$) |', '变动 |')
_HEADER_CELL_LINE = re.compile(r"\s*\|?\s*([^|]+?)\s*\|\s*")


def _headed_from_above(lines: list[str]) -> list[str]:
    """A run `_headerless_run` named by place under the header its scraper wrote a cell a line just
    above it ('2024/12 RMB(K$) |', '变动 |', '2023/12 RMB(K$) |', '2022/12 RMB(K$) |' over '| 营业额 |
    56,473,848 | -16.385% | 67,540,105 | 54,432,851 | …'): those cells name its columns, where there are
    as many as it has and each is a period or its change column's place. Other lines as they are."""
    out = list(lines)
    for k, line in enumerate(lines):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] != "项目" or cells[1] != UNHEADED_COLUMN.format(1):
            continue
        above = []
        j = k - 1
        while j >= 0 and (m := _HEADER_CELL_LINE.fullmatch(lines[j])) and len(above) < len(cells) - 1:
            above.insert(0, m.group(1))
            j -= 1
        if len(above) != len(cells) - 1:
            continue
        # (each a change word — over the change column, or one of empty marks only — or a period over any other; two periods
        # at least)
        periods = [period_of_label(name.split()[0]) is not None for name in above]
        fits = sum(periods) >= 2 and all(BARE_CHANGE.fullmatch(name) or (is_period and cell != UNHEADED_CHANGE)
                                         for name, cell, is_period in zip(above, cells[1:], periods))
        if fits:
            out[k] = "| 项目 | " + " | ".join(above) + " |"
    return out


def _pipe_table(rows: list[list], lines: list[str], start: int, page: int) -> list[Table]:
    rows = _spanned_cells_dropped(rows)
    width = max(len(r) for r in rows)
    cells = _header_a_cell_a_line([r + [None] * (width - len(r)) for r in rows])
    if len(cells) < 2 or width < 2:
        return []
    tables = []
    for part in _at_headings(cells):
        part[0] = [arabic_years(c) if c else c for c in _stub_first(part[0], part[1:])]
        tables += [Table(kind="other", page=page, columns=clean.column_names(half[0]), rows=clean.rows_as_dicts(half),
                         cells=half, title=caption_above(lines, start)) for half in split_abreast(part)]
    return tables


# a heading's period: a year, a date, or the words a company's own table heads its columns with
# (or a day written day first, as Hong Kong heads its balances: '于31/12/2024', as at that day)
_HEADING_PERIOD = re.compile(rf"(?:19|20)\d{{2}}\s*年|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|{DAY_FIRST_DATE.pattern}"
                             r"|本报告期|上年同期|上年度末|期末|期初|本期|上期")


def _at_headings(cells: list[list]) -> list[list[list]]:
    """A table cut where a row heads the rows below it anew: an A-share results flash prints its
    income lines under '本报告期 | 上年同期 | 增减变动幅度(%)', then a row '本报告期末 2012年6月30日 |
    本报告期初 2011年12月31日 | 增减变动幅度(%)' over its balances — a row of two periods or more and
    no figure, with rows of figures below it. Each part is a table of its own."""
    parts, begin = [], 0
    for k in range(2, len(cells) - 1):
        named = [c for c in cells[k] if c and c.strip()]
        if len(named) >= 2 and not any(_is_figure(c, dates=True) for c in named) \
                and sum(bool(_HEADING_PERIOD.search(c)) for c in named) >= 2 \
                and any(_is_figure(c) for c in cells[k + 1][1:]):
            parts.append(cells[begin:k])
            begin = k
    return parts + [cells[begin:]]


def _header_a_cell_a_line(cells: list[list]) -> list[list]:
    """A header a scraper wrote a cell a line under the rule ('截至十二月三十一日止年度 | |||||',
    then '二零二一年 人民币千元 |', '二零二零年 人民币千元 |', … and a bar alone): the header row with
    those cells after its stub, where there are as many as the rows below have figure columns,
    each a period. Otherwise the rows as they are."""
    header, body = cells[0], cells[1:]
    alone = 0
    while alone < len(body) and body[alone][0] and not any(body[alone][1:]):
        alone += 1
    names = [row[0] for row in body[:alone]]
    rest = body[alone:]
    while rest and not any(rest[0]):
        rest = rest[1:]  # the bar that closed the header
    figures = max((len(_without_trailing_blanks(row)) - 1 for row in rest), default=0)
    if len(names) < 2 or any(h for h in header[1:]) or len(names) != figures \
            or not all(period_of_label(arabic_years(n).split()[0]) for n in names):
        return cells
    named = [header[0]] + names
    return [named] + [(_without_trailing_blanks(row) + [None] * len(named))[:len(named)] for row in rest]


def _stub_first(header: list, body: list[list]) -> list:
    """A header whose empty stub cell a scraper wrote last ('2024年中报 | 2023年年报 | |' over
    '营业收入 | 1,231,205,000.00 | 2,992,689,000.00 |'): every column name sits one to the left
    of its column. Moved right when the header's cells are all named but the last, and the
    body's first column names lines while its last column holds figures ('| 2020 | 2021 | … | |' over
    '| 净利率 | 27.5% | 40.1% | …': years are names here, not figures)."""
    trailing = len(header) - len(_without_trailing_blanks(header))
    named = header[:len(header) - trailing]
    if len(header) < 3 or not trailing or any(h is None for h in named):
        return header
    # (a header as wide as the rows without its blank: its first cell heads the stub, '3.240 -0.070 (-2.115%) | 2025/06 |
    # … | |' over '| 营业额 / 收益 | 4,241,575 | … |')
    if len(named) == max((len(_without_trailing_blanks(r)) for r in body), default=0):
        return named + [None] * trailing
    # (the body's last figure: its rows may end in a blank cell too, '| 投资物业… | -- | … | |')
    labelled = [r for r in body if r[0] and not _is_figure(r[0], dates=True)
                and _is_figure((_without_trailing_blanks(r) or [None])[-1], dates=True)]
    # (a header of years, '| 2020 | 2021 | … | |', is named, though each year reads as a figure)
    # (or of dates, '| 2024-09-30 | 2024-06-30 | … | |', the periods a data site files its figures under)
    years = all(re.fullmatch(r"\s*(?:19|20)\d\d\s*(?:年|A|E)?\s*", str(h)) or _DATE_CELL.fullmatch(str(h).strip()) for h in named)
    if len(labelled) * 2 < len(body) or (_is_figure(header[0], dates=True) and not years):
        return header
    return [None] + named + [None] * (trailing - 1)


def _width(line: str) -> int:
    return len(_without_trailing_blanks(_pipe_cells(line)))


def _spanned_cells_dropped(rows: list[list]) -> list[list]:
    """Rows a scraper wrote without the cells a cell above spans (a holder's name over the rows of each way it sold, a
    合计 row under them): '| 美信基金 | 集中竞价交易 | 2023年4月26日至… | 40.72 | 1,128,650 | 0.7142 |' then '| 大宗交易 |
    2023年4月28日至… | 40.56 | 2,257,564 | 1.4286 | |' — each short row's cells sit left of their columns, its figures under
    the wrong heads. A short row is right-aligned where, as printed, a figure of it stands in a column where every full row
    holds words, and, right-aligned, each of its figures stands in a column of figures — and so is every row as short
    whose figures right-aligned stand in columns of figures; the rows as they are otherwise (a row short of a blank cell
    in the middle or at its end reads right as printed)."""
    if len(rows) < 3:
        return rows
    filled = [_without_trailing_blanks(r) for r in rows[1:]]
    # (the header may be narrower than the rows: its first name over a category's column and a line's, '项目 | 计提减值准备金额')
    width = max(len(_without_trailing_blanks(rows[0])), *(len(r) for r in filled))
    full = [r for r in filled if len(r) == width]
    if width < 3 or len(full) < 2:
        return rows
    words = [all(r[c] and not _is_figure(r[c], dates=True) for r in full) for c in range(width)]
    figures = [all(_is_figure(r[c]) for r in full) for c in range(width)]

    def number(cell) -> bool:  # (a figure with digits: a dash is no figure here, it stands in any column)
        return _is_figure(cell) and bool(re.search(r"\d", str(cell)))

    def aligned(r: list) -> bool:
        return 2 <= len(r) < width and number(r[-1]) and \
            all(figures[c + width - len(r)] for c, cell in enumerate(r) if number(cell))

    def misplaced(r: list) -> bool:
        return any(number(cell) and words[c] for c, cell in enumerate(r))
    # (and the table's other rows as short, their figures in figure columns right-aligned: the 合计 row, '| 合 计 | - | - |
    # 3,386,214 | 2.1428 | |', whose dashes stand under the words as printed)
    short = {len(r) for r in filled if aligned(r) and misplaced(r)}
    if not short:
        return rows
    return [rows[0]] + [[None] * (width - len(r)) + r if len(r) in short and aligned(r) else r for r in filled]


def _without_trailing_blanks(cells: list) -> list:
    """A row's cells up to its last one with something in it."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


# a cell that is a date ('2024-06-30'): a figure of a dated column, no line's name
_DATE_CELL = re.compile(r"\d{4}-\d{2}-\d{2}")


def _is_figure(cell: Optional[str], dates: bool = False) -> bool:
    """Whether a table cell holds a figure (`FIGURE_CELL`), or (`dates`) a date — no line's name."""
    text = (cell or "").strip()
    return bool(text) and bool(FIGURE_CELL.fullmatch(text) or (dates and _DATE_CELL.fullmatch(text)))


# a row of a table with no rule line: bordered by '|' at both ends, three cells or more; or
# closed by '|' only, its stub cell opened with none ('营业收入(元) | 127,095,622.9 | 272,340,526.55 |')
_BORDERED_ROW = re.compile(r"\s*\|(?:[^|\n]*\|){3,}\s*|\s*[^|\s][^|\n]*(?:\|[^|\n]*){2,}\|\s*")
BORDERED_RUN = 3  # rows in a run before it is a table: a lone bordered line may be anything


# a run's total row with too few bars to be a bordered row of its own: '合计 | 9,634.94 |'
_CLOSING_ROW = re.compile(r"\s*\|?\s*(?:合\s*计|总\s*计|小\s*计)\s*\|[^|\n]*\|\s*")


def _bordered_runs(lines: list[str], taken: set[int]) -> list[tuple[int, list[list]]]:
    """Tables a scraper wrote as runs of bordered rows with no rule line ('| 每股指标 | 25-09-30 |
    25-06-30 |' over '| 基本每股收益(元) | 0.08 | 0.07 |'): a run of at least `BORDERED_RUN` such
    rows of one width. A row repeating the header's other cells under a new stub label
    ('| 利润表 | 25-09-30 | 25-06-30 |') heads a table of its own. A header one cell narrower
    than the rows under it, opened by '|' ('| 2024年中报 | 2023年年报 |' over '营业收入(元) |
    1,231.5 | 2,992.6 |'), left its empty stub cell out: its cells are the columns after the stub."""
    out, i = [], 0
    while i < len(lines):
        if i in taken or not _BORDERED_ROW.fullmatch(lines[i]):
            i += 1
            continue
        j, width = i + 1, len(_pipe_cells(lines[i]))
        stubless = bool(j < len(lines) and lines[i].lstrip().startswith("|") and _BORDERED_ROW.fullmatch(lines[j])
                        and len(_pipe_cells(lines[j])) == width + 1)
        width += stubless
        # the body's width without the blank cells a scraper leaves at a row's end ('… | 35,161 |' among
        # rows ending '… | -- | |'): a row of that many cells stays in the run whatever blanks follow — or of as
        # many as the row above it (a part under a heading row of its own, '本报告期末 | 上年度末 | 增减 | ||', one
        # cell narrower than the rows above: '总资产(元) | … | 2.90% | |' over '归属于…权益(元) | … | -0.68% |')
        body = _width(lines[j]) if j < len(lines) else None
        # (a header ending on a blank cell the rows under it do not print: '… | 2021/06 人民币(千¥) | |' over rows of
        # its width without it)
        padded = bool(j < len(lines) and not stubless and _width(lines[i]) == len(_pipe_cells(lines[j])) < width)
        while j < len(lines) and j not in taken and _BORDERED_ROW.fullmatch(lines[j]) \
                and (len(_pipe_cells(lines[j])) == width or (j > i + 1 and _width(lines[j]) in (body, _width(lines[j - 1])))
                     or (j == i + 1 and padded)):
            j += 1
        if j < len(lines) and j not in taken and j - i >= BORDERED_RUN and _CLOSING_ROW.fullmatch(lines[j]):
            j += 1  # (its total row, a label and a figure: '合计 | 9,634.94 |', two bars only)
        if j - i >= BORDERED_RUN:
            rows = [_pipe_cells(line) for line in lines[i:j]]
            if padded:
                rows[0] = rows[0][:_width(lines[i])]
            if stubless:
                rows[0] = [None] + rows[0]
            head = 0
            for k in range(1, len(rows) + 1):
                # (a header with no cells after its stub, a caption's row, is repeated by every heading row: no new table)
                if k == len(rows) or (rows[k][1:] == rows[0][1:] and any(rows[0][1:]) and k - head >= 2):
                    out.append((i + head, rows[head:k]))
                    head = k
        i = max(j, i + 1)
    return out


# a line with no bar, short, with no sentence's stop in it: the head of a row's stub cell a line break split
_STUB_HEAD = re.compile(r"\s*[^|\n。；;！？!?]{1,30}\s*")


def _rejoined_stubs(lines: list[str]) -> list[str]:
    """`lines` with each bordered row whose stub cell a line break split set on one line again:
    '扣除非经常性损益后归属于上市公' over '司股东的净利润 | (7,613,049,208.23) | 8,702,699,763.64 | -187.48% |',
    between rows of that width (else the tail heads a table of its own); never a caption over a table's header
    ('OpenAI' over 'Prompt | Completion | |' and its rule). Every other line as it is."""
    out, i = [], 0
    while i < len(lines):
        if 0 < i < len(lines) - 1 and out and _STUB_HEAD.fullmatch(lines[i]) and _BORDERED_ROW.fullmatch(out[-1]) \
                and _BORDERED_ROW.fullmatch(lines[i + 1]) and not lines[i + 1].lstrip().startswith("|") \
                and any(_is_figure(c) for c in _pipe_cells(lines[i + 1])[1:]) \
                and not (i + 2 < len(lines) and _RULE_ROW.fullmatch(lines[i + 2])) \
                and len(_pipe_cells(lines[i].strip() + lines[i + 1].lstrip())) == len(_pipe_cells(out[-1])):
            out.append(lines[i].strip() + lines[i + 1].lstrip())
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


# a Markdown table a scraper put on one line: '|项目|2023A|2024E| | ---- | ---- | ---- | |营业收入|4378|4491|…'
_FLAT_TABLE = re.compile(r"\|[^|\n]+(?:\|[^|\n]*){2,}\|[ \t]+\|[ \t]*:?-{3,}")
_ROW_BREAK = re.compile(r"\|[ \t]+\|")


# a table a scraper wrote one cell a line, each cell followed by a line holding only '|', or by a bar on its own line
# ('指标\n|\n2024年\n|\n同比变化\n|\n营业收入(亿元)\n|\n4.00\n|\n-13.45%\n|…', '指 标 |\n本 月 |\n…'): no line says
# where a row ends, so the width is the one that makes every row after the header a label and
# figures — read only where one width does
STACKED_CELLS = 6  # cells in a run before it is a table
STACKED_OPENING = 8  # cells at a long run's opening that may stand before its table (a heading, a unit)
STACKED_RUN = 600  # cells in a run, beyond which only its opening is tried for a table's start
# (the same with each cell's bar on its line: '一、城市接待旅游人数(人次) |', '7009753 |', '-7.3 |', …)
_CELL_AND_BAR = re.compile(r"\s*([^|\s][^|]*?)\s*\|\s*")
# a line of English words alone: a bilingual yearbook's translation of the cell above it ('graduates', 'enrolment')
_ENGLISH_LINE = re.compile(r"\s*[A-Za-z][A-Za-z\s.,:'´’()/&-]*")


def _restacked(lines: list[str]) -> list[str]:
    """`lines` with each table written one cell a line rewritten as a Markdown table: a run of such cells read from
    the first of its cells a table reaches the run's end from (see STACKED_RUN), the cells before it left as lines."""
    out, i = [], 0
    while i < len(lines):
        cells, at, j = [], [], i  # (each cell, and the line it stands on)
        while j < len(lines):
            if j + 1 < len(lines) and lines[j].strip() and "|" not in lines[j] and lines[j + 1].strip() == "|":
                cells.append(lines[j].strip())
                at.append(j)
                j += 2
            elif one := _CELL_AND_BAR.fullmatch(lines[j]):
                cells.append(one.group(1).strip())  # (or the cell and its bar on one line: '7009753 |')
                at.append(j)
                j += 1
            elif cells and lines[j].strip() == "|":
                cells.append("")  # (an empty cell: a bar right after the one closing the cell before)
                at.append(j)
                j += 1
            elif j + 1 < len(lines) and _ENGLISH_LINE.fullmatch(lines[j]) and (one := _CELL_AND_BAR.fullmatch(lines[j + 1])) \
                    and _ENGLISH_LINE.fullmatch(one.group(1)):
                # (a translation cell wrapped over two lines: 'Premium by Line of', 'Business: |')
                cells.append(f"{lines[j].strip()} {one.group(1).strip()}")
                at.append(j)
                j += 2
            elif cells and j + 2 < len(lines) and lines[j].strip() and "|" not in lines[j] and _ENGLISH_LINE.fullmatch(lines[j + 1]) \
                    and lines[j + 2].strip() == "|":
                # (a yearbook's cell on two lines, its words and their English: '毕业生数', 'graduates')
                cells.append(f"{lines[j].strip()} {lines[j + 1].strip()}")
                at.append(j)
                j += 3
            else:
                break
        if len(cells) < STACKED_CELLS:
            out.append(lines[i])
            i += 1
            continue
        # (a table may open anywhere in a run — another's rows before it, or a heading —, and reach its end; in a run
        # longer than STACKED_RUN every start is too many to try: only its first few)
        tries = len(cells) - STACKED_CELLS + 1 if len(cells) <= STACKED_RUN else STACKED_OPENING
        first, width = _first_width(cells, tries, len(cells))
        if width is None and cells[-1] == "" and (bare := len(cells) - next(k for k, c in enumerate(reversed(cells)) if c)) >= STACKED_CELLS:
            # (a run closed by a bar of its own after its last cell's: '10.3 |', '|')
            first, width = _first_width(cells, tries, bare)
            cells = cells[:bare] if width is not None else cells
        if width is None and (cut := _cut_short_row(cells)) < len(cells):
            # (a copy cut off inside its last row, '1. 初中', '15352918' and no more: the rows before it)
            first, width = _first_width(cells, tries, cut)
            cells = cells[:cut] if width is not None else cells
        if width is None:
            out += lines[i:j]  # (no table in the run: passed over whole, not tried again from each of its lines)
            i = j
            continue
        out += lines[i:at[first]]
        unit, rows = _unit_over_header(_unglossed([cells[k:k + width] for k in range(first, len(cells), width)]))
        out += unit + ["|" + "|".join(rows[0]) + "|", "|" + "|".join("---" for _ in rows[0]) + "|"]
        out += ["|" + "|".join(r) + "|" for r in rows[1:]]
        i = j
    return out


def _first_width(cells: list[str], tries: int, end: int) -> tuple[Optional[int], Optional[int]]:
    """The first of `tries` starts from which cells[start:end] divide into a table, and its width (`_stacked_width`);
    (None, None) where none does."""
    return next(((k, w) for k in range(min(tries, end - STACKED_CELLS + 1)) if (w := _stacked_width(cells[k:end])) is not None),
                (None, None))


# a line holding one cell of a table and its closing bar, or empty cells only ('營業收入 |', '|', '|||')
_ONE_CELL_LINE = re.compile(r"\s*[^|\s][^|]*\|(?:\s*\|)*\s*|\s*\|(?:\s*\|)*\s*")


def _unfolded(lines: list[str]) -> list[str]:
    """`lines` with each Markdown table a converter wrote one cell a line under its header and rule
    ('主要會計數據 | 2018年 | … |', '---|---|…', then '營業收入 |', '13,689,875,849.6 |', …; '|||' three
    empty cells) set a row a line again, as many cells a row as the header has. A rule line among
    the cells makes the row of cells just before it the header of a table of its own; a row of
    headings whose one empty cell comes last is the label column's (moved first). Lines that do not
    divide into such rows stay as they are."""
    out, i = [], 0
    while i < len(lines):
        if not (i + 2 < len(lines) and "|" in lines[i] and _RULE_ROW.fullmatch(lines[i + 1])
                and _ONE_CELL_LINE.fullmatch(lines[i + 2])):
            out.append(lines[i])
            i += 1
            continue
        header = _pipe_cells(lines[i])
        width, tables, cells, j = len(header), [], [], i + 2
        while j < len(lines):
            if _ONE_CELL_LINE.fullmatch(lines[j]):
                cells += [c.strip() for c in lines[j].strip().split("|")[:-1]]
                j += 1
            elif _RULE_ROW.fullmatch(lines[j]) and len(cells) >= width:
                tables.append((header, cells[:-width]))
                header, cells = cells[-width:], []
                j += 1
            else:
                break
        tables.append((header, cells))
        # (rows of figures among them: a header stacked a cell a line over whole rows is _pipe_table's)
        if width < 2 or any(len(body) % width for _, body in tables) or not any(
                _is_figure(c) for _, body in tables for c in body):
            out.append(lines[i])
            i += 1
            continue
        for head, body in tables:
            rows = [[c or "" for c in head]] + [body[k:k + width] for k in range(0, len(body), width)]
            for row in rows[1:]:
                if row[-1] == "" and all(row[:-1]) and not any(_is_figure(c) for c in row):
                    row[:] = [""] + row[:-1]  # ('2018年末 |', …, '2016年末 |', '|'): the label column's heading
            out.append("")  # (a table of its own: no row of the one before)
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * width)
            out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        i = j
    return out


def _cut_short_row(cells: list[str]) -> int:
    """Where a run of stacked cells would end without its last row, were that row cut short: at its label, the last
    cell that is no figure (and its English, in a bilingual yearbook), with a few figures after it or none (a copy's
    text ends inside a row); the run's length where there is no such row."""
    last = max((k for k, c in enumerate(cells) if c and not _is_figure(c)), default=-1)
    label = last - 1 if 1 < last and _ENGLISH_LINE.fullmatch(cells[last]) and cells[last - 1] \
        and not _is_figure(cells[last - 1]) else last  # (the row's name, then its English: '续期保费', 'Renewal Premium')
    return label if 0 < label and 0 <= len(cells) - last - 1 < STACKED_OPENING and \
        all(_is_figure(c) for c in cells[last + 1:]) else len(cells)


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\s*年?")


def _unit_over_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A stacked table's unit row ('单位:亿元', '', …, '(100 million yuan)') over its row of years is no header: a line
    before the table, the years' row its header. Else no line, and the rows as they are."""
    if len(rows) > 2 and _UNIT_LINE.search(rows[0][0]) and any(rows[1][1:]) and \
            all(_YEAR_CELL.fullmatch(c) for c in rows[1][1:] if c):
        return [" ".join(c for c in rows[0] if c)], rows[1:]
    return [], rows


def _glossed(rows: list[list[str]]) -> bool:
    """Whether the second column of `rows` translates the first: English words or nothing in every row, words in most
    rows that have a name ('保费收入', 'Premium Income'; '按险种分', 'Premium by Line of Business:')."""
    named = [r for r in rows if r[0]]
    return all(not r[1] or _ENGLISH_LINE.fullmatch(r[1]) for r in rows) and \
        sum(bool(r[1]) for r in named) * 2 > len(named) > 0


def _unglossed(rows: list[list[str]]) -> list[list[str]]:
    """`rows` with a translation column (`_glossed`) folded into the names it translates, as a cell written on two
    lines is ('毕业生数 graduates')."""
    if len(rows[0]) < 3 or not _glossed(rows):
        return rows
    return [[f"{r[0]} {r[1]}".strip()] + r[2:] for r in rows]


def _stacked_width(cells: list[str]) -> Optional[int]:
    """How many cells a row of a table written one cell a line has: the one width at which
    every row under the header opens with a name and holds figures only; else (a summary's
    table with a remark column: '分红方案 | 10派0.8565元 | 全年分红1.6亿元,分红率约30%') the one
    width at which every row opens with a name, the header names every column, and most rows
    hold a figure next to their name."""
    # the rows under the header, at each width the cells divide into three rows or more
    widths = {n: [cells[k:k + n] for k in range(n, len(cells), n)]
              for n in range(2, 9) if len(cells) % n == 0 and len(cells) // n >= 3}
    # (a row may leave cells empty, as a heading row does: '一、高等教育', '', '', '')
    fits = [n for n, rows in widths.items()
            if all(not _is_figure(r[0]) and all(_is_figure(c) or not c for c in r[1:]) for r in rows)
            and sum(all(_is_figure(c) for c in r[1:]) for r in rows) * 2 > len(rows)]
    if not fits:
        # (a bilingual yearbook's: each row's name, its English in a cell of its own, then figures)
        fits = [n for n, rows in widths.items() if n >= 3 and _glossed(rows)
                and all(not _is_figure(r[0]) and all(_is_figure(c) or not c for c in r[2:]) for r in rows)
                and sum(all(_is_figure(c) for c in r[2:]) for r in rows) * 2 > len(rows)]
    if not fits:
        fits = [n for n, rows in widths.items() if not any(_is_figure(c) for c in cells[:n])
                and all(not _is_figure(r[0]) for r in rows) and 2 * sum(_is_figure(r[1]) for r in rows) > len(rows)]
    return fits[0] if len(fits) == 1 else None


# a statement an export flattened onto one line with empty cells between its rows and no rule under its
# header, each period printed as an amount and its share of revenue ('| 會計項目 | 114年第3季 | 113年第3季 | |
# | 金額 | % | 金額 | % | | 營業收入合計 | 1,032,936 | 100.00 | 1,118,375 | 100.00 | | …'): the sub-header of
# (金額, %) pairs gives the width
_AMOUNT_SHARE_PAIRS = re.compile(r"(?:\|\s*(?:金額|金额)\s*\|\s*[%％]\s*){2,}")


def _unflattened_statement(line: str) -> Optional[list[str]]:
    """A line holding such a statement (see _AMOUNT_SHARE_PAIRS) as Markdown lines: the words
    before its header a line each, the header (stub, then each period's 金額 and %), a rule, its
    rows; None for any other line. A row is a label and a cell for each column; a row that is not
    ends the table, the rest of the line after it."""
    pairs = _AMOUNT_SHARE_PAIRS.search(line)
    if pairs is None:
        return None
    before = [t.strip() for t in line[:pairs.start()].split("|")]
    n = len(re.findall(r"[%％]", pairs.group(0)))
    named = [t for t in before if t]
    if len(named) < n + 1:
        return None
    periods, stub, words = named[-n:], named[-n - 1], named[:-n - 1]
    body = [t.strip() for t in line[pairs.end():].split("|")]
    rows, i = [], 0
    while i < len(body):
        if not body[i]:
            i += 1
            continue
        cells = body[i + 1:i + 1 + 2 * n]
        if _is_figure(body[i]) or len(cells) < 2 * n or any(c and not _is_figure(c) for c in cells):
            break  # no row of this table: it ends here
        rows.append([body[i]] + cells)
        i += 1 + 2 * n
    if len(rows) < 2:
        return None
    header = [stub] + [f"{p} {w}" for p in periods for w in ("金额", "%")]
    rest = "|".join(body[i:]).strip(" |")
    return words + ["|" + "|".join(header) + "|", "|" + "|".join("---" for _ in header) + "|"] + \
        ["|" + "|".join(r) + "|" for r in rows] + ([rest] if rest else [])


# a cell a line, each ending in its bar ('营业收入合计 |', an empty cell '|'), as another export prints the
# statement _AMOUNT_SHARE_PAIRS reads: a run of such lines is that statement's one flattened line
_CELL_LINE = re.compile(r"^[^|\n]{0,60}\|\s*$")
FEWEST_CELL_LINES = 20


def _rewrapped_rows(lines: list[str]) -> list[str]:
    """A bordered row a scraper wrapped over lines, each piece after the first without its leading '|'
    ('| 项 目 名 称 | 计算 单位 |' over '3月 | 1-3月 累计 |' over '累计比上年同期增长(%) | 结构(%) |'), as one row —
    where its pieces' cells together are as many as the bordered row right after them has. Otherwise the first
    piece is a table of two cells, the rest are text, and the first data row is read as the table's header."""
    out, i = [], 0
    while i < len(lines):
        line = lines[i].strip()
        j = i + 1
        while j < len(lines) and _WRAPPED_PIECE.fullmatch(lines[j].strip()):
            j += 1
        # (or a header so wrapped with no '|' to open any of its lines, words only: '项 目 名 称 | 计算 单位 |' over
        # '4月 | 1-4月 累计 |' over '累计比上年同期 增长(%) |' over '结构(%) |', then '商业 | |||||')
        bordered = _BORDERED.fullmatch(line) and j < len(lines) and _BORDERED.fullmatch(lines[j].strip())
        unbordered = _WRAPPED_PIECE.fullmatch(line) and j < len(lines) and "|" in lines[j]
        if j > i + 1 and (bordered or unbordered):
            pieces = [_pipe_cells(line)] + [_pipe_cells("|" + lines[k].strip()) for k in range(i + 1, j)]
            cells = [c or "" for piece in pieces for c in piece]
            if not bordered and any(_is_figure(c) for c in cells if c):
                pieces = []  # rows of figures, each its own
            # (_pipe_cells reads a row with or without its opening '|')
            if pieces and len(pieces[0]) < len(_pipe_cells(lines[j])) == len(cells):
                out.append("| " + " | ".join(cells) + " |")
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


_BORDERED = re.compile(r"\|.*\|")
# a piece of a wrapped row: cells ending in '|', not opening with one, no rule ('3月 | 1-3月 累计 |')
_WRAPPED_PIECE = re.compile(r"[^|\-\s][^|]*(?:\|[^|]+)*\|")


def _joined_cell_lines(lines: list[str]) -> list[str]:
    """`lines` with each run of a-cell-a-line lines that holds a common-size statement joined into
    one line; every other line as it is."""
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CELL_LINE.match(lines[j]):
            j += 1
        if j - i >= FEWEST_CELL_LINES:
            joined = "| " + " | ".join(line.strip().rstrip("|").strip() for line in lines[i:j]) + " |"
            if _AMOUNT_SHARE_PAIRS.search(joined) and _unflattened_statement(joined):
                out.append(joined)
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _unflattened(line: str) -> list[str]:
    """A line holding a Markdown table flattened onto it, as the table's lines (the text
    before it and after its last row on lines of their own); any other line as it is. The
    header row gives the width, so the last row ends after that many cells."""
    m = _FLAT_TABLE.search(line)
    if m is None:
        return [line]
    before, rows = line[:m.start()], _ROW_BREAK.split(line[m.start():])
    width = len(_pipe_cells(rows[0] + "|"))
    out = [before] if before.strip() else []
    # (by the rule row's width wherever one follows the header: a row's end and an empty cell both read '| |', and the
    # body may hold empty cells under a header that has none — '| 1 | 信用减值损失 | 应收账款坏账损失 | -387,477.44 | | | |
    # 其他应收账款坏账损失 | 1,459,101.72 |')
    if len(rows) > 1 and (by_rule := _unflattened_by_rule(line[m.start():])) is not None:
        return out + by_rule
    for k, row in enumerate(rows):
        row = row.strip().strip("|")
        cells = row.split("|")
        if len(cells) > width and k >= 2:
            # the table ends inside this row: text after it, and maybe another table flattened there too
            # ('…|9.77| [1] 市场数据 … 资产负债表(百万元) |项目|2024A|…| | ---- | …')
            rest = "| |".join(["|".join(cells[width:]), *rows[k + 1:]])
            return out + ["|" + "|".join(cells[:width]) + "|"] + _unflattened(rest)
        if k == len(rows) - 1 and k >= 2 and len(cells) < width and not line.rstrip().endswith("|"):
            # the text cut off inside the table's last row ('|营业收入(百万元人民币)|23327.17|23924.37|2', as a page's
            # excerpt ends): its last cell may be a figure cut short, not the figure
            row = "|".join(cells[:-1])
        out.append("|" + row + "|")
    return out


_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")


def _unflattened_by_rule(flat: str) -> Optional[list[str]]:
    """A flattened Markdown table whose header has empty cells ('| | | 二零二五年 | 二零二四年 | | --- | --- | --- | --- |
    | | 附註 | 千港元 | …'), where a row's end and an empty cell both read '| |': its rows by the width the rule row
    gives — each row that many cells, then the space between two rows —, the text after its last row on a line of its
    own. None where no rule row follows a header of its width."""
    tokens = flat.split("|")[1:]
    width = next((w for w in range(2, 13) if len(tokens) > 2 * w + 1 and not tokens[w].strip()
                  and all(_RULE_CELL.fullmatch(t) for t in tokens[w + 1:2 * w + 1])), None)
    if width is None:
        return None
    out, at = [], 0
    while at < len(tokens):
        row = tokens[at:at + width]
        if len(row) < width:  # (the text cut off inside the last row: its last cell may be a figure cut short)
            if len(row) > 1:
                out.append("|" + "|".join(row[:-1]) + "|")
            break
        out.append("|" + "|".join(row) + "|")
        after = tokens[at + width] if at + width < len(tokens) else ""
        if after.strip():
            # (text after the table, and maybe another table flattened there too)
            return out + _unflattened("|".join(tokens[at + width:]))
        at += width + 1
    return out


def _pipe_cells(line: str) -> list[Optional[str]]:
    parts = line.strip().split("|")
    if parts and not parts[0].strip():
        parts = parts[1:]  # a leading '|'
    if parts and not parts[-1].strip():
        parts = parts[:-1]  # a trailing '|'
    # a converter breaks a cell's lines with <br> ('营业收入<br>(百万元)'): one cell, read as one
    return [clean.cell_text(_LINE_BREAK.sub("\n", p).strip()) or None for p in parts]


_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)


def html_to_text(markup: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                     "iframe", "svg", "template", "button"]):
        tag.decompose()
    body = soup.body or soup
    blocks = []
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "pre", "blockquote", "dd", "dt"]):
        if el.find_parent(["p", "li", "tr", "pre", "blockquote"]) is not None and el.name not in ("tr",):
            continue
        if el.name == "tr":
            text = " | ".join(c.get_text(" ", strip=True) for c in el.find_all(["td", "th"]))
        else:
            text = el.get_text("", strip=True)
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [line.strip() for line in body.get_text("\n").splitlines() if line.strip()]
    return "\n".join(blocks)


def html_title(markup: str) -> str | None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    h1 = soup.find("h1")
    if h1 and h1.get_text(strip=True):
        return h1.get_text(strip=True)
    if soup.title and soup.title.get_text(strip=True):
        return soup.title.get_text(strip=True)
    return None


# ----------------------------------------------------------------------------- the document
def format_of(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix == ".md":
        return "md"
    if suffix == ".txt":
        return "txt"
    raise YanbaoError("E007", str(path), suffix=path.suffix or "(none)")


def read_document(path: str | os.PathLike, date: str | None = None) -> Document:
    """One input file → a cleaned, simplified Document. Raises YanbaoError for bad input."""
    parts = read_parts(path, date)
    doc = next(parts)
    for part in parts:
        join_part(doc, part)
    return doc


# A text file longer than this is read as a run of parts: each part is cleaned, tagged
# and typed alone, and may be written out and dropped before the next is read (the
# batch does), so what a file costs in memory does not grow with its length.
PART_CHARS = 1_000_000


def read_parts(path: str | os.PathLike, date: str | None = None) -> Iterator[Document]:
    """One input file → its Document, in parts: a PDF or a short text is one part; a long
    text file a run of parts of consecutive pages (see PART_CHARS). Every part carries
    the document's id, source and meta; pages are numbered through the file; the last
    part carries the warnings only the whole file can give. Raises YanbaoError for bad
    input (before the first part)."""
    path = Path(path)
    if path.is_dir():
        raise YanbaoError("E007", str(path), suffix="(folder)")
    size = readable_size(path)
    if not size:
        raise YanbaoError("E001", str(path))
    try:
        fh = path.open("rb")
    except OSError as e:
        raise _os_error(path, e) from e
    with fh:
        head = fh.read(encoding.BLOCK_BYTES)
        fmt = format_of(path, head)
        if fmt == "pdf" or fmt == "html" or size <= len(head):
            data = head + fh.read()  # read whole: a PDF or a page of markup is parsed at once
            doc = _new_document(path, hashlib.sha256(data).hexdigest(), fmt, size)
            if fmt == "pdf":
                _read_pdf(data, path, doc, date)
                _finish(doc)
                if not any(p.text.strip() for p in doc.pages) \
                        and not any(w.code in ("W001", "W002") for w in doc.warnings):
                    doc.warn("W004", message("W004"), "ingest")
                yield doc
                return
            notes: list[tuple[str, str]] = []
            text, enc, confidence = encoding.decode(data, inputs.shown(path), notes)
            del data
            for code, what in notes:
                doc.warn(code, message(code, what=what), "ingest")
            notes = []
            chunks: Iterable[str] = [text]
        else:  # a long text: hashed, then decoded a block at a time
            fh.seek(0)
            doc = _new_document(path, inputs.sha256_of(fh), fmt, size)
            fh.seek(0)
            notes = []
            enc, confidence, chunks = encoding.decode_stream(fh, inputs.shown(path), notes)
        title_hint = None
        if fmt == "html":
            title_hint = html_title(text)
            doc.tables = html_tables(text)
            chunks = [html_to_text(text)]
        doc.source.encoding = enc
        if confidence < 0.5:
            doc.warn("W005", message("W005", encoding=enc), "ingest")
        raw_pages = clean.text_pages(chunks)
        if fmt in ("txt", "md"):
            raw_pages = map(rule_rows_apart, map(unglued_figure_rows, map(inline_tables_as_pipes, raw_pages)))
        yield from _text_parts(doc, clean.cleaned_pages(raw_pages), notes, date, title_hint)


def _text_parts(first: Document, pages: Iterator[str], notes: list[tuple[str, str]], date: str | None,
                title_hint: str | None) -> Iterator[Document]:
    """Cleaned page texts → Documents of at most PART_CHARS each (at least one page). A
    part is handed on only once the next page exists, so the last part — built after the
    file's last byte was read — can carry the warnings of the whole file."""
    number = 0
    part, pending, chars = first, [], 0
    has_text = False
    for text in pages:
        if pending and chars + len(text) > PART_CHARS:
            _fill_text_part(part, pending, number - len(pending), title_hint, date, first)
            yield part
            part, pending, chars = _next_part(first), [], 0
        number += 1
        pending.append(text)
        chars += len(text)
        has_text = has_text or bool(text.strip())
    for code, what in notes:
        part.warn(code, message(code, what=what), "ingest")
    _fill_text_part(part, pending, number - len(pending), title_hint, date, first)
    if not has_text:
        part.warn("W004", message("W004"), "ingest")
    part.source.pages = number
    yield part


def _next_part(first: Document) -> Document:
    return Document(doc_id=first.doc_id, source=first.source.model_copy(), meta=first.meta.model_copy(deep=True))


def _fill_text_part(doc: Document, texts: list[str], before: int, title_hint: str | None, date: str | None,
                    first: Document) -> None:
    """Pages `before`+1… of a text file into `doc`, then every stage a text goes through."""
    doc.source.pages = before + len(texts)
    script_of = script.detect("\n".join(texts))
    if doc is first:
        doc.meta.script = script_of
    doc.pages += [_page(number, text, script_of) for number, text in enumerate(texts, start=before + 1)]
    if doc is first:
        if script_of == "hant":
            _simplify_tables(doc)
        meta.fill(doc, None, title_hint=title_hint, default_date=date)
    _finish(doc)


def _new_document(path: Path, sha: str, fmt: str, size: int) -> Document:
    from . import __version__

    return Document(doc_id=doc_id_for(sha),
                    source=Source(path=inputs.shown(path), sha256=sha, format=fmt, pages=0, size=size,
                                  extractor=f"yanbao {__version__}"))


def _read_pdf(data: bytes, path: Path, doc: Document, date: str | None) -> None:
    raw_pages, info = extract_pdf(data, str(path), doc)
    _warn_textless(raw_pages, doc)
    texts, kept = clean.clean_pdf_pages(raw_pages)
    doc.tables = [t for p in raw_pages for t in p.tables]
    _half_width_tables(doc)
    first = next((lines for lines in kept if lines), [])
    pdf_meta = {**meta.from_pdf_lines(first), "created": meta.pdf_created(info),
                "rows": [half_width(r) for r in raw_pages[0].rows] if raw_pages else []}
    doc.source.pages = len(texts)
    doc.meta.script = script.detect("\n".join(texts))
    for raw, text in zip(raw_pages, texts):
        page = _page(raw.number, text, doc.meta.script, raw.sidebar)
        if raw.ocr:
            page.ocr, page.ocr_confidence = True, round(raw.ocr_confidence or 0.0, 3)
        doc.pages.append(page)
    if doc.meta.script == "hant":
        _simplify_tables(doc)
    meta.fill(doc, pdf_meta, default_date=date)


def _page(number: int, text: str, script_of: str, sidebar: list[str] = ()) -> Page:
    """A page in simplified script, its figures in ASCII width (textutil.half_width: one
    character for one, so offsets hold); traditional text is kept as `original` with offsets."""
    page = Page(number=number, text=text, sidebar=list(sidebar))
    if script_of == "hant":
        simplified, anchors = script.to_simplified(text)
        if simplified != text:
            page.original, page.text, page.offsets = text, simplified, anchors
        page.sidebar = [script.to_simplified(s)[0] for s in page.sidebar]
    page.text = half_width(page.text)
    page.sidebar = [half_width(s) for s in page.sidebar]
    return page


def _half_width_tables(doc: Document) -> None:
    """A PDF's table cells with figures in full-width forms ('３９．００'), in ASCII width."""
    for table in doc.tables:
        cells = [[half_width(c) if c else c for c in row] for row in table.cells]
        if cells != table.cells:
            table.cells, table.columns = cells, [half_width(c) for c in table.columns]
            table.rows = clean.rows_as_dicts(table.cells)


def _simplify_tables(doc: Document) -> None:
    for table in doc.tables:
        table.cells = [[script.to_simplified(c)[0] if c else c for c in row] for row in table.cells]
        table.columns = [script.to_simplified(c)[0] for c in table.columns]
        table.rows = clean.rows_as_dicts(table.cells)
        # the caption gives the unit ('單位：百萬元') and the groups the sections (盈利能力)
        table.title = script.to_simplified(table.title)[0] if table.title else table.title
        table.row_groups = [script.to_simplified(g)[0] if g else g for g in table.row_groups]


def _finish(doc: Document) -> None:
    """The stages after reading: entities, typed tables, company tables."""
    from . import tables, tag
    from .normalize import financials

    tag.tag_document(doc)
    tables.type_document(doc)
    if doc.source.format in ("txt", "md"):
        # after the price tables are typed: a text's price rows are read from its lines
        ending: list[list[Table]] = []  # the tables read from lines that ran to the page's end
        foot_caption = None  # a caption the page before ended with
        for p in doc.pages:
            parts = continued_tables(p.text, p.number, ending)
            # (rows going on under their header printed again are the part's, not a table of their own)
            spaced = [t for t in spaced_tables(p.text, p.number) if not any(_spans_meet(t, part) for part, _ in parts)]
            if foot_caption and spaced and spaced[0].title is None and not parts and starts_page(p.text, spaced[0]):
                spaced[0].title = foot_caption
            foot_caption = caption_at_foot(p.text)
            # a table opening the page under the header of one the page before ended with (a header printed
            # again atop each page), with no title of its own: that table's rows going on
            if spaced and not parts and starts_page(p.text, spaced[0]) and untitled(spaced[0]):
                above = _same_header(spaced[0], ending)
                if above is not None:
                    spaced[0].report["continues"] = next(i for i, t in enumerate(doc.tables) if t is above)
            doc.tables += [part for part, _ in parts] + pipe_tables(p.text, p.number) + spaced \
                + run_on_tables(p.text, p.number) + run_on_peers(p.text, p.number) + stacked_tables(p.text, p.number)
            for part, above in parts:  # rows a page break cut from their table join it (normalize.continued)
                if above.report.get("header_only"):  # or are the rows of a header the page before ended with
                    part.title = above.title
                else:
                    part.report["continues"] = next(i for i, t in enumerate(doc.tables) if t is above)
            # a page that is all one cut table's rows may end with it too: it goes on under its first part
            origin = {id(part): above for part, above in parts}
            ending = [[origin.get(id(t), t) for t in group]
                      for group in ending_tables(p.text, [part for part, _ in parts] + spaced)]
    financials.type_company_tables(doc)


def _spans_meet(a: Table, b: Table) -> bool:
    """Whether two tables read from a page's lines share any of them."""
    sa, sb = a.report.get("text_span"), b.report.get("text_span")
    return bool(sa and sb) and sa[0] < sb[1] and sb[0] < sa[1]


def _same_header(table: Table, ending: list[list[Table]]) -> Optional[Table]:
    """The table ending the page before whose header `table` prints again, if any."""
    header = header_words(table)
    return next((t for group in ending for t in group if not t.report.get("header_only") and t.cells
                 and header_words(t) == header), None)


def join_part(doc: Document, part: Document) -> None:
    """Append a later part of the same file to `doc` (the library's whole Document)."""
    doc.pages += part.pages
    doc.entities += part.entities
    doc.tables += part.tables
    doc.warnings += part.warnings
    if part.status == "partial":
        doc.status = "partial"
    doc.source.pages = part.source.pages
