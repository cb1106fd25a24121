"""Check family: a month's daily average against its total, as statistics releases print them — the total over the
month's calendar days ('日均产品产量:是以当月公布的…总产量除以该月日历天数计算得到', the bureau's own definition):

    '9月份,生产原煤3.9亿吨,同比增长12.3%,…,日均产量1289万吨'        3.9亿 ÷ 30 = 1300万 (3.85–3.95: 1283–1317)

The month is the one named last before the average in its sentence ('9月份', '12月份'; not one compared with, '增速比
5月份放缓'); the total is the nearest figure before the average in its sentence in the same counted unit (吨 with any
scale: 亿吨 over 万吨), no change in amount — or, where its sentence states none, the first after the same month's name
in the two sentences before. February is
28 or 29 days: a year named in the sentence (or the text's first) decides, else either is taken. A range of months
('1-9月') or a half year is left alone (a release's cumulative daily average is seldom printed, and its days are
ambiguous across leap years and working days)."""
from __future__ import annotations

import calendar
import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, UNIT_MULT, split_scale, unit_key
from ..checks import judge_formula, make, marked
from ..sentences import SIGNED_NUM, YEAR, figure_of, page_sentences

# the average: '日均产量1289万吨', '日均原煤产量1033万吨' (a count a day of things done, '日均装车71659车', is no output)
_AVERAGE = re.compile(rf"日均\s*[\u4e00-\u9fff]{{0,6}}?\s*(?:产量|发电量|销量|吞吐量)\s*(?:为|达到?|约为?)?\s*"
                      rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
_FIGURE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
# a single month ('9月份', '12月'), not a range's end ('1-9月', '1—9月份') nor one compared with ('增速比5月份放缓')
_MONTH = re.compile(r"(?<![\d\-—–~至到比较与])(?P<m>1[0-2]|[1-9])\s*月(?:份)?(?!\s*[\d日])")
# a change in amount's words right before a figure: no total ('环比增加496万吨')
_CHANGE_BEFORE = re.compile(r"(?:增加|减少|增长|下降|多|少)\s*$")
_YEAR = re.compile(rf"(?P<y>{YEAR})\s*年")
SENTENCES_BACK = 2  # sentences before the average's own its month's total may stand in


def find(doc: Document) -> list[dict]:
    first_year = next((y for page in doc.pages for y in _YEAR.finditer(page.text)), None)
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for k, s in enumerate(sentences):
            for m in _AVERAGE.finditer(s.text):
                check = _judged(s, m, first_year, sentences[max(0, k - SENTENCES_BACK):k])
                if check is not None:
                    out.append(check)
    return out


def _judged(s, m: re.Match, first_year: Optional[re.Match], before: list) -> Optional[dict]:
    months = list(_MONTH.finditer(s.text, 0, m.start()))
    if not months:
        return None
    month = int(months[-1].group("m"))
    unit, scale = _split(m.group("unit"))
    where, total = s, _total(s.text, months[-1].end(), m.start(), unit)
    for earlier in reversed(before):
        if total is not None:
            break
        # ('2018年12月份全国原煤产量32038万吨,…。国家统计局表示,12月份日均原煤产量1033万吨': the month's total a sentence before)
        named = [n for n in _MONTH.finditer(earlier.text) if int(n.group("m")) == month]
        where, total = earlier, (_total(earlier.text, named[0].end(), len(earlier.text), unit, first=True) if named else None)
    if total is None:
        return None
    amount = figure_of(total.group("num")).times(_split(total.group("unit"))[1] / scale)
    printed = figure_of(m.group("num"))
    years = list(_YEAR.finditer(s.text, 0, m.start())) or ([first_year] if first_year else [])
    days = _days(month, int(years[-1].group("y")) if years else None)
    judged = [(n, *judge_formula(lambda x: x / Decimal(n), [amount], printed)) for n in days]
    n, verdict, exact = next((j for j in judged if j[1] != "mismatch"), judged[0])
    a, b = m.span("num")
    return make(marked(s.text, a, b), s.page, f"{total.group('num')}{total.group('unit')} ÷ {n} days",
                {"total": amount, "days": Decimal(n)}, printed, exact, m.group("unit"), verdict,
                f"the month's total over its {n} calendar days",
                cells=[("text", s.page, s.start + a, s.start + b),
                       ("text", where.page, where.start + total.start("num"), where.start + total.end("num"))])


def _total(text: str, start: int, end: int, unit: str, first: bool = False) -> Optional[re.Match]:
    """The figure in `unit` (any scale) between start and end that is no change in amount: the last, or the first."""
    found = [f for f in _FIGURE.finditer(text, start, end)
             if _split(f.group("unit"))[0] == unit and not _CHANGE_BEFORE.search(text[max(0, f.start() - 4):f.start()])]
    return (found[0] if first else found[-1]) if found else None


def _days(month: int, year: Optional[int]) -> list[int]:
    """The month's calendar days; February's both lengths where no year is named."""
    if month == 2 and year is None:
        return [28, 29]
    return [calendar.monthrange(year or 2001, month)[1]]


def _split(unit: str) -> tuple[str, Decimal]:
    """A counted unit and its scale ('亿吨' → 吨, 10⁸)."""
    scale, word = split_scale(unit)
    return unit_key(word), Decimal(UNIT_MULT[scale])
