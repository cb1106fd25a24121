"""Check family: a change in amount a sentence states for a measure and a period, against the two levels the
text states in other sentences for that measure — this period's and the base period's — as news digests of
statistics write them:

    '今年前三季度,全国结婚登记474.7万对' … '2023年前三季度,全国共办理结婚登记569.0万对' …
    '今年前三季度结婚登记量较去年同比减少94.3万对'                                     94.3 = 569.0 − 474.7
    '今年一季度,全国结婚登记196.9万对,离婚登记57.3万对,较2023年一季度分别减少17.8万对和6.8万对' …
    '2023年,一至四季度的结婚登记量分别为214.7万对、178.1万对、176.2万对和199万对'         17.8 = 214.7 − 196.9

A level is a measure's words, a period and an amount in a counted unit or in money ('结婚登记474.7万对'); a period
is a year (2023年, 今年, 去年) and a part of it (前三季度, 一季度, 上半年, or the year itself). A clause naming no
measure or no period goes on with the sentence's last ('2022年,一季度结婚登记人数为210.7万对,二季度为162.5万对');
quarters listed with 分别 ('一至四季度的…分别为…') are a level each. A change is a direction word and an amount
('减少94.3万对', '增加了5.7万对'); its base is the period it names ('较2023年一季度'), else the same part of
the year before (同比, 较去年, or none said where the text gives that period's level). 今年 is the year of the
text's date, else the latest year it names; a level is found by its measure's words (the change's, less 量/数/
人数, inside the level's) — one level for each period, else the change is no claim of this family. Amounts
passed, bounded or approached (跌破1000万对大关, 超过, 近) are no levels; a company report's lines are `results`'."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import COUNTED_UNITS
from ..checks import in_brackets, is_company_report, judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of, page_sentences

# an amount's unit: a scale and a thing counted or money ('万对', '亿元', '万人次')
_UNIT = rf"(?:万亿|亿|千万|百万|万|千)?(?:{COUNTED_UNITS}|元|美元)|(?:万亿|亿|千万|百万|万)(?![\u4e00-\u9fff])"
_AMOUNT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")
# a year: named, or this year and the one before
_YEAR = r"(?P<year>(?:19|20)\d\d)\s*年(?:度)?|(?P<rel>今年|本年|去年|上一年|上年|前年)"
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上一年": -1, "上年": -1, "前年": -2}
# a part of the year ('1季度' as a digit too); 前三季度 and the first months counted (1-9月)
_PART = (r"(?P<part>前三季度|前3季度|上半年|下半年|全年|首季|(?:第)?[一二三四1-4]\s*季度|1\s*[-–—~至]\s*(?:3|6|9|12)\s*月)")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# (a year, a part, or both: '2023年前三季度', '2022年,一季度'; empty matches are read past)
_PERIOD = re.compile(rf"(?:{_YEAR})?(?:\s*[,，]?\s*(?:的)?\s*{_PART})?")
# quarters listed: '一至四季度的结婚登记量分别为a、b、c和d'
_QUARTER_LIST = re.compile(rf"一至四季度(?:的)?(?P<measure>[\u4e00-\u9fff]{{0,10}}?)分别(?:为|是)\s*"
                           rf"(?P<list>{SIGNED_NUM}\s*(?:{_UNIT})(?:\s*[、,，和及]\s*{SIGNED_NUM}\s*(?:{_UNIT})){{3}})")
# the words a change is said with, and those that make an amount no level (passed, bounded, approached)
_UP, _DOWN = "增加|增长|多|增|上升", "减少|下降|少|减|下滑"
_CHANGE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约)?\s*$")
_NOT_A_LEVEL_BEFORE = re.compile(r"(?:跌破|突破|超过|超|逾|不足|接近|近|破|低于|高于|达到?了?约?)\s*$")
_NOT_A_LEVEL_AFTER = re.compile(r"\s*(?:大关|以上|以下|以内|多|余)")
_TO = re.compile(r"(?:降至|升至|增至|回升至|下降至|上升至|减少至|增长至|增加至|跌至|涨至)\s*$")
# the words of a measure: the Chinese characters before an amount, up to a period, a verb or punctuation
_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,14}$")
# words around a measure's name that are not it: who, where, what is done, how it is counted
_MEASURE_NOISE = re.compile(r"^(?:全国|全年|共|累计|依法|合计|总共|其中|此前|相较而言|同时|而|则|另外)+|"
                            r"(?:量|数量|人数|数|总量|总数|则|也|均|为|是|达|共|有|约|了)+$")
# changes listed with 分别 ('较2023年一季度分别减少17.8万对和6.8万对'): each figure, with its unit or not
_RESPECTIVE = re.compile(rf"分别\s*(?P<dir>{_UP}|{_DOWN})\s*(?:了)?\s*(?:约)?\s*"
                         rf"(?P<list>{SIGNED_NUM}\s*(?:{_UNIT})?(?:\s*[、和及与,，]\s*{SIGNED_NUM}\s*(?:{_UNIT})?)*)")
_LISTED = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})?")
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")


@dataclass
class Level:
    measure: str  # the words before the amount, as printed
    year: object  # an int, or ('R', offset) for 今年/去年 before the year is known
    part: str  # 'Y', '9M', 'H1', 'H2', 'Q1'…'Q4'
    printed: Printed
    unit: str
    sentence: object
    start: int  # in the sentence
    end: int

    @property
    def text(self) -> str:
        """The figure as its sentence prints it."""
        return self.sentence.text[self.start:self.end]


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    levels, changes = read(doc)
    out = []
    for change in changes:
        check = _judged(change, levels)
        if check is not None:
            out.append(check)
    return out


def read(doc: Document) -> tuple[list[Level], list[Change]]:
    """Every level and every change the text states, each with its measure and period (`quarter_levels` sums the
    levels)."""
    sentences = [s for page in doc.pages for s in page_sentences(page)]
    this_year = _this_year(doc, sentences)
    levels, changes = [], []
    earlier: list[Level] = []  # the sentence before's levels
    # the period in force goes on into the next sentence until it names another ('2023年,国内出游人次48.91亿…。分季度看,
    # 一季度国内出游人次12.16亿': 2023's first quarter)
    period = (None, "Y")
    for s in sentences:
        got_levels, got_changes, period = _read(s, this_year, earlier, period)
        earlier = got_levels
        levels += got_levels
        changes += got_changes
    return levels, changes


def _this_year(doc: Document, sentences) -> Optional[int]:
    """The year 今年 names: the text's date's, else the latest year it names."""
    if doc.meta.date:
        m = re.match(r"(?:19|20)\d\d", doc.meta.date)
        if m:
            return int(m.group(0))
    # (a year named as a base is one before 今年 at least: '今年我国夏粮总产量…,比2020年增加…')
    years = [int(m.group("y")) + (1 if m.group("base") else 0) for s in sentences
             for m in re.finditer(r"(?P<base>(?:较|比|与|同)\s*)?(?<!\d)(?P<y>(?:19|20)\d\d)\s*年", s.text)]
    return max(years) if years else None


def _part_of(word: str) -> str:
    word = re.sub(r"\s", "", word)
    if word in ("前三季度", "前3季度") or re.fullmatch(r"1[-–—~至]9月", word):
        return "9M"
    if word == "上半年" or re.fullmatch(r"1[-–—~至]6月", word):
        return "H1"
    if word == "下半年":
        return "H2"
    if word == "全年" or re.fullmatch(r"1[-–—~至]12月", word):
        return "Y"
    if word == "首季" or re.fullmatch(r"1[-–—~至]3月", word):
        return "Q1"
    return f"Q{_QUARTER[re.search(r'[一二三四1-4]', word).group(0)]}"


def _year_of(m: re.Match, this_year: Optional[int]):
    if m.group("year"):
        return int(m.group("year"))
    offset = _RELATIVE[m.group("rel")]
    return this_year + offset if this_year else ("R", offset)


def _moved(year, offset: int):
    """A year `offset` years on: a known one, or one still relative to 今年 (('R', k))."""
    return ("R", year[1] + offset) if isinstance(year, tuple) else year + offset


def core(measure: str) -> str:
    """A measure's name without who counts it, how, or a trailing verb ('全国共办理结婚登记' → '办理结婚登记')."""
    previous = None
    while previous != measure:
        previous, measure = measure, _MEASURE_NOISE.sub("", measure)
    return measure


@dataclass
class Change:
    measure: str
    year: object
    part: str
    base: tuple  # (year, part)
    printed: Printed  # signed: a fall is negative
    unit: str
    sentence: object
    start: int
    end: int
    now: Optional[Level] = None  # the level it is of, where its sentence states it (分别)


def _read(s, this_year, earlier: list[Level], period: tuple) -> tuple[list[Level], list[Change], tuple]:
    """A sentence's levels and changes, each with the measure and the period it is stated for (`period`: the one in
    force as it opens), and the period in force as it ends."""
    text = s.text
    levels, changes = [], []
    (year, part), measure = period, None
    # (a period right after 较 or 比 is a change's base, not the period the sentence speaks of: '较去年同比减少')
    periods = [m for m in _PERIOD.finditer(text) if m.group(0).strip()]
    spoken = [m for m in periods if not re.search(r"(?:较|比|与|同)\s*$", text[:m.start()])]
    for m in _QUARTER_LIST.finditer(text):
        before = [p for p in periods if p.end() <= m.start() and (p.group("year") or p.group("rel"))]
        if not (before or year) or not m.group("measure"):
            continue
        y = _year_of(before[-1], this_year) if before else year
        for q, a in enumerate(_AMOUNT.finditer(m.group("list")), start=1):
            at = m.start("list") + a.start("num")
            levels.append(Level(m.group("measure"), y, f"Q{q}", figure_of(a.group("num")), a.group("unit"), s, at,
                                at + len(a.group("num"))))
    listed = [(m.start(), m.end()) for m in _QUARTER_LIST.finditer(text)]
    respective = list(_RESPECTIVE.finditer(text))
    listed += [(m.start("list"), m.end("list")) for m in respective]
    for a in _AMOUNT.finditer(text):
        if any(lo <= a.start() < hi for lo, hi in listed) or in_brackets(text, a.start(), 0):
            continue  # (a figure in brackets restates another in another unit: '14582万吨(2916亿斤)')
        # the period and the measure in force: the last named before the amount
        year, part = _in_force([p for p in spoken if p.end() <= a.start()], (year, part), this_year)
        head = text[:a.start()]
        breaks = list(_CLAUSE_BREAK.finditer(head))
        clause = head[breaks[-1].end():] if breaks else head
        words = _PERIOD.sub(lambda m: " " if m.group(0) else "", clause)
        named = _MEASURE.search(re.split(r"[^\u4e00-\u9fff]", words)[-1] if words else "")
        change = _CHANGE.search(head)
        if change is not None:
            base = _base(head[:change.start()], year, part, this_year)
            name = _change_measure(clause[:len(clause) - len(change.group(0))])
            printed = figure_of(a.group("num"))
            if re.fullmatch(_DOWN, change.group("dir")):
                printed = printed.with_sign(-1)
            if name and year is not None and base is not None:
                changes.append(Change(core(name.group(0)), year, part, base, printed, a.group("unit"), s,
                                      a.start("num"), a.end("num")))
            elif (not name and levels and levels[-1].sentence is s and levels[-1].end <= a.start()
                  and levels[-1].unit == a.group("unit")):
                # a clause of the change alone is the level's before it: '全国结婚登记量为683.3万对,较上一年减少80.3万对'
                now = levels[-1]
                base = _base(head[:change.start()], now.year, now.part, this_year)
                if base is not None:
                    changes.append(Change(core(now.measure), now.year, now.part, base, printed, a.group("unit"), s,
                                          a.start("num"), a.end("num"), now=now))
            continue
        if _NOT_A_LEVEL_BEFORE.search(head) or _NOT_A_LEVEL_AFTER.match(text, a.end()) or year is None:
            continue
        if named and not _TO.search(head):
            measure = named.group(0)
        if measure is None or a.group("num").startswith(("+", "-", "−")):
            continue
        levels.append(Level(measure, year, part, figure_of(a.group("num")), a.group("unit"), s, a.start("num"),
                            a.end("num")))
    for m in respective:
        changes += _respective(m, levels, earlier, s, this_year)
    return levels, changes, _in_force(spoken, (year, part), this_year)


def _in_force(periods: list[re.Match], period: tuple, this_year) -> tuple:
    """The period in force after `periods` are named, in order, from `period`: a year names its whole ('2023年'), a part
    alone keeps the year ('一季度')."""
    year, part = period
    for p in periods:
        if p.group("year") or p.group("rel"):
            year = _year_of(p, this_year)
        part = _part_of(p.group("part")) if p.group("part") else "Y"
    return year, part


def _change_measure(words: str) -> Optional[re.Match]:
    """The measure a change is of: the words before it less its base ('结婚登记量较去年同比' → '结婚登记量') and
    its period."""
    words = re.sub(r"(?:较|比|同比|相比|环比).*$", "", words)
    words = _PERIOD.sub(lambda m: " " if m.group(0) else "", words)
    return _MEASURE.search(re.split(r"[^\u4e00-\u9fff]", words)[-1])


def _base_year(m: re.Match, year, this_year):
    """The year a change's base names: 上年 and 去年 are the year before the one the change is of ('2020年度…人数28.79亿人次,
    比上年同期减少30.22亿人次': 2019), 今年 the text's."""
    if m.group("year") or _RELATIVE[m.group("rel")] == 0 or year is None:
        return _year_of(m, this_year)
    return _moved(year, _RELATIVE[m.group("rel")])


def _base(words: str, year, part: str, this_year) -> Optional[tuple]:
    """The period a change is against: the one its words name ('较2023年一季度'), else the same part of the year
    before ('同比', '较去年', or none said)."""
    if re.search(r"环比|上月|上季|上一季度|年初|上年末|年末", words[-12:]):
        return None  # another basis: not the year before's level
    m = re.search(rf"(?:较|比)\s*(?:{_YEAR})\s*(?:{_PART})?\s*(?:同期)?\s*(?:相比)?\s*(?:同比)?\s*(?:分别)?\s*$", words)
    if m:
        return (_base_year(m, year, this_year), _part_of(m.group("part")) if m.group("part") else part)
    return None if year is None else (_moved(year, -1), part)


def _respective(m: re.Match, levels: list[Level], earlier: list[Level], s, this_year) -> list[Change]:
    """Changes listed with 分别 ('…196.9万对,…57.3万对,较2023年一季度分别减少17.8万对和6.8万对'): one for each
    of the levels the sentence states right before them, in order, each against its own part of the base year.
    A list with a figure cut short ('分别减少17.8万对和6.8...') or in another unit than its level's is read as none."""
    figures = list(_LISTED.finditer(m.group("list")))
    before = [lv for lv in levels if lv.sentence is s and lv.end <= m.start()]
    # (none in its own sentence: the sentence before's, '…结婚登记量为214.7万对,离婚登记量为64.1万对。与2022年一季度相比,
    # 两项数据同比分别增加4万对和12.7万对')
    before = (before or earlier)[-len(figures):]
    if len(before) != len(figures) or any(f.group("unit") != lv.unit for f, lv in zip(figures, before)):
        return []
    # the base period the sentence names before the list ('较2023年一季度', '与2022年一季度相比,两项数据同比')
    bases = list(re.finditer(rf"(?:较|比|与|同)\s*(?:{_YEAR})\s*(?:{_PART})?", s.text[:m.start()]))
    named = bases[-1] if bases else None
    out = []
    for f, lv in zip(figures, before):
        if named:
            base = (_base_year(named, lv.year, this_year), _part_of(named.group("part")) if named.group("part") else lv.part)
        else:
            base = _base(s.text[:m.start()], lv.year, lv.part, this_year)
        printed = figure_of(f.group("num"))
        if re.fullmatch(_DOWN, m.group("dir")):
            printed = printed.with_sign(-1)
        at = m.start("list") + f.start("num")
        if base is not None:
            out.append(Change(core(lv.measure), lv.year, lv.part, base, printed, lv.unit, s, at,
                              at + len(f.group("num")), now=lv))
    return out


def _level(levels: list[Level], measure: str, period: tuple, unit: str) -> Optional[Level]:
    found = [lv for lv in levels if (lv.year, lv.part) == period and lv.unit == unit and measure in lv.measure]
    # one figure for the period (a sentence may restate it): else which is meant is not said
    return found[0] if found and len({lv.printed.value for lv in found}) == 1 else None


def _judged(change: Change, levels: list[Level]) -> Optional[dict]:
    if len(change.measure) < 2:
        return None
    now = change.now or _level(levels, change.measure, (change.year, change.part), change.unit)
    base = _level(levels, change.measure, change.base, change.unit)
    if now is None or base is None or now is base:
        return None
    verdict, exact = judge_formula(lambda a, b: a - b, [now.printed, base.printed], change.printed)
    s = change.sentence
    cells = [("text", lv.sentence.page, lv.sentence.start + lv.start, lv.sentence.start + lv.end) for lv in (change, now, base)]
    unit = change.unit
    return make(marked(s.text, change.start, change.end), s.page,
                f"{now.text}{unit} − {base.text}{unit}",
                {"now": now.printed, "base": base.printed}, change.printed, exact, unit, verdict,
                "the change is this period's level less the base period's, both stated in the text", cells=cells)

