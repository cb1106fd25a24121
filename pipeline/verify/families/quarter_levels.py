"""Check family: a year's (a half's, the first three quarters') amount a text states against its quarters' amounts it
states elsewhere for the same measure, as digests of statistics list them:

    '2022年,全国结婚登记量为683.3万对' … '2022年一季度结婚登记人数为210.7万对,二季度为162.5万对,三季度171.3万对,
    四季度为138.8万对'                                               683.3 = 210.7 + 162.5 + 171.3 + 138.8

The levels are `level_changes`' (a measure's words, a period, an amount in a counted unit or money); a measure is
one where its words less who counts it and how (全国, 量, 人数) are the same. Only flows add up so, and a text may
state a balance by quarter ('季末余额'): a measure named a balance, a rate or an average is left alone, as is a
company report (`period_sums` reads its statements). Each period must have one figure in the text (two differing
figures for one quarter: which is meant is not said)."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import is_company_report, judge_formula, make, marked
from .level_changes import Level, core, read

# what a whole period is made of, by quarters
_MADE_OF = {"Y": ("Q1", "Q2", "Q3", "Q4"), "H1": ("Q1", "Q2"), "9M": ("Q1", "Q2", "Q3"), "H2": ("Q3", "Q4")}
# measures that are no flow: a balance at a period's end, a rate, an average, a price
_NO_FLOW = re.compile(r"余额|存量|末|年底|人口|保有量|率|均|平均|价格|价|指数|规模|总数")


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    levels, _ = read(doc)
    out = []
    judged = set()
    for whole in levels:
        made_of = _MADE_OF.get(whole.part)
        name = core(whole.measure)
        if made_of is None or len(name) < 2 or _NO_FLOW.search(whole.measure) or (name, whole.year, whole.part) in judged:
            continue
        quarters = [_one(levels, name, whole.year, q, whole.unit) for q in made_of]
        if any(q is None for q in quarters) or _one(levels, name, whole.year, whole.part, whole.unit) is None:
            continue
        judged.add((name, whole.year, whole.part))
        verdict, exact = judge_formula(lambda *xs: sum(xs), [q.printed for q in quarters], whole.printed)
        s = whole.sentence
        cells = [("text", lv.sentence.page, lv.sentence.start + lv.start, lv.sentence.start + lv.end)
                 for lv in [whole] + quarters]
        out.append(make(marked(s.text, whole.start, whole.end), s.page,
                        " + ".join(f"{q.text}{q.unit}" for q in quarters),
                        {q.part: q.printed for q in quarters}, whole.printed, exact, whole.unit, verdict,
                        f"the period's amount is its quarters' ({', '.join(made_of)}), each stated in the text", cells=cells))
    return out


def _one(levels: list[Level], name: str, year, part: str, unit: str) -> Optional[Level]:
    found = [lv for lv in levels if lv.year == year and lv.part == part and lv.unit == unit and core(lv.measure) == name]
    return found[0] if found and len({lv.printed.value for lv in found}) == 1 else None
