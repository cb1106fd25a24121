"""Check family: a deal in a company's shares — a transfer, a buyback, a placement, a sale —
stated by its share count, its price per share and its amount:

    '实控人刘晓东转让6300万股股份 … 转让价款达14.7亿元 … 最终定价23.337元/股'
        14.7亿元 = 6300万股 × 23.337元/股
    '以23.337元/股受让 按9月16日收盘价25.44元/股计算 目前已浮盈1.32亿元'
        1.32亿元 = (25.44 − 23.337)元/股 × 6300万股

The amount is the figure judged: the nearest share count a deal's verb names (转让, 回购, 减持,
发行…) and the nearest deal price (定价, 转让价, 发行价, 均价, '以X元/股') within its passage
(PASSAGE characters either side, its paragraph). A passage naming two counts or two prices
(最高/最低成交价, two holders' sales) names no one deal: nothing is judged. A gain or loss on
paper ('浮盈', '浮亏') is judged on the deal's count and price and the close it is counted at."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, money_scale, sentence_end, sentence_marked, sentence_start, share_scale
from ..sentences import SIGNED_NUM, figure_of
from . import deductions

PASSAGE = 1000  # how far from the amount its deal's share count and price may be stated, in characters
_DEAL_VERB = r"转让|受让|减持|增持|回购|发行|增发|配售|认购|出售|购买|买入|卖出|定增|协议转让"
# a share count a deal's verb names in its clause ('转让6300万股股份', '回购公司股份1,234,567股')
# (not a bound a plan or an approval sets: '非公开发行不超过739371534股新股' before the 739371532 it issued)
_SHARES = re.compile(rf"(?:{_DEAL_VERB})[^，,。；;\d]{{0,16}}?(?<!不超过)(?<!不低于)(?<!不少于)(?<!不多于)(?<!上限)(?<!最多)(?<!至多)"
                     rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>亿|千万|百万|万)?\s*股(?!东|价|本|权|份额)")
# the deal's price per share ('最终定价23.337元/股', '转让价格为23.34元/股', '以23.337元/股受让', '成交均价12.1元/股')
# ('发行价格为人民币3.18元/股'; or per share first: '每股发行价18.00元', '每股发行认购价格为人民币16.21元', or after the
# verb: '发行价格为每股人民币8.06元')
PRICE = re.compile(rf"(?:(?:定价|转让价格?|发行价格?|认购价格?|回购价格?|成交均价|均价|价格)\s*(?:为|是|约|[:：])?\s*(?:人民币)?\s*|以\s*(?:每股)?\s*)"
                    rf"(?P<num>{SIGNED_NUM})\s*元\s*(?:/|每)\s*股"
                    rf"|(?:每股\s*(?:发行|转让|认购|回购){{1,2}}价格?|(?:发行|转让|认购|回购)价格?\s*(?:为|是)?\s*每股)"
                    rf"\s*(?:为|是)?\s*(?:人民币)?\s*(?P<first>{SIGNED_NUM})\s*元(?!\s*[/每])")
# the case a figure is stated for, in brackets right after it: '496,894.4214万股(超配权行使前)', '1,580,124.26万元(超配权行使前)'
CASE_WORDS = r"[^()（）\d]{2,20}"
_CASE = re.compile(rf"\s*[(（](?P<case>{CASE_WORDS})[)）]")
# the next figure of a list of cases, right after the case before it: '…万股(超配权行使前),571,428.5714万股(超配权全额行使后)'
_NEXT = rf"\s*[(（]{CASE_WORDS}[)）]\s*[,，、]\s*(?P<num>{SIGNED_NUM})\s*"
_NEXT_SHARES = re.compile(rf"{_NEXT}(?P<unit>亿|千万|百万|万)?\s*股(?!东|价|本|权|份额)")
_NEXT_AMOUNT = re.compile(rf"{_NEXT}(?P<unit>(?:万亿|亿|千万|百万|万)?元)")
# the deal's amount ('转让价款达14.7亿元', '成交总金额1,400万元', '募集资金总额为20亿元', '交易价格为61,200.00万元')
# (募集资金 alone, not where it is spent or left: '公司共使用募集资金人民币14,374,432.64元投入募投项目' is no deal's amount)
_AMOUNT = re.compile(rf"(?:转让价款|总价款|转让款|交易对价|对价|交易价格|成交总金额|成交金额|交易金额|总金额|募集资金总额|"
                     rf"(?<!使用)(?<!投入)(?<!闲置)(?<!剩余)(?<!节余)(?<!结余)(?<!置换)(?<!补充)(?<!归还)募集资金|认购金额|回购金额|出售金额)"
                     rf"\s*(?:为|达到?|约为?|合计|共计|总计|[:：])?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?元)"
                     r"(?!\s*[/每])")  # (a price per share, '交易价格为9.71元/股', is no amount)
# a gain or loss on paper at a close: '按9月16日收盘价25.44元/股计算 目前已浮盈1.32亿元'
_PAPER_GAIN = re.compile(rf"(?:按|以)[^，,。；;]{{0,16}}?(?:收盘价|股价|现价)\s*(?P<close>{SIGNED_NUM})\s*元\s*/\s*股\s*计算[^，,。；;\d]{{0,10}}?"
                         rf"(?P<word>浮盈|浮亏|账面浮盈|账面浮亏|账面盈利|账面亏损)\s*(?:已)?\s*(?:约|达|超)?\s*(?P<num>{SIGNED_NUM})\s*"
                         rf"(?P<unit>(?:万亿|亿|千万|百万|万)?元)")
# a buyback plan's bounds and the counts they buy at its price cap: '回购资金总额不低于人民币4,000万元,且不超过人民币1.2亿元,
# 回购股份价格不超过18元/股,预计本次回购股份数量为2,222,222股至6,666,667股' — each count = its bound ÷ the cap
_MONEY_BOUND = rf"(?:人民币)?\s*(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:万亿|亿|千万|百万|万)?元)"
_PLAN = re.compile(rf"(?:资金总额|回购金额|资金)\s*(?:为)?\s*不低于\s*{_MONEY_BOUND.replace('NAME', 'low')}[^。；;]{{0,30}}?不超过\s*"
                   rf"{_MONEY_BOUND.replace('NAME', 'high')}[^。；;]{{0,80}}?价格\s*不(?:超过|高于)\s*(?:人民币)?\s*(?P<price>{SIGNED_NUM})\s*元\s*(?:/|每)\s*股"
                   rf"[^。；;]{{0,60}}?数量\s*(?:约)?\s*为\s*(?P<c1>{SIGNED_NUM})\s*(?P<c1_unit>万|亿)?\s*股?\s*(?:至|到|~|～|-|—)\s*"
                   rf"(?P<c2>{SIGNED_NUM})\s*(?P<c2_unit>万|亿)?\s*股")
_PARAGRAPH = re.compile(r"\n\s*\n")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for m in _listed(_AMOUNT, _NEXT_AMOUNT, text, (0, len(text))):
            out += filter(None, [_judged_amount(page, m)])
        for m in _PAPER_GAIN.finditer(text):
            out += filter(None, [_judged_gain(page, m)])
        for m in _PLAN.finditer(text):
            out += _judged_plan(page, m)
    return out


def _judged_plan(page, m: re.Match) -> list[dict]:
    """A buyback plan's two counts, each its money bound over the price cap — the bounds and the cap exact, as rules
    are (18元/股 is no 17.5–18.5), the counts to the share."""
    def as_rule(digits: str, scale: Decimal = Decimal(1)) -> Printed:
        return Printed(Printed.of(digits).value * scale, Decimal(0))
    cap = as_rule(m.group("price"))
    out = []
    for bound, count in (("low", "c1"), ("high", "c2")):
        money = as_rule(m.group(bound), money_scale(m.group(bound + "_unit"))[0])
        printed = Printed.of(m.group(count)).times(share_scale((m.group(count + "_unit") or "") + "股"))
        verdict, exact = judge_formula(lambda a, p: a / p, [money, cap], printed)
        out.append(make(sentence_marked(page.text, m.span(count)), page.number,
                        f"{m.group(bound)}{m.group(bound + '_unit')} ÷ {m.group('price')}元/股",
                        {"money bound": money, "price cap": cap}, printed, exact, "股", verdict,
                        "the shares the plan's money bound buys at its price cap",
                        cells=[("text", page.number, *m.span(count)), ("text", page.number, *m.span(bound)),
                               ("text", page.number, *m.span("price"))]))
    return out


def passage(text: str, at: int) -> tuple[int, int]:
    """PASSAGE characters either side of `at`, within its paragraph."""
    start, end = max(0, at - PASSAGE), min(len(text), at + PASSAGE)
    before = [p.end() for p in _PARAGRAPH.finditer(text, start, at)]
    after = _PARAGRAPH.search(text, at, end)
    return (before[-1] if before else start), (after.start() if after else end)


def _listed(pattern: re.Pattern, following: Optional[re.Pattern], text: str, span: tuple[int, int]) -> list[re.Match]:
    """The figures `pattern` finds in `span`, each followed by the rest of its list of cases (`following`)."""
    out = []
    for m in pattern.finditer(text, *span):
        out.append(m)
        while following is not None and (m := following.match(text, m.end())) is not None:
            out.append(m)
    return out


def one_figure(pattern: re.Pattern, text: str, span: tuple[int, int], key, case: Optional[str], at: int,
               following: Optional[re.Pattern] = None) -> Optional[re.Match]:
    """The one figure `pattern` finds in the passage (one value, maybe said twice); where it names two, the one stated
    for the amount's `case` (each case's figures bracketed alike: '(超配权行使前)', '(超配权全额行使后)'), else the one on
    the amount's own line (a page listing two offerings, one a line); else none."""
    found = _listed(pattern, following, text, span)
    if len({key(m) for m in found}) > 1 and case:
        found = [m for m in found if _case(text, m.end()) == case]
    found = on_its_line(found, key, lambda m: m.start(), text, at)
    values = {key(m) for m in found}
    return found[0] if len(values) == 1 else None


def on_its_line(found: list, value, start, text: str, at: int) -> list:
    """Where the figures found differ in `value`, those that `start` on the line of `at` (a page listing two offerings,
    one a line) — and where those still differ, in its sentence (a copy that ran a report's paragraph onto one line:
    '…非公开发行…19,863,488 股,每股发行价格为 36.63 元/股,募集资金总额为…。…实际非公开发行…21,440,134 股'); else all of them."""
    if len({value(f) for f in found}) <= 1:
        return found
    line = _line_of(text, at)
    found = [f for f in found if line[0] <= start(f) < line[1]]
    if len({value(f) for f in found}) <= 1:
        return found
    opens, ends = sentence_start(text, at, "。"), sentence_end(text, at, "。")
    return [f for f in found if opens <= start(f) <= ends]


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (end if end >= 0 else len(text))


def _case(text: str, end: int) -> Optional[str]:
    """The case a figure ending at `end` is stated for, bracketed right after it; None where none is."""
    m = _CASE.match(text, end)
    return m.group("case").strip() if m else None


def _shares(m: re.Match) -> Decimal:
    return figure_of(m.group("num")).value * share_scale((m.group("unit") or "") + "股")


def price_figure(m: re.Match) -> str:
    return m.group("num") or m.group("first")


def _deal(text: str, at: int, case: Optional[str] = None) -> Optional[tuple[re.Match, re.Match]]:
    span = passage(text, at)
    shares = one_figure(_SHARES, text, span, _shares, case, at, _NEXT_SHARES)
    price = one_figure(PRICE, text, span, lambda m: figure_of(price_figure(m)).value, case, at)
    return None if shares is None or price is None else (shares, price)


def _judged_amount(page, m: re.Match) -> Optional[dict]:
    if deductions.after_a_deduction(page.text, m.start()):
        return None  # what a fee's deduction leaves ('坐扣…费用2,600.00万元后的募集资金为31,131.10万元'): `deductions`'
    return _judged(page, m, lambda n, p: n * p, lambda shares, price: f"{shares}股 × {price}元/股", {},
                   "the deal's shares times its price per share")


def _judged_gain(page, m: re.Match) -> Optional[dict]:
    close = Printed.of(m.group("close"))
    return _judged(page, m, lambda n, p, q: n * (q - p), lambda shares, price: f"{shares}股 × ({m.group('close')} − {price})元/股",
                   {"close": close}, "the deal's shares times the close less the price paid", sign=-1 if "亏" in m.group("word") else 1,
                   cells=[("text", page.number, *m.span("close"))])


def _judged(page, m: re.Match, fn, formula, more: dict, note: str, sign: int = 1, cells: Optional[list] = None) -> Optional[dict]:
    """The amount at `m` (a loss negative: `sign`) judged as fn(the deal's share count, its price per share, *`more`)."""
    text = page.text
    deal = _deal(text, m.start(), _case(text, m.end()))
    if deal is None:
        return None
    shares, price = deal
    scale, _ = money_scale(m.group("unit"))
    count = Printed.of(shares.group("num")).times(share_scale((shares.group("unit") or "") + "股"))
    paid = Printed.of(price_figure(price))
    printed = Printed.of(m.group("num")).signed(sign)
    verdict, exact = judge_formula(lambda *x: fn(*x) / scale, [count, paid, *more.values()], printed)
    return make(sentence_marked(text, m.span("num")), page.number,
                formula(shares.group("num") + (shares.group("unit") or ""), price_figure(price)),
                {"shares": count, "price per share": paid, **more}, printed, exact, m.group("unit"), verdict, note,
                cells=[("text", page.number, *m.span("num")), ("text", page.number, *shares.span("num")),
                       ("text", page.number, *price.span("num" if price.group("num") else "first"))] + (cells or []))
