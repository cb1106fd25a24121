"""Peak memory against input size: `python bench/memory.py [--sizes 1,10,60] [--inflating 2000]`.

For each size, a text file of that many megabytes of report prose (seed 002's text, or
the sample report's, repeated) is ingested by `yanbao ingest --jobs 1` in a fresh
process, and that process's peak resident memory (ru_maxrss of the child) is printed
with the ratio to the file size. A long text is read in parts of a million characters
and spooled to its JSON (pipeline/spool.py), so the peak should stay flat with size.
`--inflating MB` adds a two-page PDF of a few megabytes whose second page's content
stream inflates to MB megabytes (a decompression bomb): read with the same command.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def prose() -> str:
    import run

    return run.tagging_text()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10", help="megabytes, comma-separated (default: 1,10)")
    ap.add_argument("--inflating", type=int, default=0, metavar="MB",
                    help="also a PDF whose page inflates to this many megabytes (e.g. 2000)")
    args = ap.parse_args()
    base = prose().encode("utf-8")
    rows = []
    sizes = [float(x) for x in args.sizes.split(",") if x]
    for mb in sizes + ([None] if args.inflating else []):
        with tempfile.TemporaryDirectory() as tmp:
            if mb is None:
                sys.path.insert(0, str(ROOT / "tests"))
                import badinputs

                src = badinputs.inflating_pdf(Path(tmp), inflated_mb=args.inflating)
            else:
                src = Path(tmp) / "big.txt"
                reps = max(1, int(mb * 1e6 // len(base)))
                with open(src, "wb") as fh:
                    for _ in range(reps):
                        fh.write(base + b"\n")
            rows.append(measure(src, Path(tmp) / "out"))
            if mb is None:
                rows[-1]["inflates_to_mb"] = args.inflating
            print(json.dumps(rows[-1]))


def measure(src: Path, out: Path) -> dict:
    size = src.stat().st_size / 1e6
    probe = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "pipeline", "ingest", str(src),
                           "--out", str(out), "--max-size", "1000", "--max-seconds", "0"],
                          capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    seconds = time.perf_counter() - started
    peak_kib, code = (int(x) for x in done.stdout.split()[-2:])
    json_mb = sum(p.stat().st_size for p in (out / "docs").glob("*.json")) / 1e6
    return {"file_mb": round(size, 1), "peak_mb": round(peak_kib / 1024), "ratio": round(peak_kib / 1024 / size, 1),
            "json_mb": round(json_mb, 1), "seconds": round(seconds, 1), "exit": code}

if __name__ == "__main__":
    main()
