"""verify's `volume_price` family: a revenue's growth as (1 + its volume's growth) × (1 + its price's) − 1."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import volume_price


def _checks(text):
    return [(c["reported"], c["verdict"]) for c in volume_price.find(one_page_doc(text))]


@pytest.mark.parametrize("text, judged", [
    # 1.2571 × 0.9316 = 1.17111: 17.12 within the inputs' rounding
    ("中高档酒类实现营收152.13亿元,同比17.12%,量价分别同比+25.71%/-6.84%。", [(17.12, "rounding")]),
    ("中高档酒类实现营收152.13亿元,同比18.12%,量价分别同比+25.71%/-6.84%。", [(18.12, "mismatch")]),
    # one by one, the falls in words: 1.133 × 0.873 = 0.98911
    ("上半年中高档酒收入同比下降1.1%,销量同比增长13.3%,吨价同比下降12.7%。", [(-1.1, "consistent")]),
    ("上半年中高档酒收入同比下降1.1%,销量同比增长13.3%,吨价同比下降11.7%。", [(-1.1, "mismatch")]),
    # a list of parts' revenues: the split's part picks its growth (1.013 × 0.95 = 0.96235)
    ("24年酱油/食醋营收分别为19.6/3.7亿元,分别同比-3.8%/-12.5%,24年酱油量/价分别同比+1.3%/-5.0%。", [(-3.8, "consistent")]),
])
def test_a_revenue_growth_is_its_volume_and_price_growths_compounded(text, judged):
    assert _checks(text) == judged


@pytest.mark.parametrize("text, judged", [
    # a market's retail sales, volume and average price, each with its figure before its growth: 1.002 × 0.952 = 0.9539
    ("2024年前三季度,厨房小家电整体零售额371 亿元,同比下降4.6%;零售量18898 万台,同比上涨0.2%;均价196 元,同比下降4.8%。",
     [(-4.6, "consistent")]),
    ("2024年前三季度,厨房小家电整体零售额371 亿元,同比下降6.6%;零售量18898 万台,同比上涨0.2%;均价196 元,同比下降4.8%。",
     [(-6.6, "mismatch")]),
])
def test_retail_sales_split_into_retail_volume_and_average_price(text, judged):
    assert _checks(text) == judged


@pytest.mark.parametrize("text", [
    # another part's revenue before the split
    "公司营收同比增长10.0%,其中啤酒销量同比增长5.0%,吨价同比增长3.0%。",
    # another period's: the 25Q1 revenue is no base for the 2024 split
    "25Q1食醋收入1亿,同比下降10.6%,2024年食醋量价分别同比-9.50%/-3.33%。",
    # contributions are added points, not growths
    "营收同比增长10.0%,量价分别贡献6.0%/4.0%。",
    # no revenue growth in the sentence
    "公司营收同比增长10.0%。销量同比增长5.0%,吨价同比增长3.0%。",
])
def test_a_split_without_its_own_revenue_growth_is_no_claim(text):
    assert _checks(text) == []


@pytest.mark.parametrize("text, judged", [
    # a digest's three bullets, each naming the part: 1.030 × 1.058 = 1.08974, 8.89 within the inputs' rounding
    ("全球智能手机出货量41.8百万台,略低于上季42.7百万台,但按年增长3.0% [3] - 智能手机平均售价(ASP)按年增长5.8%至1,210.6元 [3]"
     " - 智能手机业务收入按年增长8.89%至506.12亿元 [3]", [(8.89, "rounding")]),
    ("全球智能手机出货量41.8百万台,略低于上季42.7百万台,但按年增长3.0% [3] - 智能手机平均售价(ASP)按年增长5.8%至1,210.6元 [3]"
     " - 智能手机业务收入按年增长9.89%至506.12亿元 [3]", [(9.89, "mismatch")]),
    # the revenue's growth in a headline and again in the body; the price against the year-earlier quarter, named in
    # its clause (1.005 × 0.964 = 0.96882)
    ("ASP降致智能手机收入按年减3.1%\n智能手机业务收入为460亿元,按年减少3.1%。智能手机的ASP由2024年第三季度的每部1,102.2元"
     "下降3.6%至每部1,062.8元。期内公司全球智能手机出货量为43.3百万台,增长0.5%。", [(-3.1, "consistent")]),
])
def test_a_part_s_volume_price_and_revenue_growths_stated_apart(text, judged):
    assert _checks(text) == judged


@pytest.mark.parametrize("text", [
    # the volume's growth against the quarter before is no year-on-year split
    "智能手机出货量41.8百万台,环比增长3.0%。智能手机平均售价按年增长5.8%。智能手机业务收入按年增长8.89%。",
    # another period named between them
    "智能手机出货量按年增长3.0%。2024年第四季度智能手机平均售价按年增长5.8%。智能手机业务收入按年增长8.89%。",
    # two revenue growths of the part that differ: which one is split is not said
    "智能手机出货量按年增长3.0%,智能手机平均售价按年增长5.8%。智能手机收入按年增长8.89%,海外智能手机收入按年增长12.0%。",
])
def test_growths_stated_apart_of_other_periods_are_not_judged(text):
    assert _checks(text) == []


def test_a_price_in_another_currency_than_the_revenue_is_not_judged():
    # the price in dollars, the revenue in yuan: their growths differ by the exchange rate's change (1.028 × 0.861 is
    # −11.5%, the yuan revenue's −10.7%)
    text = ("石油液体销售收入按年下滑10.7%至1439.98亿元。石油液体销量按年增长2.8%至2.9亿桶。"
            "石油液体平均售价按年下降13.9%至{}。")
    assert _checks(text.format("69.15美元")) == [(-10.7, "unverifiable")]
    assert _checks(text.format("490元")) == [(-10.7, "mismatch")]
    # in one sentence too: '实现吨价…美元'
    assert _checks("公司营收同比增长10.0%,销量同比增长5.0%,吨价同比增长3.0%至120美元/吨。") == [(10, "unverifiable")]


@pytest.mark.parametrize("text, judged", [
    # the three listed, one direction for all: 1.136 ÷ 1.032 = 1.1008
    ("国庆假期海南离岛免税销售金额、购物人数、人均购物金额同比分别增长13.6%、3.2%、10%。", [(10, "consistent")]),
    ("国庆假期海南离岛免税销售金额、购物人数、人均购物金额同比分别增长13.6%、3.2%、12%。", [(12, "mismatch")]),
    # one by one, each its direction: 0.9737 ÷ 0.8574 = 1.13564
    ("海南免税行业销售额同比减少2.63%,购物人次减少14.26%,但客单价同比增加13.56%。", [(13.56, "consistent")]),
    ("海南免税行业销售额同比减少2.63%,购物人次减少14.26%,但客单价同比增加15.56%。", [(15.56, "mismatch")]),
])
def test_an_amount_spent_is_its_count_times_its_average(text, judged):
    assert _checks(text) == judged


@pytest.mark.parametrize("skincare, judged", [
    # 0.78 × 1.02 − 1 = −20.4%; 0.89 × 1.13 − 1 = +0.6%; 0.99 × 2.39 − 1 = +136.6% (138 within the integers' rounding)
    ("-20", [(-20, "consistent"), (1, "consistent"), (138, "rounding")]),
    ("-30", [(-30, "mismatch"), (1, "consistent"), (138, "rounding")]),
])
def test_parts_splits_listed_part_by_part_after_their_revenue_growths(skincare, judged):
    text = (f"分业务来看,2025Q3公司护肤/美妆/洗护营收分别同比{skincare}%/+1%/+138%至13.16/2.36/1.79亿元,洗护业务迅速发展。"
            "拆分量价来看,2025Q3公司护肤/美妆/洗护产品均价分别同减22%/11%/1%,销量分别同增2%/13%/139%。")
    assert _checks(text) == judged


@pytest.mark.parametrize("growth, verdict", [("8.4", "consistent"), ("9.4", "mismatch")])
def test_parts_amounts_then_growths_and_a_split_naming_no_parts(growth, verdict):
    # '家装/工程墙面漆收入分别为15.7/18.0亿元,同比+8.4%/-2.3%;销量同比+5.4%/+6.7%,均价同比+2.8%/-8.4%': each part's
    # (1 + 5.4%)(1 + 2.8%) − 1 = 8.35%, (1 + 6.7%)(1 − 8.4%) − 1 = −2.26%
    text = (f"25H1 家装墙面漆/工程墙面漆收入分别为15.7/18.0 亿元,同比+{growth}%/-2.3%;销量同比+5.4%/+6.7%,"
            "均价同比+2.8%/-8.4%。")
    got = dict(_checks(text))
    assert got[float(growth)] == verdict and got[-2.3] == "consistent"


@pytest.mark.parametrize("revenue, verdict", [("26.7", "consistent"), ("24.7", "mismatch")])
def test_a_digest_item_s_revenue_volume_and_price_moves_in_turn(revenue, verdict):
    # (1 − 39.2%) × (1 + 20.5%) − 1 = −26.7%; the level's thousands, '至13,350公斤', end no measure
    text = (f"1﹒金锭:营业额下降{revenue}%至40.63亿元,销量减少39.2%至7914公斤;平均售价 则增长20.5%至每公斤51万元; "
            "2﹒银:营业额下跌4.8%至8280万元,销量减少19.4%至20,540公斤;售价则上升 18.1%至每公斤4031元;")
    assert _checks(text) == [(-float(revenue), verdict), (-4.8, "consistent")]
