"""What both databases share: the rows a document becomes, how a document is written
(one transaction, replacing the rows of an older copy), and every query but search.

A backend supplies its connection, schema and migrations, its transaction for one
document, its full-text index and its search. Queries are written once, in SQL both
engines read, with `?` for parameters; rows come back as dicts and are ordered in
Python where the engines would order NULLs or text differently, so the same question
gets the same answer from SQLite and PostgreSQL.
"""
from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from typing import Any, Iterable, Optional

from ..periods import sort_key as period_sort_key

# every table, its columns in insert order; `documents` first, the children after
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "sha256", "path", "format", "pages", "title", "broker", "date", "script", "status",
                  "extractor"),
    "pages": ("doc_id", "number", "text", "original"),
    "entities": ("doc_id", "page", "label", "text", "start", "end", "name", "value"),
    "table_rows": ("doc_id", "kind", "page", "model", "vendor", "date", "source", "evidence", "row"),
    "price_points": ("doc_id", "page", "vendor", "model", "date", "direction", "price_before", "price_after",
                     "cut_pct", "currency", "per", "free_after", "source", "evidence"),
    "timeline": ("doc_id", "page", "model", "vendor", "date", "precision", "event", "evidence"),
    "financials": ("doc_id", "page", "company", "ticker", "item", "period", "value", "unit", "statement", "printed",
                   "basis"),
    "comparables": ("doc_id", "page", "company", "ticker", "grp", "metric", "period", "value", "printed"),
}
CHILD_TABLES = tuple(t for t in COLUMNS if t != "documents")


class StoreError(Exception):
    """The database cannot be used: a wrong URL, a server that does not answer, a file
    that is not a database. Its text is one line for the user."""


# ----------------------------------------------------------------------------- a document's rows
def words_of(text: str) -> str:
    """Simplified, segmented text: what the full-text index stores and queries are made of."""
    from ..segment import segment

    return " ".join(segment(text))


def as_json(doc) -> dict:
    """The store takes a Document or its JSON (a file under extracted/docs)."""
    return doc if isinstance(doc, dict) else doc.to_json()


def rows_of(doc: dict) -> dict[str, list[tuple]]:
    """Every row one document JSON becomes, table by table (pages' index rows apart)."""
    doc_id, src, m = doc["doc_id"], doc["source"], doc.get("meta", {})
    out: dict[str, list[tuple]] = {t: [] for t in COLUMNS}
    out["documents"].append((doc_id, src["sha256"], src["path"], src["format"], src["pages"], m.get("title"),
                             m.get("broker"), m.get("date"), m.get("script"), doc.get("status"), src.get("extractor")))
    out["pages"] = [(doc_id, p["number"], p["text"], p.get("original")) for p in doc.get("pages", [])]
    out["entities"] = [(doc_id, e.get("page"), e["label"], e["text"], e["start"], e["end"],
                        (e.get("value") or {}).get("name"), json.dumps(e.get("value"), ensure_ascii=False))
                       for e in doc.get("entities", [])]
    for t in doc.get("tables", []):
        if t.get("kind") == "other":
            continue
        for r in t.get("rows", []):
            out["table_rows"].append((doc_id, t["kind"], r.get("page", t.get("page")), r.get("model"), r.get("vendor"),
                                      r.get("date"), r.get("source"), r.get("evidence"),
                                      json.dumps(r, ensure_ascii=False)))
            if t["kind"] == "api_price_cuts":
                out["price_points"] += _price_points(doc_id, t, r)
            elif t["kind"] == "model_timeline":
                out["timeline"].append((doc_id, r.get("page"), r["model"], r.get("vendor"), r["date"],
                                        r.get("precision"), r.get("event"), r.get("evidence")))
            elif t["kind"] == "financials":
                out["financials"].append((doc_id, r.get("page"), m.get("company"), m.get("ticker"), r["item"],
                                          r["period"], r.get("value"), r.get("unit"), r.get("statement"),
                                          r.get("printed"), r.get("basis")))
            elif t["kind"] == "comparables":
                out["comparables"].append((doc_id, r.get("page"), r.get("company"), r.get("ticker"), r.get("group"),
                                           r["metric"], r.get("period"),
                                           None if r.get("value") is None else str(r["value"]), r.get("printed")))
    return out


def _price_points(doc_id: str, table: dict, row: dict) -> list[tuple]:
    points = []
    for side in ("input", "output"):
        before, after = row.get(f"{side}_price_before"), row.get(f"{side}_price_after")
        if before is None and after is None:
            continue
        points.append((doc_id, row.get("page", table.get("page")), row.get("vendor"), row.get("model"),
                       row.get("date"), side, before, after, row.get(f"{side}_cut_pct"), row.get("currency"),
                       row.get("per"), int(bool(row.get("free_after"))), row.get("source"), row.get("evidence")))
    return points


def insert_sql(table: str, placeholder: str = "?") -> str:
    columns = ", ".join(f'"{c}"' for c in COLUMNS[table])
    return f"INSERT INTO {table} ({columns}) VALUES ({', '.join([placeholder] * len(COLUMNS[table]))})"


def _nulls_first(*values) -> tuple:
    """A sort key both engines' rows agree on: None before any value, then the value."""
    return tuple((v is not None, v if v is not None else "") for v in values)


def unsegment(text: str) -> str:
    """The index stores words with spaces between them; Chinese reads without."""
    return re.sub(r"(?<=[^A-Za-z0-9\s])\s+|\s+(?=[^A-Za-z0-9\s])", "", text)


def simplified(text: str) -> str:
    """Queries are too short for script detection: convert whatever is traditional."""
    from .. import script

    return script.to_simplified(text)[0]


def query_words(query: str) -> list[str]:
    return [w for w in words_of(simplified(query)).split() if w]


def ticker_key(ticker: Optional[str]) -> str:
    """One key for a listing however it is printed: 688981.SH, 688981 CH → 688981;
    00981.HK, 981 HK → 981; NTES.US, NTES US → NTES."""
    t = (ticker or "").upper().strip()
    m = re.match(r"0*(\d+)", t)
    if m:
        return m.group(1)
    m = re.match(r"([A-Z]+)", t)
    return m.group(1) if m else t


# ----------------------------------------------------------------------------- the interface
class Store(ABC):
    """One database. Use as a context manager, or close() it. A backend (sqlite.py,
    postgres.py) supplies the abstract methods; everything else is written once here."""

    kind = ""  # "sqlite" | "postgresql"
    placeholder = "?"

    def __init__(self, target: str):
        self.target = target  # what --db named, for messages

    # -- what a backend supplies
    @abstractmethod
    def execute(self, sql: str, args: Iterable[Any] = ()):
        """Run one statement; returns a cursor whose rows read as mappings."""

    @abstractmethod
    def executemany(self, sql: str, rows: list[tuple]) -> None:
        """Run one statement over many rows."""

    @abstractmethod
    def document_transaction(self, doc_id: str) -> AbstractContextManager[None]:
        """All of one document or none of it; a second writer of the same document waits."""

    @abstractmethod
    def _insert_index(self, doc_id: str, pages: list[tuple]) -> None:
        """Index pages (rows as in the pages table) for full-text search."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Pages matching every word of the query, best first."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- shared
    def rows(self, sql: str, args: Iterable[Any] = ()) -> list[dict]:
        return [dict(r) for r in self.execute(sql, list(args))]

    def has_document(self, doc_id: str) -> bool:
        return bool(self.rows("SELECT 1 AS one FROM documents WHERE doc_id = ?", [doc_id]))

    def _stored_extractor(self, doc_id: str) -> tuple[bool, Optional[str]]:
        found = self.rows("SELECT extractor FROM documents WHERE doc_id = ?", [doc_id])
        return (True, found[0]["extractor"]) if found else (False, None)

    def save(self, doc) -> str:
        """Store one document (a Document or its JSON); returns 'unchanged', 'replaced' or
        'added'. A document stored by the same extractor is left alone; one from an older
        extractor, or an older file at the same path, is replaced in the same transaction."""
        doc = as_json(doc)
        return self._save(doc, lambda: [doc])

    def save_file(self, path) -> str:
        """Store a document JSON file; a spooled one (`spool`) a thousand items (or a
        million characters of pages) at a time, never parsed whole — still one transaction."""
        from .. import spool

        if not spool.is_spooled(path):
            return self.save(spool.load(path))
        head = spool.header(path)

        def chunks():  # one pass over the file
            batch, chars, current = [], 0, None
            for name, item in spool.items(path):
                if batch and (name != current or len(batch) == 1000 or chars > 1_000_000):  # pages are large
                    yield {**head, current: batch}
                    batch, chars = [], 0
                current = name
                batch.append(item)
                chars += len(item.get("text") or "")
            if batch:
                yield {**head, current: batch}

        return self._save(head, chunks)

    def _save(self, head: dict, chunks) -> str:
        """`head`: the document's own keys; `chunks()`: documents that share them and hold
        its pages, entities and tables between them."""
        doc_id, extractor = head["doc_id"], head["source"].get("extractor")
        if self._stored_extractor(doc_id) == (True, extractor):
            return "unchanged"
        with self.document_transaction(doc_id):
            # looked up again under the lock: a second ingest of the same file waited for
            # the first and now finds it stored (no duplicate, no UNIQUE error)
            if self._stored_extractor(doc_id) == (True, extractor):
                return "unchanged"
            old = [r["doc_id"] for r in self.rows("SELECT doc_id FROM documents WHERE path = ? OR doc_id = ?",
                                                  [head["source"]["path"], doc_id])]
            for old_id in old:
                self._delete(old_id)
            self.executemany(insert_sql("documents", self.placeholder), rows_of(head)["documents"])
            for chunk in chunks():
                self._insert_rows(doc_id, rows_of(chunk))
        return "replaced" if old else "added"

    def _insert_rows(self, doc_id: str, rows: dict[str, list[tuple]]) -> None:
        """A document's rows, its documents row apart."""
        self.executemany(insert_sql("pages", self.placeholder), rows["pages"])
        self._insert_index(doc_id, rows["pages"])
        for table in CHILD_TABLES:
            if table != "pages" and rows[table]:
                self.executemany(insert_sql(table, self.placeholder), rows[table])

    def _delete(self, doc_id: str) -> None:
        self.execute("DELETE FROM pages_fts WHERE doc_id = ?", [doc_id])
        for table in CHILD_TABLES:
            self.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        self.execute("DELETE FROM documents WHERE doc_id = ?", [doc_id])

    # -- reading
    def prices(self, model: Optional[str] = None, vendor: Optional[str] = None) -> list[dict]:
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
        rows = self.rows(sql, args)
        return sorted(rows, key=lambda r: _nulls_first(r["date"], r["model"], r["direction"], r["doc_id"],
                                                       r["page"], r["source"], r["price_after"]))

    def models(self) -> list[dict]:
        """Every model the database knows: vendor, how often and where it is mentioned,
        its stated parameter counts and release dates, source by source."""
        out: dict[str, dict] = {}

        def entry(name: str) -> dict:
            return out.setdefault(name, {"model": name, "vendor": None, "mentions": 0, "documents": set(),
                                         "params": [], "release": []})
        for r in self.rows("SELECT name, value, doc_id FROM entities WHERE label = 'MODEL' AND name IS NOT NULL "
                           "ORDER BY doc_id, start"):
            m = entry(r["name"])
            m["mentions"] += 1
            m["documents"].add(r["doc_id"])
            m["vendor"] = m["vendor"] or json.loads(r["value"]).get("vendor")
        for r in self.rows("SELECT model, \"row\", doc_id, page FROM table_rows WHERE kind = 'model_specs' "
                           "ORDER BY doc_id, page, \"row\""):
            row = json.loads(r["row"])
            m = entry(r["model"])
            if row.get("params") is not None:
                m["params"].append({"value": row["params"], "doc_id": r["doc_id"], "page": r["page"]})
            if row.get("release"):
                m["release"].append({"value": row["release"], "doc_id": r["doc_id"], "page": r["page"]})
        for r in self.rows("SELECT model, date, doc_id, page FROM timeline WHERE event = 'release' "
                           "ORDER BY doc_id, page, date"):
            if r["model"] in out:
                out[r["model"]]["release"].append({"value": r["date"], "doc_id": r["doc_id"], "page": r["page"]})
        result = []
        for m in sorted(out.values(), key=lambda m: (-m["mentions"], m["model"])):
            m["documents"] = sorted(m["documents"])
            result.append(m)
        return result

    def financials(self, ticker: Optional[str] = None, item: Optional[str] = None,
                   period: Optional[str] = None, revisions: bool = False) -> list[dict]:
        """Every financials cell of every report, with the report it comes from; a ticker
        matches however it is printed (688981.SH, 688981 CH), an item by its printed name.
        The report's current figures; with `revisions`, also a revision table's old forecast
        and change (`basis` before / change; its new forecast is `after`)."""
        sql = ("SELECT f.*, d.broker, d.date AS report_date, d.title FROM financials f "
               "JOIN documents d ON d.doc_id = f.doc_id WHERE 1 = 1")
        if not revisions:
            sql += " AND (f.basis IS NULL OR f.basis = 'after')"
        args: list[Any] = []
        if item:
            sql += " AND f.item = ?"
            args.append(simplified(item))
        if period:
            sql += " AND f.period = ?"
            args.append(period)
        rows = [r for r in self.rows(sql, args) if not ticker or ticker_key(r["ticker"]) == ticker_key(ticker)]
        # periods in time order (1Q24A, 2024A, 2025E), not as text
        return sorted(rows, key=lambda r: (_nulls_first(r["item"]), period_sort_key(r["period"]),
                                           _nulls_first(r["report_date"], r["doc_id"], r["page"], r["statement"],
                                                        r["printed"], r["value"], r.get("basis"))))

    def forecasts(self, ticker: Optional[str] = None, item: Optional[str] = None) -> list[dict]:
        """A company's figures across reports side by side: one row per (item, period), a
        column per report (broker and date), each cell with its source page."""
        out: dict[tuple, dict] = {}
        for r in self.financials(ticker, item):
            row = out.setdefault((r["item"], r["period"], r["unit"]), {"item": r["item"], "period": r["period"],
                                                                     "unit": r["unit"], "reports": []})
            if not any(x["doc_id"] == r["doc_id"] for x in row["reports"]):
                row["reports"].append({"broker": r["broker"], "date": r["report_date"], "value": r["value"],
                                       "doc_id": r["doc_id"], "page": r["page"]})
        return list(out.values())

    def timeline(self) -> list[dict]:
        rows = self.rows("SELECT t.*, d.title FROM timeline t JOIN documents d ON d.doc_id = t.doc_id")
        return sorted(rows, key=lambda r: _nulls_first(r["date"], r["model"], r["doc_id"], r["page"], r["event"]))

    def counts(self) -> dict[str, int]:
        return {t: self.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in COLUMNS}

    def frame(self, table: str):
        """One table as a pandas DataFrame, for analysts' notebooks."""
        import pandas as pd

        if table not in COLUMNS:
            raise ValueError(f"no table {table!r}")
        cur = self.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cur.description]
        return pd.DataFrame([list(r.values()) if isinstance(r, dict) else list(r) for r in cur], columns=columns)

    def iter_docs(self) -> list[dict]:
        return sorted(self.rows("SELECT * FROM documents"), key=lambda r: _nulls_first(r["date"], r["doc_id"]))


def _model_names(model: str) -> list[str]:
    """The canonical name and every alias the data files know for a model."""
    from ..tag import known_model

    known = known_model(model)
    return [known["name"]] + known["aliases"] if known else [model]


def _vendor_id(vendor: str) -> str:
    from ..quantities import _jsonl

    for v in _jsonl("vendors.jsonl"):
        if vendor.lower() == v["id"] or vendor.lower() in (n.lower() for n in v["names"]):
            return v["id"]
    return vendor.lower()
