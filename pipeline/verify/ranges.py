"""Figures outside the range their definition allows, as a warning on the report (W017), not a
check: a gross margin or a share stated above 100% (data/ratio_bounds.json; a share of revenue named in
its words, '占冠脉总营收617%'), or revenue said to fall by more than all of it, has no inputs to
recompute, yet cannot be right — and several in one text mean its copy lost its decimal points
('营业收入17328亿元' for 173.28, '毛利率为199%' for 19.9%), so its other figures are not to be trusted
either. verify judges what it can of such a text; this says why a desk should not take the rest."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .. import data_json
from ..document import Document

HUNDRED = Decimal(100)


def _names() -> str:
    """The bounded ratios' names as one alternation, the longest first (毛利润率 before 毛利率)."""
    names = sorted(data_json("ratio_bounds.json")["at_most_100"], key=len, reverse=True)
    return "|".join(map(re.escape, names))


@lru_cache(maxsize=1)
def _level() -> re.Pattern:
    # the ratio's name, a few words of how it stands ('同比提升1.2个百分点至', '为', '达'), its level in percent
    return re.compile(rf"(?P<name>{_names()})\s*(?:[^\d，,。；;%]{{0,12}}?至|为|达到?|约为?|是)?\s*"
                      rf"(?P<num>\d+(?:\.\d+)?)\s*%(?!\s*[-–~～至到]\s*\d)")


@lru_cache(maxsize=1)
def _levels() -> re.Pattern:
    """A ratio's levels listed: '毛利率分别为42.1%、34.6%、27.9%'."""
    return re.compile(rf"(?P<name>{_names()})\s*分别\s*(?:为|是|达到?)?\s*"
                      rf"(?P<nums>\d+(?:\.\d+)?\s*%(?:\s*[、/，,和及]\s*\d+(?:\.\d+)?\s*%)+)")


# a part's share of a revenue named in the words ('占冠脉总营收617%', '占公司营业收入的比重为135%')
_SHARE_OF_REVENUE = re.compile(r"(?P<name>占[^，,。；;\d%]{0,10}?(?:营业收入|营收|收入|销售额)(?:的)?(?:比重|比例|份额)?)\s*(?:为|达到?|约为?)?\s*"
                               r"(?P<num>\d+(?:\.\d+)?)\s*%(?!\s*[-–~～至到]\s*\d)")
# a fall of revenue, which is never below zero, by more than all of it ('实现营业收入424亿元,同比下降173%'); a profit may
# fall further, into a loss
_REVENUE_FALL = re.compile(r"(?P<name>营业收入|营收|收入|销售额)[^，,。；;%]{0,16}?(?:[，,][^，,。；;%]{0,6}?)?(?:同比|较上年同期)?"
                           r"(?:下降|下滑|减少|下跌|降低)\s*(?:了)?\s*(?P<num>\d+(?:\.\d+)?)\s*%")

# a change before the figure ('毛利率同比提升120%'): a relative change, no level
_A_CHANGE_BEFORE = re.compile(r"(?:同比|环比|较)\s*(?:增长|提升|上升|增加|下降|减少|-|\+)?\s*$")


def out_of_range(doc: Document) -> list[dict]:
    """One warning naming every level above 100% a ratio's definition forbids, with its page."""
    found = []
    for page in doc.pages:
        for m in _level().finditer(page.text):
            if _A_CHANGE_BEFORE.search(page.text, m.start("name"), m.start("num")):
                continue
            if Decimal(m.group("num")) > HUNDRED:
                found.append(f"{m.group('name')} {m.group('num')}% (p.{page.number})")
        for m in _SHARE_OF_REVENUE.finditer(page.text):
            if Decimal(m.group("num")) > HUNDRED:
                found.append(f"{m.group('name')} {m.group('num')}% (p.{page.number})")
        for m in _REVENUE_FALL.finditer(page.text):
            if Decimal(m.group("num")) > HUNDRED:
                found.append(f"{m.group('name')} 下降 {m.group('num')}% (p.{page.number})")
        for m in _levels().finditer(page.text):
            found += [f"{m.group('name')} {n}% (p.{page.number})" for n in re.findall(r"\d+(?:\.\d+)?", m.group("nums"))
                      if Decimal(n) > HUNDRED]
    if not found:
        return []
    hint = " — the text may have lost its decimal points" if len(found) >= 2 else ""
    return [{"code": "W017", "message": f"{len(found)} figure(s) above the 100% their definition allows: "
                                        f"{', '.join(found[:5])}{hint}"}]
