"""Check family: an operating ratio with one definition, stated beside the two amounts it is of
('客运运力(ASK)…达到657.58亿座公里。旅客周转量(RPK)为533.50亿客公里…客座率为81.13%'): the
ratio from them (RPK ÷ ASK), and its change in points from their growths where the passage states
both ('同比微降0.90个百分点': last year's ratio is each amount over (1 + its growth)). A monthly
operating announcement states the growths and the ratio's level but no amount ('客运运力投入同比上升9.87%…旅客周转量
同比上升10.45%;客座率为82.00%,同比上升0.43个百分点'): the change is judged from the level and the growths alone
(last year's ratio is the level × (1 + the denominator's growth) ÷ (1 + the numerator's)), a change printed with %
taken as points or as a relative change, whichever reproduces. Which ratios, and the words for their two amounts,
are data (data/operating_ratios.json).

Only the whole business's figures are read: a ratio or an amount named with a qualifier of its own
('国内航线客座率', '国际旅客周转量') is a segment's, whose other amount the passage seldom states. The
amounts are the nearest before the ratio in its passage (PASSAGE characters), in a unit counted
(data/counted_units.json); a change stated with no growth of one of them is unverifiable, naming it."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, UNIT_MULT
from ..checks import judge_formula, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

HUNDRED = Decimal(100)
PASSAGE = 400  # how far before a ratio its amounts may be stated, in characters
_SCALE = rf"{CN_UNIT}|千"
# what may stand between a clause's start and a whole business's figure: a period, a generic word
# (or the company by its name, maybe with its subsidiaries and the short name it goes by: '中国南方航空股份有限公司及
# 所属子公司(以下简称"本集团")', '东航', '南方航空及所属子公司' — a segment is named by a route or a region, never so)
_COMPANY = r"(?:[\u4e00-\u9fff]{1,16}?(?:公司|集团|航空|航)(?:及(?:其)?所属子公司)?(?:\s*[（(][^)）]{0,20}[)）])?)?"
# ('以可用座位千米数计算的运力': the measure a capacity is counted in)
_WHOLE = re.compile(r"(?:以|按)?\s*(?:\d{4}\s*年)?\s*(?:\d{1,2}(?:\s*[-~—至]\s*\d{1,2})?\s*月份?|[一二三四1-4]\s*季度|Q[1-4]|前三季度|"
                    rf"上半年|下半年|全年|年度)?\s*{_COMPANY}\s*(?:公司|集团|本集团|整体|综合|平均|期内|报告期内|本期|当期|当月|累计|月度"
                    # (a cause's verb before it: '…达2481.30亿,推动客座率同比提升1.60个百分点至85.62%')
                    r"|推动|带动|使得|使)*"
                    r"\s*(?:实现|完成|录得)?\s*")
_CLAUSE_START = re.compile(r"[，,。；;：:\n]|\s[-–—•]\s|\[\d+\]")
_SENTENCE_END = re.compile(r"[。；;\n]|\s[-–—•]\s")
_SPACES = re.compile(r"\s*")
_UP, _DOWN = "增长|上升|提升|提高|增加", "下降|下滑|减少|降低|回落"
# an amount after its name ('为533.50亿客公里', '(“ASK”) 同比增长10.96%,达到657.58亿座公里')
# (or its scale alone, the measure's name being its unit: '可利用座公里(ASK)达2898.09亿,')
_AMOUNT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<scale>{_SCALE})?\s*(?P<unit>{COUNTED_UNITS}|(?<=[亿万])(?=\s*[，,。；;]))")
# (or its rate named: '收入客公里(RPK)同比增幅更高至7.63%')
_GROWTH = re.compile(rf"(?:同比|按年|较上年同期|比上年同期|较去年同期)\s*(?:微|小幅|大幅)?\s*(?P<dir>{_UP}|{_DOWN}|[+＋\-−]|增幅|降幅)"
                     rf"(?:[^，,。；;\d%]{{0,4}}?(?:至|为|达))?\s*(?P<num>\d+(?:\.\d+)?)\s*%")
_LEVEL = r"\s*(?:为|达到?|约为?|是|录得)?\s*(?P<num>\d+(?:\.\d+)?)\s*%"
_POINTS = re.compile(rf"\s*[，,]?\s*(?:同比|较上年同期|比上年同期|较去年同期)\s*(?:微|小幅|大幅)?\s*(?:(?P<dir>{_UP}|{_DOWN}|升|降)|(?P<sign>[+＋\-−]))\s*"
                     rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>个百分点|百分点|pcts?|ppts?|pp|%(?!\s*的))")
# a change before the level it went to: '乘客运载率增加46.4个百分点至86.8%'
_POINTS_TO = re.compile(rf"\s*(?:同比|按年)?\s*(?P<dir>{_UP}|{_DOWN}|升|降)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>个百分点|百分点|pcts?|ppts?|pp)"
                        rf"\s*(?:至|到)\s*(?P<num_level>\d+(?:\.\d+)?)\s*%")


def _words(names: list[str]) -> str:
    return "|".join(map(re.escape, names))


# each ratio of the data, its level's pattern (and a change before the level it went to) and its two amounts'
# names compiled once
_RATIOS = [{**r, "level": re.compile(rf"(?:{_words(r['name'])}){_LEVEL}"),
            "moved_to": re.compile(rf"(?:{_words(r['name'])}){_POINTS_TO.pattern}"),
            "over": re.compile(_words(r["numerator"])), "under": re.compile(_words(r["denominator"]))}
           for r in data_json("operating_ratios.json")["ratios"]]


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for ratio in _RATIOS:
            for m in ratio["level"].finditer(page.text):
                if _whole(page.text, m.start()):
                    out += _judged(page, m, ratio)
            for m in ratio["moved_to"].finditer(page.text):
                if _whole(page.text, m.start()):  # '乘客运载率增加46.4个百分点至86.8%': the change before its level
                    out += _level_from_amounts(page, m, ratio, level_group="num_level")
                    out += _on_growths(page, m, ratio, m, level_group="num_level")
    return out


def _whole(text: str, at: int) -> bool:
    """Whether the figure named at `at` is the whole business's: its clause names nothing before it
    but a period or a generic word."""
    start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, at)), default=0)
    return bool(_WHOLE.fullmatch(text, start, at))


def _stated(text: str, names: re.Pattern, before: int) -> Optional[tuple[str, re.Match, Printed, Optional[re.Match]]]:
    """The nearest amount before `before` named by one of `names` as the whole business's: the name
    the text gives it, its match, its value in units (scale applied) and the growth its sentence
    states, if any."""
    for named in reversed(list(names.finditer(text, max(0, before - PASSAGE), before))):
        if not _whole(text, named.start()):
            continue
        end = _SENTENCE_END.search(text, named.end())
        stop = min(end.start() if end else len(text), before)
        amount = _AMOUNT.search(text, named.end(), stop)
        if amount is None or re.search(r"[，,]", text[named.end():amount.start()]) and \
                not re.search(rf"(?:{_UP}|{_DOWN}|增幅|增速|降幅)", text[named.end():amount.start()]):
            continue  # the name's own figure, not one a clause further on states
        value = figure_of(amount.group("num")).times(Decimal(UNIT_MULT[amount.group("scale") or ""]))
        return named.group(0), amount, value, _GROWTH.search(text, named.end(), stop)
    return None


def _change(points: re.Match) -> Printed:
    """A ratio's printed change, negative where its word or sign says a fall (`_POINTS_TO` has no sign group)."""
    change = figure_of(points.group("num"))
    direction = points.group("dir") or ("sign" in points.re.groupindex and points.group("sign")) or ""
    return change.signed(-1) if re.fullmatch(rf"{_DOWN}|降|[\-−]", direction) else change


def _signed(growth: re.Match) -> Printed:
    value = figure_of(growth.group("num"))
    return value.signed(-1) if re.fullmatch(rf"{_DOWN}|降幅|[\-−]", growth.group("dir")) else value


def _level_from_amounts(page, m: re.Match, ratio: dict, level_group: str = "num") -> list[dict]:
    """The ratio's level the text states (after the change it went by: '推动客座率同比提升1.60个百分点至85.62%') from
    the two amounts stated before it, where both are."""
    text = page.text
    over, under = _stated(text, ratio["over"], m.start()), _stated(text, ratio["under"], m.start())
    if over is None or under is None:
        return []
    (numerator, n_at, n, _), (denominator, d_at, d, _) = over, under
    level = figure_of(m.group(level_group))
    verdict, exact = judge_formula(lambda a, b: a / b * HUNDRED, [n, d], level)
    cells = [("text", page.number, *m.span(level_group)), ("text", page.number, *n_at.span("num")),
             ("text", page.number, *d_at.span("num"))]
    return [make(sentence_marked(text, m.span(level_group)), page.number, f"{numerator} ÷ {denominator} × 100",
                 {f"{numerator} ({n_at.group('unit') or n_at.group('scale')})": n,
                  f"{denominator} ({d_at.group('unit') or d_at.group('scale')})": d}, level, exact, "%", verdict, "", cells=cells)]


def _judged(page, m: re.Match, ratio: dict) -> list[dict]:
    text = page.text
    over = _stated(text, ratio["over"], m.start())
    under = _stated(text, ratio["under"], m.start())
    if over is None or under is None:
        points = _POINTS.match(text, m.end())
        return _on_growths(page, m, ratio, points) if points else []
    (numerator, n_at, n, n_growth), (denominator, d_at, d, d_growth) = over, under
    level = figure_of(m.group("num"))
    cells = [("text", page.number, m.start("num"), m.end("num")), ("text", page.number, n_at.start("num"), n_at.end("num")),
             ("text", page.number, d_at.start("num"), d_at.end("num"))]
    verdict, exact = judge_formula(lambda a, b: a / b * HUNDRED, [n, d], level)
    out = [make(sentence_marked(text, (m.start("num"), m.end("num"))), page.number, f"{numerator} ÷ {denominator} × 100",
                {f"{numerator} ({n_at.group('unit')})": n, f"{denominator} ({d_at.group('unit')})": d}, level, exact, "%",
                verdict, "", cells=cells)]
    points = _POINTS.match(text, m.end())
    if points is None:
        return out
    change = _change(points)
    claim = sentence_marked(text, (points.start("num"), points.end("num")))
    formula = f"{numerator} ÷ {denominator} − 去年同期{numerator} ÷ 去年同期{denominator}, × 100"
    missing = [f"去年同期{w} or its growth" for w, g in ((numerator, n_growth), (denominator, d_growth)) if g is None]
    if missing:
        return out + [make(claim, page.number, formula, {}, change, None, "个百分点", "unverifiable",
                           "the base is not printed: " + ", ".join(missing))]
    gn, gd = _signed(n_growth), _signed(d_growth)
    verdict, exact = judge_formula(
        lambda a, b, x, y: (a / b - (a / (1 + x / HUNDRED)) / (b / (1 + y / HUNDRED))) * HUNDRED, [n, d, gn, gd], change)
    cells = [("text", page.number, points.start("num"), points.end("num"))] + cells[1:] + [
        ("text", page.number, g.start("num"), g.end("num")) for g in (n_growth, d_growth)]
    inputs = {f"{numerator} ({n_at.group('unit')})": n, f"{denominator} ({d_at.group('unit')})": d,
              f"{numerator} 同比 (%)": gn, f"{denominator} 同比 (%)": gd}
    return out + [make(claim, page.number, formula, inputs, change, exact, "个百分点", verdict,
                       "a year earlier each amount was this one ÷ (1 + its growth)", cells=cells)]


def _grown(text: str, names: re.Pattern, at: int, end: int) -> Optional[tuple[str, re.Match]]:
    """The growth stated for the whole business's measure named by one of `names` nearest before `end` (the
    ratio's sentence's end) within the passage before `at`: the name the text gives it and its growth — the first
    of its clause after it ('客运运力投入(按可利用客公里计)同比上升9.87%,其中国内…')."""
    # (within the ratio's paragraph: a digest of several airlines gives each its own)
    paragraph = text.rfind("\n", 0, at) + 1
    for named in reversed(list(names.finditer(text, max(paragraph, at - PASSAGE), end))):
        if not _whole(text, named.start()):
            continue
        clause = _CLAUSE_START.search(text, named.end())
        growth = _GROWTH.search(text, named.end(), clause.start() if clause else len(text))
        if growth is None and clause is not None and clause.group(0) in "，,":
            # (or opening the clause after its amount's: '可利用座公里(ASK)达2898.09亿,同比增长5.62%')
            growth = _GROWTH.match(text, _SPACES.match(text, clause.end()).end())
        if growth is not None:
            return named.group(0), growth
    return None


def _on_growths(page, m: re.Match, ratio: dict, points: re.Match, level_group: str = "num") -> list[dict]:
    """A ratio's change on the year before from its level and the growths of its two measures, where the passage
    states no amount: a year before it was the level × (1 + the denominator's growth) ÷ (1 + the numerator's)."""
    text = page.text
    stop = _SENTENCE_END.search(text, points.end())
    end = stop.start() if stop else len(text)
    over, under = _grown(text, ratio["over"], m.start(), end), _grown(text, ratio["under"], m.start(), end)
    if over is None or under is None:
        return []
    (numerator, n_growth), (denominator, d_growth) = over, under
    level = figure_of(m.group(level_group))
    change = _change(points)
    gn, gd = _signed(n_growth), _signed(d_growth)
    before = lambda r, x, y: r * (1 + y / HUNDRED) / (1 + x / HUNDRED)  # noqa: E731
    ways = [("个百分点", f"{ratio['name'][0]} − {ratio['name'][0]} × (1 + {denominator} 同比) ÷ (1 + {numerator} 同比)",
             lambda r, x, y: r - before(r, x, y))]
    if points.group("unit") == "%":  # '客座率为61.52%,同比上升11.25%': points or a relative change, the sign does not say
        ways.append(("%", f"(1 + {numerator} 同比) ÷ (1 + {denominator} 同比) − 1", lambda r, x, y: (r / before(r, x, y) - 1) * HUNDRED))
    judged = [(unit, formula, *judge_formula(fn, [level, gn, gd], change)) for unit, formula, fn in ways]
    unit, formula, verdict, exact = next((j for j in judged if j[2] != "mismatch"), judged[0])
    cells = [("text", page.number, points.start("num"), points.end("num")),
             ("text", page.number, m.start(level_group), m.end(level_group))] + [
        ("text", page.number, g.start("num"), g.end("num")) for g in (n_growth, d_growth)]
    inputs = {f"{ratio['name'][0]} (%)": level, f"{numerator} 同比 (%)": gn, f"{denominator} 同比 (%)": gd}
    note = "a year earlier the ratio was its level × (1 + the denominator's growth) ÷ (1 + the numerator's)"
    return [make(sentence_marked(text, (points.start("num"), points.end("num"))), page.number, formula, inputs, change, exact,
                 unit, verdict, note + (" (the % read as a relative change)" if unit == "%" else ""), cells=cells)]
