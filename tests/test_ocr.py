"""OCR: an image-only copy of a report reads back with the passages, metadata and
numbers of its text-layer version; scanned and (cid:NN) pages give text; without OCR
they keep their warnings, saying how to get it."""
import badinputs
import imagepdf
import pytest
from conftest import SHARED, needs_shared

from pipeline.ingest import read_document
from pipeline.read import ocr

pytestmark = pytest.mark.skipif(not ocr.installed(), reason="OCR tests need the ocr extra: pip install -e '.[ocr]'")


def _financials(doc) -> set:
    return {(r["item"], r["period"], r["value"]) for t in doc.tables if t.kind == "financials" for r in t.rows}


@pytest.fixture(scope="module")
def company_pair(tmp_path_factory, company_pdf):
    """The generated company report and an image-only copy of it."""
    image = imagepdf.painted(company_pdf, tmp_path_factory.mktemp("ocr") / "scan.pdf")
    return read_document(company_pdf), read_document(image)


def test_an_image_only_report_reads_like_its_text_layer(company_pair):
    text, scan = company_pair
    assert all(p.ocr and p.ocr_confidence > 0.8 for p in scan.pages) and not any(p.ocr for p in text.pages)
    assert [w.code for w in scan.warnings] == ["W016"] and "had no usable text layer" in scan.warnings[0].message
    whole = imagepdf.recovered("".join(p.text for p in text.pages), "".join(p.text for p in scan.pages))
    assert whole >= 0.93, whole  # 0.949 measured
    for a, b in zip(text.pages, scan.pages):
        assert imagepdf.recovered(a.text, b.text) >= 0.85, a.number


def test_metadata_and_tables_survive_ocr(company_pair):
    text, scan = company_pair
    for field in ("title", "date", "broker", "ticker", "company", "rating", "target_price", "price"):
        assert getattr(scan.meta, field) == getattr(text.meta, field), field
    assert [t.kind for t in scan.tables if t.kind != "other"] == [t.kind for t in text.tables if t.kind != "other"]
    expected = _financials(text)
    assert len(_financials(scan) & expected) >= 0.85 * len(expected)


def test_scanned_and_cid_pages_give_text(tmp_path):
    scanned = read_document(badinputs.image_only_pdf(tmp_path))
    assert [w.code for w in scanned.warnings] == ["W016"]
    assert "降价至0.5元" not in scanned.pages[0].text  # the scan's own words, not a template's
    assert "通义千问" in scanned.pages[0].text and "5月22日" in scanned.pages[1].text
    assert any(e.label == "MODEL" and e.value.get("name") == "Qwen-Long" for e in scanned.entities)
    cid = read_document(badinputs.cid_garbage_pdf(tmp_path))
    assert [w.code for w in cid.warnings] == ["W016"] and cid.pages[0].ocr
    assert imagepdf.recovered(badinputs.CID_TEXT * 2, cid.pages[0].text) >= 0.95


def test_without_ocr_the_warnings_say_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "ENABLED", False)
    doc = read_document(badinputs.image_only_pdf(tmp_path))
    assert [w.code for w in doc.warnings] == ["W001"] and "OCR is turned off" in doc.warnings[0].message
    monkeypatch.setattr(ocr, "_engine", lambda: None)
    doc = read_document(badinputs.cid_garbage_pdf(tmp_path))
    assert [w.code for w in doc.warnings] == ["W002"] and "pip install 'yanbao[ocr]'" in doc.warnings[0].message


def test_ocr_lines_become_characters_in_page_points():
    box = [[30, 60], [330, 60], [330, 96], [30, 96]]  # pixels at 3 per point
    chars = ocr.line_chars(box, "营收 12.5亿", 3.0, 0.97)
    assert "".join(c["text"] for c in chars) == "营收12.5亿"  # the space is a gap
    assert chars[0]["x0"] == pytest.approx(10) and chars[-1]["x1"] == pytest.approx(110)
    assert all(c["top"] == pytest.approx(20) and c["bottom"] == pytest.approx(32) for c in chars)
    han, digit = chars[0]["x1"] - chars[0]["x0"], chars[2]["x1"] - chars[2]["x0"]
    assert han == pytest.approx(2 * digit, rel=0.2)
    assert chars[2]["x0"] - chars[1]["x1"] > 0.2 * han


@needs_shared
@pytest.mark.parametrize("name,pages", [("orient_smic_20250511.pdf", [0, 3]), ("shzq_smic_deep_20250421.pdf", [0])])
def test_image_only_copies_of_real_report_pages(tmp_path, name, pages):
    src = SHARED / "corpus" / name
    text = read_document(imagepdf.text_layer_copy(src, tmp_path / "text.pdf", pages))
    scan = read_document(imagepdf.rasterised(src, tmp_path / "scan.pdf", pages))
    whole = imagepdf.recovered("".join(p.text for p in text.pages), "".join(p.text for p in scan.pages))
    assert whole >= 0.9, whole
    assert scan.meta.ticker == text.meta.ticker and scan.meta.rating == text.meta.rating
    assert scan.meta.company == text.meta.company
    expected = _financials(text)
    assert len(_financials(scan) & expected) >= 0.8 * len(expected)
