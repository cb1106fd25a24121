import json
import sys

import pytest
from conftest import ROOT, run_cli

from pipeline.cli import build_parser


def commands():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_and_is_documented(command):
    out = run_cli(command, "--help")
    assert out.returncode == 0 and "usage: yanbao " + command in out.stdout
    assert f"yanbao {command}" in (ROOT / "README.md").read_text("utf-8"), f"README does not show `yanbao {command}`"


def test_extract_json_prints_exactly_one_value(sample_dir):
    out = run_cli("extract", sample_dir / "overseas_models.html", "--json")
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert doc["source"]["format"] == "html" and doc["pages"][0]["number"] == 1


def test_usage_errors_exit_2():
    assert run_cli("extract", "x.txt", "--date", "15/08/2024").returncode == 2
    assert run_cli("extract", "x.txt", "--date", "2024-13-45").returncode == 2  # no such date
    assert run_cli("frobnicate").returncode == 2
    assert run_cli().returncode == 2


def test_extract_of_a_bad_file_is_one_line_and_exit_1(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    out = run_cli("extract", p, "--json")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == f"{p}: error E001: empty file (0 bytes)"


def test_every_option_says_what_it_does():
    import argparse

    from pipeline.cli import build_parser

    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    for name, sub in commands.items():
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"yanbao {name} {action.option_strings[0]} has no help"


def test_ingest_out_holds_its_database(tmp_path, sample_dir):
    out = tmp_path / "elsewhere"
    done = run_cli("ingest", sample_dir / "traditional_qwen_price_cut.txt", "--out", out)
    assert done.returncode == 0, done.stderr
    assert (out / "yanbao.db").is_file() and not (ROOT / "extracted" / "yanbao.db").exists()


def test_the_package_imports_as_yanbao(tmp_path):
    import subprocess

    # from another folder, as a user's notebook would (a pipeline.py there must not matter)
    (tmp_path / "pipeline.py").write_text("raise SystemExit('shadowed')\n")
    code = ("import yanbao; doc = yanbao.extract(%r); "
            "print(doc.meta.ticker, len(yanbao.financials_frame(doc)) > 10, yanbao.verify(doc)['summary']['mismatch'], "
            # the second call comes after the verify package was imported, whose name the face shares
            "yanbao.verify(doc)['summary'] == yanbao.verify(doc)['summary'], len(yanbao.checks_frame(yanbao.verify(doc))) > 0)")
    done = subprocess.run([sys.executable, "-c", code % str(ROOT / "raw" / "company_semiconductor_q1.pdf")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.split() == ["688999.SH", "True", "0", "True", "True"]


def test_runtime_dependencies_are_what_the_commands_need():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    runtime = " ".join(project["dependencies"])
    assert "pytest" not in runtime and "hypothesis" not in runtime
    assert any(d.startswith("pytest") for d in project["optional-dependencies"]["test"])


def test_listings_print_csv(tmp_path, sample_dir):
    import csv
    import io

    db = tmp_path / "y.db"
    assert run_cli("ingest", sample_dir / "company_semiconductor_q1.pdf", "--out", tmp_path, "--db", db).returncode == 0
    out = run_cli("financials", "--db", db, "--item", "营业收入", "--period", "2025E", "--csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.returncode == 0 and rows and {r["value"] for r in rows} == {"18276.0"}
    assert {r["ticker"] for r in rows} == {"688999.SH"}
    # the revision table's old forecast (17,545) and change (4.2%) only when asked for, marked
    out = run_cli("financials", "--db", db, "--item", "营业收入", "--period", "2025E", "--revisions", "--csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {(r["basis"], r["value"]) for r in rows} == {("", "18276.0"), ("after", "18276.0"), ("before", "17545.0"),
                                                        ("change", "4.2")}


def test_a_file_that_printed_a_warning_counts_as_warned(tmp_path):
    from pipeline.batch import ingest_paths

    from reportlab.lib.pdfencrypt import StandardEncryption

    from pipeline import samples

    # encrypted for its owner only: read with an empty password, and the line says so (W006)
    p = tmp_path / "owner_only.pdf"
    samples.broker_report_pdf(p, encrypt=StandardEncryption("", ownerPassword="owner"))
    result = ingest_paths([p], out=tmp_path / "out")
    (f,) = result.files
    assert f.warnings and f.status == "warned" and result.summary()["warned"] == 1


def test_progress_on_a_terminal_is_a_bar_below_one_line_per_file(tmp_path):
    import io

    from pipeline.batch import FileResult, Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    progress = Progress(stream=screen)
    progress.begin(2)
    for name in ("a.pdf", "b.txt"):
        progress(FileResult(path=name, status="ingested", doc_id="0" * 16, pages=3))
    progress.finish()
    shown = screen.getvalue()
    assert "a.pdf: ingested" in shown and "b.txt: ingested" in shown and "6 pages" in shown


def test_plain_lines_pad_chinese_to_its_width():
    from pipeline.cli import pad

    assert pad("营业收入", 10) == "营业收入  " and pad("EPS", 10) == "EPS       "
