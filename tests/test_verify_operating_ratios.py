"""verify's `operating_ratios` family: a ratio of one definition (客座率 = RPK ÷ ASK) from the two
amounts its passage states, and its change in points from their growths."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

AIRLINE = ("期内,集团客运运力(“ASK”) 同比增长10.96%,达到657.58亿座公里。旅客周转量(“RPK”)为{rpk}亿客公里,"
           "同比上升9.75%。其中,国内航线为325.96亿客公里。客座率为{level}%,同比微降{points}个百分点,其中,国内、国际"
           "及地区航线客座率分别为83.02%、78.28% 和78.90%。\n")


def ratios_of(tmp_path, text):
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "operating_ratios"]


def test_a_load_factor_from_its_two_amounts_and_its_change_from_their_growths(tmp_path):
    # 533.50 ÷ 657.58 = 81.13%; a year before 533.50 ÷ 1.0975 over 657.58 ÷ 1.1096 = 82.02%: −0.89 points
    checks = ratios_of(tmp_path, AIRLINE.format(rpk="533.50", level="81.13", points="0.90"))
    assert [(figure, verdict) for figure, verdict, _ in checks] == [("81.13", "consistent"), ("0.90", "rounding")]
    assert checks[0][2] == "旅客周转量 ÷ 客运运力 × 100"
    assert ratios_of(tmp_path, AIRLINE.format(rpk="533.50", level="82.13", points="0.90"))[0][1] == "mismatch"
    assert ratios_of(tmp_path, AIRLINE.format(rpk="533.50", level="81.13", points="1.90"))[1][1] == "mismatch"
    # an edit of the amount shows in the level (the change, a share of the level, moves 0.02 points)
    assert [v for _, v, _ in ratios_of(tmp_path, AIRLINE.format(rpk="543.50", level="81.13", points="0.90"))] == \
        ["mismatch", "rounding"]
    # the segments' ratios ('国内、国际及地区航线客座率分别为…') are not judged: their ASKs are unsaid


def test_a_change_with_a_growth_unsaid_is_unverifiable_and_a_segments_ratio_is_left(tmp_path):
    text = "货运运力(AFTK)为35.18亿吨公里。货运周转量(RFTK)为18.03亿吨公里,同比上升10.90%。货邮载运率为51.26%,同比上升0.51个百分点。\n"
    checks = run_families(read_document(_written(tmp_path, text)))[0]
    level, change = [c for c in checks if c["family"] == "operating_ratios"]
    assert level["verdict"] == "rounding"                       # 18.03 ÷ 35.18 = 51.25%
    assert change["verdict"] == "unverifiable" and "去年同期货运运力" in change["note"]
    assert ratios_of(tmp_path, "国内航线旅客周转量为325.96亿客公里,客运运力为400.00亿座公里,国内航线客座率为81.49%。\n") == []


def _written(tmp_path, text):
    path = tmp_path / "w.txt"
    path.write_text(text, encoding="utf-8")
    return path
