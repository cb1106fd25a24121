"""verify's `quantity_shares` family: a counted amount's share of a whole the text states in the same unit."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def shares(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "quantity_shares"]


def test_the_whole_a_sentence_opens_on_and_a_bracket_of_which(tmp_path):
    # '常住人口中,': over the 常住人口 stated before, not the sample before it nor a sibling part; a bracket's 其中 part
    # is of the same whole as the part before the bracket
    text = ("调查登记常住人口33.34万人。\n2023年末,全省常住人口为3465.99万人,比上年减少15.36万人。\n"
            "2023年末全省常住人口中,0—14岁人口为517.49万人,占14.93%;15—64岁人口为2421.53万人,占69.87%"
            "(其中:15-59岁人口为2198.44万人,占{share}%)。\n")
    assert shares(tmp_path, text.format(share="63.43")) == [
        (14.93, "consistent", "517.49万人 ÷ 3465.99万人 × 100"), (69.87, "consistent", "2421.53万人 ÷ 3465.99万人 × 100"),
        (63.43, "consistent", "2198.44万人 ÷ 3465.99万人 × 100")]
    assert shares(tmp_path, text.format(share="90.79"))[-1][:2] == (90.79, "mismatch")   # 2198.44 ÷ 2421.53: the wrong whole


def test_a_whole_the_share_names_and_one_it_does_not(tmp_path):
    # '占总人口的…': over the amount stated under 人口; no whole named: the nearest larger amounts before that are no
    # part with a share of their own, judged only where one gives the share
    text = ("截至年末,中国大陆总人口(包括现役军人)139538万人。男性人口71351万人。"
            "16至59周岁的劳动年龄人口89729万人,占总人口的比重为64.3%。\n"
            "全省常住人口共8367.5万人,成都市达到2093.8万人。男性人口为4229万人,占50.54%;女性人口为4138.5万人,占49.46%。"
            "0-14岁人口为1347.1万人,占{share}%。\n")
    found = shares(tmp_path, text.format(share="16.1"))
    assert found[0] == (64.3, "consistent", "89729万人 ÷ 139538万人 × 100")
    assert [f[:2] for f in found[1:]] == [(50.54, "consistent"), (49.46, "consistent"), (16.1, "consistent")]
    assert shares(tmp_path, text.format(share="26.1"))[-1][:2] == (26.1, "unverifiable")


@pytest.mark.parametrize("text", [
    "组件总出货量60GW,公司BC组件累计销量达到14.48GW,占组件总出货量比重近23%。",   # a bound
    "样本共有388家公司,实现收入正增长的公司有197家,占比51%。",                      # a count's share: count_shares'
    "移动电话用户总数达17.9亿户。其中,5G移动电话用户达10.02亿户,占移动电话用户的56%。",  # after 其中: parts'
    "营业收入100亿元,其中海外收入30亿元,占比30%。",                                  # money: partitions' and others'
])
def test_no_share_read_here(tmp_path, text):
    assert shares(tmp_path, text) == []


@pytest.mark.parametrize("share, verdict", [("90.97", "consistent"), ("90.79", "mismatch")])
def test_a_share_naming_its_part_and_its_whole_stated_before(tmp_path, share, verdict):
    text = ("截至2018年末,全国银行卡在用发卡数量75.97亿张,同比增长13.51%。其中,借记卡在用发卡数量69.11亿张,同比增长13.20%;"
            f"信用卡和借贷合一卡在用发卡数量共计6.86亿张。借记卡在用发卡数量占银行卡在用发卡数量的{share}%,较上年末有所下降。")
    assert shares(tmp_path, text) == [(float(share), verdict, "69.11亿张 ÷ 75.97亿张 × 100")]
    # a whole its words do not name exactly is not taken ('银行卡数量' was never stated so)
    assert shares(tmp_path, text.replace("占银行卡在用发卡数量的", "占银行卡数量的")) == []


def test_a_mismatch_over_the_named_whole_names_the_amount_that_gives_the_share(tmp_path):
    # the share is of the 总申购量, not the 有效申购总量 it names: a mismatch, its note naming the amount it reproduces over
    text = ("总申购量达到1,936,550万股。剩余有效申购总量为1,878,730万股。"
            "本次剔除的拟申购总量为57,820万股,占有效申购总量的2.9857%。\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    (check,) = [c for c in run_families(read_document(path))[0] if c["family"] == "quantity_shares"]
    assert check["verdict"] == "mismatch" and "1,936,550万股" in check["note"]


def test_a_share_restated_as_its_amount_after_即(tmp_path):
    # 452,880,000 × 25% = 113,220,000: the amount after 即 over the whole stated before under the share's words
    text = ("截至本预案公告日,公司的总股本为 452,880,000 股。本次发行的数量不超过本次发行前公司总股本的 25%,"
            "即本次发行不超过 {} 股(含本数)。\n")
    assert [c[:2] for c in shares(tmp_path, text.format("113,220,000"))] == [(113220000, "consistent")]
    assert [c[:2] for c in shares(tmp_path, text.format("131,220,000"))] == [(131220000, "mismatch")]


def test_shares_of_a_whole_never_stated_that_make_100(tmp_path):
    # the parts are the whole: 3,500,000 ÷ 35,000,000 = 10%; parts whose shares make less are not judged
    text = ("回拨后,网下最终发行数量为3,500,000股,占本次发行总量的{}%;网上最终发行数量为31,500,000股,"
            "占本次发行总量的90.00%。\n")
    assert [c[:2] for c in shares(tmp_path, text.format("10.00"))] == [(10.0, "consistent"), (90.0, "consistent")]
    assert [c[:2] for c in shares(tmp_path, text.format("9.00"))] == []


def test_a_whole_stated_in_brackets_after_its_name(tmp_path):
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "notice.txt"
    for pct, verdict in (("12.57", "consistent"), ("12.75", "mismatch")):
        path.write_text("可转债转股结果暨股份变动公告\n因转股形成的股份数量为11,730,353股,占可转债转股前公司已发行股份总额(93,319,000股)"
                        f"的{pct}%。\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "quantity_shares"]
        assert found == [(float(pct), verdict)]


def test_a_whole_stated_right_after_its_name_with_no_brackets(tmp_path):
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    path = tmp_path / "esop.txt"
    for pct, verdict in (("1.17", "consistent"), ("1.71", "mismatch")):
        path.write_text(f"员工持股计划草案\n本员工持股计划的持股规模不超过498万股,约占公司股本总额4.25亿股的{pct}%。\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "quantity_shares"]
        assert found == [(float(pct), verdict)]


def test_options_in_份_over_a_share_count_stated_after_its_whole_s_name(tmp_path):
    # (an option is a right to one share: 850.00万份 ÷ 40,697.0449万股 = 2.09%)
    text = "指南针公布股票期权激励计划,拟授予的股票期权数量为850.00万份,约占该激励计划公告时公司股本总额40,697.0449万股的{}%。\n"
    assert [v for _, v, _ in shares(tmp_path, text.format("2.09"))] == ["consistent"]
    assert [v for _, v, _ in shares(tmp_path, text.format("2.90"))] == ["mismatch"]
    # (份 of no option are no shares: no verdict on them)
    assert [v for _, v, _ in shares(tmp_path, "公司发行基金份额850.00万份,约占该基金总份额40,697.0449万股的2.09%。\n")] == ["unverifiable"]
