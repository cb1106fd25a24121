"""verify's `comparables` family: the 平均值/中值 rows of a comparables table from the companies above them."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

NOTE = ("恒远科技(300999):业绩稳健增长,维持买入评级\n示例证券· 2025-10-30\n可比公司估值表\n公司 代码 PE2025E PE2026E\n"
        "甲公司 600001 20.0 16.0\n乙公司 600002 30.0 24.0\n恒远科技 300999 40.0 30.0\n{label} {pe25} {pe26}\n")


def averages(tmp_path, **kw):
    path = tmp_path / "note.txt"
    path.write_text(NOTE.format(**kw), encoding="utf-8")
    return [(c["reported"], c["verdict"], c["note"]) for c in run_families(read_document(path))[0]
            if c["family"] == "comparables" and c["formula"].startswith("mean")]


def test_an_average_of_every_company_listed(tmp_path):
    # (20 + 30 + 40) ÷ 3 = 30, (16 + 24 + 30) ÷ 3 = 23.3
    assert averages(tmp_path, label="平均值", pe25="30.0", pe26="23.3") == [(30.0, "consistent", ""), (23.3, "consistent", "")]


@pytest.mark.parametrize("pe25, verdict", [("25.0", "consistent"), ("27.0", "mismatch")])
def test_an_average_that_leaves_the_covered_company_out(tmp_path, pe25, verdict):
    # the report's own company among its peers: (20 + 30) ÷ 2 = 25, (16 + 24) ÷ 2 = 20, said in the note
    found = averages(tmp_path, label="平均值(剔除公司)", pe25=pe25, pe26="20.0")
    assert [(r, v) for r, v, _ in found] == [(float(pe25), verdict), (20.0, "consistent")]
    assert found[1][2] == "恒远科技's own row left out"
