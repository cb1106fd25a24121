"""Check family: shares a text lists by name for parts whose amounts it stated before by the same
names, as a note on a broker's business lines does (or a release naming the parts first, then their shares:
'同城、异地、国际/港澳台快递业务量分别占全部快递业务量的16.3%、81.4%和2.3%', in a counted unit too):

    '1Q25 中信证券实现证券主营业务收入161.1 亿元…各条线业务收入如下:经纪33.3 亿(+36.2%/-6.6%)、投行9.8 亿
     (…)、资管25.6 亿(…)、净利息-2.0 亿(…)、净投资收益89.4 亿(…)。收入结构如下:经纪20.6%、投行6.1%、
     资管15.9%、净利息-1.3%、净投资(剔除其他手续费及长股投)55.5%。'

Each share is its part's amount over a whole the text does not name beside the shares: the parts'
sum, or a total it stated before the parts (here 证券主营业务收入, not the 营收 before it). The whole
is the candidate under which the most shares reproduce — at least three, and all but one; the
shares are then judged against it, so the one that does not is a mismatch. Where no candidate
reproduces that many, the shares are of something the text does not print: nothing is judged."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS
from ..checks import NUDGED_TO_HUNDRED, best_whole, make, marked, money_scale, nudged_to_hundred
from ..sentences import MONEY_AMOUNT, SIGNED_NUM, figure_of, sentence_matches

# a share by name: '经纪20.6%', '净投资(剔除其他手续费及长股投)55.5%', '利息 1.4%'
_ITEM_WORDS = r"[\u4e00-\u9fffA-Za-z]{1,8}\s*(?:[(（][^()（）]{0,20}[)）])?\s*"
_SHARE_ITEM = rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{1,8}})\s*(?:[(（][^()（）]{{0,20}}[)）])?\s*(?P<num>{SIGNED_NUM})\s*%"
# a list of them: '收入结构如下:经纪20.6%、投行6.1%、…', '营收占比:经纪 19.7%、投行 6.6%…'
_SHARES = re.compile(r"(?:收入结构|营收结构|业务结构|收入占比|营收占比|占比)\s*(?:如下|分别为|为)?\s*[:：]?\s*"
                     rf"(?P<list>{_ITEM_WORDS}{SIGNED_NUM}\s*%(?:\s*[、，,;；]\s*{_ITEM_WORDS}{SIGNED_NUM}\s*%){{2,9}})")
_ITEM = re.compile(_SHARE_ITEM)
FEWEST = 3


def find(doc: Document) -> list[dict]:
    return [c for page, s, m in sentence_matches(doc, _SHARES) for c in _judged(page.text, s, m)] + \
        [c for page, s, m in sentence_matches(doc, _NAMES_THEN_SHARES) for c in _judged_listed(page.text, s, m)]


# the parts named first, then their shares listed in that order: '同城、异地、国际/港澳台快递业务量分别占全部快递业务量的
# 16.3%、81.4%和2.3%' — amounts of money or of a counted unit, each stated before under its part's name
# (a name does not end at a '/': '国际/港澳台' is one name)
_NAME = r"[\u4e00-\u9fffA-Za-z/]{1,12}?(?<!/)"
# (a period glued to the first name is none of it: '1-2月份乐透数字型、竞猜型…')
_NAMES_THEN_SHARES = re.compile(
    rf"(?:(?<=\d)(?:月份|月|年度|年|季度))?(?P<names>{_NAME}(?:\s*、\s*{_NAME})+\s*(?:和|及|与|、)\s*{_NAME}|{_NAME}(?:\s*、\s*{_NAME}){{2,}})"
    rf"(?P<measure>[\u4e00-\u9fff]{{0,8}}?)\s*(?:分别占\s*[^，,。；;%％\d]{{0,16}}?\s*(?:的)?\s*(?:比重|比例|份额)?\s*(?:为|是)?"
    # (or 分别 after the share's word: '同城、异地、国际/港澳台快递业务量占全部比例分别为8.9%、88.9%和2.2%')
    rf"|占\s*[^，,。；;%％\d]{{0,16}}?\s*(?:的)?\s*(?:比重|比例|份额)\s*分别\s*(?:为|是))\s*"
    rf"(?P<list>{SIGNED_NUM}\s*[%％]?(?:\s*、\s*{SIGNED_NUM}\s*[%％]?)*\s*(?:和|及|与|、)\s*{SIGNED_NUM}\s*[%％])")
_LISTED_NUM = re.compile(SIGNED_NUM)
# an amount of money or of a counted unit ('66.7亿件', '108.5万吨')
_ANY_AMOUNT = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}|元|美元|港元))"


def _amount_named(text: str, name: str, before: int) -> Optional[re.Match]:
    """The amount stated after the part's name and a few words of its measure ('同城业务量累计完成66.7亿件'), nearest
    before `before`."""
    # (the name may follow its period: '2024年同城快递业务量完成156.4亿件')
    found = list(re.finditer(rf"(?:(?<![\u4e00-\u9fff])|(?<=\d年)|(?<=\d月)|(?<=月份)|(?<=季度)){re.escape(name)}"
                             rf"[\u4e00-\u9fff]{{0,10}}?\s*{_ANY_AMOUNT}", text[:before]))
    return found[-1] if found else None


def _judged_listed(text: str, s, m: re.Match) -> list[dict]:
    names = [n.strip() for n in re.split(r"\s*(?:、|和|及|与)\s*", m.group("names")) if n.strip()]
    lengths = {len(n) for n in names[:-1]}
    if len(lengths) == 1 and len(names[-1]) < (size := lengths.pop()):
        # parallel names of one length: the last is as long, the shortest match left it short ('第一、第二、第三产业…')
        names[-1] += m.group("measure")[:size - len(names[-1])]
    figures = list(_LISTED_NUM.finditer(m.group("list")))
    if len(names) != len(figures) or len(names) < FEWEST - 1:
        return []
    at = s.start + m.start()
    spans = [(m.start("list") + f.start(), m.start("list") + f.end()) for f in figures]
    return _over_the_best_whole(text, s, names, spans, [_amount_named(text, n, at) for n in names],
                                [figure_of(f.group(0)) for f in figures], lambda unit: money_scale(unit)[1], _ANY_AMOUNT,
                                lambda text, t: f"the total {t.group('num')}{t.group('unit')}", max(2, len(names) - 1))


def _currency(unit: str) -> str:
    """A money unit's currency; a bare scale ('33.3 亿') is of yuan."""
    return money_scale(unit)[1] or "元"


def _amount_of(text: str, name: str, before: int) -> Optional[re.Match]:
    """The amount printed right after the part's name (or a longer name it opens: 净投资 for 净投资收益),
    nearest before `before`."""
    found = list(re.finditer(rf"(?<![\u4e00-\u9fff]){re.escape(name)}[\u4e00-\u9fff]{{0,4}}?\s*(?:为|实现|达)?\s*{MONEY_AMOUNT}",
                             text[:before]))
    return found[-1] if found else None


def _judged(text: str, s, m: re.Match) -> list[dict]:
    at = s.start + m.start("list")
    items = list(_ITEM.finditer(s.text, m.start("list"), m.end("list")))
    parts = [_amount_of(text, i.group("name"), at) for i in items]
    return _over_the_best_whole(text, s, [i.group("name") for i in items], [i.span("num") for i in items], parts,
                                [figure_of(i.group("num")) for i in items], _currency, MONEY_AMOUNT, _named_total,
                                max(FEWEST, len(items) - 1))


def _named_total(text: str, t: re.Match) -> str:
    """A stated total by the words before it ('证券主营业务收入 161.1')."""
    name = re.search(r"([\u4e00-\u9fffA-Za-z]{2,12})\s*(?:为|达|实现)?\s*$", text[max(0, t.start() - 14):t.start()])
    words = re.split(r"实现|录得|公司", name.group(1))[-1] if name else ""
    return f"{words or 'the total'} {t.group('num')}"


def _over_the_best_whole(text: str, s, names: list[str], spans: list[tuple[int, int]], parts: list, shares: list,
                         kind, amount: str, label_of, fewest: int) -> list[dict]:
    """Each share (its figure at `spans` in the sentence) of its part's amount (`parts`, matches of the page's text) over
    the whole the most of them reproduce — the parts' sum, or one of the two totals of their kind (`kind` of a unit: a
    currency, a counted unit's noun) the text states last before them, each named by `label_of` — where at least
    `fewest` do; nothing where fewer do, or a part's amount is not printed, or the parts are of two kinds."""
    if any(p is None for p in parts) or len({kind(p.group("unit")) for p in parts}) != 1:
        return []  # a share whose part's amount is not printed, or parts in two currencies
    amounts = [figure_of(p.group("num")).times(money_scale(p.group("unit"))[0]) for p in parts]
    first = min(p.start() for p in parts)
    # the wholes a text may mean: the parts' sum, and the totals it stated before the parts (nearest first)
    wholes = [("the parts' sum", Printed(sum(a.value for a in amounts), sum(a.step for a in amounts)), None)]
    stated = [t for t in re.finditer(amount, text[:first]) if kind(t.group("unit")) == kind(parts[0].group("unit"))]
    for t in reversed(stated[-2:]):
        whole = figure_of(t.group("num")).times(money_scale(t.group("unit"))[0])
        if whole.value > max(a.value for a in amounts):
            wholes.append((label_of(text, t), whole, t))
    fits, (label, whole, t), verdicts = best_whole(amounts, shares, wholes)
    if fits < fewest:
        return []  # the shares are of a whole the text does not print
    out = []
    for name, (a, b), part, amount_, share, (verdict, exact) in zip(names, spans, parts, amounts, shares, verdicts):
        note = f"the whole is {label}: the one most of the shares reproduce"
        if verdict == "mismatch" and nudged_to_hundred(shares, exact, share):
            verdict, note = "rounding", f"{note}; {NUDGED_TO_HUNDRED}"
        cells = [("text", s.page, s.start + a, s.start + b), ("text", s.page, part.start("num"), part.end("num"))]
        if t is not None:
            cells.append(("text", s.page, t.start("num"), t.end("num")))
        out.append(make(marked(s.text, a, b), s.page, f"{name} {part.group('num')} ÷ {label} × 100",
                        {name: amount_.value, "whole": whole.value}, share, exact, "%", verdict, note, cells=cells))
    return out
