"""Check family: a plan subscribed in units (份) at a price a unit — an employee stock ownership plan's funds are its units
times their price:

    '筹集资金总额上限为3981.00万元,以“份”作为认购单位,每份份额的认购价格为1元,该员工持股计划的份数上限为3981.00万份'
        3981.00万份 × 1元 = 3981.00万元

The funds (资金总额), the price a unit (每份…元) and the units (份额, 份数) in one sentence, each once; the funds the last
stated before the units (a plan's own funds, not a part of them named before: '员工自筹资金总额…3,000万元…拟筹集资金总额
…5,000万元…认购份额不超过5,000万份')."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ...quantities import NUM
from ..checks import judge_formula, make, money_scale, sentence_marked
from ..sentences import figure_of, page_sentences

_FUNDS = re.compile(rf"(?:资金总额|资金规模)[^，,。；;\d]{{0,8}}?(?:人民币)?\s*(?P<num>{NUM})\s*(?P<unit>亿元|万元|元)")
_PRICE = re.compile(rf"每份(?:份额)?(?:的)?(?:认购价格)?\s*(?:为)?\s*(?P<num>{NUM})\s*元")
_UNITS = re.compile(rf"(?:份额|份数)(?:上限)?[^，,。；;\d]{{0,8}}?(?P<num>{NUM})\s*(?P<unit>亿份|万份|份)")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        if "每份" not in page.text:
            continue  # (a cheap test first)
        for sentence in page_sentences(page):
            check = _judged(page, sentence.start, sentence.start + len(sentence.text))
            if check is not None:
                out.append(check)
    return out


def _judged(page, start: int, end: int) -> Optional[dict]:
    text = page.text
    prices, units = list(_PRICE.finditer(text, start, end)), list(_UNITS.finditer(text, start, end))
    if len(prices) != 1 or len(units) != 1:
        return None
    funds = [m for m in _FUNDS.finditer(text, start, end) if m.start() < units[0].start()]
    if not funds:
        return None
    money, price, count = funds[-1], prices[0], units[0]
    scale = money_scale(money.group("unit"))[0]
    unit_scale = money_scale(count.group("unit"))[0]
    printed = figure_of(money.group("num"))
    verdict, exact = judge_formula(lambda u, p: u * unit_scale * p / scale,
                                   [figure_of(count.group("num")), figure_of(price.group("num")).exact()], printed)
    return make(sentence_marked(text, money.span("num")), page.number,
                f"{count.group('num')}{count.group('unit')} × {price.group('num')}元",
                {"units": figure_of(count.group("num")).value, "price a unit": figure_of(price.group("num")).value},
                printed, exact, money.group("unit"), verdict, "the plan's funds: its units at their price",
                cells=[("text", page.number, *money.span("num")), ("text", page.number, *count.span("num")),
                       ("text", page.number, *price.span("num"))])
