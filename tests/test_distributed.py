"""The batch on Ray: a local Ray gives the very documents a local batch gives, a rerun
skips what is done without starting Ray, and a worker killed mid-document costs a retry."""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import closing

import pytest
from conftest import ROOT, run_cli

from pipeline import store
from pipeline.batch import ingest_paths

ray = pytest.importorskip("ray", reason="the Ray tests need Ray: pip install -e '.[test,scale]'")


@pytest.fixture
def ray_tmp(monkeypatch):
    """Ray's session files in a short temporary folder of the test's own (its socket
    paths must stay under 108 bytes), removed after."""
    folder = tempfile.mkdtemp(prefix="yr")
    monkeypatch.setenv("RAY_TMPDIR", folder)
    monkeypatch.setenv("HOME", folder)  # Ray keeps its token in ~/.ray
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def corpus(sample_dir):
    """raw/'s reports: price notes, a model table, two company reports with statements."""
    return sample_dir


def test_ray_batch_matches_a_local_batch_document_for_document(corpus, tmp_path, ray_tmp):
    local = ingest_paths([corpus], out=tmp_path / "local", jobs=2, db=tmp_path / "local.db")
    on_ray = ingest_paths([corpus], out=tmp_path / "ray", jobs=2, db=tmp_path / "ray.db", executor="ray")
    assert not on_ray.failed and not local.failed
    assert sorted((f.path, f.doc_id, f.pages) for f in on_ray.files) == \
        sorted((f.path, f.doc_id, f.pages) for f in local.files)
    names = sorted(p.name for p in (tmp_path / "local" / "docs").glob("*.json"))
    assert names == sorted(p.name for p in (tmp_path / "ray" / "docs").glob("*.json"))
    assert len(names) == len(local.files) == 6
    for name in names:
        assert (tmp_path / "ray" / "docs" / name).read_bytes() == (tmp_path / "local" / "docs" / name).read_bytes()
    merged = sorted(p.name for p in (tmp_path / "local" / "tables").glob("*.json"))
    assert merged == sorted(p.name for p in (tmp_path / "ray" / "tables").glob("*.json")) and merged
    for name in merged:
        assert json.loads((tmp_path / "ray" / "tables" / name).read_text("utf-8")) == \
            json.loads((tmp_path / "local" / "tables" / name).read_text("utf-8"))
    with closing(store.connect(tmp_path / "local.db")) as a, closing(store.connect(tmp_path / "ray.db")) as b:
        assert store.counts(a) == store.counts(b) and store.financials(a) == store.financials(b)
    assert not ray.is_initialized(), "the batch shuts down the Ray it started"
    # a rerun skips what is done, and starts no Ray for it
    again = ingest_paths([corpus], out=tmp_path / "ray", jobs=2, db=tmp_path / "ray.db", executor="ray")
    assert {f.status for f in again.files} == {"unchanged"}


def test_a_rerun_skips_what_the_database_already_has(corpus, tmp_path, ray_tmp):
    ingest_paths([corpus], out=tmp_path / "first", db=tmp_path / "y.db")
    # a new output folder: only the database knows these documents
    again = ingest_paths([corpus], out=tmp_path / "second", db=tmp_path / "y.db", executor="ray")
    assert {f.status for f in again.files} == {"unchanged"} and not ray.is_initialized()


def _ray_workers_reading() -> list[int]:
    found = subprocess.run(["pgrep", "-f", "ray::_read_on_worker"], capture_output=True, text=True)
    return [int(p) for p in found.stdout.split()]


def test_a_ray_worker_killed_mid_document_costs_a_retry(tmp_path, ray_tmp):
    folder = tmp_path / "in"
    folder.mkdir()
    # long enough to be caught reading: tagging runs at about half a megabyte a second
    line = "2024年5月21日，阿里云宣布Qwen-Long输入价格从0.02元/千tokens降至0.0005元/千tokens，降幅97%。\n"
    (folder / "long.txt").write_text(line * 6000, encoding="utf-8")
    for i in range(3):
        (folder / f"short{i}.txt").write_text(f"第{i}篇：GPT-4o输入价格每百万tokens {i + 1}美元。", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # paths relative to where the command runs: Ray's workers run elsewhere
    cmd = [sys.executable, "-m", "pipeline", "ingest", "in", "--out", "out", "--jobs", "2", "--executor", "ray"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    killed = []
    deadline = time.monotonic() + 120
    while not killed and proc.poll() is None and time.monotonic() < deadline:
        for pid in _ray_workers_reading():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        time.sleep(0.05)
    err = proc.communicate(timeout=600)[1]
    assert killed, "no Ray worker was seen reading a file"
    assert "Traceback" not in err and proc.returncode in (0, 1), err
    # the retry completed the file; had every try died, a rerun would (and must) complete it
    if proc.returncode:
        assert "E015" in err
        rerun = run_cli(*cmd[3:], cwd=tmp_path)
        assert rerun.returncode == 0, rerun.stderr
    docs = list((tmp_path / "out" / "docs").glob("*.json"))
    assert len(docs) == 4 and {json.loads(p.read_text("utf-8"))["source"]["path"] for p in docs} == \
        {"in/long.txt", "in/short0.txt", "in/short1.txt", "in/short2.txt"}
    with closing(store.connect(tmp_path / "out" / "yanbao.db")) as conn:
        assert store.counts(conn)["documents"] == 4 and store.search(conn, "Qwen-Long")


def test_an_unreachable_ray_address_is_one_line_and_exit_2(tmp_path, sample_dir, ray_tmp):
    ran = run_cli("ingest", sample_dir, "--out", tmp_path / "out", "--executor", "ray", "--ray-address",
                  "127.0.0.1:1")
    assert ran.returncode == 2 and "Traceback" not in ran.stderr, ran.stderr
    assert ran.stderr.strip().splitlines()[-1].startswith("yanbao ingest: error: --ray-address 127.0.0.1:1")
