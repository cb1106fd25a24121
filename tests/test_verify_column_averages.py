"""verify's `column_averages` family: a table's '近N年平均' column is the mean of its latest N years."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

TABLE = ("财务比率 | 2021年 | 2020年 | 2019年 | 2018年 | 2017年 | 2016年 | 近3年平均 | 近5年平均 |\n"
         "---|---|---|---|---|---|---|---|---|\n"
         "ROE(%) | 12.00 | 11.00 | 13.00 | 14.00 | 15.00 | 9.00 | {three} | 13.00 |\n"
         "毛利率(%) | 0.00 | 0.00 | 0.00 | -- | 50.00 | 1.00 | 0.00 | -- |\n")


def averages(tmp_path, three="12.00"):
    path = tmp_path / "ratios.txt"
    path.write_text(TABLE.format(three=three), encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "column_averages"]


def test_the_mean_of_the_latest_years_a_zero_counted(tmp_path):
    # ROE: (12 + 11 + 13) ÷ 3 = 12.00, five years 13.00; 毛利率's three years 0.00 each count
    assert averages(tmp_path) == [("ROE(%) 近3年平均 12.00", "consistent"), ("毛利率(%) 近3年平均 0.00", "consistent"),
                                  ("ROE(%) 近5年平均 13.00", "consistent")]
    # a year printed '--' leaves its row unjudged (skipped or counted as 0: not said); an edit is flagged
    assert ("ROE(%) 近3年平均 12.50", "mismatch") in averages(tmp_path, "12.50")
