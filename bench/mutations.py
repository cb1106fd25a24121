"""One-digit edits of seed 002, one copy each: does verify flag the edited figure?

`python bench/mutations.py` (needs ../shared; a few minutes). For every figure the answer
key judges consistent or rounding, find where it is printed in the dump — its claim, or
for a table figure the surface the key quotes — bump the last digit of the number that
is that figure, run verify on the edited copy, and count it flagged when a mismatch
appears that the unedited report does not have. Prints one line per figure and a total.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))

from pipeline.ingest import read_document  # noqa: E402
from pipeline.verify import verify  # noqa: E402

SEED = SHARED / "seeds" / "002_39f46f7769c07185.txt"


def mismatches(path: Path) -> set[tuple[str, object]]:
    return {(c["formula"], c["reported"]) for c in verify(read_document(path))["checks"] if c["verdict"] == "mismatch"}


def where(seed: str, text: str) -> tuple[int, str]:
    """The longest prefix of `text` found in the seed, and where."""
    for n in range(len(text), 8, -1):
        at = seed.find(text[:n])
        if at >= 0:
            return at, text[:n]
    return -1, ""


def edit(seed: str, figure: dict, surface: bool) -> str | None:
    import score  # ../shared/tools/score.py: the key's notion of the same figure

    at, seg = where(seed, figure["surface_in_dump"] if surface else figure["claim"])
    if at < 0:
        return None
    numbers = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", seg))
    hits = [m for m in numbers if score.same_figure(float(m.group(0).replace(",", "")), figure["reported"])]
    if not hits:
        return None
    m = hits[0] if surface else hits[-1]
    digits = m.group(0)
    bumped = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    start = at + m.start()
    return seed[:start] + bumped + seed[start + len(digits):]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args()
    if not SEED.exists():
        sys.exit("needs ../shared (seed 002 and its answer key)")
    seed = SEED.read_text("utf-8")
    key = json.loads((SHARED / "gold" / "figures.json").read_text("utf-8"))["figures"]
    before = mismatches(SEED)
    flagged = tried = 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "edited.txt"
        for figure in key:
            if figure["verdict"] not in ("consistent", "rounding"):
                continue
            edited = edit(seed, figure, surface=bool(figure.get("surface_in_dump")))
            if edited is None:
                continue
            copy.write_text(edited, "utf-8")
            new = mismatches(copy) - before
            tried += 1
            flagged += bool(new)
            print(f"{figure['id']}  {'flagged' if new else 'MISSED '}  {figure['claim'][:50]}", flush=True)
    print(f"\nflagged {flagged} of {tried} one-digit edits")


if __name__ == "__main__":
    main()
