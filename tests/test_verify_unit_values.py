"""verify's `unit_values` family: a figure per unit (an average price per square metre, a price
per tonne) against the amount and the quantity its passage states before it."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def judged(tmp_path, text, family="unit_values"):
    path = tmp_path / "ops.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == family]


def test_an_average_price_from_the_amount_and_the_area_before_it(tmp_path):
    text = ("样例地产公布,10月合同销售金额约64.80亿元,同比下降约8%;合同销售面积约48.00万平方米;"
            "对应的平均销售价格为每平方米{}元。")
    assert judged(tmp_path, text.format("13500")) == [(13500, "consistent", "64.80亿元 ÷ 48.00万平方米")]
    assert judged(tmp_path, text.format("13800"))[0][1] == "mismatch"


def test_a_price_in_ten_thousands_per_unit_and_per_tonne(tmp_path):
    assert judged(tmp_path, "1-9月累计合约销售金额约300亿元,合约销售面积约240万平方米;对应的合约销售均价约为1.25万元/平方米。") == [
        (12500, "consistent", "300亿元 ÷ 240万平方米")]
    assert judged(tmp_path, "三季度实现煤炭销售收入56.0亿元,销量800万吨,煤炭平均售价700元/吨。") == [
        (700, "consistent", "56.0亿元 ÷ 800万吨")]


def test_a_price_per_tonne_named_by_its_word(tmp_path):
    # '吨价…元': the word names the unit a bare yuan figure is per
    text = "2025Q1公司实现营业收入9.00亿元,同比增长10.00%。拆分量价,25Q1公司实现销量25.00万吨,同比增长5.00%;实现吨价{}元。"
    assert judged(tmp_path, text.format("3600.00")) == [(3600.0, "consistent", "9.00亿元 ÷ 25.00万吨")]
    assert judged(tmp_path, text.format("3700.00"))[0][1] == "mismatch"


def test_a_price_s_change_from_the_amount_s_and_the_quantity_s(tmp_path):
    text = ("9月合约销售金额约90.00亿元,按年增加约{}%。9月的合约建筑面积约为50.00万平方米,按年下跌约10.0%。"
            "9月的平均售价约为每平方米人民币18000元,按年增加约44.4%。")
    # 1.30 ÷ 0.90 − 1 = 44.4%
    assert [c[:2] for c in judged(tmp_path, text.format("30.0"))] == [(18000, "consistent"), (44.4, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.format("35.0"))] == [(18000, "consistent"), (44.4, "mismatch")]


def test_a_part_s_price_over_the_part_s_figures_and_no_bracketed_year_before(tmp_path):
    text = ("9月合约销售金额约6.00亿元(上年同期为9.00亿元),其中权益合约销售金额约4.50亿元。销售面积5.00万平方米"
            "(上年同期为6.00万平方米),权益销售面积3.00万平方米;销售均价约每平方米1.20万元,权益销售均价约每平方米1.50万元。")
    assert judged(tmp_path, text) == [(12000, "consistent", "6.00亿元 ÷ 5.00万平方米"), (15000, "consistent", "4.50亿元 ÷ 3.00万平方米")]


def test_no_price_without_its_amount_or_quantity(tmp_path):
    assert judged(tmp_path, "公司煤炭平均售价为650元/吨,同比下降9.9%。") == []
    assert judged(tmp_path, "合同销售金额约80亿元,平均销售价格为每平方米13115元。") == []


def test_the_share_of_an_annual_target_the_year_so_far_has_done(tmp_path):
    text = ("公司将2025年销售目标定为800亿元。今年前9个月,公司累计实现合同销售金额约520亿元,9月单月实现60亿元。"
            "按此计算,今年前9个月,公司完成年度目标约{}%。")
    assert judged(tmp_path, text.format("65"), "progress") == [(65, "consistent", "520亿元 ÷ 800亿元 × 100")]
    assert judged(tmp_path, text.format("68"), "progress")[0][1] == "mismatch"
    # no year-to-date amount: nothing judged
    assert judged(tmp_path, "公司销售目标为800亿元,9月实现60亿元,完成年度目标约7.5%。", "progress") == []


@pytest.mark.parametrize("share, verdict", [("58", "consistent"), ("68", "mismatch")])
def test_a_target_named_by_its_figure_and_the_amount_its_own_sentence_says_was_done(tmp_path, share, verdict):
    # '完成全年500万人目标的58%': the target's figure before 目标; the amount done is the one of the share's own sentence
    # (290), not the year so far's of the sentence before (655) nor the target before it (900)
    text = ("1—6月,全国城镇新增就业655万人,完成全年900万人目标的73%。"
            f"城镇失业人员再就业290万人,完成全年500万人目标的{share}%。")
    assert judged(tmp_path, text, "progress") == [(73, "consistent", "655万人 ÷ 900万人 × 100"),
                                                  (float(share), verdict, "290万人 ÷ 500万人 × 100")]
    # a single month's amount in the share's sentence is no year so far's
    assert judged(tmp_path, "全年销售目标为800亿元。9月实现60亿元,完成全年800亿元目标的7.5%。", "progress") == []


def test_a_target_in_units_sold_and_last_year_s_amount_is_no_year_to_date(tmp_path):
    text = ("今年前9个月累计汽车销量达326.01万辆,较去年同期的274.79万辆提升18.64%。"
            "全年销量目标为460万辆,以此计算已完成销量目标的{}%。")
    # the year so far's 326.01万辆, not the comparison's base after it
    assert judged(tmp_path, text.format("70.87"), "progress") == [(70.87, "consistent", "326.01万辆 ÷ 460万辆 × 100")]
    assert judged(tmp_path, text.format("71.87"), "progress")[0][1] == "mismatch"
    # a target in another unit than the amount: nothing judged
    assert judged(tmp_path, "今年前9个月累计销量达326万辆。全年营收目标为460亿元,已完成目标的70.87%。", "progress") == []


def test_what_is_left_to_do_is_the_target_less_the_year_so_far(tmp_path):
    text = ("今年前9个月累计汽车销量达326.01万辆。全年销量目标为460万辆。"
            "接下来的3个月时间里,公司还需要售出约{}万辆汽车。")
    assert judged(tmp_path, text.format("134"), "progress") == [(134, "consistent", "460万辆 − 326.01万辆")]
    assert judged(tmp_path, text.format("143"), "progress")[0][1] == "mismatch"
    # what is left in another unit than the target's: nothing judged
    assert judged(tmp_path, "今年前9个月累计销量达326万辆。全年销量目标为460万辆。公司还需实现约300亿元收入。", "progress") == []


def test_a_brewer_s_price_per_tonne_is_over_kilolitres(tmp_path):
    # a brewery counts its volume in 千升 and calls revenue over it 吨价 (a kilolitre of beer weighs about a tonne)
    text = "单Q3营收84.80亿元、同比-3.01%。21Q3公司销量231.3万千升、同比-8.8%;Q3吨价{}元、同比+6.3%。"
    assert judged(tmp_path, text.format("3666.2"))[0] == (3666.2, "consistent", "84.80亿元 ÷ 231.3万千升")
    assert judged(tmp_path, text.format("3766.2"))[0][1] == "mismatch"


def test_a_product_s_price_is_not_its_segment_s_revenue_over_volume(tmp_path):
    # '纯MDI均价18,800元/吨' beside 聚氨酯's revenue and volume: a market price of one product, not the segment's
    text = ("聚氨酯板块营业收入368.88亿元,同比+4.04% - 产量/销量298万吨/303万吨 - 主要产品价格:纯MDI均价18,800元/吨,"
            "聚合MDI均价16,700元/吨,软泡聚醚均价7,800元/吨。")
    assert judged(tmp_path, text) == []
    # a price named by the product its revenue is named by is judged ('煤炭销售收入' … '煤炭平均售价')
    assert judged(tmp_path, "三季度实现煤炭销售收入56.0亿元,销量800万吨,公司煤炭平均售价710元/吨。")[0][1] == "mismatch"


def test_a_volume_in_tonnes_before_a_revenue_is_no_price_per_tonne(tmp_path):
    # '152万吨收入186亿元': 152万吨 sold and 收入186亿元, not a 吨收入 of 186亿元
    assert judged(tmp_path, "聚氨酯板块:Q2销量158万吨收入185亿元 - 石化板块:Q2销量152万吨收入186亿元。") == []


def test_revenue_per_head_sold(tmp_path):
    text = "2024年公司生猪出栏量500万头,生猪销售收入90.0亿元,头均收入{}元。"
    assert judged(tmp_path, text.format("1800")) == [(1800, "consistent", "90.0亿元 ÷ 500万头")]
    assert judged(tmp_path, text.format("1900"))[0][1] == "mismatch"


def test_an_amount_stated_after_its_quantity_and_price(tmp_path):
    # 20.0万吨 × 1.5万元/吨 = 30.0亿元; the amount judged in its own unit
    text = "2024年公司产品销量20.0万吨,销售均价1.5万元/吨,实现收入{}亿元。"
    assert judged(tmp_path, text.format("30.0")) == [(30.0, "consistent", "1.5万元/吨 × 20.0万吨")]
    assert judged(tmp_path, text.format("33.0"))[0][1] == "mismatch"
    # a part's amount after the price, or one in the next bullet, is no product of the two
    assert judged(tmp_path, "2024年公司产品销量20.0万吨,销售均价1.5万元/吨,其中高端产品收入12.0亿元。") == []
    assert judged(tmp_path, "2024年公司产品销量20.0万吨,销售均价1.5万元/吨 - 高端产品营收12.0亿元。") == []


def test_prices_listed_for_parts_over_their_listed_amounts_and_quantities(tmp_path):
    # 4.68亿元 over 167.23万升 is 27.985万元 a kilolitre — a tonne of liquor; 9.24 over 260.49 is 35.47
    text = "25H1新渠道/批发代理实现营收4.68/9.24亿元,新渠道/批发代理分别实现销售量167.23/260.49万升,新渠道/批发代理吨酒价分别为{}/35.47万元。"
    assert [v for _, v, _ in judged(tmp_path, text.format("27.96"))] == ["rounding", "consistent"]
    assert [v for _, v, _ in judged(tmp_path, text.format("28.96"))] == ["mismatch", "consistent"]


def test_a_parcel_carriers_revenue_per_parcel(tmp_path):
    # '单票收入' names its unit, a parcel counted as a 票 or a 件; its change is revenue's over volume's
    text = "10月快递产品收入37.0亿元,同比增长8.0%;业务完成量18.5亿件,同比增长20.0%;单票收入{}元,同比下降10.0%。"
    assert [c[:2] for c in judged(tmp_path, text.format("2.00"))] == [(2.0, "consistent"), (-10.0, "consistent")]
    assert judged(tmp_path, text.format("2.20"))[0][1] == "mismatch"
    # a company publishing its own figures opens a sentence of its own: the industry's revenue over its volume in
    # the sentence before is not its price's
    text = ("4月份全国快递服务企业业务量完成85亿件,同比增长30.8%,业务收入完成823.9亿元,同比增长14.3%。"
            "韵达股份发布4月份经营数据,业务量同比增长22.09%,快递服务单票收入为2.04元,同比下降4.67%。")
    assert judged(tmp_path, text) == []


def test_an_average_price_naming_no_unit_is_per_the_volume_before_it(tmp_path):
    # '整体平均销售单价为11.2万元': 194.5亿元 ÷ 17.4万辆; its change from the two changes (1.973 ÷ 2.073 − 1 = −4.8%)
    text = ("2025年第三季度收入为194.5亿元,同比增长97.3%。第三季度销量达17.4万辆,同比增长107.3%。"
            "整体平均销售单价为{}万元,同比下降4.8%。")
    assert [c[:2] for c in judged(tmp_path, text.format("11.2"))] == [(112000, "rounding"), (-4.8, "consistent")]
    # one far off may be over the product's own sales (单车ASP over car sales): never a mismatch
    far = judged(tmp_path, text.format("15.6"))
    assert far[0][:2] == (156000, "unverifiable")


def test_revenue_per_head_of_the_staff(tmp_path):
    # '员工人数1500人,人均创收200万元': 30.0亿元 ÷ 1500人
    text = "公司2024年营业收入30.0亿元,员工人数1500人,人均创收{}万元。"
    assert [c[:2] for c in judged(tmp_path, text.format("200"))] == [(2000000, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.format("220"))] == [(2200000, "mismatch")]


def test_prices_listed_per_tonne_after_their_changes_with_the_changes_of_amounts_and_quantities(tmp_path):
    # 'PE/PP/焦炭销量yoy+54%/+70%/+2%至83/82/531万吨,营收yoy+53%/+69%/-6%至58/55/75亿元,均价yoy-1%/-1%/-8%至0.71/0.67/0.14万元/吨':
    # 58 ÷ 83, 55 ÷ 82, 75 ÷ 531 (万元/吨), and each price's change the amount's over the quantity's (1.53 ÷ 1.54 − 1 = −0.6%);
    # a flat quantity ('持平') is a change of 0
    text = ("前三季度PE/PP/焦炭销量yoy+54%/+70%/持平至83/82/531万吨,营收yoy+53%/+69%/-6%至58/55/75亿元,"
            "均价yoy-1%/-1%/{}%至0.71/0.67/0.14万元/吨。")
    got = judged(tmp_path, text.format("-6"))
    assert [c[:2] for c in got] == [(0.71, "rounding"), (0.67, "consistent"), (0.14, "consistent"),
                                    (-1, "consistent"), (-1, "consistent"), (-6, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.format("-9"))][-1] == (-9, "mismatch")


def test_a_price_s_change_on_the_period_before_after_its_change_on_the_year_before(tmp_path):
    # '营收11.92亿元(同比-4%,环比-18%),其中销量16.47万吨(同比-4%,环比-13%),均价7236元/吨(同比-0.02%,环比-6%)': 0.82 ÷ 0.87 − 1
    text = ("22Q3聚乙烯实现营收 11.92亿元(同比-4%,环比-18%),其中销量 16.47万吨(同比-4%,环比-13%),"
            "均价 7236元/吨(同比-0.02%,环比-{}%)。")
    assert [c[:2] for c in judged(tmp_path, text.format("6"))] == [(7236, "rounding"), (-0.02, "rounding"), (-6, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.format("9"))][-1] == (-9, "mismatch")


def test_an_asp_naming_no_unit_over_the_volume_before_it(tmp_path):
    # '电动两轮车销量148.67万台,收入44.54亿元,同比增长71.82%,ASP为2,996元': 44.54亿 ÷ 148.67万台; one it does not give is
    # unverifiable (a price naming no unit may be over its product's own sales)
    text = "第三季度电动两轮车销量148.67万台,收入44.54亿元,同比增长71.82%,ASP为{}元,环比增加144元。"
    assert [c[:2] for c in judged(tmp_path, text.format("2,996"))] == [(2996, "consistent")]
    assert judged(tmp_path, text.format("3,296"))[0][1] == "unverifiable"


def test_a_profit_per_vehicle_over_the_profit_and_the_volume_before_it(tmp_path):
    # '单车净利润达到11.1万元' over 归母净利润 13.57亿 and about 1.2万辆 (11.3万, 11.1 within 1.2's rounding); never a revenue
    # over the volume; naming no unit, a profit per unit that does not reproduce may be over one product's volume
    text = "示例客车(600999):点评\n2025Q3公司总销量约1.2万辆,归母净利润13.57亿元,单车净利润达到{}万元。"
    assert [(v, verdict) for v, verdict, _ in judged(tmp_path, text.format("11.1"))] == [(111000, "rounding")]
    assert [verdict for _, verdict, _ in judged(tmp_path, text.format("15.1"))] == ["unverifiable"]
    assert judged(tmp_path, "示例客车(600999):点评\n2025Q3公司总销量1.2万辆,营业收入102.4亿元,单车净利润达到11.1万元。") == []


def test_a_revenue_per_vehicle_naming_no_unit(tmp_path):
    text = "示例客车(600999):点评\n2025Q3公司总销量1.2235万辆,营业收入102.37亿元,单车收入为83.7万元。"
    assert [v for v, verdict, _ in judged(tmp_path, text) if verdict in ("consistent", "rounding")] == [837000]


def test_a_完成率_after_the_target_on_the_openings_not_the_net_change(tmp_path):
    # '前三季度新开酒店1016家,净增592家,全年开店目标1300家,完成率78.15%': 1016 ÷ 1300 (净增592 is no progress to openings)
    text = "2025年前三季度新开酒店1016家,净增592家,全年开店目标1300家,完成率{}%。"
    assert judged(tmp_path, text.format("78.15"), "progress") == [(78.15, "consistent", "1016家 ÷ 1300家 × 100")]
    assert judged(tmp_path, text.format("88.15"), "progress")[0][1] == "mismatch"


def test_a_bare_average_price_over_retail_sales_and_volume(tmp_path):
    # '零售额371 亿元…零售量18898 万台…均价196 元': 371亿 ÷ 18898万台 = 196.3元 a unit (a price naming no unit only
    # confirms: 206 may be over its product's own sales), its change the amount's over the volume's; a share's 成交均价 is
    # no such price
    text = "2024年前三季度,厨房小家电整体零售额371 亿元,同比下降4.6%;零售量18898 万台,同比上涨0.2%;均价{} 元,同比下降{}%。"
    assert [j[:2] for j in judged(tmp_path, text.format("196", "4.8"))] == [(196, "consistent"), (-4.8, "consistent")]
    assert judged(tmp_path, text.format("206", "4.8"))[0][:2] == (206, "unverifiable")
    assert judged(tmp_path, text.format("196", "6.8"))[1][:2] == (-6.8, "mismatch")
    assert judged(tmp_path, "本周成交额371亿元,成交量18898万股,成交均价19.6元。") == []


def test_parts_prices_listed_each_with_its_unit_and_change_after_their_amounts_and_volumes(tmp_path):
    # '…收入分别为122.44亿元(-23.2%)/70.91亿元(-17.9%),销量分别为909万台(-21.4%)/393.1万台(-20.8%),ASP分别为1347元(-2.37%)/
    # 1804元(+3.61%)': each price its part's amount over its volume (122.44亿 ÷ 909万台 = 1347.0), each change theirs divided
    # (0.768 ÷ 0.786 − 1 = −2.29%, −2.37 within the inputs' rounding)
    text = ("示例两轮(01999):年报点评\n分产品看,2024年电动自行车/电动踏板车收入分别为122.44亿元(-23.2%)/70.91亿元(-17.9%),"
            "销量分别为909万台(-21.4%)/393.1万台(-20.8%),ASP分别为{}元(-2.37%)/1804元(+3.61%)。")
    got = [(r, v) for r, v, _ in judged(tmp_path, text.format("1347"))]
    assert got == [(1347, "consistent"), (-2.37, "rounding"), (1804, "consistent"), (3.61, "rounding")]
    assert judged(tmp_path, text.format("1447"))[0][:2] == (1447, "mismatch")


def test_a_heading_s_completion_rate_over_the_target_and_the_year_done_after_it(tmp_path):
    # '销量目标完成率97%。2025年公司销量目标300万辆,完成291.3万辆': 291.3 ÷ 300 = 97.1% (the year done, said 完成)
    text = "2025年新能源车与全球化双主线,销量目标完成率{}%。2025年公司销量目标300万辆,完成291.3万辆,同比+8.5%。"
    assert judged(tmp_path, text.format("97"), "progress") == [(97, "consistent", "291.3万辆 ÷ 300万辆 × 100")]
    assert judged(tmp_path, text.format("95"), "progress")[0][1] == "mismatch"
    # (a rate whose paragraph states no target after it either: nothing judged)
    assert judged(tmp_path, "销量目标完成率97%。\n2025年公司完成291.3万辆。", "progress") == []


def test_a_volume_said_by_its_verb_alone(tmp_path):
    # '出货26万吨' is the volume sold: 62.8亿元 ÷ 26万吨 = 2.42万元/吨, printed 2.4 within its rounding
    text = "25H1公司负极收入62.8亿元,出货26万吨,同比+32.83%,均价{}万元/吨,环比持平。"
    assert judged(tmp_path, text.format("2.4")) == [(24000, "rounding", "62.8亿元 ÷ 26万吨")]
    assert judged(tmp_path, text.format("3.4"))[0][1] == "mismatch"


def test_the_company_s_revenue_a_sentence_before_is_no_amount_of_a_product_s_volume(tmp_path):
    # '对应Q3收入35.75亿元。…公司家装墙面漆销量42.6万吨,…均价5853元/吨': the paint's price is not the company's revenue over it
    text = ("2025年前三季度,公司实现收入93.92亿元;对应Q3收入35.75亿元。\n"
            "在零售端,2025年前三季度,公司家装墙面漆销量42.6万吨,同比+13.0%,均价5853元/吨,同比-1.1%。")
    assert judged(tmp_path, text) == []
    # the company's total volume is the revenue's: '公司实现营业收入102.4亿元。…25Q3公司总销量1.2万辆,单车ASP为84万元'
    text = "2025年第三季度公司实现营业收入102.4亿元。\n25Q3公司总销量1.2万辆,同比+13.38%,单车ASP为84万元。"
    assert [v for _, v, _ in judged(tmp_path, text)] == ["rounding"]


def test_a_price_after_its_move_to_it_per_kilogram(tmp_path):
    # '平均售价则增 加28.3%至每公斤6099元' (the verb split by a wrapped line): 2964万元 ÷ 4860公斤 = 6098.8元
    text = "2﹒银:营业额减少38.7%至2964万元,销量下降52.2%至4860公斤;平均售价则增 加28.3%至每公斤6099元;"
    assert [c[:2] for c in judged(tmp_path, text)] == [(6099, "consistent")]
    assert [c[:2] for c in judged(tmp_path, text.replace("6099", "6199"))] == [(6199, "mismatch")]


def test_a_trades_average_price_from_its_value_and_volume(tmp_path):
    # '共进口原油45710万吨…进口金额为2724.2亿美元…进口平均单价596美元/吨': 2724.2亿 ÷ 45710万 = 596.0
    text = "1—10月我国共进口原油45710万吨,同比下降3.4%;进口金额为2724.2亿美元,同比下降3%;进口平均单价{}美元/吨。"
    assert judged(tmp_path, text.format("596")) == [(596, "consistent", "2724.2亿美元 ÷ 45710万吨")]
    assert judged(tmp_path, text.format("569"))[0][1] == "mismatch"


def test_shares_bought_back_at_their_average_price_make_the_amount_paid(tmp_path):
    # a Hong Kong filing's slash ('1.69元╱股', U+2571) is one: 1.69 × 5000万股 within its rounding is 8433.36万元
    text = ("该公司以集中竞价交易方式已累计回购A股股份数量为5000万股,已回购股份约占该公司总股本的0.56%,成交均价人民币1.69元╱股,"
            "已累计支付的总金额约为人民币{}万元(不含交易费用)。")
    assert judged(tmp_path, text.format("8433.36")) == [(8433.36, "rounding", "1.69元/股 × 5000万股")]
    assert judged(tmp_path, text.format("8833.36"))[0][1] == "mismatch"
