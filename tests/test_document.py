import json

from pipeline import schema
from pipeline.document import Document, Page, Source


def test_committed_schema_matches_the_model():
    committed = (schema.SCHEMA_DIR / "document.schema.json").read_text("utf-8")
    assert committed == schema.render(schema.document_schema()), \
        "schemas/document.schema.json drifted from pipeline/document.py: run `python -m pipeline schema`"


def test_schema_rejects_a_document_missing_its_source():
    doc = Document(doc_id="x", source=Source(path="a.txt", sha256="0" * 64, format="txt", pages=1, size=3))
    data = doc.to_json()
    schema.validate(data)
    del data["source"]
    try:
        schema.validate(data)
    except schema.SchemaError as e:
        assert "source" in str(e)
    else:
        raise AssertionError("a document without source validated")


def test_page_maps_offsets_back_to_the_original():
    # "軟體" became "软件" and "記憶體" became "内存": one character shorter from position 2 on
    page = Page(number=1, text="软件内存好", original="軟體記憶體好", offsets=[(0, 0), (2, 2), (4, 5)])
    assert page.original_slice(0, 2) == "軟體"
    assert page.original_slice(2, 4) == "記憶體"
    assert page.original_slice(4, 5) == "好"


def test_page_without_offsets_maps_one_to_one():
    page = Page(number=1, text="国盛证券", original="國盛證券")
    assert page.original_slice(0, 2) == "國盛"
    assert json.loads(page.model_dump_json())["offsets"] == []
