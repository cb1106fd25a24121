"""Charts as PNG files, and the read-only browser over HTTP on loopback."""
import json
import socket
import subprocess
import time
import urllib.request
from contextlib import closing

import pytest
from conftest import ROOT

from pipeline import charts, store
from pipeline.batch import ingest_paths
from pipeline.cli import serve_command


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


def test_serve_answers_home_page_and_canned_query(db):
    port = _free_port()
    proc = subprocess.Popen(serve_command(str(db), "127.0.0.1", port), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, home = _get(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
        assert status == 200 and "Yanbao" in home
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
        proc.terminate()
        proc.wait(timeout=10)
