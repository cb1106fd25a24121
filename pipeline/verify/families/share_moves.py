"""Check family: a share's move in points from the year before, where the text gives both the part's and the whole's
change in amount — as statistics bulletins print their breakdowns:

    '学前教育在园幼儿4805.21万人,比上年减少13.06万人…其中,普惠性幼儿园在园幼儿4218.20万人,比上年增加135.37万人,
     增长3.32%,占全国在园幼儿的比例87.78%,比上年提高3.05个百分点'
        4218.20 ÷ 4805.21 − (4218.20 − 135.37) ÷ (4805.21 + 13.06) = 87.78% − 84.74% = 3.05 points

The part is the amount before 占 in its sentence, its change in amount right after it; the whole is the nearest amount
before in the same unit over which the part gives the share as printed (the share itself is other families' to judge),
its change in amount right after it. Changes in percent are not read: a bulletin's growth rates are often on a
comparable basis (同口径) that the amounts printed last year were not, so a share rebuilt from them may miss by a
point's tenths that the text never claimed."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS
from ..checks import judge_formula, make, money_scale, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

_UNIT = rf"(?:{CN_UNIT})?(?:{COUNTED_UNITS}|元|美元|港元)"
_AMOUNT = re.compile(rf"(?<![\d.])(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})(?![\d%％])")
# an amount's change on the year before, right after it: ',比上年增加135.37万人', ',比上年末减少13.06万人'
_CHANGE_AFTER = re.compile(rf"\s*[，,]\s*(?:比|较)\s*(?:上年|去年)(?:末|底|同期)?\s*(?P<dir>增加|减少|净增|净减)\s*"
                           rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})(?![\d%％])")
# a share and its move in points: '占全国在园幼儿的比例87.78%,比上年提高3.05个百分点'
_SHARE_MOVE = re.compile(rf"占[^，,。；;%％\d]{{0,20}}?(?P<pct>{SIGNED_NUM})\s*[%％]\s*[，,]\s*(?:比|较)\s*(?:上年|去年)(?:末|底|同期)?\s*"
                         rf"(?P<dir>提高|上升|增加|提升|下降|降低|回落|减少)\s*(?:了)?\s*(?P<pts>{SIGNED_NUM})\s*个?百分点")
# words right before an amount that make it a change, not a level
_A_CHANGE_BEFORE = re.compile(r"(?:增加|减少|净增|净减|增长|下降|比上年|较上年)\s*(?:了)?\s*$")
_DOWN = ("下降", "降低", "回落", "减少", "净减")
WHOLE_REACH = 600  # characters before the share a whole is looked for in


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "百分点" not in text:
            continue
        for m in _SHARE_MOVE.finditer(text):
            check = _judged(page, text, m)
            if check is not None:
                out.append(check)
    return out


def _level_with_change(text: str, a: re.Match) -> Optional[tuple[re.Match, re.Match]]:
    """An amount that is a level, with its change in amount on the year before right after it, in its unit's noun."""
    if _A_CHANGE_BEFORE.search(text, max(0, a.start() - 6), a.start()):
        return None
    c = _CHANGE_AFTER.match(text, a.end())
    if c is None or money_scale(c.group("unit"))[1] != money_scale(a.group("unit"))[1]:
        return None
    return a, c


def _value(m: re.Match, falls: bool = False):
    scale, _ = money_scale(m.group("unit"))
    v = figure_of(m.group("num")).times(scale)
    return v.with_sign(-1) if falls else v


def _judged(page, text: str, m: re.Match) -> Optional[dict]:
    opens = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
    own = [found for a in _AMOUNT.finditer(text, opens, m.start()) if (found := _level_with_change(text, a))]
    if not own:
        return None
    part, part_change = own[-1]
    noun = money_scale(part.group("unit"))[1]
    share = figure_of(m.group("pct"))
    p = _value(part)
    whole = None
    for a in reversed(list(_AMOUNT.finditer(text, max(0, opens - WHOLE_REACH), opens))):
        if money_scale(a.group("unit"))[1] != noun or (found := _level_with_change(text, a)) is None:
            continue
        w = _value(a)
        if w.value > p.value and abs(p.value / w.value * 100 - share.value) <= share.step:
            whole = found
            break
    if whole is None:
        return None
    w_at, w_change = whole
    dp = _value(part_change, part_change.group("dir") in _DOWN)
    dw = _value(w_change, w_change.group("dir") in _DOWN)
    w = _value(w_at)
    if (w.value - dw.value) <= 0:
        return None
    printed = figure_of(m.group("pts"))
    if m.group("dir") in _DOWN:
        printed = printed.with_sign(-1)
    verdict, exact = judge_formula(lambda p, dp, w, dw: p / w * 100 - (p - dp) / (w - dw) * 100, [p, dp, w, dw], printed)
    formula = (f"{part.group('num')}{part.group('unit')} ÷ {w_at.group('num')}{w_at.group('unit')} × 100 − "
               f"(part − its change) ÷ (whole − its change) × 100")
    return make(sentence_marked(text, m.span("pts")), page.number, formula,
                {"part": p, "part's change": dp, "whole": w, "whole's change": dw}, printed, exact, "pp", verdict,
                "the share now less the share the year before, each amount less its change",
                cells=[("text", page.number, *m.span("pts")), ("text", page.number, *part.span("num")),
                       ("text", page.number, *part_change.span("num")), ("text", page.number, *w_at.span("num")),
                       ("text", page.number, *w_change.span("num"))])
