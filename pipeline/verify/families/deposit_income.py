"""Check family: the income a deposit or a wealth-management product paid, from its principal, its annual rate and its
term — interest = principal × rate × days ÷ 365 (some banks count 360 days a year):

    '购买人民币1500万元稳得利91天周期型理财产品…收回本金人民币1500万元,取得理财收益为人民币142,109.59元,实际年化收益率3.80%'
        15,000,000 × 3.80% × 91 ÷ 365 = 142,109.59
    '预期年化收益率:4.7%-5.1%,产品起息日:2018年05月31日,产品到期日:2018年11月30日…收回本金5,000万元,收到理财收益
     1,178,219.18元'   5,000万 × 4.70% × 183 ÷ 365 = 1,178,219.18, a rate within the range

The income ('取得理财收益', '利息收入') and the principal returned ('收回本金') in one clause run; the rate in that run, else
the one rate the text states before it; the term as the text gives it: days stated ('91天', one number of days before the
income), else the days from 起息日 to 到期日 (one day either way: which end counts), else from the day the product was
bought to the day it was redeemed (interest may start up to three days after the purchase). An income redeemed early
(提前) has no term the text states: not read. A range of rates ('4.7%-5.1%', a structured deposit's) allows any rate in it."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Optional

from ...calc import Printed, judge_within
from ...document import Document
from ...quantities import NUM
from ..checks import make, money_scale, sentence_end, sentence_marked, sentence_start
from ..sentences import figure_of

YEAR_BASES = (365, 360)
PURCHASE_LAG = 3  # days after a purchase before interest may start
_MONEY = rf"(?:人民币)?\s*(?P<num>{NUM})\s*(?P<unit>亿元|万元|元)"
_INCOME = re.compile(rf"(?:理财收益|投资收益|利息收入|收益|利息)(?:金额)?\s*(?:为|共计|合计|约)?\s*{_MONEY}")
_PRINCIPAL = re.compile(rf"本金\s*{_MONEY}")
_RATE = re.compile(rf"年化(?:预期)?收益率\s*(?:为|[:：])?\s*(?P<lo>{NUM})\s*%?\s*(?:[-~～至—]\s*(?P<hi>{NUM})\s*)?%")
_DAYS = re.compile(r"(?<![\d.])(?P<n>\d{1,4})\s*天(?!内)")
_DATE = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_STARTS = re.compile(rf"起息日\s*(?:为|[:：])?\s*{_DATE}")
_ENDS = re.compile(rf"到期日\s*(?:为|[:：])?\s*{_DATE}")
_A_DATE = re.compile(_DATE)
_BOUGHT = re.compile(r"购买|认购|买入|存入")
_REDEEMED = re.compile(r"到期|赎回|收回")
_EARLY = re.compile(r"提前")
_CLAUSES = "。；;\n"


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        if "本金" not in page.text:
            continue  # (a cheap test first: an income is read with the principal returned in its clause)
        for income in _INCOME.finditer(page.text):
            check = _judged(page, income)
            if check is not None:
                out.append(check)
    return out


def _judged(page, income: re.Match) -> Optional[dict]:
    text = page.text
    opens, ends = sentence_start(text, income.start(), _CLAUSES), sentence_end(text, income.end(), _CLAUSES)
    principals = list(_PRINCIPAL.finditer(text, opens, income.start()))
    if not principals or _EARLY.search(text, sentence_start(text, income.start(), "。\n"), ends):
        return None
    principal = principals[-1]
    rate = _rate(text, opens, ends)
    term = _term(text, income.start())
    if rate is None or term is None:
        return None
    (first, last, rate_words), (d_lo, d_hi, nominal, term_words) = rate, term
    amount = figure_of(principal.group("num")).times(money_scale(principal.group("unit"))[0]).value
    printed = figure_of(income.group("num"))
    scale = money_scale(income.group("unit"))[0]

    def income_at(rate: Decimal, days: int, base: int) -> Decimal:
        return amount * rate / 100 * days / base / scale

    # the term and the year's days whose span of incomes (the rates within their printing) lies nearest the printed one,
    # the term as the text gives it and a 365-day year first where several hold it
    spans = [(income_at(first.interval()[0], d, base), income_at(last.interval()[1], d, base), d, base)
             for base in YEAR_BASES for d in range(d_lo, d_hi + 1)]
    lo, hi, days, base = min(spans, key=lambda s: (_distance(printed.value, s[0], s[1]), abs(s[2] - nominal), s[3] != 365))
    # (the income at the rate as printed; within a range of rates, the printed income where the range holds it)
    exact = min(max(printed.value, income_at(first.value, days, base)), income_at(last.value, days, base))
    verdict = judge_within(exact, lo, hi, printed)
    return make(sentence_marked(text, income.span("num")), page.number,
                f"{principal.group('num')}{principal.group('unit')} × {rate_words} × {days} ÷ {base}",
                {"principal": amount, "annual rate (%)": rate_words, "days": days},
                printed, exact, income.group("unit"), verdict,
                f"the income of the principal at its annual rate over its term ({term_words}, a {base}-day year)",
                cells=[("text", page.number, *income.span("num")), ("text", page.number, *principal.span("num"))])


def _distance(value: Decimal, lo: Decimal, hi: Decimal) -> Decimal:
    return Decimal(0) if lo <= value <= hi else min(abs(value - lo), abs(value - hi))


def _rate(text: str, opens: int, ends: int) -> Optional[tuple[Printed, Printed, str]]:
    """The annual rate (its lowest and highest figure, one for a single rate, and its words): the one in the income's clause
    run, else the one distinct rate the text states before it."""
    found = list(_RATE.finditer(text, opens, ends))
    if not found:
        before = list(_RATE.finditer(text, 0, opens))
        if len({(m.group("lo"), m.group("hi")) for m in before}) != 1:
            return None
        found = before
    m = found[-1]
    words = f"{m.group('lo')}%" + (f"–{m.group('hi')}%" if m.group("hi") else "")
    return figure_of(m.group("lo")), figure_of(m.group("hi") or m.group("lo")), words


def _term(text: str, at: int) -> Optional[tuple[int, int, int, str]]:
    """The fewest and most days the income may be of, the days as the text gives them, and its words for them."""
    days = {int(m.group("n")) for m in _DAYS.finditer(text, 0, at)}
    if len(days) == 1:
        n = days.pop()
        return n, n, n, f"{n}天"
    starts, ends = _dates(_STARTS, text, at), _dates(_ENDS, text, at)
    if len(starts) == 1 and len(ends) == 1:
        d = (ends.pop() - starts.pop()).days
        return (d - 1, d + 1, d, f"起息日 to 到期日, {d} days") if d > 1 else None
    bought = [(m, day) for m, day in _days(text, 0, at) if _BOUGHT.search(text, m.end(), sentence_end(text, m.end(), "。\n"))]
    if not bought:
        return None
    start_match, start = bought[-1]
    redeemed = [day for m, day in _days(text, start_match.end(), at)
                if day > start and _REDEEMED.search(text, m.end(), sentence_end(text, m.end(), "。\n"))]
    if not redeemed:
        return None
    d = (redeemed[-1] - start).days
    return d - PURCHASE_LAG, d, d, f"bought to redeemed, {d} days"


def _days(text: str, start: int, end: int) -> list[tuple[re.Match, date]]:
    """The dates text[start:end] states, each with its day (a date no calendar has left out)."""
    return [(m, day) for m in _A_DATE.finditer(text, start, end) if (day := _day(m))]


def _dates(pattern: re.Pattern, text: str, at: int) -> set[date]:
    return {d for d in (_day(m) for m in pattern.finditer(text, 0, at)) if d}


def _day(m: re.Match) -> Optional[date]:
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None  # (a date no calendar has)
