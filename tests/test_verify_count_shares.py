"""verify's `count_shares` family: a count's share of the population the text counted before it."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import count_shares


def _checks(text):
    return [(c["formula"], c["verdict"]) for c in count_shares.find(one_page_doc(text))]


@pytest.mark.parametrize("share, verdict", [("57.9", "consistent"), ("59.9", "mismatch")])
def test_a_release_s_share_of_the_industries_that_grew(share, verdict):
    # '全省38个行业大类中,22个行业…增长,增长面达57.9%': the count (个) over the population it is counted in (…中)
    text = f"分行业大类看,1-4月,全省38个行业大类中,22个行业增加值同比实现增长,增长面达{share}%。"
    assert _checks(text) == [("22个 ÷ 38个 × 100", verdict)]


def test_the_products_counted_in_a_statistics_release():
    text = "在全省统计的445种产品产量中,255种产品产量保持增长,增长面为57.3%。41个大类行业中有33个行业增加值保持同比增长,占80.5%。"
    assert _checks(text) == [("255种 ÷ 445种 × 100", "consistent"), ("33个 ÷ 41个 × 100", "consistent")]


def test_points_and_months_are_not_counted():
    # '3个百分点', '6个月' count no things: no population, no share of one
    assert _checks("6个月中,增速比上月提高3个百分点,占比为50%。") == []


def test_kinds_of_goods_counted_in_类_and_a_share_said_行业增长面():
    text = "在全市限额以上单位的21类商品中,15类商品零售额实现同比增长,行业增长面为71.4%。"
    assert _checks(text) == [("15类 ÷ 21类 × 100", "consistent")]
