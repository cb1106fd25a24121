"""Check family: a part's amount with its share of a whole the text names and states elsewhere, as digests of an
industry's results write them:

    '42家上市券商合计营业收入2518.66亿元 … 自营业务收入1123.54亿元 同比增长53.53% 占总营收44.61%'
                                                                     1123.54 ÷ 2518.66 = 44.61%
    '150家证券公司…净利润1122.80亿元 … 42家上市券商…归母净利润1040.17亿元(同比增长65.08%),占行业净利润比例达92.64%'

A share of the part's own measure may leave its whole unnamed: '海外营收88,424亿元(同比+10%),占比从2020年12.8%升至
15.7%' is of 营收. The part is the amount nearest before the share in its sentence (a growth or a bracket between allowed). The
whole is an amount the text stated before the part right after the whole's name — 营业收入, 营收, 营业额 for a
share of 营收 or 收入; 净利润 for one of 净利润; for one of 总额 the part's own measure ('前十家券商归母净利润合计
736.42亿元 占行业总额70.8%') — and larger than the part. The nearest such amounts are tried, nearest first, and a
share one of them reproduces is judged with it. Where none does, the share is of a whole the text does not print
(a segment's, another period's, another subject's): unverifiable, naming the nearest tried, never a mismatch —
the text names no period or subject for its whole, so a figure of another would be a false alarm.

A company report's shares of its revenue and profit are `results`' (its periods and line items are typed there);
its shares of another whole (总保费, 总资产) are this family's.
"""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ...quantities import COUNTED_UNITS, unit_key
from ..checks import BOUND_BEFORE, is_company_report, judge_formula, make, marked, money_scale, same_money
from ..sentences import CURRENCY_BEFORE, MONEY_AMOUNT, SIGNED_NUM, figure_of, page_sentences, sentence_matches

# the names a whole's amount is stated under, by the word the share names it with
_REVENUE = "营业总收入|营业收入|总营收|营收|营业额|总营业额"
_PROFIT = "归属于(?:母公司|上市公司)?(?:股东|所有者)的净利润|归母净利润|净利润"
WHOLE_NAMES = {"营业总收入": _REVENUE, "营业收入": _REVENUE, "总营收": _REVENUE, "营收": _REVENUE, "总收入": _REVENUE,
               "营业额": _REVENUE, "总营业额": _REVENUE, "归母净利润": _PROFIT, "净利润": _PROFIT,
               "利润总额": "利润总额", "销售总额": "销售收入|销售总额|销售额"}
# the measures a part's amount may be stated under, for a share of '总额' (the part's own measure)
_MEASURES = re.compile(rf"(?:{_PROFIT}|利润总额|{_REVENUE}|收入)$")
# the share: '占总营收44.61%', '占行业净利润比例达92.64%', '占总营收比重49.18%', '占行业总额70.8%', and of any
# whole named with 总 ('续期保费收入669.91亿元…占总保费比重为66.59%' over '总保费收入1006.10亿元')
# (a bound is no share: '占总收入超90%')
_WHOLE = rf"(?P<whole>{'|'.join(sorted(WHOLE_NAMES, key=len, reverse=True))}|总额|总(?P<other>[\u4e00-\u9fff]{{1,4}}?)(?<![之超逾近约过]))"
_SHARE = re.compile(r"占\s*(?:了)?\s*(?:行业|全行业|全市场|市场|公司|集团|全部|整体)?\s*"
                    rf"{_WHOLE}"
                    r"\s*(?:的)?\s*(?:比重|比例|比)?\s*"
                    rf"(?:为|达到?|约为?|高达)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# or a whole named before the share, '在…中': '国产电影票房为255.11亿元,在总票房中占比为84.85%'
_SHARE_IN = re.compile(r"在\s*(?:行业|全行业|全市场|市场|全国|公司|集团|全部|整体)?\s*"
                       rf"{_WHOLE}"
                       r"\s*中\s*(?:的)?\s*(?:所占(?:比重|比例|份额)|占比|占)\s*"
                       rf"(?:为|达到?|约为?|高达)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# or a whole stated in the share's own words: '《战狼2》单片累计票房55.8亿元,…并在400亿元票房成绩中占比13.95%'
_SHARE_IN_STATED = re.compile(rf"在\s*(?:约)?\s*{MONEY_AMOUNT}\s*(?P<words>[\u4e00-\u9fff]{{0,8}}?)\s*中\s*(?:的)?\s*"
                              rf"(?:所占(?:比重|比例|份额)|占比|占)\s*(?:为|达到?|约为?|高达)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# or a share of the part's own measure, unnamed: '海外营收88,424亿元(同比+10%),占比从2020年12.8%升至15.7%' (of 营收)
# (a share moved to its level: '升至15.7%', '跌至41.2%')
_TO_LEVEL = "升至|降至|提升至|提高至|增至|增加至|下降至|上升至|回升至|跌至"
_SHARE_OF_ITS_MEASURE = re.compile(r"占比\s*(?:从[^，,。；;%％]{0,16}?\d+(?:\.\d+)?\s*[%％]\s*)?"
                                   rf"(?:{_TO_LEVEL}|为|达到?)\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# or a market's share of a counted quantity: '三星智能手机出货量为8082万部,位居第一,市场份额为22%' (of the market's total
# shipments stated before, '全球智能手机出货量为3.66亿部'), '其市场占有率自去年同期的42.5%…跌至41.2%'
_MARKET_SHARE = re.compile(rf"(?:市场份额|市场占有率|市占率|市场占比)\s*(?:[自从][^，,。；;]{{0,30}}?(?:{_TO_LEVEL})|{_TO_LEVEL}|为|达到?|约为?)?\s*"
                           rf"(?P<pct>{SIGNED_NUM})\s*[%％]")
# a counted quantity ('8082万部', '3.26 亿部'), and the words a market's total of one is stated after
QUANTITY = rf"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:亿|千万|百万|万|千)?(?:{COUNTED_UNITS}))"
# or a share of the whole of the part's own quantity, unnamed: '前8月新能源乘用车装机电量约27.6 GWh,占总体的72%' (of the
# 38.4GWh stated before)
_SHARE_OF_THE_WHOLE = re.compile(rf"占\s*(?:总体|整体)\s*(?:的)?\s*(?:比重|比例)?\s*(?:为|达到?|约为?)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
_ITS_OWN_SHARE = re.compile(r"[^。；;\d%％]{0,12}(?:市场份额|市场占有率|市占率|市场占比)")
_MARKET_TOTAL_WORDS = re.compile(r"(?:出货量|出货|销量|销售量|交付量|产量)[^，,。；;\d]{0,8}$")
# between the part's amount and its share: spaces, commas, a growth, a bracket ('(同比增长65.08%),')
# (or a short clause of words: '…8082万部,位居第一,市场份额为22%', '出货 4400 万台排名第三,市场占比 14%')
_BETWEEN = re.compile(r"(?:\s|[，,]|[(（][^()（）]{0,24}[)）]|(?:同比|环比)?(?:增长|下降|下滑|增加|减少|上升|提升|[+\-−])\s*\d+(?:\.\d+)?\s*[%％]"
                      r"|[\u4e00-\u9fff]{1,8}(?=\s*[，,])|约|大约)*")
# a whole stated after its move: '营业收入同比增长12.3%至56.99亿元', '收益按年增长10.7%至94.43亿元'
_MOVED_TO = r"(?:(?:同比|按年|较上年)?\s*(?:增长|下降|下滑|增加|减少|上升|减|增)\s*\d+(?:\.\d+)?\s*[%％]\s*至\s*)"
PART_REACH = 40   # characters from the part's amount to its share
WHOLES = 3        # how many stated wholes are tried, nearest first
FEW_DIGITS = 2    # a share of this many digits or fewer ('85%') is tried against the nearest whole only
ALL_OF_IT = 0.05  # how far from 100, per share, the shares of every part may add up (each rounded to its last digit)
SHARED_BY = 2     # how many other shares reproducing under a whole make it the text's whole for its shares


def find(doc: Document) -> list[dict]:
    # (a company report's shares of its revenue and profit are `results`'; of another whole, this family's)
    company = is_company_report(doc)
    checks = [_judged(page.text, s, m) for pattern in (_SHARE, _SHARE_IN) for page, s, m in sentence_matches(doc, pattern)
              if not (company and m.group("whole") in WHOLE_NAMES)]
    checks += [_judged_in_stated(s, m) for page, s, m in sentence_matches(doc, _SHARE_IN_STATED)]
    if not company:
        checks += [_judged(page.text, s, m) for page, s, m in sentence_matches(doc, _SHARE_OF_ITS_MEASURE)]
        checks += _complementary(doc, {c["_cells"][0] for c in checks if c is not None and c["verdict"] != "unverifiable"})
    checks += [_judged_market(page.text, s, m) for page, s, m in sentence_matches(doc, _MARKET_SHARE)]
    checks += [_judged_market(page.text, s, m, total_words=None) for page, s, m in sentence_matches(doc, _SHARE_OF_THE_WHOLE)]
    return _against_the_shared_whole([c for c in checks if c is not None])


def _complementary(doc: Document, judged: set) -> list[dict]:
    """Parts a sentence lists each with its share ('国产影片票房262亿元,占比达到52.4%,进口影片票房238亿元,占比达到47.6%'):
    where the shares add up to 100, the parts are all of the whole, so the whole is their sum — each share judged
    against it (a part's share that the sum does not give is a mismatch: the parts are every one there is)."""
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            listed = []
            for m in _SHARE_OF_ITS_MEASURE.finditer(s.text):
                part = _part_before(s.text, m.start())
                if part is not None and ("text", s.page, s.start + m.start("pct"), s.start + m.end("pct")) not in judged:
                    listed.append((m, part, figure_of(m.group("pct"))))
            if len(listed) < 2 or len({money_scale(p.group("unit"))[1] for _, p, _ in listed} - {""}) > 1:
                continue
            if abs(sum(pct.value for _, _, pct in listed) - 100) > ALL_OF_IT * len(listed):
                continue
            amounts = [figure_of(p.group("num")).times(money_scale(p.group("unit"))[0]) for _, p, _ in listed]
            names = " + ".join(f"{p.group('num')}{p.group('unit')}" for _, p, _ in listed)
            for (m, part, printed), amount in zip(listed, amounts):
                others = [x for x in amounts if x is not amount]
                verdict, exact = judge_formula(lambda x, *ys: x / (x + sum(ys)) * 100, [amount, *others], printed)
                a, b = m.span("pct")
                out.append(make(marked(s.text, a, b), s.page, f"{part.group('num')}{part.group('unit')} ÷ ({names}) × 100",
                                {"part": amount, "whole": sum(x.value for x in amounts)}, printed, exact, "%", verdict,
                                "the parts' shares add up to 100: the whole is their sum",
                                cells=[("text", s.page, s.start + a, s.start + b),
                                       *[("text", s.page, s.start + p.start("num"), s.start + p.end("num")) for _, p, _ in listed]]))
    return out


def _against_the_shared_whole(checks: list[dict]) -> list[dict]:
    """Each share no stated whole reproduced, judged again against a whole it was tried on under which two or
    more of the text's other shares reproduce: then the whole is the one the text's shares are of, and a share
    that does not reproduce under it is a mismatch ('华为…5183万部,市场份额为14.4%' beside four shares of 3.66亿部)."""
    reproduced: dict = {}
    for c in checks:
        if c["verdict"] in ("consistent", "rounding") and len(c["_cells"]) == 3:
            reproduced[c["_cells"][2]] = reproduced.get(c["_cells"][2], 0) + 1
    out = []
    for c in checks:
        tried, (printed, amount, part_name, claim_cells) = c.pop("_tried", []), c.pop("_part", (None,) * 4)
        shared = next(((label, whole, cell) for label, whole, cell in tried if reproduced.get(cell, 0) >= SHARED_BY), None)
        if c["verdict"] == "unverifiable" and shared:
            label, whole, cell = shared
            verdict, exact = judge_formula(lambda x, y: x / y * 100, [amount, whole], printed)
            c = make(c["claim"], c["page"], f"{part_name} ÷ {label} × 100", {"part": amount, "whole": whole}, printed, exact,
                     "%", verdict, f"the whole {reproduced[cell]} other shares of the text reproduce under",
                     cells=[*claim_cells, cell])
        out.append(c)
    return out


def _is_a_share(printed) -> bool:
    """A share of a whole: above zero, at most the whole."""
    return 0 < printed.value <= 100


def _nearest(wholes: list, pct: str) -> list:
    """The wholes to try, nearest first: three, or the nearest alone for a share of two digits or fewer ('85%'),
    which a wrong whole reproduces too easily."""
    digits = len(re.sub(r"\D", "", pct))
    return wholes[::-1][:1 if digits <= FEW_DIGITS else WHOLES]


def _part_before(sentence: str, at: int, amount: str = MONEY_AMOUNT) -> Optional[re.Match]:
    """The amount (or the counted quantity) right before the share: within reach, only a growth, a bracket or a
    short clause between."""
    found = [a for a in re.finditer(amount, sentence[:at]) if at - a.end() <= PART_REACH]
    if not found or not _BETWEEN.fullmatch(sentence[found[-1].end():at]):
        return None
    return found[-1]


def _measure_of(sentence: str, at: int) -> Optional[str]:
    """The measure an amount is stated under: the words right before it, less a verb ('…归母净利润合计736.42亿元')."""
    words = re.search(r"([\u4e00-\u9fff]{2,16}?)\s*(?:合计|共计|总计|为|达到?|实现|约为?)?\s*$", sentence[:at])
    measure = words and _MEASURES.search(words.group(1))
    return measure.group(0) if measure else None


# a measure's words and how an amount is stated after them: '实际使用外资6040.4亿元', '实际使用外资为…'
_STATED_UNDER = r"\s*(?:为|达到?|约为?|实现|合计|共计|总计|录得)?\s*" + CURRENCY_BEFORE + MONEY_AMOUNT
SHORTEST_MEASURE = 4  # characters of a measure's words, fewer naming too many things ('收入', '投资')


# words before a measure that say where or when, not which part: '全国实际使用外资', '今年1—8月累计'
_SCOPE = re.compile(r"(?:全国|我国|全省|全市|全区|全社会|全部|实际|累计|今年|上半年|下半年|前[一二三四1-4]季度|同期|全年)+$")
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]$")


def _words_before(text: str, at: int) -> str:
    """The run of Chinese characters right before `at`."""
    run = re.search(r"[\u4e00-\u9fff]*$", text[max(0, at - 16):at])
    return run.group(0) if run else ""


def _stated_measure(text: str, at: int) -> Optional[str]:
    """The shortest tail of the words before the amount at `at` (less a verb), of SHORTEST_MEASURE characters or more,
    that an amount before it was stated under ('高技术产业实际使用外资' → '使用外资': its headline, '实际使用外资6040.4亿元',
    and its other parts, '服务业实际使用外资4252.3亿元', alike); None if none was."""
    words = re.search(r"([\u4e00-\u9fff]{4,16}?)\s*(?:合计|共计|总计|为|达到?|实现|约为?)?\s*$", text[:at])
    if words is None:
        return None
    name = words.group(1)
    for n in range(SHORTEST_MEASURE, len(name)):
        if re.search(re.escape(name[-n:]) + _STATED_UNDER, text[:words.start(1)]):
            return name[-n:]
    return None


def _judged(text: str, s, m: re.Match) -> Optional[dict]:
    part = _part_before(s.text, m.start())
    if part is None:
        return None
    printed = figure_of(m.group("pct"))
    if not _is_a_share(printed):
        return None
    word, other = m.groupdict().get("whole"), m.groupdict().get("other")
    headline = False  # (for a measure the part's own words name: its headline, the first stated, is tried too)
    if word is None:  # '…占比升至15.7%': of the part's own measure, one of revenue or profit
        word = _measure_of(s.text, part.start())
        if word not in WHOLE_NAMES:
            # or any measure its words end on that an amount before was stated under ('高技术产业实际使用外资1748亿元,…,
            # 占比达28.9%' of '实际使用外资6040.4亿元')
            word = headline = _stated_measure(text, s.start + part.start())
            if not word:
                return None
    if other:  # '总保费' is stated as '总保费收入…' or '保费总额…'
        names = rf"总{other}(?:收入|规模|余额|金额)?|{other}(?:总额|总计|合计|总量)"
    elif headline:
        names = re.escape(word)
    else:
        names = WHOLE_NAMES.get(word) or (re.escape(measure) if (measure := _measure_of(s.text, part.start())) else None)
    if names is None:
        return None
    p_scale, p_money = money_scale(part.group("unit"))
    amount = figure_of(part.group("num")).times(p_scale)
    part_at = s.start + part.start()
    wholes = []
    for w in re.finditer(rf"(?P<name>{names})\s*{_MOVED_TO}?(?:为|达到?|约为?|实现|合计|共计|总计|录得)?\s*{CURRENCY_BEFORE}{MONEY_AMOUNT}", text[:part_at]):
        scale, money = money_scale(w.group("unit"))
        whole = figure_of(w.group("num")).times(scale)
        if whole.value > amount.value and same_money(p_money, money):
            wholes.append((w, whole))
    if headline:
        # the measure's whole is stated under its words alone, a scope aside ('全国实际使用外资'), not a part's
        # ('服务业实际使用外资', '国产影片票房' beside '进口影片票房…占比')
        wholes = [(w, whole) for w, whole in wholes if not _QUALIFIED.search(_SCOPE.sub("", _words_before(text, w.start())))]
        if not wholes:
            return None  # (no headline of the measure: the words were the part's own, not a measure the text totals)
    tried = _nearest(wholes, m.group("pct"))
    a, b = m.start("pct"), m.end("pct")
    claim = marked(s.text, a, b)
    share_cell = ("text", s.page, s.start + a, s.start + b)
    part_cell = ("text", s.page, s.start + part.start("num"), s.start + part.end("num"))
    part_name = f"{part.group('num')}{part.group('unit')}"
    if not tried and other:
        return None  # (a whole of the text's own naming it never states: maybe no whole at all, '总收入结构')
    wholes = [(f"{w.group('name')} {w.group('num')}{w.group('unit')}", whole, ("text", s.page, w.start("num"), w.end("num")))
              for w, whole in tried]
    return _share_check(claim, s.page, printed, amount, part_name, [share_cell, part_cell], wholes, word)


def _judged_in_stated(s, m: re.Match) -> Optional[dict]:
    """A part's share of the whole its own words state ('在400亿元票房成绩中占比13.95%'): the whole is given, so a share
    it does not reproduce is a mismatch."""
    printed = figure_of(m.group("pct"))
    # (the part: the nearest amount before, a clause of other words allowed between — '55.8亿元,贡献了暑期档34%的票房,
    # 并在400亿元票房成绩中占比13.95%' — as the whole is no guess)
    found = [a for a in re.finditer(MONEY_AMOUNT, s.text[:m.start()]) if m.start() - a.end() <= PART_REACH]
    part = found[-1] if found else None
    if part is None or not _is_a_share(printed):
        return None
    p_scale, p_money = money_scale(part.group("unit"))
    w_scale, w_money = money_scale(m.group("unit"))
    amount, whole = figure_of(part.group("num")).times(p_scale), figure_of(m.group("num")).times(w_scale)
    if not same_money(p_money, w_money) or whole.value <= amount.value:
        return None
    verdict, exact = judge_formula(lambda x, y: x / y * 100, [amount, whole], printed)
    a, b = m.span("pct")
    part_name, whole_name = f"{part.group('num')}{part.group('unit')}", f"{m.group('num')}{m.group('unit')}"
    return make(marked(s.text, a, b), s.page, f"{part_name} ÷ {whole_name} × 100", {"part": amount, "whole": whole},
                printed, exact, "%", verdict, "the whole the share's own words state",
                cells=[("text", s.page, s.start + a, s.start + b),
                       ("text", s.page, s.start + part.start("num"), s.start + part.end("num")),
                       ("text", s.page, s.start + m.start("num"), s.start + m.end("num"))])


def _share_check(claim: str, page: int, printed, amount, part_name: str, cells: list, wholes: list, word: str) -> dict:
    """The share judged against the first of `wholes` (label, figure, cell) that reproduces it; else unverifiable,
    naming the nearest tried (the wholes kept, `_tried`, for the pass over the text's shares together)."""
    for label, whole, cell in wholes:
        verdict, exact = judge_formula(lambda x, y: x / y * 100, [amount, whole], printed)
        if verdict in ("consistent", "rounding"):
            note = "" if cell is wholes[0][2] else "not the nearest whole stated: an earlier one"
            return make(claim, page, f"{part_name} ÷ {label} × 100", {"part": amount, "whole": whole},
                        printed, exact, "%", verdict, note, cells=[*cells, cell])
    if wholes:
        label, whole, _ = wholes[0]
        note = (f"no {word} the text states reproduces it (the nearest, {label.split()[-1]}, gives "
                f"{amount.value / whole.value * 100:.2f}%): the whole is one it does not print")
    else:
        note = f"the whole is not printed: {word}"
    check = make(claim, page, f"{part_name} ÷ {word} × 100", {"part": amount}, printed, None, "%", "unverifiable",
                 note, cells=cells)
    return {**check, "_tried": wholes, "_part": (printed, amount, part_name, cells)}


def _judged_market(text: str, s, m: re.Match, total_words: Optional[re.Pattern] = _MARKET_TOTAL_WORDS) -> Optional[dict]:
    """A market share of the counted quantity before it, over the market's total of that quantity stated before
    (after `total_words`; with None, any larger quantity of the unit: a share of the whole, '占总体的72%')."""
    printed = figure_of(m.group("pct"))
    if not _is_a_share(printed):
        return None
    part = _part_before(s.text, m.start(), QUANTITY)
    at = s.start
    if part is None and s.text.lstrip().startswith("其"):
        # ('…第三季度出货3420万台手机。其市场占有率…跌至41.2%': its, the sentence before's)
        before = list(re.finditer(QUANTITY, text[max(0, s.start - PART_REACH):s.start]))
        part, at = (before[-1], max(0, s.start - PART_REACH)) if before else (None, at)
    if part is None:
        return _judged_market_amount(text, s, m, printed) if total_words is not None else None
    unit = _base_unit(part.group("unit"))
    amount = figure_of(part.group("num")).times(money_scale(part.group("unit"))[0])
    part_at = at + part.start()
    wholes = []
    for w in re.finditer(QUANTITY, text[:part_at]):
        whole = figure_of(w.group("num")).times(money_scale(w.group("unit"))[0])
        if (_base_unit(w.group("unit")) == unit and whole.value > amount.value
                and (total_words is None or total_words.search(text[max(0, w.start() - 12):w.start()]))
                and not _ITS_OWN_SHARE.match(text, w.end())):  # (another maker's shipments, with its own share)
            wholes.append((f"{w.group('num')}{w.group('unit')}", whole, ("text", s.page, w.start("num"), w.end("num"))))
    tried = _nearest(wholes, m.group("pct"))
    a, b = m.start("pct"), m.end("pct")
    cells = [("text", s.page, s.start + a, s.start + b), ("text", s.page, at + part.start("num"), at + part.end("num"))]
    return _share_check(marked(s.text, a, b), s.page, printed, amount, f"{part.group('num')}{part.group('unit')}", cells,
                        [(f"{'market total' if total_words else 'the whole'} {label}", whole, cell) for label, whole, cell in tried],
                        "the market's total" if total_words else "the whole")



# the words an amount is stated under ('国产电影总票房411.75亿元'), less a verb
_NAME_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,12}?)\s*(?:为|达到?|实现|录得|约为?|合计|共计|总计)?\s*$")


def _judged_market_amount(text: str, s, m: re.Match, printed) -> Optional[dict]:
    """A market share of an amount ('国产电影总票房411.75亿元,同比增长8.65%,市场占比64.07%'), over an amount of the same
    measure stated before (the last two characters of the part's name in the whole's: 票房 in '全国电影总票房642.66亿元')."""
    part = _part_before(s.text, m.start())
    name = part and _NAME_BEFORE.search(s.text[:part.start()])
    if not name:
        return None
    measure = name.group(1)[-2:]
    p_scale, p_money = money_scale(part.group("unit"))
    amount = figure_of(part.group("num")).times(p_scale)
    wholes = []
    for w in re.finditer(MONEY_AMOUNT, text[:s.start + part.start()]):
        words = _NAME_BEFORE.search(text[max(0, w.start() - 16):w.start()])
        scale, money = money_scale(w.group("unit"))
        whole = figure_of(w.group("num")).times(scale)
        if (words and measure in words.group(1) and whole.value > amount.value and same_money(p_money, money)
                and not BOUND_BEFORE.search(text[max(0, w.start() - 4):w.start()])):  # ('全国票房首破600亿元')
            wholes.append((f"market total {words.group(1)} {w.group('num')}{w.group('unit')}", whole,
                           ("text", s.page, w.start("num"), w.end("num"))))
    a, b = m.start("pct"), m.end("pct")
    cells = [("text", s.page, s.start + a, s.start + b), ("text", s.page, s.start + part.start("num"), s.start + part.end("num"))]
    return _share_check(marked(s.text, a, b), s.page, printed, amount, f"{part.group('num')}{part.group('unit')}", cells,
                        _nearest(wholes, m.group("pct")), "the market's total")


def _base_unit(unit: str) -> str:
    """A counted quantity's unit without its scale, as one spelling ('万台' and '亿部' are both of 台)."""
    return unit_key(re.sub(r"^(?:亿|千万|百万|万|千)", "", unit))
