"""meta: company-report fields where the report prints them."""
import pytest

from pipeline import meta
from pipeline.ingest import read_document


@pytest.mark.parametrize("text,want", [
    ("投资评级 买入（维持）", ("买入", "维持")), ("评级：增持 首次", ("增持", "首次")),
    ("优于大市（首次覆盖）", ("优于大市", "首次")), ("跑赢行业 (上调)", ("跑赢行业", "上调")), ("无评级", (None, None)),
])
def test_rating_and_action(text, want):
    assert meta.find_rating(text) == want


@pytest.mark.parametrize("text,want", [
    ("中芯国际 688981.SH", ("中芯国际", "688981.SH")), ("腾讯控股（00700.HK）", ("腾讯控股", "00700.HK")),
    ("网易 NTES.US 公司研究", ("网易", "NTES.US")), ("——中芯国际(688981)季报点评", ("中芯国际", "688981")),
    ("没有代码", (None, None)), ("百威亚太(01876):2025年三季报点评", ("百威亚太", "01876")),  # Hong Kong, bracketed
    ("关注股份阿里巴巴(9988.HK/BABA.US)", ("阿里巴巴", "9988.HK")),  # an industry note's list label
    ("重申买入评级,目标价在港股(9988.HK)114港元", (None, "9988.HK")),  # a phrase, not a name
    ("中通快递-W(02057):盈利改善", ("中通快递", "02057")),  # a share-class mark before the ticker
    ("岱美股份(603730):Q2毛利率改善", ("岱美股份", "603730")),  # 美股 inside a name is no label
    ("美股(BABA.N)116美元", (None, "BABA.N")),
    ("腾讯(700.HK)季报点评:稳中有进", ("腾讯", "700.HK")),  # a Hong Kong code printed without its zeros
    # a press release's full name, its legal form left off, its code after a label in the bracket
    ("无锡药明康德新药开发股份有限公司(股份代码:603259.SH / 2359.HK)发布", ("无锡药明康德新药开发", "603259.SH")),
    # an A-share company's own announcement: its code and short name after their labels
    ("证券代码:000712 证券简称:锦龙股份 公告编号:2012-27", ("锦龙股份", "000712")),
    ("证券代码：600519  证券简称：贵州茅台  公告编号：临2024-001", ("贵州茅台", "600519")),
    ("公司代码:603613 公司简称:国联股份\n", ("国联股份", "603613")),
    # a first page run into one line: its date's last character and its rating before the name
    ("证券研究报告 | 2025年09月16日优于大市豪威集团(603501.SH)上半年净利润同比增长 48%", ("豪威集团", "603501.SH")),
    # a description ending in 公司 before the name
    ("全球知名公司海康威视(002415.SZ)经营业绩实现了逆转。", ("海康威视", "002415.SZ")),
    # a verb's object: what was done to the company comes before its name
    ("锂业务贡献了雅化集团(002497.SZ)超过九成的净利润。", ("雅化集团", "002497.SZ")),
    # the short name it goes by, given in the bracket with its code
    ("提起“重庆登康口腔护理用品股份有限公司(以下简称“登康口腔”,001328.SZ)”,可能会让人感到有些陌生", ("登康口腔", "001328.SZ")),
])
def test_company_and_ticker(text, want):
    assert meta.find_company(text) == want


@pytest.mark.parametrize("text,labels,want", [
    ("目标价格 129.48 元", "目标价格?", {"value": 129.48, "currency": "CNY"}),
    ("目标价： 港币：63.00 人民币：119.00", "目标价格?", {"value": 63.0, "currency": "HKD"}),
    ("股价（2025年05月09日） 85.83 元", "股价", {"value": 85.83, "currency": "CNY"}),
    ("收盘价 43.00 港元", "收盘价", {"value": 43.0, "currency": "HKD"}),
    ("股价走势图 2024", "股价", None),
    ("目标价 18.00-20.00元", "目标价格?", None),        # a range is no one price
    ("合理估值区间 18.00~20.00元", "合理估值", None),
    # a multiple the price is put at, a figure after the sentence ended, a date: no price
    ("EPS分别为1.52/1.78元,对应当前股价PE为8.85/7.55倍", "当前股价", None),
    ("维持盈利预测和目标价,维持增持评级。2023前三季度营收1562亿", "目标价", None),
    ("维持盈利预测和目标价,维持增持评级。维持目标价11.13元", "目标价", {"value": 11.13, "currency": "CNY"}),
    ("备注 股价为 9 月 4日收盘价", "股价", None),
    # the price's move against an index: the figure is the index's
    ("近一个月股价表现优于标普500指数", "股价", None),
    # a multiple's row naming the price it is at, a digest's reference mark after another word: no price
    ("|P/E(现价&最新摊薄)|13.93|13.70|", "(?<!实)现价", None),
    ("分红率规划凸显长期持股价值 [14] 根据相关目录", "股价", None),
])
def test_prices(text, labels, want):
    assert meta.find_price(text, labels) == want


def test_analysts_are_read_from_the_rows_above_their_certificate_numbers():
    rows = ["蒯剑 021-63325888*8514", "kuaijian@orientsec.com.cn", "执业证书编号：S0860514050005",
            "韩潇锐 hanxiaorui@orientsec.com.cn", "执业证书编号：S0860523080004",
            "仅供 张三(zhangsan@abc.com) 使用"]
    got = meta.find_analysts_in_rows(rows)
    assert got == [{"name": "蒯剑", "sac_id": "S0860514050005"}, {"name": "韩潇锐", "sac_id": "S0860523080004"}]


@pytest.mark.parametrize("text,want", [
    ("股价（2025年05月09日） 85.83 元\n报告发布日期 2025 年 05 月 11 日", "2025-05-11"),
    ("市场数据(2025-05-15)\n发布日期：2025 年 05 月 16 日", "2025-05-16"),
    ("资料来源：Wind，上海证券研究所（2025年04月17日收盘价）\n2025年04月21日", "2025-04-21"),
    ("证券研究报告\n2024年8月20日\n本报告由 x@y.com 于 2024-08-21 下载", "2024-08-20"),
])
def test_the_report_date_is_not_a_data_date(text, want):
    assert meta.report_date(text) == want


@pytest.mark.parametrize("lines,title", [
    ([("中芯国际（00981.HK）", 22), ("工业与汽车触底反弹，良率影响短期营收", 20), ("正文", 10), ("正文二", 10)],
     "工业与汽车触底反弹，良率影响短期营收"),
    ([("——技术择时系列研究", 15), ("结合改进HHT模型和分类算法的交易策略", 14), ("深度研究", 14), ("正文", 10)],
     "结合改进HHT模型和分类算法的交易策略"),
    ([("量化专题报告", 22), ("不同交易者结构下的动量与反转", 20), ("正文", 10), ("正文二", 10)], "不同交易者结构下的动量与反转"),
    ([("买入（首次）", 20), ("晶圆制造龙头，领航国产芯片新征程", 18), ("正文", 10)], "晶圆制造龙头，领航国产芯片新征程"),
])
def test_the_title_is_not_a_ticker_line_a_subtitle_a_report_kind_or_a_rating(lines, title):
    from pipeline.layout import Line

    lines = lines + [("正文一行，说明研究的背景与结论。", 10)] * 6  # a page is mostly body text
    built = [Line(text=t, x0=50, x1=50 + 10 * len(t), top=80 + 30 * i, bottom=80 + 30 * i + size, size=size)
             for i, (t, size) in enumerate(lines)]
    assert meta.from_pdf_lines(built)["title"] == title


def test_a_date_that_opens_a_narrative_clause_is_not_the_reports_date():
    text = ("1月15日,科大讯飞举办了一场发布会。\n虽然低调,但发布的却是深度推理大模型。\n针对芯片的焦虑。\n"
            "回首过往,九次升级。\n2023年5月6日,讯飞星火大模型发布会上,灯光璀璨。\n")
    assert meta.report_date(text) is None
    assert meta.report_date("示例证券研究报告\n2025年5月12日\n" + text) == "2025-05-12"
    # a news item's dateline opens its first sentence: that one is the date
    assert meta.report_date("标题\n（本报讯）2024年5月21日，阿里云宣布降价。") == "2024-05-21"


def test_market_data_followed_by_a_line_opening_with_a_figure():
    # "19,405" was read as 19: the figure-row guard looked past the line's end at "2025-2027年…"
    # and the number gave back digits until it could end
    rows = "总股本（百万股） 19,405\n2025-2027年BVPS为18.45元\n总市值（百万元） 132,924.25\n3.5%"
    market = meta.find_market(rows)
    assert (market["总股本"]["value"], market["总市值"]["value"]) == (19405, 132924.25)
    assert meta.find_market("市净率 5.0 4.8 4.8 4.6") == {}  # a forecast table's row is not market data


def test_a_price_label_ending_a_line_does_not_take_the_next_lines_figures():
    # a title ending "上调目标价" read the 2024 of the next line as the target
    rows = "示例控股(09999.HK)：利润率持续提升，上调目标价\n公司2024年收入554.10亿元\n目标价（港元） 68.00"
    assert meta.find_price(rows, r"目标价格?|目标价位") == {"value": 68.0, "currency": "HKD"}
    # a label whose figure stands alone on the next line is still read
    assert meta.find_price("目标价格：\n 129.48 元", r"目标价格?|目标价位") == {"value": 129.48, "currency": "CNY"}


def test_market_data_before_a_comma_and_a_figure():
    # "流通市值43亿元,52周…": the unit is kept though a comma and a digit follow it
    market = meta.find_market("总市值163亿元,流通市值43亿元,52周内最高/最低价为59.49 / 25.93元")
    assert market["流通市值"] == {"value": 43.0, "unit": "亿元", "printed": "43"}


def test_market_data_labels_joined_to_their_figures_by_a_verb():
    market = meta.find_market("总市值146,077百万元,总股本/流通A股为18,351/18,351百万股")
    assert market["总股本"]["value"] == market["流通股本"]["value"] == 18351 and market["总股本"]["unit"] == "百万股"


def test_a_pair_of_labels_after_any_word_and_two_figures_after_one_label():
    # '…元之间总股本/流通A股为554/553百万股': a pair of labels is market data whatever word stands before it
    market = meta.find_market("52周股价波动在68.65 - 173.99元之间总股本/流通A股为554/553百万股总市值/流通市值为74185/74029百万元")
    assert (market["总股本"]["value"], market["流通股本"]["value"]) == (554, 553)
    assert (market["总市值"]["value"], market["流通市值"]["value"]) == (74185, 74029)
    # two figures after one label (its pair's first label not read): which is the label's is not said
    assert meta.find_market("之间总股/流通A股为554/553百万股") == {}


def test_a_site_s_listing_row_is_not_the_title(tmp_path):
    # 'date | broker | analyst | rating | …': a row of short fields, not a headline
    path = tmp_path / "r.txt"
    path.write_text("2024-05-09 | 太平洋 | 分析师甲 | 买入 | 维持 | 查看详情 |\n示例银行(002999) 事件:示例银行发布2023年年度报告,"
                    + "报告期内公司实现营业收入38.65亿元,同比+2.25%;" * 4 + "\n", encoding="utf-8")
    assert read_document(path).meta.title is None
    path.write_text("示例银行|业绩稳健 | 息差企稳\n正文。\n", encoding="utf-8")
    assert read_document(path).meta.title == "示例银行|业绩稳健 | 息差企稳"


def test_a_site_s_chrome_above_its_breadcrumb_is_not_the_title(tmp_path):
    # a site's slogan and account above '网站首页 > 精选研报 正文': the title is the line below the breadcrumb
    path = tmp_path / "r.txt"
    path.write_text("示例网是一个专注于股票软件、股票公式资源分享的平台\n微信公众号:示例指标\n\n网站首页 > 精选研报 正文\n\n"
                    "示例科技(603999)季报点评:业绩符合预期\n\nadmin 2025-11-20 01:13:09 精选研报 12 ℃\n正文。\n", encoding="utf-8")
    assert read_document(path).meta.title == "示例科技(603999)季报点评:业绩符合预期"
    # a crumb run into its arrow before 正文 ('热门资讯> 正文'), a language switch above it
    path.write_text("繁體\n  • 简体中文\n  • 繁體中文\n\n熱門資訊> 正文\n\nV觀財報|示例企業上半年淨利同比升33.2%\n\n正文。\n",
                    encoding="utf-8")
    assert read_document(path).meta.title == "V观财报|示例企业上半年净利同比升33.2%"
    # a site's dateline run into a paragraph: the body has begun, no title
    path.write_text(" date 2025-12-18 " + "示例科技已通过港交所上市聆讯,接下来即将进入路演和招股阶段。" * 4 + "\n短标题行在正文之后\n",
                    encoding="utf-8")
    assert read_document(path).meta.title is None


def test_a_close_before_its_label_and_multiples_after_it(tmp_path):
    # '对应10月28日38.04元的收盘价5.6/5.5/5.4x PE': 5.6 opens a list of multiples, the close is before the label
    assert meta.find_price("对应10月28日38.04元的收盘价5.6/5.5/5.4x PE", r"收盘价") is None
    assert meta.close_before_its_label("对应10月28日38.04元的收盘价5.6/5.5/5.4x PE") == {"value": 38.04, "currency": "CNY"}
    assert meta.close_before_its_label("以8.50港元的收盘价计算")["currency"] == "HKD"


def test_two_labels_sharing_one_figure_and_an_approximate_one():
    # '总股本与流通A股均为5.10亿股': one figure for both labels; '公司' before a label; 约为
    market = meta.find_market("公司总股本与流通A股均为5.10亿股,总市值约为93.60亿元")
    assert market["总股本"]["value"] == market["流通股本"]["value"] == 5.1 and market["总股本"]["unit"] == "亿股"
    assert market["总市值"] == {"value": 93.6, "unit": "亿元", "printed": "93.60"}
    # two labels joined by a word with one figure and no 均: which label has it is not said
    assert meta.find_market("总股本与流通股本分别为5.10亿股") == {}


def test_a_market_value_said_of_the_current_price():
    # '当前股价25.00元,对应总市值200亿元' is market data; a target's or a forecast year's value is not
    assert meta.find_market("公司总股本8.00亿股,当前股价25.00元,对应总市值200亿元")["总市值"]["value"] == 200
    assert "总市值" not in meta.find_market("给予目标价27元,对应总市值216亿元")
    assert "总市值" not in meta.find_market("预计2026年对应总市值300亿元")


def test_a_fair_value_is_the_target(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("示例科技(688999.SH)：季报点评\n股价（2025年5月9日） 15.00元\n合理价值 18.00元\n公司发布一季报。", encoding="utf-8")
    m = read_document(path).meta
    assert (m.price.value, m.target_price.value) == (15.0, 18.0)


def test_a_text_opening_with_a_paragraph_has_no_title_below_it(tmp_path):
    # the body has begun: a short line further down ('盈利预测与投资建议。…') is a paragraph of it
    body = "受需求波动影响,上半年业绩承压。" + "公司发布2023年中报,上半年实现营业收入13.42亿元,同比下降14.22%;" * 3
    path = tmp_path / "r.txt"
    path.write_text(f"{body}\n盈利预测与投资建议。预计公司23年实现EPS 0.73元/股。\n", encoding="utf-8")
    assert read_document(path).meta.title is None
    path.write_text(f"示例科技:中报点评\n{body}\n", encoding="utf-8")
    assert read_document(path).meta.title == "示例科技:中报点评"


def test_a_reprint_s_note_of_its_source_is_not_the_title(tmp_path):
    # '(来源:光伏Time)' and '(以下内容从…研报附件原文摘录)' say where the text comes from: the line after is the title
    path = tmp_path / "r.txt"
    path.write_text("(以下内容从中国银河《25Q3业绩点评》研报附件原文摘录)\n阳光电源(300274)\n事件:25Q1-3营收664.02亿元。\n",
                    encoding="utf-8")
    assert read_document(path).meta.title == "阳光电源(300274)"
    # a title with words outside its bracket is a title
    path.write_text("(更新)阳光电源三季报点评:业绩高增\n正文。\n", encoding="utf-8")
    assert read_document(path).meta.title == "(更新)阳光电源三季报点评:业绩高增"


def test_a_reprint_s_original_title_is_the_title(tmp_path):
    # a reprint under no title of its own gives the one it had: '(原标题:伊利股份:强成长、高分红…)'
    path = tmp_path / "r.txt"
    path.write_text("(原标题:示例股份:强成长、高分红)\n中报季已经落下帷幕,今年上半年营收总计35.01万亿元。\n", encoding="utf-8")
    assert read_document(path).meta.title == "示例股份:强成长、高分红"


def test_a_summary_s_market_data_named_市价_and_市值(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("示例食品:三季报点评\n总股本293.29百万股 流通股本293.29百万股 市价91.79元 市值26,921.48百万元 "
                    "流通市值26,921.48百万元\n", encoding="utf-8")
    m = read_document(path).meta
    assert m.price.value == 91.79 and m.market["总市值"].printed == "26,921.48" and m.market["流通市值"].unit == "百万元"


def test_a_share_count_named_已发行总股本_in_a_scale_alone(tmp_path):
    # Hong Kong notes: '已发行总股本 6,524 百万' (of shares), the next label opening with a figure ('52周')
    path = tmp_path / "r.txt"
    path.write_text("样例集团(2858HK):三季度业务稳步增长\n现价 0.94 港元 总市值 6,133 百万港元 已发行总股本 6,524 百万 "
                    "52周价格区间 0.47–1.17 港元\n", encoding="utf-8")
    m = read_document(path).meta
    assert (m.market["总股本"].value, m.market["总股本"].unit) == (6524.0, "百万股")
    assert m.market["总市值"].unit == "百万港元"


def test_a_target_labelled_目标股价_is_no_close_and_market_data_between_bullets(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("样例科技(09999):首次覆盖\n给予2X的市销率,对应目标股价5.17HKD,较最新收盘价+18%,给予“增持”评级。\n"
                    "交易数据 - 总市值(百万元):309,775 - 总股本/流通 A 股(百万股):9,620/0 - 每股净资产(元):30.29 - 市净率(现价)\n",
                    encoding="utf-8")
    m = read_document(path).meta
    assert m.price is None and m.target_price.value == 5.17
    assert (m.market["总市值"].value, m.market["总股本"].value, m.market["每股净资产"].value) == (309775.0, 9620.0, 30.29)
    # a label run together with the heading before it: '基本状况总股本(百万股)3,120'
    assert meta.find_market("基本状况总股本(百万股)3,120流通股本(百万股)3,120")["总股本"]["value"] == 3120.0


def test_a_realized_selling_price_is_no_close(tmp_path):
    # '原油平均实现价格74.70美元/桶' holds 现价 but is what the oil sold for
    path = tmp_path / "r.txt"
    path.write_text("样例石油(601999):年报点评\n维持“买入”评级。公司原油平均实现价格74.70美元/桶,同比降2.5%。\n",
                    encoding="utf-8")
    assert read_document(path).meta.price is None


def test_a_year_after_the_word_for_the_price_is_no_price():
    # '按2026年1月13日股价计算,公司2025年预测市盈率为20倍': 2025 is a year, not a close
    from pipeline.meta import find_price
    assert find_price("按2026年1月13日股价计算,公司2025年预测市盈率为20倍", r"股价") is None
    assert find_price("当前股价:12.34元", r"当前股价|股价")["value"] == 12.34


def test_a_newspaper_named_after_a_broker_s_words_is_no_broker():
    # 上海证券报 is a paper; 上海证券 a broker
    assert meta.find_broker(["2012-07-20 来源:上海证券报\n证券代码:000712"]) is None
    assert meta.find_broker(["上海证券研究所 分析师"]) == "上海证券"


def test_a_company_s_own_announcement_has_no_broker(tmp_path):
    # a results flash names the broker it holds shares in: a holding, not the report's author
    path = tmp_path / "flash.txt"
    path.write_text("广东锦龙发展股份有限公司关于2012年上半年业绩快报的公告\n证券代码:000712 证券简称:锦龙股份 公告编号:2012-27\n"
                    "公司2012年上半年净利润同比下降的主要原因是公司持有40%股权的东莞证券有限责任公司经营效益同比下降。\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert (doc.meta.company, doc.meta.ticker, doc.meta.broker) == ("锦龙股份", "000712", None)


def test_market_data_in_a_header_whose_brackets_name_currency_and_scale_apart():
    # '发行股数 (百万)' is the share count; '总市值 (人民币 百万)' is 百万元; '3 个月日均交易额' opens the next label,
    # not a row of figures after 总市值
    market = meta.find_market("发行股数 (百万) 7,578.06 流通股 (百万) 7,578.05 总市值 (人民币 百万) 159,972.85 "
                              "3 个月日均交易额 (人民币 百万) 3,171.89")
    assert market["总股本"] == {"value": 7578.06, "unit": "百万股", "printed": "7,578.06"}
    assert market["总市值"] == {"value": 159972.85, "unit": "百万元", "printed": "159,972.85"}
    assert meta.find_market("总市值 (HK$ 百万) 1,200")["总市值"]["unit"] == "百万港元"


def test_a_market_price_is_the_close():
    assert meta.find_price("601012.SH 买入 原评级:买入 市场价格:人民币 21.11 板块评级:强于大市",
                           r"当前股价|最新股价|当前价格?|(?<!实)现价|市价|市场价格") == {"value": 21.11, "currency": "CNY"}
    # a market's price moving is no close
    assert meta.find_price("市场价格下跌5%", r"市场价格") is None


def test_a_story_naming_the_company_by_its_code_then_as_公司_publishing():
    from pipeline.verify.checks import opening_publisher
    text = ("智通财经APP获悉,李宁(02331)高开6%,截止发稿涨6%,报45.95港元。\n"
            "消息面上,公司昨日晚间公告,截至2023年6月30日止6个月业绩,收入上升13.0%至140.19亿元人民币。")
    assert opening_publisher(text) == "李宁"
    # two companies named by their codes: which one 公司 is is not known
    assert opening_publisher(text.replace("李宁(02331)高开6%", "李宁(02331)与安踏(02020)高开")) is None


def test_a_column_s_dateline_and_a_byline_naming_its_source_are_furniture_above_the_story(tmp_path):
    from pipeline.ingest import read_document
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "story.txt"
    path.write_text("净利增速跑赢营收,海天味业为何仍遭市场“冷眼”?\n\n经导深观 |  2025-11-05 10:59:45 原创\n\n石潇懿来源:大众新闻·经济导报\n\n"
                    "10月29日,海天味业(603288.SH)披露了2025年三季度财报。数据显示,今年前三季度,公司实现营收216.28亿元。\n",
                    encoding="utf-8")
    assert is_company_report(read_document(path))


def test_a_filing_s_title_in_a_news_site_s_bracket_is_the_company_s_own_report(tmp_path):
    # '(原标题:五矿新能源材料(湖南)股份有限公司2025年第三季度报告)' over '证券代码:688779 证券简称:五矿新能'
    from pipeline.ingest import read_document
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "filing.txt"
    path.write_text("(原标题:示例新能源材料(湖南)股份有限公司2025年第三季度报告)\n证券代码:688779 证券简称:示例新能\n"
                    "一、主要财务数据\n营业收入 2,150,228,759.79,比上年同期增长69.79%;\n", encoding="utf-8")
    assert is_company_report(read_document(path))


def test_a_first_page_s_close_of_the_day_before_and_tradable_parts_named_流通_alone(tmp_path):
    # '昨收盘:9.36', '总股本/流通(亿股) 90.61/84.59 总市值/流通(亿元) 848.09/791.75': 流通 after a label is its tradable part
    from pipeline.ingest import read_document
    path = tmp_path / "page.txt"
    path.write_text("招商蛇口2025年三季报点评:毛利率同比提升\n公司点评 买入 / 维持 招商蛇口(001979) 目标价: 昨收盘:9.36 股票数据 "
                    "总股本/流通(亿股) 90.61/84.59 总市值/流通(亿元) 848.09/791.75 12 个月内最高/最低价(元) 13/8.43\n", encoding="utf-8")
    meta = read_document(path).meta
    assert meta.price.value == 9.36
    assert {k: (q.value, q.unit) for k, q in meta.market.items()} == {
        "总股本": (90.61, "亿股"), "流通股本": (84.59, "亿股"), "总市值": (848.09, "亿元"), "流通市值": (791.75, "亿元")}


def test_a_forum_s_dateline_is_no_title():
    from pipeline.meta import _text_title
    # '股吧首页 > 古茗吧 > 正文' … '发表于 2025-08-26 19:57:50 股吧网页版', then the story's headline
    text = ("股吧首页 > 古茗吧 > 正文\n  • 最近访问:\n发表于 2025-08-26 19:57:50 股吧网页版\n"
            "古茗上半年营收56.63亿元 门店近1.12万家\n来源:证券时报网\n")
    assert _text_title(text) == "古茗上半年营收56.63亿元 门店近1.12万家"


def test_a_date_after_于_is_an_event_on_an_opening_line_too():
    # a story's second line: '原正极材料业务于2021年9月1日起不再纳入' is when something happened, not the story's date
    text = ("8月11日盘后,杉杉股份发布2022年半年度报告,上半年实现营业收入约107.71亿元。\n"
            "报告表示营业收入同比增幅较小,主要系公司原正极材料业务于2021年9月1日起不再纳入公司合并报表。\n")
    assert meta.report_date(text) is None
    # (a page saying when it was published keeps that date)
    assert meta.report_date("标题\n发布于2025年8月29日\n正文。\n") == "2025-08-29"


def test_a_download_site_s_line_on_the_shared_file_names_the_title(tmp_path):
    # the file's name, shared by a member, is the report's title (the line itself runs too long to be one)
    share = ("《样例生物-公司研究报告-24年业绩表现亮眼25年拟推出股权激励-250509(16页).pdf》由会员分享,可在线阅读,更多相关"
             "《样例生物-公司研究报告-24年业绩表现亮眼25年拟推出股权激励-250509(16页).pdf(16页珍藏版)》请在三个皮匠报告上搜索。")
    path = tmp_path / "r.txt"
    path.write_text(f"{share}\n1、 公司2024年实现营业收入14.43亿元。\n", encoding="utf-8")
    assert read_document(path).meta.title == "样例生物-公司研究报告-24年业绩表现亮眼25年拟推出股权激励-250509(16页)"


def test_an_h_share_s_price_is_in_hong_kong_dollars():
    # 'H股价(2025/05/06)22.90': the H share's close, in HKD, though the line names no currency
    assert meta.find_price("产业别为家用电器,H股价(2025/05/06)22.90,恒生指数", "股价") == {"value": 22.9, "currency": "HKD"}
    assert meta.find_price("A股股价(2025/05/06)22.90", "股价") == {"value": 22.9, "currency": "CNY"}


def test_a_download_sites_filing_title_by_code_and_name_is_the_company_s_own_report(tmp_path):
    # '02602 万物云 公告及通告:截至2025年6月30日止六个月的未经审核中期业绩公告'
    from pipeline.ingest import read_document
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "filing.txt"
    path.write_text("02602 示例云 公告及通告:截至2025年6月30日止六个月的未经审核中期业绩公告\n业绩摘要\n"
                    "报告期内收入为人民币18,137.5百万元,同比增长3.1%。\n", encoding="utf-8")
    assert is_company_report(read_document(path))
    path.write_text("02602 示例云 公告及通告:董事会会议召开日期\n本公司谨此宣布董事会会议将于2025年8月召开。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))
