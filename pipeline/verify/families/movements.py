"""Check family: a movement table's closing balance from its opening balance and the period's
additions and reductions, row by row (期初余额 + 本期增加 − 本期减少 = 期末余额), as a company's notes
print each reserve, provision or deferred item (资本公积, 库存股, 专项储备, 递延收益, 应付职工薪酬).

The table is found by its header: four columns that name the opening balance, the additions,
the reductions and the closing balance, in any order; its other columns (a breakdown of the
additions) are not read. A blank addition or reduction is none. The columns are no periods, so
the typed tables leave them out: the family reads the table as printed."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, printed_cell

# what each of the four columns is, by its header (spaces removed)
ROLES = {
    "opening": re.compile(r"(?:期初|年初|上年年末)(?:余额|数|账面余额|金额)?"),
    "added": re.compile(r"(?:本期|本年|当期)?增加(?:额|数|金额)?"),
    "reduced": re.compile(r"(?:本期|本年|当期)?减少(?:额|数|金额)?"),
    "closing": re.compile(r"(?:期末|年末)(?:余额|数|账面余额|金额)?"),
}


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        columns = _roles(table.columns)
        if columns is None:
            continue  # no movement table
        label = table.columns[0]
        for i, row in enumerate(table.rows):
            check = _movement(row, i, k, label, columns, table.page)
            if check is not None:
                out.append(check)
    return out


def _roles(columns: list[str]) -> Optional[dict[str, str]]:
    """{role: column} where the header names each of the four roles once, else None."""
    found: dict[str, str] = {}
    for name in columns[1:]:
        squashed = re.sub(r"\s", "", name or "")
        roles = [role for role, pattern in ROLES.items() if pattern.fullmatch(squashed)]
        if len(roles) == 1:
            if roles[0] in found:
                return None  # two columns of one role (two periods' movements abreast): not read
            found[roles[0]] = name
    return found if len(found) == len(ROLES) else None


def _movement(row: dict, i: int, k: int, label: str, columns: dict[str, str], page: int) -> Optional[dict]:
    name = (row.get(label) or "").strip()
    figures: dict[str, Printed] = {}
    for role, column in columns.items():
        printed, unit, ok = printed_cell(row.get(column))
        if not ok or unit is not None:
            return None  # a percentage or a word: no balance
        if printed is None:
            if role in ("opening", "closing"):
                return None  # a balance not printed: nothing to recompute
            printed = Printed(Decimal(0), Decimal(0), 0)  # no addition, or no reduction
        figures[role] = printed
    if not name or all(figures[r].value == 0 for r in ("added", "reduced")):
        return None  # a balance that did not move restates itself: no arithmetic to check
    verdict, exact = judge_formula(lambda o, a, r: o + a - r, [figures["opening"], figures["added"], figures["reduced"]],
                                   figures["closing"])
    keys = [("other", k, i, columns[r]) for r in ROLES if row.get(columns[r]) not in (None, "")]
    return make(f"{name} {columns['closing']} {row.get(columns['closing'])}", page,
                f"{name}: {columns['closing']} = {columns['opening']} + {columns['added']} − {columns['reduced']}",
                {columns[r]: figures[r] for r in ("opening", "added", "reduced")}, figures["closing"], exact, None,
                verdict, "", {"table": k, "row": name, "column": columns["closing"]}, cells=keys)
