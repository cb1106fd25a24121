"""Check family: the money paid for shares bought (or got for shares sold) against the highest and lowest price paid —
the shares at the lowest price at least, at the highest at most:

    '累计回购股份 4,587,845.00股…最高成交价为 19.998元/股、最低成交价为 13.71元/股,支付总金额为人民币79,794,047.03元'
        4,587,845 × 13.71 ≤ 79,794,047.03 ≤ 4,587,845 × 19.998  (an average of 17.39 a share)

The shares (累计回购, 已回购股数, 减持 …股), the prices (最高…价 and 最低…价, or a 价格区间 'low ~ high') and the money
(支付的金额, 成交总金额, 已使用资金, 累计已回购金额 …; never a plan's 不低于/不超过) are read in one sentence, else where
the page states each once. An amount outside the bounds is a mismatch: no average of the prices paid gives it."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import NUM
from ..checks import make, money_scale, sentence_end, sentence_marked, sentence_start
from ..sentences import figure_of

_GAP = r"[ \t]*(?:\|[ \t]*)?(?:约)?(?:为|[:：])?[ \t]*(?:约)?[ \t]*"
_SHARES = re.compile(rf"(?:累计(?:已)?回购(?:公司)?(?:股份|股数)?(?:数量)?|已回购股数|累计减持(?:股份)?(?:数量)?){_GAP}"
                     rf"(?P<num>{NUM})[ \t]*(?P<unit>万股|股)")
_PAID = re.compile(rf"(?:支付的?(?:资金)?(?:总)?金额|成交(?:的)?总金额|已使用(?:的)?资金(?:总额)?|累计已回购金额|已支付(?:的)?(?:资金)?(?:总)?金额|"
                   rf"减持总金额){_GAP}(?:人民币)?[ \t]*(?P<num>{NUM})[ \t]*(?P<unit>亿元|万元|元)")
_HIGH = re.compile(rf"最高(?:成交)?(?:价格?|价)?{_GAP}(?P<num>{NUM})[ \t]*元")
_LOW = re.compile(rf"最低(?:成交)?(?:价格?|价)?{_GAP}(?P<num>{NUM})[ \t]*元?")
_RANGE = re.compile(rf"价格区间{_GAP}(?P<low>{NUM})[ \t]*(?:元/股)?[ \t]*/?[ \t]*[~～至\-—][ \t]*(?P<high>{NUM})")
_PLAN = re.compile(r"不低于|不超过|上限|下限|预计|拟")
PLAN_REACH = 8  # characters before the money's words a plan's word may stand in ('拟使用资金…', '预计支付的金额…')


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "最高" not in text and "价格区间" not in text:
            continue  # (a cheap test first)
        sentences = sorted({(sentence_start(text, m.start(), "。\n"), sentence_end(text, m.end(), "。\n"))
                            for m in (*_HIGH.finditer(text), *_RANGE.finditer(text))})
        found = [f for f in (_read(text, *span) for span in sentences) if f is not None] or \
            [f for f in [_read(text, 0, len(text))] if f is not None]
        out += [c for c in (_judged(page, *f) for f in found) if c is not None]
    return out


def _read(text: str, start: int, end: int) -> Optional[tuple]:
    """The shares, the money and the two prices, each stated once (one value) in text[start:end]."""
    shares = _once(_SHARES, text, start, end)
    paid = _once(_PAID, text, start, end)
    if shares is None or paid is None or _PLAN.search(text, max(start, paid.start() - PLAN_REACH), paid.start()):
        return None
    high, low = _once(_HIGH, text, start, end), _once(_LOW, text, start, end)
    if high is not None and low is not None:
        return shares, paid, (low, "num"), (high, "num")
    price_range = _once(_RANGE, text, start, end)
    return (shares, paid, (price_range, "low"), (price_range, "high")) if price_range is not None else None


def _once(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    """The first match in text[start:end] where all its matches state one value."""
    found = list(pattern.finditer(text, start, end))
    values = {tuple(m.group(g) for g in pattern.groupindex) for m in found}
    return found[0] if len(values) == 1 else None


def _judged(page, shares: re.Match, paid: re.Match, low: tuple, high: tuple) -> Optional[dict]:
    count = figure_of(shares.group("num")).times(money_scale(shares.group("unit"))[0])
    low_price, high_price = (figure_of(m.group(g)) for m, g in (low, high))
    if low_price.value <= 0 or high_price.value < low_price.value:
        return None
    scale = money_scale(paid.group("unit"))[0]
    amount = figure_of(paid.group("num"))
    # (every figure within its printing: the fewest shares at the lowest price, the most at the highest)
    least = count.interval()[0] * low_price.interval()[0] / scale
    most = count.interval()[1] * high_price.interval()[1] / scale
    a_lo, a_hi = amount.interval()
    verdict = "consistent" if a_hi >= least and a_lo <= most else "mismatch"
    nearest = min(max(amount.value, least), most)
    average = amount.value * scale / count.value if count.value else Decimal(0)
    text = page.text
    return make(sentence_marked(text, paid.span("num")), page.number,
                f"{shares.group('num')}{shares.group('unit')} × {low_price.value}…{high_price.value}元/股",
                {"shares": count.value, "lowest price": low_price.value, "highest price": high_price.value},
                amount, nearest, paid.group("unit"), verdict,
                f"the money paid for the shares, between them at the lowest and at the highest price (an average of "
                f"{average:.2f}元/股)",
                cells=[("text", page.number, *paid.span("num")), ("text", page.number, *shares.span("num")),
                       ("text", page.number, *low[0].span(low[1])), ("text", page.number, *high[0].span(high[1]))])
