"""Ruled tables: pdfplumber's table finder (its "lines" strategy, default settings), with
its three quadratic steps done by lookup instead of by scanning.

pdfplumber's `TableFinder` finds where ruling edges cross, then, for each crossing,
the smallest cell whose four corners are crossings joined by edges. Its reference
code re-sorts every horizontal edge for each vertical one, and for each crossing
scans all the crossings after it for those in its column and its row, then compares
sets of edges built anew for each pair. A chart's gridlines give hundreds of
crossings, so on a broker report the finder cost more than reading the page's text.

Here the same steps run over sorted lists and per-crossing sets built once:

- crossings: the horizontal edges whose height range can meet a vertical edge are
  found by bisection on their sorted tops;
- cells: each crossing's column and row (the crossings below it and to its right,
  in order) are looked up, and two crossings are joined when their edge sets share
  an edge, as pdfplumber tests it;
- tables: cells sharing a corner, directly or through others, are one table (found
  by walking a corner → cells map once, where pdfplumber re-scans the cells left
  until a pass adds none).

The cells, the tables, their order and their texts are pdfplumber's own (a test
compares the two on generated pages); a table lists its cells in the order they were
found, which pdfplumber's `Table` sorts into rows anyway. Only the edges a page gives
differ from pdfplumber's: see `pdfium_page`.
"""
from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Optional

from pdfplumber.table import Table, TableFinder, TableSettings

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def find_tables(page) -> list[Table]:
    """The tables pdfplumber's `TableFinder(page).tables` finds, in the same order."""
    finder = TableFinder.__new__(TableFinder)  # only for its get_edges (snapping, joining)
    finder.page, finder.settings = page, TableSettings.resolve(None)
    found = crossings(finder.get_edges(), finder.settings.intersection_x_tolerance,
                      finder.settings.intersection_y_tolerance)
    return [Table(page, group) for group in tables_of(cells(found))]


def crossings(edges: list[dict], x_tolerance: float = 1, y_tolerance: float = 1) -> dict[Point, dict]:
    """pdfplumber's `edges_to_intersections`: {(x, top): {"v": [edges], "h": [edges]}}."""
    verticals = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    horizontals = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    tops = [h["top"] for h in horizontals]
    found: dict[Point, dict] = {}
    for v in verticals:
        x = v["x0"]
        # the horizontals whose top lies within the vertical's span (± tolerance)
        first = bisect.bisect_left(tops, v["top"] - y_tolerance)
        last = bisect.bisect_right(tops, v["bottom"] + y_tolerance)
        for h in horizontals[first:last]:
            if h["x0"] - x_tolerance <= x <= h["x1"] + x_tolerance:
                at = found.setdefault((x, h["top"]), {"v": [], "h": []})
                at["v"].append(v)
                at["h"].append(h)
    return found


def cells(found: dict[Point, dict]) -> list[Box]:
    """pdfplumber's `intersections_to_cells`: from each crossing, the smallest cell."""
    def box(e: dict) -> Box:
        return e["x0"], e["top"], e["x1"], e["bottom"]

    verticals = {p: {box(e) for e in at["v"]} for p, at in found.items()}
    horizontals = {p: {box(e) for e in at["h"]} for p, at in found.items()}

    def joined(a: Point, b: Point) -> bool:
        return ((a[0] == b[0] and not verticals[a].isdisjoint(verticals[b]))
                or (a[1] == b[1] and not horizontals[a].isdisjoint(horizontals[b])))

    points = sorted(found)
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for p in points:  # sorted by x, then y: a column's points run down, a row's run right
        columns.setdefault(p[0], []).append(p)
        rows.setdefault(p[1], []).append(p)
    down_at = {p: i for ps in columns.values() for i, p in enumerate(ps)}
    across_at = {p: i for ps in rows.values() for i, p in enumerate(ps)}

    def smallest(pt: Point) -> Optional[Box]:
        below = columns[pt[0]][down_at[pt] + 1:]
        right = rows[pt[1]][across_at[pt] + 1:]
        for down in below:
            if not joined(pt, down):
                continue
            for side in right:
                if not joined(pt, side):
                    continue
                corner = (side[0], down[1])
                if corner in found and joined(corner, side) and joined(corner, down):
                    return pt[0], pt[1], corner[0], corner[1]
        return None

    return [c for c in map(smallest, points) if c is not None]


def tables_of(found: list[Box]) -> list[list[Box]]:
    """pdfplumber's `cells_to_tables`: the groups of cells joined by shared corners, of two
    cells or more, ordered by their top-left cell."""
    def corners(c: Box) -> tuple[Point, ...]:
        return (c[0], c[1]), (c[0], c[3]), (c[2], c[1]), (c[2], c[3])

    at: dict[Point, list[int]] = {}
    for i, c in enumerate(found):
        for p in corners(c):
            at.setdefault(p, []).append(i)
    seen = [False] * len(found)
    groups = []
    for start in range(len(found)):
        if seen[start]:
            continue
        seen[start], members, stack = True, [], [start]
        while stack:
            i = stack.pop()
            members.append(i)
            for p in corners(found[i]):
                for j in at[p]:
                    if not seen[j]:
                        seen[j] = True
                        stack.append(j)
        if len(members) > 1:
            groups.append([found[i] for i in sorted(members)])
    return sorted(groups, key=lambda g: min((c[1], c[0]) for c in g))


def extract(table: Table) -> list[list[Optional[str]]]:
    """pdfplumber's `Table.extract()` (default arguments): each cell's text from the chars
    whose centre lies inside it ("" for an empty cell, None where the grid has no cell).

    pdfplumber tests every char of the page against every row; a statements page has
    thousands of chars. Here the chars inside the table are sorted once by their
    vertical centre, and each row takes its band by bisection (kept in page order, as
    pdfplumber's filter keeps them, for the text's sake)."""
    from pdfplumber import utils

    x0, top, x1, bottom = table.bbox
    inside = []
    for i, c in enumerate(table.page.chars):
        across, down = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        if x0 <= across < x1 and top <= down < bottom:
            inside.append((down, i, across, c))
    inside.sort(key=itemgetter(0, 1))
    downs = [d for d, *_ in inside]
    out = []
    for row in table.rows:
        r0, rtop, r1, rbottom = row.bbox
        band = sorted(inside[bisect.bisect_left(downs, rtop):bisect.bisect_left(downs, rbottom)], key=itemgetter(1))
        band = [b for b in band if r0 <= b[2] < r1]
        texts = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            c0, ctop, c1, cbottom = cell
            chars = [c for down, _, across, c in band if c0 <= across < c1 and ctop <= down < cbottom]
            texts.append(utils.extract_text(chars) if chars else "")
        out.append(texts)
    return out
