"""The price grammar (pipeline/prices.py): amount, currency, per-unit, direction and
qualifiers in any order, a sentence's unit carried to the amounts after it, a table
header's unit applied to the cells under it."""
import pytest

from yanbao import quantities as q


def prices(text):
    return [(text[m.start:m.end], m.value["per_million_tokens"], m.value["currency"], m.value.get("direction"),
             tuple(m.value.get("qualifiers", ()))) for m in q.find_prices(text)]


@pytest.mark.parametrize("text,want", [
    # the unit before the amount, the direction between them
    ("每百万tokens输入降至1元", [("1元", 1, "CNY", "input", ())]),
    ("每百万输入令牌 0.15 美元", [("0.15 美元", 0.15, "USD", "input", ())]),
    ("1元/百万输入tokens", [("1元/百万输入tokens", 1, "CNY", "input", ())]),
    ("每百万 token 价格低至输入 1.5 元", [("1.5 元", 1.5, "CNY", "input", ())]),
    # a per-thousand unit converts exactly; 厘 is a thousandth of a yuan
    ("0.8厘/千tokens", [("0.8厘/千tokens", 0.8, "CNY", None, ())]),
    # 分 (a hundredth) and 角 (a tenth) are a price's unit only with a per-token unit after them
    ("降到输入 0.5 分/百万 token", [("0.5 分/百万 token", 0.005, "CNY", "input", ())]),
    ("3角/千tokens", [("3角/千tokens", 300, "CNY", None, ())]),
    ("$0.000075 / 1K input tokens", [("$0.000075 / 1K input tokens", 0.075, "USD", "input", ())]),
    ("输入token为$0.50/百万", [("$0.50/百万", 0.5, "USD", "input", ())]),
])
def test_one_price_in_any_order(text, want):
    assert prices(text) == want


def test_a_sentence_unit_reaches_every_amount_after_it():
    text = "API 价格每百万 tokens 输入 1 元、输出 2 元，仅为 GPT-4-Turbo 的近百分之一。"
    assert prices(text) == [("1 元", 1, "CNY", "input", ()), ("2 元", 2, "CNY", "output", ())]


def test_day_and_night_prices_with_respectively():
    text = "白天每100万个Token的输入是1元，输出是16元，但夜间分别降至0.25元与4元。"
    assert prices(text) == [("1元", 1, "CNY", "input", ("peak",)), ("16元", 16, "CNY", "output", ("peak",)),
                            ("0.25元", 0.25, "CNY", "input", ("off-peak",)),
                            ("4元", 4, "CNY", "output", ("off-peak",))]


def test_a_unit_after_a_clause_comma_is_the_whole_scale_word():
    # '1元,百万tokens输出…': the ASCII comma ends a clause, not a number, so the unit is
    # 百万 tokens, not the 万 inside it (which priced the next amounts 100 times too high)
    text = "V3和R1的百万tokens输入(缓存命中)价格分别为0.5元和1元,百万tokens输出分别为8元和16元。"
    assert [p[:3] for p in prices(text)] == [("0.5元", 0.5, "CNY"), ("1元", 1, "CNY"), ("8元", 8, "CNY"),
                                            ("16元", 16, "CNY")]
    # a volume stays a volume: '100万tokens' after a number is no unit
    assert prices("送100万tokens,每百万tokens 2元") == [("2元", 2, "CNY", None, ())]


def test_cache_qualifiers_before_or_after_the_amount():
    text = "V3的百万tokens输入(缓存命中)价格为0.5元，输入(缓存未命中)为2元。"
    assert prices(text) == [("0.5元", 0.5, "CNY", "input", ("cached",)), ("2元", 2, "CNY", "input", ("uncached",))]
    text = "每百万 Token 0.5 元缓存命中，2 元缓存未命中"
    assert [p[4] for p in prices(text)] == [("cached",), ("uncached",)]


def test_amounts_listed_before_the_unit_they_share():
    text = "官方定价为$0.40/$1.60(输入/输出每百万tokens)。"
    assert [(p[0], p[1]) for p in prices(text)] == [("$0.40", 0.4), ("$1.60", 1.6)]


def test_what_a_yuan_buys():
    assert prices("1块钱可以买200万tokens") == [("1块钱可以买200万tokens", 0.5, "CNY", None, ())]


def test_a_table_header_unit_applies_to_its_cells():
    text = ("模型名称 | 输入价格(元/千token) | 输出价格(元/千token) |\n---|---|---|\n"
            "DeepSeek-R1 | 0.004 | 0.016 |\nDeepSeek-V3 | 0.002 | 0.008 |\n")
    assert [(p[0], p[1], p[3]) for p in prices(text)] == [
        ("0.004", 4, "input"), ("0.016", 16, "output"), ("0.002", 2, "input"), ("0.008", 8, "output")]


def test_a_caption_unit_applies_to_symbol_amounts_below_it():
    text = "完整价格对比表(每百万Token)\n模型名称 | 输入Token价格 | 输出Token价格 |\nGPT-4o | $2.50 | $10.00 | 128K |\n"
    assert [(p[0], p[1], p[2]) for p in prices(text)] == [("$2.50", 2.5, "USD"), ("$10.00", 10, "USD")]


@pytest.mark.parametrize("text", [
    "公司完成融资10亿元，估值达到200亿美元。",            # money, not a price
    "1 元可以购买 100 万 tokens，单次成本约0.2元。",       # a cost after a price is not a unit price
    "训练数据达 100 万 tokens，团队 10 人。",               # a volume of tokens is not a unit
    "该模型售价 20 美元。",                                  # no unit in reach
    "Grok 4.5 得分65分,排队5分/次。",                        # 分 as a score, or minutes per call
])
def test_not_token_prices(text):
    got = prices(text)
    assert all(p[1] != 0.2 for p in got) and all(p[0] not in ("10亿元", "20 美元") for p in got)
    if "购买" not in text:
        assert got == []


def test_a_unit_never_crosses_a_blank_line():
    text = "价格：每百万tokens\n\n会员费为10元"
    assert prices(text) == []


def test_an_ascii_comma_after_an_amount_ends_it():
    # web text often separates clauses with ASCII commas; '1,234' stays one number
    text = "输入每百万 Token $0.25、输出每百万 Token $1.25,缓存读取每百万 Token $0.025,并提供折扣"
    assert [(p[0], p[1], p[3]) for p in prices(text)] == [
        ("$0.25", 0.25, "input"), ("$1.25", 1.25, "output"), ("$0.025", 0.025, None)]
    assert [p[1] for p in prices("每百万tokens售价1,234元")] == [1234]


def test_a_cost_clause_about_one_directions_tokens_keeps_the_unit():
    text = "每千个输入 token 的费用为 $0.00080,输出 token 的费用为 $0.00240。"
    assert [(p[1], p[3]) for p in prices(text)] == [(0.8, "input"), (2.4, "output")]
    # a cost that counts tokens is a total, not a unit price
    assert [p[1] for p in prices("每百万tokens输入1元，处理100万输出token的总成本约为3元。")] == [1]


def test_a_row_label_unit_reaches_later_rows_of_the_same_table():
    text = ("| 特性 | GPT-5 | GPT-4o |\n|---|---|---|\n| 输入成本 (每 1M tokens) | $5.00 | $2.50 |\n"
            "| 月费 | $20 | $200 |\n| 缓存输入成本 | $2.50 | $1.25 |\n")
    assert prices(text) == [("$5.00", 5, "USD", "input", ()), ("$2.50", 2.5, "USD", "input", ()),
                            ("$2.50", 2.5, "USD", "input", ("cached",)), ("$1.25", 1.25, "USD", "input", ("cached",))]


def test_traditional_cache_words():
    # 快取 is the Taiwan word for 缓存; simplification keeps it
    assert [p[4] for p in prices("輸入每百萬 Token $3、快取讀取 $0.30")] == [(), ("cached",)]


@pytest.mark.parametrize("text,want", [
    # a word between the count and the token word; machine translations say 代币 for tokens
    ("输入每100万个提示词标记$0.57", [("$0.57", 0.57, "USD", "input", ())]),
    ("输出每100万个生成代币$1.71", [("$1.71", 1.71, "USD", "output", ())]),
])
def test_a_modifier_between_the_count_and_the_token_word(text, want):
    assert prices(text) == want


def test_two_prices_written_a_slash_b_after_two_directions():
    text = "Grok Code Fast 1的价格(百万tokens输入/输出价格仅为0.2美元/1.5美元)"
    assert [(p[1], p[3]) for p in prices(text)] == [(0.2, "input"), (1.5, "output")]


def test_a_spaced_one_m_is_a_million():
    assert [(p[1], p[2]) for p in prices("同样 70 B 参数,有的 0.2 美元 / 1 M tokens,有的 3 美元。")] == [(0.2, "USD"), (3, "USD")]


def test_a_price_glued_to_the_word_before_it_as_a_flattened_table_prints_it():
    # a table's cells run together: the currency symbol still opens each price; a bare number
    # inside a word ('Model4') never is one
    assert prices("Sample 4 Max$12/百万token$60/百万token200K32K") == [
        ("$12/百万token", 12, "USD", None, ()), ("$60/百万token", 60, "USD", None, ())]
    assert prices("Model4 每百万tokens 10元") == [("10元", 10, "CNY", None, ())]


def test_a_scale_inside_another_unit_s_word_is_no_per_thousand_tokens():
    # '元/千瓦时' (electricity), '元/千克': 千 is the unit's own, not '/千' tokens; '元/千' alone still is
    assert prices("公司水电平均上网电价为0.285元/千瓦时,同比降低5.94%") == []
    assert prices("猪肉均价3.5元/千克") == []
    assert [p[1] for p in prices("输入0.8元/千,输出2元/千")] == [800, 2000]
