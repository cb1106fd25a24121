"""Where a check stands in its report and in which units it is shown: the section it
falls under (the last numbered heading before it), its place in reading order, and its
figures rescaled to the unit printed beside the figure (CONTRACT: 571 for '571亿美元')."""
from __future__ import annotations

import re
from decimal import Decimal

from .. import quantities as q
from ..document import Document

_MULTIPLIED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)")
_SCI_PRINTED = re.compile(r"(\d+(?:\.\d+)?)\s*[eE]\s*([+-]?\d{1,2})")
_CURRENCY_WORD = {"USD": "美元", "CNY": "元"}


def in_printed_units(check: dict) -> dict:
    """The check's figures in the unit printed beside the figure (CONTRACT: 571 for
    '571亿美元', 5.78e8 in a PFLOPs column): the checks are worked out in plain units
    (yuan, FLOPs, parameters), and the claim says which multiplier the report used."""
    reported, unit = check["reported"], check["unit"]
    if not isinstance(reported, (int, float)) or reported == 0 or re.search(r"[万亿千百]", unit or ""):
        return check
    value = Decimal(str(reported))

    def same(digits: str, scale: Decimal) -> bool:
        return abs(Decimal(digits.replace(",", "")) * scale - value) <= abs(value) * Decimal("1e-9")

    scale = name = None
    for m in _MULTIPLIED.finditer(check["claim"]):
        if same(m.group(1), Decimal(q.UNIT_MULT[m.group(2)])):
            scale, name = Decimal(q.UNIT_MULT[m.group(2)]), m.group(2)
    if scale is None and unit == "FLOP" and "PFLOPs" in check["claim"]:
        for m in _SCI_PRINTED.finditer(check["claim"]):
            if same(str(Decimal(m.group(1)) * Decimal(10) ** int(m.group(2))), Decimal(10) ** 15):
                scale, name = Decimal(10) ** 15, "P"
    if scale is None:
        return check
    rescale = lambda v: None if v is None else q.plain(Decimal(str(v)) / scale)  # noqa: E731
    if name == "P":
        new_unit = "PFLOPs"
    elif unit in _CURRENCY_WORD or unit in ("美元", "元"):
        new_unit = name + _CURRENCY_WORD.get(unit, unit)
    else:
        new_unit = f"{name} {unit}"
    return {**check, "reported": rescale(check["reported"]), "recomputed": rescale(check["recomputed"]),
            "unit": new_unit}


_HEADING_LINE = re.compile(r"(?m)^[ \t]*((?:\d{1,2}(?:\.\d{1,2}){1,3})|\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、)[ \t]*"
                           r"([\u4e00-\u9fffA-Za-z][^\n。；;]{1,40})[ \t]*$")
# a text dump runs headings into the body: '。4.2 4.2 算力需求测算逻辑我们主要…' (fake bold doubles the number)
_HEADING_INLINE = re.compile(r"(?:(?<=[。！？])\s*(\d{1,2}\.\d{1,2})\s+(?:\1\s+)?|(?<![\d.])(\d{1,2}\.\d{1,2})\s+\2\s+)"
                             r"([\u4e00-\u9fffA-Za-z][^\d。！？,，；;]{2,18})")


def sections(doc: Document) -> list[tuple[int, int, str]]:
    """The report's numbered headings as (page, offset, title), in reading order."""
    found = []
    for page in doc.pages:
        for m in _HEADING_LINE.finditer(page.text):
            found.append((page.number, m.start(), f"{m.group(1).rstrip('、.')} {m.group(2).strip()}"))
        for m in _HEADING_INLINE.finditer(page.text):
            found.append((page.number, m.start(), f"{m.group(1) or m.group(2)} {m.group(3).strip()}"))
    return sorted(set(found))


def position_of(check: dict, doc: Document) -> tuple[int, int]:
    """(page, offset) of a check's claim; a table's claim is found by its title."""
    if check.get("_at") is not None:
        return check["page"], check["_at"]
    page = next((p for p in doc.pages if p.number == check["page"]), None)
    if page is None:
        return check["page"], 0
    claim = check["claim"]
    probe = claim[2: claim.find(":")] if claim.startswith("表 ") and ":" in claim else claim[:24]
    at = page.text.find(probe) if probe else -1
    return page.number, len(page.text) if at < 0 else at


