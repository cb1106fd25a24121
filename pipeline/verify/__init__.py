"""verify: recompute the figures a report derives and judge each one.

Each check family (`registry.FAMILIES`, one module each under `families/`) finds its
claims in the document's sentences and typed tables and judges them with `calc`. Here
they are run, each on its own (a family that fails costs its own checks, named in
`warnings`, never the others'), placed in reading order under their sections, and
summed up. The JSON shape is CONTRACT.md's; `report` writes it for people.
"""
from __future__ import annotations

import logging
import sys
import types
from decimal import Decimal
from typing import Any

from ..document import Document
from .place import in_printed_units, position_of, sections
from .ranges import out_of_range
from .registry import FAMILIES
from .report import frame, report_markdown

__all__ = ["verify", "run_families", "report_markdown", "frame", "in_printed_units", "VERDICTS"]

log = logging.getLogger(__name__)
VERDICTS = ("consistent", "rounding", "mismatch", "unverifiable")


def verify(doc: Document) -> dict[str, Any]:
    """Every check, in the order the report reads, each with its family, its section (the
    last numbered heading before it) and its figures in the units printed beside them."""
    found, warnings = run_families(doc)
    warnings += out_of_range(doc)
    found = without_repeats(without_judged_elsewhere(found))
    heads = sections(doc)
    placed = sorted(((position_of(c, doc), i, c) for i, c in enumerate(found)), key=lambda t: t[:2])
    checks = []
    for n, (at, _, c) in enumerate(placed, start=1):
        before = [h for h in heads if (h[0], h[1]) <= at]
        public = {k: v for k, v in in_printed_units(c).items() if not k.startswith("_")}
        checks.append({**public, "id": f"C{n:03d}", "section": before[-1][2] if before else None})
    summary = {v: sum(c["verdict"] == v for c in checks) for v in VERDICTS}
    out = {"doc_id": doc.doc_id, "checks": checks, "summary": summary}
    if warnings:
        out["warnings"] = warnings
    return out


def without_judged_elsewhere(found: list[dict]) -> list[dict]:
    """The checks less each `unverifiable` one whose figure another family judged in the same
    sentence: one family lacking an input another had is no news to the reader ('同比增长66.65%'
    unverifiable for want of the year before, beside the check that found the year before)."""
    judged = {}
    for c in found:
        if c["verdict"] in ("consistent", "rounding", "mismatch"):
            judged.setdefault((c["page"], _size(in_printed_units(c)["reported"])), []).append(c["claim"])
    out = []
    for c in found:
        if c["verdict"] == "unverifiable":
            size = _size(in_printed_units(c)["reported"])  # (one family's 17100000000000 元 is another's 17.10万亿)
            if any(_same_figure(c["claim"], other) for other in judged.get((c["page"], size), [])):
                continue
        out.append(c)
    return out


def _same_figure(claim: str, other: str) -> bool:
    """Whether two claims of one size are the same figure: one sentence holding the other, and where both
    mark their figure (【】), marked at the same place ('24Q4营收13.0亿,同比-【0.6】%' is not '…同比+【0.6】pcts')."""
    plain, other_plain = _unmarked(claim), _unmarked(other)
    if not (plain in other_plain or other_plain in plain):
        return False
    if "【" in claim and "【" in other:
        return _marked_figure(claim) == _marked_figure(other)
    return True


def _marked_figure(claim: str) -> str:
    """The marked figure with the words around it, as a key for the figure's place in its sentence."""
    at = claim.index("【")
    return claim[max(0, at - 12):claim.index("】", at) + 6].lstrip("…")


def without_repeats(found: list[dict]) -> list[dict]:
    """The checks less each that repeats an earlier one from another family: the same verdict on the
    same printed figure from the same cells (`_cells`, in any order: a family may list the figure's
    last, after its inputs'). One statement of a total
    and its parts is one check for the reader however many families read it ('其中,中央…;地方…' is
    `parts`' and the split `partitions` knows whole); the same total from other parts (税收 and 非税)
    is another check, and checks that disagree are both kept."""
    first_family, out = {}, []
    for c in found:
        cells = [tuple(x) for x in c.get("_cells") or [] if isinstance(x, (list, tuple))]
        key = (frozenset(cells), c["verdict"], str(c["reported"]))
        if cells and c["verdict"] != "unverifiable":
            if first_family.setdefault(key, c["family"]) != c["family"]:
                continue
        out.append(c)
    # a change a typed table carries is judged by `growth` from its cells and by `change_columns` from the
    # page's text of the same table: the same printed change on the same page judged alike is one check
    # (judged alike: where both leave it unverifiable, each says what it lacks)
    # (and by `year_ago_columns` from the untyped table's columns, where a results table names its 上年同期: one check too)
    def judged(families: tuple) -> set:
        return {(c["page"], _size(c["reported"]), c["verdict"]) for c in out if c["family"] in families and c["verdict"] != "unverifiable"}

    read_before = {"change_columns": judged(("growth",)), "year_ago_columns": judged(("growth", "change_columns"))}
    return [c for c in out if c["family"] not in read_before
            or (c["page"], _size(c["reported"]), c["verdict"]) not in read_before[c["family"]]]


def _size(value) -> str:
    """A reported figure without its sign (a fall is printed '减少103.56%', judged as −103.56)."""
    text = str(value).lstrip("-−")
    try:  # '17.10' and '17.1' are one figure
        return format(Decimal(text).normalize(), "f")
    except ArithmeticError:
        return text


def _unmarked(claim: str) -> str:
    return claim.replace("【", "").replace("】", "").strip(" …")


def run_families(doc: Document) -> tuple[list[dict], list[dict]]:
    """Every family's checks as they made them (with the cells each read, `_cells`), and
    a warning for each family that failed."""
    found, warnings = [], []
    for name, find in FAMILIES:
        try:
            for c in find(doc):
                c["family"] = name
                found.append(c)
        except Exception as e:  # one family's bug must not cost the report's other checks
            log.debug("verify family %s failed", name, exc_info=True)
            warnings.append({"code": "W012", "family": name, "message": f"{type(e).__name__}: {e}"[:200]})
    return found, warnings


class _CallablePackage(types.ModuleType):
    """`yanbao.verify(doc)` is the library's face (the function in the package's __init__), but
    `yanbao.verify` is also the name of this package, and Python binds the parent's attribute to
    the package as soon as anything imports it, which the face itself does. So the package
    answers the call too: a second `yanbao.verify(doc)` in a notebook works like the first."""

    def __call__(self, doc: Document) -> dict[str, Any]:
        return verify(doc)


sys.modules[__name__].__class__ = _CallablePackage
