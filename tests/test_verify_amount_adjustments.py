"""verify's `amount_adjustments` family: an amount after a raise or a cut, from the amount before and the change."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def adjusted(tmp_path, body, title="关于为全资子公司提供担保的进展公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "amount_adjustments"]


@pytest.mark.parametrize("after, verdict", [("4.3", "consistent"), ("5.3", "mismatch")])
def test_a_raise_on_the_basis_of_an_amount_two_sentences_before(tmp_path, after, verdict):
    # (the change is the first amount after 'on the basis of'; a sentence on how the guarantee is given stands between;
    # the sentence's second '增至' is all subsidiaries' ceiling, another whole: not read)
    body = ("公司同意在原审批担保额度 2.3 亿元的基础上,拟为中孚安全提供额度不超过 2 亿元的担保。担保方式包括保证、抵押等方式。"
            f"本次新增担保额度后,公司为中孚安全提供的担保额度增至人民币 {after} 亿元,为全资子公司提供的担保额度增至人民币 4.4 亿元。")
    assert adjusted(tmp_path, body) == [(float(after), verdict, "2.3亿元 + 2亿元")]


def test_a_raise_with_the_amount_before_named_after_the_result_in_a_summary_bullet(tmp_path):
    body = ("核心观点 - 公司拟调增2025年度日常关联交易预计额度人民币15,500万元 调整后年度关联交易总额达人民币28,300万元 "
            "较原预计金额12,800万元增长121% [1][2] - 新增关联交易涉及4家关联方 [2]")
    assert adjusted(tmp_path, body, "长江通信:关于调增2025年度日常关联交易预计额度的公告") == [
        (28300.0, "consistent", "12,800万元 + 15,500万元")]


def test_a_cut_takes_away_and_a_change_whose_way_the_result_denies_is_not_read(tmp_path):
    body = "原预计金额为5,000万元,本次调减预计金额1,200万元,调减后预计金额为3,800万元。"
    assert adjusted(tmp_path, body, "关于调减日常关联交易预计额度的公告") == [(3800.0, "consistent", "5,000万元 − 1,200万元")]
    # ('增加' and then '减至': which way the amount went is not said alike)
    assert adjusted(tmp_path, "原预计金额为5,000万元,本次增加预计金额1,200万元,减至3,800万元。", "公告") == []


def test_two_amounts_before_leave_the_change_unread(tmp_path):
    body = "原预计金额为5,000万元,原审批额度为6,000万元,本次调增1,000万元,调整后为6,000万元。"
    assert adjusted(tmp_path, body, "公告") == []


def test_an_amount_raised_from_one_to_another_by_a_change_stated_first_with_its_verb_after(tmp_path):
    body = "公司拟以自有资金2亿元对华菱电商进行增资。增资完成后,华菱电商的注册资本由1.56亿元增至{}亿元,公司仍持有其100%的股权。"
    assert adjusted(tmp_path, body.format("3.56"), "华菱钢铁:关于对全资子公司增资的公告") == [(3.56, "consistent", "1.56亿元 + 2亿元")]
    assert [v for _, v, _ in adjusted(tmp_path, body.format("4.56"), "公告")] == ["mismatch"]
