"""verify's `ratio_spreads` family on company notes written here: a ratio named as the difference of two
others (毛销差 = 毛利率 − 销售费用率; a bank's 净利差), its level and its change in points, against the two
as the note states them just before it."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

TITLE = "某酒业(600999):三季报点评\n"


def spreads(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text(TITLE + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "ratio_spreads"]


def test_a_level_and_its_change_from_the_ratios_a_sentence_before(tmp_path):
    text = ("25Q3公司实现毛利率水平79.8%(yoy+2.0pct)。25Q3公司税金比率/销售费率/管理费率分别为17.8%/39.1%/11.8%,"
            "同比+0.6pct/+16.1pct/+5.7pct,毛销差{level}%(同比{change}pct)。")
    # 79.8 − 39.1 = 40.7; +2.0 − 16.1 = −14.1, and −14.2 is within the rounding of two figures to 0.1
    assert spreads(tmp_path, text.format(level="40.7", change="-14.2")) == [(40.7, "consistent"), (-14.2, "rounding")]
    assert spreads(tmp_path, text.format(level="41.7", change="-12.1")) == [(41.7, "mismatch"), (-12.1, "mismatch")]


def test_a_change_with_no_base_word_on_the_base_its_components_share(tmp_path):
    text = ("2025Q1公司毛利率/净利率分别为34.85%/11.45%,同比+2.48/+1.63pct;销售费用率19.02%,同比提升1.09pct;"
            "毛销差上升{change}pct;管理费用率3.55%。")
    assert spreads(tmp_path, text.format(change="1.39")) == [(1.39, "consistent")]
    assert spreads(tmp_path, text.format(change="1.93")) == [(1.93, "mismatch")]


def test_a_bank_net_interest_spread(tmp_path):
    text = "2025H1生息资产收益率为3.12%,计息负债成本率为1.78%,净利差为{spread}%,同比收窄0.2个百分点。"
    assert spreads(tmp_path, text.format(spread="1.34")) == [(1.34, "consistent")]


def test_no_spread_judged_without_both_components_or_with_a_part_of_the_company(tmp_path):
    assert spreads(tmp_path, "25Q3公司销售费用率39.1%,毛销差40.7%。") == []
    # a segment's gross margin is not the company's: its 毛销差 is not judged on it
    assert spreads(tmp_path, "25Q3白酒业务毛利率79.8%,公司销售费用率39.1%,毛销差40.7%。") == []


@pytest.mark.parametrize("level, verdict", [("12.06", "consistent"), ("13.06", "mismatch")])
def test_components_on_the_year_before_named_in_words_and_the_spread_that_followed(tmp_path, level, verdict):
    # '对比去年同期下降了8.3pct', '毛销差随之下降11.67pct至12.06%': 30.31 − 18.25; −8.3 − 3.37
    text = ("24Q3公司毛利率为30.31%,对比去年同期下降了8.3pct,销售费用率对比去年同期提升了3.37pct至18.25%,"
            f"毛销差随之下降11.67pct至{level}%。")
    assert (float(level), verdict) in spreads(tmp_path, text) and (-11.67, "consistent") in spreads(tmp_path, text)
