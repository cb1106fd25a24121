"""verify's `performance` family: a backtest's 卡玛比率, 夏普比率, 信息比率 and 超额收益 from the
table's own returns and risks, under the definition the report bears out — and never a
mismatch where the report keeps another definition (a Sharpe ratio over a risk-free rate)."""
from decimal import Decimal as D

import pytest

from backtests import backtest_report_pdf
from pipeline.document import Document, Source, Table
from pipeline.ingest import read_document
from pipeline.verify import mutate, run_families
from pipeline.verify.families import performance


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    return read_document(backtest_report_pdf(tmp_path_factory.mktemp("bt") / "clean.pdf"))


def judged(doc):
    return [c for c in run_families(doc)[0] if c["family"] == "performance"]


def test_a_clean_backtest_report_checks_every_ratio_and_excess(clean):
    found = judged(clean)
    by = {(c["cell"]["row"], c["cell"]["column"]): c for c in found}
    assert len(found) == 15 and {c["verdict"] for c in found} == {"consistent"}
    assert by[("择时策略", "卡玛比率")]["recomputed"] == pytest.approx(0.5169, abs=1e-4)    # 17.58 ÷ 34.01
    assert by[("中证1000", "夏普比率")]["recomputed"] == pytest.approx(0.2144, abs=1e-4)    # 7.55 ÷ 35.22
    assert by[("2022", "超额收益")]["recomputed"] == pytest.approx(49.4)                  # 31.6 − (−17.8)
    assert by[("2022", "超额收益")]["formula"] == "超额收益 = 收益率 − 基准收益率"


@pytest.mark.parametrize("plant, row, column", [("rotation_calmar", "日频策略", "卡玛比率"),
                                                ("timing_sharpe", "沪深300", "夏普比率"),
                                                ("excess", "2021", "超额收益")])
def test_a_planted_error_is_a_mismatch_at_its_cell(tmp_path, plant, row, column):
    found = judged(read_document(backtest_report_pdf(tmp_path / "planted.pdf", plant=plant)))
    assert [(c["cell"]["row"], c["cell"]["column"]) for c in found if c["verdict"] == "mismatch"] == [(row, column)]


def test_a_two_portfolio_table_is_judged_by_the_definition_the_report_keeps_elsewhere(tmp_path):
    # 表1 alone (one good cell of two) cannot bear the definition out; 表2 does, so 表1's
    # edited Calmar ratio is a mismatch
    found = judged(read_document(backtest_report_pdf(tmp_path / "planted.pdf", plant="timing_calmar")))
    wrong = [c for c in found if c["verdict"] == "mismatch"]
    assert [(c["cell"]["row"], c["cell"]["column"]) for c in wrong] == [("择时策略", "卡玛比率")]
    assert (wrong[0]["reported"], wrong[0]["recomputed"]) == (pytest.approx(0.5269), pytest.approx(0.5169, abs=1e-4))


def test_a_sharpe_ratio_over_an_unstated_risk_free_rate_is_unverifiable_not_a_mismatch(tmp_path):
    found = judged(read_document(backtest_report_pdf(tmp_path / "rf.pdf", risk_free=D("2.0"))))
    sharpe = [c for c in found if c["cell"]["column"] == "夏普比率"]
    assert len(sharpe) == 5 and {c["verdict"] for c in sharpe} == {"unverifiable"}
    assert "no common definition" in sharpe[0]["note"] and "年化收益率 ÷ 年化波动率" in sharpe[0]["note"]
    assert {c["verdict"] for c in found if c["cell"]["column"] == "卡玛比率"} == {"consistent"}


def test_an_edit_of_a_backtest_cell_is_flagged_by_the_mutation_harness(clean):
    outcomes = mutate.run(clean, "middle")
    assert len(outcomes) >= 40 and all(o.cell[0] == "other" for o in outcomes)
    # every ratio edited and every return or drawdown an edit beyond its ratios' rounding is flagged
    assert sum(o.flagged for o in outcomes) >= 0.9 * len(outcomes)
    assert all(o.flagged for o in outcomes if o.cell[3] in ("卡玛比率", "夏普比率", "超额收益"))


@pytest.mark.parametrize("label, measure, whole", [("年化收益率", "annual_return", True),
                                                   ("年化收益率(%)", "annual_return", True),
                                                   ("calmar比率", "calmar", True),
                                                   ("Max_drawdown", "max_drawdown", True),    # a backtest library's label
                                                   ("分组1对冲分组信息比率", "information_ratio", False),
                                                   ("中证500收益", None, False),      # the benchmark's, no measure of the portfolio
                                                   ("年化 RankICIR", None, False)])   # a Latin name only whole
def test_measures_by_their_names(label, measure, whole):
    assert performance.measure_of(label) == (measure, whole)


def test_measures_named_inside_longer_labels_are_no_inputs():
    # a yearly table whose two-row header ran together: '年化收益率分组5' is group 5's return,
    # not the hedge's, so the hedge's 信息比率 is not judged against it
    rows = [{"年份": "2013", "分组1": "44.07%", "年化收益率分组5": "24.43%", "分组1对冲分组5": "16.15%",
             "年化波动率": "4.59%", "分组1对冲分组信息比率": "3.52"}]
    doc = Document(doc_id="q", source=Source(path="q.pdf", sha256="2" * 64, format="pdf", pages=1, size=1))
    doc.tables.append(Table(kind="other", page=1, columns=list(rows[0]), rows=rows, title="图表13：分年度表现"))
    assert performance.find(doc) == []


SUMMARY = ("示例金工：指数增强策略年度回顾\n"
           "2023年，沪深300增强组合累计收益为{a}%，同期沪深300指数的累计收益为-11.38%，超额收益为{e}%。"
           "指数增强策略的年化跟踪误差为3.20%，信息比率为{ir}。"
           "2023年，中证500增强组合累计收益为4.50%，同期中证500指数的累计收益为-7.42%，超额收益为11.92%。"
           "指数增强策略的年化跟踪误差为4.10%，信息比率为2.9。"
           "因子择时组合累计收益为6.20%，基准组合累计收益为-12.10%，因子择时组合相对于基准组合取得了18.30%的超额收益。"
           "多空对冲组合的年化收益为15.62%，年化波动为6.51%，信息比率为2.40，最大回撤为4.12%。"
           "空头超额组合的年化收益为8.73%，年化波动为4.20%，信息比率为2.08。"
           "改进后夏普比率由1.85提升至2.05，年化收益分别为12.1%和13.4%。\n")


def prose_checks(tmp_path, **figures):
    path = tmp_path / "s.txt"
    path.write_text(SUMMARY.format(**{"a": "3.62", "e": "15.00", "ir": "4.7", **figures}), encoding="utf-8")
    return {c["claim"].split("【")[1].split("】")[0]: c for c in judged(read_document(path))}


def test_a_quant_summary_s_sentences_state_excess_returns_and_information_ratios(tmp_path):
    found = prose_checks(tmp_path)
    # 3.62 − (−11.38); 15.00 ÷ 3.20; 4.50 − (−7.42); 11.92 ÷ 4.10; 6.20 − (−12.10); 15.62 ÷ 6.51; 8.73 ÷ 4.20
    assert {f: c["verdict"] for f, c in found.items()} == {
        "15.00": "consistent", "4.7": "consistent", "11.92": "consistent", "2.9": "consistent",
        "18.30": "consistent", "2.40": "consistent", "2.08": "consistent"}
    assert found["15.00"]["formula"] == "超额收益 = 收益率 − 基准收益率"
    assert found["2.40"]["formula"] == "信息比率 = 年化收益率 ÷ 年化波动率"
    # a portfolio named after its index ('沪深300增强组合') is no benchmark; a Sharpe ratio moving
    # from one figure to another, and returns listed, are no figures of one portfolio


@pytest.mark.parametrize("edit, figure", [({"e": "16.00"}, "16.00"), ({"a": "4.62"}, "15.00")])
def test_an_edited_figure_of_a_quant_summary_is_a_mismatch(tmp_path, edit, figure):
    found = prose_checks(tmp_path, **edit)
    assert [f for f, c in found.items() if c["verdict"] == "mismatch"] == [figure]


def test_an_information_ratio_two_figures_cannot_bear_out_is_unverifiable(tmp_path):
    # with 4.7 edited to 5.7 only 2.9 still fits excess ÷ tracking error: two significant
    # figures fit a wrong formula too often to call the other a mismatch
    found = prose_checks(tmp_path, ir="5.7")
    assert (found["5.7"]["verdict"], found["2.9"]["verdict"]) == ("unverifiable", "unverifiable")
    assert "no common definition" in found["5.7"]["note"]


def test_measures_listed_before_their_figures_are_each_read():
    text = "加入杠杆后年化收益大幅提升至42.3%，最大回撤9.1%，夏普比率和calmar比率进一步提升至2.98和4.63，夏普比率由2.11提升至2.63"
    read = [(performance.measure_of(label)[0], text[a:b], percent) for label, _, (a, b), percent in performance._mentions(text)]
    assert read == [("annual_return", "42.3", True), ("max_drawdown", "9.1", True), ("sharpe", "2.98", False),
                    ("calmar", "4.63", False)]   # '由2.11提升至2.63' is a move, no figure of one portfolio


def test_a_cell_any_definition_the_table_bears_out_reproduces_is_no_mismatch():
    # 信息比率: A–C are long portfolios (excess ÷ tracking error), D–E hedges (return ÷ volatility);
    # F prints all four inputs and keeps the hedges' definition: consistent, not a mismatch
    head = ["组合", "年化收益率", "年化波动率", "超额收益", "跟踪误差", "信息比率"]
    body = [["A", "12.00%", "20.00%", "5.00%", "4.00%", "1.25"], ["B", "14.00%", "21.00%", "7.20%", "4.80%", "1.50"],
            ["C", "9.00%", "18.00%", "3.30%", "3.00%", "1.10"], ["D", "10.00%", "5.00%", "-", "-", "2.00"],
            ["E", "8.00%", "4.00%", "-", "-", "2.00"], ["F", "6.00%", "3.00%", "1.00%", "2.00%", "2.00"]]
    doc = Document(doc_id="q", source=Source(path="q.pdf", sha256="3" * 64, format="pdf", pages=1, size=1))
    doc.tables.append(Table(kind="other", page=1, columns=head, rows=[dict(zip(head, r)) for r in body], title="表1"))
    found = {c["cell"]["row"]: c for c in performance.find(doc) if c["cell"]["column"] == "信息比率"}
    assert {row: c["verdict"] for row, c in found.items()} == dict.fromkeys("ABCDEF", "consistent")
    assert found["F"]["formula"] == "信息比率 = 年化收益率 ÷ 年化波动率"
    assert found["A"]["formula"] == "信息比率 = 超额收益 ÷ 跟踪误差"


@pytest.mark.parametrize("sentence, verdicts", [
    # the excess is over the returns of its own span: 累计 50.00 − 30.00, not 年化 20.00 − 30.00
    ("组合累计收益为50.00%，年化收益为20.00%，同期沪深300指数的累计收益为30.00%，超额收益为20.00%。", {"20.00": "consistent"}),
    # a 年化 excess over a benchmark's cumulative return is no claim of this sentence
    ("组合年化收益为20.00%，同期沪深300指数的累计收益为30.00%，年化超额收益为8.00%。", {}),
])
def test_an_excess_return_in_prose_takes_returns_of_its_own_span(tmp_path, sentence, verdicts):
    path = tmp_path / "s.txt"
    path.write_text("示例金工：策略回顾\n" + sentence + "\n", encoding="utf-8")
    found = {c["claim"].split("【")[1].split("】")[0]: c["verdict"] for c in judged(read_document(path))}
    assert {f: v for f, v in found.items() if v != "unverifiable"} == verdicts
