"""verify's `conversions` family: an amount stated again in another currency in brackets — at the rate the text
prints, else at the one rate the text's other conversions share."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def conversions(tmp_path, text):
    path = tmp_path / "c.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "conversions"]


RELEASE = ("示例集团公布2025年9月季度业绩\n·收入为人民币2071.76亿元(合291.24亿美元),同比增长3%。\n"
           "·经营利润为人民币251.37亿元(合{}亿美元),同比增长68%。\n·经调整净利润为人民币338.99亿元(合47.65亿美元)。\n")


def test_conversions_at_one_rate_and_the_one_that_is_not(tmp_path):
    assert conversions(tmp_path, RELEASE.format("35.34")) == [(291.24, "consistent"), (35.34, "consistent"), (47.65, "consistent")]
    # 251.37 over 36.34 is 6.92 where the two others share 7.1134–7.1137: that one flagged, the others' rates
    # (each against a pair that disagrees) unverifiable
    assert conversions(tmp_path, RELEASE.format("36.34")) == [(291.24, "unverifiable"), (36.34, "mismatch"), (47.65, "unverifiable")]


def test_at_the_rate_the_text_prints(tmp_path):
    text = "本公告按1美元兑7.1135元人民币折算。收入为人民币2071.76亿元(合{}亿美元)。"
    assert conversions(tmp_path, text.format("291.24")) == [(291.24, "consistent")]
    assert conversions(tmp_path, text.format("281.24")) == [(281.24, "mismatch")]


def test_one_conversion_alone_says_nothing_and_two_disagreeing_say_no_more(tmp_path):
    # a single pair: no rate to judge it by ('约' figures are often a figure or two); two at two rates: which is wrong?
    assert conversions(tmp_path, "小米集团公布第三季纯利7.92亿元(人民币,下同)(约9.7亿港元)。") == []
    two = "收入为人民币2071.76亿元(合291.24亿美元)。经营利润为人民币251.37亿元(合36.34亿美元)。"
    assert conversions(tmp_path, two) == [(291.24, "unverifiable"), (36.34, "unverifiable")]


@pytest.mark.parametrize("text, verdict", [
    ("2024年公司营业收入为2,774.21百万元(约27.74亿元)。", "consistent"),
    ("2024年公司营业收入为277,421万元,即27.74亿元。", "consistent"),
    ("2024年公司营业收入为2,776.21百万元(约27.7亿元)。", "rounding"),     # 27.7621 cut, not rounded
    ("2024年公司营业收入为2,774.21百万元,即约277.42亿元。", "mismatch"),  # a slip of scale: ×10
])
def test_an_amount_stated_again_in_another_scale_of_its_money(tmp_path, text, verdict):
    path = tmp_path / "n.txt"
    path.write_text(text + "\n", encoding="utf-8")
    found = [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "conversions"]
    assert found == [verdict]
