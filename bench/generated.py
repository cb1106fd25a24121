"""False alarms on generated company reports: N random reports (revenue, growth, gross
margins, close and share count drawn at random; every printed figure derived the way a
broker derives it), each verified; a clean report must give no mismatch.

    python bench/generated.py [--n 12] [--seed 5] [--styles]

With --styles each report's tables are drawn in a random TableStyle (ruled or borderless,
shaded rows, centred figures, 25E/FY2025E/2025F periods, no thousands separators, minus
signs, amounts in 百万元/亿元/万元/千元, the statements' lines under other brokers' names, the
income statement's lines numbered as a company's own are) and
page 1's sentences in a random wording: a report in a style the reader misreads shows fewer
checks, or false mismatches.

Prints each report's summary and its mismatches, then the total (0 is the only right
answer; a mismatch here is a false alarm of verify or a misreading of the tables).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest import read_document  # noqa: E402
from pipeline.samples_company import PROSE_WORDINGS, CompanySpec, TableStyle, company_report_pdf  # noqa: E402
from pipeline.verify import verify  # noqa: E402


def random_style(rng: random.Random) -> TableStyle:
    return TableStyle(ruled=rng.random() < 0.5, zebra=rng.random() < 0.4, align=rng.choice(("right", "center")),
                      period=rng.choice(("{y}{ae}", "{yy}{ae}", "FY{y}{ae}", "{y}{f}", "{y}年{ae}")),
                      thousands=rng.random() < 0.6, negative=rng.choice(("paren", "minus")),
                      percent_sign=rng.random() < 0.6, bold_header=rng.random() < 0.3,
                      stub=rng.choice(("", "会计年度", "单位：百万元")), money=rng.choice(("百万元", "亿元", "万元", "千元")),
                      comparables_header=rng.choice(("two_rows", "metric_year", "year_metric", "metric_paren")),
                      sub_rows=rng.random() < 0.4, costs_negative=rng.random() < 0.3,
                      names=rng.choice((0, rng.randrange(1, 1000))), revision_header=rng.choice(("groups", "glued")),
                      numbered=rng.random() < 0.3)


def random_prose(rng: random.Random) -> tuple:
    """A wording for each of page 1's sentences (samples_company.PROSE)."""
    return tuple(rng.randrange(n) for n in PROSE_WORDINGS)


def random_spec(rng: random.Random) -> CompanySpec:
    revenue = [D(rng.randint(3000, 90000))]
    for _ in range(4):
        revenue.append((revenue[-1] * (1 + D(str(round(rng.uniform(0.02, 0.35), 3))))).quantize(D("1")))
    return CompanySpec(close=D(str(round(rng.uniform(5, 300), 2))), shares=D(rng.randint(300, 20000)),
                       revenue=tuple(revenue),
                       gross_margin=tuple(D(str(round(rng.uniform(0.1, 0.6), 3))) for _ in range(5)),
                       target_pe=D(str(round(rng.uniform(8, 60), rng.choice((0, 1))))) if rng.random() < 0.7 else None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=12)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--styles", action="store_true", help="draw each report's tables in a random style")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.n):
            path = Path(folder) / f"c{i}.pdf"
            spec = random_spec(rng)
            if args.styles:
                spec.style, spec.prose = random_style(rng), random_prose(rng)
            try:
                company_report_pdf(path, spec)
            except ArithmeticError:
                print(i, "skipped: an EPS rounds to 0")
                continue
            result = verify(read_document(path))
            wrong = [c for c in result["checks"] if c["verdict"] == "mismatch"]
            total += len(wrong)
            print(i, result["summary"], [(c["family"], c["claim"][:40]) for c in wrong][:3],
                  spec.style if args.styles else "", flush=True)
    print(f"mismatches on {args.n} clean generated reports: {total}")


if __name__ == "__main__":
    main()
