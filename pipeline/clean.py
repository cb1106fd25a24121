"""Text-level cleaning: page furniture, download stamps, fake bold in text dumps.

PDF pages arrive as positioned lines (see `layout`); text files as one string.
Both leave here as one cleaned string per page. Patterns for disclaimers and
download stamps are data (`data/boilerplate.json`), not code.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from . import layout, script, textutil
from .read import highlights, keydata
from . import data_text

BAND = 0.12  # top and bottom share of a page where running headers and footers live


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    raw = json.loads(data_text("boilerplate.json"))
    return {k: [re.compile(p, re.I) for p in v] for k, v in raw.items() if not k.startswith("_")}


# ----------------------------------------------------------------------------- stamps
def remove_stamps(text: str) -> str:
    """Remove download stamps that name a person or an email. They are private to
    whoever downloaded the licensed report and must never reach the database."""
    for pattern in _patterns()["stamps"]:
        text = pattern.sub("", text)
    return text


def is_disclaimer(line: str) -> bool:
    squashed = re.sub(r"\s", "", line)
    if len(squashed) > 60:
        return False
    simplified = script.by_character(squashed)  # a traditional copy's '請務必閲讀' is '请务必阅读'
    return any(p.search(squashed) or p.search(simplified) for p in _patterns()["disclaimers"])


def is_page_number(line: str) -> bool:
    return any(p.fullmatch(line.strip()) for p in _patterns()["page_numbers"])


# ----------------------------------------------------------------------------- PDF pages
def _furniture_key(text: str) -> str:
    """Running headers differ only by page numbers and dates: compare without digits."""
    return re.sub(r"\d+", "#", re.sub(r"\s", "", text))


def clean_pdf_pages(pages) -> tuple[list[str], list[list]]:
    """Positioned lines of every page → cleaned page texts, and the lines kept.

    A line is page furniture when it sits in the top or bottom band and recurs on
    many pages (digits aside), is a bare page number there, or is a short
    disclaimer line that recurs.
    """
    n = len(pages)
    seen: dict[str, set[int]] = {}
    anywhere: dict[str, set[int]] = {}
    for page in pages:
        for line in page.lines:
            key = _furniture_key(line.text)
            anywhere.setdefault(key, set()).add(page.number)
            if _in_band(line, page):
                seen.setdefault(key, set()).add(page.number)
    repeat = max(2, math.ceil(0.3 * n))
    texts, kept_lines = [], []
    for page in pages:
        kept = []
        for line in page.lines:
            key = _furniture_key(line.text)
            in_band = _in_band(line, page)
            if in_band and (len(seen.get(key, ())) >= repeat or is_page_number(line.text)):
                continue
            if is_disclaimer(line.text) and (in_band or len(anywhere.get(key, ())) >= 2):
                continue
            kept.append(line)
        kept_lines.append(kept)
        texts.append(tidy(remove_stamps(join_lines(kept))))
    return texts, kept_lines


def _in_band(line, page) -> bool:
    if not page.height:
        return False
    return line.bottom <= BAND * page.height or line.top >= (1 - BAND) * page.height


_SENTENCE_END = "。！？；：:!?;"
_NEVER_LINE_START = "、，。；：！？）》」』%"


def join_lines(lines) -> str:
    """Lines that wrap mid-sentence are joined; every other line keeps its break.

    A line wraps when it runs to its column's right edge without ending a sentence
    and the next line sits right below it, starting no further right.
    """
    out: list[str] = []
    prev = None
    for line in lines:
        if prev is not None:
            if not _wraps(prev, line, lines):
                out.append("\n")
            elif not (textutil.is_cjk(prev.text[-1]) or textutil.is_cjk(line.text[0])) \
                    and textutil.han_count(prev.text) * 5 < len(prev.text):
                out.append(" ")  # English wraps at spaces; Chinese wraps anywhere, 0.|0005 included
        out.append(line.text)
        prev = line
    return "".join(out)


def _wraps(prev, line, lines) -> bool:
    size = prev.size
    if not prev.text or prev.text[-1] in _SENTENCE_END:
        return False
    if line.text[0] in _NEVER_LINE_START and 0 <= line.top - prev.bottom <= 1.2 * size:
        return True
    # an item's continuation hangs under its text, not under its list marker
    indent = 1.8 * size if prev.text[0] in layout.BULLETS else 0.5 * size
    if not (0 <= line.top - prev.bottom <= 1.2 * size and line.x0 <= prev.x0 + indent
            and line.x1 > prev.x0 and abs(line.size - size) < 0.2 * size and line.font == prev.font):
        return False
    column_right = max(l.x1 for l in lines if abs(l.size - size) < 0.2 * size
                       and (abs(l.x0 - prev.x0) < 3 * size or abs(l.x0 - line.x0) < 0.5 * size))
    return prev.x1 >= column_right - 2.5 * size  # ragged when Latin and Han mix


def tidy(text: str) -> str:
    lines = [textutil.squash_spaces(line) for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# ----------------------------------------------------------------------------- text files
# The web dump's page-chunk markers: a blank line, four spaces, a number and 、
CHUNK_MARKER = re.compile(r"\n\n {4}\d{1,3}、")


# A document-sharing site's preview: the text cut into long numbered chunks, each marker on a
# new line wherever the cut fell, mid-word ('…每股收益(元\n3、)每股收益(元) 0.92…'), the first
# opening the text ('1、 投资评级…')
# (the marker may stand after a blank line: '…总市值(百万元)26,38\n\n2、1.53', a figure cut in two)
_PREVIEW_MARKER = re.compile(r"\n[ \t]*\n?[ \t]*(\d{1,3})、")
# a site's own lines may come first (the report's file name, its size, '下载报告请您先登录'): the first chunk then opens
# a paragraph near the top, and some cut must fall mid-sentence — an author's numbered paragraphs end on a stop
_PREVIEW_OPENING = re.compile(r"(?:^|(?<=\n))[ \t]*1、\s*")
PREVIEW_OPENING_REACH = 800
_CUT_ON_A_STOP = re.compile(f"[{_SENTENCE_END}）)]\\s*$")
# a chunk is far longer than a numbered list's item ('要点：\n1、价格下降\n2、调用量上升')
PREVIEW_CHUNK_CHARS = 150


def remove_chunk_markers(text: str) -> str:
    text = CHUNK_MARKER.sub("", text)
    opening = re.match(r"\s*1、\s*", text)
    at_start = opening is not None
    if not at_start:
        opening = _PREVIEW_OPENING.search(text, 0, PREVIEW_OPENING_REACH)
    if not opening:
        return text
    markers, expected, last = [], 2, opening.end()
    for m in _PREVIEW_MARKER.finditer(text, opening.end()):
        if int(m.group(1)) != expected or m.start() - last < PREVIEW_CHUNK_CHARS:
            break
        markers.append(m)
        expected, last = expected + 1, m.end()
    if len(markers) < (2 if at_start else 1):
        return text
    if not at_start and all(_CUT_ON_A_STOP.search(text, 0, m.start()) for m in markers):
        return text  # every cut on a stop: an author's numbered paragraphs, not a preview's chunks
    starts = [opening.end()] + [m.end() for m in markers[:-1]]
    if not at_start and any("\n" in text[a:m.start()] for a, m in zip(starts, markers)):
        return text  # a chunk of several lines: a numbered section ('1、主营业务构成' over its table), not a preview's
    out, at = [text[:opening.start()]], opening.end()
    for m in markers:
        out.append(text[at:m.start()])
        at = m.end()
    return "".join(out) + text[at:]


# A text file's page ends at a form feed, or — a web dump or a book in one file has none —
# at the last paragraph break before TEXT_PAGE_CHARS: a page is what search hits and
# entities point into, and what every later stage holds at once, so it must be bounded.
TEXT_PAGE_CHARS = 100_000


def clean_text_pages(text: str) -> list[str]:
    """A text file → cleaned page texts (form feeds separate pages)."""
    return list(cleaned_pages(text_pages([text])))


def text_pages(chunks: Iterable[str], limit: int = TEXT_PAGE_CHARS) -> Iterator[str]:
    """Decoded text, in chunks of any size → raw page texts: line breaks made \\n, pages cut
    at form feeds and at most `limit` characters long. Holds about one chunk at a time."""
    buf = ""
    carry = ""  # a chunk ending in \r: its \n may open the next chunk
    for chunk in chunks:
        chunk = carry + chunk
        carry = "\r" if chunk.endswith("\r") else ""
        if carry:
            chunk = chunk[:-1]
        buf += chunk.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
        start = 0
        while True:
            feed = buf.find("\f", start, start + limit + 1)
            if feed >= 0:
                yield buf[start:feed]
                start = feed + 1
            elif len(buf) - start > limit:
                cut = _page_cut(buf, start, limit)
                yield buf[start:cut]
                start = cut
            else:
                break
        buf = buf[start:]
    buf += "\n" if carry else ""
    while len(buf) > limit:
        cut = _page_cut(buf, 0, limit)
        yield buf[:cut]
        buf = buf[cut:]
    yield buf


def _page_cut(buf: str, start: int, limit: int) -> int:
    """Where a page too long for one ends: after its last paragraph break, else its last
    line break, else (one endless line) before the word or number the limit falls in —
    or, for a run longer than half a page (100,000 digits), after it, at twice the limit
    at the latest: a run cut in two would read as two numbers."""
    for mark in ("\n\n", "\n"):
        at = buf.rfind(mark, start + limit // 2, start + limit)
        if at >= 0:
            return at + len(mark)
    end = cut = start + limit
    while cut > start + limit // 2 and _in_word(buf[cut - 1]) and _in_word(buf[cut]):
        cut -= 1
    if cut > start + limit // 2:
        return cut
    while end < min(len(buf), start + 2 * limit) and _in_word(buf[end]):
        end += 1
    return end


def _in_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".,_-%")


def cleaned_pages(pages: Iterable[str]) -> Iterator[str]:
    """Raw page texts → cleaned ones; empty pages at the end of the file are dropped."""
    empty = 0  # pending empty pages: kept only if a page with text follows
    first = True
    edges: set[str] = set()  # the lines earlier pages began or ended with: a running header or footer
    for page in pages:
        page, edges = unglued_furniture(page, edges)
        page = clean_text_page(page)
        if not page and not first:
            empty += 1
            continue
        yield from [""] * empty
        empty = 0
        first = False
        yield page


EDGE_LINES = 3       # lines at each end of a page where a running header or footer stands
MIN_FURNITURE = 8    # characters a page's edge line needs to be cut off another line's end


def unglued_furniture(page: str, edges: set[str]) -> tuple[str, set[str]]:
    """A text layer's page with a running header an earlier page began or ended with cut off the end
    of a line it was glued to ('…116.8公司研究 | 點評報告 明德證券': PDFium writes the header drawn after a
    page's first line onto that line), and the edge lines known after this page. Only a line of
    eight characters or more with no digit (no page number, no date) that reads as a broker's running
    header is taken for furniture."""
    lines = page.split("\n")
    filled = [line.strip() for line in lines if line.strip()]  # (this page's edges, before any cut)
    for n, line in enumerate(lines):
        text = line.rstrip()
        for edge in edges:
            if len(text) > len(edge) and text.endswith(edge):
                lines[n] = text[:-len(edge)]
                break
    found = {line for line in filled[:EDGE_LINES] + filled[-EDGE_LINES:]
             if len(line) >= MIN_FURNITURE and not any(ch.isdigit() for ch in line)
             and _RUNNING_HEADER.search(script.by_character(line))}
    return "\n".join(lines), edges | found


# what a broker's running header says ('公司研究 | 点评报告 示例证券'): a long text's parts have edge lines too,
# and a sentence at one is no furniture
_RUNNING_HEADER = re.compile(r"[|｜]|证券|研究|报告|点评|Research", re.I)


# a date or a year a PDF's text layer spaced out ('24 年PE', '2020 年 09 月 07 日', '1-3 季度'): one word again
# (not a month before the next column's year: '2025 年 7-9 月 2025 年 1-9 月' is two headers)
_SPACED_DATE = re.compile(r"(?<=\d)[ \t]+(?=[年月日]|季度)|(?<=\d[年月])[ \t]+(?=\d)(?!(?:19|20)\d\d[ \t]*年)")


# a minus a summary spaced from its figure inside a list or after 为/约 ('同比增长分别为 - 5.0%、16.1%',
# '、 - 32.35%', '约 - 0.8亿元') or a change's words ('同比 - 8.61%', '同比增长 - 5.49%', '同比变动 - 10.31%',
# '增速 - 3%'): the figure's sign again (a bullet ' - ' follows a bracket or a line's start)
_SPACED_MINUS = re.compile(r"(?:(?<=[为约、/,，(（])|(?<=[同环占]比)|(?<=增长|变动|增速|增幅))[ \t]*-[ \t]+(?=\d)")

# words a justified line spaced out letter by letter, as a text layer keeps them ('2025/2026/2027年
# 归 母 净 利 润 为 32.8'): three or more Han characters each a word of its own are one word again
# (two are left: a table's one-character cells stand that way)
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \t][\u4e00-\u9fff](?![\u4e00-\u9fff])){2,}")


def join_letter_spaced(page: str) -> str:
    return _LETTER_SPACED.sub(lambda m: re.sub(r"[ \t]", "", m.group(0)), page)


# A text a converter wrote from a PDF breaks its prose where the page's lines ended ('对应EPS分\n
# 别为5.43、0.16元'): a prose line as wide as the page's widest, ending no sentence, followed by
# more prose or a sentence's end (not a byline, a heading, a table), goes on in the next line —
# as the PDF reader joins a paragraph's lines
_LINE_ENDS_SENTENCE = re.compile(f"[{_SENTENCE_END}」』”\"）)\\]】]\\s*$")  # a sentence's end, or a closing mark after it
_OPENS_ITEM = re.compile(r"^\s*(?:[◼◆■□●•▪►▶❖➢√✓\-–—*#>|]|(?:图|表|资料来源|数据来源|来源|注)\s*[\d:：]|\d+[、.)）]\D|[（(]?[一二三四五六七八九十]+[、)）])")
# a word led by a figure ('60.0港仙', '+33%', '(1,234)'): a line of them is a table's row
_FIGURE_WORD = re.compile(r"(?:^|(?<=\s))[-−+(]?\d")
TABLE_ROW_FIGURES = 3
# a table's cell borders: Markdown's '|', a box's drawing characters, tabs
_CELL_MARK = re.compile(r"[|\t\u2500-\u257f]")
WRAP_CJK = 12          # a prose line has at least this many Han characters
WRAP_WIDTH_SHARE = 0.85  # and is at least this share of the page's widest prose line
WRAP_MAX_CHARS = 150  # a printed line is never longer: a page with longer prose lines sets a paragraph a line


def _row_of_figures(line: str) -> bool:
    """Three words or more led by figures, and a third of the line's words at least (a paragraph
    run onto one line has figures among many words)."""
    figures = len(_FIGURE_WORD.findall(line))
    return figures >= TABLE_ROW_FIGURES and figures * 3 >= len(line.split())


def _prose(line: str) -> bool:
    """A line of sentences: Han characters enough, no table's cells (figures in a row, '|', tabs)."""
    return textutil.han_count(line) >= WRAP_CJK and not _row_of_figures(line) and not _CELL_MARK.search(line)


# a copy that double-spaced its lines: a line, one blank line, a line (its paragraphs apart by more)
_ONE_BLANK = re.compile(r"(?<=[^\n])\n[ \t\u3000]*\n(?=[^\n])")
_LINE_GAPS = re.compile(r"(?<=[^\n])\n(?:[ \t\u3000]*\n)*(?=[^\n])")
DOUBLE_SPACED_SHARE = 0.7  # of a page's gaps between lines, one blank line each: a double-spaced copy
DOUBLE_SPACED_GAPS = 4


def single_spaced(page: str) -> str:
    """A double-spaced copy's lines one a line again ('…發布２０２５\n\n年半年度報告，…'): each gap of one blank
    line made a line break, wider gaps (its paragraphs) kept; any other page as it is."""
    gaps = _LINE_GAPS.findall(page)
    ones = _ONE_BLANK.findall(page)
    if len(ones) < DOUBLE_SPACED_GAPS or len(ones) < DOUBLE_SPACED_SHARE * len(gaps):
        return page
    return _ONE_BLANK.sub("\n", page)


# a web page's emphasis set on lines of its own ('公司三季度\n总营业成本(total_cogs)达53.33亿元\n,占总收入的比例…'):
# a line that opens on a comma or a close, or one that follows a comma, goes on the sentence before it; so does a
# bracket opening a line right after a figure ('…同比增长18%\n(从2024年三季度的38亿元升至…)') — never a numbered
# heading ('(一)成本端压力'), a table's unit under its header ('环比变动\n(人民币百万元)'), nor a table's row ('|')
_GOES_ON = re.compile(r"[ \t\u3000]*[，,、；;。）)]")
_ENDS_ON_A_COMMA = re.compile(r"[，,、][ \t\u3000]*$")
_OPENS_AN_ASIDE = re.compile(r"[ \t\u3000]*[（(](?![一二三四五六七八九十\d]{1,3}[)）])")
_ENDS_ON_A_FIGURE = re.compile(r"\d[%％]?[ \t\u3000]*$")
# (and a figure set on a line of its own after the word that states it: '净利润率(归属母公司股东)约\n11.01%\n(14.18亿元/…)')
_ENDS_EXPECTING_A_FIGURE = re.compile(r"(?:约|为|达|达到|至|是|约为)[ \t\u3000]*$")
_OPENS_ON_A_FIGURE = re.compile(r"[ \t\u3000]*[-+−]?\d")
# (or a change's percent after its verb: '总营收66.03亿元,同比增长\n12.3%\n(基于…)' — a percent, so no heading that
# ends on a verb runs into a line opening on a year)
_ENDS_EXPECTING_A_CHANGE = re.compile(r"(?:增长|下降|下滑|下跌|上升|提升|增加|减少|回落|变动|变化)[ \t\u3000]*$")
_OPENS_ON_A_PERCENT = re.compile(r"[ \t\u3000]*[-+−]?\d+(?:\.\d+)?[ \t\u3000]*[%％]")


def join_broken_lines(page: str) -> str:
    """A page with each sentence its emphasis broke onto lines of its own set on one line again (see above)."""
    lines = page.split("\n")
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and textutil.han_count(out[-1]) and "|" not in out[-1] + line and (
                _GOES_ON.match(line) or _ENDS_ON_A_COMMA.search(out[-1])
                or (_ENDS_EXPECTING_A_FIGURE.search(out[-1]) and _OPENS_ON_A_FIGURE.match(line))
                or (_ENDS_EXPECTING_A_CHANGE.search(out[-1]) and _OPENS_ON_A_PERCENT.match(line))
                or (_OPENS_AN_ASIDE.match(line) and _ENDS_ON_A_FIGURE.search(out[-1]) and textutil.han_count(line))):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def unwrap_prose(page: str) -> str:
    # (a double-spaced copy's gaps count as line breaks only where its lines are wrapped at all)
    lines = single_spaced(page).split("\n")
    widths = [len(line.strip()) for line in lines if _prose(line)]
    if not widths or max(widths) > WRAP_MAX_CHARS:  # a paragraph a line: nothing was wrapped
        return page
    widest = max(widths)
    if sum(w >= WRAP_WIDTH_SHARE * widest for w in widths) < 2:  # one full line is a title, not a page's measure
        return page
    out = []
    for n, line in enumerate(lines):
        after = lines[n + 1] if n + 1 < len(lines) else ""
        joins = (_prose(line) and len(line.strip()) >= WRAP_WIDTH_SHARE * widest and not _LINE_ENDS_SENTENCE.search(line)
                 and after.strip() and after[:1].strip() and not _OPENS_ITEM.match(after) and not _row_of_figures(after)
                 and not _CELL_MARK.search(after) and (_prose(after) or _LINE_ENDS_SENTENCE.search(after)))
        out.append(line.rstrip() + ("" if joins else "\n"))
    return "".join(out)[:-1] if out else page


# a copy that turned every decimal point into a full stop ('同比下降0。5。其中…'): with several such and no
# decimal point at all on the page, the stop between a figure and one or two digits is the point
_LOST_POINT = re.compile(r"(?<=\d)。(?=\d{1,2}(?![\d年月日号—\-]))")
_DECIMAL = re.compile(r"\d\.\d")
LOST_POINTS = 3
# (or a space: '营收1513 72亿元 同比下降7 28%' — only between a whole number and one or two digits a unit,
# a percent or a list's separator follows, so no '25Q3 25%' and no spaced words or dates)
_LOST_POINT_SPACE = re.compile(r"(?<![A-Za-z\d.,])(\d+) (\d{1,2})(?=\s*(?:%|[万亿千百]|元|倍|个百分点|pct|bp|/|、|万吨))")


# and a span of months that lost its dash: '110月份' is 1—10月份, '19月' 1—9月 (no month is past 12;
# '12月' is December, whatever '1—2月' lost)
_LOST_DASH = re.compile(r"(?<![\d.])1(1[0-2]|[3-9])(?=\s*月)")


def restore_lost_points(page: str) -> str:
    """The page with its decimal points back where a copy made them full stops or spaces (see
    _LOST_POINT, _LOST_POINT_SPACE: one character for one, so offsets hold), and its spans of
    months their dashes ('110月份' → '1—10月份')."""
    page = _LOST_DASH.sub(r"1—\1", page)
    if _DECIMAL.search(page):
        return page
    if len(_LOST_POINT.findall(page)) >= LOST_POINTS:
        page = _LOST_POINT.sub(".", page)
    if len(_LOST_POINT_SPACE.findall(page)) >= LOST_POINTS:
        page = _LOST_POINT_SPACE.sub(r"\1.\2", page)
    return page


def clean_text_page(page: str) -> str:
    page = restore_lost_points(page)
    page = _SPACED_DATE.sub("", _SPACED_DATE.sub("", remove_chunk_markers(page)))  # twice: '2020 年 09 月 07 日'
    page = join_letter_spaced(page)
    page = _SPACED_MINUS.sub("-", page)
    page = untangle_template_markers(page)
    page = plain_math(page)
    page = drop_ruby_pinyin(page)
    page = drop_glyph_runs(page)
    page = drop_footnote_marks(page)
    # (a periodic report's key-data table a copy flattened: its rows back, before its header's words and its
    # cells, twice in a row by right — '本报告期本报告期比…', '不适用不适用' — pass for a fake bold)
    page = keydata.unflatten(page)
    page = highlights.unflatten(page)  # (a Hong Kong announcement's 財務摘要, flattened alike)
    if has_fake_bold(page):  # only dumps that show its signs; it costs a pass per character
        page = undouble(page)
    page = "\n".join(line for line in page.split("\n") if not is_disclaimer(line) or len(line.strip()) > 60)
    # lines joined only once a page's furniture is gone: a footer is no sentence's first half
    return tidy(unwrap_prose(join_broken_lines(remove_stamps(page))))


# ----------------------------------------------------------------------------- template markers in text
# a report template's field marker ('[Table_Summary]') drawn over the words it names reaches a
# converter's text letter by letter among them: '[事Ta件ble：_S公u司mm近ar日y]' is '事件：公司近日'
# under '[Table_Summary]' (the closing bracket may be lost at a line's end)
_MARKER_SPAN = re.compile(r"\[([^\[\]\n]{1,120}?)(?:\]|(?=\n)|$)")
_MARKER_NAME = re.compile(r"[A-Z][a-z]+_[A-Za-z0-9_]*")


def untangle_template_markers(page: str) -> str:
    """A page with each template marker taken out of the words it was drawn over."""
    if "_" not in page:
        return page

    def words(m: re.Match) -> str:
        inner = m.group(1)
        letters = "".join(ch for ch in inner if ch.isascii() and (ch.isalnum() or ch == "_"))
        if not _MARKER_NAME.fullmatch(letters) or (inner.isascii() and not letters.startswith("Table_")):
            return m.group(0)  # an identifier in brackets ('[Agent_Name]') with no words under it is text
        return "".join(ch for ch in inner if not (ch.isascii() and (ch.isalnum() or ch == "_")))

    return _BARE_MARKER.sub("", _MARKER_SPAN.sub(words, page))


# a template's field marker printed bare among the text ('主要观点:Table_Summary 公司发布…', '[Table_EPS]')
_BARE_MARKER = re.compile(r"\[?(?<![A-Za-z0-9_])Table_[A-Za-z0-9_]+\]?")


# ----------------------------------------------------------------------------- ruby pinyin
# a page scraped with its ruby annotations flattens each into brackets after its character:
# '營業(yè)收入' is 營業收入 with 業's reading. Pinyin with a tone mark after a CJK character is
# such a reading (a bracketed English word has no tone marks).
_RUBY_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)[)）]")


# (some scrapes drop the tone marks: '據(ju)…廣東省(sheng)(sheng)常(chang)(chang)住(zhu)人口(kou)(kou)'; a syllable so written could be an
# English word's start, so it is read as a reading only on a page holding many)
_TONELESS_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff)）])[(（]((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                              r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|"
                              r"a|o|e|i|u|v|ü))[)）]")
TONELESS_READINGS = 5  # a page with this many bracketed toneless syllables after characters was scraped with its readings


def drop_ruby_pinyin(page: str) -> str:
    """A page without the pinyin readings a scrape flattened into it ('營業(yè)收入' → '營業收入', and without tone marks
    where the page holds many: '人口(kou)(kou)' → '人口')."""
    if "(" not in page and "（" not in page:
        return page
    page = _RUBY_PINYIN.sub("", page)
    if len(_TONELESS_PINYIN.findall(page)) >= TONELESS_READINGS:
        page = _TONELESS_PINYIN.sub("", page)
    return page


# ----------------------------------------------------------------------------- spam glyphs
# a scraped copy sown with a run of decorative symbols after each clause ('…增长2.17%◈✿✿★;专任教师…'):
# geometric shapes, stars, dingbats — not box drawing, a table's cell marks. A run inside a line that
# recurs on the page is the copier's, not the author's (a bullet opens a line; a star rating stands once).
_GLYPH_RUN = re.compile(r"(?<=\S)[\u2580-\u27bf\u2b00-\u2bff\ufe0f]{2,}")
GLYPH_RUN_REPEATS = 3  # times a run recurs on a page before it is taken for sown symbols


def drop_glyph_runs(page: str) -> str:
    """A page without the runs of decorative symbols a scrape sowed in its sentences."""
    sown = {run for run, n in Counter(_GLYPH_RUN.findall(page)).items() if n >= GLYPH_RUN_REPEATS}
    return _GLYPH_RUN.sub(lambda m: "" if m.group(0) in sown else m.group(0), page) if sown else page


# ----------------------------------------------------------------------------- footnote marks
# a statistical bulletin's footnote mark glued between a name and its figure or its next word ('普惠性幼儿园[3]24.47
# 万所', '义务教育阶段[8]招生'): a pointer to a note, not a word of the sentence — left in, it reads as a break (a
# digest's '[1]' source mark opens an item after a space or a stop, and stays)
_FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])\[\d{1,2}\](?=[\u4e00-\u9fff\d])")


def drop_footnote_marks(page: str) -> str:
    """A page without the footnote marks glued inside its sentences."""
    return _FOOTNOTE_MARK.sub("", page) if "[" in page else page


# ----------------------------------------------------------------------------- inline math
# PDF-to-Markdown converters (MinerU) write a figure they took for a formula as inline
# LaTeX: '$\\mathrm{YoY+}21.03\\%$', '$31.73\\%$', '$+18\\%/+24\\%$', '$1.27\\mathrm{pct}$'. A page
# with one such span (a LaTeX command between dollars) is converter output, and then each
# short span of it is written back as the plain text it was printed as.
_MATH_SPAN = re.compile(r" ?\$([^$\n]{1,80}?)\$ ?")
_LATEX_COMMAND = re.compile(r"\$[^$\n]*\\[A-Za-z%]")
_LATEX_WRAPPERS = re.compile(r"\\(?:mathrm|mathbf|mathit|text|textbf|textrm|boldsymbol|operatorname)\s*")
_LATEX_SYMBOLS = {"\\%": "%", "\\times": "×", "\\ast": "*", "\\sim": "~", "\\pm": "±", "\\cdot": "·",
                  "\\$": "$", "\\approx": "≈", "\\leq": "≤", "\\geq": "≥", "\\le": "≤", "\\ge": "≥",
                  "\\,": "", "\\;": "", "\\!": "", "\\ ": ""}


def plain_math(page: str) -> str:
    """A converter's inline LaTeX on a page as plain text ('$\\mathrm{YoY+}21.03\\%$' →
    'YoY+21.03%'); a page with no LaTeX command between dollars is left as it is (its '$'
    are dollars)."""
    if "$" not in page or not _LATEX_COMMAND.search(page):
        return page

    def plain(m: re.Match) -> str:
        inner = m.group(1)
        if any(textutil.is_cjk(ch) for ch in inner):
            return m.group(0)
        inner = _LATEX_WRAPPERS.sub("", inner)
        for command, text in _LATEX_SYMBOLS.items():
            inner = inner.replace(command, text)
        inner = re.sub(r"_(?=\w)|\^(?=\w)", "", inner.replace("{", "").replace("}", ""))
        return inner.strip()

    return _MATH_SPAN.sub(plain, page)


# ----------------------------------------------------------------------------- fake bold in text
MAX_UNIT = 40


def _double_at(text: str, j: int) -> Optional[tuple[int, int]]:
    """The longest run starting at j that is immediately repeated (optionally after
    one space): (length, separator length) or None."""
    first = text[j]
    if first in "\n ":
        return None
    limit = min(MAX_UNIT, (len(text) - j) // 2)
    best = None
    k = j + 1
    while True:
        k = text.find(first, k, j + limit + 2)
        if k < 0:
            break
        length = k - j
        for sep in (0, 1):
            if sep and text[k - 1] != " ":
                continue
            unit_len = length - sep
            if unit_len <= 0 or unit_len > limit:
                continue
            unit = text[j:j + unit_len]
            if "\n" not in unit and text.startswith(unit, k):
                best = (unit_len, sep)
        k += 1
    return best


_CELLS = re.compile(r"\d[-/%]?[\u4e00-\u9fff]|[\u4e00-\u9fff][-/%]?\d")


def _looks_fake_bold(units: list[str]) -> bool:
    distinct = set(units)
    if any(_CELLS.search(u) for u in units):
        return False  # '8免费-8免费-' is a row's cells repeating, not a run drawn twice
    if all(not any(ch.isalpha() for ch in u) for u in units):
        return False  # 1111, 14141414, S1060517070006: numbers repeat in tables and codes
    if all(len(u) == 1 for u in units):
        # 高高兴兴 and 哈哈 are words; 公公司司简简介介 is a doubled heading
        return len(distinct) >= 3
    if len(distinct) >= 2:
        return True
    unit = units[0]
    if len(set(unit)) == 1:
        return False
    # (three Chinese characters twice is a word drawn twice: '增长率增长率'; two may be a word, 文本文本)
    return len(unit) >= 4 or (len(unit) == 3 and all(textutil.is_cjk(c) for c in unit)) \
        or (len(unit) >= 2 and unit.isascii() and unit.isalpha())


def _bridge(ch: str) -> bool:
    """Punctuation drawn once between doubled runs, as in 'GPTGPT-3 3.5 5'."""
    return not ch.isalnum() and not textutil.is_cjk(ch) and ch not in " \n"


_DOUBLED_WORD = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def has_fake_bold(text: str, at_least: int = 3) -> bool:
    """A dump with fake bold repeats short Chinese words back to back again and again
    (核心摘要核心摘要, 风险提示风险提示); ordinary text almost never does."""
    found = 0
    for _ in _DOUBLED_WORD.finditer(text):
        found += 1
        if found >= at_least:
            return True
    return False


def undouble(text: str) -> str:
    """Undo fake bold in text dumps of PDFs: 'AIAI系列系列' → 'AI系列',
    '20242024年年8 8月月' → '2024年8月', leaving 哈哈, 谢谢, 1111 and 文本文本 alone."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        units, pieces, j = [], [], i
        while j < n:
            found = _double_at(text, j)
            if not found and units and j + 1 < n and _bridge(text[j]):
                found = _double_at(text, j + 1)
                if found:
                    pieces.append(text[j])
                    j += 1
            if not found:
                break
            length, sep = found
            units.append(text[j:j + length])
            pieces.append(text[j:j + length])
            j += 2 * length + sep
        # a doubled run starts at a run boundary: "inin" inside "training" is not one
        inside_word = i > 0 and units and text[i].isascii() and text[i].isalnum() \
            and text[i - 1].isascii() and text[i - 1].isalnum()
        if units and not inside_word and _looks_fake_bold(units):
            out.append("".join(pieces))
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# ----------------------------------------------------------------------------- table cells
def cell_text(cell: Optional[str]) -> Optional[str]:
    if cell is None:
        return None
    parts = [p.strip() for p in cell.split("\n") if p.strip()]
    out = ""
    for p in parts:
        if out and not (textutil.is_cjk(out[-1]) or textutil.is_cjk(p[0])):
            out += " "
        out += p
    return remove_stamps(out)


def column_names(header: Iterable[Optional[str]]) -> list[str]:
    names: list[str] = []
    for i, cell in enumerate(header):
        name = (cell or "").strip() or f"col{i + 1}"
        base, k = name, 2
        while name in names:
            name, k = f"{base}_{k}", k + 1
        names.append(name)
    return names


def rows_as_dicts(cells: list[list[Optional[str]]]) -> list[dict]:
    if not cells:
        return []
    columns = column_names(cells[0])
    return [dict(zip(columns, row)) for row in cells[1:]]
