"""Facts found in real articles: `python bench/articles.py [--set gold|ours|all] [-v]`.

Scores every keyed article — `../shared/gold/articles/` (the 12 given to us) and
`tests/articles/` (the excerpts we collected and keyed ourselves) — the way
`../shared/tools/score.py facts` does, but in one process: the scorer's own matching
functions are loaded from score.py and only its command runner is replaced by an
in-process `extract`. Prints one line per article, then the share of facts found per
set and the stray model/vendor/size entities (those no fact of the key has). Keys marked
`"held_out"` are reported apart, and -v never prints their misses.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {"gold": SHARED / "gold" / "articles", "ours": ROOT / "tests" / "articles"}


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def extract_json(args: list[str]) -> dict:
    """What `yanbao extract FILE --json [--date D]` prints, without a new process."""
    from yanbao.batch import document_json
    from yanbao.ingest import read_document
    path = args[1]
    date = args[args.index("--date") + 1] if "--date" in args else None
    return json.loads(json.dumps(document_json(read_document(path, date=date)), ensure_ascii=False, default=str))


def score_set(score, keys: list[Path], verbose: bool) -> tuple[int, int, int, int]:
    found = total = judged = stray = 0
    for key_path in keys:
        key = json.loads(key_path.read_text(encoding="utf-8"))
        text_path = key_path.with_name(key["file"])
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            share, label = score.score_facts(key, str(text_path))
        lines = out.getvalue().splitlines()
        n = len(key["facts"])
        found += round(share * n)
        total += n
        headline = label.format(share)
        print(f"{key_path.name[:-9]:44} {headline}")
        if "entities match a fact" in headline:
            good, all_ = headline.rsplit(", ", 1)[1].split()[0].split("/")
            judged += int(all_)
            stray += int(all_) - int(good)
        if verbose:
            for line in lines:
                print("   ", line)
    return found, total, judged, stray


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("gold", "ours", "all"), default="all")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each missed fact and stray entity")
    args = parser.parse_args()
    score = load_scorer()
    score.run = extract_json
    summary = {}
    for name, folder in SETS.items():
        if args.set not in (name, "all"):
            continue
        keys = sorted(folder.glob("*.key.json"))
        held = [k for k in keys if json.loads(k.read_text(encoding="utf-8")).get("held_out")]
        parts = {name: [k for k in keys if k not in held]}
        if held:  # measured, never read while tuning: no details printed for them
            parts[name + "_held_out"] = held
        for part, part_keys in parts.items():
            found, total, judged, stray = score_set(score, part_keys, args.verbose and part == name)
            summary[part] = {"facts": total, "found": found, "share": round(found / total, 3) if total else 0.0,
                             "model_vendor_size_entities": judged, "stray": stray}
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
