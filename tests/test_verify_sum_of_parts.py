"""verify's `sum_of_parts` family: a sum-of-the-parts valuation (分部估值) — the parts' values make the target
value, and each part's value is what its bracket says it rests on (a count × a value per unit, a stake × a
market value)."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

TEXT = ("示例农牧(000999):月报点评\n分部估值法:目标市值 {total}亿元 由三部分构成: - 饲料业务估值 180亿元(基于2026年15倍PE) - "
        "养殖业务估值 {farm}亿元(基于2026年预期出栏量 1668万头,头均市值 1500元) - 持有的 4.18% 某银行股权估值 77亿元"
        "(基于某银行360日内平均市值 1840亿元)[8] - 财务数据摘要: - 预计归母净利润2025E为7.04亿元 [2]\n")


def judged(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["formula"].split(" = ")[0], c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
            if c["family"] == "sum_of_parts"]


def test_the_parts_make_the_total_and_each_part_its_grounds(tmp_path):
    # 180 + 250 + 77 = 507; 1668万头 × 1500元 = 250.2亿; 4.18% × 1840亿 = 76.9亿
    assert judged(tmp_path, TEXT.format(total="507", farm="250")) == [
        ("目标市值", 507, "consistent"), ("养殖业务估值", 250, "consistent"), ("持有的4.18%某银行股权估值", 77, "consistent")]


def test_a_part_or_a_total_off_is_a_mismatch_where_the_text_counts_its_parts(tmp_path):
    found = judged(tmp_path, TEXT.format(total="537", farm="250"))
    assert found[0] == ("目标市值", 537, "mismatch")
    found = judged(tmp_path, TEXT.format(total="507", farm="280"))
    assert ("养殖业务估值", 280, "mismatch") in found


def test_parts_short_of_a_total_that_does_not_count_them_may_leave_one_out(tmp_path):
    text = TEXT.format(total="537", farm="250").replace("由三部分构成", "构成如下")
    assert judged(tmp_path, text)[0] == ("目标市值", 537, "unverifiable")
