"""Check family: a results table's change columns, as Hong Kong and US companies print their
summaries — the period, the period a year before and its change, the period before and its change:

    截至下列日期止三个月  二零二五年九月三十日  二零二四年九月三十日  同比变动  二零二五年六月三十日  环比变动
    收入                  192,869              167,193              15%       184,504              5%

Each percentage column is the first column's change over the amount column right before it
(192,869 ÷ 167,193 − 1 = 15%, ÷ 184,504 − 1 = 5%) — in a table of pairs ('本报告期 | 上年同期 | 变化 |
年初至报告期末 | 上年同期 | 变化'), its own pair's first over the one right before it; one right after the first column, over the
column after it, as a data site prints its '%Chg' ('3,484,655 | 3.302% | 3,373,265') — that one
may compare a half year with a half year the table leaves out, so it is never called wrong. A
change between two losses is the loss's ((286,849) on (402,425): −28.7%) or, as data sites print
it, on the base's size (EPS −0.49 on −0.12: −312%); a fall from a profit to a loss is below −100%;
a rise from a loss to a profit is none. A data site's change right after the first column under a
header that dates every column ('2024-09-30 | 同比变化 | 2024-06-30 | … | 2023-09-30') is on the
column that header names: a year before (同比) or a quarter before (环比). Where the header's years
run up ('2023年 | 2024年 | 变动') the change is the later column's over the earlier.

The table is read from the page's lines whether a row is one line ('收入 192,869 167,193 15%
184,504 5%'), a '|' row, or one cell a line (a web page's table copied out): a label, then its
figures. The header — the lines above the first row, up to the prose before it — must name as
many changes (同比变动, 环比变动, 变动, 变化, 增减, YoY, QoQ, %Chg…) as a row has percentages and a
period for each amount column; a row is judged only where its cells are amounts with a
percentage beside each compared one. A percentage column under any other header (占比, a share;
two measures side by side) is never read as a change, nor a forecast revision's 变动 (调整前,
调整后: the revisions family's). A row of pairs — amount, change, amount, change — is an A-share report's
'本报告期 | 比上年同期增减 | 年初至报告期末 | 比上年同期增减': each change is its own amount's on a year before the
table does not print, and nothing is judged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ...periods import PERIOD_PHRASE, REPORT_DATE, arabic_years, periods_of_phrase, year_of_text
from ..checks import judge_formula, judge_growth, make, marked, money_scale

# a cell: an amount ('192,869', '(35)', '-3,329', '45,028*' with its footnote mark, '+5.45%') or a percentage
# (an amount may print its money unit: '35.87亿元', '-3,397.85万元', as a digest's table does)
_CELL = re.compile(r"(?P<num>[-−+]?\(?\d[\d,]*(?:\.\d+)?\)?)(?:(?P<pct>\s*[%％])|(?P<unit>(?:万亿|亿|千万|百万|万)?元))?(?P<mark>\*)?")
_CHANGE_WORD = re.compile(r"同比变动|环比变动|同比变化|环比变化|同比增减|环比增减|同比增长|环比增长|同比|环比|变动|变化|增减|"
                          # a data site's Chinese header for its %Chg: '与去年中期 比较', '與去年同期比較'
                          r"YoY|QoQ|change|%\s*Chg|比较|比較", re.I)
# a period in a header: the compared columns are one measure's periods ('二零二五年', '九月三十日',
# '2024年', '2025年Q1', '3Q25', '本期', '上年同期'), not two measures ('营业收入 | 归母净利润 | 同比变化')
# (read over the header with its Chinese-numeral years in digits: periods.arabic_years)
_PERIOD = re.compile(r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}\s*(?:年|[AEH]|Q[1-4])?|"
                     # (an A-share report's own: '本报告期末 | 上年度末 | 本报告期末比上年度末增减')
                     r"[1-4]Q\d{2}|Q[1-4]|本报告期末?|年初至报告期末|上年度末|本期|上期|上年同期|去年同期|本年|上年", re.I)
# where the header above a table ends: a sentence of prose
_PROSE_END = re.compile(r"[。！？]\s*$")
HEADER_REACH = 40  # lines above the first row the header may take (a web page's header a cell a line)
HUNDRED = 100


@dataclass
class Cell:
    printed: Optional[str]    # the figure as printed; None for a blank ('--')
    percent: Optional[bool]   # a percentage (a change); None for a blank
    start: int                # where the figure is in the page's text
    end: int
    marked: bool = False      # marked * for a note below the table
    unit: Optional[str] = None  # the money unit the cell prints after its figure ('亿元'), if any


@dataclass
class Row:
    label: str
    cells: list[Cell] = field(default_factory=list)
    stacked: bool = False  # its label on a line alone: its figures follow a line each


# a blank cell: a dash a table prints for no figure ('--', '-', '—')
_BLANK = re.compile(r"[-—–]{1,2}")


def _cells_of(text: str, start: int) -> tuple[str, list]:
    """A line's label and its trailing figures (with offsets in the page); a blank cell is one
    with no figure (None), so that a row of blanks is a row of the table, not a header."""
    parts = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^\s|]+", text)]
    cells = []
    while parts and (_CELL.fullmatch(parts[-1][0]) or _BLANK.fullmatch(parts[-1][0])):
        word, a, b = parts.pop()
        m = _CELL.fullmatch(word)
        if m is None:
            cells.insert(0, Cell(None, None, start + a, start + b))
            continue
        cells.insert(0, Cell(m.group("num"), bool(m.group("pct")), start + a + m.start("num"), start + a + m.end("num"),
                             bool(m.group("mark")), m.group("unit")))
    label = text[:parts[-1][2]].strip(" |") if parts else ""
    return label, cells


MOST_CELLS = 8


def _rows(text: str) -> list[Row]:
    """The page's lines as rows: a label and its figures on one line, or a label alone and its
    figures on the lines after it, one a line."""
    rows: list[Row] = []
    at = 0
    for line in text.split("\n"):
        label, cells = _cells_of(line, at)
        if not label and len(cells) == 1 and cells[0].printed is not None and rows and rows[-1].stacked \
                and len(rows[-1].cells) < MOST_CELLS:
            rows[-1].cells.append(cells[0])
        elif label or cells:
            rows.append(Row(label, cells, stacked=not cells))
        at += len(line) + 1
    return rows


@dataclass
class Header:
    changes: int = 0            # the changes it names (同比变动, 环比变动, %Chg)
    periods: int = 0            # the periods it names
    oldest_first: bool = False  # its years run up ('2023年 | 2024年 | 变动'): a change is of the later column
    revision: bool = False      # a forecast's revision (调整前/调整后): the revisions family's
    columns: list = field(default_factory=list)  # each column's heading in order: a period's end (year, month),
    #                                              or the change's word; empty where they cannot be told


def _header(rows: list[Row], first: int) -> Header:
    """What the header above rows[first] names: the rows without figures above it, up to the
    prose or the table before them."""
    header, words = Header(), []
    for k in range(first - 1, max(-1, first - 1 - HEADER_REACH), -1):
        if rows[k].cells or _PROSE_END.search(rows[k].label):
            break
        if words and "|" in words[0] and "|" not in rows[k].label:
            break  # a heading over a '|' table's header row ('二、2024年经营完成情况' over '项目 | 2023年 | 2024年 | …')
        words.insert(0, rows[k].label)
        if "|" in rows[k].label and k + 1 < first and _RULE_ROW.fullmatch(rows[k + 1].label.strip()):
            break  # a '|' table's header row over its rule: the whole header (a heading above it is none of it)
    text = arabic_years(" ".join(words))
    header.changes = len(_CHANGE_WORD.findall(text))
    header.periods = len(_PERIOD.findall(text))
    header.oldest_first = _runs_up(text)
    header.revision = bool(_REVISION.search(text))
    header.columns = _columns(text)
    return header


def _columns(text: str) -> list:
    """The header's column headings in order: a period by where it ends, (year, month), or a
    change's word ('报告期 | 2024-09-30 | 同比变化 | 2024-06-30 | … | 2023-09-30' gives (2024, 9),
    '同比变化', (2024, 6), …). Words that head no column (报告期, 财务指标) are passed over."""
    # (a data site's period heading by the date it ends: '2024-09-30')
    found = [(m.start(), m.end(), (year_of_text(m.group(1)), int(m.group(2)))) for m in REPORT_DATE.finditer(text)]
    taken = [(a, b) for a, b, _ in found]
    for m in _CHANGE_WORD.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append((m.start(), m.end(), m.group(0)))
    for m in PERIOD_PHRASE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in found):
            continue
        periods = periods_of_phrase(m, None)
        if periods and len(periods) == 1 and _period_end(periods[0]):
            found.append((m.start(), m.end(), _period_end(periods[0])))
    return [what for _, _, what in sorted(found, key=lambda f: f[0])]


def _period_end(p: tuple) -> Optional[tuple[int, int]]:
    """Where a period ends, as (year, month): its place in time."""
    months = {"Y": 12, "9M": 9}.get(p[0]) or (p[2] * 3 if p[0] == "Q" else p[2] * 6 if p[0] == "H" else None)
    return (p[1], months) if months and isinstance(p[1], int) else None


def _runs_up(text: str) -> bool:
    """Whether the header's first two periods run up in time ('2023年 | 2024年 | 变动', '2025Q2 | 2025Q3 |
    环比变化'): its change is then the later column's over the earlier."""
    ends = []
    for m in PERIOD_PHRASE.finditer(text):
        found = periods_of_phrase(m, None)
        if found and len(found) == 1 and _period_end(found[0]):
            ends.append(_period_end(found[0]))
    if len(ends) >= 2:
        return ends[0] < ends[1]
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)]
    return len(years) >= 2 and years[0] < years[1]


# the words of a revision table's header (data/statements.json's revision words)
_REVISION = re.compile("|".join(data_json("statements.json")["revision"]["before"] + data_json("statements.json")["revision"]["after"]))


WORDS_BETWEEN = 2  # rows of words a table may have between two of its rows with figures
_RULE_ROW = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def _first_row(rows: list[Row], i: int) -> int:
    """The first row of the table rows[i] is in: up over rows with figures and the rows of words
    between two of them ('每股盈利(每股人民币元)' over '-基本 6.952 …'; a label wrapped onto two)."""
    while i > 0:
        if _RULE_ROW.fullmatch(rows[i - 1].label.strip()):
            break  # a '|---|---|' rule under a header row: this table's own header is right above it
        if rows[i - 1].cells:
            i -= 1
            continue
        above = next((k for k in range(i - 1, max(-1, i - 2 - WORDS_BETWEEN), -1) if rows[k].cells), None)
        if above is None or not rows[i].cells or any(_heads_columns(rows[k].label) for k in range(above + 1, i)):
            break  # (a row of words heading the rows below anew — '本报告期末 上年度末 本报告期末比上年度末增减' under
            #        an A-share report's income lines — is their own header, not a label wrapped)
        i = above
    return i


# why a mismatch on a figure marked for a note is not called one
_MARKED_NOTE = "a figure is marked (*) for a note below the table that may qualify it"


def _heads_columns(words: str) -> bool:
    """Whether a row of words is a header of its own: it names a change and two periods or more."""
    words = arabic_years(words)
    return bool(_CHANGE_WORD.search(words)) and len(_PERIOD.findall(words)) >= 2


def _value(printed: str) -> Printed:
    negative = printed.startswith(("-", "−")) or (printed.startswith("(") and printed.endswith(")"))
    plain = Printed.of(printed.strip("()-−").replace(",", ""))
    return plain.signed(-1) if negative else plain


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        rows = _rows(page.text)
        for i, row in enumerate(rows):
            kinds = [cell.percent for cell in row.cells]
            if kinds == [True, True, True]:
                # a ratio's row ('加权平均净资产收益率 3.08% 3.17% -0.09%'): two levels and their change, in points
                header = _header(rows, _first_row(rows, i))
                if header.changes == 1 and header.periods >= 2 and not header.revision \
                        and header.columns and isinstance(header.columns[-1], str):  # (the change the last column)
                    out.append(_judged_in_points(page, row, header))
                continue
            if len(kinds) < 3 or kinds[0] is not False or not any(kinds) \
                    or any(p and kinds[k - 1] for k, p in enumerate(kinds) if k):
                continue  # amounts with a percentage beside each compared one
            if len(kinds) % 2 == 0 and all(kind is (n % 2 == 1) for n, kind in enumerate(kinds)):
                # amount, change, amount, change: each change its own amount's, on a base not printed (an A-share
                # report's '本报告期 | 本报告期比上年同期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减')
                continue
            header = _header(rows, _first_row(rows, i))
            if header.changes != kinds.count(True) or header.periods < kinds.count(False) + kinds.count(None) \
                    or header.revision:
                continue  # each change named, and each amount column's period; no revision's
            for k, cell in enumerate(row.cells):
                if cell.percent:
                    check = _judged(page, row, k, header)
                    if check is not None:
                        out.append(check)
        out += _restated(page)
    return out


# an A-share report's key figures with the year before restated (同一控制下合并, a policy change): each period's
# figure, the year before's as first printed (调整前) and as restated (调整后), and the change on the restated one:
#   项目  本报告期  上年同期 调整前  调整后  增减变动幅度(%)  年初至报告期末  上年同期 调整前  调整后  增减变动幅度(%)
#   营业收入 2,456,636.68 2,448,289.06 2,449,046.44 0.31 7,291,763.70 7,228,048.28 7,230,913.20 0.84
_RESTATED_HEADER = re.compile(r"调整前[\s|]*调整后")
_CHANGE_HEADER = re.compile(r"增减变动幅度|增减幅度|增减\s*[(（]\s*%|比上年同期增减")
_NOT_APPLICABLE = re.compile(r"不适用|[-—–]{1,2}")
_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
HEADER_LINES = 14  # lines above a row its header may stand in (wrapped labels take several)


def _restated(page) -> list[dict]:
    """Each group of four in a row under a restated header — the figure, the year before as first printed and as
    restated, the change — the change against the restated base (the first printed one reproducing it instead
    is said, unverifiable)."""
    out = []
    lines = page.text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for n, line in enumerate(lines):
        above = "\n".join(lines[max(0, n - HEADER_LINES):n])
        if not (_RESTATED_HEADER.search(above) and _CHANGE_HEADER.search(above)):
            continue
        # (a '|' row's cells too, its changes maybe with '%': '营业收入(元) | 4,720,773,695.31 | … | 29.37% |')
        words = list(re.finditer(r"[^\s|]+", line))
        tail = []
        while words and (_NUMBER.fullmatch(words[-1].group(0).rstrip("%％"))
                         or _NOT_APPLICABLE.fullmatch(words[-1].group(0))):
            tail.insert(0, words.pop())
        if not tail or len(tail) % 4:
            continue
        label = line[:words[-1].end()].strip() if words else ""
        for g in range(0, len(tail), 4):
            group = tail[g:g + 4]
            if any(not _NUMBER.fullmatch(w.group(0).rstrip("%％")) for w in group) or any("%" in w.group(0) for w in group[:3]):
                continue  # '不适用': no figure for the period (and only the change may be a percentage)
            now, first, restated, change = (_value(w.group(0).rstrip("%％")) for w in group)
            if restated.value <= 0:
                continue
            verdict, exact = judge_formula(lambda x, y: (x / y - 1) * 100, [now, restated], change)
            note = ""
            if verdict == "mismatch":
                on_first, _ = judge_formula(lambda x, y: (x / y - 1) * 100, [now, first], change)
                if on_first != "mismatch":
                    verdict, note = "unverifiable", "reproduced on the year before as first printed (调整前), not as restated"
            a, b = starts[n] + group[3].start(), starts[n] + group[3].end()
            out.append(make(f"{label}: " + marked(line, group[3].start(), group[3].end()), page.number,
                            f"{label} {group[0].group(0)} ÷ {group[2].group(0)} (调整后) − 1",
                            {"now": now.value, "then (调整后)": restated.value}, change, exact, "%", verdict, note,
                            cells=[("text", page.number, a, b)] + [("text", page.number, starts[n] + w.start(), starts[n] + w.end())
                                                                   for w in (group[0], group[2])]))
    return out


_YEAR_ON_YEAR = re.compile(r"同比|YoY|比较|比較", re.I)
_ON_PERIOD_BEFORE = re.compile(r"环比|QoQ", re.I)


def _dated_base(row: Row, k: int, header: Header) -> Optional[int]:
    """For a change right after the first column, the column it compares with where the header
    dates every column: a year-on-year change (同比) the column ending a year before the first, a
    change on the quarter before (环比) the one ending three months before; None where the header
    does not line up with the row or no column ends then."""
    columns = header.columns
    if k != 1 or len(columns) != len(row.cells):
        return None
    if any(isinstance(c, str) != bool(cell.percent) for c, cell in zip(columns, row.cells) if cell.percent is not None):
        return None  # a heading for each cell: a period over each amount, a change's word over each change
    if not isinstance(columns[0], tuple) or not isinstance(columns[1], str):
        return None
    year, month = columns[0]
    if _YEAR_ON_YEAR.search(columns[1]):
        wanted = (year - 1, month)
    elif _ON_PERIOD_BEFORE.search(columns[1]):
        wanted = (year, month - 3) if month > 3 else (year - 1, month + 9)
    else:
        return None
    found = [j for j, c in enumerate(columns) if c == wanted]
    return found[0] if len(found) == 1 else None


def _judged_in_points(page, row: Row, header: Header) -> dict:
    """A ratio's change between its two levels: in points, the later less the earlier, as an A-share report prints its
    ROE's — or, as a data site may print it, the later's change on the earlier in percent ('毛利率 | 21.91% | 19.21% |
    +14.04%'); the first reading that reproduces the figure, else the points'."""
    later, earlier, change = (row.cells[1], row.cells[0], row.cells[2]) if header.oldest_first else row.cells
    figure, now, base = _value(change.printed), _value(later.printed), _value(earlier.printed)
    readings = [("{now} − {before}", lambda a, b: a - b, "个百分点")]
    if base.value > 0:
        readings.append(("{now} ÷ {before} − 1", lambda a, b: (a / b - 1) * HUNDRED, "%"))
    judged = [(formula, unit, *judge_formula(fn, [now, base], figure)) for formula, fn, unit in readings]
    formula, unit, verdict, exact = next((j for j in judged if j[2] != "mismatch"), judged[0])
    note = ""
    if verdict == "mismatch" and (change.marked or later.marked or earlier.marked):
        verdict, note = "unverifiable", _MARKED_NOTE
    return make(f"{row.label}: " + _line_marked(page, change), page.number,
                formula.format(now=f"{row.label} {later.printed}", before=earlier.printed), {"now": now.value, "then": base.value},
                figure, exact, unit, verdict, note, cells=[("text", page.number, c.start, c.end) for c in (change, later, earlier)])


def _line_marked(page, cell: Cell) -> str:
    """The line of the page a cell is on, the cell marked."""
    line_start = page.text.rfind("\n", 0, cell.start) + 1
    line_end = page.text.find("\n", cell.end)
    line_text = page.text[line_start:line_end if line_end >= 0 else len(page.text)]
    return marked(line_text, cell.start - line_start, cell.end - line_start)


def _judged(page, row: Row, k: int, header: Header) -> Optional[dict]:
    """The change in row.cells[k] against the two amounts it compares."""
    # the compared column: the one before the change ('192,869 | 167,193 | 15%'); for a change right
    # after the first column, the one after it ('3,484,655 | 3.302% | 3,373,265', a data site's
    # %Chg) — which may be on a period the table does not print: never a mismatch
    after = k == 1
    j = k + 1 if after else k - 1
    dated = _dated_base(row, k, header)
    if dated is not None:
        after, j = False, dated  # the header names the period compared: a change like any other
    if j >= len(row.cells) or row.cells[j].percent is not False:
        return None  # no amount to compare with (a blank, another change)
    # the later period over the earlier: the first column, unless the header's years run up; where two amounts
    # stand between the change and the one before it, the first of them (a table of pairs: '本报告期 | 上年同期 |
    # 变化 | 年初至报告期末 | 上年同期 | 变化': 7,947 over 7,915, not the quarter's 2,509)
    before = max((i for i in range(k) if row.cells[i].percent), default=-1)
    first = before + 1 if 0 <= before and before + 1 < j and not after and dated is None else 0
    later, earlier = (row.cells[j], row.cells[first]) if header.oldest_first else (row.cells[first], row.cells[j])
    now, base = _value(later.printed), _value(earlier.printed)
    if later.unit != earlier.unit:
        if later.unit is None or earlier.unit is None:
            return None  # one amount's unit printed, the other's not: which it is is not known
        now, base = now.times(money_scale(later.unit)[0]), base.times(money_scale(earlier.unit)[0])  # '1.29亿元' on '8,993.03万元'
    if base.value == 0 or base.value < 0 < now.value:
        return None  # from a loss to a profit no percentage says how far (to a loss from a profit: below −100%)
    change = row.cells[k]
    figure = _value(change.printed)
    # from a loss, either reading: on the base's size ((−0.49 − −0.12) ÷ 0.12: −312%, a data site's) or
    # the loss's own change (−0.49 ÷ −0.12 − 1: +308%); the first that reproduces the figure, else the first
    formula, verdict, exact = judge_growth(now, base, figure)
    note = ""
    if verdict == "mismatch" and (change.marked or later.marked or earlier.marked):
        # a figure marked for a note ('4,560.00*': 估算值, restated): the note may qualify it
        verdict, note = "unverifiable", _MARKED_NOTE
    elif verdict == "mismatch" and after:
        verdict, note = "unverifiable", "the change may be on a period the table does not print"
    return make(f"{row.label}: " + _line_marked(page, change), page.number,
                formula.format(now=f"{row.label} {later.printed}", before=earlier.printed),
                {"now": now.value, "then": base.value}, figure, exact, "%", verdict, note,
                cells=[("text", page.number, c.start, c.end) for c in (change, later, earlier)])
