"""A mutation harness for any document: change one printed number and see whether verify
flags it.

The figures tried are the table cells and the figures in sentences that some consistent or
rounding check read (its figure or an input): the numbers verify claims to vouch for. Each
is edited in a copy of the Document — one digit (the last, the middle or the first), a
typed cell's printed text and value together, an untyped table's cell text, a sentence's
figure in its page text — and verify
is run on the copy. The edit is flagged when a check that
read that cell becomes a mismatch. `python bench/mutations.py --doc FILE` runs it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..document import Document
from ..normalize.financials import parse_value, plain
from . import run_families

KINDS = ("last", "middle", "first")


@dataclass
class Outcome:
    cell: tuple
    before: str
    after: str
    flagged: bool
    # what the checks that read the cell say of the edited copy: "mismatch" (flagged), else
    # "rounding" or "consistent" (the edit is within the printed precision of a check that reads
    # it), "unverifiable" (every check reading it gave up), or "unread" (no check reads it any more)
    why: str = ""


def checkable(doc: Document) -> list[tuple]:
    """Cells read by a consistent or rounding check, in a stable order."""
    found, _ = run_families(doc)
    cells = {tuple(k) for c in found if c["verdict"] in ("consistent", "rounding") for k in c.get("_cells", [])}
    return sorted(cells, key=str)


def edit_digit(text: str, kind: str) -> Optional[str]:
    """The printed number with one digit changed (+1, 9 → 0; a leading digit never to 0)."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if not digits:
        return None
    at = {"last": digits[-1], "middle": digits[len(digits) // 2], "first": digits[0]}[kind]
    new = (int(text[at]) + 1) % 10
    if at == digits[0] and new == 0 and len(digits) > 1:
        new = 1
    return text[:at] + str(new) + text[at + 1:]


def _rows(doc: Document, cell: tuple) -> list[dict]:
    kind, table, row, column = cell
    tables = [t for t in doc.tables if t.kind == kind]
    if table >= len(tables):
        return []
    if kind == "financials":
        period, _, basis = column.partition("|")  # a revision table's column: "2025E|before"
        return [r for r in tables[table].rows if r.get("row") == row and r.get("period") == period
                and (r.get("basis") or "") == basis]
    metric, period = column.split("|", 1)
    return [r for r in tables[table].rows if r.get("company") == row and r.get("metric") == metric
            and str(r.get("period")) == period]


def mutated(doc: Document, cell: tuple, kind: str) -> Optional[tuple[Document, str, str]]:
    copy = doc.model_copy(deep=True)
    if cell[0] == "text":  # a figure in a sentence: ("text", page, start, end)
        _, number, start, end = cell
        page = next((p for p in copy.pages if p.number == number), None)
        if page is None:
            return None
        before = page.text[start:end]
        after = edit_digit(before, kind)  # one digit for one: every offset after it still holds
        if after is None or after == before:
            return None
        page.text = page.text[:start] + after + page.text[end:]
        return copy, before, after
    if cell[0] == "other":  # a cell of an untyped table (a backtest's): its text is all there is
        _, table, row, column = cell
        tables = [t for t in copy.tables if t.kind == "other"]
        if table >= len(tables) or row >= len(tables[table].rows):
            return None
        before = tables[table].rows[row].get(column)
        after = edit_digit(str(before), kind) if before is not None else None
        if after is None or after == before:
            return None
        tables[table].rows[row][column] = after
        return copy, before, after
    rows = _rows(copy, cell)
    if not rows or not rows[0].get("printed"):
        return None
    before = rows[0]["printed"]
    after = edit_digit(before, kind)
    if after is None or after == before:
        return None
    value, _unit, ok = parse_value(after)
    if not ok or value is None:
        return None
    for r in rows:
        r["printed"], r["value"] = after, plain(value)
    return copy, before, after


def run(doc: Document, kind: str = "last", limit: Optional[int] = None) -> list[Outcome]:
    out = []
    for cell in checkable(doc)[:limit]:
        m = mutated(doc, cell, kind)
        if m is None:
            continue
        copy, before, after = m
        found, _ = run_families(copy)
        verdicts = {c["verdict"] for c in found if cell in {tuple(k) for k in c.get("_cells", [])}}
        # (a check still judging the cell consistent or within rounding says the edit is within its
        # printed precision, whatever another check reading it could not judge)
        why = next((v for v in ("mismatch", "rounding", "consistent", "unverifiable") if v in verdicts), "unread")
        out.append(Outcome(cell, before, after, why == "mismatch", why))
    return out


def describe(cell: tuple) -> str:
    if cell[0] == "text":
        return f"text p.{cell[1]} [{cell[2]}:{cell[3]}]"
    kind, table, row, column = cell
    return f"{kind}[{table}] row {row} {re.sub(r'[|]None$', '', str(column))}"
