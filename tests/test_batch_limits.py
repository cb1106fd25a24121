"""A batch survives anything a folder can hold: special files, huge or odd-named files,
bad bytes, a worker killed mid-batch, two ingests at once, an unusable --out or --db."""
import json
import os
import resource
import signal
import subprocess
import sys
import time

import badinputs
import pytest
from conftest import ROOT, run_cli

from pipeline import samples

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, /dev and /proc as on Linux")


def good_files(folder):
    samples.broker_report_pdf(folder / "good.pdf", samples.ReportSpec(body_pages=1))
    (folder / "good.txt").write_text("5月6日，深度求索发布DeepSeek-V2，输入价格每百万tokens 1元。", encoding="utf-8")
    return ["good.pdf", "good.txt"]


def test_one_batch_over_every_odd_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = good_files(folder)
    odd = badinputs.odd_files(folder)
    out = tmp_path / "out"
    # the same folder named twice (relative and absolute): each file is read once
    run = run_cli("ingest", os.path.relpath(folder, tmp_path), folder, "--out", out, "--jobs", "2",
                  "--max-size", "1", "--date", "2024-05-25", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.startswith("in/")]
    assert len(lines) == len(good) + len(odd), lines  # one line per file, never two
    for name, code in odd.items():
        (line,) = [line for line in lines if line.startswith(f"in/{name}:")]
        assert (code in line) if code else ("ingested" in line), line
    failures = {f["path"]: f["code"] for f in json.loads((out / "failures.json").read_text("utf-8"))}
    assert failures == {f"in/{name}": code for name, code in odd.items() if code.startswith("E")}
    docs = [json.loads(p.read_text("utf-8")) for p in (out / "docs").glob("*.json")]
    assert len(docs) == len(good) + sum(1 for c in odd.values() if not c.startswith("E"))
    assert {d["source"]["path"] for d in docs} >= {f"in/{g}" for g in good}
    # the long digit run was not read as a number, the figures after it were
    digits = next(d for d in docs if d["source"]["path"] == "in/digits.txt")
    assert [e["text"] for e in digits["entities"]] == ["GPT-4", "1.8万亿"]
    # peak memory of the batch and its workers
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 2 * 1024 * 1024  # KiB


def _children(pid):
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return out


def test_a_worker_killed_mid_batch_costs_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"r{i}.pdf" for i in range(6)]
    for name in names:
        samples.broker_report_pdf(folder / name, samples.ReportSpec(body_pages=3, title=f"报告 {name}"))
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(out), "--jobs", "2"],
                            stderr=subprocess.PIPE, text=True, env=env)
    killed = None
    deadline = time.time() + 120
    while killed is None and time.time() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= 2:
            time.sleep(1.0)  # let them start reading
            os.kill(workers[0], signal.SIGKILL)  # as the OOM killer would
            killed = workers[0]
        time.sleep(0.05)
    _, err = proc.communicate(timeout=600)
    assert killed is not None, "no worker seen"
    assert "Traceback" not in err and "BrokenProcessPool" not in err, err
    assert proc.returncode == 0, err
    stored = {json.loads(p.read_text("utf-8"))["source"]["path"] for p in (out / "docs").glob("*.json")}
    assert stored == {str(folder / n) for n in names}  # the killed worker's file was read again, alone


def _signal_dispositions():
    return signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)


def _stop(signum, frame):
    raise KeyboardInterrupt


def test_a_worker_dies_on_sigterm_whatever_the_command_made_of_it():
    """The command turns SIGTERM into KeyboardInterrupt; a forked worker must not keep that,
    or the pool's terminate() after a killed sibling lets it unwind into queue locks the
    sibling held, and the batch hangs joining it (seen once in CI: a 600 s timeout)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from pipeline import batch

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                                 initializer=batch._worker_init, initargs=(None,)) as pool:
            assert pool.submit(_signal_dispositions).result(timeout=60) == (signal.SIG_DFL, signal.SIG_IGN)
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_two_ingests_at_once_leave_one_copy(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"t{i}.txt").write_text(f"第{i}篇：GPT-4o输入价格每百万tokens {i + 1}美元。", encoding="utf-8")
    good_files(folder)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(out)]
    procs = [subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    for p, err in zip(procs, errs):
        assert p.returncode == 0 and "Traceback" not in err, err
    import sqlite3

    conn = sqlite3.connect(out / "yanbao.db")
    assert conn.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (5, 5)
    pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert pages == sum(len(json.loads(p.read_text("utf-8"))["pages"]) for p in (out / "docs").glob("*.json"))


def test_an_unusable_out_or_db_is_one_line(tmp_path):
    (tmp_path / "in.txt").write_text("GPT-4 发布。", encoding="utf-8")
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    run = run_cli("ingest", tmp_path / "in.txt", "--out", tmp_path / "a_file")
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "is a file" in run.stderr, run.stderr
    (tmp_path / "not.db").write_text("this is not a database", encoding="utf-8")
    run = run_cli("ingest", tmp_path / "in.txt", "--out", tmp_path / "out", "--db", tmp_path / "not.db")
    assert run.returncode == 2 and "Traceback" not in run.stderr and "not.db" in run.stderr, run.stderr
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.geteuid() != 0:  # root writes anywhere: nothing to test there
            run = run_cli("ingest", tmp_path / "in.txt", "--out", locked / "out")
            assert run.returncode == 2 and "not writable" in run.stderr, run.stderr
    finally:
        locked.chmod(0o700)


def test_sigterm_stops_the_batch_with_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        samples.broker_report_pdf(folder / f"r{i}.pdf", samples.ReportSpec(body_pages=3))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(folder), "--out", str(tmp_path / "out"),
                             "--jobs", "2"], stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 120
    while len(_children(proc.pid)) < 2 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err and "interrupted" in err, err
    time.sleep(0.5)
    assert not [w for w in workers if os.path.exists(f"/proc/{w}") and "Z" not in open(f"/proc/{w}/stat").read()]
    # every document written is whole
    for p in (tmp_path / "out" / "docs").glob("*.json"):
        json.loads(p.read_text("utf-8"))


def test_a_file_over_the_time_limit_is_one_line(tmp_path, monkeypatch):
    from pipeline import batch, inputs, ingest

    real = ingest.read_parts

    def slow(path, date=None):  # a file that would take far longer than its limit
        time.sleep(5)
        yield from real(path, date)

    monkeypatch.setattr(ingest, "read_parts", slow)
    monkeypatch.setattr(inputs, "MAX_SECONDS", 1)
    (tmp_path / "a.txt").write_text("GPT-4发布。", encoding="utf-8")
    started = time.perf_counter()
    r = batch.ingest_one(tmp_path / "a.txt", tmp_path / "out")
    assert time.perf_counter() - started < 4
    assert (r.status, r.code) == ("failed", "E017") and "--max-seconds" in r.message


def test_a_pdf_with_an_empty_media_box_reads_as_its_twin(tmp_path):
    """A writer that leaves /MediaBox [0 0 0 0]: the text is still there, not 'needs OCR'."""
    import re

    from pipeline.ingest import read_document

    whole = samples.broker_report_pdf(tmp_path / "whole.pdf", samples.ReportSpec(body_pages=1))
    empty = tmp_path / "empty_box.pdf"
    empty.write_bytes(re.sub(rb"/MediaBox\s*\[\s*0 0 [\d.]+ [\d.]+\s*\]", b"/MediaBox [ 0 0 0 0 ]", whole.read_bytes()))
    a, b = read_document(whole), read_document(empty)
    assert not [w for w in b.warnings if w.code in ("W001", "W004")]
    assert [p.text for p in b.pages] == [p.text for p in a.pages]
    assert len(b.tables) == len(a.tables)
