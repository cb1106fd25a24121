"""Check family: a growth rate's gap to another growth the text states before ('前三季度全市第一产业
同比增长4.7%,高于全市经济增长0.5个百分点', '工业增加值…同比增长5.3%,高于GDP增速1.1个百分点',
'高技术制造业和高技术服务业投资按年分别增长21.5%和22.3%,分别快于全部投资12.9和13.7个百分点'): the
growth less the one it is compared with. That one is the first growth stated of what the comparison
names (GDP or 经济: the GDP's, 生产总值 being its other name; 全部投资: the first growth of 投资, the
headline's). A comparison with a place or a time the text gives no growth of ('高于全国、全省1.2个、
0.5个百分点', '高于去年同期84.9个百分点') is not judged."""
from __future__ import annotations

import re
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ..checks import DONE_WORDS, SENTENCE_BREAK, judge_formula, make, sentence_before, sentence_marked

_FIGURE = r"\d+(?:\.\d+)?"
# a growth: '同比增长4.7%', '按年增长8.6%', '增长5.3%', '分别增长21.5%和22.3%'
_GROWTH = re.compile(rf"(?:同比|按年|比上年)?\s*(?:分别)?\s*(?P<way>增长|增加|上涨|下降|下跌|减少|增|降)\s*(?:了)?\s*"
                     rf"(?P<nums>{_FIGURE}\s*%(?:\s*(?:、|和|及|,|，)\s*{_FIGURE}\s*%)*)")
# its gap to another: '高于全市经济增长0.5个百分点', '分别快于全部投资12.9和13.7个百分点', '高出整体增速7.7个百分点'
# (or with 比 before what it is compared with: '增速比各项贷款高8.1个百分点'; not '比上半年加快', a time's)
_RATE_WORD = r"(?:增速|增幅|增长率|增长|水平)"
_GAP = re.compile(rf"[，,]\s*(?:增速|增幅)?\s*(?:继续|仍然|仍|依然|均|也)?\s*(?:分别)?\s*"
                  rf"(?:(?P<dir>高于|高出|快于|超出|低于|慢于)\s*(?P<ref>[\u4e00-\u9fffA-Za-z]{{1,12}}?)\s*(?:的)?\s*{_RATE_WORD}?"
                  rf"|(?:比|较)\s*(?P<ref2>[\u4e00-\u9fffA-Za-z]{{1,12}}?)\s*(?:的)?\s*{_RATE_WORD}?\s*(?P<dir2>(?<![加放回])(?:高出|高|低|快|慢)))"
                  rf"\s*(?:了)?\s*(?P<nums>{_FIGURE}(?:\s*个)?(?:\s*(?:、|和|及)\s*{_FIGURE}(?:\s*个)?)*)\s*个?百分点")
# words that name the whole or the place of a comparison, not what is measured
_WHOLE_WORDS = re.compile(r"^(?:全部|全社会|全市|全省|全国|全区|全县|整体|总体)|(?:增速|增幅|增长率|增长|水平)$")
# the whole of what is measured, not a place: '高出整体增速7.7个百分点'
_OVERALL = re.compile(r"(?:整体|总体)(?:增速|增幅|增长率|增长|水平)?$")
# the whole industry a text is about, whose growth it states first: '增速继续高出全行业4.9个百分点'
_WHOLE_INDUSTRY = re.compile(r"(?:全行业|全产业)(?:增速|增幅|增长率|增长|水平)?$")
# words between what a growth measures and the growth: '进出口同比', '投资按年'
_MEASURE_TAIL = re.compile(r"(?:同比|按年|比上年|累计|分别)+$")
# a place's average, the growth the text states first of that place: '小型企业同比增长11.9%,高于全省平均3.4个百分点' after
# '全省规模以上工业增加值同比增长8.5%'
_PLACE_AVERAGE = re.compile(r"^(?P<place>全社会|全市|全省|全国|全区|全县|全行业)平均(?:水平|增速|增幅|增长率|增长)?$")
# a comparison with a time: the same measure's own past, a base the text does not print
_A_TIME = re.compile(r"去年|上年|同期|上月|上季|前值|年初|\d+\s*月|季度")
# another name of what a comparison names
_SAME_AS = {"经济": ("GDP", "生产总值", "经济"), "GDP": ("GDP", "生产总值"), "生产总值": ("GDP", "生产总值")}


# or a rate's level and its gap to another rate's: '25-59岁人口调查失业率为4.8%,低于全国城镇调查失业率0.6个百分点'
_RATE_LEVEL = re.compile(rf"(?<=率)\s*(?:为|是|达到?)\s*(?P<nums>{_FIGURE}\s*%)")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        growths = list(_GROWTH.finditer(text))
        levels = list(_RATE_LEVEL.finditer(text))
        last = None  # the gap before and its growth: the next gap right after it is the same growth's
        for gap in _GAP.finditer(text):
            # (a growth's gap to a growth, a rate's level's to a rate's: one kind with one kind)
            for kind in (growths, levels):
                own = [g for g in kind if g.end() <= gap.start() and not SENTENCE_BREAK.search(text, g.end(), gap.start())
                       and gap.start() - g.end() <= 2]
                if own:
                    break
            else:
                if last is None or gap.start() - last[0].end() > 2:
                    continue
                # '下降5.3%,低于全市工业增加值增速14.9个百分点,低于采矿业增加值增速19.7个百分点': both gaps are 5.3%'s
                own, kind = [last[1]], last[2]
            now = own[-1]
            last = (gap, now, kind)
            if kind is levels and not _ref(gap).endswith("率"):
                continue  # a rate compared with another rate, named as one
            reference = _reference(text, _ref(gap), kind, now)
            if reference is None:
                continue
            out += _judged(page, now, gap, reference)
    return out


def _reference(text: str, ref: str, growths: list[re.Match], now: re.Match) -> Optional[re.Match]:
    """The growth the comparison names, stated before `now` and first of those that name it."""
    if _A_TIME.search(ref) or "、" in ref:
        return None
    average = _PLACE_AVERAGE.match(ref)
    if average:
        return next((g for g in growths if g.start() < now.start() and len(_numbers(g)) == 1
                     and average.group("place") in sentence_before(text, g.start())), None)
    if _WHOLE_INDUSTRY.match(ref):
        # the industry's headline growth, the text's first (of one figure) before this one
        return next((g for g in growths if g.start() < now.start() and len(_numbers(g)) == 1), None)
    # (a measure's whole, named by its measure: '高出外贸整体增速2个百分点' is 外贸's)
    key = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:整体|总体)$", "", _WHOLE_WORDS.sub("", ref))
    if not key and _OVERALL.match(ref):
        # '高出整体增速': the whole of what the growth measures ('…沿线国家进出口同比增长9.8%' → 进出口)
        key = _measure_of(text, now, growths)
    if len(key) < 2:
        return None  # '高于全国', '快于全市': a place, whose growth the text may not give
    names = next((v for k, v in _SAME_AS.items() if k in key), (key,))
    for g in growths:
        if g.start() >= now.start():
            return None
        if len(_numbers(g)) != 1:
            continue
        # (a verb between a measure's words is no other measure: '固定资产完成投资' is 固定资产投资)
        before = DONE_WORDS.sub("", sentence_before(text, g.start()))
        named = [n for n in names if n in before]
        if named:
            # a subject's growth of another measure is no reference: '东部地区出口增长5.6%' for '进口…高于东部地区…'
            measure = _MEASURE_TAIL.sub("", before[before.rindex(named[0]) + len(named[0]):]).strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", measure) and measure not in sentence_before(text, now.start()):
                return None
            if _other_scopes(sentence_before(text, now.start()), before):
                return None  # '本外币工业中长期贷款…增速比各项贷款高9.2个百分点': not the 人民币 loans' growth stated
            return g
    return None


def _ref(gap: re.Match) -> str:
    """What a gap compares with, in either of its wordings."""
    return gap.group("ref") or gap.group("ref2")


def _scope(words: str, group: list[str]) -> Optional[str]:
    """The scope of `group` the words put their measure in ('本外币'), if any; the longest, as 外币 stands in 本外币."""
    return next((w for w in group if w in words), None)


def _other_scopes(these: str, those: str) -> bool:
    """Whether two measures' words put them in different scopes of one kind (data/scopes.json): 本外币 loans and 人民币
    loans. Words that name no scope of a kind are in any."""
    return any(None not in (a, b) and a != b for a, b in
               ((_scope(these, g), _scope(those, g)) for g in data_json("scopes.json")["groups"]))


def _measure_of(text: str, now: re.Match, growths: list[re.Match]) -> str:
    """What a growth measures, as an earlier growth's sentence names it too: the longest tail (four
    characters to two) of the words right before it ('沿线国家进出口' → 进出口); '' if none."""
    words = re.search(r"[\u4e00-\u9fff]+$", _MEASURE_TAIL.sub("", sentence_before(text, now.start())))
    if not words:
        return ""
    earlier = [sentence_before(text, g.start()) for g in growths if g.start() < now.start()]
    for n in (4, 3, 2):
        tail = words.group(0)[-n:]
        if len(tail) == n and any(tail in sentence for sentence in earlier):
            return tail
    return ""


def _numbers(m: re.Match) -> list[str]:
    return re.findall(_FIGURE, m.group("nums"))


def _signed(m: re.Match, num: str) -> Printed:
    p = Printed.of(num)
    return p.signed(-1 if m.groupdict().get("way") in ("下降", "下跌", "减少", "降") else 1)


def _judged(page, now: re.Match, gap: re.Match, reference: re.Match) -> list[dict]:
    text, out = page.text, []
    nows, gaps = _numbers(now), list(re.finditer(_FIGURE, gap.group("nums")))
    if len(nows) != len(gaps):
        return []
    base = _signed(reference, _numbers(reference)[0])
    above = (gap.group("dir") or gap.group("dir2")) in ("高于", "高出", "快于", "超出", "高", "快")
    for num, g in zip(nows, gaps):
        printed = Printed.of(g.group(0))
        growth = _signed(now, num)
        verdict, exact = judge_formula((lambda a, b: a - b) if above else (lambda a, b: b - a), [growth, base], printed)
        at = gap.start("nums") + g.start(), gap.start("nums") + g.end()
        ref = _ref(gap)
        word = "growth" if "way" in now.groupdict() else "rate"
        formula = f"{word} {num}% − {ref} {base.value}%" if above else f"{ref} {base.value}% − {word} {num}%"
        out.append(make(sentence_marked(text, at), page.number, formula, {"growth": growth, ref: base},
                        printed, exact, "pp", verdict, f"the gap between a {word} and the one stated before of what it is "
                        "compared with", cells=[("text", page.number, *at), ("text", page.number, *now.span("nums")),
                                                ("text", page.number, *reference.span("nums"))]))
    return out
