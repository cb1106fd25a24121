"""Tables a text prints one cell a line, as a web page's table comes out when its text is copied
(and some PDFs' text layers give it): the header's cells a line each, then each row's cells a
line each, the row's label first —

    年度
    每10股派息数(含税)(人民币元)
    现金分红的数额(含税)(人民币元)
    归属于本公司股东的净利润(人民币元)
    占归属于本公司股东的净利润的比率(%)
    2019
    5.89
    957,590,868.96
    3,188,884,638.91
    30.03
    2018
    …

The rows are found by their figures: a run of lines each one figure, broken at a regular
interval k by a label (a year, or a few words), is a table of k columns whose labels are those
lines — at least two rows, every row whole. Its header is the k lines before the first label,
none of them a figure (a header cell wrapped onto two lines loses its first). A run that breaks
the pattern ends the table: no row is guessed."""
from __future__ import annotations

import re
from typing import Optional

from .. import clean
from ..document import Table
from .spaced import caption_above

# a table cell that is one figure: '957,590,868.96', '30.03', '-1.2%', '(35)', '3.5倍', '12亿元', '-' (a blank)
# (ingest's reader of a table written a cell a line with '|' lines between reads cells by it too)
# (and a ratio printed as one to another, '6.57:1', as a hog-to-grain ratio is)
FIGURE_CELL = re.compile(r"[-+−(]?\d[\d,]*(?:\.\d+)?\)?\s*(?:%|％|个百分点|pct|倍|x|(?:万亿|亿|千万|百万|万|千)?元|[:：]\s*1)?|[-—–]{1,2}")
# a row's label: a year ('2019', '2019年', '2019A') or a few words, no figure of its own
# (or a month: '1月', '1月平均', '2025年1月', '1-3月')
_LABEL = re.compile(r"\s*(?:(?:19|20)\d{2}\s*(?:年(?:度)?|[AEH]|H1|Q[1-4])?|[^\d\n]{1,16}"
                    r"|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*(?:[-–~至]\s*\d{1,2}\s*)?月份?(?:平均|均值|合计|累计)?)\s*")
# a header cell: words (a unit or a year inside it allowed), not a figure
_HEADER_CELL = re.compile(r"\s*\S.{0,60}")
MOST_COLUMNS, FEWEST_COLUMNS = 12, 3
FEWEST_ROWS = 2


def stacked_tables(text: str, page: int) -> list[Table]:
    """The tables of a page's text printed one cell a line — or one cell a line with a blank line between cells, as
    some sites' copies print them ('主板·IPO上市\n\n29\n\n29\n\n…'): read again with the blank lines left out, where
    the first reading found no table."""
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    tables = _tables_in(lines, starts, page)
    if "\n\n" in text:
        taken = [t.report["text_span"] for t in tables]
        dense = [(line, start) for line, start in zip(lines, starts) if line.strip()]
        tables += [t for t in _tables_in([line for line, _ in dense], [start for _, start in dense], page)
                   if not any(a < t.report["text_span"][1] and t.report["text_span"][0] < b for a, b in taken)]
    return tables


def _tables_in(lines: list[str], starts: list[int], page: int) -> list[Table]:
    """The tables found in `lines`, each line's offset in the page's text in `starts`."""
    tables, i = [], 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            i += 1
            continue
        head_at, k, rows_end = found
        cells = [[_cell(c) for c in lines[head_at:head_at + k]]]
        for r in range(head_at + k, rows_end, k):
            cells.append([_cell(c) for c in lines[r:r + k]])
        # (titled by the caption above its header, as a statement's name says what its rows are: '…利润分配表')
        tables.append(Table(kind="other", page=page, columns=clean.column_names(cells[0]),
                            rows=clean.rows_as_dicts(cells), cells=cells, title=caption_above(lines, head_at), source="text",
                            report={"text_span": [starts[head_at], starts[rows_end - 1] + len(lines[rows_end - 1])]}))
        i = rows_end
    return tables


# a web page's cell separator left at a cell line's end ('17.09 |'), and at its start too where the site bars a row's
# label on both sides ('| 收入 |')
_SEPARATOR_AFTER = re.compile(r"\s*\|\s*$")
_SEPARATOR_BEFORE = re.compile(r"^\s*\|\s*(?=\S)")


def _cell(line: str) -> str:
    return _SEPARATOR_BEFORE.sub("", _SEPARATOR_AFTER.sub("", line)).strip()


def _is_figure(line: str) -> bool:
    return bool(FIGURE_CELL.fullmatch(_cell(line)))


def _is_label(line: str) -> bool:
    line = _cell(line)
    return bool(line) and not _is_figure(line) and bool(_LABEL.fullmatch(line)) \
        or bool(re.fullmatch(r"\s*(?:19|20)\d{2}\s*", line))


def _table_at(lines: list[str], first: int) -> Optional[tuple[int, int, int]]:
    """(where the header starts, the columns, where the rows end) of a table whose first row's
    label is lines[first], else None."""
    if not _is_label(lines[first]):
        return None
    for k in range(MOST_COLUMNS, FEWEST_COLUMNS - 1, -1):
        end = first
        while end + k <= len(lines) and _is_label(lines[end]) and all(_is_figure(x) for x in lines[end + 1:end + k]):
            end += k
        rows = (end - first) // k
        if rows < FEWEST_ROWS:
            continue
        head_at = first - k
        header = lines[head_at:first] if head_at >= 0 else []
        if len(header) != k or any(not _cell(line) or _is_figure(line) or not _HEADER_CELL.fullmatch(_cell(line)) for line in header):
            continue
        if all(re.fullmatch(r"\s*(?:19|20)\d{2}\s*", line) for line in header[1:]):
            continue  # a header of years over one column of labels: a list of years, not this layout
        return head_at, k, end
    return None
