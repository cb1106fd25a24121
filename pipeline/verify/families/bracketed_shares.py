"""Check family: counted parts a sentence lists, each with its share in brackets —

    '中国内地门店4.83万家…:一线城市2356家(占比4.9%)、新一线城市8878家(18.4%)、二线城市9243家(19.1%)、
     三线及以下城市2.78万家(57.6%)'                              2356 ÷ 48,277 = 4.9%, …

each share is its part's count over a whole the list does not name beside it: the parts' sum (the list
is the whole's breakdown), or the total of the same unit the text states just before the list. The whole
is the candidate under which the most shares reproduce — at least three, and all but one; the shares
are then judged against it, so the one that does not is a mismatch. Where no candidate reproduces that
many, the shares are of something the text does not print: nothing is judged.
Counts and physical quantities only (家, 辆, 吨, …): money parts with their shares of revenue are the
`results` family's, which knows the company's revenue. A bracket with a sign or a word of change
('(+12%)', '(同比+12%)') is a growth, no share, and ends the list; at least one bracket must say it is a
share (占比, 占, 比重, 份额)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import COUNTED_UNITS, UNIT_MULT
from ..checks import best_whole, make, marked
from ..sentences import SIGNED_NUM, figure_of, sentence_matches

# what is counted: stores, vehicles, tonnes… (data/counted_units.json), a scale word before it ('2.78万家')
_COUNTED = COUNTED_UNITS
_SHARE_WORD = r"占比|占|比重|份额"
# one part: its name, its count and unit, its share in brackets ('一线城市2356家(占比4.9%)', '二线城市9243家(19.1%)')
_ITEM = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{1,12}}?)\s*(?P<num>{SIGNED_NUM})\s*(?P<scale>[千万亿]?)(?P<unit>{_COUNTED})\s*"
                   rf"[（(]\s*(?P<says>(?:{_SHARE_WORD})\s*(?:为|约)?\s*)?(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*[)）]")
# a run of them (the item's pattern with its groups unnamed, to be repeated)
_PART = re.sub(r"\(\?P<\w+>", "(?:", _ITEM.pattern)
_LIST = re.compile(rf"{_PART}(?:\s*(?:[、，,；;]|以及|和|及)\s*{_PART}){{2,9}}")
# a total stated before the list in the same unit ('中国内地门店4.83万家'), within this many characters
_WHOLE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<scale>[千万亿]?)(?P<unit>{_COUNTED})(?![\d%％])")
WHOLE_REACH = 160
FEWEST = 3


def find(doc: Document) -> list[dict]:
    out = []
    for page, s, m in sentence_matches(doc, _LIST):
        out += _judged(page.text, s, m)
    return out


def _count(m: re.Match) -> Printed:
    return figure_of(m.group("num")).times(Decimal(UNIT_MULT[m.group("scale")]))


def _judged(text: str, s, m: re.Match) -> list[dict]:
    items = list(_ITEM.finditer(s.text, m.start(), m.end()))
    if len(items) < FEWEST or len({i.group("unit") for i in items}) != 1 or not any(i.group("says") for i in items):
        return []
    unit = items[0].group("unit")
    counts = [_count(i) for i in items]
    wholes: list[tuple[str, Printed, Optional[re.Match]]] = [
        ("the parts' sum", Printed(sum(c.value for c in counts), sum(c.step for c in counts)), None)]
    at = s.start + m.start()
    stated = [w for w in _WHOLE.finditer(text, max(0, at - WHOLE_REACH), at) if w.group("unit") == unit]
    for w in reversed(stated[-2:]):
        whole = _count(w)
        if whole.value > max(c.value for c in counts):
            wholes.append((f"the total {w.group('num')}{w.group('scale')}{unit}", whole, w))
    shares = [figure_of(i.group("pct")) for i in items]
    fits, (label, whole, w), verdicts = best_whole(counts, shares, wholes)
    if fits < max(FEWEST, len(items) - 1):
        return []  # shares of a whole the text does not print
    out = []
    for i, count, share, (verdict, exact) in zip(items, counts, shares, verdicts):
        cells = [("text", s.page, s.start + i.start(g), s.start + i.end(g)) for g in ("pct", "num")]
        if w is not None:
            cells.append(("text", s.page, w.start("num"), w.end("num")))
        out.append(make(marked(s.text, i.start("pct"), i.end("pct")), s.page,
                        f"{i.group('name')} {i.group('num')}{i.group('scale')}{unit} ÷ {label} × 100",
                        {i.group("name"): count.value, "whole": whole.value}, share, exact, "%", verdict,
                        f"the whole is {label}: the one most of the shares reproduce", cells=cells))
    return out
