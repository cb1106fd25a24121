"""Planted errors on generated company reports in random styles: for each of N random reports
(bench/generated.py's specs, table styles and wordings), every error pipeline.samples_company.PLANTS knows is
planted in a copy of its own, and the copy verified. An error counts as flagged when the copy
has a mismatch the clean report has not; a flag elsewhere while the planted figure passes
would show as a clean report's mismatch in bench/generated.py, so flags are not placed here.

    python bench/generated.py … and then
    python bench/planted.py [--n 3] [--seed 7] [--plants totals,eps]

Prints one line per report and plant that was missed, then the count per plant and in all.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from generated import random_prose, random_spec, random_style  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402
from pipeline.samples_company import PLANTS, company_report_pdf  # noqa: E402
from pipeline.verify import verify  # noqa: E402


def mismatches(path: Path) -> set[tuple[str, str]]:
    return {(c["family"], c["claim"]) for c in verify(read_document(path))["checks"] if c["verdict"] == "mismatch"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--plants", default=",".join(sorted(PLANTS)))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    plants = args.plants.split(",")
    flagged, tried = Counter(), Counter()
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.n):
            spec = replace(random_spec(rng), style=random_style(rng), prose=random_prose(rng))
            if spec.target_pe is None:
                spec = replace(spec, target_pe=D("30"))  # the target_multiple plant needs a multiple
            try:
                clean = mismatches(company_report_pdf(Path(folder) / f"c{i}.pdf", spec))
            except ArithmeticError:
                print(i, "skipped: an EPS rounds to 0")
                continue
            for plant in plants:
                try:
                    path = company_report_pdf(Path(folder) / f"c{i}_{plant}.pdf", replace(spec, plant={plant}))
                except ValueError as e:  # the figure is not in this report (a loss year has no PE)
                    print(f"{i} {plant} not planted: {e}", flush=True)
                    continue
                new = mismatches(path) - clean
                tried[plant] += 1
                flagged[plant] += bool(new)
                if not new:
                    print(f"{i} MISSED {plant}: {PLANTS[plant]}  prose={spec.prose} {spec.style}", flush=True)
    for plant in plants:
        print(f"{plant:16} {flagged[plant]}/{tried[plant]}")
    print(f"planted errors flagged: {sum(flagged.values())} of {sum(tried.values())}")


if __name__ == "__main__":
    main()
