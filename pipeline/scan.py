"""Scanning a text for a pattern only where it can match.

The tagger's number patterns start at a digit; scanned over the whole text they are tried
at every digit of every figure, most of a dense report's tagging time. A match of most of
them holds a unit word ('%', 'token', '亿', '元') that one fast literal scan finds."""
from __future__ import annotations

import re
from typing import Iterable


class Anchored:
    """A pattern each match of which holds one of a few words — its unit: '%', 'token',
    'FLOP', '亿' — tried only around where those words stand. A number-led pattern scanned
    over the whole text is tried at every digit of every figure (most of a dense report's
    cost); the unit words are found by one fast literal scan.

    The matches are the whole-text scan's, given that a match starts at most `before`
    characters before its unit word and ends, with what it looks ahead at, at most `after`
    characters after it: windows around the unit words are merged into regions, and a
    match that could start before a region would hold a unit word that widened it."""

    def __init__(self, pattern: re.Pattern, anchors: Iterable[str], before: int = 80, after: int = 40):
        self.pattern = pattern
        self.words = tuple(sorted(set(anchors), key=len, reverse=True))
        self.anchors = re.compile("|".join(re.escape(a) for a in self.words))
        self.before, self.after = before, after

    def regions(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        pos = 0
        while True:
            hit = self.anchors.search(text, pos)
            if hit is None:
                return out
            a, b = max(0, hit.start() - self.before), hit.end() + self.after
            # widen by the last unit word whose window reaches the region, until none does
            # (str.rfind per word: a dense stretch is crossed in a few steps, not hit by hit)
            while True:
                reach = b
                for w in self.words:
                    last = text.rfind(w, hit.start() + 1, b + self.before + len(w))
                    if last >= 0:
                        reach = max(reach, last + len(w) + self.after)
                if reach == b:
                    break
                b = reach
            out.append((a, min(b, len(text))))
            pos = b

    def finditer(self, text: str) -> Iterable[re.Match]:
        for a, b in self.regions(text):
            yield from self.pattern.finditer(text, a, b)
