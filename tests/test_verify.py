"""verify: a self-consistent report has no mismatch; planted errors are exactly flagged."""
import json

from conftest import SHARED, needs_shared, run_cli

from pipeline import samples
from pipeline.ingest import read_document
from pipeline.verify import verify


def test_self_consistent_report_has_no_mismatch(sample_doc):
    result = verify(sample_doc)
    assert result["summary"]["mismatch"] == 0
    formulas = {c["formula"].split(" =")[0] for c in result["checks"]}
    assert {"C", "GPUs", "servers", "cost", "cut"} <= formulas
    for c in result["checks"]:
        assert set(c) == {"id", "claim", "page", "formula", "inputs", "reported", "recomputed", "unit", "verdict", "note"}


PLANTED = [
    ("约需162台服务器", "约需172台服务器", "servers"),                       # one digit
    ("0.0005元/千tokens", "0.0005元/百万tokens", "cut"),                  # a unit
    ("3.14×10^23 FLOPs", "3.14×10^22 FLOPs", "C"),                       # an exponent
]


def test_three_planted_errors_give_exactly_three_mismatches(tmp_path, monkeypatch):
    summary = [s for s in samples.SUMMARY]
    body = [(t, list(ps)) for t, ps in samples.BODY]
    for old, new, _ in PLANTED:
        summary = [s.replace(old, new) for s in summary]
        body = [(t, [p.replace(old, new) for p in ps]) for t, ps in body]
    monkeypatch.setattr(samples, "SUMMARY", summary)
    monkeypatch.setattr(samples, "BODY", body)
    doc = read_document(samples.broker_report_pdf(tmp_path / "planted.pdf"))
    mismatches = [c for c in verify(doc)["checks"] if c["verdict"] == "mismatch"]
    assert sorted(c["formula"].split(" =")[0] for c in mismatches) == sorted(k for _, _, k in PLANTED)
    exponent = next(c for c in mismatches if c["formula"].startswith("C"))
    assert "power of ten" in exponent["note"]


def test_missing_inputs_make_a_claim_unverifiable_and_say_which(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("按每台服务器计算，约需500台服务器。训练约需3.14×10^23 FLOPs。", encoding="utf-8")
    checks = verify(read_document(p, date="2024-08-15"))["checks"]
    assert {c["verdict"] for c in checks} == {"unverifiable"}
    assert any("missing input" in c["note"] for c in checks)


def test_cli_json_and_markdown_report(sample_pdf, tmp_path):
    report = tmp_path / "verify.md"
    out = run_cli("verify", sample_pdf, "--json", "--report", report)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["summary"]["mismatch"] == 0 and result["checks"]
    text = report.read_text("utf-8")
    assert text.startswith("# Verification of") and "## Page 2" in text


@needs_shared
def test_seed_002_raises_no_false_mismatch():
    """Its only mismatches are the report's own errors in the answer key."""
    result = verify(read_document(SHARED / "seeds" / "002_39f46f7769c07185.txt"))
    gold = json.loads((SHARED / "gold" / "figures.json").read_text("utf-8"))["figures"]
    true_errors = [f["reported"] for f in gold if f["verdict"] == "mismatch"]

    def is_true_error(value):  # the key prints 1.1 where the check says 110000000 (1.1亿)
        return any(abs(value - e * 10 ** k) <= 1e-9 * abs(value) for e in true_errors for k in range(-12, 13))

    flagged = [c for c in result["checks"] if c["verdict"] == "mismatch"]
    assert all(is_true_error(c["reported"]) for c in flagged), flagged
    assert {c["reported"] for c in flagged} >= {12.52, 16.92, 110000000}  # PE vs EPS twice; 1.1亿 vs the table's 1.17亿
    assert result["summary"]["consistent"] + result["summary"]["rounding"] >= 60
