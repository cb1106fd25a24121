"""Builders for the bad-input corpus: real broken files, made on the spot.

Each builder writes one file into a folder and returns its path. The expected
outcome of each lives beside its test, not here.
"""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from pipeline import samples


def zero_byte(folder: Path) -> Path:
    p = folder / "empty.pdf"
    p.write_bytes(b"")
    return p


def truncated_pdf(folder: Path) -> Path:
    whole = samples.broker_report_pdf(folder / "_whole.pdf").read_bytes()
    (folder / "_whole.pdf").unlink()
    p = folder / "truncated.pdf"
    p.write_bytes(whole[: len(whole) // 2])
    return p


def junk_named_pdf(folder: Path) -> Path:
    p = folder / "junk.pdf"
    p.write_bytes(bytes(range(256)) * 8)
    return p


def encrypted_pdf(folder: Path, user_password: str, name: str) -> Path:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=1,
                                        canModify=0, canCopy=0, strength=128)
    return samples.broker_report_pdf(folder / name, samples.ReportSpec(body_pages=1), encrypt=enc)


def owner_only_pdf(folder: Path) -> Path:
    return encrypted_pdf(folder, "", "owner_only.pdf")


def user_password_pdf(folder: Path) -> Path:
    return encrypted_pdf(folder, "reader-secret", "user_password.pdf")


SCANNED_TEXT = ["行业周报：大模型价格战持续", "2024年5月21日，阿里云宣布通义千问", "Qwen-Long输入价格降至0.5元/百万tokens，", "降幅达97%。"]


def image_only_pdf(folder: Path, pages: int = 2) -> Path:
    """A scan: each page one image of printed lines (Noto Sans CJK), no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from pipeline.charts import shipped_cjk_font

    font = ImageFont.truetype(str(shipped_cjk_font()), 36)
    p = folder / "scanned.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    for k in range(pages):
        img = Image.new("RGB", (1100, 420), "white")
        draw = ImageDraw.Draw(img)
        for i, line in enumerate(SCANNED_TEXT):
            draw.text((40, 40 + 90 * i), line if k == 0 else line.replace("5月21日", f"5月{21 + k}日"),
                      fill="black", font=font)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        buf.seek(0)
        c.drawImage(ImageReader(buf), 40, 450, width=510, height=195)
        c.showPage()
    c.save()
    return p


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


CID_TEXT = "Qwen-Long price cut to 0.5 CNY per million tokens"


def cid_garbage_pdf(folder: Path) -> Path:
    """Text shown through an embedded Identity-H font with no ToUnicode map: the glyphs
    draw (DejaVu Sans, matplotlib's), but the codes are glyph ids and nothing maps them
    back to characters: PDFium reads them as other characters ("4ZHQ" for "Qwen")."""
    import matplotlib
    from fontTools.ttLib import TTFont

    font_path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    font = TTFont(str(font_path))
    cmap, order = font.getBestCmap(), font.getGlyphOrder()
    gid = {name: i for i, name in enumerate(order)}
    codes = "".join(f"{gid[cmap[ord(ch)]]:04X}" for ch in CID_TEXT)
    content = f"BT /F1 14 Tf 50 700 Td <{codes}> Tj 0 -24 Td <{codes}> Tj ET".encode()
    stream = zlib.compress(content)
    font_bytes = font_path.read_bytes()
    font_file = zlib.compress(font_bytes)
    widths = " ".join(str(round(font["hmtx"][cmap[ord(ch)]][0] * 1000 / font["head"].unitsPerEm)) for ch in CID_TEXT)
    first = " ".join(f"{gid[cmap[ord(ch)]]} [{w}]" for ch, w in zip(CID_TEXT, widths.split()))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Garbled /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Garbled "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity /W [" + first.encode() + b"] >>",
        b"<< /Type /FontDescriptor /FontName /AAAAAA+Garbled /Flags 4 /FontBBox [0 -240 1000 1000] "
        b"/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 730 /StemV 80 /FontFile2 8 0 R >>",
        f"<< /Length {len(font_file)} /Length1 {len(font_bytes)} /Filter /FlateDecode >>\nstream\n".encode()
        + font_file + b"\nendstream",
    ]
    p = folder / "cid_garbage.pdf"
    p.write_bytes(_pdf(objects))
    return p


def zero_page_pdf(folder: Path) -> Path:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    p = folder / "no_pages.pdf"
    p.write_bytes(_pdf(objects))
    return p


def undecodable_text(folder: Path) -> Path:
    p = folder / "binary.txt"
    p.write_bytes(bytes([0x00, 0xFF, 0xFE, 0x81, 0x00, 0x13, 0x9C]) * 300)
    return p


def unreadable_file(folder: Path) -> Path:
    p = folder / "locked.txt"
    p.write_text("大模型报告", encoding="utf-8")
    p.chmod(0)
    return p


def good_text(folder: Path, name: str = "good.txt") -> Path:
    p = folder / name
    p.write_text("2024年5月21日，阿里云宣布Qwen-Long输入价格降至0.5元/百万tokens。\n", encoding="utf-8")
    return p


def rotated_pdf(folder: Path) -> Path:

    from pipeline.samples import _canvas, _text

    c, _ = _canvas(folder / "rotated.pdf")
    c.setPageRotation(90)
    _text(c, 60, 700, "旋转页面：阿里云Qwen-Long输入价格降至0.5元/百万tokens", 12)
    c.showPage()
    c.save()
    return folder / "rotated.pdf"


def huge_page_pdf(folder: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from pipeline.samples import FONT

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    p = folder / "huge_page.pdf"
    c = canvas.Canvas(str(p), pagesize=(14400, 14400))
    c.setFont(FONT, 12)
    for i in range(40):
        c.drawString(100, 14000 - 300 * i, f"超大页面第{i + 1}行：深度求索发布DeepSeek-V2")
    c.showPage()
    c.save()
    return p


def inflating_pdf(folder: Path, inflated_mb: int = 300, name: str = "inflating.pdf") -> Path:
    """Two pages: the first says something; the second's content stream is a few hundred
    kilobytes of deflate that inflate to `inflated_mb` megabytes of blanks (then a line)."""
    import zlib

    packer = zlib.compressobj(9)
    blanks = b" " * 1_000_000
    packed = b"".join(packer.compress(blanks) for _ in range(inflated_mb))
    packed += packer.compress(b"BT /F1 12 Tf 72 700 Td (Second page of the inflating file.) Tj ET") + packer.flush()
    text = b"BT /F1 12 Tf 72 700 Td (OpenAI released GPT-4o in May 2024.) Tj ET"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 7 0 R >> >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        page % 5,
        page % 6,
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    p = folder / name
    p.write_bytes(_pdf(objects))
    return p


def one_long_line(folder: Path, megabytes: int = 5) -> Path:
    p = folder / "one_line.txt"
    unit = "GPT-4o输入价格5美元/百万tokens, model pricing notes without line breaks; "
    p.write_text(unit * (megabytes * 1_000_000 // len(unit.encode("utf-8")) + 1), encoding="utf-8")
    return p


def encoded_text(folder: Path, encoding: str) -> Path:
    text = "阿里雲宣佈通義千問降價" if encoding == "big5" else "阿里云宣布通义千问降价"
    p = folder / f"{encoding.replace('-', '_')}.txt"
    p.write_bytes((text + "，输入价格降至0.5元/百万tokens。\n" * 1 if encoding != "big5" else text + "，輸入價格降至0.5元。\n")
                  .encode(encoding) * 5)
    return p


def mixed_encodings(folder: Path) -> Path:
    p = folder / "mixed.txt"
    p.write_bytes("前半段是UTF-8编码的文字。".encode("utf-8") * 20 + "后半段是GBK编码的文字。".encode("gbk") * 20)
    return p


def html_with_scripts(folder: Path) -> Path:
    p = folder / "page.html"
    p.write_text("<html><head><script>var x = '降价';</script><style>p{}</style></head>"
                 "<body><nav>首页</nav><p>智谱AI将GLM-3-Turbo价格从5元/百万tokens降至1元/百万tokens。</p></body></html>",
                 encoding="utf-8")
    return p


def deeply_nested(folder: Path, depth: int = 40) -> Path:
    d = folder
    for i in range(depth):
        d = d / f"level{i}"
    d.mkdir(parents=True)
    p = d / "deep.txt"
    p.write_text("2024年5月22日，腾讯宣布混元-lite模型免费开放。\n", encoding="utf-8")
    return p


def same_file_twice(folder: Path) -> tuple[Path, Path]:
    a = good_text(folder, "copy_a.txt")
    b = folder / "copy_b.txt"
    b.write_bytes(a.read_bytes())
    return a, b


# ----------------------------------------------------------------------------- odd files (issue: survive anything)
def odd_files(folder: Path) -> dict[str, str]:
    """Files a folder can hold that must not stop, hang or starve a batch. Returns each
    one's shown name → the warning or error code its one line must carry ('' for none)."""
    import os

    made = {}
    os.mkfifo(folder / "fifo.txt")
    made["fifo.txt"] = "E012"
    for name, target in (("zero.txt", "/dev/zero"), ("random.pdf", "/dev/urandom")):
        if os.path.exists(target):
            os.symlink(target, folder / name)
            made[name] = "E012"
    (folder / "big.txt").write_bytes(("模型价格。" * 80_000).encode())  # 1.2 MB: over a 1 MB --max-size
    made["big.txt"] = "E013"
    raw = bytes(folder) + b"/bad\xffname.txt"  # a name that is not UTF-8
    with open(raw, "wb") as fh:
        fh.write("GPT-4 发布。".encode())
    made["bad\\xffname.txt"] = ""
    (folder / "new\nline.txt").write_text("GPT-4o 发布。", encoding="utf-8")
    made["new\\nline.txt"] = ""
    (folder / "digits.txt").write_text("数字" + "7" * 100_000 + "元。GPT-4参数1.8万亿。", encoding="utf-8")
    made["digits.txt"] = ""
    (folder / "sjis.txt").write_bytes("大規模言語モデルの価格は百万トークンあたり1ドルです。".encode("shift_jis"))
    made["sjis.txt"] = "W014"
    (folder / "euckr.txt").write_bytes("대규모 언어 모델 가격은 백만 토큰당 1달러입니다.".encode("euc-kr"))
    made["euckr.txt"] = "W014"
    (folder / "stray.txt").write_bytes("通义千问降价，输入价格每百万tokens 0.5元。".encode() + b"\xff" + "结束。".encode())
    made["stray.txt"] = "W013"
    (folder / "nul.txt").write_bytes("文心一言免费。".encode() + b"\x00\x00\x00" + "豆包发布。".encode())
    made["nul.txt"] = "W013"
    inflating_pdf(folder)  # its second page would inflate to 300 MB: not read
    made["inflating.pdf"] = "W007"
    return made
