"""Check family: a single period's amount against the cumulative amounts it completes.

Results summaries and quarterly tables print a quarter beside the year or the first three
quarters it completes ('2024Q4 | 3.44亿元' under '2024前三季度 | 10.69亿元' and a year's 14.13亿元):
the quarter is the difference, Q4 = year − 前三季度, Q3 = 前三季度 − H1, Q2 = H1 − Q1,
H2 = year − H1; a year printed beside its four quarters is their sum. Only flows are summed
(revenue, costs, profits, cash flows): a balance at the year's end is no sum of quarters, nor a
per-share figure (the share count moves) or a ratio. Amounts in different units of one
currency are compared in yuan; a cost printed negative in one table and positive in another is
one cost. A gap beyond 5% of the whole is no slipped figure but another basis (a restated or
continuing-operations year beside its quarters): `unverifiable`, saying so."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...periods import Period, differences, name_of, period_of_label
from ..checks import Amount, amounts, judge_formula, make, money_scale

# the costs, which statements print negative or positive as their layout has it
COSTS = {"cost", "selling_exp", "admin_exp", "rd_exp", "fin_exp", "tax_surcharge", "income_tax"}
# the concepts (data/line_items.json) a period's amount adds up over its parts
FLOWS = {"revenue", "cost", "gross_profit", "selling_exp", "admin_exp", "rd_exp", "fin_exp", "tax_surcharge",
         "operating_profit", "total_profit", "income_tax", "net_profit", "parent_np", "deducted_np", "minority",
         "cfo", "cfi", "cff", "ebit", "ebitda", "net_interest_income", "net_fee_income"}


def find(doc: Document) -> list[dict]:
    rows = [a for a in amounts(doc) if a.concept in FLOWS and a.unit not in ("%", "x", "pct")
            and not a.growth_of and a.basis is None and period_of_label(a.period) is not None]
    by_concept: dict[str, list[Amount]] = {}
    for a in rows:
        by_concept.setdefault(a.concept, []).append(a)
    judged = []  # (check, concept, the tables and year its figures come from)
    for concept, found in by_concept.items():
        seen = set()
        for single in found:
            p = period_of_label(single.period)
            key = (single.table, single.row, p)
            if key in seen:
                continue
            seen.add(key)
            made = _difference(single, p, found) or _four_quarters(single, p, found)
            if made is not None:
                check, used = made
                judged.append((check, concept, (frozenset(a.table for a in used), p[1])))
    return [_one_basis(check, concept, basis, judged) for check, concept, basis in judged]


def _one_basis(check: dict, concept: str, basis: tuple, judged: list[tuple]) -> dict:
    """A gap `on_another_basis` put down to another basis is a mismatch after all where another
    line of the same tables and year adds up: the quarters and the year share their basis, and one
    line's figure slipped (a year's 归母净利润 off its quarters by 8% while their 营业收入 adds up)."""
    if check["verdict"] != "unverifiable" or not check.get("_basis_gap"):
        return check
    agreeing = next((c for c, other, b in judged if b == basis and other != concept
                     and c["verdict"] in ("consistent", "rounding")), None)
    if agreeing is None:
        return check
    line = agreeing["formula"].split(" = ")[0]
    return {**check, "verdict": "mismatch",
            "note": f"{line} adds up over the same periods and tables, so they share one basis"}


def _nearest(found: list[Amount], p: Period, near: Amount) -> Optional[Amount]:
    """The concept's amount for period `p`, from `near`'s table first, then the nearest page."""
    cands = [a for a in found if period_of_label(a.period) == p and a is not near]
    if not cands:
        return None
    return min(cands, key=lambda a: (a.table != near.table, abs(a.page - near.page)))


# a gap between the parts and the whole beyond this share of the whole is no slip of a figure but
# another basis: quarters restated, of continuing operations, or another line under one name
BASIS_GAP = Decimal("0.05")


def on_another_basis(verdict: str, exact, printed, whole) -> tuple[str, str]:
    """A mismatch whose gap is beyond `BASIS_GAP` of the whole is `unverifiable`, saying so."""
    if verdict != "mismatch" or exact is None or not whole:
        return verdict, ""
    gap = abs(exact - printed)
    if gap > BASIS_GAP * abs(whole):
        return "unverifiable", (f"the parts give {exact}, {gap / abs(whole):.0%} of the whole away: the quarters and the "
                                f"year are likely on another basis (restated, continuing operations)")
    return verdict, ""


def _signed_like(reference: Amount, figures: list[Printed], others: list[Amount]) -> list[Printed]:
    """A cost printed negative in one table and positive in another ('(79,883)' in a statement, 2,797
    in a quarterly table): each figure with the sign of `reference`'s, for a cost line only."""
    if reference.concept not in COSTS:
        return figures
    sign = -1 if reference.printed.value < 0 else 1
    return [f.with_sign(sign) for f in figures]


def _in_unit_of(reference: Amount, others: list[Amount]) -> Optional[list[Printed]]:
    """The other amounts' printed figures in `reference`'s unit: as printed where they share
    it, else converted where all are money of one currency; None where they cannot be compared."""
    if all(a.unit == reference.unit for a in others):
        return _signed_like(reference, [a.printed for a in others], others)
    if reference.unit is None or any(a.unit is None for a in others):
        return None
    scale, currency = money_scale(reference.unit)
    out = []
    for a in others:
        their_scale, their_currency = money_scale(a.unit)
        if their_currency != currency:
            return None
        out.append(a.printed.times(their_scale / scale))
    return _signed_like(reference, out, others)


def _difference(single: Amount, p: Period, found: list[Amount]) -> Optional[tuple[dict, list[Amount]]]:
    if p[0] == "Q" and p[2] == 1:
        return None  # Q1 = H1 − Q2 is Q2's identity, judged at Q2
    for whole_p, part_p in differences(p):
        whole, part = _nearest(found, whole_p, single), _nearest(found, part_p, single)
        if whole is None or part is None:
            continue
        figures = _in_unit_of(single, [whole, part])
        if figures is None:
            continue
        verdict, exact = judge_formula(lambda x, y: x - y, figures, single.printed)
        if verdict == "unverifiable":
            continue
        verdict, note = on_another_basis(verdict, exact, single.printed.value, figures[0].value)
        check = make(f"{single.item} {single.period} {single.printed.value}", single.page,
                     f"{single.item} {name_of(p)} = {whole.item} {whole.period} − {part.item} {part.period}",
                     {f"{whole.item} {whole.period}": whole.printed, f"{part.item} {part.period}": part.printed},
                     single.printed, exact, single.unit, verdict, note, single.cell(), cells=[single, whole, part])
        return _marked(check, note), [single, whole, part]
    return None


def _four_quarters(total: Amount, p: Period, found: list[Amount]) -> Optional[tuple[dict, list[Amount]]]:
    if p[0] != "Y":
        return None
    quarters = [_nearest(found, ("Q", p[1], k), total) for k in (1, 2, 3, 4)]
    if any(q is None for q in quarters):
        return None
    figures = _in_unit_of(total, quarters)
    if figures is None:
        return None
    verdict, exact = judge_formula(lambda *xs: sum(xs, Decimal(0)), figures, total.printed)
    if verdict == "unverifiable":
        return None
    verdict, note = on_another_basis(verdict, exact, total.printed.value, total.printed.value)
    check = make(f"{total.item} {total.period} {total.printed.value}", total.page,
                 f"{total.item} {total.period} = " + " + ".join(f"{q.item} {q.period}" for q in quarters),
                 {f"{q.item} {q.period}": q.printed for q in quarters}, total.printed, exact, total.unit, verdict, note,
                 total.cell(), cells=[total, *quarters])
    return _marked(check, note), [total, *quarters]


def _marked(check: dict, note: str) -> dict:
    """The check, marked where its gap was put down to another basis (`_one_basis` may undo that)."""
    if note:
        check["_basis_gap"] = True
    return check
