"""Check family: a stake split after 其中 into stakes, each a percentage of 股权 (股份) — the parts add up to it:

    '购买宁欣、永新嘉辰合计持有的久泰精密 70%的股权,其中以发行股份方式受让宁欣持有的久泰精密 42%股权,以支付现金的方式受让
     永新嘉辰持有的久泰精密 28%股权'                                                       70 = 42 + 28

The stake is the last before 其中 in its sentence (or run a ；ends), the parts every one after it to the run's end, two at
least."""
from __future__ import annotations

import re

from ...calc import judge_sum
from ...document import Document
from ..checks import make, sentence_end, sentence_marked, sentence_start
from ..sentences import figure_of

_STAKE_PCT = re.compile(r"(?<![\d.])(?P<pct>\d{1,3}(?:\.\d+)?)\s*%\s*(?:的)?\s*股\s*[权份]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for of_which in re.finditer(r"其中", text):
            start, end = sentence_start(text, of_which.start()), sentence_end(text, of_which.end())
            totals = list(_STAKE_PCT.finditer(text, start, of_which.start()))
            parts = list(_STAKE_PCT.finditer(text, of_which.end(), end))
            if not totals or len(parts) < 2:
                continue
            total = totals[-1]
            figures = [figure_of(p.group("pct")) for p in parts]
            printed = figure_of(total.group("pct"))
            verdict, exact = judge_sum(figures, printed)
            out.append(make(sentence_marked(text, total.span("pct")), page.number,
                            " + ".join(p.group("pct") + "%" for p in parts), {f"part {k + 1}": f for k, f in enumerate(figures)},
                            printed, exact, "%", verdict, "the stakes named after 其中",
                            cells=[("text", page.number, *total.span("pct"))] + [("text", page.number, *p.span("pct")) for p in parts]))
    return out
