"""Check family: a part's share of the whole its text states for one measure, both named —

    '汽车产销分别完成327.6万辆和322.6万辆…其中,新能源汽车产销分别完成161.7万辆和160.4万辆…
     新能源汽车新车销量达到汽车新车总销量的49.7%'            160.4 ÷ 322.6 = 49.7%

as industry associations and statistics bureaus report a month: the part's and the whole's amounts
of the measure the share names (销量, 产量), each the nearest stated before the share for that
subject — by the measure's own word ('新能源汽车销量160.4万辆') or as one of a pair the subject
states together ('产销分别完成A和B': 产量 A, 销量 B) — and of the share's period: the month or the
months from January named last before each and before the share ('9月' is not '1至9月'; a date,
'10月12日', names none). Both in
one unit.
A share naming no whole subject ('占总销量的') is the `results` and `count_shares` families'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import COUNTED_UNITS, NUM
from ..checks import each_match, judge_formula, make, sentence_marked

# the measures a share names, and the pair word that states two of them at once
MEASURES = {"销量": "销", "产量": "产", "销售量": "销", "生产量": "产"}
_PAIR_WORD = "产销"
_SUBJECT = r"[\u4e00-\u9fffA-Za-z]{2,10}?"
_UNIT = rf"(?:万亿|亿|千万|百万|万|千)?(?:{COUNTED_UNITS})"
# '新能源汽车新车销量达到汽车新车总销量的49.7%', '…占汽车总销量的比重为49.7%'
_SHARE = re.compile(rf"(?P<part>{_SUBJECT})(?:新车|整车)?(?P<m>销量|产量|销售量|生产量)\s*(?:达到?|占)\s*(?:了)?\s*"
                    rf"(?P<whole>{_SUBJECT})(?:新车|整车)?总(?P=m)\s*(?:的)?\s*(?:比重|比例|份额)?\s*(?:为|达)?\s*"
                    rf"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
# a subject's two measures stated together: '汽车产销分别完成327.6万辆和322.6万辆', '产销量达2147万辆和2157.1万辆'
_PAIR = re.compile(rf"(?P<s>{_SUBJECT})产销量?\s*(?:分别)?\s*(?:完成|达到?|为)?\s*(?P<a>{NUM})\s*(?P<ua>{_UNIT})?\s*"
                   rf"(?:和|、|与|及)\s*(?P<b>{NUM})\s*(?P<ub>{_UNIT})")
# one measure stated: '新能源汽车销量160.4万辆', '汽车销量有261万辆'
_ONE = re.compile(rf"(?P<s>{_SUBJECT})(?P<m>销量|产量|销售量|生产量)\s*(?:有|为|达到?|完成|共)?\s*(?P<a>{NUM})\s*(?P<ua>{_UNIT})")
# the period an amount is of: a month, or the months from January ('1-9月', '1至9月', '前9个月'), not a date
_PERIOD = re.compile(r"(?P<cum>(?:1\s*[-–—~至到]\s*|前\s*)(?P<n>\d{1,2})\s*(?:个|個)?月(?:份)?)"
                     r"|(?<![\d\-–—~至到])(?P<m>\d{1,2})\s*月(?:份)?(?!\s*\d{1,2}\s*日)")
REACH = 1500  # characters before the share its amounts may stand


def find(doc: Document) -> list[dict]:
    return each_match(doc, _SHARE, _judged)


@dataclass
class Stated:
    """An amount of one measure the text states for a subject."""
    subject: str
    measure: str          # the measure's first character: 产, 销
    amount: Printed
    unit: str
    span: tuple[int, int]


def _amounts(text: str, start: int, end: int) -> list[Stated]:
    """The amounts stated between start and end, in order."""
    found = []
    for p in _PAIR.finditer(text, start, end):
        unit = p.group("ub")
        found.append(Stated(p.group("s"), "产", Printed.of(p.group("a")), p.group("ua") or unit, p.span("a")))
        found.append(Stated(p.group("s"), "销", Printed.of(p.group("b")), unit, p.span("b")))
    for o in _ONE.finditer(text, start, end):
        found.append(Stated(o.group("s"), MEASURES[o.group("m")], Printed.of(o.group("a")), o.group("ua"), o.span("a")))
    return sorted(found, key=lambda f: f.span[0])


def _named(subject: str, said: str) -> bool:
    """Whether an amount's subject is the share's ('汽车' for '汽车', not '新能源汽车' for '汽车')."""
    # (a period's 月 the subject's words ran on from: '1-10月汽车产销…' reads '月汽车')
    said = re.sub(r"^(?:其中|我国|中国|全国|国内|同期|累计|当月|本月|月份|月|，|,)+", "", said)
    return said == subject or said.endswith(subject) and not said[:-len(subject)].strip()


def _period_at(text: str, at: int) -> Optional[tuple[str, int]]:
    """The month, or the months from January, named last before `at`."""
    last = None
    for p in _PERIOD.finditer(text, max(0, at - REACH), at):
        last = ("cum", int(p.group("n"))) if p.group("cum") else ("month", int(p.group("m")))
    return last


def _judged(page, m: re.Match) -> Optional[dict]:
    text = page.text
    found = [f for f in _amounts(text, max(0, m.start() - REACH), m.start()) if f.measure == MEASURES[m.group("m")]]
    # both of the period the share's own sentence speaks of ('1-9月份,…新能源汽车…达到…总销量的46.1%' is no share
    # of September's figures before it)
    period = _period_at(text, m.start())

    def nearest(subject: str) -> Optional[Stated]:
        return next((f for f in reversed(found) if _named(subject, f.subject) and _period_at(text, f.span[0]) == period), None)
    part, whole = nearest(m.group("part")), nearest(m.group("whole"))
    if part is None or whole is None or part.unit != whole.unit or whole.amount.value == 0:
        return None
    printed = Printed.of(m.group("pct"))
    verdict, exact = judge_formula(lambda a, b: a / b * 100, [part.amount, whole.amount], printed)
    a, b = m.span("pct")
    return make(sentence_marked(text, (a, b)), page.number,
                f"{m.group('part')} {text[slice(*part.span)]}{part.unit} ÷ {m.group('whole')} "
                f"{text[slice(*whole.span)]}{whole.unit} × 100",
                {"part": part.amount, "whole": whole.amount}, printed, exact, "%", verdict,
                cells=[("text", page.number, a, b), ("text", page.number, *part.span), ("text", page.number, *whole.span)])
