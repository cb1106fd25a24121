"""verify's `margins` family: a statement's margins and ratios from its amounts, under the
definitions brokers use (data in the module), and the share count an EPS divides by."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def test_share_capital_counted_in_shares_is_the_share_count(tmp_path):
    # '股本(百万股)': the count an EPS divides by (股本 in 百万元 is an equity line)
    path = tmp_path / "n.txt"
    path.write_text("示例科技(300999):业绩稳健增长\n示例证券· 2025-10-30\n会计年度 2025E 2026E\n归母净利润(百万元) 1,200 1,520\n"
                    "股本(百万股) 800 800\n每股收益(元) 1.50 {}\n".format("2.00"), encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["formula"] == "归母净利润 ÷ 股本"]
    assert found == [(1.5, "consistent"), (2.0, "mismatch")]


def test_a_gross_margin_named_in_english(tmp_path):
    # 'GPM' under 'Revenue' and 'Gross profit': 14,210 ÷ 39,252 = 36.2%
    path = tmp_path / "hk.txt"
    for gpm, verdict in (("36.2", "consistent"), ("38.2", "mismatch")):
        path.write_text("福耀玻璃(600660):2025年三季报点评\nRmb mn 2024A 2025E\nRevenue 39,252 45,871\nGross profit 14,210 17,202\n"
                        f"GPM {gpm}% 37.5%\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if "GPM" in c["claim"]]
        assert (float(gpm), verdict) in found


def _site_statement(tmp_path, ebit_margin_2023="8.48%"):
    # a data site's statement: a ratio's percent sign run onto its name ('毛利率%'), its revenue '总营业额', its cost
    # '营收成本', no EBIT line — its 'EBIT利润率%' is its 经营利润 over its revenue
    path = tmp_path / "site.txt"
    path.write_text("截止: | 2021 31/12 | 2022 31/12 | 2023 31/12 |\n---|---|---|---|\n"
                    "总营业额 | 8,230 | 8,842 | 10,475 |\n营收成本 | 6,719 | 7,446 | 8,654 |\n毛利 | 1,511 | 1,396 | 1,821 |\n"
                    "毛利率% | 18.36% | 15.79% | 17.38% |\n经营利润 | 680 | 562 | 888 |\n"
                    f"EBIT利润率% | 8.26% | 6.36% | {ebit_margin_2023} |\n", encoding="utf-8")
    return {c["claim"]: c["verdict"] for c in run_families(read_document(path))[0] if c["family"] in ("margins", "totals")}


def test_a_data_site_s_ratios_with_their_percent_run_onto_the_name(tmp_path):
    checks = _site_statement(tmp_path)
    assert checks["毛利 2023 1821"] == "consistent"          # 10,475 − 8,654
    assert checks["毛利率 2022 15.79%"] == "consistent"      # 1,396 ÷ 8,842
    assert checks["EBIT利润率 2023 8.48%"] == "consistent"  # 888 ÷ 10,475
    assert _site_statement(tmp_path, "9.48%")["EBIT利润率 2023 9.48%"] == "mismatch"


def test_an_ebit_margin_its_operating_profit_never_gives_is_left_alone(tmp_path):
    # 营业利润 stands in for EBIT only where it reproduces most of the row's years; here none: no check, no noise
    path = tmp_path / "t.txt"
    path.write_text("指标 | 2023 | 2024 | 2025E |\n---|---|---|---|\n营业收入 | 6,322 | 8,030 | 9,333 |\n"
                    "营业利润 | 358 | 474 | 876 |\nEBIT Margin | 15.5% | 7.0% | 7.8% |\n", encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["claim"].startswith("EBIT Margin")]
