"""Check family: a ratio printed with its definition beside it, the denominator named in brackets:

    '1Q25 中信证券实现证券主营业务收入161.1 亿元…1Q25 公司管理费用76.4 亿元,同比+23.6%,
     管理费率(占证券主营业务收入比)为47.4%'

The ratio is its stem's amount ÷ the named amount × 100: the numerator is the amount printed
after the ratio's stem (管理费率 → 管理费用), the denominator the amount printed after the name in
brackets, each the nearest before the ratio on its page. The two must be said of one period:
the period each names just before it (1Q25, 2025年) is the same, or neither names one.
A ratio whose numerator or denominator the page does not print gives no check (the
definition may name a figure of the full report the digest left out)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, marked, money_scale
from ..sentences import MONEY_AMOUNT, PERIOD_LIKE, SIGNED_NUM, figure_of, sentence_matches

_DEFINED = re.compile(rf"(?P<stem>[\u4e00-\u9fff]{{2,6}})率\s*[(（]\s*占(?P<den>[\u4e00-\u9fffA-Za-z]{{2,14}}?)(?:的)?(?:比|比重|比例)?\s*[)）]"
                      rf"\s*(?:为|达到?|约为?|是)?\s*(?P<num>{SIGNED_NUM})\s*%")
# how far before its figure the period it is said of may stand
PERIOD_REACH = 30
HUNDRED = Decimal(100)


def find(doc: Document) -> list[dict]:
    checks = (_check(page.text, s, m) for page, s, m in sentence_matches(doc, _DEFINED))
    return [c for c in checks if c is not None]


def _amount_before(text: str, name: str, before: int) -> Optional[re.Match]:
    """The last amount printed right after `name` (a verb between allowed) before `before`."""
    found = list(re.finditer(rf"{re.escape(name)}\s*(?:为|达到?|约为?|实现|合计|共计)?\s*{MONEY_AMOUNT}", text[:before]))
    return found[-1] if found else None


def _period_before(text: str, at: int) -> str:
    found = list(PERIOD_LIKE.finditer(text, max(0, at - PERIOD_REACH), at))
    return re.sub(r"\s", "", found[-1].group(0)) if found else ""


def _check(text: str, s, m: re.Match) -> Optional[dict]:
    at = s.start + m.start()
    stem, den = m.group("stem"), m.group("den")
    numerator = _amount_before(text, stem + "用", at) or _amount_before(text, stem, at)
    denominator = _amount_before(text, den, at)
    if numerator is None or denominator is None or numerator.start() == denominator.start():
        return None
    if _period_before(text, numerator.start()) != _period_before(text, denominator.start()):
        return None  # the two said of different periods (or one of none): not one period's ratio
    (n_scale, n_cur), (d_scale, d_cur) = money_scale(numerator.group("unit")), money_scale(denominator.group("unit"))
    if (n_cur or "元") != (d_cur or "元"):
        return None
    top = figure_of(numerator.group("num")).times(n_scale)
    bottom = figure_of(denominator.group("num")).times(d_scale)
    printed = figure_of(m.group("num"))
    verdict, exact = judge_formula(lambda a, b: a / b * HUNDRED, [top, bottom], printed)
    a, b = m.start("num"), m.end("num")
    cells = [("text", s.page, s.start + a, s.start + b),
             ("text", s.page, numerator.start("num"), numerator.end("num")),
             ("text", s.page, denominator.start("num"), denominator.end("num"))]
    names = (text[numerator.start():numerator.start("num")].strip(), den)
    return make(marked(s.text, a, b), s.page, f"{names[0]} ÷ {names[1]} × 100",
                {names[0]: top.value, names[1]: bottom.value}, printed, exact, "%", verdict, cells=cells)
