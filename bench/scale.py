"""Past one machine: `python bench/scale.py [--docs 200] [--runs 3] [--postgres URL]`.
Run by hand; results go in the README.

1. The batch on Ray against the local process pool, on the same CPUs: whole
   `yanbao ingest` runs over the same folder (into fresh output folders), `--jobs 2`
   local against `--executor ray --jobs 2` (a local Ray with 2 CPUs, started and shut
   down by the run, as a user would run it), alternated pair by pair; medians and the
   median of the per-pair ratios (target: Ray's overhead ≤ 15%).
2. The store on PostgreSQL against SQLite: the same document JSONs saved one by one
   (ms per document), then full-text queries, price history and financials lookups
   (median and 95th percentile ms).

The folder is generated, of one of two kinds: `--kind reports` (the default), 22-page
PDF broker reports as bench/batch.py makes them; `--kind notes`, short report-like text
notes (bench/search.py's templates) with a fifth of them as 6-page PDFs. Ray's cost is
mostly fixed per batch (importing Ray, starting it, each worker importing the pipeline,
shutting down), so the lighter the documents the larger its share. Without
--postgres, a private server is started in a temporary folder
(tests/postgres_server.py) and stopped at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline import samples, store  # noqa: E402
from search import QUERIES, make_documents  # noqa: E402


def make_folder(folder: Path, n: int, kind: str) -> None:
    n_pdf = n if kind == "reports" else n // 5
    make_documents(folder, n - n_pdf)
    for i in range(n_pdf):
        samples.broker_report_pdf(folder / f"report_{i:03d}.pdf",
                                  samples.ReportSpec(title=f"行业周报第{i + 1}期", body_pages=19 if kind == "reports" else 3))


def ingest(folder: Path, out: Path, *extra: str) -> float:
    env = dict(os.environ)
    env.setdefault("RAY_TMPDIR", tempfile.mkdtemp(prefix="yr"))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(out), "--jobs", "2",
                    "--date", "2024-12-31", *extra], cwd=ROOT, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def quantiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2)}


def store_figures(target: str, docs: list[dict]) -> dict:
    out: dict = {}
    with closing(store.connect(target)) as conn:
        saves = []
        for d in docs:
            t = time.perf_counter()
            conn.save(d)
            saves.append((time.perf_counter() - t) * 1000)
        out["save"] = quantiles(saves)
        for name, run in (("search", lambda i: conn.search(QUERIES[i % len(QUERIES)])),
                          ("prices", lambda i: conn.prices(model=["Qwen-Long", "GPT-4o", "DeepSeek-V2"][i % 3])),
                          ("financials", lambda i: conn.financials(item=["营业收入", "净利润"][i % 2]))):
            run(0)  # warm
            times = []
            for i in range(100):
                t = time.perf_counter()
                run(i)
                times.append((time.perf_counter() - t) * 1000)
            out[name] = quantiles(times)
        out["documents"] = conn.counts()["documents"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--kind", choices=("reports", "notes"), default="reports", help="what the documents are")
    ap.add_argument("--runs", type=int, default=3, help="pairs of runs (the machine is shared: medians)")
    ap.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to use (default: a private server)")
    ap.add_argument("--ray-address", metavar="ADDR",
                    help="a running Ray cluster to time instead of a Ray started by each run")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-scale-"))
    folder = tmp / "in"
    folder.mkdir()
    make_folder(folder, args.docs, args.kind)

    local, ray = [], []
    for i in range(args.runs):
        local.append(ingest(folder, tmp / f"local{i}"))
        extra = ["--ray-address", args.ray_address] if args.ray_address else []
        ray.append(ingest(folder, tmp / f"ray{i}", "--executor", "ray", *extra))
    ratios = [r / loc for r, loc in zip(ray, local)]
    docs_dir = tmp / "local0" / "docs"
    docs = [json.loads(p.read_text("utf-8")) for p in sorted(docs_dir.glob("*.json"))]
    pages = sum(len(d["pages"]) for d in docs)
    result = {"documents": len(docs), "kind": args.kind, "ray": args.ray_address or "started by each run", "pages": pages, "cpus": os.cpu_count(),
              "ingest_local_jobs2_s": [round(x, 1) for x in local], "ingest_ray_2cpus_s": [round(x, 1) for x in ray],
              "median_local_s": round(statistics.median(local), 1), "median_ray_s": round(statistics.median(ray), 1),
              "median_ray_over_local": round(statistics.median(ratios), 3)}

    server = None
    url = args.postgres
    if url is None:
        import postgres_server

        server = tempfile.mkdtemp(prefix="yanbao-pg-")
        url = postgres_server.start(server)
    try:
        result["sqlite"] = store_figures(str(tmp / "bench.db"), docs)
        result["postgresql"] = store_figures(url, docs)
    finally:
        if server:
            postgres_server.stop(server)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
