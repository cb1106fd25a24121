"""Check family: an amount less a fee a text deducts from it is the amount it states after the deduction:

    '募集资金总额为人民币49,028.50万元,扣除发行费用人民币(不含税)5,585.48万元后,募集资金净额为人民币43,443.01万元'
        43,443.01 = 49,028.50 − 5,585.48
    '共计募集资金33,731.10万元,坐扣承销和保荐费用2,600.00万元后的募集资金为31,131.10万元,…。另减除…新增外部费用
     1,086.03万元后,公司本次实际募集资金净额为人民币30,045.07万元'
        31,131.10 = 33,731.10 − 2,600.00;   30,045.07 = 31,131.10 − 1,086.03

A deduction is a verb of taking away (扣除, 坐扣, 减除, 扣减, 减去) naming a fee or a cost (…费用, …费) and its amount; the
amount it is taken from is the last amount of money before the verb — in its sentence, or the one before where its own
opens on the deduction ('另减除…': it goes on from the figure the sentence before left); the result is the first amount
after the deduction in its sentence. Amounts in brackets are a case's or a year's, never the ones read; a bracket after an
amount may say what it holds ('(不含税)'). The amounts may be in different units of money (66,500万元 less
10,464,622.64元): each is taken in yuan."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import each_match, in_brackets, judge_formula, make, money_scale, sentence_marked, sentence_start
from ..sentences import SIGNED_NUM, figure_of

# an amount of money, '人民币' before it allowed, a bracket saying what it holds before or after that ('(含税)', '(不含增值税)':
# '扣除发行费用(不含增值税)人民币63,531,725.18元')
_AMOUNT = rf"(?:[(（][^()（）\d]{{1,10}}[)）])?\s*(?:人民币)?\s*(?:[(（][^()（）\d]{{1,10}}[)）])?\s*(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:万亿|亿|千万|百万|万)?元)(?!\s*/)"
_DEDUCTION = re.compile(rf"(?P<verb>扣除|坐扣|减除|扣减|减去)(?P<what>[^，,。；;\d]{{0,50}}?(?:费用|费))\s*"
                        rf"{_AMOUNT.replace('NAME', 'fee')}\s*(?:[(（][^()（）\d]{{1,10}}[)）])?\s*(?:后|之后)?")
# the result: the first amount after the deduction in its sentence ('后的募集资金为31,131.10万元', ',本次募集资金净额为…')
_RESULT = re.compile(rf"[^。；;\d]{{0,40}}?(?:为|是|达|共计)?\s*{_AMOUNT.replace('NAME', 'num')}")
_ANY_AMOUNT = re.compile(_AMOUNT.replace("NAME", "num"))
REACH = 200  # how far before its deduction the amount it is taken from may stand, in characters
_BREAKS = "。；;"  # where a deduction's sentence (or run of clauses) ends


def after_a_deduction(text: str, at: int) -> bool:
    """Whether the figure at `at` is what a deduction before it in its sentence leaves ('…费用2,600.00万元后的募集资金为
    31,131.10万元'): a net, no gross a deal's shares and price make."""
    start = sentence_start(text, at, _BREAKS)
    return any(m.end() <= at for m in _DEDUCTION.finditer(text, start, at))


def find(doc: Document) -> list[dict]:
    return each_match(doc, _DEDUCTION, _judged)


def _base(text: str, m: re.Match) -> Optional[re.Match]:
    """The last amount before the deduction, outside brackets, in its sentence — or, where the sentence opens on the
    deduction ('另减除…'), in the one before."""
    start = sentence_start(text, m.start(), _BREAKS)
    if not re.search(r"\d", text[start:m.start()]):
        start = sentence_start(text, max(0, start - 1), _BREAKS)
    start = max(start, m.start() - REACH)
    found = [a for a in _ANY_AMOUNT.finditer(text, start, m.start()) if not in_brackets(text, a.start("num"), start)]
    return found[-1] if found else None


def _judged(page, m: re.Match) -> Optional[dict]:
    text = page.text
    base = _base(text, m)
    result = _RESULT.match(text, m.end())
    if base is None or result is None:
        return None
    scale = money_scale(result.group("num_unit"))[0]
    inputs = [figure_of(base.group("num")).times(money_scale(base.group("num_unit"))[0]),
              figure_of(m.group("fee")).times(money_scale(m.group("fee_unit"))[0])]
    printed = figure_of(result.group("num"))
    verdict, exact = judge_formula(lambda whole, fee: (whole - fee) / scale, inputs, printed)
    what = re.sub(r"^(?:本次|相关的?|了)", "", m.group("what"))
    return make(sentence_marked(text, result.span("num")), page.number,
                f"{base.group('num')}{base.group('num_unit')} − {what} {m.group('fee')}{m.group('fee_unit')}",
                {"amount": inputs[0], what: inputs[1]}, printed, exact, result.group("num_unit"), verdict,
                f"the amount left after {m.group('verb')} {what}",
                cells=[("text", page.number, *result.span("num")), ("text", page.number, *base.span("num")),
                       ("text", page.number, *m.span("fee"))])
