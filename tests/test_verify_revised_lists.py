"""verify's `revised_lists` family: a forecast revised in prose, each stated change the new figure
over the earlier one, less 1."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def revised(tmp_path, body):
    path = tmp_path / "note.txt"
    path.write_text(f"示例科技(300999):业绩稳健增长,维持买入评级\n示例证券· 2025-10-30\n{body}\n", encoding="utf-8")
    return [(c["claim"].split("【")[1].split("】")[0], c["verdict"], c["formula"], c["note"])
            for c in run_families(read_document(path))[0] if c["family"] == "revised_lists"]


@pytest.mark.parametrize("body", [
    "我们将公司2025-2026年归母净利润预测由8.0/9.0亿元上调至10.0/11.0亿元,上调幅度分别为25%/{}%。",   # earlier, then new
    "上调2025-2026年归母净利润预测至10.0/11.0亿元(原预测为8.0/9.0亿元),分别上调25%、{}%。",        # new, earlier in brackets
])
@pytest.mark.parametrize("change, verdict", [("22", "consistent"), ("25", "mismatch")])
def test_each_change_is_the_new_figure_over_the_earlier(tmp_path, body, change, verdict):
    # 10.0 ÷ 8.0 − 1 = 25%, 11.0 ÷ 9.0 − 1 = 22.2%
    found = revised(tmp_path, body.format(change))
    assert [(f, v) for f, v, _, _ in found] == [("25", "consistent"), (change, verdict)]
    assert found[1][2] == "(归母净利润 2026 ÷ 归母净利润 2026 earlier − 1) × 100"


def test_a_cut_is_a_fall_whatever_its_printed_sign(tmp_path):
    # '下调幅度为10%/10%': 1.08 ÷ 1.20 − 1 = −10%, 1.35 ÷ 1.50 − 1 = −10%
    found = revised(tmp_path, "我们预计公司2025-2026年EPS由1.20/1.50元下调至1.08/1.35元,下调幅度为10%/10%。")
    assert [(f, v) for f, v, _, _ in found] == [("10", "consistent"), ("10", "consistent")]


def test_a_change_whose_earlier_forecast_is_not_printed_names_it(tmp_path):
    found = revised(tmp_path, "上调2025-2027年归母净利润预测至1.91亿元、2.41亿元、3.07亿元,较前次上调33.9%、38.3%、51.3%。")
    assert [(v, note) for _, v, _, note in found] == [
        ("unverifiable", f"the earlier forecast of 归母净利润 {y} is not printed") for y in (2025, 2026, 2027)]


def test_no_change_stated_or_figures_in_two_units_are_no_claim(tmp_path):
    assert revised(tmp_path, "我们将公司2025-2026年归母净利润预测由8.0/9.0亿元上调至10.0/11.0亿元。") == []
    assert revised(tmp_path, "我们将公司2025-2026年营收预测由8,000/9,000百万元上调至100/110亿元,上调幅度分别为25%/22%。") == []


@pytest.mark.parametrize("cut, verdict", [("10", "consistent"), ("12", "mismatch")])
def test_new_figures_stated_plainly_with_the_earlier_and_changes_in_brackets(tmp_path, cut, verdict):
    # 1.77 ÷ 1.96 − 1 = −9.7%; the item is the EPS named last before the list, not the profit before it
    found = revised(tmp_path, "预测2025-2027年归母净利润为244/263/281亿元,预计2025-2027年EPS分别为1.65/1.77/1.90元"
                              f"(前值分别为1.69/1.96/2.32元,下调2%/{cut}%/18%)。")
    assert [(f, v) for f, v, _, _ in found] == [("2", "consistent"), (cut, verdict), ("18", "consistent")]
    assert found[1][2] == "(EPS 2026 ÷ EPS 2026 earlier − 1) × 100"


def test_a_plain_list_and_its_earlier_one_with_a_bare_percent_is_no_revision(tmp_path):
    assert revised(tmp_path, "预计2025-2026年EPS分别为1.65/1.77元(前值分别为1.69/1.96元),对应PE为20%/18%。") == []
