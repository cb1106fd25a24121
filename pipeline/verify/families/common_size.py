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
from ...calc import judge_sum
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
        out += _composition_block(table, k, label)
    return out


# ----------------------------------------------------------------------------- a block of shares under the amounts
# a yearbook's composition printed under its amounts, the same rows again in percent under a row at 100:
#     可支配收入(元)        33275 36014 …
#       工资性收入          20714 22213 …
#       …
#     可支配收入构成(%)      100.0 100.0 …
#       工资性收入           62.3  61.7 …
_COMPOSITION = re.compile(r"构成|结构|比重|占比|[%％]")


def _composition_block(table, k: int, label) -> list[dict]:
    """Each share of a composition block (see above) = its row's amount in the block above ÷ the row the amounts'
    block opens on (the one right above its first row named again), column by column; and the shares add up to 100."""
    if label is None:
        return []
    names = [re.sub(r"\s+", " ", str(r.get(label) or "")).strip() for r in table.rows]
    columns = list(table.columns[1:])
    out = []
    for h, head in enumerate(table.rows):
        hundreds = [printed_cell(head.get(c))[0] for c in columns]
        if not _COMPOSITION.search(names[h]) or not all(x is not None and x.value == HUNDRED for x in hundreds):
            continue
        block = []
        for i in range(h + 1, len(table.rows)):
            if names[i] not in names[:h]:
                break
            block.append((i, names[:h].index(names[i])))
        if len(block) < 2 or block[0][1] == 0:
            continue
        base = block[0][1] - 1  # the amounts' head: the row right above the first row named again
        if any(not base < a < h for _, a in block):
            continue
        for c in columns:
            total = printed_cell(table.rows[base].get(c))[0]
            shares = [printed_cell(table.rows[i].get(c))[0] for i, _ in block]
            amounts = [printed_cell(table.rows[a].get(c))[0] for _, a in block]
            if total is None or not total.value or None in shares or None in amounts:
                continue
            for (i, a), share, amount in zip(block, shares, amounts):
                verdict, exact = judge_formula(lambda x, t: x / t * HUNDRED, [amount, total], share)
                out.append(make(f"{names[i]} {c} {table.rows[i].get(c)}", table.page, f"{names[i]} ÷ {names[base]} × 100 ({c})",
                                {names[i]: amount, names[base]: total}, share, exact, "%", verdict,
                                "the row's amount in the block above over the amounts' head row",
                                {"table": k, "row": names[i], "column": c},
                                cells=[("other", k, i, c), ("other", k, a, c), ("other", k, base, c)]))
            hundred = hundreds[columns.index(c)]
            verdict, exact = judge_sum(shares, hundred)
            out.append(make(f"{names[h]} {c} {head.get(c)}", table.page, " + ".join(names[i] for i, _ in block) + f" ({c})",
                            {names[i]: sh for (i, _), sh in zip(block, shares)}, hundred, exact, "%",
                            verdict, "the shares of a composition add up to its 100", {"table": k, "row": names[h], "column": c},
                            cells=[("other", k, h, c)] + [("other", k, i, c) for i, _ in block]))
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
