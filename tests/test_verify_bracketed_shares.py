"""verify's `bracketed_shares` family: counted parts listed with their shares in brackets."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import bracketed_shares

_STORES = ("截至6月30日,中国内地门店4.83万家。其中一线城市2356家(占比{a}%)、新一线城市8878家(18.4%)、"
           "二线城市9243家(19.1%)、三线及以下城市2.78万家(57.6%)。")


def _checks(text):
    return bracketed_shares.find(one_page_doc(text))


def test_each_part_over_the_parts_sum():
    found = _checks(_STORES.format(a="4.9"))
    assert [(c["reported"], c["verdict"]) for c in found] == [
        (4.9, "consistent"), (18.4, "consistent"), (19.1, "consistent"), (57.6, "consistent")]
    assert found[0]["recomputed"] == pytest.approx(2356 / 48277 * 100, abs=1e-3)   # 2.78万 read as 27,800
    assert len(found[0]["_cells"]) == 2   # the share and the part's count, each editable


def test_one_share_off_is_a_mismatch_the_others_hold():
    found = _checks(_STORES.format(a="5.9"))
    assert [c["verdict"] for c in found] == ["mismatch", "consistent", "consistent", "consistent"]


def test_the_total_stated_before_when_the_parts_are_not_all():
    # three of the regions listed: their shares are of the 1,000 stores stated before, not of the 700 listed
    found = _checks("公司共有门店1000家:华东300家(占比30%)、华南250家(25%)、华北150家(15%)。")
    assert [(c["reported"], c["verdict"]) for c in found] == [(30, "consistent"), (25, "consistent"), (15, "consistent")]
    assert "the total 1000家" in found[0]["note"]


def test_no_shares_judged_where_none_is_said_or_of_no_printed_whole():
    assert _checks("华东300家(+30%)、华南250家(+25%)、华北150家(+15%)。") == []          # growths, not shares
    assert _checks("华东300家(30%)、华南250家(25%)、华北150家(15%)。") == []             # no bracket says a share
    assert _checks("华东300家(占比10%)、华南250家(12%)、华北150家(40%)。") == []          # no whole gives them
    assert _checks("华东300亿元(占比30%)、华南250亿元(25%)、华北150亿元(15%)。") == []    # money: results' to judge
