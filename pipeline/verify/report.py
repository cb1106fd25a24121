"""The verify report for people: Markdown grouped by the report's sections."""
from __future__ import annotations

from typing import Optional


def report_markdown(result: dict, title: Optional[str] = None) -> str:
    """The checks grouped by the report's sections, in the order the report reads."""
    lines = [f"# Verification of {title or result['doc_id']}", "",
             " · ".join(f"{k}: {v}" for k, v in result["summary"].items()), ""]
    groups: dict[Optional[str], list[dict]] = {}  # the checks come in reading order
    for c in result["checks"]:
        groups.setdefault(c.get("section"), []).append(c)
    for section, checks in groups.items():
        pages = sorted({c["page"] for c in checks})
        where = f"p.{pages[0]}" if len(pages) == 1 else f"pp.{pages[0]}–{pages[-1]}"
        lines += [f"## {section or 'Before the first heading'} ({where})", "",
                  "| id | p. | verdict | claim | formula | reported | recomputed | unit | note |",
                  "|---|---:|---|---|---|---:|---:|---|---|"]
        for c in checks:
            claim = c["claim"].replace("|", "\\|")[:120]
            lines.append(f"| {c['id']} | {c['page']} | {c['verdict']} | {claim} | {c['formula']} | {c['reported']} | "
                         f"{c['recomputed'] if c['recomputed'] is not None else '-'} | {c['unit']} | {c['note']} |")
        lines.append("")
    return "\n".join(lines)
