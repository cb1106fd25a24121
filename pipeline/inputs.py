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


# limits a desk can change (`yanbao ingest --max-size/--max-pages`)
MAX_SIZE_MB = 200
MAX_PAGES = 2000
MAX_SECONDS = 600  # per file; 0 for none
MAX_MEMORY_MB = 1500  # what reading one file may add to its process; 0 for none


def shown(path) -> str:
    """A path as a line can show it: bytes that are not UTF-8 as \\xNN, control characters
    (a newline in a name) escaped, so one file is always one line."""
    import os

    raw = os.fsencode(path) if not isinstance(path, bytes) else path
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text)


def kind_of(path) -> str | None:
    """None for a regular file (after links); else what it is: a FIFO, a device or a
    socket is never opened — reading one hangs or never ends."""
    import os
    import stat

    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return None
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return name
    return "special file"


def sha256_of(fh) -> str:
    """SHA-256 of an open binary file from where it stands, read a megabyte at a time."""
    import hashlib

    digest = hashlib.sha256()
    for block in iter(lambda: fh.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()
