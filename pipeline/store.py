"""The embedded database: SQLite, one file, nothing to install.

Documents, pages, entities, typed table rows, price points and the timeline, with
full-text search over jieba-segmented pages (FTS5's own tokenizers miss Chinese words:
trigram cannot find 降价, unicode61 sees a whole sentence as one word). Queries are
converted to simplified and segmented the same way, ranked by bm25, and every hit
names its page.

A document is keyed by the SHA-256 of its bytes: saving it again changes nothing; a
changed file (same path, new bytes) replaces the old document's rows. Each document is
written in one transaction, so a crash never leaves half a document.
"""
from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Iterable, Optional

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
    company TEXT, ticker TEXT, item TEXT, period TEXT, value REAL, unit TEXT, statement TEXT, printed TEXT);
CREATE INDEX IF NOT EXISTS financials_item ON financials(item, period);
CREATE TABLE IF NOT EXISTS comparables (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, page INTEGER,
    company TEXT, ticker TEXT, grp TEXT, metric TEXT, period TEXT, value TEXT, printed TEXT);
"""
CHILD_TABLES = ("pages", "entities", "table_rows", "price_points", "timeline", "financials", "comparables")
# PRAGMA user_version: 1 stored no financials; 2 adds them and the extractor of each
# document, so a document extracted again by a newer Yanbao replaces its rows
SCHEMA_VERSION = 2


def connect(db: str | Path) -> sqlite3.Connection:
    path = Path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    # another ingest may hold the write lock: wait for it rather than fail at once
    conn = sqlite3.connect(str(path), timeout=120)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(SCHEMA)
    migrate(conn)
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Bring an older database to SCHEMA_VERSION, step by step, in one transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    with conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
        if "extractor" not in columns:
            conn.execute("ALTER TABLE documents ADD COLUMN extractor TEXT")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


# ----------------------------------------------------------------------------- writing
def words_of(text: str) -> str:
    """Simplified, segmented text: what the FTS index stores and queries are made of."""
    from .segment import segment

    return " ".join(segment(text))


def has_document(conn: sqlite3.Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None


def save(conn: sqlite3.Connection, doc: dict) -> str:
    """Store one document JSON; returns 'unchanged', 'replaced' or 'added'."""
    doc_id, src = doc["doc_id"], doc["source"]
    stored = conn.execute("SELECT extractor FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if stored is not None and stored["extractor"] == src.get("extractor"):
        return "unchanged"
    if conn.in_transaction:
        conn.commit()
    # one transaction: all of the document or none of it. The write lock is taken first,
    # and the document looked up again under it: a second ingest of the same files waits,
    # then finds the document stored (no duplicate, no UNIQUE error)
    conn.execute("BEGIN IMMEDIATE")
    try:
        stored = conn.execute("SELECT extractor FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if stored is not None and stored["extractor"] == src.get("extractor"):
            conn.rollback()
            return "unchanged"
        old = _write(conn, doc)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return "replaced" if old else "added"


def _write(conn: sqlite3.Connection, doc: dict) -> list[str]:
    """The document's rows (inside the caller's transaction); returns the ids it replaced."""
    doc_id, src = doc["doc_id"], doc["source"]
    old = [r["doc_id"] for r in conn.execute("SELECT doc_id FROM documents WHERE path = ? OR doc_id = ?",
                                             (src["path"], doc_id))]
    for old_id in old:
        _delete(conn, old_id)
    m = doc.get("meta", {})
    conn.execute("INSERT INTO documents (doc_id, sha256, path, format, pages, title, broker, date, script, status,"
                 " extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                 (doc_id, src["sha256"], src["path"], src["format"], src["pages"], m.get("title"),
                  m.get("broker"), m.get("date"), m.get("script"), doc.get("status"), src.get("extractor")))
    for p in doc.get("pages", []):
        row = conn.execute("INSERT INTO pages VALUES (?,?,?,?)", (doc_id, p["number"], p["text"], p.get("original")))
        # the index row shares the page's rowid: datasette's search box on the pages table joins by it
        conn.execute("INSERT INTO pages_fts (rowid, words, doc_id, page) VALUES (?,?,?,?)",
                     (row.lastrowid, words_of(p["text"]), doc_id, p["number"]))
    conn.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)", [
        (doc_id, e.get("page"), e["label"], e["text"], e["start"], e["end"],
         (e.get("value") or {}).get("name"), json.dumps(e.get("value"), ensure_ascii=False))
        for e in doc.get("entities", [])])
    for t in doc.get("tables", []):
        if t.get("kind") == "other":
            continue
        for r in t.get("rows", []):
            conn.execute("INSERT INTO table_rows VALUES (?,?,?,?,?,?,?,?,?)",
                         (doc_id, t["kind"], r.get("page", t.get("page")), r.get("model"), r.get("vendor"),
                          r.get("date"), r.get("source"), r.get("evidence"), json.dumps(r, ensure_ascii=False)))
            if t["kind"] == "api_price_cuts":
                _price_points(conn, doc_id, t, r)
            elif t["kind"] == "model_timeline":
                conn.execute("INSERT INTO timeline VALUES (?,?,?,?,?,?,?,?)",
                             (doc_id, r.get("page"), r["model"], r.get("vendor"), r["date"], r.get("precision"),
                              r.get("event"), r.get("evidence")))
            elif t["kind"] == "financials":
                conn.execute("INSERT INTO financials VALUES (?,?,?,?,?,?,?,?,?,?)",
                             (doc_id, r.get("page"), m.get("company"), m.get("ticker"), r["item"], r["period"],
                              r.get("value"), r.get("unit"), r.get("statement"), r.get("printed")))
            elif t["kind"] == "comparables":
                conn.execute("INSERT INTO comparables VALUES (?,?,?,?,?,?,?,?,?)",
                             (doc_id, r.get("page"), r.get("company"), r.get("ticker"), r.get("group"),
                              r["metric"], r.get("period"), None if r.get("value") is None else str(r["value"]),
                              r.get("printed")))
    return old


def _price_points(conn, doc_id: str, table: dict, row: dict) -> None:
    for side in ("input", "output"):
        before, after = row.get(f"{side}_price_before"), row.get(f"{side}_price_after")
        if before is None and after is None:
            continue
        conn.execute("INSERT INTO price_points VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (doc_id, row.get("page", table.get("page")), row.get("vendor"), row.get("model"), row.get("date"),
                      side, before, after, row.get(f"{side}_cut_pct"), row.get("currency"), row.get("per"),
                      int(bool(row.get("free_after"))), row.get("source"), row.get("evidence")))


def _delete(conn: sqlite3.Connection, doc_id: str) -> None:
    conn.execute("DELETE FROM pages_fts WHERE doc_id = ?", (doc_id,))
    for table in CHILD_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))


def save_folder(db: str | Path, docs_dir: str | Path) -> dict[str, int]:
    """Store every document JSON of a folder (what `yanbao ingest` does after extracting)."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    with closing(connect(db)) as conn:
        for path in sorted(Path(docs_dir).glob("*.json")):
            counts[save(conn, json.loads(path.read_text("utf-8")))] += 1
    return counts


# ----------------------------------------------------------------------------- reading
def _simplified(text: str) -> str:
    """Queries are too short for script detection: convert whatever is traditional."""
    from . import script

    return script.to_simplified(text)[0]


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Pages matching every word of the query (either script), best first."""
    words = [w for w in words_of(_simplified(query)).split() if w]
    if not words:
        return []
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = conn.execute(
        """SELECT f.doc_id, f.page, bm25(pages_fts) AS score,
                  snippet(pages_fts, 0, '【', '】', '…', 24) AS snippet, d.title, d.broker, d.date
           FROM pages_fts f JOIN documents d ON d.doc_id = f.doc_id
           WHERE pages_fts MATCH ? ORDER BY score LIMIT ?""", (match, limit)).fetchall()
    return [{"doc_id": r["doc_id"], "page": r["page"], "score": round(-r["score"], 4),
             "snippet": _unsegment(r["snippet"]), "title": r["title"], "broker": r["broker"], "date": r["date"]}
            for r in rows]


def _unsegment(text: str) -> str:
    """The index stores words with spaces between them; Chinese reads without."""
    return re.sub(r"(?<=[^A-Za-z0-9\s])\s+|\s+(?=[^A-Za-z0-9\s])", "", text)


def _model_names(model: str) -> list[str]:
    """The canonical name and every alias the data files know for a model."""
    from .tag import known_model

    known = known_model(model)
    return [known["name"]] + known["aliases"] if known else [model]


def prices(conn: sqlite3.Connection, model: Optional[str] = None, vendor: Optional[str] = None) -> list[dict]:
    """Every price point, from every report, oldest first."""
    sql = ("SELECT p.*, d.title, d.broker, d.date AS report_date FROM price_points p "
           "JOIN documents d ON d.doc_id = p.doc_id WHERE 1 = 1")
    args: list[Any] = []
    if model:
        names = _model_names(model)
        sql += f" AND lower(p.model) IN ({','.join('?' * len(names))})"
        args += [n.lower() for n in names]
    if vendor:
        sql += " AND p.vendor = ?"
        args.append(_vendor_id(vendor))
    sql += " ORDER BY p.date, p.model, p.direction, p.doc_id"
    return [dict(r) for r in conn.execute(sql, args)]


def _vendor_id(vendor: str) -> str:
    from .quantities import _jsonl

    for v in _jsonl("vendors.jsonl"):
        if vendor.lower() == v["id"] or vendor.lower() in (n.lower() for n in v["names"]):
            return v["id"]
    return vendor.lower()


def models(conn: sqlite3.Connection) -> list[dict]:
    """Every model the database knows: vendor, how often and where it is mentioned,
    its stated parameter counts and release dates, source by source."""
    out: dict[str, dict] = {}
    for r in conn.execute("SELECT name, value, doc_id FROM entities WHERE label = 'MODEL' AND name IS NOT NULL"):
        m = out.setdefault(r["name"], {"model": r["name"], "vendor": None, "mentions": 0, "documents": set(),
                                        "params": [], "release": []})
        m["mentions"] += 1
        m["documents"].add(r["doc_id"])
        m["vendor"] = m["vendor"] or json.loads(r["value"]).get("vendor")
    for r in conn.execute("SELECT model, row, doc_id, page FROM table_rows WHERE kind = 'model_specs'"):
        row = json.loads(r["row"])
        m = out.setdefault(r["model"], {"model": r["model"], "vendor": None, "mentions": 0, "documents": set(),
                                        "params": [], "release": []})
        if row.get("params") is not None:
            m["params"].append({"value": row["params"], "doc_id": r["doc_id"], "page": r["page"]})
        if row.get("release"):
            m["release"].append({"value": row["release"], "doc_id": r["doc_id"], "page": r["page"]})
    for r in conn.execute("SELECT model, date, doc_id, page FROM timeline WHERE event = 'release'"):
        if r["model"] in out:
            out[r["model"]]["release"].append({"value": r["date"], "doc_id": r["doc_id"], "page": r["page"]})
    result = []
    for m in sorted(out.values(), key=lambda m: (-m["mentions"], m["model"])):
        m["documents"] = sorted(m["documents"])
        result.append(m)
    return result


def financials(conn: sqlite3.Connection, ticker: Optional[str] = None, item: Optional[str] = None,
               period: Optional[str] = None) -> list[dict]:
    """Every financials cell of every report, with the report it comes from; a ticker
    matches however it is printed (688981.SH, 688981 CH), an item by its printed name."""
    sql = ("SELECT f.*, d.broker, d.date AS report_date, d.title FROM financials f "
           "JOIN documents d ON d.doc_id = f.doc_id WHERE 1 = 1")
    args: list[Any] = []
    if item:
        sql += " AND f.item = ?"
        args.append(_simplified(item))
    if period:
        sql += " AND f.period = ?"
        args.append(period)
    sql += " ORDER BY f.item, f.period, d.date, f.doc_id, f.page"
    rows = [dict(r) for r in conn.execute(sql, args)]
    return [r for r in rows if not ticker or ticker_key(r["ticker"]) == ticker_key(ticker)]


def ticker_key(ticker: Optional[str]) -> str:
    """One key for a listing however it is printed: 688981.SH, 688981 CH → 688981;
    00981.HK, 981 HK → 981; NTES.US, NTES US → NTES."""
    t = (ticker or "").upper().strip()
    m = re.match(r"0*(\d+)", t)
    if m:
        return m.group(1)
    m = re.match(r"([A-Z]+)", t)
    return m.group(1) if m else t


def forecasts(conn: sqlite3.Connection, ticker: Optional[str] = None, item: Optional[str] = None) -> list[dict]:
    """A company's figures across reports side by side: one row per (item, period), a
    column per report (broker and date), each cell with its source page."""
    out: dict[tuple, dict] = {}
    for r in financials(conn, ticker, item):
        row = out.setdefault((r["item"], r["period"], r["unit"]), {"item": r["item"], "period": r["period"],
                                                                 "unit": r["unit"], "reports": []})
        if not any(x["doc_id"] == r["doc_id"] for x in row["reports"]):
            row["reports"].append({"broker": r["broker"], "date": r["report_date"], "value": r["value"],
                                   "doc_id": r["doc_id"], "page": r["page"]})
    return list(out.values())


def timeline(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT t.*, d.title FROM timeline t JOIN documents d ON d.doc_id = t.doc_id ORDER BY t.date, t.model")]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("documents",) + CHILD_TABLES
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def frame(db: str | Path, table: str):
    """Any table of the database as a pandas DataFrame, for analysts' notebooks."""
    import pandas as pd

    if table not in ("documents",) + CHILD_TABLES:
        raise ValueError(f"no table {table!r}")
    with closing(connect(db)) as conn:
        return pd.read_sql_query(f"SELECT * FROM {table}", conn)


def iter_docs(conn: sqlite3.Connection) -> Iterable[dict]:
    return (dict(r) for r in conn.execute("SELECT * FROM documents ORDER BY date, doc_id"))
