"""Check family: the shares a buyback plan expects to buy at its funds' floor and cap, at its price cap:

    '回购资金总额不低于8,000万元且不超过12,000万元 … 调整后回购价格上限不超过人民币55.45元/股 … 预计回购数量为1,442,742股
     至2,164,111股'                8,000万 ÷ 55.45 = 1,442,741.2;   12,000万 ÷ 55.45 = 2,164,111.8
    '拟回购资金不低于1亿且不超2亿 … 现调为不超4.90元/股 - 按下限测算预计回购约2040.82万股 … 按上限测算预计回购约4081.63万股'

The funds are a range ('不低于A…不超过B', 'A至B万元', 'A - B万元'); the counts a range after them ('X股至Y股', 'X - Y股'), or one
'按下限测算' and one '按上限测算'. The price is the cap after the adjustment the text states (`adjusted_prices`: '调整后…', '现调为…'), else the one
cap it names ('回购价格不超过17.00元/股'). A count in whole shares may be the quotient rounded either way (issuers floor it,
or round it): within one share it is `rounding`; a count in 万股 is judged to its printing."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed, judge_within
from ...document import Document
from ..checks import judge_formula, make, money_scale, sentence_marked, share_scale
from ..sentences import SIGNED_NUM, figure_of
from . import adjusted_prices

_SCALE = r"万亿|亿|千万|百万|万"
_MONEY = rf"(?:人民币)?\s*(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:{_SCALE})?元?)"
# the funds: '回购资金总额不低于人民币5亿元,不超过人民币10亿元', '拟回购资金不低于1亿且不超2亿', '回购金额2500 - 5000万元',
# '使用5,000万元至10,000万元自有资金'
_FUNDS = re.compile(
    rf"(?:资金|金额)[^。；;\d]{{0,10}}?(?:不低于|不少于)\s*{_MONEY.replace('NAME', 'lo')}\s*(?:[（(]含[)）])?\s*[，,、]?\s*(?:且|并且|同时)?\s*"
    rf"(?:不超过|不高于|不超)\s*{_MONEY.replace('NAME', 'hi')}"
    rf"|(?:回购金额|回购资金总?额|资金总额|使用)\s*(?:为)?\s*{_MONEY.replace('NAME', 'lo2')}\s*(?:[-–~～]|至|到)\s*{_MONEY.replace('NAME', 'hi2')}")
_COUNT = rf"(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:万|亿)?股)"
# the counts: '预计回购数量为1,442,742股至2,164,111股', '回购数量1497902 - 2995805股', '约在2,820,079股至5,640,158股之间'
_COUNTS = re.compile(rf"(?:回购(?:股份)?数量|回购股份)[^。；;\d]{{0,12}}?(?P<lo>{SIGNED_NUM})\s*(?P<lo_unit>(?:万|亿)?股)?\s*"
                     rf"(?:[-–~～]|至|到)\s*{_COUNT.replace('NAME', 'hi')}")
_AT_FLOOR = re.compile(rf"按\s*(?:回购资金|资金|金额)?\s*下限[^。；;\d]{{0,16}}?{_COUNT.replace('NAME', 'n')}")
_AT_CAP = re.compile(rf"按\s*(?:回购资金|资金|金额)?\s*上限[^。；;\d]{{0,16}}?{_COUNT.replace('NAME', 'n')}")
# the counts' shares of the company's count, after them: ',占总股本0.35% - 0.70%', ' - 回购股份占比约为公司总股本的0.78%至1.17%'
_SHARES = re.compile(rf"占[^。；;\d%]{{0,20}}?(?:总股本|股本总额|已发行总股本|股份总数)[^。；;\d%]{{0,8}}?(?P<p1>{SIGNED_NUM})\s*[%％]?\s*"
                     rf"(?:[-–~～]|至|到)\s*(?P<p2>{SIGNED_NUM})\s*[%％]")
SHARES_REACH = 60  # characters after the counts their shares may stand in
# the price cap: after an adjustment (adjusted_prices), else the plan's
_PRICE = r"(?:不超过|不超|不高于)?\s*(?:人民币)?\s*(?P<p>\d+(?:\.\d+)?)\s*元\s*/\s*股"
_CAP = re.compile(rf"(?:回购(?:股份)?价格|价格上限|回购价)[^，,。；;\d]{{0,6}}?(?:为)?\s*{_PRICE}")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "回购" not in text:
            continue
        funds = _FUNDS.search(text)
        price = _price(text)
        if funds is None or price is None:
            continue
        lo, hi = ("lo", "hi") if funds.group("lo") else ("lo2", "hi2")
        unit = funds.group(f"{hi}_unit") or "元"
        amounts = [(_money(funds.group(k), funds.group(f"{k}_unit") or unit), funds.span(k), funds.group(f"{k}_unit") or unit)
                   for k in (lo, hi)]
        counts = _counts(text, funds.end())
        if counts is None:
            continue
        for (amount, a_span, a_unit), (count, c_span, c_unit) in zip(amounts, counts):
            out.append(_judged(page, amount, a_span, a_unit, price, count, c_span, c_unit))
        shares = _SHARES.search(text, counts[1][1][1], counts[1][1][1] + SHARES_REACH)
        if shares is not None:
            out.append(_shares_judged(page, counts, shares))
    return out


def _shares_judged(page, counts: list, shares: re.Match) -> dict:
    """The counts' shares of the company's count, never stated: the share at the cap over the count the floor's implies."""
    text = page.text
    (low, low_span, low_unit), (high, high_span, high_unit) = counts
    p1, p2 = figure_of(shares.group("p1")), figure_of(shares.group("p2"))
    scale = share_scale(high_unit) / share_scale(low_unit)
    exact = p1.value * high.value * scale / low.value
    (l_lo, l_hi), (h_lo, h_hi), (q_lo, q_hi) = low.interval(), high.interval(), p1.interval()
    verdict = judge_within(exact, q_lo * h_lo * scale / l_hi, q_hi * h_hi * scale / l_lo, p2)
    return make(sentence_marked(text, shares.span("p2")), page.number,
                f"{shares.group('p1')}% × {text[slice(*high_span)]} ÷ {text[slice(*low_span)]}",
                {"share at the floor": p1, "count at the floor": low, "count at the cap": high}, p2, exact, "%", verdict,
                "shares of one count the text never states: the cap's over the count the floor's share implies",
                cells=[("text", page.number, *shares.span("p2")), ("text", page.number, *shares.span("p1")),
                       ("text", page.number, *low_span), ("text", page.number, *high_span)])


def _money(num: str, unit: str) -> Printed:
    scale = money_scale(unit if unit.endswith("元") else unit + "元")[0]
    return figure_of(num).times(scale)


def _price(text: str) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The price cap the counts are at: the one an adjustment leaves, else the plan's (one only)."""
    adjusted = adjusted_prices.price_after(text)
    if adjusted is not None:
        return adjusted
    caps = {m.group("p"): m for m in _CAP.finditer(text)}
    if len(caps) != 1:
        return None
    m = next(iter(caps.values()))
    return figure_of(m.group("p")), m.span("p")


def _counts(text: str, after: int) -> Optional[list[tuple[Printed, tuple[int, int], str]]]:
    """The counts at the funds' floor and cap, after the funds: each count, where it stands, and its unit."""
    m = _COUNTS.search(text, after)
    if m is not None:
        unit = m.group("hi_unit")
        return [(figure_of(m.group(k)), m.span(k), m.group(f"{k}_unit") or unit) for k in ("lo", "hi")]
    floor, cap = _AT_FLOOR.search(text, after), _AT_CAP.search(text, after)
    if floor is None or cap is None:
        return None
    return [(figure_of(c.group("n")), c.span("n"), c.group("n_unit")) for c in (floor, cap)]


def _judged(page, amount: Printed, a_span, a_unit: str, price: tuple[Printed, tuple[int, int]], count: Printed, c_span,
            unit: str) -> dict:
    text = page.text
    p, p_span = price
    scale = share_scale(unit)  # (judged in the count's own unit: '2040.82万股' to its hundredth of 万)
    verdict, exact = judge_formula(lambda a, b: a / b / scale, [amount, p], count)
    if unit == "股" and verdict == "mismatch" and abs(exact - count.value) < 1:
        verdict = "rounding"  # (whole shares: the quotient floored or rounded up, either is the issuer's)
    return make(sentence_marked(text, c_span), page.number,
                f"{text[a_span[0]:a_span[1]]}{a_unit} ÷ {text[p_span[0]:p_span[1]]}元/股", {"funds": amount, "price cap": p},
                count, exact, unit, verdict, "the shares a buyback's funds buy at its price cap",
                cells=[("text", page.number, *c_span), ("text", page.number, *a_span), ("text", page.number, *p_span)])
