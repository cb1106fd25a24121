"""Check family: a total's growth from its parts' growths (the mix), where the report states
the revenue of each segment with its growth and the segments make up a total it states too:

    '上半年收入196.52亿元 同比增长4.2%' … '光学零件收入60.67亿元 同比增长10.7%' '光电产品收入133.83亿元
    同比增长1.46%' '光学仪器收入2.02亿元 同比增长7.12%'

A line may state its growth first and the amount it moved to after ('太阳能玻璃销售收入同比下降7.3%至94.7亿元,
国内销售收入下降16.6%至64.8亿元,而海外销售收入上升22.4%至29.9亿元').

Each part's base is its amount over (1 + its growth); the total's base is their sum, so its
growth is Σ parts ÷ Σ bases − 1 (4.20%). That the parts are all of the total is known only from
the figures: they add up to the total within their printed precision. A run of parts that
does not (channels beside products, '其他' left out) is no partition and gives no check; so
the check reads only revenue ('…收入', '营收') stated with a plain 同比 growth, parts in a run
after their total, the run of two to five parts in text order with no other revenue between.
Where the total and every part state their change on the quarter before too (环比), the same
parts give the total's (the quarter before's bases are theirs over 1 + their 环比).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, money_scale
from ..sentences import SIGNED_NUM, figure_of, plain_growth, signed_by

# '光学零件收入60.67亿元 同比增长10.7%', '鸭及鸭副产品收入9.88亿元,同比减少0.70%', '净利息收入1600.42亿元,同比增长1.74%'
# (and its change on the quarter before right after, where the text states one: 'Q3境外收入共计74.99亿元,同比+34.01%,
# 较Q2环比+3.47%')
_STATED = re.compile(
    # ('光伏电站收入则仅为0.7亿元,同比下降26.5%', '营收为57.35亿元,同比大幅下滑35.3%', '磷酸盐系产品的收入在36.64亿元')
    rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{0,12}}?(?:收入|营收))\s*(?:则|也)?\s*(?:仅)?\s*(?:为|达到?|实现|共计|合计|在)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|百万元|亿|万)"
    # (or its growth in brackets, signed or said 同比/yoy: '国内市场实现收入68.66亿元(+23.7%)')
    rf"\s*(?:[,，;；(（]?\s*同比|[(（]\s*(?:yoy|YoY|同比)?(?=\s*[+＋\-−]|(?<=比)|(?<=oy)|(?<=oY)))"
    rf"\s*(?:大幅|小幅|显著|明显)?\s*(?P<dir>增长|增加|上升|提升|下降|减少|下滑|降低|[+＋\-−])?\s*(?P<growth>{SIGNED_NUM})\s*%"
    rf"(?:\s*[,，;；]?\s*(?:较(?:Q[1-4]|上一?季度?|[一二三四]季度))?\s*环比\s*(?P<qdir>增长|增加|上升|提升|下降|减少|下滑|降低|[+＋\-−])?"
    rf"\s*(?P<qoq>{SIGNED_NUM})\s*%)?")
# (or its growth first, then the amount it moved to: '太阳能玻璃销售收入同比下降7.3%至94.7亿元人民币,国内销售收入下降16.6%至
# 64.8亿元,而海外销售收入上升22.4%至29.9亿元')
_MOVED_TO = re.compile(
    rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{0,12}}?(?:收入|营收))\s*(?:同比|按年)?\s*(?P<dir>增长|增加|上升|提升|下降|减少|下滑|降低)\s*"
    rf"(?P<growth>{SIGNED_NUM})\s*%\s*至\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|百万元|亿|万)")
HUNDRED = Decimal(100)
MOST_PARTS = 5  # 2n inputs: a corner search of 2^(2n) stays small (judge_formula's ten)
MIX_FORMULA = "({}) ÷ Σ each ÷ (1 + its growth) − 1, × 100"  # the parts' names joined by ' + '


def mixed_growth(n: int):
    """The total's growth from n parts, called with their amounts and then their growths (in
    percent): each part's base is its amount ÷ (1 + its growth), the total's base their sum."""
    def mixed(*figures):
        amounts, growths = figures[:n], figures[n:]
        return (sum(amounts) / sum(a / (1 + g / HUNDRED) for a, g in zip(amounts, growths)) - 1) * HUNDRED
    return mixed


class Stated:
    def __init__(self, page: int, text: str, m: re.Match):
        scale, _ = money_scale(m.group("unit"))
        self.page, self.text, self.m = page, text, m
        # the line's name without the words before it ('前三季度公司实现营业收入' → 营业收入)
        self.name = re.sub(r"^(?:年|上半年|下半年|前三季度|全年|单季度|季度)+", "", re.sub(r"^.*(?:实现|公司)", "", m.group("name")))
        self.amount = figure_of(m.group("num")).times(scale)
        self.growth = signed_by(figure_of(m.group("growth")), m.group("dir"))
        self.qoq = signed_by(figure_of(m.group("qoq")), m.group("qdir")) if m.groupdict().get("qoq") else None

    def cells(self, growth: str = "growth") -> list[tuple]:
        return [("text", self.page, self.m.start(g), self.m.end(g)) for g in ("num", growth)]


def find(doc: Document) -> list[dict]:
    stated = []
    for page in doc.pages:
        for m in sorted([*_STATED.finditer(page.text), *_MOVED_TO.finditer(page.text)], key=lambda m: m.start()):
            if plain_growth(page.text, m.start("growth")):  # an organic growth is on another base
                stated.append(Stated(page.number, page.text, m))
    out = []
    for t, total in enumerate(stated):
        judged = set()  # the part sets a total was judged on: a digest stating its parts twice gives each again, rotated
        for first in range(t + 1, len(stated)):
            for n in range(2, MOST_PARTS + 1):
                parts = stated[first:first + n]
                if len(parts) < n:
                    break
                seen = frozenset((p.name, p.amount.value, p.growth.value) for p in parts)
                check = _partition(total, parts) if seen not in judged else None
                if check is not None:
                    judged.add(seen)
                    out.append(check)
                    # the same parts' changes on the quarter before, where the total and each state one, give the
                    # total's: Q2's parts are theirs over (1 + their 环比) as a year before's are over (1 + their 同比)
                    if total.qoq is not None and all(p.qoq is not None for p in parts):
                        out.append(_partition(total, parts, "qoq"))
    return out


def _adds_up(total: Stated, parts: list[Stated]) -> bool:
    """The parts sum to the total within all of their printed precision — and that precision is
    fine enough to tell (within 0.5% of the total): parts printed to the 亿 ('食醋收入1亿') add up
    to almost anything."""
    slack = total.amount.step / 2 + sum(p.amount.step / 2 for p in parts)
    if slack > total.amount.value * Decimal("0.005"):
        return False
    return abs(sum(p.amount.value for p in parts) - total.amount.value) <= slack * Decimal("1.000001")


def _partition(total: Stated, parts: list[Stated], growth: str = "growth") -> Optional[dict]:
    """The total's growth (`growth`: its 同比, or its 环比 with `qoq`) from its parts' amounts and theirs."""
    if not _adds_up(total, parts):
        return None
    growths = [getattr(p, growth) for p in parts]
    inputs: list[Printed] = [p.amount for p in parts] + growths
    if any(g.value <= -100 for g in growths):
        return None
    printed = getattr(total, growth)
    verdict, exact = judge_formula(mixed_growth(len(parts)), inputs, printed)
    claim = marked(total.text, total.m.start(growth), total.m.end(growth))
    start = max(0, total.m.start() - 40)
    claim = ("…" if start else "") + claim[start:total.m.end(growth) + 2 + 40]
    names = " + ".join(p.name for p in parts)
    formula = MIX_FORMULA.format(names)
    basis = "同比" if growth == "growth" else "环比"
    figures = {f"{p.name} (元)": p.amount for p in parts} | {f"{p.name} {basis} (%)": g for p, g in zip(parts, growths)}
    cells = [("text", total.page, total.m.start(growth), total.m.end(growth))] + [c for p in parts for c in p.cells(growth)]
    note = (f"the parts add up to {total.name}'s {total.m.group('num')}{total.m.group('unit')}: its base is the sum "
            f"of theirs" + ("" if growth == "growth" else " (the quarter before's, from their 环比)"))
    summed = sum(p.amount.value for p in parts)
    if verdict == "mismatch" and summed < total.amount.value and printed.value < exact:
        # '国内/国外收入21.9/16.9亿元' of a revenue of 38.9: the 0.1 short may be a line not listed, and one that fell
        # (a business sold down) makes the total's base larger than the parts' and its growth lower — no proof
        verdict = "unverifiable"
        listed = " + ".join(p.m.group("num") for p in parts)
        note = (f"the parts ({listed}) fall short of {total.name}'s {total.m.group('num')}{total.m.group('unit')}: a line "
                f"not listed, worth the rest, may have fallen and lowered the total's growth below the parts' mix")
    return make(claim, total.page, formula, figures, printed, exact, "%", verdict, note, cells=cells)
