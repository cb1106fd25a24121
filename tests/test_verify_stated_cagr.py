"""verify's `stated_cagr` family: a CAGR between two figures its sentence states with their years."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def cagrs(tmp_path, text):
    path = tmp_path / "c.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "stated_cagr"]


@pytest.mark.parametrize("printed, verdict", [("42", "rounding"), ("45", "mismatch")])
def test_a_counted_quantity_s_cagr_over_the_span_before_it(tmp_path, printed, verdict):
    # (232 ÷ 82)^(1/3) − 1 = 41.4%; each end printed whole (81.5–82.5, 231.5–232.5) allows 41.0%–41.8%, so 42 rounds it
    text = f"我们预计2022年-2025年,全球磷酸铁锂正极材料需求量将从82万吨提升至232万吨,CAGR达{printed}%。"
    assert cagrs(tmp_path, text) == [(int(printed), verdict)]


def test_a_company_report_s_quantity_is_read_and_its_money_lines_left_to_results(tmp_path):
    title = "示例纳米(300769):点评报告\n"
    quantity = "我们预计2022年-2025年,全球正极材料需求量将从82万吨提升至232万吨,CAGR达42%。"
    assert cagrs(tmp_path, title + quantity) == [(42, "rounding")]
    # a company's revenue from one year to another: results' (the line's amounts wherever the report prints them)
    money = "公司营业收入从2018年的55.63亿元增长至2022年的202.85亿元,复合增长率达到38.19%。"
    assert cagrs(tmp_path, title + money) == []
    # an industry note's market in money is this family's
    assert cagrs(tmp_path, money.replace("公司营业收入", "国内市场规模")) == [(38.19, "consistent")]


def test_ends_in_two_units_are_no_cagr(tmp_path):
    # tonnes at the start, vehicles at the end: nothing to divide
    text = "预计2022年全球需求量82万吨,2025年销量232万辆,CAGR达42%。"
    assert cagrs(tmp_path, text) == [(42, "unverifiable")]


def test_a_cagr_written_as_a_formula_s_result(tmp_path):
    # '(CAGR=28%)': (200 ÷ 120)^(1/2) − 1 = 29.1%, and each end printed whole allows 28.7%–29.5%: a slip of the text's
    text = "2022-2024年,行业资产总额从120亿元增长至200亿元(CAGR=28%),主要用于产能建设。"
    assert cagrs(tmp_path, text) == [(28, "mismatch")]


@pytest.mark.parametrize("printed, verdict", [("18.20", "consistent"), ("19.20", "mismatch")])
def test_amounts_in_a_bare_scale_and_a_cagr_named_复合增速(tmp_path, printed, verdict):
    # '营业收入从14.62亿增长至28.54亿,CAGR为18.20%': (28.54 ÷ 14.62)^(1/4) − 1, the yuan left out
    assert cagrs(tmp_path, f"2019-2023年行业营业收入从 14.62 亿增长至 28.54 亿,CAGR 为 {printed}%。") == [(float(printed), verdict)]
    # '复合增速达到40%': (10.4 ÷ 5.3)^(1/2) − 1 = 40.08%
    assert cagrs(tmp_path, "该品类收入从2022年的5.3亿元增长至2024年的10.4亿元,复合增速达到40%。") == [(40.0, "consistent")]


@pytest.mark.parametrize("second, verdict", [("25.5", "consistent"), ("27.5", "mismatch")])
def test_rates_listed_for_the_ends_stated_in_turn_after_由(tmp_path, second, verdict):
    # (3.90 ÷ 1.03)^(1/5) − 1 = 30.5%; (1.09 ÷ 0.35)^(1/5) − 1 = 25.5%
    text = f"胶原蛋白行业\n2017-2022年,营业收入由1.03亿元增至3.90亿元,归母净利润由0.35亿元增至1.09亿元,5年CAGR分别为30.5%与{second}%。"
    assert cagrs(tmp_path, text) == [(30.5, "consistent"), (float(second), verdict)]
    # one rate after one pair of ends, the first after 由
    assert cagrs(tmp_path, "胶原蛋白行业\n2017-2022年,营业收入由1.03亿元增至3.90亿元,5年CAGR为30.5%。") == [(30.5, "consistent")]
