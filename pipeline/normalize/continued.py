"""A table a page break cut, going on at the top of the next page under no header.

A report set by a layout engine (reportlab's platypus, a word processor) breaks a long table
where the page ends and, unless told to, prints its header only once. The reader sets the
header of the tables that ended the page before over such rows (read.borderless.carry_header)
and marks the tables it read so (`report["continued"]`); two statements set side by side are
cut at the same line and go on side by side, each under its own header.

Here each such table is tied to the one it continues — on the page before, among the tables
that end it, the one printing the same header with its columns in the same places — by that
table's index among the document's tables (`report["continues"]`), so that its rows join
that table's typed rows, each row keeping its own page.
"""
from __future__ import annotations

from typing import Optional

from ..document import Document, Table


def _same_place(a: Table, b: Table) -> bool:
    """The same value columns in the same places (to a point): the header set again was this
    table's. (The label columns stand where their words do, which differ from page to page.)"""
    ca, cb = a.report.get("column_centers"), b.report.get("column_centers")
    stub = a.report.get("stub_columns")
    if ca is None or cb is None or len(ca) != len(cb) or stub != b.report.get("stub_columns"):
        return False
    return all(abs(x - y) <= 1 for x, y in zip(ca[stub:], cb[stub:]))


def _continued_from(table: Table, before: list[tuple[int, Table]]) -> Optional[int]:
    header = [(c or "").strip() for c in table.cells[0]] if table.cells else None
    for i, t in before:
        if t.cells and [(c or "").strip() for c in t.cells[0]] == header and _same_place(t, table):
            return i
    return None


def tie_continuations(doc: Document) -> None:
    """Mark each table read under the header of one on the page before with that table's index."""
    by_page: dict[int, list[tuple[int, Table]]] = {}
    for i, t in enumerate(doc.tables):
        if t.kind == "other" and t.source == "borderless":
            by_page.setdefault(t.page, []).append((i, t))
    for i, t in enumerate(doc.tables):
        if t.kind == "other" and t.report.get("continued"):
            j = _continued_from(t, by_page.get(t.page - 1, []))
            if j is not None:
                t.report["continues"] = j
