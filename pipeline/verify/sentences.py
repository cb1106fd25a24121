"""The words and figures of prose every family reads sentences with: a page's sentences (a
line a PDF wrapped joined to the next), a figure as prose prints it, money units, the words of
a rise and a fall, points of a ratio, a year, a bullet, the names of line items and ratios a
sentence may use. Families find their own claims in these sentences; what a claim means is
theirs (results reads a company's line items, target a price target, …), so that no family
reaches into another's module for the words they share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..calc import Printed
from ..document import Document
from .checks import line_items

# a figure as prose prints it, signed or not, its thousands separated or not: '-3.5', '+21.9', '1,234.5'
SIGNED_NUM = r"(?:[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?)"
# a year (the period phrases sentences name, '2025-2027年', '25Q3', '上半年', are read by periods.PERIOD_PHRASE)
YEAR = r"(?:19|20)\d\d"
# summaries drop the currency word ('营收51.3亿'): a scale word with no other unit after it is yuan
# (a bare 亿 or 万 is money only before no other word, 亿股 or 万吨 being none: before 同比 or 环比 it is
# '扣非归母净利26.3亿环比增9%')
MONEY_UNIT = r"(?:(?:万亿|兆|亿|千万|百万|万|千)?(?:元人民币|元|美元|港元|港币)|(?:万亿|亿|千万|百万|万)人民币|(?:万亿|亿|万)(?=同比|环比|[^\u4e00-\u9fffA-Za-z]|$))"
# an amount of money in yuan as prose prints it: '161.1 亿元', '33.3 亿' (a bare scale is of yuan), '76.4亿'
MONEY_AMOUNT = r"(?P<num>-?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:万亿|亿|千万|百万|万)元?|元)"
# the currency a release may name before its figure ('总销售约RMB235.8亿元', '人民币3.2亿元'), read past
CURRENCY_BEFORE = r"(?:人民币|RMB|CNY)?\s*"
# a short name a release gives the words before it, in brackets ('比上年同期(简称"同比")增加47.79亿元'), read past
SHORT_NAME_ASIDE = r"(?:[(（](?:以下)?简称[^()（）]{1,8}[)）])?"
# the verbs of a forecast revised ('上调至', '下修为')
REVISION_VERBS = "上调|下调|调整|上修|下修|调升|调降|调高|调低"
# a summary's bullet: ' - '
# (a dash between spaces is no bullet between two numbers, a range: '2024 - 2026年', '1 - 3月'; a minus sign spaced
# from its figure, '同比增长 - 5.49%', clean.clean_text_page has joined to it)
BULLET = r"(?:(?<!\d)\s[-–—•·]\s|\s[-–—•·]\s(?!\d))"
# where a digest's item ends: its next bullet, or its reference mark ('…同比增长0.7% [1] - 股东应占利润…')
DIGEST_BREAK = rf"{BULLET}|\[\d+\]"
# a change's units: percent, or points of a ratio
# (a basis point, 基点 or 点子 in Hong Kong, is a hundredth of a point: '毛利率提高650个点子至31.4%')
# ('提升0.73个pct', '同环比-0.7PP/-0.8PP' as brokers write them too)
POINT_WORDS = r"个?百分点|(?:个\s?)?(?:pcts?|PCTS?)|ppts?|pp|PP|bps?|BP|个基点|基点|个点子"
POINTS = rf"%|{POINT_WORDS}"
# the words of a rise and of a fall (升 and 跌 alone, as Hong Kong brokers write them: '按年升21.9%', '同比跌5%')
UP = "增长|上升|提升|增加|上涨|改善|扩大|提高|多增|升|\\+|＋"
# (and the press's words for a shrinking figure: '营收同比缩水12.88%', '归母净利润直接跌去31.49%')
DOWN = "下降|下滑|减少|降低|回落|收窄|下跌|缩水|跌去|少增|跌|-|−|－"
# a change said with its pace, up or down ('环比飙升37.13%', '同比暴增272.54%-287.34%', '骤降至')
# a move's two-character verb, which a wrapped line may split ('增 加28.3%', '下 降'): up or down by its first character
WRAPPED_MOVE = r"[增减上下提降涨跌]\s?[长加升涨高降跌少低]"
SHARP_UP = "飙升|暴增|激增|跃升|猛增|大增|暴涨|大涨|猛涨"
SHARP_DOWN = "骤降|暴降|锐减|大降|暴跌|大跌|骤跌|暴减"
# the earlier periods a figure's own is listed beside ('上一季度和去年同期分别为…'): the quarter before, the year
# before (a word holding 年)
PERIODS_BEFORE = r"上一?个?季度|上季|去年同期|上年同期"
# both changes at once: '同比/环比分别增长21.5%/3.5%', '同比、环比分别+21.5%、+3.5%', '同/环比+21.5%/+3.5%', '同环比+28.06%/+10.39%'
# (the direction may be one character, as digests write it: '同环比增7%和13%', '同环比降3.4和0.8个百分点')
CHANGE_PAIR = re.compile(rf"同(?:比)?\s*(?:[/、和及与]\s*)?环比\s*(?:分别)?\s*(?P<dir>{UP}|{DOWN}|增|降|减)?\s*(?:为|达到?)?\s*"
                         rf"(?P<n1>[-+−]?\d+(?:\.\d+)?)\s*(?:{POINTS})?\s*[/、和及与,，]\s*(?P<dir2>{UP}|{DOWN}|增|降|减)?\s*"
                         rf"(?P<n2>[-+−]?\d+(?:\.\d+)?)\s*(?P<unit>{POINTS})")
# an operator right before a figure (on this line or the one before): the figure is the tail of a longer expression
# ('3×175e9×512×2.8e8×300 / 1024 ≈ …' is no 300 ÷ 1024; '√1.094 − 1' no 1.094 − 1)
OPERATOR_BEFORE = re.compile(r"[×*÷/+＋−－\-^√]\s*$")
# what looks like a year or a quarter, read as a period or not: '2024', '25Q1', 'Q4', '1H25'
# (a span of years counted is one too: '近10年中位数', '连续12年', '过去5年')
# (a count or an amount is no year: '直营门店2099家', '2019万元')
PERIOD_LIKE = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])(?!\s*(?:家|个|人|名|辆|台|件|吨|股|元|万|亿|千|百|只|款|项|条|座|户|次|位|套|张|份|%|％))|\d\s*[QH]\s*\d|(?<![A-Za-z])[QH][1-4](?!\d)|[一二三四]季度|[上下]半年|全年|前三季"
                         r"|(?:近|连续|过去|最近)\s*\d{1,2}\s*年")


def figure_of(num: str) -> Printed:
    """A figure as printed ('+21.9', '−3.5'), good to its printed precision."""
    return Printed.of(num.replace("−", "-").replace("+", ""))


# a move's verb right before an amount ('…364.88亿元净增26.23亿元', '较上年同期减少约31.47亿元'): the amount is the
# change, not a level of any period (with 同比 before it, '同比增加7.00亿元', a family reads it as the change it is)
# a budget's receipts and spending move by their own words: '比上年同期增收12543.83亿元', '减支'
BUDGET_UP, BUDGET_DOWN = "增收|增支", "减收|减支"
MOVED_BY = re.compile(rf"(?:净增|净减|增加|减少|上升|下降|增长|下滑|提升|降低|多增|少增|{BUDGET_UP}|{BUDGET_DOWN})\s*(?:了)?\s*(?:约)?\s*(?:人民币)?\s*$")

MOVED_REACH = 12  # how far before a figure its move's words may start ('比上年末净增', '减少了约人民币')


def moved_before(text: str, at: int) -> bool:
    """Whether the figure at `at` is a change in amount by the words right before it (`MOVED_BY`)."""
    return MOVED_BY.search(text, max(0, at - MOVED_REACH), at) is not None


def loosely(*words: str) -> str:
    """A pattern of any of `words` that a space or a line break inside a word does not stop, as a text copied from a PDF
    keeps them ('市场 价值', '新增注 册资本'): the alternatives joined by |, for a group."""
    return "|".join(r"\s?".join(re.escape(ch) for ch in word) for word in words)


def wrappable(word: str) -> str:
    """A pattern of `word` that a line break the layout put inside it does not stop ('可供分配\\n利润'): a
    sentence keeps its wrapped lines' breaks (`page_sentences`), so the offsets stay the page's."""
    return r"\n?".join(re.escape(ch) for ch in word)


def signed_by(printed: Printed, direction: Optional[str]) -> Printed:
    """A figure after a fall's word ('下降5.0%', '减少', '-'), negative."""
    # (a small fall's word too: '微跌', '微降')
    down = bool(direction and re.fullmatch(f"(?:微|略)?(?:{DOWN}|{SHARP_DOWN}|减|降)", direction))
    return printed.signed(-1) if down and printed.value > 0 else printed


def bracket_spans(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Where each bracket of text[start:end] opens and closes ('(' … ')', '（' … '）'), outermost ones only,
    as offsets in `text`."""
    spans, depth, opened = [], 0, 0
    for i in range(start, len(text) if end is None else end):
        ch = text[i]
        if ch in "(（":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, i + 1))
    return spans


def bracket_around(text: str, start: int) -> Optional[tuple[int, int]]:
    """Where the bracket open at `start` opens and closes (the text's end if never), or None if none is open."""
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opened <= max(text.rfind(")", 0, start), text.rfind("）", 0, start)):
        return None
    return opened, min([i for i in (text.find(")", start), text.find("）", start)) if i >= 0] or [len(text)])


# a growth on another base than the period's reported amount: organic, like-for-like, restated
_OTHER_BASE = re.compile(r"内生|可比|同口径|剔除|不含|扣除|表观|口径|按.{0,6}计|恒定汇率|固定汇率|追溯|调整后")


def plain_growth(text: str, at: int) -> bool:
    """Whether the growth printed at `at` is on the period's reported base: its clause does not
    call it organic or like-for-like ('内生同比', '可比口径'), whose base is another figure."""
    return not _OTHER_BASE.search(re.split(r"[，,；;。]", text[:at])[-1])


# a growth in percent ('同比增长13.1%', '增长31%', '(同比-3.2%)', a balance's '扩大56.7%'): its basis, its way and
# its figure (a balance's change on the year's end before: '较2024年末增长53.74%', '较年初+8.3%', or on the quarter's
# end before: '较第二季度末增长4.9%'; a year's on the year it names: '较2014年下降7%')
GROWTH_WORDS = (r"\s*[（(]?\s*(?P<basis>同比|环比|按年|按季|yoy|YoY|YOY|qoq|QoQ|QOQ|比上年同期|比去年同期|较(?:\d{4}年|上年|去年)?(?:年末|年底|末|年初|初)|较(?:上一?季度?|第?[一二三四]季度)末|比上一?年度|比上年|较上年同期|较去年同期|较上一?年度|较上年|较去年"
                r"|较\d{4}年)?"
                r"\s*(?:去年)?\s*(?:小幅|大幅|显著|明显|名义)?\s*"
                # (成长 as Taiwan writes it; one character right after the basis, as the Hong Kong press: '较去年降11.42%')
                # (a sharp move said so: '同比大增53.12%', '同比骤降30%')
                r"(?P<dir>增长|成长|上升|提升|提高|增加|扩大|下降|下滑|减少|降低|回落|收窄|缩小|" + SHARP_UP + "|" + SHARP_DOWN + r"|[+＋\-−]"
                r"|(?:(?<=年)|(?<=比)|(?<=季)|(?<=期))[增升降减跌])?\s*(?:了)?\s*")
# a figure's own growth, right after it (and its unit, where the figure's match left it out):
# '9218.38万标箱(TEU),同比增长12.9%', '24.59万亿元人民币(下同),较2014年下降7%', '出口14.14万亿元,下降1.8%'
GROWTH_AFTER = re.compile(rf"(?:\s*(?:万亿|亿|千万|百万|万)?\s*(?:元|美元|港元))?\s*(?:人民币)?\s*(?:[（(](?:[A-Za-z]{{1,5}}|下同)[)）])?"
                          rf"\s*[，,、]?\s*[，,]?{GROWTH_WORDS}(?P<num>{SIGNED_NUM})\s*%")  # (a comma doubled by a copy: '60189亿元,,同比')
_FALLS = re.compile(r"下降|下滑|减少|降低|回落|收窄|缩小|[降减跌\-−]")


def growth_of(m: Optional[re.Match]) -> Optional[tuple[Printed, str]]:
    """A growth match (GROWTH_WORDS … num) as its signed figure and its basis (环比, 较年初 or the year
    before, 同比), or None where it says neither its basis nor its way (a bare percent is a share)."""
    if m is None or not (m.group("basis") or m.group("dir")):
        return None
    value = figure_of(m.group("num"))
    if m.group("dir") and _FALLS.fullmatch(m.group("dir")) and value.value > 0:
        value = value.signed(-1)
    basis = m.group("basis") or ""
    # (Hong Kong's 按年 is 同比, its 按季 环比; yoy and qoq the same in English)
    # (a balance's change on the quarter's end before, '较第二季度末增长4.9%', is on a basis of its own)
    if re.search(r"季度?末$", basis):
        return value, "较上季末"
    return value, "环比" if basis in ("环比", "按季") or basis.lower() == "qoq" else "较年初" if re.search(r"[末底初]$", basis) else "同比"


# ----------------------------------------------------------------------------- line items
# ratios a sentence may state (a level or a change in points); others ending in 率 end a run
# a cost ratio named bare, after its line (results gives it the line's ratio): '期间费用46.2亿元,…,费用率9.6%'
BARE_EXPENSE_RATIO = "费用率"
# a margin named bare, after its profit line (results gives it that line's margin): '经调整净利润为人民币3403.46百万元,利润率13.6%'
BARE_MARGIN = "利润率"
RATIO_NAMES = ["Non-GAAP运营利润率", "Non-GAAP营业利润率", "Non-GAAP经营利润率", "经调整运营利润率", "核心经营利润率", "经调整营业利润率", "经调整经营利润率", "经调整净利率", "经调整净利润率", "经调整利润率", "运营利润率", "营运利润率", "调整后净利率", "经调整纯利率", "Non-GAAP净利率", "扣非归母净利率", "扣非后归母净利率", "扣非净利率", "扣非净利润率", "归母净利率", "归母净利润率", "归属净利率", "权益持有人应占利润率", "股东应占溢利率", "销售净利率", "净利润率", "净利率", "纯利率", "销售毛利率", "毛利率", "销售费用率", "管理费用率",
               "研发费用率", "财务费用率", "期间费用率", "销售费率", "管理费率", "研发费率", "财务费率", "期间费率", "四项费用率", "营业利润率", "经营溢利率", "经营利润率", "资产负债率",
               "净资产收益率", "ROE", "股利支付率", "分红比例", "分红率", "派息率", "派息比率",
               # a year's income tax over its profit before tax (not 所得税率: as often the statutory rate)
               "有效税率", "实际税率", "有效所得税率",
               # a bank's 业务及管理费 over its 营业收入
               "成本收入比",
               # Taiwan's names of the operating and the net margin
               "营业利益率", "营益率", "税后净利率", "税后纯益率", "纯益率",
               # an EBITDA's margin (a Hong Kong listing's adjusted one)
               "经调整EBITDA利润率", "EBITDA利润率",
               BARE_EXPENSE_RATIO, BARE_MARGIN]
# amounts a sentence states by a name of its own (per-share figures and multiples apart)
_NOT_AMOUNTS = {"eps", "bvps", "dps", "pe", "pb", "shares", "non_op_net"}


@lru_cache(maxsize=1)
def item_names() -> tuple[re.Pattern, dict[str, str]]:
    """The line-item and ratio names a sentence may use, as one pattern (longest first), and
    each amount name's concept."""
    data = line_items()
    names = {}
    for concept, words in data.items():
        if concept.startswith("_") or concept in _NOT_AMOUNTS:
            continue
        for w in words:
            # (Han words only, two or more — or two names in one, parted by a slash: '年/期内利润', a prospectus's)
            if re.fullmatch(r"[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]+/[\u4e00-\u9fff]{2,}", w):
                names[w] = concept
    for w, concept in data.get("_prose", {}).items():
        if not w.startswith("_"):
            names[w] = concept
    words = sorted(list(names) + RATIO_NAMES, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)), names


# ----------------------------------------------------------------------------- a page's sentences
@dataclass
class Sentence:
    """A sentence of a page, where it starts in the page's text."""
    text: str
    page: int
    start: int


# a line of prose a PDF wrapped: a dozen Chinese characters or more, not ending a sentence or a
# heading ('投资要点：'); the next line goes on with it unless it opens a bullet, a caption or a source
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LINE_ENDS_SENTENCE = re.compile(r"[。！？!?；;：:]\s*$")
_LINE_OPENS_ITEM = re.compile(r"^\s*(?:[◼◆■□●•▪►▶❖➢√✓\-–—*]|(?:图|表|资料来源|数据来源|来源)\s*[\d:：]|\d+[、.)）]\D)")
WRAPPED_LINE_CJK = 12
# a line opening on punctuation that never opens one ('\n:46.07亿元', '\n,同比…'), or on the result of
# the line before's arithmetic ('…×100%\n≈6.36%')
_LINE_OPENS_ON_PUNCTUATION = re.compile(r"\s*[:：,，、≈=＝]")
# a numbered heading ('2、行业数字化收入的大幅增长推动公司营收的增长', '（一）', '三、'): a line that opens
# with one and is well short of the page's widest line is a heading, not prose the layout wrapped
_LINE_OPENS_NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])")
HEADING_WIDTH_SHARE = 0.6
# a line holding only a note's mark ('注1', '注2'), and such a line inside a block of lines
_NOTE = r"[ \t]*注\s?\d{1,2}[ \t]*"
_NOTE_MARK, _NOTE_MARK_LINE = re.compile(_NOTE), re.compile(rf"(?<=\n){_NOTE}(?=\n)")
# a sentence inside a block of prose lines (a wrapped line's break is inside it)
_IN_BLOCK = re.compile(r"[^。！？!?]+")


def prose_pages(doc: Document) -> list:
    """The pages with the text of tables read from a text's own lines blanked (a table a PDF ran
    into one line, `read.runon`, is rows, not sentences): offsets stay the page's."""
    spans: dict[int, list] = {}
    for t in doc.tables:
        span = t.report.get("text_span")
        if span:
            spans.setdefault(t.page, []).append(span)
    pages = []
    for page in doc.pages:
        text = page.text
        for a, b in spans.get(page.number, []):
            text = text[:a] + re.sub(r"\S", " ", text[a:b]) + text[b:]
        pages.append(page.model_copy(update={"text": text}) if text != page.text else page)
    return pages


def sentence_matches(doc: Document, pattern: re.Pattern):
    """(page, sentence, match) for each match of `pattern` in each sentence of the document: the
    loop of the families that read one kind of phrase."""
    for page in doc.pages:
        for s in page_sentences(page):
            for m in pattern.finditer(s.text):
                yield page, s, m


def prose_blocks(text: str) -> list[tuple[int, int]]:
    """A page's blocks of lines, each a line with the lines the PDF (or a pasted copy of it) wrapped joined to it: (start,
    end) offsets in the page's text, each block ending at a line break that is no wrapped prose line's (a page's first
    line is its title or running header: never a wrapped one)."""
    lines = text.split("\n")
    ends, at = [], 0
    widest = max((len(line.strip()) for line in lines), default=0)
    prev_wrapped = False
    for n, (line, after) in enumerate(zip(lines, lines[1:] + [""])):
        at += len(line)
        heading = _LINE_OPENS_NUMBERED.match(line) and len(line.strip()) < HEADING_WIDTH_SHARE * widest
        wrapped = (n > 0 and len(_CJK.findall(line)) >= WRAPPED_LINE_CJK and not _LINE_ENDS_SENTENCE.search(line)
                   and after.strip() and not _LINE_OPENS_ITEM.match(after) and not heading)
        # (a line of any width whose next opens on a colon or a comma: a web page's bold label
        # broken off its figure, '营业收入\n:46.07亿元,同比…'; or on ≈: a result under its expression)
        wrapped = wrapped or (n > 0 and line.strip() and not _LINE_ENDS_SENTENCE.search(line)
                              and _LINE_OPENS_ON_PUNCTUATION.match(after))
        # (a note's mark on a line of its own inside a wrapped sentence, as a filing's text sets a superscript:
        # '…循环型业务\n注1\n收入为人民币16,308.5百万元' goes on, the mark blanked below)
        if not wrapped and prev_wrapped and _NOTE_MARK.fullmatch(line) and after.strip():
            wrapped = True
        prev_wrapped = wrapped
        if not wrapped:
            ends.append(at)
        at += 1  # the line break
    out, begin = [], 0
    for end in ends:
        out.append((begin, end))
        begin = end + 1
    return out


def page_sentences(page) -> list["Sentence"]:
    """A page's sentences, a line the PDF wrapped joined to the next ('我们预测公司2025-2027年营业收入
    分别为\n671.96/780.62/896.06亿元'): the join keeps its line break, so every offset is the page's."""
    text = page.text
    out = []
    marks = "注" in text and _NOTE_MARK_LINE.search(text)  # (a page without a note's mark spares every sentence the blanking)
    for begin, end in prose_blocks(text):
        out += [Sentence(_blank_note_marks(in_one_figure(m.group(0))) if marks else in_one_figure(m.group(0)), page.number, m.start())
                for m in _IN_BLOCK.finditer(text, begin, end)]
    return out


def _blank_note_marks(text: str) -> str:
    """`text` with each line holding only a note's mark blanked, one space a character (offsets kept)."""
    return _NOTE_MARK_LINE.sub(lambda k: " " * len(k.group(0)), text)


# an amount of 兆 and 亿 together, as Taiwan's press writes a trillion and more: '2兆589.49亿元' (20589.49亿)
_TRILLIONS_AND = re.compile(r"(?<![\d.])(?P<t>\d{1,3})\s*兆\s*(?P<y>\d{1,4}(?:\.\d+)?)(?=\s*亿)")


def in_one_figure(text: str) -> str:
    """`text` with each amount of 兆 and 亿 together written as one figure of 亿, right-aligned in the
    characters it took ('2兆589.49亿元' → ' 20589.49亿元'), so that every offset holds; one that would
    not fit ('1兆5亿') is left as printed."""
    def whole(m: re.Match) -> str:
        y = m.group("y")
        integer, _, decimals = y.partition(".")
        figure = str(int(m.group("t")) * 10000 + int(integer)) + ("." + decimals if decimals else "")
        return figure.rjust(len(m.group(0))) if len(figure) <= len(m.group(0)) else m.group(0)
    return _TRILLIONS_AND.sub(whole, text)


def with_sentence_before(page, sentences: list["Sentence"], i: int) -> "Sentence":
    """The i-th sentence of a page with the one before it, as the page prints them (offsets from the
    earlier one's start): where a note states two figures and, in the next sentence, what they make."""
    before, s = (sentences[i - 1] if i else sentences[i]), sentences[i]
    return Sentence(page.text[before.start:s.start + len(s.text)], s.page, before.start)
