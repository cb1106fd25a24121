"""Check family: a total and the amounts a 分别 lists of it:

    '使用人民币4500万元闲置自有资金,分别向交通银行嘉定支行购买人民币1500万元…、向上海银行嘉定支行购买人民币3000万元…'
        4500 = 1500 + 3000
    '总收益295.69万元' (a headline) … '取得收益分别为150.96万元和144.73万元'
        295.69 = 150.96 + 144.73

A list is the amounts after 分别 to the clause's end, two at least, of one kind (money, or shares). Its total is the amount
right before 分别 in the clause run — no figure between, a few words at most, and after a comma nothing but 其中 ('…4500万元
闲置自有资金,分别…', '环比增长38.4亿元,其中零售、对公、票据分别增长30亿元、4亿元、5亿元') — else the one amount the page
states under 总, 合计, 共计 or 累计 and the name the list's clause gives before 分别 (its last two characters: '取得收益分别为…'
and '总收益'). A list of periods ('2019-2022年…分别为') is of no one total.
Parts summing over the total are a mismatch; short of it, one may be left out: unverifiable."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import judge_sum
from ...document import Document
from ...quantities import NUM
from ..checks import make, money_scale, sentence_end, sentence_marked, sentence_start
from ..sentences import PERIOD_LIKE, figure_of

_AMOUNT = re.compile(rf"(?<![\d.])(?P<num>{NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|股))(?!\s*/)")
_LISTED = re.compile(r"分别")
WORDS_BEFORE = 20  # characters of words at most between a total and the 分别 listing its parts
_TOTAL_WORDS = r"总|合计|共计|累计"


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "分别" not in text:
            continue  # (a cheap test first)
        for listed in _LISTED.finditer(text):
            check = _judged(page, listed)
            if check is not None:
                out.append(check)
    return out


def _kind(unit: str) -> str:
    """A unit's kind of amount ('万元' → '元', '亿股' → '股')."""
    return money_scale(unit)[1]


def _judged(page, listed: re.Match) -> Optional[dict]:
    text = page.text
    opens = sentence_start(text, listed.start(), "。；;\n")
    ends = sentence_end(text, listed.end(), "，,。；;\n")
    parts = list(_AMOUNT.finditer(text, listed.end(), ends))
    if len(parts) < 2 or len({_kind(p.group("unit")) for p in parts}) != 1:
        return None
    clause = text[sentence_start(text, listed.start(), "，,。；;\n"):listed.start()]
    if PERIOD_LIKE.search(clause) or PERIOD_LIKE.search(text, opens, listed.start()) and "年" in clause:
        return None  # (a list of periods' figures)
    kind = _kind(parts[0].group("unit"))
    total = _total_before(text, opens, listed.start(), kind) or _total_named(text, clause, kind, opens, ends)
    if total is None:
        return None
    values = [figure_of(p.group("num")).times(money_scale(p.group("unit"))[0]) for p in parts]
    scale = money_scale(total.group("unit"))[0]
    printed = figure_of(total.group("num"))
    verdict, exact = judge_sum([v.times(Decimal(1) / scale) for v in values], printed)
    if verdict == "mismatch" and exact < printed.value:
        verdict = "unverifiable"  # (short of the total: a part may be left out of the list)
    return make(sentence_marked(text, total.span("num")), page.number,
                " + ".join(p.group("num") + p.group("unit") for p in parts),
                {f"part {k + 1}": v.value for k, v in enumerate(values)}, printed, exact, total.group("unit"), verdict,
                "the total of the amounts its 分别 lists" + (", short of it: a part may be left out"
                                                           if verdict == "unverifiable" else ""),
                cells=[("text", page.number, *total.span("num"))] + [("text", page.number, *p.span("num")) for p in parts])


def _total_before(text: str, opens: int, at: int, kind: str) -> Optional[re.Match]:
    """The amount right before 分别 in its clause run, with no figure and a few words at most between, and no list of its
    own ('收回本金分别为9,100万元和8,700万元,取得收益分别为…': the 8,700 is a part of the list before)."""
    before = [m for m in _AMOUNT.finditer(text, opens, at)]
    if not before or _kind(before[-1].group("unit")) != kind or "分别" in text[opens:before[-1].start()]:
        return None
    between = text[before[-1].end():at]
    if len(between) > WORDS_BEFORE or re.search(r"\d", between):
        return None
    # (after a comma, words naming something else are the list's own subject, not the total's: '货币资金52.02亿元,短期及长期
    # 借款分别为…'; 其中 names the total's parts: '环比增长38.4亿元,其中零售、对公、票据分别增长…')
    after_comma = re.split(r"[，,]", between, maxsplit=1)[1:]
    return before[-1] if not after_comma or not after_comma[0].strip() or after_comma[0].lstrip().startswith("其中") else None


def _total_named(text: str, clause: str, kind: str, opens: int, ends: int) -> Optional[re.Match]:
    """The one amount the page states under a total's word and the list's name (its last two characters), outside the
    list's own sentence."""
    name = re.sub(r"[^\u4e00-\u9fff]", "", clause)[-2:]
    if len(name) < 2:
        return None
    named = re.compile(rf"(?:{_TOTAL_WORDS})[\u4e00-\u9fff]{{0,6}}?{name}\s*(?:为|达|共)?\s*(?:人民币)?\s*{_AMOUNT.pattern}")
    found = [m for m in named.finditer(text) if not opens <= m.start() < ends and _kind(m.group("unit")) == kind]
    return found[0] if len({(m.group("num"), m.group("unit")) for m in found}) == 1 else None
