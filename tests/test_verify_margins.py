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
