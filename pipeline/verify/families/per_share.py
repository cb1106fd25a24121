"""Check family: a per-share figure a passage states beside the amount it divides and the share
count ('2024年末公司归母净资产100.0亿元,总股本10.00亿股,每股净资产10.00元', '每股经营现金流1.20元'): the
figure = the amount ÷ the shares. Which figures, and the words for the amounts they are of, are data
(data/per_share.json); EPS is results' (a weighted count, a profit of another basis).

The amount and the share count are the nearest before the figure in its passage (PASSAGE
characters, within its paragraph); a figure with either missing gives no check — the report's
tables or cover may hold them on another basis (a weighted count, a year's end)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...document import Document
from ..checks import judge_formula, make, marked, money_scale, share_scale
from ..sentences import SIGNED_NUM, figure_of, sentence_matches

PASSAGE = 200  # how far before a per-share figure its amount and share count may be stated, in characters
_MONEY = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?元)"
_SHARES = re.compile(rf"(?:总股本|股本总数|总股数|已发行股份)\s*(?:为|达|约为?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:亿|千万|百万|万)?股)")


@lru_cache(maxsize=1)
def _figures() -> list[tuple[re.Pattern, re.Pattern]]:
    out = []
    for f in data_json("per_share.json")["figures"]:
        names = "|".join(sorted(map(re.escape, f["name"]), key=len, reverse=True))
        amounts = "|".join(sorted(map(re.escape, f["amount"]), key=len, reverse=True))
        out.append((re.compile(rf"(?:{names})\s*(?:为|达|约为?|是)?\s*(?P<num>{SIGNED_NUM})\s*元(?!\s*/)"),
                    re.compile(rf"(?<!每股)(?:{amounts})\s*(?:为|达到?|约为?|实现)?\s*{_MONEY}")))
    return out


def find(doc: Document) -> list[dict]:
    checks = (_check(page.text, s, m, amount) for figure, amount in _figures()
              for page, s, m in sentence_matches(doc, figure))
    return [c for c in checks if c is not None]


def _nearest(pattern: re.Pattern, text: str, lo: int, hi: int) -> Optional[re.Match]:
    found = list(pattern.finditer(text, lo, hi))
    return found[-1] if found else None


def _check(text: str, s, m: re.Match, amount_pattern: re.Pattern) -> Optional[dict]:
    at = s.start + m.start()
    lo = max(text.rfind("\n", 0, at) + 1, at - PASSAGE)
    amount = _nearest(amount_pattern, text, lo, at)
    shares = _nearest(_SHARES, text, lo, at)
    if amount is None or shares is None:
        return None
    scale, currency = money_scale(amount.group("unit"))
    count = share_scale(shares.group("unit"))
    if count is None or currency != "元":
        return None
    total = figure_of(amount.group("num")).times(scale)
    per = figure_of(shares.group("num")).times(count)
    printed = figure_of(m.group("num"))
    verdict, exact = judge_formula(lambda a, n: a / n, [total, per], printed)
    a, b = m.start("num"), m.end("num")
    name = text[amount.start():amount.start("num")].strip()
    return make(marked(s.text, a, b), s.page, f"{name} ÷ 总股本", {name: total.value, "总股本": per.value}, printed,
                exact, "元", verdict,
                cells=[("text", s.page, s.start + a, s.start + b), ("text", s.page, amount.start("num"), amount.end("num")),
                       ("text", s.page, shares.start("num"), shares.end("num"))])
