"""Check family: a table of months and the columns derived from each month's amount, as a
Taiwan-listed company's monthly revenue page prints them:

    年/月 | 營收 | 月增率(%) | 去年同期年增率(%) | 累計營收 | 累計營收年增率(%) | 近三月累計營收 | …EPS | …累計EPS
    2024/10 | 11.12 | 15.33 | 16.58 | 110.23 | 2.29 | 31.74 | 0.09 | 1.02
    2024/9  |  9.64 | …                    |  99.11 | …

月增率 = the month over the month before − 1; 年增率 = over the same month a year before; 累計 = the
cumulative to the month before plus this month (January's is its own month); 累計年增率 = the
cumulative over the same cumulative a year before; 近三月累計 = this month and the two before; a
cumulative EPS likewise from the month's EPS. Each only where the table prints its inputs (rows
may run either way, months left out). Which column is which is data (data/monthly_series.json)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...document import Document
from ..checks import Amount, amounts, growth_pct, judge_formula, make

_MONTH = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[/\-.年]\s*(?P<m>1[0-2]|0?[1-9])\s*月?$")


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern]]:
    return [(role, re.compile(pattern)) for role, pattern in data_json("monthly_series.json")["roles"]]


def role_of(item: str) -> Optional[str]:
    """The role of a column by its name ('累计营收年增率(%)' → ytd_yoy), or None."""
    name = re.sub(r"[（(][^)）]*[)）]", "", item).replace(" ", "")
    return next((role for role, pattern in _roles() if pattern.search(name)), None)


def _month(period: Optional[str]) -> Optional[tuple[int, int]]:
    m = _MONTH.match((period or "").strip())
    return (int(m.group("y")), int(m.group("m"))) if m else None


def _shifted(month: tuple[int, int], by: int) -> tuple[int, int]:
    n = month[0] * 12 + month[1] - 1 - by
    return n // 12, n % 12 + 1


def find(doc: Document) -> list[dict]:
    tables: dict[int, dict[str, dict[tuple[int, int], Amount]]] = {}
    for a in amounts(doc):
        month, role = _month(a.period), role_of(a.item)
        if month and role:
            tables.setdefault(a.table, {}).setdefault(role, {})[month] = a
    out = []
    for columns in tables.values():
        out += _judged(columns)
    return out


def _judged(columns: dict[str, dict[tuple[int, int], Amount]]) -> list[dict]:
    out = []
    amount, ytd, eps, cum_eps = (columns.get(r, {}) for r in ("amount", "ytd", "eps", "cum_eps"))
    for role, base_of, over in (("mom", amount, 1), ("yoy", amount, 12), ("ytd_yoy", ytd, 12)):
        for month, a in columns.get(role, {}).items():
            now, before = base_of.get(month), base_of.get(_shifted(month, over))
            if now is not None and before is not None:
                out.append(_check(a, f"({now.item} {now.period} ÷ {before.item} {before.period} − 1) × 100",
                                  growth_pct, [now, before], "%"))
    for role, sums, parts in (("ytd", ytd, amount), ("cum_eps", cum_eps, eps)):
        for month, a in sums.items():
            this = parts.get(month)
            if this is None:
                continue
            if month[1] == 1:  # January's cumulative is its own month
                out.append(_check(a, f"{this.item} {this.period}", lambda x: x, [this], a.unit))
            elif (earlier := sums.get(_shifted(month, 1))) is not None:
                out.append(_check(a, f"{earlier.item} {earlier.period} + {this.item} {this.period}",
                                  lambda x, y: x + y, [earlier, this], a.unit))
    for month, a in columns.get("last3", {}).items():
        three = [amount.get(_shifted(month, k)) for k in range(3)]
        if None not in three:
            out.append(_check(a, " + ".join(f"{x.item} {x.period}" for x in three), lambda x, y, z: x + y + z, three, a.unit))
    return out


def _check(a: Amount, formula: str, fn, inputs: list[Amount], unit: Optional[str]) -> dict:
    verdict, exact = judge_formula(fn, [i.printed for i in inputs], a.printed)
    claim = f"{a.item} {a.period} {a.printed.value}{'%' if a.unit == '%' else ''}"
    return make(claim, a.page, formula, {f"{i.item} {i.period}": i.printed for i in inputs}, a.printed, exact,
                unit or "", verdict, "", a.cell(), cells=[a, *inputs])
