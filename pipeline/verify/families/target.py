"""Check family: a target price set at a multiple of one year's per-share figure.

'给予公司2026年25倍PE，对应目标价45.60元', '目标价143.08港币，基于2026年1.50倍目标市净率',
'调H股估值至3.0x 2025PB，上调港股目标价至HKD63': target = multiple × that year's EPS (PE) or
BVPS (PB). The per-share figure is the tables' (每股收益, 每股净资产 rows), else one a sentence
states (EPS lists, 'BPS（2.68美元）'), else the year's net profit over the share count (总股本,
or the market value over the close, as `meta.market` holds them). The claim marked is
whichever of target and multiple the sentence prints second (the one derived from the other); a target the sentence does not print
is the report's own (meta). A target in another currency than the per-share figure is
converted only where the rate is fixed (the Hong Kong dollar's band against the US dollar,
data/pegs.json); else unverifiable, naming the rate. A multiple whose year the sentence
does not name is tried against every year the report has a per-share figure for: the year
that reproduces it is named, and none reproducing it is unverifiable, not a mismatch.

A range of multiples giving a fair value's range ('13-14倍PE，合理价值区间为每股9.96-10.73元')
is judged end by end. Set aside, because their target is not one multiple of one figure:
blends (综合, DCF, 分部/SOTP, 加权, PEG, EV/EBITDA), a target's range (20-25倍, 目标价区间25-30元:
often round figures), approximate multiples (约25倍), and multiples of an earlier forecast
in brackets (前值1.53x)."""
from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Callable, Optional

from ... import calc
from ...calc import Printed
from ...document import Document
from ...periods import Period, period_of_label, year_of_text
from ... import data_text
from ..checks import (CURRENCY_OF_WORD, TARGET_PRICE, converted, exchange_rate, formula_range, is_company_report,
                      is_earlier_target, judge_formula, make, marked, money_scale, price_currency, share_scale)
from ..sentences import DIGEST_BREAK, REVISION_VERBS, Sentence, YEAR, bracket_around, page_sentences
from .results import Reader

_KIND = r"PE|P/E|PB|P/B|市盈率|市净率"
# '25倍PE', '3.0x 2025PB', '17.2倍市盈率', '1.50倍目标市净率'; 'PE 25倍', '目标PE为9倍'
_MULTIPLE = re.compile(
    rf"(?P<num>\d+(?:\.\d+)?)\s*(?:倍|[xX])\s*(?:(?P<year>{YEAR}|\d\d)\s*(?:年|[EeF])?\s*)?(?:的)?\s*(?:目标)?\s*"
    rf"(?:预测|预期|预计)?\s*"
    rf"(?:动态)?\s*(?P<kind>{_KIND})"
    rf"|(?:目标)?(?P<kind2>{_KIND})\s*(?:估值)?\s*(?:为|至|是)?\s*(?P<num2>\d+(?:\.\d+)?)\s*(?:倍|[xX])(?![\u4e00-\u9fff]*(?:{_KIND}))"
    # (or a multiple named only 估值, of the one kind the sentence names elsewhere: '根据可比公司2025年平均14.3x PE估值,
    # …给予公司2025年16x估值')
    rf"|(?P<num3>\d+(?:\.\d+)?)\s*(?:倍|[xX])\s*(?:的)?\s*(?:目标)?\s*估值")
# a range of multiples and the range of values it gives: '给予2025年13-14倍PE，合理价值区间为每股9.96-10.73元'
# (each end is one multiple of one year's figure)
_RANGE_MULTIPLE = re.compile(
    rf"(?P<lo>\d+(?:\.\d+)?)\s*[-–~～至到]\s*(?P<hi>\d+(?:\.\d+)?)\s*(?:倍|[xX])\s*"
    rf"(?:(?P<year>{YEAR}|\d\d)\s*(?:年|[EeF])?\s*)?(?:的)?\s*(?:目标)?\s*(?P<kind>{_KIND})(?![A-Za-z])")
# (a fair value's range, computed; a target's range is often round figures: '目标价区间25-30元' is left alone)
_VALUE_RANGE = re.compile(r"(?:合理价值|价值区间|合理估值)[^，,；;。\d]{0,10}?"
                          r"(?P<lo>\d+(?:\.\d+)?)\s*(?:元)?\s*[-–~～至到]\s*(?P<hi>\d+(?:\.\d+)?)\s*元")
# a fair value set the way a target is ('给予公司2023年65倍PE，对应合理价值47.44元/股'), not a range of them
_FAIR_VALUE = re.compile(r"(?:合理价值|合理估值|合理股价)\s*(?:为|约为?|是)?\s*(?P<c1>)(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
                         r"(?P<c2>港元|港币|美元|元)?(?!\s*[-–~～至到]\s*\d)")
# one end of a value range, as a target price is read
_RANGE_END = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<c1>)(?P<c2>)")
# a sentence whose target is more than one multiple of one figure
# ('综合考虑公司行业龙头地位,给予2026年PE 30X' weighs the company's standing, not two methods' values)
# (综合 of no valuation: '在多种新材料领域进行综合布局', '综合毛利率')
_BLEND = re.compile(r"综合(?!考虑(?:公司|其|到)?(?:行业)?(?:龙头|地位|成长|竞争|领先|行业地位)|布局|实力|竞争力|优势|能力|毛利率|"
                    r"服务|体系|治理|解决方案|成本|收益|税率|金融|型|性)|DCF|分部|SOTP|加权|PEG|EV/|EBITDA|绝对估值|相对估值法和|折现")


def _blended(text: str) -> bool:
    """Whether a sentence sets its target by a blend: in a digest, only its items that speak of a target or a multiple
    count ('综合供应链实力领先' in another item than '给予25年39倍PE,上调目标价至39.00元' is no blend)."""
    return any(_BLEND.search(item) for item in re.split(DIGEST_BREAK, text)
               if "目标" in item or _FAIR_VALUE.search(item) or _MULTIPLE.search(item))


# a target kept from an earlier note ('维持目标价16.60元'), and the words of forecasts this note revises
_KEPT_TARGET = re.compile(r"维持(?:公司)?\s*(?:\d{1,2}\s*个月)?\s*目标价")
_REVISED = re.compile(rf"{REVISION_VERBS}|原为|前值|原预测")
# a multiple that is the close's, the industry's or the peers', not the target's
_NOT_TARGET = re.compile(r"当前|现价|股价|收盘|目前|最新|行业|可比|平均|中值|同业|历史")
_PER_SHARE = re.compile(r"(?P<name>EPS|每股收益|BPS|BVPS|每股净资产)\s*(?:[(（]\s*)?(?:为|约为?|是)?\s*"
                        r"(?P<c1>HKD|USD|RMB|US\$|HK\$)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<c2>美元|港元|港币|元)?")
_YEAR_IN_CLAUSE = re.compile(rf"(?<!\d)(?:FY)?(?P<y>{YEAR}|\d\d)\s*(?:年|[EeF])(?!\s*\d{{1,2}}\s*月)")
_CLAUSE_END = re.compile(r"[，,；;。]")


@lru_cache(maxsize=1)
def pegs() -> dict[frozenset, tuple[Decimal, Decimal, str]]:
    """data/pegs.json: fixed exchange-rate bands, as (low, high) units of one per the other."""
    out = {}
    for p in json.loads(data_text("pegs.json"))["pegs"]:
        out[frozenset((p["base"], p["quote"]))] = (p["base"], Decimal(p["low"]), Decimal(p["high"]), p["source"])
    return out


def find(doc: Document) -> list[dict]:
    company = is_company_report(doc)
    # a text naming no company values one stock where it states one per-share figure, the one its
    # targets are multiples of ('给予2026年预期EPS(约1.10港元)23倍PE,得出6个月目标价:25.30港元'); a note
    # stating several (an industry's stocks) may pair one stock's multiple with another's figure
    # (told from the text alone, before the report's line items are read)
    if not company and (doc.tables or len([v for v in sentence_per_share(doc).values() if v]) != 1):
        return []
    reader = Reader(doc)
    reader.learn()
    facts = _Facts(doc, reader)
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            if ("目标" in s.text or _FAIR_VALUE.search(s.text)) and not _blended(s.text):
                out.extend(_sentence(s, facts))
                out.extend(_market_values(s, facts))
            out.extend(_ranges(s, facts))
            out.extend(converted_targets(s, doc))
    return out + restated_targets(doc)


# a target that need not be the cover's: one share class's of a dual listing ('H股目标价'), one
# horizon's of two ('6个月目标价'); an earlier one (前次目标价) is not the report's at all
_OTHER_TARGET = re.compile(r"(?:[AH]股|港股|美股|ADR|个月)\s*$")


def restated_targets(doc: Document) -> list[dict]:
    """Each target price a sentence prints against the report's own (the first page's): a cover
    and a text naming two targets is an error of the report. The first mention on the first
    page that agrees is where the report's own was read, and is not checked against itself."""
    own = doc.meta.target_price
    if own is None:
        return []
    out, source_seen, cover = [], False, Printed.of(repr(own.value))
    for page in doc.pages:
        for s in page_sentences(page):
            for m in TARGET_PRICE.finditer(s.text):
                currency = price_currency(m) or own.currency
                if (currency != own.currency or is_earlier_target(s.text, m)
                        or _OTHER_TARGET.search(s.text[max(0, m.start() - 6):m.start()])):
                    continue
                printed = Printed.of(m.group("num"))
                if not source_seen and page.number == doc.pages[0].number and printed.value == cover.value:
                    source_seen = True
                    continue
                a, b = m.span("num")
                verdict, exact = judge_formula(lambda t: t, [cover], printed)
                out.append(make(s.text[:a] + "【" + s.text[a:b] + "】" + s.text[b:], s.page,
                                "target price restated from the first page", {"target": cover},
                                printed, exact, currency, verdict,
                                "" if verdict != "mismatch" else f"the first page's target is {own.value:g}",
                                cells=[("text", s.page, s.start + a, s.start + b)]))
    return out


# the same target said again in another currency right after it: '目标价7.02元/股,按港元兑人民币0.91汇率计算,对应目标价
# 7.71港元/股' (the rate the report prints, where it prints one, is what converts it)
_IN_ANOTHER_CURRENCY = re.compile(r"[^。；;]{0,30}?(?:对应|折合|约合|相当于|即)\s*(?:目标价(?:格)?)?\s*(?:为|约)?\s*"
                                  r"(?P<c1>HKD|USD|HK\$|US\$)?\s*(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
                                  r"(?P<c2>港元|港币|美元|元人民币|人民币|元)")


def converted_targets(s: Sentence, doc: Document) -> list[dict]:
    """Each target the sentence restates in another currency right after it, against the target at the rate the
    report prints; with no rate printed, unverifiable, naming the rate."""
    out = []
    for m in TARGET_PRICE.finditer(s.text):
        again = _IN_ANOTHER_CURRENCY.match(s.text, m.end())
        source, target = price_currency(m), price_currency(again) if again else None
        if again is None or source is None or target is None or source == target or is_earlier_target(s.text, m):
            continue
        a, b = again.span("num")
        printed, claim = Printed.of(again.group("num")), marked(s.text, a, b)
        cells = [("text", s.page, s.start + a, s.start + b)]
        conversion = converted(doc, Printed.of(m.group("num")), source, target)
        if conversion is None:
            out.append(make(claim, s.page, f"target in {source} at the {source}/{target} rate", {}, printed, None,
                            target, "unverifiable", f"needs the {source}/{target} rate, which the report does not print",
                            cells=cells))
            continue
        inputs, convert, words = conversion
        verdict, exact = judge_formula(convert, inputs, printed)
        out.append(make(claim, s.page, f"target {words}", {f"target ({source})": inputs[0], "rate (as printed)": inputs[1]},
                        printed, exact, target, verdict, calc.cause(verdict, exact, printed) if verdict == "mismatch" else "",
                        cells=cells))
    return out


def sentence_per_share(doc: Document) -> dict:
    """'基于2025年预测BPS（2.68美元）': a per-share figure a sentence states for one year, by (concept, year);
    None for a year stated with two values."""
    found: dict[tuple, Optional[tuple]] = {}
    for page in doc.pages:
        for m in _PER_SHARE.finditer(page.text):
            clause = _CLAUSE_END.split(page.text[max(0, m.start() - 30):m.start()])[-1]
            years = [year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(clause)]
            word = m.group("c2") or {"HKD": "港元", "HK$": "港元", "USD": "美元", "US$": "美元"}.get(m.group("c1") or "", None)
            if len(years) != 1 or not word:
                continue
            concept = "eps" if m.group("name") in ("EPS", "每股收益") else "bvps"
            key = (concept, years[0])
            value = (Printed.of(m.group("num")), "港元" if word == "港币" else word,
                     ("text", page.number, m.start("num"), m.end("num")))
            if key in found and found[key] is not None and found[key][0].value != value[0].value:
                found[key] = None
            else:
                found.setdefault(key, value)
    return found


class _Facts:
    """What the check needs from the whole report: per-share figures, profits, the share count."""

    def __init__(self, doc: Document, reader: Reader):
        self.doc, self.reader = doc, reader
        # the share count as (its printed inputs, the formula of them, their names, cells): the
        # first page's 总股本 (meta.market), or its market value over the close
        self.share_count: Optional[tuple[list[Printed], Callable, dict, list]] = None
        self.narrowed_from: dict[int, Printed] = {}  # a year's EPS as printed, where narrowed
        market, close = doc.meta.market, doc.meta.price
        shares, value = market.get("总股本"), market.get("总市值")
        if shares is not None and share_scale(shares.unit) is not None:
            printed = Printed.of(shares.printed).times(share_scale(shares.unit))
            self.share_count = ([printed], lambda s: s, {"总股本": printed}, [])
        elif value is not None and close is not None:
            scale, word = money_scale(value.unit)
            if CURRENCY_OF_WORD.get(word) == close.currency:
                printed, price = Printed.of(value.printed).times(scale), Printed.of(repr(close.value))
                self.share_count = ([printed, price], lambda v, c: v / c, {"市值": printed, "收盘价": price}, [])

    def per_share_of(self, kind: str, year: int) -> Optional[tuple[list[Printed], Callable, dict, list, str]]:
        """A year's EPS or BVPS as (inputs, fn of them, named inputs, cells, currency)."""
        p: Period = ("Y", year)
        concept = "eps" if kind == "pe" else "bvps"
        row = self.reader.table_row(concept, p)
        if row is not None and row.printed.value > 0:
            currency = self._row_currency(row)
            if currency:
                narrowed = self._narrowed(row, currency) if concept == "eps" and row.forecast else None
                if narrowed is not None:
                    return narrowed
                return [row.printed], lambda e: e, {f"{row.item} {row.period}": row.printed}, [row], currency
        stated = self.reader.stated.get((concept, p)) or self.sentence_per_share.get((concept, year))
        if stated:
            printed, word, cell = stated
            return [printed], lambda e: e, {f"{concept.upper()} {year}": printed}, [cell], CURRENCY_OF_WORD.get(word, word)
        if concept != "eps":
            return None
        return self._eps_from_profit(p, year)

    def _narrowed(self, row, currency: str) -> Optional[tuple[list[Printed], Callable, dict, list, str]]:
        """A forecast EPS row narrowed by the year's profit over the share count, where that
        rounds to it: the true EPS lies in both intervals ("0.06" is 0.055–0.065; 1,523 万元
        over 2.50 亿股 is 0.0609), so a target of 32 × 0.06 is judged to that precision."""
        period = period_of_label(row.period)
        finer = self._eps_from_profit(period, None) if period and period[0] == "Y" else None
        if finer is None or finer[4] != currency:
            return None
        inputs, fn, named, cells, _ = finer
        try:
            exact = fn(*[x.value for x in inputs])
        except (ZeroDivisionError, ArithmeticError):
            return None
        if calc.judge(exact, row.printed) != "consistent":
            return None  # another share count, or an error the EPS check names
        bounds = formula_range(fn, inputs)
        if bounds is None:
            return None
        (lo, hi), (p_lo, p_hi) = bounds, row.printed.interval()
        lo, hi = max(lo, p_lo), min(hi, p_hi)
        if not lo < hi or hi - lo >= p_hi - p_lo:
            return None
        eps = Printed((lo + hi) / 2, hi - lo)  # a figure whose printed interval is the intersection
        self.narrowed_from[period[1]] = row.printed
        return ([eps], lambda e: e, {f"{row.item} {row.period}": row.printed, f"narrowed by {' ÷ '.join(named)}": eps.value},
                [row, *cells], currency)

    def _eps_from_profit(self, p: Period, year: Optional[int]) -> Optional[tuple[list[Printed], Callable, dict, list, str]]:
        """A year's EPS as its profit (a table's or a sentence's) over the first page's share count."""
        year = year if year is not None else p[1]
        if self.share_count is None:
            return None
        profit = self.profit_of(p, year)
        if profit is None:
            return None
        printed, scale, word, cells, name = profit
        currency = CURRENCY_OF_WORD.get(word)
        if currency is None:
            return None
        value = printed.times(scale)
        inputs, count, named, share_cells = self.share_count
        return ([value, *inputs], lambda n, *xs: n / count(*xs), {name: value, **named}, cells + share_cells, currency)

    def profit_of(self, p: Period, year: int) -> Optional[tuple[Printed, Decimal, Optional[str], list, str]]:
        """A year's profit as a table or a sentence of the report states it, 归母净利润 first: the
        figure as printed, its scale to whole units, its currency word (元, 美元), its cells and its name."""
        for concept, word in (("parent_np", "归母净利润"), ("net_profit", "净利润")):
            t = self.reader.table_amount(concept, p)
            if t is not None:
                scale, currency = money_scale(t.unit)
                return t.printed, scale, currency, [t], f"{t.item} {t.period}"
            stated = self.reader.stated.get((concept, p))
            if stated:
                return stated[0], Decimal(1), stated[1], [stated[2]], f"{word} {year}"
        return None

    @cached_property
    def sentence_per_share(self) -> dict:
        return sentence_per_share(self.doc)

    def _row_currency(self, row) -> Optional[str]:
        """A per-share row's currency: its own unit ('每股收益(元)'), else the one money
        currency of its table's amounts."""
        if row.unit:
            word = money_scale(row.unit)[1]
            if word in CURRENCY_OF_WORD:
                return CURRENCY_OF_WORD[word]
        words = {money_scale(a.unit)[1] for rows in self.reader.by_key.values() for a in rows
                 if a.table == row.table and a.unit and money_scale(a.unit)[1] in CURRENCY_OF_WORD}
        return CURRENCY_OF_WORD[words.pop()] if len(words) == 1 else None


# a dual listing's multiples and targets, two lists in one order: 'A/H股2025年PB溢价分别至1.6/1.2倍,对应目标价分别为
# 33.31元/26.91港币' (the first multiple gives the first target)
_PAIRED_MULTIPLES = re.compile(rf"(?P<kind>{_KIND})[^，,。；;\d]{{0,8}}?分别(?:为|至|是)?\s*"
                               r"(?P<nums>\d+(?:\.\d+)?(?:\s*(?:倍|[xX])?\s*/\s*\d+(?:\.\d+)?){1,2})\s*(?:倍|[xX])")
_PAIRED_TARGETS = re.compile(r"目标价(?:格)?\s*分别(?:为|至|是)?\s*(?P<list>(?:HKD|USD|RMB)?\s*\d+(?:\.\d+)?\s*(?:元|港元|港币|美元)?"
                             r"(?:\s*/\s*(?:HKD|USD|RMB)?\s*\d+(?:\.\d+)?\s*(?:元|港元|港币|美元)?){1,2})")
_ONE_TARGET = re.compile(r"(?P<c1>HKD|USD|RMB)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<c2>港元|港币|美元|元)?")


def _paired(s: Sentence, facts: _Facts) -> tuple[list[dict], list[tuple[int, int]]]:
    """The checks of paired multiples and targets (see _PAIRED_MULTIPLES), and the spans they took."""
    out, taken = [], []
    for m in _PAIRED_MULTIPLES.finditer(s.text):
        targets = _PAIRED_TARGETS.search(s.text, m.end())
        if targets is None or len(_CLAUSE_END.findall(s.text, m.end(), targets.start())) > 1:
            continue  # no targets, or none in this clause or the next
        nums = list(re.finditer(r"\d+(?:\.\d+)?", m.group("nums")))
        each = list(_ONE_TARGET.finditer(s.text, targets.start("list"), targets.end("list")))
        if len(nums) != len(each):
            continue
        kind = "pe" if m.group("kind") in ("PE", "P/E", "市盈率") else "pb"
        clause = _CLAUSE_END.split(s.text[:m.start()])[-1]
        years = [year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(clause)][-1:]
        for n, t in zip(nums, each):
            at = (m.start("nums") + n.start(), m.start("nums") + n.end())
            out.append(_check(s, facts, kind, Printed.of(n.group(0)), at, t, years[0] if years else None))
        taken.append((m.start(), targets.end()))
    return out, taken


def _sentence(s: Sentence, facts: _Facts) -> list[dict]:
    text = s.text
    targets = [m for m in TARGET_PRICE.finditer(text) if not is_earlier_target(text, m)] + list(_FAIR_VALUE.finditer(text))
    out, taken = _paired(s, facts)
    for m in _MULTIPLE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # read with its pair
        num = m.group("num") or m.group("num2") or m.group("num3")
        named_kind = m.group("kind") or m.group("kind2")
        if named_kind is None:
            kinds = {"pe" if k in ("PE", "P/E", "市盈率") else "pb" for k in re.findall(_KIND, text)}
            if len(kinds) != 1:
                continue  # a bare 估值 whose kind the sentence does not settle
            kind = kinds.pop()
        else:
            kind = "pe" if named_kind in ("PE", "P/E", "市盈率") else "pb"
        a, b = next(m.span(g) for g in ("num", "num2", "num3") if m.group(g))
        clause = _CLAUSE_END.split(text[:m.start()])[-1]
        # (after 给予 the multiple is the report's own: '参考可比公司给予22年47XPE')
        # (but a multiple the target is based on is its own, an industry's average too: '基于2025年行业平均25倍市盈率估值,
        # 目标价为18.63元')
        own_basis = re.search(r"基于[^，,。；;]*$", clause)
        if (_NOT_TARGET.search(re.split(r"给予|给与", clause)[-1]) and not own_basis) \
                or re.search(r"(?:约|近|超|逾|\d\s*[-–~～至到]\s*)$", text[max(0, a - 4):a]) \
                or re.match(r"\s*(?:倍|[xX])?\s*[-–~～至到]\s*\d", text[b:]):
            continue
        bracket = bracket_around(text, a)
        if bracket is not None and re.search(r"前值|原|此前|前次|调整前", text[bracket[0]:a]):
            continue  # an earlier multiple in brackets
        # a digest's other item is another statement ('目标价40.98元/股 … - 估值指标 - 2025年预测市盈率19.89倍'
        # is the close's multiple); the cover's target stands in only for a multiple its own words set
        # ('给予2026年25倍PE', '基于…倍PE估值', '目标PE为9倍', '…EPS 4.44元,对应PE 13.9X')
        target = _nearest([t for t in targets if not _DIGEST_ITEMS_APART.search(text, min(t.end(), a), max(t.start(), b))], m)
        if target is None and (facts.doc.meta.target_price is None or not _SETS_A_VALUE.search(_item_clause(text, a))):
            continue
        years = [year_of_text(m.group("year"))] if m.group("year") else \
            [year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(clause)][-1:]
        out.append(_check(s, facts, kind, Printed.of(num), (a, b), target, years[0] if years else None))
    return out


_DIGEST_ITEMS_APART = re.compile(DIGEST_BREAK)
# the words of a multiple set on a forecast to give a value
_SETS_A_VALUE = re.compile(r"给予|给与|基于|目标|估值|参考|按|采用|合理|对应")


def _item_clause(text: str, at: int) -> str:
    """The clause a multiple at `at` is printed in, to its end, within its digest item."""
    start = max([0] + [m.end() for m in _CLAUSE_END.finditer(text, 0, at)] + [m.end() for m in _DIGEST_ITEMS_APART.finditer(text, 0, at)])
    end = min([len(text)] + [m.start() for m in _CLAUSE_END.finditer(text, at)] + [m.start() for m in _DIGEST_ITEMS_APART.finditer(text, at)])
    return text[start:end]


# a target market value: '给予2025年25倍PE，对应目标市值300亿元' (the multiple × that year's profit)
_TARGET_VALUE = re.compile(r"(?:目标市值|合理市值)\s*(?:为|约为?|达到?|是)?\s*(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
                           r"(?P<unit>(?:万亿|亿|百万|千万|万)(?:元|港元|美元)?)")


def _market_values(s: Sentence, facts: _Facts) -> list[dict]:
    """A target market value against the PE the sentence sets before it times that year's
    profit (归母净利润 first, as a table or a sentence of the report states it); unverifiable,
    naming the profit, where the report states none for the year."""
    out = []
    for v in _TARGET_VALUE.finditer(s.text):
        multiples = [m for m in _MULTIPLE.finditer(s.text, 0, v.start())
                     if (m.group("kind") or m.group("kind2")) in ("PE", "P/E", "市盈率")]
        if not multiples:
            continue
        m = multiples[-1]
        clause = _CLAUSE_END.split(s.text[:m.start()])[-1]
        a, b = m.span("num") if m.group("num") else m.span("num2")
        if _NOT_TARGET.search(re.split(r"给予|给与", clause)[-1]) or re.search(r"(?:约|近|超|逾|[-–~～至到])\s*$", s.text[max(0, a - 4):a]):
            continue
        years = [year_of_text(m.group("year"))] if m.group("year") else \
            [year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(clause)][-1:]
        if not years:  # '预计2025年归母净利润12.0亿元，给予25倍PE': the one year the sentence names
            years = sorted({year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(s.text, 0, v.start())})
            if len(years) != 1:
                continue
        scale, word = money_scale(v.group("unit") if v.group("unit")[-1] in "元" else v.group("unit") + "元")
        printed = Printed.of(v.group("num"))
        claim = s.text[:v.start("num")] + "【" + v.group("num") + "】" + s.text[v.end("num"):]
        mark = ("text", s.page, s.start + v.start("num"), s.start + v.end("num"))
        multiple = Printed.of(m.group("num") or m.group("num2"))
        profit = facts.profit_of(("Y", years[0]), years[0])
        formula = f"target market value = PE × 归母净利润 {years[0]}"
        if profit is None:
            out.append(make(claim, s.page, formula, {}, printed, None, v.group("unit"), "unverifiable",
                            f"the profit of {years[0]} is not printed", cells=[mark]))
            continue
        value, p_scale, p_word, cells, named = profit
        if p_word != word or scale is None or p_scale is None:
            continue  # a profit in another currency: a rate this family does not look for
        verdict, exact = judge_formula(lambda x, y: x * y * p_scale / scale, [multiple, value], printed)
        out.append(make(claim, s.page, formula, {"PE": multiple, named: value}, printed, exact, v.group("unit"),
                        verdict, calc.cause(verdict, exact, printed, money=True) if exact is not None else "",
                        cells=[*cells, mark]))
    return out


def _ranges(s: Sentence, facts: _Facts) -> list[dict]:
    """A range of multiples and the range of values the sentence gives next: each end of the
    value range is that end of the multiples times the year's EPS (BVPS)."""
    out = []
    for m in _RANGE_MULTIPLE.finditer(s.text):
        clause = _CLAUSE_END.split(s.text[:m.start()])[-1]
        if _NOT_TARGET.search(clause):
            continue
        values = _VALUE_RANGE.search(s.text, m.end(), m.end() + 40)
        if values is None or _BLEND.search(s.text, m.start() - len(clause), values.end()):
            continue  # (a blend judged on the words from the clause's start to the values only: a
            # summary's bullets run on as one sentence, '加权平均ROE' in another bullet is no blend)
        kind = "pe" if m.group("kind") in ("PE", "P/E", "市盈率") else "pb"
        years = [year_of_text(m.group("year"))] if m.group("year") else \
            [year_of_text(y) for y in _YEAR_IN_CLAUSE.findall(clause)][-1:]
        for end in ("lo", "hi"):
            value = _RANGE_END.match(s.text, values.start(end))
            out.append(_check(s, facts, kind, Printed.of(m.group(end)), m.span(end), value, years[0] if years else None))
    return out


def _nearest(targets: list[re.Match], m: re.Match) -> Optional[re.Match]:
    """The sentence's target price the multiple goes with: the only one, or the nearest."""
    if not targets:
        return None
    return min(targets, key=lambda t: abs(t.start() - m.start()))


def _check(s: Sentence, facts: _Facts, kind: str, multiple: Printed, at: tuple[int, int],
           target_m: Optional[re.Match], year: Optional[int]) -> dict:
    name = "PE" if kind == "pe" else "PB"
    per = "EPS" if kind == "pe" else "BVPS"
    if target_m is not None:
        target = Printed.of(target_m.group("num"))
        currency = price_currency(target_m) or \
            (facts.doc.meta.target_price.currency if facts.doc.meta.target_price else "CNY")
        target_cell = ("text", s.page, s.start + target_m.start("num"), s.start + target_m.end("num"))
    else:
        t = facts.doc.meta.target_price
        target, currency, target_cell = Printed.of(repr(t.value)), t.currency, None
    # the claim is the figure printed second: derived from the other
    target_is_claim = target_m is not None and target_m.start() > at[0]
    claim_at = (target_m.start("num"), target_m.end("num")) if target_is_claim else at
    claim = s.text[:claim_at[0]] + "【" + s.text[claim_at[0]:claim_at[1]] + "】" + s.text[claim_at[1]:]
    formula = f"target = {name} × {per}"
    years = [year] if year else sorted({k[2][1] for k in facts.reader.by_key if k[2][0] == "Y"} |
                                        {k[1][1] for k in facts.reader.stated if k[1][0] == "Y"} |
                                        {k[1] for k, v in facts.sentence_per_share.items() if v})
    tried = []
    for y in years:
        base = facts.per_share_of(kind, y)
        if base is None:
            continue
        inputs, fn, named, cells, base_currency = base
        try:
            if fn(*[x.value for x in inputs]) <= 0:
                tried.append((y, "unverifiable", None, f"the {per} of {y} is a loss: no multiple of it is a price", named, cells))
                continue
        except (ZeroDivisionError, ArithmeticError):
            continue
        if base_currency != currency:
            # the rate the report prints ('汇率：1港元=0.92人民币'), else a fixed band (a peg)
            printed_rate, peg = exchange_rate(facts.doc, base_currency, currency), pegs().get(frozenset((base_currency, currency)))
            if printed_rate is not None:
                rate, inverse = printed_rate
                convert = (lambda v, r: v / r) if inverse else (lambda v, r: v * r)
                named = {**named, f"{base_currency}/{currency} rate (as printed)": rate}
            elif peg is not None:
                per_unit_of, low, high, source = peg  # the band: low–high of one currency per one `per_unit_of`
                rate = Printed((low + high) / 2, high - low)  # a figure whose printed interval is the band
                convert = (lambda v, r: v * r) if per_unit_of == base_currency else (lambda v, r: v / r)
                named = {**named, f"{base_currency}/{currency} band ({source})": f"{low}–{high}"}
            else:
                tried.append((y, "unverifiable", None, f"the {per} is in {base_currency}, the target in {currency}: "
                                                        f"needs the {base_currency}/{currency} rate, which the report does not print", named, cells))
                continue
            fn = (lambda *xs, f=fn, c=convert: c(f(*xs[:-1]), xs[-1]))
            inputs = [*inputs, rate]
        def judged(inputs):
            if target_is_claim:
                return judge_formula(lambda mult, *xs: mult * fn(*xs), [multiple, *inputs], target)
            return judge_formula(lambda t, *xs: t / fn(*xs), [target, *inputs], multiple)

        verdict, exact = judged(inputs)
        note = ""
        rounded = facts.narrowed_from.get(y) if kind == "pe" else None
        if verdict != "consistent" and rounded is not None:
            # a broker may set the target on the EPS as printed, rounded: that reading too, where it fits better
            on_printed = judged([Printed(rounded.value, Decimal(0)), *inputs[1:]])
            if on_printed[0] == "consistent" or (verdict == "mismatch" and on_printed[0] == "rounding"):
                (verdict, exact), note = on_printed, f"on the {per} as printed ({rounded.value})"
            elif verdict == "mismatch" and on_printed[1] is not None:
                note = f"{on_printed[1].normalize():f} on the {per} as printed ({rounded.value})"
        tried.append((y, verdict, exact, note, {name: multiple, "target": target, **named}, cells))
    cells_of_claim = [target_cell] if target_cell and not target_is_claim else []
    mark = ("text", s.page, s.start + claim_at[0], s.start + claim_at[1])
    printed = target if target_is_claim else multiple
    unit = currency if target_is_claim else "x"
    if year is not None and not tried:
        return make(claim, s.page, formula, {}, printed, None, unit, "unverifiable", f"the {per} of {year} is not printed")
    if year is not None:
        y, verdict, exact, note, named, cells = tried[0]
        if verdict == "mismatch" and _KEPT_TARGET.search(s.text) and _REVISED.search(s.text):
            # '下调23-25年EPS至0.78/…元(原为0.83/…),维持目标价16.60元,对应23年PE18倍': a target kept from a note
            # before, set on forecasts this one revises; the multiple may be the close's on the new ones
            verdict, note = "unverifiable", "a target kept from before the forecasts were revised: set on earlier figures"
        return make(claim, s.page, f"{formula} {year}", named, printed, exact, unit, verdict, note,
                    cells=[*cells, *cells_of_claim, mark])
    # no year named: the year whose per-share figure reproduces it, if exactly one does
    judged = [t for t in tried if t[1] != "unverifiable"]
    fits = [t for t in judged if t[1] != "mismatch"]
    if len(fits) == 1:
        y, verdict, exact, _, named, cells = fits[0]
        return make(claim, s.page, f"{formula} {y}", named, printed, exact, unit, verdict,
                    f"the sentence names no year; {y}'s {per} reproduces it", cells=[*cells, *cells_of_claim, mark])
    why = (f"no {per} is printed for any year" if not judged else
           f"no year's {per} reproduces it" if not fits else f"{', '.join(str(t[0]) for t in fits)} all reproduce it")
    return make(claim, s.page, formula, {}, printed, None, unit, "unverifiable", f"the sentence names no year of the {per}: {why}")


