"""SQLite and PostgreSQL behind one store: the same commands give the same answers, a
document is written whole or not at all, concurrent ingests leave one copy, and a
database that cannot be used is one line."""
import json
import os
import subprocess
import sys
from contextlib import closing

import pytest
from conftest import ROOT, run_cli

from pipeline import store
from pipeline.batch import ingest_paths

QUERIES = ["降价", "通義千問 降價", "Qwen-Long", "营业收入", "模型 价格", "GPT-4o", "训练", "不存在的词语组合"]


@pytest.fixture(scope="module")
def corpus(sample_dir):
    """raw/'s reports: price notes, a model table, two company reports (financials, comparables)."""
    return sample_dir


@pytest.fixture(scope="module")
def both(tmp_path_factory, corpus, postgres_server):
    """The same corpus ingested into SQLite and into a new PostgreSQL database."""
    import psycopg

    out = tmp_path_factory.mktemp("out")
    ingest_paths([corpus], out=out, db=out / "y.db")
    name = "yanbao_test_both"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    url = postgres_server.rsplit("/", 1)[0] + "/" + name
    result = ingest_paths([corpus], out=out, db=url)  # documents already extracted: stored from out/docs
    assert not result.failed
    yield out / "y.db", url
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """An empty database of each kind."""
    if request.param == "sqlite":
        return str(tmp_path / "y.db")
    return request.getfixturevalue("postgres_db")


def _hits(conn, query):
    return [(h["doc_id"], h["page"]) for h in store.search(conn, query)]


def test_the_same_answers_from_both_backends(both):
    lite, pg = both
    with closing(store.connect(lite)) as a, closing(store.connect(pg)) as b:
        assert store.counts(a) == store.counts(b)
        assert store.counts(a)["financials"] > 50 and store.counts(a)["price_points"] > 0
        for q in QUERIES:
            assert sorted(_hits(a, q)) == sorted(_hits(b, q)), q
        assert store.models(a) == store.models(b)
        for m in store.models(a)[:15]:
            assert store.prices(a, model=m["model"]) == store.prices(b, model=m["model"]), m["model"]
        assert store.prices(a) == store.prices(b)
        assert store.timeline(a) == store.timeline(b)
        assert store.financials(a) == store.financials(b)
        assert store.forecasts(a, item="营业收入") == store.forecasts(b, item="营业收入")
        assert [d["doc_id"] for d in store.iter_docs(a)] == [d["doc_id"] for d in store.iter_docs(b)]


def test_the_same_cli_output_from_both_backends(both):
    lite, pg = both
    for args in (["prices", "--model", "Qwen-Long"], ["models"], ["timeline"], ["financials", "--item", "营业收入"],
                 ["financials", "--compare", "--item", "净利润"]):
        a, b = run_cli(*args, "--json", "--db", lite), run_cli(*args, "--json", "--db", pg)
        assert a.returncode == b.returncode == 0, (a.stderr, b.stderr)
        assert json.loads(a.stdout) == json.loads(b.stdout), args
    a, b = run_cli("search", "通義千問", "降價", "--json", "--db", lite), run_cli("search", "通義千問", "降價", "--json",
                                                                             "--db", pg)
    assert {(h["doc_id"], h["page"]) for h in json.loads(a.stdout)} == {(h["doc_id"], h["page"])
                                                                      for h in json.loads(b.stdout)}


def test_postgres_search_finds_words_in_either_script_and_marks_them(both):
    _, pg = both
    with closing(store.connect(pg)) as conn:
        hits = store.search(conn, "通義千問 降價")
        assert hits and "【通义千问】" in hits[0]["snippet"] and "【降价】" in hits[0]["snippet"]
        assert store.search(conn, "降价") and store.search(conn, "   ") == []
        # ranked: the page that says 降价 most often, in the fewest words, comes first
        scores = [h["score"] for h in store.search(conn, "降价")]
        assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_frames_from_a_url(both):
    _, pg = both
    df = store.frame(pg, "financials")
    assert {"item", "period", "value", "doc_id"} <= set(df.columns) and len(df) > 50


def test_ingesting_twice_changes_nothing_and_a_changed_file_replaces_its_rows(target, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    p = folder / "note.txt"
    p.write_text("2024年5月21日，阿里云宣布Qwen-Long输入价格降至0.5元/百万tokens。", encoding="utf-8")
    ingest_paths([folder], out=tmp_path / "out", db=target)
    with closing(store.connect(target)) as conn:
        before = store.counts(conn)
    ingest_paths([folder], out=tmp_path / "out", db=target)
    with closing(store.connect(target)) as conn:
        assert store.counts(conn) == before and before["price_points"] == 1
    p.write_text("2024年5月22日，腾讯宣布混元-lite免费。", encoding="utf-8")
    ingest_paths([folder], out=tmp_path / "out", db=target)
    with closing(store.connect(target)) as conn:
        assert store.counts(conn)["documents"] == 1
        assert store.search(conn, "Qwen") == [] and store.search(conn, "混元")


def test_a_crash_mid_document_leaves_nothing_of_it(target, tmp_path, monkeypatch, sample_dir):
    out = tmp_path / "out"
    ingest_paths([sample_dir / "traditional_qwen_price_cut.txt"], out=out)
    doc = json.loads(next((out / "docs").glob("*.json")).read_text("utf-8"))
    with closing(store.connect(target)) as conn:
        real = type(conn)._insert_rows

        def crash(self, doc_id, rows):  # the documents row is in; its pages half written
            self.executemany(store.base.insert_sql("pages", self.placeholder), rows["pages"][:1])
            raise RuntimeError("power cut")
        monkeypatch.setattr(type(conn), "_insert_rows", crash)
        with pytest.raises(RuntimeError):
            store.save(conn, doc)
        assert all(n == 0 for n in store.counts(conn).values())
        monkeypatch.setattr(type(conn), "_insert_rows", real)
        assert store.save(conn, doc) == "added" and store.save(conn, doc) == "unchanged"


def test_a_document_the_database_cannot_take_is_stored_by_the_rerun(target, tmp_path, monkeypatch, sample_dir):
    out = tmp_path / "out"
    real = store.base.Store.save
    refused = []

    def flaky(self, doc):
        data = store.base.as_json(doc)
        if not refused:
            refused.append(data["doc_id"])
            raise store.StoreError(f"{self.target}: server closed the connection unexpectedly")
        return real(self, doc)
    monkeypatch.setattr(store.base.Store, "save", flaky)
    first = ingest_paths([sample_dir], out=out, db=target)
    lost = [f for f in first.files if f.doc_id == refused[0]]
    assert lost and any(w.startswith("W015") for w in lost[0].warnings) and not first.failed
    with closing(store.connect(target)) as conn:
        assert store.counts(conn)["documents"] == len(first.files) - 1
    monkeypatch.undo()
    ingest_paths([sample_dir], out=out, db=target)
    with closing(store.connect(target)) as conn:
        assert store.counts(conn)["documents"] == len(first.files)


def test_postgres_reconnects_after_losing_its_connection_mid_batch(postgres_db, tmp_path, sample_dir, postgres_server):
    import psycopg

    seen = []

    def kill_connections(result):  # the server drops every connection to the batch's database
        seen.append(result)
        if len(seen) == 2:
            with psycopg.connect(postgres_server, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                              [postgres_db.rsplit("/", 1)[1]])
    result = ingest_paths([sample_dir], out=tmp_path / "out", db=postgres_db, on_result=kill_connections)
    assert not result.failed and not any(w.startswith("W015") for f in result.files for w in f.warnings)
    with closing(store.connect(postgres_db)) as conn:
        assert store.counts(conn)["documents"] == len(result.files) == len(list(sample_dir.iterdir()))


def test_two_ingests_at_once_into_one_postgres_database_leave_one_copy(postgres_db, tmp_path, sample_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(sample_dir), "--out",
                               str(tmp_path / f"out{i}"), "--db", postgres_db], stderr=subprocess.PIPE, text=True,
                              env=env) for i in range(2)]
    errs = [p.communicate(timeout=600)[1] for p in procs]
    for p, err in zip(procs, errs):
        assert p.returncode == 0 and "Traceback" not in err, err
    with closing(store.connect(postgres_db)) as conn:
        n = len(list(sample_dir.iterdir()))
        assert conn.rows("SELECT count(*) AS n, count(DISTINCT sha256) AS d FROM documents") == [{"n": n, "d": n}]
        pages = sum(len(json.loads(p.read_text("utf-8"))["pages"]) for p in (tmp_path / "out0" / "docs").glob("*.json"))
        assert store.counts(conn)["pages"] == pages
        assert conn.rows("SELECT count(*) AS n FROM pages_fts")[0]["n"] == pages


def test_a_wrong_or_unreachable_url_is_one_line_and_exit_2(tmp_path, sample_dir, postgres_server):
    port_closed = "postgresql://yanbao@127.0.0.1:1/yanbao"
    no_such_db = postgres_server.rsplit("/", 1)[0] + "/no_such_database_here"
    for url in (port_closed, no_such_db):
        ran = run_cli("ingest", sample_dir, "--out", tmp_path / "out", "--db", url)
        assert ran.returncode == 2 and "Traceback" not in ran.stderr, ran.stderr
        (line,) = ran.stderr.strip().splitlines()
        assert line.startswith("yanbao ingest: error: --db postgresql://") and "cannot connect" in line
        ran = run_cli("search", "降价", "--db", url)
        assert ran.returncode == 2 and len(ran.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "docs").exists(), "nothing is read when the database cannot be used"
    ran = run_cli("search", "降价", "--db", "postgresql://u:secret@127.0.0.1:1/x")
    assert "secret" not in ran.stderr and ":***@" in ran.stderr


def test_schema_versions(postgres_db, tmp_path):
    import sqlite3
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.store import postgres, sqlite

    # two processes opening a new database at once create its tables once
    with ThreadPoolExecutor(4) as pool:
        for s in pool.map(lambda _: store.connect(postgres_db), range(4)):
            s.close()
    with closing(store.connect(postgres_db)) as conn:
        assert conn.rows("SELECT version FROM yanbao_schema") == [{"version": postgres.SCHEMA_VERSION}]
    # a SQLite database from before the extractor column is brought up to date, rows kept
    old = tmp_path / "old.db"
    raw = sqlite3.connect(old)
    raw.executescript(sqlite.SCHEMA)
    raw.execute("INSERT INTO documents (doc_id, sha256, path) VALUES ('d1', 's1', 'a.txt')")
    raw.commit()
    raw.close()
    with closing(store.connect(old)) as conn:
        assert conn.rows("SELECT doc_id, extractor FROM documents") == [{"doc_id": "d1", "extractor": None}]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == sqlite.SCHEMA_VERSION


def _open_and_close(path):
    store.connect(path).close()
    return "ok"


def test_processes_opening_a_new_sqlite_database_at_once(tmp_path):
    """Each open waits for the others: no 'database is locked' from the journal-mode switch
    (SQLite does not wait for that lock itself) and no 'duplicate column' from two processes
    running the same upgrade step."""
    import multiprocessing

    from pipeline.store import sqlite

    context = multiprocessing.get_context("fork")
    with context.Pool(6) as pool:
        for trial in range(12):
            path = tmp_path / f"new{trial}.db"
            assert pool.map(_open_and_close, [path] * 6) == ["ok"] * 6
            with closing(store.connect(path)) as conn:
                assert conn.execute("PRAGMA user_version").fetchone()[0] == sqlite.SCHEMA_VERSION
                assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
