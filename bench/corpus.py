"""The whole corpus: Yanbao's batch ingest against pdfplumber's bare parse of the same PDFs.

    python bench/corpus.py yanbao       # yanbao ingest ../shared/corpus into a temporary folder (--jobs 1)
    python bench/corpus.py pdfplumber   # extract_text() + extract_tables() on every page of the same PDFs
    python bench/corpus.py pages        # how many pages the corpus has

Time the two as whole processes, in turns, and quote the median ratio (issue 13's
target: ingest ÷ bare pdfplumber ≤ 0.25), e.g. with hyperfine or /usr/bin/time:

    hyperfine -r 3 'python bench/corpus.py yanbao' 'python bench/corpus.py pdfplumber'
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def pdfs() -> list[Path]:
    found = sorted(CORPUS.glob("*.pdf"))
    if not found:
        sys.exit(f"no PDFs under {CORPUS}")
    return found


def bare_pdfplumber() -> None:
    import pdfplumber

    for path in pdfs():
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
                page.close()


def yanbao() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "yanbao", "ingest", *map(str, pdfs()), "--out", out, "--jobs", "1"],
                       check=True, stderr=subprocess.DEVNULL)


def pages() -> None:
    import pypdfium2

    print(sum(len(pypdfium2.PdfDocument(str(p))) for p in pdfs()))


if __name__ == "__main__":
    {"yanbao": yanbao, "pdfplumber": bare_pdfplumber, "pages": pages}[sys.argv[1] if len(sys.argv) > 1 else "pages"]()
