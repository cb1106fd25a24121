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


def test_averages_of_several_products_each_over_its_own_total(tmp_path):
    # one product's average is no other's total ('粗钢日均产量242.6万吨…;钢材日均产量316.3万吨'); the averages may come
    # first, each product's total in a sentence after for the same month; flat glass counts in 重量箱
    text = ("2017年4月全国粗钢日均产量242.6万吨,较3月份增长4.45%;钢材日均产量316.3万吨;生铁日均产量208.6万吨。\n"
            "2017年4月我国粗钢产量7278万吨,同比增长4.9%;1-4月我国粗钢产量27387万吨,同比增长4.6%。\n"
            "2017年4月我国生铁产量6258万吨,同比增长5.4%。\n"
            "2017年4月我国钢材产量9490万吨,同比增长0.5%。\n"
            "10月生产平板玻璃8096万重量箱。10月平板玻璃日均产量261.2万重量箱。")
    assert averages(tmp_path, text) == [(242.6, "consistent", "7278万吨 ÷ 30 days"),
                                        (316.3, "consistent", "9490万吨 ÷ 30 days"),
                                        (208.6, "consistent", "6258万吨 ÷ 30 days"),
                                        (261.2, "consistent", "8096万重量箱 ÷ 31 days")]


def test_averages_listed_and_a_days_output_and_a_cumulative_one(tmp_path):
    # a list of averages over the list of totals naming the same products; '日产…万吨/日' after its total; a 累计日产
    # after '1-3月' is the quarter's, left alone
    text = ("5月份我国粗钢、生铁和钢材产量分别为9661万吨、8049万吨和12261万吨。5月粗钢、生铁和钢材日均产量分别为"
            "311.65万吨、259.65万吨和396.52万吨。\n"
            "2023年3月,全国生产粗钢9573.0万吨、同比增长6.90%,日产308.81万吨/日;1-3月,全国累计生产粗钢2.62亿吨,"
            "同比增长6.10%,累计日产290.62万吨。")
    assert averages(tmp_path, text) == [(311.65, "consistent", "9661万吨 ÷ 31 days"),
                                        (259.65, "consistent", "8049万吨 ÷ 31 days"),
                                        (396.52, "mismatch", "12261万吨 ÷ 31 days"),
                                        (308.81, "consistent", "9573.0万吨 ÷ 31 days")]


def test_a_holidays_daily_average_over_the_days_the_text_states(tmp_path):
    # '5天假': each total of the holiday over 5 days; an average of another period ('全年日均') is left alone
    text = ("五一假期已经结束,这次5天假导致旅游市场非常火爆。\n"
            "五一期间全社会跨区域人员流动量135846.27万人次,日均27169.3万人次。\n"
            "其中铁路客运量9176.5万人次,日均1935.3万人次。\n"
            "全年铁路客运量40亿人次,全年日均1100万人次。")
    assert averages(tmp_path, text) == [(27169.3, "consistent", "135846.27万人次 ÷ 5 days"),
                                        (1935.3, "mismatch", "9176.5万人次 ÷ 5 days")]


def test_a_daily_output_named_日产_right_before_its_figure_in_a_sentence_a_line_break_cut(tmp_path):
    # '2020年4月,重点统计' / '钢铁企业共生产粗钢…,粗钢日产198.79万吨': the month from the line the sentence began on;
    # 5963.66万吨 ÷ 30 = 198.79
    text = "2020年4月,重点统计\n钢铁企业共生产粗钢5963.66万吨、同比下降3.29%,粗钢日产{}万吨,环比增长6.94%。"
    assert averages(tmp_path, text.format("198.79")) == [(198.79, "consistent", "5963.66万吨 ÷ 30 days")]
    assert averages(tmp_path, text.format("192.38"))[0][1] == "mismatch"      # over 31 days: the wrong month
    # '日产汽车' is a maker, no average
    assert averages(tmp_path, "2020年4月,日产汽车销量12.3万辆。") == []
