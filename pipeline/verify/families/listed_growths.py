"""Check family: a quantity listed year by year with its growths listed after it — a volume, an
output, a count, in a counted unit (data/counted_units.json), not money (a line item's amounts are
the `results` family's):

    '预计2025-2027年饲料外销量分别达到2,953万吨、3,246万吨、3,567万吨,同比增速分别为20.9%、9.9%、9.9%'
        9.9 = 3,246 ÷ 2,953 − 1;  9.9 = 3,567 ÷ 3,246 − 1   (the first year's base is not printed)

The years are the span or the list right before the figures, one figure a year, one growth a
figure; each growth after the first is on the year before's figure as listed. A list whose counts
differ, or in two units, is left alone.
"""
from __future__ import annotations

import re

from ...document import Document
from ...quantities import COUNTED_UNITS, unit_key
from ..checks import growth_pct, judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of, page_sentences

# the years: a span ('2025-2027年', '25-27年') or a list ('2025/2026/2027年', '2025、2026、2027年')
_YEARS = r"(?P<y1>(?:20)?\d\d)\s*(?:年)?\s*(?P<sep>[-–—~至到/、])\s*(?P<years>(?:20)?\d\d(?:\s*[/、]\s*(?:20)?\d\d){0,3})\s*年"
# a counted unit with its scale: '万吨', '亿千瓦时', 'GWh'
_UNIT = rf"(?:万|亿|千|百万|千万)?(?:{COUNTED_UNITS})"
# (each figure with its unit, or the unit after the last: '2,953万吨、3,246万吨、3,567万吨', '2953/3246/3567万吨')
_LIST = re.compile(rf"{_YEARS}[^。；;\d]{{0,24}}?(?:分别)?\s*(?:为|是|达到?|约为?|预计为?)?\s*"
                   rf"(?P<nums>(?:{SIGNED_NUM}\s*(?:{_UNIT})?)(?:\s*[/、，,]\s*{SIGNED_NUM}\s*(?:{_UNIT})?){{1,5}})"
                   rf"(?<=[\u4e00-\u9fffA-Za-z])")
_GROWTHS = re.compile(rf"\s*[,，]?\s*(?:同比)?\s*(?:增速|增长率|增长|增幅)?\s*(?:分别)?\s*(?:为|是)?\s*(?:同比)?\s*"
                      rf"(?P<nums>{SIGNED_NUM}\s*%(?:\s*[/、，,]\s*{SIGNED_NUM}\s*%){{1,5}})")


def _years(m: re.Match) -> list[int]:
    first = int(m.group("y1")) % 100
    rest = [int(y) % 100 for y in re.findall(r"\d+", m.group("years"))]
    if m.group("sep") in "-–—~至到" and len(rest) == 1:
        return list(range(first, rest[0] + 1)) if rest[0] > first else []
    return [first] + rest


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for m in _LIST.finditer(s.text):
                growths = _GROWTHS.match(s.text, m.end())
                if growths is None or not re.search(r"同比|增速|增长|增幅", s.text[m.end():growths.start("nums")]):
                    continue
                figures = list(re.finditer(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})?", m.group("nums")))
                units = {unit_key(f.group("unit")) for f in figures if f.group("unit")}
                rates = list(re.finditer(SIGNED_NUM, growths.group("nums")))
                years = _years(m)
                if len(units) != 1 or not figures[-1].group("unit") or not (len(years) == len(figures) == len(rates) >= 2) \
                        or any(b != a + 1 for a, b in zip(years, years[1:])):
                    continue
                unit = figures[-1].group("unit")
                at, gat = m.start("nums"), growths.start("nums")
                for k in range(1, len(figures)):
                    now, before = figure_of(figures[k].group("num")), figure_of(figures[k - 1].group("num"))
                    if before.value <= 0:
                        continue
                    printed = figure_of(rates[k].group(0))
                    a, b = gat + rates[k].start(), gat + rates[k].end()
                    verdict, exact = judge_formula(growth_pct, [now, before], printed)
                    out.append(make(marked(s.text, a, b), s.page, f"20{years[k]:02d} ÷ 20{years[k - 1]:02d} − 1 ({unit})",
                                    {f"20{years[k]:02d} ({unit})": now, f"20{years[k - 1]:02d} ({unit})": before},
                                    printed, exact, "%", verdict,
                                    cells=[("text", s.page, s.start + a, s.start + b),
                                           ("text", s.page, s.start + at + figures[k].start("num"), s.start + at + figures[k].end("num")),
                                           ("text", s.page, s.start + at + figures[k - 1].start("num"),
                                            s.start + at + figures[k - 1].end("num"))]))
    return out
