"""Check family: a figure defined as the difference or the ratio of two others the text states beside it
(data/identities.json), as population releases and yearbooks print them:

    '出生率为6.13‰,比上年下降0.62个千分点。…死亡率为8.38‰,比上年上升0.65个千分点。人口自然增长率为-2.25‰,
     比上年下降1.27个千分点'      6.13 − 8.38 = −2.25; and its change: −0.62 − 0.65 = −1.27
    '男性为1769.69万人,…女性为1696.30万人,…性别比(以女性为100,…)为104.33'      1769.69 ÷ 1696.30 × 100 = 104.33

In prose the inputs are the nearest figures before the result in its paragraph, named by their words, in the result's
unit (‰ or %) for a difference, in one unit for a ratio's two amounts; a change ('比上年下降0.62个千分点') is read
right after its level in the same clause. In a table, the rows so named give one check a figure column."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...document import Document
from ..checks import judge_formula, make, printed_cell, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

_RATE = rf"\s*(?:[（(][^()（）]{{0,30}}[)）])?\s*(?:为|是|达到?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>‰|%|％)"
_AMOUNT = rf"\s*(?:人口)?\s*(?:为|是|有|达到?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<scale>万|亿)?\s*(?P<unit>人|户|头|只)"
_RATIO = rf"\s*(?:[（(][^()（）]{{0,30}}[)）])?\s*(?:为|是)?\s*(?P<num>{SIGNED_NUM})(?!\s*[%％‰\d])"
# a change of a rate right after it in its clause: '比上年下降0.62个千分点', '比上年上升0.31个千分点'
_CHANGE = re.compile(r"[^，,。；;\n]{0,6}?[，,]?\s*(?:比|较)(?:上年|去年)(?:同期|末)?\s*(?P<dir>上升|提高|增加|下降|降低|减少)\s*"
                     r"(?P<num>\d+(?:\.\d+)?)\s*个?\s*(?:千分点|百分点)")
_FALLS = ("下降", "降低", "减少")


@lru_cache(maxsize=1)
def _identities() -> dict:
    return data_json("identities.json")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for paragraph in re.finditer(r"[^\n]+", page.text):
            for d in _identities()["differences"]:
                if d["result"] in paragraph.group(0):
                    out += _difference(page, paragraph, d)
            for r in _identities()["ratios"]:
                if r["result"] in paragraph.group(0):
                    out += _ratio(page, paragraph, r)
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        out += _in_table(table, k)
    return out


@lru_cache(maxsize=None)
def _named(words: str, figure: str) -> re.Pattern:
    """A figure named by `words` (`_RATE`, `_AMOUNT` or `_RATIO` after them)."""
    return re.compile(re.escape(words) + figure)


def _last(words: str, figure: str, text: str, start: int, end: int) -> Optional[re.Match]:
    """The last figure so named between `start` and `end`."""
    found = list(_named(words, figure).finditer(text, start, end))
    return found[-1] if found else None


def _difference(page, paragraph: re.Match, d: dict) -> list[dict]:
    text, start = page.text, paragraph.start()
    out = []
    for result in _named(d["result"], _RATE).finditer(text, start, paragraph.end()):
        minuend = _last(d["minuend"], _RATE, text, start, result.start())
        subtrahend = _last(d["subtrahend"], _RATE, text, start, result.start())
        if minuend is None or subtrahend is None or not (minuend.group("unit") == subtrahend.group("unit") == result.group("unit")):
            continue
        printed = figure_of(result.group("num"))
        verdict, exact = judge_formula(lambda a, b: a - b, [figure_of(minuend.group("num")), figure_of(subtrahend.group("num"))], printed)
        out.append(make(sentence_marked(text, result.span("num")), page.number,
                        f"{d['minuend']} {minuend.group('num')} − {d['subtrahend']} {subtrahend.group('num')}",
                        {d["minuend"]: figure_of(minuend.group("num")), d["subtrahend"]: figure_of(subtrahend.group("num"))},
                        printed, exact, result.group("unit"), verdict, f"{d['result']} = {d['minuend']} − {d['subtrahend']}",
                        cells=[("text", page.number, *result.span("num")), ("text", page.number, *minuend.span("num")),
                               ("text", page.number, *subtrahend.span("num"))]))
        changes = [_CHANGE.match(text, m.end()) for m in (result, minuend, subtrahend)]
        if all(changes):
            signed = [figure_of(c.group("num")).signed(-1 if c.group("dir") in _FALLS else 1) for c in changes]
            verdict, exact = judge_formula(lambda a, b: a - b, signed[1:], signed[0])
            out.append(make(sentence_marked(text, changes[0].span("num")), page.number,
                            f"{d['minuend']}'s change − {d['subtrahend']}'s change",
                            {d["minuend"]: signed[1], d["subtrahend"]: signed[2]}, signed[0], exact, "points", verdict,
                            "a difference's change is its terms' changes' difference",
                            cells=[("text", page.number, *c.span("num")) for c in changes]))
    return out


def _ratio(page, paragraph: re.Match, r: dict) -> list[dict]:
    text, start = page.text, paragraph.start()
    out = []
    for result in _named(r["result"], _RATIO).finditer(text, start, paragraph.end()):
        top = _last(r["numerator"], _AMOUNT, text, 0, result.start())
        bottom = _last(r["denominator"], _AMOUNT, text, 0, result.start())
        if top is None or bottom is None or (top.group("scale"), top.group("unit")) != (bottom.group("scale"), bottom.group("unit")):
            continue
        printed = figure_of(result.group("num"))
        times = r["times"]
        verdict, exact = judge_formula(lambda a, b: a / b * times, [figure_of(top.group("num")), figure_of(bottom.group("num"))], printed)
        out.append(make(sentence_marked(text, result.span("num")), page.number,
                        f"{r['numerator']} {top.group('num')} ÷ {r['denominator']} {bottom.group('num')} × {times}",
                        {r["numerator"]: figure_of(top.group("num")), r["denominator"]: figure_of(bottom.group("num"))},
                        printed, exact, None, verdict, f"{r['result']} = {r['numerator']} ÷ {r['denominator']} × {times}",
                        cells=[("text", page.number, *result.span("num")), ("text", page.number, *top.span("num")),
                               ("text", page.number, *bottom.span("num"))]))
    return out


def _in_table(table, k: int) -> list[dict]:
    """The same over a table's rows, column by column: the rows whose names hold the words."""
    if len(table.columns) < 2:
        return []
    label = table.columns[0]
    names = [re.sub(r"\s", "", str(row.get(label) or "")) for row in table.rows]

    def row_of(words: str, besides: Optional[int] = None) -> Optional[int]:
        found = [i for i, n in enumerate(names) if words in n and i != besides]
        return found[0] if len(found) == 1 else None

    out = []
    for kind, spec in [("difference", d) for d in _identities()["differences"]] + [("ratio", r) for r in _identities()["ratios"]]:
        a_words, b_words = (spec["minuend"], spec["subtrahend"]) if kind == "difference" else (spec["numerator"], spec["denominator"])
        result = row_of(spec["result"])
        # (an input's words may stand in the result's name: '人口性别比(以女性人口为100)')
        rows = [result, row_of(a_words, result), row_of(b_words, result)]
        if None in rows:
            continue
        result, a, b = rows
        for column in table.columns[1:]:
            cells = [printed_cell(table.rows[i].get(column))[0] for i in rows]
            if None in cells:
                continue
            if kind == "difference":
                fn, formula = (lambda x, y: x - y), f"{names[a]} − {names[b]}"
            else:
                times = spec["times"]
                fn, formula = (lambda x, y, t=times: x / y * t), f"{names[a]} ÷ {names[b]} × {times}"
            verdict, exact = judge_formula(fn, cells[1:], cells[0])
            out.append(make(f"{names[result]} {column} {table.rows[result].get(column)}", table.page, formula,
                            {names[a]: cells[1], names[b]: cells[2]}, cells[0], exact, None, verdict,
                            f"{spec['result']} from its rows", {"table": k, "row": names[result], "column": column},
                            cells=[("other", k, i, column) for i in rows]))
    return out
