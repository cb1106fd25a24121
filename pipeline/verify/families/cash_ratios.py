"""Check family: a ratio of cash to an accounting line a note states (data/cash_ratios.json), against
the two amounts the page states before it:

    '…单Q3,公司实现营业总收入233.49亿元,…归母净利润16.19亿元,…公司单季实现经营性现金流净额19.67亿元,
     同比+481.95%,净现比达1.22'          1.22 = 19.67 ÷ 16.19 (a multiple; '122%' would say the same)

The numerator is the last amount its names state before the ratio, in its sentence or the one before; the
denominator an amount its names state before the ratio on the page. Which of several denominators (the nine
months' profit, the quarter's) the ratio is of the text does not say: the one that reproduces the ratio is
taken, nearest first, and where none does the ratio is left unverifiable, naming those tried — the family
confirms, and never refutes on a guess of the period.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...document import Document
from ...textutil import alternation
from ..checks import judge_formula, make, marked, money_scale
from ..sentences import SIGNED_NUM, figure_of, page_sentences, with_sentence_before

HUNDRED = Decimal(100)
# an amount right after a line's name ('经营性现金流净额19.67 亿元', '归母净利润为16.19亿元'): a few words may stand between
_AMOUNT_AFTER = r"[^，,。；;\d]{0,6}?\s*(?:为|达到?|约)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:万亿|亿|千万|百万|万)元?|元)"
_LEVEL_AFTER = rf"\s*(?:为|达到?|约为?|是)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>%|倍|x|X)?"


@lru_cache(maxsize=1)
def _ratios() -> list[dict]:
    return data_json("cash_ratios.json")["ratios"]


@lru_cache(maxsize=None)
def _named(names: tuple[str, ...], after: str) -> re.Pattern:
    return re.compile(f"(?P<name>{alternation(names)}){after}")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for i, s in enumerate(sentences):
            for ratio in _ratios():
                for m in _named(tuple(ratio["names"]), _LEVEL_AFTER).finditer(s.text):
                    check = _judged(page, with_sentence_before(page, sentences, i), s.start + m.start(), s, m, ratio)
                    if check is not None:
                        out.append(check)
    return out


def _amount(m: re.Match):
    return figure_of(m.group("num").replace(",", "")).times(money_scale(m.group("unit"))[0])


def _judged(page, window, at: int, s, m: re.Match, ratio: dict) -> Optional[dict]:
    """The ratio stated at page offset `at` against its numerator in `window` (its sentence and the one before) and
    each denominator before it on the page, nearest first."""
    numerators = list(_named(tuple(ratio["numerator"]), _AMOUNT_AFTER).finditer(window.text, 0, at - window.start))
    if not numerators:
        return None
    top = numerators[-1]
    denominators = [d for d in _named(tuple(ratio["denominator"]), _AMOUNT_AFTER).finditer(page.text, 0, at)
                    if _amount(d).value > 0]
    if not denominators:
        return None
    printed = figure_of(m.group("num"))
    percent = m.group("unit") == "%"
    fn = (lambda a, b: a / b * HUNDRED) if percent else (lambda a, b: a / b)
    tried = []
    for d in reversed(denominators):
        verdict, exact = judge_formula(fn, [_amount(top), _amount(d)], printed)
        tried.append((verdict, exact, d))
        if verdict in ("consistent", "rounding"):
            break
    verdict, exact, d = tried[-1]
    note = ""
    if verdict == "mismatch":
        verdict, exact, d = "unverifiable", None, tried[0][2]
        note = (f"no amount stated before it reproduces it (tried {', '.join(t[2].group('num') + t[2].group('unit') for t in tried)}): "
                f"which period's the ratio is the text does not say")
    cells = [("text", page.number, s.start + m.start("num"), s.start + m.end("num")),
             ("text", page.number, window.start + top.start("num"), window.start + top.end("num")),
             ("text", page.number, d.start("num"), d.end("num"))]
    formula = f"{ratio['name']} = {top.group('name')} {top.group('num')}{top.group('unit')} ÷ {d.group('name')} {d.group('num')}{d.group('unit')}"
    return make(marked(s.text, m.start("num"), m.end("num")), page.number, formula + (" × 100" if percent else ""),
                {top.group("name"): _amount(top), d.group("name"): _amount(d)}, printed, exact, m.group("unit") or "倍",
                verdict, note, cells=cells)
