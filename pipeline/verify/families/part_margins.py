"""Check family: a part's gross margin against the part's revenue and cost stated just before it in one run
('西北区营业收入38.84亿元,营业成本19.65亿元,毛利率49.42%', '批发代理营业收入141.36亿元,营业成本71.07亿元,毛利率
49.72%' — an annual report's 主营业务分地区/分销售模式 table as a digest writes it out): (revenue − cost) ÷ revenue.

Only a part's (its name glued to its revenue): the company's own margin is `margins`' and `results`'. The
three figures stand in one run of clauses (no sentence or bullet between), revenue first, then its cost,
then the margin, each amount in money of one currency. So too a part's gross profit over its revenue, where a Hong Kong
results digest lists each segment's revenue, gross profit and margin, each after its move."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ..checks import judge_formula, make, marked, money_scale
from ..sentences import figure_of, page_sentences

HUNDRED = Decimal(100)
_AMOUNT = r"(?P<{0}>\d[\d,]*(?:\.\d+)?)\s*(?P<{0}_unit>(?:万亿|亿|千万|百万|万)?元)"
# the part's name glued to its revenue (not the company's, a period's or the whole's own line)
_MARGIN = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z])(?!公司|集团|本集团|本公司|主营|营业|营收|总营收|总收入|收入|全年|上半年|下半年|前三季度|单季)"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:营业收入|营收|收入)\s*(?:为|达到?|实现)?\s*" + _AMOUNT.format("revenue")
    + r"[^。；;%\d]{0,6}?[，,]\s*(?:营业成本|成本)\s*(?:为|达到?)?\s*" + _AMOUNT.format("cost")
    + r"[^。；;%\d]{0,6}?[，,]\s*毛利率\s*(?:为|达到?|约为?)?\s*(?P<margin>\d+(?:\.\d+)?)\s*%")


# or its revenue, its gross profit and the margin, each maybe after its move, as a Hong Kong results digest lists a
# segment ('(二)光伏玻璃:营业额上升43.8%至196.77亿元,占总营业额91.4%,毛利增长38.5%至44.17亿元,毛利率下跌0.9个百分点至
# 22.5%'; '营业额增长6.5%至1.83亿元,业绩由毛损转为毛利,录得毛利391万元,毛利率为2.1%'): gross profit ÷ revenue
_TO = r"(?P<{0}_move>[^。；;，,]{{0,16}}?(?:至|为|达到?)|为|达到?)?\s*"
_MARGIN_OF_PROFIT = re.compile(
    r"(?<![\u4e00-\u9fffA-Za-z])(?!公司|集团|本集团|本公司|整体|主营|营业|营收|总营收|总收入|收入|全年|上半年|下半年|前三季度|单季)"
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*[:：]?\s*(?:营业额|营业收入|营收|收入)" + _TO.format("revenue") + _AMOUNT.format("revenue")
    + r"[^。；;]{0,30}?[，,]\s*(?:录得|实现)?\s*毛利(?![率润])" + _TO.format("profit") + _AMOUNT.format("profit")
    + r"\s*[，,]\s*毛利率(?P<points_dir>[^。；;，,\d]{0,12}?)(?:(?P<points>[\d.]+)\s*(?:个?\s*百分点|pct|ppt|pp)\s*)?(?:至|为|达到?)?\s*"
      r"(?P<margin>\d+(?:\.\d+)?)\s*%")
# a move in percent ('上升43.8%', '减少39.8%'); and a ratio's way in words ('下跌', '上升')
_MOVE = re.compile(r"(?P<dir>上升|增长|增加|上涨|提升|改善|下降|减少|下跌|下滑|收窄)\s*(?P<pct>\d+(?:\.\d+)?)\s*%")
_FALLS = re.compile(r"下降|减少|下跌|下滑|收窄|降低")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for m in _MARGIN_OF_PROFIT.finditer(s.text):
                (rs, rc), (ps, pc) = money_scale(m.group("revenue_unit")), money_scale(m.group("profit_unit"))
                if not rs or not ps or rc != pc:
                    continue
                revenue, profit = figure_of(m.group("revenue")).times(rs), figure_of(m.group("profit")).times(ps)
                printed = figure_of(m.group("margin"))
                verdict, exact = judge_formula(lambda r, g: g / r * HUNDRED, [revenue, profit], printed)
                name = m.group("name")
                cells = [("text", s.page, s.start + a, s.start + b) for a, b in (m.span("margin"), m.span("revenue"), m.span("profit"))]
                out.append(make(marked(s.text, *m.span("margin")), s.page, f"{name}毛利 ÷ {name}营业额 × 100",
                                {f"{name}营业额": revenue, f"{name}毛利": profit}, printed, exact, "%", verdict,
                                "a part's margin from its revenue and gross profit", cells=cells))
                moved = _margin_move(s, m, revenue, profit)
                if moved is not None:
                    out.append(moved)
            for m in _MARGIN.finditer(s.text):
                (rs, rc), (cs, cc) = money_scale(m.group("revenue_unit")), money_scale(m.group("cost_unit"))
                if not rs or not cs or rc != cc:
                    continue
                revenue = figure_of(m.group("revenue")).times(rs)
                cost = figure_of(m.group("cost")).times(cs)
                printed = figure_of(m.group("margin"))
                verdict, exact = judge_formula(lambda r, c: (r - c) / r * HUNDRED, [revenue, cost], printed)
                name = m.group("name")
                cells = [("text", s.page, s.start + a, s.start + b) for a, b in (m.span("margin"), m.span("revenue"), m.span("cost"))]
                out.append(make(marked(s.text, *m.span("margin")), s.page, f"({name}营业收入 − 营业成本) ÷ {name}营业收入 × 100",
                                {f"{name}营业收入": revenue, f"{name}营业成本": cost}, printed, exact, "%", verdict,
                                "a part's margin from its revenue and cost", cells=cells))
    return out


def _margin_move(s, m: re.Match, revenue, profit) -> dict | None:
    """The segment's margin move in points, where its revenue and gross profit each state their growth: the margin
    less the year before's, whose amounts the growths imply (profit ÷ (1 + its growth) over revenue ÷ (1 + its))."""
    if not m.group("points"):
        return None
    moves = [_MOVE.search(m.group(g) or "") for g in ("revenue_move", "profit_move")]
    if any(mv is None for mv in moves):
        return None  # (a growth in 倍, or none said: the year before's amounts are not implied)
    (gr, sr), (gp, sp) = ((figure_of(mv.group("pct")), -1 if _FALLS.search(mv.group("dir")) else 1) for mv in moves)
    points = figure_of(m.group("points"))
    if _FALLS.search(m.group("points_dir")):
        points = points.signed(-1)
    verdict, exact = judge_formula(
        lambda r, p, a, b: (p / r - (p / (1 + sp * b / HUNDRED)) / (r / (1 + sr * a / HUNDRED))) * HUNDRED,
        [revenue, profit, gr, gp], points)
    name = m.group("name")
    cells = [("text", s.page, s.start + a, s.start + b) for a, b in (m.span("points"), m.span("revenue"), m.span("profit"))]
    return make(marked(s.text, *m.span("points")), s.page,
                f"{name}毛利率 − ({name}毛利 ÷ (1 ± 毛利增速)) ÷ ({name}营业额 ÷ (1 ± 营业额增速))",
                {f"{name}营业额": revenue, f"{name}毛利": profit, "营业额增速": gr, "毛利增速": gp}, points, exact, "个百分点",
                verdict, "the year before's amounts implied by the growths stated with them", cells=cells)
