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
    assert shares(tmp_path, body.format("4.05")) == [(16.91, "rounding"), (4.05, "consistent")]
    assert shares(tmp_path, body.format("4.25")) == [(16.91, "mismatch"), (4.25, "mismatch")]


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
