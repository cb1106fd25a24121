"""The database: search in either script, price history, idempotent and atomic writes."""
import json
from contextlib import closing

import pytest
from conftest import SHARED, needs_shared, run_cli

from pipeline import store
from pipeline.batch import ingest_paths


@pytest.fixture(scope="module")
def db(tmp_path_factory, sample_dir):
    out = tmp_path_factory.mktemp("out")
    ingest_paths([sample_dir], out=out, db=out / "yanbao.db")
    return out / "yanbao.db"


def test_search_traditional_query_finds_simplified_pages(db):
    with closing(store.connect(db)) as conn:
        hits = store.search(conn, "通義千問 降價")
    assert hits and all(h["page"] >= 1 for h in hits)
    assert "【通义千问】" in hits[0]["snippet"] and "【降价】" in hits[0]["snippet"]


def test_search_finds_two_character_words(db):
    with closing(store.connect(db)) as conn:
        assert store.search(conn, "降价")
        assert store.search(conn, "不存在的词语组合") == []
        assert store.search(conn, "   ") == []


def test_price_history_across_reports(db):
    with closing(store.connect(db)) as conn:
        points = store.prices(conn, model="Qwen-Long")
        assert points == store.prices(conn, model="qwen long")  # any spelling of the name
    cut = [p for p in points if p["direction"] == "input" and p["price_before"] == 20 and p["price_after"] == 0.5]
    assert {p["date"] for p in cut} == {"2024-05-21"}
    assert len({p["doc_id"] for p in cut}) >= 2, "the same cut from the PDF and the article, each a source"


def test_models_and_timeline(db):
    with closing(store.connect(db)) as conn:
        models = {m["model"]: m for m in store.models(conn)}
        timeline = store.timeline(conn)
    assert models["Qwen-Long"]["vendor"] == "alibaba" and models["Qwen-Long"]["mentions"] >= 2
    assert any(t["model"] == "Llama 3.1" and t["date"] == "2024-07-23" for t in timeline)


def test_ingesting_twice_changes_no_row_count(sample_dir, tmp_path):
    out = tmp_path / "out"
    ingest_paths([sample_dir], out=out, db=out / "y.db")
    with closing(store.connect(out / "y.db")) as conn:
        before = store.counts(conn)
    ingest_paths([sample_dir], out=out, db=out / "y.db")
    with closing(store.connect(out / "y.db")) as conn:
        assert store.counts(conn) == before
    assert before["documents"] == len(list(sample_dir.iterdir())) and before["price_points"] > 0


def test_a_changed_file_replaces_its_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    p = folder / "note.txt"
    p.write_text("2024年5月21日，阿里云宣布Qwen-Long输入价格降至0.5元/百万tokens。", encoding="utf-8")
    ingest_paths([folder], out=tmp_path / "out", db=tmp_path / "y.db")
    p.write_text("2024年5月22日，腾讯宣布混元-lite免费。", encoding="utf-8")
    ingest_paths([folder], out=tmp_path / "out", db=tmp_path / "y.db")
    with closing(store.connect(tmp_path / "y.db")) as conn:
        assert store.counts(conn)["documents"] == 1
        assert store.search(conn, "Qwen") == [] and store.search(conn, "混元")


def test_frames_for_notebooks(db):
    df = store.frame(db, "price_points")
    assert {"model", "date", "price_after", "doc_id"} <= set(df.columns) and len(df) > 0


def test_cli_commands_print_one_json_value(db):
    for args in (["search", "通義千問"], ["prices", "--model", "Qwen-Long"], ["models"], ["timeline"]):
        out = run_cli(*args, "--json", "--db", db)
        assert out.returncode == 0, out.stderr
        assert isinstance(json.loads(out.stdout), list)
    missing = run_cli("search", "x", "--db", db.parent / "nope.db")
    assert missing.returncode == 1 and "no database here yet" in missing.stderr


@needs_shared
def test_seeds_search_and_prices(tmp_path):
    out = tmp_path / "out"
    ingest_paths([SHARED / "seeds"], out=out, db=out / "y.db")
    with closing(store.connect(out / "y.db")) as conn:
        hits = store.search(conn, "通義千問")
        assert hits and {h["doc_id"] for h in hits} and all(h["page"] >= 1 for h in hits)
        points = store.prices(conn, model="Qwen-Long")
        assert any(p["price_before"] == 20 and p["price_after"] == 0.5 and p["date"] == "2024-05-21" for p in points)
        cut_pages = {(p["doc_id"], p["page"]) for p in points if p["price_after"] == 0.5}
        assert cut_pages & {(h["doc_id"], h["page"]) for h in store.search(conn, "降价")}


def test_a_database_from_before_revision_tables_gains_their_column(tmp_path):
    import sqlite3
    from contextlib import closing

    from pipeline import store
    from pipeline.store import sqlite

    old = tmp_path / "v2.db"
    raw = sqlite3.connect(old)
    raw.executescript(sqlite.SCHEMA.replace("printed TEXT,\n    basis TEXT);", "printed TEXT);"))
    raw.execute("INSERT INTO documents (doc_id, sha256, path) VALUES ('d1', 's1', 'a.pdf')")
    raw.execute("INSERT INTO financials (doc_id, item, period, value) VALUES ('d1', '营业收入', '2025E', 18276)")
    assert "basis" not in {r[1] for r in raw.execute("PRAGMA table_info(financials)")}
    raw.execute("PRAGMA user_version = 2")
    raw.commit()
    raw.close()
    with closing(store.connect(old)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == sqlite.SCHEMA_VERSION == 3
        # rows stored before are the reports' current figures
        assert [(r["value"], r["basis"]) for r in conn.financials(item="营业收入")] == [(18276, None)]
