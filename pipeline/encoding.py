"""Bytes of a text file → str, with the encoding named.

Order of evidence: a byte-order mark; strict UTF-8 (which almost never decodes
anything else by accident); then charset-normalizer limited to the encodings
Chinese reports come in, cross-checked by how much of the result is Han text.
"""
from __future__ import annotations

import codecs

from .errors import YanbaoError
from .textutil import han_count

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xE000 <= ord(ch) <= 0xF8FF
              or ch == "\ufffd")
    return bad / len(text)


def _plausible(text: str) -> float:
    """Share of characters that are Han, ASCII printable or common punctuation."""
    if not text:
        return 0.0
    good = han_count(text) + sum(1 for ch in text if 32 <= ord(ch) < 127 or ch in "\n\r\t，。、；：？！“”‘’（）《》【】—…·％")
    return good / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has a zero byte in every other position for ASCII; Han text has none
    but decodes to plausible Han. Try both byte orders."""
    if len(data) % 2:
        return None
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text)
        if score > 0.9 and (best is None or score > best[1]):
            best = (enc, score)
    return best[0] if best else None


def decode(data: bytes, path: str) -> tuple[str, str, float]:
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc, 1.0
    zero = data.count(b"\x00")
    if zero:
        enc = _utf16_without_bom(data)
        if enc:
            return data.decode(enc), enc, 0.9
        raise YanbaoError("E006", path, reason=f"binary data ({zero} NUL bytes)")
    try:
        text = data.decode("utf-8")
        if _control_ratio(text) > 0.05:
            raise YanbaoError("E006", path, reason="binary data (control characters)")
        return text, "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text) - 5 * _control_ratio(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    from charset_normalizer import from_bytes

    guess = from_bytes(data, cp_isolation=CANDIDATES).best()
    if guess is not None:
        text = str(guess)
        score = _plausible(text) - 5 * _control_ratio(text)
        name = codecs.lookup(guess.encoding).name
        if best is None or score >= best[0] - 0.01 or _agrees(best[1], name):
            best = (score, name, text)
    if best is None or best[0] < 0.6:
        raise YanbaoError("E006", path, reason="not UTF-8, GB18030, Big5 or UTF-16 text")
    score, enc, text = best
    return text, enc, min(1.0, score)


def _agrees(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name
