"""Tables a PDF's text layer ran into one line: a header of period labels, then each row's
label followed by as many figures as there are periods, with no line breaks between rows and
often no spaces between figures ('公司盈利预测及估值指标2015A2016A2017E2018E2019E营业收入(百万元)
158,453146,173148,390178,906220,341增长率yoy%10.66%-7.75%1.52%20.56%23.16%…').

Figures run together split one way only when they share a form: each with thousands separators
('158,453146,173' is 158,453 and 146,173: a group after a comma has three digits), each a
percentage ('10.66%-7.75%'), or each with the same number of decimals ('2.761.581.80' is 2.76,
1.58, 1.80). A row is read only when exactly one form gives exactly as many figures as the header
has periods and ends where the next label begins; the first row that does not ends the table —
a wrong split would be a wrong figure, so no row is guessed.

A comparables table run into one line (`run_on_peers`) has a header of its own: the company
column's word, the measures, then the years under the measures printed for several years, as
many times as there are such measures ('简称 股价(元) EPS PE PB 评级 2018 2019 2020E 2021E 2018
2019 2020E 2021E 中国神华 16.17 2.21 2.17 …'). Which measures take the years is known for a
price (one figure) and for EPS and PE (one a year); a measure that may be either (PB, BPS) takes
them only where the count of year groups leaves one way to read it. Each row is a company's name
and that many spaced figures (and its rating, where the header has one); the first row that is
not ends the table."""
from __future__ import annotations

import re
from typing import Optional

from .. import clean
from ..document import Table
from ..meta import RATING_WORDS
from ..periods import MONTH_YEAR

# a header: three to eight years marked actual or estimate, run together or spaced ('2015A2016A2017E')
# (or by the month a fiscal year closes, as Hong Kong brokers print it in English: 'Dec-24A Dec-25E Dec-26E')
_PERIOD = re.compile(rf"(?:19|20)\d{{2}}[AEFP]|{MONTH_YEAR}[AEFP]")
# (the actual year may lead unmarked: '会计年度 2019 2020E 2021E 2022E')
# (or by the dates the reports close, run together, as a data site's digest prints its tables:
# '项目202306302024063020250630归母净利润(元)7.68亿8.64亿7.33亿归母净利润增速16.29%12.48%-15.2%')
_REPORT_END = r"(?:19|20)\d{2}(?:0331|0630|0930|1231)"
# (two or three actual years may lead unmarked: '项目 2022 2023 2024E 2025E 2026E')
_HEADER = re.compile(rf"(?P<periods>(?:(?:19|20)\d{{2}}[ \t]+(?=(?:(?:19|20)\d{{2}}[ \t]+){{0,2}}(?:19|20)\d{{2}}[AEFP])){{0,3}}"
                     rf"(?:(?:{_PERIOD.pattern})[ \t]*){{3,8}}"
                     rf"|(?:{_REPORT_END}){{3,8}}(?!\d))")
_HEADER_PERIOD = re.compile(rf"{_REPORT_END}|{_PERIOD.pattern}|(?:19|20)\d{{2}}")
# a row's label: words, brackets and marks, no digit; it must name something (a Han character or a letter)
# (on the header's line: a table set one row a line is `read.spaced`')
# (or a dash standing for a figure not given: '同比(%) - 53.53% 16.87%')
_LABEL = re.compile(r"[ \t]*(?P<label>[^\d\s+\-−][^\d\n]{0,23}?)[ \t]*(?=[-−+]?\d|(?:--?|—)[ \t]+[-−+]?\d)")
# the forms run-together figures can share, each one figure
_FORMS = [r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?",   # thousands separated
          r"-?\d+(?:\.\d+)?%",                 # percentages
          *(rf"-?\d+\.\d{{{d}}}" for d in range(1, 5)),  # or the same number of decimals
          r"-?\d+(?:\.\d+)?(?:亿|万)"]        # or each with its unit ('7.68亿8.64亿7.33亿')
# figures spaced out on the line, as many as the periods
# (a dash is a cell with no figure: the first year's growth, a ratio not given)
_SPACED_FIGURE = r"(?:[-−+]?[\d,]+(?:\.\d+)?%?|--?|—)"


def run_on_tables(text: str, page: int) -> list[Table]:
    tables = []
    for m in _HEADER.finditer(text):
        # (a report's closing date run together is written as dates are elsewhere: '20250630' → '2025-06-30')
        periods = [re.sub(r"^(\d{4})(\d\d)(\d\d)$", r"\1-\2-\3", p) for p in _HEADER_PERIOD.findall(m.group("periods"))]
        rows, at = [], m.end()
        while True:
            row = _row(text, at, len(periods))
            if row is None:
                break
            label, figures, at = row
            rows.append([label] + figures)
        if len(rows) >= 2:
            head = _header_label(text, m.start())
            cells = [[head] + periods] + rows
            # where the table's text is, so that no family reads its rows as sentences
            tables.append(Table(kind="other", page=page, columns=clean.column_names(cells[0]),
                                rows=clean.rows_as_dicts(cells), cells=cells, title=head, source="text",
                                report={"text_span": [m.start(), at]}))
    return tables


def _header_label(text: str, start: int) -> Optional[str]:
    """The words just before the header's periods ('公司盈利预测及估值指标'), as its first cell."""
    # (a unit in English is two words: 'Rmb mn', 'HK$ mn')
    m = re.search(r"([A-Za-z$]{2,4}[ \t]+(?:mn|bn|m|k)|[\u4e00-\u9fffA-Za-z()（）]{2,16})\s*$",
                  text[max(0, start - 16):start])
    return m.group(1) if m else None


def _row(text: str, at: int, n: int) -> Optional[tuple[str, list[str], int]]:
    """The row at `at`: its label and its n figures, and where it ends; None if the text there
    is no such row, or its figures split more than one way."""
    m = _LABEL.match(text, at)
    if m is None or not re.search(r"[\u4e00-\u9fffA-Za-z]", m.group("label")):
        return None
    # (a label opens with no percent sign: one there is the row before's, wrapped after its last figure —
    # '归母净利润增长率 201.58 21.16% … 19.36% % 摊薄每股收益(元) 0.421 …')
    label, start = re.sub(r"^%[ \t]+", "", m.group("label").strip()), m.end()
    spaced = re.compile(rf"[ \t]*((?:{_SPACED_FIGURE}[ \t]+){{{n - 1}}}{_SPACED_FIGURE})(?![\d.,])").match(text, start)
    if spaced and len(spaced.group(1).split()) == n:
        return label, spaced.group(1).split(), spaced.end()
    runs = [(form, found) for form in _FORMS
            if (found := re.compile(rf"(?:{form}){{{n}}}(?![\d%])").match(text, start))]
    if len(runs) != 1:
        return None  # no form, or more than one, reads this run of digits
    ((form, run),) = runs
    return label, re.findall(form, run.group(0)), run.end()


# the company column's word, opening a comparables header
_PEER_STUB = re.compile(r"(?:证券简称|公司简称|公司名称|股票简称|简称|名称|公司)(?=[ \t])")
# the measures a comparables header names, each with its unit in brackets if any ('股价 (元 )')
_UNIT_BRACKET = r"(?:[ \t]*[（(][^（）()\d]{0,6}[)）])?"
_ONE_FIGURE = r"股价|收盘价|现价|总市值|市值"               # printed once, whatever the years
_A_YEAR = r"EPS|每股收益|PE|P/E|市盈率|ROE|净利润|归母净利润|营业收入|营收"  # printed once a year
_EITHER = r"PB|P/B|市净率|BPS|每股净资产"                  # either, as the count of figures says
_WORDS = r"评级|投资评级"                                   # a word, not a figure
_MEASURE = re.compile(rf"[ \t]*(?P<name>{_ONE_FIGURE}|{_A_YEAR}|{_EITHER}|{_WORDS})(?![A-Za-z]){_UNIT_BRACKET}")
_YEAR = re.compile(r"[ \t]*((?:19|20)\d{2}[AEFP]?)(?![\d.])")
# a peer's rating, where the header has a 评级 column: the words a report rates with, a comparables
# table's 持有 and 未评级 besides, or a dash where it has none
_RATING_CELL = re.compile(rf"[ \t]+(?P<word>强烈推荐|{RATING_WORDS}|持有|未评级|--|-|—)(?=[ \t]|$)")
# a peer's name: words, no figure ('中国神华', '*ST煤业', 'ST-A'), and a cell that is no figure
_PEER_NAME = re.compile(r"[ \t]*(?P<name>[\u4e00-\u9fffA-Za-z*][\u4e00-\u9fffA-Za-z0-9*\-]{1,11})(?=[ \t])")
_PEER_CELL = re.compile(r"[ \t]+(?P<cell>-?\d[\d,]*(?:\.\d+)?%?|-|--|—|NA|N/A|NM|N\.M\.)(?=[ \t]|$)")


def run_on_peers(text: str, page: int) -> list[Table]:
    """The comparables tables run into the page's text (see the module's note)."""
    tables = []
    for stub in _PEER_STUB.finditer(text):
        header = _peer_header(text, stub.end())
        if header is None:
            continue
        names, years, at = header
        rows = []
        while (row := _peer_row(text, at, names, len(years))) is not None:
            cells, at = row
            rows.append(cells)
        if len(rows) >= 2:
            # singles first, then each yearly measure over its years: the stub is the name and the
            # one-figure measures, as a comparables table's normalizer reads a stub
            singles = [i for i, (_, yearly, _) in enumerate(names) if not yearly]
            yearly = [i for i, (_, y, _) in enumerate(names) if y]
            head = [stub.group(0)] + [names[i][0] for i in singles] + [
                f"{names[i][0]} {y}" for i in yearly for y in years]
            body = [[r[0]] + [r[1][i] for i in singles] + [c for i in yearly for c in r[1][i]] for r in rows]
            cells = [head] + body
            tables.append(Table(kind="other", page=page, columns=clean.column_names(head),
                                rows=clean.rows_as_dicts(cells), cells=cells, title=None, source="text",
                                report={"text_span": [stub.start(), at]}))
    return tables


def _peer_header(text: str, at: int) -> Optional[tuple[list[tuple[str, bool, bool]], list[str], int]]:
    """The measures after a comparables stub, each with whether it is printed once a year and
    whether it is a word (a rating), the years, and where the header ends; None if the words
    there are no such header or can be read more than one way."""
    measures, kind = [], []
    while (m := _MEASURE.match(text, at)) is not None:
        measures.append(re.sub(r"[ \t]", "", m.group(0)))
        kind.append(_kind(m.group("name")))
        at = m.end()
    printed = []
    while (y := _YEAR.match(text, at)) is not None:
        printed.append(y.group(1))
        at = y.end()
    if len(measures) < 2 or len(printed) < 2:
        return None
    # the years, printed once under each yearly measure: '2018 2019 2020E 2021E 2018 2019 …'
    groups = max(k for k in range(1, len(printed) // 2 + 1) if len(printed) % k == 0
                 and printed == printed[:len(printed) // k] * k)
    years = printed[:len(printed) // groups]
    sure = kind.count("year")
    either = kind.count("either")
    if sure == groups:
        yearly = [k == "year" for k in kind]
    elif sure + either == groups:
        yearly = [k in ("year", "either") for k in kind]
    else:
        return None  # the years go under measures the header does not say which
    return [(m, y, k == "word") for m, y, k in zip(measures, yearly, kind)], years, at


def _kind(name: str) -> str:
    """'one', 'year', 'either' or 'word': how many figures a measure of the header prints."""
    return next(kind for kind, words in (("year", _A_YEAR), ("either", _EITHER), ("word", _WORDS), ("one", _ONE_FIGURE))
                if re.fullmatch(words, name))


def _peer_row(text: str, at: int, names: list[tuple[str, bool, bool]], years: int) -> Optional[tuple[list, int]]:
    """A peer's row at `at`: its name and each measure's cells (a list of `years` for a yearly
    one), and where it ends; None if the text there is no such row."""
    m = _PEER_NAME.match(text, at)
    if m is None or not re.search(r"[\u4e00-\u9fffA-Za-z]", m.group("name")):
        return None
    at, values = m.end(), []
    for _, yearly, word_cell in names:
        if word_cell:
            word = _RATING_CELL.match(text, at)
            if word is None:
                return None
            values.append(word.group("word"))
            at = word.end()
            continue
        cells = []
        for _ in range(years if yearly else 1):
            c = _PEER_CELL.match(text, at)
            if c is None:
                return None
            cells.append(c.group("cell"))
            at = c.end()
        values.append(cells if yearly else cells[0])
    return [m.group("name"), values], at
