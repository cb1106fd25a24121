"""Table rows → typed tables: api_price_cuts, model_specs, model_timeline.

Three sources feed the same row shapes (../shared/CONTRACT.md):
  - PDF tables (pdfplumber cells): classified by their header, two-row headers and
    page-continued tables joined, vendor and model split out of one cell;
  - tables flattened into one run of text by a web dump: rows recovered from the
    header's column structure, choosing the reading whose cut percentages agree with
    its prices (ambiguities are kept with a warning and lower confidence);
  - prose: dated price changes and releases, with the sentence as evidence.
Across reports, `merge` folds the same fact into one row with every source and keeps
disagreeing values side by side as a conflict.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Optional

from . import quantities as q
from .document import Document, Table, entities_between
from .textutil import squash_name as _squash
from .errors import message

PRICE_CUT_COLUMNS = ["vendor", "model", "date", "input_price_before", "input_price_after", "input_cut_pct",
                     "output_price_before", "output_price_after", "output_cut_pct", "currency", "per", "free_after"]
SPEC_COLUMNS = ["model", "release", "training_data", "params", "params_text", "context_tokens",
                "input_modality", "output_modality"]
TIMELINE_COLUMNS = ["model", "vendor", "date", "precision", "event", "page", "evidence"]
KINDS = {"api_price_cuts": PRICE_CUT_COLUMNS, "model_specs": SPEC_COLUMNS, "model_timeline": TIMELINE_COLUMNS}


# ----------------------------------------------------------------------------- classification
def classify(header_text: str) -> str:
    """A table's kind from the words of its header."""
    h = re.sub(r"\s", "", header_text)
    if "模型" in h and ("降价" in h or "降幅" in h) and ("原价" in h or "现价" in h):
        return "api_price_cuts"
    if sum(w in h for w in ("发布时间", "训练数据", "模型参数", "参数量", "序列长度", "上下文")) >= 2:
        return "model_specs"
    return "other"


# ----------------------------------------------------------------------------- values
def _num(text: Optional[str]) -> Optional[Decimal]:
    if text is None:
        return None
    t = text.strip().replace(",", "")
    if t in ("", "-", "—", "–", "/", "N/A", "NA"):
        return None
    if t in ("免费", "免費", "0元"):
        return Decimal(0)
    m = re.fullmatch(r"[-+]?\d+(?:\.\d+)?", t)
    return Decimal(t) if m else None


def _pct(text: Optional[str]) -> Optional[Decimal]:
    """Cuts are positive percentages of the reduction: '-80%' and '80%' are both 80."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*[-−]?\s*(\d+(?:\.\d+)?)\s*%\s*", text)
    return Decimal(m.group(1)) if m else None


def _is_free(text: Optional[str]) -> bool:
    return bool(text) and text.strip() in ("免费", "免費")


def cut_agrees(before: Optional[Decimal], after: Optional[Decimal], cut: Optional[Decimal],
               printed: Optional[str] = None) -> Optional[bool]:
    """Whether a printed cut percentage agrees with before/after, within its printed
    precision (98% covers 97.5–98.5). None when something is missing."""
    if before is None or after is None or cut is None or before == 0:
        return None
    exact = (before - after) / before * 100
    places = q.decimals(printed.strip("%- ")) if printed else q.decimals(str(cut))
    half = Decimal(5) / Decimal(10) ** (places + 1)
    return abs(exact - cut) <= half + Decimal("1e-9")


def _plain(x: Optional[Decimal]) -> Any:
    return None if x is None else q.plain(x)


# ----------------------------------------------------------------------------- names in cells
def names_in(text: str) -> tuple[Optional[str], Optional[str]]:
    """(vendor id, canonical model) named in a cell such as '智谱AI GLM-3-Turbo'."""
    from .tag import tag_text

    vendor = model = None
    for e in tag_text(text):
        if e["label"] == "VENDOR" and vendor is None:
            vendor = e["value"]["name"]
        elif e["label"] == "MODEL" and model is None:
            model = e["value"]["name"]
            vendor = vendor or e["value"].get("vendor")
    if model is None:
        rest = text
        for e in tag_text(text):
            if e["label"] == "VENDOR":
                rest = rest.replace(e["text"], " ")
        rest = re.sub(r"[（(].*?[)）]", "", rest).strip()
        model = rest or None
    return vendor, model


# ----------------------------------------------------------------------------- price-cut rows
@dataclass
class PriceHeader:
    currency: str = "CNY"
    per_tokens: int = 10 ** 6  # the header's unit: 百万tokens or 千tokens


def price_header(text: str) -> PriceHeader:
    h = re.sub(r"\s", "", text)
    header = PriceHeader()
    if "美元" in h:
        header.currency = "USD"
    if re.search(r"千\s*[Tt]okens?|/千|1K|1k", h) and not re.search(r"百万|1M", h):
        header.per_tokens = 1000
    return header


def price_row(vendor: Optional[str], model: Optional[str], date: Optional[str], fields: list[Optional[str]],
              header: PriceHeader, **extra) -> dict:
    """Six printed fields (input before/after/cut, output before/after/cut) → a row."""
    scale = Decimal(10 ** 6) / Decimal(header.per_tokens)
    values: dict[str, Any] = {"vendor": vendor, "model": model, "date": date}
    warnings: list[str] = []
    free_after = False
    for side, (b, a, c) in zip(("input", "output"), (fields[0:3], fields[3:6])):
        before, after, cut = _num(b), _num(a), _pct(c)
        free_after = free_after or _is_free(a)
        values[f"{side}_price_before"] = _plain(before * scale) if before is not None else None
        values[f"{side}_price_after"] = _plain(after * scale) if after is not None else None
        values[f"{side}_cut_pct"] = _plain(cut)
        if cut_agrees(before, after, cut, c) is False:
            warnings.append(f"{side} cut {c} disagrees with {b} → {a}")
    values.update(currency=header.currency, per="1M tokens", free_after=free_after)
    values.update(extra)
    if warnings:
        values["warnings"] = values.get("warnings", []) + warnings
    return values


def _cell(row: list, i: int) -> Optional[str]:
    return row[i] if i < len(row) else None


def typed_pdf_table(table: Table, previous: Optional[Table] = None) -> Optional[Table]:
    """A pdfplumber table as a typed table, or None when its header is not one we know.
    `previous` is the typed table this one continues (same columns, no header of its own)."""
    cells = table.cells
    if not cells:
        return None
    header_rows, header = _header(cells)
    if not header_rows and previous is not None:  # continued from the previous page: its header
        _, header = _header(previous.cells)
    kind = classify(header)
    if kind == "other":
        return None
    body = cells[header_rows:]
    if kind == "api_price_cuts":
        ph = price_header(header)
        rows = [_pdf_price_row(r, ph, table.page) for r in body if any(r)]
        return Table(kind=kind, page=table.page, columns=PRICE_CUT_COLUMNS, rows=[r for r in rows if r],
                     cells=cells, bbox=table.bbox)
    if kind == "model_specs":
        head = cells[0] if header_rows else (previous.cells[0] if previous is not None else [])
        names = [re.sub(r"\s", "", c or "") for c in head]
        rows = [_spec_row(dict(zip(names, r)), table.page) for r in body if any(r)]
        return Table(kind=kind, page=table.page, columns=SPEC_COLUMNS, rows=[r for r in rows if r],
                     cells=cells, bbox=table.bbox)
    return None


def _header(cells: list[list]) -> tuple[int, str]:
    """How many leading rows are header rows, and their words."""
    count = 0
    for row in cells[:3]:
        if any(c and re.search(r"模型|原价|现价|降价|输入|输出|发布时间|参数|厂商", c) for c in row) and \
                not any(c and re.fullmatch(r"\d{4}[/-]\d{1,2}[/-]\d{1,2}", c) for c in row):
            count += 1
        else:
            break
    return count, " ".join(c for r in cells[:count] for c in r if c)


def _pdf_price_row(row: list, header: PriceHeader, page: int) -> Optional[dict]:
    """Cells: [vendor?, model, date, in before, in after, in cut, out before, out after, out cut]."""
    row = [c.strip() if isinstance(c, str) else c for c in row]
    date_at = next((i for i, c in enumerate(row) if c and re.fullmatch(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}", c)), None)
    if date_at is None or len(row) - date_at - 1 < 6:
        if sum(1 for c in row if c) >= 7 and len(row) >= 8:  # a full row without a readable date: keep it
            vendor, model = names_in(" ".join(c for c in row[:2] if c))
            return price_row(vendor, model, None, row[-6:], header, page=page, source="table", confidence=0.5,
                             evidence=" | ".join(c or "" for c in row), warnings=["no date in the row"])
        return None
    name_text = " ".join(c for c in row[:date_at] if c)
    vendor, model = names_in(name_text)
    date = q.find_dates(row[date_at])[0].value["date"]
    return price_row(vendor, model, date, row[date_at + 1:date_at + 7], header, page=page,
                     evidence=" | ".join(c or "" for c in row), source="table", confidence=1.0)


# ----------------------------------------------------------------------------- flattened price rows
_NUMBER = r"(?:0|[1-9]\d{0,3})(?:\.\d{1,4})?"  # no leading zeros: '02' is two cells, not one
_FIELD = {
    "before": rf"-|{_NUMBER}",
    "after": rf"-|免费|{_NUMBER}",
    "cut": r"-?(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%|-",
}
_ORDER = ["before", "after", "cut", "before", "after", "cut"]


def _readings(tail: str, start: int = 0, k: int = 0) -> Iterable[tuple[list[str], int]]:
    """Every way to read tail[start:] as the six fields in order (possibly fewer, when
    the text stops), yielding (fields, end)."""
    if k == 6:
        yield [], start
        return
    pattern = re.compile(_FIELD[_ORDER[k]])
    found = False
    for end in range(start + 1, min(len(tail), start + 9) + 1):
        piece = tail[start:end]
        if pattern.fullmatch(piece):
            found = True
            for rest, stop in _readings(tail, end, k + 1):
                yield [piece] + rest, stop
            # dumps merge two empty cells into one '-': let it fill this field and the next
            if piece == "-" and k + 1 < 6 and "-" in _FIELD[_ORDER[k + 1]].split("|"):
                for rest, stop in _readings(tail, end, k + 2):
                    yield [piece, "-"] + rest, stop
    if not found and k == 3:  # the output half may be missing from the dump
        yield [], start


def best_reading(tail: str, previous_date: Optional[str], bounded: bool = False
                 ) -> tuple[Optional[str], list[Optional[str]], float, list[str]]:
    """The most consistent (date, six fields) reading of a flattened row's tail.
    `bounded`: the tail ends where the next row begins, so every character is a value."""
    candidates = []
    m = re.match(r"(20\d\d)/(\d{1,2})/", tail)
    if not m:
        return None, [None] * 6, 0.0, ["no date at the start of the row"]
    for day_len in (2, 1):
        day = tail[m.end():m.end() + day_len]
        if not day.isdigit() or not 1 <= int(day) <= 31:
            continue
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(day):02d}"
        rest = tail[m.end() + day_len:]
        for fields, stop in itertools.islice(_readings(rest), 2000):
            score = 0.0
            fields = fields + [None] * (6 - len(fields))
            for b, a, c in (fields[0:3], fields[3:6]):
                agree = cut_agrees(_num(b), _num(a), _pct(c), c)
                score += {True: 3, False: -3, None: 0}[agree]
                if b and a and _num(b) is not None and _num(a) is not None and _num(a) > _num(b):
                    score -= 2  # a cut, not a rise
                if c and c != "-" and _is_free(a):
                    score -= 1  # 免费 rows print '-' as the cut
                if _num(b) is not None and (a is None or a == "-"):
                    score -= 4  # every row has a current price: a reading without one is worse than a wrong cut
                if c and c != "-" and (b is None or b == "-"):
                    score -= 1.5  # no cut can be printed without an original price
            score -= 0.5 * sum(f is None for f in fields)  # prefer complete rows
            leftover = len(rest[stop:].split("\n")[0][:40])
            score -= (4 if bounded else 0.05) * leftover  # a bounded row's characters are all values
            if previous_date and date < previous_date:
                score -= 1.5  # tables list cuts in date order
            candidates.append((score, date, fields))
    if not candidates:
        return None, [None] * 6, 0.0, ["no reading of the row's values"]
    candidates.sort(key=lambda c: -c[0])
    best = candidates[0]
    warnings = []
    ties = [c for c in candidates[1:] if c[0] == best[0] and (c[1], c[2]) != (best[1], best[2])]
    confidence = 0.9
    if ties:
        confidence = 0.5
        warnings.append(f"ambiguous reading; also possible: {ties[0][1]} {ties[0][2]}")
    if any(f is None for f in best[2]):
        confidence = min(confidence, 0.6)
        warnings.append("some values are missing from the text")
    return best[1], best[2], confidence, warnings


def flat_price_rows(text: str, page: int, entities: list) -> list[dict]:
    """Recover a price-cut table that a web dump flattened into one run of text.

    Rows are cut where the tagger found the next vendor or model name before a date;
    each row's values are read by `best_reading`."""
    rows: list[dict] = []
    for header in re.finditer(r"模型[^。]{0,40}?(?:降价|降價)?时间[^。]{0,80}?降价幅度(?:降价幅度)?", text):
        ph = price_header(header.group(0))
        zone_end = min(len(text), header.end() + 1500)
        dates = list(re.finditer(r"20\d\d/\d{1,2}/\d{1,3}", text[header.end():zone_end]))
        names = sorted(e.start for e in entities if e.label in ("VENDOR", "MODEL")
                       and header.end() <= e.start < zone_end)
        previous = None
        row_starts = []
        for i, d in enumerate(dates):
            lo = header.end() if i == 0 else header.end() + dates[i - 1].end()
            hi = header.end() + d.start()
            inside = [n for n in names if lo <= n < hi]
            row_starts.append(inside[0] if inside else None)
        for i, d in enumerate(dates):
            if row_starts[i] is None:
                continue
            date_at = header.end() + d.start()
            name_text = text[row_starts[i]:date_at]
            vendor, model = names_in(name_text)
            nxt = next((row_starts[j] for j in range(i + 1, len(dates)) if row_starts[j] is not None), None)
            tail = text[date_at:nxt if nxt is not None else min(len(text), date_at + 40)]
            date, fields, confidence, warnings = best_reading(tail, previous, bounded=nxt is not None)
            previous = date or previous
            row = price_row(vendor, model, date, fields, ph, page=page, evidence=(name_text + tail)[:120],
                            source="text", confidence=confidence)
            if warnings:
                row["warnings"] = row.get("warnings", []) + warnings
            rows.append(row)
    return rows


# ----------------------------------------------------------------------------- model specs
def _spec_row(cells: dict, page: int) -> Optional[dict]:
    def pick(*keys):
        for k, v in cells.items():
            if any(key in k for key in keys):
                return v
        return None

    model = pick("GPT各代", "模型名称", "模型") or next(iter(cells.values()), None)
    if not model:
        return None
    return spec_values(model, pick("发布时间", "发布"), pick("训练数据"), pick("模型参数", "参数"),
                       pick("序列长度", "上下文"), pick("输入"), pick("输出"), page=page, source="table")


def spec_values(model, release, training, params, context, inp, out, **extra) -> dict:
    release_value = None
    if release:
        found = q.find_dates(release)
        if found and found[0].value.get("date"):
            release_value = found[0].value["date"][:7]
    params_value = None
    if params and params.strip() not in ("-", ""):
        pc = q.find_param_counts(params.strip() + "参数")
        if pc and not pc[0].value.get("approx"):
            params_value = pc[0].value["count"]
    context_tokens = [int(x) for x in re.findall(r"\d+", context or "")]
    _, canonical = names_in(model) if model else (None, None)
    return {"model": canonical or model, "release": release_value, "training_data": training,
            "params": params_value, "params_text": params, "context_tokens": context_tokens,
            "input_modality": inp, "output_modality": out if out else inp, **extra}


_SPEC_HEADER = re.compile(r"发布时间\s*训练数据\s*模型参数\s*序列长度\s*(?:\(Token\)|（Token）)?\s*输入\s*输出")
_MODALITY = r"(?:文本、图像|文本|图像|多模态|语音|视频|文本、图像、音频)"


def flat_spec_rows(text: str, page: int) -> list[dict]:
    """Recover a 'GPT各代比较'-style table flattened into one run of text."""
    rows = []
    for header in _SPEC_HEADER.finditer(text):
        zone = text[header.end():header.end() + 1200]
        pattern = re.compile(
            rf"(?P<model>[A-Za-z][A-Za-z0-9.\- ]*?)\s*(?P<release>(?:20)?\d\d年\d{{1,2}}月)"
            rf"(?P<data>约?[\d.]+\s*[GTP]B|[百千万]?TB级别|-)"
            rf"(?P<params>[\d.]+亿|[\d.]+万亿|万亿级别|千亿级别|-)"
            rf"(?P<context>\d+(?:/\d+)?)\s*"
            rf"(?P<input>{_MODALITY})(?P<output>{_MODALITY})?")
        pos = 0
        while True:
            m = pattern.match(zone, pos) or None
            if m is None:
                break
            model = m.group("model").strip()
            release = m.group("release")
            if not release.startswith("20") or len(release.split("年")[0]) == 2:
                release = "20" + release if len(release.split("年")[0]) == 2 else release
            rows.append(spec_values(model, release, m.group("data"), m.group("params"), m.group("context"),
                                    m.group("input"), m.group("output"), page=page, source="text",
                                    evidence=m.group(0)))
            pos = m.end()
    return rows


# ----------------------------------------------------------------------------- prose events
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_CUT_WORDS = re.compile(r"降价|降價|降至|降到|调至|調至|下调|下調|降为|降低|低至|下降|便宜|免费|免費|定为|定價|定价|收费|成本为")
_RELEASE_WORDS = re.compile(r"发布|發布|推出|上线|上線|开源|開源|亮相|问世")


def prose_rows(text: str, page: int, entities: list) -> tuple[list[dict], list[dict]]:
    """Dated price changes → api_price_cuts rows; dated releases → model_timeline rows."""
    cuts, timeline = [], []
    ents = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ents]
    last_date = None  # a dated sentence's date carries to the next ones of its paragraph
    for sent in _SENTENCE.finditer(text):
        inside = entities_between(ents, starts, sent.start(), sent.end())
        dates = [e for e in inside if e.label == "DATE" and e.value.get("date")
                 and e.value.get("precision") in ("day", "month")]
        models = [e for e in inside if e.label == "MODEL"]
        if last_date is not None and ("\n" in text[last_date.end:sent.start()] or sent.start() - last_date.end > 300):
            last_date = None
        if dates:
            last_date = dates[0]
        if not models or len(sent.group(0)) > 200 or last_date is None:
            continue  # a 'sentence' that long is a flattened table or chart, not prose
        carried = not dates
        date = last_date
        vendors = [e for e in inside if e.label == "VENDOR"]
        prices = [e for e in inside if e.label == "PRICE" and (e.value.get("per_million_tokens") is not None
                                                               or e.value.get("free"))]
        sentence = sent.group(0).strip()
        if prices and _CUT_WORDS.search(sentence):
            # the model the prices follow, else the first model of the sentence; never the
            # one it is compared with ('比GPT-4-turbo降低了50%')
            subjects = [m for m in models if not re.search(r"(?:比|较|相比|对比|与|和)$", text[max(0, m.start - 2):m.start])]
            launched = [m for m in subjects if m.start < prices[0].start
                        and _RELEASE_WORDS.search(text[max(0, m.start - 6):m.start])]
            model = max(launched or [m for m in subjects if m.start < prices[0].start], key=lambda m: m.start,
                        default=(subjects or models)[0])
            row = _prose_price_row(model, vendors, date, prices, sentence, page)
            if row:
                cuts.append(row)
        if _RELEASE_WORDS.search(sentence) and not carried:
            for m in models:
                if m.start < date.start:
                    continue
                before = text[max(sent.start(), m.start - 12):m.start]
                if _RELEASE_WORDS.search(before) or _RELEASE_WORDS.search(text[m.end:m.end + 4]):
                    if date.value["precision"] != "day":
                        break
                    timeline.append({"model": m.value["name"], "vendor": m.value.get("vendor") or _vendor_of(vendors, m),
                                     "date": date.value["date"], "precision": date.value["precision"],
                                     "event": "release", "page": page, "evidence": sentence, "source": "prose"})
                    break
        for row in cuts[-1:] if prices and _CUT_WORDS.search(sentence) else []:
            timeline.append({"model": row["model"], "vendor": row["vendor"], "date": row["date"],
                             "precision": date.value["precision"], "event": "price_cut", "page": page,
                             "evidence": sentence, "source": "prose"})
    # '今年5月…GPT-4o…5美元' and '5月14日…发布GPT-4o': the month's event is that day's
    releases = {(r["model"], r["date"][:7]): r["date"] for r in timeline if r["event"] == "release"}
    for row in cuts + [r for r in timeline if r["event"] == "price_cut"]:
        if row["date"] and len(row["date"]) == 7 and (row["model"], row["date"]) in releases:
            row["date"] = releases[(row["model"], row["date"])]
            if "precision" in row:
                row["precision"] = "day"
    return cuts, timeline


def _vendor_of(vendors, model) -> Optional[str]:
    before = [v for v in vendors if v.end <= model.start]
    return before[-1].value["name"] if before else None


def _prose_price_row(model, vendors, date, prices, sentence: str, page: int) -> Optional[dict]:
    values: dict[str, Any] = {"vendor": model.value.get("vendor") or _vendor_of(vendors, model),
                              "model": model.value["name"], "date": date.value["date"]}
    for side in ("input", "output"):
        values[f"{side}_price_before"] = values[f"{side}_price_after"] = values[f"{side}_cut_pct"] = None
    currency = next((p.value.get("currency") for p in prices if p.value.get("currency")), None)
    by_side: dict[str, list] = {"input": [], "output": []}
    for p in prices:
        by_side[p.value.get("direction") or "input"].append(p)
    for side, found in by_side.items():
        if not found:
            continue
        amounts = [Decimal(str(p.value["per_million_tokens"])) for p in found]
        if len(found) >= 2:  # 从X降至Y
            values[f"{side}_price_before"], values[f"{side}_price_after"] = q.plain(amounts[0]), q.plain(amounts[-1])
            if amounts[0]:
                values[f"{side}_cut_pct"] = q.plain(((amounts[0] - amounts[-1]) / amounts[0] * 100).quantize(Decimal("0.1")))
        else:
            values[f"{side}_price_after"] = q.plain(amounts[0])
    values.update(currency=currency, per="1M tokens", free_after=any(p.value.get("free") for p in prices),
                  page=page, evidence=sentence, source="prose", confidence=0.8)
    return values


# ----------------------------------------------------------------------------- a document's tables
def type_document(doc: Document) -> None:
    """Type the document's tables and add rows recovered from text and prose."""
    typed: list[Table] = []
    previous: Optional[Table] = None
    for table in doc.tables:
        t = typed_pdf_table(table, previous if _continues(previous, table) else None)
        if t is None:
            typed.append(table)
            previous = None
            continue
        if previous is not None and _continues(previous, table) and not _has_header(table):
            previous.rows.extend(t.rows)  # a table continued from the previous page
            previous.cells.extend(table.cells)
            continue
        typed.append(t)
        previous = t
    doc.tables = typed
    by_page: dict[int, list] = {}
    for e in doc.entities:
        by_page.setdefault(e.page, []).append(e)
    flat_cuts, flat_specs, prose_cuts, timeline = [], [], [], []
    for page in doc.pages:
        ents = by_page.get(page.number, [])
        if doc.source.format != "pdf" or not any(t.kind == "api_price_cuts" for t in doc.tables):
            flat_cuts += flat_price_rows(page.text, page.number, ents)
        if doc.source.format != "pdf" or not any(t.kind == "model_specs" for t in doc.tables):
            flat_specs += flat_spec_rows(page.text, page.number)
        c, tl = prose_rows(page.text, page.number, ents)
        prose_cuts += c
        timeline += tl
    if flat_cuts:
        doc.tables.append(Table(kind="api_price_cuts", page=flat_cuts[0]["page"], columns=PRICE_CUT_COLUMNS,
                                rows=flat_cuts))
    if flat_specs:
        doc.tables.append(Table(kind="model_specs", page=flat_specs[0]["page"], columns=SPEC_COLUMNS, rows=flat_specs))
    if prose_cuts:  # before the tables' own rows: where both state a fact, the table is fuller
        doc.tables.insert(0, Table(kind="api_price_cuts", page=prose_cuts[0]["page"], columns=PRICE_CUT_COLUMNS,
                                   rows=prose_cuts))
    if timeline:
        doc.tables.append(Table(kind="model_timeline", page=timeline[0]["page"], columns=TIMELINE_COLUMNS,
                                rows=_dedupe_timeline(timeline)))
    for t in doc.tables:
        for r in t.rows:
            for w in r.get("warnings", []):
                doc.warn("W009", message("W009", kind=t.kind, model=r.get("model"), reason=w), "tables",
                         r.get("page"), partial=False)


def _dedupe_timeline(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r["model"], r["date"], r["event"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _continues(previous: Optional[Table], table: Table) -> bool:
    """On the next page, with as many columns as the previous table's last row."""
    if previous is None or not table.cells or not previous.cells:
        return False
    return table.page == previous.page + 1 and len(table.cells[0]) == len(previous.cells[-1])


def _has_header(table: Table) -> bool:
    return any(c and re.search(r"模型|原价|现价|发布时间", c) for c in table.cells[0])


# ----------------------------------------------------------------------------- across reports
FACT_KEYS = {"api_price_cuts": ("model", "date"), "model_specs": ("model",), "model_timeline": ("model", "date", "event")}
PROVENANCE = ("page", "evidence", "source", "confidence", "warnings", "doc_id")


def merge(docs: Iterable[dict]) -> dict[str, list[dict]]:
    """All documents' typed rows, one row per fact: `sources` lists every report that
    states it; a value the reports disagree on is kept in `conflicts`, not averaged."""
    merged: dict[str, dict[tuple, dict]] = {k: {} for k in KINDS}
    for doc in docs:
        for table in doc.get("tables", []):
            kind = table.get("kind")
            if kind not in KINDS:
                continue
            for row in table.get("rows", []):
                key = tuple(_squash(row.get(k)) for k in FACT_KEYS[kind])
                if not key[0]:
                    continue
                source = {"doc_id": doc["doc_id"], "page": row.get("page", table.get("page")),
                          "evidence": row.get("evidence"), "how": row.get("source", "table")}
                values = {k: v for k, v in row.items() if k not in PROVENANCE}
                if key not in merged[kind]:
                    merged[kind][key] = {**values, "sources": [source], "conflicts": {}}
                    continue
                target = merged[kind][key]
                if source not in target["sources"]:
                    target["sources"].append(source)
                for k, v in values.items():
                    if v is None:
                        continue
                    if target.get(k) is None:
                        target[k] = v
                    elif not _same(target[k], v):
                        seen = target["conflicts"].setdefault(k, [{"value": target[k], "doc_id": target["sources"][0]["doc_id"]}])
                        if all(s["value"] != v for s in seen):
                            seen.append({"value": v, "doc_id": doc["doc_id"]})
    return {kind: list(rows.values()) for kind, rows in merged.items()}


def _same(a, b) -> bool:
    """Equal, or numbers that agree within the coarser one's printed precision
    (a report's 98% and another's 97.5% are the same cut)."""
    if a == b:
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        coarse = min(q.decimals(repr(a)) if isinstance(a, float) else 0, q.decimals(repr(b)) if isinstance(b, float) else 0)
        return abs(a - b) <= 0.5 * 10 ** -coarse + 1e-9
    return False


def frames(tables_dir="extracted/tables"):
    """The merged tables as pandas DataFrames, for analysts' notebooks."""
    import json
    from pathlib import Path

    import pandas as pd

    out = {}
    for kind in KINDS:
        path = Path(tables_dir) / f"{kind}.json"
        rows = json.loads(path.read_text("utf-8")) if path.exists() else []
        out[kind] = pd.DataFrame(rows)
    return out
