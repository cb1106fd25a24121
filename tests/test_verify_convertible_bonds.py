"""verify's `convertible_bonds` family: a convertible's issue at its face value, and what is left of it after the
bonds converted and those sold back."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def bonds(tmp_path, body, title="关于可转债转股结果暨股份变动公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "convertible_bonds"]


@pytest.mark.parametrize("left, verdict", [("3.99641", "consistent"), ("3.99643", "mismatch")])
def test_what_is_left_is_the_issue_less_the_bonds_converted_and_sold_back(tmp_path, left, verdict):
    # 4亿 − 35.7万 − 2000 (sold back) = 3.99641亿: without the put it would be 3.99643亿
    body = ("- 公司于2020年7月20日公开发行可转换公司债券400万张,每张面值100元人民币,发行总额4亿元 - 截至2025年6月30日,"
            f"累计有35.7万元转换为公司股份,转股数量为16,805股 - 尚未转股的可转债金额为{left}亿元,占发行总量的99.91% "
            "- 因触发回售条款,进行回售申报,有效申报数量为20张,面值2000元")
    found = bonds(tmp_path, body)
    assert found[0] == (4, "consistent", "400万张 × 100元")
    assert found[1] == (float(left), verdict, "issue − 35.7万元 − 2000元")
    assert found[2][0] == 99.91


def test_a_face_value_unstated_is_100_yuan_and_bonds_left_are_counted_in_bonds(tmp_path):
    body = ("- 公司于2020年6月4日公开发行1,830万张可转换公司债券 发行总额{}亿元 - 截至2025年8月5日 累计16,781,618张可转债完成转股 "
            "- 目前尚有1,518,382张可转债未转股 占发行总量的8.30%")
    assert bonds(tmp_path, body.format("18.30")) == [
        (18.3, "consistent", "1,830万张 × 100元"), (1518382, "consistent", "issue − 16,781,618张"),
        (8.3, "consistent", "1,518,382 ÷ issue × 100")]
    assert bonds(tmp_path, body.format("18.03"))[0][1] == "mismatch"
    # (nothing converted so far stated: nothing left judged)
    assert bonds(tmp_path, body.format("18.30").replace("累计16,781,618张可转债完成转股", "")) == [
        (18.3, "consistent", "1,830万张 × 100元")]
