"""verify's `period_sums` family: a single quarter (or half) against the cumulative amounts it
completes — Q4 = year − 前三季度, Q3 = 前三季度 − H1, H2 = year − H1 — and a year against its four
quarters; flows only, amounts in different units of one currency compared in yuan."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

from test_verify_families import row, tiny_doc


def sums(rows):
    return sorted((c["claim"], c["verdict"]) for c in run_families(tiny_doc(rows))[0] if c["family"] == "period_sums")


def test_a_quarter_from_the_year_and_the_first_three_quarters():
    rows = [row("营业收入", "2024A", "1,413"), row("营业收入", "2024前三季度", "1,069"), row("营业收入", "2024Q4", "344")]
    assert sums(rows) == [("营业收入 2024Q4 344", "consistent")]     # 1,413 − 1,069
    rows[-1] = row("营业收入", "2024Q4", "354")
    assert sums(rows) == [("营业收入 2024Q4 354", "mismatch")]
    # a quarter printed coarser than its inputs: within its rounding (1.724 − 1.58 = 0.144 → 0.14)
    rows = [row("归母净利润", "2024年度", "1.724", unit="亿元"), row("归母净利润", "2024前三季度", "1.58", unit="亿元"),
            row("归母净利润", "2024Q4", "0.14", unit="亿元")]
    assert sums(rows) == [("归母净利润 2024Q4 0.14", "consistent")]


def test_a_year_against_its_four_quarters_in_another_unit():
    # the year in 亿元 on the first page, the quarters in 百万元 in a quarterly table
    rows = [row("营业收入", "2024A", "151.04", unit="亿元"),
            *[row("营业收入", q, v) for q, v in (("1Q24A", "3,474"), ("2Q24A", "3,700"), ("3Q24A", "3,852"),
                                                ("4Q24A", "4,078"))]]
    assert sums(rows) == [("营业收入 2024A 151.04", "consistent")]    # 3,474 + 3,700 + 3,852 + 4,078 = 15,104
    rows[0] = row("营业收入", "2024A", "155.04", unit="亿元")
    assert sums(rows) == [("营业收入 2024A 155.04", "mismatch")]


def test_no_sum_of_balances_ratios_or_another_currency():
    # a balance at the year's end is no sum of quarters; nor a margin; nor yuan against dollars
    rows = [row("资产总计", "2024A", "1,000", statement="balance"), row("资产总计", "2024前三季度", "900", statement="balance"),
            row("资产总计", "2024Q4", "50", statement="balance"),
            row("毛利率", "2024A", "20%", unit="%"), row("毛利率", "2024前三季度", "19%", unit="%"),
            row("毛利率", "2024Q4", "22%", unit="%"),
            row("营业收入", "2024A", "100", unit="百万美元"), row("营业收入", "2024前三季度", "70", unit="百万元"),
            row("营业收入", "2024Q4", "20", unit="百万美元")]
    assert sums(rows) == []


def test_a_summary_s_quarter_table_under_its_year_table(tmp_path):
    # a results summary: the year's lines in one table, the fourth quarter and the first three in
    # another (periods down its first column, the quarter's 同比 in its cell)
    path = tmp_path / "s.txt"
    path.write_text("指标 | 2024年度 | 同比变化 |\n---|---|---|\n营业收入 | 14.13亿元 | -1.38% |\n"
                    "归母净利润 | 1.724亿元 | -18.43% |\n\n"
                    "季度 | 营业收入 | 归母净利润 |\n---|---|---|\n2024Q4 | 3.44亿元(同比-8.86%) | 0.14亿元(同比-73.68%) |\n"
                    "2024前三季度 | 10.69亿元 | 1.58亿元 |\n", encoding="utf-8")
    checks = [c for c in run_families(read_document(path))[0] if c["family"] == "period_sums"]
    assert sorted((c["formula"], c["verdict"]) for c in checks) == [
        ("归母净利润 2024Q4 = 归母净利润 2024年度 − 归母净利润 2024前三季度", "consistent"),
        ("营业收入 2024Q4 = 营业收入 2024年度 − 营业收入 2024前三季度", "consistent")]


def test_a_gap_beyond_a_twentieth_of_the_year_is_another_basis_and_a_cost_is_one_cost_either_sign():
    # the quarters 1,176 against a year of 955: no slipped figure but another basis (restated,
    # continuing operations) — unverifiable, never a false mismatch
    quarters = [row("归母净利润", q, v) for q, v in (("1Q24A", "243"), ("2Q24A", "278"), ("3Q24A", "308"), ("4Q24A", "347"))]
    (c,) = [c for c in run_families(tiny_doc([row("归母净利润", "2024A", "955"), *quarters]))[0] if c["family"] == "period_sums"]
    assert c["verdict"] == "unverifiable" and "basis" in c["note"]
    # a statement's cost printed negative, the quarterly table's positive
    costs = [row("营业成本", "2024A", "(11,962)")] + [row("营业成本", q, v) for q, v in
                                                  (("1Q24A", "2,797"), ("2Q24A", "2,942"), ("3Q24A", "3,043"), ("4Q24A", "3,181"))]
    assert sums(costs) == [("营业成本 2024A -11962", "rounding")]


def test_a_gap_is_a_slip_where_another_line_of_the_same_quarters_adds_up():
    # the quarters' 营业收入 add up to the year: one basis, so 归母净利润's 8% gap is a slipped figure
    revenue = [row("营业收入", "2024A", "30,946", row_number=0)] + [
        row("营业收入", q, v, row_number=0) for q, v in (("1Q24A", "7,000"), ("2Q24A", "7,500"), ("3Q24A", "8,000"),
                                                        ("4Q24A", "8,446"))]
    profit = [row("归母净利润", "2024A", "386", row_number=1)] + [
        row("归母净利润", q, v, row_number=1) for q, v in (("1Q24A", "90"), ("2Q24A", "95"), ("3Q24A", "130"),
                                                          ("4Q24A", "101"))]      # 416: 3Q planted 30 too high
    checks = {c["claim"]: c for c in run_families(tiny_doc(revenue + profit))[0] if c["family"] == "period_sums"}
    assert checks["营业收入 2024A 30946"]["verdict"] == "consistent"
    assert checks["归母净利润 2024A 386"]["verdict"] == "mismatch"
    assert "营业收入" in checks["归母净利润 2024A 386"]["note"]
    # alone, the same gap stays another basis
    (alone,) = [c for c in run_families(tiny_doc(profit))[0] if c["family"] == "period_sums"]
    assert alone["verdict"] == "unverifiable"
