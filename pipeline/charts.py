"""Charts as PNG files: a model's price history and the release timeline by vendor."""
from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path
from typing import Optional

from . import store


# a CJK font installed with Yanbao (the cvttf-notosanscjk-regular package ships Noto Sans
# CJK), else one the machine has; matplotlib is told of the shipped file directly, so no
# font cache needs rebuilding
_SYSTEM_CJK = ["Noto Sans CJK SC", "Noto Sans CJK TC", "WenQuanYi Zen Hei", "Source Han Sans SC", "SimHei"]


def shipped_cjk_font() -> Optional[Path]:
    """The Noto Sans CJK file installed with Yanbao, if it is there."""
    import importlib.util

    spec = importlib.util.find_spec("cvttf_NotoSansCJK_Regular")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for path in sorted(Path(folder).glob("*.otf")):
            return path
    return None


def cjk_font() -> Optional[str]:
    """The family name of the CJK font charts use, registering the shipped one; None when
    there is none (Chinese would draw as boxes)."""
    from matplotlib import font_manager

    path = shipped_cjk_font()
    if path is not None:
        font_manager.fontManager.addfont(str(path))
        return font_manager.FontProperties(fname=str(path)).get_name()
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((n for n in _SYSTEM_CJK if n in names), None)


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on a server
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font:
        matplotlib.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
    else:  # say why Chinese will draw as boxes, once, instead of a warning per glyph
        warnings.warn("no CJK font found: Chinese names will draw as boxes (pip install cvttf-notosanscjk-regular)",
                      stacklevel=2)
    return plt


def price_history(conn: sqlite3.Connection, model: str, out: str | Path) -> Path:
    """Step chart of a model's price per 1M tokens, input and output, from every report."""
    plt = _pyplot()
    points = [p for p in store.prices(conn, model=model) if p["date"]]
    if not points:
        raise ValueError(f"no dated price points for {model!r}")
    import datetime as dt

    def day(iso: str) -> dt.date:
        return dt.date.fromisoformat(iso if len(iso) == 10 else iso + "-01")

    fig, ax = plt.subplots(figsize=(8, 4.5))
    currency = points[0]["currency"] or ""
    last = max(day(p["report_date"]) for p in points if p.get("report_date")) if any(
        p.get("report_date") for p in points) else day(points[-1]["date"])
    for direction, style in (("input", "-o"), ("output", "--s")):
        series: dict = {}
        for p in points:
            if p["direction"] != direction:
                continue
            d = day(p["date"])
            if p["price_before"] is not None:  # the price until the cut, drawn a day before it
                series.setdefault(d - dt.timedelta(days=1), p["price_before"])
            if p["price_after"] is not None:
                series[d] = p["price_after"]
        if series:
            xs = sorted(series)
            ys = [series[x] for x in xs]
            # a price holds until the next change: carry the first back and the last on
            xs = [xs[0] - dt.timedelta(days=30)] + xs + [max(xs[-1], last) + dt.timedelta(days=30)]
            ys = [ys[0]] + ys + [ys[-1]]
            ax.step(xs, ys, style, where="post", label=direction, markevery=list(range(1, len(xs) - 1)))
    # each cut labelled with its percentage, where the report prints one
    labelled = set()
    for p in points:
        spot = (p["date"], p["price_after"])
        if p.get("cut_pct") and p["price_after"] is not None and spot not in labelled:
            labelled.add(spot)  # two reports printing the same cut (98%, 97.5%) label it once
            ax.annotate(f"−{p['cut_pct']:g}%", (day(p["date"]), p["price_after"]), textcoords="offset points",
                        xytext=(4, 6), fontsize=8)
    ax.set_title(f"{points[0]['model']}: price per 1M tokens ({currency})")
    ax.set_ylabel(f"{currency} / 1M tokens")
    ax.set_ylim(bottom=0)  # prices from zero: a cut from 20 to 0.5 looks like one
    ax.grid(True, alpha=0.3)
    ax.legend()
    sources = sorted({f"{p.get('broker') or p.get('title') or p['doc_id']} p.{p['page']}" for p in points})
    fig.text(0.01, -0.02, "Sources: " + "; ".join(sources[:6]) + (" …" if len(sources) > 6 else ""), fontsize=7,
             ha="left", va="top")
    import matplotlib.dates as mdates

    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    return _save(plt, fig, out)


def release_timeline(conn: sqlite3.Connection, out: str | Path, vendor: Optional[str] = None) -> Path:
    """Releases by vendor: one row per vendor, one marker per model."""
    plt = _pyplot()
    import datetime as dt

    rows = [r for r in store.timeline(conn) if r["event"] == "release" and r["date"]
            and (vendor is None or r["vendor"] == vendor)]
    if not rows:
        raise ValueError("no dated releases in the database")
    vendors = sorted({r["vendor"] or "unknown" for r in rows})
    fig, ax = plt.subplots(figsize=(10, 1 + 0.6 * len(vendors)))
    seen = set()
    for r in rows:
        key = (r["model"], r["date"])
        if key in seen:
            continue
        seen.add(key)
        d = dt.date.fromisoformat(r["date"] if len(r["date"]) == 10 else r["date"][:7] + "-01")
        y = vendors.index(r["vendor"] or "unknown")
        ax.plot([d], [y], "o")
        ax.annotate(r["model"], (d, y), textcoords="offset points", xytext=(4, 6), fontsize=8)
    ax.set_yticks(range(len(vendors)), vendors)
    ax.set_title("Model releases by vendor")
    ax.grid(True, axis="x", alpha=0.3)
    return _save(plt, fig, out)


def _save(plt, fig, out: str | Path) -> Path:
    fig.autofmt_xdate()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=120, bbox_inches="tight")
    plt.close(fig)
    return out
