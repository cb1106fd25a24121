"""Check family: totals a statement prints, from the parts it lists.

Two kinds: a subtotal row (流动资产合计, 经营活动现金流) against the rows listed above it
since the previous subtotal, and the identities between statement lines
(`IDENTITIES`: 资产总计 = 流动资产 + 非流动资产, 净利润 = 利润总额 − 所得税, …). A
subtotal whose listed rows do not add up is a mismatch only where the section is
complete: it lists a catch-all 其他 row and its total adds up in another year (a table
that drops lines beside its 其他流动资产 adds up in none), or (in a forecast year after
the current one) the same rows add up in another such year. Otherwise rows may be left out of the printed table, and
the check is unverifiable, naming that."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from ...calc import Printed, judge_sum, part_slip, separator_slip
from ...document import Document
from ...normalize.financials import is_ratio_item, statements_data
from ...read.borderless import NULL_MARK
from ...periods import is_forecast, period_of_label, sort_key
from ..checks import Amount, amounts, make

SUBTOTAL = re.compile(r"(合计|总计|小计|活动现金流|活动现金流量净额|活动产生的现金流量净额|活动现金)$")
CATCH_ALL = re.compile(r"^(其他|其它)")
OTHERS = re.compile(r"^(其他|其它)\s*(?:[（(].*[)）])?$")  # the line 其他 itself (其他收益 is a line of its own)
# a part of the line above it ('其中：利息费用'), printed under it: never summed again
# (or marked as a data site marks its parts, a tree's '└' flattened to an 'L': 'L利息费用' under 财务费用)
SUB_ROW = re.compile(r"^\s*(?:其中\s*[:：]?|[L└](?=[\u4e00-\u9fff]))")
# a company's own statement's sign words: '减：' takes its line away ('减：库存股' among the equity
# lines, '减：营业成本' from revenue), '加：' adds it ('加：其他收益')
SIGN_WORD = re.compile(r"^\s*(?P<word>加|减)\s*[:：]")


def sign_word(item: str) -> str | None:
    """'加' or '减' where a line opens with its sign word, else None."""
    m = SIGN_WORD.match(item)
    return m.group("word") if m else None

# (total, [(sign, part), ...], optional parts): concepts of checks.line_items

IDENTITIES = [
    ("total_assets", [(1, "current_assets"), (1, "noncurrent_assets")], ()),
    ("total_liab", [(1, "current_liab"), (1, "noncurrent_liab")], ()),
    ("liab_equity", [(1, "total_liab"), (1, "equity_total")], ()),
    # a balance sheet with no 股东权益合计 prints 少数股东权益 beside 股东权益 (the parent's share)
    ("liab_equity", [(1, "total_liab"), (1, "minority_equity"), (1, "parent_equity")], ()),
    ("liab_equity", [(1, "total_assets")], ()),
    ("equity_total", [(1, "parent_equity"), (1, "minority_equity")], ()),
    # a Hong Kong summary's 资产净值 under 资产总值 and 负债总额 — unless the table prints 负债和权益,
    # whose two identities judge the same figures
    ("equity_total", [(1, "total_assets"), (-1, "total_liab")], (), "liab_equity"),
    # net current assets, as a Hong Kong summary prints them between its current lines and the rest
    ("net_current_assets", [(1, "current_assets"), (-1, "current_liab")], ()),
    ("gross_profit", [(1, "revenue"), (-1, "cost")], ()),
    # a bank's (or an insurer's) income statement: net lines and 营业支出 in one sum
    ("net_interest_income", [(1, "interest_income"), (-1, "interest_expense")], ()),
    ("net_fee_income", [(1, "fee_income"), (-1, "fee_expense")], ()),
    ("operating_profit", [(1, "revenue"), (-1, "operating_exp")], ()),
    # a Taiwan (IFRS) statement's: 营业利益 = 营业毛利净额 − 营业费用合计 (+ 其他收益及费损净额, where printed)
    ("operating_profit", [(1, "gross_profit_net"), (-1, "operating_expenses"), (1, "other_operating_net")], ("other_operating_net",)),
    ("total_profit", [(1, "operating_profit"), (1, "non_op_income"), (-1, "non_op_expense")], ()),
    ("total_profit", [(1, "operating_profit"), (1, "non_op_net")], ()),
    ("net_profit", [(1, "total_profit"), (-1, "income_tax")], ()),
    ("parent_np", [(1, "net_profit"), (-1, "minority")], ()),
    ("net_cash_change", [(1, "cfo"), (1, "cfi"), (1, "cff"), (1, "fx")], ("fx",)),
    # a company's own cash-flow statement: each activity's net from its 流入小计 and 流出小计
    ("cfo", [(1, "cfo_in"), (-1, "cfo_out")], ()),
    ("cfi", [(1, "cfi_in"), (-1, "cfi_out")], ()),
    ("cff", [(1, "cff_in"), (-1, "cff_out")], ()),
    ("cash_end", [(1, "cash_begin"), (1, "net_cash_change")], ()),
    # comprehensive income: the profit and the other comprehensive income, in all and by owner
    ("total_ci", [(1, "net_profit"), (1, "oci")], ()),
    ("total_ci", [(1, "parent_ci"), (1, "minority_ci")], ()),
    ("parent_ci", [(1, "parent_np"), (1, "parent_oci")], ()),
    ("minority_ci", [(1, "minority"), (1, "minority_oci")], ("minority_oci",)),
    ("oci", [(1, "parent_oci"), (1, "minority_oci")], ()),
]


# totals that are sums of other totals: judged by their identities
IDENTITY_TOTALS = {"total_assets", "total_liab", "liab_equity", "equity_total"}


def find(doc: Document) -> list[dict]:
    rows = amounts(doc)
    own = own_tables(doc, rows)
    return (subtotals(rows, own, nil_cells(doc)) + identities(rows) + operating_profit(rows, own) + profit_steps(rows)
            + grouped_totals(rows, own) + listed_totals(rows, own) + of_which_totals(rows))


def of_which_totals(rows: list[Amount]) -> list[dict]:
    """A statement line against the lines it prints under it after 其中 ('手续费及佣金净收入' over '其中:经纪业务手续费净收入',
    '投资银行业务净收入', … '基金管理业务净收入'). Only the first of them says 其中, so where they end is read from the sums:
    the fewest lines from the 其中 one on, two at least, that add up to the line in every period but one, two periods at
    least — the form lists the same lines each period (one empty in a period is nothing then), so a period where they
    do not add up is a mismatch. Lines that add up in fewer periods may name only some of its parts (营业成本's 利息费用):
    not judged."""
    out = []
    by_table: dict[int, dict[int, dict[str, Amount]]] = {}  # table → row → period → its cell
    for a in rows:
        if a.statement in ("balance", "cashflow", "income"):
            by_table.setdefault(a.table, {}).setdefault(a.row, {})[a.period] = a
    for table_rows in by_table.values():
        order = sorted(table_rows)
        for k, row in enumerate(order[:-2]):
            line, first = table_rows[row], table_rows[order[k + 1]]
            if not any(SUB_ROW.match(a.item) for a in first.values()) or any(SUB_ROW.match(a.item) for a in line.values()):
                continue
            if any(_named(a, "total_revenue") or _named(a, "total_cost") for a in line.values()):
                continue  # ('二、营业总成本' over '其中：营业成本': its first part, `subtotals`' to judge)
            out += _of_which_run(line, [table_rows[r] for r in order[k + 1:k + 1 + MOST_OF_WHICH]])
    return out


def _of_which_run(line: dict[str, Amount], below: list[dict[str, Amount]]) -> list[dict]:
    """The checks of a line (its cells by period) against the fewest of the lines `below` it, from its 其中 one on, that
    add up to it in every period but one (two at least); none where no such run ends before a section or a total."""
    for count in range(2, len(below) + 1):
        run = below[:count]
        if any(_SECTION.match(a.item) or _is_subtotal(a) for cells in run for a in cells.values()):
            return []  # a numbered section or a total is the statement's next line, no part
        judged = []
        for period, total in line.items():
            parts = [cells[period] for cells in run if period in cells]
            if parts and all(p.unit == total.unit for p in parts):
                judged.append((total, parts, *judge_sum(_values(parts), total.printed)))
        held = [t.period for t, _, verdict, _ in judged if verdict != "mismatch"]
        if len(held) >= 2 and len(held) >= len(judged) - 1:
            return [_sum_check(total, parts, verdict, exact, "" if verdict != "mismatch" else
                               f"its 其中 lines add up to {exact}; they add up to it in {', '.join(held)}, so none is left out")
                    for total, parts, verdict, exact in judged]
    return []


MOST_OF_WHICH = 8  # the most lines a line's 其中 run is read to


# a section's number ('一、'): a list in sections sums them, not the lines under them
_SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、")
# a row that is the total of a list and names nothing else ('合计', '总计', '小计'); a row whose name ends so
LIST_TOTAL = re.compile(r"^\s*(?:合\s*计|总\s*计|小\s*计)\s*$")
LIST_TOTAL_WORD = re.compile(r"(合计|总计|小计)$")


def listed_totals(rows: list[Amount], own: set[int] = frozenset()) -> list[dict]:
    """A '合计' row of a table that is no statement (a breakdown: 非经常性损益 by kind, fair values by
    asset, revenue by segment) against the amount rows listed above it since the table's start
    or its previous total — rows of the total's unit, no ratio or growth. A table none of whose
    totals adds up in any period is no list of parts (a 合计 of segment revenue over rows of
    margins as well) and is not judged. '减：' takes a line away — one line, or the run of lines
    after it ('减：所得税影响额' over '少数股东权益影响额'): the reading more of the table's totals
    reproduce; a '加：' line ends the run. A list in numbered sections (一、 二、, each over its lines)
    sums the sections. A company's own note (columns 期末余额/期初余额) may total one line. A total
    that does not add up is a mismatch where the same rows add up in another period; else the list
    may leave rows out: unverifiable."""
    out = []
    for table, periods in _by_table(rows, ("forecast", "other", "ratios")).items():
        sections = []  # (period, total, parts)
        for period, cells in periods.items():
            start = 0
            for i, a in enumerate(cells):
                if not LIST_TOTAL.match(a.item):
                    continue
                parts = [p for p in cells[start:i] if p.unit == a.unit and not p.growth_of and not is_ratio_item(p.item)
                         and not LIST_TOTAL.match(p.item)]
                start = i + 1
                # a list in numbered sections ('一、不能重分类…', '二、将重分类…', each over its lines): the sections
                sections_only = [p for p in parts if _SECTION.match(p.item)]
                if len(sections_only) >= 2:
                    parts = sections_only
                if len(parts) >= (1 if a.table in own else 2):
                    sections.append((period, a, parts))
        if not sections:
            continue
        judged = {how: [(period, total, parts, *judge_sum(_values(parts, how), total.printed)) for period, total, parts in sections]
                  for how in ("line", "run")}
        held = {how: sum(v != "mismatch" for _, _, _, v, _ in items) for how, items in judged.items()}
        how = max(held, key=held.get)
        if held[how] == 0:
            continue
        adds_up = {(total.row, tuple(p.row for p in parts), period) for period, total, parts, v, _ in judged[how] if v != "mismatch"}
        for period, total, parts, verdict, exact in judged[how]:
            key = (total.row, tuple(p.row for p in parts))
            others = [q for r, ps, q in adds_up if (r, ps) == key and q != period]
            note = ""
            if verdict == "mismatch" and others:
                note = f"the listed rows add up to {exact}; they add up in {', '.join(others)}, so none is left out"
            elif verdict == "mismatch":
                verdict, note = "unverifiable", f"unlisted rows: the listed rows add up to {exact}, and in no other period"
            out.append(_sum_check(total, parts, verdict, exact, note, how))
    return out


# the lines an income statement subtracts from revenue on the way to 营业利润
EXPENSES = {"cost", "tax_surcharge", "selling_exp", "admin_exp", "rd_exp", "fin_exp"}
# lines whose name says loss (资产减值损失): printed as a positive loss to subtract, or
# (since 2019's statements) as a negative figure to add; the table's years say which
LOSS = re.compile(r"损失")
# the readings of the signs tried, as (expenses, losses): "subtract" takes the line away
# as printed, "add" adds it as printed (a table that prints expenses negative)
SIGN_READINGS = [("subtract", "add"), ("subtract", "subtract"), ("add", "add")]


# the most an unlisted line of a reported year is taken to be, as a share of revenue: a gap
# larger than that is no line the table dropped (中原's 2023A is 11 off on 45,250)
UNLISTED_SHARE = Decimal("0.01")
# reported periods in which the same rows add up exactly: a table of the company's own accounts (a
# data site's statement, four reports abreast) where two others do, and none does not, leaves out no
# row of a third (`_reported_evidence`; `_judged_steps` takes its reading of the signs so)
EXACT_REPORTED = 2
# the years China's income statement form changed what lies between 营业收入 and 营业利润: 2017 added 其他收益 and
# 资产处置收益 (财会[2017]15号, 30号), 2019 moved 资产减值损失 out of the costs and added 信用减值损失 (财会[2019]6号).
# A data site's table of many years keeps one set of rows: years of one form adding up say nothing of another's.
FORM_CHANGES = (2017, 2019)


def _form_of(period: str) -> int:
    """Which of the income statement's forms a period's figures are in (0 before 2017)."""
    p = period_of_label(period)
    return sum(p[1] >= year for year in FORM_CHANGES) if p is not None else len(FORM_CHANGES)


def _by_table(rows: list[Amount], statements: tuple[str, ...]) -> dict[int, dict[str, list[Amount]]]:
    """The statements' lines by table and period, in printed order ('其中' rows left out: a part
    of the line above, never summed again)."""
    by_table: dict[int, dict[str, list[Amount]]] = {}
    for a in rows:
        if a.statement in statements:
            by_table.setdefault(a.table, {}).setdefault(a.period, []).append(a)
    for periods in by_table.values():
        for period, cells in periods.items():
            cells.sort(key=lambda a: a.row)
            periods[period] = [a for i, a in enumerate(cells) if not _sub_row(cells, i)]
    return by_table


def _sub_row(cells: list[Amount], i: int) -> bool:
    """Whether the i-th line is a part of a line above it: a '其中' line — unless it opens a CAS
    total's parts ('二、营业总成本' over '其中：营业成本': that is the total's first part) — or a
    line CAS prints under 其中 without the word, right after one (statements.json sub_lines)."""
    if SUB_ROW.match(cells[i].item):
        return not (i > 0 and (_named(cells[i - 1], "total_revenue") or _named(cells[i - 1], "total_cost")))
    if i == 0 or sign_word(cells[i].item) or not _sub_row(cells, i - 1):
        return False  # a line with its sign word ('减：利息收入') is one of the statement's own
    # the next part numbered as the one before it ('其中：(1)利息支出' then '(2)贴现利息')
    before, this = _part_number(cells[i - 1].item), _part_number(cells[i].item)
    if before and this and before[0] == this[0] and this[1] == before[1] + 1:
        return True
    return cells[i - 1].row == cells[i].row - 1 and any(p.search(cells[i].name) for p in _sub_lines())


# the number a line gives itself among a line's parts: '(2)贴现利息', '2.工伤保险费', after 其中 or not
_PART_NUMBER = re.compile(r"^\s*(?:其中\s*[:：]\s*)?(?:[（(]\s*(?P<paren>\d{1,2})\s*[)）]|(?P<dot>\d{1,2})\s*[.．、](?!\d))")


def _part_number(item: str) -> tuple[str, int] | None:
    """(how it is numbered, the number) of a line numbered as a part ('(2)…': ('paren', 2)), else None."""
    m = _PART_NUMBER.match(item)
    if not m:
        return None
    return ("paren", int(m.group("paren"))) if m.group("paren") else ("dot", int(m.group("dot")))


@lru_cache(maxsize=1)
def _sub_lines() -> list[re.Pattern]:
    return [re.compile(p) for p in statements_data()["sub_lines"]["lines"]]


def _values(parts: list[Amount], how: str = "line") -> list[Printed]:
    """The parts' printed figures as their section adds them: a '减：' line taken away — that line
    alone (a balance sheet's '减：库存股' among the equity lines), or (`how` "run") every line
    after it too."""
    return [p.printed.signed(s) for p, s in zip(parts, _signs(parts, how))]


def _signs(parts: list[Amount], how: str = "line") -> list[int]:
    signs, run = [], 1
    for p in parts:
        word = sign_word(p.item)
        if word == "减":
            run = -1
            signs.append(-1)
        else:
            run = 1 if word == "加" else run
            signs.append(run if how == "run" else 1)
    return signs


def _fewest_parts(total: Amount, own: set[int]) -> int:
    """The rows a subtotal must list to be judged: two — one alone may be a row the reader took
    for the section — but one under a 合计 of a company's own statement, whose form lists every
    line (a 非流动负债合计 of its 长期借款 alone); a line that is a total by what it means
    (现金净增加额 after 筹资活动现金流 and 汇率变动) is the identities'."""
    return 1 if total.table in own and LIST_TOTAL_WORD.search(total.name) else 2


def _printed_nil(r: dict) -> bool:
    """Whether a typed cell is printed as an empty mark ('--', '-'): nothing that period."""
    return r.get("value") is None and bool(NULL_MARK.fullmatch((r.get("printed") or "").replace(" ", "")))


def nil_cells(doc: Document) -> frozenset:
    """(typed table, row, period) of each cell a statement prints as an empty mark."""
    return frozenset((index, r.get("row", 0), r["period"])
                     for index, table in enumerate(t for t in doc.tables if t.kind == "financials")
                     for r in table.rows if _printed_nil(r))


def own_tables(doc: Document, rows: list[Amount]) -> set[int]:
    """The tables that are a company's own statements: the full form of its accounts, which leaves
    no line out — by their columns (本期金额/上期金额, 期末余额/上年年末余额), or by the form's empty
    lines, printed with no figure in any period ('结算备付金 | - | -': an annual report prints every
    line of the template). A data site's page, numbered and signed alike, drops lines: not its own."""
    relative = set()
    for a in rows:
        p = period_of_label(a.period)
        if p is not None and p[0] == "R":
            relative.add(a.table)
    empty = set()
    for index, table in enumerate(t for t in doc.tables if t.kind == "financials"):
        lines: dict[int, bool] = {}  # row → whether every cell is a null mark
        for r in table.rows:
            lines[r.get("row", 0)] = lines.get(r.get("row", 0), True) and _printed_nil(r)
        if sum(lines.values()) >= EMPTY_LINES:
            empty.add(index)
    return relative | empty


# lines printed with no figure before a table is a statement's full form
EMPTY_LINES = 3


def _sum_check(total: Amount, parts: list[Amount], verdict: str, exact, note: str = "", how: str = "line") -> dict:
    """A total against the lines it sums, as a check."""
    if verdict == "mismatch":
        note = _slip_noted(note, [(p.item, p.printed) for p in parts], total)
    terms = " ".join(("− " + p.name if s < 0 else ("+ " if k else "") + p.item)
                     for k, (p, s) in enumerate(zip(parts, _signs(parts, how))))
    return make(f"{total.item} {total.period} {total.printed.value}", total.page,
                f"{total.item} = {terms}", {p.item: p.printed for p in parts},
                total.printed, exact, total.unit, verdict, note, total.cell(), cells=[total, *parts])


def operating_profit(rows: list[Amount], own: set[int] = frozenset()) -> list[dict]:
    """营业利润 from 营业收入 and every line printed between them, per table. Statements
    print expenses positive or negative, and impairment losses either way: a reading of
    the signs is the table's own where it reproduces 营业利润 in three years or more and
    in every forecast year but at most one; then each year is judged by it. A table no reading fits
    is not judged (it leaves lines out, or orders them otherwise); a reported year that
    does not add up by less than 1% of revenue, where the table has no 其他 line, may carry
    a line of its own that the table leaves out: unverifiable."""
    out = []
    for table, periods in _by_table(rows, ("income",)).items():
        years = []
        for period, cells in periods.items():
            top = next((i for i, a in enumerate(cells) if a.concept == "revenue"), None)
            end = next((i for i, a in enumerate(cells) if a.concept == "operating_profit"), None)
            if top is None or end is None or end - top < 4:
                continue
            years.append((period, cells[top], grouped_parts(cells[top], cells[top + 1:end]), cells[end],
                          cells[top + 1:end], cells[top]))
        stated = [y for y in years if form_signs(y[2]) is not None and y[3].table in own]
        out += [_stated_step(y) for y in stated] + _judged_steps([y for y in years if y not in stated])
    return out


def form_signs(parts: list[Amount]) -> list[int] | None:
    """The sign each line between 营业收入 and 营业利润 takes, as a company's own statement says
    with its sign words: the lines before '加：' (营业成本 … 财务费用, '减：' or not) taken away
    as printed, those from '加：' on (其他收益, 投资收益, and since 2019 the losses it prints
    negative: '信用减值损失（损失以“-”号填列）') added as printed; a later '减：' takes away again.
    None where the statement prints no '加：' (a broker's table: its signs are read from the years)."""
    if not any(sign_word(p.item) == "加" for p in parts):
        return None
    signs, sign = [], -1
    for p in parts:
        word = sign_word(p.item)
        if word:
            sign = 1 if word == "加" else -1
        signs.append(sign)
    return signs


def _stated_step(year) -> dict:
    """营业利润 from 营业收入 and every line between them, signed by the statement's own words
    (`form_signs`): a company's own statement lists every line, so a year that does not add up
    is a mismatch."""
    period, start, parts, total, _printed_lines, _revenue = year
    signs = form_signs(parts)
    verdict, exact = judge_sum([start.printed] + [p.printed.signed(s) for p, s in zip(parts, signs)], total.printed)
    note = ("the lines signed as the statement's 减/加 words say; losses printed negative are added as printed"
            if verdict != "mismatch" else f"the lines, signed as the statement's 减/加 words say, give {exact}")
    return _step_check(period, start, parts, signs, total, verdict, exact, note)


def _step_check(period: str, start: Amount, parts: list[Amount], signs: list[int], total: Amount, verdict: str,
                exact, note: str) -> dict:
    """A profit line against the line it steps down from and the lines between, each with its sign."""
    formula = f"{total.item} = {start.item} " + " ".join(("− " if s < 0 else "+ ") + p.item for p, s in zip(parts, signs))
    return make(f"{total.item} {period} {total.printed.value}", total.page, formula,
                {p.item: p.printed for p in [start, *parts]}, total.printed, exact, total.unit, verdict,
                note, total.cell(), cells=[total, start, *parts])


# the profit lines an income statement steps down through, in printed order: each is the one
# before it and every line printed between them (a Hong Kong statement: 毛利, 其他收入,
# 销售及分销成本, 行政开支 … 经营溢利; 财务成本, 应占联营公司溢利 … 除税前溢利)
PROFIT_STEPS = ("gross_profit", "operating_profit", "total_profit")
# the lines an identity already judges a step by (利润总额 = 营业利润 + 营业外收入 − 营业外支出)
_IDENTITY_LINES = {"non_op_income", "non_op_expense", "non_op_net"}


def profit_steps(rows: list[Amount]) -> list[dict]:
    """Each profit line after 毛利 from the profit line before it and every line printed
    between them (two or more), per table, by the same reading of the signs as 营业利润
    from 营业收入 (`_judged_steps`): a summary table no caption names a statement (a data
    site's 'HK income' page). An income statement's are `subtotals`' (its unmarked totals),
    and 营业利润 from 营业收入 is `operating_profit`'s."""
    out = []
    for table, periods in _by_table(rows, ("forecast",)).items():
        steps: dict[tuple[str, str], list] = {}
        for period, cells in periods.items():
            marks = [i for i, a in enumerate(cells) if a.concept in PROFIT_STEPS]
            revenue = next((a for a in cells if a.concept == "revenue"), None)
            for i, j in zip(marks, marks[1:]):
                start, end, between = cells[i], cells[j], cells[i + 1:j]
                if (len(between) < 2 or PROFIT_STEPS.index(end.concept) <= PROFIT_STEPS.index(start.concept)
                        or any(a.concept in _IDENTITY_LINES for a in between)):
                    continue
                steps.setdefault((start.concept, end.concept), []).append(
                    (period, start, between, end, between, revenue or start))
        for years in steps.values():
            out += _judged_steps(years)
    return out


def _judged_steps(years: list[tuple]) -> list[dict]:
    """Each year's (period, start, parts, total, printed lines, revenue) judged as total = start
    and its parts, by the table's reading of the signs: the one that reproduces the total in
    three years or more and in every forecast year but at most one."""
    if len(years) < 3:
        return []
    judged = {reading: [(y, *_operating(y, reading)) for y in years] for reading in SIGN_READINGS}
    fits = {r: sum(v != "mismatch" for _, v, _ in results) for r, results in judged.items()}
    reading = max(SIGN_READINGS, key=lambda r: fits[r])
    # a reported year may carry a line of its own the table leaves out
    forecast_misses = sum(v == "mismatch" and is_forecast(y[0]) for y, v, _ in judged[reading])
    if fits[reading] < 3 or forecast_misses > 1:
        return []
    out = []
    # reported periods whose lines add up exactly: a table of the company's own accounts (a data
    # site's five years) where two others do leaves out no line of a third
    exact_reported = [y[0] for y, v, _ in judged[reading] if v == "consistent" and not is_forecast(y[0])]
    fitting = [y[0] for y, v, _ in judged[reading] if v != "mismatch"]
    for (period, start, parts, total, printed_lines, revenue), verdict, exact in judged[reading]:
        note = "" if verdict != "mismatch" else (
            f"the other years follow this reading of the signs; the listed lines give {exact}")
        if verdict == "mismatch" and not is_forecast(period) and not any(_form_of(p) == _form_of(period) for p in fitting):
            # no year of this one's form adds up: the rows the table keeps may leave out a line its form has
            out.append(_step_check(period, start, parts, [_sign(p, reading) for p in parts], total, "unverifiable", exact,
                                   f"unlisted rows: the listed lines give {exact}; no year of this one's statement form "
                                   f"(it changed in {' and '.join(map(str, FORM_CHANGES))}) adds up in this table"))
            continue
        same_form = [p for p in exact_reported if _form_of(p) == _form_of(period) and p != period]
        gap = abs(exact - total.printed.value)
        if (verdict == "mismatch" and not is_forecast(period) and not _lists_every_line(printed_lines)
                and len(same_form) < EXACT_REPORTED
                and gap <= UNLISTED_SHARE * abs(revenue.printed.value)):
            # a reported year copies the company's statement, which may carry a small line
            # the table leaves out (a 信用减值损失 of that year only); a forecast has none
            verdict, note = "unverifiable", (f"unlisted rows: the listed lines give {exact}, and a reported year "
                                             f"may have a line the table leaves out")
        out.append(_step_check(period, start, parts, [_sign(p, reading) for p in parts], total, verdict, exact, note))
    return out


@lru_cache(maxsize=1)
def _statement_lines() -> list[list[re.Pattern]]:
    lines = statements_data()["operating_profit_lines"]["lines"]
    return [[re.compile(p) for p in names] for names in lines]


def _lists_every_line(parts: list[Amount]) -> bool:
    """Whether the lines between 营业收入 and 营业利润 leave none out: a catch-all 其他 row,
    or every line the income statement has (data/statements.json)."""
    if any(OTHERS.match(p.name) for p in parts):
        return True
    return all(any(n.search(p.name) for p in parts for n in names) for names in _statement_lines())


@lru_cache(maxsize=1)
def _grouping() -> dict[str, list[re.Pattern]]:
    data = statements_data()["grouped_lines"]
    return {kind: [re.compile(p) for p in names] for kind, names in data.items() if not kind.startswith("_")}


def _named(a: Amount, kind: str) -> bool:
    return any(p.search(a.name) for p in _grouping()[kind])


def grouped_parts(revenue: Amount, parts: list[Amount]) -> list[Amount]:
    """The lines 营业利润 adds to `revenue`, each CAS total standing for the lines it groups
    (statements.json grouped_lines): 营业总收入 for the 营业收入 and the financial arm's income
    printed under it, 营业总成本 for the costs and expenses printed under it."""
    out, i = [], 0
    if _named(revenue, "total_revenue"):
        while i < len(parts) and _named(parts[i], "revenue_lines"):
            i += 1
    while i < len(parts):
        out.append(parts[i])
        i += 1
        if _named(out[-1], "total_cost"):
            first = i
            while i < len(parts) and _named(parts[i], "cost_lines"):
                i += 1
            if i > first:
                i = first + len(_cost_total_lines(out[-1], parts[first:i], parts[i] if i < len(parts) else None))
    return out


def _cost_total_lines(total: Amount, lines: list[Amount], after: Optional[Amount]) -> list[Amount]:
    """The lines 营业总成本 holds: the cost lines printed under it, and '资产减值损失' right after them where the total adds
    up only with it (the form before 2019 counted it among the costs; statements.json optional_cost_lines)."""
    if after is None or not _named(after, "optional_cost_lines") \
            or judge_sum([p.printed for p in lines], total.printed)[0] != "mismatch" \
            or judge_sum([p.printed for p in lines + [after]], total.printed)[0] == "mismatch":
        return lines
    return lines + [after]


def grouped_totals(rows: list[Amount], own: set[int] = frozenset()) -> list[dict]:
    """营业总收入 and 营业总成本 from the lines printed under them. A template may leave a line
    out (利息支出 of a company without a financial arm): a year that does not add up is a
    mismatch only where the same lines add up in another forecast year after the current one,
    or the statement is the company's own full form (`own_tables`)."""
    out = []
    for periods in _by_table(rows, ("income",)).values():
        judged = []
        for period, cells in periods.items():
            for i, total in enumerate(cells):
                kind = "revenue_lines" if _named(total, "total_revenue") else "cost_lines" if _named(total, "total_cost") else None
                if kind is None:
                    continue
                parts = []
                for a in cells[i + 1:]:
                    if not _named(a, kind):
                        break
                    parts.append(a)
                if len(parts) >= (1 if total.table in own else 2):  # a full form's 营业总收入 of 营业收入 alone
                    if kind == "cost_lines":
                        after = cells[i + 1 + len(parts)] if i + 1 + len(parts) < len(cells) else None
                        parts = _cost_total_lines(total, parts, after)
                    judged.append((period, total, parts, *judge_sum([p.printed for p in parts], total.printed)))
        evidences = _section_evidence(periods, [(period, total, parts, verdict) for period, total, parts, verdict, _ in judged])
        for (period, total, parts, verdict, exact), (evidence, reported) in zip(judged, evidences):
            note = ""
            if verdict == "mismatch" and total.table in own:
                note = f"the listed lines add up to {exact}; a company's own statement lists every line of its form"
            elif verdict == "mismatch" and evidence:
                note = f"the listed lines add up to {exact}; they add up in {', '.join(evidence)}, so none is left out"
            elif verdict == "mismatch" and reported:
                note = f"the listed lines add up to {exact}; they add up exactly in {', '.join(reported)}, so none is left out"
            elif verdict == "mismatch":
                verdict, note = "unverifiable", f"unlisted rows: the listed lines add up to {exact}, and a line may be left out"
            out.append(_sum_check(total, parts, verdict, exact, note))
    return out


def _slip_noted(note: str, parts: list[tuple[str, Printed]], total: Amount) -> str:
    """A mismatch's note with the separator slip, or the part's lost power of ten, that explains it, where one does."""
    slip = separator_slip(parts, (total.item, total.printed)) or part_slip([p for _, p in parts], [n for n, _ in parts],
                                                                            total.printed)
    return f"{note}; {slip}" if note and slip else slip or note


def _sign(a: Amount, reading: tuple[str, str]) -> int:
    expenses, losses = reading
    if a.concept in EXPENSES or _named(a, "total_cost"):
        return -1 if expenses == "subtract" else 1
    if LOSS.search(a.name):
        return -1 if losses == "subtract" else 1
    return 1


def _operating(year, reading) -> tuple[str, Decimal]:
    _period, start, parts, total, _printed_lines, _revenue = year
    signed = [start.printed] + [p.printed.signed(_sign(p, reading)) for p in parts]
    return judge_sum(signed, total.printed)


TOTAL_CONCEPTS = {"current_assets", "noncurrent_assets", "total_assets", "current_liab", "noncurrent_liab",
                  "total_liab", "equity_total", "liab_equity", "cfo", "cfi", "cff", "net_cash_change"}


@lru_cache(maxsize=1)
def _openings() -> list[re.Pattern]:
    return [re.compile(p) for kind, names in statements_data()["opening_lines"].items() if kind != "_comment"
            for p in names]


def _opens_its_form(first: Amount) -> bool:
    """Whether a table's first line is one a statement's form (or one of its sides) opens with."""
    return any(p.search(first.name) for p in _openings())


def _is_subtotal(a: Amount) -> bool:
    return bool(SUBTOTAL.search(a.name)) or a.concept in TOTAL_CONCEPTS


def subtotals(rows: list[Amount], own: set[int] = frozenset(), nil: frozenset = frozenset()) -> list[dict]:
    """Each subtotal against the rows it sums. Statements print a section's total either
    after its rows (流动资产合计 last) or before them (流动资产 first, then its rows): the
    layout is chosen per table by which reading reproduces more of its totals."""
    out = []
    for table, periods in _by_table(rows, ("balance", "cashflow", "income")).items():
        first_cells = next(iter(periods.values()))
        # a company's own table going on from a page before ('（续）'): the rows above its first
        # total may be the tail of that total's section, so the form's completeness holds only after it
        cut_short = None  # that first total's row
        if table in own and first_cells and not _opens_its_form(first_cells[0]):
            cut_short = next((a.row for a in first_cells if _is_subtotal(a)), None)

        def own_here(total: Amount) -> set[int]:
            return own - {table} if total.row == cut_short else own

        unmarked = unmarked_subtotals(periods, nil)
        out += [_unmarked_check(cells, row, parts) for cells in periods.values()
                for row, parts in unmarked.items()]
        readings = {"after": [], "before": []}
        for period, cells in periods.items():
            marks = [i for i, a in enumerate(cells) if _is_subtotal(a)]
            for k, i in enumerate(marks):
                prev = marks[k - 1] if k else -1
                nxt = marks[k + 1] if k + 1 < len(marks) else len(cells)
                after = _collapsed(cells[prev + 1:i], unmarked)
                if prev >= 0 and len(after) >= 1 and judge_sum(_values(after), cells[i].printed)[0] == "mismatch":
                    # a grand total after one section's total and the next section's rows
                    # (资产总计 after 流动资产合计 and the long-term rows, with no 非流动资产合计)
                    widened = cells[prev:i]
                    if judge_sum(_values(widened), cells[i].printed)[0] != "mismatch":
                        after = widened
                readings["after"].append((cells[i], period, after))
                readings["before"].append((cells[i], period, cells[i + 1:nxt]))
        score = {name: sum(1 for t, _, parts in items if len(parts) >= _fewest_parts(t, own_here(t)) and
                           judge_sum(_values(parts), t.printed)[0] != "mismatch")
                 for name, items in readings.items()}
        layout = max(score, key=score.get)
        if score[layout] == 0:
            continue  # neither reading reproduces any total: the layout is not understood
        judged = [(total, period, parts, *judge_sum(_values(parts), total.printed))
                  for total, period, parts in readings[layout]
                  if len(parts) >= _fewest_parts(total, own_here(total)) and not any(_is_subtotal(p) for p in parts[1:])]
        evidences = _section_evidence(periods, [(period, total, parts, verdict) for total, period, parts, verdict, _ in judged])
        # the years in which a total adds up to the rows listed for it (by the total's row)
        held: dict[int, list[str]] = {}
        for total, period, parts, verdict, _ in judged:
            if verdict != "mismatch":
                held.setdefault(total.row, []).append(period)
        for (total, period, parts, verdict, exact), (evidence, reported) in zip(judged, evidences):
            # a catch-all 其他 row leaves no row out only where the total adds up in some year: a
            # table that drops lines (预付款项, 其他应收款) beside its 其他流动资产 adds up in none
            complete = any(CATCH_ALL.match(p.name) for p in parts) and any(y != period for y in held.get(total.row, []))
            note = ""
            if verdict == "mismatch" and total.table in own_here(total):
                note = f"the listed rows add up to {exact}; a company's own statement lists every line of its form"
            elif verdict == "mismatch" and complete:
                note = f"the listed rows add up to {exact}"
            elif verdict == "mismatch" and evidence:
                note = f"the listed rows add up to {exact}; they add up in {', '.join(evidence)}, so none is left out"
            elif verdict == "mismatch" and reported:
                note = f"the listed rows add up to {exact}; they add up exactly in {', '.join(reported)}, so none is left out"
            elif verdict == "mismatch" and total.concept in IDENTITY_TOTALS:
                continue  # a grand total read as a section (负债合计 over the equity rows below it): identities() judges it
            elif verdict == "mismatch" and any(CATCH_ALL.match(p.name) for p in parts):
                verdict, note = "unverifiable", (f"unlisted rows: the listed rows add up to {exact}, and in no "
                                                 f"other year, so the table leaves rows out")
            elif verdict == "mismatch":
                verdict, note = "unverifiable", "unlisted rows: the section lists no 其他 row, so rows may be left out"
            out.append(_sum_check(total, parts, verdict, exact, note))
    return out


# lines that result from the lines above them: never a part of a total printed before them
RESULT_LINES = {"operating_profit", "total_profit", "net_profit", "parent_np", "income_tax", "minority", "gross_profit"}


def unmarked_subtotals(periods: dict[str, list[Amount]], nil: frozenset = frozenset()) -> dict[int, tuple[int, ...]]:
    """Rows that sum the rows just above them, or just below them, without saying so (a bank's
    贷款净额 under 贷款总额 and 贷款减值准备, printed negative; an IFRS statement's 除税前利润 under
    经营利润, 财务成本 and 应占联营公司损益; a bank's 营业收入 over 利息净收入, 手续费及佣金净收入 and
    其他非息收入), as {row: the rows it sums}. A row is taken for one where it adds up in every
    year but at most one (an error of the report is one year; a coincidence is not every year),
    in three years or more: a section's total then counts it and not its parts again. A run
    above reaches over an unmarked subtotal found above it (counting it, not its parts); no run
    reaches over a marked total; an identity's total summed from the identity's own lines is
    left to the identity (利润总额 = 营业利润 + 营业外收支)."""
    by_row: dict[int, dict[str, Amount]] = {}
    for period, cells in periods.items():
        for a in cells:
            by_row.setdefault(a.row, {})[period] = a
    years = len(periods)
    if years < 3:
        return {}
    first = {row: next(iter(cells.values())) for row, cells in by_row.items()}
    rows = sorted(by_row)
    found: dict[int, tuple[int, ...]] = {}
    spanned = lambda: {r for parts in found.values() for r in parts}  # noqa: E731
    for j, row in enumerate(rows):
        if _is_subtotal(first[row]) or CATCH_ALL.match(first[row].name) or row in spanned() \
                or _named(first[row], "total_revenue") or _named(first[row], "total_cost"):
            continue  # a total says so (营业总收入: grouped_totals); a catch-all 其他 row is a line of its own
        for span in range(2, j + 1):  # the rows above it
            run = rows[j - span:j]
            if _is_subtotal(first[run[0]]):
                break  # a run never reaches over a marked total
            parts = tuple(r for r in run if not any(r in found[s] for s in run if s in found))
            verdict = _sums(by_row, first, row, parts, years, nil)
            if verdict == "identity":
                break  # the identity judges this line, however far a run of rows reaches
            if verdict == "sums":
                found[row] = parts
                break
        if row in found:
            continue
        for span in range(2, len(rows) - j):  # the rows below it: a total printed first
            run = tuple(rows[j + 1:j + 1 + span])
            if _is_subtotal(first[run[-1]]) or any(r in found for r in run) or first[run[-1]].concept in RESULT_LINES:
                break  # nor over a profit: 利润总额 = 所得税 + 净利润 is an identity turned round
            verdict = _sums(by_row, first, row, run, years, nil)
            if verdict == "identity":
                break
            if verdict == "sums":
                found[row] = run
                break
    return {row: parts for row, parts in found.items() if not _counted_with_its_parts(by_row, first, row, parts)}


def _sums(by_row, first, row: int, parts: tuple[int, ...], years: int, nil: frozenset = frozenset()) -> str | None:
    """Whether `row` is the sum of `parts` in every year but at most one, three years or more,
    every part counting in some year it holds ("sums"); "identity" where an identity judges it.
    A part's cell printed as an empty mark ('--', `nil`: (table, row, period)) is nothing that
    year; a part that is nothing in every year (a line of zeros and marks) need not count,
    where two others do."""
    if len(parts) < 2:
        return None
    if _an_identitys_own(first[row], [first[r] for r in parts]):
        return "identity"
    held, used = 0, set()
    table = first[row].table
    for period, total in by_row[row].items():
        cells = [c for p in parts if (c := by_row[p].get(period)) is not None or (table, p, period) not in nil]
        if None in cells or total.printed.value == 0 or sum(1 for c in cells if c.printed.value) < 2:
            continue
        verdict = judge_sum([c.printed for c in cells], total.printed)[0]
        slack = sum(c.printed.step for c in cells) / 2 + total.printed.step / 2
        if verdict == "rounding" and slack > COINCIDENCE_SLACK * abs(total.printed.value):
            continue  # small figures: rounding lets too many sums fit (130 as 140 − 40 + 12 + 20); exactly, it counts
        if verdict != "mismatch":
            held += 1
            used |= {c.row for c in cells if c.printed.value}
    # every part counts in some year it holds: a row of zeros joins any sum — unless it is nothing in every year
    nothing = {p for p in parts if not any(c.printed.value for c in by_row[p].values())}
    return "sums" if held >= max(3, years - 1) and used == set(parts) - nothing and len(used) >= 2 else None


# the most rounding a year off by rounding may allow, as a share of the total, to count towards a
# row being an unmarked subtotal: four integer parts under a total of 140 allow ±2.5 (1.8%), and a
# sum fits by chance; a bank's 贷款净额 of 2,378,000 allows a millionth
COINCIDENCE_SLACK = Decimal("0.005")


def _counted_with_its_parts(by_row: dict[int, dict[str, Amount]], first: dict[int, Amount], row: int,
                            parts: tuple[int, ...]) -> bool:
    """Whether the marked total after a row adds up with the row and the rows it seems to sum
    all counted, in as many years as with the row alone: then the row only equals them (a
    forecast model's 其他流动负债 set to 短期借款 + 应付账款) and is no subtotal."""
    rows = sorted(by_row)
    marked = {r for r in rows if _is_subtotal(first[r])}
    total = next((r for r in rows if r > row and r in marked), None)
    if total is None:
        return False
    start = max((r for r in marked if r < min(parts)), default=-1)
    section = [r for r in rows if start < r < total]
    collapsed = [r for r in section if r not in parts]
    held = {"all": 0, "collapsed": 0}
    for period, t in by_row[total].items():
        for name, members in (("all", section), ("collapsed", collapsed)):
            cells = [by_row[r].get(period) for r in members]
            if None not in cells and len(cells) >= 2 and judge_sum([c.printed for c in cells], t.printed)[0] != "mismatch":
                held[name] += 1
    return held["all"] >= held["collapsed"] and held["all"] > 0


def _an_identitys_own(total: Amount, parts: list[Amount]) -> bool:
    return any(t == total.concept and {p.concept for p in parts} <= {c for _, c in lines}
               for t, lines, *_ in IDENTITIES)


def _collapsed(parts: list[Amount], unmarked: dict[int, tuple[int, ...]]) -> list[Amount]:
    """A section's rows with the rows an unmarked subtotal among them sums left out."""
    rows = {a.row for a in parts}
    summed = {r for row, spanned in unmarked.items() if row in rows for r in spanned}
    return [a for a in parts if a.row not in summed]


def _unmarked_check(cells: list[Amount], row: int, spanned: tuple[int, ...]) -> dict:
    total = next(a for a in cells if a.row == row)
    parts = [a for a in cells if a.row in spanned]
    verdict, exact = judge_sum([p.printed for p in parts], total.printed)
    note = f"the listed rows add up to {exact}; the row sums these rows in the other years" if verdict == "mismatch" else ""
    return _sum_check(total, parts, verdict, exact, note)


def _section_evidence(periods, sections: list[tuple[str, Amount, list[Amount], str]]) -> list[tuple[list[str], list[str]]]:
    """For each (period, total, its listed rows, verdict): the later forecast years in which the
    same rows add up (`_later_evidence`), and the reported periods in which they add up exactly
    (`_reported_evidence`) — the same section being the total's row and its parts' rows."""
    keyed = [(period, (total.row, tuple(p.row for p in parts)), verdict) for period, total, parts, verdict in sections]
    later = _later_evidence(periods, [(period, key, verdict != "mismatch") for period, key, verdict in keyed])
    return list(zip(later, _reported_evidence(keyed)))


def _reported_evidence(judged: list[tuple[str, tuple, str]]) -> list[list[str]]:
    """For each (period, what was checked, its verdict): where the period is a reported one, the
    other reported periods in which the same thing added up exactly — if `EXACT_REPORTED` or more
    did and none failed to; else []."""
    exact: dict[tuple, list[str]] = {}
    failed: dict[tuple, list[str]] = {}
    for period, key, verdict in judged:
        if is_forecast(period):
            continue
        if verdict == "consistent":
            exact.setdefault(key, []).append(period)
        elif verdict == "mismatch":
            failed.setdefault(key, []).append(period)
    out = []
    for period, key, _ in judged:
        others = [p for p in exact.get(key, []) if p != period]
        alone = all(p == period for p in failed.get(key, []))
        out.append(others if not is_forecast(period) and alone and len(others) >= EXACT_REPORTED else [])
    return out


def _later_evidence(periods, judged: list[tuple[str, tuple, bool]]) -> list[list[str]]:
    """For each (period, what was checked, whether it held): the other forecast years after
    the current one in which the same thing held — [] for a year that is not such a year.

    Past the current year a forecast is the model alone, year after year: rows that add up
    in another such year leave none out in this one. A reported year, and the current one
    (the first forecast year, carrying the quarters already reported with their 汇率变动
    and one-off lines), may carry a line of its own that year."""
    later = set(sorted((p for p in periods if is_forecast(p)), key=sort_key)[1:])
    held: dict[tuple, list[str]] = {}
    for period, key, holds in judged:
        if holds and period in later:
            held.setdefault(key, []).append(period)
    return [[y for y in held.get(key, []) if y != period] if period in later else [] for period, key, _ in judged]


def identities(rows: list[Amount]) -> list[dict]:
    """Statement identities per period, once for each table that prints the total."""
    out = []
    periods = sorted({a.period for a in rows})
    for total, parts, optional, *unless in IDENTITIES:
        found = []
        for period in periods:
            here = [a for a in rows if a.period == period]
            for t in _each_table(here, total):
                if unless and any(a.concept in unless and a.table == t.table for a in rows):
                    continue  # (a line whose own identities judge these figures)
                check = _identity(t, here, parts, optional, period, rows)
                if check is not None:
                    found.append((period, check))
        # an optional line a forecast leaves out (汇率变动 in a cash-flow forecast) is none in a
        # later forecast year where the identity holds without it in another such year
        evidences = _later_evidence(periods, [(period, check["_lines"],
                                               check["verdict"] != "mismatch" and "_absent" not in check)
                                              for period, check in found])
        for (period, check), evidence in zip(found, evidences):
            if check.pop("_absent", None) and evidence:
                check["verdict"] = "mismatch"
                check["note"] = (f"{check['note']}; the identity holds without it in {', '.join(evidence)}, "
                                 f"so this forecast has none")
            out.append(check)
    return out


def _each_table(rows: list[Amount], concept: str) -> list[Amount]:
    """The line as each table prints it (a summary table and the statements page both)."""
    seen, out = set(), []
    for a in rows:
        if a.concept == concept and a.table not in seen:
            seen.add(a.table)
            out.append(a)
    return out


def _identity(t: Amount, here: list[Amount], parts, optional, period: str, rows: list[Amount]) -> dict | None:
    """One identity for one period, its total as table `t.table` prints it, its parts from
    that table first."""
    found = [(sign, _pick(here, c, t.table)) for sign, c in parts]
    missing = [c for (sign, c), (_, a) in zip(parts, found) if a is None and c not in optional]
    present = [(sign, a) for sign, a in found if a is not None]
    if missing or not present or (len(present) == 1 and len(parts) > 1):
        return None  # a statement that does not print the lines is not judged from guesses
    if all(a.table != t.table for _, a in present) and len(present) > 1:
        return None  # a summary line against another table's parts is the restated family's
    if parts[-1][1] == "parent_equity" and _pick(here, "equity_total", t.table) is not None:
        return None  # the total equity line is printed: the identity above judges it
    # a statement that prints its costs negative ((35,346)): a subtracted line is added as printed
    costs_negative = any(a.table == t.table and a.concept in EXPENSES and a.printed.value < 0 for a in here)
    check = _judge_identity(t, present, period, costs_negative)
    if check["verdict"] == "mismatch" and parts[-1][1] == "parent_equity":
        # 股东权益 may already include the minority: read without 少数股东权益
        alt = _judge_identity(t, [(s, a) for s, a in present if a.concept != "minority_equity"], period, costs_negative)
        if alt["verdict"] != "mismatch":
            alt["note"] = "股东权益 read as total equity (it includes 少数股东权益)"
            check = alt
    absent = [c for (sign, c), (_, a) in zip(parts, found) if a is None]
    parent = next((a for a in [t] + [a for _, a in present] if parent_in_disguise(a, rows)), None)
    if check["verdict"] == "mismatch" and parent is not None:
        check["verdict"] = "unverifiable"
        check["note"] = (f"{parent.item} here prints the parent's share (归母, {parent.printed.value}), "
                         f"not the net profit the identity needs")
    elif check["verdict"] == "mismatch" and absent and _within_an_unprinted_line(t, present, check):
        check["verdict"] = "unverifiable"
        check["note"] = f"a line the identity needs is not printed: {', '.join(absent)}"
        check["_absent"] = tuple(absent)  # identities() may find the forecast needs none
    elif check["verdict"] == "mismatch" and absent:
        check["note"] = (f"{', '.join(absent)} is not printed, but the printed lines give {check['recomputed']}: "
                         f"more than {UNPRINTED_SHARE:.0%} of the lines apart, no such line")
    check["_lines"] = (t.table, tuple(c for c, (_, a) in zip(parts, found) if a is not None))
    return check


# the most an unprinted optional line (汇率变动 in a cash-flow identity) is taken to be, as a
# share of the printed lines' sizes: 中原's and 东吴's 2025E are 376 and 503 off on flows of
# some 100,000; a gap of a tenth of the flows is no exchange-rate effect
UNPRINTED_SHARE = Decimal("0.05")


def _within_an_unprinted_line(total: Amount, present: list[tuple[int, Amount]], check: dict) -> bool:
    exact = check.get("recomputed")
    if exact is None:
        return True
    size = sum(abs(a.printed.value) for _, a in present) + abs(total.printed.value)
    return abs(Decimal(str(exact)) - total.printed.value) <= UNPRINTED_SHARE * size


def parent_in_disguise(a: Amount, rows: list[Amount]) -> bool:
    """A line labelled 净利润 that prints the parent's share: summary tables often do, and
    the same value stands as 归母净利润 elsewhere in the report for that year — unless its own
    table steps down to its row (净利润 = 利润总额 − 所得税 there, in some period) or prints the
    minority's share as nothing that year: then it is the whole company's. `rows`: every period's."""
    return a.concept == "net_profit" and any(
        b.concept == "parent_np" and b.period == a.period and b.printed.value == a.printed.value for b in rows
    ) and not _stepped_to(a, rows) and not _no_minority(a, rows)


def _no_minority(net: Amount, rows: list[Amount]) -> bool:
    """Whether 净利润's own table prints 少数股东损益 as 0 for its period."""
    minority = _pick([b for b in rows if b.table == net.table and b.period == net.period], "minority")
    return minority is not None and minority.printed.value == 0


def _stepped_to(net: Amount, rows: list[Amount]) -> bool:
    """Whether 净利润's row is 利润总额 less 所得税 as its own table prints them, in some period."""
    for line in (b for b in rows if (b.table, b.row) == (net.table, net.row)):
        here = [b for b in rows if b.table == line.table and b.period == line.period]
        before, tax = _pick(here, "total_profit"), _pick(here, "income_tax")
        if before is not None and tax is not None and any(
                judge_sum([before.printed, tax.printed.signed(sign)], line.printed)[0] != "mismatch" for sign in (-1, 1)):
            return True
    return False


def _pick(rows: list[Amount], concept: str, table: int | None = None) -> Amount | None:
    cands = [a for a in rows if a.concept == concept]
    if table is not None:
        same = [a for a in cands if a.table == table]
        cands = same or cands
    return cands[0] if cands else None


def _judge_identity(total: Amount, parts: list[tuple[int, Amount]], period: str, costs_negative: bool = False) -> dict:
    """Expenses may be printed negative ((35,346)) or positive: a subtracted line is taken by
    its size first, then as printed, and — in a statement that prints its costs negative — added
    as printed (a tax credit of a loss year then prints positive); the note says which reading
    reproduces the total."""
    def run(reading: str):
        signed = []
        for sign, a in parts:
            v = a.printed
            if sign < 0 and reading == "size":
                v = v.with_sign(-1)
            elif sign < 0 and reading == "signed":
                v = v.signed(-1)
            signed.append(v)  # "added": as printed
        return judge_sum(signed, total.printed)

    verdict, exact = run("size")
    note = ""
    readings = [("signed", "subtracted lines taken as printed (signed)")]
    if costs_negative:
        readings.append(("added", "subtracted lines added as printed (the statement prints its costs negative)"))
    if verdict == "mismatch" and any(sign < 0 for sign, _ in parts):
        for reading, why in readings:
            v2, e2 = run(reading)
            if v2 != "mismatch":
                verdict, exact, note = v2, e2, why
                break
    if verdict == "mismatch":
        note = _slip_noted(note, [(a.item, a.printed.with_sign(-1) if s < 0 else a.printed) for s, a in parts], total)
    formula = f"{total.item} = " + " ".join(("+ " if s > 0 else "− ") + a.item for s, a in parts).lstrip("+ ")
    return make(f"{total.item} {period} {total.printed.value}", total.page, formula,
                {a.item: a.printed for _, a in parts}, total.printed, exact, total.unit, verdict, note, total.cell(),
                cells=[total] + [a for _, a in parts])
