"""Borderless tables from word geometry: the forecast, statement and comparables
tables of broker company reports, which are drawn without rulings.

A table is anchored by its header: a row holding a run of two or more period labels
(2023A 2024A 2025E, 1Q25A, 2025Q3, bare years). The run's words give the value
columns; the rows below it are read by baseline until the table ends (a caption or
source line, a new header over the same columns, text running across the value
columns, or a wide vertical gap). Words left of the value columns are the stub: row
labels, or in a comparables table, further columns (ticker, company, currency), found
by clustering the stub words' horizontal extents. A row that holds only a label and no
values is a section heading (成长能力) when a labelled row follows it, else the first
line of a label wrapped onto the next row. Rows above the header whose words stand over
the value columns are an upper header level (PE (x) over 2025E and 2026E).

Two tables printed side by side (利润表 beside 资产负债表) are two header runs on one
row: a run ends at any word that is not a period, so each is read over its own span.

Everything here is plain functions over pdfplumber-shaped char dicts; nothing is
looked for over chart vector lines, so the cost is a sort and a scan of a page's words.
"""
from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional, Sequence

from .. import data_text, layout, textutil
from ..periods import (CUMULATIVE_NAMES, DATE_IN_WORDS, DAY_FIRST_DATE, MINGUO_QUARTER, MONTH_YEAR, QUARTER_NAME, RELATIVE_BEFORE,
                       RELATIVE_NOW, UNHEADED_COLUMN_LABEL, YEAR_MARK)

# A period label as broker tables print it: 2024A, 2025E, FY24, 1Q25A, 2025Q3, 2H24, 2024年.
PERIOD = re.compile(
    rf"(?:FY)?(?:19|20)\d\d{YEAR_MARK}?"
    r"|FY\d\d[AE]?|\d\d[AEF]"
    r"|[1-4]Q\d\d[AE]?|\d\dQ[1-4][AE]?|(?:19|20)\d\d年?Q[1-4][AE]?|Q[1-4](?:19|20)?\d\d[AE]?"
    r"|[12]H\d\d[AE]?|(?:19|20)\d\d年?H[12][AE]?|H[12](?:19|20)?\d\d[AE]?"
    r"|(?:19|20)\d\d[-/.]\d\d?(?:[-/.]\d\d?)?"
    # a data vendor's report columns: by the date the report closes ('25-09-30'), or by its name
    r"|\d\d[-/.](?:03[-/.]31|06[-/.]30|09[-/.]30|12[-/.]31)"
    # (or by its kind after a two-digit year, as a fund data site heads its columns: '21年年度', '21年中期')
    r"|\d\d年(?:年度|中期)"
    # a balance sheet's date in words ('2024年12月31日'; periods reads which it is)
    rf"|{DATE_IN_WORDS.pattern}"
    # or day first, as Hong Kong heads its balances ('于31/12/2024': as at that day)
    rf"|{DAY_FIRST_DATE.pattern}"
    r"|(?:19|20)\d\d年?(?:一季报|中报|半年报|三季报|年报)"
    # a cumulative period by the months it counts ('2024前三季度', '2024Q1-Q3', '2024年1-6月')
    rf"|(?:19|20)\d\d年?(?:{CUMULATIVE_NAMES})"
    # a single quarter by its name ('2024年第三季度'), or in the Minguo calendar as Taiwan's filings head it ('114年第3季')
    rf"|(?:19|20)\d\d年?{QUARTER_NAME}|{MINGUO_QUARTER}"
    # a company's own statement's columns: the period it reports and the one before ('本期金额', '上年年末余额')
    rf"|{RELATIVE_NOW}|{RELATIVE_BEFORE}"
    # a fiscal year by the month it closes, in English ('Dec-24A', 'Dec-25E')
    rf"|{MONTH_YEAR}{YEAR_MARK}?"
    # a column a table printed with no header, named by its place (periods.UNHEADED_COLUMN): a period unnamed
    rf"|{UNHEADED_COLUMN_LABEL.pattern}")
# A printed value: 1,234 (1,234) -1,234 12.5% 0.60 12.5x; and the marks for 'no value'.
# a figure may carry a footnote's asterisk ('4,560.00*': restated, see the note below the table)
# (a data site's cell may carry its scale: '61.01亿', '4883.81万')
NUMBER = re.compile(r"[-+−–－＋]?\(?[-+−–－＋]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?(?:%|％|x|X|倍|pcts?|ppts?|pp|bps?|个?百分点|(?:亿|万)元?)?[*＊]{0,3}")
NULL_MARK = re.compile(r"N\.?M\.?|N/?A|n\.?a\.?|NA|na|nm|-{1,3}|—{1,3}|–|－|/|\*")
# Lines that end a table above or below it.
_END = re.compile(r"^(?:资料来源|数据来源|来源[:：]|注[:：]|注\d|备注|说明[:：]|Source)", re.I)


# words that end a section heading inside a ratio table (成长能力, 每股指标（元）, 估值比率)
_HEADING = re.compile(r"(能力|指标|比率|分析|数据|估值|情况|回报率?)\s*(?:[（(][^）)]*[)）])?$")


def is_period(text: str) -> bool:
    return PERIOD.fullmatch(text.replace(" ", "")) is not None


# a metric named with its period in one header cell: 'EPS 2025E', '2025E PE', 'PE(2025E)'
_METRIC = r"[A-Za-z/\u4e00-\u9fff]{1,6}"
_METRIC_PERIOD = re.compile(rf"{_METRIC}\s?[(（]?(?:{PERIOD.pattern})[)）]?|(?:{PERIOD.pattern})\s?{_METRIC}")


def is_period_header(text: str) -> bool:
    """A period label, or a metric and its period in one header cell ('EPS 2025E')."""
    return is_period(text) or (_METRIC_PERIOD.fullmatch(text.strip()) is not None and not is_value(text))


def is_value(text: str) -> bool:
    t = text.replace(" ", "")
    return NUMBER.fullmatch(t) is not None or NULL_MARK.fullmatch(t) is not None


@dataclass
class Token:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # a header word set again from the page before (carry_header): the caption of the table it heads there
    carried: Optional[tuple[str, ...]] = None

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Column:
    x0: float
    x1: float
    header: list[str] = field(default_factory=list)  # upper level first

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Grid:
    """One borderless table as read: its caption lines, stub and value columns, and
    body rows (`cells` align with `stub + columns`)."""

    title: list[str]
    stub: list[Column]
    columns: list[Column]
    rows: list[list[Optional[str]]]
    groups: list[Optional[str]]  # the section heading each body row sits under
    bbox: tuple[float, float, float, float]
    footer: list[str] = field(default_factory=list)
    unassigned: int = 0  # words inside the table that no column took
    continued: bool = False  # read under the header of a table on the page before (carry_header)
    cut_tail: Optional[str] = None  # a continued table's first line: the rest of the label the page before ended with

    @property
    def header(self) -> list[str]:
        return [" ".join(c.header) for c in self.stub + self.columns]


# ----------------------------------------------------------------------------- words and rows
def tokens_of(chars: list[dict], bold_dropped: bool = False) -> list[Token]:
    """Words of a page: characters on one baseline with no gap wider than about half
    an em (table columns are wider apart than that; a space char always splits).
    `bold_dropped`: the caller has already dropped fake bold."""
    chars = [c for c in chars if c.get("upright", True) and c.get("text", "").strip()]
    if not bold_dropped:
        chars, _ = layout.drop_fake_bold(chars)
    out = []
    for w in layout.group_words(chars, gap_factor=0.55):
        for part in _split_at_script_change(sorted(w.chars, key=lambda c: c["x0"])):
            out.append(Token("".join(c["text"] for c in part), min(c["x0"] for c in part),
                             max(c["x1"] for c in part), min(c["top"] for c in part), max(c["bottom"] for c in part)))
    return out


def _split_at_script_change(chars: list[dict]) -> list[list[dict]]:
    """A number set close to a Chinese label (the last value of one table and the
    first label of the table beside it, "5500营业收入") is two words where any gap
    separates them; inside prose ("163亿元") there is none."""
    parts = [[chars[0]]]
    for prev, c in zip(chars, chars[1:]):
        gap = c["x0"] - prev["x1"]
        em = max(prev["bottom"] - prev["top"], 1.0)
        if gap > 0.2 * em and textutil.is_cjk(prev["text"]) != textutil.is_cjk(c["text"]):
            parts.append([c])
        else:
            parts[-1].append(c)
    return parts


def rows_of(tokens: list[Token]) -> list[list[Token]]:
    """Tokens grouped by baseline, top to bottom, each row left to right."""
    if not tokens:
        return []
    height = statistics.median(t.bottom - t.top for t in tokens) or 8.0
    rows: list[list[Token]] = []
    for t in sorted(tokens, key=lambda t: t.middle):
        if rows and abs(t.middle - statistics.fmean(x.middle for x in rows[-1])) <= 0.45 * height:
            rows[-1].append(t)
        else:
            rows.append([t])
    for r in rows:
        r.sort(key=lambda t: t.x0)
    return rows


# ----------------------------------------------------------------------------- headers
@dataclass
class _Anchor:
    row: int
    periods: list[Token]
    stub_left: float
    upper: int = 0  # header rows above `row` read into the columns' names (a period over its forecasts)


# a growth column's header among the periods: '3Q25 3Q24 同比 2Q25 环比', 'YoY(%)'
GROWTH_HEADER = re.compile(r"(?:(?P<yoy>同比(?:变化|变动|增长|增速|增减)?(?:率|幅度)?|YoY|yoy"
                           # an annual report's: '本期比上年同期增减(%)', '本期末比上年同期末增减(%)', '增减变动幅度(%)'
                           r"|(?:本(?:报告)?期末?|本年(?:度)?末?)?[比较](?:上年(?:度)?同期末?|上年(?:度)?末|上年(?:度)?|去年同期)"
                           r"(?:增减|变动|变化|增长)(?:变动)?(?:幅度|比例|率)?|增减(?:变动)?(?:幅度|比例|率)(?=[（(]%[)）]|%)"
                           r"|增减(?=[（(]%[)）]|%)"
                           # a data vendor's: '与去年中期 比较', '与去年同期比较'
                           r"|与(?:去年|上年)(?:同期|中期|全年|度)?比较)"
                           r"|(?P<qoq>环比(?:变化|变动|增长|增速|增减)?(?:率|幅度)?|QoQ|qoq))(?:[（(]%[)）]|%)?")


def growth_header(text: str) -> Optional[str]:
    """'yoy' or 'qoq' for a growth column's header (同比, 环比(%), YoY), else None."""
    m = GROWTH_HEADER.fullmatch(re.sub(r"\s+", "", text or ""))
    return None if m is None else "yoy" if m.group("yoy") else "qoq"


def is_growth_header(text: str) -> bool:
    return growth_header(text) is not None


@lru_cache(maxsize=None)
def _revision_words(*bases: str) -> re.Pattern:
    """The words of a revision table's columns (data: statements.json "revision"): of the bases
    named (before, after, change), or of all three."""
    revision = json.loads(data_text("statements.json"))["revision"]
    words = [w for basis, ws in revision.items() if not basis.startswith("_") and (not bases or basis in bases) for w in ws]
    return re.compile("|".join(f"(?:{w.strip('^$')})" for w in words), re.I)


def is_change_header(text: str) -> bool:
    """A revision table's change column printed bare after its year's two forecasts
    ('2025E调整前 2025E调整后 变动'): part of the header run, as a growth column is."""
    return _revision_words("change").fullmatch(re.sub(r"\s+|[（(](?:%|pcts?|pp)[)）]|%|率$|幅度$|比例$", "", text or "")) is not None


def _period_runs(row: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of two or more period labels with nothing between but
    growth columns (同比, 环比, YoY after the periods they compare). Two tables side by
    side whose right one prints no stub word in its header make one long run: it is cut
    where the gap between two periods is far wider than the run's pitch (a repeated
    2025E 2026E under PE and PB keeps its pitch, so stays one run)."""
    runs, i = [], 0
    while i < len(row):
        if is_period_header(row[i].text):
            j = i
            while j < len(row) and (is_period_header(row[j].text) or is_growth_header(row[j].text)
                                    or is_change_header(row[j].text)):
                j += 1
            runs.extend(_cut_at_wide_gaps(row, i, j))
            i = j
        else:
            i += 1
    return [(a, b) for a, b in runs if sum(is_period_header(t.text) for t in row[a:b]) >= 2]


def _cut_at_wide_gaps(row: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    if j - i < 4:
        return [(i, j)]
    gaps = [row[k + 1].center - row[k].center for k in range(i, j - 1)]
    pitch = statistics.median(gaps)
    cuts = [i] + [k + 1 for k in range(i, j - 1) if gaps[k - i] > 1.8 * pitch] + [j]
    return list(zip(cuts, cuts[1:]))


def _anchors(rows: list[list[Token]]) -> list[_Anchor]:
    """Header runs of every row. A row of data whose values happen to look like years
    (2023 2024 in a count column) has other numbers beside them; a header row has none."""
    out = []
    for k, row in enumerate(rows):
        prev_end = 0.0
        for i, j in _period_runs(row):
            reach = _pitch(row[i:j])
            if any(is_value(t.text) and not is_period(t.text) and t.x1 > row[i].x0 - reach and t.x0 < row[j - 1].x1 + reach
                   for t in row):
                continue
            # the stub starts at the first word after the previous run (or the row's start)
            values_before = [t.x1 for t in row[:i] if is_value(t.text)]
            prev_end = max([prev_end] + values_before)  # a table to the left ends at its last value
            before = [t for t in row[:i] if t.x0 >= prev_end]
            stub_left = before[0].x0 if before else _labels_left(rows[k + 1:k + 5], row[i].x0, prev_end)
            below = _forecasts_under(row[i:j], rows[k + 1]) if k + 1 < len(rows) else None
            if below:  # the labels start left of the second header row's first word, in the rows under it
                stub_left = before[0].x0 if before else _labels_left(rows[k + 2:k + 6], below[0].x0, prev_end)
            out.append(_Anchor(k + 1, below, stub_left, upper=1) if below else _Anchor(k, row[i:j], stub_left))
            prev_end = row[j - 1].x1
    return out


def _forecasts_under(periods: list[Token], row: list[Token]) -> Optional[list[Token]]:
    """A second header row naming the same few columns under each period ('2025E' over
    '调整前 调整后 变动', '2026E' over its own three; each period set over its group, left,
    centred or right): the columns, each named by its period and its word ('2025E调整前'),
    else None. The words go to the periods in order, as many under each, whatever the
    alignment: only a row of such words and nothing else under the periods' reach counts."""
    pitch = _pitch(periods)
    # a period set left over its group reaches a pitch to its right, one set right a pitch to its left
    lo, hi = periods[0].x0 - 1.1 * pitch, periods[-1].x1 + 1.1 * pitch
    under = [t for t in row if t.x1 > lo and t.x0 < hi]
    if len(under) < 2 * len(periods) or len(under) % len(periods) or any(t.x0 >= hi for t in row):
        return None  # not as many words under each period, or words past the periods' reach
    if not all(_revision_words().fullmatch(re.sub(r"\s+|[（(](?:%|pcts?|pp)[)）]|%$", "", t.text))
               or is_growth_header(t.text) for t in under):
        return None
    per = len(under) // len(periods)
    return [Token(f"{periods[g // per].text}{t.text}", t.x0, t.x1, t.top, t.bottom) for g, t in enumerate(under)]


def _labels_left(below: list[list[Token]], first: float, floor: float) -> float:
    """Where the row labels start, for a header with no word before its periods: in the
    rows below, walk left from the first value column over words set close together,
    stopping at a value (the table to the left) or a wide gap (body text beside it)."""
    lefts = []
    for row in below:
        before = [t for t in row if t.x1 <= first and t.x0 >= floor]
        if not before or is_value(before[-1].text):
            continue
        x0 = before[-1].x0
        em = before[-1].bottom - before[-1].top
        for prev, t in zip(reversed(before[:-1]), reversed(before[1:])):
            if is_value(prev.text) or t.x0 - prev.x1 > 2 * em:
                break
            x0 = prev.x0
        lefts.append(x0)
    return min(lefts) if lefts else first


def _pitch(periods: list[Token]) -> float:
    centers = [t.center for t in periods]
    gaps = [b - a for a, b in zip(centers, centers[1:])]
    return statistics.median(gaps) if gaps else 40.0


# ----------------------------------------------------------------------------- one table
def read_grids(chars: list[dict], rows: Optional[list[list[Token]]] = None, carried: Sequence[Grid] = (),
               headers_at_end: Optional[list[Grid]] = None, page_height: Optional[float] = None) -> list[Grid]:
    """Every borderless table of one page: period-headed ones first, then blocks of
    aligned values whose header names other things (策略, 年化收益率, HT, INDEX).
    `rows` are the page's words by baseline when the caller has them already; `carried`
    the tables that end the page before (ending_grids), whose rows may go on at the top of
    this page under no header (`carry_header`); a header the page ends with, its rows all on
    the next page, is added to `headers_at_end` when a list is given (a grid with no rows)."""
    rows = rows if rows is not None else rows_of(tokens_of(chars))
    rows, labels = vertical_labels(rows)
    rows = [_metric_periods(row) for row in rows]
    rows = _stacked_header_lines(rows)
    rows = repeated_header(rows, carried)
    rows = carry_header(rows, carried)
    foot = None if page_height is None else _FOOT * page_height
    grids = _period_grids(rows, labels, headers_at_end, foot)
    return grids + value_blocks(rows, [g.bbox for g in grids])


def ending_grids(grids: Sequence[Grid]) -> list[Grid]:
    """The tables a page ends with: those with no table under them (two side by side both)."""
    def under(a: Grid, b: Grid) -> bool:
        return b.bbox[1] >= a.bbox[3] - 1 and min(a.bbox[2], b.bbox[2]) > max(a.bbox[0], b.bbox[0])
    return [g for g in grids if g.columns and not any(h is not g and under(g, h) for h in grids)]


# the rows a page may print above a table it goes on with: its running header, a 续 line
_ABOVE_CONTINUATION = 3


def carry_header(rows: list[list[Token]], carried: Sequence[Grid]) -> list[list[Token]]:
    """A table cut by the page break goes on at the top of this page under no header (a
    layout engine prints the header once unless told to): where the first row of figures,
    within the page's first few lines, has its figures under the value columns of tables
    that ended the page before — every figure within half a column's pitch of one of their
    value columns or inside one of their label columns (a comparables table's price), each
    table given two or more, or one beside a label where its labels start — their header is
    set again just above it, as a row of this page, so that the rows are read as those
    tables' (each then continues the one above: normalize.continued). Else the rows as they were."""
    if not carried:
        return rows
    label_starts = [g.stub[0].x0 for g in carried if g.stub]

    def labelled(row: list[Token]) -> bool:  # a word where a carried table's labels start
        return any(not is_value(t.text) and abs(t.x0 - x) <= 3 for t in row for x in label_starts)

    # the first row of figures: two or more, or one beside its label (a 中值 row of one column)
    first = next((k for k, row in enumerate(rows[:_ABOVE_CONTINUATION + 1])
                  if sum(is_value(t.text) for t in row) >= 2 or sum(is_value(t.text) for t in row) == 1 and labelled(row)),
                 None)
    if first is None or any(_period_runs(row) for row in rows[:first + 1]):
        return rows
    if any(_CAPTION.match(text) or _END.match(text) for text in ("".join(t.text for t in row) for row in rows[:first])):
        return rows  # a caption: a table of its own begins
    values = [t for t in rows[first] if is_value(t.text)]
    height = statistics.median(t.bottom - t.top for t in rows[first])
    # the row's label may wrap above its figures (a cell set at its foot): a header over the row
    # stands over the label's first line
    lead = first
    while lead > 0 and all(t.x1 < min(v.x0 for v in values) and not is_value(t.text) for t in rows[lead - 1]) \
            and 0 <= min(t.top for t in rows[lead]) - max(t.bottom for t in rows[lead - 1]) <= 0.7 * height + 1:
        lead -= 1
    top = min(t.top for t in rows[lead])

    def near(row: list[Token]) -> bool:  # as close above the row as a header over its first row stands
        return top - max(t.bottom for t in row) <= 1.5 * height + 2

    taken: list[Grid] = []
    lower_level = first  # the first row of a header's second level, where one goes on here
    levels: list[Token] = []  # that level's words
    for g in carried:
        if not all(c.header and is_period_header(c.header[-1]) for c in g.columns):
            continue  # only a header of periods is known to be a header (a block's first row may be its data)
        centers = [c.center for c in g.columns]
        pitch = min((b - a for a, b in zip(centers, centers[1:])), default=40.0)

        def under(t: Token) -> bool:
            return min(abs(t.center - c) for c in centers) <= pitch / 2

        own = [k for k, row in enumerate(rows[:first]) if near(row) and sum(under(t) for t in row) >= 2]
        if own and (g.rows or any(is_value(t.text) for k in own for t in rows[k])):
            continue  # words over its columns just above: a header of the page's own (not its running header)
        level = [w for k in own for w in rows[k]]
        if own:  # a header the page before ended with, over the second level of it here (调整前 调整后 变动)
            lower_level = min([lower_level] + own)

        mine = [t for t in values if g.bbox[0] - 1 <= t.center <= g.bbox[2] + 1 or _below_a_word(t, level)]
        enough = len(mine) >= 2 or len(mine) == 1 and labelled(rows[first])
        if enough and all(under(t) or _below_a_word(t, level) or any(c.x0 - 2 <= t.center <= c.x1 + 2 for c in g.stub)
                          for t in mine):
            taken.append(g)
            levels.extend(level)
    inside = [t for t in values if any(g.bbox[0] - 1 <= t.center <= g.bbox[2] + 1 for g in taken)
              or _below_a_word(t, levels)]
    if not taken or len(inside) != len(values):
        return rows
    # the head of the first row's label, wrapped in a cell set at the row's foot, stands over it
    # a cell's line spacing up: the header goes over that line
    head = lower_level
    while head > 0 and labelled(rows[head - 1]) and not any(is_value(t.text) for t in rows[head - 1]) \
            and 0 <= min(t.top for t in rows[head]) - max(t.bottom for t in rows[head - 1]) <= 0.7 * height + 1:
        head -= 1
    top = min(t.top for t in rows[head]) - 1.8 * height
    return rows[:head] + [_header_again(taken, top, height)] + rows[head:]


def _header_again(taken: Sequence[Grid], top: float, height: float, others: Sequence[Token] = ()) -> list[Token]:
    """The header of tables the page before ended with, set again as a row of this page at `top`:
    every column where it stood there, a label column whose header is blank too (the rows are read
    into the same columns), each word marked with its table's caption (`carried`); with `others`,
    the words of the row that are no part of them."""
    header = [Token(" ".join(c.header) or "", c.x0, c.x1, top, top + height, carried=tuple(g.title))
              for g in taken for c in g.stub + g.columns if " ".join(c.header) or c in g.stub]
    return sorted(header + list(others), key=lambda t: t.x0)


def repeated_header(rows: list[list[Token]], carried: Sequence[Grid]) -> list[list[Token]]:
    """A table told to print its header again atop each page (a word processor's repeated header
    row): where the first row of periods, within the page's first few lines and under no caption,
    prints the header of a table that ended the page before — the same words over the same
    columns, every column's — that header is set in its place as carry_header sets one (the
    table's columns as they stood there, marked carried), so that the rows under it are read as
    that table's going on, a single row of them too (a comparables table's 中值). Else the rows as
    they were."""
    if not carried:
        return rows
    for k, row in enumerate(rows[:_ABOVE_CONTINUATION + 1]):
        if _CAPTION.match(_line_text(row)) or _END.match(_line_text(row)):
            return rows  # a caption: a table of its own begins
        if not _period_runs(row):
            continue
        taken = [g for g in carried if _prints_header_of(row, g)]
        if not taken:
            return rows  # the page's own header
        # where the header's last line stands (a word wrapped over two lines starts a line higher)
        height = statistics.median(t.bottom - t.top for t in row)
        top = max(t.bottom for t in row) - height
        titles = {"".join(g.title).replace(" ", "") for g in taken}
        if any(top - max(t.bottom for t in above) <= 2.5 * height and "续" not in _line_text(above)
               and _line_text(above).replace(" ", "") not in titles for above in rows[:k]):
            return rows  # a line just over it (the running header stands further up): a title of its own
        others = [t for t in row if not any(g.bbox[0] - 1 <= t.center <= g.bbox[2] + 1 for g in taken)]
        return rows[:k] + [_header_again(taken, top, height, others)] + rows[k + 1:]
    return rows


def _prints_header_of(row: list[Token], g: Grid) -> bool:
    """Whether `row` prints `g`'s one-level header again: each of its columns' words (a label
    column's too, where it has any) over that column, and no other word between its edges."""
    if not g.columns or any(len(c.header) != 1 for c in g.columns):
        return False  # a header of two levels (a revision table's) is not matched here
    words = [t for t in row if g.bbox[0] - 1 <= t.center <= g.bbox[2] + 1]
    heads = [c for c in g.stub + g.columns if "".join(c.header).strip()]
    return len(words) == len(heads) and all(
        t.text == c.header[0] and (c.x0 - 2 <= t.center <= c.x1 + 2) for t, c in zip(words, heads))


def _below_a_word(t: Token, words: list[Token]) -> bool:
    """Whether a figure stands under one of a header level's words (a period over it may span several)."""
    return any(abs(t.center - w.center) <= max(w.x1 - w.x0, 10.0) for w in words)


def _joined(first: Token, rest: Token) -> Token:
    """A header word wrapped onto two lines as one word ('资产负' and '债表')."""
    return replace(first, text=first.text + rest.text, x0=min(first.x0, rest.x0), x1=max(first.x1, rest.x1))


def _line_text(words: list[Token]) -> str:
    return "".join(t.text for t in words)


def _stacked_header_lines(rows: list[list[Token]]) -> list[list[Token]]:
    """A header whose cells print on two lines ('2025E' over '(预测)') sets them on two baselines,
    as close together as a cell's lines stand (closer than rows do): set at the bottom of the
    row, the two-line cells' periods ride a line above the one-line cells' ('2023A 2024A' with
    the qualifiers under '2025E 2026E'); set at the top, the qualifiers make a line of words
    under the periods. Either way the lines become one row of periods, each period in the
    place of the word under it, the qualifiers left out ('(预测)' says what E does)."""
    out: list[list[Token]] = []
    k = 0
    while k < len(rows):
        upper, lower = rows[k], rows[k + 1] if k + 1 < len(rows) else None
        # what the lines say makes them one header here, so their spacing may be a loose font's
        # (a qualifier in words, '(预测)', not a letter that may be the rest of a period: '1Q23' over 'A')
        if lower is not None and (_cell_lines(upper, lower) or _cell_lines(upper, lower, gap=0.75) and all(
                textutil.han_count(t.text) or is_period(t.text) for t in lower)):
            periods = [t for t in upper if is_period_header(t.text)]
            # bottom-aligned, a label column's header wrapped too ('资产负' over '债表'): its first line
            # rides with the periods and joins the word under it
            heads = {id(t): w for t in upper if t not in periods and not is_value(t.text)
                     for w in lower if _overlap((t.x0, t.x1), (w.x0, w.x1)) > 0 and not is_period_header(w.text)}
            if periods and len(periods) + len(heads) == len(upper) and sum(is_period_header(t.text) for t in lower) >= 1:
                # bottom-aligned: each period takes the place of the qualifier under it
                under = [t for t in lower if not any(_overlap((t.x0, t.x1), (p.x0, p.x1)) > 0 for p in periods)]
                joined = {id(heads[id(t)]): _joined(t, heads[id(t)]) for t in upper if id(t) in heads}
                if len(under) < len(lower) and all(not is_value(t.text) or is_period(t.text) for t in lower):
                    out.append(sorted([joined.get(id(t), t) for t in under] + periods, key=lambda t: t.x0))
                    k += 2
                    continue
            def owners(t: Token) -> list[Token]:  # the words of the upper line over t
                return [p for p in upper if _overlap((t.x0, t.x1), (p.x0, p.x1)) > 0]

            if _period_runs(upper) and all(not is_value(t.text) and not _revision_words().fullmatch(t.text)
                                           and len(owners(t)) == 1 for t in lower) \
                    and any(is_period_header(owners(t)[0].text) for t in lower):
                # top-aligned: the qualifiers under the periods are left out, and the rest of a
                # label column's header wrapped under it joins it ('资产负' over '债表')
                rest = {id(owners(t)[0]): t for t in lower if not is_period_header(owners(t)[0].text)}
                if all(not is_value(owners(t)[0].text) for t in rest.values()):
                    out.append([_joined(w, rest[id(w)]) if id(w) in rest else w for w in upper])
                    k += 2
                    continue
            heads = _stub_heads(upper, lower, rows[k + 2:k + 14]) if _period_runs(lower) and not _period_runs(upper) else None
            if heads:
                # periods on one line, a label column's header wrapped over two ('资产负' over
                # '债表 2023A 2024A …'): its first line joins the word under it
                out.append([_joined(heads[id(w)], w) if id(w) in heads else w for w in lower])
                k += 2
                continue
        out.append(upper)
        k += 1
    return out


def _stub_heads(upper: list[Token], lower: list[Token], body: list[list[Token]]) -> Optional[dict[int, Token]]:
    """Each word of `upper` by the header word of `lower` it is the first line of (keyed by that
    word's id), where every one is such a line: over exactly one word of `lower`, no period or
    figure, in Han characters, starting where it starts, in the same type, and as wide as the label
    column (the widest label word under it in `body`, the rows below: a wrapped cell's first line
    fills its column; a caption over the column is wider or narrower). Else None."""
    heads: dict[int, Token] = {}
    for t in upper:
        under = [w for w in lower if _overlap((t.x0, t.x1), (w.x0, w.x1)) > 0]
        if len(under) != 1 or is_value(t.text) or is_period_header(under[0].text) or is_value(under[0].text) \
                or not textutil.han_count(t.text) or not textutil.han_count(under[0].text) or abs(t.x0 - under[0].x0) > 2 \
                or abs((t.bottom - t.top) - (under[0].bottom - under[0].top)) > 0.1 * (t.bottom - t.top):
            return None  # (a caption's type is seldom the table's)
        labels = [w.x1 - w.x0 for row in body for w in row if abs(w.x0 - t.x0) <= 2 and not is_value(w.text)]
        widest = max(labels, default=0.0)
        if not labels or not 0.85 * widest <= t.x1 - t.x0 <= widest + 2:
            return None
        heads[id(under[0])] = t
    return heads


def _cell_lines(upper: list[Token], lower: list[Token], gap: float = 0.5) -> bool:
    """Two baselines as close as one cell's two lines: the gap under the upper at most half a line
    (`gap` lines: a font a word processor sets 1.5 lines apart leaves half a line and more)."""
    height = max(statistics.median(t.bottom - t.top for t in upper), 1.0)
    return 0 <= min(t.top for t in lower) - max(t.bottom for t in upper) <= gap * height


def _metric_periods(row: list[Token]) -> list[Token]:
    """A header row that names each column by a metric and its period ('EPS 2025E EPS 2026E PE
    2025E PE 2026E'): each metric word joined to the period a space away, so that the row is a
    run of period columns. Rows with two or more periods only; a figure is never joined."""
    if sum(is_period(t.text) for t in row) < 2 or any(is_value(t.text) and not is_period(t.text) for t in row):
        return row
    def metric(text: str) -> bool:  # a metric's name, not a unit ('百万元 2023A' is the stub header's unit)
        return re.fullmatch(_METRIC, text) is not None and not re.search(r"元$|股$|单位|年度$", text)

    out: list[Token] = []
    i = 0
    while i < len(row):
        t = row[i]
        nxt = row[i + 1] if i + 1 < len(row) else None
        em = max(t.bottom - t.top, 1.0)
        if nxt is not None and nxt.x0 - t.x1 <= 0.6 * em and (
                (is_period(nxt.text) and not is_period(t.text) and metric(t.text))
                or (is_period(t.text) and not is_period(nxt.text) and metric(nxt.text)
                    and (i + 2 >= len(row) or not is_period(row[i + 2].text) or row[i + 2].x0 - nxt.x1 > 0.6 * em))):
            out.append(Token(f"{t.text} {nxt.text}", t.x0, nxt.x1, min(t.top, nxt.top), max(t.bottom, nxt.bottom)))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def vertical_labels(rows: list[list[Token]]) -> tuple[list[list[Token]], list[Token]]:
    """Labels set one character per line (a section name written down the side of a
    table: 成/长/能/力 beside the growth rows): each stack of two or more lone CJK
    characters (an em or more from any other word on their line), each line starting
    within a quarter of a character below the one above, becomes one label spanning its
    lines, taken out of the rows (read across, its characters would land in the rows as
    stray stub words). A column of one-character cells is set further apart than that."""
    def apart(t: Token, row: list[Token]) -> bool:  # an em of space or more on either side
        em = max(t.bottom - t.top, 1.0)
        return all(u is t or u.x0 - t.x1 >= em or t.x0 - u.x1 >= em for u in row)

    lone = [t for row in rows for t in row if len(t.text) == 1 and textutil.is_cjk(t.text) and apart(t, row)]
    lone.sort(key=lambda t: (round(t.center), t.top))
    below: dict[int, Token] = {}
    for t in lone:
        height = t.bottom - t.top
        under = [u for u in lone if u is not t and abs(u.center - t.center) <= 0.3 * max(height, 1.0)
                 and -0.1 * height <= u.top - t.bottom <= 0.25 * height]
        if len(under) == 1:
            below[id(t)] = under[0]
    has_above = {id(u) for u in below.values()}
    labels, used = [], set()
    for t in lone:
        if id(t) in has_above or id(t) not in below:
            continue
        chain = [t]
        while id(chain[-1]) in below:
            chain.append(below[id(chain[-1])])
        used.update(id(c) for c in chain)
        labels.append(Token("".join(c.text for c in chain), min(c.x0 for c in chain), max(c.x1 for c in chain),
                            chain[0].top, chain[-1].bottom))
    if not labels:
        return rows, []
    kept = [[t for t in row if id(t) not in used] for row in rows]
    return [row for row in kept if row], labels


def _period_grids(rows: list[list[Token]], labels: list[Token] = (), headers_at_end: Optional[list[Grid]] = None,
                  foot: Optional[float] = None) -> list[Grid]:
    anchors = _anchors(rows)
    grids = []
    for a in anchors:
        right = max(t.x1 for t in a.periods) + 0.4 * _pitch(a.periods)
        # a neighbour to the right bounds this table (two tables side by side)
        neighbours = [b.stub_left for b in anchors if b.row == a.row and b.stub_left > a.periods[-1].x1]
        # ...as does any word after the run on the header row (the label of a row of the
        # table beside it, whose own header sits higher)
        neighbours += [t.x0 for t in rows[a.row] if t.x0 > a.periods[-1].x1]
        if neighbours:
            right = min(right, min(neighbours) - 1)
        others = [b for b in anchors if b is not a and b.row > a.row and
                  _overlap((b.stub_left, b.periods[-1].x1), (a.stub_left, right)) > 0]
        stop = min((b.row for b in others), default=len(rows))
        grid = _read_grid(rows, a, right, stop, labels, foot)
        if grid is not None:
            grids.append(grid)
        elif headers_at_end is not None and _ends_page(rows, a.row, a.stub_left, right, foot):
            headers_at_end.append(_header_only(rows, a, right))
    return grids


# where a page's foot begins, as a share of its height: a page number, a line of footer
_FOOT = 0.9


def _values_left(a: _Anchor) -> float:
    """Where a table's value columns begin: a third of a column's pitch left of its first period
    (right-aligned figures reach further left than their header)."""
    return a.periods[0].x0 - 0.35 * _pitch(a.periods)


def _ends_page(rows: list[list[Token]], k: int, left: float, right: float, foot: Optional[float]) -> bool:
    """Nothing under row k between left and right but the page's foot (a page number, a
    footer's line, from `foot` down): what follows it is on the next page. Unknown (False)
    where the page's height is not known."""
    if foot is None:
        return False
    below = [[t for t in row if _inside(t, left, right)] for row in rows[k + 1:]]
    return all(not row or min(t.top for t in row) >= foot for row in below)


def _header_only(rows: list[list[Token]], a: _Anchor, right: float) -> Grid:
    """A header with no rows under it, to be set again over its rows on the next page: its
    period columns, and a stub column for each word the header prints over the labels."""
    first_col = _values_left(a)
    stub = [Column(t.x0, t.x1, [t.text]) for t in rows[a.row] if _inside(t, a.stub_left, first_col)]
    columns = [Column(t.x0, t.x1, [t.text.replace(" ", "")]) for t in a.periods]
    top, bottom = min(t.top for t in rows[a.row - a.upper]), max(t.bottom for t in rows[a.row])
    # no labels under it to tell where its label column begins: its caption may start anywhere left of it
    title = _upper_header(rows, a, columns, stub, 0.0, right)
    return Grid(title=title, stub=stub, columns=columns, rows=[], groups=[], bbox=(a.stub_left, top, right, bottom))


def _label_beside(labels: list[Token], words: list[Token], left: float, line_height: float) -> Optional[Token]:
    """The vertical label just left of a table row, spanning its line (its section)."""
    if not labels or not words:
        return None
    middle = (min(t.top for t in words) + max(t.bottom for t in words)) / 2
    first = min(t.x0 for t in words)
    for label in labels:
        if label.top - 0.5 * line_height <= middle <= label.bottom + 0.5 * line_height \
                and label.x1 <= first + 1 and label.x1 >= min(left, first) - 4 * line_height:
            return label
    return None


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _inside(t: Token, left: float, right: float) -> bool:
    return t.center >= left - 1 and t.center <= right


def _read_grid(rows: list[list[Token]], a: _Anchor, right: float, stop: int,
               labels: list[Token] = (), foot: Optional[float] = None) -> Optional[Grid]:
    pitch = _pitch(a.periods)
    columns = [Column(t.x0, t.x1, [t.text.replace(" ", "")]) for t in a.periods]
    first_col = _values_left(a)
    left = a.stub_left
    header_row = rows[a.row]
    line_height = statistics.median(t.bottom - t.top for t in header_row)

    body: list[tuple[list[Token], list[Token]]] = []  # (stub words, value words) per row
    at: list[int] = []  # each body row's index in `rows`
    last_bottom = max(t.bottom for t in header_row)
    empty_run = 0
    for k in range(a.row + 1, stop):
        words = [t for t in rows[k] if _inside(t, left, right)]
        if not words:
            continue
        top = min(t.top for t in words)
        if top - last_bottom > 2.6 * line_height + 4:
            break
        text = "".join(t.text for t in words)
        if _END.match(text):
            break
        stub = [t for t in words if t.x1 <= first_col or t.center < first_col]
        values = [t for t in words if t not in stub]
        if any(not is_value(t.text) for t in values) and not (stub and _a_text_row(values, columns, pitch)):
            break  # text across the value columns: prose, a caption or another table
        if not values:
            empty_run += 1
            if empty_run > 2:
                break
        else:
            empty_run = 0
        body.append((stub, values))
        at.append(k)
        last_bottom = max(t.bottom for t in words)
    # trailing label-only rows are not the table's (a caption below it), but for the rest of the
    # last row's label, wrapped a cell's line spacing under it
    valued = [k for k, (_, v) in enumerate(body) if v]
    keep = valued[-1] + 1 if valued else 0
    if valued:
        stub_right = max((t.x1 for s, _ in body for t in s), default=first_col)
        label = list(body[valued[-1]][0])  # its words on every line so far (a label may wrap twice)
        head_set = _label_setting(body) == "head"
        while keep < len(body) and body[keep][0] and not body[keep][1] \
                and _goes_on_from(label, body[keep - 1], body[keep][0], left, stub_right, _row_pitch(body), head_set):
            label += body[keep][0]
            keep += 1
    del body[keep:]
    # two rows of figures make a table; one will do under a two-level header (a revision table
    # of net profit alone), which prose never prints, or where the page break cuts the table
    # after its first row or before its last (under a header carried from the page before)
    cut = bool(body) and _ends_page(rows, at[len(body) - 1], a.stub_left, right, foot)
    # a header set again from the page before: the row of periods, or an upper level over this header's own
    carried = next((t.carried for row in rows[a.row - a.upper:a.row + 1] for t in row if t.carried is not None), None)
    if carried is not None:
        if not any(v for _, v in body):  # under a header carried from the page before, one figure will do
            return None
    elif sum(1 for _, v in body if len(v) >= 2) < (1 if a.upper or cut else 2):
        return None

    stub_header = [t for t in header_row if _inside(t, left, first_col)]
    # under a header carried from the page before, the label columns stand where they stood there
    stub_columns = [Column(t.x0, t.x1) for t in stub_header] if carried is not None and stub_header else \
        _stub_columns([t for s, _ in body for t in s] + stub_header)
    _name_stub(stub_columns, [t for t in stub_header if t.text])
    title = _upper_header(rows, a, columns, stub_columns, left, right) if carried is None else list(carried)

    cells, groups = [], []
    label_x0 = float("inf")  # the left edge of the vertical labels beside the rows, if any
    unassigned = 0  # value words no column takes
    pending_label: list[str] = []
    group = None
    # a label-only row is the first line of a wrapped label when it fills the label column
    # (a long name broken at the column's edge); a short one is a section heading (成长能力);
    # and the last line of the label above it where that label fills the column and this line
    # sits closer under it than rows stand apart (values printed beside a label's first line)
    stub_right = max((t.x1 for s, _ in body for t in s), default=first_col)
    row_pitch = _row_pitch(body)
    pending_words: list[Token] = []
    label_words: list[Token] = []
    setting = _label_setting(body)
    foot_set, head_set = setting == "foot", setting == "head"
    cut_tail = None
    if carried is not None and _cut_tail(body, foot_set, head_set):
        # the rest of the label the page before ended with: its row broken across the page (a word
        # processor lets a row break: its first line and figures end one page, the rest opens the
        # next); normalize.continued puts it back on that label
        cut_tail, body = _line_text(body[0][0]), body[1:]
    went_on = False  # whether the line before went on with the label above it
    for i, (stub, values) in enumerate(body):
        went_on, continuing = False, went_on
        by_stub = _assign(stub_columns, stub)
        if not values:
            next_has_label = i + 1 < len(body) and body[i + 1][0]
            label = " ".join(by_stub[0]) if by_stub and by_stub[0] else " ".join(t.text for t in stub)
            fills = max(t.x1 for t in stub) >= left + 0.85 * (stub_right - left)
            if _first_line_of_next(body, i, foot_set):
                pending_label.append(label)  # a label wrapped in a cell set at the row's foot
                pending_words += stub
                continue
            if cells and i > 0 and (body[i - 1][1] or continuing) and not pending_label and not _HEADING.search(label) \
                    and _goes_on_from(label_words, body[i - 1], stub, left, stub_right, row_pitch, head_set):
                cells[-1][0] = (cells[-1][0] or "") + label.replace(" ", "")
                label_words, went_on = label_words + stub, True  # a label may go on over a third line
                continue
            if next_has_label and (not fills or _HEADING.search(label)):
                group, pending_label, pending_words = label, [], []
            else:
                pending_label.append(label)
                pending_words += stub
            continue
        row: list[Optional[str]] = [_join(words) for words in by_stub]
        label_words, pending_words = pending_words + stub, []  # the words of this row's label, all its lines
        if pending_label:
            row[0] = "".join(pending_label) + (row[0] or "")
            pending_label = []
        by_col: list[list[str]] = [[] for _ in columns]
        for t in values:  # to the period column whose extent it overlaps most, else the nearest
            j = _nearest(columns, t, pitch)
            if j is None:
                unassigned += 1
            else:
                by_col[j].append(t.text)
        row += [" ".join(v) if v else None for v in by_col]
        cells.append(row)
        beside = _label_beside(labels, stub + values, left, line_height)
        if beside is not None:
            label_x0 = min(label_x0, beside.x0)
        groups.append(beside.text if beside is not None else group)

    footer = []
    x0 = min([left, label_x0] + [t.x0 for s, _ in body for t in s])
    # the rows kept, not the label-only rows read past the end (a caption of the next table)
    bottom = max(t.bottom for stub_words, values in body for t in stub_words + values)
    for k in range(a.row + 1, min(len(rows), stop + 1)):
        words = [t for t in rows[k] if _inside(t, left, right)]
        if words and min(t.top for t in words) > bottom:
            text = "".join(t.text for t in words)
            if _END.match(text):
                footer.append(text)
            break
    top = min(t.top for t in rows[a.row - a.upper])
    return Grid(title=title, stub=stub_columns, columns=columns, rows=cells, groups=groups,
                bbox=(round(x0, 2), round(top, 2), round(right, 2), round(bottom, 2)),
                footer=footer, unassigned=unassigned, continued=carried is not None, cut_tail=cut_tail)


def _cut_tail(body: list[tuple[list[Token], list[Token]]], foot_set: bool, head_set: bool) -> bool:
    """Whether a table going on from the page before opens on a line no row's label can open: a
    label's words alone, over rows whose labels sit at their heads (a head carries its figures),
    or short of the label column where labels sit at their rows' foot (a head fills the column);
    never a section's heading (成长能力, '流动资产:')."""
    if len(body) < 2 or body[0][1] or not body[0][0] or not any(v for _, v in body[1:]):
        return False
    text = _line_text(body[0][0])
    if _HEADING.search(text) or text.endswith((":", "：")):
        return False
    return head_set or foot_set and not _fills_stub(body, 0)


def _first_line_of_next(body: list[tuple[list[Token], list[Token]]], i: int, foot_set: bool = False) -> bool:
    """A label-only line set as close above the next row (a row of figures) as a cell's lines
    stand, and further from the row above: the first line of the next row's label, wrapped in a
    cell whose text sits at the row's foot (the figures on its last line). In a table whose
    first label opens so (`_label_setting`) rows may stand no further apart than a cell's lines
    (a word processor's table, no padding): there a line filling the label column as wide as
    its widest line, over more such lines down to a row of figures, opens that row's label."""
    if _BRACKETED.fullmatch(_line_text(body[i][0])):
        return False  # a unit in brackets ends a label ('归母净利润' over '(百万元)'), never opens one
    j = i + 1
    while foot_set and j < len(body) and not body[j][1] and _fills_stub(body, j):
        j += 1  # a label wrapped over three lines or more
    if j >= len(body) or not body[j][1]:
        return False
    words = body[i][0]
    below = body[i + 1][0] + body[i + 1][1]
    gap_below = min(t.top for t in below) - max(t.bottom for t in words)
    cell = _cell_lines(words, below)
    # a word processor's lines stand as far apart as its font sets them (1.5 lines in some):
    # in a table of no padding, as far as the table's lines stand — for a head, never a heading
    loose = foot_set and 0 <= gap_below <= _line_gap(body) + 1 and not _HEADING.search(_line_text(words))
    if i == 0:
        return cell or loose
    above = body[i - 1][0] + body[i - 1][1]
    gap_above = min(t.top for t in words) - max(t.bottom for t in above)
    # a head fills the label column, broken at its edge — or was broken before a bracketed unit
    # that would not fit ('资产负债率' over '(%)' and its figures)
    tail = _line_text(body[i + 1][0])
    if (cell or loose) and foot_set and gap_above >= gap_below - 1 \
            and (_fills_stub(body, i) or tail.startswith(("(", "（"))):
        return True
    return cell and gap_above > gap_below + 1


def _line_gap(body: list[tuple[list[Token], list[Token]]]) -> float:
    """The median gap between a table's lines, one under the next."""
    spans = [(min(t.top for t in s + v), max(t.bottom for t in s + v)) for s, v in body if s or v]
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:]) if b[0] >= a[1]]
    return statistics.median(gaps) if gaps else 0.0


def _label_setting(body: list[tuple[list[Token], list[Token]]]) -> Optional[str]:
    """Where a table's wrapped labels sit: "foot" — its first line a label's alone, the first
    line of the row of figures under it (or of a label wrapped over more lines), or, in a part a
    page break cut (its first row a figures' row), more of its wrapped labels read so than the
    other way (`_wrap_votes`) —; "head" — more the other way —; else None."""
    if not body:
        return None
    if not body[0][1] and _fills_stub(body, 0) and _first_line_of_next(body, 0, True) \
            and not _HEADING.search(_line_text(body[0][0])):
        # a head set as close as a cell's lines, or as the table's lines over a narrower tail (in a
        # table of evenly spaced lines a section's heading over its first row looks the same)
        tail = next(j for j in range(1, len(body)) if body[j][1])
        if _cell_lines(body[0][0], body[1][0] + body[1][1]) or body[tail][0] and not _fills_stub(body, tail):
            return "foot"
    foot, top = _wrap_votes(body)
    return "foot" if foot > top else "head" if top > foot else None


def _wrap_votes(body: list[tuple[list[Token], list[Token]]]) -> tuple[int, int]:
    """How the table's wrapped labels read: (a label-only line as wide as the column over a row
    whose label is narrower — a head over its tail, set at the foot; a narrower label-only line
    under a full one with figures — a tail under its head, set at the head)."""
    foot = top = 0
    for i, (stub, values) in enumerate(body):
        if values or not stub:
            continue
        below = next((j for j in range(i + 1, len(body)) if body[j][1]), None)
        if below is not None and below > i and _fills_stub(body, i) and body[below][0] and not _fills_stub(body, below):
            foot += 1
        elif i > 0 and body[i - 1][1] and body[i - 1][0] and _fills_stub(body, i - 1) and not _fills_stub(body, i):
            top += 1
    return foot, top


def _fills_stub(body: list[tuple[list[Token], list[Token]]], i: int) -> bool:
    """A label-only line as wide as the table's widest label line, near enough: a label
    broken at its column's edge, not a short heading (成长能力) over a section."""
    def width(words: list[Token]) -> float:
        return max(t.x1 for t in words) - min(t.x0 for t in words) if words else 0.0
    widest = max(width(stub) for stub, _ in body)
    return bool(body[i][0]) and width(body[i][0]) >= 0.85 * widest


def _a_text_row(values: list[Token], columns: list[Column], pitch: float) -> bool:
    """A row of words, one short word under each column ('审计意见 | 未经审计 | 无保留意见 | …',
    '公司类型 | 通用 | 通用'): with a label of its own, a table's row of text, not prose running
    across its columns (a row of words with no label, 'A A A' under '1Q23 2Q23 3Q23', is the
    header's second line)."""
    if len(values) != len(columns) or any(len(t.text) > 6 or NUMBER.fullmatch(t.text) for t in values):
        return False  # a figure among the words: a row of figures with one misread (an OCR slip), not text
    return all(abs(t.center - c.center) <= pitch / 2 for t, c in zip(sorted(values, key=lambda t: t.x0), columns))


def _row_pitch(body: list[tuple[list[Token], list[Token]]]) -> float:
    """How far apart a table's rows stand: the median step between the tops of rows that hold values."""
    tops = [min(t.top for t in stub + values) for stub, values in body if values]
    steps = [b - a for a, b in zip(tops, tops[1:]) if b > a]
    return statistics.median(steps) if steps else 0.0


def _goes_on_from(label: list[Token], above: tuple[list[Token], list[Token]], line: list[Token], left: float,
                  stub_right: float, row_pitch: float, head_set: bool = False) -> bool:
    """Whether a label-only `line` is the rest of the label (its words on every line so far)
    of the row `above` it: that label fills the label column (broken at its edge) and the line
    stands closer under the row than the table's rows stand apart (a cell's own line spacing).
    A label left with a bracket open ('归母净利润(' over '亿元)') goes on in a line that closes it,
    a line's spacing under it, however many rows the table has to measure their pitch by."""
    if not label:
        return False
    step = min(t.top for t in line) - min(t.top for t in above[0] + above[1])
    if _opens_bracket(_line_text(label)) and _CLOSES.match(_line_text(line)):
        height = statistics.median(t.bottom - t.top for t in label)
        return 0 < step < 1.8 * height
    if not row_pitch:
        return False
    reach = row_pitch + 1 if head_set else 0.8 * row_pitch  # no padding: a cell's next line is as far as the next row
    if _BRACKETED.fullmatch(_line_text(line)):
        return 0 < step <= reach  # a label broken before its unit in brackets ('每股收益' over '(元)')
    fills = max(t.x1 for t in label) >= left + 0.85 * (stub_right - left)
    if head_set and fills and not _HEADING.search(_line_text(line)):
        return 0 < step <= reach
    return fills and 0 < step < 0.8 * row_pitch


# a line that is only a bracketed word: a label's unit or qualifier, the rest of the label above it
_BRACKETED = re.compile(r"[（(][^()（）]{1,12}[)）]")


# a line that closes a bracket before it opens one ('亿元)', '元/股）')
_CLOSES = re.compile(r"^[^（(]*[)）]")


def _opens_bracket(text: str) -> bool:
    """Whether a label leaves a bracket open ('营业收入(百万')."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _nearest(columns: list[Column], t: Token, pitch: float) -> Optional[int]:
    best, score = None, None
    for j, c in enumerate(columns):
        ov = _overlap((t.x0, t.x1), (c.x0, c.x1))
        dist = abs(t.x1 - c.x1) if ov > 0 else abs(t.center - c.center)
        key = (ov <= 0, dist)
        if score is None or key < score:
            best, score = j, key
    # a header set to the left of its right-aligned values (国信's 2023 over numbers ending
    # 17pt further right) still owns them when no other column is nearer
    if best is None or (score[0] and score[1] > 0.75 * pitch):
        return None
    return best


def _stub_columns(tokens: list[Token]) -> list[Column]:
    """Columns of the stub: the union of the words' extents (shrunk a little, so that
    a long label touching its neighbour does not join two columns; by at most 2pt a side, so
    that labels set flush left stay one column however long — a wrapped label's last line
    ')' under '投资收益(损失以“-”号填列' shrunk by a share of its width would start a column of its own)."""
    if not tokens:
        return [Column(0, 0, [])]
    spans = sorted(((t.x0 + min(0.15 * (t.x1 - t.x0), 2.0), t.x1 - min(0.15 * (t.x1 - t.x0), 2.0), t) for t in tokens),
                   key=lambda s: (s[0], s[1]))
    groups: list[list] = []
    for lo, hi, t in spans:
        if groups and lo <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi)
            groups[-1][2].append(t)
        else:
            groups.append([lo, hi, [t]])
    # a column of one stray word beside a well-filled one is part of the label
    cols = [Column(min(t.x0 for t in g[2]), max(t.x1 for t in g[2])) for g in groups
            if len(g[2]) >= 2 or len(groups) == 1]
    return cols or [Column(min(t.x0 for t in tokens), max(t.x1 for t in tokens))]


def _assign(columns: list[Column], words: list[Token]) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in columns]
    for t in words:
        j = min(range(len(columns)), key=lambda j: (
            _overlap((t.x0, t.x1), (columns[j].x0, columns[j].x1)) <= 0,
            0 if columns[j].x0 - 1 <= t.x0 <= columns[j].x1 else abs(t.x0 - columns[j].x0)))
        out[j].append(t.text)
    return out


def _join(words: list[str]) -> Optional[str]:
    if not words:
        return None
    out = words[0]
    for w in words[1:]:
        out += ("" if re.match(r"[\u4e00-\u9fff（(]", w) or re.search(r"[\u4e00-\u9fff]$", out) else " ") + w
    return out


def _name_stub(stub: list[Column], header_words: list[Token]) -> None:
    by = _assign(stub, header_words) if header_words else [[] for _ in stub]
    for c, words in zip(stub, by):
        c.header = [_join(words) or ""]


def _upper_header(rows, a: _Anchor, columns: list[Column], stub: list[Column],
                  left: float, right: float) -> list[str]:
    """Rows above the header: words over the value columns are an upper header level;
    the first row with words only in the stub, and anything above it, is the caption."""
    title: list[str] = []
    top_row = a.row - a.upper  # the periods over a second header row are its columns' names already
    header_top = min(t.top for t in rows[top_row])
    line_height = statistics.median(t.bottom - t.top for t in rows[top_row])
    limit = header_top
    values_left = _values_left(a)
    for k in range(top_row - 1, max(-1, top_row - 5), -1):
        words = [t for t in rows[k] if _inside(t, left, right)]
        if not words:
            continue
        if limit - max(t.bottom for t in words) > 3.0 * line_height + 6:
            break
        limit = min(t.top for t in words)
        if any(is_value(t.text) and not is_period(t.text) for t in words):
            break  # the last row of a table above
        over = [t for t in words if t.center >= values_left]
        text = _join([t.text for t in words]) or ""
        # a word that starts among the labels and runs on over the figures is a caption (a narrow
        # label column under a long one), not the name of a group of columns
        short = all(len(t.text) <= 16 and t.x0 >= values_left for t in over) and len(text) <= 80
        if over and short and not title and not any(is_period(t.text) for t in over) and len(over) < 2 * len(columns):
            for c in columns:
                owner = min(over, key=lambda t: abs(t.center - c.center))
                if abs(owner.center - c.center) <= max(owner.x1 - owner.x0, 1.6 * _pitch(a.periods)):
                    c.header.insert(0, owner.text)
            for c, words_ in zip(stub, _assign(stub, [t for t in words if t not in over])):
                if words_:
                    c.header.insert(0, _join(words_) or "")
            continue
        if text.endswith(("。", "；", ";")) or len(text) > 40:
            break  # a sentence of the body above, not a caption
        title.insert(0, text)
        if len(title) >= 2 or _CAPTION.match(text):
            break  # a numbered caption ('表5:…') opens the caption: a line above it is another's
    return title


# ----------------------------------------------------------------------------- value blocks
_CAPTION = re.compile(r"^(?:表|图表|附表|Table|Exhibit)\s*[A-Za-z]?\d+", re.I)
# any table's caption, numbered or not ('表：…' after a colon): a caption the page break left
# at a page's foot (ingest), where nothing else there is taken for one
TABLE_CAPTION = re.compile(r"^(?:图表|附表|表|Table|Exhibit)\s*(?:[A-Za-z]?\d+|[A-Za-z]?\d*\s*[:：])", re.I)
_PROSE_WORD = 32  # a word this long is a sentence, not a cell (merged header cells reach ~30)


_CODE = re.compile(r"[\w.\-/]*\d[\w.\-/]*")  # 000016.SH, 2005-02-23, 上证50ETF: short words with digits


def _valueish(text: str) -> bool:
    return is_value(text) or is_period(text) or (len(text) <= 12 and _CODE.fullmatch(text) is not None)


def _dense(row: list[Token]) -> bool:
    """A table row: two or more values or codes making at least half its words (a header
    that names 沪深300 or 策略1 is mostly words), and no word long enough to be prose."""
    values = sum(1 for t in row if _valueish(t.text))
    return values >= 2 and 2 * values >= len(row) and all(len(t.text) <= _PROSE_WORD for t in row)


def _has_label(row: list[Token]) -> bool:
    first = row[0]
    return not is_value(first.text) or is_period(first.text)


def value_blocks(rows: list[list[Token]], taken: list[tuple]) -> list[Grid]:
    """Tables without a period header: runs of three or more rows of aligned values, most
    of them labelled (chart axes and data labels have no row labels), with the header
    rows above them (a header wrapped over several lines is joined per column) and the
    caption above that (表3：…). Rows inside a table already read are left alone."""
    def free(row):
        return [t for t in row if not any(b[0] - 1 <= t.center <= b[2] + 1 and b[1] - 1 <= t.middle <= b[3] + 1
                                          for b in taken)]
    rows = [r for r in (free(r) for r in rows) if r]
    if not rows:
        return []
    height = statistics.median(t.bottom - t.top for r in rows for t in r) or 8.0
    grids, k = [], 0
    while k < len(rows):
        if not _dense(rows[k]):
            k += 1
            continue
        j = k + 1
        while j < len(rows) and _dense(rows[j]) and rows[j][0].top - max(t.bottom for t in rows[j - 1]) < 1.6 * height:
            j += 1
        body = rows[k:j]
        if len(body) >= 2:
            grid = _block_grid(rows, k, j, height)
            labelled = sum(_has_label(r) for r in body) >= 0.5 * len(body)
            # chart ticks and data labels have no row labels and no caption of a table;
            # two rows make a table only under a caption that says so (表15：…)
            if grid is not None and (labelled or grid.title) and (len(body) >= 3 or (grid.title and labelled)):
                grids.append(grid)
        k = j
    return grids


def _block_grid(rows: list[list[Token]], k: int, j: int, height: float) -> Optional[Grid]:
    body = rows[k:j]
    x0 = min(t.x0 for r in body for t in r)
    x1 = max(t.x1 for r in body for t in r)
    columns = _stub_columns([t for r in body for t in r])
    if len(columns) < 2:
        return None
    # header rows: short words over the block, just above it
    header: list[list[Token]] = []
    top = min(t.top for t in body[0])
    title: list[str] = []
    # under a caption (表21：…) a few rows up, every row between it and the values is header
    for c in range(k - 1, max(-1, k - 7), -1):
        line = "".join(t.text for t in rows[c])
        if _CAPTION.match(line):
            if top - max(t.bottom for t in rows[c]) <= 6 * height:
                title = [_join([t.text for t in rows[c]]) or line]
                header = [[t for t in r if t.x1 >= x0 - 2 and t.x0 <= x1 + 2] for r in rows[c + 1:k]]
                header = [h for h in header if h]
                top = min([t.top for h in header for t in h] + [top])
            break
        if any(len(t.text) > _PROSE_WORD for t in rows[c]) or _END.match(line):
            break
    for r in ([] if title else reversed(rows[max(0, k - 6):k])):
        words = [t for t in r if t.x1 >= x0 - 2 and t.x0 <= x1 + 2]
        if not words:
            continue
        if top - max(t.bottom for t in words) > 1.8 * height:
            break
        line = "".join(t.text for t in r)  # the whole line: a caption may start left of the table
        # a row of numbers ends the header; names with digits (沪深300, 策略1) may head columns
        numbers = sum(1 for t in words if is_value(t.text))
        data_row = numbers >= 2 and 2 * numbers >= len(words)
        if _CAPTION.match(line) or _END.match(line) or any(len(t.text) > _PROSE_WORD for t in words) or data_row:
            if _CAPTION.match(line):
                title = [_join([t.text for t in r]) or line]
            break
        header.insert(0, words)
        top = min(t.top for t in words)

    names: list[list[str]] = [[] for _ in columns]
    for r in header:
        for c, words in zip(columns, _assign_by_center(columns, r)):
            if words:
                names[columns.index(c)].append("".join(words))
    for c, parts in zip(columns, names):
        c.header = ["".join(parts)] if parts else [""]
    cells = []
    for r in body:
        by_col = _assign_by_center(columns, r)
        cells.append([" ".join(w) if w else None for w in by_col])
    stub, values = columns[:1], columns[1:]
    bottom = max(t.bottom for t in body[-1])
    return Grid(title=title, stub=stub, columns=values, rows=cells, groups=[None] * len(cells),
                bbox=(round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2)))


def _assign_by_center(columns: list[Column], words: list[Token]) -> list[list[str]]:
    """Each word to the column it overlaps most, else the one nearest its centre."""
    out: list[list[str]] = [[] for _ in columns]
    for t in words:
        j = max(range(len(columns)), key=lambda j: (_overlap((t.x0, t.x1), (columns[j].x0, columns[j].x1)),
                                                     -abs(t.center - columns[j].center)))
        out[j].append(t.text)
    return out
