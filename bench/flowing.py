"""Company reports set by a flowing layout engine (reportlab's platypus), written apart from
pipeline.samples_company so that the reader meets a layout it was not drawn with: paragraphs
and tables that flow from page to page, a table broken wherever the page ends with its header
printed once (a caption or a header may be left at a page's foot), a running header and footer,
two statements side by side or one above the other, ruled or with rules only under the header,
a forecast table with the years down the rows, a revision table with each year over its
调整前/调整后/变动, a quarterly table with 环比/同比 rows, comparables with a loss-making peer ('NM')
left out of the mean, a ratio table (ROE, 资产负债率) and cash flows, and half of the companies
listed in Hong Kong (close in HKD, forecasts in RMB, the rate printed).

For each of N reports, a clean copy is verified (any mismatch is a false alarm of verify or a
misreading), then one copy per planted error (PLANTS): an error counts as flagged when its copy
has a mismatch the clean copy has not.

    python bench/flowing.py [--n 6] [--seed 1] [--styles] [--traditional] [--as-text] [--repeat-headers]
                            [--engine reportlab|word|word-split]

With --styles each table is drawn in styles of its own (STYLES): its period headers on two lines
('2025E' over '(预测)'), long labels wrapping in a narrow label column, figures centred, a shaded
header band, cells set at the top of their rows rather than the foot. With --traditional every
word is set in traditional characters (Hong Kong forms). With --as-text verify reads each
report's text layer as a converter writes it (a .txt, pages parted by form feeds, one space
between cells) instead of the PDF.

With --engine word the same report is written as a Word document (python-docx) and set by
LibreOffice (`soffice`, Debian's libreoffice-writer-nogui, with a CJK font: fonts-wqy-zenhei), as
most brokers' reports leave Word: fonts embedded as subsets, a font set 1.5 lines apart, tables
with no cell padding (every line of a table as far apart as the next, labels wrapped in narrow
columns and set at their rows' foot), columns as wide as their text unless the table is too wide
for the page (two statements abreast: the label columns give way). Neither is installed by the
project; `pip install python-docx` and the two Debian packages are what it needs. With --engine
word-split a row may break across pages, as Word's own default lets it (a wrapped label's first
line and the row's figures end one page, the rest of the label opens the next); with plain word
each row is kept whole, as report templates set their tables.

With --repeat-headers a table broken by the page prints its header rows again atop the next page
(a word processor's "repeat as header row"; platypus's repeatRows), with either engine.

Prints each report's checks and mismatches, each missed plant, and the count per plant.
"""
from __future__ import annotations

import argparse
import functools
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import read_document  # noqa: E402
from pipeline.verify import verify  # noqa: E402

FONT = "STSong-Light"
TEXT_WIDTH = 450  # points between an A4 page's margins of 25 mm, a little to spare
WORD_FONT = "WenQuanYi Zen Hei"  # with --engine word: a font LibreOffice embeds (Debian fonts-wqy-zenhei)
TRADITIONAL_FONT = "STSong-Light"  # Adobe-GB1 holds the traditional forms too (MSung-Light, Adobe-CNS1, reads back garbled)
YEARS = ["2023A", "2024A", "2025E", "2026E", "2027E"]
PLANTS = {
    "prose_growth": "2024 revenue growth in the results sentence 3 points too high",
    "points": "2024 gross margin change in points 1 too high",
    "prose_unit": "2024 revenue in 亿元 in the results sentence 5 too high",
    "upside": "upside to the target 5 points too high",
    "cagr": "2024-2027 profit CAGR 2 points too high",
    "summary": "2025E revenue in the forecast table off the statement's",
    "growth": "2026E revenue growth in the forecast table 3 points too high",
    "margin": "2026E gross margin in the forecast table 1 point too high",
    "pe": "2027E PE in the forecast table 5 too high",
    "pretax": "2026E 利润总额 in the income statement too high",
    "assets": "2025E 资产总计 in the balance sheet too high",
    "qoq": "2025Q2 revenue 环比 2 points too high",
    "revision": "2026E net profit 变动 in the revision table 2 points too high",
    "mean": "the peers' mean PE 2 too high",
    "median": "the peers' median PE 2 too high",
    "roe": "2025E ROE 2 points too high",
    "leverage": "2026E 资产负债率 3 points too high",
    "cashflow": "2027E 现金净增加额 too high",
}


# with --styles, each table drawn in any of these (each about one time in three)
STYLES = ("two_line_periods", "wrapped_labels", "centred", "shaded_header", "top_aligned")


def r(x, places: int) -> D:
    return D(x).quantize(D(1).scaleb(-places), ROUND_HALF_UP)


def fmt(x, places: int) -> str:
    v = r(x, places)
    return ("-" if v < 0 else "") + f"{abs(v):,.{places}f}"


def pct(a, b) -> D:
    return (a / b - 1) * 100


@dataclass
class Para:
    text: str
    kind: str = "body"  # body, big (a title) or small (a source line)


@dataclass
class Space:
    height: float  # points


@dataclass
class Break:
    """A page break."""


@dataclass
class Grid:
    """A table as drawn: its rows of cell texts and the looks it is drawn in (STYLES)."""
    rows: list
    size: float
    looks: set
    ruled: bool                                   # a grid of rules, else rules only above and under the header
    spans: list = field(default_factory=list)     # (first, last) columns of a header cell over several
    header_align: str = ""                        # how a spanned header row sits: LEFT, CENTER or RIGHT
    repeat_header: bool = False                   # its header printed again atop each page it goes on to

    @property
    def header_rows(self) -> int:  # a spanned header stands over a second header row (调整前 调整后 变动)
        return 2 if self.spans else 1


def report(path: Path, rng: random.Random, plant: str | None = None, style: random.Random | None = None,
           traditional: bool = False, engine: str = "reportlab", repeat_headers: bool = False) -> bool:
    """Draw one report; `plant` names the one printed figure to get wrong (PLANTS); `style`, when
    given, draws each table's cells in a style of its own (STYLES); `traditional` sets every word
    in traditional characters (Hong Kong forms, as a Hong Kong broker prints them); `engine` is
    what sets the pages (DRAW); `repeat_headers` prints a table's header again atop each page it
    goes on to (a table's repeated title row). Whether the plant was made."""
    say = _to_traditional if traditional else (lambda text: text)

    def para(text: str, kind: str = "body") -> Para:
        return Para(say(text), kind)

    planted = []  # whether the plant found its figure: a report with no CAGR printed has none to get wrong

    def bad(name: str, value: D, by: D) -> D:
        if plant == name:
            planted.append(name)
            return value + by
        return value

    # the model, each line from printed (rounded) figures, as a broker's spreadsheet derives it
    places = 2 if rng.random() < 0.4 else 0
    unit, div = ("亿元", D(100)) if places == 2 else ("百万元", D(1))
    rev = [D(rng.randint(2000, 60000))]
    for _ in range(4):
        rev.append(rev[-1] * (1 + D(rng.randint(-5, 40)) / 100))
    line = {"rev": [r(v / div, places) for v in rev]}
    for key, lo, hi in (("cogs", 450, 820), ("sell", 20, 80), ("admin", 20, 60), ("rnd", 10, 90), ("fin", -10, 15)):
        line[key] = [r(v / div * D(rng.randint(lo, hi)) / 1000, places) for v in rev]
    line["tax_sur"] = [r(v / div * D("0.006"), places) for v in rev]
    line["gross"] = [a - b for a, b in zip(line["rev"], line["cogs"])]
    line["op"] = [g - t - s - a - d - f for g, t, s, a, d, f in
                  zip(line["gross"], line["tax_sur"], line["sell"], line["admin"], line["rnd"], line["fin"])]
    line["nonop"] = [r(v * D(rng.randint(-5, 5)) / 1000, places) for v in line["rev"]]
    line["pretax"] = [a + b for a, b in zip(line["op"], line["nonop"])]
    line["tax"] = [r(abs(v) * D("0.15"), places) for v in line["pretax"]]
    line["np"] = [a - b for a, b in zip(line["pretax"], line["tax"])]
    line["minor"] = [r(abs(v) * D(rng.randint(0, 80)) / 1000, places) for v in line["np"]]
    line["parent"] = [a - b for a, b in zip(line["np"], line["minor"])]
    parent = line["parent"]
    shares = D(rng.randint(200, 5000)) / 100  # 亿股
    eps = [r(p * div * 10 ** 6 / (shares * 10 ** 8), 2) for p in parent]
    hk = rng.random() < 0.5
    rate = D("0.92")  # RMB per HKD
    close = r(D(rng.uniform(8, 150)), 2)
    price_rmb = close * rate if hk else close
    pe = [r(price_rmb / e, 1) if e > 0 else None for e in eps]
    growth = [None] + [r(pct(line["rev"][i], line["rev"][i - 1]), 1) for i in range(1, 5)]
    np_growth = [None] + [r(pct(parent[i], parent[i - 1]), 1) if parent[i - 1] > 0 else None for i in range(1, 5)]
    gm = [r(g / v * 100, 1) for g, v in zip(line["gross"], line["rev"])]
    target_pe = D(rng.randint(15, 40))
    # the first forecast year with a profit: no broker sets a target at a multiple of a loss
    # (a negative target read as its figure without the sign was the clean copies' one false alarm)
    target_year = next((i for i in (2, 3, 4) if eps[i] > 0), 4)
    target = r(abs(eps[target_year]) * target_pe, 2)  # in RMB, over the close in RMB
    upside = r((target / price_rmb - 1) * 100, 1)
    cagr = r(((parent[4] / parent[1]) ** (D(1) / 3) - 1) * 100, 1) if parent[1] > 0 and parent[4] > 0 else None
    currency = "港元" if hk else "元"
    code = f"0{rng.randint(1000, 9999)}.HK" if hk else f"{rng.choice(['600', '002', '300', '688'])}{rng.randint(100, 999)}.{'SH' if rng.random() < .5 else 'SZ'}"
    name = rng.choice(["恒远精密", "星海生物", "青禾食品", "北辰能源", "云帆软件", "瑞和医疗", "东岳材料", "长风汽车"])
    broker = rng.choice(["明德证券", "启航证券", "泰和证券", "远见证券"])

    story = [para(f"{broker} 公司研究 | 点评报告"), para(f"{name}({code})", "big"),
             para("业绩稳健增长,盈利能力持续提升", "big"),
             para(f"投资评级: 买入(维持)  目标价: {target}元  当前股价: {close}{currency}"), Space(6)]
    revenue_yi = bad("prose_unit", r(line["rev"][1] * div / 100, 2), D(5))
    points = bad("points", r(gm[1] - gm[0], 1), D(1))
    sentences = [
        f"事件:公司发布2024年年报,2024年实现营业收入{revenue_yi}亿元,同比增长{bad('prose_growth', growth[1], D(3))}%;"
        f"实现归母净利润{r(parent[1] * div / 100, 2)}亿元。",
        f"盈利能力方面,2024年公司毛利率为{gm[1]}%,同比{'提升' if points >= 0 else '下降'}{abs(points)}个百分点。",
        f"盈利预测与投资建议:我们预计公司2025-2027年归母净利润分别为" + "、".join(str(r(p * div / 100, 2)) for p in parent[2:])
        + f"亿元,对应EPS分别为{eps[2]}、{eps[3]}、{eps[4]}元。"
        + (f"2024-2027年归母净利润复合增速为{bad('cagr', cagr, D(2))}%。" if cagr is not None else "")
        + f"给予公司{2023 + target_year}年{target_pe}倍PE,对应目标价{target}元,较当前股价有{bad('upside', upside, D(5))}%的上涨空间,维持“买入”评级。"]
    if hk:
        sentences.append(f"注:股价为港元,盈利预测为人民币,汇率按1港元={rate}人民币换算。")
    for s in sentences:
        story += [para(s), Space(4)]

    def table(rows, size=8, spans=(), header_align=""):
        looks = {k for k in STYLES if style is not None and style.random() < 0.35}
        rows = [[say(c) if isinstance(c, str) else c for c in row] for row in rows]
        return Grid(rows, size, looks, rng.random() < 0.4, list(spans), header_align)

    # the forecast table: years across, or down the rows
    summary_rev = list(line["rev"])
    summary_rev[2] = bad("summary", summary_rev[2], D(10) if places == 0 else D(1))
    g_row = list(growth)
    g_row[3] = bad("growth", g_row[3], D(3))
    gm_row = list(gm)
    gm_row[3] = bad("margin", gm_row[3], D(1))
    pe_row = list(pe)
    if pe_row[4] is not None:
        pe_row[4] = bad("pe", pe_row[4], D(5))
    show = lambda v, n: "-" if v is None else fmt(v, n)  # noqa: E731
    series = [(f"营业收入({unit})", summary_rev, places), ("增长率(%)", g_row, 1), (f"归母净利润({unit})", parent, places),
              ("增长率(%)", np_growth, 1), ("毛利率(%)", gm_row, 1), ("每股收益(元)", eps, 2), ("市盈率(倍)", pe_row, 1)]
    story += [Space(8), para("表1:主要财务数据及预测")]
    if rng.random() < 0.5:
        story.append(table([[""] + YEARS] + [[label] + [show(v, n) for v in values] for label, values, n in series], 9))
    else:
        story.append(table([["年份"] + [label.replace("增长率", "同比") for label, _, _ in series]]
                           + [[y] + [show(values[i], n) for _, values, n in series] for i, y in enumerate(YEARS)], 8))
    story.append(para(f"资料来源:公司公告,{broker}研究所", "small"))
    story.append(Break())
    story.append(Space(rng.choice([0, 0, 250, 400, 480, 540, 600])))  # where the page breaks the tables

    # statements: income and balance sheet, side by side or one above the other
    story.append(para(f"附录:财务报表预测(单位:{unit})"))
    income = [("营业收入", "rev"), ("营业成本", "cogs"), ("税金及附加", "tax_sur"), ("销售费用", "sell"), ("管理费用", "admin"),
              ("研发费用", "rnd"), ("财务费用", "fin"), ("营业利润", "op"), ("营业外收支", "nonop"), ("利润总额", "pretax"),
              ("所得税", "tax"), ("净利润", "np"), ("少数股东损益", "minor"), ("归属母公司净利润", "parent")]
    inc_rows = [["利润表"] + YEARS]
    for label, key in income:
        values = list(line[key])
        if key == "pretax":
            values[3] = bad("pretax", values[3], D(50) if places == 0 else D("0.5"))
        inc_rows.append([label] + [fmt(v, places) for v in values])
    ca = [r(v * D(rng.randint(40, 90)) / 100, places) for v in line["rev"]]
    cash, recv, inv = ([r(v * D(rng.randint(lo, hi)) / 100, places) for v in ca] for lo, hi in ((20, 50), (10, 40), (10, 30)))
    other_ca = [a - b - c - d for a, b, c, d in zip(ca, cash, recv, inv)]
    nca = [r(v * D(rng.randint(30, 120)) / 100, places) for v in line["rev"]]
    fixed = [r(v * D(rng.randint(40, 80)) / 100, places) for v in nca]
    assets = [a + b for a, b in zip(ca, nca)]
    printed_assets = list(assets)
    printed_assets[2] = bad("assets", printed_assets[2], D(100) if places == 0 else D(1))
    cl, ncl = ([r(v * D(rng.randint(lo, hi)) / 100, places) for v in assets] for lo, hi in ((20, 40), (5, 20)))
    liab = [a + b for a, b in zip(cl, ncl)]
    equity = [a - b for a, b in zip(assets, liab)]
    balance = [("流动资产", ca), ("货币资金", cash), ("应收账款", recv), ("存货", inv), ("其他流动资产", other_ca),
               ("非流动资产", nca), ("固定资产", fixed), ("其他非流动资产", [a - b for a, b in zip(nca, fixed)]),
               ("资产总计", printed_assets), ("流动负债", cl), ("非流动负债", ncl), ("负债合计", liab),
               ("股东权益合计", equity), ("负债和股东权益", assets)]
    bal_rows = [["资产负债表"] + YEARS] + [[label] + [fmt(v, places) for v in values] for label, values in balance]
    if rng.random() < 0.5:
        k = max(len(inc_rows), len(bal_rows))
        pad = lambda rows: rows + [[""] * 6] * (k - len(rows))  # noqa: E731
        story.append(table([a + b for a, b in zip(pad(inc_rows), pad(bal_rows))], 7))
    else:
        story += [table(inc_rows), Space(8), table(bal_rows)]
    story.append(Space(10))

    # ratios and cash flows (equity as the parent's: 归母净资产)
    parent_equity = [e - r(e * D("0.05"), places) for e in equity]
    roe = [r(p / e * 100, 1) for p, e in zip(parent, parent_equity)]
    roe[2] = bad("roe", roe[2], D(2))
    lev = [r(a / b * 100, 1) for a, b in zip(liab, assets)]
    lev[3] = bad("leverage", lev[3], D(3))
    cfo = [r(v * D(rng.uniform(0.8, 1.5)), places) for v in line["np"]]
    cfi = [-r(abs(v) * D(rng.uniform(0.3, 1.2)), places) for v in line["np"]]
    cff = [r(v * D(rng.uniform(-0.5, 0.5)), places) for v in line["np"]]
    net_cash = [a + b + c for a, b, c in zip(cfo, cfi, cff)]
    net_cash[4] = bad("cashflow", net_cash[4], D(100) if places == 0 else D(1))
    story += [para(f"表2:主要财务指标与现金流量(单位:{unit})"),
              table([[""] + YEARS, ["归母净资产"] + [fmt(v, places) for v in parent_equity],
                     ["ROE(%)"] + [fmt(v, 1) for v in roe], ["资产负债率(%)"] + [fmt(v, 1) for v in lev],
                     ["经营活动现金流"] + [fmt(v, places) for v in cfo], ["投资活动现金流"] + [fmt(v, places) for v in cfi],
                     ["筹资活动现金流"] + [fmt(v, places) for v in cff], ["现金净增加额"] + [fmt(v, places) for v in net_cash]]),
              Space(10)]

    # single quarters of 2024 (summing to the year) and 2025
    q = [r(line["rev"][1] * D(x) / 100, places) for x in (22, 24, 26)]
    q.append(line["rev"][1] - sum(q))
    quarters = q + [r(q[i] * D(rng.randint(90, 140)) / 100, places) for i in range(2)]
    qoq = [None] + [r(pct(quarters[i], quarters[i - 1]), 1) for i in range(1, 6)]
    qoq[5] = bad("qoq", qoq[5], D(2))
    yoy = [None] * 4 + [r(pct(quarters[4 + i], q[i]), 1) for i in range(2)]
    story += [para(f"表3:公司单季度营业收入(单位:{unit})"),
              table([["", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2"],
                     ["营业收入"] + [fmt(v, places) for v in quarters],
                     ["环比"] + ["-" if v is None else fmt(v, 1) + "%" for v in qoq],
                     ["同比"] + ["-" if v is None else fmt(v, 1) + "%" for v in yoy]]), Space(10)]

    # the revision table: each year over its 调整前 / 调整后 / 变动
    old = [r(parent[i] * D(rng.randint(85, 115)) / 100, places) for i in (2, 3)]
    change = [r(pct(parent[i], o), 1) for i, o in zip((2, 3), old)]
    change[1] = bad("revision", change[1], D(2))
    story += [para("表4:盈利预测调整"),
              table([["", "2025E", "", "", "2026E", "", ""], ["", "调整前", "调整后", "变动", "调整前", "调整后", "变动"],
                     [f"归母净利润({unit})", fmt(old[0], places), fmt(parent[2], places), fmt(change[0], 1) + "%",
                      fmt(old[1], places), fmt(parent[3], places), fmt(change[1], 1) + "%"]],
                    spans=[(1, 3), (4, 6)], header_align=rng.choice(["LEFT", "CENTER", "RIGHT"])),
              Space(10)]

    # comparables: one loss-making peer, its PE 'NM', left out of the mean and median
    peers = []
    for i in range(5):
        price = r(D(rng.uniform(10, 120)), 2)
        e1 = r(D(rng.uniform(0.3, 4)), 2) if i != 2 else -r(D(rng.uniform(0.1, 1)), 2)
        e2 = r(abs(e1) * D(rng.uniform(1.05, 1.4)), 2)
        peers.append((f"可比{'甲乙丙丁戊'[i]}", f"{rng.randint(600000, 603999)}.SH", price, e1, e2,
                      r(price / e1, 1) if e1 > 0 else None, r(price / e2, 1)))
    pe1 = [x[5] for x in peers if x[5] is not None]
    mean1 = bad("mean", r(statistics.mean(pe1), 1), D(2))
    median1 = bad("median", r(statistics.median(pe1), 1), D(2))
    story += [para("表5:可比公司估值"),
              table([["公司名称", "股票代码", "股价(元)", "EPS 2025E", "EPS 2026E", "PE 2025E", "PE 2026E"]]
                    + [[x[0], x[1], fmt(x[2], 2), fmt(x[3], 2), fmt(x[4], 2), "NM" if x[5] is None else fmt(x[5], 1),
                        fmt(x[6], 1)] for x in peers]
                    + [["平均值", "", "", "", "", fmt(mean1, 1), fmt(r(statistics.mean(x[6] for x in peers), 1), 1)],
                       ["中值", "", "", "", "", fmt(median1, 1), fmt(r(statistics.median(x[6] for x in peers), 1), 1)]]),
              para(f"资料来源:Wind,{broker}研究所(可比公司盈利预测采用Wind一致预期)", "small")]

    for item in story:
        if isinstance(item, Grid):
            item.repeat_header = repeat_headers
    DRAW[engine](path, story, traditional, say(f"公司研究 | 点评报告     {broker}"), say("请务必阅读正文之后的免责条款部分"),
                 say(f"{name}点评"))
    return bool(planted)


def _platypus(path: Path, story: list, traditional: bool, header: str, footer: str, title: str) -> None:
    """The story set by reportlab's platypus, fonts not embedded (the PDF names a CID font)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = TRADITIONAL_FONT if traditional else FONT
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    kinds = {"body": ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap="CJK"),
             "big": ParagraphStyle("big", fontName=font, fontSize=14, leading=20),
             "small": ParagraphStyle("small", fontName=font, fontSize=8, leading=10)}
    rules = [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    grid = [("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]

    def table(g: Grid):
        rows = g.rows
        if "two_line_periods" in g.looks:  # '2025E' over '(预测)' in the forecast years' header cells
            rows = [[f"{c}\n(预测)" if isinstance(c, str) and len(c) == 5 and c.endswith("E") else c for c in rows[0]]] + rows[1:]
        widths = None
        if "wrapped_labels" in g.looks:  # a narrow label column: long labels wrap in their cells
            cell = ParagraphStyle("cell", fontName=font, fontSize=g.size, leading=g.size + 2, wordWrap="CJK")
            rows = [[Paragraph(r_[0], cell) if isinstance(r_[0], str) and len(r_[0]) > 5 else r_[0]] + list(r_[1:]) for r_ in rows]
            widths = [60] + [None] * (len(rows[0]) - 1)
        t = Table(rows, hAlign="LEFT", colWidths=widths, repeatRows=g.header_rows if g.repeat_header else 0)
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, g.size),
                               ("ALIGN", (1, 0), (-1, -1), "CENTER" if "centred" in g.looks else "RIGHT")]
                              + (grid if g.ruled else rules)
                              + ([("BACKGROUND", (0, 0), (-1, 0), colors.lightblue)] if "shaded_header" in g.looks else [])
                              + ([("VALIGN", (0, 0), (-1, -1), "TOP")] if "top_aligned" in g.looks else [])
                              + [("SPAN", (a, 0), (b, 0)) for a, b in g.spans]
                              + ([("ALIGN", (1, 0), (-1, 0), g.header_align)] if g.header_align else [])))
        return t

    flow = []
    for item in story:
        if isinstance(item, Para):
            flow.append(Paragraph(item.text, kinds[item.kind]))
        elif isinstance(item, Space):
            flow.append(Spacer(1, item.height))
        elif isinstance(item, Break):
            flow.append(PageBreak())
        else:
            flow.append(table(item))

    def running(c, doc):  # a running header and footer on every page
        c.saveState()
        c.setFont(font, 8)
        c.drawString(72, A4[1] - 40, header)
        c.line(72, A4[1] - 44, A4[0] - 72, A4[1] - 44)
        c.drawString(72, 30, footer)
        c.drawRightString(A4[0] - 72, 30, str(doc.page))
        c.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4, title=title).build(flow, onFirstPage=running, onLaterPages=running)


def _word(path: Path, story: list, traditional: bool, header: str, footer: str, title: str,
          split_rows: bool = False) -> None:
    """The story written as a Word document (python-docx) and set by LibreOffice, as a broker's
    report leaves Word: fonts embedded as subsets, each table's rules drawn cell by cell. With
    `split_rows` a row may break across pages (Word's own default: a wrapped label's first line
    and its figures at one page's foot, the rest of the label atop the next)."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    d.core_properties.title = title
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    normal = d.styles["Normal"]
    normal.font.name = WORD_FONT
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), WORD_FONT)
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)

    def field(paragraph, code: str) -> None:  # a page number, as Word writes it
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), code)
        paragraph._p.append(simple)

    top = section.header.paragraphs[0]
    top.text = header
    top.runs[0].font.size = Pt(8)
    foot = section.footer.paragraphs[0]
    foot.text = footer + "\t\t"
    foot.runs[0].font.size = Pt(8)
    field(foot, "PAGE")

    def borders(cell, sides: dict) -> None:
        props = cell._tc.get_or_add_tcPr()
        edges = OxmlElement("w:tcBorders")
        for side, size in sides.items():
            edge = OxmlElement(f"w:{side}")
            edge.set(qn("w:val"), "single")
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:color"), "808080")
            edges.append(edge)
        props.append(edges)

    def shade(cell) -> None:
        fill = OxmlElement("w:shd")
        fill.set(qn("w:val"), "clear")
        fill.set(qn("w:fill"), "ADD8E6")
        cell._tc.get_or_add_tcPr().append(fill)

    def write(cell, text: str, size: float, align) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.alignment = align
        for k, part in enumerate(text.split("\n")):
            if k:
                paragraph.add_run().add_break()
            paragraph.add_run(part).font.size = Pt(size)

    def table(g: Grid) -> None:
        rows = g.rows
        if "two_line_periods" in g.looks:
            rows = [[f"{c}\n(预测)" if isinstance(c, str) and len(c) == 5 and c.endswith("E") else c for c in rows[0]]] + rows[1:]
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        # columns as wide as their widest text, as a broker sets them (a narrow label column
        # with wrapped_labels), where that fits the page; else LibreOffice's own widths
        labels = {j for j in range(len(rows[0])) if all(not re.search(r"\d", str(row[j])) for row in rows[1:])}
        widths = [max(_text_width(str(row[j]), g.size) for row in rows) + 16 for j in range(len(rows[0]))]  # with its padding
        if "wrapped_labels" in g.looks:
            widths = [60 if j in labels else w for j, w in enumerate(widths)]
        if sum(widths) > TEXT_WIDTH:  # too wide for the page: the label columns give way, their labels wrap
            room = TEXT_WIDTH - sum(w for j, w in enumerate(widths) if j not in labels)
            widths = [max(room / len(labels), 3 * g.size + 16) if j in labels else w for j, w in enumerate(widths)]
        t.autofit = False
        for j, w in enumerate(widths):  # the grid's widths, which LibreOffice reads (each cell's too, below)
            t.columns[j].width = Pt(w)
        figures = WD_ALIGN_PARAGRAPH.CENTER if "centred" in g.looks else WD_ALIGN_PARAGRAPH.RIGHT
        for a, b in g.spans:
            t.cell(0, a).merge(t.cell(0, b))
        for i, row in enumerate(rows):
            if not split_rows:  # a row kept whole on its page, as report templates set their tables
                t.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            if g.repeat_header and i < g.header_rows:  # Word's 'repeat as header row at the top of each page'
                t.rows[i]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for j, text in enumerate(row):
                if any(a < j <= b for a, b in g.spans) and i == 0:
                    continue  # inside a merged header cell
                cell = t.cell(i, j)
                cell.width = Pt(widths[j])
                align = WD_ALIGN_PARAGRAPH.LEFT if j in labels else figures
                if i == 0 and g.header_align:
                    align = getattr(WD_ALIGN_PARAGRAPH, g.header_align)
                write(cell, str(text), g.size, align)
                cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.TOP if "top_aligned" in g.looks
                                           else WD_CELL_VERTICAL_ALIGNMENT.BOTTOM)
                if g.ruled:
                    borders(cell, {"top": 4, "left": 4, "bottom": 4, "right": 4})
                elif i == 0:
                    borders(cell, {"top": 8, "bottom": 4})
                if i == 0 and "shaded_header" in g.looks:
                    shade(cell)

    for item in story:
        if isinstance(item, Para):
            paragraph = d.add_paragraph()
            run = paragraph.add_run(item.text)
            run.font.size = Pt({"body": 10, "big": 14, "small": 8}[item.kind])
            paragraph.paragraph_format.space_after = Pt(4)
        elif isinstance(item, Space):
            d.add_paragraph().paragraph_format.space_before = Pt(min(item.height, 600))
        elif isinstance(item, Break):
            d.add_page_break()
        else:
            table(item)
    source = path.with_suffix(".docx")
    d.save(str(source))
    # LibreOffice's own settings, apart from the user's and from another run's (two at once share none)
    profile = Path(tempfile.gettempdir()) / f"yanbao-bench-office-{os.getpid()}"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(path.parent), str(source)], check=True, capture_output=True, timeout=120)
    if not path.exists():
        raise SystemExit(f"{source}: LibreOffice wrote no PDF")


DRAW = {"reportlab": _platypus, "word": _word, "word-split": functools.partial(_word, split_rows=True)}


def _text_width(text: str, size: float) -> float:
    """About how wide a line of text sets, in points: a Han character an em, a Latin one half."""
    widest = max(text.split("\n"), key=len)
    return sum(size if ord(ch) > 0x2E80 else 0.55 * size for ch in widest)


def _to_traditional(text: str) -> str:
    import opencc
    return opencc.OpenCC("s2hk").convert(text)


def as_text(path: Path) -> Path:
    """The PDF's text layer as a converter writes it (PDFium's text, pages parted by form feeds)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "\f".join(pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf)))
    finally:
        pdf.close()
    out = path.with_suffix(".txt")
    out.write_text(text, encoding="utf-8")
    return out


def mismatches(path: Path, text: bool = False) -> tuple[int, set]:
    result = verify(read_document(as_text(path) if text else path))
    return len(result["checks"]), {(c["formula"], str(c["reported"])) for c in result["checks"] if c["verdict"] == "mismatch"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--styles", action="store_true", help="draw each table in styles of its own (STYLES)")
    ap.add_argument("--traditional", action="store_true", help="every word in traditional characters (Hong Kong forms)")
    ap.add_argument("--as-text", action="store_true", help="verify each report's text layer (a .txt) instead of its PDF")
    ap.add_argument("--repeat-headers", action="store_true",
                    help="each table's header printed again atop each page it goes on to")
    ap.add_argument("--engine", choices=sorted(DRAW), default="reportlab",
                    help="what sets the pages: reportlab's platypus, or a Word document set by LibreOffice (needs soffice)")
    args = ap.parse_args()
    styled = (lambda seed: random.Random(seed * 7919 + 1)) if args.styles else (lambda seed: None)  # noqa: E731
    flagged, false_alarms = Counter(), 0
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.n):
            seed = args.seed * 1000 + i
            clean = Path(folder) / f"r{i}.pdf"
            report(clean, random.Random(seed), style=styled(seed), traditional=args.traditional, engine=args.engine,
                   repeat_headers=args.repeat_headers)
            n, base = mismatches(clean, args.as_text)
            false_alarms += len(base)
            print(f"report {i}: {n} checks, {len(base)} mismatches on the clean copy", *sorted(base)[:3])
            for plant in PLANTS:
                copy = Path(folder) / f"r{i}_{plant}.pdf"
                if not report(copy, random.Random(seed), plant, styled(seed), args.traditional, args.engine, args.repeat_headers):
                    print(f"  no {plant}: the report prints no such figure")
                    continue
                hit = bool(mismatches(copy, args.as_text)[1] - base)
                flagged[plant, hit] += 1
                if not hit:
                    print(f"  missed {plant}: {PLANTS[plant]}")
    for plant in PLANTS:
        print(f"{plant:13} {flagged[plant, True]} of {flagged[plant, True] + flagged[plant, False]}")
    total = sum(v for (p, hit), v in flagged.items() if hit)
    print(f"flagged {total} of {sum(flagged.values())}; mismatches on clean copies {false_alarms}")


if __name__ == "__main__":
    main()
