"""verify's `holding_tables` family: a table of holdings and their shares of the company's shares, which no row states."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def shares(tmp_path, body, title="前10名普通股股东持股情况"):
    path = tmp_path / "holders.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "holding_tables"]


TABLE = ("| 股东名称 | 股东性质 | 报告期内增减 | 期末持股数量 | 持股比例(%) |\n"
         "| --- | --- | --- | --- | --- |\n"
         "| 甲投资有限责任公司 | 国家 | - | 124,004,660,940 | 34.79 |\n"
         "| 乙部 | 国家 | - | 110,984,806,678 | {} |\n"
         "| 丙结算(代理人)有限公司 | 境外法人 | 12,844,885 | 86,180,148,138 | 24.18 |\n"
         "| 丁基金理事会 | 国家 | - | 12,331,645,186 | 3.46 |\n"
         "| 合计 | | | 333,501,261,004 | 93.57 |")


def test_each_holding_s_share_over_the_whole_the_other_rows_imply(tmp_path):
    # (a 合计 row is a sum, not a holding; the 增减 column is no count)
    assert shares(tmp_path, TABLE.format("31.14")) == [
        (34.79, "consistent"), (31.14, "consistent"), (24.18, "consistent"), (3.46, "consistent")]
    found = shares(tmp_path, TABLE.format("13.14"))
    assert (13.14, "mismatch") in found


def test_a_table_scraped_as_lines_set_apart_by_spaces(tmp_path):
    lines = ("股东名称 股东性质 股份类别 报告期内增减 期末持股数量 持股比例(%) 质押/冻结/标记的股份数量\n"
             "甲投资有限责任公司(5) 国家 A股 286,807,989 124,004,660,940 34.79\n"
             "乙部 国家 A股 - 110,984,806,678 {}\n"
             "丙结算(代理人)有限公司(6) 境外法人 H股 -1,215,755 86,144,120,606 24.17 未知\n"
             "丁基金会(7) 国家 A股 - 12,331,645,186 3.46\n\n注:以上数据来源于本行股东名册。")
    assert [v for _, v in shares(tmp_path, lines.format("31.14"))] == ["consistent"] * 4
    assert (31.41, "mismatch") in shares(tmp_path, lines.format("31.41"))
    # (fewer than three rows imply nothing to judge on)
    assert shares(tmp_path, "\n".join(lines.format("31.14").split("\n")[:3])) == []
