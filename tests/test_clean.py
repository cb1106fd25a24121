import pytest

from pipeline import clean

UNDOUBLE = [
    # (text dump, repaired) — fake bold doubles runs; real repeats stay
    ("AIAI系列深度报告(四)系列深度报告(四)", "AI系列深度报告(四)"),
    ("20242024年年8 8月月1515日日", "2024年8月15日"),
    ("对标GPTGPT-3 3.5 5TurboTurbo。", "对标GPT-3.5Turbo。"),
    ("公公司司简简介介", "公司简介"),
    ("核心摘要核心摘要技术", "核心摘要技术"),
    ("2.31E+072.31E+07", "2.31E+07"),
    ("哈哈", "哈哈"),
    ("谢谢你", "谢谢你"),
    ("1111", "1111"),
    ("14141414141414", "14141414141414"),
    ("文本文本", "文本文本"),
    ("增长率增长率 40.4%", "增长率 40.4%"),
    ("高高兴兴", "高高兴兴"),
    ("S1060517070006", "S1060517070006"),
    ("采用Pre-training(预训练)", "采用Pre-training(预训练)"),
    ("", ""),
]


@pytest.mark.parametrize("dump,repaired", UNDOUBLE)
def test_undouble(dump, repaired):
    assert clean.undouble(dump) == repaired


def test_chunk_markers_are_removed_and_split_words_rejoin():
    dump = "基于Transfo\n\n    17、rmer架构，参数1\n\n    18、2,416亿"
    assert clean.remove_chunk_markers(dump) == "基于Transformer架构，参数12,416亿"


def test_a_numbered_list_is_not_a_chunk_marker():
    text = "要点：\n1、价格下降\n2、调用量上升"
    assert clean.remove_chunk_markers(text) == text


@pytest.mark.parametrize("line", [
    "本报告由 li.lei@desk.example.com 于 2024-08-21 下载",
    "本报告由张三下载",
    "zhang@example.org下载使用",
    "下载人：王五",
])
def test_download_stamps_are_removed(line):
    assert clean.remove_stamps("正文" + line + "。").strip() in ("正文。", "正文")


def test_analyst_emails_are_not_stamps():
    text = "分析师：张明远 zhangmy@broker.example.com"
    assert clean.remove_stamps(text) == text


@pytest.mark.parametrize("line,expected", [
    ("12", True), ("- 3 -", True), ("第 4 页 / 共 9 页", True), ("1/22", True),
    ("2024年", False), ("GPT-4", False),
])
def test_page_numbers(line, expected):
    assert clean.is_page_number(line) is expected


def test_disclaimer_lines():
    assert clean.is_disclaimer("请务必阅读正文之后的免责条款部分")
    assert clean.is_disclaimer("敬请参阅末页重要声明及评级说明")
    assert not clean.is_disclaimer("我们认为价格战将推动应用繁荣")


def test_text_pages_split_on_form_feeds():
    assert clean.clean_text_pages("第一页\f第二页\f") == ["第一页", "第二页"]


def test_cells_join_wrapped_text():
    assert clean.cell_text("输入价格\n（元/百万tokens）") == "输入价格（元/百万tokens）"
    assert clean.cell_text("GPT-4o\nmini") == "GPT-4o mini"
    assert clean.column_names(["模型", None, "模型", ""]) == ["模型", "col2", "模型_2", "col4"]


def test_pages_without_fake_bold_are_left_alone():
    text = "同一句话重复两遍也是正常的。同一句话重复两遍也是正常的。"
    assert clean.clean_text_pages(text) == [text]
    assert clean.has_fake_bold("核心摘要核心摘要技术技术:大模型发展大模型发展")


def test_a_converters_inline_latex_is_written_back_as_text():
    # MinerU: a figure it took for a formula, in dollars
    page = ("2024 年实现营业收入 69.27 亿元， $\\mathrm{YoY+}21.03\\%$ ；毛利率$40.52\\%$ ，较上年提升 $1.27\\mathrm{pct}$ ；"
            "同比 $+18\\%/{+}15\\%/{+}10\\%$ 。PB 估值分别为 $0.97/0.89/0.81$ 倍")
    assert clean.plain_math(page) == ("2024 年实现营业收入 69.27 亿元，YoY+21.03%；毛利率40.52%，较上年提升1.27pct；"
                                      "同比+18%/+15%/+10%。PB 估值分别为0.97/0.89/0.81倍")
    # a page with no LaTeX command between dollars keeps its dollars
    assert clean.plain_math("API 定价 $5 和 $10 每百万 tokens") == "API 定价 $5 和 $10 每百万 tokens"


def test_pinyin_a_scrape_flattened_after_its_characters_is_dropped():
    assert clean.drop_ruby_pinyin("智通財經(jīng)APP訊,營業(yè)收入同比上升") == "智通財經APP訊,營業收入同比上升"
    # brackets with no tone mark are the text's own: an English name, a ticker, a unit
    for text in ("模型(GPT-4o)", "收入(yoy)", "北京（Beijing）", "腾讯(00700)"):
        assert clean.drop_ruby_pinyin(text) == text


def test_toneless_pinyin_is_dropped_on_a_page_holding_many():
    # a scrape that lost the tone marks: read as readings where the page holds five or more, never on one alone
    page = "據(ju)《2022年廣東省(sheng)(sheng)公報》,常(chang)(chang)住(zhu)人口(kou)(kou)12656.8萬(wan)人"
    assert clean.drop_ruby_pinyin(page) == "據《2022年廣東省公報》,常住人口12656.8萬人"
    assert clean.drop_ruby_pinyin("某公司(an)与某银行(a)合作") == "某公司(an)与某银行(a)合作"


def test_a_template_marker_drawn_over_words_is_taken_out_of_them():
    # '[Table_Summary]' over '事件：公司近日', letter by letter, as a converter reads the page
    assert clean.untangle_template_markers("[事Ta件ble：_S公u司mm近ar日y]发布年报") == "事件：公司近日发布年报"
    assert clean.untangle_template_markers("# [相Tab关le_报Re告po\n《报告》") == "# 相关报告\n《报告》"
    # brackets that are no marker stay
    for text in ("见[注1]和[A_b]", "[3][7]", "API [gpt_4o] 价格"):
        assert clean.untangle_template_markers(text) == text
    # an identifier in brackets with no words under it stays (a marker named Table_ goes)
    assert clean.untangle_template_markers("见 [Agent_Name] 与 [Table_Summary]") == "见 [Agent_Name] 与 "
    # a marker printed bare among the words goes too; an identifier that only ends in one stays
    assert clean.untangle_template_markers("主要观点:Table_Summary 公司发布") == "主要观点: 公司发布"
    assert clean.untangle_template_markers("评级 Table_Main Table_Title 增持") == "评级   增持"
    assert clean.untangle_template_markers("变量 my_Table_x 不动") == "变量 my_Table_x 不动"


def test_a_preview_under_its_site_s_lines_heals_the_figures_its_chunks_cut():
    # the report's file name and the site's lines first; '1、' opens a paragraph; '2、' and '3、' after a blank line cut
    # figures in two ('26,38' + '1.53', '10.3' + '8')
    site = "样例啤酒-公司研究报告-春燕展翅-240601(25页).pdf\n\n编号:163939 PDF 25页 1.31MB 下载积分:VIP专享\n下载报告请您先登录!\n\n"
    one, two, three = "甲" * 160 + "总市值(百万元)26,38", "1.53 基础数据" + "乙" * 160 + "同比(%)10.3", "8 7.66 8.52"
    dump = f"{site}1、{one}\n\n2、{two}\n\n3、{three}\n"
    assert clean.remove_chunk_markers(dump) == f"{site}{one}{two}{three}\n"
    # an author's numbered sections (a heading over its table's lines), or paragraphs each ending on a stop, stay
    sections = f"标题\n1、主营业务构成\n{'丙' * 160}\n行业 占比 80.18%\n2、行业数字化收入的大幅增长{'丁' * 160}\n3、其他{'戊' * 160}\n"
    assert clean.remove_chunk_markers(sections) == sections
    stops = f"标题\n\n1、{'丙' * 160}。\n\n2、{'丁' * 160}。\n\n3、{'戊' * 160}。\n"
    assert clean.remove_chunk_markers(stops) == stops


def test_a_preview_s_numbered_chunks_are_removed_where_they_cut_words():
    # a document-sharing site's preview: '1、' opens it, each later number cuts wherever the chunk ended
    body = "投资评级:增持" + "甲" * 160
    dump = f"1、 {body}每股收益(元\n2、)每股收益(元) 0.92 0.91{'乙' * 160}生产成\n3、本、市场"
    assert clean.remove_chunk_markers(dump) == f"{body}每股收益(元)每股收益(元) 0.92 0.91{'乙' * 160}生产成本、市场"
    # a list's short numbered items stay
    items = "1、价格下降\n2、调用量上升\n3、份额提升"
    assert clean.remove_chunk_markers(items) == items


def test_a_date_or_year_spaced_out_by_a_pdf_is_one_word_again():
    assert clean.clean_text_page("对应24 年PE 估值16 倍,2020 年 09 月 07 日,1-3 季度出栏") == \
        "对应24年PE 估值16 倍,2020年09月07日,1-3季度出栏"
    # two columns' headers of months: the second column's year is no day of the first's month
    assert clean.clean_text_page("项目 2025 年 7-9 月 2025 年 1-9 月") == "项目 2025年7-9月 2025年1-9月"


def test_a_minus_spaced_from_its_figure_in_a_list_is_its_sign_again():
    assert clean.clean_text_page("同比增长分别为 - 5.0%、16.1%;相对收益分别为1.09%、 - 32.35% [1] - 2024年营收") == \
        "同比增长分别为-5.0%、16.1%;相对收益分别为1.09%、-32.35% [1] - 2024年营收"
    # after a change's words too; a bullet after a citation mark, and a range between years, stay
    assert clean.clean_text_page("营业收入887.33亿元同比 - 8.61%,同比增长 - 5.49%/2.14%,同比变动 - 10.31% [4] - 2024 - 2026年") == \
        "营业收入887.33亿元同比-8.61%,同比增长-5.49%/2.14%,同比变动-10.31% [4] - 2024 - 2026年"


def test_words_spaced_out_letter_by_letter_are_one_word_again():
    from pipeline.clean import join_letter_spaced

    assert join_letter_spaced("2025/2026/2027年 归 母 净 利 润 为 32.8/43.1/56.5 亿 人 民 币") == \
        "2025/2026/2027年归母净利润为 32.8/43.1/56.5 亿人民币"
    # two one-character words, and words of several characters, stay apart (a table's cells)
    assert join_letter_spaced("评级 买 入 公司 甲 乙") == "评级 买 入 公司 甲 乙"
    assert join_letter_spaced("归属 母公司 净利润 100 200") == "归属 母公司 净利润 100 200"


def test_a_sentence_its_emphasis_broke_onto_lines_is_one_line_again():
    from pipeline.clean import join_broken_lines

    page = ("公司当期实现\n总收入74.42亿元\n,同比(假设2024年三季度为65亿元)增长14.5%;\n此外,\n运营成本(oper_cost)同比增长18%\n"
            "(从2024年三季度的38亿元升至2025年三季度的45.45亿元),主要因能耗上涨。\n(一)费用管控弱化\n")
    assert join_broken_lines(page) == ("公司当期实现\n总收入74.42亿元,同比(假设2024年三季度为65亿元)增长14.5%;\n"
                                       "此外,运营成本(oper_cost)同比增长18%(从2024年三季度的38亿元升至2025年三季度的45.45亿元),"
                                       "主要因能耗上涨。\n(一)费用管控弱化\n")
    # a table's unit line under its header, and its rows, stay as they are
    table = "环比变动\n(人民币百万元,另有指明者除外)\n仪器销售业务 | 18.82亿元 | 62.6% |\n(新能源)汽车测试业务 | 4.93亿元 | 16.39% |\n"
    assert join_broken_lines(table) == table


def test_a_double_spaced_copy_s_wrapped_lines_are_joined_again():
    from pipeline.clean import unwrap_prose

    page = ("《经济通通讯社27日专讯》中国中免(01880)(沪:601888)发布2025\n\n年半年度报告,上半年营业收入281.51亿元(人民币.下同),同比下降9.96%;归\n\n"
            "属于上市公司股东的净利润25.99亿元,同比减少20.81%;扣除非经常性损益后的净\n\n利润25.95亿元,同比下滑19.84%。其中,主营业务收入275.31亿元,线下收\n\n"
            "入197.03亿元,线上收入78.28亿元。\n\n\n\n公司业绩受到海南离岛免税市场波动及行业竞争加剧的影响。\n")
    joined = unwrap_prose(page)
    assert "发布2025年半年度报告" in joined and "归属于上市公司股东" in joined and "线下收入197.03亿元" in joined
    assert "\n\n\n\n公司业绩" in joined   # its paragraphs stay apart
    # a page whose paragraphs are a line each, one blank line apart, is no double-spaced copy's wrap: as it is
    paragraphs = "标题:业绩稳健\n\n" + "公司2025年上半年营业收入同比增长10%,归母净利润同比增长12%,费用率下降。" * 6 + "\n\n利润端\n\n下一段。\n\n再下一段。\n"
    assert unwrap_prose(paragraphs) == paragraphs


def test_prose_a_converter_broke_at_the_pages_line_ends_is_joined_again():
    from pipeline.clean import unwrap_prose

    page = ("盈利预测与投资建议:我们预计公司2025-2027年归母净利润分别为68.99、2.07、242.65亿元,对应EPS分\n"
            "别为5.43、0.16、19.09元。2024-2027年归母净利润复合增速为99.6%。给予公司2025年31倍PE,对应目\n"
            "标价168.33元,较当前股价有282.9%的上涨空间。\n"
            "表1:主要财务数据及预测\n营业收入(亿元) 230.16 315.32 372.08\n")
    joined = unwrap_prose(page)
    assert "对应EPS分别为5.43" in joined and "对应目标价168.33元" in joined
    assert joined.endswith("上涨空间。\n表1:主要财务数据及预测\n营业收入(亿元) 230.16 315.32 372.08\n")
    # a table's rows, Markdown or boxed or of figures in cells with units, stay lines of their own
    # one full line on a page is its title, not the page's measure: a title is no half of a sentence
    titled = "示例食品:半年报点评:业绩稳健,C端改善\n预计25-27年营收为29/32/36亿元,同增11%/11%/10%。\n"
    assert unwrap_prose(titled) == titled
    rows = ("- 建議每股末期股息及特別股息合計 60.0港仙 45.0港仙 +33%\n派息比率 26% 26%\n"
            "│归母净利润调整后的数据单位为万元整 │ 289.92│ 632.27│\n│净利润增长率(%) │ -42.82│\n")
    assert unwrap_prose(rows) == rows


def test_a_disclaimer_line_in_traditional_script_is_one_too():
    # a traditional copy's footer ('請務必閲讀正文之後的免責條款部分 2') is furniture as its simplified form is;
    # left in, it was read as a table's caption over the statements below it
    assert clean.is_disclaimer("請務必閲讀正文之後的免責條款部分 2") and clean.is_disclaimer("请务必阅读正文之后的免责条款部分 2")
    assert not clean.is_disclaimer("營業收入 57,774 75,106")


def test_a_running_header_glued_to_a_line_s_end_is_cut_off():
    # a text layer writes the header drawn after a page's first line onto that line: '…116.8公司研究 | 点评报告 示例证券'
    pages = ["公司研究 | 点评报告 示例证券\n营业收入 100 120\n", "可比甲 600005.SH 99.29 136.0 116.8公司研究 | 点评报告 示例证券\n可比乙 1 2\n",
             "营业成本 2 3 维持公司研究\n"]
    out = list(clean.cleaned_pages(pages))
    assert out[1].splitlines()[0] == "可比甲 600005.SH 99.29 136.0 116.8"
    assert out[2].startswith("营业成本 2 3 维持公司研究")  # a part of an edge line only: kept whole


def test_decimal_points_a_copy_made_full_stops_come_back():
    # every decimal a full stop and none a point: the stop between a figure and one or two digits is the point;
    # a sentence's end before a year ('增长5。2025年') and '12月' (December) stay
    page = ("10月份,社会消费品零售总额40271亿元,同比下降0。5。其中,除汽车以外的消费品零售额36575亿元,下降0。9。"
            "110月份,社会消费品零售总额360575亿元,同比增长0。6。12月31日前增长5。2025年")
    assert clean.restore_lost_points(page) == (
        "10月份,社会消费品零售总额40271亿元,同比下降0.5。其中,除汽车以外的消费品零售额36575亿元,下降0.9。"
        "1—10月份,社会消费品零售总额360575亿元,同比增长0.6。12月31日前增长5。2025年")


def test_a_page_with_decimal_points_keeps_its_full_stops():
    page = "毛利率为23.5%。营收增长0。5亿元的部分来自1。2。3号产品"
    assert clean.restore_lost_points(page) == page


def test_a_change_s_percent_set_on_a_line_of_its_own_goes_back_after_its_verb():
    from pipeline.clean import join_broken_lines
    # a web page's emphasis: '总营收66.03亿元,同比增长\n12.3%\n(基于…)' is one sentence; a heading that ends on a
    # verb stays apart from a line opening on a year
    page = "总营收66.03亿元,同比增长\n12.3%\n(基于2024年上半年58.8亿元的营收数据推算);\n一、收入稳步增长\n2025年上半年公司收入…"
    assert join_broken_lines(page) == ("总营收66.03亿元,同比增长12.3%(基于2024年上半年58.8亿元的营收数据推算);\n"
                                       "一、收入稳步增长\n2025年上半年公司收入…")


def test_decimal_points_a_copy_made_spaces_come_back():
    # a scrape that turned every decimal point into a space: a whole number, a space and one or two digits a unit,
    # a percent or a list's separator follows is the figure; a quarter's name before a figure, a date, a count stay
    page = ("2025年上半年实现营收1513 72亿元 同比下降7 28% 归母净利润分别为93 62/122 57亿元 "
            "25Q3 25%的份额 2025 10月 247家企业盈利率回升至59%")
    assert clean.restore_lost_points(page) == (
        "2025年上半年实现营收1513.72亿元 同比下降7.28% 归母净利润分别为93.62/122.57亿元 "
        "25Q3 25%的份额 2025 10月 247家企业盈利率回升至59%")
    # one point printed anywhere: the spaces are spaces
    assert clean.restore_lost_points(page + " 市净率1.2倍") == page + " 市净率1.2倍"


def test_a_figure_set_on_a_line_of_its_own_after_the_word_stating_it_goes_back_on_its_line():
    from pipeline.clean import join_broken_lines
    page = "三季度,科沃斯净利润率(归属母公司股东)约\n11.01%\n(14.18亿元/128.77亿元),较2024年同期大幅提升。\n营业收入\n100.5\n"
    # (a label then a figure with no word asking for it, as a table's cells print one a line, stay apart)
    assert join_broken_lines(page) == ("三季度,科沃斯净利润率(归属母公司股东)约11.01%(14.18亿元/128.77亿元),较2024年同期大幅提升。\n"
                                       "营业收入\n100.5\n")


def test_a_run_of_symbols_sown_after_each_clause_is_dropped():
    # a scrape sows '◈✿✿★' after every clause: a run inside a line that recurs on the page is the copier's
    page = "全国共有幼儿园28.12万所◈✿✿★,比上年增加1.45万所◈✿✿★,增长5.44%◈✿✿★。在园幼儿4713.88万人◈✿✿★。"
    assert clean.drop_glyph_runs(page) == "全国共有幼儿园28.12万所,比上年增加1.45万所,增长5.44%。在园幼儿4713.88万人。"
    # a run standing once (a rating's stars), or a bullet opening a line, is the author's
    for text in ("评级:★★★★", "◆ 营收增长\n◆ 利润增长\n◆ 现金流改善", "★★ 推荐 ★★"):
        assert clean.drop_glyph_runs(text) == text


def test_a_footnote_mark_glued_inside_a_sentence_is_dropped():
    # a bulletin's '[3]' between a name and its figure points to a note; a digest's '[1]' after a stop opens an item
    assert clean.drop_footnote_marks("其中,普惠性幼儿园[3]24.47万所,义务教育阶段[8]招生3488.02万人") == \
        "其中,普惠性幼儿园24.47万所,义务教育阶段招生3488.02万人"
    for text in ("营收增长5%。[1] - 来源:公司公告", "增长5%[2]", "见表[1]"):
        assert clean.drop_footnote_marks(text) == text
