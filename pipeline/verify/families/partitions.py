"""Check family: a statistics release's totals, the parts it breaks them into, and the shares it
gives of them — the arithmetic of a 国家统计局, 海关 or 人民银行 text and of the notes quoting it:

  parts    '1—2月份,社会消费品零售总额77067亿元…按经营单位所在地分,1—2月份,城镇消费品零售额66796
           亿元…;乡村消费品零售额10271亿元': after a cue naming the dimension (按X分, 分X看, 从X看, 分X来看),
           the amounts up to the end of its paragraph (the next one where the cue's own states none)
           or the next cue,
           grouped by the period each names (一季度… 3月份…), add up to the total stated before
           for that period; and where the total and every part state a growth right after them, the
           total's growth follows from theirs (never 增加值 or GDP, grown at constant prices);
  shares   '…17476亿元,…占社会消费品零售总额的比重为22.7%': an amount over the total its words
           name, stated nearest before for the same period (in a text on several companies, in the
           share's own block);
  mixes    '三次产业投资占比为9.2∶43.9∶46.9', '第一、第二、第三产业增加值占GDP的比重分别为6.8%、
           40.1%、53.1%': each part of the parts just listed over their sum;
  balance  '出口达2.44万亿元…进口达2.08万亿元…贸易顺差达3622亿元': exports less imports stated
           before it for the same period (逆差: imports less exports); and its growth ('扩大37.2%') from
           theirs, the balance's base being their bases' difference;
  ratios   '主营业务收入利润率为6.44%', '每百元主营业务收入中的成本为84.27元': 利润总额 (成本) over the
           revenue it names, each the first stated for the ratio's period of the revenue's subject
           (规模以上工业企业's, not 国有控股企业's).

Parts a sentence lists with no cue are read too where they are every member of a split known
whole (data/partitions.json: 东部/中部/西部/东北, 出口/进口…). Which total the parts are of: the sum
reproducing any amount stated before (for the same period) is consistent with that one — a release
may split 城镇投资 rather than its headline — else it is judged against the period's headline (the
first amount stated for it). Parts summing to more than a level (零售额, 投资, 增加值) is a mismatch;
to less, or parts that are flows (增加/减少: a member left out may have fallen), may leave a member out
(贷款 分部门 seldom lists 机关团体): unverifiable — unless they are every member of a split known whole
(三次产业, 城镇/乡村, 商品零售/餐饮收入…) and within 5% of the total, a mismatch either way (further off,
they may split another total than the one stated). Amounts after 其中 are a part's own parts, not the
dimension's; where a ；could end that 其中 or not, both readings are tried and only one agreeing with
a stated total is judged. Shares printed to add up to 100 may carry one last-digit nudge (53.17
printed 53.1 so that 6.8 + 40.1 + 53.1 = 100): rounding, not a mismatch.

Only documents that are no company report: there results reads a sentence's shares of its
line items."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ... import calc, data_json
from ...calc import Printed
from ...document import Document
from ...quantities import NUM, UNIT_MULT, parse_cn_number
from ..sentences import BUDGET_DOWN, BUDGET_UP, GROWTH_AFTER, growth_of
from .segments import MIX_FORMULA, mixed_growth
from ..checks import (BOUND_BEFORE, DONE_WORDS, FALL_BEFORE, FLOW_BEFORE, NUDGED_TO_HUNDRED, averages_of_subgroups, block_of,
                      clause_before, in_brackets, is_company_report, judge_formula, make, nudged_to_hundred, sentence_end,
                      sentence_marked, several_stocks)

_FIGURE = NUM  # a printed figure, its thousands separated or not (quantities.NUM)
# an amount of money: '77067亿元', '10.58万亿元', '8,694亿元' (a price per unit, '元/吨', is none)
_AMOUNT = re.compile(rf"(?P<num>{_FIGURE})\s*(?P<scale>万亿|亿|千万|百万|万)?\s*(?P<cur>元|美元|港元)(?!\s*/)")
# a cue that the parts of a dimension follow: '按经营单位所在地分,', '分三次产业看,', '从产业看,'
_CUE = re.compile(r"(?:按(?P<by>[\u4e00-\u9fff]{1,10}?)分|分(?P<dim>[\u4e00-\u9fff]{1,10}?)(?:来)?看|"
                  r"从(?P<from>[\u4e00-\u9fff]{1,12}?)(?:来)?看)\s*[，,:：]")


@lru_cache(maxsize=1)
def _data() -> dict:
    return data_json("partitions.json")  # (read once: every parts check asks it)


def dimensions() -> tuple[str, ...]:
    """The dimensions a cue may name (data/partitions.json): '按业务分' is a company's segments."""
    return tuple(_data()["dimensions"])


def is_complete(names: list[str], wholes: str = "complete") -> bool:
    """Whether parts so named are every member of a split known whole (data/partitions.json:
    三次产业, 城镇/乡村, 商品零售/餐饮收入, 出口/进口…; `wholes="complete_shares"`: the splits a company's
    shares make whole, 境内/境外, 线上/线下), each member named by one part."""
    for members in _data()[wholes]:
        named = [_member_named(n, members) for n in names]
        if len(members) == len(names) and None not in named and sorted(named) == list(range(len(members))):
            return True
    return False


def _member_named(name: str, members: list[list[str]]) -> Optional[int]:
    """Which member a name names: the one whose spelling in it is longest ('非食品' names 非食品, not 食品, which it
    holds too); None for none, or for two named alike."""
    found = sorted(((len(w), i) for i, spellings in enumerate(members) for w in spellings if w in name), reverse=True)
    if not found or (len(found) > 1 and found[1][0] == found[0][0] and found[1][1] != found[0][1]):
        return None
    return found[0][1]


@lru_cache(maxsize=1)
def _member_words() -> re.Pattern:
    """Every word naming a member of a known whole (data/partitions.json `complete`), as one pattern."""
    words = {w for members in _data()["complete"] for member in members for w in member}
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def names_two_members(text: str) -> bool:
    """Whether a text names two or more different members of known wholes: a cheap test before reading its clauses."""
    return len(set(_member_words().findall(text))) >= 2


def is_member(name: str, total_words: str) -> bool:
    """Whether a part so named is a known member of the total its words name (data/partitions.json `members`:
    '管理费用' of '期间费用')."""
    return any(total_words.endswith(total) and any(name.endswith(m) for m in members)
               for total, members in _data()["members"].items())


def regions() -> list[str]:
    """The words that name a region (data/partitions.json `regions`)."""
    return _data()["regions"]


def all_regions(names: list[str]) -> bool:
    """Whether every part is named by a region (data/partitions.json `regions`): a split of sales whose parts
    cannot be negative."""
    regions = _data()["regions"]
    if not names or not all(any(r in n for r in regions) for n in names):
        return False
    # (a country's own regions beside the country are nested, no split: '国内80%,华东40%')
    named = [any(any(w in n for w in _data()[kind]) for n in names) for kind in ("country", "domestic_regions")]
    return not all(named)


def overlapping(names: list[str]) -> bool:
    """Whether two or more parts are named by kinds that overlap (data/partitions.json: ownership
    kinds — 国有控股, 股份制, 私营…), so their sum may pass the whole."""
    for kinds in _data().get("overlapping", []):
        if sum(any(k in n for k in kinds) for n in names) >= 2:
            return True
    return False


def crossing(names: list[str]) -> bool:
    """Whether the parts are named by members of two dimensions (data/partitions.json `crossing`: 外部/内部 and
    国内/海外, 线上/线下, 直营/加盟): one may hold another, so their sum may pass the whole."""
    hit = {k for k, dimension in enumerate(_data().get("crossing", []))
           if any(any(w in n for member in dimension for w in member) for n in names)}
    return len(hit) >= 2


NEAR_ENOUGH = Decimal("0.05")  # how far a known-whole split may miss its total and still be judged on it


# the period a figure is stated for: '一季度', '3月份', '1—2月份', '前7个月', '上半年', '前三季度'
_PERIOD = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?(?:今年)?(?P<label>前?[一二三四1-4]\s*季度|1\s*[-—–~至]\s*3\s*季度|"
                     # (a quarter or a half as brokers write it: 'Q3', '25Q3', '3Q25', 'H1', '1H25')
                     r"(?:\d{2})?(?:Q[1-4]|H[12])(?:\d{2})?(?![A-Za-z\d])|[1-4]Q(?:\d{2})?(?![A-Za-z\d])|[12]H\d{2}(?![A-Za-z\d])|"
                     r"[上下]半年|全年|1\s*[-—–~至]\s*\d{1,2}\s*月份?|[前首]\s*(?:\d{1,2}|[两二三四五六七八九十]{1,2})\s*个?月|"
                     r"(?<!\d)\d{1,2}\s*月份?(?!\s*\d{1,2}\s*日))")
# a period named as what a figure is compared with, not what it is for: '比1-5月回落', '比1月至2月提升'
# (not 截至, 'up to': '截至2011年12月末' is the period figures are for)
_COMPARED = re.compile(r"(?:[比较与同\-—–~]|(?<!截)至|去年|上年|前年)\s*$")
# the words before an amount that make it a change, not a level: '比上年同期多5.12万亿元', '较去年同期增加181.2亿元'
# (a budget's receipts and spending: '比上年增收11487.11亿元')
_CHANGE_BEFORE = re.compile(rf"(?:同比|环比|比[^，,。；;]{{0,8}}?|较[^，,。；;]{{0,8}}?)\s*(?:多增|少增|多|少|增加|减少|增长|下降|扩大|收窄|{BUDGET_UP}|{BUDGET_DOWN})"
                            r"\s*(?:了|约|为)?\s*$")
# what opens a part's own parts: '其中,工业投资…', '在商品零售中,限额以上企业(单位)商品零售额…'
_OF_WHICH = re.compile(r"其中|在[^，,。；;\n]{1,12}中\s*[，,]")
_TO_SENTENCE_END, _TO_CLAUSE_RUN_END = re.compile(r"[。\n]"), re.compile(r"[。；;\n]")
# a share of a total its words name: '占社会消费品零售总额的比重为22.7%', '占全部投资的比重为60.7%',
# '占规模以上工业企业实现利润总额的8.4%'
_SHARE = re.compile(rf"占\s*(?P<whole>[\u4e00-\u9fffA-Za-z()（）]{{2,16}}?)\s*(?:(?:的)?\s*(?:比重|比例|份额)\s*(?:为|达到?|是|约)?|的)\s*"
                    rf"(?P<num>{_FIGURE})\s*%")
# …or its change from the year before to it: '占全省固定资产投资的比重由上年同期的53.8%下降至50.3%' (the share now, 50.3%)
_SHARE_FROM_TO = re.compile(rf"占\s*(?P<whole>[\u4e00-\u9fffA-Za-z()（）]{{2,16}}?)\s*(?:的)?\s*(?:比重|比例|份额)\s*由\s*"
                            rf"(?:上年同期|去年同期|上年|去年)?\s*(?:的)?\s*(?:{_FIGURE})\s*%\s*(?:提高|上升|下降|降低|增加|减少|回落)?\s*"
                            rf"(?:至|到|为)\s*(?P<num>{_FIGURE})\s*%")
# the same, its whole named first: '在电信业务收入中占31.6%', '在电信业务收入中占比为15.1%'
_SHARE_IN = re.compile(rf"在\s*(?P<whole>[\u4e00-\u9fffA-Za-z()（）]{{2,16}}?)\s*中\s*(?:所)?\s*占(?:比|比重|比例)?\s*(?:为|达到?|是|约)?\s*"
                       rf"(?P<num>{_FIGURE})\s*%")
# a share after one that named its total, of the same total: '委托贷款占比-1.1%', '一日游游客在华花费为13.89亿美元,占9.77%'
_SHARE_ON = re.compile(rf"(?:(?<=[\u4e00-\u9fff])占比|(?<=[，,])\s*占)\s*(?:为|达到?|是|约)?\s*(?P<num>[-−]?(?:{_FIGURE}))\s*%")
# words before a whole's name that say 'all of it', not what it is
_ALL_OF = re.compile(r"^(?:全部|全市|全省|全国|全社会|全行业|全产业|全)")
# the word a whole's name may end in that its amount's clause leaves out ('外贸进出口总值', '外贸进出口')
_TOTAL_WORD = re.compile(r"(?:总值|总额|总量)$")
# words before a whole's name that say when, not what: '占同期社会融资规模的59.2%'
_QUALIFIERS = re.compile(r"^(?:同期|当期)的?")
# the shares of the parts just listed: '占比为9.2∶43.9∶46.9', '比重分别为6.8%、40.1%、53.1%'
_MIX = re.compile(rf"(?:占比|比重|比例|结构)[^。；;\n%]{{0,30}}?(?P<lead>调整为|变为|为|是)\s*"
                  rf"(?P<nums>(?:{_FIGURE})\s*%?(?:\s*(?:[∶:、，,]|和)\s*(?:{_FIGURE})\s*%?){{1,5}})")
_MIX_NUM = re.compile(_FIGURE)
_EARLIER_MIX = re.compile(r"(?:上年同期|去年同期|上年|去年)的?\s*$")


@dataclass
class Stated:
    """An amount the text states: its figure in yuan (and the scale and unit it was printed in),
    where, the period it is for, whether a change in amount, a flow (增加/减少) or a fall, and the
    words of its clause before it (what it is of)."""
    printed: Printed
    scale: Decimal
    unit: str
    start: int
    end: int
    label: Optional[str]
    change: bool
    flow: bool
    fall: bool
    clause: str


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    out = []
    for page in doc.pages:
        stated = stated_amounts(page.text)
        candidates = [parts for cue in _CUE.finditer(page.text) if _names_a_dimension(cue)
                      for parts in _groups(page.text, cue, stated)] + _whole_splits(page.text, stated)
        groups, seen = [], set()
        for parts in candidates:
            if parts[0].start in seen:
                continue  # '从环比看,…' with no amount of its own reaches the parts '从产业看' heads
            seen.add(parts[0].start)
            total = _whole_of(parts, stated)
            if averages_of_subgroups(stated_name(total) if total else "", [stated_name(p) for p in parts]):
                continue  # '城镇居民人均可支配收入…;农村居民人均可支配收入…': averages of groups, adding up to nothing
            groups.append(parts)
            check = _parts_check(page, parts, stated)
            if check is not None:
                out.append(check)
                if check["verdict"] in ("consistent", "rounding"):
                    out += _parts_growth(page, _whole_of(parts, stated), parts)
        out += _shares(page, stated)
        out += _mixes(page, groups)
        out += _balances(page, stated)
        out += _release_ratios(page, stated)
    return out


def _names_a_dimension(cue: re.Match) -> bool:
    words = cue.group("by") or cue.group("dim") or cue.group("from")
    return any(d in words for d in dimensions())


# ----------------------------------------------------------------------------- reading
def _periods_named(text: str, start: int, end: int) -> list[re.Match]:
    """The periods text[start:end] names as what figures are for, not as what they are compared with (nor one listed
    after a compared one: '增速较一季度和2018年全年分别回落1.5个和9.5个百分点')."""
    out, compared_end = [], None
    for m in _PERIOD.finditer(text, start, end):
        if _COMPARED.search(text[max(0, m.start() - 3):m.start()]) or (
                compared_end is not None and re.fullmatch(r"\s*[和、及与]\s*", text[compared_end:m.start()])):
            compared_end = m.end()
        else:
            out.append(m)
            compared_end = None
    return out


# a paragraph opening on 同期 speaks of the period the text is about; one opening on 期内, of the one just
# named, as does one opening on 其中, the breakdown of the paragraph before
_SAME_PERIOD = re.compile(r"\s*同期\s*[，,]")
_IN_THE_PERIOD = re.compile(r"\s*(?:期内|本期内|其中)\s*[，,]")


def _label(text: str, at: int) -> Optional[str]:
    """The period stated last before `at` in its paragraph, written one way ('1—2月份' as '1-2月',
    '前7个月' and '首7个月' as '1-7月', '3月份' as '3月'); in a paragraph opening on 同期 that names
    none, the text's first; on 期内 or 其中, the one named last before."""
    start = text.rfind("\n", 0, at) + 1
    found = _periods_named(text, start, at)
    if not found and _SAME_PERIOD.match(text, start):
        found = _periods_named(text, 0, start)[:1]  # '同期,我国对…': the period the text is about, the first it names
    elif not found and _IN_THE_PERIOD.match(text, start):
        found = _periods_named(text, 0, start)[-1:]  # '期内,规模以上工业企业实现营业收入…': the one named last before
    if not found:
        return None
    label = re.sub(r"\s|份", "", found[-1].group("label"))
    label = re.sub(r"[—–~至]", "-", label)
    ahead = re.fullmatch(r"[前首](\d{1,2}|[两二三四五六七八九十]{1,2})个?月", label)  # (首: Hong Kong's 'first')
    if ahead:
        n = ahead.group(1)
        label = f"1-{int(n) if n.isdigit() else int(parse_cn_number(n))}月"
    return label


# a clause that is only a word of summing up before its amount ('…信息技术服务收入也实现了快速增长,总计达21586亿元'):
# the amount is of the subject of the clause before
_AGGREGATE_ONLY = re.compile(r"(?:总计|共计|合计)\s*(?:达到?|为|约)?")
# what a clause says of its subject, after it: '也实现了快速增长', '稳步增长', '保持两位数增长'
_PREDICATE = re.compile(r"也|均|继续|保持|实现|稳步|快速|持续|平稳|呈|增长|下降")


def _subject_of(clause: str) -> str:
    """The words of a clause before what it says of them ('信息技术服务收入也实现了快速增长': '信息技术服务收入'), with no
    period before them; '' where that leaves fewer than two characters."""
    said = _PREDICATE.search(clause)
    words = _PERIOD.sub("", clause[:said.start()] if said else clause).strip("，,、 ")
    return words if len(words) >= 2 else ""


_AFTER_A_REMARK = re.compile(r"^.*[(（][^()（）]*\d[^()（）]*[)）]")


@lru_cache(maxsize=64)
def stated_amounts(text: str) -> tuple[Stated, ...]:
    """Every amount of money a page states, read as `Stated` (changes in amount marked, not left
    out); read once a page, as partitions and unit_slips both read them."""
    out = []
    for m in _AMOUNT.finditer(text):
        lead = text[max(0, m.start() - 24):m.start()]
        if BOUND_BEFORE.search(lead):
            continue  # a bound is no amount stated: '首次突破500亿元大关' (the year's figure is more)
        # (a bracket holding a figure is a remark on the amount before: the words after it name this one,
        # '…8,750万元(占同类业务比例14.57%) 向兴唐通信销售金额2,000万元' is no amount of 同类业务)
        clause = _AFTER_A_REMARK.sub("", clause_before(text, m.start()))
        if _AGGREGATE_ONLY.fullmatch(clause.strip()):
            clause = _subject_of(clause_before(text, max(0, m.start() - len(clause) - 1))) or clause
        scale = Decimal(UNIT_MULT[m.group("scale") or ""])
        value = Printed.of(m.group("num").replace(",", "")).times(scale)
        out.append(Stated(value, scale, (m.group("scale") or "") + m.group("cur"), m.start("num"), m.end("num"),
                          _label(text, m.start()), bool(_CHANGE_BEFORE.search(lead)), bool(FLOW_BEFORE.search(lead)),
                          bool(FALL_BEFORE.search(lead)), clause))
    return tuple(out)


def _region(text: str, cue: re.Match, stated: list[Stated]) -> tuple[int, int]:
    """Where the parts after a cue stand: to the end of its paragraph, or of the next where its own
    states no amount ('分产业来看,二产投资增速…——' and the figures on the next line)."""
    end = text.find("\n", cue.end())
    end = len(text) if end < 0 else end
    if not any(cue.end() <= s.start < end for s in stated) and end < len(text):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    # (and before the next dimension's cue: a copy that ran the release's paragraphs onto one line
    # puts '按消费类型分' after '按经营单位所在地分' with no line between)
    following = _CUE.search(text, cue.end(), end)  # (any cue: '按零售业态分' names a split no data knows, but ends this one)
    return cue.end(), following.start() if following else end


def opens_on_a_period(text: str, at: int) -> bool:
    """Whether the words after a 其中 at `at` open on a period ('其中,3月份城镇消费品零售额…'): the
    figures of a period within the one before, not a breakdown of the figure before. '全年' is none: no period
    within another ('…612.88亿人次…。其中全年铁路完成旅客发送量38.55亿人次' breaks the year's figure down)."""
    period = _PERIOD.match(text, at + len(re.match(r"[\s，,:：]*", text[at:]).group(0)))
    return bool(period) and period.group("label") != "全年"


def _of_which_spans(text: str, lo: int, hi: int, to_semicolon: bool) -> list[tuple[int, int]]:
    """The stretches after each 其中 (or '在商品零售中,') in [lo, hi): to the sentence's end, or to
    a ；as well."""
    stop = _TO_CLAUSE_RUN_END if to_semicolon else _TO_SENTENCE_END
    spans = []
    for m in _OF_WHICH.finditer(text, lo, hi):
        if opens_on_a_period(text, m.end()):
            continue
        a = m.end()
        e = stop.search(text, a, hi)
        spans.append((a, e.start() if e else hi))
    return spans


def _by_period(levels: list[Stated]) -> list[list[Stated]]:
    """Amounts grouped by the period each is stated for, in the order stated."""
    groups: dict[Optional[str], list[Stated]] = {}
    for s in levels:
        groups.setdefault(s.label, []).append(s)
    return list(groups.values())


def _outside(levels: list[Stated], spans: list[tuple[int, int]]) -> list[Stated]:
    return [s for s in levels if not any(a <= s.start < b for a, b in spans)]


def _groups(text: str, cue: re.Match, stated: list[Stated]) -> list[list[Stated]]:
    """The parts after a cue, one list per period they are stated for (in the order stated). Where
    the 其中 inside may end at a ；or only at the sentence's end and the two readings differ, the
    group is the one whose sum some stated amount reproduces, else none."""
    lo, hi = _region(text, cue, stated)
    readings = []
    levels = [s for s in stated if lo <= s.start < hi and not s.change]
    for to_semicolon in (False, True):
        inner = _of_which_spans(text, lo, hi, to_semicolon)
        readings.append([g for g in _by_period(_outside(levels, inner)) if len(g) >= 2])
    if _same(readings[0], readings[1]):
        return [_cut_at_a_total(text, group, stated) for group in readings[0]]
    out = []
    for group in readings[0] + readings[1]:
        if _reproduced(group, stated) is not None:
            out.append(group)
    return out


def _cut_at_a_total(text: str, group: list[Stated], stated: list[Stated]) -> list[Stated]:
    """The parts after a cue, or — where their sum reproduces no amount stated before and the parts up to the end of a
    sentence inside them do — those: the paragraph goes on past the breakdown to another figure of the period ('从构成看,
    运输费用3.1万亿元…;管理费用0.9万亿元,同比增长9.1%。此外,上半年,…物流业总收入为4.6万亿元')."""
    if _reproduced(group, stated) is not None:
        return group
    for k in range(len(group) - 1, 1, -1):
        if "。" in text[group[k - 1].end:group[k].start] and _reproduced(group[:k], stated) is not None:
            return group[:k]
    return group


def _whole_splits(text: str, stated: list[Stated]) -> list[list[Stated]]:
    """Parts a sentence lists with no cue before them that are every member of a split known
    whole ('東部地區…72483億元…;中部地區投資28674億元…;西部地區…;東北地區投資5199億元')."""
    out = []
    for sentence in re.finditer(r"[^。\n]+", text):
        levels = [s for s in stated if sentence.start() <= s.start < sentence.end() and not s.change]
        inner = _of_which_spans(text, sentence.start(), sentence.end(), False)
        # the split may be what a 其中 opens ('其中,分中央和地方看,中央…;地方…'), or stand before a part's
        # own parts ('税收收入…;非税收入…,其中中央非税收入…'), or both ('其中,中央…;地方…,其中国有土地…'):
        # the sentence's amounts read all three ways
        after_a_level = [span for span in inner if levels and span[0] > levels[0].start]
        for reading in (levels, _outside(levels, inner), _outside(levels, after_a_level)):
            whole = [g for g in map(_complete_run, _by_period(reading)) if g]
            if whole:
                out += whole
                break
    return out


def _complete_run(parts: list[Stated]) -> Optional[list[Stated]]:
    """The parts, or their first ones, that are every member of a split known whole: a part's own part may follow
    with no 其中 ('…;地方政府性基金本级收入23445亿元,…,国有土地使用权出让收入20151亿元'), read past."""
    for k in range(len(parts), 1, -1):
        if is_complete([stated_name(p) for p in parts[:k]]):
            return parts[:k]
    return None


def _same(a: list[list[Stated]], b: list[list[Stated]]) -> bool:
    return [[s.start for s in g] for g in a] == [[s.start for s in g] for g in b]


def _signed(parts: list[Stated]) -> list[Printed]:
    return [p.printed.signed(-1 if p.fall else 1) for p in parts]


def _before(parts: list[Stated], stated: list[Stated]) -> list[Stated]:
    """The levels stated before the parts for their period (any period where they name none)."""
    label = parts[0].label
    return [s for s in stated if s.end <= parts[0].start and not s.change and (label is None or s.label == label)]


def _reproduced(parts: list[Stated], stated: list[Stated]) -> Optional[Stated]:
    """The amount nearest before the parts whose figure their sum gives, within its printing."""
    for s in reversed(_before(parts, stated)):
        if calc.judge_sum(_signed(parts), s.printed)[0] != "mismatch":
            return s
    return None


# ----------------------------------------------------------------------------- the checks
def _whole_of(parts: list[Stated], stated: list[Stated]) -> Optional[Stated]:
    """The total the parts are of: the one they reproduce, else the period's headline stated before them."""
    total = _reproduced(parts, stated)
    if total is None:
        before = _before(parts, stated)
        total = before[0] if before else None  # (none stated: the parts may still give shares, _mixes)
    return total


def _parts_check(page, parts: list[Stated], stated: list[Stated]) -> Optional[dict]:
    text = page.text
    total = _whole_of(parts, stated)
    note = ""
    if total is None:
        return None
    names = [stated_name(p) for p in parts]
    in_unit = [p.times(1 / total.scale) for p in _signed(parts)]
    printed = total.printed.times(1 / total.scale)
    verdict, exact = calc.judge_sum(in_unit, printed)
    if verdict == "mismatch":
        note = calc.cause(verdict, exact, printed, money=True)
        whole = is_complete(names) and abs(exact / printed.value - 1) <= NEAR_ENOUGH
        if not note and not whole and (exact < printed.value or any(s.flow for s in [total, *parts])):
            verdict, note = "unverifiable", (f"the parts listed sum to {exact.normalize():,f} {total.unit}: a member not listed "
                                            "(or, for a flow, one that fell) would make up the rest")
    formula = " + ".join(names) if not any(p.fall for p in parts) else \
        "".join(f"{' − ' if p.fall else ' + '}{n}" for p, n in zip(parts, names)).lstrip(" +")
    cells = [("text", page.number, total.start, total.end)] + [("text", page.number, p.start, p.end) for p in parts]
    inputs = {f"{n} ({p.unit})": v for n, p, v in zip(names, parts, _signed(parts))}
    return make(sentence_marked(text, (total.start, total.end)), page.number, f"{stated_name(total)} = {formula}", inputs,
                printed, exact, total.unit, verdict, note, cells=cells)


# measures whose growth is a volume's, at constant prices ('按不变价格计算'): GDP and value added
REAL_GROWTH = re.compile(r"增加值|生产总值|GDP")


def _parts_growth(page, total: Stated, parts: list[Stated]) -> list[dict]:
    """The total's growth from its parts' amounts and growths, each stated right after its figure
    ('利润总额27543.8亿元,同比增长3.4%…采矿业…5024.5亿元,同比下降16.2%;制造业…'), the parts
    adding up to it: each part's base is its amount ÷ (1 + its growth), the total's their sum."""
    text = page.text
    if any(REAL_GROWTH.search(s.clause) for s in (total, *parts)):
        return []  # value added grows at constant prices: its parts' current values are not its weights
    said, grown = growth_next(text, total.end), [growth_next(text, p.end) for p in parts]
    if said is None or None in grown or any(p.fall or g.value <= -100 for p, (g, _, _) in zip(parts, grown)) \
            or any(basis != said[1] for _, basis, _ in grown):
        return []  # a growth unsaid, or on another basis (a 环比 among 同比s)
    amounts = [p.printed for p in parts]
    verdict, exact = judge_formula(mixed_growth(len(parts)), amounts + [g for g, _, _ in grown], said[0])
    names = [stated_name(p) for p in parts]
    inputs = {f"{n} ({p.unit})": a for n, p, a in zip(names, parts, amounts)} | {f"{n} growth (%)": g for n, (g, _, _) in zip(names, grown)}
    cells = [("text", page.number, *said[2])] + [c for p, (_, _, at) in zip(parts, grown)
                                                 for c in (("text", page.number, p.start, p.end), ("text", page.number, *at))]
    return [make(sentence_marked(text, said[2]), page.number, MIX_FORMULA.format(" + ".join(names)), inputs, said[0], exact,
                 "%", verdict, f"the parts add up to {stated_name(total)}: its base is the sum of theirs", cells=cells)]


def stated_name(s: Stated) -> str:
    """What an amount is of, as its clause says it ('城镇消费品零售额')."""
    words = re.sub(r".*(?:\[\d+\]|\s[-–—•·]\s)", "", s.clause)  # a summary's bullet or citation before it
    words = re.sub(r"^[\s●•·\-]*(?:其中|同时)?\s*[，,:：]?", "", words)
    words = re.sub(r"(?:完成|实现|累计|共计|总计|合计|达到?|为|约|增加|减少|新增)+\s*$", "", words.strip())
    words = _PERIOD.sub("", words).lstrip("，,、 ") or words
    return words[-16:] or "amount"


def _shares(page, stated: list[Stated]) -> list[dict]:
    """'…17476亿元,…占社会消费品零售总额的比重为22.7%': the amount before 占 in its sentence — or,
    where the sentence states none, the one its words name, stated first for the period ('从结构看,
    上半年对实体经济发放的人民币贷款占同期社会融资规模的59.2%') — over the total its words name,
    stated before for the same period. The shares after it in its paragraph that name no total
    ('委托贷款占比-1.1%') are of the same one, a part that fell counting as negative."""
    text, out = page.text, []
    whole_of_paragraph: dict[int, tuple[str, str]] = {}  # paragraph start → (words, as named) of its whole
    chosen: dict[tuple[int, str], Stated] = {}  # (paragraph start, whole's words) → the whole its last share was read over
    shares = sorted([*_SHARE.finditer(text), *_SHARE_IN.finditer(text), *_SHARE_FROM_TO.finditer(text),
                     *_SHARE_ON.finditer(text)], key=lambda m: m.start())
    naming_a_whole = {m.span("num") for m in shares if m.re is not _SHARE_ON}
    for m in shares:
        if m.re is _SHARE_ON and m.span("num") in naming_a_whole:
            continue  # ('在电信业务收入中占比为15.1%' read once, as naming its whole)
        paragraph = text.rfind("\n", 0, m.start()) + 1
        if m.re is not _SHARE_ON:
            named = _QUALIFIERS.sub("", re.sub(r"[()（）]", "", m.group("whole")))
            whole_words = _ALL_OF.sub("", named)
            if not whole_words:
                # '收入占全行业比重达18%': all of the measure its own words name, the headline's
                subject = re.search(r"[\u4e00-\u9fff]{2,4}$", clause_before(text, m.start()))
                whole_words = subject.group(0) if subject else ""
            if len(whole_words) < (2 if whole_words != named else 4):
                continue  # '占收入比例' could be of any 收入 before; '占全部投资' is the headline's
            whole_of_paragraph[paragraph] = (whole_words, named)
        elif paragraph in whole_of_paragraph:
            whole_words, named = whole_of_paragraph[paragraph]
        else:
            continue
        part = _part_of(text, m, stated)
        if part is None:
            continue
        opens_block = block_of(text, part.start)[0] if several_stocks(text) else 0
        def naming(words: str) -> list[Stated]:
            return [s for s in stated if opens_block <= s.start and s.start != part.start and not s.change
                    and s.start < max(part.start, m.start()) and _names_whole(re.sub(r"[()（）]", "", s.clause), words)
                    and ("中位数" in named or "中位数" not in s.clause)]  # (a median is no whole of anything)
        named_so = naming(whole_words)
        if not named_so and _TOTAL_WORD.search(whole_words) and len(_TOTAL_WORD.sub("", whole_words)) >= 3:
            # ('占同期福建省外贸进出口总值的54.7%' of '福建省外贸进出口1.62万亿元': the total stated without its 总值)
            named_so = naming(_TOTAL_WORD.sub("", whole_words))
        wholes = [s for s in named_so if s.label == part.label]
        period_unnamed = not wholes and part.label is None and len({s.label for s in named_so}) == 1
        if period_unnamed:
            wholes = named_so  # a paragraph naming no period, of the one period its whole's words were stated for
        if not wholes:
            continue
        # '占全部投资': the headline, stated first; a total named by its name ('占社会消费品零售总额'):
        # the nearest, as a text on several subjects names each one's total by its own
        whole = wholes[0] if whole_words != named else wholes[-1]
        # (one its part's subject names too: '全国居民人均工资性收入' is of '全国居民人均可支配收入', not of the nearest,
        # '农村居民人均可支配收入'; and the next shares of its paragraph naming the whole alike, of the same one)
        subject = max(wholes, key=lambda w: _common_head(stated_name(part), stated_name(w)))
        if _common_head(stated_name(part), stated_name(subject)) >= 2:
            whole = subject
        elif chosen.get((paragraph, whole_words)) in wholes:
            whole = chosen[(paragraph, whole_words)]
        chosen[(paragraph, whole_words)] = whole
        # (a headline's rounded restatement — a title's '142亿美元' — gives way to its full figure, '142.21亿美元')
        whole = min((w for w in wholes if abs(w.printed.value - whole.printed.value) <= whole.printed.step / 2),
                    key=lambda w: w.printed.step, default=whole)
        whole_name = stated_name(whole)
        of_its_measure = _of_the_parts_measure(text, part, whole, whole_words, stated)
        if of_its_measure is not None:
            whole = of_its_measure
            whole_name = stated_name(whole) if stated_name(whole).startswith(whole_words) else whole_words + stated_name(whole)
        printed = Printed.of(m.group("num").replace(",", "").replace("−", "-"))
        share = part.printed.signed(-1 if part.fall else 1)
        verdict, exact = judge_formula(lambda p, w: p / w * 100, [share, whole.printed], printed)
        note = "the amount over the total its words name, stated for the same period"
        if period_unnamed and verdict == "mismatch":
            # (its paragraph names no period: the share may be of another period's total, one the text does not print)
            verdict, note = "unverifiable", ("the amount over the total its words name, stated for the one period they were "
                                             "stated for: the share's paragraph names none, and may mean another")
        out.append(make(sentence_marked(text, m.span("num")), page.number, f"{stated_name(part)} ÷ {whole_name} × 100",
                        {stated_name(part): share, whole_name: whole.printed}, printed, exact, "%", verdict, note,
                        cells=[("text", page.number, *m.span("num")), ("text", page.number, part.start, part.end),
                               ("text", page.number, whole.start, whole.end)]))
    return out


def _of_the_parts_measure(text: str, part: Stated, whole: Stated, whole_words: str, stated: list[Stated]) -> Optional[Stated]:
    """A whole named by its subject alone is that subject's amount of the part's measure: '总负债为48.7万亿元,…占银行业
    金融机构比例为46.6%' is over the 总负债 the subject's sentence states beside its 总资产 ('银行业金融机构总资产为
    111.5万亿元,…,总负债为104.3万亿元'), not over the 总资产 the words were matched in. Only where the part's measure is
    no piece of the whole's ('出口' is of '进出口总值')."""
    name = stated_name(whole)
    at = name.rfind(whole_words)
    measure, own = name[at + len(whole_words):] if at >= 0 else "", stated_name(part)
    if len(measure) < 2 or len(own) < 2 or own[-2:] in measure or measure[-2:] in own:
        return None
    return next((s for s in stated if whole.end <= s.start < min(sentence_end(text, whole.end), part.start) and s.label == whole.label
                 and not s.change and stated_name(s).endswith(own[-2:])
                 and (stated_name(s).startswith(whole_words) or len(stated_name(s)) <= 4)), None)


def _common_head(a: str, b: str) -> int:
    """How many characters two names open with alike ('全国居民人均工资性收入', '全国居民人均可支配收入': 6)."""
    return len(os.path.commonprefix([a, b]))


# words whose characters stand inside a longer word of another meaning, and the character that makes it: '出口总额'
# is in '进出口总额' (the sum of exports and imports), no total of exports
_INSIDE_A_LONGER_WORD = {"出口": "进"}


def _names_whole(clause: str, whole_words: str) -> bool:
    """Whether a stated amount's clause names the whole a share's words name, with or without a verb between its words."""
    return _holds_word(clause, whole_words) or _holds_word(DONE_WORDS.sub("", clause), whole_words)


def _holds_word(words: str, word: str) -> bool:
    """Whether `words` hold `word` as itself, not as the tail of a longer word (`_INSIDE_A_LONGER_WORD`)."""
    before = next((c for w, c in _INSIDE_A_LONGER_WORD.items() if word.startswith(w)), None)
    return any(before is None or at == 0 or words[at - 1] != before
               for at in (m.start() for m in re.finditer(re.escape(word), words)))


def _part_of(text: str, m: re.Match, stated: list[Stated]) -> Optional[Stated]:
    """The amount a share is of: the last before 占 in its clause run, else the first stated for the
    period whose words hold the words before 占 ('委托贷款' of '委托贷款减少2306亿元')."""
    opens = max(text.rfind(c, 0, m.start()) for c in ("。", "\n", "；", ";"))
    # (an amount in a bracket closed before 占 is another period's: '284.12亿元(去年同期为321.18亿元,…),占…59.36%')
    share_bracketed = in_brackets(text, m.start(), opens + 1)
    own = [s for s in stated if opens < s.start < m.start() and not s.change
           and (share_bracketed or not in_brackets(text, s.start, opens + 1))]
    if own:
        return own[-1]
    label = _label(text, m.start())
    words = clause_before(text, m.start())
    words = _PERIOD.sub("", re.sub(r"^.*?(?:从结构看|其中)\s*[，,]?", "", words)).strip()
    words = re.sub(r"^(?:19|20)\d{2}\s*年(?:全年|末|底)?", "", words)  # ('2018年对实体经济发放的人民币贷款占…': the year's)
    if len(words) < 2:
        return None
    return next((s for s in stated if s.end <= m.start() and not s.change and s.label == label and words in s.clause), None)


def _mixes(page, groups: list[list[Stated]]) -> list[dict]:
    """Each share of a list of as many shares as the parts just listed, over their sum, stated in
    the parts' paragraph or the next sentence after it."""
    text, out = page.text, []
    for m in _MIX.finditer(text):
        if _EARLIER_MIX.search(text[max(0, m.start("lead") - 8):m.start("lead")]):
            continue
        nums = [n for n in _MIX_NUM.finditer(m.group("nums"))]
        near = [g for g in groups if g[-1].end <= m.start() and not re.search(r"\n\s*\n", text[g[-1].end:m.start()])
                and text.count("。", g[-1].end, m.start()) <= 1 and len(g) == len(nums)]
        if not near:
            continue
        parts = near[-1]
        values = _signed(parts)
        if any(v.value <= 0 for v in values):
            continue
        printed = [Printed.of(n.group(0)) for n in nums]
        for i, (n, p) in enumerate(zip(nums, printed)):
            verdict, exact = judge_formula(lambda *v, i=i: v[i] / sum(v) * 100, values, p)
            note = "the part over the sum of the parts listed"
            if verdict == "mismatch" and nudged_to_hundred(printed, exact, p):
                verdict, note = "rounding", NUDGED_TO_HUNDRED
            at = m.start("nums") + n.start(), m.start("nums") + n.end()
            formula = f"{stated_name(parts[i])} ÷ ({' + '.join(stated_name(x) for x in parts)}) × 100"
            out.append(make(sentence_marked(text, at), page.number, formula,
                            {stated_name(x): v for x, v in zip(parts, values)}, p, exact, "%", verdict, note,
                            cells=[("text", page.number, *at)] + [("text", page.number, x.start, x.end) for x in parts]))
    return out


def currency_of(s: Stated) -> str:
    """The currency an amount is printed in, its scale left out ('亿元' and '万亿元' are both 元)."""
    return re.sub(r"^(?:万亿|亿|千万|百万|万)", "", s.unit)


# a trade balance: '贸易顺差达3622亿元', '逆差为120亿美元'
_BALANCE = re.compile(r"(?P<kind>顺差|逆差)\s*(?:为|达|达到|扩大至|收窄至|约)?\s*$")


# what flows in and what flows out, a balance being the one less the other: exports and imports, anywhere before it for
# its period; a balance of payments' 收入 and 支出 (receipts, payments), only in its own sentence ('…贸易收入14322亿元,支出
# 13352亿元,顺差970亿元'), 收入 and 支出 being words of many other things
_FLOW_PAIRS = (("出口", "进口", False, "exports less imports"), ("收入", "支出", True, "receipts less payments"))


def _balances(page, stated: list[Stated]) -> list[dict]:
    """A surplus (顺差) as exports less imports (or receipts less payments), a deficit (逆差) as imports less exports,
    each the nearest stated before it for its period, in its currency."""
    text, out = page.text, []
    for b in stated:
        kind = _BALANCE.search(text[max(0, b.start - 12):b.start])
        if not kind or b.change:
            continue
        before = [s for s in stated if s.end <= b.start and not s.change and s.label == b.label
                  and currency_of(s) == currency_of(b) and "进出口" not in s.clause]
        for inflow, outflow, same_sentence, how in _FLOW_PAIRS:
            near = [s for s in before if not same_sentence or not re.search(r"[。\n]", text[s.end:b.start])]
            exports = [s for s in near if inflow in s.clause and outflow not in s.clause]
            imports = [s for s in near if outflow in s.clause and inflow not in s.clause]
            if exports and imports:
                break
        else:
            continue
        x, m = exports[-1], imports[-1]
        printed = b.printed.times(1 / b.scale)
        values = [x.printed.times(1 / b.scale), m.printed.times(1 / b.scale)]
        surplus = kind.group("kind") == "顺差"
        verdict, exact = judge_formula((lambda e, i: e - i) if surplus else (lambda e, i: i - e), values, printed)
        formula = f"{stated_name(x)} − {stated_name(m)}" if surplus else f"{stated_name(m)} − {stated_name(x)}"
        inputs = {f"{stated_name(s)} ({s.unit})": s.printed.times(1 / s.scale) for s in (x, m)}
        out.append(make(sentence_marked(text, (b.start, b.end)), page.number, formula, inputs,
                        printed, exact, b.unit, verdict, f"{how} stated before it for the same period",
                        cells=[("text", page.number, b.start, b.end), ("text", page.number, x.start, x.end),
                               ("text", page.number, m.start, m.end)]))
        out += _balance_growth(page, b, x, m, surplus)
    return out


# a change in amount between an amount and its growth: '全国财政收入119642亿元,比去年同期增加9117亿元,增长8.2%'
_CHANGE_BETWEEN = re.compile(rf"\s*(?:万亿|亿|千万|百万|万)?\s*(?:元|美元|港元)?\s*[，,]\s*(?:比|较)[^，,。；;\d]{{0,8}}?(?:增加|减少|多|少)\s*"
                             rf"(?:{_FIGURE})\s*(?:万亿|亿|千万|百万|万)?\s*(?:元|美元|港元)")


def growth_next(text: str, at: int) -> Optional[tuple[Printed, str, tuple[int, int]]]:
    """The growth stated right after an amount's figure ('出口14.14万亿元,下降1.8%', '贸易顺差3.69万亿元,扩大56.7%'),
    a change in amount between allowed ('…119642亿元,比去年同期增加9117亿元,增长8.2%'): its signed figure, its basis and
    where its figure stands; None where there is none."""
    m = GROWTH_AFTER.match(text, at)
    if m is None and (between := _CHANGE_BETWEEN.match(text, at)):
        m = GROWTH_AFTER.match(text, between.end())
    growth = growth_of(m)
    return None if growth is None else (*growth, m.span("num"))


def _balance_growth(page, b: Stated, x: Stated, m: Stated, surplus: bool) -> list[dict]:
    """A balance's growth (顺差…扩大56.7%) from its exports' and imports' amounts and growths: each
    one's base is its amount ÷ (1 + its growth), the balance's base their difference — judged only
    where that base has the balance's sign (a deficit turned surplus has no growth in percent)."""
    text = page.text
    said, grown = growth_next(text, b.end), [growth_next(text, s.end) for s in (x, m)]
    if said is None or None in grown or any(basis != said[1] for _, basis, _ in grown):
        return []
    (gx, _, x_at), (gm, _, m_at) = grown
    balance, e, i = (s.printed.times(1 / b.scale) for s in (b, x, m))

    def growth(balance, e, i, ge, gi):
        base = e / (1 + ge / 100) - i / (1 + gi / 100)
        return (balance / (base if surplus else -base) - 1) * 100
    mid_base = e.value / (1 + gx.value / 100) - i.value / (1 + gm.value / 100)
    if (mid_base <= 0) if surplus else (mid_base >= 0):
        return []
    verdict, exact = judge_formula(growth, [balance, e, i, gx, gm], said[0])
    inputs = {f"balance ({b.unit})": balance, f"{stated_name(x)} ({b.unit})": e, f"{stated_name(m)} ({b.unit})": i,
              f"{stated_name(x)} growth (%)": gx, f"{stated_name(m)} growth (%)": gm}
    formula = (f"balance ÷ ({stated_name(x)} ÷ (1 + its growth) − {stated_name(m)} ÷ (1 + its growth)) − 1, × 100" if surplus
               else f"balance ÷ ({stated_name(m)} ÷ (1 + its growth) − {stated_name(x)} ÷ (1 + its growth)) − 1, × 100")
    return [make(sentence_marked(text, said[2]), page.number, formula, inputs, said[0], exact, "%", verdict,
                 "the balance's base is its exports' base less its imports'",
                 cells=[("text", page.number, *said[2]), ("text", page.number, x.start, x.end), ("text", page.number, *x_at),
                        ("text", page.number, m.start, m.end), ("text", page.number, *m_at)])]


# a release's ratios to its revenue: '主营业务收入利润率为6.44%', '每百元主营业务收入中的成本为84.27元'
_MARGIN = re.compile(rf"(?P<rev>主营业务收入|营业收入)利润率\s*(?:为|达到?|是)?\s*(?P<num>{_FIGURE})\s*(?P<per>%)")
_PER_HUNDRED = re.compile(rf"每百元(?P<rev>主营业务收入|营业收入)中的(?P<what>成本)\s*(?:为|是)?\s*(?P<num>{_FIGURE})\s*(?P<per>元)")


# a release's profit named 利润 alone, right before its figure
_PROFIT_ALONE = re.compile(r"实现利润\s*$")


def _subject(clause: str, word: str) -> str:
    """Whose figure a clause states, by the words before its measure ('全国规模以上工业企业实现利润总额' →
    规模以上工业企业; '今年首9个月利润总额' → '', the text's own subject)."""
    before = clause[:clause.rfind(word)] if word in clause else clause
    before = _PERIOD.sub("", re.split(r"[，,：:]", before)[-1])
    before = re.sub(r"^(?:今年|全国|我国|中国|全|发生|实现)+", "", before.strip())
    return re.sub(r"(?:实现|完成|累计|发生|的|共|营业|主营业务)+$", "", before)  # ('发生营业成本': 营业 is the cost's)


def _release_ratios(page, stated: list[Stated]) -> list[dict]:
    """利润总额 (or 成本) per 100 of the revenue the ratio names, each the first level the text
    states for the ratio's period whose words name it."""
    text, out = page.text, []
    for m in [*_MARGIN.finditer(text), *_PER_HUNDRED.finditer(text)]:
        label = _label(text, m.start())
        what = "利润总额" if m.re is _MARGIN else m.group("what")
        # whose ratio: a kind the ratio's own clause run names before its revenue ('国有及国有控股企业实现主营业务收入176233亿元,
        # …,主营业务收入利润率为5.71%'), else the text's whole
        run = text[max(text.rfind(c, 0, m.start()) for c in ("。", "；", ";", "\n")) + 1:m.start()]
        named_first = re.search(rf"(?<!每百元){m.group('rev')}(?!利润率)", run)  # (not a ratio's own word: '每百元主营业务收入中的')
        own = _subject(run[:named_first.end()], m.group("rev")) if named_first else ""

        def first(word: str, named=lambda clause: True) -> Optional[Stated]:
            found = [s for s in stated if s.end <= m.start() and not s.change and word in s.clause and named(s.clause)
                     and (not own or _subject(s.clause, word) == own)]
            # (a ratio in a paragraph naming no period is of the headline's, the period the text states first: '1-9月份,…实现
            # 利润35240亿元' before '规模以上工业企业实现主营业务收入657220亿元,…主营业务收入利润率为5.36%', not '9月当月…')
            periods = {label} if label is not None else {None, next((s.label for s in stated if s.label is not None), None)}
            found = [s for s in found if s.label in periods]
            return found[0] if found else None
        part, revenue = first(what), first(m.group("rev"))
        if part is None and m.re is _MARGIN:
            # (a release's profit named 利润 alone: '全国规模以上工业企业实现利润35240亿元')
            what = "利润"
            part = first(what, lambda clause: bool(_PROFIT_ALONE.search(clause)))
        if part is None or revenue is None or part is revenue:
            continue
        if _subject(part.clause, what) not in ("", _subject(revenue.clause, m.group("rev"))):
            continue  # '国有控股企业实现利润总额…': a kind's profit, not the whole's the revenue is of
        printed = Printed.of(m.group("num"))
        verdict, exact = judge_formula(lambda p, r: p / r * 100, [part.printed, revenue.printed], printed)
        out.append(make(sentence_marked(text, m.span("num")), page.number, f"{stated_name(part)} ÷ {stated_name(revenue)} × 100",
                        {stated_name(part): part.printed, stated_name(revenue): revenue.printed}, printed, exact, m.group("per"),
                        verdict, "per 100 of the revenue stated first for the same period",
                        cells=[("text", page.number, *m.span("num")), ("text", page.number, part.start, part.end),
                               ("text", page.number, revenue.start, revenue.end)]))
    return out

