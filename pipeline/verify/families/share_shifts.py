"""Check family: the moves in points of the shares of every member of a whole add up to nothing — what one member's
share gains, the others' lose:

    '林业、牧业、农林牧渔服务业产值比重同比分别提高0.4个、1.1个、0.4个百分点;农业和渔业产值比重分别下降1.8和0.1个百分点'
        0.4 + 1.1 + 0.4 − 1.8 − 0.1 = 0

The moves are read from the lists of a paragraph (members joined by 、, 和, 及, then 比重 or 占比, then 提高/上升 or 下降/降低/回落
and one figure for each member, in order); they are judged only where the members named are every member of a whole the
data knows (data/partitions.json `complete`: 三次产业, 农林牧渔's five, …), each named once: a list of some members says
nothing of the others'."""
from __future__ import annotations

import re
from decimal import Decimal

from ...calc import Printed, judge_sum
from ...document import Document
from ..checks import make
from ..sentences import SIGNED_NUM, figure_of
from .partitions import is_complete

# one list: '林业、牧业、农林牧渔服务业产值比重同比分别提高0.4个、1.1个、0.4个百分点', '农业和渔业产值比重分别下降1.8和0.1个百分点'
_MOVES = re.compile(rf"(?P<names>[\u4e00-\u9fff]{{2,12}}(?:\s*[、和及与]\s*[\u4e00-\u9fff]{{2,12}})*?)\s*(?:产值|增加值|收入|投资)?"
                    rf"\s*(?:比重|占比)\s*(?:同比|比上年)?\s*(?:分别)?\s*(?P<way>提高|上升|提升|增加|下降|降低|回落|减少)\s*(?:了)?\s*"
                    rf"(?P<nums>{SIGNED_NUM}\s*个?(?:\s*[、和及,，]\s*{SIGNED_NUM}\s*个?)*)\s*百分点")
_FALLS = ("下降", "降低", "回落", "减少")
_NAME_TAIL = re.compile(r"(?:产值|增加值|收入|投资)$")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        start = 0
        for paragraph in text.split("\n"):
            out += _judged(page, paragraph, start)
            start += len(paragraph) + 1
    return out


def _judged(page, paragraph: str, offset: int) -> list[dict]:
    names, moves, spans = [], [], []
    for m in _MOVES.finditer(paragraph):
        members = [_NAME_TAIL.sub("", n.strip()) for n in re.split(r"[、和及与]", m.group("names"))]
        members[0] = re.split(r"[，,：:。；;]|其中", members[0])[-1]
        figures = list(re.finditer(SIGNED_NUM, m.group("nums")))
        if len(figures) != len(members):
            continue
        sign = -1 if m.group("way") in _FALLS else 1
        for name, f in zip(members, figures):
            names.append(name)
            moves.append(figure_of(f.group(0)).with_sign(sign))
            spans.append((offset + m.start("nums") + f.start(), offset + m.start("nums") + f.end()))
    if len(names) < 2 or not is_complete(names):
        return []
    nothing = Printed(Decimal(0), Decimal("1e-9"))
    verdict, exact = judge_sum(moves, nothing)
    shown = " ".join(f"{'+' if p.value >= 0 else '−'}{abs(p.value)}" for p in moves)
    return [make(f"the shares' moves of {'、'.join(names)}: {shown} = 0", page.number,
                 " + ".join(f"move of {n}" for n in names), dict(zip(names, moves)), nothing, exact, "个百分点", verdict,
                 "the moves of every member's share of one whole add up to nothing",
                 cells=[("text", page.number, a, b) for a, b in spans])]
