"""The bad-input corpus: each bad file gets one clear line, the rest of the batch lands."""
import json
from pathlib import Path
import os

import badinputs
import pytest
from conftest import run_cli

from pipeline import batch
from pipeline.errors import YanbaoError
from pipeline.ingest import read_document

# builder, expected status, code, words the one-line message must contain
CASES = [
    (badinputs.zero_byte, "failed", "E001", "empty file (0 bytes)"),
    (badinputs.truncated_pdf, "failed", "E004", "damaged or truncated PDF"),
    (badinputs.junk_named_pdf, "failed", "E003", "not a PDF: no %PDF header"),
    (badinputs.user_password_pdf, "failed", "E005", "encrypted PDF needs a user password"),
    (badinputs.zero_page_pdf, "failed", "E010", "PDF has no pages"),
    (badinputs.undecodable_text, "failed", "E006", "undecodable text"),
    # with OCR off (or not installed): test_ocr.py reads these two with it
    (badinputs.image_only_pdf, "warned", "W001", "no text layer, needs OCR (2 of 2 pages)"),
    (badinputs.cid_garbage_pdf, "warned", "W002", "(cid:NN) garbage"),
]


@pytest.fixture(autouse=True)
def no_ocr(monkeypatch):
    from pipeline.read import ocr

    monkeypatch.setattr(ocr, "ENABLED", False)


@pytest.fixture()
def batch_dir(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("build,status,code,words", CASES, ids=[c[0].__name__ for c in CASES])
def test_bad_input_gets_one_line_and_the_batch_goes_on(batch_dir, tmp_path, build, status, code, words):
    bad = build(batch_dir)
    good = badinputs.good_text(batch_dir)
    out = tmp_path / "out"
    result = batch.ingest_paths([batch_dir], out=out)
    by_path = {r.path: r for r in result.files}
    bad_result, good_result = by_path[str(bad)], by_path[str(good)]
    assert bad_result.status == status
    line = bad_result.line()
    assert line.startswith(f"{bad}: ") and "\n" not in line
    assert code in line and words in line
    assert good_result.status == "ingested"
    assert (out / "docs" / f"{good_result.doc_id}.json").exists()
    assert result.exit_code == (1 if status == "failed" else 0)
    failures = json.loads((out / "failures.json").read_text("utf-8"))
    assert [f["path"] for f in failures] == ([str(bad)] if status == "failed" else [])


def test_owner_password_only_pdf_is_read(batch_dir):
    doc = read_document(badinputs.owner_only_pdf(batch_dir))
    assert "降价潮由深度求索点燃" in doc.pages[0].text
    assert doc.status == "success"
    assert [w.code for w in doc.warnings] == ["W006"]


def test_unreadable_file(batch_dir, tmp_path, monkeypatch):
    locked = badinputs.unreadable_file(batch_dir)
    badinputs.good_text(batch_dir)
    if os.access(locked, os.R_OK):  # root reads anything: make the read fail as it would for a user
        from pathlib import Path
        real = Path.open

        def open_(self, *args, **kwargs):
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *args, **kwargs)
        monkeypatch.setattr(Path, "open", open_)
    result = batch.ingest_paths([batch_dir], out=tmp_path / "out")
    lines = [r.line() for r in result.files]
    assert f"{locked}: error E002: cannot read: permission denied" in lines
    assert sum(r.status == "ingested" for r in result.files) == 1
    assert result.exit_code == 1


def test_folder_with_nothing_to_ingest(tmp_path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.docx").write_bytes(b"PK")
    good = badinputs.good_text(tmp_path)
    result = batch.ingest_paths([empty, good], out=tmp_path / "out")
    assert [r.line() for r in result.errors] == [f"{empty}: error E008: no .pdf, .txt, .md or .html files found"]
    assert result.files[0].status == "ingested"
    assert result.exit_code == 1


def test_missing_path(tmp_path):
    result = batch.ingest_paths([tmp_path / "nope.pdf"], out=tmp_path / "out")
    assert result.errors[0].line() == f"{tmp_path / 'nope.pdf'}: error E009: no such file or folder"


def test_symlink_loop_is_named(batch_dir, tmp_path):
    loop = batch_dir / "loop.pdf"
    os.symlink(loop, loop)
    badinputs.good_text(batch_dir)
    result = batch.ingest_paths([batch_dir], out=tmp_path / "out")
    assert f"{loop}: error E011: symlink loop or unresolvable link" in [r.line() for r in result.files]


def test_unsupported_single_file(tmp_path):
    p = tmp_path / "deck.pptx"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(YanbaoError) as e:
        read_document(p)
    assert e.value.code == "E007"


def test_reingest_changes_nothing(sample_dir, tmp_path):
    out = tmp_path / "out"
    n = len(list(sample_dir.iterdir()))
    first = batch.ingest_paths([sample_dir], out=out)
    assert first.summary()["ingested"] == n
    mtimes = {p.name: p.stat().st_mtime_ns for p in (out / "docs").iterdir()}
    again = batch.ingest_paths([sample_dir], out=out)
    assert again.summary() == {"ingested": 0, "unchanged": n, "warned": 0, "failed": 0}
    assert {p.name: p.stat().st_mtime_ns for p in (out / "docs").iterdir()} == mtimes


def test_a_rerun_over_an_unchanged_folder_reads_no_pipeline(sample_dir, tmp_path):
    """The skip-by-hash path imports neither spaCy, PDFium nor the schemas, and does
    not merge the tables again: a re-run costs a hash per file."""
    import subprocess
    import sys

    from conftest import ROOT

    out = tmp_path / "out"
    batch.ingest_paths([sample_dir], out=out, db=out / "y.db")
    tables = {p.name: p.stat().st_mtime_ns for p in (out / "tables").glob("*.json")}
    probe = ("import sys; from pipeline import batch; "
             f"r = batch.ingest_paths([{str(sample_dir)!r}], out={str(out)!r}, db={str(out / 'y.db')!r}); "
             "print(r.summary()['unchanged'], sorted(m for m in ('spacy', 'pypdfium2', 'jsonschema', "
             "'pipeline.ingest', 'pipeline.tables') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split(maxsplit=1) == [str(len(list(sample_dir.iterdir()))), "[]\n"]
    assert {p.name: p.stat().st_mtime_ns for p in (out / "tables").glob("*.json")} == tables


def test_tables_are_merged_again_when_a_document_changes(sample_dir, tmp_path):
    out = tmp_path / "out"
    batch.ingest_paths([sample_dir], out=out)
    assert batch.write_tables(out) is None  # the same documents: nothing to do
    doc = next((out / "docs").glob("*.json"))
    doc.write_text(doc.read_text("utf-8"), "utf-8")  # rewritten (as a new version would)
    assert batch.write_tables(out) is not None


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_document_is_in_the_database_when_its_line_is_printed(sample_dir, tmp_path, jobs):
    from contextlib import closing

    from pipeline import store

    out = tmp_path / "out"
    stored_when_reported = []

    def check(r):
        with closing(store.connect(out / "y.db")) as conn:
            stored_when_reported.append(store.has_document(conn, r.doc_id))

    result = batch.ingest_paths([sample_dir], out=out, db=out / "y.db", jobs=jobs, on_result=check)
    assert stored_when_reported == [True] * len(list(sample_dir.iterdir()))
    assert [Path(f.path).name for f in result.files] == sorted(p.name for p in sample_dir.iterdir())


def test_documents_are_ordinary_readable_files(sample_dir, tmp_path):
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        batch.ingest_paths([sample_dir / "broker_api_price_war.pdf"], out=out)
    finally:
        os.umask(old)
    (doc,) = (out / "docs").glob("*.json")
    assert doc.stat().st_mode & 0o777 == 0o644


def test_written_documents_validate_and_leave_no_temporary_files(sample_dir, tmp_path):
    from pipeline import schema

    out = tmp_path / "out"
    batch.ingest_paths([sample_dir], out=out, jobs=2)
    files = sorted((out / "docs").iterdir())
    assert len(files) == len(list(sample_dir.iterdir())) and all(p.suffix == ".json" for p in files)
    for p in files:
        schema.validate(json.loads(p.read_text("utf-8")))


def test_cli_ingest_reports_each_bad_file_on_stderr(batch_dir, tmp_path):
    badinputs.zero_byte(batch_dir)
    badinputs.good_text(batch_dir)
    out = run_cli("ingest", batch_dir, "--out", tmp_path / "out", "--json")
    assert out.returncode == 1
    assert f"{batch_dir / 'empty.pdf'}: error E001: empty file (0 bytes)" in out.stderr.splitlines()
    summary = json.loads(out.stdout)["summary"]
    assert summary == {"ingested": 1, "unchanged": 0, "warned": 0, "failed": 1}


def _corpus(folder, n):
    from pipeline import samples

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        spec = samples.ReportSpec(title=f"大模型价格周报第{i + 1}期", date=f"2024年8月{i + 1}日")
        samples.broker_report_pdf(folder / f"weekly_{i:02d}.pdf", spec)
    return folder


def _state(out):
    from contextlib import closing

    from pipeline import store

    docs = {p.name: json.loads(p.read_text("utf-8")) for p in sorted((out / "docs").glob("*.json"))}
    with closing(store.connect(out / "yanbao.db")) as conn:
        counts = store.counts(conn)
    tables = {p.name: json.loads(p.read_text("utf-8")) for p in sorted((out / "tables").glob("*.json"))}
    return docs, counts, tables


def test_a_killed_batch_reruns_to_the_same_result(tmp_path):
    """SIGKILL in the middle of a batch, run it again: same documents, rows and tables as a
    batch that was never interrupted, no duplicates, no half files."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    corpus = _corpus(tmp_path / "in", 8)
    clean_out, killed_out = tmp_path / "clean", tmp_path / "killed"
    batch.ingest_paths([corpus], out=clean_out, db=clean_out / "yanbao.db")

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "pipeline", "ingest", str(corpus), "--out", str(killed_out),
           "--db", str(killed_out / "yanbao.db")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((killed_out / "docs").glob("*.json")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    landed = list((killed_out / "docs").glob("*.json"))
    assert 0 < len(landed) < 8, "the kill should land mid-batch"
    for p in landed:
        json.loads(p.read_text("utf-8"))  # every document that landed is whole
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _state(killed_out) == _state(clean_out)
    assert not list((killed_out / "docs").glob(".*.tmp")), "the rerun clears temporary files a kill left"


def test_the_bad_input_corpus_every_kind_one_line_and_the_rest_lands(tmp_path, monkeypatch):
    """All at once in one folder: each bad file gets one line naming it and the reason,
    every good file lands."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    expect = {}  # path → (status, words in its line)
    for build, status, code, words in CASES:
        expect[build(folder)] = (status, code)
    expect[badinputs.owner_only_pdf(folder)] = ("warned", "W006")  # read; the line says it was encrypted
    expect[badinputs.rotated_pdf(folder)] = ("ingested", None)
    expect[badinputs.huge_page_pdf(folder)] = ("ingested", None)
    expect[badinputs.one_long_line(folder)] = ("ingested", None)
    for enc in ("big5", "gbk", "utf-16-le", "utf-16-be"):
        expect[badinputs.encoded_text(folder, enc)] = ("ingested", None)
    expect[badinputs.mixed_encodings(folder)] = ("any", None)
    expect[badinputs.html_with_scripts(folder)] = ("ingested", None)
    expect[badinputs.deeply_nested(folder)] = ("ingested", None)
    a, b = badinputs.same_file_twice(folder)
    expect[a], expect[b] = ("ingested", None), ("unchanged", None)
    loop = folder / "loop.pdf"
    os.symlink(loop, loop)
    expect[loop] = ("failed", "E011")
    vanishing = badinputs.good_text(folder, "zz_vanishes.txt")
    expect[vanishing] = ("failed", "E009")

    def vanish(result):  # the file is deleted after the batch listed it
        if vanishing.exists():
            vanishing.unlink()
    result = batch.ingest_paths([folder], out=tmp_path / "out", on_result=vanish)
    by_path = {r.path: r for r in result.files}
    assert len(expect) >= 20
    for path, (status, code) in expect.items():
        r = by_path[str(path)]
        line = r.line()
        assert line.startswith(f"{path}: ") and "\n" not in line
        if status == "warned":
            assert code in line
        elif status != "any":
            assert r.status == status, line
            if code:
                assert code in line
    by_name = {Path(r.path).name: r for r in result.files}
    text = json.loads((tmp_path / "out" / "docs" / f"{by_name['rotated.pdf'].doc_id}.json").read_text("utf-8"))
    assert "Qwen-Long" in text["pages"][0]["text"]
    big5 = json.loads((tmp_path / "out" / "docs" / f"{by_name['big5.txt'].doc_id}.json").read_text("utf-8"))
    assert big5["source"]["encoding"] == "big5" and "通义千问" in big5["pages"][0]["text"]
    assert result.exit_code == 1
