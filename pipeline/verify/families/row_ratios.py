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
print, or a cell that is a word (不适用), gives no check."""
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
    return out


def _row_named(labels: list[str], names: list[str], ratio_row: int) -> Optional[int]:
    """The one row (not the ratio's) whose label is one of the names, its bracketed unit aside."""
    found = [j for j, label in enumerate(labels) if j != ratio_row and QUALIFIER.sub("", label) in names]
    return found[0] if len(found) == 1 else None


def _checks(table, k: int, rows: tuple[int, int, int], labels: list[str]) -> list[dict]:
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
        if j + 1 < len(columns) and _CHANGE_HEADER.search(_squashed(columns[j + 1])):
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
