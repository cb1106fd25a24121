"""The verify report for people, analyst first: the summary, then the mismatches, then
figures off only by rounding, then what could not be checked, then what holds — each
with its page and where it stands (the sentence, or the table cell by row and column),
numbers written to be read (3.14×10²³, 45,250)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, Optional

ORDER = ("mismatch", "rounding", "unverifiable", "consistent")
HEADINGS = {"mismatch": "Mismatches", "rounding": "Off only by rounding", "unverifiable": "Could not be checked",
            "consistent": "Consistent"}
NONE_FOUND = "no recomputable figures recognised"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def readable(value: Any) -> str:
    """A number as a person reads it: 45,250; 0.6; 1,799,471,262.63 (a statement in yuan, every
    digit, since one may be the slip); 3.14×10²³ for the very large or small."""
    if value is None:
        return "—"
    if not isinstance(value, (int, float, Decimal)):
        return str(value)
    v = Decimal(str(value))
    if v != 0 and (abs(v) >= SCIENTIFIC_FROM or abs(v) < Decimal("1e-4")):
        mantissa, exponent = f"{float(v):.3e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}×10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    if v == v.to_integral_value():
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


# digits enough for any statement's figure in yuan (a bank's assets run to 10¹³): beyond, a
# count (FLOPs, tokens) reads as a power of ten
SCIENTIFIC_FROM = Decimal("1e15")


def where(check: dict) -> str:
    """The table cell by row and column, else the section."""
    cell = check.get("cell")
    if cell:
        return f"table row {cell['row']}, column {cell['column']}"
    return check.get("section") or ""


def ordered(checks: Iterable[dict], only: Optional[Iterable[str]] = None) -> list[tuple[str, list[dict]]]:
    """Checks grouped by verdict in the analyst's order (reading order within a group)."""
    wanted = set(only) if only else set(ORDER)
    groups = {v: [] for v in ORDER}
    for c in checks:
        groups.setdefault(c["verdict"], []).append(c)
    return [(v, groups[v]) for v in ORDER if v in wanted and groups[v]]


def summary_line(result: dict) -> str:
    if not result["checks"]:
        return NONE_FOUND
    s = result["summary"]
    return " · ".join(f"{s[v]} {v}" for v in ORDER)


def report_markdown(result: dict, title: Optional[str] = None, only: Optional[Iterable[str]] = None) -> str:
    lines = [f"# Verification of {title or result['doc_id']}", "", summary_line(result), ""]
    for verdict, checks in ordered(result["checks"], only):
        lines += [f"## {HEADINGS[verdict]} ({len(checks)})", "",
                  "| id | p. | where | claim | formula | reported | recomputed | unit | note |",
                  "|---|---:|---|---|---|---:|---:|---|---|"]
        for c in checks:
            claim = shown(c["claim"], 120).replace("|", "\\|")
            lines.append(f"| {c['id']} | {c['page']} | {where(c)} | {claim} | {c['formula']} | "
                         f"{readable(c['reported'])} | {readable(c['recomputed'])} | {c['unit']} | {c['note']} |")
        lines.append("")
    return "\n".join(lines)


def plain_lines(result: dict, only: Optional[Iterable[str]] = None) -> list[str]:
    """The same for a pipe: the summary first, two lines per check."""
    out = [summary_line(result)]
    for verdict, checks in ordered(result["checks"], only):
        out.append(f"-- {HEADINGS[verdict].lower()} ({len(checks)})")
        for c in checks:
            out.append(f"{c['id']}  p.{c['page']:<3} {verdict:12} reported {readable(c['reported'])}  recomputed "
                       f"{readable(c['recomputed'])} {c['unit']}  {c['formula']}  {c['note']}".rstrip())
            out.append(f"      {where(c) + ': ' if c.get('cell') else ''}{shown(c['claim'], 100)}")
    return out


def shown(claim: str, width: int) -> str:
    """A claim on one line, at most `width` characters: where the figure is marked
    【in its sentence】, the part of the sentence around the mark."""
    text = claim.replace("\n", " ")
    at = text.find("【")
    if len(text) <= width or at < 0:
        return text[:width]
    start = max(0, min(at - width // 3, len(text) - width))
    return ("…" if start else "") + text[start:start + width - (1 if start else 0)]


def frame(result: dict):
    """The checks as a pandas DataFrame, one row per check, for a notebook."""
    import pandas as pd

    rows = [{**{k: v for k, v in c.items() if k not in ("inputs", "cell")},
             "row": (c.get("cell") or {}).get("row"), "column": (c.get("cell") or {}).get("column"),
             "inputs": c.get("inputs")} for c in result["checks"]]
    return pd.DataFrame(rows, columns=["id", "page", "family", "section", "row", "column", "claim", "formula", "inputs",
                                       "reported", "recomputed", "unit", "verdict", "note"])
