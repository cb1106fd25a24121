"""periods: broker period labels as values one can compare and step through, and the period
phrases sentences name."""
import pytest

from pipeline.periods import (PERIOD_PHRASE, differences, is_forecast, made_of, period_before, period_of_label,
                              periods_of_phrase, sort_key, year_before)


@pytest.mark.parametrize("label, period", [("2025E", ("Y", 2025)), ("2024A", ("Y", 2024)), ("FY24", ("Y", 2024)),
                                           # a fiscal year by the month it closes, as Hong Kong brokers print it
                                           ("Dec-24A", ("Y", 2024)), ("Dec 2025E", ("Y", 2025)), ("Mar-25A", ("M", 2025, 3)),
                                           ("Deck", None),
                                           ("1Q25A", ("Q", 2025, 1)), ("2025Q3", ("Q", 2025, 3)), ("25Q2", ("Q", 2025, 2)),
                                           ("Q4 2024", ("Q", 2024, 4)), ("2H24", ("H", 2024, 2)),
                                           ("2025H1", ("H", 2025, 1)), ("营业收入", None),
                                           # a report by the day it closes, or by its name: what it counts
                                           # from the year's start (a date that closes no quarter is none)
                                           ("2025-03-31", ("Q", 2025, 1)), ("25-06-30", ("H", 2025, 1)),
                                           ("25-09-30", ("9M", 2025)), ("2024-12-31", ("Y", 2024)),
                                           ("2025-05-31", None), ("2025年三季报", ("9M", 2025)), ("2025中报", ("H", 2025, 1)),
                                           ("2025年预测", ("Y", 2025)), ("2024实际", ("Y", 2024)), ("2025(E)", ("Y", 2025)),
                                           # a cumulative period by the months it counts
                                           ("2024前三季度", ("9M", 2024)), ("2024年前三季度", ("9M", 2024)),
                                           ("2024Q1-Q3", ("9M", 2024)), ("2024Q1-3", ("9M", 2024)),
                                           ("2024年1-9月", ("9M", 2024)), ("2024上半年", ("H", 2024, 1)),
                                           ("2024年1-6月", ("H", 2024, 1)),
                                           # a single quarter by its name (三季报 counts three)
                                           ("2024年第三季度", ("Q", 2024, 3)), ("2023年第四季度", ("Q", 2023, 4)),
                                           ("2024年一季度", ("Q", 2024, 1)), ("2024第2季度", ("Q", 2024, 2)),
                                           # a data vendor's column by the month it closes: a March or
                                           # September close may be a fiscal half, its length unknown
                                           ("2025/06", ("H", 2025, 1)), ("2024/12", ("Y", 2024)),
                                           ("2025/09", ("M", 2025, 9)), ("2025/13", None),
                                           # a Minguo year's quarter, as Taiwan's filings head their columns
                                           ("114年第3季", ("Q", 2025, 3)), ("113年第一季", ("Q", 2024, 1)),
                                           # a report's kind after a two-digit year, as a fund data site heads columns
                                           ("21年年度", ("Y", 2021)), ("21年中期", ("H", 2021, 1))])
def test_period_of_a_table_label(label, period):
    assert period_of_label(label) == period


@pytest.mark.parametrize("label, period", [
    ("本期金额", ("R", 0)), ("上期金额", ("R", -1)), ("本期发生额", ("R", 0)), ("上年同期", ("R", -1)),
    ("期末余额", ("R", 0)), ("上年年末余额", ("R", -1)), ("期初余额", ("R", -1)), ("本年数", ("R", 0)),
    ("上年数", ("R", -1)), ("本期增加", None), ("期末", ("R", 0)), ("2024年末", ("Y", 2024)),
    # a balance sheet under the day it is struck, in words
    ("2024年12月31日", ("Y", 2024)), ("2025 年 6 月 30 日", ("H", 2025, 1)), ("2024年5月31日", None),
    # day first, as Hong Kong heads its balances ('于' is 'as at'); a day no period closes on is none
    ("于31/12/2024", ("Y", 2024)), ("30/06/2025", ("H", 2025, 1)), ("于15/03/2024", None), ("12/31/2024", None),
    # a results flash's own headings with their dates: the dates' period
    ("本报告期 (2012年1-6月)", ("H", 2012, 1)), ("上年同期 (2011年1-6月)", ("H", 2011, 1)),
    ("本报告期末 2012年6月30日", ("H", 2012, 1)), ("本报告期初 2011年12月31日", ("Y", 2011)),
    ("本报告期末", ("R", 0)), ("本报告期初", ("R", -1))])
def test_a_companys_own_columns_are_this_period_and_the_one_before(label, period):
    # a company's own statement names no year over its columns: the period it reports and the
    # one before it, a year apart, compared and sorted like any other
    assert period_of_label(label) == period


def test_the_period_before_a_companys_own_column():
    assert year_before(period_of_label("本期金额")) == period_of_label("上期金额")
    assert sorted(["本期金额", "上期金额"], key=sort_key) == ["上期金额", "本期金额"]


def test_the_period_before():
    assert year_before(("Q", 2025, 1)) == ("Q", 2024, 1)
    assert period_before(("Q", 2025, 1)) == ("Q", 2024, 4) and period_before(("H", 2025, 2)) == ("H", 2025, 1)
    assert period_before(("Y", 2025)) is None and period_before(("9M", 2025)) is None  # 环比 has none


def test_labels_sort_in_time():
    labels = ["2025E", "2Q24A", "2024A", "1Q25A", "1Q24A", "2023A", "1H24", "合计"]
    assert sorted(labels, key=sort_key) == ["2023A", "1Q24A", "2Q24A", "1H24", "2024A", "1Q25A", "2025E", "合计"]


@pytest.mark.parametrize("label, forecast", [
    ("2025E", True), ("25E", True), ("FY2025E", True), ("2025F", True), ("2025P", True), ("2025e", True),
    ("2025年E", True), ("2025年预测", True), ("2025(E)", True), ("1Q25E", True), ("2025H1E", True),
    ("2024A", False), ("2024", False), ("2024年", False), ("FY24", False), ("1Q25A", False), ("2025Q1", False),
])
def test_a_forecast_column_however_it_is_marked(label, forecast):
    assert is_forecast(label) is forecast


def test_a_single_period_as_the_difference_of_two_cumulative_ones():
    assert differences(("Q", 2024, 4)) == [(("Y", 2024), ("9M", 2024)), (("H", 2024, 2), ("Q", 2024, 3))]
    assert differences(("Q", 2024, 3)) == [(("9M", 2024), ("H", 2024, 1))]
    assert differences(("H", 2024, 2)) == [(("Y", 2024), ("H", 2024, 1))]
    assert differences(("Y", 2024)) == [] and differences(("H", 2024, 1)) == []


def test_a_period_by_its_closing_month_is_a_year_after_the_same_month_s():
    from pipeline.periods import name_of
    assert year_before(("M", 2025, 9)) == ("M", 2024, 9) and period_before(("M", 2025, 9)) is None
    assert name_of(("M", 2025, 9)) == "2025/09"
    assert sorted(["2025/09", "2024/09", "2025/06", "2024/12"], key=sort_key) == ["2024/09", "2024/12", "2025/06", "2025/09"]


@pytest.mark.parametrize("phrase, last_year, expected", [
    ("2025-2027年", None, [("Y", 2025), ("Y", 2026), ("Y", 2027)]),
    ("25Q3", None, [("Q", 2025, 3)]),
    ("2025年1-9月", None, [("9M", 2025)]),          # months from January: the first three quarters
    ("2025年1-6月", None, [("H", 2025, 1)]),
    ("2025年1-10月", None, []),                      # a span no figure is judged by
    ("上半年", 2024, [("H", 2024, 1)]),              # a bare period takes the sentence's last year
    ("上半年", None, []),
    ("截至2024年12月31日止年度", None, [("Y", 2024)]),
    ("2025年Q1-Q3", None, [("9M", 2025)]),
    ("2025年6月末", None, [("Q", 2025, 2)]),                          # a quarter's end by its month
    ("2025年第三季", None, [("Q", 2025, 3)]),                          # 季 alone, as Taiwan's reports write it
    ("2024年12月底", None, [("Y", 2024)]),                             # the first three quarters, 年 before them
    ("FY25-27", None, [("Y", 2025), ("Y", 2026), ("Y", 2027)]),      # fiscal years in two digits
    ("FY25-FY27E", None, [("Y", 2025), ("Y", 2026), ("Y", 2027)]),
    ("FY25E", None, [("Y", 2025)]),                                    # one fiscal year in two digits
    ("FY26Q3", None, [("Q", 2026, 3)]),                                # a fiscal quarter
    ("3Q2025", None, [("Q", 2025, 3)]),                                # a quarter before its four-digit year
    ("第3季", 2025, [("Q", 2025, 3)]),                                  # 季 alone, as Taiwan's press writes it
    ("前三季", 2025, [("9M", 2025)]),
    ("H1", 2025, [("H", 2025, 1)]),                                     # a half by its letter, bare ('H1毛利率')
    ("H2", 2025, [("H", 2025, 2)]),
    ("2025年一、二、三季度", None, [("Q", 2025, 1), ("Q", 2025, 2), ("Q", 2025, 3)]),  # quarters listed by their numbers
    ("第三、四季度", 2024, [("Q", 2024, 3), ("Q", 2024, 4)]),                            # the year named last
    ("2025年前3季度", None, [("9M", 2025)]),                            # 前三季度 with a digit, as some sites print it
    ("2025 前 3季度", None, [("9M", 2025)]),
    ("3季度", 2025, [("Q", 2025, 3)]),                                   # a bare quarter in a digit ('3季度单季实现营收')
    ("2025年中期", None, [("H", 2025, 1)]),                              # the interim report's half ('2025年中期收入…')
    ("2024年半年度", None, [("H", 2024, 1)]),                            # a company's own name of it ('2024年半年度综合收益总额')
    # a quarter's last day: the period a company's report closing on it counts, from January
    ("2024年12月31日", None, [("Y", 2024)]),
    ("2025年9月30日", None, [("9M", 2025)]),
    ("2025年06月30日", None, [("H", 2025, 1)]),
    ("2025年3月31日", None, [("Q", 2025, 1)]),
    # a span of quarters, each with its year: every quarter from the first to the last
    ("2022年一季度至2023年一季度", None, [("Q", 2022, 1), ("Q", 2022, 2), ("Q", 2022, 3), ("Q", 2022, 4), ("Q", 2023, 1)]),
    ("2024Q3-2025Q2", None, [("Q", 2024, 3), ("Q", 2024, 4), ("Q", 2025, 1), ("Q", 2025, 2)]),
])
def test_a_period_phrase_names_its_periods(phrase, last_year, expected):
    m = PERIOD_PHRASE.search(phrase)
    assert m is not None and m.group(0).strip() == phrase
    assert periods_of_phrase(m, last_year) == expected


def test_a_cumulative_period_is_made_of_shorter_ones():
    assert made_of(("9M", 2025))[0] == [("Q", 2025, 1), ("Q", 2025, 2), ("Q", 2025, 3)]
    assert [("H", 2025, 1), ("H", 2025, 2)] in made_of(("Y", 2025))
    assert made_of(("Q", 2025, 1)) == []


def test_a_report_named_by_its_quarter_is_no_quarter():
    # '2024年三季度报' counts the first three quarters: 季 alone is a quarter, 三季度报 is not
    m = PERIOD_PHRASE.search("2024年三季度报正式披露")
    assert periods_of_phrase(m, None) == [("9M", 2024)]


def test_a_report_spoken_of_as_an_event_or_a_season_names_no_period():
    # '随着中报的披露', '中报季已经落下帷幕', '在本次中报中': no half a figure is of; '三季报销售费用' is
    for text in ("而随着中报的披露,一只股票", "中报季已经落下帷幕", "在本次中报中,伊利最亮眼的表现"):
        assert PERIOD_PHRASE.search(text) is None, text
    assert PERIOD_PHRASE.search("(三季报销售费用64.57亿元)").group(0) == "三季报"


def test_a_year_in_chinese_numerals_in_digits():
    from pipeline.periods import arabic_years
    assert arabic_years("二零二一年 人民币千元") == "2021年 人民币千元"
    assert arabic_years("截至二〇一九年十二月三十一日止年度") == "截至2019年十二月三十一日止年度"
    assert arabic_years("第二季度") == "第二季度"  # no year


def test_the_first_two_quarters_are_the_first_half():
    from pipeline.periods import PERIOD_PHRASE, periods_of_phrase
    m = PERIOD_PHRASE.search("事件:2025年前二季度,公司实现营业收入157.61亿元")
    assert periods_of_phrase(m, None) == [("H", 2025, 1)]


def test_a_text_s_own_year_is_named_this_year_and_last():
    from pipeline.periods import NOMINAL_YEAR, name_of
    assert name_of(("Q", NOMINAL_YEAR, 3)) == "本年Q3" and name_of(("9M", NOMINAL_YEAR - 1)) == "上年前三季度"


def test_the_quarter_before_is_no_first_quarter():
    # '上一季度' is the quarter before the one a sentence speaks of, not 一季度
    assert PERIOD_PHRASE.search("上一季度和去年同期分别为138.283亿元和115.348亿元") is None
    assert periods_of_phrase(PERIOD_PHRASE.search("一季度营收"), 2025) == [("Q", 2025, 1)]


def test_a_count_of_years_is_no_year():
    # '连续12年实现正增长', '近10年中位数': spans counted, not 2012 or 2010; '12年' alone is still 2012
    assert [m.group(0) for m in PERIOD_PHRASE.finditer("公司收入连续12年实现正增长,近10年中位数ROIC为23.08%")] == []
    assert [m.group(0) for m in PERIOD_PHRASE.finditer("12年收入为10亿元")] == ["12年"]


@pytest.mark.parametrize("text, periods", [
    ("公司2025/26上半财年实现营收89.3亿元", [("H", 2025, 1)]),     # a Hong Kong fiscal year's first half, to September 2025
    ("2025/26财年中期营收达人民币89.28亿元", [("H", 2025, 1)]),
    ("2025-2026年中期分配预案", [("H", 2025, 1)]),
    ("25/26年下半财年", [("H", 2025, 2)]),
    ("2025-2027年中期目标", [("Y", 2025), ("Y", 2026), ("Y", 2027)]),  # no fiscal year: a span's medium term
])
def test_a_hong_kong_fiscal_year_s_halves_by_its_two_years(text, periods):
    (m,) = list(PERIOD_PHRASE.finditer(text))
    assert periods_of_phrase(m, 2025) == periods


def test_a_count_of_quarters_in_a_digit_is_no_quarter():
    # '近3季度', '连续3季度': how many quarters, not the third
    assert PERIOD_PHRASE.search("公司近3季度收入持续增长") is None
    assert PERIOD_PHRASE.search("毛利率连续3季度提升") is None


def test_a_single_quarter_said_with_单_after_its_year():
    from pipeline.periods import PERIOD_PHRASE, periods_of_phrase
    for text in ("2025年单三季度", "25年单Q3"):
        (m,) = PERIOD_PHRASE.finditer(text)
        assert periods_of_phrase(m, 2025) == [("Q", 2025, 3)]


def test_a_year_s_medium_term_is_no_half():
    # '2025年中期目标': a plan's horizon, not the interim period
    m = PERIOD_PHRASE.search("2025年中期目标")
    assert m is None or m.group(0).strip() != "2025年中期"


@pytest.mark.parametrize("phrase", ["2025年3月27日", "2025年9月31日", "2025年6月31日"])
def test_a_day_other_than_a_quarter_s_last_names_no_period(phrase):
    m = PERIOD_PHRASE.search(phrase)
    assert m is None or m.group(0).strip() != phrase
