"""Check family: the 小计, 合计 and 总计 rows of a table no statement reader typed, each the sum of the rows above it in
its group, column by column — as a notice prints its impairment charges by kind, or a shareholder its sales by way:

    | 1 | 信用减值损失 | 应收账款坏账损失 | -387,477.44 |
    |   |            | 其他应收账款坏账损失 | 1,459,101.72 |
    |   |            | 应收票据坏账损失 | -6,809.55 |
    |   | 小计        |                | 1,064,814.73 |      −387,477.44 + 1,459,101.72 − 6,809.55
    | 2 | 资产减值损失 | 存货跌价损失     | 1,173,986.12 |
    |   |            | 其他非流动资产减值 | 22,179,211.82 |
    |   | 小计        |                | 23,353,197.94 |
    |   | 合计        |                | 24,418,012.67 |      the two 小计

A total row is one whose words are only 小计, 合计 or 总计 (the row's other cells figures, blanks or dashes). Its group is the
rows after the last row of its level or above (小计 < 合计 < 总计): a subtotal stands for the rows it closed, so a 合计 over
two 小计 adds the 小计, and one over a 小计 and a row after it adds both. Rows of a line's own parts (其中…) and of a line
added or taken away (加:, 减:) make the group's sum unknown: not read; a row of an average ('平均每家募资') is no part. A
column is judged where the total and every row of its group print a figure in it (a price per share, '-' in the total
row, is none); the table's figures may be percentages (shares of one whole add up too). Company reports' typed tables
are `totals`' and `section_totals`'. And a row's parts after it, opening on 其中, down to the next item's row: '4、减:累计
使用募集资金 | 12,883,863,248.02' over '其中:以前年度累计使用 | 12,854,998,194.51', '2023年度使用 | 28,865,053.51'."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import judge_sum
from ...document import Document
from ..checks import make, printed_cell
from .section_totals import closed_by_a_bare_total

# a total row's word, and its level
_LEVELS = {"小计": 1, "合计": 2, "总计": 3}
# a row that is no line of the group's own: a part of the line above, one added or taken away
_NOT_A_LINE = re.compile(r"^(?:其中|[加减][:：])")
_DASH = re.compile(r"^[-—–]+$")
# a row of a measure per head or on average: no part of a sum
_PER_HEAD = re.compile(r"人均|平均|均价|均值|中位数|每家|每股")


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        if not closed_by_a_bare_total(table):  # (the whole table's 合计 under its lines: `section_totals`')
            out += _table_totals(table, k)
        out += _of_which_rows(table, k)
    return out


# a row's label opening on its item's number ('4、减:累计使用募集资金', '(二)', '三、') or on 加:/减:: it ends the rows of
# the 其中 above it
_ITEM_ROW = re.compile(r"^(?:\d{1,2}\s*[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|[加减][:：])")


# a column of rates or shares, no amounts: '同比增减%', '增长(%)'
_RATE_COLUMN = re.compile(r"%|％|增减|增长|比重|占比|比例")


def _of_which_rows(table, k: int) -> list[dict]:
    """A numbered row and its parts after it, the first opening on 其中 ('4、减:累计使用募集资金 | 12,883,863,248.02' over
    '其中:以前年度累计使用 | 12,854,998,194.51' and '2023年度使用 | 28,865,053.51'), down to the next row opening on an item's
    number or on 加:/减: — where one follows (at the table's end, where the parts end is not said); in the columns of
    amounts. A row not numbered is a statement's line, its 其中 rows notes on it ('财务费用' over '其中:利息费用' and
    '利息收入', which it nets): not read. Parts short of the row may leave one out (unverifiable); over it, a mismatch."""
    out, rows = [], table.rows
    labels = [(_words(r) or [""])[0] for r in rows]
    # (amounts only: a rate's column, '同比增减%', adds up to nothing)
    columns = [c for c in table.columns if not _RATE_COLUMN.search(str(c or ""))]
    for i in range(1, len(rows)):
        if not labels[i].startswith("其中") or not _ITEM_ROW.match(labels[i - 1]):
            continue  # (a statement's '财务费用' over '其中:利息费用', '利息收入': notes on the line, no list of its parts)
        end = next((j for j in range(i + 1, len(rows)) if _ITEM_ROW.match(labels[j]) or _level(rows[j])), None)
        if end is None or end - i < 2 or any(labels[j].startswith("其中") for j in range(i + 1, end)):
            continue
        out += _judged(table, k, i - 1, list(range(i, end)), columns, "the rows after 其中, down to the next item",
                       short="the rows after 其中 may not be all of it: short of the row")
    return out


def _words(row: dict) -> list[str]:
    """A row's cells that are words: no figure, no blank, no dash (spaces taken out: '合 计')."""
    out = []
    for cell in row.values():
        text = re.sub(r"\s", "", str(cell or ""))
        if text and not _DASH.match(text) and printed_cell(text)[0] is None:
            out.append(text)
    return out


def _level(row: dict) -> Optional[int]:
    words = _words(row)
    return _LEVELS.get(words[0]) if len(words) == 1 else None


def _table_totals(table, k: int) -> list[dict]:
    columns = list(table.columns)
    stack: list[tuple[int, int]] = []  # (level, row index): the rows and totals not yet closed by a total
    out = []
    for i, row in enumerate(table.rows):
        level = _level(row)
        if level is None:
            words = _words(row)
            if any(_NOT_A_LINE.match(w) for w in words):
                stack.append((-1, i))  # (marks its group as unknown)
            elif any(_PER_HEAD.search(w) for w in words):
                continue  # (an average of the row above, '平均每家募资': no part of the total)
            elif any(printed_cell(row.get(c))[0] is not None for c in columns):
                stack.append((0, i))
            continue
        group = []
        while stack and stack[-1][0] < level:
            group.append(stack.pop())
        group.reverse()
        stack.append((level, i))
        if len(group) < 2 or any(lv < 0 for lv, _ in group):
            continue
        out += _judged(table, k, i, [r for _, r in group], columns)
    return out


def _label(row: dict) -> str:
    """A row's name: its words that hold no digit (a period's dates are no name: '2023年4月26日至2023年5月16日')."""
    words = _words(row)
    named = [w for w in words if not re.search(r"\d", w)]
    return "/".join(named) if named else (words[0] if words else "row")


def _judged(table, k: int, at: int, rows: list[int], columns: list, note: Optional[str] = None,
            short: Optional[str] = None) -> list[dict]:
    """The row `at` against the rows `rows` summed, column by column (`note` says whose rows they are; `short`, where
    given, makes a sum short of the row unverifiable with that note: the rows may leave one out)."""
    out = []
    total_row = table.rows[at]
    name = _label(total_row)
    for column in columns:
        printed, unit, ok = printed_cell(total_row.get(column))
        if printed is None or not ok:
            continue
        parts = [printed_cell(table.rows[r].get(column)) for r in rows]
        if any(p is None or not p_ok or u != unit for p, u, p_ok in parts):
            continue  # (a row without a figure here: the column is no sum)
        figures = [p for p, _, _ in parts]
        verdict, exact = judge_sum(figures, printed)
        said = note or f"the rows above the {name} in its group"
        if short and verdict == "mismatch" and exact < printed.value:
            verdict, said = "unverifiable", short
        labels = [_label(table.rows[r]) for r in rows]
        out.append(make(f"{name} {column} {total_row.get(column)}", table.page, f"{name} = " + " + ".join(labels),
                        {f"{label} ({n + 1})": f for n, (label, f) in enumerate(zip(labels, figures))}, printed, exact,
                        unit, verdict, said,
                        {"table": k, "row": name, "column": column},
                        cells=[("other", k, at, column)] + [("other", k, r, column) for r in rows]))
    return out
