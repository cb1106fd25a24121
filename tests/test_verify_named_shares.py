"""verify's `named_shares` family: shares listed by name over the amounts stated before by those names,
the whole the one most of them reproduce."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

NOTE = ("示例证券(600999):经纪及自营业务带动业绩高增\n示例研究 2025-04-30\n"
        "1Q25 公司营收177.6 亿元,同比+29.1%。1Q25 公司实现证券主营业务收入161.1 亿元,同比+27.7%。各条线业务收入如下:"
        "经纪33.3 亿(+36.2%)、投行9.8 亿(+12.2%)、资管25.6 亿(+8.7%)、净利息-2.0 亿、净投资收益89.4 亿(+41.2%)。"
        "收入结构如下:经纪{broker}%、投行6.1%、资管15.9%、净利息-1.3%、净投资(剔除其他手续费及长股投)55.5%。\n")


def shares(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "named_shares"]


@pytest.mark.parametrize("broker, verdict", [("20.6", "rounding"), ("22.6", "mismatch")])
def test_shares_of_the_total_most_of_them_reproduce(tmp_path, broker, verdict):
    # over 证券主营业务收入 161.1 (not 营收 177.6, nor the parts' sum 156.1): 33.3 ÷ 161.1 = 20.67%
    found = shares(tmp_path, NOTE.format(broker=broker))
    assert [(f, v) for f, v, _ in found] == [(broker, verdict), ("6.1", "consistent"), ("15.9", "consistent"),
                                             ("-1.3", "rounding"), ("55.5", "consistent")]
    assert found[0][2] == "经纪 33.3 ÷ 证券主营业务收入 161.1 × 100"


def test_shares_no_stated_whole_reproduces_give_no_check(tmp_path):
    # shares of a whole the text does not print: nothing is judged
    text = NOTE.format(broker="30.6").replace("6.1%", "9.1%").replace("15.9%", "19.9%")
    assert shares(tmp_path, text) == []


def test_parts_named_first_then_their_shares_in_a_counted_unit(tmp_path):
    # '同城、异地、国际/港澳台快递业务量分别占全部快递业务量的16.3%、81.4%和2.3%' over '同城业务量累计完成66.7亿件', …
    text = ("1-7月,全国快递服务企业业务量累计完成408.2亿件,同比增长23.7%。其中,同城业务量累计完成66.7亿件;异地业务量累计完成"
            "332.2亿件;国际/港澳台业务量累计完成9.2亿件。\n1-7月,同城、异地、国际/港澳台快递业务量分别占全部快递业务量的{}%、81.4%"
            "和2.3%。\n")
    assert [(f, v) for f, v, _ in shares(tmp_path, text.format("16.3"))] == [
        ("16.3", "consistent"), ("81.4", "consistent"), ("2.3", "consistent")]
    assert [(f, v) for f, v, _ in shares(tmp_path, text.format("18.3"))][0] == ("18.3", "mismatch")


def test_a_period_glued_to_the_first_name_is_none_of_it(tmp_path):
    # '1-2月份乐透数字型、…分别占…': the first part is 乐透数字型 (not '份乐透数字型', whose amount is nowhere)
    text = ("1-2月份,乐透数字型彩票销售395.64亿元;竞猜型彩票销售133.18亿元;即开型彩票销售46.59亿元;"
            "视频型彩票销售63.83亿元;基诺型彩票销售0.99亿元。1-2月份乐透数字型、竞猜型、即开型、视频型和基诺型彩票销售量"
            "分别占彩票销售总量的{}%、20.8%、7.3%、10.0%、0.2%。")
    found = shares(tmp_path, text.format("61.8"))
    assert [(f, v) for f, v, _ in found] == [("61.8", "consistent"), ("20.8", "consistent"), ("7.3", "consistent"),
                                             ("10.0", "consistent"), ("0.2", "consistent")]  # 395.64 ÷ 640.23 = 61.80%
    # the release's 61.7: its shares nudged to make 100 (one last digit off), as partitions judges a mix; 61.6 makes 99.9
    assert shares(tmp_path, text.format("61.7"))[0][:2] == ("61.7", "rounding")
    assert shares(tmp_path, text.format("61.6"))[0][:2] == ("61.6", "mismatch")


@pytest.mark.parametrize("local, verdict", [("8.9", "consistent"), ("9.9", "mismatch")])
def test_shares_said_with_the_share_s_word_before_分别(tmp_path, local, verdict):
    # '…占全部比例分别为8.9%、88.9%和2.2%': each part's amount stated before under its name — after its year
    # ('2024年同城快递业务量完成156.4亿件') — over the whole the most of them reproduce (156.4 ÷ 1750.8 = 8.93%)
    text = ("2024年快递业务量达1750.8亿件,同比增长21.5%。\n业务结构方面,2024年同城快递业务量完成156.4亿件,同比增长14.6%;"
            "异地快递业务量完成1555.7亿件,同比增长22.1%;国际/港澳台快递业务量完成38.7亿件,同比增长26.3%。"
            f"同城、异地、国际/港澳台快递业务量占全部比例分别为{local}%、88.9%和2.2%。\n")
    assert [(f, v) for f, v, _ in shares(tmp_path, text)] == [(local, verdict), ("88.9", "consistent"), ("2.2", "consistent")]


@pytest.mark.parametrize("tertiary, verdict", [("53.1", "rounding"), ("52.1", "mismatch")])
def test_a_share_nudged_so_the_list_makes_100(tmp_path, tertiary, verdict):
    # 1710.1 ÷ 3216.1 = 53.17, printed 53.1 so that 6.8 + 40.1 + 53.1 = 100: one last-digit nudge is rounding;
    # the last of parallel names is as long as the others ('第三', not '第')
    text = ("前三季度全市地区生产总值实现3216.1亿元。第一产业增加值实现217.3亿元;第二产业增加值实现1288.7亿元;"
            f"第三产业增加值实现1710.1亿元。第一、第二、第三产业增加值占GDP的比重分别为6.8%、40.1%、{tertiary}%。\n")
    found = shares(tmp_path, text)
    assert [(f, v) for f, v, _ in found] == [("6.8", "consistent"), ("40.1", "consistent"), (tertiary, verdict)]
    assert found[2][2].startswith("第三 1710.1 ÷")
