"""verify's `unit_margins` family: a gross margin per unit against the price and the cost per unit."""
from pipeline.document import Document, Page, Source
from pipeline.verify.families import unit_margins


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["reported"], c["verdict"]) for c in unit_margins.find(doc)]


_COAL = ("2025Q1-Q3,公司吨煤售价523 元/吨,同比-39元/吨(-6.9%)。2025Q3,公司吨煤售价513 元/吨,同比-45 元/吨(-8.0%),"
         "环比+15元/吨(+3.0%)。2025Q1-Q3,公司吨煤成本327 元/吨,同比-14 元/吨(-4.0%)。2025Q3,公司吨煤成本328 元/吨,"
         "同比-17 元/吨(-4.8%),环比-2 元/吨(-0.7%)。2025Q1-Q3 公司吨煤毛利{m9} 元/吨,同比-25 元/吨(-11.5%)。"
         "2025Q3 公司吨煤毛利185 元/吨,同比{c3} 元/吨(-13.1%),环比+17 元/吨(+10.2%)。")


def test_a_margin_per_tonne_is_the_price_less_the_cost_of_its_period():
    # 523 − 327 = 196 (the first three quarters), 513 − 328 = 185 (the third); each change so:
    # −39 − (−14) = −25, −45 − (−17) = −28, +15 − (−2) = +17
    assert _checks(_COAL.format(m9="196", c3="-28")) == [
        (196, "consistent"), (-25, "consistent"), (185, "consistent"), (-28, "consistent"), (17, "consistent")]
    # an edited margin, and an edited change
    assert _checks(_COAL.format(m9="169", c3="-26"))[0] == (169, "mismatch")
    assert _checks(_COAL.format(m9="196", c3="-26"))[3] == (-26, "mismatch")


def test_another_product_s_price_or_another_period_s_cost_is_not_the_margin_s():
    # the price of 动力煤 is no price of the company's coal; a cost of Q3 is not the year's
    assert _checks("2025Q3,动力煤售价442元/吨。2025Q3,公司吨煤成本247元/吨。2025Q3,公司吨煤毛利195元/吨。") == []
    assert _checks("2025Q3,吨煤售价442元/吨。2024Q3,吨煤成本247元/吨。2025Q3,吨煤毛利195元/吨。") == []


def test_a_product_with_two_costs_is_judged_on_neither():
    assert _checks("2025Q3,吨煤售价442元/吨,吨煤生产成本200元/吨,吨煤销售成本247元/吨,吨煤毛利195元/吨。") == []


def test_the_unit_in_the_words_and_the_margin_after_its_change():
    # '吨煤销售均价540元' is per tonne by its words; '吨煤毛利同比-27%至164元' is the figure the change came to:
    # 540 − 376 = 164, across the sentences of one period
    text = ("1-3Q25吨煤销售均价540元,同比-13%或-81元。1-3Q25吨煤销售成本376元,同比-5.4%或-22元。"
            "1-3Q25公司总毛利同比-27%至333亿元,对应吨煤毛利同比-27%至{m}元。")
    assert _checks(text.format(m="164")) == [(164, "consistent")]
    assert _checks(text.format(m="146")) == [(146, "mismatch")]
    # a figure in plain 元 whose words name no unit is no price per unit
    assert _checks("1-3Q25销售均价540元。1-3Q25销售成本376元。1-3Q25毛利164元。") == []


def test_the_whole_s_words_and_an_aside_in_brackets():
    # '商品煤吨销售均价' and '吨成本' are one product's; the bracket's half-year price and its period are an aside,
    # so the cost after it is the nine months' still
    text = ("2025年前三季度公司商品煤吨销售均价540元/吨(25年上半年均价439.67元/吨),同比下跌13.0%;吨成本376元/吨,"
            "同比减少5.4%;吨毛利{m}元/吨。")
    assert _checks(text.format(m="164")) == [(164, "consistent")]
    assert _checks(text.format(m="100")) == [(100, "mismatch")]


def test_a_margin_in_万元_per_tonne_its_product_named_once():
    # '2025年上半年碳酸锂单吨售价6.16万元/吨,单吨营业成本4.12万元/吨,单吨毛利2.03万元/吨': 6.16 − 4.12, each to 0.01
    text = "2025年上半年碳酸锂单吨售价6.16万元/吨,单吨营业成本4.12万元/吨,单吨毛利{m}万元/吨。"
    assert [v for _, v in _checks(text.format(m="2.03"))] == ["rounding"]
    assert [v for _, v in _checks(text.format(m="2.23"))] == ["mismatch"]
    # a product's price and another sentence's bare cost are not one product's
    assert _checks("2025年上半年碳酸锂单吨售价6.16万元/吨。单吨营业成本4.12万元/吨,单吨毛利2.03万元/吨。") == []
