"""A Hong Kong results announcement's financial highlights (財務摘要), as a web copy flattens them,
given back as '|' rows. Every such announcement opens on the same table: a line item, this period,
the period a year before, the change — in % for the amounts, in points (個百分點) for the ratios
under their own heading (主要財務比率):

    財務摘要
    截至 3月 31日 2019年 1 2018年 2變動          (a footnote's mark glued to a year, to 變動)
    主要收益表項目 人民幣千元 人民幣千元 %
    收益
    20,712,027 20,149,781 +2.8
    主要財務比率
    % % 個百分點
    毛利率
    45.4 42.7 +2.7

is written back as

    主要收益表项目
    | 项目 | 2019年 | 2018年 | 变动 |
    | --- | --- | --- | --- |
    | 收益 | 20,712,027 | 20,149,781 | +2.8% |
    | 毛利率(%) | 45.4 | 42.7 | 增加2.7个百分点 |

which the table readers and the change-columns, margins and row checks read like any other. A
row is a name (its own line, or the start of the figures' line) and exactly three figures — the
two periods' and the change; anything else ends the table, so a wrong split never makes a row.
The periods are the first two years the header names; without two, nothing is written back."""
from __future__ import annotations

import re

from .keydata import written_back

_HEADING = re.compile(r"[财財][务務]摘要[ \t]*\n")
# the header's lines before the first row: the years, the units, 变动 (a footnote's digit may be glued to a word)
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_FIGURE = r"[+\-−]?\(?\d[\d,]*(?:\.\d+)?\)?"
# a row's figures on one line, a footnote's mark maybe before them ('3 5,440,400 5,109,049 +6.5')
_FIGURES = re.compile(rf"^\s*(?:\d\s+(?=\d[\d,]{{4,}}))?(?P<a>{_FIGURE})\s+(?P<b>{_FIGURE})\s+(?P<c>{_FIGURE})\s*%?\s*$")
# a row's name: words, brackets ('營運利潤(剔除其他收入與其他收益淨額)'), no figure (on a line of its own, a comma too)
_NAME_CHARS = r"\u4e00-\u9fff()（）、/及與与和"
_NAME = re.compile(rf"^\s*(?P<name>[\u4e00-\u9fff][{_NAME_CHARS},，]{{1,40}})\s*$")
# the same name and figures on one line
_NAMED_FIGURES = re.compile(rf"^\s*(?P<name>[\u4e00-\u9fff][{_NAME_CHARS}]{{1,40}}?)\s+(?P<a>{_FIGURE})\s+(?P<b>{_FIGURE})"
                            rf"\s+(?P<c>{_FIGURE})\s*%?\s*$")
# a heading in the table: the ratios' ('主要財務比率'), whose changes are in points from there on
_RATIOS_HEADING = re.compile(r"比率|個百分點|个百分点")
# header words a line of the header (or a heading inside the table) may hold
_HEADER_WORDS = re.compile(r"年|月|日|截至|止|人民[币幣]|千元|百万|百萬|%|[变變][动動]|增减|增減|[经經]审核|[经經]審核|重列|項目|项目|比率|百分[点點]")
MOST_HEADER_LINES = 16


def unflatten(page: str) -> str:
    """The page with each flattened highlights table written back as '|' rows."""
    return written_back(page, _tables(page))


def _tables(page: str):
    for heading in _HEADING.finditer(page):
        lines = page[heading.end():].split("\n")
        header, k = [], 0
        while k < len(lines) and k < MOST_HEADER_LINES and not _row_at(lines, k):
            header.append(lines[k])
            k += 1
        years = list(dict.fromkeys(_YEAR.findall(" ".join(header))))
        if len(years) < 2 or not re.search(r"[变變][动動]|增减|增減", " ".join(header)):
            continue
        rows, in_points, end_line = [], False, k
        while k < len(lines):
            row = _row_at(lines, k)
            if row is not None:
                name, a, b, c, used = row
                rows.append(_cells(name, a, b, c, in_points))
                k += used
                end_line = k
                continue
            line = lines[k].strip()
            if line and (len(line) > 40 or not _HEADER_WORDS.search(line)) and not re.fullmatch(r"[%\s]+", line):
                break  # the table is over: a note, a paragraph
            if _RATIOS_HEADING.search(line):
                in_points = True
            k += 1
        if len(rows) < 2:
            continue
        # (captioned as the announcement names its items, 主要收益表项目: the income statement's lines, 收益 its revenue)
        table = ["主要收益表项目", f"| 项目 | {years[0]}年 | {years[1]}年 | 变动 |", "| --- | --- | --- | --- |"] + rows
        start = heading.end()
        end = start + sum(len(line) + 1 for line in lines[:end_line])
        yield start, min(end, len(page)), "\n".join(table)


def _row_at(lines: list[str], k: int):
    """(name, a, b, change, lines used) of the row at line k: a name line then a figures line, or both on one."""
    one = _NAMED_FIGURES.match(lines[k])
    if one:
        return one.group("name"), one.group("a"), one.group("b"), one.group("c"), 1
    name = _NAME.match(lines[k])
    figures = _FIGURES.match(lines[k + 1]) if name and k + 1 < len(lines) else None
    if figures:
        return name.group("name"), figures.group("a"), figures.group("b"), figures.group("c"), 2
    return None


def _cells(name: str, a: str, b: str, change: str, in_points: bool) -> str:
    if in_points:
        size = change.lstrip("+-−")
        moved = f"减少{size}个百分点" if change.startswith(("-", "−")) else f"增加{size}个百分点"
        return f"| {name}(%) | {a} | {b} | {moved} |"
    return f"| {name} | {a} | {b} | {change}% |"
