"""Speed benchmarks, run by hand: `python bench/run.py [--quick]`.

For each PDF — generated sample reports always, ../shared/corpus when present —
it times Yanbao's whole single-file ingest against pdfplumber's bare
`extract_text()` + `extract_tables()` over every page of the same file, in the same
process, best of N runs each, and prints a Markdown table for the README.
Targets (issue 2): ingest ÷ bare pdfplumber ≤ 1.5 per PDF; fake-bold handling
≤ 10% of the parse.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import layout, samples  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def bare_pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()


def best_of(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def fake_bold_share(path: Path) -> tuple[float, float]:
    """Seconds spent in drop_fake_bold vs the whole ingest of one file."""
    spent = 0.0
    real = layout.drop_fake_bold

    def timed(chars):
        nonlocal spent
        t = time.perf_counter()
        out = real(chars)
        spent += time.perf_counter() - t
        return out

    layout.drop_fake_bold = timed
    try:
        t = time.perf_counter()
        read_document(path)
        total = time.perf_counter() - t
    finally:
        layout.drop_fake_bold = real
    return spent, total


def pdfs(quick: bool) -> list[Path]:
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-bench-"))
    found = [samples.broker_report_pdf(tmp / "sample_5p.pdf"),
             samples.broker_report_pdf(tmp / "sample_22p.pdf", samples.ReportSpec(body_pages=19))]
    if CORPUS.is_dir() and not quick:
        found += sorted(CORPUS.glob("*.pdf"))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="generated PDFs only, one run each")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    print("| PDF | pages | bare pdfplumber s | Yanbao ingest s | ratio (target ≤ 1.5) | fake-bold share |")
    print("|---|---:|---:|---:|---:|---:|")
    ratios = []
    for path in pdfs(args.quick):
        read_document(path)  # warm caches (OpenCC, data files) once, as a long batch would
        bare = best_of(lambda: bare_pdfplumber(path), runs)
        ours = best_of(lambda: read_document(path), runs)
        spent, total = fake_bold_share(path)
        pages = read_document(path).source.pages
        ratios.append(ours / bare)
        print(f"| {path.name} | {pages} | {bare:.2f} | {ours:.2f} | {ours / bare:.2f} | {100 * spent / total:.1f}% |",
              flush=True)
    print(f"\nworst ratio {max(ratios):.2f}, mean {sum(ratios) / len(ratios):.2f}")


if __name__ == "__main__":
    main()
