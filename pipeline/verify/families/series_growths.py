"""Check family: a year's amount stated with its growth, the year before's amount listed in a series the text
prints elsewhere, as digests of a market write them:

    '当年全国电影总票房642.66亿元,同比增长5.4%' … '中国内地2017—2019年票房分别为559.1亿、609.76亿、642.66亿'
        5.4 = 642.66 ÷ 609.76 − 1

The series is a span of years ('2017-2019年', '2017一2019年' as a page may print the dash) and one amount a year in
one unit, money or a thing counted (data/counted_units.json). The amount stated with a growth is found in it by its
printed figure and unit — three significant digits or more, so that an equal figure is the same one — and its growth
is judged on the amount listed for the year before. A growth said on another basis (环比, 较年初) is left alone, as
is a company report (its lines' growths are `results`', from its statements), and a growth printed inside the series'
own sentence (`listed_growths` reads those).

A share's or a rate's move in points is read the same way, on a series of percentages named as a share or a rate:

    '…清洁能源消费量占能源消费总量的20.8%,上升1.3个百分点' … '2012~2018年…清洁能源消费量占能源消费总量的比重分别为
    14.5%、15.5%、17.0%、18.0%、19.5%、20.8%和22.1%左右'
        1.3 = 20.8 − 19.5

the level found in the series by its figure and by what it is of (four characters of the words before it that the
series' words hold too)."""
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
# a series of shares or rates ('…占能源消费总量的比重分别为14.5%、15.5%…和22.1%左右'), and a level's move in points
_PERCENT = rf"{SIGNED_NUM}\s*[%％]"
_RATE_SERIES = re.compile(rf"{_SPAN}(?P<what>[^。；;\d]{{0,40}}?(?:比重|占比|比例|率)[^。；;\d]{{0,4}}?)分别\s*(?:为|是|达到?|约为?)?\s*"
                          rf"(?P<list>{_PERCENT}(?:\s*[、/，,和]\s*{_PERCENT}){{1,9}})")
_PERCENT_NUM = re.compile(rf"(?P<num>{SIGNED_NUM})\s*[%％]")
_POINTS_AFTER = re.compile(r"\s*[，,]?\s*(?:比上年|较上年|同比)?\s*(?P<way>上升|提高|提升|增加|下降|降低|回落|减少)\s*(?:了)?\s*(?:约)?\s*"
                           rf"(?P<num>{SIGNED_NUM})\s*个?百分点")
_FALLS = ("下降", "降低", "回落", "减少")
SIGNIFICANT = 3  # digits an amount needs for an equal figure in a series to be the same one


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    return _amounts(doc) + _point_moves(doc)


def _amounts(doc: Document) -> list[dict]:
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


def _point_moves(doc: Document) -> list[dict]:
    """A level's move in points on the year before, that year's level listed in a series of percentages."""
    listed = {}  # figure → [(the year before's figure, its cell, the year, the series' words)]
    by_year = []  # (the series' words, {year: (its figure, its cell)})
    for page in doc.pages:
        for s in page_sentences(page):
            for m in _RATE_SERIES.finditer(s.text):
                years = list(range(int(m.group("y1")), int(m.group("y2")) + 1))
                elements = list(_PERCENT_NUM.finditer(m.group("list")))
                if len(elements) != len(years):
                    continue
                at = s.start + m.start("list")
                by_year.append((m.group("what"), {y: (figure_of(e.group("num")), ("text", s.page, at + e.start("num"), at + e.end("num")))
                                                  for y, e in zip(years, elements)}))
                for before, now, year in zip(elements, elements[1:], years[1:]):
                    listed.setdefault(figure_of(now.group("num")).value, []).append(
                        (figure_of(before.group("num")), ("text", s.page, at + before.start("num"), at + before.end("num")),
                         year, m.group("what")))
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            if _RATE_SERIES.search(s.text):
                continue
            out += _moves_of_a_year(s, by_year)
            for a in _PERCENT_NUM.finditer(s.text):
                if len(re.sub(r"\D", "", a.group("num").lstrip("0"))) < SIGNIFICANT:
                    continue
                found = [f for f in listed.get(figure_of(a.group("num")).value, []) if _of_the_series(s.text[:a.start()], f[3])]
                move = _POINTS_AFTER.match(s.text, a.end())
                if len(found) != 1 or move is None:
                    continue
                before, cell, year, _ = found[0]
                out.append(_move_check(s, move, year, figure_of(a.group("num")), before,
                                       "the year before's level as the text's series of percentages lists it",
                                       [("text", s.page, s.start + a.start("num"), s.start + a.end("num")), cell]))
    return out


def _of_the_series(words: str, what: str) -> bool:
    """Whether the words before a level (their last 40 characters) share four characters running with a series' words."""
    return any(words[i:i + 4] in what for i in range(max(0, len(words) - 40), len(words) - 3))


def _move_check(s, move: re.Match, year: int, now, before, note: str, cells: list) -> dict:
    """A move in points (`move`'s way and figure) judged as the year's level less the year before's."""
    printed, fall = figure_of(move.group("num")), move.group("way") in _FALLS
    verdict, exact = judge_formula((lambda b, n: b - n) if fall else (lambda b, n: n - b), [before, now], printed)
    return make(marked(s.text, *move.span("num")), s.page,
                f"{before.value}% − {now.value}%" if fall else f"{now.value}% − {before.value}%",
                {f"{year}": now, f"{year - 1}": before}, printed, exact, "pp", verdict, note,
                cells=[("text", s.page, s.start + move.start("num"), s.start + move.end("num"))] + cells)


# a share's move with no level printed: '2018年全年…清洁能源消费量占能源消费总量的比重比上年提高约1.3个百分点'
_MOVE_ALONE = re.compile(r"(?:比重|占比|比例|率)\s*(?:比上年|较上年|同比)\s*(?P<way>上升|提高|提升|增加|下降|降低|回落|减少)\s*(?:了)?\s*"
                         rf"(?:约)?\s*(?P<num>{SIGNED_NUM})\s*个?百分点")
_YEAR_NAMED = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年")


def _moves_of_a_year(s, by_year: list) -> list[dict]:
    """A move in points whose level the sentence does not print, of the year it names last before it: both levels from
    the series whose words its words share."""
    out = []
    for m in _MOVE_ALONE.finditer(s.text):
        words = s.text[:m.start() + 2]
        years = list(_YEAR_NAMED.finditer(words))
        if not years:
            continue
        year = int(years[-1].group("y"))
        found = [levels for what, levels in by_year if year in levels and year - 1 in levels and _of_the_series(words, what)]
        if len(found) != 1:
            continue
        (now, now_cell), (before, before_cell) = found[0][year], found[0][year - 1]
        out.append(_move_check(s, m, year, now, before, "both years' levels as the text's series of percentages lists them",
                               [now_cell, before_cell]))
    return out
