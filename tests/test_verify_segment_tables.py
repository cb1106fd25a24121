"""verify's `segment_tables` family: a breakdown table's shares (占比) from its amounts, group by
group, where the shares show the parts are all of the whole."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

HEAD = "示例科技(300999)2024年年报解读:营收稳健增长\n公司2024年实现营收30.07亿元。\n"


def shares(tmp_path, table):
    path = tmp_path / "digest.txt"
    path.write_text(HEAD + table + "\n以上为主营业务构成。\n", encoding="utf-8")
    return [(c["cell"]["row"], c["reported"], c["verdict"])
            for c in run_families(read_document(path))[0] if c["family"] == "segment_tables"]


TWO_GROUPS = """分行业 | 营业收入 | 占比 | 毛利率 |
---|---|---|---|
测试服务 | 25.57亿元 | 85.05% | 19.39% |
安全保密 | 4.50亿元 | {share}% | 24.64% |
分产品 | 营业收入 | 占比 | 毛利率 |
仪器销售 | 18.82亿元 | 62.6% | 11.82% |
汽车测试 | 4.93亿元 | 16.39% | 36.33% |
政务集成 | 3.71亿元 | 12.33% | 17.20% |
专业服务 | 1.75亿元 | 5.82% | 53.50% |
安全业务 | 6,440.98万元 | 2.14% | 65.33% |
其他业务 | 2,149.84万元 | 0.72% | - |"""


def test_each_share_is_its_amount_over_the_groups_sum(tmp_path):
    found = shares(tmp_path, TWO_GROUPS.format(share="14.95"))
    # 25.57 ÷ 30.07 = 85.03% within the rounding of the amounts; a row repeating the header opens group two
    assert found[:2] == [("测试服务", 85.05, "rounding"), ("安全保密", 14.95, "rounding")]
    assert [(row, v) for row, _, v in found[2:]] == [("仪器销售", "consistent"), ("汽车测试", "rounding"),
                                                    ("政务集成", "rounding"), ("专业服务", "consistent"),
                                                    ("安全业务", "consistent"), ("其他业务", "rounding")]


def test_shares_that_do_not_make_a_hundred_give_no_check(tmp_path):
    # 85.05 + 13.95 = 99: a part is left out, or the shares are of a whole the table does not print
    found = shares(tmp_path, TWO_GROUPS.format(share="13.95"))
    assert [row for row, _, _ in found] == ["仪器销售", "汽车测试", "政务集成", "专业服务", "安全业务", "其他业务"]


def test_an_edited_amount_is_flagged_in_every_share_of_its_group(tmp_path):
    table = TWO_GROUPS.format(share="14.95").replace("18.82亿元", "19.82亿元")
    found = dict((row, v) for row, _, v in shares(tmp_path, table))
    assert found["仪器销售"] == "mismatch" and found["汽车测试"] == "mismatch"
    assert found["测试服务"] == "rounding"  # the other group is untouched


@pytest.mark.parametrize("total, verdict", [("100.00", "consistent"), ("110.00", "mismatch")])
def test_a_total_row_is_the_whole_and_is_judged_against_the_parts(tmp_path, total, verdict):
    table = ("地区 | 营业收入(亿元) | 占比(%) |\n---|---|---|\n国内 | 60.00 | 60.00 |\n海外 | 40.00 | 40.00 |\n"
             f"合计 | {total} | 100.00 |")
    found = shares(tmp_path, table)
    assert (found[0][0], found[0][2]) == ("合计", verdict)
    assert [v for _, _, v in found[1:]] == (["consistent", "consistent"] if verdict == "consistent" else ["mismatch", "mismatch"])


def test_a_data_site_s_mix_stood_one_cell_a_line_its_shares_before_amounts_with_no_unit_and_its_margins(tmp_path):
    # sohu's 主要收入构成: each cell on a line of its own ending in '|'; the share column first, then 收入 and 成本 with no unit
    # (the caption's 百万 lost); each share is the row's revenue over the rows' sum, each 毛利率 (收入 − 成本) ÷ 收入
    rows = [("托管收入", "{a}%", "319.73", "310.26", "{m}%"), ("施工收入", "1.42%", "171.78", "151.06", "12.06%"),
            ("通行费收入", "29.61%", "3594.06", "1674.98", "53.40%"), ("其他", "66.34%", "8051.06", "4000.00", "50.32%")]
    def page(a, m):
        cells = ["主营产品构成(百万)", "名称", "占总收入比例", "收入", "成本", "毛利率"]
        for r in rows:
            cells += [c.format(a=a, m=m) for c in r]
        return "\n".join(c + " |" for c in cells)
    path = tmp_path / "mix.txt"
    path.write_text(page("2.63", "2.96") + "\n", encoding="utf-8")
    got = {(c["cell"]["row"], c["cell"]["column"]): c["verdict"] for c in run_families(read_document(path))[0]
           if c["family"] == "segment_tables"}
    assert got[("托管收入", "占总收入比例")] == "consistent" and got[("托管收入", "毛利率")] == "consistent"  # 2.634, 2.962
    assert got[("其他", "毛利率")] == "consistent"
    path.write_text(page("2.63", "3.96") + "\n", encoding="utf-8")
    got = {(c["cell"]["row"], c["cell"]["column"]): c["verdict"] for c in run_families(read_document(path))[0]
           if c["family"] == "segment_tables"}
    assert got[("托管收入", "毛利率")] == "mismatch"


F10_MIX = """【2.主营构成分析】
截止日期:2025-03-31
项目名 营业收入(元) 收入比例(%) 营业利润(元) 利润比例(%) 毛利率(%)
─────────────────────────────────────────────────
醋系列(产品) 3.65亿 58.37 --- --- ---
其他(补充)(产品) 1.32亿 21.14 --- --- ---
酒系列(产品) 8393.19万 13.41 --- --- ---
酱系列(产品) {amount}万 7.08 --- --- ---
─────────────────────────────────────────────────
线下销售(渠道) 5.48亿 87.56 --- --- ---
线上销售(渠道) 6933.39万 11.08 --- --- ---
其他(补充)(渠道) 853.07万 1.36 --- --- ---"""


@pytest.mark.parametrize("amount, verdict", [("4431.36", "rounding"), ("5431.36", "mismatch")])
def test_a_terminal_f10_s_mix_its_groups_parted_by_rules(tmp_path, amount, verdict):
    # '营业收入(元) | 收入比例(%)' over cells carrying their scale ('3.65亿', '8393.19万'), each group under a rule its own
    # whole: 0.443136 ÷ 6.252455 = 7.087%, with 3.65亿 and 1.32亿 printed to 0.01亿 (the channels' shares their own sum's)
    got = {row: v for row, _, v in shares(tmp_path, F10_MIX.format(amount=amount))}
    assert got["酱系列(产品)"] == verdict and got["线上销售(渠道)"] == "consistent" and len(got) == 7


@pytest.mark.parametrize("amount, verdict", [("123094.26", "consistent"), ("133094.26", "mismatch")])
def test_a_share_of_revenue_is_of_the_revenue_column_past_a_profit_nearer_it(tmp_path, amount, verdict):
    # '营业收入(万元) | 营业利润(万元) | 毛利率(%) | 占主营业务收入比例(%)': 123094.26 ÷ 129884.95, not the profit's share
    table = ("项目名称 | 营业收入(万元) | 营业利润(万元) | 毛利率(%) | 占主营业务收入比例(%) |\n---|---|---|---|---|\n"
             f"个人护理行业 | {amount} | 28216.98 | 22.92 | 94.77 |\n食品行业 | 5565.95 | 2098.16 | 37.70 | 4.29 |\n"
             "其他业务 | 1224.74 | 745.04 | 60.83 | 0.94 |")
    got = {row: v for row, _, v in shares(tmp_path, table)}
    assert got["个人护理行业"] == verdict and len(got) == 3


@pytest.mark.parametrize("margin, verdict", [("41.20", "rounding"), ("42.20", "mismatch")])
def test_a_f10_s_margin_is_its_profit_column_over_revenue_where_the_table_s_rows_bear_it_out(tmp_path, margin, verdict):
    # '营业利润(元)' in a terminal F10 is the gross profit: 21.68亿 ÷ 52.63亿 = 41.19%, 41.20 within their rounding — taken so because the other
    # rows' margins are their profit over revenue too (8.03%, 97.04%); each amount in its own unit ('4603.19万' by '5.73亿')
    table = ("项目名称 | 营业收入(元) | 营业利润(元) | 毛利率(%) | 占主营业务收入比例(%) |\n---|---|---|---|---|\n"
             f"零售 | 52.63亿 | 21.68亿 | {margin} | 87.59 |\n加盟及分销 | 5.73亿 | 4603.19万 | 8.03 | 9.54 |\n"
             "其他业务 | 1.73亿 | 1.67亿 | 97.04 | 2.87 |")
    got = {(row, v) for row, reported, v in shares(tmp_path, table) if reported in (float(margin), 8.03, 97.04)}
    assert got == {("零售", verdict), ("加盟及分销", "consistent"), ("其他业务", "rounding")}


def test_an_operating_profit_that_gives_no_row_its_margin_is_no_gross_profit(tmp_path):
    # an operating profit beside a gross margin: no row's margin is its profit over revenue, so none is judged
    table = ("项目名称 | 营业收入(万元) | 营业利润(万元) | 毛利率(%) |\n---|---|---|---|\n"
             "零售 | 526324.19 | 56839.85 | 41.20 |\n加盟 | 57327.65 | 1603.19 | 8.03 |\n其他 | 17252.52 | 6742.03 | 97.04 |")
    assert shares(tmp_path, table) == []


@pytest.mark.parametrize("share, verdict", [("57.69", "consistent"), ("55.69", "mismatch")])
def test_a_part_s_share_the_prose_states_again_by_its_name(tmp_path, share, verdict):
    # '其中多高层钢结构占比57.69%' judged as the table's own share: 62.45 ÷ (62.45 + 40.80 + 5.00) = 57.69%
    path = tmp_path / "digest.txt"
    path.write_text(f"样例钢构2023年年报解读\n主要产品包括多高层钢结构和轻钢结构两项,其中多高层钢结构占比{share}%。\n"
                    "分产品 | 营业收入 | 占比 | 毛利率 |\n---|---|---|---|\n多高层钢结构 | 62.45亿元 | 57.69% | 15.91% |\n"
                    "轻钢结构 | 40.80亿元 | 37.69% | 14.76% |\n其他业务 | 5.00亿元 | 4.62% | - |\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "segment_tables" and "stated again" in c["note"]]
    assert [c["verdict"] for c in found] == [verdict]
