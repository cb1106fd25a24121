"""The one document model every stage reads and enriches.

A file becomes a `Document` in `ingest`; `clean` and `script` rewrite its pages;
later stages add entities and tables. Only these types cross module boundaries.
`schemas/document.schema.json` is generated from `Document` (see `pipeline.schema`).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Script = Literal["hans", "hant"]
Status = Literal["success", "partial", "failed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Issue(_Model):
    """A structured problem met while processing one document (error or warning)."""

    code: str = Field(description="stable code from pipeline.errors, e.g. W003")
    message: str = Field(description="one line, names the reason")
    stage: str = Field(description="the pipeline stage that met it")
    page: Optional[int] = Field(default=None, description="1-based page, when it concerns one")


class Source(_Model):
    path: str
    sha256: str
    format: Literal["pdf", "txt", "md", "html"]
    pages: int
    size: int = Field(description="bytes")
    encoding: Optional[str] = Field(default=None, description="detected text encoding (text inputs)")
    extractor: str = Field(default="", description="the Yanbao version that extracted it (re-extract when it changes)")


class Meta(_Model):
    title: Optional[str] = None
    broker: Optional[str] = None
    date: Optional[str] = Field(default=None, description="ISO date of the report")
    date_source: Optional[Literal["text", "filename", "argument", "pdf-metadata"]] = Field(
        default=None, description="where `date` came from")
    analysts: list[str] = Field(default_factory=list)
    rating: Optional[str] = None
    script: Script = "hans"


class Page(_Model):
    number: int = Field(description="1-based page number in the source")
    text: str = Field(description="cleaned, simplified text")
    original: Optional[str] = Field(
        default=None, description="cleaned text in the source's own script, when it differs from `text`")
    offsets: list[tuple[int, int]] = Field(
        default_factory=list,
        description="anchors (text_pos, original_pos) where the text→original offset changes; "
                    "empty when every character maps one to one")
    sidebar: list[str] = Field(default_factory=list, description="vertical sidebar text kept out of the body")

    def to_original(self, pos: int) -> int:
        """Map a position in `text` to the matching position in `original`."""
        if not self.offsets:
            return pos
        i = bisect_right([a for a, _ in self.offsets], pos) - 1
        if i < 0:
            return pos
        t, o = self.offsets[i]
        return o + (pos - t)

    def original_slice(self, start: int, end: int) -> str:
        source = self.original if self.original is not None else self.text
        return source[self.to_original(start):self.to_original(end)]


class Entity(_Model):
    label: str
    text: str
    start: int
    end: int
    value: dict[str, Any] = Field(default_factory=dict)
    page: Optional[int] = None
    original: Optional[str] = Field(default=None, description="surface in the source's script, when it differs")


def entities_between(entities: list["Entity"], starts: list[int], lo: int, hi: int) -> list["Entity"]:
    """Entities (sorted by start, with `starts` their start offsets) lying in [lo, hi):
    a bisection, not a scan, so sentence-by-sentence passes stay linear."""
    i = bisect_right(starts, lo - 1)
    out = []
    while i < len(entities) and entities[i].start < hi:
        if entities[i].end <= hi:
            out.append(entities[i])
        i += 1
    return out


class Table(_Model):
    kind: Literal["api_price_cuts", "model_specs", "model_timeline", "other"] = "other"
    page: int
    columns: list[str] = Field(default_factory=list)
    rows: list[dict[str, Any]] = Field(default_factory=list)
    cells: list[list[Optional[str]]] = Field(default_factory=list, description="the table as extracted, row by row")
    bbox: Optional[tuple[float, float, float, float]] = None


class Document(_Model):
    doc_id: str
    source: Source
    meta: Meta = Field(default_factory=Meta)
    pages: list[Page] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    warnings: list[Issue] = Field(default_factory=list)
    status: Status = "success"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    def warn(self, code: str, message: str, stage: str, page: Optional[int] = None,
             partial: bool = True) -> None:
        """Record a problem; `partial` says whether content may be missing because of it."""
        self.warnings.append(Issue(code=code, message=message, stage=stage, page=page))
        if partial:
            self.status = "partial"

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


# ----------------------------------------------------------------------------- typed table rows
# The shapes of rows in typed tables (CONTRACT.md). Rows may carry provenance beyond
# these fields (page, evidence, source, confidence, warnings; in merged tables,
# sources and conflicts), so extra keys are allowed.
Number = Optional[float]


class _Row(BaseModel):
    model_config = ConfigDict(extra="allow")


class PriceCutRow(_Row):
    vendor: Optional[str] = Field(description="vendor id")
    model: str = Field(description="canonical model name")
    date: Optional[str] = Field(description="ISO date (or month) of the cut")
    input_price_before: Number = None
    input_price_after: Number = None
    input_cut_pct: Number = Field(default=None, description="positive percentage of the reduction, as printed")
    output_price_before: Number = None
    output_price_after: Number = None
    output_cut_pct: Number = None
    currency: Optional[Literal["CNY", "USD"]] = None
    per: Literal["1M tokens"] = "1M tokens"
    free_after: bool = False


class ModelSpecRow(_Row):
    model: str
    release: Optional[str] = Field(default=None, description="ISO month")
    training_data: Optional[str] = None
    params: Optional[int] = None
    params_text: Optional[str] = Field(default=None, description="as printed")
    context_tokens: list[int] = Field(default_factory=list)
    input_modality: Optional[str] = None
    output_modality: Optional[str] = None


class TimelineRow(_Row):
    model: str
    vendor: Optional[str] = None
    date: str
    precision: Literal["day", "month", "quarter", "half", "year", "week"]
    event: Literal["release", "price_cut"]
    page: Optional[int] = None
    evidence: Optional[str] = None


ROW_MODELS = {"api_price_cuts": PriceCutRow, "model_specs": ModelSpecRow, "model_timeline": TimelineRow}
