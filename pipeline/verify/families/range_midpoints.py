"""Check family: the midpoint a sentence gives of the ranges it has just stated, as a preannouncement's
reader sums it up ('Q3公司净利润1.37-1.58亿,同比增30-50%,环比-2%-+14%,中值为1.47亿,同比增40%,环比增6%'): each
figure after 中值 (中枢, 中间值) is the middle of the range before it in the same place of the order, (low + high) ÷ 2,
judged at the printed precision of both ends.

The figures after 中值 are paired with the ranges before it in order, one kind with the same kind (a percentage with
a range of percentages, an amount with a range of amounts in its scale); where their kinds do not line up, or there
are more figures than ranges, nothing is judged."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ..checks import judge_formula, make, sentence_marked
from ..sentences import figure_of

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_SIGNED = r"[-+−＋]?\d+(?:\.\d+)?"
# a range: '1.37-1.58亿', '30-50%', '-2%-+14%', '3.7至3.9亿元'
# a figure's unit: a percent, or an amount's scale (its currency may be left out)
_SCALED = r"(?:万亿|亿|千万|百万|万)\s*(?:元|美元|港元)?"
_RANGE = re.compile(rf"(?<![\d.])(?P<a>{_SIGNED})\s*(?P<ua>%|{_SCALED})?\s*(?:-|－|–|~|～|至|到)\s*"
                    rf"(?P<b>{_SIGNED})\s*(?P<ub>%|{_SCALED}|元)")
_MIDDLE = re.compile(r"(?:中值|中枢|中间值)\s*(?:为|是|约为?|在)?\s*")
# a figure after the word, then the ones after it to the sentence's end: '1.47亿,同比增40%,环比增6%'
_FIGURE = re.compile(rf"(?<![\d.])(?P<num>{_SIGNED})\s*(?P<unit>%|{_SCALED}|元)")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for sent in _SENTENCE.finditer(page.text):
            text = sent.group(0)
            middle = _MIDDLE.search(text)
            if middle is None:
                continue
            ranges = [r for r in _RANGE.finditer(text, 0, middle.start())]
            figures = list(_FIGURE.finditer(text, middle.end()))
            if not ranges or not figures or len(figures) > len(ranges):
                continue
            paired = list(zip(ranges[-len(figures):], figures))
            if any(_kind(r.group("ub")) != _kind(f.group("unit")) for r, f in paired):
                continue  # the figures are not the ranges' middles in order
            for r, f in paired:
                out.append(_judged(page, sent.start(), r, f))
    return out


def _kind(unit: str) -> str:
    """A unit as what it measures: a percentage, or an amount at its scale ('亿' and '亿元' one)."""
    unit = re.sub(r"\s", "", unit)
    return "%" if unit == "%" else re.sub(r"(?:元|美元|港元)$", "", unit) or "元"


def _judged(page, start: int, r: re.Match, f: re.Match) -> dict:
    low, high = figure_of(_plain(r.group("a"))), figure_of(_plain(r.group("b")))
    printed = figure_of(_plain(f.group("num")))
    verdict, exact = judge_formula(lambda x, y: (x + y) / Decimal(2), [low, high], printed)
    at = (start + f.start("num"), start + f.end("num"))
    cells = [("text", page.number, *at), ("text", page.number, start + r.start("a"), start + r.end("a")),
             ("text", page.number, start + r.start("b"), start + r.end("b"))]
    return make(sentence_marked(page.text, at), page.number, f"({r.group('a')} + {r.group('b')}) ÷ 2",
                {"low": low, "high": high}, printed, exact, "%" if f.group("unit") == "%" else f.group("unit"), verdict,
                "the middle of the range stated before it", cells=cells)


def _plain(num: str) -> str:
    """A fullwidth plus as figure_of reads a sign ('-2%-＋14%')."""
    return num.replace("＋", "+")
