"""verify's `growth_gaps` family on a city's GDP release and an investment one written here: a
growth's gap in points to the growth it is compared with, stated before of what the comparison names."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

GDP = ("前三季度全市地区生产总值(GDP)实现3216.1亿元,同比增长4.2%,增速分别高于全国、全省1.2个、0.5个百分点。\n"
       "前三季度全市第一产业同比增长4.7%,高于全市经济增长{first}个百分点。\n"
       "其中,工业增加值实现1207.7亿元,同比增长5.3%,高于GDP增速1.1个百分点;建筑业增加值同比下降2.0%,低于GDP增速6.2个百分点。\n"
       "1—7月,全市投资同比增长125.6%,高于去年同期84.9个百分点。\n")


def gaps(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "growth_gaps"]


def test_a_growth_less_the_one_it_is_compared_with(tmp_path):
    # 全市经济 and GDP are both the GDP's 4.2%; a fall of 2.0% is 6.2 points below it; the places
    # (全国、全省) and the year before have no growth stated here: not judged
    assert gaps(tmp_path, GDP.format(first="0.5")) == [
        (0.5, "consistent", "growth 4.7% − 全市经济 4.2%"), (1.1, "consistent", "growth 5.3% − GDP 4.2%"),
        (6.2, "consistent", "GDP 4.2% − growth 2.0%")]
    assert gaps(tmp_path, GDP.format(first="0.7"))[0][:2] == (0.7, "mismatch")


def test_a_list_of_growths_and_their_gaps(tmp_path):
    text = ("今年上半年,全国固定资产投资(不含农户)28.06万亿元,按年增长8.6%。高技术制造业和高技术服务业投资按年分别增长21.5%和22.3%,"
            "分别快于全部投资12.9和{second}个百分点。")
    assert [(r, v) for r, v, _ in gaps(tmp_path, text.format(second="13.7"))] == [(12.9, "consistent"), (13.7, "consistent")]
    assert [v for _, v, _ in gaps(tmp_path, text.format(second="14.7"))] == ["consistent", "mismatch"]


def test_a_gap_to_the_overall_growth_of_what_it_measures(tmp_path):
    # 整体 names no place: the whole of what the growth measures, 进出口, whose growth the text gave first
    text = ("上半年我国外贸进出口同比增长2.1%。其中出口同比增长3.7%。\n"
            "我国对沿线国家进出口同比增长9.8%,高出整体增速{gap}个百分点。")
    assert gaps(tmp_path, text.format(gap="7.7")) == [(7.7, "consistent", "growth 9.8% − 整体 2.1%")]
    assert gaps(tmp_path, text.format(gap="6.7"))[0][:2] == (6.7, "mismatch")
    # a place stays unjudged: the text gives no growth of 全国
    assert gaps(tmp_path, "全市进出口同比增长5.0%,高出全国3.0个百分点。") == []


def test_a_gap_to_the_whole_industry_is_to_its_headline_growth(tmp_path):
    # '增速继续高出全行业4.9个百分点': the industry's growth, the text's first; an adverb may stand before the comparison
    text = ("1至8月,我国软件和信息技术服务业实现软件业务收入23248亿元,同比增长21.5%。\n"
            "数据处理和存储服务实现收入4174亿元,同比增长26.4%,增速继续高出全行业{gap}个百分点。")
    assert gaps(tmp_path, text.format(gap="4.9")) == [(4.9, "consistent", "growth 26.4% − 全行业 21.5%")]
    assert gaps(tmp_path, text.format(gap="5.9"))[0][:2] == (5.9, "mismatch")


def test_no_gap_judged_on_a_subject_s_growth_of_another_measure(tmp_path):
    # the east's exports grew 5.6%: the centre's and the west's exports are 18.1 and 24.5 points above it, but their
    # imports' gaps are to the east's imports, which the text does not give
    text = ("东部地区出口增长5.6%。中、西部地区出口分别增长23.7%和30.1%,高于东部地区18.1和24.5个百分点;"
            "进口分别增长16.4%和6.4%,高于东部地区10.1和0.1个百分点。")
    assert [(r, v) for r, v, _ in gaps(tmp_path, text)] == [(18.1, "consistent"), (24.5, "consistent")]


def test_a_rate_s_gap_to_another_rate_stated_before(tmp_path):
    # '25-59岁人口调查失业率为4.8%,低于全国城镇调查失业率0.6个百分点': the nation's rate, 5.4%, less the group's
    text = ("9月份,全国城镇调查失业率为5.4%,比8月份下降0.2个百分点;其中25-59岁人口调查失业率为4.8%,低于全国城镇调查失业率"
            "{gap}个百分点,与8月份持平。")
    assert gaps(tmp_path, text.format(gap="0.6")) == [(0.6, "consistent", "全国城镇调查失业率 5.4% − rate 4.8%")]
    assert gaps(tmp_path, text.format(gap="0.9"))[0][:2] == (0.9, "mismatch")


LOANS = ("二季度末,金融机构人民币各项贷款余额250.85万亿元,同比增长8.8%。\n"
         "二季度末,本外币工业中长期贷款余额23.73万亿元,同比增长17.5%,增速比各项贷款高9.2个百分点。\n"
         "二季度末,普惠小微贷款余额32.38万亿元,同比增长16.9%,增速比各项贷款高{gap}个百分点,比上季末低0.3个百分点。\n")


def test_a_gap_said_with_比_and_none_across_scopes(tmp_path):
    # '增速比各项贷款高8.1个百分点': 16.9 − 8.8; the 本外币 loans' gap is to the 本外币 total's growth, which the text does
    # not state (17.5 − 8.8 is 8.7, not 9.2): not judged; '比上季末低' is on a time's
    assert gaps(tmp_path, LOANS.format(gap="8.1")) == [(8.1, "consistent", "growth 16.9% − 各项贷款 8.8%")]
    assert gaps(tmp_path, LOANS.format(gap="8.5"))[0][:2] == (8.5, "mismatch")


def test_a_second_gap_of_the_same_growth_and_a_measure_named_without_its_verb(tmp_path):
    # two gaps in a row are both the fall's: 9.6 − (−5.3) = 14.9, 14.4 − (−5.3) = 19.7; '全省固定资产投资' is the
    # '全省固定资产完成投资' stated before (a verb between its words)
    text = ("一季度,全市规模以上工业增加值同比增长9.6%。其中采矿业增加值同比增长14.4%;制造业增加值同比下降5.3%,"
            "低于全市工业增加值增速14.9个百分点,低于采矿业增加值增速{second}个百分点。\n"
            "1-9月,全省固定资产完成投资10875.84亿元,比上年同期增长17.5%。\n"
            "1-9月,全省工业完成投资5962.60亿元,比上年同期增长10.3%,增速低于全省固定资产投资增速7.2个百分点。")
    found = gaps(tmp_path, text.format(second="19.7"))
    assert [(r, v) for r, v, _ in found] == [(14.9, "consistent"), (19.7, "consistent"), (7.2, "consistent")]
    assert found[1][2] == "采矿业增加值 14.4% − growth 5.3%"
    assert gaps(tmp_path, text.format(second="18.7"))[1][:2] == (18.7, "mismatch")


def test_a_gap_to_a_place_s_average_is_to_the_growth_first_stated_of_that_place(tmp_path):
    # '高于全省平均3.4个百分点': the province's headline, the first growth whose sentence names 全省 (not the nation's)
    text = ("1-4月,全国规模以上工业增加值同比增长6.2%。1-4月,全省规模以上工业增加值同比增长8.5%。"
            "小型企业同比增长11.9%,高于全省平均{gap}个百分点。")
    assert gaps(tmp_path, text.format(gap="3.4")) == [(3.4, "consistent", "growth 11.9% − 全省平均 8.5%")]
    assert gaps(tmp_path, text.format(gap="5.7"))[0][:2] == (5.7, "mismatch")


def test_a_gap_to_a_measure_s_whole_named_整体(tmp_path):
    # '高出外贸整体增速2个百分点': 外贸's growth, the first stated of it (进出口总值's 2.8%)
    text = ("据海关统计,今年前三季度我国外贸进出口总值22.91万亿元,比去年同期增长2.8%。前三季度,我国以一般贸易方式进出口增长4.8%,"
            "高出外贸整体增速{gap}个百分点。")
    assert gaps(tmp_path, text.format(gap="2")) == [(2, "consistent", "growth 4.8% − 外贸整体 2.8%")]
    assert gaps(tmp_path, text.format(gap="3"))[0][:2] == (3, "mismatch")
