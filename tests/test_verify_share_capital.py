"""verify's `share_capital` family: a company's share count after a change, from the count before and the change."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def counts(tmp_path, body, title="关于注销回购股份的实施公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "share_capital"]


@pytest.mark.parametrize("after, verdict", [("2,358,968,436", "consistent"), ("2,358,986,436", "mismatch")])
def test_shares_cancelled_the_sentence_before_are_taken_from_the_count(tmp_path, after, verdict):
    body = ("拟将存放于回购专用证券账户中已回购但尚未使用的 9,997,714 股股份变更用途并实施注销。"
            f"注销完成后,公司总股本将由 2,368,966,150 股减少为 {after} 股。")
    assert counts(tmp_path, body) == [(float(after.replace(",", "")), verdict, "2,368,966,150 − 9,997,714股")]


def test_an_issue_adds_to_the_level_stated_before_and_a_bonus_issue_multiplies_it(tmp_path):
    body = ("股本结构变动 - 公司首次公开发行前总股本为90,000,000股,2022年IPO发行30,000,000股后总股本增至120,000,000股 "
            "- 2023年实施每10股转增4股,总股本增加至168,000,000股 - 2024年实施每10股送1股转增1股,总股本增加至201,600,000股")
    assert counts(tmp_path, body, "某公司:首次公开发行前已发行股份上市流通提示性公告") == [
        (120000000.0, "consistent", "90,000,000 + 30,000,000股"),
        (168000000.0, "consistent", "120,000,000 × (1 + 4/10)"),
        (201600000.0, "consistent", "168,000,000 × (1 + 2/10)")]
    # (a wrong level is a mismatch; the next is judged from the level printed, not from the one it should have been)
    wrong = counts(tmp_path, body.replace("168,000,000股", "186,000,000股"), "某公司:公告")
    assert [v for _, v, _ in wrong] == ["consistent", "mismatch", "mismatch"]


def test_a_row_of_a_bonus_issue_table_and_a_share_of_the_count_the_text_leaves(tmp_path):
    body = ("本次解除限售股份数量为211,680,000股,占公司总股本的75.00%。\n"
            "| 2023年6月 | 资本公积转增 | 每10股转4股 | 120,000,000股 | 168,000,000股 |\n"
            "| 2024年6月 | 资本公积转增 | 每10股转2股 | 168,000,000股 | 201,600,000股 |\n"
            "2025年实施每10股转增4股,总股本由201,600,000股最终增至282,240,000股。")
    # (the share over the count the page leaves them at: the last level's)
    assert counts(tmp_path, body, "某公司:限售股上市流通公告") == [
        (282240000.0, "consistent", "201,600,000 × (1 + 4/10)"),
        (75.0, "consistent", "211,680,000股 ÷ 282,240,000股 × 100"),
        (168000000.0, "consistent", "120,000,000 × (1 + 4/10)"),
        (201600000.0, "consistent", "168,000,000 × (1 + 2/10)")]


def test_a_planned_change_leaves_the_count_before_and_a_count_of_another_day_is_not_judged(tmp_path):
    body = ("本次拟注销的股份数量为 515,836 股,占公司总股本的比例为 0.39%,待本次注销完成后,"
            "公司总股本预计将由 131,608,698 股变更为 131,092,862 股。")
    found = counts(tmp_path, body)
    assert found == [(131092862.0, "consistent", "131,608,698 − 515,836股"),
                     (0.39, "consistent", "515,836股 ÷ 131,608,698股 × 100")]
    # a level with no change named (nor issue, nor cancellation) is judged by nothing here
    assert counts(tmp_path, "公司总股本由 131,608,698 股变更为 131,092,862 股。") == []
    assert counts(tmp_path, "拟注销21,832,240股回购股份,占当时总股本约1.21% - 注销后总股本从1,741,643,085股减至1,719,810,845股") \
        == [(1719810845.0, "consistent", "1,741,643,085 − 21,832,240股")]
