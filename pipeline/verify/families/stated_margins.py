"""Check family: a margin a text states right after its profit, over the revenue it stated before for the same period:

    '第四财季净营收1024.66亿美元…' … '第四财季毛利润483.41亿美元,毛利率47.2%'      483.41 ÷ 1024.66 = 47.18%

The profit and its margin are one pair of words (data below: 毛利/毛利润 and 毛利率, 净利润 and 净利率, 营业利润 and
营业利润率…), the margin right after the profit in its clause run. The revenue is the last amount before the profit named
as the whole's revenue (营收, 净营收, 营业收入, 总收入…; a part's, 'iPhone营收', is none), in the same currency, within
PASSAGE characters; where the profit's and the revenue's words each name a period ('第四财季', '2025财年'), the two must be
the same. A company report's margins are `results`' and `margins`' (its statements are typed)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ..checks import each_match, is_company_report, judge_formula, make, money_scale, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

HUNDRED = Decimal(100)
PASSAGE = 1500  # (a digest states its revenue in its first lines, its margins far below)
_AMOUNT = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|美元|港元|欧元|日元))"
# each profit's words and its margin's
_PAIRS = {"毛利润": "毛利率", "毛利": "毛利率", "净利润": "净利率|净利润率", "营业利润": "营业利润率", "运营利润": "运营利润率|营业利润率",
          "经营利润": "经营利润率"}
_PROFIT = "|".join(sorted(_PAIRS, key=len, reverse=True))
_MARGIN_WORDS = "|".join(sorted({w for v in _PAIRS.values() for w in v.split("|")}, key=len, reverse=True))
# a period said before a figure: '第四财季', '2025财年', '上半年', 'Q3'
_PERIOD = r"(?:\d{4}\s*财?年度?)?\s*(?:第[一二三四1-4]\s*(?:财季|季度)|[一二三四1-4]季度|[上下]半年|前三季度|全年|财年|Q[1-4]|H[12])?"
_STATED = re.compile(rf"(?<![\u4e00-\u9fffA-Za-z])(?P<period>{_PERIOD})\s*(?P<profit>{_PROFIT})\s*(?:为|达到?|约为?|实现)?\s*{_AMOUNT}"
                     rf"[^。；;%\d]{{0,12}}?[，,]\s*(?:对应)?\s*(?P<margin_word>{_MARGIN_WORDS})\s*(?:为|达到?|约为?)?\s*"
                     rf"(?P<margin>{SIGNED_NUM})\s*[%％]")
# the whole's revenue: its words after nothing but a period or the company's words
_REVENUE = re.compile(rf"(?<![\u4e00-\u9fffA-Za-z])(?:公司|集团|本集团)?\s*(?P<period>{_PERIOD})\s*(?:公司|集团)?\s*"
                      rf"(?:净营收|总营收|营业总收入|营业收入|总收入|净收入|营收)\s*(?:为|达到?|约为?|实现)?\s*{_AMOUNT}")


def find(doc: Document) -> list[dict]:
    return [] if is_company_report(doc) else each_match(doc, _STATED, _judged)


def _period(words: str) -> str:
    return re.sub(r"\s", "", words or "")


def _same_period(a: str, b: str) -> bool:
    """Whether two periods' words may name one period: the same, one of them unsaid, or one the other's end ('2025财年第四财季'
    and '第四财季')."""
    return not a or not b or a.endswith(b) or b.endswith(a)


def _judged(page, m: re.Match) -> Optional[dict]:
    if not re.fullmatch(_PAIRS[m.group("profit")], m.group("margin_word")):
        return None
    text = page.text
    revenues = [r for r in _REVENUE.finditer(text, max(0, m.start() - PASSAGE), m.start())
                if money_scale(r.group("unit"))[1] == money_scale(m.group("unit"))[1]]
    here = _period(m.group("period"))
    # (the nearest of the same period: '2025财年全年净营收…' stands nearer than '2025财年第四财季净营收…' to '第四财季毛利润')
    revenue = next((r for r in reversed(revenues) if _same_period(here, _period(r.group("period")))), None)
    if revenue is None:
        return None
    profit = figure_of(m.group("num")).times(money_scale(m.group("unit"))[0])
    whole = figure_of(revenue.group("num")).times(money_scale(revenue.group("unit"))[0])
    printed = figure_of(m.group("margin"))
    verdict, exact = judge_formula(lambda p, r: p / r * HUNDRED, [profit, whole], printed)
    return make(sentence_marked(text, m.span("margin")), page.number,
                f"{m.group('profit')} {m.group('num')}{m.group('unit')} ÷ 营收 {revenue.group('num')}{revenue.group('unit')} × 100",
                {m.group("profit"): profit, "营收": whole}, printed, exact, "%", verdict,
                "the margin over the revenue stated before for the same period",
                cells=[("text", page.number, *m.span("margin")), ("text", page.number, *m.span("num")),
                       ("text", page.number, *revenue.span("num"))])
