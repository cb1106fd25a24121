"""Check family: a statement printed common-size, each period an amount and its share of a base
line (营业收入合计 at 100.00), as Taiwan's statements and the sites copying them print them:

    会计项目       | 114年第3季 金额 | 114年第3季 % | …
    营业收入合计    | 1,032,936      | 100.00       |
    营业成本合计    | 852,519        | 82.53        |

Each row's % = its amount ÷ the base row's amount × 100, column pair by column pair; the base is
the first row whose % is 100. A column pair is a column whose header ends in 金额 (金額) and the next,
whose header is the same words ending in %."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, printed_cell

_AMOUNT = re.compile(r"^(?P<period>.*?)\s*(?:金额|金額)$")
_SHARE = re.compile(r"^(?P<period>.*?)\s*[%％]$")
HUNDRED = Decimal(100)


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        label = table.columns[0] if table.columns else None
        for amount_column, share_column in _pairs(table.columns):
            out += _column_checks(table, k, label, amount_column, share_column)
    return out


def _pairs(columns: list) -> list[tuple[str, str]]:
    out = []
    for a, b in zip(columns, columns[1:]):
        ma, mb = _AMOUNT.match(str(a or "").strip()), _SHARE.match(str(b or "").strip())
        if ma and mb and ma.group("period") == mb.group("period"):
            out.append((a, b))
    return out


def _figures(row: dict, amount_column: str, share_column: str) -> Optional[tuple]:
    amount, unit, ok = printed_cell(row.get(amount_column))
    share, _, ok2 = printed_cell(row.get(share_column))
    if amount is None or share is None or not ok or not ok2 or unit is not None:
        return None
    return amount, share


def _column_checks(table, k: int, label: str, amount_column: str, share_column: str) -> list[dict]:
    rows = [(i, row, _figures(row, amount_column, share_column)) for i, row in enumerate(table.rows)]
    base = next(((i, row, f) for i, row, f in rows if f and f[1].value == HUNDRED and f[0].value > 0), None)
    if base is None:
        return []
    b, base_row, (base_amount, _) = base
    base_name = str(base_row.get(label) or "").strip()
    out = []
    for i, row, f in rows:
        if f is None or i == b or f[0].value == 0:
            continue  # a blank, the base itself, or a line with nothing in it
        amount, share = f
        name = str(row.get(label) or "").strip()
        verdict, exact = judge_formula(lambda a, t: a / t * HUNDRED, [amount, base_amount], share)
        out.append(make(f"{name} {share_column} {row.get(share_column)}", table.page,
                        f"{name} ÷ {base_name} × 100 ({amount_column})", {name: amount, base_name: base_amount},
                        share, exact, "%", verdict, "", {"table": k, "row": name, "column": share_column},
                        cells=[("other", k, i, share_column), ("other", k, i, amount_column), ("other", k, b, amount_column)]))
    return out
