"""verify on real results summaries in prose (tests/summaries/): the figures their own
arithmetic allows get the verdicts checked by hand; a mismatch is an error of the
summary itself (岱美's, 周大福's)."""
import json
import re
from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

HERE = Path(__file__).parent / "summaries"
KEY = json.loads((HERE / "key.json").read_text(encoding="utf-8"))


def figure_of(claim: str) -> str:
    # the marked figure: a number (a sentence may hold a site's label in the same brackets, '【财华社讯】')
    marks = re.findall(r"【([^】]*)】", claim)
    return next((m for m in marks if re.fullmatch(r"[-+−]?[\d.,]+", m)), marks[0])


@pytest.mark.parametrize("name", sorted(KEY))
def test_a_real_summary(name):
    checks, warnings = run_families(read_document(HERE / name))
    assert warnings == []  # no family failed
    # a sentence's figure by the figure marked in it; a table's or the market data's by its claim
    # ('营业总收入 同比增长率 2024E 2.8%', '总市值 568亿元 (market data, p.1)')
    judged = {(figure_of(c["claim"]) if "【" in c["claim"] else c["claim"]): c["verdict"] for c in checks
              if c["verdict"] in ("consistent", "rounding", "mismatch")}
    # a mismatch only where the key has one: an error of the summary itself, checked by hand
    # (岱美's "环比上升84.5%": its H1 profit 2.4亿 and Q2 0.3亿 leave Q1 2.1亿, a fall of 86%)
    assert judged == KEY[name]
