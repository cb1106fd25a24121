"""The key-data table of an A-share periodic report (主要会计数据和财务指标), as a web copy flattens it,
given back its rows. Every quarterly report prints it in the same two parts, by the exchanges' rules:

    项目 | 本报告期 | 本报告期比上年同期增减变动幅度(%) | 年初至报告期末 | 年初至报告期末比上年同期增减变动幅度(%)
    营业收入 | 8,611,365,102.99 | 11.35 | 31,357,599,777.43 | 17.25
    …
    | 本报告期末 | 上年度末 | 本报告期末比上年度末增减变动幅度(%)
    总资产 | 49,738,127,636.80 | 44,095,837,995.19 | 12.80

Copied out of the PDF, the cells lose their breaks: a row on one line with its figures glued
('营业收入8,611,365,102.9911.3531,357,599,777.4317.25'), the whole table on one line with spaces, '|'
rows run together with a header wrapped inside its cells, or a header whose wrapped cells were set
line by line ('增减变动幅 本报告期末 上年度末 度(%)'). The header's words say which cell is an amount
and which a change, so the figures split one way: an amount keeps its thousands separators and the
row's decimals (two, or none for a table in 千元/百万元), a change the table's decimals (one or two:
whichever splits the more rows); a cell may also be 不适用, a dash, or a change in points
('减少3.85个百分点'). A row whose figures split more than one way, or none, is left out — a wrong split
would be a wrong figure. A name the copy wrapped around its figures ('归属于母公司 … 所有者的净利润')
is mended only where the halves make a standard row's name (data/keydata_rows.json). The table is
written back as '|' rows, one a line, which the table readers and the change-columns check read
like any other (and `row_ratios`, its '研发投入占营业收入的比例')."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import data_json

# the two headers, by their words in order with anything between them (a copy wraps a header's cells
# anywhere: '本报告期比 上年同期增 减变动幅度 (%)')
_GAP = r"[\s|]*"


def _words(*parts: str) -> str:
    """A header's words, each character allowed to stand apart from the next."""
    return _GAP.join(_GAP.join(map(re.escape, word)) for word in parts)


# (the Shenzhen exchange's header says 增减 alone, its changes printed with '%': '本报告期末比上年度末增减' over '2.69%')
_CHANGE_WORDS = _words("增减") + rf"(?:{_GAP}" + _words("变动幅度") + rf")?{_GAP}(?:[(（]{_GAP}%{_GAP}[)）])?"
_PERIOD_HEADER = re.compile(rf"(?:{_words('项目')})?" + _GAP + _words("本报告期") + _GAP + _words("本报告期比上年同期")
                            + _GAP + _CHANGE_WORDS + _GAP + _words("年初至报告期末") + _GAP
                            + _words("年初至报告期末比上年同期") + _GAP + _CHANGE_WORDS)
# a first quarter's report (or a quarter's operating data) prints the period beside the year before: '项目 | 本报告期 |
# 上年同期(数) | 本报告期比上年同期增减变动幅度(%)', its period's months in brackets anywhere in the wrapped header ('(1-3 月)')
_MONTHS = rf"(?:[(（][^()（）\n]{{1,10}}[)）]{_GAP})?"
_QUARTER_HEADER = re.compile(rf"(?:{_words('项目')})?" + _GAP + _words("本报告期") + _GAP + _MONTHS + _words("上年同期")
                             + rf"(?:{_GAP}数)?" + _GAP + _MONTHS + _words("本报告期比上年同期") + _GAP + _MONTHS
                             + _words("增减") + _GAP + _MONTHS + _words("变动幅度") + rf"{_GAP}(?:[(（]{_GAP}%{_GAP}[)）])?")
_BALANCE_HEADER = re.compile(_words("本报告期末") + _GAP + _words("上年度末") + _GAP + _words("本报告期末比上年度末")
                             + _GAP + _CHANGE_WORDS)
# the same headers as a copy prints cells wrapped over lines and set at their middles: each line's pieces in turn
# ('年初至报告期 本报告期比上 年初至报告 末比上年同期 项目 本报告期 年同期增减变 期末 增减变动幅度 动幅度(%) (%)',
# '增减变动幅 本报告期末 上年度末 度(%)'): read from the words that stay whole to the last '(%)'
_PERIOD_HEADER_WRAPPED = re.compile(r"项目\s*本报告期\s+(?:[^\d\n|]{0,40}?[(（]\s*%\s*[)）]\s*){2}")
_BALANCE_HEADER_WRAPPED = re.compile(r"(?:增减变动幅?\s*)?本报告期末\s*上年度末\s*[^\d\n|]{0,20}?[(（]\s*%\s*[)）]")
AMOUNT, CHANGE = "amount", "change"
# the cells each header's rows hold, in order
_KINDS = {"period": [AMOUNT, CHANGE, AMOUNT, CHANGE], "balance": [AMOUNT, AMOUNT, CHANGE], "quarter": [AMOUNT, AMOUNT, CHANGE]}
_COLUMNS = {"period": ["项目", "本报告期", "本报告期比上年同期增减变动幅度(%)", "年初至报告期末",
                       "年初至报告期末比上年同期增减变动幅度(%)"],
            "balance": ["项目", "本报告期末", "上年度末", "本报告期末比上年度末增减变动幅度(%)"],
            "quarter": ["项目", "本报告期", "上年同期", "本报告期比上年同期增减变动幅度(%)"]}
# where a table's rows stop: its note, the next part of the report, a sentence's end
_END = re.compile(r"注\s*[:：]|[(（]\s*[二三四]\s*[)）]|[二三四]\s*、|。")
# a row's name: words and bracketed units ('基本每股收益(元/股)', '加权平均净资产收益率(%)'), wrapped anywhere
_NAME = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[\s|]+(?=[\u4e00-\u9fff(（])|[(（][^()（）\d\s]{0,6}[)）])*")
# the cells of words, as marks that are no words while names are found, and back: 不适用, a change in
# points ('增加 0.23个\n百分点' → '▲0.23pp'), a dash (only a cell of its own, never glued: '-18.0' is a fall)
_NOT_APPLICABLE = "∅"
_POINTS = re.compile(r"(增加|减少)?\s*(-?\d+(?:\.\d+)?)\s*个\s*百\s*分\s*点")
_UP_DOWN = {"增加": "▲", "减少": "▼", None: ""}
_WORDS_BACK = (("∅", "不适用"), ("▲", "增加"), ("▼", "减少"), ("pp", "个百分点"))
_DASH = r"[-—–－]"


def unflatten(page: str) -> str:
    """The page with each flattened key-data table written back as '|' rows."""
    return written_back(page, _tables(page))


def written_back(page: str, tables) -> str:
    """The page with each (start, end, '|' rows) of `tables` in place of the text it was read from."""
    out, at = [], 0
    for start, end, table in tables:
        out += [page[at:start], "\n" + table + "\n"]
        at = end
    return "".join(out + [page[at:]]) if out else page


def _tables(page: str):
    """(start, end, '|' rows) of each key-data table whose rows could be read."""
    found = [(m, "period") for m in _PERIOD_HEADER.finditer(page)] + [(m, "balance") for m in _BALANCE_HEADER.finditer(page)]
    found += [(m, "quarter") for m in _QUARTER_HEADER.finditer(page)]
    # (a wrapped header where no whole one is: the period one only where its other words stand just before it)
    found += [(m, "period") for m in _PERIOD_HEADER_WRAPPED.finditer(page) if "年初至报告" in page[max(0, m.start() - 80):m.end()]]
    found += [(m, "balance") for m in _BALANCE_HEADER_WRAPPED.finditer(page)]
    headers: list = []
    for m, kind in sorted(found, key=lambda h: (h[0].start(), -h[0].end())):
        if not any(m.start() < h.end() and h.start() < m.end() for h, _ in headers):
            headers.append((m, kind))
    for i, (m, kind) in enumerate(headers):
        stop = headers[i + 1][0].start() if i + 1 < len(headers) else len(page)
        end_mark = _END.search(page, m.end(), stop)
        end = end_mark.start() if end_mark else stop
        rows = _rows(page[m.end():end], _KINDS[kind])
        if rows:
            lines = [_pipe(_COLUMNS[kind]), _pipe(["---"] * len(_COLUMNS[kind]))] + [_pipe(r) for r in rows]
            start = m.start()
            while start > 0 and page[start - 1] in "| \t":  # (a '|' row's empty first cell goes with it)
                start -= 1
            yield start, end, "\n".join(lines)


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _rows(block: str, kinds: list[str]) -> list[list[str]]:
    """Each row's name and cells, where its figures split one way; the change decimals that read the
    most rows (a tie: two) are the table's."""
    block = _POINTS.sub(lambda p: f"{_UP_DOWN[p.group(1)]}{p.group(2)}pp", block.replace("不适用", _NOT_APPLICABLE))
    pieces = []  # (name, the figures after it)
    names = list(_NAME.finditer(block))
    for j, n in enumerate(names):
        figures = block[n.end(): names[j + 1].start() if j + 1 < len(names) else len(block)]
        name = n.group(0).strip()
        # a name the copy wrapped after its row's figures: its first line (or word, a copy that set the cell's lines
        # on one) ends the row before's name
        head, tail = (re.split(r"\s+", name, maxsplit=1) + [""])[:2]
        if tail and pieces and _joined(pieces[-1][0] + head) in _known_rows():
            pieces[-1] = (pieces[-1][0] + head, pieces[-1][1])
            name = tail
        pieces.append((name, figures))
    pieces = [(_joined(name), figures) for name, figures in pieces]
    best: list[list[str]] = []
    for decimals in (2, 1):
        rows = []
        for name, figures in pieces:
            cells = _split(figures, kinds, decimals)
            if cells is not None:
                rows.append([name] + [_words_back(c) for c in cells])
        if len(rows) > len(best):
            best = rows
    return best


def _joined(name: str) -> str:
    return re.sub(r"[\s|]+", "", name)


@lru_cache(maxsize=1)
def _known_rows() -> frozenset[str]:
    return frozenset(data_json("keydata_rows.json")["rows"])


def _words_back(cell: str) -> str:
    for mark, words in _WORDS_BACK:
        cell = cell.replace(mark, words)
    return cell


def _split(figures: str, kinds: list[str], change_decimals: int) -> Optional[list[str]]:
    """The row's cells, where its figures split into `kinds` one way only."""
    chunks = [c for c in re.split(r"[\s|]+", figures) if c]
    if not chunks:
        return None
    found: list[list[str]] = []
    for amount_decimals in (2, 0):
        found += [w for w in _ways(chunks, kinds, amount_decimals, change_decimals) if w not in found]
    return found[0] if len(found) == 1 else None


def _ways(chunks: list[str], kinds: list[str], amount_decimals: int, change_decimals: int) -> list[list[str]]:
    """Every way the chunks (spaced apart) split into cells of the kinds in order."""
    if not chunks:
        return [[]] if not kinds else []
    out = []
    for first in _chunk_ways(chunks[0], kinds, amount_decimals, change_decimals):
        out += [first + rest for rest in _ways(chunks[1:], kinds[len(first):], amount_decimals, change_decimals)]
    return out


def _cell(kind: str, glued: bool, amount_decimals: int, change_decimals: int) -> str:
    """A cell of the kind: spaced apart, any figure of its form; glued to others, only with the
    table's decimals (that is what makes the split one way)."""
    if kind == AMOUNT:
        point = rf"\.\d{{{amount_decimals}}}" if amount_decimals else ""
        figure = rf"\(?-?\d{{1,3}}(?:,\d{{3}})*{point}\)?" if glued else r"\(?-?\d[\d,]*(?:\.\d+)?\)?"
        return rf"(?:{figure}|{_NOT_APPLICABLE})" if glued else rf"(?:{figure}|{_NOT_APPLICABLE}|{_DASH})"
    figure = rf"\(?-?\d+\.\d{{{change_decimals}}}\)?%?" if glued else r"\(?-?\d+(?:\.\d+)?\)?%?"
    points = r"[▲▼]?-?\d+(?:\.\d+)?pp"
    return rf"(?:{figure}|{_NOT_APPLICABLE}|{points})" if glued else rf"(?:{figure}|{_NOT_APPLICABLE}|{_DASH}|{points})"


def _chunk_ways(chunk: str, kinds: list[str], amount_decimals: int, change_decimals: int) -> list[list[str]]:
    """Every way one chunk is the next one or more cells."""
    out = []
    for n in range(1, len(kinds) + 1):
        out += _glued(chunk, kinds[:n], n > 1, amount_decimals, change_decimals)
    return out


def _glued(text: str, kinds: list[str], glued: bool, amount_decimals: int, change_decimals: int) -> list[list[str]]:
    """Every way `text` is exactly the cells of `kinds`, one after another."""
    if not kinds:
        return [[]] if not text else []
    cell = re.compile(_cell(kinds[0], glued, amount_decimals, change_decimals))
    out = []
    for end in range(1, len(text) + 1):
        if cell.fullmatch(text, 0, end):
            out += [[text[:end]] + rest for rest in _glued(text[end:], kinds[1:], glued, amount_decimals, change_decimals)]
    return out
