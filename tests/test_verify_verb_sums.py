"""verify's `verb_sums` family: amounts listed clause by clause under one verb against their total under it."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def sums(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于2024年度计提减值准备的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "verb_sums"]


@pytest.mark.parametrize("total, verdict", [("18810.63", "consistent"), ("19810.63", "unverifiable"),
                                            ("17810.63", "mismatch")])
def test_a_list_under_one_verb_and_its_total_in_the_next_sentence(tmp_path, total, verdict):
    # (a line the page wrapped breaks a verb; parts short of the total may leave one out, over it are a mismatch)
    body = ("2024年度,公司计提应收款项坏账准备8262.33万元,计\n提存货减值准备283.01万元,计提合同资产减值准备1538.91万元,"
            f"计提固定资产减值准备8593.00万元,计提在建工程减值准备133.38万元。各类资产减值准备整体变动为计提{total}万元。")
    (check,) = sums(tmp_path, body)
    assert check[:2] == (float(total), verdict)
    assert check[2] == "8262.33万元 + 283.01万元 + 1538.91万元 + 8593.00万元 + 133.38万元"


def test_clauses_taking_things_of_other_kinds_are_no_list(tmp_path):
    # (准备 and 收入: the verb takes two kinds of thing)
    assert sums(tmp_path, "公司计提坏账准备800万元,收到政府补助收入300万元,收到租金收入200万元,合计收到1,300万元。") == []


def test_a_total_before_its_numbered_items_each_stating_one_amount_of_its_kind(tmp_path):
    body = ("2022年度计提资产减值准备 27,177.50 万元,核销资产减值准备 949.41 万元,减少 2022年度归属于上市公司股东的净利润 "
            "6,689.40 万元。其中:\n"
            "(1)计提信用损失准备 4,708.09 万元,核销信用损失准备 949.41 万元,减少归属于上市公司股东的净利润 3,422.87万元;\n"
            "(2)计提存货跌价准备 20,887.35 万元,减少归属于上市公司股东的净利润 2,693.84万元;\n"
            "(3)计提合同取得成本减值准备 1,582.05 万元,减少归属于上市公司股东的净利润 572.69 万元。\n")
    # (核销 is stated by one item only: the others' are not said to be none)
    assert sums(tmp_path, body) == [(27177.5, "rounding", "4,708.09万元 + 20,887.35万元 + 1,582.05万元"),
                                    (6689.4, "consistent", "3,422.87万元 + 2,693.84万元 + 572.69万元")]
