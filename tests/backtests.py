"""A quant report's backtest tables, as brokers print them (a strategy's 业绩统计 with its
measures down the rows, a yearly table with them across), every ratio derived the way the
report says: 卡玛比率 = 年化收益率 ÷ |最大回撤|, 夏普比率 = 年化收益率 ÷ 年化波动率 (no
risk-free rate), 超额收益 = the strategy's return − the index's. `plant` names one figure to
get wrong; `risk_free` prints Sharpe ratios over a risk-free rate the report never states."""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from pipeline.samples import _canvas, _paragraph, _text
from pipeline.samples_company import TableStyle, _table, r

# (name, annual return %, max drawdown %, annual volatility %) of each portfolio
TIMING = [("择时策略", D("17.58"), D("34.01"), D("29.09")), ("沪深300", D("6.29"), D("72.30"), D("34.36"))]
ROTATION = [("日频策略", D("15.42"), D("69.61"), D("36.57")), ("周频策略", D("14.88"), D("73.66"), D("36.55")),
            ("中证1000", D("7.55"), D("71.85"), D("35.22"))]
# (year, strategy's return %, index's return %, volatility %, max drawdown %)
YEARS = [("2019", D("27.6"), D("13.8"), D("13.0"), D("-11.5")), ("2020", D("33.1"), D("39.0"), D("9.7"), D("-5.1")),
         ("2021", D("58.0"), D("43.1"), D("21.0"), D("-9.1")), ("2022", D("31.6"), D("-17.8"), D("13.6"), D("-5.9")),
         ("2023", D("10.3"), D("-7.4"), D("6.8"), D("-3.6"))]


def _pct(v: D, places: int = 2) -> str:
    return f"{r(v, places)}%"


def _down(portfolios, plant: str, risk_free: D, prefix: str) -> list[tuple[str, list[str]]]:
    """Measures down the rows, a portfolio a column."""
    calmar = [r(a / d, 4) for _, a, d, _ in portfolios]
    sharpe = [r((a - risk_free) / v, 4) for _, a, _, v in portfolios]
    if plant == f"{prefix}calmar":
        calmar[0] += D("0.0100")
    if plant == f"{prefix}sharpe":
        sharpe[-1] += D("0.0100")
    return [("年化收益率", [_pct(a) for _, a, _, _ in portfolios]), ("最大回撤", [_pct(d) for _, _, d, _ in portfolios]),
            ("年化波动率", [_pct(v) for _, _, _, v in portfolios]), ("卡玛比率", [f"{x:.4f}" for x in calmar]),
            ("夏普比率", [f"{x:.4f}" for x in sharpe]), ("胜率", ["54.29%"] + ["--"] * (len(portfolios) - 1))]


def backtest_report_pdf(path: Path, plant: str = "", risk_free: D = D(0)) -> Path:
    c, (w, h) = _canvas(Path(path))
    _text(c, 40, h - 40, "示例证券｜金融工程｜专题报告", 9)
    _text(c, 40, h - 80, "指数择时与轮动：基于趋势模型的策略回测", 18)
    y = _paragraph(c, 40, h - 120, "本文构建趋势择时模型，并在沪深300与中证1000上回测。回测区间为2019年1月至2023年12月，"
                                   "交易成本按双边千分之三计算。", 30, size=10)
    _table(c, 40, y - 20, "表1：择时策略业绩统计：沪深300", None, _down(TIMING, plant, risk_free, "timing_"),
           label_width=110, col=80, periods=[p for p, *_ in TIMING], style=TableStyle(ruled=True))
    _table(c, 40, y - 200, "表2：轮动策略业绩统计：沪深300vs中证1000", None, _down(ROTATION, plant, risk_free, "rotation_"),
           label_width=110, col=80, periods=[p for p, *_ in ROTATION], style=TableStyle(ruled=True))
    c.showPage()
    excess = [s - b for _, s, b, _, _ in YEARS]
    if plant == "excess":
        excess[2] += D("1.0")
    rows = [(year, [_pct(s, 1), _pct(b, 1), _pct(e, 1), _pct(v, 1), _pct(d, 1)])
            for (year, s, b, v, d), e in zip(YEARS, excess)]
    _text(c, 40, h - 60, "分年度表现", 12)
    _table(c, 40, h - 90, "表3：择时策略分年度收益风险特征", "年份", rows, label_width=70, col=76,
           periods=["收益率", "沪深300收益率", "超额收益", "年化波动率", "最大回撤"], style=TableStyle(ruled=True))
    c.showPage()
    c.save()
    return Path(path)
