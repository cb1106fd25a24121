"""Check family: a change between two figures one sentence states, whatever they measure
('晶圆平均单价达6639元/片，较2023年的6967元同比下降4.71%', '出货量为120万台，较上年的100万台
增长20%', '风险覆盖率241.72%,较上年度末239.03%增加2.69个百分点'): the percentage (or a ratio's
points) against the two figures, with no line item or table needed. So too a figure moved
from one value to another ('由15港元上调13.3%至17港元'; '从41.04万户增加到49.84万户,增加了8.8万户'), a results announcement's change to a
figure with the year before's in brackets ('收益减少17.6%至约人民币277,261,000元(二零一九年:…)'),
a revised figure with its earlier one ('4.80(5.32,-9.8%)'), a ratio moved between two levels with the
move in points ('从第一季度末的268.2%上升至273.1%,共上升4.9个百分点'), and rows of two years' figures with
their signed change under a 变动 column ('营业额 33,891.5 23,863.4 +42%'), a figure against the expectation
it beats or misses with that expectation's figure ('12.0亿元,高于市场一致预期(10.0亿元)20.0%'), and a figure whose
quarter before's and year before's follow it ('…,上一季度和去年同期分别为138.283亿元和115.348亿元,同比增长20.2%'). The two figures must be
in one unit (the later one may drop the '/片' of the first); a change stated without its base
figure is no claim of this family."""
from __future__ import annotations

import re
from decimal import Decimal

from ...calc import Printed
from ...quantities import CN_DIGIT, parse_cn_number
from ...document import Document
from ..checks import CURRENCY_OF_WORD, clause_before, growth_readings, is_company_report, judge_formula, make, marked, money_scale
from ..sentences import (BARE_MARGIN, BULLET, PERIODS_BEFORE, RATIO_NAMES, REVISION_VERBS, SHARP_DOWN, SHARP_UP, SIGNED_NUM, Sentence, figure_of,
                         item_names, page_sentences)

# a unit: a few characters that are neither digits nor punctuation ('元/片', '亿元', '万台', 'GW')
_UNIT = r"[^\d\s，,。；;、：:（）()%％较和与及]{1,5}?"
# (and Taiwan's words of a change on the quarter or the year before: '季增14.47%', '年减3%')
# (and a price's words: '较上年同期的19.05元/公斤暴跌30.81%')
# (and an output's: '比2011年增产1836万吨', '减产'; a slight move's: '略降0.1%')
_UP, _DOWN = (f"增长|上升|提升|增加|提高|季增|年增|成长|上涨|净增|微增|微升|微涨|略增|略升|增产|{SHARP_UP}",
              f"下降|下滑|减少|降低|回落|季减|年减|衰退|下跌|净减|微降|微跌|微减|略降|略减|减产|{SHARP_DOWN}")
# the base named after 较: a period ('较2023年的', '较上年度末', '较年初') or only 的
# (or a Hong Kong announcement's period by its end: '较截至二零一七年十二月三十一日止年度约109.7百万港元')
# (a year's part: '由2024年第三季度的每部1,102.2元下降3.6%至每部1,062.8元'; and a price per unit, 每部/每吨)
# (a half or the first three quarters with no 年 between: '由2024上半年的31.40亿元减少36.4%至2025上半年的19.99亿元')
# (or a year's start: '由2025年初的21.05万元/吨上涨至11月7日的46.20万元/吨')
# (or a year's report by its name: '从2024年中报的0.1811元降至2025年中报的0.1274元')
# (or a fiscal year, as a US company's is named: '较2024财年的3910.35亿美元')
_YEAR_PART = (r"(?:\d{4}\s*财年|\d{4}\s*年\s*(?:第?[一二三四1-4]\s*季度?|[上下]半年|前[三四]季度|\d{1,2}\s*月份?|半年度报告|年度报告|半年报|中报|年报|三季报|一季报)?"
              r"|\d{4}\s*(?:[上下]半年|前[三四]季度))\s*(?:末|底|初)?")
_PER_UNIT = r"(?:每[部辆台吨股件个只片桶箱瓶]\s*)?"
# (or after 环比/同比, a quarter's or a half's: '…为57.51亿元,环比2025年二季度的113.80亿元下降49.5%')
_BASE = (r"(?:(?:环比|同比)\s*(?=\d{4}\s*年\s*(?:第?[一二三四1-4]\s*季度?|[上下]半年))(?:" + _YEAR_PART + r")\s*的\s*|"
         # (比 as 较, and a quarter named as the base: '较第2季1兆7934.68亿元季增14.47%', '比去年同期…增加11%')
         # (or 同比 before the base's period: '吨毛利164元/吨,同比去年的223元/吨下降26.6%')
         # (a year's part too: '较2024年上半年的7.16亿元下降5.0%')
         # (相比/相较 as 较: '相比去年同期的462.22亿美元同比增长6%')
         r"(?:同?[较比]|相比|相较于?)\s*(?:(?:" + _YEAR_PART + r"|\d{4}\s*年初|上年度末|上年末|上年度|年初|期初|上年同期|去年同期|上年|去年|同期"
         r"|(?:\d{4}\s*年\s*)?第[一二三四1-4]季度?|上季度?|上一季度?)\s*(?:同期)?\s*的?|的"
         # (or the figure it replaced, named 原…: '较原预计金额12,800万元增长121%')
         r"|原[\u4e00-\u9fff]{0,8}?"
         r"|截至[^，,。；;\d]{0,4}[^，,。；;]{4,24}?止\s*(?:年度|[六三九]个月|十二个月|\d{1,2}\s*个月)\s*(?:的)?))\s*")
# how much a change is said to be before its direction ('较上年同期的6476.53万元大幅增长4347.82%')
_DEGREE = "大幅|小幅|略有|略微|显著|明显|稳步|持续"
# the currency word an announcement puts before a figure ('较上年人民币1900百万元', '至约人民币277,261,000元')
_CURRENCY = r"(?:约\s*)?(?:人民币|港币|美元)?\s*"
# (the change may be stated in amount too, before the percentage: '减少约9.3百万港元或8.5%'; '净增26.23亿元,增幅7.19%')
_THEN_PERCENT = r"[，,]\s*(?:增幅|降幅|涨幅|跌幅|幅度)\s*(?:为|达)?"
# (an aside in brackets after the figure, and the change said 环比: '26205元/吨(REO=50%),较第三季度19109元/吨环比飙升37.13%')
# (or the figure's share of a whole between: '销售及市场推广开支23.75亿元 占总收入39.9% 较去年同期18.79亿元增长26.4%')
_SHARE_ASIDE = r"(?:\s*[，,]?\s*占[^，,。；;\d%]{0,10}\d+(?:\.\d+)?\s*%)?"
# (or each figure's working in brackets after it, a division: '基本每股盈利为0.22元人民币(32590.3万元人民币/14.72亿股),较去年
# 同期0.18元人民币(23704.7万元人民币/13.34亿股)增长22%')
_WORKING = r"[(（]\s*[\d.,]+\s*[^\d\s()（）/÷]{0,6}\s*[/÷]\s*[\d.,]+\s*[^\d\s()（）/÷]{0,6}\s*[)）]"
# (a ratio of the figure's in brackets after it, or its working: '毛利润达7.51亿元(毛利率56.9%),较2024年同期的5.2亿元(毛利率52.3%)
# 增长44.4%' — after either figure)
_ASIDE = rf"(?:[(（][^()（）\d]{{0,8}}[=＝:：]?\s*[\d.]*%?[)）]|{_WORKING})"
# (or a clause of words alone between the figure and its base: '总营收为1024.66亿美元,创同期历史纪录,较上年同期的…')
_WORDS_ASIDE = r"(?:[，,]\s*[^，,。；;\d%％]{2,12}?(?=\s*[，,]\s*(?:同?[较比]|相比|相较)))?"
_PAIR = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*{_ASIDE}?{_SHARE_ASIDE}{_WORDS_ASIDE}\s*[，,]?\s*(?:虽然?|但|且)?\s*{_BASE}{_CURRENCY}"
    # (the direction's size said as a clause of its own: '…较上年同期的109.41亿元略有下降,变动幅度为-0.29%')
    rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*{_ASIDE}?\s*[，,]?\s*(?:同比|环比)?\s*(?:{_DEGREE}|略有)?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*"
    rf"(?:[，,]\s*(?:变动|变化|增减)幅度\s*(?:为|是)?\s*)?"
    # (the direction's size named after it: '下降幅度达3.59%')
    rf"(?:幅度\s*(?:为|是|达)?\s*)?"
    rf"(?:(?:约\s*)?(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_UNIT})\s*(?:或|{_THEN_PERCENT})\s*)?(?:约\s*)?(?P<pct>{SIGNED_NUM})\s*[%％]")
# (or the change in the figures' unit alone, no percent: '全部从业人员为20021人(含派遣员工…),较上年末20780人减少759人')
_PAIR_AMOUNT = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*(?:[(（][^()（）\d]{{0,30}}[)）])?\s*[，,]?\s*{_BASE}{_CURRENCY}"
    # (the change's size said with an adverb: '较去年同期的29.85亿元减少了整整4亿元', '少了近6亿元')
    rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*[，,]?\s*(?:同比|环比)?\s*(?:{_DEGREE})?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*"
    rf"(?:约|整整|将近|近)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_UNIT})(?![\d.]|\s*(?:或|[，,]\s*(?:增幅|降幅|涨幅|跌幅|幅度)|[%％]))")
# a second base for the same figure right after the first comparison: '…2兆589.49亿元，较第2季1兆7934.68亿元季增14.47%、
# 比去年同期1兆8545.69亿元增加11%' (the figure compared twice)
_ANOTHER_BASE = re.compile(rf"\s*[、，,]\s*{_BASE}{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*[，,]?\s*(?:同比)?\s*(?:{_DEGREE})?\s*"
                           rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约|近)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")

# two figures each tagged with its year in brackets, then the change between them, either year first: '母公司普通权益
# 持有人应占利润26.93亿元(2025年)和18.84亿元(2024年),同比增长43.0%' (the later year's is the figure, the earlier's the base;
# a part of a year named after each year must be the same part)
_YEAR_TAG = r"[（(]\s*(?P<y{n}>\d{{4}})\s*年?\s*(?P<p{n}>[上下]半年|第?[一二三四1-4]季度|前三季度)?\s*[)）]"
_PAIR_BY_YEAR = re.compile(
    rf"(?P<x>{SIGNED_NUM})\s*(?P<ux>{_UNIT})\s*{_YEAR_TAG.format(n=1)}\s*(?:和|及|与|、|[，,]|对比|相比)\s*{_CURRENCY}"
    rf"(?P<y>{SIGNED_NUM})\s*(?P<uy>{_UNIT})?\s*{_YEAR_TAG.format(n=2)}\s*[，,]?\s*(?:同比|按年)?\s*(?:{_DEGREE})?\s*"
    rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约\s*)?(?P<pct>{SIGNED_NUM})\s*[%％]")
# the base between 与 and 相比, after the figure (and its conversion aside): '总净营收为 152.871 亿元(约合 21.432 亿美元),与
# 2024 年同期的 101.808 亿元相比增长 50.2%'
_CONVERSION_ASIDE = r"(?:[(（]\s*(?:约合|折合|合|约)\s*[\d.,]+\s*[^()（）\d]{1,5}[)）])?"
# (the line named again before the base, and the change as its size: '净亏损为17.76亿元,与去年同期净亏损为14.8亿元相比,增幅为20%')
_PAIR_COMPARED_WITH = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*{_CONVERSION_ASIDE}\s*[，,]?\s*与\s*(?:(?:{_YEAR_PART}|\d{{4}}\s*年\s*同期|上年同期|去年同期"
    rf"|上年|去年|同期)\s*的?\s*)?(?:(?P<again>[\u4e00-\u9fff]{{2,6}}?)\s*为\s*)?{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*相比\s*[，,]?\s*"
    rf"(?:同比)?\s*(?:{_DEGREE})?\s*(?P<dir>{_UP}|{_DOWN}|增幅|降幅|涨幅|跌幅)\s*(?:了|为|达)?\s*(?:约\s*)?(?P<pct>{SIGNED_NUM})\s*[%％]")


# a figure, then the same thing's earlier figure and how many times it the first is ('股价一度来到47.36元/股的历史高位,是2024年初
# 3.76元/股低位的12.60倍'): the first over the second
_TIMES_OF = re.compile(rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})[^，,。；;\d]{{0,12}}[，,]\s*(?:是|为|相当于)\s*(?:[^，,。；;\d]|(?:19|20)\d\d(?=\s*年)){{0,16}}?"
                       rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})[^，,。；;\d]{{0,8}}?的\s*(?:约\s*)?(?P<times>\d+(?:\.\d+)?)\s*倍")


def _times(s, m: re.Match) -> dict | None:
    """A figure stated as a multiple of another in the same unit: a ÷ b, to the multiple's precision."""
    if (m.group("ua") or "").strip() != (m.group("ub") or "").strip():
        return None
    a, b, printed = figure_of(m.group("a")), figure_of(m.group("b")), figure_of(m.group("times"))
    if b.value <= 0:
        return None
    verdict, exact = judge_formula(lambda x, y: x / y, [a, b], printed)
    cells = [("text", s.page, s.start + m.start(g), s.start + m.end(g)) for g in ("times", "a", "b")]
    return make(marked(s.text, m.start("times"), m.end("times")), s.page, f"{m.group('a')} ÷ {m.group('b')}",
                {"figure": a, "of": b}, printed, exact, "x", verdict, "", cells=cells)


def _by_year(m: re.Match) -> _Regrouped | None:
    """A _PAIR_BY_YEAR match read as a pair: the later year's figure and the earlier's; none where the years are one
    or the parts of a year named differ."""
    if m.group("y1") == m.group("y2") or (m.group("p1") or "") != (m.group("p2") or ""):
        return None
    later, earlier = ("x", "y") if m.group("y1") > m.group("y2") else ("y", "x")
    return _Regrouped(m, a=(m, later), ua=(m, "u" + later), b=(m, earlier), ub=(m, "u" + earlier))

# a ratio's level, then its levels of the periods compared with, each with the move in points:
# '毛利率6.35%，是5季来高点，比第2季的6.33%微增0.02个百分点，比去年同期6.19%增加0.16个百分点' (a clause between)
_LEVEL_THEN_BASES = re.compile(rf"(?P<a>{SIGNED_NUM})\s*[%％](?:\s*[，,][^，,。；;%％]{{1,16}})?(?=\s*[，,]\s*[比较])")
_A_QUARTER = re.compile(r"第[一二三四1-4]季|上季|上一季")
_ANOTHER_LEVEL = re.compile(rf"\s*[、，,]\s*{_BASE}(?P<b>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*(?:{_DEGREE}|微|略)?\s*"
                            rf"(?P<dir>{_UP}|{_DOWN}|增|减)\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*(?:个百分点|百分点|pcts?|ppts?|pp)")


class _Regrouped:
    """A match read with some of its groups taken from another match or under another name: `groups` maps a
    group's name to (match, name there); every other group is `default`'s own."""

    def __init__(self, default: re.Match, **groups: tuple[re.Match, str]):
        self.default, self.groups = default, groups

    def _of(self, g: str) -> tuple[re.Match, str]:
        return self.groups.get(g, (self.default, g))

    def group(self, g: str):
        m, name = self._of(g)
        return m.group(name)

    def start(self, g: str) -> int:
        m, name = self._of(g)
        return m.start(name)

    def end(self, g: str) -> int:
        m, name = self._of(g)
        return m.end(name)


def _joined(first: re.Match, second: re.Match) -> _Regrouped:
    """Two matches read as one: the figure (`a`, `ua`) from the first, the rest from the second."""
    return _Regrouped(second, a=(first, "a"), ua=(first, "ua"))


# a ratio's two levels and the move between them in points: '风险覆盖率241.72%,较上年度末239.03%增加2.69个百分点'
# a line-item ratio (毛利率为16.69%,较2014年的18.19%…) is the `results` family's, judged there against the tables too
# (not a bare 利润率, which results reads only right after its profit line: '综合毛利润率48.1%' is stated_change's)
_A_RATIO_RESULTS_READS = re.compile(rf"(?:{'|'.join(n for n in RATIO_NAMES if n != BARE_MARGIN)})\s*(?:为|是|达到?|约为?)?\s*$")
# the base said after the figure, by its period or date, then the change: a filing's '营业收入为704,389,2024年同期为790,410,
# 同比减少10.9%', '总资产为2,181,557,2024年12月31日为2,084,771,增长4.6%' (the unit, where none is printed, the heading's)
# (the base's period: a year, a day, 上年, 去年 — its 同期 or its end after it)
_BASE_DATED = r"\d{4}\s*年\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?|上年|去年"
_BASE_SAID_AFTER = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})?\s*[，,]\s*(?:{_BASE_DATED})\s*(?:同期|年?末|年?底)?\s*"
    rf"(?:为|是)\s*{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})?\s*[，,]\s*(?:同比|按年|较上年末|较年初)?\s*(?:大幅|小幅|显著|明显)?\s*"
    rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约\s*)?(?P<pct>{SIGNED_NUM})\s*[%％]")
# (or the change in the figures' unit, a count's net change: '全国门店数增至8444家,去年同期为8385家,半年净增仅59家')
_BASE_SAID_AFTER_AMOUNT = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*[，,]\s*(?:{_BASE_DATED}|年初|期初)\s*"
    rf"(?:同期|年?末|年?底)?\s*(?:为|是)\s*{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*[，,]\s*"
    rf"(?:半年|全年|年内|期内|同比|较上年末|较年初)?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了|仅|约)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_UNIT})"
    rf"(?![\d.]|\s*[%％])")
# and a ratio's, in points: '加权平均净资产收益率为3.63%,2024年同期为5.45%,减少1.82个百分点'
# a move's unit in points, or in basis points (`_points` reads which)
_POINT_UNIT = r"个百分点|百分点|pcts?|ppts?|pp|个基点|基点|bps?|BP"
_BASE_SAID_AFTER_POINTS = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*[%％]\s*[，,]\s*(?:\d{{4}}\s*年|上年|去年)\s*(?:同期|年?末)?\s*(?:为|是)\s*(?P<b>{SIGNED_NUM})\s*[%％]\s*[，,]\s*"
    rf"(?:同比)?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*(?P<pu>{_POINT_UNIT})")
# (or the move in percent, which may be relative — '合计占营业收入比例达22.27%,较上年同期的15.80%上升40.93%' is 22.27 ÷ 15.80
# − 1 — or in points: whichever reproduces it)
_PAIR_PERCENTS = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*{_BASE}(?P<b>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*(?:同比)?\s*"
    rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
_PAIR_POINTS = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*{_BASE}(?P<b>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*(?:同比)?\s*"
    rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*(?P<pu>{_POINT_UNIT})")


# a figure moved from one value to another and the change said beside it, before, after or between:
# '目标价上调10%，由8港元升至8.8港元', '目标价由25元上调至30元，上调20%', '由15港元上调13.3%至17港元'
# (a price's 涨 and 跌 alone: '电池级碳酸锂从47.15万元/吨涨至49.1万元/吨,涨幅约4%')
_MOVES = "上调|下调|上修|下修|提升|提高|降低|增长|下降|下跌|上涨|增加|减少|升|降|增|减|涨|跌"
# (a unit here holds none of the verbs of a move: '8港元升至')
_MOVE_UNIT = r"[^\d\s，,。；;、：:（）()%％较和与及由至上下调修升降提高增减涨跌]{1,4}"
# the figure moved from ('由8港元') and the one it moved to ('至8.8港元'); 增 and 减 alone too ('从上年同期的56.41亿元增至62.81亿元')
# (from a period's figure: '收益由上年度的2,736.2百万港元增长27.6%至3,490.1百万港元')
# (从 as 由: '总收益从约4187.6百万港元增加2.7%至约4300.9百万港元'; 到 as 至, and the later period named:
# '从2023年的80.0亿元增加到2024年的100.0亿元')
# (or a month's: '从7月的14.58元/公斤降至9月的13.18元/公斤')
# (or a day's: '上涨至11月7日的46.20万元/吨')
_MONTH = r"\d{1,2}\s*月份?(?:\s*\d{1,2}\s*[日号])?"
# (a filing digest's currency after the unit and its later period as the same one a year on: '从2024年上半年的1504.17亿元
# 人民币增长至2025年同期的1677.11亿元人民币'; or the earlier so: '从2024年同期的人民币103.84亿元增至2025年上半年的…')
_FROM_REST = rf"\s*(?:(?:上年度|上年同期|去年同期|上年末|上年底|去年底|去年末|上年|去年|年初|期初|\d{{4}}\s*年\s*同期|{_YEAR_PART}|{_MONTH})\s*的?\s*)?{_CURRENCY}{_PER_UNIT}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_MOVE_UNIT})?(?:人民币)?\s*"
_FROM = rf"[由从]{_FROM_REST}"
# (为 after a move's verb: '由574元/吨下降为491元/吨', '由2.1万户增加为2.5万户')
_TO = (rf"(?:至|到|(?<=[降少低加长高升])为)\s*(?:(?:{_YEAR_PART}|{_MONTH}|\d{{4}}\s*年\s*同期)\s*的?\s*)?{_CURRENCY}{_PER_UNIT}(?P<a>{SIGNED_NUM})\s*(?P<ua>{_MOVE_UNIT})?"
       rf"(?:人民币)?(?![\d.%％])")
# (a move said with its pace: '从年初的73.5亿元飙升至112.2亿元', '大幅增长至', '骤降至')
# (a comma may part the earlier figure from the move's verb: '毛利额由去年同期45.33亿元,增加至52.28亿元')
_FROM_TO = rf"{_FROM}(?:(?:[，,]\s*)?(?:大幅|显著|明显|小幅|飙|攀|骤|跃|激|猛|陡)?(?:{_MOVES})|调整)?\s*{_TO}"
# (the move in brackets after the change: '同比增长18%(从2024年三季度的38亿元升至2025年三季度的45.45亿元)')
_CHANGE_THEN_MOVE = re.compile(rf"(?P<dir>{_MOVES})\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*[（(]?\s*{_FROM_TO}")
# (the change as a noun: '…飙升至112.2亿元,增幅高达52.64%')
_MOVE_THEN_CHANGE = re.compile(rf"{_FROM_TO}\s*[，,]?\s*[(（]?\s*(?:同比|环比|幅度)?\s*(?P<dir>{_MOVES}|增幅|涨幅|降幅|跌幅|[+＋\-−])\s*"
                               rf"(?:了|幅度为?|高达|达到?了?|为|约为?)?\s*"
                               rf"(?P<pct>\d+(?:\.\d+)?)\s*[%％](?!\s*(?:至|到|~|～|-|—)\s*\d)")
# (a percent that opens a range is none: '净利润由6773万元至8805万元,增长幅度为0%至30%' states a forecast's range)
# the change between the two: '目标价由15港元上调13.3%至17港元'
# (or a filing's base said with 相较 and the change after a comma: '收入相较2024年同期的约人民币897.2百万元,同比减少7.0%至
# 约人民币834.0百万元')
_COMPARED_FROM = rf"(?:[由从]|相较于?|相比于?){_FROM_REST}"
_MOVE_WITH_CHANGE = re.compile(rf"{_COMPARED_FROM}(?:[，,]\s*(?:同比|按年)?\s*)?(?P<dir>{_MOVES})\s*(?:了|约)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*{_TO}")
# the change between the two in their unit: '期内溢利从约187.3百万港元减少约81.8百万港元至约105.5百万港元'
_MOVE_WITH_AMOUNT = re.compile(rf"{_FROM}(?P<dir>{_MOVES})\s*(?:了|约)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_MOVE_UNIT})\s*{_TO}")
# the move in their unit after the two: '持股股东数从半年报的41.04万户增加到49.84万户,三季度大幅增加了8.8万户'
# (the earlier figure may be named by its period or its source: '从半年报的')
_MOVE_THEN_AMOUNT = re.compile(
    rf"[由从]\s*(?:[^\d，,。；;%％]{{1,10}}?的)?\s*{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_MOVE_UNIT})\s*(?:{_MOVES})\s*{_TO}\s*[，,]\s*"
    rf"[^\d，,。；;%％]{{0,10}}?(?P<dir>增加|减少|增长|下降|上升|回落)\s*(?:了|约)?\s*(?P<chg>{SIGNED_NUM})\s*(?P<uc>{_MOVE_UNIT})(?![\d.%％])")
# a results announcement's: the change, the figure it came to, and the year before's in brackets
# ('收益减少17.6%至约人民币277,261,000元(二零一九年:人民币336,538,000元)')
_BRACKETED_BASE = rf"\s*[(（]\s*[^:：()（）]{{1,12}}[:：]\s*{_CURRENCY}(?P<b>{SIGNED_NUM})\s*"
_CHANGE_TO_BRACKETED = re.compile(rf"(?P<dir>{_MOVES})\s*(?:了|约)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]\s*{_TO}"
                                  rf"{_BRACKETED_BASE}(?P<ub>{_MOVE_UNIT})?\s*[)）]")
# a figure with its change in brackets and the base it is on after it: '营业收入231.88亿元(环比-7.2%,假设二季度为250亿元)',
# '营收100亿元(同比+20%,上年同期为83.3亿元)'
_CHANGE_THEN_BASE_IN_BRACKETS = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_MOVE_UNIT})\s*[（(]\s*(?:同比|环比|按年|按季|较上年同期|较去年同期)\s*(?P<dir>{_UP}|{_DOWN}|[+＋\-−])\s*"
    rf"(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*[，,；;]\s*(?:假设|假定)?[^，,；;()（）\d]{{0,10}}?(?:为|是)\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_MOVE_UNIT})?\s*[)）]")
# the base in brackets after the words that compare (an analysis site's style, its base sometimes assumed):
# '总收入74.42亿元,同比(假设2024年三季度为65亿元)增长14.5%', '投资收益(17.16亿元)同比2024前三季度(约10亿元)增长71.6%',
# '存货达61.60亿元,同比(2024年三季度末约50.00亿元)增长23.2%', '单季净利润(6.91亿元)较二季度(7.42亿元)下滑7.0%'
# (同比 said again after the base: '(3.8亿元)较去年同期(2.0亿元)同比增长88%')
_A_PERIOD = (r"(?:\d{4}\s*年?\s*)?(?:前三季度|[一二三]季报|中报|半年报|年报|第?[一二三四1-4]\s*季度?|[上下]半年|全年|同期|上年同期|去年同期|上年|去年)?"
             r"\s*(?:末|底)?")
_BASE_BRACKETED_BEFORE = re.compile(
    rf"[（(]?\s*(?P<a>{SIGNED_NUM})\s*(?P<ua>{_MOVE_UNIT})\s*[)）]?\s*[，,]?\s*(?:同比|环比|较)\s*{_A_PERIOD}\s*[（(]\s*(?:假设|假定)?\s*"
    rf"{_A_PERIOD}\s*(?:为|是)?\s*(?:约)?\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_MOVE_UNIT})\s*[)）]\s*(?:同比|环比)?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了|约)?\s*"
    rf"(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
# or after the change, assumed: '营业收入74.42亿元,同比下降约9.6%(假设2024年同期营收为82.3亿元)'
_CHANGE_THEN_ASSUMED_BASE = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_MOVE_UNIT})\s*[，,]\s*(?:同比|环比)\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了|约)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]\s*"
    rf"[（(]\s*(?:假设|假定)[^()（）%％，,]{{0,24}}?(?:为|是)\s*(?:约)?\s*(?P<b>{SIGNED_NUM})\s*(?P<ub>{_MOVE_UNIT})\s*[)）]")
# (the change said as a noun before the figure it came to: 'FILA分部收入实现了8.6%的同比增长至达人民币141.8亿元
# (二零二四年上半年:人民币130.6亿元)')
_GROWTH_TO_BRACKETED = re.compile(rf"(?P<pct>{SIGNED_NUM})\s*[%％]\s*的\s*(?:同比|按年)?\s*(?P<dir>{_MOVES})\s*(?:至达|至|达到?)\s*"
                                  rf"{_CURRENCY}(?P<a>{SIGNED_NUM})\s*(?P<ua>{_MOVE_UNIT})?(?![\d.%％]){_BRACKETED_BASE}(?P<ub>{_MOVE_UNIT})?\s*[)）]")
# a loss and the year before's, and the loss's change: '净亏损3.0亿元,上年同期净亏损5.0亿元,亏损同比收窄40.0%' (the
# loss's size: 3.0 ÷ 5.0 − 1 = −40%; 扩大 a rise)
_LOSS_CHANGED = re.compile(rf"(?:净)?亏损\s*(?:为|达)?\s*{_CURRENCY}(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>{_MOVE_UNIT})\s*[，,]\s*"
                           rf"(?:上年同期|去年同期|上年|去年)\s*(?:为)?\s*(?:净)?亏损\s*(?:为)?\s*{_CURRENCY}(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>{_MOVE_UNIT})?\s*[，,]\s*"
                           rf"(?:净)?(?:亏损额?)?\s*(?:同比|按年)?\s*(?P<dir>收窄|缩小|扩大|增加|减少)\s*(?:了)?\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]")
# and a ratio's move in points so ('毛利率下跌2.8个百份点至56.9%(二零一九年:59.7%)'), or in percent meaning points
# ('经营溢利率上升0.6%至26.3%(二零二四年上半年:25.7%)': a move between two levels of one ratio is in points)
_POINTS_TO_BRACKETED = re.compile(rf"(?P<dir>{_MOVES})\s*(?:了|约)?\s*(?P<pct>{SIGNED_NUM})\s*(?:(?:个)?百[分份]点|(?<=\d)[%％])\s*至\s*"
                                  rf"(?P<a>{SIGNED_NUM})\s*[%％]{_BRACKETED_BASE}[%％]\s*[)）]")
# a ratio moved from one level to another and the move in points after it: '宏观杠杆率从第一季度末的268.2%上升至
# 273.1%,共上升4.9个百分点' (a line-item ratio's is the `results` family's, as for _PAIR_POINTS)
_MOVE_THEN_POINTS = re.compile(
    # (each level after its year: '从2022年的55.0%降至2024年的46.0%,累计下降9个百分点')
    rf"[由从]\s*(?:(?:{_YEAR_PART}|[^\d，,。；;%％]{{1,10}}?)\s*的)?\s*(?P<b>{SIGNED_NUM})\s*[%％]\s*(?:{_UP}|{_DOWN}|{_MOVES})?\s*至\s*"
    # (a year's end, and the years the move took: '降至2025年末的502.24%,五年累计下降65个百分点')
    rf"(?:(?:{_YEAR_PART}|\d{{4}}\s*年\s*[末底])\s*的?\s*)?(?P<a>{SIGNED_NUM})\s*[%％]\s*"
    rf"[，,]?\s*(?:[一二三四五六七八九十两\d]{{1,2}}\s*年(?:间|来|内)?)?\s*(?:共|累计|合计)?\s*(?P<dir>{_UP}|{_DOWN}|{_MOVES})\s*(?:了|约)?\s*"
    rf"(?P<pct>{SIGNED_NUM})\s*(?:个)?(?:百[分份]点|pcts?|pp)")
# a change over several years and its yearly average after it: '比2019年10月份增长9.4%,两年平均增速为4.6%',
# '较2019年同期增长41.2%,两年平均增长18.8%' ((1 + 9.4%)^(1/2) − 1)
_AVERAGE_OVER_YEARS = re.compile(
    rf"[比较]\s*(?P<base>\d{{4}})\s*年[^，,。；;%％\d]{{0,12}}(?:\d{{1,2}}\s*[-—–至]\s*)?(?:\d{{1,2}}\s*月份?)?\s*"
    rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?P<total>{SIGNED_NUM})\s*[%％]\s*[，,]\s*"
    rf"(?P<n>两|二|三|四|2|3|4)\s*年平均(?:增速|增长|增幅|增长率)?\s*(?:为|是|达到?)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# a forecast revised ('由9.0亿元上调至10.0亿元'), and a change said to be on a period ('同比', '环比'): not the revision's
_A_REVISION = re.compile(REVISION_VERBS)
_ON_A_PERIOD = re.compile(r"同比|环比|较上年|较去年")
# a direction word (or sign) that makes the printed change a fall
# (anywhere in the word: 暴跌, 季减)
_DOWNWARD = re.compile(r"下|降|减|回落|跌|少|低|不及|衰退|[-−]")

# a figure against an expectation it beats or misses, the expectation's figure beside it ('归母净利润12.0亿元,高于市场
# 一致预期(10.0亿元)20.0%', '营收120.0亿元,较彭博一致预期100.0亿元高出20.0%', '超出此前指引上限(110.0亿元)9.1%')
_EXPECTED = r"[^\d，,。；;（()）]{0,8}?(?:一致预期|预期|指引(?:上限|下限|中值|中位数)?|预测值?)"
_BEAT_LEAD = rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*[，,]\s*"
_BEAT_CHANGE = rf"(?:约\s*)?(?P<pct>{SIGNED_NUM})\s*[%％]"
# (the direction first: '高于市场一致预期(10.0亿元)20.0%'; or 较 first: '较彭博一致预期100.0亿元高出20.0%')
_BEATS = [re.compile(rf"{_BEAT_LEAD}(?P<dir>高于|超出|超过|高出|低于|不及|低出|超)\s*{_EXPECTED}\s*[（(]?\s*(?:的|为|约)?\s*"
                     rf"{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*[)）]?\s*{_BEAT_CHANGE}"),
          re.compile(rf"{_BEAT_LEAD}较\s*{_EXPECTED}\s*(?:的)?\s*{_CURRENCY}(?P<b>{SIGNED_NUM})\s*(?P<ub>{_UNIT})\s*"
                     rf"(?P<dir>高出|高|超出|低|低出)\s*(?:了)?\s*{_BEAT_CHANGE}")]


# a figure, its quarter before's and year before's listed after it, then its change on one of them:
# '净营收为138.620亿元,上一季度和去年同期分别为138.283亿元和115.348亿元,同比增长20.2%' (同比: the year before's;
# 环比: the quarter before's)
_BASES_LISTED = re.compile(
    rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>{_UNIT})\s*[，,]\s*(?P<w1>{PERIODS_BEFORE})\s*(?:和|及|与|、)\s*(?P<w2>{PERIODS_BEFORE})\s*"
    rf"(?:该占比|的)?\s*分别(?:为|是)\s*(?P<b1>{SIGNED_NUM})\s*(?P<ub1>{_UNIT})?\s*(?:和|及|与|、)\s*(?P<b2>{SIGNED_NUM})\s*(?P<ub2>{_UNIT})"
    rf"\s*[，,]\s*(?P<on>同比|环比)\s*(?:{_DEGREE})?\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")


def _one_base(m: re.Match) -> _Regrouped:
    """A _BASES_LISTED match read as a pair: the figure, and the base its change names (同比: the year before's)."""
    k = "1" if ("年" in m.group("w1")) == (m.group("on") == "同比") else "2"
    return _Regrouped(m, b=(m, "b" + k), ub=(m, "ub" + k if m.group("ub" + k) else "ub2"))


# a revised figure with its earlier one and the change in brackets: 'EPS 为 4.80(5.32,-9.8%)',
# '4.80(原5.32,-9.8%)' (the change of the new on the old)
_REVISED = re.compile(rf"(?P<a>{SIGNED_NUM})\s*(?P<ua>元|亿元|万元|百万元|倍|x|X)?\s*[(（]\s*(?:原(?:为|预测为?)?)?\s*"
                      rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>元|亿元|万元|百万元|倍|x|X)?\s*[,，]\s*(?P<pct>[-+−]?\d+(?:\.\d+)?)\s*[%％]\s*[)）]")


# a row of a table printed as lines of words and figures: a name, this year's figure, the year
# before's and the change between them ('营业额 33,891.5 23,863.4 +42%', '每股全年股息 110.0港仙 75.0港仙 +47%')
_ROW_WITH_CHANGE = re.compile(rf"\s*[-–—]?\s*(?P<name>[^\d\s][^\d\n]{{0,30}}?)\s+(?P<a>{SIGNED_NUM})\s*(?P<ua>[^\d\s%+\-−]{{0,3}})"
                              rf"\s+(?P<b>{SIGNED_NUM})\s*(?P<ub>[^\d\s%+\-−]{{0,3}})\s+(?P<pct>[+\-−]\s*\d+(?:\.\d+)?)\s*[%％]\s*")
# (or, its cells glued as a page copied them, two figures with as many decimals each: '收入175.7158.7+10.7%' is
# 175.7 and 158.7 — the split their decimals allow, one for each count of decimals tried)
_GLUED_ROWS = [re.compile(rf"\s*[-–—]?\s*(?P<name>(?:[^\d\s][^\d\n]{{0,30}}?)?)\s*(?P<a>\d+\.\d{{{k}}})(?P<ua>)(?P<b>(?:0|[1-9]\d*)\.\d{{{k}}})(?P<ub>)"
                          rf"\s*(?P<pct>[+\-−]\s*\d+(?:\.\d+)?)\s*[%％]\s*") for k in (1, 2, 3)]
# a ratio's row: its two levels and their move in points ('毛利率(%)82.5%82.1%+0.4百分点')
# (either may stand on a line of its own, its name on the lines above: '(附注2)' then '33.914.1+140.2%')
_POINTS_ROW = re.compile(r"\s*[-–—]?\s*(?P<name>(?:[^\d\s][^\n]{0,30}?)?)\s*(?P<a>\d+(?:\.\d+)?)\s*%\s*(?P<b>\d+(?:\.\d+)?)\s*%"
                         r"\s*(?P<pct>[+\-−]\s*\d+(?:\.\d+)?)\s*(?:个)?百分点\s*")
# such rows run on in one line, as a PDF's table copied flat ('…按年变动 千港元 千港元 收入 5,469,124 6,964,909 -21.5% 毛利
# 1,531,696 1,579,085 -3.0% …'): each a name of words, two figures (a unit's characters may be spaced apart: '0.73港 元') and
# the change; or a ratio's two levels and its move in points ('毛利率 28.0% 22.7% +5.3个百分点')
_RUN_ON_ROW = re.compile(rf"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,14}})\s+(?P<a>{SIGNED_NUM})\s*(?P<ua>[^\d\s%+\-−]{{0,3}})(?:\s+元)?"
                         rf"\s+(?P<b>{SIGNED_NUM})\s*(?P<ub>[^\d\s%+\-−]{{0,3}})(?:\s+元)?\s+(?P<pct>[+\-−]\s*\d+(?:\.\d+)?)\s*[%％]")
_RUN_ON_POINTS = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,14})\s+(?P<a>\d+(?:\.\d+)?)\s*%\s+(?P<b>\d+(?:\.\d+)?)\s*%"
                            r"\s+(?P<pct>[+\-−]\s*\d+(?:\.\d+)?)\s*(?:个)?百分点")
RUN_ON_FEWEST = 2  # rows a line must hold to be a table run flat, not a sentence
# the header of the change column such rows sit under (a change signed in a row of three
# figures means nothing without it) — glued to the years before it too ('二零二五年二零二四年变动')
_CHANGE_HEADER = re.compile(r"(?:^|\s|(?<=年))(?:变动|变化|增减|同比|YoY|Change)(?:\s|$)", re.I)
ROWS_UNDER_HEADER = 25  # lines a change column's header reaches down


# a Hong Kong announcement's amounts written in Chinese numerals, the year before's after 较…之 and the change
# in amount and percent: '基础盈利为港币三十亿四千八百万元,较去年同期之港币五十四亿四千一百万元,减少港币二十三亿
# 九千三百万元或44%'
_CN_AMOUNT = rf"[{CN_DIGIT}]{{2,}}"
_CN_CURRENCY = r"(?:港币|人民币|美元)?\s*"
_CN_PAIR = re.compile(
    rf"(?P<a>{_CN_AMOUNT})\s*元\s*[，,]\s*较\s*(?:去年同期|上年同期|去年|上年)\s*(?:之|的)?\s*{_CN_CURRENCY}(?P<b>{_CN_AMOUNT})\s*元\s*"
    rf"[，,]\s*(?P<dir>{_UP}|{_DOWN})\s*{_CN_CURRENCY}(?P<chg>{_CN_AMOUNT})\s*元\s*(?:或|[，,])\s*(?:约)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")


# a money unit's currency word (money_scale's), '' for a scale alone ('亿', as summaries write 亿元)
_MONEY_WORDS = {"", *CURRENCY_OF_WORD}


def find(doc: Document) -> list[dict]:
    out = []
    # (a company's money lines with their base said after them are the results family's, which reads them by name)
    company = is_company_report(doc)
    for page in doc.pages:
        out += rows_with_change(page)
        for s in page_sentences(page):
            pairs = list(_PAIR.finditer(s.text))
            for m in pairs:
                check = _changed(s, m)
                if check is not None:
                    out.append(check)
                if check is not None and m.group("chg"):  # '减少约9.3百万港元或8.5%': the amount too
                    moved = _moved_by(s, m)
                    if moved is not None:
                        out.append(moved)
                another = _ANOTHER_BASE.match(s.text, m.end())
                if check is not None and another is not None:
                    second = _changed(s, _joined(m, another))
                    if second is not None:
                        out.append(second)
            for m in _BASE_SAID_AFTER.finditer(s.text):
                if company and _in_money(m) and not _of_a_part(s.text, m.start("a")):
                    continue  # (money, printed: not a count, '万台', nor a per-share figure, '0.247元/股', which results does not read so
                    #          — but a part's, '其他产品本期营收4.63亿元,去年同期为3.19亿元', which results does not read either)
                check = _changed(s, m)
                if check is not None:
                    out.append(check)
            for m in _BASE_SAID_AFTER_AMOUNT.finditer(s.text):
                if company and _in_money(m):
                    continue  # (money: results reads a company's lines)
                moved = _moved_by(s, m)
                if moved is not None:
                    out.append(moved)
            for m in _PAIR_COMPARED_WITH.finditer(s.text):
                if m.group("again") and m.group("again") not in s.text[max(0, m.start() - 12):m.start()]:
                    continue  # the base named as another line ('与去年同期净利润为…相比' after a loss): no change of one
                check = _changed(s, m)
                if check is not None:
                    out.append(check)
            out += [check for m in _TIMES_OF.finditer(s.text) if (check := _times(s, m)) is not None]
            for m in _PAIR_BY_YEAR.finditer(s.text):
                pair = _by_year(m)
                check = _changed(s, pair) if pair is not None else None
                if check is not None:
                    out.append(check)
            for m in _BASES_LISTED.finditer(s.text):
                check = _changed(s, _one_base(m))
                if check is not None:
                    out.append(check)
            for m in (m for beat in _BEATS for m in beat.finditer(s.text)):
                check = _changed(s, m)
                if check is not None:
                    out.append(check)
            for m in _PAIR_POINTS.finditer(s.text):
                if not _A_RATIO_RESULTS_READS.search(s.text, max(0, m.start() - 8), m.start()):
                    out.append(_points(s, m))
            for m in _PAIR_AMOUNT.finditer(s.text):
                if not any(c.start() <= m.start() < c.end() for c in pairs):
                    moved = _moved_by(s, m)
                    if moved is not None:
                        out.append(moved)
            for m in _PAIR_PERCENTS.finditer(s.text):
                if not _A_RATIO_RESULTS_READS.search(s.text, max(0, m.start() - 8), m.start()):
                    readings = [_judged(s, m, _signed_change(m), f"({m.group('a')}% ÷ {m.group('b')}% − 1) × 100"), _points(s, m)]
                    # (neither reproducing it: the reading nearer the printed move is the one it missed)
                    out.append(next((r for r in readings if r["verdict"] != "mismatch"), None)
                               or min(readings, key=lambda r: abs((r["recomputed"] or 0) - r["reported"])))
            # (a filing's ratio with its base said after it, whatever its name: results reads no base said so)
            out += [_points(s, m) for m in _BASE_SAID_AFTER_POINTS.finditer(s.text)]
            out += _levels_then_bases(s)
            for m in _REVISED.finditer(s.text):
                if (m.group("ua") or "") == (m.group("ub") or "") or not m.group("ub"):
                    out.append(_revised(s, m))
            for m in _LOSS_CHANGED.finditer(s.text):
                printed = figure_of(m.group("pct"))
                printed = printed.with_sign(-1) if m.group("dir") in ("收窄", "缩小", "减少") else printed
                out.append(_judged(s, m, printed, f"({m.group('a')} ÷ {m.group('b')} − 1) × 100 (the loss's size)"))
            for m in _POINTS_TO_BRACKETED.finditer(s.text):
                check = _points(s, m)
                if check["verdict"] == "mismatch" and re.search(r"\d\s*[%％]\s*至", m.group(0)):
                    # a move in percent may be relative too ('上升5%至26.3%(…:25.0%)'): whichever reproduces it
                    relative = _judged(s, m, _signed_change(m), f"({m.group('a')}% ÷ {m.group('b')}% − 1) × 100")
                    check = relative if relative["verdict"] != "mismatch" else check
                out.append(check)
            for m in _MOVE_THEN_POINTS.finditer(s.text):
                if not _A_RATIO_RESULTS_READS.search(s.text, max(0, m.start() - 8), m.start()):
                    out.append(_points(s, m))
            for m in _AVERAGE_OVER_YEARS.finditer(s.text):
                out.append(_yearly_average(s, m))
            for m in _CN_PAIR.finditer(s.text):
                out += _in_chinese_numerals(s, m)
            for m in _MOVE_THEN_AMOUNT.finditer(s.text):
                check = _moved_by(s, m)
                if check is not None:
                    out.append(check)
            for m in _MOVE_WITH_AMOUNT.finditer(s.text):
                check = _moved_by(s, m)
                if check is not None:
                    out.append(check)
            for pattern in (_CHANGE_THEN_MOVE, _MOVE_THEN_CHANGE, _MOVE_WITH_CHANGE, _CHANGE_TO_BRACKETED, _GROWTH_TO_BRACKETED,
                            _CHANGE_THEN_BASE_IN_BRACKETS, _BASE_BRACKETED_BEFORE, _CHANGE_THEN_ASSUMED_BASE):
                for m in pattern.finditer(s.text):
                    if pattern is _MOVE_THEN_CHANGE and _A_REVISION.search(m.group(0)) and _ON_A_PERIOD.search(m.group(0)):
                        continue  # '预测由9.0亿元上调至10.0亿元，同比增长25%': the forecast's growth on last year, no change of the revision
                    if pattern is _MOVE_THEN_CHANGE and re.search(rf"[由从]\s*{_MONTH}", m.group(0)) \
                            and re.search(r"同比|按年", s.text[m.end("a"):m.end()]):
                        continue  # '从7月的14.58元降至9月的13.18元,同比下降30.81%': the 同比 is on last year's month, not July
                    check = _changed(s, m)
                    if check is not None:
                        out.append(check)
    return out


def rows_with_change(page) -> list[dict]:
    """Each row of two figures and a signed change under a header naming the change column:
    the change against the two, in the order whose sign it bears (a table prints this year's
    figure first or last)."""
    out, header_at, at = [], None, 0
    for n, line in enumerate(page.text.split("\n")):
        if _CHANGE_HEADER.search(line) and not _ROW_WITH_CHANGE.fullmatch(line):
            header_at = n
        under = header_at is not None and n - header_at <= ROWS_UNDER_HEADER
        points = _POINTS_ROW.fullmatch(line)
        if points and under:
            printed = figure_of(re.sub(r"\s", "", points.group("pct")).replace("−", "-"))
            out.append(_judged(Sentence(line, page.number, at), points, printed,
                               f"{points.group('a')}% − {points.group('b')}%", points=True))
            at += len(line) + 1
            continue
        m = _ROW_WITH_CHANGE.fullmatch(line) or next(filter(None, (g.fullmatch(line) for g in _GLUED_ROWS)), None)
        if m is None and under:
            out += _run_on_rows(Sentence(line, page.number, at))
        if m and under and _one_unit(m.group("ua"), m.group("ub")):
            out.append(_row_change(Sentence(line, page.number, at), m))
        at += len(line) + 1
    return out


def _row_change(sentence: Sentence, m: re.Match) -> dict:
    """A row's signed change against its two figures, in the order its sign bears (a table prints this year's
    figure first or last)."""
    printed = figure_of(re.sub(r"\s", "", m.group("pct")).replace("−", "-"))
    a, b = figure_of(m.group("a")).value, figure_of(m.group("b")).value
    if (printed.value >= 0) == (a >= b):
        return _judged(sentence, m, printed, f"({m.group('a')} ÷ {m.group('b')} − 1) × 100")
    return _judged(sentence, m, printed, f"({m.group('b')} ÷ {m.group('a')} − 1) × 100", swap=True)


def _run_on_rows(sentence: Sentence) -> list[dict]:
    """The rows of a change table run on in one line (`_RUN_ON_ROW`, `_RUN_ON_POINTS`), where it holds at least
    `RUN_ON_FEWEST` of them: each change against its two figures, in the order its sign bears."""
    line = sentence.text
    rows = [m for m in _RUN_ON_ROW.finditer(line) if _one_unit(m.group("ua"), m.group("ub"))]
    points = list(_RUN_ON_POINTS.finditer(line))
    if len(rows) + len(points) < RUN_ON_FEWEST:
        return []
    out = [_row_change(sentence, m) for m in rows]
    for m in points:
        printed = figure_of(re.sub(r"\s", "", m.group("pct")).replace("−", "-"))
        out.append(_judged(sentence, m, printed, f"{m.group('a')}% − {m.group('b')}%", points=True))
    return out


def _changed(s, m: re.Match) -> dict | None:
    """The change a sentence states between its two figures `a` (the later) and `b`, signed by
    its direction word; none where the two are in different units."""
    ua, ub = (m.group("ua") or "").strip(), (m.group("ub") or "").strip()
    formula = f"({m.group('a')}{ua} ÷ {m.group('b')}{ub} − 1) × 100"
    if _one_unit(ua, ub):
        return _judged(s, m, _signed_change(m), formula)
    # one unit at two scales ('28.81亿元,较上年同期的6476.53万元'): the earlier in the later's
    (scale_a, base_a), (scale_b, base_b) = money_scale(ua), money_scale(ub)
    if base_a and base_a == base_b and scale_a != scale_b:
        return _judged(s, m, _signed_change(m), formula, before_scale=scale_b / scale_a)
    return None  # two figures in different units: not one quantity's change


# where a clause begins past checks.clause_before's breaks: a colon, an enumerator ('(1)', '2、'), a digest's bullet or citation mark
_CLAUSE_OPENS = re.compile(rf"[:：]|[（(]\d{{1,2}}[)）]|\d{{1,2}}、|{BULLET}|\[\d+\]")
# the words of a clause that name no part: the period, the company, the verb
_NO_PART_WORDS = re.compile(r"本报告期|本期|报告期内?|期内|上半年|下半年|全年|前三季度|单?[一二三四]?季度|\d{2,4}\s*年度?|公司|实现|录得|的|为|了")


def _of_a_part(text: str, at: int) -> bool:
    """Whether the figure at `at` is a part's line ('其他产品本期营收4.63亿元'): a line's name in its clause with a name of
    something before it other than the period, the company or a verb (results reads the company's own lines)."""
    clause = _CLAUSE_OPENS.split(clause_before(text, at))[-1]
    lines = list(item_names()[0].finditer(clause))
    if not lines:
        return False
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", _NO_PART_WORDS.sub("", clause[:lines[-1].start()]))) >= 2


def _in_money(m: re.Match) -> bool:
    """Whether both figures of a pair are amounts of money, printed so ('亿元', not '万台' nor '元/股')."""
    return all(m.group(u) and money_scale(m.group(u))[1] in _MONEY_WORDS for u in ("ua", "ub"))


def _moved_by(s, m: re.Match) -> dict | None:
    """A figure's move from `b` to `a` stated in their unit (`chg`): a − b, signed by the
    direction word; none where the three are not in one unit."""
    ua, ub, uc = ((m.group(g) or "").strip() for g in ("ua", "ub", "uc"))
    # (the change's unit read short of the figures' where a word follows it: '下滑7.74亿元,' read to '亿')
    if not (uc and ub.startswith(uc) and _one_unit(ua, ub)):
        return None
    printed = figure_of(m.group("chg"))
    if _DOWNWARD.search(m.group("dir")):
        printed = printed.with_sign(-1)
    return _judged(s, m, printed, f"{m.group('a')}{ub} − {m.group('b')}{ub}", difference_in=ub, changed="chg")


def _yearly_average(s, m: re.Match) -> dict:
    """A yearly average growth over n years from the change over them: (1 + total)^(1/n) − 1."""
    total = figure_of(m.group("total"))
    if _DOWNWARD.search(m.group("dir")):
        total = total.with_sign(-1)
    n = int(m.group("n")) if m.group("n").isdigit() else int(parse_cn_number(m.group("n")))
    printed = figure_of(m.group("pct"))
    verdict, exact = judge_formula(lambda t: ((1 + t / 100) ** (Decimal(1) / n) - 1) * 100, [total], printed)
    cells = [("text", s.page, s.start + m.start(g), s.start + m.end(g)) for g in ("pct", "total")]
    return make(marked(s.text, m.start("pct"), m.end("pct")), s.page,
                f"((1 + {m.group('total')}%)^(1/{n}) − 1) × 100 (the yearly average over {n} years since {m.group('base')})",
                {"change over the years": total}, printed, exact, "%", verdict, "", cells=cells)


def _cn_printed(text: str) -> Printed:
    """A figure written in Chinese numerals, its precision the place of its last digit
    ('三十亿四千八百万': 3,048,000,000 to the million)."""
    value = parse_cn_number(text)
    zeros = len(str(int(value))) - len(str(int(value)).rstrip("0")) if value else 0
    return Printed(value, Decimal(10) ** zeros, 0)


def _in_chinese_numerals(s, m: re.Match) -> list[dict]:
    """An announcement's change in percent and in amount between two amounts in Chinese numerals."""
    now, before, change = (_cn_printed(m.group(g)) for g in ("a", "b", "chg"))
    down = bool(_DOWNWARD.search(m.group("dir")))
    printed = figure_of(m.group("pct")).with_sign(-1 if down else 1)
    out = []
    cells = [("text", s.page, s.start + m.start(g), s.start + m.end(g)) for g in ("pct", "a", "b")]
    verdict, exact = judge_formula(lambda x, y: (x / y - 1) * 100, [now, before], printed)
    out.append(make(marked(s.text, m.start("pct"), m.end("pct")), s.page, f"({m.group('a')} ÷ {m.group('b')} − 1) × 100",
                    {"now": now, "before": before}, printed, exact, "%", verdict, "", cells=cells))
    change = change.with_sign(-1 if down else 1)
    verdict, exact = judge_formula(lambda x, y: x - y, [now, before], change)
    out.append(make(marked(s.text, m.start("chg"), m.end("chg")), s.page, f"{m.group('a')} − {m.group('b')}",
                    {"now": now, "before": before}, change, exact, "元", verdict, "",
                    cells=[("text", s.page, s.start + m.start(g), s.start + m.end(g)) for g in ("chg", "a", "b")]))
    return out


def _signed_change(m: re.Match) -> Printed:
    """The printed change (`pct`), negative where its direction word (`dir`) says a fall."""
    printed = figure_of(m.group("pct"))
    if _DOWNWARD.search(m.group("dir")):
        printed = printed.with_sign(-1)
    return printed


def _revised(s, m: re.Match) -> dict:
    return _judged(s, m, figure_of(m.group("pct")), f"({m.group('a')} ÷ {m.group('b')} − 1) × 100 (revised on earlier)",
                   names=("new", "earlier"))


def _levels_then_bases(s) -> list[dict]:
    """A ratio's level and, after it, the levels of one or two periods compared with and the move from
    each in points ('…6.35%，是5季来高点，比第2季的6.33%微增0.02个百分点，比去年同期6.19%增加0.16个百分点'):
    each move against the two levels. A pair right after the level the `_PAIR_POINTS` reading takes."""
    out = []
    for m in _LEVEL_THEN_BASES.finditer(s.text):
        at = m.end()
        while (base := _ANOTHER_LEVEL.match(s.text, at)) is not None:
            # (the pair right after the level is `_PAIR_POINTS`'s, or after a line's ratio `results`' — but a quarter's
            # base, which `results` does not read so: '净利率2.8%，较第2季2.47%增加0.33个百分点')
            paired = at == m.end() and _PAIR_POINTS.match(s.text, m.start())
            if not paired or (_A_RATIO_RESULTS_READS.search(s.text, max(0, m.start() - 8), m.start())
                              and _A_QUARTER.search(base.group(0))):
                out.append(_points(s, _joined(m, base)))
            at = base.end()
    return out


def _points(s, m: re.Match) -> dict:
    """A ratio's move in points between the two levels the sentence states: later − earlier (a move in basis
    points, '下降5个基点', a hundredth of a point each)."""
    printed = _signed_change(m)
    if _in_basis_points(m):
        printed = printed.times(Decimal("0.01"))
    return _judged(s, m, printed, f"{m.group('a')}% − {m.group('b')}%", points=True)


def _in_basis_points(m) -> bool:
    """Whether a move's unit (`pu`, where its pattern names one) is basis points."""
    try:
        unit = m.group("pu")
    except (IndexError, KeyError):
        return False  # (a pattern of points only)
    return bool(unit and re.search(r"基点|bp|BP", unit))


def _one_unit(ua: str, ub: str) -> bool:
    """Whether two figures' units are one (the later may drop the '/片' of the first, or print none)."""
    return ua.startswith(ub) or ub.startswith(ua)


# a loss's word right before its figure ('亏损2770.47万元', '净亏损为3.1亿元', '亏损额达')
_LOSS_BEFORE = re.compile(r"(?:亏损|净亏损|亏)\s*(?:额)?\s*(?:了|为|达到?|约)?\s*(?:人民币)?\s*$")


def _a_loss(text: str, at: int) -> bool:
    """Whether the figure at `at` is stated as a loss."""
    return bool(_LOSS_BEFORE.search(text, max(0, at - 10), at))


def _judged(s, m: re.Match, printed: Printed, formula: str, names: tuple[str, str] = ("now", "before"),
            swap: bool = False, points: bool = False, difference_in: str | None = None, changed: str = "pct",
            before_scale: Decimal = Decimal(1)) -> dict:
    """The change printed at the match's `changed` group (`pct`) against its figures `a` (the later)
    and `b` (the earlier) — or, `swap`ped, `b` the later: in percent, or (`points`) a ratio's in
    points, or (`difference_in` a unit) the difference in the figures' own unit."""
    now, before = figure_of(m.group("a")), figure_of(m.group("b")).times(before_scale)
    # one figure said to be a loss, the other not: the loss may be below zero ('扣非净利润亏损2770.47万元,较2024年同期的
    # 8983.17万元暴跌130.84%') or both losses compared by size with the base's word left out ('亏损3.0亿元,较上年同期的
    # 5.0亿元收窄40%'): both readings are tried, the sizes first
    signed = None
    if not (points or difference_in):
        lost_a, lost_b = _a_loss(s.text, m.start("a")), _a_loss(s.text, m.start("b"))
        if lost_a != lost_b:
            signed = (now.signed(-1), before) if lost_a else (now, before.signed(-1))
    if swap:
        now, before = before, now
        signed = signed and (signed[1], signed[0])
    if points or difference_in:
        verdict, exact = judge_formula(lambda x, y: x - y, [now, before], printed)
    else:
        # from a loss ('较上年同期的-38.97亿元增长102.68%') the growth is on the base's size; a report may
        # print the plain ratio there instead, its sign turned: either reproducing it is that reading
        judged = [(reading, *judge_formula(fn, [now, before], printed)) for reading, fn in growth_readings(before.value)]
        if signed is not None and all(j[1] == "mismatch" for j in judged):
            loss = [(reading, *judge_formula(fn, list(signed), printed)) for reading, fn in growth_readings(signed[1].value)]
            if any(j[1] != "mismatch" for j in loss):
                judged, (now, before) = loss, signed
        reading, verdict, exact = next((j for j in judged if j[1] != "mismatch"), judged[0])
        if before.value < 0:
            formula = reading.format(now=m.group("b" if swap else "a"), before=m.group("a" if swap else "b"))
    cells = [("text", s.page, s.start + m.start(g), s.start + m.end(g)) for g in (changed, "a", "b")]
    unit = difference_in or ("pct" if points else "%")
    return make(marked(s.text, m.start(changed), m.end(changed)), s.page, formula, dict(zip(names, (now, before))),
                printed, exact, unit, verdict, "", cells=cells)
