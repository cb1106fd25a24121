"""Check family: margins and ratios a statement prints, from its amounts. Each ratio
lists the definitions brokers use; the check says which reproduces the figure. Where a
ratio has several common definitions and none reproduces it, it is unverifiable (the
broker's definition is not printed), never a mismatch; a ratio with one definition that
does not reproduce is a mismatch."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ..checks import Amount, amounts, judge_formula, make

HUNDRED = Decimal(100)
# name pattern → (percent?, [(definition, concepts, formula)]). Where a ratio lists
# definitions that give different numbers (净利率 on total or parent profit), none
# reproducing it leaves it unverifiable; 毛利率's two are one definition from two inputs.
AMBIGUOUS = {"净利率", "速动比率"}
RATIOS = [
    (re.compile(r"^毛利率$"), True, [("(营业收入 − 营业成本) ÷ 营业收入", ("revenue", "cost"), lambda r, c: (r - abs(c)) / r),
                                    ("毛利 ÷ 营业收入", ("gross_profit", "revenue"), lambda g, r: g / r)]),
    (re.compile(r"^(净利率|净利润率|销售净利率)$"), True, [
        ("净利润 ÷ 营业收入", ("net_profit", "revenue"), lambda n, r: n / r),
        ("归母净利润 ÷ 营业收入", ("parent_np", "revenue"), lambda n, r: n / r)]),
    (re.compile(r"^资产负债率$"), True, [("负债合计 ÷ 资产总计", ("total_liab", "total_assets"), lambda l, a: l / a)]),
    (re.compile(r"^流动比率$"), False, [("流动资产 ÷ 流动负债", ("current_assets", "current_liab"), lambda a, l: a / l)]),
    (re.compile(r"^速动比率$"), False, [("(流动资产 − 存货) ÷ 流动负债", ("current_assets", "inventory", "current_liab"),
                                      lambda a, i, l: (a - i) / l),
                                     ("流动资产 ÷ 流动负债 (no inventory printed apart)", ("current_assets", "current_liab"),
                                      lambda a, l: a / l)]),
    (re.compile(r"^(销售费用率|营业费用率)$"), True, [("销售费用 ÷ 营业收入", ("selling_exp", "revenue"), lambda e, r: abs(e) / r)]),
    (re.compile(r"^管理费用率$"), True, [("管理费用 ÷ 营业收入", ("admin_exp", "revenue"), lambda e, r: abs(e) / r)]),
    (re.compile(r"^研发费用率$"), True, [("研发费用 ÷ 营业收入", ("rd_exp", "revenue"), lambda e, r: abs(e) / r)]),
]


def find(doc: Document) -> list[dict]:
    rows = amounts(doc)
    out = []
    for a in rows:
        for pattern, percent, definitions in RATIOS:
            if not pattern.match(a.item):
                continue
            tried, result = [], None
            for name, concepts, fn in definitions:
                inputs = [_amount(rows, c, a) for c in concepts]
                if any(i is None for i in inputs):
                    continue
                scale = HUNDRED if percent else Decimal(1)
                verdict, exact = judge_formula(lambda *xs, fn=fn: fn(*xs) * scale, [i.printed for i in inputs], a.printed)
                tried.append(name)
                if result is None or (result[0] == "mismatch" and verdict != "mismatch"):
                    result = (verdict, exact, name, inputs)
            if result is None:
                continue
            verdict, exact, name, inputs = result
            note = f"reproduced by {name}" if verdict in ("consistent", "rounding") and len(definitions) > 1 else ""
            if verdict == "mismatch" and any(re.fullmatch(pattern, n) for n in AMBIGUOUS):
                verdict, note = "unverifiable", f"no common definition reproduces it (tried {'; '.join(tried)})"
            out.append(make(f"{a.item} {a.period} {a.printed.value}{'%' if percent else ''}", a.page, name,
                            {f"{i.item} {i.period}": i.printed for i in inputs}, a.printed, exact,
                            "%" if percent else "x", verdict, note, a.cell()))
            break
    return out


def _amount(rows: list[Amount], concept: str, near: Amount) -> Amount | None:
    cands = [b for b in rows if b.concept == concept and b.period == near.period and b.unit not in ("%",)]
    if not cands:
        return None
    return min(cands, key=lambda b: (b.table != near.table, b.page != near.page))
