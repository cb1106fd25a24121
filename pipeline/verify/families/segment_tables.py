"""Check family: a breakdown table's shares from its amounts, as annual-report digests print
revenue by industry, product and region:

    分行业 | 营业收入 | 占比 | 毛利率
    测试技术与服务行业 | 25.57亿元 | 85.05% | 19.39%
    数字安全和保密行业 | 4.50亿元 | 14.95% | 24.64%
    分产品 | 营业收入 | 占比 | 毛利率          ← a row repeating the header opens the next group
    仪器销售业务 | 18.82亿元 | 62.6% | 11.82%
    …

Each part's share = its amount ÷ the group's whole × 100. The whole is the group's 合计 row where
one is printed (itself judged against the parts' sum), else the parts' sum — but only where
their shares add up to 100 within their printed precision: then the parts are all of it (a
top-five list, or parts of a whole the table does not print, give no check). A share column
is paired with the amount column nearest on its left ('2023年 金额 | 占营业收入比重 | 2022年 金额 |
占营业收入比重' pairs each year's own)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, money_scale, printed_cell

# a column of shares, and one of amounts, by its header (spaces removed, a unit in brackets after it allowed)
# (or a line's share named by the line, as a terminal-style F10 prints 主营构成: '收入比例(%)', '利润比例(%)')
_SHARE_HEADER = re.compile(r"(?:收入|营收|销售额?)?(?:占比|比重|占营业收入比重?|占营收比重?|占总收入比重?|占收入比重?|"
                           r"占营业收入比例|占总收入比例|占主营业务收入比重|占主营业务收入比例|占营业成本比重|占成本比重)(?:[(（]%[)）])?"
                           r"|(?:收入|营收|利润|成本)比例(?:[(（]%[)）])?")
# (a header's money unit in brackets: '营业收入(万元)')
_HEADER_UNIT = r"[(（](?P<unit>(?:万亿|亿|千万|百万|万|千)?(?:元|美元|港元))[)）]"
_AMOUNT_HEADER = re.compile(r"(?:\d{4}年)?(?:营业收入|主营业务收入|主营收入|收入|营收|销售收入|销售额|金额|营业成本|成本|营业利润|利润)"
                            rf"(?:{_HEADER_UNIT})?")
# a cell's amount may carry its own unit ('25.57亿元', '6,440.98万元'), else the header's ('营业收入(亿元)')
_MONEY_UNIT = re.compile(r"(?:万亿|亿|千万|百万|万|千)?(?:元|美元|港元)")
_BARE_SCALE = re.compile(r"万亿|亿|千万|百万|万|千")
_SHARE = re.compile(r"^\s*(?P<num>-?\d+(?:\.\d+)?)\s*%?\s*$")
_TOTAL_ROW = re.compile(r"^\s*(?:合\s*计|总\s*计|总\s*额|营业收入合计|主营业务收入合计)\s*$")
HUNDRED = Decimal(100)


def find(doc: Document) -> list[dict]:
    out = []
    seen: dict[str, list] = {}  # each part's amount, whole and cells, by its name, for the prose restating its share
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        label = table.columns[0] if table.columns else None
        if label is None:
            continue
        for amount_column, share_column, unit in _pairs(table.columns):
            for group in _groups(table, label):
                out += _group_checks(table, k, label, group, amount_column, share_column, unit, seen)
        out += _margin_checks(table, k, label)
    return out + _prose_shares(doc, seen)


# a part's share the prose states by the part's name, as a digest says again what its table prints ('其中多高层钢结构占比
# 57.71%', '公司的主要业务为化工业务,占比高达62.40%')
# (the name whole: after no other word's character, or after 其中, 为, 是)
_PROSE_SHARE = r"(?:(?<=其中)|(?<=为)|(?<=是)|(?<![\u4e00-\u9fffA-Za-z])){name}\s*[，,]?\s*占比\s*(?:高达|约为?|为|达到?)?\s*(?P<num>\d+(?:\.\d+)?)\s*%"


def _prose_shares(doc: Document, seen: dict) -> list[dict]:
    """Each part's share the text states again by the part's name, judged as the table's own: the part's amount over
    the group's whole (`seen`: each part's amount, whole and cells, by its name, from the groups judged). A name two
    groups hold with different wholes (其他业务 by product and by region) is passed over."""
    out = []
    for name, held in seen.items():
        if len({(a.value, w.value) for a, w, _ in held}) != 1 or len(name) < 2:
            continue
        amount, whole, cells = held[0]
        pattern = re.compile(_PROSE_SHARE.format(name=re.escape(name)))
        for page in doc.pages:
            for m in pattern.finditer(page.text):
                printed = Printed.of(m.group("num"))
                verdict, exact = judge_formula(lambda a, t: a / t * HUNDRED, [amount, whole], printed)
                out.append(make(marked(page.text, m.start("num"), m.end("num")), page.number,
                                f"{name} ÷ whole × 100 (the table's figures)", {name: amount, "whole": whole}, printed, exact,
                                "%", verdict, "the share the table prints, stated again",
                                cells=[("text", page.number, m.start("num"), m.end("num"))] + cells))
    return out


# a breakdown's revenue, cost and gross margin columns ('分产品 | 营业收入 | 营业成本 | 毛利率', '名称 | 收入 | 成本 | 毛利率')
_REVENUE_HEADER = re.compile(r"(?:\d{4}年)?(?:营业收入|主营业务收入|主营收入|收入|营收|销售收入|销售额)(?:[(（][^()（）]*[)）])?")
_COST_HEADER = re.compile(r"(?:\d{4}年)?(?:营业成本|主营业务成本|销售成本|成本)(?:[(（][^()（）]*[)）])?")
_MARGIN_HEADER = re.compile(r"(?:\d{4}年)?毛利率(?:[(（]%[)）])?")
_GROSS_PROFIT_HEADER = re.compile(r"(?:\d{4}年)?(?:毛利|毛利润|主营利润|主营业务利润)(?:[(（][^()（）]*[)）])?")
_PROFIT_HEADER = re.compile(r"(?:\d{4}年)?(?:营业利润|利润)(?:[(（][^()（）]*[)）])?")


def _margin_checks(table, k: int, label: str) -> list[dict]:
    """Each row's gross margin from its revenue and cost in the same table: (revenue − cost) ÷ revenue × 100, where
    the table heads one column of each (the first of each; a margin's change column is no margin) — or from its
    revenue and gross profit, profit ÷ revenue × 100. A terminal-style F10 heads its gross profit '营业利润' or
    '利润' ('营业收入(万元) | 营业利润(万元) | 毛利率(%)'), a name an operating profit goes by too: that column is taken
    for the gross profit only where it gives more than half the rows their printed margin (the table's own
    definition; each row is then judged by it), else no row is judged."""
    def first(pattern: re.Pattern) -> Optional[str]:
        return next((c for c in table.columns[1:] if pattern.fullmatch(_squashed(c))), None)
    revenue, cost, margin = first(_REVENUE_HEADER), first(_COST_HEADER), first(_MARGIN_HEADER)
    profit = first(_GROSS_PROFIT_HEADER) or first(_PROFIT_HEADER)
    if not (revenue and margin and (cost or profit)):
        return []
    if cost:
        formula, text = (lambda x, y: (x - y) / x * HUNDRED), "({name} {revenue} − {cost}) ÷ {revenue} × 100"
    else:
        formula, text, cost = (lambda x, y: y / x * HUNDRED), "{name} {cost} ÷ {revenue} × 100", profit
    out = []
    for i, row in enumerate(table.rows):
        # (each amount in its own unit, or its column's: '5.73亿' beside '4603.19万' under '营业收入(元) | 营业利润(元)')
        (r, r_money), (c, c_money) = (_money_cell(row.get(column), _unit_of_header(column)) for column in (revenue, cost))
        m, _, ok = printed_cell(None if row.get(margin) is None else str(row.get(margin)))
        if r is None or c is None or m is None or not ok or r.value <= 0 or r_money != c_money:
            continue  # (a cell that is no figure, a revenue of 0 or less, or the two amounts in different currencies)
        verdict, exact = judge_formula(formula, [r, c], m)
        name = str(row.get(label) or "").strip()
        out.append(make(f"{name} {margin} {row.get(margin)}", table.page,
                        text.format(name=name, revenue=revenue, cost=cost),
                        {revenue: r, cost: c}, m, exact, "%", verdict, "", {"table": k, "row": name, "column": margin},
                        cells=[("other", k, i, revenue), ("other", k, i, cost), ("other", k, i, margin)]))
    if profit and cost == profit and not first(_GROSS_PROFIT_HEADER) \
            and 2 * sum(c["verdict"] in ("consistent", "rounding") for c in out) <= len(out):
        return []  # (an operating profit, not the gross profit the margin is of)
    return out


def _unit_of_header(header: str) -> str:
    """The money unit a column's header prints in brackets ('营业收入(万元)': 万元), or ''."""
    m = re.search(_HEADER_UNIT, str(header))
    return m.group("unit") if m else ""


def _squashed(text) -> str:
    return re.sub(r"\s", "", str(text or ""))


def _pairs(columns: list) -> list[tuple[str, str, str]]:
    """(amount column, share column, the amount column's unit) for each share column with an
    amount column on its left (the nearest) — or, with none there, on its right, as a data site
    prints the share first ('名称 | 占总收入比例 | 收入 | 同比变化 | 成本 | 毛利率')."""
    out = []
    for j, name in enumerate(columns):
        if j == 0 or not _SHARE_HEADER.fullmatch(_squashed(name)):
            continue
        for i in [*range(j - 1, 0, -1), *range(j + 1, len(columns))]:
            m = _AMOUNT_HEADER.fullmatch(_squashed(columns[i]))
            # (a share of revenue is of a revenue column, a share of profit of a profit column: '营业收入(万元) | 营业利润(万元) |
            # 毛利率(%) | 占主营业务收入比例(%)' pairs the share with revenue, past the profit nearer it)
            if m and _line_of(_squashed(columns[i])) in (_line_of(_squashed(name)), None):
                out.append((columns[i], name, m.group("unit") or ""))
                break
    return out


def _line_of(header: str) -> Optional[str]:
    """The line a column's header names: profit, cost or revenue (a share's header names revenue unless it says
    profit or cost); None for an amount of no line named ('金额')."""
    if re.search(r"利润|毛利", header):
        return "profit"
    if "成本" in header:
        return "cost"
    return None if re.fullmatch(r"(?:\d{4}年)?金额.*", header) else "revenue"


def _groups(table, label: str) -> list[list[tuple[int, dict]]]:
    """The table's rows in groups: a row repeating the header's words ('分产品 | 营业收入 | 占比') opens
    the next group and is in none."""
    groups, current = [], []
    header = {_squashed(c) for c in table.columns[1:]}
    for i, row in enumerate(table.rows):
        cells = [_squashed(row.get(c)) for c in table.columns[1:]]
        if sum(1 for c in cells if c and c in header) >= 2:
            groups.append(current)
            current = []
            continue
        current.append((i, row))
    groups.append(current)
    return [g for g in groups if g]


def _money_cell(text, unit: str) -> tuple[Optional[Printed], str]:
    """A cell's amount in yuan (or its currency's unit) and its currency: its own unit, else the
    header's; (None, the header's currency) for a cell that holds no amount of money. With no unit
    printed at all ('收入 | 319.73', the scale in a caption the table lost) a bare figure of an amount
    column is an amount in a scale unknown — shares of a whole in that one scale are still ratios."""
    printed, cell_unit, ok = printed_cell(None if text is None else str(text))
    if cell_unit and _BARE_SCALE.fullmatch(cell_unit):  # '11.11亿' under '营业收入(元)': the cell's scale, the header's currency
        currency = re.search(r"美元|港元|元", unit)
        cell_unit += currency.group(0) if currency else "元"
    if printed is None or not ok or (cell_unit and not _MONEY_UNIT.fullmatch(cell_unit)):
        return None, money_scale(unit)[1]
    if not (cell_unit or unit):
        return printed, ""
    scale, currency = money_scale(cell_unit or unit)
    return printed.times(scale), currency


def _group_checks(table, k: int, label: str, group: list, amount_column: str, share_column: str, unit: str,
                  seen: Optional[dict] = None) -> list[dict]:
    parts, total = [], None
    for i, row in group:
        name = str(row.get(label) or "").strip()
        amount, _ = _money_cell(row.get(amount_column), unit)
        share = _SHARE.match(str(row.get(share_column) or ""))
        if _TOTAL_ROW.match(name):
            total = (i, name, amount)
            continue
        if amount is None or share is None:
            if str(row.get(amount_column) or "").strip() in ("", "-", "—", "--"):
                continue  # a row with no amount (a heading inside the group)
            return []  # a row the family cannot read: the group's whole is not known
        parts.append((i, name, amount, Printed.of(share.group("num"))))
    if len(parts) < 2 or len({_money_cell(row.get(amount_column), unit)[1] for _, row in group}) != 1:
        return []
    shares = [p[3] for p in parts]
    summed = sum(s.value for s in shares)
    slack = sum(s.step for s in shares) / 2
    if abs(summed - HUNDRED) > slack + Decimal("0.01"):
        return []  # the shares are not of the parts' sum: some part is left out, or they split another whole
    out = []
    sum_of_parts = Printed(sum(p[2].value for p in parts), sum(p[2].step for p in parts))
    whole = sum_of_parts
    if total is not None and total[2] is not None:
        verdict, exact = judge_formula(lambda *xs: sum(xs), [p[2] for p in parts], total[2]) if len(parts) <= 10 else \
            judge_formula(lambda x: x, [sum_of_parts], total[2])
        out.append(make(f"{total[1]} {amount_column} {table.rows[total[0]].get(amount_column)}", table.page,
                        f"{amount_column}: {' + '.join(p[1] for p in parts)}",
                        {p[1]: p[2] for p in parts}, total[2], exact, None, verdict, "",
                        {"table": k, "row": total[1], "column": amount_column},
                        cells=[("other", k, i, amount_column) for i, *_ in parts] + [("other", k, total[0], amount_column)]))
        whole = total[2]
    whole_name = "合计" if whole is not sum_of_parts else "the group's sum"
    for i, name, amount, share in parts:
        verdict, exact = judge_formula(lambda a, t: a / t * HUNDRED, [amount, whole], share)
        cells = [("other", k, j, amount_column) for j, *_ in parts] + [("other", k, i, share_column)]
        if total is not None and total[2] is not None:
            cells = [("other", k, i, amount_column), ("other", k, total[0], amount_column), ("other", k, i, share_column)]
        out.append(make(f"{name} {share_column} {table.rows[i].get(share_column)}", table.page,
                        f"{name} {amount_column} ÷ {whole_name} × 100",
                        {name: amount, "whole": whole}, share, exact, "%", verdict, "",
                        {"table": k, "row": name, "column": share_column}, cells=cells))
        if seen is not None and not _TOTAL_ROW.match(name):
            seen.setdefault(name, []).append((amount, whole, cells[:-1]))
    return out
