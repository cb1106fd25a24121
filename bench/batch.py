"""Batch benchmarks: `python bench/batch.py`. Run by hand; results go in the README.

- `--jobs 2` speed-up over `--jobs 1` on a folder of generated 22-page reports
  (target ≥ 1.8× on 2 cores);
- re-ingest of the unchanged folder ÷ first ingest (target ≤ 2%);
- peak RSS of one process ingesting a 50-page and a 500-page report (memory should
  not grow with the page count).
"""
from __future__ import annotations

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


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-batch-"))
    folder = tmp / "in"
    folder.mkdir()
    for i in range(12):
        samples.broker_report_pdf(folder / f"r{i:02d}.pdf", samples.ReportSpec(title=f"周报第{i + 1}期", body_pages=19))
    one = ingest(folder, tmp / "one", 1)
    two = ingest(folder, tmp / "two", 2)
    again = ingest(folder, tmp / "one", 1)
    rss = {}
    for pages in (50, 500):
        pdf = samples.broker_report_pdf(tmp / f"p{pages}.pdf", samples.ReportSpec(body_pages=pages - 3))
        rss[pages] = round(peak_rss_mb(pdf), 1)
    print(json.dumps({"files": 12, "pages_each": 22, "jobs1_s": round(one, 1), "jobs2_s": round(two, 1),
                      "speedup": round(one / two, 2), "reingest_s": round(again, 2),
                      "reingest_ratio": round(again / one, 3), "peak_rss_mb": rss}))


if __name__ == "__main__":
    main()
