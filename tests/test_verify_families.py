"""verify's check families over typed company tables: a generated company report is
clean, one planted error of each family is flagged at its figure, bad bases and a
failing family never crash verify."""
from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.document import Document, Money, Quantity, Source, Table
from pipeline.ingest import read_document
from pipeline.samples_company import PLANTS, PROSE_WORDINGS, CompanySpec, TableStyle, company_report_pdf
from pipeline.verify import registry, run_families, verify


def test_clean_company_report_has_no_mismatch(company_doc):
    result = verify(company_doc)
    assert result["summary"]["mismatch"] == 0
    assert len(result["checks"]) >= 100
    families = {c["family"] for c in result["checks"]}
    assert {"totals", "growth", "margins", "valuation", "comparables", "restated", "results", "revisions",
            "market"} <= families
    cell = next(c for c in result["checks"] if c["claim"].startswith("资产总计 2025E"))
    assert cell["cell"]["row"] == "资产总计" and cell["cell"]["column"] == "2025E"


# family → the claim its planted figure gives
FLAGGED = {"totals": "资产总计 2025E", "growth": "营业收入 同比增长 2025E", "margins": "毛利率 2026E",
           "valuation": "市盈率 2026E", "comparables": "平均值 PE 2025E", "peer_pe": "乙微电子 PE 2026E", "upside": "上行空间",
           "restated": "营业收入 2025E",
           # the sentences of page 1: the figure is marked 【…】 in its sentence
           "qoq": "环比增长【", "points": "同比提升【", "cagr": "CAGR为【", "prose_growth": "同比增长21.0%/【",
           "prose_pe": "PE为98.8/【", "prose_unit": "分别为【18276】", "revision": "营业收入 2026E 变动",
           "growth_column": "营业收入 1Q25A 同比",
           # the target is printed after its multiple: it is the claim, the multiple its input
           "target_multiple": "对应目标价【", "market": "总市值",
           "eps": "每股收益 2026E",
           # the quarters' sum: the year is the claim, the quarters its inputs
           "quarters": "归母净利润 2024A",
           # page 1's fifth sentence, the reported year's results: printed only where prose names it
           "prose_items": "毛利率、净利率分别为【"}


@pytest.mark.parametrize("plant", sorted(PLANTS))
def test_one_planted_error_is_flagged_at_its_figure(plant, tmp_path):
    spec = CompanySpec(plant={plant}, target_pe=Decimal("30") if plant == "target_multiple" else None,
                       prose=(0, 0, 0, 0, 0) if plant == "prose_items" else CompanySpec().prose)
    doc = read_document(company_report_pdf(tmp_path / f"{plant}.pdf", spec))
    mismatches = [c for c in verify(doc)["checks"] if c["verdict"] == "mismatch"]
    assert any(FLAGGED[plant] in c["claim"] for c in mismatches), [c["claim"] for c in mismatches]
    # the figure, and the few figures computed from it (growth of the next year, a margin on its
    # page, and page 1's sentences that restate or grow from it)
    assert 1 <= len(mismatches) <= 8


# every way the generator can draw a table at once: ruled, shaded rows, centred figures,
# FY2025E periods, no thousands separators, minus signs, bare percentages, a bold header
# over 会计年度
OTHER_STYLE = TableStyle(ruled=True, zebra=True, align="center", period="FY{y}{ae}", thousands=False, negative="minus",
                         percent_sign=False, bold_header=True, stub="会计年度")


def test_tables_drawn_in_another_style_give_the_same_checks(company_doc, tmp_path):
    doc = read_document(company_report_pdf(tmp_path / "styled.pdf", CompanySpec(style=OTHER_STYLE)))
    styled, plain = verify(doc), verify(company_doc)
    assert styled["summary"] == plain["summary"] and styled["summary"]["mismatch"] == 0


def test_其中_rows_are_not_summed_again(company_doc, tmp_path):
    # '其中：利息费用' under 财务费用, '其中：受限资金' under 货币资金: parts of the line above them
    doc = read_document(company_report_pdf(tmp_path / "s.pdf", CompanySpec(style=TableStyle(sub_rows=True))))
    styled, plain = verify(doc), verify(company_doc)
    assert styled["summary"]["mismatch"] == 0 and len(styled["checks"]) == len(plain["checks"])


def test_an_income_statement_numbered_as_a_companys_own_gives_the_same_checks(company_doc, tmp_path):
    # '一、营业收入', '三、营业利润', '加：营业外收入', '减：所得税', '五、净利润': the numbers and sign words are
    # no part of the lines' names, so every identity and total is judged as before
    doc = read_document(company_report_pdf(tmp_path / "n.pdf", CompanySpec(style=TableStyle(numbered=True))))
    styled, plain = verify(doc), verify(company_doc)
    assert styled["summary"] == plain["summary"] and styled["summary"]["mismatch"] == 0
    assert any(c["formula"].startswith("四、利润总额 = 三、营业利润 + 加：营业外收入") for c in styled["checks"])


@pytest.mark.parametrize("header", ["metric_year", "year_metric", "metric_paren"])
def test_a_comparables_table_with_one_header_row(company_doc, tmp_path, header):
    # 'EPS 2025E', '2025E PE', 'PE(2025E)': a metric and its period in one cell, no row above
    doc = read_document(company_report_pdf(tmp_path / "c.pdf", CompanySpec(style=TableStyle(comparables_header=header))))
    got = [c for c in verify(doc)["checks"] if c["family"] == "comparables"]
    want = [c for c in verify(company_doc)["checks"] if c["family"] == "comparables"]
    # the 平均值 and 中值 rows, and each of four companies' PE from its price and EPS for two years
    assert len(got) == len(want) == 12 and all(c["verdict"] != "mismatch" for c in got)


@pytest.mark.parametrize("money", ["亿元", "万元", "千元"])
def test_amounts_in_another_unit_give_as_many_checks(company_doc, tmp_path, money):
    # 万元 and 千元 need wider columns: the statements stand one above the other, over two pages
    doc = read_document(company_report_pdf(tmp_path / "u.pdf", CompanySpec(style=TableStyle(money=money))))
    styled, plain = verify(doc), verify(company_doc)
    assert len(styled["checks"]) == len(plain["checks"]) and styled["summary"]["mismatch"] == 0
    assert {c["family"] for c in styled["checks"]} == {c["family"] for c in plain["checks"]}


@pytest.mark.parametrize("plant", ["totals", "margins", "revision", "growth_column"])
def test_a_planted_error_is_flagged_in_another_style(plant, tmp_path):
    doc = read_document(company_report_pdf(tmp_path / "p.pdf", CompanySpec(style=OTHER_STYLE, plant={plant})))
    mismatches = [c["claim"] for c in verify(doc)["checks"] if c["verdict"] == "mismatch"]
    assert any(FLAGGED[plant].replace("2025E", "FY2025E").replace("2026E", "FY2026E") in c for c in mismatches), mismatches


def test_a_forecast_marked_f_is_a_forecast(tmp_path):
    # '2026F': a per-share figure of the broker's model, not the company's own on a weighted count
    style = TableStyle(period="{y}{f}")
    doc = read_document(company_report_pdf(tmp_path / "f.pdf", CompanySpec(style=style, plant={"eps"})))
    mismatches = [c["claim"] for c in verify(doc)["checks"] if c["verdict"] == "mismatch"]
    assert "每股收益 2026F 0.61" in mismatches          # 0.56 printed 0.05 too high
    assert all("2026F" in c for c in mismatches)            # and the PE row over it: close ÷ 0.61 is not 75.9


# the plants in each of page 1's sentences (samples_company.PROSE)
SENTENCE_PLANTS = [{"qoq", "points"}, {"prose_growth", "cagr", "prose_unit"}, {"prose_pe"}, {"upside", "target_multiple"},
                   {"prose_items"}]


@pytest.mark.parametrize("sentence, wording", [(s, k) for s, n in enumerate(PROSE_WORDINGS)
                                                for k in range(0 if s == len(PROSE_WORDINGS) - 1 else 1, n)])
def test_every_wording_of_page_ones_sentences_is_read(sentence, wording, tmp_path):
    # the same figures worded as brokers word them: each planted error is still flagged, and a
    # clean copy has no mismatch
    prose = tuple(wording if i == sentence else 0 for i in range(len(PROSE_WORDINGS)))
    plants = SENTENCE_PLANTS[sentence]
    spec = CompanySpec(prose=prose, target_pe=Decimal("30"), plant=plants)
    planted = [c for c in verify(read_document(company_report_pdf(tmp_path / "p.pdf", spec)))["checks"]
               if c["verdict"] == "mismatch" and c["page"] == 1]
    assert len({c["claim"] for c in planted}) >= len(plants), [c["claim"] for c in planted]
    clean = verify(read_document(company_report_pdf(tmp_path / "c.pdf", replace(spec, plant=set()))))
    assert clean["summary"]["mismatch"] == 0


def tiny_doc(rows):
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=1, size=1))
    doc.tables.append(Table(kind="financials", page=1, source="typed", rows=rows,
                            columns=["item", "period", "value", "unit", "statement", "page"]))
    return doc


def row(item, period, printed, unit="百万元", statement="income", row_number=0, group=None):
    value = -float(printed.strip("()").replace(",", "")) if printed.startswith("(") else \
        float(printed.rstrip("%").replace(",", ""))
    return {"item": item, "period": period, "value": value, "unit": unit, "statement": statement, "page": 1,
            "printed": printed, "row": row_number, "group": group}


def test_growth_from_a_zero_base_is_unverifiable_not_a_crash():
    doc = tiny_doc([row("营业收入", "2023A", "0"), row("营业收入", "2024A", "100"),
                    row("营业收入同比", "2024A", "12%", unit="%", row_number=1)])
    checks = verify(doc)["checks"]
    growth = [c for c in checks if c["family"] == "growth"]
    assert [c["verdict"] for c in growth] == ["unverifiable"] and "zero" in growth[0]["note"]


def test_net_profit_growth_in_a_table_printing_only_the_parents_share():
    rows = [row("归属母公司净利润", "2024A", "1,530"), row("归属母公司净利润", "2025E", "1,890"),
            row("净利润增速", "2025E", "23.5%", unit="%", row_number=1)]
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"]
    assert c["verdict"] == "consistent" and "归母净利润" in c["note"]   # 1,890 ÷ 1,530 − 1
    rows[2] = row("净利润增速", "2025E", "25.5%", unit="%", row_number=1)
    assert [c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"] == ["mismatch"]


@pytest.mark.parametrize("printed, verdict", [("154.8%", "rounding"),     # (61 − (−111)) ÷ 111, as desks print it
                                               ("-155.0%", "consistent"),   # 61 ÷ (−111) − 1, as some print it
                                               ("174.8%", "mismatch")])
def test_growth_from_a_loss_is_on_the_base_s_size(printed, verdict):
    rows = [row("归母净利润", "2024A", "(111)"), row("归母净利润", "2025E", "61"),
            row("归母净利润增长率", "2025E", printed, unit="%", row_number=1)]
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"]
    assert c["verdict"] == verdict


def test_a_data_vendors_growth_over_cells_in_two_units_and_on_a_restated_base():
    # '1.27亿' over '4883.81万' in one row: 160.04%; a reported period's growth implying a base 1% from the
    # printed one is on the year before as restated (江西铜业's 营收 0.98% for −0.08%), not a mismatch;
    # one a hair away (a base 0.03% off) is a slip, and a forecast's is the broker's own
    rows = [row("归属净利润", "24-09-30", "1.27", unit="亿"), row("归属净利润", "23-09-30", "4883.81", unit="万"),
            row("归属净利润同比增长", "24-09-30", "160.04%", unit="%", row_number=1)]
    assert [c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"] == ["consistent"]
    rows = [row("营业收入", "25-09-30", "3960.47", unit="亿"), row("营业收入", "24-09-30", "3963.65", unit="亿"),
            row("营业收入同比增长", "25-09-30", "0.98%", unit="%", row_number=1)]
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"]
    assert c["verdict"] == "unverifiable" and "restates" in c["note"]
    rows[2] = row("营业收入同比增长", "25-09-30", "-0.09%", unit="%", row_number=1)   # −0.08: a slip
    assert [c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"] == ["mismatch"]
    rows = [row("营业收入", "2026E", "3960.47", unit="亿"), row("营业收入", "2025E", "3963.65", unit="亿"),
            row("营业收入同比增长", "2026E", "0.98%", unit="%", row_number=1)]
    assert [c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"] == ["mismatch"]
    # a loss year's base too, grown from on its size: 110.46% over −13.84亿 implies −13.77亿 (0.5% away); and a growth
    # of thousands of percent magnifies a small restatement: −2650.5% on 6661.28万 implies 6657.5万 (0.06%), many times
    # what one unit of its last digit moves the base by
    for now, before, growth in (("1.44", "-13.84", "110.46%"), ("-16.98", "0.666128", "-2650.5%")):
        rows = [row("净利润", "22-12-31", now, unit="亿"), row("净利润", "21-12-31", before, unit="亿"),
                row("净利润同比增长", "22-12-31", growth, unit="%", row_number=1)]
        (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "growth"]
        assert c["verdict"] == "unverifiable" and "restates" in c["note"]


def test_a_reported_years_ratio_on_a_line_the_page_does_not_print_is_unverifiable():
    # 净利率 where only 归母 is printed: years fitting 归母 may be the minority's share being small; a
    # year off by 0.01 may be on 净利润 (with the minority's share), which the page does not print
    rows = [row("营业收入", p, r) for p, r in (("25-09-30", "5003"), ("24-09-30", "4526"), ("23-09-30", "4033"))] + \
           [row("归属净利润", p, n) for p, n in (("25-09-30", "111.6"), ("24-09-30", "127.2"), ("23-09-30", "48.84"))] + \
           [row("净利率", p, v, unit="%", row_number=2) for p, v in (("25-09-30", "2.23%"), ("24-09-30", "2.81%"),
                                                                     ("23-09-30", "1.20%"))]
    found = {c["claim"]: c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "margins"}
    assert found["净利率 23-09-30 1.20%"] == "unverifiable"    # 48.84 ÷ 4033 = 1.21%
    assert found["净利率 25-09-30 2.23%"] in ("consistent", "rounding")


def test_growth_whose_base_year_is_not_printed_names_the_base():
    doc = tiny_doc([row("营业收入", "2024A", "100"), row("营业收入同比", "2024A", "12%", unit="%", row_number=1)])
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "growth"]
    assert c["verdict"] == "unverifiable" and "营业收入 of the year before 2024A" in c["note"]


def test_a_quarterly_table_with_its_growth_rows(tmp_path):
    # 环比 on the quarter before, 同比 on the same quarter a year before (never another quarter of it)
    path = tmp_path / "q.txt"
    path.write_text("单季度利润表\n| 单位：百万元 | 1Q24 | 2Q24 | 3Q24 | 4Q24 | 1Q25 |\n|---|---|---|---|---|---|\n"
                    "| 营业收入 | 3,200 | 3,400 | 3,500 | 3,700 | 3,900 |\n| 环比 | 5.0% | 6.3% | 2.9% | 5.7% | 7.4% |\n"
                    "| 同比 | 20.0% | 18.0% | 15.0% | 16.0% | 21.9% |\n", encoding="utf-8")
    found = {c["claim"]: c for c in verify(read_document(path))["checks"]}
    assert found["营业收入 2Q24 环比 6.3%"]["verdict"] == "consistent"           # 3,400 ÷ 3,200 − 1
    assert found["营业收入 1Q25 环比 7.4%"]["verdict"] == "mismatch"             # 3,900 ÷ 3,700 − 1 = 5.4%
    assert "4Q24" in found["营业收入 1Q25 环比 7.4%"]["formula"]
    assert found["营业收入 1Q24 环比 5.0%"]["verdict"] == "unverifiable"         # 4Q23 is not printed
    assert found["营业收入 同比 1Q25 21.9%"]["verdict"] == "consistent"          # on 1Q24
    assert found["营业收入 同比 2Q24 18.0%"]["verdict"] == "unverifiable"        # 2Q23 is not printed


def test_each_peers_pe_from_its_own_price_and_eps(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("可比公司估值\n| 代码 | 公司 | 收盘价(元) | EPS 2025E | PE 2025E |\n|---|---|---|---|---|\n"
                    "| 688100.SH | 甲芯科技 | 31.20 | 0.82 | 38.0 |\n| 688200.SH | 乙微电子 | 58.40 | 1.46 | 41.0 |\n"
                    "| 688300.SH | 丙晶半导体 | 22.75 | -0.10 | N.M. |\n| 0981.HK | 丁集成 | 43.00 | 0.56 | 70.7 |\n",
                    encoding="utf-8")
    found = {c["claim"]: c for c in verify(read_document(path))["checks"] if "÷" in c["formula"]}
    assert found["甲芯科技 PE 2025E 38.0"]["verdict"] == "consistent"   # 31.20 ÷ 0.82 = 38.05
    assert found["乙微电子 PE 2025E 41.0"]["verdict"] == "mismatch"     # 58.40 ÷ 1.46 = 40.0
    assert not any(k.startswith("丙晶半导体") for k in found)            # a loss: no multiple
    # a Hong Kong price over an EPS in RMB: 43.00 ÷ 0.56 = 76.8, the table's 70.7 at a rate it does not print
    assert found["丁集成 PE 2025E 70.7"]["verdict"] == "unverifiable"
    assert "two currencies" in found["丁集成 PE 2025E 70.7"]["note"]


def test_a_peers_reported_year_pe_may_be_on_its_own_eps(tmp_path):
    # 2024A: 31.20 ÷ 0.82 = 38.0, the table's 36.5 is market value ÷ profit on today's shares
    path = tmp_path / "c.txt"
    path.write_text("可比公司估值\n| 代码 | 公司 | 收盘价(元) | EPS 2024A | EPS 2025E | PE 2024A | PE 2025E |\n"
                    "|---|---|---|---|---|---|---|\n| 688100.SH | 甲芯科技 | 31.20 | 0.82 | 1.05 | 36.5 | 33.7 |\n",
                    encoding="utf-8")
    found = {c["claim"]: c["verdict"] for c in verify(read_document(path))["checks"] if "÷" in c["formula"]}
    assert found == {"甲芯科技 PE 2024A 36.5": "unverifiable", "甲芯科技 PE 2025E 33.7": "mismatch"}  # 29.7


def test_a_table_whose_reported_year_pes_are_todays_price_over_eps_judges_every_one(tmp_path):
    # the other reported years' PEs are the close over their printed EPS (27.1 = 31.20 ÷ 1.15 …): the
    # table divides today's price by each year's EPS, so 2024A's 36.5 where 31.20 ÷ 0.82 = 38.0 is wrong
    rows = [("甲芯科技", "31.20", "1.15", "0.82", "27.1", "36.5"), ("乙微电子", "58.40", "1.21", "1.46", "48.3", "40.0"),
            ("丙晶半导体", "22.75", "0.91", "0.65", "25.0", "35.0")]
    path = tmp_path / "c.txt"
    path.write_text("可比公司估值\n| 公司 | 收盘价(元) | EPS 2023A | EPS 2024A | PE 2023A | PE 2024A |\n|---|---|---|---|---|---|\n"
                    + "".join(f"| {' | '.join(r)} |\n" for r in rows), encoding="utf-8")
    found = {c["claim"]: c for c in verify(read_document(path))["checks"] if "÷" in c["formula"]}
    assert found["甲芯科技 PE 2024A 36.5"]["verdict"] == "mismatch"
    assert "other reported-year" in found["甲芯科技 PE 2024A 36.5"]["note"]
    assert {c["verdict"] for k, c in found.items() if not k.startswith("甲芯科技 PE 2024A")} == {"consistent"}


def test_a_statement_that_omits_rows_is_unverifiable_not_a_mismatch():
    rows = [row("货币资金", "2024A", "100", statement="balance", row_number=0),
            row("存货", "2024A", "50", statement="balance", row_number=1),
            row("流动资产合计", "2024A", "200", statement="balance", row_number=2),
            row("固定资产", "2024A", "300", statement="balance", row_number=3),
            row("其他", "2024A", "20", statement="balance", row_number=4),
            row("非流动资产合计", "2024A", "320", statement="balance", row_number=5)]
    checks = {c["claim"].split()[0]: c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"}
    assert checks["流动资产合计"]["verdict"] == "unverifiable" and "unlisted rows" in checks["流动资产合计"]["note"]
    assert checks["非流动资产合计"]["verdict"] == "consistent"


YEARS = ("2024A", "2025E", "2026E", "2027E")


def _totals_by_year(statement: str, parts: list[tuple[str, tuple]], total: str, printed: dict[str, str]):
    """The totals checks, by year, of a one-section statement over YEARS: `parts` are
    (item, its printed figure each year), `printed` the total as printed each year."""
    rows = []
    for k, period in enumerate(YEARS):
        rows += [row(item, period, figures[k], statement=statement, row_number=i) for i, (item, figures) in enumerate(parts)]
        rows.append(row(total, period, printed[period], statement=statement, row_number=len(parts)))
    return {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"]
            if c["family"] == "totals" and c["claim"].startswith(total)}


def _sections(current: dict[str, str]):
    """A balance sheet with no 其他 row; `current` the printed 流动资产合计 by year."""
    return _totals_by_year("balance", [("货币资金", ("100", "110", "120", "130")), ("存货", ("50", "60", "70", "80"))],
                           "流动资产合计", current)


def test_a_later_forecast_year_whose_rows_add_up_in_another_is_complete():
    right = {"2024A": "150", "2025E": "170", "2026E": "190", "2027E": "210"}
    checks = _sections({**right, "2027E": "220"})
    assert checks["2027E"]["verdict"] == "mismatch" and "2026E" in checks["2027E"]["note"]
    assert checks["2026E"]["verdict"] == "consistent"
    # the reported year, and the current year (its reported quarters in it), may carry a line
    # of their own that year: unverifiable however the later years add up
    assert _sections({**right, "2024A": "160"})["2024A"]["verdict"] == "unverifiable"
    assert _sections({**right, "2025E": "180"})["2025E"]["verdict"] == "unverifiable"
    # no later year adds up: the rows may be left out every year
    both = _sections({**right, "2026E": "200", "2027E": "220"})
    assert both["2026E"]["verdict"] == both["2027E"]["verdict"] == "unverifiable"


def _bank_assets(loans_net: tuple = ("950", "1040", "1135", "1230")):
    """A bank's assets: 贷款净额 sums 贷款总额 and its provision (printed negative) without a
    合计 in its name; 资产总计 sums 贷款净额 and the rows below it, not the loans again."""
    return _totals_by_year("balance", [("贷款总额", ("1000", "1100", "1200", "1300")),
                                       ("贷款减值准备", ("(50)", "(60)", "(65)", "(70)")),
                                       ("贷款净额", loans_net), ("投资类资产", ("400", "420", "440", "460")),
                                       ("其他资产", ("30", "35", "40", "45"))],
                           "资产总计", {"2024A": "1380", "2025E": "1495", "2026E": "1615", "2027E": "1735"})


def test_a_row_that_sums_the_rows_above_it_unmarked_is_a_subtotal():
    assert {y: c["verdict"] for y, c in _bank_assets().items()} == dict.fromkeys(YEARS, "consistent")
    # one year's 贷款净额 off by 10 (1,145 for 1,135): that row is the mismatch, the years it
    # adds up in saying it is a subtotal
    doc_rows = []
    for k, period in enumerate(YEARS):
        figures = [("贷款总额", ("1000", "1100", "1200", "1300")), ("贷款减值准备", ("(50)", "(60)", "(65)", "(70)")),
                   ("贷款净额", ("950", "1040", "1145", "1230"))]
        doc_rows += [row(item, period, f[k], statement="balance", row_number=i) for i, (item, f) in enumerate(figures)]
    checks = {c["claim"].split()[1]: c for c in verify(tiny_doc(doc_rows))["checks"]
              if c["family"] == "totals" and c["claim"].startswith("贷款净额")}
    assert checks["2026E"]["verdict"] == "mismatch" and checks["2025E"]["verdict"] == "consistent"
    # rows of zeros add up every year by coincidence: no subtotal is read from them
    zeros = [row(item, period, "0", statement="balance", row_number=i)
             for period in YEARS for i, item in enumerate(("其他应收款", "应收利息", "应收股利"))]
    assert not [c for c in verify(tiny_doc(zeros))["checks"] if c["family"] == "totals"]


def _hong_kong_summary(tmp_path, payout_2022="35.2%", net_current_2024="200"):
    path = tmp_path / "summary.txt"
    path.write_text("截至12月31日止(百万港元) | 2024 | 2023 | 2022 |\n"
                    "收入 | 9,000 | 8,500 | 8,000 |\n"
                    "息税折旧及摊销前营业利润 | 2,000 | 1,900 | 1,800 |\n"
                    "折旧及摊销 | (700) | (650) | (600) |\n"
                    "息税前营业利润 | 1,300 | 1,250 | 1,200 |\n"
                    "财务成本 | (100) | (90) | (80) |\n"
                    "除税前盈利 | 1,200 | 1,160 | 1,120 |\n"
                    "利得税支出 | (200) | (190) | (180) |\n"
                    "年度盈利 | 1,000 | 970 | 940 |\n"
                    "每股盈利(港仙) | 25.00 | 24.25 | 23.50 |\n"
                    "每股中期股息(港仙) | 4.00 | 4.00 | 3.80 |\n"
                    "建议每股末期股息(港仙) | 5.00 | 4.50 | 4.50 |\n"
                    "全年每股派息(港仙) | 9.00 | 8.50 | 8.30 |\n"
                    f"派息率 | 36.0% | 35.1% | {payout_2022} |\n"
                    "(百万港元) | 于31/12/2024 | 于31/12/2023 | 于31/12/2022 |\n"
                    "非流动资产 | 5,000 | 4,800 | 4,600 |\n"
                    "流动资产 | 1,500 | 1,400 | 1,300 |\n"
                    "流动负债 | (1,300) | (1,250) | (1,200) |\n"
                    f"流动资产净值 | {net_current_2024} | 150 | 100 |\n", encoding="utf-8")
    return {c["claim"]: c for c in run_families(read_document(path))[0]}


def test_a_hong_kong_summarys_steps_from_ebitda_to_the_years_profit(tmp_path):
    # under '截至12月31日止' (a company's own results, not a forecast): each step down from EBITDA is the row
    # above it less the line between, printed in brackets; the full year's dividend is the interim's and the final's
    checks = _hong_kong_summary(tmp_path)
    for claim in ("息税前营业利润 2024 1300", "除税前盈利 2023 1160", "年度盈利 2022 940", "全年每股派息(港仙) 2024 9.00"):
        assert checks[claim]["verdict"] == "consistent", claim
    # the balances under '于31/12/2024': net current assets, current liabilities printed in brackets
    assert checks["流动资产净值 于31/12/2023 150"]["verdict"] == "consistent"
    assert _hong_kong_summary(tmp_path, net_current_2024="210")["流动资产净值 于31/12/2024 210"]["verdict"] == "mismatch"


@pytest.mark.parametrize("payout, verdict", [("35.3%", "consistent"), ("35.2%", "unverifiable"), ("37.3%", "mismatch")])
def test_a_reported_years_payout_over_its_dps_and_eps(tmp_path, payout, verdict):
    # 8.30 ÷ 23.50 = 35.32%: a reported year's 35.2% is the company's dividends over its profit, on share
    # counts the page does not print (the EPS's weighted, the dividend's at payment) — not an error; 2% off is one
    checks = _hong_kong_summary(tmp_path, payout_2022=payout)
    assert checks[f"派息率 2022 {payout}"]["verdict"] == verdict
    assert checks["派息率 2024 36.0%"]["verdict"] == "consistent"


def _data_site_page(tmp_path, net_2023="1,640"):
    # a Hong Kong data site's income rows run onto a line with no header (columns by place), '--' for nothing
    path = tmp_path / "flat.txt"
    path.write_text("營業額 / 收益 | 9,000 | 8,500 | 8,000 | 7,500 | 銷售成本 | (6,000) | (5,600) | (5,400) | (5,000) | | "
                    "毛利 | 3,000 | 2,900 | 2,600 | 2,500 | | 除稅前溢利 / (虧損) | 2,000 | 1,900 | 1,700 | 1,600 | "
                    "稅項 | (300) | (260) | (250) | (240) | 已終止經營業務溢利 / (虧損) | -- | -- | -- | -- | "
                    "非控股權益 | 0 | 0 | 0 | 0 | 其他項目 | -- | -- | (50) | -- | | "
                    f"股東應佔溢利 / (虧損) | 1,700 | {net_2023} | 1,400 | 1,360 |\n", encoding="utf-8")
    return {c["claim"]: c for c in run_families(read_document(path))[0] if c["family"] == "totals"}


def test_a_row_summing_the_rows_above_it_where_some_print_nothing(tmp_path):
    # the parent's profit is the profit before tax, the tax, and lines printed '--' (nothing) or 0 in every year:
    # still the sum of the rows above it, each year judged — an edit of a year is that year's mismatch
    checks = _data_site_page(tmp_path)
    assert [checks[f"股东应占溢利 / (亏损) 第{k}列 {v}"]["verdict"] for k, v in ((1, 1700), (2, 1640), (3, 1400), (4, 1360))] \
        == ["consistent"] * 4
    assert checks["毛利 第2列 2900"]["verdict"] == "consistent"
    assert _data_site_page(tmp_path, net_2023="1,650")["股东应占溢利 / (亏损) 第2列 1650"]["verdict"] == "mismatch"


def test_a_total_printed_before_the_rows_it_sums_unmarked():
    # a bank's 营业收入 and 营业支出 each over their lines; 营业利润 = 营业收入 − 营业支出
    lines = [("营业收入", (65105, 67394, 69200, 73400)), ("利息净收入", (46425, 47114, 49200, 52700)),
             ("手续费及佣金净收入", (12450, 11870, 12100, 12600)), ("其他非息收入", (6230, 8410, 7900, 8100)),
             ("营业支出", (39794, 41011, 41213, 42830)), ("税金及附加", (716, 740, 761, 807)),
             ("业务及管理费", (20178, 20871, 21452, 22723)), ("信用减值损失", (18900, 19400, 19000, 19300)),
             ("营业利润", (25311, 26383, 27987, 30570))]
    rows = [row(n, y, f"{v:,}", row_number=i) for i, (n, vs) in enumerate(lines) for y, v in zip(YEARS, vs)]
    verdicts = {}
    for c in verify(tiny_doc(rows))["checks"]:
        verdicts.setdefault(c["formula"], set()).add(c["verdict"])
    assert verdicts == {"营业收入 = 利息净收入 + 手续费及佣金净收入 + 其他非息收入": {"consistent"},
                        "营业支出 = 税金及附加 + 业务及管理费 + 信用减值损失": {"consistent"},
                        "营业利润 = 营业收入 − 营业支出": {"consistent"}}
    # a total printed first never reaches over a profit (利润总额 = 所得税 + 净利润 is an identity turned round)
    rows = [row(n, y, v, row_number=i) for i, (n, vs) in enumerate([("利润总额", ("1,000", "1,100", "1,200", "1,300")),
                                                                     ("所得税", ("150", "165", "180", "195")),
                                                                     ("净利润", ("850", "935", "1,020", "1,105"))])
            for y, v in zip(YEARS, vs)]
    assert [c["formula"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"] == ["净利润 = 利润总额 − 所得税"] * 4


def test_a_row_that_only_equals_the_rows_above_it_is_no_subtotal():
    # a forecast model's 应付票据 set to 短期借款 + 应付账款 every year: the section's total counts
    # all three, so it is a line of its own — its total is judged, and no check is made of it
    for name in ("应付票据", "其他流动负债"):
        checks = _totals_by_year("balance", [("短期借款", ("100", "110", "120", "130")), ("应付账款", ("50", "60", "70", "80")),
                                             (name, ("150", "170", "190", "210"))],
                                 "流动负债合计", {"2024A": "300", "2025E": "340", "2026E": "380", "2027E": "420"})
        assert {y: c["verdict"] for y, c in checks.items()} == dict.fromkeys(YEARS, "consistent")
        assert all(c["formula"] == f"流动负债合计 = 短期借款 + 应付账款 + {name}" for c in checks.values())


def _with_a_financial_arm(total_cost_2026=None):
    """A CAS income statement of a company with a financial arm: 营业总收入 over 营业收入 and
    利息收入, 营业总成本 over the costs, then the other lines down to 营业利润."""
    years = ("2024A", "2025E", "2026E", "2027E")
    lines = {"营业收入": (4070, 4400, 4750, 5100), "利息收入": (32, 34, 36, 38), "营业成本": (3050, 3280, 3530, 3780),
             "利息支出": (6, 6, 7, 7), "税金及附加": (22, 24, 26, 28), "销售费用": (320, 340, 360, 380),
             "管理费用": (130, 140, 150, 160), "研发费用": (140, 150, 160, 170), "财务费用": (-45, -40, -40, -40),
             "其他收益": (12, 12, 12, 12), "投资收益": (20, 20, 20, 20)}
    total_revenue = [a + b for a, b in zip(lines["营业收入"], lines["利息收入"])]
    total_cost = [sum(v) for v in zip(*(lines[n] for n in ("营业成本", "利息支出", "税金及附加", "销售费用", "管理费用",
                                                           "研发费用", "财务费用")))]
    profit = [r - c + o + i for r, c, o, i in zip(total_revenue, total_cost, lines["其他收益"], lines["投资收益"])]
    printed_cost = list(total_cost)
    if total_cost_2026 is not None:
        printed_cost[2] = total_cost_2026
    order = [("营业总收入", total_revenue), ("营业收入", None), ("利息收入", None), ("营业总成本", printed_cost)] + \
            [(n, None) for n in ("营业成本", "利息支出", "税金及附加", "销售费用", "管理费用", "研发费用", "财务费用",
                                 "其他收益", "投资收益")] + [("营业利润", profit)]
    rows = []
    for i, (name, values) in enumerate(order):
        for year, v in zip(years, values or lines[name]):
            rows.append(row(name, year, f"({-v:,})" if v < 0 else f"{v:,}", row_number=i))
    return [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"]


def test_a_cas_total_counts_for_the_lines_it_groups():
    checks = _with_a_financial_arm()
    assert {c["verdict"] for c in checks} == {"consistent"}
    by_line = {}
    for c in checks:
        by_line.setdefault(c["claim"].split()[0], []).append(c)
    assert len(by_line["营业利润"]) == len(by_line["营业总收入"]) == len(by_line["营业总成本"]) == 4
    assert "营业总成本" in by_line["营业利润"][0]["formula"] and "营业成本" not in by_line["营业利润"][0]["formula"]
    # a forecast year's 营业总成本 10 off: its own lines and 营业利润 both say so
    edited = [c for c in _with_a_financial_arm(total_cost_2026=4203) if c["verdict"] == "mismatch"]
    assert {c["claim"].split()[:2][0] for c in edited} == {"营业总成本", "营业利润"}


def _company_statement(minority_first="3", parent_first="1,400"):
    """A company's own income statement (CAS): numbered lines, sign words, 其中 opening
    营业总成本's parts, two periods as its results print them."""
    lines = [("一、营业总收入", ("10,000", "9,000")), ("其中：营业收入", ("10,000", "9,000")),
             ("二、营业总成本", ("8,500", "7,700")), ("其中：营业成本", ("6,000", "5,500")),
             ("税金及附加", ("100", "90")), ("销售费用", ("800", "700")), ("管理费用", ("700", "650")),
             ("研发费用", ("850", "700")), ("财务费用", ("50", "60")), ("其中：利息费用", ("40", "45")),
             ("加：其他收益", ("120", "100")), ("投资收益（损失以“－”号填列）", ("80", "60")),
             ("信用减值损失（损失以“－”号填列）", ("(30)", "(20)")),
             ("三、营业利润（亏损以“－”号填列）", ("1,670", "1,440")), ("加：营业外收入", ("20", "10")),
             ("减：营业外支出", ("10", "20")), ("四、利润总额（亏损总额以“－”号填列）", ("1,680", "1,430")),
             ("减：所得税费用", ("250", "210")), ("五、净利润（净亏损以“－”号填列）", ("1,430", "1,220")),
             ("归属于母公司所有者的净利润", (parent_first, "1,200")), ("少数股东损益", (minority_first, "20"))]
    rows = [row(name, period, figures[k], row_number=i) for i, (name, figures) in enumerate(lines)
            for k, period in enumerate(("2024", "2023"))]
    return [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"]


def test_a_companys_own_statement_numbers_its_lines_and_opens_a_total_with_其中():
    checks = {(c["claim"].split()[0], c["claim"].split()[1]): c for c in _company_statement(minority_first="30")}
    assert {c["verdict"] for c in checks.values()} == {"consistent"}
    cost = checks[("二、营业总成本", "2024")]
    # 其中：营业成本 is 营业总成本's first part; 其中：利息费用, a part of 财务费用, is summed no more
    assert cost["formula"] == "二、营业总成本 = 其中：营业成本 + 税金及附加 + 销售费用 + 管理费用 + 研发费用 + 财务费用"
    assert checks[("四、利润总额（亏损总额以“－”号填列）", "2023")]["formula"].startswith("四、利润总额（亏损总额以“－”号填列） = 三、营业利润")
    assert ("五、净利润（净亏损以“－”号填列）", "2024") in checks and ("归属于母公司所有者的净利润", "2024") in checks


def test_a_net_profit_its_table_steps_down_to_is_the_whole_companys():
    # 净利润 printed equal to 归母 while 少数股东损益 is 30: a summary table's 净利润 may be the parent's
    # share, but this one is 利润总额 less 所得税 in its own table, so 归母 = 净利润 − 少数 does not hold
    parent = [c for c in _company_statement(minority_first="30", parent_first="1,430")
              if c["claim"].startswith("归属于母公司所有者的净利润 2024")]
    assert [c["verdict"] for c in parent] == ["mismatch"]


REPORTS = ("2024年中报", "2023年年报", "2023年中报", "2022年年报")


def _data_site_statement(cost_first="8,500", tax_first="250", periods=REPORTS):
    """A data site's income statement: reported periods only, CAS lines, no minority's share."""
    lines = [("一、营业总收入", "10,000"), ("营业收入", "10,000"), ("二、营业总成本", "8,500"), ("营业成本", "6,000"),
             ("研发费用", "850"), ("营业税金及附加", "100"), ("销售费用", "800"), ("管理费用", "700"),
             ("财务费用", "50"), ("三、营业利润", "1,670"), ("加:营业外收入", "20"), ("减:营业外支出", "10"),
             ("四、利润总额", "1,680"), ("减:所得税费用", "250"), ("五、净利润", "1,430"),
             ("归属于母公司股东的净利润", "1,430")]
    rows = []
    for k, period in enumerate(periods):
        for i, (name, printed) in enumerate(lines):
            if k == 0 and name == "二、营业总成本":
                printed = cost_first
            if k == 0 and name == "减:所得税费用":
                printed = tax_first
            rows.append(row(name, period, printed, unit="元", row_number=i))
    return [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals" and c["claim"].split()[1] == periods[0]]


def test_a_reported_periods_total_whose_rows_add_up_exactly_in_two_others_is_complete():
    cost = [c for c in _data_site_statement(cost_first="8,600") if c["claim"].startswith("二、营业总成本")]
    assert [c["verdict"] for c in cost] == ["mismatch"] and "exactly in 2023年年报, 2023年中报, 2022年年报" in cost[0]["note"]
    # one other period to go by is too little: the rows may leave a line of that period out
    cost = [c for c in _data_site_statement(cost_first="8,600", periods=REPORTS[:2])
            if c["claim"].startswith("二、营业总成本")]
    assert [c["verdict"] for c in cost] == ["unverifiable"]


def test_a_net_profit_row_that_steps_down_in_other_periods_is_the_whole_companys():
    # 所得税 edited in one period: 净利润 (equal to 归母, no minority's line) no longer steps down from
    # 利润总额 that period, but its row does in the others, so it is no parent's share in disguise
    net = [c for c in _data_site_statement(tax_first="260") if c["claim"].startswith("五、净利润")]
    assert [c["verdict"] for c in net] == ["mismatch"]
    # one period alone: a minority's share printed as 0 says 净利润 equal to 归母 is the whole company's
    rows = [row(name, "2024", printed, row_number=i) for i, (name, printed) in enumerate(
        [("利润总额", "1,680"), ("所得税", "260"), ("净利润", "1,430"), ("少数股东损益", "0"), ("归母净利润", "1,430")])]
    net = [c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("净利润")]
    assert [c["verdict"] for c in net] == ["mismatch"]
    rows[3] = row("少数股东损益", "2024", "30", row_number=3)  # a summary table's 净利润 may be the parent's share
    assert [c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("净利润")] == ["unverifiable"]


def test_a_banks_income_statement_lines():
    lines = [("利息收入", "1,000"), ("利息支出", "600"), ("净利息收入", "400"), ("手续费及佣金净收入", "100"),
             ("营业收入", "500"), ("营业支出", "300"), ("营业利润", "200")]
    rows = [row(item, "2025E", printed, row_number=i) for i, (item, printed) in enumerate(lines)]
    checks = {c["formula"]: c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"}
    assert checks["净利息收入 = 利息收入 − 利息支出"] == "consistent"
    assert checks["营业利润 = 营业收入 − 营业支出"] == "consistent"
    rows[2] = row("净利息收入", "2025E", "410", row_number=2)
    checks = {c["formula"]: c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"}
    assert checks["净利息收入 = 利息收入 − 利息支出"] == "mismatch"


def _cash(change: dict[str, str]):
    return _totals_by_year("cashflow", [("经营活动现金流", ("500", "520", "540", "560")),
                                        ("投资活动现金流", ("(300)", "(310)", "(320)", "(330)")),
                                        ("筹资活动现金流", ("(100)", "(90)", "(80)", "(70)"))], "现金净增加额", change)


def test_cash_flow_without_its_fx_line_is_judged_in_later_forecast_years():
    right = {"2024A": "100", "2025E": "120", "2026E": "140", "2027E": "160"}
    checks = _cash({**right, "2026E": "150", "2024A": "97", "2025E": "131"})
    assert checks["2026E"]["verdict"] == "mismatch" and "2027E" in checks["2026E"]["note"]
    # a reported year and the current year carry the exchange-rate effect the table leaves out
    assert checks["2024A"]["verdict"] == checks["2025E"]["verdict"] == "unverifiable"
    assert "fx" in checks["2025E"]["note"]
    # but no exchange-rate effect is a tenth of the flows: 220 where the flows give 120
    far = _cash({**right, "2025E": "220"})["2025E"]
    assert far["verdict"] == "mismatch" and "no such line" in far["note"]


def test_a_total_of_rounded_parts_off_by_one_is_rounding():
    rows = [row("货币资金", "2024A", "101", statement="balance", row_number=0),
            row("其他", "2024A", "50", statement="balance", row_number=1),
            row("流动资产合计", "2024A", "152", statement="balance", row_number=2)]
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"]
    assert c["verdict"] == "rounding"


def test_a_family_that_fails_is_a_warning_and_the_others_still_run(company_doc, monkeypatch):
    def broken(doc):
        raise ZeroDivisionError("boom")
    monkeypatch.setattr(registry, "FAMILIES", [("broken", broken)] + registry.FAMILIES)
    import pipeline.verify as v
    monkeypatch.setattr(v, "FAMILIES", registry.FAMILIES)
    result = verify(company_doc)
    assert result["warnings"][0]["family"] == "broken" and result["warnings"][0]["code"] == "W012"
    assert result["summary"]["consistent"] > 50


def _bvps_checks(years):
    """每股净资产 checks of a table printing, per (period, equity, shares, BVPS), the three rows."""
    rows = []
    for period, equity, shares, bvps in years:
        rows += [row("归属母公司股东权益", period, equity, statement="balance", row_number=0),
                 row("最新发行在外股份", period, shares, unit="百万股", statement="ratios", row_number=1),
                 row("每股净资产", period, bvps, unit="元", statement="ratios", row_number=2)]
    return {c["claim"]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("每股净资产")}


def _bvps_doc(printed_2024a: str, printed_2025e: str):
    return _bvps_checks([("2024A", "148191", "7986", printed_2024a), ("2025E", "156000", "7986", printed_2025e),
                         ("2026E", "165000", "7986", "20.66")])


def test_a_reported_years_per_share_figure_on_an_unprinted_share_base_is_unverifiable():
    # 148,191 ÷ 7,986 = 18.556: a reported year printed 18.58 was computed on the company's
    # own share count; a forecast year the report computed itself must reproduce
    checks = _bvps_doc("18.58", "19.53")
    assert checks["每股净资产 2024A 18.58"]["verdict"] == "unverifiable"
    assert "share count" in checks["每股净资产 2024A 18.58"]["note"]
    assert checks["每股净资产 2025E 19.53"]["verdict"] in ("consistent", "rounding")
    assert _bvps_doc("18.56", "19.63")["每股净资产 2025E 19.63"]["verdict"] == "mismatch"  # 0.5% off, forecast
    assert _bvps_doc("19.58", "19.53")["每股净资产 2024A 19.58"]["verdict"] == "mismatch"  # 5.5% off: an error


def _pe_doc(pes):
    """归母净利润 and a PE row for five years; PE printed to two decimals."""
    years = ["2023A", "2024A", "2025E", "2026E", "2027E"]
    profits = ["5,000", "6,000", "7,200", "8,640", "10,368"]
    rows = [row("归母净利润", y, p, row_number=0) for y, p in zip(years, profits)]
    rows += [row("市盈率", y, pe, unit="倍", statement="valuation", row_number=1) for y, pe in zip(years, pes)]
    return tiny_doc(rows)


def test_a_pe_row_from_the_net_profit_is_one_market_value():
    # 100,000 (百万元) of market value over each year's profit: 20.00 16.67 13.89 11.57 9.65
    pes = ["20.00", "16.67", "13.89", "11.57", "9.65"]
    checks = [c for c in verify(_pe_doc(pes))["checks"] if c["formula"].startswith("PE = market value")]
    # the forecast years judged against each other, then the reported years against them
    assert [c["claim"].split()[1] for c in checks] == ["2025E", "2026E", "2027E", "2023A", "2024A"]
    assert {c["verdict"] for c in checks} <= {"consistent", "rounding"}
    # a 0.7% edit of one year, inside what a two-decimal EPS would allow, stands out here
    edited = pes[:2] + ["13.99"] + pes[3:]
    checks = [c for c in verify(_pe_doc(edited))["checks"] if c["formula"].startswith("PE = market value")]
    assert [c["reported"] for c in checks if c["verdict"] == "mismatch"] == [13.99]


@pytest.mark.parametrize("pe_2024a, verdict", [("16.67", "consistent"), ("16.75", "unverifiable"),
                                               ("18.67", "mismatch")])
def test_a_reported_years_pe_may_be_on_its_own_diluted_eps_but_not_far_off(pe_2024a, verdict):
    # 16.75 is 0.5% off the forecasts' market value (the year's own weighted share count); 18.67, 12%
    # (more than a placement or a conversion moves a share count)
    pes = ["20.00", pe_2024a, "13.89", "11.57", "9.65"]
    (c,) = [c for c in verify(_pe_doc(pes))["checks"] if c["claim"].startswith("市盈率 2024A")
            and c["formula"].startswith("PE = market value")]
    assert c["verdict"] == verdict


def test_a_pe_row_from_a_rounded_eps_gives_no_market_value_check():
    # each year divided by an EPS rounded to 0.01 on 100 shares: no one market value
    pes = ["20.00", "16.95", "13.89", "11.49", "9.62"]
    assert not [c for c in verify(_pe_doc(pes))["checks"] if c["formula"].startswith("PE = market value")]


def _eps_pe_doc(eps, pes, close=42.5):
    from pipeline.document import Money

    years = ["2023A", "2024A", "2025E", "2026E", "2027E"]
    rows = [row("每股收益", y, e, unit="元", statement="valuation", row_number=0) for y, e in zip(years, eps)]
    rows += [row("市盈率", y, pe, unit="倍", statement="valuation", row_number=1) for y, pe in zip(years, pes)]
    doc = tiny_doc(rows)
    doc.meta.price = Money(value=close, currency="CNY")
    return {c["claim"]: c for c in verify(doc)["checks"] if c["family"] == "valuation" and "市盈率" in c["claim"]}


def test_a_pe_row_over_the_printed_eps_is_judged_to_its_last_digit():
    # 42.5 ÷ 0.32, 0.30, 0.43, 0.56, 0.67: the report divides the EPS as printed
    eps, pes = ["0.32", "0.30", "0.43", "0.56", "0.67"], ["132.8", "141.7", "98.8", "75.9", "63.4"]
    assert {c["verdict"] for c in _eps_pe_doc(eps, pes).values()} <= {"consistent", "rounding"}
    # 98.9 is within what PE × a two-decimal EPS allows (97.7–100.0), not 42.5 ÷ 0.43 = 98.84
    checks = _eps_pe_doc(eps, pes[:2] + ["98.9"] + pes[3:])
    assert checks["市盈率 2025E 98.9"]["verdict"] == "mismatch" and "(as printed)" in checks["市盈率 2025E 98.9"]["formula"]


def test_a_pe_row_over_the_printed_eps_is_judged_at_any_price_the_other_years_allow_exactly():
    # 60.0024 ÷ 0.45, 1.38, 0.90 (an HKD close at a rate) = 133.3, 43.5, 66.7; 43.5 × 1.38 = 60.03 also
    # makes the other years exact, but 60.03 ÷ 0.45 = 133.4: the price is an interval, not one product
    eps, pes = ["0.90", "0.95", "0.45", "1.38", "0.90"], ["66.7", "63.2", "133.3", "43.5", "66.7"]
    checks = _eps_pe_doc(eps, pes, close=99.99)
    assert checks["市盈率 2025E 133.3"]["verdict"] == "consistent"
    # still one digit off: 133.6 is outside every price the others allow (59.99–60.08 ÷ 0.45)
    checks = _eps_pe_doc(eps, pes[:2] + ["133.6"] + pes[3:], close=99.99)
    assert checks["市盈率 2025E 133.6"]["verdict"] == "mismatch"


def test_a_pe_row_in_rmb_over_an_hkd_close_is_judged_at_the_close_at_the_printed_rate():
    from pipeline.document import Money, Page

    years = ["2023A", "2024A", "2025E", "2026E", "2027E"]
    eps, pes = ["0.90", "0.95", "0.45", "1.38", "0.90"], ["66.7", "63.2", "133.3", "43.5", "66.7"]
    rows = [row("每股收益", y, e, unit="元", statement="valuation", row_number=0) for y, e in zip(years, eps)]
    rows += [row("市盈率", y, pe, unit="倍", statement="valuation", row_number=1) for y, pe in zip(years, pes)]
    doc = tiny_doc(rows)
    doc.meta.price = Money(value=65.22, currency="HKD")
    doc.pages.append(Page(number=1, text="注：股价为港元，盈利预测为人民币，汇率按1港元=0.92人民币换算。"))
    checks = {c["claim"]: c for c in verify(doc)["checks"] if c["family"] == "valuation" and "市盈率" in c["claim"]}
    c = checks["市盈率 2025E 133.3"]
    assert c["verdict"] == "consistent" and c["inputs"]["price"] == 60.0024  # 65.22 × 0.92


def test_an_integer_pe_row_is_not_judged_against_the_printed_eps():
    # integer multiples are exact at a price by chance one year in four: no exact test
    eps, pes = ["0.32", "0.30", "0.43", "0.56", "0.67"], ["133", "142", "99", "76", "63"]
    checks = _eps_pe_doc(eps, pes[:2] + ["98"] + pes[3:])
    assert not any("(as printed)" in c["formula"] for c in checks.values())
    assert checks["市盈率 2025E 98"]["verdict"] != "mismatch"


def test_a_close_above_the_target_gives_a_negative_upside():
    from pipeline.document import Money, Page

    doc = tiny_doc([])
    doc.meta.price, doc.meta.target_price = Money(value=60.0, currency="CNY"), Money(value=55.0, currency="CNY")
    doc.pages.append(Page(number=1, text="给予目标价55.00元，较当前股价有-8.3%的上行空间。"))
    (c,) = [c for c in verify(doc)["checks"] if c["formula"].startswith("(target")]
    assert c["reported"] == -8.3 and c["verdict"] in ("consistent", "rounding")


def test_upside_from_an_rmb_target_over_an_hkd_close_at_the_printed_rate():
    from pipeline.document import Money, Page

    doc = tiny_doc([])
    # HKD 50.00 × 0.92 = RMB 46.00; 55.20 ÷ 46.00 − 1 = 20.0%
    doc.meta.price, doc.meta.target_price = Money(value=50.0, currency="HKD"), Money(value=55.2, currency="CNY")
    doc.pages.append(Page(number=1, text="目标价55.20元，较现价有20.0%的上行空间（汇率：1港元=0.92人民币）。"))
    (c,) = [c for c in verify(doc)["checks"] if c["formula"].startswith("(target")]
    assert c["verdict"] == "consistent" and c["inputs"]["rate"] == 0.92
    doc.pages[0] = Page(number=1, text="目标价55.20元，较现价有20.0%的上行空间。")
    (c,) = [c for c in verify(doc)["checks"] if c["formula"].startswith("(target")]
    assert c["verdict"] == "unverifiable" and "needs a rate" in c["note"]


def _cover_and_sentence(tmp_path, sentence):
    from pipeline.ingest import read_document

    path = tmp_path / "r.txt"
    path.write_text("山河酒业(600999.SH)：年报点评\n东海证券 2025年4月30日\n投资评级：买入（维持）\n"
                    "目标价：96.00元\n当前价格：80.00元\n\n" + sentence + "\n", encoding="utf-8")
    return verify(read_document(path))["checks"]


def test_upside_from_the_target_and_close_its_own_sentence_prints(tmp_path):
    # 94.50 ÷ 75.00 − 1 = 26.0%: the sentence's own target and close, not the cover's 96 and 80
    checks = _cover_and_sentence(tmp_path, "给予目标价94.50元，较当前股价75.00元有26.0%的上涨空间。")
    (up,) = [c for c in checks if c["formula"].startswith("(target")]
    assert up["verdict"] == "consistent" and up["inputs"] == {"target": 94.5, "close": 75}


@pytest.mark.parametrize("sentence", ["目标价94.50元，较当前股价75.00元有26.0%的空间。",
                                      "目标价94.50元，较现价75.00元溢价26.0%。"])
def test_upside_worded_without_its_usual_words(tmp_path, sentence):
    (up,) = [c for c in _cover_and_sentence(tmp_path, sentence) if c["formula"].startswith("(target")]
    assert up["verdict"] == "consistent" and up["reported"] == 26
    wrong = sentence.replace("26.0%", "28.0%")
    (up,) = [c for c in _cover_and_sentence(tmp_path, wrong) if c["formula"].startswith("(target")]
    assert up["verdict"] == "mismatch"


def test_a_target_the_text_states_otherwise_than_the_cover_is_a_mismatch(tmp_path):
    checks = _cover_and_sentence(tmp_path, "给予2025年27倍PE，目标价94.50元，维持买入评级。")
    (c,) = [c for c in checks if c["formula"].startswith("target price restated")]
    assert c["verdict"] == "mismatch" and c["reported"] == 94.5 and "96" in c["note"]
    checks = _cover_and_sentence(tmp_path, "给予2025年27倍PE，目标价96.00元，维持买入评级。")
    (c,) = [c for c in checks if c["formula"].startswith("target price restated")]
    assert c["verdict"] == "consistent"


def test_an_earlier_target_gives_no_upside(tmp_path):
    # 96.00 ÷ 75.00 − 1 = 28.0%; the earlier 90.00 (in brackets, after the current one) would give 20.0%
    checks = _cover_and_sentence(tmp_path, "上调目标价至96.00元（前次目标价90.00元），较现价75.00元有28.0%的上行空间。")
    (up,) = [c for c in checks if c["formula"].startswith("(target")]
    assert up["verdict"] == "consistent" and up["inputs"]["target"] == 96


def test_an_earlier_or_another_share_class_target_is_not_the_cover_s(tmp_path):
    checks = _cover_and_sentence(tmp_path, "上调目标价至96.00元（前次目标价90.00元），H股目标价80.00元。")
    restated = [c for c in checks if c["formula"].startswith("target price restated")]
    assert [c["reported"] for c in restated] == [96]


def test_an_ifrs_income_statement_by_its_own_names():
    # costs printed negative, 经营利润 and 除税前利润 sum the rows above them unmarked, and
    # 非控股权益 in an income statement is the minority's profit, not its equity
    lines = [("收入", (1000, 1100, 1200, 1300)), ("销售成本", (-600, -650, -700, -750)), ("毛利", (400, 450, 500, 550)),
             ("行政开支", (-100, -110, -120, -130)), ("经营利润", (300, 340, 380, 420)),
             ("财务成本", (-20, -20, -25, -25)), ("应占联营公司损益", (10, 12, 14, 16)),
             ("除税前利润", (290, 332, 369, 411)), ("所得税", (-50, -60, -65, -70)), ("年内利润", (240, 272, 304, 341)),
             ("非控股权益", (-10, -12, -14, -16)), ("母公司拥有人应占利润", (230, 260, 290, 325))]
    rows = [row(item, period, f"({-v})" if v < 0 else str(v), row_number=i)
            for i, (item, values) in enumerate(lines) for period, v in zip(YEARS, values)]
    checks = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"]
    by_formula = {}
    for c in checks:
        by_formula.setdefault(c["formula"], []).append(c["verdict"])
    assert by_formula["除税前利润 = 经营利润 + 财务成本 + 应占联营公司损益"] == ["consistent"] * 4
    assert by_formula["年内利润 = 除税前利润 − 所得税"] == ["consistent"] * 4
    assert by_formula["母公司拥有人应占利润 = 年内利润 − 非控股权益"] == ["consistent"] * 4
    assert not [c for c in checks if c["verdict"] == "mismatch"]


def test_a_data_site_s_income_lines_by_profit_steps():
    # a summary table no caption names (a site's Hong Kong income page), its names suffixed 计算 (a line
    # the site computed) and its costs printed negative: 毛利 = 收入 + 成本, 经营溢利 = 毛利 and every line
    # down to it, 税前利润 = 经营溢利 and the lines between; one year's 经营溢利 10 over its lines (666) is a
    # mismatch: under 1% of revenue, but the other three periods — the company's own accounts, as this
    # one — add up exactly, so the table leaves out no line
    lines = [("营业收入计算(元)", (1231, 2993, 1284, 2375)), ("销售成本(元)", (-835, -1743, -800, -1448)),
             ("毛利计算(元)", (396, 1250, 484, 927)), ("其他收入(元)", (8, 21, 12, 22)),
             ("销售及分销成本(元)", (-109, -381, -163, -287)), ("行政开支(元)", (-112, -224, -100, -222)),
             ("经营溢利计算(元)", (183, 676, 233, 440)), ("财务成本(元)", (-61, -112, -49, -105)),
             ("影响税前利润的其他项目(元)", (0, 1, 0, 0)), ("税前利润(元)", (122, 565, 184, 335))]
    rows = [row(item, period, str(v), unit=None, statement="forecast", row_number=i)
            for i, (item, values) in enumerate(lines) for period, v in zip(("2024H1", "2023A", "2023H1", "2022A"), values)]
    checks = [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"]
    verdicts = {}
    for c in checks:
        verdicts.setdefault(c["formula"].split(" = ")[0], []).append((c["claim"].split()[1], c["verdict"]))
    assert sorted(verdicts["毛利计算(元)"]) == [(p, "consistent") for p in ("2022A", "2023A", "2023H1", "2024H1")]
    assert sorted(verdicts["税前利润(元)"]) == [(p, "consistent") for p in ("2022A", "2023A", "2023H1", "2024H1")]
    assert sorted(verdicts["经营溢利计算(元)"]) == [("2022A", "consistent"), ("2023A", "mismatch"),
                                                  ("2023H1", "consistent"), ("2024H1", "consistent")]


def test_profit_steps_leave_a_table_no_reading_of_signs_fits():
    # lines printed between profit lines that do not add up in most years are no step of a statement
    lines = [("毛利", (400, 450, 500, 550)), ("其他收入", (8, 9, 10, 11)), ("销售费用", (50, 40, 30, 20)),
             ("经营溢利", (100, 120, 140, 160))]
    rows = [row(item, period, str(v), statement="forecast", row_number=i)
            for i, (item, values) in enumerate(lines) for period, v in zip(YEARS, values)]
    assert [c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "totals"] == []


# the lines a full income statement prints besides those _income always has
EVERY_OTHER_LINE = [("研发费用", [400, 420, 440, 460]), ("其他收益", [30, 30, 30, 30]), ("公允价值变动收益", [5, 5, 5, 5]),
                    ("信用减值损失", [-10, -10, -10, -10]), ("资产处置收益", [1, 1, 1, 1])]


def _income(cost_2026="7,000", impairment_sign=-1, cost_2024="6,000", more_lines=()):
    """An income statement over four years: 营业利润 from 营业收入 and every line between."""
    years = ["2024A", "2025E", "2026E", "2027E"]
    lines = [("营业收入", [10000, 11000, 12000, 13000]), ("营业成本", [6000, 6500, 7000, 7500]),
             ("税金及附加", [50, 55, 60, 65]), ("销售费用", [300, 320, 340, 360]), ("管理费用", [500, 520, 540, 560]),
             ("财务费用", [-40, -30, -20, -10]), ("资产减值损失", [impairment_sign * 100] * 4), ("投资收益", [80, 90, 100, 110]),
             *more_lines]
    subtracted = {"营业成本", "税金及附加", "销售费用", "管理费用", "研发费用", "财务费用"} | (
        {"资产减值损失"} if impairment_sign > 0 else set())
    op = [sum(v[i] * (-1 if name in subtracted else 1) for name, v in lines) for i in range(4)]
    rows = []
    for k, (name, values) in enumerate(lines + [("营业利润", op)]):
        for y, v in zip(years, values):
            printed = f"{v:,}" if v >= 0 else f"({-v:,})"
            if name == "营业成本" and y == "2026E":
                printed = cost_2026
            if name == "营业成本" and y == "2024A":
                printed = cost_2024
            rows.append(row(name, y, printed, row_number=k))
    return [c for c in verify(tiny_doc(rows))["checks"] if c["formula"].startswith("营业利润 = 营业收入")]


def test_operating_profit_from_every_line_between_revenue_and_it():
    checks = _income()
    assert [c["verdict"] for c in checks] == ["consistent"] * 4
    # impairment printed as a positive loss to subtract: the other reading of its sign
    assert [c["verdict"] for c in _income(impairment_sign=1)] == ["consistent"] * 4


def test_operating_profit_flags_the_one_year_that_breaks_the_tables_reading():
    checks = {c["claim"].split()[1]: c for c in _income(cost_2026="7,100")}
    assert checks["2026E"]["verdict"] == "mismatch"
    assert {checks[y]["verdict"] for y in ("2024A", "2025E", "2027E")} == {"consistent"}


def test_a_reported_year_off_by_a_small_unlisted_line_is_unverifiable_a_large_gap_a_mismatch():
    small = {c["claim"].split()[1]: c for c in _income(cost_2024="6,050")}    # 0.5% of revenue
    assert small["2024A"]["verdict"] == "unverifiable" and "unlisted" in small["2024A"]["note"]
    large = {c["claim"].split()[1]: c for c in _income(cost_2024="7,000")}    # 10% of revenue
    assert large["2024A"]["verdict"] == "mismatch"


def test_a_reported_year_of_a_statement_that_prints_every_line_is_judged_like_a_forecast():
    # every line of the income statement is there: no line can be left out of 2024A
    checks = {c["claim"].split()[1]: c for c in _income(more_lines=EVERY_OTHER_LINE)}
    assert {c["verdict"] for c in checks.values()} == {"consistent"}
    small = {c["claim"].split()[1]: c for c in _income(cost_2024="6,050", more_lines=EVERY_OTHER_LINE)}
    assert small["2024A"]["verdict"] == "mismatch" and "6,050" not in small["2024A"]["note"]
    assert {small[y]["verdict"] for y in ("2025E", "2026E", "2027E")} == {"consistent"}


@pytest.mark.parametrize("yoy, verdict", [("+20.0%", "consistent"), ("+22.0%", "mismatch")])
def test_a_growth_column_beside_the_periods_is_judged(tmp_path, yoy, verdict):
    path = tmp_path / "results.txt"
    path.write_text("示例科技(688000.SH):三季度业绩超预期\n"
                    "| 百万元 | 3Q25 | 3Q24 | 同比 | 2Q25 | 环比 |\n|---|---|---|---|---|---|\n"
                    f"| 营业收入 | 1,200 | 1,000 | {yoy} | 1,100 | +9.1% |\n"
                    "| 毛利率 | 30.0% | 28.0% | +2.0pct | 29.5% | +0.5pct |\n", encoding="utf-8")
    found = {c["claim"]: (c["verdict"], c["formula"]) for c in verify(read_document(path))["checks"]
             if c["family"] == "growth"}
    assert found[f"营业收入 3Q25 同比 {yoy.lstrip('+')}"] == (verdict, "(营业收入 3Q25 ÷ 营业收入 3Q24 − 1) × 100")
    assert found["营业收入 3Q25 环比 9.1%"] == ("consistent", "(营业收入 3Q25 ÷ 营业收入 2Q25 − 1) × 100")
    assert found["毛利率 3Q25 同比 2.0pct"] == ("consistent", "毛利率 3Q25 − 毛利率 3Q24")   # points


# ----------------------------------------------------------------------------- target
def test_a_target_set_at_a_multiple_of_the_printed_eps_is_consistent(tmp_path):
    doc = read_document(company_report_pdf(tmp_path / "t.pdf", CompanySpec(target_pe=Decimal("30"))))
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "target"]
    # 2026E EPS 0.56 as printed × 30 = 16.80, the target printed
    assert (c["verdict"], c["reported"], c["recomputed"]) == ("consistent", 16.8, 16.8)
    assert c["inputs"]["PE"] == 30 and "2026" in c["formula"]


def _summary(tmp_path, body, title="示例科技(600000):业绩稳健"):
    path = tmp_path / "s.txt"
    path.write_text(f"{title}\n示例证券· 2025-09-01 10:56\n{body}\n", encoding="utf-8")
    return [c for c in run_families(read_document(path))[0] if c["family"] == "target"]


@pytest.mark.parametrize("values, verdicts", [("9.96-10.73", ["rounding", "rounding"]),   # 13 and 14 × 0.77
                                              ("9.96-11.73", ["rounding", "mismatch"])])
def test_a_range_of_multiples_gives_a_range_of_values(tmp_path, values, verdicts):
    # each end of the value range is that end of the multiples times the year's EPS; the summary's
    # bullets run on as one sentence, another bullet's '加权平均ROE' is no blend of methods
    found = _summary(tmp_path, f"- 预计公司2024-2025年EPS分别为0.73元和0.77元,给予2025年13-14倍PE,合理价值区间为每股{values}元 "
                               "- 2024年前三季度公司加权平均ROE同比下降3.07个百分点至4.67%", title="示例设计(603018):收入增速转正")
    assert [(c["formula"], c["verdict"]) for c in found] == [("target = PE × EPS 2025", v) for v in verdicts]


@pytest.mark.parametrize("multiple, verdict", [("25", "consistent"), ("27", "mismatch")])
def test_a_target_on_a_revised_eps_list_with_the_earlier_in_brackets(tmp_path, multiple, verdict):
    # 25 × 1.72 = 43.00: the new 2026 EPS, the bracket's '原…' the earlier forecast's (no second EPS of 2026)
    found = _summary(tmp_path, f"投资评级与盈利预测 - 维持买入评级,目标价43元(基于26年{multiple}倍PE估值)[3] - 下调25-27年每股收益预测至"
                               "1.46/1.72/2.00元(原1.57/1.83/2.12元)[3]")
    assert [(c["reported"], c["verdict"]) for c in found] == [(int(multiple), verdict)]


@pytest.mark.parametrize("target, verdict", [("504.00", "consistent"), ("540.00", "mismatch")])
def test_a_target_weighing_the_company_s_standing_is_no_blend_of_methods(tmp_path, target, verdict):
    # 30 × 16.80 = 504: '综合考虑公司行业龙头地位' weighs the company, not two valuation methods' values
    found = _summary(tmp_path, "上调2025-2026年EPS预测为10.08/16.80元(原8.66/9.83元),参考可比公司估值,综合考虑公司行业龙头地位,"
                               f"给予2026年PE 30X,上调目标价至{target}元,维持“增持”评级。")
    assert [(c["reported"], c["verdict"]) for c in found] == [(float(target), verdict)]
    # two methods weighed are a blend, no one multiple's target
    assert _summary(tmp_path, "综合PE和DCF两种估值方法,给予2026年PE 30X,目标价504.00元。") == []


@pytest.mark.parametrize("target, verdict", [("39.00", "consistent"), ("42.00", "mismatch")])
def test_a_blend_s_word_in_another_digest_item_is_no_blend(tmp_path, target, verdict):
    # 39 × 1.00 = 39.00: '综合供应链实力' stands in the item before, not in the one that sets the target
    found = _summary(tmp_path, "报告的核心观点 - 公司处于快速成长初期,综合供应链实力领先 [1] 盈利预测与估值 - 预计25-27年归母净利润"
                               "分别为4.06亿、5.05亿、6.25亿元,对应EPS分别为1.00元、1.25元、1.54元 [4] - 参考可比公司25年PE 33倍,"
                               f"给予25年39倍PE,上调目标价至{target}元 [4]")
    assert [(c["formula"], c["verdict"]) for c in found if c["formula"].startswith("target =")] == [
        ("target = PE × EPS 2025", verdict)]


@pytest.mark.parametrize("target, verdict", [("28.28", "rounding"), ("26.28", "mismatch")])
def test_a_multiple_named_only_估值_is_of_the_kind_its_sentence_names(tmp_path, target, verdict):
    # 16 × 1.77 = 28.32 (1.765–1.775 gives 28.24–28.40): '16x估值' is a PE, the one kind the sentence names
    # ('平均14.3x PE估值' is the peers', no target's); the yuan of the EPS list in brackets after it
    body = ("预计公司25-27年EPS预测为1.77/1.92/2.21(元)。根据可比公司2025年平均14.3x PE估值,考虑到公司为行业龙头企业,"
            f"给予公司2025年16x估值,给予目标价{target}元。")
    assert [(c["reported"], c["verdict"]) for c in _summary(tmp_path, body)] == [(float(target), verdict)]
    # a sentence naming no kind, or both, leaves a bare 估值 alone
    assert _summary(tmp_path, "预计公司2025年EPS为1.77元。给予公司2025年16x估值,给予目标价28.28元。") == []
    assert _summary(tmp_path, "预计公司2025年EPS为1.77元。参考可比公司PE与PB,给予公司2025年16x估值,给予目标价28.28元。") == []


@pytest.mark.parametrize("target, verdict", [("18.63", "rounding"), ("21.63", "mismatch")])
def test_a_target_based_on_an_industry_average_multiple(tmp_path, target, verdict):
    # '基于2025年行业平均25倍市盈率估值,目标价为18.63元' over EPS 0.76: 25 × 0.76 = 19.0 (24.5–25.5 × 0.755–0.765 holds
    # 18.63); a peers' average the sentence does not base the target on stays no target's ('可比公司平均PE 30倍')
    body = f"预测2025年、2026年每股收益(EPS)分别为0.76元、0.84元。基于2025年行业平均25倍市盈率估值,目标价为{target}元。"
    assert [(c["reported"], c["verdict"]) for c in _summary(tmp_path, body)] == [(float(target), verdict)]
    assert _summary(tmp_path, "预测2025年每股收益为0.76元。可比公司平均PE 25倍,目标价为18.63元。") == []


def test_a_multiple_in_another_digest_item_is_not_the_target_s(tmp_path):
    # '2025年预测市盈率19.89倍' under 估值指标 is the close's multiple (40.98 ÷ 1.46 would be 28.1): no check;
    # a multiple its own words set ('对应PE 13.9X' after that year's EPS) is still read against the cover's target
    assert _summary(tmp_path, '投资评级 - 维持"优于大市"评级,目标价40.98元/股 [3] 盈利预测 - 预计2025-2027年EPS分别为1.46元、1.67元、'
                              '1.95元 [2] 估值指标 - 2025年预测市盈率19.89倍,2027年降至14.90倍 [2]') == []
    (c,) = _summary(tmp_path, '投资评级 - 维持"优于大市"评级,目标价20.22元 [1] 财务表现 - 2025年预测归母净利润139.25亿元,EPS 1.46元,'
                              '对应PE 13.9X [5]')
    assert c["verdict"] == "rounding"  # 20.22 ÷ 1.46 = 13.85


def test_a_text_naming_no_company_values_one_stock_at_multiples_of_the_one_eps_it_states(tmp_path):
    path = tmp_path / "v.txt"
    text = ("目标价格分析\n- 基准情景: 给予2026年预期EPS(约2.40港元)20倍PE,得出6个月目标价:{}港元。\n"
            "- 保守情景: 估值回落至15倍PE,6个月目标价:36.00港元。\n")
    path.write_text(text.format("48.00"), encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "target"]
    assert found == [(48, "consistent"), (36, "consistent")]   # 2.40 × 20, and × 15 on the same EPS
    path.write_text(text.format("50.00"), encoding="utf-8")
    assert [c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "target"][0] == "mismatch"
    # two stocks' EPS in one text: a multiple may be another's — nothing judged
    path.write_text(text.format("48.00") + "另一标的2026年EPS为1.10港元。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "target"] == []


def test_a_target_in_hkd_over_a_bvps_in_usd_is_converted_in_the_pegged_band(tmp_path):
    (c,) = _summary(tmp_path, "估值倍数上调至3.0x 2025PB，基于2025年预测BPS（2.68美元），上调H股目标价至HKD63。",
                    title="示例半导体(00981):业绩超预期")
    # 3.0 × 2.68 × 7.75…7.85 HKD per USD = 62.3…63.1
    assert c["verdict"] == "consistent" and c["reported"] == 63 and 62.3 < c["recomputed"] < 63.1


def test_a_target_in_hkd_over_an_eps_in_rmb_needs_a_rate(tmp_path):
    (c,) = _summary(tmp_path, "预测2026年EPS为1.20元。给予2026年20倍PE，对应目标价26.10港元。",
                    title="示例医药(01234):业绩稳健")
    assert c["verdict"] == "unverifiable" and "CNY/HKD rate" in c["note"]


def test_a_target_in_hkd_over_an_eps_in_rmb_at_the_rate_the_report_prints(tmp_path):
    (c,) = _summary(tmp_path, "预计2026年EPS为1.20元。给予2026年20倍PE，对应目标价26.09港元（汇率：1港元=0.92人民币）。",
                    title="示例医药(01234):业绩稳健")
    # 20 × 1.20 ÷ 0.92 = 26.087 HKD
    assert c["verdict"] == "consistent" and c["inputs"]["CNY/HKD rate (as printed)"] == 0.92
    (c,) = _summary(tmp_path, "预计2026年EPS为1.20元。给予2026年20倍PE，对应目标价28.09港元（汇率：1港元=0.92人民币）。",
                    title="示例医药(01234):业绩稳健")
    assert c["verdict"] == "mismatch"


def test_a_multiple_whose_base_is_not_printed_names_it(tmp_path):
    (c,) = _summary(tmp_path, "目标价为143.08港币，基于2026年1.50倍目标市净率。", title="示例银行(00005):息差企稳")
    assert c["verdict"] == "unverifiable" and c["note"] == "the BVPS of 2026 is not printed"


def test_the_target_multiple_from_profit_and_market_value(tmp_path):
    checks = _summary(tmp_path, "预计2025年归母净利润9.3亿元 - 基于2025年预计17.2倍市盈率给予目标价7.40元 "
                                "- 当前股价5.97元 - 当前市值128.27亿元")
    # the target, printed second, is the claim: 17.2 × 9.3亿 ÷ (128.27亿 ÷ 5.97) = 7.4449, and 7.40
    # is within the inputs' rounding (17.15 × 9.25亿 ÷ (128.275亿 ÷ 5.965) = 7.38)
    assert [(c["verdict"], c["reported"], c["recomputed"]) for c in checks] == [("rounding", 7.4, 7.4449)]


@pytest.mark.parametrize("value, verdict, note", [("300", "consistent", ""), ("320", "mismatch", "one digit differs"),
                                                  ("3000", "mismatch", "power of ten")])
def test_a_target_market_value_is_the_multiple_times_the_year_s_profit(tmp_path, value, verdict, note):
    # 25 × 12.0亿元; the year is the multiple's clause's, else the one the sentence names
    for body in (f"预计2025年归母净利润12.0亿元,给予公司2025年25倍PE,对应目标市值{value}亿元。",
                 f"预计2025年归母净利润12.0亿元,给予25倍PE,对应目标市值{value}亿元。"):
        (c,) = [c for c in _summary(tmp_path, body) if "market value" in c["formula"]]
        assert (c["verdict"], c["formula"]) == (verdict, "target market value = PE × 归母净利润 2025")
        assert c["note"].startswith(note)


def test_a_target_market_value_of_a_year_with_no_profit_names_it(tmp_path):
    (c,) = _summary(tmp_path, "预计2025年营业收入120.0亿元,给予公司2026年25倍PE,对应目标市值300亿元。")
    assert c["verdict"] == "unverifiable" and c["note"] == "the profit of 2026 is not printed"


def test_a_multiple_with_no_year_is_judged_by_the_year_that_reproduces_it(tmp_path):
    (c,) = _summary(tmp_path, "预计2025-2027年EPS分别为1.00/1.25/1.50元。给予公司20倍PE，目标价25.00元。")
    assert c["verdict"] == "consistent" and "2026" in c["formula"] and "names no year" in c["note"]
    (c,) = _summary(tmp_path, "预计2025-2027年EPS分别为1.00/1.25/1.50元。给予公司20倍PE，目标价27.00元。")
    assert c["verdict"] == "unverifiable" and "no year's EPS reproduces it" in c["note"]


@pytest.mark.parametrize("sentence", [
    "目标价30.00元，当前股价对应2026年25倍PE。",              # the close's multiple
    "综合PE和DCF估值，给予2026年25倍PE，目标价30.00元。",      # a blend
    "给予2026年20-25倍PE，目标价区间25-30元。",                 # a range
    "上调目标价至30.00元（前值：2026年20倍PE）。"])             # an earlier multiple
def test_multiples_that_are_not_the_targets_are_left_alone(tmp_path, sentence):
    assert _summary(tmp_path, "预计2025-2027年EPS分别为1.00/1.20/1.50元。" + sentence) == []


# ----------------------------------------------------------------------------- margins: turnover, tax rate
def _turnover_doc(printed):
    rows, n = [], 0
    for item, values in (("营业收入", ["45250", "57796", "68204", "79507"]),
                         ("资产总计", ["338463", "353415", "367512", "402131"])):
        for period, v in zip(["2023A", "2024A", "2025E", "2026E"], values):
            rows.append(row(item, period, v, statement="balance" if item == "资产总计" else "income", row_number=n))
        n += 1
    for period, v in zip(["2023A", "2024A", "2025E", "2026E"], printed):
        rows.append(row("总资产周转率", period, v, unit=None, statement="ratios", row_number=n))
    return tiny_doc(rows)


def test_a_turnover_over_the_average_of_two_year_ends():
    checks = {c["claim"]: c for c in verify(_turnover_doc(["0.14", "0.17", "0.19", "0.21"]))["checks"]
              if c["family"] == "margins"}
    # 57796 ÷ ((338463 + 353415) ÷ 2) = 0.167; the year-end alone gives 0.164 — the other years say which
    assert checks["总资产周转率 2024A 0.17"]["verdict"] == "consistent"
    assert checks["总资产周转率 2024A 0.17"]["formula"] == "营业收入 ÷ 平均资产总计"
    # the first year's average needs 2022's assets, not printed: no test of it by another definition
    first = checks["总资产周转率 2023A 0.14"]
    assert first["verdict"] == "unverifiable" and "not printed" in first["note"]


def test_a_forecast_turnover_that_breaks_with_the_other_years_is_a_mismatch():
    checks = {c["claim"]: c for c in verify(_turnover_doc(["0.14", "0.17", "0.19", "0.25"]))["checks"]
              if c["family"] == "margins"}
    assert checks["总资产周转率 2026E 0.25"]["verdict"] == "mismatch"
    assert checks["总资产周转率 2025E 0.19"]["verdict"] == "consistent"


def _payables_turnover(printed):
    rows = []
    for n, (item, values, statement) in enumerate((("营业成本", ["36000", "45000", "52000", "60000"], "income"),
                                                   ("应付账款", ["4800", "5200", "5800", "6400"], "balance"))):
        rows += [row(item, p, v, statement=statement, row_number=n) for p, v in zip(["2023A", "2024A", "2025E", "2026E"], values)]
    rows += [row("应付账款周转率", p, v, unit=None, statement="ratios", row_number=2)
             for p, v in zip(["2023A", "2024A", "2025E", "2026E"], printed)]
    return {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "margins"}


def test_a_forecast_turnover_over_a_reported_balance_the_report_counts_as_printed_is_judged():
    # 2024A's 9.00 is 45000 over the average of the printed 4800 and 5200: the report counts its
    # reported payables as printed, so 2025E's 9.55 over 2024A's (9.45 recomputed) is an error
    assert _payables_turnover(["7.50", "9.00", "9.45", "9.84"])["2025E"]["verdict"] == "consistent"
    assert _payables_turnover(["7.50", "9.00", "9.55", "9.84"])["2025E"]["verdict"] == "mismatch"
    # where no year over a reported balance is reproduced, the report may count notes payable in it
    assert _payables_turnover(["7.50", "9.60", "9.55", "9.84"])["2025E"]["verdict"] == "unverifiable"


def test_a_reported_years_total_asset_turnover_is_judged_资产总计_is_one_figure():
    # 应收账款 may be counted with notes receivable; 资产总计 has no other scope
    checks = {c["claim"]: c for c in verify(_turnover_doc(["0.14", "0.27", "0.19", "0.21"]))["checks"]
              if c["family"] == "margins"}
    assert checks["总资产周转率 2024A 0.27"]["verdict"] == "mismatch"


def test_an_effective_tax_rate_from_tax_and_pretax_profit():
    doc = tiny_doc([row("利润总额", "2025E", "1,000"), row("所得税", "2025E", "150", row_number=1),
                    row("有效税率", "2025E", "15.0%", unit="%", statement="ratios", row_number=2)])
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "margins"]
    assert (c["verdict"], c["recomputed"]) == ("consistent", 15)


# ----------------------------------------------------------------------------- dividends, EBIT margin, 收入增长
def test_dividend_yield_payout_and_ebit_margin():
    doc = tiny_doc([row("营业收入", "2025E", "10,000"), row("EBIT", "2025E", "1,250", row_number=1),
                    row("每股收益", "2025E", "1.20", unit="元", statement="per_share", row_number=2),
                    row("每股股利", "2025E", "0.36", unit="元", statement="per_share", row_number=3),
                    row("EBIT Margin", "2025E", "12.5%", unit="%", statement="ratios", row_number=4),
                    row("股利支付率", "2025E", "30.0%", unit="%", statement="ratios", row_number=5),
                    row("股息率", "2025E", "1.2%", unit="%", statement="valuation", row_number=6)])
    doc.meta.price = Money(value=30.0, currency="CNY")
    checks = {c["claim"]: c for c in verify(doc)["checks"]}
    assert checks["EBIT Margin 2025E 12.5%"]["verdict"] == "consistent"
    assert checks["股利支付率 2025E 30.0%"]["verdict"] == "consistent"
    # 0.36 ÷ 30.0 = 1.2%
    assert (checks["股息率 2025E 1.2%"]["verdict"], checks["股息率 2025E 1.2%"]["recomputed"]) == ("consistent", 1.2)


@pytest.mark.parametrize("dps, verdict", [("0.00", "consistent"), ("0.36", "consistent"), ("0.46", "mismatch")])
def test_a_dividend_yield_under_a_close_in_another_currency_is_over_the_tables_own_price(dps, verdict):
    # a Hong Kong close over a table in another currency: the table's own PE × EPS (25.0 × 1.20 = 30.0) is
    # the price its yield is at, 0.36 ÷ 30.0 = 1.2%; an edited DPS (0.46: 1.53%) stands out
    doc = tiny_doc([row("每股收益", "2025E", "1.20", unit=None, statement="per_share"),
                    row("每股红利", "2025E", dps, unit=None, statement="per_share", row_number=1),
                    row("P/E", "2025E", "25.00", unit=None, statement="valuation", row_number=2),
                    row("息率", "2025E", "0%" if dps == "0.00" else "1.2%", unit="%", statement="valuation",
                        row_number=3)])
    doc.meta.price = Money(value=41.9, currency="HKD")
    (c,) = [c for c in verify(doc)["checks"] if c["claim"].startswith("息率")]
    assert c["verdict"] == verdict


def test_a_growth_row_named_by_its_item_and_增长():
    doc = tiny_doc([row("收入", "2024A", "8,030"), row("收入", "2025E", "9,333"),
                    row("收入增长", "2025E", "16%", unit="%", statement="ratios", row_number=1)])
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "growth"]
    assert c["verdict"] == "consistent"  # 9333 ÷ 8030 − 1 = 16.2%


def test_a_multiple_going_on_from_the_target_is_the_targets_not_the_closes(tmp_path):
    body = "预计2025-2026年EPS分别为1.00/1.20元。维持买入评级，目标价30.00元，对应2026年PE 25倍。"
    path = tmp_path / "s.txt"
    path.write_text(f"示例科技(600000):业绩稳健\n示例证券· 2025-09-01 10:56\n当前股价20.00元\n{body}\n", encoding="utf-8")
    checks = run_families(read_document(path))[0]
    # the close (20.00) over 1.20 is 16.7: read as the close's multiple it would be a false mismatch
    assert [c["family"] for c in checks if "25" in c["claim"].split("【")[1][:3]] == ["target"]
    assert [c["verdict"] for c in checks if c["family"] == "target"] == ["consistent"]


# ----------------------------------------------------------------------------- market data
def test_market_data_against_the_close(tmp_path):
    from pipeline import meta
    rows = ["收盘价(元) 114.76", "市净率(倍) 6.08", "流通A股市值(百万元) 228,184.09", "总市值(百万元) 916,584.05",
            "每股净资产(元,LF) 18.88", "总股本百万股 ( ) 7,986.96", "流通 A 股(百万股) 1,988.36",
            "市净率 5.0 4.8 4.8 4.6 4.4"]  # the last: a forecast table's row, not market data
    market = meta.find_market("\n".join(rows))
    assert market["总股本"]["unit"] == "百万股" and market["流通股本"]["value"] == 1988.36
    assert market["市净率"]["value"] == 6.08
    doc = tiny_doc([])
    doc.meta.price = Money(value=114.76, currency="CNY")
    doc.meta.market = {k: Quantity(**v) for k, v in market.items()}
    checks = {c["claim"].split()[0]: c for c in verify(doc)["checks"] if c["family"] == "market"}
    # 114.76 × 7,986.96 = 916,583.5; × 1,988.36 = 228,184.2; 114.76 ÷ 18.88 = 6.078
    assert {k: c["verdict"] for k, c in checks.items()} == {"总市值": "rounding", "流通市值": "rounding", "市净率": "consistent"}
    doc.meta.market["总市值"] = doc.meta.market["总市值"].model_copy(update={"printed": "918,584.05", "value": 918584.05})
    assert next(c for c in verify(doc)["checks"] if c["claim"].startswith("总市值"))["verdict"] == "mismatch"


def test_a_market_value_at_another_share_classs_price_is_not_a_mismatch():
    from pipeline import meta
    doc = tiny_doc([])
    doc.meta.price = Money(value=45.55, currency="CNY")  # the H share's close, read as the report's
    found = meta.find_market("总市值(百万元) 790,481\n总股本(百万股) 7,978.2")  # at the A share's 99.08
    doc.meta.market = {k: Quantity(**v) for k, v in found.items()}
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "market"]
    assert c["verdict"] == "unverifiable" and "another share class" in c["note"]


def test_a_tax_credit_in_a_statement_that_prints_costs_negative():
    # costs printed negative; a loss year's tax is a credit, printed positive: added as printed
    doc = tiny_doc([row("营业成本", "2027E", "(9,000)"), row("利润总额", "2027E", "(1,000)", row_number=1),
                    row("所得税", "2027E", "120", row_number=2), row("净利润", "2027E", "(880)", row_number=3)])
    (c,) = [c for c in verify(doc)["checks"] if c["claim"].startswith("净利润 2027E")]
    assert c["verdict"] == "consistent" and "added as printed" in c["note"]


def test_eps_over_the_share_count_the_first_page_prints():
    doc = tiny_doc([row("归属母公司净利润", "2025E", "5,614"), row("每股收益", "2025E", "0.70", unit="元", row_number=1),
                    row("归属母公司净利润", "2024A", "3,699"), row("每股收益", "2024A", "0.47", unit="元", row_number=1)])
    doc.meta.price = Money(value=85.83, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=798577, unit="万股", printed="798,577")}
    checks = {c["claim"]: c for c in verify(doc)["checks"] if c["family"] == "market"}
    assert checks["每股收益 2025E 0.70"]["verdict"] == "consistent"  # 5,614 百万元 ÷ 7,985.77 百万股 = 0.703
    # 3,699 ÷ 7,985.77 = 0.463: a reported year's 0.47 is within 2%, on the company's weighted count
    assert checks["每股收益 2024A 0.47"]["verdict"] == "unverifiable"


def _eps_on_another_count(eps_2025):
    # 卓胜微's summary: its EPS row divides every year by some 534.8 百万股, the first page prints 430
    profits, eps = ("1,122.34", "431.58", "481.87", "563.33"), ["2.10", "0.81", eps_2025, "1.05"]
    rows = []
    for period, profit, per_share in zip(("2023A", "2024E", "2025E", "2026E"), profits, eps):
        rows += [row("归属母公司净利润", period, profit), row("EPS", period, per_share, unit="元", row_number=1)]
    doc = tiny_doc(rows)
    doc.meta.price = Money(value=37.87, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=4.30, unit="亿股", printed="4.30")}
    return {c["claim"].split()[1]: c for c in verify(doc)["checks"] if c["family"] == "market" and c["claim"].startswith("EPS")}


def test_a_per_share_row_on_one_share_count_the_report_does_not_print():
    checks = _eps_on_another_count("0.90")
    assert {y: c["verdict"] for y, c in checks.items()} == dict.fromkeys(("2023A", "2024E", "2025E", "2026E"), "unverifiable")
    assert "534" in checks["2025E"]["note"].replace(".", "")
    # one year edited: the other three still agree on their count, and that year breaks with it
    checks = _eps_on_another_count("0.98")
    assert checks["2025E"]["verdict"] == "mismatch" and "the other years" in checks["2025E"]["note"]
    assert checks["2026E"]["verdict"] == "unverifiable"


def _bvps_2027e(printed):
    doc = tiny_doc([row("归属母公司股东权益", "2027E", "167,357", statement="balance"),
                    row("每股净资产", "2027E", printed, unit="元", row_number=1)])
    doc.meta.price = Money(value=114.76, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=7986.96, unit="百万股", printed="7,986.96")}
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "market"]
    return c


def test_a_forecast_per_share_figure_on_a_slightly_other_share_count_is_not_a_mismatch():
    # 东吴: 每股净资产 2027E 20.96 is 167,357 over the table's own 7,986, not the first page's 7,986.96 (20.954)
    c = _bvps_2027e("20.96")
    assert c["verdict"] == "unverifiable" and "share count" in c["note"]
    assert _bvps_2027e("21.06")["verdict"] == "mismatch"  # 0.5% off: no share count drifts so far unseen


def _eps_rows(eps_2026):
    # 归母净利润 over the page's 1,135 百万股: 2025E 26.43, 2026E 27.48, 2027E 28.57
    rows = []
    for k, (period, profit, eps) in enumerate((("2025E", "30,000", "26.43"), ("2026E", "31,190", eps_2026),
                                               ("2027E", "32,430", "28.57"))):
        rows += [row("归母净利润", period, profit, row_number=0), row("每股收益", period, eps, unit="元", row_number=1)]
    doc = tiny_doc(rows)
    doc.meta.price = Money(value=77.56, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=1135, unit="百万股", printed="1,135")}
    return {c["claim"]: c for c in verify(doc)["checks"] if c["family"] == "market"}


def test_one_forecast_year_off_the_count_its_row_shares_is_a_mismatch():
    # 27.53 is within 0.25% of 31,190 ÷ 1,135 = 27.48, but 2025E and 2027E divide by one count
    # (1,134.9–1,135.2) that 27.53 cannot be on: no share count of the model explains it
    checks = _eps_rows("27.53")
    assert checks["每股收益 2026E 27.53"]["verdict"] == "mismatch"
    assert "share one count" in checks["每股收益 2026E 27.53"]["note"]
    assert checks["每股收益 2025E 26.43"]["verdict"] == "consistent"
    assert _eps_rows("27.48")["每股收益 2026E 27.48"]["verdict"] == "consistent"


def _equity(parent_2026="160,149"):
    rows = []
    for period, parent, minority, total in (("2025E", "153,991", "82,464", "236,455"),
                                            ("2026E", parent_2026, "84,304", "244,453")):
        rows += [row("归属母公司股东权益", period, parent, statement="balance", row_number=0),
                 row("少数股东权益", period, minority, statement="balance", row_number=1),
                 row("股东权益合计", period, total, statement="balance", row_number=2)]
    return {c["claim"]: c["verdict"] for c in verify(tiny_doc(rows))["checks"] if c["formula"].startswith("股东权益合计 =")}


def test_total_equity_is_the_parents_share_and_the_minoritys():
    assert _equity() == {"股东权益合计 2025E 236455": "consistent", "股东权益合计 2026E 244453": "consistent"}
    assert _equity("160,249")["股东权益合计 2026E 244453"] == "mismatch"


def _per_share_doc(shares_2026e: str):
    return _bvps_checks([("2024A", "148191", "7986", "18.58"), ("2025E", "156000", "7986", "19.53"),
                         ("2026E", "165000", shares_2026e, "20.66"), ("2027E", "175000", "7986", "21.91")])


def test_an_edited_share_count_breaks_with_the_definition_the_other_forecast_years_follow():
    # the reported year, on the company's own share count, is no evidence against the definition
    assert _per_share_doc("7986")["每股净资产 2026E 20.66"]["verdict"] == "consistent"
    edited = _per_share_doc("7996")["每股净资产 2026E 20.66"]
    assert edited["verdict"] == "mismatch" and "other years" in edited["note"]


def _roe(printed):
    """归母净利润 and 归母股东权益 for five years (two reported), an ROE row printed to two decimals:
    on average equity 2.55 / 2.17 / 2.72 / 3.49 from 2024A on."""
    periods = ["2023A", "2024A", "2025E", "2026E", "2027E"]
    rows = []
    for n, (item, values, statement) in enumerate((
            ("归母净利润", ["4823", "3699", "3284", "4311", "5648"], "income"),
            ("归属母公司股东权益", ["142476", "148180", "154909", "162483", "161243"], "balance"))):
        rows += [row(item, p, v, statement=statement, row_number=n) for p, v in zip(periods, values)]
    rows += [row("ROE", p, v, unit="%", statement="ratios", row_number=2) for p, v in zip(periods, printed)]
    return {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("ROE")}


def test_the_forecast_years_decide_a_ratios_definition():
    # the reported years print the company's own ROE (neither definition gives 4.60 or 2.42),
    # and 2025E opens on a reported balance: only 2026E and 2027E of the five are reproduced,
    # but they are two of the three forecast years
    checks = _roe(["4.60%", "2.42%", "2.16%", "2.72%", "3.49%"])
    assert {y: c["verdict"] for y, c in checks.items() if y in ("2026E", "2027E")} == dict.fromkeys(
        ["2026E", "2027E"], "consistent")
    assert checks["2024A"]["verdict"] == "unverifiable" and "company's own" in checks["2024A"]["note"]
    # one forecast year edited breaks with the two others
    assert _roe(["4.60%", "2.42%", "2.17%", "2.82%", "3.49%"])["2026E"]["verdict"] == "mismatch"


def test_a_forecast_year_over_a_reported_balance_does_not_count_against_the_definition():
    # 2025E (2.16, over 2024A's reported equity) says nothing of the model's definition: of
    # 2026E and 2027E, one edited, the other still says which definition the broker keeps
    assert _roe(["4.60%", "2.42%", "2.16%", "2.82%", "3.49%"])["2026E"]["verdict"] == "mismatch"
    assert _roe(["4.60%", "2.42%", "2.16%", "2.72%", "3.59%"])["2027E"]["verdict"] == "mismatch"
    assert _roe(["4.60%", "2.42%", "2.16%", "2.72%", "3.49%"])["2027E"]["verdict"] == "consistent"


def test_a_forecast_ratio_over_a_reported_opening_balance_is_unverifiable_only_near_it():
    near = _roe(["4.60%", "2.42%", "2.16%", "2.72%", "3.49%"])["2025E"]      # 0.3% off: the opening balance
    assert near["verdict"] == "unverifiable" and "opening balance" in near["note"]
    assert _roe(["4.60%", "2.42%", "2.26%", "2.72%", "3.49%"])["2025E"]["verdict"] == "mismatch"  # 4% off


def _bvps_from_total_equity(printed):
    doc = tiny_doc([row("股东权益合计", "2026E", "238,672", statement="balance"),
                    row("少数股东权益", "2026E", "83,696", statement="balance", row_number=1),
                    row("每股净资产", "2026E", printed, unit="元", statement="per_share", row_number=2)])
    doc.meta.market = {"总股本": Quantity(value=798577, unit="万股", printed="798,577")}
    (c,) = [c for c in verify(doc)["checks"] if c["family"] == "market"]
    return c


def test_bvps_over_total_equity_less_the_minority_where_no_parent_equity_line_is_printed():
    c = _bvps_from_total_equity("19.41")   # (238,672 − 83,696) ÷ 7,985.77 = 19.406
    assert c["verdict"] == "consistent" and "少数股东权益" in c["formula"]
    assert _bvps_from_total_equity("19.51")["verdict"] == "mismatch"


def test_a_forecast_year_that_another_definition_happens_to_fit_still_breaks_with_the_reports():
    # on year-end equity: 3.39 / 2.50 / 2.12 / 2.65 / 3.50; 3.49 is 2027E on average equity
    assert _roe(["3.39%", "2.50%", "2.12%", "2.65%", "3.50%"])["2027E"]["verdict"] == "consistent"
    edited = _roe(["3.39%", "2.50%", "2.12%", "2.65%", "3.49%"])["2027E"]
    assert edited["verdict"] == "mismatch" and "happens to fit" in edited["note"]


@pytest.mark.parametrize("name, concept", [
    ("负债及所有者权益总计", "liab_equity"), ("负债与股东权益合计", "liab_equity"), ("负债和权益总计", "liab_equity"),
    ("归属于母公司股东权益合计", "parent_equity"), ("归属于母公司股东的净利润", "parent_np"),
    ("营业税金及附加", "tax_surcharge"), ("应收票据及应收账款", "receivables"), ("营业外收入", "non_op_income"),
])
def test_a_line_item_under_words_brokers_swap(name, concept):
    # 及/与/和, 总计/合计, 所有者/股东, 归属于/归属 and 的 change no line item
    from pipeline.verify.checks import concept_of
    assert concept_of(name) == concept


@pytest.mark.parametrize("names", [1, 3])
def test_statement_lines_under_other_names_give_the_same_checks(company_doc, tmp_path, names):
    # 营业总收入, 归属母公司股东的净利润, 经营性现金净流量, 现金及现金等价物净增加额 (wrapped in its
    # column), P/E, BVPS(元)…: the names brokers print, not the generator's own
    doc = read_document(company_report_pdf(tmp_path / "n.pdf", CompanySpec(style=TableStyle(names=names))))
    styled, plain = verify(doc), verify(company_doc)
    assert styled["summary"]["mismatch"] == 0
    from collections import Counter
    by_family = lambda r: Counter(c["family"] for c in r["checks"] if c["family"] != "restated")  # noqa: E731
    assert by_family(styled) >= by_family(plain)   # no check lost
    # restated pairs a figure's printings by their names: the plain report's ratios table prints 每股收益 as page 1
    # does (paired), a broker's names 'EPS-最新摊薄' (a basis page 1's 每股收益 does not say: not paired)
    restated = lambda r: sum(c["family"] == "restated" for c in r["checks"])  # noqa: E731
    assert restated(styled) >= restated(plain) - 5


# ----------------------------------------------------------------------------- what a real 东北/招商 report showed
def _current_assets(printed: dict[str, str]):
    """A balance sheet whose 其他流动资产 is a line of its own, not a catch-all (`printed`: its
    流动资产合计 by year), then a section that adds up (the table's layout is understood)."""
    rows = []
    for k, period in enumerate(YEARS):
        parts = [("货币资金", 100 + 10 * k), ("存货", 50 + 10 * k), ("其他流动资产", 10)]
        rows += [row(item, period, str(v), statement="balance", row_number=i) for i, (item, v) in enumerate(parts)]
        rows += [row("流动资产合计", period, printed[period], statement="balance", row_number=3),
                 row("固定资产", period, "300", statement="balance", row_number=4),
                 row("无形资产", period, "20", statement="balance", row_number=5),
                 row("非流动资产合计", period, "320", statement="balance", row_number=6)]
    return {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"]
            if c["family"] == "totals" and c["claim"].startswith("流动资产合计")}


def test_a_section_with_其他流动资产_that_adds_up_in_no_year_leaves_rows_out():
    # 东北证券's table lists 货币资金…存货, 其他流动资产 and drops 预付款项 and 其他应收款 every year
    checks = _current_assets({"2024A": "200", "2025E": "230", "2026E": "260", "2027E": "290"})
    assert {c["verdict"] for c in checks.values()} == {"unverifiable"}
    assert "in no other year" in checks["2026E"]["note"]
    # where the rows add up in the other years, one year that does not is an error of the report
    checks = _current_assets({"2024A": "160", "2025E": "180", "2026E": "210", "2027E": "220"})
    assert checks["2026E"]["verdict"] == "mismatch" and checks["2027E"]["verdict"] == "consistent"


def test_a_thousands_separator_printed_as_a_decimal_point_is_named():
    rows = [row("流动资产合计", "2025E", "6,985", statement="balance", row_number=0),
            row("非流动资产合计", "2025E", "4.876", statement="balance", row_number=1),
            row("资产总计", "2025E", "11,861", statement="balance", row_number=2)]
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("资产总计")]
    assert c["verdict"] == "mismatch"
    assert "非流动资产合计 printed 4.876 reads as 4,876" in c["note"] and "sign" not in c["note"]


def test_a_reported_years_roe_over_an_opening_balance_not_printed_is_unverifiable():
    # 东北's 2024A ROE 16.29% is the company's, over its average equity; 848 ÷ 5,535 = 15.32%
    years = [("2024A", "848", "5,535", "16.29%"), ("2025E", "1,240", "6,505", "19.06%"),
             ("2026E", "1,691", "7,855", "21.53%"), ("2027E", "2,241", "9,644", "23.24%")]
    rows = []
    for period, profit, equity, roe in years:
        rows += [row("归属于母公司净利润", period, profit, row_number=0),
                 row("归属于母公司股东权益合计", period, equity, statement="balance", row_number=1),
                 row("净资产收益率", period, roe, unit="%", statement="ratios", row_number=2)]
    checks = {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("净资产收益率")}
    assert checks["2024A"]["verdict"] == "unverifiable" and "average" in checks["2024A"]["note"]
    assert {checks[y]["verdict"] for y in ("2025E", "2026E", "2027E")} <= {"consistent", "rounding"}
    # over any opening equity within a year's profit of the closing one: 848 ÷ (5,535 ∓ 424) is
    # 14.7%–16.6%; 17.29% is no average's
    edited = [row("净资产收益率", "2024A", "17.29%", unit="%", statement="ratios", row_number=2) if r["item"] ==
              "净资产收益率" and r["period"] == "2024A" else r for r in rows]
    (c,) = [c for c in verify(tiny_doc(edited))["checks"] if c["claim"].startswith("净资产收益率 2024A")]
    assert c["verdict"] == "mismatch"
    # a forecast year is the broker's own model: still judged
    rows[-1] = row("净资产收益率", "2027E", "25.24%", unit="%", statement="ratios", row_number=2)
    checks = {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("净资产收益率")}
    assert checks["2027E"]["verdict"] == "mismatch"


@pytest.mark.parametrize("equity_name", ["归母股东权益", "归母净资产", "归属母公司净资产"])
def test_roe_over_equity_under_a_brokers_short_name(equity_name):
    years = [("2025E", "1,240", "6,200", "20.0"), ("2026E", "1,691", "7,855", "21.5"), ("2027E", "2,241", "9,644", "23.2")]
    rows = []
    for period, profit, equity, roe in years:
        rows += [row("归母净利润", period, profit, statement="forecast", row_number=0),
                 row(equity_name, period, equity, statement="forecast", row_number=1),
                 row("ROE", period, roe, unit="%", statement="forecast", row_number=2)]
    checks = {c["claim"].split()[1]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("ROE")}
    assert {c["verdict"] for c in checks.values()} == {"consistent"} and set(checks) == {"2025E", "2026E", "2027E"}
    rows[-1] = row("ROE", "2027E", "25.2", unit="%", statement="forecast", row_number=2)
    (c,) = [c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("ROE 2027E")]
    assert c["verdict"] == "mismatch"


def _multiples_doc(pe_2024a="37.13", pb_2024a="5.75"):
    # the forecast years at a close of 17.98; 东北 prices the reported year 2024A at its own close
    years = [("2024A", "0.68", pe_2024a, "4.39", pb_2024a), ("2025E", "0.98", "18.27", "5.16", "3.48"),
             ("2026E", "1.34", "13.40", "6.23", "2.88"), ("2027E", "1.78", "10.11", "7.65", "2.35")]
    rows = []
    for period, eps, pe, bvps, pb in years:
        rows += [row("每股收益", period, eps, unit="元", statement="valuation", row_number=0),
                 row("市盈率", period, pe, unit="倍", statement="valuation", row_number=1),
                 row("每股净资产", period, bvps, unit="元", statement="valuation", row_number=2),
                 row("市净率", period, pb, unit="倍", statement="valuation", row_number=3)]
    return {c["claim"]: c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "valuation"}


def test_a_reported_year_priced_at_its_own_close_is_unverifiable():
    checks = _multiples_doc()
    # its PE and PB agree on one price (25.2), not the forecasts' 17.98: that year's own close
    assert checks["市盈率 2024A 37.13"]["verdict"] == checks["市净率 2024A 5.75"]["verdict"] == "unverifiable"
    assert "its own close" in checks["市盈率 2024A 37.13"]["note"]
    # the forecast years agree among themselves, whatever the reported year's price
    assert {checks[k]["verdict"] for k in checks if "E " in k} <= {"consistent", "rounding"}
    # an edit of the reported year's PE: its PB is at the forecasts' price, so the PE is wrong
    checks = _multiples_doc(pe_2024a="36.44", pb_2024a="4.10")
    assert checks["市盈率 2024A 36.44"]["verdict"] == "mismatch"


def test_a_reported_eps_below_profit_over_shares_where_perpetual_bonds_are_held():
    # 广发证券 2023: 0.83, where 6,978 ÷ 7,621 = 0.92 — basic EPS pays the 永续债 first
    rows = [row("归属于母公司所有者的净利润", "2023", "6,978"), row("每股收益", "2023", "0.83", unit="元", row_number=1),
            row("其他权益工具投资", "2023", "5,697", statement="balance", row_number=2),
            row("永续债", "2023", "22,479", statement="balance", row_number=3)]
    doc = tiny_doc(rows)
    doc.meta.price = Money(value=15.52, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=7621, unit="百万股", printed="7621")}
    (c,) = [c for c in verify(doc)["checks"] if c["claim"].startswith("每股收益")]
    assert c["verdict"] == "unverifiable" and "永续债 (22,479" in c["note"]  # the asset line is not it
    doc.tables[0].rows = rows[:2]
    (c,) = [c for c in verify(doc)["checks"] if c["claim"].startswith("每股收益")]
    assert c["verdict"] == "mismatch"


def test_market_data_in_十亿元_and_已上市流通股():
    from pipeline import meta
    found = meta.find_market("总股本（百万股） 7621\n已上市流通股（百万股） 5919\n总市值（十亿元） 118.3\n流通市值（十亿元） 91.9")
    assert found["流通股本"]["value"] == 5919 and found["总市值"]["unit"] == "十亿元"
    # a converter's table row holds the label and its figure; a forecast row of figures is no market data
    rows = meta.find_market("| 总市值/流通市值 | 1826424/1826424百万元 |\n| 市净率 (PB) | 7.86 | 7.47 | 6.99 |")
    assert rows["流通市值"]["value"] == 1826424 and "市净率" not in rows
    doc = tiny_doc([])
    doc.meta.price = Money(value=15.52, currency="CNY")
    doc.meta.market = {k: Quantity(**v) for k, v in found.items()}
    checks = {c["claim"].split()[0]: c["verdict"] for c in verify(doc)["checks"] if c["family"] == "market"}
    assert checks == {"总市值": "consistent", "流通市值": "consistent"}  # 15.52 × 7,621 = 118.28 十亿元


def test_market_values_in_a_bare_scale_are_in_the_close_s_money():
    # '流通A股/总股本33.66/33.69亿,流通A股市值747.70亿,总市值748.18亿' (亿, no 元): 22.21 × 33.69 = 748.25; a figure with
    # no unit at all stays unverifiable
    doc = tiny_doc([])
    doc.meta.price = Money(value=22.21, currency="CNY")
    doc.meta.market = {"总股本": Quantity(value=33.69, unit="亿股", printed="33.69"),
                       "总市值": Quantity(value=748.18, unit="亿", printed="748.18")}
    checks = {c["claim"].split()[0]: c["verdict"] for c in verify(doc)["checks"] if c["family"] == "market"}
    assert checks == {"总市值": "rounding"}
    doc.meta.market["总市值"] = Quantity(value=758.18, unit="亿", printed="758.18")
    assert [c["verdict"] for c in verify(doc)["checks"] if c["family"] == "market"] == ["mismatch"]
    doc.meta.market["总市值"] = Quantity(value=74818, unit=None, printed="74,818")
    assert [c["verdict"] for c in verify(doc)["checks"] if c["family"] == "market"] == ["unverifiable"]


def test_a_percentage_after_收盘价_is_no_price():
    from pipeline import meta
    assert meta.find_price("股息收益率 = 每股现金红利 / 报告首页收盘价 ） *100%", "收盘价") is None
    assert meta.find_price("收盘价(元) 17.98", "收盘价")["value"] == 17.98


def test_upside_as_空间_after_the_target(tmp_path):
    # 招商: '给定公司目标价19.3元，对应1.1倍PB目标，空间约为24%' — 99.2 ÷ 80.00 − 1 = 24.0%
    checks = _cover_and_sentence(tmp_path, "给定公司目标价99.2元，对应1.1倍PB目标，空间约为24%，维持强烈推荐评级。")
    (c,) = [c for c in checks if c["formula"].startswith("(target")]
    assert c["reported"] == 24 and c["inputs"]["target"] == 99.2 and c["verdict"] == "consistent"


@pytest.mark.parametrize("upside, verdict", [("20", "consistent"), ("25", "mismatch")])
def test_upside_said_潜在上行空间_after_its_figure(tmp_path, upside, verdict):
    # 96.00 ÷ 80.00 − 1 = 20.0%: '存在约20%的潜在上行空间'
    checks = _cover_and_sentence(tmp_path, f"报告给出的目标价为96元,当前股价为80.00元,存在约{upside}%的潜在上行空间。")
    assert [(c["reported"], c["verdict"]) for c in checks if c["formula"].startswith("(target")] == [(int(upside), verdict)]


def test_upside_over_the_price_said_after_当前_before_的价格(tmp_path):
    # '目标股价设定为40元,相较于当前32.67元的价格存在约22.4%的潜在上行空间': 40 ÷ 32.67 − 1 = 22.4%
    checks = _cover_and_sentence(tmp_path, "目标股价设定为96元,相较于当前75.00元的价格存在约28.0%的潜在上行空间。")
    (c,) = [c for c in checks if c["formula"].startswith("(target")]
    assert c["inputs"] == {"target": 96, "close": 75} and c["verdict"] == "consistent"


def test_upside_as_room_to_grow_over_the_current_price(tmp_path):
    # '目标价为7.84元,当前价为6.70元,预期较当前有17%的增长空间': 7.84 ÷ 6.70 − 1 = 17.0%
    checks = _cover_and_sentence(tmp_path, "目标价为96元,当前价为80元,预期较当前有{}%的增长空间。".format(20))
    assert [(c["reported"], c["verdict"]) for c in checks if c["formula"].startswith("(target")] == [(20, "consistent")]
    # room to grow said of a business is no upside: '行业仍有30%的增长空间'
    assert [c for c in _cover_and_sentence(tmp_path, "行业仍有30%的增长空间。") if c["formula"].startswith("(target")] == []


def test_a_pb_list_over_the_bvps_the_prose_states(tmp_path):
    # 招商: '24/25/26 年 BPS 为 16.1/17.5/19.2 元，现价对应 PB 估值分别为 0.97/0.89/0.81 倍' — the
    # close over each year's BPS, no table needed (80.00 ÷ 40.0, 44.0, 48.0)
    sentence = "预计25/26/27年BPS为40.0/44.0/48.0元，现价对应PB估值分别为2.00/1.82/1.67倍。"
    found = {c["reported"]: c["verdict"] for c in _cover_and_sentence(tmp_path, sentence)
             if c["formula"].startswith("close ÷ 每股净资产")}
    assert found == {2.0: "consistent", 1.82: "consistent", 1.67: "consistent"}
    found = {c["reported"]: c["verdict"] for c in _cover_and_sentence(tmp_path, sentence.replace("1.82", "1.92"))
             if c["formula"].startswith("close ÷ 每股净资产")}
    assert found[1.92] == "mismatch"


def test_a_hong_kong_income_statement_by_its_own_names(tmp_path):
    # 收益 (revenue, in an income statement only), 經營溢利, 稅項, 期內溢利, 本公司擁有人應佔溢利,
    # 每股盈利; 按年 for 同比 and 純利率 in its prose
    path = tmp_path / "hk.md"
    path.write_text("# 騰遠科技（01234.HK）：2024年業績點評\n\n某某國際證券 2025年3月28日 評級：買入（維持）\n\n"
                    "2024年純利率為12.8%，按年提升0.8個百分點。\n\n綜合損益表（百萬港元）\n\n"
                    "| 年結12月 | 2023A | 2024A | 2025E |\n|---|---|---|---|\n| 收益 | 3,200 | 3,900 | 4,680 |\n"
                    "| 銷售成本 | (2,000) | (2,400) | (2,850) |\n| 毛利 | 1,200 | 1,500 | 1,840 |\n"
                    "| 除稅前溢利 | 480 | 600 | 740 |\n| 稅項 | (96) | (100) | (120) |\n| 期內溢利 | 384 | 500 | 620 |\n"
                    "| 本公司擁有人應佔溢利 | 378 | 492 | 610 |\n", encoding="utf-8")
    checks = {c["claim"]: c for c in verify(read_document(path))["checks"]}
    assert checks["毛利 2024A 1500"]["verdict"] == "consistent" and "收益" in checks["毛利 2024A 1500"]["formula"]
    assert checks["毛利 2025E 1840"]["verdict"] == "mismatch"  # 4,680 − 2,850 = 1,830
    assert checks["期内溢利 2025E 620"]["verdict"] == "consistent"
    prose = {c["formula"]: c["verdict"] for c in checks.values() if "【" in c["claim"]}
    assert prose == {"净利润 ÷ 营业收入": "consistent", "纯利率 2024 − 纯利率 2023": "consistent"}


def _two_tables(summary: list[dict], statements: list[dict]) -> Document:
    doc = tiny_doc(summary)
    doc.tables.append(Table(kind="financials", page=4, source="typed", rows=[{**r, "page": 4} for r in statements],
                            columns=doc.tables[0].columns))
    return doc


def test_a_ratio_printed_in_two_tables_agrees_to_both_printings():
    summary = [row("净资产收益率（ROE）", "2026E", "2.72%", unit="%", statement="forecast"),
               row("EV/EBITDA", "2023", "17.5", unit=None, statement="forecast", row_number=1),
               row("每股收益", "2026E", "0.10", unit="美元", statement="forecast", row_number=2)]
    statements = [row("ROE", "2026E", "2.72%", unit="%", statement="ratios"),
                  row("EVEBITDA", "2023", "17.44", unit="x", statement="ratios", row_number=1),
                  row("每股收益", "2026E", "0.73", unit="元", statement="per_share", row_number=2)]
    checks = {c["claim"]: c for c in verify(_two_tables(summary, statements))["checks"] if c["family"] == "restated"}
    assert checks["ROE 2026E 2.72 (p.4) against p.1"]["verdict"] == "consistent"
    # 17.44 rounds to 17.4: page 1's 17.5 is another figure
    ev = checks["EVEBITDA 2023 17.44 (p.4) against p.1"]
    assert ev["verdict"] == "mismatch" and ev["note"].startswith("p.4 prints 17.44, p.1 17.5")
    # EPS in dollars on page 1 and in yuan on page 4 are not one printing
    assert not any(claim.startswith("每股收益") for claim in checks)


def test_a_ratio_printed_three_times_and_edited_once_is_one_mismatch_at_the_odd_printing():
    summary = [row("毛利率", "2026E", "23.8%", unit="%", statement="forecast")]
    doc = _two_tables(summary, [row("毛利率", "2026E", "24.8%", unit="%", statement="ratios")])
    doc.tables.append(Table(kind="financials", page=6, source="typed", columns=doc.tables[0].columns,
                            rows=[{**row("毛利率", "2026E", "23.8%", unit="%", statement="ratios"), "page": 6}]))
    checks = [c for c in verify(doc)["checks"] if c["family"] == "restated"]
    assert sorted((c["claim"], c["verdict"]) for c in checks) == [
        ("毛利率 2026E 23.8 (p.6) against p.1", "consistent"), ("毛利率 2026E 24.8 (p.4) against p.1", "mismatch")]


def test_a_per_share_figure_of_a_ratios_table_without_money_is_in_the_one_currency_of_the_report():
    # the ratios table prints no money; every table's money is in 元, so its EPS is in 元 too
    summary = [row("归母净利润", "2026E", "10,672", statement="forecast"),
               row("每股收益", "2026E", "31.48", unit="元", statement="forecast", row_number=1)]
    edited = [row("每股收益", "2026E", "31.53", unit=None, statement="per_share"),
              row("ROE", "2026E", "5.1%", unit="%", statement="ratios", row_number=1)]
    checks = {c["claim"]: c for c in verify(_two_tables(summary, edited))["checks"] if c["family"] == "restated"}
    assert checks["每股收益 2026E 31.53 (p.4) against p.1"]["verdict"] == "mismatch"
    clean = [{**edited[0], "value": 31.48, "printed": "31.48"}, edited[1]]
    checks = {c["claim"]: c for c in verify(_two_tables(summary, clean))["checks"] if c["family"] == "restated"}
    assert checks["每股收益 2026E 31.48 (p.4) against p.1"]["verdict"] == "consistent"
    # a report with money in two currencies leaves a unitless per-share figure's currency unknown
    dollars = summary + [row("营业收入", "2026E", "9,000", unit="百万美元", statement="forecast", row_number=2)]
    assert not [c for c in verify(_two_tables(dollars, edited))["checks"] if c["claim"].startswith("每股收益")
                and c["family"] == "restated"]


def test_ratios_of_two_definitions_are_not_compared():
    summary = [row("ROE(摊薄)", "2026E", "2.72%", unit="%", statement="forecast")]
    statements = [row("ROE(加权)", "2026E", "2.91%", unit="%", statement="ratios")]
    assert not [c for c in verify(_two_tables(summary, statements))["checks"] if c["family"] == "restated"]


def _target_over_a_small_eps(sentence):
    from pipeline.document import Page

    doc = tiny_doc([row("归母净利润", "2026E", "152"),
                    row("每股收益", "2026E", "0.06", unit="元", statement="per_share", row_number=1)])
    doc.pages = [Page(number=1, text=sentence)]
    doc.meta.market = {"总股本": Quantity(value=2500, unit="百万股", printed="2,500")}
    return [c for c in verify(doc)["checks"] if c["family"] == "target"]


def test_a_target_over_a_rounded_eps_is_judged_to_the_profit_over_the_share_count():
    # "0.06" allows 30–32 × 0.055–0.065 to give 1.80; 152 ÷ 2,500 = 0.0608 narrows it to 1.94 at 32×
    (c,) = _target_over_a_small_eps("给予公司2026年32倍PE，对应目标价1.80元，维持买入评级。")
    assert c["verdict"] == "mismatch" and "1.92 on the EPS as printed" in c["note"]
    # a broker may set the target on the EPS as printed (30.0 × 0.06 = 1.80) or on the profit over
    # the share count (30.0 × 0.0608 = 1.82)
    for target in ("1.80", "1.82"):
        (c,) = _target_over_a_small_eps(f"给予公司2026年30.0倍PE，对应目标价{target}元，维持买入评级。")
        assert c["verdict"] == "consistent", target
    (c,) = _target_over_a_small_eps("给予公司2026年30.0倍PE，对应目标价1.86元，维持买入评级。")
    assert c["verdict"] == "mismatch"


def _results_of(tmp_path, text):
    from pipeline.ingest import read_document

    path = tmp_path / "r.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {c["reported"]: c["verdict"] for c in verify(read_document(path))["checks"] if c["family"] == "results"}


def test_a_hong_kong_announcement_in_its_own_voice(tmp_path):
    # no company named: the group states its own 收益 (revenue), 毛利 and 纯利 (167 ÷ 658, 106 ÷ 658)
    text = ("财务及营运摘要\n截至2020年6月30日止六个月,本集团的收益为人民币658百万元,较去年同期减少12.6%。\n"
            "截至2020年6月30日止六个月,本集团的毛利为人民币167百万元及本集团的毛利率为{gm}%。\n"
            "截至2020年6月30日止六个月,本集团的纯利为人民币106百万元及本集团的纯利率为16.1%。")
    assert _results_of(tmp_path, text.format(gm="25.4"))[25.4] == "consistent"
    assert _results_of(tmp_path, text.format(gm="26.4"))[26.4] == "mismatch"
    # 投资收益 is no revenue, and no subject a list after it is said of (归母净利润's carries on)
    checks = _results_of(tmp_path, "某某生物(01548):点评\n2024年归母净利润2,962百万美元(+3202.2%),主因投资收益;"
                                   "2025E-2026E预测分别为34百万美元(-98.8%)、72百万美元(+109.7%)。")
    assert checks.get(109.7) == "rounding"    # 72 ÷ 34 − 1, each rounded to the million


def test_a_dividend_by_its_bare_name_and_never_per_share(tmp_path):
    head = "某某医药(600056):2024年报点评\n"
    assert _results_of(tmp_path, head + "2024年公司实现归母净利润5.35亿元,全年分红1.6亿元,分红率约30%。")[30] == "consistent"
    assert _results_of(tmp_path, head + "2024年公司实现归母净利润5.35亿元,全年分红1.6亿元,分红率约40%。")[40] == "mismatch"
    # 1.08元/股 is a dividend per share, no total to divide by the profit
    assert 30.2 not in _results_of(tmp_path, head + "2024年归母净利润449.60亿元。2024年分红1.08元/股,分红率为30.2%。")


def test_a_summary_rating_the_stock_under_its_company_label_is_a_company_s_note(tmp_path):
    # no title, no 公司: the template's company label ('报告投资评级') rating it whatever the word
    # (推荐 rates industries too); '1 - 3Q24' is the first three quarters, spaced as summaries print it;
    # 1.65 ÷ 7.96 = 20.7%
    text = ("报告投资评级 - 维持“推荐”评级[3] 报告核心观点 - 1 - 3Q24研发费用率同比增加14.3ppt至{r}%,"
            "研发费用同比增加7.1%至1.65亿元[1] - 1 - 3Q24实现营收7.96亿元,YOY - 66.8%[1]")
    assert _results_of(tmp_path, text.format(r="20.7"))[20.7] == "consistent"
    assert _results_of(tmp_path, text.format(r="22.7"))[22.7] == "mismatch"
    # an industry's label is no company's
    assert _results_of(tmp_path, "行业投资评级 - 维持“推荐”评级 " + text.format(r="22.7")[24:]) == {}


def test_a_change_between_two_stated_figures_and_a_ratio_s_move_in_points(tmp_path):
    from pipeline.ingest import read_document

    def judged(change, points):
        path = tmp_path / "b.txt"
        path.write_text(f"报告期末净资本828.47亿元,较上年度末874.12亿元下降{change}%。"
                        f"风险覆盖率241.72%,较上年度末239.03%增加{points}个百分点。\n", encoding="utf-8")
        return {c["reported"]: c["verdict"] for c in verify(read_document(path))["checks"] if c["family"] == "stated_change"}

    # 828.47 ÷ 874.12 − 1 = −5.22% (a base period with no 的); 241.72 − 239.03 = 2.69 points
    assert judged("5.22", "2.69") == {-5.22: "consistent", 2.69: "consistent"}
    assert judged("5.56", "2.96") == {-5.56: "mismatch", 2.96: "mismatch"}


def test_a_results_announcement_s_changes_between_its_stated_figures(tmp_path):
    from pipeline.ingest import read_document

    def judged(title, body):
        path = tmp_path / "a.txt"
        path.write_text(title + "\n" + body + "\n", encoding="utf-8")
        return sorted((c["family"], c["reported"], c["verdict"]) for c in verify(read_document(path))["checks"]
                      if c["verdict"] != "unverifiable")

    # the change, the figure it came to, and the year before's in brackets; a ratio's points so
    body = ("收益减少{a}%至约人民币277,261,000元(二零一九年:人民币336,538,000元)。\n"
            "毛利率下跌{b}个百份点至56.9%(二零一九年:59.7%)。")
    title = "截至二零二零年十二月三十一日止年度之年度业绩公告"
    assert judged(title, body.format(a="17.6", b="2.8")) == [("stated_change", -17.6, "consistent"),
                                                              ("stated_change", -2.8, "consistent")]
    assert judged(title, body.format(a="16.6", b="3.8")) == [("stated_change", -16.6, "mismatch"),
                                                              ("stated_change", -3.8, "mismatch")]
    # a move from the year before's figure ('由上年度的…增长27.6%至…'), and a base after its currency word
    assert judged("业绩摘要", "收益由上年度的2,736.2百万港元增长约27.6%至3,490.1百万港元。") == [
        ("stated_change", 27.6, "consistent")]
    # the group's own announcement: its revenue's year before is no second figure of the year (436 ÷ 2138)
    got = judged("业绩摘要", "截至2023年12月31日止年度,本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%。\n"
                            "截至2023年12月31日止年度,本集团的毛利为人民币436百万元,本集团的毛利率为20.4%。")
    assert ("stated_change", 12.5, "consistent") in got and ("results", 20.4, "consistent") in got


def test_rows_of_two_years_and_their_change_under_a_change_column(tmp_path):
    from pipeline.ingest import read_document

    def judged(text):
        path = tmp_path / "r.txt"
        path.write_text(text, encoding="utf-8")
        return sorted((c["reported"], c["verdict"]) for c in verify(read_document(path))["checks"]
                      if c["family"] == "stated_change")

    table = "财务资料\n2010年\n财政年度\n2009年\n财政年度\n变动\n百万港元 百万港元\n营业额 33,891.5 23,863.4 {a}%\n" \
            "每股全年股息 110.0港仙 75.0港仙 +47%\n"
    # 33,891.5 ÷ 23,863.4 − 1 = +42%; 110 ÷ 75 − 1 = +47%
    assert judged(table.format(a="+42")) == [(42, "consistent"), (47, "consistent")]
    assert judged(table.format(a="+52")) == [(47, "consistent"), (52, "mismatch")]
    # the same rows under no change column are three figures of unknown relation
    assert judged(table.replace("变动\n", "").format(a="+52")) == []


def test_a_growth_on_the_restated_row_of_a_line_printed_twice():
    # '归母净利(未调整)' and '归母净利(调整后)': the growth is on either row; 2202.17 ÷ 1725.83 (restated)
    # gives 27.60, ÷ 1723.27 (as reported) 27.79 — neither row alone decides, and no false mismatch
    rows = [row("归母净利(未调整:万)", "2023-12-31", "2202.17", unit=None, statement="forecast", row_number=0),
            row("归母净利(未调整:万)", "2022-12-31", "1723.27", unit=None, statement="forecast", row_number=0),
            row("归母净利(调整后:万)", "2023-12-31", "2202.17", unit=None, statement="forecast", row_number=1),
            row("归母净利(调整后:万)", "2022-12-31", "1725.83", unit=None, statement="forecast", row_number=1)]
    for printed, verdict in (("27.60", "consistent"), ("27.79", "consistent"), ("28.60", "mismatch")):
        growth = row("净利润增长率", "2023-12-31", printed, unit="%", statement="forecast", row_number=2)
        (c,) = [c for c in verify(tiny_doc(rows + [growth]))["checks"]
                if c["family"] == "growth" and c["reported"] == float(printed)]
        assert c["verdict"] == verdict


def test_a_data_export_s_names_of_revenue_and_the_debt_ratio():
    # '营业总收' (a narrow column's 营业总收入), '资产总额'/'负债总额', '资产负债比率': 542,241.56 ÷ 763,983.99
    rows = [row("资产总额", "2024-12-31", "763983.99", unit="万元", statement="forecast", row_number=0),
            row("负债总额", "2024-12-31", "542241.56", unit="万元", statement="forecast", row_number=1),
            row("资产负债比率", "2024-12-31", "70.98", unit="%", statement="forecast", row_number=2),
            row("营业总收", "2024-12-31", "87156.89", unit="万元", statement="forecast", row_number=3),
            row("营业总收", "2023-12-31", "87049.37", unit="万元", statement="forecast", row_number=3),
            row("总营收同比增长率", "2024-12-31", "0.12", unit="%", statement="forecast", row_number=4)]
    checks = {(c["family"], c["reported"]): c["verdict"] for c in verify(tiny_doc(rows))["checks"]}
    assert checks[("margins", 70.98)] == "consistent" and checks[("growth", 0.12)] == "consistent"


def test_a_change_in_points_between_the_levels_as_the_table_prints_them(tmp_path):
    # the table prints 12.5% and 15.7% (from 12.459% and 15.740%): 3.2pct between the printed levels is
    # the report's own arithmetic, though the amounts give 3.28; 4.2pct is none
    table = ("| 项目 | 1Q24A | 1Q25A |\n|---|---|---|\n| 营业收入(百万元) | 17,491 | 21,252 |\n"
             "| 营业成本(百万元) | 15,312 | 17,907 |\n| 毛利率 | 12.5% | 15.7% |\n\n")
    for pct, verdicts in (("3.2", ("consistent", "rounding")), ("4.2", ("mismatch",))):
        checks = _cover_and_sentence(tmp_path, table + f"1Q25营收212.52亿元，毛利率15.7%（同比+{pct}pct）。")
        (c,) = [c for c in checks if c["reported"] == float(pct)]
        assert c["verdict"] in verdicts


def _html_table(rows) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"


# a company's own statements (CAS), as a PDF-to-Markdown converter writes them: the balance sheet with
# liabilities beside assets, the income statement signed by its 减/加 words (losses printed negative),
# the cash-flow statement with each activity's 流入小计 and 流出小计
OWN_ASSETS = [("流动资产:", "", ""), ("货币资金", "700", "900"), ("应收账款", "300", "250"), ("存货", "200", "150"),
              ("流动资产合计", "1,200", "1,300"), ("非流动资产:", "", ""), ("固定资产", "800", "700"),
              ("无形资产", "100", "100"), ("非流动资产合计", "900", "800"), ("资产总计", "2,100", "2,100")]
OWN_LIABILITIES = [("流动负债:", "", ""), ("短期借款", "500", "600"), ("应付账款", "300", "350"),
                   ("流动负债合计", "800", "950"), ("长期借款", "200", "150"), ("应付债券", "", ""), ("其中:优先股", "", ""),
                   ("永续债", "", ""), ("非流动负债合计", "200", "150"), ("负债合计", "1,000", "1,100"),
                   ("股本", "500", "500"), ("资本公积", "300", "300"), ("减:库存股", "50", "50"),
                   ("未分配利润", "300", "200"), ("归属于母公司所有者权益合计", "1,050", "950"), ("少数股东权益", "50", "50"),
                   ("所有者权益合计", "1,100", "1,000"), ("负债和所有者权益总计", "2,100", "2,100")]
OWN_INCOME = [("营业收入", "1,000", "900"), ("营业成本", "600", "550"), ("税金及附加", "10", "9"), ("销售费用", "50", "45"),
              ("管理费用", "40", "38"), ("研发费用", "60", "50"), ("财务费用", "20", "18"), ("其中:利息费用", "25", "22"),
              ("利息收入", "6", "5"), ("加:其他收益", "15", "12"), ("投资收益(损失以“-”号填列)", "8", "-3"),
              ("信用减值损失(损失以“-”号填列)", "-5", "2"), ("资产减值损失(损失以“-”号填列)", "-3", "-1"),
              ("净敞口套期收益(损失以“-”号填列)", "", ""), ("公允价值变动收益(损失以“-”号填列)", "", ""),
              ("资产处置收益(损失以“-”号填列)", "", ""), ("二、营业利润(亏损以“-”号填列)", "235", "200"), ("加:营业外收入", "5", "4"), ("减:营业外支出", "2", "3"),
              ("三、利润总额(亏损总额以“-”号填列)", "238", "201"), ("减:所得税费用", "38", "31"),
              ("四、净利润(净亏损以“-”号填列)", "200", "170"), ("归属于母公司股东的净利润", "190", "160"),
              ("少数股东损益", "10", "10"), ("五、其他综合收益的税后净额", "-6", "4"),
              ("归属于母公司所有者的其他综合收益的税后净额", "-6", "4"), ("六、综合收益总额", "194", "174"),
              ("归属于母公司所有者的综合收益总额", "184", "164"), ("归属于少数股东的综合收益总额", "10", "10")]
OWN_CASH = [("一、经营活动产生的现金流量:", "", ""), ("销售商品、提供劳务收到的现金", "1,100", "950"),
            ("收到的税费返还", "", ""), ("收到其他与经营活动有关的现金", "30", "20"), ("经营活动现金流入小计", "1,130", "970"),
            ("购买商品、接受劳务支付的现金", "700", "600"), ("支付给职工以及为职工支付的现金", "150", "140"),
            ("支付的各项税费", "60", "50"), ("经营活动现金流出小计", "910", "790"), ("经营活动产生的现金流量净额", "220", "180"),
            ("二、投资活动产生的现金流量:", "", ""), ("收回投资收到的现金", "20", "10"), ("取得投资收益收到的现金", "5", "4"),
            ("投资活动现金流入小计", "25", "14"), ("购建固定资产、无形资产和其他长期资产支付的现金", "200", "150"),
            ("投资支付的现金", "30", "20"), ("取得子公司及其他营业单位支付的现金净额", "", ""),
            ("支付其他与投资活动有关的现金", "", ""), ("投资活动现金流出小计", "230", "170"), ("投资活动产生的现金流量净额", "-205", "-156"),
            ("三、筹资活动产生的现金流量:", "", ""), ("取得借款收到的现金", "300", "250"), ("收到其他与筹资活动有关的现金", "10", "5"),
            ("筹资活动现金流入小计", "310", "255"), ("偿还债务支付的现金", "350", "200"),
            ("分配股利、利润或偿付利息支付的现金", "40", "30"), ("筹资活动现金流出小计", "390", "230"),
            ("筹资活动产生的现金流量净额", "-80", "25"), ("四、汇率变动对现金及现金等价物的影响", "-1", "1"),
            ("五、现金及现金等价物净增加额", "-66", "50"), ("加:期初现金及现金等价物余额", "900", "850"),
            ("六、期末现金及现金等价物余额", "834", "900")]


RELATIVE_COLUMNS = (("期末余额", "上年年末余额"), ("本期金额", "上期金额"))
# an annual report's: the balance sheet under its dates, the flows under their years, '-' on the
# template's lines the company has no figure for
DATED_COLUMNS = (("2025年12月31日", "2024年12月31日"), ("2025年度", "2024年度"))


def _own_statements(tmp_path, edit=None, columns=RELATIVE_COLUMNS):
    """verify's checks of the statements above written as a converter's Markdown; `edit`: (line, column, printed)."""
    none = "-" if columns == DATED_COLUMNS else ""

    def edited(lines):
        return [(name, *(edit[2] if edit and (name, k) == edit[:2] else v or (none if name[-1] not in ":：" else "")
                         for k, v in enumerate(values))) for name, *values in lines]

    assets, liabilities = edited(OWN_ASSETS), edited(OWN_LIABILITIES)
    assets += [("", "", "")] * (len(liabilities) - len(assets))
    (end, start), (now, before) = columns
    balance = [("资产", "附注五", end, start, "负债和所有者权益", "附注五", end, start)] + [
        (a[0], "", a[1], a[2], b[0], "", b[1], b[2]) for a, b in zip(assets, liabilities)]
    text = "\n\n".join(["# 示例股份有限公司", "2025年12月31日", _html_table(balance), "合并利润表",
                        _html_table([("项目", "附注五", now, before)] + [(n, "", a, b) for n, a, b in edited(OWN_INCOME)]),
                        "合并现金流量表",
                        _html_table([("项目", "附注五", now, before)] + [(n, "", a, b) for n, a, b in edited(OWN_CASH)])])
    path = tmp_path / "statements.md"
    path.write_text(text + "\n", encoding="utf-8")
    return [c for c in verify(read_document(path))["checks"] if c["family"] == "totals"]


@pytest.mark.parametrize("columns", [RELATIVE_COLUMNS, DATED_COLUMNS])
def test_a_companys_own_statements_as_a_converter_writes_them(tmp_path, columns):
    checks = _own_statements(tmp_path, columns=columns)
    assert checks and {c["verdict"] for c in checks} == {"consistent"}
    formulas = {c["formula"] for c in checks}
    # 减：库存股 is taken away from the equity it is listed among
    assert "归属于母公司所有者权益合计 = 股本 + 资本公积 − 库存股 + 未分配利润" in formulas
    # each activity's 小计 from its lines, its net from the two 小计, the year-end cash from the year's start
    assert "经营活动现金流出小计 = 购买商品、接受劳务支付的现金 + 支付给职工以及为职工支付的现金 + 支付的各项税费" in formulas
    assert "经营活动产生的现金流量净额 = 经营活动现金流入小计 − 经营活动现金流出小计" in formulas
    assert "六、期末现金及现金等价物余额 = 加:期初现金及现金等价物余额 + 五、现金及现金等价物净增加额" in formulas
    # 营业利润 in two periods, signed as the statement's 减/加 words say; 利息收入 under 其中 not summed again
    operating = [c for c in checks if c["claim"].startswith("二、营业利润")]
    assert len(operating) == 2 and "利息收入" not in operating[0]["formula"]
    assert "六、综合收益总额 = 四、净利润(净亏损以“-”号填列) + 五、其他综合收益的税后净额" in formulas
    # the balance sheet's halves are two statements: each total of its own lines
    assert sum(c["claim"].startswith("负债和所有者权益总计") for c in checks) >= 4


@pytest.mark.parametrize("edit, flagged, columns", [
    (("减:库存股", 0, "40"), "归属于母公司所有者权益合计", RELATIVE_COLUMNS),   # one period alone to go by: its own form lists every line
    (("信用减值损失(损失以“-”号填列)", 0, "5"), "二、营业利润", RELATIVE_COLUMNS),
    (("支付的各项税费", 0, "70"), "经营活动现金流出小计", RELATIVE_COLUMNS),
    # under years: the income statement numbers its sections and signs its lines, so it is the company's own
    (("信用减值损失(损失以“-”号填列)", 0, "5"), "二、营业利润", DATED_COLUMNS),
    (("支付的各项税费", 1, "60"), "经营活动现金流出小计", DATED_COLUMNS),
])
def test_an_edit_of_a_companys_own_statement_is_flagged(tmp_path, edit, flagged, columns):
    mismatches = [c for c in _own_statements(tmp_path, edit, columns) if c["verdict"] == "mismatch"]
    assert [c["claim"].split()[0].startswith(flagged) for c in mismatches] == [True]


def _nonrecurring(total_2024="1,053"):
    """An annual report's 非经常性损益 by kind, three years: '减：' before the tax and the minority's share."""
    lines = [("非流动性资产处置损益", ("124", "-1", "310")), ("计入当期损益的政府补助", ("1,334", "1,677", "1,273")),
             ("其他营业外收入和支出", ("-7", "-65", "-2")), ("减:所得税影响额", ("300", "382", "63")),
             ("少数股东权益影响额(税后)", ("98", "76", "-481")), ("合计", (total_2024, "1,153", "1,999"))]
    rows = [row(name, period, figures[k], statement="forecast", row_number=i) for i, (name, figures) in enumerate(lines)
            for k, period in enumerate(("2024年", "2023年", "2022年"))]
    return {c["claim"]: c for c in verify(tiny_doc(rows))["checks"] if c["claim"].startswith("合计")}


def test_a_breakdowns_total_takes_away_the_run_of_lines_after_its_减():
    checks = _nonrecurring()
    assert {c["verdict"] for c in checks.values()} == {"consistent"} and len(checks) == 3
    assert checks["合计 2024年 1053"]["formula"].endswith("− 所得税影响额 − 少数股东权益影响额(税后)")
    (edited,) = [c for c in _nonrecurring(total_2024="1,063").values() if c["verdict"] != "consistent"]
    assert edited["verdict"] == "mismatch" and "they add up in" in edited["note"]


def test_a_line_named_after_the_kind_of_figure_it_is():
    # an annual report's EBITDA reconciliation: '会计指标:净利润' is 净利润, and 息税折旧及摊销前利润率 its margin
    rows = [row("营业收入", "2024年", "57,796", statement="forecast", row_number=0),
            row("会计指标:净利润", "2024年", "5,373", statement="forecast", row_number=1),
            row("非企业会计准则财务指标:息税折旧及摊销前利润", "2024年", "31,562", statement="forecast", row_number=2),
            row("净利率", "2024年", "9.3", unit="%", statement="forecast", row_number=3),
            row("息税折旧及摊销前利润率", "2024年", "54.6", unit="%", statement="forecast", row_number=4)]
    checks = {c["reported"]: c for c in verify(tiny_doc(rows))["checks"] if c["family"] == "margins"}
    assert checks[9.3]["verdict"] == checks[54.6]["verdict"] == "consistent"


NOTES = [
    # a company's own notes: each a breakdown of one statement line, its 合计 their sum
    ("# 27.应交税费", [("项目", "期末余额", "期初余额"), ("增值税", "6,927.72", "7,911.04"), ("企业所得税", "485.83", "2,848.78"),
                    ("其他", "57.45", "28.67"), ("合计", "7,471.00", "10,788.49")]),
    ("# 29.其他应付款", [("项目", "期末余额", "期初余额"), ("普通股股利", "1,080.00", "1,080.00"), ("合计", "1,080.00", "1,080.00")]),
    ("# 44.销售费用", [("项目", "本期发生额", "上期发生额"), ("职工薪酬", "43,226.23", "56,714.68"), ("招待费", "23,139.97", "28,250.16"),
                    ("其他", "302.35", "517.07"), ("合计", "66,668.55", "85,481.91")]),
    # numbered parts after 其中, a '减：' line and the '加：' lines after it
    ("# 47.财务费用", [("项目", "本期发生额", "上期发生额"), ("利息支出", "94,611.31", "101,460.39"),
                    ("其中:(1)利息支出", "78,986.92", "87,657.95"), ("(2)贴现利息", "14,282.06", "12,211.76"),
                    ("(3)租赁负债利息费用", "1,342.33", "1,590.68"), ("减:利息收入", "9,065.20", "10,307.19"),
                    ("加:汇兑损失(减收益)", "194.43", "-795.16"), ("加:手续费支出", "6,104.50", "4,040.99"),
                    ("合计", "91,845.04", "94,399.03")]),
    # a list in numbered sections, each over its lines: the sections are summed
    ("# 38.其他综合收益", [("项目", "期初余额", "期末余额"), ("一、不能重分类进损益的其他综合收益", "2,997.33", "35,288.98"),
                       ("其中:其他权益工具投资公允价值变动", "2,997.33", "35,288.98"),
                       ("二、将重分类进损益的其他综合收益", "-1.68", "-1.68"), ("外币财务报表折算差额", "-1.68", "-1.68"),
                       ("合计", "2,995.65", "35,287.30")]),
]


def _notes(tmp_path, edit=None):
    text = "\n\n".join(f"{title}\n\n{_html_table([r if not edit or r[0] != edit[0] else (r[0], edit[1], *r[2:]) for r in rows])}"
                       for title, rows in NOTES)
    path = tmp_path / "notes.md"
    path.write_text("# 示例股份有限公司 财务报表附注\n\n" + text + "\n", encoding="utf-8")
    return verify(read_document(path))["checks"]


def test_a_companys_notes_each_total_their_lines_and_no_note_restates_another(tmp_path):
    checks = _notes(tmp_path)
    # every 合计 judged (a note of one line too); no '合计' or '其他' of one note is another's line; and 利息支出 from the
    # '其中:' rows right under it, both periods (table_trees)
    assert [c["verdict"] for c in checks] == ["consistent"] * 12
    assert [c["claim"] for c in checks if c["family"] == "table_trees"] == ["利息支出 本期发生额 94,611.31", "利息支出 上期发生额 101,460.39"]
    formulas = {c["formula"] for c in checks}
    assert "合计 = 利息支出 − 利息收入 + 加:汇兑损失(减收益) + 加:手续费支出" in formulas
    assert "合计 = 一、不能重分类进损益的其他综合收益 + 二、将重分类进损益的其他综合收益" in formulas
    (edited,) = [c for c in _notes(tmp_path, edit=("招待费", "23,193.97")) if c["verdict"] != "consistent"]
    assert edited["verdict"] == "mismatch" and edited["claim"].startswith("合计 本期发生额")


def test_a_sentences_main_business_revenue_beside_a_tables_revenue(tmp_path):
    # an annual report's 主营业务收入 is the main business alone: no restatement of the table's 营业收入
    path = tmp_path / "ar.md"
    path.write_text("示例股份有限公司2024年年度报告\n\n单位：千元币种：人民币\n\n| 主要会计数据 | 2024年 | 2023年 |\n|---|---|---|\n"
                    "| 营业收入 | 57,795,570 | 45,250,425 |\n| 归属于上市公司股东的净利润 | 3,698,665 | 4,822,814 |\n\n"
                    "报告期内，本集团实现主营业务收入人民币57,107.7百万元，同比增加28.1%。营业收入人民币57,795.6百万元。\n",
                    encoding="utf-8")
    checks = [c for c in verify(read_document(path))["checks"] if c["family"] == "results"]
    assert [c["verdict"] for c in checks if "57,107.7" in c["claim"] or "28.1" in c["claim"]] in ([], ["unverifiable"])
    assert [c["verdict"] for c in checks if "57,795.6" in c["claim"]] == ["consistent"]


def test_a_full_forms_营业总成本_that_does_not_add_up_is_a_mismatch(tmp_path):
    # an annual report's income statement under its years, '-' on the template's empty lines: its
    # 营业总成本 lists every line, so a cost edited breaks it — with two years only to go by
    def statement(cost):
        lines = [("一、营业总收入", "1,000", "900"), ("其中:营业收入", "1,000", "900"), ("利息收入", "-", "-"),
                 ("已赚保费", "-", "-"), ("二、营业总成本", "800", "700"), ("其中:营业成本", cost, "550"),
                 ("利息支出", "-", "-"), ("税金及附加", "10", "9"), ("销售费用", "50", "45"), ("管理费用", "40", "38"),
                 ("研发费用", "60", "50"), ("财务费用", "40", "8"), ("加:其他收益", "15", "12"),
                 ("三、营业利润(亏损以“-”号填列)", "215", "212")]
        path = tmp_path / f"is_{cost}.md"
        path.write_text("合并利润表\n\n" + _html_table([("项目", "附注", "2025年度", "2024年度")] + [(n, "", a, b) for n, a, b in lines])
                        + "\n", encoding="utf-8")
        return {c["formula"].split(" =")[0]: c["verdict"] for c in verify(read_document(path))["checks"]
                if c["family"] == "totals" and "2025年度" in c["claim"]}
    assert statement("600") == {"二、营业总成本": "consistent", "三、营业利润(亏损以“-”号填列)": "consistent",
                                "一、营业总收入": "consistent"}
    assert statement("610")["二、营业总成本"] == "mismatch"


def _movement_note(tmp_path, closing="165,011,928.45"):
    path = tmp_path / "note.md"
    path.write_text("# 36.资本公积\n\n" + _html_table([
        ("项目", "期初余额", "本期增加", "本期减少", "期末余额"),
        ("股本溢价", "103,520,826.41", "61,590,560.00", "99,457.96", closing),
        ("其他资本公积", "53,927,128.61", "31,040,609.25", "61,590,560.00", "23,377,177.86"),
        ("法定盈余公积", "27,337,835.91", "", "", "27,337,835.91")]) + "\n", encoding="utf-8")
    return [c for c in verify(read_document(path))["checks"] if c["family"] == "movements"]


def test_a_notes_closing_balance_from_its_opening_and_the_years_movements(tmp_path):
    checks = _movement_note(tmp_path)
    # a balance that did not move restates itself: no check
    assert [(c["claim"].split()[0], c["verdict"]) for c in checks] == [("股本溢价", "consistent"), ("其他资本公积", "consistent")]
    assert checks[0]["formula"] == "股本溢价: 期末余额 = 期初余额 + 本期增加 − 本期减少"
    (edited,) = [c for c in _movement_note(tmp_path, closing="165,011,929.45") if c["verdict"] == "mismatch"]
    assert edited["claim"].startswith("股本溢价") and edited["recomputed"] == 165011928.45


def _continued_balance_sheet(first_total="247,137"):
    """The second page of a company's own balance sheet (columns 期末余额/上年年末余额): it goes on
    from the page before, so its first rows are only the tail of 非流动资产."""
    lines = [("递延所得税资产", "210", "93"), ("其他非流动资产", "29,618", "50,709"),
             ("非流动资产合计", first_total, "241,889"), ("资产总计", "353,415", "338,463"),
             ("短期借款", "1,070", "3,398"), ("应付账款", "5,658", "4,940"), ("流动负债合计", "6,728", "8,338")]
    return tiny_doc([row(name, period, figure, statement="balance", row_number=i)
                     for i, (name, *figures) in enumerate(lines)
                     for period, figure in zip(("期末余额", "上年年末余额"), figures)])


def test_a_companys_own_table_going_on_from_the_page_before_leaves_its_first_section_open():
    # 非流动资产合计 over the two rows the page shows would be a false mismatch: the section began on
    # the page before; the totals after it are the form's, every line listed
    checks = [c for c in verify(_continued_balance_sheet())["checks"] if c["family"] == "totals"]
    first = [c for c in checks if c["claim"].startswith("非流动资产合计")]
    assert first and {c["verdict"] for c in first} == {"unverifiable"}
    later = [c for c in checks if c["claim"].startswith("流动负债合计")]
    assert later and {c["verdict"] for c in later} == {"consistent"}


@pytest.mark.parametrize("name, statement, concept", [
    ("营业额 / 收益", None, "revenue"), ("除税前溢利 / (亏损)", None, "total_profit"),
    ("股东应占溢利 / (亏损)", None, "parent_np"),
    ("销售/管理费用", None, None), ("净财务支出 / (收入)", None, None)])   # two lines in one, or neither known
def test_a_line_named_twice_or_with_its_loss_after_a_slash(name, statement, concept):
    from pipeline.verify.checks import concept_of
    assert concept_of(name, statement) == concept


@pytest.mark.parametrize("target, verdict", [("113.7", "consistent"), ("123.7", "mismatch")])
def test_a_multiple_given_after_naming_the_peers_is_the_target_s(tmp_path, target, verdict):
    # '参考可比公司给予22年47XPE': the peers are what the multiple was chosen by; after 给予 it is the
    # report's own (2.42 × 47 = 113.74)
    (c,) = _summary(tmp_path, f"维持“增持”评级。维持公司2021-2023 年EPS 预测为2.01/2.42/2.85元,参考可比公司给予22 年47XPE,"
                              f"上调目标价至{target} 元。", title="示例啤酒(600999):业绩符合预期")
    assert (c["formula"], c["verdict"]) == ("target = PE × EPS 2022", verdict)


@pytest.mark.parametrize("a_target, verdict", [("33.31", "consistent"), ("35.31", "mismatch")])
def test_a_dual_listings_multiples_and_targets_in_one_order(tmp_path, a_target, verdict):
    # 'A/H 股 2025 年 PB 分别至 1.6/1.2 倍,对应目标价分别为 33.31 元/26.91 港币': 1.6 × 20.82 = 33.31; the H
    # share's target is in HKD over an RMB BVPS, a rate the text does not print
    found = _summary(tmp_path, f"预计 2025 年 BPS 为 20.82 元 - 给予公司 A/H 股 2025 年 PB 溢价分别至 1.6/1.2 倍,对应目标价分别为 "
                               f"{a_target} 元/26.91 港币(前值 35.43 元/27.10 港币,对应 2025 年 PB1.7/1.2 倍)",
                     title="示例证券(600999):龙头地位全面巩固")
    assert [(c["formula"], c["verdict"]) for c in found] == [("target = PB × BVPS 2025", verdict),
                                                           ("target = PB × BVPS 2025", "unverifiable")]
    assert "rate" in found[1]["note"]


def test_an_insurer_s_pev_over_its_embedded_value_per_share(tmp_path):
    # 'PEV' = the close over '每股 EV' each year, at one price (57.76 ÷ 76.77 = 0.75 …); an edited year stands out
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    text = ("示例保险(601318):三季报点评\n收盘价(元) 57.76 买入(维持)\n盈利预测与估值 2023A 2024A 2025E 2026E 2027E\n"
            "每股 EV(元/股) 76.77 78.56 83.49 88.85 94.58\nPEV 0.75 0.74 0.69 {} 0.61\n")
    path = tmp_path / "note.txt"
    path.write_text(text.format("0.65"), encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["formula"].startswith("PEV")]
    assert len(found) == 5 and {c["verdict"] for c in found} <= {"consistent", "rounding"}
    path.write_text(text.format("0.75"), encoding="utf-8")
    found = [c for c in run_families(read_document(path))[0] if c["formula"].startswith("PEV")]
    assert ("mismatch", 0.75) in {(c["verdict"], c["reported"]) for c in found}  # 2026's 0.75 × 88.85 is no 57.76


def test_a_taiwan_filing_s_statement_typed_by_its_minguo_quarters_and_the_years_to_date(tmp_path):
    # amount/% pairs under each period; 本期累计 and 去年同期累计 count the year to the quarter's end, and the year before's
    header = ("| 民國114年第3季 | | 單位:新台幣仟元 | | 會計項目 | 114年第3季 | 113年第3季 | 本期累計 | 去年同期累計 | | "
              "| 金額 | % | 金額 | % | 金額 | % | 金額 | % | ")
    rows = [("營業收入合計", "1,000", "100.00", "800", "100.00", "2,800", "100.00", "2,400", "100.00"),
            ("營業成本合計", "600", "60.00", "500", "62.50", "1,700", "60.71", "1,500", "62.50"),
            ("營業毛利(毛損)", "{gross}", "40.00", "300", "37.50", "1,100", "39.29", "900", "37.50"),
            ("營業毛利(毛損)淨額", "400", "40.00", "300", "37.50", "1,100", "39.29", "900", "37.50"),
            ("推銷費用", "100", "10.00", "90", "11.25", "300", "10.71", "280", "11.67"),
            ("管理費用", "50", "5.00", "40", "5.00", "150", "5.36", "130", "5.42"),
            ("營業費用合計", "150", "15.00", "130", "16.25", "450", "16.07", "410", "17.08"),
            ("營業利益(損失)", "250", "25.00", "170", "21.25", "650", "23.21", "490", "20.42")]
    text = header + "".join("| " + " | ".join(r) + " | " for r in rows)
    path = tmp_path / "tw.txt"
    path.write_text(text.format(gross="400"), encoding="utf-8")
    doc = read_document(path)
    (typed,) = [t for t in doc.tables if t.kind == "financials"]
    assert sorted({r["period"] for r in typed.rows}) == ["113年第3季", "114年第3季", "2024年前三季度", "2025年前三季度"]
    assert all(r["unit"] == "千元" for r in typed.rows if r["item"] == "营业收入合计")   # 仟元, and no % column typed
    found = [(c["formula"], c["verdict"]) for c in verify(doc)["checks"] if c["family"] == "totals"]
    assert found.count(("营业毛利(毛损) = 营业收入合计 − 营业成本合计", "consistent")) == 4
    assert found.count(("营业利益(损失) = 营业毛利(毛损)净额 − 营业费用合计", "consistent")) == 4
    path.write_text(text.format(gross="410"), encoding="utf-8")
    assert ("营业毛利(毛损) = 营业收入合计 − 营业成本合计", "mismatch") in [
        (c["formula"], c["verdict"]) for c in verify(read_document(path))["checks"] if c["family"] == "totals"]


@pytest.mark.parametrize("upside, verdict", [("30.0", "consistent"), ("33.0", "mismatch")])
def test_a_hong_kong_note_s_potential_rise_with_the_close_in_brackets(tmp_path, upside, verdict):
    # '潜在升幅' (潛在升幅): 52.0 ÷ 40.0 − 1
    path = tmp_path / "hk.txt"
    path.write_text(f"示例控股(01234.HK):维持买入\n示例证券· 2025-10-30\n目标价为52.0港元,潜在升幅{upside}%(现价40.0港元)。\n",
                    encoding="utf-8")
    found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if "target ÷ close" in c["formula"]]
    assert found == [(float(upside), verdict)]


@pytest.mark.parametrize("target, verdict", [("18.70", "consistent"), ("19.70", "mismatch")])
def test_a_target_on_revised_eps_whose_changes_are_in_brackets(tmp_path, target, verdict):
    # '下调22-24年EPS至1.51(-0.54)/1.87(-0.59)/2.10(-0.64)元': the new figures, each with its change; 10 × 1.87
    path = tmp_path / "note.txt"
    path.write_text(f"AI智能总结\n维持“增持”评级。下调22-24年EPS至1.51(-0.54)/1.87(-0.59)/2.10(-0.64)元,"
                    f"根据可比公司给予23年10xPE,调整目标价至{target}元。\n", encoding="utf-8")
    (check,) = [c for c in run_families(read_document(path))[0] if c["family"] == "target"]
    assert check["verdict"] == verdict


def test_multiples_at_a_close_said_before_its_label(tmp_path):
    # '对应10月28日38.04元的收盘价5.6/5.5/5.4x PE': the close is 38.04, not the first multiple after its label;
    # 38.04 ÷ 6.83 = 5.57, ÷ 6.89 = 5.52, ÷ 7.12 = 5.34 (the report's 5.4 is off)
    path = tmp_path / "note.txt"
    path.write_text("示例水泥发布三季报。上调2021-2023年归母净利润预测至361.8/365.4/377.1亿元,EPS6.83/6.89/7.12元,"
                    "对应10月28日38.04元的收盘价5.6/5.5/5.4x PE。\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.meta.price.value == 38.04
    pes = {c["reported"]: c["verdict"] for c in run_families(doc)[0] if c["formula"].startswith("close ÷ EPS")}
    assert pes == {5.6: "consistent", 5.5: "consistent", 5.4: "mismatch"}


def test_a_target_kept_from_before_the_forecasts_were_revised_is_not_judged_on_the_new_ones(tmp_path):
    # '下调23-25年EPS至0.78/0.93/1.07元(原为…),维持目标价16.60元,对应23年PE18倍': 18 × 0.78 = 14.04, the target
    # set on earlier forecasts (the 18x may be the close's on the new EPS): unverifiable, saying so
    path = tmp_path / "note.txt"
    path.write_text("AI智能总结\n维持“增持”评级。下调23-25年EPS至0.78/0.93/1.07元(原为0.83/0.97/1.13元),"
                    "维持目标价16.60元,对应23年PE18倍,维持增持评级。\n", encoding="utf-8")
    (check,) = [c for c in run_families(read_document(path))[0] if c["family"] == "target"]
    assert check["verdict"] == "unverifiable" and "kept" in check["note"]


def test_a_data_site_s_cells_in_their_own_units_and_its_marked_sub_lines(tmp_path):
    # cells print their own unit ('22.96 亿' beside '223.86 万'): each line in the table's unit before it is summed; the
    # lines a site marks 'L' under 财务费用 are its parts, never summed again. 营业总收入 = 1,681.99 + 22.96 + 0.022386;
    # 营业总成本 = the eight cost lines (1,462.61)
    rows = [("营业总收入", "1,704.97 亿", "1,896.54 亿", "2,050.18 亿"), ("营业收入", "1,681.99 亿", "1,878.69 亿", "2,039.79 亿"),
            ("利息收入", "22.96 亿", "17.85 亿", "10.39 亿"), ("手续费及佣金收入", "223.86 万", "9.86 万", "609.0 元"),
            ("营业总成本", "1,462.61 亿", "{cost} 亿", "1,707.74 亿"), ("营业成本", "1,242.29 亿", "1,422.52 亿", "1,416.26 亿"),
            ("利息支出", "3.04 亿", "5.23 亿", "1.26 亿"), ("手续费支出", "51.63 万", "81.58 万", "50.35 万"),
            ("营业税金及附加", "9.65 亿", "10.77 亿", "21.14 亿"), ("销售费用", "130.43 亿", "115.82 亿", "171.3 亿"),
            ("管理费用", "36.04 亿", "40.51 亿", "65.42 亿"), ("财务费用", "-19.38 亿", "-22.6 亿", "-35.27 亿"),
            ("L利息费用", "10.88 亿", "17.52 亿", "29.62 亿"), ("L利息收入", "37.08 亿", "42.42 亿", "61.9 亿"),
            ("研发费用", "60.53 亿", "62.97 亿", "67.62 亿")]
    table = "样例电器利润表 | 2020年报 | 2021年报 | 2023年报 |\n---|---|---|---|\n" + "".join(" | ".join(r) + " |\n" for r in rows)

    def judged(cost):
        path = tmp_path / f"is_{cost}.txt"
        path.write_text(table.replace("{cost}", cost), encoding="utf-8")
        return {(c["claim"].split()[0], c["claim"].split()[1]): c["verdict"] for c in run_families(read_document(path))[0]
                if c["family"] == "totals"}

    found = judged("1,635.22")
    assert found[("营业总收入", "2020年报")] == "consistent" and found[("营业总成本", "2020年报")] == "consistent"
    assert all(v in ("consistent", "rounding") for v in found.values()) and len(found) == 6
    # 10 off in 2021, where the same lines add up exactly in 2020 and 2023: none is left out
    assert judged("1,645.22")[("营业总成本", "2021年报")] == "mismatch"


def test_parts_after_其中_end_at_a_digest_s_next_bullet(tmp_path):
    # '…营运收入人民币5,438亿元 其中通信服务收入人民币4,670亿元 同比增长0.7% [1] - 股东应占利润人民币842亿元 …': a digest
    # in one sentence; the 其中's run ends at its bullet, so no sum of every later amount is judged against the total
    text = ("营运商季度摘要\n要点 - 2025年上半年实现营运收入人民币5,438亿元 其中通信服务收入人民币4,670亿元 同比增长0.7% [1] - "
            "股东应占利润人民币842亿元 同比增长5.0% [1] - 经营活动现金流入净额人民币838亿元 自由现金流人民币255亿元 [1] 个人市场 - "
            "收入人民币2,447亿元 移动ARPU人民币49.5元 [2]\n")
    path = tmp_path / "digest.txt"
    path.write_text(text, encoding="utf-8")
    assert not [c for c in run_families(read_document(path))[0] if c["verdict"] == "mismatch"]


@pytest.mark.parametrize("upside, verdict", [("19.1", "rounding"), ("24.1", "mismatch")])
def test_upside_with_no_close_from_the_target_s_pe_and_the_current_pe_of_one_year(tmp_path, upside, verdict):
    # 23.9 ÷ 20.1 − 1 = 18.9% (19.1 within the two multiples' rounding): both PEs divide 2025's EPS
    path = tmp_path / "digest.txt"
    path.write_text("示例钴业(603999):一体化优势持续强化\n盈利预测与估值调整 - 当前股价对应2025年20.1倍市盈率,2026年14.3倍市盈率 [3] "
                    f"- 上调目标价72.1%至74.56元,对应2025年23.9倍市盈率,较当前股价有{upside}%上行空间 [3]\n", encoding="utf-8")
    (up,) = [c for c in verify(read_document(path))["checks"] if c["formula"] == "(target PE ÷ current PE − 1) × 100"]
    assert (up["verdict"], up["inputs"]) == (verdict, {"target PE": 23.9, "current PE": 20.1})


@pytest.mark.parametrize("upside, verdict", [("32.1", "consistent"), ("35.1", "mismatch")])
def test_upside_from_pes_listed_by_year_for_the_target_and_the_current_price(tmp_path, upside, verdict):
    # '维持目标价200元,对应25/26年24.3/25.5xP/E,当前价对应25/26年18.4/19.3xP/E': 24.3 ÷ 18.4 − 1 = 32.07% (2025's, the first
    # year both name)
    path = tmp_path / "digest.txt"
    path.write_text("示例酒业(000999):报表加速调整\n#盈利预测与评级:下调25/26年盈利预测到43.6/41.4亿元,维持目标价200元,对应25/26年"
                    f"24.3/25.5xP/E,当前价对应25/26年18.4/19.3xP/E,有{upside}%上行空间。\n", encoding="utf-8")
    (up,) = [c for c in verify(read_document(path))["checks"] if c["formula"] == "(target PE ÷ current PE − 1) × 100"]
    assert (up["verdict"], up["inputs"]) == (verdict, {"target PE": 24.3, "current PE": 18.4})


def test_upside_from_a_close_printed_before_its_word(tmp_path):
    # '目标价格为45.12元,相较2025年11月24日35.05元的股价存在约28.7%的上涨空间': 45.12 ÷ 35.05 − 1
    path = tmp_path / "digest.txt"
    path.write_text("长电科技(600584):季度营收历史新高\n投资评级 - 目标价格为45.12元,相较2025年11月24日35.05元的股价存在约28.7%的"
                    "上涨空间 [1]\n", encoding="utf-8")
    (up,) = [c for c in verify(read_document(path))["checks"] if c["formula"].startswith("(target")]
    assert up["verdict"] == "consistent" and up["inputs"] == {"target": 45.12, "close": 35.05}


@pytest.mark.parametrize("eps_2027, verdict", [("4.04", "consistent"), ("4.14", "mismatch")])
def test_forecast_eps_on_one_share_count_where_none_is_printed(tmp_path, eps_2027, verdict):
    # a digest's table with no share count: each EPS after the first over the same count as the first
    # (6,714 × 2.98 ÷ 4,963 = 4.03; the row is on the latest count, '最新摊薄', so its reported years are too)
    path = tmp_path / "digest.txt"
    path.write_text("示例饲料(002999):业绩点评\n财务指标预测 |财务指标|2024A|2025E|2026E|2027E| |----|----|----|----|----| "
                    "|营业收入(百万元)|114,601|129,547|142,616|159,559| |归母净利润(百万元)|4,504|4,963|5,692|6,714| "
                    f"|EPS最新摊薄(元/股)|2.71|2.98|3.42|{eps_2027}| [4]\n", encoding="utf-8")
    found = {c["claim"]: c["verdict"] for c in verify(read_document(path))["checks"] if "one share count" in c["formula"]}
    assert found[f"EPS最新摊薄(元/股) 2027E {float(eps_2027)}"] == verdict
    assert found["EPS最新摊薄(元/股) 2026E 3.42"] in ("consistent", "rounding")


def test_an_earlier_target_said_with_的_is_no_restatement(tmp_path):
    # '目标价下调至11.27元,较之前的目标价11.97元有所下调': the earlier target, not the report's restated
    path = tmp_path / "digest.txt"
    path.write_text("示例农牧(000999):月报点评\n投资评级 - 报告将目标价下调至 11.27元,较之前的目标价 11.97元 有所下调 [8]\n",
                    encoding="utf-8")
    assert not [c for c in verify(read_document(path))["checks"] if c["verdict"] == "mismatch"]


def test_a_data_site_s_years_across_the_statement_form_s_changes(tmp_path):
    # one set of rows for ten years: before 2019 营业总成本 holds the 资产减值损失 printed right after the costs (2014-2016
    # add up with it); 2020 has no 其他收益 row though its form has the line, so its 营业利润 is unverifiable, not wrong
    table = ("示例食品603000利润表(损益表) |\n| 2020 | 2016 | 2015 | 2014 | |\n---|---|---|---|---|\n"
             "一、营业总收入(万) | 376084.97 | 238970.89 | 195174.01 | 209297.05 |\n"
             "营业收入(万) | 376084.97 | 238970.89 | 195174.01 | 209297.05 |\n"
             "二、营业总成本(万) | 338466.12 | 208784.15 | 171557.79 | {cost2014} |\n"
             "营业成本(万) | 239930.67 | 131725.01 | 111503.78 | 119943.55 |\n"
             "营业税金及附加(万) | 2929.92 | 2311.31 | 1565.24 | 1881.85 |\n"
             "销售费用(万) | 71372.41 | 67563.29 | 52030.03 | 58348.83 |\n"
             "管理费用(万) | 21750.88 | 8454.72 | 8171.02 | 8325.73 |\n"
             "财务费用(万) | 139.95 | -1320.38 | -1967.9 | -1267.35 |\n"
             "资产减值损失(万) | - | 50.2 | 255.61 | 0.86 |\n"
             "公允价值变动收益(万) | 725.15 | - | - | - |\n"
             "投资收益(万) | 1936.59 | 132.8 | 380.2 | 408.06 |\n"
             "三、营业利润(万) | 46585.11 | 30319.54 | 23996.42 | 22471.65 |\n")
    path = tmp_path / "income.txt"
    path.write_text(table.format(cost2014="187233.46"), encoding="utf-8")
    found = {(c["claim"].split()[0], c["claim"].split()[1]): c["verdict"] for c in verify(read_document(path))["checks"]
             if c["family"] == "totals"}
    assert {k: v for k, v in found.items() if k[1] != "2020"} == {
        ("二、营业总成本", "2016"): "consistent", ("二、营业总成本", "2015"): "rounding", ("二、营业总成本", "2014"): "rounding",
        ("三、营业利润", "2016"): "consistent", ("三、营业利润", "2015"): "consistent", ("三、营业利润", "2014"): "consistent"}
    assert found[("三、营业利润", "2020")] == "unverifiable" and found[("二、营业总成本", "2020")] == "unverifiable"
    # an edited total of the older form: never consistent (a data site's rows may leave a line out, so the total alone
    # is unverifiable; with two years of its form left adding up, 营业利润 is judged in none)
    path.write_text(table.format(cost2014="187283.46"), encoding="utf-8")
    found = {(c["claim"].split()[0], c["claim"].split()[1]): c["verdict"] for c in verify(read_document(path))["checks"]
             if c["family"] == "totals"}
    assert found[("二、营业总成本", "2014")] == "unverifiable" and ("三、营业利润", "2014") not in found


@pytest.mark.parametrize("restated, verdict", [("7.71", "consistent"), ("8.71", "mismatch")])
def test_a_target_restated_in_another_currency_at_the_printed_rate(tmp_path, restated, verdict):
    # '目标价7.02元/股,按港元兑人民币0.91汇率计算,对应目标价7.71港元/股': 7.02 ÷ 0.91 = 7.71; with no rate printed, unverifiable
    path = tmp_path / "note.txt"
    path.write_text("示例食品(00999):年报点评\n投资评级 - 维持“增持”评级,目标价7.02元/股,按港元兑人民币0.91汇率计算,"
                    f"对应目标价{restated}港元/股。", encoding="utf-8")
    (c,) = [c for c in run_families(read_document(path))[0] if c["formula"].startswith("target ÷")]
    assert (c["verdict"], c["unit"]) == (verdict, "HKD")
    path.write_text(f"示例食品(00999):年报点评\n投资评级 - 维持“增持”评级,目标价7.02元/股,对应目标价{restated}港元/股。", encoding="utf-8")
    (c,) = [c for c in run_families(read_document(path))[0] if c["formula"].startswith("target in CNY")]
    assert c["verdict"] == "unverifiable" and "CNY/HKD rate" in c["note"]


@pytest.mark.parametrize("change, verdict", [("+18.4%", "consistent"), ("+19.4%", "mismatch")])
def test_an_english_tables_change_column_after_two_periods_a_year_apart(tmp_path, change, verdict):
    # '| Revenue | 324,749 | 274,248 | +18.4% |' under '… six months ended June 30, 2025 | … 2024 | Change (%)': the first
    # half's growth on the year before's (324,749 ÷ 274,248 − 1 = 18.41%)
    path = tmp_path / "digest.txt"
    path.write_text("Key Data (HK$ Thousand) | Indicator | For the six months ended June 30, 2025 (HK$ Thousand) | For the six "
                    "months ended June 30, 2024 (HK$ Thousand) | Change (%) | | :--- | :--- | :--- | :--- | "
                    f"| Revenue | 324,749 | 274,248 | {change} | | Cost of Sales | (180,589) | (183,802) | -1.7% | "
                    "| Gross Profit | 144,160 | 90,446 | +59.4% |", encoding="utf-8")
    found = {c["claim"]: c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "growth"}
    assert found[f"Revenue 2025H1 同比 {change.lstrip('+')}"] == verdict and found["Gross Profit 2025H1 同比 59.4%"] == "consistent"


@pytest.mark.parametrize("name, concept", [
    ("营运利润", "operating_profit"), ("营业成本(含金融类)", "cost"),               # a qualifier that names what it holds
    ("营运利润(剔除其他收入与其他收益净额)", None), ("净利润(扣除非经常性损益)", None),  # one that leaves items out: another measure
])
def test_a_line_whose_bracket_leaves_items_out_is_another_measure(name, concept):
    from pipeline.verify.checks import concept_of
    assert concept_of(name) == concept


@pytest.mark.parametrize("multiple, verdict", [("28", "consistent"), ("30", "mismatch")])
def test_a_target_on_an_eps_list_naming_its_years_after_the_name(tmp_path, multiple, verdict):
    # '给予2026年28倍市盈率,目标价40.6元' over '预测每股收益2025-2027年分别为1.12元、1.45元、1.88元': 28 × 1.45; a bullet before
    # on the company's '综合布局' (its business, no blend of valuation methods)
    found = _summary(tmp_path, "核心观点 - 公司在多种新材料领域进行综合布局 [8] - 基于公司固态领域布局,给予2026年"
                               f"{multiple}倍市盈率,目标价40.6元 [9] - 预测每股收益2025-2027年分别为1.12元、1.45元、1.88元 [1]")
    assert [c["verdict"] for c in found] == [verdict]
