"""verify's `daily_averages` family: a month's daily average against the month's total over its calendar days."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def averages(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text("能源生产情况\n" + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "daily_averages"]


@pytest.mark.parametrize("daily, verdict", [("1289", "rounding"), ("1389", "mismatch")])
def test_the_months_total_over_its_days(tmp_path, daily, verdict):
    # 3.9亿吨 ÷ 30 = 1300万吨; 3.85–3.95亿 gives 1283–1317
    text = f"9月份,生产原煤3.9亿吨,同比增长12.3%,增速比上月加快4.2个百分点,日均产量{daily}万吨。"
    assert averages(tmp_path, text) == [(float(daily), verdict, "3.9亿吨 ÷ 30 days")]


def test_a_month_compared_with_and_a_total_a_sentence_before(tmp_path):
    # '增速比5月份放缓' names no month of the average's; '12月份日均…' is of the 32038万吨 the sentence before states
    assert averages(tmp_path, "6月份,规上工业原煤产量4.2亿吨,同比增长3.0%,增速比5月份放缓1.2个百分点;日均产量1404万吨。") == [
        (1404, "rounding", "4.2亿吨 ÷ 30 days")]
    text = ("2018年12月份全国原煤产量32038万吨,同比增长2.1%。12月份全国原煤产量环比增加496万吨,增长1.57%。\n"
            "国家统计局表示,12月份日均原煤产量1033万吨,环比减少18万吨。")
    assert averages(tmp_path, text) == [(1033, "consistent", "32038万吨 ÷ 31 days")]


def test_february_and_ranges(tmp_path):
    # February is 28 days or 29: with no year named either is taken; a range of months is left alone
    assert averages(tmp_path, "2月份,生产原煤2.9亿吨,日均产量1000万吨。") == [(1000, "consistent", "2.9亿吨 ÷ 29 days")]
    assert averages(tmp_path, "2023年2月份,生产原煤2.9亿吨,日均产量1000万吨。")[0][1] == "mismatch"  # 28 days: 1036
    assert averages(tmp_path, "1-9月份,生产原煤33.2亿吨,日均产量1216万吨。") == []
