"""verify's `column_ratios` family: a ratio column naming its denominator ('占…净利润的比率(%)'),
from the row's amount columns."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

TABLE = """分红年度 | 每10股派息数(元) | 现金分红的数额(元) | 归属于上市公司股东的净利润(元) | 占归属于上市公司股东的净利润的比率(%) |
---|---|---|---|---|
2019 | 5.89 | 957,590,868.96 | 3,188,884,638.91 | {first} |
2018 | 4.24 | 689,335,362.38 | 3,440,980,103.08 | 20.03 |"""


def ratios(tmp_path, text):
    path = tmp_path / "dividends.txt"
    path.write_text("示例股份2019年年度报告摘要\n公司近三年现金分红情况如下:\n" + text + "\n以上为分红情况。\n", encoding="utf-8")
    return [(c["cell"]["row"], c["reported"], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "column_ratios"]


@pytest.mark.parametrize("first, verdict", [("30.03", "consistent"), ("31.03", "mismatch")])
def test_the_payout_is_the_dividend_over_the_profit_of_its_row(tmp_path, first, verdict):
    found = ratios(tmp_path, TABLE.format(first=first))
    assert [(row, v) for row, _, v, _ in found] == [("2019", verdict), ("2018", "consistent")]
    # the total paid, not the per-share dividend on its left
    assert found[0][3] == "现金分红的数额(元) ÷ 归属于上市公司股东的净利润(元) × 100"


def test_amounts_in_different_units_by_their_headers(tmp_path):
    table = ("年度 | 现金分红(万元) | 净利润(元) | 占净利润的比例(%) |\n---|---|---|---|\n"
             "2024 | 95,759.09 | 3,188,884,638.91 | 30.03 |\n2023 | 68,933.54 | 3,440,980,103.08 | 20.03 |")
    assert [v for _, _, v, _ in ratios(tmp_path, table)] == ["consistent", "consistent"]


def test_a_table_printed_a_cell_a_line(tmp_path):
    cells = ["年度", "每10股派息数(元)", "现金分红的数额(元)", "归属于本公司股东的净利润(元)", "占归属于本公司股东的净利润的比率(%)",
             "2019", "5.89", "957,590,868.96", "3,188,884,638.91", "30.03",
             "2018", "4.24", "689,335,362.38", "3,440,980,103.08", "21.03"]
    assert [(row, v) for row, _, v, _ in ratios(tmp_path, "\n".join(cells))] == [("2019", "consistent"), ("2018", "mismatch")]
