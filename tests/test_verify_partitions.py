"""verify's `partitions` family on statistics releases written here (a retail release, an investment
one, a city's GDP): parts after a cue against the total stated for their period, shares of a named
total, and the shares of the parts just listed; also the 其中 breakdowns of `parts` (a central bank's loan figures, where a part that fell counts
against its total) and `ai_compute` (a total in another unit than its parts)."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

RETAIL = ("样例省一季度消费品市场\n一季度,社会消费品零售总额{total}亿元,同比增长3.3%。3月份,社会消费品零售总额34233亿元,同比下降3.5%。\n"
          "按经营单位所在地分,一季度城镇消费品零售额94292亿元,同比增长3.2%;乡村消费品零售额14367亿元,增长3.5%。"
          "3月份,城镇消费品零售额29699亿元,同比下降3.6%;乡村消费品零售额{rural_march}亿元,下降3.3%。\n"
          "一季度,全国网上零售额30120亿元,同比增长6.6%。其中,实物商品网上零售额25257亿元,增长8.8%,占社会消费品零售总额的比重为{share}%。\n")


def checks(tmp_path, text, family="partitions"):
    path = tmp_path / "release.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == family]


def sums(tmp_path, text):
    """The partitions checks but the totals' growths from their parts' (test_a_total_s_growth_from_its_parts_growths)."""
    return [c for c in checks(tmp_path, text) if "÷ Σ each" not in c[2]]


def retail(**kw):
    return RETAIL.format(**{"total": "108659", "rural_march": "4534", "share": "23.2", **kw})


def test_the_parts_of_each_period_add_up_to_that_period_s_total(tmp_path):
    assert sums(tmp_path, retail()) == [
        (108659, "consistent", "社会消费品零售总额 = 城镇消费品零售额 + 乡村消费品零售额"),
        (34233, "consistent", "社会消费品零售总额 = 城镇消费品零售额 + 乡村消费品零售额"),
        (23.2, "consistent", "实物商品网上零售额 ÷ 社会消费品零售总额 × 100")]


def test_a_part_or_a_total_edited_is_a_mismatch_where_the_parts_exceed_it(tmp_path):
    # March's parts now sum to 34243 over a total of 34233: a level's parts never exceed it
    verdicts = [v for _, v, _ in sums(tmp_path, retail(rural_march="4544"))]
    assert verdicts == ["consistent", "mismatch", "consistent"]
    # a total edited down: the quarter's parts exceed it (and its share no longer holds)
    assert [v for _, v, _ in sums(tmp_path, retail(total="107659"))] == ["mismatch", "consistent", "mismatch"]


def test_parts_short_of_their_total_may_leave_a_member_out(tmp_path):
    # 贷款 分部门 lists 住户, 企业 and 非银 but not 机关团体: a sum short of the total is no mismatch
    text = ("前两个月人民币贷款增加6.37万亿元。\n分部门看,住户贷款增加3894亿元;企(事)业单位贷款增加5.43万亿元;"
            "非银行业金融机构贷款增加4294亿元。\n")
    assert [v for _, v, _ in checks(tmp_path, text)] == ["unverifiable"]


def test_a_split_of_another_total_than_the_headline_is_judged_on_that_one(tmp_path):
    # the three industries add up to 城镇's 21844, not to the headline's 26082
    text = ("今年上半年,全社会累计完成固定资产投资26082亿元,比去年同期增长28.6%。其中,城镇累计完成投资21844亿元,增长31%,"
            "回落16.8个百分点;农村累计完成投资4238亿元,增长17.3%。\n分三次产业看,第一产业投资212亿元,同比增长7.2%,比1-5月回落4.5个"
            "百分点;第二产业投资8791亿元,增长41.8%。其中,工业投资8511亿元,增长42.3%;建筑业投资280亿元,增长28.0%。第三产业投资"
            "12841亿元,增长25.0%。\n")
    # (城镇 and 农村, 工业 and 建筑业 are splits known whole: partitions reads them too; verify shows each once)
    assert sums(tmp_path, text) == [
        (21844, "consistent", "城镇累计完成投资 = 第一产业投资 + 第二产业投资 + 第三产业投资"),
        (26082, "consistent", "全社会累计完成固定资产投资 = 城镇累计完成投资 + 农村累计完成投资"),
        (8791, "consistent", "第二产业投资 = 工业投资 + 建筑业投资")]
    # and the 其中 runs a ；divides are each one total's parts (the parts family)
    # with each total's growth from its parts' (26082 ÷ (21844 ÷ 1.31 + 4238 ÷ 1.173) − 1 = 28.56%)
    assert [(r, v) for r, v, _ in checks(tmp_path, text, "parts")] == [
        (26082, "consistent"), (28.6, "consistent"), (8791, "consistent"), (41.8, "consistent")]


def test_the_shares_of_the_parts_listed_may_be_nudged_to_add_up_to_100(tmp_path):
    text = ("前三季度全市地区生产总值(GDP)实现3216.1亿元,同比增长4.2%。\n分产业看,第一产业增加值实现217.3亿元,同比增长4.7%;"
            "第二产业增加值实现1288.7亿元,同比增长5.0%;第三产业增加值实现1710.1亿元,同比增长3.6%。第一、第二、第三产业增加值占GDP的"
            "比重分别为6.8%、40.1%、{third}%。\n")
    got = sums(tmp_path, text.format(third="53.1"))
    assert [(r, v) for r, v, _ in got] == [(3216.1, "consistent"), (6.8, "consistent"), (40.1, "consistent"),
                                           (53.1, "rounding")]  # 53.17 printed 53.1 so that the three make 100
    assert [v for r, v, _ in sums(tmp_path, text.format(third="52.1"))][-1] == "mismatch"


def test_a_ratio_of_the_industries_and_no_earlier_year_s(tmp_path):
    text = ("1—7月,全市第一产业完成投资67.19亿元,同比增长125.6%;第二产业完成投资858.69亿元,增长34.7%。第三产业完成投资1450.28亿元,"
            "增长30.4%。三个产业投资的比重由上年同期的1.7∶35.8∶62.5调整为2.8∶36.1∶61.1。\n")
    # no cue and no total stated: nothing for the parts; the ratio after 调整为 is this year's
    assert checks(tmp_path, text) == []
    cued = "从三个产业的投资增长来看," + text
    assert [(r, v) for r, v, _ in checks(tmp_path, cued)] == [(2.8, "consistent"), (36.1, "consistent"), (61.1, "rounding")]


def test_no_partition_judged_in_a_company_report(tmp_path):
    text = ("样例电力(600999):三季报点评\n维持“买入”评级。公司2025年前三季度营业收入300.0亿元。分业务看,火电收入200.0亿元;"
            "新能源收入90.0亿元。\n")
    assert checks(tmp_path, text) == []


def test_a_loan_that_fell_counts_against_its_total(tmp_path):
    # 住户 = −1340 + 5234; 企业's listed parts are not all of its loans (融资租赁, 垫款): no mismatch
    text = ("前两个月人民币贷款增加6.37万亿元。分部门看,住户贷款增加3894亿元,其中,短期贷款减少1340亿元,中长期贷款增加5234亿元;"
            "企(事)业单位贷款增加5.43万亿元,其中,短期贷款增加1.99万亿元,中长期贷款增加4.6万亿元,票据融资减少1.25万亿元;"
            "非银行业金融机构贷款增加4294亿元。\n")
    assert [(r, v, f) for r, v, f in checks(tmp_path, text, "parts")] == [
        (3894, "consistent", "− 短期贷款减少 1340 + 中长期贷款增加 5234"),
        (5.43, "unverifiable", "短期贷款增加 1.99 + 中长期贷款增加 4.6 − 票据融资减少 1.25")]
    assert checks(tmp_path, text, "ai_compute") == []  # one check a figure: the parts in one unit are parts'


def test_a_total_in_another_unit_than_its_parts_is_a_slip(tmp_path):
    # '50万美元' for 50亿: the breakdown across units is ai_compute's, a mismatch naming the slip
    text = "公司全年收入有望达到50万美元，其中，订阅收入约为40亿美元，API收入约为10亿美元。"
    path = tmp_path / "note.txt"
    path.write_text(text + "\n", encoding="utf-8")
    (check,) = [c for c in run_families(read_document(path))[0] if c["family"] == "ai_compute"]
    assert check["verdict"] == "mismatch" and "万/亿" in check["note"]


def test_a_trade_surplus_is_exports_less_imports(tmp_path):
    text = ("前2个月,中国进出口总值达4.52万亿元,其中出口达2.44万亿元,增长18%;进口达2.08万亿元,增长15.2%。前2个月,中国贸易顺差"
            "达{surplus}亿元,扩大37.2%。\n")
    # 2.44 − 2.08 is 0.36万亿 = 3600亿, and 3622亿 within the two figures' printing (3550–3650亿)
    assert checks(tmp_path, text.format(surplus="3622"))[0] == (3622, "rounding", "出口 − 进口")
    assert checks(tmp_path, text.format(surplus="3822"))[0][1] == "mismatch"
    # the total and its two parts are the parts family's, once
    assert [(r, v) for r, v, _ in checks(tmp_path, text.format(surplus="3622"), "parts")] == [(4.52, "consistent")]
    assert checks(tmp_path, text.format(surplus="3622"), "ai_compute") == []


def test_a_balance_s_growth_from_its_exports_and_imports_bases(tmp_path):
    # 2015: 14.14 ÷ 0.982 − 10.45 ÷ 0.868 = 2.360万亿 a year before; 3.69 on it is +56.4%, 56.7 within the inputs' printing
    text = "2015年,出口14.14万亿元,下降1.8%;进口10.45万亿元,下降13.2%。贸易顺差3.69万亿元,扩大{}%。\n"
    growth = "balance ÷ (出口 ÷ (1 + its growth) − 进口 ÷ (1 + its growth)) − 1, × 100"
    assert checks(tmp_path, text.format("56.7")) == [(3.69, "consistent", "出口 − 进口"), (56.7, "rounding", growth)]
    assert checks(tmp_path, text.format("46.7"))[1][1] == "mismatch"
    # a deficit narrowing: a fall of its own
    deficit = "上半年,出口1.00万亿元,增长10.0%;进口1.20万亿元,增长5.0%。贸易逆差0.20万亿元,收窄{}%。\n"
    assert [v for _, v, _ in checks(tmp_path, deficit.format("15.4"))] == ["consistent", "rounding"]
    assert checks(tmp_path, deficit.format("25.4"))[1][:2] == (-25.4, "mismatch")
    # a year before's balance of the other sign (imports over exports): no growth in percent
    turned = "出口1.00万亿元,增长30.0%;进口0.90万亿元,下降20.0%。贸易顺差0.10万亿元,扩大50.0%。\n"
    assert len(checks(tmp_path, turned)) == 1


def test_a_split_known_whole_short_of_its_total_is_a_mismatch(tmp_path):
    # 城镇 and 乡村 are all of it: 94292 + 14267 short of 108659 by 100 is an error, not a member left out
    assert [v for _, v, _ in checks(tmp_path, retail().replace("14367", "14267"))][0] == "mismatch"
    # a split of another total, 16% off the headline's, is not judged on it (the 2004 three industries, 城镇 not printed)
    text = ("今年上半年,全社会累计完成固定资产投资26082亿元,比去年同期增长28.6%。\n分三次产业看,第一产业投资212亿元,同比增长7.2%;"
            "第二产业投资8791亿元,增长41.8%;第三产业投资12841亿元,增长25.0%。\n")
    assert [v for _, v, _ in checks(tmp_path, text)] == ["unverifiable"]


def test_a_share_written_without_its_word(tmp_path):
    # '占…的8.4%': 4211.5 of the 50124.2 the release states first for 1-10月; the revenue total it names is
    # not stated, so that share is not judged
    text = ("今年1-10月,全国规模以上工业企业实现利润总额50124.2亿元,同比增长0.7%。\n1-10月,汽车制造业完成营业收入63949亿元,"
            "同比增长2.1%,占规模以上工业企业营业收入总额的7.6%。1-10月,汽车制造业累计实现利润4211.5亿元,同比增长6.6%,"
            "占规模以上工业企业实现利润总额的{share}%。\n")
    assert checks(tmp_path, text.format(share="8.4")) == [(8.4, "consistent", "汽车制造业累计实现利润 ÷ 全国规模以上工业企业实现利润总额 × 100")]
    assert checks(tmp_path, text.format(share="8.7"))[0][1] == "mismatch"


def test_a_split_known_whole_needs_no_cue(tmp_path):
    # the four regions are all of the country: 72483 + 28674 + 30959 + 5199 = 137315, the 137314 within rounding
    text = ("1—11月份,全国房地产开发投资137314亿元,同比增长6.0%。其中,住宅投资103587亿元,增长8.1%。\n1—11月份,东部地区房地产开发投资"
            "72483亿元,同比增长5.8%;中部地区投资28674亿元,增长10.2%;西部地区投资30959亿元,增长4.1%;东北地区投资{ne}亿元,下降0.9%。\n")
    assert [(r, v) for r, v, _ in sums(tmp_path, text.format(ne="5199"))] == [(137314, "rounding")]
    assert [v for _, v, _ in sums(tmp_path, text.format(ne="5299"))] == ["mismatch"]


def test_a_release_s_profit_margin_and_cost_per_hundred(tmp_path):
    text = ("1-10月份,全国规模以上工业企业实现利润总额55211.8亿元,同比增长13.6%。\n1-10月份,规模以上工业企业中,国有控股企业实现"
            "利润总额16724亿元,同比增长20.6%。\n1-10月份,规模以上工业企业实现主营业务收入85.7万亿元,同比增长9.3%;发生主营业务成本"
            "72.2万亿元,增长9%;主营业务收入利润率为{margin}%,同比提高0.24个百分点。\n1-10月份,规模以上工业企业每百元主营业务收入中的"
            "成本为84.27元,同比减少0.25元;每百元主营业务收入中的费用为8.32元,同比持平。\n")
    # the headline's 利润总额 (not 国有控股's) over 主营业务收入; 72.2 of 85.7 is 84.25, and 84.27 within their printing;
    # the 费用 has no amount stated: not judged
    assert [(r, v) for r, v, _ in checks(tmp_path, text.format(margin="6.44"))] == [(6.44, "consistent"), (84.27, "rounding")]
    assert checks(tmp_path, text.format(margin="6.54"))[0][1] == "mismatch"


def test_the_structure_of_a_total_its_components_named_before(tmp_path):
    # each component's share of 社会融资规模, the component found by its name among the amounts stated
    # for the half (委托贷款 fell: its share is negative); the later shares name no total: the first's
    text = ("初步统计,2020年上半年社会融资规模增量累计为20.83万亿元,比上年同期多6.22万亿元。其中,对实体经济发放的人民币贷款增加"
            "12.33万亿元,同比多增2.31万亿元;委托贷款减少2306亿元,同比少减2627亿元;企业债券净融资3.33万亿元,同比多1.76万亿元。\n"
            "从结构看,上半年对实体经济发放的人民币贷款占同期社会融资规模的59.2%,同比低9.4个百分点;委托贷款占比{entrusted}%,"
            "同比高2.3个百分点;企业债券占比16%,同比高5.3个百分点。\n")
    got = checks(tmp_path, text.format(entrusted="-1.1"))
    assert [(r, v) for r, v, _ in got] == [(59.2, "consistent"), (-1.1, "consistent"), (16, "consistent")]
    assert [v for _, v, _ in checks(tmp_path, text.format(entrusted="1.1"))][1] == "mismatch"


def test_a_split_after_its_own_of_which_and_one_before_a_part_s_parts(tmp_path):
    text = ("1-10月累计,全国一般公共预算收入187494亿元,同比增长8.1%。其中,分中央和地方看,中央一般公共预算收入85870亿元,同比增长7.3%;"
            "地方一般公共预算本级收入101624亿元,同比增长8.8%。\n1-10月,全国财政累计收入90851.68亿元。财政收入中的税收收入79634.28"
            "亿元,同比增长26.6%;非税收入11217.4亿元,同比增长40.1%,其中中央非税收入2352.06亿元,同比增长13.8%。\n")
    assert [(r, v) for r, v, _ in sums(tmp_path, text)] == [(187494, "consistent"), (90851.68, "consistent")]


def test_a_dimensions_parts_end_at_the_next_cue_on_the_same_line(tmp_path):
    # a copy that ran the release's paragraphs onto one line: 按经营单位所在地分's parts end where 按消费类型分
    # begins (they were summed together: 34896 + 5374 + 36171 + 4099 against 40271, a false mismatch)
    text = ("10月份,社会消费品零售总额40271亿元,同比下降0.5%。 按经营单位所在地分,10月份,城镇消费品零售额34896亿元,"
            "同比下降0.6%;乡村消费品零售额5374亿元,增长0.2%。 按消费类型分,10月份,商品零售36171亿元,同比增长0.5%;"
            "餐饮收入4099亿元,下降8.1%。 按零售业态分,10月份,全国网上零售额9542亿元,同比增长4.9%。")
    found = sums(tmp_path, text)
    assert sorted((f, v) for _, v, f in found) == [("社会消费品零售总额 = 商品零售 + 餐饮收入", "rounding"),
                                                   ("社会消费品零售总额 = 城镇消费品零售额 + 乡村消费品零售额", "rounding")]


def test_a_paragraph_opening_on_同期_is_of_the_text_s_period(tmp_path):
    text = ("上半年,我国货物贸易进出口总值20.1万亿元,同比增长2.1%。\n一季度、二季度分别达到9.76万亿元和10.34万亿元。\n"
            "同期,我国对东盟进出口3.08万亿元,同比增长5.4%,占进出口总值的{}%。\n")
    assert checks(tmp_path, text.format("15.3"))[-1][:2] == (15.3, "consistent")
    assert checks(tmp_path, text.format("16.3"))[-1][:2] == (16.3, "mismatch")
    # without 同期 the paragraph names no period: the share is read on the one period its whole was stated for, and
    # found where it reproduces it — but a share that does not may mean another period's total: unverifiable
    assert checks(tmp_path, text.format("15.3").replace("同期,", ""))[-1][:2] == (15.3, "consistent")
    assert checks(tmp_path, text.format("16.3").replace("同期,", ""))[-1][:2] == (16.3, "unverifiable")


def test_a_total_s_growth_from_its_parts_growths(tmp_path):
    # the three industries of a profit release add up to its total (a split known whole: data/partitions.json),
    # so the total's growth follows from theirs: 27543.8 ÷ (5024.5 ÷ 0.838 + 19285.7 ÷ 1.063 + 3233.6 ÷ 1.295) − 1 = 3.41%
    text = ("1—5月份,全国规模以上工业企业实现利润总额27543.8亿元,同比增长{}%。\n"
            "1—5月份,采矿业实现利润总额5024.5亿元,同比下降16.2%;制造业实现利润总额19285.7亿元,增长6.3%;"
            "电力、热力、燃气及水生产和供应业实现利润总额3233.6亿元,增长29.5%。\n")
    got = checks(tmp_path, text.format("3.4"))
    assert [(r, v) for r, v, _ in got] == [(27543.8, "consistent"), (3.4, "consistent")]
    assert got[1][2].startswith("(采矿业实现利润总额 + 制造业实现利润总额 + ") and "÷ Σ each" in got[1][2]
    assert checks(tmp_path, text.format("5.4"))[1][:2] == (5.4, "mismatch")
    # the retail release: each period's total from its 城镇 and 乡村 (3.3 and -3.5, within their printing)
    assert [(r, v) for r, v, f in checks(tmp_path, retail()) if "÷ Σ each" in f] == [(3.3, "rounding"), (-3.5, "rounding")]


def test_a_share_s_part_is_no_amount_in_a_bracket_closed_before_it(tmp_path):
    # '国产影片票房284.12亿元(去年同期为321.18亿元,同比减少11.54%),占全国总票房的59.36%': 284.12 ÷ 478.64, not 321.18's
    text = ("前三季度中国电影市场总票房为478.64亿元,观影人次达12.81亿。其中,国产影片票房284.12亿元(去年同期为321.18亿元,"
            "同比减少11.54%),占全国总票房的59.36%。")
    assert checks(tmp_path, text) == [(59.36, "consistent", "国产影片票房 ÷ 中国电影市场总票房 × 100")]


def test_a_known_whole_split_with_no_cue_and_a_split_by_type(tmp_path):
    # 福利彩票 and 体育彩票 are all of China's lottery (data/partitions.json), read with no cue; '分类型看' cues the types
    text = ("9月份,全国共销售彩票527.74亿元,同比增加194.42亿元,增长58.3%。福利彩票机构销售182.13亿元,同比增加58.94亿元,增长47.9%;"
            "体育彩票机构销售{sport}亿元,同比增加135.48亿元,增长64.5%。\n分类型看,9月份,乐透型彩票销售148.68亿元,同比增长15.0%;竞猜型彩票"
            "销售219.27亿元,同比增长70.1%;即开型彩票销售124.93亿元,同比增长151.6%;基诺型彩票销售34.86亿元,同比增长36.9%。")
    assert [c[:2] for c in sums(tmp_path, text.format(sport="345.61"))] == [(527.74, "consistent"), (527.74, "consistent")]
    assert [c[:2] for c in sums(tmp_path, text.format(sport="335.61"))] == [(527.74, "consistent"), (527.74, "mismatch")]


def test_a_bound_is_no_total(tmp_path):
    # '首次突破500亿元大关': the year's box office is more than 500, so 262 + 242 is no mismatch with it
    text = "全国电影年度票房首次突破500亿元大关。其中,国产影片票房262亿元,进口影片票房242亿元。"
    assert checks(tmp_path, text) == []


def test_a_share_naming_its_whole_first_and_a_known_telecom_split(tmp_path):
    # '在电信业务收入中占31.6%' names its whole before the share; fixed and mobile communications make all of telecom
    # revenue (2125 + 4596 = 6721); the period compared with ('增速较一季度和2018年全年分别回落') is not the amount's
    text = ("上半年,电信业务收入累计完成6721亿元,同比下降0.03%。\n"
            "上半年,三家基础电信企业实现固定通信业务收入2125亿元,同比增长9.8%,在电信业务收入中占31.6%;"
            "实现移动通信业务收入{mobile}亿元,同比下降4%,占电信业务收入的68.4%。\n"
            "上半年,三家基础电信企业完成移动数据及互联网业务收入3086亿元,同比增长0.7%,增速较一季度和2018年全年分别回落"
            "1.5个和9.5个百分点,在电信业务收入中占比为45.9%。\n")
    found = [(r, v) for r, v, f in checks(tmp_path, text.format(mobile=4596)) if "÷ Σ each" not in f]
    assert found == [(6721, "consistent"), (31.6, "consistent"), (68.4, "consistent"), (45.9, "consistent")]
    assert (6721, "mismatch") in [(r, v) for r, v, _ in checks(tmp_path, text.format(mobile=4496))]


def test_a_totals_growth_after_its_change_in_amount(tmp_path):
    # '全国财政收入119642亿元,比去年同期增加9117亿元,增长8.2%': the growth the parts' make is the one after the change in amount
    text = ("今年前10个月,全国财政收入119642亿元,比去年同期增加9117亿元,增长{}%。其中,中央财政收入56262亿元,同比增长6.6%;"
            "地方财政收入63380亿元,同比增长9.8%。\n")
    mixes = [(r, v) for r, v, f in checks(tmp_path, text.format("8.2")) if "÷ Σ each" in f]
    assert mixes == [(8.2, "rounding")]      # 8.27; the parts' growths printed rounded allow 8.22–8.32
    assert [(r, v) for r, v, f in checks(tmp_path, text.format("9.2")) if "÷ Σ each" in f] == [(9.2, "mismatch")]


def test_a_share_of_the_whole_industry_is_of_its_headline(tmp_path):
    # '占全行业收入的比重' and '收入占全行业比重' are of the industry's headline figure, stated first; a paragraph opening on
    # 其中 is of the period named last before; a bare '占' after a share that named its whole is of the same whole
    text = ("1-8月份,我国软件业务收入75178亿元,同比增长13.5%。\n"
            "1-8月份,软件产品收入17437亿元,同比增长10.8%,占全行业收入的比重为{software}%。"
            "1-8月份,信息技术服务收入50116亿元,同比增长14.8%,在全行业收入中占比为66.7%。\n"
            "其中,云计算、大数据服务共实现收入7532亿元,同比增长15.7%,占信息技术服务收入的比重为15%。\n"
            "数据处理服务实现收入4174亿元,收入占全行业比重达5.6%。\n")
    found = [(r, v) for r, v, f in checks(tmp_path, text.format(software="23.2"))]
    assert found == [(23.2, "consistent"), (66.7, "consistent"), (15, "consistent"), (5.6, "consistent")]
    assert (24.2, "mismatch") in [(r, v) for r, v, _ in checks(tmp_path, text.format(software="24.2"))]


def test_a_share_in_a_paragraph_naming_no_period_and_a_headline_restated_in_full(tmp_path):
    # the title rounds the headline (142亿美元); the share is judged on its full figure (142.21), though its paragraph
    # names no period; '占9.77%' after it is of the same whole
    text = ("上半年全国旅游外汇收入142亿美元\n上半年,全国旅游外汇收入测算数为142.21亿美元,比上年同期增长21.41%。\n"
            "数据显示,旅游外汇收入中,过夜旅游者在华花费为128.32亿美元,占全国旅游外汇收入的{overnight}%;"
            "一日游游客在华花费为13.89亿美元,占9.77%。\n")
    assert [(r, v) for r, v, _ in checks(tmp_path, text.format(overnight="90.23"))] == [(90.23, "consistent"), (9.77, "consistent")]
    # (its paragraph names no period: a share off is unverifiable, as it may mean another period's whole)
    assert [(r, v) for r, v, _ in checks(tmp_path, text.format(overnight="91.23"))][0] == (91.23, "unverifiable")
    assert [(r, v) for r, v, _ in checks(tmp_path, ("上半年," + text.format(overnight="91.23")).replace("数据显示,", "上半年,"))
            ][0] == (91.23, "mismatch")


def test_a_share_of_all_exports_is_no_share_of_exports_and_imports(tmp_path):
    # '占同期全国出口总额的58.9%' names the nation's exports, which the text does not give: '机电产品进出口总额' holds
    # '出口总额' only inside '进出口'
    text = ("一季度,机电产品进出口总额4268亿美元,同比增长5.4%。其中,进口1738亿美元,增长0.5%;出口2530亿美元,增长9.1%,"
            "占同期全国出口总额的58.9%。\n")
    assert [r for r, _, f in checks(tmp_path, text) if "÷" in f and "Σ" not in f] == []


def test_averages_of_groups_add_up_to_nothing_and_a_share_over_its_own_people_s_average(tmp_path):
    # per-head figures of town and country dwellers make no sum of the nation's; the four sources of income do (a known
    # whole: data/partitions.json), their growths making its nominal growth; each source's share is of the nation's
    # per-head income its subject names, not of the nearest '可支配收入' (the country dwellers' median)
    text = ("上半年,全国居民人均可支配收入14063元,比上年同期名义增长8.7%。其中,城镇居民人均可支配收入19770元,增长7.9%;"
            "农村居民人均可支配收入7142元,增长8.8%。\n上半年,全国居民人均可支配收入中位数12186元,增长8.4%。其中,"
            "农村居民人均可支配收入中位数6045元,增长8.7%。\n"
            "按收入来源分,上半年,全国居民人均工资性收入8091元,增长8.8%,占可支配收入的比重为{wages}%;人均经营净收入2265元,"
            "增长7.0%,占可支配收入的比重为16.1%;人均财产净收入1166元,增长10.5%,占可支配收入的比重为8.3%;人均转移净收入"
            "2541元,增长9.3%,占可支配收入的比重为18.1%。\n")
    found = checks(tmp_path, text.format(wages="57.5"))
    assert [(r, v) for r, v, _ in found] == [(14063, "consistent"), (8.7, "consistent"), (57.5, "consistent"),
                                             (16.1, "consistent"), (8.3, "consistent"), (18.1, "consistent")]
    assert all("城镇" not in f for _, _, f in found)
    assert (58.5, "mismatch") in [(r, v) for r, v, _ in checks(tmp_path, text.format(wages="58.5"))]


BANKS = ("截至2011年12月末,银行业金融机构总资产为111.5万亿元,同比增长18.3%,总负债为104.3万亿元,同比增长18%。"
         "截至2011年12月末,大型商业银行总资产为52万亿元,同比增长13.4%,占银行业金融机构比例为46.6%;总负债为48.7万亿元,"
         "同比增长13.1%,占银行业金融机构比例为{liabilities}%。城市商业银行2011年12月末总资产为9.98万亿元,占银行业金融机构比例为9%。")


def test_a_whole_named_by_its_subject_is_of_the_part_s_measure(tmp_path):
    # 48.7 ÷ 104.3 = 46.69% (46.6 within the figures' rounding), the sector's 总负债 — not its 总资产 (43.7%); a period
    # '截至2011年12月末' is the figures', the same as '2011年12月末'
    found = checks(tmp_path, BANKS.format(liabilities="46.6"))
    assert found == [(46.6, "consistent", "大型商业银行总资产 ÷ 银行业金融机构总资产 × 100"),
                     (46.6, "rounding", "总负债 ÷ 银行业金融机构总负债 × 100"),
                     (9, "consistent", "城市商业银行末总资产 ÷ 银行业金融机构总资产 × 100")]
    assert checks(tmp_path, BANKS.format(liabilities="43.7"))[1][1] == "mismatch"


def test_a_balance_of_receipts_and_payments_in_its_sentence(tmp_path):
    # '…收入14322亿元,支出13352亿元,顺差970亿元': receipts less payments; '逆差1018亿元' payments less receipts (2426 − 1407 =
    # 1019: within the figures' rounding); a 收入 of another sentence is no receipt of this balance
    text = ("2020年3月,国际货物和服务贸易收入14322亿元,支出13352亿元,顺差{surplus}亿元。服务贸易收入1407亿元,支出2426亿元,逆差1018亿元。\n"
            "全年财政收入2000亿元。贸易顺差50亿元。")
    found = [c for c in checks(tmp_path, text.format(surplus="970")) if "收入" in c[2]]
    assert [(r, v) for r, v, _ in found] == [(970, "consistent"), (1018, "rounding")]
    assert [v for r, v, _ in checks(tmp_path, text.format(surplus="990")) if r == 990] == ["mismatch"]


def test_a_share_s_part_named_after_its_year(tmp_path):
    # '从结构看,2018年对实体经济发放的人民币贷款占同期社会融资规模的81.4%': the 15.67 of '…人民币贷款增加15.67万亿元'
    text = ("初步统计,2018年社会融资规模增量累计为19.26万亿元,比上年少3.14万亿元。其中,对实体经济发放的人民币贷款增加15.67万亿元,"
            "同比多增1.83万亿元。\n从结构看,2018年对实体经济发放的人民币贷款占同期社会融资规模的{share}%,同比高19.6个百分点。")
    assert [(r, v) for r, v, f in checks(tmp_path, text.format(share="81.4")) if "÷" in f] == [(81.4, "consistent")]
    assert [v for r, v, f in checks(tmp_path, text.format(share="83.4")) if "÷" in f] == ["mismatch"]


def test_a_split_opened_by_其中_with_a_part_s_own_其中_inside(tmp_path):
    # '其中,中央…;地方…,其中国有土地…': the first 其中 opens the split (central and local, known whole), the second
    # a part's own part, read past
    text = ("1—6月累计,全国政府性基金收入{}亿元,增长23.3%。其中,中央政府性基金收入1771亿元,同比增长6.3%;"
            "地方政府性基金收入(本级)24197亿元,同比增长24.8%,其中国有土地使用权出让收入21129亿元,同比增长26.3%。")
    got = sums(tmp_path, text.format("25968"))
    assert [(r, v) for r, v, _ in got] == [(25968, "consistent")]  # 1771 + 24197
    assert "国有土地" not in got[0][2]
    assert [(r, v) for r, v, _ in sums(tmp_path, text.format("25986"))] == [(25986, "mismatch")]


def test_a_part_s_own_part_after_a_split_known_whole_with_no_其中(tmp_path):
    # '…地方…23445亿元,…,国有土地使用权出让收入20151亿元': central and local make the whole; the land sales after are
    # local's own, read past
    text = ("1—7月,全国政府性基金收入{}亿元,增长41.1%。\n据报告,中央政府性基金收入1900亿元,增长8.4%;地方政府性基金本级收入"
            "23445亿元,增长44.6%,主要是受地价上涨等影响,国有土地使用权出让收入20151亿元,增长49.4%。")
    got = sums(tmp_path, text.format("25345"))
    assert [(r, v) for r, v, _ in got] == [(25345, "consistent")]  # 1900 + 23445
    assert [(r, v) for r, v, _ in sums(tmp_path, text.format("25435"))] == [(25435, "mismatch")]


def test_a_breakdown_ends_at_the_sentence_whose_parts_make_a_total(tmp_path):
    # '从构成看,运输…;保管…;管理…。此外,上半年,…物流业总收入为4.6万亿元': the paragraph goes on past the breakdown to
    # another figure of the period; the parts up to the sentence's end make the total stated before
    text = ("上半年,社会物流总费用{}万亿元,同比增长9%。上半年,社会物流总费用与GDP的比率为14.5%。从构成看,运输费用3.1万亿元,"
            "同比增长8.3%;保管费用2.1万亿元,同比增长9.9%;管理费用0.9万亿元,同比增长9.1%。此外,上半年,物流业总收入为"
            "4.6万亿元,同比增长9.5%。")
    assert [(r, v) for r, v, _ in sums(tmp_path, text.format("6.1"))] == [(6.1, "consistent")]
    # no sentence's parts make it: all the paragraph's are read, short of the headline by more than a member could be
    assert [v for _, v, _ in sums(tmp_path, text.format("16.1"))] == ["unverifiable"]


def test_an_amount_after_a_word_of_summing_up_is_of_the_clause_before_s_subject(tmp_path):
    # '信息技术服务收入也实现了快速增长,总计达21586亿元': the 21586 is 信息技术服务收入's, the whole of the share after
    text = ("1~4月份,我国软件业务收入33166亿元,同比增长12.8%。同时,信息技术服务收入也实现了快速增长,总计达21586亿元,"
            "同比增长13.4%。云计算、大数据服务收入共计3476亿元,同比增长16.3%,占信息技术服务收入的比重为{}%。")
    got = [(r, v, f) for r, v, f in checks(tmp_path, text.format("16.1")) if "信息技术服务收入 ×" in f]
    assert got == [(16.1, "consistent", "云计算、大数据服务收入 ÷ 信息技术服务收入 × 100")]
    assert [v for r, v, f in checks(tmp_path, text.format("17.1")) if "信息技术服务收入 ×" in f] == ["mismatch"]


def test_a_growth_after_a_comma_doubled_by_the_copy(tmp_path):
    # '…60189亿元,,同比下降1.1%' (a copy that doubles its commas): the growth is still the amount's, and its parts' mix gives it
    text = ("今年一季度,,全国一般公共预算收入60189亿元,,同比下降{}%。\n收入方面,分中央和地方看,,一季度,,中央一般公共预算收入"
            "24332亿元,同比下降5.7%,;地方一般公共预算本级收入35857亿元,,同比增长2.2%。")
    assert [(r, v) for r, v, f in checks(tmp_path, text.format("1.1")) if "÷ Σ each" in f] == [(-1.1, "consistent")]
    assert [v for r, v, f in checks(tmp_path, text.format("2.1")) if "÷ Σ each" in f] == ["mismatch"]


@pytest.mark.parametrize("share, verdict", [("50.3", "consistent"), ("52.3", "mismatch")])
def test_a_share_said_as_its_change_to_it_and_a_whole_named_without_its_verb(tmp_path, share, verdict):
    # '比重由上年同期的53.8%下降至50.3%': the share now, 5474.45 ÷ 10875.84 = 50.34%; '全省固定资产投资' is the
    # '全省固定资产完成投资' stated before, a verb between its words
    text = ("1-9月,全省固定资产完成投资10875.84亿元,比上年同期增长17.5%。其中制造业完成投资5474.45亿元,比上年同期增长10.0%,"
            f"制造业投资占全省固定资产投资的比重由上年同期的53.8%下降至{share}%。")
    found = [c for c in checks(tmp_path, text) if c[0] == float(share)]
    assert [c[1] for c in found] == [verdict]


@pytest.mark.parametrize("share, verdict", [("54.7", "rounding"), ("56.7", "mismatch")])
def test_a_share_of_a_total_named_with_总值_its_amount_stated_without(tmp_path, share, verdict):
    # '占同期福建省外贸进出口总值的54.7%' over '福建省外贸进出口1.62万亿元' (8885.5 ÷ 16200 = 54.85, the total rounded to
    # 1.615–1.625万亿 gives 54.68–55.02); the shares after it naming no total ('占22.3%') are of the same one
    text = ("今年前10个月,福建省外贸进出口1.62万亿元,比去年同期增长7%。其中,出口9871.8亿元,增长12%;进口6358.7亿元,增长0.1%。\n"
            f"前10个月,福建省民营企业进出口8885.5亿元,增长10.5%,占同期福建省外贸进出口总值的{share}%。国有企业进出口3613.5亿元,"
            "增长6.3%,占22.3%。")
    found = [(r, v) for r, v, f in checks(tmp_path, text) if "÷" in f and "Σ" not in f]
    assert found == [(float(share), verdict), (22.3, "consistent")]


@pytest.mark.parametrize("state, verdict", [("5.71", "consistent"), ("6.71", "mismatch")])
def test_a_kind_s_margin_over_its_own_profit_and_revenue(tmp_path, state, verdict):
    # a 2012 release: the profit named 利润 alone, the revenues in a paragraph naming no period (the headline's, 1-9月,
    # not 9月当月's); each kind's ratio over that kind's profit and revenue (10070 ÷ 176233 = 5.714%), the whole's over
    # the whole's (35240 ÷ 657220 = 5.362%)
    text = ("1-9月份,全国规模以上工业企业实现利润35240亿元,同比下降1.8%。9月当月实现利润4643亿元,同比增长7.8%。\n"
            "1-9月份,在规模以上工业企业中,国有及国有控股企业实现利润10070亿元,同比下降11.8%;集体企业实现利润555亿元,同比增长7.6%。\n"
            "规模以上工业企业实现主营业务收入657220亿元,同比增长10.2%。每百元主营业务收入中的成本为85.42元,主营业务收入利润率为5.36%。\n"
            "在规模以上工业企业中,国有及国有控股企业实现主营业务收入176233亿元,同比增长5.2%,每百元主营业务收入中的成本为82.74元,"
            f"主营业务收入利润率为{state}%;集体企业实现主营业务收入8517亿元,同比增长7.4%,主营业务收入利润率为6.52%。")
    found = [(r, v) for r, v, f in checks(tmp_path, text) if "利润 ÷" in f]
    assert found == [(5.36, "consistent"), (float(state), verdict), (6.52, "consistent")]


def test_a_budget_s_receipts_moved_by_增收_are_changes_not_levels(tmp_path):
    # '税收收入45612.99亿元,比上年增收11487.11亿元,同比增长33.7%,占财政总收入的比重为88.9%': the share is of the level
    # (45612.99 ÷ 51304.03), the 33.7% the change over the level less it; no figure after 增收 is a level or a base
    text = ("2007年财政总收入累计完成51304.03亿元,比上年同期增收12543.83亿元,增长32.4%。其中,税收收入45612.99亿元,比上年"
            "增收11487.11亿元,同比增长33.7%,占财政总收入的比重为88.9%;非税收入5691.04亿元,比上年同期增收1056.72亿元,增长22.8%,"
            "占财政总收入的比重为11.1%。")
    path = tmp_path / "fiscal.txt"
    path.write_text(text, encoding="utf-8")
    found = [(c["family"], c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
             if c["verdict"] != "unverifiable"]
    assert not [f for f in found if f[2] == "mismatch"]
    assert ("partitions", 88.9, "consistent") in found and ("amount_changes", 33.7, "consistent") in found


def test_a_bracket_holding_a_figure_is_a_remark_on_the_amount_before_not_the_next_one_s_name(tmp_path):
    # ('占同类业务比例' is no amount of 同类业务 stated before: the 2,000万元 after the bracket is a sale's, of no whole named so)
    text = ("长江通信:关于调增日常关联交易预计额度的公告\n调整详情 - 向电信一所增加采购金额8,750万元(占同类业务比例14.57%) "
            "向兴唐通信销售金额2,000万元(占同类业务比例1.94%) 向烽火国际销售金额2,000万元(占同类业务比例1.94%) [2]")
    assert checks(tmp_path, text) == []
