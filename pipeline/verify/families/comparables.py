"""Check family: the 平均值/中值 rows of a comparables table, from the companies above
them in the same group. Cells printed N.M. or na may be left out or counted as zero:
both are tried and the note says which reproduces the figure."""
from __future__ import annotations

import re
import statistics
from decimal import Decimal

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, printed_of

SUMMARY = re.compile(r"^(平均值?|均值|算术平均|行业平均|可比公司平均|Average|Mean)|^(中值|中位数|Median)", re.I)


def _key(table: int, row: dict) -> tuple:
    return ("comparables", table, row["company"], f"{row['metric']}|{row['period']}")


def find(doc: Document) -> list[dict]:
    out = []
    for t_index, table in enumerate(t for t in doc.tables if t.kind == "comparables"):
        order = []
        for r in table.rows:
            if r["company"] not in order:
                order.append(r["company"])
        for r in table.rows:
            m = SUMMARY.match(r["company"] or "")
            printed = printed_of(r)
            if not m or printed is None:
                continue
            kind = "mean" if m.group(1) else "median"
            above = order[:order.index(r["company"])]
            members = [x for x in table.rows if x["company"] in above and not SUMMARY.match(x["company"] or "")
                       and x["metric"] == r["metric"] and x["period"] == r["period"] and x.get("group") == r.get("group")]
            values = [printed_of(x) for x in members]
            numeric = [v for v in values if v is not None]
            if len(numeric) < 2:
                continue
            tries = [("N.M. left out", numeric)]
            if len(numeric) < len(values):
                tries.append(("N.M. counted as 0", [v or Printed(Decimal(0), Decimal(0)) for v in values]))
            best = None
            for label, vals in tries:
                fn = (lambda *xs: sum(xs, Decimal(0)) / len(xs)) if kind == "mean" else \
                    (lambda *xs: Decimal(statistics.median(xs)))
                verdict, exact = judge_formula(fn, vals, printed)
                if best is None or (best[0] == "mismatch" and verdict != "mismatch"):
                    best = (verdict, exact, label, vals)
            verdict, exact, label, vals = best
            note = label if len(values) > len(numeric) else ""
            out.append(make(f"{r['company']} {r['metric']} {r['period'] or ''} {printed.value}".replace("  ", " "),
                            r["page"], f"{kind} of {len(vals)} companies",
                            {x["company"]: printed_of(x) for x in members}, printed, exact, None, verdict, note,
                            {"table": t_index, "row": r["company"], "column": f"{r['metric']} {r['period'] or ''}".strip()},
                            cells=[_key(t_index, x) for x in [r] + members]))
    return out
