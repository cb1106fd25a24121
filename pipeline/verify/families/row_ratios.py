"""Check family: a table's ratio row whose name says what it is a share of, from the two rows it names,
as every A-share quarterly report of the STAR market prints its research spending:

    项目                       | 本报告期        | 本报告期比上年同期增减变动幅度(%) | 年初至报告期末 | …
    营业收入                   | 597,550,431.80 | -37.33                         | …
    研发投入合计               | 184,249,561.84 | 56.27                          | …
    研发投入占营业收入的比例(%) | 30.83          | 增加18.46个百分点                | …

The ratio row is named 'X占Y的比例/比重/比率'; its numerator is the row named X (or X合计/总额/金额),
its denominator the row named Y. In each amount column: X ÷ Y × 100 (184,249,561.84 ÷ 597,550,431.80 =
30.83%). In the change column after an amount column, where the ratio's change is in points and both
rows print their growth there: the ratio now less the ratio a year before, each amount taken back
by its growth (30.83 − (184.25 ÷ 1.5627) ÷ (597.55 ÷ 0.6267) = 18.46 points). A row the table does not
print, or a cell that is a word (不适用), gives no check.

A Hong Kong announcement's highlights name a margin by its line and 率 alone, over the revenue row:

    项目                    | 2019年     | 2018年     | 变动
    收益                    | 20,712,027 | 20,149,781 | +2.8%
    营运利润                | 4,586,483  | 4,192,076  | +9.4%
    营运利润率(%)           | 22.1       | 20.8       | 增加1.3个百分点

'X率' (its qualifier after 率 kept: '营运利润率(剔除…)' is '营运利润(剔除…)' over revenue) where X is a row
of profit or of expense (never a tax, whose rate is over the profit before it); its change after the
two periods' columns is the first period's ratio less the second's (22.14 − 20.81 = 1.3 points)."""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Optional

from ...document import Document
from ..checks import QUALIFIER, judge_formula, make, printed_cell

_RATIO_ROW = re.compile(r"(?P<num>[\u4e00-\u9fffA-Za-z]{2,12}?)占(?P<den>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:的)?(?:比例|比重|比率)"
                        r"(?:[(（]%[)）])?")
_TOTAL_WORDS = ("", "合计", "总额", "金额", "总计")
_CHANGE_HEADER = re.compile(r"增减|变动|同比|比上年")
HUNDRED = Decimal(100)


def _squashed(text) -> str:
    return re.sub(r"\s", "", str(text or ""))


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        if len(table.columns) < 2:
            continue
        label_column = table.columns[0]
        labels = [_squashed(r.get(label_column)) for r in table.rows]
        for i, label in enumerate(labels):
            m = _RATIO_ROW.fullmatch(label)
            if not m:
                continue
            num = _row_named(labels, [m.group("num") + w for w in _TOTAL_WORDS], i)
            den = _row_named(labels, [m.group("den")], i)
            if num is None or den is None:
                continue
            out += _checks(table, k, (i, num, den), labels)
        revenue = _row_named(labels, list(_REVENUE_ROWS), -1)
        for i, label in enumerate(labels):
            m = _MARGIN_ROW.fullmatch(_PERCENT_MARK.sub("", label))
            if not m or revenue is None or _RATIO_ROW.fullmatch(label) or not _MARGIN_OF.search(m.group("num")):
                continue
            num = _row_named(labels, [m.group("num") + (m.group("qualifier") or "")], i)
            if num is None or num == revenue:
                continue
            out += _checks(table, k, (i, num, revenue), labels, growth_points=False)
            out += filter(None, [_points_between_periods(table, k, (i, num, revenue), labels)])
    return out


# a margin named by its line and 率 ('营运利润率', '本公司权益持有人应占利润率', '营运利润率(剔除其他收入与其他收益净额)')
_MARGIN_ROW = re.compile(r"(?P<num>[\u4e00-\u9fffA-Za-z、]{2,30}?)率(?P<qualifier>[(（][^()（）]{2,30}[)）])?")
# lines whose margin is over revenue: a profit's, an expense's (a tax's rate is over the profit before it)
_MARGIN_OF = re.compile(r"(?:利润|盈利|溢利|毛利|EBITDA|费用)$")
_PERCENT_MARK = re.compile(r"[(（]%[)）]$")
_REVENUE_ROWS = ("收益", "营业收入", "收入", "营业额", "总收益", "营业总收入", "收益总额")


def _points_between_periods(table, k: int, rows: tuple[int, int, int], labels: list[str]) -> Optional[dict]:
    """A margin's change in points in a change column right after two period columns: the first period's margin
    less the second's, from the rows' amounts (or, as a report may subtract them, the margins as printed)."""
    i, num, den = rows
    columns = table.columns
    if len(columns) != 4 or not _CHANGE_HEADER.search(_squashed(columns[3])) or any(_CHANGE_HEADER.search(_squashed(c)) for c in columns[1:3]):
        return None
    points, unit, _ = printed_cell(table.rows[i].get(columns[3]))
    if points is None or unit != "pct":
        return None
    cells = [[printed_cell(table.rows[r].get(c)) for r in (num, den, i)] for c in columns[1:3]]
    if any(p is None or not ok for column in cells for p, _, ok in column):
        return None
    (a1, b1, r1), (a2, b2, r2) = ([p for p, _, _ in column] for column in cells)
    if b1.value <= 0 or b2.value <= 0:
        return None
    verdict, exact = judge_formula(lambda x1, y1, x2, y2: (x1 / y1 - x2 / y2) * HUNDRED, [a1, b1, a2, b2], points)
    note = ""
    if verdict == "mismatch":
        printed, printed_exact = judge_formula(lambda p1, p2: p1 - p2, [r1, r2], points)
        if printed != "mismatch":
            verdict, exact, note = printed, printed_exact, "the two margins as printed, subtracted"
    change = columns[3]
    return make(f"{labels[i]} {change} {table.rows[i].get(change)}", table.page,
                f"{labels[num]} ÷ {labels[den]} × 100, {columns[1]} − {columns[2]}",
                {f"{labels[num]} {columns[1]}": a1, f"{labels[den]} {columns[1]}": b1,
                 f"{labels[num]} {columns[2]}": a2, f"{labels[den]} {columns[2]}": b2}, points, exact, "pct", verdict, note,
                {"table": k, "row": labels[i], "column": change},
                cells=[("other", k, i, change), ("other", k, num, columns[1]), ("other", k, den, columns[1]),
                       ("other", k, num, columns[2]), ("other", k, den, columns[2])])


def _row_named(labels: list[str], names: list[str], ratio_row: int) -> Optional[int]:
    """The one row (not the ratio's) whose label is one of the names as printed, else its bracketed unit aside
    ('营运利润(剔除…)' is one row; '营运利润' the other, where both would be '营运利润' with brackets dropped)."""
    for name_of in (lambda label: label, lambda label: QUALIFIER.sub("", label)):
        found = [j for j, label in enumerate(labels) if j != ratio_row and name_of(label) in names]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _checks(table, k: int, rows: tuple[int, int, int], labels: list[str], growth_points: bool = True) -> list[dict]:
    i, num, den = rows
    out = []
    columns = table.columns
    for j, column in enumerate(columns[1:], start=1):
        if _CHANGE_HEADER.search(_squashed(column)):
            continue
        figures = [printed_cell(table.rows[r].get(column)) for r in (num, den, i)]
        if any(p is None or not ok or (unit is not None and r != i) for (p, unit, ok), r in zip(figures, (num, den, i))):
            continue
        numerator, denominator, ratio = (p for p, _, _ in figures)
        if denominator.value <= 0:
            continue
        verdict, exact = judge_formula(lambda a, b: a / b * HUNDRED, [numerator, denominator], ratio)
        cells = [("other", k, i, column), ("other", k, num, column), ("other", k, den, column)]
        out.append(make(f"{labels[i]} {column} {table.rows[i].get(column)}", table.page,
                        f"{labels[num]} ÷ {labels[den]} × 100", {labels[num]: numerator, labels[den]: denominator},
                        ratio, exact, "%", verdict, "", {"table": k, "row": labels[i], "column": column}, cells=cells))
        if growth_points and j + 1 < len(columns) and _CHANGE_HEADER.search(_squashed(columns[j + 1])):
            change = _points_check(table, k, rows, labels, column, columns[j + 1], numerator, denominator, ratio)
            if change is not None:
                out.append(change)
    return out


def _points_check(table, k: int, rows: tuple[int, int, int], labels: list[str], column: str, change_column: str,
                  numerator, denominator, ratio) -> Optional[dict]:
    """The ratio's change in points from the two amounts and their growths."""
    i, num, den = rows
    points, unit, _ = printed_cell(table.rows[i].get(change_column))  # ('增加18.46个百分点', '减少11.0个百分点')
    if points is None or unit != "pct":
        return None
    growths = [printed_cell(table.rows[r].get(change_column)) for r in (num, den)]
    if any(g is None or not ok or (unit not in (None, "%")) for g, unit, ok in growths):
        return None
    num_growth, den_growth = (g for g, _, _ in growths)
    if num_growth.value <= -100 or den_growth.value <= -100:
        return None

    def before(a, b, ga, gb):
        return (a / (1 + ga / HUNDRED)) / (b / (1 + gb / HUNDRED)) * HUNDRED

    verdict, exact = judge_formula(lambda a, b, ga, gb: a / b * HUNDRED - before(a, b, ga, gb),
                                   [numerator, denominator, num_growth, den_growth], points)
    note = ""
    if verdict == "mismatch":
        # (a report subtracts the two ratios as it prints them: 30.83 − 12.37 = 18.46, where the unrounded
        # ratios are 18.47 apart)
        step = ratio.step

        def printed_less_before(r, a, b, ga, gb):
            return r - (before(a, b, ga, gb) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step

        rounded, rounded_exact = judge_formula(printed_less_before, [ratio, numerator, denominator, num_growth, den_growth],
                                               points)
        if rounded != "mismatch":
            verdict, exact, note = rounded, rounded_exact, "the ratio a year before rounded as the ratio is printed"
    formula = (f"{labels[num]} ÷ {labels[den]} × 100 − the same a year before "
               f"({labels[num]} ÷ (1 + its growth) over {labels[den]} ÷ (1 + its growth))")
    cells = [("other", k, i, change_column), ("other", k, num, column), ("other", k, den, column),
             ("other", k, num, change_column), ("other", k, den, change_column)]
    return make(f"{labels[i]} {change_column} {table.rows[i].get(change_column)}", table.page, formula,
                {labels[num]: numerator, labels[den]: denominator, f"{labels[num]} growth": num_growth,
                 f"{labels[den]} growth": den_growth}, points, exact, "pct", verdict, note,
                {"table": k, "row": labels[i], "column": change_column}, cells=cells)
