"""verify's `section_totals` family: an untyped statement's 'X合计' against the lines under its heading X."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def table(rows) -> str:
    lines = ["| 会计项目 | 本期金额 | 上期金额 |", "|---|---|---|"]
    lines += [f"| {name} | {a} | {b} |" for name, a, b in rows]
    return "示例公司2025年第三季度利润表摘要\n单位:千元\n" + "\n".join(lines) + "\n以上为摘要。\n"


def totals(tmp_path, text):
    path = tmp_path / "statement.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["cell"]["row"], c["cell"]["column"], c["verdict"], c["note"])
            for c in run_families(read_document(path))[0] if c["family"] == "section_totals"]


@pytest.mark.parametrize("total, verdict", [("203,052", "consistent"), ("213,052", "mismatch")])
def test_a_sections_total_is_the_sum_of_its_lines(tmp_path, total, verdict):
    rows = [("营业费用", "", ""), ("推销费用", "118,097", "117,423"), ("管理费用", "52,350", "64,256"),
            ("研究发展费用", "31,573", "28,448"), ("预期信用减损损失(利益)", "1,032", "-12,875"),
            ("营业费用合计", total, "197,252")]
    found = totals(tmp_path, table(rows))
    assert [(r, c, v) for r, c, v, _ in found] == [("营业费用合计", "本期金额", verdict), ("营业费用合计", "上期金额", "consistent")]


def test_a_cost_inside_a_section_of_gains_may_be_taken_away_never_a_mismatch(tmp_path):
    # 9,133 + 702 − 21,027 − 4,402 = −15,594: 财务成本净额 is printed positive and taken away
    rows = [("营业外收入及支出", "", ""), ("利息收入", "", ""), ("利息收入合计", "9,133", "8,167"),
            ("其他收入", "", ""), ("其他收入合计", "702", "7,978"), ("其他利益及损失", "", ""),
            ("其他利益及损失净额", "-21,027", "40,695"), ("财务成本", "", ""), ("财务成本净额", "4,402", "2,654"),
            ("营业外收入及支出合计", "-15,594", "-1"), ]
    found = totals(tmp_path, table(rows))
    assert found[0][2:] == ("consistent", "with 财务成本净额 taken away")
    assert found[1][2] == "unverifiable"  # neither reading gives −1


def test_a_net_of_inflows_and_outflows_is_left_alone(tmp_path):
    rows = [("经营活动产生的现金流量", "", ""), ("销售商品收到的现金", "100", "90"), ("经营活动现金流入小计", "100", "90"),
            ("购买商品支付的现金", "60", "50"), ("经营活动现金流出小计", "60", "50"), ("经营活动产生的现金流量合计", "40", "40")]
    assert totals(tmp_path, table(rows)) == []


@pytest.mark.parametrize("total, verdict", [("15", "consistent"), ("25", "mismatch")])
def test_a_bare_合计_closing_a_table_of_lines_totals_them_all(tmp_path, total, verdict):
    # a quarterly report's non-recurring items as a site prints them (no statement reader types it), a loss
    # in brackets: 10 + 55 − 36 − 15 + 1 = 15
    text = ("(二)非经常性损益项目和金额\n单位:百万元\n项目 2025 年 7-9 月 2025 年 1-9 月\n非流动资产处置损益 10 46\n"
            "计入当期损益的政府补助 55 175\n除上述各项之外的其他非经常性损益 (36) (207)\n"
            f"上述非经常性损益的所得税影响数 (15) (19)\n少数股东应承担的部分 1 24\n合计 {total} 19\n")
    found = totals(tmp_path, text)
    assert [(r, c, v) for r, c, v, _ in found] == [("合计", "2025年7-9月", verdict), ("合计", "2025年1-9月", "consistent")]


def test_a_bare_合计_under_其中_lines_is_left_alone(tmp_path):
    rows = [("营业收入", "100", "90"), ("其中:海外收入", "40", "30"), ("其他收益", "5", "4"), ("合计", "105", "94")]
    assert totals(tmp_path, table(rows)) == []
