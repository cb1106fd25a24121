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


def test_the_fast_validator_agrees_with_jsonschema():
    """The batch validates with fastjsonschema (draft 7 words for 2020-12's tuples); both
    accept a good document and reject each broken one, a tuple's element included."""
    import copy

    doc = Document(doc_id="x", source=Source(path="a.txt", sha256="0" * 64, format="txt", pages=1, size=3))
    doc.pages.append(Page(number=1, text="abc", original="ABC", offsets=[(1, 1)]))
    good = doc.to_json()
    fast, full = schema._fast_validator("document.schema.json"), schema._validator("document.schema.json")
    assert fast is not None
    fast(good)
    assert full.is_valid(good)
    broken = []
    for edit in (lambda d: d["pages"][0].update(number="1"), lambda d: d["pages"][0].update(offsets=[[1, "x"]]),
                 lambda d: d["pages"][0].update(offsets=[[1, 2, 3]]), lambda d: d.pop("doc_id"),
                 lambda d: d["source"].update(format=3)):
        data = copy.deepcopy(good)
        edit(data)
        broken.append(data)
    for data in broken:
        assert not full.is_valid(data)
        try:
            fast(data)
        except Exception:
            continue
        raise AssertionError(f"the fast validator accepted what jsonschema rejects: {data}")
