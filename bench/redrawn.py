"""Real tables drawn again as PDFs: does the PDF reader give back what the text gave?

    python bench/redrawn.py [FILE ...]     (default: every kept text in tests/summaries)

Each document's financials tables — their real line names (long CAS names that wrap, 其中
lines, notes' breakdowns), periods and printed cells — are drawn into a PDF the way brokers
and annual reports set them: borderless and then ruled, columns as wide as their widest text,
two tables abreast where both fit half a page, a table longer than a page going on over the
next under its header ('（续）'). The PDF is read back and compared cell by cell with the
text's tables, and verify is run on it: a mismatch there that the text does not have is the
reader's, or a check's that cannot stand a table cut by a page. A table wider than a page is
not drawn (a data site's ten columns of 元 to the cent).

A limit of the drawing, not of the reader: a line name longer than two lines of its column runs
over the cells beside it (an annual report's 非经常性损益 lines, ~60 characters), so their cells
are not read back.

Prints one line per document and style, then the totals.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import read_document  # noqa: E402
from pipeline.samples import FONT, _canvas, _text  # noqa: E402
from pipeline.samples_company import TableStyle, _table  # noqa: E402
from pipeline.verify import verify  # noqa: E402

PAGE_ROWS = 44  # rows of one table on a page before it goes on over the next


def tables_of(doc) -> list[tuple[str, list[str], list[tuple[str, list[str]]]]]:
    """(unit, periods, rows of (line, printed cells)) of each financials table with four rows or more."""
    out = []
    for t in doc.tables:
        if t.kind != "financials":
            continue
        periods: list[str] = []
        rows: dict[tuple, dict] = {}
        for r in t.rows:
            if r.get("basis") or r.get("growth_of"):
                continue
            if r.get("period") not in periods:
                periods.append(r.get("period"))
            rows.setdefault((r.get("row") or 0, r.get("item")), {})[r.get("period")] = r.get("printed") or ""
        if len(rows) >= 4 and 2 <= len(periods) <= 6:
            unit = next((r.get("unit") for r in t.rows if r.get("unit") and r.get("unit") != "%"), None)
            out.append((unit, periods, [(item, [cells.get(p, "") for p in periods]) for (_, item), cells in sorted(rows.items())]))
    return out


def draw(path: Path, tables, style: TableStyle) -> int:
    """The tables on A4 pages; returns how many were drawn."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, (w, h) = _canvas(path)
    _text(c, 40, h - 40, "附表：财务报表", 12)
    top, x, row_height, drawn = h - 60, 30, 0, 0
    for unit, periods, rows in tables:
        col = 8 + max(stringWidth(str(t), FONT, 8) for t in list(periods) + [v for _, cells in rows for v in cells])
        label_width = 110
        if label_width + col * len(periods) > w - 60:
            continue
        half = label_width + col * len(periods) <= 270
        drawn += 1
        for start in range(0, len(rows), PAGE_ROWS):
            chunk = rows[start:start + PAGE_ROWS]
            need = 16 * (len(chunk) + 3) + 9 * sum(1 for name, _ in chunk if stringWidth(name, FONT, 8) > label_width - 6)
            if not (half and x == 300):
                top -= row_height + (20 if row_height else 0)
                row_height, x = 0, 30
            if top - need < 40:
                c.showPage()
                top, row_height, x = h - 60, 0, 30
            title = "表" + (f"（{unit}）" if unit else "") + ("（续）" if start else "")
            _table(c, x, top, title, None, chunk, label_width, col, periods=periods, style=style)
            row_height = max(row_height, need)
            x = 300 if half and x == 30 else 30
            if not half:
                top -= row_height + 20
                row_height = 0
    c.save()
    return drawn


def cells_of(doc) -> set[tuple[str, str]]:
    return {(r.get("item"), r.get("printed")) for t in doc.tables if t.kind == "financials" for r in t.rows
            if not r.get("basis") and not r.get("growth_of")}


def main() -> None:
    files = [Path(f) for f in sys.argv[1:]] or sorted((ROOT / "tests" / "summaries").glob("*.[mt][dx]*"))
    totals = {"cells": 0, "read": 0, "new_mismatches": 0, "documents": 0}
    with tempfile.TemporaryDirectory() as folder:
        for src in files:
            doc = read_document(src)
            tables = tables_of(doc)
            if not tables:
                continue
            before = {(c["formula"], c["reported"]) for c in verify(doc)["checks"] if c["verdict"] == "mismatch"}
            for ruled in (False, True):
                pdf = Path(folder) / f"{src.stem}_{'ruled' if ruled else 'plain'}.pdf"
                drawn = draw(pdf, tables, TableStyle(ruled=ruled))
                if not drawn:
                    print(f"{src.name:40s} not drawn: wider than a page")
                    break
                back = read_document(pdf)
                got = cells_of(back)
                want = [(item, cell) for unit, periods, rows in tables for item, cells in rows for cell in cells if cell]
                read = sum(1 for x in want if x in got)
                new = [c for c in verify(back)["checks"] if c["verdict"] == "mismatch" and (c["formula"], c["reported"]) not in before]
                totals["cells"] += len(want)
                totals["read"] += read
                totals["new_mismatches"] += len(new)
                totals["documents"] += not ruled
                print(f"{src.name:40s} {'ruled' if ruled else 'plain'}  {drawn} tables  cells read back {read}/{len(want)}"
                      f"  mismatches the text has not: {len(new)}" + "".join(f"\n    {c['claim'][:100]}" for c in new[:3]),
                      flush=True)
    print(f"\n{totals['documents']} documents, both styles: cells read back {totals['read']}/{totals['cells']}"
          f" ({totals['read'] / max(totals['cells'], 1):.3f}); mismatches the text has not: {totals['new_mismatches']}")


if __name__ == "__main__":
    main()
