"""Check family: valuation multiples and target upside.

PE = price ÷ EPS (PB = price ÷ BVPS, an insurer's PEV = price ÷ 每股EV) holds in every forecast year at one price: the
product of each year's printed multiple and per-share figure must be one price. Each
year is judged against the price the other years imply (and the quoted close, where the
report prices them at it); a year whose multiple or EPS was edited stands out. A report
that quotes an HKD close over RMB earnings needs a rate it rarely prints: those are
unverifiable, naming it. Where the PE row divides the net profit (not the rounded EPS),
PE × 归母净利润 is one market value across the years, a far finer test. Upside (上行空间/上涨空间 X%) is recomputed from the target price
and the close in `meta`."""
from __future__ import annotations

import re
import statistics
from decimal import Decimal

from ...calc import Printed, judge
from ...document import Document
from ...periods import is_forecast
from ..checks import (CURRENCY_OF_WORD, TARGET_PRICE, Amount, amounts, converted, is_earlier_target, judge_formula,
                      make, marked, price_currency)

# (an insurer's PEV = price ÷ embedded value per share, 每股EV)
PAIRS = [("pe", "eps", "PE"), ("pb", "bvps", "PB"), ("pev", "evps", "PEV")]
_UPSIDE_WORDS = r"上行空间|上涨空间|潜在涨幅|潜在上涨空间|上升空间|潜在升幅|上涨潜力|上行潜力|upside"
# "上行空间为29.4%" and "有29.4%的上行空间": the figure before or after the words
# (a close above the target gives a negative one: "有-12.3%的上行空间")
_UPSIDE = re.compile(rf"(?:(?:{_UPSIDE_WORDS})[^\d%。；]{{0,12}}?([-−]?\d+(?:\.\d+)?)\s*%"
                     # ('有约35%的潜在上行空间': the words may say 潜在 before any of their kind)
                     rf"|([-−]?\d+(?:\.\d+)?)\s*%\s*(?:的)?(?:潜在)?(?:{_UPSIDE_WORDS})"
                     # ('目标价为7.84元,当前价为6.70元,预期较当前有17%的增长空间': room to grow, after a price it is over)
                     rf"|较\s*(?:当前|现价|目前)[^\d%。；]{{0,6}}?([-−]?\d+(?:\.\d+)?)\s*%\s*的?\s*增长空间"
                     # '有18.1%的空间' (the words 上涨/上行 left out), '较现价溢价18.1%'
                     rf"|有\s*([-−]?\d+(?:\.\d+)?)\s*%\s*的?\s*空间"
                     rf"|较\s*(?:当前|最新)?\s*(?:股价|现价|收盘价)\s*(?:\d+(?:\.\d+)?\s*(?:港元|美元|元)?)?[^\d%。；]{{0,6}}?"
                     rf"溢价\s*([-−]?\d+(?:\.\d+)?)\s*%"
                     # '给定公司目标价19.3元，对应1.1倍PB目标，空间约为24%': 空间 alone, after a target price
                     rf"|目标价[^。；;\n]{{0,40}}?(?<![\u4e00-\u9fff])空间\s*(?:约为|约|为|达到?|有)?\s*"
                     rf"([-−]?\d+(?:\.\d+)?)\s*%)", re.I)


def find(doc: Document) -> list[dict]:
    rows = amounts(doc)
    return multiples(doc, rows) + market_value(doc, rows) + upside(doc) + dividend_yield(doc, rows)


_YIELD = re.compile(r"^(股息率|息率|股息收益率|dividend\s*yield)(?:\s*[(（]%[)）])?$", re.I)


def dividend_yield(doc: Document, rows: list[Amount]) -> list[dict]:
    """股息率 = 每股股利 ÷ the close, year by year, where the report prints both. A DPS in a
    currency other than the close's (or with no close quoted) is over the price the yield's
    own table implies, its PE × EPS; with neither, a rate or the close is named as missing."""
    out = []
    close = doc.meta.price
    for a in rows:
        if not _YIELD.match(a.item or ""):
            continue
        dps = sorted((b for b in rows if b.concept == "dps" and b.period == a.period),
                     key=lambda b: (b.table != a.table, b.page != a.page))
        claim = f"{a.item} {a.period} {a.printed.value}%"
        if not dps:
            out.append(make(claim, a.page, "每股股利 ÷ close × 100", {}, a.printed, None, "%", "unverifiable",
                            f"每股股利 {a.period} is not printed where it can be read", a.cell(), cells=[a]))
            continue
        d = dps[0]
        if close is not None and (_dividend_currency(d, close) == close.currency or d.printed.value == 0):
            price = Printed.of(repr(close.value))
            verdict, exact = judge_formula(lambda x, p: x / p * 100, [d.printed, price], a.printed)
            out.append(make(claim, a.page, "每股股利 ÷ close × 100",
                            {f"{d.item} {d.period}": d.printed, "close": price},
                            a.printed, exact, "%", verdict, "", a.cell(), cells=[a, d]))
            continue
        implied = _implied_price(rows, a, d)
        if implied is not None:
            pe, eps = implied
            verdict, exact = judge_formula(lambda x, m, e: x / (m * e) * 100, [d.printed, pe.printed, eps.printed],
                                           a.printed)
            out.append(make(claim, a.page, "每股股利 ÷ (PE × EPS) × 100",
                            {f"{d.item} {d.period}": d.printed, f"{pe.item} {pe.period}": pe.printed,
                             f"{eps.item} {eps.period}": eps.printed},
                            a.printed, exact, "%", verdict, "over the price the table's own PE and EPS imply",
                            a.cell(), cells=[a, d, pe, eps]))
        elif close is None:
            out.append(make(claim, a.page, "每股股利 ÷ close × 100", {}, a.printed, None, "%", "unverifiable",
                            "the close is not printed where it can be read", a.cell(), cells=[a]))
        else:
            currency = _dividend_currency(d, close)
            out.append(make(claim, a.page, "每股股利 × rate ÷ close × 100", {}, a.printed, None, "%", "unverifiable",
                            f"the close in {close.currency}, the dividend in {currency or 'a currency not printed'}: "
                            f"needs a rate the report does not print", a.cell(), cells=[a, d]))
    return out


def _dividend_currency(dps: Amount, close) -> str | None:
    """The currency a DPS is printed in: its unit's, else the close's where that is CNY (an A-share table's bare
    元 figures), else not known."""
    return CURRENCY_OF_WORD.get(dps.unit or "") or ("CNY" if close.currency == "CNY" else None)


def _implied_price(rows: list[Amount], yield_: Amount, dps: Amount) -> tuple[Amount, Amount] | None:
    """The yield's year's PE and the EPS it is on, both in the yield's and the dividend's own
    table (so one currency): their product is the price that year's multiples are at."""
    if dps.table != yield_.table:
        return None
    pes = [m for m in rows if m.concept == "pe" and m.period == yield_.period and m.table == yield_.table]
    pairs = _with_base(rows, pes, "eps")
    if len(pairs) != 1 or pairs[0][1].table != yield_.table:
        return None
    return pairs[0]


def multiples(doc: Document, rows: list[Amount]) -> list[dict]:
    out = []
    close = doc.meta.price
    for multiple, per_share, name in PAIRS:
        for table in sorted({a.table for a in rows if a.concept == multiple}):
            pairs = _with_base(rows, [a for a in rows if a.concept == multiple and a.table == table], per_share)
            if len(pairs) < 2:
                continue
            # the prices each year's printed multiple and per-share figure allow
            allowed = {m.period: product_interval(m.printed, e.printed) for m, e in pairs}
            currency = CURRENCY_OF_WORD.get(pairs[0][1].unit or "")
            prices = [Decimal(str(close.value))] if close and (not currency or close.currency == currency) else []
            # the close in another currency, at the rate the report prints (None without one)
            rate = converted(doc, Printed.of(repr(close.value)), close.currency, currency) \
                if close and currency and close.currency != currency else None
            if rate is not None:
                (_, value), convert, _words = rate
                prices.append(convert(Decimal(str(close.value)), value.value))
            # every other year's price, where they agree; else the forecast years' (two or more:
            # the broker's model at one price, where a reported year may be at its own close)
            forecast_years = {p for p in allowed if is_forecast(p)}
            for m, e in pairs:
                price = exact_price(m, pairs, prices)
                if price is not None:
                    out.append(_exact_check(name, m, e, price, pairs, known=price in prices))
                    continue
                forecasts = {p: iv for p, iv in allowed.items() if p in forecast_years or p == m.period}
                at_forecasts = _others_agree(forecasts, m.period, or_median=False) \
                    if len(forecast_years - {m.period}) >= 2 else None
                agreed = _others_agree(allowed, m.period, or_median=False) or at_forecasts \
                    or _others_agree(allowed, m.period, or_median=True)
                check = _year_check(name, m, e, agreed, allowed, "price", 2, pairs)
                if check["verdict"] == "mismatch" and not m.forecast and at_forecasts is not None:
                    _own_year_price(check, multiple, m, at_forecasts, allowed[m.period], rows)
                out.append(check)
            if close:
                first = pairs[0][0]
                lo = max(i[0] for i in allowed.values())
                hi = min(i[1] for i in allowed.values())
                price = Decimal(str(close.value))
                if currency and close.currency != currency:
                    if rate is not None and lo <= hi:
                        # the close at the printed rate: an interval of its own (the rate is rounded too)
                        (_, value), convert, words = rate
                        ends = [convert(price, r) for r in value.interval()]
                        at_rate = (min(ends), max(ends))
                        agrees = at_rate[0] <= hi and lo <= at_rate[1]
                        out.append(make(f"{name} row against the close {close.value} {close.currency}", first.page,
                                        f"{name} = close {words} ÷ {pairs[0][1].item}",
                                        {"close": price, "rate": value}, price,
                                        (lo + hi) / 2 * price / convert(price, value.value), close.currency,
                                        "consistent" if agrees else "unverifiable",
                                        f"the {name} row is priced at {lo:.2f}–{hi:.2f} {currency}" + (
                                            "" if agrees else f", not at the close at the printed rate "
                                            f"({at_rate[0]:.2f}–{at_rate[1]:.2f}): another day's price")))
                        continue
                    out.append(make(f"{name} row against the close {close.value} {close.currency}", first.page,
                                    f"{name} = price × rate ÷ {pairs[0][1].item}", {"close": price}, None, None, "x",
                                    "unverifiable",
                                    f"needs the {close.currency}/{currency} rate, which the report does not print"))
                elif lo <= hi and not lo <= price <= hi:
                    # (a row priced at the target, as some brokers print their multiples: say so)
                    target = doc.meta.target_price
                    at_target = target is not None and target.currency == close.currency \
                        and lo <= Decimal(str(target.value)) <= hi
                    out.append(make(f"{name} row against the close {close.value}", first.page,
                                    f"{name} = close ÷ {pairs[0][1].item}", {"close": price}, price, (lo + hi) / 2,
                                    close.currency, "unverifiable",
                                    f"the {name} row is priced at {lo:.2f}–{hi:.2f}, not at the quoted close "
                                    f"{close.value}: " + (f"the target price {target.value} is within it — the row is at the target"
                                                          if at_target else "another day's price the report does not print")))
    return out


def market_value(doc: Document, rows: list[Amount]) -> list[dict]:
    """PE = market value ÷ 归母净利润 in the forecast years, where the report divides the
    net profit rather than the rounded EPS: then each forecast year's PE × net profit is
    one market value, known to a few parts in a hundred thousand (a profit of five printed
    digits), where PE × EPS (two decimals) allows a price a percent wide. A forecast year
    is judged against the value the other forecast years (two or more) agree on.
    Reported years are neither judged nor a reference: their PE may divide that year's
    own diluted EPS (国信's 2023 PE is 0.4% off the forecasts' market value, no error).
    A row that is a price over the printed EPS, exactly, in most years divides the rounded
    EPS: where that EPS is large its rounding is as fine as the PE's own, so two years can
    agree on a market value by chance and a third's rounding would read as an error (a
    generated report did) — such a row gets no check here."""
    out = []
    for table in sorted({a.table for a in rows if a.concept == "pe"}):
        pes = [a for a in rows if a.concept == "pe" and a.table == table]
        # the profit as an amount, not the growth row a ratio table prints under its name
        pairs = _with_base([a for a in rows if a.unit != "%"], pes, "parent_np")
        forecasts = [(m, p) for m, p in pairs if m.forecast]
        if len(forecasts) < 3 or _divides_printed_eps(doc, _with_base(rows, [m for m, _ in pairs], "eps")):
            continue
        allowed = {m.period: product_interval(m.printed, p.printed) for m, p in forecasts}
        for m, p in forecasts:
            agreed = _others_agree(allowed, m.period, or_median=False)
            if agreed is not None:  # else the other years share no market value: not this report's basis
                out.append(_year_check("PE", m, p, agreed, allowed, "market value", 0, forecasts))
        agreed = _others_agree(allowed, None, or_median=False)
        if agreed is None:
            continue
        price = _forecast_price(rows)
        for m, p in pairs:
            if not m.forecast:
                check = _reported_year_check(m, p, agreed, forecasts)
                if check["verdict"] == "mismatch" and price is not None:
                    _own_year_price(check, "pe", m, price, _year_prices(rows, m.period).get("pe"), rows)
                out.append(check)
    return out


def _forecast_price(rows: list[Amount]) -> tuple[Decimal, Decimal] | None:
    """The price the forecast years' multiples agree on (PE × EPS, PB × BVPS), if they do."""
    intervals = [iv for period in {a.period for a in rows if a.forecast}
                 for iv in _year_prices(rows, period).values()]
    if len(intervals) < 2:
        return None
    lo, hi = max(i[0] for i in intervals), min(i[1] for i in intervals)
    return (lo, hi) if lo <= hi else None


# a reported year's PE may divide that year's own diluted EPS, on the year's weighted share
# count: within this share of the forecasts' market value it is that, not an error (国信's
# 2023 PE is 0.4% off; a placement or a conversion since can move the count several percent);
# further off, it is an error of the report
REPORTED_PE_TOLERANCE = Decimal("0.10")


def _year_prices(rows: list[Amount], period: str) -> dict[str, tuple[Decimal, Decimal]]:
    """The prices each multiple of a year allows (PE × EPS, PB × BVPS), by the multiple."""
    out = {}
    for multiple, per_share, _ in PAIRS:
        pairs = _with_base(rows, [a for a in rows if a.concept == multiple and a.period == period], per_share)
        if pairs:
            out[multiple] = product_interval(pairs[0][0].printed, pairs[0][1].printed)
    return out


def _own_year_price(check: dict, multiple: str, m: Amount, forecast_price: tuple[Decimal, Decimal],
                    mine: tuple[Decimal, Decimal] | None, rows: list[Amount]) -> None:
    """A reported year's multiple off the forecast years' price: some brokers price each
    reported year at that year's own close (东北's 2024A PE 37.13 and PB 5.75 both at 25.2
    where the forecasts are at 17.98). The year's other multiple tells: priced at the
    forecasts' price, this one is wrong (mismatch); at this one's price, the year has its own
    price (unverifiable: not printed); no other multiple, it cannot be told (unverifiable)."""
    others = {k: iv for k, iv in _year_prices(rows, m.period).items() if k != multiple}
    meets = lambda a, b: a[0] <= b[1] and b[0] <= a[1]  # noqa: E731
    if any(meets(iv, forecast_price) for iv in others.values()):
        return  # the year's other multiple is at the forecasts' price: this one is the odd one
    if others and (mine is None or not any(meets(iv, mine) for iv in others.values())):
        return  # its multiples disagree among themselves
    check["verdict"] = "unverifiable"
    check["note"] += ("; a reported year may be priced at its own close, which the report does not print"
                      + (f" (its {', '.join(k.upper() for k in others)} gives the same price)" if others else ""))


def _reported_year_check(m: Amount, p: Amount, agreed: tuple[Decimal, Decimal], forecasts: list) -> dict:
    """A reported year's PE × its 归母净利润 against the market value the forecast years agree
    on (`_year_check`), a miss within REPORTED_PE_TOLERANCE being the year's own diluted EPS."""
    check = _year_check("PE", m, p, agreed, {m.period: product_interval(m.printed, p.printed)}, "market value", 0,
                        forecasts)
    exact = (agreed[0] + agreed[1]) / 2 / p.printed.value
    if check["verdict"] == "mismatch" and abs(m.printed.value - exact) <= REPORTED_PE_TOLERANCE * exact:
        check["verdict"] = "unverifiable"
        check["note"] = (f"{(m.printed.value / exact - 1) * 100:+.1f}% off the forecast years' market value: a "
                         f"reported year's PE may divide its own diluted EPS, on a share count the report does not print")
    return check


# how unlikely, at most, the other years' exactness must be by chance for a year to be
# judged against the printed per-share figure as exact
EXACT_BY_CHANCE = Decimal("0.01")


def exact_price(m: Amount, pairs: list[tuple[Amount, Amount]], prices: list[Decimal]) -> Decimal | None:
    """The one price at which every other forecast year's multiple is exactly that price over
    its printed per-share figure (two years or more), when `m` is a forecast year: then the
    report divides the rounded EPS as printed, and `m` must too, to its own last digit —
    where PE × EPS as two rounded figures would allow a price a percent wide. Reported years
    are not judged this way: their multiple may divide the year's own diluted EPS."""
    if not is_forecast(m.period):
        return None
    for others in _evidence(m, pairs):
        candidates = list(prices) + [x.printed.value * e.printed.value for x, e in others]
        # the odds that the other years are exact by chance, were the multiple a price over
        # the unrounded figure: each year, the multiple's step over the spread the per-share
        # figure's rounding gives it (an integer PE of 128 over an EPS of 0.33 ± 0.005: 1 in 4)
        chance = Decimal(len(candidates))
        for x, e in others:
            spread = x.printed.value * e.printed.step / e.printed.value
            chance *= min(Decimal(1), x.printed.step / spread) if spread else Decimal(1)
        if chance > EXACT_BY_CHANCE:
            continue
        for price in candidates:
            if all(judge(price / e.printed.value, x.printed) == "consistent" for x, e in others):
                return price
    return None


def _evidence(m: Amount, pairs: list) -> list[list[tuple[Amount, Amount]]]:
    """The years another year's multiple is judged by: all the other years, else the other
    forecast years alone — each set of two or more."""
    everyone = [(x, e) for x, e in pairs if x is not m]
    return [others for others in (everyone, [(x, e) for x, e in everyone if is_forecast(x.period)]) if len(others) >= 2]


def _over_printed(x: Amount, e: Amount) -> tuple[Decimal, Decimal]:
    """The prices at which multiple `x` is price over the per-share figure `e` as printed, to x's last digit."""
    return (x.printed.value - x.printed.step / 2) * e.printed.value, (x.printed.value + x.printed.step / 2) * e.printed.value


def _exact_prices(m: Amount, pairs: list) -> tuple[Decimal, Decimal] | None:
    """The prices at which every other year's multiple is that price over its printed
    per-share figure to its last digit (the first set of _evidence that leaves any): an
    interval, as the multiples are rounded; None where they leave none."""
    for others in _evidence(m, pairs):
        lo = max(_over_printed(x, e)[0] for x, e in others)
        hi = min(_over_printed(x, e)[1] for x, e in others)
        if lo <= hi:
            return lo, hi
    return None


def _exact_check(name: str, m: Amount, e: Amount, price: Decimal, pairs: list, known: bool = False) -> dict:
    exact = price / e.printed.value
    verdict = judge(exact, m.printed)
    if verdict == "mismatch" and not known and (span := _exact_prices(m, pairs)) is not None:
        # a price found from the other years (not the close the report quotes) is one of several
        # they allow exactly, their multiples being rounded too: this year is judged at the one
        # of them nearest its own
        mine = _over_printed(m, e)
        lo, hi = max(span[0], mine[0]), min(span[1], mine[1])
        if lo <= hi:
            price = (lo + hi) / 2
            exact = price / e.printed.value
            verdict = judge(exact, m.printed)
    note = (f"the other forecast years are {price} ÷ their printed {e.item}, exactly" if verdict != "mismatch" else
            f"the other forecast years are {price} ÷ their printed {e.item}, exactly; {m.period} is not "
            f"({price} ÷ {e.printed.value} = {exact:.2f})")
    return make(f"{m.item} {m.period} {m.printed.value}", m.page, f"{name} = price ÷ {e.item} (as printed)",
                {"price": price, f"{e.item} {e.period}": e.printed}, m.printed, exact, "x", verdict, note, m.cell(),
                cells=[m, e] + [x for p in pairs for x in p])


def _others_agree(allowed: dict, period, or_median: bool) -> tuple[Decimal, Decimal] | None:
    """The interval every year but `period` allows (each year's multiple × its base). Where
    they disagree among themselves: their median, or None."""
    others = [iv for p, iv in allowed.items() if p != period]
    lo, hi = max(i[0] for i in others), min(i[1] for i in others)
    if lo <= hi:
        return lo, hi
    if not or_median:
        return None
    mid = Decimal(statistics.median([(a + b) / 2 for a, b in others]))
    return mid, mid


def _year_check(name: str, m: Amount, base: Amount, agreed: tuple[Decimal, Decimal], allowed: dict, what: str,
                places: int, pairs: list) -> dict:
    """One year's multiple `m` against the `what` (a price, a market value) the other
    years agree on: consistent or rounding where its own interval (multiple × base, both
    as printed) meets theirs, else a mismatch."""
    lo, hi = agreed
    mine = allowed[m.period]
    reference = (lo + hi) / 2
    exact = reference / base.printed.value
    if mine[0] <= hi and lo <= mine[1]:
        verdict = "rounding" if judge(exact, m.printed) == "mismatch" else judge(exact, m.printed)
        note = f"one {what} across the years: {lo:,.{places}f}–{hi:,.{places}f}"
    else:
        verdict = "mismatch"
        note = (f"{name} × {base.item} allows a {what} of {mine[0]:,.{places}f}–{mine[1]:,.{places}f} in {m.period}; "
                f"the other years allow {lo:,.{places}f}–{hi:,.{places}f}")
    return make(f"{m.item} {m.period} {m.printed.value}", m.page, f"{name} = {what} ÷ {base.item}",
                {what: reference.quantize(Decimal(1).scaleb(-places)), f"{base.item} {base.period}": base.printed},
                m.printed, exact, "x", verdict, note, m.cell(), cells=[m, base] + [x for p in pairs for x in p])


def _with_base(rows: list[Amount], multiples: list[Amount], concept: str) -> list[tuple[Amount, Amount]]:
    """Each multiple with its year's `concept` (the per-share figure, the profit): from the
    multiple's own table first, then its page; only where both are positive."""
    pairs = []
    for m in multiples:
        bases = [a for a in rows if a.concept == concept and a.period == m.period]
        if bases:
            pairs.append((m, min(bases, key=lambda b: (b.table != m.table, b.page != m.page))))
    return [(m, b) for m, b in pairs if m.printed.value > 0 and b.printed.value > 0]


def _divides_printed_eps(doc: Document, exact: list[tuple[Amount, Amount]]) -> bool:
    """Whether most of a PE row (each year with its EPS) is exactly a price over the
    printed EPS: the quoted close, or the median of the row's own PE × EPS (another day's
    price)."""
    if not exact:
        return False
    prices = [Decimal(statistics.median([m.printed.value * e.printed.value for m, e in exact]))]
    if doc.meta.price is not None:
        prices.append(Decimal(str(doc.meta.price.value)))
    return any(2 * sum(judge(price / e.printed.value, m.printed) == "consistent" for m, e in exact) >= len(exact)
               for price in prices)


def product_interval(a: Printed, b: Printed) -> tuple[Decimal, Decimal]:
    (a0, a1), (b0, b1) = a.interval(), b.interval()
    return a0 * b0, a1 * b1


def _fits(price: Decimal, m: Amount, e: Amount) -> bool:
    return judge_formula(lambda p, x: p / x, [Printed(price, Decimal(0)), e.printed], m.printed)[0] != "mismatch"


_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _sentence_bounds(text: str, a: int, b: int, reach: int = 150) -> tuple[int, int]:
    """Where the sentence around text[a:b] starts and ends (at most `reach` characters either side)."""
    ends_before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, a - reach), a)]
    start = ends_before[-1] if ends_before else (text.find("\n", max(0, a - reach), a) + 1 or max(0, a - reach))
    after = _SENTENCE_END.search(text, b, b + reach)
    return start, (after.end() if after else min(len(text), b + reach))


def _sentence_marking(text: str, a: int, b: int, reach: int = 150) -> str:
    """The sentence around text[a:b] with that figure marked 【so】, as a claim shows it."""
    start, end = _sentence_bounds(text, a, b, reach)
    return marked(text[start:end], a - start, b - start).strip()


# the close a sentence states beside its upside: '较当前股价80.00元有20%的上涨空间'
_CLOSE = re.compile(r"(?:当前股价|最新股价|当前价格?|现价|收盘价)\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:为|:|：)?\s*"
                    r"(?P<c1>HKD|USD|RMB|HK\$|US\$|港币|人民币)?\s*(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
                    r"(?P<c2>港元|港币|美元|元人民币|人民币|元|HKD|USD)?"
                    # (or the price before its word: '相较2025年11月24日35.05元的股价存在约28.7%的上涨空间')
                    r"|(?<![\d.])(?P<num_b>\d+(?:\.\d+)?)\s*(?P<c2_b>港元|美元|元)\s*的\s*(?:股价|收盘价|现价)"
                    # (or after 当前, before 的价格: '相较于当前32.67元的价格存在约22.4%的潜在上行空间')
                    r"|(?<=当前)(?P<num_c>\d+(?:\.\d+)?)\s*(?P<c2_c>港元|美元|元)\s*的\s*价格")


def _stated(found: list[re.Match], at: int, meta_money) -> tuple:
    """(value, currency, cell offsets) of the price among `found` (a sentence's) nearest before
    `at` (else after it), or the report's own (meta) where the sentence prints none."""
    before = [m for m in found if m.start() < at]
    m = before[-1] if before else (found[0] if found else None)
    if m is None:
        return (meta_money.value, meta_money.currency, None) if meta_money else (None, None, None)
    for g in ("b", "c"):  # (the price before its word: '35.05元的股价', '当前32.67元的价格')
        if m.groupdict().get(f"num_{g}"):
            return float(m.group(f"num_{g}")), {"港元": "HKD", "美元": "USD"}.get(m.group(f"c2_{g}"), "CNY"), m.span(f"num_{g}")
    currency = price_currency(m) or (meta_money.currency if meta_money else "CNY")
    return float(m.group("num")), currency, m.span("num")


# a year's PE said of the target or of the current price: '对应2025年23.9倍市盈率', '对应25年PE 23.9倍'; or the
# years' listed ('对应25/26年24.3/25.5xP/E')
_YEARS = r"(?P<years>(?:20)?\d\d(?:\s*[/、]\s*(?:20)?\d\d){0,3})"
_PES = r"\d+(?:\.\d+)?(?:\s*[/、]\s*\d+(?:\.\d+)?){0,3}"
_PE_OF_YEAR = (rf"对应\s*{_YEARS}\s*年\s*(?:(?P<a>{_PES})\s*(?:倍|x|X)\s*(?:PE|P/E|市盈率)"
               rf"|(?:PE|P/E|市盈率)\s*(?:为)?\s*(?P<b>{_PES})\s*(?:倍|x|X))")
_TARGET_PE = re.compile(rf"目标价[^。；;]{{0,30}}?{_PE_OF_YEAR}")
_CLOSE_PE = re.compile(rf"(?:当前|目前|现)(?:股价|价格|价)\s*{_PE_OF_YEAR}")


def _pes_by_year(m: re.Match) -> dict[int, tuple[Printed, tuple[int, int]]]:
    """A `_PE_OF_YEAR` match's PEs by year (two digits), each with where it stands; {} where the
    years and the PEs do not pair."""
    group = "a" if m.group("a") else "b"
    years = [int(y) % 100 for y in re.findall(r"\d+", m.group("years"))]
    pes = list(re.finditer(r"\d+(?:\.\d+)?", m.group(group)))
    if len(years) != len(pes):
        return {}
    at = m.start(group)
    return {y: (Printed.of(p.group(0)), (at + p.start(), at + p.end())) for y, p in zip(years, pes)}


def _upside_by_multiples(page, start: int, end: int, at: tuple[int, int], printed: Printed, claim: str):
    """An upside with no close printed, from the target's PE and the current price's PE of one year, both
    on that year's EPS ('目标价…74.56元,对应2025年23.9倍市盈率,较当前股价有19.1%上行空间' after '当前股价对应2025年
    20.1倍市盈率'): target PE ÷ current PE − 1 (the first year both name). None where the page does not
    state both."""
    target = next((t for t in _TARGET_PE.finditer(page.text, start, end) if t.start() < at[0]), None)
    if target is None:
        return None
    targets = _pes_by_year(target)
    currents = [_pes_by_year(c) for c in _CLOSE_PE.finditer(page.text)]
    year = next((y for y in targets if any(y in c for c in currents)), None)
    if year is None:
        return None
    current = {c[year][0].value: c[year] for c in currents if year in c}
    if len(current) != 1:
        return None  # two current PEs of that year: which price is meant is unknown
    (t, t_at), (c, c_at) = targets[year], next(iter(current.values()))
    verdict, exact = judge_formula(lambda x, y: (x / y - 1) * 100, [t, c], printed)
    return make(claim, page.number, "(target PE ÷ current PE − 1) × 100", {"target PE": t, "current PE": c}, printed,
                exact, "%", verdict, f"both PEs of {2000 + year}: the close is not printed, its EPS is one",
                cells=[("text", page.number, *at), ("text", page.number, *t_at), ("text", page.number, *c_at)])


def upside(doc: Document) -> list[dict]:
    """Upside from the target and the close: those its own sentence prints ('目标价94.50元，较当前
    股价有18.1%的上涨空间'), else the report's own (the first page's)."""
    out = []
    for page in doc.pages:
        for m in _UPSIDE.finditer(page.text):
            at = m.span(next(g for g in range(1, _UPSIDE.groups + 1) if m.group(g)))
            printed = Printed.of(page.text[at[0]:at[1]].replace("−", "-"))
            claim = _sentence_marking(page.text, *at)
            start, end = _sentence_bounds(page.text, *at)
            targets = [t for t in TARGET_PRICE.finditer(page.text, start, end) if not is_earlier_target(page.text, t)]
            target, target_currency, target_at = _stated(targets, at[0], doc.meta.target_price)
            close, close_currency, close_at = _stated(list(_CLOSE.finditer(page.text, start, end)), at[0], doc.meta.price)
            if close is None:
                by_multiples = _upside_by_multiples(page, start, end, at, printed, claim)
                if by_multiples is not None:
                    out.append(by_multiples)
                    continue
            if target is None or close is None:
                missing = "the target price" if target is None else "the close"
                out.append(make(claim, page.number, "(target ÷ close − 1) × 100", {}, printed, None, "%",
                                "unverifiable", f"{missing} is not printed where it can be read"))
                continue
            t, c = Printed.of(repr(target)), Printed.of(repr(close))
            cells = [("text", page.number, *span) for span in (at, target_at, close_at) if span]
            if target_currency != close_currency:
                at_rate = converted(doc, c, close_currency, target_currency)
                if at_rate is None:
                    out.append(make(claim, page.number, "(target ÷ close − 1) × 100", {}, printed, None, "%",
                                    "unverifiable", f"target in {target_currency}, close in {close_currency}: needs a rate"))
                    continue
                inputs, convert, words = at_rate
                verdict, exact = judge_formula(lambda a, b, r: (a / convert(b, r) - 1) * 100, [t, *inputs], printed)
                out.append(make(claim, page.number, f"(target ÷ (close {words}) − 1) × 100",
                                {"target": t, "close": c, "rate": inputs[1]}, printed, exact, "%", verdict,
                                "at the rate the report prints", cells=cells))
                continue
            verdict, exact = judge_formula(lambda a, b: (a / b - 1) * 100, [t, c], printed)
            out.append(make(claim, page.number, "(target ÷ close − 1) × 100", {"target": t, "close": c}, printed,
                            exact, "%", verdict, cells=cells))
    return out
