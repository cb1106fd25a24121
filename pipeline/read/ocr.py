"""Pages without a usable text layer, read by OCR.

A scanned report, a reprint saved as images, or a text layer of `(cid:NN)` codes gives
no text to read. Such a page is rendered by PDFium and read by RapidOCR (PP-OCR's
Chinese and English models, shipped inside the `rapidocr-onnxruntime` package: nothing
is downloaded at run time). Each recognised line becomes characters with positions in
the page's own points, shaped as the PDF reader's, so cleaning, reading order, headers
and footers, borderless tables and tagging run on them unchanged.

Optional: without the `ocr` extra (pip install 'yanbao[ocr]') such pages keep warning
W001/W002 and the message says how to install it. `ENABLED = False` (`--no-ocr`) turns
it off.
"""
from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache
from typing import Optional

log = logging.getLogger(__name__)

ENABLED = True
# pixels per PDF point: 3 is 216 dpi, where 8-point Chinese in a footnote still reads; but
# RapidOCR shrinks any image whose longer side passes 2,000 pixels (its max_side_len), so a
# page is drawn no larger than that (an A4 page at about 171 dpi) rather than drawn and shrunk
SCALE = 3.0
MAX_SIDE = 2000
# a line the recogniser is less sure of than this is dropped (a chart's squiggle read as "一")
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _engine():
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return None
    # its own logger prints each model it loads at INFO
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    return RapidOCR()


def available() -> bool:
    """OCR is installed and not turned off."""
    return ENABLED and _engine() is not None


def installed() -> bool:
    return _engine() is not None


def page_chars(page) -> tuple[list[dict], Optional[float]]:
    """A PDFium page's text by OCR: characters in page points (top-left origin, as the
    PDF reader gives them) and the mean confidence of the lines kept (None: none)."""
    import numpy as np

    width, height = page.get_size()
    scale = min(SCALE, MAX_SIDE / max(width, height, 1))
    image = page.render(scale=scale, rotation=0).to_pil().convert("RGB")
    return image_chars(np.asarray(image), scale, width, height)


def image_chars(pixels, scale: float, width: float, height: float) -> tuple[list[dict], Optional[float]]:
    """OCR of an image of a page drawn at `scale` pixels per point."""
    result, _ = _engine()(pixels)
    chars: list[dict] = []
    scores = []
    for box, text, score in result or []:
        score = float(score)
        text = text.strip()
        if not text or score < MIN_CONFIDENCE:
            continue
        scores.append(score)
        chars += line_chars(box, corrected(text), scale, score)
    return chars, (sum(scores) / len(scores) if scores else None)


@lru_cache(maxsize=1)
def _corrections() -> dict[str, str]:
    import json

    from .. import data_text

    return json.loads(data_text("ocr_corrections.json"))["replace"]


def corrected(text: str) -> str:
    """A recognised line with the misreads a report never prints put right (data/ocr_corrections.json)."""
    for wrong, right in _corrections().items():
        text = text.replace(wrong, right)
    return text


def _advance(ch: str) -> float:
    """How wide a character sets, in ems: Han and full-width forms one, Latin and digits
    about half, a space a third."""
    if ch == " ":
        return 0.33
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    return 0.55


def line_chars(box, text: str, scale: float, confidence: float) -> list[dict]:
    """One recognised line (a quadrilateral in pixels and its text) as characters: the
    box's width shared out by each character's advance; spaces become gaps, which the
    layout reads as spaces."""
    xs = [p[0] / scale for p in box]
    ys = [p[1] / scale for p in box]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    # the box fits the ink with a margin: the glyph size is most of its height
    size = max(1.0, (bottom - top) * 0.85)
    total = sum(_advance(c) for c in text) or 1.0
    unit = (x1 - x0) / total
    chars, x = [], x0
    for ch in text:
        w = _advance(ch) * unit
        if ch != " ":
            chars.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": bottom, "doctop": top,
                          "size": size, "fontname": "OCR", "non_stroking_color": (0, 0, 0),
                          "upright": True, "slant": 0.0, "ocr_confidence": round(confidence, 3)})
        x += w
    return chars
