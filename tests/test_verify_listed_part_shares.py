"""verify's `listed_part_shares` family: parts' amounts listed, then their shares of the whole listed in order."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import listed_part_shares

HEAD = "2023年度,集团营业额增长39.2%至215.24亿元。(六)采矿产品:营业额下降0.9%至4.36亿元;"


def _checks(text):
    return [(c["reported"], c["verdict"]) for c in listed_part_shares.find(one_page_doc(text))]


@pytest.mark.parametrize("share, verdict", [("79.9", "consistent"), ("78.9", "mismatch")])
def test_each_share_over_the_revenue_stated_before_the_list(share, verdict):
    # 172 ÷ 215.24 = 79.9%, 37.41 ÷ 215.24 = 17.4%, 2.29 ÷ 215.24 = 1.1% — the segment's 4.36亿 before is no whole
    text = HEAD + f"(七)按地区划分,来自中国、亚洲其他国家及欧洲之营业额分别增长42.3%、29.2%及9.4%,至172亿元、37.41亿元及2.29亿元,分占总营业额{share}%、17.4%及1.1%;"
    assert _checks(text) == [(float(share), verdict), (17.4, "consistent"), (1.1, "consistent")]


def test_shares_of_a_whole_the_text_does_not_print_are_not_judged():
    # no revenue before the list reproduces them, nor the parts' sum: nothing is said
    text = "(七)按地区划分,来自中国、亚洲其他国家及欧洲之营业额至172亿元、37.41亿元及2.29亿元,分占总营业额69.9%、15.4%及1.1%;"
    assert _checks(text) == []


@pytest.mark.parametrize("share, verdict", [("18.9", "rounding"), ("19.9", "mismatch")])
def test_shares_by_their_own_word_of_a_whole_in_its_scale_alone(share, verdict):
    # '证券主营收入126.3亿' (no 元): 23.8 ÷ 126.3 = 18.84%, 11.7 ÷ 126.3 = 9.26%, …; not the 127.1 营业收入
    text = ("9M25 东方证券实现营业收入127.1亿/yoy+39.4%。9M25 公司证券主营收入126.3 亿/yoy+39.9%。1)主营收拆分看:9M25 公司经纪、"
            f"投行、资管、净利息、净投资收入分别为23.8、11.7、9.7、7.8、64.8 亿元,收入占比{share}%、9.3%、7.7%、6.2%、51.3%。")
    assert _checks(text)[0] == (float(share), verdict)
    assert [v for _, v in _checks(text)[1:]] == ["consistent"] * 4
