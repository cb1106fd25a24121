"""Check family: several amounts' shares of one whole the text names but never states — each share implies the whole,
and they must imply the same one:

    '担保额度总金额不超过580,000万元人民币,占公司最近一期经审计净资产的89.59%' … '担保额度总金额为60,000万元人民币,
     占最近一期经审计净资产的9.27%' … '担保余额为119,852.47万元人民币,占最近一期经审计净资产的18.51%'
        net assets = 580,000 ÷ 89.59% = 647,394;   60,000 ÷ 647,394 = 9.27%;   119,852.47 ÷ 647,394 = 18.51%

A share is an amount of money (or of shares, 股) and, right after it in its clause, '占<whole>的<p>%'. Shares of one whole
are those naming it alike (its words less 的, 公司, 比例: '公司最近一期经审计净资产' is '最近一期经审计净资产') in one paragraph,
in the same kind of unit. Each share is judged on the whole its paragraph's most precise other share implies (the amount
over its share): amount ÷ (other amount ÷ other share). A whole the text states as an amount is another family's
(`stated_shares`, `quantity_shares`), and so is a company report's (`results`, over its tables' 营业收入); a share stated as a
bound ('不超过', '超过') gives no whole.

A holder's shares of its own holding ('占其所持股份比例', '占其持股总数的') are judged over the holding where the text states
it in other words ('新湖集团直接持有本公司股份 2,786,910,170 股,…累计质押的股份数为1,731,393,504 股,占其所持股份比例的
62.13%'; a pledge table's '持股数量 | 490,957,202股 |'). A table of two cells a row, a name and its figure, is read as
prose: a row '占公司总股本比例 | 1.80% |' is the share of the amount in the row above it, '剩余被质押股份数量占其所持股份比例 |
18.32% |' of the row it names, and '持股比例' the holding's share of the company's shares."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, Optional

from ...calc import Printed, judge_within
from ...document import Document
from ..checks import (BOUND_WORDS, judge_formula, make, money_scale, sentence_marked, sentence_start,
                      several_stocks)
from ..sentences import PERIOD_LIKE, SIGNED_NUM, figure_of, prose_blocks
from . import stated_shares

HUNDRED = Decimal(100)
NAMED_WHOLE = 6  # characters of a whole's words that name one whole, not a measure of several periods
# an amount, then its share of a named whole in the same clause ('119,852.47万元人民币,占最近一期经审计净资产的18.51%',
# '为人民币8.98亿元(包括…),占公司2023年度经审计净资产的比例为31.31%'; '占比' names no whole)
# '占<whole>的<p>%' after an amount, its whole's words and its share
# words of the amount's clause with no figure, before the share's ('1140万股股票质押给华夏银行股份有限公司舟山分行,占其所持
# 股份比例的6.43%'): the share is still the amount's
_WORDS_THEN_SHARE = r"[\u4e00-\u9fff]{1,24}?(?=[，,]\s*约?占)"
_SHARE_OF = (rf"占(?!比)\s*(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{{2,24}}?)\s*(?:的)?\s*(?:比例|比重)?\s*(?:为|约为?|达)?\s*"
             rf"(?P<pct>{SIGNED_NUM})\s*[%％]")
_SHARE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|股|份))(?:人民币)?\s*(?:[(（][^()（）]{{0,60}}[)）])?\s*"
                    rf"(?:{_WORDS_THEN_SHARE})?[，,]?\s*(?:约)?[(（]?\s*{_SHARE_OF}")
# (the same amount's share of another whole right after, its subject maybe named again: '261.70万股,约占…股本总额的3.2713%,
# 占…总数的80.0012%', '1550万股,占…的1.95%,首次授予部分占本次授予权益总额的96.88%')
_NEXT_SHARE = re.compile(rf"\s*[，,、]\s*(?:[\u4e00-\u9fff]{{2,8}}?(?=约?占))?(?:约)?{_SHARE_OF}")
# a whole's words stated with its figure right after them ('公司总股本为1,234,567股')
_STATED_AFTER = r"\s*(?:为|达到?|约为?|共计|合计|[:：])?\s*(?:人民币)?\s*"
_BOUND_BEFORE = re.compile(rf"(?:{BOUND_WORDS}|超过|超)\s*(?:人民币)?\s*$")
_A_DAY = re.compile(r"\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a demonstrative before a whole's name: '该激励计划…' and '本激励计划…' name one whole, '前述可供分配金额' the one stated
_DEMONSTRATIVE = re.compile(r"^(?:前述|上述|该|本|此|这)")
# words of a whole's name that do not tell one whole from another
_FILLER = re.compile(r"的|公司|本公司|上市公司|比例|比重")
# a whole that is a holder's own holding ('其所持股份', '其持股总数', '其所持公司股份总数', '持有股份数'), and the holding
# stated ('直接持有本公司股份 2,786,910,170 股', '共持有公司股份1.77亿股', a table's '持股数量 | 490,957,202股 |'; not '将其
# 持有的840万股公司股份解除质押', '将持有的公司1140万股股票质押给…', shares of it)
_HOLDING_WHOLE = re.compile(r"其?(?:合计)?(?:所持有?|持有|持股)(?:本?公司|上市公司)?(?:股份|股票)?(?:总数|数量|数|总额)?")
_HOLDING = re.compile(rf"(?:持有|持股)(?:的(?=[\u4e00-\u9fff]))?(?:本公司|公司|上市公司)?(?:股份|股票)?(?:数量|总数|数)?[ \t]*\|?[ \t]*"
                      rf"(?:为|共计|合计|[:：])?[ \t]*(?P<num>{SIGNED_NUM})[ \t]*(?P<unit>(?:万亿|亿|千万|百万|万)?股)(?!股票|股份)")
# a table's rows of two cells read as prose: a share ('占其所持股份比例 | 3.87% |', '剩余被质押股份数量占公司总股本比例 |
# 8.53% |'), an amount ('本次解质股份 | 19,000,000股 |'); bars or spaces between the cells
_CELL_GAP = r"[ \t]*(?:\|[ \t]*|[ \t]+)"
_ROW_SHARE = re.compile(rf"[ \t]*\|?[ \t]*(?P<part>[\u4e00-\u9fff]{{0,20}}?)(?:占(?P<whole>[\u4e00-\u9fff]{{2,24}}?)(?:的)?"
                        rf"(?:比例|比重)?|(?P<holding>持股比例)){_CELL_GAP}?(?P<pct>{SIGNED_NUM})[ \t]*[%％][ \t]*\|?[ \t]*")
_ROW_AMOUNT = re.compile(rf"[ \t]*\|?[ \t]*(?P<key>[\u4e00-\u9fff]{{2,30}}?){_CELL_GAP}?(?P<num>{SIGNED_NUM})[ \t]*"
                         rf"(?P<unit>(?:万亿|亿|千万|百万|万)?(?:元|股))[ \t]*\|?[ \t]*")
ROWS_UP = 12  # rows above a share's row its amount may stand in
ROW_LONGEST = 80  # characters of a row of two cells at most


class Share(NamedTuple):
    whole: str
    kind: str       # 元 or 股
    amount: Printed  # in yuan or shares
    pct: Printed
    span: tuple[int, int]      # the share's figure
    amount_span: tuple[int, int]
    raw_whole: str  # the whole's words as printed
    printed: str    # the amount as printed, with its unit ('119,852.47万元')
    whole_span: tuple[int, int]


def find(doc: Document) -> list[dict]:
    if any(t.kind == "financials" for t in doc.tables):
        return []  # (a company report states its whole in its tables: `results` judges the shares over it)
    out = []
    for page in doc.pages:
        text = page.text
        alone: list[tuple[tuple, Share]] = []  # shares with no other of their whole in their paragraph
        on_page: dict[tuple, list[Share]] = {}
        for paragraph in _paragraphs(text):
            groups: dict[tuple, list[Share]] = {}
            found = _shares(text, *paragraph)
            for s in found:
                if _total_before_of_which(text, s):
                    continue  # (the total before 其中 is the parts' whole: `parts`')
                stated = _stated_here(text, s)
                holding = _holding(text, s) if stated is None else None
                if stated is not None:
                    out.append(_over_stated(page, s, stated))  # (the whole stated by the share's own words: over it)
                elif holding is not None:
                    out.append(_over_holding(page, s, holding))  # (a holder's holding, stated in other words: over it)
                elif not _stated(text, s.raw_whole):
                    whole = _whole_of_its_kind(text, s)
                    if whole is None:
                        continue
                    key = (whole, s.kind, _period(text, s.amount_span[0], [f.whole_span for f in found]), _holder(text, s))
                    groups.setdefault(key, []).append(s)
                    on_page.setdefault(key, []).append(s)
            groups = _named_short(groups)
            for key, shares in groups.items():
                out += _judged_group(page, shares)
                if len(shares) == 1:
                    alone.append((key, shares[0]))
        # a share alone in its paragraph is judged over the whole the page's other shares of it imply, where the page is
        # one company's ('…持有公司股份490,957,202股,占公司总股本比例为46.56%' and, a line on, '…共持有公司股份598,200,660股,
        # 占公司总股本的56.72%'); a page of several companies' figures names a whole of each, and a 其-named one is its
        # sentence's subject's
        if not several_stocks(text):
            for key, s in alone:
                if key[3] == 0:
                    out += _judged_alone(page, s, on_page[key])
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """A page's paragraphs: its blocks of lines, a line with the lines a PDF or a pasted copy wrapped joined to it
    ('…可行权的股票期权数量为427.56万份,\n占公司总股本比例为0.847%'); a block holding a table's rows of two cells, line by
    line (a row is a paragraph of its own)."""
    out = []
    for start, end in prose_blocks(text):
        lines, at = [], start
        for line in text[start:end].split("\n"):
            lines.append((at, at + len(line)))
            at += len(line) + 1
        out += lines if len(lines) > 1 and any(_row_share(text, a, b) for a, b in lines) else [(start, end)]
    return out


def _named_short(groups: dict[tuple, list["Share"]]) -> dict[tuple, list["Share"]]:
    """A paragraph's groups with a whole named by the last words of another's name joined to it: '占净资产的15.95%' after
    '占公司最近一期经审计净资产的16.09%' is of the one net assets the paragraph named in full (where it names one only)."""
    out = dict(groups)
    for key in list(groups):
        longer = [k for k in groups if k != key and k[1:] == key[1:] and len(k[0]) > len(key[0]) and k[0].endswith(key[0])
                  and ":" not in k[0]]
        if len(key[0]) >= 2 and len(longer) == 1 and longer[0] in out and key in out:
            out[longer[0]] = out[longer[0]] + out.pop(key)
    return out


def _total_before_of_which(text: str, s: "Share") -> bool:
    """Whether the share is a part's after 其中 whose total the sentence before states under the whole's name less its 总
    ('集团新签合同额11,152.341亿元…。其中,国内业务新签合同额10,165.865亿元,占新签合同总额的91.15%')."""
    opens = sentence_start(text, s.amount_span[0], "。！？\n")
    if not re.match(r"\s*其中", text[opens:]):
        return False
    ends = len(text[:opens].rstrip("。！？\n \t"))  # (the sentence before: its words, not its break)
    before = text[sentence_start(text, ends, "。！？\n"):ends]
    return re.search(rf"{re.escape(s.whole.replace('总', ''))}{_STATED_AFTER}\d", before) is not None


def _judged_alone(page, s: "Share", shares: list["Share"]) -> list[dict]:
    """A share against the whole the page's other shares of its whole imply (where they agree on one)."""
    check = _over_others(page, s, [o for o in shares if o is not s and o.amount.value != s.amount.value])
    return [check] if check is not None else []


def _over_others(page, s: "Share", others: list["Share"]) -> Optional[dict]:
    """A share judged over the whole the other shares imply, where there are any and they agree on one (where they
    disagree, each of them is judged)."""
    if not others:
        return None
    ranges = [_whole_range(o) for o in others]
    lo, hi = max(r[0] for r in ranges), min(r[1] for r in ranges)
    if lo > hi:
        return None
    check = _judged(page, s, others, lo, hi)
    if check["verdict"] == "mismatch" and len(others) > 1:
        # (a share the whole its most precise other implies bears out is not the one at fault where the others together
        # imply a narrower whole: '235.78亿元,占总收入94.3%' over '10.06亿元,占总收入4.0%' and '4.11亿元,占总收入1.7%' — the
        # 1.7 is off, 4.11 ÷ 249.95 is 1.6; judged over the most precise, the 1.7 is still a mismatch, the 94.3 is not)
        best = min(others, key=lambda o: o.pct.step / o.pct.value)
        alone = _judged(page, s, [best], *_whole_range(best))
        if alone["verdict"] != "mismatch":
            return alone
    return check


def _stated_here(text: str, s: "Share") -> Optional[re.Match]:
    """The whole's amount where the text states it right after the very words the share names it by, in the share's unit
    ('…公告日公司股本总额8,000万股的4.0890%' over '…占本激励计划草案公告日公司股本总额的3.2713%'), nearest before the share
    (else the first after it). Only a whole named in words that tell one whole (六 characters at least: '有效申购总量',
    '最近一期经审计净资产'): a measure's bare name ('收入', '净利润', '总股本') is stated for several periods and dates."""
    words = _DEMONSTRATIVE.sub("", s.raw_whole)
    if len(_FILLER.sub("", words)) < NAMED_WHOLE:
        return None
    found = list(re.finditer(rf"{re.escape(words)}{_STATED_AFTER}(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:万亿|亿|千万|百万|万)?{s.kind})",
                             text))
    before = [m for m in found if m.start() < s.span[0]]
    return before[-1] if before else (found[0] if found else None)


def _over_stated(page, s: "Share", whole: re.Match) -> dict:
    unit = whole.group("unit")
    amount = figure_of(whole.group("num")).times(_scale(unit))
    verdict, exact = judge_formula(lambda a, w: a / w * HUNDRED, [s.amount, amount], s.pct)
    return make(sentence_marked(page.text, s.span), page.number, f"{s.printed} ÷ {whole.group('num')}{unit} × 100",
                {"amount": s.amount, s.whole: amount}, s.pct, exact, "%", verdict,
                f"the share of {s.whole}, stated as {whole.group('num')}{unit}",
                cells=[("text", page.number, *s.span), ("text", page.number, *s.amount_span),
                       ("text", page.number, *whole.span("num"))])


def _period(text: str, at: int, wholes: list[tuple[int, int]]) -> str:
    """The last period named in the sentence before the amount ('前三季度…累计分配7.06亿元', '2024年度分红金额为9.56亿元'),
    not in a whole's name ('占公司2023年度经审计净资产的'): shares of 归母净利润 said of two periods are of two wholes."""
    start = sentence_start(text, at, "。！？\n")  # (a period opening a sentence holds for its clauses after a ；)
    found = [p for p in PERIOD_LIKE.finditer(text, start, at) if not any(a <= p.start() < b for a, b in wholes)
             and not _A_DAY.match(text, p.end())]  # (a day a balance is stated at is no period: '截至2025年9月30日')
    return re.sub(r"\s", "", found[-1].group(0)) if found else ""


# a whole named by the part's own kind ('占同类业务比例1.94%'), and the dealings that tell its kinds apart
_OF_ITS_KIND = re.compile(r"^同类")
_DEALINGS = re.compile(r"采购|购买|销售|出售|承租|出租|租赁|接受|提供|借款|存款|贷款")


def _whole_of_its_kind(text: str, s: "Share") -> Optional[str]:
    """The whole a share names, told apart by the dealing its amount is of where its name is the part's own kind: a
    purchase's '同类业务' is all purchases, a sale's all sales ('向电信一所增加采购金额8,750万元(占同类业务比例14.57%)
    向兴唐通信销售金额2,000万元(占同类业务比例1.94%)': two wholes). None where the words before the amount name no dealing."""
    if not _OF_ITS_KIND.match(s.whole):
        return s.whole
    dealings = _DEALINGS.findall(text[max(0, s.amount_span[0] - 16):s.amount_span[0]])
    return s.whole + ":" + dealings[-1] if dealings else None


def _holder(text: str, s: "Share") -> int:
    """Where the sentence naming a whole by 其 opens, for a whole '其所持股份' is its subject's own, and each sentence may
    have another ('累计质押股份20860万股,占其所持股份比例51.73%' of a holder and his concert parties; '其一致行动人…
    累计质押股份5000万股,占其所持股份比例33.08%' of those parties alone): its shares are of one whole within the sentence
    only, and within a clause after ；that names a holder of its own ('…；其一致行动人…', '…；股东…持有…'); clauses after ；
    that name none go on with the sentence's ('未来半年内,章源控股到期的质押股份…占其所持股份比例为15.50%…；未来一年内,
    章源控股到期的…占其所持股份比例为49.62%'). Any other whole's: 0, one for the paragraph."""
    if not s.raw_whole.startswith("其"):
        return 0
    at = s.amount_span[0]
    opens = sentence_start(text, at, "。！？")
    clauses = [m.end() for m in re.finditer(r"[；;]", text[opens:at])]
    named = [c for c in clauses if _NAMES_A_HOLDER.search(text, opens + c, at)]
    return opens + named[-1] if named else opens


_NAMES_A_HOLDER = re.compile(r"一致行动人|股东|持有")


def _whole_range(s: "Share") -> tuple[Decimal, Decimal]:
    """The whole a share implies: its amount over its share, each within its printing."""
    (a_lo, a_hi), (p_lo, p_hi) = s.amount.interval(), s.pct.interval()
    return a_lo / p_hi * HUNDRED, a_hi / p_lo * HUNDRED


def _judged_group(page, shares: list["Share"]) -> list[dict]:
    """Each share against the whole all the others imply (where they agree on one): the amount over it."""
    shares = [s for i, s in enumerate(shares) if all(s.amount.value != o.amount.value for o in shares[:i])]
    if len(shares) < 2:
        return []
    checks = [_over_others(page, s, [o for o in shares if o is not s]) for s in shares]
    return [c for c in checks if c is not None]


def _shares(text: str, start: int, end: int) -> list[Share]:
    row = _row_share(text, start, end)
    if row is not None:
        return [row]
    out = []
    for m in _SHARE.finditer(text, start, end):
        if _BOUND_BEFORE.search(text[max(start, m.start() - 8):m.start()]) or figure_of(m.group("pct")).value <= 0:
            continue
        unit = m.group("unit")
        amount, printed = figure_of(m.group("num")).times(_scale(unit)), m.group("num") + unit
        share = m
        if "分别" in m.group("whole"):
            continue  # ('…、54.40万元,占营业成本比例分别为1.40%、0.87%…': the first share is the first amount's)
        kind = _kind(text, m.start(), unit)
        if kind is None:
            continue
        while share is not None:  # (this share, then the same amount's next: _NEXT_SHARE)
            out.append(Share(_FILLER.sub("", _DEMONSTRATIVE.sub("", share.group("whole"))), kind, amount,
                             figure_of(share.group("pct")), share.span("pct"), m.span("num"), share.group("whole"),
                             printed, share.span("whole")))
            share = _NEXT_SHARE.match(text, share.end(), end)
    return out


def _scale(unit: str) -> Decimal:
    """How many yuan (or shares, or options) one of `unit` is ('万元', '亿股', '万份')."""
    return money_scale(unit)[0]


# an option is a right to one share: options counted in 份 are shares of the company's count ('股票期权数量为850.00万份,
# 约占…公司股本总额…的2.09%'); 份 of anything else (a fund's units, copies) is no share count
_OPTIONS = re.compile(r"期权|权益")


def _kind(text: str, at: int, unit: str) -> Optional[str]:
    """The kind of count an amount's unit makes it: 元, 股 — options in 份 being shares —, or None for other 份."""
    if not unit.endswith("份"):
        return unit[-1]
    return "股" if _OPTIONS.search(text, 0, at) else None  # (an options notice: its 份 named once, at its head)


def _stated(text: str, whole: str) -> bool:
    """Whether the text states the whole by its words, with a figure ('公司总股本为1,234,567股'), or by a name `stated_shares`
    reads it under ('营业收入同比下降8.15%至8.63亿元' for a share of 营收): then the shares are over it, that family's."""
    # (a figure with % after it is a share printed right after its whole's name, '占本公司总股本3.11%', not the whole)
    if re.search(rf"{re.escape(whole)}{_STATED_AFTER}\d[\d,.]*(?![\d,.]|\s*[%％])", text):
        return True
    names = stated_shares.WHOLE_NAMES.get(_FILLER.sub("", whole))
    return bool(names) and re.search(rf"(?:{names})[^。；;，,]{{0,20}}?\d[\d,.]*\s*(?:万亿|亿|万)?元", text) is not None


def _judged(page, s: "Share", others: list["Share"], lo: Decimal, hi: Decimal) -> dict:
    a_lo, a_hi = s.amount.interval()
    exact = s.amount.value / ((lo + hi) / 2) * HUNDRED
    verdict = judge_within(exact, a_lo / hi * HUNDRED, a_hi / lo * HUNDRED, s.pct)
    text = page.text
    implied = ", ".join(f"{o.printed} ÷ {o.pct.value.normalize():f}%" for o in others)
    note = f"the share of {s.whole}, which the text never states, over the whole its other shares imply ({implied})"
    inputs = {"amount": s.amount} | {f"{s.whole} by share {k + 1}": o.amount.value / o.pct.value * HUNDRED
                                      for k, o in enumerate(others)}
    return make(sentence_marked(text, s.span), page.number, f"{s.printed} ÷ {s.whole} × 100, {s.whole} = {implied}", inputs,
                s.pct, exact, "%", verdict, note,
                cells=[("text", page.number, *s.span), ("text", page.number, *s.amount_span)]
                + [c for o in others for c in (("text", page.number, *o.amount_span), ("text", page.number, *o.span))])



def _row_share(text: str, start: int, end: int) -> Optional[Share]:
    """A table row of two cells that is a share, with the amount it is of: the row its name names ('剩余被质押股份数量占其所持
    股份比例 | 18.32%' of '剩余被质押股份数量 | 89,930,000股'), else the nearest amount above it in its run of rows; '持股比例'
    is the share of the company's shares of the row '持股数量' (or '持股数') above it."""
    if end - start > ROW_LONGEST:
        return None  # (a cheap bound first: a row is short)
    m = _ROW_SHARE.fullmatch(text, start, end)
    if m is None or figure_of(m.group("pct")).value <= 0:
        return None
    part = "持股数量|持股数" if m.group("holding") else re.escape(m.group("part"))
    above, at = None, start
    for _ in range(ROWS_UP):
        opens = text.rfind("\n", 0, max(at - 1, 0)) + 1
        if at <= 0 or not text[opens:at - 1].strip():
            break  # (the page's top, or a blank line, ends the run)
        line = _ROW_AMOUNT.fullmatch(text, opens, at - 1)
        if line is not None and (not part or re.fullmatch(part, line.group("key"))):
            above = line
            break
        at = opens
    if above is None:
        return None
    unit = above.group("unit")
    raw_whole = "公司总股本" if m.group("holding") else m.group("whole")
    return Share(_FILLER.sub("", _DEMONSTRATIVE.sub("", raw_whole)), unit[-1], figure_of(above.group("num")).times(_scale(unit)),
                 figure_of(m.group("pct")), m.span("pct"), above.span("num"), raw_whole, above.group("num") + unit,
                 m.span("holding") if m.group("holding") else m.span("whole"))


def _holding(text: str, s: Share) -> Optional[re.Match]:
    return holding_of(text, s.raw_whole, s.amount.value, s.amount_span, s.span[1]) if s.kind == "股" else None


def holding_of(text: str, whole: str, amount: Decimal, amount_span: tuple[int, int], share_end: int) -> Optional[re.Match]:
    """The holding a share of `amount` shares is of where its whole's words (`whole`) name a holder's own holding and the
    text states that holding: the nearest before the amount in its sentence, else the one its block (lines between blank
    lines) states, else the one its page states (one company's page) — there only where both name a group of holders
    (一致行动人, 二人) or neither does. None where the words name another whole, no one holding is stated, or the holding
    is smaller than the amount (no holding of the share's holder)."""
    if not _HOLDING_WHOLE.fullmatch(re.sub(r"\s|的|比例|比重", "", whole)):
        return None
    opens = sentence_start(text, amount_span[0], "。！？\n")
    before = list(_HOLDING.finditer(text, opens, amount_span[0]))
    found = before[-1:]
    if not found:
        group = bool(_A_GROUP.search(text, opens, amount_span[0]))
        block_start, block_end = text.rfind("\n\n", 0, amount_span[0]), text.find("\n\n", share_end)
        for lo, hi in ((block_start + 1 if block_start >= 0 else 0, block_end if block_end >= 0 else len(text)),
                       (0, len(text))):
            found = [m for m in _HOLDING.finditer(text, lo, hi) if m.span("num") != amount_span]
            if found or several_stocks(text):
                break
        if len({_holding_value(m) for m in found}) != 1 or any(
                bool(_A_GROUP.search(text, sentence_start(text, m.start(), "。！？\n"), m.start())) != group for m in found):
            return None  # (holdings of several holders, or of another: which one the share is of, the words do not say)
    return found[0] if found and _holding_value(found[0]) >= amount else None


_A_GROUP = re.compile(r"一致行动人|共同持有|[二两]人")


def _holding_value(m: re.Match) -> Decimal:
    return figure_of(m.group("num")).times(_scale(m.group("unit"))).value


def _over_holding(page, s: Share, holding: re.Match) -> dict:
    unit = holding.group("unit")
    amount = figure_of(holding.group("num")).times(_scale(unit))
    verdict, exact = judge_formula(lambda a, w: a / w * HUNDRED, [s.amount, amount], s.pct)
    return make(sentence_marked(page.text, s.span), page.number, f"{s.printed} ÷ {holding.group('num')}{unit} × 100",
                {"amount": s.amount, "holding": amount}, s.pct, exact, "%", verdict,
                f"the share of the holder's holding, stated as {holding.group('num')}{unit}",
                cells=[("text", page.number, *s.span), ("text", page.number, *s.amount_span),
                       ("text", page.number, *holding.span("num"))])
