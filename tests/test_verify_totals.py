"""verify's `totals` family, the lines a statement prints under a line after 其中 (`of_which_totals`): where they end
is read from the sums, and a period where they do not add up, as they do in the others, is a mismatch."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

STATEMENT = """合并利润表
项目 2024年度 2023年度 2022年度 2021年度
一、营业收入 300.00 260.00 230.00 200.00
手续费及佣金净收入 100.00 90.00 80.00 70.00
其中:经纪业务手续费净收入 60.00 {broker} 45.00 40.00
投资银行业务净收入 30.00 30.00 25.00 20.00
资产管理业务净收入 10.00 10.00 10.00 10.00
利息净收入 20.00 30.00 40.00 50.00
营业成本 80.00 70.00 60.00 50.00
其中:利息费用 8.00 7.00 6.00 5.00
二、营业利润 220.00 190.00 170.00 150.00
"""


def of_which(tmp_path, text):
    path = tmp_path / "prospectus.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0]
            if c["family"] == "totals" and "其中:" in c["formula"]]


def test_the_lines_under_其中_make_their_line_in_every_period(tmp_path):
    # (营业成本's one 其中 line is some of it only: no run of two)
    assert of_which(tmp_path, STATEMENT.format(broker="50.00")) == [
        ("手续费及佣金净收入 2024年度 100.00", "consistent"), ("手续费及佣金净收入 2023年度 90.00", "consistent"),
        ("手续费及佣金净收入 2022年度 80.00", "consistent"), ("手续费及佣金净收入 2021年度 70.00", "consistent")]


def test_a_period_where_they_do_not_add_up_is_a_mismatch(tmp_path):
    assert ("手续费及佣金净收入 2023年度 90.00", "mismatch") in of_which(tmp_path, STATEMENT.format(broker="55.00"))


def test_lines_adding_up_in_no_two_periods_are_not_judged(tmp_path):
    text = STATEMENT.format(broker="50.00").replace("投资银行业务净收入 30.00 30.00 25.00", "投资银行业务净收入 35.00 35.00 29.00")
    assert of_which(tmp_path, text) == []


def test_a_fund_s_net_assets_under_columns_headed_by_a_two_digit_year_and_its_report(tmp_path):
    # a fund data site's balance sheet: 基金资产净值 = 基金资产总值 − 负债总额 ('21年年度', '21年中期')
    table = ("| 项目 | 21年年度 | 21年中期 |\n|---|---|---|\n| 银行存款 | 21386280371.60 | 17467766038.82 |\n"
             "| 基金资产总值 | 55355868408.37 | 60555789087.11 |\n| 负债总额 | 4022330841.34 | 2964006270.01 |\n"
             "| 基金资产净值 | {} | 57591782817.10 |\n| 每份基金单位资产净值 | 1.00 | 1.00 |\n")
    path = tmp_path / "fund.md"
    for net, verdict in (("51333537567.03", "consistent"), ("51333537567.93", "mismatch")):
        path.write_text(table.format(net), encoding="utf-8")
        found = [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "totals"]
        assert ("基金资产净值 21年年度 " + net, verdict) in found and not [f for f in found if f[1] == "mismatch" and "中期" in f[0]]
