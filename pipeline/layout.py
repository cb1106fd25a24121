"""Page geometry → lines of text in reading order.

Plain functions over pdfplumber's char dicts. A broker page is read as:
fake-bold doubles dropped → table regions and vertical sidebars set aside →
words grouped into blocks by recursive XY-cut (columns before bands, so a two-column
first page reads column by column) → each block's lines, left to right, with spaces
only where the script needs them (so letter-spaced CJK such as "营 业 收 入" joins up).
"""
from __future__ import annotations

import bisect
import re
import statistics
import string
from dataclasses import dataclass, field
from typing import Optional

from . import textutil


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""


@dataclass
class PageLayout:
    lines: list[Line] = field(default_factory=list)   # reading order
    sidebar: list[str] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    n_chars: int = 0
    n_duplicates: int = 0


def _size(c: dict) -> float:
    return float(c.get("size") or (c["bottom"] - c["top"]) or 10.0)


# ----------------------------------------------------------------------------- fake bold
def drop_fake_bold(chars: list[dict]) -> tuple[list[dict], int]:
    """Drop characters drawn again at (almost) the same place: fake bold.

    Positions are kept per (text, row) sorted by x, so a character is compared only
    with the same text within reach on its row and the rows beside it: a page with no
    doubles costs three dict lookups per character, and a dot leader of a hundred "."
    on one line is searched by bisection, not pairwise.
    """
    kept: list[dict] = []
    seen: dict[tuple[str, int], list[tuple[float, float]]] = {}
    dropped = 0
    for c in chars:
        text, top, x0 = c["text"], c["top"], c["x0"]
        row = int(top)
        here, above, below = seen.get((text, row)), seen.get((text, row - 1)), seen.get((text, row + 1))
        if here or above or below:  # most characters have no earlier copy near them: no search
            tol = min(2.0, 0.35 * _size(c))
            if _near(here, x0, top, tol) or _near(above, x0, top, tol) or _near(below, x0, top, tol):
                dropped += 1
                continue
        if here is None:
            seen[(text, row)] = [(x0, top)]
        else:
            bisect.insort(here, (x0, top))
        kept.append(c)
    return kept, dropped


def _near(points: list[tuple[float, float]] | None, x0: float, top: float, tol: float) -> bool:
    if not points:
        return False
    i = bisect.bisect_left(points, (x0 - tol, float("-inf")))
    while i < len(points) and points[i][0] <= x0 + tol:
        if abs(points[i][1] - top) <= tol:
            return True
        i += 1
    return False


# ----------------------------------------------------------------------------- hidden text
def _slant(c: dict) -> float:
    """Degrees a char's baseline turns from the page axes: PDFium's reading gives it;
    for pdfplumber's chars it comes from the text matrix."""
    if "slant" in c:
        return c["slant"]
    m = c.get("matrix")
    if not m:
        return 0.0
    import math

    angle = abs(math.degrees(math.atan2(m[1], m[0]))) % 90
    return min(angle, 90 - angle)


def _whiteness(color) -> float:
    """0 for black, 1 for white, whatever the colour space (PDFium 0–255, pdfplumber 0–1)."""
    if color is None:
        return 0.0
    values = list(color) if isinstance(color, (tuple, list)) else [color]
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return 0.0
    if max(values) > 1:
        values = [v / 255 for v in values]
    if len(values) == 4:  # CMYK: white is no ink
        return 1 - max(values)
    return min(values)


def drop_hidden_text(chars: list[dict]) -> tuple[list[dict], int]:
    """Text no reader sees, which carries who downloaded a report: glyphs under 2 points,
    white glyphs under 4 points, and text drawn on a diagonal (a watermark across the page,
    whose letters would otherwise land inside sentences and numbers). Returns the chars
    kept and how many were dropped."""
    kept = [c for c in chars
            if not (_size(c) < 2 or _size(c) < 4 and _whiteness(c.get("non_stroking_color")) > 0.95
                    or _slant(c) > 10)]
    return kept, len(chars) - len(kept)


# ----------------------------------------------------------------------------- template markers
_MARKER = re.compile(r"\[[A-Za-z]+_[A-Za-z0-9_]*\]")


def drop_template_markers(chars: list[dict]) -> list[dict]:
    """Remove the field markers a report template leaves on the page ("[Table_Finance2]",
    "[Table_Summary]", "shzqdatemark"), often drawn over the text they name so their
    letters land inside its words ("2s0h2z5q年da0t4e月" for 2025年04月). Two signs, either
    enough: a run in one font and colour, in drawing order (other glyphs drawn between
    its letters are skipped), that reads as a bracketed identifier; or a run of Latin
    letters whose glyphs mostly sit on top of other, different glyphs of the same line."""
    drop = _bracketed_markers(chars) | _overdrawn_runs(chars)
    return [c for k, c in enumerate(chars) if k not in drop] if drop else chars


def _bracketed_markers(chars: list[dict]) -> set[int]:
    drop: set[int] = set()
    for i, c in enumerate(chars):
        if c.get("text") != "[" or i in drop:
            continue
        key = (c.get("fontname"), c.get("non_stroking_color"))
        run = [i]
        for j in range(i + 1, min(len(chars), i + 80)):
            if (chars[j].get("fontname"), chars[j].get("non_stroking_color")) != key:
                continue  # drawn between the marker's letters: the text it sits on
            run.append(j)
            if chars[j].get("text") == "]" or len(run) > 40:
                break
        if _MARKER.fullmatch("".join(chars[k].get("text", "") for k in run).replace(" ", "")):
            drop.update(run)
    return drop


_LETTERS = frozenset(string.ascii_letters + "_")


def _overdraws(a: dict, width: float, inside: set[int], entries, chars: list[dict], widest: float) -> bool:
    """Whether glyph `a` sits on a glyph of `entries` (one line's (x0, index), by x0)
    that is outside its run and not the same letter."""
    i = bisect.bisect_left(entries, (a["x0"] - widest, -1))
    while i < len(entries) and entries[i][0] < a["x1"]:
        m = entries[i][1]
        c = chars[m]
        if m not in inside and c.get("text") != a.get("text") \
                and min(a["x1"], c["x1"]) - max(a["x0"], c["x0"]) > 0.4 * width \
                and min(a["bottom"], c["bottom"]) - max(a["top"], c["top"]) > 0.5 * (a["bottom"] - a["top"]):
            return True
        i += 1
    return False


def _overdrawn_runs(chars: list[dict]) -> set[int]:
    """Runs (4+ letters, one font, one line, consecutive in drawing order) most of whose
    glyphs overlap a glyph outside the run that is not the same letter (fake bold is)."""
    runs, i = [], 0
    while i < len(chars):
        j = i
        while j < len(chars) and chars[j].get("text") in _LETTERS and chars[j].get("fontname") == chars[i].get("fontname") \
                and abs(chars[j]["top"] - chars[i]["top"]) < 1:
            j += 1
        if j - i >= 4:
            runs.append(range(i, j))
        i = max(j, i + 1)
    if not runs:
        return set()
    # each line's glyphs by left edge: a letter is compared with the few glyphs it could touch
    lines: dict[int, list[tuple[float, int]]] = {}
    for k, c in enumerate(chars):
        lines.setdefault(int(c["top"] // 4), []).append((c["x0"], k))
    for entries in lines.values():
        entries.sort()
    widest = max((c["x1"] - c["x0"] for c in chars), default=0.0)
    drop: set[int] = set()
    for run in runs:
        inside = set(run)
        overdrawn = 0
        for k in run:
            a = chars[k]
            width = max(a["x1"] - a["x0"], 0.1)
            row = int(a["top"] // 4)
            for entries in (lines.get(row - 1, ()), lines.get(row, ()), lines.get(row + 1, ())):
                if _overdraws(a, width, inside, entries, chars, widest):
                    overdrawn += 1
                    break
        if overdrawn >= 0.6 * len(run):
            drop.update(run)
            # its brackets, set in another font, touch its first and last letters
            first, last = chars[run[0]], chars[run[-1]]
            for _, m in lines.get(int(first["top"] // 4), []):
                c = chars[m]
                if c.get("text") == "[" and abs(c["x1"] - first["x0"]) < 1.5 \
                        or c.get("text") == "]" and abs(c["x0"] - last["x1"]) < 1.5:
                    drop.add(m)
    return drop


# ----------------------------------------------------------------------------- words
@dataclass
class Word:
    chars: list[dict]
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return statistics.median(_size(c) for c in self.chars)


def _same_line(a: dict, b: dict) -> bool:
    overlap = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    return overlap > 0.5 * min(a["bottom"] - a["top"], b["bottom"] - b["top"], 1e9)


def group_words(chars: list[dict], gap_factor: float = 0.9, size=max) -> list[Word]:
    """Runs of characters on one line with no wide gap between them."""
    # a row is (its first character's top, bottom and height, its characters); the test is
    # _same_line's, written out: this loop runs for every character of a page, three times
    rows: list[tuple[float, float, float, list[dict]]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        top, bottom = c["top"], c["bottom"]
        height = bottom - top
        for row_top, row_bottom, row_height, members in reversed(rows[-4:]):
            overlap = min(row_bottom, bottom) - max(row_top, top)
            if overlap > 0.5 * min(row_height, height):
                members.append(c)
                break
        else:
            rows.append((top, bottom, height, [c]))
    words: list[Word] = []
    for _, _, _, row in rows:
        row.sort(key=lambda c: c["x0"])
        sizes = [_size(c) for c in row]
        current = [row[0]]
        for k in range(1, len(row)):
            c = row[k]
            if c["x0"] - row[k - 1]["x1"] > gap_factor * size(sizes[k - 1], sizes[k]):
                words.append(_word(current))
                current = [c]
            else:
                current.append(c)
        words.append(_word(current))
    return words


def _word(chars: list[dict]) -> Word:
    return Word(chars, min(c["x0"] for c in chars), max(c["x1"] for c in chars),
                min(c["top"] for c in chars), max(c["bottom"] for c in chars))


# ----------------------------------------------------------------------------- list markers
BULLETS = set("•●⚫◼■▪◆◇○□◦·➢➤►▶✓✔❖➣◉⦁\uf06c\uf075\uf0a7\uf0d8\uf0b7\uf06e")


def attach_bullets(chars: list[dict]) -> list[dict]:
    """A list marker is often set in its own font, well left of its item: the column cut
    then reads it as a column of its own and the item loses it ("⚫" alone on a line). A
    marker standing alone is moved next to the first character to its right on its line
    (within a few ems), so it reads with its item."""
    markers = [c for c in chars if c["text"] in BULLETS]
    if not markers:
        return chars
    rows: dict[int, list[dict]] = {}
    for c in chars:
        if c["text"] not in BULLETS:
            rows.setdefault(int(c["top"] // 4), []).append(c)
    moved = {}
    for m in markers:
        size = _size(m)
        near = [c for k in (int(m["top"] // 4) - 1, int(m["top"] // 4), int(m["top"] // 4) + 1)
                for c in rows.get(k, []) if _same_line(m, c) and 0 <= c["x0"] - m["x1"] <= 4 * size]
        if not near:
            continue
        first = min(near, key=lambda c: c["x0"])
        width = m["x1"] - m["x0"]
        moved[id(m)] = {**m, "x0": first["x0"] - width - 0.5, "x1": first["x0"] - 0.5}
    return [moved.get(id(c), c) for c in chars]


# ----------------------------------------------------------------------------- sidebars
def split_vertical_text(chars: list[dict]) -> tuple[list[dict], list[str]]:
    """Set aside stacks of lone characters set one per line (金/融/工/程 sidebars).

    A sidebar character has no neighbour on its own line at normal letter spacing,
    and another such character right below it.
    """
    singles = [w.chars[0] for w in group_words(chars, gap_factor=0.5, size=min) if len(w.chars) == 1
               and (not w.chars[0]["text"].isascii() or w.chars[0]["text"] == "|")]
    stacks: list[list[dict]] = []
    for c in sorted(singles, key=lambda c: c["top"]):
        size = _size(c)
        for stack in stacks:
            last = stack[-1]
            if abs(last["x0"] - c["x0"]) <= 0.4 * size and -0.1 * size <= c["top"] - last["bottom"] <= 1.6 * size:
                stack.append(c)
                break
        else:
            stacks.append([c])
    vertical = [s for s in stacks if len(s) >= 3]
    ids = {id(c) for s in vertical for c in s}
    body = [c for c in chars if id(c) not in ids]
    texts = [textutil.strip_bars("".join(c["text"] for c in s)) for s in vertical]
    return body, [t for t in texts if t]


# ----------------------------------------------------------------------------- XY-cut
def _gaps(intervals: list[tuple[float, float]], min_gap: float) -> list[float]:
    """Midpoints of empty stretches at least min_gap wide between merged intervals."""
    intervals = sorted(intervals)
    cuts = []
    end = intervals[0][1]
    for a, b in intervals[1:]:
        if a - end >= min_gap:
            cuts.append((end + a) / 2)
        end = max(end, b)
    return cuts


def xy_cut(words: list[Word], col_gap: float) -> list[list[Word]]:
    """Blocks in reading order: split into columns where a clear vertical gutter
    crosses the whole region, else into bands at the widest horizontal gap."""
    if len(words) <= 1:
        return [words] if words else []
    cuts = _gaps([(w.x0, w.x1) for w in words], col_gap)
    if cuts:
        edges = [float("-inf")] + cuts + [float("inf")]
        parts = [[w for w in words if lo < (w.x0 + w.x1) / 2 < hi] for lo, hi in zip(edges, edges[1:])]
        return [b for p in parts for b in xy_cut(p, col_gap)]
    spans = sorted((w.top, w.bottom) for w in words)
    best, best_gap, end = None, 0.0, spans[0][1]
    for a, b in spans[1:]:
        if a - end > best_gap:
            best, best_gap = (end + a) / 2, a - end
        end = max(end, b)
    if best is None or best_gap <= 0:
        return [words]
    upper = [w for w in words if (w.top + w.bottom) / 2 < best]
    lower = [w for w in words if (w.top + w.bottom) / 2 >= best]
    return xy_cut(upper, col_gap) + xy_cut(lower, col_gap)


# ----------------------------------------------------------------------------- lines
class SpaceIndex:
    """Where the PDF drew space characters, to tell word spaces from tight gaps."""

    def __init__(self, spaces: list[dict]):
        self.rows: dict[int, list[float]] = {}
        for s in spaces:
            self.rows.setdefault(int((s["top"] + s["bottom"]) / 2), []).append((s["x0"] + s["x1"]) / 2)

    def between(self, a: dict, b: dict) -> bool:
        mid = int((a["top"] + a["bottom"]) / 2)
        lo, hi = a["x1"] - 1.0, b["x0"] + 1.0
        return any(lo <= x <= hi for r in (mid - 1, mid, mid + 1) for x in self.rows.get(r, ()))


def block_lines(block: list[Word], spaces: SpaceIndex | None = None) -> list[Line]:
    chars = [c for w in block for c in w.chars]
    # a row held with its first character's box (the _same_line test, written out: this
    # runs for every character of every block)
    rows: list[list[dict]] = []
    row_top = row_bottom = row_height = 0.0
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        top, bottom = c["top"], c["bottom"]
        if rows and min(row_bottom, bottom) - max(row_top, top) > 0.5 * min(row_height, bottom - top):
            rows[-1].append(c)
        else:
            rows.append([c])
            row_top, row_bottom, row_height = top, bottom, bottom - top
    lines = []
    cjk = textutil.is_cjk
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        sizes = [_size(c) for c in row]
        parts = [row[0]["text"]]
        for k in range(1, len(row)):
            prev, c = row[k - 1], row[k]
            left, right = prev["text"], c["text"]
            if not (cjk(left[-1]) and cjk(right[0])):  # CJK beside CJK never takes a space
                gap = c["x0"] - prev["x1"]
                if spaces is not None and spaces.between(prev, c):
                    gap = max(gap, sizes[k])
                if gap > 0.3 * max(sizes[k - 1], sizes[k]):  # textutil.needs_space's width
                    parts.append(" ")
            parts.append(right)
        lines.append(Line("".join(parts), row[0]["x0"], max(c["x1"] for c in row),
                          min(c["top"] for c in row), max(c["bottom"] for c in row),
                          statistics.median(sizes), _main_font(row)))
    return lines


def _main_font(row: list[dict]) -> str:
    """The row's most common font and fill colour: headings differ from body text in one."""
    counts: dict[str, int] = {}
    for c in row:
        name = f'{c.get("fontname") or ""}|{c.get("non_stroking_color")}'
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get)


def inside(c: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def layout_chars(chars: list[dict], width: float, height: float,
                 exclude: list[tuple[float, float, float, float]] = (),
                 doubles_dropped: Optional[int] = None) -> PageLayout:
    """Characters of one page → lines in reading order, sidebars apart. A caller that has
    already dropped fake bold says how many it dropped (`doubles_dropped`)."""
    on_page = [c for c in chars if c.get("upright", True)
               and -5 <= c["x0"] <= width + 5 and -5 <= c["top"] <= height + 5]
    spaces = SpaceIndex([c for c in on_page if not c.get("text", "").strip()])
    chars = [c for c in on_page if c.get("text", "").strip()]
    if doubles_dropped is None:
        chars, duplicates = drop_fake_bold(chars)
    else:
        duplicates = doubles_dropped
    if exclude:
        chars = [c for c in chars if not any(inside(c, box) for box in exclude)]
    result = PageLayout(width=width, height=height, n_chars=len(chars), n_duplicates=duplicates)
    if not chars:
        return result
    chars, result.sidebar = split_vertical_text(chars)
    if not chars:
        return result
    chars = attach_bullets(chars)
    size = statistics.median(_size(c) for c in chars)
    for block in xy_cut(group_words(chars), col_gap=max(6.0, 0.9 * size)):
        result.lines.extend(block_lines(block, spaces))
    return result
