"""Reading charts back out of a text dump: only where the chart's structure vouches."""
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import chartdump


def test_a_pie_is_label_value_pairs_adding_up_to_a_whole():
    text = "资料来源:某机构,某证券研究所开发者使用的平台To C,45%To B&C,20%To B,35%下一段正文"
    (pie,) = chartdump.pies(text)
    assert [(s.label, s.value) for s in pie.slices] == [("To C", 45), ("To B&C", 20), ("To B", 35)]
    assert chartdump.label_keys("To C") == {"C端"} and chartdump.label_keys("To B&C") == set()


def test_a_first_label_keeps_only_its_end_and_generic_labels_name_nothing():
    (pie,) = chartdump.pies("输出结果如下公有云厂商(CSP)60%模型公司30%其他10%")
    assert [s.label for s in pie.slices] == ["(CSP)", "模型公司", "其他"]
    assert chartdump.label_keys("(CSP)") == {"CSP"} and chartdump.label_keys("其他") == set()


def test_prose_percentages_that_happen_to_add_up_are_not_a_pie():
    assert chartdump.pies("用户占比达60%以上,但近40%的产品仍未收费。") == []


def test_shares_not_adding_up_are_not_a_pie():
    assert chartdump.pies("甲方案30%乙方案30%丙方案10%") == []


def test_value_run_drops_axis_ticks_and_finds_its_medians():
    text = "90%70%60%50%40%33%30%20%0%25%50%75%100%甲乙丙丁戊己庚辛留存率中位数60%中位数30%"
    (run,) = chartdump.value_runs(text)
    assert run.values == [D(90), D(70), D(60), D(50), D(40), D(33), D(30), D(20)]
    assert [m[0] for m in run.medians] == [D(60), D(30)]
    assert chartdump.median_split(run.values, [D(60), D(30)]) == [[D(90), D(70), D(60), D(50), D(40)],
                                                                   [D(33), D(30), D(20)]]


def test_median_split_is_none_when_no_grouping_reproduces_the_medians():
    assert chartdump.median_split([D(9), D(8), D(7), D(1)], [D(2), D(50)]) is None


@given(st.lists(st.integers(1, 99), min_size=1, max_size=6), st.lists(st.integers(1, 99), min_size=1, max_size=6))
def test_median_split_finds_the_groups_a_chart_was_drawn_from(a, b):
    import statistics

    values = [D(v) for v in a + b]
    medians = [D(str(statistics.median(a))), D(str(statistics.median(b)))]
    groups = chartdump.median_split(values, medians)
    assert groups is not None
    assert sorted(D(str(statistics.median(g))) for g in groups) == sorted(medians)


def test_glued_bars_are_split_under_their_axis():
    text = "1224051015202530352022A2023A平均每家公司的研发投入(百万美元)"
    bars = chartdump.bars(text)
    assert [(b.label, b.value, b.scale, b.currency) for b in bars] == [
        ("2022A", D(12), D(10) ** 6, "美元"), ("2023A", D(24), D(10) ** 6, "美元")]


def test_an_ambiguous_glue_is_not_read():
    # 1|23 and 12|3 both fit under an axis topping at 30
    assert chartdump.bars("123051015202530352022A2023A研发投入金额合计(百万美元)") == []


@pytest.mark.parametrize("ticks,expected", [("05101520", 20), ("0204060", 60), ("0100200300", 300)])
def test_axis_ticks(ticks, expected):
    assert chartdump._axis(ticks)[-1] == expected


# a chart's labels glued into one run, as a dump leaves them: our own names
GLUED = "SpotifyNetflixPinterestYouTubemoonbeamStarlingPicoLensDAU/MAU"
PROSE_NAMES = {"moonbeam", "PicoLens"}  # what the document prints outside the chart


def test_the_metric_after_a_label_run():
    assert chartdump.metric(GLUED) == "DAU/MAU"
    assert chartdump.metric("甲应用乙应用月留存率") == "甲应用乙应用月留存率"  # Han labels: no cut to make
    assert chartdump.metric("SpotifyNetflix") == ""


@pytest.mark.parametrize("name,expected", [
    ("PicoLens", (6, "end")),       # the last label: nothing after it
    ("Starling", (5, "end")),       # one known name after it
    ("moonbeam", (4, "end")),       # Starling, then PicoLens: a capitalised word beside a known name
    ("Spotify", (0, "start")),      # nothing before it
    ("Pinterest", None),            # 'YouTube' after it might be one name or two; 'SpotifyNetflix' before too
    ("Pico", None),                 # part of a longer name the document prints
])
def test_a_label_is_placed_only_where_the_glued_run_can_be_counted(name, expected):
    assert chartdump.label_index(GLUED, name, 7, PROSE_NAMES) == expected


def test_both_sides_counted_must_agree_with_the_number_of_values():
    # counted from both ends, Starling is the second of three; four values mean a label the run does not show
    assert chartdump.label_index("moonbeamStarlingPicoLens", "Starling", 3, PROSE_NAMES) == (1, "end")
    assert chartdump.label_index("moonbeamStarlingPicoLens", "Starling", 4, PROSE_NAMES) is None


def test_a_list_of_signed_changes_is_no_pie():
    # '同比增速分别为+75%/+23%/+3%': 75 + 23 + 3 = 101 is a whole by chance; signed figures are changes
    text = "经纪、投行、资管净收入同比增速分别为+75%/+23%/+3%,占营业总收入的比重分别为 27%/6%/8%"
    assert chartdump.pies(text) == []
    assert [s.value for s in chartdump.pies("To C,50%To B&C,19%To B,31%")[0].slices] == [50, 19, 31]
