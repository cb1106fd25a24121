"""verify's `range_midpoints` family: the midpoint a sentence gives of the ranges it has just stated."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def middles(tmp_path, text):
    path = tmp_path / "m.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "range_midpoints"]


@pytest.mark.parametrize("profit, verdict", [("1.47", "rounding"), ("1.57", "mismatch")])
def test_each_figure_after_中值_is_the_middle_of_its_range(tmp_path, profit, verdict):
    # (1.37 + 1.58) ÷ 2 = 1.475, (30 + 50) ÷ 2 = 40, (−2 + 14) ÷ 2 = 6
    text = f"单季度看,Q3公司净利润1.37-1.58亿,同比增30-50%,环比-2%-+14%,中值为{profit}亿,同比增40%,环比增6%。"
    assert middles(tmp_path, text) == [(float(profit), verdict), (40, "consistent"), (6, "consistent")]


def test_figures_whose_kinds_do_not_line_up_with_the_ranges_are_not_judged(tmp_path):
    # a percentage after 中值 where the range before it is an amount: no middle of it
    assert middles(tmp_path, "公司预计净利润1.37-1.58亿元,中值同比增长40%。") == []
    assert middles(tmp_path, "行业估值中枢为20倍。") == []
