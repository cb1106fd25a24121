"""Check family: a CAGR between two figures its sentence states with their years
('市场规模将从2023年的211亿美元增长至2025年的317亿美元,年复合增长率为22.6%': (317 ÷ 211)^(1/2) − 1;
'我们预计2022年-2025年,全球…需求量将从82万吨提升至232万吨,CAGR达42%': the span's ends, the first after 从,
the second after 至). The two figures are in one unit: money, or a thing counted (data/counted_units.json).

On a company report only counted quantities are read: a CAGR of one of its money lines (营收, 净利润) is
`results`', from the line's amounts wherever the report prints them."""
from __future__ import annotations

import re
from decimal import Decimal

from ... import calc
from ... import quantities as q
from ...calc import Printed
from ...document import Document
from ..checks import PROSE_SENTENCE, YEAR_OR_QUARTER, is_company_report, judge_formula, make, sentence_marked

_MULT = q.CN_UNIT + "|千"
_MONEY = "美元|港元|元"
# a figure with its unit: money, tokens and compute (industry notes' measures), or a thing counted
# (or a bare scale, as a digest drops the yuan: '营业收入从14.62亿增长至28.54亿', no word after it)
_FIGURE = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*({_MONEY}|[Tt]okens|[EPT]FLOP[Ss]|[TPE]B|{q.COUNTED_UNITS}"
                     rf"|(?<=[亿万])(?![次个件台辆吨股人户家张只头部套片瓶箱桶升克斤度笔单份平方米A-Za-z]))")
# (its figure after a verb, or written as a formula's result: '(CAGR=28%)')
_CAGR_WORDS = "年均复合增长率|年复合增长率|复合年均增长率|复合增长率|年复合增速|复合增速|年均增速|年均增长率|CAGR"
_CAGR = re.compile(rf"(?:{_CAGR_WORDS})\s*"
                   r"(?:为|约为?|达到?|高达|将达|或达|[=＝≈])?\s*(?P<approx>约)?\s*(?P<num>\d+(?:\.\d+)?)\s*%"
                   # (not a range's start: '年复合增长率达30%-40%' is no one figure)
                   r"(?!\s*[-–—~～至到]\s*\d)")
# a span of years a growth runs over: 2023-2025年, FY2014-FY2025
_SPAN = re.compile(r"(?:FY)?((?:19|20)\d{2})\s*[年AE]?\s*[-–—~～至到]\s*(?:FY)?((?:19|20)\d{2})")
# the first end right after the span: '2018至2023年,国内…市场从40亿元飙升至116亿元' (or 由: '营业收入由1.03亿元增至3.90亿元')
_FROM_TO = re.compile(r"[从由][^。；;从由]{0,6}?$")
# rates listed for the lines whose ends the sentence gave in turn ('2017-2022年,营业收入由1.03亿元增至3.90亿元,归母净利润由
# 0.35亿元增至1.09亿元,5年CAGR分别为30.5%与25.5%')
_CAGRS = re.compile(rf"(?:{_CAGR_WORDS})\s*"
                    r"分别(?:为|是)?\s*(?P<nums>\d+(?:\.\d+)?\s*%(?:\s*(?:与|和|及|、|/|,|，)\s*\d+(?:\.\d+)?\s*%)+)")
_RATE = re.compile(r"\d+(?:\.\d+)?(?=\s*%)")
_FORMULA = "CAGR = (end ÷ start)^(1/years) − 1"


def find(doc: Document) -> list[dict]:
    quantities_only = is_company_report(doc)
    out = []
    for page in doc.pages:
        for sent in PROSE_SENTENCE.finditer(page.text):
            out += _claims(page.text, sent.start(), sent.end(), page.number, quantities_only)
            out += _listed(page.text, sent.start(), sent.end(), page.number, quantities_only)
    return out


def _claims(text: str, start: int, end: int, page: int, quantities_only: bool) -> list[dict]:
    sentence = text[start:end]
    out = []
    for m in _CAGR.finditer(sentence):
        printed = Printed.of(m.group("num"))
        claim = sentence_marked(text, (start + m.start("num"), start + m.end("num")))
        figures = [a for a in _FIGURE.finditer(sentence) if not (a.start() <= m.start("num") < a.end())]
        if quantities_only and not any(a.group(3) not in _MONEY.split("|") for a in figures):
            continue  # (a company's money line: results')
        years = []
        for i, a in enumerate(figures):
            lead = sentence[figures[i - 1].end() if i else 0: a.start()]
            found = [y for y in YEAR_OR_QUARTER.finditer(lead) if y.group(1)]
            years.append(int(found[-1].group(1)) if found else None)
        dated = [(y, a) for y, a in zip(years, figures) if y is not None]
        if len(dated) != 2:
            dated = _span_ends(sentence, m.start(), figures) or dated
        if len(dated) != 2 or dated[0][1].group(3) != dated[1][1].group(3) or dated[0][0] == dated[1][0]:
            if not quantities_only:
                out.append(make(claim, page, _FORMULA, {}, printed, None, "%", "unverifiable",
                                "missing input: the start and end values with their years"))
            continue
        (y1, a1), (y2, a2) = sorted(dated, key=lambda ya: ya[0])
        if quantities_only and a1.group(3) in _MONEY.split("|"):
            continue
        # the span the claim is about: the last one named before it ('FY2014-FY2025收入CAGR为13%')
        spans = list(_SPAN.finditer(sentence, 0, m.start())) or list(_SPAN.finditer(sentence))
        span = spans[-1] if spans else None
        if span and (int(span.group(1)), int(span.group(2))) != (y1, y2):
            out.append(make(claim, page, _FORMULA, {}, printed, None, "%", "unverifiable",
                            f"missing input: the values for {span.group(1)} and {span.group(2)} (the text gives {y1} and {y2})"))
            continue
        check = _judged(claim, page, start, m.span("num"), printed, (y1, a1), (y2, a2), approx=bool(m.group("approx")))
        if check is not None:
            out.append(check)
    return out


def _judged(claim: str, page: int, start: int, at: tuple[int, int], printed: Printed, begin: tuple, end: tuple,
            approx: bool = False) -> dict | None:
    """The CAGR at `at` (the sentence's offsets; `start`, the sentence's in the page) from its span's ends, each (year,
    figure) — each end printed rounded ('从40亿元…至116亿元' allows 23.3%–24.2%, so 23.9% is rounding, no mismatch)."""
    (y1, a1), (y2, a2) = begin, end
    verdict, exact = judge_formula(lambda a, b: calc.cagr_pct(a, b, Decimal(y2 - y1)), [_printed(a1), _printed(a2)], printed)
    if exact is None:
        return None
    if approx and verdict == "mismatch":
        verdict = calc.judge_approx(exact, printed)
    return make(claim, page, _FORMULA, {str(y1): a1.group(0), str(y2): a2.group(0), "years": y2 - y1}, printed, exact,
                "%", verdict, cells=[("text", page, start + at[0], start + at[1]),
                                     ("text", page, start + a1.start(1), start + a1.end(1)),
                                     ("text", page, start + a2.start(1), start + a2.end(1))])


def _listed(text: str, start: int, end: int, page: int, quantities_only: bool) -> list[dict]:
    """Each rate of a list ('CAGR分别为30.5%与25.5%') over the span named before it, on the pairs of ends the sentence gave
    in turn after the span (从/由 the first, 至/到 the second) — one pair a rate, or none is read."""
    sentence, out = text[start:end], []
    for m in _CAGRS.finditer(sentence):
        spans = list(_SPAN.finditer(sentence, 0, m.start()))
        if not spans:
            continue
        span = spans[-1]
        y1, y2 = int(span.group(1)), int(span.group(2))
        figures = [a for a in _FIGURE.finditer(sentence, span.end(), m.start())]
        pairs = [(a, b) for a, b in zip(figures[::2], figures[1::2])
                 if _FROM_TO.search(sentence, 0, a.start()) and re.search(r"(?:至|到)\s*$", sentence[a.end():b.start()][-8:])
                 and a.group(3) == b.group(3)]
        rates = list(_RATE.finditer(sentence, m.start("nums"), m.end("nums")))
        if y2 <= y1 or len(figures) != 2 * len(rates) or len(pairs) != len(rates):
            continue
        for (a1, a2), rate in zip(pairs, rates):
            if quantities_only and a1.group(3) in _MONEY.split("|"):
                continue  # (a company's money line: results')
            check = _judged(sentence_marked(text, (start + rate.start(), start + rate.end())), page, start, rate.span(),
                            Printed.of(rate.group(0)), (y1, a1), (y2, a2))
            if check is not None:
                out.append(check)
    return out


def _span_ends(text: str, before: int, figures: list) -> list:
    """The span named last before `before` and the two figures after it, the first after 从 and the
    second after 至/到, as (year, figure) at its ends — where the figures carry no years of their own."""
    spans = list(_SPAN.finditer(text, 0, before))
    if not spans:
        return []
    span = spans[-1]
    inside = [a for a in figures if span.end() <= a.start() < before]
    if len(inside) != 2 or not _FROM_TO.search(text, span.end(), inside[0].start()) \
            or not re.search(r"(?:至|到)\s*$", text[inside[0].end():inside[1].start()][-8:]):
        return []
    return [(int(span.group(1)), inside[0]), (int(span.group(2)), inside[1])]


def _printed(figure: re.Match) -> Printed:
    """A figure as printed with its Chinese multiplier word ('571', '亿')."""
    return Printed.of(figure.group(1), Decimal(q.UNIT_MULT.get(figure.group(2) or "", 1)))
