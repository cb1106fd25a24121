"""OCR on image-only copies of real report pages: `python bench/ocr.py [--pages N] [PDF...]`.
Run by hand; results go in the README.

For each report (default: the corpus company reports the OCR tests do not use), its
first N pages are rasterised by PDFium at 144 dpi into an image-only PDF, as a scan
would be, and read back; the same pages with their text layer are read too. Printed:
seconds per OCR'd page (median over the reports), peak memory of the process reading
the image-only copy, the share of the text layer's characters (Han, letters, digits)
recovered in order, and whether title, date, ticker, rating and target price agree.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import imagepdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# the OCR tests read orient and shzq pages: these are the ones they do not
HELD_OUT = ["guosen_smic_20250511.pdf", "ccnew_smic_20250516.pdf", "htsc_smic_20250215.pdf",
            "soochow_smic_deep_20250903.pdf"]

PROBE = """
import json, resource, sys, time
from yanbao.ingest import read_document
t = time.perf_counter()
doc = read_document(sys.argv[1])
seconds = time.perf_counter() - t
m = doc.meta
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "pages": [p.text for p in doc.pages], "ocr": [p.ocr for p in doc.pages],
                  "meta": [m.title, m.date, m.ticker, m.rating, m.target_price and m.target_price.value]},
                 ensure_ascii=False))
"""


def read(pdf: Path) -> dict:
    """One document read in a fresh process (its peak memory is the reading's own)."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(pdf)], capture_output=True, text=True, check=True,
                          cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path, help=f"reports (default: {', '.join(HELD_OUT)})")
    ap.add_argument("--pages", type=int, default=4, help="first N pages of each")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yanbao-ocr-"))
    rows = []
    for src in args.pdfs or [CORPUS / n for n in HELD_OUT]:
        pages = range(args.pages)
        text = read(imagepdf.text_layer_copy(src, tmp / f"{src.stem}.text.pdf", pages))
        scan = read(imagepdf.rasterised(src, tmp / f"{src.stem}.scan.pdf", pages))
        rows.append({"report": src.name, "pages": len(scan["pages"]), "ocr_pages": sum(scan["ocr"]),
                     "s_per_page": round(scan["seconds"] / len(scan["pages"]), 2),
                     "text_layer_s_per_page": round(text["seconds"] / len(text["pages"]), 2),
                     "peak_mb": round(scan["peak_mb"]),
                     "recovered": round(imagepdf.recovered("".join(text["pages"]), "".join(scan["pages"])), 3),
                     "meta_agree": [a == b for a, b in zip(text["meta"], scan["meta"])],
                     "meta_text_layer": text["meta"], "meta_ocr": scan["meta"]})
        print(json.dumps(rows[-1], ensure_ascii=False))
    print(json.dumps({"reports": len(rows), "median_s_per_ocr_page": statistics.median(r["s_per_page"] for r in rows),
                      "max_peak_mb": max(r["peak_mb"] for r in rows),
                      "recovered_all": round(statistics.mean(r["recovered"] for r in rows), 3)}))


if __name__ == "__main__":
    main()
