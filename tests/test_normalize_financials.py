"""normalize/financials: printed cells → numbers, units and statements; tables → tidy
financials and comparables rows. Table-driven, grouped by case."""
from decimal import Decimal

import pytest

from pipeline.document import Table
from pipeline.normalize import financials as fin


@pytest.mark.parametrize("text,value,unit", [
    ("45,250", Decimal("45250"), None), ("(3,774)", Decimal("-3774"), None), ("-311,011", Decimal("-311011"), None),
    ("13.9%", Decimal("13.9"), "%"), ("-9%", Decimal("-9"), "%"), ("0.60", Decimal("0.60"), None),
    ("12.5x", Decimal("12.5"), "x"), ("39.0倍", Decimal("39.0"), "x"), ("-0", Decimal("0"), None),
    # a bracketed negative percentage, its % after the bracket or inside it
    ("(0.4)%", Decimal("-0.4"), "%"), ("(12.3%)", Decimal("-12.3"), "%"),
    # a change of a ratio in percentage points; basis points are hundredths of one
    ("0.6pct", Decimal("0.6"), "pct"), ("-1.2pp", Decimal("-1.2"), "pct"), ("(0.3)pct", Decimal("-0.3"), "pct"),
    ("60bp", Decimal("0.6"), "pct"), ("+1.26个百分点", Decimal("1.26"), "pct"), ("-0.5百分点", Decimal("-0.5"), "pct"),
    # a plus sign is a sign, not a negative one (a growth column's '+23.68%')
    ("+23.68%", Decimal("23.68"), "%"), ("+2.1pct", Decimal("2.1"), "pct"), ("−3.0%", Decimal("-3.0"), "%"),
    ("－12.3%", Decimal("-12.3"), "%"), ("＋12.3%", Decimal("12.3"), "%"),   # full-width signs
    # a number with its unit word in the cell, as summaries print it
    ("45.66亿元", Decimal("45.66"), "亿元"), ("4,519.84万元", Decimal("4519.84"), "万元"),
    ("(3.2)亿元", Decimal("-3.2"), "亿元"), ("1,113百万港元", Decimal("1113"), "百万港元"),
    ("2.99亿", Decimal("2.99"), "亿元"), ("9691.72万", Decimal("9691.72"), "万元"),   # a data vendor's yuan
    # a change written with its direction, as an annual report's 增减 column prints a ratio's
    ("减少3.3个百分点", Decimal("-3.3"), "pct"), ("增加1.2个百分点", Decimal("1.2"), "pct"),
    ("下降5.0%", Decimal("-5.0"), "%"),
])
def test_numbers(text, value, unit):
    got, got_unit, ok = fin.parse_value(text)
    assert ok and got == value and got_unit == unit


@pytest.mark.parametrize("text,amount,change", [
    ("3.44亿元(同比-8.86%)", "3.44亿元", ("-8.86%", "yoy")), ("0.14亿元（环比+5.2%）", "0.14亿元", ("+5.2%", "qoq")),
    ("1,234(YoY 12.0%)", "1,234", ("12.0%", "yoy")), ("3.44亿元", "3.44亿元", None), ("(3.2)", "(3.2)", None)])
def test_an_amount_and_the_change_printed_after_it_in_one_cell(text, amount, change):
    assert fin.growth_tail(text) == (amount, change)


def test_a_cell_s_change_is_a_growth_row_of_its_item():
    # periods down the first column, each cell an amount and its 同比 after it: the amount, and its
    # growth against the year before where the table prints it
    table = Table(kind="other", page=1, columns=["季度", "营业收入", "归母净利润"], cells=[
        ["季度", "营业收入", "归母净利润"], ["2024Q4", "3.44亿元(同比-8.86%)", "0.14亿元"], ["2023Q4", "3.77亿元", "0.53亿元"]],
        rows=[])
    rows = fin.transposed_rows(table)
    assert [(r["period"], r["value"], r["unit"], r.get("basis"), r.get("base_period")) for r in rows
            if r["item"] == "营业收入"] == [("2024Q4", 3.44, "亿元", None, None), ("2024Q4", -8.86, "%", "yoy", "2023Q4"),
                                        ("2023Q4", 3.77, "亿元", None, None)]


@pytest.mark.parametrize("text", ["N.M.", "-", "--", "na", "NA", "—"])
def test_no_value_marks(text):
    assert fin.parse_value(text) == (None, None, True)


@pytest.mark.parametrize("text", ["见附注", "10派2.5元", "约5亿元"])
def test_a_cell_that_is_not_a_number_is_kept_unparsed(text):
    assert fin.parse_value(text)[2] is False


@pytest.mark.parametrize("label,item,unit", [
    ("营业收入(百万元)", "营业收入", "百万元"), ("每股收益（元）", "每股收益", "元"), ("毛利率(%)", "毛利率", "%"),
    ("市盈率(倍)", "市盈率", "x"), ("营业收入(百万美元)", "营业收入", "百万美元"),
    ("EPS(人民币，基本)", "EPS(人民币，基本)", None), ("实收资本（或股本）", "实收资本（或股本）", None),
    # thousands, and 千万元 (which holds 万元)
    ("营业收入(千元)", "营业收入", "千元"), ("营业收入(RMB'000)", "营业收入", "千元"), ("净利润(千万元)", "净利润", "千万元"),
    # a unit sharing its bracket with words that say which: the words stay ('归母' makes it the parent's)
    ("净利润(归母,百万元)", "净利润(归母)", "百万元"), ("每股净资产(元,期末股本)", "每股净资产(期末股本)", "元"),
    # a data vendor's 万 alone in its bracket is 万元; 万 before a word counts something else
    ("扣非净利润(万)", "扣非净利润", "万元"), ("销量(万辆)", "销量(万辆)", None),
])
def test_units_in_labels(label, item, unit):
    assert fin.split_label(label) == (item, unit)


@pytest.mark.parametrize("text,statement", [
    ("资产负债表", "balance"), ("利润表（百万元）", "income"), ("现金流量表", "cashflow"), ("主要财务比率", "ratios"),
    ("每股指标（元）", "per_share"), ("估值比率", "valuation"), ("盈利预测与估值", "forecast"), ("图表8", None),
])
def test_statements(text, statement):
    assert fin.statement_of(text) == statement


def statement_table(**kw):
    cells = [["单位：百万元", "2023A", "2024A"], ["营业收入", "45,250", "57,796"], ["(+/-%)", "-8.6%", "27.7%"],
             ["毛利率", "21.9%", "18.6%"], ["每股收益（元）", "0.60", "0.46"], ["财务费用", "(3,774)", "N.M."]]
    return Table(kind="other", page=4, cells=cells, title="利润表", source="borderless",
                 report={"stub_columns": 1}, **kw)


def test_financial_rows_one_per_printed_number():
    rows = fin.financial_rows(statement_table())
    got = {(r["item"], r["period"]): (r["value"], r["unit"], r["statement"]) for r in rows}
    assert got[("营业收入", "2024A")] == (57796, "百万元", "income")
    assert got[("(+/-%)", "2023A")] == (-8.6, "%", "income")  # as printed, and the growth of the item above:
    assert {r.get("growth_of") for r in rows if r["item"] == "(+/-%)"} == {"营业收入"}
    assert got[("毛利率", "2024A")] == (18.6, "%", "income")
    assert got[("每股收益", "2023A")] == (0.6, "元", "income")
    assert got[("财务费用", "2023A")] == (-3774, "百万元", "income")
    assert got[("财务费用", "2024A")] == (None, "百万元", "income")
    assert all(r["page"] == 4 for r in rows)


def test_section_headings_set_the_statement_of_their_rows():
    table = Table(kind="other", page=9, source="borderless", title="主要财务比率", report={"stub_columns": 1},
                  cells=[[None, "2024A", "2025E"], ["每股收益", "0.46", "0.70"], ["市盈率", "194.3", "128.0"]],
                  row_groups=["每股指标（元）", "估值比率"])
    rows = fin.financial_rows(table)
    assert {(r["item"], r["statement"], r["unit"]) for r in rows} == {("每股收益", "per_share", "元"),
                                                                       ("市盈率", "valuation", None)}


def test_a_statements_page_under_one_forecast_caption_types_each_table_by_its_totals():
    # '三大财务预测表' names all three statements at once: each table is the one whose total lines it prints
    balance = Table(kind="other", page=24, source="borderless", title="中芯国际三大财务预测表", report={"stub_columns": 1},
                    cells=[[None, "2024A", "2025E"], ["流动资产", "106279", "104586"], ["存货", "21267", "22752"],
                           ["资产总计", "353415", "368688"]])
    cash = Table(kind="other", page=24, source="borderless", title="中芯国际三大财务预测表", report={"stub_columns": 1},
                 cells=[[None, "2024A", "2025E"], ["经营活动现金流", "22659", "32127"], ["资本支出", "-7000", "-6000"]])
    first_page = Table(kind="other", page=1, source="borderless", title="盈利预测", report={"stub_columns": 1},
                       cells=[[None, "2024A", "2025E"], ["营业收入", "57796", "68204"], ["利润总额", "5000", "6000"]])
    assert {r["statement"] for r in fin.financial_rows(balance)} == {"balance"}
    assert {r["statement"] for r in fin.financial_rows(cash)} == {"cashflow"}
    assert {r["statement"] for r in fin.financial_rows(first_page)} == {"forecast"}  # a summary, not a statement


def test_a_company_s_own_statement_numbered_by_section_is_that_statement_on_any_page():
    # a data site's page: no caption, page 1, but its sections numbered as a company's own statement
    # numbers them (一、营业总收入 … 四、营业利润): the income statement, not a first page's summary
    own = Table(kind="other", page=1, source="text", cells=[
        [None, "2024年中报", "2023年年报"], ["一、营业总收入(元)", "12,157,585.91", "49,389,221.30"],
        ["二、营业总成本(元)", "21,455,165.10", "66,444,418.25"], ["营业成本(元)", "9,757,868.57", "40,730,742.18"],
        ["四、营业利润(元)", "-5,785,014.93", "-16,041,392.73"]])
    assert {r["statement"] for r in fin.financial_rows(own)} == {"income"}
    # numbered as a list (1. 2.), it says nothing of the statement
    summary = Table(kind="other", page=1, source="text", cells=[
        [None, "2024A", "2025E"], ["1.营业收入", "57796", "68204"], ["2.营业利润", "5000", "6000"], ["3.利润总额", "5100", "6100"]])
    assert {r["statement"] for r in fin.financial_rows(summary)} == {"forecast"}


def test_a_ruled_comparables_table_with_a_two_row_header():
    cells = [["", "", "", "PE (x)", None, "PB (x)", None],
             ["股票", "公司", "股价", "2025E", "2026E", "2025E", "2026E"],
             ["2330 TT", "台积电", "1060.00", "18.33", "15.36", "5.38", "4.16"],
             ["2303 TT", "联电", "41.40", "11.68", "10.04", "1.33", "N.M."],
             ["", "平均", "", "15.01", "12.70", "3.36", "4.16"]]
    table = fin.one_header_row(Table(kind="other", page=7, cells=cells, source="ruled", title="图表8：可比公司估值表"))
    assert table.cells[0] == ["股票", "公司", "股价", "PE (x) 2025E", "PE (x) 2026E", "PB (x) 2025E", "PB (x) 2026E"]
    width = fin.stub_width(table)
    assert width == 3 and fin.is_comparables(table, width)
    rows = fin.comparables_rows(table, width)
    got = {(r["company"], r["metric"], r["period"]): r["value"] for r in rows}
    assert got[("台积电", "PE", "2025E")] == 18.33 and got[("台积电", "股价", None)] == 1060
    assert got[("联电", "PB", "2026E")] is None
    assert got[("平均", "PE", "2026E")] == 12.7
    assert {r["ticker"] for r in rows if r["company"] == "联电"} == {"2303 TT"}


def test_company_report_tables_are_typed(company_doc):
    kinds = [t.kind for t in company_doc.tables]
    # the forecast table, four statements, single quarters, the revision table and the
    # quarter's growth columns
    assert kinds.count("financials") == 8 and kinds.count("comparables") == 1
    rows = [r for t in company_doc.tables if t.kind == "financials" for r in t.rows]
    assert {(r["period"], r["value"]) for r in rows if r["item"] == "营业收入" and r["period"] == "1Q25A"
            and not r.get("basis")} == {("1Q25A", 4221)}
    assert {(r["basis"], r["base_period"]) for r in rows if r["item"] == "营业收入" and r.get("basis") in ("yoy", "qoq")} \
        == {("yoy", "1Q24A"), ("qoq", "4Q24A")}
    assert {r.get("basis") for r in rows if r["item"] == "营业收入" and r["period"] == "2026E"} == {None, "before", "after", "change"}
    statements = {r["statement"] for r in rows}
    assert {"income", "balance", "cashflow", "ratios", "forecast"} <= statements
    by = {(r["item"], r["period"], r["statement"]): r["value"] for r in rows if not r.get("basis")}
    assert by[("资产总计", "2025E", "balance")] == 58300
    assert by[("营运资金变动", "2023A", "cashflow")] == -384
    assert by[("营业收入", "2025E", "forecast")] == 18276
    m = company_doc.meta
    assert (m.company, m.ticker, m.rating, m.rating_action) == ("示例半导体", "688999.SH", "买入", "维持")
    assert (m.target_price.value, m.price.value, m.date) == (55.0, 42.5, "2025-05-12")
    assert [(a.name, a.sac_id) for a in m.analysts] == [("王立明", "S0000525010001"), ("赵文静", "S0000523100002")]


@pytest.mark.parametrize("header,period,rest", [
    ("PE (x) 2025E", "2025E", "PE (x)"), ("EPS(2025E)", "2025E", "EPS"), ("2026E PE", "2026E", "PE"),
    ("市盈率（25E）", "25E", "市盈率"), ("收盘价", None, None), ("ROE(%)", None, None),
])
def test_periods_in_column_headers(header, period, rest):
    assert fin.header_period(header) == (period, rest)


def test_a_comparables_table_whose_periods_sit_in_brackets():
    cells = [["代码", "公司", "收盘价", "EPS(2025E)", "EPS(2026E)", "PE(2025E)", "PE(2026E)"],
             ["688100.SH", "甲芯科技", "31.20", "0.82", "1.05", "38.0", "29.7"],
             ["688200.SH", "乙微电子", "58.40", "1.46", "1.88", "40.0", "31.1"],
             [None, "平均值", None, None, None, "39.0", "30.4"]]
    table = Table(kind="other", page=3, cells=cells, source="borderless", report={"stub_columns": 2})
    assert fin.is_comparables(table, 2)
    got = {(r["company"], r["metric"], r["period"]): r["value"] for r in fin.comparables_rows(table, 2)}
    assert got[("甲芯科技", "EPS", "2026E")] == 1.05 and got[("平均值", "PE", "2025E")] == 39
    assert got[("乙微电子", "收盘价", None)] == 58.4


def test_a_forecast_table_with_periods_down_its_first_column():
    cells = [["年度", "营业收入(百万元)", "归母净利润(百万元)", "EPS(元)", "PE(倍)"],
             ["2024A", "57,796", "3,699", "0.46", "198.2"], ["2025E", "70,652", "5,682", "0.71", "129.0"]]
    table = Table(kind="other", page=1, cells=cells, source="borderless", report={"stub_columns": 1})
    got = {(r["item"], r["period"]): (r["value"], r["unit"]) for r in fin.transposed_rows(table)}
    assert got[("营业收入", "2025E")] == (70652, "百万元") and got[("EPS", "2024A")] == (0.46, "元")
    assert got[("PE", "2025E")] == (129, "x")


def test_a_growth_column_of_a_table_with_periods_down_its_first_column():
    # 增长率 names no item: it is the growth of the column left of it
    cells = [["会计年度", "营业收入(百万元)", "增长率(%)", "归母净利润(百万元)", "增长率(%)", "EPS(元)"],
             ["2024A", "15,104", "18.0", "1,530", "26.4", "0.48"], ["2025E", "18,276", "21.0", "1,890", "23.5", "0.59"]]
    table = Table(kind="other", page=1, cells=cells, source="borderless", report={"stub_columns": 1})
    growth = {(r["growth_of"], r["period"]): r["value"] for r in fin.transposed_rows(table) if r.get("growth_of")}
    assert growth == {("营业收入", "2024A"): 18.0, ("营业收入", "2025E"): 21.0,
                      ("归母净利润", "2024A"): 26.4, ("归母净利润", "2025E"): 23.5}


def test_quarters_down_the_first_column_with_no_year_take_the_caption_s_one_year():
    # 'Q1 … Q4' under '注:数据来源于2024年年度报告及季度报告整合分析': 2024's quarters; with no year in the caption, none
    cells = [["季度", "营业收入(亿元)", "同比变化", "净利润(亿元)", "同比变化"],
             ["Q1", "22.95", "+15.94%", "1.79", "+8.01%"], ["Q2", "18.31", "+24.86%", "1.89", "-34.87%"]]
    table = Table(kind="other", page=1, cells=cells, source="text", title="注:数据来源于2024年年度报告及季度报告整合分析")
    got = {(r["item"], r["period"]): r["value"] for r in fin.transposed_rows(table) if not r.get("growth_of")}
    assert got == {("营业收入", "2024年第一季度"): 22.95, ("净利润", "2024年第一季度"): 1.79,
                   ("营业收入", "2024年第二季度"): 18.31, ("净利润", "2024年第二季度"): 1.89}
    assert fin.transposed_rows(table.model_copy(update={"title": "分季度数据"})) == []


def test_quarters_down_the_first_column_with_no_year_take_the_documents_one_year(tmp_path):
    # '二、分季度业绩表现' names no year; the document's title does ('…2024年年度报告深度分析'): 2024's quarters
    from pipeline.ingest import read_document
    path = tmp_path / "a.txt"
    path.write_text("样例生物(300122)2024年年度报告深度分析\n\n二、分季度业绩表现\n"
                    "季度 营业收入(亿元) 同比变化 归母净利润(亿元) 同比变化\n"
                    "Q1 114.0 +2.0% 14.6 -28.3%\nQ2 68.6 -48.3% 7.8 -65.2%\nQ3 45.3 -69.5% -0.8 -103.7%\n"
                    "Q4 32.8 -76.0% -1.3 -185.7%\n", encoding="utf-8")
    rows = [r for t in read_document(path).tables if t.kind == "financials" for r in t.rows if not r.get("growth_of")]
    assert {(r["item"], r["period"]): r["value"] for r in rows if r["item"] == "营业收入"} == {
        ("营业收入", "2024年第一季度"): 114.0, ("营业收入", "2024年第二季度"): 68.6,
        ("营业收入", "2024年第三季度"): 45.3, ("营业收入", "2024年第四季度"): 32.8}


def test_a_header_of_items_each_with_its_changes_spans_their_columns():
    # a data site's quarters down the rows, each line's value, QoQ and YoY across under one header cell
    # ('营收 QoQ YoY'); a count after each quarter ('24Q3 (20)')
    cells = [[None, "营收 QoQ YoY", "营业成本 QoQ YoY", None, None, None, None],
             ["24Q3 (20)", "367.73", "10.48", "-7.97", "285.22", "10.13", "-6.56"],
             ["24Q2 (19)", "332.85", "15.67", "-10.75", "258.98", "12.95", "-9.5"]]
    table = Table(kind="other", page=1, cells=cells, source="text")
    rows = fin.transposed_rows(table)
    amounts = {(r["item"], r["period"]): r["value"] for r in rows if not r.get("growth_of")}
    assert amounts == {("营收", "24Q3"): 367.73, ("营收", "24Q2"): 332.85, ("营业成本", "24Q3"): 285.22,
                       ("营业成本", "24Q2"): 258.98}
    growths = {(r["growth_of"], r["period"], r["basis"]): (r["value"], r["base_period"]) for r in rows if r.get("growth_of")}
    assert growths[("营收", "24Q3", "qoq")] == (10.48, "24Q2")       # the quarter before, printed below it
    assert growths[("营收", "24Q3", "yoy")] == (-7.97, None)         # 23Q3 is not printed
    assert growths[("营业成本", "24Q2", "qoq")] == (12.95, None)
    # rows of another width are no such table
    assert fin.grouped_header(Table(kind="other", page=1, cells=cells[:1] + [r[:5] for r in cells[1:]], source="text")).cells[0] \
        == cells[0]


def test_growth_rows_labelled_with_a_sign_pair_and_a_percent_after_it():
    # '(+/-)%' under an amount: its growth, as '(+/-%)' and '增长率(%)' are
    cells = [["项目", "2023A", "2024E"], ["营业收入(百万元)", "74,293", "80,131"], ["(+/-)%", "5.3%", "7.9%"]]
    table = Table(kind="other", page=1, cells=cells, source="borderless", report={"stub_columns": 1})
    (growth,) = [r for r in fin.financial_rows(table) if r["period"] == "2024E" and r.get("growth_of")]
    assert growth["growth_of"] == "营业收入" and growth["value"] == 7.9


def test_a_revision_table_by_columns_marks_each_forecast():
    cells = [["百万元", "调整前 2025E", "调整前 2026E", "调整后 2025E", "调整后 2026E", "变动 2025E", "变动 2026E"],
             ["营业收入", "17,500", "20,300", "18,276", "21,200", "4.4%", "4.4%"],
             ["毛利率", "22.0%", "23.0%", "22.6%", "23.8%", "0.6pct", "0.8pct"]]
    table = Table(kind="other", page=1, cells=cells, title="盈利预测调整", source="borderless", report={"stub_columns": 1})
    got = {(r["item"], r["period"], r.get("basis")): (r["value"], r["unit"]) for r in fin.financial_rows(table)}
    assert got[("营业收入", "2025E", "before")] == (17500, "百万元")
    assert got[("营业收入", "2025E", "after")] == (18276, "百万元")
    assert got[("营业收入", "2026E", "change")] == (4.4, "%")
    assert got[("毛利率", "2026E", "change")] == (0.8, "pct")


def test_a_revision_table_whose_headers_glue_the_year_to_the_forecast_and_print_the_change_bare():
    # '2025E调整前 | 2025E调整后 | 变动': the change column is the year's printed left of it
    cells = [["项目", "2025E调整前", "2025E调整后", "变动", "2026E调整前", "2026E调整后", "变动"],
             ["收入", "9,800", "10,200", "4.1%", "11,500", "12,100", "5.2%"]]
    table = Table(kind="other", page=1, cells=cells, title="盈利预测调整（百万元）", source="text",
                  report={"stub_columns": 1})
    got = {(r["period"], r.get("basis")): r["value"] for r in fin.financial_rows(table)}
    assert got == {("2025E", "before"): 9800, ("2025E", "after"): 10200, ("2025E", "change"): 4.1,
                   ("2026E", "before"): 11500, ("2026E", "after"): 12100, ("2026E", "change"): 5.2}


def test_a_revision_table_s_change_named_with_a_suffix():
    # '变动率', '变化幅度', '变动(pct)' are change columns as '变动' is; '营运资金变动' stays a line item
    cells = [["项目", "2025E调整前", "2025E调整后", "变动率", "2026E调整前", "2026E调整后", "变化幅度"],
             ["收入", "9,800", "10,200", "4.1%", "11,500", "12,100", "5.2%"],
             ["营运资金变动", "10", "12", "20.0%", "13", "14", "7.7%"]]
    table = Table(kind="other", page=1, cells=cells, title="盈利预测调整（百万元）", source="text",
                  report={"stub_columns": 1})
    got = {(r["item"], r["period"], r.get("basis")): r["value"] for r in fin.financial_rows(table)}
    assert got[("收入", "2025E", "change")] == 4.1 and got[("收入", "2026E", "change")] == 5.2
    assert got[("营运资金变动", "2026E", "after")] == 14


def test_a_bare_change_column_after_no_forecast_is_no_period():
    cells = [["项目", "2024A", "2025E", "变动"], ["收入", "9,800", "10,200", "4.1%"]]
    table = Table(kind="other", page=1, cells=cells, source="text", report={"stub_columns": 1})
    assert {r["period"] for r in fin.financial_rows(table)} == {"2024A", "2025E"}


def test_a_revision_table_by_rows_names_the_item_once():
    cells = [["百万元", "", "2025E", "2026E"], ["营业收入", "调整前", "17,500", "20,300"], ["", "调整后", "18,276", "21,200"],
             ["", "变动(%)", "4.4", "4.4"], ["归母净利润（新预测）", "", "1,386", "1,791"], ["营运资金变动", "", "(548)", "(636)"]]
    table = Table(kind="other", page=1, cells=cells, title="盈利预测调整", source="borderless", report={"stub_columns": 2})
    got = {(r["item"], r["period"], r.get("basis")): r["value"] for r in fin.financial_rows(table)}
    assert got[("营业收入", "2025E", "before")] == 17500 and got[("营业收入", "2026E", "after")] == 21200
    assert got[("营业收入", "2025E", "change")] == 4.4
    assert got[("归母净利润", "2025E", "after")] == 1386
    assert got[("营运资金变动", "2025E", None)] == -548  # a line item that ends in 变动 is no revision row


def test_a_statement_continued_on_the_next_page_is_one_table(tmp_path):
    """A balance sheet cut by a page break, its header printed again under "资产负债表（续）":
    one typed table, each row with its own page, and 非流动资产合计 on page 2 summed from
    固定资产 on page 1."""
    from pipeline.ingest import read_document
    from pipeline.samples import _canvas
    from pipeline.samples_company import _table
    from pipeline.verify import verify

    c, (w, h) = _canvas(tmp_path / "split.pdf")
    first = [("货币资金", ["1,000", "1,100", "1,200", "1,300", "1,400"]), ("存货", ["500", "550", "600", "650", "700"]),
             ("流动资产合计", ["1,500", "1,650", "1,800", "1,950", "2,100"]),
             ("固定资产", ["3,000", "3,100", "3,200", "3,300", "3,400"])]
    second = [("无形资产", ["200", "210", "220", "230", "240"]),
              ("非流动资产合计", ["3,200", "3,310", "3,420", "3,530", "3,640"]),
              ("资产总计", ["4,700", "4,960", "5,220", "5,480", "5,740"])]
    _table(c, 40, 200, "资产负债表", "单位：百万元", first, label_width=90, col=60)
    c.showPage()
    _table(c, 40, h - 60, "资产负债表（续）", "单位：百万元", second, label_width=90, col=60)
    c.showPage()
    c.save()
    doc = read_document(tmp_path / "split.pdf")
    typed = [t for t in doc.tables if t.kind == "financials"]
    assert len(typed) == 1
    rows = {(r["item"], r["period"]): r for r in typed[0].rows}
    assert rows[("固定资产", "2025E")]["page"] == 1 and rows[("无形资产", "2025E")]["page"] == 2
    assert {r["statement"] for r in typed[0].rows} == {"balance"}
    totals = {c["claim"]: c for c in verify(doc)["checks"] if c["claim"].startswith("非流动资产合计 2025E")}
    assert [c["verdict"] for c in totals.values()] == ["consistent"]


def test_a_revision_table_with_its_basis_in_a_second_stub_column_is_typed():
    from pipeline.document import Document, Source

    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=1, size=1))
    cells = [["百万元", "", "2025E", "2026E"], ["营业收入", "调整前", "17,500", "20,300"], ["", "调整后", "18,276", "21,200"],
             ["", "变动", "4.4%", "4.4%"]]
    doc.tables.append(Table(kind="other", page=1, cells=cells, title="盈利预测调整", source="borderless",
                            report={"stub_columns": 2}))
    fin.type_company_tables(doc)
    (typed,) = [t for t in doc.tables if t.kind == "financials"]
    assert {(r["period"], r["basis"], r["value"]) for r in typed.rows if r["period"] == "2025E"} == {
        ("2025E", "before", 17500), ("2025E", "after", 18276), ("2025E", "change", 4.4)}


def test_growth_columns_beside_the_periods():
    cells = [["百万元", "3Q25", "3Q24", "同比", "2Q25", "环比(%)"],
             ["营业收入", "1,200", "1,000", "+20.0%", "1,100", "9.1"],
             ["毛利率", "30.0%", "28.0%", "+2.0pct", "29.5%", "+0.5pct"]]
    table = Table(kind="other", page=3, columns=cells[0], rows=[], cells=cells)
    growth = [(r["item"], r["period"], r["basis"], r["base_period"], r["value"], r["unit"])
              for r in fin.financial_rows(table) if r.get("basis")]
    assert growth == [("营业收入", "3Q25", "yoy", "3Q24", 20.0, "%"), ("营业收入", "3Q25", "qoq", "2Q25", 9.1, "%"),
                      ("毛利率", "3Q25", "yoy", "3Q24", 2.0, "pct"), ("毛利率", "3Q25", "qoq", "2Q25", 0.5, "pct")]
    # the amounts themselves are the period columns' only
    assert [(r["item"], r["period"]) for r in fin.financial_rows(table) if not r.get("basis")][:3] == [
        ("营业收入", "3Q25"), ("营业收入", "3Q24"), ("营业收入", "2Q25")]


def test_an_annual_reports_change_column_and_its_note_column():
    # '本期比上年同期增减(%)' compares the year with the year before; a ratio's change is printed
    # in words ('减少3.3个百分点'); '附注' (a column of note numbers) is no part of the stub
    cells = [["主要会计数据", "附注", "2024年", "2023年", "本期比上年同期增减(%)", "2022年"],
             ["营业收入", "42", "57,796", "45,250", "27.7", "49,516"],
             ["毛利率(%)", "", "18.6", "21.9", "减少3.3个百分点", "38.3"]]
    table = Table(kind="other", page=3, columns=cells[0], rows=[], cells=cells)
    assert fin.stub_width(table) == 1
    growth = [(r["item"], r["period"], r["base_period"], r["value"], r["unit"])
              for r in fin.financial_rows(table) if r.get("basis")]
    assert growth == [("营业收入", "2024年", "2023年", 27.7, "%"), ("毛利率", "2024年", "2023年", -3.3, "pct")]


def test_a_companys_own_change_column_beside_this_period_and_the_one_before():
    # an annual report's analysis of its lines: '本期数 | 上年同期数 | 变动比例(%)' — the change on the
    # year before; beside a broker's forecasts '变动' is a revision's, never taken so
    cells = [["科目", "本期数", "上年同期数", "变动比例(%)"], ["营业收入", "20,954.28", "18,056.40", "16.05"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    assert [(r["period"], r["base_period"], r["value"]) for r in fin.financial_rows(table) if r.get("basis")] == [
        ("本期数", "上年同期数", 16.05)]
    cells = [["项目", "2024A", "2025E", "变动比例(%)"], ["营业收入", "18,056", "20,954", "16.05"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    assert [r for r in fin.financial_rows(table) if r.get("basis") == "yoy"] == []


def test_a_companys_own_statement_is_the_statement_its_total_lines_name():
    # columns 本期金额/上期金额 are a company's own accounts, on any page: the statement its lines say
    cells = [["项目", "本期金额", "上期金额"], ["营业收入", "1,000", "900"],
             ["二、营业利润（亏损以“－”号填列）", "120", "100"], ["减：所得税费用", "20", "15"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    assert {r["statement"] for r in fin.financial_rows(table)} == {"income"}


def test_a_balance_sheet_under_the_days_its_balances_are_struck():
    # an annual report's consolidated balance sheet heads its columns by date, in words: the
    # balance sheet its total lines name, on any page
    cells = [["项目", "附注", "2024 年 12 月 31 日", "2023 年 12 月 31 日"], ["货币资金", "七、1", "48,029,335", "51,235,370"],
             ["结算备付金", "", "-", "-"], ["流动资产合计", "", "106,278,648", "96,573,772"], ["资产总计", "", "353,415,296", "338,463,197"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    rows = fin.financial_rows(table)
    assert {r["statement"] for r in rows} == {"balance"} and {r["period"] for r in rows} == {"2024年12月31日", "2023年12月31日"}


def test_one_period_beside_its_growth_column_is_a_table_of_figures():
    # a results summary's '指标 | 2024年 | 同比变化': typed, each amount with the unit its cell prints
    cells = [["指标", "2024年", "同比变化"], ["营业收入", "45.66亿元", "+5.45%"], ["净利率", "7.73%", "-4.2%"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    got = [(r["item"], r["value"], r["unit"], r.get("basis")) for r in fin.financial_rows(table)]
    assert got == [("营业收入", 45.66, "亿元", None), ("营业收入", 5.45, "%", "yoy"),
                   ("净利率", 7.73, "%", None), ("净利率", -4.2, "%", "yoy")]
    # one dated column alone may be anything: not typed
    alone = Table(kind="other", page=1, columns=["指标", "2024年"], rows=[], cells=[["指标", "2024年"], ["营业收入", "45.66"]])
    assert fin.financial_rows(alone) == []


@pytest.mark.parametrize("text, unit", [
    ("单位：百万元", "百万元"), ("(人民币百万)", "百万元"), ("RMB mn", "百万元"), ("单位：亿元人民币", "亿元"),
    ("(万元人民币)", "万元"), ("百万港币", "百万港元"), ("单位：千港币", "千港元"), ("US$m", "百万美元"),
    ("(%)", "%"), ("营业收入", None),
    # an annual report's caption names the currency after the unit
    ("单位：千元币种：人民币", "千元"), ("单位：元 币种：人民币", "元"),
])
def test_the_unit_a_caption_or_header_names(text, unit):
    from pipeline.normalize.financials import unit_of
    assert unit_of(text) == unit


@pytest.mark.parametrize("header, want", [
    ("PE (x) 2025E", ("2025E", "PE (x)")), ("EPS(2025E)", ("2025E", "EPS")), ("2025E PE", ("2025E", "PE")),
    # a metric and its period printed without a space between them
    ("EPS2025E", ("2025E", "EPS")), ("2025EEPS", ("2025E", "EPS")), ("2025EPE", ("2025E", "PE")),
    ("2025EPS", ("2025", "EPS")), ("营业收入", (None, None)),
    # an English statement's column by the months it counts to the day it ends (a fiscal year's half: the period closing
    # that month, its length unknown, as a data vendor's '2025/09')
    ("For the six months ended June 30, 2025 (HK$ Thousand)", ("2025H1", "(HK$ Thousand)")),
    ("Three months ended September 30, 2025", ("2025Q3", None)), ("Nine months ended September 30, 2024", ("2024前三季度", None)),
    ("Year ended December 31, 2024", ("2024", None)), ("Six months ended September 30, 2025", ("2025/09", None)),
])
def test_the_period_and_metric_of_a_column_header(header, want):
    assert fin.header_period(header) == want


def test_columns_dated_by_report_close_are_statements_only_over_statement_lines():
    # '25-09-30 | 25-06-30': a data vendor's cumulative reports over 营业收入 and 毛利率 are typed;
    # the same dates over a macro series (M2同比, 国债收益率) are not a company's
    company = [["利润表", "25-09-30", "24-09-30"], ["营业收入(元)", "2.99亿", "2.91亿"], ["毛利率(%)", "49.16", "46.47"]]
    macro = [["指标", "2025-06-30", "2025-09-30"], ["M2同比(%)", "8.3", "8.4"], ["10年期国债收益率(%)", "1.65", "1.86"]]
    typed = fin.financial_rows(Table(kind="other", page=3, columns=company[0], rows=[], cells=company))
    assert [(r["item"], r["period"], r["value"]) for r in typed][:2] == [("营业收入", "25-09-30", 2.99), ("营业收入", "24-09-30", 2.91)]
    assert fin.financial_rows(Table(kind="other", page=3, columns=macro[0], rows=[], cells=macro)) == []


def test_a_change_column_after_two_balance_dates_compares_them():
    # a quarterly report's '2025年9月30日 | 2024年12月31日 | 增减(%)': the quarter's end against the year's end
    cells = [["项目", "2025年9月30日", "2024年12月31日", "增减(%)"], ["总资产", "1,943,027", "1,766,384", "10.0"]]
    table = Table(kind="other", page=1, columns=cells[0], rows=[], cells=cells)
    assert [(r["period"], r["base_period"], r["value"]) for r in fin.financial_rows(table) if r.get("growth_of")] == [
        ("2025年9月30日", "2024年12月31日", 10.0)]


def test_a_quarterly_report_s_relative_heads_take_its_own_period():
    # '2025年第三季度报告': its 本报告期 is the third quarter, 年初至报告期末 the first nine months; a half-year report's 本报告期
    # its half; balances' heads (本报告期末, 上年度末) stay relative
    assert fin.own_report_period("武汉示例激光股份有限公司\n2025 年第三季度报告\n本公司…") == (2025, 9)
    assert fin.own_report_period("示例股份2024年半年度报告摘要") == (2024, 6)
    cells = [["", "本报告期", "本报告期比上年同期增减", "年初至报告期末", "年初至报告期末比上年同期增减"],
             ["营业收入(元)", "841,475,707.97", "10.45%", "2,505,678,215.77", "6.67%"]]
    table = fin._dated_report_heads(Table(kind="other", page=1, cells=cells, source="text"), 2025, 9)
    assert table.cells[0][1] == "2025年第三季度" and table.cells[0][3] == "2025年1-9月"
    assert fin._dated_report_heads(Table(kind="other", page=1, cells=cells, source="text"), 2024, 6).cells[0][1] == "2024年1-6月"


@pytest.mark.parametrize("label", ["YOY(%)", "YoY", "yoy"])
def test_a_growth_row_labelled_yoy_in_capitals_is_the_growth_of_the_item_above(label):
    # a summary's table: '|营业收入(百万元)|25,679|25,119| |YOY(%)|144.8|-2.2|'
    table = Table(kind="financials", page=1, columns=["指标", "2022A", "2023A"], cells=[
        ["指标", "2022A", "2023A"], ["营业收入(百万元)", "25,679", "25,119"], [label, "144.8", "-2.2"]], rows=[])
    rows = fin.financial_rows(table)
    assert {r.get("growth_of") for r in rows if r["item"].lower().startswith("yoy")} == {"营业收入"}
