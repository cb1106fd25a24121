"""Check family: a gross margin per unit — per tonne of coal, per tonne of steel, per kWh — against
the price and the cost per unit the text states of the same product and period ('2025Q1-Q3,公司
吨煤售价523元/吨…吨煤成本327元/吨…吨煤毛利196元/吨'): price − cost. Where each of the three states
its change on one base ('同比-39元/吨', '同比-14元/吨', '同比-25元/吨'), the margin's change is the
price's less the cost's.

Which figures are one product's: those whose words before the measure agree once the company's
name for itself and the unit's own word are set aside ('公司吨煤售价' and '吨煤成本' are one; '自产煤
售价' and '自产煤吨煤销售成本' are one; '动力煤售价' is another product's), in one unit, of the period
named last before them in their sentence. A product with two costs (生产成本 and 销售成本) is judged
on neither."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, marked, period_named_before
from ..sentences import SIGNED_NUM, figure_of

# the measures a figure per unit is of, by the part each plays
MEASURES = {"price": "售价|均价|单价|价格|吨价", "cost": "销售成本|营业成本|生产成本|成本", "margin": "毛利"}
_KIND = {word: kind for kind, words in MEASURES.items() for word in words.split("|")}
# what a price per unit is per (the unit's own word, '吨煤', '度电', is set aside from the product's)
_PER = "吨|千瓦时|度|头|平方米|千升|辆|台|片|公斤|桶"
# (and the words naming the whole of what is sold: '商品煤吨销售均价' and '吨成本' are one product's, the company's coal)
_PER_WORDS = re.compile(r"商品煤|煤炭|吨煤|吨钢|吨铝|吨|度电|单位|单吨|平均|每|销售")
# (or the unit said in the words, the figure in plain 元: '吨煤销售均价540元', '吨煤销售成本376元')
_PER_IN_WORDS = {"吨煤": "吨", "吨钢": "吨", "吨铝": "吨", "单吨": "吨", "每吨": "吨", "吨": "吨", "度电": "度"}
_FIGURE = re.compile(
    rf"(?P<words>[\u4e00-\u9fffA-Za-z]{{0,10}}?)(?P<measure>{'|'.join(MEASURES.values())})\s*(?:为|约为?|达到?|是)?\s*"
    # (its change may come first, then the figure it came to: '吨煤毛利同比-27%至164元')
    rf"(?:(?:同比|环比)\s*[+＋\-−]?\d+(?:\.\d+)?\s*%\s*(?:至|到)\s*)?"
    # (in 万元 too: '碳酸锂单吨售价6.16万元/吨')
    rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>万?元\s*/\s*(?:{_PER})|元(?![/\u4e00-\u9fff]))")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
# its change after it, in its unit: ',同比-39元/吨', ',环比+15元/吨'
_CHANGE = re.compile(rf"\s*[，,]\s*(?P<when>同比|环比)\s*(?P<dir>增加|减少|上升|下降|提高|降低)?\s*(?P<chg>{SIGNED_NUM})\s*元\s*/\s*(?:{_PER})")
# a change's percent in brackets after it, passed over to the next change
_BRACKETS = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        figures: dict[tuple, dict[str, list]] = {}
        # (an aside in brackets is set aside, its period too: '均价540元/吨(25年上半年均价439.67元/吨)…吨成本376元/吨'
        # is the nine months' cost, not the half's)
        outside = _ASIDE.sub(lambda b: " " * len(b.group(0)), page.text)
        named, named_end = "", 0  # the product the sentence named last, and where
        for m in _FIGURE.finditer(page.text):
            unit = _unit_of(m)
            if unit is None or outside[m.start("num")] == " ":
                continue
            product = _product(m.group("words"))
            if not product and named and not _SENTENCE_END.search(page.text, named_end, m.start()):
                product = named  # '碳酸锂单吨售价6.16万元/吨,单吨营业成本4.12万元/吨': the product named once, its other figures after it
            named, named_end = product, m.end()
            key = (period_named_before(outside, m.start("measure")), product, unit)
            figures.setdefault(key, {}).setdefault(_KIND[m.group("measure")], []).append(m)
        for (period, product, unit), kinds in figures.items():
            if period is None or not all(len(kinds.get(k, [])) >= 1 for k in MEASURES):
                continue
            if len({m.group("num") for m in kinds["cost"]}) > 1 or len({m.group("num") for m in kinds["price"]}) > 1:
                continue  # two costs or prices of one product and period: which one the margin is over is not said
            price, cost = kinds["price"][0], kinds["cost"][0]
            for margin in {m.group("num"): m for m in kinds["margin"]}.values():
                out.append(_judged(page, margin, price, cost, unit))
                out += _changes(page, margin, price, cost)
    return out


def _unit_of(m: re.Match) -> Optional[str]:
    """'元/吨' as printed, or from the words where the figure is in plain 元 ('吨煤销售均价540元'); None where
    neither says what the figure is per."""
    unit = re.sub(r"\s", "", m.group("unit"))
    if unit != "元":
        return unit
    words = _words(m.group("words"))
    per = next((p for w, p in _PER_IN_WORDS.items() if w in words), None)
    return f"元/{per}" if per else None


def _words(words: str) -> str:
    """A figure's own words: those after the last clause mark or the company's name for itself."""
    return re.split(r"[，,：:；;\s]|公司|集团|其中|实现|完成|对应", words)[-1]


def _product(words: str) -> str:
    """The product a figure's words name, the company's name for itself, the unit's word and a period's tail set aside
    ('2025年上半年碳酸锂单吨售价': 碳酸锂)."""
    return _PERIOD_TAIL.sub("", _PER_WORDS.sub("", _words(words)))


# the words of a period its figures cut off the product's ('年上半年' of '2025年上半年'), and where a sentence ends
_PERIOD_TAIL = re.compile(r"^[年度]*(?:上半年|下半年|前三季度|全年|第?[一二三四]季度|单季度?)?")
_SENTENCE_END = re.compile(r"[。；;\n]")


def _judged(page, margin: re.Match, price: re.Match, cost: re.Match, unit: str) -> dict:
    printed, p, c = figure_of(margin.group("num")), figure_of(price.group("num")), figure_of(cost.group("num"))
    verdict, exact = judge_formula(lambda x, y: x - y, [p, c], printed)
    cells = [("text", page.number, m.start("num"), m.end("num")) for m in (margin, price, cost)]
    return make(marked(page.text, margin.start("num"), margin.end("num")), page.number,
                f"{price.group('measure')} {price.group('num')}{unit} − {cost.group('measure')} {cost.group('num')}{unit}",
                {"price": p, "cost": c}, printed, exact, unit, verdict, "", cells=cells)


def _changes_after(text: str, at: int) -> dict[str, re.Match]:
    """The changes stated right after a figure, by their base ('同比-28元/吨(-13.1%),环比+17元/吨')."""
    out = {}
    while (m := _CHANGE.match(text, at)) and m.group("when") not in out:
        out[m.group("when")] = m
        at = m.end()
        at += len(_BRACKETS.match(text, at).group(0))
    return out


def _changes(page, margin: re.Match, price: re.Match, cost: re.Match) -> list[dict]:
    """The margin's changes against the price's less the cost's, on each base all three state one on."""
    text, out = page.text, []
    stated = [_changes_after(text, m.end()) for m in (margin, price, cost)]
    for when in stated[0]:
        if not all(when in s for s in stated[1:]):
            continue
        found = [s[when] for s in stated]
        values = []
        for f in found:
            value = figure_of(f.group("chg"))
            if f.group("dir") in ("减少", "下降", "降低") and value.value > 0:
                value = value.with_sign(-1)
            values.append(value)
        verdict, exact = judge_formula(lambda x, y: x - y, values[1:], values[0])
        m = found[0]
        unit = re.sub(r"\s", "", text[m.end("chg"):m.end()])
        cells = [("text", page.number, f.start("chg"), f.end("chg")) for f in found]
        out.append(make(marked(text, m.start("chg"), m.end("chg")), page.number,
                        f"{when} change of {price.group('measure')} {found[1].group('chg')} − of {cost.group('measure')} "
                        f"{found[2].group('chg')}", {"price change": values[1], "cost change": values[2]}, values[0], exact,
                        unit, verdict, "", cells=cells))
    return out
