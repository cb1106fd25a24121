"""Check family: margins and ratios a statement prints, from its amounts. Each ratio
lists the definitions brokers use; the check says which reproduces the figure. Where a
ratio has several common definitions and none reproduces it, it is unverifiable (the
broker's definition is not printed), never a mismatch; a ratio with one definition that
does not reproduce is a mismatch."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ..checks import (QUALIFIER, REPORTED_BASE_TOLERANCE, Amount, amounts, in_one_unit, judge_formula, make,
                      previous_period)

HUNDRED = Decimal(100)
# name pattern → (percent?, [(definition, concepts, formula)]). Where a ratio lists
# definitions that give different numbers (净利率 on total or parent profit), none
# reproducing it leaves it unverifiable; 毛利率's two are one definition from two inputs.
# turnover (times a year) and its days: over the average of the year's two ends, or the end
TURNOVER = [("总资产周转率", "营业收入", "revenue", "资产总计", "total_assets"),
            ("应收账款周转率", "营业收入", "revenue", "应收账款", "receivables"),
            ("存货周转率", "营业成本", "cost", "存货", "inventory"),
            ("应付账款周转率", "营业成本", "cost", "应付账款", "payables")]
DAYS = [("应收账款周转天数", "营业收入", "revenue", "应收账款", "receivables"),
        ("存货周转天数", "营业成本", "cost", "存货", "inventory"),
        ("应付账款周转天数", "营业成本", "cost", "应付账款", "payables")]

# ratios over a balance whose scope varies by report (turnover and its days), by name without
# a bracketed unit ('存货周转率(次)')
_BALANCE_RATIOS = {t[0] for t in TURNOVER} | {d[0] for d in DAYS}
# of those, the ones whose balance a report may count otherwise than the row it prints (应收账款
# with notes receivable or contract assets, 应付账款 with notes payable): 资产总计 is one figure
_SCOPE_RATIOS = {name for name in _BALANCE_RATIOS if not name.startswith("总资产")}
AMBIGUOUS = {"净利率", "速动比率", "资产负债率", "资产负债比率", "ROE", "净资产收益率", "每股净资产", "BVPS", "财务费用率", "期间费用率",
             "ROA", "总资产收益率", "总资产净利率", "资产收益率", "EBIT Margin", "EBIT利润率", "EBIT率", "息税前利润率",
             *_BALANCE_RATIOS}

# how far a reported year's ratio may be from the definition its other years fit, and still be on
# another definition whose line the report does not print (净利润 for 归母净利润: a small minority's
# share): 0.02 percentage points (1.51% for 1.5159%, 1.20% for 1.211%), or half a percent of a ratio in times
ANOTHER_LINE_POINTS = Decimal("0.02")
ANOTHER_LINE_SHARE = Decimal("0.005")

# an EBIT margin by its names (its stand-in definition, below, is tried on these rows only)
_EBIT_MARGIN = re.compile(r"^(EBIT\s*Margin|EBIT利润率|EBIT率|息税前利润率)$", re.I)

RATIOS = [
    (re.compile(r"^(?:(销售|营业)?毛利率|GPM|Gross margin)$", re.I), True, [("(营业收入 − 营业成本) ÷ 营业收入", ("revenue", "cost"), lambda r, c: (r - abs(c)) / r),
                                    ("毛利 ÷ 营业收入", ("gross_profit", "revenue"), lambda g, r: g / r)]),
    (re.compile(r"^(归母净利率|归母净利润率|归属净利率|权益持有人应占利润率|股东应占溢利率)$"), True, [("归母净利润 ÷ 营业收入", ("parent_np", "revenue"), lambda n, r: n / r)]),
    (re.compile(r"^(扣非归母净利率|扣非后归母净利率|扣非净利率|扣非净利润率)$"), True, [
        ("扣非归母净利润 ÷ 营业收入", ("deducted_np", "revenue"), lambda n, r: n / r)]),
    # a diluted ROE ('ROE(摊薄)', '摊薄净资产收益率') is the profit over the period's closing equity, the parent's
    (re.compile(r"^(?:摊薄(?:ROE|净资产收益率)|(?:ROE|净资产收益率)\s*[-（(]\s*摊薄\s*[)）]?)$"), True, [
        ("归母净利润 ÷ 归母股东权益", ("parent_np", "parent_equity"), lambda n, e: n / e),
        ("归母净利润 ÷ (股东权益合计 − 少数股东权益)", ("parent_np", "equity_total", "minority_equity"),
         lambda n, e, m: n / (e - m))]),
    (re.compile(r"^(ROE|净资产收益率|ROE-摊薄|摊薄ROE|ROE（摊薄）)"), True, [
        ("归母净利润 ÷ 归母股东权益", ("parent_np", "parent_equity"), lambda n, e: n / e),
        ("净利润 ÷ 股东权益合计", ("net_profit", "equity_total"), lambda n, e: n / e),
        ("归母净利润 ÷ (股东权益合计 − 少数股东权益)", ("parent_np", "equity_total", "minority_equity"),
         lambda n, e, m: n / (e - m)),
        ("归母净利润 ÷ 平均归母股东权益", ("parent_np", "parent_equity", "parent_equity@prev"),
         lambda n, e, p: 2 * n / (e + p))]),
    (re.compile(r"^(每股收益|EPS)"), False, [("归母净利润 ÷ 股本", ("parent_np", "shares"), lambda n, s: n / s)]),
    (re.compile(r"^(每股净资产|BVPS)"), False, [("归母股东权益 ÷ 股本", ("parent_equity", "shares"), lambda e, s: e / s),
                                             ("股东权益合计 ÷ 股本", ("equity_total", "shares"), lambda e, s: e / s),
                                             ("(股东权益合计 − 少数股东权益) ÷ 股本", ("equity_total", "minority_equity", "shares"),
                                              lambda e, m, s: (e - m) / s)]),
    # an adjusted profit's margin ('经调整净利率', 'Non-GAAP净利率'): the adjusted profit the report states
    (re.compile(r"^(经调整净利率|经调整净利润率|经调整利润率|调整后净利率|经调整纯利率|Non-GAAP净利率)$", re.I), True, [
        ("经调整净利润 ÷ 营业收入", ("adjusted_np", "revenue"), lambda n, r: n / r)]),
    # an adjusted operating profit's margin ('Non-GAAP运营利润率'): the adjusted operating profit the report states
    (re.compile(r"^(Non-GAAP(?:运营|营业|经营)利润率|经调整(?:运营|营业|经营)利润率|核心经营利润率)$", re.I), True, [
        ("经调整营业利润 ÷ 营业收入", ("adjusted_op", "revenue"), lambda n, r: n / r)]),
    (re.compile(r"^(净利率|净利润率|销售净利率|纯利率|税后净利率|税后纯益率|纯益率)$"), True, [
        ("净利润 ÷ 营业收入", ("net_profit", "revenue"), lambda n, r: n / r),
        ("归母净利润 ÷ 营业收入", ("parent_np", "revenue"), lambda n, r: n / r)]),
    (re.compile(r"^资产负债(?:比)?率$"), True, [("负债合计 ÷ 资产总计", ("total_liab", "total_assets"), lambda l, a: l / a),
                                       ("(负债合计 + 少数股东权益) ÷ 资产总计", ("total_liab", "minority_equity", "total_assets"),
                                        lambda l, m, a: (l + m) / a)]),
    (re.compile(r"^流动比率$"), False, [("流动资产 ÷ 流动负债", ("current_assets", "current_liab"), lambda a, l: a / l)]),
    (re.compile(r"^速动比率$"), False, [("(流动资产 − 存货) ÷ 流动负债", ("current_assets", "inventory", "current_liab"),
                                      lambda a, i, l: (a - i) / l),
                                     ("流动资产 ÷ 流动负债 (no inventory printed apart)", ("current_assets", "current_liab"),
                                      lambda a, l: a / l)]),
    (re.compile(r"^(销售费用率|营业费用率|销售费率)$"), True, [("销售费用 ÷ 营业收入", ("selling_exp", "revenue"), lambda e, r: abs(e) / r)]),
    (re.compile(r"^管理费用?率$"), True, [("管理费用 ÷ 营业收入", ("admin_exp", "revenue"), lambda e, r: abs(e) / r)]),
    # a bank's cost-to-income ratio: 业务及管理费 over 营业收入
    (re.compile(r"^成本收入比$"), True, [("业务及管理费 ÷ 营业收入", ("admin_exp", "revenue"), lambda e, r: abs(e) / r)]),
    (re.compile(r"^研发费用?率$"), True, [("研发费用 ÷ 营业收入", ("rd_exp", "revenue"), lambda e, r: abs(e) / r)]),
    # 财务费用 is negative where interest earned exceeds interest paid; some tables print costs negative
    (re.compile(r"^财务费用?率$"), True, [("财务费用 ÷ 营业收入", ("fin_exp", "revenue"), lambda e, r: e / r),
                                       ("−财务费用 ÷ 营业收入 (costs printed negative)", ("fin_exp", "revenue"),
                                        lambda e, r: -e / r)]),
    # (a table with no EBIT line takes its operating profit for it, as data sites do: '经营利润 | 770' over 'EBIT利润率% | 9.01%')
    (_EBIT_MARGIN, True, [
        ("EBIT ÷ 营业收入", ("ebit", "revenue"), lambda e, r: e / r),
        ("营业利润 ÷ 营业收入", ("operating_profit", "revenue"), lambda o, r: o / r)]),
    (re.compile(r"^(EBITDA\s*Margin|EBITDA利润率|EBITDA率|息税折旧(?:及)?摊销前利润率)$", re.I), True, [
        ("EBITDA ÷ 营业收入", ("ebitda", "revenue"), lambda e, r: e / r)]),
    # an adjusted EBITDA's margin ('经调整EBITDA利润率'): the adjusted EBITDA the report states
    (re.compile(r"^(经调整EBITDA\s*(?:利润)?率|调整后EBITDA\s*(?:利润)?率|经调整EBITDA\s*Margin)$", re.I), True, [
        ("经调整EBITDA ÷ 营业收入", ("adjusted_ebitda", "revenue"), lambda e, r: e / r)]),
    (re.compile(r"^(股利支付率|分红率|派息率|分红比例|派息比率)$"), True, [
        ("每股股利 ÷ 每股收益", ("dps", "eps"), lambda d, e: d / e),
        ("现金分红 ÷ 归母净利润", ("dividends", "parent_np"), lambda d, n: d / n)]),
    # 经营溢利率: Hong Kong's operating margin (经营溢利 over 营业额)
    (re.compile(r"^(营业利润率|营业利润占比|经营溢利率|经营利润率|运营利润率|营运利润率|营业利益率|营益率|经营边际利润率)$"), True, [("营业利润 ÷ 营业收入", ("operating_profit", "revenue"),
                                                   lambda p, r: p / r)]),
    (re.compile(r"^(有效税率|实际税率|所得税率|有效所得税率)$"), True, [("所得税 ÷ 利润总额", ("income_tax", "total_profit"),
                                                             lambda t, p: abs(t) / p)]),
    # with or without R&D (研发费用 was part of 管理费用 before 2018): the report's own is the one that reproduces
    (re.compile(r"^(期间费用?率|四费费用率|四项费用率|费用率合计)$"), True, [
        ("(销售 + 管理 + 研发 + 财务费用) ÷ 营业收入", ("selling_exp", "admin_exp", "rd_exp", "fin_exp", "revenue"),
         lambda s, a, d, f, r: (abs(s) + abs(a) + abs(d) + f) / r),
        ("(销售 + 管理 + 财务费用) ÷ 营业收入", ("selling_exp", "admin_exp", "fin_exp", "revenue"),
         lambda s, a, f, r: (abs(s) + abs(a) + f) / r),
        ("期间费用 ÷ 营业收入", ("period_exp", "revenue"), lambda e, r: e / r)]),
    (re.compile(r"^(每股经营现金流|每股经营活动现金流|每股经营性现金流|每股经营现金流量|每股经营活动现金流量净额)"), False, [
        ("经营活动现金流 ÷ 股本", ("cfo", "shares"), lambda c, s: c / s)]),
    # over the year's end balance or the average of the year's two ends (x@prev: the year before's)
    (re.compile(r"^(ROA|总资产收益率|总资产净利率|资产收益率)"), True, [
        ("净利润 ÷ 资产总计", ("net_profit", "total_assets"), lambda n, a: n / a),
        ("归母净利润 ÷ 资产总计", ("parent_np", "total_assets"), lambda n, a: n / a),
        ("净利润 ÷ 平均资产总计", ("net_profit", "total_assets", "total_assets@prev"), lambda n, a, p: 2 * n / (a + p))]),
    *[(re.compile(rf"^{name}(?:[(（]次[)）])?$"), False, [
        (f"{top} ÷ 平均{base}", (num, den, f"{den}@prev"), lambda x, a, p: 2 * abs(x) / (a + p)),
        (f"{top} ÷ {base}", (num, den), lambda x, a: abs(x) / a)])
      for name, top, num, base, den in TURNOVER],
    *[(re.compile(rf"^{name}(?:[(（]天[)）])?$"), False, [
        (f"{days} × 平均{base} ÷ {top}", (num, den, f"{den}@prev"), lambda x, a, p, d=days: d * (a + p) / 2 / abs(x))
        for days in (365, 360)] + [
        (f"{days} × {base} ÷ {top}", (num, den), lambda x, a, d=days: d * a / abs(x)) for days in (365, 360)])
      for name, top, num, base, den in DAYS],
]


_ROE = re.compile(r"^(ROE|净资产收益率)")


def _over_an_average_equity(a: Amount, inputs: list[Amount]) -> bool:
    """Whether a reported year's ROE can be its profit over the average of the year's two
    equity balances, where the opening one moved from the closing one by no more than the
    year's profit (retained, or paid out): within NP ÷ (E ± NP/2). An edit of the figure
    beyond that is no company's own definition."""
    if not _ROE.match(a.item) or len(inputs) != 2:
        return False
    profit, equity = (abs(i.printed.value) for i in inputs)
    if equity <= profit / 2:
        return False
    lo, hi = profit / (equity + profit / 2) * HUNDRED, profit / (equity - profit / 2) * HUNDRED
    p_lo, p_hi = a.printed.interval()
    return p_lo <= hi and lo <= p_hi


# a stand-in definition, tried only where it is the row's own: the operating profit for an EBIT the table does not print
_STAND_INS = {"营业利润 ÷ 营业收入": _EBIT_MARGIN}


def _without_unfit_stand_ins(checks: list[tuple]) -> list[tuple]:
    """The ratio rows' results less a stand-in definition that reproduces half its row's years or
    fewer: it is then not the row's definition, and says nothing of it (国信's 'EBIT Margin' is no
    营业利润 ÷ 营业收入 in any year; Autoliv's 'EBIT利润率%' is its 经营利润 ÷ 总营业额 in all)."""
    fits: dict[tuple, list[bool]] = {}
    for a, _, _, results in checks:
        for name, pattern in _STAND_INS.items():
            if name in results and pattern.match(a.item):
                fits.setdefault((a.table, a.row, name), []).append(results[name][0] != "mismatch")
    unfit = {key for key, found in fits.items() if 2 * sum(found) <= len(found)}
    for a, _, _, results in checks:
        for name in _STAND_INS:
            if (a.table, a.row, name) in unfit:
                results.pop(name, None)
    return [c for c in checks if c[3]]


def find(doc: Document) -> list[dict]:
    rows = amounts(doc)
    out = []
    checks = []
    unopened: set[tuple] = set()  # ratios whose average-based definition lacks the year before
    uncomputed: dict[int, list[str]] = {}  # by row: the definitions whose inputs the report does not print
    for a in rows:
        for pattern, percent, definitions in RATIOS:
            if not pattern.match(a.item):
                continue
            results = {}
            for name, concepts, fn in definitions:
                inputs = [_amount(rows, c, a) for c in concepts]
                if any(i is None and c.endswith("@prev") for c, i in zip(concepts, inputs)):
                    unopened.add((a.table, a.row, a.period))  # an average over a year the table does not print
                if any(i is None for i in inputs) or not _per_share_units_agree(concepts, inputs):
                    uncomputed.setdefault(id(a), []).append(name)
                    continue
                scale = HUNDRED if percent else Decimal(1)
                verdict, exact = judge_formula(lambda *xs, fn=fn: fn(*xs) * scale, ([i.printed for i in inputs] if "shares" in concepts else in_one_unit(inputs)), a.printed)
                results[name] = (verdict, exact, inputs)
            if results:
                ambiguous = any(re.fullmatch(pattern, n) for n in AMBIGUOUS)
                checks.append((a, percent, ambiguous, results))
            break
    checks = _without_unfit_stand_ins(checks)
    # where a ratio has several definitions, the report's own is the one that reproduces
    # most of its years: a year that breaks with it is a mismatch, not an unknown definition.
    # A definition that reproduces half the years or fewer is no one's: with ratios printed
    # to one decimal, some definition fits a year or two by chance. The forecast years,
    # where there are three or more, are the broker's own model and decide alone: a
    # reported year may copy the company's figure, on the company's definition.
    # rows where a year over a reported balance is reproduced by the printed row: the report
    # counts its reported balances as printed, and its other years over one are judged too
    printed_base = {(a.table, a.item) for a, _, _, results in checks
                    for verdict, _, inputs in results.values()
                    if verdict != "mismatch" and any(not i.forecast and i.statement == "balance" for i in inputs)}

    def excused_scope(a: Amount, inputs: list[Amount]) -> bool:
        return _over_a_reported_scope(a, inputs) and (a.table, a.item) not in printed_base

    def excused_base(a: Amount, inputs: list[Amount], exact) -> bool:
        return _over_a_reported_balance(a, inputs, exact) and (a.table, a.item) not in printed_base

    fits: dict[tuple, set] = {}  # the years each definition reproduces
    computed: dict[tuple, int] = {}
    shown: dict[tuple, int] = {}  # the forecast years a row prints, with the ones left out of `computed`
    for forecasts_only in (False, True):
        for a, _, ambiguous, results in checks:
            if not ambiguous or (forecasts_only and not a.forecast):
                continue
            for name, (verdict, exact, inputs) in results.items():
                key = (a.table, a.item, name, forecasts_only)
                shown[key] = shown.get(key, 0) + 1
                if verdict == "mismatch" and _reported_per_share(a, inputs, exact):
                    continue  # a reported year on the company's own share count says nothing of the definition
                if verdict == "mismatch" and forecasts_only and (excused_base(a, inputs, exact)
                                                                 or excused_scope(a, inputs)):
                    continue  # nor, of the broker's model, a year over a reported balance the report may count otherwise
                computed[key] = computed.get(key, 0) + 1
                if verdict != "mismatch":
                    fits.setdefault(key, set()).add(a.period)
    usual = {key: len(years) for key, years in fits.items()}

    # Of the forecast years, half decide too where every other definition fits only years this
    # one fits: of a model's two judged years, one edited leaves the other to say which it keeps.
    def covers_the_others(key: tuple) -> bool:
        return key[3] and all(years <= fits[key] for other, years in fits.items()
                              if other[:2] == key[:2] and other[3] == key[3] and other[2] != key[2])

    # (kept in the order the definitions are listed: of two that fit as many years, the first wins)
    decided = [key for key, n in usual.items()
               if (2 * n > computed[key] or (2 * n == computed[key] and covers_the_others(key)))
               and (shown[key] >= 3 or not key[3])]
    # the definitions only the forecast years bear out (the reported years do not)
    forecasts_only = {key[:3] for key in decided if key[3]} - {key[:3] for key in decided if not key[3]}
    usual = {key[:3]: usual[key] for key in decided}
    for a, percent, ambiguous, results in checks:
        ok = [n for n, r in results.items() if r[0] != "mismatch"]
        own = max((n for n in results if usual.get((a.table, a.item, n))),
                  key=lambda n: usual[(a.table, a.item, n)], default=None)
        usual_anywhere = max((key[2] for key in usual if key[:2] == (a.table, a.item)),
                             key=lambda n: usual[(a.table, a.item, n)], default=None)
        if ambiguous and not ok and usual_anywhere is not None and usual_anywhere not in results:
            # the report's own definition cannot be computed this year (an average over the
            # year before, which the table does not print): another definition is no test
            out.append(make(f"{a.item} {a.period} {a.printed.value}{'%' if percent else ''}", a.page, usual_anywhere,
                            {}, a.printed, None, "%" if percent else "x", "unverifiable",
                            f"the report's other years use {usual_anywhere}, whose inputs for {a.period} are not printed",
                            a.cell(), cells=[a]))
            continue
        if ok and ambiguous and own is not None and own not in ok and a.forecast:
            # a broker's model keeps one definition through its forecast years: another that
            # happens to fit this year's figure is no excuse for breaking with it
            name = own
            note = f"the report's other years use {name}; {', '.join(ok)} happens to fit"
        elif ok:
            name = own if own in ok else ok[0]
            note = f"reproduced by {name}" if len(results) > 1 else ""
        elif ambiguous and own is not None:
            name = own
            note = f"the report's other years use {name}"
        else:
            name = next(iter(results))
            note = ""
        verdict, exact, inputs = results[name]
        if verdict == "mismatch" and ambiguous and own is None:
            verdict, note = "unverifiable", f"no common definition reproduces it (tried {'; '.join(results)})"
        elif verdict == "mismatch" and excused_scope(a, inputs):
            verdict, note = "unverifiable", ("a reported year's balance in the base: what the report counts in it "
                                             "(应收账款 with notes or contract assets) need not be the row it prints")
        elif verdict == "mismatch" and not a.forecast and (a.table, a.row, a.period) in unopened \
                and _over_an_average_equity(a, inputs):
            # a company reports ROE on its equity's weighted average over the year ('16.29%' where
            # the year's end gives 15.32%): its opening balance is the year before's, not printed
            verdict, note = "unverifiable", (f"a reported year's ROE may be the company's own, over the year's "
                                             f"average equity; the equity the year opened with is not printed "
                                             f"(the report's other years use {name})")
        elif verdict == "mismatch" and not a.forecast and (a.table, a.item, name) in forecasts_only:
            verdict, note = "unverifiable", (f"a reported year's ratio may be the company's own, on its definition; "
                                             f"the forecast years use {name}")
        elif verdict == "mismatch" and excused_base(a, inputs, exact):
            verdict, note = "unverifiable", (f"an average over {a.period}'s opening balance, a reported one: the "
                                             f"report may count it otherwise than the row it prints")
        elif verdict == "mismatch" and _reported_per_share(a, inputs, exact):
            verdict, note = "unverifiable", ("a reported year's per-share figure: the company's own share count "
                                             "(weighted or at the year's end), which the report does not print, "
                                             "need not be the 股本 it prints")
        elif verdict == "mismatch" and ambiguous and not a.forecast and uncomputed.get(id(a)) and exact is not None \
                and abs(a.printed.value - exact) <= (ANOTHER_LINE_POINTS if percent else ANOTHER_LINE_SHARE * abs(exact)):
            # a reported year's ratio as a data site computes it, on a line it does not print
            # (净利率 on 净利润 with the minority's share, where only 归母 is printed): the other
            # years fitting 归母 may be the minority's being small, not the definition — within a
            # minority's small share of it (ANOTHER_LINE_POINTS); further off is an error
            verdict, note = "unverifiable", (f"a reported year's figure may be on {uncomputed[id(a)][0]}, whose inputs "
                                             f"are not printed (the report's other years fit {name})")
        elif verdict == "mismatch" and _reported_payout(a, inputs, exact):
            verdict, note = "unverifiable", ("a reported year's payout is the company's dividends over its profit: "
                                             "its EPS counts the year's weighted shares, its dividend the shares at "
                                             "payment, which the report does not print")
        out.append(make(f"{a.item} {a.period} {a.printed.value}{'%' if percent else ''}", a.page, name,
                        {f"{i.item} {i.period}": i.printed for i in inputs}, a.printed, exact,
                        "%" if percent else "x", verdict, note, a.cell(), cells=[a, *inputs]))
    return out


def _over_a_reported_scope(a: Amount, inputs: list[Amount]) -> bool:
    """A turnover whose base includes a reported year's balance of 应收账款 or 应付账款: the
    report may count notes or contract assets in it, not the row it prints."""
    return QUALIFIER.sub("", a.item) in _SCOPE_RATIOS and any(not i.forecast for i in inputs)


def _over_a_reported_balance(a: Amount, inputs: list[Amount], exact) -> bool:
    """A forecast year's ratio over an average whose opening balance is a reported year's,
    within REPORTED_BASE_TOLERANCE: the balance the broker's model opens the year with may
    be the company's later or restated figure, not the row printed."""
    if not a.forecast or exact is None or a.printed.value == 0:
        return False
    if not any(not i.forecast and i.period != a.period for i in inputs):
        return False
    return abs(Decimal(str(exact)) - a.printed.value) <= REPORTED_BASE_TOLERANCE * abs(a.printed.value)


# A reported (actual) year's per-share figure is copied from the company's accounts, on
# a share count the report rarely prints (weighted average, or before a buyback): within
# REPORTED_BASE_TOLERANCE of the recomputed value it is that base, not an error of the report.


def _reported_per_share(a: Amount, inputs: list[Amount], exact) -> bool:
    if not any(i.concept == "shares" for i in inputs) or not re.search(r"\d{2}A$", a.period or "") or exact is None:
        return False
    return _within_a_share_base(a.printed.value, exact)


def _reported_payout(a: Amount, inputs: list[Amount], exact) -> bool:
    """A reported year's payout ratio over its DPS and EPS, within REPORTED_BASE_TOLERANCE of
    their ratio: on two share counts the report does not print, not an error of the report."""
    if {i.concept for i in inputs} != {"dps", "eps"} or a.forecast or exact is None:
        return False
    return _within_a_share_base(a.printed.value, exact)


def _within_a_share_base(printed: Decimal, exact) -> bool:
    """Whether a printed per-share figure or ratio is within REPORTED_BASE_TOLERANCE of its recomputed value: as far as
    a share count the report does not print (weighted, at the year's end, at payment) may move it."""
    return printed != 0 and abs(Decimal(str(exact)) - printed) <= REPORTED_BASE_TOLERANCE * abs(printed)


def _per_share_units_agree(concepts, inputs) -> bool:
    """Money over a share count only where both are counted in the same multiple
    (百万元 over 百万股): a per-share figure from 亿元 over 百万股 is not judged."""
    if "shares" not in concepts:
        return True
    shares = inputs[concepts.index("shares")].unit or ""
    money = [i.unit or "" for c, i in zip(concepts, inputs) if c != "shares"]
    prefix = lambda u: next((p for p in ("百万", "亿", "万") if u.startswith(p)), None)  # noqa: E731
    return shares.endswith("股") and all(prefix(m) == prefix(shares) and prefix(m) for m in money)


def _amount(rows: list[Amount], concept: str, near: Amount) -> Amount | None:
    """The amount of a concept for the ratio's period ('total_assets'), or for the period
    before it ('total_assets@prev', for a ratio over the year's average)."""
    period = near.period
    if concept.endswith("@prev"):
        concept = concept[:-len("@prev")]
        period = previous_period(near.period, sorted({b.period for b in rows if b.concept == concept}))
        if period is None:
            return None
    cands = [b for b in rows if b.concept == concept and b.period == period and b.unit not in ("%",)]
    if not cands:
        return None
    return min(cands, key=lambda b: (b.table != near.table, b.page != near.page))
