"""Check family: a breakdown by shares a sentence lists, which together are one whole:

    '依照製程別區分,3奈米營收比重達23%,5奈米37%,7奈米14%,其他共36%'   (100 − 74 leaves 26: the 36 is a slip)
    '收入占比分别为:智能手机21.5%、电脑与平板15.2%、消费电子43.4%、互联与可穿戴8%、工业与汽车11.9%'

The sentence must say it gives shares (占比, 比重, 份额, 占…) before its first figure, and list at least three
named shares in one run (parted by 、，,；;), or two that are a known whole's members (境内/境外, 线上/线下:
data/partitions.json, judged as with a catch-all); '物联网、车用电子各5%' is 5% for each name. A share listed with a
catch-all (其他, 其余, 其它) makes the list complete: the catch-all is judged against 100 less the others. A list
without one makes 100 within its rounding (every part listed: consistent), passes it (unverifiable: an unlisted
part may be negative, as a broker's 其他 often is — but regions' shares of sales never are: a mismatch) or falls
short (parts left out: nothing said).
Growth rates are no shares: a figure right after a word of change (同比, 增长超, 下降 — but not 增加至, a
level), or a name holding one, ends the list; a name holding 率 is a ratio of its own.

A subtotal the sentence states of the shares it has just given is their sum — by their count:

    '合宁高速贡献收入8.6亿元,占公司收入的40.67%,高界高速和宣广高速则各贡献了25.48%和19.37%的收入,三者合计收入占比约85.5%'

(the last three shares before '三者合计', each in a clause that says it is a share — 占, 比重, 份额, 贡献 —, none after
a word of change, add to 85.52), or every share of the clause right before it ('网站(23%)、饮料(18%)、软件(9%)、化妆品
(8%)、服务业(6%),合计占比64%')."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked
from ..sentences import figure_of, page_sentences
from .partitions import all_regions, is_complete

# the words that say a sentence lists shares of one whole, before its first figure
# (or a distribution: '门店分布为一线城市占42.6%、二线城市占41.0%…', each place's share of the whole)
# (or a share of a named whole, its figure right after: '0-14岁人口占总人口的17.86%')
_SHARE_WORDS = re.compile(r"占比|比重|份额|占[^，,。；;\d]{0,8}(?:的|之)?比例|占[^，,。；;\d]{1,8}的(?=\s*\d)|收入结构|营收结构|构成|分布")
# one named share: a name (or names joined by 、/和, with 各), maybe a share word, then the figure
# (a name's words may be spaced, as a converter prints '3 奈米')
# (or a range's dash between its ends: '15-64岁人口')
_NAME = r"(?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[\dA-Za-z]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[\dA-Za-z])|(?<=\d)[-—–~～](?=\d)){1,12}?"
_ITEM = re.compile(rf"(?P<names>{_NAME}(?:\s*(?:、|和|及|与)\s*{_NAME}){{0,4}}?)\s*"
                   r"(?:营收|收入|营业收入)?\s*(?:占比|比重|占营收比重|占收入比重|占比重)?\s*(?:进一步)?\s*"
                   r"(?P<moved>(?:增加|提升|上升|提高|回落|下降|降)至)?\s*(?:达到?|为|约为?|约|共|合计|占(?:[^，,。；;\d%％]{0,8}?的)?)?\s*"
                   r"(?P<each>各)?\s*(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*[%％]")  # (a figure whole: not '0%' of '80%')
# what parts two shares of one run
_BETWEEN = re.compile(r"\s*[、，,；;:：]\s*")
# a bracketed word on a part after its share, with no percentage in it (not a year before's share, '(2023年:55%)')
_GLOSS = re.compile(r"\s*[（(][^()（）%％\n]{1,20}[)）]")
# a word of change right before a figure: a growth, not a share
_CHANGE_WORD = re.compile(r"同比|环比|年增|季增|增长|下降|下滑|减少|降低|提升|提高|上升|回落|增加|扩大|收窄|增速")
_CHANGE_BEFORE = re.compile(rf"(?:{_CHANGE_WORD.pattern})\s*(?:超过?|逾|近|约|达)?\s*$")
_CATCH_ALL = re.compile(r"^(?:其他|其余|其它)")
# words saying the list names the main parts only ('主要产品包括…'): its catch-all is a part among them, not the rest
_MAIN_ONES = re.compile(r"主要")
HUNDRED = Decimal(100)
FEWEST = 3


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        out += _yearly(page)
        for s in page_sentences(page):
            out += [check for m in _SUBTOTAL.finditer(s.text) if (check := _subtotal(s, m)) is not None]
            out += [check for m in _SLASHED_SHARES.finditer(s.text) if (check := _slashed(s, m)) is not None]
            out += _listed_each(s)
            lead = _SHARE_WORDS.search(s.text)
            if lead is None:
                continue
            clause = max(s.text.rfind(c, 0, lead.start()) for c in "，,；;:：") + 1  # (the first item's name may open it)
            for run in _runs(s.text, clause):
                check = _judged(s, run, distribution=lead.group(0) == "分布")
                if check is not None:
                    out.append(check)
    return out


# one part's shares over a span of years, the parts in lists of their own, one after another, as a prospectus's
# digest prints them: '2022 - 2025年干法隔膜收益占比分别为18.2%、22.7%、13.4%、12.3%' … '湿法隔膜收益占比分别为…'
# … '涂覆隔膜收益占比分别为…' — each year's shares of the parts are of one whole
_YEARLY = re.compile(r"(?P<y1>(?:19|20)\d\d)\s*[-–—~～至到]\s*(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<name>[\u4e00-\u9fffA-Za-z]{1,12}?)"
                     r"(?:收益|收入|营收|营业收入|销售额)?占比\s*分别\s*(?:为|是)\s*"
                     r"(?P<nums>\d+(?:\.\d+)?\s*%(?:\s*[、/，,]\s*\d+(?:\.\d+)?\s*%){1,9})")
_SHARE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*%")
# how far apart two lists of one breakdown may stand: the next bullet, not the next section
YEARLY_GAP = 40


def _yearly(page) -> list[dict]:
    """Each year's shares the parts' lists give (`_YEARLY`), against 100: the lists run on one after another
    (no more than YEARLY_GAP characters between), over one span and with one figure a year. The parts make the
    whole where every other year's shares add up to 100 within their rounding: the year left is judged, its
    last part what the others leave of 100. Where no year adds up, the parts may leave some out: nothing said."""
    runs, run = [], []
    for m in _YEARLY.finditer(page.text):
        shares = list(_SHARE.finditer(m.group("nums")))
        key = (m.group("y1"), m.group("y2"), len(shares))
        if run and (run[-1][0] != key or m.start() - run[-1][1].end() > YEARLY_GAP):
            runs.append(run)
            run = []
        run.append((key, m, shares))
    runs.append(run)
    out = []
    for run in (r for r in runs if len(r) >= 2):
        n = run[0][0][2]
        years = [[(m, shares[k]) for _, m, shares in run] for k in range(n)]
        fits = [_adds_up(year) for year in years]
        for k, year in enumerate(years):
            if not all(fits[j] for j in range(n) if j != k):
                continue  # the other years do not show the parts to be the whole
            (m_last, last), others = year[-1], year[:-1]
            printed = figure_of(last.group("num"))
            parts = [figure_of(f.group("num")) for _, f in others]
            verdict, exact = judge_formula(lambda *xs: HUNDRED - sum(xs), parts, printed)
            at = m_last.start("nums") + last.start("num"), m_last.start("nums") + last.end("num")
            cells = [("text", page.number, *at)] + [
                ("text", page.number, m.start("nums") + f.start("num"), m.start("nums") + f.end("num")) for m, f in others]
            out.append(make(marked(page.text, *at), page.number, f"100 − ({' + '.join(m.group('name') for m, _ in others)})",
                            {f"{m.group('name')} {int(run[0][0][0]) + k}": p for (m, _), p in zip(others, parts)},
                            printed, exact, "%", verdict,
                            f"the parts' shares of {int(run[0][0][0]) + k}: every other year's make 100, so the parts are the whole",
                            cells=cells))
    return out


def _adds_up(year: list[tuple[re.Match, re.Match]]) -> bool:
    """Whether a year's shares add up to 100 within their rounding."""
    return _makes_100([figure_of(f.group("num")) for _, f in year])


def _makes_100(shares: list[Printed]) -> bool:
    """Whether shares add up to 100 within their rounding."""
    return abs(sum(p.value for p in shares) - HUNDRED) <= sum(p.step for p in shares) / 2


# shares in a slash list after their names' slash list earlier in the sentence: '年度长协/月度长协/现货/坑口直销售价
# 分别为433/538/506/202元/吨,占比分别为49%/44%/3%/4%'
_SLASHED_SHARES = re.compile(r"占比\s*(?:分别)?\s*(?:为|是|达)?\s*"
                             r"(?P<nums>\d+(?:\.\d+)?\s*%?(?:\s*/\s*\d+(?:\.\d+)?\s*%?){2,9})\s*%")
_SLASHED_NAMES = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}(?:\s*/\s*[\u4e00-\u9fffA-Za-z]{1,8}){2,9}")
# the measure after a slash list's last name is every name's ('…/坑口直销售价', '…/海外收入')
_MEASURE_AFTER = re.compile(r"(?:售价|价格|收入|营收|销量|销售额|毛利)$")


class _Figure:
    """One figure of a slash list, read as `_ITEM`'s match would give it (group, span, start, end of 'num')."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def group(self, _name: str) -> str:
        return self._text

    def span(self, _name: str) -> tuple[int, int]:
        return self._start, self._end

    def start(self, _name: str) -> int:
        return self._start

    def end(self, _name: str) -> int:
        return self._end


def _slashed(s, m: re.Match) -> Optional[dict]:
    """A slash list of shares against 100, named by the last slash list of as many names before it."""
    nums = [(n.group(0), m.start("nums") + n.start(), m.start("nums") + n.end())
            for n in re.finditer(r"\d+(?:\.\d+)?", m.group("nums"))]
    clause = _clause_start(s.text, m.start())
    if not re.fullmatch(r"\s*(?:其|各自|分别)?\s*", s.text[clause:m.start()]):
        return None  # '线上渠道占比分别为36%/38%…': a measure's share within each name, no breakdown of one whole
    lists = [names for names in _SLASHED_NAMES.finditer(s.text, 0, m.start()) if len(names.group(0).split("/")) == len(nums)]
    if not lists or re.search(r"\[\d+\]|\s-\s|[。；;]", s.text[lists[-1].end():m.start()]):
        return None  # the names in the clause before, not in another bullet
    names = [n.strip() for n in lists[-1].group(0).split("/")]
    names[-1] = _MEASURE_AFTER.sub("", names[-1]) or names[-1]
    if any("率" in n or _CHANGE_WORD.search(n) for n in names):
        return None
    return _judged(s, [([name], _Figure(num, a, b)) for name, (num, a, b) in zip(names, nums)])


# shares listed after 分别 for the parts named before it, one name each ('同城、异地、国际/港澳台快递业务量分别占全部快递业务量的
# 11.6%、86.6%和1.8%', '东、中、西部地区快递业务量比重分别为76.9%、15.7%和7.4%'); a list after it naming none is of the same
# parts ('…,业务收入比重分别为77.6%、13.4%和9.0%')
_EACH_SHARES = re.compile(r"分别\s*(?:占[^，,。；;%％\d]{0,20}?|为|是|达)?\s*"
                          r"(?P<nums>\d+(?:\.\d+)?\s*[%％](?:\s*(?:、|和|及|与)\s*\d+(?:\.\d+)?\s*[%％]){1,9})")
_MARKET_SHARE = re.compile(r"份额|市占率|占有率|渗透率")
_PERIODS = re.compile(r"季度|同期|上期|去年|上年|今年|[年月]")
_NAMES_LISTED = re.compile(r"[\u4e00-\u9fffA-Za-z/]{1,16}(?:\s*(?:、|和|及|与)\s*[\u4e00-\u9fffA-Za-z/]{1,16}){1,9}")


def _listed_each(s) -> list[dict]:
    """Shares after 分别 against 100, each named by the list before it (see `_EACH_SHARES`): a list making 100 is the
    whole; one short of it may leave parts out (no check)."""
    out, names = [], None
    for m in _EACH_SHARES.finditer(s.text):
        nums = [(n.group(0), m.start("nums") + n.start(), m.start("nums") + n.end())
                for n in re.finditer(r"\d+(?:\.\d+)?(?=\s*[%％])", m.group("nums"))]
        clause = _clause_start(s.text, m.start())
        listed = [n for n in _NAMES_LISTED.finditer(s.text, clause, m.start()) if len(re.split(r"、|和|及|与", n.group(0))) == len(nums)]
        if listed:
            names = [n.strip() for n in re.split(r"、|和|及|与", listed[-1].group(0))]
        elif names is None or len(names) != len(nums):
            continue  # (no names of its own, nor a list of as many before it in the sentence)
        before = s.text[listed[-1].start() if listed else clause:m.start()]
        if "率" in before or _CHANGE_WORD.search(before) or _MARKET_SHARE.search(before) or _PERIODS.search(before):
            # rates of each ('GAAP和非GAAP毛利率'), their changes, market shares in each ('线上、线下零售额份额分别为…') or
            # one share in each period ('上一季度和去年同期该占比分别为…'): no breakdown of one whole
            continue
        check = _judged(s, [([name], _Figure(num, a, b)) for name, (num, a, b) in zip(names, nums)])
        # (only a list making 100, or regions' passing it, is judged: a list with a catch-all or of a known whole's
        # members short of 100 may name a whole's part only — '其他产品' is no 其他业务 — and one passing 100 may be of
        # no one whole)
        if check is not None and (check["verdict"] in ("consistent", "rounding")
                                  or (check["verdict"] == "mismatch" and "pass 100" in check["note"])):
            out.append(check)
    return out


# a share's level in a period compared with, right after it: '消费智能产品占比约37%，较第2季的35%略增' — the
# earlier period's share of the same name, a list of its own
_COMPARED = re.compile(r"\s*[，,]\s*(?:较|比)\s*(?:上季度?|上一季度?|第[一二三四1-4]季度?|去年同期|上年同期|\d{4}\s*年(?:同期)?)\s*(?:的)?\s*"
                       r"(?:约\s*)?(?P<num>\d+(?:\.\d+)?)\s*[%％]\s*(?:略增|略减|略升|略降|持平|增加|减少|上升|下降|提升|微增|微减)?")


def _runs(text: str, start: int) -> list[list[tuple[list[str], re.Match]]]:
    """The runs of named shares after `start`: items one after another, parted only by 、，；. A share
    compared with an earlier period's ('…37%，较第2季的35%略增，…') puts that one in a run of its own."""
    runs, earlier = _runs_of(text, start, _COMPARED)
    return runs + [e for e in earlier if len(e) >= FEWEST and len(e) == max(len(r) for r in runs or [[]])]


def _runs_of(text: str, start: int, compared: re.Pattern) -> tuple[list, list]:
    runs, run, at = [], [], start
    earlier_runs, earlier = [], []
    for m in _ITEM.finditer(text, start):
        if m.start() < at:
            continue  # within the earlier period's share just read
        joined = run and _BETWEEN.fullmatch(text, at, m.start()) is not None
        if not joined and _enough(run):
            runs.append(run)
        if not joined:
            run = []
        names = [n for n in re.split(r"\s*(?:、|和|及|与)\s*", m.group("names")) if n]
        if (_CHANGE_BEFORE.search(text, 0, m.start("num")) and not m.group("moved")) or any(
                "率" in n or _CHANGE_WORD.search(n) for n in names):
            run, at = [], m.end()  # a growth or a ratio of its own: the run ends
            continue
        run.append((names if m.group("each") else [" ".join(names)], m))
        at = m.end()
        gloss = _GLOSS.match(text, at)
        if gloss:
            at = gloss.end()  # '浮法玻璃占比 60%(建筑需求主导),光伏玻璃占比25%(…)': a word on the part, no figure of it
        before = compared.match(text, at)
        if before is not None:
            earlier.append((run[-1][0], before))
            at = before.end()
        elif earlier:
            earlier_runs.append(earlier)
            earlier = []
    if _enough(run):
        runs.append(run)
    if earlier:
        earlier_runs.append(earlier)
    return runs, earlier_runs


def _names(run: list[tuple[list[str], re.Match]]) -> list[str]:
    return [name for names, _ in run for name in names]


def _enough(run: list[tuple[list[str], re.Match]]) -> bool:
    """Whether a run is a breakdown: three shares or more, the members of a known whole
    (data/partitions.json `complete_shares`: '境内收入占比62.4%,境外收入占比37.6%'), or a share and the
    catch-all after it ('中高价酒占比72.4%,其他酒类占27.6%': 其他 is the rest, whatever the one is)."""
    names = _names(run)
    return len(run) >= FEWEST or (len(run) >= 2 and is_complete(names, "complete_shares")) \
        or (len(run) == 2 and len(names) == 2 and _is_catch_all(names[-1]))


def _is_catch_all(name: str) -> bool:
    """Whether a part's name (its last word) is the rest of the whole ('其他'); a name may be empty ('…、和1.8%')."""
    words = name.split()
    return bool(words) and bool(_CATCH_ALL.match(words[-1]))


def _judged(s, run: list[tuple[list[str], re.Match]], distribution: bool = False) -> Optional[dict]:
    shares: list[tuple[str, Printed, re.Match]] = []
    for names, m in run:
        shares += [(name, figure_of(m.group("num")), m) for name in names]
    catch_all = [i for i, (name, _, _) in enumerate(shares) if _is_catch_all(name)]
    if _MAIN_ONES.search(s.text, 0, shares[0][2].start("num")):
        catch_all = []  # ('主要产品包括PPR、PE、其他产品三项': the main ones, 其他产品 one of them — not the rest of the whole)
    whole = is_complete([name for name, _, _ in shares], "complete_shares")
    # the share judged: the catch-all, else the last listed — what the others leave of 100
    i = catch_all[-1] if catch_all else len(shares) - 1
    _, printed, m = shares[i]
    others = [share for j, share in enumerate(shares) if j != i]
    if catch_all or whole:
        verdict, exact = judge_formula(lambda *xs: HUNDRED - sum(xs), [p for _, p, _ in others], printed)
        note = ("the listed shares with a catch-all are the whole: it is what the others leave of 100" if catch_all else
                "the listed shares are the members of a whole (data/partitions.json): the last is what the others leave of 100")
    else:
        total = sum(p.value for _, p, _ in shares)
        slack = sum(p.step for _, p, _ in shares) / 2
        if total - slack > HUNDRED and all_regions([name for name, _, _ in shares]):
            # regions' shares of sales: none is negative, so together they cannot pass 100
            verdict, note = "mismatch", "the listed regions' shares pass 100: no region's share is negative"
        elif total - slack > HUNDRED and distribution:
            # (a distribution's places, of stores or people, are counted: none is negative either)
            verdict, note = "mismatch", "the listed shares of a distribution pass 100: no place's share is negative"
        elif total - slack > HUNDRED:
            # (an unlisted part may be negative — a broker's 其他 — so the listed ones may pass 100)
            verdict, note = "unverifiable", "the listed shares pass 100: an unlisted part (其他) may be negative"
        elif _makes_100([p for _, p, _ in shares]):
            verdict = "consistent" if total == HUNDRED else "rounding"
            note = "the listed shares make the whole: the last is what the others leave of 100"
        else:
            return None  # short of 100: parts may be left out
        exact = HUNDRED - sum(p.value for _, p, _ in others)
    cells = [("text", s.page, s.start + mm.start("num"), s.start + mm.end("num")) for _, _, mm in [shares[i]] + others]
    return make(marked(s.text, *m.span("num")), s.page, f"100 − ({' + '.join(n for n, _, _ in others)})",
                {n: p for n, p, _ in shares}, printed, exact, "%", verdict, note, cells=cells)


# a subtotal of the shares just given, by their count ('三者合计收入占比约85.5%', '两项合计占比达40%', '上述四家共占62%'),
# or of the clause of shares right before it ('网站(23%)、饮料(18%)、软件(9%)、化妆品(8%)、服务业(6%),合计占比64%')
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNT = "".join(_COUNTS)
_SUBTOTAL = re.compile(rf"(?:(?:上述|以上)?(?P<n>[{_COUNT}])(?:者|项|类|家|个|大\S{{0,4}}?)\s*|(?P<after>[，,]\s*))"
                       r"(?:合计|共计|合共|总计|加总|共)(?(after)(?=占)|)"
                       r"[^\d，,。；;%％]{0,8}?(?:约为?|达到?|为|约|占)?\s*(?P<num>\d+(?:\.\d+)?)\s*[%％]")
# where a clause ends: a stop or comma, or a summary's bullet (' - ')
_CLAUSE_END = re.compile(r"[，,；;:：。]|\s-\s")
# a share's clause names it as one: 占, 比重, 份额, 贡献 (of a whole)
_SHARE_CLAUSE = re.compile(r"占|比重|份额|贡献")
_PERCENT = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*[%％]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins."""
    return max((b.end() for b in _CLAUSE_END.finditer(text, 0, at)), default=0)


def _subtotal(s, m: re.Match) -> Optional[dict]:
    """The stated subtotal m of the last n shares before it in the sentence, or of every share in the
    clause right before it: their sum."""
    if m.group("n"):
        n = _COUNTS[m.group("n")]
        before = list(_PERCENT.finditer(s.text, 0, m.start()))[-n:]
        if len(before) < n:
            return None
    else:  # the shares of the clause before the comma: the subtotal's word says they are shares (合计占比)
        before = list(_PERCENT.finditer(s.text, _clause_start(s.text, m.start()), m.start()))
        n = len(before)
        if n < 2:
            return None
    for f in before:
        clause = s.text[_clause_start(s.text, f.start()):f.start()]
        if (m.group("n") and not _SHARE_CLAUSE.search(clause)) or _CHANGE_BEFORE.search(s.text, 0, f.start()) \
                or _CHANGE_WORD.search(clause.split("占")[-1]):  # (after 占, if any: '占比提升至' is a change)
            return None  # every one a share, none a change
    parts = [figure_of(f.group("num")) for f in before]
    printed = figure_of(m.group("num"))
    verdict, exact = judge_formula(lambda *xs: sum(xs), parts, printed)
    cells = [("text", s.page, s.start + f.start("num"), s.start + f.end("num")) for f in [m] + before]
    return make(marked(s.text, *m.span("num")), s.page, " + ".join(f.group(0) for f in before),
                {f"share {k + 1}": p for k, p in enumerate(parts)}, printed, exact, "%", verdict,
                f"the {n} shares stated before it, added", cells=cells)
