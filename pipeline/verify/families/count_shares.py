"""Check family: a count's share of the population the text counted before it ('我们选取了388家
医药上市公司…实现收入正增长的公司有197家,占比51%', '共有5437家上市公司披露…共有2918家公司实现归母
净利润正增长,占比54%'): the count ÷ the population. The population is the last count the text
introduces as one (选取, 共有, 共计, 合计, 样本, 覆盖, 统计) before the share, no smaller than the
count, and no count with a share of its own ('共有2918家公司实现…正增长,占比54%' is a part, and
'其中…686家,占比13%' is of the 5437 before it); where that one does not give the share but an
earlier population does, that one is taken and the check says so. Where none gives it, a count the text states
without introducing it as a population ('在已披露的5411家上市公司中,4034家实现盈利,占比为74.55%') that reproduces
the share is taken (the nearest three tried): such a count is judged only when it reproduces, never a mismatch."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import block_of, each_match, judge_formula, make, sentence_marked, several_stocks

_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
# what is counted one by one: companies (家), films and works (部), items (只, 款, 项, 种, 类, 座, 所), and 个 of things
# ('38个行业大类中,22个行业…增长') but not of points or times ('3个百分点', '6个月'); a share is of a population
# counted in the same word ('过十亿的15部,国产占10部,占比66.7%')
COUNTED = r"家|部|只|款|项|种|类|座|所|个(?!\s*(?:百分点|基点|点|月|季度|工作日|交易日|小时|星期))"
# (the counted may be named by a threshold: '共有206家金融企业净利润超过10亿元,占比高达36.2%')
# (the words between hold no other count: '3家…5家,占比' is the 5's)
# (a statistics release's share of the industries that grew is its 增长面: '22个行业增加值同比实现增长,增长面达57.9%')
_SHARE = re.compile(rf"(?P<n>{_FIGURE})\s*(?P<unit>{COUNTED})(?:(?!\d+\s*(?:{COUNTED}))[^。；;，,%％]){{0,24}}[，,]?\s*"
                    rf"(?:占比|(?:行业)?增长面|占(?=\s*\d))\s*(?:更是|也|则)?\s*(?:为|约|达到?|高达)?\s*(?:了)?\s*"
                    rf"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
# (or a total's count: '门店总数达7209家')
_POPULATION = re.compile(rf"(?:选取了?|共有|共计|合计|样本(?:公司)?(?:共)?|覆盖了?|统计了?|总数\s*(?:达到?|为|约)?)\s*(?P<n>{_FIGURE})\s*(?P<unit>{COUNTED})")
# (or the count the text counts in: '全省38个行业大类中,22个行业…', '在全省统计的445种产品产量中,255种产品…')
_IN_POPULATION = re.compile(rf"(?P<n>{_FIGURE})\s*(?P<unit>{COUNTED})[^。；;，,\d%％]{{0,8}}中[，,]?")
# (or the count a 其中 splits: '净新开了 438 家门店,其中加盟店净增 145 家,占比 33%'; a digest's space for the comma)
_SPLIT_POPULATION = re.compile(rf"(?P<n>{_FIGURE})\s*(?P<unit>{COUNTED})[^。；;，,\d%\s]{{0,8}}(?:[，,]|\s)\s*其中")
# a share of what the counted make, not of their count ('在274家企业的总营收中占比为17.84%')
_OF_AN_AMOUNT = re.compile(rf"(?:{COUNTED})[^占]*的\s*总?\s*(?:营收|营业收入|收入|净利润|利润|总额|资产|市值|规模|销量|产量)\s*中")
# any count the text states before the share ('在已披露的5411家上市公司中,4034家实现盈利', '569 家公司主要分布在…'):
# not introduced as a population, so tried only for one that reproduces the share, never for a mismatch
_ANY_COUNT = re.compile(rf"(?P<n>{_FIGURE})\s*(?P<unit>{COUNTED})")
LOOSE_TRIED = 3  # how many such counts are tried, nearest first


def _counted(digits: str) -> Printed:
    """A count of things one by one is exact: 22 industries are 22, not 21.5 to 22.5."""
    return Printed(Printed.of(digits).value, Decimal(0))


def find(doc: Document) -> list[dict]:
    return each_match(doc, _SHARE, _judged)


@lru_cache(maxsize=64)
def _counts_with_a_share(text: str) -> frozenset[int]:
    """Where each count that has a share of its own starts (read once a page, not once a share)."""
    return frozenset(s.start("n") for s in _SHARE.finditer(text))


def _judged(page, m: re.Match) -> Optional[dict]:
    text = page.text
    if _OF_AN_AMOUNT.search(m.group(0)):
        return None  # the share of an amount the counted ones make: '在274家企业的总营收中占比为17.84%'
    count = _counted(m.group("n"))
    shared = _counts_with_a_share(text)
    since = block_of(text, m.start())[0] if several_stocks(text) else 0  # a morning note: its own block
    found = sorted([*_POPULATION.finditer(text, since, m.start()), *_SPLIT_POPULATION.finditer(text, since, m.start()),
                    *_IN_POPULATION.finditer(text, since, m.start())],
                   key=lambda p: p.start())

    def of_it(p: re.Match) -> bool:  # before the share, no count with a share of its own, no smaller than the count
        return (p.end() <= m.start() and p.start("n") not in shared and p.group("unit") == m.group("unit")
                and Printed.of(p.group("n")).value >= count.value)

    populations = [p for p in found if of_it(p)]
    loose = [p for p in _ANY_COUNT.finditer(text, since, m.start()) if of_it(p)][::-1][:LOOSE_TRIED]
    printed = Printed.of(m.group("pct"))

    def judge(p: re.Match) -> tuple:
        return (p, *judge_formula(lambda x, y: x / y * 100, [count, _counted(p.group("n"))], printed))

    judged = [judge(p) for p in reversed(populations)]
    fits = next((j for j in judged if j[1] != "mismatch"), None)
    loose_fits = next((j for j in map(judge, loose) if j[1] != "mismatch"), None) if fits is None else None
    if fits is not None:
        chosen, note = fits, ("the count over the population the text counted before it" if fits is judged[0]
                              else "not the last population counted: an earlier one the text states")
    elif loose_fits is not None:
        chosen, note = loose_fits, "a count the text states before it (not introduced as the population)"
    elif judged:
        chosen, note = judged[0], "the count over the population the text counted before it"
    else:
        return None
    population, verdict, exact = chosen
    whole = _counted(population.group("n"))
    claim = sentence_marked(text, m.span("pct"), opens_at=m.start())
    return make(claim, page.number, f"{m.group('n')}{m.group('unit')} ÷ {population.group('n')}{m.group('unit')} × 100", {"count": count, "of": whole},
                printed, exact, "%", verdict, note,
                cells=[("text", page.number, *m.span("pct")), ("text", page.number, *m.span("n")),
                       ("text", page.number, *population.span("n"))])
