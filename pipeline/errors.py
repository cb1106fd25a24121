"""One catalogue of everything Yanbao reports about bad input.

Errors (E…) stop one file; the batch goes on.  Warnings (W…) keep the document and
say what is missing from it.  Tests assert the codes, users read the messages.
"""
from __future__ import annotations

MESSAGES = {
    # errors: the file could not be ingested
    "E001": "empty file (0 bytes)",
    "E002": "cannot read: {reason}",
    "E003": "not a PDF: no %PDF header (starts with {head})",
    "E004": "damaged or truncated PDF: {reason}",
    "E005": "encrypted PDF needs a user password",
    "E006": "undecodable text: {reason}",
    "E007": "unsupported file type {suffix!r} (expected .pdf, .txt, .md, .html)",
    "E008": "no .pdf, .txt, .md or .html files found",
    "E009": "no such file or folder",
    "E010": "PDF has no pages",
    "E011": "symlink loop or unresolvable link",
    "E012": "not a regular file ({kind}): not read",
    "E013": "file too large ({size} MB, the limit is {limit} MB; raise it with --max-size)",
    "E014": "too many pages ({pages}, the limit is {limit}; raise it with --max-pages)",
    "E015": "the worker reading this file died ({reason}); the rest of the batch went on",
    "E016": "cannot write the result: {reason}",
    "E017": "reading took longer than {limit} s (raise it with --max-seconds)",
    "E018": "reading needed more than {limit} MB of memory (raise it with --max-memory)",
    "E099": "internal error: {reason}",
    # warnings: the document was kept
    "W001": "no text layer, needs OCR ({pages} of {total} pages)",
    "W002": "text layer is (cid:NN) garbage, needs OCR or a font with a ToUnicode map ({pages} of {total} pages)",
    "W003": "table extraction failed on this page: {reason}",
    "W004": "no text extracted",
    "W005": "encoding guessed as {encoding} with low confidence",
    "W006": "encrypted PDF opened with an empty user password",
    "W007": "page could not be read: {reason}",
    "W008": "date {text!r} could not be resolved: no document date (pass --date)",
    "W009": "{kind} row {model!r}: {reason}",
    "W010": "table cell is not a number: {text!r} ({where}); kept as text",
    "W012": "verify: the {family} check family failed on this document: {reason}",
    "W013": "text repaired: {what}",
    "W014": "{what}",
    "W016": "read by OCR: {pages} of {total} pages had no usable text layer (mean confidence {confidence})",
    "W015": "extracted but not stored in the database ({reason}); run the same command again to store it",
}


class YanbaoError(Exception):
    """A one-line, coded error about one input file."""

    def __init__(self, code: str, path: str | None = None, **details):
        self.code = code
        self.path = path
        self.details = details
        super().__init__(self.reason)

    @property
    def reason(self) -> str:
        return MESSAGES[self.code].format(**self.details)

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{where}error {self.code}: {self.reason}"


def message(code: str, **details) -> str:
    return MESSAGES[code].format(**details)
