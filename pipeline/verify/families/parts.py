"""Check family: a total a sentence states against the parts it lists after it
('单季新增贷款88亿，…，对公/票据贴现/零售分别新增66/19/3亿', '融资交易总量增长至19.2万笔。其中新车和
二手分别为9.9万笔和9.3万笔'): the parts' sum against the total, in one unit, with no line item or
table needed. The total is tied to its parts by the verb they share (新增 … 分别新增), or, where the
parts say only 分别为, it is the figure in the parts' unit just before 其中 (a change in amount,
'同比多增45亿', is no total). Parts summing to less than their total may leave some out (其他 is
seldom listed): unverifiable, never a mismatch; parts summing to more are one."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import formula_range, judge_formula, make, marked
from .results import _BULLET, _NUM, _printed, page_sentences

# a unit after a figure: a scale and what it counts ('亿', '亿元', '万笔', '万辆')
_UNIT = r"(?:万亿|千万|百万|十亿|亿|万|千)?(?:元|美元|港元|笔|辆|台|件|户|家|吨|张|套|部|人|个)?"
# the verbs a part's figure and its total's share; 分别为 alone ties the parts to the figure before 其中
_VERBS = "新增|增加|减少|实现|交付|销售|售出|完成"
_NAME = r"[\u4e00-\u9fffA-Za-z]{1,8}"
_OF_WHICH_WORDS = "其中|结构上看|分结构看|具体来看|从结构看"
_PARTS = re.compile(
    rf"(?:(?P<of_which>{_OF_WHICH_WORDS})\s*[，,:：]?\s*)?(?P<names>{_NAME}(?:\s*(?:[/、]|和|及|与)\s*{_NAME}){{1,9}})\s*"
    rf"分别(?:(?P<verb>{_VERBS})|为|是|达到?)\s*"
    rf"(?P<nums>{_NUM}\s*{_UNIT}(?:\s*(?:[/、，,]|和|及)\s*{_NUM}\s*{_UNIT}){{1,9}})")
_NUM_UNIT = re.compile(rf"(?P<num>{_NUM})\s*(?P<unit>{_UNIT})")
# where one topic ends: a sentence's 。, a ；, a summary's bullet or citation mark
_TOPIC_END = re.compile(rf"[。；;]|{_BULLET}|\[\d+\]")
# a change in amount is no total: '同比多增45亿', '较年初增加3亿'
_A_CHANGE = re.compile(r"(?:同比|环比|较[^，,。]{0,6}?|比[^，,。]{0,4}?)\s*(?:分别)?\s*(?:多增|少增|增加|减少|增长|下降|提升|降低|[+＋\-−])\s*$")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        previous = None
        for s in page_sentences(page):
            for m in _PARTS.finditer(s.text):
                check = _check(s, m, previous)
                if check is not None:
                    out.append(check)
            previous = s
    return out


def _check(s, m: re.Match, previous) -> Optional[dict]:
    names = re.split(r"\s*(?:[/、]|和|及|与)\s*", m.group("names"))
    figures = list(_NUM_UNIT.finditer(m.group("nums")))
    if len(names) != len(figures) or any(f.group("num").startswith(("-", "−")) for f in figures):
        return None  # names and figures do not pair, or a part is a fall
    unit = figures[-1].group("unit")
    if not unit or any(f.group("unit") not in ("", unit) for f in figures):
        return None  # parts in no unit, or in different ones
    total = _total(s, m, previous, unit)
    if total is None:
        return None
    where, t, offset = total
    parts = [_printed(f.group("num")) for f in figures]
    printed = _printed(t.group("num"))
    claim = marked(where.text, offset + t.start("num"), offset + t.end("num"))
    base = m.start("nums")
    cells = [("text", where.page, where.start + offset + t.start("num"), where.start + offset + t.end("num"))] + [
        ("text", s.page, s.start + base + f.start("num"), s.start + base + f.end("num")) for f in figures]
    formula = " + ".join(f"{n} {f.group('num')}" for n, f in zip(names, figures))
    inputs = {n: p for n, p in zip(names, parts)}
    verdict, exact = judge_formula(_summed, parts, printed)
    if verdict == "mismatch":
        _, hi = formula_range(_summed, parts) or (exact, exact)
        if hi < printed.value:
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "the parts listed may not be all of it: a part not listed (其他) would make up the rest",
                        cells=cells)
    return make(claim, where.page, formula, inputs, printed, exact, unit, verdict, "", cells=cells)


def _summed(*parts):
    return sum(parts)


def _total(s, m: re.Match, previous, unit: str) -> Optional[tuple]:
    """The total the parts are of, as (its sentence, its match, where the match's text starts in
    the sentence): the figure in their unit after the verb they share, nearest before them in
    their bullet; or, where the parts follow 其中 (in this sentence or opening it), the figure in
    their unit nearest before 其中 that is no change in amount."""
    # within the parts' own bullet or clause run: a summary's next bullet speaks of another period
    before = s.text[:m.start()]
    cut = max((b.end() for b in _TOPIC_END.finditer(before)), default=0)
    before = before[cut:]
    verb = m.group("verb")
    if verb:
        found = [t for t in _NUM_UNIT.finditer(before) if t.group("unit") == unit
                 and re.search(rf"{verb}[\u4e00-\u9fff]{{0,6}}\s*$", before[:t.start()])]
        return (s, found[-1], cut) if found else None
    if not m.group("of_which"):
        return None
    where, text, offset = s, before, cut
    if not text.strip(" ，,") and cut == 0 and previous is not None:
        # '…19.2万笔。其中新车和二手分别为…': the last clause run of the sentence before
        offset = max((b.end() for b in _TOPIC_END.finditer(previous.text)), default=0)
        where, text = previous, previous.text[offset:]
    found = [t for t in _NUM_UNIT.finditer(text) if t.group("unit") == unit and not _A_CHANGE.search(text[:t.start()])]
    return (where, found[-1], offset) if found else None
