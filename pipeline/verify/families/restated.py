"""Check family: a line item printed in two tables for one period (a first-page summary
table and the statements page) must agree, after the two tables' units (亿元 against
百万元); a slip of units is a mismatch with its cause. The line is the same concept
under the same name, or under another (营业收入 on page 1, 营业总收入 in the statement)
where neither table prints the other's name as a line of its own."""
from __future__ import annotations

from decimal import Decimal

from ...calc import cause
from ...document import Document
from ..checks import CURRENCY_OF_WORD, amounts, judge_formula, make, money_scale
from .totals import parent_in_disguise

def _money(unit) -> tuple[Decimal, str] | None:
    """(scale, currency word) of a money unit (千元, 百万美元, 亿港元), else None."""
    if not unit:
        return None
    scale, currency = money_scale(unit)
    return (scale, currency) if currency in CURRENCY_OF_WORD else None


def _same_meaning(a, b) -> bool:
    """One line in two tables means the same only within one statement, or between a
    summary (forecast) table and a statement: the cash-flow statement's 财务费用 and
    净利润 are add-backs, not the income statement's lines."""
    return a.statement == b.statement or "forecast" in (a.statement, b.statement)


def find(doc: Document) -> list[dict]:
    everything = amounts(doc)
    rows = [a for a in everything if a.concept and _money(a.unit) and a.printed.value != 0]
    out, seen = [], set()
    names = {}  # each table's line items by name
    for x in everything:
        names.setdefault(x.table, set()).add(x.item)
    for a in rows:
        for b in rows:
            if b.table <= a.table or a.concept != b.concept or a.period != b.period:
                continue
            if a.item != b.item and (a.item in names[b.table] or b.item in names[a.table]):
                continue  # one name in two tables is that line; another name there is another line (营业总收入 over 营业收入)
            if not _same_meaning(a, b):
                continue
            (scale_a, currency_a), (scale_b, currency_b) = _money(a.unit), _money(b.unit)
            if (a.concept, a.period, a.table) in seen or (scale_a > 1) != (scale_b > 1):
                continue
            if currency_a != currency_b:
                continue  # another currency
            seen.add((a.concept, a.period, a.table))
            factor = scale_b / scale_a
            printed = a.printed
            verdict, exact = judge_formula(lambda x: x * factor, [b.printed], printed)
            note = cause(verdict, exact, printed, money=True) if exact is not None else ""
            if verdict == "mismatch" and (parent_in_disguise(a, everything) or parent_in_disguise(b, everything)):
                verdict, note = "unverifiable", "one table's 净利润 prints the parent's share (归母): the labels differ in meaning"
            out.append(make(f"{a.item} {a.period} {a.printed.value} (p.{a.page}) against p.{b.page}", a.page,
                            f"{a.item} restated from the table on p.{b.page}", {f"{b.item} {b.period} ({b.unit})": b.printed},
                            printed, exact, a.unit, verdict, note, a.cell(), cells=[a, b]))
    return out
