"""Yanbao's table reading against Camelot's stream mode, on the keyed pages of real reports.

    python bench/camelot.py --camelot-python /path/to/venv/bin/python [--repeat 3]

Camelot (`pip install camelot-py`, in an environment of its own: its pins are not
ours) reads every page of the keyed corpus reports (tests/keys/*.financials.json) that
holds key cells, with flavor="stream" and its defaults. Yanbao reads the same pages the
way ingest does: PDFium's characters and drawings, then ruled tables, borderless tables
and the page's text layout (`ingest.extract_pdf_page`) — more than Camelot is asked for.

Both readings are scored alike against the keys: a key cell (item, period, value)
counts as found when a table on its page has a row whose label is the item and, in a
column headed by the period, the value. A reader's tables are all it gets: typing,
units and statements (`normalize`) are not used, so the score is the grid's alone.
Time is each reader's seconds per page, every page timed in the same run, medians of
`--repeat` rounds.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KEYS = ROOT / "tests" / "keys"
CORPUS = ROOT.parent / "shared" / "corpus"

CAMELOT_JOB = r"""
import json, sys, time
import camelot
out = {}
for path, pages, repeat in json.loads(sys.stdin.read()):
    for page in pages:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            tables = camelot.read_pdf(path, pages=str(page), flavor="stream")
            times.append(time.perf_counter() - started)
        out[f"{path}#{page}"] = {"seconds": times, "grids": [t.df.values.tolist() for t in tables]}
print(json.dumps(out, ensure_ascii=False))
"""


def keyed_pages() -> dict[Path, dict[int, list[dict]]]:
    found: dict[Path, dict[int, list[dict]]] = {}
    for key in sorted(KEYS.glob("*.financials.json")):
        data = json.loads(key.read_text("utf-8"))
        pdf = CORPUS / Path(data["_source"]).name
        if not pdf.exists():
            continue
        for row in data["financials"]:
            if row.get("page") and row.get("value") is not None and row.get("period"):
                found.setdefault(pdf, {}).setdefault(row["page"], []).append(row)
    return found


# ----------------------------------------------------------------------------- scoring
def squash(text) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def number(text) -> float | None:
    t = squash(text).replace(",", "").replace("，", "")
    m = re.fullmatch(r"\(?(-?\d+(?:\.\d+)?)\)?%?", t)
    if not m:
        return None
    value = float(m.group(1))
    return -value if t.startswith("(") and t.endswith(")") else value


def grid_cells(grid: list[list], periods: set[str]) -> set[tuple[str, str, float]]:
    """(label, period, value) of every numeric cell under a period header, the label being
    the nearest text cell to its left on its row."""
    heading: dict[int, str] = {}
    out = set()
    for row in grid:
        cells = [squash(c) for c in row]
        marks = {j: c for j, c in enumerate(cells) if c in periods}
        if marks:
            heading.update(marks)
            continue
        for j, cell in enumerate(cells):
            value = number(cell)
            if value is None or j not in heading:
                continue
            label = next((cells[k] for k in range(j - 1, -1, -1)
                          if cells[k] and number(cells[k]) is None and cells[k] not in periods), None)
            if label:
                out.add((label, heading[j], value))
    return out


def found(keys: list[dict], cells: set[tuple[str, str, float]]) -> int:
    hits = 0
    for k in keys:
        names = {squash(k["item"]), squash(k.get("item_without_unit") or k["item"])}
        if any(label in names and period == squash(k["period"]) and abs(value - k["value"]) < 1e-6
               for label, period, value in cells):
            hits += 1
    return hits


# ----------------------------------------------------------------------------- readers
def yanbao_pages(pdf: Path, pages: list[int], repeat: int) -> dict[int, tuple[list[float], list[list[list]]]]:
    import pypdfium2 as pdfium

    from pipeline import ingest, pdfium_page

    out = {}
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for number in pages:
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                page = doc[number - 1]
                objects = pdfium_page.read_drawings(page)
                objects.chars = pdfium_page.read_chars(page)
                page.close()
                raw = ingest.extract_pdf_page(objects, number)
                times.append(time.perf_counter() - started)
            out[number] = (times, [t.cells for t in raw.tables])
    finally:
        doc.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--camelot-python", required=True, help="a Python that can import camelot")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = keyed_pages()
    job = [(str(pdf), sorted(by_page), args.repeat) for pdf, by_page in pages.items()]
    done = subprocess.run([args.camelot_python, "-c", CAMELOT_JOB], input=json.dumps(job), capture_output=True,
                          text=True, check=True)
    camelot = json.loads(done.stdout.strip().splitlines()[-1])
    rows, ours_t, theirs_t = [], [], []
    totals = {"keys": 0, "yanbao": 0, "camelot": 0}
    for pdf, by_page in pages.items():
        ours = yanbao_pages(pdf, sorted(by_page), args.repeat)
        for number, keys in sorted(by_page.items()):
            periods = {squash(k["period"]) for k in keys}
            mine = set().union(*[grid_cells(g, periods) for g in ours[number][1]]) if ours[number][1] else set()
            theirs_entry = camelot[f"{pdf}#{number}"]
            theirs = set().union(*[grid_cells(g, periods) for g in theirs_entry["grids"]]) \
                if theirs_entry["grids"] else set()
            row = {"report": pdf.stem, "page": number, "keys": len(keys), "yanbao": found(keys, mine),
                   "camelot": found(keys, theirs), "yanbao_ms": round(1000 * statistics.median(ours[number][0])),
                   "camelot_ms": round(1000 * statistics.median(theirs_entry["seconds"]))}
            rows.append(row)
            ours_t.append(row["yanbao_ms"])
            theirs_t.append(row["camelot_ms"])
            for k in totals:
                totals[k] += row[k]
            print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({"pages": len(rows), **totals,
                      "yanbao_share": round(totals["yanbao"] / totals["keys"], 3),
                      "camelot_share": round(totals["camelot"] / totals["keys"], 3),
                      "yanbao_ms_median": statistics.median(ours_t), "camelot_ms_median": statistics.median(theirs_t),
                      "time_ratio": round(sum(ours_t) / sum(theirs_t), 3)}))


if __name__ == "__main__":
    main()
