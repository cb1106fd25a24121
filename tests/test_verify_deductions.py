"""verify's `deductions` family: an amount less a fee a text deducts from it is the amount it states after."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def left(tmp_path, body, title="关于2022年度募集资金存放与使用情况的专项报告"):
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "deductions"]


@pytest.mark.parametrize("net, verdict", [("43,443.02", "consistent"), ("43,443.01", "rounding"), ("43,434.02", "mismatch")])
def test_the_net_is_the_gross_less_the_fee(tmp_path, net, verdict):
    body = (f"此次公开发行股份募集资金总额为人民币49,028.50万元,扣除发行费用人民币(不含税)5,585.48万元后,"
            f"募集资金净额为人民币{net}万元。")
    assert left(tmp_path, body) == [(float(net.replace(",", "")), verdict, "49,028.50万元 − 发行费用 5,585.48万元")]


def test_a_deduction_goes_on_from_the_figure_the_one_before_left_and_units_differ(tmp_path):
    body = ("共计募集资金 33,731.10 万元,坐扣承销和保荐费用 2,600.00 万元后的募集资金为 31,131.10 万元,已汇入公司账户。"
            "另减除律师费、审计及验资费等新增外部费用 1,086.03 万元后,公司本次实际募集资金净额为人民币 30,045.07 万元。\n"
            "募集资金共计人民币 66,500 万元,扣除相关的发行费用人民币 10,464,622.64 元 (不含增值税),"
            "实际募集资金净额人民币 654,535,377.36 元。")
    assert [(r, v) for r, v, _ in left(tmp_path, body)] == [(31131.10, "consistent"), (30045.07, "consistent"),
                                                           (654535377.36, "consistent")]


def test_a_name_that_deducts_no_stated_fee_is_no_deduction(tmp_path):
    # '扣除非经常性损益后的净利润' names a figure; no fee's amount is taken away
    body = "公司实现营业收入100.00亿元,扣除非经常性损益后的净利润为8.00亿元。"
    assert left(tmp_path, body) == []


def test_a_fee_whose_bracket_stands_before_its_currency(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("某公司:募集资金专项报告\n募集资金总额为人民币433,080,000.00元,扣除发行费用(不含增值税)人民币63,531,725.18元,"
                    "募集资金净额为人民币369,548,274.82元。\n", encoding="utf-8")
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    assert [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "deductions"] == [
        (369548274.82, "consistent")]
