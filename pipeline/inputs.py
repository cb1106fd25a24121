"""What Yanbao reads, and how a file is named once read: light enough to import
before deciding whether a file needs reading at all (a re-run over an unchanged
folder should cost a hash per file, not the import of the whole pipeline)."""
from __future__ import annotations

PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES


def doc_id_for(sha256: str) -> str:
    """A document is named by its bytes: the first 16 hex digits of their SHA-256."""
    return sha256[:16]
