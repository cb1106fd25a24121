"""Check family: a stake's value as its share of the whole company's value, both stated — an appraisal or a price:

    '标的公司全部股东权益评估值为 2,893,040.38 万元,对应金隅集团所持标的公司 47.09%股权评估值为 1,362,332.72 万元'
        1,362,332.72 = 2,893,040.38 × 47.09%
    '本次交易按照标的公司 100%股权作价 80,000 万元计算,拟购买资产(即 70%股权)的交易价格为 56,000 万元'
        56,000 = 80,000 × 70%

A stake is a percentage of 股权 (股份) and its value (评估值, 作价, 交易价格, 对价…) in one clause; the whole is the value of
100% of it or of 全部股东权益, stated before it in its paragraph, of the same kind — an appraisal's (评估值, 评估价值, 价值)
or a price's (作价, 交易价格, 对价): a price is no share of an appraisal (56,000 of 80,000, not of the 80,682.27 the
same paragraph appraises). One whole of the kind, or the stake is not read."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ...quantities import NUM
from ..checks import judge_formula, make, money_scale, sentence_marked
from ..sentences import figure_of

_KINDS = {"appraisal": r"评估值|评估价值|价值", "price": r"交易作价|作价|交易价格|交易对价|对价|价格"}
_AMOUNT = rf"(?:约)?\s*(?:为|是)?\s*(?:人民币)?\s*(?P<num>{NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?元)"
# a stake and its value: '47.09%股权评估值为 1,362,332.72 万元', '(即 70%股 权)的交易价格为 56,000 万元'
_STAKE = re.compile(rf"(?<![\d.])(?P<pct>\d{{1,2}}(?:\.\d+)?)\s*%\s*(?:的)?\s*股\s*[权份]\s*[)）]?\s*(?:的)?\s*"
                    rf"(?:[^，,。；;\d%]{{0,12}}?)(?P<kind>{_KINDS['appraisal']}|{_KINDS['price']}){_AMOUNT}")
# the whole: '100%股权作价 80,000 万元', '全部股东权益评估值为 2,893,040.38 万元'
_WHOLE = re.compile(rf"(?:100(?:\.0+)?\s*%\s*(?:的)?\s*股\s*[权份]|全部股东权益|股东全部权益)\s*(?:的)?\s*"
                    rf"(?:[^，,。；;\d%]{{0,12}}?)(?P<kind>{_KINDS['appraisal']}|{_KINDS['price']}){_AMOUNT}")


def _kind(word: str) -> str:
    return "price" if re.fullmatch(_KINDS["price"], word) else "appraisal"


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for paragraph in re.finditer(r"[^\n]+", page.text):
            out += filter(None, (_judged(page, paragraph, m) for m in _STAKE.finditer(page.text, *paragraph.span())))
    return out


def _judged(page, paragraph: re.Match, stake: re.Match) -> Optional[dict]:
    text = page.text
    kind = _kind(stake.group("kind"))
    wholes = [w for w in _WHOLE.finditer(text, paragraph.start(), stake.start()) if _kind(w.group("kind")) == kind]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    scale = money_scale(stake.group("unit"))[0]
    inputs = [figure_of(whole.group("num")).times(money_scale(whole.group("unit"))[0]), figure_of(stake.group("pct"))]
    printed = figure_of(stake.group("num"))
    verdict, exact = judge_formula(lambda w, p: w * p / 100 / scale, inputs, printed)
    return make(sentence_marked(text, stake.span("num")), page.number,
                f"{whole.group('num')}{whole.group('unit')} × {stake.group('pct')}%",
                {"whole": inputs[0], "stake (%)": inputs[1]}, printed, exact, stake.group("unit"), verdict,
                f"the stake's share of the whole's {stake.group('kind')}",
                cells=[("text", page.number, *stake.span("num")), ("text", page.number, *whole.span("num")),
                       ("text", page.number, *stake.span("pct"))])

