"""verify's `expense_ratios` family: a period expense ratio (期间费用率) against the selling,
admin, R&D and finance ratios stated with it — levels added, changes in points added on one base."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def judged(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text("示例科技(600000.SH)：三季报点评\n示例证券 2025年10月30日\n" + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"], c["note"]) for c in run_families(read_document(path))[0]
            if c["family"] == "expense_ratios"]


def test_a_level_and_its_changes_against_a_list_of_the_four_ratios(tmp_path):
    text = ("期间费用率为{}%,同环比分别为+0.96pct/+0.33pct,其中销售/管理/研发/财务费用率分别为1.95%/4.04%/4.27%/1.42%,"
            "同比+0.05pct/+0.28pct/+0.36pct/+0.27pct。")
    level, yoy = judged(tmp_path, text.format("11.68"))
    assert level[:3] == (11.68, "consistent", "期间费用率 = 销售费用率 + 管理费用率 + 研发费用率 + 财务费用率")
    assert yoy[:2] == (0.96, "consistent") and "同比" in yoy[2]  # the 环比 0.33 has no parts' 环比 to add
    assert judged(tmp_path, text.format("12.68"))[0][1] == "mismatch"


def test_changes_with_no_base_word_stated_in_the_next_bullet(tmp_path):
    # a quarter's moves with no base word are on one base, whichever it is: −1.02 − 0.33 − 0.02 + 0.33
    text = ("- 公司2025年第三季度期间费用率下降{}个百分点至7.33%\n- 费用率细项变动为:销售费用率下降1.02个百分点、"
            "管理费用率下降0.33个百分点、研发费用率下降0.02个百分点、财务费用率上升0.33个百分点、营业税金及附加占比上升0.66个百分点")
    assert [j[:2] for j in judged(tmp_path, text.format("1.04"))] == [(-1.04, "consistent")]
    assert [j[:2] for j in judged(tmp_path, text.format("1.14"))] == [(-1.14, "mismatch")]


def test_three_ratios_without_rnd_are_one_definition_but_not_a_whole_short_of_them(tmp_path):
    # 三费: 5 + 4 + 1 = 10; a whole above the three may hold an R&D ratio the text does not state
    assert [j[:2] for j in judged(tmp_path, "期间费用率为10.0%,其中销售费用率5.0%,管理费用率4.0%,财务费用率1.0%。")] == [
        (10.0, "consistent")]
    (short,) = judged(tmp_path, "期间费用率为15.0%,其中销售费用率5.0%,管理费用率4.0%,财务费用率1.0%。")
    assert short[1] == "unverifiable" and "研发费用率" in short[3]
    assert judged(tmp_path, "期间费用率为9.0%,其中销售费用率5.0%,管理费用率4.0%,财务费用率1.0%。")[0][1] == "mismatch"
    # four stated: the sum without R&D is tried too, and named where it is the one that holds
    (three,) = judged(tmp_path, "期间费用率为10.0%,其中销售费用率5.0%,管理费用率4.0%,研发费用率3.0%,财务费用率1.0%。")
    assert three[1] == "consistent" and "研发费用率 left out" in three[3]


def test_a_part_whose_change_is_not_stated_leaves_the_change_unjudged(tmp_path):
    # '财务费用率为-2.0%,去年同期为-0.4%': a level and last year's, no change in points
    text = ("期间费用率同比增加29.8ppt至44.3%,其中销售费用率同比增加3.0ppt至4.8%,管理费用率同比增加14.1ppt至20.9%,"
            "财务费用率为 - 2.0%,去年同期为 - 0.4%,研发费用率同比增加14.3ppt至20.7%。")
    assert [j[:2] for j in judged(tmp_path, text)] == [(44.3, "rounding")]  # 4.8 + 20.9 − 2.0 + 20.7 = 44.4
    # no parts: nothing judged
    assert judged(tmp_path, "期间费用率为9.08%,同比上升0.41个百分点,第三季度单季期间费用率为8.69%。") == []


def test_ratios_in_the_next_bullet_are_the_period_s_whose_figures_they_reproduce(tmp_path):
    # two wholes (前三季度, 第三季度单季) before the parts: the parts' changes add up to the quarter's
    # +0.12, so they are the quarter's and its level is judged by them (0.86 + 2.57 + 4.75 + 0.51)
    text = ("- 2025年前三季度期间费用率为9.08%,同比上升0.41个百分点,第三季度单季期间费用率为8.69%,同比上升0.12个百分点\n"
            "- 销售费用率同比下降0.27个百分点至0.86%,管理费用率同比上升0.34个百分点至2.57%,研发费用率同比上升0.17个百分点"
            "至4.75%,财务费用率同比下降{}个百分点至{}%")
    assert sorted(j[:2] for j in judged(tmp_path, text.format("0.12", "0.51"))) == [(0.12, "consistent"), (8.69, "consistent")]
    assert sorted(j[:2] for j in judged(tmp_path, text.format("0.12", "1.51"))) == [(0.12, "consistent"), (8.69, "mismatch")]
    # neither whole reproduced: the parts may be either's, no mismatch
    assert {j[1] for j in judged(tmp_path, text.format("0.22", "1.51"))} == {"unverifiable"}


def test_the_parts_changes_first_then_the_levels_they_went_to(tmp_path):
    # '分别同比变动0.06、-0.16、-0.04、0.32pct至0.57%、2.37%、1.27%和0.71%': 0.57 + 2.37 + 1.27 + 0.71 = 4.92,
    # 0.06 − 0.16 − 0.04 + 0.32 = 0.18
    text = ("公司Q1期间费用率4.92%,同比提升{}pct;销售、管理、研发和财务费用率分别同比变动0.06、-0.16、-0.04、0.32pct"
            "至0.57%、2.37%、1.27%和0.71%。")
    assert sorted(j[:2] for j in judged(tmp_path, text.format("0.18"))) == [(0.18, "consistent"), (4.92, "consistent")]
    assert sorted(j[:2] for j in judged(tmp_path, text.format("0.28"))) == [(0.28, "mismatch"), (4.92, "consistent")]


def test_the_parts_stated_before_their_sum_in_one_sentence(tmp_path):
    text = "2024年公司销售/管理/研发/财务费用率分别为5.1%/3.2%/4.0%/0.5%,期间费用率合计为{}%。"
    assert [j[:2] for j in judged(tmp_path, text.format("12.8"))] == [(12.8, "consistent")]
    assert [j[:2] for j in judged(tmp_path, text.format("13.8"))] == [(13.8, "mismatch")]


def test_the_company_s_费用率_and_the_parts_changes_on_two_bases(tmp_path):
    # '公司费用率' with its parts after 其中 is the whole; the parts' 同比 list, then their 环比 list
    text = ("25Q3公司费用率7.96%,同比+0.45pcts/环比+{}pcts。其中销售/管理/财务费用率分别为5.44%/1.90%/0.62%,"
            "同比+0.14pcts/+0.38pcts/-0.07pcts,环比+0.01pcts/-0.16pcts/+1.45pct。")
    found = {(j[0], j[2]): j[1] for j in judged(tmp_path, text.format("1.30"))}
    assert found == {(7.96, "期间费用率 = 销售费用率 + 管理费用率 + 财务费用率"): "consistent",
                     (0.45, "期间费用率 同比变动 = 销售费用率 + 管理费用率 + 财务费用率"): "consistent",
                     (1.3, "期间费用率 环比变动 = 销售费用率 + 管理费用率 + 财务费用率"): "consistent"}
    # a 环比 change unlike the parts' may be 研发's (not listed): unverifiable; a level under the parts' sum is wrong
    assert {j[0]: j[1] for j in judged(tmp_path, text.format("1.20"))}[1.2] == "unverifiable"
    assert {j[0]: j[1] for j in judged(tmp_path, text.replace("7.96%", "6.96%").format("1.30"))}[6.96] == "mismatch"


def test_each_ratio_named_in_full_with_its_change_in_brackets(tmp_path):
    # '销售费用率、管理费用率、财务费用率和研发费用率分别为5.05% ( +0.14pct YoY ) 、…': each name with its own 费用率,
    # each level with its change and the base it names in brackets; the whole's change in its own brackets
    text = ("2025前三季度,公司期间费用率为{}%(-1.01pct YoY),其中销售费用率、管理费用率、财务费用率和研发费用率分别为"
            "5.05% ( +0.14pct YoY ) 、6.63% ( +0.73pctYoY)、-2.46%(+0.50pct YoY)和12.59%(-2.38pct YoY)。")
    found = {(reported, verdict) for reported, verdict, formula, note in judged(tmp_path, text.format("21.81"))}
    assert found == {(21.81, "consistent"), (-1.01, "consistent")}  # 5.05 + 6.63 − 2.46 + 12.59; 0.14 + 0.73 + 0.50 − 2.38
    assert (22.81, "mismatch") in {(r, v) for r, v, f, n in judged(tmp_path, text.format("22.81"))}


def test_a_word_on_a_part_before_its_change(tmp_path):
    # '销售费用率较稳定,同比下降0.07个百分点': −0.07 + 0.61 + 0.36 − 0.11 = 0.79, the whole printed 0.78 (rounding)
    text = ("期间费用率同比上升{}个百分点至15.38%,其中销售费用率较稳定,同比下降0.07个百分点,管理费用率同比上升0.61个百分点,"
            "研发费用率同比上升0.36个百分点,财务费用率同比下降0.11个百分点。")
    assert [j[:2] for j in judged(tmp_path, text.format("0.78"))] == [(0.78, "rounding")]
    assert [j[:2] for j in judged(tmp_path, text.format("0.98"))] == [(0.98, "mismatch")]


def test_the_whole_s_change_on_the_same_period_of_a_year_it_names(tmp_path):
    # '期间费用率相比2024年同期下降0.92pct' is 同比: +0.28 − 0.98 − 0.32 + 0.10
    text = "2025年前三季度销售/管理/财务/研发费用率同比+0.28pct/-0.98pct/-0.32pct/+0.10pct,期间费用率相比2024年同期下降{}pct。"
    assert [c[:2] for c in judged(tmp_path, text.format("0.92"))] == [(-0.92, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.format("0.29"))] == [(-0.29, "mismatch")]


def test_parts_before_the_whole_and_ratios_only_named_after_it(tmp_path):
    # '…财务费用率-0.49%(+0.38pp)、四费率35.86%(-8.06pp),销售、管理、研发费用率均有显著下降': the parts are the four before the
    # whole (17.19 + 5.05 + 14.11 − 0.49); the names after it state no figure
    text = ("2025前三季度销售费用率17.19%(-2.73pp)、管理费用率5.05%(-0.87pp)、研发费用率14.11%(-4.83pp)、财务费用率-0.49%(+0.38pp)、"
            "四费率{}%(-8.06pp),销售、管理、研发费用率均有显著下降。")
    assert [c[:2] for c in judged(tmp_path, text.format("35.86"))] == [(35.86, "consistent"), (-8.06, "rounding")]
    assert judged(tmp_path, text.format("36.86"))[0][1] == "mismatch"


def test_a_whole_naming_a_period_of_its_own_after_the_half_s_parts_is_not_their_sum(tmp_path):
    # '2025年上半年四项费用率12.42%… - 销售…4.12% - 管理…2.60% - 研发…6.24% - 财务…-0.54% - 2025年第二季度单季度四项费用率
    # 9.62%': the quarter's 9.62 is not the half's parts' sum (a false mismatch before)
    text = ("费用控制表现 - 2025年上半年四项费用率12.42%,同比下降1.45个百分点 [9] - 销售费用率4.12%,同比下降0.67个百分点 [9] - "
            "管理费用率2.60%,同比下降0.39个百分点 [9] - 研发费用率6.24%,同比下降0.85个百分点 [9] - 财务费用率-0.54%,同比上升0.45个"
            "百分点 [9] - 2025年第二季度单季度四项费用率9.62%,同比下降1.75个百分点 [9]")
    found = [(r, v) for r, v, _, _ in judged(tmp_path, text)]
    assert found == [(12.42, "consistent"), (-1.45, "rounding")]


def test_the_parts_changes_in_brackets_after_their_levels(tmp_path):
    # '期间费用率为17.5%(同比-0.4pct),其中销售/研发/管理/财务费用率分别为13.8%/2.2%/1.4%/0.1%(同比分别-0.2pct/+0.7pct/-0.3pct/
    # -0.7pct)': 13.8 + 2.2 + 1.4 + 0.1 = 17.5; −0.2 + 0.7 − 0.3 − 0.7 = −0.5, −0.4 within the rounding of four figures
    text = ("Q3期间费用率为17.5%(同比{}pct),其中销售/研发/管理/财务费用率分别为13.8%/2.2%/1.4%/0.1%(同比分别-0.2pct/+0.7pct/"
            "-0.3pct/-0.7pct)。")
    assert [(r, v) for r, v, _, _ in judged(tmp_path, text.format("-0.4"))] == [(17.5, "consistent"), (-0.4, "rounding")]
    assert [(r, v) for r, v, _, _ in judged(tmp_path, text.format("-1.4"))][1] == (-1.4, "mismatch")


def test_parts_named_费用_whose_figures_are_ratios_and_the_whole_s_change_said_整体(tmp_path):
    # '销售/管理/研发/财务费用分别-0.94/+0.76/+0.24/-0.13pct 至16.52%/…,期间费用率整体-0.08pct': the four changes add to
    # −0.07, −0.08 within their rounding; '费用' with amounts after it ('分别为1.2/0.8亿元') names no ratios
    text = ("2021年单三季度公司费用率保持基本稳定,销售/管理/研发/财务费用分别-0.94/+0.76/+0.24/-0.13pct 至16.52%/4.92%/4.41%/-0.64%,"
            "期间费用率整体{}pct。")
    assert [j[:2] for j in judged(tmp_path, text.format("-0.08"))] == [(-0.08, "rounding")]
    assert [j[:2] for j in judged(tmp_path, text.format("-0.18"))] == [(-0.18, "mismatch")]
    amounts = "2021年销售/管理/研发/财务费用分别为1.2/0.8/0.5/0.1亿元,期间费用率整体-0.08pct。"
    assert judged(tmp_path, amounts) == []


def test_a_management_ratio_said_to_hold_rnd_makes_the_three_every_part(tmp_path):
    # '其中销售费用率、管理费用率(含研发费用)、财务费用率分别为2.10%/4.99%/0.30%,较去年同期分别变化+0.41/-0.55/0.16PCT':
    # the level 7.39 = 2.10 + 4.99 + 0.30; the change −0.03 against +0.41 − 0.55 + 0.16 = +0.02 (the page's own slip)
    text = ("公司期间费用率为7.39%,较去年同期减少0.03PCT,其中销售费用率、管理费用率(含研发费用)、财务费用率分别为"
            "2.10%/4.99%/0.30%,较去年同期分别变化+0.41/-0.55/0.16PCT。")
    assert sorted((r, v) for r, v, _, _ in judged(tmp_path, text)) == [(-0.03, "mismatch"), (7.39, "consistent")]
