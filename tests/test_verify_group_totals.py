"""verify's `group_totals` family: an untyped table's 小计, 合计 and 总计 rows over the rows of their groups."""

from pipeline.ingest import read_document
from pipeline.verify import run_families


def totals(tmp_path, table):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于股东减持计划实施完毕的公告\n{table}", encoding="utf-8")
    return [(c["claim"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "group_totals"]


SALES = ("| 股东名称 | 减持方式 | 减持均价(元/股) | 减持股数(股) | 减持比例(%) |\n| --- | --- | --- | --- | --- |\n"
         "| 甲基金 | 集中竞价交易 | 40.72 | 1,128,650 | 0.7142 |\n| | 大宗交易 | 40.56 | 2,257,564 | 1.4286 |\n"
         "| | 合 计 | - | {first} | 2.1428 |\n| 乙基金 | 集中竞价交易 | 38.41 | 451,553 | 0.2857 |\n"
         "| | 大宗交易 | 40.84 | 902,964 | 0.5714 |\n| | 合 计 | - | 1,354,517 | 0.8571 |\n| | 总计 | - | 4,740,731 | 3.0000 |\n")


def test_each_total_row_sums_its_group_and_a_grand_total_sums_the_totals(tmp_path):
    assert totals(tmp_path, SALES.format(first="3,386,214")) == [
        ("合计 减持股数(股) 3,386,214", "consistent"), ("合计 减持比例(%) 2.1428", "consistent"),
        ("合计 减持股数(股) 1,354,517", "consistent"), ("合计 减持比例(%) 0.8571", "consistent"),
        ("总计 减持股数(股) 4,740,731", "consistent"),
        ("总计 减持比例(%) 3.0000", "rounding")]  # (2.1428 + 0.8571, each to four places)
    # (a wrong 合计 is a mismatch, and the 总计 over it too: the total adds the 合计 as printed)
    wrong = totals(tmp_path, SALES.format(first="3,368,214"))
    assert [v for c, v in wrong if "股数" in c] == ["mismatch", "consistent", "mismatch"]


def test_a_total_over_subtotals_and_a_row_after_them(tmp_path):
    table = ("| 类别 | 项目 | 金额 |\n| --- | --- | --- |\n| 信用减值损失 | 应收账款 | 100.00 |\n| | 其他应收款 | 50.00 |\n"
             "| 小计 | | 150.00 |\n| 资产减值损失 | 存货 | 30.00 |\n| 小计 | | 30.00 |\n| 其他 | 商誉 | 20.00 |\n"
             "| 合计 | | 200.00 |\n")
    assert totals(tmp_path, table) == [("小计 金额 150.00", "consistent"), ("合计 金额 200.00", "consistent")]


def test_a_group_holding_a_line_s_own_parts_is_not_read(tmp_path):
    table = ("| 项目 | 金额 |\n| --- | --- |\n| 营业收入 | 100 |\n| 其中:主营业务 | 90 |\n| 营业外收入 | 5 |\n"
             "| 合计 | 105 |\n")
    assert totals(tmp_path, table) == []


def test_a_table_whose_header_is_narrower_than_its_rows_and_whose_total_row_has_two_bars(tmp_path):
    # ('项目' over a category's column and a line's; the rows under a category left its cell out; '合计 | 9,634.94 |')
    table = ("单位:人民币万元\n项目 | 计提减值准备金额 | |\n信用减值损失 | 应收票据坏账损失 | 156.32 |\n应收账款坏账损失 | 7,497.90 | |\n"
             "其他应收款坏账损失 | -61.25 | |\n资产减值损失 | 合同资产减值损失 | 638.68 |\n存货跌价损失 | 1,403.29 | |\n合计 | {} |\n")
    assert [v for _, v in totals(tmp_path, table.format("9,634.94"))] == ["consistent"]
    assert [v for _, v in totals(tmp_path, table.format("9,364.94"))] == ["mismatch"]


RECONCILIATION = ("金额单位:人民币元\n项目 | 金额 |\n1、募集资金总额 | 14,999,999,957.14 |\n2、减:募集资金支付的发行费用 | 83,050,000.00 |\n"
                  "3、加:累计收到的银行利息收入扣除银行手续费的净额 | 1,137,412,879.69 |\n其中:以前年度 | 1,116,423,030.66 |\n"
                  "2023年度 | {} |\n4、减:累计使用募集资金 | 12,883,863,248.02 |\n")


def test_a_numbered_row_s_parts_after_qi_zhong_in_a_table_of_two_cells_a_row(tmp_path):
    assert totals(tmp_path, RECONCILIATION.format("20,989,849.03")) == [
        ("3、加:累计收到的银行利息收入扣除银行手续费的净额 金额 1,137,412,879.69", "consistent")]
    assert [v for _, v in totals(tmp_path, RECONCILIATION.format("29,989,849.03"))] == ["mismatch"]


def test_a_statement_line_s_qi_zhong_rows_are_notes_not_its_parts(tmp_path):
    # (财务费用 nets its interest income; its 其中 rows list two of its pieces, not all of it)
    table = ("| 项目 | 2025-09-30 | 2025-06-30 |\n| --- | --- | --- |\n| 销售费用 | 1,200 | 800 |\n| 财务费用 | 300 | 200 |\n"
             "| 其中:利息费用 | 500 | 350 |\n| 利息收入 | 220 | 160 |\n| 1、其他收益 | 40 | 30 |\n")
    assert totals(tmp_path, table) == []
