"""verify's `unstated_wholes` family: amounts' shares of one whole the text names but never states imply one whole."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def shares(tmp_path, body, title="关于为子公司提供担保的进展公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "unstated_wholes"]


GUARANTEES = ("截至本公告披露日,公司及控股子公司对外担保总额为人民币8.98亿元,占公司2023年度经审计净资产的比例为31.31%;"
              "上市公司对控股子公司提供的担保总额为{}亿元,占公司2023年度经审计净资产的比例为30.86%。")


@pytest.mark.parametrize("amount, verdict", [("8.85", "consistent"), ("8.65", "mismatch")])
def test_two_shares_of_one_unstated_whole_imply_the_same_whole(tmp_path, amount, verdict):
    assert shares(tmp_path, GUARANTEES.format(amount)) == [(31.31, verdict), (30.86, verdict)]


def test_a_whole_stated_by_the_share_s_own_words_is_the_whole_and_a_bound_gives_none(tmp_path):
    # the whole stated by the very words the shares name it by: each share over it (8.98 ÷ 28.68, 8.85 ÷ 28.68)
    stated = "公司2023年度经审计净资产为28.68亿元。" + GUARANTEES.format("8.85")
    assert shares(tmp_path, stated) == [(31.31, "consistent"), (30.86, "consistent")]
    assert shares(tmp_path, stated.replace("28.68", "26.68")) == [(31.31, "mismatch"), (30.86, "mismatch")]
    # a bound's share implies no whole: one share left, nothing to judge it on
    bound = GUARANTEES.format("8.85").replace("担保总额为人民币8.98亿元", "担保总额不超过8.98亿元")
    assert shares(tmp_path, bound) == []


def test_shares_of_wholes_named_otherwise_are_not_compared(tmp_path):
    body = ("公司担保余额为15.84亿元,占最近一期经审计净资产的111.54%;回购股份1,000万股,占公司总股本的0.52%。")
    assert shares(tmp_path, body) == []


def test_shares_said_of_two_periods_are_of_two_wholes(tmp_path):
    body = ("前三季度公司拟每股派发现金红利0.34元(含税),累计分配7.06亿元,占归母净利润的比例为35.23%。"
            "对比前次,2024年度分红金额为9.56亿元,占归母净利润比例为40%。")
    assert shares(tmp_path, body, title="华新水泥三季报点评") == []


def test_a_day_a_balance_is_stated_at_is_no_period(tmp_path):
    body = ("- 公司对合并报表范围外公司的担保额度总金额为60,000万元人民币,占最近一期经审计净资产的9.27% [6] - 截至2025年9月30日,"
            "公司担保余额为119,852.47万元人民币,占最近一期经审计净资产的18.51% [6]")
    assert shares(tmp_path, body) == [(9.27, "consistent"), (18.51, "rounding")]


def test_the_same_amount_s_share_of_a_second_whole_and_a_whole_named_with_这_or_本(tmp_path):
    # '…261.70万股,约占…股本总额的3.2713%,占…总数的80.0012%': the amount's second share, of another whole; '该激励计划' and
    # '本激励计划' name one whole
    body = ("其中,首次授予限制性股票261.70万股,约占本激励计划草案公告日公司股本总额的3.2713%,占本激励计划拟授予限制性股票总数的"
            "80.0012%;预留授予限制性股票65.42万股,约占该激励计划草案公告日公司股本总额的0.8177%,占本激励计划拟授予限制性股票总数的"
            "{}%。")
    assert [v for _, v in shares(tmp_path, body.format("19.9988"), title="限制性股票激励计划(草案)")] == [
        "rounding", "rounding", "rounding", "consistent"]
    assert ("mismatch" in [v for _, v in shares(tmp_path, body.format("18.9988"), title="限制性股票激励计划(草案)")])


def test_a_whole_named_前述_is_the_one_stated_before(tmp_path):
    # '…可供分配金额为人民币8872786.22元,本次拟分配金额为人民币8870000.00元,占前述可供分配金额的99.9686%'
    body = ("可供分配金额为人民币 8872786.22 元,本次拟分配金额为人民币 8870000.00 元,占前述可供分配金额的 {}% 。")
    assert shares(tmp_path, body.format("99.9686"), title="REITs收益分配公告") == [(99.9686, "consistent")]
    assert shares(tmp_path, body.format("99.8686"), title="REITs收益分配公告") == [(99.8686, "mismatch")]


def test_a_whole_named_其_is_its_sentence_s_subject_s(tmp_path):
    # '其所持股份' of a holder and his concert parties in one sentence, of the parties alone in the next: two wholes
    body = ("截至公告日,控股股东及其一致行动人累计质押股份20860万股,占其所持股份比例51.73%,占公司总股本比例16.91%。"
            "其一致行动人张三持有股份15116.06万股,累计质押股份5000万股,占其所持股份比例33.08%,占公司总股本比例{}%。")
    # (the parties' 33.08% is over the holding their sentence states, 5000 ÷ 15116.06; the 51.73% of the holder with his
    # parties is not over it, a holding smaller than its 20860万股)
    assert shares(tmp_path, body.format("4.05")) == [(33.08, "consistent"), (16.91, "rounding"), (4.05, "consistent")]
    assert shares(tmp_path, body.format("4.25")) == [(33.08, "consistent"), (16.91, "mismatch"), (4.25, "mismatch")]


def test_a_share_alone_in_its_line_is_judged_over_the_page_s_others_and_a_company_s_notice_is_read(tmp_path):
    # each bullet a line of its own; the notice titled by its company and ticker (no statement tables)
    body = ("? 公司控股股东甲公司持有公司股份490,957,202股,占公司总股本比例为46.56%;\n"
            "? 甲公司及其一致行动人共持有公司股份598,200,660股,占公司总股本的{}%;")
    title = "某某制药(603999):关于控股股东部分股份解除质押的公告"
    assert shares(tmp_path, body.format("56.72"), title=title) == [(46.56, "rounding"), (56.72, "rounding")]
    assert shares(tmp_path, body.format("55.72"), title=title) == [(46.56, "mismatch"), (55.72, "mismatch")]


def test_parts_after_其中_of_a_total_stated_before_are_left_to_parts(tmp_path):
    body = ("2019年年初至报告期末,集团新签合同额11,152.341亿元,同比增长25.07%。\n其中,国内业务新签合同额10,165.865亿元,"
            "占新签合同总额的91.15%;海外业务新签合同额986.476亿元,占新签合同总额的8.85%。")
    assert shares(tmp_path, body, title="中国铁建(1186.HK)公布三季度业绩") == []
    # (with no total before it, the shares imply one)
    assert shares(tmp_path, body.split("\n")[1], title="中国铁建(1186.HK)公布三季度业绩") == [(91.15, "rounding"), (8.85, "consistent")]


def test_a_whole_named_by_the_part_s_own_kind_is_one_whole_per_dealing(tmp_path):
    # (a purchase's 同类业务 is all purchases, a sale's all sales: the 14.57% implies no whole for the sales)
    body = ("调整详情 - 其中向电信一所增加采购金额8,750万元(占同类业务比例14.57%) 向兴唐通信销售金额2,000万元(占同类业务比例1.94%) "
            "- 向电信一所销售金额500万元(占同类业务比例{}%) [2]")
    assert shares(tmp_path, body.format("0.49"), "长江通信:关于调增日常关联交易预计额度的公告") == [
        (1.94, "rounding"), (0.49, "rounding")]
    assert [v for _, v in shares(tmp_path, body.format("0.94"), "长江通信:公告")] == ["mismatch", "mismatch"]
    # (a 同类 whole with no dealing named before its amount is not read)
    assert shares(tmp_path, "金额2,000万元(占同类业务比例1.94%),金额500万元(占同类业务比例0.49%)。") == []


def test_a_whole_named_by_the_last_words_of_another_s_name_is_that_one(tmp_path):
    body = ("累计担保情况 - 截至公告披露日,公司及其控股子公司对外担保总额为56,100万元,占公司最近一期经审计净资产的16.09% [5] "
            "- 其中对控股子公司提供的担保总额为55,600万元,占净资产的{}%,无逾期担保 [5]")
    assert shares(tmp_path, body.format("15.95")) == [(16.09, "consistent"), (15.95, "consistent")]
    assert [v for _, v in shares(tmp_path, body.format("19.55"))] == ["mismatch", "mismatch"]


def test_a_share_printed_right_after_its_whole_s_name_is_no_whole_stated(tmp_path):
    # ('占本公司总股本3.11%': the 3.11 is the share, not 总股本 stated; the two shares imply one 总股本)
    body = ("股东甲公司(直接持有本公司股份194,723,705股,占本公司总股本3.11%)将其股份解除质押。\n"
            "截至目前,甲公司用于质押的股份数为165,100,000股,占公司总股本的{}%。")
    assert shares(tmp_path, body.format("2.64")) == [(3.11, "consistent"), (2.64, "consistent")]
    assert shares(tmp_path, body.format("2.46")) == [(3.11, "mismatch"), (2.46, "mismatch")]


def test_a_holder_s_share_of_its_holding_is_over_the_holding_stated(tmp_path):
    # in its sentence, before it; and a share after '、' is the same amount's
    body = ("甲集团直接持有本公司股份 2,786,910,170 股,本次质押后累计质押的股份数为1,731,393,504 股,占其所持股份比例的 {}%。"
            "甲集团未来半年到期的质押股份数量 26000万股,占其所持股份比例的 9.33%、占公司总股本比例的 3.02%。")
    assert shares(tmp_path, body.format("62.13"))[:2] == [(62.13, "consistent"), (9.33, "consistent")]
    assert shares(tmp_path, body.format("63.12"))[0] == (63.12, "mismatch")
    # not a holding: '将其持有的840万股公司股份解除质押', '将持有的公司1140万股股票质押给…' are shares of it
    part = "乙先生将其持有的840万股公司股份解除质押,占其持股总数的14.70%。"
    assert shares(tmp_path, part) == []
    # the one holding of its page where its sentence states none; none where the page states two
    page = "乙先生持有公司股份57,124,530股。\n本次解除质押8,400,000股,占其所持股份比例{}%。"
    assert shares(tmp_path, page.format("14.70")) == [(14.70, "consistent")]
    assert shares(tmp_path, page.format("17.40")) == [(17.40, "mismatch")]
    assert shares(tmp_path, "丙女士持有公司股份1,000,000股。\n" + page.format("14.70")) == []


def test_a_table_of_two_cells_a_row_is_read_as_prose(tmp_path):
    # (a pledge table: a share row is of the amount above it or of the row it names; 持股比例 is 持股数量's share of the
    # company's shares; the holder's shares over 持股数量)
    table = ("股东名称 | 甲公司 |\n本次解质股份 | 19,000,000股 |\n占其所持股份比例 | {}% |\n占公司总股本比例 | 1.80% |\n"
             "持股数量 | 490,957,202股 |\n持股比例 | 46.56% |\n剩余被质押股份数量 | 89,930,000股 |\n"
             "剩余被质押股份数量占其所持股份比例 | 18.32% |\n剩余被质押股份数量占公司总股本比例 | 8.53% |")
    title = "某某制药(603999):关于控股股东部分股份解除质押的公告"
    assert sorted(shares(tmp_path, table.format("3.87"), title)) == [
        (1.80, "consistent"), (3.87, "consistent"), (8.53, "consistent"), (18.32, "consistent"), (46.56, "rounding")]
    assert (3.78, "mismatch") in shares(tmp_path, table.format("3.78"), title)


def test_占比_names_no_whole_and_shares_分别_are_not_the_last_amount_s(tmp_path):
    # ('营收14.07亿元,占比为23.44%;净利润1.63亿元,占比为7.21%': shares of two wholes, neither named)
    assert shares(tmp_path, "民爆业务实现营收14.07亿元,占比为23.44%;净利润1.63亿元,占比为7.21%。") == []
    body = ("2019-2022年关联采购金额分别为606.89万元、442.79万元、602.12万元、54.40万元,占营业成本比例分别为1.40%、0.87%、"
            "0.84%、0.13%;接受劳务金额分别为664.03万元、82.23万元、28.77万元、0万元,占营业成本比例分别为1.53%、0.16%、0.04%、0。")
    assert shares(tmp_path, body) == []


def test_a_share_the_most_precise_other_bears_out_is_not_the_one_at_fault(tmp_path):
    # (235.78 + 10.06 + 4.11 = 249.95: the 1.7 is off, 4.11 ÷ 249.95 is 1.6; the 94.3 agrees with the 4.0)
    body = ("销售货品收入为人民币235.78亿元,占总收入94.3%;加盟费收入为人民币10.06亿元,占总收入4.0%;"
            "其他收入为人民币4.11亿元,占总收入1.7%。")
    assert shares(tmp_path, body) == [(94.3, "rounding"), (1.7, "mismatch")]


def test_clauses_after_a_semicolon_keep_the_sentence_s_holder_unless_they_name_one(tmp_path):
    body = ("未来半年内,甲控股到期的质押股份累计数量为9200万股,占其所持股份比例为15.50%;"
            "未来一年内,甲控股到期的质押股份累计数量为2.945亿股,占其所持股份比例为{}%。")
    assert shares(tmp_path, body.format("49.62")) == [(15.50, "consistent"), (49.62, "consistent")]
    assert shares(tmp_path, body.format("46.92"))[1] == (46.92, "mismatch")
    # ('；其一致行动人…': the parties' own holding, another whole)
    assert shares(tmp_path, body.format("49.62").replace("未来一年内,甲控股", "其一致行动人乙公司")) == []


def test_words_between_an_amount_and_its_share_leave_the_share_the_amount_s(tmp_path):
    body = ("甲集团共持有公司股份1.77亿股,占公司总股本的48.58%。甲集团将持有的公司1140万股股票质押给某银行舟山分行,"
            "占其所持股份比例的{}%,占公司总股本的3.13%。")
    assert shares(tmp_path, body.format("6.43")) == [(6.43, "rounding"), (48.58, "rounding"), (3.13, "consistent")]
    assert shares(tmp_path, body.format("6.34"))[0] == (6.34, "mismatch")


def test_a_period_is_read_in_its_own_line_only(tmp_path):
    # (a date on the line above, '2026-01-30 17:22', names no period of the shares below)
    body = ("2026-01-30 17:22\n\n甲公司于近日发布公告称,涉及股份数量840万股,占其持股总数的14.70%,占公司总股本的{}%。\n"
            "其剩余被质押股份数量为1803.613万股,占公司总股本的5.32%。")
    assert shares(tmp_path, body.format("2.48")) == [(2.48, "consistent"), (5.32, "consistent")]
    assert shares(tmp_path, body.format("2.84")) == [(2.84, "mismatch"), (5.32, "mismatch")]


def test_options_counted_in_份_are_shares_of_the_company_s_count_and_wrapped_lines_join(tmp_path):
    # (an options notice: 份 of 股票期权 are shares; a line a pasted PDF wrapped goes on with the next)
    body = ("关于股票期权激励计划可行权的公告\n1、首次授予股票期权第二个行权期可行权的股票期权数量为427.56万份,\n"
            "占公司总股本比例为0.847%;预留授予股票期权第一个行权期可行权的股票期权\n数量为18.44万份,占公司总股本比例为{}%;"
            "合计本次可行权的股票期权数\n量为446万份,占公司总股本比例为0.884%。")
    assert shares(tmp_path, body.format("0.037")) == [(0.847, "consistent"), (0.037, "consistent"), (0.884, "consistent")]
    assert (0.073, "mismatch") in shares(tmp_path, body.format("0.073"))
    # (份 of anything else, a fund's units, are no shares of a company's count)
    units = "基金份额为427.56万份,占基金总份额的0.847%;另一份额18.44万份,占基金总份额的0.037%。"
    assert shares(tmp_path, units, title="基金份额变动公告") == []
