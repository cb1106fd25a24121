"""verify's `stated_gaps` family: the gap a sentence states between two amounts."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def gaps(tmp_path, body):
    path = tmp_path / "report.txt"
    path.write_text(f"某公司:2024年度募集资金存放与使用情况专项报告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "stated_gaps"]


@pytest.mark.parametrize("gap, verdict", [("34,800", "consistent"), ("43,800", "mismatch")])
def test_an_account_s_balance_against_the_one_it_should_hold(tmp_path, gap, verdict):
    body = f"2023年末募集资金专户实际余额22,422.57万元,与应结余57,222.57万元的差异{gap}万元系购买结构性存款。"
    assert gaps(tmp_path, body) == [(float(gap.replace(",", "")), verdict, "|22,422.57万元 − 57,222.57万元|")]


def test_amounts_in_two_scales_and_money_against_shares(tmp_path):
    assert gaps(tmp_path, "账面余额1.2亿元与实际余额11,500万元的差额为500万元。") == [(500.0, "consistent", "|1.2亿元 − 11,500万元|")]
    assert gaps(tmp_path, "账面余额1.2亿元与持股11,500万股的差额为500万元。") == []
