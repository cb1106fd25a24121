"""verify's `share_shifts` family: the moves in points of every member's share of one whole add up to nothing."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import share_shifts


def _checks(text):
    return [(c["claim"], c["verdict"]) for c in share_shifts.find(one_page_doc(text))]


@pytest.mark.parametrize("farming, verdict", [("1.8", "consistent"), ("2.8", "mismatch")])
def test_farming_s_five_members_moves_add_up_to_nothing(farming, verdict):
    text = ("从产业结构看,农林牧渔业结构“三升二降”。其中,林业、牧业、农林牧渔服务业产值比重同比分别提高0.4个、1.1个、0.4个百分点;"
            f"农业和渔业产值比重分别下降{farming}和0.1个百分点。")
    assert _checks(text) == [(f"the shares' moves of 林业、牧业、农林牧渔服务业、农业、渔业: +0.4 +1.1 +0.4 −{farming} −0.1 = 0",
                              verdict)]


def test_some_members_moves_say_nothing_of_the_others():
    # four of farming's five: the service activities' move may make up the difference
    assert _checks("林业、牧业产值比重分别提高0.4个、1.1个百分点;农业和渔业产值比重分别下降1.8和0.1个百分点。") == []
    # the three industries, in a paragraph of their own each: no list of all of them
    assert _checks("第一产业比重下降0.3个百分点。\n第二产业和第三产业比重分别提高0.1和0.2个百分点。") == []
    assert _checks("第一产业比重下降0.3个百分点,第二产业和第三产业比重分别提高0.1和0.2个百分点。") == [
        ("the shares' moves of 第一产业、第二产业、第三产业: −0.3 +0.1 +0.2 = 0", "consistent")]
