"""Check family: the first page's market data (市场数据, 基础数据) against the close it quotes.

总市值 = close × 总股本; 流通市值 (流通A股市值, A股市值) = close × 流通股本 — or × 总股本, where the
report counts every share in it (a company whose other shares trade elsewhere): the one
that reproduces is named; 市净率 = close ÷ 每股净资产; each year's EPS = 归母净利润 ÷ 总股本 and
BVPS = 归母股东权益 ÷ 总股本 (reports compute it on the latest share count; a reported year's EPS is the company's
own, on its weighted count: within 2% it is unverifiable, saying so). `meta.market` holds the figures as
printed (read at ingest, by the first page's lines, where a label stands beside its value).
A market value in another currency than the close needs a rate: unverifiable, naming it; one
that implies a price more than 10% from the close is at another share class's or another
day's price: unverifiable, never a mismatch."""
from __future__ import annotations

import re
from decimal import Decimal

from ... import data_json
from ...calc import Printed
from ...document import Document
from ..checks import (CURRENCY_OF_WORD, REPORTED_BASE_TOLERANCE, amounts, judge_formula, make, money_scale,
                      share_scale)

# how far from the close a market value's implied price may be and still be judged at it
FAR = Decimal("0.1")


def find(doc: Document) -> list[dict]:
    market = doc.meta.market
    shares = market.get("总股本") if market else None
    # the per-share figures over the share count need no price; with no count printed, a forecast's
    # years are still on one count
    return (market_values(doc) + book_value_per_share(market) if market else []) + (
        eps_on_shares(doc, shares) if shares is not None else eps_on_one_count(doc))


def book_value_per_share(market: dict) -> list[dict]:
    """每股净资产 against 净资产 ÷ 总股本 where the first page prints all three ('净资产(百万元) 2121.55 … 每股净资产
    5.25', 总股本 404 百万股). A cover's 净资产 may hold the minorities' share the per-share figure leaves out: a
    figure it does not give is unverifiable, saying so."""
    bvps, equity, shares = market.get("每股净资产"), market.get("净资产"), market.get("总股本")
    if bvps is None or equity is None or shares is None or share_scale(shares.unit) is None or not equity.unit:
        return []
    scale, word = money_scale(equity.unit)
    if word != "元":
        return []
    printed, amount, count = Printed.of(bvps.printed), Printed.of(equity.printed), Printed.of(shares.printed)
    factor = scale / share_scale(shares.unit)
    verdict, exact = judge_formula(lambda e, n: e * factor / n, [amount, count], printed)
    note = ""
    if verdict == "mismatch":
        verdict, note = "unverifiable", "the cover's 净资产 may include the minorities' share, which 每股净资产 leaves out"
    return [make(f"每股净资产 {bvps.printed} (market data, p.1)", 1, "每股净资产 = 净资产 ÷ 总股本",
                 {f"净资产 ({equity.unit})": amount, f"总股本 ({shares.unit})": count}, printed, exact, "元", verdict, note)]


def market_values(doc: Document) -> list[dict]:
    """总市值 and 流通市值 against the close × the share count, and 市净率 against the close
    over 每股净资产, each as the first page prints them."""
    market, close = doc.meta.market, doc.meta.price
    if close is None:
        return []
    price = Printed.of(repr(close.value))
    out = []
    for name, share_names in (("总市值", ["总股本"]), ("流通市值", ["流通股本", "总股本"])):
        value = market.get(name)
        if value is None:
            continue
        scale, word = money_scale(value.unit)
        printed = Printed.of(value.printed)
        claim = f"{name} {value.printed}{value.unit or ''} (market data, p.1)"
        # (a bare scale, '总市值748.18亿', is in the close's money, as checks.same_money reads a summary's '亿')
        if (word or not value.unit) and CURRENCY_OF_WORD.get(word) != close.currency:
            out.append(make(claim, 1, f"{name} = close × shares", {}, printed, None, value.unit, "unverifiable",
                            f"the close in {close.currency}, {name} in {word or 'a unit not printed'}: needs a rate"))
            continue
        tried = []
        for shares_name in share_names:
            shares = market.get(shares_name)
            if shares is None or share_scale(shares.unit) is None:
                continue
            count = Printed.of(shares.printed)
            factor = share_scale(shares.unit) / scale
            verdict, exact = judge_formula(lambda p, n: p * n * factor, [price, count], printed)
            tried.append((verdict, exact, shares_name, count))
        if not tried:
            out.append(make(claim, 1, f"{name} = close × shares", {}, printed, None, value.unit, "unverifiable",
                            f"the share count ({' or '.join(share_names)}) is not printed beside it"))
            continue
        verdict, exact, shares_name, count = next((t for t in tried if t[0] != "mismatch"), tried[0])
        note = f"reproduced with {shares_name}" if len(tried) > 1 and verdict != "mismatch" else ""
        implied = price.value * printed.value / exact if exact else None
        if verdict == "mismatch" and implied is not None and not (1 - FAR <= implied / price.value <= 1 + FAR):
            # far from any price near the close: the figure is at another share class's price or
            # another day's, not a slip of the report's arithmetic
            verdict, note = "unverifiable", (f"{name} implies a price of {implied:.2f}, far from the close {close.value}: "
                                             f"another share class or another day's price")
        elif verdict == "mismatch" and implied is not None:
            # near the close: a slip, or the market data of another day than the close quoted — said, for
            # the analyst to tell which
            note = f"{name} implies a price of {implied:.2f}, the close quoted is {close.value}"
        out.append(make(claim, 1, f"{name} = close × {shares_name}", {"close": price, shares_name: count}, printed,
                        exact, value.unit, verdict, note))
    pb, bvps = market.get("市净率"), market.get("每股净资产")
    if pb is not None and bvps is not None:
        printed = Printed.of(pb.printed)
        verdict, exact = judge_formula(lambda p, b: p / b, [price, Printed.of(bvps.printed)], printed)
        out.append(make(f"市净率 {pb.printed} (market data, p.1)", 1, "市净率 = close ÷ 每股净资产",
                        {"close": price, "每股净资产": Printed.of(bvps.printed)}, printed, exact, "x", verdict))
    return out


# how far a forecast's share count may drift from the first page's (buybacks, options, a count
# rounded to 百万股 in the table) unseen: 东吴's is 0.01% off; a one-digit edit of a two-decimal
# BVPS (20.39 → 20.49) is 0.5%
SHARE_DRIFT = Decimal("0.0025")
# how far a reported EPS the report names basic or diluted may sit from the profit over the
# year-end count: the weighted average count it divides moves with buybacks and new shares
WEIGHTED_COUNT_DRIFT = Decimal("0.10")


# a per-share figure and the amounts it divides by the share count, in the order tried: a
# balance sheet that prints no 归母 equity line prints total equity and the minority's share
PER_SHARE = [("eps", [("parent_np",), ("net_profit",)]),
             ("bvps", [("parent_equity",), ("equity_total", "minority_equity")])]
# a summary table's '净利润' may be the whole's, minorities' share in it: an EPS it does not give is no error


def eps_on_shares(doc: Document, shares) -> list[dict]:
    """Each EPS (BVPS) cell against the year's 归母净利润 (归母股东权益, or 股东权益合计 less
    少数股东权益) over the share count the first page prints."""
    if shares is None or share_scale(shares.unit) is None:
        return []
    count = Printed.of(shares.printed)
    rows = amounts(doc)
    out = []
    for per_share, readings in PER_SHARE:
        # a per-share row's checks, each with the share count its cell implies, whether the cell is a
        # forecast's, and whether it was excused as on a forecast share count a little off the page's
        row_checks: dict[tuple, list] = {}
        for e in rows:
            if e.concept != per_share or e.printed.value == 0 or (e.unit and money_scale(e.unit)[1] != "元"):
                continue
            base = next((b for b in (_in_yuan(rows, concepts, e) for concepts in readings) if b), None)
            if base is None:
                continue
            factor = money_scale(base[0].unit)[0] / share_scale(shares.unit)
            # the amount is the first line, less the second where there is one
            verdict, exact = judge_formula(lambda c, x, *less: (x - sum(less)) * factor / c,
                                           [count] + [a.printed for a in base], e.printed)
            note = share_count_excuse(verdict, exact, e.printed, e.forecast, count) or ""
            drifted = bool(note) and e.forecast  # a forecast's excuse is only ever the drift
            if verdict == "mismatch" and not note and per_share == "eps" and not e.forecast \
                    and exact > e.printed.value:
                note = _to_other_equity(rows, e.period)
            if verdict == "mismatch" and not note and base[0].concept == "net_profit":
                note = "净利润 may include the minorities' share, which EPS leaves out (no 归母净利润 printed)"
            verdict = "unverifiable" if note else verdict
            amount = " − ".join(a.item for a in base)
            check = make(f"{e.item} {e.period} {e.printed.value}", e.page,
                         f"{e.item} = {'(' + amount + ')' if len(base) > 1 else amount} ÷ 总股本",
                         {**{f"{a.item} {a.period} ({a.unit})": a.printed for a in base},
                          f"总股本 ({shares.unit})": count},
                         e.printed, exact, "元", verdict, note, e.cell(), cells=[e, *base])
            out.append(check)
            row_checks.setdefault((e.table, e.row), []).append(
                (check, _implied_count(e, base, factor), e.forecast, drifted))
        for found in row_checks.values():
            _alone_off_the_count(found)
            _on_another_count([(c, i) for c, i, _, _ in found], count, shares.unit)
    return out


# an EPS row on the latest share count for every year, reported ones too: 'EPS最新摊薄(元/股)', '每股收益(最新股本摊薄)'
_ON_THE_LATEST_COUNT = re.compile(r"最新")


def eps_on_one_count(doc: Document) -> list[dict]:
    """With no share count printed, each EPS cell of a forecast year after the first against its year's
    归母净利润 × the first forecast year's EPS ÷ that year's profit: a broker's model divides every
    forecast year by one count ('EPS 2.98/3.42/4.04' over '归母净利润 4,963/5,692/6,714'). A row on the
    latest count ('EPS最新摊薄') has its reported years on it too; a loss, or a profit of another unit, is
    left out."""
    rows = amounts(doc)
    out = []
    by_row: dict[tuple, list] = {}
    for e in rows:
        if e.concept == "eps" and e.printed.value > 0 and not (e.unit and money_scale(e.unit)[1] != "元"):
            by_row.setdefault((e.table, e.row), []).append(e)
    for cells in by_row.values():
        latest = bool(_ON_THE_LATEST_COUNT.search(cells[0].item))
        paired = [(e, base[0]) for e in cells if (e.forecast or latest)
                  and (base := _in_yuan(rows, ("parent_np",), e)) and base[0].printed.value > 0]
        if len(paired) < 2 or len({b.unit for _, b in paired}) != 1:
            continue
        (e0, b0), later = paired[0], paired[1:]
        for e, b in later:
            verdict, exact = judge_formula(lambda n, x, n0: n * x / n0, [b.printed, e0.printed, b0.printed], e.printed)
            verdict, note = on_one_count(doc, verdict, e.printed, exact, b.printed, e0.printed, b0.printed)
            out.append(make(f"{e.item} {e.period} {e.printed.value}", e.page,
                            f"{e.item} = {b.item} {e.period} × {e.item} {e0.period} ÷ {b0.item} {e0.period} (one share count)",
                            {f"{b.item} {e.period} ({b.unit})": b.printed, f"{e.item} {e0.period}": e0.printed,
                             f"{b0.item} {e0.period} ({b0.unit})": b0.printed},
                            e.printed, exact, "元", verdict, note, e.cell(), cells=[e, e0, b, b0]))
    return out


def share_count_excuse(verdict: str, exact, printed: Printed, forecast: bool, count: Printed,
                       named_basic: bool = False) -> str | None:
    """Why a per-share figure that misses the year's amount over the first page's share count is
    `unverifiable`, if it is: a reported year's within 2% is the company's own, on its weighted
    count — within 10% where the report names it basic or diluted (基本每股收益: buybacks or new
    shares move the year's weighted average from the year-end count; 梅花生物 2024: 27.40亿 ÷
    28.53亿股 = 0.96, printed 0.94); any year's within SHARE_DRIFT may be on a count a little off
    the first page's (东吴: 每股净资产 2027E 20.96 is 167,357 over its table's 7,986, not the first
    page's 7,986.96)."""
    if verdict != "mismatch" or not exact:
        return None
    off = abs(exact - printed.value)
    if not forecast and off <= REPORTED_BASE_TOLERANCE * abs(printed.value):
        return "a reported year's per-share figure is the company's own, on its weighted share count, which the report does not print"
    if not forecast and named_basic and off <= WEIGHTED_COUNT_DRIFT * abs(printed.value):
        return "basic EPS is on the year's weighted average share count, which the report does not print"
    if off <= SHARE_DRIFT * abs(printed.value):
        return (f"within {SHARE_DRIFT:.1%} of {exact:.4f}: on a share count a little off the first page's "
                f"{count.value}, which the report does not print")
    return None


# equity that is not the ordinary shareholders': a reported EPS leaves out what it is paid
_OTHER_EQUITY = re.compile(r"(?:永续债|其[他它]权益工具|优先股)(?!投资)")
# what says a company pays holders of equity other than its ordinary shares: the instruments named, or the lines of a
# bank's or a broker's business (data/per_share.json)
_OTHER_EQUITY_WORDS = re.compile("|".join([_OTHER_EQUITY.pattern, *data_json("per_share.json")["other_equity"]]))


# the most such a payment takes of the first year's profit: a broker's coupons are a tenth or so
# (中信建投 2025E: about 10亿 of 82.68亿), a bank's preference dividends less
OTHER_EQUITY_SHARE = Decimal("0.25")


def on_one_count(doc: Document, verdict: str, eps: Printed, exact, profit: Printed, eps0: Printed,
                 profit0: Printed) -> tuple[str, str]:
    """A later forecast year's EPS judged on the first year's share count, as (verdict, note): a mismatch
    `one_count_excuse` explains is unverifiable, with its reason."""
    note = one_count_excuse(doc, eps, exact, profit, eps0, profit0) if verdict == "mismatch" else ""
    return ("unverifiable" if note else verdict), note


def one_count_excuse(doc: Document, eps: Printed, exact, profit: Printed, eps0: Printed, profit0: Printed) -> str:
    """Why a later forecast year's EPS off its profit × the first year's EPS ÷ the first's profit is
    not taken for an error, if it is: a bank's or a broker's EPS is (profit − what its 永续债 or
    优先股 are paid) ÷ shares, and a fixed payment makes EPS grow faster than the profit (中信建投
    2027E: 1.15 where 99.27 × 0.94 ÷ 82.68 = 1.13). Only where the text says the company is such
    a one, the EPS is off the way such a payment moves it, and the payment that would explain it
    (from the two years: (profit × EPS₀ − profit₀ × EPS) ÷ (EPS₀ − EPS)) is a plausible share of the
    profit."""
    if exact is None or eps.value == exact or eps.value == eps0.value:
        return ""
    found = _OTHER_EQUITY_WORDS.search("\n".join(page.text for page in doc.pages))
    if found is None or (eps.value - exact) * (profit.value - profit0.value) <= 0:
        return ""
    paid = (profit.value * eps0.value - profit0.value * eps.value) / (eps0.value - eps.value)
    if not 0 < paid <= OTHER_EQUITY_SHARE * profit0.value:
        return ""
    return (f"the text is of a company with other equity ('{found.group(0)}'): its EPS is after what its 永续债 or "
            f"优先股 are paid (about {paid:.4g} a year would give this figure), which the report does not print")


def _to_other_equity(rows, period: str) -> str:
    """Why a reported year's EPS below its 归母净利润 over the shares is the company's own, if
    the balance sheet says so: basic EPS counts the profit of ordinary shareholders only, after
    what the year's 永续债 or 优先股 are paid (广发证券 2023: 0.83 where 6,978 ÷ 7,621 is 0.92,
    with 22,479 of 永续债), which the report does not print."""
    held = next((a for a in rows if a.period == period and _OTHER_EQUITY.search(a.item or "")
                 and a.printed.value > 0), None)
    if held is None:
        return ""
    amount = f"{held.printed.value:,} {held.unit or ''}".strip()
    return f"a reported year's basic EPS leaves out what {held.item} ({amount}) is paid, which the report does not print"


def _alone_off_the_count(found: list[tuple[dict, tuple | None, bool, bool]]) -> None:
    """A forecast year excused as on a share count a little off the first page's is no such thing
    where the row's other forecast years (two or more) agree on a count this year's figure cannot
    be on: a model divides every forecast year by one count, so that year is a mismatch. (东吴's
    每股净资产 2027E is on 7,986, not the page's 7,986.96 — and so may its other years be.)"""
    off = [(c, i) for c, i, _, drifted in found if drifted and i is not None]
    on = [i for c, i, forecast, drifted in found if forecast and not drifted and i is not None
          and c["verdict"] in ("consistent", "rounding")]
    if len(off) != 1 or len(on) < 2:
        return
    lo, hi = max(i[0] for i in on), min(i[1] for i in on)
    check, (own_lo, own_hi) = off[0]
    if lo <= hi and (own_hi < lo or own_lo > hi):
        check["verdict"] = "mismatch"
        check["note"] = (f"the row's other forecast years share one count ({lo:.2f}–{hi:.2f}), which this "
                         f"year's figure cannot be on")


def _implied_count(e, base, factor) -> tuple[Decimal, Decimal] | None:
    """The share counts (in the first page's unit) at which the cell's per-share figure is its
    amount over the count, as an interval: both printed rounded."""
    lo = base[0].printed.interval()[0] - sum(a.printed.interval()[1] for a in base[1:])
    hi = base[0].printed.interval()[1] - sum(a.printed.interval()[0] for a in base[1:])
    e_lo, e_hi = e.printed.interval()
    if lo <= 0 or e_lo <= 0:
        return None
    return lo * factor / e_hi, hi * factor / e_lo


def _on_another_count(found: list[tuple[dict, tuple | None]], count: Printed, unit: str) -> None:
    """A row whose years mostly miss the first page's share count but agree on another among
    themselves divides by a count the report does not print (the forecasts on the count after a
    placement, the page's count an older one): each year is judged against the count the years
    agree on — unverifiable where it agrees, a mismatch where it alone breaks with it. Three
    years at least must agree (all of them, or all but the one that breaks)."""
    judged = [(c, i) for c, i in found if i is not None and c["verdict"] in ("consistent", "rounding", "mismatch")]
    if len(judged) < 3 or sum(c["verdict"] == "mismatch" for c, _ in judged) * 2 <= len(judged):
        return

    def agreed(intervals):
        lo, hi = max(i[0] for i in intervals), min(i[1] for i in intervals)
        return (lo, hi) if lo <= hi else None

    common, alone = agreed([i for _, i in judged]), None
    if common is None and len(judged) >= 4:
        fits = [(k, agreed([i for j, (_, i) in enumerate(judged) if j != k])) for k in range(len(judged))]
        fits = [(k, c) for k, c in fits if c is not None]
        if len(fits) == 1:
            alone, common = fits[0]
    if common is None:
        return  # the years share no count either: left as judged
    lo, hi = common
    for k, (check, interval) in enumerate(judged):
        if k != alone and check["verdict"] == "mismatch":
            check["verdict"] = "unverifiable"
            check["note"] = (f"every year divides by about {(lo + hi) / 2:.4g} {unit}, not the first page's "
                             f"{count.value}: a share count the report does not print")
        elif k == alone:
            check["verdict"] = "mismatch"
            check["note"] = (f"the other years divide by {lo:.4g}–{hi:.4g} {unit} (not the first page's "
                             f"{count.value}); this year does not")


def _in_yuan(rows, concepts: tuple[str, ...], e) -> list | None:
    """The year's lines for `concepts`, each an amount of money in one unit, nearest the
    per-share figure's table first; None where one is not printed."""
    found = []
    for concept in concepts:
        bases = sorted((a for a in rows if a.concept == concept and a.period == e.period and a.unit
                        and money_scale(a.unit)[1] == "元"), key=lambda a: (a.table != e.table, a.page != e.page))
        if not bases or (found and bases[0].unit != found[0].unit):
            return None
        found.append(bases[0])
    return found
