"""Check family: one figure printed twice with the same digits in units 10⁴ or 10⁸ apart — a 万/亿 or
亿/万亿 slip ('11月新增社融19,900亿元' and, a page on, '社融：11月新增19,900万亿元'). Two amounts are one
figure printed twice when their significant digits are the same (three or more: '19,900' and
'19900', '1.21' and '12,100'), they are stated for the same period, both are levels or both changes
in amount ('同比少增6083亿元', '比上年同期少增6083万亿元'), and the words before them share a word of two
characters or more ('社融', '少增'). Which of the two slipped: the one over 10¹⁵ in its
currency (1,000万亿: more than any economy's yearly flow or stock a report would state), else the
one its document prints fewer times, else the later; it is a mismatch against the other, its cause
named. A figure restated in another unit with the same value ('1.21万亿元', '12,100亿元') is no slip."""
from __future__ import annotations

import re
from decimal import Decimal

from ... import calc
from ...document import Document
from ..checks import make, sentence_marked
from .partitions import Stated, currency_of, stated_amounts

_SLIPS = (Decimal(10) ** 4, Decimal(10) ** 8)
_IMPLAUSIBLE = Decimal(10) ** 15  # in yuan (or dollars): 1,000万亿
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# an amount per unit of something, its clause counting it ('每10份公募REITs份额分红', '每股派', '每吨')
_PER_UNIT = re.compile(r"每\s*(?:\d+|[十百千])?\s*(?:份|股|张|手|吨|件|个|台|辆|平方米|人|户)")


def find(doc: Document) -> list[dict]:
    # the amounts by their significant digits: only amounts printed with the same ones can be one figure
    by_digits: dict[str, list[tuple]] = {}
    for page in doc.pages:
        for s in stated_amounts(page.text):
            digits = _digits(page.text, s)
            if len(digits) >= 3:
                by_digits.setdefault(digits, []).append((page, s))
    out, flagged = [], set()
    for mentions in by_digits.values():
        for i, (page_a, a) in enumerate(mentions):
            for page_b, b in mentions[i + 1:]:
                if not _one_figure_slipped(a, b):
                    continue
                slipped, right = _which_slipped((page_a, a), (page_b, b), mentions)
                key = (slipped[0].number, slipped[1].start)
                if key not in flagged:
                    flagged.add(key)
                    out.append(_judged(slipped, right))
    return sorted(out, key=lambda c: (c["page"], c["_cells"][0][2]))


def _digits(text: str, s: Stated) -> str:
    return text[s.start:s.end].replace(",", "").replace(".", "").lstrip("0").rstrip("0")


def _one_figure_slipped(a: Stated, b: Stated) -> bool:
    """Whether two amounts printed with the same digits are one figure printed in units 10⁴ or 10⁸
    apart; see the module's note."""
    if a.label != b.label or a.change != b.change or not a.printed.value:
        return False
    if _PER_UNIT.search(a.clause) or _PER_UNIT.search(b.clause):
        return False  # an amount per unit ('每10份…份额分红0.829元') is no total, whatever digits it shares with one
    ratio = abs(b.printed.value / a.printed.value)
    if max(ratio, 1 / ratio) not in _SLIPS or currency_of(a) != currency_of(b):
        return False
    return _shared_word(a.clause, b.clause)


def _shared_word(a: str, b: str) -> bool:
    """Whether the words before two amounts share two Han characters in a row ('社融', '少增')."""
    han_b = "".join(_HAN.findall(b))
    return any(run[i:i + 2] in han_b for run in _HAN.findall(a) for i in range(len(run) - 1))


def _which_slipped(x: tuple, y: tuple, mentions: list) -> tuple[tuple, tuple]:
    """(slipped, right) of two printings of one figure, `mentions` every printing of its digits;
    see the module's note."""
    over = [m for m in (x, y) if abs(m[1].printed.value) >= _IMPLAUSIBLE]
    if len(over) == 1:
        return (over[0], y if over[0] is x else x)
    times = [sum(1 for _, s in mentions if s.printed.value == m[1].printed.value) for m in (x, y)]
    if times[0] != times[1]:
        return (x, y) if times[0] < times[1] else (y, x)
    return (y, x)


def _judged(slipped: tuple, right: tuple) -> dict:
    (page, s), (other_page, r) = slipped, right
    printed = s.printed.times(1 / s.scale)
    exact = r.printed.value / s.scale
    verdict = calc.judge(exact, printed)
    note = calc.cause(verdict, exact, printed, money=True)
    where = f"p.{other_page.number}" if other_page.number != page.number else "this page"
    return make(sentence_marked(page.text, (s.start, s.end)), page.number, f"the same figure as {where}'s "
                f"{other_page.text[r.start:r.end]}{r.unit}", {f"{other_page.text[r.start:r.end]}{r.unit}": r.printed.times(1 / r.scale)},
                printed, exact, s.unit, verdict, note,
                cells=[("text", page.number, s.start, s.end), ("text", other_page.number, r.start, r.end)])
