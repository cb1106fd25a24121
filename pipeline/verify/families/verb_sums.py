"""Check family: amounts a text lists clause by clause under one verb, then their total under the same verb:

    '2024年度,公司计提应收款项坏账准备8262.33万元,计提存货减值准备283.01万元,计提合同资产减值准备1538.91万元,
     计提固定资产减值准备8593.00万元,计提在建工程减值准备133.38万元。各类资产减值准备整体变动为计提18810.63万元。'
        18810.63 = 8262.33 + 283.01 + 1538.91 + 8593.00 + 133.38

or its total first, closing on '其中:', and the items after it a numbered line each, each stating one amount under the
verb of the kind the total's clause names:

    '…减少 2022 年度归属于上市公司股东的净利润 6,689.40 万元,…。其中:
     (1)计提信用损失准备 4,708.09 万元,…,减少归属于上市公司股东的净利润 3,422.87万元,…;
     (2)…减少归属于上市公司股东的净利润 2,693.84万元,…;  (3)…减少归属于上市公司股东的净利润 572.69 万元,…。'

In a list, the parts are the clauses of one sentence (or run a ；ends) that each open on the verb (data/verb_sums.json: 计提, 新增,
采购, 回购…) and state one amount of a thing named alike (its last two characters: 坏账准备 and 减值准备 are both 准备);
two at least, in a row. The total is the first amount after
them — in the rest of their sentence or in the next — whose clause says the verb again or sums up (合计, 共计, 总计,
累计). Parts summing over the total are a mismatch; short of it, one may be left out: unverifiable."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...calc import judge_sum
from ...document import Document
from ...quantities import NUM
from ..checks import make, money_scale, sentence_marked, sentence_start
from ..sentences import figure_of, page_sentences

_AMOUNT = rf"(?P<num>-?{NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|美元|港元|股))(?!\s*/)"
_ANY_AMOUNT = re.compile(_AMOUNT)
_SUMS_UP = r"合计|共计|总计|累计|总额|整体"
# what may stand before a clause's verb: a subject of a few characters ('公司', '子公司'), nothing else
# (or an item's number, or a year: '(1)计提信用损失准备…', '2022年度计提资产减值准备…')
_SUBJECT = re.compile(r"\s*(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[、.．])?\s*(?:\d{4}\s*年度?)?\s*[\u4e00-\u9fff]{0,4}\s*")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    verbs = sorted(data_json("verb_sums.json")["verbs"], key=len, reverse=True)
    # (a line the page wrapped may break a verb: '计\n提存货减值准备283.01万元')
    return re.compile("|".join(r"\s*".join(map(re.escape, v)) for v in verbs))


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for k, s in enumerate(sentences):
            for start, end in _runs(s.text):
                check = _judged(page, s, start, end, sentences[k + 1] if k + 1 < len(sentences) else None)
                if check is not None:
                    out.append(check)
        for m in _ITEMS_OPEN.finditer(page.text):
            out += _itemized(page, m)
    return out


# a total's sentence closed by '其中:', then its items a line each, numbered: '(1)计提信用损失准备 4,708.09 万元,…;'
_ITEMS_OPEN = re.compile(r"其中\s*[:：]\s*\n")
_ITEM_LINE = re.compile(r"[ \t]*(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[、.．](?!\d))[^\n]*")


def _verb_clause(text: str, a: int, b: int) -> Optional[tuple[str, str, re.Match]]:
    """(verb, kind, amount) of the clause text[a:b] where it opens on a verb (after a short subject: '公司计提…') and states one
    amount of a thing named in two characters or more: the kind is the last two of them ('坏账准备', '减值准备': 准备)."""
    amounts = list(_ANY_AMOUNT.finditer(text, a, b))
    opening = _verbs().search(text, a, b)
    if opening is None or len(amounts) != 1 or not _SUBJECT.fullmatch(text[a:opening.start()]):
        return None
    what = re.sub(r"\s", "", text[opening.end():amounts[0].start()])
    if len(what) < 2 or re.search(_SUMS_UP, what):
        return None
    return re.sub(r"\s", "", opening.group(0)), what[-2:], amounts[0]


def _verb_clauses(text: str, start: int, end: int) -> list[tuple[str, str, re.Match]]:
    """Each clause of text[start:end] `_verb_clause` reads."""
    return [read for a, b in _clauses(text, start, end) if (read := _verb_clause(text, a, b)) is not None]


def _itemized(page, m: re.Match) -> list[dict]:
    """The total a sentence states under a verb ('减少…归属于上市公司股东的净利润 6,689.40 万元。其中:') against the one clause
    under the same verb and kind each numbered item after it states ('(1)…减少归属于上市公司股东的净利润 3,422.87万元…;'):
    judged only where every item states one."""
    text = page.text
    closes = len(text[:m.start()].rstrip("。 \t"))  # (the total's sentence: the one 其中 follows, or opens on)
    opens = sentence_start(text, closes, "。\n")
    items, at = [], m.end()
    while (line := _ITEM_LINE.match(text, at)) is not None and line.group(0).strip():
        items.append(_verb_clauses(text, line.start(), line.end()))
        at = line.end() + 1
    if len(items) < 2:
        return []
    out = []
    for verb, kind, total in _verb_clauses(text, opens, closes):
        parts = [[a for v, k, a in item if v == verb and k == kind] for item in items]
        if any(len(p) != 1 for p in parts):
            continue  # (an item without one, or with two: the total is not theirs alone)
        check = _sum_check(page, verb, [p[0] for p in parts], total, 0, 0)
        if check is not None:
            out.append(check)
    return out


def _runs(text: str) -> list[tuple[int, int]]:
    """A sentence's runs of clauses, each a ；closes."""
    out, at = [], 0
    for m in re.finditer(r"[；;]", text):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, len(text))]


# a comma between clauses: not one between a figure's thousands ('27,177.50')
_CLAUSE_BREAK = re.compile(r"，|(?<!\d),|,(?!\d{3}(?!\d))")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for m in _CLAUSE_BREAK.finditer(text[start:end]):
        out.append((at, start + m.start()))
        at = start + m.end()
    return out + [(at, end)]


def _judged(page, s, start: int, end: int, following) -> Optional[dict]:
    """The clauses in a row under one verb and kind, then the total after them in the run (or the next sentence)."""
    text = s.text
    parts, verb, kind, total, total_offset = [], None, None, None, s.start
    for a, b in _clauses(text, start, end):
        read = _verb_clause(text, a, b)
        if read is not None and (verb is None or read[:2] == (verb, kind)):
            verb, kind = read[:2]
            parts.append(read[2])
            continue
        if len(parts) >= 2:
            total = _total_in(text, a, end, verb)  # (the first amount after them saying the verb again or summing up)
            break
        parts, verb, kind = [], None, None
    if len(parts) < 2:
        return None
    if total is None and following is not None:
        total = _total_in(following.text, 0, len(following.text), verb)
        total_offset = following.start
    if total is None:
        return None
    return _sum_check(page, verb, parts, total, s.start, total_offset)


def _sum_check(page, verb: str, parts: list[re.Match], total: re.Match, parts_offset: int, total_offset: int) -> Optional[dict]:
    """The total against the parts' sum, each amount in its own scale (a part's and the total's offsets in the page)."""
    units = [p.group("unit") for p in parts] + [total.group("unit")]
    if len({money_scale(u)[1] for u in units}) != 1:
        return None
    scale = money_scale(total.group("unit"))[0]
    figures = [figure_of(p.group("num")).times(money_scale(p.group("unit"))[0] / scale) for p in parts]
    printed = figure_of(total.group("num"))
    verdict, exact = judge_sum(figures, printed)
    note = f"the amounts listed under {verb}"
    if verdict == "mismatch" and exact < printed.value:
        verdict, note = "unverifiable", f"the amounts listed under {verb} are short of it: one may be left out"
    return make(sentence_marked(page.text, (total_offset + total.start("num"), total_offset + total.end("num"))), page.number,
                " + ".join(p.group("num") + p.group("unit") for p in parts),
                {f"{verb} ({n + 1})": f for n, f in enumerate(figures)}, printed, exact, total.group("unit"), verdict, note,
                cells=[("text", page.number, total_offset + total.start("num"), total_offset + total.end("num"))]
                + [("text", page.number, parts_offset + p.start("num"), parts_offset + p.end("num")) for p in parts])


def _total_in(text: str, start: int, end: int, verb: str) -> Optional[re.Match]:
    """The first amount in text[start:end] whose clause, before it, says `verb` again or sums up."""
    for a, b in _clauses(text, start, end):
        m = _ANY_AMOUNT.search(text, a, b)
        if m is None:
            continue
        before = text[a:m.start()]
        return m if (verb in re.sub(r"\s", "", before) or re.search(_SUMS_UP, before)) else None
    return None
