"""Check family: a month's daily average against its total, as statistics releases print them — the total over the
month's calendar days ('日均产品产量:是以当月公布的…总产量除以该月日历天数计算得到', the bureau's own definition):

    '9月份,生产原煤3.9亿吨,同比增长12.3%,…,日均产量1289万吨'        3.9亿 ÷ 30 = 1300万 (3.85–3.95: 1283–1317)

The month is the one named last before the average in its sentence ('9月份', '12月份'; not one compared with, '增速比
5月份放缓'); the total is the nearest figure before the average in its sentence in the same counted unit (吨 with any
scale: 亿吨 over 万吨), no change in amount and no other average ('粗钢日均产量308.81万吨;生铁日均产量251.84万吨': the
308.81 is no total of 生铁's), its clause naming the product the average names where it names one ('粗钢' of '中国粗钢
日均产量') — or, where its sentence states none, the first after the same month's name in the two sentences before or
the three after (a release may print the averages first). Averages listed for products listed ('5月粗钢、生铁和钢材日均
产量分别为…') are each over the total listed for the same products in the same order. February is 28 or 29 days: a year
named in the sentence (or the text's first) decides, else either is taken. A range of months ('1-9月'), a half year or
a ten-day period is left alone (a release's cumulative daily average is seldom printed, and its days are ambiguous
across leap years and working days). A text on a holiday whose length it states ('这次5天假') has its averages of no
month over those days ('五一期间全社会跨区域人员流动量135846.27万人次,日均27169.3万人次')."""
from __future__ import annotations

import calendar
import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, parse_cn_number, scaled_unit
from ..checks import clause_before, judge_formula, make, marked
from ..sentences import SIGNED_NUM, YEAR, figure_of, page_sentences

# a list of products ('粗钢、生铁和钢材') and of figures each in its unit ('311.65万吨、259.65万吨和395.52万吨')
_NAMES = r"[\u4e00-\u9fff]{2,8}(?:\s*(?:、|和|及|与)\s*[\u4e00-\u9fff]{2,4}){1,5}"
_LISTED = rf"{SIGNED_NUM}\s*(?:{CN_UNIT})?(?:{COUNTED_UNITS})(?:\s*(?:、|和|及|与)\s*{SIGNED_NUM}\s*(?:{CN_UNIT})?(?:{COUNTED_UNITS})){{1,5}}"
# the average: '日均产量1289万吨', '日均原煤产量1033万吨', '日均27169.3万人次', '日产308.81万吨/日' (a count a day of things
# done, '日均装车71659车', is none; 日产 only right after a clause's break or right before its figure ('粗钢日产198.79万吨'),
# not '日产汽车')
_AVERAGE = re.compile(rf"(?:日均\s*(?:(?P<inner>[\u4e00-\u9fff]{{0,6}}?)\s*(?:产量|发电量|销量|吞吐量))?|(?:(?<=[，,、；;：:\s])|^)日产|日产(?=\s*\d))\s*"
                      rf"(?:为|达到?|约为?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
# averages listed for products listed: '5月粗钢、生铁和钢材日均产量分别为311.65万吨、259.65万吨和395.52万吨'
_AVERAGES_LISTED = re.compile(rf"(?P<names>{_NAMES})\s*日均\s*(?:产量|发电量|销量)\s*分别为\s*(?P<nums>{_LISTED})")
# their month's totals listed for the same products: '5月份我国粗钢、生铁和钢材产量分别为9661万吨、8049万吨和12261万吨'
_TOTALS_LISTED = re.compile(rf"(?P<names>{_NAMES})\s*(?:产量|发电量|销量)\s*分别为\s*(?P<nums>{_LISTED})")
_FIGURE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
# a single month ('9月份', '12月'), not a range's end ('1-9月', '1—9月份') nor one compared with ('增速比5月份放缓')
_MONTH = re.compile(r"(?<![\d\-—–~至到比较与])(?P<m>1[0-2]|[1-9])\s*月(?:份)?(?!\s*[\d日])")
# a period of more than the month named before: an average after it is of that period ('1-3月,…累计日产290.62万吨')
_LONGER_PERIOD = re.compile(r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|累计|[前首]\s*\S{1,2}\s*个?月|[上下]半年|季度|[上中下]旬")
# a change in amount's words right before a figure: no total ('环比增加496万吨')
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|增长|下降|多|少)\s*$")
# an average's words before a figure: no total ('粗钢日均产量308.81万吨;生铁日均产量251.84万吨')
_AN_AVERAGE_BEFORE = re.compile(r"(?:日均|日产|平均)[\u4e00-\u9fff]{0,6}?\s*(?:为|达到?|约为?)?\s*$")
# words before 日均 naming no product: '全国', '中国', '5月份'
_NO_PRODUCT = re.compile(r"全国|中国|我国|全省|全市|全区|月份?|本旬|本月|当月")
_YEAR = re.compile(rf"(?P<y>{YEAR})\s*年")
# a holiday's length the text states: '这次5天假', '8天长假', '假期5天', '春节假期共8天'
_HOLIDAY_DAYS = re.compile(r"(?P<n>\d{1,2}|[两二三四五六七八九十])\s*天\s*(?:的)?\s*(?:小长假|长假|假期?|黄金周)|"
                           r"(?:假期|长假|小长假|黄金周)\s*(?:共|为)?\s*(?P<n2>\d{1,2}|[两二三四五六七八九十])\s*天")
# a period longer than a holiday an average may be of: '全年日均', '今年以来日均'
_NO_HOLIDAY = re.compile(r"全年|年度|今年以来|年内|以来")
# a sentence's own end: one without it ran on past a line break
_ENDED = re.compile(r"[。！？!?；;]\s*$")
SENTENCES_BACK = 2  # sentences before the average's own its month's total may stand in
SENTENCES_AHEAD = 3  # and after it: a release may print the averages first ('3月,中国粗钢日均产量308.81万吨…。3月,中国粗钢产量9573万吨')


def find(doc: Document) -> list[dict]:
    first_year = next((y for page in doc.pages for y in _YEAR.finditer(page.text)), None)
    holiday = next((h for page in doc.pages for h in _HOLIDAY_DAYS.finditer(page.text)), None)
    n = holiday and (holiday.group("n") or holiday.group("n2"))
    days = None if not n else int(n) if n.isdigit() else int(parse_cn_number(n.replace("两", "二")))
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for k, s in enumerate(sentences):
            around = (sentences[max(0, k - SENTENCES_BACK):k], sentences[k + 1:k + 1 + SENTENCES_AHEAD])
            for m in _AVERAGE.finditer(s.text):
                check = _judged(s, m, first_year, *around) or (days and _over_the_holiday(s, m, days))
                if check is not None:
                    out.append(check)
            for m in _AVERAGES_LISTED.finditer(s.text):
                out += _listed(s, m, first_year, [*around[0], s])
    return out


def _judged(s, m: re.Match, first_year: Optional[re.Match], before: list, after: list) -> Optional[dict]:
    months = list(_MONTH.finditer(s.text, 0, m.start()))
    opens = months[-1].end() if months else 0
    if not months and before and not _ENDED.search(before[-1].text) and not _LONGER_PERIOD.search(s.text, 0, m.start()):
        # (a sentence a line break cut in two: '2020年4月,重点统计' / '钢铁企业共生产粗钢5963.66万吨…,粗钢日产198.79万吨')
        months = list(_MONTH.finditer(before[-1].text))
    if not months or _LONGER_PERIOD.search(s.text, opens, m.start()):
        return None
    month = int(months[-1].group("m"))
    unit, scale = scaled_unit(m.group("unit"))
    product = _product(s.text, m)
    where, total = s, _total(s.text, opens, m.start(), unit, product)
    for earlier in [*reversed(before), *after]:
        if total is not None:
            break
        # ('2018年12月份全国原煤产量32038万吨,…。国家统计局表示,12月份日均原煤产量1033万吨': the month's total a sentence before;
        # '3月,中国粗钢日均产量308.81万吨…。3月,中国粗钢产量9573万吨': one after)
        named = [n for n in _MONTH.finditer(earlier.text) if int(n.group("m")) == month]
        where, total = earlier, (_total(earlier.text, named[0].end(), len(earlier.text), unit, product, first=True)
                                 if named and product else None)
    if total is None:
        return None
    return _check(s, m.span("num"), m.group("num"), m.group("unit"), where, total, month, first_year)


def _over_the_holiday(s, m: re.Match, days: int) -> Optional[dict]:
    """An average in a text on a holiday of `days` days, its sentence naming no month: the nearest total before it in its
    sentence over the holiday's days ('5天假…五一期间全社会跨区域人员流动量135846.27万人次,日均27169.3万人次')."""
    if _MONTH.search(s.text, 0, m.start()) or _LONGER_PERIOD.search(s.text, 0, m.start()) or _NO_HOLIDAY.search(s.text, 0, m.start()):
        return None
    unit = scaled_unit(m.group("unit"))[0]
    total = _total(s.text, 0, m.start(), unit, _product(s.text, m))
    if total is None:
        return None
    return _over_days(s, m.span("num"), m.group("num"), m.group("unit"), s, total, [days], "the holiday's total over its {} days")


def _listed(s, m: re.Match, first_year: Optional[re.Match], sentences: list) -> list[dict]:
    """Averages listed for the products listed before them, each over the month's total listed for the same products in
    the same order, in its sentence or one before."""
    months = list(_MONTH.finditer(s.text, 0, m.end("names")))  # (the list's first name may open on its month's 月)
    if not months or _LONGER_PERIOD.search(s.text, months[-1].end(), m.end("names")):
        return []
    month, names = int(months[-1].group("m")), _names(m.group("names"))
    averages = list(_FIGURE.finditer(s.text, m.start("nums"), m.end("nums")))
    for where in reversed(sentences):
        for t in _TOTALS_LISTED.finditer(where.text, 0, m.start() if where is s else len(where.text)):
            totals = list(_FIGURE.finditer(where.text, t.start("nums"), t.end("nums")))
            named = [n for n in _MONTH.finditer(where.text, 0, t.end("names")) if int(n.group("m")) == month]
            if _names(t.group("names")) == names and len(totals) == len(averages) == len(names) and named \
                    and not _LONGER_PERIOD.search(where.text, named[-1].end(), t.end("names")):
                return [_check(s, a.span("num"), a.group("num"), a.group("unit"), where, total, month, first_year)
                        for a, total in zip(averages, totals) if scaled_unit(a.group("unit"))[0] == scaled_unit(total.group("unit"))[0]]
    return []


def _check(s, span: tuple[int, int], num: str, unit: str, where, total: re.Match, month: int, first_year) -> dict:
    """The average over its month's calendar days (a year named before it in its sentence, else the text's first,
    deciding February's)."""
    years = list(_YEAR.finditer(s.text, 0, span[0])) or ([first_year] if first_year else [])
    days = _days(month, int(years[-1].group("y")) if years else None)
    return _over_days(s, span, num, unit, where, total, days, "the month's total over its {} calendar days")


def _over_days(s, span: tuple[int, int], num: str, unit: str, where, total: re.Match, days: list[int], note: str) -> dict:
    """The average at `span` against the total over a count of days — the first of `days` that gives it, else the first."""
    amount = figure_of(total.group("num")).times(scaled_unit(total.group("unit"))[1] / scaled_unit(unit)[1])
    printed = figure_of(num)
    judged = [(n, *judge_formula(lambda x: x / Decimal(n), [amount], printed)) for n in days]
    n, verdict, exact = next((j for j in judged if j[1] != "mismatch"), judged[0])
    a, b = span
    return make(marked(s.text, a, b), s.page, f"{total.group('num')}{total.group('unit')} ÷ {n} days",
                {"total": amount, "days": Decimal(n)}, printed, exact, unit, verdict, note.format(n),
                cells=[("text", s.page, s.start + a, s.start + b),
                       ("text", where.page, where.start + total.start("num"), where.start + total.end("num"))])


def _product(text: str, m: re.Match) -> str:
    """What the average is of, where its words say: '原煤' of '日均原煤产量', '粗钢' of '中国粗钢日均产量' — '' for
    none ('全国日均产量', '日产')."""
    if m.group("inner"):
        return m.group("inner")[-2:]
    before = re.search(r"[\u4e00-\u9fff]{2,}$", clause_before(text, m.start()))
    if before is None or m.group(0).startswith("日产"):
        return ""
    words = before.group(0)
    return "" if _NO_PRODUCT.search(words[-2:]) else words[-2:]


def _total(text: str, start: int, end: int, unit: str, product: str, first: bool = False) -> Optional[re.Match]:
    """The figure in `unit` (any scale) between start and end that is no change in amount nor an average, its clause
    naming `product` where that is known: the last, or the first."""
    found = [f for f in _FIGURE.finditer(text, start, end)
             if scaled_unit(f.group("unit"))[0] == unit and not _CHANGE_BEFORE.search(text[max(0, f.start() - 4):f.start()])
             and not _AN_AVERAGE_BEFORE.search(text, max(0, f.start() - 16), f.start())
             and (not product or product in clause_before(text, f.start()))]
    return (found[0] if first else found[-1]) if found else None


def _names(listed: str) -> list[str]:
    """The products a list names: '粗钢、生铁和钢材' → ['粗钢', '生铁', '钢材'] (a month or a subject before the first left out)."""
    names = re.split(r"\s*(?:、|和|及|与)\s*", listed)
    names[0] = names[0][-2:]
    return names


def _days(month: int, year: Optional[int]) -> list[int]:
    """The month's calendar days; February's both lengths where no year is named."""
    if month == 2 and year is None:
        return [28, 29]
    return [calendar.monthrange(year or 2001, month)[1]]


