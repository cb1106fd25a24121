"""False alarms on generated company reports: N random reports (revenue, growth, gross
margins, close and share count drawn at random; every printed figure derived the way a
broker derives it), each verified; a clean report must give no mismatch.

    python bench/generated.py [--n 12] [--seed 5]

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
from pipeline.samples_company import CompanySpec, company_report_pdf  # noqa: E402
from pipeline.verify import verify  # noqa: E402


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
    args = ap.parse_args()
    rng = random.Random(args.seed)
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.n):
            path = Path(folder) / f"c{i}.pdf"
            try:
                company_report_pdf(path, random_spec(rng))
            except ArithmeticError:
                print(i, "skipped: an EPS rounds to 0")
                continue
            result = verify(read_document(path))
            wrong = [c for c in result["checks"] if c["verdict"] == "mismatch"]
            total += len(wrong)
            print(i, result["summary"], [(c["family"], c["claim"][:40]) for c in wrong][:3], flush=True)
    print(f"mismatches on {args.n} clean generated reports: {total}")


if __name__ == "__main__":
    main()
