"""PostgreSQL: one database a desk shares, written by many ingests at once.

Full-text search indexes the same jieba-segmented, simplified text as SQLite, as a
`tsvector` of our own words under the `simple` configuration (no stemming, no stop
words), so two-character words (降价) and queries in either script match. Ranking is
bm25-like: each query word weighs by its rarity among pages (bm25's idf), times
`ts_rank` of that word on the page, which saturates with repetition and is normalised
by the page's length.

The schema version lives in `yanbao_schema`; migrations run under an advisory lock, so
two processes opening a new database at once create it once. Each document is written
in one transaction holding an advisory lock on its key, so two ingests of the same file
leave one copy.
"""
from __future__ import annotations

import math
import re
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from .base import Store, StoreError, query_words, unsegment, words_of

STEPS = [
    # 1: every table SQLite has, pages' index as its own table (as FTS5's is in SQLite)
    (1, """
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT, format TEXT, pages INTEGER,
    title TEXT, broker TEXT, date TEXT, script TEXT, status TEXT, extractor TEXT);
CREATE TABLE pages (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, number INTEGER NOT NULL,
    text TEXT NOT NULL, original TEXT, PRIMARY KEY (doc_id, number));
CREATE TABLE pages_fts (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER NOT NULL,
    words TEXT NOT NULL, tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED,
    PRIMARY KEY (doc_id, page));
CREATE INDEX pages_fts_tsv ON pages_fts USING GIN (tsv);
CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER, label TEXT,
    text TEXT, start INTEGER, "end" INTEGER, name TEXT, value TEXT);
CREATE INDEX entities_name ON entities(label, name);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE TABLE table_rows (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, kind TEXT, page INTEGER,
    model TEXT, vendor TEXT, date TEXT, source TEXT, evidence TEXT, "row" TEXT);
CREATE INDEX table_rows_model ON table_rows(kind, model);
CREATE INDEX table_rows_doc ON table_rows(doc_id);
CREATE TABLE price_points (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    vendor TEXT, model TEXT, date TEXT, direction TEXT, price_before DOUBLE PRECISION,
    price_after DOUBLE PRECISION, cut_pct DOUBLE PRECISION, currency TEXT, per TEXT, free_after INTEGER,
    source TEXT, evidence TEXT);
CREATE INDEX price_points_model ON price_points(model, date);
CREATE INDEX price_points_doc ON price_points(doc_id);
CREATE TABLE timeline (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    model TEXT, vendor TEXT, date TEXT, "precision" TEXT, event TEXT, evidence TEXT);
CREATE INDEX timeline_doc ON timeline(doc_id);
CREATE TABLE financials (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    company TEXT, ticker TEXT, item TEXT, period TEXT, value DOUBLE PRECISION, unit TEXT, statement TEXT,
    printed TEXT);
CREATE INDEX financials_item ON financials(item, period);
CREATE INDEX financials_doc ON financials(doc_id);
CREATE TABLE comparables (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    company TEXT, ticker TEXT, grp TEXT, metric TEXT, period TEXT, value TEXT, printed TEXT);
CREATE INDEX comparables_doc ON comparables(doc_id);
CREATE VIEW models AS
    SELECT name AS model, min(value::jsonb ->> 'vendor') AS vendor, count(*) AS mentions,
           count(DISTINCT doc_id) AS documents
    FROM entities WHERE label = 'MODEL' AND name IS NOT NULL GROUP BY name;
CREATE VIEW vendors AS
    SELECT name AS vendor, count(*) AS mentions, count(DISTINCT doc_id) AS documents
    FROM entities WHERE label = 'VENDOR' AND name IS NOT NULL GROUP BY name;
CREATE VIEW reports AS
    SELECT title, broker, date, pages, format, script, status, doc_id, path, sha256 FROM documents;
"""),
    # 2: a revision table's old forecast and change are marked (before / after / change)
    (2, "ALTER TABLE financials ADD COLUMN IF NOT EXISTS basis TEXT;"),
]
SCHEMA_VERSION = STEPS[-1][0]
_SCHEMA_LOCK = 0x7961_6E62  # "yanb": one advisory lock key for migrations


def is_url(target: str) -> bool:
    return bool(re.match(r"postgres(ql)?://", str(target)))


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


class PostgresStore(Store):
    kind = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str):
        super().__init__(_shown(url))
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as e:
            raise StoreError(f"{self.target}: PostgreSQL needs psycopg: pip install 'yanbao[postgres]'") from e
        self._url = url
        self._open()
        self.migrate()

    def _open(self) -> None:
        import psycopg
        from psycopg.rows import dict_row

        try:
            self.conn = psycopg.connect(self._url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as e:
            raise StoreError(f"{self.target}: cannot connect: {_first_line(e)}") from e

    def migrate(self) -> None:
        import psycopg

        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", [_SCHEMA_LOCK])
                self.conn.execute("CREATE TABLE IF NOT EXISTS yanbao_schema (version INTEGER NOT NULL)")
                found = self.conn.execute("SELECT version FROM yanbao_schema").fetchone()
                version = found["version"] if found else 0
                for step_version, sql in STEPS:
                    if step_version > version:
                        self.conn.execute(sql)
                if not found:
                    self.conn.execute("INSERT INTO yanbao_schema VALUES (%s)", [SCHEMA_VERSION])
                elif version < SCHEMA_VERSION:
                    self.conn.execute("UPDATE yanbao_schema SET version = %s", [SCHEMA_VERSION])
        except psycopg.Error as e:
            raise StoreError(f"{self.target}: cannot set up the Yanbao tables: {_first_line(e)}") from e

    def execute(self, sql: str, args: Iterable[Any] = ()):
        import psycopg

        try:
            return self.conn.execute(sql.replace("?", "%s"), list(args))
        except psycopg.OperationalError as e:  # the server went away: one line, not a traceback
            raise StoreError(f"{self.target}: {_first_line(e)}") from e

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        import psycopg

        try:
            with self.conn.cursor() as cur:
                cur.executemany(sql, rows)
        except psycopg.OperationalError as e:
            raise StoreError(f"{self.target}: {_first_line(e)}") from e

    def _save(self, head: dict, chunks) -> str:
        """As Store._save; a connection lost since the last document (a server restart)
        is opened again once before giving up."""
        if self.conn.closed or self.conn.broken:
            self.conn.close()
            self._open()
        try:
            return super()._save(head, chunks)
        except StoreError:
            if not (self.conn.closed or self.conn.broken):
                raise
            self.conn.close()
            self._open()
            return super()._save(head, chunks)

    @contextmanager
    def document_transaction(self, doc_id: str) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [doc_id])
            yield

    def _insert_index(self, doc_id: str, pages: list[tuple]) -> None:
        self.executemany("INSERT INTO pages_fts (doc_id, page, words) VALUES (%s, %s, %s)",
                         [(doc_id, number, words_of(text)) for _, number, text, _original in pages])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Pages matching every word of the query (either script), best first."""
        words = query_words(query)
        if not words:
            return []
        total = self.execute("SELECT count(*) AS n FROM pages_fts").fetchone()["n"]
        weights = []
        for w in words:  # bm25's idf: a word on few pages counts for more
            df = self.execute("SELECT count(*) AS n FROM pages_fts WHERE tsv @@ plainto_tsquery('simple', %s)",
                              [w]).fetchone()["n"]
            weights.append(math.log(1 + (total - df + 0.5) / (df + 0.5)))
        score = " + ".join(["%s * ts_rank(f.tsv, plainto_tsquery('simple', %s), 1)"] * len(words))
        args: list[Any] = [x for w, idf in zip(words, weights) for x in (idf, w)]
        rows = self.execute(
            f"""WITH hits AS (
                    SELECT f.doc_id, f.page, f.words, {score} AS score FROM pages_fts f
                    WHERE f.tsv @@ plainto_tsquery('simple', %s)
                    ORDER BY score DESC, f.doc_id, f.page LIMIT %s)
                SELECT h.doc_id, h.page, h.score, d.title, d.broker, d.date,
                       ts_headline('simple', h.words, plainto_tsquery('simple', %s),
                                   'StartSel=【, StopSel=】, MaxWords=24, MinWords=12') AS snippet
                FROM hits h JOIN documents d ON d.doc_id = h.doc_id ORDER BY h.score DESC, h.doc_id, h.page""",
            args + [" ".join(words), limit, " ".join(words)]).fetchall()
        return [{"doc_id": r["doc_id"], "page": r["page"], "score": round(float(r["score"]), 4),
                 "snippet": unsegment(r["snippet"]), "title": r["title"], "broker": r["broker"], "date": r["date"]}
                for r in rows]

    def close(self) -> None:
        self.conn.close()


def _first_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__
