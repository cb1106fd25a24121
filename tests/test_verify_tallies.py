"""verify's `tallies` family on a price release written here: a tally of rises and falls in words ('六升二降')
against the items its sentence lists after it."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import tallies

ITEMS = ("食品烟酒类价格上涨6.0%,衣着类价格上涨0.9%,生活用品及服务类价格上涨2.2%,交通和通信类价格上涨2.2%,"
         "教育文化和娛乐类价格上涨2.0%,其他用品和服务类价格{other}1.5%;居住类价格下降1.1%,医疗保健类价格下降0.1%。")


def judged(text):
    return [(c["reported"], c["recomputed"], c["verdict"]) for c in tallies.find(one_page_doc(text))]


@pytest.mark.parametrize("tally, other, expected", [
    ("六升二降", "上涨", [(6, 6, "consistent"), (2, 2, "consistent")]),
    ("七升一降", "上涨", [(7, 6, "mismatch"), (1, 2, "mismatch")]),   # the list has six rises and two falls
    ("五升三降", "下降", [(5, 5, "consistent"), (3, 3, "consistent")]),  # the sixth item now falls
    ("5升3降", "下降", [(5, 5, "consistent"), (3, 3, "consistent")]),    # digits for the counts
])
def test_a_tally_against_the_items_listed_after_it(tally, other, expected):
    text = f"从分类看,8大类商品及服务价格指数呈现“{tally}”的态势:" + ITEMS.format(other=other)
    assert judged(text) == expected


def test_an_unchanged_count_and_a_list_of_another_length_or_shape():
    # '五升一平二降': 持平 counts as its own kind
    flat = ("八大类价格“五升一平二降”:食品类上涨6.0%,衣着类上涨0.9%,家用类上涨2.2%,交通类上涨2.2%,教育类上涨2.0%,"
            "其他类持平;居住类下降1.1%,医疗类下降0.1%。")
    assert [v for _, _, v in judged(flat)] == ["consistent"] * 3
    # the sentence lists seven of the eight (the last in a sentence after): not judged
    short = "八大类价格“六升二降”:食品类上涨6.0%,衣着类上涨0.9%,家用类上涨2.2%,交通类上涨2.2%,教育类上涨2.0%,其他类上涨1.5%,居住类下降1.1%。医疗类下降0.1%。"
    assert judged(short) == []
    # a clause naming two ways is no plain list item
    mixed = "八大类价格“一升一降”:食品类上涨6.0%,其中猪肉上涨2%而蔬菜下降3%。"
    assert judged(mixed) == []


def test_counts_by_way_against_the_number_of_items_they_are_of():
    # '70个大中城市中,价格下降的城市有64个,持平的城市有4个,上涨的城市有2个': 64 + 4 + 2 = 70
    text = "7月份,70个大中城市中,价格下降的城市有{down}个,持平的城市有4个,上涨的城市有2个。"
    assert judged(text.format(down="64")) == [(70, 70, "consistent")]
    assert judged(text.format(down="65")) == [(70, 71, "mismatch")]
    # another period's count after each way's: summed alike
    both = "2月70个大中城市中,新建住宅价格指数按月上涨的有18个,1月有24个;下跌45个,1月有42个;持平的有7个,1月有{flat}个。"
    assert judged(both.format(flat="4")) == [(70, 70, "consistent"), (70, 70, "consistent")]
    assert judged(both.format(flat="5"))[1][2] == "mismatch"
    # rises and falls alone: short of all, the rest may have held (unverifiable); all of them, none held; over, wrong
    assert judged("70个大中城市中,价格下降的城市有64个,上涨的城市有2个。") == [(70, 66, "unverifiable")]
    assert judged("70个大中城市中,价格同比下降的城市有1个,上涨的有69个。") == [(70, 70, "consistent")]
    assert judged("70个大中城市中,价格同比下降的城市有3个,上涨的有69个。") == [(70, 72, "mismatch")]


@pytest.mark.parametrize("names, verdict", [("厦门和大理", "consistent"), ("厦门、大理和郑州", "mismatch")])
def test_a_count_against_the_names_listed_after_it(names, verdict):
    text = f"7月份环比数据保持上涨的城市仍有2个,分别是{names};西宁则持平。"
    assert [v for _, _, v in judged(text)] == [verdict]
    # an open list, or one of phrases, is not counted
    assert judged("保持上涨的城市有2个,分别是厦门、大理等。") == []


def test_a_way_counted_again_opens_another_split_of_the_same_items():
    # '…环比下降的城市有35个,持平的有20个,上涨的有15个(最高涨幅为0.3%,最低为下降1.4%);价格同比下降的城市有5个,持平的有1个,
    # 上涨的有64个': two splits of the 70, each judged, and one counting two ways only ('下降的城市有1个,上涨的有69个': all 70)
    text = ("5月份70个大中城市中,价格环比下降的城市有35个,持平的有20个,上涨的有15个(最高涨幅为0.3%,最低为下降1.4%);"
            "价格同比下降的城市有1个,上涨的有69个;二手住宅价格同比下降的城市有5个,持平的有1个,上涨的有{up}个。")
    assert judged(text.format(up="64")) == [(70, 70, "consistent")] * 3
    assert judged(text.format(up="65"))[2] == (70, 71, "mismatch")


@pytest.mark.parametrize("lists, expected", [
    # '三涨一平三降。其中,A、B、C价格分别上涨…;D价格持平;E、F、G价格分别下降…': each listed name an item
    ("其他用品和服务、医疗保健、教育文化和娱乐价格分别上涨2.2%、1.3%和0.9%;生活用品及服务价格持平;"
     "交通和通信、居住、衣着价格分别下降3.1%、0.6%和0.1%。", ["consistent"] * 3),
    # 'A、B价格均持平' counts two: two held and two fell, not one and three
    ("交通和通信、居住、生活用品及服务价格分别上涨0.9%、0.1%和0.1%;衣着、医疗保健价格均持平;其他用品和服务、教育文化和娱乐价格分别下降"
     "0.4%和0.1%。", ["consistent", "mismatch", "mismatch"]),
])
def test_items_listed_with_分别_in_the_sentence_after_the_tally(lists, expected):
    assert [v for _, _, v in judged(f"其他七大类价格同比三涨一平三降。其中,{lists}")] == expected


def test_one_item_with_a_list_in_its_name_is_one():
    # '水、电及燃料价格上涨4.4%' is one item of the list, not two
    text = "八大类价格“两涨一降”:居住类价格上涨1.2%,其中水、电及燃料价格上涨4.4%;衣着类价格下降0.6%。"
    assert judged(text) == []   # (a clause of something else among the items: no plain list)
    text = "七大类价格“两涨一降”:水、电及燃料价格上涨4.4%,衣着类价格上涨0.6%;居住类价格下降1.1%。"
    assert [v for _, _, v in judged(text)] == ["consistent", "consistent"]


@pytest.mark.parametrize("to_loss, verdict", [("1", "consistent"), ("3", "mismatch"), ("0", "unverifiable")])
def test_counts_by_outcome_said_count_first(to_loss, verdict):
    # '在41个工业大类行业中,26个行业利润同比增长,14个行业同比下降,1个行业由同期盈利转为亏损': 26 + 14 + 1 = 41; past the
    # industries is a mismatch, short of them an outcome not counted (a loss widened) may make the rest
    text = f"在41个工业大类行业中,26个行业利润同比增长,14个行业同比下降,{to_loss}个行业由同期盈利转为亏损。"
    found = [c for c in tallies.find(one_page_doc(text)) if c["formula"].startswith("41 =")]
    assert [(c["formula"], c["verdict"]) for c in found] == [
        (f"41 = 增长 26 + 下降 14 + 由同期盈利转为亏损 {to_loss}", verdict)]
