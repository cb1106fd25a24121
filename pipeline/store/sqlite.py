"""The embedded default: SQLite, one file, nothing to install.

Full-text search is FTS5 over jieba-segmented pages (FTS5's own tokenizers miss Chinese
words: trigram cannot find 降价, unicode61 sees a whole sentence as one word), ranked by
bm25. The schema version is SQLite's `PRAGMA user_version`.
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from .base import Store, StoreError, query_words, unsegment, words_of

LOCK_WAIT_SECONDS = 120  # how long an open or a write waits for another process's write lock

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT, format TEXT, pages INTEGER,
    title TEXT, broker TEXT, date TEXT, script TEXT, status TEXT);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, number INTEGER NOT NULL,
    text TEXT NOT NULL, original TEXT, PRIMARY KEY (doc_id, number));
CREATE VIRTUAL TABLE IF NOT EXISTS pages_fts USING fts5(
    words, doc_id UNINDEXED, page UNINDEXED, tokenize = 'unicode61');
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER, label TEXT,
    text TEXT, start INTEGER, "end" INTEGER, name TEXT, value TEXT);
CREATE INDEX IF NOT EXISTS entities_name ON entities(label, name);
CREATE TABLE IF NOT EXISTS table_rows (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, kind TEXT, page INTEGER,
    model TEXT, vendor TEXT, date TEXT, source TEXT, evidence TEXT, row TEXT);
CREATE INDEX IF NOT EXISTS table_rows_model ON table_rows(kind, model);
CREATE TABLE IF NOT EXISTS price_points (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    vendor TEXT, model TEXT, date TEXT, direction TEXT, price_before REAL, price_after REAL,
    cut_pct REAL, currency TEXT, per TEXT, free_after INTEGER, source TEXT, evidence TEXT);
CREATE INDEX IF NOT EXISTS price_points_model ON price_points(model, date);
CREATE VIEW IF NOT EXISTS models AS
    SELECT name AS model, json_extract(value, '$.vendor') AS vendor, count(*) AS mentions,
           count(DISTINCT doc_id) AS documents
    FROM entities WHERE label = 'MODEL' AND name IS NOT NULL GROUP BY name;
CREATE VIEW IF NOT EXISTS vendors AS
    SELECT name AS vendor, count(*) AS mentions, count(DISTINCT doc_id) AS documents
    FROM entities WHERE label = 'VENDOR' AND name IS NOT NULL GROUP BY name;
CREATE TABLE IF NOT EXISTS timeline (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    model TEXT, vendor TEXT, date TEXT, precision TEXT, event TEXT, evidence TEXT);
CREATE VIEW IF NOT EXISTS reports AS
    SELECT title, broker, date, pages, format, script, status, doc_id, path, sha256 FROM documents;
CREATE TABLE IF NOT EXISTS financials (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    company TEXT, ticker TEXT, item TEXT, period TEXT, value REAL, unit TEXT, statement TEXT, printed TEXT,
    basis TEXT);
CREATE INDEX IF NOT EXISTS financials_item ON financials(item, period);
CREATE TABLE IF NOT EXISTS comparables (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    company TEXT, ticker TEXT, grp TEXT, metric TEXT, period TEXT, value TEXT, printed TEXT);
"""


def _add_extractor(conn: sqlite3.Connection) -> None:
    columns = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
    if "extractor" not in columns:
        conn.execute("ALTER TABLE documents ADD COLUMN extractor TEXT")


def _add_basis(conn: sqlite3.Connection) -> None:
    columns = {r[1] for r in conn.execute("PRAGMA table_info(financials)")}
    if "basis" not in columns:
        conn.execute("ALTER TABLE financials ADD COLUMN basis TEXT")


# (version, step): a database at version v runs every step after v, in order, in the
# transaction that also creates SCHEMA's missing tables. 1 stored no financials (the tables
# above create them); 2 records the extractor of each document, so a document extracted again
# by a newer Yanbao replaces its rows; 3 marks a revision table's old forecast and change
# (financials.basis). A change to SCHEMA adds a version here, even with no step (`None`): a
# database at the latest version is not written to when it is opened.
MIGRATIONS = [(2, _add_extractor), (3, _add_basis)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


class SQLiteStore(Store):
    kind = "sqlite"

    def __init__(self, path: str | Path):
        super().__init__(str(path))
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # another ingest may hold the write lock: wait for it rather than fail at once
            self.conn = sqlite3.connect(str(path), timeout=LOCK_WAIT_SECONDS)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._use_wal()
            self.migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: not a Yanbao database: {e}") from e
        except OSError as e:
            raise StoreError(f"{path}: {(e.strerror or str(e)).lower()}") from e

    def migrate(self) -> None:
        """Create missing tables and bring an older database up to date, under the write lock.

        Two ingests may open a new database at once: reading the version outside the lock
        let both run the same step ("duplicate column"), and a schema written statement by
        statement could be refused mid-way ("database is locked", which WAL reports without
        waiting when another writer got in first). So the version is read again once the
        lock is held, and the whole set-up is one transaction."""
        if self._version() >= SCHEMA_VERSION:
            return
        # executescript would commit an open transaction first: the BEGIN goes in the script
        try:
            self.conn.executescript("BEGIN IMMEDIATE;\n" + SCHEMA)
            version = self._version()
            for step_version, step in MIGRATIONS:
                if step_version > version and step is not None:
                    step(self.conn)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise
        self.conn.commit()

    def _use_wal(self) -> None:
        """Write-ahead logging, so searches read while an ingest writes. Switching a new
        database's journal mode takes an exclusive lock and SQLite does not wait for it (the
        busy timeout is not consulted), so while another process holds the file this retries
        for as long as a write would wait."""
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def execute(self, sql: str, args: Iterable[Any] = ()):
        return self.conn.execute(sql, list(args))

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def document_transaction(self, doc_id: str) -> Iterator[None]:
        if self.conn.in_transaction:
            self.conn.commit()
        # the write lock first: a second ingest of the same files waits here, then finds
        # the document stored
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def _insert_index(self, doc_id: str, pages: list[tuple]) -> None:
        # the index row shares the page's rowid: datasette's search box on the pages table joins by it
        for _, number, text, _original in pages:
            rowid = self.conn.execute("SELECT rowid FROM pages WHERE doc_id = ? AND number = ?",
                                      (doc_id, number)).fetchone()[0]
            self.conn.execute("INSERT INTO pages_fts (rowid, words, doc_id, page) VALUES (?,?,?,?)",
                              (rowid, words_of(text), doc_id, number))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Pages matching every word of the query (either script), best first (bm25)."""
        words = query_words(query)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self.conn.execute(
            """SELECT f.doc_id, f.page, bm25(pages_fts) AS score,
                      snippet(pages_fts, 0, '【', '】', '…', 24) AS snippet, d.title, d.broker, d.date
               FROM pages_fts f JOIN documents d ON d.doc_id = f.doc_id
               WHERE pages_fts MATCH ? ORDER BY score, f.doc_id, f.page LIMIT ?""", (match, limit)).fetchall()
        return [{"doc_id": r["doc_id"], "page": r["page"], "score": round(-r["score"], 4),
                 "snippet": unsegment(r["snippet"]), "title": r["title"], "broker": r["broker"], "date": r["date"]}
                for r in rows]

    def close(self) -> None:
        self.conn.close()
