"""verify's `net_change` family: a net change against the additions and reductions its sentence states."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import net_change


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return net_change.find(doc)


@pytest.mark.parametrize("sentence, reported, verdict", [
    ("2025年前三季度公司新开门店120家,关闭门店30家,净增门店90家。", 90, "consistent"),
    ("2025年前三季度公司新开门店120家,关闭门店30家,净增门店95家。", 95, "mismatch"),
    ("报告期内新增网点12个,撤并网点20个,网点净减少8个。", -8, "consistent"),   # a net fall: 12 − 20
    ("本季新增用户520万人,流失用户130万人,净增用户390万人。", 390, "consistent"),
])
def test_a_net_change_is_the_additions_less_the_reductions(sentence, reported, verdict):
    (c,) = _checks(sentence)
    assert (c["reported"], c["verdict"]) == (reported, verdict)
    assert [k[0] for k in c["_cells"]] == ["text", "text", "text"]  # each figure editable


def test_no_net_change_without_both_sides_or_in_another_unit():
    assert _checks("公司新增门店50家,净增门店40家。") == []                      # no reductions stated
    assert _checks("公司新开门店50家,关闭门店10个,净增门店40家。") == []         # another unit
    assert _checks("公司新开门店50家,新增加盟店20家,关闭门店10家,净增门店60家。") == []  # two additions


@pytest.mark.parametrize("net, verdict", [("-31", "consistent"), ("-13", "mismatch")])
def test_plain_增加_and_减少_where_no_level_nor_净_stands_before_them(net, verdict):
    # '期间增加99家,减少130家,…净增加-31家': 99 − 130
    (c,) = _checks(f"25Q3末经销商数量合计2,554家,Q3期间增加99家,减少130家,较Q2末净增加{net}家。")
    assert (c["reported"], c["verdict"]) == (int(net), verdict)
    # a part's level then its own move ('直营店1322家减少33家'), or a net move ('净增加88家'), is no addition nor reduction
    assert _checks("门店总数1363家较年初净减5家 其中直营店1322家减少33家 加盟店41家增加28家 - 烤肉品牌门店达70家净增46家") == []
    assert _checks("门店净增加88家至3558家,其中波司登品牌门店净减少67家至3140家,雪中飞品牌门店净增加126家至389家") == []


@pytest.mark.parametrize("net, verdict", [("1265", "consistent"), ("1365", "mismatch")])
def test_the_parts_in_brackets_after_the_net(net, verdict):
    # '净增门店1265家(新增1570家、关店305家)': 1570 − 305
    (c,) = _checks(f"2025年上半年净增门店{net}家(新增1570家、关店305家),扩张提速。")
    assert (c["verdict"], c["recomputed"]) == (verdict, 1265)


def test_a_later_net_of_another_period_or_a_target_is_not_these_figures_net():
    # the 913 is 2024's net, the 2100 a target: neither is 1570 − 305
    found = _checks("2025年上半年净增门店1265家(新增1570家、关店305家),较2024年净增913家大幅提速。")
    assert [c["reported"] for c in found] == [1265]
    found = _checks("公司门店新增1570家、关店305家,净增1265家,扩张提速(2024年门店净增913家)。")
    assert [c["reported"] for c in found] == [1265]
    assert _checks("上半年新增门店1570家、关店305家,全年门店净增目标由2100家调升至2500家。") == []


@pytest.mark.parametrize("net, verdict", [("3.4", "consistent"), ("4.4", "mismatch")])
def test_a_net_fall_said_负增长_in_万家(net, verdict):
    # 11.6 − 15 = −3.4 (万家): a fall said as negative growth
    (c,) = _checks(f"近一年全国奶茶店新开11.6万家但关闭15万家,净负增长{net}万家。")
    assert (c["reported"], c["verdict"]) == (-float(net), verdict)
