"""verify's `row_ratios` family: a table row named 'X占Y的比例' from the rows named X and Y, and its change in
points from their growths."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

TABLE = """示例科技股份有限公司2023年第三季度报告
| 项目 | 本报告期 | 本报告期比上年同期增减变动幅度(%) | 年初至报告期末 | 年初至报告期末比上年同期增减变动幅度(%) |
|---|---|---|---|---|
| 营业收入 | 597,550,431.80 | -37.33 | 1,525,166,613.42 | -47.06 |
| 研发投入合计 | 184,249,561.84 | 56.27 | 486,928,565.04 | 50.39 |
| 研发投入占营业收入的比例(%) | {ratio} | 增加{points}个百分点 | 31.93 | 增加20.69个百分点 |
"""


def judged(tmp_path, **cells):
    path = tmp_path / "q3.txt"
    path.write_text(TABLE.format(**cells), encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "row_ratios"]


def test_the_ratio_and_its_change_in_points_column_by_column(tmp_path):
    # 184,249,561.84 ÷ 597,550,431.80 = 30.83%; a year before (184.25 ÷ 1.5627) ÷ (597.55 ÷ 0.6267) = 12.37%:
    # 30.83 − 12.37 = 18.46, as the report subtracts its rounded ratios (unrounded: 18.47)
    assert judged(tmp_path, ratio="30.83", points="18.46") == [
        (30.83, "consistent"), (18.46, "consistent"), (31.93, "consistent"), (20.69, "consistent")]


@pytest.mark.parametrize("ratio, points", [("31.83", "18.46"), ("30.83", "19.46")])
def test_an_edited_ratio_or_change_is_a_mismatch(tmp_path, ratio, points):
    verdicts = dict(judged(tmp_path, ratio=ratio, points=points))
    assert "mismatch" in (verdicts[float(ratio)], verdicts[float(points)])


def test_a_ratio_whose_rows_are_not_printed_gives_no_check(tmp_path):
    path = tmp_path / "q3.txt"
    path.write_text(TABLE.format(ratio="30.83", points="18.46").replace("| 营业收入 |", "| 营业总收入 |"), encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "row_ratios"] == []


HIGHLIGHTS = """示例控股(0151):全年業績公佈
主要收益表项目
| 项目 | 2019年 | 2018年 | 变动 |
| --- | --- | --- | --- |
| 收益 | 20,712,027 | 20,149,781 | +2.8% |
| 营运利润 | 4,586,483 | 4,192,076 | +9.4% |
| 所得税 | 900,000 | 800,000 | +12.5% |
| 营运利润率(%) | {level} | 20.8 | 增加{points}个百分点 |
| 所得税率(%) | 19.6 | 19.1 | 增加0.5个百分点 |
"""


def test_a_margin_named_by_its_line_over_revenue_and_its_points_between_the_periods(tmp_path):
    # '营运利润率' is 营运利润 ÷ 收益 in each period (4,586,483 ÷ 20,712,027 = 22.14%), its change the first period's
    # less the second's (22.14 − 20.80 = 1.34 points); a tax's rate is over the profit before it, never revenue
    path = tmp_path / "hk.txt"
    path.write_text(HIGHLIGHTS.format(level="22.1", points="1.3"), encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "row_ratios"]
    assert sorted(found) == [(1.3, "consistent"), (20.8, "consistent"), (22.1, "consistent")]
    for level, points, edited in (("23.1", "1.3", 23.1), ("22.1", "2.3", 2.3)):
        path.write_text(HIGHLIGHTS.format(level=level, points=points), encoding="utf-8")
        found = dict((c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "row_ratios")
        assert found[edited] == "mismatch"
