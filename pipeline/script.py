"""Traditional → simplified Chinese with OpenCC, keeping a map back to the original.

Conversion uses OpenCC's hk2s chain: Hong Kong variants (綫, 裏, …) to standard
traditional, then traditional to simplified, phrases first. Taiwan variants (裡, 臺)
are covered by the same character tables. (tw2s is not used: its variant table turns
the 么 that traditional texts often keep into 幺, so 什么 became 什幺.) OpenCC converts phrase by phrase
and a phrase can change length; the offset map records where that happens, as
anchors (position in simplified text, position in original) — see `Page.to_original`.
"""
from __future__ import annotations

import difflib
from functools import lru_cache

from .textutil import han_count

CHAIN = ("hk2s",)


@lru_cache(maxsize=None)
def _converter(name: str):
    import opencc
    return opencc.OpenCC(name)


@lru_cache(maxsize=1)
def _char_table() -> dict[str, str]:
    """Character-by-character traditional → simplified, for aligning phrase output."""
    import opencc
    from pathlib import Path

    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table = {}
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            table[parts[0]] = parts[1].split(" ")[0]
    return table


# a text is traditional when this many of its Han characters at least, and this share of them,
# are traditional forms
TRADITIONAL_MIN_CHANGED = 3
TRADITIONAL_MIN_SHARE = 0.03


def _traditional(changed: int, han: int) -> bool:
    return changed >= TRADITIONAL_MIN_CHANGED and changed >= TRADITIONAL_MIN_SHARE * han


def detect(text: str) -> str:
    """'hant' when a noticeable share of the Han characters are traditional forms."""
    sample = text[:20000]
    han = han_count(sample)
    if not han:
        return "hans"
    converted = _converter("t2s").convert(sample)
    changed = sum(1 for a, b in zip(sample, converted) if a != b)
    return "hant" if _traditional(changed, han) else "hans"


def looks_traditional(words: list[str]) -> bool:
    """`detect` for a page's words, by the character table alone: a table reader asks it of
    every page, and OpenCC's phrase conversion costs milliseconds a page."""
    table = _char_table()
    han = sum(han_count(word) for word in words)
    changed = sum(table.get(ch, ch) != ch for word in words for ch in word)
    return _traditional(changed, han)


def simplified_word(word: str) -> str:
    """One word in simplified forms, one character for one (a word's characters keep their
    places on the page): OpenCC's phrase conversion when it keeps the length, else the
    character table."""
    converted = to_simplified(word)[0]
    if len(converted) == len(word):
        return converted
    return by_character(word)


def by_character(text: str) -> str:
    """`text` in simplified forms by the character table alone (cheap: no phrase conversion)."""
    table = _char_table()
    return "".join(table.get(ch, ch) for ch in text)


def _align(original: str, converted: str) -> list[tuple[int, int]]:
    """Anchors where converted positions stop mapping one to one onto the original."""
    if len(original) == len(converted):
        return []
    table = _char_table()
    by_char = "".join(table.get(ch, ch) for ch in original)
    anchors: list[tuple[int, int]] = []
    delta = 0
    matcher = difflib.SequenceMatcher(None, by_char, converted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            if i1 - j1 != delta or not anchors:
                anchors.append((j1, i1))
                delta = i1 - j1
        else:
            anchors.append((j1, i1))
            delta = i1 - j1
            # the end of a replaced run maps to the end of its source run
            anchors.append((j2, i2))
            delta = i2 - j2
    return [a for k, a in enumerate(anchors) if k == 0 or a != anchors[k - 1]]


def to_simplified(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Convert text; return it with offset anchors (empty when lengths agree throughout)."""
    if not text:
        return text, []
    out = text
    for name in CHAIN:
        out = _converter(name).convert(out)
    return out, _align(text, out)
