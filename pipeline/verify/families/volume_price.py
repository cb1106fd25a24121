"""Check family: a revenue's growth split into volume and price (量价拆分) — '中高档酒类实现营收
152.13亿元,同比17.12%,量价分别同比+25.71%/-6.84%', '收入内生同比下降15.1%,其中销量内生同比下降11.4%,
吨价内生同比下降4.1%': (1 + the volume's growth) × (1 + the price's growth) − 1 is the revenue's.

Which revenue: the last revenue growth before the split in its sentence, of the part the split
names where it names one ('24年酱油量/价分别同比+1.3%/-5.0%' after '酱油/食醋营收分别为19.6/3.7亿元
分别同比-3.8%/-12.5%': the first of the list). A split with no revenue growth before it in its
sentence gives no check (the revenue it divides may be stated anywhere, of any part); so does a
split of contributions ('量价分别贡献6/4个百分点' are added, not multiplied, and are points).

A part's volume, price and revenue growths may also be stated apart, each naming the part ('全球智能手机
出货量41.8百万台,…但按年增长3.0% [3] - 智能手机平均售价(ASP)按年增长5.8%至1,210.6元 [3] - 智能手机业务收入按年
增长8.89%至506.12亿元'): judged where the page states each once for the part (or the revenue's again with the
same figure, as a headline does) and names no other period between them; a growth said against the quarter
before (环比, 上季) is none of them."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, money_scale, sentence_marked
from ..sentences import DOWN, PERIOD_LIKE, UP, WRAPPED_MOVE, figure_of, page_sentences, signed_by

_NUM = r"\d+(?:\.\d+)?"
_SIGN = r"[+＋\-−－]?"
# how a growth is said between its basis and its figure ('同比增长', '内生同比下降', '同比 + ', 'yoy')
_WAY = r"(?:内生|表观|可比)?\s*(?:同比|yoy|YoY|按年)\s*(?:分别)?\s*(?:微增|微降|增长|增加|提升|上升|上涨|下降|下滑|减少|降低|下跌|回落|增|降)?\s*(?:了|约)?\s*"
_VOLUME = r"销量|销售量|量"
_PRICE = r"吨价|均价|单价|售价|ASP|价格|价"
# '量价分别同比+25.71%/-6.84%', '量/价分别同比 + 14.4%、 - 10.2%', '销量/吨价分别同比+1.3%/-5.0%'
_LISTED = re.compile(rf"(?P<vol>{_VOLUME})\s*[/、和与及]?\s*(?P<price>{_PRICE})\s*(?:分别)?\s*(?:{_WAY})?(?:分别)?\s*(?:为|:|：)?\s*"
                     rf"(?P<v>{_SIGN}\s*{_NUM})\s*%\s*[/、,，和及]\s*(?P<p>{_SIGN}\s*{_NUM})\s*%")
# '销量同比增长13.3%,吨价同比下降12.7%', '实现销量23.48万吨,同比增长5.26%;实现吨价3712.99元,同比增长7.14%'
# (a market's retail volume and average price too, each with its figure before its growth: '零售量18898 万台,同比上涨0.2%;
# 均价196 元,同比下降4.8%' after '零售额371 亿元,同比下降4.6%')
_ONE_BY_ONE = re.compile(rf"(?P<vol>销量|销售量|零售量)[^%。；;]{{0,20}}?{_WAY}(?P<v>{_SIGN}\s*{_NUM})\s*%\s*[,，;；]\s*"
                         rf"(?:其中|实现)?\s*(?P<price>{_PRICE})(?:[^%。；;,，]{{0,14}}?[,，])?[^%。；;,，]{{0,14}}?{_WAY}(?P<p>{_SIGN}\s*{_NUM})\s*%")
# the revenue growth the split divides: '营收152.13亿元,同比17.12%', '收入同比下降1.1%', and a list's
# '酱油/食醋营收分别为19.6/3.7亿元 分别同比 - 3.8%/ - 12.5%'
_REVENUE = re.compile(rf"(?P<what>营业总收入|营业收入|营收|收入|销售额|零售额|销售收入)[^%。]{{0,30}}?{_WAY}"
                      rf"(?P<g>{_SIGN}\s*{_NUM})\s*%(?P<more>(?:\s*[/、]\s*{_SIGN}\s*{_NUM}\s*%)*)")
# what a split's contributions say: points added, not growths multiplied
_CONTRIBUTION = re.compile(r"贡献|拉动|影响")
# a period named between the revenue and the split ('2024年', '24年', '25Q1'): the split's own, which must be the revenue's
_PERIOD = re.compile(rf"{PERIOD_LIKE.pattern}|(?<![\d.])\d{{2}}(?=\s*年)")
# words before a part's name that are no part of it
_LEAD = re.compile(r"^(?:其中|拆分|来看|主要系|主要是|主要由于|得益于|受益于|源于|分产品|产品|公司|实现|全年|上半年|下半年|单季度?|前三季度)+")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        judged: set[int] = set()  # where the revenue growths a one-sentence split judged stand
        for s in page_sentences(page):  # (each page split into sentences once, for both forms of a split)
            for m in [*_LISTED.finditer(s.text), *_ONE_BY_ONE.finditer(s.text)]:
                if _CONTRIBUTION.search(m.group(0)) or re.match(r"\s*(?:个?百分点|pct|pp)", s.text[m.end():]):
                    continue
                found = _revenue_growth(s.text, m.start(), _part(s.text, m.start()))
                if found is not None:
                    out.append(_judged(page, s, m, *found))
                    judged.add(s.start + found[1][0])
            out += _counted(page, s)
        out += _stated_apart(page, judged)
        out += _parts_listed(page)
        out += [_item_split(page, m) for m in _ITEM_SPLIT.finditer(page.text)]
    return out


# a results digest's item on one product, each measure's move then its level, in turn: '金锭:营业额下降26.7%至40.63亿元,
# 销量减少39.2%至7914公斤;平均售价则增长20.5%至每公斤51万元' (the same period a year before, as such a digest compares)
# (a wrapped line may split the verb, '则增 加28.3%'; a level may print thousands, '至13,350公斤')
_MOVE = rf"\s*(?P<{{d}}>{WRAPPED_MOVE})\s*(?:了)?\s*(?P<{{n}}>{_NUM})\s*%\s*至\s*(?:每\S{{{{1,2}}}}?\s*)?[\d,.]+[^，,；;。%\d]{{{{0,12}}}}"
_ITEM_SPLIT = re.compile(rf"(?:营业额|营业收入|收入|营收){_MOVE.format(d='rd', n='r')}[，,；;]\s*(?:销量|销售量){_MOVE.format(d='vd', n='v')}"
                         rf"[，,；;]\s*(?:平均)?(?:售价|均价|价格)\s*(?:则)?{_MOVE.format(d='pd', n='p')}")


def _item_split(page, m: re.Match) -> dict:
    cells = [("text", page.number, m.start(g), m.end(g)) for g in ("r", "v", "p")]
    volume, price, revenue = (signed_by(figure_of(m.group(g)), re.sub(r"\s", "", m.group(d)))
                              for g, d in (("v", "vd"), ("p", "pd"), ("r", "rd")))
    return _split_checked(sentence_marked(page.text, m.span("r")), page.number, volume, price, revenue, (None, None), cells,
                          "the revenue's growth from its volume's and its price's, stated in turn in one item")


# parts' splits listed part by part, their names slashed once: '护肤/美妆/洗护产品均价分别同减22%/11%/1%,销量分别同增
# 2%/13%/139%' after '护肤/美妆/洗护营收分别同比-20%/+1%/+138%至13.16/2.36/1.79亿元' — each part's revenue growth from its own
_PART_NAMES = r"(?P<names>[\u4e00-\u9fffA-Za-z]{1,6}?(?:\s*/\s*[\u4e00-\u9fffA-Za-z]{1,6}?){1,5})"
# (a word, never a sign: a sign is each figure's own, '同比-20%/+1%/+138%')
_A_DIRECTION = r"(?:同比)?\s*(?P<{g}>同增|同减|同降|同升|增长|上升|提升|增加|上涨|下降|下滑|减少|降低|回落|下跌|增|减|降)?\s*(?:了|约)?\s*"
_A_LIST = rf"(?P<{{g}}>{_SIGN}\s*{_NUM}\s*%(?:\s*/\s*{_SIGN}\s*{_NUM}\s*%){{{{1,5}}}})"
_PARTS_SPLIT = re.compile(
    rf"{_PART_NAMES}\s*(?:产品|业务|品类|类)?\s*(?P<first>{_PRICE}|{_VOLUME})\s*分别\s*{_A_DIRECTION.format(g='d1')}{_A_LIST.format(g='l1')}"
    rf"\s*[,，;；]?\s*(?:而|但)?\s*(?P<second>{_PRICE}|{_VOLUME})\s*分别\s*{_A_DIRECTION.format(g='d2')}{_A_LIST.format(g='l2')}")
_PARTS_REVENUE = re.compile(rf"{_PART_NAMES}\s*(?:产品|业务|品类|类)?\s*(?:营收|收入|营业收入|销售额)\s*分别\s*"
                            rf"{_A_DIRECTION.format(g='d')}{_A_LIST.format(g='l')}")


# (or the parts' amounts first, their growths after: '家装墙面漆/工程墙面漆收入分别为15.7/18.0亿元,同比+8.4%/-2.3%')
_PARTS_AMOUNTS_THEN_GROWTHS = re.compile(
    rf"{_PART_NAMES}\s*(?:产品|业务|品类|类)?\s*(?:营收|收入|营业收入|销售额)\s*分别\s*(?:为|是|达)?\s*"
    rf"{_NUM}(?:\s*/\s*{_NUM}){{1,5}}\s*(?:亿|万)?元?\s*[,，]?\s*(?:分别)?\s*{_A_DIRECTION.format(g='d')}{_A_LIST.format(g='l')}")
# a split naming no parts, its lists in the parts' order the revenues named them ('…收入分别为15.7/18.0亿元,同比+8.4%/-2.3%;
# 销量同比+5.4%/+6.7%,均价同比+2.8%/-8.4%'), each list said on the year before
_UNNAMED_SPLIT = re.compile(
    rf"(?<![\u4e00-\u9fffA-Za-z/])(?P<first>{_PRICE}|{_VOLUME})\s*(?:分别)?\s*(?:同比|yoy|YoY)\s*{_A_DIRECTION.format(g='d1')}{_A_LIST.format(g='l1')}"
    rf"\s*[,，;；]?\s*(?:而|但)?\s*(?P<second>{_PRICE}|{_VOLUME})\s*(?:分别)?\s*(?:同比|yoy|YoY)\s*{_A_DIRECTION.format(g='d2')}{_A_LIST.format(g='l2')}")


def _signed_list(m: re.Match, direction: str, group: str) -> list[tuple[Printed, tuple[int, int]]]:
    """A list's figures, each signed by its own sign or by the list's direction word ('同减22%/11%/1%'), with
    where each stands in the match's text."""
    word = m.group(direction) or ""
    word = word[1:] if word.startswith("同") and len(word) == 2 else word
    at = m.start(group)
    return [(signed_by(figure_of(re.sub(r"\s+", "", x.group(0))), word), (at + x.start(), at + x.end()))
            for x in re.finditer(rf"{_SIGN}\s*{_NUM}(?=\s*%)", m.group(group))]


def _names(m: re.Match) -> list[str]:
    """The parts a list names, the words before the first that are no part of it left out ('公司护肤')."""
    names = [n.strip() for n in m.group("names").split("/")]
    return [_LEAD.sub("", names[0]) or names[0]] + names[1:]


def _parts_listed(page) -> list[dict]:
    out = []
    text = page.text
    sentences = page_sentences(page)
    for i, s in enumerate(sentences):
        for m in [*_PARTS_SPLIT.finditer(s.text), *_UNNAMED_SPLIT.finditer(s.text)]:
            if re.fullmatch(_VOLUME, m.group("first")) == re.fullmatch(_VOLUME, m.group("second")) is not None:
                continue  # two prices or two volumes: no split
            before = sentences[i - 1] if i else s
            window = text[before.start:s.start + m.start()]
            listed = [*_PARTS_REVENUE.finditer(window), *_PARTS_AMOUNTS_THEN_GROWTHS.finditer(window)]
            if "names" in m.re.groupindex:
                names = _names(m)
                revenues = [r for r in listed if _names(r) == names]
            else:  # (the parts the last revenue list before it names, as many as its lists have figures)
                revenues = sorted((r for r in listed if len(_names(r)) == len(_signed_list(m, "d1", "l1"))), key=lambda r: r.start())
                names = _names(revenues[-1]) if revenues else []
            if not revenues:
                continue
            r = revenues[-1]
            grown = _signed_list(r, "d", "l")
            first, second = _signed_list(m, "d1", "l1"), _signed_list(m, "d2", "l2")
            if not len(grown) == len(first) == len(second) == len(names):
                continue
            volumes, prices = (first, second) if re.fullmatch(_VOLUME, m.group("first")) else (second, first)
            for name, (g, g_at), (v, v_at), (p, p_at) in zip(names, grown, volumes, prices):
                verdict, exact = judge_formula(lambda x, y: ((1 + x / 100) * (1 + y / 100) - 1) * 100, [v, p], g)
                a, b = before.start + g_at[0], before.start + g_at[1]
                claim = marked(text[before.start:s.start + len(s.text)], a - before.start, b - before.start)
                out.append(make(claim, page.number, f"{name}: (1 + 销量增速) × (1 + 价格增速) − 1",
                                {f"{name}销量增速": v, f"{name}价格增速": p}, g, exact, "%", verdict,
                                cells=[("text", page.number, a, b), ("text", page.number, s.start + v_at[0], s.start + v_at[1]),
                                       ("text", page.number, s.start + p_at[0], s.start + p_at[1])]))
    return out


# an amount spent split into how many spent and how much each spent (a store's, a market's sales): '国庆假期
# 海南离岛免税销售金额、购物人数、人均购物金额同比分别增长13.6%、3.2%、10%', '海南免税行业销售额同比减少2.63%,购物
# 人次减少14.26%,但客单价同比增加13.56%' — (1 + the amount's growth) ÷ (1 + the count's) − 1 is the average's
_AMOUNT_SPENT = r"销售金额|销售额|成交额|交易额|购物金额|消费金额|GMV"
_COUNT = r"购物人数|购物人次|消费人数|消费人次|客流量?|进店人数|订单量|订单数|人次|人数"
_AVERAGE = r"人均(?:购物|消费)?(?:金额|额)?|客单价|笔单价"
_COUNTED_LISTED = re.compile(rf"(?P<a>{_AMOUNT_SPENT})\s*[、/和及]\s*(?P<c>{_COUNT})\s*[、/和及]\s*(?P<p>{_AVERAGE})\s*"
                             rf"(?:{_WAY})?(?:分别)?\s*(?:{_WAY})?\s*(?P<ga>{_SIGN}\s*{_NUM})\s*%\s*[、/,，和及]\s*"
                             rf"(?P<gc>{_SIGN}\s*{_NUM})\s*%\s*[、/,，和及]\s*(?P<gp>{_SIGN}\s*{_NUM})\s*%")
_COUNTED_ONE_BY_ONE = re.compile(
    rf"(?P<a>{_AMOUNT_SPENT})[^%。；;]{{0,12}}?(?:{UP}|{DOWN}|增|减)\s*(?P<ga>{_NUM})\s*%\s*[,，;；]\s*(?:而|但|其中)?\s*"
    rf"(?P<c>{_COUNT})[^%。；;,，]{{0,12}}?(?:{UP}|{DOWN}|增|减)\s*(?P<gc>{_NUM})\s*%\s*[,，;；]\s*(?:而|但|其中)?\s*"
    rf"(?P<p>{_AVERAGE})[^%。；;,，]{{0,12}}?(?:{UP}|{DOWN}|增|减)\s*(?P<gp>{_NUM})\s*%")


def _counted(page, s) -> list[dict]:
    """The average's growth in each amount = count × average a sentence states by growths alone (see above)."""
    out = []
    for m in [*_COUNTED_LISTED.finditer(s.text), *_COUNTED_ONE_BY_ONE.finditer(s.text)]:
        if _AGAINST_LAST_QUARTER.search(m.group(0)) and not _YEAR_ON_YEAR.search(m.group(0)):
            continue
        # (each figure signed by the direction said before it: its own, or the list's one '分别增长')
        amount, count, average = (_signed(m.group(g), s.text[m.start():m.start(g)]) for g in ("ga", "gc", "gp"))
        verdict, exact = judge_formula(lambda a, c: ((1 + a / 100) / (1 + c / 100) - 1) * 100, [amount, count], average)
        cells = [("text", page.number, s.start + m.start(g), s.start + m.end(g)) for g in ("gp", "ga", "gc")]
        out.append(make(marked(s.text, m.start("gp"), m.end("gp")), page.number,
                        f"{m.group('p')} growth = (1 + {m.group('a')} growth) ÷ (1 + {m.group('c')} growth) − 1",
                        {f"{m.group('a')} growth": amount, f"{m.group('c')} growth": count}, average, exact, "%", verdict,
                        "", cells=cells))
    return out


# a part's growth of one measure, its name right before the measure's word, its direction right before the figure
# ('智能手机平均售价(ASP)按年增长5.8%', '智能手机的ASP由2024年第三季度的每部1,102.2元下降3.6%')
_MEASURES = {"volume": r"出货量|销量|交付量", "price": r"平均售价|ASP|均价", "revenue": r"(?:业务)?(?:销售)?(?:收入|营收)"}
_APART = {kind: re.compile(rf"(?P<part>[\u4e00-\u9fffA-Za-z]{{2,8}}?)(?:的)?(?:{words})(?:\s*[(（][^()（）]{{0,10}}[)）])?"
                           rf"(?P<between>[^。；;%\[\]]{{0,40}}?)(?P<dir>{UP}|{DOWN}|增|减|降|升)\s*(?P<num>{_NUM})\s*%")
          for kind, words in _MEASURES.items()}
# words before a part's name that are no part of it ('全球智能手机', '期内公司')
_APART_LEAD = re.compile(r"^(?:期内|公司|全球|其中|当中|以及|同时|而|但)+")
_YEAR_ON_YEAR = re.compile(r"按年|同比|yoy|YoY")
_AGAINST_LAST_QUARTER = re.compile(r"环比|按季|上季|上一季度?|较上")


def _stated_apart(page, judged: set[int]) -> list[dict]:
    """The checks of parts whose volume, price and revenue growths the page states apart (see the module's note),
    but for a revenue growth a one-sentence split has judged (`judged`: where those growths stand)."""
    text = page.text
    found: dict[str, list[tuple[str, re.Match]]] = {}
    for kind, pattern in _APART.items():
        for m in pattern.finditer(text):
            part = _APART_LEAD.sub("", m.group("part"))
            against = m.group("between")
            if len(part) < 2 or (not _YEAR_ON_YEAR.search(against) and _AGAINST_LAST_QUARTER.search(against)):
                continue
            found.setdefault(kind, []).append((part, m))
    out = []
    for part in {p for p, _ in found.get("volume", [])}:
        of = {kind: [m for p, m in found.get(kind, []) if p.endswith(part) or part.endswith(p)] for kind in _MEASURES}
        if len(of["volume"]) != 1 or len(of["price"]) != 1 or not of["revenue"]:
            continue
        volume, price = of["volume"][0], of["price"][0]
        if len({_signed(r.group("num"), r.group("dir")).value for r in of["revenue"]}) != 1:
            continue  # two revenue growths of the part: which one the split divides is not said
        revenue = min(of["revenue"], key=lambda r: abs(r.start() - volume.start()))
        if revenue.start("num") in judged:
            continue
        matches = sorted((volume, price, revenue), key=lambda x: x.start())
        between = "".join(text[a.end():b.start()] for a, b in zip(matches, matches[1:]))
        if _PERIOD.search(re.sub(r"[(（][^()（）]*[)）]", "", between)):
            continue  # another period named between them: not one period's split
        out.append(_judged_apart(page, volume, price, revenue))
    return out


def _judged_apart(page, volume: re.Match, price: re.Match, revenue: re.Match) -> dict:
    cells = [("text", page.number, m.start("num"), m.end("num")) for m in (revenue, volume, price)]
    currencies = _currency_near(page.text, price.start("num"), price.end()), _currency_near(page.text, revenue.start("num"), revenue.end())
    return _split_checked(sentence_marked(page.text, revenue.span("num")), page.number,
                          *(_signed(m.group("num"), m.group("dir")) for m in (volume, price, revenue)), currencies, cells,
                          "the revenue's growth from its volume's and its price's, each stated apart")


FORMULA = "revenue growth = (1 + volume growth) × (1 + price growth) − 1"


def _split_checked(claim: str, page: int, volume: Printed, price: Printed, revenue: Printed,
                   currencies: tuple[Optional[str], Optional[str]], cells: list, note: str) -> dict:
    """The check of a revenue's growth against its volume's and price's, unless the price is in another currency."""
    if _differ(*currencies):
        return make(claim, page, FORMULA, {}, revenue, None, "%", "unverifiable",
                    f"the price in {currencies[0]} and the revenue in {currencies[1]}: their growths differ by the exchange "
                    f"rate's move", cells=cells)
    verdict, exact = judge_formula(lambda v, p: ((1 + v / 100) * (1 + p / 100) - 1) * 100, [volume, price], revenue)
    return make(claim, page, FORMULA, {"volume growth": volume, "price growth": price}, revenue, exact, "%", verdict, note,
                cells=cells)


# the currency a growth's figure is in, said right after it ('下降13.9%至69.15美元', '增长8.89%至506.12亿元') or
# just before ('实现吨价3712.99元,同比增长7.14%'): a price in dollars grows apart from revenue in yuan by the rate's change
_MONEY = r"(?P<unit>(?:万亿|亿|千万|百万|万|千)?\s*(?:美元|港元|港币|欧元|日元|元))"
_CURRENCY_AFTER = re.compile(rf"\s*(?:至|到|为)\s*(?:每\S{{0,2}}?\s*)?[\d,.]+\s*{_MONEY}")
_CURRENCY_BEFORE = re.compile(rf"[\d,.]+\s*{_MONEY}[^，,。；;%\d]{{0,8}}[，,]?[^，,。；;%\d]{{0,10}}$")


def _differ(price: Optional[str], revenue: Optional[str]) -> bool:
    """Whether the price's currency is not the revenue's: both said and unlike, or the price in a foreign currency
    where the revenue's is not said (a mainland company's revenue is in yuan)."""
    return price != revenue and (price not in (None, "元") or (price is not None and revenue is not None))


def _currency_near(text: str, start: int, end: int) -> Optional[str]:
    """The currency word the growth at `start`…`end` is of, where its figure says one (money_scale's: '港币' is 港元), else None."""
    found = _CURRENCY_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text, max(0, start - 30), start)
    return money_scale(re.sub(r"\s", "", found.group("unit")))[1] if found else None


def _part(text: str, at: int) -> str:
    """The part a split names right before its volume word ('24年酱油量价' → 酱油), '' if none."""
    words = re.search(r"[\u4e00-\u9fff]*$", text[max(0, at - 12):at]).group(0)
    return _LEAD.sub("", words)


def _revenue_growth(text: str, before: int, part: str) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The growth of the revenue of `part` (or of the sentence's subject) stated last before `before`, in
    the period the split names if it names one."""
    found = [r for r in _REVENUE.finditer(text, 0, before)]
    for r in reversed(found):
        lead = re.search(r"[\u4e00-\u9fff/、]*$", text[max(0, r.start() - 20):r.start()]).group(0)
        names = re.split(r"[/、]", re.sub(r"(?:分别|实现|的)+$", "", lead))
        figures = [(r.group("g"), r.span("g"))] + [
            (x.group(0), (r.start("more") + x.start(), r.start("more") + x.end()))
            for x in re.finditer(rf"{_SIGN}\s*{_NUM}", r.group("more") or "")]
        if len(figures) > 1:  # a list of parts' growths: the part's own, by its place in the list of names
            place = next((i for i, n in enumerate(names) if part and n and (n.endswith(part) or part.endswith(n))), None)
            if len(names) != len(figures) or place is None:
                continue
            num, span = figures[place]
        else:
            if part and part not in text[max(0, r.start() - 20):r.end()]:
                continue  # another part's revenue (or the company's): not what the split divides
            num, span = figures[0]
        named = [m.group(0) for m in _PERIOD.finditer(text, r.end(), before)]  # the last: the split's own
        if named and not _periods(named[-1]) <= _periods(text[max(0, r.start() - 30):r.start()]):
            continue  # the split is of another period ('25Q1酱油收入…下降4.7% … 2024年酱油量价分别…')
        return _signed(num, text[r.end("what"):span[0]]), span
    return None


def _periods(text: str) -> set[str]:
    """The periods `text` names, a year as its last two digits ('2024' and '24年' alike)."""
    return {re.sub(r"\s", "", re.sub(r"^(?:19|20)(?=\d\d$)", "", m.group(0))) for m in _PERIOD.finditer(text)}


def _signed(num: str, words: str) -> Printed:
    """A growth as printed ('- 3.8', '+25.71', '下降1.1' with its word before it), signed."""
    bare = re.sub(r"\s", "", num).replace("－", "-").replace("＋", "+")
    if bare[0] in "+-−":
        return figure_of(bare)
    said = re.findall(rf"{DOWN}|{UP}|减|降|增", words[-8:])
    return signed_by(figure_of(bare), said[-1] if said else None)


def _judged(page, s, m: re.Match, revenue: Printed, span: tuple[int, int]) -> dict:
    volume = _signed(m.group("v"), s.text[m.end("vol"):m.start("v")])
    price = _signed(m.group("p"), s.text[m.end("price"):m.start("p")])
    currencies = (_currency_near(s.text, m.start("p"), _past_percent(s.text, m.end("p"))),
                  _currency_near(s.text, span[0], _past_percent(s.text, span[1])))
    cells = [("text", page.number, s.start + a, s.start + b) for a, b in (span, m.span("v"), m.span("p"))]
    return _split_checked(marked(s.text, *span), page.number, volume, price, revenue, currencies, cells,
                          "the revenue's growth from its volume's and its price's")


def _past_percent(text: str, at: int) -> int:
    """Where a figure's percent sign ends, from the figure's end."""
    sign = re.match(r"\s*[%％]", text[at:])
    return at + sign.end() if sign else at
