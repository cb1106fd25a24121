"""Check family: an impairment notice's effect on profit — the charges it books less the provisions it writes back or off
on selling what they covered:

    '2024年度公司计提减值准备合计人民币7,759.45万元,转销减少3,994.93万元,影响公司本期利润总额3,764.52万元'
        3,764.52 = 7,759.45 − 3,994.93
    '拟计提信用和资产减值损失合计179,618,868.10元 … 综合考虑计提和转销,对利润总额影响为 - 77,356,311.22元 … 本期转销金额
     102,262,556.88元'                                              −77,356,311.22 = −(179,618,868.10 − 102,262,556.88)

In one paragraph: the charges' total (计提…合计, else the paragraph's one 计提 amount), the one amount written back (转销,
转回, 冲回) and the one effect on 利润总额 (影响…, 减少…, a sign printed before it or not: a charge lowers profit). A paragraph
with two amounts written back, or two effects, says nothing of which go together: not read."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, money_scale, named_amount, sentence_marked
from ..sentences import figure_of


def _amount(name: str) -> str:
    return named_amount(name)


_CHARGES = re.compile(rf"计提[^。；;\d]{{0,24}}?合计\s*(?:为)?{_amount('num')}")
_CHARGE = re.compile(rf"计提[^。；;\d]{{0,24}}?{_amount('num')}")
_WRITTEN_BACK = re.compile(rf"(?:转销|转回|冲回)[^。；;，,\d]{{0,12}}?{_amount('num')}")
# (or the effect said after its line: '对利润总额影响为 - 77,356,311.22元')
_EFFECT = re.compile(rf"(?:(?:影响|减少)[^。；;\d]{{0,16}}?利润总额|对[^。；;，,\d]{{0,8}}?利润总额\s*的?\s*影响)\s*(?:为|约)?\s*"
                     rf"(?P<sign>[-−])?\s*{_amount('num')}")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for paragraph in re.finditer(r"[^\n]+", page.text):
            check = _judged(page, *paragraph.span())
            if check is not None:
                out.append(check)
    return out


def _judged(page, start: int, end: int) -> Optional[dict]:
    text = page.text
    effects = list(_EFFECT.finditer(text, start, end))
    backs = list(_WRITTEN_BACK.finditer(text, start, end))
    if len(effects) != 1 or len(backs) != 1:
        return None
    charges = list(_CHARGES.finditer(text, start, end)) or list(_CHARGE.finditer(text, start, end))
    if len(charges) != 1:
        return None
    charge, back, effect = charges[0], backs[0], effects[0]
    scale = money_scale(effect.group("num_unit"))[0]
    inputs = [figure_of(m.group("num")).times(money_scale(m.group("num_unit"))[0]) for m in (charge, back)]
    sign = -1 if effect.group("sign") else 1  # (printed as a fall: the charges less the write-backs, taken away)
    printed = figure_of(effect.group("num")).signed(sign)
    verdict, exact = judge_formula(lambda c, b: sign * (c - b) / scale, inputs, printed)
    formula = f"{charge.group('num')}{charge.group('num_unit')} − {back.group('num')}{back.group('num_unit')}"
    return make(sentence_marked(text, effect.span("num")), page.number, f"−({formula})" if sign < 0 else formula,
                {"charges": inputs[0], "written back": inputs[1]}, printed, exact, effect.group("num_unit"), verdict,
                "the charges less the provisions written back",
                cells=[("text", page.number, *effect.span("num")), ("text", page.number, *charge.span("num")),
                       ("text", page.number, *back.span("num"))])
