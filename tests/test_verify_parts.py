"""verify's `parts` family: a total a sentence states against the parts it lists after it,
tied by the verb they share or by 其中; parts short of their total may leave one out."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def parts_of(tmp_path, text):
    path = tmp_path / "p.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["note"])
            for c in run_families(read_document(path))[0] if c["family"] == "parts"]


def test_a_total_and_the_parts_sharing_its_verb(tmp_path):
    # '单季新增贷款88亿…对公/票据贴现/零售分别新增66/19/3亿': 66 + 19 + 3 = 88; the change in
    # amount between them ('同比少增40亿') is no total
    text = "1Q25单季新增贷款88亿,同比少增40亿,结构上看,对公/票据贴现/零售分别新增66/19/{}亿。\n"
    assert parts_of(tmp_path, text.format("3")) == [("88", "consistent", "")]
    assert parts_of(tmp_path, text.format("8"))[0][1] == "mismatch"            # 93 of 88
    (short,) = parts_of(tmp_path, text.format("1"))                              # 86 of 88: one part not listed?
    assert short[1] == "unverifiable" and "其他" in short[2]


def test_parts_after_其中_skip_a_change_in_amount_and_may_open_the_next_sentence(tmp_path):
    # the figure before 其中 is a change ('同比多增45亿'): the total is the 新增 before it
    loans = "3Q单季贷款新增53亿,较低基数上同比多增45亿,其中公司、零售、票据分别新增30、16、{}亿。\n"
    assert parts_of(tmp_path, loans.format("7")) == [("53", "consistent", "")]
    # '…19.2万笔,同比增长5.2%。其中新车和二手分别为9.9万笔和9.3万笔'
    deals = "期内汽车融资交易总量增长至19.2万笔,同比增长5.2%。其中新车和二手分别为9.9万笔和{}万笔。\n"
    assert parts_of(tmp_path, deals.format("9.3")) == [("19.2", "consistent", "")]
    assert parts_of(tmp_path, deals.format("9.8"))[0][1] == "mismatch"


def test_no_total_from_another_bullet_or_in_another_unit(tmp_path):
    # the 实现 before the parts is another bullet's (2025Q1 revenue), not the parts' total
    bullets = ("公司业绩情况 - 2025Q1实现营业收入8.31亿,同比下降7.15% [1] 销售模式收入情况 - "
               "2024年线上、线下分别实现6/24.33亿,分别同比-4.89%/-4% [2]\n")
    assert parts_of(tmp_path, bullets) == []
    assert parts_of(tmp_path, "贷款新增53亿元,其中公司、零售分别新增30万户、16万户。\n") == []


def test_parts_after_其中_one_clause_each_with_their_own_changes_between(tmp_path):
    # each part names itself before its figure; a clause of a change only is passed over
    text = ("2024年前三季度,公司销量3311万吨,同比下降16.0%,其中自产煤销量1882万吨,同比下降30.2%,"
            "贸易煤销量{}万吨,同比上升14.7%。\n")
    mix = "the parts add up to the total 3311万吨: its base is the sum of theirs"
    # and the total's fall from theirs: 3311 ÷ (1882 ÷ 0.698 + 1429 ÷ 1.147) − 1 = −16.0%
    assert parts_of(tmp_path, text.format("1429")) == [("3311", "consistent", ""), ("16.0", "consistent", mix)]
    assert parts_of(tmp_path, text.format("1529"))[0][1] == "mismatch"
    # a part in brackets with its change, the parts joined by 、; 约 before the figures
    # (and the total's change on the quarter before from the parts' in their brackets: 3482 ÷ (3201/1.1184 + 281/0.959) − 1)
    assert parts_of(tmp_path, "自产煤销量3482万吨,(环比+10.36%),其中动力煤销量3201万吨(环比+11.84%)、炼焦煤281万吨(环比-4.10%);\n") \
        == [("3482", "consistent", ""), ("10.36", "consistent", "the parts add up to the total 3482万吨: its base is the sum of theirs")]
    assert parts_of(tmp_path, "公司在手订单合计约59.9亿元,其中跟踪支架约52.1亿元,固定支架约7.52亿元,其他业务约0.28亿元。\n") \
        == [("59.9", "consistent", "")]


def test_parts_after_其中_stop_at_another_measure_and_count_opposite_changes_against(tmp_path):
    # 毛利 is no part of 营收: the parts end before it, and one part is no sum
    assert parts_of(tmp_path, "公司营收100亿元,其中海外收入60亿元,毛利50亿元。\n") == []
    # a net fall of 56: 21 + 39 − 4, the rise counted against the falls
    text = "经销商数量:25Q3净减少56家,其中广东省内净减少21家,省外净减少39家,境外净增加{}家。\n"
    assert parts_of(tmp_path, text.format("4")) == [("56", "consistent", "")]
    assert parts_of(tmp_path, text.format("9"))[0][1] == "unverifiable"      # 51 of 56: a part not listed?


def test_a_ledger_of_bulleted_amounts_and_its_total(tmp_path):
    # a breakdown a bullet a line, a rule, the total: its sum; a zero line may leave its '/月' out;
    # a line in another period is no part of it
    text = ("成本明细:\n- OpenAI API费用:$4,800/月\n- 向量数据库(Pinecone):$150/月\n- 服务器成本:$200/月\n"
            "────────────\n总计:$5,150/月\n")
    assert parts_of(tmp_path, text) == [("5,150", "consistent", "")]
    assert parts_of(tmp_path, text.replace("$5,150", "$5,250"))[0][1] == "unverifiable"   # a line may be missing
    assert parts_of(tmp_path, text.replace("$5,150", "$5,050"))[0][1] == "mismatch"       # the lines exceed it
    zero = text.replace("- 向量数据库(Pinecone):$150/月", "- 向量数据库:$0(自建)").replace("$5,150", "$5,000")
    assert parts_of(tmp_path, zero) == [("5,000", "consistent", "")]
    assert parts_of(tmp_path, text.replace("$200/月", "$200/年")) == []


def test_a_split_known_whole_after_a_semicolon_is_judged_either_way(tmp_path):
    # 城镇 and 农村 are all of 全社会's investment: their sum over the total or short of it is an error
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    text = ("今年上半年,全社会累计完成固定资产投资{total}亿元,比去年同期增长28.6%。其中,城镇累计完成投资21844亿元,增长31%,"
            "回落16.8个百分点;农村累计完成投资4238亿元,增长17.3%。\n")
    verdicts = []
    for total in ("26082", "26182", "25982"):
        path = tmp_path / f"fai{total}.txt"
        path.write_text(text.format(total=total), encoding="utf-8")
        verdicts += [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "parts"]
    # (the clean copy's 28.6% from the two growths too: 26082 ÷ (21844 ÷ 1.31 + 4238 ÷ 1.173) − 1)
    assert verdicts == ["consistent", "consistent", "mismatch", "mismatch"]


def test_of_which_a_month_is_no_breakdown_of_the_figure_before(tmp_path):
    # '其中,3月份…' gives March's figures, not parts of the quarter's 乡村 figure before it
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "retail.txt"
    path.write_text("按经营单位所在地分,一季度城镇消费品零售额83402亿元,同比增长8.2%;乡村消费品零售额14388亿元,增长9.2%。其中,3月份城镇"
                    "消费品零售额27192亿元,同比增长8.5%;乡村消费品零售额4534亿元,增长9.4%。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "parts"] == []


def test_a_change_in_amount_after_a_part_is_no_part(tmp_path):
    # '其中,单季度手续费及佣金净收入0.19亿元,同比多增0.16亿元': the 0.16 is the part's change, so the
    # one part listed makes no sum
    text = "单季度收入4.40亿元,同比多增1.37亿元。其中,单季度手续费及佣金净收入0.19亿元,同比多增0.16亿元。\n"
    assert parts_of(tmp_path, text) == []


def test_parts_in_any_counted_unit_after_a_semicolon_and_their_growths_mixed(tmp_path):
    # '万标箱(TEU)' and '万TEU' are one unit; the 其中 after a ； is of the run the ； ends
    text = ("1-7月港口完成集装箱吞吐量9218.38万标箱(TEU),同比增长{total}%;其中,沿海港口完成{coast}万TEU,"
            "同比增长12.2%;内河港口完成963.78万TEU,同比增长19.4%。\n")
    mix = "the parts add up to the total 9218.38万标箱: its base is the sum of theirs"
    # 9218.38 ÷ (8254.60 ÷ 1.122 + 963.78 ÷ 1.194) − 1 = 12.91%
    assert parts_of(tmp_path, text.format(total="12.9", coast="8254.60")) == [
        ("9218.38", "consistent", ""), ("12.9", "consistent", mix)]
    assert parts_of(tmp_path, text.format(total="13.9", coast="8254.60"))[1][1] == "mismatch"
    # a part printed ten times too large: the sum is over its total, and no mix is judged on it
    month = "7月份,完成集装箱吞吐量1441.20万TEU,同比增长13.26%。其中,沿海港口完成{}万TEU,内河港口完成147.30万TEU。\n"
    assert parts_of(tmp_path, month.format("1293.90")) == [("1441.20", "consistent", "")]
    (wrong,) = parts_of(tmp_path, month.format("12939.90"))
    assert wrong[:2] == ("1441.20", "mismatch")
    # so too after a ；: 沿海 and 内河 are all of a country's ports (data/partitions.json), so a part
    # over the total goes on with the parts before it instead of ending them
    assert parts_of(tmp_path, text.format(total="12.9", coast="82546.0"))[0][:2] == ("9218.38", "mismatch")
    # '亿客公里': a unit the parts and total count in, three parts
    rpk = ("旅客周转量为533.50亿客公里,同比上升9.75%。其中,国内航线为325.96亿客公里,同比上升7.44%;"
           "国际航线为188.49亿客公里,同比上升{}%;地区航线为19.05亿客公里,同比增长12.92%。\n")
    assert [v for _, v, _ in parts_of(tmp_path, rpk.format("13.65"))] == ["consistent", "consistent"]
    assert [v for _, v, _ in parts_of(tmp_path, rpk.format("16.65"))] == ["consistent", "mismatch"]


def test_no_mix_where_a_growth_is_unsaid_or_on_another_basis(tmp_path):
    unsaid = "3月份完成货物吞吐量36485万吨,同比增长8%;其中沿海港口完成27414万吨,内河港口完成9071万吨,同比增长12%。\n"
    assert parts_of(tmp_path, unsaid) == [("36485", "consistent", "")]
    quarter = "3月份完成货物吞吐量36485万吨,同比增长8%;其中沿海港口完成27414万吨,环比增长7%,内河港口完成9071万吨,同比增长12%。\n"
    assert parts_of(tmp_path, quarter) == [("36485", "consistent", "")]
    # parts short of their total may leave one out: no mix on them either
    short = "货物吞吐量36485万吨,同比增长8%;其中集装箱码头完成27000万吨,同比增长7%,散货码头完成9071万吨,同比增长12%。\n"
    assert [v for _, v, _ in parts_of(tmp_path, short)] == ["unverifiable"]
    # (沿海 and 内河 are all of a country's ports: short of the total, they are a mismatch)
    assert [v for _, v, _ in parts_of(tmp_path, short.replace("集装箱码头", "沿海港口").replace("散货码头", "内河港口"))] \
        == ["mismatch"]


def test_parts_in_a_summary_bullet_parted_by_spaces_with_thousands_separators(tmp_path):
    text = ("股本结构变化 - 公司首次公开发行后总股本为413,110,000股 其中有限售条件流通股381,217,890股 "
            "无限售条件流通股{}股 [1] - 2022年完成第一个行权期\n")
    assert parts_of(tmp_path, text.format("31,892,110")) == [("413,110,000", "consistent", "")]
    assert parts_of(tmp_path, text.format("31,992,110"))[0][1] == "mismatch"


def test_a_part_s_收入_is_the_measure_of_a_total_s_营收(tmp_path):
    # '营收100.0亿元,其中锂电池业务收入60.0亿元,储能业务收入40.0亿元': 收入 and 营收 name one measure
    text = "2024年公司营收100.0亿元,其中锂电池业务收入60.0亿元,储能业务收入{}亿元。\n"
    assert parts_of(tmp_path, text.format("40.0")) == [("100.0", "consistent", "")]
    assert parts_of(tmp_path, text.format("42.0"))[0][1] == "mismatch"
    # while another measure still ends the parts ('其中海外收入40亿元,毛利50亿元')
    assert parts_of(tmp_path, "2024年公司营收100.0亿元,其中海外收入60.0亿元,毛利40.0亿元。\n") == []


def test_parts_named_by_the_total_s_measure_with_no_其中(tmp_path):
    # '营业收入100.0亿元，国内和海外收入分别为60.0亿元和40.0亿元': the parts' measure (收入) names their total
    text = "2024年公司实现营业收入100.0亿元,国内和海外收入分别为60.0亿元和{}亿元。\n"
    assert parts_of(tmp_path, text.format("40.0")) == [("100.0", "consistent", "")]
    assert parts_of(tmp_path, text.format("45.0"))[0][1] == "mismatch"          # 105 of 100
    assert parts_of(tmp_path, text.format("30.0"))[0][1] == "unverifiable"      # 90: a part not listed?
    # and after 分别实现 ('锂电池和储能业务分别实现收入60.0亿元、40.0亿元')
    assert parts_of(tmp_path, "2024年公司营收100.0亿元,锂电池和储能业务分别实现收入60.0亿元、45.0亿元。\n")[0][1] == "mismatch"


def test_periods_or_another_s_figures_listed_by_measure_are_no_parts(tmp_path):
    assert parts_of(tmp_path, "2023年营收80亿元,2024年和2025年营收分别为100亿元和120亿元。\n") == []
    assert parts_of(tmp_path, "2024年公司营收100.0亿元,行业和公司收入分别为500亿元和100亿元。\n") == []


def test_the_parts_shares_right_after_them(tmp_path):
    # '…分别为70.0亿元和30.0亿元，占比分别为70.0%和30.0%': each part over the total they add up to
    text = "2024年公司实现营业收入100.0亿元,国内和海外收入分别为70.0亿元和30.0亿元,占比分别为70.0%和{}%。\n"
    assert parts_of(tmp_path, text.format("30.0")) == [("100.0", "consistent", ""), ("70.0", "consistent", ""),
                                                       ("30.0", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("32.0"))] == ["consistent", "consistent", "mismatch"]
    # parts short of the total give no shares of it (a part not listed may make up the rest)
    assert len(parts_of(tmp_path, "2024年公司实现营业收入100.0亿元,国内和海外收入分别为60.0亿元和30.0亿元,"
                                  "占比分别为60.0%和30.0%。\n")) == 1


def test_parts_named_by_measure_after_a_segment_s_figure_are_not_judged(tmp_path):
    # '锂电业务收入60.0亿元，国内和海外收入分别为40.0亿元和30.0亿元': the split may be the segment's or the
    # company's; only the company's own figure, the one of its measure, is a total
    assert parts_of(tmp_path, "2024年公司营收100.0亿元,锂电业务收入60.0亿元,国内和海外收入分别为40.0亿元和30.0亿元。\n") == []


def test_levels_after_其中_are_of_the_level_not_of_a_net_change_before_them(tmp_path):
    # '门店总数2864家，净闭店167家，其中自营门店1573家，特许经营门店1291家': 1573 + 1291 = 2864, not 167
    text = "截至25H1末公司门店总数2864家,净闭店167家,其中自营门店1573家,特许经营门店{}家。\n"
    assert parts_of(tmp_path, text.format("1291")) == [("2864", "consistent", "")]
    assert parts_of(tmp_path, text.format("1391"))[0][:2] == ("2864", "mismatch")


def test_parts_of_kinds_that_overlap_over_their_total_are_unverifiable(tmp_path):
    # ownership kinds overlap (a state-controlled firm may be a joint-stock one): their sum may pass the whole
    (c,) = parts_of(tmp_path, "1-10月份全国固定资产投资40.0万亿元,同比增长3.0%。其中,国有控股投资22.0万亿元,股份制投资30.0万亿元。\n")
    assert c[1] == "unverifiable" and "overlap" in c[2]


def test_a_counted_sets_total_against_as_many_figures_after_其中(tmp_path):
    # '六家银行…合计达17.10万亿元。其中,…': six figures in 万亿元 after 其中 (the bound '均突破3万亿元' is
    # none of them) sum to 18.20, over the total: a mismatch; with the total right, consistent
    text = ("六家银行三季度末总资产合计达{}万亿元,较上年末平均增幅超8%。其中,甲银行以5.77万亿元总资产居首,"
            "乙银行(4.59万亿元)、丙银行(3.58万亿元)紧随其后,三家银行资产规模均突破3万亿元;丁银行(2.96万亿元)、"
            "戊银行(1.02万亿元)、己银行(0.28万亿元)则分别处于不同梯队。\n")
    (wrong,) = parts_of(tmp_path, text.format("17.10"))
    assert wrong[:2] == ("17.10", "mismatch")
    assert parts_of(tmp_path, text.format("18.20"))[0][:2] == ("18.20", "consistent")


def test_a_count_that_the_figures_after_其中_do_not_match_gives_no_check(tmp_path):
    # five banks' total, six figures after 其中: which are its parts is not known
    text = ("五家银行总资产合计达17.10万亿元。其中,甲银行(5.77万亿元)、乙银行(4.59万亿元)、丙银行(3.58万亿元)、"
            "丁银行(2.96万亿元)、戊银行(1.02万亿元)、己银行(0.28万亿元)。\n")
    assert parts_of(tmp_path, text) == []


def test_parts_named_with_a_latin_word_and_a_space_before_their_units(tmp_path):
    # a PDF's text layer spaces words and units: 'FVTPL 资产 7,929 亿元'; 7929 + 1006 + 385.8 = 9320.8
    text = ("截至 2025Q3 末,公司金融投资资产规模 9,320 亿元,环比+5.6%。其中 FVTPL 资产 {} 亿元,环比+7.1%;"
            "FVOCI 权益工具投资 1,006 亿元,环比+18.0%;FVOCI 债权工具投资 385.8 亿元,环比-32.2%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("7,929"))] == [("9,320", "rounding"), ("5.6", "consistent")]
    assert parts_of(tmp_path, text.format("8,929"))[0][1] == "mismatch"


def test_a_balances_mix_on_the_years_end(tmp_path):
    # '较2024年末': each part's base is its amount over (1 + its change on the year's end); 759.28 ÷ 0.8061
    # + 737.72 ÷ 1.5374 = 1421.8, and 1497 ÷ 1421.8 − 1 = 5.29%
    text = ("旗下基金管理规模1497亿元、较2024年末小幅增长{}%,但其中公募规模759.28亿元,较2024年末下滑19.39%;"
            "专户产品及基金子公司专户合计737.72亿元,较2024年末增长53.74%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("5.29"))] == [("1497", "consistent"), ("5.29", "consistent")]
    assert parts_of(tmp_path, text.format("6.29"))[1][:2] == ("6.29", "mismatch")


def test_a_run_after_a_semicolon_named_like_the_total_is_its_sibling_not_a_part(tmp_path):
    # '第二产业投资10.58万亿元,其中制造业投资8.68万亿元…;第三产业投资16.61万亿元': the third is the second's
    # sibling (named alike, over the total), not a part of it
    text = "第二产业投资10.58万亿元,增长4%,其中制造业投资8.68万亿元,增长5.5%;第三产业投资16.61万亿元,增长11.3%。\n"
    assert parts_of(tmp_path, text) == []


def test_a_count_of_patents_and_its_parts_after_其中(tmp_path):
    # '项' counts items (patents, projects) as '家' counts shops: 25,439 + 17,915 = 43,354
    text = "截至2024年末,公司拥有专利及专利申请合计达43,354项,其中境内拥有专利及专利申请25,439项,境外拥有专利及专利申请{}项。\n"
    assert parts_of(tmp_path, text.format("17,915")) == [("43,354", "consistent", "")]
    assert parts_of(tmp_path, text.format("18,915"))[0][1] == "mismatch"


def test_parts_after_其中_in_two_slash_lists_with_no_分别(tmp_path):
    # '自产煤销量3434万吨,同比+15万吨…,环比-9万吨…。其中25Q3动力煤/炼焦煤销量3183/251万吨': the lists pair
    # (the signed changes after 同比 and 环比 are no total); prices per tonne add up to nothing
    text = ("25Q3自产煤销量3434万吨,同比+15万吨(+0.4%),环比-9万吨(-0.3%)。其中25Q3动力煤/炼焦煤销量3183/{}万吨,同比+47/-32万吨。"
            "25Q3自产煤售价482元/吨。其中25Q3动力煤/炼焦煤售价442/993元/吨。\n")
    assert parts_of(tmp_path, text.format("251")) == [("3434", "consistent", "")]
    assert parts_of(tmp_path, text.format("351"))[0][1] == "mismatch"


def test_a_part_printed_ten_times_too_large_is_named_as_the_cause(tmp_path):
    text = ("2025年前三季度28家煤炭上市公司累计期间费用607.74亿元,同比-3.1%,其中,销售费用733.98亿元,同比-1.7%,"
            "管理费用409.72亿元,同比-5.6%,财务费用124.62亿元,同比+4.8%。\n")
    ((figure, verdict, note),) = parts_of(tmp_path, text)
    assert (figure, verdict) == ("607.74", "mismatch") and note.startswith("销售费用 733.98 reads as 73.398")


def test_a_part_after_其中_and_its_share_of_the_total_right_after_it(tmp_path):
    # 2144.58 ÷ 2273.77 = 94.32%; a share of money is the results family's; a share of another base is none
    text = "2019年生猪养殖厂户数量为2273.77万户,其中年出栏头数1-49头的小场户数量为2144.58万户,占总场户数量的{}%。\n"
    assert parts_of(tmp_path, text.format("94.32")) == [("94.32", "consistent", "")]
    assert parts_of(tmp_path, text.format("95.32"))[0][1] == "mismatch"
    assert parts_of(tmp_path, text.replace("占总场户数量的", "占全国生猪出栏的").format("40.00")) == []


def test_a_part_s_bare_share_占比_is_of_the_total_before_其中_unless_that_total_states_its_own(tmp_path):
    # '销量约为1652万辆,其中电动自行车销量达到1156万辆,占比70.0%': 1156 ÷ 1652 = 69.98%; but '2918家…正增长,占比54%。其中…686家,
    # 占比13%' is of the whole the 2918 is 54% of (686 ÷ 2918 = 23.5% would be a false mismatch)
    text = ("2023年电动两轮车销量约为1652万辆,其中电动自行车销量达到1156万辆,占比{}%;电动踏板车销量为496万辆,占比30.0%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("70.0"))] == [("1652", "consistent"), ("70.0", "consistent"),
                                                                            ("30.0", "consistent")]
    assert dict((f, v) for f, v, _ in parts_of(tmp_path, text.format("72.0")))["72.0"] == "mismatch"
    whole = "2025年前三季度A股共有2918家公司实现归母净利润正增长,占比54%。其中净利润增长100%以上的公司686家,占比13%。\n"
    assert parts_of(tmp_path, whole) == []


def test_two_parts_each_nearly_the_whole_are_no_split_of_it(tmp_path):
    # airports and the cities they serve, both counted in 个: 237 + 234 is no sum of 238's parts
    text = "2019年,我国境内运输机场共有238个,其中定期航班通航机场237个,定期航班通航城市234个。\n"
    ((figure, verdict, note),) = parts_of(tmp_path, text)
    assert (figure, verdict) == ("238", "unverifiable") and "nearly all" in note
    # a count is never a whole number's lost power of ten
    from pipeline.calc import Printed, part_slip
    assert part_slip([Printed.of("237"), Printed.of("2340")], ["a", "b"], Printed.of("471")) == "b 2340 reads as 234: a power of ten lost in it (printed ×10)"
    assert part_slip([Printed.of("237"), Printed.of("234")], ["a", "b"], Printed.of("238")) is None


def test_parts_after_其中_of_a_measure_stated_before_another(tmp_path):
    # the sentence before 其中 ends on another measure (业务收入, in 元): the total is the figure in the parts'
    # unit of the run before it; a slash joins the words of a part's name; '累计完成' is the part's verb
    text = ("1-9月,全国快递服务企业业务量累计完成800.1亿件,同比增长4.2%;业务收入累计完成7688.9亿元,同比增长3.5%。"
            "其中,同城业务量累计完成94.9亿件,同比下降6.0%;异地业务量累计完成691.4亿件,同比增长6.2%;"
            "国际/港澳台业务量累计完成{}亿件,同比下降12.6%。\n")
    assert [c[:2] for c in parts_of(tmp_path, text.format("13.8"))] == [("800.1", "consistent"), ("4.2", "consistent")]
    assert parts_of(tmp_path, text.format("23.8"))[0][1] == "mismatch"


def test_a_bound_is_no_total_and_a_year_named_after_较_is_a_growths_base(tmp_path):
    # '突破20万亿元' bounds the half year: no total of the quarters after 其中
    bound = "上半年进出口规模首次突破20万亿元,其中一季度、二季度分别达到9.76万亿元和10.34万亿元。\n"
    assert parts_of(tmp_path, bound) == []
    # '较2014年下降7%' is the total's growth on the year it names, as its parts' bare '下降'; a comma doubled
    text = ("2015年,我国货物贸易进出口总值为24.59万亿元人民币(下同),较2014年下降{}%。"
            "其中,,出口14.14万亿元,下降1.8%;进口10.45万亿元,,下降13.2%。\n")
    assert [c[:2] for c in parts_of(tmp_path, text.format("7"))] == [("24.59", "consistent"), ("7", "consistent")]
    assert parts_of(tmp_path, text.format("5"))[1][:2] == ("5", "mismatch")


def test_a_figure_compared_with_is_no_total(tmp_path):
    # '同比去年的69.31亿元' is last year's: the parts after 其中 are of the 54.94 (1.38 + 46.63 + 5.87 + 1.06), their
    # runs after a ；going on past a clause of the cause
    text = ("25年前三季度公司期间费用54.94亿元,同比去年的69.31亿元减少20.74%。其中财务费用1.38亿元,同比降43.2%,"
            "本期有息负债规模较上期减少以及利率下降,利息费用同比下降;管理费用{}亿元,同比降21.46%;销售费用5.87亿元,"
            "同比减5.75%;研发费用1.06亿元,同比降17.63%。\n")
    assert [c[:2] for c in parts_of(tmp_path, text.format("46.63"))] == [("54.94", "consistent")]
    assert [c[:2] for c in parts_of(tmp_path, text.format("56.63"))] == [("54.94", "mismatch")]


def test_a_split_by_region_after_another_breakdown_s_part_only_confirms_it(tmp_path):
    # '分区域看:省内/省外收入2.68/6.00亿元' after '普通酒收入1.81亿元' (a product's, after 其中): the regions split the
    # whole, so the product's figure before them is no total they could refute
    text = ("分产品看:25Q3酒类主营收入8.67亿元,同比-17.39%,其中中高档酒收入6.87亿元,同比-23.43%;大单品持续调整。舍之道表现"
            "较为稳定;25Q3普通酒收入1.81亿元,同比+17.96%。分区域看:25Q3省内/省外收入2.68/6.00亿元,同比-22.79%/-14.73%。\n")
    assert [c[1] for c in parts_of(tmp_path, text) if c[0] == "1.81"] == ["unverifiable"]


def test_a_counted_set_and_its_members_by_how_each_fared(tmp_path):
    # '42家银行中,仅28家…正增长,14家负增长': each way once, of one measure, adds up to at most the set
    assert parts_of(tmp_path, "42家银行中,仅28家实现营业收入正增长,14家负增长。\n") == [("42", "consistent", "")]
    assert parts_of(tmp_path, "42家银行中,仅28家实现营业收入正增长,16家负增长。\n")[0][1] == "mismatch"
    text = "在41个工业大类行业中,10个行业利润总额同比增长,1个行业减亏,28个行业下降,2个行业由盈转亏。\n"
    assert parts_of(tmp_path, text) == [("41", "consistent", "")]
    # a way left out leaves the count short: unverifiable, never a mismatch
    (short,) = parts_of(tmp_path, "在41个工业大类行业中,10个行业利润总额同比增长,28个行业下降。\n")
    assert short[1] == "unverifiable"
    # counts of two measures, or two of one way, may overlap: not judged
    assert parts_of(tmp_path, "42家银行中,28家营收正增长,36家净利润正增长。\n") == []
    assert parts_of(tmp_path, "5家公司中,3家增长,3家增长超过10%。\n") == []


def test_a_company_s_total_after_the_amounts_it_adds_up_each_at_its_scale(tmp_path):
    head = "示例科技(688999):三季报点评\n"
    text = head + "公司前三季度计提资产减值准备8.85亿元,信用减值损失3212万元,合计影响利润总额{}亿元。\n"
    assert parts_of(tmp_path, text.format("9.17")) == [("9.17", "rounding", "")]   # 8.85 + 0.3212
    assert parts_of(tmp_path, text.format("9.07"))[0][1] == "mismatch"              # the parts pass it
    (short,) = parts_of(tmp_path, text.format("9.57"))                               # a part not listed?
    assert short[1] == "unverifiable"
    # a part named as the rest ('其他业务收入') makes the list whole: a sum short of the total is wrong
    whole = head + "2024年公司主业收入80.0亿元,其他业务收入5.0亿元,合计营收{}亿元。\n"
    assert parts_of(tmp_path, whole.format("85.0"))[0][1] == "consistent"
    assert parts_of(tmp_path, whole.format("86.0"))[0][1] == "mismatch"
    # a change in amount before 合计 is no part
    changed = head + "公司营收50亿元,同比增加3亿元,净利润8亿元,合计分红12亿元。\n"
    assert parts_of(tmp_path, changed) == []


def test_a_total_after_its_parts_within_a_summary_s_bullet(tmp_path):
    # the bullet before is another topic: its amounts are no parts of this total
    text = ("示例科技(688999):三季报点评\n- 前三季度经营性现金流净额同比略降2%至285.8亿元 [2][18] "
            "- 2025年中期分红派发总额达50.02亿元,通过股份回购实现额外现金分红11.10亿元,合计分红{}亿元 [2]\n")
    assert parts_of(tmp_path, text.format("61.12")) == [("61.12", "consistent", "")]
    assert parts_of(tmp_path, text.format("60.12"))[0][1] == "mismatch"


def test_a_count_s_parts_each_named_before_its_figure_in_a_bracket(tmp_path):
    # '共有1363家门店(自营1322家、加盟41家)': whole things counted add up exactly
    text = "截至2025年6月底共有1363家门店(自营{}家、加盟41家),新开28家(自营店25家、加盟店3家)。\n"
    assert [c[:2] for c in parts_of(tmp_path, text.format("1322"))] == [("1363", "consistent"), ("28", "consistent")]
    assert parts_of(tmp_path, text.format("1332"))[0][:2] == ("1363", "mismatch")
    # a bracket of changes or of shares is no breakdown
    assert parts_of(tmp_path, "门店1363家(同比+5家、环比-2家),营收100亿元(国内60%、海外40%)。\n") == []


@pytest.mark.parametrize("total_growth, verdict", [("16", "consistent"), ("19", "mismatch")])
def test_parts_after_当中_a_part_s_growth_before_its_figure_and_the_total_s_too(tmp_path, total_growth, verdict):
    # Hong Kong's 按年 is 同比; '增长5%至323亿元' is the part's figure and growth; the total's growth is
    # before it too: 428/1.15 + 208/1.43 + 323/1.05 = 825.3, 959 over it is +16.2%
    text = (f"按业务划分,增值服务业务收入按年增长{total_growth}%至959亿元。当中,本土市场游戏收入428亿元,按年增长15%;"
            "国际市场游戏收入208亿元,按年增长43%;社交网络收入按年增长5%至323亿元。\n")
    found = parts_of(tmp_path, text)
    assert found[0][:2] == ("959", "consistent")          # 428 + 208 + 323
    assert (total_growth, verdict) in [f[:2] for f in found]


def test_the_total_named_again_to_open_its_parts_and_a_measure_after_the_figure(tmp_path):
    # '非利息净收入中，' opens the parts as 其中 does, where the figure before is the one named;
    # the Hong Kong press's '较去年降' is the part's growth, and the mix gives the total's
    text = ("截至9月底止，集团实现非利息净收入300.00亿元，较去年同期下降{}%。非利息净收入中，手续费收入200.00亿元，"
            "较去年成长10.00%；其他净收入100.00亿元，较去年降20.00%。")
    found = {f: v for f, v, _ in parts_of(tmp_path, text.format("0.00"))}
    # base 200 ÷ 1.1 + 100 ÷ 0.8 = 306.82: 300 over it is −2.22%
    assert found == {"300.00": "consistent", "0.00": "mismatch"}
    assert {f: v for f, v, _ in parts_of(tmp_path, text.format("2.22"))} == {"300.00": "consistent", "2.22": "consistent"}
    # a figure before that is not the one named opens nothing
    other = "集团营业收入800.00亿元。非利息净收入中，手续费收入200.00亿元；其他净收入100.00亿元。"
    assert parts_of(tmp_path, other) == []
    # '其中…贡献283亿元收入': the measure after the figure
    text = "分部收入达290亿元,同比增长20%。其中汽车业务贡献283亿元收入,相关服务收入7亿元,共同构成分部收入。"
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)] == [("290", "consistent")]


def test_losses_and_what_they_take_off_together(tmp_path):
    # (a company's text: an industry note's totals are ai_compute's)
    text = "恒远科技(300999):三季报点评\n三季度,公司投资收益(-5.55亿元)与公允价值变动收益(-4.08亿元)均出现亏损,合计减少利润{}亿元。"
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("9.63"))] == [("9.63", "consistent")]
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("8.63"))] == [("8.63", "mismatch")]
    # losses said to add to a total that is not what they take off: nothing read
    assert parts_of(tmp_path, "恒远科技(300999):三季报点评\n投资收益(-5.55亿元)与公允价值变动收益(-4.08亿元),合计9.63亿元。") == []


def test_parts_after_其中_going_on_into_the_sentences_after(tmp_path):
    # each later sentence opens on a part of the same measure; a clause of the part's own margin between
    text = ("期内,收入300.00亿元,按年增长{}%。其中外卖业务收入150.00亿元,按年增长50.00%,毛利率按年扩大2.9个百分点至19.5%。"
            "到店、酒店及旅游业务收入100.00亿元,按年增长25.00%;新业务及其他收入50.00亿元,按年增长25.00%。")
    # bases 100 + 80 + 40 = 220: 300 over it is 36.36%
    found = {f: v for f, v, _ in parts_of(tmp_path, text.format("36.36"))}
    assert found == {"300.00": "consistent", "36.36": "consistent"}
    assert {f: v for f, v, _ in parts_of(tmp_path, text.format("26.36"))}["26.36"] == "mismatch"
    # a later sentence of another measure ends the parts; parts going past the total are none of it
    other = "期内,收入300.00亿元。其中外卖业务收入150.00亿元。经营利润100.00亿元。"
    assert parts_of(tmp_path, other) == []
    past = "期内,收入300.00亿元。其中外卖业务收入150.00亿元。到店业务收入100.00亿元。海外业务收入80.00亿元。"
    assert parts_of(tmp_path, past) == []


def test_a_figure_and_its_breakdown_in_brackets_after_it(tmp_path):
    head = "示例茶饮(02150):四季度数据更新\n"
    text = head + "截至年末第一类茶饮店896家(一线/新一线/二线/其他各309/294/213/{}家)。\n"
    assert parts_of(tmp_path, text.format("80"))[0][:2] == ("896", "consistent")
    # whole shops are counted one by one: one shop too many is no rounding; one too few, the rest named, is wrong too
    assert parts_of(tmp_path, text.format("81"))[0][1] == "mismatch"
    assert parts_of(tmp_path, text.format("79"))[0][1] == "mismatch"
    # without its rest named a list short of the figure may leave a part out
    money = head + "2024年公司营收100亿元(国内/海外分别{}/40亿元)。\n"
    assert parts_of(tmp_path, money.format("60"))[0][1] == "consistent"
    assert parts_of(tmp_path, money.format("50"))[0][1] == "unverifiable"


def test_shops_counted_间_and_家_are_one_unit_and_a_list_over_the_parts_ends_them(tmp_path):
    text = ("示例茶饮(02150):四季度数据更新\nQ4净增95间店,关停15间,截至Q4末共经营1068间。 其中,第一类茶饮店896家,"
            "第二类172家,分别净增77家、18家。\n")
    assert parts_of(tmp_path, text) == [("1068", "consistent", "")]


def test_a_slash_list_naming_its_rest_with_及_and_the_parts_of_a_part_s_figure(tmp_path):
    # '线下/线上/批发及其他分别实现收入50.84/29.37/2.61亿元': three names (及 joins within one), the last the rest;
    # their total the nearest 收入 before them, the company's own: a sum short of it is then wrong
    whole = "2025年上半年公司收入82.83亿元,渠道拆分:线下/线上/批发及其他分别实现收入50.84/{}/2.61亿元。\n"
    assert parts_of(tmp_path, whole.format("29.37")) == [("82.83", "rounding", "")]
    assert parts_of(tmp_path, whole.format("28.75"))[0][1] == "mismatch"        # 82.20 of 82.83, the rest listed
    # a region's figure before them ('中国收入82.83亿元'): they may split it, or the company's whole — confirmed, never refuted
    part = "2025年上半年公司中国收入82.83亿元,渠道拆分:线下/线上/批发及其他分别实现收入50.84/{}/2.61亿元。\n"
    assert parts_of(tmp_path, part.format("29.37")) == [("82.83", "rounding", "")]
    (split,) = parts_of(tmp_path, part.format("58.75"))
    assert split[1] == "unverifiable" and "whole" in split[2]


def test_parts_delivered_after_具体来看_in_a_count(tmp_path):
    # '实现汽车交付8.71万台。具体来看,蔚来品牌贡献3.69万台,…乐道品牌交付3.77万台,…萤火虫品牌则交付1.25万台'
    text = "本季度,公司实现汽车交付8.71万台。具体来看,蔚来品牌贡献3.69万台,乐道品牌交付3.77万台,萤火虫品牌则交付{}万台。\n"
    assert parts_of(tmp_path, text.format("1.25")) == [("8.71", "consistent", "")]
    assert parts_of(tmp_path, text.format("1.55"))[0][1] == "mismatch"


def test_parts_by_region_after_分地区来看_each_with_its_growth_in_brackets(tmp_path):
    # '…海外收入263.0亿元…。分地区来看,亚澳、欧洲、美洲、非洲区域分别实现主营业务收入114.5亿元(同比+16.3%)、…': 262.9 of 263.0
    text = ("25H1公司实现海外收入263.0亿元,同比增长11.7%。分地区来看,亚澳、欧洲、美洲、非洲区域分别实现主营业务收入"
            "114.5亿元(同比+16.3%)、61.5亿元(同比+0.7%)、50.6亿元(同比+1.4%)、{}亿元(同比+40.5%)。\n")
    assert parts_of(tmp_path, text.format("36.3")) == [("263.0", "rounding", "")]
    assert parts_of(tmp_path, text.format("46.3"))[0][1] == "mismatch"


def test_a_part_s_net_change_is_no_part_of_the_total_s_net_change(tmp_path):
    # '门店总数达8138家,同比净新开718家,其中海外市场门店3424家,同比净新开488家': 3424 is a level, 488 a net change
    # clause passed over; no sum of the two against 718
    text = "截至2025年9月30日门店总数达8138家,同比净新开718家,其中海外市场门店3424家,同比净新开488家。\n"
    assert [v for _, v, _ in parts_of(tmp_path, text)] in ([], ["unverifiable"])


def test_each_part_s_share_of_money_named_by_the_total_s_words(tmp_path):
    # '…新签合同额11,152.341亿元…其中,国内业务新签合同额10,165.865亿元,占新签合同总额的91.15%,…;海外业务新签合同额
    # 986.476亿元,占新签合同总额的8.85%': each share to the sentence's end, the base named as the total is
    text = ("2019年年初至报告期末,集团新签合同额11,152.341亿元,同比增长25.07%。其中,国内业务新签合同额10,165.865亿元,"
            "占新签合同总额的{a}%,同比增长24.71%;海外业务新签合同额986.476亿元,占新签合同总额的8.85%,同比增长28.97%。\n")
    path = tmp_path / "orders.txt"
    for a, verdict in (("91.15", "consistent"), ("92.15", "mismatch")):
        path.write_text(text.format(a=a), encoding="utf-8")
        shares = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
                  if c["family"] == "parts" and c["formula"].endswith("× 100")]
        assert shares == [(float(a), verdict), (8.85, "consistent")]
    # in a company report a share of money naming no base ('占比') is the results family's, on its line items: not
    # judged here (elsewhere, of the total before 其中: test_a_part_s_share_after_its_growth_and_a_share_of_money_…)
    path.write_text("许继电气(000400):业绩稳健\n公司营业收入100.0亿元,其中海外收入40.0亿元,占比45%。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "parts" and c["formula"].endswith("× 100")] == []


def test_parts_naming_a_measure_are_no_split_of_another_measure_s_figure_before_其中(tmp_path):
    # '扣非归母净利46.29亿元…。其中,液体乳、冷饮业务营收分别为196.40亿元、41.05亿元': revenue lines, no split of the profit
    text = ("2025年一季度,公司实现营业总收入330.18亿元,同比增长1.35%,扣非归母净利46.29亿元,同比增长24.19%。"
            "其中,液体乳、冷饮业务营收分别为196.40亿元、41.05亿元。\n")
    assert parts_of(tmp_path, text) == []
    # parts of the figure's own measure are still judged against it
    same = "2025年一季度,公司实现营业总收入330.18亿元。其中,液体乳、冷饮业务营收分别为296.40亿元、41.05亿元。\n"
    assert [v for _, v, _ in parts_of(tmp_path, same)] == ["mismatch"]


def test_parts_named_by_several_words_a_dun_hao_joins_in_kwh_with_yoy_growths(tmp_path):
    # '其中三、葛两座电站…846.84亿kwh,yoy2.61%;乌、白、溪、向四座电站…1504.42亿kwh,yoy-1.86%': the sum and, from the
    # parts' growths, the total's (846.84 ÷ 1.0261 + 1504.42 ÷ 0.9814 = 2358.22 a year before: −0.295%)
    text = ("25Q1-3,公司实现发电量2351.26亿kwh,yoy-{}%,其中三、葛两座电站实现发电量846.84亿kwh,yoy2.61%;"
            "乌、白、溪、向四座电站实现发电量1504.42亿kwh,yoy-1.86%。\n")
    assert sorted(parts_of(tmp_path, text.format("0.29"))) == [
        ("0.29", "rounding", "the parts add up to the total 2351.26亿kwh: its base is the sum of theirs"), ("2351.26", "consistent", "")]
    assert ("0.92", "mismatch") in [c[:2] for c in parts_of(tmp_path, text.format("0.92"))]


def test_parts_after_a_其中_in_brackets_end_with_the_bracket(tmp_path):
    # the international routes after the bracket are the domestic routes' sibling, no part of them
    text = ("分航线看,国内航线完成121227.3万人次,比上年增长6.5% (其中内地至香港、澳门和台湾地区航线完成2784.8万人次,比上年减少"
            "3.1%);国际航线完成13935.5万人次,比上年增长16.6%。\n")
    assert parts_of(tmp_path, text) == []


def test_a_quarter_of_the_cumulative_figure_after_其中_is_no_part_of_it(tmp_path):
    # '25Q1-3 MHP出货量约18万吨,其中Q3出货5.8万吨': Q3 is within the nine months, no breakdown of them
    text = ("我们预计25Q1-3MHP出货量约18万吨,其中Q3出货5.8万吨,环比基本持平,火法项目公司转做部分镍铁,我们预计高冰镍出货0.3万吨,"
            "镍铁出货1万吨左右;全年镍产品出货有望达24万吨(权益量近13万吨)。\n")
    assert parts_of(tmp_path, text) == []


def test_a_change_in_amount_against_its_parts_changes_after_其中(tmp_path):
    # '总销量同比增长440万吨,同比+24%,其中水产料、猪料、禽料销量分别同比增长90、170、180万吨': 90 + 170 + 180 = 440; parts
    # that do not add up may leave one out that moved either way: never a mismatch
    text = "2025Q1-Q3公司饲料业务总销量同比增长440万吨,同比+24%,其中水产料、猪料、禽料销量分别同比增长90、170、{}万吨。\n"
    assert parts_of(tmp_path, text.format("180")) == [("440", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("200"))] == ["unverifiable"]


def test_lines_of_different_measures_after_其中_are_no_parts_of_one_total(tmp_path):
    # '前三季度实现营收/归母净利润/扣非净利润70.08/6.82/7.20亿元…其中2025Q3实现营收/归母净利润/扣非净利润24.57/3.62/2.92亿元':
    # the quarter's three lines, not parts of the nine months' 扣非 (a false mismatch before)
    text = ("公司2025年前三季度实现营收/归母净利润/扣非净利润70.08/6.82/7.20 亿元,同比-8%/-26%/-18%;其中2025Q3 实现营收/归母净利润/"
            "扣非净利润24.57/3.62/2.92 亿元,同比-10%/+1%/-15%。\n")
    assert parts_of(tmp_path, text) == []


def test_a_part_s_own_parts_after_其中_are_not_the_total_s(tmp_path):
    # '总发电量567.54亿千瓦时…分品类来看,风电完成发电量346.84亿千瓦时,其中陆上风电240.39…,海上风电106.45…;太阳能发电量215.62…;
    # 独立储能发电量5.08…': 346.84 + 215.62 + 5.08 = 567.54 (陆上 and 海上 are 风电's; read as the total's before: a false mismatch)
    text = ("公司前三季度累计总发电量567.54 亿千瓦时(yoy+7.9%)。分品类来看,风电完成发电量346.84 亿千瓦时(yoy+7.6%),其中陆上风电"
            "240.39 亿千瓦时(yoy+12.2%),海上风电106.45 亿千瓦时(yoy-1.6%);太阳能发电量215.62 亿千瓦时(yoy+11.2%);独立储能发电量"
            "5.08 亿千瓦时(yoy+43.1%)。\n")
    got = [(f, v) for f, v, _ in parts_of(tmp_path, text)]
    # (each with its growth in brackets: 风电's from its two parts', 7.57%; the total's is 9.19% from its three, above the
    # printed 7.9 — a category the year before had may be gone from this split, so no proof either way)
    assert got == [("567.54", "consistent"), ("7.9", "unverifiable"), ("346.84", "consistent"), ("7.6", "consistent")]


def test_a_split_by_a_dimension_after_another_split_is_not_of_its_last_part(tmp_path):
    # '分渠道看,线下/线上收入分别为26.9/11.9亿元' after '国内/国外收入分别为21.9/16.9亿元': the channels split the whole,
    # not 国外's 16.9 — no mismatch against it
    text = ("安琪酵母(600298):三季报点评\n2025Q3分区域看,国内/国外收入分别为21.9/16.9亿元,分别同比-3.5%/+17.7%;"
            "分渠道看,线下/线上收入分别为26.9/11.9亿元,分别同比+8.1%/-2.1%。\n")
    assert [v for _, v, _ in parts_of(tmp_path, text)] == ["unverifiable"]


def test_a_total_after_parts_listed_one_to_a_clause_and_its_growth_from_theirs(tmp_path):
    # '区域维度:北区14.37 亿元(同比+3.83%);中区16.77 亿元(…);南区8.22 亿元(…);总计39.36 亿元(同比+13.91%)': the
    # sum, and the total's growth from the parts' (bases 14.37/1.0383 + 16.77/1.2436 + 8.22/1.1373 = 34.553: +13.91%)
    text = ("妙可蓝多(600882):点评\n区域维度:北区14.37 亿元(同比+3.83%),2025Q3(同比+9.15%);中区16.77 亿元(同比+24.36%),"
            "2025Q3(同比+26.04%);南区8.22 亿元(同比+13.73%),2025Q3(同比+11.43%);总计{} 亿元(同比+{}%)。\n")
    assert parts_of(tmp_path, text.format("39.36", "13.91")) == [("39.36", "consistent", ""), ("13.91", "consistent",
                                                                  "the parts add up to the total 39.36亿元: its base is the sum of theirs")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("39.36", "15.91"))] == ["consistent", "mismatch"]
    # a growth below the parts' mix: a part the year before had may have gone — no proof
    assert [v for _, v, _ in parts_of(tmp_path, text.format("39.36", "11.91"))] == ["consistent", "unverifiable"]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("40.36", "13.91"))] == ["unverifiable"]


def test_a_segment_named_again_opens_its_parts_with_their_bracketed_growths(tmp_path):
    # '25H1奶酪业务收入21.4亿元(同比+14.8%),贸易产品收入2.3亿元… - 奶酪业务中即食营养系列收入10.8亿元(同比+0.6%),…':
    # 10.8 + 2.4 + 8.2 = 21.4, the nearest figure before (液态奶's 1.9) not the one named; 14.9% from the parts' growths
    text = ("妙可蓝多(600882):点评\n业务结构 - 25H1奶酪业务收入21.4亿元(同比+{}%),贸易产品收入2.3亿元(同比+3.7%),液态奶收入1.9亿元"
            "(同比+0.6%)[2] - 奶酪业务中即食营养系列收入10.8亿元(同比+0.6%),家庭餐桌系列收入2.4亿元(同比+28.4%),"
            "餐饮工业系列收入8.2亿元(同比+36.3%)[2]\n")
    assert sorted((f, v) for f, v, _ in parts_of(tmp_path, text.format("14.8"))) == [("14.8", "rounding"), ("21.4", "consistent")]
    assert sorted((f, v) for f, v, _ in parts_of(tmp_path, text.format("16.8"))) == [("16.8", "mismatch"), ("21.4", "consistent")]


def test_a_total_s_growth_from_the_growths_listed_after_its_parts(tmp_path):
    # '挖掘机销量合计为5.35万台,同比+21.17%,其中内销/出口分别为2.42/2.93万台,同比+18.03%/23.91%':
    # 5.35 ÷ (2.42/1.1803 + 2.93/1.2391) − 1 = 21.18%
    text = "徐工机械(000425):点评\n25Q3挖掘机销量合计为5.35万台,同比+{}%,其中内销/出口分别为2.42/2.93万台,同比+18.03%/23.91%。\n"
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("21.17"))] == [("5.35", "consistent"), ("21.17", "rounding")]
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format("25.17"))] == [("5.35", "consistent"), ("25.17", "mismatch")]


def test_a_total_after_a_slashed_list_of_amounts_with_one_unit(tmp_path):
    # '华北/华东/华南/华西区域收入分别为2.31/5.34/4.82/2.19亿元,合计14.66亿元': each figure of the list is a part
    text = "示例酒业(002568):经营点评\n公司华北/华东/华南/华西区域收入分别为2.31/5.34/4.82/2.19亿元,合计{}亿元。"
    assert parts_of(tmp_path, text.format("14.66")) == [("14.66", "consistent", "")]
    assert [verdict for _, verdict, _ in parts_of(tmp_path, text.format("13.66"))] == ["mismatch"]


def test_signed_changes_listed_then_their_total_change(tmp_path):
    # '经销商数量分别+76/+64/+12/+48家至560/541/635/532家,…合计增加达200家': the listed changes sum to the total's; a sum
    # that misses it may leave a region out (unverifiable, never a mismatch)
    text = ("示例酒业(002568):经营点评\n公司华北/华东/华南/华西区域经销商数量分别+76/+64/+12/-8家至560/541/635/532家,"
            "上半年经销商数量较年初合计增加达{}家。")
    assert parts_of(tmp_path, text.format("144")) == [("144", "consistent", "")]
    assert [verdict for _, verdict, _ in parts_of(tmp_path, text.format("200"))] == ["unverifiable"]


def test_a_second_split_after_a_semicolon_is_no_part_of_the_first(tmp_path):
    # the stores by kind add up to the total; the run after the ；splits it again by channel: no part of the first
    text = "示例服饰\n截至2025年上半年末,公司店铺总数8,236 家,其中,成人服饰2,800 家、儿童服饰门店数量{} 家;直营999 家、联营43 家、加盟7,194 家。\n"
    assert [(figure, verdict) for figure, verdict, _ in parts_of(tmp_path, text.format("5,436"))] == [("8,236", "consistent")]
    # (one part edited: the first split no longer makes the total, and the run after it goes on as before)
    assert "consistent" not in [verdict for _, verdict, _ in parts_of(tmp_path, text.format("5,036"))]


def test_moves_to_levels_after_其中_add_up_where_the_levels_do(tmp_path):
    # '经销商减少147家至640家,其中境内减少141家至597家,境外减少6家至43家': 597 + 43 = 640, so 141 + 6 must be 147
    text = "示例\n境内外经销商减少147家至640家,其中境内减少{}家至597家,境外减少6家至43家。\n"
    assert sorted(parts_of(tmp_path, text.format("141"))) == [("147", "consistent", ""), ("640", "consistent", "")]
    found = dict((figure, verdict) for figure, verdict, _ in parts_of(tmp_path, text.format("131")))
    assert found == {"640": "consistent", "147": "mismatch"}
    # moves of both ways: a net rise of 12 is 20 − 8
    assert [(f, v) for f, v, _ in parts_of(tmp_path, "示例\n门店净增12家至500家,其中直营增加20家至200家,加盟减少8家至300家。\n")] \
        == [("12", "consistent")]


def test_parts_named_along_two_dimensions_may_hold_one_another(tmp_path):
    # '在手订单52.5GW,其中外部订单50GW,…,海外订单7.2GW': the overseas orders are within the external ones
    found = parts_of(tmp_path, "截至25Q3末,在手订单52.5GW,其中外部订单50GW,同比增长21%,海外订单7.2GW,同比增长29%。")
    assert [v for _, v, _ in found] == ["unverifiable"] and "two dimensions" in found[0][2]
    # one dimension's parts over their total are still a mismatch
    found = parts_of(tmp_path, "截至25Q3末,在手订单52.5GW,其中国内订单50GW,同比增长21%,海外订单7.2GW,同比增长29%。")
    assert [v for _, v, _ in found] == ["mismatch"]


@pytest.mark.parametrize("total, verdict", [("6.2", "consistent"), ("5.9", "mismatch")])
def test_a_part_printed_in_another_size_of_the_measure(tmp_path, total, verdict):
    # '累计并网规模:6.2GW(集中式项目 5.8GW,分布式项目 404MW)': 5.8 + 0.404 = 6.204 GW (more than 5.9: a mismatch)
    assert [v for _, v, _ in parts_of(tmp_path, f"累计并网规模:{total}GW(集中式项目 5.8GW,分布式项目 404MW)。")] == [verdict]
    # (a count and an amount are two things: no sum)
    assert parts_of(tmp_path, "累计并网规模:6.2GW(集中式项目 5.8GW,分布式项目 404个)。") == []


@pytest.mark.parametrize("part, verdict", [("5.30", "consistent"), ("5.90", "mismatch")])
def test_a_part_glossed_in_a_bracket(tmp_path, part, verdict):
    # '动力电池正极材料(含三元材料、磷酸铁锂等)实现销量5.30万吨': the bracket is the part's name; 4.69 + 5.30 = 9.99
    text = ("示例新能:点评\n前三季度公司实现锂电正极材料销量9.99万吨,其中钴酸锂实现销量4.69万吨,"
            f"动力电池正极材料(含三元材料、磷酸铁锂等)实现销量{part}万吨。\n")
    assert parts_of(tmp_path, text)[0][:2] == ("9.99", verdict)


def test_a_net_change_s_parts_count_closures_against(tmp_path):
    # '净新增门店832家,其中自建300家,关店447家,新增加盟979家': 300 − 447 + 979 = 832, not their sum (1726); a net
    # under what the parts make is wrong, one over it may hold parts not listed
    text = "示例药房(603233):点评\n前三季度净新增门店{}家,其中自建300家,关店447家,新增加盟979家。\n"
    assert parts_of(tmp_path, text.format(832)) == [("832", "consistent", "")]
    assert parts_of(tmp_path, text.format(732))[0][1] == "mismatch"
    assert parts_of(tmp_path, text.format(932))[0][1] == "unverifiable"


@pytest.mark.parametrize("net, verdict", [("96.74", "consistent"), ("98.74", "mismatch")])
def test_a_net_line_s_parts_come_in_and_go_out(tmp_path, net, verdict):
    # 利息净收入 = 利息收入 − 利息支出: 186.85 − 90.11 = 96.74 (never their sum)
    text = (f"2018年,样例银行的利息净收入为{net}亿元,同比增长29.63%。其中,利息收入186.85亿元,同比增长30.45%;"
            "利息支出90.11亿元,同比增长31.34%。\n")
    assert [c[:2] for c in parts_of(tmp_path, text)] == [(net, verdict)]


def test_a_part_s_year_before_is_no_part_of_its_own(tmp_path):
    # '上年同期为13.87亿元' after a part gives that part's year before: 11.18 + 12.72 + 10.20 + 5.04 = 39.14
    text = ("2018年末,样例银行逾期贷款余额39.15亿元,同比下降16.36%。其中,逾期1天至90天金额为11.18亿元,上年同期为13.87亿元;"
            "逾期90天至1年金额为12.72亿元,上年同期为13.06亿元;逾期1年至3年金额为10.20亿元,上年同期为17.50亿元;"
            "逾期3年以上金额为5.04亿元,上年同期为2.38亿元。\n")
    assert [c[:2] for c in parts_of(tmp_path, text)] == [("39.15", "rounding")]


def test_an_announcements_parts_with_their_currency_and_long_names(tmp_path):
    # '收入为人民币18,137.5百万元,…其中,社区空间居住消费服务收入为人民币11,325.0百万元,…;AIoT及BPaS解决方案服务收入为
    # 人民币1,063.8百万元': the currency before each figure, a part's name of seventeen characters
    text = ("示例服务(02602):中期业绩公告\n报告期内收入为人民币18,137.5百万元,同比增长3.1%,其中,社区空间居住消费服务收入为"
            "人民币11,325.0百万元,同比增长11.8%;商企和城市空间综合服务收入为人民币5,748.7百万元,同比降低5.2%;"
            "AIoT及BPaS解决方案服务收入为人民币{}百万元,同比降低23.6%。\n")
    assert parts_of(tmp_path, text.format("1,063.8"))[0][:2] == ("18,137.5", "consistent")
    assert parts_of(tmp_path, text.format("1,163.8"))[0][:2] == ("18,137.5", "mismatch")


def test_brackets_with_another_periods_figures_are_glosses(tmp_path):
    # the total's bracket holds last year's total; each part's, last year's part: neither is a total or a part
    text = ("前三季度中国电影市场总票房为478.64亿元(去年同期为489.45亿元,同比减少2.21%),观影人次达12.81亿。其中,国产影片票房"
            "284.12亿元(去年同期为321.18亿元,同比减少11.54%),占全国总票房的59.36%;进口影片票房{imports}亿元(去年同期为168.27亿元,"
            "同比增加15.60%),占全国总票房的40.64%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format(imports="194.52"))] == [("478.64", "consistent")]
    # (domestic and imported films are all of a box office, data/partitions.json: parts short of it are wrong too)
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text.format(imports="184.52"))] == [("478.64", "mismatch")]


@pytest.mark.parametrize("welfare, verdict", [("49.57", "consistent"), ("59.57", "mismatch")])
def test_parts_making_their_total_make_its_change_in_amount(tmp_path, welfare, verdict):
    # the levels add up (180.36 + 306.92 = 487.28), so the parts are all of it: their changes must make the total's
    text = (f"6月份,全国共销售彩票487.28亿元,同比增加167.47亿元,增长52.4%。其中,福利彩票机构销售180.36亿元,同比增加{welfare}亿元,"
            "增长37.9%;体育彩票机构销售306.92亿元,同比增加117.90亿元,增长62.4%。\n")
    found = [(f, v) for f, v, _ in parts_of(tmp_path, text)]
    assert found == [("487.28", "consistent"), ("167.47", verdict)]


def test_a_long_name_opens_its_parts_by_its_last_words(tmp_path):
    # '我国游戏市场实际销售收入中…' after '我国游戏市场实际销售收入达1144.8亿元': five segments make it
    text = ("2014年我国游戏市场实际销售收入达1144.8亿元人民币,用户约5.17亿人。报告显示,2014年,我国游戏市场实际销售收入中客户端网络"
            "游戏市场实际销售收入608.9亿元,网页游戏市场实际销售收入202.7亿元,移动游戏市场实际销售收入274.9亿元,社交游戏市场实际销售"
            "收入57.8亿元,单机游戏市场实际销售收入0.5亿元。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)] == [("1144.8", "consistent")]


@pytest.mark.parametrize("resident, verdict", [("930", "consistent"), ("830", "unverifiable")])
def test_a_breakdown_by_industry_of_a_counted_total(tmp_path, resident, verdict):
    # '分产业看' cues the parts of the 用电量 before it (亿千瓦时, no money): three industries and residents make it (parts
    # short of it may leave one out)
    text = (f"3月份,全社会用电量6631亿千瓦时,同比增长19.4%。分产业看,第一产业用电量68亿千瓦时,同比增长26.5%;第二产业用电量4615亿千瓦时,"
            f"同比增长21.2%;第三产业用电量1018亿千瓦时,同比增长42.9%;城乡居民生活用电量{resident}亿千瓦时,同比下降5.3%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)][0] == ("6631", verdict)


def test_a_breakdown_by_a_dimension_is_of_the_figure_naming_its_measure(tmp_path):
    # '…累计23846亿千瓦时,…,其中规模以上工业发电量为22699亿千瓦时。从分产业用电看,第一产业用电量…': the 用电量 the parts name,
    # not the 发电量 right before them
    text = ("1-3月,全社会用电量累计23846亿千瓦时,同比增长2.5%,其中规模以上工业发电量为22699亿千瓦时。从分产业用电看,第一产业用电量"
            "314亿千瓦时,同比增长8.7%;第二产业用电量15214亿千瓦时,同比增长1.9%;第三产业用电量4465亿千瓦时,同比增长5.2%;城乡居民"
            "生活用电量3853亿千瓦时,同比增长1.5%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)][0] == ("23846", "consistent")


RTK = ("2015年,全行业完成运输总周转量851.65亿吨公里,比上年增长13.8%;完成货邮周转量208.07亿吨公里,比上年增长10.8%。\n"
       "2015年,国内航线完成运输总周转量559.04亿吨公里,比上年增长10.0%,其中港澳台航线完成16.22亿吨公里,比上年增长0.3%;"
       "国际航线完成运输总周转量{intl}亿吨公里,比上年增长21.9%。\n")


@pytest.mark.parametrize("intl, verdict", [("292.61", "consistent"), ("302.61", "mismatch")])
def test_a_known_wholes_members_each_opening_a_clause(tmp_path, intl, verdict):
    # 国内航线 and 国际航线 are every route (data/partitions.json): their figures make the whole's stated before them
    # (the 运输总周转量, not the 货邮周转量 nearer), the 港澳台 after 其中 is within 国内; the whole's growth from theirs
    found = parts_of(tmp_path, RTK.format(intl=intl))
    assert [(f, v) for f, v, _ in found][:1] == [("851.65", verdict)]
    if verdict == "consistent":
        assert [(f, v) for f, v, _ in found][1:] == [("13.8", "consistent")]  # 13.82


def test_money_split_so_is_left_to_partitions(tmp_path):
    text = "全国进出口总值20.1万亿元。\n出口11.46万亿元,增长3.7%;进口8.64万亿元,下降0.1%。\n"
    assert [c for c in parts_of(tmp_path, text) if c[0] == "20.1"] == []


def test_parts_in_two_scales_of_one_unit(tmp_path):
    # '国内航线完成1.8亿人次…;国际航线完成1822.6万人次' of '2亿人次' (1.98); a 分别 list in two scales, and its growths
    text = ("三季度民航旅客运输量达2亿人次,同比增长12.3%。其中,国内航线完成1.8亿人次,同比增长8.3%;国际航线完成1822.6万人次,同比增长78%。\n"
            "前8个月全国民航共完成旅客运输量5.2亿人次,同比增长5.3%,其中,国内、国际航线分别完成4.7亿人次、5269.8万人次,"
            "同比分别增长3.5%、24.7%。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)] == [
        ("2", "consistent"), ("12.3", "consistent"), ("5.2", "consistent"), ("5.3", "consistent")]


def test_no_part_in_another_scale_that_is_a_change_or_a_price(tmp_path):
    # '平均每月净增长超过1,900万户' is no part of 8.37亿户; '164元' beside '310亿元' is a price per tonne
    text = ("移动电话客户增长2.4%至8.37亿户,其中4G客户达4.29亿户,平均每月净增长超过1,900万户。\n"
            "公司总毛利同比-27%至333亿元,其中煤炭销售毛利同比-26%至310亿元,对应吨煤毛利同比-27%至164元。\n")
    assert parts_of(tmp_path, text) == []


def test_a_parts_growth_run_on_after_its_unit(tmp_path):
    # '内河主要港口完成8328万吨同比增长24%' (no comma): a part, and its growth; the whole's growth from the two (20.998)
    text = ("5月份,全国主要港口完成货物吞吐量32547万吨,同比增长21%。其中沿海主要港口完成24218万吨,同比增长20%;内河主要港口完成"
            "8328万吨同比增长24%,本月增长趋势平稳。\n")
    assert [(f, v) for f, v, _ in parts_of(tmp_path, text)] == [("32547", "rounding"), ("21", "consistent")]


@pytest.mark.parametrize("share, verdict", [("56", "consistent"), ("10.1", "mismatch")])
def test_a_parts_share_is_of_its_level_not_of_its_change_before_it(tmp_path, share, verdict):
    # '达10.02亿户,比上年末净增1.8亿户,占…56%': the share is the level's (10.02 ÷ 17.9 = 55.98%), not the net add's
    # (1.8 ÷ 17.9 = 10.06%); the level may be in another scale of the unit than the change ('净增2905万户')
    text = ("截至11月底,移动电话用户总数达17.9亿户,比上年末净增4682万户。其中,5G移动电话用户达10.02亿户,"
            f"比上年末净增1.8亿户,占移动电话用户的{share}%。\n")
    assert parts_of(tmp_path, text) == [(share, verdict, "")]
    text = "截至2月份末,移动电话用户总数达16.51亿户。其中,5G移动电话用户达3.84亿户,比上年末净增2905万户,占移动电话用户总数的23.3%。\n"
    assert parts_of(tmp_path, text) == [("23.3", "consistent", "")]


def test_a_share_whose_name_a_bracket_glosses(tmp_path):
    # '占常住人口比重(常住人口城镇化率)74.79%': the bracket names the share, between its words and its figure
    text = "截至2022年末,常住人口12656.8万人。其中城镇常住人口9465.40万人,占常住人口比重(常住人口城镇化率){}%。\n"
    assert parts_of(tmp_path, text.format("74.79")) == [("74.79", "consistent", "")]
    assert parts_of(tmp_path, text.format("47.79"))[0][1] == "mismatch"


def test_a_part_s_share_after_its_growth_and_a_share_of_money_outside_a_company_report(tmp_path):
    # '…24.47万所,比上年增加1.06万所,增长4.55%,占全国幼儿园的比例83.00%': the share after the part's growth; a release's
    # '其中:政府卫生支出20718.5亿元,占27.4%' is of the total before 其中 (in a company report, `results`' on its line items)
    schools = ("全国共有幼儿园29.48万所,比上年增加3117所。其中,普惠性幼儿园24.47万所,比上年增加1.06万所,增长4.55%,"
               "占全国幼儿园的比例{}%。\n")
    assert ("83.00", "rounding", "") in parts_of(tmp_path, schools.format("83.00"))   # 83.0054: its figures rounded
    assert ("85.00", "mismatch") in [c[:2] for c in parts_of(tmp_path, schools.format("85.00"))]
    spending = "2021年卫生总费用初步推算为75593.6亿元,其中:政府卫生支出20718.5亿元,占27.4%;社会卫生支出33920.3亿元,占{}%。\n"
    assert ("44.9", "consistent", "") in parts_of(tmp_path, spending.format("44.9"))
    assert ("45.9", "mismatch") in [c[:2] for c in parts_of(tmp_path, spending.format("45.9"))]


def test_a_total_named_again_paragraphs_later_in_another_scale_and_a_gap_no_part(tmp_path):
    # '旅游外汇收入中,' names the total '旅游外汇收入测算数为142.21亿美元' two sentences back
    text = ("上半年,全国旅游外汇收入测算数为142.21亿美元,比上年同期增长21.41%。\n入境旅游者中,外国人962.08万人次。"
            "旅游外汇收入中,过夜旅游者在华花费为128.32亿美元;一日游游客在华花费为{}亿美元。\n")
    assert ("142.21", "consistent", "") in parts_of(tmp_path, text.format("13.89"))
    assert ("142.21", "mismatch") in [c[:2] for c in parts_of(tmp_path, text.format("23.89"))]
    # the total in 亿人次, its parts in 万人次; '入境…超过出境…320万人次' is their gap, no part
    people = ("今年上半年,我国出入境旅游总人数1.27亿人次,同比增长9.8%。其中,入境旅游人数6510万人次,同比增长4.5%,"
              "出境旅游人数{}万人次,入境旅游人数超过出境旅游320万人次。\n")
    assert parts_of(tmp_path, people.format("6190")) == [("1.27", "consistent", "")]
    assert parts_of(tmp_path, people.format("7190"))[0][:2] == ("1.27", "mismatch")


def test_a_share_naming_a_whole_the_text_does_not_state_is_not_judged_on_the_total_before_其中(tmp_path):
    # '占同期全国进口总额的40.4%' is of the nation's imports, not of the 4268 before 其中 (1738 ÷ 4268 = 40.7%)
    path = tmp_path / "trade.txt"
    path.write_text("一季度,机电产品进出口总额4268亿美元,同比增长5.4%。其中,进口1738亿美元,增长0.5%,占同期全国进口总额的40.4%;"
                    "出口2530亿美元,增长9.1%。\n", encoding="utf-8")
    assert [c["reported"] for c in run_families(read_document(path))[0] if c["verdict"] == "mismatch"] == []


def test_averages_of_groups_after_其中_are_no_parts(tmp_path):
    # '全国居民人均可支配收入14063元…其中,城镇居民人均可支配收入19770元…;农村居民人均可支配收入7142元': per-head figures of
    # groups of the nation's people, not parts of its per-head figure
    text = ("上半年,全国居民人均可支配收入14063元,比上年同期名义增长8.7%。其中,城镇居民人均可支配收入19770元,增长7.9%;"
            "农村居民人均可支配收入7142元,增长8.8%。\n")
    assert parts_of(tmp_path, text) == []
    # a sum of groups in amounts is still one: '全国人口1000万人。其中,城镇人口600万人,农村人口400万人'
    assert parts_of(tmp_path, "全国人口1000万人。其中,城镇人口600万人,农村人口400万人。\n")[0][:2] == ("1000", "consistent")


def test_a_total_s_growth_after_its_change_in_amount_from_its_parts(tmp_path):
    # '农民工总量29562万人,比上年增加311万人,增长1.1%。其中,本地农民工12372万人,增长2.4%;外出农民工17190万人,增长0.1%':
    # the parts' bases (12372 ÷ 1.024 + 17190 ÷ 1.001) give 1.05%
    text = ("全年农民工总量29562万人,比上年增加311万人,增长{}%。其中,本地农民工12372万人,增长2.4%;外出农民工17190万人,"
            "增长0.1%。\n")
    assert ("1.1", "rounding") in [c[:2] for c in parts_of(tmp_path, text.format("1.1"))]
    assert ("1.5", "mismatch") in [c[:2] for c in parts_of(tmp_path, text.format("1.5"))]


def test_其中全年_breaks_the_year_s_figure_down(tmp_path):
    # '全年' after 其中 is no period within the one before ('其中,3月份…' is): the parts are the year's figure's
    text = ("去年国内完成612.88亿人次跨区域人员流动量,同比增长30.7%。其中全年铁路完成旅客发送量38.55亿人次,公路人员流动量达"
            "565.56亿人次,水路营业性客运量达2.58亿人次,民航客运量亦有{}亿人次。\n")
    assert parts_of(tmp_path, text.format("6.2"))[0][:2] == ("612.88", "rounding")
    assert parts_of(tmp_path, text.format("9.2"))[0][:2] == ("612.88", "mismatch")


def test_a_period_s_flow_is_no_total_of_balances(tmp_path):
    # '…余额15.25万亿元,…;上半年增加1.81万亿元,…。其中,重工业…余额13.04万亿元…;轻工业…余额2.22万亿元': the balances'
    # total is the 15.25 (13.04 + 2.22 = 15.26, within their rounding), not the half-year's increase
    text = ("2022年二季度末,本外币工业中长期贷款余额15.25万亿元,同比增长21.2%,比上年末低1.4个百分点;上半年增加1.81万亿元,"
            "同比多增2181亿元。其中,重工业中长期贷款余额13.04万亿元,同比增长20.2%;轻工业中长期贷款余额2.22万亿元,同比增长27.4%。\n")
    assert parts_of(tmp_path, text)[0][:2] == ("15.25", "rounding")


def test_a_share_naming_another_kind_of_the_whole_s_thing_is_not_of_it(tmp_path):
    # '户籍人口10049.7万人,…其中城镇常住人口9465.40万人,占常住人口比重74.79%': 常住人口 is not 户籍人口 (9465.40 ÷ 10049.7
    # would be 94.2%)
    text = "广东户籍人口10049.7万人。其中城镇常住人口9465.40万人,占常住人口比重74.79%,比上年末提高0.16个百分点。\n"
    assert [c for c in parts_of(tmp_path, text) if c[0] == "74.79"] == []


@pytest.mark.parametrize("services, verdict", [("570", "consistent"), ("470", "mismatch")])
def test_a_balance_s_parts_are_surpluses_and_deficits(tmp_path, services, verdict):
    # '经常账户顺差481亿美元,其中,货物贸易顺差1049亿美元,服务贸易逆差570亿美元,初次收入顺差19亿美元,二次收入逆差17亿美元':
    # 1049 − 570 + 19 − 17 (初次收入顺差 is a surplus, not revenue)
    text = (f"2016年一季度,我国经常账户顺差481亿美元,其中,货物贸易顺差1049亿美元,服务贸易逆差{services}亿美元,初次收入顺差19亿美元,"
            "二次收入逆差17亿美元。\n")
    assert [v for n, v, _ in parts_of(tmp_path, text) if n == "481"] == [verdict]


def test_balances_beside_changes_and_a_remark_before_the_parts(tmp_path):
    # '资本和金融账户逆差481亿美元,其中,…逆差1712亿美元,储备资产减少1233亿美元': whether a fall in reserves adds or takes away
    # is a convention of the account: not judged
    capital = "资本和金融账户逆差481亿美元,其中,资本账户逆差1亿美元,非储备性质的金融账户逆差1712亿美元,储备资产减少1233亿美元。\n"
    assert parts_of(tmp_path, capital) == []
    # '其中,按照国际收支统计口径计算,…': how the parts are counted, no part (1090 − 296 + 5 − 76 = 723, 722 within rounding)
    current = ("二季度我国经常项目顺差722亿美元,其中,按照国际收支统计口径计算,货物贸易顺差1090亿美元,服务贸易逆差296亿美元,"
               "收益顺差5亿美元,经常转移逆差76亿美元。\n")
    assert parts_of(tmp_path, current)[0][:2] == ("722", "rounding")


def test_a_count_part_unscaled_after_a_semicolon_and_an_aside_before_a_figure(tmp_path):
    # '…1209.26万人…其中,…在职参保1167.88万人(企业…),离退休参保40.36万人;居民基本养老保险参保10199人': 10199人 is 1.0199万人
    text = ("基本养老保险参保{total}万人,环比增加8.85万人,增长0.7%。其中,职工基本养老保险在职参保1167.88万人(企业1150.85万人,"
            "机关事业17.03万人),离退休参保40.36万人;居民基本养老保险参保10199人。\n")
    assert [v for n, v, _ in parts_of(tmp_path, text.format(total="1209.26")) if n == "1209.26"] == ["consistent"]
    # (a total the parts fall short of: a part not listed may make up the rest)
    assert [v for n, v, _ in parts_of(tmp_path, text.format(total="1210.26")) if n == "1210.26"] == ["unverifiable"]
    # a bracketed aside between a part's name and its figure, a year in it
    aside = ("生育保险参保1191.97万人,同比增加50.16万人。其中,参加生育保险职工(自2015年3月起用人单位按省生育保险相关规定缴纳)1132.51万人,"
             "参加原生育医疗保险59.46万人。\n")
    assert parts_of(tmp_path, aside)[0][:2] == ("1191.97", "consistent")


def test_who_says_it_before_其中_and_a_growth_naming_its_base_twice(tmp_path):
    # '…17444万人,比上年末增加1091万人。公报显示,其中参保职工13082万人,参保的离退休人员4362万人'
    text = "年末全国参加城镇基本养老保险人数为17444万人,比上年末增加1091万人。\n公报显示,其中参保职工13082万人,参保的离退休人员4362万人。\n"
    assert parts_of(tmp_path, text)[0][:2] == ("17444", "consistent")
    # '其中在职参保人数8.65万人,同比去年同期增加1.45 %,退休人数4.17万人': 8.65 + 4.17 = 12.82 (12.83 within rounding)
    text = "全市参加企业职工基本养老保险人数为12.83万人,其中在职参保人数8.65万人,同比去年同期增加1.45 %,退休人数4.17万人,同比去年同期增长8.87%。\n"
    assert parts_of(tmp_path, text)[0][:2] == ("12.83", "rounding")


def test_具体看_breaks_down_the_last_figure_past_a_sentence_of_words(tmp_path):
    # '…1089.69吨,同比增长8.78%。在一系列提振消费政策推动下,…。具体看,全年消费黄金首饰706.48吨…': the consumption's parts
    text = ("2023年,全国黄金消费量{total}吨,同比增长8.78%。在一系列提振消费政策推动下,全国消费市场持续恢复。\n"
            "具体看,全年消费黄金首饰706.48吨,同比增长7.97%;金条及金币299.60吨,同比增长15.70%;工业及其他用金83.61吨,同比下降5.50%。\n")
    assert parts_of(tmp_path, text.format(total="1089.69"))[0][:2] == ("1089.69", "consistent")
    assert parts_of(tmp_path, text.format(total="1079.69"))[0][:2] == ("1079.69", "mismatch")
    # a sentence of words naming a measure is what the breakdown after it is of: no figure of it, no check
    text = ("前三季度实现利息净收入147.25亿元,同比增长8.23%。然而,非利息净收入板块表现疲软。\n"
            "具体来看,手续费及佣金净收入仅3.75亿元;投资收益31.96亿元;公允价值变动收益1.84亿元。\n")
    assert parts_of(tmp_path, text) == []


def test_a_total_inside_the_words_that_open_its_parts(tmp_path):
    # '在…814.33万对人中,': the total stands in the cue; its parts' clauses follow the 中
    text = "在2020年结婚登记的814.33万对人中,内地居民登记结婚共计{}万对,涉外及港澳台居民登记结婚数共计1.74万对。"
    assert [(r, v) for r, v, *_ in parts_of(tmp_path, text.format("812.6"))] == [("814.33", "rounding")]  # 814.34
    assert [(r, v) for r, v, *_ in parts_of(tmp_path, text.format("802.6"))] == [("814.33", "unverifiable")]  # short: some left out?
    assert parts_of(tmp_path, "在这种情况下,内地居民登记结婚812.6万对,涉外1.74万对。") == []  # no total in the cue


def test_a_total_s_change_after_a_base_given_a_short_name(tmp_path):
    # '比上年同期(简称"同比")增加47.79亿元' over its parts' '同比增加12.54亿元' and '同比增加35.25亿元'
    text = ("2月份,全国共销售彩票247.90亿元,比上年同期(简称“同比”)增加{}亿元,增长23.9%。其中,福利彩票机构销售130.13亿元,"
            "同比增加12.54亿元,增长10.7%;体育彩票机构销售117.77亿元,同比增加35.25亿元,增长42.7%。")
    got = [(r, v) for r, v, n in parts_of(tmp_path, text.format("47.79")) if "changes make its change" in n]
    assert got == [("47.79", "consistent")]
    got = [(r, v) for r, v, n in parts_of(tmp_path, text.format("47.97")) if "changes make its change" in n]
    assert got == [("47.97", "mismatch")]


def test_members_of_a_known_whole_against_a_total_past_sentences_of_words(tmp_path):
    # the year's grain output is its three seasons' (data/partitions.json); the total stands two sentences of words back
    text = ("2011年全国粮食总产量达到{}万吨,比2010年增产2473万吨,增长4.5%。\n“2011年全国粮食总产量创造了新的历史纪录。”\n"
            "报告指出,夏粮、早稻、秋粮季季增产。2011年,全国夏粮总产量12627万吨,比去年增长2.5%;早稻总产量3276万吨,增长4.5%;"
            "秋粮总产量41218万吨,增长5.1%。")
    assert [(r, v) for r, v, _ in parts_of(tmp_path, text.format("57121"))] == [("57121", "consistent")]
    assert [(r, v) for r, v, _ in parts_of(tmp_path, text.format("57211"))] == [("57211", "mismatch")]
    # a sentence between with a figure in the unit ends the search: its figure is no total of theirs
    blocked = text.replace("“2011年全国粮食总产量创造了新的历史纪录。”", "其中黑龙江粮食产量5571万吨。")
    assert parts_of(tmp_path, blocked.format("57121")) == []


@pytest.mark.parametrize("total, verdict", [("4.9", "consistent"), ("5.9", "mismatch")])
def test_a_mix_on_the_quarter_s_end_before(tmp_path, total, verdict):
    # each part's growth on the second quarter's end makes the total's: 25.38 ÷ 1.050 + 2.68 ÷ 1.039 under 28.06
    text = (f"截至第三季度末,全国累计发行银行卡28.06亿张,较第二季度末增长{total}%,同比增长17.9%。其中,借记卡累计发卡量为"
            "25.38亿张,较第二季度末增长5.0%,同比增长17.6%;信用卡累计发卡量为2.68亿张,较第二季度末增长3.9%,同比增长20.3%。")
    got = [(r, v) for r, v, n in parts_of(tmp_path, text) if "its base is the sum" in n]
    assert got == [(total, verdict)]


def test_value_added_is_no_part_of_gross_output_but_of_a_gdp(tmp_path):
    # '工业总产值103.8亿元,…其中规模以上工业总产值95.4亿元,…;实现工业增加值40.6亿元': another measure after the ；, no part
    text = ("上半年,全市完成工业总产值103.8亿元,同比增长15%,其中规模以上工业总产值95.4亿元,增长16.6%;"
            "实现工业增加值40.6亿元,占GDP的27.3%。")
    assert [c for c in parts_of(tmp_path, text) if c[1] == "mismatch"] == []
    # a GDP is its industries' value added
    gdp = ("上半年,全市完成地区生产总值148.9亿元,同比增长12.3%。其中:第一产业增加值12.3亿元,增长8.8%;第二产业增加值"
           "61.9亿元,增长12.6%;第三产业增加值74.7亿元,增长12.7%。")
    assert [(r, v) for r, v, _ in parts_of(tmp_path, gdp)] == [("148.9", "consistent")]


def test_a_其中_past_a_sentence_that_names_its_total_with_no_figure_in_its_unit(tmp_path):
    # '…社会物流总费用8.6万亿元…。…社会物流总费用与GDP的比率为14.5%…。其中,运输费用…': the ratio's sentence speaks of
    # the total and states none of it; the 其中 breaks down the 8.6 two sentences back
    text = ("前三季度,社会物流总费用{}万亿元,同比增长10.4%。前三季度社会物流总费用与GDP的比率为14.5%,比上年回落0.1个百分点。"
            "其中,运输费用4.6万亿元,同比增长12.6%;保管费用2.9万亿元,同比增长7.9%;管理费用1.2万亿元,同比增长8.4%。")
    assert [(r, v) for r, v, n in parts_of(tmp_path, text.format("8.6")) if "base" not in n] == [("8.6", "rounding")]
    # (7.6: two parts already make it, the third is read as another split; its growth from theirs gives the edit away)
    assert "mismatch" in [v for _, v, _ in parts_of(tmp_path, text.format("7.6"))]
    # a sentence between naming another measure is no talk of the total: the 其中 is of nothing stated
    other = text.replace("前三季度社会物流总费用与GDP的比率", "前三季度物流业景气指数平均")
    assert parts_of(tmp_path, other.format("8.6")) == []


def test_an_average_s_groups_and_changes_of_members_some_unlisted_are_no_sum(tmp_path):
    # '平均规模为9298人,其中,本科学校为13100人,高职(专科)学校为5904人': the groups' own averages (a part above the
    # average), their measure's name left out — no parts of a sum
    text = "普通高等学校本科、高职(专科)全日制在校生平均规模为9298人,其中,本科学校为13100人,高职(专科)学校为5904人。"
    assert parts_of(tmp_path, text) == []
    # the changes of a total's members, one unlisted (其他机构): over the total is no proof of a slip
    text = ("与2016年6月底比较,全国医疗卫生机构增加{}个,其中:医院增加1458个,基层医疗卫生机构增加5369个,"
            "专业公共卫生机构减少6469个。")
    (over,) = parts_of(tmp_path, text.format("48"))
    assert over[1] == "unverifiable" and "moved the other way" in over[2]
    assert parts_of(tmp_path, text.format("358"))[0][1] == "consistent"


def test_a_change_said_on_the_year_before_a_total_in_another_scale_and_a_named_part_s_own_parts(tmp_path):
    # '比上年增加34所' (the bureau's annual wording) against its parts' changes: 53 − 19
    text = ("全国共有普通高等学校和成人高等学校2723所,比上年增加{}所。其中,普通高等学校2358所(含独立学院323所),比上年增加53所,"
            "成人高等学校365所,比上年减少19所。")
    assert [(r, v) for r, v, n in parts_of(tmp_path, text.format("34")) if "changes" in n] == [("34", "consistent")]
    assert [(r, v) for r, v, n in parts_of(tmp_path, text.format("43")) if "changes" in n] == [("43", "mismatch")]
    # a total in 万个 over parts counted one by one
    text = "截至2017年6月底,医院{}万个,其中:公立医院12566个,民营医院17153个。"
    assert [(r, v) for r, v, _ in parts_of(tmp_path, text.format("3.0"))] == [("3.0", "consistent")]
    assert [(r, v) for r, v, _ in parts_of(tmp_path, text.format("2.8"))] == [("2.8", "mismatch")]  # (2.97 over it)
    # '医院中:' opens the parts of the 医院 figure stated before
    text = ("全国医疗卫生机构总诊疗人次达19.2亿人次。其中:医院{}亿人次,同比提高4.3%;基层医疗卫生机构10.8亿人次。"
            "医院中:公立医院6.9亿人次,同比提高3.6%;民营医院0.9亿人次,同比提高10.3%。")
    assert ("7.7", "rounding") in [(r, v) for r, v, _ in parts_of(tmp_path, text.format("7.7"))]
    assert ("6.7", "mismatch") in [(r, v) for r, v, _ in parts_of(tmp_path, text.format("6.7"))]  # (7.8 over it)


@pytest.mark.parametrize("interbank, verdict", [("-266", "consistent"), ("-166", "unverifiable")])
def test_parts_of_a_change_may_fall(tmp_path, interbank, verdict):
    # '生息资产增量4346亿,其中,贷款、金融投资、同业资产分别增加1197亿、3415亿、-266亿': the total named by the verb's noun
    # (增量), a bank's loans as assets, a fall among the parts; a sum off the total is unverifiable (a member not
    # listed — 存放央行 — may have moved), never a mismatch
    text = f"3Q 生息资产增量 4346 亿,其中,贷款、金融投资、同业资产分别增加1197 亿、3415 亿、{interbank} 亿。\n"
    assert [(t, v) for t, v, _ in parts_of(tmp_path, text)] == [("4346", verdict)]


def test_a_fall_among_parts_of_a_level_is_no_list_of_parts(tmp_path):
    assert parts_of(tmp_path, "公司营收100亿元,其中,国内、海外收入分别为110亿元、-10亿元。\n") == []


def test_parts_counted_in_copies(tmp_path):
    # 份 counts policies: '新增保单106.27亿份。其中,财产保险公司签约102.74亿份;…3.53亿份' — 102.74 + 3.53 = 106.27
    text = "保险业新增保单106.27亿份。其中,财产保险公司签约102.74亿份;人身保险公司新增{}亿份保单。\n"
    assert parts_of(tmp_path, text.format("3.53")) == [("106.27", "consistent", "")]
    assert parts_of(tmp_path, text.format("4.53"))[0][1] == "mismatch"


def test_a_level_above_the_whole_alone_ends_the_parts(tmp_path):
    # '其中' opens one clause only: the runs after the ；are the total's siblings, each above it alone — no parts of it
    text = "寿险本年新增累计保单0.63亿件;其中普通寿险3475.76万件;健康险17.51亿件;意外险43.25亿件。\n"
    assert parts_of(tmp_path, text) == []
    # a run under the total goes on as a part (one a little above it too: a slip of a digit), and the sum is judged
    text = "寿险本年新增累计保单0.63亿件;其中普通寿险3475.76万件;健康险{}亿件。\n"
    assert parts_of(tmp_path, text.format("0.28")) == [("0.63", "consistent", "")]
    assert parts_of(tmp_path, text.format("0.58"))[0][1] == "mismatch"
    assert parts_of(tmp_path, text.format("1.18"))[0][1] == "mismatch"  # (a part a little above the whole stays one)


def test_customers_counted_by_network_and_by_plan_overlap(tmp_path):
    # 5G套餐客户 and 5G网络客户 count 5G customers two ways (one holds the other), data/partitions.json: over the total,
    # no mismatch
    text = "该集团移动客户总数达到9.90亿户,其中5G套餐客户数达到7.5亿户,5G网络客户数达到4.25亿户。\n"
    assert [v for _, v, _ in parts_of(tmp_path, text)] == ["unverifiable"]
    text = "首季移动业务客户总数达9.4亿户,按季净减少232万户。其中,4G客户总数达7.88亿户,按季增加1300万户;5G套餐客户数量1.89亿户。\n"
    assert [v for _, v, _ in parts_of(tmp_path, text)] == ["unverifiable"]


def test_a_ceiling_split_after_qi_zhong_by_parts_whose_names_set_a_ratio_s_bound(tmp_path):
    # (a ceiling is a plan's total; '资产负债率70%以上' says which subsidiaries, no measure of the part's own)
    text = ("公司拟申请2024年度担保的总额度不超过29.6亿元,其中公司拟为资产负债率70%以上的控股子公司担保的额度为4.9亿元,"
            "为资产负债率70%以下的控股子公司担保的额度为{}亿元。\n")
    assert parts_of(tmp_path, text.format("24.7")) == [("29.6", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("27.4"))] == ["mismatch"]
    # (a lower bound is no total: '超过29.6亿元' may be more than its parts)
    assert parts_of(tmp_path, text.format("24.7").replace("不超过", "超过")) == []


def test_qi_zhong_opening_a_summary_s_bullet_breaks_down_the_bullet_before(tmp_path):
    text = ("累计担保情况 - 截至2025年7月末对外担保余额6.84亿元,占净资产14.16% [10] - 其中对子公司担保{}亿元(占比14.15%),"
            "客户担保36.72万元(占比0.01%) [10] - 逾期担保36.72万元均设置反担保措施 [10]\n")
    assert parts_of(tmp_path, text.format("6.84")) == [("6.84", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("6.48"))] == ["unverifiable"]  # (short of it: one may be left out)


def test_an_itemization_of_a_figure_in_the_bullet_before_with_a_reversal_printed_negative(tmp_path):
    text = ("计提资产减值准备情况 - 2024年度各项资产减值准备共计{}元 [1] - 各项资产减值准备具体金额为:应收账款坏账损失"
            "7,190,023.85元、应收票据坏账损失223,766.95元、其他应收款坏账损失 -128,001.79元、存货跌价损失21,736,001.53元 [2]\n")
    assert parts_of(tmp_path, text.format("29,021,790.54")) == [("29,021,790.54", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("29,277,794.12"))] == ["unverifiable"]  # (the reversal added)


def test_parts_named_after_their_figures_by_where_they_go(tmp_path):
    text = "海天丝路拟增加注册资本,由投资方以现金方式对其进行增资100,000万元,其中8,695.6522万元计入注册资本,{}万元计入资本公积金。\n"
    assert parts_of(tmp_path, text.format("91,304.3478")) == [("100,000", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("93,104.3478"))] == ["mismatch"]


def test_subscribers_each_with_their_stake_after_qi_zhong_across_a_semicolon(tmp_path):
    # (a stake's clause, '持股34%', is passed over like a change; the run after the ；names its parts as the ones before,
    # each …出资: all of them go on the list; each stake is the part's share of the capital)
    text = ("该合资公司的注册资本拟为人民币6,000万元,其中甲公司出资3,060万元,持股51%;乙公司出资2,040万元,持股34%,"
            "丙(深汕特别合作区)有限公司出资{}万元,持股15%。\n")
    assert parts_of(tmp_path, text.format("900")) == [("6,000", "consistent", ""), ("51", "consistent", ""),
                                                      ("34", "consistent", ""), ("15", "consistent", "")]
    assert [v for _, v, _ in parts_of(tmp_path, text.format("1,900"))][:1] == ["mismatch"]
