"""Check family: a total stated as several measures in one run, and its parts after 其中 each stated as the same measures
in the same order — each measure's total the sum of the parts' figures of it:

    '国际货物和服务贸易收入14322亿元,支出13352亿元,顺差970亿元。其中,货物贸易收入12914亿元,支出10926亿元,顺差1988亿元;
     服务贸易收入1407亿元,支出2426亿元,逆差1018亿元。'
        收入 12914 + 1407 = 14321 (14322 printed: rounding); 支出 10926 + 2426 = 13352; 顺差 1988 − 1018 = 970

A measure is known by the last two characters of its name ('收入', '支出'); a balance by 顺差 or 逆差, a deficit counting
against a surplus. The parts are the runs after 其中 to the sentence's end, one a semicolon; each must state the total's
measures, no more, in its order and units. Parts summing short of a total may leave one out (unverifiable), as may every
measure of that breakdown then; parts summing over it are a mismatch."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, sentence_end, sentence_marked, sentence_start
from ..sentences import SIGNED_NUM, figure_of

# one measure's clause: '国际货物和服务贸易收入14322亿元', '支出13352亿元', '顺差970亿元' (the currency may follow: '亿元人民币')
# (a month may open it: '9月新能源汽车生产28324辆', '1-9月…')
_MEASURE = re.compile(rf"^\s*(?:(?:\d{{4}}\s*年\s*)?\d{{1,2}}(?:\s*[-—~至]\s*\d{{1,2}})?\s*月份?)?\s*(?P<name>[\u4e00-\u9fff（）()]{{2,30}}?)\s*(?:为|达到?|约为?)?\s*(?P<num>{SIGNED_NUM})\s*"
                      rf"(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|美元|港元|欧元|吨|人次|人|辆|件|台))(?:人民币)?\s*$")
_BALANCE = re.compile(r"(?P<kind>顺差|逆差)$")
# a measure's key: the last two characters of its name, output and sales each under one key ('生产' and '产量', '销售'
# and '销量'), as a part stating both at once names them ('纯电动汽车产销量分别达20365辆和19228辆')
_KEYS = {"生产": "产", "产量": "产", "销售": "销", "销量": "销"}
# a part stating output and sales in one clause, its figures in that order
_PAIRED = re.compile(rf"\s*(?P<name>[\u4e00-\u9fff]{{2,20}}?)\s*产销量?\s*分别\s*(?:为|达到?|是)?\s*(?P<a>{SIGNED_NUM})\s*"
                     rf"(?P<ua>(?:万|千)?(?:吨|辆|台|件))\s*(?:和|、|与|及)\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>(?:万|千)?(?:吨|辆|台|件))")
_OF_WHICH = re.compile(r"其中\s*[，,:：]?")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for of_which in _OF_WHICH.finditer(text):
            out += _breakdown(page, text, of_which)
    return out


def _measures(text: str, start: int, end: int, trailing: bool = False) -> Optional[list[tuple]]:
    """The clauses of text[start:end] as (key, name, signed figure, unit, span), after any that open it with no measure
    ('2020年3月,'); None where a later one is no measure's — unless `trailing` (a total's run may go on with words on its
    measures: '生产28324辆,销售28092辆,同比增长分别达2.1倍和2.2倍'), where the measures end there."""
    found, at = [], start
    for clause in re.split(r"([，,])", text[start:end]):
        if clause in ("，", ","):
            at += len(clause)
            continue
        m = _MEASURE.match(clause)
        if m is None and not found:
            at += len(clause)
            continue  # (the words opening the run: its period, its source)
        if m is None and trailing and len(found) >= 2:
            return found
        if m is None:
            return None
        name = m.group("name")
        balance = _BALANCE.search(name)
        key = "balance" if balance else _KEYS.get(name[-2:], name[-2:])
        figure = figure_of(m.group("num"))
        if balance and balance.group("kind") == "逆差":
            figure = figure.signed(-1)
        found.append((key, name, figure, m.group("unit"), (at + m.start("num"), at + m.end("num"))))
        at += len(clause)
    return found


def _paired(text: str, start: int, end: int) -> Optional[list[tuple]]:
    """A part stating output and sales in one clause ('纯电动汽车产销量分别达20365辆和19228辆'), as two measures."""
    m = _PAIRED.match(text, start, end)
    if m is None:
        return None
    name = m.group("name")
    return [("产", f"{name}产量", figure_of(m.group("a")), m.group("ua"), m.span("a")),
            ("销", f"{name}销量", figure_of(m.group("b")), m.group("ub"), m.span("b"))]


def _breakdown(page, text: str, of_which: re.Match) -> list[dict]:
    head_end = of_which.start()
    while head_end > 0 and text[head_end - 1] in "，,。 ":
        head_end -= 1
    head_start = sentence_start(text, head_end)
    total = _measures(text, head_start, head_end, trailing=True)
    if not total or len(total) < 2:
        return []
    end = sentence_end(text, of_which.end(), "。\n")
    groups, at = [], of_which.end()
    for piece in re.split(r"([；;])", text[of_which.end():end]):
        if piece not in ("；", ";"):
            group = _measures(text, at, at + len(piece)) or _paired(text, at, at + len(piece))
            if group is None or [g[0] for g in group] != [t[0] for t in total] or [g[3] for g in group] != [t[3] for t in total]:
                return []  # (a part stating other measures, or in another order: no parallel breakdown)
            groups.append(group)
        at += len(piece)
    if len(groups) < 2:
        return []
    # (each part named by its run's first name less its measure: '货物贸易' of '货物贸易收入', so '货物贸易支出')
    labels = [g[0][1][:-2] for g in groups]
    out, short = [], False
    for i, (key, name, figure, unit, span) in enumerate(total):
        parts = [g[i] for g in groups]
        named = [p[1] if p[1].startswith(label) else label + p[1] for p, label in zip(parts, labels)]
        verdict, exact = judge_formula(lambda *xs: sum(xs), [p[2] for p in parts], figure)
        if verdict == "mismatch" and key != "balance" and exact is not None and abs(exact) < abs(figure.value):
            short = True
        formula = "".join(f"{' − ' if p[2].value < 0 else ' + '}{n} {abs(p[2].value)}" for p, n in zip(parts, named)).lstrip(" +")
        out.append([make(sentence_marked(text, span), page.number, formula,
                         {n: p[2] for p, n in zip(parts, named)}, figure, exact, unit, verdict, "",
                         cells=[("text", page.number, *span)] + [("text", page.number, *p[4]) for p in parts]), key])
    if short:
        for check, _ in out:
            if check["verdict"] == "mismatch":
                check["verdict"], check["note"] = "unverifiable", "the parts listed fall short of a total: a part not listed would make up the rest"
    return [check for check, _ in out]
