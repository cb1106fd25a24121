"""verify's `level_changes` family: a change in amount against the two levels other sentences state for its measure."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import level_changes


def _checks(text, date=None):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    doc.meta.date = date
    return level_changes.find(doc)


_NINE_MONTHS = ("近日,民政部公布了《2024年3季度民政统计数据》。今年前三季度,全国结婚登记474.7万对,离婚登记196.7万对。"
                "2023年前三季度,全国共办理结婚登记569.0万对,办理离婚登记197.3万对。"
                "相较而言,今年前三季度结婚登记量较去年同比减少{a}万对,离婚登记量同比减少{b}万对。")


@pytest.mark.parametrize("a, b, verdicts", [
    ("94.3", "0.6", ["consistent", "consistent"]),   # 474.7 − 569.0; 196.7 − 197.3
    ("93.4", "0.6", ["mismatch", "consistent"]),
    ("94.3", "6.0", ["consistent", "mismatch"]),
])
def test_a_change_is_this_periods_level_less_the_year_befores(a, b, verdicts):
    checks = _checks(_NINE_MONTHS.format(a=a, b=b))
    assert [(c["reported"], c["verdict"]) for c in checks] == [(-float(a), verdicts[0]), (-float(b), verdicts[1])]
    assert all(len(c["_cells"]) == 3 for c in checks)  # the change and both levels: each editable


def test_the_base_period_named_and_quarters_listed_with_分别():
    text = ("据《2024年1季度民政统计数据》,今年一季度,全国结婚登记196.9万对,离婚登记57.3万对,较2023年一季度分别减少{}万对和6.8万对。"
            "2023年,一至四季度的结婚登记量分别为214.7万对、178.1万对、176.2万对和199万对。")
    (c,) = _checks(text.format("17.8"))  # 196.9 − 214.7 (the divorces' 2023 level is not stated: no check)
    assert (c["reported"], c["verdict"]) == (-17.8, "consistent")
    (c,) = _checks(text.format("18.7"))
    assert c["verdict"] == "mismatch"
    # a list cut short ('…和6.8...') pairs no change with a level
    assert _checks("据《2024年1季度民政统计数据》,今年一季度,全国结婚登记196.9万对,离婚登记57.3万对,较2023年一季度分别减少17.8万对和6.8...。"
                   "2023年,一至四季度的结婚登记量分别为214.7万对、178.1万对、176.2万对和199万对。") == []


def test_this_year_is_the_texts_date_else_the_latest_year_it_names():
    text = ("今年一季度,全国结婚登记181万对,离婚登记63万对。此前,2024年一季度,全国结婚登记196.9万对,离婚登记57.3万对。"
            "相较而言,今年一季度结婚登记数减少了15.9万对,离婚登记数则增加了5.7万对。")
    # the latest year named is 2024: 今年一季度 would be 2024's too, with two levels — which is meant is not said
    assert _checks(text) == []
    titled = "民政部发布《2025年1季度民政统计数据》。" + text
    assert [c["verdict"] for c in _checks(titled)] == ["consistent", "consistent"]  # 181 − 196.9; 63 − 57.3
    assert [c["verdict"] for c in _checks(text, date="2025-04-25")] == ["consistent", "consistent"]
    # dated 2026, 今年 is 2026: 2024's levels are two years back, no base for a change on the year before
    assert _checks(text, date="2026-04-25") == []


def test_no_level_from_a_bound_passed_and_no_check_on_another_basis():
    # '跌破1000万对大关' is no level of 2019
    assert _checks("2019年全国结婚登记跌破1000万对大关,2020年结婚登记814.3万对,比上年减少113万对。") == []
    # a change on the quarter before is not against the year before's level
    assert _checks("2023年二季度结婚登记178.1万对,2022年二季度结婚登记162.5万对,环比减少36.6万对。") == []


def test_a_measure_must_name_the_change_s_own():
    # 离婚 and 结婚 are other measures: the change of 结婚登记 finds only its own levels
    text = "2023年全国结婚登记768万对,离婚登记259.3万对。2022年全国结婚登记683.5万对。2023年结婚登记比上年增加{}万对。"
    (c,) = _checks(text.format("84.5"))
    assert (c["reported"], c["verdict"]) == (84.5, "consistent")
    assert _checks("2023年全国离婚登记259.3万对。2022年全国结婚登记683.5万对。2023年结婚登记比上年增加84.5万对。") == []


def test_changes_listed_after_the_sentence_of_their_levels_with_与_相比():
    text = ("据民政部公布的2023年一季度民政统计数据,今年一季度全国结婚登记量为214.7万对,离婚登记量为64.1万对。"
            "与2022年一季度相比,两项数据同比分别增加{}万对和12.7万对。"
            "2022年一季度结婚登记人数为210.7万对,二季度为162.5万对。")
    (c,) = _checks(text.format("4"))  # 214.7 − 210.7 (the divorces' 2022 level is not stated)
    assert (c["reported"], c["verdict"]) == (4, "consistent")
    (c,) = _checks(text.format("14"))
    assert c["verdict"] == "mismatch"


def test_上一年_is_the_year_before():
    text = "2021年全国结婚登记量为763.6万对。2022年,全国结婚登记量为683.3万对,较上一年减少{}万对。"
    (c,) = _checks(text.format("80.3"))
    assert (c["reported"], c["verdict"]) == (-80.3, "consistent")


def test_a_figure_restated_in_brackets_is_no_level_and_a_base_year_comes_before_今年():
    # '今年…14582万吨(2916亿斤),比2020年增加296.7万吨': 今年 is 2021 at least (2020 is named as its base), and the
    # bracketed 2916亿斤 is no level the change could be of
    assert _checks("今年我国夏粮总产量14582万吨(2916亿斤),比2020年增加296.7万吨(59.3亿斤),增长2.1%。") == []
    text = "2020年我国夏粮总产量14285.3万吨。今年我国夏粮总产量14582万吨(2916亿斤),比2020年增加{}万吨(59.3亿斤)。"
    (c,) = _checks(text.format("296.7"))
    assert (c["reported"], c["verdict"]) == (296.7, "consistent")  # 14582 − 14285.3
    assert _checks(text.format("269.7"))[0]["verdict"] == "mismatch"


def test_上年_is_the_year_before_the_change_s_own_not_the_text_s():
    # dated 2021, '2020年度…比上年同期减少30.22亿人次' is against 2019, which the text does not state: no check (not
    # 28.79 against itself)
    text = ("《2020年国内旅游数据情况》。2020年度国内旅游人数28.79亿人次,比上年同期减少30.22亿人次,下降52.1%。"
            "2020年度国内旅游人数28.79亿人次,收入2.23万亿元。")
    assert _checks(text, date="2021-02-19") == []
    (c,) = _checks("2019年度国内旅游人数60.06亿人次。" + text, date="2021-02-19")
    assert (c["reported"], c["verdict"]) == (-30.22, "mismatch")  # 28.79 − 60.06 = −31.27
