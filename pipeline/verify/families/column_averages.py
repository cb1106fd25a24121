"""Check family: a table's column of averages over its latest years, as a data site prints a
company's ratios with their five- and ten-year means:

    财务比率       | 2021年 | 2020年 | 2019年 | 2018年 | 2017年 | … | 近5年平均 | 近10年平均
    ROE(平均)(%) | 12.72  | 11.52  | 13.08  | 13.73  | 14.91  | … | 13.19    | 16.71

The column's header says how many years ('近5年平均', '5年均值', '十年平均'); they are the latest that many of
the table's year columns, each row's mean of its figures there. A year printed blank or as a word ('--')
leaves the row unjudged (the site's mean may skip it or count it as 0: not said); a 0.00 counts."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import parse_cn_number
from ..checks import judge_formula, make, printed_cell

_AVERAGE = re.compile(r"^(?:近|最近)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年\s*(?:平均|均值|平均值)(?:[(（][^)）]*[)）])?$")
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)\s*(?:年|A|E)?$")


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        years = sorted(((int(m.group("year")), c) for c in table.columns if (m := _YEAR.match(_squashed(c)))), reverse=True)
        for column in table.columns:
            m = _AVERAGE.match(_squashed(column))
            if m is None:
                continue
            n = int(m.group("n")) if m.group("n").isdigit() else int(parse_cn_number(m.group("n")))
            if not 2 <= n <= len(years):
                continue  # more years than the table prints: their mean is not the table's to recompute
            latest = [c for _, c in years[:n]]
            for i, row in enumerate(table.rows):
                check = _row_check(table, k, i, row, column, latest)
                if check is not None:
                    out.append(check)
    return out


def _squashed(text) -> str:
    return re.sub(r"\s", "", str(text or ""))


def _row_check(table, k: int, i: int, row: dict, column: str, latest: list[str]) -> Optional[dict]:
    printed, _, ok = printed_cell(row.get(column))
    if printed is None or not ok:
        return None  # no mean printed ('--')
    figures = []
    for year in latest:
        figure, _, ok = printed_cell(row.get(year))
        if figure is None or not ok:
            return None  # a year printed blank: whether the mean skips it or counts it as 0 is not said
        figures.append(figure)
    n = Decimal(len(figures))
    verdict, exact = judge_formula(lambda *xs: sum(xs) / n, figures, printed)
    label = str(row.get(table.columns[0]) or "").strip()
    return make(f"{label} {column} {row.get(column)}", table.page, f"mean of {label} over {', '.join(latest)}",
                {year: figure for year, figure in zip(latest, figures)}, printed, exact, "", verdict, "",
                {"table": k, "row": label, "column": column},
                cells=[("other", k, i, column)] + [("other", k, i, year) for year in latest])
