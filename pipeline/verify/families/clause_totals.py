"""Check family: clauses a ；separates, each stating an amount under one name, closed by a clause that states their 合计
under that name — and, where each amount has its share of one whole after it, the shares' total too:

    '首次授予…可行权的股票期权数量为427.56万份,占公司总股本比例为0.847%;预留授予…可行权的股票期权数量为18.44万份,占公司
     总股本比例为0.037%;合计本次可行权的股票期权数量为446万份,占公司总股本比例为0.884%'
        446 = 427.56 + 18.44;   0.884 = 0.847 + 0.037

The name is the words right before an amount ('…股票期权数量为'), the same last characters (NAME_TAIL at least) in every
clause and in the 合计 (总计, 共计) clause after them; the amounts in one kind of unit. Parts over the total are a mismatch;
short of it, one may be left out: unverifiable (the shares alike)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import judge_sum
from ...document import Document
from ...quantities import NUM
from ..checks import make, money_scale, sentence_marked
from ..sentences import figure_of, page_sentences

NAME_TAIL = 4  # last characters of an amount's name its parts and their total share
_AMOUNT = re.compile(rf"(?P<name>(?:[\u4e00-\u9fff]\s?){{{NAME_TAIL},}}?)\s*(?:为|是|[:：])?\s*(?P<num>{NUM})\s*"
                     rf"(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|股|份|人|家|户|吨|辆|台|套|个))(?:\s*[，,]\s*(?:约)?占[^，,;；。%]{{1,30}}?"
                     rf"(?P<pct>{NUM})\s*[%％])?")
_TOTAL_OPENS = re.compile(r"\s*(?:合计|总计|共计)")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "合计" not in text and "总计" not in text and "共计" not in text:
            continue  # (a cheap test first)
        for sentence in page_sentences(page):  # (a line a PDF wrapped goes on with the next)
            out += _judged(page, sentence.start, sentence.start + len(sentence.text))
    return out


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    for m in re.finditer(r"[；;]", text[start:end]):
        spans.append((at, start + m.start()))
        at = start + m.end()
    spans.append((at, end))
    return spans


def _amount(text: str, start: int, end: int) -> Optional[re.Match]:
    found = list(_AMOUNT.finditer(text, start, end))
    return found[0] if len(found) == 1 else None


def _name(m: re.Match) -> str:
    return re.sub(r"\s", "", m.group("name"))


def _judged(page, start: int, end: int) -> list[dict]:
    text = page.text
    clauses = _clauses(text, start, end)
    for k in range(2, len(clauses)):
        if not _TOTAL_OPENS.match(text, clauses[k][0]):
            continue
        total = _amount(text, *clauses[k])
        parts = [_amount(text, *c) for c in clauses[:k]]
        if total is None or len(parts) < 2 or any(p is None for p in parts):
            return []
        tail = _name(total)[-NAME_TAIL:]
        word = money_scale(total.group("unit"))[1]
        if any(not _name(p).endswith(tail) or money_scale(p.group("unit"))[1] != word for p in parts):
            return []
        out = [_check(page, total, parts, "num", total.group("unit"))]
        if total.group("pct") and all(p.group("pct") for p in parts):
            out.append(_check(page, total, parts, "pct", "%"))
        return out
    return []


def _check(page, total: re.Match, parts: list[re.Match], group: str, unit: str) -> dict:
    scale = Decimal(1) if group == "pct" else money_scale(total.group("unit"))[0]
    values = [figure_of(p.group(group)).times(Decimal(1) if group == "pct" else money_scale(p.group("unit"))[0] / scale)
              for p in parts]
    printed = figure_of(total.group(group))
    verdict, exact = judge_sum(values, printed)
    if verdict == "mismatch" and exact < printed.value:
        verdict = "unverifiable"  # (short of the total: a part may be left out)
    return make(sentence_marked(page.text, total.span(group)), page.number,
                " + ".join(p.group(group) + (unit if group == "pct" else p.group("unit")) for p in parts),
                {f"part {k + 1}": v.value for k, v in enumerate(values)}, printed, exact, unit, verdict,
                "the 合计 of the amounts its clauses state under one name" + (" (their shares)" if group == "pct" else "")
                + (", short of it: a part may be left out" if verdict == "unverifiable" else ""),
                cells=[("text", page.number, *total.span(group))] + [("text", page.number, *p.span(group)) for p in parts])
