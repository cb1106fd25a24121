"""The mutation harness (pipeline/verify/mutate.py): it edits the cells checks read, says
which edits verify flags, and for the others what the checks that read the cell say."""
from pipeline.document import Document, Source, Table
from pipeline.verify import mutate


def _balance_sheet() -> Document:
    """Two current-asset lines and their total over four years (one line is zero)."""
    years = ["2024A", "2025E", "2026E", "2027E"]
    lines = [("货币资金", ["1,200", "1,300", "1,400", "1,500"]), ("其他流动资产", ["0", "0", "0", "0"]),
             ("存货", ["800", "900", "1,000", "1,100"]), ("流动资产合计", ["2,000", "2,200", "2,400", "2,600"])]
    rows = []
    for n, (item, values) in enumerate(lines):
        for period, printed in zip(years, values):
            rows.append({"item": item, "period": period, "value": float(printed.replace(",", "")), "unit": "百万元",
                         "statement": "balance", "page": 1, "printed": printed, "row": n, "group": None})
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=1, size=1))
    doc.tables.append(Table(kind="financials", page=1, source="typed", rows=rows,
                            columns=["item", "period", "value", "unit", "statement", "page"]))
    return doc


def test_edit_digit_changes_one_digit_and_never_leads_with_zero():
    assert mutate.edit_digit("1,234", "last") == "1,235"
    assert mutate.edit_digit("1,234", "middle") == "1,244"
    assert mutate.edit_digit("9.5", "first") == "1.5"     # 9 → 0 would drop a digit: 1 instead
    assert mutate.edit_digit("n.a.", "last") is None


def test_an_edit_beyond_the_rounding_is_flagged_one_within_it_is_rounding():
    doc = _balance_sheet()
    first = {mutate.describe(o.cell): o for o in mutate.run(doc, "first")}
    assert first["financials[0] row 0 2025E"].flagged                      # 1,300 → 2,300
    assert first["financials[0] row 0 2025E"].why == "mismatch"
    last = {mutate.describe(o.cell): o for o in mutate.run(doc, "last")}
    # 0 → 1 in a sum of three rounded lines: within their printed precision, not an error
    zero = last["financials[0] row 1 2025E"]
    assert (zero.before, zero.after, zero.flagged, zero.why) == ("0", "1", False, "rounding")
