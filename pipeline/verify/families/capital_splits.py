"""Check family: money paid in for new capital split between the registered capital it subscribes and the premium that
goes to the capital reserve — the paid amount is the two together:

    '以 11,300.00 万元的价格认缴立方药业新增注册资本 7,258.65 万元,溢价部分 4,041.35 万元计入立方药业的资本公积'
        11,300.00 = 7,258.65 + 4,041.35
    '本次增资的交易价款合计人民币4,490.00万元,其中人民币22.45万元计入新线中视的注册资本,其余人民币4,467.55万元计入…资本公积'

In one sentence: the amount paid (the first amount of money, said as a price, a payment or an increase: 价格, 价款, 出资,
增资, 认缴…), the amount that goes to registered capital (计入…注册资本, 认缴…注册资本, 为…注册资本) and the one that goes to
the capital reserve (计入…资本公积, 溢价部分). Where the sentence states no premium, nothing is judged (the rest of the
payment is said, not stated)."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, money_scale, named_amount, sentence_marked
from ..sentences import figure_of, loosely, page_sentences


def _amount(name: str) -> str:
    return named_amount(name, before="人民币")


# the amount paid in: '以 11,300.00 万元的价格认缴', '交易价款合计人民币4,490.00万元', '出资 5,000.00 万元', '增资100,000万元'
_PAID = re.compile(rf"(?:以|价款|价格|出资|增资|投资|认购|合计)[^，,。；;\d]{{0,8}}?{_amount('num')}")
# the registered capital's part, named after or before its amount
# (a text copied from a PDF may break a word with a space: '新增注 册资本')
_REGISTERED = re.compile(rf"{_amount('num')}\s*(?:计入|为|作为)[^，,。；;\d]{{0,12}}?(?:{loosely('注册资本')})|"
                         rf"(?:认缴|新增)[^，,。；;\d]{{0,16}}?(?:{loosely('注册资本')})\s*(?:为)?{_amount('reg')}")
# the premium's part: '溢价部分 4,041.35 万元计入…资本公积', '其余人民币4,467.55万元计入…的资本公积'
_RESERVE = re.compile(rf"{_amount('num')}\s*(?:计入|作为)[^，,。；;\d]{{0,12}}?(?:{loosely('资本公积')})|溢价部分\s*(?:为)?{_amount('prem')}")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            check = _judged(page, s)
            if check is not None:
                out.append(check)
    return out


def _value(m: re.Match) -> tuple[str, str, tuple[int, int]]:
    name = next(n for n in ("num", "reg", "prem") if n in m.re.groupindex and m.group(n) is not None)
    return m.group(name), m.group(f"{name}_unit"), m.span(name)


def _judged(page, s) -> Optional[dict]:
    registered = list(_REGISTERED.finditer(s.text))
    reserve = list(_RESERVE.finditer(s.text))
    if len(registered) != 1 or len(reserve) != 1:
        return None
    paid = next((m for m in _PAID.finditer(s.text) if m.end("num") <= min(registered[0].start(), reserve[0].start())), None)
    if paid is None:
        return None
    (r, r_unit, r_span), (p, p_unit, p_span) = _value(registered[0]), _value(reserve[0])
    if r_span == p_span:
        return None
    inputs = [figure_of(r).times(money_scale(r_unit)[0]), figure_of(p).times(money_scale(p_unit)[0])]
    scale = money_scale(paid.group("num_unit"))[0]
    printed = figure_of(paid.group("num"))
    verdict, exact = judge_formula(lambda a, b: (a + b) / scale, inputs, printed)
    return make(sentence_marked(page.text, (s.start + paid.start("num"), s.start + paid.end("num"))), page.number,
                f"{r}{r_unit} + {p}{p_unit}", {"注册资本": inputs[0], "资本公积": inputs[1]}, printed, exact,
                paid.group("num_unit"), verdict, "the registered capital subscribed and the premium to the capital reserve",
                cells=[("text", page.number, s.start + paid.start("num"), s.start + paid.end("num")),
                       ("text", page.number, s.start + r_span[0], s.start + r_span[1]),
                       ("text", page.number, s.start + p_span[0], s.start + p_span[1])])
