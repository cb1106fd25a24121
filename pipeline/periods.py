"""Report periods as brokers print them (2025E, 1Q25A, 2025Q3, 2H24, FY24), as values one
can compare and step through: a year, a quarter, a half, the first three quarters."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

Period = tuple  # ("Y", 2025) | ("Q", 2025, 1) | ("H", 2025, 1) | ("9M", 2025) | ("R", 0): 本期, ("R", -1): 上期
#                | ("M", 2025, 9): the period closing in that month, its length unknown
_YEAR = r"(?:19|20)\d\d"
# what follows a year in a column label: 2025E, 2024A, 2025F, 2025年, 2024年度, 2025年E, 2025E年,
# 2025年预测, 2024实际, 2025(E), 2024年末 (a balance at the year's end) (read/borderless finds headers
# with the same marks)
YEAR_MARK = r"(?:[AEFPabe]|年[AE度末]?|E年|年?(?:预测|预计|实际)|年?[(（][AEF][)）])"


def year_of_text(text: Optional[str]) -> Optional[int]:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


# a year written in Chinese numerals, as Hong Kong filings head their columns ('二零二一年')
_CN_YEAR = re.compile(r"[一二][零〇][一二三四五六七八九零〇]{2}(?=\s*年)")
_CN_DIGIT = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}


def arabic_years(text: str) -> str:
    """`text` with each year in Chinese numerals in digits: '二零二一年 人民币千元' → '2021年 人民币千元'."""
    return _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_of_english(word: str) -> Optional[int]:
    """The month (1–12) an English month's name or its first three letters names ('Dec', 'September'), else None."""
    head = (word or "")[:3].title()
    return _MONTHS_EN.index(head) + 1 if head in _MONTHS_EN else None


# a fiscal year by the month it closes, as Hong Kong brokers head their columns in English ('Dec-24A', 'Mar-25E')
MONTH_YEAR = rf"(?:{'|'.join(_MONTHS_EN)})[-.']?(?:(?:19|20)\d\d|\d\d)"


def period_of_label(label: str) -> Optional[Period]:
    """A table column's period: 2025E, 2024A, FY24 → year; 1Q25A, 2025Q1, Q1 2025 → quarter;
    1H25, 2025H1 → half. A date or anything else: None."""
    t = re.sub(r"\s+", "", label or "")
    t = re.sub(r"^(\d{4})年(?=[QH])", r"\1", t)  # 2025年Q1, as web pages write it
    m = re.fullmatch(rf"(?:FY)?({_YEAR}|\d\d){YEAR_MARK}?", t)
    if m:
        return ("Y", year_of_text(m.group(1)))
    m = re.fullmatch(r"([1-4])Q(\d\d)[AE]?", t) or re.fullmatch(rf"({_YEAR}|\d\d)Q([1-4])[AE]?", t)
    if m:
        a, b = m.groups()
        return ("Q", year_of_text(b), int(a)) if t[1] == "Q" else ("Q", year_of_text(a), int(b))
    m = re.fullmatch(rf"Q([1-4])({_YEAR}|\d\d)[AE]?", t)
    if m:
        return ("Q", year_of_text(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(1[01]\d)年第([一二三四1-4])季度?", t)
    if m:  # a Minguo year's quarter ('114年第3季')
        number = m.group(2)
        return ("Q", int(m.group(1)) + MINGUO_OFFSET, int(number) if number.isdigit() else "一二三四".index(number) + 1)
    # a quarter by its name, as a data site heads a single quarter's column ('2024年第三季度')
    m = re.fullmatch(rf"({_YEAR})年?({QUARTER_NAME})", t)
    if m:
        number = re.search(r"[一二三四1-4]", m.group(2)).group(0)
        return ("Q", year_of_text(m.group(1)), int(number) if number.isdigit() else "一二三四".index(number) + 1)
    m = re.fullmatch(r"([12])H(\d\d)[AE]?", t) or re.fullmatch(rf"({_YEAR}|\d\d)H([12])[AE]?", t)
    if m:
        a, b = m.groups()
        return ("H", year_of_text(b), int(a)) if t[1] == "H" else ("H", year_of_text(a), int(b))
    # a report by the date it closes ('25-09-30', '2025-06-30': a data vendor's column), or by
    # its name ('2025年三季报', '2025中报'): what it counts from the year's start
    m = REPORT_DATE.fullmatch(t) or DATE_IN_WORDS.fullmatch(t)
    if m and (m.group(2).zfill(2), m.group(3)) in _REPORT_ENDS:  # '2025年6月30日' as '2025-06-30'
        return _REPORT_ENDS[(m.group(2).zfill(2), m.group(3))](year_of_text(m.group(1)))
    # the same day first, as Hong Kong heads a balance sheet's columns ('于31/12/2024': as at that day)
    m = DAY_FIRST_DATE.fullmatch(t)
    if m and (m.group(2).zfill(2), m.group(1)) in _REPORT_ENDS:
        return _REPORT_ENDS[(m.group(2).zfill(2), m.group(1))](year_of_text(m.group(3)))
    # a half year or a year by the month it closes, as a data vendor heads its columns ('2025/06',
    # '2024/12'); another month's close may be a fiscal year's half or whole (a company whose
    # year ends in March): the period closing that month, ("M", year, month), a year after the
    # same month's and of no length known
    m = re.fullmatch(rf"({_YEAR})/(0[1-9]|1[0-2])", t)
    if m:
        year, month = year_of_text(m.group(1)), int(m.group(2))
        return ("H", year, 1) if month == 6 else ("Y", year) if month == 12 else ("M", year, month)
    # a fiscal year by the month it closes in English, as Hong Kong brokers head their columns ('Dec-24A', 'Dec 2025E',
    # 'Mar-25A'): December's is the calendar year; another month's, as '2024/03' above
    if re.fullmatch(rf"(?i:{MONTH_YEAR}){YEAR_MARK}?", t):
        month, year = month_of_english(t), year_of_text(re.search(r"\d+", t).group(0))
        return ("Y", year) if month == 12 else ("M", year, month)
    m = re.fullmatch(rf"({_YEAR})年?({REPORT_NAMES})", t)
    if m:
        return report_period(year_of_text(m.group(1)), m.group(2))
    # a report by its kind after a two-digit year, as a fund data site heads its columns ('21年年度', '21年中期')
    m = re.fullmatch(r"(\d\d)年(年度|中期)", t)
    if m:
        return report_period(year_of_text(m.group(1)), m.group(2))
    # the months a period counts from the year's start, by name ('2024前三季度', '2024Q1-Q3', '2024年1-6月')
    m = re.fullmatch(rf"({_YEAR}|\d\d)年?({CUMULATIVE_NAMES})", t)
    if m:
        return ("9M", year_of_text(m.group(1))) if _NINE_MONTHS.fullmatch(m.group(2)) else ("H", year_of_text(m.group(1)), 1)
    m = _RELATIVE.fullmatch(t)
    if m:
        return ("R", 0 if m.group("now") else -1)
    # a relative heading with its dates, as an A-share results flash prints it ('本报告期 (2012年1-6月)',
    # '本报告期末 2012年6月30日'): the period the dates name
    m = re.fullmatch(rf"(?:{RELATIVE_NOW}|{RELATIVE_BEFORE})[（(]?(?P<dated>\d[^（()）]*)[)）]?", t)
    if m:
        return period_of_label(m.group("dated"))
    return None


# a company's own statement heads its columns by the period it reports and the one before it, not
# by year ('本期金额 | 上期金额', '期末余额 | 上年年末余额', '本年数 | 上年数'): a year apart, the
# year itself unnamed — ("R", 0) and ("R", -1). 期初/年初 is where the year began: last year's end
RELATIVE_NOW = (r"本期(?:金额|发生额|数)?|本年(?:金额|发生额|数|累计数?|度)|本报告期(?:金额|末)?|(?:本期|本年)?期末(?:余额|数|金额)?"
                r"|本年末(?:余额|数)?|年末(?:余额|数)")
RELATIVE_BEFORE = (r"上期(?:金额|发生额|数)?|上年(?:金额|发生额|数|同期(?:金额|数|发生额)?|度)|上年同期|上年度?(?:年)?末(?:余额|数)?"
                   r"|上期末(?:余额|数)?|(?:本报告)?[期年]初(?:余额|数|金额)?")
_RELATIVE = re.compile(rf"(?P<now>{RELATIVE_NOW})|(?P<before>{RELATIVE_BEFORE})")

# a quarter named without its year, as an annual report heads its quarterly table under a heading
# that names the year ('第一季度(1-3月份)', '一季度', 'Q1')
_YEARLESS_QUARTER = re.compile(r"(?:第?([一二三四1-4])季度?|Q([1-4]))(?:[（(]\d{1,2}\s*[-–~至]\s*\d{1,2}\s*月份?[)）])?")


def yearless_quarter(label: str) -> Optional[int]:
    """The quarter (1–4) a column names without its year, else None."""
    m = _YEARLESS_QUARTER.fullmatch(re.sub(r"\s+", "", label or ""))
    if not m:
        return None
    number = m.group(1) or m.group(2)
    return int(number) if number.isdigit() else "一二三四".index(number) + 1


# a single quarter by its name after its year ('2024年第三季度', '2024年三季度'); 三季报 is the first three
QUARTER_NAME = r"第?[一二三四1-4]季度?"
# a quarter in the Minguo calendar, as Taiwan's filings head their columns ('114年第3季': 2025's third); year 1911 + n
MINGUO_QUARTER = r"1[01]\d年第[一二三四1-4]季度?"
MINGUO_OFFSET = 1911

# a cumulative period by the months it counts: the first three quarters, or the first half
_NINE_MONTHS = re.compile(r"前[三3]季度?|Q1-Q?3|1-9月")
CUMULATIVE_NAMES = r"前[三3]季度?|Q1-Q?3|1-9月|上半年|Q1-Q?2|1-6月"


def report_period(year: int, kind: str) -> Period:
    """The period a results report named by its kind counts from the year's start: 一季报 the
    first quarter, 中报/半年报 the first half, 三季报 the first three quarters, 年报 the year."""
    if "一季" in kind:
        return ("Q", year, 1)
    if "三季" in kind:
        return ("9M", year)
    if "中" in kind or "半年" in kind:
        return ("H", year, 1)
    return ("Y", year)


# a results report by its name (sentences and table columns alike), and by the date it closes
# ('三季度报' short for 三季度报告: '2024年三季度报正式披露营业总收入96.05亿元' is the first three quarters')
REPORT_NAMES = ("一季报|第一季度报告|一季度报告|第一季度报|一季度报|中报|半年报|半年度报告|三季报|第三季度报告|三季度报告|"
                "第三季度报|三季度报|年报|年度报告")
REPORT_DATE = re.compile(rf"({_YEAR}|\d\d)[-/.](\d\d)[-/.](\d\d)")
# the same in words, as a company's own balance sheet heads its columns ('2024年12月31日', '2025年6月30日')
DATE_IN_WORDS = re.compile(rf"({_YEAR})年(0?3(?=月31)|0?6(?=月30)|0?9(?=月30)|12(?=月31))月(3[01])日")
# a column a table printed with no header, named by its place ('第3列'): what period it holds is not printed
UNHEADED_COLUMN = "第{}列"
UNHEADED_COLUMN_LABEL = re.compile(r"第\d{1,2}列")
# a change column named by the change alone ('变动', '變動', '增减(%)'): of the period right before it, on the one
# a year before that (ingest heads a run with it, normalize types it)
BARE_CHANGE = re.compile(r"(?:变动|變動|变化|變化|增减|增減)(?:[（(]%[)）]|%)?")
# a day written day first, after the '于' ('as at') or '截至' Hong Kong heads a balance's column with
# (groups: day, month, year)
DAY_FIRST_DATE = re.compile(rf"(?:于|於|截至)?([0-3]\d)/([01]?\d)/({_YEAR})")
# a report closing on a quarter's last day counts from the year's start (A-share cumulative reports)
_REPORT_ENDS = {("03", "31"): lambda y: ("Q", y, 1), ("06", "30"): lambda y: ("H", y, 1),
                ("09", "30"): lambda y: ("9M", y), ("12", "31"): lambda y: ("Y", y)}


# a forecast column as brokers mark it: 2025E, 25E, FY2025E, 2025F (forecast), 2025P (projected),
# 2025e, 2025年E, 2025年预测, 2025Est; a reported one 2025A, 2025年, 2025 or 2025年报
_FORECAST = re.compile(r"(?:\d|年)\s*(?:[EFPefp](?![A-Za-z])|Est\b|预测|预计|预期|[(（](?:预测|预计|E)[)）])|E年$")


def is_forecast(label: Optional[str]) -> bool:
    """Whether a period label marks a forecast: the broker's own model, not a copy of the accounts."""
    return bool(_FORECAST.search(str(label or "")))


# the year of a text that names none: its periods are one another's ('第3季' with '前三季'), named 本年/上年
NOMINAL_YEAR = 1000


def name_of(p: Period) -> str:
    kind, year = p[0], p[1]
    if kind in ("Y", "Q", "H", "9M") and abs(year - NOMINAL_YEAR) <= 1:
        year = {NOMINAL_YEAR: "本年", NOMINAL_YEAR - 1: "上年", NOMINAL_YEAR + 1: "次年"}[year]
    if kind == "R":
        return "本期" if year == 0 else "上期" if year == -1 else f"本期{year:+d}年"
    if kind == "M":
        return f"{year}/{p[2]:02d}"
    return {"Y": f"{year}", "Q": f"{year}Q{p[-1]}", "H": f"{year}H{p[-1]}", "9M": f"{year}前三季度"}[kind]


def year_before(p: Period) -> Period:
    return (p[0], p[1] - 1, *p[2:])


def period_before(p: Period) -> Optional[Period]:
    """The period just before (环比): none for a year or a cumulative period."""
    if p[0] == "Q":
        return ("Q", p[1], p[2] - 1) if p[2] > 1 else ("Q", p[1] - 1, 4)
    if p[0] == "H":
        return ("H", p[1], 1) if p[2] == 2 else ("H", p[1] - 1, 2)
    return None


def differences(p: Period) -> list[tuple[Period, Period]]:
    """(whole, part) pairs a single period is the difference of, as brokers derive a quarter
    or a half from the cumulative figures a company reports: Q1 = H1 − Q2, Q2 = H1 − Q1,
    Q3 = 前三季度 − H1, Q4 = year − 前三季度 (or H2 − Q3), H2 = year − H1."""
    kind, year = p[0], p[1]
    if kind == "Q":
        return {1: [(("H", year, 1), ("Q", year, 2))], 2: [(("H", year, 1), ("Q", year, 1))],
                3: [(("9M", year), ("H", year, 1))],
                4: [(("Y", year), ("9M", year)), (("H", year, 2), ("Q", year, 3))]}[p[2]]
    if kind == "H" and p[2] == 2:
        return [(("Y", year), ("H", year, 1))]
    return []


def sort_key(label: Optional[str]) -> tuple:
    """Chronological order of period labels: a year's quarters and halves before the year
    itself (1Q24A, 2Q24A, 1H24, 2024A, 1Q25A); a label that is no period after all, by text."""
    p = period_of_label(label or "")
    if p is None:
        return (9999, 9, 0, label or "")
    month = {"Q": 3 * p[-1], "H": 6 * p[-1], "9M": 9, "M": p[-1]}.get(p[0], 12)
    return (p[1], month, "QHM9YR".index(p[0][0]), label)  # ending together: the quarter, the half, the year


# ----------------------------------------------------------------------------- periods named in prose
# (the `results` family reads sentences by them: '2025-2027年', '25Q3', '2025年1-9月', '上半年')
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4}


# the periods a sentence names; a span first ('2025-2027年'), a quarter before its year
PERIOD_PHRASE = re.compile(
    rf"(?<![\dA-Za-z.\-/])(?:"
    # a span of quarters, each with its year: '2022年一季度至2023年一季度' (five quarters), '2022Q1-2023Q1'
    rf"(?P<qsy1>{_YEAR}|\d\d)\s*(?:年\s*第?(?P<qsn1>[一二三四1-4])\s*季度|Q(?P<qsm1>[1-4]))\s*[-–—~～至到]\s*"
    rf"(?P<qsy2>{_YEAR}|\d\d)\s*(?:年\s*第?(?P<qsn2>[一二三四1-4])\s*季度|Q(?P<qsm2>[1-4]))(?![\d\-])|"
    # a Hong Kong fiscal year's half by its two years: '2025/26上半财年', '2025/26财年中期', '25/26年中期', '2025-2026年中期'
    # (the half to September of the year it starts in, as '截至2025年9月30日止六个月' is; before a span of years)
    rf"(?P<fhy>{_YEAR}|\d\d)\s*[/\-–]\s*(?P<fhy2>{_YEAR}|\d\d)\s*(?:财年|年)?\s*(?:(?P<fhw>上|下)半财年|中期)|"
    rf"(?:FY)?(?P<y1>{_YEAR})\s*(?:年|[AEF])?\s*[-–—~～至到]\s*(?:FY)?(?P<y2>{_YEAR}|\d\d)\s*(?:年|[AEF])?(?![\d\-/.])"
    # a fiscal year: FY2025 (a Hong Kong company's year to March or June, named by its end)
    # a fiscal quarter: FY26Q3 (a fiscal year's third quarter, named by the year it ends in)
    rf"|FY(?P<fqy>{_YEAR}|\d\d)\s*Q(?P<fqn>[1-4])(?![\d\-])"
    rf"|FY(?P<fy>{_YEAR})(?![\d\-])"
    # and in two digits, one year: 'FY25E收入至7,544亿元', 'FY26'
    rf"|FY(?P<fy2>\d\d)[AEF]?(?![\d\-/.A-Za-z])"

    rf"|(?P<y3>\d\d)\s*[-–—~～至到]\s*(?P<y4>\d\d)\s*年"
    # a span of fiscal years in two digits: FY25-27, FY25-FY27E
    rf"|FY(?P<y5>\d\d)\s*[-–—~～至到]\s*(?:FY)?(?P<y6>\d\d)[AEF]?(?![\d\-/.])"
    # years listed: 25/26/27年, 2025/2026/2027年
    rf"|(?P<ylist>(?:{_YEAR}|\d\d)(?:\s*[/、]\s*(?:{_YEAR}|\d\d)){{1,5}})\s*(?:年|[AEF])"
    # each year marked: 2025E/2026E/2027E, 25E/26E, 2025F/2026F
    rf"|(?P<elist>(?:{_YEAR}|\d\d)[AEF](?:\s*[/、]\s*(?:{_YEAR}|\d\d)[AEF]){{1,5}})(?![\dA-Za-z])"
    # ('前3季度' in a digit, as some sites print it)
    rf"|(?:(?P<cy>{_YEAR}|\d\d)\s*年?\s*)?前\s*[三3]\s*季(?:度|(?![报報]))|1\s*[-–—~]\s*3Q(?P<cy2>\d\d)|(?P<cy3>{_YEAR}|\d\d)\s*(?:年\s*)?Q1\s*[-–—~]\s*Q?3"
    # (with no year, as a summary writes them under its year's heading: 'Q1-3实现收入1986.57亿元', '1-3Q')
    rf"|(?P<c9>(?<![A-Za-z\d])Q1\s*[-–—~]\s*Q?3|(?<![\d.])1\s*[-–—~]\s*3Q)(?![\d\-])"
    # months from January: '2025年1-9月' (前三季度), '1-6月' (上半年), '1-3月' (一季度), '1-12月' (the year);
    # other spans ('1-10月') are periods no figure is judged by
    rf"|(?P<my>{_YEAR})\s*年\s*1\s*[-–—~至到]\s*(?P<mn>1[0-2]|[2-9])\s*月(?:份)?"
    # a quarter's end by its month: '2025年6月末', '2024年12月底' (a balance then: as '二季度末', '年末')
    rf"|(?P<mey>{_YEAR})\s*年\s*(?P<mem>3|6|9|12)\s*月\s*(?:末|底)"
    # a quarter's last day, as a company's report closes on it: '2024年12月31日基本每股收益1.80元' is the year's,
    # '截至2025年9月30日,公司实现营收…' the first three quarters' (cumulative, as DATE_IN_WORDS heads a table's column)
    rf"|(?P<dwy>{_YEAR})\s*年\s*(?P<dwm>0?3(?=\s*月\s*31)|0?6(?=\s*月\s*30)|0?9(?=\s*月\s*30)|12(?=\s*月\s*31))\s*月\s*3[01]\s*日"
    # (not a report named by its quarter: '2024年三季度报' counts the first three quarters; 季 alone
    # is a quarter as Taiwan's reports write it: '2025年第三季')
    # quarters listed by their numbers, once 季度: '2025年一、二、三季度', '第一、二季度' (the year named last where none is)
    rf"|(?:(?P<qly>{_YEAR}|\d\d)\s*年\s*)?第?(?P<qlist>[一二三四](?:\s*[、和及与]\s*第?[一二三四]){{1,3}})\s*季(?!度?报)度?"
    # ('2025年单三季度', '25年单Q3': the single quarter, 单 between)
    rf"|(?P<qy>{_YEAR}|\d\d)\s*年?\s*(?:单\s*)?(?:第?(?P<qn>[一二三四1-4])季(?!度?报)度?|Q(?P<qn2>[1-4]))(?![\d\-])"
    rf"|(?P<qn3>[1-4])Q(?P<qy2>(?:20)?\d\d)(?![\d\-])"
    # ('2024年半年度': the first half, as a company's own statements name their interim period)
    rf"|(?:FY)?(?P<hy>{_YEAR}|\d\d)\s*(?:财年|年)?\s*(?:(?P<hw>上|下)半年|H(?P<hn>[12])|(?P<hd>半年度)(?!报))|(?P<hn2>[12])H(?P<hy2>\d\d)(?!\d)"
    # the first half by its quarters: '2025年前二季度' (as 前三季度 counts three)
    rf"|(?P<hy3>{_YEAR}|\d\d)\s*年?\s*前[二两2]季度?"
    # (or by its interim report's name: '2025年中期收入29.27亿元' — not a plan's or a note's term, '中期目标', '中期票据')
    rf"|(?P<hy4>{_YEAR})\s*年\s*中期(?!目标|规划|计划|票据|借款|融资|策略|维度|来看|看)"
    # a results report named by its period: 2025年一季报 (Q1), 中报/半年报 (H1), 三季报 (前三季度), 年报
    rf"|(?P<ry>{_YEAR}|\d\d)\s*年?\s*(?P<rk>{REPORT_NAMES})"
    rf"|(?P<yy>{_YEAR})\s*(?:年(?:全年|度)?|全年|财年|[AE]|F(?![A-Za-z]))(?!\s*\d{{1,2}}\s*(?:[-–—~至到]\s*\d{{1,2}}\s*)?月)"
    # (a count of years is no year: '连续12年实现正增长', '近10年', '长达20年')
    rf"|(?<![续近去逾达时第共超满])(?P<yy2>\d\d)年(?!\s*\d{{1,2}}\s*(?:[-–—~至到]\s*\d{{1,2}}\s*)?月|来|间|内|期)"
    # a Hong Kong results period by its end: '截至2021年6月30日止6个月', '截至2024年12月31日止年度'
    # (its day left out, its half said: '截至2025年9月止九个月', '截至2025年6月止半年度', as a data vendor writes it)
    rf"|截至\s*(?P<ey>{_YEAR})\s*年\s*(?P<em>\d{{1,2}})\s*月\s*(?:\d{{1,2}}\s*日)?\s*止\s*"
    rf"(?:(?P<en>3|三|6|六|9|九|12|十二)\s*个月|(?P<eyear>年度|全年)|(?P<ehalf>半年度?|中期))"
    # with no year: of the year named last in the sentence ('…一季度…；预计全年营收…')
    # ('第三季', '第3季' with 季 alone, as Taiwan's press writes a quarter; '上一季度' is the quarter before, no 一季度)
    # a results report by its name with no year ('(三季报销售费用64.57亿元,…)'): of the year named last — not the
    # report a company publishes ('网易披露三季报,Q3总收入…': the sentence's figures are Q3's) nor a comparison's base
    # ('较中报的14.2%')
    # (nor the report as an event, '随着中报的披露', nor its season, '中报季已经落下帷幕', nor the one the text is
    # about, '在本次中报中': the period it speaks of, whichever that is)
    rf"|(?<![\d年报较比了])(?<!发布)(?<!披露)(?<!公布)(?<!公告)(?<!本次)(?<!此次)(?<!这次)(?P<rb>三季报|中报|半年报|一季报)(?!季|的?(?:披露|发布|公布|出炉))"
    # ('3季度单季实现营收…', '单3季度' in a digit: not a count of quarters, '近3季度', '连续3季度')
    rf"|(?P<bare>全年|(?P<bh>上|下)半财?年|(?<!上)第?(?P<bq>[一二三四])季度|(?<![\d.前近续共每上个])(?<!前\s)第?(?P<bq4>[1-4])季度(?![报報])|第(?P<bq3>[一二三四1-4])季(?![度报報])|Q(?P<bq2>[1-4])(?![\d\-])"
    # ('H1毛利率87.09%': a half by its letter, as a summary writes it beside 'Q2毛利率')
    rf"|(?<![A-Za-z\d])H(?P<bh2>[12])(?![\d\-A-Za-z]))"
    rf")")


# between two period phrases, the words that join them into one list ('2024年和25Q1')
PERIODS_JOINED = re.compile(r"\s*(?:和|及|与|、|以及|/|／)\s*")
# a results period's length in months, written in words ('止六个月')
_CN_MONTHS = {"三": 3, "六": 6, "九": 9, "十二": 12}
# how long after a period's end a report speaks of it without naming its year
_RESULTS_SEASON_DAYS = 120


def _bare_quarter(g: dict) -> Optional[int]:
    """The quarter a bare quarter phrase names ('第三季度', '第3季', 'Q3'), or None."""
    named = g.get("bq") or g.get("bq2") or g.get("bq3") or g.get("bq4")
    return (_CN_Q.get(named) or int(named)) if named else None


def _bare_half(g: dict) -> Optional[int]:
    """The half a bare half phrase names ('上半年', 'H2'), or None."""
    if g.get("bh"):
        return 1 if g["bh"] == "上" else 2
    return int(g["bh2"]) if g.get("bh2") else None


def _results_season_year(g: dict, dated: str) -> Optional[int]:
    """The year whose bare period (上半年, 第二季度, 全年, 前三季度) ended at most a results season
    before `dated` (ISO), else None."""
    try:
        day = date.fromisoformat(dated[:10])
    except ValueError:
        return None
    if _bare_half(g):
        end = (6, 30) if _bare_half(g) == 1 else (12, 31)
    elif _bare_quarter(g):
        end = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}[_bare_quarter(g)]
    elif "前三季度" in (g.get("bare") or ""):
        end = (9, 30)
    else:  # 全年
        end = (12, 31)
    for year in (day.year, day.year - 1):
        ended = date(year, *end)
        if ended < day and (day - ended).days <= _RESULTS_SEASON_DAYS:
            return year
    return None


def consecutive(years: list[int]) -> bool:
    """Whether listed years run on one after another (a list over a span of forecast years)."""
    return all(b == a + 1 for a, b in zip(years, years[1:]))


def periods_of_phrase(m: re.Match, last_year: Optional[int], dated: Optional[str] = None,
                      published: Optional[int] = None) -> Optional[list[Period]]:
    """The periods a period phrase names. A bare one (上半年, 第二季度, 前三季度) takes the year named
    last in the sentence; with none, the year of the report's date where that period ended
    within the results season before it (a summary dated 2025-09-01 speaks of 上半年 2025);
    with no date, the year of the results the text says were published ('发布2025年半年报')."""
    g = m.groupdict()
    if g["bare"] and last_year is None and dated:
        last_year = _results_season_year(g, dated)
    if g["bare"] and last_year is None:
        last_year = published
    if g["ey"]:  # a period by its end: the half or quarter it closes, or the year
        year, month = year_of_text(g["ey"]), int(g["em"])
        months = 12 if g["eyear"] else 6 if g["ehalf"] else _CN_MONTHS.get(g["en"]) or int(g["en"])
        if months == 3:
            return [("Q", year, max(1, min(4, (month + 2) // 3)))]
        if months == 6:
            return [("H", year, 2 if month == 12 else 1)]  # a half to September: a fiscal year's first
        if months == 9:
            return [("9M", year)]
        return [("Y", year)]
    if g["qsy1"]:  # a span of quarters, first to last: each quarter between
        first = (year_of_text(g["qsy1"]), _CN_Q.get(g["qsn1"] or "") or int(g["qsn1"] or g["qsm1"]))
        last = (year_of_text(g["qsy2"]), _CN_Q.get(g["qsn2"] or "") or int(g["qsn2"] or g["qsm2"]))
        n = (last[0] - first[0]) * 4 + last[1] - first[1]
        if not 0 < n <= 12:
            return None
        return [("Q", first[0] + (first[1] - 1 + k) // 4, (first[1] - 1 + k) % 4 + 1) for k in range(n + 1)]
    if g["fhy"]:  # (a fiscal year is two years in a row: '2025-2027年中期' is a span of years, its medium term)
        start, end = year_of_text(g["fhy"]), year_of_text(g["fhy2"])
        if end == start + 1:
            return [("H", start, 2 if g["fhw"] == "下" else 1)]
        return [("Y", y) for y in range(start, end + 1)] if start < end <= start + 10 else None
    if g["ylist"] or g["elist"]:
        years = [year_of_text(y) for y in re.findall(r"\d+", g["ylist"] or g["elist"])]
        return [("Y", y) for y in years] if consecutive(years) else None
    if g["y1"] or g["y3"] or g["y5"]:
        y1, y2 = year_of_text(g["y1"] or g["y3"] or g["y5"]), year_of_text(g["y2"] or g["y4"] or g["y6"])
        return [("Y", y) for y in range(y1, y2 + 1)] if y1 < y2 <= y1 + 10 else None
    if g["mey"]:
        year, month = year_of_text(g["mey"]), int(g["mem"])
        return [("Y", year)] if month == 12 else [("Q", year, month // 3)]
    if g["dwy"]:
        return _counted_to(year_of_text(g["dwy"]), int(g["dwm"]))
    if g["my"]:
        return _counted_to(year_of_text(g["my"]), int(g["mn"]))
    if re.search(r"前\s*[三3]\s*季", m.group(0)) or g["cy2"] or g["cy3"] or g["c9"]:
        year = year_of_text(g["cy"] or g["cy2"] or g["cy3"]) or last_year
        if year is None and dated:  # a bare 前三季度, as a bare 上半年: the season's, else the published one's
            year = _results_season_year({"bare": "前三季度"}, dated)
        year = year or published
        return [("9M", year)] if year else None
    if g["fqy"]:
        return [("Q", year_of_text(g["fqy"]), int(g["fqn"]))]
    if g["qlist"]:
        year = year_of_text(g["qly"]) or last_year or published
        quarters = [_CN_Q[q] for q in re.findall("[一二三四]", g["qlist"])]
        return [("Q", year, q) for q in quarters] if year and consecutive(quarters) else None
    if g["qy"] or g["qy2"]:
        quarter = g["qn"] or g["qn2"] or g["qn3"]
        return [("Q", year_of_text(g["qy"] or g["qy2"]), _CN_Q.get(quarter) or int(quarter))]
    if g["hy"] or g["hy2"]:
        half = 1 if g["hw"] == "上" or g["hd"] or (g["hn"] or g["hn2"]) == "1" else 2
        return [("H", year_of_text(g["hy"] or g["hy2"]), half)]
    if g["hy3"] or g["hy4"]:
        return [("H", year_of_text(g["hy3"] or g["hy4"]), 1)]
    if g["ry"]:
        return [report_period(year_of_text(g["ry"]), g["rk"])]
    if g.get("rb"):
        year = last_year
        if year is None and dated:  # (as a bare 前三季度, 上半年 or 一季度: the season's, else the published one's)
            year = _results_season_year({"三季报": {"bare": "前三季度"}, "一季报": {"bq": "一"}}.get(g["rb"], {"bh": "上"}), dated)
        year = year or published
        return [report_period(year, g["rb"])] if year else None
    if g["bare"]:
        if last_year is None:
            return []  # a period whose year the sentence does not say: no figure is judged by it
        if _bare_half(g):
            return [("H", last_year, _bare_half(g))]
        if _bare_quarter(g):
            return [("Q", last_year, _bare_quarter(g))]
        return [("Y", last_year)]
    return [("Y", year_of_text(g["yy"] or g["yy2"] or g["fy"] or g["fy2"]))]


def _counted_to(year: int, month: int) -> list[Period]:
    """The period counted from January to a quarter's end month ('2025年1-9月', '2025年9月30日'): none for another month."""
    return {3: [("Q", year, 1)], 6: [("H", year, 1)], 9: [("9M", year)], 12: [("Y", year)]}.get(month, [])


def made_of(p: Period) -> list[list[Period]]:
    """The ways a cumulative period is made of shorter ones, finest first: 前三季度 of its three
    quarters or of its first half and third quarter; a half of its quarters; a year of its
    quarters, of 前三季度 and Q4, or of its halves."""
    kind, year = p[0], p[1]
    q = [("Q", year, k) for k in (1, 2, 3, 4)]
    if kind == "9M":
        return [q[:3], [("H", year, 1), q[2]]]
    if kind == "H":
        return [q[:2]] if p[2] == 1 else [q[2:]]
    if kind == "Y":
        return [q, [("9M", year), q[3]], [("H", year, 1), ("H", year, 2)]]
    return []
