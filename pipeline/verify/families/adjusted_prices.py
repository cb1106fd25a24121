"""Check family: a price per share a company adjusts for a cash dividend — a convertible bond's conversion price, a
buyback's price cap, an incentive's grant or exercise price — is the price before less the dividend per share:

    '调整前“海波转债”转股价格为11.50元/股 - 调整后“海波转债”转股价格为11.48元/股 … 按总股本折算每股现金红利为0.0217230元'
        11.50 − 0.0217230 = 11.478 → 11.48 (the rule: two decimals, the last rounded)
    '原回购价上限不超4.95元/股,现调为不超4.90元/股 … 权益分派后每股红利0.0496085元/股'

The dividend per share is the one the text gives for the adjustment (D, '虚拟分派的每股现金红利', '按总股本折算每股现金
红利', '除权除息参考价=…收盘价 - 0.0788474元/股'), else the one declared ('每10股派发现金红利1.00元' is 0.10 a share).
A text that also gives bonus shares (转增, 送股) adjusts by them too, with a ratio of the shares in circulation it seldom
prints: such an adjustment is unverifiable unless it says the ratio is 0. A text listing several adjustments (a history
of them) pairs none with the one dividend it states: nothing is judged."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, sentence_marked
from ..sentences import figure_of

_PRICE_NAME = r"转股价格?|回购(?:股份)?价格?上限|回购价格|授予价格|行权价格|价格上限"
_PER_SHARE = r"元\s*/\s*股"
_P = r"(?:不超过|不超|不高于)?\s*(?:人民币)?\s*(?P<NAME>\d+(?:\.\d+)?)\s*" + _PER_SHARE
# the price before and after: '由5.73元/股调整为5.63元/股', '原…不超4.95元/股,现调为不超4.90元/股',
# '调整前…价格上限16.77元/股,调整后16.69元/股'
_FROM_TO = re.compile(rf"(?:由|从)\s*{_P.replace('NAME', 'p0')}\s*(?:调整|调|变更|下调|修正)\s*(?:为|至)\s*{_P.replace('NAME', 'p1')}")
_WAS_NOW = re.compile(rf"原[^，,。；;\d]{{0,16}}?(?:为)?\s*{_P.replace('NAME', 'p0')}\s*[，,]\s*现\s*(?:调整|调)\s*为\s*{_P.replace('NAME', 'p1')}")
_BEFORE = re.compile(rf"(?:调整前|修正前|P0\s*为)[^，,。；;\d]{{0,20}}?(?:为|[:：])?\s*{_P.replace('NAME', 'p0')}")
_AFTER = re.compile(rf"(?:调整后|修正后)[^，,。；;\d]{{0,20}}?(?:为|[:：])?\s*{_P.replace('NAME', 'p1')}")
# the dividend per share the adjustment takes: 'D为0.10元/股', '虚拟分派的每股现金红利约为0.09122元/股', '按总股本折算每股
# 现金红利为0.0217230元', '…计算为(185,380,230×0.60)÷185,596,630≈0.5993元/股', '除权除息参考价=股权登记日收盘价 - 0.0496085元/股'
_D_GIVEN = re.compile(r"(?:D\s*为|每股(?:现金)?红利[^，,。；;\[\d]{0,12}?(?:(?:[^，,。；;\[]|(?<=\d),(?=\d)){0,60}?≈)?|收盘价\s*[-−]\s*)\s*"
                      r"(?P<d>\d+\.\d+)\s*元")
# (折算 per ten shares: '按总股本折算每10股现金红利0.788474元')
_D_PER_TEN_GIVEN = re.compile(r"折算每\s*10\s*股(?:现金)?红利\s*(?:为)?\s*(?P<d>\d+(?:\.\d+)?)\s*元")
# the dividend declared: '每10股派发现金红利1.00元', '每10股派0.5元现金', '每股0.20元现金红利'
_D_DECLARED = re.compile(r"每\s*(?P<per>10|1)?\s*股\s*(?:派发?|派送|分配)?\s*(?:现金)?\s*(?:红利|股利|现)?\s*(?P<d>\d+(?:\.\d+)?)\s*元")
_BONUS = re.compile(r"转增|送股|送红股|派送红股")
_NO_CHANGE = re.compile(r"流通股份?变动比例(?:为|是)?\s*0(?![.\d])")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if not re.search(_PRICE_NAME, text):
            continue
        pairs = _pairs(text)
        if len(pairs) != 1:
            continue  # (none, or a history of adjustments: which the dividend is of, the text does not say)
        (p0, p0_span), (p1, p1_span) = pairs[0]
        dividend = _dividend(text)
        if dividend is None:
            continue
        d, d_span, per = dividend
        claim = sentence_marked(text, p1_span)
        cells = [("text", page.number, *p1_span), ("text", page.number, *p0_span), ("text", page.number, *d_span)]
        if _BONUS.search(text) and not _NO_CHANGE.search(text):
            out.append(make(claim, page.number, f"({p0.value} − {d.value}) ÷ (1 + n)", {"before": p0, "dividend per share": d},
                            p1, None, "元/股", "unverifiable",
                            "bonus shares change the price too: the ratio of the shares in circulation (n) is not stated",
                            cells=cells))
            continue
        verdict, exact = judge_formula(lambda a, b: a - b, [p0, d], p1)
        out.append(make(claim, page.number, f"{text[p0_span[0]:p0_span[1]]} − {text[d_span[0]:d_span[1]]}{per}",
                        {"before": p0, "dividend per share": d}, p1, exact, "元/股", verdict,
                        "a price adjusted for a cash dividend: the price before less the dividend per share",
                        cells=cells))
    return out


def price_after(text: str) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The price the one adjustment a text states leaves, and where it stands (None for none, or a history of them)."""
    pairs = _pairs(text)
    return pairs[0][1] if len(pairs) == 1 else None


def _pairs(text: str) -> list[tuple[tuple[Printed, tuple], tuple[Printed, tuple]]]:
    """Each price before and after one adjustment, once (a pair stated twice is one)."""
    found = [(m.span("p0"), m.span("p1")) for pattern in (_FROM_TO, _WAS_NOW) for m in pattern.finditer(text)
             if _names_a_price(text, m.start(), m.start("p0"))]
    befores, afters = list(_BEFORE.finditer(text)), list(_AFTER.finditer(text))
    if befores and afters and not found:
        found.append((befores[0].span("p0"), next((a for a in afters if a.start() > befores[0].start()), afters[0]).span("p1")))
    unique: dict = {}
    for p0, p1 in found:
        unique.setdefault((text[p0[0]:p0[1]], text[p1[0]:p1[1]]), (p0, p1))
    return [((figure_of(text[a:b]), (a, b)), (figure_of(text[c:d]), (c, d))) for (a, b), (c, d) in unique.values()]


def _names_a_price(text: str, start: int, price: int) -> bool:
    """Whether the words before a pair's first price name the price it adjusts ('转股价格由…', '原回购价上限不超…')."""
    return re.search(_PRICE_NAME, text[max(0, start - 30):price]) is not None


def _dividend(text: str) -> Optional[tuple[Printed, tuple[int, int], str]]:
    """The dividend per share the adjustment takes: the one given for it, else the one declared (one only); with where it
    stands and what it is divided by ('/10' for a dividend per ten shares)."""
    given = list(_D_GIVEN.finditer(text))
    if given:
        m = given[0]
        return figure_of(m.group("d")), m.span("d"), ""
    per_ten = list(_D_PER_TEN_GIVEN.finditer(text))
    if per_ten:
        m = per_ten[0]
        return figure_of(m.group("d")).times(Decimal("0.1")), m.span("d"), "/10"
    declared = {(m.group("per") or "1", m.group("d")): m for m in _D_DECLARED.finditer(text)}
    if len(declared) != 1:
        return None
    m = next(iter(declared.values()))
    per = m.group("per") or "1"
    return figure_of(m.group("d")).times(Decimal(1) / Decimal(per)), m.span("d"), "" if per == "1" else f"/{per}"
