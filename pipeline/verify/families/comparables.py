"""Check family: the 平均值/中值 rows of a comparables table, from the companies above
them in the same group. Cells printed N.M. or na may be left out or counted as zero,
and the report's own company listed among its peers may be left out: each is tried and
the note says which reproduces the figure. And each company's PE and
PB from its own price and EPS or BVPS in the same row: where the price and the per-share
figure may be in two currencies (a Hong Kong or US listing, or the table says so), a
figure they do not give is unverifiable, naming the rate it needs."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...periods import is_forecast
from ..checks import judge_formula, make, printed_of

SUMMARY = re.compile(r"^(平均值?|均值|算术平均|行业平均|可比公司平均|Average|Mean)|^(中值|中位数|Median)", re.I)


def _key(table: int, row: dict) -> tuple:
    return ("comparables", table, row["company"], f"{row['metric']}|{row['period']}")


def find(doc: Document) -> list[dict]:
    return summaries(doc) + peer_multiples(doc)


# a row's price, and the per-share figure each multiple divides it by
PRICE = re.compile(r"^(?:收盘价|股价|最新股价|现价|价格|Price|Close)", re.I)
MULTIPLES = [(re.compile(r"^(?:PE|P/E|市盈率)$", re.I), re.compile(r"^(?:EPS|每股收益)$", re.I), "EPS"),
             (re.compile(r"^(?:PB|P/B|市净率)$", re.I), re.compile(r"^(?:BPS|BVPS|每股净资产)$", re.I), "BVPS")]
# listings whose price is not in the currency a Chinese company reports in
FOREIGN_TICKER = re.compile(r"\.(?:HK|US|N|O|OQ|L|T|KS|TW)$|^\d{4,5}$", re.I)
CURRENCY_COLUMN = re.compile(r"币种|货币|Currency", re.I)
# how far a reported year's multiple may stand from price ÷ the company's own per-share figure
REPORTED_SHARE = Decimal("0.10")


# reported-year multiples of a table that are price ÷ the per-share figure its row prints, none of
# them not: the table divides today's price by each year's figure, so a reported year off is no
# market value over the company's own profit (a comparables table of an industry note)
REPORTED_EVIDENCE = 3


@dataclass
class _Multiple:
    """One company's multiple judged from its price and per-share figure (rows of its table)."""
    company: str
    row: dict          # the multiple's
    printed: Printed
    price: tuple       # (row, printed)
    base: tuple        # the per-share figure's (row, printed)
    name: str          # EPS or BVPS
    two_currencies: bool
    verdict: str
    exact: Optional[Decimal]

    @property
    def reported(self) -> bool:
        return not is_forecast(self.row["period"])


def peer_multiples(doc: Document) -> list[dict]:
    """Each company's PE = price ÷ EPS and PB = price ÷ BVPS, the inputs from its own row."""
    out = []
    for t_index, table in enumerate(t for t in doc.tables if t.kind == "comparables"):
        judged = _multiples(table)
        for k, m in enumerate(judged):
            verdict, note = m.verdict, ""
            if verdict == "mismatch" and m.two_currencies:
                verdict, note = "unverifiable", (f"the price and {m.name} may be in two currencies "
                                                 f"(the exchange rate is not printed)")
            elif verdict == "mismatch" and m.reported and m.exact \
                    and abs(m.exact - m.printed.value) <= REPORTED_SHARE * abs(m.exact):
                others = [o.verdict for i, o in enumerate(judged) if i != k and o.name == m.name and o.reported]
                if len(others) >= REPORTED_EVIDENCE and "mismatch" not in others:
                    note = f"the table's {len(others)} other reported-year {m.name} multiples are price ÷ {m.name}"
                else:
                    # a reported year's EPS is the company's own, on its weighted share count; the
                    # table's PE may be today's market value over that year's profit
                    verdict, note = "unverifiable", (f"a reported year's {m.name} is the company's own (weighted "
                                                     f"shares); the PE may be market value ÷ profit")
            column = f"{m.row['metric']} {m.row['period'] or ''}".strip()
            per_share_figure = f"{m.base[0]['metric']} {m.row['period'] or ''}".strip()
            out.append(make(f"{m.company} {column} {m.printed.value}", m.row["page"],
                            f"{m.row['metric']} = {m.price[0]['metric']} ÷ {per_share_figure}",
                            {m.price[0]["metric"]: m.price[1], per_share_figure: m.base[1]},
                            m.printed, m.exact, "x", verdict, note, {"table": t_index, "row": m.company, "column": column},
                            cells=[_key(t_index, x) for x in (m.row, m.price[0], m.base[0])]))
    return out


def _multiples(table) -> list[_Multiple]:
    """Every multiple of the table's companies against its price and per-share figure."""
    judged = []
    by_company: dict[str, list[dict]] = {}
    for r in table.rows:
        if r["company"] and not SUMMARY.match(r["company"]):
            by_company.setdefault(r["company"], []).append(r)
    for company, rows in by_company.items():
        figures = [(r, printed_of(r)) for r in rows if printed_of(r) is not None]  # the row's numbers
        price = next(((r, p) for r, p in figures if PRICE.match(r["metric"] or "")), None)
        if price is None:
            continue
        currencies = {str(r["value"]).strip().upper() for r in rows if CURRENCY_COLUMN.search(r["metric"] or "")}
        two_currencies = len(currencies) > 1 or bool(FOREIGN_TICKER.search((price[0].get("ticker") or "").strip()))
        for multiple, per_share, name in MULTIPLES:
            for m, printed in ((r, p) for r, p in figures if multiple.match(r["metric"] or "")):
                base = next(((r, p) for r, p in figures if per_share.match(r["metric"] or "")
                             and r["period"] == m["period"]), None)
                if base is None or base[1].value <= 0:
                    continue  # a loss has no multiple to check (N.M., or a negative by convention)
                verdict, exact = judge_formula(lambda p, e: p / e, [price[1], base[1]], printed)
                judged.append(_Multiple(company, m, printed, price, base, name, two_currencies, verdict, exact))
    return judged


def _is_covered(name: Optional[str], doc: Document) -> bool:
    """Whether a comparables row is the report's own company (by its name or its ticker's digits)."""
    if not name:
        return False
    company, ticker = doc.meta.company, doc.meta.ticker
    digits = re.sub(r"\D", "", ticker or "")
    return bool((company and (company in name or name in company)) or (digits and digits in re.sub(r"\D", "", name)))


def summaries(doc: Document) -> list[dict]:
    """The 平均值/中值 rows, from the companies above them."""
    out = []
    for t_index, table in enumerate(t for t in doc.tables if t.kind == "comparables"):
        order = []
        for r in table.rows:
            if r["company"] not in order:
                order.append(r["company"])
        for r in table.rows:
            m = SUMMARY.match(r["company"] or "")
            printed = printed_of(r)
            if not m or printed is None:
                continue
            kind = "mean" if m.group(1) else "median"
            above = order[:order.index(r["company"])]
            members = [x for x in table.rows if x["company"] in above and not SUMMARY.match(x["company"] or "")
                       and x["metric"] == r["metric"] and x["period"] == r["period"] and x.get("group") == r.get("group")]
            values = [printed_of(x) for x in members]
            numeric = [v for v in values if v is not None]
            if len(numeric) < 2:
                continue
            tries = [("N.M. left out", numeric)]
            if len(numeric) < len(values):
                tries.append(("N.M. counted as 0", [v or Printed(Decimal(0), Decimal(0)) for v in values]))
            # the covered company's own row among the peers: an average may leave it out ('平均值(剔除公司)')
            covered = [_is_covered(x["company"], doc) for x in members]
            peers = [v for v, own in zip(values, covered) if v is not None and not own]
            if any(own and v is not None for v, own in zip(values, covered)) and len(peers) >= 2:
                tries.append((f"{doc.meta.company or doc.meta.ticker}'s own row left out", peers))
            best = None
            for label, vals in tries:
                fn = (lambda *xs: sum(xs, Decimal(0)) / len(xs)) if kind == "mean" else \
                    (lambda *xs: Decimal(statistics.median(xs)))
                verdict, exact = judge_formula(fn, vals, printed)
                if best is None or (best[0] == "mismatch" and verdict != "mismatch"):
                    best = (verdict, exact, label, vals)
            verdict, exact, label, vals = best
            note = label if len(values) > len(numeric) or label.endswith("own row left out") else ""
            out.append(make(f"{r['company']} {r['metric']} {r['period'] or ''} {printed.value}".replace("  ", " "),
                            r["page"], f"{kind} of {len(vals)} companies",
                            {x["company"]: printed_of(x) for x in members}, printed, exact, None, verdict, note,
                            {"table": t_index, "row": r["company"], "column": f"{r['metric']} {r['period'] or ''}".strip()},
                            cells=[_key(t_index, x) for x in [r] + members]))
    return out
