"""Check family: a sector's pull on a GDP's growth as its contribution rate times that growth — the statistics bureau's
definition (拉动 = 贡献率 × 增速), which holds at constant prices where no amount's change can be read:

    '地区生产总值148.9亿元,同比增长12.3%' … '三次产业…对经济增长的贡献率分别为6%、41.4%、52.6%,分别拉动GDP增长0.7个、
    5.1个、6.5个百分点'                                        0.7 = 6% × 12.3, 5.1 = 41.4% × 12.3, 6.5 = 52.6% × 12.3
    '第三产业经济增长的贡献率达到为33.5%,…拉动GDP增长3.4个百分点'   after '地区生产总值545.0亿元,…同比增长10.2%'

The contributions and the pulls stand in one sentence, one pull to each contribution in order (a list with 分别, or one
of each); the growth is the GDP's (地区生产总值, 国内生产总值, 生产总值, GDP) stated last before them, its growth right
after its figure — the whole a pull names must be a GDP's or the economy's ('拉动GDP增长', '对经济增长的贡献率'). A
company report is `results`'; any other whole (拉动电信业务收入增长) is `growth_contributions`', from amounts."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import is_company_report, judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of, page_sentences
from .partitions import growth_next

# a GDP's words, and a GDP stated with its figure and its growth right after ('地区生产总值148.9亿元,同比增长12.3%')
_GDP_WORDS = r"地区生产总值|国内生产总值|生产总值|GDP|经济"
_GDP_STATED = re.compile(rf"(?:地区生产总值|国内生产总值|生产总值|GDP)(?:\s*[（(]GDP[)）])?\s*(?:实现|完成|为|达到?)?\s*"
                         rf"(?P<num>{SIGNED_NUM})\s*(?:万亿|亿|万)元")
_LIST = rf"{SIGNED_NUM}\s*[%％]?(?:\s*[、,，和及]\s*{SIGNED_NUM}\s*[%％]?)*"
# the contributions: '对经济增长的贡献率分别为6%、41.4%、52.6%', '经济增长的贡献率达到为33.5%', '对GDP的贡献率为30.5%'
_CONTRIBUTIONS = re.compile(rf"(?:对)?\s*(?:{_GDP_WORDS})\s*的?\s*(?:增长)?\s*的?\s*贡献率\s*(?:分别)?\s*(?:为|是|达到?)*\s*"
                            rf"(?P<list>{_LIST})")
# the pulls: '分别拉动GDP增长0.7个、5.1个、6.5个百分点', '拉动GDP增长3.4个百分点'
_PULLS = re.compile(rf"(?:分别)?\s*拉动\s*(?:{_GDP_WORDS})\s*(?:增长)?\s*"
                    rf"(?P<list>{SIGNED_NUM}\s*个?(?:\s*[、,，和及]\s*{SIGNED_NUM}\s*个?)*)\s*百分点")


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    out = []
    growth: Optional[Printed] = None  # the GDP's growth stated last
    for page in doc.pages:
        previous = None
        for s in page_sentences(page):
            for pulls in _PULLS.finditer(s.text):
                # (the contributions before it in its sentence, else the sentence before's: '…贡献率达到为33.5%,较去年同期
                # 提高8.7个百分点。拉动GDP增长3.4个百分点')
                where, contributions = s, list(_CONTRIBUTIONS.finditer(s.text, 0, pulls.start()))
                if not contributions and previous is not None:
                    where, contributions = previous, list(_CONTRIBUTIONS.finditer(previous.text))
                if growth is not None and contributions:
                    out += _judged(s, where, contributions[-1], pulls, growth)
            for stated in _GDP_STATED.finditer(s.text):
                at = stated.end()
                aside = _AT_PRICES.match(s.text, at)  # ('545.0亿元,按可比价格计算,同比增长10.2%')
                found = growth_next(s.text, aside.end() if aside else at)
                if found is not None and found[1] == "同比":
                    growth = found[0]
            previous = s
    return out


# how a GDP's growth is counted, said between its figure and its growth
_AT_PRICES = re.compile(r"\s*[，,]\s*按(?:可比|不变)价格?计算")


def _judged(s, where, contributions: re.Match, pulls: re.Match, growth: Printed) -> list[dict]:
    """Each pull against its contribution (in `where`, its sentence or the one before) times the growth."""
    rates = list(re.finditer(SIGNED_NUM, contributions.group("list")))
    points = list(re.finditer(SIGNED_NUM, pulls.group("list")))
    if len(rates) != len(points):
        return []  # (which pull is which contribution's is not said)
    out = []
    for rate, point in zip(rates, points):
        a = contributions.start("list") + rate.start()
        b = pulls.start("list") + point.start()
        share, printed = figure_of(rate.group(0)), figure_of(point.group(0))
        verdict, exact = judge_formula(lambda c, g: c * g / 100, [share, growth], printed)
        out.append(make(marked(s.text, b, b + len(point.group(0))), s.page,
                        f"{rate.group(0)}% × {growth.value}%", {"contribution": share, "growth": growth}, printed, exact,
                        "个百分点", verdict, "a pull is the contribution rate times the GDP's growth",
                        cells=[("text", s.page, s.start + b, s.start + b + len(point.group(0))),
                               ("text", where.page, where.start + a, where.start + a + len(rate.group(0)))]))
    return out
