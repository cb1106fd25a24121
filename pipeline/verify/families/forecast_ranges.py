"""Check family: a results forecast given as ranges, as an earnings preannouncement (业绩预告)
prints it: '预计…净利润10832.97万元到12716.97万元,与上年同期相比,将增加4332.68万元到6216.68万元,
同比增长66.65%到95.64%', or a table's row '归属于上市公司股东的净利润 | 亏损:350万元-500万元 |
盈利:9,832.58万元 |' with '比上年同期减少:103.56%-105.09%' under it.

Each end of the change (in percent, or in the amount's unit) is judged against its end of the
amount and the year before's figure: the one on the range's own row under a 上年同期 column, or
the one a 上年同期 passage states for the same line ('上年同期归属于上市公司股东的净利润为-6,731.93万元').
Where the text gives no base, a change in amount gives it (the amount less its change); where
it gives neither, the two ends must still imply one base — a range whose ends disagree on it
is a misprint ('亏损1.55亿元至1.95亿元,同比下降171.47%至241.52%' holds for a loss of 0.571亿 the
year before, and only for it). A change is on the year before's figure's size, (now − before) ÷
|before|, as preannouncements compute it from a loss; only year-on-year changes are read (a
data vendor's 环比 beside them is on another base)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import COUNTED_UNITS, NUM
from ..checks import block_of, concept_of, growth_pct, judge_formula, make, money_scale, sentence_marked, several_stocks
from ..sentences import DIGEST_BREAK, SHARP_DOWN, SHARP_UP, item_names

# an unsigned figure; a sign is read apart, '-' being also a range's dash ('350万元-500万元')
_FIGURE = NUM  # a printed figure, its thousands separated or not (quantities.NUM)
# (a PDF's text may split the scale from the currency: '5.9亿 元')
# (a bare scale may stand before the range's dash: '265亿至292亿元')
_MONEY = r"(?:(?:万亿|亿|千万|百万|万)\s?)?(?:元人民币|元|美元|港元|港币)|(?:万亿|亿|万)(?!\s?(?!至|到)[\u4e00-\u9fffA-Za-z])"
# a range may count things too, as guidance of deliveries does: '交付量为10至11万辆' (data/counted_units.json)
_UNIT = rf"{_MONEY}|(?:(?:万亿|亿|千万|百万|万)\s?)?(?:{COUNTED_UNITS})"
_DASH = r"至|到|~|～|—|–|-|－"
_SIGN = r"[-−－]"
_PROFIT_WORD = r"(?P<{0}>亏损|盈利)\s*[:：]?\s*"
# an amount as a range: '10832.97万元到12716.97万元', '亏损:350万元-500万元', '-11,500万元至-7,700万元', '11.27亿~13.17亿'
_AMOUNT_RANGE = re.compile(
    rf"(?:{_PROFIT_WORD.format('word')})?(?P<s1>{_SIGN})?\s*(?P<a1>{_FIGURE})\s*(?P<u1>{_UNIT})?\s*(?P<dash>{_DASH})\s*"
    rf"(?:{_PROFIT_WORD.format('word2')})?(?P<s2>{_SIGN})?\s*(?P<a2>{_FIGURE})\s*(?P<u2>{_UNIT})(?!\s*(?:/|每)\s*股)")
# the words of a change, by the sign they give it (变动幅度 prints its own sign)
_UP = f"增长|增加|上升|提升|上涨|增盈|减亏|增幅|涨幅|{SHARP_UP}"
_DOWN = f"下降|减少|下滑|降低|下跌|增亏|降幅|{SHARP_DOWN}"
_SIGNED = "变动幅度|变动|变化"
# a change in amount that prints its own sign ('与上年同期相比变动值为:-6579万元至-12579万元')
_SIGNED_AMOUNT = "变动值|变动额|变化额|增减额"
# (a rise's size reached: '同比增幅达127.31%-230.63%')
_CHANGE_WORD = rf"(?P<dir>{_UP}|{_DOWN}|{_SIGNED}|同比|yoy|YoY|YOY)\s*(?:幅度)?\s*(?:为|了|达到?)?\s*[:：|]?\s*(?:约)?\s*"
_PERCENT_RANGE = re.compile(
    # (a rise may print its plus: '(同比+36.6%-44.3%)')
    # (a copy may set the sign apart from its figure: '变动幅度 - 19.23%至0.47%')
    rf"{_CHANGE_WORD}[+＋]?(?P<s1>{_SIGN})?\s?(?P<g1>{_FIGURE})\s*%?\s*(?:左右)?\s*(?P<dash>{_DASH})\s*(?:约)?\s*"
    rf"[+＋]?(?P<s2>{_SIGN})?\s?(?P<g2>{_FIGURE})\s*%")
# a change in the amount's unit: '将增加4332.68万元到6216.68万元'
_CHANGE_RANGE = re.compile(
    rf"(?P<dir>{_UP}|{_DOWN}|{_SIGNED_AMOUNT})\s*(?:为|了)?\s*[:：]?\s*(?:约)?\s*(?P<s1>{_SIGN})?(?P<a1>{_FIGURE})\s*(?P<u1>{_MONEY})?\s*"
    rf"(?P<dash>{_DASH})\s*(?:约)?\s*(?P<s2>{_SIGN})?(?P<a2>{_FIGURE})\s*(?P<u2>{_MONEY})")
# a preannouncement's single figures, read only where the page names one (业绩预告, 预增公告), on
# a 上年同期 passage's base ('将增加738万元左右,同比增加820%左右') or, with none, on the amount less
# its change in amount ('63900万元,…变动值为:-72293万元,…变动幅度:-53.08%')
_PREANNOUNCEMENT = re.compile(r"业绩预(?:告|增|减|亏|盈)|预(?:增|减|亏)公告")
_SINGLE_PERCENT = re.compile(rf"(?P<dir>{_UP}|{_DOWN}|{_SIGNED})\s*(?:为|了)?\s*[:：]?\s*(?:约)?\s*(?P<s1>{_SIGN})?(?P<g1>{_FIGURE})\s*%")
_SINGLE_CHANGE = re.compile(rf"(?P<dir>{_UP}|{_DOWN}|{_SIGNED_AMOUNT})\s*(?:为|了)?\s*[:：]?\s*(?:约)?\s*(?P<s1>{_SIGN})?(?P<a1>{_FIGURE})\s*(?P<u1>{_MONEY})\s*(?:左右)?")
_SINGLE_AMOUNT = re.compile(rf"(?:为|实现|{_PROFIT_WORD.format('word')})\s*[:：]?\s*(?:约)?\s*(?P<s1>{_SIGN})?(?P<a1>{_FIGURE})\s*"
                            rf"(?P<u1>{_MONEY})\s*(?:左右)?")
# a change is year on year only with one of these before it in its clause (or as its word)
_YEAR_ON_YEAR = re.compile(r"同比|上年同期|去年同期|比上年|较上年|与上年|按年|yoy", re.I)
_QUARTER_ON_QUARTER = re.compile(r"环比")
# what joins a change range to the amounts it reached after it
_REACHES = re.compile(r"\s*[，,]?\s*(?:至|达到?|为)?\s*(?:介乎|介于)?\s*")
# how far (characters) a range's change may follow it, and its line item precede it
REACH = 160
NAME_REACH = 80
# the year before's figures: a passage opening on 上年同期 ('二、上年同期经营业绩…', '上年同期…净利润为…'),
# up to the next numbered section; and a table's 上年同期 column, named in a header above the row
# (never a comparison's base inline: '归母净利润为-13.98亿元,较去年同期-14.6亿元小幅减亏')
_BASE_PASSAGE = re.compile(r"(?<![较与比])(?:上年同期|去年同期)(?!相比|比较|由|增|减)")
_NEXT_ITEM = re.compile(DIGEST_BREAK)
_NEXT_SECTION = re.compile(r"\n\s*[一二三四五六七八九十]{1,2}\s*[、.．]")
BASE_PASSAGE_REACH = 400
HEADER_REACH = 400
_BASE_AMOUNT = re.compile(rf"\s*(?:为|是|:|：|\|)?\s*(?:{_PROFIT_WORD.format('word')})?(?P<s>{_SIGN})?\s*(?P<a>{_FIGURE})\s*(?P<u>{_MONEY})")
_RANGE_NEXT = re.compile(rf"\s*(?:{_DASH})\s*(?:{_SIGN})?\s*\d")
# the gap allowed between a line's name and its figure in a base passage ('净利润为', '净利润: ')
_NAME_TO_FIGURE = re.compile(r"\s*(?:为|是|:|：)?\s*(?:亏损|盈利)?\s*[:：]?\s*")
# lines a preannouncement names alike ('净利润' in its title is the owners' profit)
_SAME_LINE = {"net_profit": "parent_np"}


@dataclass
class Range:
    """Two ends of one figure as printed (signed, in one unit), where they stand in the page's text."""
    ends: tuple[Printed, Printed]
    spans: tuple[tuple[int, int], tuple[int, int]]
    unit: str
    start: int
    end: int


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        out += _page_checks(page)
    return out


def _page_checks(page) -> list[dict]:
    text = page.text
    bases = _passage_bases(text)
    changes_in_amount = [(m, _money_range(m)) for m in _CHANGE_RANGE.finditer(text)]
    changed_spans = [(m.start("a1"), m.end()) for m, _ in changes_in_amount]
    percents = [m for m in _PERCENT_RANGE.finditer(text) if _year_on_year(text, m)]
    # a 环比 range after the year-on-year one ('同比增长41.8% - 61.4%,环比下降30.6% - 39.1%'): on a base the text
    # never prints (the quarter before), so only its ends' agreement on one base is judged
    quarter_on_quarter = [m for m in _PERCENT_RANGE.finditer(text) if _quarter_on_quarter(text, m)]
    out = []
    read = [(m, _money_range(m)) for m in _AMOUNT_RANGE.finditer(text)
            if not any(a <= m.start("a1") < b for a, b in changed_spans)]
    amounts = [m for m, r in read if r is not None]
    for n, (m, amount) in enumerate((m, r) for m, r in read if r is not None):
        stop = amounts[n + 1].start() if n + 1 < len(amounts) else len(text)
        stop = min(stop, m.end() + REACH, _sentence_end(text, m.end()))
        percent = next((p for p in percents if m.end() <= p.start() < stop), None)
        if percent is None:  # '收入总额按年减少40.1%至34.2%，至介乎265亿至292亿元': the change before the range it reaches
            percent = next((p for p in percents if _REACHES.fullmatch(text, p.end(), m.start())), None)
        change = next(((c, r) for c, r in changes_in_amount if m.end() <= c.start() < stop and r is not None), None)
        if percent is None and change is None and not any(m.end() <= p.start() < stop for p in quarter_on_quarter):
            continue
        concept = _concept_before(text, m.start())
        base = (_row_base(text, m) or _flat_row_base(text, m) or _inline_base(text, m)
                or _passage_base(text, bases, concept, m.start()))
        out += _judged(page, text, amount, percent and _percent_range(percent),
                       change and _change_range(change, amount.unit), base)
        qoq = next((p for p in quarter_on_quarter if m.end() <= p.start() < stop), None)
        if qoq is not None and amount.spans[0] != amount.spans[1]:
            check = _one_base(page, text, amount, _percent_range(qoq), "the quarter before")
            if check is not None:
                out.append(check)
    if _PREANNOUNCEMENT.search(text):
        taken = [(m.start(), m.end()) for m in amounts + percents] + changed_spans
        out += _point_estimates(page, text, bases, taken)
    return out


def _judged(page, text, amount: Range, growth: Optional[Range], change: Optional[Range], base: Optional["Base"]) -> list[dict]:
    """An amount's change in percent (`growth`) and in its unit (`change`), either absent,
    judged on the year before's figure; with none printed, the percent on the change in amount;
    with neither, on the one base the ends imply."""
    out = []
    if growth is not None:
        if base is not None:
            out += _growths_on_base(page, text, amount, growth, base)
        elif change is not None:
            out += _growths_on_change(page, text, amount, growth, change)
        elif amount.spans[0] != amount.spans[1]:
            check = _one_base(page, text, amount, growth)
            if check is not None:
                out.append(check)
    if change is not None and base is not None:
        out += _changes_on_base(page, text, amount, change, base)
    elif change is not None and growth is None and amount.spans[0] != amount.spans[1]:
        out += _changes_on_one_base(page, text, amount, change)
    return out


def _changes_on_one_base(page, text, amount: Range, change: Range) -> list[dict]:
    """A range's changes in amount with neither a base nor a percent printed: both ends must
    come from one base, the amount less its change — the end printed second judged on the first's."""
    pairs = sorted(_pairs(amount, change), key=lambda p: change.spans[p[1]][0])
    (i1, k1), (i2, k2) = pairs
    a1, d1, a2, printed = amount.ends[i1], change.ends[k1], amount.ends[i2], change.ends[k2]
    verdict, exact = judge_formula(lambda x1, c1, x2: x2 - (x1 - c1), [a1, d1, a2], printed)
    return [make(_claim(text, amount, change.spans[k2]), page.number,
                 f"{_shown(a2)} − ({_shown(a1)} − {_shown(d1)})", {"now": a2, "first end": a1, "first change": d1},
                 printed, exact, amount.unit, verdict, "no base printed: the one the first end and its change give",
                 cells=_cells(page, [change.spans[k2], amount.spans[i2], amount.spans[i1], change.spans[k1]]))]


def _point_estimates(page, text: str, bases: dict, taken: list[tuple[int, int]]) -> list[dict]:
    """A preannouncement's single figures ('净利润与上年同期相比,将增加738万元左右,同比增加820%左右'):
    the percent after a change in amount, or after an amount, in one sentence, judged as a range
    of one end on the year before's figure a 上年同期 passage states, or, with none, on the amount
    less its change ('净利润为:63900万元,与上年同期相比变动值为:-72293万元,…变动幅度:-53.08%')."""
    out = []
    for p in _SINGLE_PERCENT.finditer(text):
        if any(a <= p.start() < b for a, b in taken) or not _year_on_year(text, p):
            continue
        opening = max(text.rfind(c, 0, p.start()) for c in "。；;") + 1
        clause = (max(opening, p.start() - REACH), p.start())
        change = _last(_SINGLE_CHANGE, text, *clause)
        if change is not None and not _BETWEEN_CHANGES.fullmatch(text, change.end(), p.start()):
            change = None  # a change in amount only right before the percent ('增加738万元左右,同比增加820%')
        amount = _last(_SINGLE_AMOUNT, text, clause[0], change.start() if change else p.start())
        first = amount or change
        if first is None or any(a <= first.start() < b for a, b in taken):
            continue
        concept = _concept_before(text, first.start())
        base = _passage_base(text, bases, concept, first.start())
        if base is None and not (amount and change):
            continue  # with no base, only an amount with its change in amount gives one (the amount less it)
        unit = _normal(first.group("u1"))
        growth = _single_percent(p)
        moved = _change_range((change, _single(change, unit)), unit) if change else None
        if amount is None:
            out += _changes_in_percent(page, text, moved, growth, base)
        else:
            out += _judged(page, text, _single(amount, unit), growth, moved, base)
    return out


# what may stand between a change in amount and the percent after it
_BETWEEN_CHANGES = re.compile(r"[\s,，]*(?:与上年同期相比|较上年同期相比?|与上年同期比较|同比)?[\s,，]*")


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    found = list(pattern.finditer(text, start, end))
    return found[-1] if found else None


def _single(m: re.Match, unit: str) -> Range:
    """A single figure as a range of one end, in `unit`."""
    value = _rescaled(Printed.of(m.group("a1")), m.group("u1"), unit)
    if m.groupdict().get("s1") or m.groupdict().get("word") == "亏损":
        value = value.with_sign(-1)
    return Range((value, value), (m.span("a1"), m.span("a1")), unit, m.start(), m.end())


def _single_percent(m: re.Match) -> Range:
    value = Printed.of(m.group("g1"))
    if re.fullmatch(_DOWN, m.group("dir")) or m.group("s1"):
        value = value.with_sign(-1)
    return Range((value, value), (m.span("g1"), m.span("g1")), "%", m.start(), m.end())


def _changes_in_percent(page, text, change: Range, growth: Range, base: "Base") -> list[dict]:
    """A change in percent from the change in amount and the year before's figure: change ÷ |before|."""
    before = base.in_unit(change.unit)
    if before is None or before.value == 0:
        return []
    chg, printed = change.ends[0], growth.ends[0]
    verdict, exact = judge_formula(lambda d, b: d / abs(b) * 100, [chg, before], printed)
    claim = _claim(text, change, growth.spans[0])
    return [make(claim, page.number, f"{_shown(chg)} ÷ |{_shown(before)}| × 100", {"change": chg, "before": before},
                 printed, exact, "%", verdict, "the year before's figure as the text states it",
                 cells=_cells(page, [growth.spans[0], change.spans[0], base.span()]))]


def _money_range(m: re.Match) -> Optional[Range]:
    """A range match's two ends, signed (a loss's word or a minus) and in the second end's unit
    (the first may drop its unit: '4600万元至6000万元', '1.01亿元-1.09亿元')."""
    unit = m.group("u2")
    if m.group("dash") in "-－" and m.group("s2"):
        return None  # '-500--300': no reading
    first_unit = m.group("u1") or unit
    thing = money_scale(_normal(unit))[1]
    if first_unit in ("万", "亿", "万亿") and re.fullmatch(COUNTED_UNITS, thing):
        first_unit += thing  # '10万至11万辆': the first end's scale counts the second's things
    if money_scale(_normal(first_unit))[1] != money_scale(_normal(unit))[1]:
        return None
    loss = "亏损" in ((m.groupdict().get("word") or "") + (m.groupdict().get("word2") or ""))
    ends = []
    for g, s, u in (("a1", "s1", first_unit), ("a2", "s2", unit)):
        value = _rescaled(Printed.of(m.group(g)), u, unit)
        ends.append(value.with_sign(-1) if (m.group(s) or loss) else value)
    return Range(tuple(ends), (m.span("a1"), m.span("a2")), _normal(unit), m.start(), m.end())


def _rescaled(value: Printed, unit: str, to_unit: str) -> Printed:
    """A figure printed in `unit` expressed in `to_unit` ('1.2' 亿元 as 12000 万元); currencies not compared."""
    return value.times(money_scale(_normal(unit))[0] / money_scale(_normal(to_unit))[0])


def _normal(unit: str) -> str:
    """A money unit with a bare scale word as yuan ('亿' → 亿元), split words joined ('亿 元')."""
    unit = re.sub(r"\s", "", unit)
    return unit + "元" if unit in ("亿", "万", "万亿") else unit


def _change_range(change: tuple, unit: str) -> Optional[Range]:
    """A change in amount's range in the amount's unit, signed by its direction word."""
    m, r = change
    down = re.fullmatch(_DOWN, m.group("dir")) is not None
    ends = tuple(_rescaled(e, r.unit, unit).with_sign(-1) if down else _rescaled(e, r.unit, unit) for e in r.ends)
    return Range(ends, r.spans, unit, r.start, r.end)


def _percent_range(m: re.Match) -> Range:
    """A change's two ends in percent, signed: by its direction word, or as printed after 变动幅度.
    Ends both printed with '.00' are whole percentages padded by a data vendor (60.00%~77.00% for
    a text's 60%至77%): read to the unit."""
    down = re.fullmatch(_DOWN, m.group("dir")) is not None
    padded = all(re.fullmatch(r"\d+\.0+", m.group(g)) for g in ("g1", "g2"))
    ends = []
    for g, s in (("g1", "s1"), ("g2", "s2")):
        value = Printed.of(m.group(g))
        if padded:
            value = Printed(value.value, Decimal(1), 0)
        ends.append(value.with_sign(-1) if down or m.group(s) else value)
    return Range(tuple(ends), (m.span("g1"), m.span("g2")), "%", m.start(), m.end())


def _year_on_year(text: str, m: re.Match) -> bool:
    """Whether a change range is year on year: its word or its clause says so, and not 环比."""
    clause = text[max(0, m.start() - 30):m.start("g1")]
    clause = re.split(r"[。；;\n]", clause)[-1]
    if _QUARTER_ON_QUARTER.search(clause[-12:]):
        return False
    if _YEAR_ON_YEAR.search(clause):
        return True
    if m.group("dir") in ("变动幅度", "变动", "变化") and "预计" in re.split(r"[。\n]", text[max(0, m.start() - 80):m.start()])[-1]:
        return True  # (a forecast's 变动幅度 is on the same period a year before: '预计2023年1-3月…营业收入20500-25500万元,变动幅度-19.23%至0.47%')
    # (or the rest of its sentence gives the year before's figure: '净利润由6773万元至8805万元,增长幅度为0%至30%,
    # 上年同期业绩的净利润为6773万元')
    rest = re.split(r"[。；;\n]", text[m.end():m.end() + 60])[0]
    return bool(_YEAR_BEFORE_AFTER.match(rest))


def _quarter_on_quarter(text: str, m: re.Match) -> bool:
    """Whether a change range is on the quarter before: 环比 is its word or ends the clause before it."""
    clause = re.split(r"[。；;\n]", text[max(0, m.start() - 30):m.start("g1")])[-1]
    return bool(_QUARTER_ON_QUARTER.search(clause[-12:]))


_YEAR_BEFORE_AFTER = re.compile(r"\s*[，,]\s*(?:上年同期|去年同期)[^，,。；;\d]{0,12}?(?:为|是)")


def _sentence_end(text: str, at: int) -> int:
    end = text.find("。", at)
    return len(text) if end < 0 else end


def _concept_before(text: str, at: int, since: int = 0, adjacent: bool = False) -> Optional[str]:
    """The line item named last before a range, within its clause's reach ('…扣除非经常性损益后的净利润盈利:…');
    `adjacent`, only a name right before the figure ('净利润为', '净利润: '), as a passage lists them.
    A profit named after words deducting non-recurring items is the deducted one, however worded
    ('扣除上述非经常性损益的净利润')."""
    window = text[max(since, at - NAME_REACH):at]
    window = re.split(r"[。；;]", window)[-1].replace("\n", "").replace(" ", "")
    pattern, _ = item_names()
    for m in reversed(list(pattern.finditer(window))):
        if adjacent and not _NAME_TO_FIGURE.fullmatch(window[m.end():]):
            return None
        concept = concept_of(m.group())
        if concept:
            concept = _SAME_LINE.get(concept, concept)
            if concept == "parent_np" and _DEDUCTED.search(window[max(0, m.end() - DEDUCTED_REACH):m.end()]):
                return "deducted_np"
            return concept
    return None


# words that make a profit the deducted one, and how far before its name's end they may stand
_DEDUCTED = re.compile(r"扣除[^，,。；;]{0,6}非经常性损益|扣非")
DEDUCTED_REACH = 24


# the year before's figure right after the range, said as what it is compared with: '净利润为12000.00万元-14500.00万元,与上年
# 同期7677.83万元相比,将增加…'
_INLINE_BASE = re.compile(rf"\s*[，,]?\s*(?:与|较|比)\s*(?:上年同期|去年同期)\s*(?:的)?\s*(?:{_PROFIT_WORD.format('word')})?"
                          rf"(?P<s>{_SIGN})?\s*(?P<a>{_FIGURE})\s*(?P<u>{_MONEY})\s*(?:相比|比较)?")


def _inline_base(text: str, m: re.Match) -> Optional["Base"]:
    """The year before's figure the range is compared with right after it, if any."""
    b = _INLINE_BASE.match(text, m.end())
    return Base(b) if b else None


def _row_base(text: str, m: re.Match) -> Optional["Base"]:
    """The figure printed right after a range on its own line, under a header naming 上年同期:
    the year before's ('| 亏损:350万元-500万元 | 盈利:9,832.58万元 |')."""
    if "上年同期" not in text[max(0, m.start() - HEADER_REACH):m.start()]:
        return None
    b = _BASE_AMOUNT.match(text, m.end())
    if b is None or "\n" in text[m.end():b.start("a")]:
        return None
    return Base(b)


# a flattened table's header: a run of cells naming columns (no figure, a few characters each) near the line's start,
# after a title cell maybe ('理工能科(002322)业绩预告 | 截止日期 | 预测指标 | 业绩变动 | … | 上年同期值(元) | 公告日期 | 2024-06-30 | …')
FLAT_HEADER = 4  # name cells at least in the header of a table flattened onto one line
_HEADER_CELL = re.compile(r"[^\d|]{1,16}")
_ROW_OPENER = re.compile(r"[\d,.\-/年月日]+")


def _flat_row_base(text: str, m: re.Match) -> Optional["Base"]:
    """The year before's figure in the range's row of a table a data vendor's page flattened onto one line — its header
    of names, then its rows' cells one after another: the cell of the range's row under the header's 上年同期 column
    (rows told by the header's width, each opening on a date or figure as the first does)."""
    opens = text.rfind("\n", 0, m.start()) + 1
    closes = text.find("\n", m.end())
    line = text[opens:closes if closes >= 0 else len(text)]
    if line.count("|") < 3 * FLAT_HEADER:
        return None
    cells, at = [], opens
    for cell in line.split("|"):
        cells.append((at, at + len(cell), cell.strip()))
        at += len(cell) + 1
    first = next((k for k in range(min(3, len(cells))) if all(_HEADER_CELL.fullmatch(c[2]) for c in cells[k:k + FLAT_HEADER])),
                 None)
    if first is None:
        return None
    width = next((w for w in range(FLAT_HEADER, len(cells) - first) if not _HEADER_CELL.fullmatch(cells[first + w][2])),
                 None)
    column = next((k for k in range(width or 0) if "上年同期" in cells[first + k][2]), None)
    if width is None or column is None:
        return None
    data = cells[first + width:]
    k = next((i for i, c in enumerate(data) if c[0] <= m.start() < c[1]), None)
    if k is None:
        return None
    row = k // width
    if not (_ROW_OPENER.fullmatch(data[0][2]) and _ROW_OPENER.fullmatch(data[row * width][2])) or \
            row * width + column >= len(data):
        return None  # (rows not told apart by the header's width)
    start, end, _ = data[row * width + column]
    b = _BASE_AMOUNT.match(text, start, end)
    return Base(b) if b is not None and not text[b.end():end].strip() else None


@dataclass
class Base:
    """The year before's figure of a line, as a `_BASE_AMOUNT` match."""
    match: re.Match

    def in_unit(self, unit: str) -> Optional[Printed]:
        """The figure, signed (a loss's word or a minus), in `unit`; None in another currency."""
        b = self.match
        if money_scale(_normal(b.group("u")))[1] != money_scale(_normal(unit))[1]:
            return None
        value = _rescaled(Printed.of(b.group("a")), b.group("u"), unit)
        loss = b.group("s") or b.groupdict().get("word") == "亏损"
        return value.with_sign(-1) if loss else value

    def span(self) -> tuple[int, int]:
        return self.match.span("a")


def _passage_bases(text: str) -> dict[str, Base]:
    """The year before's figure of each line a 上年同期 passage names ('上年同期归属于上市公司股东
    的净利润为-6,731.93万元,扣非净利润为-10,814.44万元'); a line named with two figures has none."""
    found: dict[str, list[Base]] = {}
    for p in _BASE_PASSAGE.finditer(text):
        # (up to the next section, or a digest's next item: '…[10] - 2025年第三季度营业收入为20.03亿元')
        section = _NEXT_SECTION.search(text, p.end())
        item = _NEXT_ITEM.search(text, p.end())
        stop = min(p.end() + BASE_PASSAGE_REACH, section.start() if section else len(text), item.start() if item else len(text))
        # (a 上年同期 within a sentence after a figure is that figure's base, its passage the sentence's rest:
        # '基本每股收益0.09元,上年同期为0.16元。其中,…贡献净利润1.24亿元' names no base of the later profit)
        if re.search(r"\d", re.split(r"[。；;\n]", text[max(0, p.start() - 80):p.start()])[-1]):
            stop = min(stop, _sentence_end(text, p.end()))
        for b in _BASE_AMOUNT.finditer(text, p.end(), stop):
            # not a figure a period is named for in its clause ('预计2024年半年度实现…净利润9526.31万元'),
            # nor the first end of a range
            clause = re.split(r"[。；;,，]", text[p.end():b.start()])[-1]
            if re.search(r"\d{2,}", clause) or _RANGE_NEXT.match(text, b.end()):
                continue
            concept = _concept_before(text, b.start(), since=p.end(), adjacent=True)
            if concept:
                found.setdefault(concept, []).append(Base(b))
    return {concept: figures[0] for concept, figures in found.items()
            if len({(f.match.group("s"), f.match.group("a"), f.match.group("u")) for f in figures}) == 1}


def _passage_base(text: str, bases: dict, concept: Optional[str], at: int) -> Optional[Base]:
    """The passage base of a range's line; where the page names several companies (a morning
    note), only one in the range's own block (another company's 上年同期 is not its base)."""
    base = bases.get(concept) if concept else None
    if base is None or not several_stocks(text):
        return base
    start, end = block_of(text, at)
    return base if start <= base.span()[0] < end else None


def _pairs(amount: Range, change: Range) -> list[tuple[int, int]]:
    """Which end of the change goes with which end of the amount: the larger with the larger (a
    change grows with the amount, whatever order the text prints the ends in: '-11,500万元至-7,700万元,
    同比增亏14.38%至70.83%'). A single figure is a range of one end."""
    if amount.spans[0] == amount.spans[1] or change.spans[0] == change.spans[1]:
        return [(0, 0)]
    by_amount = sorted(range(2), key=lambda i: amount.ends[i].value)
    by_change = sorted(range(2), key=lambda i: change.ends[i].value)
    return [(by_amount[k], by_change[k]) for k in range(2)]


def _claim(text: str, amount: Range, figure: tuple[int, int]) -> str:
    """The text from the range's line or sentence to the end of the figure's, the figure marked."""
    return sentence_marked(text, figure, opens_at=amount.start)


def _cells(page, spans) -> list:
    return [("text", page.number, a, b) for a, b in spans]


_BEST = {"consistent": 0, "rounding": 1, "mismatch": 2, "unverifiable": 3}


def _growths_on_base(page, text, amount: Range, growth: Range, base: Base) -> list[dict]:
    """Each end's change in percent on the year before's figure: (now − before) ÷ |before|."""
    before = base.in_unit(amount.unit)
    if before is None or before.value == 0:
        return []
    out = []
    for i, j in _pairs(amount, growth):
        now, printed = amount.ends[i], growth.ends[j]
        verdict, exact = judge_formula(growth_pct, [now, before], printed)
        claim = _claim(text, amount, growth.spans[j])
        formula = f"({_shown(now)} − {_shown(before)}) ÷ |{_shown(before)}| × 100"
        out.append(make(claim, page.number, formula, {"now": now, "before": before}, printed, exact, "%", verdict,
                        "the year before's figure as the text states it",
                        cells=_cells(page, [growth.spans[j], amount.spans[i], base.span()])))
    return out


def _growths_on_change(page, text, amount: Range, growth: Range, change: Range) -> list[dict]:
    """Each end's change in percent from its change in amount: the base is the amount less it."""
    out = []
    change_of = dict(_pairs(amount, change))
    for i, j in _pairs(amount, growth):
        k = change_of.get(i, 0)
        now, chg, printed = amount.ends[i], change.ends[k], growth.ends[j]
        verdict, exact = judge_formula(lambda a, d: growth_pct(a, a - d), [now, chg], printed)
        claim = _claim(text, amount, growth.spans[j])
        formula = f"{_shown(chg)} ÷ |{_shown(now)} − {_shown(chg)}| × 100"
        out.append(make(claim, page.number, formula, {"now": now, "change": chg}, printed, exact, "%", verdict,
                        "the base is the amount less its change",
                        cells=_cells(page, [growth.spans[j], amount.spans[i], change.spans[k]])))
    return out


def _changes_on_base(page, text, amount: Range, change: Range, base: Base) -> list[dict]:
    """Each end's change in amount on the year before's figure: now − before."""
    before = base.in_unit(amount.unit)
    if before is None:
        return []
    out = []
    for i, k in _pairs(amount, change):
        now, printed = amount.ends[i], change.ends[k]
        verdict, exact = judge_formula(lambda x, y: x - y, [now, before], printed)
        claim = _claim(text, amount, change.spans[k])
        out.append(make(claim, page.number, f"{_shown(now)} − {_shown(before)}", {"now": now, "before": before},
                        printed, exact, amount.unit, verdict, "the year before's figure as the text states it",
                        cells=_cells(page, [change.spans[k], amount.spans[i], base.span()])))
    return out


def _one_base(page, text, amount: Range, growth: Range, before_word: str = "the year before") -> Optional[dict]:
    """With no base printed, the two ends must imply one: the first end's amount and change give
    the year before's figure (a profit, or a loss: whichever its sign allows), and the second
    end's change follows from it. The end printed second is judged."""
    pairs = _pairs(amount, growth)
    (i1, j1), (i2, j2) = sorted(pairs, key=lambda p: growth.spans[p[1]][0])
    a1, g1, a2, printed = amount.ends[i1], growth.ends[j1], amount.ends[i2], growth.ends[j2]
    best = None
    for sign in (1, -1):
        def second(x1, c1, x2, sign=sign):
            before = x1 / (1 + sign * c1 / 100)
            return growth_pct(x2, before)
        try:
            implied = a1.value / (1 + sign * g1.value / 100)
        except ArithmeticError:
            continue
        if implied == 0 or (implied > 0) != (sign > 0):
            continue
        verdict, exact = judge_formula(second, [a1, g1, a2], printed)
        if best is None or _BEST[verdict] < _BEST[best[0]]:
            best = (verdict, exact, implied)
    if best is None:
        return None
    verdict, exact, implied = best
    claim = _claim(text, amount, growth.spans[j2])
    # (a profit or a loss where the range is a profit's; revenue's or a count's is a figure)
    concept = _concept_before(text, amount.start)
    profit = money_scale(amount.unit)[1] in ("元", "美元", "港元", "港币") and (concept is None or "np" in concept or "profit" in concept)
    kind = ("a profit" if implied > 0 else "a loss") if profit else f"{implied:.4g} {amount.unit}"
    formula = (f"before = {_shown(a1)} ÷ (1 + {_shown(g1)}%) ≈ {implied:.4g}; "
               f"({_shown(a2)} − before) ÷ |before| × 100")
    return make(claim, page.number, formula, {"now": a2, "first end": a1, "first change": g1}, printed, exact, "%",
                verdict, f"no base printed: the one the first end implies ({kind} {before_word})",
                cells=_cells(page, [growth.spans[j2], amount.spans[i2], amount.spans[i1], growth.spans[j1]]))


def _shown(p: Printed) -> str:
    return f"{p.value:f}".rstrip("0").rstrip(".") if "." in f"{p.value:f}" else f"{p.value:f}"
