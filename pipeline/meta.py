"""Report metadata where the report prints it: title, broker, date, analysts, rating."""
from __future__ import annotations

import re
import statistics
from functools import lru_cache
from importlib import resources
from typing import Optional

from . import clean

_DATE_PATTERNS = [
    re.compile(r"(20\d\d|19\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(20\d\d|19\d\d)[-./](\d{1,2})[-./](\d{1,2})(?!\d)"),
]
_CERT = re.compile(r"(?:执业证书编号|证书编号|投资咨询资格编号|一般从业资格编号|SAC\s*(?:执业证书)?编号|登记编号)?"
                   r"\s*[:：]?\s*(S\d{13})")
_RATING = re.compile(r"(买入|增持|中性|减持|卖出|强于大市|同步大市|弱于大市|谨慎推荐|推荐|优于大市|跑赢行业|"
                     r"同步行业|跑输行业|超配|标配|低配|看好|强烈推荐)\s*[（(](维持|首次|上调|下调|首次覆盖)[)）]")
_RATING_LABELED = re.compile(r"(?:投资评级|评级|行业评级)\s*[:：]?\s*(买入|增持|中性|减持|卖出|强于大市|同步大市|"
                             r"弱于大市|谨慎推荐|推荐|优于大市|强烈推荐|看好|超配|标配|低配)")


@lru_cache(maxsize=1)
def brokers() -> list[str]:
    text = resources.files("pipeline").joinpath("data/brokers.txt").read_text("utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return sorted(set(names), key=len, reverse=True)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    text = resources.files("pipeline").joinpath("data/surnames.txt").read_text("utf-8")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#") for ch in line.strip())


_DATE_LABEL = re.compile(r"(?:报告日期|发布日期|发布时间|日期|时间)\s*[:：]?\s*$")


def report_date(text: str) -> Optional[str]:
    """The report's own date: one on a short line of its own or after a label
    (发布时间：…) near the top, else the first date in the opening lines."""
    head = text[:4000]
    for line in head.split("\n"):
        date = find_date(line)
        if date and (len(line.strip()) <= 40 or _DATE_LABEL.search(line[:line.find(date[:4])])):
            return date
    return find_date(head[:1000])


def find_date(text: str) -> Optional[str]:
    best = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                if best is None or m.start() < best[0]:
                    best = (m.start(), f"{y:04d}-{mo:02d}-{d:02d}")
                break
    return best[1] if best else None


_FILENAME_DATES = [
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
    re.compile(r"(?<![\d])(\d\d)(\d\d)(\d\d)(?=\D*\(|\D*$|[_\-.])"),
]


def date_from_name(name: str) -> Optional[str]:
    """Report files are often named with their date: …_20191018.pdf, …-240815(41页).pdf."""
    for pattern in _FILENAME_DATES:
        for m in pattern.finditer(name):
            y, mo, d = m.groups()
            year = int(y) if len(y) == 4 else 2000 + int(y)
            if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31 and 1990 <= year <= 2099:
                return f"{year:04d}-{int(mo):02d}-{int(d):02d}"
    return None


def find_broker(texts: list[str]) -> Optional[str]:
    """The broker named most often in the report (headers and disclaimers repeat it)."""
    counts: dict[str, int] = {}
    joined = "\n".join(texts)
    for name in brokers():
        n = joined.count(name)
        if n and not any(name in other and other != name for other in counts):
            counts[name] = n
    if not counts:
        m = re.search(r"([\u4e00-\u9fff]{2,6}证券)(?:股份有限公司|研究所|研究院)", joined)
        return m.group(1) if m else None
    return max(counts, key=lambda k: (counts[k], len(k)))


def _name_before(text: str, end: int) -> Optional[str]:
    """A 2–3 character Chinese name ending at `end`, starting with a common surname."""
    run = ""
    k = end
    while k > 0 and "\u4e00" <= text[k - 1] <= "\u9fff" and len(run) < 3:
        run = text[k - 1] + run
        k -= 1
    for size in (3, 2):
        cand = run[-size:]
        if len(cand) == size and cand[0] in surnames():
            return cand
    return None


_LABELS = ("执业证书编号", "证书编号", "投资咨询资格编号", "一般从业资格编号", "分析师", "研究员", "联系人", "研究助理")


def find_analysts(text: str) -> list[str]:
    names: list[str] = []
    for m in _CERT.finditer(text):
        start = m.start()
        # skip back over the label and separators to the name
        head = text[max(0, start - 40):start]
        head = re.sub(r"[\s:：,，]+$", "", head)
        for label in _LABELS:
            if head.endswith(label):
                head = re.sub(r"[\s:：,，]+$", "", head[: -len(label)])
        name = _name_before(head, len(head))
        if name is None:
            after = re.match(r"[\s:：]*(?:分析师|研究员)?[\s:：]*([\u4e00-\u9fff]{2,3})", text[m.end():m.end() + 12])
            name = after.group(1) if after and after.group(1)[0] in surnames() else None
        if name and name not in names:
            names.append(name)
    return names


def find_rating(text: str) -> Optional[str]:
    m = _RATING.search(text)
    if m:
        return f"{m.group(1)}（{m.group(2)}）"
    m = _RATING_LABELED.search(text)
    return m.group(1) if m else None


def from_pdf_lines(lines) -> dict:
    """What only the layout knows: the title is the largest type on the first page
    (lines as kept by `clean`, so running headers are already gone)."""
    candidates = [l for l in lines if len(re.sub(r"\W", "", l.text)) >= 4 and not clean.is_disclaimer(l.text)]
    if not candidates:
        return {}
    body = statistics.median(l.size for l in lines)
    biggest = max(l.size for l in candidates)
    if biggest < body * 1.15:
        return {}
    title_lines = [l for l in candidates if abs(l.size - biggest) < 0.5]
    title_lines.sort(key=lambda l: (l.top, l.x0))
    parts = [title_lines[0]]
    for l in title_lines[1:]:
        if l.top - parts[-1].bottom < 1.5 * biggest:
            parts.append(l)
    return {"title": "".join(l.text for l in parts)}


def pdf_created(info: dict) -> Optional[str]:
    raw = info.get("CreationDate")
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1", "replace")
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", str(raw or ""))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _text_title(text: str) -> Optional[str]:
    for line in text.split("\n"):
        if re.search(r"\s[>›»]\s", line):
            continue  # a site's breadcrumb, not the title
        line = re.sub(r"^[\s•·*#>\-]+", "", line).strip()
        line = re.sub(r"\.(pdf|docx?|html?)$", "", line, flags=re.I)
        if 6 <= len(line) <= 120 and len(re.findall(r"[\u4e00-\u9fff]", line)) >= 4:
            return line
    return None


def fill(doc, pdf_meta: Optional[dict], title_hint: Optional[str] = None, default_date: Optional[str] = None) -> None:
    """Fill doc.meta. The date comes from the report's own text, else its file name,
    else --date, else the PDF's creation date; `date_source` says which."""
    pdf_meta = pdf_meta or {}
    pages = [p.text for p in doc.pages]
    head = "\n".join(pages[:2])[:6000]
    first = pages[0] if pages else ""
    m = doc.meta
    m.title = pdf_meta.get("title") or title_hint or _text_title(first)
    m.broker = find_broker(pages)
    from pathlib import Path
    for source, value in (("text", report_date(first) or report_date(head)),
                          ("filename", date_from_name(Path(doc.source.path).name)),
                          ("argument", default_date),
                          ("pdf-metadata", pdf_meta.get("created"))):
        if value:
            m.date, m.date_source = value, source
            break
    m.analysts = find_analysts(head)
    m.rating = find_rating(head)
