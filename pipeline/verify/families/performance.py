"""Check family: a backtest's performance table (a quant report's 业绩统计, 分年度表现), its
ratios from its own returns and risks — 卡玛比率 = 年化收益率 ÷ |最大回撤|, 夏普比率 =
年化收益率 ÷ 年化波动率, 信息比率 = 超额收益 ÷ 跟踪误差 (or, for an excess or hedged series,
its 年化收益率 ÷ 年化波动率), and 超额收益 = the portfolio's return − the benchmark's — and the
same measures in the report's sentences, each sentence naming two or more one portfolio.

Reports define these differently (a Sharpe ratio over a risk-free rate, an excess return
compounded), so a definition is judged only where the report bears it out: it reproduces at
least half of a table's cells, printed finely enough not to fit it by chance (one ratio to
four figures, two to three) — or it does so over the report's tables and sentences together,
and this table fits it in half its cells. Where none does, every cell is unverifiable,
naming the definitions tried: a report with its own definition gets no false mismatch, and
an edited cell in a report that keeps the common one does. The measures' names are data
(data/performance.json); a table may list its measures across (one column each, a portfolio
a row) or down (one row each, a portfolio a column)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Optional

from ... import data_json
from ...calc import Printed
from ...document import Document, Table
from ..checks import judge_formula, make, marked, printed_cell
from ..sentences import page_sentences

HUNDRED = Decimal(100)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, list[str]], re.Pattern]:
    data = data_json("performance.json")
    return data["measures"], re.compile(data["benchmark"], re.I)


def _squash(label: str) -> str:
    """A label without spaces, underscores ('Max_drawdown', as backtest libraries print it) or a
    '(%)' unit mark."""
    return re.sub(r"[\s_]+|[(（]\s*%\s*[)）]", "", label or "")


def measure_of(label: str) -> tuple[Optional[str], bool]:
    """The measure a label names and whether it names it whole ('年化收益率') rather than
    inside a longer label ('分组1对冲分组信息比率'). A Latin name ('IR', 'MDD') only whole."""
    measures, benchmark = _vocabulary()
    squashed = _squash(label).lower()
    if not squashed:
        return None, False
    for measure, names in measures.items():
        if any(squashed == _squash(n).lower() for n in names):
            return measure, True
    if benchmark.search(label):  # '中证500收益': the benchmark's return, no measure of the portfolio's
        return None, False
    found = [(len(n), measure) for measure, names in measures.items() for n in names
             if re.search(r"[\u4e00-\u9fff]", n) and _squash(n).lower() in squashed]
    return (max(found)[1], False) if found else (None, False)


def _printed(text) -> Optional[tuple[Printed, bool]]:
    """A cell's number with its precision, and whether it is printed as a percent (a cell in
    another unit, '0.6pct', is none of this family's measures)."""
    printed, unit, _ = printed_cell(text)
    if printed is None or unit not in (None, "%"):
        return None
    return printed, unit == "%"


@dataclass
class Cell:
    printed: Printed
    percent: bool
    key: tuple  # ("other", table, row, column): the cell, for the mutation harness
    column: str
    whole: bool = True  # its label names the measure whole ('年化收益率'), not inside a longer one
    span: Optional[tuple[int, int]] = None  # a sentence's figure: where in the sentence


@dataclass
class Portfolio:
    """One portfolio (a strategy, an index, a factor's hedge) of a performance table."""
    name: str
    cells: dict[str, Cell] = field(default_factory=dict)  # measure → its cell
    benchmark_return: Optional[Cell] = None  # a column of the benchmark's return beside its own
    sentence: Optional[object] = None  # a sentence's figures (sentences.Sentence): the sentence
    excess_over: Optional[str] = None  # the return its excess is over, where the words say (年化 or not)


def portfolios(t_index: int, table: Table) -> list[Portfolio]:
    """A table's portfolios and their measures, whichever way it lists them."""
    return _across(t_index, table) or _down(t_index, table)


def _measure_columns(labels: list[str]) -> dict[str, tuple[str, bool]]:
    """measure → (the one label naming it, whether whole): a whole name first, else the only
    label containing one."""
    whole: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    for label in labels:
        measure, exact = measure_of(label)
        if measure:
            (whole if exact else inside).setdefault(measure, []).append(label)
    out = {m: (ls[0], True) for m, ls in whole.items() if len(ls) == 1}
    out.update({m: (ls[0], False) for m, ls in inside.items() if m not in whole and len(ls) == 1})
    return out


def _across(t_index: int, table: Table) -> list[Portfolio]:
    """Measures as columns, a portfolio a row (its name in the first column)."""
    if not table.columns:
        return []
    first, labels = table.columns[0], table.columns[1:]
    measures = _measure_columns(labels)
    if len(measures) < 2:
        return []
    _, benchmark = _vocabulary()
    returns_of_benchmark = [c for c in labels if benchmark.search(c) and "收益" in c and "超额" not in c]
    out = []
    for r_index, row in enumerate(table.rows):
        p = Portfolio(str(row.get(first) or "").strip())
        for measure, (column, whole) in measures.items():
            found = _printed(row.get(column))
            if found:
                p.cells[measure] = Cell(*found, ("other", t_index, r_index, column), column, whole)
        if len(returns_of_benchmark) == 1:
            column = returns_of_benchmark[0]
            found = _printed(row.get(column))
            if found:
                p.benchmark_return = Cell(*found, ("other", t_index, r_index, column), column)
        if p.cells:
            out.append(p)
    return out


def _down(t_index: int, table: Table) -> list[Portfolio]:
    """Measures as rows (their names in the first or second column), a portfolio a column;
    the portfolios' names in the header, or in a first row that names no measure."""
    for at, name_column in enumerate(table.columns[:2]):
        names = [str(r.get(name_column) or "") for r in table.rows]
        measures = _measure_columns(names)
        if len(measures) >= 2:
            break
    else:
        return []
    columns = table.columns[at + 1:]
    heads = {c: c for c in columns}
    top = table.rows[0] if table.rows else {}
    # a header row that names no portfolio, and a first row that names them under no measure:
    # the header was read as data
    header = table.cells[table.header_rows - 1] if table.cells and table.header_rows else None
    unnamed = header is not None and not any((header[i] or "").strip() for i in range(at + 1, len(header)))
    if unnamed and not str(top.get(name_column) or "").strip():
        heads = {c: str(top.get(c) or c).strip() for c in columns}
    by_label = {str(r.get(name_column) or ""): (i, r) for i, r in enumerate(table.rows)}
    out = []
    for column in columns:
        p = Portfolio(heads[column])
        for measure, (label, whole) in measures.items():
            r_index, row = by_label[label]
            found = _printed(row.get(column))
            if found:
                p.cells[measure] = Cell(*found, ("other", t_index, r_index, column), label, whole)
        if p.cells:
            out.append(p)
    return out


# ----------------------------------------------------------------------------- definitions
@dataclass
class Definition:
    words: str  # the formula as a reader writes it
    inputs: tuple[str, ...]  # the measures it takes, in order
    fn: Callable[..., Decimal]


RATIOS: dict[str, list[Definition]] = {
    "calmar": [Definition("年化收益率 ÷ |最大回撤|", ("annual_return", "max_drawdown"), lambda r, d: r / abs(d))],
    "sharpe": [Definition("年化收益率 ÷ 年化波动率", ("annual_return", "volatility"), lambda r, v: r / v)],
    "information_ratio": [Definition("超额收益 ÷ 跟踪误差", ("excess_return", "tracking_error"), lambda e, t: e / t),
                          Definition("年化收益率 ÷ 年化波动率", ("annual_return", "volatility"), lambda r, v: r / v)],
}
# an excess return over the benchmark's: the difference, or the ratio of growths less one
EXCESS = [("{r} − 基准{r}", lambda s, b: s - b),
          ("(1 + {r}) ÷ (1 + 基准{r}) − 1", lambda s, b: ((HUNDRED + s) / (HUNDRED + b) - 1) * HUNDRED)]
NAMES = {"annual_return": "年化收益率", "period_return": "收益率", "max_drawdown": "最大回撤", "volatility": "年化波动率",
         "excess_return": "超额收益", "tracking_error": "跟踪误差"}


@dataclass
class Trial:
    """One cell judged under one definition."""
    portfolio: Portfolio
    cell: Cell
    inputs: list[Cell]
    names: list[str]
    verdict: str
    exact: Optional[Decimal]


# how unlikely the cells a definition reproduces must be to fit it by chance: about one in a
# thousand (one ratio printed to four figures, '0.2210'; two to three, '2.46' and '3.52'; a
# column of seven printed to two decimals)
BY_CHANCE = Decimal("0.001")
# a table that keeps the definition the rest of the report bears out needs less of its own (a
# table of its own definition rarely fits another's)
SUPPORTED_BY_CHANCE = Decimal("0.05")


def _chance(fits: list[Trial]) -> Decimal:
    """About how often figures printed like these fit a wrong formula by chance: each about
    as often as its printed step is small beside its value."""
    chance = Decimal(1)
    for t in fits:
        value = abs(t.cell.printed.value)
        chance *= min(Decimal(1), t.cell.printed.step / value) if value else Decimal(1)
    return chance


def _fits(trials: list[Trial], by_chance: Decimal) -> bool:
    """Whether cells bear a definition out: it reproduces at least half of them, and those it
    reproduces are printed finely enough to fit it by chance no more often than `by_chance`."""
    fits = [t for t in trials if t.verdict in ("consistent", "rounding")]
    return bool(fits) and 2 * len(fits) >= len(trials) and _chance(fits) <= by_chance


def _same_scale(cells: list[Cell]) -> bool:
    return len({c.percent for c in cells}) == 1


def find(doc: Document) -> list[dict]:
    # every table's trials first: a definition the report keeps in its other tables also
    # decides a table too small to bear it out alone (two portfolios, one cell edited); the
    # report's sentences are one more table, each sentence a portfolio
    groups = []
    for t_index, table in enumerate(t for t in doc.tables if t.kind == "other"):
        found = portfolios(t_index, table)
        if found:
            groups += [(table, t_index, measure, tried) for measure, tried in _trials(found)]
    groups += [(None, None, measure, tried) for measure, tried in _trials(prose_portfolios(doc))]
    pooled: dict[tuple[str, str], list[Trial]] = {}
    for _, _, measure, tried in groups:
        for words, trials in tried:
            pooled.setdefault((measure, words), []).extend(trials)
    kept = {key for key, trials in pooled.items() if _fits(trials, BY_CHANCE)}
    return [c for table, t_index, measure, tried in groups for c in _judged(table, t_index, measure, tried, kept)]


def _trials(found: list[Portfolio]) -> list[tuple[str, list[tuple[str, list[Trial]]]]]:
    """Each measure's cells judged under each of its definitions: (measure, [(words, trials)])."""
    out = []
    for measure, definitions in RATIOS.items():
        tried = []
        for d in definitions:
            trials = []
            for p in found:
                cell = p.cells.get(measure)
                inputs = [p.cells.get(m) for m in d.inputs]
                if cell is None or None in inputs or not _same_scale(inputs) or not all(c.whole for c in inputs):
                    continue  # an input named inside a longer label ('年化收益率分组5') is some part's
                verdict, exact = judge_formula(d.fn, [c.printed for c in inputs], cell.printed)
                trials.append(Trial(p, cell, inputs, [NAMES[m] for m in d.inputs], verdict, exact))
            if trials:
                tried.append((d.words, trials))
        out.append((measure, tried))
    return out + [("excess_return", _excess_trials(found))]


def _excess_trials(found: list[Portfolio]) -> list[tuple[str, list[Trial]]]:
    """超额收益 from the portfolio's return and the benchmark's: a benchmark column beside it,
    or the table's one benchmark portfolio (a column or row named for an index)."""
    _, benchmark = _vocabulary()
    named = [p for p in found if benchmark.search(p.name)]
    tried = []
    for measure in ("annual_return", "period_return"):
        for words, fn in EXCESS:
            trials = []
            for p in found:
                cell, own = p.cells.get("excess_return"), p.cells.get(measure)
                base = p.benchmark_return if p.benchmark_return is not None else (
                    named[0].cells.get(measure) if len(named) == 1 and p is not named[0] else None)
                if cell is None or own is None or base is None or not _same_scale([cell, own, base]) \
                        or not own.whole or p.excess_over not in (None, measure):
                    continue
                verdict, exact = judge_formula(fn, [own.printed, base.printed], cell.printed)
                trials.append(Trial(p, cell, [own, base], [NAMES[measure], "基准" + NAMES[measure]], verdict, exact))
            if trials:
                tried.append((words.format(r=NAMES[measure]), trials))
    return tried


def _judged(table: Optional[Table], t_index: Optional[int], measure: str, tried: list[tuple[str, list[Trial]]],
            kept: set[tuple[str, str]]) -> list[dict]:
    """The cells of one measure under the definition the table (or the sentences) bear out —
    or the report keeps in its other tables, where this one reproduces it somewhere — else
    unverifiable."""
    if not tried:
        return []
    # the definitions borne out here, the one reproducing most cells first; each cell is judged
    # by the first of them that reproduces it, else the first it can be computed by (a hedged
    # series' 信息比率 by its return and volatility, a long portfolio's by its excess return and
    # tracking error), or else is unverifiable under the first tried
    ranked = sorted(tried, key=lambda x: -sum(t.verdict in ("consistent", "rounding") for t in x[1]))
    borne = [(w, ts) for w, ts in ranked
             if _fits(ts, BY_CHANCE) or ((measure, w) in kept and _fits(ts, SUPPORTED_BY_CHANCE))]
    chosen: dict[tuple, tuple[str, Trial, bool]] = {}
    for words, trials in borne:
        for t in trials:
            if t.verdict in ("consistent", "rounding"):
                chosen.setdefault(t.cell.key, (words, t, True))
    for words, trials in borne:
        for t in trials:
            chosen.setdefault(t.cell.key, (words, t, True))
    for words, trials in tried:
        for t in trials:
            chosen.setdefault(t.cell.key, (words, t, False))
    out = []
    for words, t, judged in chosen.values():
        label = t.cell.column
        verdict, note = t.verdict, ""
        if not judged:
            verdict = "unverifiable"
            note = (f"no common definition reproduces the report's {label} here "
                    f"(tried {'; '.join(w for w, _ in tried)})")
        s = t.portfolio.sentence
        if s is not None:  # a sentence's figure, marked in it
            claim, page, where = marked(s.text, *t.cell.span), s.page, None
            inputs = {n: c.printed for n, c in zip(t.names, t.inputs)}
        else:
            title = f"表 {table.title}: " if table.title else ""
            claim, page = f"{title}{t.portfolio.name} {label} {_shown(t.cell)}".strip(), table.page
            where = {"table": t_index, "row": t.portfolio.name, "column": label}
            inputs = {f"{t.portfolio.name} {n}": c.printed for n, c in zip(t.names, t.inputs)}
        out.append(make(claim, page, f"{label} = {words}", inputs, t.cell.printed, t.exact,
                        "%" if t.cell.percent else "x", verdict, note, where,
                        cells=[t.cell.key] + [c.key for c in t.inputs]))
    return out


def _shown(cell: Cell) -> str:
    return f"{cell.printed.value}{'%' if cell.percent else ''}"


# ----------------------------------------------------------------------------- prose
# what stands between a measure's name and its figure in a sentence ('年化收益为19.64%',
# '最大回撤仅为11.5%', 'Calmar 比率高达 2.32', '夏普比率提升至2.63')
_LINK_WORDS = (r"(?:大幅|小幅|显著|明显|进一步|略微)?\s*"
               r"(?:约为?|为|是|达到?|高达|仅为|可达|提升至|上升至|降至|下降至|升至|[:：])?\s*")
_LINK = rf"(?:比率|比例)?\s*{_LINK_WORDS}"
# a figure as sentences print it, signed
_FIGURE = r"[-−]?\d+(?:\.\d+)?"
_NUMBER_AFTER = rf"(?P<num>{_FIGURE})\s*(?P<pct>%)?(?!\s*(?:[、/和及~～至到-]|分别)\s*[-−]?\d)(?![\d.])"
# an excess return printed before its name ('相对于基准组合取得了35.78%的超额收益')
_EXCESS_BEFORE = re.compile(rf"取得(?:了)?\s*(?P<num>{_FIGURE})\s*(?P<pct>%)\s*的\s*(?P<label>(?:年化)?超额收益率?)")
_CLAUSE_START = re.compile(r"[，,；;：:]")
_BENCHMARK_CLAUSE = re.compile(r"基准|同期")
_PORTFOLIO_CLAUSE = re.compile(r"组合|策略|增强|产品|基金|对冲|多头|空头")


@lru_cache(maxsize=1)
def _names() -> str:
    """The measures' names as one alternation, longest first (Latin ones of six letters or
    more, and Calmar and Sharpe, which prose writes alone)."""
    measures, _ = _vocabulary()
    names = sorted({n for ns in measures.values() for n in ns if re.search(r"[\u4e00-\u9fff]", n) or len(n) >= 6}
                   | {"Calmar", "Sharpe"}, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@lru_cache(maxsize=1)
def _mention() -> re.Pattern:
    return re.compile(rf"(?P<label>{_names()}){_LINK}{_NUMBER_AFTER}", re.I)


# measures named together, then their figures in the same order ('夏普比率和calmar比率进一步
# 提升至2.98和4.63', '年化收益、夏普比率和calmar比例分别高达50.9%、3.53和7.29')
_JOIN = r"\s*(?:、|和|与|及|,|，)\s*"


@lru_cache(maxsize=1)
def _listed() -> re.Pattern:
    name = rf"(?:{_names()})(?:比率|比例)?"
    number = rf"{_FIGURE}\s*%?"
    return re.compile(rf"(?P<labels>{name}(?:{_JOIN}{name}){{1,4}})\s*(?:分别|均)?\s*{_LINK_WORDS}"
                      rf"(?P<nums>{number}(?:{_JOIN}{number}){{1,4}})(?![\d.%])", re.I)


def _mentions(text: str) -> list[tuple[str, int, tuple[int, int], bool]]:
    """Each measure a sentence names with its figure: (its name, where the name stands, where
    the figure stands, whether a percent), in order — one name and its figure, names listed
    before as many figures, or an excess return printed before its name."""
    out, taken = [], []
    for m in _listed().finditer(text):
        labels = [x for x in re.split(_JOIN, m.group("labels")) if x]
        numbers = list(re.finditer(rf"({_FIGURE})\s*(%)?", m.group("nums")))
        if len(labels) != len(numbers):
            continue
        base = m.start("nums")
        for label, n in zip(labels, numbers):
            out.append((re.sub(r"比例$", "比率", label), m.start(), (base + n.start(1), base + n.end(1)),
                        bool(n.group(2))))
        taken.append((m.start(), m.end()))
    for m in list(_mention().finditer(text)) + list(_EXCESS_BEFORE.finditer(text)):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((re.sub(r"比例$", "比率", m.group("label")), m.start(), (m.start("num"), m.end("num")),
                        bool(m.group("pct"))))
    return sorted(out, key=lambda x: x[2])


def _is_benchmark(text: str, at: int) -> bool:
    """Whether the clause before `at` is about the benchmark ('同期沪深300指数的累计收益',
    '基准组合累计收益'), not a portfolio named after its index ('沪深300增强组合累计收益')."""
    clause = _CLAUSE_START.split(text[:at])[-1]
    return bool(_BENCHMARK_CLAUSE.search(clause)) or ("指数" in clause and not _PORTFOLIO_CLAUSE.search(clause))


def prose_portfolios(doc: Document) -> list[Portfolio]:
    """Each sentence stating two measures or more as one portfolio: its figures named once each
    (a measure named twice, '夏普比率由2.11提升至2.63', or before a list, is no figure of one
    portfolio), a return in a clause on the benchmark its benchmark's. A sentence giving an
    information ratio and a tracking error with no excess return takes the excess return
    the sentence before it on the page stated ('超额收益为13.81%。…跟踪误差为2.82%,信息比率为4.9')."""
    out = []
    for page in doc.pages:
        last_excess = None
        for s in page_sentences(page):
            found: dict[str, list[Cell]] = {}
            benchmark: list[Cell] = []
            for label, at, (a, b), percent in _mentions(s.text):
                measure, _ = measure_of(label)
                if measure is None:
                    continue
                p = Printed.of(s.text[a:b].replace("−", "-"))
                cell = Cell(p, percent, ("text", s.page, s.start + a, s.start + b), label, True, (a, b))
                if measure in ("annual_return", "period_return") and _is_benchmark(s.text, at):
                    if measure == "period_return" or label.startswith("年化"):
                        benchmark.append(cell)
                    continue
                found.setdefault(measure, []).append(cell)
            cells = {measure: c[0] for measure, c in found.items() if len(c) == 1}
            if "excess_return" in cells:
                last_excess = cells["excess_return"]
            elif last_excess is not None and {"information_ratio", "tracking_error"} <= set(cells):
                cells["excess_return"] = last_excess
            if len(cells) < 2:
                continue
            p = Portfolio(f"p.{s.page}", cells, sentence=s)
            excess = cells.get("excess_return")
            if excess is not None and len(benchmark) == 1:
                # the excess over the benchmark's return of its own span: both 年化 or neither
                annual = "年化" in excess.column
                p.excess_over = "annual_return" if annual else "period_return"
                if p.excess_over in cells and ("年化" in benchmark[0].column) == annual:
                    p.benchmark_return = benchmark[0]
            out.append(p)
    return out
