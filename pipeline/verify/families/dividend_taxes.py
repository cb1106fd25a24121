"""Check family: a dividend notice's after-tax figures from its dividend before tax and the tax rate:

    '每10股派8.000000元人民币现金(含税;扣税后,…QFII、RQFII…每10股派7.200000元'      8 × (1 − 10%) = 7.2
    '按照10%的税率代扣个人所得税,现金红利按10%税率应缴税0.015元/股,扣税后,实际发放现金红利为0.135元/股'
        0.15 × 10% = 0.015;  0.15 × (1 − 10%) = 0.135
    '持股1个月(含1个月)以内,每10股补缴税款1.600000元'   (no tax withheld at payment: 8 × 20%)

The dividend before tax is the one per share (or per ten) the page states first, every such statement agreeing. The rate
is the one the after-tax figure's sentence states ('按10%的税率'), else the one the law sets for the holders it names
(data/dividend_taxes.json: QFII, 沪股通, 香港市场投资者 … withheld at 10%); where no tax is withheld ('不代扣') the figure is
the dividend itself. A top-up by holding period (补缴) is read only where the notice says no tax is withheld at payment
(暂不扣缴): the rate its period carries, less nothing."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ...quantities import NUM
from ..checks import judge_formula, make, sentence_marked, sentence_start
from ..sentences import figure_of
from .dividend import PER_SHARE

_TAXES = data_json("dividend_taxes.json")
_WITHHELD_HOLDERS = re.compile("|".join(re.escape(w) for w in _TAXES["withheld_at_ten_percent"]))
_WITHHELD_RATE = Decimal(_TAXES["withheld_rate_percent"])
_TOP_UPS = [(re.compile(t["words"]), Decimal(t["rate_percent"])) for t in _TAXES["top_up_by_holding"]]
_AFTER_TAX = re.compile(r"扣税后|税后")
# an amount per share (or per ten): '每10股派7.200000元', '每股派0.09577元', '实际发放现金红利为0.135元/股'
_AMOUNT = re.compile(rf"每\s*(?P<per>10|十)?\s*股\s*(?:实际)?\s*(?:派发?|发放|派送)?\s*(?:现金红利|红利)?\s*(?:为)?\s*(?:人民币)?\s*"
                     rf"(?P<num>{NUM})\s*元|(?P<num2>{NUM})\s*元\s*/\s*股")
_RATE = re.compile(rf"(?P<rate>{NUM})\s*%\s*(?:的)?\s*税率|税率\s*(?:为)?\s*(?P<rate2>{NUM})\s*%")
_TAX = re.compile(rf"(?:应缴税|应缴纳税款|代扣税款)\s*(?P<num>{NUM})\s*元\s*/\s*股")
_NOT_WITHHELD = re.compile(r"不代扣|不扣缴|税前")
_NONE_AT_PAYMENT = re.compile(r"暂不扣缴|暂不代扣")
_TOP_UP = re.compile(rf"每\s*(?P<per>10|十)?\s*股\s*补缴(?:税款)?\s*(?P<num>{NUM})\s*元")
_AFTER_REACH = 80  # characters from '扣税后' to its amount
HUNDRED = Decimal(100)


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "税" not in text:
            continue  # (a cheap test first)
        before_tax = _before_tax(text)
        if before_tax is None:
            continue
        dps, at = before_tax
        out += _after_tax(page, dps, at) + _taxes(page, dps) + _top_ups(page, dps)
    return out


def _before_tax(text: str) -> Optional[tuple[Decimal, int]]:
    """The dividend per share before tax the page states, and where, where every statement of it before the first after-tax
    figure agrees."""
    first_after = min((m.start() for m in _AFTER_TAX.finditer(text)), default=len(text))
    stated = [(figure_of(m.group("num")).value / (10 if m.group("per") else 1), m.end())
              for m in PER_SHARE.finditer(text, 0, first_after)]
    if not stated or len({v for v, _ in stated}) != 1:
        return None
    return stated[0]


def _rate(text: str, at: int) -> Optional[Decimal]:
    """The tax rate an after-tax figure at `at` is of: its sentence's stated rate, else the one the holders it names carry."""
    opens = sentence_start(text, at, "。\n")
    stated = list(_RATE.finditer(text, opens, at))
    if stated:
        m = stated[-1]
        return figure_of(m.group("rate") or m.group("rate2")).value
    if _WITHHELD_HOLDERS.search(text, opens, at):
        return _WITHHELD_RATE
    if _NOT_WITHHELD.search(text, sentence_start(text, at, "。；;\n"), at):
        return Decimal(0)
    return None


def _after_tax(page, dps: Decimal, before_at: int) -> list[dict]:
    text, out = page.text, []
    for after in _AFTER_TAX.finditer(text, before_at):
        amount = _AMOUNT.search(text, after.end(), min(len(text), after.end() + _AFTER_REACH))
        if amount is None or "。" in text[after.end():amount.start()]:
            continue
        rate = _rate(text, amount.start())
        if rate is None:
            continue
        per = Decimal(10) if amount.group("per") else Decimal(1)
        out.append(_check(page, amount, "num" if amount.group("num") else "num2", lambda d, r: d * per * (1 - r / HUNDRED),
                          dps, rate, f"每{'10' if per == 10 else ''}股 {_shown(dps * per)}元 × (1 − {rate}%)",
                          "the dividend after the tax withheld at its rate"))
    # (holders no tax is withheld from: the figure is the dividend itself — '不代扣,税前每股派0.10641元')
    read = set()
    for m in _NOT_WITHHELD.finditer(text, before_at):
        amount = _AMOUNT.search(text, m.end(), min(len(text), m.end() + _AFTER_REACH // 4))
        if amount is not None and amount.start() not in read and not _AFTER_TAX.search(text, m.end(), amount.start()):
            read.add(amount.start())
            per = Decimal(10) if amount.group("per") else Decimal(1)
            out.append(_check(page, amount, "num" if amount.group("num") else "num2", lambda d, r: d * per, dps, Decimal(0),
                              f"每{'10' if per == 10 else ''}股 {_shown(dps * per)}元", "no tax withheld: the dividend itself"))
    return out


def _taxes(page, dps: Decimal) -> list[dict]:
    out = []
    for m in _TAX.finditer(page.text):
        rate = _rate(page.text, m.start())
        if rate:
            out.append(_check(page, m, "num", lambda d, r: d * r / HUNDRED, dps, rate, f"每股 {_shown(dps)}元 × {rate}%",
                              "the tax a share's dividend bears at its rate"))
    return out


def _top_ups(page, dps: Decimal) -> list[dict]:
    text, out = page.text, []
    if not _NONE_AT_PAYMENT.search(text):
        return out
    for m in _TOP_UP.finditer(text):
        clause = text[sentence_start(text, m.start(), "。；;"):m.start()]
        rates = [rate for words, rate in _TOP_UPS if words.search(clause)]
        if len(rates) != 1:
            continue
        per = Decimal(10) if m.group("per") else Decimal(1)
        out.append(_check(page, m, "num", lambda d, r: d * per * r / HUNDRED, dps, rates[0],
                          f"每{'10' if per == 10 else ''}股 {_shown(dps * per)}元 × {rates[0]}%",
                          "the tax a holder tops up for the period held (none withheld at payment)"))
    return out


def _check(page, m: re.Match, group: str, formula, dps: Decimal, rate: Decimal, shown: str, note: str) -> dict:
    printed = figure_of(m.group(group))
    # (a declared dividend and a statutory rate are exact, not figures rounded to their last digit)
    verdict, exact = judge_formula(formula, [Printed(dps, Decimal(0), 0), Printed(rate, Decimal(0), 0)], printed)
    return make(sentence_marked(page.text, m.span(group)), page.number, shown,
                {"dividend per share before tax": dps, "tax rate (%)": rate}, printed, exact, "元", verdict, note,
                cells=[("text", page.number, *m.span(group))])


def _shown(value: Decimal) -> str:
    return f"{value.normalize():f}"
