"""Check family: a year's amount stated with its growth, the year before's amount listed in a series the text
prints elsewhere, as digests of a market write them:

    '当年全国电影总票房642.66亿元,同比增长5.4%' … '中国内地2017—2019年票房分别为559.1亿、609.76亿、642.66亿'
        5.4 = 642.66 ÷ 609.76 − 1

The series is a span of years ('2017-2019年', '2017一2019年' as a page may print the dash) and one amount a year in
one unit, money or a thing counted (data/counted_units.json). The amount stated with a growth is found in it by its
printed figure and unit — three significant digits or more, so that an equal figure is the same one — and its growth
is judged on the amount listed for the year before. A growth said on another basis (环比, 较年初) is left alone, as
is a company report (its lines' growths are `results`', from its statements), and a growth printed inside the series'
own sentence (`listed_growths` reads those)."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ...quantities import COUNTED_UNITS, unit_key
from ..checks import growth_pct, is_company_report, judge_formula, make, marked, money_scale
from ..sentences import GROWTH_AFTER, SIGNED_NUM, figure_of, growth_of, page_sentences

# a span of years ('2017-2019年', '2017一2019年': a page may print the dash as 一 between two years)
_SPAN = r"(?P<y1>(?:19|20)\d\d)\s*年?\s*[-–—~至到一]\s*(?P<y2>(?:19|20)\d\d)\s*年"
# an amount in money or a counted unit ('559.1亿', '609.76亿元', '12.81亿人次'); summaries drop the currency word
_UNIT = rf"(?:万亿|亿|千万|百万|万|千)?(?:元|美元|港元|{COUNTED_UNITS})|(?:万亿|亿|千万|百万|万)"
_AMOUNT = rf"{SIGNED_NUM}\s*(?:{_UNIT})"
_SERIES = re.compile(rf"{_SPAN}[^。；;\d]{{0,16}}?分别\s*(?:为|是|达到?|约为?)?\s*"
                     rf"(?P<list>{_AMOUNT}(?:\s*[、/，,]\s*{_AMOUNT}){{1,9}})")
_ELEMENT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")
SIGNIFICANT = 3  # digits an amount needs for an equal figure in a series to be the same one


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    series = [(page, s, m) for page in doc.pages for s in page_sentences(page) for m in _SERIES.finditer(s.text)]
    listed = {}  # (figure, unit in yuan or its count) → (the year before's figure, its cell, the series' years)
    for page, s, m in series:
        years = list(range(int(m.group("y1")), int(m.group("y2")) + 1))
        elements = list(_ELEMENT.finditer(m.group("list")))
        if len(elements) != len(years) or len({_kind(e.group("unit")) for e in elements}) != 1:
            continue
        at = s.start + m.start("list")
        for before, now, year in zip(elements, elements[1:], years[1:]):
            listed[_key(now)] = (figure_of(before.group("num")), _scale(before.group("unit")),
                                 ("text", s.page, at + before.start("num"), at + before.end("num")), year,
                                 f"{before.group('num')}{before.group('unit')}")
    if not listed:
        return []
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            if _SERIES.search(s.text):
                continue  # (the series' own sentence: its growths are listed_growths')
            for a in _ELEMENT.finditer(s.text):
                found = listed.get(_key(a))
                if found is None or len(re.sub(r"\D", "", a.group("num").lstrip("0"))) < SIGNIFICANT:
                    continue
                growth = _growth_after(s.text, a.end())
                if growth is None:
                    continue
                (printed, span) = growth
                before, before_scale, cell, year, label = found
                now = figure_of(a.group("num")).times(_scale(a.group("unit")))
                verdict, exact = judge_formula(growth_pct, [now, before.times(before_scale)], printed)
                out.append(make(marked(s.text, *span), s.page, f"{a.group('num')}{a.group('unit')} ÷ {label} − 1",
                                {f"{year}": now, f"{year - 1}": before.times(before_scale)}, printed, exact, "%", verdict,
                                f"the year before's amount as the text's {year - 1}–{year} series lists it",
                                cells=[("text", s.page, s.start + span[0], s.start + span[1]),
                                       ("text", s.page, s.start + a.start("num"), s.start + a.end("num")), cell]))
    return out


def _growth_after(text: str, at: int) -> Optional[tuple]:
    """The growth on the year before right after an amount ('…亿元 , 同比增长5.4%'), with its span."""
    g = GROWTH_AFTER.match(text, at)
    found = growth_of(g)
    if found is None or found[1] != "同比":
        return None
    return found[0], g.span("num")


def _scale(unit: str):
    return money_scale(re.sub(f"(?:{COUNTED_UNITS})$", "", unit))[0]


def _kind(unit: str) -> str:
    """What an amount counts, its scale aside: money (a bare scale is money too) or the counted unit."""
    counted = re.sub(r"^(?:万亿|亿|千万|百万|万|千)", "", unit)
    return "元" if counted in ("", "元") else unit_key(counted)


def _key(e: re.Match) -> tuple:
    return figure_of(e.group("num")).times(_scale(e.group("unit"))).value, _kind(e.group("unit"))
