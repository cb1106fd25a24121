"""read.runon: a table a PDF's text layer ran into one line, its figures run together."""
from pipeline.ingest import read_document
from pipeline.read.runon import run_on_peers, run_on_tables
from pipeline.verify import run_families

RUN_ON = ("基本状况总股本(百万股)3,120市价(元)65.13 公司盈利预测及估值指标2015A2016A2017E2018E2019E"
          "营业收入(百万元)158,453146,173148,390178,906220,341增长率yoy%10.66%-7.75%1.52%20.56%23.16%"
          "每股收益(元)2.761.581.802.403.34P/E23.6041.2236.1927.1719.48P/EV1.971.571.301.070.87"
          "归母净利润(百万元)318-124124201311备注:投资要点")


def test_figures_run_together_split_one_way_only():
    (t,) = run_on_tables(RUN_ON, 1)
    assert t.cells[0] == ["公司盈利预测及估值指标", "2015A", "2016A", "2017E", "2018E", "2019E"]
    assert t.cells[1] == ["营业收入(百万元)", "158,453", "146,173", "148,390", "178,906", "220,341"]  # thousands
    assert t.cells[2][1:] == ["10.66%", "-7.75%", "1.52%", "20.56%", "23.16%"]                      # percentages
    assert t.cells[3][1:] == ["2.76", "1.58", "1.80", "2.40", "3.34"]                                # two decimals
    # '318-124124201311' (integers with no separator) splits many ways: the table ends before it
    assert [r[0] for r in t.cells[1:]] == ["营业收入(百万元)", "增长率yoy%", "每股收益(元)", "P/E", "P/EV"]
    assert t.report["text_span"][0] == RUN_ON.index("2015A")


def test_figures_spaced_on_one_line_and_a_table_set_one_row_a_line_left_to_the_line_reader():
    spaced = "指标 2017A 2018A 2019E 营业收入(百万元) 5876 6271 5727 增长率 yoy% 33.63% 6.73% -8.67% 注:以收盘价计算"
    (t,) = run_on_tables(spaced, 1)
    assert t.cells[2] == ["增长率 yoy%", "33.63%", "6.73%", "-8.67%"]
    assert run_on_tables("指标 2017A 2018A 2019E\n营业收入 5876 6271 5727\n净利润 70 429 363\n", 1) == []


def test_a_run_on_table_is_typed_and_checked_and_its_rows_are_no_sentences(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("样例保险(601999):中报点评\n维持“买入”评级。\n" + RUN_ON.replace("-7.75%", "-{}%").format("8.75") + "\n",
                    encoding="utf-8")
    checks, _ = run_families(read_document(path))
    growth = {c["claim"]: c["verdict"] for c in checks if c["family"] == "growth"}
    assert growth["营业收入 增长率yoy% 2016A -8.75%"] == "mismatch"          # 146,173 ÷ 158,453 − 1 = −7.75%
    assert growth["营业收入 增长率yoy% 2017E 1.52%"] == "consistent"
    # P/EV is no PE: PE × EPS is one price (65.13), P/EV is not judged as one
    assert {c["verdict"] for c in checks if c["claim"].startswith("P/E ")} <= {"consistent", "rounding"}
    assert not [c for c in checks if c["claim"].startswith("P/EV")]
    # the table's text read as a sentence would restate each row's first figure as the last year's
    assert not [c for c in checks if c["family"] == "results" and "【" in c["claim"]]


PEERS = ("重点公司基本状况 简称 股价 (元 ) EPS PE PB 评级 2018 2019 2020E 2021E 2018 2019 2020E 2021E "
         "甲煤能源 16.17 2.21 2.17 2.09 2.15 7.3 7.5 7.7 7.5 0.93 买入 "
         "乙煤业 8.28 1.10 1.16 1.01 1.08 7.5 7.1 8.2 {} 1.34 增持 "
         "丙股份 6.22 0.31 0.50 0.55 0.61 20.1 12.4 11.3 10.2 1.02 买入 备注 股价为 9 月 4日收盘价")


def test_a_comparables_table_run_into_one_line():
    (t,) = run_on_peers(PEERS.format("7.7"), 1)
    # the years are printed twice, under EPS and PE; PB takes one figure (the count says so)
    assert t.cells[0] == ["简称", "股价(元)", "PB", "评级", "EPS 2018", "EPS 2019", "EPS 2020E", "EPS 2021E",
                          "PE 2018", "PE 2019", "PE 2020E", "PE 2021E"]
    assert t.cells[2] == ["乙煤业", "8.28", "1.34", "增持", "1.10", "1.16", "1.01", "1.08", "7.5", "7.1", "8.2", "7.7"]
    assert len(t.cells) == 4                                  # 备注 ends it
    # with three groups of years, PB takes them too
    three = "简称 股价 EPS PE PB 2020 2021 2020 2021 2020 2021 甲股 10.0 1.00 2.00 10.0 5.0 2.0 1.5 乙股 8.0 0.80 1.00 10.0 8.0 1.6 1.4"
    (t,) = run_on_peers(three, 1)
    assert t.cells[0][-2:] == ["PB 2020", "PB 2021"]
    assert t.cells[1] == ["甲股", "10.0", "1.00", "2.00", "10.0", "5.0", "2.0", "1.5"]


def test_a_comparables_header_read_more_than_one_way_is_no_table():
    # one group of years and two measures that may take them (PB, BPS): which one does is not said
    assert run_on_peers("简称 股价 PB BPS 2020 2021 甲股 10.0 2.0 5.0 4.0 乙股 8.0 1.6 5.0 4.0", 1) == []
    # a row short of its figures ends the table before it: one row is no table
    assert run_on_peers("简称 股价 EPS 2020 2021 甲股 10.0 1.00 2.00 乙股 8.0 0.80", 1) == []
    assert len(run_on_peers("简称 股价 EPS 2020 2021 甲股 10.0 1.00 2.00 乙股 8.0 0.80 1.00", 1)) == 1


def test_a_run_on_comparables_table_is_checked(tmp_path):
    path = tmp_path / "peers.txt"
    path.write_text("煤炭行业半年业绩综述\n" + PEERS.format("8.7") + "\n", encoding="utf-8")
    checks, _ = run_families(read_document(path))
    pe = [(c["claim"], c["verdict"]) for c in checks if c["family"] == "comparables"]
    assert len(pe) == 12
    assert [v for c, v in pe if v == "mismatch"] == ["mismatch"]          # 8.28 ÷ 1.08 = 7.7, not 8.7


def test_a_dash_for_a_figure_not_given_is_a_cell():
    # a first page copied to one line: the first year's growth is a dash
    text = ("盈利预测与估值 2023A 2024A 2025E 2026E 2027E 营业总收入(百万元) 344272 528567 617733 652352 693177 "
            "同比(%) - 53.53% 16.87% 5.60% 6.26% 归母净利润(百万元) 46181 106935 176297 178059 187429 投资要点")
    (t,) = run_on_tables(text, 1)
    assert t.cells[2] == ["同比(%)", "-", "53.53%", "16.87%", "5.60%", "6.26%"]
    assert [r[0] for r in t.cells[1:]] == ["营业总收入(百万元)", "同比(%)", "归母净利润(百万元)"]


HK_BROKER = ("[Table_Profit] Rmb mn Dec-24A Dec-25E Dec-26E Dec-27E Revenue 39,252 45,871 53,144 60,204 Revenue (+/-) "
             "18% 17% {growth}% 13% Net profit 7,498 9,743 11,162 12,795 Net profit (+/-) 33% 30% 15% 15% Diluted EPS (Rmb) "
             "2.87 3.73 4.28 4.90 GPM 36.2% 37.5% 37.9% 38.3% P/E 26 20 17 15 资料来源:公司信息")


def test_a_hong_kong_broker_s_table_in_english_by_the_months_its_years_close(tmp_path):
    (t,) = run_on_tables(HK_BROKER.format(growth="16"), 1)
    assert t.cells[0] == ["Rmb mn", "Dec-24A", "Dec-25E", "Dec-26E", "Dec-27E"]
    assert t.cells[2] == ["Revenue (+/-)", "18%", "17%", "16%", "13%"]
    # typed: 'Revenue (+/-)' is the growth of the row above (53,144 ÷ 45,871 − 1 = 15.86%); the P/E row one price
    path = tmp_path / "hk.txt"
    for growth, verdict in (("16", "consistent"), ("26", "mismatch")):
        path.write_text("福耀玻璃(600660):2025年三季报点评\n" + HK_BROKER.format(growth=growth) + "\n", encoding="utf-8")
        checks = {c["claim"]: c["verdict"] for c in run_families(read_document(path))[0]}
        assert checks[f"Revenue Revenue (+/-) Dec-26E {growth}%"] == verdict
    assert checks["P/E Dec-25E 20"] == "consistent"


def test_a_header_s_actual_year_may_lead_unmarked():
    # '会计年度 2019 2020E 2021E 2022E': the actual year before the estimates carries no A
    text = ("主要财务指标 会计年度 2019 2020E 2021E 2022E 营业收入(百万元) 136098 120687 127458 137453 "
            "同比增长 28.4% -11.3% 5.6% 7.8% 投资要点 公司发布年报")
    (t,) = run_on_tables(text, 1)
    assert t.cells[0][1:] == ["2019", "2020E", "2021E", "2022E"]
    assert t.cells[2] == ["同比增长", "28.4%", "-11.3%", "5.6%", "7.8%"]
    # bare years alone are no header: a chart's axis or a list of dates
    assert run_on_tables("年份 2019 2020 2021 2022 营业收入 1 2 3 4 同比 1% 2% 3% 4%", 1) == []


SINA_DIGEST = ("•归母净利润增速持续下降。\n"
               "项目202306302024063020250630归母净利润(元)7.68亿8.64亿7.33亿归母净利润增速16.29%12.48%{growth}%\n"
               "•营业收入与净利润变动背离。\n")


def test_a_digest_s_table_headed_by_the_dates_its_reports_close(tmp_path):
    # '项目202306302024063020250630…': three half-years' closing dates run together, each figure with its unit
    (t,) = run_on_tables(SINA_DIGEST.format(growth="-15.2"), 1)
    assert t.cells == [["项目", "2023-06-30", "2024-06-30", "2025-06-30"],
                       ["归母净利润(元)", "7.68亿", "8.64亿", "7.33亿"],
                       ["归母净利润增速", "16.29%", "12.48%", "-15.2%"]]
    # typed (a line and its growth are a company's) and checked: 7.33 ÷ 8.64 − 1 = −15.16%
    path = tmp_path / "d.txt"
    for growth, verdict in (("-15.2", "consistent"), ("-25.2", "mismatch")):
        path.write_text("中伟股份:半年报点评\n" + SINA_DIGEST.format(growth=growth), encoding="utf-8")
        checks = {c["claim"]: c["verdict"] for c in run_families(read_document(path))[0] if c["family"] == "growth"}
        assert checks[f"归母净利润 归母净利润增速 2025-06-30 {growth}%"] == verdict


def test_a_header_s_two_actual_years_may_lead_unmarked():
    # '项目 2022 2023 2024E 2025E 2026E': the actual years before the estimates carry no A
    text = ("公司基本情况(人民币) 项目 2022 2023 2024E 2025E 2026E 营业收入(百万元) 4,722 4,493 4,606 4,809 5,100 "
            "营业收入增长率 -5.74% -4.86% 2.52% 4.40% 6.04% 伊菲丹强化高奢形象")
    (t,) = run_on_tables(text, 1)
    assert t.cells[0][1:] == ["2022", "2023", "2024E", "2025E", "2026E"]
    assert t.cells[2] == ["营业收入增长率", "-5.74%", "-4.86%", "2.52%", "4.40%", "6.04%"]


def test_a_percent_sign_wrapped_after_a_row_is_no_part_of_the_next_label(tmp_path):
    # '201.58 … 19.36% %': the first figure's percent sign, wrapped after the row; the next row's label opens after it
    text = ("项目 2022 2023 2024E 2025E 2026E 归母净利润增长率 201.58 21.16% 23.34% 27.24% 19.36% % 摊薄每股收益(元) "
            "0.421 0.510 0.629 0.801 0.956 P/E 9.81 9.69 11.35 8.92 7.47 说明")
    (t,) = run_on_tables(text, 1)
    assert [r[0] for r in t.cells[1:]] == ["归母净利润增长率", "摊薄每股收益(元)", "P/E"]
