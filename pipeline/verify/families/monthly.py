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
from typing import NamedTuple, Optional

from ... import data_json
from ...document import Document
from ...calc import Printed
from ..checks import Amount, amounts, growth_pct, judge_formula, make, printed_cell

# a column of a group of columns, named by its group and its own name ('M1·环比增长', as ingest names a data site's
# groups of columns): each group is a series of its own
GROUP_MARK = "·"
_MONTH = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*[/\-.年]\s*(?P<m>1[0-2]|0?[1-9])\s*(?:月份?)?$")


@lru_cache(maxsize=1)
def _roles() -> list[tuple[str, re.Pattern]]:
    return [(role, re.compile(pattern)) for role, pattern in data_json("monthly_series.json")["roles"]]


def role_of(item: str) -> Optional[str]:
    """The role of a column by its own name ('累计营收年增率(%)' → ytd_yoy; 'M1·环比增长' → mom), or None."""
    name = re.sub(r"[（(][^)）]*[)）]", "", item.split(GROUP_MARK)[-1]).replace(" ", "")
    return next((role for role, pattern in _roles() if pattern.search(name)), None)


def group_of(item: str) -> str:
    """The group a column belongs to ('M1' of 'M1·环比增长'); '' for a column of no group."""
    return item.rsplit(GROUP_MARK, 1)[0] if GROUP_MARK in item else ""


def _month(period: Optional[str]) -> Optional[tuple[int, int]]:
    m = _MONTH.match((period or "").strip())
    return (int(m.group("y")), int(m.group("m"))) if m else None


def _shifted(month: tuple[int, int], by: int) -> tuple[int, int]:
    n = month[0] * 12 + month[1] - 1 - by
    return n // 12, n % 12 + 1


def find(doc: Document) -> list[dict]:
    tables: dict[tuple[int, str], dict[str, dict[tuple[int, int], Amount]]] = {}  # by table and group
    typed = set()  # (page, month as printed) of each typed table's months
    for a in amounts(doc):
        month, role = _month(a.period), role_of(a.item)
        if month:
            typed.add((a.page, str(a.period).strip()))
        if month and role:
            tables.setdefault((a.table, group_of(a.item)), {}).setdefault(role, {})[month] = a
    # (a table the financials reader typed is also kept as read: its months are read once, typed)
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        for key, columns in _untyped_columns(k, table, typed).items():
            tables[key] = columns
    out = []
    for columns in tables.values():
        out += _judged(columns)
    return out


class _Cell(NamedTuple):
    """An untyped table's cell read as `_judged` reads a financials Amount: its column as the item, its row's month."""
    item: str
    period: str
    printed: Printed
    unit: Optional[str]
    page: int
    where: dict
    key: tuple

    def cell(self) -> dict:
        return self.where


MONTHS_DOWN = 3  # the months a table's first column must name to be read as a table of months


def _untyped_columns(k: int, table, typed: set) -> dict:
    """A table no reader typed whose first column names months ('2025年01月份', a data site's page of series), its
    columns by role and group as `find` files a financials table's: {(table, group): {role: {month: cell}}}. None of
    a table whose months a typed table on its page holds (`typed`: page and month as printed)."""
    if len(table.columns) < 3:
        return {}
    label = table.columns[0]
    months = [_month(str(r.get(label) or "")) for r in table.rows]
    if sum(1 for m in months if m) < MONTHS_DOWN or any((table.page, str(r.get(label) or "").strip()) in typed
                                                        for r in table.rows):
        return {}
    out: dict = {}
    for column in table.columns[1:]:
        role = role_of(str(column))
        if role is None:
            continue
        for i, (row, month) in enumerate(zip(table.rows, months)):
            printed, unit, _ = printed_cell(row.get(column))
            if month is None or printed is None:
                continue
            cell = _Cell(str(column), str(row.get(label)).strip(), printed, unit, table.page,
                         {"table": k, "row": str(row.get(label)).strip(), "column": str(column)}, ("other", k, i, column))
            out.setdefault(("other", k, group_of(str(column))), {}).setdefault(role, {})[month] = cell
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


def _check(a, formula: str, fn, inputs: list, unit: Optional[str]) -> dict:
    """`a` (an Amount, or an untyped table's _Cell) against fn of `inputs` (the same kind)."""
    verdict, exact = judge_formula(fn, [i.printed for i in inputs], a.printed)
    claim = f"{a.item} {a.period} {a.printed.value}{'%' if a.unit == '%' else ''}"
    return make(claim, a.page, formula, {f"{i.item} {i.period}": i.printed for i in inputs}, a.printed, exact,
                unit or "", verdict, "", a.cell(), cells=[c.key if isinstance(c, _Cell) else c for c in (a, *inputs)])
