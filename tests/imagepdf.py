"""Image-only copies of PDFs, for the OCR tests: what a scanner or a reprint as images
would make of a report.

- `rasterised`: pages drawn by PDFium into images (real reports embed their fonts);
- `painted`: each character of the text layer drawn at its own box in Noto Sans CJK,
  for PDFs whose font PDFium cannot draw (our generated reports use reportlab's
  STSong-Light, which is not embedded and which this machine has no file for).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

DPI_SCALE = 2  # 144 dpi: a plain office scan is 150–300


def _save(images, out: Path) -> Path:
    images[0].save(out, save_all=True, append_images=images[1:], resolution=72 * DPI_SCALE)
    return out


def rasterised(pdf: Path, out: Path, pages=None) -> Path:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    numbers = list(pages) if pages is not None else range(len(doc))
    images = [doc[i].render(scale=DPI_SCALE).to_pil().convert("RGB") for i in numbers]
    doc.close()
    return _save(images, out)


def text_layer_copy(pdf: Path, out: Path, pages) -> Path:
    """The same pages with their text layer, for comparison."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    new = pdfium.PdfDocument.new()
    new.import_pages(doc, list(pages))
    new.save(str(out))
    return out


def painted(pdf: Path, out: Path) -> Path:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.charts import shipped_cjk_font
    from pipeline.pdfium_page import read_chars

    font_path = str(shipped_cjk_font())
    doc = pdfium.PdfDocument(str(pdf))
    images = []
    for page in doc:
        width, height = page.get_size()
        image = Image.new("RGB", (int(width * DPI_SCALE), int(height * DPI_SCALE)), "white")
        draw = ImageDraw.Draw(image)
        fonts = {}
        for c in read_chars(page):
            if not c["text"].strip():
                continue
            px = max(4, round(c["size"] * DPI_SCALE))
            font = fonts.setdefault(px, ImageFont.truetype(font_path, px))
            draw.text((c["x0"] * DPI_SCALE, c["bottom"] * DPI_SCALE), c["text"], fill="black", font=font,
                      anchor="ls")
        images.append(image)
    doc.close()
    return _save(images, out)


def core(text: str) -> str:
    """What the share of characters recovered counts: Han, letters and digits (dot
    leaders, spaces and rules are not read the same way twice)."""
    return re.sub(r"[\W_]", "", text)


def recovered(expected: str, got: str) -> float:
    """The share of `expected`'s characters found, in order, in `got`."""
    a, b = core(expected), core(got)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / max(1, len(a))
