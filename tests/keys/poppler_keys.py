"""Draft answer keys for statement pages, read by a second, independent reader.

    python tests/keys/poppler_keys.py REPORT.pdf PAGE [PAGE ...] > draft.json

Poppler's `pdftotext -layout` (Debian's poppler-utils) keeps columns as runs of spaces.
This script reads that text alone — it shares no code with Yanbao's table reader: a
line with two or more period labels is a header whose labels' end positions are the
value columns; each later line's values are given to the column whose end is nearest.
The draft is then compared with Yanbao's reading (`--compare`), and every cell where
the two readers disagree was looked up on the rendered page by eye before a key was
committed. Keys built this way say so in their `_how`.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

PERIOD = re.compile(r"^(?:19|20)\d\d[AEF]?$|^[1-4]Q\d\d[AE]?$")
NUMBER = re.compile(r"^\(?-?[\d,]+(?:\.\d+)?\)?%?$")
NULL = {"-", "--", "N.M.", "NM", "na", "NA", "n.a."}


def cells_of(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of text separated by two or more spaces."""
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def number(text: str):
    t = text.replace(",", "").replace(" ", "")
    negative = t.startswith("(") and t.endswith(")") or t.startswith("-")
    t = t.strip("()-%")
    try:
        v = float(t)
    except ValueError:
        return None
    v = -v if negative else v
    return int(v) if v == int(v) and "." not in t else v


def read_page(pdf: str, page: int) -> list[dict]:
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    tables: list[dict] = []  # each: columns [(end, period)], span (start, end)
    out = []
    for line in text.splitlines():
        cells = cells_of(line)
        periods = [(s, e, t) for s, e, t in cells if PERIOD.match(t.replace(" ", ""))]
        if len(periods) >= 2 and all(PERIOD.match(t) or not NUMBER.match(t) for _, _, t in cells):
            # one header per run of periods; a run restarts where the years go back
            runs, run = [], [periods[0]]
            for p in periods[1:]:
                if p[2][:4] <= run[-1][2][:4]:
                    runs.append(run)
                    run = [p]
                else:
                    run.append(p)
            runs.append(run)
            kept = [t for t in tables if all(t["span"][1] < r[0][0] - 20 or t["span"][0] > r[-1][1] for r in runs)]
            tables = kept
            for r in runs:
                # the stub starts where the table to the left of this run ends
                left = max([t["span"][1] for t in tables if t["span"][1] <= r[0][0]], default=0)
                tables.append({"columns": [(e, t.replace(" ", "")) for s, e, t in r],
                               "span": (left, r[-1][1] + 3)})
            continue
        for table in tables:
            lo, hi = table["span"]
            mine = [c for c in cells if lo <= c[0] and c[1] <= hi + 3]
            labels = [c for c in mine if re.search(r"[\u4e00-\u9fffA-Za-z]", c[2]) and c[1] < table["columns"][0][0] - 8]
            values = [c for c in mine if c not in labels and (NUMBER.match(c[2].replace(" ", "")) or c[2] in NULL)]
            if not labels or not values:
                continue
            # a value of the table to the left may stand one space before the label ("5500 营业收入")
            label = re.sub(r"^[-\d,.()%]+\s+", "", labels[0][2])
            for s, e, t in values:
                if " " in t.strip():
                    continue  # two values one space apart: poppler could not tell the columns
                end, period = min(table["columns"], key=lambda c: abs(c[0] - e))
                if abs(end - e) <= 6:
                    out.append({"item": label, "period": period, "value": number(t), "page": page, "text": t})
    return out


def main() -> None:
    pdf, pages = sys.argv[1], [int(p) for p in sys.argv[2:]]
    rows = [r for p in pages for r in read_page(pdf, p)]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
