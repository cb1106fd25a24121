"""Check family: a summary table whose rows a text layer or a download site ran together into one
line, as Hong Kong interim reports' 财务摘要 come out of them:

    '截至6月30日止六个月 2024年 2023年 变动 变动百分比 人民币千元 … 收入销售硅片 2,342,084 7,201,320 (4,859,236)
     (67.5%) 销售电力 95,334 109,593 (14,259) (13.0%) … 其他* 1,280,024 1,607,854 (327,830) (20.4%) 8,862,876
     20,945,903 (12,083,027) (57.7%) 本公司拥有人应占利润 (1,479,603) …'

Under a header naming a change and its percentage (变动 变动百分比, 增减 增减%), a row is its label, the
period's figure, the figure it is compared with, the change and the change in percent, negatives in
brackets: the change is the first less the second, the percentage that change over the second (over its
size where the second is a loss). A run of four numbers neither of whose relations holds is no such row
(another table's, or read wrong) and is not judged. A row with no label after two or more labelled ones is
their total ('8,862,876 20,945,903 …' after the revenue lines): its first and second figures are the
labelled rows' sums — or, where they fall short, a line not listed may make up the rest (unverifiable).
Only rows sharing their line with another are read: where a table's rows stand one a line, `change_columns`
reads it instead.

Under a header naming two periods and a change with no percentage column ('财务概要 二零二二年 二零二一年 变动'), a
row is its label, the two figures and the change in percent — or, for a ratio, in points:

    '…之营业额(港币千元) 2,464,242 2,694,810 -8.6% … 负债比率(附注) 21.8% 24.1% -2.3百分点'

a row whose change is nowhere near its figures' is no such row (another run of numbers) and is not judged.
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from typing import NamedTuple, Optional

from ...calc import Printed
from ...document import Document
from ..checks import growth_readings, judge_formula, make, marked

# a figure as such tables print it: '2,342,084', '(4,859,236)' (a negative), '(67.5%)', '24.6%', '-0.21'
_NUM = r"[(（]?\s*[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?\s*[)）]?"
_ROW = re.compile(rf"(?<![\d.,%)）])(?P<a>{_NUM})\s+(?P<b>{_NUM})\s+(?P<d>{_NUM})\s+"
                  rf"(?P<p>[(（]?\s*[-−]?\d+(?:\.\d+)?\s*%\s*[)）]?)(?![\d.])")
# the header over such rows: a change and its percentage
_HEADER = re.compile(r"(?:变动|增减|变化)\s*(?:人民币)?[分元]?\s*(?:变动|增减|变化)?\s*(?:百分比|%|率)")
# a header of two periods and a change alone ('二零二二年 二零二一年 变动'), and its rows' three figures
_CHANGE_HEADER = re.compile(r"年度?\s+(?:变动|增减|变化)(?!\s*(?:人民币)?[分元]?\s*(?:变动|增减|变化)?\s*(?:百分比|%|率))")
_ROW3 = re.compile(rf"(?<![\d.,%)）])(?P<a>{_NUM})\s+(?P<b>{_NUM})\s+"
                   rf"(?P<p>[(（]?\s*[-−+]?\d+(?:\.\d+)?\s*(?P<pp>%|个?百分点)\s*[)）]?)(?![\d.])")
# how much of the text before a figure a claim shows
_CONTEXT = 60

# A-share filings' key data restated ('上年同期 调整前 调整后 … 增减变动幅度(%)'), run into one line: each row's label,
# then for the period (and again for the year to date) the figure, the year before's as first reported and as
# restated (in either order), and the change in percent with no % sign — against either base
_RESTATED_HEADER = re.compile(r"调整[前后]\s*调整[前后]")
_FILING_NUM = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_RESTATED_ROW = re.compile(rf"(?<![\d.,])(?P<a>{_FILING_NUM})\s+(?P<b>{_FILING_NUM})\s+(?P<c>{_FILING_NUM})\s+"
                           rf"(?P<p>-?\d+\.\d{{2}})(?![\d,%])")


class _Row(NamedTuple):
    label: str
    m: re.Match


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text or ""
        out += _restated(page.number, text)
        headers = [h.end() for h in _HEADER.finditer(text)]
        if not headers:
            continue
        for block_start, block_end in zip(headers, headers[1:] + [len(text)]):
            out += _block(page.number, text, block_start, block_end)
    for page in doc.pages:
        text = page.text or ""
        headers = [h.end() for h in _CHANGE_HEADER.finditer(text)]
        for block_start, block_end in zip(headers, headers[1:] + [len(text)]):
            out += _three_column_block(page.number, text, block_start, block_end)
    return out


def _three_column_block(page: int, text: str, start: int, end: int) -> list[dict]:
    """The rows of figure, figure compared with and change under a header of two periods and a change: each row's
    change in percent (or, of two percentages, in points), where it comes near what its figures give."""
    out, at = [], start
    rows = list(_ROW3.finditer(text, start, end))
    on_line = Counter(text.count("\n", 0, m.start()) for m in rows)
    for m in rows:
        label = re.search(r"(\S*)\s*$", text[at:m.start()]).group(1)
        at = m.end()
        if on_line[text.count("\n", 0, m.start())] < 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", label):
            continue  # (a row alone on its line is a table's own, `change_columns`'s; a row needs its label)
        now, before, change = (_value(m.group(g)) for g in ("a", "b", "p"))
        points = m.group("pp") != "%"
        if points != ("%" in m.group("a") and "%" in m.group("b")):
            continue  # (a move in points is of two percentages, and a change of two percentages is in points)
        if points:
            verdict, exact = judge_formula(lambda x, y: x - y, [now, before], change)
            how = "a − b"
        elif before.value:
            readings = [(how, judge_formula(fn, [now, before], change)) for how, fn in growth_readings(before.value)]
            how, (verdict, exact) = next((r for r in readings if r[1][0] != "mismatch"), readings[0])
        else:
            continue
        if verdict == "mismatch" and (exact is None or abs(exact - change.value) > abs(change.value)):
            continue  # nowhere near: no such row
        out.append(_check(page, text, m, "p", f"{label}: {how}", {"本期": now, "上期": before}, change, exact, verdict,
                          "pp" if points else "%"))
    return out


def _restated(page: int, text: str) -> list[dict]:
    """Each run of a figure, the year before's two statements and a change in percent after a header naming
    调整前 and 调整后: the change against the restated base or the first (the one reproducing it named). Runs whose
    change neither base gives are no such row and are not judged."""
    header = _RESTATED_HEADER.search(text)
    if header is None:
        return []
    out = []
    first_word = "as restated" if header.group(0).startswith("调整后") else "as first reported"  # (the header's order)
    second_word = "as first reported" if first_word == "as restated" else "as restated"
    for m in _RESTATED_ROW.finditer(text, header.end()):
        now, first, second, percent = (_value(m.group(g)) for g in ("a", "b", "c", "p"))
        if "," not in m.group("a") and "." not in m.group("a"):
            continue  # (a count or a year, not a filing's amount)
        tried = []
        for base, group in ((second, "c"), (first, "b")):
            if not base.value:
                continue
            readings = [(how, judge_formula(fn, [now, base], percent)) for how, fn in growth_readings(base.value)]
            how, (verdict, exact) = next((r for r in readings if r[1][0] != "mismatch"), readings[0])
            tried.append((verdict, exact, how, base, group))
        if not tried or all(t[0] == "mismatch" and abs(t[1] - percent.value) > abs(percent.value) for t in tried):
            continue  # no such row: neither base comes near the change
        verdict, exact, how, base, group = next((t for t in tried if t[0] != "mismatch"), tried[0])
        label = re.search(r"([\u4e00-\u9fff（）()/]*)\s*$", text[max(0, m.start() - 30):m.start()]).group(1) or "本期"
        cells = [("text", page, m.start(g), m.end(g)) for g in ("p", "a", group)]
        out.append(make(_claim(text, m, "p"), page, f"{label}: {how}", {"本期": now, "上年同期": base}, percent, exact,
                        "%", verdict, f"on the year before {second_word if group == 'c' else first_word}", cells=cells))
    return out


def _block(page: int, text: str, start: int, end: int) -> list[dict]:
    """The rows between a header and the next: each row's change and percentage, and a total's sums."""
    out, labelled, at = [], [], start
    rows = list(_ROW.finditer(text, start, end))
    line_of = [text.count("\n", 0, m.start()) for m in rows]
    on_line = Counter(line_of)
    for m, line in zip(rows, line_of):
        label = re.search(r"(\S*)\s*$", text[at:m.start()]).group(1)
        at = m.end()
        if on_line[line] < 2:
            continue  # a row alone on its line is a table's own row, `change_columns`'s
        judged = _row(page, text, m, label)
        if not judged:
            continue  # four numbers of something else: no row, and no part of a total
        out += judged
        if re.search(r"[\u4e00-\u9fffA-Za-z]", label):
            labelled.append(_Row(label, m))
            continue
        if len(labelled) >= 2 and not any("%" in r.m.group("a") for r in labelled):
            out += [_total(page, text, m, labelled, column) for column in ("a", "b")]
        labelled = []
    return out


def _value(printed: str) -> Printed:
    """A cell's figure, signed: '(4,859,236)' → −4859236; '24.6%' → 24.6."""
    negative = bool(re.search(r"[(（\-−]", printed))
    figure = Printed.of(re.sub(r"[^\d.]", "", printed))
    return figure.signed(-1) if negative else figure


def _row(page: int, text: str, m: re.Match, label: str) -> list[dict]:
    now, before, change, percent = (_value(m.group(g)) for g in ("a", "b", "d", "p"))
    name = label or "合计"
    difference, exact = judge_formula(lambda x, y: x - y, [now, before], change)
    checks = [_check(page, text, m, "d", f"{name}: {m.group('a')} − {m.group('b')}", {"本期": now, "上期": before},
                     change, exact, difference)]
    if before.value == 0:
        return checks if difference != "mismatch" else []
    readings = [(how, judge_formula(fn, [now, before], percent)) for how, fn in growth_readings(before.value)]
    how, (verdict, exact) = next((r for r in readings if r[1][0] != "mismatch"), readings[0])
    checks.append(_check(page, text, m, "p", f"{name}: {how}", {"本期": now, "上期": before}, percent, exact, verdict, "%"))
    if difference == "mismatch" and verdict == "mismatch":
        return []
    return checks


def _check(page: int, text: str, m: re.Match, group: str, formula: str, inputs: dict, printed: Printed,
           exact: Optional[Decimal], verdict: str, unit: str = "") -> dict:
    cells = [("text", page, m.start(g), m.end(g)) for g in (group, "a", "b")]
    return make(_claim(text, m, group), page, formula, inputs, printed, exact, unit, verdict, cells=cells)


def _claim(text: str, m: re.Match, group: str) -> str:
    """The row's figure in `group` marked, with the text before it back to _CONTEXT characters."""
    lo = max(0, m.start() - _CONTEXT)
    return ("…" if lo else "") + marked(text[lo:m.end() + 10], m.start(group) - lo, m.end(group) - lo)


def _total(page: int, text: str, m: re.Match, rows: list[_Row], column: str) -> dict:
    """A total row's figure in `column` against the sum of the labelled rows' above it."""
    parts = [_value(r.m.group(column)) for r in rows]
    printed = _value(m.group(column))
    verdict, exact = judge_formula(lambda *xs: sum(xs), parts, printed)
    note = ""
    if verdict == "mismatch" and exact is not None and exact < printed.value:
        verdict, note = "unverifiable", "the rows listed may not be all of it: a line not listed would make up the rest"
    formula = " + ".join(f"{r.label} {r.m.group(column)}" for r in rows)
    cells = [("text", page, m.start(column), m.end(column))] + [("text", page, r.m.start(column), r.m.end(column)) for r in rows]
    return make(_claim(text, m, column), page, formula, {r.label: p for r, p in zip(rows, parts)}, printed, exact, "", verdict, note,
                cells=cells)
