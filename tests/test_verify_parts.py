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
