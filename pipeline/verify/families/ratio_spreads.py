"""Check family: a ratio a note names as the difference of two others over one base
(data/ratio_spreads.json), against those two as the note states them just before it:

    '25Q3公司实现毛利率水平79.8%(yoy+2.0pct)。…销售费率…39.1%…,同比…+16.1pct…,毛销差40.7%(同比-14.2pct)'
        毛销差 40.7 = 79.8 − 39.1;   its change −14.2 = +2.0 − 16.1 (rounding: each printed to 0.1)
    '毛利率/净利率分别为34.85%/11.45%,同比+2.48/+1.63pct;销售费用率19.02%,同比提升1.09pct;毛销差上升1.39pct'

Each component's figures are the last its name states before the spread, in the spread's sentence or
the one before it (a note states the two and then their difference); a name qualified by a part
('饲料毛利率') is not the company's. A level against the components' levels; a change against their
changes on the same base word — a change with no base word on the one base both components' changes
share. A component the note does not state leaves the spread unjudged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...document import Document
from ...textutil import alternation
from ..checks import judge_formula, make, marked
from ..sentences import RATIO_NAMES, Sentence, page_sentences, with_sentence_before
from .expense_ratios import (_A_BRACKET, _CHANGES, _LEVELS, _SIGNED, Figures, _base_word, _bracketed, _BRACKETED_CHANGE,
                             _read_after, _value)
from .results import is_own, item_lists

@lru_cache(maxsize=1)
def _spreads() -> list[dict]:
    return data_json("ratio_spreads.json")["spreads"]


@lru_cache(maxsize=None)
def _alternation(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(alternation(names))


def _listed(text: str, run_end: int, words: list[str], index: int) -> Figures:
    """The figures of the index-th name of a run ('税金比率/销售费率/管理费率分别为17.8%/39.1%/11.8%,
    同比+0.6pct/+16.1pct/+5.7pct'): its place in the levels after the run and in the changes after them."""
    figures = Figures()
    first = _LEVELS.match(text, run_end) or _CHANGES.match(text, run_end)
    if not first:
        return figures
    second = (_CHANGES if first.re is _LEVELS else _LEVELS).match(text, first.end())
    for m in (first, second):
        if m is None:
            continue
        at = m.start("nums")
        brackets = list(_A_BRACKET.finditer(m.group("nums"))) if m.re is _LEVELS else []
        if len(brackets) == len(words):  # each level's change in its brackets
            change = _BRACKETED_CHANGE.fullmatch(brackets[index].group(0))
            if change:
                base, value = _bracketed(change, at + brackets[index].start())
                figures.changes[base] = value
        outside = _A_BRACKET.sub(lambda g: " " * len(g.group(0)), m.group("nums"))
        nums = list(re.finditer(_SIGNED, outside))
        if len(nums) != len(words):
            continue
        num = nums[index]
        value = (_value(num.group(0)), (at + num.start(), at + num.end()))
        if m.re is _LEVELS:
            figures.level = value
        else:
            figures.changes[_base_word(m)] = value
    return figures


def _component(text: str, end: int, names: list[str]) -> Optional[Figures]:
    """The figures the last statement of a component before `end` gives: its name in a run of names
    with lists after it, or its name with its own level and changes after it."""
    found: list[tuple[int, Figures]] = []
    taken = []
    for start, stop, words in item_lists(text[:end], set(RATIO_NAMES) | set(names)):
        taken.append((start, stop))
        index = next((i for i, w in enumerate(words) if w in names), None)
        if index is not None and is_own(text, start):
            figures = _listed(text, stop, words, index)
            if figures.level or figures.changes:
                found.append((start, figures))
    for m in _alternation(tuple(names)).finditer(text, 0, end):
        if any(a <= m.start() < b for a, b in taken) or not is_own(text, m.start()):
            continue
        figures = Figures()
        _read_after(text, m.end(), figures)
        if figures.level or figures.changes:
            found.append((m.start(), figures))
    return max(found, key=lambda f: f[0])[1] if found else None


def _checks(window: Sentence, spread: dict, own: Figures, parts: list[Figures]) -> list[dict]:
    first, second = parts
    word, (minuend, subtrahend) = spread["name"], (part["name"] for part in spread["of"])
    out = []
    judged = []
    if own.level and first.level and second.level:
        judged.append(("", own.level, first.level, second.level, "%"))
    for base, change in own.changes.items():
        if not base:  # no base word: the one base both components' changes share
            shared = set(first.changes) & set(second.changes)
            base = next(iter(shared)) if len(shared) == 1 else None
        if base is not None and base in first.changes and base in second.changes:
            judged.append((f" {base}变动", change, first.changes[base], second.changes[base], "个百分点"))
    for what, (printed, (a, b)), (x, xs), (y, ys), unit in judged:
        verdict, exact = judge_formula(lambda p, q: p - q, [x, y], printed)
        out.append(make(marked(window.text, a, b), window.page, f"{word}{what} = {minuend}{what} − {subtrahend}{what}",
                        {f"{minuend}{what}": x, f"{subtrahend}{what}": y}, printed, exact, unit, verdict,
                        cells=[("text", window.page, window.start + a, window.start + b),
                               ("text", window.page, window.start + xs[0], window.start + xs[1]),
                               ("text", window.page, window.start + ys[0], window.start + ys[1])]))
    return out


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for i, s in enumerate(sentences):
            for spread in _spreads():
                for m in _alternation(tuple(spread["names"])).finditer(s.text):
                    window = with_sentence_before(page, sentences, i)
                    at = s.start - window.start + m.start()
                    own = Figures()
                    _read_after(window.text, at + len(m.group(0)), own)
                    parts = [_component(window.text, at, part["names"]) for part in spread["of"]]
                    if (own.level or own.changes) and all(parts):
                        out += _checks(window, spread, own, parts)
    return out
