"""Check family: a division written out with its operands and its result, as a data site or a
note shows its working:

    '现金分红总额/归母净利润 = 2.22亿元/1.59亿元 ≈ 139.62%'
    '毛利率 = 毛利 ÷ 营业收入 = 25.1 ÷ 100.0 = 25.1%'
    '净利润率:34.8%(16.04亿元/46.07亿元)'
    '销售费用占比(88.49亿元/657.58亿元)约13.5%'
    '政府补助高达2.85亿元,占利润总额13.87亿元比例达22.3%'   (a share with both amounts stated)
    '基本每股盈利为0.22元人民币(32590.3万元人民币/14.72亿股)'   (an amount over a share count)

The result is the first figure over the second (× 100 where it is printed with %), each in its
own unit: both operands in one unit, or both with none. Nothing else of the report is read, so
a mismatch is the arithmetic of the line itself."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ...quantities import COUNTED_UNITS
from ..checks import judge_formula, make, marked, money_scale, share_scale
from ..sentences import OPERATOR_BEFORE, SIGNED_NUM, figure_of, sentence_matches

_UNIT = rf"(?:万亿|千万|百万|十亿|亿|万|千)?(?:元|美元|港元|{COUNTED_UNITS})|万亿|亿|万"
_WRITTEN = re.compile(rf"(?<![\d./])(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})?\s*[/÷]\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})?\s*"
                      rf"(?P<eq>≈|=|＝|约等于|约为|约)\s*(?P<r>{SIGNED_NUM})\s*(?P<pct>%|％)?(?![\d/]|\.\d)"
                      # (a result with its power of ten after it is no plain quotient: '≈ 2.12×10^23')
                      rf"(?!\s*(?:[×*xX]\s*10|[eE][+-]?\d))")
HUNDRED = Decimal(100)


# the result first, its division in brackets after it: '净利润率:34.8%(16.04亿元/46.07亿元)'
_RESULT_FIRST = re.compile(rf"(?<![\d./])(?P<r>{SIGNED_NUM})\s*(?P<pct>%|％)\s*[(（]\s*(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})?\s*"
                           rf"[/÷]\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})?\s*[)）]")

# the division in brackets, its result after: '销售费用占比(88.49亿元/657.58亿元)约13.5%'
_DIVISION_FIRST = re.compile(rf"[(（]\s*(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})?\s*[/÷]\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})?\s*[)）]"
                             rf"\s*(?:约为|约|为|是|达|[:：≈=＝])?\s*(?P<r>{SIGNED_NUM})\s*(?P<pct>%|％)")


# a part's amount, then its share of a whole whose amount the clause states too: '政府补助高达2.85亿元,占利润总额13.87亿元比例达
# 22.3%', '销售费用为3.15亿元,占营业收入17.2亿元的18.3%'
# (its growth may stand between: '销售费用为4.2亿元,同比增长33.3%,也占了营业收入18.86亿元的22.2%')
_GROWTH_BETWEEN = r"(?:[，,]\s*(?:同比|环比)?\s*(?:增长|下降|增加|减少|上升|下滑)\s*[-+]?\d+(?:\.\d+)?\s*[%％])?"
_SHARE_OF_STATED = re.compile(rf"(?<![\d./])(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*{_GROWTH_BETWEEN}\s*[，,]?\s*(?:也)?\s*占(?:了)?\s*[\u4e00-\u9fffA-Za-z]{{1,10}}?\s*"
                              rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*(?:的)?\s*(?:比例|比重)?\s*(?:达到?|为|约为?|是)?\s*"
                              rf"(?P<r>{SIGNED_NUM})\s*(?P<pct>%|％)")

# a per-share figure, the amount and the share count it divides in brackets after it: '基本每股盈利为0.22元人民币
# (32590.3万元人民币/14.72亿股)' — money over shares, in the result's currency
_MONEY = r"(?:万亿|千万|百万|十亿|亿|万|千)?(?:元人民币|人民币元|元|美元|港元|人民币)"
_PER_SHARE_FIRST = re.compile(rf"(?<![\d./])(?P<r>{SIGNED_NUM})\s*(?P<ur>{_MONEY})\s*[(（]\s*(?P<a>{SIGNED_NUM})\s*"
                              rf"(?P<ua>{_MONEY})\s*[/÷]\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>(?:万亿|千万|百万|十亿|亿|万|千)?股)\s*[)）]")


def find(doc: Document) -> list[dict]:
    out = []
    for _, s, m in sentence_matches(doc, _WRITTEN):
        if OPERATOR_BEFORE.search(s.text, 0, m.start("a")):  # the tail of a longer expression: '3×…×300 / 1024 ≈ …'
            continue
        out += _division(s, m)
    for _, s, m in sentence_matches(doc, _SHARE_OF_STATED):
        out += _division(s, m)
    for _, s, m in [*sentence_matches(doc, _RESULT_FIRST), *sentence_matches(doc, _DIVISION_FIRST)]:
        if m.group("ua") or m.group("ub") or "." in m.group("a") + m.group("b"):
            out += _division(s, m)  # (two bare whole numbers in brackets may be a date: '上涨3.2%(10/17)')
    for _, s, m in sentence_matches(doc, _PER_SHARE_FIRST):
        out += _per_share(s, m)
    return out


def _per_share(s, m: re.Match) -> list[dict]:
    """The per-share result `r` against the amount `a` ÷ the share count `b`, in the result's currency."""
    (top_scale, top_money), (unit_scale, result_money) = money_scale(m.group("ua")), money_scale(m.group("ur"))
    shares = share_scale(m.group("ub"))
    if top_money != result_money or shares is None:
        return []  # (a dollar amount over shares for a yuan figure needs a rate the line does not give)
    top = figure_of(m.group("a")).times(top_scale / unit_scale)
    bottom = figure_of(m.group("b")).times(shares)
    return _quotient(s, m, top, bottom, Decimal(1), f"{m.group('a')}{m.group('ua')} ÷ {m.group('b')}{m.group('ub')}",
                     m.group("ur"))


def _division(s, m: re.Match) -> list[dict]:
    """The result `r` against `a` ÷ `b` (× 100 where printed with %), each operand in its own unit."""
    ua, ub = m.group("ua") or "", m.group("ub") or ""
    if ua != ub and not (ua and ub and money_scale(ua)[1] == money_scale(ub)[1]):
        return []  # operands in two units ('3元/股 = …', '100万/月'): no written division
    top = figure_of(m.group("a")).times(money_scale(ua)[0] if ua else Decimal(1))
    bottom = figure_of(m.group("b")).times(money_scale(ub)[0] if ub else Decimal(1))
    return _quotient(s, m, top, bottom, HUNDRED if m.group("pct") else Decimal(1),
                     f"{m.group('a')}{ua} ÷ {m.group('b')}{ub}" + (" × 100" if m.group("pct") else ""),
                     "%" if m.group("pct") else "")


def _quotient(s, m: re.Match, top, bottom, scale: Decimal, formula: str, unit: str) -> list[dict]:
    """The printed result `r` judged as top ÷ bottom × scale, the claim marking it and reading `a` and `b`."""
    if bottom.value == 0:
        return []
    printed = figure_of(m.group("r"))
    verdict, exact = judge_formula(lambda x, y: x / y * scale, [top, bottom], printed)
    a, b = m.start("r"), m.end("r")
    return [make(marked(s.text, a, b), s.page, formula, {"numerator": top.value, "denominator": bottom.value}, printed,
                 exact, unit, verdict,
                 cells=[("text", s.page, s.start + a, s.start + b),
                        ("text", s.page, s.start + m.start("a"), s.start + m.end("a")),
                        ("text", s.page, s.start + m.start("b"), s.start + m.end("b"))])]
