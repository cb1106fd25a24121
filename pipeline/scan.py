"""Scanning a text for a pattern only where it can match.

The tagger's number patterns start at a digit; scanned over the whole text they are tried
at every digit of every figure, most of a dense report's tagging time. A match of most of
them holds a unit word ('%', 'token', '亿', '元') that one fast literal scan finds."""
from __future__ import annotations

import re
from typing import Iterable


class Anchored:
    """A pattern each match of which holds one of a few words (its unit), tried only
    around where those words stand.

    The matches are the whole-text scan's, given that a match starts at most `before`
    characters before its unit word and ends, with what it looks ahead at, at most `after`
    characters after it: windows around the unit words are merged into regions, and a
    match that could start before a region would hold a unit word that widened it."""

    def __init__(self, pattern: re.Pattern, anchors: Iterable[str] | re.Pattern, before: int = 80, after: int = 40):
        self.pattern = pattern
        # the words, or a pattern for them where a word alone is too common ('B' after a digit)
        self.anchors = anchors if isinstance(anchors, re.Pattern) else \
            re.compile("|".join(re.escape(a) for a in sorted(anchors, key=len, reverse=True)))
        self.before, self.after = before, after

    def regions(self, text: str) -> list[tuple[int, int]]:
        out: list[list[int]] = []
        for hit in self.anchors.finditer(text):
            a, b = max(0, hit.start() - self.before), hit.end() + self.after
            if out and a <= out[-1][1]:
                out[-1][1] = b
            else:
                out.append([a, b])
        return [(a, min(b, len(text))) for a, b in out]

    def finditer(self, text: str) -> Iterable[re.Match]:
        for a, b in self.regions(text):
            yield from self.pattern.finditer(text, a, b)
