"""verify's `listed_shares` family: a part's share of the parts a sentence lists with their amounts, and its
change in points from the growths listed with them."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import listed_shares


def _checks(text):
    return [(c["reported"], c["verdict"]) for c in listed_shares.find(one_page_doc(text))]


_LIQUOR = "2024年中高档酒类/其他酒类分别实现营收275.85/34.67亿元,同比分别+2.77%/+7.15%,其他酒类增速略高,占比同比+{pts}pct至{share}%。"


def test_a_share_of_the_listed_parts_and_its_change_from_their_growths():
    # 34.67 ÷ (275.85 + 34.67) = 11.17%; a year before 32.36 ÷ (268.41 + 32.36) = 10.76%: +0.41
    assert _checks(_LIQUOR.format(pts="0.41", share="11.17")) == [(11.17, "consistent"), (0.41, "consistent")]
    assert _checks(_LIQUOR.format(pts="0.61", share="11.17")) == [(11.17, "consistent"), (0.61, "mismatch")]


def test_a_share_the_listed_parts_do_not_give_is_left_unverifiable():
    # 11.11% is 34.67 over the company's revenue (311.96), which the sentence does not list: no mismatch
    assert _checks(_LIQUOR.format(pts="0.41", share="11.11")) == [(11.11, "unverifiable")]


@pytest.mark.parametrize("text, judged", [
    # the whole named ('在酒类营收中占比'), the part named less the kind word its list shared ('传统/新兴渠道')
    ("传统/新兴渠道营收分别为161.08/7.31亿元,同比+15.38%/+32.83%,传统渠道在酒类营收中占比同比下降0.55pcts至95.66%。",
     [(95.66, "consistent"), (-0.55, "consistent")]),
    # figures with their units, joined by 和; the level only
    ("公司Q3线下渠道和线上渠道分别实现收入51.54亿元和1.58亿元,分别同比+0.37%和+150.07%,线上渠道迅速发展,占比提升至2.97%。",
     [(2.97, "consistent")]),
    # a share of revenue by name is results' to judge, not the listed parts'
    ("线下渠道和线上渠道分别实现收入51.54亿元和1.58亿元,线上渠道占营收比重为2.5%。", []),
])
def test_shares_of_listed_parts(text, judged):
    assert _checks(text) == judged
