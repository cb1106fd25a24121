"""Charts as PNG files, and the read-only browser over HTTP on loopback."""
import json
import os
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from contextlib import closing

import pytest
from conftest import ROOT

from pipeline import charts, store
from pipeline.batch import ingest_paths


@pytest.fixture(scope="module")
def db(tmp_path_factory, sample_dir):
    out = tmp_path_factory.mktemp("serve")
    ingest_paths([sample_dir], out=out, db=out / "yanbao.db")
    return out / "yanbao.db"


def test_price_chart_and_timeline_are_pngs(db, tmp_path):
    with closing(store.connect(db)) as conn:
        a = charts.price_history(conn, "Qwen-Long", tmp_path / "qwen.png")
        b = charts.release_timeline(conn, tmp_path / "timeline.png")
        with pytest.raises(ValueError):
            charts.price_history(conn, "No-Such-Model", tmp_path / "none.png")
    for p in (a, b):
        data = p.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.read().decode("utf-8")


class Served:
    """`yanbao serve`'s datasette on a free loopback port, for the length of a test."""

    def __init__(self, db, tmp=None):
        import sys

        self.port = _free_port()
        env = dict(os.environ, PYTHONPATH=str(ROOT), **({"TMPDIR": str(tmp)} if tmp else {}))
        self.proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", str(db), "--port",
                                      str(self.port)], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.home = _get(self.url("/"))
                return
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.close()
                    raise
                time.sleep(0.3)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


def test_serve_answers_home_page_and_canned_query(db):
    served = Served(db)
    port = served.port
    status, home = served.home
    try:
        assert status == 200 and "Yanbao" in home
        status, body = _get(f"http://127.0.0.1:{port}/yanbao/models.json?_shape=array")
        assert any(r["model"] == "Qwen-Long" and r["vendor"] == "alibaba" for r in json.loads(body))
        status, body = _get(f"http://127.0.0.1:{port}/yanbao/price_history.json?_shape=array&model=Qwen-Long")
        rows = json.loads(body)
        assert status == 200 and any(r["price_before"] == 20 and r["price_after"] == 0.5 for r in rows)
        status, body = _get(f"http://127.0.0.1:{port}/yanbao/latest_price_per_model.json?_shape=array")
        assert {r["model"] for r in json.loads(body)} >= {"Qwen-Long", "DeepSeek-V2"}
        # read-only: datasette refuses writes to an immutable database
        req = urllib.request.Request(f"http://127.0.0.1:{port}/yanbao/-/create", data=b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=5)
    finally:
        served.close()


def test_serve_searches_pages_shows_reports_readably_and_stops_cleanly(db, tmp_path):
    served = Served(db, tmp=tmp_path)
    try:
        status, body = _get(served.url("/yanbao/search_pages.json?_shape=array&q=" + urllib.parse.quote("降价")))
        hits = json.loads(body)
        assert status == 200 and hits and all("【降价】" in h["snippet"] for h in hits)
        status, body = _get(served.url("/yanbao/pages.json?_shape=array&_search=" + urllib.parse.quote("降价")))
        pages = json.loads(body)
        assert status == 200 and pages and all("降价" in p["text"] for p in pages)  # the search box of the table
        status, body = _get(served.url("/yanbao/reports.json?_shape=objects"))
        assert list(json.loads(body)["rows"][0])[:3] == ["title", "broker", "date"]
        assert list(tmp_path.glob("yanbao-serve-*"))  # its settings, while it runs
    finally:
        served.proc.terminate()  # SIGTERM to yanbao: it stops datasette and removes its files
        served.proc.wait(timeout=20)
    assert not list(tmp_path.glob("yanbao-serve-*"))
    with socket.socket() as s:
        # the port is free again: no listener holds it (TIME_WAIT of our own requests aside)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", served.port))
        s.listen()


CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on this machine (Debian package chromium)")
def test_a_real_browser_renders_the_price_history(db, tmp_path):
    served = Served(db)
    try:
        out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                              served.url("/yanbao/price_history?model=Qwen-Long")],
                             capture_output=True, text=True, timeout=120)
        assert "Price history of one model" in out.stdout and "Qwen-Long" in out.stdout
        assert "0.5" in out.stdout
    finally:
        served.close()


def test_charts_draw_chinese_with_the_font_yanbao_installs(db, tmp_path, recwarn):
    import warnings

    assert charts.cjk_font() is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would warn: none may
        with closing(store.connect(db)) as conn:
            charts.release_timeline(conn, tmp_path / "timeline.png")
            charts.price_history(conn, "Qwen-Long", tmp_path / "qwen.png")


def test_a_price_chart_starts_at_zero_and_names_its_cuts_and_sources(db, tmp_path, monkeypatch):
    shown = {}

    def keep(plt, fig, out):
        shown["fig"] = fig
        return out
    monkeypatch.setattr(charts, "_save", keep)
    with closing(store.connect(db)) as conn:
        charts.price_history(conn, "Qwen-Long", tmp_path / "qwen.png")
    fig = shown["fig"]
    ax = fig.axes[0]
    assert ax.get_ylim()[0] == 0
    assert any(t.get_text().startswith("−") and t.get_text().endswith("%") for t in ax.texts)  # the cut, labelled
    assert any(t.get_text().startswith("Sources: ") for t in fig.texts)
