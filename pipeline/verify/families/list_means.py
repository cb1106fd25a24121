"""Check family: the mean a sentence states right after a list of figures, in brackets or in a clause
that names it a mean:

    '2025-2026年BVPS分别为9.40、9.53元(均值9.47元)'          9.47 = (9.40 + 9.53) ÷ 2
    '2025-2027年PE分别为20/17/15倍,均值为17.3倍'            17.3 = (20 + 17 + 15) ÷ 3

The mean must follow the list at once: a mean named by something else ('行业平均28倍', '可比公司平均
PE') is another group's, and a bare 平均 after a comma ('平均单价') is no mean of the list. The list's
figures share one unit (printed after each or after the last), and the mean is in it or bare."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ..checks import judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of, sentence_matches

# a unit after a figure: a money, a multiple, a per-share or a counted unit, or a percent
_UNIT = r"(?:%|倍|x|X|[万亿千百]*元(?:/股)?|[万亿千百]*(?:港元|美元)|[万亿]*(?:吨|件|台|辆|人|家|股))"
_LIST = (rf"(?P<nums>{SIGNED_NUM}\s*(?:{_UNIT})?(?:\s*[、/，,]\s*{SIGNED_NUM}\s*(?:{_UNIT})?){{1,9}})"
         rf"\s*(?P<unit>{_UNIT})?")
# the mean, named at once: in brackets ('(均值9.47元)', '（平均:17.3倍）'), or in a clause of its own
# that says 均值/平均值 ('，均值为17.3倍')
_MEAN_WORD = r"(?:均值|平均值|算术平均)"
_MEAN = re.compile(rf"{_LIST}\s*(?:[(（]\s*(?:{_MEAN_WORD}|平均)|[，,]\s*{_MEAN_WORD})\s*(?:为|约为?|[:：])?\s*"
                   rf"(?P<mean>{SIGNED_NUM})\s*(?P<mean_unit>{_UNIT})?")


def find(doc: Document) -> list[dict]:
    return [check for _, s, m in sentence_matches(doc, _MEAN) if (check := _judged(s, m)) is not None]


def _judged(s, m: re.Match):
    nums = list(re.finditer(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})?", m.group("nums")))
    units = {n.group("unit") for n in nums if n.group("unit")} | ({m.group("unit")} if m.group("unit") else set())
    if len(units) > 1 or (m.group("mean_unit") and units and m.group("mean_unit") not in units):
        return None  # figures of two units, or a mean of another: not one list's mean
    figures = [figure_of(n.group("num")) for n in nums]
    printed = figure_of(m.group("mean"))
    verdict, exact = judge_formula(lambda *xs: sum(xs, Decimal(0)) / len(xs), figures, printed)
    unit = next(iter(units), m.group("mean_unit") or "")
    listed = " + ".join(n.group("num") for n in nums)
    at = m.start("nums")
    cells = [("text", s.page, s.start + m.start("mean"), s.start + m.end("mean")),
             *[("text", s.page, s.start + at + n.start("num"), s.start + at + n.end("num")) for n in nums]]
    return make(marked(s.text, m.start("mean"), m.end("mean")), s.page, f"({listed}) ÷ {len(nums)}",
                {f"figure {k + 1}": f for k, f in enumerate(figures)}, printed, exact, unit, verdict,
                "the mean of the figures listed right before it", cells=cells)
