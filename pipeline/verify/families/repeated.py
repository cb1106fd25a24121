"""Check family: a sentence the report prints twice — a first page's bullet printed again in the
body, a summary's sentence again under its heading — gives the same figures both times:

    p.1  '25H1公司销售收入319.01亿元，同比增长21.44%，归母净利润22.94亿元，同比增长39.37%。'
    p.7  '由于…，25H1公司销售收入319.01亿元，同比增长21.44%，归母净利润22.94亿元，同比增长39.47%。'

A run of clauses is the same passage as another where their words agree once their measures (a
figure with its unit: 亿元, %, 个百分点, 倍) are set aside — a year, a quarter or a name's number
('上证50', 'M2') stays a word — and where one of the two is a whole sentence (a clause before it
naming another subject makes the same words another passage: '从…上证50…来看，多头策略年化收益近19%…'
beside '从…创业板指…来看，…近15%…'). It must hold three measures or more and sixteen Chinese
characters or more. All measures equal is consistent; one differing where two or more others agree
is a mismatch, the earlier printing's figure the one the passage had; more differing is another
passage. Rows of a table (four figures or more to a clause) are the `restated` family's."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from ...document import Document
from ..checks import make, marked
from ..sentences import figure_of, page_sentences

_CLAUSE = re.compile(r"[^，,；;。！？!?]+")
_NUM = re.compile(r"(?<![\d.A-Za-z])[-+−]?\d[\d,]*(?:\.\d+)?")
# a measure: a figure with its unit after it
_MEASURE = re.compile(_NUM.pattern + r"(?=\s*(?:%|％|个?百分点|pcts?|ppts?|bps?|倍|[xX](?![A-Za-z])|万亿|千亿|亿|千万|百万|万|"
                                     r"元|美元|港元))")
_HAN = re.compile(r"[\u4e00-\u9fff]")
FEWEST_MEASURES = 3
FEWEST_AGREEING = 2
FEWEST_HAN = 16
MOST_FIGURES_A_CLAUSE = 3  # a clause of more is a table's row


class _Clause:
    """A clause of a sentence: where it stands on its page, its measures, its words without them."""

    def __init__(self, page: int, page_text: str, start: int, text: str, opens: bool, closes: bool):
        self.page, self.page_text, self.start, self.end = page, page_text, start, start + len(text)
        self.measures = [(m.group(0), start + m.start(), start + m.end()) for m in _MEASURE.finditer(text)]
        self.template = re.sub(r"\s+", "", _MEASURE.sub("#", text))
        self.han = len(_HAN.findall(text))
        self.figures = len(_NUM.findall(text))
        self.opens, self.closes = opens, closes  # whether it opens (closes) its sentence


def _clauses(doc: Document) -> list[Optional[_Clause]]:
    """Every sentence's clauses in order, None between sentences (no run goes over one)."""
    out: list[Optional[_Clause]] = []
    for page in doc.pages:
        for s in page_sentences(page):
            found = [m for m in _CLAUSE.finditer(s.text) if m.group(0).strip()]
            for k, m in enumerate(found):
                out.append(_Clause(page.number, page.text, s.start + m.start(), m.group(0), k == 0, k == len(found) - 1))
            out.append(None)
    return out


def find(doc: Document) -> list[dict]:
    clauses = _clauses(doc)
    by_template: dict[str, list[int]] = {}
    for i, c in enumerate(clauses):
        if c is not None and c.measures and c.figures <= MOST_FIGURES_A_CLAUSE:
            by_template.setdefault(c.template, []).append(i)
    out, taken = [], set()
    for places in by_template.values():
        for n, i in enumerate(places):
            for j in places[n + 1:]:
                if (i, j) in taken:
                    continue
                run = _run(clauses, i, j)
                taken.update((a, b) for a, b in run)
                check = _judged([(clauses[a], clauses[b]) for a, b in run])
                if check is not None:
                    out.append(check)
    return out


def _same(a: Optional[_Clause], b: Optional[_Clause]) -> bool:
    return a is not None and b is not None and a.template == b.template and a.figures <= MOST_FIGURES_A_CLAUSE


def _run(clauses: list, i: int, j: int) -> list[tuple[int, int]]:
    """The longest run of clause pairs through (i, j) whose words agree, within one sentence each."""
    while i > 0 and _same(clauses[i - 1], clauses[j - 1]) and i - 1 < j - 1:
        i, j = i - 1, j - 1
    run = []
    while j < len(clauses) and i < j and _same(clauses[i], clauses[j]) and (i + len(run) < j or not run):
        run.append((i, j))
        i, j = i + 1, j + 1
    return run


def _judged(run: list[tuple[_Clause, _Clause]]) -> Optional[dict]:
    if not run:
        return None
    whole = any(run[0][side].opens and run[-1][side].closes for side in (0, 1))
    firsts = [(c, f) for c, _ in run for f in c.measures]
    seconds = [(c, f) for _, c in run for f in c.measures]
    if not whole or len(firsts) < FEWEST_MEASURES or sum(c.han for c, _ in run) < FEWEST_HAN or len(firsts) != len(seconds):
        return None
    differ = [k for k, ((_, a), (_, b)) in enumerate(zip(firsts, seconds)) if _value(a[0]) != _value(b[0])]
    if len(differ) > 1 or len(firsts) - len(differ) < FEWEST_AGREEING:
        return None
    where = f"p.{run[0][0].page}"
    cells = [("text", c.page, f[1], f[2]) for c, f in firsts + seconds]
    if not differ:
        c, f = seconds[-1]
        return make(_claim(run, f), c.page, f"the passage as {where} prints it", {}, figure_of(f[0]), _value(f[0]), "",
                    "consistent", f"printed again: every figure agrees with {where}", cells=cells)
    (_, f1), (c2, f2) = firsts[differ[0]], seconds[differ[0]]
    earlier = figure_of(f1[0])
    return make(_claim(run, f2), c2.page, f"the passage as {where} prints it", {"printed there": earlier},
                figure_of(f2[0]), earlier.value, "", "mismatch", f"the same passage on {where} prints {f1[0]}", cells=cells)


def _value(text: str) -> Optional[Decimal]:
    try:
        return Decimal(text.replace(",", "").replace("−", "-").replace("+", ""))
    except InvalidOperation:
        return None


def _claim(run: list[tuple[_Clause, _Clause]], f: tuple) -> str:
    """The later printing of the passage, its figure `f` marked."""
    start, end = run[0][1].start, run[-1][1].end
    text = run[0][1].page_text
    return marked(text[start:end], f[1] - start, f[2] - start).strip()
