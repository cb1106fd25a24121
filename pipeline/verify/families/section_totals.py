"""Check family: a section's total in a table no statement reader typed, as an export prints a
statement — a heading row with no figures, the section's lines, then the row naming the heading
with 合计:

    营业费用            |         |
    推销费用            | 118,097 |
    管理费用            | 52,350  |
    研究发展费用         | 31,573  |
    营业费用合计         | 203,052 |

The total is the sum of the lines between, column by column (a % column is left alone). A line
that heads a section of its own counts by its own total (利息收入 … 利息收入合计, or its 净额 row); a
section closed by a 净额 only, or holding 小计 lines, is a net whose lines' signs the table does not say,
and is left alone.
Where a section that is no cost holds a cost's line (营业外收入及支出 holding 财务成本净额, printed
positive), the lines may be summed as printed or with the cost taken away: the reading that
reproduces the total is named, and neither reproducing it is unverifiable — never a mismatch."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, printed_cell

_COST = re.compile(r"成本|费用|损失")


def _a_cost(name: str) -> bool:
    """A line printed positive that a total takes away: a cost, an expense, a loss — not a line of
    gains and losses (其他利益及损失, printed with its sign)."""
    return bool(_COST.search(name)) and "利益" not in name and "收益" not in name
_CLOSING = ("合计", "净额")


def find(doc: Document) -> list[dict]:
    out = []
    # the totals a statement reader typed (the `totals` family judges those): (page, line, figure as printed)
    typed = {(t.page, r.get("item"), _bare(r.get("printed"))) for t in doc.tables if t.kind == "financials" for r in t.rows}
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        if not table.columns:
            continue
        label = table.columns[0]
        names = [re.sub(r"\s", "", str(r.get(label) or "")) for r in table.rows]
        columns = [c for c in table.columns[1:] if not re.search(r"[%％]\s*$", str(c or ""))]
        for i, name in enumerate(names):
            if name and _blank(table.rows[i], columns):
                total = _closing_row(names, i, name, ("合计",))  # (a 净额 is a net: its lines' signs are not known)
                if total is not None:
                    out += _section(table, k, label, names, columns, i, total)
        # a bare 合计 closing a table of lines with figures only: the whole table's total ('非经常性损益项目和金额':
        # each item, then 合计)
        if closed_by_a_bare_total(table):
            # (a column whose 合计 a statement reader typed is the totals family's)
            untyped = [c for c in columns if (table.page, names[-1], _bare(table.rows[-1].get(c))) not in typed]
            out += _section(table, k, label, names, untyped, -1, len(names) - 1)
    return out


# a row that totals every line above it
_WHOLE = ("合计", "总计")


def closed_by_a_bare_total(table) -> bool:
    """Whether a table's last row is a bare 合计 (总计) under its lines, each with figures and none a part of another (其中,
    加:, 减:) or a total of its own: the whole table's total, which this family judges (`group_totals` leaves it here)."""
    if not table.columns:
        return False
    names = [re.sub(r"\s", "", str(r.get(table.columns[0]) or "")) for r in table.rows]
    columns = [c for c in table.columns[1:] if not re.search(r"[%％]\s*$", str(c or ""))]
    return bool(names) and names[-1] in _WHOLE and not any(_blank(r, columns) for r in table.rows[:-1]) \
        and not any(n in _WHOLE or "合计" in n or "小计" in n or _NOT_A_LINE.match(n) for n in names[:-1])
# a row that is no line of its own: a part of the line above (其中), one added or taken away (加:, 减:)
_NOT_A_LINE = re.compile(r"其中|[加减][:：]|.*[:：]$")


def _bare(cell) -> str:
    """A cell as printed without its thousands separators and spaces ('1,053,246' and '1053246' are one)."""
    return re.sub(r"[,\s]", "", str(cell or ""))


def _blank(row: dict, columns: list) -> bool:
    return all(row.get(c) in (None, "") for c in columns)


def _closing_row(names: list[str], start: int, heading: str, words: tuple = _CLOSING) -> Optional[int]:
    """The row closing the section `heading` opens (heading + 合计; a sub-section's may be its 净额)."""
    for j in range(start + 1, len(names)):
        if names[j] in (heading + w for w in words):
            return j
    return None


def _lines(table, names: list[str], columns: list, start: int, end: int) -> list[int]:
    """The rows a section's total sums: each line with figures, a sub-section by its own closing row."""
    out, i = [], start + 1
    while i < end:
        if names[i] and _blank(table.rows[i], columns):
            closing = _closing_row(names[:end], i, names[i])
            if closing is None:
                return []  # a sub-heading with no total of its own: the lines under it are not known
            out.append(closing)
            i = closing + 1
            continue
        if names[i]:
            out.append(i)
        i += 1
    return out


def _section(table, k: int, label: str, names: list[str], columns: list, start: int, end: int) -> list[dict]:
    rows = _lines(table, names, columns, start, end)
    if len(rows) < 2 or any("小计" in names[r] for r in range(start, end)):
        return []  # (inflows and outflows each with a 小计: a net of them, not a sum of the lines)
    heading = names[start] if start >= 0 else ""
    costs = [r for r in rows if _a_cost(names[r])] if not _a_cost(heading) else []
    out = []
    for column in columns:
        printed, unit, ok = printed_cell(table.rows[end].get(column))
        parts = [printed_cell(table.rows[r].get(column)) for r in rows]
        if printed is None or not ok or unit is not None or any(not p_ok or u is not None for _, u, p_ok in parts):
            continue
        figures = [p if p is not None else Printed(Decimal(0), Decimal(0), 0) for p, _, _ in parts]
        signs = [[1] * len(rows)] + ([[-1 if r in costs else 1 for r in rows]] if costs else [])
        readings = []
        for s in signs:
            verdict, exact = judge_formula(lambda *xs, s=s: sum(x * g for x, g in zip(xs, s)), figures, printed) \
                if len(figures) <= 10 else judge_formula(lambda x: x, [Printed(sum(f.value * g for f, g in zip(figures, s)),
                                                                                 sum(f.step for f in figures))], printed)
            readings.append((verdict, exact, s))
        verdict, exact, s = next((r for r in readings if r[0] in ("consistent", "rounding")), readings[0])
        note = ""
        if verdict == "mismatch" and costs:
            verdict, note = "unverifiable", "neither the lines as printed nor with the costs taken away reproduce it"
        elif costs and s != signs[0]:
            note = f"with {', '.join(names[r] for r in costs)} taken away"
        formula = f"{names[end]} = " + "".join(f"{' − ' if g < 0 else ' + '}{names[r]}" for r, g in zip(rows, s)).lstrip(" +")
        out.append(make(f"{names[end]} {column} {table.rows[end].get(column)}", table.page, formula,
                        {names[r]: f for r, f in zip(rows, figures)}, printed, exact, None, verdict, note,
                        {"table": k, "row": names[end], "column": column},
                        cells=[("other", k, end, column)] + [("other", k, r, column) for r in rows]))
    return out
