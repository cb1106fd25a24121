"""Check family: a table of holders, each row a holding and its share of the company's shares — the whole no row states,
each holding over its share implies it, and they must imply one:

    | 股东名称 | … | 期末持股数量 | 持股比例(%) |
    | 中央汇金投资有限责任公司 | … | 124,004,660,940 | 34.79 |      124,004,660,940 ÷ 34.79% = 356.4亿股
    | 中华人民共和国财政部 | … | 110,984,806,678 | 31.14 |        110,984,806,678 ÷ 356.4亿 = 31.14%

A count column (its header names 持股数量, 持股数, 股数 — not a change, 增减/变动) and, after it, a share column (持股比例,
占…比例, 比例(%)); three rows with both at least; 合计 rows are sums, not holders. A table of shares sold (减持股数, 减持比例)
is read alike: each count is of the same company's shares. Each row's share is judged over the whole
the other rows imply (their ranges within their printing, where they agree; else the most precise one's). A page scraped
with its columns set apart by spaces only is read by its header line too: each row's last two figures are its holding and
its share where the header puts the share column right after the count column (a trailing word, '未知', may follow)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed, judge_within
from ...document import Document
from ...quantities import NUM
from ..checks import make, printed_cell
from ..sentences import figure_of

HUNDRED = Decimal(100)
FEWEST_ROWS = 3
_COUNT = re.compile(r"持股数量|持股数|股数|持有股份")
_NOT_A_COUNT = re.compile(r"增减|变动|变化|质押|冻结|限售")
_SHARE = re.compile(r"比例|占比|持股比")
_A_TOTAL = re.compile(r"^\s*(?:合\s*计|总\s*计|小\s*计)")
_SCALE = re.compile(r"[(（]\s*(万|亿)?股\s*[)）]")
# a text line under such a header: its last figures, a holding and its share, a word maybe after them
_ROW_TAIL = re.compile(rf"(?P<count>{NUM})\s+(?P<share>\d{{1,2}}(?:\.\d+)?)(?:\s+[\u4e00-\u9fff]{{1,4}})?\s*$")


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        out += _table_checks(table, k)
    for page in doc.pages:
        out += _line_checks(page)
    return out


class _Row:
    def __init__(self, name: str, count: Decimal, share: Printed, where: tuple, cells: list):
        self.name, self.count, self.share, self.where, self.cells = name, count, share, where, cells

    def whole(self) -> tuple[Decimal, Decimal]:
        lo, hi = self.share.interval()
        return self.count / hi * HUNDRED, self.count / lo * HUNDRED


def _columns(header: list[str]) -> Optional[tuple[int, int]]:
    counts = [i for i, h in enumerate(header) if _COUNT.search(h or "") and not _NOT_A_COUNT.search(h or "")]
    shares = [i for i, h in enumerate(header) if _SHARE.search(h or "") and not _NOT_A_COUNT.search(h or "")]
    if len(counts) != 1 or len(shares) != 1 or shares[0] < counts[0]:
        return None
    return counts[0], shares[0]


def _table_checks(table, k: int) -> list[dict]:
    columns = [str(c or "") for c in table.columns]
    found = _columns(columns)
    if found is None:
        return []
    count_column, share_column = (table.columns[i] for i in found)
    scale = _scale(columns[found[0]])
    label = table.columns[0]
    rows = []
    for i, row in enumerate(table.rows):
        name = str(row.get(label) or "").strip()
        count, share = printed_cell(row.get(count_column))[0], printed_cell(row.get(share_column))[0]
        if count is None or share is None or share.value <= 0 or _A_TOTAL.match(name):
            continue
        rows.append(_Row(name, count.value * scale, share, {"table": k, "row": name, "column": share_column},
                         [("other", k, i, share_column), ("other", k, i, count_column)]))
    return _judged_rows(table.page, rows, f"{count_column} ÷ the company's shares × 100")


def _line_checks(page) -> list[dict]:
    """Rows of a table scraped as lines of words set apart by spaces, under a header line naming the count column with
    the share column right after it."""
    out, lines = [], page.text.split("\n")
    for h, line in enumerate(lines):
        words = line.split()
        if "|" in line or len(words) < 3:
            continue
        found = _columns(words)
        if found is None or found[1] != found[0] + 1:
            continue
        scale, rows, at = _scale(words[found[0]]), [], sum(len(x) + 1 for x in lines[:h + 1])
        for row_line in lines[h + 1:]:
            m = _ROW_TAIL.search(row_line)
            if not row_line.strip() or m is None:
                break
            name = row_line.split()[0]
            share = figure_of(m.group("share"))
            if share.value > 0 and not _A_TOTAL.match(name):
                rows.append(_Row(name, figure_of(m.group("count")).value * scale, share, {"line": row_line.strip()},
                                 [("text", page.number, at + m.start("share"), at + m.end("share")),
                                  ("text", page.number, at + m.start("count"), at + m.end("count"))]))
            at += len(row_line) + 1
        out += _judged_rows(page.number, rows, f"{words[found[0]]} ÷ the company's shares × 100", row_lines=True)
    return out


def _scale(header: str) -> Decimal:
    m = _SCALE.search(header)
    return {None: Decimal(1), "万": Decimal(10000), "亿": Decimal(10) ** 8}[m.group(1) if m else None]


def _judged_rows(page: int, rows: list[_Row], formula: str, row_lines: bool = False) -> list[dict]:
    if len(rows) < FEWEST_ROWS:
        return []
    out = []
    for row in rows:
        others = [o for o in rows if o is not row]
        ranges = [o.whole() for o in others]
        lo, hi = max(r[0] for r in ranges), min(r[1] for r in ranges)
        if lo > hi:  # (the others disagree among themselves: the most precise one's)
            lo, hi = min(others, key=lambda o: o.share.step / o.share.value).whole()
        exact = row.count / ((lo + hi) / 2) * HUNDRED
        verdict = judge_within(exact, row.count / hi * HUNDRED, row.count / lo * HUNDRED, row.share)
        claim = row.where["line"] if row_lines else f"{row.name} {row.where['column']} {row.share.value}"
        out.append(make(claim, page, formula, {"holding": row.count, "the company's shares (implied)": (lo + hi) / 2},
                        row.share, exact, "%", verdict,
                        "the holding's share of the company's shares, which the table never states: the whole its other "
                        "rows imply", None if row_lines else row.where, cells=row.cells))
    return out
