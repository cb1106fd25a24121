"""Check family: the gap a sentence states between two amounts it names, as a raised-funds report reconciles an account:

    '2023年末募集资金专户实际余额22,422.57万元,与应结余57,222.57万元的差异34,800万元系购买结构性存款'
        34,800 = 57,222.57 − 22,422.57

The first amount, then 与 (和) and the second, then 的差异 (差额, 差距, 差值, or 相差) and the gap, in one clause run; the
gap is the larger less the smaller. The three are in one kind of unit (money, shares), each taken in its own scale."""
from __future__ import annotations

import re

from ..checks import each_match, judge_formula, make, money_scale, named_amount, sentence_marked
from ..sentences import figure_of


def _amount(name: str) -> str:
    return named_amount(name, units="元|美元|港元|股")


_GAP = re.compile(rf"{_amount('a')}\s*[，,]?\s*(?:与|和|同)(?P<b_name>[^，,。；;\d]{{0,12}}?){_amount('b')}\s*(?:之间)?\s*"
                  rf"(?:的)?\s*(?P<word>差异|差额|差距|差值|相差|之差)\s*(?:为|是|达|约)?\s*{_amount('gap')}")


def find(doc) -> list[dict]:
    return each_match(doc, _GAP, _judged)


def _judged(page, m: re.Match):
    units = [m.group(f"{n}_unit") for n in ("a", "b", "gap")]
    if len({money_scale(u)[1] for u in units}) != 1:
        return None  # (money against shares: no gap)
    scales = [money_scale(u)[0] for u in units]
    a, b = (m.group(n) for n in ("a", "b"))
    inputs = [figure_of(a).times(scales[0]), figure_of(b).times(scales[1])]
    printed = figure_of(m.group("gap"))
    verdict, exact = judge_formula(lambda x, y: abs(x - y) / scales[2], inputs, printed)
    return make(sentence_marked(page.text, m.span("gap")), page.number, f"|{a}{units[0]} − {b}{units[1]}|",
                {"first": inputs[0], m.group("b_name").strip() or "second": inputs[1]}, printed, exact, units[2], verdict,
                f"the {m.group('word')} between the two amounts the sentence names",
                cells=[("text", page.number, *m.span("gap")), ("text", page.number, *m.span("a")),
                       ("text", page.number, *m.span("b"))])
