"""Check family: a part's share of the parts a sentence lists with their amounts — '2024年中高档酒类/其他酒类
分别实现营收275.85/34.67亿元,同比分别+2.77%/+7.15%,其他酒类增速略高,占比同比+0.41pct至11.17%' (34.67 ÷
(275.85 + 34.67) = 11.17%), '传统/新兴渠道营收分别为161.08/7.31亿元,同比+15.38%/+32.83%,传统渠道在酒类营收中占比
同比下降0.55pcts至95.66%' — and its change in points, the year before's amounts implied by the listed growths.

A share named with no whole ('占比') may be of the company's revenue or of the listed parts: it is judged
here only where the listed parts' sum gives it (consistent or rounding); where it does not, it is
left to the families that know the revenue (results), and the check says so. A share of a whole
named as revenue ('占营收', '占总收入') is never this family's. Its change in points, once the level
shows the listed sum is its whole, is judged from the growths listed with the amounts."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, money_scale
from ..sentences import POINT_WORDS, SIGNED_NUM, figure_of, page_sentences

HUNDRED = Decimal(100)
_NAME = r"[\u4e00-\u9fffA-Za-z]{1,10}"
_AND = r"(?:[/、]|和|与|及)"
_EACH_UNIT = r"(?:(?:万亿|亿|万)?元)?"  # ('51.54亿元和1.58亿元': each figure with its unit)
_NUMS = rf"{SIGNED_NUM}\s*{_EACH_UNIT}(?:\s*{_AND}\s*{SIGNED_NUM}\s*{_EACH_UNIT}){{1,5}}"
# parts named and their amounts: '中高档酒类/其他酒类分别实现营收275.85/34.67亿元', '传统/新兴渠道营收分别为161.08/7.31亿元'
_LISTED = re.compile(rf"(?P<names>{_NAME}(?:\s*{_AND}\s*{_NAME}){{1,5}})\s*(?:分别)?\s*(?:实现)?\s*(?:营业收入|营收|收入|销售额)\s*"
                     rf"(?:分别)?\s*(?:为|是|达到?|实现)?\s*(?P<nums>{_NUMS})(?<=元)")
# the growths listed after them: '同比分别+2.77%/+7.15%', ',同比+15.38%/+32.83%'
_GROWTHS = re.compile(rf"\s*[，,]?\s*(?:分别)?\s*(?:同比)\s*(?:分别)?\s*(?:增长|变动)?\s*(?P<nums>[+＋\-−]?\s*\d+(?:\.\d+)?\s*%"
                      rf"(?:\s*{_AND}\s*[+＋\-−]?\s*\d+(?:\.\d+)?\s*%){{1,5}})")
# a share with no whole named, or of a whole named otherwise than revenue ('在酒类营收中占比'), moved or not:
# '占比同比+0.41pct至11.17%', '占比同比下降0.55pcts至95.66%', '占比达11.17%'
_SHARE = re.compile(rf"(?:在(?P<whole>[\u4e00-\u9fff]{{1,8}}?)中(?:的)?)?占比\s*(?:同比)?\s*"
                    rf"(?:(?P<dir>提升|提高|上升|增加|下降|降低|减少|[+＋\-−])\s*(?P<pts>\d+(?:\.\d+)?)\s*(?:{POINT_WORDS})\s*)?"
                    rf"(?:(?:提升|提高|上升|增加|下降|降低|减少)\s*(?=至))?(?:至|为|达到?|约为?)?\s*(?P<num>\d+(?:\.\d+)?)\s*%")
_REVENUE_WHOLE = re.compile(r"^(?:公司|总)?(?:营业总收入|营业收入|营收|收入|总营收|总收入)$")
_FALLS = ("下降", "降低", "减少", "-", "−")
# what a part's name may end with that its mention may leave off ('传统渠道' listed as '传统/新兴渠道')
_KIND = re.compile(r"(?:渠道|业务|产品|板块|系列|类)$")
_LEAD = re.compile(r"^(?:(?:\d{2,4}\s*)?年|[QH][1-4]|其中|公司|分别)+")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for listed in _LISTED.finditer(s.text):
                out += _shares(s, listed)
    return out


def _shares(s, listed: re.Match) -> list[dict]:
    names = [_LEAD.sub("", n.strip()) for n in re.split(_AND, re.sub(r"(?:分别|实现|的)+$", "", listed.group("names")))]
    nums = re.findall(SIGNED_NUM, listed.group("nums"))
    units = set(re.findall(r"(?:万亿|亿|万)?元", listed.group("nums")))
    scale, _ = money_scale(units.pop()) if len(units) == 1 else (None, None)
    if len(names) != len(nums) or not scale or not all(names):
        return []  # (figures in two units, '5亿元和3000万元', are read by no one scale here)
    amounts = [figure_of(n).times(scale) for n in nums]
    grown = _GROWTHS.match(s.text, listed.end())
    growths = [_signed(g) for g in re.findall(r"[+＋\-−]?\s*\d+(?:\.\d+)?", grown.group("nums"))] if grown else None
    if growths is not None and len(growths) != len(names):
        growths = None
    rest_from = grown.end() if grown else listed.end()
    share = _SHARE.search(s.text, rest_from)
    if share is None or _LISTED.search(s.text, rest_from, share.start()):
        return []  # no share, or one after another list: that list's
    if share.group("whole") and _REVENUE_WHOLE.match(share.group("whole")):
        return []
    place = _named_part(s.text[rest_from:share.start()], names)
    if place is None:
        return []
    cells = [("text", s.page, s.start + listed.start("nums") + m.start(), s.start + listed.start("nums") + m.end())
             for m in re.finditer(SIGNED_NUM, listed.group("nums"))]
    printed = figure_of(share.group("num"))
    fn = lambda *xs: xs[place] / sum(xs) * HUNDRED  # noqa: E731
    verdict, exact = judge_formula(fn, amounts, printed)
    name = names[place]
    at = share.span("num")
    formula = f"{name} ÷ ({' + '.join(names)}) × 100"
    inputs = {n: a for n, a in zip(names, amounts)}
    if verdict == "mismatch":
        return [make(marked(s.text, *at), s.page, formula, inputs, printed, exact, "%", "unverifiable",
                     "not the listed parts' share: its whole may be the company's revenue", cells=cells)]
    out = [make(marked(s.text, *at), s.page, formula, inputs, printed, exact, "%", verdict,
                "a share of the parts listed with it", cells=[("text", s.page, s.start + at[0], s.start + at[1]), *cells])]
    if share.group("pts") and growths is not None:
        moved = Printed.of(share.group("pts")).signed(-1 if share.group("dir") in _FALLS else 1)
        def change(*xs):
            now, rates = xs[:len(names)], xs[len(names):]
            before = [a / (1 + g / HUNDRED) for a, g in zip(now, rates)]
            return (now[place] / sum(now) - before[place] / sum(before)) * HUNDRED
        verdict, exact = judge_formula(change, [*amounts, *growths], moved)
        pts = share.span("pts")
        out.append(make(marked(s.text, *pts), s.page, f"{name} share − its share a year before (amounts ÷ (1 + growth))",
                        {**inputs, **{f"{n} 增速 (%)": g for n, g in zip(names, growths)}}, moved, exact, "pct", verdict,
                        "the year-earlier amounts implied by the listed growths",
                        cells=[("text", s.page, s.start + pts[0], s.start + pts[1]), *cells]))
    return out


def _named_part(between: str, names: list[str]) -> Optional[int]:
    """Which listed part the words before a share name: the last one mentioned (its name whole, or less a kind
    word the list shared: '传统渠道' for '传统/新兴渠道'); with none mentioned, none."""
    best = None
    for i, n in enumerate(names):
        for form in {n, _KIND.sub("", n)}:
            at = between.rfind(form) if len(form) >= 2 else -1
            if at >= 0 and (best is None or at > best[0]):
                best = (at, i)
    return best[1] if best else None


def _signed(text: str) -> Printed:
    return figure_of(re.sub(r"\s", "", text).replace("＋", "+").replace("－", "-"))
