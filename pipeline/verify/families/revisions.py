"""Check family: a revision table (盈利预测调整: 调整前 / 调整后 / 变动, or 原预测 / 新预测 /
调整幅度), each change recomputed from the old and the new forecast of the same line item
and year. An amount's change is in percent (new ÷ old − 1) or, printed in the amount's
unit, the difference (a change printed bare under a money unit is tried both ways);
a ratio's is in points (new − old), and a ratio's change printed
with % is tried both as points and relative, the one that reproduces named. The new
forecast is the report's current figure: the other families judge it as any other."""
from __future__ import annotations

from decimal import Decimal

from ...document import Document
from ..checks import Amount, amounts, judge_formula, make

HUNDRED = Decimal(100)


def find(doc: Document) -> list[dict]:
    by_cell: dict[tuple, dict[str, Amount]] = {}
    for a in amounts(doc, revisions=True):
        if a.basis:
            by_cell.setdefault((a.table, a.row, a.period), {})[a.basis] = a
    out = []
    for (_table, _row, period), cells in by_cell.items():
        change = cells.get("change")
        if change is None:
            continue
        before, after = cells.get("before"), cells.get("after")
        unit = change.unit or ""
        claim = f"{change.item} {period} 变动 {change.printed.value}{'%' if unit == '%' else unit}"
        if before is None or after is None:
            missing = "old (调整前)" if before is None else "new (调整后)"
            out.append(make(claim, change.page, "change = new − old", {}, change.printed, None, unit, "unverifiable",
                            f"the {missing} forecast of {change.item} {period} is not printed", change.cell(),
                            cells=[change]))
            continue
        ways = []
        if before.unit == "%":  # a ratio: its change is in points
            if unit in ("pct", "%", ""):
                ways.append(("new − old, in points", lambda n, o: n - o))
            if unit == "%":
                ways.append(("(new ÷ old − 1) × 100", lambda n, o: (n / o - 1) * HUNDRED))
        elif unit in ("%", ""):
            ways.append(("(new ÷ old − 1) × 100", lambda n, o: (n / o - 1) * HUNDRED))
        else:
            ways.append(("new − old", lambda n, o: n - o))
            # a change column whose cells print no % takes the table's money unit, yet may be a
            # percentage all the same (变动 12.5 under 单位：百万元): tried both, the one that reproduces named
            ways.append(("(new ÷ old − 1) × 100", lambda n, o: (n / o - 1) * HUNDRED))
        results = []
        for name, fn in ways:
            verdict, exact = judge_formula(fn, [after.printed, before.printed], change.printed)
            results.append((verdict, exact, name))
        if not results:
            continue
        verdict, exact, name = next((r for r in results if r[0] != "mismatch"), results[0])
        note = f"reproduced as {name}" if len(results) > 1 and verdict != "mismatch" else ""
        out.append(make(claim, change.page, f"{change.item} {period}: {name}",
                        {f"{after.item} {period} 调整后": after.printed, f"{before.item} {period} 调整前": before.printed},
                        change.printed, exact, unit, verdict, note, change.cell(), cells=[change, after, before]))
    return out
