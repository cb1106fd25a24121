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


class Analyst(_Model):
    name: str
    sac_id: Optional[str] = Field(default=None, description="SAC 执业证书编号, e.g. S0080520110002")


class Money(_Model):
    value: float
    currency: Optional[str] = Field(default=None, description="CNY, HKD, USD, … as the report prices it")


class Quantity(_Model):
    value: float
    unit: Optional[str] = Field(default=None, description="as printed: 百万股, 万股, 百万元, 亿元, 百万港元, 元, 倍")
    printed: str = Field(description="the number as printed")


class Meta(_Model):
    title: Optional[str] = None
    broker: Optional[str] = None
    date: Optional[str] = Field(default=None, description="ISO date of the report")
    date_source: Optional[Literal["text", "filename", "argument", "pdf-metadata"]] = Field(
        default=None, description="where `date` came from")
    analysts: list[Analyst] = Field(default_factory=list, description="the report's analysts, never a downloader")
    rating: Optional[str] = Field(default=None, description="as printed: 买入, 增持, 跑赢行业")
    rating_action: Optional[Literal["维持", "上调", "下调", "首次"]] = None
    company: Optional[str] = None
    ticker: Optional[str] = Field(default=None, description="as printed: 00700.HK, 600519.SH")
    target_price: Optional[Money] = None
    price: Optional[Money] = Field(default=None, description="the close the report quotes")
    market: dict[str, Quantity] = Field(
        default_factory=dict, description="the first page's market data as printed: 总股本, 流通股本, 总市值, 流通市值, "
                                          "每股净资产, 市净率, 净资产 (what the report prints of them)")
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
    ocr: bool = Field(default=False, description="the page had no usable text layer: its text was read by OCR")
    ocr_confidence: Optional[float] = Field(
        default=None, description="with `ocr`: the recogniser's mean confidence over the lines kept (0–1)")

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


TableKind = Literal["api_price_cuts", "model_specs", "model_timeline", "financials", "comparables", "other"]


class Table(_Model):
    kind: TableKind = "other"
    page: int
    columns: list[str] = Field(default_factory=list)
    rows: list[dict[str, Any]] = Field(default_factory=list)
    cells: list[list[Optional[str]]] = Field(default_factory=list, description="the table as extracted, row by row")
    bbox: Optional[tuple[float, float, float, float]] = None
    title: Optional[str] = Field(default=None, description="the caption printed above the table")
    header_rows: int = Field(default=1, description="how many leading rows of `cells` are header rows")
    row_groups: list[Optional[str]] = Field(
        default_factory=list, description="the section heading (成长能力) each body row sits under, in order")
    source: Optional[Literal["ruled", "borderless", "html", "text", "typed"]] = Field(
        default=None, description="how the table was found: rulings, word geometry, markup, or typed from others")
    report: dict[str, Any] = Field(
        default_factory=dict, description="how well it was read: cells filled, words no column took")


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


class FinancialRow(_Row):
    item: str = Field(description="line item as printed, simplified, without a unit in brackets")
    period: str = Field(description="as printed without spaces: 2024A, 2026E, 1Q25A")
    value: Optional[float] = Field(description="the number; (1,234) and -1,234 are negative; N.M. and - are null")
    unit: Optional[str] = Field(default=None, description="百万元, 亿元, 元, %, x, … or null")
    statement: Literal["income", "balance", "cashflow", "ratios", "per_share", "valuation", "forecast", "other"]
    page: int


class ComparableRow(_Row):
    company: Optional[str]
    ticker: Optional[str] = None
    group: Optional[str] = Field(default=None, description="the sector heading above the row")
    metric: str = Field(description="as printed in the header: 市盈率, PE, EPS, 收盘价")
    period: Optional[str] = None
    value: Any = Field(description="a number, or the text printed (a rating)")
    page: int


ROW_MODELS = {"api_price_cuts": PriceCutRow, "model_specs": ModelSpecRow, "model_timeline": TimelineRow,
              "financials": FinancialRow, "comparables": ComparableRow}
