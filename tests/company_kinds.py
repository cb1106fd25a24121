"""Company reports of kinds the generated sample (pipeline/samples_company.py) is not: a bank
(no 营业成本; 净利息收入, 营业支出, a 贷款净额 that sums the loans above it unmarked) and a
Hong Kong listing (an HKD close, RMB statements under IFRS names, costs printed negative, PE
at an exchange rate the report prints). Every printed figure is derived the way a broker
derives it, so a clean report must give verify no mismatch; `plant` names one figure to get
wrong, for the tests to see it flagged."""
from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from pipeline.samples import _canvas, _paragraph, _text
from pipeline.samples_company import TableStyle, _fmt, _table, growth, r


def _first_page(c, h, title, lines, side, rows, table_title):
    _text(c, 40, h - 40, "示例证券｜公司研究｜业绩点评", 9)
    _text(c, 40, h - 80, title, 18)
    y = h - 120
    for para in lines:
        y = _paragraph(c, 40, y, para, 26, size=10)
    for k, (label, value) in enumerate(side):
        _text(c, 380, h - 120 - 18 * k, label, 9 if k else 10)
        _text(c, 490 if k else 450, h - 120 - 18 * k, value, 9 if k else 10)
    _text(c, 380, h - 130 - 18 * len(side), "分析师 王立明", 9)
    _text(c, 380, h - 144 - 18 * len(side), "执业证书编号：S0000525010001", 8)
    _table(c, 40, 300, table_title, None, rows, label_width=130, col=58, style=TableStyle())


def _amounts(lines):
    return [(name, [_fmt(v) for v in values]) for name, values in lines]


def bank_report_pdf(path: Path, plant: str = "") -> Path:
    ii = [D(x) for x in ("98765", "101234", "104500", "109800", "115600")]   # 利息收入
    ie = [D(x) for x in ("52340", "54120", "55300", "57100", "59400")]       # 利息支出
    nii = [a - b for a, b in zip(ii, ie)]
    fee = [D(x) for x in ("12450", "11870", "12100", "12600", "13200")]
    other = [D(x) for x in ("6230", "8410", "7900", "8100", "8500")]
    rev = [a + b + c for a, b, c in zip(nii, fee, other)]
    tax, admin = [r(x * D("0.011")) for x in rev], [r(x * D("0.31")) for x in rev]
    credit = [D(x) for x in ("18900", "19400", "19000", "19300", "19800")]
    other_cost = [D(x) for x in ("310", "280", "300", "300", "300")]
    opex = [sum(v) for v in zip(tax, admin, credit, other_cost)]
    op = [a - b for a, b in zip(rev, opex)]
    nonop = [D(-45), D(-60), D(-50), D(-50), D(-50)]
    pbt = [a + b for a, b in zip(op, nonop)]
    it = [r(x * D("0.15")) for x in pbt]
    ni = [a - b for a, b in zip(pbt, it)]
    mi = [r(x * D("0.012")) for x in ni]
    np_ = [a - b for a, b in zip(ni, mi)]
    loans = [D(x) for x in ("2456000", "2671000", "2890000", "3120000", "3365000")]
    provision = [D(x) for x in ("-78000", "-81500", "-85200", "-89000", "-93100")]
    net_loans = [a + b for a, b in zip(loans, provision)]
    invest = [D(x) for x in ("1234000", "1345600", "1430000", "1520000", "1610000")]
    central = [D(x) for x in ("312000", "298700", "305000", "315000", "325000")]
    interbank = [D(x) for x in ("156000", "171200", "175000", "180000", "185000")]
    other_assets = [D(x) for x in ("89000", "92300", "95000", "98000", "101000")]
    assets = [sum(v) for v in zip(net_loans, invest, central, interbank, other_assets)]
    deposits = [D(x) for x in ("2876000", "3098700", "3320000", "3560000", "3810000")]
    interbank_l = [D(x) for x in ("520000", "551000", "560000", "575000", "590000")]
    bonds = [D(x) for x in ("310000", "348900", "380000", "410000", "445000")]
    parent_eq = [D(x) for x in ("312000", "334500", "358000", "383000", "410000")]
    minority_eq = [D(x) for x in ("4100", "4350", "4600", "4900", "5200")]
    equity = [a + b for a, b in zip(parent_eq, minority_eq)]
    other_l = [t - d - i - b - e for t, d, i, b, e in zip(assets, deposits, interbank_l, bonds, equity)]
    liab = [sum(v) for v in zip(deposits, interbank_l, bonds, other_l)]
    shares, close = D("19405"), D("6.85")
    eps, bvps = [x / shares for x in np_], [x / shares for x in parent_eq]
    pe, pb = [close / r(e, 2) for e in eps], [close / r(b, 2) for b in bvps]
    roe = [None] + [np_[k] / ((parent_eq[k] + parent_eq[k - 1]) / 2) * 100 for k in range(1, 5)]
    cost_income = [a / v * 100 for a, v in zip(admin, rev)]
    g_rev, g_np = growth(rev), growth(np_)
    printed_net_loans = list(net_loans)
    if plant == "net_loans":
        printed_net_loans[3] += 1000
    c, (w, h) = _canvas(Path(path))
    _first_page(c, h, "示范银行(601999)：息差降幅收窄，资产质量稳健", [
        f"我们预测公司2025-2027年营业收入分别为{r(rev[2] / 100, 2)}/{r(rev[3] / 100, 2)}/{r(rev[4] / 100, 2)}亿元，"
        f"同比增长{r(g_rev[2], 1)}%/{r(g_rev[3], 1)}%/{r(g_rev[4], 1)}%；归母净利润分别为{r(np_[2] / 100, 2)}/"
        f"{r(np_[3] / 100, 2)}/{r(np_[4] / 100, 2)}亿元。",
        f"2025-2027年BVPS为{r(bvps[2], 2)}/{r(bvps[3], 2)}/{r(bvps[4], 2)}元，当前股价对应PB为{r(pb[2], 2)}/"
        f"{r(pb[3], 2)}/{r(pb[4], 2)}倍，维持买入评级。",
        "风险提示：经济复苏不及预期；资产质量恶化。"],
        [("投资评级", "买入（维持）"), ("收盘价（元）", f"{close}"), ("总股本（百万股）", f"{shares:,}"),
         ("总市值（百万元）", f"{r(close * shares, 2):,}")],
        [("营业收入(百万元)", [_fmt(v) for v in rev]), ("同比增长(%)", [_fmt(v, 1, paren=False, pct=True) for v in g_rev]),
         ("归母净利润(百万元)", [_fmt(v) for v in np_]), ("每股收益(元)", [_fmt(v, 2) for v in eps]),
         ("每股净资产(元)", [_fmt(v, 2) for v in bvps]), ("ROE(%)", [_fmt(v, 2, pct=True) for v in roe]),
         ("市净率(倍)", [_fmt(v, 2) for v in pb])], "盈利预测与估值")
    c.showPage()
    income = [("利息收入", ii), ("利息支出", ie), ("净利息收入", nii), ("手续费及佣金净收入", fee), ("其他非息收入", other),
              ("营业收入", rev), ("税金及附加", tax), ("业务及管理费", admin), ("信用减值损失", credit),
              ("其他业务成本", other_cost), ("营业支出", opex), ("营业利润", op), ("营业外净收支", nonop), ("利润总额", pbt),
              ("所得税", it), ("净利润", ni), ("少数股东损益", mi), ("归属于母公司净利润", np_)]
    balance = [("贷款总额", loans), ("贷款减值准备", provision), ("贷款净额", printed_net_loans), ("投资类资产", invest),
               ("存放央行", central), ("同业资产", interbank), ("其他资产", other_assets), ("资产总计", assets),
               ("客户存款", deposits), ("同业负债", interbank_l), ("应付债券", bonds), ("其他负债", other_l), ("负债合计", liab),
               ("归属母公司股东权益", parent_eq), ("少数股东权益", minority_eq), ("股东权益合计", equity),
               ("负债和股东权益总计", [a + b for a, b in zip(liab, equity)])]
    _text(c, 40, h - 70, "附表：财务报表预测", 12)
    _table(c, 30, h - 100, "利润表", "单位：百万元", _amounts(income), 90, 66, style=TableStyle())
    _table(c, 30, h - 100 - 16 * (len(income) + 4), "资产负债表", "单位：百万元", _amounts(balance), 90, 66, style=TableStyle())
    c.showPage()
    ratios = [("ROE", [_fmt(v, 2, pct=True) for v in roe]), ("成本收入比", [_fmt(v, 2, pct=True) for v in cost_income]),
              ("净息差", ["1.72%", "1.58%", "1.49%", "1.45%", "1.43%"]), ("不良贷款率", ["1.05%", "1.02%", "1.01%", "1.00%", "0.99%"]),
              ("每股收益", [_fmt(v, 2) for v in eps]), ("每股净资产", [_fmt(v, 2) for v in bvps]),
              ("市盈率", [_fmt(v, 1) for v in pe]), ("市净率", [_fmt(v, 2) for v in pb])]
    _table(c, 30, h - 100, "主要财务比率", None, ratios, 90, 66, style=TableStyle())
    c.showPage()
    c.save()
    return Path(path)


def hk_report_pdf(path: Path, plant: str = "") -> Path:
    rev = [D(x) for x in ("48230", "55410", "63900", "72800", "81500")]
    gm = [D(x) for x in ("0.412", "0.425", "0.431", "0.436", "0.44")]
    cogs = [-r(a * (1 - g)) for a, g in zip(rev, gm)]
    gp = [a + b for a, b in zip(rev, cogs)]
    sell, admin, rnd = ([-r(a * D(k)) for a in rev] for k in ("0.14", "0.06", "0.05"))
    other = [D(x) for x in ("820", "910", "950", "1000", "1050")]
    ebit = [sum(v) for v in zip(gp, sell, admin, rnd, other)]
    fin = [D(x) for x in ("-310", "-280", "-260", "-240", "-220")]
    assoc = [D(x) for x in ("150", "170", "180", "190", "200")]
    pbt = [sum(v) for v in zip(ebit, fin, assoc)]
    tax = [-r(a * D("0.18")) for a in pbt]
    profit = [a + b for a, b in zip(pbt, tax)]
    nci = [-r(a * D("0.03")) for a in profit]
    np_ = [a + b for a, b in zip(profit, nci)]
    shares, rate, close, target = D("2150"), D("0.92"), D("52.30"), D("68.00")  # rate: RMB per HKD
    eps = [x / shares for x in np_]
    pe = [close * rate / r(e, 2) for e in eps]
    prose_pe = [r(x, 1) for x in pe[2:]]
    if plant == "prose_pe":
        prose_pe[1] += 1
    g_rev, g_np = growth(rev), growth(np_)
    c, (w, h) = _canvas(Path(path))
    _first_page(c, h, "示例控股(09999.HK)：利润率持续提升，上调目标价", [
        f"我们预测公司2025-2027年收入分别为{r(rev[2] / 100, 2)}/{r(rev[3] / 100, 2)}/{r(rev[4] / 100, 2)}亿元，"
        f"归母净利润分别为{r(np_[2] / 100, 2)}/{r(np_[3] / 100, 2)}/{r(np_[4] / 100, 2)}亿元，对应EPS为"
        f"{r(eps[2], 2)}/{r(eps[3], 2)}/{r(eps[4], 2)}元，对应PE为{'/'.join(map(str, prose_pe))}倍（汇率：1港元=0.92人民币）。",
        f"上调目标价至{target}港元，较现价有{r((target / close - 1) * 100, 1)}%的上行空间，维持买入评级。",
        "风险提示：行业竞争加剧；汇率波动。"],
        [("投资评级", "买入（维持）"), ("收盘价（港元）", f"{close}"), ("目标价（港元）", f"{target}"),
         ("总股本（百万股）", f"{shares:,}"), ("总市值（百万港元）", f"{r(close * shares, 2):,}")],
        [("收入(百万元)", [_fmt(v) for v in rev]), ("同比增长(%)", [_fmt(v, 1, paren=False, pct=True) for v in g_rev]),
         ("母公司拥有人应占利润(百万元)", [_fmt(v) for v in np_]),
         ("同比增长(%)", [_fmt(v, 1, paren=False, pct=True) for v in g_np]), ("每股收益(元)", [_fmt(v, 2) for v in eps]),
         ("毛利率(%)", [_fmt(v * 100, 1, pct=True) for v in gm]), ("市盈率(倍)", [_fmt(v, 1) for v in pe])],
        "主要财务数据（人民币）")
    c.showPage()
    income = [("收入", rev), ("销售成本", cogs), ("毛利", gp), ("销售及分销开支", sell), ("行政开支", admin), ("研发开支", rnd),
              ("其他收入及收益", other), ("经营利润", ebit), ("财务成本", fin), ("应占联营公司损益", assoc), ("除税前利润", pbt),
              ("所得税", tax), ("年内利润", profit), ("非控股权益", nci), ("母公司拥有人应占利润", np_)]
    _text(c, 40, h - 70, "附表：财务报表预测（百万元人民币）", 12)
    _table(c, 30, h - 100, "损益表", "百万元", _amounts(income), 100, 64, style=TableStyle())
    c.showPage()
    c.save()
    return Path(path)
