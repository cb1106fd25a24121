"""Check family: a table set out with spaces in a text — a yearbook's page as it comes off the web, its header garbled
over several lines — whose lines are a label (a year, a name) and figures, where one figure is the sum of the figures
right after it in nearly every line:

    年 份 养老保险参保人数 机关事业单位 企业单位 离退休人员 …
    2000 568.07 133.24 323.33 111.5 127.3 30.4 346.48          568.07 = 133.24 + 323.33 + 111.5
    2001 603.41 140.79 314.62 148 351.6 83.7 351.99            603.41 = 140.79 + 314.62 + 148
    …

The structure is found by the sums, not by the header (which the page has lost): among lines in a row holding the same
number of figures (RUN_LINES or more), a column that the columns right after it add up to in all of them but one at
most (one in ten of a long table) — a line it misses is judged a mismatch (the others found the structure; the
header's words cannot be read to say otherwise). Several such columns may stand side by side ('专利申请数 发明 实用新型
外观设计 专利授权数 发明 …'), one column may be split twice, the second run of its parts further on ('总人口 男性 女性
农业人口 非农业人口'), and a column's parts may have their own printed between them ('生产总值 第一产业 第二产业 工业 建筑业
第三产业': each structure found sets its parts aside for the next). A
line with a blank (fewer figures) is outside the run. Percentages, and a company report's tables (typed: `totals`,
`table_trees`), are not read."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed, judge_sum
from ...document import Document
from ..checks import is_company_report, make
from ..sentences import figure_of

RUN_LINES = 4  # lines of one shape, fewest, for a column's sum to be found by them
# a line: its label (a year, or words), then figures set out with spaces
_FIGURE = re.compile(r"(?<![\d.,%％])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d%％])|(?<![\d.,%％])-?\d+(?:\.\d+)?(?![\d.,%％])")
_YEAR_LABEL = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*年)?\s+")


class _Line:
    def __init__(self, label: str, figures: list[re.Match]):
        self.label, self.figures = label, figures
        self.values = [figure_of(f.group(0)) for f in figures]


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    out = []
    for page in doc.pages:
        for run in _runs(page.text):
            out += _judged(page, run)
    return out


def _line(text: str, start: int, end: int) -> Optional[_Line]:
    """The line text[start:end] as its label and its figures (their offsets the page's), or None for a line of words, of
    percentages or of fewer than three figures."""
    line = text[start:end]
    if "%" in line or "％" in line:
        return None
    year = _YEAR_LABEL.match(line)
    figures = list(_FIGURE.finditer(text, start + (year.end() if year else 0), end))
    if len(figures) < 3:
        return None
    # (the figures must be all the line holds after its label: words between them make it prose)
    if _FIGURE.sub(" ", text[figures[0].start():end]).strip():
        return None
    label = year.group(1) if year else text[start:figures[0].start()].strip()
    return _Line(label, figures)


def _runs(text: str) -> list[list[_Line]]:
    """Runs of lines in a row holding the same number of figures, RUN_LINES or more."""
    runs, current, at = [], [], 0
    for raw in text.split("\n"):
        line = _line(text, at, at + len(raw))
        at += len(raw) + 1
        if line is not None and current and len(line.figures) == len(current[-1].figures):
            current.append(line)
            continue
        if len(current) >= RUN_LINES:
            runs.append(current)
        current = [line] if line is not None else []
    if len(current) >= RUN_LINES:
        runs.append(current)
    return runs


def _agrees(parts: list[Printed], total: Printed) -> bool:
    return judge_sum(parts, total)[0] != "mismatch"


def _misses_allowed(lines: int) -> int:
    """How many lines a column's sum may miss and still be found by the others: one, or one in ten of a long table
    (a yearbook misprints: Ningbo's 1993 total is 0.13 off both its splits)."""
    return max(1, lines // 10)


def structure(run: list[_Line]) -> list[tuple[int, list[int]]]:
    """The columns a run of other columns adds up to, each as (its index, its parts' indexes), left to right: the parts
    right after it first ('总人口 男性 女性'), then a run further on that splits it again ('… 农业人口 非农业人口'); and, once
    a column's own parts are found, over it with them set aside ('生产总值 第一产业 第二产业 [工业 建筑业] 第三产业': 生产总值 is
    第一产业 + 第二产业 + 第三产业, 第二产业 being 工业 + 建筑业). A column of a sum is taken where all lines but
    `_misses_allowed` agree; a column is a part of one sum at most."""
    n, needed = len(run[0].values), len(run) - _misses_allowed(len(run))
    found: list[tuple[int, list[int]]] = []
    used: set[int] = set()

    def agreeing(i: int, parts: list[int]) -> bool:
        if any(line.values[c].value == 0 for line in run for c in parts):
            return False
        return sum(_agrees([line.values[c] for c in parts], line.values[i]) for line in run) >= needed

    def of_which(part: int, block: list[int]) -> bool:
        """Whether each column of `block` is no more than column `part` in every line: its of-which ('住宅 #别墅 #经济适用')."""
        return all(line.values[c].value <= line.values[part].value for line in run for c in block)

    def search(adjacent: bool) -> bool:
        visible = [c for c in range(n) if c not in used]
        for at, i in enumerate(visible):
            starts = [at + 1] if adjacent else range(at + 2, len(visible) - 1)
            for start in starts:
                for end in range(start + 2, len(visible) + 1):
                    parts = visible[start:end]
                    if agreeing(i, parts):
                        found.append((i, parts))
                        used.update(parts)
                        return True
        return False

    def search_past_of_which() -> bool:
        """The parts right after a column, one of them followed by columns of which (no parts: '面积 住宅 #别墅 #经济适用
        办公楼 商业营业用房 其他' — 面积 is 住宅 + 办公楼 + 商业营业用房 + 其他)."""
        visible = [c for c in range(n) if c not in used]
        for at, i in enumerate(visible):
            for end in range(at + 4, len(visible) + 1):
                for a in range(at + 2, end - 1):
                    for b in range(a + 1, end):
                        block = visible[a:b]
                        parts = visible[at + 1:a] + visible[b:end]
                        if len(parts) >= 2 and of_which(visible[a - 1], block) and agreeing(i, parts):
                            found.append((i, parts))
                            used.update(parts + block)
                            return True
        return False

    # (one structure at a time, the adjacent first: each found sets its parts aside for the next)
    while search(True) or search(False) or search_past_of_which():
        pass
    return sorted(found)


def _judged(page, run: list[_Line]) -> list[dict]:
    out = []
    for i, columns in structure(run):
        for line in run:
            parts, total = [line.values[c] for c in columns], line.values[i]
            verdict, exact = judge_sum(parts, total)
            figures = line.figures
            out.append(make(f"{line.label}: {figures[i].group(0)} = " + " + ".join(figures[c].group(0) for c in columns),
                            page.number, f"column {i + 1} = " + " + ".join(f"column {c + 1}" for c in columns),
                            {f"column {c + 1}": p for c, p in zip(columns, parts)}, total, exact, None, verdict,
                            f"the figures of those columns add up to it in the table's other lines ({len(run)} in all)",
                            cells=[("text", page.number, figures[i].start(), figures[i].end())]
                            + [("text", page.number, figures[c].start(), figures[c].end()) for c in columns]))
    return out
