"""Check family: a dividend yield a sentence states against the dividend per share it states
before it and the close ('每股不低于0.22元,当前股息率不低于4.88%' with a close of 4.51元:
0.22 ÷ 4.51 = 4.88%; '每10股派发现金红利3.5元,…股息率2.1%'). A yield is a year's dividend
over the price: a half's or an interim dividend ('中期', 'H1') is not what it divides, and a
close in another currency than the dividend's needs a rate — neither is judged. A yield the
report states with no dividend beside it (on its last twelve months' payouts) is no claim
of this family.

A payout ratio (分红率, 派息比率, 股利支付率) against the dividend per share the sentence states before it
and either the share count and the year's profit (每股股利 × 股本 ÷ 归母净利润) or the EPS (每股股利 ÷ EPS):
'归母净利润10.0亿元,拟每10股派发现金红利5.00元(含税),公司总股本10.00亿股,分红率50%'. An EPS counts
weighted shares and a final dividend may not be the year's whole: a ratio either leaves unreproduced is
unverifiable, naming why, never a mismatch.

And a dividend plan's total against its per-share dividend and the share count it is paid on
('每10股派发现金红利8元…股本111,874,753股为基数,…合计拟派发现金红利89,499,802.40元': 111,874,753
× 0.8), as a company's announcement of its profit distribution states them."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...periods import PERIOD_PHRASE, arabic_years, periods_of_phrase
from ...quantities import UNIT_MULT
from ..checks import is_company_report, judge_formula, make, marked, money_scale
from ..sentences import SIGNED_NUM, figure_of, page_sentences, wrappable

# a dividend per share: '每股派息0.22元', '每股分红不低于0.22元', '每10股派发现金红利3.5元(含税)'
# (its words as a wrapped line may break them: '每股派发现\n金红利0.87元(含税)')
# ('派发现金股利1.25元', a cash dividend's other word; '每10股分配现金股利3.50元', '每10股派送现金红利1.3元', its other verbs)
_DIVIDEND_WORDS = "|".join(wrappable(w) for w in ("派发现金红利", "派发现金股利", "派送现金红利", "派送现金股利", "派送", "分配现金股利", "分配现金红利", "分派现金红利", "分派现金股利", "现金分红", "现金红利", "现金股利", "派息", "派现", "派发",
                                                  "分红", "股利", "股息", "派"))
PER_SHARE = re.compile(rf"每\s*(?P<per>10|十)?\s*股\s*(?:{_DIVIDEND_WORDS})?"
                        rf"\s*(?:不低于|不少于|约为?|为|达)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*元")
# a yield: '股息率不低于4.88%', '股息率约2.53%'
_YIELD = re.compile(rf"股息率\s*(?:不低于|不少于|约为?|为|达到?|有望达到?)?\s*(?P<num>{SIGNED_NUM})\s*%")
# a part of a year's dividend, not the year's
_PART_OF_A_YEAR = re.compile(r"中期|半年|H1|1H|Q[1-4]|季度|特别")
# a yield that is no one year's dividend over the close: an average, a history's, a sector's
_NOT_THE_YEARS = re.compile(r"平均|历史|近\s*[一二三四五六七八九十\d]+\s*年|过去|行业|板块|同业|可比|中枢|分位|TTM|滚动")
# where one sentence's topic ends
_TOPIC_END = re.compile(r"[。；;]")


def find(doc: Document) -> list[dict]:
    return yields(doc) + plan_totals(doc) + payouts(doc) + totals_over_profit(doc)


def yields(doc: Document) -> list[dict]:
    close = doc.meta.price
    if close is None or close.currency not in (None, "CNY") or not is_company_report(doc):
        return []
    price = Printed.of(repr(close.value))
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for y in _YIELD.finditer(s.text):
                check = _check(s, y, price)
                if check is not None:
                    out.append(check)
    return out


def _check(s, y: re.Match, price: Printed) -> Optional[dict]:
    before = s.text[:y.start()]
    cut = max((m.end() for m in _TOPIC_END.finditer(before)), default=0)
    found = list(PER_SHARE.finditer(before, cut))
    if not found:
        return None
    d = found[-1]  # the dividend nearest before the yield
    if _PART_OF_A_YEAR.search(s.text, max(cut, d.start() - 12), d.end()):
        return None
    if _NOT_THE_YEARS.search(s.text, max(cut, y.start() - 10), y.start()):
        return None  # '近五年平均股息率3.5%': an average or a history's, not this dividend over this close
    dps = figure_of(d.group("num"))
    if d.group("per"):  # '每10股派3.5元': 0.35 a share
        dps = Printed(dps.value / 10, dps.step / 10, dps.places + 1)
    printed = figure_of(y.group("num"))
    verdict, exact = judge_formula(lambda x, p: x / p * Decimal(100), [dps, price], printed)
    cells = [("text", s.page, s.start + d.start("num"), s.start + d.end("num")),
             ("text", s.page, s.start + y.start("num"), s.start + y.end("num"))]
    return make(marked(s.text, y.start("num"), y.end("num")).strip(), s.page, "每股股利 ÷ close × 100",
                {"每股股利": dps, "close": price}, printed, exact, "%", verdict, "", cells=cells)


# a plan's share count ('…后的股本111,874,753股为基数', '以总股本1,000,000股为基数') and its total
# ('合计拟派发现金红利89,499,802.40元', '共派发现金红利31,065,000.00元'), within reach after its per-share dividend
# (the count said to be the base wins over a total share count before it: '总股本112,124,537股,扣除…
# 股份数249,784股后的股本111,874,753股为基数'; with none said, the 总股本 stated: '总股本200,000,000股,合计派发…')
# A count in 亿股 or 万股 is rounded to its last digit ('总股本10.0亿股'), one in 股 exact; a note may state
# it in the sentence before the dividend ('公司总股本10.0亿股,2024年拟每10股派发现金红利3.0元,合计派发…').
# (a count in shares may carry zero decimals, as a filing's template prints it: '总股本4,847,312,564.00股')
_SHARE_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{5,})(?:\.0+)?"
# (or the count it is reckoned on: '以公司现有扣除回购股份后的股本3,877,617,208股计算')
_BASE_SHARES = re.compile(rf"(?P<num>{_SHARE_COUNT})\s*(?P<unit>)股\s*(?:为基数|计算)")
# (or named as the shares taking part: '扣除回购专户股份后参与分配股数为3,609,202,724股')
_TAKING_PART = re.compile(rf"(?:参与(?:利润)?分配的?\s*(?:股数|股本|股份(?:总数)?)|分配股数)\s*(?:为)?\s*(?P<num>{_SHARE_COUNT})\s*(?P<unit>)股")
_TOTAL_SHARES = re.compile(rf"总股本\s*(?:为)?\s*(?P<num>{_SHARE_COUNT}|\d+(?:\.\d+)?(?=\s*(?:亿|万)股))\s*"
                           r"(?P<unit>亿|万)?股")
# (or the total a plan is to pay: '2023年中期应派发现金红利人民币82.47亿元', '应派发现金红利约人民币83亿元'; 合计派发
# with no word for the cash: '合计派发19.94亿元'; the clause right after the base: '以总股本2198942070股为基数,派发现金红利
# 233989425.67元')
# (or a plan's words after its colon, and the period its dividend is of: '利润分配方案:派发现金红利5.2亿元',
# '拟派发前三季度现金红利5.17亿元')
# (or 共计 with the amount alone after the per-share dividend: '每10股分配现金股利3.50元(含税),共计人民币12.64亿元')
# (or the cash it is to pay: '预计支付现金1,880,757,274.83元(含税)')
# (or the total paid: '实际派发现金分红总额为4,353,005.66元', '实际现金分红总额258920656.45元')
_PLAN_TOTAL = re.compile(rf"(?:(?:合计|共计|总计|共)\s*(?:拟|应)?|(?<![股\d])(?:拟|应|预计|实际)|(?<=方案[:：])|(?<=为基数[，,]))\s*"
                         rf"(?:派发|派送|分配|派|支付现金|(?=现金(?:分红|红利)\s*总额)|(?=(?:人民币)?\s*\d))\s*"
                         rf"(?:(?:前三季度|中期|半年度|年度|(?:20)?\d\d\s*年(?:度|前三季度|半年度|中期)?)\s*)?"
                         rf"(?:现金红利|现金股利|现金分红|红利)?\s*(?:总额|共计)?\s*"
                         rf"(?:为)?\s*(?:约\s*)?(?:人民币)?\s*(?:约\s*)?(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|元)")
# (or a bare 分红 closing the dividend's clause: '每10股派0.8元现金,分红33802607.6元')
_BARE_TOTAL = re.compile(rf"^[^。；;\d]{{0,8}}?[，,]\s*分红\s*(?:总额)?\s*(?:为)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|元)")
PLAN_REACH = 400  # characters from a per-share dividend to its plan's total
# shares a plan's base leaves out of the total count: '扣除回购专用证券账户中股份数3,848,095股'
_DEDUCTED = re.compile(r"扣除[^。；;，,\d]{0,20}?(?P<num>\d{1,3}(?:,\d{3})+|\d{5,})\s*股")
_YUAN = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}


def plan_totals(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text or ""
        for d in PER_SHARE.finditer(text):
            reach = text[d.end():d.end() + PLAN_REACH]
            total = _BARE_TOTAL.search(reach) or _PLAN_TOTAL.search(reach)
            before_total = reach[:total.start()] if total else reach
            shares = list(_BASE_SHARES.finditer(before_total)) or list(_TAKING_PART.finditer(before_total)) \
                or list(_TOTAL_SHARES.finditer(before_total))
            at = d.end()
            if total is not None and not shares:  # the count stated earlier in the dividend's sentence
                opening = max((m.end() for m in _TOPIC_END.finditer(text, 0, d.start())), default=0)
                shares, at = (list(_BASE_SHARES.finditer(text[opening:d.start()]))
                              or list(_TOTAL_SHARES.finditer(text[opening:d.start()]))), opening
            if total is None or not shares:
                continue
            base = shares[-1]
            # a declared dividend and a share count in shares are exact, not figures rounded to their last digit
            dps = figure_of(d.group("num")).exact()
            count = figure_of(base.group("num")).times(Decimal(UNIT_MULT[base.group("unit") or ""]))
            count = count.exact() if not base.group("unit") else count
            # a total count less the shares the plan leaves out, said after it ('总股本为232,581,095股,扣除回购专用证券账户中
            # 股份数3,848,095股…合计拟派发…'): the plan's base is the difference
            deducted = _DEDUCTED.search(text, at + base.end(), d.end() + total.start()) \
                if base.re is _TOTAL_SHARES and not base.group("unit") else None
            if deducted:
                count = Printed(count.value - figure_of(deducted.group("num")).value, count.step, count.places).exact()
            per = Decimal(10) if d.group("per") else Decimal(1)
            printed = figure_of(total.group("num"))
            scale = _YUAN[total.group("unit")]
            verdict, exact = judge_formula(lambda n, x: n * x / per / scale, [count, dps], printed)
            if verdict == "mismatch" and scale == 1 and abs(exact - printed.value) < printed.step:
                verdict = "rounding"  # (a total in yuan to the fen may be cut, not rounded: 4,353,005.668 paid as …005.66)
            after = d.end()
            cells = [("text", page.number, d.start("num"), d.end("num")),
                     ("text", page.number, at + base.start("num"), at + base.end("num")),
                     ("text", page.number, after + total.start("num"), after + total.end("num"))]
            shown = max(0, after + total.start() - 40)  # the claim: the total's clause and the words before it
            claim = marked(text[shown:after + total.end() + 10], after + total.start("num") - shown,
                           after + total.end("num") - shown).strip()
            words = f"每{'10' if d.group('per') else ''}股派 {d.group('num')}元"
            out.append(make(claim, page.number, f"股本 × {words}{' ÷ 10' if d.group('per') else ''}",
                            {"股本 (股)": count, "每股股利": dps}, printed, exact, total.group("unit"), verdict,
                            f"股本: {base.group('num')} less the {deducted.group('num')} the plan leaves out" if deducted else "",
                            cells=cells))
    return out


# a payout ratio: '分红率50%', '派息比率约为35%', '股利支付率为30.5%'
_PAYOUT = re.compile(rf"(?:现金)?(?:分红率|分红比例|派息比率|派息率|股利支付率)\s*(?:约为?|为|达到?|提升至|提高至)?\s*(?P<num>{SIGNED_NUM})\s*%")
# the year's profit the dividend is paid from, and the shares it is paid on, in the sentence before the ratio
_PROFIT = re.compile(rf"(?:归母净利润|归属于(?:上市公司|母公司)?(?:股东|所有者)的净利润|股东应占(?:溢利|净利润)|净利润)\s*(?:为|达到?|约)?\s*"
                     rf"(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|百万元|元)")
_SHARES = re.compile(rf"(?:总股本|股本)\s*(?:为|约)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿股|万股|百万股|股)")
_EPS = re.compile(rf"(?:每股收益|每股盈利|基本每股收益|EPS)\s*(?:为|达到?|约)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*元")
# a ratio counting more than the dividend: buybacks ('含回购'), several years' ('累计')
_NOT_THIS_PAYOUT = re.compile(r"回购|累计|合计分红|特别股息|特别派息")


def payouts(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for y in _PAYOUT.finditer(s.text):
                check = _payout(s, y)
                if check is not None:
                    out.append(check)
    return out


def _payout(s, y: re.Match) -> Optional[dict]:
    before = s.text[:y.start()]
    cut = max((m.end() for m in _TOPIC_END.finditer(before)), default=0)
    dividends = list(PER_SHARE.finditer(before, cut))
    if not dividends:
        return None
    d = dividends[-1]
    if _NOT_THIS_PAYOUT.search(s.text, d.start(), y.end()) or _NOT_THE_YEARS.search(s.text, max(cut, y.start() - 10), y.start()):
        return None  # a payout with buybacks, an average's or a history's: not this dividend over this profit
    dps = figure_of(d.group("num")).exact()  # a declared dividend is exact
    if d.group("per"):
        dps = Printed(dps.value / 10, Decimal(0), dps.places + 1)
    part_of_year = bool(_PART_OF_A_YEAR.search(s.text, max(cut, d.start() - 12), d.end()) or "末期" in s.text[max(cut, d.start() - 8):d.end()])
    printed = figure_of(y.group("num"))
    profit, shares, eps = (_last(p, before, cut) for p in (_PROFIT, _SHARES, _EPS))
    cells = [("text", s.page, s.start + y.start("num"), s.start + y.end("num")),
             ("text", s.page, s.start + d.start("num"), s.start + d.end("num"))]
    claim = marked(s.text, y.start("num"), y.end("num")).strip()
    if profit is not None and shares is not None:
        count = figure_of(shares.group("num")).times(money_scale(shares.group("unit"))[0])
        amount = figure_of(profit.group("num")).times(money_scale(profit.group("unit"))[0])
        verdict, exact = judge_formula(lambda x, n, a: x * n / a * Decimal(100), [dps, count, amount], printed)
        note = ""
        if verdict == "mismatch" and part_of_year:
            verdict, note = "unverifiable", "the dividend is a part of the year's (中期/末期): the ratio may count the whole year's"
        cells += [("text", s.page, s.start + m.start("num"), s.start + m.end("num")) for m in (shares, profit)]
        return make(claim, s.page, "每股股利 × 股本 ÷ 归母净利润 × 100",
                    {"每股股利": dps, "股本": count, "归母净利润": amount}, printed, exact, "%", verdict, note, cells=cells)
    if eps is not None:
        per = figure_of(eps.group("num"))
        verdict, exact = judge_formula(lambda x, e: x / e * Decimal(100), [dps, per], printed)
        note = ""
        if verdict == "mismatch":
            verdict, note = "unverifiable", ("EPS counts weighted shares and the dividend may not be the year's whole: "
                                             "the ratio may be on the total paid over the profit")
        cells.append(("text", s.page, s.start + eps.start("num"), s.start + eps.end("num")))
        return make(claim, s.page, "每股股利 ÷ EPS × 100", {"每股股利": dps, "EPS": per}, printed, exact, "%", verdict, note,
                    cells=cells)
    return None


def _last(pattern: re.Pattern, text: str, cut: int) -> Optional[re.Match]:
    found = list(pattern.finditer(text, cut))
    return found[-1] if found else None


# a plan's total as a share of the profit it is paid from, or of what the parent may distribute, after the total:
# '合计派发现金红利139.32亿元,为公司2021年度实现的归属于上市公司股东净利润的15.6%,为母公司报表2021年度可供分配
# 利润的50.15%', '合计派发19.94亿元,占前三季度净利润的38%', '合计分红金额将高达13.86亿元,占归母净利润比例约59%'
_BASE_NAME = "|".join(wrappable(name) for name in ("可供分配利润", "净利润"))
# (the total's bracket may say what it is a share's: '5.17亿元(每10股2.50元),占前三季度归母净利润16.95%')
_OF_A_BASE = re.compile(r"\s*(?:[（(][^()（）\n]{0,16}[)）])?\s*[，,]\s*(?:约|合计)?\s*(?:为|占|相当于)\s*(?P<base>[^，,。；;%％]{0,30}?"
                        rf"(?P<name>{_BASE_NAME}))\s*(?:的)?\s*(?:比例|比重)?\s*(?:约|为)?\s*(?P<num>\d+(?:\.\d+)?)\s*[%％]")
# or named a payout ratio after it: '前三季度累计分红约13.86亿元,累计分红率约59%' (of the profit of the period the
# total's clause names)
# (or, as an A-share annual report's plan goes on, in a sentence of its own: '…合计拟派发现金红利654,906,024.50元(含税)。本年度
# 公司现金分红占当年归母净利润比例为32.39%')
_PAYOUT_AFTER = re.compile(r"\s*[（(]?\s*(?:含税)?\s*[)）]?\s*(?:[，,]|。\s*本年度)\s*(?:公司)?\s*(?:累计)?\s*(?:现金)?分红\s*"
                           r"(?:占\s*(?:当年|本年度)?\s*(?:归母净利润|归属于上市公司股东的净利润|净利润)\s*(?:的)?\s*)?(?:率|比例)\s*(?:约|为|达)?\s*"
                           r"(?P<num>\d+(?:\.\d+)?)\s*[%％]")
# the dividends of several payouts summed ('前三季度累计分红约13.86亿元', '合计分红金额将高达13.86亿元'): a total over
# the profit, never one plan's total of one dividend per share (`plan_totals`)
# (or one plan's dividends in all: '派息总额约10.7亿元', '现金分红总额为3.2亿元')
# ('预计派发现金总额1.09亿元', '派发现金红利总额')
_ONE_PLAN = re.compile(r"(?:现金)?(?:派息|分红|股息)\s*总额|派发现金(?:红利)?\s*总额")
# ('前三季度公司拟每股派发现金红利0.34元(含税),累计分配7.06亿元': 分配 as 分红)
_PAID_SO_FAR = re.compile(rf"(?:(?:累计|合计|共计|总计)\s*(?:现金)?(?:分红|分配)\s*(?:金额|总额)?|{_ONE_PLAN.pattern})\s*(?:将)?\s*(?:高达|达到?|为)?\s*(?:约\s*)?(?:人民币)?\s*"
                          rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|元)")
# the base's amount stated before: '…归属于上市公司股东的净利润892.96亿元', '…可供分配利润为277.80亿元'
BASE_REACH = 1500  # characters before the plan's total where its base is looked for
# a profit named with what it leaves out or adds back is another line than the plain one
_OTHER_PROFIT = re.compile(r"扣非|扣除|非经常|少数|备考|调整后|经调整|非公认|Non")


# or the share first, the total in brackets after it: '拟以前三季度净利润的16.95%(合计5.17亿元)实施中期现金分红'
_SHARE_FIRST = re.compile(rf"以\s*(?P<base>[^，,。；;%％]{{0,30}}?(?P<name>{_BASE_NAME}))\s*的\s*(?P<num>\d+(?:\.\d+)?)\s*[%％]\s*"
                          r"(?=[（(]\s*(?:合计|共计|总计)?\s*(?:约)?\s*(?:人民币)?\s*\d)")
_BRACKETED_TOTAL = re.compile(rf"[（(]\s*(?:合计|共计|总计)?\s*(?:约)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|元)\s*[)）]"
                              r"(?=[^，,。；;]{0,12}(?:分红|派息|派发|红利))")


def totals_over_profit(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text or ""
        for ratio in _SHARE_FIRST.finditer(text):
            total = _BRACKETED_TOTAL.match(text, ratio.end())
            if total is not None:
                name = ratio.group("name").replace("\n", "")
                out.append(_over_base(page.number, text, total, ratio, name, ratio.group("base").strip(),
                                      _period_named(ratio.group("base"))))
        for total in sorted([*_PLAN_TOTAL.finditer(text), *_PAID_SO_FAR.finditer(text)], key=lambda t: t.start()):
            at = total.end()
            # (the period of the dividends summed, where the ratio's own words name none: '前三季度累计分红…')
            clause = re.split(r"[。；;，,]", text[max(0, total.start() - 24):total.start()])[-1]
            while (ratio := _OF_A_BASE.match(text, at)) is not None:
                name = ratio.group("name").replace("\n", "")
                out.append(_over_base(page.number, text, total, ratio, name, ratio.group("base").strip(),
                                      _period_named(ratio.group("base")) or _period_named(clause)))
                at = ratio.end()
            if (ratio := _PAYOUT_AFTER.match(text, at)) is not None:
                # (one plan's dividends in all, no period said: the year's, whose profit it is paid from)
                # (or the year's, which the ratio's own words name: '本年度公司现金分红占当年归母净利润比例为32.39%')
                wanted = _period_named(clause) or (("Y", None) if _ONE_PLAN.match(total.group(0)) or re.search(r"本年度|当年", ratio.group(0))
                                                   else None)
                out.append(_over_base(page.number, text, total, ratio, "净利润", f"{clause.strip()}净利润", wanted))
    return out


# the period a profit is of, as the words before it name it (periods.PERIOD_PHRASE: '2021年度', '前三季度', 'Q1-Q3',
# '1-9月', '25Q3', 'H1', '全年'…), compared by kind and, where said, year; and the few words a dividend's base is named
# by that name no period of their own there: a quarter alone ('单季'), an interim (中期), the year spoken of (当年)
_ANY_YEAR = 9999  # a stand-in for the year a phrase does not say ('前三季度'): only its kind is known
_OTHER_PERIOD_WORD = re.compile(r"单季度?|当季|中期|当年")
_OTHER_KIND = {"单季": "Q", "单季度": "Q", "当季": "Q", "中期": "H1", "当年": "Y"}


def _period_named(text: str) -> Optional[tuple[str, Optional[int]]]:
    """The period the last period words of `text` name, as (kind, year): ('Y', 2021), ('9M', None), ('Q', None)."""
    found = []  # (where, kind, year)
    for m in PERIOD_PHRASE.finditer(arabic_years(text)):
        named = periods_of_phrase(m, _ANY_YEAR)
        if named:
            p = named[-1]
            kind = f"H{p[2]}" if p[0] == "H" else p[0]
            found.append((m.start(), kind, None if p[1] == _ANY_YEAR else p[1]))
    found += [(m.start(), _OTHER_KIND[m.group(0)], None) for m in _OTHER_PERIOD_WORD.finditer(text)]
    return max(found)[1:] if found else None


def _one_period(a: tuple[str, Optional[int]], b: tuple[str, Optional[int]]) -> bool:
    """Whether two named periods may be one: one kind, and one year where both name theirs."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _over_base(page: int, text: str, total: re.Match, ratio: re.Match, name: str, base_name: str,
               wanted: Optional[tuple[str, Optional[int]]]) -> dict:
    """The plan's total over the base amount its ratio names (`name`, its words `base_name`, of the period
    `wanted`), as the text states it before the plan, of that period by the words before it; else unverifiable,
    naming that base (a profit of no period said is not taken: the quarter's stands as near as the year's)."""
    other = bool(_OTHER_PROFIT.search(base_name))
    found = None
    # (a summary shortens 净利润 to 净利: '归母净利23.45亿元')
    stated = re.compile(rf"{'净利润?' if name == '净利润' else name}\s*(?:总额)?\s*(?:为|是|达到?|约|实现)?\s*(?:人民币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>亿元|万元|元)")
    first = min(total.start(), ratio.start())  # (the share may come first: '以…净利润的16.95%(合计5.17亿元)')
    periods_said = []  # (profit, its period) before the plan, of the kind the ratio names
    for m in stated.finditer(text, max(0, first - BASE_REACH), first):
        label = text[max(0, m.start() - 16):m.start()]
        said = _period_named(re.split(r"[。！？]", text[max(0, m.start() - 200):m.start()])[-1])
        if bool(_OTHER_PROFIT.search(label)) == other and said is not None:
            periods_said.append((m, said))
            if wanted is not None and _one_period(said, wanted):
                found = m  # the nearest before the plan's total, of the period the ratio names
    printed = figure_of(ratio.group("num"))
    paid = figure_of(total.group("num")).times(_YUAN[total.group("unit")])
    note = ""
    if wanted is None and periods_said:
        # a plan naming no period ('共计分红22.52亿元,分红率97%'): the profit of one period the text states before it
        # ('2025年上半年…归母净利润23.23亿元'); of several ('…2025Q2…归母净利润11.86亿元'), the one whose profit reproduces
        # the ratio, where one alone does
        latest = {said: m for m, said in periods_said}
        fits = [m for m in latest.values() if judge_formula(lambda a, b: a / b * Decimal(100),
                                                            [paid, figure_of(m.group("num")).times(_YUAN[m.group("unit")])],
                                                            printed)[0] != "mismatch"]
        # (one that reproduces it only: a plan naming no period may be the year's, over a half's profit)
        if len(fits) == 1:
            found = fits[0]
            note = "" if len(latest) == 1 else "the plan names no period: the profit of the one period stated before it that reproduces it"
    bracket = re.compile(r"\s*%?\s*[(（]\s*").match(text, ratio.end())
    if found is None and bracket is not None:
        # (or in the bracket right after the ratio: '占当年归母净利润的30.0%(归母净利润10.00亿元)')
        found = re.compile(r"[^\d()（），,。]{0,8}?" + stated.pattern).match(text, bracket.end())
    begin, end = max(0, first - 20), max(total.end(), ratio.end())
    claim = marked(text[begin:end], ratio.start("num") - begin, ratio.end("num") - begin).strip()
    cells = [("text", page, ratio.start("num"), ratio.end("num")), ("text", page, total.start("num"), total.end("num"))]
    if found is None:
        return make(claim, page, f"合计派发 ÷ {base_name} × 100", {"合计派发": paid}, printed, None, "%", "unverifiable",
                    f"the base is not printed: {base_name}", cells=cells)
    base = figure_of(found.group("num")).times(_YUAN[found.group("unit")])
    verdict, exact = judge_formula(lambda a, b: a / b * Decimal(100), [paid, base], printed)
    cells.append(("text", page, found.start("num"), found.end("num")))
    return make(claim, page, f"合计派发 ÷ {name} × 100", {"合计派发": paid, name: base}, printed, exact, "%", verdict, note,
                cells=cells)
