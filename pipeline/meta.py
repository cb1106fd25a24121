"""Report metadata where the report prints it: title, broker, date, analysts, rating."""
from __future__ import annotations

import re
import statistics
from functools import lru_cache
from typing import Optional

from . import clean
from .document import Analyst, Money, Quantity
from . import data_text

_DATE_PATTERNS = [
    re.compile(r"(20\d\d|19\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(?<!\d)(20\d\d|19\d\d)[-./](\d{1,2})[-./](\d{1,2})(?!\d)"),
]
_CERT = re.compile(r"(?:执业证书编号|证书编号|投资咨询资格编号|一般从业资格编号|SAC\s*(?:执业证书)?编号|登记编号)?"
                   r"\s*[:：]?\s*(S\d{13})")
# ratings as brokers print them, and the actions beside them
RATING_WORDS = ("买入|增持|中性|减持|卖出|强于大市|同步大市|弱于大市|谨慎推荐|推荐|优于大市|跑赢行业|同步行业|跑输行业|"
                 "超配|标配|低配|看好|强烈推荐")
_ACTIONS = "维持|首次|上调|下调|首次覆盖"
_RATING = re.compile(rf"({RATING_WORDS})\s*[（(]({_ACTIONS})[)）]")
_RATING_ONLY = re.compile(rf"(?:投资评级[:：]?)?({RATING_WORDS})\s*[（(]?({_ACTIONS})?[)）]?")
_COMPANY_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,16}[（(]?[0-9A-Z]{2,6}(?:\.[A-Z]{1,2}|[A-Z]{2})?[)）]?"
                           r"(?:[/／][0-9A-Z.]+)?[)）]?")
_REPORT_TYPE = re.compile(r"[\u4e00-\u9fff]{0,6}(?:报告|研究|点评|简评|快评|周报|月报|日报|年报|季报)")
_RATING_LABELED = re.compile(rf"(?:投资评级|评级|行业评级)\s*[:：]?\s*({RATING_WORDS})")


@lru_cache(maxsize=1)
def brokers() -> list[str]:
    text = data_text("brokers.txt")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return sorted(set(names), key=len, reverse=True)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    text = data_text("surnames.txt")
    return frozenset(ch for line in text.splitlines() if not line.startswith("#") for ch in line.strip())


_DATE_LABEL = re.compile(r"(?:报告日期|发布日期|发布时间|日期|时间)\s*[:：]?\s*$")


_PUBLISHED = re.compile(r"(?:报告发布日期|发布日期|报告日期|发布时间|出版日期|报告时间)\s*[:：]?\s*$")
# a date that belongs to data, not to the report: 股价（2025年05月09日）, 市场数据(2025-05-15),
# 数据截至, 收盘价 (截至 2 月 14 日), a related report listed with its date
_DATA_DATE = re.compile(r"(?:股价|市场数据|基础数据|数据|截至|截止|收盘|更新|走势|至今|——)\s*[（(]?\s*$")


def report_date(text: str) -> Optional[str]:
    """The report's own date: one after a publication label (发布日期：…) anywhere in the
    opening text; else one on a short line of its own near the top that no data label
    (股价（…）, 市场数据(…), 截至) claims; else the first such date in the opening lines."""
    head = text[:4000]
    lines = head.split("\n")
    for line in lines:
        for at, date in _dates(line):
            if _PUBLISHED.search(line[:at]):
                return date
    # past the opening lines (title, dateline: '（本报讯）2024年5月21日，阿里云宣布…'), a date that
    # opens a narrative clause is when something happened
    for k, line in enumerate(lines):
        for at, date in _dates(line):
            if not _of_data(line, at) and (len(line.strip()) <= 40 and not _of_event(line, at, k)
                                           or _DATE_LABEL.search(line[:at])):
                return date
    return next((d for k, line in enumerate(head[:1000].split("\n")) for at, d in _dates(line)
                 if not _of_data(line, at) and not _of_event(line, at, k)), None)


# a date that opens or sits inside a narrative sentence ('2023年5月6日，讯飞星火大模型发布会上…',
# '于2024年7月23日发布') past a text's opening lines: when something happened, not when the
# report was written
OPENING_LINES = 3
_EVENT_BEFORE = re.compile(r"(?:于|在|自|从|截至|截止|至)\s*$")
_EVENT_AFTER = re.compile(r"\s*(?:日)?\s*[，,]")


# (a date after 于 is when something happened on any line, the opening ones too — '原正极材料业务于2021年9月1日起不再纳入
# 公司合并报表' in a story's second line —, but not when the text says it was published: '发布于2025年8月29日')
_PUBLISHED_AT = re.compile(r"(?:发布|发表|刊登|刊发|更新|撰写|写)\s*于\s*$")


def _of_event(line: str, at: int, k: int) -> bool:
    """Whether the date at `at` of the text's `k`-th line is an event's (see above)."""
    if _EVENT_BEFORE.search(line[:at]) and not _PUBLISHED_AT.search(line[:at]):
        return True
    if k < OPENING_LINES:
        return False
    m = next((m for p in _DATE_PATTERNS if (m := p.match(line, at))), None)
    return bool(m and _EVENT_AFTER.match(line, m.end()))


_DATA_AFTER = re.compile(r"\s*(?:日)?\s*[)）]?\s*(?:收盘|股价|数据|市值)")


def _of_data(line: str, at: int) -> bool:
    """A date a data label claims, before it (股价（…）) or after it (…收盘价), or in a source line."""
    m = next((m for p in _DATE_PATTERNS if (m := p.match(line, at))), None)
    after = line[m.end():] if m else ""
    return bool(_DATA_DATE.search(line[:at]) or _DATA_AFTER.match(after) or line.lstrip().startswith(("资料来源", "数据来源")))


def _dates(line: str) -> list[tuple[int, str]]:
    out = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                out.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    return sorted(out)


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
        # (a newspaper named after a broker's words is no broker: 来源:上海证券报)
        n = len(re.findall(re.escape(name) + "(?!报)", joined))
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


def find_analysts(text: str) -> list[dict]:
    """Analysts with their SAC certificate numbers ({"name", "sac_id"}), in the order printed.
    A name is only taken beside a certificate number, so a downloader's stamp never is."""
    out: list[dict] = []
    for name, cert in _analysts(text):
        if not any(a["name"] == name for a in out):
            out.append({"name": name, "sac_id": cert})
    return out


_NAME_LABEL = re.compile(r"^(?:证券分析师|分析师|研究员|研究助理|联系人)[:：]?")
_NAME_SUFFIX = re.compile(r"[，,]\s*(?:PhD|CFA|FRM|CPA|博士)$", re.I)


def _names_in(row: str) -> list[str]:
    """Person names standing alone on a row ("黄乐平，PhD", "证券分析师：胡剑" count)."""
    names = []
    for w in row.split():
        w = _NAME_SUFFIX.sub("", _NAME_LABEL.sub("", w))
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w) and w[0] in surnames() \
                and not re.search(r"证书|编号|分析|研究|联系|邮箱|电话|资格|牌照", w):
            names.append(w)
    return names


def find_analysts_in_rows(rows: list[str]) -> list[dict]:
    """Analysts on a first page read by baseline: the certificate number's row, or the
    rows just above it (name, then phone and email, then 执业证书编号), holds the name.
    Analysts printed side by side put several certificate numbers on one row: the k-th
    number goes with the k-th name of the nearest row above that names as many."""
    out: list[dict] = []
    for i, row in enumerate(rows):
        certs = list(_CERT.finditer(row))
        for k, m in enumerate(certs):
            name = None
            same_row = _names_in(row[:m.start()])
            if same_row and len(certs) == 1:
                name = same_row[-1]
            else:
                for j in range(i - 1, max(-1, i - 5), -1):
                    names = _names_in(rows[j])
                    if len(names) >= len(certs):
                        name = names[k] if len(certs) > 1 else names[-1]
                        break
                    if names and len(certs) == 1:
                        name = names[-1]
                        break
            if name and not any(a["name"] == name for a in out):
                out.append({"name": name, "sac_id": m.group(1)})
    return out


def _analysts(text: str):
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
        if name:
            yield name, m.group(1)


def find_rating(text: str) -> tuple[Optional[str], Optional[str]]:
    """(rating as printed, action: 维持/上调/下调/首次 or None)."""
    m = _RATING.search(text)
    if m:
        action = "首次" if m.group(2).startswith("首次") else m.group(2)
        return m.group(1), action
    m = _RATING_LABELED.search(text)
    if m:
        after = re.match(r"\s*[（(]?\s*(维持|首次|上调|下调)", text[m.end():m.end() + 8])
        return m.group(1), after.group(1) if after else None
    return None, None


# bounded by ASCII only: Chinese glues a ticker to the name before it (示例半导体688999.SH)
_TICKER = re.compile(r"(?<![A-Za-z0-9_.])(\d{6}\.(?:SH|SZ|BJ)|\d{1,5}\.HK|[A-Z]{1,5}\.(?:US|O|N)|\d{6}\s?CH|\d{3,5}\s?HK"
                     r"|(?<=[（(])\d{6}(?=[)）])|(?<=[（(])0\d{4}(?=[)）]))(?![A-Za-z0-9_])")  # (01876): Hong Kong
# a Hong Kong share-class mark after a company's name: -W weighted voting, -S secondary
# listing, -B pre-revenue biotech ('中通快递-W(02057)')
HK_SHARE_CLASS = r"-(?:W|SW|S|B|WR)(?![A-Za-z])"
# the words that name a currency, in the order a text is searched for them (元 last: 港元 and
# 美元 end with it); verify reads printed exchange rates with the same words
CURRENCY_WORDS = (("港币", "HKD"), ("港元", "HKD"), ("HKD", "HKD"), ("HK$", "HKD"), ("美元", "USD"), ("USD", "USD"),
                  ("US$", "USD"), ("人民币", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("元", "CNY"))
_AMOUNT = r"(\d+(?:\.\d+)?)"
_BRACKET = r"(?:[ \t]*[（(][^）)\n]{0,20}[)）])?"  # on the label's own line


def find_company(text: str) -> tuple[Optional[str], Optional[str]]:
    """(company, ticker as printed) from the first ticker on the page and the name before it."""
    # an A-share company's own announcement opens with both by their labels: '证券代码:000712 证券简称:锦龙股份'
    header = _ANNOUNCEMENT.search(text)
    if header:
        return header.group("name"), header.group("code")
    m = _TICKER.search(text)
    if not m:
        return None, None
    # (a press release names its ticker after a label in the bracket, and itself in full: '无锡药明康德新药开发股份有限公司
    # (股份代码:603259.SH / 2359.HK)' — the name without its legal form)
    window = _CODE_LABEL.sub("", text[max(0, m.start() - 40):m.start()])
    window = _LEGAL_FORM.sub("", window)
    # (or the short name it goes by, given in the same bracket: '…股份有限公司(以下简称“登康口腔”,001328.SZ)')
    before = re.search(r"简称\s*[“\"「]\s*([\u4e00-\u9fffA-Za-z]{2,12})\s*[”\"」]\s*[,，、;；]?\s*$", window) \
        or re.search(rf"([\u4e00-\u9fffA-Za-z]{{2,12}})(?:{HK_SHARE_CLASS})?\s*[（(]?\s*$", window)
    name = before.group(1) if before else None
    if name:
        name = without_description(name)
    if name:  # a first page run into one line: its date's last character and its rating before the name
        # ('2025年09月16日优于大市豪威集团(603501.SH)')
        name = re.sub(rf"^(?:[日月])?(?:{RATING_WORDS})(?=[\u4e00-\u9fffA-Za-z]{{2,}}$)", "", name)
    if name:  # an industry note's list label is not the company: 关注股份阿里巴巴(9988.HK)
        name = _LIST_LABEL.sub("", name) or None
    # a label is not a name; 港股/美股/A股 only where they open it (岱美股份 is a company)
    if name and (len(name) < 2 or re.search(r"代码|股票|公司研究|评级|报告|目标价|^(?:港股|美股|A股)", name)):
        name = None
    return name, m.group(1)


def without_description(name: str) -> str:
    """A name with the description before it cut: '科创板曾经的明星企业石头科技' → 石头科技,
    '“光模块双雄”之一中际旭创' → 中际旭创, '全球知名公司海康威视' → 海康威视, '内地电动两轮车股雅迪集团' → 雅迪集团,
    '锂业务贡献了雅化集团' → 雅化集团 (龙头股份 is a name: three characters must remain)."""
    # (and a Hong Kong paper's sector of stocks: '内地电动两轮车股雅迪集团' → 雅迪集团, '内房股碧桂园' → 碧桂园; never 股份)
    # (and a verb's object: '锂业务贡献了雅化集团' → 雅化集团, a 了 ending what was done to the name)
    return re.sub(r"^.*(?:的|了|企业|龙头|巨头|厂商|标的|个股|之一|公司|(?<=[\u4e00-\u9fff]{2})股(?!份))(?=[\u4e00-\u9fffA-Za-z]{3,}$)", "", name)


_ANNOUNCEMENT = re.compile(r"(?:证券|股票|股份|公司)代码\s*[:：]\s*(?P<code>\d{6})[\s,，;；、]*"
                           r"(?:证券|股票|公司|股份)?简称\s*[:：]\s*(?P<name>(?:\*?ST)?[\u4e00-\u9fffA-Za-z]{2,10}?)"
                           r"(?=\s|[,，;；、]|公告编号|编号|$)")


def tickers_in(text: str) -> set[str]:
    """The tickers a text prints, as printed."""
    return {m.group(1) for m in _TICKER.finditer(text)}


def announcement_header(text: str) -> Optional[re.Match]:
    """The labels an A-share company's own announcement opens with ('证券代码:000712 证券简称:锦龙股份')."""
    return _ANNOUNCEMENT.search(text)


_CODE_LABEL = re.compile(r"(?:股份代码|股票代码|证券代码|代码)\s*[:：]\s*$")
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)(?=\s*[（(]?\s*$)")
_LIST_LABEL = re.compile(r"^(?:建议关注|重点关注|重点推荐|关注股份|关注个股|关注标的|推荐标的|相关标的|受益标的|相关公司|标的)")


# the first page's market data (市场数据/基础数据): a label, its unit in brackets or after the
# figure, the figure; two labels share one line as 'a/b' ('总股本/流通A股（万股） 798,577/798,577')
_MARKET_NAMES = {"总股本": "总股本", "已发行总股本": "总股本", "已发行股本": "总股本", "已发行股份": "总股本", "总股数": "总股本", "发行股数": "总股本",
                 "流通A股": "流通股本", "流通股本": "流通股本", "流通股": "流通股本",
                 "已上市流通股": "流通股本", "已上市流通A股": "流通股本",
                 "总市值": "总市值", "当前市值": "总市值", "市值": "总市值", "流通A股市值": "流通市值", "流通市值": "流通市值", "A股市值": "流通市值",
                 "每股净资产": "每股净资产", "市净率": "市净率", "净资产": "净资产", "归母净资产": "净资产"}
# spaces a PDF puts between Latin and Han ('流通 A 股') allowed between any two characters
_MARKET_LABEL = "|".join(r"\s?".join(re.escape(c) for c in n) for n in sorted(_MARKET_NAMES, key=len, reverse=True))
_MARKET_NUM = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"
_MARKET_UNIT = r"百万港元|十亿港元|亿港元|百万美元|十亿美元|亿美元|百万元|十亿元|亿元|万元|百万股|亿股|万股|港元|美元|元|倍|百万|亿|万"
# a share count's unit printed as a scale alone ('已发行总股本 6,524 百万'): of shares
_SHARE_COUNTS = {"总股本", "流通股本"}
# (or 'a与b均为…', one figure for both: '总股本与流通A股均为5.10亿股')
_MARKET = re.compile(
    # (a label opens the data, or follows its heading run together: '基本状况总股本(百万股)3,120', or the
    # unit of the figure before it: '收盘价为16.49元总股本3445.39百万股流通股本3445.39百万股')
    # or after the words of a price's consequence: '当前股价25.00元,对应总市值200亿元')
    # (or any word before a pair of labels: '…元之间总股本/流通A股为554/553百万股'; never the second of a pair alone)
    rf"(?<!/)(?:(?<![\u4e00-\u9fff])|(?<=公司)|(?<=状况)|(?<=数据)|(?<=元)|(?<=股)|(?<=对应)|(?<=当前)|(?<=目前)"
    # (the second label may be 流通 alone, the first's tradable part: '总股本/流通(亿股) 90.61/84.59', '总市值/流通(亿元)')
    rf"|(?=(?:{_MARKET_LABEL})\s*/\s*(?:{_MARKET_LABEL})))(?P<l1>{_MARKET_LABEL})(?:\s*(?P<join>/|与|和|及)\s*(?P<l2>{_MARKET_LABEL}|流通(?=\s*[（(])))?\s*"
    rf"(?:[（(](?P<u1>[^()（）\d]{{0,10}})[)）]|(?P<u2>{_MARKET_UNIT}))?\s*(?:[（(]\s*[)）])?\s*[:：|]?\s*"
    rf"(?:(?P<both>均为)|为|是|约为|约)?\s*"
    rf"(?P<v1>{_MARKET_NUM})(?!,\d)(?:\s*/\s*(?P<v2>{_MARKET_NUM})(?!,\d))?\s*(?P<u3>{_MARKET_UNIT})?"
    # not a label before a row of figures (a table's 市净率 over five years); '52周…', '3 个月日均…' open the next label
    # (a summary's bullet ' - ' after the figure is no negative figure)
    rf"(?![ \t]*(?:\|[ \t]*)?(?:[-.]\d|\d(?!\d*\s*(?:周|个月))))")


# the tradable part of a first label, named 流通 alone after it ('总市值/流通')
_TRADABLE = {"总股本": "流通股本", "总市值": "流通市值"}


# words before a market value that make it another price's or another day's
_NOT_NOW = re.compile(r"目标|预测|预计|给予|合理|估值|潜在|未来|\d{4}\s*年(?!\s*\d{1,2}\s*月)")


def find_market(text: str) -> dict:
    """The market data a report prints by its first page's labels (总股本, 总市值, 流通市值,
    每股净资产, 市净率), each {value, unit, printed}. A label followed by a row of figures
    (a forecast table's 市净率 over five years) is not market data."""
    out: dict = {}
    for m in _MARKET.finditer(text or ""):
        said = re.split(r"[。；;\n]", (text or "")[max(0, m.start() - 40):m.start()])[-1]  # its sentence so far
        if said.endswith(("对应", "当前", "目前")) and _NOT_NOW.search(said):
            continue  # '目标价对应总市值300亿元', '预计2026年对应市值…': a value at another price, not the market's
        unit = (m.group("u1") or m.group("u2") or m.group("u3") or "").replace(" ", "")
        unit = re.sub(r"[,，].*$", "", unit)  # '元,LF' (the last reported balance)
        money = _MONEY_WORD.get(_currency(unit.replace("元", "")) or "")  # ('人民币 百万': 百万元)
        unit = re.search(_MARKET_UNIT, unit).group(0) if re.search(_MARKET_UNIT, unit) else (unit or None)
        if m.group("join") not in (None, "/") and not m.group("both"):
            continue  # 'a与b' with a figure for one of them only: which one is not said
        if m.group("v2") and not m.group("l2"):
            continue  # two figures 'a/b' after one label: which is the label's is not said
        second = m.group("v1") if m.group("both") and not m.group("v2") else m.group("v2")
        for label, value in ((m.group("l1"), m.group("v1")), (m.group("l2"), second)):
            if not label or not value:
                continue
            name = _MARKET_NAMES.get(re.sub(r"\s", "", label)) or _TRADABLE.get(_MARKET_NAMES[re.sub(r"\s", "", m.group("l1"))])
            if name is None:
                continue
            if re.match(r"\s*倍?\s*[(（]\s*(?:19|20)?\d\d\s*(?:年|[EF])\s*[)）]", (text or "")[m.end():]):
                continue  # '市净率1.80倍(2025E)': a forecast year's multiple, not the market's now
            scaled = unit + "股" if name in _SHARE_COUNTS and unit in ("百万", "亿", "万") else unit
            if name not in _SHARE_COUNTS and unit in ("百万", "十亿", "亿", "万") and money:
                scaled = unit + money  # a scale whose currency the bracket names apart: '总市值 (人民币 百万)'
            out.setdefault(name, {"value": float(value.replace(",", "")), "unit": scaled, "printed": value})
    return out


# the word a money unit ends with in each currency
_MONEY_WORD = {"CNY": "元", "HKD": "港元", "USD": "美元"}


def _currency(text: str) -> Optional[str]:
    for word, code in CURRENCY_WORDS:
        if word in text:
            return code
    return None


# between a price's label and its figure: a multiple the price is put at ('当前股价PE为8.85'),
# the end of a sentence ('目标价,维持增持评级。2023前三季度' — the figure is another's), or the
# price's move against an index ('股价表现优于标普500指数', '股价上涨4%': the figure is the index's or the move's)
_NOT_THE_PRICE_BETWEEN = re.compile(r"PE|PB|P/E|P/B|市盈|市净|估值|[。；;！!？?]|表现|优于|跑赢|跑输|超越|落后|涨|跌|指数")
# after the figure: a date's year, month or day ('股价为 9 月 4日收盘价', '按…股价计算,公司2025年预测市盈率'),
# or a multiple
_NOT_A_PRICE_AFTER = re.compile(r"[ \t]*(?:年|月|日|号|倍|[xX×](?![A-Za-z]))")


# a close said before its label: '对应10月28日38.04元的收盘价5.6/5.5/5.4x PE'
_CLOSE_BEFORE_LABEL = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*(?P<word>港元|港币|美元|元)\s*的?\s*收盘价")


def close_before_its_label(text: str) -> Optional[dict]:
    """The first close printed before its label ('38.04元的收盘价'), its currency from its word."""
    m = _CLOSE_BEFORE_LABEL.search(text)
    return {"value": float(m.group("num")), "currency": _currency(m.group("word")) or "CNY"} if m else None


def find_price(text: str, labels: str) -> Optional[dict]:
    """A price after one of `labels` (目标价, 收盘价, …): the first amount within the line,
    a bracketed date or unit skipped, its currency from the words around it."""
    # ('目标股价5.17HKD' is a target, not a close labelled 股价)
    for m in re.finditer(rf"(?<!目标)(?:{labels}){_BRACKET}[ \t]*[:：]?(?:[ \t]*\n(?=[ \t]*\d))?[ \t]*([^\n\d]{{0,8}}?){_AMOUNT}[ \t]*([^\n\d]{{0,3}})", text):
        label_text = text[m.start():m.start(2)]
        if re.search(r"走势|区间|对应|涨跌", label_text) or re.match(r"[ \t]*[-–~～至到][ \t]*\d", text[m.end(2):]):
            continue  # a price range (目标价 18.00-20.00元) is no one price
        if re.match(r"[ \t]*/[ \t]*\d", text[m.end(2):]):
            continue  # a list ('38.04元的收盘价5.6/5.5/5.4x PE': the multiples at the close) is no one price
        if m.group(3).lstrip().startswith(("%", "％")):
            continue  # a percentage ('÷ 报告首页收盘价 ）×100%') is no price
        if text[m.start(2) - 1:m.start(2)] == "[" and text[m.end(2):m.end(2) + 1] == "]":
            continue  # a digest's reference mark ('…价值 [14]') is no figure
        if text[m.start() - 1:m.start()] in ("(", "（"):
            continue  # a label in another row's brackets ('P/E(现价&最新摊薄)|13.93'): the multiple at the close
        if _NOT_THE_PRICE_BETWEEN.search(m.group(1)) or _NOT_A_PRICE_AFTER.match(m.group(3)):
            continue  # 'PE为8.85' after 股价, a sentence ended before the figure, '9 月 4日'
        # (an H share's price, labelled so, is in Hong Kong dollars: 'H股价(2025/05/06)22.90')
        h_share = re.search(r"(?:H|H股|港股)$", text[max(0, m.start() - 2):m.start()])
        currency = _currency(m.group(1) + m.group(3)) or _currency(label_text) or ("HKD" if h_share else "CNY")
        return {"value": float(m.group(2)), "currency": currency}
    return None


def from_pdf_lines(lines) -> dict:
    """What only the layout knows: the title is the largest type on the first page
    (lines as kept by `clean`, so running headers are already gone)."""
    candidates = [l for l in lines if len(re.sub(r"\W", "", l.text)) >= 4 and not clean.is_disclaimer(l.text)
                  and re.search(r"[\u4e00-\u9fffA-Za-z]{2}", l.text)  # words, not a row of axis ticks (24/06 24/07)
                  and not _RATING_ONLY.fullmatch(re.sub(r"\s", "", l.text))  # a rating set large is not the title
                  and not _COMPANY_LINE.fullmatch(re.sub(r"\s", "", l.text))  # nor the company and its ticker
                  and not _REPORT_TYPE.fullmatch(re.sub(r"\s", "", l.text))  # nor the kind of report (深度研究)
                  and not re.match(r"\s*[—–-]{2}", l.text)]  # nor a subtitle (——技术择时系列研究)
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


# how many lines of a site's chrome may stand above its breadcrumb ('网站首页 > 精选研报 正文')
_CHROME_LINES = 8
# (or a crumb run into its arrow before the page's 正文: '热门资讯> 正文')
_BREADCRUMB = re.compile(r"\s[>›»]\s|[>›»]\s*正文\s*$")


# a download site's line on the report's file, shared by a member: the file's name is the report's title
_SHARED_FILE = re.compile(r"《(?P<title>[^《》]{6,120}?)\.(?:pdf|docx?)》\s*由(?:会|會)(?:员|員)分享")


def _text_title(text: str) -> Optional[str]:
    lines = text.split("\n")
    # a site's chrome above its breadcrumb ('万物公式网是一个专注于…的平台', '微信公众号:…', then '网站首页 > 精选研报 正文'):
    # the title is below the breadcrumb
    crumb = next((n for n, line in enumerate(lines[:_CHROME_LINES]) if _BREADCRUMB.search(line)), None)
    for line in lines[crumb + 1:] if crumb is not None else lines:
        if _BREADCRUMB.search(line):
            continue  # a site's breadcrumb, not the title
        if line.count("|") >= 3 and (line.lstrip().startswith("|")
                                     or all(len(field.strip()) <= 12 for field in line.split("|"))):
            continue  # a table's row ('| 2024年中报 | 2023年年报 | 2023年中报 |') or a site's listing row of
            # short fields ('2024-05-09 | 太平洋 | 夏芈卬 | 买入 | 维持 | 查看详情 |'), not the title
        line = re.sub(r"^[\s•·*#>\-]+", "", line).strip()
        line = re.sub(r"\.(pdf|docx?|html?)$", "", line, flags=re.I)
        if re.match(r"(?:date|发表于|发布于|发布时间|更新时间)\s*[:：]?\s*\d{4}-\d{2}-\d{2}", line) and len(line) <= 40:
            continue  # a site's dateline ('date 2025-08-15 明报新闻网', a forum's '发表于 2025-08-26 19:57:50 股吧网页版';
            # run into a paragraph, the body has begun)
        shared = _SHARED_FILE.match(line)
        if shared:
            return shared.group("title")  # a download site's '《锦波生物-公司研究报告-…-250509(16页).pdf》由会员分享,…'
        original = re.fullmatch(r"[(（]\s*原标题\s*[:：]\s*(?P<title>[^()（）]{6,120}?)\s*[)）]", line)
        if original:
            return original.group("title")  # a reprint's '(原标题:伊利股份:强成长…)' under no title of its own
        if re.fullmatch(r"[(（][^()（）]*[)）]", line):
            continue  # a reprint's note of its source ('(来源:光伏Time)', '(以下内容从…研报附件原文摘录)'), not the title
        if len(line) > 120:
            return None  # a paragraph: the body has begun, and a title is never below it
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
    # (a listed company's own announcement, opening with its 证券代码/证券简称, is no broker's: a broker it names
    # is a holding or a counterparty — '公司持有40%股权的东莞证券' — unless the text is a broker's research)
    own_announcement = announcement_header(first[:300]) and not re.search(r"研究所|研究报告|分析师", head)
    m.broker = None if own_announcement else find_broker(pages)
    from pathlib import Path
    rows_text = "\n".join(pdf_meta.get("rows") or [])
    for source, value in (("text", report_date(rows_text) or report_date(first) or report_date(head)),
                          ("filename", date_from_name(Path(doc.source.path).name)),
                          ("argument", default_date),
                          ("pdf-metadata", pdf_meta.get("created"))):
        if value:
            m.date, m.date_source = value, source
            break
    # a PDF's first page read by baseline keeps a label beside its value ("目标价格 129.48 元")
    # where reading order puts a column of labels before a column of values
    rows = "\n".join(pdf_meta.get("rows") or []) or first
    m.analysts = [Analyst(**a) for a in (find_analysts_in_rows(pdf_meta["rows"]) if pdf_meta.get("rows") else [])
                  or find_analysts(head)]
    m.rating, m.rating_action = find_rating(head)
    if m.rating is None:
        m.rating, m.rating_action = find_rating(rows)
    m.company, m.ticker = find_company(rows)
    if m.ticker is None:
        m.company, m.ticker = find_company(first)
    target = find_price(rows, r"目标价格?|目标价位|目标股价|合理价值|合理估值")
    # (the day before's close as a first page labels it: '昨收盘:9.36')
    price = (find_price(rows, r"收盘价|昨收盘价?|前收盘价?") or close_before_its_label(rows)
             # ('实现价格', a realized selling price, is no 现价)
             or find_price(rows, r"当前股价|最新股价|当前价格?|(?<!实)现价|市价|市场价格") or find_price(rows, r"股价(?!值)"))  # ('持股价值' holds 价值, no 股价)
    m.target_price = Money(**target) if target else None
    m.price = Money(**price) if price else None
    m.market = {name: Quantity(**q) for name, q in find_market(rows).items()}
