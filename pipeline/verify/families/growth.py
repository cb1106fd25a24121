"""Check family: year-on-year growth rows (同比, 增长率, "(+/-%)", the 成长能力 section of
a ratio table) recomputed from the amounts of the same line item, found anywhere in the
report (a growth row on page 1 may take its amounts from the statements page). A growth
whose base year the report does not print is unverifiable, naming it."""
from __future__ import annotations

import re

from ...document import Document
from ..checks import Amount, amounts, concept_of, judge_formula, make, previous_period, squash

GROWTH_GROUP = re.compile(r"成长能力|增长|成长性|growth", re.I)
GROWTH_SUFFIX = re.compile(r"(同比增长率?|同比增速|同比|增长率|增速|YoY|growth)$", re.I)


def base_item(a: Amount) -> str | None:
    """The line item a growth row is the growth of, or None when it is not a growth row."""
    if a.growth_of:
        return a.growth_of
    m = GROWTH_SUFFIX.search(a.item)
    if m and a.item[:m.start()].strip():
        return a.item[:m.start()].strip()
    if a.group and GROWTH_GROUP.search(a.group):
        return a.item
    return None


def find(doc: Document) -> list[dict]:
    rows = amounts(doc)
    out = []
    for a in rows:
        base = base_item(a)
        if base is None or (a.unit not in ("%", None)):
            continue
        concept = concept_of(base)
        same = [b for b in rows if b is not a and b.unit != "%" and base_item(b) is None and
                (squash(b.item) == squash(base) or (concept and b.concept == concept))]
        if not same:
            continue
        periods = sorted({b.period for b in same})
        now = _nearest(same, a.period, a)
        prev_period = previous_period(a.period, periods)
        claim = f"{base} {a.item if a.growth_of else ''} {a.period} {a.printed.value}%".replace("  ", " ")
        if now is None:
            continue
        if prev_period is None:
            out.append(make(claim, a.page, f"({base} {a.period} ÷ {base} previous year − 1) × 100",
                            {f"{base} {a.period}": now.printed}, a.printed, None, "%", "unverifiable",
                            f"the base is not printed: {base} of the year before {a.period}", a.cell(), cells=[a, now]))
            continue
        before = _nearest(same, prev_period, a)
        verdict, exact = judge_formula(lambda x, y: (x / y - 1) * 100, [now.printed, before.printed], a.printed)
        note = "" if verdict != "unverifiable" else f"the base {base} {prev_period} is zero"
        if verdict == "mismatch" and concept == "net_profit":
            # 净利润增长率 is often the growth of the parent's share (归母)
            parent = [b for b in rows if b.concept == "parent_np" and b.unit != "%" and base_item(b) is None]
            p_now, p_before = _nearest(parent, a.period, a), _nearest(parent, prev_period, a)
            if p_now and p_before:
                v2, e2 = judge_formula(lambda x, y: (x / y - 1) * 100, [p_now.printed, p_before.printed], a.printed)
                if v2 in ("consistent", "rounding"):
                    verdict, exact, now, before = v2, e2, p_now, p_before
                    note = "the growth of the parent's share (归母净利润)"
        out.append(make(claim, a.page, f"({base} {a.period} ÷ {base} {prev_period} − 1) × 100",
                        {f"{base} {a.period}": now.printed, f"{base} {prev_period}": before.printed},
                        a.printed, exact, "%", verdict, note, a.cell(), cells=[a, now, before]))
    return out


def _nearest(rows: list[Amount], period: str, near: Amount) -> Amount | None:
    """The amount for `period`, from the growth row's own table first, then its page."""
    cands = [b for b in rows if b.period == period]
    if not cands:
        return None
    return min(cands, key=lambda b: (b.table != near.table, b.page != near.page, abs(b.page - near.page)))
