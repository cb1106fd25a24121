"""The database: documents, pages, entities, typed table rows, price points, the
timeline, financials and comparables, with full-text search over jieba-segmented pages
in either script; every hit names its page.

Two backends behind one interface (`base.Store`): SQLite, the embedded default (one
file, nothing to install), and PostgreSQL for a desk that shares one database
(`--db postgresql://user@host/db`). `connect(target)` picks by what it is given.

A document is keyed by the SHA-256 of its bytes: saving it again changes nothing; a
changed file (same path, new bytes) replaces the old document's rows. Each document is
written in one transaction, so a crash never leaves half a document.

The functions below (`search(store, …)`, `prices(store, …)`) are the store's methods
under the names scripts already use.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

from .base import CHILD_TABLES, COLUMNS, Store, StoreError, rows_of, ticker_key, unsegment, words_of  # noqa: F401
from .postgres import is_url


def connect(target: str | os.PathLike) -> Store:
    """A database by path (SQLite) or URL (postgresql://…); its tables are created or
    brought up to date. Raises StoreError with one line when it cannot be used."""
    if is_url(str(target)):
        from .postgres import PostgresStore

        return PostgresStore(str(target))
    from .sqlite import SQLiteStore

    return SQLiteStore(Path(target))


def exists(target: str | os.PathLike) -> bool:
    """Whether there is a database to read: a URL is assumed to name one (connect says
    if not); a path must exist."""
    return is_url(str(target)) or Path(target).exists()


def has_document(store: Store, doc_id: str) -> bool:
    return store.has_document(doc_id)


def save(store: Store, doc) -> str:
    """Store one document (a Document or its JSON): 'added', 'replaced' or 'unchanged'."""
    return store.save(doc)


def save_folder(target: str | os.PathLike, docs_dir: str | os.PathLike) -> dict[str, int]:
    """Store every document JSON of a folder (what `yanbao ingest` does after extracting)."""
    counts = {"added": 0, "replaced": 0, "unchanged": 0}
    with connect(target) as store:
        for path in sorted(Path(docs_dir).glob("*.json")):
            counts[store.save_file(path)] += 1
    return counts


def search(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    return store.search(query, limit)


def prices(store: Store, model: Optional[str] = None, vendor: Optional[str] = None) -> list[dict]:
    return store.prices(model=model, vendor=vendor)


def models(store: Store) -> list[dict]:
    return store.models()


def financials(store: Store, ticker: Optional[str] = None, item: Optional[str] = None,
               period: Optional[str] = None, revisions: bool = False) -> list[dict]:
    return store.financials(ticker, item, period, revisions)


def forecasts(store: Store, ticker: Optional[str] = None, item: Optional[str] = None) -> list[dict]:
    return store.forecasts(ticker, item)


def timeline(store: Store) -> list[dict]:
    return store.timeline()


def counts(store: Store) -> dict[str, int]:
    return store.counts()


def iter_docs(store: Store) -> list[dict]:
    return store.iter_docs()


def frame(target: str | os.PathLike, table: str):
    """Any table of a database (path or URL) as a pandas DataFrame, for notebooks."""
    with connect(target) as store:
        return store.frame(table)
