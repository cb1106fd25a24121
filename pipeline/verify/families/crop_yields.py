"""Check family: a crop's yield a harvest release states against its output and its sown area, the yield being the one
over the other (the statistics bureau's 单位面积产量 = 总产量 ÷ 播种面积):

    '全国早稻总产量2802万吨…早稻播种面积4734千公顷…早稻单产5918公斤/公顷'     2802万 t ÷ 4734千 ha = 5919 kg/ha

The crop is the words right before 单产 or 单位面积产量 ('早稻', '夏粮', '其中小麦'); its output and its area are the
first figures the text states right after the same crop's 产量 (总产量) and 播种面积, in units of mass and of land
(data/counted_units.json `scaled`: 吨, 斤, 公斤; 公顷, 亩), none a change ('比上年增加72.3万吨'). All three are good to their
printed precision."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, in_base_unit
from ..checks import judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of

_FIGURE = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))"
# '早稻单产5918公斤/公顷', '小麦单位面积产量5863.4公斤/公顷', '粮食单产为5720公斤/公顷'
_YIELD = re.compile(rf"(?P<crop>[\u4e00-\u9fff]{{2}})\s*(?:单产|单位面积产量)\s*(?:水平)?\s*(?:为|达到?|是)?\s*(?P<num>{SIGNED_NUM})\s*"
                    rf"(?P<unit>(?:{COUNTED_UNITS})\s*/\s*(?:{COUNTED_UNITS}))")
_MASS, _LAND = "千克", "亩"  # the measures' base units (in_base_unit)


def find(doc: Document) -> list[dict]:
    out = []
    text = "\n".join(page.text for page in doc.pages)
    for page in doc.pages:
        for m in _YIELD.finditer(page.text):
            check = _judged(page, m, text)
            if check is not None:
                out.append(check)
    return out


def _judged(page, m: re.Match, text: str) -> Optional[dict]:
    mass, land = (in_base_unit(u.strip()) for u in m.group("unit").split("/"))
    if mass is None or land is None or (mass[0], land[0]) != (_MASS, _LAND):
        return None
    crop = re.escape(m.group("crop"))
    output = _first(text, rf"{crop}\s*(?:总)?产量\s*(?:为|达到?|是)?\s*{_FIGURE}", _MASS)
    area = _first(text, rf"{crop}\s*(?:播种|种植)面积\s*(?:为|达到?|是)?\s*{_FIGURE}", _LAND)
    if output is None or area is None:
        return None
    (o, o_size), (a, a_size) = output, area
    printed = figure_of(m.group("num"))
    verdict, exact = judge_formula(lambda x, y: x * o_size / (y * a_size) * land[1] / mass[1],
                                   [figure_of(o.group("num")), figure_of(a.group("num"))], printed)
    start, end = m.span("num")
    return make(marked(page.text, start, end), page.number,
                f"{o.group('num')}{o.group('unit')} ÷ {a.group('num')}{a.group('unit')} in {m.group('unit')}",
                {"output": figure_of(o.group("num")), "area": figure_of(a.group("num"))}, printed, exact, m.group("unit"),
                verdict, f"the {m.group('crop')} output over its sown area", cells=[("text", page.number, start, end)])


def _first(text: str, pattern: str, measure: str) -> Optional[tuple[re.Match, Decimal]]:
    """The first figure the pattern finds in a unit of `measure`, with the unit's size in its base unit."""
    for f in re.finditer(pattern, text):
        size = in_base_unit(f.group("unit"))
        if size is not None and size[0] == measure:
            return f, size[1]
    return None
