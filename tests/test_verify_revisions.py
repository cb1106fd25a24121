"""verify's `revisions` family: a revision table's changes (调整前 / 调整后 / 变动) from the
old and the new forecast; the old forecast and the change never taken for the report's
current figures by the other families."""
from pipeline.document import Document, Source, Table
from pipeline.verify import verify


def row(item, period, printed, basis, unit="百万元", row_number=0):
    value = float(printed.rstrip("%").replace("pct", "").replace(",", ""))
    out = {"item": item, "period": period, "value": value, "unit": unit, "statement": "forecast", "page": 1,
           "printed": printed, "row": row_number}
    if basis:
        out["basis"] = basis
    return out


def doc_of(rows):
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=1, size=1))
    doc.tables.append(Table(kind="financials", page=1, source="typed", rows=rows,
                            columns=["item", "period", "value", "unit", "statement", "page"]))
    return doc


def revision_rows(revenue_change="4.4%", margin_change="0.6pct"):
    return [row("营业收入", "2025E", "17,500", "before"), row("营业收入", "2025E", "18,276", "after"),
            row("营业收入", "2025E", revenue_change, "change", unit="%"),
            row("毛利率", "2025E", "22.0%", "before", unit="%", row_number=1),
            row("毛利率", "2025E", "22.6%", "after", unit="%", row_number=1),
            row("毛利率", "2025E", margin_change, "change", unit="pct" if "pct" in margin_change else "%", row_number=1)]


def checks(rows):
    return {c["claim"]: c for c in verify(doc_of(rows))["checks"] if c["family"] == "revisions"}


def test_changes_of_an_amount_in_percent_and_of_a_ratio_in_points():
    found = checks(revision_rows())
    assert found["营业收入 2025E 变动 4.4%"]["verdict"] == "consistent"      # 18,276 ÷ 17,500 − 1 = 4.43%
    assert found["毛利率 2025E 变动 0.6pct"]["verdict"] == "consistent"      # 22.6 − 22.0
    assert found["营业收入 2025E 变动 4.4%"]["cell"]["column"] == "2025E 变动"


def test_a_wrong_change_is_a_mismatch():
    found = checks(revision_rows(revenue_change="5.4%", margin_change="0.9pct"))
    assert found["营业收入 2025E 变动 5.4%"]["verdict"] == "mismatch"
    assert found["毛利率 2025E 变动 0.9pct"]["verdict"] == "mismatch"


def test_a_ratios_change_printed_with_percent_is_points_or_relative():
    by_points = checks(revision_rows(margin_change="0.6%"))["毛利率 2025E 变动 0.6%"]
    relative = checks(revision_rows(margin_change="2.7%"))["毛利率 2025E 变动 2.7%"]   # 22.6 ÷ 22.0 − 1
    assert by_points["verdict"] == relative["verdict"] == "consistent"
    assert "points" in by_points["note"] and "÷" in relative["note"]


def test_the_old_forecast_is_not_the_reports_figure():
    # the statements print 18,276 for 2025E: the old 17,500 beside it is no restatement error
    rows = revision_rows() + [row("营业收入", "2025E", "18,276", None, row_number=5)]
    doc = doc_of(rows)
    doc.tables.append(Table(kind="financials", page=2, source="typed", rows=[dict(rows[-1], page=2, row=0)],
                            columns=["item", "period", "value", "unit", "statement", "page"]))
    assert verify(doc)["summary"]["mismatch"] == 0


def test_a_change_without_its_old_forecast_names_it():
    (c,) = checks([row("营业收入", "2025E", "18,276", "after"), row("营业收入", "2025E", "4.4%", "change", unit="%")]).values()
    assert c["verdict"] == "unverifiable" and "old (调整前)" in c["note"]


def test_a_pdf_revision_table_with_the_year_glued_to_each_forecast_and_a_bare_change_column(tmp_path):
    # '2025E调整前 | 2025E调整后 | 变动 | 2026E调整前 | …' in one header row: one table, six changes
    from pipeline.ingest import read_document
    from pipeline.samples_company import CompanySpec, TableStyle, company_report_pdf

    for plant, verdicts in ((set(), ["consistent"] * 6), ({"revision"}, ["consistent"] * 5 + ["mismatch"])):
        spec = CompanySpec(style=TableStyle(revision_header="glued"), plant=plant)
        found = [c for c in verify(read_document(company_report_pdf(tmp_path / "r.pdf", spec)))["checks"]
                 if c["family"] == "revisions"]
        assert sorted(c["verdict"] for c in found) == verdicts
    (planted,) = [c for c in found if c["verdict"] == "mismatch"]
    assert planted["claim"].startswith("营业收入 2026E 变动")
