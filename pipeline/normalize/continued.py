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

So too a ruled table's rows a page break cut, opening the next page under no header: they go on
with the ruled tables that end the page before — parted at their widths where two statements
stood abreast in one grid.

So too a table told to print its header again atop each page (a word processor's repeated
header row): the tables opening a page with no title of their own (or one saying 续), each
under the header of a table ending the page before, its columns in the same places. A table
with a title of its own is a table of its own, whatever its header.
"""
from __future__ import annotations

from typing import Optional

from ..clean import rows_as_dicts
from ..document import Document, Table
from ..read.borderless import is_value


def _same_place(a: Table, b: Table) -> bool:
    """The same value columns in the same places (to a point): the header set again was this
    table's. (The label columns stand where their words do, which differ from page to page.)"""
    ca, cb = a.report.get("column_centers"), b.report.get("column_centers")
    stub = a.report.get("stub_columns")
    if ca is None or cb is None or len(ca) != len(cb) or stub != b.report.get("stub_columns"):
        return False
    return all(abs(x - y) <= 1 for x, y in zip(ca[stub:], cb[stub:]))


def header_words(table: Table) -> Optional[list[str]]:
    """A table's header row as its words, to tell a header printed again."""
    return [(c or "").strip() for c in table.cells[0]] if table.cells else None


def _continued_from(table: Table, before: list[tuple[int, Table]]) -> Optional[int]:
    header = header_words(table)
    for i, t in before:
        if t.cells and header_words(t) == header and _same_place(t, table):
            return i
    return None


BAND = 6.0  # points: tables whose tops (or feet) are this close stand abreast, opening (or ending) a page


def _opening(tables: list[tuple[int, Table]]) -> list[tuple[int, Table]]:
    """The tables that open a page: the topmost, and any abreast of it."""
    return _abreast(tables, lambda t: -t.bbox[1])


def _ending(tables: list[tuple[int, Table]]) -> list[tuple[int, Table]]:
    """The tables that end a page: the lowest, and any abreast of it."""
    return _abreast(tables, lambda t: t.bbox[3])


def _abreast(tables: list[tuple[int, Table]], edge) -> list[tuple[int, Table]]:
    """The placed tables whose `edge` (a foot, or a top negated) is within BAND of the furthest."""
    placed = [(i, t) for i, t in tables if t.bbox]
    furthest = max((edge(t) for _, t in placed), default=None)
    return [(i, t) for i, t in placed if furthest - edge(t) <= BAND]


def _end_label(table: Table, tail: str) -> None:
    """The table's last label with the rest of it, which its row broken by the page left atop
    the next ('营业成' and '本')."""
    last = table.cells[-1] if len(table.cells) > table.header_rows else None
    if last and last[0]:
        last[0] = last[0] + tail
        table.rows = rows_as_dicts(table.cells)


def untitled(table: Table) -> bool:
    return not (table.title and table.title.strip()) or "续" in table.title


def _headerless(rows: list[list]) -> bool:
    """Rows with no header of their own: the first a label and figures."""
    first = rows[0] if rows else []
    return len(first) > 1 and bool(first[0]) and all(c is None or is_value(c) for c in first[1:]) \
        and any(c is not None for c in first[1:])


def _carry_ruled_headers(doc: Document) -> None:
    """A ruled table a page break cut under no header of its own: the headerless table opening a
    page goes on with the ruled tables ending the page before whose columns it has — one, or two
    statements abreast its columns run across ('利润表 | 2023A…' and '资产负债表 | 2023A…' over
    '营业成本 20,682 … 货币资金 10,007 …'): it is parted at their widths, each part under its
    header and tied to it (`report["continues"]`)."""
    ruled: dict[int, list[tuple[int, Table]]] = {}
    for i, t in enumerate(doc.tables):
        if t.kind == "other" and t.source == "ruled" and t.cells:
            ruled.setdefault(t.page, []).append((i, t))
    out: list[Table] = []
    ties: list[tuple[Table, Table]] = []  # (part, the table it continues)
    for t in doc.tables:
        opening = _opening(ruled.get(t.page, []))
        ending = [e for _, e in _ending(ruled.get(t.page - 1, []))]
        widths = [len(e.cells[0]) for e in ending]
        if not (t.kind == "other" and t.source == "ruled" and any(o is t for _, o in opening) and untitled(t)
                and ending and sum(widths) == len(t.cells[0])):
            out.append(t)
            continue
        cuts = [sum(widths[:k]) for k in range(len(widths) + 1)]
        bodies = [[row[a:b] for row in t.cells] for a, b in zip(cuts, cuts[1:])]
        if not all(_headerless(body) for body in bodies):
            out.append(t)
            continue
        for e, body in zip(ending, bodies):
            part = t.model_copy(update={"cells": [list(e.cells[0])] + body, "report": {**t.report, "header_carried": True}})
            part.rows = rows_as_dicts(part.cells)
            out.append(part)
            ties.append((part, e))
    doc.tables = out
    index = {id(t): i for i, t in enumerate(doc.tables)}
    for part, e in ties:
        part.report["continues"] = index[id(e)]


def tie_continuations(doc: Document) -> None:
    """Mark each table read under the header of one on the page before with that table's index,
    and each untitled table opening a page under the header of one ending the page before."""
    _carry_ruled_headers(doc)
    by_page: dict[int, list[tuple[int, Table]]] = {}
    for i, t in enumerate(doc.tables):
        if t.kind == "other" and t.source == "borderless":
            by_page.setdefault(t.page, []).append((i, t))
    for i, t in enumerate(doc.tables):
        if t.kind == "other" and t.report.get("continued"):
            j = _continued_from(t, by_page.get(t.page - 1, []))
            if j is not None:
                t.report["continues"] = j
                if t.report.get("cut_tail"):
                    _end_label(doc.tables[j], t.report["cut_tail"])
    for page, tables in by_page.items():
        ending = _ending(by_page.get(page - 1, []))
        for i, t in _opening(tables):
            if "continues" not in t.report and not t.report.get("continued") and untitled(t):
                j = _continued_from(t, ending)
                if j is not None:
                    t.report["continues"] = j
