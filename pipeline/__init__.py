"""Yanbao: broker research reports → a database a research desk can trust."""
from functools import lru_cache

__version__ = "0.2.0"


def data_text(name: str) -> str:
    """A file of the package's data/ folder (catalogues, patterns, layouts), whatever name
    the package was imported under (`yanbao`, or `pipeline` from a checkout)."""
    from importlib import resources

    return resources.files(__name__).joinpath("data", name).read_text("utf-8")


@lru_cache(maxsize=None)
def data_json(name: str):
    """A JSON file of data/, parsed once (line_items.json is read by normalize and verify alike)."""
    import json

    return json.loads(data_text(name))


# ----------------------------------------------------------------------------- the library face
# Imports happen inside the functions: `import yanbao` stays cheap (the batch's skip path
# relies on it), and each function loads only the stages it needs.
def extract(path, date=None):
    """One file (PDF, .txt, .md, .html) → its `Document`: pages, meta, entities, tables."""
    from .ingest import read_document

    return read_document(path, date=date)


def verify(doc):
    """Recompute a Document's figures: {"doc_id", "checks": [...], "summary": {...}}."""
    from .verify import verify as run

    return run(doc)


def checks_frame(result):
    """verify's checks as a pandas DataFrame, one row per check."""
    from .verify import frame

    return frame(result)


def table_frame(doc, kind):
    """A Document's typed rows of one kind (financials, comparables, api_price_cuts, …) as
    a pandas DataFrame, one row per printed number or fact."""
    import pandas as pd

    return pd.DataFrame([r for t in doc.tables if t.kind == kind for r in t.rows])


def financials_frame(doc, statement=None):
    """A company report's financials as a wide pandas DataFrame: one row per line item
    (in printed order, with its unit and statement), one column per period."""
    df = table_frame(doc, "financials")
    if df.empty:
        return df
    if statement:
        df = df[df["statement"] == statement]
    df = df.assign(order=range(len(df)))
    keys = ["statement", "item", "unit"]
    order = df.groupby(keys, dropna=False)["order"].min()
    wide = df.pivot_table(index=keys, columns="period", values="value", aggfunc="first", dropna=False)
    wide = wide.reindex(order.sort_values().index)
    return wide[sorted(wide.columns)]
