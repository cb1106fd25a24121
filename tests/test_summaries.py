"""verify on real results summaries in prose (tests/summaries/): the figures their own
arithmetic allows get the verdicts checked by hand, and nothing is a mismatch."""
import json
from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

HERE = Path(__file__).parent / "summaries"
KEY = json.loads((HERE / "key.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(KEY))
def test_a_real_summary(name):
    checks, warnings = run_families(read_document(HERE / name))  # whole claims: the figure is marked 【】
    assert warnings == []
    assert [c["claim"] for c in checks if c["verdict"] == "mismatch"] == []
    judged = {c["claim"].split("【")[1].split("】")[0]: c["verdict"] for c in checks
              if c["verdict"] in ("consistent", "rounding") and "【" in c["claim"]}
    assert judged == KEY[name]
