"""Check family: a period expense ratio (期间费用率) against the expense ratios it is the sum of,
as a note states them together:

    '期间费用率为11.68%…其中销售/管理/研发/财务费用率分别为1.95%/4.04%/4.27%/1.42%,
     同比+0.05pct/+0.28pct/+0.36pct/+0.27pct'              11.68 = 1.95 + 4.04 + 4.27 + 1.42
    '期间费用率下降1.04个百分点至7.33%。费用率细项变动为:销售费用率下降1.02个百分点、管理费用率
     下降0.33个百分点、研发费用率下降0.02个百分点、财务费用率上升0.33个百分点'   −1.04 = −1.02 − 0.33 − 0.02 + 0.33

All are over the same revenue, so the whole's level is the parts' levels added, and its change in
points the parts' changes added — on one base: a change said 同比 against the parts' 同比, 环比
against 环比, one with no base word against the parts' with none (whatever that base is, it is
one). The parts are read from the whole's sentence (after it, else before it) and the next, up to
another whole. Two
definitions are common (四费 with 研发费用率, 三费 without it): where 研发 is listed both are
tried and the one that reproduces is named; a judgement needs 销售, 管理 and 财务 at least.
"""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed, judge_sum
from ...document import Document
from ..checks import make, marked
from ..sentences import CHANGE_PAIR, DOWN, PERIOD_LIKE, POINT_WORDS, Sentence, UP, figure_of, page_sentences, signed_by

# (the company's 费用率 with no other word is the whole too: '公司费用率7.96%…其中销售/管理/财务费用率分别为…')
WHOLE = r"期间费用率|期间费率|四项费用率|四费费用率|四费率|总费用率|(?<=公司)费用率"
# the parts by the first characters of their names ('销售费用率', '销售费率', '销售/管理/研发/财务费用率'), in order
PARTS = ("销售", "管理", "研发", "财务")
_PART = re.compile(r"(?P<name>销售|管理|研发|财务)(?:费用率|费率)")
# (each name may carry its own 费用率: '销售费用率、管理费用率、财务费用率和研发费用率分别为…')
# (or '费用' where its figures are ratios, in points or percent: '销售/管理/研发/财务费用分别-0.94/+0.76/+0.24/-0.13pct 至16.52%/…')
_A_RATIO_FIGURE = r"[-+−]?\s*\d+(?:\.\d+)?\s*(?:%|pct|ppt|pp|个百分点)?"
_RATIOS_AFTER = (rf"(?=\s*(?:分别)?\s*(?:为|同比|环比)?\s*(?:分别)?\s*{_A_RATIO_FIGURE}(?:\s*[/、，,]\s*{_A_RATIO_FIGURE}){{1,3}}"
                 rf"(?<=%|t|p|点))")
# (a name may carry a note in brackets: '管理费用率(含研发费用)')
_PART_RUN = re.compile(r"(?P<names>(?:销售|管理|研发|财务)(?:(?:费用率|费率)?\s*(?:[(（][^()（）\d]{1,10}[)）])?\s*(?:[/、，,]|和|及)\s*(?:销售|管理|研发|财务)){1,3})"
                       rf"(?:费用率|费率|费用{_RATIOS_AFTER})")
# (the same period a year before named in words is 同比: '期间费用率相比2024年同期下降0.92pct')
# ('对比去年同期下降了8.3pct')
_BASE = r"(?P<base>同比|环比|(?:相比|相较|对比|较|比)\s*(?:上年|去年|(?:19|20)\d\d\s*年)\s*同期)?"


def _base_word(m: re.Match) -> str:
    """A change's base as 同比, 环比 or none ('相比2024年同期' is 同比)."""
    base = m.group("base") or ""
    return "同比" if base.endswith("同期") else base

_DIR = rf"(?P<dir>{UP}|{DOWN}|微增|微降|变化|变动)?"
_SIGNED = r"[-+−]?\s*\d+(?:\.\d+)?"
_POINT_WORDS_RE = re.compile(POINT_WORDS)
_LEAD = re.compile(r"\s*[,，]?\s*")  # what may stand between a figure and the next clause
# what follows a ratio's name: its level ('为 - 2.0%', '11.68%'), its change ('同比下降0.3个百分点'),
# a change and the level it reached ('同比增加3.0ppt至4.8%'); the whole's level may be called a sum ('期间费用率合计为12.8%')
_LEVEL = re.compile(rf"\s*(?:水平)?\s*(?:合计|共计|总计)?\s*(?:为|达到?|:|：)?\s*(?P<num>{_SIGNED})\s*%")
# (a word on the ratio may stand before its change: '销售费用率较稳定,同比下降0.07个百分点')
# (or a word saying it is the whole's: '期间费用率整体-0.08pct')
# (or a word on how it followed: '毛销差随之下降11.67pct至12.06%')
_CHANGE = re.compile(rf"\s*(?:[\u4e00-\u9fff]{{1,4}}\s*[,，]\s*(?=同比|环比))?[,，/]?\s*(?:整体|总体|合计)?\s*(?:随之|也|亦|则)?\s*{_BASE}\s*(?:分别)?\s*{_DIR}\s*(?:了)?\s*(?P<num>{_SIGNED})\s*(?P<unit>{POINT_WORDS})"
                     rf"(?:\s*(?:至|到)\s*(?P<level>{_SIGNED})\s*%)?")
# a list of the parts' figures after their run of names: levels, then maybe their changes
_SEP = r"\s*(?:[/、，,]|和|及)\s*"
# (each level may carry its change in brackets: '分别为5.05% ( +0.14pct YoY ) 、6.63% ( +0.73pctYoY)…')
_IN_BRACKETS = r"(?:\s*[(（][^()（）]{0,24}[)）])?"
_LEVELS = re.compile(rf"\s*(?:分别)?\s*(?:为|达到?|至)?\s*(?P<nums>{_SIGNED}\s*%?{_IN_BRACKETS}(?:{_SEP}{_SIGNED}\s*%?{_IN_BRACKETS}){{1,3}})"
                     rf"\s*(?:%{_IN_BRACKETS}|(?<=[)）]))")
# a level's change in its brackets, its base said before or after it ('+0.14pct YoY', '同比+0.14pct')
_BRACKETED_CHANGE = re.compile(rf"[(（]\s*(?P<b1>同比|环比|YoY|QoQ|yoy|qoq)?\s*(?P<num>{_SIGNED})\s*(?:{POINT_WORDS})\s*(?P<b2>YoY|QoQ|yoy|qoq)?\s*[)）]")
_BASE_WORDS = {"YoY": "同比", "yoy": "同比", "QoQ": "环比", "qoq": "环比"}
_A_BRACKET = re.compile(r"[(（][^()（）]*[)）]")
_HOLDS_RND = re.compile(r"管理(?:费用率|费率)?\s*[(（][^()（）]*含[^()（）]*研发")
_SPACES = re.compile(r"\s*")


def _bracketed(change: re.Match, at: int = 0) -> tuple[str, tuple[Printed, tuple[int, int]]]:
    """A `_BRACKETED_CHANGE` as (its base word, (its figure, its span offset by `at`))."""
    base = _BASE_WORDS.get(change.group("b1") or "", change.group("b1")) or _BASE_WORDS.get(change.group("b2") or "", "")
    return base, (_value(change.group("num")), (at + change.start("num"), at + change.end("num")))
# (the changes may stand in brackets: '分别为13.8%/2.2%/1.4%/0.1%(同比分别-0.2pct/+0.7pct/-0.3pct/-0.7pct)')
_CHANGES = re.compile(rf"\s*[,，(（]?\s*(?:分别)?\s*{_BASE}\s*(?:分别)?\s*(?:变化|变动|为)?\s*"
                      rf"(?P<nums>{_SIGNED}\s*(?:{POINT_WORDS})?(?:{_SEP}{_SIGNED}\s*(?:{POINT_WORDS})?){{1,3}})\s*(?:{POINT_WORDS})")


# what stands between the last figure before a whole and the whole (a period named there is the whole's own)
_AFTER_A_FIGURE = re.compile(rf"%|{POINT_WORDS}")
_OWN_PERIOD = PERIOD_LIKE


class Figures:
    """What a window of prose states of one ratio: its level and its changes by base word."""

    def __init__(self):
        self.level: Optional[tuple[Printed, tuple[int, int]]] = None
        self.changes: dict[str, tuple[Printed, tuple[int, int]]] = {}
        self.holds_rnd = False  # a 管理费用率 said to hold 研发 ('管理费用率(含研发费用)'): the three are then every part


def _value(num: str, direction: Optional[str] = None) -> Printed:
    """A printed figure ('- 2.0' as a PDF spaces it), negative after a fall's word (微降 as 降)."""
    return signed_by(figure_of(re.sub(r"\s+", "", num)), direction.removeprefix("微") if direction else None)


def _read_after(text: str, at: int, figures: Figures) -> None:
    """The level and the change right after a ratio's name, into `figures`."""
    level = _LEVEL.match(text, at)
    if level:
        figures.level = (_value(level.group("num")), level.span("num"))
        at = level.end()
        bracketed = _BRACKETED_CHANGE.match(text, _SPACES.match(text, at).end())
        if bracketed:  # '期间费用率为21.81%(-1.01pct YoY)'
            base, value = _bracketed(bracketed)
            figures.changes[base] = value
            return
    both = CHANGE_PAIR.match(text, _LEAD.match(text, at).end())
    if both and _POINT_WORDS_RE.fullmatch(both.group("unit")):  # '同环比分别为+0.96pct/+0.33pct'
        figures.changes["同比"] = (_value(both.group("n1"), both.group("dir")), both.span("n1"))
        figures.changes["环比"] = (_value(both.group("n2"), both.group("dir2") or both.group("dir")), both.span("n2"))
        return
    for _ in range(2):  # '同比-0.3个百分点,环比+0.4个百分点'
        change = _CHANGE.match(text, at)
        if not change:
            return
        figures.changes[_base_word(change)] = (_value(change.group("num"), change.group("dir")), change.span("num"))
        if change.group("level") and figures.level is None:
            figures.level = (_value(change.group("level")), change.span("level"))
        at = change.end()


def _parts(text: str, start: int, end: int) -> Optional[dict[str, Figures]]:
    """The parts' figures stated between `start` and `end`; None where a part is named twice."""
    found: dict[str, Figures] = {}
    taken: list[tuple[int, int]] = []
    for run in _PART_RUN.finditer(text, start, end):
        names = re.findall("销售|管理|研发|财务", _A_BRACKET.sub("", run.group("names")))
        if any(n in found for n in names):
            return None
        # levels then their changes ('分别为1.95%/4.04%…,同比+0.05pct/…'), or changes then the levels
        # they went to ('分别同比变动0.06、-0.16…pct至0.57%、2.37%…')
        first = _LEVELS.match(text, run.end()) or _CHANGES.match(text, run.end())
        if not first:
            continue
        second = (_CHANGES if first.re is _LEVELS else _LEVELS).match(text, first.end())
        # (the levels' changes on a second base after the first: '同比+0.14/+0.38/-0.07pcts,环比+0.01/-0.16/+1.45pct')
        third = _CHANGES.match(text, second.end()) if second is not None and second.re is _CHANGES else None
        figures = {name: Figures() for name in names}
        if "管理" in figures and _HOLDS_RND.search(run.group("names")):
            figures["管理"].holds_rnd = True
        for m in (first, second, third):
            if m is None:
                continue
            at = m.start("nums")
            brackets = list(_A_BRACKET.finditer(m.group("nums"))) if m.re is _LEVELS else []
            if brackets and len(brackets) == len(names):
                # each level's bracketed change is its change on the base it names
                for name, bracket in zip(names, brackets):
                    change = _BRACKETED_CHANGE.fullmatch(bracket.group(0))
                    if change:
                        base, value = _bracketed(change, at + bracket.start())
                        figures[name].changes[base] = value
            outside = _A_BRACKET.sub(lambda g: " " * len(g.group(0)), m.group("nums"))
            nums = list(re.finditer(_SIGNED, outside))
            if len(nums) != len(names):
                if m is first:
                    return None
                continue
            for name, num in zip(names, nums):
                value = (_value(num.group(0)), (at + num.start(), at + num.end()))
                if m.re is _LEVELS:
                    figures[name].level = value
                else:
                    figures[name].changes[_base_word(m)] = value
        found.update(figures)
        taken.append((run.start(), (third or second or first).end()))
    for m in _PART.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        name = m.group("name")
        if name in found:
            return None
        found[name] = f = Figures()
        _read_after(text, m.end(), f)
    # (a ratio only named, with no figure of its own, is no part stated: '…四费率35.86%(-8.06pp),销售、管理、研发费用率均有
    # 显著下降' — the parts are the ones before the whole)
    return {name: f for name, f in found.items() if f.level is not None or f.changes}


def _ways(parts: dict[str, Figures], get) -> list[tuple[str, list[Printed], list[tuple[int, int]]]]:
    """The sums the parts give: every part stated, and without 研发 where it is one (三费)."""
    stated = {name: get(f) for name, f in parts.items() if get(f) is not None}
    if not {"销售", "管理", "财务"} <= set(stated):
        return []
    names = [n for n in PARTS if n in stated]
    ways = [names] + ([[n for n in names if n != "研发"]] if "研发" in names else [])
    return [(" + ".join(f"{n}费用率" for n in way), [stated[n][0] for n in way], [stated[n][1] for n in way])
            for way in ways]


def _judge(s, whole: tuple[Printed, tuple[int, int]], ways, what: str, rnd_within: bool = False) -> dict:
    printed, (a, b) = whole
    # (the first way sums every ratio stated; 研发 is in it where stated, or held in 管理's)
    rnd_stated = "研发" in ways[0][0] or rnd_within
    judged = [(formula, *judge_sum(values, printed), spans) for formula, values, spans in ways]
    formula, verdict, exact, spans = next((j for j in judged if j[1] in ("consistent", "rounding")), judged[0])
    note = "三费: 研发费用率 left out" if formula != judged[0][0] else ""
    if verdict == "mismatch":
        note = f"neither sum reproduces it (tried {'; '.join(j[0] for j in judged)})" if len(judged) > 1 else ""
        # 研发费用率 not stated may be in the whole (四费): a level short of it, or any change, may be its
        if not rnd_stated and (what or exact < printed.value):
            verdict, note = "unverifiable", "研发费用率 is not stated: the whole may include it (四费)"
    return make(marked(s.text, a, b), s.page, f"期间费用率{what} = {formula}", {j[0]: j[2] for j in judged},
                printed, exact, "%" if not what else "个百分点", verdict, note,
                cells=[("text", s.page, s.start + a, s.start + b)]
                + [("text", s.page, s.start + x, s.start + y) for x, y in spans])


def _holds_rnd(parts: Optional[dict[str, Figures]]) -> bool:
    return any(f.holds_rnd for f in (parts or {}).values())


def _figures_of(figures: Figures):
    """(what, figure, how the parts give it) for the whole's level and each of its changes."""
    if figures.level:
        yield "", figures.level, lambda f: f.level
    for base, change in figures.changes.items():
        yield f" {base}变动", change, lambda f, base=base: f.changes.get(base)


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for i, s in enumerate(sentences):
            wholes = list(re.finditer(WHOLE, s.text))
            if not wholes:
                continue
            # the sentence with the next one after it, as the page prints them (offsets from s.start)
            last = sentences[i + 1] if i + 1 < len(sentences) else s
            window = Sentence(page.text[s.start:last.start + len(last.text)], s.page, s.start)
            text = window.text
            later = re.search(WHOLE, text[len(s.text):])
            next_parts = _parts(text, len(s.text), len(s.text) + later.start() if later else len(text))
            unpaired = []  # the wholes with no parts in their own sentence
            for k, whole in enumerate(wholes):
                figures = Figures()
                _read_after(text, whole.end(), figures)
                own = _parts(text, whole.end(), wholes[k + 1].start() if k + 1 < len(wholes) else len(s.text))
                if own == {} and not _OWN_PERIOD.search(_AFTER_A_FIGURE.split(text[:whole.start()])[-1]):
                    # the parts first, then their sum ('销售/管理/…费用率分别为…,期间费用率合计为12.8%') — not a whole
                    # naming a period of its own after them ('…财务费用率-0.54% - 2025年第二季度单季度四项费用率9.62%':
                    # the parts are the half's)
                    own = _parts(text, wholes[k - 1].end() if k else 0, whole.start())
                if own is None or own:
                    for what, figure, get in _figures_of(figures):
                        ways = _ways(own or {}, get)
                        if ways:
                            out.append(_judge(window, figure, ways, what, _holds_rnd(own)))
                else:
                    unpaired.append(figures)
            if not next_parts or not unpaired:
                continue
            # parts stated in the next sentence: of the whole before them that one figure of theirs
            # reproduces (a level or a change), all its figures judged; with several wholes (前三季度
            # and 单季) and none reproduced, not a mismatch of either
            tried = [[_judge(window, figure, ways, what, _holds_rnd(next_parts))
                      for what, figure, get in _figures_of(figures) if (ways := _ways(next_parts, get))]
                     for figures in unpaired]
            owners = [checks for checks in tried if any(c["verdict"] in ("consistent", "rounding") for c in checks)]
            if len(owners) == 1 or len(tried) == 1:
                out += (owners or tried)[0]
            elif owners:
                out += [c for checks in owners for c in checks if c["verdict"] in ("consistent", "rounding")]
            else:
                for c in (c for checks in tried for c in checks):
                    c["verdict"] = "unverifiable"
                    c["note"] = "the ratios after it may be of another period's 期间费用率 stated with it"
                    out.append(c)
    return out
