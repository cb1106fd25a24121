"""Small character-class helpers shared by the stages."""
from __future__ import annotations

import re

# CJK ideographs, CJK punctuation and full-width forms: scripts written without spaces
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2e80-\u2fdf]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def alternation(words) -> str:
    """A regex alternation of the words, escaped, the longest first (so '销售毛利率' is tried before '毛利率')."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def needs_space(left: str, right: str, gap: float, size: float) -> bool:
    """Whether a gap between two drawn characters is a word space.

    Between CJK characters it never is (letter-spaced "营 业 收 入" reads 营业收入);
    elsewhere a gap wider than 0.3 of the font size is (a drawn space counts as wide).
    """
    if is_cjk(left[-1]) and is_cjk(right[0]):
        return False
    return gap > 0.3 * size


def strip_bars(text: str) -> str:
    return text.strip("|｜ ")


def squash_spaces(text: str) -> str:
    return re.sub(r"[ \t\u3000]+", " ", text).strip()


_NAME_NOISE = re.compile(r"[\s\-_·.()（）]")


def squash_name(name) -> str:
    """A name compared loosely: case, spaces, hyphens, dots and brackets do not count
    ('GPT-4-turbo' = 'gpt4 Turbo')."""
    return _NAME_NOISE.sub("", str(name or "")).lower()


# full-width forms of what figures and names are written with (０-９, Ａ-Ｚ, ａ-ｚ, ％, ＋, －, ／),
# one character for one, so every offset still holds; the full-width punctuation Chinese prose
# is written in (，：；（）) is left as it is
_HALF_WIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)}, **{0xFF21 + i: 0x41 + i for i in range(26)},
               **{0xFF41 + i: 0x61 + i for i in range(26)}, 0xFF05: 0x25, 0xFF0B: 0x2B, 0xFF0D: 0x2D, 0xFF0F: 0x2F,
               # the typographic hyphens web pages set in names ('GLM‑4.5' with U+2011): the ASCII one
               0x2010: 0x2D, 0x2011: 0x2D,
               # the slash Hong Kong filings set between a price and its unit ('1.69元╱股', U+2571; a division slash,
               # U+2215, is left: it parts a fiscal year's two years, '2024∕2025年度', read as one year there)
               0x2571: 0x2F}
# a full-width or a small full stop between digits is a decimal point ('３９．００', '29﹒9%' as a
# Hong Kong data vendor prints its figures; '11・5%', '1328・56亿元' with a middle dot, as another does)
_WIDE_POINT = re.compile(r"(?<=\d)[．﹒・](?=\d)")
# and a small comma between digits, three after it, a thousands separator ('10﹐705﹒28千克'; a full-width
# comma there is a list's: '分别为100，200，300')
_WIDE_THOUSANDS = re.compile(r"(?<=\d)﹐(?=\d{3}(?!\d))")


def half_width(text: str) -> str:
    """Full-width digits, Latin letters and the signs of figures in their ASCII form
    ('２０２５年营收３９．００亿元，同比＋２１．９％' → '2025年营收39.00亿元，同比+21.9%'), and a
    typographic hyphen as '-' ('GLM‑4.5' → 'GLM-4.5'), a Hong Kong filing's slash as '/' ('1.69元╱股')."""
    if not text or not any("\uff05" <= ch <= "\uff5a" or ch in "\ufe52\ufe50\u30fb\u2010\u2011\u2571" for ch in text):
        return text
    return _WIDE_THOUSANDS.sub(",", _WIDE_POINT.sub(".", text.translate(_HALF_WIDTH)))

