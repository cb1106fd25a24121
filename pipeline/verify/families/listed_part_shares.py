"""Check family: parts' amounts a sentence lists, then their shares of the whole listed in the same order, as a
results digest writes its regions or segments:

    '来自中国、亚洲其他国家及欧洲之营业额分别增长42.3%、29.2%及9.4%,至172亿元、37.41亿元及2.29亿元,分占总营业额
     79.9%、17.4%及1.1%'   (172 ÷ 215.24 = 79.9%: 215.24 the 营业额 the text stated before)

Each share is its part's amount over a whole the list does not print beside it: the parts' sum, or a revenue the
text stated before the list (an amount right after 营业额, 营收, 收入, 收益 — the nearest ones). The whole is the
one under which the most shares reproduce — all of them, or all but one of three or more; the shares are then
judged against it, so the one that does not is a mismatch. Where no whole reproduces that many, the shares are of
something the text does not print: nothing is judged."""
from __future__ import annotations

import re

from ...calc import Printed
from ...document import Document
from ..checks import best_whole, make, marked, money_scale
from ..sentences import SIGNED_NUM, figure_of, sentence_matches

_AND = r"\s*(?:[/、，,]|和|及|与|以及)\s*"
_SCALE = r"(?:万亿|亿|千万|百万|万)"
# the parts' amounts, each maybe with its unit, the last with it: '172亿元、37.41亿元及2.29亿元', '10.2/8.5/3.1亿元'
_AMOUNTS = rf"(?P<amounts>{SIGNED_NUM}\s*(?:{_SCALE}?元)?(?:{_AND}{SIGNED_NUM}\s*(?:{_SCALE}?元)?){{1,7}})(?<=元)"
# then their shares of the whole, named as revenue: '分占总营业额79.9%、17.4%及1.1%', '分别占营收的55%、30%、15%'
# (or by the share's own word: '…分别为23.8、11.7、9.7、7.8、64.8亿元,收入占比18.9%、9.3%、7.7%、6.2%、51.3%')
_SHARES = (r"\s*[，,]?\s*(?:(?:分别|各)?\s*分?占\s*(?:公司|集团)?\s*总?\s*(?:营业额|营业收入|营收|收入|收益)\s*(?:的)?\s*"
           r"(?:比重|比例)?|(?:收入|营收|营业收入|营业额)?\s*(?:占比|比重))\s*(?:分别)?\s*(?:为|达)?\s*"
           rf"(?P<shares>{SIGNED_NUM}\s*%?(?:{_AND}{SIGNED_NUM}\s*%?){{1,7}})\s*%")
_LISTED = re.compile(_AMOUNTS + _SHARES)
_FIGURE = re.compile(rf"{SIGNED_NUM}")
# a revenue the text states: its name, then (after a move, maybe) the amount
# (its scale alone, no 元, as a digest writes it: '证券主营收入126.3亿/yoy+39.9%')
_REVENUE = re.compile(rf"(?P<word>营业额|营业收入|营收|总收入|收入|收益)[^。；;，,\d]{{0,6}}?(?:[\d.]+\s*[%倍]\s*)?(?:至|为|达到?|录得)?\s*"
                      rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_SCALE}元?|元)")
WHOLES = 3  # how many revenues stated before the list are tried, nearest first


def find(doc: Document) -> list[dict]:
    return [c for page, s, m in sentence_matches(doc, _LISTED) for c in _judged(page.text, s, m)]


def _judged(text: str, s, m: re.Match) -> list[dict]:
    amounts_at = [(a.group(0), s.start + m.start("amounts") + a.start(), s.start + m.start("amounts") + a.end())
                  for a in _FIGURE.finditer(m.group("amounts"))]
    shares_at = [(f.group(0), m.start("shares") + f.start(), m.start("shares") + f.end()) for f in _FIGURE.finditer(m.group("shares"))]
    if len(amounts_at) != len(shares_at):
        return []  # (the lists do not pair one to one)
    # each amount in the unit printed after it, or after the list's last ('10.2/8.5/3.1亿元')
    units = re.findall(rf"{SIGNED_NUM}\s*({_SCALE}?元)?", m.group("amounts"))
    last = next(u for u in reversed(units) if u)
    amounts = [figure_of(a).times(money_scale(u or last)[0]) for (a, _, _), u in zip(amounts_at, units)]
    shares = [figure_of(f) for f, _, _ in shares_at]
    wholes = [("the parts' sum", Printed(sum(a.value for a in amounts), sum(a.step for a in amounts)), None)]
    first = amounts_at[0][1]
    larger = [(r, whole) for r in _REVENUE.finditer(text, 0, first)
              if (whole := figure_of(r.group("num")).times(money_scale(r.group("unit"))[0])).value > max(a.value for a in amounts)]
    for r, whole in larger[::-1][:WHOLES]:  # (the nearest revenues larger than every part: a segment's is none)
        wholes.append((f"{r.group('word')} {r.group('num')}{r.group('unit')}", whole, r))
    fits, (label, whole, r), verdicts = best_whole(amounts, shares, wholes)
    if fits < (len(shares) if len(shares) < 3 else len(shares) - 1):
        return []  # the shares are of a whole the text does not print
    out = []
    for (a, a0, a1), (f, f0, f1), amount, share, (verdict, exact) in zip(amounts_at, shares_at, amounts, shares, verdicts):
        cells = [("text", s.page, s.start + f0, s.start + f1), ("text", s.page, a0, a1)]
        if r is not None:
            cells.append(("text", s.page, r.start("num"), r.end("num")))
        out.append(make(marked(s.text, f0, f1), s.page, f"{a} ÷ {label} × 100", {"part": amount.value, "whole": whole.value},
                        share, exact, "%", verdict, f"the whole is {label}: the one most of the shares reproduce", cells=cells))
    return out
