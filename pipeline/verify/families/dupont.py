"""Check family: the DuPont decomposition a table prints year by year, as a data site or a
note's appendix does:

    |            | 2020   | 2021   | …
    | 净利率      | 27.5%  | 40.1%  |
    | 总资产周转率 | 0.40次 | 0.35次 |
    | 权益乘数    | 1.53倍 | 1.75倍 |
    | ROA        | 10.9%  | 14.2%  |
    | ROE        | 16.7%  | 24.7%  |

ROA = 净利率 × 总资产周转率, and ROE = ROA × 权益乘数 (= 净利率 × 总资产周转率 × 权益乘数) in each column —
the three factors as the table prints them, so a rounded factor widens the product's interval. Which row
is which is data (data/dupont.json); a row missing leaves its identity unjudged."""
from __future__ import annotations

import math
import re
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, printed_cell

_ROWS = {role: re.compile(rf"^(?:{'|'.join(map(re.escape, names))})(?:[(（][^)）]*[)）])?$", re.I)
         for role, names in data_json("dupont.json")["rows"].items()}
# the products, each the roles it multiplies (one ratio in % times factors in times: the product is in %)
IDENTITIES = [("roa", ("margin", "turnover")), ("roe", ("roa", "multiplier")), ("roe", ("margin", "turnover", "multiplier"))]


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        label = table.columns[0]
        found = {}
        for i, row in enumerate(table.rows):
            name = re.sub(r"\s", "", str(row.get(label) or ""))
            role = next((r for r, pattern in _ROWS.items() if pattern.match(name)), None)
            if role and role not in found:
                found[role] = (i, row)
        if "roe" not in found and "roa" not in found:
            continue
        for column in table.columns[1:]:
            out += _column_checks(table, k, column, found)
    return out


def _figure(text) -> Optional[Printed]:
    """A cell's figure: a percent as printed, a multiple with its 次/倍 read off."""
    text = re.sub(r"\s*(?:次|倍|x|X)\s*$", "", str(text or ""))
    printed, _, ok = printed_cell(text)
    return printed if ok else None


def _column_checks(table, k: int, column: str, found: dict) -> list[dict]:
    out, judged = [], set()
    for product, factors in IDENTITIES:
        if product in judged or product not in found or any(f not in found for f in factors):
            continue
        values = [_figure(found[f][1].get(column)) for f in factors]
        printed = _figure(found[product][1].get(column))
        if printed is None or any(v is None for v in values):
            continue
        verdict, exact = judge_formula(lambda *xs: math.prod(xs), values, printed)
        i, row = found[product]
        name = str(row.get(table.columns[0]) or "").strip()
        names = [str(found[f][1].get(table.columns[0]) or "").strip() for f in factors]
        out.append(make(f"{name} {column} {row.get(column)}", table.page, f"{' × '.join(names)} ({column})",
                        dict(zip(names, values)), printed, exact, "%", verdict, "the DuPont decomposition",
                        {"table": k, "row": name, "column": column},
                        cells=[("other", k, i, column)] + [("other", k, found[f][0], column) for f in factors]))
        judged.add(product)
    return out
