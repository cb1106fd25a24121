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
