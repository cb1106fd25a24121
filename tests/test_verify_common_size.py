"""verify's `common_size` family, and ingest's reading of the common-size statements Taiwan's data sites
print (one line with empty cells between rows; or a cell a line, each ending in its bar)."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

ROWS = [("營業收入", None), ("營業收入合計", ("1,032,936", "100.00", "1,118,375", "100.00")),
        ("營業成本合計", ("852,519", "{cost}", "914,127", "81.74")),
        ("營業毛利(毛損)", ("180,417", "17.47", "204,248", "18.26")),
        ("營業利益(損失)", ("-22,635", "-2.19", "6,996", "0.63"))]


def flat(cost="82.53") -> str:
    cells = ["", "民國114年第3季", "", "單位:新台幣仟元", "", "會計項目", "114年第3季", "113年第3季", "", "",
             "金額", "%", "金額", "%", ""]
    for name, figures in ROWS:
        cells += [name] + ([f.format(cost=cost) for f in figures] if figures else [""] * 4) + [""]
    return " | ".join(cells)


def stacked(cost="82.53") -> str:
    return "\n".join(f"{c} |" if c else "|" for c in flat(cost).split(" | ")[1:])


def common_size(tmp_path, text):
    path = tmp_path / "statement.txt"
    path.write_text(text + "\n", encoding="utf-8")
    doc = read_document(path)
    return doc, [(c["cell"]["row"], c["cell"]["column"], c["verdict"])
                 for c in run_families(doc)[0] if c["family"] == "common_size"]


@pytest.mark.parametrize("layout", [flat, stacked])
def test_each_share_is_its_amount_over_the_base_line(tmp_path, layout):
    doc, found = common_size(tmp_path, layout())
    (table,) = [t for t in doc.tables if t.kind == "other"]
    assert table.columns[:3] == ["会计项目", "114年第3季 金额", "114年第3季 %"]
    # 852,519 ÷ 1,032,936 = 82.53%; a loss's share is negative (-22,635 ÷ 1,032,936 = -2.19%)
    assert ("营业成本合计", "114年第3季 %", "consistent") in found
    assert ("营业利益(损失)", "114年第3季 %", "consistent") in found
    assert {v for _, _, v in found} == {"consistent"} and len(found) == 6


def test_an_edited_share_is_a_mismatch(tmp_path):
    _, found = common_size(tmp_path, flat(cost="83.53"))
    assert ("营业成本合计", "114年第3季 %", "mismatch") in found
    assert [v for _, c, v in found if c == "113年第3季 %"] == ["consistent"] * 3
