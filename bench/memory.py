"""Peak memory against input size: `python bench/memory.py [--sizes 1,10,60]`.

For each size, a text file of that many megabytes of report prose (seed 002's text, or
the sample report's, repeated) is ingested by `yanbao ingest --jobs 1` in a fresh
process, and that process's peak resident memory (ru_maxrss of the child) is printed
with the ratio to the file size. A flat line would be memory independent of the size;
`--max-size` (default 200 MB) is today's guard.
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
    args = ap.parse_args()
    base = prose().encode("utf-8")
    rows = []
    for mb in [float(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "big.txt"
            reps = max(1, int(mb * 1e6 // len(base)))
            with open(src, "wb") as fh:
                for _ in range(reps):
                    fh.write(base + b"\n")
            size = src.stat().st_size / 1e6
            probe = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:]); "
                     "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)")
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "pipeline", "ingest", str(src),
                                  "--out", str(Path(tmp) / "out"), "--max-size", "1000", "--max-seconds", "0"],
                                 capture_output=True, text=True, cwd=ROOT,
                                 env=dict(os.environ, PYTHONPATH=str(ROOT)))
            seconds = time.perf_counter() - started
            peak_kib, code = (int(x) for x in out.stdout.split()[-2:])
            docs = list((Path(tmp) / "out" / "docs").glob("*.json"))
            json_mb = sum(p.stat().st_size for p in docs) / 1e6
            rows.append({"file_mb": round(size, 1), "peak_mb": round(peak_kib / 1024), "ratio": round(peak_kib / 1024 / size, 1),
                         "json_mb": round(json_mb, 1), "seconds": round(seconds, 1), "exit": code})
            print(json.dumps(rows[-1]))


if __name__ == "__main__":
    main()
