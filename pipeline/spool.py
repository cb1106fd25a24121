"""A document too long to hold in memory, written part by part, and read back the same way.

The batch reads a long text file as a run of parts (`ingest.read_parts`): Documents of
consecutive pages. `DocumentSpool` appends each part's pages, entities and tables to
temporary files as it arrives, then assembles the document JSON from them — the same
keys and values a whole Document gives, laid out with every page, entity and table on
a line of its own:

    {"doc_id": …, "source": …, "meta": …, "warnings": […], "status": …,
    "pages": [
    {…}
    ,{…}
    ],
    "entities": [
    …
    ],
    "tables": [
    …
    ]}

so the database and the table merge read it back a line at a time (`header`,
`section`) instead of parsing hundreds of megabytes at once. Any other document JSON
(the indented one a short document gets) is read whole by the same functions.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Optional

from .document import Document

SECTIONS = ("pages", "entities", "tables")
HEADER_KEYS = ("doc_id", "source", "meta", "warnings", "status")


class DocumentSpool:
    """Parts in, one document JSON out (a temporary file in `folder`, which `finish`
    returns; the caller moves it into place)."""

    def __init__(self, folder: Optional[str | os.PathLike] = None):
        self.folder = Path(folder or tempfile.gettempdir())
        self.folder.mkdir(parents=True, exist_ok=True)
        self._files = {name: tempfile.TemporaryFile("w+", encoding="utf-8", dir=self.folder) for name in SECTIONS}
        self._counts = dict.fromkeys(SECTIONS, 0)
        self.header: Optional[dict] = None

    def add(self, part: Document) -> None:
        from .batch import document_json

        data = document_json(part)  # each part is a whole Document of its own pages
        if self.header is None:
            self.header = {k: data[k] for k in HEADER_KEYS}
        else:
            self._add_warnings(data["warnings"])
            if data["status"] == "partial":
                self.header["status"] = "partial"
            self.header["source"]["pages"] = data["source"]["pages"]
        for name in SECTIONS:
            fh = self._files[name]
            for item in data[name]:
                fh.write(("," if self._counts[name] else "") + json.dumps(item, ensure_ascii=False) + "\n")
                self._counts[name] += 1

    # a part repeats the warnings of the parts before it ("date '去年' could not be
    # resolved" on every page of a long dump): each said once, at most this many a code
    MAX_WARNINGS_PER_CODE = 20

    def _add_warnings(self, warnings: list[dict]) -> None:
        kept = self.header["warnings"]
        for w in warnings:
            if w in kept or sum(k["code"] == w["code"] for k in kept) >= self.MAX_WARNINGS_PER_CODE:
                continue
            kept.append(w)

    def finish(self) -> Path:
        """The document JSON, written to a temporary file; the spool is closed."""
        assert self.header is not None, "no part was added"
        fd, name = tempfile.mkstemp(prefix=".spooled.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(_header_line(self.header))
                for i, section in enumerate(SECTIONS):
                    out.write(_opening(section))
                    fh = self._files[section]
                    fh.seek(0)
                    shutil.copyfileobj(fh, out)
                    out.write("]}\n" if i == len(SECTIONS) - 1 else "],\n")
        except BaseException:
            os.unlink(name)
            raise
        finally:
            self.close()
        return Path(name)

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


def assemble(parts: Iterator[Document], folder: Optional[str | os.PathLike] = None,
             each: Optional[Callable[[Document], None]] = None) -> tuple[dict, dict | Path]:
    """A file's parts (`ingest.read_parts`) → (its header keys, its validated JSON): the
    JSON itself when the file was one part, else the temporary file in `folder` the parts
    were spooled to (the caller moves or removes it). `each` sees every part as it comes."""
    from .batch import document_json

    first = next(parts)
    if each:
        each(first)
    later = next(parts, None)
    if later is None:
        data = document_json(first)
        return data, data
    spool = DocumentSpool(folder)
    try:
        for part in itertools.chain([first, later], parts):
            if each and part is not first:
                each(part)
            spool.add(part)
        head = spool.header
        return head, spool.finish()
    finally:
        spool.close()


# the layout's first line is the header object left open ('{"doc_id": …, "status": …,');
# each section opens with its own line ('"pages": [')
def _header_line(head: dict) -> str:
    return json.dumps(head, ensure_ascii=False)[:-1] + ",\n"


def _opening(section: str) -> str:
    return f'"{section}": [\n'


def _read_header(fh) -> Optional[dict]:
    """The header of an open spooled document (the file left at its first section), or
    None for any other layout."""
    first = fh.readline()
    if first.startswith('{"doc_id"') and first.endswith(",\n") and fh.readline() == _opening(SECTIONS[0]):
        return json.loads(first[:-2] + "}")
    return None


def is_spooled(path: str | os.PathLike) -> bool:
    with open(path, encoding="utf-8") as fh:
        return _read_header(fh) is not None


def header(path: str | os.PathLike) -> dict:
    """A document JSON's keys other than pages, entities and tables — a line's read for a
    spooled one."""
    with open(path, encoding="utf-8") as fh:
        head = _read_header(fh)
    if head is None:
        head = {k: v for k, v in load(path).items() if k not in SECTIONS}
    return head


def items(path: str | os.PathLike, only: Optional[str] = None) -> Iterator[tuple[str, dict]]:
    """(section, item) for every page, entity and table (or those of section `only`), in
    one pass over the file, one line at a time for a spooled one."""
    with open(path, encoding="utf-8") as fh:
        if _read_header(fh) is None:
            data = load(path)
            for name in SECTIONS if only is None else (only,):
                yield from ((name, item) for item in data.get(name, []))
            return
        name = SECTIONS[0]  # _read_header read its opening line
        for line in fh:
            if line.startswith("]"):
                if name == only:
                    return
                name = None
            elif name is None:
                name = line.split('"')[1]
            elif only is None or name == only:
                yield name, json.loads(line[1:] if line.startswith(",") else line)


def section(path: str | os.PathLike, name: str) -> Iterator[dict]:
    """The items of one of pages, entities or tables."""
    return (item for _, item in items(path, only=name))


def with_tables(path: str | os.PathLike) -> dict:
    """A document JSON's header and tables (what merging tables needs): a spooled one's
    pages and entities are skipped over, not parsed."""
    if not is_spooled(path):
        return load(path)
    return {**header(path), "tables": list(section(path, "tables"))}


def renamed(path: Path, source_path: str) -> bytes:
    """A spooled file's bytes with `source.path` changed (a Ray worker's absolute path →
    the path as the user named it); the file is removed."""
    with open(path, encoding="utf-8") as fh:
        head = _read_header(fh)
        head["source"]["path"] = source_path
        rest = fh.read()
    path.unlink()
    return (_header_line(head) + _opening(SECTIONS[0]) + rest).encode("utf-8")


def load(path: str | os.PathLike) -> dict:
    """A document JSON whole (a spooled one is valid JSON too)."""
    return json.loads(Path(path).read_text("utf-8"))
