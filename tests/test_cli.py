import json

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
    assert run_cli("frobnicate").returncode == 2
    assert run_cli().returncode == 2


def test_extract_of_a_bad_file_is_one_line_and_exit_1(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    out = run_cli("extract", p, "--json")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip() == f"{p}: error E001: empty file (0 bytes)"
