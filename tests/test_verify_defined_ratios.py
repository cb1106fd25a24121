"""verify's `defined_ratios` family: a ratio printed with its denominator named in brackets
('管理费率(占证券主营业务收入比)为47.4%'), from the two amounts the page prints."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def ratios(tmp_path, body):
    path = tmp_path / "note.txt"
    path.write_text(f"示例证券(600999):业绩高增\n示例研究· 2025-04-30\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "defined_ratios"]


@pytest.mark.parametrize("printed, verdict", [("47.4", "consistent"), ("48.4", "mismatch")])
def test_the_stems_amount_over_the_named_one(tmp_path, printed, verdict):
    body = ("1Q25 公司实现证券主营业务收入161.1 亿元,同比+27.7%。\n"
            f"1Q25 公司管理费用76.4 亿元,同比+23.6%,管理费率(占证券主营业务收入比)为{printed}%,同比下滑1.6pct。")
    assert ratios(tmp_path, body) == [(float(printed), verdict, "管理费用 ÷ 证券主营业务收入 × 100")]


def test_amounts_of_two_periods_give_no_check(tmp_path):
    body = ("2024年公司实现证券主营业务收入600.1 亿元。\n"
            "1Q25 公司管理费用76.4 亿元,管理费率(占证券主营业务收入比)为47.4%。")
    assert ratios(tmp_path, body) == []


def test_a_denominator_the_page_does_not_print_gives_no_check(tmp_path):
    assert ratios(tmp_path, "1Q25 公司管理费用76.4 亿元,管理费率(占证券主营业务收入比)为47.4%。") == []
