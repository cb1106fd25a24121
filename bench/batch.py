"""Batch benchmarks: `python bench/batch.py [--files N ...]`. Run by hand; results go in the README.

For each folder size (generated 22-page reports), whole CLI runs:
- `--jobs 2` speed-up over `--jobs 1` (target ≥ 1.8× on 2 cores);
- re-ingest of the unchanged folder ÷ first ingest (target ≤ 2%);
then peak RSS of one process ingesting a 50-page and a 500-page report (memory should
not grow with the page count), and the fixed cost every run pays: starting Python
and the command with nothing to do.

A run has fixed costs (interpreter start, imports, loading spaCy in each worker) and a
cost per file; the smaller the folder, the more the fixed part decides both ratios,
so the folder sizes are printed with them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import samples  # noqa: E402


def ingest(folder: Path, out: Path, jobs: int) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(out), "--db",
                    str(out / "y.db"), "--jobs", str(jobs)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def peak_rss_mb(pdf: Path) -> float:
    probe = ("import resource, sys; from pipeline.ingest import read_document; read_document(sys.argv[1]); "
             "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", probe, str(pdf)], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def folder_of(tmp: Path, n: int) -> Path:
    folder = tmp / f"in{n}"
    folder.mkdir()
    for i in range(n):
        samples.broker_report_pdf(folder / f"r{i:03d}.pdf", samples.ReportSpec(title=f"周报第{i + 1}期", body_pages=19))
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, nargs="+", default=[12, 48, 96], help="folder sizes to time")
    ap.add_argument("--runs", type=int, default=2, help="best of this many runs of each (the machine is shared)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-batch-"))
    empty = tmp / "empty"
    empty.mkdir()
    (empty / "note.txt").write_text("空", "utf-8")
    ingest(empty, tmp / "warm", 1)  # byte-compile and warm the file cache once
    fixed = min(ingest(empty, tmp / "warm", 1) for _ in range(3))  # start-up of a run with nothing to do
    results = []
    for n in args.files:
        folder = folder_of(tmp, n)
        one = two = again = float("inf")
        for k in range(args.runs):  # fresh output folders each time: a first ingest, not a skip
            one = min(one, ingest(folder, tmp / f"one{n}_{k}", 1))
            two = min(two, ingest(folder, tmp / f"two{n}_{k}", 2))
            again = min(again, ingest(folder, tmp / f"one{n}_{k}", 1))
        results.append({"files": n, "pages_each": 22, "runs": args.runs, "jobs1_s": round(one, 2), "jobs2_s": round(two, 2),
                        "speedup": round(one / two, 2), "reingest_s": round(again, 3),
                        "reingest_ratio": round(again / one, 4)})
    rss = {}
    for pages in (50, 500):
        pdf = samples.broker_report_pdf(tmp / f"p{pages}.pdf", samples.ReportSpec(body_pages=pages - 3))
        rss[pages] = round(peak_rss_mb(pdf), 1)
    print(json.dumps({"startup_s": round(fixed, 3), "runs": results, "peak_rss_mb": rss}, indent=1))


if __name__ == "__main__":
    main()
