"""JSON Schemas generated from the document model, and validation of what we write.

`python -m pipeline schema` rewrites `schemas/`; a test fails when the committed
files drift from the model.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .document import ROW_MODELS, Document

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def document_schema() -> dict[str, Any]:
    schema = Document.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://yanbao.dev/schemas/document.schema.json"
    return schema


def table_schema(kind: str):
    def make() -> dict[str, Any]:
        item = ROW_MODELS[kind].model_json_schema(mode="serialization")
        defs = item.pop("$defs", None)
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": f"https://yanbao.dev/schemas/{kind}.schema.json",
                  "title": f"{kind} rows", "type": "array", "items": item}
        if defs:
            schema["$defs"] = defs
        return schema
    return make


SCHEMAS = {"document.schema.json": document_schema,
           **{f"{kind}.schema.json": table_schema(kind) for kind in ROW_MODELS}}


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in SCHEMAS.items():
        path = directory / name
        path.write_text(render(make()), encoding="utf-8")
        written.append(path)
    return written


def _schema(name: str) -> dict[str, Any]:
    path = SCHEMA_DIR / name
    return json.loads(path.read_text("utf-8")) if path.exists() else SCHEMAS[name]()


@lru_cache(maxsize=None)
def _validator(name: str):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(name))


@lru_cache(maxsize=None)
def _fast_validator(name: str):
    """The same schema compiled to Python by fastjsonschema (a tenth of a second per corpus
    report with jsonschema, a few milliseconds with this): the batch validates every
    document. fastjsonschema reads draft 7, so 2020-12's tuple form (prefixItems) is given
    in draft 7's words. None where fastjsonschema is not installed."""
    try:
        import fastjsonschema
    except ImportError:
        return None
    return fastjsonschema.compile(_as_draft7(_schema(name)))


def _as_draft7(node: Any) -> Any:
    if isinstance(node, list):
        return [_as_draft7(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _as_draft7(v) for k, v in node.items()}
    if "prefixItems" in out:
        if "items" in out:
            out["additionalItems"] = out.pop("items")
        out["items"] = out.pop("prefixItems")
    if "$schema" in out:
        out["$schema"] = "http://json-schema.org/draft-07/schema#"
    return out


class SchemaError(ValueError):
    pass


def validate_document(data: dict) -> None:
    """The document, and the rows of each typed table against its kind's schema."""
    validate(data)
    for table in data.get("tables", []):
        if table.get("kind") in ROW_MODELS:
            validate(table.get("rows", []), f"{table['kind']}.schema.json")


def validate(data: Any, name: str = "document.schema.json") -> None:
    fast = _fast_validator(name)
    if fast is not None:
        try:
            fast(data)
            return
        except Exception:  # invalid: jsonschema says where and why, as always
            pass
    errors = sorted(_validator(name).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.path) or "(root)"
        raise SchemaError(f"{name}: {where}: {e.message}"[:300])
