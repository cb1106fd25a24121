"""verify's `share_lists` family: shares of one whole a sentence lists make 100."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def shares(tmp_path, text):
    path = tmp_path / "s.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"]) for c in run_families(read_document(path))[0]
            if c["family"] == "share_lists"]


@pytest.mark.parametrize("other, verdict", [("26", "consistent"), ("36", "mismatch")])
def test_a_catch_all_is_what_the_others_leave_of_100(tmp_path, other, verdict):
    # 23 + 37 + 14 = 74: 其他 is 26 (a news site printed 36)
    text = f"依照製程別區分,示例電 3 奈米營收比重達 23%,5 奈米 37%,7 奈米 14%,其他共 {other}%。"
    assert shares(tmp_path, text) == [(other, verdict)]


def test_names_sharing_one_figure_and_a_level_moved_to(tmp_path):
    # '物联网、车用电子各5%' is 5% each: 57 + 30 + 5 + 5 + 1 + 2 = 100
    assert shares(tmp_path, "以应用别区分,高效能运算占比达57%,智慧型手机30%,物联网、车用电子各5%,消费性电子1%,其他约2%。") == [
        ("2", "consistent")]
    # no catch-all: a list making 100 is every part; '增加至11.9%' is the part's level
    text = "收入占比分别为:智能手机21.5%、电脑与平板15.2%、消费电子43.4%、互联与可穿戴8%、工业与汽车占比进一步增加至11.9%。"
    assert shares(tmp_path, text) == [("11.9", "consistent")]


def test_shares_passing_100_or_short_of_it_are_not_judged(tmp_path):
    # a securities firm's lines pass 100 where its unlisted 其他 is negative
    assert shares(tmp_path, "营收占比:经纪 19.7%、投行 6.6%、资管 15.6%、利息 1.4%、投资 57.7%。") == [("57.7", "unverifiable")]
    assert shares(tmp_path, "收入占比分别为:华东45%、华南25%、华北10%。") == []       # other regions unlisted


def test_growths_and_ratios_are_no_shares(tmp_path):
    text = "各业务收入占比提升,其中游戏同比增长45%、广告同比增长38%、云同比增长30%,毛利率56%、净利率33%、费用率20%。"
    assert shares(tmp_path, text) == []
    text = "线上渠道营收占比约70%,线下分销及商超占比近30%,分销渠道同比增长超150%,日销品占比达40%。"
    assert shares(tmp_path, text) == []             # 70 + 30 make the whole; the growth ends the list
    assert shares(tmp_path, "Q4 GAAP毛利率指引74.8%,NonGAAP毛利率指引75%,净利率指引50%,占比不变。") == []


def test_each_share_with_the_earlier_period_s_after_it_makes_two_lists(tmp_path):
    # '…占比约37%，较第2季的35%略增，…': the quarter's shares one list, the second quarter's another
    text = ("从产品营收比重来看，消费产品占比约37%，较第2季的35%略增，云端产品占比42%，较第2季的41%略增，"
            "电脑产品占比约15%，较第2季的{}%略减，其他产品占比约6%，较第2季6%持平。")
    assert shares(tmp_path, text.format("18")) == [("6", "consistent"), ("6", "consistent")]
    # the second quarter's 35 + 41 + 28 leave −4, not 6: that list's catch-all is flagged, the third quarter's not
    assert shares(tmp_path, text.format("28")) == [("6", "consistent"), ("6", "mismatch")]


@pytest.mark.parametrize("total, verdict", [("85.5", "consistent"), ("88.5", "mismatch")])
def test_a_subtotal_of_the_shares_stated_by_their_count(tmp_path, total, verdict):
    # 40.67 + 25.48 + 19.37 = 85.52: '三者合计' adds the last three shares stated before it
    text = (f"去年,公司共获得通行费收入20.7亿元,同比增长21.25%。其中,甲高速贡献收入8.6亿元,占公司收入的40.67%,"
            f"乙高速和丙高速则各贡献了25.48%和19.37%的收入,三者合计收入占比约{total}%。")
    assert shares(tmp_path, text) == [(total, verdict)]


def test_a_subtotal_of_the_clause_of_shares_before_it(tmp_path):
    # 23 + 18 + 9 + 8 + 6 = 64 after a bullet; a clause of growths is no list of shares
    text = "- 户外视频媒体TOP5行业为网站(23%)、饮料(18%)、软件(9%)、化妆品(8%)、服务业(6%),合计占比{}% [2][10]"
    assert shares(tmp_path, text.format(64)) == [("64", "consistent")]
    assert shares(tmp_path, text.format(65)) == [("65", "rounding")]  # five whole percents: 61.5–66.5
    assert shares(tmp_path, text.format(68)) == [("68", "mismatch")]
    assert shares(tmp_path, "甲业务同比增长23%、乙业务同比增长18%,合计占比41%。") == []


@pytest.mark.parametrize("overseas, verdict", [("37.6", "consistent"), ("38.6", "mismatch")])
def test_two_shares_that_are_a_known_whole(tmp_path, overseas, verdict):
    # 境内 and 境外 are all of it (data/partitions.json complete_shares): 100 − 62.4 = 37.6
    assert shares(tmp_path, f"按地区看,2024年公司境内收入占比62.4%,境外收入占比{overseas}%。") == [(overseas, verdict)]


def test_two_shares_of_no_known_whole_are_no_breakdown(tmp_path):
    # two parts of any names may leave others out: 40 + 50 is no error
    assert shares(tmp_path, "2024年公司储能业务收入占比40%,动力电池收入占比50%。") == []


def test_regions_shares_of_sales_never_pass_100(tmp_path):
    # no region's share is negative: '来自中国的占比为85.3%,美国区12.6%,欧亚区3.1%' passes 100 beyond its rounding
    text = "按地区来看,一季度收入中来自中国的占比为{}%,来自美国区的占比为12.6%,来自欧亚区的占比为3.1%。"
    assert [v for _, v in shares(tmp_path, text.format("84.3"))] == ["consistent"]
    assert [v for _, v in shares(tmp_path, text.format("85.3"))] == ["mismatch"]
    # a country's own regions beside it are nested in it: no split, and other parts may hold a negative 其他
    assert [v for _, v in shares(tmp_path, "公司收入中国内占比80%,华东占比40%,海外占比20%。")] == ["unverifiable"]


def test_a_slash_list_of_shares_named_by_the_slash_list_before_it(tmp_path):
    # '年度长协/月度长协/现货/坑口直销售价分别为…,占比分别为49%/44%/3%/4%': the four channels make the whole
    text = "2025Q3年度长协/月度长协/现货/坑口直销售价分别为433/538/506/202元/吨,占比分别为49%/44%/3%/{}%。"
    assert shares(tmp_path, text.format("4")) == [("4", "consistent")]
    # with a catch-all, what the others leave of 100
    caught = "国内/海外/其他收入分别为60/25/15亿元,占比分别为60%/25%/{}%。"
    assert shares(tmp_path, caught.format("15")) == [("15", "consistent")]
    assert shares(tmp_path, caught.format("25")) == [("25", "mismatch")]
    # a measure's share within each name ('线上渠道占比'), names in another bullet, or a change, is no breakdown
    for text in ("中国/亚太/美洲/欧洲及其他营收分别为82.8/28.5/22.6/4.8亿元,线上渠道占比分别为36%/38%/59%/33%。",
                 "中国/亚太/美洲/欧洲及其他营收分别为82.8/28.5/22.6/4.8亿元 [3] - 占比分别为36%/38%/59%/33%",
                 "A/B/C业务收入分别为10/20/30亿元,占比分别提升1%/2%/3%。"):
        assert shares(tmp_path, text) == []


@pytest.mark.parametrize("other, verdict", [("27.6", "consistent"), ("37.6", "mismatch")])
def test_one_share_and_the_catch_all_after_it(tmp_path, other, verdict):
    # 其他 is the rest of the whole, whatever the one share is: 100 − 72.4
    assert shares(tmp_path, f"产品结构方面,中高价酒占比72.4%,其他酒类占{other}%。") == [(other, verdict)]


def test_two_shares_without_a_catch_all_are_no_list(tmp_path):
    assert shares(tmp_path, "产品结构方面,中高价酒占比72.4%,玻汾占27.6%。") == []


@pytest.mark.parametrize("last, verdict", [("0.4", "consistent"), ("1.4", "mismatch")])
def test_a_distribution_s_places_are_shares_of_one_whole(tmp_path, last, verdict):
    # '门店分布为…': 42.6 + 41.0 + 16.0 leave 0.4 of the stores abroad
    text = f"截至上半年门店总数763家,门店分布为一线城市占42.6%、二线城市占41.0%、三线及以下城市占16.0%、海外占{last}%。"
    assert shares(tmp_path, text) == [(last, verdict)]


@pytest.mark.parametrize("last, verdict", [("72.0", "consistent"), ("70.0", "mismatch")])
def test_parts_shares_over_years_in_lists_of_their_own(tmp_path, last, verdict):
    # each year's three parts: 18.2 + 15.8 + 66.0 = 100, …; every other year's make 100, so 2025's 12.3 + 15.7 leave 72.0
    text = ("- 2022 - 2025年干法隔膜收益占比分别为18.2%、22.7%、13.4%、12.3%[85] - 2022 - 2025年湿法隔膜收益占比分别为"
            f"15.8%、15.7%、14.1%、15.7%[85] - 2022 - 2025年涂覆隔膜收益占比分别为66.0%、61.6%、72.5%、{last}%[85]")
    got = shares(tmp_path, text)
    # (with 2025's off, no other year is judged: 2025 no longer shows the parts to be the whole)
    assert got == ([("66.0", "consistent"), ("61.6", "consistent"), ("72.5", "consistent")] if verdict == "consistent" else []) \
        + [(last, verdict)]


def test_a_list_of_the_main_parts_has_no_catch_all(tmp_path):
    # '主要产品包括…其他产品三项': 其他产品 is one of the main three, not what they leave of 100 (PVC and others are not listed)
    text = "公司主要产品包括PPR系列产品、PE系列产品、其他产品三项,PPR系列产品占比45.78%,PE系列产品占比20.25%,其他产品占比19.78%。"
    assert shares(tmp_path, text) == []
    assert shares(tmp_path, text.replace("主要产品包括", "产品包括")) == [("19.78", "mismatch")]


@pytest.mark.parametrize("last, verdict", [("15", "consistent"), ("25", "unverifiable")])  # (over 100: a part may be negative)
def test_a_word_on_each_part_in_brackets_after_its_share(tmp_path, last, verdict):
    # '浮法玻璃占比60%(建筑需求主导)': the bracket says why, and the run goes on after it (60 + 25 + 15 = 100)
    text = (f"2025年中国玻璃市场规模约8000亿元,浮法玻璃占比 60%(建筑需求主导),光伏玻璃占比25%(新能源需求高增),"
            f"特种玻璃占比 {last}%(新兴领域需求爆发)。")
    assert shares(tmp_path, text) == [(last, verdict)]


@pytest.mark.parametrize("west, verdict", [("7.4", "consistent"), ("9.4", None)])
def test_shares_after_fenbie_for_the_parts_named_before_it(tmp_path, west, verdict):
    # '东、中、西部地区快递业务量比重分别为76.9%、15.7%和7.4%' make 100; the list after it names the same parts; a list short
    # of 100 (or past it) may leave a part out or be of no one whole: no check. A name may be empty ('…、和1.8%').
    text = (f"1至11月,东、中、西部地区快递业务量比重分别为76.9%、15.7%和{west}%,业务收入比重分别为77.6%、13.4%和9.0%。"
            "同城、异地、国际/港澳台快递业务量分别占全部快递业务量的11.6%、86.6%和1.8%;业务收入分别占全部快递业务收入的6.5%、"
            "49.3%和10.9%。")
    found = shares(tmp_path, text)
    assert found == ([("7.4", "consistent"), ("9.0", "consistent"), ("1.8", "consistent")] if verdict
                     else [("9.0", "consistent"), ("1.8", "consistent")])


def test_no_list_of_rates_market_shares_or_periods(tmp_path):
    # a share in each period, a market share in each channel, a rate of each: no breakdown of one whole
    assert shares(tmp_path, "手游占比72.7%,上一季度和去年同期该占比分别为72.3%和27.7%。") == []
    assert shares(tmp_path, "公司洗衣机线上、线下零售额份额分别为40.2%和46.3%。") == []
    assert shares(tmp_path, "GAAP和非GAAP毛利率预计分别为74.4%和25.6%。") == []


def test_age_groups_named_by_ranges_and_a_share_of_a_named_whole(tmp_path):
    # '0-14岁人口占总人口的17.86%': a share of its whole named before its figure; the ranges' dashes are in the names
    text = "其中,0-14岁人口占总人口的17.86%,15-64岁人口占65.42%,65岁及以上人口占{}%。"
    assert shares(tmp_path, text.format("16.72")) == [("16.72", "consistent")]
    assert shares(tmp_path, text.format("17.72")) == [("17.72", "unverifiable")]   # past 100: an unlisted part may be negative


def test_a_figure_s_last_digit_is_no_share_of_its_own(tmp_path):
    # '80%' is not a part named '8' at 0%: rates by grade ('100%、80%、60%、0%') are no shares of a whole
    text = ("- 公司层面业绩考核未达标,未解锁份额递延考核,最后仍不能解锁则收回权益[33] - 子公司/部门层面业绩考核评价结果为A、B、C、D时,"
            "解锁比例分别为100%、80%、60%、0%[35]")
    assert shares(tmp_path, text) == []
