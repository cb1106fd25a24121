"""Company-report tables → typed rows: `financials` (one row per printed number of a
forecast, statement or ratio table) and `comparables` (one row per company and figure).

Works on any `Table` whose header gives periods (2024A, 2025E, 1Q25A): tables read from
word geometry (`read.borderless`), from rulings, or from markup. Which statement a
table or a section of it belongs to, and the units words, are data
(`data/statements.json`), not code.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Optional

from ..document import Document, Table
from ..errors import message
from ..periods import (BARE_CHANGE, DATE_IN_WORDS, DAY_FIRST_DATE, REPORT_DATE, UNHEADED_COLUMN_LABEL, month_of_english, period_before,
                       period_of_label, year_before, yearless_quarter)
from ..read.borderless import NULL_MARK, growth_header, is_period
from ..read.spaced import line_item_names
from .continued import tie_continuations
from .. import data_text


@lru_cache(maxsize=1)
def statements_data() -> dict:
    """data/statements.json, read once: the words of each statement, its units, total lines."""
    return json.loads(data_text("statements.json"))


# ----------------------------------------------------------------------------- values
_BRACKETED = re.compile(r"\((?![-+−–(])(.+)\)(%|％|x|X|倍|pcts?|ppts?|pp)?")
_NUMBER = re.compile(r"^([-+−–－＋]?)\(?([-+−–－＋]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)?\s*(%|％|x|X|倍|pcts?|ppts?|pp|bps?|个?百分点)?$")


def parse_value(text: Optional[str]) -> tuple[Optional[Decimal], Optional[str], bool]:
    """A printed cell → (number, unit the cell itself prints, parsed?).

    "(1,234)", "(0.4)%", "(0.4%)" and "-1,234" are negative; "13.9%" is 13.9 with unit %; "0.6pct", "0.6pp",
    "+1.26个百分点" are so many percentage points (unit pct; "60bp" is 0.6 of them); "N.M.", "-", "--" are no value (parsed,
    None). Anything else is not a number (not parsed)."""
    if text is None:
        return None, None, True
    t = text.strip().replace(" ", "")
    if not t or NULL_MARK.fullmatch(t):
        return None, None, True
    # a bracketed negative with its unit inside or after the bracket: (0.4)% and (0.4%)
    bracketed = _BRACKETED.fullmatch(t)
    if bracketed:
        value, unit, ok = parse_value(bracketed.group(1) + (bracketed.group(2) or ""))
        return (-value if value is not None else None), unit, ok
    # a change written with its direction, as an annual report's 增减 column prints a ratio's:
    # '减少3.3个百分点', '增加1.2个百分点', '下降5.0%'
    direction = _DIRECTION.match(t)
    if direction and t[direction.end():][:1].isdigit():
        value, unit, ok = parse_value(t[direction.end():])
        if ok and value is not None:
            return (-value if direction.group(0) in _DOWN else value), unit, ok
    m = _NUMBER.match(t)
    if not m:
        return _with_its_unit(t)
    sign1, sign2, digits, suffix = m.groups()
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None, None, False
    # a plus sign is a sign too ('+23.68%', a growth column's), but not a negative one
    negative = (sign1 or sign2 or "+").strip("+＋") != "" or (t.startswith("(") and t.endswith(")"))
    if negative:
        value = -value
    # percentage points (a change of a ratio: '0.6pct'); basis points are hundredths of one
    if suffix and suffix.startswith("bp"):
        return value / 100, "pct", True
    unit = {"%": "%", "％": "%", "x": "x", "X": "x", "倍": "x"}.get(suffix or "", "pct" if suffix else None)
    return value, unit, True


_DOWN = ("减少", "下降", "降低", "下滑", "减", "降")
_DIRECTION = re.compile(r"增加|上升|提高|提升|增长|减少|下降|降低|下滑|增|减|升|降")


# a cell that prints its period's change after its amount, as results summaries do:
# '3.44亿元(同比-8.86%)', '0.14亿元（环比+5.2%）'
_GROWTH_TAIL = re.compile(r"(?P<amount>.+?)\s*[（(]\s*(?P<basis>同比|环比|YoY|QoQ)\s*[:：]?\s*(?P<growth>[-+−–]?\d[\d,]*(?:\.\d+)?%)\s*[)）]", re.I)


def growth_tail(text: Optional[str]) -> tuple[Optional[str], Optional[tuple[str, str]]]:
    """A cell's amount, and the change it prints after it as (printed change, yoy|qoq), if any."""
    m = _GROWTH_TAIL.fullmatch((text or "").strip())
    if not m:
        return text, None
    basis = "qoq" if m.group("basis") in ("环比",) or m.group("basis").lower() == "qoq" else "yoy"
    return m.group("amount"), (m.group("growth"), basis)


@lru_cache(maxsize=1)
def _unit_words() -> list[tuple[str, str]]:
    """(word, unit) for the amount units' Chinese words, longest first (百万元 before 元)."""
    return sorted(((w, unit) for unit, ws in statements_data()["units"].items() if unit not in ("%", "x")
                   for w in ws if not w.isascii()), key=lambda wu: -len(wu[0]))


def _with_its_unit(t: str) -> tuple[Optional[Decimal], Optional[str], bool]:
    """A number followed by its unit word, as summaries print a cell ('45.66亿元', '4,519.84万元'):
    the number and the unit (the longest unit word that ends the cell)."""
    for word, unit in [*_unit_words(), *_BARE_SCALES]:
        if t.endswith(word) and len(t) > len(word):
            value, own_unit, ok = parse_value(t[:-len(word)])
            if ok and value is not None and own_unit is None:
                return value, unit, True
            break
    return None, None, False


# a scale word alone after a figure, as data vendors print yuan amounts ('2.99亿', '9691.72万')
_BARE_SCALES = [("万亿", "万亿元"), ("亿", "亿元"), ("万", "万元")]


def plain(x: Optional[Decimal]) -> Any:
    """A Decimal as a JSON number that keeps its printed digits (0.60 stays 0.6, 45250 an int)."""
    if x is None:
        return None
    return int(x) if x == x.to_integral_value() and "." not in str(x) else float(x)


# ----------------------------------------------------------------------------- units and statements
_UNIT_IN_LABEL = re.compile(r"^(.*?)\s*[（(]\s*([^()（）]{1,12}?)\s*[)）]\s*$")


def unit_of(text: Optional[str]) -> Optional[str]:
    """The unit a caption, header or label names ("单位：百万元", "(人民币百万)", "(%)")."""
    if not text:
        return None
    squashed = re.sub(r"\s", "", text)
    best = None
    for unit, words in statements_data()["units"].items():
        for w in words:
            w2 = re.sub(r"\s", "", w)
            # a bare "元" or "x" must stand alone in brackets or after 单位, not inside a word (an annual
            # report's '单位：千元 币种：人民币' names its currency after it)
            if len(w2) <= 2 and unit not in ("%",):
                if re.search(rf"(?:[（(]|单位[:：]?){re.escape(w2)}[)）]?$|^{re.escape(w2)}$|[（(]{re.escape(w2)}[)）]"
                             rf"|单位[:：]?{re.escape(w2)}(?=币种|[,，;；、])", squashed):
                    best = best or unit
                continue
            if w2 in squashed:
                # the longest unit word wins (百万元 over 元)
                if best is None or len(w2) > 2:
                    return unit
    return best


def split_label(label: str) -> tuple[str, Optional[str]]:
    """"营业收入(百万元)" → ("营业收入", "百万元"); a bracket that is not a unit stays, and so do
    the words a unit shares its bracket with ("净利润(归母,百万元)" → ("净利润(归母)", "百万元"))."""
    m = _UNIT_IN_LABEL.match(label)
    if m and m.group(1).strip():
        parts = [p.strip() for p in re.split(r"[,，、;；]", m.group(2))]
        units = [unit_of(f"({p})") for p in parts]
        unit = next((u for u in units if u), None)
        if unit:
            words = [p for p, u in zip(parts, units) if not u and p]
            return m.group(1).strip() + (f"({','.join(words)})" if words else ""), unit
    # a ratio's percent sign run onto its name, as data sites print it: '毛利率%', 'EBIT利润率%'
    bare = _PERCENT_AFTER_RATIO.match(label.strip())
    if bare:
        return bare.group(1), "%"
    return label.strip(), None


_PERCENT_AFTER_RATIO = re.compile(r"^([\u4e00-\u9fffA-Za-z]+率)\s*[%％]$")


def statement_of(*texts: Optional[str]) -> Optional[str]:
    """The first statement kind any of `texts` names (checked in the data's order per text)."""
    data = statements_data()
    for text in texts:
        if not text:
            continue
        low = text.lower()
        for kind in data["order"]:
            if any(w.lower() in low for w in data["words"][kind]):
                return kind
    return None


# ----------------------------------------------------------------------------- tables
_TICKER = re.compile(r"^(?:\d{4,6}(?:\.?\s?(?:SH|SZ|HK|BJ|TW|TT|US|JP|KS|CH))?|[A-Z]{1,6}(?:\.|\s)?(?:US|HK|O|N|TT))$")
_COMPANY_HEADER = re.compile(r"公司|股票|证券|代码|简称|名称|Company|Ticker", re.I)
_METRIC_WORDS = re.compile(r"PE|PB|PS|EPS|ROE|市盈率|市净率|市销率|市值|股价|收盘价|目标价|评级|EV", re.I)
_SUMMARY = re.compile(r"^(?:平均值?|均值|中值|中位数|算术平均|行业平均|可比公司平均|Average|Median|Mean)", re.I)


_PERIOD_IN_HEADER = re.compile(r"[（(]\s*([^()（）\s]+)\s*[)）]|([^\s()（）]+)")


def header_period(header: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(period, the rest) of a column header: "PE (x) 2025E", "EPS(2025E)", "2025E PE", and
    a metric and its period a PDF printed without a space between them ("EPS2025E", "2025EEPS")."""
    text = (header or "").strip()
    if " " in text and is_period(text):  # a period printed spaced out ('2024 年 12 月 31 日') is one word
        return re.sub(r"\s+", "", text), None
    ended = _MONTHS_ENDED.search(text)
    if ended and (label := _months_ended_label(ended)):
        # an English statement's column: 'For the six months ended June 30, 2025 (HK$ Thousand)' is 2025's first half
        return label, re.sub(r"\s+", " ", (text[:ended.start()] + " " + text[ended.end():])).strip() or None
    found = [(m, word) for m in _PERIOD_IN_HEADER.finditer(text) if is_period(word := m.group(1) or m.group(2))]
    # a relative heading with its dates ('本报告期 (2012年1-6月)', an A-share results flash's): the dated period
    dated = [(m, word) for m, word in found if (period_of_label(word) or ("R",))[0] != "R"]
    for m, word in (dated or found)[:1]:
        rest = (text[:m.start()] + " " + text[m.end():]).strip()
        return word, re.sub(r"\s+", " ", rest) or None
    return _glued(text)


# a metric word a period may be glued to: the longest that leaves a period reads ('2025EPS' is 2025 EPS)
_METRIC_WORD = re.compile(r"(?:EV/EBITDA|EV/EBIT|EV/Sales|EPS|BPS|BVPS|DPS|PE|P/E|PB|P/B|PS|P/S|ROE|ROA|PEG|"
                          r"市盈率|市净率|市销率|每股收益|每股净资产|净利润|归母净利润|营业收入|营收)(?:\s*[(（][^()（）]*[)）])?", re.I)


# the months a period counts to the day it ends, as an English statement heads a column: 'For the six months ended June
# 30, 2025', 'Three months ended September 30, 2025', 'Year ended December 31, 2024'
_MONTHS_ENDED = re.compile(r"(?i)(?:for\s+the\s+)?(?P<n>three|six|nine|twelve)\s+months\s+ended\s+(?P<month>[a-z]+)\.?\s+\d{1,2},?\s+"
                           r"(?P<year>(?:19|20)\d\d)|(?:for\s+the\s+)?year\s+ended\s+december\s+31,?\s+(?P<yyear>(?:19|20)\d\d)")
_ENDED_LABELS = {("three", "march"): "{y}Q1", ("three", "june"): "{y}Q2", ("three", "september"): "{y}Q3",
                 ("three", "december"): "{y}Q4", ("six", "june"): "{y}H1", ("six", "december"): "{y}H2",
                 ("nine", "september"): "{y}前三季度", ("twelve", "december"): "{y}"}


def _months_ended_label(m: re.Match) -> Optional[str]:
    """The period label of a '… months ended <month> <day>, <year>' phrase: a calendar period's where the months and the
    month close one; else the period closing that month, its length unknown ('2025/09': a fiscal year's half)."""
    if m.group("yyear"):
        return m.group("yyear")
    form = _ENDED_LABELS.get((m.group("n").lower(), m.group("month").lower()))
    if form:
        return form.format(y=m.group("year"))
    month = month_of_english(m.group("month"))
    return f"{m.group('year')}/{month:02d}" if month else None


def _glued(text: str) -> tuple[Optional[str], Optional[str]]:
    """A period and a metric or a revision word printed as one ('EPS2025E', '2025E调整前')."""
    best = (None, None)
    for k in range(1, len(text)):
        for period, metric in ((text[:k], text[k:]), (text[k:], text[:k])):
            if (is_period(period) and (_METRIC_WORD.fullmatch(metric) or revision_basis(metric, whole=True))
                    and len(metric) > len(best[1] or "")):
                best = (period, metric)
    return best


def period_columns(table: Table) -> list[tuple[int, str, Optional[str]]]:
    """(cell index, period, the rest of the header) of every column whose header names a period.
    A change column that names none ('2025E调整前 | 2025E调整后 | 变动') is the change of the
    year printed left of it."""
    out = []
    header = table.cells[0] if table.cells else []
    periods = [header_period(h) for h in header]
    for i, (h, (period, rest)) in enumerate(zip(header, periods)):
        if period and rest in ("%", "％") and any(p == period and r not in ("%", "％") for p, r in periods):
            continue  # a period's % beside its amount ('114年第3季 金额 | 114年第3季 %'): each line's share of revenue, no amount
        if period:
            out.append((i, period, rest))
        elif out and out[-1][0] == i - 1 and revision_basis(out[-1][2]) and revision_basis(h, whole=True) == "change":
            out.append((i, out[-1][1], h.strip()))
    return (out + _to_date_beside_quarters(header, out)) or _quarters_of_the_titles_year(table)


# the columns a Taiwan filing prints beside its quarter and the year before's: the year to that quarter's end,
# and the same of the year before ('114年第3季 | 113年第3季 | 本期累计 | 去年同期累计')
_TO_DATE = re.compile(r"^(本期累计|(?:去年|上年)同期累计)\s*(?P<rest>金额|%|％)?$")
_TO_DATE_LABELS = {1: "{y}Q1", 2: "{y}H1", 3: "{y}年前三季度", 4: "{y}"}


def _to_date_beside_quarters(header: list, out: list) -> list[tuple[int, str, Optional[str]]]:
    """本期累计 and 去年同期累计 as the periods they count: from the start of the year of the first quarter
    the header names to that quarter's end, and a year before."""
    quarters = [q for _, p, _ in out if (q := period_of_label(p)) and q[0] == "Q"]
    if not quarters:
        return []
    _, year, n = quarters[0]
    found = []
    for i, h in enumerate(header):
        m = _TO_DATE.match((h or "").strip())
        if m is None or m.group("rest") in ("%", "％"):
            continue
        y = year if m.group(1) == "本期累计" else year - 1
        found.append((i, _TO_DATE_LABELS[n].format(y=y), m.group("rest")))
    return found


_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def _quarters_of_the_titles_year(table: Table) -> list[tuple[int, str, Optional[str]]]:
    """Columns that name quarters without their year ('第一季度(1-3月份)' …), under a caption that
    names one year ('八、2024年分季度主要财务数据'): that year's quarters ('2024年第一季度')."""
    header = table.cells[0] if table.cells else []
    quarters = [(i, q) for i, h in enumerate(header) if (q := yearless_quarter(h or ""))]
    years = set(_TITLE_YEAR.findall(table.title or ""))
    if len(quarters) < 2 or len(years) != 1:
        return []
    year = years.pop()
    return [(i, f"{year}年第{'一二三四'[q - 1]}季度", None) for i, q in quarters]


def is_comparables(table: Table, stub_width: int) -> bool:
    header = table.cells[0] if table.cells else []
    stub_headers = " ".join(h or "" for h in header[:stub_width])
    uppers = [u for _, _, u in period_columns(table) if u]
    if stub_width >= 2 and _COMPANY_HEADER.search(stub_headers):
        return True
    body = table.cells[table.header_rows:]
    tickers = sum(1 for r in body for c in r[:stub_width] if c and _TICKER.match(c.strip()))
    return bool(uppers) and any(_METRIC_WORDS.search(u) for u in uppers) and tickers >= 2


# a row that prints the growth on the period before (环比) of the line item above it
QOQ_LABEL = re.compile(r"环比(?:增长|增速|变化)?率?\s*(?:[（(]%[)）])?|QoQ|qoq|QOQ")
# a row that prints the growth of the line item above it, with no name of its own
GROWTH_LABEL = re.compile(r"[（(]?\s*[+＋]?/?[-－]?\s*%?\s*[)）]?\s*%?|(?:年|同比)?(?:增长|增速)(?:比?率)?|"
                          r"同比(?:增长|增速|变化)?率?|YoY|yoy|YOY|增长率?\s*(?:yoy|YoY|YOY)?\s*[（(]?%?[)）]?")


# a row naming the line item above it and a growth mark ('Revenue (+/-)', 'Net profit YoY', '营业收入增长率')
_ITEM_THEN_GROWTH = re.compile(r"(?P<item>.+?)\s*(?:[（(]\s*[+＋]?/?[-－]?\s*%?\s*[)）]|YoY|yoy|growth|同比(?:增长)?率?|增长率|增速)"
                               r"\s*(?:[（(]%[)）])?")


# a part's revenue or profit by its name ('刻蚀设备营业收入'): a company's line, split
_A_PART_S_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}(?:营业收入|营收|毛利)$")


def _a_line(label: str) -> bool:
    """Whether a row's label is a company's line: a statement's line item, a ratio only a company's
    statements give, or a part's revenue or profit."""
    name = re.sub(r"\s", "", label)
    return name in line_item_names() or bool(_COMPANY_RATIO.search(label)) or bool(_A_PART_S_LINE.search(name))


# ratios only a company's statements give (a macro series' 同比 or 收益率 is none)
_COMPANY_RATIO = re.compile(r"毛利率|净利率|净利润率|净资产收益率|ROE|ROA|资产负债率|费用率")


def financial_rows(table: Table, first_pages: int = 2, item_above: Optional[str] = None) -> list[dict]:
    """One row per printed number of a period-headed table; `item_above` is the last line item of
    the table this one continues (a page cut it): a growth row opening the part is that item's."""
    cols = period_columns(table)
    # one period is a table of figures when a growth column compares it ('指标 | 2024年 | 同比变化':
    # a results summary's); alone it may be anything dated
    if len(cols) < 2 and not (cols and growth_columns(table, cols)):
        return []
    # columns dated by the day a report closes ('25-09-30') are a data vendor's statements only where
    # its rows are statement lines: a macro series by quarter-end dates is no company's
    if all(REPORT_DATE.fullmatch(p) for _, p, _ in cols):
        # (or a part's line, as a data site's operating page prints its segments: '刻蚀设备营业收入(元)')
        # (or a line's growth: '归母净利润(元) | 归母净利润增速', a digest's two rows)
        lines = {label for row in table.cells[table.header_rows:] if row and (label := split_label((row[0] or "").strip())[0])
                 and (_a_line(label) or ((grown := _ITEM_THEN_GROWTH.fullmatch(label)) and _a_line(grown.group("item"))))}
        if len(lines) < 2:
            return []
    header = table.cells[0]
    stub_header = header[0] if header else None
    # a caption wrapped onto the header row ("资产负债表(百万美" + "元)") is read joined
    title_unit = unit_of(stub_header) or unit_of((table.title or "") + (stub_header or "")) or unit_of(table.title)
    base = statement_of(table.title and table.title.split()[-1], stub_header, table.title)
    if base is None or (base == "ratios" and table.page <= first_pages and not _names_ratios(table)):
        base = "forecast" if table.page <= first_pages else (base or "other")
    if table.report.get("shared_caption") or (base in ("forecast", "other") and (
            table.page > first_pages or _numbered_statement(table) or _own_columns(cols)
            or _YEARS_ENDED.search(stub_header or "") or _unheaded(cols))):
        # a statements page under one forecast caption (三大财务预测表), or a company's own statement
        # — its sections numbered (a data site's page), its columns the period it reports and the
        # one before (本期金额, 上年年末余额) or the days its balances are struck ('2024年12月31日') —,
        # or one caption over tables set side by side (it names one of them at most), or a stub headed
        # by the years its figures end on (截至12月31日止: a company's own results), or columns printed
        # with no header (nothing says they are forecasts): each table is
        # the statement whose total lines it prints
        base = _statement_by_totals(table) or base
    rows = []
    body = table.cells[table.header_rows:]
    groups = table.row_groups or [None] * len(body)
    previous_item = item_above
    first_value = min((i for i, _, _ in cols), default=1)
    column_basis = {i: revision_basis(upper) for i, _, upper in cols}  # a column's, once: not per cell
    # a column's own unit beside its period ('2025/06 - 中期 港元(千$)', '2023/06 人民币(千¥)': a data
    # vendor prints each column's currency, and they may differ)
    column_unit = {i: unit_of(upper) for i, _, upper in cols}
    growth_cols = growth_columns(table, cols)
    # each column's period before (环比 rows compare with it), where the table prints it
    by_period = {period_of_label(p): p for _, p, _ in cols}
    for row_number, (cells, group) in enumerate(zip(body, groups)):
        label = (cells[0] or "").strip()
        # a revision table by rows: "营业收入 | 调整前", then " | 调整后", " | 变动" (the item
        # named once), or "营业收入（调整后）"
        sub = (cells[1] or "").strip() if first_value > 1 and len(cells) > 1 else ""
        row_basis = revision_basis(sub, whole=True) if sub else None
        qualifier = _QUALIFIER_IN_LABEL.search(label)
        if qualifier and (named := revision_basis(qualifier.group(1), whole=True)):
            row_basis, label = named, label[:qualifier.start()].strip()
        elif label and previous_item and (named := revision_basis(label, whole=True)):
            row_basis, label = named, previous_item
        if not label and row_basis and previous_item:
            label = previous_item
        if not label:
            continue
        item, label_unit = split_label(label)
        growth_of, qoq_row = None, False
        named_growth = _ITEM_THEN_GROWTH.fullmatch(item)
        if GROWTH_LABEL.fullmatch(item) and previous_item:
            growth_of = previous_item  # "(+/-%)", 同比增长 under a line item: that item's growth
        elif named_growth and previous_item and named_growth.group("item").strip() == previous_item:
            growth_of = previous_item  # "Revenue (+/-)", "营业收入增长率" under "Revenue": that item's growth
        elif QOQ_LABEL.fullmatch(item) and previous_item:
            growth_of, qoq_row = previous_item, True  # 环比 under a quarter's line item: on the quarter before
        else:
            previous_item = item
        statement = statement_of(group) or base
        if statement == "ratios" and not group:
            statement = _item_statement(item) or statement
        group_unit = unit_of(group)
        for i, period, _upper in cols:
            text, change = growth_tail(cells[i] if i < len(cells) else None)
            value, cell_unit, ok = parse_value(text)
            if text is None:
                continue
            row = {"item": item, "period": period, "value": plain(value) if ok else None,
                   "unit": cell_unit or label_unit or column_unit[i] or group_unit or _table_unit(item, title_unit),
                   "statement": statement, "page": table.page, "printed": text, "group": group,
                   "row": row_number}
            if growth_of:
                row["growth_of"] = growth_of
            basis = column_basis[i] or row_basis
            if basis:
                row["basis"] = basis
            if qoq_row:
                row["basis"], row["base_period"] = "qoq", _base_of(period, "qoq", by_period)
            if not ok:
                row["text"] = text
                row["warning"] = "cell is not a number"
            rows.append(row)
            if change and ok and value is not None and not growth_of:
                rows.append(_change_row(row, item, change, by_period))
        for i, basis, now, before in growth_cols:
            value, cell_unit, ok = parse_value(cells[i] if i < len(cells) else None)
            if ok and value is not None and not growth_of:
                rows.append({"item": item, "period": now, "value": plain(value), "unit": cell_unit or "%",
                             "statement": statement, "page": table.page, "printed": cells[i], "group": group,
                             "row": row_number, "growth_of": item, "basis": basis, "base_period": before})
    return rows


def _change_row(row: dict, item: str, change: tuple[str, str], by_period: dict) -> dict:
    """The growth row of the change a cell prints after its amount (`growth_tail`): the amount's
    row as the growth of its item, against the period the table prints before it."""
    printed, basis = change
    growth, _, _ = parse_value(printed)
    return {**row, "value": plain(growth), "unit": "%", "printed": printed, "growth_of": item, "basis": basis,
            "base_period": _base_of(row["period"], basis, by_period)}


def _base_of(period: str, basis: str, by_period: dict) -> Optional[str]:
    """The printed period a change of `period` compares with: the year before's (同比) or the
    period before's (环比), where the table prints it."""
    p = period_of_label(period)
    if p is None:
        return None
    return by_period.get(year_before(p) if basis == "yoy" else period_before(p))


def growth_columns(table: Table, cols: list[tuple[int, str, Optional[str]]]) -> list[tuple[int, str, str, Optional[str]]]:
    """(cell index, yoy|qoq, the period it is the growth of, the period it compares with)
    for each growth column ('3Q25 | 3Q24 | 同比 | 2Q25 | 环比'): the growth of the latest
    period printed to its left, against the column a year (同比) or a period (环比) before
    it, where the table prints one."""
    out = []
    header = table.cells[0] if table.cells else []
    periods = [(j, period_of_label(label), label) for j, label, _ in cols]
    own = any(p and p[0] == "R" for _, p, _ in periods)
    for i, h in enumerate(header):
        basis = growth_header(h)
        if basis is None and own and _OWN_CHANGE.fullmatch(re.sub(r"\s+", "", h or "")):
            basis = "yoy"  # '本期数 | 上年同期数 | 变动比例(%)': a company's own change on the year before
        left = [(p, label) for j, p, label in periods if j < i and p]
        right = [p for j, p, _ in periods if j > i and p]
        if basis is None and len(left) == 1 and BARE_CHANGE.fullmatch(re.sub(r"\s+", "", h or "")) and right \
                and right[0] == year_before(left[0][0]):
            basis = "yoy"  # '2024/12 | 变动 | 2023/12 | 2022/12': the first column's change on the year before it
        if basis is None and len(left) == 2 and _CHANGE_BETWEEN.fullmatch((h or "").strip()) \
                and left[0][0][1] - left[1][0][1] == 1:
            basis = "yoy"  # 'Revenue | 324,749 | 274,248 | +18.4%' under '… 2025 | … 2024 | Change (%)': the two columns' change
        if basis is None or not left:
            continue
        # the latest: by year, then quarter or half (a whole year after its parts)
        now, now_label = max(left, key=lambda x: (x[0][1], x[0][2] if len(x[0]) > 2 else 9))
        base = year_before(now) if basis == "yoy" else period_before(now)
        before = next((label for _, p, label in periods if p == base), None)
        if before is None and len(left) == 2 and not _NAMED_BASIS.search(h or ""):
            # a change column not named 同比 or 环比 after exactly two periods compares them: '2025年9月30日 |
            # 2024年12月31日 | 增减(%)' is the quarter's end against the year's end
            before = next(label for p, label in left if label != now_label)
        out.append((i, basis, now_label, before))
    return out


# a change column an English table heads with no basis (after two columns a year apart: their change)
_CHANGE_BETWEEN = re.compile(r"(?:%\s*|YoY\s*)?change\s*(?:[(（]\s*%\s*[)）]|%)?", re.I)


# a change column's word that names its basis (else it is the change between the columns it follows)
_NAMED_BASIS = re.compile(r"同比|环比|yoy|qoq|年增|季增", re.I)
# a company's own change column ('变动比例(%)', '变动幅度(%)'): beside 本期/上期 columns only — in a broker's
# revision table 变动 is the change between two forecasts
_OWN_CHANGE = re.compile(r"(?:变动|增减|变化)(?:比例|幅度|率)(?:[（(]%[)）]|%)?")


# how listings and checks name each forecast of a revision table, and a growth column
BASIS_WORDS = {"before": "调整前", "after": "调整后", "change": "变动", "yoy": "同比", "qoq": "环比"}
GROWTH_BASES = ("yoy", "qoq")  # a growth column's cells: growths, not amounts of their period
_QUALIFIER_IN_LABEL = re.compile(r"\s*[（(]([^()（）]{1,8})[)）]\s*$")


def continues(before: Table, table: Table, sources: list[Table], j: int, k: int) -> bool:
    """Whether `table` (the k-th source table) continues `before` (the j-th) from the page
    above: the first table of the next page after the last of `before`'s, printing the same
    header again, with no title of its own (or one that says so: "资产负债表（续）")."""
    if table.page != before.page + 1 or not table.cells or not before.cells:
        return False
    if any(t.page == table.page for t in sources[:k]) or any(t.page == before.page for t in sources[j + 1:k]):
        return False
    same_header = [c.strip() if c else c for c in table.cells[0]] == [c.strip() if c else c for c in before.cells[0]]
    titled = bool(table.title and table.title.strip()) and not re.search(r"续", table.title or "")
    return same_header and not titled


def _revision_stub(table: Table, width: int) -> bool:
    """A two-column stub whose second column says which forecast a row holds (调整前/调整后/变动)."""
    body = table.cells[table.header_rows:]
    marks = [r[1] for r in body if width == 2 and len(r) > 1 and r[1]]
    return bool(marks) and all(revision_basis(m, whole=True) for m in marks)


def revision_basis(text: Optional[str], whole: bool = False) -> Optional[str]:
    """Which forecast a revision table's column ("调整前 2025E", "新预测 2026E", "变动 2025E")
    or row label ("调整后", "变动(%)": `whole`, the label is the word and nothing else, so
    that 营运资金变动 stays a line item) holds: before, after or change (the words are data:
    statements.json "revision")."""
    if not text:
        return None
    for basis, words in statements_data()["revision"].items():
        if basis.startswith("_"):
            continue
        for w in words:
            w = w.strip("^$")
            if re.fullmatch(rf"(?:{w})(?:率|幅度|比例)?\s*(?:[（(][^()（）]*[)）])?", text.strip(), re.I) if whole \
                    else re.search(w, text, re.I):
                return basis
    return None


# the number a company's own statement (CAS) gives a line or a section: '一、营业总收入',
# '（一）基本每股收益', '1.持续经营净利润' — layout, not the line's name
LINE_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]"
                         r"|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d))\s*")
_SIGN_WORD = re.compile(r"^(?:加|减|其中)\s*[:：]\s*")  # "减:所得税", "加:其他收益"


def line_name(item: str) -> str:
    """A printed line item without the number its statement gives it and its sign word
    ('三、营业利润' → '营业利润', '加：其他收益' → '其他收益', '其中：营业成本' → '营业成本')."""
    return _SIGN_WORD.sub("", LINE_NUMBER.sub("", item or ""))


# a bracketed note after a line's name ('营业利润（亏损以“－”号填列）', '所得税（费用）')
_TRAILING_NOTE = re.compile(r"\s*[（(][^()（）]*[)）]\s*$")


# a section's number as a company's own statement prints it ('一、', '二、'), not a list's (1.)
_SECTION_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*、")


def _numbered_statement(table: Table) -> bool:
    """Whether the stub numbers its sections as a company's own statement does (一、营业总收入,
    二、营业总成本, 三、营业利润): the statement itself, wherever it stands, no summary of it."""
    return sum(bool(_SECTION_NUMBER.match(r[0] or "")) for r in table.cells[table.header_rows:] if r) >= 2


def _own_columns(cols: list[tuple[int, str, Optional[str]]]) -> bool:
    """Whether the columns are a company's own statement's: the period it reports and the one
    before (本期金额, 上年年末余额), the days its balances are struck ('2024年12月31日', or day first
    as Hong Kong writes them: '于31/12/2024'), or the months its periods close, as a data vendor
    heads a company's reported figures ('2025/06')."""
    return any((p := period_of_label(label)) is not None and p[0] == "R" or DATE_IN_WORDS.fullmatch(label)
               or DAY_FIRST_DATE.fullmatch(re.sub(r"\s", "", label)) or _CLOSING_MONTH.fullmatch(label)
               for _, label, _ in cols)


def _unheaded(cols: list[tuple[int, str, Optional[str]]]) -> bool:
    """Whether the columns are a table's printed with no header, named by their place
    (periods.UNHEADED_COLUMN): nothing says they are a broker's forecast."""
    return all(UNHEADED_COLUMN_LABEL.fullmatch(label) for _, label, _ in cols)


# the stub's heading of a company's own results, the years they end on ('截至12月31日止(百万港元)',
# '截至十二月三十一日止年度'): what a company reports, never a broker's forecast
_YEARS_ENDED = re.compile(r"截至.{1,12}止")


_CLOSING_MONTH = re.compile(r"(?:19|20)\d\d/(?:0[1-9]|1[0-2])")


def _statement_by_totals(table: Table) -> Optional[str]:
    """The one statement whose total lines (data: total_lines) the table's stub prints."""
    labels = [_TRAILING_NOTE.sub("", line_name((r[0] or "").strip())) for r in table.cells[table.header_rows:] if r]
    kinds = {kind for kind, patterns in statements_data()["total_lines"].items() if not kind.startswith("_")
             and any(re.search(p, label) for p in patterns for label in labels)}
    return kinds.pop() if len(kinds) == 1 else None


def _item_statement(item: str) -> Optional[str]:
    for kind, patterns in statements_data()["item_words"].items():
        if not kind.startswith("_") and any(re.search(p, item, re.I) for p in patterns):
            return kind
    return None


def _names_ratios(table: Table) -> bool:
    return bool(table.title and re.search(r"比率|指标", table.title))


_RATIO = re.compile(r"率|比率|ROE|ROA|ROIC|EV/|P/E|P/B|PE|PB|倍数|周转|Margin|增长|同比", re.I)


def is_ratio_item(item: str) -> bool:
    """A line item that names a ratio, a multiple or a growth (毛利率, ROE, PE, 同比), not an amount."""
    return bool(_RATIO.search(item)) and "每股" not in item


def _table_unit(item: str, table_unit: Optional[str]) -> Optional[str]:
    """The table's unit applies to its line items; a ratio row in a 百万元 table has no
    unit of money (its cells or label say % or x, else it stays null)."""
    if table_unit and table_unit not in ("%", "x") and is_ratio_item(item):
        return None
    return table_unit


def comparables_rows(table: Table, stub_width: int) -> list[dict]:
    header = table.cells[0]
    body = table.cells[table.header_rows:]
    groups = table.row_groups or [None] * len(body)
    cols = {i: (p, u) for i, p, u in period_columns(table)}
    company_col = ticker_col = None
    named = [j for j in range(stub_width) if header[j] and re.search(r"公司|名称|简称|Company", header[j], re.I)]
    if named:
        company_col = named[0]
    for j in range(stub_width):
        column = [r[j] for r in body if j < len(r) and r[j]]
        if column and sum(1 for c in column if _TICKER.match(c.strip())) >= 0.6 * len(column):
            ticker_col = j if ticker_col is None else ticker_col
        elif j != company_col and column and sum(1 for c in column if re.search(r"[\u4e00-\u9fffA-Za-z]", c)) >= 0.6 * len(column) \
                and company_col is None and not re.fullmatch(r"[A-Z]{3}", column[0].strip()):
            company_col = j
    out = []
    for cells, group in zip(body, groups):
        company = cells[company_col] if company_col is not None else None
        ticker = cells[ticker_col] if ticker_col is not None else None
        if not company:
            company = next((c for c in cells[:stub_width] if c and _SUMMARY.match(c.strip())), company)
        if not company and not ticker:
            continue
        for i, text in enumerate(cells):
            if i in (company_col, ticker_col) or text is None:
                continue
            if i in cols:
                period, upper = cols[i]
                metric = _metric_name(upper) if upper else None
            else:
                period, metric = None, _metric_name(header[i])
            if not metric:
                continue
            value, _unit, ok = parse_value(text)
            out.append({"company": (company or "").strip() or None, "ticker": ticker, "group": group,
                        "metric": metric, "period": period, "value": plain(value) if ok else text.strip(),
                        "page": table.page, "printed": text})
    return out


def _metric_name(header: Optional[str]) -> Optional[str]:
    if not header:
        return None
    name = re.sub(r"\s*[（(][^()（）]*[)）]\s*$", "", header.strip())  # "PE (x)" → "PE"
    return name or header.strip()


# a company's own statement points each line to its note ('附注五' over '1', '22'): a column of
# references beside the labels, no part of the stub
_NOTE_HEADER = re.compile(r"\s*(?:附注|注释)\s*[一二三四五六七八九十\d]*\s*")


def stub_width(table: Table) -> int:
    cols = period_columns(table)
    first = min((i for i, _, _ in cols), default=1)
    if table.report:
        return int(table.report.get("stub_columns", first))
    header = table.cells[0] if table.cells else []
    return first - sum(1 for h in header[1:first] if h and _NOTE_HEADER.fullmatch(h))


def one_header_row(table: Table) -> Table:
    """A table found by its rulings may print its header on two rows ("PE (x)" over
    "2025E 2026E"), with merged cells as None: leading rows with no value but a period
    label are header rows; a spanned cell takes the text of the cell it continues. The
    result has one header row and the stub's width in its report."""
    if table.source != "ruled" or not table.cells:
        return table
    k = 0
    while k < len(table.cells) - 1 and not any(
            c and parse_value(c)[2] and parse_value(c)[0] is not None and not is_period(c.replace(" ", ""))
            for c in table.cells[k]):
        k += 1
    if k == 0 or not any(c and is_period(c.replace(" ", "")) for row in table.cells[:k] for c in row):
        return table
    width = max(len(r) for r in table.cells)
    header = []
    for j in range(width):
        parts = []
        for row in table.cells[:k]:
            cell = row[j] if j < len(row) else None
            if cell is None and j > 0:  # spanned: the cell to its left continues here
                cell = next((row[i] for i in range(j - 1, -1, -1) if row[i] is not None), None)
            if cell and cell.strip():
                parts.append(cell.strip())
        header.append(" ".join(parts) or None)
    copy = table.model_copy(deep=True)
    copy.cells = [header] + table.cells[k:]
    copy.header_rows = 1
    first = next((j for j, h in enumerate(header) if h and is_period(h.split()[-1])), 1)
    copy.report = {**table.report, "stub_columns": first}
    return copy


# a count a site prints after a period down its rows: '24Q3 (20)' (the twentieth quarter it lists)
_COUNT_AFTER_PERIOD = re.compile(r"[(（]\d{1,3}[)）]$")


def grouped_header(table: Table) -> Table:
    """A table whose header cells each name a line item and its changes ('营收 QoQ YoY | 营业成本 QoQ
    YoY', as a data site prints a company's quarters down its rows and each line's value, QoQ and YoY
    across), each spanning as many columns as it names, with one header cell per column: the item,
    then each change by its own name ('QoQ', 'YoY'). Only where the rows below are exactly as wide."""
    header = table.cells[0] if table.cells else []
    expanded = [header[0] if header else None]
    for cell in (h for h in header[1:] if h):
        words = cell.split()
        changes = len(words) - next((k for k in range(len(words), 0, -1) if not growth_header(words[k - 1])), 0)
        if not 1 <= changes <= 2 or changes == len(words):
            return table  # a cell that names no item with its changes: no such header
        expanded += [" ".join(words[:-changes])] + words[-changes:]
    body = table.cells[table.header_rows:]
    if len(expanded) < 5 or not body or max(len(row) for row in body) != len(expanded):
        return table
    copy = table.model_copy(deep=True)
    copy.cells = [expanded] + body
    copy.header_rows = 1
    return copy


def _stub_period(text: Optional[str]) -> str:
    """A period down a table's first column, a site's count after it left out ('24Q3 (20)' → 24Q3)."""
    return _COUNT_AFTER_PERIOD.sub("", (text or "").replace(" ", ""))


def _quarters_down_of_the_titles_year(table: Table, body: list[list], doc_year: Optional[str] = None) -> list[list]:
    """Rows that name quarters without their year ('Q1' … 'Q4' down the first column) under a caption
    naming one year ('注:数据来源于2024年年度报告及季度报告整合分析'), or in a document whose title names
    one ('智飞生物(300122)2024年年度报告深度分析' over a caption '二、分季度业绩表现'): that year's quarters, as
    `_quarters_of_the_titles_year` reads such columns. Other rows as they are."""
    quarters = [yearless_quarter(r[0] or "") if r else None for r in body]
    years = set(_TITLE_YEAR.findall(table.title or "")) or ({doc_year} if doc_year else set())
    if sum(1 for q in quarters if q) < 2 or len(years) != 1:
        return body
    year = years.pop()
    return [[f"{year}年第{'一二三四'[q - 1]}季度", *r[1:]] if q else r for q, r in zip(quarters, body)]


def _document_year(doc) -> Optional[str]:
    """The one year the document's title names ('…2024年年度报告深度分析'), if it names exactly one."""
    title = doc.meta.title or (doc.pages[0].text.split("\n", 1)[0] if doc.pages else "")
    years = set(_TITLE_YEAR.findall(title or ""))
    return years.pop() if len(years) == 1 else None


def transposed_rows(table: Table, doc_year: Optional[str] = None) -> list[dict]:
    """A table with periods down its first column and line items across its header
    (年度 | 营业收入(百万元) | 归母净利润 | EPS): one row per printed number, as for the usual
    orientation. Only where the header names line items the data knows (营业收入, EPS, PE)."""
    from ..verify.checks import concept_of  # the line-item names are verify's data

    table = grouped_header(table)
    header = table.cells[0] if table.cells else []
    body = table.cells[table.header_rows:]
    body = _quarters_down_of_the_titles_year(table, body, doc_year)
    stubs = [_stub_period(r[0]) for r in body if r and r[0]]
    if len(header) < 3 or not stubs or sum(1 for c in stubs if is_period(c)) < 0.8 * len(stubs):
        return []
    items = [split_label(h) if h else (None, None) for h in header]
    if sum(1 for item, _ in items[1:] if item and concept_of(item)) < 1:
        return []
    title_unit = unit_of(header[0]) or unit_of(table.title)
    statement = "forecast" if table.page <= 2 else (statement_of(table.title) or "other")
    # a growth column with no name of its own (增长率, YoY, QoQ) is the growth of the nearest item left
    # of it, on the year before (YoY, 同比) or the period before (QoQ, 环比) where its header says which
    growth_of: dict[int, tuple[str, Optional[str]]] = {}
    for j, (item, _) in enumerate(items[1:], start=1):
        if not item or not (GROWTH_LABEL.fullmatch(item) or growth_header(item)):
            continue
        left = next((k for k in range(j - 1, 0, -1) if items[k][0] and k not in growth_of), None)
        if left is not None and (left == j - 1 or j - 1 in growth_of):
            growth_of[j] = (items[left][0], growth_header(item))
    by_period = {period_of_label(p): p for p in stubs}
    yearly = all(p is None or p[0] == "Y" for p in by_period)
    out = []
    for k, cells in enumerate(body):
        period = _stub_period(cells[0])
        if not is_period(period):
            continue
        for j, (item, label_unit) in enumerate(items[1:], start=1):
            text = cells[j] if j < len(cells) else None
            if not item or text is None:
                continue
            text, change = growth_tail(text)
            value, cell_unit, ok = parse_value(text)
            row = {"item": item, "period": period, "value": plain(value) if ok else None,
                   "unit": cell_unit or label_unit or _table_unit(item, title_unit), "statement": statement,
                   "page": table.page, "printed": text, "group": None, "row": j - 1}
            if j in growth_of:
                row["growth_of"], basis = growth_of[j]
                if basis == "qoq" or (basis and not yearly):
                    # (down a table of years the year before is the row before: the row is judged so)
                    row.update(unit="%", basis=basis, base_period=_base_of(period, basis, by_period))
            if not ok:
                row["text"], row["warning"] = text, "cell is not a number"
            out.append(row)
            if change and ok and value is not None:
                out.append(_change_row(row, item, change, by_period))
    return out


# a company's own periodic report by the title it prints near its top ('2025年第三季度报告', '2024年半年度报告',
# '2023年年度报告'): the year and the months its 本报告期 and 年初至报告期末 columns cover
_OWN_TITLE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:第(?P<q>[一三])季度报告|(?P<h>半年度报告)|(?P<a>年度报告))")
_OWN_TITLE_REACH = 800
_QUARTER_MONTHS = {"一": 3, "三": 9}


def own_report_period(opening: str) -> Optional[tuple[int, int]]:
    """(year, months) of the periodic report a text's opening names as its own: a quarterly report's 本报告期 is its
    quarter and 年初至报告期末 its months from January; a half-year's and a year's 本报告期 is the half, the year."""
    m = _OWN_TITLE.search(opening)
    if m is None:
        return None
    return int(m.group("year")), _QUARTER_MONTHS[m.group("q")] if m.group("q") else 6 if m.group("h") else 12


def _dated_report_heads(table: Table, year: int, months: int) -> Table:
    """A table whose columns are headed relative to the report (本报告期, 年初至报告期末, and their changes on the
    year before) with those heads dated: '本报告期' in a third-quarter report is 2025年第三季度, '年初至报告期末' 2025年1-9月
    (a half-year's or a year's 本报告期 is its months from January). Balances' heads (本报告期末, 上年度末) as they are."""
    header = table.cells[0] if table.cells else []
    quarter = f"{year}年第{'一二三四'[months // 3 - 1]}季度" if months in (3, 9) else None
    dated = {"本报告期": quarter or f"{year}年1-{months}月", "年初至报告期末": f"{year}年1-{months}月"}
    heads = [dated.get((h or "").strip(), h) for h in header]
    if heads == header:
        return table
    return table.model_copy(update={"cells": [heads, *table.cells[1:]]})


def type_company_tables(doc: Document) -> None:
    """Add typed `financials` and `comparables` tables built from the document's
    period-headed tables (the source tables stay as they are, kind "other"). A statement
    continued on the next page (its header printed again, its title empty or saying 续)
    adds its rows to the table it continues, each row with its own page."""
    tie_continuations(doc)
    # the last financials typed: (its index among the sources, the source, (first source, typed table))
    previous: Optional[tuple[int, Table, tuple[Table, Table]]] = None
    sources = [t for t in doc.tables if t.kind == "other"]
    typed_of: dict[int, tuple[Table, Table]] = {}  # a source's index in doc.tables -> (first source, typed table)
    at = {id(t): i for i, t in enumerate(doc.tables)}
    own = own_report_period(doc.pages[0].text[:_OWN_TITLE_REACH]) if doc.pages else None
    for k, table in enumerate(sources):
        if not table.cells or len(table.cells) <= table.header_rows:
            continue
        here = at[id(table)]
        table = one_header_row(table)
        if own is not None:
            table = _dated_report_heads(table, *own)
        width = stub_width(table)
        # a part of a table cut by a page under no header (normalize.continued), or a table
        # going on under its header printed again: its rows join the table it continues,
        # in the units that table's caption gives where the part prints none
        cut_from = typed_of.get(table.report.get("continues", -1))
        if cut_from is None and previous is not None and continues(previous[1], table, sources, previous[0], k):
            cut_from = previous[2]
        if cut_from is not None:
            first, typed = cut_from
            part = table if table.title and table.title.strip() else table.model_copy(update={"title": first.title})
            if typed.kind == "comparables":
                rows = comparables_rows(part, width)
            else:
                above = next((r["item"] for r in reversed(typed.rows) if not r.get("growth_of")), None)
                rows = financial_rows(part, item_above=above)
            if rows:
                typed_of[here] = cut_from
                if typed.kind == "comparables":
                    typed.rows.extend(rows)
                    continue
                offset = 1 + max((r.get("row", 0) for r in typed.rows), default=-1)
                # the statement the part above names, unless a section of this part names its own
                typed.rows.extend({**r, "row": r.get("row", 0) + offset,
                                   "statement": r["statement"] if statement_of(r.get("group")) else typed.rows[-1]["statement"]}
                                  for r in rows)
                previous = (k, table, cut_from)
                continue
        if is_comparables(table, width):
            rows, kind = comparables_rows(table, width), "comparables"
            columns = ["company", "ticker", "group", "metric", "period", "value", "page"]
        else:
            if width != 1 and not _revision_stub(table, width):
                continue
            rows, kind = financial_rows(table) or transposed_rows(table, _document_year(doc)), "financials"
            columns = ["item", "period", "value", "unit", "statement", "page"]
        if rows:
            typed = Table(kind=kind, page=table.page, columns=columns, rows=rows,
                          bbox=table.bbox, title=table.title, source="typed")
            doc.tables.append(typed)
            typed_of[here] = (table, typed)
            previous = (k, table, typed_of[here]) if kind == "financials" else None
            for r in rows:
                if r.get("warning"):
                    where = f"{r.get('item') or r.get('company')}, {r.get('period')}"
                    doc.warn("W010", message("W010", text=r.get("text"), where=where), "normalize",
                             table.page, partial=False)
