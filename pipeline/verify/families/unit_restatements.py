"""Check family: a figure restated in brackets in another unit of its measure, as statistics releases print them:

    '早稻总产量2802万吨(560.4亿斤)'           2802万 × 1000 kg ÷ 0.5 kg = 560.4亿斤
    '播种面积4734千公顷(7101万亩)'            4734千 × 15 亩 = 7101万亩
    '单产5918公斤/公顷(395公斤/亩)'           5918 ÷ 15 = 394.5 → 395
    '比2020年增加265.5万公顷(398.2万亩)'       265.5万 × 15 = 3982.5万亩: the first figure slipped a digit (26.55)

The two units are one measure's (data/counted_units.json `scaled`: a 斤 is half a kilogram, a 公顷 15 亩), either scaled
('万吨', '亿斤', '千公顷'); a unit per unit ('公斤/公顷') converts its numerator and its denominator each. Both figures are
good to their printed precision: any value the first allows, converted, may print as the second. Money in another
currency is `conversions`' (it needs a rate the text prints)."""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, in_base_unit
from ..checks import judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of

_ONE_UNIT = rf"(?:{CN_UNIT})?(?:{COUNTED_UNITS})"
_UNIT = rf"{_ONE_UNIT}(?:\s*/\s*(?:{COUNTED_UNITS}))?"
# a figure and its restatement in brackets right after it ('合', '约', '即' may open the bracket)
_RESTATED = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})\s*[(（]\s*(?:约|合|折合|即|相当于)?\s*"
                       rf"(?P<num2>{SIGNED_NUM})\s*(?P<unit2>{_UNIT})\s*[)）]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for m in _RESTATED.finditer(page.text):
            size = _size_ratio(m.group("unit"), m.group("unit2"))
            if size is None:
                continue
            printed = figure_of(m.group("num2"))
            times, over = Decimal(size.numerator), Decimal(size.denominator)
            verdict, exact = judge_formula(lambda x: x * times / over, [figure_of(m.group("num"))], printed)
            a, b = m.span("num2")
            out.append(make(marked(page.text, a, b), page.number,
                            f"{m.group('num')}{m.group('unit')} in {m.group('unit2')} ({_written(size)})",
                            {"figure": figure_of(m.group("num")), "size": Decimal(size.numerator) / over}, printed, exact,
                            m.group("unit2"), verdict, "the same quantity in another unit of its measure",
                            cells=[("text", page.number, a, b), ("text", page.number, *m.span("num"))]))
    return out


def _size_ratio(unit: str, unit2: str) -> Optional[Fraction]:
    """How many of `unit2` one `unit` is, where both are one measure's (a unit per unit: numerator and denominator each);
    None where they are not, or are the same unit (a bracket then states something else: a part, another period)."""
    sides, sides2 = [u.strip() for u in unit.split("/")], [u.strip() for u in unit2.split("/")]
    if len(sides) != len(sides2) or re.sub(r"\s", "", unit) == re.sub(r"\s", "", unit2):
        return None
    ratio = Fraction(1)
    for k, (u, u2) in enumerate(zip(sides, sides2)):
        base, base2 = in_base_unit(u), in_base_unit(u2)
        if base is None or base2 is None or base[0] != base2[0]:
            return None
        ratio *= Fraction(base[1]) / Fraction(base2[1]) if k == 0 else Fraction(base2[1]) / Fraction(base[1])
    return ratio if ratio != 1 else None


def _written(ratio: Fraction) -> str:
    """'× 0.2', '× 1.5', '÷ 15'."""
    if ratio.numerator == 1:
        return f"÷ {ratio.denominator}"
    return f"× {format((Decimal(ratio.numerator) / Decimal(ratio.denominator)).normalize(), 'f')}"
