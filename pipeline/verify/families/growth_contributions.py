"""Check family: a part's contribution to its whole's growth, as statistics releases and the notes quoting them
print it — from the part's amount and growth and the whole's, each stated in the text:

  pull    '完成互联网宽带业务收入2044亿元,同比增长4.2%,…拉动电信业务收入增长0.6个百分点' after '电信业务收入累计完成
          13152亿元,同比增长2.6%': the part's change in amount over the whole's year-earlier level,
          (2044 − 2044 ÷ 1.042) ÷ (13152 ÷ 1.026) × 100 = 0.64;
  share   '…对电信业务收入增长的贡献率为45%': the part's change over the whole's change,
          (a − a ÷ (1 + g)) ÷ (t − t ÷ (1 + G)) × 100.

The part is the last amount of money before the claim in its clause run (from the sentence's start, a ；, or the
claim before) with its growth right after it; the whole is the amount whose clause names the whole's words ('电信业务
收入'), stated for the same period (partitions' period label), with its growth on the same basis (同比 with 同比) —
the nearest before the part, else the first after. A claim whose part is found but whose whole the text does not
state (or states with no growth) is unverifiable, naming it. Growth at constant prices (增加值, GDP) is no amount's
change: a whole so named is left alone."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of
from .partitions import REAL_GROWTH, Stated, growth_next, stated_amounts, stated_name

# '拉动电信业务收入增长0.6个百分点', '带动全国社会消费品零售总额增长1.2个百分点'
_PULL = re.compile(rf"(?:拉动|带动)\s*(?P<whole>[\u4e00-\u9fffA-Za-z]{{2,16}}?)\s*(?:同比)?\s*(?:增长|增加|上升|提高)\s*"
                   rf"(?P<num>{SIGNED_NUM})\s*个?\s*百分点")
# '对电信业务收入增长的贡献率为45%', '对通信服务收入增量贡献达到84.1%'
_SHARE_OF_GROWTH = re.compile(rf"对\s*(?P<whole>[\u4e00-\u9fffA-Za-z]{{2,16}}?)\s*(?:的)?\s*(?:增长|增量)\s*(?:的)?\s*贡献(?:率)?\s*"
                              rf"(?:为|达到?|是|约为?|提升至|升至)?\s*(?P<num>{SIGNED_NUM})\s*%")
# where a claim's part may stand from: its sentence's start or a ；
_RUN_OPENS = "。；;\n"
# words before a whole's name that say whose or where, not what: '全国社会消费品零售总额'
_WHOSE = re.compile(r"^(?:全国|全市|全省|全行业|行业|全社会|整体|总体)")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "贡献" not in text and "拉动" not in text and "带动" not in text:
            continue
        stated = [s for s in stated_amounts(text) if not s.change and not s.flow]
        claims = sorted([*_PULL.finditer(text), *_SHARE_OF_GROWTH.finditer(text)], key=lambda m: m.start())
        previous_end = 0
        for m in claims:
            check = _judged(page, m, stated, previous_end)
            previous_end = m.end()
            if check is not None:
                out.append(check)
    return out


def _judged(page, m: re.Match, stated: list[Stated], previous_end: int) -> Optional[dict]:
    text = page.text
    opens = max(previous_end, max(text.rfind(c, 0, m.start()) for c in _RUN_OPENS) + 1)
    parts = [(s, g) for s in stated if opens <= s.start < m.start() for g in [growth_next(text, s.end)] if g]
    if not parts:
        return None
    part, (part_growth, basis, part_growth_at) = parts[-1]
    words = _WHOSE.sub("", m.group("whole"))
    pull = m.re is _PULL
    printed = figure_of(m.group("num"))
    a, b = m.span("num")
    if len(words) < 2 or REAL_GROWTH.search(words):
        return None
    whole = _whole(text, part, words, basis, stated)
    if whole is None:
        return make(sentence_marked(text, (a, b)), page.number, "", {}, printed, None, "个百分点" if pull else "%",
                    "unverifiable", f"missing input: the amount of {m.group('whole')} and its growth ({basis or '同比'}) "
                    "for the same period")
    total, (total_growth, _, total_growth_at) = whole
    if pull:
        def fn(p, g, t, h):
            return (p - p / (1 + g / 100)) / (t / (1 + h / 100)) * 100
        formula, note = "(part − part ÷ (1 + its growth)) ÷ (whole ÷ (1 + its growth)) × 100", \
            "the part's change in amount over the whole's level a period before"
    else:
        if total_growth.value == 0:
            return None
        def fn(p, g, t, h):
            return (p - p / (1 + g / 100)) / (t - t / (1 + h / 100)) * 100
        formula, note = "(part − part ÷ (1 + its growth)) ÷ (whole − whole ÷ (1 + its growth)) × 100", \
            "the part's change in amount over the whole's"
    verdict, exact = judge_formula(fn, [part.printed, part_growth, total.printed, total_growth], printed)
    return make(sentence_marked(text, (a, b)), page.number, f"{stated_name(part)}, {stated_name(total)}: {formula}",
                {stated_name(part): part.printed, f"{stated_name(part)} growth": part_growth,
                 stated_name(total): total.printed, f"{stated_name(total)} growth": total_growth},
                printed, exact, "个百分点" if pull else "%", verdict, note,
                cells=[("text", page.number, a, b), ("text", page.number, part.start, part.end),
                       ("text", page.number, *part_growth_at), ("text", page.number, total.start, total.end),
                       ("text", page.number, *total_growth_at)])


def _whole(text: str, part: Stated, words: str, basis: str, stated: list[Stated]) -> Optional[tuple]:
    """The whole's amount and growth: stated where its clause names `words`, for the part's period and with a growth on
    the part's basis; the nearest before the part, else the first after."""
    found = [(s, g) for s in stated if s is not part and s.label == part.label and words in s.clause
             for g in [growth_next(text, s.end)] if g and g[1] == basis]
    before = [f for f in found if f[0].start < part.start]
    return before[-1] if before else (found[0] if found else None)

