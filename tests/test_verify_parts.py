"""verify's `parts` family: a total a sentence states against the parts it lists after it,
tied by the verb they share or by 其中; parts short of their total may leave one out."""
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
    assert parts_of(tmp_path, text.format("1429")) == [("3311", "consistent", "")]
    assert parts_of(tmp_path, text.format("1529"))[0][1] == "mismatch"
    # a part in brackets with its change, the parts joined by 、; 约 before the figures
    assert parts_of(tmp_path, "自产煤销量3482万吨,(环比+10.36%),其中动力煤销量3201万吨(环比+11.84%)、炼焦煤281万吨(环比-4.10%);\n") \
        == [("3482", "consistent", "")]
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
    assert verdicts == ["consistent", "mismatch", "mismatch"]


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
