"""Table-driven cases per quantity kind, and round trips of Chinese-unit numbers."""
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import quantities as q

ANCHOR = q.DateContext(anchor=dt.date(2024, 8, 15))


def one(found, text):
    assert len(found) == 1, f"{text!r}: {[(text[m.start:m.end], m.value) for m in found]}"
    m = found[0]
    return text[m.start:m.end], m.value


PARAMS = [
    ("参数量达到1746亿", "1746亿", 174_600_000_000, False),
    ("共1,746亿个参数", "1,746亿", 174_600_000_000, False),
    ("包含1.8万亿参数", "1.8万亿", 1_800_000_000_000, False),
    ("约两千亿参数", "两千亿", 200_000_000_000, False),
    ("一个175B模型", "175B", 175_000_000_000, False),
    ("规模达1.8T", "1.8T", 1_800_000_000_000, False),
    ("Mixtral采用8x7B结构", "8x7B", 56_000_000_000, True),
    ("千亿级参数的模型", "千亿级", 100_000_000_000, True),
    ("万亿级别参数", "万亿级别", 1_000_000_000_000, True),
    ("百亿级参数", "百亿级", 10_000_000_000, True),
    ("超过130億個參數的模型", "130億", 13_000_000_000, False),
    ("在 500 億參數以上", "500 億", 50_000_000_000, False),
]


@pytest.mark.parametrize("text,surface,count,approx", PARAMS)
def test_parameter_counts(text, surface, count, approx):
    got, value = one(q.find_param_counts(text), text)
    assert (got, value["count"], value["approx"]) == (surface, count, approx)


@pytest.mark.parametrize("text", [
    "训练数据量tokens为3000亿", "上下文扩展至100万tokens", "资本支出为571亿美元", "用户数突破1亿", "共15T tokens",
    "T/S 越小，组合次数越大 12 T", "B端客户",
    "这一参数规模不仅在国内处于领先地位",  # a demonstrative before 参数, no count of one
])
def test_not_parameter_counts(text):
    assert q.find_param_counts(text) == []


def test_lists_and_ranges_share_the_kind():
    text = "参数量分别为100亿、500亿和1000亿，从 30 亿参数扩展到了 220 亿"
    assert [text[m.start:m.end] for m in q.find_param_counts(text)] == ["100亿", "500亿", "1000亿", "30 亿", "220 亿"]


PRICES = [
    # text, surface, amount, currency, per, per_million_tokens, direction
    ("输入价格0.001元/千tokens", "0.001元/千tokens", 0.001, "CNY", "1K tokens", 1, "input"),
    ("降至0.5元/百万tokens", "0.5元/百万tokens", 0.5, "CNY", "1M tokens", 0.5, None),
    ("输出价格2元/每百万tokens", "2元/每百万tokens", 2, "CNY", "1M tokens", 2, "output"),
    ("GPT-4o输入价格5美元/百万tokens", "5美元/百万tokens", 5, "USD", "1M tokens", 5, "input"),
    ("每百万输入标记(token)15美分", "15美分", 0.15, "USD", "1M tokens", 0.15, "input"),
    ("每输入100万个Token收费1元", "1元", 1, "CNY", "1M tokens", 1, "input"),
    ("1厘/千tokens", "1厘/千tokens", 0.001, "CNY", "1K tokens", 1, None),
    ("收取每月20美元的订阅费", "20美元", 20, "USD", "month", None, None),
    ("DALL-E 3每张0.04美元", None, None, None, None, None, None),
    ("生成图片0.04美元/张", "0.04美元/张", 0.04, "USD", "image", None, None),
    ("0.0008元/千tokens", "0.0008元/千tokens", 0.0008, "CNY", "1K tokens", 0.8, None),
]


@pytest.mark.parametrize("text,surface,amount,currency,per,pmt,direction", PRICES)
def test_prices(text, surface, amount, currency, per, pmt, direction):
    found = q.find_prices(text)
    if surface is None:
        return  # not every phrasing is a price the tagger must see; must not crash
    got, value = one(found, text)
    assert got == surface
    assert (value["amount"], value["currency"], value["per"], value["per_million_tokens"]) == (amount, currency, per, pmt)
    assert value.get("direction") == direction


def test_price_exactness_through_unit_conversion():
    # floats would give 0.7999999999999999 for 0.0008 × 1000
    _, value = one(q.find_prices("0.0008元/千tokens"), "0.0008元/千tokens")
    assert value["per_million_tokens"] == 0.8 and value["decimals"] == 4


def test_chained_prices_inherit_the_unit():
    text = "输入价格由每百万tokens 10元降至4.5元"
    found = q.find_prices(text)
    assert [(text[m.start:m.end], m.value["per_million_tokens"], m.value["direction"]) for m in found] == [
        ("10元", 10, "input"), ("4.5元", 4.5, "input")]


def test_free_in_a_price_context():
    _, value = one(q.find_prices("ERNIE Lite模型全面免费"), "")
    assert value["free"] and value["amount"] == 0
    assert q.find_prices("免费送货上门") == []


DATES = [
    ("2024年5月6日", "2024-05-06", "day"), ("2024/5/6", "2024-05-06", "day"), ("2024.05.06", "2024-05-06", "day"),
    ("2024-05-06", "2024-05-06", "day"), ("5 月 6 日", "2024-05-06", "day"), ("5月6日", "2024-05-06", "day"),
    ("今年5月", "2024-05", "month"), ("去年12月", "2023-12", "month"), ("26年4月", "2026-04", "month"),
    ("4Q25", "2025-Q4", "quarter"), ("2Q24", "2024-Q2", "quarter"), ("2024Q3", "2024-Q3", "quarter"),
    ("2024年2季度", "2024-Q2", "quarter"), ("2024H1", "2024-H1", "half"), ("2024年上半年", "2024-H1", "half"),
    ("2025E", "2025", "year"), ("2020年", "2020", "year"), ("2000年年底", "2000-12", "month"),
    ("上周", "2024-08-05", "week"), ("2 月份", "2024-02", "month"), ("今年4月18日", "2024-04-18", "day"),
    # in Chinese numerals, as formal notices and Hong Kong announcements write dates
    ("二〇二四年五月二十一日", "2024-05-21", "day"), ("二零二三年十二月三十一日", "2023-12-31", "day"),
    ("二零二四年十月", "2024-10", "month"), ("二零一九年度", "2019", "year"), ("二〇二五年第三季度", "2025-Q3", "quarter"),
    ("二零二四年上半年", "2024-H1", "half"),
]


@pytest.mark.parametrize("text,iso,precision", DATES)
def test_dates(text, iso, precision):
    _, value = one(q.find_dates(text, ANCHOR), text)
    assert (value["date"], value["precision"]) == (iso, precision)


@pytest.mark.parametrize("text,iso", [("于 2025/4/5. 发布", "2025-04-05"), ("2025-04-14.", "2025-04-14"),
                                      ("截至 2025.4.", "2025-04")])
def test_a_full_stop_after_a_date_ends_it(text, iso):
    # an ASCII full stop after the day is punctuation; a version number (2025.4.5.6) is no date
    assert [m.value["date"] for m in q.find_dates(text, ANCHOR)] == [iso]
    assert q.find_dates("版本 2025.4.5.6", ANCHOR) == []


def test_unresolvable_dates_are_kept_not_guessed():
    _, value = one(q.find_dates("5月21日宣布降价"), "")
    assert value["date"] is None and value["unresolved"] == "5月21日"


def test_quarter_without_year_takes_the_year_just_named():
    text = "2023年4季度收入增长，环比3季度提升"
    assert [m.value["date"] for m in q.find_dates(text, ANCHOR)] == ["2023-Q4", "2023-Q3"]


@pytest.mark.parametrize("text,not_a_date", [("6个月以上", "6个月"), ("98页的技术文档", "98页"), ("第12页", "12")])
def test_not_dates(text, not_a_date):
    assert q.find_dates(text, ANCHOR) == []


OTHER = [
    (q.find_money, "合计资本支出为571亿美元", "571亿美元", {"value": 57_100_000_000, "currency": "USD"}),
    (q.find_money, "单台服务器成本为20万美元", "20万美元", {"value": 200_000, "currency": "USD"}),
    (q.find_money, "耗资数亿美元", "数亿美元", {"value": None, "approx_range": [200_000_000, 900_000_000]}),
    (q.find_percents, "同比增长66%", "66%", {"value": 66}),
    (q.find_percents, "降幅-97.5%", "-97.5%", {"value": -97.5, "decimals": 1}),
    (q.find_compute, "3.14*1023FLOPs", "3.14*1023FLOPs", {"value": 3.14e23, "unit": "FLOP"}),
    (q.find_compute, "峰值624TFLOPs", "624TFLOPs", {"value": 624e12, "unit": "FLOP/s"}),
    (q.find_compute, "2.31E+07 PFLOPs", "2.31E+07 PFLOPs", {"value": 2.31e22}),
    (q.find_compute, "INT8 1248 TOPS", "1248 TOPS", {"value": 1248e12, "unit": "OP/s"}),
    (q.find_gpus, "A100 80G SXM的算力", "A100 80G SXM", {"name": "NVIDIA A100 80GB SXM"}),
    (q.find_gpus, "昇腾910B", "昇腾910B", {"name": "Huawei Ascend 910B"}),
    (q.find_tokens, "扩大至100万tokens", "100万tokens", {"value": 1_000_000}),
]


@pytest.mark.parametrize("finder,text,surface,expected", OTHER, ids=[f"{o[0].__name__}-{o[2]}" for o in OTHER])
def test_other_quantities(finder, text, surface, expected):
    got, value = one(finder(text), text)
    assert got == surface
    for key, want in expected.items():
        assert value[key] == pytest.approx(want) if isinstance(want, float) else value[key] == want


CN = [("一千七百四十六亿", 174_600_000_000), ("两千亿", 200_000_000_000), ("十二万三千", 123_000),
      ("三万亿", 3_000_000_000_000), ("一亿两千万", 120_000_000), ("万亿", 10 ** 12), ("十", 10), ("零", 0)]


@pytest.mark.parametrize("text,value", CN)
def test_chinese_numerals(text, value):
    assert q.parse_cn_number(text) == value


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=4),
       st.sampled_from(["万", "亿", "万亿"]))
def test_chinese_unit_round_trip(mantissa, places, unit):
    """A random Decimal written in Chinese units, as reports write it (1746亿, 1.8万亿),
    parses back to itself."""
    number = Decimal(mantissa).scaleb(-places)
    value = number * q.UNIT_MULT[unit]
    text = f"模型共有{number:f}{unit}个参数"
    _, found = one(q.find_param_counts(text), text)
    assert Decimal(str(found["count"])) == value
    assert isinstance(found["count"], int) == (value == value.to_integral_value())


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["千", "百万"]),
       st.integers(min_value=0, max_value=4))
def test_price_per_million_is_exact(units, per, scale):
    amount = Decimal(units).scaleb(-scale)
    text = f"{amount:f}元/{per}tokens"
    _, value = one(q.find_prices(text), text)
    factor = 1000 if per == "千" else 1
    assert Decimal(str(value["per_million_tokens"])) == amount * factor


def test_an_amount_of_compute_may_carry_a_chinese_multiplier():
    from pipeline import quantities as q

    (m,) = q.find_compute("每个token的推理计算量约为2N=1400亿FLOPs。")
    assert m.value == {"value": 140000000000, "unit": "FLOP", "printed": "1400亿FLOPs"}


@pytest.mark.parametrize("text,counts", [
    ("拥有 2350 多亿总参数和 220 多亿激活参数", [235_000_000_000, 22_000_000_000]),
    ("Scout 擁有 170 億有效參數和 4,000 億總參數", [17_000_000_000, 400_000_000_000]),
    ("總參數達 2 兆。", [2_000_000_000_000]),                     # 兆 is 10^12 in Taiwan and Hong Kong
    ("其高達4560億的參數量", [456_000_000_000]),
    ("featuring 1 trillion total parameters with 32 billion active", [1_000_000_000_000, 32_000_000_000]),
    ("如 30B-A3B 以 3B 激活参数实现", [3_000_000_000]),           # 30B-A3B names a model
    ("使用了1.5万亿tokens的训练数据", []),
    ("融资 10 billion dollars", []),
    # a scale named after the parameter word, with no digit
    ("旗舰模型Qwen3-Max，总参数超万亿；", [1_000_000_000_000]),
    ("参数规模超过一万亿", [1_000_000_000_000]),
    ("参数量为千亿", [100_000_000_000]),
    ("训练数据参数超万亿tokens", []),
    # a size written with a space: a count where parameters are named or a second size follows
    ("模型 | 总 / 活跃参数 | 上下文 |\n---|---|---|\nDeepSeek R1 0528 | 685 B / 37 B | 128 k |", [685_000_000_000, 37_000_000_000]),
    ("OpenAI gpt-oss-120b 120 B MoE 128 K", [120_000_000_000]),
    ("公司营收 10 B 美元", []),
])
def test_parameter_counts_with_modifiers_and_scales(text, counts):
    assert [m.value["count"] for m in q.find_param_counts(text)] == counts


@pytest.mark.parametrize("text,dates", [
    ("5月20日发布。21日,阿里云官方宣布,次日腾讯跟进", ["2024-05-20", "2024-05-21", "2024-05-22"]),
    ("大模型价格战升级—— 21日,阿里云宣布", ["2024-05-21"]),   # the document's month
    ("上周五发布，周三上线", ["2024-05-17", "2024-05-22"]),     # the document is dated Saturday 2024-05-25
    ("阿里巴巴於周日發佈，本周日上线", ["2024-05-19", "2024-05-26"]),  # a bare weekday not yet come is last week's
    ("30日内有效，5日均线", []),
    ("据今日头条报道", []),
])
def test_days_named_without_their_month(text, dates):
    found = q.find_dates(text, q.DateContext(anchor=q.parse_iso_date("2024-05-25")))
    assert [m.value["date"] for m in found] == dates


def test_no_unit_is_no_measure():
    from pipeline.quantities import in_base_unit
    assert in_base_unit("") is None and in_base_unit("万吨") is not None
