"""Check family: a spread between two rates a text states before it ('M1≈8.6%,M2≈5.6%,M1–M2差值≈3.0%',
'M1同比增长5.6%…M2同比增长8.8%…M1-M2剪刀差为-3.2个百分点', '10年期国债收益率1.75%…1年期1.40%…10Y-1Y利差35bp'):
the first named less the second, in points (or basis points where the spread is printed in bp). Each
rate is the last stated before the spread of the series its name names — the percent in the name's
own clause or the clause right after it ('M2余额329.94万亿元,同比增长8.8%'). A spread printed as a
size with no sign ('倒挂1.5%', a '差值' of a pair in either order) is judged on the size; a spread whose
rates the text does not state is not judged."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import CLAUSE_BREAK, SENTENCE_BREAK, judge_formula, make, sentence_marked

_FIGURE = r"\d+(?:\.\d+)?"
_SERIES = r"[A-Za-z0-9]{1,6}|[\u4e00-\u9fff]{2,6}"
# 'M1–M2差值≈3.0%', 'M1-M2剪刀差为-3.2个百分点', '10Y-1Y利差35bp', 'PPI与CPI剪刀差为2.1个百分点'
_SPREAD = re.compile(rf"(?<![A-Za-z0-9\u4e00-\u9fff])(?P<x>{_SERIES})\s*(?:[-–—－]|与|和)\s*(?P<y>{_SERIES})\s*(?:同比)?\s*(?:增速)?\s*"
                     rf"(?P<word>剪刀差|差值|利差|之差|倒挂)\s*(?:为|是|≈|约|达|扩大至|收窄至|走阔至|缩小至)?\s*"
                     rf"(?P<sign>[-−])?(?P<num>{_FIGURE})\s*(?P<unit>%|个百分点|pct|pp|bp|BP|bps)")
# a rate after its series' name: '≈8.6%', '同比增长8.8%', '国债收益率为1.75%'
_RATE_AFTER = re.compile(rf"\s*(?:[(（][^)）]{{0,8}}[)）])?\s*[\u4e00-\u9fff]{{0,6}}?\s*(?:增长|增速为?|上涨|下降|为|≈|约|达|报)?\s*"
                         rf"(?P<sign>[-−])?(?P<num>{_FIGURE})\s*%")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for m in _SPREAD.finditer(page.text):
            x, y = _rate(page.text, m.group("x"), m.start()), _rate(page.text, m.group("y"), m.start())
            if x is None or y is None:
                continue
            out.append(_judged(page, m, x, y))
    return out


def _rate(text: str, name: str, before: int) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The last rate stated of the series `name` before `before`, with where it stands: the percent
    right after the name, in its clause or the next one ('M2余额329.94万亿元,同比增长8.8%')."""
    found = None
    for n in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text[:before]):
        offset = n.end()
        rest = text[offset:before]
        clause = CLAUSE_BREAK.search(rest)
        rate = _RATE_AFTER.match(rest[:clause.start()] if clause else rest)
        if rate is None and clause and not SENTENCE_BREAK.match(rest, clause.start()):
            offset += clause.end()  # past an amount to the next clause's rate
            rest = text[offset:before]
            cut = CLAUSE_BREAK.search(rest)
            rate = _RATE_AFTER.match(rest[:cut.start()] if cut else rest)
        if rate is not None:
            value = Printed.of(rate.group("num")).signed(-1 if rate.group("sign") or "下降" in rate.group(0) else 1)
            found = (value, (offset + rate.start("num"), offset + rate.end("num")))
    return found


def _judged(page, m: re.Match, x: tuple, y: tuple) -> dict:
    (x_rate, x_at), (y_rate, y_at) = x, y
    bp = m.group("unit").lower().startswith("bp")
    printed = Printed.of(m.group("num")).signed(-1 if m.group("sign") else 1)
    size_only = m.group("word") in ("倒挂", "差值") and not m.group("sign")
    scale = 100 if bp else 1

    def spread(a, b):
        d = (a - b) * scale
        return abs(d) if size_only else d
    verdict, exact = judge_formula(spread, [x_rate, y_rate], printed)
    formula = f"{m.group('x')} {x_rate.value}% − {m.group('y')} {y_rate.value}%" + (" (its size)" if size_only else "")
    return make(sentence_marked(page.text, m.span("num")), page.number, formula,
                {m.group("x"): x_rate, m.group("y"): y_rate}, printed, exact, "bp" if bp else "pp", verdict,
                "the first rate less the second, each the last stated before of its series",
                cells=[("text", page.number, *m.span("num")), ("text", page.number, *x_at), ("text", page.number, *y_at)])
