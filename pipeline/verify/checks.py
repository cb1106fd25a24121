"""Building one check (CONTRACT.md, Verify) and the inputs the statement families share:
a document's `financials` rows indexed by line item and period, with their printed precision."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import product
from typing import Any, Callable, Optional

from .. import calc
from .. import quantities as q
from ..calc import Printed
from ..document import Document
from ..meta import CURRENCY_WORDS, HK_SHARE_CLASS, announcement_header, tickers_in, without_description
from .. import data_json
from ..normalize.financials import BASIS_WORDS, GROWTH_BASES, line_name, parse_value
from ..periods import PERIOD_PHRASE, REPORT_NAMES, is_forecast, period_of_label, periods_of_phrase, report_period, year_before, year_of_text


def make(claim: str, page: int, formula: str, inputs: dict, reported: Any, recomputed: Optional[Decimal],
         unit: Optional[str], verdict: str, note: str = "", where: Optional[dict] = None,
         cells: Optional[list] = None) -> dict:
    """One check as a dict in the CONTRACT's shape; `where` names the table cell it judges
    (table, row, column) for an analyst to find it; `cells` are the table cells it read
    (Amounts or their keys), kept internally (`_cells`) for the mutation harness."""
    if verdict == "mismatch" and recomputed is not None and isinstance(reported, Printed):
        note = _with_cause(note, recomputed, reported, unit)
    out = {"_cells": [c.key if isinstance(c, Amount) else c for c in (cells or [])],
           "claim": _shortened(claim), "page": page, "formula": formula,
           "inputs": {k: _plain(v) for k, v in inputs.items()},
           "reported": _plain(reported), "recomputed": None if recomputed is None else _plain(_round(recomputed)),
           "unit": unit or "", "verdict": verdict, "note": note}
    if where:
        out["cell"] = where
    return out


def marked(text: str, a: int, b: int) -> str:
    """A sentence with its figure text[a:b] marked 【so】, as a claim shows it."""
    return text[:a] + "【" + text[a:b] + "】" + text[b:]


# a listed stock named by its ticker in brackets: '(600419.SH)', '(03639)', '(9988.HK)'
# (the code may be named: '统一企业中国(股票代码00220)', '(股份代号: 220)')
_TICKER = re.compile(r"[（(]\s*(?:(?:股票|证券|股份)?代[码号]\s*[:：]?\s*)?(?P<code>\d{6}|\d{4,5})(?:\.[A-Z]{2})?\s*[)）]")
# where a block of text ends: a line, a bullet
_BLOCK_BREAK = re.compile(r"\n|\s[-–—•]\s")


@lru_cache(maxsize=64)
def several_stocks(text: str) -> bool:
    """Whether a text names more than one listed company by its ticker (a morning note, a sector
    review): a figure's subject there is the block it stands in, not the page."""
    return len({m.group("code").lstrip("0") for m in _TICKER.finditer(text)}) > 1


# the verb just before an amount that makes it a fall ('短期贷款减少1340亿元'), or a flow at all
# ('增加3894亿元': a part of a flow left out may have fallen, so flows short of a total prove nothing)
FALL_BEFORE = re.compile(r"(?:减少|下降|净减少|流出)\s*(?:了|约|为)?\s*$")
FLOW_BEFORE = re.compile(r"(?:增加|减少|新增|净增|流入|流出)\s*(?:了|约|为)?\s*$")
# where a clause ends, for the words just before a figure ('…累计实现合同销售金额约')
CLAUSE_BREAK = re.compile(r"[，,。；;\n]")
# where a sentence (or a run of clauses a ；closes) ends
SENTENCE_BREAK = re.compile(r"[。；;\n]")
# a sentence of prose as the industry-note families read it: to a full stop, ！, ？ or ；, its mark kept
PROSE_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# a period named in prose: a year with its quarter, if any, or a bare quarter (a year run into its quarter, '2024Q3', is
# that quarter of that year: its '4Q' is no fourth quarter)
YEAR_OR_QUARTER = re.compile(r"((?:19|20)\d{2})\s*(?:年(?:\s*(?:第?([一二三四1-4])\s*季度|Q([1-4])|([1-4])Q))?|Q([1-4])(?!\d))|"
                             r"(?:第?([一二三四1-4])\s*季度|Q([1-4])|(?<!\d)([1-4])Q)")
CLAUSE_REACH = 40


def names_the_whole(named: str, words: str) -> bool:
    """Whether a share's words for its whole (`named`, '常住人口') fit the words a total was stated by: their last two
    characters, what the whole is ('人口'), and the two before those, which kind of it, where they name one ('常住' —
    so '占常住人口比重' is no share of '户籍人口', nor '占同期企事业单位贷款的' of '绿色贷款余额', though each is the same
    thing; one character of the kind's will do, as a text may write the word two ways: '场户' for '厂户'). Words of fewer
    than two characters name no whole: any fits."""
    if len(named) < 2:
        return True
    kind = named[:-2]
    return named[-2:] in words and (len(kind) < 2 or any(c in words for c in kind[-2:]))


# a verb between a measure's words: '全省固定资产完成投资' names 全省固定资产投资 ('实现' alike)
DONE_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])(?:累计完成|完成|实现)(?=[\u4e00-\u9fff])")


def clause_before(text: str, at: int) -> str:
    """The words of the clause before position `at`, at most CLAUSE_REACH characters back."""
    return CLAUSE_BREAK.split(text[max(0, at - CLAUSE_REACH):at])[-1]


def sentence_start(text: str, at: int, breaks: str = "。；;\n") -> int:
    """Where the sentence (or run of clauses a ；closes) holding position `at` opens; `breaks="。\n"` for a whole sentence."""
    return max(text.rfind(c, 0, at) for c in breaks) + 1


def sentence_end(text: str, at: int, breaks: str = "。；;\n") -> int:
    """Where the sentence (or run of clauses a ；closes) going on from position `at` ends: its break, else the text's end."""
    return min((i for i in (text.find(c, at) for c in breaks) if i >= 0), default=len(text))


def sentence_before(text: str, at: int) -> str:
    """The words of the sentence (or run of clauses a ；closes) before position `at`."""
    return text[sentence_start(text, at):at]


def block_of(text: str, at: int) -> tuple[int, int]:
    """The line or bullet holding position `at`."""
    starts = [m.end() for m in _BLOCK_BREAK.finditer(text, 0, at)]
    end = _BLOCK_BREAK.search(text, at)
    return (starts[-1] if starts else 0), (end.start() if end else len(text))


def each_match(doc, pattern: re.Pattern, judge: Callable) -> list[dict]:
    """The checks `judge(page, match)` makes of every match of `pattern` in each page's text
    (None where a match makes no claim): a family that reads its claims one pattern at a time."""
    out = []
    for page in doc.pages:
        for m in pattern.finditer(page.text):
            check = judge(page, m)
            if check is not None:
                out.append(check)
    return out


def sentence_marked(text: str, figure: tuple[int, int], opens_at: int | None = None) -> str:
    """The sentence or line of a page's text holding `figure` (a span), the figure marked 【so】, as
    a claim shows it: from the last full stop or line break before `opens_at` (the figure's start
    unless given: where the sentence's subject stands) to the first after the figure."""
    at = figure[0] if opens_at is None else opens_at
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find("。", figure[1]), text.find("\n", figure[1])) if e >= 0]
    end = min(ends) if ends else len(text)
    return marked(text[start:end], figure[0] - start, figure[1] - start).strip()


def _with_cause(note: str, exact: Decimal, printed: Printed, unit: Optional[str]) -> str:
    """A mismatch's note with the slip that explains it, where one does: a unit or a power of
    ten, a sign, one digit wrong or two swapped (calc.likely_cause, calc.digit_slip)."""
    money = bool(unit) and unit not in ("%", "x", "pct", "倍")
    found = calc.likely_cause(exact, printed, money) or calc.digit_slip(exact, printed)
    if not found or found in note or calc.SEPARATOR_SLIP in note:
        return note
    return f"{note}; {found}" if note else found


def _shortened(claim: str, size: int = 300) -> str:
    """A claim of at most `size` characters that still shows its figure: a long sentence
    (a summary's bullets run on without a full stop) is cut around the 【marked】 figure,
    with an ellipsis where it was cut."""
    if len(claim) <= size:
        return claim
    at = claim.find("【")
    if at < 0 or claim.find("】", at) < size - 40:
        return claim[:size - 1] + "…"
    start = max(0, min(at - size // 3, len(claim) - size + 2))
    end = min(len(claim), max(start + size - 2, claim.find("】", at) + 1))  # the figure's close is never cut
    return ("…" if start else "") + claim[start:end] + ("…" if end < len(claim) else "")


def _round(x: Decimal) -> Decimal:
    if x and abs(x) < Decimal("0.001"):
        return x.quantize(Decimal(10) ** (x.adjusted() - 3))  # (four significant digits: '$0.000018' is no 0.0000)
    return x.quantize(Decimal("0.0001")) if abs(x) < 10 ** 12 and x != x.to_integral_value() else x


def _plain(v: Any) -> Any:
    if isinstance(v, Printed):
        v = v.value
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() and abs(v) < 10 ** 15 else float(v)
    return v


def judge_formula(fn: Callable[..., Decimal], inputs: list[Printed], printed: Printed) -> tuple[str, Optional[Decimal]]:
    """A printed figure against a formula of printed inputs: consistent when the formula
    of the printed values rounds to it; rounding when inputs anywhere within their printed
    precision can give it (the formulas here are monotone in each input, so the corners of
    the input box bound the result; see `calc.overlaps` for the edges); else mismatch. A zero divisor is unverifiable."""
    try:
        exact = fn(*[p.value for p in inputs])
    except (ZeroDivisionError, ArithmeticError):
        return "unverifiable", None
    verdict = calc.judge(exact, printed)
    if verdict != "mismatch" or len(inputs) > 10:
        return verdict, exact
    bounds = formula_range(fn, inputs)
    if bounds is None:
        return "rounding", exact  # an input that may be zero allows any result
    return calc.judge_within(exact, *bounds, printed), exact


# what a share printed to make its list add up to 100 carries: one last-digit nudge (53.17 printed 53.1 beside 6.8 and 40.1)
NUDGED_TO_HUNDRED = "shares printed to add up to 100: one carries its last digit's nudge"


def nudged_to_hundred(shares: list[Printed], exact: Decimal, share: Printed) -> bool:
    """Whether a share off its recomputed `exact` is one a release nudged so that its list adds up to 100: the
    printed shares make 100 within their rounding and this one is off by less than one and a half last digits."""
    to_hundred = abs(sum(p.value for p in shares) - 100) <= max(p.step for p in shares) / 2
    return to_hundred and abs(exact - share.value) < share.step * Decimal("1.5")


def best_whole(parts: list[Printed], shares: list[Printed], wholes: list[tuple]) -> tuple:
    """Of the wholes a list of shares may be of (each a tuple whose first items are its label and its figure), the
    one under which the most shares reproduce (part ÷ whole × 100 within rounding), the first of those tied: (how
    many reproduce, the whole's tuple, each share's (verdict, exact))."""
    best = None
    for whole in wholes:
        verdicts = [judge_formula(lambda a, w: a / w * Decimal(100), [part, whole[1]], share)
                    for part, share in zip(parts, shares)]
        fits = sum(v in ("consistent", "rounding") for v, _ in verdicts)
        if best is None or fits > best[0]:
            best = (fits, whole, verdicts)
    return best


def growth_pct(now: Decimal, before: Decimal) -> Decimal:
    """Growth in percent on the base's size, (now − before) ÷ |before| × 100, as desks compute it:
    for a positive base that is (now ÷ before − 1) × 100; from a loss (−111 to 61) it is the rise
    the report prints (+154.8%), where now ÷ before − 1 would give its opposite."""
    return (now - before) / abs(before) * 100


# a growth's formula in words, for each reading of it
GROWTH_ON_SIZE = "({now} − {before}) ÷ |{before}| × 100"
GROWTH_RATIO = "({now} ÷ {before} − 1) × 100"


def growth_readings(before: Decimal) -> list[tuple[str, Callable[[Decimal, Decimal], Decimal]]]:
    """The readings of a growth to try, as (formula in words, function): from a loss, the plain
    ratio too (some reports print now ÷ before − 1 there, its sign turned)."""
    if before >= 0:
        return [(GROWTH_RATIO, growth_pct)]
    return [(GROWTH_ON_SIZE, growth_pct), (GROWTH_RATIO, lambda x, y: (x / y - 1) * 100)]


def judge_growth(now: Printed, before: Printed, printed: Printed) -> tuple[str, str, Decimal]:
    """A printed growth judged on two figures, as (the reading's formula in words, verdict, exact): the first reading
    (`growth_readings`) that reproduces it, else the first reading's verdict."""
    judged = [(reading, *judge_formula(fn, [now, before], printed)) for reading, fn in growth_readings(before.value)]
    return next((j for j in judged if j[1] != "mismatch"), judged[0])


def formula_range(fn: Callable[..., Decimal], inputs: list[Printed]) -> Optional[tuple[Decimal, Decimal]]:
    """The least and the greatest value of a monotone formula over the printed intervals of
    its inputs (at the corners of the input box); None where a corner divides by zero. A
    derived input (calc.Derived) is opened into the printed figures it comes from, each one
    corner of the box however many inputs share it."""
    call = fn
    figures = list(inputs)
    # most formulas take printed figures only, each once: their corners are the formula's
    if any(isinstance(p, calc.Derived) for p in inputs) or len({id(p) for p in inputs}) < len(inputs):
        found, getters = _printed_figures(inputs)
        if len(found) <= 12:  # else too many corners: each input its own interval
            figures = found
            call = lambda *vals: fn(*[get(vals) for get in getters])  # noqa: E731
    corners = []
    for combo in product(*[p.interval() for p in figures]):
        try:
            corners.append(call(*combo))
        except (ZeroDivisionError, ArithmeticError):
            return None
    return min(corners), max(corners)


def _printed_figures(inputs: list[Printed]) -> tuple[list[Printed], list[Callable]]:
    """The distinct printed figures under `inputs` (one object, one figure), and for each input
    a function of those figures' values that gives it."""
    figures: list[Printed] = []

    def getter(p: Printed) -> Callable:
        if isinstance(p, calc.Derived) and p.fn is not None:
            parts = [getter(x) for x in p.inputs]
            return lambda vals: p.fn(*[part(vals) for part in parts])
        i = next((k for k, f in enumerate(figures) if f is p), None)
        if i is None:
            figures.append(p)
            i = len(figures) - 1
        return lambda vals: vals[i]

    return figures, [getter(p) for p in inputs]


# ----------------------------------------------------------------------------- financials
def line_items() -> dict:
    """data/line_items.json: each concept's printed names, and the names sentences use (_prose)."""
    return data_json("line_items.json")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {_canonical(n): concept for concept, names in line_items().items() if not concept.startswith("_") for n in names}


def squash(text: str) -> str:
    return re.sub(r"[\s()（）:：]", "", text or "").lower()


# words brokers swap in a line item's name without changing what it is: 负债及/与/和所有者/股东权益总计/合计,
# 归属(于)母公司股东(的)净利润
_SAME_WORDS = [(re.compile(r"[及与]"), "和"), (re.compile(r"总计"), "合计"), (re.compile(r"所有者"), "股东"),
               (re.compile(r"归属于"), "归属"), (re.compile(r"的"), "")]


# another name a company's own statement gives a line in brackets ('所有者权益(或股东权益)合计')
_OR_NAME = re.compile(r"[（(]\s*或[^()（）]*[)）]")


def _canonical(name: str) -> str:
    """A line item's name as the names of data/line_items.json are compared: squashed, without
    the other name it gives in brackets ('(或股东权益)'), and the words brokers swap freely made
    one (及/与/和, 总计/合计, 所有者/股东, 归属于/归属, 的)."""
    out = squash(_OR_NAME.sub("", name or ""))
    for pattern, word in _SAME_WORDS:
        out = pattern.sub(word, out)
    return out


QUALIFIER = re.compile(r"\s*[（(][^()（）]*[)）]\s*$")   # a bracketed qualifier at the end: "营业成本(含金融类)"
# a qualifier saying what the line leaves out ('(剔除其他收入与其他收益净额)', '(扣除非经常性损益)', '(excluding …)')
_LEAVES_OUT = re.compile(r"剔除|扣除|不含|不包括|撇除|不计|excl", re.I)


@lru_cache(maxsize=1)
def _names_by_statement() -> dict[str, dict[str, str]]:
    """data/line_items.json _by_statement: names whose meaning a statement gives them."""
    return {statement: {_canonical(n): concept for n, concept in names.items()}
            for statement, names in line_items().get("_by_statement", {}).items() if not statement.startswith("_")}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """data/line_items.json _patterns: names known by their shape."""
    return [(concept, re.compile(p)) for concept, p in line_items().get("_patterns", {}).items()
            if not concept.startswith("_")]


@lru_cache(maxsize=4096)
def concept_of(item: str, statement: Optional[str] = None) -> Optional[str]:
    """What a printed line item means (data/line_items.json): its name as printed, without
    a 加:/减: sign word, without a bracketed qualifier, or by a name it starts with. A
    statement may give a name its own meaning (_by_statement: 非控股权益 in an income
    statement is the minority's profit, in a balance sheet its equity)."""
    name = line_name(item)
    local = _names_by_statement().get(statement or "", {})
    qualifier = QUALIFIER.search(name)
    if qualifier and _LEAVES_OUT.search(qualifier.group(0)):
        # a line with items left out is another measure: '营运利润(剔除其他收入与其他收益净额)' is not 营运利润
        return None
    bare = QUALIFIER.sub("", name)
    for candidate in (name, bare, _without_suffix(bare), _after_its_kind(bare)):
        concept = local.get(_canonical(candidate)) or _names().get(_canonical(candidate))
        if concept:
            return concept
    # (its unit's bracket after the loss's too: '每股盈利/(亏损)(仙)')
    for sides in (_slash_sides(name), _slash_sides(bare)):
        if sides:
            # each side a line's name ('收益' is revenue in an income statement, whatever this table is)
            found = {local.get(_canonical(x)) or _names().get(_canonical(QUALIFIER.sub("", x)))
                     or _named_in_a_statement(x) for x in sides}
            if len(found) == 1 and None not in found:
                return found.pop()
    low = _canonical(name)
    for concept, pattern in _patterns():
        if pattern.match(low):
            return concept
    for concept, starts in line_items().get("_prefixes", {}).items():
        if not concept.startswith("_") and any(low.startswith(_canonical(s)) for s in starts):
            return concept
    return None


# a line named twice, or with its loss's name after a slash, as Hong Kong statements print it
# ('营业额 / 收益', '除税前溢利 / (亏损)'); not two lines in one ('销售/管理费用': its sides' meanings differ)
_SLASHED = re.compile(r"^([^/]+?)\s*/\s*([^/]+)$")
_LOSS_SIDE = re.compile(r"[(（]\s*(?:亏损|虧損|损失|loss)\s*[)）]", re.I)


def _named_in_a_statement(name: str) -> Optional[str]:
    """The one meaning a statement gives a name (data: _by_statement), where one does."""
    meanings = {names.get(_canonical(name)) for names in _names_by_statement().values()} - {None}
    return meanings.pop() if len(meanings) == 1 else None


def _slash_sides(name: str) -> list[str]:
    """The names a slashed line item offers: both sides, or the first where the second is only
    the word for its loss in brackets. Each must mean the same line (see `concept_of`)."""
    m = _SLASHED.match(name)
    if not m:
        return []
    first, second = m.group(1).strip(), m.group(2).strip()
    if _LOSS_SIDE.fullmatch(second):
        return [first]
    return [first, second]


_KIND_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]\s*(?=\S)")


def _after_its_kind(name: str) -> str:
    """The line a label names after the kind of figure it is ('会计指标:净利润', '调整项目:利息费用',
    an annual report's EBITDA reconciliation): the words after the colon."""
    return _KIND_PREFIX.sub("", name, count=1)


def _without_suffix(name: str) -> str:
    """The name without a word a data provider appends to it (data/line_items.json _suffixes)."""
    for word in line_items().get("_suffixes", {}).get("words", []):
        if name.endswith(word) and len(name) > len(word):
            return name[:-len(word)]
    return name


@dataclass
class Amount:
    item: str
    concept: Optional[str]
    period: str
    printed: Printed
    unit: Optional[str]
    statement: str
    page: int
    table: int  # which typed table of the document
    row: int    # the row's place in its table (line items in printed order)
    group: Optional[str] = None
    growth_of: Optional[str] = None  # for a growth row printed without a name of its own
    basis: Optional[str] = None      # in a revision table: before, after or change; a growth column: yoy or qoq
    base_period: Optional[str] = None  # a growth column's: the period it compares with

    @property
    def name(self) -> str:
        """The line's name without its number and sign word (一、营业总收入 → 营业总收入; `line_name`)."""
        return line_name(self.item)

    @property
    def forecast(self) -> bool:
        """A forecast year's (2025E) figure: the broker's own model, not a copy of the accounts."""
        return is_forecast(self.period)

    @property
    def key(self) -> tuple:
        """Which printed cell: (kind, typed table, row, period[|basis])."""
        return ("financials", self.table, self.row, f"{self.period}|{self.basis}" if self.basis else self.period)

    def cell(self) -> dict:
        # a growth row under its item ('营业收入' then '同比增长') names both; a growth column's row is the item's own
        row = f"{self.growth_of} {self.item}" if self.growth_of and self.growth_of != self.item else self.item
        return {"table": self.table, "row": row, "column": f"{self.period} {BASIS_WORDS[self.basis]}" if self.basis
                else self.period}



# a reported year's per-share figure (or a ratio over a reported balance) within this share of
# the recomputed value is on the company's own base (a weighted share count, a restated
# balance), which the report does not print: unverifiable, not a mismatch
REPORTED_BASE_TOLERANCE = Decimal("0.02")


def printed_of(row: dict) -> Optional[Printed]:
    """A typed row's number with its printed precision ("0.60" → 0.60, step 0.01), signed
    as its value: None where the cell holds no number."""
    text = str(row.get("printed") or "")
    digits = re.sub(r"[^\d.]", "", text)
    if not isinstance(row.get("value"), (int, float)) or not digits or digits == ".":
        return None
    p = Printed.of(digits)
    return p.signed(-1) if row["value"] < 0 else p


def printed_cell(text) -> tuple[Optional[Printed], Optional[str], bool]:
    """An untyped table's cell as printed: its number with its precision (None for a blank or
    a word), its unit ('%'), and whether it read as a number or a blank at all (False for a
    word). The families reading untyped tables (performance, movements) start from this."""
    value, unit, ok = parse_value(None if text is None else str(text))
    if value is None:
        return None, unit, ok
    return printed_of({"printed": str(text), "value": float(value)}), unit, ok


# the words of a measure per head or on average ('人均可支配收入', '平均房价', '均价', '中位数', '每股收益'): not additive
# over groups of people or things
_PER_HEAD = re.compile(r"人均|平均|均价|中位数|每")


def averages_of_subgroups(total: str, parts: list[str]) -> bool:
    """Whether `parts` name the same per-head or average measure as `total` for groups of its people or things
    ('城镇居民人均可支配收入', '农村居民人均可支配收入' under '全国居民人均可支配收入'), which do not add up to it — unlike
    the measure's own parts ('人均工资性收入', '人均经营净收入', …), which do."""
    return any(_one_average(name, parts) for name in (total, *parts[:1]))


def _one_average(name: str, parts: list[str]) -> bool:
    """Whether every part names the per-head or average measure `name` names (from its 人均 on): the parts are groups
    of one average ('城镇居民人均消费支出', '农村居民人均消费支出'), whatever total they are read under."""
    per_head = _PER_HEAD.search(name)
    if per_head is None:
        return False
    measure = re.sub(r"[\s(（].*$", "", name[per_head.start():])
    return len(measure) >= 2 and all(measure in part for part in parts)


def named_amount(name: str, before: str = "人民币|约", units: str = "元", signed: bool = False) -> str:
    """A pattern of an amount in a scale of `units` ('11,300.00 万元', '2 亿元'), its figure and unit in the groups `name`
    and `name`_unit, any of `before` in front of it ('人民币', '约', a bound's '不超过'); not a price per unit ('元/股').
    The families reading notices' amounts of money (or of shares: units="元|股") share it."""
    sign = "-?" if signed else ""
    return (rf"\s*(?:(?:{before})\s*)*(?P<{name}>{sign}{q.NUM})\s*(?P<{name}_unit>(?:万亿|亿|千万|百万|万)?\s*(?:{units}))"
            r"(?!\s*/)")


def money_scale(unit: Optional[str]) -> tuple[Decimal, str]:
    """(multiplier, currency word) of '亿元', '百万美元', '元' (and of a share count, '百万股' → 股)."""
    # (兆 is 10^12, as Taiwan writes it: '1.21兆元')
    m = re.fullmatch(r"(万亿|兆|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?(.*)", unit or "")
    currency = {"元人民币": "元", "人民币": "元", "港币": "港元"}.get(m.group(2), m.group(2))
    return Decimal(q.UNIT_MULT[m.group(1) or ""]), currency


def same_money(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two amounts' currency words (money_scale's) name one currency. A sentence that
    drops the word ('营收46.0亿', currency '') speaks of the report's money, whichever the other
    amount names: summaries write '亿' for '亿元' (and a dollar reporter's '亿' for '亿美元')."""
    return a == b or a == "" or b == ""


# the currency a money unit's word names ('百万港元' → 港元 → HKD)
CURRENCY_OF_WORD = {"元": "CNY", "美元": "USD", "港元": "HKD"}

# a target price a sentence prints: '目标价45.60元', '上调港股目标价至HKD63', '目标价到119人民币'
# (read by the target family, and by the upside check for the target its sentence names)
TARGET_PRICE = re.compile(
    r"目标价(?:格|位)?\s*(?:[(（][^)）]{0,6}[)）])?\s*(?:为|至|到|是|调整至|上调至|下调至|:|：)?\s*"
    r"(?P<c1>HKD|USD|RMB|CNY|HK\$|US\$|\$|港币|人民币)?\s*(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
    r"(?P<c2>港元|港币|美元|元人民币|人民币|元|HKD|USD)?(?!\s*(?:\.?HK|\.?SH|\.?SZ|周))")
PRICE_CURRENCY = {**dict(CURRENCY_WORDS), "$": "USD", "元人民币": "CNY"}


# words before a target price that make it an earlier one ('前次目标价90元', '原目标价'): not the report's
# ('较之前的目标价11.97元': 的 may stand between)
_EARLIER_TARGET = re.compile(r"(?:前次|原|此前|之前|上次|前值|旧|调整前)的?[：:]?\s*$")


def is_earlier_target(text: str, m: re.Match) -> bool:
    """Whether the TARGET_PRICE match `m` in `text` is named as an earlier target."""
    return _EARLIER_TARGET.search(text[max(0, m.start() - 6):m.start()]) is not None


def price_currency(m: re.Match) -> Optional[str]:
    """The currency a TARGET_PRICE (or a close) match names, if it names one."""
    return PRICE_CURRENCY.get(m.group("c1") or m.group("c2") or "")


# an exchange rate the report prints ("汇率：1港元=0.92人民币", "按1港币兑0.91元人民币折算",
# "HKD/CNY=0.92", "美元兑人民币汇率7.20"): one unit of the first currency in the second
# (a bare 元 only after the rate: '兑0.91元人民币' and '1美元=7.2元')
_CURRENCY_WORDS = {word: code for word, code in CURRENCY_WORDS if word != "元"}
_CUR = "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True))
_RATE_NUM = r"(\d+(?:\.\d+)?)"
_RATES = [
    # 1港元=0.92人民币, 1 HKD = 0.92 CNY, 1港币兑0.91元人民币
    re.compile(rf"(?<![\d.])1\s*({_CUR})\s*(?:=|＝|兑|:|：|≈)\s*{_RATE_NUM}\s*元?\s*({_CUR}|元)", re.I),
    # 港元兑人民币汇率为0.92, HKD/CNY=0.92, 港元/人民币：0.92
    re.compile(rf"({_CUR})\s*(?:兑|/|对)\s*({_CUR})\s*(?:的)?\s*(?:汇率)?\s*(?:为|取|按|=|＝|:|：)?\s*{_RATE_NUM}(?![\d.%])", re.I),
]


def exchange_rate(doc, source: str, target: str) -> Optional[tuple[Printed, bool]]:
    """The rate the report prints between two currencies, as printed (with its precision), and
    whether it is quoted the other way (one `target` in `source`: divide by it). None where
    the report prints none: a rate of the day is not the report's, so nothing is assumed."""
    if source == target:
        return None
    for page in doc.pages:
        for pattern in _RATES:
            for m in pattern.finditer(page.text or ""):
                if pattern is _RATES[0]:
                    first, number, second = m.group(1), m.group(2), m.group(3)
                else:
                    first, second, number = m.group(1), m.group(2), m.group(3)
                a = _CURRENCY_WORDS.get(first.upper() if first.isascii() else first)
                b = "CNY" if second == "元" else _CURRENCY_WORDS.get(second.upper() if second.isascii() else second)
                if a is None or b is None or a == b or Decimal(number) == 0:
                    continue
                if (a, b) == (source, target):
                    return Printed.of(number), False
                if (a, b) == (target, source):
                    return Printed.of(number), True
    return None


def converted(doc, value: Printed, source: str, target: str) -> Optional[tuple[list[Printed], Callable, str]]:
    """`value` in `source` currency as inputs and a function giving it in `target` at the
    report's printed rate — for judge_formula — with the formula's words; None without one."""
    found = exchange_rate(doc, source, target)
    if found is None:
        return None
    rate, inverse = found
    if inverse:
        return [value, rate], (lambda v, r: v / r), f"÷ {rate.value} ({source} per {target})"
    return [value, rate], (lambda v, r: v * r), f"× {rate.value} ({target} per {source})"


def share_scale(unit: Optional[str]) -> Optional[Decimal]:
    """How many shares one unit of a share count is ('百万股' → 10⁶), or None if not a count."""
    scale, word = money_scale(unit)
    return scale if word == "股" else None


def is_company_report(doc: Document) -> bool:
    """A report on one listed company: it has statement tables, or its title opens with the
    company and its ticker ('许继电气(000400):…' — a results summary in prose, as desks
    receive them by mail), or with a name and a colon where the text rates the stock
    ('海天味业:…' and '维持“增持”评级'). A ticker alone is not enough: industry notes name the
    stocks they like ('关注股份阿里巴巴(9988.HK)')."""
    if any(t.kind == "financials" for t in doc.tables):
        return True
    if doc.pages and _a_group_s_profile(doc.pages[0].text):
        return True  # '集团简介 | … - 集团股份亦在上海证券交易所上市' over '…集团营业额增长39.2%至215.24亿元': a vendor's page on one company
    m = doc.meta
    if m.title and _HK_SHARE_CLASS_TITLE.match(m.title):
        return True  # '阿里巴巴-W:…': a Hong Kong share class mark names a listed company
    # a title opening '<name>:' where the name is no industry, sector or market
    named = bool(m.title and _NAMED_TITLE.match(m.title) and not _NOT_A_COMPANY.search(re.split("[:：]", m.title)[0]))
    if named and _COMPANY_NOTE_TITLE.match(m.title):
        return True  # '宝立食品:半年报点评:…': a name, then the kind of note a company gets
    if named and _FILING_TITLE.match(m.title):
        return True  # '坚朗五金:2024年度财务决算报告': a listed company's own filing
    if m.title and doc.pages and _titled_by_a_listed_name(m.title, doc.pages[0].text):
        return True  # '若羽臣自有品牌转型成效分析报告' over '若羽臣(003010.SZ)作为…': the company its title opens on
    dashed = _DASHED_NOTE_TITLE.match(m.title or "") or _BROKER_DASHED_NOTE_TITLE.match(m.title or "")
    if dashed and not _NOT_A_COMPANY.search(dashed.group("name")):
        return True  # '中联重科-2025年三季报点评:…': a name, a dash, then the kind of note a company gets
    if _CODE_NAME_FILING_TITLE.match(m.title or ""):
        return True  # '02602 万物云 公告及通告:…中期业绩公告': a listed company's own filing, by code and name
    if _LEGAL_NAME_CODE_TITLE.match(m.title or ""):
        return True  # '深圳市星源材质科技股份有限公司(H0388) - 申请版本': a company's own document, named in full with its code
    labelled = _LABELLED_COMPANY_TITLE.match(m.title or "")
    if labelled and not _NOT_A_COMPANY.search(labelled.group("name")):
        return True  # '投资标的:信义光能(0968.HK) 推荐理由:…': a note's one company, labelled, with its code
    filed = _REPORT_FILE_TITLE.match(m.title or "")
    if filed and not _NOT_A_COMPANY.search(filed.group("name") or filed.group("tagged")):
        return True  # '燕京啤酒-公司深度报告:…-230323(34页)', '【公司研究】北新建材-…': a report's file as a download site names it
    if named and _rates_a_company(" ".join(p.text for p in doc.pages[:2])[:4000]):
        return True  # '海天味业:经营稳扎稳打…' whose text rates the stock ('维持“增持”评级')
    rated = _TITLE_RATES_A_COMPANY.search(m.title or "")
    if rated and not _NOT_A_COMPANY.search(rated.group("name")):
        return True  # '国信证券:维持舜宇光学科技“优于大市”评级': a broker's note on the company it rates
    headline = _RESULTS_HEADLINE.search(m.title or "") or _RESULTS_MOVED_HEADLINE.search(m.title or "") \
        or _LEADER_RESULTS_HEADLINE.search(m.title or "")
    if headline and _one_company(headline.group("name")):
        # 'AI驱动广告游戏双引擎,腾讯三季度净利润705亿元超预期': a headline stating one company's result; or how its
        # lines moved together ('鸭脖难卖!ST绝味前三季度营收净利双降,…')
        return True
    named_period = _NAMED_PERIOD_TITLE.match(m.title or "")
    if named_period and _one_company(named_period.group("name")) and not _MARKETS.match(named_period.group("name")) \
            and not _NOT_A_NAME.search(named_period.group("name")):
        return True  # '长城汽车丨2025Q3:业绩稳健…', '吉利半年报喜人,…': a company and its period's results
    leader = _INDUSTRY_LEADER_TITLE.search(m.title or "")
    if leader and _one_company(leader.group("name")):
        name = leader.group("name")
        body = doc.pages[0].text[len(m.title or ""):][:400] if doc.pages else ""
        if name in body or (m.title or "").count(name) >= 2:
            return True  # '2022年石膏板行业企业北新建材财务分析': an industry's company, named again, the analysis its own
    results_title = _RESULTS_TITLE.match(m.title or "") or _RESULTS_READ_TITLE_END.search(m.title or "")
    if results_title and not _NOT_A_COMPANY.search(results_title.group("name")):
        return True  # '英伟达Q3财报一览:数据中心加速增长': one company's results, read
    if m.title and _publishes_its_results(m.title, " ".join(p.text for p in doc.pages[:1])[:2000]):
        return True  # '中控技术上半年营收38.30亿元…' over '中控技术发布2025年半年报': news of one company's results
    first_only = bool(m.title) and not _headline_of_no_one(m.title)
    if doc.pages and (opening_publisher(doc.pages[0].text, first_only=first_only) or title_publisher(doc)):
        return True  # '快科技11月13日消息,今天中芯国际发布了财报': news opening on one named company's results
    if (not m.title or _names_no_one(m.title)) and doc.pages and _opens_on_its_company(doc.pages[0].text):
        return True  # no title (or a site's label: 'AI智能总结'), a note's body or summary on the one company it covers
    if m.title and doc.pages and not _NOT_A_COMPANY.search(m.title) and not _MANY_COMPANIES.search(m.title) \
            and _opens_on_a_results_heading(_BYLINE.sub("", _after_title(doc.pages[0].text, m.title), count=1)[:_OPENING * 2]):
        return True  # '暴跌51%!“医美面膜第一股”敷尔佳,业绩爆雷!' over '核心财务表现 - 2025年上半年营收8.63亿元…归母净利润2.3亿元': its results
    if doc.pages and headline_company(m.title, " ".join(p.text for p in doc.pages[:2])[:6000]):
        return True  # '牧原扛不住“降价潮”?…' over '前三季度,牧原股份实现营业收入1117.90亿元': the headline's company's results
    if m.title and _names_no_one(m.title) and _OWN_RESULTS_ANNOUNCEMENT.search(m.title):
        return True  # '截至二零二零年十二月三十一日止年度之年度业绩公告': a company announcing its own results
    if m.company and m.ticker and doc.pages and announcement_header(doc.pages[0].text[:_OPENING]) \
            and _OWN_RESULTS_TITLE.search(m.title or ""):
        return True  # '证券代码:000712 证券简称:锦龙股份' under '…关于2012年上半年业绩快报的公告': a company's own results
    opening = " ".join(p.text for p in doc.pages[:1])[:_OPENING]
    if m.ticker and m.price and (m.company or tickers_in(opening) == {m.ticker}) and not _NOT_A_COMPANY.search(m.title or "") \
            and re.search(_STOCK_RATINGS, opening):
        # a broker's first page: one stock's name, code and price, and its rating ('买入 ( 维持)'); the name may
        # be printed apart from the code ('601012.SH 买入 原评级:买入 市场价格:人民币 21.11'), the code the only one
        return True
    if m.company and m.ticker and doc.pages and _publishes_by_its_code(m.company, m.ticker, doc.pages[0].text[:2000]):
        return True  # '…(以下简称“登康口腔”,001328.SZ)…' and later '根据登康口腔发布的2025年上半年业绩报告': a story on its results
    if not (m.company and m.ticker and m.title):
        return False
    # the title opens with the company the text names with its ticker: '寒武纪(688256.SH)' under
    # '寒武纪2025年三季度净利润分析报告', '腾讯业绩 | …' (or names it with its ticker: '寒武纪(688256):…')
    # (after a site's label of its sector, '【医药|恒瑞医药(600276)2025年三季报点评】', or its blurb's first
    # words, '本文分析恒瑞医药2025年三季度业绩…')
    if re.match(rf"\s*{_TITLE_LEAD}{re.escape(m.company)}(?:{HK_SHARE_CLASS})?\s*(?:[（(]\s*{re.escape(m.ticker)}|{_TITLE_PERIOD})", m.title):
        return True
    # (or with a short form of the name the text gives in full: '药明康德2025年前三季度…' over '无锡药明康德新药开发股份
    # 有限公司(股份代码:603259.SH)')
    short = re.match(rf"\s*{_TITLE_LEAD}([\u4e00-\u9fff]{{3,8}}?)\s*(?:{_TITLE_PERIOD})", m.title)
    return bool(short and short.group(1) in m.company and len(m.company) > len(short.group(1)))


def _publishes_by_its_code(company: str, ticker: str, text: str) -> bool:
    """Whether a text naming one listed company by its code (and no other code) says that company published its results."""
    return tickers_in(text) == {ticker} and any(company in p.group("name") for p in _PUBLISHED.finditer(text))


_TITLE_PERIOD = r"(?:20)?\d\d\s*年|[一二三四]?[QH季]|业绩|财报|季报|年报|中报"


# (or the day or part of the month it was written: '2025年11月中旬 分众传媒(002027.SZ)2025年三季报分析')
_TITLE_LEAD = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|[上中下]旬)?\s+)?"
               r"(?:[【\[][\u4e00-\u9fff]{1,8}\s*[|｜]\s*|(?:本文)?(?:分析|解读|点评|复盘)\s*)?")


# the words only a stock is rated with (an industry is 看好, 推荐, 中性, 强于大市)
# (强推 and 强烈推荐 are the top of a scale whose industry ratings stop at 推荐)
_STOCK_RATINGS = r"(?:买入|增持|持有|减持|卖出|优于大市|跑赢行业|审慎增持|强推|强烈推荐)(?:-[A-Z])?"
# a title rating a company it names ('维持舜宇光学科技“优于大市”评级')
# (in quotes or not: '维持中国生物制药跑赢行业评级')
# (the company's code in brackets after its name: '东吴证券:维持名创优品(09896)“买入”评级')
_TITLE_RATES_A_COMPANY = re.compile(r"(?:维持|给予|首次覆盖|重申)\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*"
                                    r"(?:[（(]\s*\d{4,6}(?:\.[A-Z]{2})?\s*[)）])?\s*[“\"'「]?"
                                    rf"{_STOCK_RATINGS}[”\"'」]?\s*(?:投资)?评级")
# codes labelled by their exchanges: 'NYSE:MNSO;HKEX:9896', '纽交所:YUMC;港交所:9987'
_LABELLED_CODES = r"(?:(?:[A-Z]{2,6}|[\u4e00-\u9fff]{1,3}交所)\s*[:：]\s*[A-Z0-9.]{1,10}\s*[;；,，、]?\s*){1,3}"
# a company publishing its results ('中控技术发布2025年半年报', '公司发布2024年年度报告')
# (a Hong Kong company: '中国中药(00570)发布,截至2021年6月30日止6个月中期业绩')
_PUBLISHED = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:股份有限公司|股份|集团|公司)?"
                        # (a Hong Kong share class after the name: '快手-W(01024.HK)发布…')
                        # (its codes on each exchange, labelled: '名创优品集团(NYSE:MNSO;HKEX:9896)公布了…')
                        # (or its two codes, A and H: '万科(000002.SZ/02202.HK)发布2025年三季报', '中国中免(01880)(沪:601888)发布')
                        # (the short name it goes by may come before its code too: '…股份有限公司(以下简称“山东黄金”或“公司”)(600547.SH)')
                        rf"(?:{HK_SHARE_CLASS})?(?:\s*[（(]\s*(?:以下)?简称[^()（）\n]{{0,30}}[)）])?"
                        # (a code's market after a dash, as 财华社 prints it: '康师傅控股(00322-HK)公布')
                        rf"(?:\s*[（(]\s*(?:(?:沪|深|港|A股|H股)\s*[:：]\s*)?(?:\d{{4,6}}(?:[.\-][A-Z]{{2}})?"
                        rf"(?:\s*[/、,，]\s*\d{{4,6}}(?:[.\-][A-Z]{{2}})?)?|{_LABELLED_CODES})\s*[)）]){{0,2}}"
                        # (and the short name it goes by: '芜湖长信科技股份有限公司(以下简称“长信科技”或“公司”)发布…')
                        r"(?:\s*[（(]\s*(?:以下)?简称[^()（）\n]{0,30}[)）])?"
                        # (a comma before the day's word: '…资产规模的成都银行,近日披露2025年三季度财务报告')
                        r"(?:\s*[，,]\s*(?=近日|日前|今日|今天|昨日|昨天))?\s*(?:于|在)?"
                        # (after the market's close: '小米集团(1810)昨收市后公布…')
                        r"(?:[昨今]?[日天]?(?:收市|收盘|盘)后|[昨今][日天]\s*(?:上午|下午|中午|晚间)?|晚间|上午|下午|近日|日前)?"
                        # (already, on a weekday, the day in brackets: '农夫山泉(9633)已于周二(26日)公布中期业绩')
                        r"(?:已)?(?:于\s*周[一二三四五六日天]\s*(?:[（(]\s*\d{1,2}\s*日\s*[)）])?)?"
                        # (on a full date: '中国神华于2025 年10 月24 日发布…')
                        r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
                        # (as the press puts it: '恒瑞医药(600276)交出2025年半年度成绩单')
                        # ('中芯国际最新发布的财务报告显示'; on a day of this month: '泡泡玛特19日发布期中业绩')
                        # (its time after the day: '波司登11月27日晚间发布了截至2025年9月30日止六个月的中期业绩')
                        r"(?:(?:\d{1,2}月)?\d{1,2}日)?\s*(?:晚间|晚|上午|下午|盘后)?\s*(?:最新)?(?:发布|披露|公布|公告|交出|交上|晒出)(?:了|的)?\s*[，,]?\s*"
                        # (a report described before its name: '交出了一份“增收不增利”的三季度成绩单')
                        r"(?:一份[^，,。；;]{0,16}?的\s*)?"
                        # (or its period's line straight after a comma, as the Hong Kong press writes: '吉利汽车(0175)公布,
                        # 上半年收益按年增长27%')
                        # (or by the day it ends: '蒙牛乳业(02319)公布,截至6月30日止中期盈利约24.5亿元')
                        # (or its year's: '雅迪集团(1585)公布,2023年纯利按年增加约22.2%')
                        r"(?:(?:截至[^，,。；;]{0,12}?止\s*)?(?:(?:19|20)\d\d\s*年度?\s*)?(?:上半年|全年|前三季度|中期|第?[一二三四]季度?)?"
                        r"(?<=[年度期季])(?:收益|收入|营收|营业额|纯利|净利润|盈利)|"
                        # the results by the period they end ('截至2018年9月30日止6个月'), or by name
                        r"(?:截至\s*(?P<end_year>\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*止\s*(?:\d{1,2}\s*个月|[三六九]个月|十二个月|年度|全年|季度|中期)"
                        # (a year in Chinese numerals: '腾讯公布二零二五年第三季业绩')
                        # (or by its end alone, as the Hong Kong press does: '公布9月底止第三季业绩')
                        # (its months too: '公布6月止六个月中期业绩')
                        r"|(?:截至[^。；，,]{0,24}?|\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)?\s*止\s*(?:[三六九]个月|十二个月)?\s*)?(?:(?P<year>\d{4}|\d{2})\s*年?|[〇零一二三四五六七八九]{4}\s*年)?\s*"
                        # (a quarter's results by its mark: '公司发布25Q3业绩')
                        r"(?:年度报告|半年度报告|年报|半年报|中报|一季报|三季报|季报|第[一二三]季度报告|[一二三]季度报告|业绩快报|(?:(?:20)?\d\d)?\s*Q[1-4]\s*业绩|"
                        r"(?:中期|期中|全年|年度|末期|季度|上半年|前三季度|第?[一二三四1-4]季度?)(?:未经审计|经审计)?的?(?:财务)?业绩|(?:年度|半年度|中期|上半年|全年|[一二三四]季度|第[一二三四1-4]季度?|[QH][1-4])?(?:成绩单|业绩单|财务报告|财报))))")


# a company's own report by its title line ('中芯国际集成电路制造有限公司2024年年度报告'): the results it publishes
_OWN_REPORT_TITLE = re.compile(r"^[#\s]*[\u4e00-\u9fffA-Za-z（）()]{2,40}?(?P<year>(?:19|20)\d\d)\s*年\s*"
                               r"(?:年度报告|半年度报告|第[一三]季度报告)(?:摘要)?\s*$", re.M)


def published_results_year(text: str) -> Optional[int]:
    """The year of the results the text says were published ('中控技术发布2025年半年报': 2025),
    or the report's own title line names ('…有限公司2024年年度报告'), where it names one year only."""
    # (a year printed short, '公司发布24年三季报', is 2024's)
    years = {year_of_text(m.group("year") or m.group("end_year")) for m in _PUBLISHED.finditer(text)
             if m.group("year") or m.group("end_year")}
    years |= {int(m.group("year")) for m in _OWN_REPORT_TITLE.finditer(text)}
    return years.pop() if len(years) == 1 else None


# a data site's page of one A-share report, titled by the company, its code and the report's quarter ('三全食品(002216) -
# 2025 Q2 - 季度财报'): an A-share company reports no second quarter alone — its Q2 report is the interim one (H1) —
# and its Q4 report is the year's (a Q3 report holds both the quarter and the first three: none is taken)
_A_SHARE_REPORT_PAGE = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[(（]\s*[036]\d{5}\s*[)）]\s*-\s*(?P<year>20\d\d)\s*"
                                  r"Q(?P<quarter>[124])\s*-\s*(?:季度|年度)财报\s*$", re.M)
_REPORT_OF_QUARTER = {"1": "一季报", "2": "中报", "4": "年报"}
# a filing's own title on a line of its own, as the exchanges list it: '坚朗五金:2024年度财务决算报告', '[年报]中远海控
# (601919):中远海控2021年年度报告', '2025年半年度报告' (a budget, 财务预算报告, is a forecast: not one)
_FILING_TITLE = re.compile(r"^\s*(?:\[[\u4e00-\u9fff]{1,4}\])?"
                           r"(?:[\u4e00-\u9fffA-Za-z]{2,20}(?:\s*[(（]\s*\d{6}(?:\.[A-Z]{2})?\s*[)）])?\s*[:：]\s*){0,2}"
                           r"[\u4e00-\u9fffA-Za-z]{0,30}?(?P<year>20\d\d)\s*年\s*"
                           r"(?P<kind>年度|半年度|第一季度|一季度|第三季度|三季度|度)(?:财务决算)?报告(?:全文|摘要)?\s*$", re.M)


def published_report(text: str) -> Optional[tuple]:
    """The period of the one report, by its name, the text says was published ('中伟股份(300919)发布2025年中报':
    2025H1; '公司发布24年三季报': the first three quarters of 2024), or a filing's title names ('坚朗五金:2024年度
    财务决算报告'), where they name one only — or the one report an A-share report's page is titled by
    (`_A_SHARE_REPORT_PAGE`)."""
    page = _A_SHARE_REPORT_PAGE.search(text)
    if page:
        return report_period(int(page.group("year")), _REPORT_OF_QUARTER[page.group("quarter")])
    found = {report_period(int(m.group("year")), m.group("kind")) for m in _FILING_TITLE.finditer(text)}
    for m in _PUBLISHED.finditer(text):
        named = re.search(rf"(?P<year>(?:19|20)?\d\d)\s*年?\s*(?P<report>{REPORT_NAMES})", m.group(0)[len(m.group("name")):])
        if named:
            found.add(report_period(year_of_text(named.group("year")), named.group("report")))
    return found.pop() if len(found) == 1 else None


def published_results_quarter(text: str) -> Optional[int]:
    """The quarter whose results the text says were published ('公布9月底止第三季业绩': 3; not
    '前三季', the first three), where it names one quarter only."""
    quarters = set()
    for m in _PUBLISHED.finditer(text):
        q = re.search(r"(?<!前)第?([一二三四1-4])季(?!度?报)|Q([1-4])", m.group(0)[len(m.group("name")):])
        if q:
            digit = q.group(1) or q.group(2)
            quarters.add("一二三四".index(digit) + 1 if digit in "一二三四" else int(digit))
    return quarters.pop() if len(quarters) == 1 else None


def title_publisher(doc: Document) -> Optional[str]:
    """The company a headline names that publishes its results in the sentence after it ('吉利半年纯利跌14%…' over
    '吉利汽车公布,…'); a lede standing as the title, a full sentence naming the company, may have that sentence further
    on, after a byline and a sentence of colour ('今年上半年,贝泰妮净利润同比增速几近腰斩。' … '8月27日,贝泰妮发布了
    2025年半年度报告')."""
    title = doc.meta.title
    if not title or not doc.pages:
        return None
    lede = bool(re.search(r"[。！？]\s*$", title))
    first_only = not _headline_of_no_one(title) and not lede
    after = opening_publisher(_after_title(doc.pages[0].text, title), first_only=first_only, sentences=3 if lede else 2)
    return after if after and after[:2] in title else None


def _publishes_its_results(title: str, text: str) -> bool:
    """Whether the title opens with the name the text says published its results: news of one
    company's results ('中控技术上半年营收…' over '8月29日，中控技术发布2025年半年报'). An industry
    note's title opens with its industry, not with a company that published."""
    for m in _PUBLISHED.finditer(text):
        name = m.group("name")
        # the title opens with the name, or names it with its ticker ('港股通中国中药(00570)…')
        opens = title.lstrip().startswith(name) or re.search(rf"{re.escape(name)}\s*[（(]\s*\d{{4,6}}", title)
        if len(name) >= 2 and opens and not _NOT_A_COMPANY.search(name):
            return True
    return False


# the title of an A-share company's announcement of its own results
# (a news site's bracket around it closing the title: '(原标题:五矿新能源材料(湖南)股份有限公司2025年第三季度报告)')
_OWN_RESULTS_TITLE = re.compile(r"(?:业绩快报|业绩预告|年度报告|季度报告|报告摘要|业绩公告)(?:的)?(?:公告)?\s*(?:[(（][^)）]{1,8}[)）])?\s*[)）]?\s*$")
# the title of a listed company's own results announcement (an industry's review of results is
# 业绩综述 or 业绩总结, and names its industry)
# (or by the period its results end, as a Hong Kong announcement is titled: '截至二零二五年九月三十日止六个月之中期业绩')
_OWN_RESULTS_ANNOUNCEMENT = re.compile(r"(?:年度|中期|末期|全年|季度|半年度)?业绩公告$|年度报告摘要$|业绩快报$"
                                       r"|^[(（]?(?:原标题[:：])?截至.{4,24}止\s*(?:[六三九]|十二|\d{1,2})\s*个月之?\s*"
                                       r"(?:中期|末期|全年|年度)?业绩(?:公告)?[)）]?$")


# the company as a story names it once it has been named ('公司昨日晚间公告…'), and a company named by its code
_THE_COMPANY = ("公司", "该公司", "集团", "该集团")
_NAMED_BY_CODE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,8}})\s*{_TICKER.pattern}")


def opening_publisher(text: str, first_only: bool = False, sentences: int = 2) -> Optional[str]:
    """The named company the text's first line, or its first sentence after it, opens on
    publishing its results ('10月17日盘后,寒武纪发布三季报,…', '2025年11月14日,中芯国际公布了2025年
    第三季度财务报告'): news of that company's results, whatever its headline. Only near the
    sentence's start (after a date, a source: '快科技11月13日消息,今天'); an industry roundup opens
    on its industry or on many companies ('近日,上市公司第三季财报密集发布')."""
    opening = _FURNITURE_LINE.sub("", text[:_OPENING * 3])[:_OPENING * 2]
    for sentence in re.findall(r"[^。！？!?\n]+", opening)[:1 if first_only else sentences]:
        m = _PUBLISHED.search(sentence, 0, _PUBLISHING_WITHIN + 40)
        if not m or m.start() > _PUBLISHING_WITHIN:
            continue
        name = without_description(_TIME_WORDS.sub("", m.group("name")))
        if name in _THE_COMPANY:
            # '智通财经APP获悉,李宁(02331)高开6%…消息面上,公司昨日晚间公告,截至2023年6月30日止6个月业绩': the company
            # the opening named by its code
            named = {n.group("name") for n in _NAMED_BY_CODE.finditer(opening)}
            name = named.pop() if len(named) == 1 else ""
        if len(name) >= 2 and _one_company(name):
            return name
    if first_only:
        return None
    # further into the opening, the company the text's first words name: a copy that starts at a
    # paragraph about one line ('小米指，上季单计智能电动车收入为283亿元…') and says further on who
    # published ('小米集团(1810)昨收市后公布9月底止第三季业绩')
    for m in _PUBLISHED.finditer(text, 0, _OPENING * 3):
        name = _TIME_WORDS.sub("", m.group("name"))
        if len(name) >= 2 and _one_company(name) and text.lstrip().startswith(name):
            return name
    return None


# a story's furniture before its first sentence: a dateline ('2025-10-30 18:37'), a byline ('经济观察报记者 郑晨烨',
# '撰文 | 临渊'), a site's label ('经济观察报 关注')
# (and a site's banner: a breadcrumb '网站首页 > 精选研报 正文', its notice '温馨提示: 本文所述模型仅限学术探讨…', its group's
# number '指标交流QQ群:586838595')
_FURNITURE_LINE = re.compile(r"^[ \t]*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                             r"|[^\n。，,]{0,16}记者[^\n。，,]{0,12}|(?:撰文|出品|作者|编辑|责编|来源|文)\s*[|｜:：/][^\n。]{0,30}"
                             r"|[^\n。，,]{2,12}\s关注|[^\n]{0,30}\s[>›»]\s[^\n]{0,30}|温馨提示\s*[:：][^\n]*|[^\n]{0,12}(?:QQ|微信)群[^\n]{0,20}"
                             # (a site's dateline with its name, 'date 2025-08-15 明报新闻网'; a column's name alone, '经济')
                             r"|date\s*\d{4}-\d{2}-\d{2}[^\n]{0,16}|[\u4e00-\u9fff]{1,4}"
                             # (a page's image left as its markdown, '![]()'; a wire's name, '中证智能财讯')
                             r"|!\[[^\]\n]*\]\([^)\n]*\)|[\u4e00-\u9fff]{0,8}(?:财讯|快讯|资讯|电讯)"
                             # (a column's line with its date and time, '经导深观 |  2025-11-05 10:59:45 原创'; a byline naming its
                             # source, '石潇懿来源:大众新闻·经济导报')
                             r"|[^\n。，,]{0,12}[|｜]\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?[^\n。，,]{0,8}"
                             r"|[\u4e00-\u9fff]{2,4}来源\s*[:：][^\n。，,]{2,24}"
                             # (a column's and its author's byline with the day, 'AI资本局 石韬 10月25日')
                             r"|(?:[^\n。，,\d\s]{1,12}\s+){1,3}\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s+\d{1,2}:\d{2})?)"
                             r"[ \t]*\n", re.M)


# a site's byline under a headline: its name and when it was published ('凤凰网财经·2025-08-24 12:51')
_BYLINE = re.compile(r"\A\s*[^\n]{1,30}?[·|]\s*\d{4}-\d{1,2}-\d{1,2}[^\n]*\n")


def _after_title(text: str, title: Optional[str]) -> str:
    """The text after its title's line, where the title is printed in its opening (a site's dateline and column name
    may stand above it: 'date 2025-08-15 明报新闻网\n经济\n吉利半年纯利跌14%…\n【明报专讯】吉利汽车(0175)公布,…')."""
    at = text.find(title.strip(), 0, _OPENING * 2) if title and title.strip() else -1
    if at < 0:
        return text
    end = text.find("\n", at)
    return text if end < 0 else text[end + 1:]


def _one_company(name: str) -> bool:
    """Whether a name read before a company's results is one company's: no industry, sector or
    market (行业, 板块), nor many companies (上市公司, 多家)."""
    return not _NOT_A_COMPANY.search(name) and not _MANY_COMPANIES.search(name)


def _headline_of_no_one(title: str) -> bool:
    """A headline naming no company nor industry and stating no figure ('“寒王”三季报出炉!'): the
    sentence under it says whose news it is. One with a figure ('另一公司上半年营收38.30亿元') has a
    subject of its own, maybe not the company the text opens on."""
    return _names_no_one(title) and not re.search(r"\d", title)


# how far into its sentence a company's publishing may start ('快科技11月13日消息,今天中芯国际发布了财报')
_PUBLISHING_WITHIN = 24
# the words of time a name read before 发布 may open or end with ('今天中芯国际', '盘后寒武纪', '台积电今日')
_TIME = r"(?:今天|今日|昨天|昨日|日前|近日|晚间|盘后|早间|午间|上午|下午|中午|刚刚|刚)"
_TIME_WORDS = re.compile(rf"^(?:{_TIME}|周[一二三四五六日])+|{_TIME}+$")
# names that are many companies, or none in particular
_MANY_COMPANIES = re.compile(r"公司$|企业$|多家|各家|[两二三四五六七八九十几数百千\d]+家|龙头|机构|上市银行|上市券商|上市公司|密集")


def _names_no_one(title: str) -> bool:
    """Whether a title names neither a company (a name and a colon, a ticker) nor an industry,
    sector or market: a site's label over a text ('AI智能总结'), no title of the note's own — or
    a note's first line under its label ('事件:公司发布25Q3业绩,…': 事件 is no company's name)."""
    if _LABEL_LINE.match(title):
        return not (_TICKER_IN_TITLE.search(title) or _NOT_A_COMPANY.search(title))
    if _SOURCE_LINE.match(title):
        return True  # '来源:财事汇': where the text comes from, no title
    return not (_NAMED_TITLE.match(title) or _TICKER_IN_TITLE.search(title) or _NOT_A_COMPANY.search(title))


# a line saying where a text comes from or who wrote it ('来源:财事汇', '作者:…', '文/…' is furniture elsewhere)
_SOURCE_LINE = re.compile(r"\s*(?:来源|作者|编辑|责编|责任编辑|记者|出处)\s*[:：][^\n]{0,20}$")
# the labels a note's body opens with, before a colon
_LABEL_LINE = re.compile(r"\s*(?:事件|核心观点|投资要点|投资建议|点评|摘要|要点)\s*[:：]")


# a ticker in a title ('太阳能(000591)', '01999'), not a date's year ('2019-08-26', '2024年', '2025最新版':
# a four-digit year is a ticker only in brackets, '安踏体育(2020.HK)') nor a figure (nor a figure with its
# unit: '人民币2138百万元')
_TICKER_IN_TITLE = re.compile(r"(?<![\d.\-/])(?:(?!(?:19|20)\d\d(?!\d))\d{4,6}|(?<=[（(])(?:19|20)\d\d(?=\s*(?:\.HK)?\s*[)）]))"
                              r"(?![\d\-/年月日%百千万亿元]|\.(?!HK))")


def _opens_on_its_company(text: str) -> bool:
    """Whether a text with no title opens as a note on one company: its results published
    ('公司发布2023年年报…'), its lines stated by 公司 ('公司23Q1-3实现营收189.8亿元'), or its stock's
    rating ('报告投资评级 - 维持“买入”评级'). An industry note opens with its industry, and names its
    stocks' ratings further on."""
    opening = text[:_OPENING]
    return (_opens_with_its_results(text) or bool(_OPENS_WITH_ITS_LINES.search(opening)) or _rates_a_company(opening)
            or bool(_OPENS_ON_ITS_NOTE.match(opening))
            or _opens_on_a_named_result(opening) or _opens_as_a_company(opening)
            or _bracketed_company_heading(text[:_OPENING * 2])
            or bool(_OPENS_WITH_ITS_RATING.match(opening))
            or _opens_on_a_results_heading(text[:_OPENING * 10]))


# a data vendor's page on one company: its profile ('集团简介 | … - 集团股份亦在上海证券交易所上市,…'), then the group's
# results ('…2023年度,集团营业额增长39.2%至215.24亿元'): 集团 is the one company the page is on
_PROFILE_HEADING = re.compile(r"\s*(?:集团|公司)(?:简介|概况)")
_GROUP_RESULTS = re.compile(r"(?<![\u4e00-\u9fff])集团(?:之|的)?\s*(?:收益|收入|营业额|营业收入|营收)\s*"
                            r"(?:为|达|约为|录得|上升|增长|增加|下降|减少|下跌)")


def _titled_by_a_listed_name(title: str, text: str) -> bool:
    """Whether the title opens on the name the text's opening gives an A-share code to (as the company the note is on:
    '若羽臣(003010.SZ)', '锦波生物(832982)'), the name no industry's or market's."""
    for m in _NAMED_BY_CODE.finditer(text, 0, _OPENING * 2):
        name = m.group("name")
        if len(m.group("code")) == 6 and title.startswith(name) and not _NOT_A_COMPANY.search(name) \
                and not _MANY_COMPANIES.search(title):
            return True
    return False


def _a_group_s_profile(text: str) -> bool:
    """Whether the text opens on a company's profile and states the group's results in its first lines."""
    return bool(_PROFILE_HEADING.match(text)) and bool(_GROUP_RESULTS.search(text, 0, _OPENING * 3))


# a digest opening on a heading of results and its first bullet ('业绩表现 - 2025年中期收入29.27亿元 同比持平 归母净利润3.10亿元
# …', '核心财务表现 - 1H25收入29.27亿元…'): no company named, but a period's revenue and its parent's profit are one company's
# (or its first two bullets, each closed by its citation mark: '核心财务表现 - 2025年上半年实现收入56.63亿元,同比增长41.2% [1] -
# 股东应占溢利达16.25亿元…')
_RESULTS_HEADING = re.compile(r"\A\s*(?:核心)?(?:业绩表现|财务表现|业绩概览|财务业绩|经营业绩|业绩回顾|业绩情况)\s*[-–—:：]\s*"
                              r"(?P<bullet>[^\[\n]{0,160}(?:(?:\s*\[\d+\])+\s*[-–—]\s*[^\[\n]{0,160})?)")
_PERIOD_REVENUE = re.compile(r"(?:(?:20)?\d\d\s*年?\s*(?:中期|上半年|前三季度|全年|年度|第?[一二三四]季度|Q[1-4]|H[12])|[1-4][QH]\s*\d\d)"
                             r"\s*(?:实现|录得)?\s*(?:营业总收入|营业收入|营收|收入)\s*(?:为|达)?\s*\d")
# (a Hong Kong listing's names for the parent's share: '股东应占溢利', '母公司拥有人应占利润')
_PARENT_PROFIT = re.compile(r"(?:归母净利润|归属于母公司股东的净利润|归属母公司净利润|股东应占溢利|(?:母公司拥有人|权益持有人)应占(?:利润|溢利))"
                            r"\s*(?:为|达)?\s*\d")


def _opens_on_a_results_heading(opening: str) -> bool:
    """Whether an untitled text opens on a heading of results whose first bullet states a period's revenue and
    the parent's profit, naming no industry, sector or market (a sector's 归母净利润 is said with its name) — or
    reaches one as a digest's section after its rating's and its views' ('投资评级 - 报告未明确给出投资评级 [1] 核心观点
    - … [2] 财务表现 - 2025年上半年实现营业收入22.64亿元(yoy+6.12%)归母净利润1.81亿元…')."""
    m = _RESULTS_HEADING.match(opening)
    if m is None and _OPENS_ON_A_RATING_LINE.match(opening):
        m = next((h for h in _RESULTS_SECTION.finditer(opening)), None)
    return bool(m) and bool(_PERIOD_REVENUE.search(m.group("bullet"))) and bool(_PARENT_PROFIT.search(m.group("bullet"))) \
        and not _NOT_A_COMPANY.search(m.group("bullet")) and not _MANY_COMPANIES.search(m.group("bullet"))


# a digest's rating line, its stock's or none given (an industry's is 行业投资评级), and a section of its results after a citation mark
_OPENS_ON_A_RATING_LINE = re.compile(r"\s*(?:报告)?(?:公司)?投资评级\s*[-—–:：]")
_RESULTS_SECTION = re.compile(r"(?<=\])\s*(?:核心)?(?:业绩表现|财务表现|业绩概览|财务业绩|经营业绩|业绩回顾|业绩情况)\s*[-–—:：]\s*"
                              r"(?P<bullet>[^\[\n]{0,160})")


def _opens_with_its_results(text: str) -> bool:
    """Whether the text opens with the company publishing its results ('公司发布2023年年报和
    2024年一季报：…', '事件：公司披露半年报'), the company named only as 公司: a note's body on
    the one company it covers (an industry note opens with its industry). Tried at the text's start;
    after a headline of its own ('受需求波动影响,23年上半年业绩承压。公司发布2023年中报,…'), an event's
    label again before it ('…\n事件:公司发布中报,…'), a heading maybe before the headline ('核心观点:\n
    养殖成本同比下降显著,…。公司发布24年三季报'); or at a paragraph further down that opens on the event
    ('…注册即领新手礼包…\n\n事件:公司发布2025半年度报告': a copy under a page's own banner)."""
    starts = [re.match(rf"\s*(?:[（(【][^)）】\n]{{0,24}}[)）】]\s*)?(?:事件\s*[:：]\s*{_EVENT_DATE})?", text),  # ('(来源:研报虎) 事件:…')
              re.match(rf"(?:[^。！？!?\n]{{0,60}}[。！？!?\n]\s*){{1,2}}?(?:事件\s*[:：]\s*{_EVENT_DATE})?(?=(?:公司|本公司))", text),
              _EVENT_PARAGRAPH.search(text, 0, _EVENT_WITHIN)]
    for start in starts:
        m = _PUBLISHED.match(text, start.end()) if start else None
        if m and m.group("name") in ("公司", "本公司"):
            return True
    return False


# the results lines a company is named stating
_RESULT_LINES = r"(?:营业收入|营业总收入|营收|收入|总收入|归母净利润|净利润)"
# a line opening on a company's name, a period and one of its results' lines ('快手2025财年第三季收入同比增长14.2%至356亿元')
# (after a summary's label: '核心观点 - 海光信息2025年第三季度及前三季度业绩表现极为亮眼')
_NAMED_RESULT = re.compile(r"(?:^|\n)\s*(?:(?:核心观点|投资要点|事件|摘要|要点)\s*[-:：]\s*)?"
                           # (a period named with no year: '百度三季度业绩于…放出')
                           # (a four-digit year may go without its 年 before the part of it: '小熊电器2021 前三季度实现营收23.65 亿')
                           r"(?P<who>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*(?:(?:(?:19|20)?\d\d\s*(?:财年|年)|FY\s*\d\d"
                           r"|(?:19|20)\d\d(?=\s*(?:第?[一二三四1-4]季度?|Q[1-4]|上半年|前三季度|全年)))\s*"
                           r"(?:(?:及|和|与)?\s*(?:第?[一二三四1-4]季度?|Q[1-4]|上半年|前三季度|全年)\s*){0,2}"
                           r"|(?:第?[一二三四1-4]季度|Q[1-4]|上半年|前三季度)\s*(?=业绩))"
                           r"(?:" + _RESULT_LINES + r"\s*(?:同比|为|达|实现)|业绩"
                           # (or its verb first and the line's figure: '…前三季度实现营收23.65 亿')
                           r"|(?:实现|录得)\s*" + _RESULT_LINES + r"\s*\d)")

# (or the period first, then the name and its verb: '2025H1,古茗实现收入56.6 亿元/+41.2%', a note's opening sentence)
_PERIOD_THEN_NAMED_RESULT = re.compile(
    r"(?:^|\n|[。；;])\s*(?:(?:19|20)?\d\d\s*(?:H[12]|Q[1-4]|年\s*(?:上半年|前三季度|全年|第?[一二三四]季度|度)?)|[1-4][QH]\s*\d\d)"
    r"\s*[,，]\s*(?P<who>[\u4e00-\u9fffA-Za-z]{2,8}?)\s*(?:实现|录得)\s*" + _RESULT_LINES + r"\s*\d")

# a named company stating a results line ('牧原股份实现营业收入1117.90亿元', '前三季度,牧原股份实现的营业收入分别为…')
# (with no verb after its period: '石头科技2025年前三季度营业收入达120.66亿元'; no period's word is a company)
_COMPANY_STATES_RESULT = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,8}?(?:股份|集团|控股)?)(?<![期年度季月内中后前计合])\s*"
                                   r"(?:(?:(?:20)?\d\d\s*年\s*)?(?:前三季度|上半年|全年|第?[一二三四]季度)?\s*(?:实现|录得)的?"
                                   r"|(?:20)?\d\d\s*年\s*(?:前三季度|上半年|全年|第?[一二三四]季度)?)\s*"
                                   r"(?:营业总收入|营业收入|营收|归母净利润|净利润)\s*(?:分别)?(?:约|达|为)?\s*\d")


_COMPANY_PERIOD_RESULT = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,8}?(?:股份|集团|控股)?)(?<![期年度季月内中后前计合的])\s*"
                                   r"(?:(?:20)?\d\d\s*年\s*)?(?:前三季度|上半年|全年|第?[一二三四]季度)\s*(?:实现)?的?\s*"
                                   r"(?:营业总收入|营业收入|营收|归母净利润|净利润)\s*(?:约|达|为)?\s*\d")


# (or, where no name does so, a clause opening on the name, its line right after it: '今年上半年,协鑫科技营收为57.35亿元';
# not a part's, '液体乳业务营收361.26亿元', nor 公司's)
_CLAUSE_COMPANY_RESULT = re.compile(r"(?<=[，,；;。\n])\s*(?P<who>[\u4e00-\u9fff]{2,8}?(?:股份|集团|控股)?)"
                                    r"(?:营业总收入|营业收入|营收|归母净利润)\s*(?:为|达)\s*\d")
_PART_OR_THE_COMPANY = re.compile(r"^(?:本?公司|本集团|集团)$|(?:业务|板块|分部|产品|事业部|事业群|地区|市场|行业)$"
                                  # (nor a period: ',前三季度营收为46.07亿元')
                                  r"|(?:季度?|年度?|半年|期内|同期|月份?|[QH][1-4])$")


def headline_company(title: Optional[str], text: str) -> Optional[str]:
    """The company a headline names where the text states its results lines and no other
    company's ('牧原扛不住“降价潮”?…' over '牧原股份实现营业收入1117.90亿元…': 牧原股份), as the text
    names it: a news story on that company, whatever industry figures it opens with. Several
    companies stating results is a roundup."""
    who = {m.group("who") for m in _COMPANY_STATES_RESULT.finditer(text)} or {
        m.group("who") for m in _CLAUSE_COMPANY_RESULT.finditer(text) if not _PART_OR_THE_COMPANY.search(m.group("who"))}
    # (a roundup's other companies may state theirs with no verb: '长安汽车前三季度营收1149.27亿元')
    others = {m.group("who") for m in _COMPANY_PERIOD_RESULT.finditer(text)}
    if not title or len(who) != 1 or len(others - who - {"公司", "本公司"}) > 0:
        return None
    name = who.pop()
    if not _one_company(name) or name in ("公司", "本公司") or name[:2] not in title:
        return None
    return name


# a profile's first words: the company and what it is ('阳光电源作为全球光伏逆变器龙头企业,…') or when it was founded, maybe under a
# numbered section's heading ('一、引言'); a country or a region is no company
_OPENS_AS_A_COMPANY = re.compile(r"\A\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*[^\n]{0,12}\n\s*)?"
                                 r"(?!中国|我国|美国|全球|国内|海外|欧洲|日本|韩国|印度)(?P<name>[\u4e00-\u9fffA-Za-z]{2,10}?)"
                                 r"\s*(?:[（(][^)）\n]{0,12}[)）])?\s*(?:作为[^。\n]{0,30}?"
                                 r"(?:企业|公司|龙头|厂商|供应商|服务商|制造商|运营商|领军者)"
                                 # (or when it was founded: '璞泰来成立于2012年11月,2017年11月在上交所上市')
                                 r"|成立于\s*(?:19|20)\d\d\s*年)")


# a digest's heading naming the company in lenticular brackets, then its results ('【中国移动】业绩维持稳健,…');
# a label in such brackets ('【点评】', '【事件】') names no one
_BRACKETED_HEADING = re.compile(r"【(?P<name>[\u4e00-\u9fffA-Za-z]{2,10})】\s*[^【】\n。]{0,20}?"
                                r"(?:业绩|营收|收入|利润|财报|季报|年报|中报)")
_BRACKET_LABELS = re.compile(r"^(?:点评|要点|摘要|事件|核心观点|投资要点|风险提示|研报|速递|快讯|数据|公告|财报|业绩|重磅|独家)"
                             # (or a paper's or a site's dateline: '【中国经营网综合报道】', '【新华社讯】')
                             r"|(?:报道|讯|网|社|消息|日报|晚报|时报)$")


def _bracketed_company_heading(opening: str) -> bool:
    """Whether the opening carries one company's heading in 【】 before its results."""
    names = {m.group("name") for m in _BRACKETED_HEADING.finditer(opening)}
    return len(names) == 1 and (name := names.pop()) is not None and _one_company(name) and not _BRACKET_LABELS.search(name)


def _opens_as_a_company(opening: str) -> bool:
    """Whether the text opens on one company as what it is: a profile of that company."""
    m = _OPENS_AS_A_COMPANY.match(opening)
    return bool(m) and _one_company(m.group("name"))


# (or a period in a report's short code before or after the name, and the company's revenue: '25Q3安琪酵母实现营收38.87亿元',
# '安琪酵母1H25实现营收…', '妙可蓝多2025Q1-Q3 营业总收入39.57 亿元')
_PERIOD_CODE = r"(?:(?:20)?\d\d\s*(?:Q1\s*-\s*Q?3|Q[1-4]|H[12])|[1-4][QH]\s*(?:20)?\d\d)"
# (or the period in words first: '2025年前三季度,江苏银行继续录得营收、净利双增的成绩')
# (or a span of years, its figures listed: '2022年至2024年,海澜之家收入波动较大,分别为185.62亿元、…')
_PERIOD_WORDS_FIRST = r"(?:20)?\d\d\s*年\s*(?:前三季度|上半年|全年|第?[一二三四]季度|(?:至|到|[-–—~])\s*(?:20)?\d\d\s*年)"
_NAMED_CODED_RESULT = re.compile(rf"(?:^|\n)\s*(?:(?:{_PERIOD_CODE}|{_PERIOD_WORDS_FIRST})\s*[,，]?\s*(?P<after>[\u4e00-\u9fffA-Za-z]{{2,8}}?)"
                                 rf"|(?P<before>[\u4e00-\u9fffA-Za-z]{{2,8}}?)\s*{_PERIOD_CODE})\s*(?:单季度?)?\s*(?:继续|再次)?\s*"
                                 rf"(?:实现|录得)?\s*(?:营业收入|营业总收入|营收|总收入|收入)\s*(?:(?:为|达)?\s*\d"
                                 rf"|(?:[^\d，,。；;]{{0,8}}[,，])?\s*分别(?:为|是|达)\s*\d"
                                 rf"|[、和与及]\s*(?:归母)?净利润?\s*(?:双增|双降|齐升|齐降|双双增长|双双下滑))")


def _opens_on_a_named_result(opening: str) -> bool:
    """Whether a line of the opening states one named company's result for a period (an industry, a
    sector or many companies are no one company)."""
    return opening_result_company(opening) is not None


def untitled_company(doc: Document) -> Optional[str]:
    """The company a text with no title (or a site's label for one: 'AI智能总结') opens on stating a
    result of ('25Q3安琪酵母实现营收38.87亿元…'), as named there."""
    if not doc.pages or (doc.meta.title and not _names_no_one(doc.meta.title)):
        return None
    return opening_result_company(doc.pages[0].text[:_OPENING])


def opening_result_company(opening: str) -> Optional[str]:
    """The one company a line of the opening states a result of for a period, as named there."""
    m = _NAMED_RESULT.search(opening)
    if m and _one_company(m.group("who")):
        return m.group("who")
    after = _PERIOD_THEN_NAMED_RESULT.search(opening)
    if after and _one_company(after.group("who")) and not re.match(r"(?:本?公司|我们|该)", after.group("who")):
        return after.group("who")
    coded = _NAMED_CODED_RESULT.search(opening)
    name = coded and (coded.group("after") or coded.group("before"))
    # (no line's words nor a verb: '2025年三季度的营业总收入为54.17亿元', '2025年上半年实现营业收入…' name no company)
    return name if name and _one_company(name) and not re.search(
        r"^(?:[的之]|实现|录得|完成|累计|公司|本公司)|营业|收入|营收|利润", name) else None


# a paragraph opening on a note's event label, the company as 公司 ('\n事件:公司发布…'), within the
# first characters of the text (a site's banner and blurb may come first)
# an event's date before the company ('事件:2025年10月31日公司发布2025年三季报')
_EVENT_DATE = r"(?:(?:(?:20)?\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:晚间|晚)?\s*[,，]?\s*)?"
# (or on a summary's label after a PDF's run-in front matter: '…证券研究报告 开始大幅出清 五粮液 25Q3 点评 主要观点:公司发布…')
# (or after a bullet's mark: '➢事件概述:公司发布2025半年报')
_EVENT_PARAGRAPH = re.compile(rf"(?:\n\s*事件|(?:^|(?<=[\s➢•·▪■◆●]))(?:事件(?:概述|点评|描述)?|主要观点|投资要点|核心观点))\s*[:：]\s*"
                              rf"{_EVENT_DATE}(?=公司|本公司)")
_EVENT_WITHIN = 1500


# a title opening with a name and a colon ('寿仙谷:24Q2营收承压…')
_NAMED_TITLE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[:：]")
# a stock's rating as a report states it ('维持“买入”评级', '给予"增持"投资评级', '维持“买入-A”的投资评级'):
# words only a stock is rated with (an industry is 看好, 推荐, 中性, 强于大市), and never after 行业
_COMPANY_RATING = re.compile(r"(?:维持|给予|首次覆盖|首次给予|上调至?|下调至?|调整为|重申)\s*"
                             # the company rated, as 公司 or by name ('给予尚品宅配“强推”评级')
                             r"(?P<name>公司|[\u4e00-\u9fffA-Za-z]{2,10}?)?\s*[“\"'「]?"
                             rf"{_STOCK_RATINGS}[”\"'」]?\s*(?:的)?\s*(?:投资)?评级"
                             # or stated: '比亚迪 (002594) 投资评级为买入', '将公司评级调整为"增持"'
                             rf"|(?:投资)?评级(?:调整为|上调为|下调为|上调至|下调至|为|是)\s*[“\"'「]?{_STOCK_RATINGS}(?![\u4e00-\u9fff])"
                             # a company's rating by name, whatever its word ('报告公司投资评级 - 公司维持"推荐"评级')
                             # (not a table's '重点公司评级')
                             r"|(?:^|(?<=报告)|(?<![\u4e00-\u9fff]))公司(?:投资)?评级")


# how far into a text with no title its opening runs: the rating a summary opens with
_OPENING = 200
# the company, as 公司 alone (not 上市公司, 子公司), stating its results ('公司23Q1-3实现营收189.8亿元')
# (or its forecast, clauses on: '公司光伏锂电成长可期,磁材器件稳中有进,预计2024-2026年实现营收分别为…')
# a line moved to its figure ('同比增长81%至28.8 亿元')
# (or as the Hong Kong press says it: '收益按年跌2.7%至400.92亿元')
_MOVED_TO_ITS_FIGURE = r"(?:同比|按年)(?:增长|下降|增加|减少|上升|下跌|[升跌增减降])\s*\d+(?:\.\d+)?\s*%\s*至\s*\d"
# (公司 right after its period is the company too: '…前三季度公司实现收入646亿元')
_OPENS_WITH_ITS_LINES = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=季度)|(?<=[年月]))公司\s*(?:[^，,。；;]{0,12}?|[^。；;]{0,40}?预计[^。；;]{0,16}?)"
                                   r"实现(?:营业总收入|营业收入|营收|收入|归母净利润|净利润)"
                                   # (or its period's line and figure with no verb: '公司3Q25 收入2,432 亿元', '公司2025年上半年营业收入13.38亿元')
                                   r"|(?<![\u4e00-\u9fff])公司\s*(?:(?:20)?\d\d\s*(?:年\s*(?:[上下]半年|前三季度|第?[一二三四]季度|全年|年度)?|[QH][1-4])|[1-4][QH]\s*\d\d)\s*"
                                   r"(?:营业总收入|营业收入|营收|收入|归母净利润)\s*(?:为|达)?\s*\d"
                                   # (or, at the text's start, its period's line moved to its figure: '公司前三季度营收同比增长81%至28.8 亿元')
                                   # (or under a first line of the page's own, a date's and a headline: ' date 2025-08-12 方便麵業務純利增11.9%')
                                   r"|\A(?:[^\n]{0,60}\n\s*)?\s*公司\s*(?:前三季度|上半年|全年|第?[一二三四]季度)\s*(?:营业总收入|营业收入|营收|收益|收入|归母净利润)\s*"
                                   + _MOVED_TO_ITS_FIGURE +
                                   # (or further into the opening, as a digest's bullet under a heading: '收入和利润表现 - … - 公司收入
                                   # 同比增长3.3%至148.16763亿元人民币')
                                   r"|(?<![\u4e00-\u9fff])公司\s*(?:营业总收入|营业收入|营收|总收入|收入|归母净利润)\s*"
                                   + _MOVED_TO_ITS_FIGURE +
                                   # (or its line stated as it is, as a filing's digest bullets it: '收入和利润(同比环比) - 公司
                                   # 收入为人民币24.996亿元,同比增长4.3%')
                                   r"|(?<![\u4e00-\u9fff])公司\s*(?:营业总收入|营业收入|营收|总收入|收入|收益)\s*为\s*(?:人民币)?\s*\d"
                                   # (or after the report it reads them from: '根据公司三季报,Q3 实现收入17.36 亿元')
                                   r"|根据公司\s*(?:(?:20)?\d\d\s*年\s*)?(?:年报|年度报告|中报|半年报|半年度报告|三季报|一季报|季报|"
                                   r"第?[一二三四]季度报告|业绩快报|业绩预告)\s*[,，:：]?[^。；;]{0,16}?"
                                   r"实现(?:营业总收入|营业收入|营收|收入|归母净利润|净利润)"
                                   # a summary opening on the company's results as its heading ('公司2025年三季度业绩表现 - …')
                                   r"|\A\s*公司\s*(?:20)?\d\d\s*(?:年|[QH][1-4])[^，,。；;\n]{0,10}?(?:业绩|经营|财务)"
                                   # a summary opening on a results heading and a period's line ('核心财务表现 - 2025年中报
                                   # 营业总收入164.54亿元', '公司业绩表现 - 2025年前三季度实现营业收入…'): one company's, unnamed
                                   # ('整体财务数据关键指标变化 - 2022年上半年营业额为210.13亿元', a filing's digest; or its company's
                                   # line, the period left to the filing: '财务数据关键指标变化 - 公司营业收入为418.18亿元')
                                   # ('收入和利润表现 - 总收入59.531亿元人民币', a filing's digest under its own heading)
                                   r"|\A\s*(?:核心|公司|整体)?(?:财务表现|财务业绩|业绩表现|经营业绩|业绩概览|财务数据|收入(?:和|与|及)利润表现)[^\n\-]{0,8}?\s*-\s*"
                                   # (the company then its period as brokers write it: '财务业绩摘要 - 公司1-3Q25总收入219.9亿元')
                                   # (or a bare period: '财务业绩概览 - 上半财年实现营收89.28亿元')
                                   r"(?:(?:20)?\d\d\s*(?:年|[QH][1-4])[^，,。；;\n]{0,8}?|公司\s*(?:[1-4]\s*-\s*[1-4]Q\d\d|[1-4][QH]\d\d|\d\d[QH][1-4])?\s*"
                                   r"|(?:[上下]半财?年|前三季度|全年)\s*(?:实现)?\s*)?"
                                   # (a manufacturer's filing names its revenue 销售额: '收入和利润表现 - 销售额达人民币…')
                                   r"(?:营业总收入|营业收入|营收|总营收|总收入|营业额|营运收入|销售额|销售收入|归母净利润)"
                                   # a company's own announcement, in its own voice ('本集团的收益为人民币658百万元')
                                   # (its period and basis between: '本集团于二零二五年上半年的未经审计之综合营业额为人民币…')
                                   r"|本(?:集团|公司)(?:于[^，,。；;\n]{0,16}?)?的?\s*(?:未经审[计核]之?)?\s*(?:综合)?\s*"
                                   r"(?:收益|收入|营业额|营业收入|营业总收入|营收)\s*(?:为|达|约为|录得)"
                                   # a data vendor's digest of a Hong Kong company's results: '集团营业额上升29.9%至12.15亿元'
                                   r"|(?<![\u4e00-\u9fff])集团(?:之|的)?\s*(?:收益|收入|营业额|营业收入|营收)\s*"
                                   r"(?:为|达|约为|录得|上升|增长|增加|下降|减少|下跌)"
                                   # a data vendor's page on one company: its business, then its period's results
                                   # ('主营业务:…\n报告期业绩:\n于本财政期内,集团收入…')
                                   r"|\A\s*主营业务\s*[:：][^\n]*\n(?:[^\n]*\n){0,3}?\s*报告期业绩\s*[:：]"
                                   # a note's body opening on its period's revenue, a bullet maybe before ('■22Q3营收68.97亿元/同比增长29%')
                                   r"|\A\s*[■●◆▪•]?\s*(?:20)?\d\d\s*(?:年|[QH][1-4])\s*(?:公司)?(?:营业总收入|营业收入|营收|总营收)\s*(?:为|达到?|实现)?\s*\d")


# a summary's first line giving the note's rating under the label its template gives a company's
# ('报告投资评级 - 维持“推荐”评级'; an industry's is '行业投资评级' or '报告行业投资评级'): whatever the word
_OPENS_WITH_ITS_RATING = re.compile(r"\s*(?:报告)?投资评级(?:与[\u4e00-\u9fff]{1,6})?\s*[-—–:：]\s*[^\n。]{0,30}?"
                                    rf"(?:{_STOCK_RATINGS}|推荐|中性)")


def _rates_a_company(text: str) -> bool:
    return any("行业" not in text[max(0, m.start() - 8):m.start()]
               and not (m.group("name") and _NOT_A_COMPANY.search(m.group("name")))
               for m in _COMPANY_RATING.finditer(text))


# a title opening with a name and a colon, then the kind of note only a company gets
# ('涪陵榨菜:半年报点评:…', '海天味业:经营稳扎稳打…' is not enough: no kind named)
# a report's file name as download sites list it: the company, the kind of report, its title, date and pages
# ('燕京啤酒-公司研究报告-春燕展翅翔四海金穗欢喜进万家-240601(25页)'); an industry's names its industry ('食品饮料行业-…')
_REPORT_FILE_TITLE = re.compile(r"\s*(?:【公司研究】\s*(?P<tagged>[\u4e00-\u9fffA-Za-z]{2,12})\s*[-—–]|"
                                # (the market the company lists on before the kind: '锦波生物-北交所首次覆盖报告:…')
                                r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s*[-—–]\s*(?:北交所|港股|美股)?(?:公司)?"
                                r"(?:深度|研究|点评|首次覆盖|跟踪|年报点评|中报点评|季报点评|动态)*(?:研究)?报告)")
# a text whose first line runs a note's title into its body: '重庆啤酒(600132.SH)2021年中报点评:量价齐升…。拆分量价来看…'
_OPENS_ON_ITS_NOTE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[（(]\s*\d{6}(?:\.[A-Z]{2})?\s*[)）]\s*(?:\d{2,4}\s*(?:年|[QH][1-4])?)?"
                                r"(?:[\u4e00-\u9fff]{0,6})?(?:年报|中报|半年报|季报|三季报|一季报|业绩)?(?:点评|快评|首次覆盖|深度报告|深度研究|公司研究)")
_NOTE_KIND = (r"\s*(?:公司)?(?:事件)?"
              # the period the note is on ('尚品宅配:2024年三季度点评', '24Q3点评')
              r"(?:\d{2,4}\s*(?:年|[QH][1-4])?)?(?:[\u4e00-\u9fff]{0,6})?"
              r"(?:年报|中报|半年报|季报|三季报|一季报|业绩)?(?:点评|快评|首次覆盖|深度报告|深度研究|公司研究)")
_COMPANY_NOTE_TITLE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[:：]" + _NOTE_KIND)
# the same with a dash after the name, as a forum reposting a note titles it: '中联重科-2025年三季报点评:Q3国内外收入同步发力'
_DASHED_NOTE_TITLE = re.compile(r"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s*[-—–]" + _NOTE_KIND)
# (or the broker's name first, the ticker between: '天风证券-布鲁可-0325.HK-25H1业绩点评:IP商业化提速')
_BROKER_DASHED_NOTE_TITLE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}(?:证券|国际|资本)\s*[-—–]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s*[-—–]\s*"
                                       r"(?:\d{4,6}(?:\.[A-Z]{2})?\s*[-—–]\s*)?" + _NOTE_KIND)
# a first segment naming no company: an industry, a sector, a market, a strategy
# (市场 but in '超市场预期', '高于市场一致预期': what the market expected of the company)
# (a company's own markets are no market's note: '车载及新兴市场增速提升显著', '海外市场拓展顺利')
_NOT_A_COMPANY = re.compile(r"行业|板块|策略|宏观|(?<!新兴)(?<!海外)(?<!国内)(?<!国际)(?<!车载)(?<!终端)市场(?!一致)(?!预期)"
                            r"|指数|周报|月报|晨会|晨报|专题|产业|赛道")
# a title naming an industry's company and the analysis of it ('2022年石膏板行业企业北新建材财务分析', '白酒行业龙头贵州茅台深度分析')
_INDUSTRY_LEADER_TITLE = re.compile(r"行业(?:企业|龙头|公司|领军企业)\s*(?P<name>[\u4e00-\u9fff]{2,8}?)\s*"
                                    r"(?:财务分析|深度分析|深度研究|深度报告|经营分析|研究报告|分析)")
# a title naming one company's results and how it reads them: '英伟达Q3财报一览:…', '腾讯2025Q3业绩点评:…'
# a title opening with a name and its period's results: '长城汽车丨2025Q3:…' (a column's mark between), '吉利半年报喜人'
# (its ticker in brackets after the name, and the period's part before 财报: '天齐锂业(002466)2025年一季度财报深度分析')
# (the code may carry its exchange, and the name come again after it: '东方雨虹(SZ002271) 东方雨虹2025年三季报业绩解读报告')
_NAMED_PERIOD_TITLE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,8}?)\s*(?:[(（]\s*(?:S[HZ]|BJ)?\d{6}(?:\.[A-Z]{2})?\s*[)）]\s*(?:(?P=name))?)?\s*"
                                 r"(?:[丨|｜]\s*(?:20)?\d\d\s*(?:Q[1-4]|H[12]|年)"
                                 r"|(?:(?:20)?\d\d\s*年?)?(?:[一二三四]季度|前三季度|[上下]半年|Q[1-4]|H[12])?"
                                 # (or an analysis of its finances by that name: '豪威集团2025年财经分析报告')
                                 # (and a report by its period's full name: '中国石化2025年第三季度报告')
                                 r"(?:半年报|三季报|一季报|年报|中报|财报|财经分析报告|财务分析报告|第?[一二三四]季度报告|半年度报告|年度报告))")
# words that make a title's opening no name: many companies ('上市险企', '车企'), or a writer's verb ('开始点评三季报')
_NOT_A_NAME = re.compile(r"^上市|企$|点评|解读|回顾|开始|预测|简评|速评|盘点|前瞻")
# a market's name is no company's ('A股半年报总结')
_MARKETS = re.compile(r"^(?:A股|港股|美股|全A|两市|沪深|科创板|创业板|北交所)")
# a company's results of a period, read: its name, the period, the report's word, the reading's word
_RESULTS_READ = (r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*(?:FY)?(?:\d{2,4}\s*(?:财?年度?)?)?\s*"
                 r"(?:[1-4]?[QH][1-4]?|[一二三四]季度|第[一二三四]财?季度?|上半年|全年)?\s*"
                 r"(?:财报|业绩|季报|年报|中报)(?:一览|点评|速递|速览|解读|快评|分析)")
_RESULTS_TITLE = re.compile(rf"\s*{_RESULTS_READ}\s*[:：]")
# (or a title closing on one company's results read, after a dash or a colon: '深耕一城也可成就优质银行——成都银行2024年财报分析')
_RESULTS_READ_TITLE_END = re.compile(rf"(?:——|[:：｜|])\s*{_RESULTS_READ}\s*$")
# a headline stating one company's result for a period: a name (after the headline's start or a comma), the
# period, a results line and its amount ('腾讯三季度净利润705亿元', '茅台前三季度营收1284.54亿元')
_RESULTS_HEADLINE = re.compile(r"(?:^|[，,:：|｜\s!！。])(?P<name>[\u4e00-\u9fff]{2,6}?)(?:20\d\d\s*年?|\d\d\s*年|今年|去年)?\s*"
                               r"(?:第?[一二三四1-4]季度?|Q[1-4]|前三季度?|上半年|全年|年度)\s*"
                               # (or its loss, as the Hong Kong press says it: '万科全年转蚀494亿')
                               r"(?:营业总收入|营业收入|营收|收入|归母净利润|净利润|税后纯益|纯益|纯利|净利|盈利|获利|大赚"
                               r"|转?(?:净亏损|亏损|亏|蚀))\s*(?:约|达|为|超)?\s*\d")
# (or a leader of its field named before its line and the line's move, no period: '电解液龙头新宙邦毛利率连续四年下滑')
_LEADER_RESULTS_HEADLINE = re.compile(r"(?:龙头|巨头)\s*(?P<name>[\u4e00-\u9fff]{2,6}?)\s*"
                                      r"(?:营业收入|营收|收入|归母净利润|净利润?|毛利率|净利率|业绩)\s*(?:连续\S{1,4}?)?\s*"
                                      r"(?:下滑|下降|增长|上升|提升|承压|双降|双增|大增|大降|新高|新低)")
# (or a company's revenue and profit said to move together, no figure: 'ST绝味前三季度营收净利双降', '某某上半年营收净利双增';
# or one line's move in tenths: '康师傅上半年净利增两成')
_RESULTS_MOVED_HEADLINE = re.compile(r"(?:^|[，,:：|｜\s!！。])(?P<name>(?:\*?ST)?[\u4e00-\u9fff]{2,6}?)(?:20\d\d\s*年?|\d\d\s*年|今年|去年)?\s*"
                                     r"(?:第?[一二三四1-4]季度?|Q[1-4]|前三季度?|上半年|全年|年度)\s*"
                                     r"(?:(?:营业收入|营收|收入)\s*(?:和|与|及|、)?\s*(?:归母)?净利润?\s*"
                                     r"(?:双双|齐|均|同比)?\s*(?:双降|双增|双升|下滑|下降|增长|上升|齐升|齐降|齐增)"
                                     # (or one line's move, its size in words: '康师傅上半年净利增两成')
                                     r"|(?:归母)?(?:净利润?|纯利|盈利|营收|收入)\s*(?:同比)?\s*(?:大增|大降|增长|下滑|下降|上升|增|降|升|跌)"
                                     # (or in percent: '统一企业中国上半年净利同比升33.2%')
                                     r"\s*(?:[一二两三四五六七八九十]成|[一二两三四五六七八九十]倍|逾?[一二两三四五六七八九十]+成|超[一二两三四五六七八九十]成"
                                     r"|\d+(?:\.\d+)?\s*%))")
# a title opening with a company and its Hong Kong share-class mark and a colon
# a title labelling the one company a note covers, with its code: '投资标的:信义光能(0968.HK) 推荐理由:…'
_LABELLED_COMPANY_TITLE = re.compile(r"\s*(?:投资标的|标的公司|公司名称|股票名称|证券简称)\s*[:：]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)\s*"
                                     r"[（(]\s*\d{4,6}(?:\.[A-Z]{2})?\s*[)）]")
# a title opening on a company's legal name and its code in brackets (a listing application's 'H0388' too)
_LEGAL_NAME_CODE_TITLE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,30}?(?:股份有限公司|有限责任公司|有限公司)\s*"
                                    r"[（(]\s*[A-Z]?\d{4,6}(?:\.[A-Z]{2})?\s*[)）]")
_HK_SHARE_CLASS_TITLE = re.compile(rf"\s*[\u4e00-\u9fffA-Za-z]{{2,12}}{HK_SHARE_CLASS}\s*[:：]")
# an exchange filing's title as download sites list it, the stock's code then its name then the filing:
# '02602 万物云 公告及通告:截至2025年6月30日止六个月的未经审核中期业绩公告', '600519 贵州茅台 2024年年度报告'
_CODE_NAME_FILING_TITLE = re.compile(r"\s*(?:\d{6}|\d{4,5})\s+(?P<name>[\u4e00-\u9fffA-Za-z]{2,12})\s+"
                                     r"[^\n]{0,40}?(?:业绩公告|业绩报告|年度报告|半年度报告|中期报告|季度报告|年报|中报)")


def in_one_unit(inputs: list[Amount]) -> list[Printed]:
    """The amounts' printed figures, in whole units where they carry money units of their own that
    differ (a web page's table: 营业总收入(亿元) over 归母净利润(万元), or cells '1.27亿' and '4883.81万'
    in one row); as printed where they share one, or are in different currencies."""
    units = {i.unit for i in inputs}
    if len(units) == 1:
        return [i.printed for i in inputs]
    scales = [money_scale(i.unit) for i in inputs]
    if len({currency for _, currency in scales}) > 1:
        return [i.printed for i in inputs]
    return [i.printed.times(k) for i, (k, _) in zip(inputs, scales)]


# a unit that counts shares, and the names of share capital that then mean the share count ('股本' in
# 百万元 is an equity line; '股本(百万股)' the count an EPS divides by)
_A_SHARE_COUNT = re.compile(r"(?:千|万|百万|千万|亿)?股")
SHARE_CAPITAL_NAMES = {"股本", "普通股股本", "股数", "总股数"}


def amounts(doc: Document, revisions: bool = False, growth_columns: bool = False) -> list[Amount]:
    """Every numeric financials cell with its printed precision, in table and row order: the
    report's current figures (a revision table's new forecast among them); with `revisions`,
    also a revision table's old forecast and change columns; with `growth_columns`, the
    cells of a 同比/环比 column (a growth, not an amount of the period it is filed under)."""
    out = []
    for t_index, table in enumerate(t for t in doc.tables if t.kind == "financials"):
        common = _common_cell_unit(table.rows)
        for r in table.rows:
            p = printed_of(r)
            if p is None or (r.get("basis") in ("before", "change") and not revisions) \
                    or (r.get("basis") in GROWTH_BASES and not growth_columns):
                continue
            if common and _CELL_UNIT.search(str(r.get("printed") or "")) and r.get("unit") != common \
                    and money_scale(r.get("unit"))[1] == money_scale(common)[1]:
                # a cell printing its own smaller unit ('223.86 万' among '1,704.97 亿' cells): in the table's unit,
                # its precision kept, so that its lines add up with the others
                p = p.times(money_scale(r["unit"])[0] / money_scale(common)[0])
                r = {**r, "unit": common}
            concept = concept_of(r["item"], r["statement"])
            if _A_SHARE_COUNT.fullmatch(r.get("unit") or "") and QUALIFIER.sub("", line_name(r["item"])) in SHARE_CAPITAL_NAMES:
                concept = "shares"  # '股本(百万股)': share capital counted in shares is the share count
            out.append(Amount(r["item"], concept, r["period"], p, r.get("unit"), r["statement"],
                              r["page"], t_index, r.get("row", 0), r.get("group"), r.get("growth_of"), r.get("basis"),
                              r.get("base_period")))
    return out


# a money unit a cell prints after its own figure ('1,704.97 亿', '223.86 万', '94.0 元'), as a data site's statement does
_CELL_UNIT = re.compile(r"\d\s*(?:(?:万亿|亿|千万|百万|万|千)元?|元)\s*$")


def _common_cell_unit(rows: list[dict]) -> Optional[str]:
    """The money unit most of a table's cells print after their figures, if its cells print units at all."""
    units = Counter(r.get("unit") for r in rows if _CELL_UNIT.search(str(r.get("printed") or "")) and r.get("unit"))
    return units.most_common(1)[0][0] if units else None


def previous_period(period: str, periods: list[str]) -> Optional[str]:
    """The same period a year before `period` among `periods` (2024A for 2025E; 2023 for 2024;
    1Q24 for 1Q25, never another quarter of 2024)."""
    p = period_of_label(period)
    if p is None:
        return None
    return next((q for q in periods if period_of_label(q) == year_before(p)), None)


def period_named_before(text: str, at: int, sentence_of: Optional[int] = None) -> Optional[tuple]:
    """The one period named last before `at` in the sentence that holds `sentence_of` (by default
    `at`; a sentence ends at a 。 or a line's end), as a tuple of periods; None where the sentence
    names none before it, or names several at once ('2025-2027年')."""
    held = at if sentence_of is None else sentence_of
    start = max(text.rfind("。", 0, held), text.rfind("\n", 0, held)) + 1
    found = list(PERIOD_PHRASE.finditer(text, start, at))
    periods = periods_of_phrase(found[-1], None) if found else None
    return tuple(periods) if periods and len(periods) == 1 else None


def in_brackets(text: str, at: int, start: int) -> bool:
    """Whether position `at` stands inside an open bracket (from `start` on)."""
    before = text[start:at]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


# the words of a bound right before an amount ('首次突破500亿元', '超过3000亿元'): no amount stated, the figure is more
# (or less) — no total for parts or shares to add up to
BOUND_WORDS = "突破|首破|超过|逾|不足|不到"
BOUND_BEFORE = re.compile(rf"(?:{BOUND_WORDS})\s*$")
