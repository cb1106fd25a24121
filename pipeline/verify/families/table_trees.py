"""Check family: the rows of a statistics table that make up a row above them, found by their sums — a yearbook's or a
release's table printed as text, its indentation lost:

    保费收入          131.93  418.95  437.34  502.83
    财产险             40.45   84.52   93.64  120.42
    #机动车辆保险      22.53   56.39   64.40   87.71      ('#', '其中': of which, no part — save a '其中:' row right
                                                           under a row: the first of that row's own parts)
    人身意外伤害险      4.20    9.42   10.89   12.55
    健康险              4.00   20.88   24.37   32.03
    寿险               83.29  304.12  308.43  337.83

A row's parts are the rows right after it whose running sums reach it, each part's own parts (the rows right after it
that make it up) passed over; a row with no figures (a heading, '按新型产品分') or a statement's line added or taken away
('加:营业外收入') ends them. Only a table of two figure columns or more is read so (a few rows may make one figure by
chance, not every column), and the parts must make the row in every column but one at most. The column they miss is
unverifiable, never a mismatch: the rows were found by their sums, and a row left out of the table (or blank in that
column) may make the difference.

One total may be broken down twice, each run of its parts under a heading ('按收获季节分', '按品种分'); rows under a
heading '在总计中:' are of which, passed over. A '#' row right under a row is of which — or the first of its parts, where
the rows after it make the row with it ('豆类' over '#大豆', '杂豆').

A '合计' (总计) column is the sum of the figure columns after it, row by row, where most rows agree (a table may print
only some of its parts' columns); a row missing it is a mismatch. A table read from text whose header names no such
column (garbled over several rows) has its columns found by their sums as `column_sums` finds a space-set table's — past
a part's own columns of which ('面积 住宅 #别墅 #经济适用 办公楼 …'), never across columns headed by periods. A structure
column ('结构(%)', the total at 100) holds each part's share of the total, in the amount column that gives them.

Only untyped tables (kind 'other'), never a row a statement reader typed as a statement's line (`totals`' to judge), and
only their columns of amounts: a column of rates (a '%' in it or its header,
增速, 同比, 占比) sums to nothing."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed, judge_quotient, judge_sum
from ...document import Document
from ...periods import period_of_label
from ..checks import make, printed_cell
from . import column_sums

# a row that is a part's own part, of which ('#机动车辆保险', '其中:住宅'): no part of the row above
_OF_WHICH = re.compile(r"^\s*(?:#|＃|其中\s*[:：]?)")
# …but a '其中:' row right under a row opens that row's own parts ('1、国际游客' over '其中:台湾同胞', '香港同胞', …): its first
_OPENS_ITS_PARTS = re.compile(r"^\s*其中\s*[:：]")
# a heading over rows of which, no parts ('在总计中:', '在总额中:')
_OF_WHICH_HEADING = re.compile(r"^\s*在\S{1,8}中\s*[:：]?\s*$")
_TOTAL_HEADER = re.compile(r"^\s*(?:合\s*计|总\s*计)\s*$")
# a statement's line added or taken away ('加:营业外收入', '减:营业外支出'): no part of a row above, and the end of its parts
_SIGNED_LINE = re.compile(r"^\s*(?:加|减)\s*[:：]")
# a column of rates, not amounts: no row of it sums ('%', '增速', '同比', '占比', 'yoy')
_RATES = re.compile(r"[%％]|增速|增长率|同比|环比|占比|比重|yoy|YoY|率")
_STATEMENTS = ("balance", "income", "cashflow")
MAX_DEPTH = 3  # parts of parts of parts: deeper trees are seldom printed, and each level multiplies the search
MOST_ROWS = Decimal("0.75")  # the share of rows a 合计 column's reading must reproduce


class _Row:
    """A table row: its name and its figure in each figure column (None for a blank)."""

    def __init__(self, index: int, name: str, figures: list[Optional[Printed]]):
        self.index, self.name, self.figures = index, name, figures

    @property
    def has_figures(self) -> bool:
        return any(f is not None for f in self.figures)


def find(doc: Document) -> list[dict]:
    out = []
    # the figures a statement reader typed as a balance sheet's, an income statement's or a cash flow statement's lines:
    # `totals` judges those (a broker's statement tables are read twice, typed and untyped)
    typed = {(t.page, _bare(r.get("printed"))) for t in doc.tables if t.kind == "financials"
             for r in t.rows if r.get("statement") in _STATEMENTS}
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        if len(table.columns) < 2:
            continue
        totals = _total_column(table, k)
        if not totals and table.bbox is None:
            totals = _found_columns(table, k)
        out += _trees(table, k, typed) + totals
    return out


def _bare(printed) -> str:
    return re.sub(r"[^\d.\-]", "", str(printed or ""))


# ----------------------------------------------------------------------------- rows making a row
def _trees(table, k: int, typed: set) -> list[dict]:
    label, columns = table.columns[0], table.columns[1:]
    rows = [_Row(i, re.sub(r"\s+", " ", str(r.get(label) or "")).strip(), [printed_cell(r.get(c))[0] for c in columns])
            for i, r in enumerate(table.rows)]
    rows = [r for r in rows if not _RATES.search(r.name)]  # (a row of rates, '毛利率(%)', sums to nothing either)
    figure_columns = [j for j in range(len(columns)) if sum(r.figures[j] is not None for r in rows) >= 3
                      and not _RATES.search(str(columns[j])) and not any(_RATES.search(str(r.get(columns[j]) or "")) for r in table.rows)]
    if len(figure_columns) < 2:
        return []  # (in one column the rows found by their sum could never be found wrong: nothing to judge)
    out, judged, parents, memo = [], set(), set(), {}  # judged: (parent, its first part), one per breakdown
    for i, row in enumerate(rows):
        if not row.has_figures or _OF_WHICH.match(row.name) or row.index in parents:
            continue
        stack = [(row, parts) for parts in _breakdowns(rows, i, row, figure_columns, memo)]
        while stack:
            parent, parts = stack.pop()
            if (parent.index, parts[0][0].index) in judged:
                continue
            judged.add((parent.index, parts[0][0].index))
            parents.add(parent.index)
            if any((table.page, _bare(table.rows[parent.index].get(columns[j]))) in typed for j in figure_columns):
                continue  # a statement's line: totals
            out += _judged(table, k, label, columns, figure_columns, parent, [p for p, _ in parts])
            out += _shares(table, k, label, columns, figure_columns, parent, [p for p, _ in parts])
            stack += [(p, sub) for p, sub in parts if sub]
    return out


# a column of each row's share of the row its rows make up: '结构(%)', '比重(%)', '构成(%)'
_SHARE_HEADER = re.compile(r"结构|比重|占比|构成")
HUNDRED = Decimal(100)


def _shares(table, k: int, label, columns: list, figure_columns: list[int], parent: _Row, parts: list[_Row]) -> list[dict]:
    """A share column's cells of the parts (the row they make up at 100 in it) against their amounts over the row's, in
    the amount column that gives them all ('结构(%)' beside '3月' and '1-3月 累计': the 累计's)."""
    out = []
    for j, column in enumerate(columns):
        whole = parent.figures[j]
        if not _SHARE_HEADER.search(str(column)) or whole is None or whole.value != HUNDRED:
            continue
        shown = [p for p in parts if p.figures[j] is not None]
        if len(shown) < 2:
            continue
        readings = []
        for a in figure_columns:
            if parent.figures[a] is None or parent.figures[a].value == 0 or any(p.figures[a] is None for p in shown):
                continue
            judged = [(p, *judge_quotient(p.figures[a].times(HUNDRED), parent.figures[a], p.figures[j])) for p in shown]
            readings.append((sum(verdict == "mismatch" for _, verdict, _ in judged), a, judged))
        # the amount column whose amounts give the shares, all but one at most (that one a mismatch); none where no
        # column does: shares of something else
        misses, a, judged = min(readings, key=lambda r: r[0], default=(None, None, []))
        if misses is not None and misses <= 1:
            for p, verdict, exact in judged:
                out.append(make(f"{p.name} {column} {table.rows[p.index].get(column)}", table.page,
                                f"{p.name} ÷ {parent.name} × 100 ({columns[a]})",
                                {p.name: p.figures[a], parent.name: parent.figures[a]}, p.figures[j], exact, "%", verdict,
                                "a row's share of the row its rows make up, in the amount column the shares are of",
                                {"table": k, "row": p.name, "column": column},
                                cells=[("other", k, p.index, column), ("other", k, p.index, columns[a]),
                                       ("other", k, parent.index, columns[a])]))
    return out


def _breakdowns(rows: list[_Row], i: int, row: _Row, columns: list[int], memo: dict) -> list[list]:
    """The runs of rows making up row i: the run right after it, and each run after a heading that follows the one
    before ('合计', '按收获季节分' and its rows, '按品种分' and its rows: one total broken down twice)."""
    out, start = [], i + 1
    while True:
        found = _parts(rows, start, row, columns, 0, memo)
        if found is None:
            return out
        out.append(found[1])
        start = _past_of_which(rows, found[0])
        if start >= len(rows) or rows[start].has_figures:
            return out  # (no heading: the rows after are the table's next rows, no second breakdown)


def _parts(rows: list[_Row], start: int, parent: _Row, columns: list[int], depth: int, memo: dict) -> Optional[tuple[int, list]]:
    """The rows from `start` making up `parent` (see the module's note): (the index after them and their own parts,
    [(part, its own parts)]), or None where no run of them does. `memo` keeps each answer: a row's own parts are asked
    for again by every row above it."""
    key = (start, parent.index, depth)
    if key not in memo:
        memo[key] = _parts_run(rows, start, parent, columns, depth, memo)
    return memo[key]


def _parts_run(rows: list[_Row], start: int, parent: _Row, columns: list[int], depth: int, memo: dict) -> Optional[tuple[int, list]]:
    if start < len(rows) and rows[start].has_figures and _OF_WHICH.match(rows[start].name) \
            and not _OPENS_ITS_PARTS.match(rows[start].name):
        # a '#' row right under a row is of which — or the first of its parts, where the rows after it make the row with
        # it ('豆类' over '#大豆', '杂豆'; '大小麦' over '#小麦', '甘薯' is of which: with 甘薯 it passes 大小麦)
        run = _run(rows, start, parent, columns, depth, memo, first_is_part=True)
        if run is not None:
            return run
    return _run(rows, start, parent, columns, depth, memo)


def _run(rows: list[_Row], start: int, parent: _Row, columns: list[int], depth: int, memo: dict,
         first_is_part: bool = False) -> Optional[tuple[int, list]]:
    parts, i = [], start
    while i < len(rows):
        row = rows[i]
        if _SIGNED_LINE.match(row.name):
            return None
        if not row.has_figures:
            if _OF_WHICH_HEADING.match(row.name):
                i = _past_of_which(rows, i)  # ('在总计中:' over '亏损企业 …': of which, no parts)
                continue
            if parts:
                return None  # a heading ends the run short of the row
            i += 1  # (one right under the row opens its parts: '原保险保费收入 …', '按险种分', '寿险 …')
            continue
        if _OF_WHICH.match(row.name) and not (i == start and (first_is_part or _OPENS_ITS_PARTS.match(row.name))):
            i += 1
            continue
        if _other_unit(row.name, parent.name):
            i += 1  # ('内地居民初婚登记(万人)' between '结婚登记(万对)' and its parts: counted in people, no part of it)
            continue
        own = _parts(rows, i + 1, row, columns, depth + 1, memo) if depth < MAX_DEPTH else None
        parts.append((row, own[1] if own else []))
        i = own[0] if own else i + 1
        sums = [_all_printed([p.figures[j] for p, _ in parts]) for j in columns]
        agreeing = [j for j, s in zip(columns, sums) if s is not None and _agrees(s, parent.figures[j])]
        if len(parts) >= 2 and len(agreeing) >= max(2, len(columns) - 1):
            return i, parts
        if sum(1 for j, s in zip(columns, sums) if s is not None and parent.figures[j] is not None
               and _beyond(s, parent.figures[j])) >= 2:
            return None  # past the row in two columns: these rows are no parts of it
    return None


def _past_of_which(rows: list[_Row], i: int) -> int:
    """The index past the of-which headings at i and the rows under each ('在总计中:', '亏损企业 …'), up to the next
    heading or the table's end; i itself where no such heading is there."""
    while i < len(rows) and not rows[i].has_figures and _OF_WHICH_HEADING.match(rows[i].name):
        i += 1
        while i < len(rows) and rows[i].has_figures:
            i += 1
    return i


# the unit a row's label names at its end, in brackets ('结婚登记(万对)', '粗离婚率(‰)')
_LABEL_UNIT = re.compile(r"[（(]\s*([^()（）\d]{1,6}?)\s*[)）]\s*$")


def _other_unit(name: str, parent: str) -> bool:
    """Whether a row's label names another unit than its parent's (both name one)."""
    mine, theirs = _LABEL_UNIT.search(name), _LABEL_UNIT.search(parent)
    return bool(mine and theirs) and mine.group(1) != theirs.group(1)


def _all_printed(figures: list[Optional[Printed]]) -> Optional[list[Printed]]:
    """The figures, where none is blank."""
    return None if any(f is None for f in figures) else figures


def _agrees(parts: list[Printed], total: Optional[Printed]) -> bool:
    return total is not None and judge_sum(parts, total)[0] != "mismatch"


def _beyond(parts: list[Printed], total: Printed) -> bool:
    """Whether the parts pass the total beyond their rounding (all positive: a running sum only grows)."""
    if any(p.value < 0 for p in parts) or total.value < 0:
        return False
    return sum((p.interval()[0] for p in parts), Decimal(0)) > total.interval()[1]


def _judged(table, k: int, label, columns: list, figure_columns: list[int], parent: _Row, parts: list[_Row]) -> list[dict]:
    out = []
    for j in figure_columns:
        figures = [p.figures[j] for p in parts]
        printed = parent.figures[j]
        if printed is None or any(f is None for f in figures):
            continue
        verdict, exact = judge_sum(figures, printed)
        note = "the rows after it that make it up in the table's other columns"
        if verdict == "mismatch":
            # (the rows were found by making the row in the other columns: here another may be left out, or be blank)
            verdict, note = "unverifiable", note + ", not in this one: a row the table leaves out may make the difference"
        column = columns[j]
        out.append(make(f"{parent.name} {column} {table.rows[parent.index].get(column)}", table.page,
                        " + ".join(p.name for p in parts), {p.name: f for p, f in zip(parts, figures)}, printed, exact,
                        None, verdict, note,
                        {"table": k, "row": parent.name, "column": column},
                        cells=[("other", k, parent.index, column)] + [("other", k, p.index, column) for p in parts]))
    return out


# ----------------------------------------------------------------------------- a 合计 column
def _total_column(table, k: int) -> list[dict]:
    """Each row's 合计 cell against the figure cells after it in its row, where most rows' add up."""
    # the header: the table's own columns, or a row of it (a web table's first rows may be its numbering: '列1 | 列2')
    headers = [(-1, {c: c for c in table.columns})] + list(enumerate(table.rows))
    for h, header in headers:
        at = [c for c in table.columns if _TOTAL_HEADER.match(str(header.get(c) or ""))]
        if at:
            break
    else:
        return []
    total_column = at[0]
    after = table.columns[table.columns.index(total_column) + 1:]
    label = table.columns[0]
    lines = []
    for i in range(h + 1, len(table.rows)):
        row = table.rows[i]
        total = printed_cell(row.get(total_column))[0]
        parts = [printed_cell(row.get(c))[0] for c in after]
        if total is not None and len(parts) >= 2 and all(p is not None for p in parts):
            lines.append((i, row, total, parts))
    agreeing = [line for line in lines if judge_sum(line[3], line[2])[0] != "mismatch"]
    if len(lines) < 2 or len(agreeing) < MOST_ROWS * len(lines):
        return []
    out = []
    for i, row, total, parts in lines:
        verdict, exact = judge_sum(parts, total)
        name = re.sub(r"\s+", "", str(row.get(label) or ""))
        out.append(make(f"{name} {header.get(total_column)} {row.get(total_column)}", table.page,
                        " + ".join(str(header.get(c)) for c in after), {str(header.get(c)): p for c, p in zip(after, parts)},
                        total, exact, None, verdict, "the row's figures after its 合计 column",
                        {"table": k, "row": name, "column": total_column},
                        cells=[("other", k, i, total_column)] + [("other", k, i, c) for c in after]))
    return out


# ----------------------------------------------------------------------------- columns found by their sums
class _Line:
    """A row of a run of rows alike, as `column_sums` reads a line: its figures, left to right."""

    def __init__(self, index: int, name: str, values: list[Printed]):
        self.index, self.name, self.values = index, name, values


def _found_columns(table, k: int) -> list[dict]:
    """A column the columns after it add up to, found by their sums as `column_sums` finds a space-set table's (its
    header garbled over several rows, '面 积 | 住宅 | 办公楼' over '# 别墅、高 | #经济适用 | 业用房'): in each run of
    `column_sums.RUN_LINES` rows or more with figures in the same columns. Only a table read from text or markup (a
    PDF's table is read from the page's words, where `column_sums` reads its lines)."""
    label, columns = table.columns[0], table.columns[1:]
    # (columns headed by periods are no parts of one another: a 三季报's figures are its 中报's and more, and add up to
    # them with the 一季报's now and then by chance)
    periods = [period_of_label(str(c).split()[0]) is not None if str(c).strip() else False for c in columns]
    runs, current, shape = [], [], None
    for i, row in enumerate(table.rows):
        cells = [None if periods[j] else printed_cell(row.get(c))[0] for j, c in enumerate(columns)]
        raw = [str(row.get(c) or "") for c in columns]
        filled = tuple(j for j, f in enumerate(cells) if f is not None)
        ok = len(filled) >= 3 and not any(_RATES.search(raw[j]) for j in filled) \
            and not _RATES.search(str(row.get(label) or ""))
        if ok and filled == shape:
            current.append((i, row, [cells[j] for j in filled]))
            continue
        if len(current) >= column_sums.RUN_LINES:
            runs.append((shape, current))
        current, shape = ([(i, row, [cells[j] for j in filled])], filled) if ok else ([], None)
    if len(current) >= column_sums.RUN_LINES:
        runs.append((shape, current))
    out = []
    for shape, run in runs:
        lines = [_Line(i, re.sub(r"\s+", "", str(row.get(label) or "")), values) for i, row, values in run]
        for at, parts_at in column_sums.structure(lines):
            total_column, part_columns = columns[shape[at]], [columns[shape[c]] for c in parts_at]
            for line in lines:
                parts, total = [line.values[c] for c in parts_at], line.values[at]
                verdict, exact = judge_sum(parts, total)
                out.append(make(f"{line.name} {total_column} {table.rows[line.index].get(total_column)}", table.page,
                                " + ".join(str(c) for c in part_columns), {str(c): v for c, v in zip(part_columns, parts)},
                                total, exact, None, verdict,
                                f"the columns that add up to it in the table's other rows ({len(lines)} in all)",
                                {"table": k, "row": line.name, "column": total_column},
                                cells=[("other", k, line.index, total_column)]
                                + [("other", k, line.index, c) for c in part_columns]))
    return out
