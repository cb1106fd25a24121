"""verify's `named_sums` family: a total of lines named together ('自营与经纪业务合计收入1758.08亿元'), from
each line's amount the text stated before by its name."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def sums(tmp_path, body, title="券商行业2025年中报综述"):
    path = tmp_path / "note.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "named_sums"]


@pytest.mark.parametrize("printed, verdict", [("1400.00", "consistent"), ("1450.00", "mismatch")])
def test_a_total_of_the_lines_it_names(tmp_path, printed, verdict):
    body = ("- 自营业务收入900.00亿元 同比增长50.00%\n- 经纪业务手续费净收入500.00亿元 同比增长40.00%\n"
            f"- 自营与经纪业务合计收入{printed}亿元 占总收入70.0%")
    assert sums(tmp_path, body) == [(float(printed), verdict, "900.00亿元 + 500.00亿元")]


def test_the_first_name_without_the_words_before_it(tmp_path):
    body = "投行业务收入20.0亿元,资管业务收入30.0亿元。今年上半年公司投行和资管业务收入合计50.0亿元。"
    assert sums(tmp_path, body) == [(50.0, "consistent", "20.0亿元 + 30.0亿元")]


def test_a_line_never_stated_gives_no_check(tmp_path):
    assert sums(tmp_path, "- 自营业务收入900.00亿元\n- 自营与经纪业务合计收入1400.00亿元") == []


def test_a_company_reports_composites_are_left_to_results(tmp_path):
    body = "维持“买入”评级\n投行业务收入20.0亿元,资管业务收入30.0亿元,投行和资管业务收入合计50.0亿元。"
    assert sums(tmp_path, body, title="示例证券(600999):业绩点评") == []
