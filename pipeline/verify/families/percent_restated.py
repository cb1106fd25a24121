"""Check family: an amount's percentage restated as an amount after 即 — a price set at a share of a reference price, a
sum at a share of another:

    '受让公司回购股份的价格为公司回购股份交易均价110.01元/股的50%,即55.00元/股'       110.01 × 50% = 55.005
    '发行价格为定价基准日前20个交易日公司股票交易均价15.43元/股的80%,即12.35元/股'   15.43 × 80% = 12.344

The amount, 的, its percentage, then 即 and the amount it gives, in one kind of unit (money, or a price per share or per
unit); a price set 'not below' a share of another is rounded up, and within the printing of its inputs either way.
Counted amounts restated so ('总股本的25%,即…股') are `quantity_shares`'."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ...quantities import NUM
from ..checks import each_match, judge_formula, make, money_scale, sentence_marked
from ..sentences import figure_of

_UNIT = r"元/股|元/份|元每股|亿元|万元|元"
_PERCENT_OF = re.compile(rf"(?P<base>{NUM})\s*(?P<unit>{_UNIT})\s*的\s*(?P<pct>{NUM})\s*[%％]\s*[，,]?\s*(?:也)?即\s*(?:为)?\s*"
                         rf"(?:人民币)?\s*(?P<value>{NUM})\s*(?P<unit2>{_UNIT})")


def find(doc: Document) -> list[dict]:
    return each_match(doc, _PERCENT_OF, _judged)


def _per(unit: str) -> str:
    return unit.replace("元每股", "元/股")


def _judged(page, m: re.Match):
    unit, unit2 = _per(m.group("unit")), _per(m.group("unit2"))
    if "/" in unit or "/" in unit2:
        if unit != unit2:
            return None  # (a price per share against a sum: no restatement)
        scale = Decimal(1)
    else:
        scale = money_scale(unit)[0] / money_scale(unit2)[0]
    printed = figure_of(m.group("value"))
    verdict, exact = judge_formula(lambda b, p: b * p / 100 * scale, [figure_of(m.group("base")), figure_of(m.group("pct"))],
                                   printed)
    return make(sentence_marked(page.text, m.span("value")), page.number,
                f"{m.group('base')}{m.group('unit')} × {m.group('pct')}%", {"amount": figure_of(m.group("base")).value,
                                                                          "percentage": figure_of(m.group("pct")).value},
                printed, exact, unit2, verdict, "the amount its percentage of the one before gives",
                cells=[("text", page.number, *m.span("value")), ("text", page.number, *m.span("base")),
                       ("text", page.number, *m.span("pct"))])
