"""verify's `index_contributions` family on producer-price releases written here: the index's change from its parts'
contributions ('影响…总水平下降约2.56个百分点'), section by section, and from its carry-over and new-price factors."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import index_contributions

RELEASE = ("7月份,全国工业生产者出厂价格同比下降{yoy}%,环比上涨0.4%;工业生产者购进价格同比下降3.3%,环比上涨0.9%。\n"
           "工业生产者出厂价格中,生产资料价格同比下降3.5%,降幅比上月收窄0.7个百分点,影响工业生产者出厂价格总水平下降约2.56个百分点。"
           "其中,采掘工业价格下降7.1%。生活资料价格同比上涨0.7%,影响工业生产者出厂价格总水平上涨约0.19个百分点。\n"
           "工业生产者出厂价格中,生产资料价格上涨0.5%,涨幅与上月相同,影响工业生产者出厂价格总水平上涨约0.34个百分点。"
           "生活资料价格上涨0.1%,影响工业生产者出厂价格总水平上涨约{mom_part}个百分点。\n")


def judged(text):
    return [(c["reported"], c["recomputed"], c["verdict"]) for c in index_contributions.find(one_page_doc(text))]


def test_each_section_s_contributions_make_the_index_s_change_on_its_basis():
    # 同比: −2.56 + 0.19 = −2.37 (printed −2.4); the second section names no basis: month on month, as releases order
    # them (0.34 + 0.04 = 0.38, printed 0.4)
    assert judged(RELEASE.format(yoy="2.4", mom_part="0.04")) == [(-2.4, -2.37, "consistent"), (0.4, 0.38, "consistent")]
    assert [v for _, _, v in judged(RELEASE.format(yoy="2.6", mom_part="0.24"))] == ["mismatch", "mismatch"]


def test_a_section_missing_a_part_s_contribution_is_not_judged():
    # '生活资料价格环比上涨0.1%。' with no contribution: it moved the index too, by an amount not printed
    text = ("1月份,全国工业生产者出厂价格环比下降0.5%,同比下降5.3%。\n"
            "工业生产者出厂价格中,生产资料价格环比下降0.7%,影响全国工业生产者出厂价格总水平下降约0.5个百分点。生活资料价格环比上涨0.1%。\n")
    assert judged(text) == []


@pytest.mark.parametrize("new, verdict", [("-0.5", "consistent"), ("-0.9", "mismatch")])
def test_the_carry_over_and_new_price_factors_make_the_change_they_name(new, verdict):
    text = f"据测算,在1月份-5.3%的全国工业生产者出厂价格总水平同比降幅中,去年价格变动的翘尾因素约为-4.8个百分点,新涨价因素约为{new}个百分点。"
    assert [(r, v) for r, _, v in judged(text)] == [(-5.3, verdict)]


def test_a_contribution_after_a_clause_of_when_and_said_on_its_basis():
    # '统计数据显示,9月份,食品价格同比上涨3.3%,…,影响CPI同比上涨约0.61个百分点': 0.61 − 0.19 = 0.42 (CPI printed 0.4)
    text = ("9月份,全国居民消费价格指数(CPI)同比上涨{cpi}%,涨幅比上月回落0.2个百分点,环比持平。\n"
            "统计数据显示,9月份,食品价格同比上涨3.3%,涨幅比上月扩大0.5个百分点,影响CPI同比上涨约0.61个百分点。\n"
            "9月份,非食品价格由上月同比上涨0.2%转为下降0.2%,影响CPI同比下降约0.19个百分点。\n")
    assert judged(text.format(cpi="0.4")) == [(0.4, 0.42, "consistent")]
    assert judged(text.format(cpi="0.6"))[0][2] == "mismatch"
