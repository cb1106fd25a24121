"""Check family: a statistics table's growth columns against its columns for this year and the year before, as a
bureau prints its monthly tables:

    项目             | 本年 本月   | 本年 1-本月  | 上年同期 上年本月 | 上年同期 上年1-本月 | 增长(%) 本月 | 增长(%) 累计
    社会消费品零售额 | 20626052.6 | 141797902.3 | 18266051.9       | 126842604.4        | 12.9        | 11.8

Each growth cell is its row's figure this year over the year before's, less one (20626052.6 ÷ 18266051.9 − 1 =
12.9%; from a loss, as `checks.growth_readings` reads it). Which columns pair: where the table's figure columns fall
in three runs of one length — this year's, the year before's (named 上年, 去年, 同期), the growth's (增长, 增速, 增幅,
增减, 比上年, 同比) — the k-th of each run; else the columns whose names are one once the words of their group are
dropped ('本月', '上年本月', '本月增长'), one of each. A table naming no year before's column is none of this
family's (a results table's years are `growth`'s and `change_columns`'; where they read a cell this family reads too,
`verify.without_repeats` keeps theirs); a cell that is a word or a blank, a ratio's row (率, 比重, (%)) and a change in points give no check."""
from __future__ import annotations

import re

from ...document import Document
from ..checks import judge_growth, make, printed_cell

# a growth column's words, and a year before's (上年同期 before 上年: the longer first)
_GROWTH = re.compile(r"增长|增速|增幅|增减|比上年|同比|[%％]")
_YEAR_BEFORE = re.compile(r"上年同期|去年同期|上年|去年|同期")
# a share's column, whose percent is no growth
_SHARE = re.compile(r"占|比重|结构|构成")
# the words of a group, dropped to pair columns by what is left ('上年同期 上年本月' → '本月')
_GROUP_WORDS = re.compile(r"上年同期|去年同期|上年|去年|同期|本年|今年|当年|本期|增长率?|增速|增幅|增减|比上年|同比|"
                          r"[(（]\s*[%％]\s*[)）]|[%％]|\s")

# a row of a ratio, not an amount
_A_RATIO = re.compile(r"率|比重|占比|比例|[(（]\s*[%％]\s*[)）]")


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        columns = table.columns[1:]
        kinds = [_kind(c) for c in columns]
        if "before" not in kinds or "growth" not in kinds or "now" not in kinds:
            continue
        for growth, now, before in _pairs(columns, kinds):
            out += _judged(table, k, growth, now, before)
    return out


def _kind(column: str) -> str:
    name = str(column or "")
    if _SHARE.search(name):
        return "share"  # ('占比(%)', '结构(%)': a part's share, no growth)
    if _GROWTH.search(name):
        return "growth"
    return "before" if _YEAR_BEFORE.search(name) else "now"


def _pairs(columns: list[str], kinds: list[str]) -> list[tuple[str, str, str]]:
    """(growth column, this year's, the year before's) for each growth column that pairs."""
    runs: list[list] = []
    for column, kind in zip(columns, kinds):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(column)
        else:
            runs.append([kind, [column]])
    if len(runs) == 3 and {kind for kind, _ in runs} == {"now", "before", "growth"} \
            and len({len(cs) for _, cs in runs}) == 1:
        by_kind = {kind: cs for kind, cs in runs}
        return list(zip(by_kind["growth"], by_kind["now"], by_kind["before"]))
    keys = {c: _GROUP_WORDS.sub("", str(c)) for c in columns}
    out = []
    for growth in (c for c, kind in zip(columns, kinds) if kind == "growth"):
        now = [c for c, kind in zip(columns, kinds) if kind == "now" and keys[c] == keys[growth]]
        before = [c for c, kind in zip(columns, kinds) if kind == "before" and keys[c] == keys[growth]]
        if len(now) == 1 and len(before) == 1:
            out.append((growth, now[0], before[0]))
    return out


def _judged(table, k: int, growth_column: str, now_column: str, before_column: str) -> list[dict]:
    out = []
    label_column = table.columns[0]
    for i, row in enumerate(table.rows):
        if _A_RATIO.search(str(row.get(label_column) or "")):
            continue  # a ratio's row: its change is in points, however it is printed ('加权平均净资产收益率 | … | 0.79')
        cells = [printed_cell(row.get(c)) for c in (now_column, before_column, growth_column)]
        if any(p is None or not ok for p, _, ok in cells):
            continue
        (now, now_unit, _), (before, before_unit, _), (growth, growth_unit, _) = cells
        if now_unit != before_unit or before.value == 0 or growth_unit == "pct":
            continue  # (a ratio's change in points, '减少1.01个百分点', is no growth)
        words, verdict, exact = judge_growth(now, before, growth)
        label = str(row.get(label_column) or "").strip()
        out.append(make(f"{label} {growth_column} {row.get(growth_column)}", table.page,
                        words.format(now=f"{label} {now_column}", before=f"{label} {before_column}"),
                        {now_column: now, before_column: before}, growth, exact, "%", verdict,
                        "the growth column against this year's figure and the year before's",
                        {"table": k, "row": label, "column": growth_column},
                        cells=[("other", k, i, growth_column), ("other", k, i, now_column), ("other", k, i, before_column)]))
    return out

