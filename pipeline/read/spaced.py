"""Tables in a text's own lines, one row a line, the cells parted by single spaces: a PDF's
text copied out of a viewer or printed by a converter (pdfplumber's extract_text, pdftotext
without -layout), as scraped report pages carry it. No column stands anywhere on a line, so
each line is read by its words: which are figures (`borderless.is_value`), which periods,
and how many.

The shapes read, each table at least two rows unless said:
- Periods across: a header line ending in periods ('财务摘要 (百万元) 2023A 2024A 2025E'),
  then rows of a label and as many figures ('营业收入 5,723 6,927 8,558'). Two statements
  side by side on the same lines repeat the periods after a word of their own ('利润表 2023A
  … 2027E 资产负债表 2023A … 2027E'); each row is then runs of a label and as many figures,
  the first run the first table's, the second the second's. A caption line over them with as
  many captions gives one to each; one caption is each's, noted shared (`report["shared_caption"]`:
  it names at most one of them, and the typer takes each table's statement from its totals).
  Where the two nearly touch a converter runs a figure into the next label ('5500营业收入'):
  such a line is read parted there.
- Periods over a second header line ('2025E 2026E' over '调整前 调整后 变动 调整前 调整后
  变动', each period's words the same): each column named by its period and its word
  ('2025E调整前'), as the PDF reader names them. One row is enough.
- Names across: a header line of column names ('年份 营业收入(百万元) 同比(%)', '公司名称 股票代码
  股价(元) EPS 2025E PE 2025E': a name and the period after it are one name), then rows of
  leading words (a period; a company and its code) and figures, as many in all as the header
  has names. A row with fewer figures and one word (平均值 50.7 39.3) has its figures in the
  last columns: a summary row prints only what it averages (one figure only under a summary's
  name: '平均 3.0').
- A statements page of four tables two by two: a header in one side's place starts that
  side's next table, words alone at a line's end are a heading of the table beside, and a line
  of one row, where one side has ended, is the side's whose rows print their figures alike.
- A table a page cut: up to two lines between two rows that are neither a row of its shape
  nor a caption, a source line or a period header (a page's running header, a blank line) are
  passed over when the rows after them have the table's shape; rows at the top of the next
  page (pages parted by form feeds) go on with the table the page ended with
  (`continued_tables`), and a header or a caption left at a page's foot heads them.

A converter writes some cells a line at a time; before the shapes are read, a header row
printed so ('2025E', '(预测)', '2026E', … one to a line) is set on one line again
(`_unstacked`) and a label wrapped at a bracket or over its figures alone is joined onto its
row (`_rejoined_labels`), every line keeping its place (the others left blank).

A row that does not have its table's shape ends the table: a figure is never guessed into a
column. Each table notes where its lines are (`report["text_span"]`), so that no family reads
its rows as sentences. Lines with a '|' are the Markdown reader's (`ingest.pipe_tables`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import clean, data_json
from ..document import Table
from .borderless import TABLE_CAPTION, is_period, is_value

# the names of a summary row, which may print one figure (a comparables table's one column averaged)
_SUMMARY_LABEL = re.compile(r"^(?:平均值?|均值|算术平均|行业平均|可比公司平均|中值|中位数|合计|总计|Average|Mean|Median)", re.I)
_SOURCE_LINE = re.compile(r"^(?:资料来源|数据来源|来源[:：]|注[:：]|备注|说明[:：]|Source)", re.I)
# a header of names is no sentence: no sentence's punctuation, a few short names
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")
MAX_NAME_CHARS = 14
MAX_NAMES = 16
# lines passed over between two rows of a table a page cut
MAX_SKIPPED = 2


def spaced_tables(text: str, page: int) -> list[Table]:
    original = text.splitlines()
    # line for line: a joined line's others are blank
    lines = _unruled(_unstacked(_rejoined_labels(_unwrapped_abreast(original))))
    starts = _line_starts(original)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        found = _across(lines, i) or _over_words(lines, i) or _names_across(lines, i)
        if not found:
            i += 1
            continue
        grids, end = found
        title = caption_above(lines, i)
        parts = title.split() if title else []
        headed_here = [g for g in grids if g.first == i]
        # tables side by side under a line of as many captions take one each; under one caption
        # (a unit's, a section's, or one statement's whose neighbour's was lost) each takes it,
        # noted as shared: it names at most one of them
        shared = len(headed_here) > 1 and len(parts) != len(headed_here)
        for grid in grids:
            k = headed_here.index(grid) if grid in headed_here else None
            own = None if k is None else (parts[k] if len(headed_here) > 1 and not shared else title)
            tables.append(Table(kind="other", page=page, columns=clean.column_names(grid.cells[0]),
                                rows=clean.rows_as_dicts(grid.cells), cells=grid.cells, title=own, source="text",
                                report={"text_span": _span(original, starts, grid.first, grid.end),
                                        **({"shared_caption": True} if shared and k is not None else {})}))
        i = end
    return tables


# a period's qualifier printed under it in its header cell ('2025E' over '(预测)')
_QUALIFIER = re.compile(r"[(（][^()（）]{1,6}[)）]")
MAX_STACKED_LINES = 24   # lines one header row may be printed on (two tables side by side, five two-line cells each)
MAX_STACKED_CHARS = 24   # each after the first a header cell's fragment


# a line that is only a rule drawn with box characters ('─────'), as a terminal-style export (通达信 F10) sets one under
# its header and between groups of rows
_RULE_LINE = re.compile(r"\s*[─━═]{5,}\s*")


def _unruled(lines: list[str]) -> list[str]:
    """Rules drawn under a header and between groups of rows, read as the header printed again: the header set
    down onto the rule under it (its own line left blank), and onto each rule after a row of its groups, so that
    each group is a table under it ('项目名 营业收入(元) 收入比例(%) …' over '─────', three products' rows, '─────',
    three channels' rows: two tables of shares, each of its own whole). A rule after no header is left as it is."""
    out = list(lines)
    header = None
    for i, line in enumerate(lines):
        if not _RULE_LINE.fullmatch(line):
            if not line.strip():
                header = None
            continue
        above = lines[i - 1] if i else ""
        if header is None and above.strip() and not _RULE_LINE.fullmatch(above):
            header = above  # the first rule: under its header
            out[i - 1], out[i] = "", header
        elif header is not None and above.strip() and not _RULE_LINE.fullmatch(above):
            out[i] = header  # a rule between groups: the header again over the next
    return out


def _unstacked(lines: list[str]) -> list[str]:
    """`lines` with a header row a converter wrote cell by cell — each cell printed on two lines
    ('2025E' over '(预测)') comes out a line at a time: '利润表 2023A 2024A', '2025E', '(预测)',
    '2026E', … — set on its first line again (a period's qualifier left out), its other lines
    blank, so that every line keeps its place. Only where the lines hold no figure, the ones
    after the first are short, they read as one header of periods and a row follows — or the
    page ends with them (a layout engine left the header at a page's foot: its rows are the
    next page's, `continued_tables`)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        words = _words(lines[i])
        if not any(is_period(w) for w in words) or any(is_value(w) for w in words):
            i += 1
            continue
        j = i + 1
        while (j < len(lines) and j - i < MAX_STACKED_LINES and lines[j].strip() and len(lines[j].strip()) <= MAX_STACKED_CHARS
               and not any(is_value(w) for w in _words(lines[j])) and not _second_header(lines[j])):
            j += 1
        merged = []
        for w in (w for k in range(i, j) for w in _words(lines[k])):
            if not (_QUALIFIER.fullmatch(w) and merged and is_period(merged[-1])):
                merged.append(w)
        # rows follow: at once (past any blank line a label joined onto its row left), or under a
        # second header row of words (调整前 调整后 变动)
        below = _next_filled(lines, j)
        if below < len(lines) and _second_header(lines[below]):
            below = _next_filled(lines, below + 1)
        rows_follow = below == len(lines) or any(is_value(w) for w in _words(lines[below]))
        if j > i + 1 and _period_groups(merged) and rows_follow:
            out[i] = " ".join(merged)
            out[i + 1:j] = [""] * (j - i - 1)
            i = j
        else:
            i += 1
    return out


def _next_filled(lines: list[str], k: int) -> int:
    """The first line from `k` on that is not blank (len(lines) if none)."""
    return next((n for n in range(k, len(lines)) if lines[n].strip()), len(lines))


def _second_header(line: str) -> bool:
    """Two words or more, none a figure, a period or a qualifier: a header row under the periods."""
    words = _words(line)
    return len(words) >= 2 and not any(is_value(w) or is_period(w) or _QUALIFIER.fullmatch(w) for w in words)


# a label a narrow cell wrapped before its unit's bracket ('营业收入(' over '百万元) 11,439 …',
# '归母净利润' over '(百万元) 2,177 …'): one label again
_OPEN_BRACKET = re.compile(r"[(（][^()（）]*$")
_LEADING_BRACKET = re.compile(r"^\s*[(（]")
MAX_WRAPPED_LABEL = 16


@lru_cache(maxsize=1)
def line_item_names() -> frozenset[str]:
    """Every name data/line_items.json gives a statement line, as tables and sentences print it."""
    data = data_json("line_items.json")
    names = {n for concept, ns in data.items() if not concept.startswith("_") for n in ns}
    return frozenset(re.sub(r"\s", "", n) for n in names | set(data.get("_prose", {})) if not n.startswith("_"))


# the tail of a label a narrow cell wrapped, printed before the row's figures ('流 3,455 …' under '经营活动现金')
_LABEL_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,3}$")


def _is_tail(label: str, words: str) -> bool:
    """Whether `words` are the tail a narrow cell wrapped off `label`: a few Han characters, no line's
    name of their own, that make one with it (`_makes_a_name`)."""
    return bool(_LABEL_TAIL.match(words)) and words not in line_item_names() and _makes_a_name(label, words)


def _makes_a_name(label: str, tail: str) -> bool:
    """Whether a label and the tail wrapped off it make a statement line's name: one data/line_items.json
    gives, or — the tail one character — one ending as lines end (data/statements.json line_endings:
    '其他非流动资' + '产') where the label alone does not."""
    if label + tail in line_item_names():
        return True
    endings = data_json("statements.json")["line_endings"]
    return len(tail) == 1 and any((label + tail).endswith(e) for e in endings) and not any(label.endswith(e) for e in endings)


def _label_fragment(text: str) -> bool:
    return bool(text) and len(text) <= MAX_WRAPPED_LABEL and " " not in text and not any(ch.isdigit() for ch in text)


def _rejoined_labels(lines: list[str]) -> list[str]:
    """`lines` with each label a narrow cell wrapped at a bracket joined onto the row it heads:
    '营业收入(' over '百万元) 11,439 …', '归母净利润' over '(百万元) 2,177 …', or '归母净利润(' over
    '百万元)' (or '资产负债率' over '(%)') over the row's figures alone, a label over a line of
    figures and nothing else, or a label wrapped anywhere over its tail and the row's figures
    ('经营活动现金' over '流 3,455 …', where the two make a line's name in data/line_items.json) —
    its other lines left blank, so that every line keeps its place."""
    out = list(lines)
    k = 0
    while k < len(lines) - 1:
        parts, j = [lines[k].strip()], k + 1
        if not _label_fragment(parts[0]):
            k += 1
            continue
        while (j < len(lines) and _label_fragment(lines[j].strip())
               and (_OPEN_BRACKET.search("".join(parts)) or _LEADING_BRACKET.match(lines[j])
                    # or the tail wrapped off the label on a line of its own ('经营活动现金' / '流' / '10,614 …')
                    or _is_tail("".join(parts), lines[j].strip()))):
            parts.append(lines[j].strip())
            j += 1
        row = lines[j].strip() if j < len(lines) else ""
        words = _words(row)
        label = "".join(parts)
        figures_alone = bool(words) and all(is_value(w) for w in words)  # the row's figures on a line of their own
        if any(is_value(w) for w in words) and (_OPEN_BRACKET.search(label) or _LEADING_BRACKET.match(row)
                                                or (is_value(words[0]) and (len(parts) > 1 or figures_alone))):
            out[k:j + 1] = [""] * (j - k) + [label + (" " if is_value(words[0]) else "") + row]
            k = j + 1
        elif len(parts) == 1 and len(words) > 1 and all(is_value(w) for w in words[1:]) and _is_tail(label, words[0]):
            # a label wrapped with no bracket, its tail before the figures ('经营活动现金' over '流 3,455 …'):
            # joined where the two make a line's name and the tail alone is none
            out[k:j + 1] = [""] * (j - k) + [label + row]
            k = j + 1
        else:
            k += 1
    return out


# two statements abreast whose narrow label cells a converter wrapped, a line each: the second's name
# split off the header's end ('利润表 2023A … 2027E 资产负' / '债表' / '2023A … 2027E'), and each label
# over its row's figures with the next side's label run onto their line ('营业收' / '入' / '266.52 … 632.09
# 流动资' / '产' / '191.89 …')
_HAN_FRAGMENT = re.compile(r"^[\u4e00-\u9fffA-Za-z()（）:：、&/]+$")


def _unwrapped_abreast(lines: list[str]) -> list[str]:
    """`lines` with each such block set out again as `_across` reads two tables abreast: the header on
    one line ('利润表 P… 资产负债表 P…'), then a line a pair of rows ('营业收入 n… 流动资产 n…'). The
    body is read as a stream of words: a label is the Han fragments before a row's figures joined, a
    row as many figures as the header has periods; rows go to the two sides in turn, and the block ends
    at the first words that are no such row (a page's foot). Every line keeps its place."""
    out = list(lines)
    i = 0
    while i < len(lines) - 2:
        header = _split_abreast_header(lines, i)
        if header is None:
            i += 1
            continue
        text, periods, after = header
        rows, end = _stream_rows(lines, after, len(periods))
        if len(rows) < 4 or (after == i + 1 and all(first == last for first, _, _, last in rows)):
            i += 1  # (a header on one line over a row a line: what `_across` reads as it stands)
            continue
        out[i:after] = [text] + [""] * (after - i - 1)
        _set_pairs(out, rows, after - 1)
        i = end
    return out


def _set_pairs(out: list[str], rows: list[tuple], placed: int) -> None:
    """Each two rows of `rows` (from `_stream_rows`) set on one line of `out`, 'L n… R n…', the lines
    they were read from left blank: a pair at its first line (the next may begin on the line this one
    ends on), the last at its last, so that a table's span reaches its last figure."""
    for k in range(0, len(rows), 2):
        pair = rows[k:k + 2]
        first_line, last_line = pair[0][0], pair[-1][3]
        at = last_line if k + 2 >= len(rows) else first_line
        for n in range(max(first_line, placed + 1), last_line + 1):
            out[n] = ""
        placed = at
        out[at] = " ".join(f"{label} {' '.join(figures)}" for _, label, figures, _ in pair)


def _unwrapped_top(lines: list[str], width: int) -> list[str]:
    """`lines` with the rows of two statements abreast that open a page (after up to MAX_SKIPPED
    lines of a running header), their labels wrapped a line each, set out in pairs as
    `_unwrapped_abreast` sets them under a header: the rows a page break cut from such a block."""
    for first in range(min(MAX_SKIPPED + 1, len(lines))):
        rows, _ = _stream_rows(lines, first, width)
        if len(rows) >= 2 and rows[0][0] == first:
            out = list(lines)
            _set_pairs(out, rows, first - 1)
            return out
    return lines


def _split_abreast_header(lines: list[str], i: int) -> Optional[tuple[str, list[str], int]]:
    """A header of two tables abreast that a converter set over several lines, the second name split
    or on a line of its own, a period's qualifier maybe a line of its own ('利润表 P… 资产负' / '债表' /
    'P…'; '利润表 P…' / '资产负' / '债表 P…'; '利润表 2023A 2024A' / '2025E' / '(预测)' / …), and the
    line after it: ('利润表 P… 资产负债表 P…', the periods, the line after the header). A Han fragment
    opening a line goes on with the name before it."""
    words = lines[i].split()
    if not words or is_period(words[0]) or not any(is_period(w) for w in words):
        return None
    tokens: list[str] = []
    for j in range(i, min(i + MAX_STACKED_LINES, len(lines))):
        for n, w in enumerate(lines[j].split()):
            if is_period(w):
                tokens.append(w)
            elif _QUALIFIER.fullmatch(w) and tokens and is_period(tokens[-1]):
                continue  # '2025E' over '(预测)'
            elif not _HAN_FRAGMENT.match(w):
                return None
            elif tokens and not is_period(tokens[-1]) and (n == 0 or j == i):
                tokens[-1] += w   # a name wrapped onto the next line
            else:
                tokens.append(w)
        names = [t for t in tokens if not is_period(t)]
        if len(names) > 2:
            return None
        if len(names) == 2 and tokens[0] == names[0]:
            k = tokens.index(names[1])
            periods = tokens[1:k]
            after = j + 1
            while after < len(lines) and _QUALIFIER.fullmatch(lines[after].strip()):
                after += 1  # the last period's qualifier
            if len(periods) >= 2 and tokens[k + 1:] == periods:
                return f"{names[0]} {' '.join(periods)} {names[1]} {' '.join(periods)}", periods, after
    return None


def _stream_rows(lines: list[str], start: int, width: int) -> tuple[list[tuple], int]:
    """The rows (first line, label, figures, last line) the words from line `start` on make, each
    Han fragments then `width` figures, and the line the stream ends before."""
    rows, label, label_line, figures = [], "", None, []
    n = start
    while n < len(lines):
        words = lines[n].split()
        for w in words:
            if is_value(w) and label:
                figures.append(w)
                if len(figures) == width:
                    rows.append((label_line, label, figures, n))
                    label, label_line, figures = "", None, []
            elif _HAN_FRAGMENT.match(w) and not figures and len(label + w) <= MAX_WRAPPED_LABEL:
                label, label_line = label + w, n if label_line is None else label_line
            else:
                return rows, (label_line if label_line is not None else n)
        if figures:  # a row's figures run on to the next line: no row of this shape
            return rows, label_line
        n += 1
    return rows, n


@dataclass(eq=False)
class _Grid:
    cells: list[list]
    first: int  # the line of its header
    end: int    # the line after its last row
    place: int = 0  # its place among tables side by side, the first 0


def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def _span(lines: list[str], starts: list[int], first: int, end: int) -> list[int]:
    """Where lines first … end − 1 stand in the page's text: [start, end) offsets."""
    return [starts[first], starts[end - 1] + len(lines[end - 1])]


def _words(line: str, unglued: bool = False) -> list[str]:
    """A line's words; `unglued`: a figure or a period run into the Han word after it parted
    ('5500营业收入', '2027E利润表': a converter sets no space where two tables side by side
    nearly touch)."""
    if "|" in line:
        return []
    return (_GLUED.sub(" ", line) if unglued else line).split()


_GLUED = re.compile(r"(?<=[\d%)])(?=[\u4e00-\u9fff])|(?<=\d[AEFP])(?=[\u4e00-\u9fff])")


def _parted(read, line: str, *args):
    """`read` of the line's words, else of its words parted where a converter ran a figure into
    the next label (`_words(…, unglued=True)`): a line is parted only where it reads no other way."""
    return read(_words(line), *args) or read(_words(line, unglued=True), *args)


def _one_run(line: str, n: int) -> Optional[list[str]]:
    """A line that is one label and n figures, as a row; None otherwise."""
    runs = _label_runs(_words(line), n)
    return runs[0] if runs and len(runs) == 1 else None


def _stops(line: str) -> bool:
    """A line a table never runs on past: a caption, a source line, a header of periods."""
    words = _words(line)
    return (TABLE_CAPTION.match(line.strip()) is not None or _SOURCE_LINE.match(line.strip()) is not None
            or sum(is_period(w) for w in words) >= 2)


def _rows_below(lines: list[str], start: int, read_row, header: Optional[str] = None) -> tuple[list, int]:
    """The rows `read_row` reads from line `start` on (None where a line is no row), passing
    over up to MAX_SKIPPED lines between two rows; and the index after the last row's line. The
    `header` printed again ends them: a table of its own follows under it (`_unruled`); its words again under another
    stub are a row, the next group's opener."""
    rows, end, j, skipped = [], start, start, 0
    heads = _words(header) if header is not None else []
    while j < len(lines):
        if header is not None and rows and lines[j].strip() == header.strip():
            break
        words = _words(lines[j])
        if rows and len(heads) > 2 and len(words) == len(heads) and words[0] != heads[0] and words[1:] == heads[1:]:
            # the header's words again under another stub ('分产品 营业收入 占比 毛利率' under '分行业 …'): a row that
            # opens the next group of rows (segment_tables' shares are each group's own)
            rows.append(words)
            end, skipped = j + 1, 0
            j += 1
            continue
        row = read_row(lines[j])
        if row is not None:
            rows.append(row)
            end, skipped = j + 1, 0
        elif not lines[j].strip():
            pass  # blank: a line a header set again on its first left (_unstacked), or a gap
        elif not rows or _stops(lines[j]):
            break
        else:
            skipped += 1
            if skipped > MAX_SKIPPED:
                break
        j += 1
    return rows, end


def caption_at_foot(text: str) -> Optional[str]:
    """A table's caption the page ends with ('表2：主要财务指标（单位：亿元）'), its table on the next page."""
    filled = [line.strip() for line in text.splitlines() if line.strip()]
    last = filled[-1] if filled else ""
    return last if TABLE_CAPTION.match(last) and len(last) <= 60 and _CAPTION.fullmatch(last) else None


def starts_page(text: str, table: Table) -> bool:
    """Whether `table` is the first thing on its page but for up to MAX_SKIPPED lines (a running header)."""
    span = table.report.get("text_span")
    return bool(span) and sum(1 for line in text[:span[0]].splitlines() if line.strip()) <= MAX_SKIPPED


# ---- a table a page cut ----------------------------------------------------------------------

def ending_tables(text: str, tables: list[Table]) -> list[list[Table]]:
    """The tables read from a page's lines (`spaced_tables`) that run to its end (nothing after
    them but up to MAX_SKIPPED lines that do not stop a table: a page's footer), grouped by the
    line they end on (two statements side by side end together), in reading order."""
    lines = _unstacked(text.splitlines())  # (a header at the foot printed a cell a line is one line again)
    starts = _line_starts(text.splitlines())
    groups: dict[int, list[Table]] = {}
    for t in tables:
        span = t.report.get("text_span")
        if t.source != "text" or not span:
            continue
        after = [line for k, line in enumerate(lines) if starts[k] >= span[1] and line.strip()]
        if len(after) <= MAX_SKIPPED and not any(_stops(line) for line in after):
            groups.setdefault(span[1], []).append(t)
    # a header left at the foot stands below every table's first line (a table's own header has its rows here)
    past = max((starts.index(t.report["text_span"][0]) + 1 for t in tables if t.report.get("text_span")), default=0)
    return list(groups.values()) + _header_at_foot(lines, past)


def _header_at_foot(lines: list[str], past: int) -> list[list[Table]]:
    """A header the page ends with, its rows all on the next page (a layout engine left it, and
    maybe its caption, at the page's foot) — of periods, or of periods over the words under each:
    as tables of a header alone, captioned (`report["header_only"]`), to head the rows the next
    page begins with. A row left under it (too few to make a table of their own: '2024Q1 … 2025Q2'
    over '营业收入 149.32 …', '环比 …' on the next page) goes with it, before those rows."""
    filled = [k for k, line in enumerate(lines) if line.strip() and k >= past]
    for k in reversed(filled[-1 - MAX_SKIPPED:]):
        over = _periods_over_words(lines, k)  # periods over the words under each ('2025E 2026E' over '调整前 …')
        if over is not None and _next_filled(lines, over[1] + 1) == len(lines):
            return [[Table(kind="other", page=0, columns=clean.column_names(over[0]), cells=[over[0]],
                           title=caption_above(lines, k), source="text", report={"header_only": True})]]
        peers = _peers_header(lines[k])
        if peers is not None and _next_filled(lines, k + 1) == len(lines):
            names, lead = peers  # a comparables header whose rows all went to the next page
            return [[Table(kind="other", page=0, columns=clean.column_names(names), cells=[names],
                           title=caption_above(lines, k), source="text", report={"header_only": True, "lead": lead})]]
        groups = _parted(_period_groups, lines[k])
        if groups:
            title = caption_above(lines, k)
            heads = [Table(kind="other", page=0, columns=clean.column_names([stub] + periods), cells=[[stub] + periods],
                           title=title, source="text", report={"header_only": True}) for stub, periods in groups]
            rows, _ = _rows_below(lines, k + 1, _row_reader(heads))  # a row left under it, too few for a table
            for g, head in enumerate(heads):
                head.cells += [row[g] for row in rows if len(row) > g]
            return [heads]
        if _stops(lines[k]):
            break
    return []


def _peers_header(line: str) -> Optional[tuple[list[str], int]]:
    """A comparables table's header line ('公司名称 股票代码 股价(元) EPS 2025E … PE 2026E'): its names and
    how many leading words (name, code) a row has before its figures — those before the first of
    two or more names of figures (股价, EPS, PE…). None for any other line."""
    words = _words(line)
    if len(words) < 3 or any(is_value(w) for w in words) or _SENTENCE_MARK.search(line) \
            or any(len(w) > MAX_NAME_CHARS for w in words):
        return None
    names = _names(words)
    figures = [k for k, name in enumerate(names) if _PEERS_FIGURE.match(name)]
    if len(figures) < 2 or not 0 < figures[0] or len(names) > MAX_NAMES:
        return None
    return names, figures[0]


def continued_tables(text: str, page: int, ending: list[list[Table]]) -> list[tuple[Table, Table]]:
    """The rows at the top of a page that go on with tables the page before ended with (its
    header printed once): after up to MAX_SKIPPED lines that are no rows (a running header),
    rows of the shape of the last group that ended the page — a label and as many figures as
    its periods, each run its own table's where tables stood side by side, or the leading
    words and figures of a table of names. Each part is a Table under the header it goes on
    with, paired with the table it continues."""
    if not ending:
        return []
    group = ending[-1]
    read_row = _row_reader(group)
    if read_row is None:
        return []
    original = text.splitlines()
    # (a wrapped label joined onto its row, line for line, as the page's own tables; two statements abreast
    # whose labels a text layer wrapped a line each set out in pairs again)
    width = len(group[0].cells[0]) - 1
    lines = _rejoined_labels(_unwrapped_top(original, width) if len(group) == 2 else original)
    starts = _line_starts(original)
    first, skipped = 0, 0
    while first < len(lines) and read_row(lines[first]) is None:
        if lines[first].strip():
            skipped += 1
            if skipped > MAX_SKIPPED or (_stops(lines[first]) and not _repeats_header(lines[first], group)):
                return []
        first += 1
    rows, end = _rows_below(lines, first, read_row)
    out = []
    for g, table in enumerate(group):
        body = [row[g] for row in rows if len(row) > g]
        if body:
            # (a header the page before ended with brings the rows left under it)
            cells = (table.cells if table.report.get("header_only") else table.cells[:1]) + body
            out.append((Table(kind="other", page=page, columns=clean.column_names(cells[0]),
                              rows=clean.rows_as_dicts(cells), cells=cells, title=None, source="text",
                              report={"text_span": _span(original, starts, first, end)}), table))
    return out


def _repeats_header(line: str, group: list[Table]) -> bool:
    """Whether `line` is the header of the tables of `group` printed again atop the page (a table's
    title row a word processor repeats): their periods, each table's, and no word but their names."""
    words = _words(line)
    periods = [w for w in words if is_period(w)]
    names = {c for t in group for c in t.cells[0][:1] if c}
    return periods == [c for t in group for c in t.cells[0][1:]] and all(w in names for w in words if not is_period(w))


def _row_reader(group: list[Table]):
    """Reads a line as a row of each table of `group` (a list of rows, one a table), or None."""
    header = group[0].cells[0]
    figures = len(header) - 1
    lead = group[0].report.get("lead")
    if len(group) == 1 and not group[0].cells[1:] and lead:  # a comparables header alone: rows of names and figures
        named = _named_row(lead, len(header))
        return lambda line: None if (row := named(line)) is None else [row]
    if len(group) > 1 or not group[0].cells[1:]:
        def runs(line: str):
            got = _parted(_label_runs, line, figures)
            return got if got and len(got) <= len(group) else None
        return runs
    first_row = group[0].cells[1]
    lead = next((k for k, c in enumerate(first_row) if c is not None and is_value(c)), len(first_row))
    if not 0 < lead < len(header):
        return None
    one = (lambda line: _one_run(line, figures)) if lead == 1 else _named_row(lead, len(header))

    def one_table(line: str):
        row = one(line)
        return None if row is None else [row]
    return one_table


# ---- periods across --------------------------------------------------------------------------

def _period_groups(words: list[str]) -> Optional[list[tuple[Optional[str], list[str]]]]:
    """A header line's groups: the words before each run of periods and the run ('利润表', [2023A…]);
    None unless the line ends in periods and every group has the same periods, two or more."""
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    for w in words:
        if is_period(w):
            groups[-1][1].append(w)
        elif groups[-1][1]:  # a word after periods: the next group's
            groups.append(([w], []))
        else:
            groups[-1][0].append(w)
    if any(not periods for _, periods in groups):
        return None
    first = groups[0][1]
    if len(first) < 2 or any(periods != first for _, periods in groups[1:]):
        return None
    return [(" ".join(stub) or None, periods) for stub, periods in groups]


def _label_runs(words: list[str], n: int) -> Optional[list[list[str]]]:
    """A row's runs of a label and n figures ('营业收入 1 2 3 流动资产 4 5 6'); None if the words
    are not such runs."""
    runs, k = [], 0
    while k < len(words):
        label = []
        while k < len(words) and not is_value(words[k]):
            label.append(words[k])
            k += 1
        figures = words[k:k + n]
        if not label or len(figures) < n or not all(is_value(f) for f in figures):
            return None
        k += n
        runs.append([" ".join(label)] + figures)
    return runs or None


def _across(lines: list[str], i: int) -> Optional[tuple[list[_Grid], int]]:
    groups = _parted(_period_groups, lines[i])
    if groups is None:
        return None
    n = len(groups[0][1])
    if len(groups) > 1:
        return _abreast(lines, i, groups)
    rows, end = _rows_below(lines, i + 1, lambda line: _one_run(line, n))
    stub, periods = groups[0]
    return ([_Grid([[stub] + periods] + rows, i, end)], end) if len(rows) >= 2 else None


def _segments(words: list[str], n: int) -> Optional[list[tuple[str, list]]]:
    """A line of tables side by side, left to right: ("row", label and n figures) and ("header",
    words and n periods) runs, and at its end words alone ("heading": a section's name or the
    caption of the table beside, 成长能力, 主要财务比率). None if the words are no such runs."""
    out, k = [], 0
    while k < len(words):
        label = []
        while k < len(words) and not is_value(words[k]) and not is_period(words[k]):
            label.append(words[k])
            k += 1
        run = words[k:k + n]
        if not run:
            if not out or not label:
                return None
            out.append(("heading", label))
            break
        if len(run) == n and all(is_period(w) for w in run):
            out.append(("header", [" ".join(label) or None] + run))
        elif label and len(run) == n and all(is_value(w) for w in run):
            out.append(("row", [" ".join(label)] + run))
        else:
            return None
        k += n
    return out or None


def _form(figures: list[str]) -> tuple[bool, int]:
    """How a row prints its figures: as percentages or not, and with how many decimals."""
    shown = [f for f in figures if any(ch.isdigit() for ch in f)]
    return (any(f.endswith("%") for f in shown),
            max((len(f.rstrip("%)").split(".")[1]) for f in shown if "." in f), default=0))


def _abreast(lines: list[str], i: int, groups) -> Optional[tuple[list[_Grid], int]]:
    """Tables side by side on the same lines, each run of a line its table's by its place (the
    first run the first's); a header in a run's place starts a new table there (a statements page
    sets four, two by two), and words alone at a line's end are a heading of the table beside. A
    line of one row, where one side has ended, is the side's whose rows print figures alike."""
    n = len(groups[0][1])
    slots = [_Grid([[stub] + periods], i, i + 1, k) for k, (stub, periods) in enumerate(groups)]
    done: list[_Grid] = []
    j, skipped = i + 1, 0
    while j < len(lines):
        runs = _parted(_segments, lines[j], n)
        if runs is None or len([r for r in runs if r[0] != "heading"]) > len(slots):
            if _stops(lines[j]) and not (runs and len(runs) <= len(slots)):
                break
            if lines[j].strip():
                skipped += 1
                if skipped > MAX_SKIPPED:
                    break
            j += 1
            continue
        skipped = 0
        if len(runs) == 1 and runs[0][0] == "row" and len(slots) > 1:
            # one row where tables stand side by side: either side's, the place says nothing —
            # the table whose last row prints its figures in the same form, else the first
            alike = [k for k, g in enumerate(slots) if len(g.cells) > 1 and _form(g.cells[-1][1:]) == _form(runs[0][1][1:])]
            runs = [("pad", None)] * (alike[0] if len(alike) == 1 else 0) + runs
        for k, (kind, cells) in enumerate(runs):
            if kind == "row":
                slots[k].cells.append(cells)
                slots[k].end = j + 1
            elif kind == "header":
                done.append(slots[k])
                slots[k] = _Grid([cells], j, j + 1, k)
        j += 1
    grids = [g for g in done + slots if len(g.cells) >= 3]
    return (sorted(grids, key=lambda g: (g.first, g.place)), max(g.end for g in grids)) if grids else None


# ---- periods over a second header line -------------------------------------------------------

def _over_words(lines: list[str], i: int) -> Optional[tuple[list[_Grid], int]]:
    found = _periods_over_words(lines, i)
    if found is None:
        return None
    header, under = found
    rows, end = _rows_below(lines, under + 1, lambda line: _one_run(line, len(header) - 1))
    return ([_Grid([header] + rows, i, end)], end) if rows else None


def _periods_over_words(lines: list[str], i: int) -> Optional[tuple[list, int]]:
    """A header of periods on line `i` over the same words under each ('2025E 2026E' over '调整前 调整后
    变动 调整前 调整后 变动'): its cells, each column named by its period and its word, and the words' line."""
    periods = _words(lines[i])
    # the words' line: the next with any (a header set again on one line leaves blanks: _unstacked)
    under = _next_filled(lines, i + 1)
    if not periods or not all(is_period(w) for w in periods) or under == len(lines):
        return None
    below = _words(lines[under])
    k = len(periods)
    if len(below) < 2 * k or len(below) % k or any(is_value(w) or is_period(w) for w in below):
        return None
    g = len(below) // k
    if any(below[j] != below[j % g] for j in range(len(below))):  # each period over the same words
        return None
    return [None] + [f"{periods[j // g]}{below[j]}" for j in range(len(below))], under


# ---- names across ------------------------------------------------------------------------------

def _names(words: list[str]) -> list[str]:
    """A header's names, a name and the period after it one ('EPS 2025E')."""
    out: list[str] = []
    for w in words:
        if is_period(w) and out and not is_period(out[-1]) and not any(is_period(p) for p in out[-1].split()):
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _lead_and_figures(words: list[str]) -> Optional[tuple[list[str], list[str]]]:
    """A row's leading words and the figures after them (no word after a figure)."""
    k = 0
    while k < len(words) and not is_value(words[k]):
        k += 1
    figures = words[k:]
    if not figures or not all(is_value(f) for f in figures):
        return None
    return words[:k], figures


def _named_row(lead: int, width: int):
    """Reads a line as a row of a table of names: `lead` words (a period; a company and its code)
    and figures, `width` cells in all; or a summary row (平均值 50.7 39.3), one word and fewer
    figures, which are the last columns'. None where the line is neither."""
    def read_row(line: str):
        got = _lead_and_figures(_words(line))
        if got is None:
            return None
        leading, figures = got
        if len(leading) == lead and len(figures) == width - lead:
            return leading + figures
        # a summary row: its figures the last (one only under a summary's name: '平均 3.0' of one column)
        if len(leading) == 1 and (2 <= len(figures) or _SUMMARY_LABEL.match(leading[0])) and len(figures) < width - lead:
            return leading + [None] * (width - 1 - len(figures)) + figures
        return None
    return read_row


def _names_across(lines: list[str], i: int) -> Optional[tuple[list[_Grid], int]]:
    words = _words(lines[i])
    if (len(words) < 3 or any(is_value(w) for w in words) or _SENTENCE_MARK.search(lines[i])
            or any(len(w) > MAX_NAME_CHARS for w in words) or i + 1 >= len(lines)):
        return None
    first = _lead_and_figures(_words(lines[i + 1]))
    if first is None or not first[0] or len(first[1]) < 2:
        return None
    lead, width = len(first[0]), len(first[0]) + len(first[1])
    for names in (words, _names(words)):
        if len(names) == width:
            header = names
            break
        if len(names) == width - 1:  # no name over the leading words
            header = [None] + names
            break
    else:
        return None
    if len(header) > MAX_NAMES:
        return None

    read_row = _named_row(lead, width)

    rows, end = _rows_below(lines, i + 1, read_row, header=lines[i])
    # one row is a table where the page ends under a comparables header (its other rows are on the
    # next page: `continued_tables`); a single row under any other header of names may be a sentence's words
    at_foot = all(not line.strip() for line in lines[end:]) and any(_PEERS_HEADER.search(w or "") for w in header)
    return ([_Grid([header] + rows, i, end)], end) if len(rows) >= 2 or (rows and at_foot) else None


# a comparables table's header word: its multiples, per-share figures, prices (the names of a column of
# figures), and codes (a row's leading words)
_PEERS_FIGURE_WORDS = "PE|P/E|PB|P/B|PS|EPS|BPS|市盈率|市净率|股价|收盘价|总市值|市值"
_PEERS_HEADER = re.compile(rf"^(?:{_PEERS_FIGURE_WORDS}|代码|股票代码)", re.I)
_PEERS_FIGURE = re.compile(rf"^(?:{_PEERS_FIGURE_WORDS})", re.I)


# ---- captions ----------------------------------------------------------------------------------

# a caption: a short line of its own, no cell of a table and no sentence ('利润表（百万元）', '### 表1：盈利预测')
_CAPTION = re.compile(r"[#*\s]*(?P<text>[^|。；;!！?？]{2,40}?)[*\s:：]*")
# a line that names only the unit a table's figures are in
_UNIT_LINE = re.compile(r"[（(]?\s*(?:金额)?(?:单位|币种)\s*[:：][^。；;]*")
# an annual report's tick boxes under a heading: whether the section applies
_TICK_BOXES = re.compile(r"[√□☑☐✓■\s]*适用[√□☑☐✓■\s]*(?:不适用)?[√□☑☐✓■\s]*")


def caption_above(lines: list[str], header: int) -> Optional[str]:
    """The caption a table is printed under: the nearest non-blank line above its header row,
    where it is short and no sentence — the statement it names (利润表) says what its rows are,
    as a PDF table's title does. A line that gives only the unit ('单位：千元 币种：人民币', as
    annual reports print under each heading) is read with the heading above it
    ('八、2024年分季度主要财务数据'), which names what the table is."""
    caption = _caption_line(lines, header)
    if caption is None or not _UNIT_LINE.fullmatch(caption[1]):
        return caption and caption[1]
    heading = _caption_line(lines, caption[0])
    if heading and _TICK_BOXES.fullmatch(heading[1]):
        heading = _caption_line(lines, heading[0])  # '√适用□不适用' between the heading and the unit
    return f"{heading[1]} {caption[1]}" if heading else caption[1]


def _caption_line(lines: list[str], below: int) -> Optional[tuple[int, str]]:
    """(index, text) of the nearest non-blank line in the three above line `below`, where it reads as a caption."""
    for i in range(below - 1, max(0, below - 3) - 1, -1):
        if lines[i].strip():
            m = _CAPTION.fullmatch(lines[i].strip())
            figures = _lead_and_figures(_words(lines[i]))
            if figures is not None and len(figures[1]) >= 2:  # the last row of a table above
                return None
            return (i, m.group("text").strip()) if m else None
    return None
