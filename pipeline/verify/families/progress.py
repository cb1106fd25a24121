"""Check family: how much of a stated annual target the year so far has done ('2021年销售目标定为
1200亿元…今年前8个月…累计实现合同销售金额约751.36亿元…完成年度目标约63%'; a target in units
sold as well: '全年销量目标为460万辆…已完成销量目标的70.87%'): the year-to-date amount ÷ the
target; and what is left to do ('接下来的3个月…还需要售出约134万辆'): the target − the year so far.
The target is the nearest '目标…X亿元' (or X万辆, any unit of data/counted_units.json) before the
share; the amount the nearest before it that a year-to-date word marks (累计, 前8个月, 1-9月,
首8个月, 一季度…, or 完成 for the year done), in the target's unit. A share with no target before it, a
heading's ('销量目标完成率97%。2025年公司销量目标300万辆,完成291.3万辆'), takes them from the rest of its paragraph."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import COUNTED_UNITS, NUM, UNIT_MULT, unit_key
from ..checks import block_of, clause_before, each_match, judge_formula, make, sentence_marked, several_stocks

_FIGURE = NUM  # a printed figure, its thousands separated or not (quantities.NUM)
# an amount of money or of things counted ('万辆'): `cur` is what it counts in
_MONEY = rf"(?P<scale>万亿|亿|千万|百万|万)?\s*(?P<cur>元|港元|美元|{COUNTED_UNITS})"
_TARGET = re.compile(rf"目标\s*(?:定为|设定为|为|是|约为|约)?\s*(?:人民币)?\s*(?P<num>{_FIGURE})\s*{_MONEY}")
# (or the target's figure before 目标: '完成全年900万人目标的73%')
_TARGET_BEFORE_ITS_WORD = re.compile(rf"(?:全年|年度|全年度)\s*(?P<num>{_FIGURE})\s*{_MONEY}(?=\s*(?:的)?\s*(?:销售|销量|产量)?\s*目标)")
_SHARE = re.compile(rf"(?:完成(?:了)?\s*(?:年度|全年|全年度)?\s*(?:\d[\d,.]*\s*(?:万亿|亿|千万|百万|万)?\s*[\u4e00-\u9fff]{{1,2}}?\s*(?:的)?\s*)?"
                    rf"(?:销售|合约销售|合同销售|销量|交付|交付量|产量)?\s*目标(?:的)?"
                    rf"|目标完成率\s*(?:为)?"
                    # (or 完成率 alone right after the target's clause: '全年开店目标1300家,完成率78.15%')
                    rf"|(?<=[，,])\s*完成率\s*(?:为|达)?)\s*"
                    rf"(?:约)?\s*(?P<num>{_FIGURE})\s*%")
# what is still to do, in an amount ('还需要售出约134万辆', '尚需实现约300亿元')
_REMAINING = re.compile(rf"(?:还需要?|尚需要?|仍需要?|还差|尚差)\s*(?:再)?\s*(?:售出|销售|卖出|实现|完成|交付|新开|开设)?\s*(?:约|近)?\s*"
                        rf"(?P<num>{_FIGURE})\s*{_MONEY}")
_AMOUNT = re.compile(rf"(?P<num>{_FIGURE})\s*{_MONEY}")
# words that make an amount the year so far's, in its clause
# (or the year's whole, done: '销量目标300万辆,完成291.3万辆')
_YEAR_TO_DATE = re.compile(r"累计|前\s*\d{1,2}\s*个?月|1\s*[-—~至]\s*\d{1,2}\s*月|1月\s*[-—~至]\s*\d{1,2}\s*月|首\s*\d{1,2}\s*个?月|"
                           r"今年以来|年初至今|一季度|上半年|前三季度|(?<![未没])完成(?!率)")
# an amount a comparison names as its base ('较去年同期的274.79万辆'): last year's, not the year so far's
_LAST_YEARS = re.compile(r"(?:去年|上年)同期(?:的)?\s*(?:约)?\s*$")
REACH = 600  # characters before the share its target and amount may stand
_NET_BEFORE = re.compile(r"净(?:增加?|减少?|开|新增|新开)\s*(?:门店|酒店|网点)?\s*$")


def find(doc: Document) -> list[dict]:
    return each_match(doc, _SHARE, _judged) + each_match(doc, _REMAINING, _judged_remaining)


def _judged(page, m: re.Match) -> Optional[dict]:
    return _against_target(page, m, lambda so_far, goal: so_far / goal * 100, "{so_far} ÷ {target} × 100", "%",
                           "the year so far's amount over the target the text states")


def _judged_remaining(page, m: re.Match) -> Optional[dict]:
    scale = Decimal(UNIT_MULT[m.group("scale") or ""])
    return _against_target(page, m, lambda so_far, goal: (goal - so_far) / scale, "{target} − {so_far}",
                           m.group("scale") or "", "the target the text states less the year so far's amount", in_its_unit=True)


def _against_target(page, m: re.Match, fn, formula: str, unit: str, note: str, in_its_unit: bool = False) -> Optional[dict]:
    """The claim at `m` judged as fn(the year so far's amount, the target); `in_its_unit`: only where the claim
    counts in the target's unit (what is left of 460万辆 is in 万辆, never in 亿元)."""
    text = page.text
    found = _target_and_done(text, m.start("num"))
    if found is None or (in_its_unit and unit_key(m.group("cur")) != unit_key(found[0].group("cur"))):
        return None
    target, done = found
    amount, goal = _money(done), _money(target)
    printed = Printed.of(m.group("num"))
    verdict, exact = judge_formula(fn, [amount, goal], printed)
    formula = formula.format(so_far=text[done.start():done.end()], target=text[target.start("num"):target.end()])
    return make(sentence_marked(text, m.span("num")), page.number, formula, {"so far": amount, "target": goal}, printed,
                exact, unit, verdict, note,
                cells=[("text", page.number, *m.span("num")), ("text", page.number, *done.span("num")),
                       ("text", page.number, *target.span("num"))])


def _target_and_done(text: str, at: int) -> Optional[tuple[re.Match, re.Match]]:
    """The target stated before `at` and the year so far's amount toward it, in its unit — or, where none is
    before it, after it in its paragraph (a heading's '销量目标完成率97%' over '销量目标300万辆,完成291.3万辆')."""
    start = max(0, at - REACH)
    if several_stocks(text):
        start = max(start, block_of(text, at)[0])  # a morning note: the share's own company's block
    targets = sorted(list(_TARGET.finditer(text, start, at)) + list(_TARGET_BEFORE_ITS_WORD.finditer(text, start, at)),
                     key=lambda t: t.start())
    if not targets:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        after = _target_and_done(text, end) if "目标" in text[at:end] else None
        return after if after is not None and after[0].start() > at else None
    target = targets[-1]
    currency = unit_key(target.group("cur"))
    targets_at = [(t.start("num"), t.end()) for t in targets]
    done = in_its_sentence = None
    for a in _AMOUNT.finditer(text, start, at):
        if unit_key(a.group("cur")) != currency or any(s <= a.start() < e for s, e in targets_at):
            continue  # (a target, this one or one before, is no amount done)
        if _NET_BEFORE.search(text, max(0, a.start() - 6), a.start()) and "净" not in text[max(0, target.start() - 8):target.start()]:
            continue  # a net change ('净增592家') is no amount done toward a target of openings ('开店目标1300家')
        if _year_to_date(text, a.start()) and not _LAST_YEARS.search(text, max(0, a.start() - 12), a.start()):
            done = a
        if not _SENTENCE_END.search(text, a.end(), at) and not _NOT_THE_YEAR_SO_FAR.search(clause_before(text, a.start())):
            in_its_sentence = a
    # the amount the share's own sentence says was done wins over the year so far's before it ('1—6月,…新增就业655万人,
    # 完成全年900万人目标的73%。城镇失业人员再就业290万人,完成全年500万人目标的58%': 290, the sentence's period the one before's)
    done = in_its_sentence or done
    return None if done is None else (target, done)


_SENTENCE_END = re.compile(r"[。；;!！?？\n]")
# an amount of a year before, or of a single month or quarter ('9月实现60亿元'): not the year so far's
_NOT_THE_YEAR_SO_FAR = re.compile(r"去年|上年|前年|\d{4}\s*年|(?<![\d\-—~至])\d{1,2}\s*月(?!\s*[\-—~至])|单月|当月|单季|月份")


def _money(m: re.Match) -> Printed:
    return Printed.of(m.group("num")).times(Decimal(UNIT_MULT[m.group("scale") or ""]))


_ONE_MONTH = re.compile(r"单月|当月|单季|月份")


def _year_to_date(text: str, at: int) -> bool:
    """Whether the amount at `at` is the year so far's: its clause says so ('累计实现'), or its
    sentence does ('今年前8个月,…') and its clause names no single month ('9月单月实现60亿元')."""
    before = text[max(0, at - 120):at]
    sentence = re.split(r"[。；;\n]", before)[-1]
    clause = re.split(r"[，,]", sentence)[-1]
    if _YEAR_TO_DATE.search(clause):
        return True
    return not _ONE_MONTH.search(clause) and bool(_YEAR_TO_DATE.search(sentence))
