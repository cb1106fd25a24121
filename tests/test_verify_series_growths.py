"""verify's `series_growths` family: a year's amount stated with its growth, judged on the year before's amount as a
series the text prints elsewhere lists it ('2017-2019年票房分别为559.1亿、609.76亿、642.66亿')."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def growths(tmp_path, text, title="2019年电影市场回顾"):
    path = tmp_path / "note.txt"
    path.write_text(f"{title}\n{text}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "series_growths"]


SERIES = "公开数据显示,2017一2019年票房分别为559.1亿、609.76亿、642.66亿。"


@pytest.mark.parametrize("growth, verdict", [("5.4", "consistent"), ("5.40", "consistent"), ("6.4", "mismatch")])
def test_a_growth_on_the_year_before_the_series_lists(tmp_path, growth, verdict):
    # 642.66 ÷ 609.76 − 1 = 5.3956%
    text = f"国家电影局发布数据,当年全国电影总票房642.66亿元,同比增长{growth}%。\n{SERIES}"
    assert growths(tmp_path, text) == [(float(growth), verdict)]


def test_the_series_may_come_first_and_name_its_unit_in_full(tmp_path):
    text = ("2021-2023年公司营收分别为120.50亿元、135.20亿元、150.80亿元。\n"
            "2023年,公司营收150.80亿元,同比增长11.5%,净利润20.1亿元。")
    assert growths(tmp_path, text) == [(11.5, "consistent")]  # 150.80 ÷ 135.20 − 1 = 11.54%


def test_no_check_without_an_equal_figure_or_on_another_basis(tmp_path):
    # 642.6 is not the series' 642.66; a growth on the quarter before is none on the year before; the first year
    # listed has no year before in the series; a figure of two digits may equal a listed one by chance
    assert growths(tmp_path, f"当年总票房642.6亿元,同比增长5.4%。\n{SERIES}") == []
    assert growths(tmp_path, f"四季度票房642.66亿元,环比增长5.4%。\n{SERIES}") == []
    assert growths(tmp_path, f"2017年票房559.1亿元,同比增长13.5%。\n{SERIES}") == []
    assert growths(tmp_path, "2021-2023年销量分别为10万辆、12万辆、15万辆。\n2023年销量15万辆,同比增长25%。") == []


def test_a_company_report_is_left_to_results(tmp_path):
    text = f"当年营收642.66亿元,同比增长5.4%。\n{SERIES}"
    assert growths(tmp_path, text, title="示例影业(600999):点评") == []


CLEAN = ("2012~2018年天然气、水电、核电、风电等清洁能源消费量占能源消费总量的比重分别为14.5%、15.5%、17.0%、18.0%、19.5%、"
         "20.8%和22.1%左右。")


@pytest.mark.parametrize("move, verdict", [("1.3", "consistent"), ("1.5", "mismatch")])
def test_a_share_s_move_in_points_on_a_series_of_percentages(tmp_path, move, verdict):
    # '占能源消费总量的20.8%,上升1.3个百分点': 20.8 − 19.5 (2016's, as the series lists it); with no level printed,
    # '2018年…比重比上年提高约1.3个百分点': 22.1 − 20.8; coal's 60.4% is in no series
    text = (f"2017年煤炭消费量占能源消费总量的60.4%,比上年下降1.6个百分点;清洁能源消费量占能源消费总量的20.8%,上升{move}个百分点。\n"
            f"2018年全年天然气、水电、核电、风电等清洁能源消费量占能源消费总量的比重比上年提高约{move}个百分点。\n{CLEAN}")
    assert growths(tmp_path, text, title="能源消费结构") == [(float(move), verdict)] * 2


def test_no_move_judged_on_a_series_of_something_else(tmp_path):
    # the same figure in a series of growth rates (no share or rate named), or a level whose words the series' do not hold
    rates = "2015~2017年工业增加值分别增长18.0%、19.5%和20.8%。"
    assert growths(tmp_path, f"清洁能源消费量占能源消费总量的20.8%,上升1.3个百分点。\n{rates}", title="能源") == []
    assert growths(tmp_path, f"城镇化率达到20.8%,上升1.3个百分点。\n{CLEAN}", title="能源") == []
