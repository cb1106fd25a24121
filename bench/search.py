"""Search latency and database size: `python bench/search.py [--docs 1000]`.

Generates report-like text documents (our own templates over the model and vendor
data), stores them, then times 100 full-text queries (median and 95th percentile)
and reports the database size per page. Run by hand; results go in the README.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import quantities, store  # noqa: E402
from pipeline.ingest import read_document  # noqa: E402

SENTENCES = [
    "{date}，{vendor}宣布{model}降价，输入价格由{a}元/百万tokens降至{b}元/百万tokens。",
    "我们认为{model}的推出将加速行业竞争，{vendor}有望受益于调用量增长。",
    "{vendor}发布{model}，参数规模约{p}亿，训练数据超过{t}万亿tokens。",
    "据测算，{model}推理所需算力约为{c}PFLOPs，对应约{g}张H100。",
    "风险提示：大模型技术迭代不及预期，价格战加剧，下游应用落地不及预期。",
]


def make_documents(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rnd = random.Random(seed)
    models = quantities._jsonl("models.jsonl")
    vendors = {v["id"]: v["names"][0] for v in quantities._jsonl("vendors.jsonl")}
    paths = []
    for i in range(n):
        lines = [f"行业周报第{i + 1}期：大模型价格与算力跟踪"]
        for _ in range(rnd.randint(8, 16)):
            m = rnd.choice(models)
            lines.append(rnd.choice(SENTENCES).format(
                date=f"2024年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日", vendor=vendors.get(m["vendor"], "某公司"),
                model=rnd.choice([m["name"]] + m["aliases"]), a=rnd.randint(5, 40), b=rnd.choice(["0.5", "1", "2"]),
                p=rnd.randint(10, 4000), t=rnd.randint(1, 20), c=rnd.randint(100, 90000), g=rnd.randint(100, 20000)))
        p = folder / f"weekly_{i:04d}.txt"
        p.write_text("\n".join(lines) + "\f" + "\n".join(reversed(lines)), encoding="utf-8")  # two pages
        paths.append(p)
    return paths


QUERIES = ["降价", "通义千问", "通義千問 降價", "Qwen-Long", "算力", "DeepSeek-V2", "参数规模", "H100", "文心一言 推出",
           "价格战", "风险提示", "训练数据", "豆包", "Claude 3.5 Sonnet", "调用量增长"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-search-"))
    paths = make_documents(tmp, args.docs)
    db = tmp / "bench.db"
    t = time.perf_counter()
    pages = 0
    with closing(store.connect(db)) as conn:
        for p in paths:
            doc = read_document(p, date="2024-12-31").to_json()
            pages += len(doc["pages"])
            store.save(conn, doc)
    build = time.perf_counter() - t
    times = []
    with closing(store.connect(db)) as conn:
        store.search(conn, "预热")
        for i in range(100):
            q = QUERIES[i % len(QUERIES)]
            t = time.perf_counter()
            store.search(conn, q)
            times.append((time.perf_counter() - t) * 1000)
    size = db.stat().st_size + sum(f.stat().st_size for f in tmp.glob("bench.db-*"))
    times.sort()
    print(json.dumps({"documents": len(paths), "pages": pages, "ingest_and_store_s": round(build, 1),
                      "search_median_ms": round(statistics.median(times), 2),
                      "search_p95_ms": round(times[94], 2), "db_bytes": size,
                      "db_bytes_per_page": round(size / pages)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
