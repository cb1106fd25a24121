"""Check family: quarters listed with slashes add up to the first three quarters the text states
for the same line ('25Q1/Q2/Q3单季度实现收入5586/5593/5588亿元' and '2025Q1-Q3收入总额16766.9亿元'),
as industry notes sum a sector's companies by quarter. A company report's quarters are the
`results` and `period_sums` families' (read against its statements); this family reads the
documents those do not: a sector's, a market's, a sample's totals.

The cumulative figure is the one stated for the same line and year nearest before the list
(else after it); where it does not match but another the text states for that line and year
does (a note lists each sub-sector's 前三季度 figures too), that one is taken, and the check says so."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import NUM, UNIT_MULT
from ..checks import block_of, clause_before, concept_of, is_company_report, judge_formula, make, sentence_marked, several_stocks
from ..sentences import item_names

_FIGURE = NUM  # a printed figure, its thousands separated or not (quantities.NUM)
_SCALE = r"万亿|亿|千万|百万|万"
_UNIT = rf"(?:{_SCALE})\s?元|(?:{_SCALE})(?![\u4e00-\u9fff])|元"
_YEAR = r"(?:20)?\d\d"
# quarters listed: '25Q1/Q2/Q3', '2025Q1/2025Q2/2025Q3', '2025Q1/25Q2/25Q3'
_QUARTERS = re.compile(rf"(?<![\dA-Za-z])(?P<y>{_YEAR})\s*Q1\s*/\s*(?:{_YEAR}\s*)?Q2\s*/\s*(?:{_YEAR}\s*)?Q3(?![\d\-–—~/])")
# figures listed after them, one unit for all ('5586/5593/5588亿元') or each with its own and a
# bracketed change ('296.1亿元(-0.2%)/281.6亿元(+0.4%)/280.8亿元(+0.0%)')
_BRACKET = r"(?:\s*[(（][^()（）]{0,20}[)）])?"
_FIGURE_LIST = re.compile(
    rf"(?P<a>-?(?:{_FIGURE}))\s*(?P<u1>{_UNIT})?{_BRACKET}\s*/\s*(?P<b>-?(?:{_FIGURE}))\s*(?P<u2>{_UNIT})?{_BRACKET}\s*/\s*"
    rf"(?P<c>-?(?:{_FIGURE}))\s*(?P<u3>{_UNIT})(?!\s*[/%％])")
# the first three quarters: '2025Q1-Q3', '2025年前三季度', '2025年1-9月'
_NINE_MONTHS = re.compile(rf"(?<![\dA-Za-z])(?P<y>{_YEAR})\s*Q1\s*[-–—~]\s*Q3|(?P<y2>20\d\d)\s*年\s*(?:前三季度|1\s*[-–—~]\s*9\s*月)")
_AMOUNT = re.compile(rf"(?P<num>-?(?:{_FIGURE}))\s*(?P<unit>{_UNIT})(?!\s*/)")
_SENTENCE_END = re.compile(r"[。\n]")  # (a semicolon goes on: "2025Q1-Q3收入…;归母净利润…")


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    out = []
    for page in doc.pages:
        totals = _nine_month_totals(page.text)
        if several_stocks(page.text):
            # a morning note's companies each in their own block: a list only against its block's totals
            totals = {"by block": totals}
        for q in _QUARTERS.finditer(page.text):
            out += _lists_after(page, q, totals)
    return out


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _value(num: str, unit: str) -> Printed:
    scale = re.sub(r"\s|元", "", unit or "")
    return Printed.of(num).times(Decimal(UNIT_MULT[scale]))


def _concept(clause: str) -> Optional[str]:
    """The line a clause names last before its figures ('实现扣非归母净利润' → deducted_np; '收入总额' → revenue)."""
    pattern, _ = item_names()
    names = [m.group() for m in pattern.finditer(re.sub(r"\s", "", clause))]
    for name in reversed(names):
        concept = concept_of(name)
        if concept:
            return concept
    return None


def _nine_month_totals(text: str) -> dict[tuple[str, int], list[tuple[Printed, tuple[int, int]]]]:
    """Each line's first-three-quarters figures the text states, by (line, year): the amounts in
    the sentence after a 'Q1-Q3' or '前三季度' up to the next period named."""
    found: dict[tuple[str, int], list] = {}
    for m in _NINE_MONTHS.finditer(text):
        year = _year(m.group("y") or m.group("y2"))
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        following = _QUARTERS.search(text, m.end(), stop) or _NINE_MONTHS.search(text, m.end(), stop)
        stop = following.start() if following else stop
        for a in _AMOUNT.finditer(text, m.end(), stop):
            concept = _concept(clause_before(text, a.start()))
            if concept:
                found.setdefault((concept, year), []).append((_value(a.group("num"), a.group("unit")), a.span("num")))
    return found


def _candidates(text: str, totals: dict, concept: Optional[str], year: int, at: int) -> list:
    """The totals a list at `at` may be judged against: its line's and year's, in its own block
    where the page names several companies."""
    if concept is None:
        return []
    if "by block" not in totals:
        return totals.get((concept, year), [])
    start, end = block_of(text, at)
    return [c for c in totals["by block"].get((concept, year), []) if start <= c[1][0] < end]


def _lists_after(page, q: re.Match, totals: dict) -> list[dict]:
    """Each list of three figures in the sentence after the quarters, against its line's total."""
    text = page.text
    year = _year(q.group("y"))
    end = _SENTENCE_END.search(text, q.end())
    stop = end.start() if end else len(text)
    following = _QUARTERS.search(text, q.end(), stop)
    stop = following.start() if following else stop
    out = []
    for m in _FIGURE_LIST.finditer(text, q.end(), stop):
        concept = _concept(clause_before(text, m.start()))
        candidates = _candidates(text, totals, concept, year, m.start())
        if not candidates:
            continue
        unit = m.group("u3")
        parts = [_value(m.group(g), m.group(u) or unit) for g, u in (("a", "u1"), ("b", "u2"), ("c", "u3"))]
        scale = _value("1", unit).value  # shown in the list's unit ('亿元'), not in yuan
        parts = [p.times(1 / scale) for p in parts]
        before = [c for c in candidates if c[1][0] < m.start()]
        ordered = (before[::-1] or []) + [c for c in candidates if c[1][0] > m.start()]
        judged = [(c, *judge_formula(lambda *xs: sum(xs), parts, c[0].times(1 / scale))) for c in ordered]
        chosen = judged[0]
        if chosen[1] == "mismatch":
            chosen = next((j for j in judged if j[1] != "mismatch"), chosen)
        (total, span), verdict, exact = chosen
        total = total.times(1 / scale)
        note = "" if chosen is judged[0] else "not the nearest total of the line: another the text states for it"
        claim = sentence_marked(text, span)
        formula = " + ".join(m.group(g) for g in ("a", "b", "c")) + f" ({q.group(0)})"
        cells = [("text", page.number, *span)] + [("text", page.number, *m.span(g)) for g in ("a", "b", "c")]
        out.append(make(claim, page.number, formula, {"Q1": parts[0], "Q2": parts[1], "Q3": parts[2]}, total, exact,
                        re.sub(r"\s", "", unit), verdict, note or "the quarters listed add up to the first three", cells=cells))
    return out
