"""Check family: a line item printed in two tables for one period (a first-page summary
table and the statements page) must agree, after the two tables' units (亿元 against
百万元); a slip of units is a mismatch with its cause. The line is the same concept
under the same name, or under another (营业收入 on page 1, 营业总收入 in the statement)
where neither table prints the other's name as a line of its own. A ratio, multiple or
per-share figure printed in two tables (a summary's ROE, P/E or EPS, the ratio table's)
must agree within both printings' rounding: "17.5" on page 1 is not the "17.44" of the
statements page."""
from __future__ import annotations

import re
from decimal import Decimal

from ...calc import cause
from ...document import Document
from ...normalize.financials import is_ratio_item
from ..checks import CURRENCY_OF_WORD, QUALIFIER, Amount, amounts, judge_formula, make, money_scale
from .margins import RATIOS
from .totals import parent_in_disguise

# words in a ratio's name that say which of its definitions it is: ROE(摊薄) and ROE(加权)
# are two figures, EPS(最新摊薄) and 每股收益(摊薄) one
_BASIS_WORDS = ("摊薄", "加权", "平均", "全面", "稀释", "基本", "扣非", "调整")


def _money(unit) -> tuple[Decimal, str] | None:
    """(scale, currency word) of a money unit (千元, 百万美元, 亿港元), else None."""
    if not unit:
        return None
    scale, currency = money_scale(unit)
    return (scale, currency) if currency in CURRENCY_OF_WORD else None


def _same_meaning(a, b) -> bool:
    """One line in two tables means the same only within one statement, or between a
    summary (forecast) table and a statement: the cash-flow statement's 财务费用 and
    净利润 are add-backs, not the income statement's lines."""
    return a.statement == b.statement or "forecast" in (a.statement, b.statement)


def find(doc: Document) -> list[dict]:
    everything = amounts(doc)
    return money_lines(everything) + ratio_lines(everything)


def money_lines(everything: list[Amount]) -> list[dict]:
    rows = [a for a in everything if a.concept and _money(a.unit) and a.printed.value != 0]
    out, seen = [], set()
    names = {}  # each table's line items by name
    for x in everything:
        names.setdefault(x.table, set()).add(x.item)
    for a in rows:
        for b in rows:
            if b.table <= a.table or a.concept != b.concept or a.period != b.period:
                continue
            if a.item != b.item and (a.item in names[b.table] or b.item in names[a.table]):
                continue  # one name in two tables is that line; another name there is another line (营业总收入 over 营业收入)
            if not _same_meaning(a, b):
                continue
            (scale_a, currency_a), (scale_b, currency_b) = _money(a.unit), _money(b.unit)
            if (a.concept, a.period, a.table) in seen or (scale_a > 1) != (scale_b > 1):
                continue
            if currency_a != currency_b:
                continue  # another currency
            seen.add((a.concept, a.period, a.table))
            factor = scale_b / scale_a
            printed = a.printed
            verdict, exact = judge_formula(lambda x: x * factor, [b.printed], printed)
            note = cause(verdict, exact, printed, money=True) if exact is not None else ""
            if verdict == "mismatch" and (parent_in_disguise(a, everything) or parent_in_disguise(b, everything)):
                verdict, note = "unverifiable", "one table's 净利润 prints the parent's share (归母): the labels differ in meaning"
            out.append(make(f"{a.item} {a.period} {a.printed.value} (p.{a.page}) against p.{b.page}", a.page,
                            f"{a.item} restated from the table on p.{b.page}", {f"{b.item} {b.period} ({b.unit})": b.printed},
                            printed, exact, a.unit, verdict, note, a.cell(), cells=[a, b]))
    return out


_PER_SHARE = re.compile(r"每股|EPS|BPS|BVPS|DPS", re.I)


def _ratio_key(a: Amount) -> str | None:
    """What a ratio, multiple or per-share line means, for matching it across tables: its
    concept (pe, eps), else the ratio of margins.RATIOS its name is, else its name squashed
    ('EV/EBITDA' and 'EVEBITDA' one); with the basis words its name carries."""
    if a.growth_of:
        return None  # a growth row: the growth family recomputes it from its amounts
    if not (_unit_class(a.unit) or is_ratio_item(a.item) or _PER_SHARE.search(a.item)):
        return None  # an amount whose unit no table prints: a breakdown's 合计 or 其他 is no line of another table's
    name = QUALIFIER.sub("", a.item)
    meaning = a.concept or next((str(i) for i, (pattern, _, _) in enumerate(RATIOS) if pattern.match(name)), None) \
        or re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", a.item).upper()
    return meaning + "|" + "".join(w for w in _BASIS_WORDS if w in a.item)


def _currency(a: Amount, everything: list[Amount]) -> str | None:
    """A per-share figure's currency: its unit's, else the one currency its table's money is
    in, else (a ratios table prints no money) the one currency every table's money is in."""
    unit = _money(a.unit)
    if unit:
        return unit[1]
    currencies = {_money(x.unit)[1] for x in everything if x.table == a.table and _money(x.unit)}
    if not currencies:
        currencies = {_money(x.unit)[1] for x in everything if x.table is not None and _money(x.unit)}
    return currencies.pop() if len(currencies) == 1 else None


def _unit_class(unit: str | None) -> str | None:
    return {"%": "%", "x": "x", "倍": "x", "X": "x"}.get((unit or "").strip())


def ratio_lines(everything: list[Amount]) -> list[dict]:
    # ratios and per-share figures: no unit, %, times, or money in units (元 a share)
    rows = [a for a in everything if not (_money(a.unit) and _money(a.unit)[0] != 1)]
    keyed: dict[tuple, list[Amount]] = {}
    for a in rows:
        key = _ratio_key(a)
        if key:
            keyed.setdefault((key, a.table, a.period), []).append(a)
    printings: dict[tuple, list[Amount]] = {}  # one figure's printings, one a table, in table order
    for (key, table, period), found in sorted(keyed.items(), key=lambda kv: kv[0][1]):
        if len(found) == 1:  # one name on two rows of a table ('(+/-%)' under each amount): which is which is unknown
            printings.setdefault((key, period), []).append(found[0])
    out = []
    for found in printings.values():
        pairs = {(i, j): _judged(a, b, everything) for i, a in enumerate(found) for j, b in enumerate(found) if i != j}
        if not any(pairs.values()):
            continue
        # the printing the others agree with is the reference (of two as agreed with, the earlier):
        # a figure printed three times and edited once is one mismatch, at the odd printing
        ref = max(range(len(found)), key=lambda r: (sum(1 for (i, _), j in pairs.items() if i == r and j and j[0] != "mismatch"), -r))
        reference = found[ref]
        for i, a in enumerate(found):
            judged = pairs.get((i, ref))
            if i == ref or not judged:
                continue
            verdict, exact = judged
            note = f"p.{a.page} prints {a.printed.value}, p.{reference.page} {reference.printed.value}" \
                if verdict == "mismatch" else ""
            out.append(make(f"{a.item} {a.period} {a.printed.value} (p.{a.page}) against p.{reference.page}", a.page,
                            f"{a.item} restated from the table on p.{reference.page}",
                            {f"{reference.item} {reference.period}": reference.printed}, a.printed, exact, a.unit,
                            verdict, note, a.cell(), cells=[a, reference]))
    return out


def _judged(a: Amount, b: Amount, everything: list[Amount]):
    """`a` against `b` as one figure (verdict, value), or None where they cannot be one."""
    if None not in (_unit_class(a.unit), _unit_class(b.unit)) and _unit_class(a.unit) != _unit_class(b.unit):
        return None  # a percentage against a multiple: not one figure
    if (_money(a.unit) or _money(b.unit)) and _currency(a, everything) != _currency(b, everything):
        return None  # per-share figures in two currencies, or one whose currency is unknown
    return judge_formula(lambda x: x, [b.printed], a.printed)
