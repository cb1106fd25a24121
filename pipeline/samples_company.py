"""A company report Yanbao writes itself, from a small financial model, so that every
figure it prints is derived the way a broker derives it (and a test can plant one error).

Its own layout, not a copy of any broker's: page 1 in two columns (view and summary
prose on the left; rating, target price, close and analysts with SAC numbers on the
right) over a borderless forecast table; page 2 the income statement beside the balance
sheet, the cash-flow statement beside the main ratios, all borderless in 百万元; page 3
a comparables table with 平均值 and 中值 rows. The company and its peers are invented.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Optional

from .samples import FONT, _canvas, _paragraph, _text

YEARS = ["2023A", "2024A", "2025E", "2026E", "2027E"]
D = Decimal


def r(x: Decimal, places: int = 0) -> Decimal:
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


_MONEY_UNITS = {"百万元": (D(1), 0), "亿元": (D(100), 2), "万元": (D("0.01"), 0), "千元": (D("0.001"), 0)}


# the names brokers print the same line under (the first is the generator's own)
NAMES = {
    "营业收入": ["营业收入", "营业总收入"], "所得税": ["所得税", "所得税费用"],
    "归属于母公司净利润": ["归属于母公司净利润", "归母净利润", "归属于母公司所有者的净利润", "归属母公司股东的净利润"],
    "货币资金": ["货币资金", "现金"], "应收账款": ["应收账款", "应收票据及应收账款"],
    "资产总计": ["资产总计", "资产合计", "总资产"], "应付账款": ["应付账款", "应付票据及应付账款"],
    "负债合计": ["负债合计", "总负债"], "股东权益合计": ["股东权益合计", "所有者权益合计"],
    "负债和股东权益总计": ["负债和股东权益总计", "负债及所有者权益合计", "负债和股东权益合计"],
    "经营活动现金流": ["经营活动现金流", "经营活动产生的现金流量净额", "经营性现金净流量"],
    "投资活动现金流": ["投资活动现金流", "投资活动产生的现金流量净额"],
    "筹资活动现金流": ["筹资活动现金流", "筹资活动产生的现金流量净额"],
    "现金净增加额": ["现金净增加额", "现金及现金等价物净增加额"], "资本支出": ["资本支出", "资本开支"],
    "折旧摊销": ["折旧摊销", "折旧与摊销"], "利润总额": ["利润总额", "税前利润"],
    "流动资产合计": ["流动资产合计", "流动资产"], "非流动资产合计": ["非流动资产合计", "非流动资产"],
    "流动负债合计": ["流动负债合计", "流动负债"], "非流动负债合计": ["非流动负债合计", "非流动负债"],
    "股本": ["股本", "实收资本"], "营运资金变动": ["营运资金变动", "营运资本变动"],
    "资产负债率": ["资产负债率", "资产负债率(%)"], "流动比率": ["流动比率", "流动比率(倍)"],
    "毛利率": ["毛利率", "销售毛利率"], "净利率": ["净利率", "销售净利率"],
    "每股收益": ["每股收益", "EPS(元)", "EPS-最新摊薄"], "每股净资产": ["每股净资产", "BVPS(元)", "每股净资产(元)"],
    "市盈率": ["市盈率", "P/E", "PE(倍)"], "市净率": ["市净率", "P/B", "PB(倍)"],
}


@dataclass
class TableStyle:
    """How the tables are drawn and their figures printed: brokers differ in every one of these,
    and the reader must not care (bench/generated.py --styles draws reports in random ones)."""
    ruled: bool = False         # a grid round every cell (else borderless)
    zebra: bool = False         # every other row shaded
    align: str = "right"        # figures right-aligned or centred in their column
    period: str = "{y}{ae}"     # '2025E'; '{yy}{ae}' '25E', 'FY{y}{ae}', '{y}{f}' '2025F'
    thousands: bool = True      # '12,800' or '12800'
    negative: str = "paren"     # '(123)' or '-123'
    percent_sign: bool = True   # '21.0%' or '21.0' (the row's label says '(%)')
    bold_header: bool = False   # the header row in fake bold (each glyph drawn twice, a hair apart)
    stub: str = ""              # what the header row prints over the labels: '', '会计年度', '单位：百万元'
    money: str = "百万元"        # the amounts' unit: 百万元, 亿元 (two decimals), 万元, 千元
    comparables_header: str = "two_rows"  # or one row: metric_year 'EPS 2025E', year_metric, metric_paren 'PE(2025E)'
    sub_rows: bool = False      # '其中：利息费用' rows under the line they are part of
    costs_negative: bool = False  # the income statement prints its costs as negative figures
    names: int = 0              # which of the names brokers print each statement line under (NAMES); 0 the first
    revision_header: str = "groups"  # 调整前/调整后/变动 over the years, or "glued": '2025E调整前 | 2025E调整后 | 变动' per year
    numbered: bool = False      # the income statement numbers its lines as a company's own does ('三、营业利润', '减：所得税')

    def name(self, line: str) -> str:
        """The name this style prints a statement or ratio line under (a long one wraps in the table)."""
        variants = NAMES.get(line, [line])
        return variants[(self.names * 7 + sum(map(ord, line))) % len(variants)] if self.names else variants[0]

    def amount(self, v: Decimal | None) -> str:
        """An amount of the model (in 百万元) printed in the style's unit."""
        div, places = _MONEY_UNITS[self.money]
        return _fmt(None if v is None else v / div, places)

    def as_printed(self, v: Decimal) -> Decimal:
        """An amount (in 百万元) rounded as the style prints it: what a broker computes from."""
        div, places = _MONEY_UNITS[self.money]
        return r(v / div, places) * div

    @property
    def stacked(self) -> bool:
        """Whether the statements stand one above the other over two pages: amounts wider
        than the six or so digits a narrow column holds, or statements made longer by
        '其中' rows than half a page beside each other allows."""
        return _MONEY_UNITS[self.money][0] < 1 or self.sub_rows

    def period_label(self, label: str) -> str:
        m = re.fullmatch(r"(\d{4})([AE])", label)
        if not m:
            return label  # a quarter, 同比, 环比
        y, ae = m.groups()
        return self.period.format(y=y, yy=y[2:], ae=ae, f="A" if ae == "A" else "F")

    def cell(self, text: str) -> str:
        if not self.thousands:
            text = text.replace(",", "")
        if self.negative == "minus" and text.startswith("(") and text.endswith(")"):
            text = "-" + text[1:-1]
        if not self.percent_sign and text.endswith("%"):
            text = text[:-1]
        return text


@dataclass
class CompanySpec:
    company: str = "示例半导体"
    ticker: str = "688999.SH"
    broker: str = "示例证券"
    date: str = "2025年5月12日"
    rating: str = "买入"
    action: str = "维持"
    close: Decimal = D("42.50")
    target: Decimal = D("55.00")
    # where set, the target is this multiple of the 2026E EPS as printed, and page 1 says so
    target_pe: Optional[Decimal] = None
    analysts: tuple = (("王立明", "S0000525010001"), ("赵文静", "S0000523100002"))
    shares: Decimal = D("3200")  # 百万股
    revenue: tuple = (D("12800"), D("15104"), D("18276"), D("21200"), D("24168"))
    gross_margin: tuple = (D("0.231"), D("0.208"), D("0.226"), D("0.238"), D("0.244"))
    # one printed figure to get wrong, by name (see PLANTS): tests check verify flags it
    plant: set = field(default_factory=set)
    # which wording each of page 1's sentences takes (PROSE, PROSE_WORDINGS); page 1 prints as
    # many sentences as this names: a fifth adds the reported year's results (not in the sample)
    prose: tuple = (0, 0, 0, 0)
    style: TableStyle = field(default_factory=TableStyle)


# the errors a test can plant, one printed figure each
PLANTS = {
    "totals": "资产总计 2025E printed 100 too high",
    "growth": "营业收入同比 2025E printed 3 points too high",
    "margins": "毛利率 2026E printed 1 point too high",
    "valuation": "市盈率 2026E printed 10 too high",
    "comparables": "平均值 PE 2025E printed 2 too high",
    "peer_pe": "乙微电子's PE 2026E printed 3 too high (its price ÷ its EPS)",
    "upside": "上行空间 printed 5 points too high",
    "restated": "营业收入 2025E on page 1 printed 100 too high",
    # in the sentences of page 1, against the tables
    "qoq": "一季度营业收入环比 printed 2 points too high",
    "points": "一季度毛利率同比提升 printed 1 point too high",
    "cagr": "2024-2027年营业收入CAGR printed 2 points too high",
    "prose_growth": "营业收入同比 2026E in the forecast sentence printed 3 points too high",
    "prose_pe": "PE 2026E in the forecast sentence printed 3 too high",
    "prose_unit": "营业收入 2025E in the forecast sentence printed in 百万元 under 亿元 (a unit slip)",
    "prose_items": "毛利率 2024 in the results sentence ('毛利率、净利率分别为…') printed 1 point too high",
    "revision": "盈利预测调整表 营业收入 2026E 变动 printed 2 points too high",
    "growth_column": "一季度业绩表 营业收入 同比 printed 2 points too high",
    "target_multiple": "the multiple the target is set at (target_pe) printed 2 too high",
    "market": "总市值 on page 1 printed 1% too high",
    "eps": "每股收益 2026E in the ratios table printed 0.05 too high",
    "quarters": "单季度经营数据 归母净利润 3Q24A printed 30 too high (the four quarters no longer sum to the year)",
}

QUARTERS = ["1Q24A", "2Q24A", "3Q24A", "4Q24A", "1Q25A"]


def quarters(m: dict) -> dict[str, list[Decimal]]:
    """Single quarters of 2024 (summing to the year) and 1Q25, exact."""
    rev24 = m["营业收入"][1]
    rev = [rev24 * w for w in (D("0.23"), D("0.245"), D("0.255"), D("0.27"))]
    rev.append(rev[0] * D("1.215"))
    gm = [D("0.195"), D("0.205"), D("0.21"), D("0.22"), D("0.225")]
    cost = [x * (1 - g) for x, g in zip(rev, gm)]
    cost = [x * m["营业成本"][1] / sum(cost[:4]) for x in cost]  # the four quarters sum to the year's
    out = {"营业收入": rev, "营业成本": cost}
    # the quarters' margins rise through the year; scaled so the four quarters sum to the year's profit
    profit = [x * nm for x, nm in zip(rev, (D("0.07"), D("0.075"), D("0.08"), D("0.085"), D("0.09")))]
    scale = m["归属于母公司净利润"][1] / sum(profit[:4])
    out["归母净利润"] = [x * scale for x in profit]
    out["毛利率"] = [(1 - c / x) * 100 for x, c in zip(rev, cost)]
    return out


def model(spec: CompanySpec) -> dict[str, list[Decimal]]:
    """Every line item by year, exact; the report prints them rounded."""
    rev = list(spec.revenue)
    m: dict[str, list[Decimal]] = {"营业收入": rev}
    m["营业成本"] = [x * (1 - g) for x, g in zip(rev, spec.gross_margin)]
    m["销售费用"] = [x * D("0.012") for x in rev]
    m["管理费用"] = [x * D("0.045") for x in rev]
    m["研发费用"] = [x * D("0.068") for x in rev]
    m["财务费用"] = [x * D("-0.004") for x in rev]
    m["营业利润"] = [a - b - c - d - e - f for a, b, c, d, e, f in zip(
        rev, m["营业成本"], m["销售费用"], m["管理费用"], m["研发费用"], m["财务费用"])]
    m["营业外收入"] = [D("15"), D("18"), D("12"), D("12"), D("12")]
    m["营业外支出"] = [D("22"), D("9"), D("10"), D("10"), D("10")]
    m["利润总额"] = [a + b - c for a, b, c in zip(m["营业利润"], m["营业外收入"], m["营业外支出"])]
    m["所得税"] = [x * D("0.12") for x in m["利润总额"]]
    m["净利润"] = [a - b for a, b in zip(m["利润总额"], m["所得税"])]
    m["少数股东损益"] = [x * D("0.18") for x in m["净利润"]]
    m["归属于母公司净利润"] = [a - b for a, b in zip(m["净利润"], m["少数股东损益"])]
    # balance sheet
    m["货币资金"] = [x * D("0.55") for x in rev]
    m["应收账款"] = [x * D("0.09") for x in rev]
    m["存货"] = [x * D("0.21") for x in rev]
    m["其他流动资产"] = [x * D("0.12") for x in rev]
    m["流动资产合计"] = [sum(v) for v in zip(m["货币资金"], m["应收账款"], m["存货"], m["其他流动资产"])]
    m["固定资产"] = [x * D("1.35") for x in rev]
    m["在建工程"] = [x * D("0.62") for x in rev]
    m["无形资产"] = [x * D("0.07") for x in rev]
    m["其他非流动资产"] = [x * D("0.18") for x in rev]
    m["非流动资产合计"] = [sum(v) for v in zip(m["固定资产"], m["在建工程"], m["无形资产"], m["其他非流动资产"])]
    m["资产总计"] = [a + b for a, b in zip(m["流动资产合计"], m["非流动资产合计"])]
    m["短期借款"] = [x * D("0.05") for x in rev]
    m["应付账款"] = [x * D("0.11") for x in rev]
    m["其他流动负债"] = [x * D("0.16") for x in rev]
    m["流动负债合计"] = [sum(v) for v in zip(m["短期借款"], m["应付账款"], m["其他流动负债"])]
    m["长期借款"] = [x * D("0.38") for x in rev]
    m["其他非流动负债"] = [x * D("0.06") for x in rev]
    m["非流动负债合计"] = [a + b for a, b in zip(m["长期借款"], m["其他非流动负债"])]
    m["负债合计"] = [a + b for a, b in zip(m["流动负债合计"], m["非流动负债合计"])]
    m["少数股东权益"] = [x * D("0.3") for x in m["负债合计"]]
    m["股本"] = [spec.shares] * 5
    m["资本公积"] = [x * D("0.4") for x in m["资产总计"]]
    m["股东权益合计"] = [a - b for a, b in zip(m["资产总计"], m["负债合计"])]
    m["其他权益"] = [t - a - b - c for t, a, b, c in zip(m["股东权益合计"], m["少数股东权益"], m["股本"], m["资本公积"])]
    m["负债和股东权益总计"] = [a + b for a, b in zip(m["负债合计"], m["股东权益合计"])]
    # cash flow
    m["折旧摊销"] = [x * D("0.21") for x in rev]
    m["营运资金变动"] = [x * D("-0.03") for x in rev]
    m["其他经营现金流"] = [D("120")] * 5
    m["经营活动现金流"] = [sum(v) for v in zip(m["净利润"], m["折旧摊销"], m["营运资金变动"], m["其他经营现金流"])]
    m["资本支出"] = [x * D("-0.42") for x in rev]
    m["其他投资现金流"] = [D("-150")] * 5
    m["投资活动现金流"] = [a + b for a, b in zip(m["资本支出"], m["其他投资现金流"])]
    m["债务融资"] = [x * D("0.08") for x in rev]
    m["其他筹资现金流"] = [D("-60")] * 5
    m["筹资活动现金流"] = [a + b for a, b in zip(m["债务融资"], m["其他筹资现金流"])]
    m["现金净增加额"] = [a + b + c for a, b, c in zip(m["经营活动现金流"], m["投资活动现金流"], m["筹资活动现金流"])]
    # ratios and per share
    parent_equity = [a - b for a, b in zip(m["股东权益合计"], m["少数股东权益"])]
    m["每股收益"] = [x / spec.shares for x in m["归属于母公司净利润"]]
    m["每股净资产"] = [x / spec.shares for x in parent_equity]
    m["毛利率"] = [(a - b) / a * 100 for a, b in zip(rev, m["营业成本"])]
    m["净利率"] = [a / b * 100 for a, b in zip(m["归属于母公司净利润"], rev)]
    m["资产负债率"] = [a / b * 100 for a, b in zip(m["负债合计"], m["资产总计"])]
    m["流动比率"] = [a / b for a, b in zip(m["流动资产合计"], m["流动负债合计"])]
    # a loss year (or an EPS that rounds to 0.00) has no multiple: printed "-"
    m["市盈率"] = [spec.close / r(x, 2) if r(x, 2) > 0 else None for x in m["每股收益"]]
    m["市净率"] = [spec.close / r(x, 2) if r(x, 2) > 0 else None for x in m["每股净资产"]]
    return m


def growth(values: list[Decimal]) -> list[Decimal | None]:
    return [None] + [(b / a - 1) * 100 for a, b in zip(values, values[1:])]


def _fmt(x: Decimal | None, places: int = 0, paren: bool = True, pct: bool = False) -> str:
    if x is None:
        return "-"
    v = r(x, places)
    s = f"{abs(v):,.{places}f}"
    if v < 0:
        s = f"({s})" if paren else f"-{s}"
    return s + ("%" if pct else "")


def _up(x: Decimal, up: str = "增长", down: str = "下降") -> str:
    """A change in words: '增长21.9%', '下降5.4%'."""
    return f"{up if x >= 0 else down}{abs(x)}"


def _signed(x: Decimal) -> str:
    return f"+{x}" if x >= 0 else f"{x}"


# page 1's sentences as brokers word them: each a list of wordings of the same figures (a
# test or bench picks one per sentence with CompanySpec.prose); the figures are those of
# company_report_pdf, a plant already in them
def _quarter(f, k):
    return [
        f"公司发布一季报。2025年一季度公司实现营业收入{f['q_rev']}亿元，同比{_up(f['yoy'])}%，"
        f"环比{_up(f['qoq'])}%；毛利率为{f['gm']}%，同比{_up(f['pp'], '提升', '下降')}个百分点。",
        f"25Q1公司营收{f['q_rev']}亿元，同比{_signed(f['yoy'])}%，环比{_signed(f['qoq'])}%；毛利率{f['gm']}%，同比{_signed(f['pp'])}pct。",
        f"2025年第一季度，公司实现营业收入{f['q_rev']}亿元（同比{_up(f['yoy'])}%，环比{_up(f['qoq'])}%），"
        f"毛利率同比{_up(f['pp'], '提升', '下降')}个百分点至{f['gm']}%。",
        f"1Q25营收{f['q_rev']}亿元，YoY {_signed(f['yoy'])}%，QoQ {_signed(f['qoq'])}%，毛利率{f['gm']}%（同比{_signed(f['pp'])}pct）。",
        # the change in amount, then the margin in a sentence of its own that names no period
        f"2025年一季度公司实现营业收入{f['q_rev']}亿元，同比{_up(f['q_delta'], '增加', '减少')}亿元，增幅{f['yoy']}%，"
        f"环比{_up(f['qoq'])}%。毛利率为{f['gm']}%，同比{_up(f['pp'], '提升', '下降')}个百分点。",
    ][k]


def _revenue(f, k):
    g = f["rev_growth"]
    return [
        f"我们预测公司2025-2027年营业收入分别为{'/'.join(f['revs'])}亿元，同比增长"
        f"{'/'.join(f'{x}%' for x in g)}，2024-2027年营业收入CAGR为{f['cagr']}%。",
        f"预计公司25-27年营收分别为{'、'.join(f['revs'])}亿元，同比分别{'、'.join(f'{_signed(x)}%' for x in g)}，"
        f"2024-2027年营收复合增速为{f['cagr']}%。",
        f"我们预计2025E/2026E/2027E营业收入为{'/'.join(x + '亿元' for x in f['revs'])}，增速分别为"
        f"{'/'.join(f'{x}%' for x in g)}；2024-2027年营收年均复合增长率{f['cagr']}%。",
    ][k]


def _profits(f, k):
    p, e, pe = f["profits"], f["eps"], f["pes"]
    return [
        f"我们预测公司2025-2027年归母净利润分别为{'/'.join(map(str, p))}亿元，对应每股收益{'/'.join(map(str, e))}元，"
        f"对应PE为{'/'.join(map(str, pe))}倍。",
        f"预计2025-2027年归母净利润为{'/'.join(map(str, p))}亿元，EPS分别为{'/'.join(map(str, e))}元，"
        f"当前股价对应PE分别为{'、'.join(map(str, pe))}倍。",
        f"预计25-27年实现归母净利润{p[0]}亿元、{p[1]}亿元、{p[2]}亿元，对应每股收益{e[0]}、{e[1]}、{e[2]}元，"
        f"对应市盈率{pe[0]}倍、{pe[1]}倍和{pe[2]}倍。",
    ][k]


def _target(f, k):
    t, u, tpe = f["target"], f["upside"], f["target_pe"]
    if tpe is None:
        return [f"给予目标价{t}元，较当前股价有{u}%的上行空间，维持买入评级。",
                f"维持买入评级，目标价{t}元，上涨空间{u}%。",
                f"给予目标价{t}元，较现价有{u}%上行空间，维持买入评级。"][k]
    return [f"给予公司2026年{tpe}倍PE，对应目标价{t}元，较当前股价有{u}%的上行空间，维持买入评级。",
            f"基于2026年{tpe}倍PE，给予目标价{t}元，上涨空间{u}%，维持买入评级。",
            f"参考可比公司估值，给予公司2026年{tpe}倍市盈率，目标价{t}元，较现价有{u}%上行空间。"][k]


def _last_year(f, k):
    """The reported year's results, its line items named together before one list each."""
    rev, np_, g1, g2, gm, nm = f["rev24"], f["np24"], f["g_rev24"], f["g_np24"], f["gm24"], f["nm24"]
    return [
        f"2024年公司营业收入/归母净利润分别为{rev}/{np_}亿元，同比{_signed(g1)}%/{_signed(g2)}%；毛利率、净利率分别为{gm}%、{nm}%。",
        f"2024年公司营业收入和归母净利润分别为{rev}亿元和{np_}亿元，分别同比{_up(g1)}%和{_up(g2)}%；"
        f"毛利率和净利率分别为{gm}%和{nm}%。",
        f"2024年营收、归母净利润分别为{rev}、{np_}亿元，同比分别{_signed(g1)}%、{_signed(g2)}%，毛利率/净利率分别为{gm}%/{nm}%。",
    ][k]


PROSE = [_quarter, _revenue, _profits, _target, _last_year]
PROSE_WORDINGS = (5, 3, 3, 3, 3)  # how many wordings each sentence has


def page_one_sentences(figures: dict, prose: tuple = (0, 0, 0, 0)) -> list[str]:
    return [sentence(figures, k) for sentence, k in zip(PROSE, prose)]


def _first_profitable(eps: list, prefer: int) -> int:
    """The index of the year a plant goes in: `prefer`, or the first whose EPS as printed is
    a profit (ValueError where none is)."""
    order = [prefer] + [i for i in range(len(eps)) if i != prefer]
    found = next((i for i in order if r(eps[i], 2) > 0), None)
    if found is None:
        raise ValueError("every forecast year is a loss: no multiple to get wrong")
    return found


def company_report_pdf(path: str | Path, spec: CompanySpec | None = None) -> Path:
    spec = spec or CompanySpec()
    path = Path(path)
    m = model(spec)
    if spec.target_pe is not None and r(m["每股收益"][3], 2) <= 0:
        spec = replace(spec, target_pe=None)  # a loss: no multiple of it is a target
    if "target_multiple" in spec.plant and spec.target_pe is None:
        raise ValueError("no target multiple to get wrong: no multiple is set, or the 2026E EPS is a loss")
    if spec.target_pe is not None:
        spec = replace(spec, target=r(spec.target_pe * r(m["每股收益"][3], 2), 2))
    plant = spec.plant
    c, (w, h) = _canvas(path)

    # ---- page 1
    _text(c, 40, h - 40, f"{spec.broker}｜公司研究｜季报点评", 9)
    _text(c, 40, h - 80, f"{spec.company}：盈利能力修复，产能爬坡顺利", 18)
    _text(c, 380, h - 100, f"报告日期 {spec.date}", 9)
    rev, np_ = m["营业收入"], m["归属于母公司净利润"]
    as_printed = spec.style.as_printed
    g_rev = growth([as_printed(x) for x in rev])
    upside = (spec.target / spec.close - 1) * 100 + (5 if "upside" in plant else 0)
    qm = quarters(m)
    q_rev, q_gm = [as_printed(x) for x in qm["营业收入"]], [r(x, 1) for x in qm["毛利率"]]
    yoy, qoq = (q_rev[4] / q_rev[0] - 1) * 100, (q_rev[4] / q_rev[3] - 1) * 100 + (2 if "qoq" in plant else 0)
    pp = q_gm[4] - q_gm[0] + (1 if "points" in plant else 0)
    rev_growth = list(g_rev[2:])
    if "prose_growth" in plant:
        rev_growth[1] += 3
    cagr = ((r(rev[4]) / r(rev[1])) ** (D(1) / 3) - 1) * 100 + (2 if "cagr" in plant else 0)
    pes = [spec.close / r(e, 2) for e in m["每股收益"][2:]]
    if "prose_pe" in plant:
        # 2026E's, or the first forecast year's that is no loss: a loss's PE (close over an EPS
        # of -0.01) holds any figure within its rounding
        pes[_first_profitable(m["每股收益"][2:], prefer=1)] += 3
    rev_yi = [f"{r(x / 100, 2)}" for x in rev[2:]]
    if "prose_unit" in plant:
        rev_yi[0] = f"{r(rev[2])}"
    y = h - 120
    figures = dict(
        q_rev=r(q_rev[4] / 100, 2), q_delta=r((q_rev[4] - q_rev[0]) / 100, 2), yoy=r(yoy, 1), qoq=r(qoq, 1), gm=q_gm[4], pp=r(pp, 1),
        revs=rev_yi, rev_growth=[r(g, 1) for g in rev_growth], cagr=r(cagr, 1),
        profits=[r(x / 100, 1) for x in np_[2:]], eps=[r(x, 2) for x in m["每股收益"][2:]], pes=[r(x, 1) for x in pes],
        target=spec.target, upside=r(upside, 1),
        rev24=r(as_printed(rev[1]) / 100, 2), np24=r(as_printed(np_[1]) / 100, 2), g_rev24=r(g_rev[1], 1),
        g_np24=r(growth([as_printed(x) for x in np_])[1], 1),
        gm24=r(m["毛利率"][1], 1) + (1 if "prose_items" in plant else 0), nm24=r(m["净利率"][1], 1),
        target_pe=None if spec.target_pe is None else spec.target_pe + (2 if "target_multiple" in plant else 0))
    for para in page_one_sentences(figures, spec.prose) + ["风险提示：下游需求不及预期；产能爬坡不及预期；行业竞争加剧。"]:
        y = _paragraph(c, 40, y, para, 26, size=10)
    x = 380
    _text(c, x, h - 120, "投资评级", 10)
    _text(c, x + 70, h - 120, f"{spec.rating}（{spec.action}）", 10)
    _text(c, x, h - 140, "股票代码", 9)
    _text(c, x + 70, h - 140, f"{spec.company} {spec.ticker}", 9)
    _text(c, x, h - 158, "收盘价（元）", 9)
    _text(c, x + 110, h - 158, f"{spec.close}", 9)
    _text(c, x, h - 176, "目标价（元）", 9)
    _text(c, x + 110, h - 176, f"{spec.target}", 9)
    # market data at the close: the share count, the market value, the last reported BVPS
    bvps = r(m["每股净资产"][1], 2)
    market_value = spec.close * spec.shares * (D("1.01") if "market" in plant else 1)
    for k, (label, value) in enumerate((("总股本（百万股）", f"{spec.shares:,}"),
                                        ("总市值（百万元）", f"{r(market_value, 2):,}"),
                                        ("每股净资产（元）", f"{bvps}"),
                                        ("市净率（倍）", f"{r(spec.close / bvps, 2)}" if bvps > 0 else "-"))):
        _text(c, x, h - 194 - 18 * k, label, 9)
        _text(c, x + 110, h - 194 - 18 * k, value, 9)
    yy = h - 280
    for name, cert in spec.analysts:
        _text(c, x, yy, f"分析师 {name}", 9)
        _text(c, x, yy - 14, f"执业证书编号：{cert}", 8)
        yy -= 34
    # forecast table
    money, unit = spec.style.amount, spec.style.money
    rows = [(f"营业收入({unit})", [money(v) for v in rev]),
            ("同比增长(%)", [_fmt(v, 1, paren=False, pct=True) for v in g_rev]),
            (f"归母净利润({unit})", [money(v) for v in np_]),
            ("同比增长(%)", [_fmt(v, 1, paren=False, pct=True) for v in growth([as_printed(x) for x in np_])]),
            ("每股收益(元)", [_fmt(v, 2) for v in m["每股收益"]]),
            ("毛利率(%)", [_fmt(v, 1, pct=True) for v in m["毛利率"]]),
            ("市盈率(倍)", [_fmt(v, 1) for v in m["市盈率"]])]
    if "restated" in plant:
        rows[0][1][2] = money(r(rev[2]) + 100)
    if "growth" in plant:
        rows[1][1][2] = _fmt(g_rev[2] + 3, 1, paren=False, pct=True)
    _table(c, 40, 300, "盈利预测与估值", None, rows, label_width=110, col=62, style=spec.style)
    _text(c, 40, 300 - 20 * (len(rows) + 2), f"资料来源：公司公告，{spec.broker}研究所预测", 8)
    c.showPage()

    # ---- page 2: statements side by side, then cash flow beside ratios
    _text(c, 40, h - 40, f"{spec.company}（{spec.ticker}）", 9)
    _text(c, 40, h - 70, "附表：财务报表预测", 12)

    # '其中' rows: a part of the line above, printed under it and not summed again
    sub_rows = {"财务费用": ("其中：利息费用", D("-1.8")), "货币资金": ("其中：受限资金", D("0.05")),
                "经营活动现金流": ("其中：利息收入", D("0.004"))} if spec.style.sub_rows else {}

    costs = {"营业成本", "销售费用", "管理费用", "研发费用", "财务费用", "营业外支出", "所得税"}
    # a company's own statement (CAS) numbers its profit lines and signs the lines it adds or takes away
    numbers = {"营业收入": "一、", "营业利润": "三、", "营业外收入": "加：", "营业外支出": "减：", "利润总额": "四、",
               "所得税": "减：", "净利润": "五、"} if spec.style.numbered else {}

    def amounts(names, numbered=False):
        out = []
        for n in names:
            sign = -1 if spec.style.costs_negative and n in costs else 1
            vals = [money(sign * v) for v in m[n]]
            if n == "资产总计" and "totals" in plant:
                vals[2] = money(r(m[n][2]) + 100)
            out.append(((numbers.get(n, "") if numbered else "") + spec.style.name(n), vals))
            if n in sub_rows:
                label, share = sub_rows[n]
                base = m["营业收入"] if n == "经营活动现金流" else m[n]
                out.append((label, [money(abs(v * share)) for v in base]))
        return out

    income = amounts(["营业收入", "营业成本", "销售费用", "管理费用", "研发费用", "财务费用", "营业利润",
                      "营业外收入", "营业外支出", "利润总额", "所得税", "净利润", "少数股东损益", "归属于母公司净利润"],
                     numbered=True)
    balance = amounts(["货币资金", "应收账款", "存货", "其他流动资产", "流动资产合计", "固定资产", "在建工程", "无形资产",
                       "其他非流动资产", "非流动资产合计", "资产总计", "短期借款", "应付账款", "其他流动负债",
                       "流动负债合计", "长期借款", "其他非流动负债", "非流动负债合计", "负债合计", "少数股东权益",
                       "股本", "资本公积", "其他权益", "股东权益合计", "负债和股东权益总计"])
    cash = amounts(["净利润", "折旧摊销", "营运资金变动", "其他经营现金流", "经营活动现金流", "资本支出", "其他投资现金流",
                    "投资活动现金流", "债务融资", "其他筹资现金流", "筹资活动现金流", "现金净增加额"])
    ratios = [("毛利率", [_fmt(v, 1, pct=True) for v in m["毛利率"]]),
              ("净利率", [_fmt(v, 1, pct=True) for v in m["净利率"]]),
              ("资产负债率", [_fmt(v, 1, pct=True) for v in m["资产负债率"]]),
              ("流动比率", [_fmt(v, 2) for v in m["流动比率"]]),
              ("每股收益", [_fmt(v, 2) for v in m["每股收益"]]),
              ("每股净资产", [_fmt(v, 2) for v in m["每股净资产"]]),
              ("市盈率", [_fmt(v, 1) for v in m["市盈率"]]),
              ("市净率", [_fmt(v, 2) for v in m["市净率"]])]
    ratios = [(spec.style.name(n), cells) for n, cells in ratios]
    if "margins" in plant:
        ratios[0][1][3] = _fmt(m["毛利率"][3] + 1, 1, pct=True)
    if "valuation" in plant:
        k = 2 + _first_profitable(m["每股收益"][2:], prefer=1)  # a loss year prints no PE
        ratios[6][1][k] = _fmt(m["市盈率"][k] + 10, 1)
    if "eps" in plant:
        ratios[4][1][3] = _fmt(m["每股收益"][3] + D("0.05"), 2)
    top = h - 100
    if spec.style.stacked:  # too wide or too long for two tables abreast: one above the other, over two pages
        _table(c, 30, top, "利润表", f"单位：{unit}", income, label_width=90, col=66, style=spec.style)
        _table(c, 30, top - 16 * (len(income) + 4), "现金流量表", f"单位：{unit}", cash, label_width=90, col=66,
               style=spec.style)
        _text(c, 30, 60, f"资料来源：{spec.broker}研究所", 8)
        c.showPage()
        _table(c, 30, top, "资产负债表", f"单位：{unit}", balance, label_width=90, col=66, style=spec.style)
        _table(c, 30, top - 16 * (len(balance) + 4), "主要财务比率", None, ratios, label_width=90, col=66,
               style=spec.style)
    else:
        _table(c, 30, top, "利润表", f"单位：{unit}", income, label_width=72, col=36, style=spec.style)
        _table(c, 310, top, "资产负债表", f"单位：{unit}", balance, label_width=72, col=36, style=spec.style)
        low = top - 16 * (len(balance) + 3)
        _table(c, 30, low, "现金流量表", f"单位：{unit}", cash, label_width=72, col=36, style=spec.style)
        _table(c, 310, low, "主要财务比率", None, ratios, label_width=72, col=36, style=spec.style)
    _text(c, 30, 60, f"资料来源：{spec.broker}研究所", 8)
    c.showPage()

    # ---- page 3: comparables
    _text(c, 40, h - 70, "表3：可比公司估值", 11)
    peers = [("688100.SH", "甲芯科技", D("31.20"), D("0.82"), D("1.05")),
             ("688200.SH", "乙微电子", D("58.40"), D("1.46"), D("1.88")),
             ("688300.SH", "丙晶半导体", D("22.75"), D("0.51"), D("0.66")),
             ("688400.SH", "丁集成", D("76.10"), D("2.03"), D("2.47"))]
    pe25 = [p / e for _, _, p, e, _ in peers]
    pe26 = [p / e for _, _, p, _, e in peers]
    comp_rows = [[t, n, f"{p}", f"{e1}", f"{e2}", _fmt(a, 1), _fmt(b, 1)]
                 for (t, n, p, e1, e2), a, b in zip(peers, pe25, pe26)]
    if "peer_pe" in plant:  # the mean over the peers stays the one of their true PEs
        comp_rows[1][6] = _fmt(pe26[1] + 3, 1)
    mean25 = statistics.mean(r(x, 1) for x in pe25) + (2 if "comparables" in plant else 0)
    comp_rows.append(["", "平均值", "", "", "", _fmt(D(mean25), 1), _fmt(D(statistics.mean(r(x, 1) for x in pe26)), 1)])
    comp_rows.append(["", "中值", "", "", "", _fmt(D(statistics.median(r(x, 1) for x in pe25)), 2),
                      _fmt(D(statistics.median(r(x, 1) for x in pe26)), 2)])
    xs = [40, 120, 200, 270, 330, 390, 450]
    top = h - 100
    years = [spec.style.period_label(y) for y in ("2025E", "2026E")]
    if spec.style.comparables_header == "two_rows":  # the metric over its years
        for i, head in enumerate(["", "", "", "EPS", "", "PE", ""]):
            if head:
                _text(c, xs[i] + 30, top, head, 9)
        heads = ["代码", "公司", "收盘价", *years, *years]
    else:  # one row: 'EPS 2025E', '2025E PE' or 'PE(2025E)'
        form = {"metric_year": "{m} {y}", "year_metric": "{y} {m}", "metric_paren": "{m}({y})"}[spec.style.comparables_header]
        heads = ["代码", "公司", "收盘价", *[form.format(m=m, y=y) for m in ("EPS", "PE") for y in years]]
    for i, head in enumerate(heads):
        _text(c, xs[i], top - 16, head, 8 if len(head) > 6 else 9)
    for k, row in enumerate(comp_rows):
        for i, cell in enumerate(row):
            if cell:
                _text(c, xs[i], top - 34 - 16 * k, cell, 9)
    _text(c, 40, top - 34 - 16 * (len(comp_rows) + 1), "资料来源：Wind一致预期，示例证券研究所", 8)
    # single quarters, the inputs of page 1's 同比/环比 sentence
    q_profit = list(qm["归母净利润"])
    if "quarters" in plant:
        q_profit[2] += 30  # 3Q24A: no sentence or other table prints it, so only the year's sum can see it
    q_rows = [("营业收入", [money(x) for x in qm["营业收入"]]), ("营业成本", [money(x) for x in qm["营业成本"]]),
              ("归母净利润", [money(x) for x in q_profit]), ("毛利率", [_fmt(x, 1, pct=True) for x in qm["毛利率"]])]
    q_top = top - 34 - 16 * (len(comp_rows) + 4)
    _table(c, 40, q_top, "表4：单季度经营数据", f"单位：{unit}", q_rows, label_width=80, col=62, periods=QUARTERS,
           style=spec.style)
    _text(c, 40, q_top - 16 * (len(q_rows) + 2), "资料来源：公司公告，示例证券研究所", 8)
    # the forecast before this report (revenue and profit lower, margins a little lower)
    new = {"营业收入": rev[2:4], "归母净利润": np_[2:4]}
    old = {"营业收入": [x * D("0.96") for x in rev[2:4]], "归母净利润": [x * D("0.93") for x in np_[2:4]]}
    rev_rows = []
    for name in ("营业收入", "归母净利润"):
        o, n = [as_printed(x) for x in old[name]], [as_printed(x) for x in new[name]]
        change = [(b / a - 1) * 100 for a, b in zip(o, n)]
        if name == "营业收入" and "revision" in plant:
            change[1] += 2
        rev_rows.append((name, [money(x) for x in o] + [money(x) for x in n] + [_fmt(x, 1, paren=False, pct=True) for x in change]))
    gm_new = [r(x, 1) for x in m["毛利率"][2:4]]
    gm_old = [x - D("0.6") for x in gm_new]
    rev_rows.append(("毛利率", [f"{x}%" for x in gm_old] + [f"{x}%" for x in gm_new] +
                     [f"{b - a:.1f}pct" for a, b in zip(gm_old, gm_new)]))
    rev_top = q_top - 16 * (len(q_rows) + 5)
    _revision_table(c, 40, rev_top, "表5：盈利预测调整", rev_rows, style=spec.style)
    # the quarter against a year before and the quarter before, in growth columns
    def growth_cells(values, places=0, points=False):
        now, year_ago, before = values[4], values[0], values[3]
        if points:
            yoy_q, qoq_q = f"{now - year_ago:+.1f}pct", f"{now - before:+.1f}pct"
        else:
            plant_up = 2 if "growth_column" in plant and places == 0 else 0
            yoy_q = f"{(now / year_ago - 1) * 100 + plant_up:+.1f}%"
            qoq_q = f"{(now / before - 1) * 100:+.1f}%"
        shown = (lambda v: _fmt(v, 1, pct=True)) if points else money
        return [shown(now), shown(year_ago), yoy_q, shown(before), qoq_q]
    g_rows = [("营业收入", growth_cells(qm["营业收入"])), ("归母净利润", growth_cells(qm["归母净利润"], places=-1)),
              ("毛利率", growth_cells([r(x, 1) for x in qm["毛利率"]], points=True))]
    g_top = rev_top - 16 * (len(rev_rows) + 5)
    _table(c, 40, g_top, "表6：一季度业绩", f"单位：{unit}", g_rows, label_width=80, col=62,
           periods=["1Q25A", "1Q24A", "同比", "4Q24A", "环比"], style=spec.style)
    c.showPage()
    c.save()
    return path


def _revision_table(c, x, top, title, rows, label_width=80, col=58, style: TableStyle = TableStyle()):
    """A revision table: 调整前 / 调整后 / 变动 over two forecast years each, the group
    names over a borderless table of six period columns."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if style.revision_header == "glued":
        # one header row, each year's old and new forecast and then its change: the year glued
        # to the word, the change column naming no year
        years = [style.period_label(y) for y in YEARS[2:4]]
        heads = [h for y in years for h in (f"{y}调整前", f"{y}调整后", "变动")]
        rows = [(label, [cells[i] for k in range(2) for i in (k, 2 + k, 4 + k)]) for label, cells in rows]
        _table(c, x, top, title, style.money, rows, label_width, col, periods=heads, style=style)
        _text(c, x, top - 16 - 16 * (len(rows) + 2), "资料来源：示例证券研究所", 8)
        return
    _text(c, x, top, title, 10)
    for g, name in enumerate(("调整前", "调整后", "变动")):
        middle = x + label_width + col * (2 * g + 1) + col / 2
        _text(c, middle - stringWidth(name, FONT, 8) - 4, top - 16, name, 8)
    _table(c, x, top - 16, None, style.money, rows, label_width, col, periods=YEARS[2:4] * 3, style=style)
    _text(c, x, top - 32 - 16 * (len(rows) + 2), "资料来源：示例证券研究所", 8)


def _table(c, x, top, title, unit, rows, label_width, col, periods=YEARS, style: TableStyle = TableStyle()):
    """A table: title, a header row of periods, label and values (right-aligned or centred),
    borderless or ruled, plain or with every other row shaded."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if title:
        _text(c, x, top, title, 10)
    head = top - 16
    right_edge = x + label_width + col * len(periods)
    if style.zebra:
        c.setFillGray(0.9)
        for k in range(1, len(rows) + 1, 2):
            c.rect(x - 2, head - 16 * (k + 1) - 4, right_edge - x + 6, 16, stroke=0, fill=1)
        c.setFillGray(0)
    if style.ruled:
        c.setLineWidth(0.5)
        for k in range(len(rows) + 2):  # a rule above the header, below it and below every row
            y = head + 12 - 16 * k
            c.line(x - 2, y, right_edge + 4, y)
        for xx in [x - 2, x + label_width - 4] + [x + label_width + col * (i + 1) + 4 for i in range(len(periods))]:
            c.line(xx, head + 12, xx, head + 12 - 16 * (len(rows) + 1))

    def place(text, i, y, bold=False):
        right = x + label_width + col * (i + 1)
        width = stringWidth(text, FONT, 8)
        left = right - width if style.align == "right" else right - col / 2 - width / 2
        _text(c, left, y, text, 8, bold=bold)

    stub = unit or (style.stub if style.stub != "单位：百万元" else "")
    if stub:
        _text(c, x, head, stub, 8, bold=style.bold_header)
    for i, period in enumerate(periods):
        place(style.period_label(period), i, head, bold=style.bold_header)
    for k, (label, cells) in enumerate(rows):
        yy = head - 16 * (k + 1)
        # a name wider than its column wraps, the rest a line lower, the values beside its first line;
        # in a ruled table, whose rows are a line high, it is set smaller instead
        cut = next((n for n in range(len(label), 0, -1) if stringWidth(label[:n], FONT, 8) <= label_width - 6), len(label))
        if style.ruled and label[cut:]:
            _text(c, x, yy, label, max(5.0, 8 * (label_width - 6) / stringWidth(label, FONT, 8)))
        else:
            _text(c, x, yy, label[:cut], 8)
            if label[cut:]:
                _text(c, x, yy - 9, label[cut:], 8)
        for i, cell in enumerate(cells):
            place(style.cell(cell), i, yy)
