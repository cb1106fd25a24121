"""Speed benchmarks, run by hand: `python bench/run.py [--quick]`.

For each PDF — generated sample reports always, ../shared/corpus when present —
it times Yanbao's whole single-file ingest against pdfplumber's bare
`extract_text()` + `extract_tables()` over every page of the same file, in the same
process, best of N runs each, and prints a Markdown table for the README.
Targets (issue 7): ingest ÷ bare pdfplumber ≤ 1.0 per PDF; fake-bold handling
≤ 10% of the parse. Then tagging throughput (issue 3): characters and UTF-8 bytes
per second after the pipeline is loaded, pinned to one core; target ≥ 1 MB/s.
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


def fake_bold_share(path: Path, runs: int) -> tuple[float, float]:
    """Seconds spent in drop_fake_bold vs the whole ingest of one file, each the best
    of `runs` (a garbage collection landing inside the small pass skews one run)."""
    real = layout.drop_fake_bold
    spent_runs, totals = [], []
    for _ in range(runs):
        spent = 0.0

        def timed(chars):
            nonlocal spent
            t = time.perf_counter()
            out = real(chars)
            spent += time.perf_counter() - t
            return out

        layout.drop_fake_bold = timed
        try:
            gc.collect()
            t = time.perf_counter()
            read_document(path)
            totals.append(time.perf_counter() - t)
        finally:
            layout.drop_fake_bold = real
        spent_runs.append(spent)
    return min(spent_runs), min(totals)


def pdfs(quick: bool) -> list[Path]:
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-bench-"))
    found = [samples.broker_report_pdf(tmp / "sample_5p.pdf"),
             samples.broker_report_pdf(tmp / "sample_22p.pdf", samples.ReportSpec(body_pages=19))]
    if CORPUS.is_dir() and not quick:
        found += sorted(CORPUS.glob("*.pdf"))
    return found


def tagging_text() -> str:
    """About a megabyte of report prose: seed 002 when present, else the samples."""
    from pipeline.clean import remove_chunk_markers, undouble

    seed = ROOT.parent / "shared" / "seeds" / "002_39f46f7769c07185.txt"
    if seed.exists():
        base = undouble(remove_chunk_markers(seed.read_text("utf-8")))
    else:
        base = "\n".join(samples.SUMMARY + [p for _, ps in samples.BODY for p in ps])
    reps = max(1, 1_000_000 // len(base.encode("utf-8")))
    return "\n".join([base] * reps)


def bench_tagging() -> None:
    import os

    from pipeline import tag

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the target says
    import subprocess

    # load time in a fresh process: in this one the ingest runs above already loaded it
    probe = ("import time; t = time.perf_counter(); from pipeline import tag; tag.load(); "
             "tag.tag_text('GPT-4o输入价格5美元/百万tokens'); print(time.perf_counter() - t)")
    load = float(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                                check=True).stdout.strip().splitlines()[-1])
    nlp = tag.load()
    text = tagging_text()
    tag.tag_simplified(text[:tag.MAX_CHUNK], None, nlp)  # warm-up: lazily built patterns and caches
    spent = float("inf")
    for _ in range(3):  # best of 3, like the ingest timings
        t = time.perf_counter()
        found = tag.tag_simplified(text, None, nlp)
        spent = min(spent, time.perf_counter() - t)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"\n| tagging | value |\n|---|---:|\n| pipeline load (once per process) | {load:.2f} s |"
          f"\n| text | {len(text):,} characters, {mb:.2f} MB UTF-8 |\n| entities | {len(found):,} |"
          f"\n| throughput (best of 3) | {len(text) / spent:,.0f} characters/s, {mb / spent:.2f} MB/s (target ≥ 1 MB/s) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="generated PDFs only, one run each")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tagging-only", action="store_true", help="only the tagging throughput")
    args = ap.parse_args()
    if args.tagging_only:
        bench_tagging()
        return
    runs = 1 if args.quick else args.runs
    print("| PDF | pages | bare pdfplumber s | Yanbao ingest s | ratio (target ≤ 1.0) | fake-bold share |")
    print("|---|---:|---:|---:|---:|---:|")
    ratios = []
    for path in pdfs(args.quick):
        read_document(path)  # warm caches (OpenCC, data files) once, as a long batch would
        bare = best_of(lambda: bare_pdfplumber(path), runs)
        ours = best_of(lambda: read_document(path), runs)
        spent, total = fake_bold_share(path, runs)
        pages = read_document(path).source.pages
        ratios.append(ours / bare)
        print(f"| {path.name} | {pages} | {bare:.2f} | {ours:.2f} | {ours / bare:.2f} | {100 * spent / total:.1f}% |",
              flush=True)
    print(f"\nworst ratio {max(ratios):.2f}, mean {sum(ratios) / len(ratios):.2f}")
    bench_tagging()


if __name__ == "__main__":
    main()
