"""verify's `written_arithmetic` family: figures joined by ×, ÷, +, − and brackets, written out with
their result after ≈ or =, judged on the line alone (scientific notation as printed)."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def checks(tmp_path, text):
    path = tmp_path / "n.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "written_arithmetic"]


@pytest.mark.parametrize("text, verdict", [
    ("计算理论推理算力(每小时):7e9×512×500×3600 ≈ 6.45×10^18 FLOPS。", "rounding"),      # 6.4512e18
    ("计算理论推理算力(每小时):7e9×512×500×3600 ≈ 6.54×10^18 FLOPS。", "mismatch"),
    # a power of ten binds to its figure: one figure over another, ≈ 1600 good to its hundreds
    ("所需A100数量=498823.5×10^15 / 312×10^15 ≈ 1600块。", "rounding"),                    # 1598.8
    ("所需A100数量=498823.5×10^15 / 312×10^15 ≈ 1900块。", "mismatch"),
    # (as a blog printed it, 10^15 over 10^12: 1.6 million, not 1600 — the line's own slip)
    ("所需A100数量=498823.5×10^15 / 312×10^12 ≈ 1600块。", "mismatch"),
    # the note's own slip, an order of magnitude: 2.205e22 printed 2.12e23
    ("计算理论训练算力:3×175e9×512×2.8e8×300 / 1024 ≈ 2.12×10^23 FLOPS。", "mismatch"),
    ("总成本 = (12 + 8) × 3 = 60万元。", "consistent"),
])
def test_arithmetic_written_out_with_its_result(tmp_path, text, verdict):
    (got,) = checks(tmp_path, text)
    assert got[1] == verdict


def test_what_is_no_written_arithmetic(tmp_path):
    # a division alone is written_ratios'; the tail of an expression whose head has units is not judged
    assert checks(tmp_path, "现金分红总额/归母净利润 = 2.22亿元/1.59亿元 ≈ 139.62%。") == []
    assert checks(tmp_path, "修正实际算力:212000 PFLOPS / (0.5×0.85)≈ 498823.5 PFLOPS。") == []
    # dates and ranges are no arithmetic
    assert checks(tmp_path, "时间:2025-10-24 12:01,区间 3-5 = 2 档。") == []


def test_figures_with_thousands_separators_and_a_result_in_percent(tmp_path):
    # '14,191.28 ÷ 8,925.96 − 1 = 58.99%': (x ÷ y − 1) × 100
    assert checks(tmp_path, "研发投入增长为 14,191.28 ÷ 8,925.96 − 1 = 58.99%。")[0][:2] == (58.99, "consistent")
    assert checks(tmp_path, "研发投入增长为 14,191.28 ÷ 8,925.96 − 1 = 68.99%。")[0][1] == "mismatch"


@pytest.mark.parametrize("text, verdict", [
    # a growth worked out in yuan: the bracketed hyphen is a minus, 元 inside the expression read past,
    # ×100% then ≈ a percentage (0.5643%)
    ("则,同比增长:(39064353239.02-38845154206.94)元/38845154206.94元×100%≈0.56%。", "consistent"),
    ("则,同比增长:(39064353239.02-38845154206.94)元/38845154206.94元×100%≈0.66%。", "mismatch"),
    # its opening bracket left out, its result on the next line (6.357%)
    ("则,年初至报告期末同比增长:\n128453707655.86-120776131874.69)元/120776131874.69元×100%\n≈6.36%。", "consistent"),
])
def test_a_growth_worked_out_as_a_site_prints_it(tmp_path, text, verdict):
    (got,) = checks(tmp_path, text)
    assert got[1] == verdict


def test_a_hyphen_between_figures_is_still_a_range_elsewhere(tmp_path):
    assert checks(tmp_path, "估值区间(3.5-4.0)倍,即(3-5)个月内 = 12个月的一部分") == []


def test_a_closing_bracket_of_a_function_s_argument_opens_no_expression(tmp_path):
    # 'Rank(7)/(9+1)=0.3' is Rank(7) over 10: the 7 is no operand of its own
    assert checks(tmp_path, "假设排名第 3,则相对排名𝜔1 =𝑅𝑎𝑛𝑘(7)/(9+1)=0.3。") == []


@pytest.mark.parametrize("result, verdict", [("0.000018", "consistent"), ("0.000180", "mismatch")])
def test_a_cost_on_a_price_per_million_tokens_with_its_currency_sign(tmp_path, result, verdict):
    # '输出: 15 × $1.20/1M = $0.000018': 15 × 1.20 ÷ 10^6, the $ read past and 1M a million
    (got,) = checks(tmp_path, f"成本计算: 输出: 15 × $1.20/1M = ${result}")
    assert got[1] == verdict
    # (the recomputed value shown to four significant digits, not rounded away to 0.0000)
    path = tmp_path / "n.txt"
    (check,) = [c for c in run_families(read_document(path))[0] if c["family"] == "written_arithmetic"]
    assert check["recomputed"] == 1.8e-05


@pytest.mark.parametrize("result, verdict", [("4.45", "consistent"), ("4.55", "mismatch")])
def test_an_amount_with_its_working_in_brackets_after_it(tmp_path, result, verdict):
    # 13.19 × 33.7% = 4.445; an amount in another scale than its working's is none of it
    assert [c[:2] for c in checks(tmp_path, f"公司总收入13.19亿元,其中自有品牌收入约{result}亿元(13.19亿×33.7%)。")] == \
        [(float(result), verdict)]
    assert checks(tmp_path, "其中自有品牌收入约4.45万元(13.19亿×33.7%)。") == []


def test_a_hyphen_before_the_result_is_a_minus_and_a_bracket_may_follow_a_word(tmp_path):
    assert checks(tmp_path, "- 转股价格调整公式为P1=P0-D=5.67-0.07=5.60元/股 [4]") == [(5.6, "consistent", "5.67−0.07")]
    assert checks(tmp_path, "- 调整后回购价格上限计算公式为21.42-0.09122≈21.38元/股") == [(21.38, "mismatch", "21.42−0.09122")]
    assert checks(tmp_path, "- 虚拟分派每股现金红利计算为(185,380,230×0.60)÷185,596,630≈0.5993元/股") == [
        (0.5993, "consistent", "(185,380,230×0.60)÷185,596,630")]
    # (a range is no subtraction: nothing follows it with what it comes to)
    assert checks(tmp_path, "- 2024年5月20 - 24日停止转股") == []
