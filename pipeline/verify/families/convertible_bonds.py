"""Check family: a convertible bond's issue and what is left of it, as its conversion notices state them:

    '发行可转换公司债券400万张,每张面值100元人民币,募集资金总额4亿元'        400万 × 100 = 4亿
    '累计111,000元可转债转换为12,613股' … '未转股可转债金额为3.99889亿元,占发行总量的99.9723%'
        4亿 − 111,000 = 3.99889亿;   3.99889亿 ÷ 4亿 = 99.9723%
    '累计16,781,618张可转债完成转股' … '尚有1,518,382张可转债未转股 占发行总量的8.30%'   in bonds (张), 1,830万 issued

The issue: its bonds (张) and its total (发行总额, 募集资金总额, 总额); a bond's face value is the one the text states
('每张面值100元'), else 100元, the face value of every convertible bond issued in China (data/convertible_bonds.json).
What is left: the bonds (or their amount) not converted, the issue less those converted so far ('累计…元…转换为', '累计转股
金额为', '累计…张…完成转股') and those sold back or redeemed ('回售…面值2000元': a put takes bonds out too). A text that
states no conversion so far judges nothing left."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import UNIT_MULT
from ..checks import judge_formula, make, money_scale, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

_DATA = json.loads((Path(__file__).resolve().parents[2] / "data" / "convertible_bonds.json").read_text(encoding="utf-8"))
FACE_VALUE = Decimal(str(_DATA["face_value"]))  # yuan a bond, where the text states none
_SCALE = r"万亿|亿|千万|百万|万"
_BOND = r"可转换公司债券|可转债|转债"
_MONEY = rf"(?:人民币)?\s*(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:{_SCALE})?元)"
# the issue: '发行可转换公司债券400万张,每张面值100元…募集资金总额4亿元', '发行880万张可转换公司债券,总额8.80亿元'
_ISSUE = re.compile(rf"发行[^。；;\d]{{0,16}}?(?P<n>{SIGNED_NUM})\s*(?P<n_unit>(?:{_SCALE})?)张\s*(?:{_BOND})?"
                    rf"(?P<between>[^。；;\[]{{0,40}}?)(?:发行总额|募集资金总额|总额)\s*(?:为)?\s*{_MONEY.replace('NAME', 'total')}")
_FACE = re.compile(rf"每张面值\s*(?:人民币)?\s*(?P<face>{SIGNED_NUM})\s*元")
# converted so far: '累计111,000元可转债转换为…', '累计有35.7万元转换为公司股份', '累计共有人民币269,092,000元"鹿山转债"转换为',
# '累计70,000元转股5,362股', '累计转股金额为31.8万元'; in bonds: '累计16,781,618张可转债完成转股'
_CONVERTED = re.compile(rf"累计(?:共有|有)?\s*(?:转股金额为)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{_SCALE})?(?:元|张))"
                        rf"[^。；;\[\d]{{0,16}}?(?:转换|转股|完成转股)")
# sold back or redeemed: '回售申报,有效申报数量为20张,面值2000元'
_TAKEN_OUT = re.compile(rf"(?:回售|赎回)[^。；;\[]{{0,30}}?(?:面值|金额)\s*(?:为|合计)?\s*{_MONEY.replace('NAME', 'out')}")
# left: '未转股可转债金额为3.99889亿元', '尚未转股的可转债金额为人民币254,908,000元', '未转股金额879,930,000元', '尚有1,518,382张可转债未转股'
_LEFT = re.compile(rf"(?:未转股[^。；;\[\d]{{0,10}}?金额\s*(?:为)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{_SCALE})?元)"
                   rf"|尚有\s*(?P<n>{SIGNED_NUM})\s*(?P<n_unit>(?:{_SCALE})?)张[^。；;\[\d]{{0,10}}?未转股)")
# its share of the issue right after: ',占发行总量的99.9723%', ',占比99.9920%', ' 占发行总量的8.30%'
_SHARE_AFTER = re.compile(rf"\s*[，,]?\s*占\s*(?:可转债)?\s*(?:发行总量|发行总额|比)\s*(?:的)?\s*(?:比例)?\s*(?:为)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        issue = _ISSUE.search(text)
        if issue is None:
            continue
        face = _FACE.search(issue.group("between")) or _FACE.search(text)
        face_value = figure_of(face.group("face")) if face else Printed(FACE_VALUE, Decimal(0), 0)
        bonds = figure_of(issue.group("n")).times(_scale(issue.group("n_unit")))
        printed, scale = figure_of(issue.group("total")), money_scale(issue.group("total_unit"))[0]
        total = printed.times(scale)
        verdict, exact = judge_formula(lambda n, f: n * f / scale, [bonds.exact(), face_value.exact()], printed)
        out.append(make(sentence_marked(text, issue.span("total")), page.number,
                        f"{issue.group('n')}{issue.group('n_unit')}张 × {face_value.value.normalize():f}元",
                        {"bonds": bonds, "face value": face_value}, printed, exact, issue.group("total_unit"), verdict,
                        "an issue's total: its bonds at their face value" + ("" if face else " (100元, as every convertible's)"),
                        cells=[("text", page.number, *issue.span("total")), ("text", page.number, *issue.span("n"))]))
        out += _left(page, issue, bonds, face_value, total)
    return out


def _money(m: re.Match, name: str) -> Printed:
    return figure_of(m.group(name)).times(money_scale(m.group(f"{name}_unit"))[0])


def _scale(word: str) -> Decimal:
    """How many one of a scale word is ('万' 10⁴, '' 1): of bonds (万张) or yuan (亿元) alike."""
    return Decimal(UNIT_MULT[word])


def _left(page, issue: re.Match, bonds: Printed, face: Printed, total: Printed) -> list[dict]:
    """What is left of the issue, and its share of it, from the issue less those converted and taken out."""
    text = page.text
    out = []
    for left in _LEFT.finditer(text):  # (a notice may state what is left before it restates the issue)
        in_bonds = left.group("n") is not None
        converted = _converted(text, left.start(), in_bonds)
        if converted is None:
            continue
        c, c_span, c_printed = converted
        taken = [(_money(t, "out"), t.span("out"), t.group("out") + t.group("out_unit")) for t in _TAKEN_OUT.finditer(text)]
        if in_bonds:
            printed, unit = figure_of(left.group("n")), left.group("n_unit") + "张"
            scale = _scale(left.group("n_unit"))
            whole, parts, span = bonds, [c] + [Printed(t.value / face.value, Decimal(0), 0) for t, _, _ in taken], left.span("n")
        else:
            printed, unit = figure_of(left.group("num")), left.group("unit")
            scale = money_scale(unit)[0]
            whole, parts, span = total, [c] + [t for t, _, _ in taken], left.span("num")
        amount = printed.times(scale)
        verdict, exact = judge_formula(lambda w, *ps: (w - sum(ps)) / scale, [whole.exact()] + parts, printed)
        shown = " − ".join([c_printed] + [printed for _, _, printed in taken])
        cells = [("text", page.number, *span), ("text", page.number, *c_span)] + [("text", page.number, *s) for _, s, _ in taken]
        out.append(make(sentence_marked(text, span), page.number, f"issue − {shown}", {"issue": whole, "converted": c},
                        printed, exact, unit, verdict,
                        "what is left of the issue: less the bonds converted so far" + (", and those sold back" if taken else ""),
                        cells=cells))
        share = _SHARE_AFTER.match(text, left.end())
        if share is not None:
            pct = figure_of(share.group("pct"))
            verdict, exact = judge_formula(lambda a, w: a / w * 100, [amount, whole.exact()], pct)
            out.append(make(sentence_marked(text, share.span("pct")), page.number, f"{text[span[0]:span[1]]} ÷ issue × 100",
                            {"left": amount, "issue": whole}, pct, exact, "%", verdict, "what is left, over the issue",
                            cells=[("text", page.number, *share.span("pct")), ("text", page.number, *span)]))
    return out


def _converted(text: str, before: int, in_bonds: bool) -> Optional[tuple[Printed, tuple[int, int], str]]:
    """The bonds converted so far, stated last before what is left (else first after it), in its unit (元, or 张)."""
    found = [m for m in _CONVERTED.finditer(text, 0, before) if m.group("unit").endswith("张") == in_bonds]
    if not found:  # (or right after it: '…未转股…' may come first)
        found = [m for m in _CONVERTED.finditer(text, before) if m.group("unit").endswith("张") == in_bonds][:1]
    if not found:
        return None
    m = found[-1]
    return figure_of(m.group("num")).times(_scale(m.group("unit")[:-1])), m.span("num"), m.group("num") + m.group("unit")
