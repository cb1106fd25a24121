"""verify's `results` family: what a company report's sentences say about its line items
(同比, 环比, 个百分点, 分别为, CAGR, PE), judged against its own tables; and never a
mismatch pinned on the wrong line item, period or currency."""
import pytest

from pipeline.document import Document, Meta, Money, Page, Source, Table
from pipeline.ingest import read_document
from pipeline.verify import mutate, run_families
from pipeline.verify.families import results
from pipeline.verify.sentences import page_sentences


def row(item, period, printed, unit="百万元", row_number=0, page=2):
    value = float(printed.rstrip("%").replace(",", ""))
    return {"item": item, "period": period, "value": value, "unit": unit, "statement": "income", "page": page,
            "printed": printed, "row": row_number}


QUARTERS = [row("营业收入", "1Q24A", "3,200"), row("营业收入", "4Q24A", "3,700"), row("营业收入", "1Q25A", "3,900"),
            row("营业成本", "1Q24A", "2,560", row_number=1), row("营业成本", "4Q24A", "2,900", row_number=1),
            row("营业成本", "1Q25A", "3,000", row_number=1)]
YEARS = [row("营业收入", "2024A", "15,000", page=3), row("营业收入", "2025E", "18,000", page=3),
         row("营业收入", "2026E", "21,000", page=3), row("归母净利润", "2025E", "1,500", row_number=1, page=3),
         row("归母净利润", "2026E", "1,800", row_number=1, page=3),
         row("每股收益", "2025E", "0.50", unit="元", row_number=2, page=3),
         row("每股收益", "2026E", "0.60", unit="元", row_number=2, page=3)]


def doc_of(text, rows=QUARTERS + YEARS, price=None):
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=3, size=1))
    doc.pages = [Page(number=1, text=text), Page(number=2, text=""), Page(number=3, text="")]
    doc.tables.append(Table(kind="financials", page=2, source="typed", rows=rows,
                            columns=["item", "period", "value", "unit", "statement", "page"]))
    if price is not None:
        doc.meta = Meta(price=Money(value=price, currency="CNY"))
    return doc


def checks(text, **kw):
    return results.find(doc_of(text, **kw))


def figure(check):
    return check["claim"].split("【")[1].split("】")[0]


def test_quarter_growth_against_a_quarterly_table_on_another_page():
    found = checks("2025年一季度公司实现营业收入39.00亿元，同比增长21.9%，环比增长5.4%；毛利率为23.1%，同比提升3.1个百分点。")
    by_figure = {figure(c): c for c in found}
    assert by_figure["39.00"]["verdict"] == "consistent"                   # 3,900 百万元 restated in 亿元
    assert by_figure["21.9"]["verdict"] == "consistent"                    # 3,900 ÷ 3,200 − 1
    assert by_figure["5.4"]["verdict"] == "consistent"                     # 3,900 ÷ 3,700 − 1
    assert "2024Q4" in by_figure["5.4"]["formula"]
    assert by_figure["23.1"]["verdict"] == "consistent"                    # (3,900 − 3,000) ÷ 3,900
    assert by_figure["3.1"]["verdict"] == "consistent"                     # 23.08 − 20.00 points
    assert by_figure["3.1"]["unit"] == "pct"


def test_a_single_quarter_derived_from_the_half_year_it_belongs_to():
    # the second quarter's 环比 needs the first, which the summary states only inside the half year:
    # Q1 = H1 − Q2 = 12.5 − 6.3 = 6.2亿元, and 6.3 ÷ 6.2 − 1 = 1.6%
    text = "2025年上半年实现收入12.5亿元。2025年Q2实现收入6.3亿元，环比增长2%；2025年Q3实现收入6.0亿元，环比增长9%。"
    by_figure = {figure(c): c for c in checks(text, rows=[])}
    assert by_figure["2"]["verdict"] == "consistent" and "2025Q1" in by_figure["2"]["formula"]
    assert by_figure["9"]["verdict"] == "mismatch"  # 6.0 ÷ 6.3 − 1 = −4.8%, not +9%
    # no half year: no first quarter
    (alone,) = checks("2025年Q2实现收入6.3亿元，环比增长2%。", rows=[])
    assert alone["verdict"] == "unverifiable"


def test_a_bare_half_year_takes_the_year_of_the_results_season_the_report_is_dated_in():
    # no year anywhere: a summary dated 2025-09-01 speaks of 2025's first half and second quarter
    text = "上半年收入31.7亿元。第二季度收入15.8亿元，环比下降0.7%。"
    doc = doc_of(text, rows=[])
    doc.meta.date = "2025-09-01"
    (c,) = results.find(doc)
    assert c["verdict"] in ("consistent", "rounding") and "2025Q1" in c["formula"]  # Q1 = 31.7 − 15.8
    doc.meta.date = "2025-03-20"  # the second quarter last ended nine months before: not the season's
    assert results.find(doc) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("2025年一季度公司实现营业收入39.00亿元，同比增长24.9%。", "24.9"),
    ("2025年一季度公司营业收入环比增长7.4%。", "7.4"),
    ("2025年一季度公司毛利率为23.1%，同比提升4.1个百分点。", "4.1"),
    ("我们预测公司2025-2026年营业收入分别为180.00/215.00亿元。", "215.00"),
])
def test_a_wrong_figure_in_a_sentence_is_a_mismatch(sentence, flagged):
    found = {figure(c): c for c in checks(sentence)}
    assert found[flagged]["verdict"] == "mismatch"
    assert all(c["verdict"] != "mismatch" for f, c in found.items() if f != flagged)


def test_a_unit_slip_names_its_cause():
    (c,) = checks("我们预测公司2025年营业收入为18000亿元。")
    assert c["verdict"] == "mismatch" and "百万/亿 unit slip" in c["note"]


def test_lists_over_a_span_growth_cagr_and_pe():
    text = ("我们预测公司2025-2026年归母净利润分别为15.0/18.0亿元，对应每股收益0.50/0.60元，对应PE为30.0/25.0倍；"
            "2024-2026年营业收入CAGR为18.3%，2025-2026年营业收入同比增长20.0%/16.7%。")
    found = checks(text, price=15.0)
    assert {figure(c): c["verdict"] for c in found} == {
        "15.0": "consistent", "18.0": "consistent", "0.50": "consistent", "0.60": "consistent",
        "30.0": "consistent", "25.0": "consistent", "18.3": "consistent", "20.0": "consistent", "16.7": "consistent"}


def test_pe_without_the_close_is_one_price_across_the_years():
    # no close printed: each year's EPS × PE must be one price, the first year's the reference
    found = checks("我们预测公司2025-2027年每股收益分别为0.50/0.60/0.75元，对应PE为30.0/25.0/20.0倍。")
    pe = [c for c in found if "PE" in c["formula"]]
    assert [(figure(c), c["verdict"]) for c in pe] == [("25.0", "consistent"), ("20.0", "consistent")]
    assert "one price" in pe[0]["formula"]
    found = checks("我们预测公司2025-2027年每股收益分别为0.50/0.60/0.75元，对应PE为30.0/25.0/22.0倍。")
    assert [c["verdict"] for c in found if figure(c) == "22.0"] == ["mismatch"]   # 15.00 ÷ 0.75 is 20.0


def test_pe_over_an_hkd_close_at_the_rate_the_report_prints():
    # HKD 16.30 × 0.92 = RMB 15.00: 30.0 and 25.0 times the EPS of 0.50 and 0.60
    text = "我们预测公司2025-2026年每股收益分别为0.50/0.60元，对应PE为30.0/25.0倍（汇率：1港元=0.92人民币）。"
    doc = doc_of(text)
    doc.meta = Meta(price=Money(value=16.30, currency="HKD"))
    pe = {figure(c): c for c in results.find(doc) if "PE" in c["formula"] or "close" in c["formula"]}
    assert {k: c["verdict"] for k, c in pe.items()} == {"30.0": "consistent", "25.0": "consistent"}
    assert "0.92" in pe["30.0"]["formula"]
    doc.pages[0] = Page(number=1, text=text.replace("25.0倍", "27.0倍"))
    assert [c["verdict"] for c in results.find(doc) if figure(c) == "27.0"] == ["mismatch"]
    # no rate printed: the years still share one price (0.50 × 30.0 = 0.60 × 25.0)
    doc.pages[0] = Page(number=1, text="我们预测公司2025-2026年每股收益分别为0.50/0.60元，对应PE为30.0/25.0倍。")
    (c,) = [c for c in results.find(doc) if "PE" in c["formula"]]
    assert figure(c) == "25.0" and c["verdict"] == "consistent" and "one price" in c["formula"]


def test_exchange_rates_as_reports_print_them():
    from pipeline.verify.checks import exchange_rate
    def rate(text, source="HKD", target="CNY"):
        found = exchange_rate(Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1),
                                       pages=[Page(number=1, text=text)]), source, target)
        return found and (str(found[0].value), found[1])
    assert rate("市盈率按1港元=0.92人民币折算") == ("0.92", False)
    assert rate("按1港币兑0.9142元人民币折算") == ("0.9142", False)
    assert rate("HKD/CNY=0.92") == ("0.92", False)
    assert rate("美元兑人民币汇率为7.20", "USD") == ("7.20", False)
    assert rate("1人民币=1.09港元") == ("1.09", True)            # quoted the other way: divide
    assert rate("港元兑人民币升值0.92%") is None                  # a change, not a rate
    assert rate("公司收入1港元") is None


@pytest.mark.parametrize("text,want", [
    ("2025E/2026E营收分别为180/210亿元。", {"180": "consistent", "210": "consistent"}),       # each year marked E
    ("25-26年归母净利润为15.0、18.0亿元。", {"15.0": "consistent", "18.0": "consistent"}),     # listed with 、
    # the last joined by 和 after the others' 、 (with no 分别): each year's amount
    ("预计2024-2026年实现营收150.0、180.0和200.0亿元。", {"150.0": "consistent", "180.0": "consistent", "200.0": "mismatch"}),
    ("2025-2026年分别实现营收190亿元、210亿元。", {"190": "mismatch", "210": "consistent"}),   # each with its unit, no verb
    ("2025年营业总收入180亿元(+20.0%)。", {"180": "consistent", "+20.0": "consistent"}),      # its growth in brackets
    ("2024年营业收入150.00亿元，2025年预计达180.00亿元。", {"150.00": "consistent", "180.00": "consistent"}),
    ("调整2025-2026年营业收入增速预测为20.0%、16.7%。", {"20.0": "consistent", "16.7": "consistent"}),
    # a multiple named only 估值 after the years' profits is their PE (one market value); after revenue, no PE
    ("预计公司2025-2026年归母净利润分别为15.0、18.0亿元，当前股价对应2025-2026年估值分别为30、28倍。",
     {"15.0": "consistent", "18.0": "consistent", "28": "mismatch"}),  # 15.0 × 30 is the market value: 18.0 × 25
    ("预计公司2025-2026年营业收入分别为180、210亿元，对应估值分别为3、2.6倍。", {"180": "consistent", "210": "consistent"}),
    ("预计2025年公司营收达到190亿人民币。", {"190": "mismatch"}),    # 人民币 after the scale word: 180亿元
    # 分别 after the base word; multiples joined by 和
    ("预计2025-2026年营收180、210亿元，同比分别+20.0%、+18.7%。",
     {"180": "consistent", "210": "consistent", "20.0": "consistent", "+18.7": "mismatch"}),
    ("预计2025-2026年归母净利润15.0亿元/18.0亿元，对应市盈率30倍和28倍。",
     {"15.0": "consistent", "18.0": "consistent", "28": "mismatch"}),
    # amounts in 万 with no 元 after a line item; the changes as 变动幅度 (the first one's base is not printed)
    ("2022-2024年净利润分别为3,540.52万、8,176.38万、2,531.91万，同比变动幅度达44.76%、130.94%、-69.03%。",
     {"44.76": "unverifiable", "130.94": "consistent", "-69.03": "consistent"}),
    ("2022-2024年净利润分别为3,540.52万、8,176.38万、2,531.91万，同比变动幅度达44.76%、130.94%、-59.03%。",
     {"44.76": "unverifiable", "130.94": "consistent", "-59.03": "mismatch"}),
])
def test_lists_and_amounts_as_brokers_write_them(text, want):
    assert {figure(c): c["verdict"] for c in checks(text)} == want


@pytest.mark.parametrize("text,want", [
    # a change that goes on to the level or the amount it reached is no range
    ("2025年一季度毛利率同比提升3.1个百分点至23.1%。", {"3.1": "consistent", "23.1": "consistent"}),
    ("2025年一季度毛利率同比提升3.1个百分点至24.1%。", {"3.1": "consistent", "24.1": "mismatch"}),
    ("2025年一季度营业收入同比增长21.9%至39.00亿元。", {"21.9": "consistent", "39.00": "consistent"}),
    ("2025Q1营业收入同比增长21.9%，达49.00亿元。", {"21.9": "consistent", "49.00": "mismatch"}),
    # the company's line after what moved it ('带动营业收入…'), not a part's
    ("2025年一季度出货量同比增长7.30%，带动营业收入同比增长21.9%至39.00亿元。", {"21.9": "consistent", "39.00": "consistent"}),
    # a ratio's signed change in brackets after its level: on the year before
    ("2025年一季度公司毛利率23.1%（+4.1pct）。", {"23.1": "consistent", "+4.1": "mismatch"}),
    ("2025年一季度公司毛利率23.1%（3.1pct）。", {"23.1": "consistent"}),   # unsigned: no change said
    # guidance: a range, not a figure
    ("2025Q1营业收入同比增长20%至25%。", {}), ("2025Q1营业收入同比增长20%-25%。", {}),
    # the base compared with, then the change without a base word of its own
    ("2025年一季度营业收入39.00亿元，与去年同期的32.00亿元相比，增长了21.9%。", {"39.00": "consistent", "32.00": "consistent", "21.9": "consistent"}),
    ("2025年一季度营业收入39.00亿元，与去年同期的32.00亿元相比，增长了23.9%。", {"39.00": "consistent", "32.00": "consistent", "23.9": "mismatch"}),
    # how much, between the base word and the direction
    ("2025年一季度营业收入同比大幅增长21.9%。", {"21.9": "consistent"}),
])
def test_a_change_and_what_it_reached(text, want):
    assert {figure(c): c["verdict"] for c in checks(text)} == want


def test_qoq_of_a_cumulative_or_annual_figure_is_unverifiable_naming_why():
    (c,) = checks("2025年前三季度公司营业收入环比增长5.0%。")
    assert c["verdict"] == "unverifiable" and "cumulative" in c["note"]


def test_a_base_not_printed_is_named():
    (c,) = checks("2025年二季度公司营业收入同比增长10.0%。")
    assert c["verdict"] == "unverifiable" and "营业收入 2024Q2" in c["note"]


@pytest.mark.parametrize("sentence", [
    "2025年一季度中国区收入同比增长50.0%。",                              # a segment, not the company's total
    "预计到2025年，北京集成电路产业将实现营业收入3,000亿元。",              # another subject's clause
    "我们预计公司2025-2026年营业收入为180.00/210.00亿元（前值为150.00/170.00亿元）。",  # an earlier forecast
    "2025年一季度公司营业收入环比增长6%-8%。",                              # guidance, a range
    "2025年一季度公司实现营业收入39.00亿元，资本开支12.0亿元，同比增长50.0%。",   # the growth of an unnamed item
])
def test_no_mismatch_pinned_on_the_wrong_subject(sentence):
    assert all(c["verdict"] != "mismatch" for c in checks(sentence))


def test_a_growth_without_an_amount_is_unverifiable_when_prose_uses_another_currency():
    text = "公司2025年一季度实现营收5.40亿美元。2025年一季度公司营收同比增长30.0%。"
    growth = [c for c in checks(text) if "÷" in c["formula"]]
    assert [c["verdict"] for c in growth] == ["unverifiable"] and "美元" in growth[0]["note"]


def test_the_mutation_harness_edits_a_figure_in_a_sentence():
    doc = doc_of("2025年一季度公司实现营业收入39.00亿元，同比增长21.9%，环比增长5.4%。")
    outcomes = [o for o in mutate.run(doc, "first") if o.cell[0] == "text"]
    assert {o.before for o in outcomes} == {"39.00", "21.9", "5.4"}
    assert all(o.flagged for o in outcomes)
    copy, before, after = mutate.mutated(doc, outcomes[0].cell, "first")
    assert copy.pages[0].text.count(after) == 1 and doc.pages[0].text.count(before) == 1


def test_a_cagr_from_a_reported_year_runs_from_it():
    # 2024A is reported: "2024-2026年CAGR" runs from it (18.3%), never from 2023 — an 18.07% that
    # only the growth of the years 2024–2026 from 2023 gives is a mismatch
    (ok,) = checks("2024-2026年营业收入CAGR为18.3%。")
    assert ok["verdict"] == "consistent"
    rows = YEARS + [row("营业收入", "2023A", "12,760", page=3)]      # 21,000 ÷ 12,760 over 3 years: 18.07%
    (planted,) = checks("2024-2026年营业收入CAGR为18.07%。", rows=rows)
    assert planted["verdict"] == "mismatch" and "2024)^(1/2)" in planted["formula"]


@pytest.mark.parametrize("sentence, expected", [
    ("2025年一季度公司实现营业收入39.00亿元（+21.9% YoY，+5.4% QoQ）。", {"+21.9": "consistent", "+5.4": "consistent"}),
    ("2025年一季度公司实现营业收入39.00亿元，同比/环比分别增长21.9%/5.4%。", {"21.9": "consistent", "5.4": "consistent"}),
    ("2025年一季度公司实现营业收入39.00亿元，同比、环比分别+21.9%、+5.4%。", {"21.9": "consistent", "5.4": "consistent"}),
    ("2025Q1实现营收39.00亿元,同/环比+21.9%/+7.4%。", {"21.9": "consistent", "7.4": "mismatch"}),   # 同比 shortened to 同
    # the second direction is its own: a fall of 5.4% where the table rose 5.4%
    ("2025年一季度公司实现营业收入39.00亿元，同比/环比分别增长21.9%/下降5.4%。", {"21.9": "consistent", "5.4": "mismatch"}),
])
def test_other_ways_of_writing_both_changes(sentence, expected):
    found = {figure(c): c["verdict"] for c in checks(sentence) if "÷" in c["formula"]}
    assert found == expected


def test_a_period_without_its_year_takes_the_year_named_before_it():
    # '全年' after 一季度 is the year 2025, not the quarter: 180.00亿元 is 2025E's revenue
    found = {figure(c): c for c in checks("2025年一季度公司实现营业收入39.00亿元；预计全年营业收入180.00亿元。")}
    assert found["39.00"]["verdict"] == "consistent" and "2025Q1" in found["39.00"]["formula"]
    assert found["180.00"]["verdict"] == "consistent" and "营业收入 2025 " in found["180.00"]["formula"]
    # with no year named at all, a figure is not judged against some period's table cell
    assert checks("一季度公司实现营业收入39.00亿元，同比增长21.9%。") == []


def test_a_results_report_named_by_its_period_and_a_figure_of_another_period():
    # 一季报 names the first quarter: its figures are judged as 2025Q1's
    found = {figure(c): c for c in checks("公司发布2025年一季报，实现营业收入39.00亿元，同比增长21.9%。")}
    assert found["39.00"]["verdict"] == "consistent" and found["21.9"]["verdict"] == "consistent"
    # a quarter's revenue read against a year's figure (nothing says which quarter): neither
    # the amount nor its growth is judged, rather than the year's growth called wrong
    assert checks("2025年公司实现营业收入39.00亿元，同比增长21.9%。") == []


def summary_doc(text, title="许继电气(000400):2025年半年报点评", company="许继电气", ticker="000400", price=None):
    """A results summary in prose, as desks receive them: no tables, the company and its
    ticker in the title."""
    doc = Document(doc_id="s", source=Source(path="s.txt", sha256="1" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    doc.meta = Meta(title=title, company=company, ticker=ticker,
                    price=Money(value=price, currency="CNY") if price is not None else None)
    return doc


def test_a_summary_in_prose_is_read_as_a_company_report():
    text = ("盈利预测 - 预计2025-2027年营收分别为183.46亿元/205.60亿元/231.89亿元 对应增速7.4%/12.1%/12.8% [3][7] "
            "- 预计归母净利润分别为13.75亿元/16.76亿元/21.29亿元 对应增速23.1%/21.9%/27.0% [3][7]")
    found = {figure(c): c for c in results.find(summary_doc(text))}
    assert {f: found[f]["verdict"] for f in ("12.1", "12.8", "21.9", "27.0")} == dict.fromkeys(
        ("12.1", "12.8", "21.9", "27.0"), "consistent")
    assert found["7.4"]["verdict"] == "unverifiable" and "2024" in found["7.4"]["note"]  # the base year is not printed
    # an industry note that names a stock it likes is not a company report
    assert results.find(summary_doc(text, title="大模型密集更新", company="阿里巴巴", ticker="9988.HK")) == []
    # a Hong Kong share-class mark in the title names the company without a ticker
    assert results.find(summary_doc(text, title="阿里巴巴-W:变现提速待推进", company=None, ticker=None))
    # a name and a colon, and a text that rates the stock, make a company report; an industry's
    # rating does not ('维持行业“增持”评级'), nor a title naming an industry
    rated = text + " - 维持“增持”评级 [5]"
    assert results.find(summary_doc(rated, title="海天味业:经营稳扎稳打", company=None, ticker=None))
    assert results.find(summary_doc(text, title="海天味业:经营稳扎稳打", company=None, ticker=None)) == []
    assert results.find(summary_doc(text + " - 维持行业“增持”评级", title="海天味业:经营稳扎稳打", company=None,
                                    ticker=None)) == []
    assert results.find(summary_doc(rated, title="食品饮料行业周报:旺季临近", company=None, ticker=None)) == []


def test_a_bullet_or_a_citation_mark_ends_a_clause():
    # '市场' in an earlier bullet does not make the forecast's 营收 someone else's
    text = "国网省招市场占有率同比提升 [2] - 预计2025-2027年营收分别为183.46亿元/205.60亿元/231.89亿元 对应增速7.4%/12.1%/12.8%"
    assert "12.1" in {figure(c) for c in results.find(summary_doc(text))}


@pytest.mark.parametrize("text, figures", [
    # short years listed with slashes; growth 'respectively' with no base word
    ("预测公司25/26/27年净利润分别为5.13/7.02/8.98亿元,增速分别为5.87%/36.77%/27.96%", {"36.77": "rounding", "27.96": "rounding"}),
    # every year's profit × PE is one market value
    ("预计公司2025-2027年归母净利润分别为73.56亿元、95.54亿元、119.95亿元,对应PE分别为17.0倍、13.1倍、10.4倍",
     {"13.1": "consistent", "10.4": "consistent"}),
    ("调整后2025-2027年归母净利预测为10.3亿、11.1亿、11.8亿 [4] - 当前股价对应PE为14倍、13倍、12倍",
     {"13": "consistent", "12": "consistent"}),
    ("预计公司2025-2027年归母净利润分别为73.56亿元、95.54亿元、119.95亿元,对应PE分别为17.0倍、15.1倍、10.4倍",
     {"15.1": "mismatch"}),
])
def test_forecast_lists_of_summaries(text, figures):
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text))}
    assert {f: found.get(f) for f in figures} == figures


def test_eps_and_pe_labels_with_their_english_names():
    text = "预测公司2025/2026/2027年每股收益(EPS)分别为0.86/1.18/1.51元 [6] - 对应预测市盈率(PE)分别为84.2/61.6/58.1倍"
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text, price=72.50))}
    assert found["84.2"] == "rounding" and found["61.6"] == "rounding"   # 72.50 ÷ 0.86, 72.50 ÷ 1.18
    assert found["58.1"] == "mismatch"                                    # 72.50 ÷ 1.51 is 48.0


def test_an_amount_stated_in_one_bullet_is_an_input_in_another():
    text = ("- 2024年营业总收入2360百万元 同比增长21.3% [4] - 2025年预测营业总收入2922百万元 同比增长23.8% [4] "
            "- 可比公司估值显示行业2025年平均市盈率38倍 [13]")
    found = {figure(c): c for c in results.find(summary_doc(text))}
    assert found["23.8"]["verdict"] == "consistent"          # 2922 ÷ 2360 − 1
    assert found["21.3"]["verdict"] == "unverifiable"        # 2023 is not printed
    assert "38" not in found                                  # an industry's average multiple
    # the same item and period stated twice with two values is no input
    text2 = "2024年营业总收入2360百万元 [1] - 2024年营业总收入2460百万元 [2] - 2025年预测营业总收入2922百万元 同比增长23.8% [4]"
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text2))}["23.8"] == "unverifiable"


def test_an_amount_stated_in_a_later_bullet_is_an_input_too():
    text = ("- 预计2025-2027年归母净利润增速分别为19%、32%、25% [3] "
            "- 预计2025-2027年归母净利润分别为7.9亿元、10.4亿元、12.8亿元 [6]")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text))}
    assert found["32"] == "consistent"    # 10.4 ÷ 7.9 − 1 = 31.6%
    assert found["25"] == "mismatch"      # 12.8 ÷ 10.4 − 1 = 23.1%


@pytest.mark.parametrize("share, verdict", [("9.24", "consistent"), ("9.42", "mismatch")])
def test_a_share_of_revenue(share, verdict):
    text = f"2025年上半年营业收入5.19亿元 [1] - 上半年研发费用4796.22万元(同比上升2.46%) 占营业收入比例{share}%"
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text))} == {share: verdict, "2.46": "unverifiable"}


def test_the_period_a_comparison_names_is_not_the_sentence_s_period():
    # '较2024年底' is a base: the bare 上半年 after it is still 2025's
    text = ("2025年上半年营业收入5.19亿元 毛利率达24.84%(较2024年底上升6.27个百分点) "
            "研发费用4796.22万元 占营业收入比例9.24%")
    found = [c for c in results.find(summary_doc(text)) if figure(c) == "9.24"]
    assert [c["verdict"] for c in found] == ["consistent"] and "2025H1" in found[0]["formula"]


def test_a_cagr_over_a_span_is_read_from_the_year_before_it_where_that_reproduces_it():
    years = "2024-2027年归母净利润分别为10.56亿元、14.7亿元、17.7亿元、20.4亿元"
    found = {figure(c): c for c in results.find(summary_doc(f"{years} [3] - 2025E-2027E归母净利润CAGR为24.5%"))}
    assert found["24.5"]["verdict"] == "consistent" and "from 2024" in found["24.5"]["note"]  # (20.4 ÷ 10.56)^(1/3)
    found = {figure(c): c for c in results.find(summary_doc(f"{years} [3] - 2025E-2027E归母净利润CAGR为17.8%"))}
    assert found["17.8"]["verdict"] in ("consistent", "rounding")                            # (20.4 ÷ 14.7)^(1/2)
    # the year before not printed: a figure that does not reproduce from 2025 is not called wrong
    found = {figure(c): c for c in results.find(summary_doc(
        "2025-2027年归母净利润分别为14.7亿元、17.7亿元、20.4亿元 [3] - 2025E-2027E净利润CAGR为24.5%"))}
    assert found["24.5"]["verdict"] == "unverifiable" and "归母净利润 2024" in found["24.5"]["note"]
    # printed and reproducing neither way: a mismatch
    found = {figure(c): c for c in results.find(summary_doc(f"{years} [3] - 2025E-2027E归母净利润CAGR为30.5%"))}
    assert found["30.5"]["verdict"] == "mismatch"


def test_a_conjunction_before_a_line_item_does_not_qualify_it():
    text = "2Q25营收47.3亿元(同比+6.1%),归母净利9.4亿元 [5] - 2Q25毛利率47.7%,但归母净利率19.8%"
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text))}.get("19.8") == "rounding"


def test_a_bullet_ends_its_line_item():
    # the EPS list of the next bullet is not the profit of this one
    text = ("- 预测公司2025-2027年归母净利润分别为137.59亿元、152.14亿元、169.74亿元 [3] "
            "- 对应2025-2027年每股收益(EPS)预测分别为1.50元、1.66元、1.85元 [4] "
            "- 预测2025-2027年市盈率(PE)分别为22.2倍、20.1倍、19.0倍 [3]")
    found = {figure(c): c for c in results.find(summary_doc(text))}
    assert "market value" in found["20.1"]["formula"] and found["20.1"]["verdict"] == "consistent"
    assert found["19.0"]["verdict"] == "mismatch"       # 137.59 × 22.2 ÷ 169.74 is 18.0


def test_an_earlier_forecast_in_brackets_and_a_period_going_on_with_the_item():
    text = ("- 上调2025-2027年调整后净利润预测至95.40/101.49/113.99亿元(原预测为89.93/95.27/106.89亿元),"
            "同比增速分别为-6%/6%/12% [7] - 调整后净利润2023年为90.06亿元,2024年为101.50亿元 [6]")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(
        text, title="中通快递-W(02057):盈利改善", company="中通快递", ticker="02057"))}
    assert found == {"-6": "consistent", "6": "consistent", "12": "consistent"}


def test_a_list_whose_elements_carry_their_growth():
    text = "2024年营业收入594百万美元,2025E-2027E预测分别为939百万美元(+58.0%)、825百万美元(-12.1%)、961百万美元(+18.4%)"
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text))}
    assert found == {"+58.0": "rounding", "-12.1": "consistent", "+18.4": "mismatch"}   # 961 ÷ 825 − 1 is 16.5%


def test_a_cagr_whose_sentence_states_its_first_amount_runs_from_that_year():
    text = "于2017-2024年间，营业收入从213.90亿元迅速扩容至577.96亿元，期间复合增长率达16.26%"
    (c,) = [c for c in results.find(summary_doc(text)) if figure(c) == "16.26"]
    assert c["verdict"] == "mismatch"   # (577.96 ÷ 213.90)^(1/7) − 1 is 15.26%: no year before 2017 to try


# ----------------------------------------------------------------------------- wrapped lines, PB
def test_a_line_the_pdf_wrapped_is_read_with_the_next():
    text = ("公司研究 | 季报点评\n"   # a page's first line: its running header
            "◼盈利预测与投资评级：我们预测公司2025-2026年营业收入分别为\n"
            "180.00/210.00亿元，维持买入评级。\n"
            "◼风险提示：需求不及预期\n"
            "图1：公司营收（亿元）\n"
            "资料来源：公司公告")
    page = Page(number=1, text=text)
    sentences = page_sentences(page)
    wrapped = next(s for s in sentences if "180.00" in s.text)
    assert "营业收入分别为\n180.00/210.00亿元" in wrapped.text
    assert text[wrapped.start:wrapped.start + len(wrapped.text)] == wrapped.text  # page offsets
    # a bullet, a caption and a source open lines of their own, and a page's first line ends its own
    assert sentences[0].text == "公司研究 | 季报点评"
    assert any(s.text.startswith("◼风险提示") for s in sentences)
    assert any(s.text.startswith("资料来源") for s in sentences)
    restated = [c for c in results.find(doc_of(text)) if "restated" in c["formula"]]
    assert [c["verdict"] for c in restated] == ["consistent", "consistent"]


def test_a_numbered_heading_is_not_joined_to_the_prose_after_it():
    # the heading's 行业 would otherwise make the paragraph's 营收 another subject's
    heading = "2、行业数字化收入的大幅增长推动公司营收的增长"
    prose = "2025年一季度公司营收39.00亿元，同比增长21.9%，主要是因为行业数字化本期营收24.05亿元，同比增长8.7%，" * 2
    sentences = page_sentences(Page(number=1, text=f"公司点评\n{heading}\n{prose}"))
    assert sentences[1].text == heading
    assert {figure(c): c["verdict"] for c in checks(f"公司点评\n{heading}\n{prose}")}["21.9"] == "consistent"
    # a numbered paragraph as wide as the page is still prose the layout wrapped
    wide = "1、我们预测公司2025-2026年营业收入分别为"
    sentences = page_sentences(Page(number=1, text=f"公司点评\n{wide}\n180.00/210.00亿元。\n{wide[2:]}"))
    assert any("分别为\n180.00" in s.text for s in sentences)


PB_ROWS = YEARS + [row("每股净资产", "2025E", "5.00", unit="元", row_number=3, page=3),
                   row("每股净资产", "2026E", "5.50", unit="元", row_number=3, page=3)]


@pytest.mark.parametrize("pbs, verdicts", [("6.0/5.5", ["consistent", "consistent"]),
                                           ("6.0/6.5", ["consistent", "mismatch"])])
def test_the_pb_a_sentence_states_against_the_close_over_bvps(pbs, verdicts):
    # 30.00 ÷ 5.00 = 6.0, 30.00 ÷ 5.50 = 5.45
    found = [c for c in checks(f"当前股价对应2025-2026年P/B为{pbs}倍。", rows=PB_ROWS, price=30.0)
             if c["formula"].startswith("close ÷ 每股净资产")]
    assert [c["verdict"] for c in found] == verdicts


def test_the_pb_a_sentence_states_restates_the_tables():
    rows = PB_ROWS + [row("PB", "2025E", "5.98", unit="倍", row_number=4, page=3),
                      row("PB", "2026E", "5.45", unit="倍", row_number=4, page=3)]
    found = [c for c in checks("当前股价对应2025-2026年P/B为6.0/5.6。", rows=rows, price=30.0)]
    assert [(c["formula"].split(" restated")[0], c["verdict"]) for c in found] == [
        ("PB 2025", "consistent"), ("PB 2026", "mismatch")]


def test_amounts_after_a_share_of_a_line_item_are_the_parts_not_the_items():
    # '营收占比…约20.00/22.00亿元' are the segment's revenue, not the company's 180/210亿元
    text = "其他业务：预计2025-2026年营收占比分别为11%/10%，约20.00/22.00亿元。"
    assert [c for c in checks(text) if "restated" in c["formula"]] == []


@pytest.mark.parametrize("margins, verdicts", [("25.0%/30.0%", ["consistent", "consistent"]),
                                               ("25.0%/31.0%", ["consistent", "mismatch"])])
def test_a_bare_list_of_percentages_after_an_overall_ratio(margins, verdicts):
    rows = YEARS + [row("营业成本", "2025E", "13,500", row_number=4, page=3),
                    row("营业成本", "2026E", "14,700", row_number=4, page=3)]
    # 综合 (overall) names the company's own margin: (18,000 − 13,500) ÷ 18,000, (21,000 − 14,700) ÷ 21,000
    found = [c for c in checks(f"我们预测公司2025-2026年综合毛利率{margins}。", rows=rows) if "营业成本" in c["formula"]]
    assert [c["verdict"] for c in found] == verdicts


@pytest.mark.parametrize("title, read", [("示例食品:半年报点评:业绩稳健,C端改善", True),
                                         ("示例食品:首次覆盖:调味品龙头", True),
                                         ("示例食品-2025年三季报点评:Q3收入同步发力", True),  # a dash, as a forum reposts it
                                         ("食品饮料行业-2025年三季报点评:需求回暖", False),
                                         ("食品饮料行业点评:需求回暖", False),       # an industry
                                         ("示例食品:经营稳扎稳打", False)])          # no kind of note named
def test_a_title_naming_a_company_and_a_kind_of_company_note(tmp_path, title, read):
    path = tmp_path / "note.txt"
    path.write_text(f"{title}\n预计25-27年营收为29/32/36亿元,同增11%/11%/10%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "results"]
    # 32 ÷ 29 and 36 ÷ 32 from figures rounded to 1亿: 11% and 10% are within rounding (同增: 同比增长)
    assert [c["verdict"] for c in found if c["verdict"] != "unverifiable"] == (["rounding", "rounding"] if read else [])


@pytest.mark.parametrize("title, read", [
    ("示例控制上半年营收38.30亿元同比降9.92%", True),       # the company the text says published its results
    ("工控行业上半年营收回暖", False),                      # an industry's title
    ("另一公司上半年营收38.30亿元", False)])                # not the company that published
def test_news_of_one_company_s_results_with_no_date(tmp_path, title, read):
    path = tmp_path / "news.txt"
    path.write_text(f"{title}\n8月29日，示例控制发布2025年半年报。报告显示，公司上半年营业收入为38.30亿元。"
                    "2025年上半年，公司期间费用为9.37亿元；期间费用率为24.45%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "results"]
    # 9.37 ÷ 38.30 = 24.46%: within the rounding of both amounts; the bare 上半年 is 2025's, the year published
    # (the title's '同比降9.92%' is read too, its base not printed)
    assert [(figure(c), c["verdict"]) for c in found if c["verdict"] != "unverifiable"] == ([("24.45", "rounding")] if read else [])


@pytest.mark.parametrize("share, verdict", [("30.87", "consistent"), ("32.87", "mismatch")])
def test_a_part_s_bare_share_is_of_the_company_s_revenue(share, verdict):
    text = (f"2025年上半年收入196.52亿元 同比增长4.2% [1] 业务板块收入结构 - 光学零件收入60.67亿元 同比增长10.7% "
            f"占比{share}% [1] - 光学仪器收入2.02亿元 同比增长7.12% [1] 行业收入占比12%")
    found = [c for c in results.find(summary_doc(text)) if "÷ 营业收入" in c["formula"]]
    # 60.67 ÷ 196.52; a part with no share stated gives none, and an industry's share is no part's
    assert [(figure(c), c["verdict"]) for c in found] == [(share, verdict)]
    assert found[0]["formula"].startswith("光学零件收入 2025H1")


@pytest.mark.parametrize("title, read", [("国信证券:维持示例光学“优于大市”评级 产品结构改善", True),
                                         ("国信证券:电子行业周报 产品结构改善", False),
                                         ("中金:维持示例制药跑赢行业评级 上调目标价", True),  # no quotes
                                         ("电子周报:维持电子行业“增持”评级", False),   # an industry's rating
                                         ("电子周报:维持电子行业增持评级", False)])
def test_a_title_rating_the_company_it_names(tmp_path, title, read):
    path = tmp_path / "note.txt"
    path.write_text(f"{title}\n预计25-27年营收为29/32/36亿元,同增11%/11%/10%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert bool(found) == read


def test_a_sentence_naming_no_period_speaks_of_the_one_before_it_in_its_paragraph():
    found = checks("2025年一季度公司实现营业收入39.00亿元，同比增长21.9%。毛利率为23.1%，同比提升3.1个百分点。")
    by_figure = {figure(c): c for c in found}
    assert by_figure["23.1"]["verdict"] == "consistent"                    # (3,900 − 3,000) ÷ 3,900, 2025Q1's
    assert by_figure["3.1"]["verdict"] == "consistent" and "2024Q1" in by_figure["3.1"]["formula"]


def test_no_period_is_carried_across_a_paragraph_or_into_a_sentence_with_a_year_of_its_own():
    for text in ("2025年一季度公司实现营业收入39.00亿元，同比增长21.9%。\n毛利率为23.1%，同比提升3.1个百分点。",
                 # '2024实现' is a year the sentence names, though not read as a period
                 "2025年一季度公司实现营业收入39.00亿元，同比增长21.9%。2024实现毛利率为23.1%，同比提升3.1个百分点。",
                 # a sentence naming two periods carries neither
                 "2025年一季度营业收入39.00亿元，2024年四季度为37.00亿元。毛利率为23.1%，同比提升3.1个百分点。"):
        assert not [c for c in checks(text) if figure(c) in ("23.1", "3.1")], text


def test_a_stated_eps_no_table_prints_from_the_stated_profit_over_the_share_count(tmp_path):
    def eps_checks(eps):
        path = tmp_path / "r.txt"
        path.write_text("示例医药(600001.SH)：业绩稳健\n示例证券 2025年8月28日\n投资评级：买入（维持）\n总股本：20.00亿股\n\n"
                        f"我们预计公司2025-2027年归母净利润分别为20.0/25.0/30.0亿元，对应EPS分别为{eps}元。\n", encoding="utf-8")
        return [c for c in run_families(read_document(path))[0] if "总股本" in c["formula"]]
    # 20.0亿 ÷ 20.00亿股 = 1.00, 25.0亿 ÷ 20.00亿股 = 1.25, …
    assert [c["verdict"] for c in eps_checks("1.00/1.25/1.50")] == ["consistent"] * 3
    assert [c["verdict"] for c in eps_checks("1.00/1.35/1.50")] == ["consistent", "mismatch", "consistent"]


@pytest.mark.parametrize("sentence, figure_, verdict", [
    ("2025年一季度实现营收39.00亿元，同比增加7.00亿元，增幅21.9%。", "7.00", "consistent"),   # 3,900 − 3,200 百万元
    ("2025年一季度实现营收39.00亿元，同比增加7.50亿元。", "7.50", "mismatch"),
    ("2025年一季度营收39.00亿元，环比增加2.00亿元。", "2.00", "consistent"),                 # 3,900 − 3,700
    ("2025年一季度营收39.00亿元，环比减少2.00亿元。", "2.00", "mismatch"),                   # the sign
])
def test_a_change_in_amount_is_the_amount_less_the_base_period_s(sentence, figure_, verdict):
    found = {figure(c): c for c in checks(sentence)}
    assert found[figure_]["verdict"] == verdict
    if "增幅" in sentence:  # the growth after it is the same item's
        assert found["21.9"]["verdict"] == "consistent"


def report_checks(tmp_path, sentence, table):
    """The checks of a text company report: a cover, one sentence, and a Markdown table
    ("| 项目 | 2023A | 2024A |" and its rows, in 百万元) under a caption."""
    path = tmp_path / "r.txt"
    path.write_text("示例材料(603999.SH)：年报点评\n示例证券 2025年4月20日\n投资评级：增持（维持）\n\n"
                    f"{sentence}\n\n表1：财务数据（百万元）\n{table}", encoding="utf-8")
    return run_families(read_document(path))[0]


# brokers count 期间费用率 with or without R&D: one that neither reproduces is unverifiable, not a mismatch
@pytest.mark.parametrize("stated, verdict, definition", [("18.4", "consistent", "(销售 + 管理 + 研发 + 财务费用)"),
                                                         ("11.4", "consistent", "(销售 + 管理 + 财务费用)"),
                                                         ("19.4", "unverifiable", "")])
def test_the_period_expense_ratio_a_sentence_states_from_the_statement(tmp_path, stated, verdict, definition):
    table = ("| 项目 | 2023A | 2024A |\n| --- | --- | --- |\n| 营业收入 | 8,000 | 9,200 |\n| 销售费用 | 480 | 552 |\n"
             "| 管理费用 | 400 | 460 |\n| 研发费用 | 560 | 644 |\n| 财务费用 | 40 | 35 |\n")
    # (552 + 460 + 644 + 35) ÷ 9,200 = 18.38%; without R&D 11.38%
    (c,) = [c for c in report_checks(tmp_path, f"2024年公司期间费用率{stated}%。", table) if "期间费用率【" in c["claim"]]
    assert c["verdict"] == verdict and c["formula"].startswith(definition)


def _margins_report(tmp_path, sentence):
    table = ("| 项目 | 2025E | 2026E | 2027E |\n| --- | --- | --- | --- |\n"
             "| 营业收入 | 10,000 | 12,000 | 14,000 |\n| 营业成本 | 6,200 | 7,320 | 8,680 |\n")
    return [c for c in report_checks(tmp_path, sentence, table) if c["family"] == "results" and "毛利率" in c["claim"]]


def test_a_list_of_margins_each_marked_with_its_percent_sign(tmp_path):
    # 38.0%, 39.0%, 38.0%: the last % is inside the list, and still the unit
    found = _margins_report(tmp_path, "预计2025-2027年毛利率分别为38.0%/39.0%/37.0%。")
    assert [(figure(c), c["verdict"]) for c in found] == [("38.0", "consistent"), ("39.0", "consistent"),
                                                          ("37.0", "mismatch")]


def test_a_margin_after_a_part_s_revenue_is_the_part_s(tmp_path):
    # the segment's margin (its revenue named just before) is not the company's: not judged
    assert _margins_report(tmp_path, "预计2025-2027年晶圆代工业务收入分别为90.00/108.00/126.00亿元，"
                                     "毛利率分别为30.0%/31.0%/32.0%。") == []
    # a new clause after a semicolon, or the company's own line named again, is the company's
    for sentence in ("预计2025-2027年晶圆代工业务收入分别为90.00/108.00/126.00亿元；毛利率分别为38.0%/39.0%/38.0%。",
                     "预计2025-2027年晶圆代工业务收入分别为90.00/108.00/126.00亿元，公司综合毛利率分别为38.0%/39.0%/38.0%。"):
        assert [c["verdict"] for c in _margins_report(tmp_path, sentence)] == ["consistent"] * 3, sentence
    # a part named by its business, the line after it ('电子材料业务实现收入…，毛利率40.52%'), is a part too
    assert _margins_report(tmp_path, "预计2025年电子材料业务实现收入90.00亿元，毛利率30.0%。") == []
    assert _margins_report(tmp_path, "预计2025年新能源板块的收入90.00亿元，毛利率30.0%。") == []


def _expenses_report(tmp_path, sentence):
    table = ("| 项目 | 2023A | 2024A |\n| --- | --- | --- |\n| 营业收入 | 8,000 | 9,200 |\n| 营业成本 | 4,960 | 5,704 |\n"
             "| 销售费用 | 480 | 644 |\n| 管理费用 | 400 | 460 |\n| 研发费用 | 560 | 644 |\n")
    return {(c["formula"].split(" ÷ ")[0].split(" − ")[0], figure(c).lstrip("+")): c["verdict"]
            for c in report_checks(tmp_path, sentence, table) if c["family"] == "results" and "【" in c["claim"]}


@pytest.mark.parametrize("sentence", [
    "2024年销售/管理/研发费用率分别为7.0%/5.0%/7.0%，同比+1.0/+0.0/+0.0pct。",
    "2024年公司销售费用率、管理费用率和研发费用率分别为7.0%、5.0%和7.0%，同比分别+1.0、+0.0、+0.0pct。",
    "2024年销售、管理、研发费用率分别同比变动+1.0、0.0、0.0pct至7.0%、5.0%和7.0%。"])
def test_items_named_together_take_one_figure_each(tmp_path, sentence):
    # 644/460/644 over 9,200: 7.0%, 5.0%, 7.0%; 2023: 6.0%, 5.0%, 7.0%
    found = _expenses_report(tmp_path, sentence)
    assert found[("销售费用", "7.0")] == found[("管理费用", "5.0")] == found[("研发费用", "7.0")] == "consistent"
    assert found[("销售费用率 2024", "1.0")] == "consistent"
    assert {v for v in found.values()} == {"consistent"}


def test_items_named_together_a_wrong_figure_is_pinned_on_its_own_item(tmp_path):
    found = _expenses_report(tmp_path, "2024年毛利率、销售费用率分别为38.0%、6.0%。")
    assert found == {("(营业收入", "38.0"): "consistent", ("销售费用", "6.0"): "mismatch"}


def test_changes_listed_with_and_and_a_second_item_after_and():
    # each figure of the list in its own unit: a growth in %, a margin's change in points
    found = {figure(c): c for c in checks("2025年一季度营业收入和毛利率分别同比增长21.9%和3.1个百分点。")}
    assert (found["21.9"]["verdict"], found["3.1"]["verdict"], found["3.1"]["unit"]) == ("consistent", "consistent", "pct")
    found = {figure(c): c for c in checks("2025年一季度营业收入同比增长21.9%和毛利率同比提升3.1个百分点。")}
    assert found["21.9"]["verdict"] == found["3.1"]["verdict"] == "consistent"


def test_a_price_or_volume_change_is_not_the_line_item_s():
    # '销量' and 'ASP' are no line item: their changes are not pinned on the revenue named before them
    found = [figure(c) for c in checks("2025年一季度营业收入39.00亿元，同比增长21.9%，其中销量同比增长15.0%，ASP环比上升6.0%。")]
    assert found == ["39.00", "21.9"]


def test_the_base_a_sentence_states_as_the_same_period_a_year_before(tmp_path):
    # against the quarterly table: the base restated, the growth judged
    found = {figure(c): c for c in checks("2025年一季度公司营收为39.00亿元，去年同期为33.00亿元，同比增长21.9%。")}
    assert found["33.00"]["verdict"] == "mismatch" and found["21.9"]["verdict"] == "consistent"
    # a summary with no table: the growth from the two stated amounts
    path = tmp_path / "s.txt"
    path.write_text("示例科技(600000):一季报点评\n示例证券· 2025-05-01 10:56\n"
                    "- 2025年一季度营收39.00亿元，去年同期为32.00亿元，同比增长23.9%。\n", encoding="utf-8")
    (c,) = run_families(read_document(path))[0]
    assert c["verdict"] == "mismatch" and c["formula"] == "(营收 2025Q1 ÷ 营收 2024Q1 − 1) × 100"   # 21.9%


@pytest.mark.parametrize("sentence, figure_, verdict", [
    ("2024年末公司资产负债率为29.0%，较年初下降2.4个百分点。", "2.4", "consistent"),   # 29.03% on 2023's 31.38%
    ("2024年末公司资产负债率为29.0%，较年初下降1.0个百分点。", "1.0", "mismatch"),
    ("2024年ROE（摊薄）为15.2%，同比提升0.3pct。", "15.2", "consistent"),               # 1,504 ÷ 9,895
])
def test_a_balance_since_the_year_began_and_a_ratio_qualified_in_brackets(tmp_path, sentence, figure_, verdict):
    table = ("| 项目 | 2023A | 2024A |\n| --- | --- | --- |\n| 资产总计 | 13,040 | 14,266 |\n| 负债合计 | 4,092 | 4,141 |\n"
             "| 归属母公司股东权益 | 8,748 | 9,895 |\n| 归属母公司净利润 | 1,300 | 1,504 |\n")
    found = {figure(c): c for c in report_checks(tmp_path, sentence, table) if c["family"] == "results"}
    assert found[figure_]["verdict"] == verdict


def test_the_sum_of_the_expense_ratios_a_sentence_states(tmp_path):
    # no table needed: the parts are the sentence's own figures (each to 0.1, so the sum's
    # rounding allows 0.15 either way)
    path = tmp_path / "s.txt"
    path.write_text("示例科技(600000):半年报点评\n示例证券· 2025-08-28 10:56\n"
                    "- 2025年上半年销售费用率28.0%，管理费用率8.0%，研发费用率12.0%，三费合计48.0%。\n"
                    "- 2025年上半年销售/管理/研发费用率分别为28.0%/8.0%/12.0%，费用率合计49.0%。\n"
                    "- 2025年上半年销售费用率28.0%，管理费用率8.0%，四费合计36.0%。\n", encoding="utf-8")
    sums = [c for c in run_families(read_document(path))[0] if " + " in c["formula"]]
    assert [(figure(c), c["verdict"]) for c in sums] == [("48.0", "consistent"), ("49.0", "mismatch")]  # 四费 of two: not read


def test_items_named_together_before_为_and_a_list_of_figures(tmp_path):
    # '销售/ 管理/ 研发费用为 3.54/3.02/3.49 亿元，分别同比增加…' (东北证券, spaced by its converter):
    # each amount is its own item's, and so is each growth after it
    table = ("| 项目 | 2023A | 2024A |\n| --- | --- | --- |\n| 营业收入 | 8,000 | 9,200 |\n| 销售费用 | 480 | 644 |\n"
             "| 管理费用 | 400 | 460 |\n| 研发费用 | 560 | 644 |\n")
    sentence = "2024年公司销售/ 管理/ 研发费用为 6.44/4.60/6.44 亿元，分别同比增加34.2%/15.0%/15.0%。"
    found = {figure(c): c["verdict"] for c in report_checks(tmp_path, sentence, table) if "【" in c["claim"]}
    assert found == {"6.44": "consistent", "4.60": "consistent", "34.2": "consistent", "15.0": "consistent"}
    edited = sentence.replace("4.60/", "4.70/")
    found = {figure(c): c["verdict"] for c in report_checks(tmp_path, edited, table) if "【" in c["claim"]}
    assert found["4.70"] == "mismatch"


def test_a_cagr_over_the_years_ahead_runs_over_the_years_the_tables_forecast():
    # '未来两年': the report's first forecast year (2025E) and the one after, grown from 2024A:
    # (21,000 ÷ 15,000)^(1/2) − 1 = 18.3%
    (c,) = checks("预计公司未来两年营业收入CAGR为18.3%。")
    assert c["verdict"] == "consistent" and "2024" in c["formula"] and "2026" in c["formula"]
    (c,) = checks("预计公司未来两年营业收入CAGR为19.3%。")
    assert c["verdict"] == "mismatch"
    # three years ahead reach 2027, which no table prints: the missing year is named
    (c,) = checks("未来三年营业收入年均复合增长率为18.3%。")
    assert c["verdict"] == "unverifiable" and "2027" in c["note"]


@pytest.mark.parametrize("sentence", [
    # Hong Kong brokers' words for 同比/环比, and 升/跌 alone, in either script
    "2025年一季度公司實現營業收入39.00億元，按年增長21.9%，按季增長5.4%；毛利率為23.1%，按年提升3.1個百分點。",
    "2025年一季度公司营业收入39.00亿元，同比升21.9%，环比升5.4%；毛利率为23.1%，按年升3.1个百分点。"])
def test_changes_as_hong_kong_brokers_word_them(sentence):
    from pipeline import script

    found = {figure(c): (c["verdict"], c["formula"]) for c in checks(script.to_simplified(sentence)[0])}
    assert found["21.9"][0] == found["5.4"][0] == found["3.1"][0] == "consistent"
    assert "2024Q4" in found["5.4"][1] and "2024Q1" in found["21.9"][1]


def test_a_level_reached_after_its_base_word():
    # '毛利率同比提升至23.1%': the level 23.1% the sentence's quarter reached ((3,900 − 3,000) ÷ 3,900)
    (c,) = checks("2025年一季度公司毛利率同比提升至23.1%。")
    assert c["verdict"] == "consistent" and figure(c) == "23.1"
    (c,) = checks("2025年一季度公司毛利率按年升至24.1%。")
    assert c["verdict"] == "mismatch"


@pytest.mark.parametrize("change, verdict", [("308个基点", "consistent"), ("350个点子", "mismatch"), ("35bps", "mismatch")])
def test_a_change_in_basis_points(change, verdict):
    # (3,900 − 3,000) ÷ 3,900 − (3,200 − 2,560) ÷ 3,200 = 3.08 points: 308 basis points (基点, 点子 in Hong Kong)
    (c,) = [c for c in checks(f"2025年一季度公司毛利率同比提升{change}。") if "毛利率" in c["formula"]]
    assert c["verdict"] == verdict


@pytest.mark.parametrize("period", ["2025财年上半年", "FY2025上半年", "2025财年"])
@pytest.mark.parametrize("margin, verdict", [("17.2", "consistent"), ("18.2", "mismatch")])
def test_a_hong_kong_operating_margin_in_a_fiscal_year(period, margin, verdict):
    text = f"{period}营业额为394.08亿港元，经营溢利为67.76亿港元，经营溢利率为{margin}%。"
    (c,) = results.find(summary_doc(text, title="周大福(01929):中期业绩点评", company="周大福", ticker="01929"))
    assert c["verdict"] == verdict and c["formula"] == "营业利润 ÷ 营业收入"   # 67.76 ÷ 394.08 = 17.19%


def test_a_hong_kong_results_news_by_the_period_its_results_end(tmp_path):
    # the company publishes (公告/发布) its results for the six months to June: 2021's first half;
    # '期内' in the next paragraph is that period; a level's move in points from the earlier level it names
    path = tmp_path / "news.txt"
    path.write_text("港股通示例中药(00570)中期股东应占溢利9.3亿元\n\n"
                    "示例中药(00570)发布,截至2021年6月30日止6个月中期业绩,公司拥有人应占溢利9.3亿元。\n\n"
                    "期内,营业额81.49亿元;毛利为50.03亿元。毛利率为61.4%,比去年同期的60.4%上升1.0个百分点。"
                    "净利率由9.4%下跌2.6%至6.8%。\n", encoding="utf-8")
    found = {figure(c): (c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
             if c["family"] == "results"}
    assert found["61.4"] == ("consistent", "毛利 ÷ 营业收入")             # 50.03 ÷ 81.49, 2021H1's
    assert found["1.0"][0] == "consistent" and found["2.6"][0] == "consistent"


@pytest.mark.parametrize("text, verdict", [("毛利率为61.4%，比去年同期的60.4%上升1.5个百分点。", "mismatch"),
                                           ("净利率由9.4%下跌2.6%至7.2%。", "mismatch"),
                                           ("净利率由9.4%下跌2.65%至6.8%。", "rounding"),
                                           # a change printed with % may be the level's relative change
                                           ("毛利率由20.0%下降10.0%至18.0%。", "consistent"),
                                           ("毛利率由20.0%下降7.0%至18.0%。", "mismatch"),   # neither reading
                                           ("销售费用率由9.4%下降30个基点至9.1%。", "consistent"),
                                           # 从 as 由, 约 before a level
                                           ("毛利率从52.6%下降3.0个百分点至49.6%。", "consistent"),
                                           ("毛利率从约52.6%下降3.5个百分点至约49.6%。", "mismatch")])
def test_a_move_in_points_between_two_levels_the_sentence_states(text, verdict):
    (c,) = [c for c in checks(f"2025年一季度{text}") if "%" in c["formula"] and "−" in c["formula"]]
    assert c["verdict"] == verdict


def test_a_change_of_a_line_the_family_does_not_know_is_not_the_last_subject_s():
    # '原材料成本同比+4.5%' after 归母净利's clause: not 归母净利's growth (which its amounts give as 5.0%)
    text = "2024Q1归母净利9.52亿元。2025Q1归母净利10.0亿元,同比+5.0%;原材料成本同比+4.5%。"
    assert [(c["reported"], c["verdict"]) for c in checks(text, rows=[])] == [(5.0, "consistent")]
    # a guidance's midpoint is still the line's ('营收环比增长6%-8%,中位数同比+35%')
    assert not results._names_another(",中位数") and results._names_another(",2025Q1原材料成本")


@pytest.mark.parametrize("qoq, verdict", [("-0.5", "rounding"), ("-0.6", "consistent"), ("-1.5", "mismatch")])
def test_a_change_in_points_against_a_level_another_clause_states(qoq, verdict):
    # 24.7 − 25.3 = −0.6: the base quarter's level is stated in the clause before, not in a table
    text = f"2024Q4毛利率25.3%,同比-8.3pct,2025Q1毛利率24.7%,同比-3.0pct/环比{qoq}pct。"
    (c,) = [c for c in checks(text, rows=[]) if c["formula"] == "毛利率 2025Q1 − 毛利率 2024Q4"]
    assert c["verdict"] == verdict
    # a level stated twice with two values is no reference
    text = "2024Q4毛利率25.3%。2024Q4毛利率25.9%。2025Q1毛利率24.7%,环比-0.6pct。"
    (c,) = [c for c in checks(text, rows=[]) if c["formula"] == "毛利率 2025Q1 − 毛利率 2024Q4"]
    assert c["verdict"] == "unverifiable"


def test_years_joined_by_words_a_list_joined_by_and_and_a_rating_stated(tmp_path):
    # '2025年和2026年', '0.32元、0.87元和1.71元', 'PE值', and a title with no ticker over a text
    # stating the stock's rating ('投资评级为买入')
    path = tmp_path / "note.txt"
    path.write_text("示例农牧:生猪出栏保持增长\n示例证券· 2025-10-31 17:39\n"
                    "示例农牧 (603999) 投资评级为买入,维持评级。收盘价为18.35元,公司总股本为5.10亿股。\n"
                    "预测公司2025年至2027年的归母净利润分别为1.61亿元、4.44亿元和8.73亿元 [7] - 对应的每股收益(EPS)预测"
                    "分别为0.32元、0.87元和1.71元 [7] - 预测2025年和2026年的市盈率(PE)分别为57倍和21倍,对应PE值分别为57、21倍\n",
                    encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    # 1.61 ÷ 5.10, 4.44 ÷ 5.10, 8.73 ÷ 5.10; 18.35 ÷ 0.32 and ÷ 0.87, twice
    assert found == [("0.32", "consistent"), ("0.87", "consistent"), ("1.71", "consistent"),
                     ("57", "consistent"), ("21", "consistent"), ("57", "consistent"), ("21", "consistent")]


def test_periods_of_two_kinds_joined_name_a_list_of_both():
    # '2024年和25Q1': a year and a quarter, each ratio list giving one figure for each
    text = ("2024年实现营收13.18亿元 归母净利润3.00亿元 [6] - 2025年一季度实现营收2.40亿元 归母净利润0.44亿元 [6] "
            "毛利率与净利率 - 2024年和25Q1公司毛利率分别为58.17%(+1.83pct.)、57.67%(+1.98pct.) "
            "归母净利率为{}%(+0.89pct.)、{}%(-2.87pct.) [6]")
    def margins(a, b):
        return sorted((c["formula"].split(" ÷ ")[0], figure(c), c["verdict"])
                      for c in results.find(summary_doc(text.format(a, b))) if "÷ 营业收入" in c["formula"])
    # 3.00 ÷ 13.18 = 22.76%, 0.44 ÷ 2.40 = 18.33%: each within its amounts' rounding, each of its own period
    assert [(f, v) for _, f, v in margins("22.77", "18.41")] == [("18.41", "rounding"), ("22.77", "rounding")]
    assert ("22.77", "mismatch") not in [(f, v) for _, f, v in margins("22.77", "18.41")]
    assert [(f, v) for _, f, v in margins("22.77", "19.41")] == [("19.41", "mismatch"), ("22.77", "rounding")]


def test_a_year_named_with_全年_and_shares_of_revenue_not_a_subsidiary_s(tmp_path):
    # '2023全年' is the year 2023; '公司23年实现屈光收入' names the part 屈光收入; a hospital
    # doing the 实现 ('武汉爱尔实现收入…，净利润…') states its own lines, not the company's
    text = ("爱尔样例(300000):年报点评\n"
            "2023全年公司实现营业收入203.7亿元,同比增长26.4%;实现归母净利润33.6亿元,同比增长33.1%。"
            "分业务看,公司23年实现屈光收入74.3亿元(同比+17.3%),占比{}%(同比-2.8pcts);"
            "其他项目收入14.2亿元(同比+0.2%),占比7.0%(同比-1.8pcts)。"
            "核心医院中,武汉爱尔实现收入6.37亿(同比+25.64%),净利润1.83亿元(同比+34.56%)。\n")

    def found(share):
        path = tmp_path / "s.txt"
        path.write_text(text.format(share), encoding="utf-8")
        return [c for c in run_families(read_document(path))[0] if c["family"] == "results"]

    shares = {c["formula"]: (figure(c), c["verdict"]) for c in found("36.5") if "占比" in c["claim"]}
    assert shares == {"屈光收入 2023 ÷ 营业收入 2023 × 100": ("36.5", "consistent"),      # 74.3 ÷ 203.7
                      "其他项目收入 2023 ÷ 营业收入 2023 × 100": ("7.0", "consistent"),   # 14.2 ÷ 203.7
                      # each share's move in points in its brackets, on the year-earlier amounts the growths imply:
                      # 36.47 − (74.3 ÷ 1.173) ÷ (203.7 ÷ 1.264) = −2.83, 6.97 − (14.2 ÷ 1.002) ÷ 161.16 = −1.82
                      "屈光收入 占营业收入 2023 − 2022": ("2.8", "consistent"),
                      "其他项目收入 占营业收入 2023 − 2022": ("1.8", "consistent")}
    assert [figure(c) for c in found("37.5") if c["verdict"] == "mismatch"] == ["37.5"]
    # the hospital's growth is not judged as the company's (its base is no line of the company's)
    assert not [c for c in found("36.5") if figure(c) in ("25.64", "34.56")]


def test_a_text_with_no_title_opening_with_the_company_s_results_is_a_company_report(tmp_path):
    path = tmp_path / "s.txt"
    body = "2023全年公司实现营业收入203.7亿元,同比增长26.4%;公司23年实现屈光收入74.3亿元,占比36.5%,其他项目收入14.2亿元,占比7.0%。"
    path.write_text("公司发布2023年年报和2024年一季报:" + body + "\n", encoding="utf-8")
    assert [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"
            and c["formula"].endswith("÷ 营业收入 2023 × 100")] == [("36.5", "consistent"), ("7.0", "consistent")]
    # the same body opening with an industry's news is no company's report
    path.write_text("行业协会发布2023年行业年报:" + body + "\n", encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["family"] == "results"]


def _results_of(tmp_path, text):
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    return [c for c in run_families(read_document(path))[0] if c["family"] == "results"]


def _judged(tmp_path, text):
    """The verdicts of the results family's judged checks on a text, by the figure marked in each."""
    return {figure(c): c["verdict"] for c in _results_of(tmp_path, text) if c["verdict"] != "unverifiable"}


@pytest.mark.parametrize("title, rating", [
    ("样例家居:2024年三季度点评:盈利能力改善", "维持“推荐”评级"),        # a period before the kind of note
    ("样例家居:经营改善,期待新品放量", "给予样例家居“强推”评级"),      # the company named, a top rating
    ("样例家居:经营改善,期待新品放量", "报告将公司评级调整为\"增持\""),  # the rating stated after 评级
])
def test_a_company_note_told_by_its_title_or_rating(tmp_path, title, rating):
    text = f"{title}\n{rating}。2025年公司实现营业收入100.0亿元,归母净利润10.0亿元,归母净利率10.0%。\n"
    assert [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text)] == [("10.0", "consistent")]
    # an industry rated the same way is no company
    industry = "家居行业:经营改善\n维持行业“强推”评级。2025年行业营业收入100.0亿元,归母净利润10.0亿元,归母净利率10.0%。\n"
    assert not _results_of(tmp_path, industry)


def test_a_list_whose_unit_is_bracketed_by_its_name_and_growth_from_a_loss(tmp_path):
    # '营业总收入(百万)分别为…': a table's row label in prose; from a loss (−111) a growth is on the
    # base's size: (61 − (−111)) ÷ 111 = 154.95%, printed 154.8 within the figures' rounding
    text = ("样例家居(300999):2024年三季度点评\n维持“买入”评级。\n"
            "2023-2026年营业总收入(百万)分别为4900/3993/4148/4360,同比增速分别为-7.8%/-18.5%/3.9%/5.1%。"
            "2023-2026年归母净利润(百万)分别为65/-111/61/122,同比增速分别为40.1%/-270.8%/{}%/100.8%。"
            "2023-2026年每股盈利(元)分别为0.29/-0.49/0.27/0.54,市盈率分别为49/-29/52/26。\n")
    found = {figure(c): c for c in _results_of(tmp_path, text.format("154.8"))}
    assert [found[f]["verdict"] for f in ("-18.5", "3.9", "5.1")] == ["consistent"] * 3
    assert found["-270.8"]["verdict"] == "consistent"                   # −111 on 65
    assert found["154.8"]["verdict"] == "rounding"
    assert found["154.8"]["formula"] == "(归母净利润 2025 − 归母净利润 2024) ÷ |归母净利润 2024| × 100"
    assert found["40.1"]["verdict"] == "unverifiable"                   # 2022 is not printed
    # the multiples the name alone marks: one price (0.29 × 49) for every year
    assert [found[f]["verdict"] for f in ("-29", "52", "26")] == ["consistent"] * 3
    wrong = {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("174.8"))}
    assert wrong["174.8"] == "mismatch"


def test_items_named_together_right_before_their_figures_and_a_loss_s_margin(tmp_path):
    # '营收/归母净利润/扣非归母净利润10.2/-0.1/-0.2亿元' with no 分别; a negative margin; a margin on
    # the profit net of one-off items (扣非)
    text = ("样例家居(300999):2024年三季度点评\n维持“买入”评级。\n"
            "24Q3实现营收/归母净利润/扣非归母净利润10.2/-0.1/-0.2亿元。24Q3归母净利率 {}%,扣非归母净利率-2.0%。\n")
    found = {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("-0.8"))}
    assert found == {"-0.8": "rounding", "-2.0": "consistent"}          # −0.1 ÷ 10.2, −0.2 ÷ 10.2
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("-3.8"))}["-3.8"] == "mismatch"


def test_one_figure_stated_at_two_precisions_is_one_input(tmp_path):
    # 288.8 and 288.76 are one revenue: the finer is the base of the next year's growth; a level
    # reached after a change in points ('-7.1pct至23.1%'); multiples named 'PE估值'
    text = ("样例酒业(002999):年报点评\n维持“买入”评级。\n"
            "2024年实现营收288.8亿元,归母净利66.7亿元。2024年归母净利率-7.1pct至{}%。"
            "预计2025-2027年收入增速分别为-11.0%/3.0%/5.8%,EPS为3.96/4.14/4.45元,当前股价对应PE估值分别为18.1/17.3/16.1倍。"
            "2024年营业收入288.76亿元。2025E-2027E预测营收分别为257.13/264.73/280.11亿元。\n")
    found = {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("23.1"))}
    # (the move itself, '-7.1pct', read as the margin's: its base, 2023's, is not printed)
    assert found == {"23.1": "consistent", "7.1": "unverifiable", "-11.0": "consistent", "3.0": "consistent",
                     "5.8": "consistent", "17.3": "consistent", "16.1": "consistent"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("25.1"))}["25.1"] == "mismatch"


def test_a_line_summed_with_another_is_not_the_line(tmp_path):
    # '营收+Δ合同负债同比增长16.88%' is the sum's growth: judged as revenue's it would be a false mismatch
    text = ("样例酒业(600999):三季报点评\n维持“买入”评级。\n"
            "2023年第三季度公司实现营收77.34亿元。2024年第三季度公司实现营收86.11亿元,同比增长11.34%,"
            "营收+Δ合同负债同比增长16.88%。\n")
    found = [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text)]
    assert found == [("11.34", "consistent")]


def test_items_named_together_before_为_and_their_list(tmp_path):
    text = ("样例电子(300998):年报点评\n维持“买入”评级。\n"
            "2024年公司营业收入40.00亿元,销售/管理/研发费用为3.54/3.02/3.49亿元,销售费用率为8.85%。\n")
    assert [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text)] == [("8.85", "consistent")]


def test_a_report_named_by_its_quarter_counts_from_the_year_s_start_and_a_compressed_pair(tmp_path):
    # '2024年三季度报…营业总收入96.05亿元' is the first three quarters, not Q3: Q3's own revenue
    # (34.41) stays the base of Q3's margin; '同环比+28.06%/+10.39%' is a year-on-year and a
    # quarter-on-quarter change
    text = ("样例汽车(603999):三季报点评\n维持“买入”评级。\n"
            "2024年三季度报正式披露营业总收入96.05亿元,归母净利润为6.86亿元。"
            "2024Q3公司实现营收34.41亿元同环比+28.06%/+10.39%,实现归母净利润2.75亿元。2024Q3归母净利率为{}%。\n")
    found = {figure(c): c for c in _results_of(tmp_path, text.format("7.99"))}
    assert found["7.99"]["verdict"] == "consistent"                     # 2.75 ÷ 34.41
    assert "2023Q3" in found["28.06"]["note"] and "2024Q2" in found["10.39"]["note"]
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("8.99"))}["8.99"] == "mismatch"


def test_a_text_with_no_title_opening_on_公司_s_lines_and_a_list_carrying_revisions(tmp_path):
    # no title, the opening stating 公司's results: a note's body; '30.8(-1.2)亿元/40.8(-1.1)亿元':
    # each forecast with its revision in brackets
    text = ("Q3营收同比+19%,业绩略不及预期。公司23Q1-3实现营收189.8亿元,同比+22%。"
            "盈利预测:我们略下调公司2023-2025年归母净利润分别为30.8(-1.2)亿元/40.8(-1.1)亿元/51.2(-1.3)亿元,"
            "同比分别+20%/+{}%/+25%。\n")
    found = {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("32"))}
    assert found["+32"] == "consistent" and found["+25"] == "consistent"   # 40.8 ÷ 30.8, 51.2 ÷ 40.8
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("42"))}["+42"] == "mismatch"
    # an industry's opening ('上市公司…实现营收') is no company's
    industry = text.replace("公司23Q1-3实现营收", "医药上市公司23Q1-3实现营收").replace("我们略下调公司", "我们略下调板块")
    assert not [c for c in _results_of(tmp_path, industry.format("32")) if c["verdict"] != "unverifiable"]


def test_a_note_s_body_after_its_headline_a_part_before_its_period_and_a_fair_value(tmp_path):
    # no title: a headline sentence, then '公司发布2023年中报'; '半导体硅片业务23Q2营收环比增长13.97%' is
    # the part's (judged as the company's it would be a false mismatch); Q1 = H1 − Q2
    text = ("受需求波动影响,23年上半年业绩承压。公司发布2023年中报,上半年实现营业收入13.42亿元,同比下降14.22%。"
            "公司23Q2单季度实现营业收入7.10亿元,QoQ+{}%。分业务看,半导体硅片业务23Q2营收环比增长13.97%。"
            "预计公司23年实现EPS 0.73元/股,给予公司2023年65倍PE,对应合理价值47.44元/股,维持“买入”评级。\n")
    def judged(qoq):
        return {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format(qoq)) if c["verdict"] != "unverifiable"}
    assert judged("12.30") == {"12.30": "rounding"}                     # 7.10 ÷ (13.42 − 7.10) − 1
    assert judged("15.30") == {"15.30": "mismatch"}
    path = tmp_path / "s.txt"
    path.write_text(text.format("12.30"), encoding="utf-8")
    target = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "target"]
    assert target == [("47.44", "rounding")]                             # 65 × 0.73 = 47.45


def test_a_statement_identity_among_amounts_the_prose_lists(tmp_path):
    # 毛利 = 营业总收入 − 营业成本 each year, from lists a summary runs together with no stop
    text = ("样例汽车(603999):三季报点评\n维持“买入”评级。\n"
            "2023A-2026E的营业总收入分别为10572、13582、17797、20411百万元营业成本分别为8452、10947、14060、15894百万元"
            "毛利分别为2120、2635、{}、4517百万元。\n")
    found = {figure(c): (c["verdict"], c["formula"]) for c in _results_of(tmp_path, text.format("3737"))}
    assert found == {f: ("consistent", f"毛利 = 营业收入 − 营业成本 ({y})")
                     for f, y in (("2120", 2023), ("2635", 2024), ("3737", 2025), ("4517", 2026))}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("3837"))}["3837"] == "mismatch"


def test_a_figure_a_space_split_a_basic_eps_and_a_revised_eps_list(tmp_path):
    # '为3 4.04、37.45、41.49亿' is 34.04 split by a PDF's spacing: its tail 4.04 is no profit (read
    # as one, the years' PE would be a false mismatch)
    split = ("样例家电(000999)2025年三季报点评:营收同比转正\n维持公司\"买入\"评级。我们预计2025-2027年公司归母净利润为"
             "3 4.04、37.45、41.49亿,对应PE为10.5、9.5、8.6倍。\n")
    assert not [c for c in _results_of(tmp_path, split) if c["verdict"] == "mismatch"]
    # '基本每股收益0.94元' of a reported year is on the weighted average count: 27.40亿 ÷ 28.53亿股 = 0.96
    basic = ("样例生物(600999):年报点评\n样例证券· 2025-03-19 20:17\n维持“买入”评级。收盘价10.16元,总股本2853百万股。"
             "2024年实现营业收入250.69亿元;归母净利润27.40亿元;{}每股收益{}元。\n")
    (c,) = [c for c in _results_of(tmp_path, basic.format("基本", "0.94")) if figure(c) == "0.94"]
    assert c["verdict"] == "unverifiable" and "weighted average" in c["note"]
    assert [c["verdict"] for c in _results_of(tmp_path, basic.format("基本", "0.84")) if figure(c) == "0.84"] == ["mismatch"]
    # an EPS list revised ('EPS(Non-GAAP)由9.7/12.1/14.6元调整为8.3/9.1/11.2元'): the new figures, one price
    revised = ("样例集团-SW(09999.HK):业绩前瞻\n维持\"买入\"评级。将2025-2027年的EPS(Non-GAAP)由9.7/12.1/14.6元调整为"
               "8.3/9.1/11.2元,对应2025-2027年的PE分别为11.9/10.8/{}倍。\n")
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, revised.format("8.8"))} == {"10.8": "rounding", "8.8": "consistent"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, revised.format("9.8"))}["9.8"] == "mismatch"


def test_forecast_eps_against_profits_on_one_share_count(tmp_path):
    # no share count printed: every forecast year divides its profit by one count, so 2027's EPS is
    # 67.0 × 3.96 ÷ 59.7 = 4.44 (printed 4.45: within the inputs' rounding)
    text = ("样例酒业(002999):年报点评\n样例证券· 2025-04-30 10:00\n维持“买入”评级。预计2025-2027年归母净利分别为"
            "59.7/62.4/67.0亿元,EPS为3.96/4.14/{}元。\n")
    def judged(eps):
        return {figure(c): (c["verdict"], c["formula"]) for c in _results_of(tmp_path, text.format(eps))}
    assert judged("4.45") == {"4.14": ("consistent", "归母净利润 2026 × EPS 2025 ÷ 归母净利润 2025 (one share count)"),
                              "4.45": ("rounding", "归母净利润 2027 × EPS 2025 ÷ 归母净利润 2025 (one share count)")}
    assert judged("4.65")["4.65"][0] == "mismatch"
    # a reported year is on its weighted count: not the first year of the one count
    reported = text.replace("预计2025-2027年", "2024-2026年").replace("2025-04-30", "2025-08-30")
    assert {figure(c) for c in _results_of(tmp_path, reported.format("4.45"))} == {"4.45"}


def test_an_earlier_forecast_in_brackets_with_years_of_its_own(tmp_path):
    # '(25 - 26年前次为6.2、6.9亿)': the earlier forecast's years are not the sentence's, and the dash
    # of its spaced span is no summary bullet; the growth list after it is the new forecast's
    text = ("样例味业(603999):年报点评\n维持增持评级 [1] 盈利预测调整 - 预测25 - 27年归母净利润为5.4亿、6.1亿、6.9亿"
            "(25 - 26年前次为6.2、6.9亿),同比增长5%、{}%和14% [1]\n")
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("13"))} == {
        "5": "unverifiable", "13": "consistent", "14": "rounding"}          # 6.1 ÷ 5.4, 6.9 ÷ 6.1
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("23"))}["23"] == "mismatch"


def test_a_site_label_for_a_title_a_bare_quarter_s_year_and_a_sentence_by_region(tmp_path):
    # 'AI智能总结' names no company: the text opening on the stock's rating is a company's note; its
    # bare 单三季度 is of the year the opening reports on ('23Q1-3'); 1.57 ÷ 9.89 = 15.87%
    text = ("AI智能总结\n维持“增持”评级。公司公告23Q1-3收入29.26亿元(+4.48%),单三季度收入9.89亿元(+6.65%),"
            "归母净利润1.57亿元(-10.31%)。单三季度毛利率51.95%(-1.63pct),归母净利率{}%(-3.06pct)。\n")
    def judged(margin):
        return {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format(margin)) if c["verdict"] != "unverifiable"}
    # the points are left unverifiable: 15.93% is not what 1.57 ÷ 9.89 rounds to, so which profit the
    # margin is on is in doubt, and a base implied by 归母's growth (-10.31%) may be another profit's
    assert judged("15.93") == {"15.93": "rounding"}
    assert judged("16.93") == {"16.93": "mismatch"}
    # '分区域看,华东地区表现突出,收入同比增长14.09%': the region's revenue, though named a clause before
    region = ("样例医药(603999):一季报点评\n维持“买入”评级。一季度实现营业收入69.56亿元,去年同期为67.52亿元。"
              "分区域看,华东地区表现突出,收入同比增长14.09%。\n")
    assert not [c for c in _results_of(tmp_path, region) if figure(c) == "14.09" and c["verdict"] != "unverifiable"]


def test_adjusted_pe_on_adjusted_profits_a_bare_同比_and_an_insurer_s_own_measures(tmp_path):
    # '经调整净利润为9.77/18.70/20.96亿元,对应经调整PE为55.38X/28.93X/25.82X': one market value
    adjusted = ("样例科技(09999.HK):首次覆盖\n给予“增持”评级。我们预测公司FY2024-FY2026年经调整净利润为9.77/18.70/20.96亿元,"
                "对应经调整PE为55.38X/28.93X/{}X。\n")
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, adjusted.format("25.82"))} == {
        "28.93": "consistent", "25.82": "rounding"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, adjusted.format("28.82"))}["28.82"] == "mismatch"
    # '归母净利润同比 64.9%' is a rise; the EV after it is no profit's
    insurer = ("样例保险(601999):年报点评\n维持“增持”评级。2023年归母净利润272.57亿元。2024 年归母净利润449.60亿元,"
               "同比 {}%;集团 EV 同比 6.2%。\n")
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, insurer.format("64.9"))
            if c["verdict"] != "unverifiable"} == {"64.9": "consistent"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, insurer.format("54.9"))}["54.9"] == "mismatch"


def test_a_segment_heading_its_bullet_and_a_bare_quarter_after_a_span_of_years(tmp_path):
    # '鲜味剂板块:Q2收入17.6亿元(同比-4.2%)' is the segment's (judged as the company's, whose Q2 grew
    # 20%, it would be a false mismatch); and its bare Q2 is not of 2027, the span's last year
    text = ("样例生物(600999):中报点评\n样例证券· 2025-08-24 10:00\n维持“买入”评级。2025年Q2实现营业收入60.0亿元,"
            "去年同期为50.0亿元。预计2025-2027年归属净利润分别为31.6亿元、33.9亿元、35.1亿元[12] 业务板块分析 - "
            "鲜味剂板块:Q2收入17.6亿元(同比-4.2%,环比-3.0%)[12]\n")
    found = _results_of(tmp_path, text)
    assert not [c for c in found if c["verdict"] == "mismatch"]
    assert not [c for c in found if "2027Q" in c["formula"]]


def test_a_payout_ratio_from_the_dividend_and_the_year_s_profit(tmp_path):
    # '拟派发现金分红860.2亿元,分红比例52.2%': 860.2 ÷ 1646.76 = 52.24%
    text = ("样例石油(601999):年报点评\n维持“买入”评级。公司2024年归母净利润1646.76亿元,拟派发现金分红860.2亿元,"
            "分红比例{}%。\n")
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("52.2"))} == {"52.2": "consistent"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("55.2"))} == {"55.2": "mismatch"}
    # a payout ratio carried to a quarter's period is misread, not judged against the quarter's profit
    quarter = ("样例味业(603999):年报点评\n维持“增持”评级 [1] 公司业绩 - 2025Q1实现营业收入8.31亿,归母净利润1.61亿 [1] "
               "分红情况 - 预计分配现金红利5.14亿,分红率为99.94% [1]\n")
    assert not [c for c in _results_of(tmp_path, quarter) if figure(c) == "99.94"]


def test_a_sign_after_同比_is_the_first_figure_own_not_the_list_direction():
    # '同比-29%/+17%/+7%': a fall, then two rises (no 2023 profit printed: the first unverifiable)
    text = "预计公司2024-2026年归母净利润分别为30.1/35.2/37.8亿元,同比-29%/+17%/+{}%。"
    got = {(c["reported"], c["verdict"]) for c in checks(text.format("7"), rows=[])}
    assert got == {(-29.0, "unverifiable"), (17.0, "consistent"), (7.0, "consistent")}
    assert {c["verdict"] for c in checks(text.format("9"), rows=[]) if c["reported"] == 9.0} == {"mismatch"}


def test_a_direction_right_after_a_line_item_is_a_years_change_on_the_year_before():
    # '2025-2026年营业收入增长29.2%/15.9%': no 同比 said, a year's figure on the year before
    text = ("预计公司2024-2026年实现营业收入732.12/945.94/1096.46亿元。"
            "2025-2026年营业收入增长29.2%/{}%。")
    got = {(c["reported"], c["verdict"]) for c in checks(text.format("15.9"), rows=[])}
    assert got == {(29.2, "consistent"), (15.9, "consistent")}
    assert {c["verdict"] for c in checks(text.format("19.5"), rows=[]) if c["reported"] == 19.5} == {"mismatch"}
    # a plan is no result, and a quarter's bare change may be on the quarter before
    assert checks("公司2025年经营计划:营业收入增长25%。", rows=YEARS) == []
    assert checks("2025Q1营业收入增长21.9%。", rows=QUARTERS) == []


def test_a_cause_before_the_company_line_and_the_sales_gross_margin():
    # '…下降致营收…为13.00亿元', '…下行使营业成本…为7.18亿元': the company's own lines after a cause
    # (致, 使), and 销售毛利率 is the gross margin: (13.00 − 7.18) ÷ 13.00 = 44.77%, within rounding of 44.79
    text = ("25Q1产品销量及单价下降致营收降7.80%为13.00亿元,采购量及单价下行使营业成本降9.22%为7.18亿元,"
            "销售毛利率{}%。")
    got = [c["verdict"] for c in checks(text.format("44.79"), rows=[]) if c["formula"].startswith("(营业收入 − 营业成本)")]
    assert got == ["rounding"]
    got = [c["verdict"] for c in checks(text.format("45.79"), rows=[]) if c["formula"].startswith("(营业收入 − 营业成本)")]
    assert got == ["mismatch"]


def test_roa_after_a_margin_is_not_read_as_the_margin():
    # '净利率为6.0%/6.0%,ROA为3.04%/3.33%': the second list is ROA's, not 净利率's
    text = "预计2025-2026年公司净利率为8.3%/8.6%,ROA为3.04%/3.33%。"
    assert [c["reported"] for c in checks(text, rows=YEARS) if c["reported"] in (3.04, 3.33)] == []


def test_pe_listed_with_profits_against_the_market_value_printed(tmp_path):
    # '总市值804.39亿元' and '归母净利…73.32/82.77/92.48亿元,对应PE 11/10/9倍': 804.39 ÷ 73.32 = 10.97
    text = ("样例电力(600999):中报点评\n维持“买入”评级。下调2025-2027年归母净利预测至73.32/82.77/92.48亿元,"
            "对应PE {}/10/9倍。\n市场数据 - 当前股价4.51元,总市值804.39亿元\n")
    path = tmp_path / "pe.txt"
    for first, want in (("11", "consistent"), ("13", "mismatch")):
        path.write_text(text.format(first), encoding="utf-8")
        got = {c["formula"]: c["verdict"] for c in results.find(read_document(path))}
        assert got == {"总市值 ÷ 归母净利 2025": want, "总市值 ÷ 归母净利 2026": "consistent", "总市值 ÷ 归母净利 2027": "consistent"}


def test_a_headline_over_公司_s_forecast_clauses_on_is_a_company_note(tmp_path):
    # a headline naming no one, then '公司光伏锂电成长可期,…,预计2024-2026年实现营收…': the note's company
    text = ("差异化打造盈利优势,静待新品放量\n\n业绩展望 - 公司光伏锂电成长可期,磁材器件稳中有进,预计2024-2026年实现"
            "营收分别为221.86亿元、256.91亿元和298.02亿元,归母净利润分别为19.72亿元、22.17亿元和25.24亿元,"
            "同比增长8.6%、{}%、13.8%[3]\n")
    found = {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("12.4"))}
    assert found["12.4"] == "consistent" and found["13.8"] == "consistent"   # 22.17 ÷ 19.72, 25.24 ÷ 22.17
    # an industry's ('相关上市公司…预计…实现营收') is none
    industry = text.replace("业绩展望 - 公司", "业绩展望 - 相关上市公司")
    assert not [c for c in _results_of(tmp_path, industry.format("12.4")) if c["verdict"] != "unverifiable"]


def test_增_and_降_alone_after_同比_and_环比_and_an_amount_run_into_环比():
    # '同比降15%', '环比增1%'; Q1 = H1 − Q2: '扣非归母净利26.3亿环比增9%' (26.3 ÷ (50.4 − 26.3) − 1 = 9.1%)
    text = ("2019年上半年实现营收315亿,同比降15%,归母净利56.2亿,扣非归母净利50.4亿;其中Q2实现营收156亿,环比降2.3%,"
            "归母净利28.3亿,环比增{}%,扣非归母净利26.3亿环比增9%。")
    got = {(c["reported"], c["verdict"]) for c in checks(text.format("1"), rows=[]) if c["verdict"] != "unverifiable"}
    assert got == {(-2.3, "rounding"), (1.0, "consistent"), (9.0, "consistent")}
    assert (5.0, "mismatch") in {(c["reported"], c["verdict"]) for c in checks(text.format("5"), rows=[])}


def test_a_segment_series_heading_its_lines_and_a_bare_前三季度_of_the_published_year(tmp_path):
    # '1)聚氨酯系列:营收165亿' is the segment's, not the company's H1 revenue the 环比 is judged by
    text = ("2019年上半年实现营收315亿;其中Q2实现营收156亿,环比降2.3%。1)聚氨酯系列:营收165亿(同比降25%)。")
    got = [(c["reported"], c["verdict"]) for c in checks(text, rows=[]) if c["reported"] == -2.3]
    assert got == [(-2.3, "rounding")]
    # '公司披露2024年三季报。前三季度,公司实现营业收入…': the published year's first three quarters
    path = tmp_path / "q3.txt"
    path.write_text("太阳能(000591):三季报点评\n事件:近日公司披露2024年三季报。前三季度,公司实现营业收入47.73亿元"
                    "同比下降25.93%。\n", encoding="utf-8")
    assert [c["formula"] for c in results.find(read_document(path))] == ["(营业收入 2024前三季度 ÷ 营业收入 2023前三季度 − 1) × 100"]


def test_a_first_line_that_is_a_dated_table_row_names_no_ticker_and_事件_may_follow_it(tmp_path):
    # '万华化学 基础化工业 2019-08-26 43.33 …' then '事件:公司发布中报,…': a note on the one company
    path = tmp_path / "e.txt"
    path.write_text("样例化学 基础化工业 2019-08-26 43.33 53.00 20.59%\n事件:公司发布中报,上半年实现营收315亿,同比降15%;"
                    "其中Q2实现营收156亿,环比降{}%。\n".format("2.3"), encoding="utf-8")
    assert [(c["reported"], c["verdict"]) for c in results.find(read_document(path)) if c["reported"] == -2.3] == \
        [(-2.3, "rounding")]


def test_总营收_is_the_revenue_a_margin_divides():
    # '24Q3 单季总营收 11.95 亿元…归母净利润 3.62 亿元' and '24Q3 归母净利率 30.28%': 3.62 ÷ 11.95 = 30.29%
    text = "24Q3 归母净利率 {}%。24Q3 单季总营收 11.95 亿元,同比下滑 22.04%,归母净利润 3.62 亿元。"
    got = [c["verdict"] for c in checks(text.format("30.28"), rows=[]) if c["formula"] == "归母净利润 ÷ 营业收入"]
    assert got == ["rounding"]
    assert [c["verdict"] for c in checks(text.format("32.28"), rows=[]) if c["formula"] == "归母净利润 ÷ 营业收入"] == ["mismatch"]


def test_pe_whose_profits_disagree_on_a_market_value_but_whose_eps_agree_on_a_price():
    # 1,754 × 28.24 ÷ 1,891 = 26.19, not 26.68: the years' share counts differ (1,754 ÷ 0.45 = 3,898,
    # 2,119 ÷ 0.54 = 3,924); 0.45 × 28.24 ÷ 0.48 = 26.48 is within the EPS' rounding
    text = ("- 2024-2026年归母净利润分别为1,754/1,891/2,119百万元 [3] "
            "- 2024-2026年每股收益分别为0.45/0.48/0.54元,市盈率分别为28.24/{}/23.82倍 [3]")
    found = {figure(c): c for c in results.find(summary_doc(text.format("26.68")))}
    assert found["26.68"]["verdict"] == "rounding" and "share counts differ" in found["26.68"]["note"]
    assert found["23.82"]["verdict"] == "rounding"
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("36.68")))}["36.68"] == "mismatch"


def test_every_line_of_a_run_a_part_heads_is_the_part_s():
    # '1)聚氨酯系列:营收165亿(同比降25%),营业成本94.5亿(同比增2%)': the cost is the segment's too —
    # judged against the company's 220 ÷ 200 it would be a false mismatch
    text = ("2019年上半年实现营收315亿,同比降15%,营业成本220亿;2018年上半年营收370.6亿,营业成本200亿。"
            "2019年上半年按业务板块结构如下:1)聚氨酯系列:营收165亿(同比降25%),营业成本94.5亿(同比增2%),"
            "毛利70.3亿(同比降45%);2)石化系列:营收75亿(同比降19.4%),营业成本67.6亿(同比降18%)。")
    assert [(c["reported"], c["verdict"]) for c in checks(text, rows=[]) if c["verdict"] != "unverifiable"] == \
        [(-15.0, "consistent")]


def test_a_list_of_changes_after_分别_and_market_data_run_into_the_figure_before(tmp_path):
    # '…百万元同比增长分别为7.7%、17.6%…' (分别 after the verb); '收盘价为16.49元总股本3445.39百万股…' (the
    # label right after the figure before's unit); the report's own year's EPS on the year's weighted count
    path = tmp_path / "yt.txt"
    path.write_text("报告投资评级 - 维持“增持”评级[3] 财务数据方面 - 2024Q3实现营业收入168.0亿元 - 收盘价为16.49元总股本"
                    "3445.39百万股流通股本3445.39百万股 - 2023-2026年营业收入分别为57684、67829、76041、83585百万元同比增长"
                    "分别为7.7%、{}%、12.1%、9.9%归母净利润分别为3723、4321、5241、6094百万元,每股收益分别为1.08、1.26、"
                    "1.52、1.77元[8]\n".format("17.6"), encoding="utf-8")
    found = {c["formula"]: c["verdict"] for c in results.find(read_document(path))}
    assert found["(营业收入 2024 ÷ 营业收入 2023 − 1) × 100"] == "consistent"          # 67,829 ÷ 57,684
    assert found["每股收益 2025 = 归母净利润 ÷ 总股本"] == "consistent"                  # 5,241 ÷ 3,445.39
    # 4,321 ÷ 3,445.39 = 1.254: 2024 is the note's own year, its EPS on the weighted count
    assert found["每股收益 2024 = 归母净利润 ÷ 总股本"] == "unverifiable"


def test_a_heading_before_the_headline_and_a_short_year_published(tmp_path):
    # '核心观点:\n…。公司发布24年三季报,…': a note on 公司, its results 2024's; '24 年PE' spaced by the PDF
    path = tmp_path / "lh.txt"
    path.write_text("核心观点:\n养殖成本同比下降显著,三季度业绩同比高增长。公司发布24 年三季报,报告期内营业收入127 亿元,同比增长14%。\n"
                    "盈利预测与投资建议。预计24-26 年EPS 为1.92、2.07、2.8 元/股,维持合理价值30.32 元/股不变,"
                    "对应24 年PE 估值{} 倍,维持“买入”评级。\n".format("16"), encoding="utf-8")
    found = [(c["family"], c["verdict"]) for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"]
    assert found == [("target", "consistent")]                                       # 30.32 ÷ 1.92 = 15.8


def test_a_ratio_against_an_earlier_year_named_and_a_hong_kong_full_year_announcement(tmp_path):
    # '中材股份公告,截至2015年12月31日止全年…': news of the company's results; '毛利率为16.69%,较2014年的
    # 18.19%,减少1.50个百分点': the change between the two levels the sentence states
    path = tmp_path / "hk.txt"
    path.write_text("样例股份公告,截至2015年12月31日止全年股东应占盈利7.72亿元,按年升52.25%。\n"
                    "2015年集团的毛利率为16.69%,较2014年的18.19%,减少{}个百分点。\n".format("1.50"), encoding="utf-8")
    assert [(c["reported"], c["verdict"]) for c in results.find(read_document(path)) if c["verdict"] != "unverifiable"] \
        == [(-1.5, "consistent")]
    path.write_text(path.read_text(encoding="utf-8").replace("减少1.50", "减少2.50"), encoding="utf-8")
    assert [c["verdict"] for c in results.find(read_document(path)) if c["reported"] == -2.5] == ["mismatch"]


def test_a_list_in_bare_亿_after_the_companys_own_name():
    # '24/25/26年广发证券营业收入分别为270/311/342亿': the company's name before its line is its own, and
    # a bare 亿 (no 元) is in the currency its tables keep
    doc = doc_of("预计25/26年示例科技营业收入分别为180/210亿，同比+20%/+17%；归母净利润分别为15/18 亿。")
    doc.meta = Meta(company="示例科技")
    got = {(c["claim"].split("【")[1].split("】")[0], c["verdict"]) for c in results.find(doc)}
    assert got == {("180", "consistent"), ("210", "consistent"), ("20", "consistent"), ("+17", "consistent"),
                   ("15", "consistent"), ("18", "consistent")}
    # another's name before the line is not the company's
    doc.meta = Meta(company="其他公司")
    # (its own figures may still be checked among themselves, named as its: '示例科技营业收入 2026 ÷ … 2025')
    assert all("营业收入" not in c["formula"] or "示例科技营业收入" in c["formula"] for c in results.find(doc))


# ---------------------------------------------------------------- bases a growth implies
HALF_YEAR = ("2025年上半年实现收入12.23亿元,同比减少2.93%,归母净利润1.08亿元,同比增长227.96%。"
             "25H1归母净利率为8.83%,同比提升6.22个百分点。")


def test_a_margins_base_is_implied_by_each_amount_and_its_growth():
    # 2024H1: 1.08 ÷ 3.2796 over 12.23 ÷ 0.9707 = 2.614%; 8.831 − 2.614 = 6.22 points (周黑鸭 25H1)
    got = [c for c in checks(HALF_YEAR, rows=[]) if "归母净利率" in c["formula"]]
    assert [(c["verdict"], c["reported"]) for c in got] == [("consistent", 6.22)]
    assert "implied by the next period's and their growth" in got[0]["note"]
    # an edit of either growth moves the implied base past the points' precision
    edited = HALF_YEAR.replace("227.96%", "237.96%")
    assert [c["verdict"] for c in checks(edited, rows=[]) if "归母净利率" in c["formula"]] == ["mismatch"]


def test_a_deducted_margins_base_implied_by_growths_confirms_but_never_refutes():
    # 北方华创 25Q1-3: revenue's growth runs from the year restated for a merger (205.3亿), 扣非's from the year as
    # first reported (a merged company's profit before the merger is no recurring profit): 51.02 ÷ 273.01 =
    # 18.69%, the base the growths imply 20.80%, so −2.11 points where the report prints −2.27 (on 203.5亿)
    text = ("2025Q1-3公司实现营收273.01亿元,同比+32.97%;扣非归母净利润51.02亿元,同比+19.47%。"
            "2025Q1-3公司扣非净利率为18.69%,同比-{}pct。")
    def judged(points):
        return [c for c in checks(text.format(points), rows=[]) if c["formula"].startswith("扣非净利率")]
    (got,) = judged("2.27")
    assert got["verdict"] == "unverifiable" and "gives -2.11" in got["note"] and "restated" in got["note"]
    assert [c["verdict"] for c in judged("2.11")] == ["consistent"]


def test_a_growth_never_checks_itself_against_the_base_it_implies():
    got = [c for c in checks(HALF_YEAR, rows=[]) if c["formula"].startswith("(收入") or "归母净利润 2025H1 ÷" in c["formula"]]
    assert got and {c["verdict"] for c in got} == {"unverifiable"}


def test_an_organic_growth_implies_no_base():
    text = HALF_YEAR.replace("同比减少2.93%", "内生同比减少2.93%")
    got = [c for c in checks(text, rows=[]) if "归母净利率" in c["formula"]]
    assert [c["verdict"] for c in got] == ["unverifiable"]


def test_a_level_of_another_definition_is_not_paired_with_an_implied_base():
    # 净利率 11.01% is the whole company's (归母 6.34 ÷ 64.47 = 9.83%): a base implied from 归母's
    # growth is on another definition, so the points are unverifiable, not a mismatch (许继电气 25H1)
    text = ("2025H1实现收入64.47亿元同比下降5.68% 归母净利润6.34亿元同比增加0.96%。"
            "净利率提升至11.01%同比上升0.5个百分点。")
    got = [c for c in checks(text, rows=[]) if "净利率" in c["formula"]]
    assert [c["verdict"] for c in got] == ["unverifiable"]


def test_a_change_in_gross_profit_from_implied_revenue_and_cost():
    # 2.86亿 (+3.17%) less 1.80亿 (+7.82%): 1.06 − (2.7721 − 1.6695) = −426.7万, printed −424万 within
    # the amounts' precision (中闽能源 Q3)
    text = ("2025年第三季度实现营业收入2.86亿元,同比增长3.17%。第三季度营业成本1.80亿元,同比提升7.82%,"
            "导致毛利润同比减少424万元。")
    got = [c for c in checks(text, rows=[]) if c["formula"].startswith("毛利润")]
    assert [(c["verdict"], c["reported"]) for c in got] == [("rounding", -424)]
    assert "implied" in got[0]["note"]
    # the two periods' gross profits are judged as independent intervals (each ±100万 here, though
    # both rest on the same revenue and cost), so only an edit past their sum is a mismatch
    assert [c["verdict"] for c in checks(text.replace("424万元", "624万元"), rows=[])
            if c["formula"].startswith("毛利润")] == ["mismatch"]


def test_a_ratios_base_from_its_level_and_the_growths_of_its_two_amounts():
    # 销售费用率 2024H1 = 4.23% × (1 − 5.68%) ÷ (1 + 24.0%) = 3.2175%: up 1.0125 points, printed 1.01
    text = ("2025年上半年实现营业收入64.47亿元,同比下降5.68%。2025年上半年销售费用同比增长24.0%,销售费用率为4.23%,"
            "同比上升{}个百分点。")
    def judged(points):
        return [(c["verdict"], c["reported"]) for c in checks(text.format(points), rows=[]) if "销售费用率" in c["formula"]]
    assert judged("1.01") == [("consistent", 1.01)]
    assert judged("1.21") == [("mismatch", 1.21)]
    # a ratio of two definitions (净利率: the whole company's profit or 归母's) gets no base this way
    text = "2025年上半年实现营业收入64.47亿元,同比下降5.68%。归母净利润同比增长1.0%,净利率为11.01%,同比上升0.5个百分点。"
    assert [c["verdict"] for c in checks(text, rows=[]) if "净利率" in c["formula"]] == ["unverifiable"]


def test_the_level_a_change_went_on_to_pins_the_ratios_definition():
    # 净利率 (the whole company's profit or 归母's?) 9.2% is 0.46 ÷ 5.0: 归母's, so the base its
    # amounts' growths imply is judged, and an edit of the points is a mismatch (国博电子 Q3)
    text = ("2025年第三季度单季收入5.0亿元,同比下滑2.5%;归母净利润0.46亿元,同比下滑26.0%。"
            "2025年第三季度净利率同比下降{}个百分点至9.2%。")
    def judged(points):
        return [(c["verdict"], c["reported"]) for c in checks(text.format(points), rows=[]) if "净利率" in c["formula"]
                and "−" in c["formula"]]
    assert judged("2.9") == [("consistent", -2.9)]
    assert judged("2.0") == [("mismatch", -2.0)]
    # and the level itself is judged on the amounts, never on itself
    levels = [c for c in checks(text.format("2.9"), rows=[]) if c["reported"] == 9.2]
    assert [c["formula"] for c in levels] == ["归母净利润 ÷ 营业收入"]


def test_a_hong_kong_digest_s_periods_parts_and_moves_in_points():
    # '截至…止九个月/半年度' with no day; 集团's own lines; a margin's bare move in points on the year
    # before (the level it reached pins it); a numbered item headed by a part is the part's; 期内 names
    # the period up to the first one its sentence names itself
    text = ("截至2025年6月止半年度,集团营业额上升36.5%至7.31亿元。期内,集团业务概况如下: (一)整体毛利增长26.2%至"
            "2.95亿元,毛利率则减少3.3个百分点至40.3%; (二)运营服务收入:营业额增长28.5%至4.76亿元; "
            "(三)于2025年6月30日,集团之银行结余及现金为27.02亿元。")
    found = {(c["formula"], c["verdict"]) for c in checks(text, rows=[])}
    assert ("毛利率 2025H1 − 毛利率 2024H1", "consistent") in found   # 40.36 − (2.95/1.262)/(7.31/1.365)
    assert ("毛利 ÷ 营业收入", "rounding") in found                  # 2.95 ÷ 7.31 = 40.36%: 40.3 at the edge
    # a bare move right after its ratio only: '从52.6%下降3.0个百分点' is the move results reads as both levels
    assert not [c for c in checks("2025年上半年毛利率从52.6%下降3.0个百分点至49.6%。", rows=[]) if "2024H1" in c["formula"]]


def test_a_figure_carried_onto_the_wrong_period_and_an_adjusted_figure_are_no_inputs():
    # '经营溢利为67.76亿港元' in a bullet after one on 2024H1, the same figure named for 2025H1 later
    text = ("公司2024财年上半年营收为394.08亿港元[28] - 经营溢利为67.76亿港元[25] - 2025财年上半年,"
            "集团经营溢利同比增长4.0%至67.76亿港元[169]")
    (c,) = [c for c in checks(text, rows=[]) if c["reported"] == 4.0]
    assert c["verdict"] == "unverifiable"          # not 67.76 ÷ 67.76 − 1 = 0
    # '剔除…后,本集团纯利为…': an adjusted profit is not the line's own figure
    text = ("截至2023年12月31日止年度,本集团的收入为人民币2138百万元。截至2023年12月31日止年度,本集团的纯利为人民币237百万元"
            "及本集团的纯利率为11.1%。剔除按公允价值计入损益的金融资产的公允价值变动损益后,本集团纯利为人民币232百万元。")
    assert ("净利润 ÷ 营业收入", "consistent") in {(c["formula"], c["verdict"]) for c in checks(text, rows=[])}


@pytest.mark.parametrize("bp, verdict", [("400", "consistent"), ("403", "consistent"), ("420", "mismatch")])
def test_basis_points_ending_in_zero_are_good_to_ten(bp, verdict):
    # (67.76 ÷ 394.08) − (65.17 ÷ 495.00) = 4.03 points: '400个基点' may be 4.0pct written out, 420 is not
    text = (f"2025年上半年营收394.08亿元,经营溢利67.76亿元。2024年上半年营收495.00亿元,经营溢利65.17亿元。"
            f"2025年上半年经营溢利率同比提升{bp}个基点。")
    (c,) = [c for c in checks(text, rows=[]) if "经营溢利率" in c["formula"] and "−" in c["formula"]]
    assert c["verdict"] == verdict


def test_a_hong_kong_company_s_results_by_a_digest_or_an_announcement_s_title():
    from pipeline.verify.checks import is_company_report
    # a data vendor's digest with no title, opening on the group's own line; an announcement titled by
    # the period its results end
    digest = summary_doc("截至2025年9月止九个月,集团营业额上升29.9%至12.15亿元。", title=None, company=None, ticker=None)
    titled = summary_doc("本期间收益为54,686,000港元。", title="(原标题:截至二零二五年九月三十日止六个月之中期业绩)",
                         company=None, ticker=None)
    assert is_company_report(digest) and is_company_report(titled)
    # another group's line, or an industry's, is no such opening
    assert not is_company_report(summary_doc("某某集团营业额上升29.9%至12.15亿元。", title=None, company=None, ticker=None))


def test_an_unnamed_summary_opening_on_its_results_heading_or_a_source_s_label():
    from pipeline.verify.checks import is_company_report
    # an aggregator's summary with the name left in its page title: '财务表现 - 2025年上半年营业总收入…';
    # a reprint opening on its source in brackets before the event ('(来源:研报虎) 事件:公司于8月12日发布…')
    heading = summary_doc("财务表现 - 2025年上半年营业总收入164.5亿元,同比下降2.7%", title=None, company=None, ticker=None)
    sourced = summary_doc("(来源:研报虎) 事件:公司于8月12日发布2025年中报,25年上半年公司累计实现营收910.94亿元",
                          title=None, company=None, ticker=None)
    assert is_company_report(heading) and is_company_report(sourced)
    # an industry's data under such a heading is no company's
    assert not is_company_report(summary_doc("行业数据 - 2025年上半年全国社会消费品零售总额24.5万亿元", title=None,
                                             company=None, ticker=None))


def test_a_headline_on_one_company_whose_results_the_text_states():
    from pipeline.verify.checks import headline_company, is_company_report
    # a news story titled by the company's short name, opening on its industry, then its results
    text = ("2025年第三季度,22家A股生猪养殖公司中,14家企业营业收入同比收缩。\n"
            "前三季度,牧原股份实现营业收入1117.90亿元,同比增长15.52%。")
    story = summary_doc(text, title="牧原扛不住“降价潮”?前三季度“双增”", company=None, ticker=None)
    assert is_company_report(story) and headline_company(story.meta.title, text) == "牧原股份"
    # its lines are the company's own, named: the growth is read
    assert [c["verdict"] for c in results.find(story) if figure(c) == "15.52"] == ["unverifiable"]
    # a roundup of two companies' results, or a headline naming another, is no one company's story
    roundup = text + "温氏股份实现营业收入751.0亿元。"
    assert not is_company_report(summary_doc(roundup, title="牧原扛不住“降价潮”?", company=None, ticker=None))
    assert not is_company_report(summary_doc(text, title="猪价下行,养殖企业承压", company=None, ticker=None))


def test_a_story_s_dateline_and_byline_before_its_company_publishing_results():
    from pipeline.verify.checks import is_company_report
    # a site's label as the title, a dateline and a byline, then '工业富联(601138.SH)披露了2025年三季度报告'
    text = ("经济观察报 关注\n2025-10-30 18:37\n\n经济观察报记者 郑晨烨\n10月29日晚间,工业富联(601138.SH)披露了2025年"
            "三季度报告,业绩表现靓丽。\n2025年第三季度,工业富联实现营业收入2431.72亿元,同比增长42.81%。")
    assert is_company_report(summary_doc(text, title="经济观察报 关注", company="工业富联", ticker="601138.SH"))


def test_a_title_beating_the_market_s_expectations_names_no_market():
    from pipeline.verify.checks import is_company_report
    # '3Q25业绩高于市场预期' is what the market expected of the company; the body states the company's quarter
    text = "3Q25 业绩高于市场预期,符合我们预期\n公司3Q25 收入2,432 亿元,同比增长42.81%;归母净利润103.73 亿元。"
    assert is_company_report(summary_doc(text, title="3Q25 业绩高于市场预期,符合我们预期", company=None, ticker=None))
    # a market's note is still a market's
    assert not is_company_report(summary_doc("A股市场三季报总结\n全部A股25Q3收入同比增长2.1%。",
                                             title="A股市场三季报总结", company=None, ticker=None))


def test_a_profile_opening_on_the_company_as_what_it_is():
    from pipeline.verify.checks import is_company_report
    text = ("一、引言\n阳光电源作为全球光伏逆变器龙头企业(全球市场份额约35%),业务覆盖光伏逆变器、储能系统。\n"
            "前三季度实现总收入664.02亿元,同比增长45.2%。")
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    # a country or an industry as what it is is no company
    for opening in ("中国作为全球最大的光伏制造企业聚集地,", "光伏行业作为新能源龙头产业,"):
        assert not is_company_report(summary_doc(opening + "前三季度装机同比增长45.2%。", title=None, company=None, ticker=None))


def test_a_digest_opening_on_a_label_then_the_company_s_results_or_naming_it_in_lenticular_brackets():
    from pipeline.verify.checks import is_company_report
    labelled = "核心观点 - 海光信息2025年第三季度及前三季度业绩表现极为亮眼,单季度营收首次突破40亿元大关"
    headed = ("2025年前三季度营收7947亿元,同比+0.4%;其中主营业务收入6831亿元,同比+0.8%;毛利率为31.1%,同比+0.3pct;"
              "归母净利润1154亿元,同比+4.0%。【中国移动】业绩维持稳健,AI直接收入保持高增")
    for text in (labelled, headed):
        assert is_company_report(summary_doc(text, title="AI智能总结", company=None, ticker=None))
    # an industry's results, or a label in such brackets, is no company's heading
    for text in ("核心观点 - 白酒行业2025年第三季度业绩承压,板块营收同比-18%",
                 "2025年前三季度板块营收同比+0.4%。【点评】业绩维持稳健"):
        assert not is_company_report(summary_doc(text, title="AI智能总结", company=None, ticker=None))


def test_a_cumulative_amount_after_its_label_and_colon(tmp_path):
    # '2025年前三季度营收:累计94.90亿元' is the line's figure ('累计' the word for it): 29.35 ÷ 94.90 = 30.93%
    found = note_checks(tmp_path, "财务业绩 - 2025年前三季度营收:累计94.90亿元,同比增长54.65% - 前三季度研发投入:总额29.35亿元,"
                                  "同比增长35.38%,占营收比例为{}%".format("30.92"))
    assert [(f, v) for f, v, formula in found if "÷ 营业收入" in formula] == [("30.92", "rounding")]


def test_news_of_a_quarter_s_财报_and_a_named_quarter_s_业绩_with_no_year():
    from pipeline.verify.checks import is_company_report
    # '百度发布Q3财报', '百度三季度业绩于2025年11月18日港股盘后放出': one company's results, whatever the title
    for text in ("11月18日,百度发布Q3财报:总营收为312亿元,同比下降7%,环比下降5%。",
                 "百度三季度业绩于 2025 年 11 月 18 日港股盘后放出,整体看符合预期。"):
        assert is_company_report(summary_doc(text, title=text.split(",")[0], company=None, ticker=None))
    assert not is_company_report(summary_doc("白酒行业三季度业绩承压,板块营收同比-18%。", title="白酒行业三季度业绩承压",
                                             company=None, ticker=None))


@pytest.mark.parametrize("growth, verdict", [("-7", "consistent"), ("-9", "mismatch")])
def test_period_headings_with_a_note_and_parts_named_in_letters_or_glossed(tmp_path, growth, verdict):
    # '2025Q3(本次财报)披露:' and '2024 年三季度(旧财报口径),百度披露:' head the lines under them: 312 ÷ 336 − 1;
    # 'Baidu Core 收入' and 'AI powered(AI赋能的业务)收入' are parts' revenue, not the company's
    text = ("1)2025Q3:百度首次披露 AI 业务\n2025Q3(本次财报)披露:\n·总营收 312 亿元(同比 {g}%)\n·Baidu Core 收入 246 亿元(同比 -7%)\n"
            "· AI powered(AI赋能的业务)收入约 100 亿元(同比 +50%)\n2)以下是 2024Q3 的数据\n2024 年三季度(旧财报口径),百度披露:\n"
            "·总营收 336 亿元\n")
    found = note_checks(tmp_path, text.format(g=growth))
    assert [(f, v) for f, v, formula in found if v != "unverifiable"] == [(growth.lstrip("-"), verdict)]


def test_a_site_s_banner_before_the_company_publishing_on_a_full_date():
    from pipeline.verify.checks import is_company_report
    # a breadcrumb, the site's notice and its group's number are furniture; '于2025 年10 月24 日发布' is a full date
    text = ("网站首页 > 精选研报 正文\n温馨提示: 本文所述模型仅限学术探讨,内容仅供参考,不构成投资建议,请勿用于实盘,否则自负盈亏。\n"
            "指标交流QQ群:586838595\n中国神华于2025 年10 月24 日发布2025 年第三季度报告:\n"
            "2025 年前三季度,公司实现营业收入2131.51 亿元,同比减少16.6%。")
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    # a roundup of three companies' results is no one company's
    roundup = ("2025年三季报披露进入高潮,矿业板块成为市场焦点。紫金矿业、洛阳钼业、西部矿业这三家铜矿巨头合计狂赚超过550亿元。\n"
               "紫金矿业2025年前三季度营收2542亿元,同比增长10.33%。\n洛阳钼业前三季度营收1454.85亿元,同比下降5.99%。")
    assert not is_company_report(summary_doc(roundup, title=None, company=None, ticker=None))


@pytest.mark.parametrize("share, verdict", [("16.2", "consistent"), ("55.1", "mismatch")])
def test_a_results_report_named_with_no_year_is_its_period(tmp_path, share, verdict):
    # '(三季报销售费用64.57亿元,占营业收入的16.2%)' after a sentence of the third quarter: the nine months' expense
    # over the nine months' revenue (64.57 ÷ 398.62), not the quarter's
    found = note_checks(tmp_path, f"2025年前三季度公司营业收入398.62亿元,三季度营业收入117.11亿元。三季度毛利率下降明显,主要因销售费用"
                                  f"增加(三季报销售费用64.57亿元,占营业收入的{share}%,较中报的14.2%有所上升)。")
    assert [(f, v) for f, v, formula in found if formula.startswith("销售费用")] == [(share, verdict)]
    # a report the company published is no period of the sentence's figures: 'Q3…' after '披露三季报' is the quarter's
    found = note_checks(tmp_path, "网易披露三季报,Q3总收入同比+10.1%至244亿元。整体毛利率同比+3.0pcts至56.3%。")
    assert not [formula for _, _, formula in found if "前三季度" in formula]


def test_a_text_naming_one_company_by_its_ticker_after_a_description_and_stating_its_results():
    from pipeline.meta import find_company
    from pipeline.verify.checks import is_company_report
    text = ("科创板曾经的明星企业石头科技(688169.SH)正陷入多维度困境。\n"
            "财务数据显示,石头科技2025年前三季度营业收入达120.66亿元,同比增长72.22%。")
    assert find_company(text) == ("石头科技", "688169.SH")
    assert find_company("龙头股份(600630)发布公告") == ("龙头股份", "600630")
    assert is_company_report(summary_doc(text, title=text.split("\n")[0], company="石头科技", ticker="688169.SH"))


def test_titles_naming_a_company_and_its_period_s_results_and_a_roundup_that_is_no_one_s():
    from pipeline.verify.checks import is_company_report
    body = "2025年第三季度营收612.47亿元,同比增长20.51%。"
    for title in ("长城汽车丨2025Q3:业绩稳健 高端+出海双驱动", "吉利半年报喜人,但热搜是高管道歉"):
        assert is_company_report(summary_doc(body, title=title, company=None, ticker=None))
    # many companies, a market, or a writer's verb before the report's name
    for title in ("上市险企2025年三季报综述:资负共振推动业绩高增", "A股半年报总结", "开始点评三季报前先回顾一下我的预测"):
        assert not is_company_report(summary_doc(body, title=title, company=None, ticker=None))
    # a roundup whose other companies state theirs with no verb is no one company's story
    roundup = ("长城汽车前三季度实现营收1535.82亿元,同比增长7.96%。\n长安汽车前三季度营收1149.27亿元,同比增长3.58%。\n"
               "广汽集团前三季度营收669.29亿元,同比下降10.45%。")
    assert not is_company_report(summary_doc(roundup, title="长城汽车、长安汽车和广汽集团相继交出前三季度成绩单",
                                             company=None, ticker=None))


def test_a_news_story_under_a_site_s_dateline_its_column_and_its_headline():
    from pipeline.verify.checks import is_company_report
    # the company publishing in the sentence after the headline, as the Hong Kong press writes it ('公布，上半年收益…');
    # a story 'just' handing in 'a report of…' ('刚刚交出了一份“增收不增利”的三季度成绩单'); an event's label after a bullet mark
    hk = ("date 2025-08-15 明报新闻网\n经济\n\n吉利半年纯利跌14% 优先拓海外市场\n\n【明报专讯】吉利汽车(0175)公布,"
          "上半年收益按年增长27%至1502.85亿元(人民币,下同),纯利跌14%至92.9亿元。")
    assert is_company_report(summary_doc(hk, title="吉利半年纯利跌14% 优先拓海外市场", company=None, ticker=None))
    story = "长城汽车刚刚交出了一份“增收不增利”的三季度成绩单:2025年第三季度营收612.47亿元,同比增长20.51%。"
    assert is_company_report(summary_doc(story, title=None, company=None, ticker=None))
    bullet = "AI智能总结\n2025H1业绩表现亮眼 推荐维持评级 ➢事件概述:公司发布2025半年报:2025H1总收入达1,502.8亿元。"
    assert is_company_report(summary_doc(bullet, title="AI智能总结", company=None, ticker=None))


def test_a_pdf_s_run_in_front_matter_before_a_summary_label_and_the_event():
    from pipeline.verify.checks import is_company_report
    # '…证券研究报告 开始大幅出清 五粮液 25Q3 点评 主要观点: 公司发布2025Q3业绩:…' (no title line of its own)
    text = ("敬请参阅末页重要声明及评级说明 证券研究报告 开始大幅出清 五粮液 25Q3 点评 主要观点: 公司发布 2025Q3 业绩:"
            "25Q3:营收 81.74 亿元(同比-52.66%)。")
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    # an industry's summary under the label is not
    assert not is_company_report(summary_doc("证券研究报告 白酒行业 主要观点: 行业进入调整期,25Q3板块营收同比-18%。",
                                             title=None, company=None, ticker=None))


def test_a_note_opening_on_its_event_label_or_on_the_company_s_results_heading():
    from pipeline.verify.checks import is_company_report
    # '事件:' is a label, not a company's name; a quarter's results by its mark ('25Q3业绩')
    event = summary_doc("事件:公司发布25Q3业绩,25Q3实现收入38.90亿元。", title="事件:公司发布25Q3业绩,25Q3实现收入38.90亿元。",
                        company=None, ticker=None)
    # no title, the text opening on the company's results as its heading
    heading = summary_doc("公司2025年三季度业绩表现 - 2025年前三季度公司实现营收209.28亿元 [2]", title=None, company=None,
                          ticker=None)
    assert is_company_report(event) and is_company_report(heading)
    # an industry's event, or an industry opening on its results, is neither
    assert not is_company_report(summary_doc("事件:行业协会发布25Q3数据。", title="事件:行业协会发布25Q3数据。", company=None,
                                             ticker=None))
    assert not is_company_report(summary_doc("行业2025年三季度业绩表现 - 板块实现营收209.28亿元", title=None, company=None,
                                             ticker=None))


def test_a_note_copied_under_a_site_s_banner_opens_on_its_event_further_down():
    from pipeline.verify.checks import is_company_report
    # a spam site's title with a year in it ('(2025最新版)': no ticker) and its blurb, then the note's
    # '事件:公司发布2025半年度报告' (the report named with no 年 after its year)
    banner = "PG电子游戏攻略与手机版教程(2025最新版)研报指标速递-研报-股票频道-证券之星"
    text = (banner + "\n发布时间:2025-08-04 20:38:45\n\n2025年最新PG电子游戏攻略与沉浸式试玩技巧!注册即领新手礼包,"
            "手机版全面适配iOS/Android,跨平台数据互通,每日更新限时优惠!立即探索科幻世界,开启你的PG电子之旅。\n\n"
            + banner + "\n\n事件:公司发布2025半年度报告,2025H1,公司实现营收316.2亿元,同比+26.6%。\n")
    assert is_company_report(summary_doc(text, title=banner, company=None, ticker=None))
    # an industry's event further down is none
    assert not is_company_report(summary_doc(text.replace("事件:公司发布", "事件:协会发布"), title=banner, company=None,
                                             ticker=None))


def test_months_from_january_name_their_cumulative_period_not_the_year(tmp_path):
    # '2025年1-9月' is 前三季度: its figure is no year's, so the year's forecast stays the year's and
    # the EPS listed after it is judged on one share count; '1-10月' is a period no figure is judged by
    head = "样例药业(600999):三季报点评\n维持“买入”评级。2025 年10 月27 日,公司发布2025 年第三季度报告。"
    text = (head + "2025 年1-9 月实现营业收入39.32 亿元,同比下滑32.27%;实现归母净利润10.22 亿元,同比下滑46.27%。"
            "预计公司 2025-2027 年归母净利润分别为14.43 亿元、15.67 亿元及16.41亿元,对应EPS 分别为1.57 元、{} 元及1.78 元。\n")
    found = _results_of(tmp_path, text.format("1.70"))
    assert "(营业收入 2025前三季度 ÷ 营业收入 2024前三季度 − 1) × 100" in [c["formula"] for c in found]
    assert {figure(c): c["verdict"] for c in found if "EPS" in c["formula"]} == {"1.70": "consistent", "1.78": "rounding"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("1.90"))
            if "EPS" in c["formula"]}["1.90"] == "mismatch"
    ten_months = _results_of(tmp_path, head + "2025年1-10月实现营业收入40.00亿元,同比下滑30.00%。\n")
    assert [c for c in ten_months if "40.00" in c["claim"]] == []


def test_an_expense_ratio_named_short_and_its_change_from_the_growths_of_its_amounts(tmp_path):
    # '销售费率' is 销售费用率; its level 30.57% is 3.62 ÷ 11.83 within their rounding (30.60), and its
    # change in points is judged on the year-earlier amounts the growths imply: 32.80% a year before
    text = ("样例药业(600999):三季报点评\n维持“买入”评级。2025 年第三季度,公司实现营业收入11.83 亿元,同比下滑33.17%。"
            "2025 第三季度公司销售费用3.62 亿元(同比-37.65%),销售费率30.57%(同比{}pct)。\n")
    by_figure = {figure(c): c for c in _results_of(tmp_path, text.format("-2.20")) if c["verdict"] != "unverifiable"}
    assert by_figure["30.57"]["verdict"] == "rounding"
    # (the figure marked without its sign: '同比-【2.20】pct')
    assert by_figure["2.20"]["verdict"] == "consistent" and by_figure["2.20"]["recomputed"] == pytest.approx(-2.1987, abs=1e-4)
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("-3.20"))}["3.20"] == "mismatch"


def test_a_profit_after_taking_out_an_item_s_effect_is_not_the_line_s_own(tmp_path):
    # '扣除股权激励…2291.34万元影响,公司归母净利润为5.33亿元': an adjusted profit, so 5.1 stays the
    # period's 归母净利润 and its margin over 22.8 is judged (22.37%)
    text = ("样例药业(300999):三季报点评\n维持“买入”评级。2025Q1-3 公司实现营业收入22.8 亿元(+11.48%);归母净利润5.1 亿元"
            "(+21.00%),扣除股权激励和员工持股计划2291.34 万元影响,公司归母净利润为5.33 亿元(+26.43%)。"
            "2025Q1-3 归母净利率为{}%。\n")
    assert _judged(tmp_path, text.format("22.37")) == {"22.37": "consistent"}
    assert {figure(c): c["verdict"] for c in _results_of(tmp_path, text.format("23.37"))}["23.37"] == "mismatch"


def test_lists_ending_in_与_and_forecast_lists_said_预计分别为(tmp_path):
    # '2024 - 2026年毛利预计分别为15.92亿元、17.48亿元与20.45亿元': 营业收入 − 营业成本 each year
    lines = [("营业总收入", "17.94亿元、19.70亿元与23.02亿元"), ("营业成本", "2.02亿元、2.22亿元与2.57亿元"),
             ("毛利", "15.92亿元、{}亿元与20.45亿元")]
    text = "样例药业(002999):点评\n维持“买入”评级。" + "".join(
        f"- 2024 - 2026年{name}预计分别为{values}[11] " for name, values in lines) + "\n"
    judged = {c["formula"]: c["verdict"] for c in _results_of(tmp_path, text.format("17.48")) if "毛利 =" in c["formula"]}
    assert judged == {f"毛利 = 营业收入 − 营业成本 ({y})": "consistent" for y in (2024, 2025, 2026)}
    assert {c["formula"]: c["verdict"] for c in _results_of(tmp_path, text.format("18.48"))
            }["毛利 = 营业收入 − 营业成本 (2025)"] == "mismatch"


def test_a_cumulative_amount_the_sentences_state_from_its_quarters_and_its_growth_from_theirs(tmp_path):
    # 8.24 + 7.75 + 6.8 = 22.79 ≈ 22.8; the quarters' year-earlier amounts (8.24 ÷ 1.2252 …) add up
    # to 20.443, so the first three quarters grew 22.79 ÷ 20.443 − 1 = 11.48%
    text = ("样例药业(300999):三季报点评\n维持“买入”评级。2025Q1-3 公司实现营业收入{total} 亿元(+{growth}%)。"
            "分季度来看, 2025Q1 、Q2 、Q3 营业收入分别为8.24 亿元(+22.52%)、7.75 亿元(+2.60%)、6.8 亿元(+10.32%)。\n")
    def judged(total="22.8", growth="11.48"):
        return {c["formula"].split(" ")[0] + ("Σ" in c["formula"]) * " growth": (figure(c), c["verdict"])
                for c in _results_of(tmp_path, text.format(total=total, growth=growth)) if c["verdict"] != "unverifiable"}
    assert judged() == {"营业收入": ("22.8", "rounding"), "Σ growth": ("+11.48", "consistent")}
    assert judged(total="23.8")["营业收入"][1] == "mismatch"
    assert judged(growth="12.48")["Σ growth"][1] == "mismatch"


def test_a_forecast_list_restated_in_another_unit_is_the_same_figures(tmp_path):
    # '营收分别为150.46、180.78、216.15亿元' … '营业收入分别为15,046、18,078、21,615百万元': one figure each year;
    # with no date, the forecast years start at the year whose interim results the text opens on, so
    # the EPS list is judged on one share count (2,524 × 2.62 ÷ 2,032 = 3.254)
    text = ("样例电气(002999):点评\n维持“推荐”评级。- 2024年前三季度实现收入104.07亿元,同比增加21.28% "
            "- 预计公司2024-2026年营收分别为150.46、180.78、216.15亿元 "
            "- 2024-2026年营业收入分别为15,046、{}、21,615百万元 - 2024-2026年归属母公司股东净利润分别为2,032、2,524、3,097百万元 "
            "- 2024-2026年每股收益分别为2.62、3.26、4.00元\n")
    found = {(figure(c), c["formula"]): c["verdict"] for c in _results_of(tmp_path, text.format("18,078"))
             if "restated" in c["formula"] or "EPS" in c["formula"]}
    assert found == {("15,046", "营业收入 2024 restated from an earlier list"): "consistent",
                     ("18,078", "营业收入 2025 restated from an earlier list"): "consistent",
                     ("21,615", "营业收入 2026 restated from an earlier list"): "consistent",
                     ("3.26", "归母净利润 2025 × EPS 2024 ÷ 归母净利润 2024 (one share count)"): "rounding",
                     ("4.00", "归母净利润 2026 × EPS 2024 ÷ 归母净利润 2024 (one share count)"): "rounding"}
    slipped = [c for c in _results_of(tmp_path, text.format("18,978")) if "restated" in c["formula"]]
    assert [(figure(c), c["verdict"]) for c in slipped if "2025" in c["formula"]] == [("18,978", "mismatch")]


def test_a_part_s_share_of_the_total_said_占总收入的(tmp_path):
    # '维修服务业务实现收入9.67亿元,同比增长27.27%,占总收入的13.91%': 9.67 ÷ 69.54
    text = ("样例医疗(300999):点评\n维持“买入”评级。2024年前三季度公司实现营收69.54亿元(-6.43%)。2024年前三季度维修服务业务"
            "实现收入9.67亿元,同比增长27.27%,占总收入的{}%。\n")
    def shares(share):
        return [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text.format(share)) if "× 100" in c["formula"]
                and "营业收入" in c["formula"] and "−" not in c["formula"]]
    assert shares("13.91") == [("13.91", "consistent")]
    assert shares("14.91") == [("14.91", "mismatch")]
    # its change in points after it, from the part's growth and revenue's: 13.91% − (9.67 ÷ 1.2727) ÷ (69.54 ÷ 0.9357)
    moved = text.replace("{}%", "13.91%同比提升{}pp")
    def change(points):
        return [(figure(c), c["verdict"], c["recomputed"]) for c in _results_of(tmp_path, moved.format(points))
                if "占营业收入" in c["formula"]]
    assert change("3.68") == [("3.68", "consistent", pytest.approx(3.682, abs=1e-3))]
    assert change("4.68")[0][1] == "mismatch"


def test_expense_ratios_listed_together_and_their_changes_from_growths(tmp_path):
    # '销售/管理/研发/财务费率分别达22.97%/…,分别同比+0.96/…pct' with the selling cost's growth (25.13%) and
    # revenue's (19.88%): a year before 22.97 × 1.1988 ÷ 1.2513 = 22.01%, so +0.96
    text = ("样例科技(300999):三季报点评\n维持“买入”评级。公司发布2025 年三季报。单三季度来看,公司实现营业收入81.52 亿元,"
            "同比增长19.88%。单Q3 公司销售/管理/研发/财务费率分别达22.97%/3.27%/9.22%/0.66%,分别同比+{}/-0.01/+0.36/+0.80pct,"
            "对应来看单Q3 公司销售费用绝对值同比增长25.13%。\n")
    assert _judged(tmp_path, text.format("0.96")) == {"0.96": "consistent"}
    assert _judged(tmp_path, text.format("1.96")) == {"1.96": "mismatch"}


def test_checks_on_stated_amounts_are_shown_in_the_unit_printed(tmp_path):
    # '毛利分别为2120、2635百万元': shown as 2,120 百万元, not 2,120,000,000 元 — the unit read after the list
    text = ("样例科技(300999):点评\n维持“买入”评级。2024-2025年营业总收入分别为10572、13582百万元,营业成本分别为8452、"
            "10947百万元,毛利分别为2120、2635百万元。\n")
    shown = {(c["reported"], c["recomputed"], c["unit"]) for c in _results_of(tmp_path, text) if "毛利 =" in c["formula"]}
    assert shown == {(2120, 2120, "百万元"), (2635, 2635, "百万元")}


def test_a_growth_stated_again_rounded_agrees_and_one_that_differs_is_no_alarm(tmp_path):
    # '营收同比+21.48%' … '营收同比增长21%': the same growth as far as 21 prints it; '增长23%' differs, but a
    # growth said twice differently is as often a segment's under a heading: unverifiable, never a mismatch
    text = ("样例酒业(600999):点评\n维持“买入”评级。23Q3公司实现营业总收入20.62亿元,同比+21.48%。23Q3公司营收同比增长{}%。\n")
    def restated(growth):
        return [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text.format(growth)) if "restated" in c["formula"]]
    assert restated("21") == [("21", "consistent")]
    assert restated("23") == [("23", "unverifiable")]


@pytest.mark.parametrize("heading", ["速冻食品", "餐饮业", "境内广东省外", "月饼系列产品"])
def test_a_bullet_headed_by_a_product_a_trade_or_a_region_is_that_part_s(tmp_path, heading):
    # '- 速冻食品:Q3营收2.59亿元,同比增长11.6%': the part's revenue and growth, not the company's 4.7%
    text = ("样例食品(603999):三季报点评\n维持“增持”评级。- 2025年第三季度实现营业收入22.9亿元,同比增长4.7% [1] "
            f"分产品业务表现 - {heading}:Q3营收2.59亿元,同比增长11.6% [1]\n")
    assert [c for c in _results_of(tmp_path, text) if "11.6" in figure(c)] == []


def test_a_forecast_s_growths_listed_twice_that_differ_are_a_mismatch(tmp_path):
    # '对应增速分别为20.8%、20.2%、19.6%' … '增长率分别为20.8%、20.2%、19.6%': one list printed twice; an edit of
    # either (21.8) is flagged — lists over years name their line and periods beyond doubt, a lone growth does not
    text = ("样例电气(002999):点评\n维持“推荐”评级。- 预计公司2024-2026年营收分别为150.46、180.78、216.15亿元,对应增速分别为"
            "20.8%、20.2%、19.6% - 2024-2026年营业收入分别为15,046、18,078、21,615百万元,增长率分别为{}%、20.2%、19.6% [4]\n")
    def restated(growth):
        return [(figure(c), c["verdict"]) for c in _results_of(tmp_path, text.format(growth))
                if "restated" in c["formula"] and "2024" in c["formula"] and "增速" in c["formula"]]
    assert restated("20.8") == [("20.8", "consistent")]
    assert restated("21.8") == [("21.8", "mismatch")]


def note_checks(tmp_path, body):
    """Every family's checks of a one-company note whose body is `body`, as (figure, verdict, formula)."""
    path = tmp_path / "note.txt"
    path.write_text(f"示例科技(300999):业绩稳健增长,维持买入评级\n示例证券· 2025-10-30\n{body}\n", encoding="utf-8")
    return [(figure(c), c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]]


def test_a_dividend_per_ten_shares_is_no_total_of_dividends(tmp_path):
    # '每10股派发现金红利5.00元' is 0.50元 a share: no 5元 paid in all, so no payout ratio of 5元 over 10亿
    found = note_checks(tmp_path, "2024年公司归母净利润10.0亿元,拟每10股派发现金红利5.00元(含税),分红率50%。")
    assert not [c for c in found if c[1] == "mismatch"]


def test_the_figures_a_revision_starts_from_are_the_earlier_forecast(tmp_path):
    # '由8.0/9.0亿元上调至10.0/11.0亿元': 8.0 and 9.0 are no statement of 2025–26's profit, so the new
    # figures restate nothing (they were a mismatch 'restated from an earlier list')
    found = note_checks(tmp_path, "我们将公司2025-2026年归母净利润预测由8.0/9.0亿元上调至10.0/11.0亿元。")
    assert not [c for c in found if c[1] == "mismatch"]


@pytest.mark.parametrize("points, verdict", [("2.0", "consistent"), ("3.0", "mismatch")])
def test_a_change_in_points_to_a_level_no_amounts_give(tmp_path, points, verdict):
    # '同比提升2.0个百分点至30.0%': the level after 至 is the one the change is taken to, the year
    # before's stated in another sentence: 30.0 − 28.0
    found = note_checks(tmp_path, f"2023年公司毛利率28.0%。2024年公司毛利率同比提升{points}个百分点至30.0%。")
    assert [(f, v) for f, v, _ in found if f == points] == [(points, verdict)]


@pytest.mark.parametrize("growth, verdict", [("+20%", "consistent"), ("+23%", "mismatch")])
def test_growths_said_to_be_the_change_with_their_own_signs(tmp_path, growth, verdict):
    # 'YoY分别为+20%/+20%/+20%': 12.0 ÷ 10.0, 14.4 ÷ 12.0, 17.3 ÷ 14.4 (20.1%); the last edited to +23%
    found = note_checks(tmp_path, "2024年公司归母净利润10.0亿元。预计2025-2027年实现归母净利润12.0/14.4/17.3亿元,"
                                  f"YoY分别为+20%/+20%/{growth}。")
    growths = [(f, v) for f, v, formula in found if "归母净利润 2027 ÷" in formula]
    assert growths == [(growth.rstrip("%"), verdict)]


@pytest.mark.parametrize("share, verdict", [("30.0", "consistent"), ("32.0", "mismatch")])
@pytest.mark.parametrize("sentence", ["2024年营收100.0亿元,海外收入30.0亿元,占营收比重为{}%。",
                                      "2024年公司实现营业收入100.0亿元,其中海外业务实现收入30.0亿元,占营业收入的比重为{}%。",
                                      "2024年公司营收100.0亿元,其中海外收入30.0亿元,收入占比{}%。"])
def test_a_region_s_revenue_is_the_company_s_part(tmp_path, sentence, share, verdict):
    # 海外 alone before 收入 is the company's overseas sales, not an overseas market's: 30.0 ÷ 100.0
    found = note_checks(tmp_path, sentence.format(share))
    assert [(f, v) for f, v, formula in found if "÷ 营业收入" in formula] == [(share, verdict)]


def test_a_market_s_revenue_is_still_no_part_of_the_company(tmp_path):
    found = note_checks(tmp_path, "2024年公司营收100.0亿元,国内市场规模300.0亿元,占比33.3%。")
    assert not [c for c in found if "÷ 营业收入" in c[2]]


@pytest.mark.parametrize("last, verdict", [("1.4", "consistent"), ("1.6", "mismatch")])
def test_price_to_sales_across_years_is_one_market_value(tmp_path, last, verdict):
    # 120.0 × 2.0 = 240 = 144.0 × 1.67 = 172.8 × 1.39
    found = note_checks(tmp_path, f"预计2025-2027年营业收入分别为120.0/144.0/172.8亿元,对应PS分别为2.0/1.7/{last}倍。")
    ps = [(f, v, formula) for f, v, formula in found if "PS" in formula]
    assert [(f, v) for f, v, _ in ps] == [("1.7", "consistent"), (last, verdict)]
    assert ps[0][2] == "营业收入 2025 × PS 2025 ÷ 营业收入 2026 (one market value)"


def test_a_cagr_named_after_its_span_s_year(tmp_path):
    # '2024-2027年复合增长率': the span's 年 is no part of the name (it hid the CAGR behind a bare 增长率)
    found = note_checks(tmp_path, "预计公司2024-2027年归母净利润分别为5.0、6.5、8.0、10.0亿元,2024-2027年复合增长率26.0%。")
    assert [(f, v) for f, v, formula in found if "^(1/3)" in formula] == [("26.0", "consistent")]


def test_an_earlier_forecast_named_before_its_figures_in_brackets(tmp_path):
    # '(25-27 年前预测值为8.0、9.3、10.3 亿元)': the earlier forecast, no restatement of the new one,
    # and no base of the growths after it (16.3% is 8.2 ÷ 7.0 within rounding, not 9.3 ÷ 8.0)
    found = note_checks(tmp_path, "我们预计公司25-27 年归母净利润为7.0、8.2、9.0 亿元(25-27 年前预测值为8.0、9.3、10.3 亿元),"
                                  "同比增加1.5%、16.3%和10.7%。")
    assert not [c for c in found if c[1] == "mismatch"]
    assert [(f, v) for f, v, formula in found if "2026 ÷ 归母净利润 2025" in formula] == [("16.3", "rounding")]


@pytest.mark.parametrize("level, verdict", [("25.11", "consistent"), ("26.11", "mismatch")])
def test_a_level_said_measured(tmp_path, level, verdict):
    # '对应毛利率经测算约为25.11%': (69.78 − 52.26) ÷ 69.78
    found = note_checks(tmp_path, f"2025年前三季度,公司营业收入69.78亿元,营业成本为52.26亿元,对应毛利率经测算约为{level}%。")
    assert [(f, v) for f, v, _ in found if f == level] == [(level, verdict)]


@pytest.mark.parametrize("before, verdict", [("8.31", "consistent"), ("9.31", "mismatch")])
def test_the_year_earlier_level_beside_a_level(tmp_path, before, verdict):
    # '归母净利率为6.22%，较去年同期的8.31%': a year before, 4.34 ÷ 0.7039 over 69.78 ÷ 0.94
    found = note_checks(tmp_path, "2025年前三季度公司实现营业收入69.78亿元,同比下降6.00%,归母净利润4.34亿元,同比下降29.61%。"
                                  f"前三季度归母净利率为6.22%,较去年同期的{before}%有明显下降。")
    assert [(f, v, "implied" in formula) for f, v, formula in found if f == before] == [(before, verdict, True)]


@pytest.mark.parametrize("margin, verdict", [("12.0", "consistent"), ("13.0", "mismatch")])
@pytest.mark.parametrize("name", ["经调整净利润", "Non-GAAP净利润"])
def test_an_adjusted_profit_s_margin(tmp_path, name, margin, verdict):
    # '经调整净利润12.0亿元，经调整净利率12.0%': the adjusted profit over revenue
    ratio = name.replace("净利润", "净利率")
    found = note_checks(tmp_path, f"2024年公司收入100.0亿元,{name}12.0亿元,{ratio}{margin}%。")
    assert [(f, v, formula) for f, v, formula in found if f == margin] == [(margin, verdict, "经调整净利润 ÷ 营业收入")]


@pytest.mark.parametrize("growth, verdict", [("20", "consistent"), ("22", "mismatch")])
def test_the_changes_after_an_eps_list_are_the_eps_s(tmp_path, growth, verdict):
    # 'EPS分别为1.00、1.20元，同比增长15%、20%': 1.20 ÷ 1.00; 2025's base (2024's EPS) is not printed
    found = note_checks(tmp_path, f"预计公司2025-2026年EPS分别为1.00、1.20元,同比增长15%、{growth}%。")
    assert [(f, v) for f, v, formula in found if formula.startswith("(EPS")] == [("15", "unverifiable"), (growth, verdict)]


@pytest.mark.parametrize("whole, verdict", [("36.0", "consistent"), ("37.0", "mismatch")])
def test_a_span_of_quarters_listed_one_figure_each(tmp_path, whole, verdict):
    # 'Q1-Q3营收分别为10.0、12.0、14.0亿元': the three quarters, each its own figure, adding up to 前三季度's
    found = note_checks(tmp_path, f"2025年Q1-Q3公司营收分别为10.0、12.0、14.0亿元,前三季度累计营收{whole}亿元。")
    assert [(f, v) for f, v, formula in found if "= 营业收入 2025Q1 + " in formula] == [(whole, verdict)]


@pytest.mark.parametrize("whole, verdict", [("56.4", "rounding"), ("57.4", "mismatch")])
def test_a_span_of_quarters_listed_one_figure_each_with_no_分别(tmp_path, whole, verdict):
    # '2025Q1-Q3,公司实现收入16.45亿元、20.72亿元、19.22亿元': one period has one figure, so three are its quarters
    found = note_checks(tmp_path, f"1-9月实现收入{whole}亿元,同比+42.6%。分季度看,2025Q1-Q3,公司实现收入16.45亿元、"
                                  "20.72亿元、19.22亿元,同比分别+73.4%、+61.3%、+11.6%。")
    assert [(f, v) for f, v, formula in found if "= 营业收入 2025Q1 + " in formula] == [(whole, verdict)]
    # a list naming its lines is each line's figure, not the quarters'
    named = note_checks(tmp_path, "2025年前三季度营业收入、归母净利润、扣非净利润为56.4亿元、1.07亿元、0.87亿元。")
    assert not [formula for _, _, formula in named if "2025Q1 + " in formula]


@pytest.mark.parametrize("growth, verdict", [("41.0", "consistent"), ("45.0", "mismatch")])
def test_the_whole_s_growth_from_quarters_one_of_which_grew_from_a_loss(tmp_path, growth, verdict):
    # Q1's +288.79% is on a loss a year before ((44.91 − (−23.79)) ÷ 23.79): its base is 44.91 ÷ (1 − 2.8879);
    # the year-earlier three quarters −23.79 + 60.39 ÷ 1.8823 + 42.49 ÷ 0.4402 = 104.81, 147.79 ÷ 104.81 − 1 = 41.0%
    found = note_checks(tmp_path, f"2025年前三季度公司归母净利润147.79亿元,同比增长{growth}%。分季度看,2025年前三季度"
                                  "归母净利润分别为44.91亿元、60.39亿元、42.49亿元,同比变动288.79%、88.23%、-55.98%。")
    (c,) = [(f, v) for f, v, formula in found if formula.startswith("Σ")]
    assert c == (growth, verdict)


@pytest.mark.parametrize("pe, verdict", [("21.2", "consistent"), ("25.2", "mismatch")])
def test_multiples_printed_before_their_name(tmp_path, pe, verdict):
    # '当前股价对应25/26年44.0倍/21.2倍P/E': one market value, 365 × 44.0 ≈ 758 × 21.2
    found = note_checks(tmp_path, f"预计2025/2026年净利润365亿元/758亿元。当前股价对应25/26年44.0倍/{pe}倍P/E。")
    assert [(f, v) for f, v, formula in found if "one market value" in formula] == [(pe, verdict)]
    # the multiple a target is set at, its clause going on to the target, is the target family's
    target = note_checks(tmp_path, "预计2025年归母净利润9.3亿元。基于2025年预计17.2倍市盈率给予目标价。")
    assert not [c for c in target if "总市值" in c[2] or "market value" in c[2]]


@pytest.mark.parametrize("printed, verdict", [("45.2", "consistent"), ("46.2", "mismatch")])
def test_the_year_before_s_figure_in_brackets_is_the_growth_s_base(tmp_path, printed, verdict):
    # '同比增长45.2%(2024年同期为457.3亿元)': 664.02 ÷ 457.3 − 1; so too '(2024年同期:457.3亿元)' before the growth
    for body in (f"前三季度实现营业收入664.02亿元,同比增长{printed}%(2024年同期为457.3亿元)。",
                 f"前三季度实现营业收入664.02亿元(2024年同期:457.3亿元),同比增长{printed}%。"):
        assert [(f, v) for f, v, formula in note_checks(tmp_path, body) if formula.startswith("(营业收入")] == [(printed, verdict)]
    # another year's figure is no base of this growth
    other = note_checks(tmp_path, f"前三季度实现营业收入664.02亿元(2023年同期:457.3亿元),同比增长{printed}%。")
    assert [v for f, v, formula in other if formula.startswith("(营业收入")] == ["unverifiable"]


@pytest.mark.parametrize("move, verdict", [("3.4", "consistent"), ("4.4", "mismatch")])
def test_a_ratio_s_level_a_year_before_after_较_in_brackets_and_an_aside_before_it(tmp_path, move, verdict):
    # '毛利率约34.9%(运营成本432.42亿元),较2024年同期(31.5%)提升3.4个百分点': the bracket after the level is an aside
    # (what it is of); the comparison's bracket holds the year before's level, and the bare move is on it
    found = note_checks(tmp_path, f"前三季度毛利率约34.9%(运营成本432.42亿元),较2024年同期(31.5%)提升{move}个百分点。")
    assert [(f, v) for f, v, formula in found if "−" in formula] == [(move, verdict)]
    # an aside with the ratio's amount: 119.54 ÷ 664.02 = 18.0%, less the year before's 15.2
    found = note_checks(tmp_path, f"前三季度营业收入664.02亿元。前三季度净利率约18.0%(净利润119.54亿元),"
                                  f"较2024年同期(15.2%)提升{float(move) - 0.6:.1f}个百分点。")
    assert [(f, v) for f, v, formula in found if "−" in formula] == [(f"{float(move) - 0.6:.1f}", verdict)]


@pytest.mark.parametrize("rate, verdict", [("25.0", "consistent"), ("27.0", "mismatch")])
def test_an_effective_tax_rate(tmp_path, rate, verdict):
    # '有效税率25.0%': 所得税 ÷ 利润总额 (所得税率 alone is left: as often the statutory rate)
    found = note_checks(tmp_path, f"2024年公司利润总额10.0亿元,所得税费用2.5亿元,有效税率{rate}%。")
    assert [(f, v) for f, v, _ in found if f == rate] == [(rate, verdict)]
    assert not [c for c in note_checks(tmp_path, "2024年公司利润总额10.0亿元,所得税费用2.0亿元,适用所得税率25%。")
                if c[1] == "mismatch"]


def test_a_balance_at_a_month_s_end_against_the_year_s_start(tmp_path):
    found = note_checks(tmp_path, "2024年末公司存货8.0亿元。2025年6月末公司存货10.0亿元,较年初增长28.0%。")
    assert [(f, v, formula) for f, v, formula in found if f == "28.0"] == [
        ("28.0", "mismatch", "(存货 2025Q2 ÷ 存货 2024 − 1) × 100")]


@pytest.mark.parametrize("body, right, wrong", [
    ("2023年公司营收80.0亿元。2024年公司营收100.0亿元,年增{}%。", "25.0", "28.0"),       # 年增: 同比
    ("2023年公司营收100.0亿元。2024年公司营收80.0亿元,年减{}%。", "20.0", "22.0"),
    ("2025年第二季公司营收25.0亿元。2025年第三季公司营收30.0亿元,季增{}%。", "20.0", "23.0"),   # 季增: 环比
    ("2023年公司税后净利8.0亿元。2024年公司税后净利10.0亿元,年成长{}%。", "25.0", "28.0"),
])
def test_changes_as_taiwan_s_reports_word_them(tmp_path, body, right, wrong):
    assert [v for f, v, _ in note_checks(tmp_path, body.format(right)) if f == right] == ["consistent"]
    assert [v for f, v, _ in note_checks(tmp_path, body.format(wrong)) if f == wrong] == ["mismatch"]


def test_a_year_or_a_quarter_before_增_that_is_no_base(tmp_path):
    # '每年增长25%', '单季增长20%': no 同比 or 环比 said
    for body in ("2024年公司营收100.0亿元,每年增长25%。", "2025年第三季公司营收30.0亿元,单季增长20%。"):
        assert note_checks(tmp_path, body) == []


def test_a_narrower_line_s_growth_over_the_whole_line_s_amounts_is_unverifiable(tmp_path):
    # '主营业务收入同比增长23%' where only 营收's amounts are printed: the main business alone may have
    # grown 23% while 营收 grew 25% — no mismatch; over its own amounts it is judged
    (c,) = [c for c in note_checks(tmp_path, "2023年公司营收80.0亿元。2024年公司营收100.0亿元,主营业务收入同比增长23%。")
            if c[0] == "23"]
    assert c[1] == "unverifiable"
    (c,) = [c for c in note_checks(tmp_path, "2023年公司主营业务收入80.0亿元。2024年公司主营业务收入100.0亿元,"
                                             "主营业务收入同比增长23%。") if c[0] == "23"]
    assert c[1] == "mismatch"


def test_a_named_subsidiary_s_growth_is_its_own(tmp_path):
    # '子公司A实现营收同比增长50%': a name in Latin letters does the 实现 too
    assert not [c for c in note_checks(tmp_path, "2023年公司营收80.0亿元。2024年公司营收100.0亿元,子公司A实现营收同比增长50%。")
                if c[1] == "mismatch"]


def test_an_eps_on_the_profit_less_one_off_items_is_no_eps_on_the_parent_s_profit(tmp_path):
    # '扣非每股收益1.05元' beside 归母净利润12.00亿元 over 10.00亿股: 1.20 is the EPS, 1.05 another figure
    assert not [c for c in note_checks(tmp_path, "公司总股本10.00亿股。2024年公司归母净利润12.00亿元,扣非每股收益1.05元。")
                if c[1] == "mismatch"]


@pytest.mark.parametrize("part", ["海外收入", "动力电池业务收入"])
def test_a_part_of_a_part_after_其中_is_no_share_of_the_company_s_revenue(tmp_path, part):
    # '锂电业务收入60.0亿元，其中动力电池业务收入40.0亿元，占比66.7%': 40 of the segment's 60, not of 营收's 100
    body = f"2024年公司营收100.0亿元,锂电业务收入60.0亿元,其中{part}40.0亿元,占比66.7%。"
    assert not [c for c in note_checks(tmp_path, body) if c[1] == "mismatch"]


@pytest.mark.parametrize("ratio, verdict", [("30.0", "consistent"), ("32.0", "mismatch")])
def test_a_bank_s_cost_to_income_ratio(tmp_path, ratio, verdict):
    # '成本收入比30.0%': 业务及管理费 ÷ 营业收入
    found = note_checks(tmp_path, f"2024年公司营业收入100.0亿元,业务及管理费30.0亿元,成本收入比{ratio}%。")
    assert [(f, v) for f, v, _ in found if f == ratio] == [(ratio, verdict)]


@pytest.mark.parametrize("body, right, wrong", [
    ("2023年公司营收80.0亿元。2024年公司营收100.0亿元,YoY {}%。", "25.0", "28.0"),          # a bare figure after YoY
    ("2024年公司营收100.0亿元,营业利益12.0亿元,营业利益率{}%。", "12.0", "13.0"),          # Taiwan's operating margin
])
def test_more_of_taiwan_s_and_english_wording(tmp_path, body, right, wrong):
    assert [v for f, v, _ in note_checks(tmp_path, body.format(right)) if f == right] == ["consistent"]
    assert [v for f, v, _ in note_checks(tmp_path, body.format(wrong)) if f == wrong] == ["mismatch"]


def text_checks(tmp_path, body):
    path = tmp_path / "note.txt"
    path.write_text(f"示例证券(600999):收费类收入同比高增\n示例研究· 2025-05-01\n{body}\n", encoding="utf-8")
    return [(figure(c), c["verdict"], c["formula"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]


@pytest.mark.parametrize("second, verdict", [("19", "consistent"), ("25", "mismatch")])
def test_parts_shares_of_revenue_listed_after_their_amounts(tmp_path, second, verdict):
    # 89 ÷ 178 = 50%, 33 ÷ 178 = 18.5%, −2 ÷ 178 = −1.1%: each part over revenue, the parts not all
    # of it (156 of 178); '收入占营收比例' is no share of revenue in revenue (100%)
    found = text_checks(tmp_path, "2025年一季度营业收入178亿元,同比+29.1%。2025年一季度自营/经纪/资管/投行/信用业务收入分别为"
                                  f"89/ 33/ 26/ 10/ -2亿元,收入同比+62%/ +36%/ +9%/ +12%/ -162%,收入占营收比例50%/ {second}%/ 14%/ 5%/ -1%。")
    shares = [(f, v, formula) for f, v, formula in found if "× 100" in formula and "÷ 营业收入" in formula and "− 1" not in formula]
    assert [(f, v) for f, v, _ in shares] == [("50", "consistent"), (second, verdict), ("14", "rounding"), ("5", "rounding"),
                                              ("-1", "consistent")]
    assert shares[0][2] == "自营 2025Q1 ÷ 营业收入 2025Q1 × 100"


@pytest.mark.parametrize("eps, verdict", [("1.50", "consistent"), ("1.60", "mismatch")])
def test_eps_listed_each_after_its_year_on_one_share_count(tmp_path, eps, verdict):
    # 130.74 × 1.44 ÷ 125.16 = 1.504
    found = text_checks(tmp_path, "2025年归母净利润预测125.16亿元 2026年130.74亿元 2027年139.82亿元。\n"
                                  f"对应EPS 2025年1.44元/股 2026年{eps}元/股 2027年1.61元/股。")
    assert [(f, v) for f, v, formula in found if "one share count" in formula] == [(eps, verdict), ("1.61", "consistent")]


@pytest.mark.parametrize("second, verdict", [("+8", "consistent"), ("+18", "mismatch")])
def test_signed_growths_listed_after_增速分别为(tmp_path, second, verdict):
    # 338 ÷ 313 − 1 = 8.0%, 374 ÷ 338 − 1 = 10.7%
    found = text_checks(tmp_path, f"预计2025-2027年归母净利润分别为313亿元、338亿元、374亿元,同比增速分别为+44%、{second}%和+11%。")
    assert [(f, v) for f, v, formula in found if "− 1" in formula and v != "unverifiable"] == [(second, verdict), ("+11", "consistent")]


def test_growths_listed_with_和_before_the_last(tmp_path):
    # '对应增长率分别为17.0%、11.9%和10.3%': 2915 ÷ 2606 − 1 = 11.9%, 3215 ÷ 2915 − 1 = 10.3%
    found = text_checks(tmp_path, "预计公司2025-2027年归母净利润分别为2606亿元、2915亿元和3215亿元,对应增长率分别为17.0%、11.9%和11.3%。")
    assert [(f, v) for f, v, formula in found if "− 1" in formula and v != "unverifiable"] == [("11.9", "consistent"),
                                                                                              ("11.3", "mismatch")]


def test_a_fiscal_year_in_two_digits_is_no_quarters_revenue(tmp_path):
    # 'FY25E收入至7,544亿元' is the year's forecast; read with no period it was 3Q25's second revenue, and the
    # quarter's adjusted net margin (706 ÷ 1929 = 36.6%) went unjudged
    found = text_checks(tmp_path, "财务业绩 - 公司3Q25收入人民币1,929亿元,同比增长15% [1] - 调整后净利润为706亿元,同比增长18% [1] "
                                  "- 调整后净利率36.6%,再创新高 [1] 机构评级与展望 - 机构略微调整公司FY25E收入至7,544亿元 [2]")
    assert ("36.6", "consistent", "经调整净利润 ÷ 营业收入") in found


@pytest.mark.parametrize("share, verdict", [("90", "consistent"), ("80", "mismatch")])
def test_a_us_companys_results_read_with_a_fiscal_quarter_and_a_part_glued_to_it(tmp_path, share, verdict):
    # '英伟达Q3财报一览:…' is one company's results; FY26Q3 is a fiscal quarter; '数据中心Q3营收' is a part's
    # line (512 ÷ 570 = 89.8%), not the company's revenue a second time
    path = tmp_path / "nvda.txt"
    path.write_text("英伟达Q3财报一览:数据中心加速增长\n财报业绩表现 - 公司FY26Q3营收570亿美元,同比增长63%,环比增长22% [5] "
                    f"数据中心业务 - 数据中心Q3营收512亿美元,同比增长66%,环比增长25%,占总营收比例{share}% [7]\n", encoding="utf-8")
    found = [(figure(c), c["verdict"], c["formula"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert (share, verdict, "数据中心营收 2026Q3 ÷ 营业收入 2026Q3 × 100") in found


def test_a_quarter_s_level_after_a_move_whose_base_is_not_said():
    # '提升0.06个百分点至48.29%' of a quarter may be on the quarter before or the year before: the move
    # is not judged, the level it reached is the quarter's own (192.24 ÷ 398.10 = 48.29%)
    amounts = "- 25Q3单季度营收398.10亿元 同比增长0.35% 归母净利润192.24亿元 同比增长0.48% "
    found = {figure(c): c for c in results.find(summary_doc(amounts + "- 25Q3归母净利率提升0.06个百分点至{}%".format("48.29")))}
    assert found["48.29"]["verdict"] == "consistent" and "0.06" not in found
    wrong = {figure(c): c for c in results.find(summary_doc(amounts + "- 25Q3归母净利率提升0.06个百分点至49.29%"))}
    assert wrong["49.29"]["verdict"] == "mismatch"
    # '同比微增' is a rise on the same quarter a year before, '同比微降' a fall
    # (the quarter a year before from each amount and its growth: 48.23%)
    lines = amounts.rstrip() + "\n"
    found = {figure(c): c for c in results.find(summary_doc(lines + "- 25Q3归母净利率同比微增0.06个百分点至48.29%"))}
    assert found["0.06"]["verdict"] == "consistent" and found["48.29"]["verdict"] == "consistent"
    found = {figure(c): c for c in results.find(summary_doc(lines + "- 25Q3归母净利率同比微降0.06个百分点至48.29%"))}
    assert found["0.06"]["verdict"] == "mismatch"


def test_lists_whose_figures_carry_their_revisions_in_brackets():
    # '856.8(-30.1)、967.0(-78.3)亿元': each forecast with its change on the earlier one; the lists
    # read as without them (967.0 ÷ 856.8 − 1 = 12.9%; 22.9 × 856.8 ÷ 967.0 = 20.3)
    text = ("预计2024-2026年净利润分别为856.8(-30.1)、967.0(-78.3)、1102.7(-118.5)亿元,同比分别+14.6%、+12.9%、+{}%,"
            "EPS分别为68.21(-2.39)、76.98(-6.23)、87.78(-9.43)元,当前股价对应PE分别为22.9、20.3、17.8倍。")
    found = {figure(c): c for c in results.find(summary_doc(text.format("14.0")))}
    assert {f: found[f]["verdict"] for f in ("+12.9", "+14.0", "20.3", "17.8")} == dict.fromkeys(
        ("+12.9", "+14.0", "20.3", "17.8"), "consistent")
    assert not any(c["verdict"] == "mismatch" for c in found.values())  # no EPS read as a profit
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("15.0")))}["+15.0"] == "mismatch"


def test_a_part_s_share_of_a_hong_kong_digest_s_total_turnover():
    # '营业额为12.16亿元,占总营业额23.1%' over '集团营业额…至52.72亿元': 营业额 and 收益 are revenue there
    text = ("截至2025年6月止半年度,集团营业额上升25.6%至52.72亿元。期内,集团业务概况如下: (一)境内采矿:营业额为12.16亿元,"
            "占总营业额{}%,分部溢利为7.05亿元;")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("23.1"), title="示例矿业(01234):中期业绩", company="示例矿业", ticker="01234"))}
    assert found["23.1"] == "consistent"
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("25.1"), title="示例矿业(01234):中期业绩", company="示例矿业", ticker="01234"))}
    assert found["25.1"] == "mismatch"


@pytest.mark.parametrize("opening, read", [
    ("8月20日晚间,示例医药(600276)交出2025年半年度成绩单。", True),      # the press's word for publishing
    ("8月20日晚间,医药行业交出2025年半年度成绩单。", False)])             # an industry's
def test_news_of_results_handed_in(tmp_path, opening, read):
    path = tmp_path / "news.txt"
    path.write_text(f"{opening}\n2025年上半年,公司实现营业收入157.61亿元。公司创新药销售及许可收入达95.61亿元,"
                    "占总营收比重60.66%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "results" and c["verdict"] != "unverifiable"]
    assert [(figure(c), c["verdict"]) for c in found] == ([("60.66", "consistent")] if read else [])


def test_a_broker_s_first_page_names_its_stock_its_price_and_its_rating(tmp_path):
    # a title naming only the kind of note; the first page's block names one stock, its close and its rating
    path = tmp_path / "note.txt"
    path.write_text("2025年半年报点评:创新驱动业绩增长\n2025 年 09 月 02 日 证券研究报告 买入 ( 维持) 当前价: 68.87 元 "
                    "示例医药(600276) 事件:2025年前二季度,公司实现营业收入157.61亿元;实现归母净利润44.50亿元。"
                    "归母净利率28.23%。\n", encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["family"] == "results" and c["verdict"] != "unverifiable"]
    assert [(figure(c), c["verdict"]) for c in found] == [("28.23", "consistent")]  # (前二季度: the first half)


def test_a_ratio_moved_from_last_year_s_level_to_this_one_with_no_change_stated():
    # '毛利率由去年同期的35.2%提升至37.1%': the period's level is judged (100.0 − 62.9 over 100.0)
    text = "2025年上半年公司营业收入100.0亿元,营业成本62.9亿元,毛利率由去年同期的35.2%提升至{}%。"
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("37.1")))}
    assert found["37.1"] == "consistent"
    assert {figure(c): c["verdict"] for c in results.find(summary_doc(text.format("38.1")))}["38.1"] == "mismatch"


def test_a_period_in_chinese_numerals_and_a_hong_kong_operating_profit():
    # '二零二三年第二季' is 2023Q2; 经营盈利 is the operating profit (501 ÷ 1492 = 33.6%)
    text = "二零二三年第二季,总收入为人民币1,492亿元,较二零二二年第二季增长11%。经营盈利为人民币501亿元,同比增长37%;经营利润率由去年同期的27%上升至34%。"
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text, title="腾讯控股(00700):二零二三年第二季业绩", company="腾讯控股", ticker="00700"))}
    assert found["34"] == "consistent"


def test_periods_listed_with_a_slash_and_a_bullet_headed_by_the_whole_line():
    # '2025年前三季度/第三季度归母净利率分别为…': the slash lists both periods; '营业收入:' heads the whole's own
    # line, not a part's ('液体乳:' would); '第三季度单季为' names only a period before its amount
    text = ("- 营业收入:2025年前三季度实现营业收入905.64亿元,同比增长1.71% [1] - 第三季度单季收入286.31亿元 [1] "
            "- 归母净利润:2025年前三季度为104.26亿元;第三季度单季为32.26亿元 [1] "
            "- 净利率:2025年前三季度/第三季度归母净利率分别为11.51%/{}% [2]")
    got = {figure(c): c["verdict"] for c in checks(text.format("11.27"), rows=[]) if c["formula"] == "归母净利润 ÷ 营业收入"}
    assert got == {"11.51": "consistent", "11.27": "consistent"}
    assert {figure(c): c["verdict"] for c in checks(text.format("12.27"), rows=[])}["12.27"] == "mismatch"
    # '25Q1-Q3/25Q3' alike
    short = ("25Q1-Q3实现营业收入905.64亿元,归母净利润104.26亿元;25Q3单季度实现营业收入286.31亿元,归母净利润32.26亿元。"
             "25Q1-Q3/25Q3归母净利率分别为11.51%/11.27%。")
    assert {figure(c): c["verdict"] for c in checks(short, rows=[]) if c["formula"] == "归母净利润 ÷ 营业收入"} == {
        "11.51": "consistent", "11.27": "consistent"}


@pytest.mark.parametrize("opening, read", [
    ("“芯片王”三季报出炉!\n10月17日盘后,示例芯片发布三季报,", True),        # a headline naming no one, then the news
    ("快科技11月13日消息,今天示例芯片发布了财报,", True),                    # a source and a day first
    ("近日,上市公司第三季财报密集发布,", False),                          # many companies: a roundup
    ("“芯片双雄”之一示例芯片交上了一份亮眼的三季度成绩单,", True),        # a description before the name; 交上
    # three companies publishing: a roundup (its first line a paragraph, no title)
    ("板块回调,示例芯片、示例光电、示例通信三家龙头企业股价集体下挫,市值在两个交易日内累计蒸发1428亿元。"
     "这场波动源于三家公司最新披露的三季度财报,尽管整体业绩维持增长态势,但单季表现分化叠加市场情绪波动,引发了连锁反应。", False)])
def test_news_opening_on_a_named_company_publishing_its_results(tmp_path, opening, read):
    path = tmp_path / "news.txt"
    path.write_text(f"{opening}前三季度营收为46.07亿元。\n2025年上半年实现营业收入28.81亿元,"
                    "其中示例芯片二季度实现收入17.7亿元,净利润6.83亿元。第三季度收入为17.27亿元,净利润5.67亿元。"
                    "若以此计算,示例芯片第三季度收入环比下降了2.43%,净利润下降了16.98%。\n", encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0]
             if c["family"] == "results" and c["verdict"] != "unverifiable"}
    if not read:
        assert found == {}
        return
    # the company named as the doer of its own quarter ('其中示例芯片二季度实现收入'); the bare
    # change after a 环比 of the same quarter is on the quarter before too (5.67 ÷ 6.83 − 1)
    assert found["2.43"] == "consistent" and found["16.98"] == "consistent"
    assert found["46.07"] == "rounding"  # 28.81 + 17.27 = 46.08


def test_a_title_opening_with_the_company_its_text_names_with_a_ticker(tmp_path):
    path = tmp_path / "analysis.txt"
    path.write_text("示例芯片2025年三季度净利润分析报告\n根据数据,示例芯片(688999.SH)2025年前三季度营业收入46.07亿元,"
                    "营业成本20.60亿元,毛利率55.29%。\n", encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "results"}
    assert found["55.29"] == "consistent"  # (46.07 − 20.60) ÷ 46.07


@pytest.mark.parametrize("move, verdict", [("0.27", "rounding"), ("0.28", "consistent"), ("0.25", "mismatch")])
def test_a_ratios_move_in_points_may_be_its_levels_as_printed_differenced(move, verdict):
    # 研发费用率 150.68 ÷ 2830.72 = 5.323%; a year before 130.73 ÷ 2590.3 = 5.047%: 0.276 exactly,
    # 5.32 − 5.05 = 0.27 as the two levels print
    text = ("2025年前三季度营收2830.72亿元,同比增长9.28%。2025年前三季度研发费用150.68亿元,同比增长15.26%,"
            f"研发费用率5.32%,同比上升{move}pct。")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text))}
    assert found[move] == verdict


def test_lines_under_a_heading_naming_one_period_are_of_it(tmp_path):
    # a press release's '3Q2025財務摘要' over bullets naming no period; '由去年的37%' is the quarter a year before
    path = tmp_path / "release.txt"
    path.write_text("示例控股公佈二零二五年第三季業績\n董事會欣然宣佈業績。\n3Q2025財務摘要\n"
                    "• 總收入為人民幣1,929億元,同比增長15%。\n"
                    "• 經營盈利為人民幣726億元,同比增長18%; 經營利潤率由去年的37%上升至38%。\n", encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "results"}
    # 726 ÷ 1929 = 37.6%; a year before 615.3 ÷ 1677.4 = 36.7%
    assert found["38"] == "consistent" and found["37"] == "consistent"


@pytest.mark.parametrize("title, read", [
    ("AI驱动广告游戏双引擎,示例控股三季度净利润705亿元超预期", True),     # a headline stating one company's result
    ("示例控股业绩 | 第三季经调整盈利升18%", True),                       # the company the text names with its ticker
    ("互联网行业三季度净利润705亿元", False)])                            # an industry's
def test_a_headline_naming_one_company_s_results(tmp_path, title, read):
    path = tmp_path / "news.txt"
    path.write_text(f"{title}\n示例控股(00999)2025年第三季度总营收为1928.69亿元,同比增长15%;整体毛利同比增长22%至1088亿元,"
                    "毛利率由去年同期的53%提升至56%。\n", encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0]
             if c["family"] == "results" and c["verdict"] != "unverifiable"}
    assert (found.get("56") == "consistent") == read


def test_a_taiwan_results_news_naming_no_year(tmp_path):
    # '第3季' with no year anywhere: the text's own year (本年); 稅後純益率 over 營收 in 新台幣, the 美元 revenue the
    # same figure translated, a guidance range's end no figure of the quarter
    path = tmp_path / "tw.txt"
    path.write_text("創新高!示例電第3季大賺4523億元,每股盈餘17.44元。\n"
                    "示例電第3季合併營收約新台幣9899.2億元,稅後純益約新台幣4523億元。先前預估營收約介於318至330億美元之間。"
                    "若以美元計算,第3季營收為331億美元。第3季毛利率為59.5%,稅後純益率則為45.7%。\n"
                    "示例電前三季合併營收2.76兆元;營業利益1.37兆元;營業利益率49.63%。\n", encoding="utf-8")
    found = {figure(c): (c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
             if c["family"] == "results" and c["verdict"] != "unverifiable"}
    assert found["45.7"][0] == "consistent"                # 4523 ÷ 9899.2 = 45.69%
    assert found["49.63"][0] == "rounding"                  # 1.37兆 ÷ 2.76兆 = 49.64%


HONG_KONG_PRESS = ("恒远科技(1234)昨收市后公布9月底止第三季业绩，期内经调整盈利12.5亿元(人民币，下同)，按年增长10%。集团又透露，"
                   "智能硬件分部首次实现单季度经营盈利，经营收益为3亿元；单季收入则达60亿元，占集团总收入比例达30%。\n\n"
                   "整体业绩方面，集团上季总收入200亿元，升25%；毛利多50%至50亿元，毛利率25%，多4.2个百分点。"
                   "分部方面，占集团总收入30%的智能硬件业务，上季收入60亿元，少5%；占总收入{share}%的 服务业务，上季收入140亿元，增50%。")


def test_the_hong_kong_press_s_quarter_its_bare_changes_and_shares_before_their_parts(tmp_path):
    path = tmp_path / "hk.txt"
    path.write_text(HONG_KONG_PRESS.format(share="70"), encoding="utf-8")
    found = {(figure(c), c["formula"]): c["verdict"] for c in results.find(read_document(path))}
    judged = {f: v for (f, _), v in found.items() if v != "unverifiable"}
    # 上季 is the quarter the text says was published; its margin 50 ÷ 200; the parts' shares
    # (named before them) of the whole's 200 — the part's 60 (a 分部 the sentence's subject) no
    # second revenue of the whole; the margin's 4.2 points from the growths said 'the Hong Kong
    # way' (升25%, 多50%至…: 按年, the text's word): 25 − (50 ÷ 1.5) ÷ (200 ÷ 1.25)
    assert judged == {"25": "consistent", "4.2": "consistent", "30": "consistent", "70": "consistent"}
    path.write_text(HONG_KONG_PRESS.format(share="75"), encoding="utf-8")
    judged = {figure(c): c["verdict"] for c in results.find(read_document(path)) if c["verdict"] != "unverifiable"}
    assert judged["75"] == "mismatch" and judged["30"] == "consistent"


def test_a_quarter_s_bare_change_stays_unjudged_where_the_text_never_says_按年():
    # the mainland's '三季度营收…，增长25%' may be on the quarter before: nothing derived from it
    text = "公司发布2025年三季报，第三季度营业收入200亿元，增长25%；毛利50亿元，增长50%，毛利率25%，提升4.2个百分点。"
    found = {figure(c): c["verdict"] for c in checks(text, rows=[])}
    assert found == {"25": "consistent"}  # the margin 50 ÷ 200 only


def test_a_years_bare_change_right_after_its_figure():
    text = "2024年，公司营业收入120亿元，增长{}%；2023年营业收入100亿元。"
    assert [(figure(c), c["verdict"]) for c in checks(text.format("20"), rows=[])] == [("20", "consistent")]
    assert [(figure(c), c["verdict"]) for c in checks(text.format("25"), rows=[])] == [("25", "mismatch")]


def test_a_copy_opening_on_a_paragraph_about_the_company_that_says_further_on_it_published():
    from pipeline.verify.checks import is_company_report, opening_publisher, published_results_quarter
    text = ("恒远指，上季单计硬件收入为28亿元，大升1.5倍。至于其他业务收入为7亿元。\n\n"
            "恒远集团(1234)昨收市后公布9月底止第三季业绩，期内经调整盈利11.3亿元。")
    assert opening_publisher(text) == "恒远" and published_results_quarter(text) == 3
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    # the name it opens on is not the one that published: no company report
    other = "行业指，上季单计硬件收入为28亿元。至于其他业务收入为7亿元。\n\n恒远集团(1234)昨收市后公布9月底止第三季业绩。"
    assert opening_publisher(other) is None
    # the first three quarters are no quarter of their own
    assert published_results_quarter("公司发布2025年前三季度业绩") is None


def test_a_title_under_a_site_s_sector_label_or_a_blurb_s_first_words():
    from pipeline.verify.checks import is_company_report
    for title in ("【医药|恒远科技(300999)2025年三季报点评】出海捷报频传", "本文分析恒远科技2025年三季度业绩环比下滑7.2%的核心原因"):
        assert is_company_report(summary_doc("恒远科技(300999.SZ)三季度营收74.27亿元。", title=title, company="恒远科技",
                                             ticker="300999"))
    # an industry under the label is no company
    assert not is_company_report(summary_doc("行业三季度营收74.27亿元。", title="【医药|医药行业2025年三季报综述】", company="恒远科技",
                                             ticker="300999"))


def test_a_text_naming_a_year_only_for_its_comparison_is_of_the_year_after(tmp_path):
    # '鸿海今天下午公布第3季财报' names no year; '较…2024年同期' makes its third quarter 2025's
    path = tmp_path / "tw.txt"
    path.write_text("(中央社记者台北12日电)恒远今天下午公布第3季财报，第3季营收200.00亿元，营业利益{}亿元，营益率3.43%，"
                    "业绩可较第2季和2024年同期显著成长。", encoding="utf-8")
    from pipeline.verify.checks import opening_publisher
    assert opening_publisher(path.read_text(encoding="utf-8")) == "恒远"
    path.write_text(path.read_text(encoding="utf-8").format("6.86"), encoding="utf-8")
    found = [(c["reported"], c["verdict"], c["formula"]) for c in results.find(read_document(path)) if c["verdict"] != "unverifiable"]
    assert found == [(3.43, "consistent", "营业利润 ÷ 营业收入")]   # 6.86 ÷ 200, the quarter 2025Q3's


def test_a_title_opening_with_a_short_form_of_the_full_name_the_text_gives():
    from pipeline.verify.checks import is_company_report
    text = "恒远科技发展股份有限公司(股份代码:603999.SH)发布2025年前三季度业绩报告。"
    assert is_company_report(summary_doc(text, title="恒远科技2025年前三季度收入和利润均实现增长", company="恒远科技发展",
                                         ticker="603999.SH"))
    # a title opening with another name is not the company's
    assert not is_company_report(summary_doc(text, title="行业2025年前三季度收入增长", company="恒远科技发展",
                                             ticker="603999.SH"))


@pytest.mark.parametrize("growth, verdict", [("15.0", "consistent"), ("17.0", "mismatch")])
def test_an_amount_whose_sentence_drops_the_currency_word_is_the_report_s_money(tmp_path, growth, verdict):
    # '46.0亿' beside '40.0亿元': a summary's bare 亿 is no other currency needing a rate
    found = note_checks(tmp_path, f"2023年公司实现营收40.0亿元。2024年公司实现营收46.0亿,yoy+{growth}%。")
    assert [(f, v) for f, v, _ in found if f == growth] == [(growth, verdict)]


@pytest.mark.parametrize("before, judged", [("期末", True), ("2024年末", True), ("上年末", False), ("去年年末", False)])
def test_a_balance_at_the_end_of_the_sentence_s_period_is_its_own(tmp_path, before, judged):
    # 12.0 ÷ 100.0: the period's closing equity; an earlier end's balance is no input of this year's ROE
    found = note_checks(tmp_path, f"2024年公司归母净利润12.0亿元,{before}归母净资产100.0亿元,ROE为12.0%。")
    assert [(f, v, formula) for f, v, formula in found] == ([("12.0", "consistent", "归母净利润 ÷ 归母股东权益")] if judged else [])


def test_a_name_holding_a_joining_word_is_one_name_of_a_list(tmp_path):
    # '利息净收入和手续费及佣金净收入': 及 is inside the last name, so three names have three growths
    found = note_checks(tmp_path, "2025年前三季度营业收入、利息净收入和手续费及佣金净收入分别为25.43亿元、24.05亿元、66.40亿元,"
                                  "同比分别增长13.4%、59.7%、86.8%。")
    formulas = [formula for f, _, formula in found if f in ("13.4", "59.7", "86.8")]
    assert [f.split(" 2025")[0].lstrip("(") for f in formulas] == ["营业收入", "利息净收入", "手续费及佣金净收入"]


@pytest.mark.parametrize("change, verdict", [("25.0", "consistent"), ("27.0", "mismatch")])
def test_a_clause_stating_the_base_period_s_amount_with_the_line_left_out(tmp_path, change, verdict):
    # '2025Q1为2.40亿元' is the base of the 环比 after it: 3.00 ÷ 2.40 − 1; the sentence's period is Q2 again
    found = note_checks(tmp_path, f"2025Q2公司归母净利润3.00亿元,2025Q1为2.40亿元,环比提升{change}%。")
    assert [(v, formula) for f, v, formula in found if f == change] == [
        (verdict, "(归母净利润 2025Q2 ÷ 归母净利润 2025Q1 − 1) × 100")]


@pytest.mark.parametrize("points, verdict", [("0.6", "consistent"), ("1.6", "mismatch")])
def test_a_ratio_s_base_level_in_brackets_after_its_change(tmp_path, points, verdict):
    found = note_checks(tmp_path, f"2025Q3公司销售净利率为12.5%,环比下降{points}pct(2025Q2为13.1%)。")
    assert [v for f, v, _ in found if f == points] == [verdict]


def test_levels_of_two_ratios_the_family_does_not_name_are_two_ratios(tmp_path):
    # 分红比例's 96.9% of 2023 is no base of 期间费用率's change
    found = note_checks(tmp_path, "24年分红比例达99.9%(23年为96.9%)。24年期间费用率17.7%,同比-0.3pcts。")
    assert not [c for c in found if c[1] == "mismatch"]


@pytest.mark.parametrize("body", [
    "公司2025-2027年EPS分别为1.20/1.50/2.00元。以当前股价30.00元计算,公司2025-2027年PE分别为25.0/20.0/{}倍。",
    "以当前股价30.00元计算,公司2025-2027年PE分别为25.0/20.0/{}倍(EPS分别为1.20/1.50/2.00元)。"])
def test_a_pe_list_over_the_eps_another_sentence_or_a_bracket_after_it_states(tmp_path, body):
    for pe, verdict in (("15.0", "consistent"), ("16.0", "mismatch")):
        found = note_checks(tmp_path, body.format(pe))
        assert [(v, formula) for f, v, formula in found if f == pe] == [(verdict, "close ÷ EPS 2027")]


@pytest.mark.parametrize("body, share, verdict", [
    ("2024年公司拟派发现金红利合计3.00亿元,占当年归母净利润的{}%(归母净利润10.00亿元)。", "30.0", "consistent"),
    ("2024年公司拟派发现金红利合计3.00亿元,占当年归母净利润的{}%(归母净利润10.00亿元)。", "33.0", "mismatch"),
    ("2024年公司A业务收入30.0亿元,占总营收(100.0亿元)的{}%。", "30.0", "consistent"),
    ("2024年公司A业务收入30.0亿元,占总营收(100.0亿元)的{}%。", "33.0", "mismatch")])
def test_a_share_of_another_line_or_of_a_whole_stated_in_brackets(tmp_path, body, share, verdict):
    # (a plan's total over the profit is the dividend family's too, with the base the bracket states: both agree)
    found = note_checks(tmp_path, body.format(share))
    assert {v for f, v, _ in found if f == share} == {verdict}


@pytest.mark.parametrize("cagr, verdict", [("20.0", "consistent"), ("22.0", "mismatch")])
def test_a_cagr_whose_first_year_s_amount_stands_in_the_bracket_after_it(tmp_path, cagr, verdict):
    # the bracket states 2024's amount: the span runs from it, (172.8 ÷ 100.0)^(1/3) − 1, not from 2023
    found = note_checks(tmp_path, f"预计2024-2027年公司营收复合增速为{cagr}%(2024年营收100.0亿元,2027年预计172.8亿元)。")
    assert [v for f, v, _ in found if f == cagr] == [verdict]


@pytest.mark.parametrize("said, verdict, formula", [
    ("同比增长2.1倍", "consistent", "归母净利润 2024 ÷ 归母净利润 2023 − 1"),   # 3.10 ÷ 1.00 − 1: strictly
    ("同比增长3.1倍", "consistent", "归母净利润 2024 ÷ 归母净利润 2023"),       # the multiple itself, as often written
    ("同比增长4.1倍", "mismatch", "归母净利润 2024 ÷ 归母净利润 2023 − 1"),
    ("是上年的3.1倍", "consistent", "归母净利润 2024 ÷ 归母净利润 2023"),
    ("是上年的2.1倍", "mismatch", "归母净利润 2024 ÷ 归母净利润 2023")])    # 是…的倍 is the multiple only
def test_a_growth_stated_as_a_multiple(tmp_path, said, verdict, formula):
    found = note_checks(tmp_path, f"2023年公司归母净利润1.00亿元。2024年公司归母净利润3.10亿元,{said}。")
    assert [(v, f) for _, v, f in found if "÷" in f] == [(verdict, formula)]


@pytest.mark.parametrize("again, verdict", [("39.37", "consistent"), ("39.47", "mismatch"), ("39.4", "consistent")])
def test_a_summary_sentence_printed_again_in_the_body_is_one_growth_of_one_figure(tmp_path, again, verdict):
    # both stated beside 22.94亿元: a differing growth is no part's or other basis's, it is a slip
    found = note_checks(tmp_path, f"25H1公司归母净利润22.94亿元,同比增长39.37%。\n\n公司深度:25H1公司归母净利润22.94亿元,同比增长{again}%。")
    assert [v for f, v, formula in found if "restated" in formula] == [verdict]
    # a growth restated with no amount beside it may be a part's: not judged
    found = note_checks(tmp_path, "25H1公司归母净利润22.94亿元,同比增长39.37%。\n\n其中:25H1公司归母净利润同比增长29.47%。")
    assert [v for f, v, formula in found if "restated" in formula] == ["unverifiable"]


def test_a_note_opening_on_its_dated_event_or_a_company_heading_and_a_broker_header_without_the_name():
    from pipeline.verify.checks import is_company_report
    # '事件:2025年10月31日公司发布…': the event's date before 公司; '公司业绩表现 - …': the company's results heading
    dated = summary_doc("事件:2025 年10 月31 日公司发布2025 年三季报,前三季度公司实现营收509.15 亿元", title=None,
                        company=None, ticker=None)
    heading = summary_doc("公司业绩表现 - 2025年前三季度实现营业收入509.15亿元,第三季度单季营收达181.01亿元", title=None,
                          company=None, ticker=None)
    assert is_company_report(dated) and is_company_report(heading)
    # a broker's header with one code, a rating and a price, the name printed elsewhere
    header = summary_doc("三季度同环比减亏\n电力设备 | 证券研究报告 2025 年 11 月 4 日 601012.SH 买入 原评级:买入 "
                         "市场价格:人民币 21.11", title="三季度同环比减亏", company=None, ticker="601012.SH", price=21.11)
    assert is_company_report(header)
    # two codes with ratings are an industry note's list
    listed = summary_doc("行业周报 601012.SH 买入 600438.SH 增持 市场价格:人民币 21.11", title="光伏行业周报",
                         company=None, ticker="601012.SH", price=21.11)
    assert not is_company_report(listed)


def test_a_ratio_s_change_in_points_on_the_quarter_before_it_names():
    # '较第二季度的1.58%环比改善3.31个百分点': the earlier level is the clause's own, whatever period it names
    (c,) = [c for c in checks("第三季度销售毛利率提升至4.89%,较第二季度的1.58%环比改善3.31个百分点。") if c["reported"] == 3.31]
    assert c["verdict"] == "consistent"
    (c,) = [c for c in checks("第三季度销售毛利率提升至4.89%,较第二季度的1.85%环比改善3.31个百分点。") if c["reported"] == 3.31]
    assert c["verdict"] == "mismatch"


def test_an_amount_of_a_line_the_family_does_not_know_over_revenue():
    # '三费合计12.51亿元,占营收比重约6.91%': the amount, named by its clause, over the period's revenue
    text = ("2025年第三季度,公司实现营业收入181.01亿元。期间费用管控持续见效,第三季度销售、管理、财务三费合计12.51亿元,"
            "占营收比重约{}%。")
    (c,) = [c for c in checks(text.format("6.91")) if c["reported"] == 6.91]
    assert c["verdict"] == "consistent" and "三费" in c["formula"]
    (c,) = [c for c in checks(text.format("7.91")) if c["reported"] == 7.91]
    assert c["verdict"] == "mismatch"
    # a per-share amount is no part of revenue
    assert not [c for c in checks("2025年公司实现营业收入181.01亿元。2025年每股派息0.50元,占营收比重约6.91%。")
                if c["reported"] == 6.91 and c["verdict"] != "unverifiable"]


def test_a_lines_quarter_before_and_year_before_listed_after_its_own_are_the_bases_of_its_changes():
    text = ("2020年第三季度公司归母净利润为36.69亿元,上一季度和去年同期分别为52.26亿元和47.26亿元。"
            "2020年第三季度归母净利润同比下降{}%,环比下降29.8%。")
    found = {figure(c): c["verdict"] for c in checks(text.format("22.4"), rows=[])}
    assert found["22.4"] == "consistent" and found["29.8"] == "consistent"  # 36.69 ÷ 47.26, ÷ 52.26
    assert {figure(c): c["verdict"] for c in checks(text.format("24.4"), rows=[])}["24.4"] == "mismatch"


def test_a_title_announcing_unaudited_results():
    from pipeline.verify.checks import is_company_report
    # (the title its first line: '网易公布2023年第三季度未经审计财务业绩')
    doc = summary_doc("网易公布2023年第三季度未经审计财务业绩\n净收入为人民币273亿元。", title="网易公布2023年第三季度未经审计财务业绩",
                      company=None, ticker=None)
    assert is_company_report(doc)


def test_a_text_opening_on_a_quarter_with_no_year_has_a_year_of_its_own():
    # '第三季度营收…' with no year until a forecast's span: the quarter's figures are one another's
    # (19.22 ÷ 111.60 = 17.22%, printed 17.23 from unrounded amounts), its bases on other years unprinted
    text = ("核心观点 - 第三季度营收111.60亿元,同比增长39.19% - 第三季度归母净利润19.22亿元 - 归母净利润率{}% - "
            "上调2025-2027年收入预测至395.1亿元、481.6亿元、597.7亿元")
    def judged(level):
        return {figure(c): c["verdict"] for c in results.find(summary_doc(text.format(level), title="示例设备(002999):看好平台化", company="示例设备", ticker="002999"))}
    assert judged("17.23")["17.23"] == "rounding" and judged("17.23")["39.19"] == "unverifiable"
    assert judged("18.23")["18.23"] == "mismatch"


@pytest.mark.parametrize("text, figure_printed, verdict", [
    # a ratio's year-earlier level in a clause of its own, the base of the change after it
    ("2025年上半年公司毛利率为30.5%,上年同期为28.0%,同比提升2.5个百分点。", "2.5", "consistent"),
    ("2025年上半年公司毛利率为30.5%,上年同期为28.0%,同比提升3.5个百分点。", "3.5", "mismatch"),
    # a diluted ROE is on the closing equity: one definition, judged
    ("2024年公司归母净利润15.0亿元,期末归母净资产100.0亿元,ROE(摊薄)为15.0%。", "15.0", "consistent"),
    ("2024年公司归母净利润15.0亿元,期末归母净资产100.0亿元,ROE(摊薄)为16.0%。", "16.0", "mismatch"),
    # one year's PE over the market value the sentence states
    ("公司当前总市值300亿元,对应2025年归母净利润20亿元,PE为15倍。", "15", "consistent"),
    ("公司当前总市值300亿元,对应2025年归母净利润20亿元,PE为17倍。", "17", "mismatch"),
    # a loss narrowed in amount ('减亏'), a profit's rise
    ("2024年公司归母净利润-5.0亿元,2025年归母净利润-3.0亿元,同比减亏2.0亿元。", "2.0", "consistent"),
    ("2024年公司归母净利润-5.0亿元,2025年归母净利润-3.0亿元,同比减亏2.5亿元。", "2.5", "mismatch"),
])
def test_more_ways_notes_state_a_base_or_a_definition(tmp_path, text, figure_printed, verdict):
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found[figure_printed] == verdict


def test_a_quarter_after_对应_is_the_companys_own(tmp_path):
    # '对应Q3单季营收': 对应 is no part's name glued to the quarter
    text = "2025年前三季度公司营收90.0亿元,上半年营收58.0亿元,对应Q3单季营收{}亿元。"
    verdicts = [c["verdict"] for c in run_families(_note(tmp_path, text.format("32.0")))[0] if "2025Q3" in c["formula"]]
    assert verdicts == ["consistent"]
    verdicts = [c["verdict"] for c in run_families(_note(tmp_path, text.format("33.0")))[0] if "2025Q3" in c["formula"]]
    assert verdicts == ["mismatch"]


def _note(tmp_path, body):
    path = tmp_path / "note.txt"
    path.write_text("恒远科技(300999):业绩稳健增长,维持买入评级\n华安证券· 2025-10-30\n" + body + "\n", encoding="utf-8")
    return read_document(path)


@pytest.mark.parametrize("ratio, verdict", [("96", "consistent"), ("86", "mismatch")])
def test_a_lines_ratio_to_another_line(tmp_path, ratio, verdict):
    # '经营性现金流净额为72.7亿,与归母净利润的比值为96%': 72.7 ÷ 75.70
    text = (f"2025年前三季度公司归母净利润75.70亿元。2025年前三季度公司经营性现金流净额为72.7亿(-34.3%),"
            f"与归母净利润的比值为{ratio}%,保持健康水平。")
    found = {figure(c): c for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found[ratio]["verdict"] == verdict and "归母净利润" in found[ratio]["formula"]


def test_news_of_a_hong_kong_share_class_publishing_and_its_adjusted_profit_margin():
    from pipeline.verify.checks import is_company_report
    # '快手-W(01024.HK)发布…': the share class between the name and its code; '经调整利润净额' is the adjusted profit
    text = ("证券之星消息,近期快手-W(01024.HK)发布2025年三季度财务报告。2025年第三季度,总收入同比增长14.2%至人民币356亿元,"
            "经调整利润净额达到人民币50亿元,同比增长26.3%,经调整净利润率达{}%。")
    doc = summary_doc(text.format("14.0"), title=None, company=None, ticker=None)
    assert is_company_report(doc)
    assert {figure(c): c["verdict"] for c in results.find(doc)}["14.0"] == "consistent"   # 50 ÷ 356
    wrong = summary_doc(text.format("15.0"), title=None, company=None, ticker=None)
    assert {figure(c): c["verdict"] for c in results.find(wrong)}["15.0"] == "mismatch"


def test_a_text_opening_on_a_named_result_and_its_numbered_parts():
    from pipeline.verify.checks import is_company_report
    # a note's text under a dateline, opening on the company, a period and its revenue: one company's
    text = ("21 Nov 2025\n\n快手2025财年第三季收入同比增长14.2%至356亿元人民币,主要驱动因素包括:i)在线营销服务业务受惠于AI技术,"
            "收入同比增20%至201亿元人民币;ii)直播业务透过持续丰富内容,收入同比增2.5%至96亿元人民币。")
    doc = summary_doc(text, title="21 Nov 2025", company=None, ticker=None)
    assert is_company_report(doc)
    # the numbered items opening on a business are its parts': their growths are no second reading of revenue's
    assert [c["reported"] for c in results.find(doc)] == [14.2]
    assert not is_company_report(summary_doc("21 Nov 2025\n\n光伏行业2025年第三季收入同比增长4.2%。", title="21 Nov 2025",
                                             company=None, ticker=None))


@pytest.mark.parametrize("last, verdict", [("1.00", "consistent"), ("1.10", "mismatch")])
def test_a_pb_list_with_each_years_bvps_and_no_close_is_one_price(tmp_path, last, verdict):
    # 10.00 × 1.20 = 12.00 = 11.00 × 1.09 = 12.00 × 1.00: no close printed, every year's BVPS × PB one price
    text = f"预计公司2025-2027年每股净资产为10.00/11.00/12.00元,现价对应2025-2027年市净率分别为1.20/1.09/{last}倍。"
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found["1.09"] == "consistent" and found[last] == verdict


def test_lists_parted_by_a_space_alone_each_figure_with_its_unit(tmp_path):
    # a summary's '分别为481亿元 552亿元和644亿元,同比增速分别为6.9% 14.8%和16.6%': 552 ÷ 481, 644 ÷ 552
    text = "预计2025-2027年归母净利润分别为481亿元 552亿元和644亿元,同比增速分别为6.9% {}%和16.6%。"
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format("14.8")))[0] if c["family"] == "results"}
    assert found["14.8"] == "consistent" and found["16.6"] == "rounding"
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format("15.8")))[0] if c["family"] == "results"}
    assert found["15.8"] == "mismatch"


@pytest.mark.parametrize("change, verdict", [("6.3", "consistent"), ("5.3", "mismatch")])
def test_one_period_named_alone_carries_across_paragraphs_and_a_move_in_one_character(change, verdict):
    from pipeline.verify.checks import is_company_report
    # news under no title naming one period only ('今年上半年'): a later paragraph's figures are of it; '毛利率增X百分点至'
    # (one character, 百分点 with no 个) on a base implied by the growths: 97.61 ÷ 3.34 over 138.76 ÷ 3.04 = 64.0%
    text = (f"潮玩品牌泡泡玛特19日发布期中业绩，今年上半年营收人民币138.76亿元，年增204%，毛利增234%至人民币97.61亿元，"
            f"相当于毛利率增{change}百分点至70.3%。\n\n从地区收入来看，中国收入为人民币82.83亿元，虽然续为公司最大收入来源，"
            f"但占比由77.2%降至{{}}%。")
    doc = summary_doc(text.format("59.7"), title=None, company=None, ticker=None)
    assert is_company_report(doc)                                                 # '…19日发布期中业绩'
    found = {figure(c): c["verdict"] for c in results.find(doc)}
    assert found["70.3"] == "consistent" and found[change] == verdict
    assert found["59.7"] == "consistent"                                           # 82.83 ÷ 138.76
    wrong = summary_doc(text.format("69.7"), title=None, company=None, ticker=None)
    assert {figure(c): c["verdict"] for c in results.find(wrong)}["69.7"] == "mismatch"
    # a text naming a second period carries none across paragraphs
    two = summary_doc(text.format("69.7") + "\n\n2024年公司营收45.58亿元。", title=None, company=None, ticker=None)
    assert "69.7" not in {figure(c) for c in results.find(two)}


def test_a_bound_is_no_amount_and_a_part_in_capitals_no_revenue_of_the_company(tmp_path):
    # '五大IP营收破10亿元', '净利润超过40亿元': no amount stated; 'AI收入' a part's — the margin's inputs stay one each
    for aside in ("五大IP营收破10亿元", "净利润超过40亿元", "AI收入10亿元"):
        text = f"2025年上半年收入138.8亿元,经调整净利润47.1亿元。{aside}。2025年上半年经调整净利率33.9%。"
        found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
        assert found["33.9"] == "consistent", aside


def test_a_share_said_in_the_whole_and_a_single_quarter_the_words_do_not_name(tmp_path):
    # '在总营收中的占比34.7%': 48.1 ÷ 138.8
    text = "2025年上半年营收138.8亿元。2025年上半年,MONSTERS实现营收48.1亿元,同比增长668.0%,在总营收中的占比{}%。"
    for share, verdict in (("34.7", "consistent"), ("36.7", "mismatch")):
        found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format(share)))[0] if c["family"] == "results"}
        assert found[share] == verdict
    # '报告期内…；单季度归母净利润为63.4亿元,同比增加18.3亿元': the single quarter is no 前三季度 (no base either way)
    text = ("2025年前三季度归母净利润为220.7亿元,同比增长131.8%;单季度归母净利润为63.4亿元,同比增加18.3亿元。")
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found.get("18.3") != "mismatch"


@pytest.mark.parametrize("change, verdict", [("0.2", "consistent"), ("0.9", "mismatch")])
def test_a_growth_signed_after_a_slash_and_the_first_three_quarters_with_no_year(change, verdict):
    # '其中Q3收入775.6亿/+9.5%,归母净利润53.4亿/+12.7%': the growths imply 2024Q3's margin 47.4 ÷ 708.3 = 6.69%
    text = ("公司2025Q1-Q3实现营收2340.5亿/+10.0%,归母净利润173.7亿/+14.7%。其中Q3收入775.6亿/+9.5%,归母净利润53.4亿/+12.7%。"
            f"Q3公司归母净利率同比+{change}pct至6.9%。")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text))}
    assert found["6.9"] == "consistent" and found[change] == verdict
    # 'Q1-3实现收入1986.57亿元(+7.5%)' under no year: the first three quarters, not the third ('Q3实现收入670.30亿元')
    bare = summary_doc("公司Q1-3实现收入1986.57亿元(+7.5%)。Q3实现收入670.30亿元(+6.1%)。")
    notes = [c["note"] for c in results.find(bare)]
    assert notes and not any("stated earlier" in n for n in notes)


@pytest.mark.parametrize("move, verdict", [("+1.0", "consistent"), ("+2.0", "mismatch")])
def test_a_quarters_signed_move_on_the_base_its_sentence_said(tmp_path, move, verdict):
    # '2025Q3当季实现营业收入…' (当季 is no doer); '…毛利率同比-0.3pct,…,归母净利润率+1.0pct': the quarter's bare move
    # on the base the sentence said (同比): 70.49 ÷ 398.55 = 17.69% over 78.25 ÷ 469.37 = 16.67% a year before
    text = ("2025Q3当季实现营业收入398.55亿元,同比-15.09%,实现归母净利润70.49亿元,同比-9.92%。"
            f"公司2025Q3毛利率同比-0.3pct,期间费用率同比-1.1pct,归母净利润率{move}pct,盈利能力仍然向好。")
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found["15.09"] == "unverifiable" and found[move.lstrip("+")] == verdict
    # with no base said, a quarter's bare move may be on the quarter before: not judged
    bare = text.replace("毛利率同比-0.3pct,期间费用率同比-1.1pct,", "")
    assert move.lstrip("+") not in {figure(c) for c in run_families(_note(tmp_path, bare))[0]}


def test_a_level_after_a_signed_move_is_judged_once(tmp_path):
    # '2024年毛利率-2.1pct至73.2%' with no amounts of gross profit: no check of 73.2 against itself
    found = [(figure(c), c["verdict"]) for c in run_families(_note(tmp_path, "2024年营业收入50亿元。2024年毛利率-2.1pct至73.2%。"))[0]]
    assert ("73.2", "consistent") not in found


def test_a_loose_amounts_share_moved_to_and_named_a_clause_before(tmp_path):
    # '研发投入同样不减,前三季度达56.2亿元,占营收比重提升至4.1%': 56.2 ÷ 1372
    text = "公司2025年前三季度实现营业总收入1372亿元,同比下降6.6%。研发投入同样不减,前三季度达56.2亿元,占营收比重提升至{}%。"
    for share, verdict in (("4.1", "consistent"), ("5.1", "mismatch")):
        (check,) = [c for c in run_families(_note(tmp_path, text.format(share)))[0] if figure(c) == share]
        assert check["verdict"] == verdict and check["formula"].startswith("研发投入")


@pytest.mark.parametrize("change, verdict", [("5.2", "consistent"), ("6.2", "mismatch")])
def test_lines_under_a_period_heading_as_labels_with_colons_and_conversions(tmp_path, change, verdict):
    # '第三季度各项业绩指标如下:' (no figure) heads the lines under it; '收入总额:274亿元人民币(38亿美元)' a label, a colon,
    # the amount and the same in dollars (no line's own); 毛利率 has one definition: its amounts' level within rounding
    # pins it, and the growths imply 2024Q3's (45 ÷ 0.484 over 274 ÷ 0.638 = 21.6%)
    text = ("2025年第三季度,公司汽车总交付量为93,211辆,同比减少39.0%。\n第三季度各项业绩指标如下:\n"
            "收入总额:274亿元人民币(38亿美元),同比减少36.2%,环比减少9.5%;\n"
            "毛利:45亿元人民币(6.278亿美元),同比减少51.6%,环比减少26.3%;\n"
            f"毛利率:16.3%,同比下降{change}个百分点,环比下降3.8个百分点;")
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found["16.3"] == "rounding" and found[change] == verdict
    assert found["36.2"] == "unverifiable"                                         # read, its base not printed
    assert "39.0" not in found                                                     # deliveries' fall: no revenue's


def test_a_level_below_the_year_befores_and_the_quarter_befores(tmp_path):
    # '毛利率为16.3%,低于2024年同期的21.5%和2025年第二季度的20.1%': both bases judged on the amounts the growths imply;
    # the periods of the comparison are no period the next bullet speaks of
    text = ("2025年第三季度总营收为273.65亿元,同比下降36.2%,环比下降9.5% [4] - 毛利润为44.69亿元,同比下降51.6%,环比下降26.3% [4] "
            "- 车辆利润率为15.5%,低于2024年同期的20.9%和2025年第二季度的19.4% [4] - 毛利率为16.3%,低于2024年同期的21.5%和"
            "2025年第二季度的{}% [4]")
    for level, verdict in (("20.1", "consistent"), ("22.1", "mismatch")):
        found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format(level)))[0] if c["family"] == "results"}
        assert found["16.3"] == "consistent" and found["21.5"] == "consistent" and found[level] == verdict


def test_a_numbered_section_ends_a_period_headings_lines(tmp_path):
    # '2024年第四季度表现尤为突出:' heads its lines; '五、研发投入' is a section of its own: its share is the year's, not Q4's
    text = ("2024年营业总收入4.71亿元。\n二、季度业绩亮点\n2024年第四季度表现尤为突出:\n单季度主营收入1.24亿元,同比增长11.44%\n"
            "五、研发投入与分红政策\n研发支出1814.73万元,占营收3.85%\n")
    found = [c for c in run_families(_note(tmp_path, text))[0] if figure(c) == "3.85"]
    assert all(c["verdict"] != "mismatch" for c in found)                          # 1814.73万 ÷ 1.24亿 is Q4's wrong base


@pytest.mark.parametrize("figure_, verdict", [("1.20", "consistent"), ("1.40", "mismatch")])
def test_one_line_over_another_as_a_multiple(tmp_path, figure_, verdict):
    # '经营现金流/归母净利润为1.20倍' (both named) and '…12.0亿元,为归母净利润的1.20倍' (after the first's amount): 12.0 ÷ 10.0
    for text in (f"2025年上半年公司经营活动现金流净额12.0亿元,归母净利润10.0亿元,经营现金流/归母净利润为{figure_}倍。",
                 f"2025年上半年公司归母净利润10.0亿元,经营活动现金流净额12.0亿元,为归母净利润的{figure_}倍。"):
        found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
        assert found[figure_] == verdict, text


@pytest.mark.parametrize("eps, verdict", [("0.60", "consistent"), ("0.66", "mismatch")])
def test_a_periods_eps_over_the_share_count_its_sentence_states(tmp_path, eps, verdict):
    # '前三季度…归母净利润9.00亿元,总股本15.00亿股,对应EPS为0.60元': not a year's, the count stated beside it
    text = f"2025年前三季度公司归母净利润9.00亿元,总股本15.00亿股,对应EPS为{eps}元。"
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found[eps] == verdict


@pytest.mark.parametrize("margin, verdict", [("21", "consistent"), ("25", "mismatch")])
def test_a_margin_named_after_a_profit_line_and_earlier_levels_in_brackets(tmp_path, margin, verdict):
    # '经调整EBITDA为14.19亿元、经调整EBITDA利润率为21%(21Q3/22Q2:10%/9%)': 14.19 ÷ 68.97; the bracket's periods are the
    # earlier levels', no period of the sentence (the 经调整净利率 after them is still 22Q3's)
    text = ("■22Q3营收68.97亿元/同比增长29%。■22Q3 NON-GAAP营业利润12.05亿元:业绩方面,经调整EBITDA为14.19亿元、"
            f"经调整EBITDA利润率为{margin}%(21Q3/22Q2:10%/9%);经调整归母净利润10.35亿元,经调整净利率15%(21Q3/22Q2:10%/-5%)。")
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text))[0] if c["family"] == "results"}
    assert found[margin] == verdict and found["15"] == "consistent"
    # a rate named after a line that is no profit ('不良贷款率' after '不良贷款余额') is over loans, not revenue: not judged
    bank = "2025年三季度末公司营收68.97亿元,不良贷款余额10.0亿元,不良贷款率1.2%。"
    assert "1.2" not in {figure(c) for c in run_families(_note(tmp_path, bank))[0]}


def test_listed_cost_lines_shares_and_a_vendors_page_on_one_company(tmp_path):
    # '产品研发费用/销售及营销费用/一般行政费用分别为36亿/34亿/10亿元,占营收比重的23%/21%/7%' (each figure its own 亿)
    text = ("3Q24公司实现营收159亿元。3Q24产品研发费用/销售及营销费用/一般行政费用分别为36亿/34亿/10亿元,"
            "占营收比重的23%/{}%/7%。")
    found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format("21")))[0] if c["family"] == "results"}
    assert found == {"23": "consistent", "21": "consistent", "7": "rounding"}
    assert {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format("25")))[0]}["25"] == "mismatch"
    from pipeline.verify.checks import is_company_report
    # a data vendor's page: '主营业务:…\n报告期业绩:\n2025年第三季度,…净营业收入为183亿元'; 产品研发费用 is R&D
    page = ("主营业务:\n公司是全球领先的一站式旅行平台。\n报告期业绩:\n2025年第三季度,携程集团净营业收入为183亿元人民币(26亿美元),"
            "同比上升16%。\n2025年第三季度产品研发费用为41亿元人民币(5亿7400万美元),同比上升12%。2025年第三季度产品研发费用占净营业收入的{}%。")
    doc = summary_doc(page.format("22"), title=None, company=None, ticker=None)
    assert is_company_report(doc)
    assert {figure(c): c["verdict"] for c in results.find(doc)}["22"] == "consistent"
    wrong = summary_doc(page.format("25"), title=None, company=None, ticker=None)
    assert {figure(c): c["verdict"] for c in results.find(wrong)}["25"] == "mismatch"


def test_shares_moved_to_their_level_and_after_the_amounts_growth(tmp_path):
    # '销售及分销开支为人民币50.11亿元,同比增长0.8%,占收益比例从22.4%降至19.6%' (or '下降2.8个百分点至19.6%'): 50.11 ÷ 256.22;
    # '包装饮用水产品收益为94.43亿元,同比增长10.7%,占总收益36.9%': the amount's growth between it and its share
    for text, share in (("2025年上半年收益为256.22亿元。销售及分销开支为人民币50.11亿元,同比增长0.8%,占收益比例从22.4%降至{}%。", "19.6"),
                        ("2025年上半年收益为256.22亿元。销售及分销开支为人民币50.11亿元,同比增长0.8%,占收益比例下降2.8个百分点至{}%。", "19.6"),
                        ("2025年上半年收益为256.22亿元。2025年上半年包装饮用水产品收益为94.43亿元,同比增长10.7%,占总收益{}%。", "36.9")):
        found = {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format(share)))[0] if c["family"] == "results"}
        assert found[share] == "consistent", text
        wrong = str(float(share) + 2)
        assert {figure(c): c["verdict"] for c in run_families(_note(tmp_path, text.format(wrong)))[0]}[wrong] == "mismatch"


def test_news_of_results_published_on_a_weekday_or_for_a_half():
    from pipeline.verify.checks import is_company_report
    # '农夫山泉(9633)已于周二(26日)公布中期业绩', '据界面新闻的报道,日前,农夫山泉公布了2025年上半年业绩'
    for text in ("农夫山泉(9633)已于周二(26日)公布中期业绩,纯利按年增22.1%至76.22亿元。",
                 "据界面新闻的报道,日前,农夫山泉公布了2025年上半年业绩,公司总收益为256.22亿元。"):
        assert is_company_report(summary_doc(text, title=None, company=None, ticker=None)), text


@pytest.mark.parametrize("text, want", [
    # a loss's amount is the line's, negative: (−3.00 − 2.00) ÷ 2.00 = −250%; (−9.42 + 3.58) ÷ 3.58 = −163.1%
    ("2025年一季度公司归母净利润亏损3.00亿元,同比下降250%,去年同期为2.00亿元。", {"250": "consistent"}),
    ("2025年一季度公司归母净利润亏损3.00亿元,同比下降150%,去年同期为2.00亿元。", {"150": "mismatch"}),
    ("2025年一季度扣非净利润亏损9.42亿元,上年同期亏损3.58亿元,同比下降163.1%。", {"163.1": "consistent"}),
    # a quarter's bare growth, with its degree, on the year before's figure the sentence names after it
    ("2025年一季度公司净利润1.04亿元。净利润大幅增长102.68%,成功实现扭亏为盈,去年同期亏损38.97亿元。", {"102.68": "rounding"}),
])
def test_a_loss_stated_as_a_loss(text, want):
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text, title="天齐锂业(002466):2025年一季报点评",
                                                                          company="天齐锂业", ticker="002466"))}
    assert {f: found.get(f) for f in want} == want


def test_a_page_whose_table_and_prose_speak_of_one_period_carries_it_to_sentences_naming_none(tmp_path):
    # the table's figures are all of 2025Q1 and so is the one period the text names: '净利润大幅增长…' is of it
    text = ("天齐锂业(002466)2025年一季度财报深度分析\n\n核心财务指标\n指标 2025年Q1 同比变化\n营业总收入(亿元) 25.84 -0.02%\n"
            "归母净利润(亿元) 1.04 +102.68%\n\n业绩亮点分析\n\n1. 净利润大幅增长{}% ,成功实现扭亏为盈,去年同期亏损38.97亿元\n")
    for pct, verdict in (("102.68", "rounding"), ("112.68", "mismatch")):
        doc = read_document(_write(tmp_path, text.format(pct)))
        assert {figure(c): c["verdict"] for c in results.find(doc)}.get(pct) == verdict


def _write(folder, text):
    (folder / "t.txt").write_text(text, encoding="utf-8")
    return folder / "t.txt"


def test_a_wire_s_copy_under_its_images_and_name_or_a_title_of_name_ticker_and_period():
    from pipeline.verify.checks import is_company_report
    # a wire's copy saved with its images as markdown and the wire's name on a line of its own
    wire = summary_doc("![]()\n中证智能财讯\n赣锋锂业(002460)10月29日披露2025年第三季度报告。前三季度公司实现营业总收入146.25亿元,"
                       "同比增长5.02%。", title="中证智能财讯", company=None, ticker=None)
    # a site's analysis titled by the company, its code in brackets and the period ('…2025年一季度财报深度分析')
    titled = summary_doc("营业总收入(亿元) 25.84", title="天齐锂业(002466)2025年一季度财报深度分析", company=None, ticker=None)
    assert is_company_report(wire) and is_company_report(titled)
    # an industry's period under such a title is no company's
    assert not is_company_report(summary_doc("营业总收入(亿元) 25.84", title="锂电行业2025年一季度财报深度分析", company=None,
                                             ticker=None))


def test_an_amount_after_a_move_s_verb_is_the_change_not_the_base():
    # '较上年同期的364.88亿元净增26.23亿元,增幅7.19%': the base is 364.88, never the 26.23 after 净增
    text = ("2023年,公司全年实现营业收入391.11亿元,较上年同期的364.88亿元净增26.23亿元,增幅7.19%;实现归母净利润40.94亿元,"
            "较上年同期的30.01亿元上升10.93亿元,增幅36.41%。")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text, title="云南白药(000538):2023年年报点评",
                                                                         company="云南白药", ticker="000538"))}
    assert found == {"7.19": "consistent", "36.41": "rounding"}      # 40.94 ÷ 30.01 − 1 = 36.42%, inputs rounded


def test_hong_kong_wires_on_one_company_s_interim_results_and_a_code_with_its_exchange():
    from pipeline.verify.checks import is_company_report
    # a wire's label in 《》 before the company publishing '截至6月30日止中期盈利', or under a headline, '公布6月止六个月中期业绩'
    etnet = summary_doc("《经济通通讯社29日专讯》蒙牛乳业(02319)公布,截至6月30日止中期盈利约24.5亿元,跌19%。",
                        title="《经济通通讯社29日专讯》蒙牛乳业(02319)公布,截至6月30日止中期盈利约", company=None, ticker=None)
    headline = "《蓝筹》蒙牛乳业(02319.HK)中期纯利24.46亿人民币跌19% 不派息"
    wire = summary_doc(headline + "\n\n蒙牛乳业(02319.HK)公布6月止六个月中期业绩,收入446.71亿人民币(下同),按年下降12.6%。",
                       title=headline, company=None, ticker=None)
    # a title with the code's exchange and the name again: '东方雨虹(SZ002271) 东方雨虹2025年三季报业绩解读报告'
    titled = summary_doc("前三季度实现收入206亿元。", title="东方雨虹(SZ002271) 东方雨虹2025年三季报业绩解读报告", company=None,
                         ticker=None)
    assert is_company_report(etnet) and is_company_report(wire) and is_company_report(titled)


def test_a_channel_s_bullet_is_the_channel_s_not_the_company_s():
    # '工程渠道:前三季度收入97.6亿元(2024年同期100亿元)': not the company's 9M revenue and its base
    text = ("前三季度实现收入206亿元,同比下降5%。\n2. 工程渠道:前三季度收入97.6亿元(2024年同期100亿元),同比小幅下降。")
    found = {figure(c): c["verdict"] for c in results.find(summary_doc(text, title="东方雨虹(002271):2025年三季报点评",
                                                                         company="东方雨虹", ticker="002271"))}
    assert found.get("5") == "unverifiable"


def test_a_broker_rating_a_company_by_its_code_or_a_release_with_labelled_codes():
    from pipeline.verify.checks import is_company_report
    rated = summary_doc("业绩表现 - 2025年第三季度实现收入58.0亿元,同比增长28.17%。",
                        title="东吴证券:维持名创优品(09896)“买入”评级 TOP TOY加速成长", company=None, ticker=None)
    release = summary_doc("北京时间2025年11月21日,名创优品集团(NYSE:MNSO;HKEX:9896)公布了2025年第三季度财务报告。报告期内,"
                          "总营收达58亿元。", title=None, company=None, ticker=None)
    assert is_company_report(rated) and is_company_report(release)


def test_a_region_s_topic_is_the_region_s_not_the_company_s():
    # '海外市场方面,Q3营收23.1亿元,同比增长28%' after the group's 58亿元 up 28%: the region's growth, no restatement of
    # the group's (nor its 23.1亿 the group's revenue, which would spoil the margin 25.9 ÷ 58)
    text = ("2025年第三季度集团总营收达58亿元,同比增长28%,毛利润为25.9亿元,毛利率为44.7%。海外市场方面,Q3营收23.1亿元,"
            "同比增长28%。")
    found = results.find(summary_doc(text, title="名创优品(09896):三季报点评", company="名创优品", ticker="09896"))
    assert [c["verdict"] for c in found if figure(c) == "44.7"] == ["consistent"]
    assert not [c for c in found if "stated earlier" in c["note"]]


def test_a_summary_s_rows_listed_after_colons(tmp_path):
    # '2024-2026年预计营业收入:51.14/62.16/76.06亿元…对应PE:90/73/59倍…营业收入增长率:…/21.6%/22.4%' with the market value
    # 135853百万元: 62.16 ÷ 51.14 − 1 = 21.6%; 1358.53 ÷ 15.06 = 90.2
    text = ("基础数据 - 收盘价:293.72元,总市值/流通市值:135853/135853百万元 盈利预测和财务指标 - 2024-2026年预计营业收入:"
            "51.14/62.16/76.06亿元,归母净利润:15.06/18.71/23.17亿元 - 2024-2026年对应PE:{pe}/73/59倍 - 2022-2026年营业收入"
            "增长率:18.4%/17.3%/12.2%/{g}%/22.4%")
    doc = lambda pe, g: read_document(_write(tmp_path, "金山办公(688111):三季度收入增长回暖\n" + text.format(pe=pe, g=g)))  # noqa: E731
    found = {figure(c): c["verdict"] for c in results.find(doc("90", "21.6"))}
    assert found.get("90") == "consistent" and found.get("21.6") in ("consistent", "rounding")
    found = {figure(c): c["verdict"] for c in results.find(doc("80", "25.6"))}
    assert found.get("80") == "mismatch" and found.get("25.6") == "mismatch"


def test_a_note_opening_on_the_company_s_moved_line_is_one_company_s():
    from pipeline.verify.checks import is_company_report
    # '公司前三季度营收同比增长81%至28.8 亿元,…': a broker note's body, the company named only as 公司
    note = summary_doc("公司前三季度营收同比增长81%至28.8 亿元,归母净利润同比增长95%至9.99 亿元。", title=None, company=None,
                       ticker=None)
    assert is_company_report(note)
    # an industry's line so moved is not
    assert not is_company_report(summary_doc("行业前三季度营收同比增长8%至2880亿元。", title=None, company=None, ticker=None))


def test_a_change_right_after_a_count_of_things_is_the_count_s(tmp_path):
    # '营收574亿元、同环比+16%/+3%,对应行业重卡批发28.2万辆,同环比+58%/+3%': the +58% is the trucks', no revenue's growth
    text = "3Q25 公司营收574 亿元、同环比+16%/+3%,对应行业重卡批发28.2 万辆,同环比+58%/+3%,凯傲营收27 亿欧元,同环比均大致持平。"
    found = results.find(read_document(_write(tmp_path, "潍柴动力(000338):三季报点评\n" + text)))
    assert not [c for c in found if c["verdict"] in ("consistent", "rounding", "mismatch")]


def test_points_written_个pct_and_the_company_s_name_glued_to_a_quarter(tmp_path):
    # 52.74 ÷ 293.67 = 17.96%; a year before (52.74 ÷ 1.057) ÷ (293.67 ÷ 1.0141) = 17.23%: +0.73 points
    text = ("事件:青岛啤酒2025Q1-3 收入为293.67 亿元,同比增长1.41%;归母净利润为52.74 亿元,同比增长5.70%。"
            "2025Q1-3 公司归母净利率同比提升{} 个pct 至17.96%。")
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "青岛啤酒(600600):经营平稳\n" + text.format("0.73"))))}
    assert (found["17.96"], found["0.73"]) == ("consistent", "consistent")
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "青岛啤酒(600600):经营平稳\n" + text.format("1.73"))))}
    assert found["1.73"] == "mismatch"
    glued = "青岛啤酒22Q1-Q3 营业收入/ 归母净利润/ 扣非归母净利润为291.1/42.7/38.6 亿元。22Q1-Q3 公司归母净利率为14.7%。"
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "青岛啤酒(600600):点评\n" + glued)))}
    assert found["14.7"] == "consistent"  # 42.7 ÷ 291.1 = 14.67%


def test_the_year_before_s_figure_in_brackets_after_a_year_and_a_colon(tmp_path):
    # a Hong Kong announcement's comparative: '同比增长3.3%至148.17亿元人民币(2024年:143.45亿元人民币)', 148.17 ÷ 143.45 = +3.29%
    text = "2025年上半年公司总收入同比增长{}%至148.17亿元人民币(2024年:143.45亿元人民币)。"
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "李宁(02331):中期业绩点评\n" + text.format("3.3"))))}
    assert found == {"3.3": "consistent"}
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "李宁(02331):中期业绩点评\n" + text.format("4.3"))))}
    assert found == {"4.3": "mismatch"}
    # another year's figure in the brackets is no base ('(2023年:…)' under 2025's)
    other = text.format("3.3").replace("2024年:", "2023年:")
    assert not [c for c in results.find(read_document(_write(tmp_path, "李宁(02331):中期业绩点评\n" + other)))
                if c["verdict"] != "unverifiable"]


def test_a_hong_kong_parent_profit_named_for_its_equity_holders(tmp_path):
    # '权益持有人应占净溢利' is the parent's profit: 21.21 ÷ 140.19 = 15.13%
    text = "2023年上半年,收入上升13.0%至140.19亿元人民币;净利率为{}%;权益持有人应占净溢利为21.21亿元。"
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "李宁(02331):中期业绩\n" + text.format("15.1"))))}
    assert found.get("15.1") == "consistent"
    # (a net margin off it stays unverifiable: it may be on the profit with minorities, which the text does not print)
    found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "李宁(02331):中期业绩\n" + text.format("16.1"))))}
    assert found.get("16.1") == "unverifiable"


def test_a_digest_under_a_heading_whose_bullet_moves_the_company_s_line():
    from pipeline.verify.checks import is_company_report
    # a digest of an announcement with no title: '收入和利润表现 - … - 公司收入同比增长3.3%至148.17亿元人民币'
    digest = ("收入和利润表现 - 2025年上半年收入为148.17亿元人民币,同比增长3.3%[15] - 公司收入同比增长3.3%至148.17亿元人民币[17]"
              " - 2025年上半年经营利润为24.38亿元人民币,同比增长1.5%[15]")
    assert is_company_report(summary_doc(digest, title=None, company=None, ticker=None))
    # a listed company's line is no one's ('上市公司收入同比增长…')
    assert not is_company_report(summary_doc(digest.replace("公司收入", "上市公司收入"), title=None, company=None, ticker=None))


def test_a_cost_s_share_of_revenue_right_after_it_is_the_company_s_own(tmp_path):
    # '研发支出占公司营业收入比例约为28.03%': 15.44 ÷ 55.07 = 28.04% (a part's share would be '刻蚀设备收入占公司…')
    text = ("公司2024年前三季度营业收入为55.07亿元,同比增长约36.27%。2024年前三季度公司研发支出15.44亿元,研发支出占公司营业收入"
            "比例约为{}%。")
    for share, verdict in (("28.03", "rounding"), ("38.03", "mismatch")):
        head = "中微公司:2024年第三季度报告\n证券代码:688012 证券简称:中微公司\n"
        found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, head + text.format(share))))}
        assert found[share] == verdict


def test_a_part_said_to_be_the_company_s_mainstay_is_still_the_part(tmp_path):
    # '酱油业务作为公司绝对支柱,前三季度实现收入111.56亿元…占总营收的51.6%': 111.56 ÷ 216.28 = 51.58%, and 111.56 is no revenue
    text = ("今年前三季度,公司实现营收216.28亿元,同比增长6.02%。\n"
            "酱油业务作为公司绝对支柱,前三季度实现收入111.56亿元,同比增长7.91%,占总营收的{}%。")
    for share, verdict in (("51.6", "consistent"), ("61.6", "mismatch")):
        found = {figure(c): c["verdict"] for c in results.find(read_document(
            _write(tmp_path, "海天味业(603288):三季报点评\n2025年10月30日\n" + text.format(share))))}
        assert found[share] == verdict and found.get("7.91") in (None, "unverifiable")


def test_the_international_market_is_a_region_the_company_sells_in(tmp_path):
    # '国际市场营业收入为441.61亿元,…占总收入32.98%' after '国内市场…': 441.61 ÷ 1338.96 = 32.98%
    text = ("中兴通讯发布2025年度报告，公司实现营业收入1338.96亿元，年增10.38%。\n从市场划分来看，国内市场营业收入为897.34亿元，"
            "占总收入67.02%。国际市场营业收入为441.61亿元，年增12.39%，占总收入{}%。")
    for share, verdict in (("32.98", "consistent"), ("42.98", "mismatch")):
        found = {figure(c): c["verdict"] for c in results.find(read_document(_write(tmp_path, "中兴通讯(000063):年报点评\n" + text.format(share))))}
        assert found[share] == verdict


def test_a_share_of_revenue_said_with_its_word_cut_short(tmp_path):
    # '占营收比0.10%': 1433.20万 ÷ 138.91亿 = 0.103%
    text = "样例珠宝(002999):年报点评\n2024年公司实现营业收入138.91亿元。研发投入1433.20万元,占营收比{}%。\n"
    assert _judged(tmp_path, text.format("0.10")) == {"0.10": "consistent"}
    assert _judged(tmp_path, text.format("0.20")) == {"0.20": "mismatch"}


def test_a_digest_s_bullets_under_a_heading_of_parts_are_the_parts(tmp_path):
    # under '分产品/服务收入' each bullet's 收入 is a product's, not the company's: the company's revenue stays 85.06,
    # and its gross margin 35.01 ÷ 85.06 = 41.16% is judged; under the next heading the lines are the company's again
    text = ("样例黄金(06999):年报点评\n维持“推荐”评级 [1] 业绩表现 - 2024年营收85.06亿元(yoy+167.5%) [1] 分产品/服务收入 - "
            "足金产品24年收入84.99亿元,同比+167.7% [2] - 其他产品及服务24年营收0.07亿元,同比+52.2% [2] 盈利能力 - "
            "2024年毛利35.01亿元,毛利率{}% [3]\n")
    assert _judged(tmp_path, text.format("41.16")) == {"41.16": "consistent"}
    assert _judged(tmp_path, text.format("42.16")) == {"42.16": "mismatch"}


def test_a_text_whose_first_line_runs_a_note_s_title_into_its_body_is_a_company_report():
    from pipeline.verify.checks import is_company_report
    # '重庆啤酒(600132.SH)2021年中报点评:量价齐升…。拆分量价来看…' on one line: no title of its own
    note = summary_doc("样例啤酒(600999.SH)2021年中报点评:量价齐升驱动收入增长。拆分量价来看:Q2销量同比+4.7%。",
                       title=None, company=None, ticker=None)
    assert is_company_report(note)
    # an industry's note opening the same way names no company's ticker
    assert not is_company_report(summary_doc("啤酒行业2021年中报点评:量价齐升。", title=None, company=None, ticker=None))


def test_a_run_a_part_s_revenue_opens_is_the_part_s(tmp_path):
    # '- 批发代理营业收入141.36亿元,营业成本71.07亿元,毛利率49.72%': the cost and margin are the channel's, never judged
    # on the company's revenue (146.45: 51.47% would be a false mismatch)
    text = ("样例啤酒(600999):年报点评\n维持“买入”评级 [1] 财务表现 - 2024年营收下滑1.15%至146.45亿元 [1] 销售模式表现 - "
            "批发代理营业收入141.36亿元,营业成本71.07亿元,毛利率49.72% [3]\n")
    assert "49.72" not in _judged(tmp_path, text)


def test_the_report_s_own_lines_named_after_it_and_a_share_said_with_only(tmp_path):
    # '2024 年年报营业总收入…65.8亿元' is the company's (75.51 ÷ 65.8 − 1 = 14.76%); '营收占比仅2.2%' a part's share
    text = ("样例软件(600999):年报点评\n公司2024年年报营业总收入同比-10%至65.8亿元。预计2025年营业总收入为75.51亿元,同比{}%。\n")
    assert _judged(tmp_path, text.format("14.74")) == {"14.74": "rounding"}
    assert _judged(tmp_path, text.format("15.74")) == {"15.74": "mismatch"}
    share = "样例啤酒(600999):半年报点评\n2025年上半年公司营收88.39亿元。经济产品营收仅1.95亿元,营收占比仅{}%。\n"
    assert _judged(tmp_path, share.format("2.2")) == {"2.2": "consistent"}
    assert _judged(tmp_path, share.format("3.2")) == {"3.2": "mismatch"}


def test_a_report_s_file_name_as_a_download_site_lists_it_names_its_company():
    from pipeline.verify.checks import is_company_report
    filed = summary_doc("2018-2021年公司营收从113.4亿元增至119.6亿元(CAGR约为1.8%)。",
                        title="样例啤酒-公司深度报告:国资啤酒龙头二次改革焕发新机-230323(34页)", company=None, ticker=None)
    assert is_company_report(filed)
    industry = summary_doc("2018-2021年行业营收从113.4亿元增至119.6亿元。", title="食品饮料行业-深度报告:白酒景气-230323(34页)",
                           company=None, ticker=None)
    assert not is_company_report(industry)


def test_a_base_named_by_its_year_and_a_list_whose_elements_say_their_own_direction(tmp_path):
    # '2021年同期为196.34亿元' is the year before's (210.13 ÷ 196.34 − 1 = 7.02%); '较2019年同期' would be no base of it
    base = "样例啤酒(00999):中期业绩点评\n2022年上半年营业额为210.13亿元,{}同期为196.34亿元,同比增长7.0%。\n"
    assert _judged(tmp_path, base.format("2021年")) == {"7.0": "consistent"}
    assert _judged(tmp_path, base.format("2019年")) == {}
    # '同比分别增长7.0%和下降11.4%': the second falls (38.02 ÷ 42.91 − 1 = −11.4%)
    listed = ("样例啤酒(00999):中期业绩点评\n2021年上半年营业收入为196.34亿元,归母净利润为42.91亿元。2022年上半年营业收入和"
              "归母净利润分别为210.13亿元和38.02亿元,同比分别增长7.0%和{}11.4%。\n")
    assert _judged(tmp_path, listed.format("下降")) == {"7.0": "consistent", "11.4": "consistent"}
    assert _judged(tmp_path, listed.format("增长")) == {"7.0": "consistent", "11.4": "mismatch"}


def test_a_digest_s_adjusted_bullet_leaves_the_next_bullets_their_own(tmp_path):
    # one sentence of bullets: '剔除…后' adjusts its own bullet's figures, not the statement lines after it
    text = ("样例啤酒(00999):中期业绩点评\n整体财务数据 - 2022年上半年营业额为210.13亿元 - 剔除一次性收益后,2022年上半年公司股东应占"
            "溢利增加27.8% - 2022年上半年销售成本为121.35亿元 - 2022年上半年毛利为{}亿元\n")
    assert _judged(tmp_path, text.format("88.78")) == {"88.78": "consistent"}
    assert _judged(tmp_path, text.format("89.78")) == {"89.78": "mismatch"}


def test_a_hong_kong_group_s_announcement_in_its_own_voice_is_a_company_report():
    from pipeline.verify.checks import is_company_report
    own = summary_doc("本集团于二零二五年上半年的未经审计之综合营业额为人民币23,942,000,000元,同比增长0.8%。",
                      title=None, company=None, ticker=None)
    filing = summary_doc("整体财务数据关键指标变化 - 2022年上半年营业额为210.13亿元,2021年同期为196.34亿元", title=None,
                         company=None, ticker=None)
    assert is_company_report(own) and is_company_report(filing)
    # a manufacturer's filing digest naming its revenue 销售额 under the heading ('收入和利润表现 - 销售额达人民币…')
    sales = summary_doc("收入和利润表现 - 销售额达人民币149.66亿元,同比增长15.3%[3] - 毛利为人民币40.58亿元,同比增长7.9%[3]",
                        title=None, company=None, ticker=None)
    assert is_company_report(sales)


def test_a_part_s_share_said_of_the_whole_s_scale_and_the_part_a_sentence_opens_on(tmp_path):
    # '占到总营收规模的58.33%' (361.26 ÷ 619.33); '冷饮业务快速恢复增长,营收82.29亿元' is the part's, no second revenue
    text = ("样例乳业:2025年半年报点评\n2025年上半年,公司实现营业总收入619.33亿元,同比增长3.37%。\n"
            "从具体业务表现来看,液体乳业务营收361.26亿元,占到总营收规模的{}%。\n"
            "冷饮业务快速恢复增长,营收82.29亿元,实现双位数增长。\n奶粉及奶制品业务,实现营业收入165.78亿元。\n")
    assert _judged(tmp_path, text.format("58.33")) == {"58.33": "consistent"}
    assert _judged(tmp_path, text.format("68.33")) == {"68.33": "mismatch"}


def test_many_companies_summed_and_a_record_over_years_are_not_the_company_s(tmp_path):
    # '如果把5000多只A股看成一个公司,那今年上半年营收总计35.01万亿元': no revenue of the company's; '增速创近4年新高'
    # names no span the next paragraph's figures are of
    text = ("样例乳业:2025年半年报点评\n如果把5000多只A股看成一个公司,那今年上半年营收总计35.01万亿元,同比增长0.16%。\n"
            "2025年上半年,公司实现营业总收入619.33亿元。扣非归母净利润增速创近4年新高。\n"
            "液体乳业务营收361.26亿元,占总营收的58.33%。\n")
    assert _judged(tmp_path, text) == {"58.33": "consistent"}


def test_a_forecast_opening_on_its_years_is_the_company_s_in_an_unpunctuated_summary(tmp_path):
    # '…美国&欧洲布局进一步深化预计2024 - 2026年实现归母净利润为…对应PE分别为…': 海外 before it is another clause's
    text = ("样例汽配:三季报点评\n核心观点 - 海外墨西哥工厂产能加速释放、美国&欧洲布局进一步深化预计2024 - 2026年实现归母净利润为"
            "10.03、15.66、20.01亿元对应PE分别为25.94X、16.62X、{}X [1]\n")
    assert _judged(tmp_path, text.format("13.01")) == {"16.62": "rounding", "13.01": "rounding"}
    assert _judged(tmp_path, text.format("14.01"))["14.01"] == "mismatch"


def test_a_digest_s_spaced_minus_and_year_range_are_no_bullets(tmp_path):
    # '2024 - 2026年…同比增长 - 5.49%/2.14%/4.15%': the years a range, the dash a sign (1214.03 ÷ 1188.55 − 1 = 2.14%)
    text = ("报告投资评级 - 报告给予样例乳业“买入”评级 [2] 财务数据方面 - 2024 - 2026年公司收入预计分别为1188.55/1214.03/"
            "1264.37亿元,同比增长 - 5.49%/2.14%/{}% [7]\n")
    assert _judged(tmp_path, text.format("4.15")) == {"2.14": "consistent", "4.15": "consistent"}
    assert _judged(tmp_path, text.format("5.15"))["5.15"] == "mismatch"


def test_a_move_to_the_same_half_a_year_on_names_the_sentence_s_period(tmp_path):
    # '从2024年上半年的184.76亿元…增长至2025年同期的286.45亿元': 286.45 is 2025H1's, the bullets after of it too
    text = ("收入和利润 - 公司实现营业收入1677亿元同比增长11.50%[49] - 公司净利润从2024年上半年的184.76亿元人民币增长至2025年"
            "同期的286.45亿元人民币,增幅为55.0%[155] - 公司实现净利润286亿元,同比增长{}%[25]\n")
    judged = _judged(tmp_path, text.format("55"))
    assert judged["55"] == "consistent"  # 286 ÷ 184.76 − 1 = 54.8%, 286 printed rounded
    assert _judged(tmp_path, text.format("65"))["65"] == "mismatch"


def test_changes_said_变化_and_a_digest_s_forecast_eps_on_one_share_count(tmp_path):
    # '同比变化-4.3%、+2.4%、+4.0%' (1352 ÷ 1320 − 1 = 2.42%)
    listed = ("样例石油(600000):2025年中报点评\n预计2025-2027年归母净利润分别为1320亿元、1352亿元、1406亿元,同比变化-4.3%、+2.4%、"
              "+{}%。\n")
    assert _judged(tmp_path, listed.format("4.0")) == {"+2.4": "consistent", "+4.0": "consistent"}
    assert _judged(tmp_path, listed.format("5.0"))["+5.0"] == "mismatch"
    # a digest opening on its rating's and views' bullets names the results' half further on: the forecast years from
    # its year on are on one share count (2.83 × 1370.74 ÷ 1344.28 = 2.886)
    views = " - ".join(["油价回落背景下通过增储上产和成本管控展现业绩韧性,公司通过产量增长抵消油价下跌影响[2]"] * 4)
    digest = ("投资评级 - 强烈推荐评级 维持[4][9] 核心观点 - " + views + " 财务表现 - 2025年上半年营业收入2076.08亿元 同比下降8%[1]"
              " - 维持2025-2027年归母净利润预测1344.28/1370.74/1407.40亿元 对应EPS分别为2.83/{}/2.96元[9]\n")
    assert _judged(tmp_path, digest.format("2.88")) == {"2.88": "rounding", "2.96": "consistent"}
    assert _judged(tmp_path, digest.format("2.98"))["2.98"] == "mismatch"


def test_a_bare_change_listing_its_years_with_和(tmp_path):
    # '2026-2027年归母净利润增长2.0%和2.7%': 1370.74 ÷ 1344.28 − 1 = 1.97%, 1407.40 ÷ 1370.74 − 1 = 2.67%
    text = "样例石油(600000):2025年中报点评\n维持2025-2027年归母净利润预测1344.28/1370.74/1407.40亿元。预计2026-2027年归母净利润增长2.0%和{}%。\n"
    assert _judged(tmp_path, text.format("2.7")) == {"2.0": "consistent", "2.7": "consistent"}
    assert _judged(tmp_path, text.format("3.7"))["3.7"] == "mismatch"


def test_a_part_s_share_after_其中_is_of_the_part_before_it_and_a_bare_share_may_be_of_main_business(tmp_path):
    # '图像传感器解决方案营收191.9亿元(…占比74.8%),其中手机CIS营收98亿元(…占比51%),汽车CIS营收59.1亿元(…占比31%)':
    # 98 ÷ 191.9 = 51.1%, 59.1 ÷ 191.9 = 30.8%; 74.8% is above 191.9 ÷ 257.3 = 74.6% by what 主营业务收入 would give
    text = ("样例半导体(600000):2024年报点评\n2024年营业收入257.3亿元 [1] - 2024年图像传感器解决方案营收191.9亿元(yoy+23.5%,"
            "占比74.8%),其中手机CIS营收98亿元(yoy+26%,占比51%),汽车CIS营收59.1亿元(yoy+30%,占比{}%) [2] - "
            "触控与显示解决方案营收10.28亿元(yoy-17.8%,占比4.0%) [2]\n")
    assert _judged(tmp_path, text.format("31")) == {"51": "consistent", "31": "consistent", "4.0": "consistent"}
    assert _judged(tmp_path, text.format("23"))["23"] == "mismatch"
    notes = [c["note"] for c in _results_of(tmp_path, text.format("31")) if figure(c) == "74.8"]
    assert notes and "主营业务收入" in notes[0]
    # a share well below the part over revenue is no main-business share: a mismatch
    assert _judged(tmp_path, text.format("31").replace("占比74.8%", "占比72.8%"))["72.8"] == "mismatch"


def test_a_title_in_book_marks_is_another_document_s(tmp_path):
    # '相关研究报告《…-2024 年净利润增长 498%,…》': no growth of the text's own
    text = ("样例半导体(600000):2025年中报点评\n相关研究报告《样例半导体(600000.SH)-2024 年净利润增长 498%,智驾渗透》 ——2025-05-06。"
            "上半年净利润同比增长48%。\n")
    assert not [c for c in _results_of(tmp_path, text) if c["reported"] == 498]


def test_a_cagr_named_with_its_english_gloss(tmp_path):
    text = "样例集团2025年财经分析报告\n2021-2024年,集团营收从150亿元增长至280亿元,年复合增长率(CAGR)达{}%。\n"
    assert _judged(tmp_path, text.format("23")) == {"23": "consistent"}  # (280 ÷ 150)^(1/3) − 1 = 23.1%
    assert _judged(tmp_path, text.format("28")) == {"28": "mismatch"}


def test_a_company_s_own_markets_in_its_title_leave_it_a_company_note(tmp_path):
    from pipeline.ingest import read_document
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "r.txt"
    for title, company in (("上半年净利润同比增长48%,车载及新兴市场增速提升显著", True), ("半导体行业周报:存储市场回暖", False)):
        path.write_text(f"{title}\n证券研究报告 | 2025年09月16日优于大市样例半导体(603501.SH)公司研究·财报点评 基础数据 投资评级"
                        "优于大市(维持) 收盘价141.15 元 总市值170228百万元\n上半年营业收入同比增长15.4%。\n", encoding="utf-8")
        assert is_company_report(read_document(path)) is company, title


def test_eps_revised_to_after_its_name_and_lines_summed_after_their_list(tmp_path):
    # '每股收益调整至0.16/0.39/0.59元…对应市盈率56.2/22.5/15.1倍': the PEs at one price (56.2 × 0.16 = 8.99)
    text = ("样例光伏(600000):2024年三季报点评\n将2024-2026年预测每股收益调整至0.16/0.39/0.59元(原2024-2026年预测为0.45/0.62/0.81元)"
            " 对应市盈率56.2/22.5/{}倍\n")
    assert _judged(tmp_path, text.format("15.1")) == {"22.5": "rounding", "15.1": "rounding"}
    assert _judged(tmp_path, text.format("18.1"))["18.1"] == "mismatch"
    # '销售、管理和财务费用合计20.71亿元,三费占营收比例达5.63%' is no 财务费用 of 20.71: no share of it is judged
    fees = ("样例光伏(600000):2025年三季报点评\n2025年第三季度营业收入129.04亿元,同比下降24.05% [1] - 销售、管理和财务费用合计"
            "20.71亿元,三费占营收比例达5.63% [5]\n")
    assert not [c for c in _results_of(tmp_path, fees) if c["formula"].startswith("财务费用")]


def test_the_company_named_as_公司_right_after_its_period_opens_a_company_note():
    from pipeline.verify.checks import is_company_report
    doc = summary_doc("2025前三季度实现归母净利润-52.7亿元,2025Q3亏损呈持续收窄公司前三季度公司实现收入646亿元,同比下降5.38%。",
                      title=None, company=None, ticker=None)
    assert is_company_report(doc)


def test_a_report_named_by_its_period_s_full_name_is_a_company_report():
    from pipeline.verify.checks import is_company_report
    for title, company in (("中国石化2025年第三季度报告", True), ("样例乳业2024年年度报告", True), ("2025年第三季度报告", False)):
        doc = summary_doc("截至2025年9月30日止3个月期间,营业收入为704,389,2024年同期为790,410,同比减少10.9%。", title=title,
                          company=None, ticker=None)
        assert is_company_report(doc) is company, title


def digest_checks(tmp_path, body):
    """A filing's digest as a site prints it: no title, no company named, no period."""
    path = tmp_path / "digest.txt"
    path.write_text(body + "\n", encoding="utf-8")
    return [(figure(c), c["verdict"], c["formula"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]


@pytest.mark.parametrize("share, verdict", [("28.14", "consistent"), ("38.14", "mismatch")])
def test_a_filing_digest_naming_no_period_speaks_of_its_own(tmp_path, share, verdict):
    # 117.66 ÷ 418.18 = 28.14%, both of the one period the digest speaks of (本期); the day a later item
    # names is no period of its figures
    found = digest_checks(tmp_path, "财务数据关键指标变化 - 公司营业收入为418.18亿元,同比增长1.48%[19] - 创新业务收入为117.66亿元,"
                                    f"同比增长13.92%,占公司营收比重{share}%[33] - 公司于2025年4月17日通过《市值管理制度》[8]")
    assert [(f, v, formula) for f, v, formula in found if f == share] == [(share, verdict, "创新业务收入 本期 ÷ 营业收入 本期 × 100")]
    assert ("1.48", "unverifiable", "(营业收入 本期 ÷ 营业收入 上期 − 1) × 100") in found


def test_the_figure_a_line_moved_to_from_its_year_earlier_is_the_period_s_own(tmp_path):
    # '从上年同期的56.41亿元增至62.81亿元': 62.81 is this period's, so the parent statement's 净利润 a later item
    # states (48.49) is a second figure of it, and no growth is judged on 48.49 over 62.81
    found = digest_checks(tmp_path, "财务数据关键指标变化 - 公司营业收入为418.18亿元,同比增长1.48%[19] - 净利润从上年同期的56.41亿元"
                                    "增至62.81亿元,同比增长11.36%[147] - 净利润为48.49亿元,较上年同期的42.36亿元增长14.47%[149]")
    assert [(f, v) for f, v, _ in found if v != "unverifiable"] == [("11.36", "rounding")]


@pytest.mark.parametrize("share, verdict", [("36.9", "consistent"), ("39.6", "mismatch")])
def test_a_revenue_followed_by_its_share_of_revenue_is_a_part_s(tmp_path, share, verdict):
    # '境外主业…上半年营收154.2亿元,…占总营收36.9%': 154.2 ÷ 418.18 = 36.87%; the 154.2 is no second revenue
    # of the half (which would leave the half's revenue unknown), and its growth no revenue growth
    found = text_checks(tmp_path, "2025年上半年,公司实现营业总收入418.18亿元,同比增长1.48%。\n"
                                  f"境外主业表现还算稳健,上半年营收154.2亿元,同比增长8.78%,占总营收{share}%。")
    assert [(f, v) for f, v, _ in found if f == share] == [(share, verdict)]
    assert [v for f, v, _ in found if f == "8.78"] == []


@pytest.mark.parametrize("q3, verdict", [("239.40", "consistent"), ("239.50", "mismatch")])
def test_quarters_listed_by_their_numbers_add_up_to_the_nine_months(tmp_path, q3, verdict):
    # 185.32 + 232.86 + 239.40 = 657.58
    found = text_checks(tmp_path, "2025年前三季度,公司实现营业收入657.58亿元。从单个季度来看,2025年一、二、三季度,公司实现的"
                                  f"营业收入分别为185.32亿元、232.86亿元、{q3}亿元。")
    assert [v for f, v, formula in found if f == "657.58" and "+" in formula] == [verdict]


@pytest.mark.parametrize("change, verdict", [("10.42", "rounding"), ("12.42", "mismatch")])
def test_a_negative_year_earlier_amount_a_clause_states(tmp_path, change, verdict):
    # −58.89 − (−48.48) = −10.41 (10.42 within the two amounts' rounding); the line named two ways
    found = text_checks(tmp_path, "2025年前三季度经营活动产生的现金流量净额为-58.89亿元,上年同期为-48.48亿元。\n"
                                  f"2025年前三季度,公司经营活动现金流净额为-58.89亿元,同比减少{change}亿元。")
    assert [v for f, v, _ in found if f == change] == [verdict]


@pytest.mark.parametrize("share, verdict", [("87.7", "consistent"), ("78.7", "mismatch")])
def test_a_hong_kong_headline_of_a_loss_and_revenue_parts_with_their_bare_shares(tmp_path, share, verdict):
    # '萬科全年轉蝕494億' heads one company's results; '來自…業務的營業收入為3,010.3億元,佔比87.7%' is a part's
    # revenue (3010.3 ÷ 3431.8 = 87.72%), not a second revenue of the year
    path = tmp_path / "hk.txt"
    path.write_text("萬科全年轉蝕494億 淨負債率80.6%\n2024年公司實現營業收入3,431.8億元,同比下降26.3%。分業務類型看,來自房地產開發"
                    f"及相關資產經營業務的營業收入為3,010.3億元,佔比{share}%;來自物業服務的營業收入為331.3億元,佔比9.7%。\n",
                    encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert (share, verdict) in found and ("9.7", "consistent") in found


def test_a_company_publishing_under_its_two_codes_is_one_company_s_news(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("10月30日晚,万科(000002.SZ/02202.HK)发布2025年三季报。前三季度,万科营业收入1613.9亿元,同比下降26.6%。"
                    "经营服务业务(物业、公寓等非开发业务)收入435.7亿元,占公司总营收的27%,同比提升7.08个百分点。\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("27", "consistent") in found   # 435.7 ÷ 1613.9 = 27.0%
    # or its H code, then its A code by its exchange's word
    path.write_text("《经济通通讯社27日专讯》中国中免(01880)(沪:601888)发布2025年半年度报告,上半年营业收入281.51亿元,"
                    "同比下降9.96%。\n", encoding="utf-8")
    assert [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"] == \
        [("9.96", "unverifiable")]


@pytest.mark.parametrize("base, verdict", [("较2024年同期", "consistent"), ("较2019年同期", None)])
def test_a_ratio_move_on_the_same_period_of_a_year_it_names(tmp_path, base, verdict):
    # '较2024年同期下降1个百分点' of 2025Q3 is on 2024Q3: 22.98 ÷ 290.44 = 7.91% now, and 2024Q3's amounts implied
    # by their growths (28.08 ÷ 314.94 = 8.92%); '较2019年同期' is on 2019Q3, which no growth implies
    found = note_checks(tmp_path, "2025年第三季度,公司实现营业总收入290.44亿元,同比减少7.78%。2025年第三季度,公司财务费用同比减少"
                                  f"18.17%至22.98亿元,公司财务费用率7.91%,{base}下降1个百分点。")
    moves = [(v, formula) for f, v, formula in found if f == "1"]
    if verdict is None:
        assert moves == [("unverifiable", "财务费用率 2025Q3 − 财务费用率 2019Q3")]
    else:
        assert moves and moves[0][0] == verdict and "2024Q3" in moves[0][1]


@pytest.mark.parametrize("move, verdict", [("1.42", "consistent"), ("1.62", "mismatch")])
def test_a_list_of_changes_over_the_ratios_a_sentence_has_just_stated_one_by_one(tmp_path, move, verdict):
    # '销售毛利率为28.10%,归母净利率为10.55%,同比分别提升0.07个百分点和1.42个百分点': the second change is 归母净利率's,
    # on the year before's amounts its growths imply (31.39 ÷ 343.85 = 9.13%)
    found = note_checks(tmp_path, "2025年前三季度营业总收入为371.56亿元,同比增长8.06%;归母净利润为39.20亿元,同比增长24.89%。"
                                  f"2025年前三季度销售毛利率为28.10%,归母净利率为10.55%,同比分别提升0.07个百分点和{move}个百分点。")
    assert [(f, v) for f, v, _ in found if f in ("0.07", move)] == [("0.07", "unverifiable"), (move, verdict)]
    # a pair of bases over one ratio is no list over the ratios before it
    found = note_checks(tmp_path, "2025年第三季度营业收入200.06亿元,同比-11.42%。Q3单季来看,公司毛利率为22.44%,环比/同比分别"
                                  "-4.74/+1.66pct;期间费用率为10.60%,环比/同比分别+0.36/-0.13pct。")
    assert not [c for c in found if c[0] == "0.36" and "毛利率" in c[2]]


@pytest.mark.parametrize("move, verdict", [("0.89", "consistent"), ("0.98", "mismatch")])
def test_a_ratio_s_move_from_the_level_of_the_year_it_names(tmp_path, move, verdict):
    # '净利润率达11.05%,较2024年同期的10.16%提升0.89个百分点': the two levels printed
    found = note_checks(tmp_path, f"2025年前三季度,公司净利润率达11.05%,较2024年同期的10.16%提升{move}个百分点。")
    assert (move, verdict) in [c[:2] for c in found]


def test_each_year_s_level_of_a_ratio_said_as_its_move_between_two_years(tmp_path):
    # '净利率将从2025年的7.6%提升至2027年的9.6%': 59.68 ÷ 783.97 and 90.03 ÷ 934.42
    text = ("预计公司2025年营业收入783.97亿元;归母净利润59.68亿元。预计公司2027年营业收入934.42亿元;归母净利润90.03亿元。"
            "预计公司净利率将从2025年的7.6%提升至2027年的{}%。")
    assert [c[:2] for c in note_checks(tmp_path, text.format("9.6")) if c[0] in ("7.6", "9.6")] == \
        [("7.6", "consistent"), ("9.6", "consistent")]
    # 净利率 may be on the whole net profit, which the text does not print: a level no definition reproduces is no mismatch;
    # 归母净利率's is
    assert ("9.9", "unverifiable") in [c[:2] for c in note_checks(tmp_path, text.format("9.9"))]
    assert ("9.9", "mismatch") in [c[:2] for c in note_checks(tmp_path, text.format("9.9").replace("净利率", "归母净利率"))]


def test_eps_listed_each_with_its_unit_per_share_on_one_share_count(tmp_path):
    # 56.97 ÷ 3.00 = 18.99亿股: 64.50 ÷ 18.99 = 3.40, 71.37 ÷ 18.99 = 3.76
    found = note_checks(tmp_path, "2025年前三季度营收589.41亿元,同比增长29.57%。公司2025-2027年归母净利润预测分别为56.97亿元、"
                                  "64.50亿元、71.37亿元,EPS分别为3.00元/股、3.40元/股、3.96元/股。")
    assert [c[:2] for c in found if c[0] in ("3.4", "3.40", "3.96")] == [("3.40", "consistent"), ("3.96", "mismatch")]


def test_three_figures_after_three_names_in_a_span_s_sentence_are_the_names_not_its_quarters(tmp_path):
    # '前三季度PE/PP/焦炭…营收…至58/55/75亿元' are three products' revenue: no Q2 revenue of 55 for '环比-14.9%'
    found = note_checks(tmp_path, "Q3实现收入73.8亿元,同环比+0.9%/-14.9%。前三季度PE/PP/焦炭销量yoy+54%/+70%/+2%至83/82/531万吨,"
                                  "营收yoy+53%/+69%/-6%至58/55/75亿元。")
    assert [c[:2] for c in found if c[0] == "14.9"] == [("14.9", "unverifiable")]


def test_eps_and_pes_stated_year_by_year_and_the_year_that_misses_one_price(tmp_path):
    # '2025年每股收益为1.57元 2026年为1.89元 2027年为2.01元', '对应2025年预测市盈率为11.19倍 2026年为9.88倍 2027年为9.30倍':
    # 1.89 × 9.88 = 18.67 and 2.01 × 9.30 = 18.69 are one price; 1.57 × 11.19 = 17.57 is not — 2025's is the odd one out
    text = ("盈利预测与估值 - 预计公司2025年每股收益为1.57元 2026年为1.89元 2027年为2.01元 [6] - "
            "对应2025年预测市盈率为11.19倍 2026年为9.88倍 2027年为{}倍 [6]")
    found = [c[:2] for c in note_checks(tmp_path, text.format("9.30")) if c[0] in ("11.19", "9.88", "9.30")]
    assert found == [("11.19", "mismatch"), ("9.30", "rounding")]
    found = [c[:2] for c in note_checks(tmp_path, text.format("9.90")) if c[0] in ("11.19", "9.88", "9.90")]
    assert ("9.90", "mismatch") in found


@pytest.mark.parametrize("sentence", [
    "我们预计25-27年归母净利分别为4.73/6.41/9.11亿元,分别增长36.7%/{}%/42.1%。",    # the growths after the amounts' list
    "我们预计25-27年归母净利分别增长36.7%/{}%/42.1%,对应归母净利分别4.73/6.41/9.11亿元。",  # before them, after 分别
    "我们预计25-27年归母净利分别+36.7%/+{}%/+42.1%,对应归母净利分别4.73/6.41/9.11亿元。",   # signed, an amount's changes
])
def test_a_list_of_growths_after_or_before_the_amounts_it_is_of(tmp_path, sentence):
    # 6.41 ÷ 4.73 − 1 = 35.5% (35.3–35.8 as printed), 9.11 ÷ 6.41 − 1 = 42.1%
    found = {c[0].lstrip("+"): c[1] for c in note_checks(tmp_path, sentence.format("35.7"))}
    assert found["35.7"] == "rounding" and found["42.1"] == "consistent"
    assert {c[0].lstrip("+"): c[1] for c in note_checks(tmp_path, sentence.format("25.7"))}["25.7"] == "mismatch"


def test_a_cumulative_line_is_the_company_s_not_a_part_s(tmp_path):
    # '前三季度累计营业收入186.8亿元': 累计 names no part, so the run's 归母净利润 is the company's: 24.35 ÷ 186.8 = 13.04%
    found = note_checks(tmp_path, "财务表现 - 前三季度累计营业收入186.8亿元,同比增长6.7%,归母净利润24.35亿元,同比下降14.3%,净利率13.0%")
    assert ("13.0", "consistent") in [c[:2] for c in found]


@pytest.mark.parametrize("sentence", [
    "税金及附加费用率同比+2.72pct,最终归母净利率录得{}%,同比-26.09pct。",            # 最终 names no part; 录得 a level
    "同比+2.72pct/+12.23pct/+7.95pct,短期费用刚性导致25Q3 归母净利率降低至{}%(yoy-26.08pct)。",  # a cause glued to the quarter
])
def test_a_margin_after_a_cause_or_最终_is_the_company_s(tmp_path, sentence):
    # 0.27 ÷ 6.43 = 4.20%
    base = "2025Q3 公司实现营收6.43 亿元,同比-46.23%;归母净利润0.27 亿元,同比-92.55%。"
    assert ("4.20", "consistent") in [c[:2] for c in note_checks(tmp_path, base + sentence.format("4.20"))]
    assert ("4.60", "mismatch") in [c[:2] for c in note_checks(tmp_path, base + sentence.format("4.60"))]


@pytest.mark.parametrize("share, verdict", [("77.0", "consistent"), ("75.0", "mismatch")])
def test_a_bare_share_of_the_business_revenue_the_text_states(tmp_path, share, verdict):
    # '白酒业务收入6.31亿元 … 省内营收4.86亿元,…,占比77.0%': 4.86 ÷ 6.31 = 77.0% (of the business, not of revenue 6.43: 75.6%)
    text = ("- 2025年第三季度单季业绩:营业总收入6.43亿元,同比下降46.2%;归母净利润0.27亿元,同比下降92.6% [6] - 2025年第三季度"
            "白酒业务收入6.31亿元,同比下降46.1% [6] - 分区域看,2025年第三季度省内营收4.86亿元,同比下降49.0%,"
            f"占比{share}% [6]")
    assert [c[:2] for c in note_checks(tmp_path, text) if c[0] == share] == [(share, verdict)]


def test_a_digest_bullet_s_label_is_the_line_of_its_later_clauses(tmp_path):
    # '- 归母净利润:2024年亏损16.96亿元,…;预计2025年扭亏为盈至9.46亿元,同比增长155.8%;预计2026-2027年分别为71.05亿元、
    # 101.30亿元,同比增长651.2%、42.6%': (9.46 + 16.96) ÷ 16.96 = 155.8%, 71.05 ÷ 9.46 − 1, 101.30 ÷ 71.05 − 1
    text = ("主要财务指标与预测 - 归母净利润:2024年亏损16.96亿元,同比减亏59.7%;预计2025年扭亏为盈至9.46亿元,同比增长{}%;"
            "预计2026-2027年分别为71.05亿元、101.30亿元,同比增长651.2%、42.6% [2]")
    found = {c[0]: c[1] for c in note_checks(tmp_path, text.format("155.8"))}
    assert (found["155.8"], found["651.2"], found["42.6"]) == ("consistent", "rounding", "consistent")
    assert {c[0]: c[1] for c in note_checks(tmp_path, text.format("125.8"))}["125.8"] == "mismatch"
    # an amount in a bracket is no later clause of the label's line: '…其中饲料业务占比68.72%(354.79亿元)'
    path = tmp_path / "digest.txt"
    path.write_text("新希望(000876)股票价值分析及投资建议报告\n一、核心财务数据与经营表现\n1. 2025年中报关键指标\n"
                    "- 营业收入:516.25亿元(同比+4.13%),其中饲料业务占比68.72%(354.79亿元)。\n"
                    "- 归母净利润7.55亿元(同比+162%)。\n- 毛利率7.87%,净利率1.46%。\n", encoding="utf-8")
    assert [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
            if c["reported"] == 1.46] == [(1.46, "consistent")]  # 7.55 ÷ 516.25, not ÷ 354.79


def test_a_line_restated_at_ten_times_is_a_slip_of_its_unit(tmp_path):
    # '毛利为人民币405.80亿元' … '毛利润约人民币40.58亿元': one figure, its unit slipped by ten; the same figure again, or one
    # only rounding to it, is no slip
    text = "2025年上半年收入和利润表现 - 毛利为人民币{}亿元,同比增长7.9%[3] - 毛利润约人民币40.58亿元,同比上升7.9%[52]"
    slips = lambda t: [c[:2] for c in note_checks(tmp_path, t) if c[2].endswith("restated") and "增速" not in c[2]]  # noqa: E731
    assert slips(text.format("405.80")) == [("40.58", "mismatch")]
    assert slips(text.format("40.58")) == [] and slips(text.format("406")) == []


@pytest.mark.parametrize("level, verdict", [("10.0", "consistent"), ("11.0", "mismatch")])
def test_a_single_quarter_said_单三季度_is_the_company_s(tmp_path, level, verdict):
    # '2025年单三季度实现营业收入89.86亿元…归母净利润9.00亿元': 单 names the quarter, no doer; 9.00 ÷ 89.86 = 10.0%
    text = f"2025年单三季度实现营业收入89.86亿元,同比+6.0%,归母净利润9.00亿元,同比+120.7%。2025年第三季度归母净利率为{level}%。"
    assert (level, verdict) in [c[:2] for c in note_checks(tmp_path, text)]


def test_a_figure_named_as_no_line_is_not_the_subject_s(tmp_path):
    # '…归母净利润主要受政府补助影响 2025H1政府补助2.85亿元 同比增加1.47亿元': the subsidy's figures (data/line_items.json
    # `_other_lines`), not the profit's 2025H1 and its change — which would make a false mismatch
    text = ("核心观点 - 扣非净利润增速不及归母净利润主要受政府补助影响 2025H1政府补助2.85亿元 同比增加1.47亿元 [1][2] - "
            "归母净利润12.03亿元 同比增长7.37% [1]")
    assert [c for c in note_checks(tmp_path, text) if c[1] == "mismatch"] == []


def test_pes_listed_after_分别为_each_after_its_year(tmp_path):
    # '市盈率(PE)分别为2025E 17.74倍、2026E 17.11倍、2027E 15.63倍' on EPS 2.21/2.29/2.50: one close (39.2)
    text = ("- 报告预测公司2025年每股收益(EPS)为2.21元,2026年为2.29元,2027年为2.50元 [6] - 基于预测EPS,当前股价对应的"
            "市盈率(PE)分别为2025E 17.74倍、2026E 17.11倍、2027E {}倍 [9]")
    assert [c[:2] for c in note_checks(tmp_path, text.format("15.63")) if c[0] in ("17.11", "15.63")] == \
        [("17.11", "rounding"), ("15.63", "rounding")]
    assert ("19.63", "mismatch") in [c[:2] for c in note_checks(tmp_path, text.format("19.63"))]


@pytest.mark.parametrize("margin, verdict", [("86.0", "consistent"), ("85.9", "mismatch")])
def test_a_filing_digest_under_its_own_heading_naming_no_company(tmp_path, margin, verdict):
    # '收入和利润表现 - 总收入59.531亿元人民币…': one company's results, unnamed; 51.196 ÷ 59.531 = 86.0%
    path = tmp_path / "digest.txt"
    path.write_text("收入和利润表现 - 总收入59.531亿元人民币,同比增长50.6%[4] - 公司2025年上半年收入为59.53亿元人民币,较2024年同期的"
                    f"39.52亿元人民币增长50.6%[92] - 毛利51.196亿元人民币,同比增长56.3%[4] 成本和费用 - 毛利率{margin}%[7]\n",
                    encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert (margin, verdict) in found


@pytest.mark.parametrize("target, verdict", [("30.03", "rounding"), ("33.03", "unverifiable")])
def test_eps_listed_with_each_earlier_value_in_brackets_gives_the_target_s_year(tmp_path, target, verdict):
    # '上调2026-2027年EPS至1.61元(前值1.58元)、1.71元(1.64元),…给予2026年PE19X,维持目标价30.03元': 1.61 × 19 = 30.59,
    # 30.03 within the multiple's rounding (18.65 is 19); a kept target (维持) the revised EPS does not give was set on
    # the earlier figures: unverifiable
    path = tmp_path / "note.txt"
    path.write_text("双汇发展(000895):三季报点评\n示例证券 2025年10月30日\n投资建议:维持“增持”评级。维持2025年EPS预测值1.52元,"
                    "上调2026-2027年EPS至1.61元(前值1.58元)、1.71元(1.64元),参考可比公司给予双汇2026年PE19X,"
                    f"维持目标价{target}元。\n", encoding="utf-8")
    found = [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "target" and c["reported"] == float(target)]
    assert found == [verdict]


def test_a_column_s_byline_and_a_year_said_since_are_no_company_or_period_of_its_own(tmp_path):
    # 'AI资本局 石韬 10月25日' under the headline is furniture: the company publishing below it is the text's; '系2022年以来
    # 首次单季盈利超4亿元;前三季度净利率11.01%' — the nine months are the text's (14.18 ÷ 128.77), not 2022's
    path = tmp_path / "news.txt"
    path.write_text("71倍增速!科沃斯Q3净利润创三年新高\nAI资本局 石韬 10月25日\n科沃斯(603486.SH)披露2025三季报,前三季度营收128.77亿元"
                    "同比增25.93%,归母净利润14.18亿元同比翻1.3倍。\n利润端弹性更为显著:第三季度归母净利润4.38亿元,系2022年以来首次单季"
                    "盈利超4亿元;前三季度净利率11.01%,较2024年全年(4.87%)翻倍。\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("11.01", "consistent") in found


def test_an_earlier_forecast_in_a_clause_of_its_own_is_not_this_forecast(tmp_path):
    # '原2025-2026年归母净利润预测分别为29.5亿元、36.7亿元' states the forecast before the revision: no mismatch with 17.2, 22.2
    found = note_checks(tmp_path, "盈利预测与估值 - 预测公司2025-2027年归母净利润分别为17.2亿元、22.2亿元、27.0亿元 [4] - 盈利预测较此前有所"
                                  "调整,原2025-2026年归母净利润预测分别为29.5亿元、36.7亿元,主要调整了费用率和业务毛利率 [4]")
    assert not [c for c in found if c[1] == "mismatch"]


@pytest.mark.parametrize("cagr, verdict", [("11.7", "consistent"), ("12.7", "mismatch")])
def test_a_cagr_over_the_years_of_the_amounts_its_sentence_states(tmp_path, cagr, verdict):
    # '从2024年的359.62亿元增长至2027年的501.36亿元,年均复合增长率约11.7%': (501.36 ÷ 359.62)^(1/3) − 1
    found = note_checks(tmp_path, f"预测营业收入将从2024年的359.62亿元增长至2027年的501.36亿元,年均复合增长率约{cagr}%。")
    assert [c[:2] for c in found if c[0] == cagr] == [(cagr, verdict)]


def test_a_company_publishing_under_the_short_name_it_goes_by(tmp_path):
    # '芜湖长信科技股份有限公司(以下简称“长信科技”或“公司”)发布2025年第三季度报告' under a reporter's byline: one company's news
    path = tmp_path / "news.txt"
    path.write_text("深圳商报·读创客户端记者穆砚\n近日,芜湖长信科技股份有限公司(以下简称“长信科技”或“公司”)发布2025年第三季度报告。"
                    "报告显示,公司前三季度营业收入为89.58亿元,同比增长3.72%;归母净利润为2.85亿元,同比下降2.54%。\n", encoding="utf-8")
    assert [c["family"] for c in run_families(read_document(path))[0]] == ["results", "results"]


def test_a_title_opening_on_the_part_of_the_month_it_was_written(tmp_path):
    # '2025年11月中旬 分众传媒(002027.SZ)2025年三季报分析:…' names the company its text covers
    path = tmp_path / "analysis.txt"
    path.write_text("2025年11月中旬 分众传媒(002027.SZ)2025年三季报分析:盈利质量显著提升\n分众传媒(002027.SZ)财经分析报告\n"
                    "2025年1-9月,公司实现营业收入96.07亿元,营业成本28.44亿元。毛利率约70.4%。\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("70.4", "consistent") in found


def test_quarters_listed_in_a_slash_chain_after_their_year_add_up_to_the_nine_months(tmp_path):
    # '2025年Q1/Q2/Q3营收分别为68.5/79.6/71.8亿元' are three quarters: 219.9 in all
    found = note_checks(tmp_path, "2025年前三季度,公司实现营业收入219.9亿元,同比+11.4%。2025年Q1/Q2/Q3营收分别为68.5/79.6/{}亿元。"
                        .format("71.8"))
    assert ("219.9", "consistent") in [c[:2] for c in found]
    found = note_checks(tmp_path, "2025年前三季度,公司实现营业收入219.9亿元,同比+11.4%。2025年Q1/Q2/Q3营收分别为68.5/79.6/{}亿元。"
                        .format("72.8"))
    assert ("219.9", "mismatch") in [c[:2] for c in found]


@pytest.mark.parametrize("move, verdict", [("-4.29", "consistent"), ("-3.29", "mismatch")])
def test_a_growth_in_brackets_with_a_note_on_its_basis(tmp_path, move, verdict):
    # '219.86亿元(+11.38%,调整后,下同)': the growth is read, so the margin's move has its year-before base (29.60 ÷ 197.40)
    found = note_checks(tmp_path, "2025Q1-3公司实现营业收入219.86亿元(+11.38%,调整后,下同),归母净利润23.53亿元(-20.51%)。"
                                  f"2025Q1-3归母净利率为10.70%({move}pct)。")
    assert (move, verdict) in [c[:2] for c in found]


def test_a_bracket_on_what_the_words_before_it_name_is_not_the_company_s(tmp_path):
    # '财务业绩摘要 - 公司1-3Q25总收入…' is one company's digest; '…主因并购天士力(其同期三费费率分别为36.1%、3.8%、8.8%)' states
    # the acquired company's ratios, no restatement of the company's 27.9%, 5.9%, 3.8%
    path = tmp_path / "digest.txt"
    path.write_text("财务业绩摘要 - 公司1-3Q25总收入219.9亿元,同比增长11%,归母净利润23.5亿元,同比下降21% [1] 盈利能力与运营效率 - "
                    "销售费率、管理费率、研发费率分别为27.9%、5.9%、3.8%,同比分别增加3.8、0.5、1.2个百分点,主因并购天士力(其同期三费"
                    "费率分别为36.1%、3.8%、8.8%) [3] 未来展望与预测 - 预计公司25-27年归母净利润分别为35.0亿元、39.7亿元、44.8亿元,"
                    "同比增长4%、14%、13% [5]\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert not [f for f in found if f[1] == "mismatch"]
    assert ("14", "rounding") in found and ("13", "consistent") in found


def test_a_company_s_short_name_before_its_code_when_it_publishes(tmp_path):
    # '山东黄金矿业股份有限公司(以下简称“山东黄金”或“公司”)(600547.SH)披露第三季度报告': one company's news
    path = tmp_path / "news.txt"
    path.write_text("近日,山东黄金矿业股份有限公司(以下简称“山东黄金”或“公司”)(600547.SH)披露第三季度报告。\n偿债能力方面,截至三季度末,"
                    "公司总资产为1719.62亿元,总负债为1082.24亿元;资产负债率为62.93%,较去年同期基本持平。\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("62.93", "consistent") in found   # 1082.24 ÷ 1719.62


def test_a_digest_of_a_fiscal_half_under_its_heading(tmp_path):
    # '财务业绩概览 - 上半财年实现营收89.28亿元…归母净利润11.89亿元…归母净利率同比提升0.5个百分点至13.3%': one company's, its
    # fiscal half no part's name (11.89 ÷ 89.28 = 13.32%)
    path = tmp_path / "digest.txt"
    path.write_text("财务业绩概览 - 上半财年实现营收89.28亿元,同比增长1.4% [1] - 上半财年实现归母净利润11.89亿元,同比增长5.3% [1] - "
                    "归母净利率同比提升0.5个百分点至13.3% [2]\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("13.3", "consistent") in found and ("0.5", "consistent") in found


def test_line_items_named_together_before_figures_each_with_its_unit(tmp_path):
    # '25Q3公司实现营收/归母净利润25.4亿元/3.0亿元': one figure per line named, each with its unit (3.0 ÷ 25.4 = 11.8%)
    path = tmp_path / "note.txt"
    path.write_text("示例酒业(000999):出清超预期\n25Q3 公司实现营收/归母净利润25.4 亿元/3.0 亿元,同比-51.6%/-74.6%。"
                    "25Q3公司归母净利率为{margin}%。\n".replace("{margin}", "11.8"), encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("11.8", "consistent") in found
    path.write_text(path.read_text(encoding="utf-8").replace("11.8%", "13.8%"), encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("13.8", "mismatch") in found


def test_a_ratio_the_family_does_not_know_keeps_its_place_in_a_run_of_names(tmp_path):
    # '主营税金比率/销售费率/管理费率分别为17.8%/39.1%/11.8%' after '销售费用达10.0亿元' over revenue 25.4: 39.4% (39.1 within
    # the rounding of 10.0); the first ratio is no line the family reads, the second is still the list's second
    path = tmp_path / "note.txt"
    path.write_text("示例酒业(000999):出清超预期\n25Q3公司实现营收25.4亿元,单季度销售费用达10.0亿元。25Q3公司主营税金比率/销售费率/"
                    "管理费率分别为17.8%/{x}%/11.8%。\n", encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    for x, verdict in (("39.1", "rounding"), ("45.1", "mismatch")):
        path.write_text(text.replace("{x}", x), encoding="utf-8")
        found = dict((figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results")
        assert found.get(x) == verdict and "17.8" not in found


def test_one_growth_more_than_the_years_listed_starts_at_the_year_named_before_them(tmp_path):
    # '上调2025年营业收入预测为436亿元…维持2026~2027年营业收入预测为499/567亿元,同比+17%/+14%/+14%': the growths are 2025's,
    # 2026's and 2027's (499 ÷ 436 = +14.4%, 567 ÷ 499 = +13.6%; 2025's base is not printed)
    path = tmp_path / "note.txt"
    path.write_text("示例客车(600999):点评\n我们上调公司2025年营业收入预测为436亿元(原为429亿元),维持公司2026~2027年营业收入预测为"
                    "499/567亿元,同比+17%/+14%/+{}%。\n".format("14"), encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert [(f.lstrip("+"), v) for f, v in found] == [("17", "unverifiable"), ("14", "consistent"), ("14", "consistent")]


def test_a_forecast_s_change_after_its_year_and_将_goes_to_the_line_s_amount(tmp_path):
    # '公司2024年营业收入为58.05亿元,预计2025年将增长15.4%至67亿元': 67 ÷ 58.05 − 1 = 15.4% (and '营业收入将增长…' after the line)
    path = tmp_path / "digest.txt"
    for text, verdict in (("公司2024年营业收入为58.05亿元,预计2025年将增长15.4%至67亿元。", "consistent"),
                          ("公司2024年营业收入为58.05亿元,预计2025年将增长25.4%至67亿元。", "mismatch"),
                          ("公司2024年营业收入为58.05亿元,预计2025年营业收入将增长15.4%至67亿元。", "consistent")):
        path.write_text("示例医药(002999):点评\n" + text + "\n", encoding="utf-8")
        found = [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "results"]
        assert found == [verdict]


def test_a_cagr_naming_its_years_runs_from_the_year_before_the_span(tmp_path):
    # '25-27年归母净利润…至55.58/70.69/80.83亿元(三年复合增速为10%)': three years to 2027, from 2024 — not printed (read from 2025
    # to 2027 before: a false mismatch); '两年复合增速' over 2025–2027 is from 2025
    path = tmp_path / "note.txt"
    path.write_text("示例电力(600999):点评\n我们下调公司25-27年归母净利润14%/13%/14%至55.58/70.69/80.83亿元(三年复合增速为10%)。\n",
                    encoding="utf-8")
    found = [(figure(c), c["verdict"], c["note"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("10", "unverifiable", "the base is not printed: 归母净利润 2024") in found
    path.write_text("示例电力(600999):点评\n预计2025-2027年归母净利润分别为10.0/12.0/14.4亿元,两年复合增速为20%。\n", encoding="utf-8")
    found = [(figure(c), c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "results"]
    assert ("20", "consistent") in found


def test_a_figure_after_another_line_named_is_not_the_line_before_s(tmp_path):
    # '扣非净利润降幅较大主要因处置水电资产产生投资收益同比增加4.66亿元': 投资收益's rise, not 扣非's change (a false mismatch before)
    path = tmp_path / "digest.txt"
    path.write_text("示例电力(600999):点评\n核心观点 - 2025年第二季度扣非归母净利润11.16亿元同比下降31.02% [1] - 扣非净利润降幅较大主要因"
                    "处置水电资产产生投资收益同比增加4.66亿元 [1]\n", encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["verdict"] == "mismatch"]


def test_an_untitled_text_opening_on_a_named_company_s_quarter_in_its_short_code():
    from pipeline.verify.checks import is_company_report
    # '25Q3安琪酵母实现营收…' as a copy's first line, no title: one company's results, its lines its own
    # (8.16 = 3.17 ÷ 38.87; the move on the year before's amounts the growths imply: 3.17/1.21 ÷ 38.87/1.04)
    text = ("25Q3安琪酵母实现营收38.87亿元(同比+4.0%),归母净利润3.17亿元(同比+21.0%)。" + "国内需求有望回暖。" * 12 +
            "净利率8.16%(同比+{}pct)。")
    doc = summary_doc(text.format("1.15"), title=None, company=None, ticker=None)
    assert is_company_report(doc)
    judged = [(c["verdict"], c["reported"]) for c in results.find(doc) if c["verdict"] != "unverifiable"]
    assert judged == [("consistent", 8.16), ("consistent", 1.15)]
    edited = summary_doc(text.format("2.15"), title=None, company=None, ticker=None)
    assert ("mismatch", 2.15) in [(c["verdict"], c["reported"]) for c in results.find(edited)]
    # an industry in the name's place is no company
    industry = summary_doc(text.replace("安琪酵母", "行业"), title=None, company=None, ticker=None)
    assert not is_company_report(industry)


def test_a_line_a_cause_names_is_no_part_whose_margins_follow():
    # '…主因利息支出增加,归母净利率同比+1.1pct至8.2%': the margin is the company's (3.17 ÷ 38.87 = 8.16%)
    text = ("2025Q3单季度实现营收38.87亿元、同比+4.00%,归母净利3.17亿元、同比+21.0%。2025Q3毛利率同比+3.1pct至24.4%,"
            "财务费率提升较多我们预计主因项目转固后利息支出增加,归母净利率同比+1.1pct至{}%。")
    def levels(level):
        return [c["verdict"] for c in results.find(summary_doc(text.format(level))) if c["reported"] == float(level)]
    assert levels("8.2") == ["consistent"]
    assert levels("9.2") == ["mismatch"]


def test_a_ratio_of_one_definition_printed_within_rounding_gives_its_move_but_never_refutes_it():
    # 扣非净利率 is 扣非归母净利润 ÷ 营业收入 by its name: 5.75% beside 2.23 ÷ 38.87 = 5.737% (within 2.23's rounding);
    # its base 2.23/0.9183 ÷ 38.87/1.04 = 6.50%: −0.76 from the printed level
    text = ("2025年单三季度实现营收38.87亿元,同比增长4%;扣非归母净利润为2.23亿元,同比下降8.17%。"
            "2025年第三季度扣非净利润率为5.75%,同比下降{}个百分点。")
    def moves(points):
        return [c["verdict"] for c in results.find(summary_doc(text.format(points))) if c["reported"] == -float(points)]
    assert moves("0.76") == ["rounding"]
    assert moves("1.76") == ["unverifiable"]  # the level may be another profit's: only a level the amounts round to pins it


def test_a_margin_of_two_definitions_moved_by_what_a_minority_s_share_explains_refutes_nothing():
    # 净利率9.57% = 1.73 ÷ 18.08 pins 归母's for 2025 (劲仔 25Q1-3); its base from the parent's growths is 12.13%:
    # −2.56 points; the printed −2.67 is within 5% of the base level (a minority's share of last year's profit)
    text = ("2025年前三季度实现收入18.08亿元,同比+2.05%;归母净利润1.73亿元,同比-19.51%。"
            "2025年前三季度实现净利率9.57%,同比-{}pcts。")
    def moves(points):
        return [c["verdict"] for c in results.find(summary_doc(text.format(points)))
                if c["reported"] == -float(points)]
    assert moves("2.56") == ["consistent"]
    assert moves("2.67") == ["unverifiable"]
    assert moves("3.56") == ["mismatch"]  # a point off is no minority's


def test_a_margin_of_two_definitions_printed_within_rounding_confirms_its_move_never_refutes_it():
    # 净利率4.95% beside 归母 0.22 ÷ 4.41 = 4.99% (the whole profit's or the parent's?); the base from the parent's
    # growths, 0.22/0.2904 ÷ 4.41/0.9663 = 16.60%: −11.65 from the printed level
    text = ("2025年第二季度营收4.41亿元,同比下降3.37%,归母净利润0.22亿元,同比下降70.96%。"
            "2025年第二季度毛利率32.8%,同比下降1.58个百分点,净利率4.95%,同比下降{}个百分点。")
    def moves(points):
        return [c["verdict"] for c in results.find(summary_doc(text.format(points))) if c["reported"] == -float(points)]
    assert moves("11.53") == ["rounding"]
    assert moves("13.53") == ["unverifiable"]


def test_a_margin_repaired_or_recovered_to_a_level():
    text = "第三季度实现营业总收入5.9亿元,同比增长4.4%。第三季度归母净利润为0.8亿元,同比下降26.3%,净利率{}至12.9%。"
    for verb in ("修复", "回升", "恢复"):
        assert [c["verdict"] for c in results.find(summary_doc(text.format(verb))) if c["reported"] == 12.9] == ["rounding"]


def test_a_headline_saying_one_company_s_revenue_and_profit_moved_together():
    from pipeline.verify.checks import is_company_report
    body = "财报显示,2025年前三季度,营业收入42.6亿元,同比减少15.04%。"
    for title in ("鸭脖难卖!ST绝味前三季度营收净利双降,发力鲜卤超市谋出路", "某某食品上半年营收净利双增"):
        assert is_company_report(summary_doc(body, title=title, company=None, ticker=None))
    # an industry's, or a market's, is no company's
    assert not is_company_report(summary_doc(body, title="白酒行业前三季度营收净利双降", company=None, ticker=None))


def test_an_untitled_digest_opening_on_a_results_heading_is_one_company_s():
    from pipeline.verify.checks import is_company_report
    # '业绩表现 - 2025年中期收入29.27亿元 … 归母净利润3.10亿元…' (颐海国际 1H25, no company named): 3.10 ÷ 29.27 = 10.59%
    text = ("业绩表现 - 2025年中期收入29.27亿元 同比持平 归母净利润3.10亿元 同比增长0.4% 净利率{}% [1] - "
            "第三方收入20.64亿元 占比70.5% 同比增长6.5% [1]")
    doc = summary_doc(text.format("10.6"), title=None, company=None, ticker=None)
    assert is_company_report(doc)
    judged = {c["reported"]: c["verdict"] for c in results.find(doc) if c["verdict"] != "unverifiable"}
    assert judged == {10.6: "consistent", 70.5: "consistent"}
    edited = summary_doc(text.format("10.6").replace("70.5", "75.0"), title=None, company=None, ticker=None)
    assert ("mismatch", 75.0) in [(c["verdict"], c["reported"]) for c in results.find(edited)]
    # a sector's results under such a heading are no company's
    sector = "业绩表现 - 2025年中期白酒板块收入2927亿元 归母净利润310亿元"
    assert not is_company_report(summary_doc(sector, title=None, company=None, ticker=None))


def test_a_clause_opened_on_a_part_as_its_topic_states_the_part_s_lines():
    # '关联方方面,收入为8.64亿元(占比29.5%…)': 8.64 is 关联方's revenue, not the company's — the share before it is
    # not of it (20.64 ÷ 8.64 would be 238.9%)
    text = ("总营收同比基本持平之下结构显著变化:其中,第三方收入达20.64亿元(占比70.5%,同比+6.5%),驱动整体增长。"
            "关联方方面,收入为8.64亿元(占比29.5%,同比-12.7%)。")
    assert [c for c in results.find(summary_doc(text)) if c["verdict"] == "mismatch"] == []
    # an aspect of the company's results as the topic is no part: '收入方面,公司实现营收…' is the company's
    own = "2025年上半年收入方面,公司实现营业收入29.27亿元,同比增长0.02%,归母净利润3.09亿元,归母净利率为10.6%。"
    assert [(c["verdict"], c["reported"]) for c in results.find(summary_doc(own)) if c["reported"] == 10.6] == [("consistent", 10.6)]


def test_a_growth_said_flat_then_stated():
    # '收入29.27亿元同比基本持平增长0.02%': the growth is 0.02%; the margin's move on the bases it implies is
    # 3.09 ÷ 29.27 − (3.09/1.0039) ÷ (29.27/1.0002) = +0.039
    text = "1H25收入29.27亿元同比基本持平增长0.02% 归母净利润3.09亿元同比增长0.39% 归母净利率10.6%同比提升{}个百分点"
    def moves(points):
        return [c["verdict"] for c in results.find(summary_doc(text.format(points))) if c["reported"] == float(points)]
    assert moves("0.04") == ["consistent"]
    assert moves("0.44") == ["mismatch"]


def test_multiples_listed_after_years_named_one_by_one():
    # '2025年归母净利润2.34亿元,2026年归母净利润3.64亿元,对应市盈率估值分别为56倍和36倍': one market value, 56 × 2.34 ÷ 3.64
    text = "预计公司2025年归母净利润2.34亿元,2026年归母净利润3.64亿元,对应市盈率估值分别为56倍和{}倍。"
    def judged(pe):
        return [c["verdict"] for c in results.find(summary_doc(text.format(pe))) if c["reported"] == float(pe)]
    assert judged("36") == ["consistent"]
    assert judged("46") == ["mismatch"]


def test_an_untitled_text_opening_on_a_named_company_s_nine_months_with_no_verb():
    from pipeline.verify.checks import untitled_company
    text = "事件描述\n妙可蓝多2025Q1-Q3 营业总收入39.57 亿元(同比+10.09%);归母净利润1.76 亿元(同比+106.88%)。"
    assert untitled_company(summary_doc(text, title=None, company=None, ticker=None)) == "妙可蓝多"


def test_a_list_after_the_words_of_a_change_is_of_changes_not_levels():
    # '销售费用、管理费用、研发费用分别为11.2、7.7、10.2亿元,同比增长0.5、0.6、1.8亿元': the second list is each line's
    # change in amount, not its amount restated (it was read so: three false mismatches)
    text = "25Q3公司销售费用、管理费用、研发费用分别为11.2、7.7、10.2亿元,同比增长0.5、0.6、1.8亿元。"
    assert [c for c in results.find(summary_doc(text)) if c["verdict"] == "mismatch"] == []


def test_hong_kong_press_openings_and_their_lines():
    from pipeline.verify.checks import is_company_report, opening_publisher
    # '【财华社讯】康师傅控股(00322-HK)公布,截至2019年6月30日止中期,该集团录得收益约为人民币304.95亿元': a code's market after
    # a dash, the half by its end, and '录得' before the company's own line
    text = ("【财华社讯】康师傅控股(00322-HK)公布,截至2019年6月30日止中期,该集团录得收益约为人民币304.95亿元,同比下降1.62%。"
            "2019年上半年,方便面事业收益约为115.44亿人民币,同比增长3.68%,占集团总收益{}%。")
    assert opening_publisher(text.format("37.85")) == "康师傅控股"
    doc = summary_doc(text.format("37.85"), title=None, company=None, ticker=None)
    assert is_company_report(doc)
    assert [(c["verdict"], c["reported"]) for c in results.find(doc) if c["reported"] == 37.85] == [("rounding", 37.85)]
    edited = summary_doc(text.format("39.85"), title=None, company=None, ticker=None)
    assert [c["verdict"] for c in results.find(edited) if c["reported"] == 39.85] == ["mismatch"]
    # a headline of one line's move in tenths ('康师傅上半年净利增两成'), and a page under a date's first line stating
    # 公司's revenue moved to its figure ('公司上半年收益按年跌2.7%至400.92亿元')
    assert is_company_report(summary_doc("上半年营收400.92亿元,同比下降2.7%。", title="康师傅上半年净利增两成:方便面业务收入下滑",
                                         company=None, ticker=None))
    assert is_company_report(summary_doc(" date 2025-08-12 方便面业务纯利增11.9%\n\n公司上半年收益按年跌2.7%至400.92亿元,集团整体毛利率为34.5%。",
                                         title=None, company=None, ticker=None))


def test_a_part_s_whole_line_is_the_part_s():
    # '饮品业务整体收入为263.59亿元…占集团总收益65.7%': 饮品's revenue, its share of the company's 400.92
    text = "上半年营收400.92亿元,同比下降2.7%。饮品业务整体收入为263.59亿元,同比衰退2.6%,占集团总收益{}%。"
    assert [c["verdict"] for c in results.find(summary_doc(text.format("65.7"))) if c["reported"] == 65.7] == ["consistent"]
    assert [c["verdict"] for c in results.find(summary_doc(text.format("67.7"))) if c["reported"] == 67.7] == ["mismatch"]


def test_a_brand_s_or_a_segment_s_lines_and_continuing_operations():
    from pipeline.verify.families.results import is_own
    # a clause opening on a brand, and a segment named before the period of its line, state the part's lines
    brand = "主品牌特步2025年上半年实现收入60.53亿元,同比增长4.5%"
    segment = "专业运动板块2025 年上半年实现收入7.85 亿元,同比增长32.5%"
    assert not is_own(brand, brand.index("收入")) and not is_own(segment, segment.index("收入"))
    # continuing operations are the company's whole — unless listed after 其中, as a part of a whole stated first
    whole = "期内,集团持续经营业务收入增加7.1%至68.38亿元"
    part = "第三季度公司整体收入120.6亿元,同比+15.3%;其中持续经营业务收入120.4亿元"
    assert is_own(whole, whole.index("收入增加")) and not is_own(part, part.index("收入120.4"))
    # so the net margin is judged on the company's revenue, not the brand's
    text = ("报告期实现收入68.38 亿元,同增7.1%,归母净利润9.14 亿元,同增21.5%。主品牌特步2025年上半年实现收入60.53 亿元,同比增长4.5%。"
            "公司净利率同增1.6PCT 至{}%。")
    assert [c["verdict"] for c in results.find(summary_doc(text.format("13.4"))) if c["reported"] == 13.4] == ["consistent"]


def test_an_untitled_text_opening_on_a_period_in_words_then_the_company():
    from pipeline.verify.checks import untitled_company
    text = "2025年前三季度,江苏银行继续录得营收、净利双增的成绩,细分来看,利息净收入重回双位数增长。"
    assert untitled_company(summary_doc(text, title=None, company=None, ticker=None)) == "江苏银行"
    # a line's words where the name would stand name no company
    none = "1)营业总收入:\n2025年三季度的营业总收入为54.17亿元,相较于2024年三季度的40.73亿元,同比增长33.00%。"
    assert untitled_company(summary_doc(none, title=None, company=None, ticker=None)) is None


def test_a_hong_kong_announcement_s_business_收益_gross_move_and_margin_from_the_year_before(tmp_path):
    # '食品业务收益…较去年同期增长0.9%,占集团总收益32%': a business's 收益 is a part's revenue (投资收益 is none);
    # '毛利额由去年同期45.33亿元,增加至52.28亿元': the amount moved to is the period's; '毛利率由去年同期31.1%增长
    # 2.7个百分点至33.8%': each level its period's (31.1 on the base the revenue's growth implies)
    text = ("示例企业(00220.HK)公布2024年中期业绩,收益约为154.49亿元,同比增长6%。\n"
            "于回顾期内,食品业务收益49.47亿元,较去年同期增长0.9%,占集团总收益{}%,饮料业务收益100.24亿元,较去年同期增长8.3%,"
            "占集团总收益64.9%。集团毛利额由去年同期45.33亿元,增加至52.28亿元,增长15.3%,毛利率由去年同期31.1%增长2.7个百分点至{}%。")
    path = tmp_path / "hk.txt"
    path.write_text(text.format("32", "33.8"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"32": "consistent", "64.9": "consistent", "15.3": "consistent", "31.1": "consistent",
                     "2.7": "consistent", "33.8": "consistent"}
    path.write_text(text.format("35", "34.8"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found["35"] == "mismatch" and found["34.8"] == "mismatch"


def test_a_headline_of_a_profit_s_move_in_percent_and_a_code_named_in_its_bracket(tmp_path):
    from pipeline.verify.checks import is_company_report
    body = "中新经纬8月6日电 6日,示例食品(股票代码00220)在港交所发布2025年中期业绩公告。2025年上半年,公司收益为人民币170.87亿元。"
    assert is_company_report(summary_doc(body, title="V观财报|示例食品上半年净利同比升33.2%,食品业务收益增8.8%",
                                         company=None, ticker=None))
    assert not is_company_report(summary_doc(body, title="V观财报|白酒行业上半年净利同比升33.2%", company=None, ticker=None))
    # the code named inside its bracket is the company's ticker, as a bare code is
    from pipeline.verify.checks import _TICKER
    assert [m.group("code") for m in _TICKER.finditer("示例食品(股票代码00220)、示例乳业(股份代号: 1117)、示例酒业(600519)")] == [
        "00220", "1117", "600519"]


def test_a_bare_name_of_the_text_s_one_period_is_that_period(tmp_path):
    # '「茄皇」上半年品牌收益持续双位数成长' in a text on 2025年上半年 names no other period: the sentence after it that
    # names none is of 2025年上半年 too (58.65 ÷ 170.87 = 34.3%)
    path = tmp_path / "hk.txt"
    path.write_text("示例企业(00220.HK)公布2025年中期业绩\n2025年上半年,公司收益为170.87亿元,同比上升10.6%。\n"
                    "「茄皇」上半年品牌收益持续双位数成长。\n集团毛利额为58.65亿元,毛利率为{}%。".format("34.3"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"34.3": "consistent"}
    # a bare name of another period keeps the sentence unplaced
    path.write_text("示例企业(00220.HK)公布2025年中期业绩\n2025年上半年,公司收益为170.87亿元,同比上升10.6%。\n"
                    "第三季度品牌收益持续双位数成长。\n集团毛利额为58.65亿元,毛利率为34.3%。", encoding="utf-8")
    assert {figure(c) for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"} == set()


def test_the_growths_of_a_list_of_years_said_as_a_span(tmp_path):
    # '2020年至2023年,…营业收入分别为26.36亿元、…和55.22亿元,增长率从35.64%逐年回落至10.14%': the first year's
    # growth on the year before's amount an earlier sentence states (26.36 ÷ 19.44), the last year's on the one before it
    text = ("示例美妆(300957):业绩点评\n其上市前的2017至2019年,公司营业收入从7.98亿元迅速攀升至19.44亿元。\n"
            "2020年至2023年,公司营业收入分别为26.36亿元、40.22亿元、50.14亿元和55.22亿元,增长率从{}%逐年回落至{}%。")
    path = tmp_path / "note.txt"
    path.write_text(text.format("35.64", "10.14"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"35.64": "rounding", "10.14": "rounding"}  # 35.60 and 10.13 on the rounded amounts
    path.write_text(text.format("38.64", "12.14"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"38.64": "mismatch", "12.14": "mismatch"}
    # '从最高58.77%': the largest of the growths, no first year's
    path.write_text(text.format("35.64", "10.14").replace("从35.64%逐年", "从最高35.64%逐年"), encoding="utf-8")
    assert {figure(c) for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"} == {"10.14"}


def test_a_lede_as_the_title_with_the_publishing_sentence_after_a_byline_and_colour(tmp_path):
    # '今年上半年,贝泰妮净利润同比增速几近腰斩。' (a full sentence standing as the title), '文/每日财报 南黎', a sentence of
    # colour, then '8月27日,贝泰妮发布了…': one company's results, its name naming its own lines ('贝泰妮营业收入');
    # '营收虽微增3.87%至57.4亿元': a concession's word before the change
    path = tmp_path / "news.txt"
    path.write_text("今年上半年,贝泰妮净利润同比增速几近腰斩。\n文/每日财报 南黎\n"
                    "曾凭借薇诺娜在敏感肌赛道异军突起的贝泰妮,如今正陷入增长乏力与结构转型的双重困境。\n"
                    "8月27日,贝泰妮发布了2025年半年度报告,实现营业收入23.72亿元,同比减少15.43%。\n"
                    "2023年,贝泰妮营业收入为55.22亿元。进入2024年,公司营收虽微增{}%至57.4亿元。\n".format("3.87"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"3.87": "rounding"}  # 57.4 ÷ 55.22 − 1 = 3.95%, 57.35–57.45 over 55.215–55.225
    # a lede naming another company than the one publishing: no company's
    path.write_text("今年上半年,白酒行业净利润同比增速几近腰斩。\n文/每日财报 南黎\n行业正陷入增长乏力的困境。\n"
                    "8月27日,贝泰妮发布了2025年半年度报告,实现营业收入23.72亿元,同比减少15.43%。\n"
                    "2023年,贝泰妮营业收入为55.22亿元。进入2024年,公司营收虽微增3.87%至57.4亿元。\n", encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["family"] == "results" and c["verdict"] != "unverifiable"]


def test_a_part_named_in_a_cause_s_clause_is_not_the_sentence_s_subject(tmp_path):
    # '所得税率…,主因公司香精业务经营主体调整;扣非归母净利率同比-4.2ppt 至23.7%': 香精业务 is what caused, the margin
    # after it the company's (the quarter carried from the sentence before): 1.78 ÷ 7.52 = 23.67%
    path = tmp_path / "note.txt"
    path.write_text("示例酒业(002568):2Q25业绩符合预期\n公司公布2025 年中报,2Q25 实现营收7.52 亿元,同比-8.98%;"
                    "实现扣非归母净利润1.78 亿元,同比-22.61%。\n2Q25 毛利率同比-0.79ppt 至71%。所得税率同比+5.1ppt 至28.3%,"
                    "主因公司香精业务经营主体调整;扣非归母净利率同比-4.2ppt 至{}%。".format("23.7"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"23.7": "consistent", "4.2": "consistent"}


def test_a_part_whose_收入_a_parallel_list_leaves_out_and_its_share(tmp_path):
    # '护肤品收入18.3亿元占比89.59%,医疗器械1.9亿元占比9.33%': the second part's amount is its revenue too
    # (1.9 ÷ 20.5 = 9.27%; 1.85–1.95 over 20.45–20.55 reach 9.33)
    path = tmp_path / "note.txt"
    text = ("示例美妆(300957):中报点评\n1H22营业收入20.5亿,同比增长45.19%。护肤品收入18.3亿元占比89.59%,"
            "医疗器械1.9亿元占比{}%。")
    path.write_text(text.format("9.33"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found == {"89.59": "rounding", "9.33": "rounding"}
    path.write_text(text.format("19.33"), encoding="utf-8")
    found = {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}
    assert found["19.33"] == "mismatch"
    # with no part's revenue before it, a name and an amount is no part's revenue
    path.write_text("示例美妆(300957):中报点评\n1H22营业收入20.5亿,同比增长45.19%。医疗器械1.9亿元占比9.33%。", encoding="utf-8")
    assert {figure(c) for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"} == set()


def _verdicts_of(path, text):
    path.write_text(text, encoding="utf-8")
    return {figure(c): c["verdict"] for c in run_families(read_document(path))[0] if c["verdict"] != "unverifiable"}


def test_a_years_span_s_lists_its_last_years_and_two_lines_falls_listed_after_them(tmp_path):
    # an untitled text opening on a span and a company's revenue list ('2022年至2024年,示例服饰收入波动较大,分别为…'); two
    # lines named together and their falls after how they moved ('营收、净利双降,降幅分别为…'); a bare 净利 read as the
    # parent's only where that is the only profit the text states, and then only to confirm; '近三年' the last span of
    # three years named, past a span of four; a line a figure is compared with ('均超过同期归母净利润') no part
    text = ("2022年至2024年,示例服饰收入波动较大,分别为185.62亿元、215.28亿元、209.57亿元,归母净利润同样波动,分别为21.55亿元、"
            "29.52亿元、21.59亿元,其中2024年录得营收、净利双降,降幅分别为{}%、{}%。\n"
            "归母净利润在2016年至2019年期间均保持在30亿元以上。\n"
            "示例服饰销售费用持续增长,近三年分别为34.25亿元、43.53亿元、48.41亿元,均超过同期归母净利润,销售费用率分别为18.45%、"
            "20.22%、{}%。")
    path = tmp_path / "news.txt"
    assert _verdicts_of(path, text.format("2.65", "26.88", "23.1")) == {"2.65": "consistent", "26.88": "rounding", "18.45": "consistent",
                                                                   "20.22": "consistent", "23.1": "consistent"}
    found = _verdicts_of(path, text.format("3.65", "20.88", "24.1"))
    assert found["3.65"] == "mismatch" and found["24.1"] == "mismatch"
    assert "20.88" not in found  # the parent's growth refutes no bare 净利's: unverifiable
    # a text stating 净利润 itself: a bare 净利 is that, never the parent's
    stated = text.format("2.65", "26.88", "23.1").replace("21.59亿元,其中", "21.59亿元,2024年净利润21.00亿元,其中")
    assert "26.88" not in _verdicts_of(path, stated)


def test_a_series_as_the_sentence_s_topic_is_a_part_even_bearing_the_company_s_name(tmp_path):
    # '作为主品牌的示例服饰系列,近三年实现收入分别为…': the series', not the company's (no false mismatch against 185.62)
    text = ("示例服饰(600398):年报点评\n2022年至2024年,公司营业收入分别为185.62亿元、215.28亿元、209.57亿元。\n"
            "作为主品牌的示例服饰系列,近三年实现收入分别为137.53亿元、164.58亿元、152.7亿元,同比分别变动-9.11%、19.66%、-7.22%。\n"
            "示例服饰系列2023年收入164.58亿元。")
    path = tmp_path / "note.txt"
    # (the series' own growths, on its own years: never a mismatch against the company's revenue)
    assert _verdicts_of(path, text) == {"19.66": "rounding", "-7.22": "consistent"}


def test_a_year_s_quarters_named_together_add_up_to_the_year(tmp_path):
    text = ("示例服饰(600398):年报点评\n2016年营业收入169.996亿元。\n"
            "2016年各季度营业收入分别为51.31亿元、36.32亿元、33.05亿元、{}亿元。")
    path = tmp_path / "note.txt"
    assert _verdicts_of(path, text.format("49.32")) == {"169.996": "rounding"}  # 170.00 of rounded quarters
    assert _verdicts_of(path, text.format("50.32")) == {"169.996": "mismatch"}  # (a gap past 5% is another basis: unverifiable)


def test_a_count_that_looks_like_a_year_names_no_period(tmp_path):
    # '直营门店2099家' is no year 2099: the bullets under a headline naming 2025年上半年 are of it
    text = ("示例服饰(600398)\n\n示例服饰2025年上半年增收不增利\n观察者网· 2025-08-29 13:15\n"
            "核心财务表现 - 公司实现营业收入115.66亿元 同比增长1.7% [1] - 归属于上市公司股东的净利润15.80亿元 同比减少3.42% [1] - "
            "归母净利率{}% 同比下降0.7个百分点 [3] 渠道 - 门店总数达7209家 其中直营门店2099家占比29.12% [3]")
    path = tmp_path / "digest.txt"
    found = _verdicts_of(path, text.format("13.7"))
    assert found["13.7"] == "consistent" and found["0.7"] == "consistent" and found["29.12"] == "consistent"
    assert _verdicts_of(path, text.format("14.7"))["14.7"] == "mismatch"


def test_a_source_line_is_no_title_and_a_sharp_fall_is_a_fall(tmp_path):
    # '来源:财事汇' over the text names no one; '公司实现净利润…' opens on the company; '净利润更是暴跌62.62%至6.53亿元'
    text = ("来源:财事汇\n近日,示例健康(300146.SZ)再次交出一份成绩单。2025年一季度,公司实现净利润4.55亿元,同比下降37.44%。\n"
            "2023年营收94.07亿元,净利润高达17.46亿元。2024年全年营收仅68.38亿元,同比下降27.30%,净利润更是暴跌{}%至6.53亿元。")
    path = tmp_path / "news.txt"
    assert _verdicts_of(path, text.format("62.62")) == {"27.30": "rounding", "62.62": "rounding"}
    assert _verdicts_of(path, text.format("52.62"))["52.62"] == "mismatch"
    # a paper's dateline in lenticular brackets names no company: an industry story stays one
    path.write_text("来源:中国经营网\n【中国经营网综合报道】今年前10个月,全国财政收入为9.08万亿元,增长28.1%。", encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["family"] == "results"]


def test_a_share_of_the_split_the_text_lists_not_of_revenue(tmp_path):
    # channels' shares adding up to 100% are of the channels' sum (the main business, 34.8), and so are a brand's;
    # a share after a move ('占比提升1.6pct至70%') of the products listed with it (55.4 + 23.6), not of revenue (85.6)
    text = ("示例健康(300146):点评\n核心财务表现 - 25H1营业收入35.3亿元同比下降23.4% [1] - 25H1主品牌收入18.9亿元同比下降28.3%"
            "占比{brand}% [3] 渠道 - 25H1线下渠道收入18.0亿元同比下降31.6%占比51.6% 线上渠道收入16.8亿元同比下降13.8%占比48.4% [4]")
    path = tmp_path / "digest.txt"
    found = _verdicts_of(path, text.format(brand="54.2"))
    assert found["54.2"] == "rounding" and found["51.6"] == "rounding" and found["48.4"] == "rounding"
    assert _verdicts_of(path, text.format(brand="58.2"))["58.2"] == "mismatch"
    beer = ("示例啤酒(000729):中报点评\n2025年上半年营收85.6亿元(+6.4%)。中高端产品收入55.4亿元(+9.3%)占比提升1.6pct至{}%,"
            "普通产品收入23.6亿元(+1.6%)。")
    assert _verdicts_of(path, beer.format("70")) == {"70": "consistent"}
    assert _verdicts_of(path, beer.format("74")) == {"74": "mismatch"}


def test_three_years_profits_and_pe_the_odd_one_out_misses(tmp_path):
    # '20.0/22.9/25.3亿元,对应PE为19.6/16.2/14.7X': the last two are one market value (371亿), the first misses it
    text = "示例传媒(300413):中报点评\n预计2024-2026年归母净利润分别为20.0/22.9/25.3亿元,对应PE为{}/16.2/14.7X。"
    path = tmp_path / "note.txt"
    assert _verdicts_of(path, text.format("19.6")) == {"19.6": "mismatch", "14.7": "consistent"}
    assert _verdicts_of(path, text.format("18.6")) == {"16.2": "consistent", "14.7": "consistent"}


def test_a_digest_s_lists_stripped_of_their_marks(tmp_path):
    # '分别为120.42亿105.83亿…同比增速分别为-4.4% - 12.1% 15.9% 19.7%': each element by its unit alone, a minus set
    # apart; '每股盈利分别为2.60元0.63元…市盈率分别为14倍60倍…' likewise; a bare 亿 is the 元 the text says elsewhere
    text = ("示例材料(002812):三季报点评\n报告核心观点 - 预计公司2024 - 2026年归母净利润分别为6.13/10.86/17.39亿元[1] 主要财务指标 - "
            "2023 - 2026年营业总收入分别为120.42亿105.83亿122.67亿146.88亿同比增速分别为-4.4% - {g}% 15.9% 19.7%[1] - 2023 - "
            "2026年归母净利润分别为25.27亿6.13亿10.86亿17.39亿[1] - 2023 - 2026年每股盈利分别为2.60元0.63元{eps}元1.79元[1] "
            "公司基本数据 - 总股本97127.88万股[2]")
    path = tmp_path / "digest.txt"
    found = _verdicts_of(path, text.format(g="12.1", eps="1.12"))
    assert found["12.1"] == "consistent" and found["15.9"] == "consistent" and found["19.7"] == "consistent"
    assert found["0.63"] == "consistent" and found["1.12"] == "consistent" and found["1.79"] == "consistent"
    found = _verdicts_of(path, text.format(g="22.1", eps="1.32"))
    assert found["22.1"] == "mismatch" and found["1.32"] == "mismatch"
    # ('5% - 10%' at a list's end may be a range: no sign read into it)
    assert results._DETACHED_SIGN.sub("", "增速分别为5% - 10%") == "增速分别为5% - 10%"


def test_pe_on_adjusted_profit_and_a_part_named_before_its_quarter(tmp_path):
    # '经调后净利润分别为25.48/33.66/45.76亿元…对应同期31/24/17x PE' is on the adjusted profit, not the parent's;
    # '增值服务Q3实现营收30.23亿元' is the part's, not the company's quarter
    text = ("示例视频(09626):点评\n财务业绩 - Q3单季度实现营业收入76.9亿元,同比增长5% [1] 游戏与增值服务 - 增值服务Q3实现营收30.23亿元,"
            "同比增长7% [3] 盈利预测 - 预计公司2025/26/27年归母净利润分别为12.23/20.41/32.51亿元 [4] - 预计2025/26/27年经调后净利润"
            "分别为25.48/33.66/45.76亿元,对应同期31/{}/17x PE [4]")
    path = tmp_path / "digest.txt"
    assert _verdicts_of(path, text.format("24")) == {"24": "rounding", "17": "consistent"}
    assert _verdicts_of(path, text.format("28"))["28"] == "mismatch"


def test_a_reported_year_s_odd_multiple_is_unverifiable(tmp_path):
    # in a note on 2024年三季度, 2023's PE 21.20x against EPS 2.68 is on a price the others (34.2) are not: a reported
    # year's multiple may be on its own year-end close — the forecast years still one price
    text = ("示例材料(002812):三季报点评\n公司2024年三季度营收26.8亿元,同比下降23.9%。2023-2026年每股收益分别为2.68/0.61/1.07/1.46元,"
            "对应PE为21.20x/55.98x/32.06x/{}x。")
    path = tmp_path / "note.txt"
    path.write_text(text.format("23.39"), encoding="utf-8")
    found = {figure(c): (c["verdict"], c["note"]) for c in run_families(read_document(path))[0] if figure(c) in ("21.20", "32.06", "23.39")}
    assert found["21.20"][0] == "unverifiable" and "reported year" in found["21.20"][1]
    assert found["32.06"][0] != "mismatch" and found["23.39"][0] == "consistent"
    assert _verdicts_of(path, text.format("26.39"))["26.39"] == "mismatch"


def test_non_recurring_items_as_the_parent_s_profit_less_扣非_and_a_bullet_s_own_period(tmp_path):
    # '2016年非经常性损益合计5551.83万元' against 3,122,647,316.53 − 3,067,129,051.91 = 5,551.83万 (confirms only: items
    # stated before tax would differ); the bullet after '…,2015年为…,2014年为…' goes on with 2016, its own year
    text = ("示例服饰(600398):年报摘要\n关键指标 - 2016年归属于上市公司股东的净利润3,122,647,316.53元[18] - 2016年归属于上市公司股东的"
            "扣除非经常性损益的净利润3,067,129,051.91元[18] - 2016年非经常性损益合计{}万元,2015年为4558.53万元,2014年为1.34亿元[25] - "
            "营业成本103.71亿元,较上年同期增长9.69%[56]")
    path = tmp_path / "digest.txt"
    path.write_text(text.format("5551.83"), encoding="utf-8")
    found = {figure(c): c for c in run_families(read_document(path))[0]}
    assert found["5551.83"]["verdict"] == "rounding"
    assert "营业成本 2015" in found["9.69"]["note"]
    path.write_text(text.format("6551.83"), encoding="utf-8")
    found = {figure(c): c for c in run_families(read_document(path))[0]}
    assert found["6551.83"]["verdict"] == "unverifiable" and "before tax" in found["6551.83"]["note"]


def test_a_part_named_after_其中_with_only_its_share_is_no_share_of_the_part_before(tmp_path):
    # '实现销售收入38.5亿元,其中出口销售收入占比24%': the export share is of the 38.5, its amount unsaid — no share of
    # revenue of 38.5 (36.5%); '海外收入30.0亿元,收入占比30.0%' is still the part's own share
    path = tmp_path / "note.txt"
    text = ("示例材料(002080):中报点评\n2024H1公司实现营收105.40亿元。玻纤制品业务 - 2024H1公司玻璃纤维及制品实现销售收入38.5亿元,"
            "其中出口销售收入占比24%。海外收入30.0亿元,收入占比{}%。")
    assert _verdicts_of(path, text.format("28.5")) == {"28.5": "consistent"}  # 30.0 ÷ 105.40 = 28.46
    assert _verdicts_of(path, text.format("38.5")) == {"38.5": "mismatch"}


def test_a_bare_line_after_a_part_s_is_the_part_s_not_the_company_s(tmp_path):
    # '团购业务2023年收入12.00亿元,2024年收入13.80亿元,同比增长15.0%': the second clause's 收入 is the part's — no false
    # mismatch against the company's 215.28亿 (13.80 ÷ 215.28); a clause naming the company is the company's again
    path = tmp_path / "note.txt"
    head = "示例服饰(600398):年报点评\n2023年公司营业收入215.28亿元。团购业务2023年收入12.00亿元,"
    assert _verdicts_of(path, head + "2024年收入13.80亿元,同比增长15.0%。") == {}
    assert _verdicts_of(path, head + "2024年公司收入230.00亿元,同比增长6.8%。") == {"6.8": "consistent"}


def test_a_part_s_years_and_their_growths(tmp_path):
    # '其中团购业务2022-2024年收入分别为10.00亿元、12.00亿元、13.80亿元,同比分别增长5.0%、20.0%、15.0%': each year's growth on the
    # part's own year before (2022's base unsaid); never the company's revenue
    path = tmp_path / "note.txt"
    text = ("示例服饰(600398):年报点评\n2021-2024年,公司营业收入分别为201.88亿元、185.62亿元、215.28亿元、209.57亿元。其中团购业务"
            "2022-2024年收入分别为10.00亿元、12.00亿元、13.80亿元,同比分别增长5.0%、20.0%、{}%。")
    assert _verdicts_of(path, text.format("15.0")) == {"20.0": "consistent", "15.0": "consistent"}
    assert _verdicts_of(path, text.format("17.0"))["17.0"] == "mismatch"


def test_a_cagr_between_two_years_the_clauses_state_and_an_industry_s_company_in_the_title(tmp_path):
    # '2022年石膏板行业企业示例建材财务分析': the company's analysis; '2016年公司营收81.56亿,2020年增至168.03亿元,营收保持年均
    # 19.81%的复合增长率': from 2016 to 2020, the two amounts its clauses state (the figure between 年均 and 复合增长率)
    text = ("2022年石膏板行业企业示例建材财务分析 示例建材盈利能力总体保持稳定\n近年来,示例建材营收总体保持稳定增长态势。2016年公司营收"
            "81.56亿,2020年增至168.03亿元,营收保持年均{}%的复合增长率。")
    path = tmp_path / "profile.txt"
    assert _verdicts_of(path, text.format("19.81")) == {"19.81": "consistent"}
    assert _verdicts_of(path, text.format("21.81")) == {"21.81": "mismatch"}


def test_a_quarter_s_last_day_names_its_bullet_s_period(tmp_path):
    # '2024年12月31日基本每股收益1.80元,摊薄每股收益1.80元' after a bullet on 2024Q4: the year's EPS (60.72亿 ÷ 33.69亿股), not
    # the quarter's (23.79亿 ÷ 33.69 = 0.71, a false mismatch); the bullet after goes on with the quarter
    path = tmp_path / "note.txt"
    text = ("示例化学(002999):新产能增强一体化优势\n事件描述 - 2024年归母净利润60.72亿元,同比增长26.77%;2024Q4归母净利润23.79亿元。"
            "市场数据 - 收盘价22.21元,流通A股/总股本33.66/33.69亿 基础数据 - 2024年12月31日基本每股收益1.80元,摊薄每股收益{}元 "
            "- 单季归母净利润环比+45.33%")
    assert _verdicts_of(path, text.format("1.80")) == {"1.80": "consistent"}
    assert _verdicts_of(path, text.format("1.90")) == {"1.80": "consistent", "1.90": "mismatch"}


@pytest.mark.parametrize("third, verdict", [("8", "consistent"), ("7", "mismatch")])
def test_an_eps_list_printed_with_no_unit_and_its_pes(tmp_path, third, verdict):
    # 'EPS分别为2.19/2.45/2.66,对应…收盘价22.21元,PE分别为10/9/8倍': a list of two figures or more ending its clause is the
    # years' EPS in yuan (22.21 ÷ 2.66 = 8.35); one figure with no unit is not read
    path = tmp_path / "note.txt"
    text = ("示例化学(002999):新产能增强一体化优势\n投资建议 - 预计公司2025 - 2027年EPS分别为2.19/2.45/2.66,对应3月27日收盘价"
            f"22.21元,2025 - 2027年PE分别为10/9/{third}倍,维持买入")
    assert _verdicts_of(path, text) == {"10": "consistent", "9": "consistent", third: verdict}
    single = "示例化学(002999):年报点评\n预计公司2025年EPS为2.19,对应收盘价22.21元PE为12倍"
    assert _verdicts_of(path, single) == {}


@pytest.mark.parametrize("third, verdict", [("7", "consistent"), ("9", "mismatch")])
def test_a_profit_forecast_named_盈利预测_with_its_figures_after(tmp_path, third, verdict):
    # '维持2025 - 2027年盈利预测至69、92、115亿,对应PE估值为11X、8X、7X': the parent's profits on one market value
    # (7.5–8.5 × 92 and 6.5–7.5 × 115 overlap 10.5–11.5 × 69); '上调盈利预测12.4%' names no figure of the profit
    path = tmp_path / "note.txt"
    text = ("示例化学(002999):25Q1业绩符合预期\n核心观点 - 维持2025 - 2027年盈利预测至69、92、115亿,"
            f"对应PE估值为11X、8X、{third}X,继续看好")
    assert _verdicts_of(path, text) == {"8": "consistent", third: verdict}
    revised = "示例化学(002999):25Q1业绩符合预期\n2024年归母净利润60.72亿元。上调2025年盈利预测12.4%。"
    assert _verdicts_of(path, revised) == {}


@pytest.mark.parametrize("cagr, verdict", [("21.62", "consistent"), ("29.82", "mismatch")])
def test_a_cagr_s_ends_are_the_years_the_text_states_their_figures_for(tmp_path, cagr, verdict):
    # a cycle's span and amounts from the end of the one before: '(2012-2016) … 增长至33.47亿元' then '(2017-2020) … 从
    # 33.47亿元增长至73.23亿元,复合增速21.62%' runs from 2016 (4 years: 21.62%), not 2017 (3 years: 29.82%)
    path = tmp_path / "note.txt"
    text = ("示例车灯(601999):成长复盘及展望\n投资评级 - 维持买入评级 公司发展周期复盘 SUV周期前期(2012-2016) - 营业收入从13.18亿元"
            f"增长至33.47亿元,复合增长率26% SUV周期后期(2017-2020) - 营业收入从33.47亿元增长至73.23亿元,复合增速{cagr}%")
    assert _verdicts_of(path, text) == {"26": "consistent", cagr: verdict}


def test_a_heading_naming_no_one_over_the_company_s_results_with_its_year_and_no_年(tmp_path):
    # '经营环比改善,利润出现企稳迹象' then '小熊电器2021 前三季度实现营收23.65 亿/-5.32%': the note's company, its results; an
    # industry's retail sales so opened are none
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "note.txt"
    path.write_text("经营环比改善,利润出现企稳迹象\n小熊电器2021 前三季度实现营收23.65 亿/-5.32%,归母净利润1.89亿/-41.29%。\n",
                    encoding="utf-8")
    assert is_company_report(read_document(path))
    path.write_text("经营环比改善,利润出现企稳迹象\n小家电行业2021 前三季度实现零售额2365 亿/-5.32%。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))


@pytest.mark.parametrize("eps, verdict", [("1.51", "consistent"), ("1.61", "mismatch")])
def test_forecast_eps_stated_year_by_year_beside_their_profits_are_on_one_share_count(tmp_path, eps, verdict):
    # '2025E…归母净利润预计为12.11亿元…每股收益预计为1.24元' and '2026E…14.72亿元…1.51元', bullet by bullet: 14.72 × 1.24 ÷
    # 12.11 = 1.507; lists' growths said 依次 as 分别 ('同比增速依次为25%、30%、25%')
    path = tmp_path / "note.txt"
    text = ("示例铸造(600933):24Q3盈利超预期\n核心观点 - 示例铸造24Q3营收17.25亿元,同比增长8.4% - 预计25-26年营收分别为96.8亿元、"
            "121.0亿元,同比增速依次为30%、25% 财务数据 - 2025E营业收入预计为96.81亿元,归母净利润预计为12.11亿元,每股收益预计为1.24元 "
            f"- 2026E营业收入预计为121.01亿元,归母净利润预计为14.72亿元,每股收益预计为{eps}元")
    got = _verdicts_of(path, text)
    assert got["25"] == "consistent" and got[eps] == verdict


def test_a_hong_kong_paper_s_lead_on_a_sector_s_stock_publishing_its_year(tmp_path):
    # '內地電動兩輪車股雅迪集團(1585)公布,2023年純利按年增加約22.2%至26.402億元': the company's own results (its sector's
    # word '…股' before its name is no part of it)
    from pipeline.meta import without_description
    from pipeline.verify.checks import is_company_report
    assert without_description("内地电动两轮车股雅迪集团") == "雅迪集团" and without_description("龙头股份") == "龙头股份"
    path = tmp_path / "news.txt"
    path.write_text("內地電動兩輪車股雅迪集團(1585)公布,2023年純利按年增加約22.2%至26.402億元,每股基本盈利按年19.6%至0.885元。\n",
                    encoding="utf-8")
    assert is_company_report(read_document(path))


@pytest.mark.parametrize("margin, verdict", [("4.51", "rounding"), ("4.81", "mismatch")])
def test_a_ratio_after_a_phrase_of_cause_is_the_company_s(tmp_path, margin, verdict):
    # '综合作用下归母净利率4.51%': under the combined effect, the company's margin (12.7 ÷ 282.4 = 4.50), no part's (a bare
    # 净利率 only confirms on the parent's profit: it may be on the whole profit)
    path = tmp_path / "note.txt"
    text = ("示例两轮(01999):业绩点评\n事件概述 - 公司2024年实现营收282.4亿元;归母净利12.7亿元 分析判断 - 2024年毛利率15.2%,"
            f"系产品降价所致;综合作用下归母净利率{margin}%")
    assert _verdicts_of(path, text) == {margin: verdict}
    assert _verdicts_of(path, text.replace("归母净利率", "净利率")) == ({margin: verdict} if verdict != "mismatch" else {})


@pytest.mark.parametrize("share, verdict", [("10.38", "consistent"), ("11.38", "mismatch")])
def test_a_loose_amount_s_share_with_its_name_said_again(tmp_path, share, verdict):
    # '公司研发投入260,045,716.94元,研发投入占营业收入的比例为10.38%': the outlay's share of the nine months' revenue
    path = tmp_path / "note.txt"
    text = ("示例激光(300999):三季报点评\n2025年1-9月,公司实现营业收入2,505,678,215.77元。备注:2025年1-9月,公司研发投入"
            f"260,045,716.94元,研发投入占营业收入的比例为{share}%。")
    assert _verdicts_of(path, text) == {share: verdict}


def test_a_pb_marked_with_a_forecast_year_is_not_on_the_bvps_beside_it(tmp_path):
    # '每股净资产14.89元 市净率1.80倍(2025E)': 2025's multiple, on 2025's BVPS the text does not print — not the close over
    # the last reported 14.89 (28.71 ÷ 14.89 = 1.93, a false mismatch); nor is it the market's PB
    from pipeline import meta
    path = tmp_path / "note.txt"
    text = ("示例能源(605999):扣非业绩稳步增长\n财务指标 - 毛利率2025E预计为10.39% 市场表现 - 当前股价28.71元 总市值191.27亿元 "
            "- 每股净资产14.89元 市净率1.80倍(2025E)")
    assert _verdicts_of(path, text) == {}
    assert "市净率" not in meta.find_market("每股净资产14.89元 市净率1.80倍(2025E)")
    assert meta.find_market("每股净资产14.89元 市净率1.93倍")["市净率"]["value"] == 1.93


def test_an_earlier_forecast_in_brackets_after_前为_is_no_restatement(tmp_path):
    # '营收267/302/326亿元(前为263/302/321亿元)': the earlier forecast, not the new one stated again (a false mismatch of 263)
    path = tmp_path / "note.txt"
    text = ("示例视频(09999):三季报点评\n报告核心观点 - 2024Q3公司实现营收73.06亿元 - 上调盈利预测,预计2024 - 2026年营收"
            "267/302/326亿元(前为263/302/321亿元),对应增速分别为18%/13%/8%")
    assert "263" not in _verdicts_of(path, text) and "321" not in _verdicts_of(path, text)


def test_a_growth_after_a_cash_flow_line_with_no_amount_is_that_line_s(tmp_path):
    # '扣非归母净利润2.1亿元同比+38%…经营活动净现金流同比188%': the cash flow's growth, not a second growth of the profit
    # beside it (stated earlier beside the same amount: a false mismatch)
    path = tmp_path / "note.txt"
    text = ("示例科技(300999):三季报点评\n核心观点 - 2024年三季度报告公司收入14.6亿同比+5%环比 -7%归母净利润4.6亿同比+191%"
            "环比+38%扣非归母净利润2.1亿元同比+38%环比 -35%经营活动净现金流同比188%环比+79%")
    assert _verdicts_of(path, text) == {}


@pytest.mark.parametrize("between, judged", [("壳木游戏预测", False), ("调整后", True), ("预测", True)])
def test_a_multiple_of_something_named_between_its_years_and_the_multiple(tmp_path, between, judged):
    # '对应2024-2026年壳木游戏预测PE分别为18/17/15倍': a subsidiary's earnings' multiple, not the company's (its profits
    # 13.7/14.6/17.3 give 18 × 13.7 ÷ 17.3 = 14.3 for the 15); '调整后PE' and '预测PE' are the company's own
    path = tmp_path / "note.txt"
    text = ("示例网络(300998):三季报点评\n核心观点 - 预计2024 - 2026年归母净利润分别为13.7/14.6/17.3亿元,截止2024/11/11公司股价对应"
            f"2024 - 2026年{between}PE分别为18/17/15倍")
    assert ("17" in _verdicts_of(path, text)) is judged


def test_a_bare_quarter_takes_the_year_every_dated_quarter_of_the_text_names(tmp_path):
    # '单拆三季度,公司实现营收14.61 亿' … '24Q3 销售费用为2.14亿,…销售费率14.64%': the bare quarter is 2024's (the one
    # year the text's dated quarters name), so the ratio is 2.14 ÷ 14.61 = 14.65%, and its change on the growths' bases
    # (a note's paragraphs as a data site copies them; the one before the fix read the bare quarter as a year's of its own)
    path = tmp_path / "note.txt"
    text = ('事件:公司前三季度实现营收 45.14亿元,同比增长 11.42%;实现归母净利10.94 亿元,同比增长94.33%,归母净利率24.2%;扣非归母净利为8.32 亿元,同比增长54.84%,扣非归母净利率18.4%。'
            "\n" '收入稳健,利润延续高增长。单拆三季度,公司实现营收14.61 亿,环比下降6.62%,同比增长4.53%;实现归母净利4.63 亿,环比增长37.72%,同比增长191.43%,归母净利率31.67%,环比增加10.2pct,同比增加20.31pct;实现扣非归母净利2.15 亿,环比下降35.13%,同比增长38.76%,扣非归母净利率14.69%,环比减少6.46pct,同比增加3.62pct。'
            "\n" '费用控制良好,本期管理费用高增系一次性开支。24Q3 销售费用为2.14亿,环比下降18.29%,同比下降47.97%,销售费率{}%,环比减少2.09pct,同比减少14.77pct;管理费用为3.56 亿元,环比增长46.65%,同比增长51.00%,管理费率24.37%,环比增加8.85pct,同比增加7.5pct;研发费用为0.79 亿元,环比下降21.72%,同比下降4.66%,研发费率5.39%,环比减少1.04pct,同比减少0.52pct。本季度管理费用环比明显提升主要系公司在Q3 结束与大唐半导体、大唐微电子之间的合同纠纷,并收回款项,在本季度需按收回款项的一定比例支付律师诉讼费,但此为一次性开支,后续没有持续性。')
    found = _verdicts_of(path, text.format("14.64"))
    assert (found["14.64"], found["2.09"]) == ("rounding", "consistent")
    assert _verdicts_of(path, text.format("15.64"))["15.64"] == "mismatch"


def test_a_sentence_framed_by_a_business_is_that_part_s(tmp_path):
    # '从TOP TOY 业务来看,2025Q3 实现收入5.75 亿': the part's revenue, not the company's 2025Q3 revenue stated again (which
    # would leave the company's margin 7.67 ÷ 57.97 = 13.2% with two revenues); '从收入端来看' frames an aspect, no part
    path = tmp_path / "note.txt"
    text = ("示例优品(09998.HK):三季度营收同比增长28%\n公司单Q3 实现营收57.97 亿/yoy+28.2%。经调整净利润7.67 亿/yoy+11.7%,"
            "经调整净利率13.2%/yoy-2.0pct\n\n从TOP TOY 业务来看,2025Q3 实现收入5.75 亿/yoy+111.4%,再创季度增长记录。")
    assert _verdicts_of(path, text)["13.2"] == "consistent"


def test_a_note_opening_on_the_report_it_reads_from_is_a_company_s(tmp_path):
    # '23Q3 业绩概况:根据公司三季报,Q3 实现收入17.36 亿元': no name, but the company's own report's lines
    path = tmp_path / "note.txt"
    text = "23Q3 业绩概况:根据公司三季报,Q3 实现收入17.36 亿元,yoy-2.9%;销售费用2.2 亿元,销售费用率为{}%。"
    assert _verdicts_of(path, text.format("12.69")) == {"12.69": "rounding"}
    assert _verdicts_of(path, text.format("13.69")) == {"13.69": "mismatch"}


@pytest.mark.parametrize("ratio, verdict", [("36.6", "rounding"), ("38.6", "mismatch")])
def test_a_level_moved_to_with_its_degree_and_an_aside_of_other_quarters(tmp_path, ratio, verdict):
    # '销售费用同环比提升至6.3 亿(25Q2/24Q3 分别为3.2/2.8 亿),销售费用率小幅提升至36.6%': the quarters in the bracket after
    # a figure are the aside's own, the ratio after it Q3's again (6.3 ÷ 17.06 = 36.9%, '小幅' how much it rose); the
    # bracket's 24Q3 ratio is on the revenue the growth implies (2.8 ÷ (17.06 ÷ 2.156) = 35.4%)
    path = tmp_path / "note.txt"
    text = ("示例网络(002999):三季报点评\n公司25Q3 实现营收17.06 亿元(同比+115.6%)。\n2)公司Q3 销售费用同环比提升至6.3 亿"
            f"(25Q2/24Q3 分别为3.2/2.8 亿),销售费用率小幅提升至{ratio}%(25Q2/24Q3 分别为33.8%/35.2%)。")
    assert _verdicts_of(path, text) == {ratio: verdict, "35.2": "rounding"}


def test_a_record_since_a_year_gives_no_bare_quarter_its_year(tmp_path):
    # '…创2019年以来新低 - 公司Q3毛利率为76.9%,…净利率大幅提升至23.8%,同比增加8.4个百分点': Q3 is the text's 25Q3, not
    # 2019's: 9.44 ÷ 39.75 = 23.7%, and a year before 9.44 ÷ 1.4924 over 39.75 ÷ 0.9677, 15.4%: up 8.4 points
    path = tmp_path / "note.txt"
    text = ("示例互娱(002998):Q3业绩超预期\n财务业绩表现 - 25Q3实现营收39.75亿元,同比下滑3.23%;归母净利润9.44亿元,同比增长49.24% "
            "- Q3销售费用率降至45.0%,创2019年以来新低 - 公司Q3毛利率为76.9%,净利率大幅提升至23.8%,同比增加8.4个百分点")
    assert _verdicts_of(path, text) == {"23.8": "rounding", "8.4": "consistent"}


@pytest.mark.parametrize("margin, move, verdicts", [
    ("22.4", "0.2", {"22.4": "consistent", "0.2": "consistent"}),
    ("22.9", "0.2", {"22.9": "mismatch", "0.2": "mismatch"}),
])
def test_an_approximate_margin_and_its_move_from_an_approximate_level(tmp_path, margin, move, verdicts):
    # Hong Kong digests say '约' after the verb: '毛利率为约22.4%,较去年同期之约22.6%下降0.2个百分点' (25.95 ÷ 115.62)
    text = ("样例国际(02313.HK)公布,截至2023年6月30日止六个月,集团收入约115.62亿元,同比下跌14.9%。"
            f"期内,毛利约25.95亿元,同比下跌15.4%,毛利率为约{margin}%,较去年同期之约22.6%下降约{move}个百分点。")
    assert {f: v for f, v in _judged(tmp_path, text).items() if f in verdicts} == verdicts


def test_销售额_is_the_companys_revenue_only_right_after_the_company(tmp_path):
    # '集团实现销售额102.80亿元' is the group's revenue: its gross margin 31.75 ÷ 102.80 = 30.9%
    head = "样例国际(02313.HK)公布,截至2019年6月30日止6个月,"
    tail = "集团实现毛利31.75亿元,同比增长7.4%。集团销售毛利率约为30.9%。"
    assert _judged(tmp_path, head + "集团实现销售额102.80亿元,同比增长12.2%。" + tail) == {"30.9": "consistent"}
    # anyone else's sales (a market's, a brand's online sales) is no line of the company's: nothing to judge by
    assert _judged(tmp_path, head + "线上市场销售额102.80亿元,同比增长12.2%。" + tail) == {}


@pytest.mark.parametrize("text_of_a, eps_2027, verdict", [
    ("经纪业务收入同比+38.4%。", "1.15", "unverifiable"),  # a broker: EPS after its 永续债's coupons
    ("经纪业务收入同比+38.4%。", "1.25", "mismatch"),      # more than such a payment explains
    ("", "1.15", "mismatch"),                              # a company with no other equity said
    ("经纪业务收入同比+38.4%。", "1.11", "mismatch"),      # off the other way: no payment does that
])
def test_a_brokers_eps_may_grow_faster_than_its_profit(tmp_path, text_of_a, eps_2027, verdict):
    # 99.27 × 0.94 ÷ 82.68 = 1.13 on one share count; a broker's EPS is (profit − coupons) ÷ shares
    text = ("样例证券(601066):经营稳健\n示例证券· 2025-04-30 05:12\n维持“买入”评级。" + text_of_a +
            f"预计2025-2027年归母净利润分别为82.68亿、89.13亿、99.27亿元,每股收益分别为0.94、1.02、{eps_2027}元。")
    assert _judged(tmp_path, text).get(eps_2027, "unverifiable") == verdict


@pytest.mark.parametrize("pb_2026, verdict", [("0.73", "consistent"), ("0.79", "mismatch")])
def test_a_pb_with_no_close_is_at_the_price_its_years_pe_and_eps_give(tmp_path, pb_2026, verdict):
    # 'PE倍数…PB倍数' with no close quoted: PB = PE × EPS ÷ BVPS (12.48 × 0.56 ÷ 9.59 = 0.729)
    text = ("样例钢铁(600019):业绩稳健\n维持买入评级。预测2025-2027年归母净利润分别为93.62/122.57/142.91亿元 "
            "对应EPS为0.43/0.56/0.65元。预测2025-2026年BVPS分别为9.46/9.59元。"
            f"预测2025-2027年PE倍数分别为16.33/12.48/10.70倍 PB倍数分别为0.74/{pb_2026}/0.71倍。")
    judged = _judged(tmp_path, text)
    assert judged["12.48"] in ("consistent", "rounding")  # (the PE named with 倍数 is read)
    assert judged[pb_2026] == verdict and "0.71" not in judged  # 2027's BVPS is not printed


def test_a_parts_line_before_的_is_the_parts(tmp_path):
    # '自主产品的营收为32.85亿元' is a product's revenue, not the company's: no base of the company's growth
    text = ("样例生物(300122):业绩点评\n维持“买入”评级。2023年一季度营收增长26.37%。全年来看,公司实现了382.64亿元的营收。"
            "此外,2022年公司自主产品的营收为32.85亿元,同比下降66.12%。预计2023-2025年的收入分别为497.4亿、599.3亿、698.6亿,"
            "同比增长30%、20.5%、16.6%。")
    judged = _judged(tmp_path, text)
    assert "mismatch" not in judged.values() and judged.get("20.5") == "consistent"


@pytest.mark.parametrize("nine_months, verdict", [("228.0", "consistent"), ("76.27", "unverifiable"),
                                                  ("220.0", "mismatch")])
def test_a_cumulative_amount_against_the_tables_quarters(tmp_path, nine_months, verdict):
    # 前三季度 stated in prose over a table of the year's quarters: Q1 + Q2 + Q3 = 114.0 + 68.6 + 45.4 = 228.0;
    # far off (a third away) the table and the sentence are on other bases, not judged
    text = ("样例生物(300122)2024年三季度报告分析\n\n季度 营业收入(亿元) 归母净利润(亿元)\n"
            "Q1 114.0 14.6\nQ2 68.6 7.8\nQ3 45.4 -0.8\n\n"
            f"2024年前三季度公司累计实现营业收入{nine_months}亿元。\n")
    checks = [c for c in _results_of(tmp_path, text) if "前三季度" in c["formula"] or "=" in c["formula"]]
    assert [c["verdict"] for c in checks if nine_months in c["claim"]] == [verdict]


def test_an_untitled_digest_whose_parent_s_profit_is_in_its_second_bullet_or_named_the_hong_kong_way():
    from pipeline.verify.checks import is_company_report
    # '核心财务表现 - 2025年上半年实现收入56.63亿元,同比增长41.2% [1] - 股东应占溢利达16.25亿元…' (古茗 1H25)
    text = "核心财务表现 - 2025年上半年实现收入56.63亿元,同比增长41.2% [1] - 股东应占溢利达16.25亿元,同比大幅增长121.51% [1]"
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    sector = "核心财务表现 - 2025年上半年板块实现收入5663亿元 [1] - 股东应占溢利达1625亿元 [1]"
    assert not is_company_report(summary_doc(sector, title=None, company=None, ticker=None))


def test_an_opening_sentence_naming_its_period_before_the_company():
    from pipeline.verify.checks import is_company_report, opening_result_company
    # '2025H1,古茗实现收入56.6 亿元/+41.2%': the company after its period and a comma
    text = "2025H1 公司经调整利润同增42.4%。2025H1,古茗实现收入56.6 亿元/+41.2%;实现归母净利润为16.3 亿元/+121.5%。"
    assert opening_result_company(text) == "古茗"
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))
    assert opening_result_company("2025H1,公司实现收入56.6 亿元/+41.2%。") is None   # 公司 names no one


@pytest.mark.parametrize("sentence, figure", [
    ("毛利同比增长41.0%至17.86亿元;毛利率稳定在{}%,与上年同期基本持平。", "31.5"),    # 17.86 ÷ 56.63
    ("经调整利润为10.86亿元。公司经调整利润率也从上年同期的19.0%微升至{}%。", "19.2"),   # 10.86 ÷ 56.63
])
def test_a_ratio_s_level_said_steady_at_or_moved_slightly_to(tmp_path, sentence, figure):
    head = "古茗:中期业绩点评\n2025年上半年,公司实现收入56.63亿元。"
    assert _judged(tmp_path, head + sentence.format(figure))[figure] == "consistent"
    wrong = str(float(figure) + 2)
    assert _judged(tmp_path, head + sentence.format(wrong))[wrong] == "mismatch"


def test_an_adjusted_profit_defined_by_what_it_leaves_out_is_the_adjusted_line(tmp_path):
    # '在剔除该项收益及1618万元的上市开支后,…经调整利润为10.86亿元': its definition, the line's own figure
    text = ("古茗:中期业绩点评\n2025年上半年,公司实现收入56.63亿元。在剔除该项收益及1618万元的上市开支后,古茗上半年的经调整利润为"
            "10.86亿元。经调整利润率为{}%。")
    assert _judged(tmp_path, text.format("19.2"))["19.2"] == "consistent"
    assert _judged(tmp_path, text.format("21.2"))["21.2"] == "mismatch"


def test_a_us_listing_s_net_revenue_and_its_operating_margins_gaap_and_not(tmp_path):
    # '总净营收' is revenue; '运营利润' the operating profit; 'Non-GAAP运营利润' an adjusted one, its margin its own
    text = ("瑞幸咖啡:三季度点评\n2025年第三季度,公司总净营收为152.871亿元,同比增长50.2%。GAAP运营利润为17.77亿元,按年增长12.9%;"
            "营业利润率从15.5%降至{a}%;Non-GAAP运营利润为19.26亿元,按年增长15.2%;Non-GAAP运营利润率从去年同期的16.4%降至{b}%。")
    judged = _judged(tmp_path, text.format(a="11.6", b="12.6"))
    assert judged["11.6"] == "consistent" and judged["12.6"] == "consistent"   # 17.77 ÷ 152.871; 19.26 ÷ 152.871
    assert judged["16.4"] == "consistent"   # (19.26 ÷ 1.152) ÷ (152.871 ÷ 1.502): the year before's, from the growths
    judged = _judged(tmp_path, text.format(a="12.6", b="11.6"))
    assert judged["12.6"] == "mismatch" and judged["11.6"] == "mismatch"


def test_a_non_gaap_figure_said_so_before_its_line_is_not_the_line_s_own(tmp_path):
    # '不按美国通用会计准则(Non-GAAP),运营利润为 19.257 亿元': not the GAAP operating profit (17.766), whose margin holds
    text = ("瑞幸咖啡:三季度点评\n2025年第三季度,公司总净营收为 152.871 亿元。运营利润为 17.766 亿元,同比增长 12.9%。运营利润率为 11.6%。"
            "不按美国通用会计准则(Non-GAAP),运营利润为 19.257 亿元,同比增长 15.2%。")
    assert _judged(tmp_path, text) == {"11.6": "consistent"}


@pytest.mark.parametrize("base, verdict", [("15.5", "consistent"), ("17.5", "mismatch")])
def test_a_level_and_the_year_before_s_named_by_its_year_after_it(tmp_path, base, verdict):
    # '运营利润率为 11.6%,而 2024 年同期运营利润率为 15.5%': the year named only as the base's; the sentence's period is
    # the one carried (2025Q3), the base its year before's — (17.766 ÷ 1.129) ÷ (152.871 ÷ 1.502) = 15.46%
    text = ("瑞幸咖啡:三季度点评\n2025年第三季度,公司总净营收为 152.871 亿元,同比增长 50.2%。运营利润为 17.766 亿元,同比增长 12.9%。"
            f"运营利润率为 11.6%,而 2024 年同期运营利润率为 {base}%。")
    judged = _judged(tmp_path, text)
    assert judged["11.6"] == "consistent" and judged[base] == verdict


@pytest.mark.parametrize("before, verdict", [("3.2", "consistent"), ("4.2", "unverifiable")])
def test_a_bare_earlier_level_in_a_sentence_comparing_on_the_year_before(tmp_path, before, verdict):
    # '净利润从去年同期的 0.85 亿元增长至 1.9 亿元,同比增长 122.5%,净利率由 3.2% 提升至 5.9%': 0.85 ÷ 26.65 = 3.19% (a
    # year-before level no definition reproduces is left unverifiable, as any such level is: its profit may be another's)
    text = ("锅圈:中期业绩点评\n2025年上半年,公司实现营收 32.4 亿元,较去年同期的 26.65 亿元增长 21.6%;净利润从去年同期的 0.85 亿元"
            f"增长至 1.9 亿元,同比增长 122.5%,净利率由 {before}% 提升至 5.9%。")
    found = {figure(c): (c["verdict"], c["recomputed"]) for c in _results_of(tmp_path, text)}
    assert found[before] == (verdict, pytest.approx(3.1895, abs=1e-4))


def test_a_bare_earlier_level_on_the_quarter_before_is_no_year_before_s(tmp_path):
    text = ("锅圈:三季度点评\n2025年第三季度,公司实现营收 32.4 亿元,同比增长 21.6%,环比增长5%;净利润 1.9 亿元,净利率环比由 4.2% "
            "提升至 5.9%。")
    assert "4.2" not in _judged(tmp_path, text)


def test_a_core_operating_profit_and_its_margin(tmp_path):
    # '核心经营利润1.90亿元,同比增长52.3% … 核心经营利润率5.9%,同比上升1.2个百分点': 1.90 ÷ 32.4, and on the year before's
    # amounts the growths imply, (1.90 ÷ 1.523) ÷ (32.4 ÷ 1.216) = 4.68%
    text = ("锅圈:中期业绩点评\n财务表现 - 2025H1实现营收32.4亿元,同比增长21.6% [1] - 核心经营利润1.90亿元,同比增长52.3% [1] - "
            "核心经营利润率{}%,同比上升1.2个百分点 [2]")
    judged = _judged(tmp_path, text.format("5.9"))
    assert judged["5.9"] == "consistent" and judged["1.2"] == "consistent"
    assert _judged(tmp_path, text.format("6.9"))["6.9"] == "mismatch"


@pytest.mark.parametrize("ratio, verdict", [("9.6", "consistent"), ("10.6", "mismatch")])
def test_a_bare_expense_ratio_after_its_one_cost_line(tmp_path, ratio, verdict):
    # '25Q1-3期间费用46.2亿元,同比下降3.2%,费用率9.6%': 期间费用 ÷ 营业收入 = 46.2 ÷ 481.5
    text = f"金风科技:三季报点评\n公司25Q1-3营收481.5亿元,同比增长34.3%。25Q1-3期间费用46.2亿元,同比下降3.2%,费用率{ratio}%。"
    assert _judged(tmp_path, text)[ratio] == verdict


def test_a_bare_expense_ratio_after_two_cost_lines_is_no_one_s(tmp_path):
    # '25Q3期间费用18.1亿元,…,其中销售费用5.3亿元,…,费用率9.2%': which line's is not said (it is 期间费用's, 18.1 ÷ 196.1)
    text = ("金风科技:三季报点评\n25Q3单季营收196.1亿元,同比增长25.4%。25Q3期间费用18.1亿元,同比下降12.2%,其中销售费用5.3亿元,"
            "同比下降18.0%,费用率9.2%。")
    assert "9.2" not in _judged(tmp_path, text)


def test_a_quarter_s_ratio_the_year_to_date_s_amounts_give_is_no_mismatch(tmp_path):
    # '2025年三季度,公司期间费用为6.96亿元…;期间费用率为7.77%' in a digest of the nine months: 6.96 ÷ 89.58 (前三季度) = 7.77%,
    # not ÷ 28.76 (the quarter's): which period is meant is not said
    text = ("长信科技:三季报点评\n报告显示,公司前三季度营业收入为89.58亿元,同比增长3.72%。2025年第三季度,公司单季度主营收入28.76亿元,"
            "同比下降4.71%。\n2025年三季度,公司期间费用为6.96亿元,较上年同期增加8632.45万元;期间费用率为{}%。")
    found = {figure(c): c for c in _results_of(tmp_path, text.format("7.77"))}
    assert found["7.77"]["verdict"] == "unverifiable" and "year to date" in found["7.77"]["note"]
    found = {figure(c): c for c in _results_of(tmp_path, text.format("9.77"))}
    assert found["9.77"]["verdict"] == "mismatch"   # neither period's amounts give it


def test_a_sharp_rise_said_so_is_a_growth(tmp_path):
    # '归母净利润 4.41 亿元,同比大增 53.12%': with revenue's growth, the net margin's year-before level and its change
    text = ("东方电缆:三季报点评\n单看 25Q3,当季实现营收 30.66 亿元,同比增长 16.55%;归母净利润 4.41 亿元,同比大增 53.12%。"
            "净利率 14.38%,同比提升 {} 个百分点。")
    assert _judged(tmp_path, text.format("3.44"))["3.44"] == "consistent"   # 14.38 − (4.41 ÷ 1.5312) ÷ (30.66 ÷ 1.1655)
    assert _judged(tmp_path, text.format("4.44"))["4.44"] == "mismatch"


def test_a_bare_line_in_a_clause_after_a_part_is_the_part_s(tmp_path):
    # '…智能电工照明业务收入 40.9 亿元同比降 2.8%,新能源业务表现亮眼,收入 3.9 亿元同比大增 33.5%': 3.9 is 新能源's, not the
    # company's first half (whose quarters and nine months it would then be judged with)
    text = ("公牛集团:三季报点评\n2025 年前三季度,公牛集团实现营收 122.0 亿元,同比下降 3.2%。单 Q3 来看,公司营收 40.3 亿元同比降 4.4%。"
            "2025 年上半年,三大主业中,电连接业务收入 36.6 亿元同比降 5.4%,智能电工照明业务收入 40.9 亿元同比降 2.8%,"
            "新能源业务表现亮眼,收入 3.9 亿元同比大增 33.5%。")
    assert "mismatch" not in {c["verdict"] for c in _results_of(tmp_path, text)}


def test_a_broker_s_dashed_title_names_the_company_and_a_numbered_list_carries_its_period(tmp_path):
    # '天风证券-布鲁可-0325.HK-25H1业绩点评:…' a company note; '2. 2025年上半年,…收入13.38亿元' then '4. 经调整净利润达3.20亿元,…,
    # 经调整净利率同比下降4.0pct至23.9%': the list's items are one paragraph, the period carried to item 4
    text = ("天风证券-布鲁可-0325.HK-25H1业绩点评:IP商业化提速\n1. 事件:根据2025年8月22日公告,布鲁可集团发布中期业绩。\n"
            "2. 2025年上半年,公司实现收入13.38亿元,同比提升27.9%。\n3. 点评:IP商业化提速。\n"
            "4. 经调整净利润达3.20亿元,同比提升9.6%,经调整净利率同比下降4.0pct至{}%。\n"
            "5. 公司2024年实现收入22.41亿元。")  # (a second period named: none is the text's only one)
    assert _judged(tmp_path, text.format("23.9"))["23.9"] == "consistent"   # 3.20 ÷ 13.38
    assert _judged(tmp_path, text.format("25.9"))["25.9"] == "mismatch"


def test_an_untitled_digest_opening_on_公司_and_a_half_year_s_line():
    from pipeline.verify.checks import is_company_report
    text = "核心观点 - 公司2025年上半年营业收入13.38亿元,同比增长27.9%,经调整净利润3.2亿元,同比增长9.6% [1]"
    assert is_company_report(summary_doc(text, title=None, company=None, ticker=None))


def test_a_part_s_share_and_its_move_in_brackets_said_yoy(tmp_path):
    # '线上渠道收入1.08亿元(YOY+44.6%),占比8.06%(同比+0.93pct)': on revenue 13.38亿 (YOY+27.9%), a year before
    # (1.08 ÷ 1.446) ÷ (13.38 ÷ 1.279) = 7.14%
    text = ("布鲁可:中期业绩点评\n核心财务表现 - 2025H1营收13.38亿元(YOY+27.9%) [5] 渠道 - 线上渠道收入1.08亿元(YOY+44.6%),"
            "占比8.06%(同比+{}pct)[6]")
    assert _judged(tmp_path, text.format("0.93"))["0.93"] == "consistent"
    assert _judged(tmp_path, text.format("1.93"))["1.93"] == "mismatch"


def test_levels_listed_after_a_base_period_are_the_base_s(tmp_path):
    # '25年前三季度毛利率、净利率分别为13.19%/3.74%(对比24年前三季度的11.44%/3.29%显著提升)': no restatement of 13.19 / 3.74
    text = ("歌尔股份:三季报点评\n公司2025年前三季度营收681.1 亿元,同比略降2.2%,归母净利润25.9 亿元,同比增长10.3%。25年前三季度毛利率、"
            "净利率分别为13.19%/3.74%(对比24年前三季度的11.44%/3.29%显著提升)。")
    assert "mismatch" not in {c["verdict"] for c in _results_of(tmp_path, text)}


def test_a_forecast_s_line_after_预期_is_the_company_s(tmp_path):
    # '2025年预期收入60.9亿元(同比+0.2%) 归母净利1.4亿元' … '归母净利率从2025年2.3%提升至2027年4.4%': 1.4 ÷ 60.9 = 2.30%
    text = ("九毛九:点评报告\n财务表现 - 2025年预期收入60.9亿元(同比+0.2%) 归母净利1.4亿元(同比+148.4%)[8] - 2026-2027年收入预计达"
            "65.2/71.1亿元 归母净利预计达2.3/3.1亿元[8] - 归母净利率从2025年{}%提升至2027年4.4%[10]")
    assert _judged(tmp_path, text.format("2.3"))["2.3"] == "consistent"
    assert _judged(tmp_path, text.format("3.3"))["3.3"] == "mismatch"


@pytest.mark.parametrize("was, verdict", [("73.4", "rounding"), ("75.4", "mismatch")])
def test_a_part_s_share_moved_from_the_year_before_s_level(tmp_path, was, verdict):
    # '太二收入为19.48亿元,同比下降13.3%,占总收入的比例由去年同期的73.4%下降至2025年上半年的70.8%': now 19.48 ÷ 27.53, a
    # year before (19.48 ÷ 0.867) ÷ (27.53 ÷ 0.8986) = 73.34% (the period in the share's phrase is no period of the sentence)
    text = ("九毛九:中期业绩点评\n今年上半年,九毛九实现营收27.53亿元,同比下降10.14%。太二收入为19.48亿元,同比下降13.3%,"
            f"占总收入的比例由去年同期的{was}%下降至2025年上半年的70.8%。")
    judged = _judged(tmp_path, text)
    assert judged["70.8"] == "consistent" and judged[was] == verdict


@pytest.mark.parametrize("before, verdict", [("35.50", "consistent"), ("36.50", "mismatch")])
def test_a_level_with_the_year_before_s_in_brackets_after_it(tmp_path, before, verdict):
    # '毛利为34.13亿元,增长10.34%;毛利率下降至22.07%(2021年:35.50%)': the bracket's year is the base's, not the sentence's
    # period (2022, carried), and its level is judged on the amounts the growths imply: (34.13 ÷ 1.1034) ÷ (154.61 ÷ 1.7744)
    text = ("福莱特:年报点评\n2022年,集团营业收入约为154.61亿元,增长了77.44%。毛利为34.13亿元,增长10.34%;"
            f"毛利率下降至22.07%(2021年:{before}%)。")
    judged = _judged(tmp_path, text)
    assert judged["22.07"] == "consistent" and judged[before] == verdict


def test_a_year_before_s_level_in_brackets_is_not_judged_against_itself(tmp_path):
    # '经营溢利率…至27.7%(2024年上半年:28.6%)' with no amounts: nothing to judge the 28.6 by
    text = "安踏体育:中期业绩\n2025年上半年,经营溢利率按年减少0.9个百分点至27.7%(2024年上半年:28.6%)。"
    assert "28.6" not in _judged(tmp_path, text)


def test_an_untitled_digest_whose_bullets_state_公司收入为_is_a_company_s(tmp_path):
    # a filing's digest with no title and no name: '收入和利润(同比环比) - 公司收入为人民币24.996亿元,…' is one company's lines
    text = ("收入和利润(同比环比) - 公司收入为人民币24.996亿元,同比增长4.3%[2] - 公司毛利为人民币8.148亿元,同比增长7.2%,"
            "毛利率为{}%[21]")
    assert _judged(tmp_path, text.format("32.6"))["32.6"] == "consistent"  # 8.148 ÷ 24.996 = 32.60%
    assert _judged(tmp_path, text.format("33.6"))["33.6"] == "mismatch"


def test_a_line_stated_again_at_a_slip_of_its_unit_keeps_its_first_figure(tmp_path):
    # '公司收入为人民币249.96亿元' … '公司收入为人民币24.996亿元': the second is judged the slip, and the first stays the period's
    # revenue for the shares after (235.78 ÷ 249.96 = 94.33%), where two different figures would leave none
    text = ("收入和利润(同比环比) - 公司收入为人民币249.96亿元,同比增长4.3%[2] - 公司收入为人民币24.996亿元,同比增长4.3%[21] "
            "各业务线收入表现 - 销售货品及设备收入为人民币235.78亿元,占总收入{}%,同比增长3.8%[3]")
    judged = _judged(tmp_path, text.format("94.3"))
    assert judged["24.996"] == "mismatch" and judged["94.3"] == "consistent"
    assert _judged(tmp_path, text.format("93.3"))["93.3"] == "mismatch"


@pytest.mark.parametrize("margin, verdict", [("13.6", "consistent"), ("14.6", "mismatch")])
def test_a_bare_利润率_after_a_profit_line_is_that_line_s_margin(tmp_path, margin, verdict):
    # '经调整净利润为人民币3403.46百万元,利润率13.6%': 3403.46 ÷ 24996 = 13.62%; '经调整EBITDA…利润率18.0%' likewise
    text = ("样例茶饮:中期业绩点评\n2025年上半年公司收入为人民币24996百万元,同比增长4.3%。经调整EBITDA为人民币4511.34百万元,利润率18.0%。"
            f"经调整净利润为人民币3403.46百万元,利润率{margin}%。")
    judged = _judged(tmp_path, text)
    assert judged["18.0"] == "consistent" and judged[margin] == verdict


def test_a_bare_利润率_after_no_profit_line_is_no_margin(tmp_path):
    # '收入…,利润率…': revenue has no margin of its own; the level is not read as any
    text = "样例茶饮:中期业绩点评\n2025年上半年公司收入为人民币24996百万元,利润率18.0%。"
    assert "18.0" not in _judged(tmp_path, text)


@pytest.mark.parametrize("growth, verdict", [("27.5", "consistent"), ("28.5", "mismatch")])
def test_净收入_is_revenue(tmp_path, growth, verdict):
    # a US listing's 净收入 (net revenues): '第三季度净收入为186.6亿元,同比增长27.5%' over the year before's 146.6亿元
    text = f"样例网络:三季度业绩点评\n2020年第三季度公司净收入为186.6亿元,同比增长{growth}%。2019年第三季度公司净收入为146.3亿元。"
    assert _judged(tmp_path, text)[growth] == verdict


def test_a_margin_that_holds_only_on_a_line_s_slipped_statement_is_unverifiable(tmp_path):
    # revenue first '249.96亿元', again '24.996亿元' (judged the slip); '毛利8.148亿元…毛利率32.6%' holds on the second
    # (8.148 ÷ 24.996 = 32.60%), not the first: which revenue is right the text does not say
    text = ("收入和利润(同比环比) - 公司收入为人民币249.96亿元,同比增长4.3%[2] - 公司收入为人民币24.996亿元,同比增长4.3%[21] "
            "成本和费用(同比环比) - 公司毛利为人民币8.148亿元,同比增长7.2%,毛利率为{}%[21]")
    (margin,) = [c for c in _results_of(tmp_path, text.format("32.6")) if figure(c) == "32.6"]
    assert margin["verdict"] == "unverifiable" and "24.996亿元" in margin["note"]
    assert _judged(tmp_path, text.format("30.6"))["30.6"] == "mismatch"  # on neither


@pytest.mark.parametrize("before, verdict", [("25.9", "consistent"), ("26.9", "mismatch")])
def test_a_digest_s_labels_with_the_currency_before_the_figure(tmp_path, before, verdict):
    # '综合营业额:人民币 109.32 亿元,同比下降 6.5% - 毛利:人民币 19.99 亿元,同比下降 34% - 整体毛利率:18.3%(2024 年为 26.9%)':
    # 19.99 ÷ 109.32 = 18.29%; the year before (19.99 ÷ 0.66) ÷ (109.32 ÷ 0.935) = 25.90%
    text = ("信义光能:中期业绩点评\n报告期:2025 年上半年 - 综合营业额:人民币 109.32 亿元,同比下降 6.5% [2] - 毛利:人民币 19.99 亿元,"
            f"同比下降 34% [2] - 整体毛利率:18.3%(2024 年为 {before}%)[2]")
    judged = _judged(tmp_path, text)
    assert judged["18.3"] == "consistent" and judged[before] == verdict


def test_bullets_under_a_numbered_part_heading_are_the_part_s(tmp_path):
    # '业务表现 1 太阳能玻璃业务 - 收益:人民币 94.74 亿元': the part's revenue, not a second figure of the company's (which
    # would leave the company's revenue two figures, and its margin unjudged)
    text = ("信义光能:中期业绩点评\n报告期:2025 年上半年 - 营业额:人民币 109.32 亿元,同比下降 6.5% [2] - 毛利:人民币 19.99 亿元 [2] "
            "- 毛利率:18.3% [2] 业务表现 1 太阳能玻璃业务 - 营业额:人民币 94.74 亿元,同比下降 7.3% [4] - 毛利率:11.4% [4]")
    judged = _judged(tmp_path, text)
    assert judged["18.3"] == "consistent" and "11.4" not in judged


def test_a_title_labelling_its_one_company_with_its_code(tmp_path):
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "n.txt"
    path.write_text("投资标的:信义光能(0968.HK) 推荐理由:公司2025H1业绩符合预期。\n收入同比下降6.5%,达到109亿元人民币。\n",
                    encoding="utf-8")
    assert is_company_report(read_document(path))
    path.write_text("投资方向:光伏玻璃(行业) 推荐理由:价格触底回升。\n行业收入同比下降6.5%。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))


@pytest.mark.parametrize("move, verdict", [("5.5", "rounding"), ("7.5", "mismatch")])
def test_a_quarter_s_gross_margin_from_the_half_s_and_the_other_quarter_s(tmp_path, move, verdict):
    # H1 10.6% of 85.9亿元 and Q2 11.9% of 64.1亿元 leave Q1 (9.105 − 7.628) ÷ 21.8 = 6.78%: Q2's +5.5pct on it is 5.12
    # within the printed figures' rounding
    text = ("三一重能:中报点评\n2025年上半年,公司实现营业收入85.9亿元,同比+63%;综合毛利率10.6%。2025年第二季度公司实现营业收入64.1亿元,"
            f"同比+80%;综合毛利率11.9%,环比+{move}pct。")
    assert _judged(tmp_path, text)[move] == verdict


def test_a_headline_s_company_stating_its_revenue_at_a_clause_s_start(tmp_path):
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "n.txt"
    path.write_text("2025年上半年,协鑫科技的营收同比大幅下滑、亏损规模持续扩大。\n财报显示,今年上半年,协鑫科技营收为57.35亿元,"
                    "同比大幅下滑35.3%。\n", encoding="utf-8")
    assert is_company_report(read_document(path))
    # (a part's revenue at a clause's start names no company)
    path.write_text("2025年上半年,液体乳的营收同比增长。\n从业务看,液体乳业务营收为361.26亿元,同比增长3%。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))


def test_a_profile_opening_on_when_the_company_was_founded(tmp_path):
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "n.txt"
    path.write_text("一、公司概况\n璞泰来成立于2012年11月,2017年11月在上交所上市,总部位于上海。\n二、财务表现\n净利润率约44.0%(42.27亿元/96.07亿元)。\n",
                    encoding="utf-8")
    assert is_company_report(read_document(path))
    path.write_text("一、行业概况\n中国成立于1949年。行业收入增长5%。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))


def _all_verdicts(tmp_path, text):
    """Every verdict of the results family on a text, by the figure marked in each."""
    return {figure(c): c["verdict"] for c in _results_of(tmp_path, text)}


@pytest.mark.parametrize("qoq, verdict", [("45.2", "consistent"), ("55.2", "mismatch")])
def test_a_period_named_by_its_report_is_no_doer(tmp_path, qoq, verdict):
    # '2025年中报实现营业收入': the interim report is when, not who; Q2's 环比 on H1 − Q2 (124.67 ÷ 85.85 − 1 = 45.22%)
    text = (f"示例光伏(688472):点评\n2025年中报实现营业收入210.52亿元 同比下降4.13% 25Q2单季度实现营业收入124.67亿元 "
            f"同比/环比+0.85%/{qoq}%")
    got = _all_verdicts(tmp_path, text)
    assert got["4.13"] == "unverifiable" and got[qoq] == verdict


def test_a_printed_margin_no_definition_gives_is_not_moved_from_one_that_does(tmp_path):
    # '净利率5.56%' where 归母 6.84 ÷ 124.67 = 5.49%: the whole profit's margin; the quarter before's by the parent's
    # profit (0.47 ÷ 85.85) is no base for its move
    text = ("示例光伏(688472):点评\n2025年上半年实现营业收入210.52亿元,实现归母净利润7.31亿元。25Q2单季度实现营业收入124.67亿元,"
            "实现归母净利润6.84亿元,净利率5.56%,环比+5.04个pct。")
    assert _all_verdicts(tmp_path, text)["5.04"] == "unverifiable"


@pytest.mark.parametrize("third, verdict", [("22.6", "consistent"), ("32.6", "mismatch")])
def test_changes_parted_by_spaces_and_a_growth_glossed_yoy(tmp_path, third, verdict):
    # a digest's list with the 、 stripped: 26.08 ÷ 19.08 − 1 = 36.7%, 31.97 ÷ 26.08 − 1 = 22.6%
    text = ("示例光伏(688472):点评\n2025年上半年实现营业收入210.52亿元。预计2025-2027年实现归母净利润19.08亿元 26.08亿元 31.97亿元 "
            f"同比增长-34.3% 36.7% {third}%")
    got = _all_verdicts(tmp_path, text)
    assert got["36.7"] == "consistent" and got[third] == verdict
    text = f"示例光伏(688472):点评\n2022A至2024A营业收入分别为475.36亿元 513.1亿元 416.74亿元 增长率yoy分别为69.7% 7.9% -{third[:2]}.8%"
    assert _all_verdicts(tmp_path, text)["7.9"] == "consistent"


@pytest.mark.parametrize("growth, verdict", [("70.7", "rounding"), ("60.7", "mismatch")])
def test_years_changes_going_on_to_their_amounts_after_the_period(tmp_path, growth, verdict):
    # the line named before the year, the change right after it: 29.37 ÷ 17.20 − 1 = 70.76%, printed 70.7 within rounding
    text = ("示例光伏(688472):点评\n2025年上半年实现营业收入210.52亿元。预计2025年归母净利润17.20亿元 同比下滑23.5% "
            f"2026-2027年分别增长{growth}%和27.7%至29.37亿元和37.51亿元")
    got = _all_verdicts(tmp_path, text)
    assert got[growth] == verdict and got["27.7"] == "consistent"


@pytest.mark.parametrize("last, verdict", [("6.80", "consistent"), ("7.80", "unverifiable")])
def test_a_ratio_from_one_level_to_another_over_a_span_and_eps_from_year_to_year(tmp_path, last, verdict):
    # the span's first year's level and its last's: 17.20 ÷ 391.69 = 4.39%, 37.51 ÷ 551.48 = 6.80% (a 净利润率 the
    # parent's profit does not give may be the whole profit's: unverifiable, never a mismatch)
    amounts = ("示例光伏(688472):点评\n2025年上半年实现营业收入210.52亿元。预计2025-2027年营收分别为391.69亿元、458.91亿元、551.48亿元,"
               "归母净利润分别为17.20亿元、29.37亿元、37.51亿元。")
    got = _all_verdicts(tmp_path, amounts + f"预计2025-2027年毛利率稳定,净利润率从4.39%提升至{last}%。")
    assert got["4.39"] == "consistent" and got[last] == verdict
    # EPS from one year's to another's, on one share count: 37.51 × 0.47 ÷ 17.20 = 1.025
    eps, verdict = ("1.02", "consistent") if verdict == "consistent" else ("1.12", "mismatch")
    got = _all_verdicts(tmp_path, amounts + f"每股收益预计从2025年0.47元增长至2027年{eps}元。")
    assert got[eps] == verdict


def test_a_part_named_before_its_period_and_verb_holds_the_sentence(tmp_path):
    # '公司偏光片业务2022年上半年实现销量…,实现营业收入…': the part's revenue, not the company's
    text = ("杉杉股份:点评\n2021年上半年实现营业收入99.45亿元。\n"
            "报告期内,公司偏光片业务2022年上半年实现销量6,807万平方米,实现营业收入57.27亿元,同比增长10.0%。")
    assert _judged(tmp_path, text) == {}  # (57.27亿元 over the company's 99.45 would be −42%: a false mismatch)


@pytest.mark.parametrize("cagr, verdict", [("29", "consistent"), ("28", "mismatch")])
def test_a_line_s_cagr_written_as_a_formula_s_result(tmp_path, cagr, verdict):
    # '(CAGR=28%)' of the company's revenue: (200 ÷ 120)^(1/2) − 1 = 29.1%
    text = f"示例材料:点评\n2022-2024年,公司营业收入从2022年的120亿元增长至2024年的200亿元(CAGR={cagr}%)。"
    assert _all_verdicts(tmp_path, text)[cagr] == verdict


@pytest.mark.parametrize("qoq, verdict", [("13", "consistent"), ("23", "mismatch")])
def test_a_pair_of_changes_said_with_one_character(tmp_path, qoq, verdict):
    # '同环比增7%和13%': Q2 10.1 on Q1 = 19.0 − 10.1 = 8.9, +13.5%
    text = f"示例材质:点评\n25H1收入19.0亿元同比增15%。25Q2收入10.1亿元同环比增7%和{qoq}%。"
    assert _all_verdicts(tmp_path, text)[qoq] == verdict


def test_a_prospectus_digest_titled_with_the_company_s_legal_name_and_code(tmp_path):
    # '深圳市…股份有限公司(H0388) - 申请版本': a company's own document; its '年/期内利润' is the year's (or period's) profit
    text = ("深圳市示例材质科技股份有限公司(H0388) - 申请版本(第一次呈交)\n业绩总结 - 2022 - 2025年收益分别为28.67亿、29.82亿、"
            "35.06亿、29.32亿元[78] - 2022 - 2025年年/期内利润分别为7.48亿、5.94亿、3.71亿、1.41亿元[78] - 2022 - 2025年"
            "净利润率分别为26.1%、19.9%、10.6%、5.8%[115]")
    got = _all_verdicts(tmp_path, text)
    assert (got["26.1"], got["10.6"], got["5.8"]) == ("consistent", "consistent", "unverifiable")  # 1.41 ÷ 29.32 = 4.8%
    # (a 净利润率 off its one profit's value may be another profit's: unverifiable, never a mismatch)


@pytest.mark.parametrize("last, verdict", [("-48", "consistent"), ("-38", "mismatch")])
def test_a_span_of_quarters_and_a_note_in_words_after_a_figure(tmp_path, last, verdict):
    # five quarters named by their span, each 单季度; '(预告净利润最大值)' notes the last figure: 2.65 ÷ 5.12 − 1 = −48.2%
    text = ("示例新材:点评\n年报显示,公司2022年一季度至2023年一季度的5个季度里,其单季度净利润分别为5.12亿元、4.92亿元、4.38亿元、"
            f"3.16亿元及2.65亿元(预告净利润最大值),同比增速分别约为 229%、75%、2%、-28%及{last}%。")
    assert _all_verdicts(tmp_path, text)[last] == verdict


def test_a_leader_s_headline_names_the_company_the_text_is_about(tmp_path):
    from pipeline.verify.checks import is_company_report
    path = tmp_path / "n.txt"
    path.write_text("电解液龙头示例邦毛利率连续四年下滑\n核心财务表现 - 2024年营收78.47亿元同比增长4.85%。\n", encoding="utf-8")
    assert is_company_report(read_document(path))
    path.write_text("电解液行业毛利率连续四年下滑\n核心财务表现 - 2024年行业营收同比增长4.85%。\n", encoding="utf-8")
    assert not is_company_report(read_document(path))


@pytest.mark.parametrize("move, verdict", [("2.6", "consistent"), ("3.6", "mismatch")])
def test_a_ratio_moved_between_two_levels_then_the_move(tmp_path, move, verdict):
    # '毛利率从去年同期的49.3%降至46.7%,减少2.6个百分点': the move between the two levels the sentence states
    text = f"示例饮料:点评\n上半年实现收入62.06亿元。公司整体毛利率从去年同期的49.3%降至46.7%,减少{move}个百分点。"
    assert _all_verdicts(tmp_path, text)[move] == verdict


@pytest.mark.parametrize("share, verdict", [("84.6", "consistent"), ("74.6", "mismatch")])
def test_a_share_said_with_a_concession_s_adverbs(tmp_path, share, verdict):
    # '占总收入比例虽仍高达84.6%': 52.51 ÷ 62.06
    text = (f"示例饮料:点评\n上半年实现收入62.06亿元,同比下滑18.5%。包装水产品收入为52.51亿元,同比下降23.1%,"
            f"占总收入比例虽仍高达{share}%,但较往年已呈下滑趋势。")
    assert _all_verdicts(tmp_path, text)[share] == verdict


def test_figures_mixing_two_scales_of_a_slipped_line_are_unverifiable(tmp_path):
    # the revenue stated at 620.56亿元 and again at 62.056亿元: a part's share of it (52.507 ÷ 62.056 = 84.6%) holds on
    # the one, not on the first — which is right the text does not say; the slip itself is the mismatch
    text = ("示例饮料:2025年中报点评\n收入和利润 - 公司2025年上半年总收入为人民币620.56亿元,同比下降18.5%[18] - 公司总营收为人民币"
            "62.056亿元,同比下降18.5%[19] 各条业务线表现 - 包装饮用水产品收入为人民币52.507亿元,同比下降23.1%,占总收入{}%[19]")
    got = _all_verdicts(tmp_path, text.format("84.6"))
    assert (got["62.056"], got["84.6"]) == ("mismatch", "unverifiable")
    assert _all_verdicts(tmp_path, text.format("44.6"))["44.6"] == "mismatch"  # (no scale gives it)


@pytest.mark.parametrize("last, verdict", [("-15.2", "consistent"), ("-25.2", "mismatch")])
def test_the_last_reports_of_one_kind_counted_back(tmp_path, last, verdict):
    # '近三期半年报,…分别为16.29%,12.48%,-15.2%': the halves of 2023, 2024 and 2025 (the one the text reports), commas
    # parting a list 分别 announced; 2025H1's on 8.64: 7.33 ÷ 8.64 − 1 = −15.16%
    text = ("示例股份:半年报点评\n报告显示,公司2025年上半年归母净利润为7.33亿元,上年同期为8.64亿元。\n"
            f"近三期半年报,归母净利润同比变动分别为16.29%,12.48%,{last}%,变动趋势持续下降。\n")
    got = _all_verdicts(tmp_path, text)
    assert got[last] == verdict and got["16.29"] == "unverifiable" and got["12.48"] == "unverifiable"


def test_a_list_of_percents_parted_by_commas_only_where_分别_says_so(tmp_path):
    # with no 分别, a percent after a comma is another clause's: '同比增长6.16%,12.48%的…' is no list of two years
    text = "示例股份:点评\n2024年和2025年,公司归母净利润分别为8.64亿元、7.33亿元,同比增长6.16%,12.48%的增速来自…\n"
    assert "12.48" not in _all_verdicts(tmp_path, text)


@pytest.mark.parametrize("share, verdict", [("23.44", "rounding"), ("28.44", "mismatch")])
def test_a_part_s_lines_said_to_be_of_the_same_period(tmp_path, share, verdict):
    # '民爆业务同期实现营收14.07亿元,占比为23.44%': the half the text spoke of last (a quarter named between), 14.07 ÷
    # 60.04; and the 净利润 after it the part's, no whole the quarters' profits add up to
    text = ("示例集团(002497.SZ):点评\n8月29日晚间,示例集团发布半年报,其上半年实现营收60.04亿元;归母净利润22.62亿元。\n"
            "其中,一季度净利10.22亿元;二季度净利12.4亿元。\n"
            f"民爆业务同期实现营收14.07亿元,占比为{share}%;净利润1.63亿元,占比为7.21%。\n")
    got = _all_verdicts(tmp_path, text)
    assert got[share] == verdict and "1.63" not in got


@pytest.mark.parametrize("q2, verdict", [("12.4", "consistent"), ("13.4", "unverifiable")])
def test_quarters_bare_净利_against_the_half_s_归母净利润(tmp_path, q2, verdict):
    # '归母净利润22.62亿元。其中,一季度净利10.22亿元;二季度净利12.4亿元': the parent's share called 净利, 10.22 + 12.4;
    # parts that do not add up may be on another basis (a minority's share): unverifiable, not a mismatch
    text = ("示例集团:点评\n2022年上半年,公司实现营收60.04亿元;归母净利润22.62亿元。\n"
            f"其中,一季度净利10.22亿元;二季度净利{q2}亿元。\n")
    assert _all_verdicts(tmp_path, text)["22.62"] == verdict


STOCKSTAR_DIGEST = ("据公开数据整理,近期示例股份(300919)发布2025年中报。截至本报告期末,公司营业总收入213.23亿元,同比上升6.16%。"
                    "按单季度数据看,第二季度营业总收入105.35亿元,同比下降2.4%。\n"
                    "本次财报公布的各项数据指标表现一般。其中,销售费用、管理费用、财务费用总计11.8亿元,三费占营收比{share}%。\n"
                    "业务评价:公司去年的净利率为4.44%。毛利率环比提升1.3pct至12.1%。\n")


@pytest.mark.parametrize("share, verdict", [("5.53", "consistent"), ("6.53", "mismatch")])
def test_a_digest_s_paragraph_naming_no_period_is_of_the_report_it_says_was_published(tmp_path, share, verdict):
    # '发布2025年中报': 11.8 ÷ 213.23 = 5.53%; a sentence naming a year by where it stands ('去年') or on a quarter
    # ('环比') is not of the published half
    got = _all_verdicts(tmp_path, STOCKSTAR_DIGEST.format(share=share))
    assert got[share] == verdict and "4.44" not in got and "1.3" not in got


def test_a_book_value_s_change_is_not_the_eps_s(tmp_path):
    # '每股收益为0.53元,同比下降11.67%;每股净资产为15.74元,同比增长4.99%': the 4.99% is no EPS growth
    text = "示例科技:点评\n2025年前三季度,每股收益为0.53元,同比下降11.67%;每股净资产为15.74元,同比增长4.99%。\n"
    assert "4.99" not in _all_verdicts(tmp_path, text)


def test_a_part_named_by_its_orders_is_the_sentence_s_subject(tmp_path):
    # '公司的基础设施业务新签合同额6675亿元,…;营业收入3588亿元,同比增长23.3%': the part's revenue, not the company's
    text = ("示例建筑:点评\n2022年前三季度,公司实现营业收入15400亿元,同比增长14.8%;上年同期为13400亿元。\n"
            "公司的基础设施业务新签合同额6675亿元,同比增长30.9%;营业收入3588亿元,同比增长23.3%。\n")
    assert "23.3" not in _all_verdicts(tmp_path, text)


@pytest.mark.parametrize("sentence", [
    "销售费用、管理费用、财务费用总计11.8亿元,三费占营收比{share}%。",     # the lines summed, then their short name
    "公司期间费用(销售、管理、财务费用合计)为11.8亿元,三费占营收比为{share}%。",  # a gloss on what the line sums
])
@pytest.mark.parametrize("share, verdict", [("5.53", "consistent"), ("6.53", "mismatch")])
def test_a_sum_of_cost_lines_over_revenue_by_its_short_name(tmp_path, sentence, share, verdict):
    # 11.8 ÷ 213.23 = 5.53%; the sum is no 财务费用 of its own, which its ratio after it would be judged against
    text = ("示例股份:点评\n2025年上半年,公司营业总收入213.23亿元。" + sentence.format(share=share) + "\n"
            "2025年上半年,财务费用率为0.50%。\n")
    checks = {figure(c): c for c in _results_of(tmp_path, text)}
    assert checks[share]["verdict"] == verdict and (checks.get("0.50") or {}).get("recomputed") is None


def test_a_share_holding_over_another_period_than_the_one_carried_is_unverifiable(tmp_path):
    # a digest's bullets: Q3 named last, the costs the first three quarters' (20.71 ÷ 368.09 = 5.63%; over Q3's 129.04, 16.05%)
    text = ("示例能源:点评\n公司财务表现 - 2025年前三季度累计营收368.09亿元,同比下降32.27% [1] - 2025年第三季度营业收入"
            "129.04亿元,同比下降24.05% [1] - 销售、管理和财务费用合计20.71亿元,三费占营收比例达5.63% [5]\n")
    (c,) = [c for c in _results_of(tmp_path, text) if figure(c) == "5.63"]
    assert c["verdict"] == "unverifiable" and "2025前三季度" in c["note"]


def test_a_list_of_the_year_before_s_same_periods_and_a_list_of_a_line_not_known(tmp_path):
    # '去年同期分别为0.06/0.07亿元' are 2023's; '销售回款分别为13.94/4.43亿元' is no 经营活动现金流
    text = ("示例食品:三季报点评\n2024Q1-3/2024Q3 经营活动现金流净额分别为-1.75/0.15 亿元,去年同期分别为0.06/0.07 亿元;"
            "2024Q1-3/2024Q3 销售回款分别为13.94/4.43 亿元, 分别同比+1.88%/+0.62%。\n")
    assert not any(v == "mismatch" for v in _all_verdicts(tmp_path, text).values())


def test_a_span_s_start_is_no_period_of_the_bullets_after_it(tmp_path):
    # '自2022年达到业绩巅峰后,…连续三年大幅下滑': the segments' bullets after it are not 2022's
    text = ("示例医疗:点评\n公司业绩表现 - 2023年公司实现营收79.80亿元 [1] - 2024年公司实现营收61.03亿元 [1] - 自2022年达到业绩"
            "巅峰后,公司营收与净利润连续三年大幅下滑 [1] 业务板块分析 - 医疗器械业务收入33.26亿元,同比下降9.47%,占营收总额54.5% [2]\n")
    assert not any("2022" in c["note"] + c["formula"] for c in _results_of(tmp_path, text))


@pytest.mark.parametrize("growth, verdict", [("12.0", "consistent"), ("14.0", "mismatch")])
def test_an_untitled_digest_naming_no_company_its_results_in_a_section(tmp_path, growth, verdict):
    # '投资评级 - 报告未明确给出投资评级 [1] 核心观点 - … [2] 财务表现 - 2025年上半年实现营业收入…归母净利润…': one company's
    text = ("投资评级 - 报告未明确给出投资评级 [1] 核心观点 - 血糖主业稳健增长 预计2025-2027年营业收入分别为49.35亿元 55.28亿元 62.11亿元 "
            f"同比增速分别为11.1% {growth}% 12.3% [2] 财务表现 - 2025年上半年实现营业收入22.64亿元(yoy+6.12%)归母净利润1.81亿元"
            "(yoy-8.52%) [1]\n")
    assert _all_verdicts(tmp_path, text)[growth] == verdict


@pytest.mark.parametrize("share, verdict", [("90.33", "rounding"), ("92.33", "mismatch")])
def test_a_story_naming_one_company_by_its_code_and_its_published_results(tmp_path, share, verdict):
    # no title naming it: '…(以下简称“示例口腔”,001328.SZ)…' and '根据示例口腔发布的2025年上半年业绩报告' make it one company's
    text = ("摘要:提起“重庆示例口腔护理用品股份有限公司(以下简称“示例口腔”,001328.SZ)”,可能会让人感到有些陌生。\n"
            "根据示例口腔发布的2025年上半年业绩报告来看,实现营业收入8.42亿元,同比增长19.72%。\n"
            f"上半年,成人基础口腔护理产品营收为7.60亿元,占总营收的{share}%。\n")
    assert _all_verdicts(tmp_path, text)[share] == verdict


@pytest.mark.parametrize("again, verdict", [("19.7", "consistent"), ("18.7", "unverifiable")])
def test_a_growth_stated_again_in_a_digest_s_bullets_of_its_one_period(tmp_path, again, verdict):
    # '营业收入841,823,455.36元同比增长19.72%' … '营业总收入同比增长19.7%至8.42亿元': the bullets carry the text's one period
    text = ("示例口腔(001328) - 2025 Q2 - 季度财报\n收入和利润 - 营业收入841,823,455.36元同比增长19.72%[18] - "
            f"营业总收入同比增长{again}%至8.42亿元[145]\n")
    restated = [c for c in _results_of(tmp_path, text) if figure(c) == again and "restated" in c["formula"]]
    assert [c["verdict"] for c in restated] == [verdict]


def test_an_eps_in_cents_is_no_figure_of_the_line_before_it(tmp_path):
    # '经营利润4.30亿元 同比增长4.0% 每股盈利31.90分 同比增长0.4%': the 0.4% is the EPS's, not 经营利润's again
    text = ("示例食品:中期点评\n业绩表现 - 2025年中期收入29.27亿元 归母净利润3.10亿元 [1] - 经营利润4.30亿元 同比增长4.0% "
            "每股盈利31.90分 同比增长0.4% [1]\n")
    assert "0.4" not in _all_verdicts(tmp_path, text)


@pytest.mark.parametrize("share, verdict", [("27.61", "rounding"), ("29.61", "mismatch")])
def test_a_titled_story_whose_body_opens_on_a_results_heading_after_its_byline(tmp_path, share, verdict):
    # '暴跌51%!“医美面膜第一股”示例,业绩爆雷!' / '凤凰网财经·2025-08-24 12:51' / '核心财务表现 - 2025年上半年营收…归母净利润…';
    # '为近五年来首次高个位数下跌' is a record, no span of years its later bullets are of: 2.38 ÷ 8.63 = 27.58%
    text = ("暴跌51%!“医美面膜第一股”示例,业绩爆雷!\n凤凰网财经·2025-08-24 12:51\n\n核心财务表现 - 2025年上半年营收8.63亿元,"
            "同比下滑8.15%,为近五年来首次高个位数下跌 [2][3] - 归母净利润2.3亿元,同比大幅下跌32.54% [2][3] 业务结构分析 - "
            f"医疗器械类营收2.38亿元,占比{share}%,同比暴跌48.07% [8][9]\n")
    assert _all_verdicts(tmp_path, text)[share] == verdict


def test_a_sharp_fall_said_暴跌(tmp_path):
    # '同比暴跌79.23%至1.14亿元' on 2023's 5.49亿: 1.14 ÷ 5.49 − 1 = −79.23%
    text = "示例药房(002727):点评\n2024年归母净利润同比暴跌{}%至1.14亿元。2023年归母净利润5.49亿元。\n"
    assert _judged(tmp_path, text.format("79.23")) == {"79.23": "consistent"}
    assert _judged(tmp_path, text.format("69.23")) == {"69.23": "mismatch"}


def test_a_bullet_on_a_market_s_size_carries_its_years_to_no_later_bullet(tmp_path):
    # '预计2035年(养老产业规模)达30万亿元' is the market's year: the next bullet's share is of 2024's revenue
    # (129.38 ÷ 180 = 71.88%); '便利品及其他业务合计占比5.41%' names a part of its own, not 药品批发's 40.87亿 (22.71%)
    text = ("示例药房(002727):点评\n业绩表现 - 2024年营业收入180亿元 同比增长3.57% [1] 医养业务 - 2023年中国养老产业规模达12万亿元"
            "(增16.5%) 预计2035年达30万亿元 [2] 收入结构 - 医药零售业务收入129.38亿元 占比{}% 药品批发收入40.87亿元(22.71%) "
            "便利品及其他业务合计占比5.41% [3]\n")
    assert _all_verdicts(tmp_path, text.format("71.88")) == {"3.57": "unverifiable", "71.88": "consistent"}
    assert _all_verdicts(tmp_path, text.format("61.88"))["61.88"] == "mismatch"


@pytest.mark.parametrize("growth, verdict", [("5.98", "rounding"), ("6.98", "mismatch")])
def test_an_a_share_report_page_s_bullets_are_of_its_report_past_a_bullet_on_the_year_before(tmp_path, growth, verdict):
    # '示例食品(002216) - 2025 Q2 - 季度财报': an A-share company's Q2 report is its interim one, 2025H1; the bullets read
    # as one sentence are of it up to the period one names, and after a bullet on 2024H1 of it again: 3.13 on 3.33
    text = ("示例食品(002216) - 2025 Q2 - 季度财报\n示例食品(SZ:002216)2025-08-25 19:25\n\n"
            f"财务数据 - 营业收入35.68亿元同比下降2.66%[20] - 净利润为3.13亿元,同比下降{growth}%[31] - "
            "公司2025年半年度综合收益总额为2,134.20万元[178] - 公司2024年半年度综合收益总额为-5,374.34万元[184] - "
            "净利润同比下降5.9%至3.13亿元,对比去年同期3.33亿元[155]\n")
    got = _judged(tmp_path, text)
    assert got[growth] == verdict and got["5.9"] == "rounding"



@pytest.mark.parametrize("share, verdict", [("71.88", "consistent"), ("61.88", "mismatch")])
def test_a_sentence_on_a_market_s_size_carries_its_year_to_no_later_sentence(tmp_path, share, verdict):
    # '预计2035年养老产业规模达30万亿元' is the market's year: the next sentence's share is of 2024's revenue (129.38 ÷ 180)
    text = ("示例药房(002727):点评\n2024年营业收入180亿元,同比增长3.57%。预计2035年养老产业规模达30万亿元。"
            f"医药零售业务收入129.38亿元,占比{share}%。\n")
    assert _judged(tmp_path, text) == {share: verdict}


def test_a_cagr_after_a_list_of_the_years_amounts_may_be_the_growth_of_those_years(tmp_path):
    # '2025-2027年营收99.81/107.79/116.88亿元(CAGR 8.35%)': from 2025 it would be 8.21%; as the growth of the years
    # 2025–2027 it runs from 2024, whose revenue is not printed — unverifiable, not a mismatch
    text = "示例家居(002043):点评\n未来展望 - 预计2025-2027年营收99.81/107.79/116.88亿元(CAGR {}%)[11]\n"
    assert _all_verdicts(tmp_path, text.format("8.35"))["8.35"] == "unverifiable"
    assert _all_verdicts(tmp_path, text.format("8.21"))["8.21"] == "consistent"
    # a CAGR naming its own span runs from the first year it names: from 2025, 8.21%
    named = "示例家居(002043):点评\n未来展望 - 预计2025-2027年营收99.81/107.79/116.88亿元,2025-2027年CAGR为{}%[11]\n"
    assert _all_verdicts(tmp_path, named.format("8.35"))["8.35"] == "mismatch"


@pytest.mark.parametrize("margin, verdict", [("5.27", "consistent"), ("6.27", "mismatch")])
def test_a_line_net_of_nonrecurring_items_is_no_adjusted_figure(tmp_path, margin, verdict):
    # '若剔除非经常损益影响,期内公司扣非归母净利率5.27%': 扣非 is that line by its name, 3.33 ÷ 63.19
    text = ("示例家居(002043):点评\n前三季度,公司营收63.19亿元,扣非归母净利润3.33亿元。若剔除非经常损益影响,"
            f"期内公司扣非归母净利率{margin}%。\n")
    assert _judged(tmp_path, text) == {margin: verdict}


@pytest.mark.parametrize("margin, verdict", [("21.8", "consistent"), ("22.8", "mismatch")])
def test_a_data_vendor_s_page_on_one_group_its_numbered_items_and_a_day_named_in_the_last(tmp_path, margin, verdict):
    # '集团简介' over the group's results is one company's page; the items '(一)…;…(八)於2023年12月31日,…' are of the year the
    # sentence before names, a day named in a later item no period of the first ones; '毛利率下跌0.3个百分点至21.8%': 46.93 ÷ 215.24
    bars = " | " + "|" * 50
    text = (f"集团简介{bars}\n- 集团股份亦在上海证券交易所上市,编号为601865。 - 集团主要在中国生产及销售光伏玻璃。{bars}\n"
            f"业绩表现2024 | 2023 | 2022 | 2021 | 2020 {bars}\n"
            "- 按照中国会计准则,2023年度,集团营业额增长39.2%至215.24亿元(人民币;下同),股东应占溢利增长30%至27.6亿元。"
            f"年内,集团业务概况如下: (一)整体毛利增长37.5%至46.93亿元,毛利率下跌0.3个百分点至{margin}%; "
            "(八)於2023年12月31日,集团持有货币资金66.16亿元\n")
    assert _judged(tmp_path, text)[margin] == verdict


@pytest.mark.parametrize("change, verdict", [("21.15", "consistent"), ("23.15", "mismatch")])
def test_a_filing_s_title_names_its_period_and_a_change_on_the_year_before_by_its_word(tmp_path, change, verdict):
    # '坚朗五金:2024年度财务决算报告': the year of its sentences that name none; '较上年度' is the base, not a year named
    text = ("样例五金:2024年度财务决算报告\n单位:万元\n项目 | 2023年 | 2024年 |\n营业收入 | 780,154.98 | 663,758.09 |\n"
            "利润总额 | 40,971.81 | 11,908.65 |\n经营活动产生的现金流量净额 | 49,916.16 | 39,361.31 |\n"
            f"经营活动现金净流量较上年度减少{change}%,主要系销售商品收到的现金同比下降。\n")
    # 39,361.31 ÷ 49,916.16 − 1 = −21.15%
    assert _judged(tmp_path, text) == {change: verdict}


@pytest.mark.parametrize("pe, verdict", [("29.1", "consistent"), ("27.1", "mismatch")])
def test_pes_all_at_one_price_far_from_the_close_are_at_another_day_s(tmp_path, pe, verdict):
    # the cover's close 301.49; the PEs all price at about 349 (9.02 × 38.7 = 349.1, 12.00 × 29.1, 15.86 × 22.0): judged
    # against one another, the close not at all
    text = (f"样例生物(832982):点评\n当前股价(元) 301.49\n预计2025-2027年归母净利润为1038/1381/1825百万元,对应EPS分别为"
            f"9.02/12.00/15.86元/股,对应当前股价PE为38.7/{pe}/22.0倍,维持“增持”评级。\n")
    got = _all_verdicts(tmp_path, text)
    assert got["38.7"] == "unverifiable" and got[pe] == verdict and got["22.0"] == "consistent"


def test_pes_at_a_price_their_own_sentence_names_are_held_to_it(tmp_path):
    text = ("样例时代(300750):点评\n预计公司2021/2022年EPS分别为4.97/8.45元,对应公司8月25日股价530.24元,2021/2022年PE分别为"
            "123.53/72.75倍,维持“增持”评级。\n")
    # 530.24 ÷ 4.97 = 106.7, not 123.53 (both PEs are at about 614: the sentence says 530.24)
    assert _all_verdicts(tmp_path, text) == {"123.53": "mismatch", "72.75": "mismatch"}


def test_every_numbered_item_of_a_by_part_list_is_a_part(tmp_path):
    # '(2)功能性护肤品24年实现收入1.42亿元' in a sentence of its own is the second part's, not the company's revenue
    text = ("样例生物(832982):年报点评\n公司2024年实现营业收入14.43亿元(yoy+84.92%)。分业务来看:(1)医疗器械24年实现收入12.53亿元"
            "(yoy+84.37%),占比86.89%。(2)功能性护肤品24年实现收入1.42亿元(yoy+86.83%)。\n")
    got = _all_verdicts(tmp_path, text)
    assert got["86.89"] == "rounding"  # 12.53 ÷ 14.43 = 86.83%, each printed to two places
    assert "86.83" not in got  # a part's growth on a base not printed: not the company's revenue growth restated


def test_a_list_item_ends_with_its_sentence(tmp_path):
    text = ("样例公司(689009):点评\nQ3实现收入66.5亿元,归母净利润5.5亿元。分业务来看,1)Q3两轮车收入44.5亿元。"
            "2)其他产品收入6.6亿元。Q3公司归母净利率为8.3%。\n")
    assert _judged(tmp_path, text) == {"8.3": "consistent"}  # 5.5 ÷ 66.5 = 8.27%: the company's, the list over


@pytest.mark.parametrize("second, verdict", [("25.5", "consistent"), ("27.5", "mismatch")])
def test_cagrs_listed_for_the_lines_stated_in_turn(tmp_path, second, verdict):
    text = (f"样例生物(832982):深度\n2017-2022年,营业收入由1.03亿元增至3.90亿元,归母净利润由0.35亿元增至1.09亿元,"
            f"5年CAGR分别为30.5%与{second}%。\n")
    # (3.90 ÷ 1.03)^(1/5) − 1 = 30.5%; (1.09 ÷ 0.35)^(1/5) − 1 = 25.5%
    assert _judged(tmp_path, text) == {"30.5": "consistent", second: verdict}


@pytest.mark.parametrize("title, company", [
    ("【公司研究】样例建材-石膏板王者再出发防水材料行业整合加速-20200623[22页]", True),   # a download site's tag
    ("样例生物-北交所首次覆盖报告:重组胶原蛋白“小巨人”-240711(33页)", True),           # the market before the kind
    ("样例五金:2024年度财务决算报告", True),                                          # a company's own filing
    ("【研报】农林牧渔行业:养猪公司成长性兑现后周期景气上行-20200830(16页)", False),     # an industry's
    ("某某行业:2025年度财务预算报告", False),                                         # an industry named; a budget
])
def test_a_report_s_file_or_a_company_s_filing_named_in_its_title(title, company):
    from pipeline.verify.checks import is_company_report
    assert is_company_report(summary_doc("正文。", title=title, company=None, ticker=None)) is company


def test_a_note_titled_by_the_company_its_text_gives_a_code_to(tmp_path):
    # '若羽臣自有品牌转型成效分析报告' over '若羽臣(003010.SZ)作为…': the company's; the base's margin in brackets after the
    # base's amount is the base's period's (no revenue of it printed), not the half's
    text = ("样例臣自有品牌转型成效分析报告\n一、引言\n样例臣(003010.SZ)作为国内领先的消费品品牌数字化管理公司。\n"
            "2025年半年报显示,公司总收入13.19亿元。2025年半年报中,公司毛利润达7.51亿元(毛利率56.9%),"
            "较2024年同期的5.2亿元(毛利率52.3%)增长44.4%,主要得益于自有品牌的高毛利率拉动。\n")
    got = _all_verdicts(tmp_path, text)
    assert got["56.9"] == "consistent"  # 7.51 ÷ 13.19 = 56.94%
    assert got.get("52.3") in (None, "unverifiable")


@pytest.mark.parametrize("share, verdict", [("15.77", "consistent"), ("16.77", "mismatch")])
def test_an_unnamed_line_s_share_of_revenue_after_its_bracketed_growth(tmp_path, share, verdict):
    # '投资净收益36.24亿元(+14.18%),占营收15.77%': 36.24 ÷ 229.82; the title closes on the company's results read
    text = ("深耕一城也可成就优质银行——样例银行2024年财报分析\n营业收入229.82亿元(+5.89%)、归母净利润128.58亿元(+10.17%)。"
            f"投资净收益36.24亿元(+14.18%),占营收{share}%,成为第二大收入来源。\n")
    assert _judged(tmp_path, text) == {share: verdict}


def test_news_of_a_company_publishing_its_report_after_a_comma_and_its_day_word(tmp_path):
    from pipeline.verify.checks import opening_publisher
    assert opening_publisher("素有“三好生”之称的近1.4万亿级资产规模的样例银行,近日披露2025年三季度财务报告。") == "样例银行"


@pytest.mark.parametrize("move, verdict", [("5.6", "consistent"), ("6.6", "mismatch")])
def test_a_margin_move_on_a_year_before_implied_by_a_fall_said_下跌(tmp_path, move, verdict):
    # 2019: 6.55 ÷ 1.818 over 56 ÷ 0.953 = 6.13%; 2020: 6.55 ÷ 56 = 11.70% — up 5.57 points
    text = ("集团简介 | \n- 2020年度,集团营业额下跌4.7%至56亿元(人民币;下同),股东应占溢利8970万元。年内,集团业务概况如下: "
            f"(一)整体毛利增加81.8%至6.55亿元,毛利率上升{move}个百分点至11.7%;\n")
    assert _judged(tmp_path, text)[move] == verdict


def test_a_bank_s_own_lines_said_by_该行(tmp_path):
    # '该行上半年实现营业收入200.93亿元': the bank's own revenue, the whole of its 利息净收入's share (130.90 ÷ 200.93)
    text = ("样例银行(600926):点评\n8月27日晚,样例银行发布2025年半年报,该行上半年实现营业收入200.93亿元,同比增长3.90%。"
            "报告期内,样例银行实现利息净收入130.90亿元,同比增长9.38%;利息净收入占营业收入比重达到65.14%。\n")
    assert _judged(tmp_path, text)["65.14"] == "rounding"


def test_a_lead_s_verb_before_a_quarter_names_no_part(tmp_path):
    # '单季度看25Q2营业收入14.1亿元': the company's quarter, whose margin follows (1.2 ÷ 14.1 = 8.51%)
    text = ("样例面包(603866):点评\n单季度看25Q2营业收入14.1亿元同比下降13.0% 归母净利润1.2亿元同比下降31.4% [1] - "
            "25Q2归母净利率8.5%同比下降2.3个百分点 [3]\n")
    assert _judged(tmp_path, text)["8.5"] == "consistent"


@pytest.mark.parametrize("move, verdict", [("0.2", "consistent"), ("0.4", "mismatch")])
def test_a_margin_s_small_fall_微跌_and_a_level_held_持平于(tmp_path, move, verdict):
    # 2024H1's margin from the growths: 3.64 ÷ 0.911 over 682.76 ÷ 1.243 = 0.727%; now 3.64 ÷ 682.76 = 0.533%: −0.19 points
    text = ("集团简介 | \n- 截至2024年6月止半年度,集团营业额上升24.3%至682.76亿元(人民币;下同)。期内业务概况如下: "
            f"(一)整体毛利减少8.9%至3.64亿元,毛利率微跌{move}个百分点至0.5%; (二)其他毛利率持平于71%之水平;\n")
    got = _judged(tmp_path, text)
    assert got[move] == verdict and got["0.5"] == "consistent"
    text = ("集团简介 | \n- 截至2025年6月止半年度,集团营业额上升1%至1612万元。期内,集团业务概况如下: "
            "(一)整体毛利上升1.1%至1145万元,毛利率持平于71%之水平;\n")
    assert _judged(tmp_path, text)["71"] == "consistent"  # 1145 ÷ 1612 = 71.03%


@pytest.mark.parametrize("growth, verdict", [("12.88", "rounding"), ("14.88", "mismatch")])
def test_a_fall_the_press_says_缩水(tmp_path, growth, verdict):
    # '同比缩水12.88%' after '较2024年同期的46.47亿元': 40.49 ÷ 46.47 − 1 = −12.87%
    text = (f"样例面包(603866):三季报点评\n前三季度营收40.49亿元,同比缩水{growth}%,归母净利润2.98亿元。前三季度40.49亿元的营收规模,"
            "较2024年同期的46.47亿元少了近6亿元。\n")
    assert _judged(tmp_path, text)[growth] == verdict
