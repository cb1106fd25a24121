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


MONTHLY = ("2018年10月,示例航空股份有限公司及所属子公司(以下简称“本集团”)客运运力投入(按可利用客公里计)同比上升12.40%,"
           "其中国内、地区、国际分别同比上升12.94%、10.04%、11.29%;旅客周转量(按收入客公里计)同比上升13.22%,"
           "其中国内、地区、国际分别同比上升14.48%、3.48%、10.70%;客座率为82.60%,同比上升{}个百分点,"
           "其中国内同比上升1.13个百分点。\n")


def test_a_monthly_announcements_change_from_the_level_and_the_two_growths_alone(tmp_path):
    # no amount: a year before 82.60 × 1.1240 ÷ 1.1322 = 82.002%, so +0.598 points (南方航空 2018年10月);
    # the company by its full name, with its subsidiaries and the short name it goes by, is the whole business
    assert ratios_of(tmp_path, MONTHLY.format("0.60")) == [
        ("0.60", "consistent", "客座率 − 客座率 × (1 + 客运运力 同比) ÷ (1 + 旅客周转量 同比)")]
    assert ratios_of(tmp_path, MONTHLY.format("0.80"))[0][1] == "mismatch"
    # a change printed with % is points or a relative change, whichever reproduces (东方航空 2021年2月: +11.25 points)
    text = ("2021年2月,东方航空客运运力投入(按可用座公里计)同比上升50.22%;旅客周转量(按客运人公里计)同比上升83.83%;"
            "客座率为61.52%,同比上升11.25%。\n")
    assert ratios_of(tmp_path, text)[0][:2] == ("11.25", "consistent")


def test_a_change_before_the_level_and_each_airline_in_its_own_paragraph(tmp_path):
    # '乘客运载率增加46.4个百分点至86.8%' with its measures after it (国泰 2023年1月: 86.8 × 18.171 ÷ 39.073 = 40.37);
    # the airline before it in the digest is not its capacity's
    text = ("吉祥航空数据显示,今年1月份,公司客运运力投入(按可用座位公里计)同比上升10.10%,旅客周转量(按收入客公里计)"
            "同比上升30.57%。客座率为74.12%,同比上升11.62%。\n\n国泰航空于1月份载客103.1万人次。收入乘客千米数按年上升3807.3 %。"
            "乘客运载率增加{}个百分点至86.8 %,以可用座位千米数计算的运力按年增加1717.1 %。\n")
    assert [v for _, v, _ in ratios_of(tmp_path, text.format("46.4"))] == ["consistent", "consistent"]
    assert [v for _, v, _ in ratios_of(tmp_path, text.format("44.4"))] == ["consistent", "mismatch"]
    # a segment's ratio with its segment's growths is left: its level is not the whole's
    segment = "国内航线客运运力投入同比上升8.30%,国内旅客周转量同比上升6.43%,国内航线客座率为80.00%,同比下降1.46个百分点。\n"
    assert ratios_of(tmp_path, segment) == []


def test_amounts_in_a_bare_scale_and_a_level_after_its_move(tmp_path):
    # '可利用座公里(ASK)达2898.09亿,同比增长5.62%;收入客公里(RPK)同比增幅更高至7.63%,达2481.30亿,推动客座率同比提升1.60个百分点
    # 至85.62%': 2481.30 ÷ 2898.09 = 85.62%; a year before 85.62 × 1.0562 ÷ 1.0763 = 84.02%: +1.60 points
    text = ("前三季度公司可利用座公里(ASK)达2898.09亿,同比增长5.62%;收入客公里(RPK)同比增幅更高至7.63%,达2481.30亿,"
            "推动客座率同比提升{points}个百分点至{level}%。\n")
    found = [(f, v) for f, v, _ in ratios_of(tmp_path, text.format(points="1.60", level="85.62"))]
    assert found == [("85.62", "consistent"), ("1.60", "consistent")]
    assert ("83.62", "mismatch") in [(f, v) for f, v, _ in ratios_of(tmp_path, text.format(points="1.60", level="83.62"))]
    assert ("1.90", "mismatch") in [(f, v) for f, v, _ in ratios_of(tmp_path, text.format(points="1.90", level="85.62"))]
