"""Check family: year-on-year growth rows (同比, 增长率, "(+/-%)", the 成长能力 section of
a ratio table) recomputed from the amounts of the same line item, found anywhere in the
report (a growth row on page 1 may take its amounts from the statements page). A growth
whose base year the report does not print is unverifiable, naming it."""
from __future__ import annotations

import re

from ...calc import Printed
from ...document import Document
from ...normalize.financials import BASIS_WORDS, GROWTH_BASES, is_ratio_item
from ...periods import REPORT_DATE
from ..checks import (REPORTED_BASE_TOLERANCE, Amount, amounts, concept_of, growth_pct, growth_readings, in_one_unit, judge_growth,
                      judge_formula, make,
                      previous_period, squash)

GROWTH_GROUP = re.compile(r"成长能力|增长|成长性|growth", re.I)
GROWTH_SUFFIX = re.compile(r"(同比增长率?|同比增速|同比|增长率|增速|增长|YoY|growth)$", re.I)


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
    rows = amounts(doc, growth_columns=True)
    # the parent's share, for a 净利润 growth that is its growth (归母)
    parents = [b for b in rows if b.concept == "parent_np" and b.unit != "%" and base_item(b) is None]
    out = []
    for a in rows:
        base = base_item(a)
        column = a.basis in GROWTH_BASES  # a 同比/环比 column beside the periods: a ratio's row too
        if base is None or (a.unit not in ("%", None) and not (column and a.unit == "pct")):
            continue
        concept = concept_of(base)
        same = [b for b in rows if b is not a and (b.unit != "%" or column) and base_item(b) is None and
                (squash(b.item) == squash(base) or (concept and b.concept == concept))]
        parents_only = False
        if not same and concept == "net_profit":
            # a table printing only 归母净利润 calls its growth 净利润增速: the parent's share it is
            same, parents_only = parents, bool(parents)
        if not same:
            continue
        periods = sorted({b.period for b in same})
        now = _nearest(same, a.period, a)
        prev_period = a.base_period if column else previous_period(a.period, periods)
        if column:
            claim = f"{base} {a.period} {BASIS_WORDS[a.basis]} {a.printed.value}{'%' if a.unit == '%' else a.unit or ''}"
        else:
            claim = f"{base} {a.item if a.growth_of else ''} {a.period} {a.printed.value}%".replace("  ", " ")
        if now is None:
            continue
        if prev_period is None:
            which = "the period before" if a.basis == "qoq" else "the year before"
            points = a.unit in ("pct", "ppt", "pp")  # a change in percentage points: a difference
            formula = f"{base} {a.period} − {base} {which}" if points else f"({base} {a.period} ÷ {base} {which} − 1) × 100"
            out.append(make(claim, a.page, formula,
                            {f"{base} {a.period}": now.printed}, a.printed, None, "pct" if points else "%", "unverifiable",
                            f"the base is not printed: {base} of {which} {a.period}", a.cell(), cells=[a, now]))
            continue
        before = _nearest(same, prev_period, a)
        if before is None:
            continue
        # a ratio's change: in points, or relative — a growth column may print either; a change in
        # points is a ratio's whatever its row prints (毛利率 with bare cells in a 百万元 table)
        if now.unit == "%" or a.unit in ("pct", "ppt", "pp") or (now.unit is None and is_ratio_item(base)):
            ways = [("points", lambda x, y: x - y), ("relative", lambda x, y: (x / y - 1) * 100)]
            if a.unit in ("pct", "ppt", "pp"):
                ways = ways[:1]
            judged = [(name, *judge_formula(fn, [now.printed, before.printed], a.printed)) for name, fn in ways]
            name, verdict, exact = next((j for j in judged if j[1] != "mismatch"), judged[0])
            formula = (f"{base} {a.period} − {base} {prev_period}" if name == "points"
                       else f"({base} {a.period} ÷ {base} {prev_period} − 1) × 100")
            out.append(make(claim, a.page, formula, {f"{base} {a.period}": now.printed, f"{base} {prev_period}": before.printed},
                            a.printed, exact, "pct" if name == "points" else "%", verdict, "", a.cell(), cells=[a, now, before]))
            continue
        figures = in_one_unit([now, before])  # '1.27亿' over '4883.81万': one unit
        reading, verdict, exact = judge_growth(*figures, a.printed)
        note = "" if verdict != "unverifiable" else f"the base {base} {prev_period} is zero"
        variants = []
        if verdict == "mismatch":
            # the line printed twice, as reported and as restated ('归母净利(未调整)', '归母净利(调整后)'):
            # the growth is on either; a mismatch only where neither reproduces it
            variants = _variants(same if not parents_only else parents, now, before, a, prev_period)
            for other in variants:
                o_now, o_before = other
                o_judged = [(r, *judge_formula(fn, in_one_unit([o_now, o_before]), a.printed))
                            for r, fn in growth_readings(o_before.printed.value)]
                hit = next((j for j in o_judged if j[1] != "mismatch"), None)
                if hit:
                    (reading, verdict, exact), now, before = hit, o_now, o_before
                    note = f"on {o_before.item} {prev_period}, the line as its other row prints it"
                    break
        if verdict == "mismatch" and REPORT_DATE.fullmatch(a.period or "") and exact is not None and not variants:
            # (not where the table prints the line restated too: that base was tried)
            restated = _restated_base(a.printed, figures, before.unit if now.unit == before.unit else "元")
            if restated is not None:
                verdict, note = "unverifiable", restated
        if parents_only and verdict != "unverifiable":
            note = "the growth of 归母净利润: the report prints no other 净利润 line"
        if verdict == "mismatch" and concept == "net_profit":
            # 净利润增长率 is often the growth of the parent's share (归母)
            p_now, p_before = _nearest(parents, a.period, a), _nearest(parents, prev_period, a)
            if p_now and p_before:
                v2, e2 = judge_formula(growth_pct, in_one_unit([p_now, p_before]), a.printed)
                if v2 in ("consistent", "rounding"):
                    verdict, exact, now, before = v2, e2, p_now, p_before
                    note = "the growth of the parent's share (归母净利润)"
        out.append(make(claim, a.page, reading.format(now=f"{base} {a.period}", before=f"{base} {prev_period}"),
                        {f"{base} {a.period}": now.printed, f"{base} {prev_period}": before.printed},
                        a.printed, exact, "%", verdict, note, a.cell(), cells=[a, now, before]))
    return out


def _variants(rows: list[Amount], now: Amount, before: Amount, near: Amount,
              prev_period: str) -> list[tuple[Amount, Amount]]:
    """The other (now, before) pairs of the line's rows in the growth row's table — each row's
    figure of the period over each row's of the period before (a restated base beside a reported
    one) — but the pair already judged."""
    same_table = [b for b in rows if b.table == near.table]
    items = sorted({b.item for b in same_table}, key=lambda i: min(b.row for b in same_table if b.item == i))
    pairs = []
    for item in items:
        for base_item in items:
            n = next((b for b in same_table if b.item == item and b.period == now.period), None)
            b = next((b for b in same_table if b.item == base_item and b.period == prev_period), None)
            if n is not None and b is not None and (n, b) != (now, before) and b.printed.value != 0:
                pairs.append((n, b))
    return pairs


def _nearest(rows: list[Amount], period: str, near: Amount) -> Amount | None:
    """The amount for `period`, from the growth row's own table first, then its page."""
    cands = [b for b in rows if b.period == period]
    if not cands:
        return None
    return min(cands, key=lambda b: (b.table != near.table, b.page != near.page, abs(b.page - near.page)))


# how far the base a reported period's growth implies may be from the year before's figure as printed
# and still be that figure restated (a data vendor's growth on the year before as this year's report
# restates it: 江西铜业's 营收 0.98% where the printed figures give −0.08%, a base 1% away)
RESTATED_BASE_GAP = REPORTED_BASE_TOLERANCE  # 2%: as a reported balance a forecast opens on may be restated
# and how far at least: a base a hair from the printed one (300806's 净利润 −66.64% for −66.63%, a base
# 0.03% away) is a slip in the growth's last digit, not a restatement — a gap several times what one unit of the
# growth's last digit moves the base by (a growth of thousands of percent magnifies a small restatement: 星星科技's
# −2650.5% on a base 0.06% from 6661.28万, one unit of its last digit 0.004%)
RESTATED_BASE_SLIPS = 3


def _restated_base(growth: Printed, figures: list, unit: str | None) -> str | None:
    """Where a data vendor's growth of a reported period (its columns dated by the day the period
    closes) implies a base within `RESTATED_BASE_GAP` of the printed one, the note saying so. A base
    below zero (a loss) is grown from on its size: now = before × (1 − growth)."""
    now, before = (f.value for f in figures)
    g = growth.value
    factor = (1 + g / 100) if before > 0 else (1 - g / 100)
    if before == 0 or factor == 0:
        return None
    implied = now / factor
    if (implied > 0) != (before > 0):
        return None
    gap = abs(implied - before) / abs(before)
    slip = growth.step / abs(100 * factor)  # the base's move for one unit of the growth's last digit
    if not RESTATED_BASE_SLIPS * slip <= gap <= RESTATED_BASE_GAP:
        return None
    return (f"the growth implies a base of {implied:.6g}{unit or ''}, {gap:.1%} from the one printed: the year before as this "
            f"year's report restates it, which a data vendor's growth is on")
