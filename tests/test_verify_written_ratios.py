"""verify's `written_ratios` family: a division written out with its operands and its result."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def written(tmp_path, body):
    path = tmp_path / "analysis.txt"
    path.write_text(f"示例股份2024年年报财务分析\n{body}\n", encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "written_ratios"]


@pytest.mark.parametrize("result, verdict", [("139.62", "consistent"), ("129.62", "mismatch")])
def test_a_payout_worked_out_in_a_line(tmp_path, result, verdict):
    # 2.22 ÷ 1.59 = 139.62%
    assert written(tmp_path, f"现金分红总额/归母净利润 = 2.22亿元/1.59亿元 ≈ {result}%") == [
        (result, verdict, "2.22亿元 ÷ 1.59亿元 × 100")]


def test_a_multiple_without_a_percent_and_operands_in_two_units(tmp_path):
    assert written(tmp_path, "0.03 / 0.002 = 15,即输入倍率为 15") == [("15", "consistent", "0.03 ÷ 0.002")]
    # yuan over tonnes: no ratio of one kind of figure
    assert written(tmp_path, "售价300元/1万吨 = 3%") == []


def test_the_tail_of_a_longer_expression_is_no_division_of_its_own(tmp_path):
    # '3×175e9×512×2.8e8×300 / 1024 ≈ 2.12×10^23' is no 300 ÷ 1024 ≈ 2.12: an operator before the first
    # operand, or a power of ten after the result, makes the line another arithmetic
    path = tmp_path / "n.txt"
    path.write_text("计算理论训练算力:3×175e9×512×2.8e8×300 / 1024 ≈ 2.12×10^23 FLOPS。\n"
                    "算力比为 300 / 1024 ≈ 2.12e3 倍。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "written_ratios"] == []


@pytest.mark.parametrize("result, verdict", [("34.8", "consistent"), ("38.4", "mismatch")])
def test_the_result_first_and_its_division_in_brackets(tmp_path, result, verdict):
    # 16.04 ÷ 46.07 = 34.82%
    assert written(tmp_path, f"净利润率:{result}%(16.04亿元/46.07亿元),处于行业较高水平") == [
        (result, verdict, "16.04亿元 ÷ 46.07亿元 × 100")]


def test_two_bare_whole_numbers_in_brackets_after_a_percent_are_a_date(tmp_path):
    assert written(tmp_path, "股价当日上涨3.2%(10/17),成交放量") == []


@pytest.mark.parametrize("result, verdict", [("13.5", "consistent"), ("15.3", "mismatch")])
def test_the_division_in_brackets_and_its_result_after(tmp_path, result, verdict):
    # 88.49 ÷ 657.58 = 13.46%
    assert written(tmp_path, f"销售费用占比(88.49亿元/657.58亿元)约{result}%,较上年微升") == [
        (result, verdict, "88.49亿元 ÷ 657.58亿元 × 100")]


@pytest.mark.parametrize("share, verdict", [("20.5", "consistent"), ("22.3", "mismatch")])
def test_a_share_of_a_whole_whose_amount_the_clause_states(tmp_path, share, verdict):
    # '政府补助高达2.85亿元,占利润总额13.87亿元比例达22.3%': 2.85 ÷ 13.87 = 20.55%, so the text's 22.3 is its own slip
    assert written(tmp_path, f"非经常性损益项目中,政府补助高达2.85亿元,占利润总额13.87亿元比例达{share}%。") == [
        (share, verdict, "2.85亿元 ÷ 13.87亿元 × 100")]
    assert [v for _, v, _ in written(tmp_path, "销售费用为3.15亿元,占营业收入17.2亿元的18.3%。")] == ["consistent"]


@pytest.mark.parametrize("eps, verdict", [("0.22", "consistent"), ("0.23", "mismatch")])
def test_a_per_share_figure_with_its_amount_over_its_shares_in_brackets(tmp_path, eps, verdict):
    # '基本每股盈利为0.22元人民币(32590.3万元人民币/14.72亿股)': 3.25903亿 ÷ 14.72亿股 = 0.2214元
    assert written(tmp_path, f"基本每股盈利为{eps}元人民币(32590.3万元人民币/14.72亿股)") == [
        (eps, verdict, "32590.3万元人民币 ÷ 14.72亿股")]
    # (dollars over shares for a yuan figure: no division of the line's own)
    assert written(tmp_path, "基本每股盈利为0.22元(3259.03万美元/14.72亿股)") == []


@pytest.mark.parametrize("share, verdict", [("22.2", "rounding"), ("24.2", "mismatch")])
def test_a_share_of_a_stated_whole_after_the_amount_s_growth(tmp_path, share, verdict):
    # '4.2亿元,同比增长33.3%,也占了营业收入18.86亿元的22.2%': 4.2 ÷ 18.86 = 22.27%, the 4.2 printed to one place
    body = f"单算第三季度销售费用为4.2亿元,同比增长33.3%,也占了营业收入18.86亿元的{share}%。"
    assert [c[:2] for c in written(tmp_path, body)] == [(share, verdict)]
