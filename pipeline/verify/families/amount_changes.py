"""Check family: an amount a sentence states with its change in amount and in percent after it —
'营业收入达4921.15亿元,同比增加130.10亿元,增长2.72%', '归母净利润124.8亿元,同比减少21.3亿元(-15%)',
'自产煤销量3434万吨,同比+15万吨(+0.4%),环比-9万吨(-0.3%)'. The base is the amount less its change,
so the percent is the change over it: 21.3 ÷ (124.8 + 21.3). One amount may carry several changes
(同比, then 环比), and a slash list of amounts its changes item by item ('动力煤/炼焦煤销量3183/251万吨,
同比+47/-32万吨(+1%/-11%)'). The change must be in the amount's unit and go the way its percent
goes where both are signed in words; a change with no sign and no direction word, or a base the
change leaves at zero or below, is no claim of this family."""
from __future__ import annotations

import re

from ...document import Document
from ..checks import judge_formula, make, marked, money_scale, sentence_marked
from . import stated_change
from ..sentences import BUDGET_DOWN, BUDGET_UP, SHORT_NAME_ASIDE, SIGNED_NUM, figure_of, page_sentences

# a unit: a few characters that are neither digits nor punctuation ('亿元', '万吨', '元/吨'); a space
# may stand inside one ('元/ 吨', as a PDF's text sets it)
_UNIT_CHAR = r"[^\d\s，,。；;、：:（）()%％较和与及+＋\-−/]"
_UNIT = rf"{_UNIT_CHAR}(?:\s?(?:/\s?)?{_UNIT_CHAR}){{0,4}}?"
# (stated_change's direction words, and a change in amount's: 多增/少增, a price's 上涨/下跌)
# (and a budget's: '比上年同期增收12543.83亿元,增长32.4%'; a market's 涨/跌 alone: '较前一交易日跌8.05点,跌幅为0.24%')
_UP, _DOWN = f"{stated_change._UP}|多增|上涨|{BUDGET_UP}|涨", f"{stated_change._DOWN}|少增|下跌|{BUDGET_DOWN}|跌"
# the figures of a slash list, each maybe signed: '3183/251', '+47/-32'
_SIGNED = r"[+＋\-−]?\s*\d+(?:,\d{3})*(?:\.\d+)?"
_LIST = rf"{_SIGNED}(?:\s*/\s*{_SIGNED})*"
_PCT_LIST = rf"{_SIGNED}\s*[%％](?:\s*/\s*{_SIGNED}\s*[%％])*"
# a figure's restatement in another unit, in brackets after it ('2802万吨(560.4亿斤)'): no percent, read past
_RESTATED = r"(?:\s*[(（]\s*\d[^()（）%％]{0,16}[)）])?"
# the amount (or amounts) the changes are of
_AMOUNT = re.compile(rf"(?<![\d.,/+＋\-−])(?P<a>{SIGNED_NUM}(?:\s*/\s*{SIGNED_NUM})*)\s*(?P<ua>{_UNIT}){_RESTATED}\s*(?=[，,]|\s*(?:同比|环比|较))")
# one change: its period word (同比, 环比, 较上年…; the first may go without), its direction word or
# sign, its amount in the unit, then its percent in brackets or in a clause of its own
# ('(-15%)', '( -9%/-16% )', ',增长2.72%', ',增幅11.19%')
# (a Hong Kong text's 按年 and 按季 are 同比 and 环比)
# (or a day named as the base: '股东户数为10.26万户,较6月30日减少3.77万户,减幅为26.89%')
# (a base named by its year: '较2024年同期减少17.63亿元', '比2020年增加296.7万吨')
# (or a month: '较9月份日均产量减少0.6万吨/日', '比去年12月下跌10元/吨')
# (the base may be given a short name in brackets: '比上年同期(简称"同比")增加47.79亿元')
_WHEN = r"同比|环比|按年|按季|按月|[较比]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:末)?|[较比]\s*(?:去年|上年)?\s*\d{1,2}\s*月份?(?![\d日])[^\d，,。；;%％]{0,6}?|[较比]\s*\d{4}\s*年\s*(?:同期|末|底|初)?|[较比][^\d，,。；;%％]{1,6}?" + SHORT_NAME_ASIDE
# an amount that is itself a change ('同比+20亿元,环比+5亿元(+3%)'): no amount the next change is of
# the words a percent after the change in amount goes by: a direction, or the rate's own name ('增幅', '增速')
# the words of a direction a rate may be named by ('增长幅度为8.36%', '(增长约95.99%)')
_DIRECTION = "增长|增加|上升|下降|减少|下滑"
# ('增长幅度为8.36%': a direction's 幅度 first, before the direction alone takes its first two characters)
_RATE_WAY = f"(?:{_DIRECTION})幅度|{_UP}|{_DOWN}|增幅|增速|增长率|升幅|涨幅|降幅|减幅|跌幅"
# the words between the rate's way and its figure ('为', '达', '仅为', '约为')
_RATE_IS = r"(?:仅|约)?\s*(?:为|达|了)?"
_A_CHANGE_BEFORE = re.compile(rf"(?:{_WHEN}|{_UP}|{_DOWN})\s*(?:了)?\s*$")
_CHANGE = re.compile(
    rf"\s*(?P<sep>[，,；;])?\s*(?P<when>{_WHEN})?\s*(?P<dir>{_UP}|{_DOWN})?\s*(?:了)?\s*(?:约\s*)?(?P<chg>{_LIST})\s*(?P<uc>{_UNIT}){_RESTATED}\s*"
    # (the bracket may say which way and that it is about: '(增长约95.99%)')
    rf"(?:[(（]\s*(?:(?:{_DIRECTION})\s*)?(?:约\s*)?(?P<pct>{_PCT_LIST})\s*[)）]"
    # (or after an enumeration comma: '比上年增加191.7万千瓦、增长3.5%')
    # (or the direction's first character alone: '比上年末增加379.7万头,增9.8%')
    rf"|[，,、]\s*(?:同比)?\s*(?:大幅|小幅)?\s*(?P<dir2>{_RATE_WAY}|增|减)\s*{_RATE_IS}\s*(?P<pct2>{SIGNED_NUM})\s*[%％])")
# (or its percent first, then its change in amount: '净利润约25.46亿元,同比大幅下滑54.11%,较上年同期减少约30.03亿元'; the
# change may go without its period as a noun, '同比增长35.81%,增长额达276亿元')
_PERCENT_THEN_CHANGE = re.compile(
    rf"\s*(?P<sep>[，,])\s*(?:同比)?\s*(?:大幅|小幅)?\s*(?P<dir2>{_RATE_WAY})\s*{_RATE_IS}\s*"
    rf"(?P<pct2>{SIGNED_NUM})\s*[%％]\s*[，,]\s*(?:(?P<when>{_WHEN})\s*)?(?P<dir>{_UP}|{_DOWN})(?(when)|\s*[额量]\s*(?:为|达到?)?)\s*(?:了)?\s*(?:约\s*)?"
    rf"(?P<chg>{_LIST})\s*(?P<uc>{_UNIT})(?=\s*(?:[，,。；;]|$))")
# a change said on the period just before (the percent before it, of this family's pattern, is on the year before)
_ON_THE_PERIOD_BEFORE = re.compile(r"环比|按季|按月|上月|上季|上周")
# (or its percent, then 或 and its change in amount, two ways of saying one move: '吨煤销售均价540元,同比-13%或-81元')
_PERCENT_OR_CHANGE = re.compile(
    rf"\s*(?P<sep>[，,])\s*(?P<when>{_WHEN})\s*(?P<dir2>{_RATE_WAY})?\s*{_RATE_IS}\s*(?P<pct2>{SIGNED_NUM})\s*[%％]\s*或\s*"
    rf"(?P<dir>{_UP}|{_DOWN})?\s*(?:约\s*)?(?P<chg>{_LIST})\s*(?P<uc>{_UNIT})(?=\s*(?:[，,。；;]|$))")
# (or its percent before it, the amount it went to, then its change in amount: '休闲类产品销售额增长37.4%至37.92亿元,增加10.31亿元')
_PERCENT_TO = re.compile(rf"(?P<dir2>{_RATE_WAY})\s*{_RATE_IS}\s*(?P<pct2>{SIGNED_NUM})\s*[%％]\s*(?:至|到)\s*(?:约\s*)?$")
_THEN_CHANGE = re.compile(rf"\s*(?P<sep>[，,])\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约\s*)?(?P<chg>{_LIST})\s*(?P<uc>{_UNIT})"
                          rf"(?=\s*(?:[，,。；;\[]|$))")


class _Joined:
    """A change read from two matches, the percent before the amount and the change in amount after it, as `_judged`
    reads one: each group from the match that holds it."""

    def __init__(self, percent: re.Match, change: re.Match):
        self.percent, self.change = percent, change

    def _of(self, g):
        return self.percent if g in ("dir2", "pct2") else self.change

    def group(self, g):
        return self._of(g).group(g)

    def groupdict(self):
        return {**self.change.groupdict(), "pct": None, "dir2": self.percent.group("dir2")}

    def start(self, g):
        return self._of(g).start(g)

    def end(self, g=0):
        return self._of(g).end(g) if g else self.change.end()


# (or two changes in amount or more, each on its own base, then their percents listed: '出厂价为336.9元/吨,比上月下跌1.2元/吨,
# 同比下跌11.1元/吨,跌幅分别为0.3%和3.2%')
_BARE_CHANGE = re.compile(rf"\s*(?P<sep>[，,])\s*(?P<when>{_WHEN})\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约\s*)?(?P<chg>{_SIGNED})\s*"
                          rf"(?P<uc>{_UNIT})(?=\s*[，,])")
_RATES_LISTED = re.compile(rf"\s*[，,]\s*(?P<dir2>{_RATE_WAY})\s*分别\s*(?:为|是)?\s*"
                           rf"(?P<pcts>{_SIGNED}\s*[%％]?(?:\s*(?:和|、|及|与)\s*{_SIGNED}\s*[%％]?){{1,3}})\s*[%％]?")


class _Listed:
    """One of the changes a sentence lists before their percents (see `_RATES_LISTED`), read as `_judged` reads one:
    its change from its own match, its percent the list's k-th figure."""

    def __init__(self, change: re.Match, rates: re.Match, k: int):
        self.change, self.rates = change, rates
        self.figure = list(_FIGURE.finditer(rates.group("pcts")))[k]

    def group(self, g):
        return {"pct2": self.figure.group(0), "dir2": self.rates.group("dir2")}.get(g) or self.change.group(g)

    def groupdict(self):
        return {**self.change.groupdict(), "pct": None, "dir2": self.rates.group("dir2")}

    def start(self, g):
        return self.rates.start("pcts") + self.figure.start() if g == "pct2" else self.change.start(g)

    def end(self, g=0):
        return self.rates.start("pcts") + self.figure.end() if g == "pct2" else self.change.end(g)


_FIGURE = re.compile(_SIGNED)
# the words of a daily average right before its figure ('全国水泥日均产量777.4万吨', '日产308.81万吨')
_A_DAILY_AVERAGE = re.compile(r"(?:日均|日产)[\u4e00-\u9fff]{0,6}?\s*(?:为|达到?|约为?)?\s*$")
# a growth rate's own words, and the changes of a flow on the year before's flow: after 多增 or 少增, the rate is
# the balance's (社融存量增速), not the flow's
_RATE_WORDS = ("增速", "增长率")
_FLOW_CHANGES = ("多增", "少增")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for m in _AMOUNT.finditer(s.text):
                if m.group("a")[:1] in "+-−" or _A_CHANGE_BEFORE.search(s.text, max(0, m.start() - 10), m.start()):
                    continue
                at, first = m.end(), True
                # (a change after a ；goes on with the amount only on another base: '…升幅为2.98%;同比下降7.67点')
                while (c := _CHANGE.match(s.text, at)) and (first or c.group("when")) and not (first and c.group("sep") in ("；", ";")):
                    out += _judged(s, m, c)
                    at, first = c.end(), False
                if first:
                    out += _changes_then_rates(s, m, at)
                if first and (c := _PERCENT_THEN_CHANGE.match(s.text, at) or _PERCENT_OR_CHANGE.match(s.text, at)):
                    if c.re is _PERCENT_THEN_CHANGE and _ON_THE_PERIOD_BEFORE.search(c.group("when") or ""):
                        continue  # '同比增速16.7%,环比增长38.4亿元': a change on the quarter before, the percent on the year before
                    out += _judged(s, m, c)
                elif first and (before := _PERCENT_TO.search(s.text, max(0, m.start() - 24), m.start())) \
                        and (c := _THEN_CHANGE.match(s.text, at)):
                    out += _judged(s, m, _Joined(before, c))
        out += _named_changes(page)
        out += _changes_of_a_level_before(page)
    return out


# a change said on its own, of a measure whose level a sentence before states: '…衛生技術人員1124.2萬人。…與上年比較,
# 衛生技術人員增加56.4萬人(增長5.3%)' — the opener names the year before; each clause after it names its measure, its
# change and its percent in brackets
_COMPARED_OPENER = re.compile(r"(?:与|和|同)\s*(?:上年|去年)(?:末|同期)?\s*(?:相比|比较)\s*[，,]")
_NAMED_CHANGE = re.compile(
    rf"\s*[，,]?\s*(?P<name>[\u4e00-\u9fffA-Za-z()（）]{{2,12}}?)\s*(?P<dir>增加|减少)\s*(?:了)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_UNIT})(?=\s*[(（，,。；;]|$)"
    rf"(?:\s*[(（]\s*(?P<way>增长|下降|减少|增加)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]\s*[)）])?")
# how a level is said after its measure's name: '衛生技術人員1124.2萬人', '卫生人员总数为1398.3万人'
_LEVEL = r"\s*(?:总数|总量|数)?\s*(?:为|达到?|共|有|约)?\s*(?P<num>{num})\s*(?P<unit>{unit})"
_LEVEL_AFTER_NAME = _LEVEL + r"(?=\s*[(（，,。；;]|$)"
# …or ending at a space or a note's mark, as a list of levels does ('完成客运量28.3亿人次 进站量16.8亿人次[1]')
_LEVEL_IN_A_LIST = _LEVEL + r"(?=\s|[(（，,。；;\[]|$)"


def _named_changes(page) -> list[dict]:
    """Each change said after '与上年比较' with its percent, judged on the level its measure's name was last given
    before in the page, in one unit: the percent is the change over the level less the change."""
    text, out = page.text, []
    for opener in _COMPARED_OPENER.finditer(text):
        at = opener.end()
        while c := _NAMED_CHANGE.match(text, at):
            at = c.end()
            if c.group("pct") is None:
                continue
            name = c.group("name")
            levels = list(re.finditer(re.escape(name) + _LEVEL_AFTER_NAME.format(num=SIGNED_NUM, unit=_UNIT),
                                      text[:opener.start()]))
            if not levels:
                continue
            if (check := _judged_on_level(page, name, levels[-1], c)) is not None:
                out.append(check)
    return out


# a change in amount and in percent said of a measure with no level in its clause, the level a sentence before states:
# '…完成客运量16.0亿人次,进站量9.7亿人次。3月份,51个城市完成客运量环比增加0.4亿人次、增长2.6%,同比去年3月减少5.7亿人次、
# 下降26.3%' — the measure is the clause's words before the change, its level the last stated of it before, in its unit
_LATER_CHANGE = re.compile(
    rf"(?P<when>环比|同比(?:去年\d{{1,2}}月)?|[较比]\s*(?:上月|上年|去年)(?:同期|末)?|[较比]\s*\d{{4}}\s*年[\u4e00-\u9fff]{{0,8}}?)"
    rf"\s*(?P<dir>增加|减少)\s*(?:了)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_UNIT})\s*[、，,]?\s*"
    rf"(?P<way>增长|下降|降低|减少|增加)\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
_CLAUSE_BREAK = re.compile(r"[，,。；;、:：\-\]\s]")
LEVEL_REACH = 400  # characters before a change its measure's level may stand


def _changes_of_a_level_before(page) -> list[dict]:
    text, out, name, chain_end = page.text, [], None, -1
    for c in _LATER_CHANGE.finditer(text):
        before = text[max(0, c.start() - 16):c.start()]
        words = _CLAUSE_BREAK.split(before)[-1]
        if not words and name and re.fullmatch(r"\s*[，,]?\s*", text[chain_end:c.start()]):
            words = name  # the next change of a chain: '…增长2.6%,同比去年3月减少5.7亿人次、下降26.3%'
        chain_end = c.end()
        level = _level_before(text, words, c) if words else None
        if level is None:
            name = None
            continue
        name, found = level
        if (check := _judged_on_level(page, name, found, c)) is not None:
            out.append(check)
    return out


def _level_before(text: str, words: str, c: re.Match):
    """The measure the words before a change end with (its longest name that a level before states, in the change's
    unit) and that level: (name, match), or None."""
    start = max(0, c.start() - len(words) - LEVEL_REACH)
    for k in range(len(words) - 2 + 1):
        name = words[k:]
        if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name):
            continue
        pattern = re.compile(re.escape(name) + _LEVEL_IN_A_LIST.format(num=SIGNED_NUM, unit=_UNIT))
        levels = [m for m in pattern.finditer(text, start, c.start() - len(words))
                  if money_scale(re.sub(r"\s", "", m.group("unit")))[1] == money_scale(re.sub(r"\s", "", c.group("uc")))[1]]
        if levels:
            return name, levels[-1]
    return None


def _judged_on_level(page, name: str, level: re.Match, c: re.Match):
    """A change with its percent (the match `c`: dir, chg, uc, way, pct) judged on the level before: the percent is
    the change over the level less the change."""
    text = page.text
    unit, change_unit = re.sub(r"\s", "", level.group("unit")), re.sub(r"\s", "", c.group("uc"))
    (level_scale, noun), (change_scale, change_noun) = money_scale(unit), money_scale(change_unit)
    if noun != change_noun:
        return None
    now = figure_of(level.group("num")).times(level_scale)
    change = figure_of(c.group("chg")).times(change_scale)
    falls = c.group("dir") == "减少"
    if c.group("way") and (c.group("way") in ("下降", "减少", "降低")) != falls:
        return None  # '增加…(下降…%)': two ways at once, no claim
    change = change.with_sign(-1) if falls else change
    printed = figure_of(c.group("pct"))
    if falls:
        printed = printed.with_sign(-1) if printed.value > 0 else printed
    if now.value - change.value <= 0:
        return None
    verdict, exact = judge_formula(lambda x, d: d / (x - d) * 100, [now, change], printed)
    size = c.group("chg")
    formula = (f"−{size}{change_unit} ÷ ({level.group('num')}{unit} + {size}{change_unit}) × 100" if falls
               else f"{size}{change_unit} ÷ ({level.group('num')}{unit} − {size}{change_unit}) × 100")
    return make(sentence_marked(text, c.span("pct")), page.number, formula, {"now": now, "change": change},
                printed, exact, "%", verdict, f"the change of {name}, its level as stated before",
                cells=[("text", page.number, *c.span("pct")), ("text", page.number, *level.span("num")),
                       ("text", page.number, *c.span("chg"))])


def _changes_then_rates(s, m: re.Match, at: int) -> list[dict]:
    """Changes in amount listed right after the amount, each on its own base, then their percents in the same order
    (see `_RATES_LISTED`): each judged as if its percent followed it."""
    changes = []
    while c := _BARE_CHANGE.match(s.text, at):
        changes.append(c)
        at = c.end()
    rates = _RATES_LISTED.match(s.text, at) if len(changes) >= 2 else None
    if rates is None or len(_FIGURE.findall(rates.group("pcts"))) != len(changes):
        return []
    return [check for k, c in enumerate(changes) for check in _judged(s, m, _Listed(c, rates, k))]


def _figures(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The figures of a slash list between `start` and `end`, each with where it stands."""
    return [(f.group(0), start + f.start(), start + f.end()) for f in _FIGURE.finditer(text[start:end])]


def _judged(s, m: re.Match, c: re.Match) -> list[dict]:
    """Each item's percent against its amount and change, where the units agree and the lists align."""
    unit, change_unit = re.sub(r"\s", "", m.group("ua")), re.sub(r"\s", "", c.group("uc"))
    if change_unit.endswith("/日") and _A_DAILY_AVERAGE.search(s.text, max(0, m.start() - 12), m.start()):
        change_unit = change_unit[:-2]  # a daily average's change a day: '日均产量777.4万吨,同比增加72.6万吨/日'
    # a change in a smaller unit of the same money ('净利润24.69亿元,较上年同期增加3759万元'): both in whole units
    (amount_scale, currency), (change_scale, change_currency) = money_scale(unit), money_scale(change_unit)
    if not currency and amount_scale > 1:
        currency = change_currency  # a bare scale, its noun said before it: '总诊疗人次84.7亿,比上年增加7.3亿人次'
    if currency != change_currency:
        return []
    amounts = _figures(s.text, m.start("a"), m.end("a"))
    changes = _figures(s.text, c.start("chg"), c.end("chg"))
    group = "pct" if c.groupdict().get("pct") else "pct2"  # (the percent in brackets, else in a clause of its own)
    percents = _figures(s.text, c.start(group), c.end(group))
    if not len(amounts) == len(changes) == len(percents):
        return []
    out = []
    for (a, a0, a1), (chg, c0, c1), (pct, p0, p1) in zip(amounts, changes, percents):
        signed = re.sub(r"\s", "", chg)[:1] in "+＋-−"
        if not signed and not c.group("dir"):
            continue  # '同比15万吨': which way is not said
        change = figure_of(re.sub(r"\s", "", chg).replace("＋", "+"))
        if not signed and stated_change._DOWNWARD.search(c.group("dir")):
            change = change.with_sign(-1)
        falls = change.value < 0
        printed = figure_of(re.sub(r"\s", "", pct).replace("＋", "+"))
        pct_signed = re.sub(r"\s", "", pct)[:1] in "+＋-−"
        # the percent's way: its word where it has one ('增长5%'), else its sign ('同比-13%或-81元')
        pct_falls = bool(stated_change._DOWNWARD.search(c.group("dir2"))) if c.groupdict().get("dir2") else printed.value < 0
        if not pct_signed and (falls if group == "pct" else pct_falls):
            printed = printed.with_sign(-1)
        if group == "pct2" and pct_falls != falls:
            continue  # '减少3亿元,增长5%': two things, not one change
        if group == "pct2" and c.group("dir2") in _RATE_WORDS and (c.group("dir") or "") in _FLOW_CHANGES:
            continue  # '新增社融4.65万亿元,同比多增1.28万亿元,同比增速10.6%': a flow's 多增, then its balance's growth rate
        now = figure_of(a)
        if change_unit != unit:
            now, change = now.times(amount_scale), change.times(change_scale)
        if now.value - change.value <= 0:
            continue  # no base to grow from
        verdict, exact = judge_formula(lambda x, d: d / (x - d) * 100, [now, change], printed)
        cells = [("text", s.page, s.start + p0, s.start + p1), ("text", s.page, s.start + a0, s.start + a1),
                 ("text", s.page, s.start + c0, s.start + c1)]
        size = re.sub(r"^[+＋\-−]\s*", "", chg)
        formula = (f"−{size}{change_unit} ÷ ({a}{unit} + {size}{change_unit}) × 100" if falls
                   else f"{size}{change_unit} ÷ ({a}{unit} − {size}{change_unit}) × 100")
        out.append(make(marked(s.text, p0, p1), s.page, formula, {"now": now, "change": change}, printed, exact, "%",
                        verdict, "", cells=cells))
    return out
