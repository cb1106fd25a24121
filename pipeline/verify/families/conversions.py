"""Check family: an amount stated again in another currency, in brackets after it:

    '收入为人民币2071.76亿元(合291.24亿美元)'      '纯利7.92亿元(人民币,下同)(约9.7亿港元)'

At the rate the text prints ('按1美元兑7.1135元人民币', checks.exchange_rate): the bracket's figure is the amount
over it. Where it prints none, a text converting several amounts converts them at one rate (a press release's
convenience rate): each pair's rate — the interval its two printed figures allow — must meet the one the text's
other pairs share. A pair whose rate misses the rate its two or more others agree on is a mismatch; two pairs that
disagree, with no third to say which, are unverifiable; a single pair says nothing ('约' conversions are often
rounded to a figure or two: a rate of the day is not assumed). An amount stated again in another scale of the same
money ('2,774.21百万元(约27.74亿元)', '277,421万元,即27.74亿元') is the first in the second's scale: a slip of scale
(亿 for 百万) is a mismatch with its cause."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ... import calc
from ...calc import Printed
from ...document import Document
from ...quantities import UNIT_MULT
from ..checks import PRICE_CURRENCY, exchange_rate, judge_formula, make, marked
from ..sentences import figure_of, page_sentences

_NUM = r"\d[\d,]*(?:\.\d+)?"
_SCALE = r"万亿|千亿|百亿|亿|千万|百万|万|千"
_WORD = r"元人民币|人民币|美元|港元|港币|元"
# an amount, its currency before or after it, maybe a bracket of words ('(人民币,下同)'), then the bracket converting it
_PAIR = re.compile(rf"(?P<cur_a>人民币|港币|港元|美元)?\s*(?P<a>{_NUM})\s*(?P<scale_a>{_SCALE})?\s*(?P<word_a>{_WORD})"
                   rf"(?P<aside>\s*[（(][^()（）\d]{{1,8}}[)）])?\s*[（(]\s*(?:约合|折合|合|约|相当于)\s*(?:约\s*)?"
                   rf"(?P<cur_b>人民币|港币|港元|美元)?\s*(?P<b>{_NUM})\s*(?P<scale_b>{_SCALE})?\s*(?P<word_b>{_WORD})\s*[)）]")
# an amount stated again in another scale of the same money, after 即 ('2,774.21百万元,即约27.74亿元')
_RESTATED = re.compile(rf"(?P<cur_a>人民币|港币|港元|美元)?\s*(?P<a>{_NUM})\s*(?P<scale_a>{_SCALE})?\s*(?P<word_a>{_WORD})"
                       rf"\s*[,，]\s*(?:也)?即\s*(?:为|约为?|约合|折合|合)?\s*"
                       rf"(?P<cur_b>人民币|港币|港元|美元)?\s*(?P<b>{_NUM})\s*(?P<scale_b>{_SCALE})?\s*(?P<word_b>{_WORD})")
# the fewest pairs whose shared rate can say which one of them is wrong
AGREEING = 2


def _scale(word: Optional[str]) -> Decimal:
    """What a scale word multiplies by ('亿': 10^8; none: 1)."""
    return Decimal(UNIT_MULT[word or ""])


def _currency(before: Optional[str], word: str, aside: Optional[str] = None) -> str:
    """A figure's currency: the word before it ('人民币2071.76亿元'), its bracket of words ('(人民币,下同)'),
    else its unit's (元 alone is the yuan)."""
    if before:
        return PRICE_CURRENCY[before]
    if word == "元" and aside:
        for name, code in PRICE_CURRENCY.items():
            if name != "元" and name in aside:
                return code
    return PRICE_CURRENCY[word]


def find(doc: Document) -> list[dict]:
    pairs, out = [], []
    for page in doc.pages:
        for s in page_sentences(page):
            for m in [*_PAIR.finditer(s.text), *_RESTATED.finditer(s.text)]:
                source = _currency(m.group("cur_a"), m.group("word_a"), m.groupdict().get("aside"))
                target = _currency(m.group("cur_b"), m.group("word_b"))
                if source == target:
                    if (m.group("scale_a") or "") != (m.group("scale_b") or ""):
                        out.append(_rescaled(s, m))
                    continue
                a = figure_of(m.group("a").replace(",", "")).times(_scale(m.group("scale_a")))
                b = figure_of(m.group("b").replace(",", "")).times(_scale(m.group("scale_b")))
                if a.value <= 0 or b.value <= 0:
                    continue
                pairs.append((s, m, source, target, a, b))
    by_currencies: dict[tuple, list] = {}
    for pair in pairs:
        by_currencies.setdefault((pair[2], pair[3]), []).append(pair)
    for (source, target), group in by_currencies.items():
        stated = exchange_rate(doc, target, source)  # units of the amount's currency per one of the bracket's
        for k, (s, m, _, _, a, b) in enumerate(group):
            if stated is not None:
                out.append(_at_printed_rate(s, m, a, b, stated, source, target))
            elif len(group) >= 2:
                out.append(_at_shared_rate(s, m, a, b, [(x, y) for j, (_, _, _, _, x, y) in enumerate(group) if j != k],
                                           source, target))
    return out


def _rescaled(s, m: re.Match) -> dict:
    """An amount stated again in another scale of its money ('2,774.21百万元(约27.74亿元)'): the second is
    the first in its scale — a slip of scale (亿 for 百万) is a mismatch with its cause. A figure a note
    cuts to fewer places rather than rounds ('约27.7亿' of 27.749亿) is within rounding, said so."""
    a = figure_of(m.group("a").replace(",", ""))
    printed = figure_of(m.group("b").replace(",", ""))
    factor = _scale(m.group("scale_a")) / _scale(m.group("scale_b"))
    verdict, exact = judge_formula(lambda x: x * factor, [a], printed)
    note = calc.cause(verdict, exact, printed, money=True) if exact is not None else ""
    if verdict == "mismatch" and exact is not None and 0 <= exact - printed.value < printed.step:
        verdict, note = "rounding", "cut to its printed places, not rounded"
    formula = f"{m.group('a')}{m.group('scale_a') or ''}{m.group('word_a')} in {m.group('scale_b') or ''}{m.group('word_b')}"
    cells = [("text", s.page, s.start + m.start("b"), s.start + m.end("b")),
             ("text", s.page, s.start + m.start("a"), s.start + m.end("a"))]
    return make(marked(s.text, m.start("b"), m.end("b")), s.page, formula, {"amount": a}, printed, exact,
                f"{m.group('scale_b') or ''}{m.group('word_b')}", verdict, note, cells=cells)


def _at_printed_rate(s, m, a: Printed, b: Printed, stated: tuple[Printed, bool], source: str, target: str) -> dict:
    rate, inverse = stated
    # (in the bracket's own unit, as printed: '291.24' 亿美元)
    scale = _scale(m.group("scale_b"))
    fn = (lambda x, r: x * r / scale) if inverse else (lambda x, r: x / r / scale)
    verdict, exact = judge_formula(fn, [a, rate], figure_of(m.group("b").replace(",", "")))
    exact = None if exact is None else exact * scale  # (_check gives it back in the bracket's unit)
    return _check(s, m, a, b, f"{m.group('a')}{m.group('scale_a') or ''}{m.group('word_a')} "
                              f"{'×' if inverse else '÷'} {rate.value} (the rate the text prints, {target}/{source})",
                  {"amount": a, "rate": rate}, exact, verdict, "")


def _at_shared_rate(s, m, a: Printed, b: Printed, others: list[tuple[Printed, Printed]], source: str, target: str) -> dict:
    """The pair's rate against the rate the text's other conversions share: the intervals of amount ÷ converted."""
    lo, hi = _rate_interval(a, b)
    shared_lo = max(_rate_interval(x, y)[0] for x, y in others)
    shared_hi = min(_rate_interval(x, y)[1] for x, y in others)
    formula = f"{m.group('a')}{m.group('scale_a') or ''}{m.group('word_a')} ÷ the rate the text's other conversions share"
    inputs = {"amount": a, "shared rate, low": shared_lo, "shared rate, high": shared_hi}
    if shared_lo > shared_hi:
        return _check(s, m, a, b, formula, inputs, None, "unverifiable",
                      f"the text's other conversions ({source}/{target}) agree on no one rate")
    exact = a.value / ((shared_lo + shared_hi) / 2)
    if lo <= shared_hi and shared_lo <= hi:
        return _check(s, m, a, b, formula, inputs, exact, "consistent",
                      f"one rate, {shared_lo:.4f}–{shared_hi:.4f} {source} per {target}, gives every conversion in the text")
    if len(others) < AGREEING:
        return _check(s, m, a, b, formula, inputs, exact, "unverifiable",
                      "two conversions at two rates, no third to say which is the text's")
    return _check(s, m, a, b, formula, inputs, exact, "mismatch",
                  f"converted at {a.value / b.value:.4f}, where the text's other conversions share "
                  f"{shared_lo:.4f}–{shared_hi:.4f} {source} per {target}")


def _rate_interval(a: Printed, b: Printed) -> tuple[Decimal, Decimal]:
    (a_lo, a_hi), (b_lo, b_hi) = a.interval(), b.interval()
    return a_lo / b_hi, a_hi / b_lo


def _check(s, m, a: Printed, b: Printed, formula: str, inputs: dict, exact, verdict: str, note: str) -> dict:
    """The bracket's figure as printed, in its own unit ('291.24', 亿美元), against the one recomputed."""
    cells = [("text", s.page, s.start + m.start("b"), s.start + m.end("b")),
             ("text", s.page, s.start + m.start("a"), s.start + m.end("a"))]
    scale = _scale(m.group("scale_b"))
    return make(marked(s.text, m.start("b"), m.end("b")), s.page, formula, inputs, figure_of(m.group("b").replace(",", "")),
                None if exact is None else exact / scale, f"{m.group('scale_b') or ''}{m.group('word_b')}", verdict, note,
                cells=cells)
