"""Check family: a total of lines the text names together, each of whose amounts it stated before by that name:

    '自营业务收入1123.54亿元 … 经纪业务手续费净收入634.54亿元 … 自营与经纪业务合计收入1758.08亿元'
                                                                     1123.54 + 634.54 = 1758.08

Each named line's amount is the last the text states before the total right after a name opening with the
line's word ('自营' → '自营业务收入1123.54亿元'); a total whose lines are not all stated gives no check (the text
may sum lines it never printed). A company report's composites are `results`' (its line items are typed).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ..checks import is_company_report, judge_formula, make, marked, money_scale, same_money
from ..sentences import MONEY_AMOUNT, figure_of, sentence_matches

_NAME = r"[\u4e00-\u9fff]{1,6}?"
_AND = r"[、与和及]"
# '自营与经纪业务合计收入1758.08亿元', '投行、资管和经纪业务收入合计500亿元'
_SUM = re.compile(rf"(?P<names>[\u4e00-\u9fff]{{1,8}}(?:{_AND}{_NAME}){{1,5}}?)(?:业务|板块|分部)?\s*"
                  rf"(?:收入|营收|净利润|利润)?\s*合计\s*(?:实现|为|达到?)?\s*(?:收入|营收|净利润|利润)?\s*{MONEY_AMOUNT}")
NAME_WORDS = 12  # characters from a line's word to its amount ('经纪' … '业务手续费净收入634.54亿元')


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    checks = (_judged(page.text, s, m) for page, s, m in sentence_matches(doc, _SUM))
    return [c for c in checks if c is not None]


def _stated(text: str, name: str, before: int) -> Optional[re.Match]:
    """The last amount stated before `before` right after a name opening with `name`."""
    found = list(re.finditer(rf"{re.escape(name)}[\u4e00-\u9fff]{{0,{NAME_WORDS}}}?\s*(?:为|达到?|实现|约)?\s*{MONEY_AMOUNT}",
                             text[:before]))
    return found[-1] if found else None


def _judged(text: str, s, m: re.Match) -> Optional[dict]:
    at = s.start + m.start()
    names = re.split(_AND, m.group("names"))
    first = names[0]
    # (the first name may carry the words before it: '公司自营与经纪…'; its longest ending stated is the name)
    for k in range(len(first), 1, -1):
        if _stated(text, first[-k:], at):
            names[0] = first[-k:]
            break
    else:
        return None
    stated = [_stated(text, n, at) for n in names]
    if any(a is None for a in stated) or len({a.start() for a in stated}) < len(stated):
        return None
    total_scale, total_money = money_scale(m.group("unit"))
    parts = []
    for a in stated:
        scale, money = money_scale(a.group("unit"))
        if not same_money(total_money, money):
            return None
        parts.append(figure_of(a.group("num")).times(scale / total_scale))
    printed = figure_of(m.group("num"))
    verdict, exact = judge_formula(lambda *xs: sum(xs, Decimal(0)), parts, printed)
    a, b = m.start("num"), m.end("num")
    formula = " + ".join(f"{x.group('num')}{x.group('unit')}" for x in stated)
    return make(marked(s.text, a, b), s.page, formula, {n: p.value for n, p in zip(names, parts)}, printed, exact,
                m.group("unit"), verdict,
                cells=[("text", s.page, s.start + a, s.start + b)] + [("text", s.page, x.start("num"), x.end("num")) for x in stated])
