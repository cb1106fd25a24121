"""Tables a PDF's text layer ran into one line: a header of period labels, then each row's
label followed by as many figures as there are periods, with no line breaks between rows and
often no spaces between figures ('公司盈利预测及估值指标2015A2016A2017E2018E2019E营业收入(百万元)
158,453146,173148,390178,906220,341增长率yoy%10.66%-7.75%1.52%20.56%23.16%…').

Figures run together split one way only when they share a form: each with thousands separators
('158,453146,173' is 158,453 and 146,173: a group after a comma has three digits), each a
percentage ('10.66%-7.75%'), or each with the same number of decimals ('2.761.581.80' is 2.76,
1.58, 1.80). A row is read only when exactly one form gives exactly as many figures as the header
has periods and ends where the next label begins; the first row that does not ends the table —
a wrong split would be a wrong figure, so no row is guessed."""
from __future__ import annotations

import re
from typing import Optional

from .. import clean
from ..document import Table

# a header: three to eight years marked actual or estimate, run together or spaced ('2015A2016A2017E')
_HEADER = re.compile(r"(?P<periods>(?:(?:19|20)\d{2}[AEFP][ \t]*){3,8})")
_PERIOD = re.compile(r"(?:19|20)\d{2}[AEFP]")
# a row's label: words, brackets and marks, no digit; it must name something (a Han character or a letter)
# (on the header's line: a table set one row a line is `ingest.spaced_tables`')
_LABEL = re.compile(r"[ \t]*(?P<label>[^\d\s+\-−][^\d\n]{0,23}?)[ \t]*(?=[-−+]?\d)")
# the forms run-together figures can share, each one figure
_FORMS = [r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?",   # thousands separated
          r"-?\d+(?:\.\d+)?%",                 # percentages
          *(rf"-?\d+\.\d{{{d}}}" for d in range(1, 5))]  # or the same number of decimals
# figures spaced out on the line, as many as the periods
_SPACED_FIGURE = r"[-−+]?[\d,]+(?:\.\d+)?%?"


def run_on_tables(text: str, page: int) -> list[Table]:
    tables = []
    for m in _HEADER.finditer(text):
        periods = _PERIOD.findall(m.group("periods"))
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
    m = re.search(r"([\u4e00-\u9fffA-Za-z()（）]{2,16})\s*$", text[max(0, start - 16):start])
    return m.group(1) if m else None


def _row(text: str, at: int, n: int) -> Optional[tuple[str, list[str], int]]:
    """The row at `at`: its label and its n figures, and where it ends; None if the text there
    is no such row, or its figures split more than one way."""
    m = _LABEL.match(text, at)
    if m is None or not re.search(r"[\u4e00-\u9fffA-Za-z]", m.group("label")):
        return None
    label, start = m.group("label").strip(), m.end()
    spaced = re.compile(rf"[ \t]*((?:{_SPACED_FIGURE}[ \t]+){{{n - 1}}}{_SPACED_FIGURE})(?![\d.,])").match(text, start)
    if spaced and len(spaced.group(1).split()) == n:
        return label, spaced.group(1).split(), spaced.end()
    runs = [(form, found) for form in _FORMS
            if (found := re.compile(rf"(?:{form}){{{n}}}(?![\d%])").match(text, start))]
    if len(runs) != 1:
        return None  # no form, or more than one, reads this run of digits
    ((form, run),) = runs
    return label, re.findall(form, run.group(0)), run.end()
