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


YEARBOOK = ("城镇居民人均可支配收入及构成\n单位:元\n项目 2019 2020\n可支配收入(元) 45620 47160\n工资性收入 27992 29119\n"
            "经营净收入 6211 5992\n财产净收入 5512 6219\n转移净收入 5905 5830\n可支配收入构成(%) 100.0 100.0\n"
            "工资性收入 61.4 {wages}\n经营净收入 13.6 12.7\n财产净收入 12.1 13.2\n转移净收入 12.9 12.4\n")


def test_a_composition_block_under_its_amounts(tmp_path):
    # each share of the block under '构成(%)' is its row's amount above over the amounts' head row (29119 ÷ 47160 =
    # 61.75%, printed 61.7: rounding), and the block adds up to its 100.0
    _, found = common_size(tmp_path, YEARBOOK.format(wages="61.7"))
    assert len(found) == 10 and all(v in ("consistent", "rounding") for _, _, v in found)
    _, edited = common_size(tmp_path, YEARBOOK.format(wages="62.7"))
    assert [(r, c) for r, c, v in edited if v == "mismatch"] == [("工资性收入", "2020"), ("可支配收入构成(%)", "2020")]
