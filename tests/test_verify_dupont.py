"""verify's `dupont` family: ROA = 净利率 × 总资产周转率 and ROE = ROA × 权益乘数, column by column."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

# (a header whose blank stub a scraper wrote last: the years are names, the labels' column the first)
TABLE = ("          | 2023 | 2024 | |\n|---|---|---|\n| 净利率 | 28.3% | 24.9% | \n| 总资产周转率 | 0.34次 | 0.36次 | \n"
         "| 权益乘数 | 1.80倍 | 1.74倍 | \n| ROA | 9.5% | 8.9% | \n| ROE | 17.1% | {roe} | \n")


def dupont(tmp_path, roe="15.5%"):
    path = tmp_path / "dupont.txt"
    path.write_text(TABLE.format(roe=roe), encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dupont"]


def test_roa_and_roe_from_their_factors(tmp_path):
    # 28.3 × 0.34 = 9.62 (9.5 within the factors' rounding); 9.5 × 1.80 = 17.1; 8.9 × 1.74 = 15.49
    assert dupont(tmp_path) == [("ROA 2023 9.5%", "rounding"), ("ROE 2023 17.1%", "consistent"),
                                ("ROA 2024 8.9%", "rounding"), ("ROE 2024 15.5%", "consistent")]
    assert ("ROE 2024 16.5%", "mismatch") in dupont(tmp_path, "16.5%")
