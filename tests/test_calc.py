"""Formulas and rounding-aware judging."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import calc
from pipeline.calc import Printed

D = Decimal


def test_training_and_inference_compute_are_exact():
    assert calc.training_flops(D("1746e8"), D("3000e8")) == D("3.1428E+23")
    assert calc.inference_flops(D("1000e8"), D("4.2e12")) == D("8.4E+23")


def test_gpu_count_matches_the_report_convention():
    # Llama 3.1 405B, D = 38.5 N, A100 FP16 624 TFLOPS (with sparsity), MFU 30%, 90 days → 26,030 (rounded up)
    c = calc.training_flops(D("405e9"), D("38.5") * D("405e9"))
    exact = calc.gpus_needed(c, D("624e12"), D("0.3"), D(90) * calc.SECONDS_PER_DAY)
    assert calc.judge(exact, Printed.of("26,030"), ("ceil",)) == "consistent"
    assert calc.judge(exact, Printed.of("2.6", D(10 ** 4)), ("nearest",)) == "rounding"
    assert calc.judge(exact, Printed.of("2.7", D(10 ** 4))) == "mismatch"


def test_peaks_come_from_the_data_file():
    names = dict(calc.peak("A100", "fp16"))
    assert names["NVIDIA A100 FP16 dense"] == D("312e12") and names["NVIDIA A100 FP16 sparse"] == D("624e12")
    assert calc.peak("H100", "int8", sparse=True) == [("NVIDIA H100 INT8 sparse", D("3958e12"))]


def test_cut_and_change():
    assert calc.cut_pct(D(20), D("0.5")) == D("97.5")
    assert calc.pct_change(D(20), D("0.5")) == D("-97.5")
    assert calc.per_million_tokens(D("0.001"), D(1000)) == D(1)


@pytest.mark.parametrize("printed,exact,cause", [
    (Printed.of("3.14", D(10) ** 22), D("3.1428e23"), "power of ten"),
    (Printed.of("1"), D("0.001"), "千/百万"),
    (Printed.of("-15.3"), D("15.3"), "sign"),
    (Printed.of("-23.9"), D("-23.954"), "cut short, not rounded"),   # −24.0 to one place
])
def test_likely_causes(printed, exact, cause):
    assert calc.judge(exact, printed) == "mismatch"
    assert cause in calc.likely_cause(exact, printed)


@settings(max_examples=400, deadline=None)
@given(st.decimals(min_value=D("0.001"), max_value=D("1e9"), places=6, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=3))
def test_a_value_rounded_to_its_printed_precision_is_never_a_mismatch(exact, places):
    printed_text = f"{exact.quantize(D(1).scaleb(-places)):f}"
    assert calc.judge(exact, Printed.of(printed_text)) != "mismatch"


@settings(max_examples=400, deadline=None)
@given(st.decimals(min_value=D("1"), max_value=D("1e9"), places=3, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=2), st.decimals(min_value=D("0.51"), max_value=D("50"), places=2))
def test_a_value_outside_the_interval_is_always_a_mismatch(value, places, steps_away):
    printed = Printed.of(f"{value.quantize(D(1).scaleb(-places)):f}")
    exact = printed.value + printed.step * steps_away  # more than half a step away
    assert calc.judge(exact, printed, ("nearest",)) == "mismatch"


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=D("1"), max_value=D("1e6"), places=4, allow_nan=False, allow_infinity=False),
       st.integers(min_value=0, max_value=2))
def test_an_approximate_figure_may_be_cut_short_but_not_rounded_up(exact, places):
    from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP

    step = D(1).scaleb(-places)
    down = exact.quantize(step, rounding=ROUND_DOWN)
    up = exact.quantize(step, rounding=ROUND_CEILING)
    nearest = exact.quantize(step, rounding=ROUND_HALF_UP)
    assert calc.judge_approx(exact, Printed.of(f"{down:f}")) != "mismatch"
    assert calc.judge_approx(exact, Printed.of(f"{nearest:f}")) != "mismatch"
    whole_with_zeros = "." not in f"{up:f}" and f"{up:f}".endswith("0")  # '30': zeros not significant
    if up not in (down, nearest) and not whole_with_zeros:
        assert calc.judge_approx(exact, Printed.of(f"{up:f}")) == "mismatch"


def test_bounds_approximations_and_sums():
    assert calc.judge_bound(D("116.7"), Printed.of("100"), "more_than_round") == "consistent"   # 100余倍
    assert calc.judge_bound(D("116.7"), Printed.of("300"), "more_than_round") == "mismatch"
    assert calc.judge_bound(D(70), Printed.of("60"), "at_least") == "consistent"                # 超过60%
    assert calc.judge_bound(D(50), Printed.of("60"), "at_least") == "mismatch"
    assert calc.judge_approx(D(18) / 7, Printed.of("2.5")) == "rounding"                        # 约2.5x
    assert calc.judge_approx(D(18) / 7, Printed.of("25")) == "mismatch"
    assert calc.judge_approx(D("8101.85"), Printed.of("8000")) == "rounding"                    # trailing zeros
    assert calc.judge_approx(D(78100), Printed.of("7.8", D(10) ** 4)) == "rounding"              # 约7.8万
    assert calc.judge_approx(D(78100), Printed.of("7.9", D(10) ** 4)) == "mismatch"              # not rounded up
    assert calc.judge_sum([Printed.of("32"), Printed.of("2")], Printed.of("34")) == ("consistent", D(34))
    assert calc.judge_sum([Printed.of("32"), Printed.of("2")], Printed.of("44"))[0] == "mismatch"


def test_inference_demand_chain():
    d = calc.inference_demand(D(14) * 10 ** 8, D(15), D(600), D(10))
    assert round(d["qps"], 2) == D("8101.85")
    assert round(d["tokens_per_s"] / 10 ** 8, 4) == D("0.0486")
    assert d["daily_tokens_peak"] == D("4.2E+12")
    assert calc.training_to_inference() == 3


def test_cagr_is_the_compound_annual_rate():
    from decimal import Decimal as D

    from pipeline import calc

    assert float(calc.cagr_pct(D(100), D(121), D(2))) == pytest.approx(10.0)
    assert float(calc.cagr_pct(D(211), D(317), D(2))) == pytest.approx(22.5712, abs=1e-4)


def test_intervals_that_only_touch_do_not_overlap():
    # 18,276 百万元 is 18,275.5–18,276.5; 182.77 亿元 is 18,276.5–18,277.5: never the same value
    assert not calc.overlaps(Decimal("182.755"), Decimal("182.765"), calc.Printed.of("182.77"))
    assert calc.overlaps(Decimal("182.755"), Decimal("182.765"), calc.Printed.of("182.76"))
    # a total of two rounded parts can be off by one, never by a step and a half
    assert calc.judge_sum([calc.Printed.of("100"), calc.Printed.of("50")], calc.Printed.of("151"))[0] == "rounding"
    assert calc.judge_sum([calc.Printed.of("100"), calc.Printed.of("50")], calc.Printed.of("152"))[0] == "mismatch"


@pytest.mark.parametrize("exact, printed, cause", [
    ("8030.2", "8040", "one digit differs from the recomputed 8,030"),
    ("12.84", "12.48", "two digits swapped: the recomputed figure is 12.84"),
    ("5.43", "7.4", "one digit differs from the recomputed 5.4"),
    ("-2.1786", "-2.16", "one digit differs from the recomputed −2.18"),   # a fall's figure keeps its sign
    ("8030", "9140", None),          # two digits apart: no slip to name
    ("8030", "-8030", None),         # a sign is likely_cause's
])
def test_a_typing_slip_behind_a_mismatch(exact, printed, cause):
    assert calc.digit_slip(Decimal(exact), calc.Printed.of(printed)) == cause


def test_a_mismatch_note_names_its_slip():
    from pipeline.verify.checks import make
    check = make("资产总计 2025E 52,253", 2, "资产总计 = …", {}, calc.Printed.of("52253"), Decimal("52153"), "百万元",
                 "mismatch", "the section's rows")
    assert check["note"] == "the section's rows; one digit differs from the recomputed 52,153"
    assert make("x", 1, "f", {}, calc.Printed.of("1.5"), Decimal("1.5"), "", "consistent")["note"] == ""


def test_a_printed_figure_signed_keeps_its_precision():
    cost = Printed.of("35.0")
    # a line a statement subtracts: the figure as printed, turned
    assert cost.signed(-1) == Printed(Decimal("-35.0"), Decimal("0.1"), 1) and cost.signed(1) is cost
    assert Printed.of("35.0").signed(-1).signed(-1) == cost
    # a fall's size, however it was printed ('(35.0)' or '35.0'): negative either way
    assert cost.with_sign(-1) == cost.signed(-1).with_sign(-1) == Printed(Decimal("-35.0"), Decimal("0.1"), 1)
    assert cost.signed(-1).with_sign(1) == cost


def test_a_total_one_part_s_lost_power_of_ten_explains():
    # 期间费用607.74 = 73.398 + 409.72 + 124.62, the first printed 733.98: that part, ×10
    from pipeline.calc import Printed, part_slip
    parts = [Printed.of("733.98"), Printed.of("409.72"), Printed.of("124.62")]
    assert part_slip(parts, ["销售费用", "管理费用", "财务费用"], Printed.of("607.74")) == (
        "销售费用 733.98 reads as 73.398: a power of ten lost in it (printed ×10)")
    # a sum no one part's power of ten makes: no cause named
    assert part_slip(parts, ["销售费用", "管理费用", "财务费用"], Printed.of("1300.00")) is None


def test_a_figure_of_another_size_and_sign_has_no_sign_slip():
    # +15.3% printed where −88.5% is recomputed: the sign is not the one slip
    assert calc.likely_cause(D("-88.48"), Printed.of("15.3")) is None
