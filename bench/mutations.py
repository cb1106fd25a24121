"""Edits of seed 002, one copy each: does verify flag the edited figure?

`python bench/mutations.py --doc FILE [--kind last|middle|first]` does the same for any
document (a PDF, a text or its document JSON) through `pipeline.verify.mutate`: every
table cell some consistent or rounding check read is edited in turn, and counted flagged
when a check that read it becomes a mismatch. Prints one line per cell and a total.

`python bench/mutations.py [--kind last|middle|first|unit|exponent]` (needs ../shared;
a few minutes per kind). For every figure the answer key judges consistent or rounding,
find where it is printed in the dump — its claim, or for a table figure the surface the
key quotes — and edit the number that is that figure: its last digit (`last`, the
default), the digit halfway along it (`middle`), its first digit (`first`), the unit
word after it (`unit`: 万 ↔ 亿, 百万 ↔ 千万, B ↔ M, …), or its power of ten (`exponent`:
"3.14*1023" → "3.14*1024", "E+08" → "E+09").
Run verify on the edited copy and count the edit flagged when a mismatch appears that
the unedited report does not have. Prints one line per figure and a total.
"""
from __future__ import annotations

import argparse
from collections import Counter
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


# a unit word and the one an edit puts in its place (a factor of 10^4 or more apart,
# or a factor of ten within the same family)
UNIT_SWAP = {"万亿": "亿", "亿": "万", "万": "亿", "千万": "百万", "百万": "千万", "千": "万",
             "B": "M", "M": "B", "T": "B", "K": "M"}
_UNIT_AFTER = re.compile(r"\s*(万亿|千万|百万|亿|万|千|(?:B|M|T|K)(?![A-Za-z]))")
# a power of ten printed right after a mantissa: "E+08", "×10^23", and the dump's
# "*1023" (a superscript flattened into the digits)
_EXPONENT = re.compile(r"[eE]([+-]?)(\d{2})|\s*[*×xX]\s*10\^?([+-]?)(\d{1,2})")
# a printed number, not the digits of an exponent: a spreadsheet's "5.78E+08" keeps exactly
# two, which is what separates the doubled cells of the dump ("5.78E+085.78E+08")
_NUMBER = re.compile(r"(?<![eE][+-])(?<![eE][+-]\d)\d[\d,]*(?:\.\d+)?")


def _bump(digit: str) -> str:
    return str((int(digit) + 1) % 10)


def _value(seed: str, m: re.Match, at: int) -> float:
    """The number `m` (found at seed offset `at` + m.start()) with its power of ten."""
    value = float(m.group(0).replace(",", ""))
    power = _EXPONENT.match(seed, at + m.end())
    if power:
        sign, digits = (power.group(1), power.group(2)) if power.group(2) else (power.group(3), power.group(4))
        value *= 10.0 ** int(sign + digits)
    return value


def edit(seed: str, figure: dict, surface: bool, kind: str = "last") -> str | None:
    import score  # ../shared/tools/score.py: the key's notion of the same figure

    at, seg = where(seed, figure["surface_in_dump"] if surface else figure["claim"])
    if at < 0:
        return None
    numbers = list(_NUMBER.finditer(seg))
    hits = [m for m in numbers if score.same_figure(_value(seed, m, at), figure["reported"])
            or score.same_figure(float(m.group(0).replace(",", "")), figure["reported"])]
    if not hits and surface:  # a table row the key quotes by its name ('中科创达300496.SZ'):
        # the figure is among the cells after it
        seg = seed[at: at + len(seg) + 160]
        numbers = list(_NUMBER.finditer(seg))
        hits = [m for m in numbers if score.same_figure(float(m.group(0).replace(",", "")), figure["reported"])]
    if not hits:
        return None
    m = hits[0] if surface else hits[-1]
    digits, start, end = m.group(0), at + m.start(), at + m.end()
    if kind == "last":
        new = digits[:-1] + _bump(digits[-1])
    elif kind == "middle":  # the digit halfway along ('62,214' → '62,314'); a short number's last
        places = [i for i, ch in enumerate(digits) if ch.isdigit()]
        i = places[len(places) // 2]
        new = digits[:i] + _bump(digits[i]) + digits[i + 1:]
    elif kind == "first":
        first = next((i for i, ch in enumerate(digits) if ch.isdigit() and ch != "0"), 0)
        new = digits[:first] + ("1" if digits[first] == "9" else _bump(digits[first])) + digits[first + 1:]
    elif kind == "unit":
        unit = _UNIT_AFTER.match(seed, end)
        if not unit:
            return None
        start, end, new = unit.start(1), unit.end(1), UNIT_SWAP[unit.group(1)]
    else:  # exponent
        power = _EXPONENT.match(seed, end)
        if not power:
            return None
        group = 2 if power.group(2) else 4
        digits, start, end = power.group(group), power.start(group), power.end(group)
        new = str(int(digits) + 1).zfill(len(digits))
    return seed[:start] + new + seed[end:]


def any_document(path: str, kind: str) -> None:
    from pipeline.document import Document
    from pipeline.verify import mutate

    doc = Document.model_validate_json(Path(path).read_text("utf-8")) if path.endswith(".json") \
        else read_document(path)
    outcomes = mutate.run(doc, kind)
    for o in outcomes:
        print(f"{'flagged' if o.flagged else 'MISSED '}  {mutate.describe(o.cell)}  {o.before} → {o.after}"
              f"{'' if o.flagged else '  (' + o.why + ')'}", flush=True)
    flagged = sum(o.flagged for o in outcomes)
    share = flagged / len(outcomes) if outcomes else 0.0
    missed = Counter(o.why for o in outcomes if not o.flagged)
    print(f"\n{Path(path).name}: flagged {flagged} of {len(outcomes)} edits ({kind}), {share:.3f}"
          + (f"; missed: {', '.join(f'{n} {why}' for why, n in missed.most_common())}" if missed else ""))
    # an edit every check reading the cell still finds consistent or within rounding is smaller
    # than the printed precision of those checks (a part edited by 1 under a total printed to
    # the unit): no arithmetic on the printed figures can see it
    visible = len(outcomes) - missed["rounding"] - missed["consistent"]
    if visible:
        print(f"{Path(path).name}: of the {visible} edits beyond the printed precision of the checks reading them, "
              f"flagged {flagged} ({flagged / visible:.3f})")
    # the figures the checks judge (each check's first cell: its total, ratio, growth or multiple),
    # apart from the inputs they read
    from pipeline.verify import run_families
    judged = {tuple(c["_cells"][0]) for c in run_families(doc)[0]
              if c["verdict"] in ("consistent", "rounding") and c.get("_cells")}
    own = [o for o in outcomes if tuple(o.cell) in judged]
    if own:
        hit = sum(o.flagged for o in own)
        print(f"{Path(path).name}: of the {len(own)} edits of a figure a check judges (not only reads), "
              f"flagged {hit} ({hit / len(own):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=("last", "middle", "first", "unit", "exponent"), default="last",
                    help="what to edit in each figure (default: its last digit)")
    ap.add_argument("--only", nargs="*", default=[], help="figure ids to try (default: all)")
    ap.add_argument("--doc", help="any document (PDF, text or document JSON) instead of seed 002")
    args = ap.parse_args()
    if args.doc:
        return any_document(args.doc, args.kind if args.kind in ("last", "middle", "first") else "last")
    if not SEED.exists():
        sys.exit("needs ../shared (seed 002 and its answer key)")
    seed = SEED.read_text("utf-8")
    key = json.loads((SHARED / "gold" / "figures.json").read_text("utf-8"))["figures"]
    before = mismatches(SEED)
    flagged = tried = 0
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "edited.txt"
        for figure in key:
            if figure["verdict"] not in ("consistent", "rounding") or (args.only and figure["id"] not in args.only):
                continue
            edited = edit(seed, figure, surface=bool(figure.get("surface_in_dump")), kind=args.kind)
            if edited is None:
                continue
            copy.write_text(edited, "utf-8")
            new = mismatches(copy) - before
            tried += 1
            flagged += bool(new)
            print(f"{figure['id']}  {'flagged' if new else 'MISSED '}  {figure['claim'][:50]}", flush=True)
    print(f"\nflagged {flagged} of {tried} edits ({args.kind})")


if __name__ == "__main__":
    main()
