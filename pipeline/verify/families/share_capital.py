"""Check family: a company's share count after a change — shares cancelled or issued, or a bonus issue per ten shares —
from its count before and the change:

    '拟将…已回购但尚未使用的 9,997,714 股股份…实施注销。注销完成后,公司总股本将由 2,368,966,150 股减少为 2,358,968,436 股'
        2,358,968,436 = 2,368,966,150 − 9,997,714
    '公司首次公开发行前总股本为90,000,000股,2022年IPO发行30,000,000股后总股本增至120,000,000股'
        120,000,000 = 90,000,000 + 30,000,000
    '2023年实施每10股转增4股,总股本增加至168,000,000股'                  168,000,000 = 120,000,000 × (1 + 4/10)
    '| 每10股转4股 | 120,000,000股 | 168,000,000股 |'                      the row's after from its before

The count after is a level the text names (总股本, 股本总额, 股份总数) come to ('由…减少为…', '从…减至…', '增至…', '变更为…').
The count before is the one '由/从' names, else the level the paragraph stated last. The change is a bonus issue's ratio in
the level's clause ('每10股转增4股', '每10股送2股转增3股'), else a count of shares the clause cancels or issues (注销, 发行,
增发, 配售, 转增, 归属 …): the last share count before the level in its sentence that is no level itself, or, where the
sentence has none, in the sentence before — a change the text announces and then sums up ('…实施注销。注销完成后,…').
Whether it adds or takes away is the level's verb's (增/减), else the change's (注销 and 回购 take away)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import block_of, judge_formula, make, sentence_marked, sentence_start, share_scale
from ..sentences import SIGNED_NUM, figure_of

TEN = Decimal(10)
_NAME = r"总股本|股本总额|股份总数|总股数"
_COUNT = rf"(?P<NAME>{SIGNED_NUM})\s*(?P<NAME_unit>(?:亿|千万|百万|万)?股)(?!\s*[/每])"
# the level after: '总股本将由 X 股减少为 Y 股', '总股本从X股减至Y股', '总股本增至Y股', '总股本预计将由X股变更为Y股'
_LEVEL = re.compile(
    rf"(?P<name>{_NAME})\s*(?:将|预计将|最终|亦|也)?\s*"
    rf"(?:(?:由|从)\s*{_COUNT.replace('NAME', 'before')}\s*(?:将|最终|逐步)?\s*)?"
    rf"(?P<verb>增加|增|减少|减|变更|变动|变|上升|下降|调整)\s*(?:为|至|到)\s*{_COUNT.replace('NAME', 'after')}")
# a level after an issue or a cancellation, not named again: '首次公开发行股票前总股本198,001,397股,发行后为264,001,897股'
_LEVEL_AFTER = re.compile(rf"(?:{_NAME})[^，,。；;]{{0,6}}?{_COUNT.replace('NAME', 'before')}\s*[，,]\s*"
                          rf"(?P<verb>发行|增发|注销|转增|送股)(?:完成)?后\s*(?:为|增至|减至|变为)\s*{_COUNT.replace('NAME', 'after')}")
# a level stated: '首次公开发行前总股本为90,000,000股' (any level, the last before a change's)
_STATED = re.compile(rf"(?:{_NAME})\s*(?:为|是|达到?|共|合计|[:：])?\s*(?:由|从)?\s*{_COUNT.replace('NAME', 'num')}")
# a bonus issue per ten (or any number of) shares: '每10股转增4股', '每10股送2股转增3股', '每10股派3元并以资本公积转增4股'
_RATIO = re.compile(r"每\s*(?P<per>\d+)\s*股(?P<terms>(?:[^，,。；;|]{0,16}?(?:转增|转|送红股|送股|送|派送)\s*\d+(?:\.\d+)?\s*股)+)")
_RATIO_TERM = re.compile(r"(?:转增|转|送红股|送股|送|派送)\s*(?P<n>\d+(?:\.\d+)?)\s*股")
# a row of a table of bonus issues: the ratio, then the count before and the count after in the next cells
_ROW = re.compile(rf"{_RATIO.pattern}\s*\|\s*{_COUNT.replace('NAME', 'before')}\s*\|\s*{_COUNT.replace('NAME', 'after')}")
# what changes the count: shares cancelled (or bought back to be) take away, the rest add
_TAKING = r"回购注销|注销|缩股"
_ADDING = r"发行|增发|配售|配股|转增|送股|归属|行权|授予|认购|转股"  # (转股: bonds converted into shares)
_COUNT_ANY = re.compile(_COUNT.replace("NAME", "num"))
# a count's share of the company's shares: '本次解除限售股份数量为211,680,000股,占公司总股本的75.00%' (not '占当时总股本': a
# level of another day)
# (a line may break a name: '占公司当前总股\n本的比例为 0.39%')
_NAME_WRAPPED = "|".join(r"\s*".join(name) for name in _NAME.split("|"))
_SHARE_OF_ALL = re.compile(rf"{_COUNT.replace('NAME', 'part')}\s*[，,]?\s*(?:约)?占\s*(?:公司|本公司|上市公司)?\s*(?:当前|目前|现有)?"
                           rf"\s*(?:{_NAME_WRAPPED})\s*(?:的)?\s*(?:比例|比重)?\s*(?:为|约为?|约)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# a change the text plans, not one done: its count before is the count now
_PLANNED = re.compile(r"将|预计|拟")
_BREAKS = "。；;\n"


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for m in _LEVEL.finditer(text):
            check = _judged_level(page, m)
            if check is not None:
                out.append(check)
        out += _shares_of_all(page)
        for m in _ROW.finditer(text):
            before, after = _count(m, "before"), _count(m, "after")
            out.append(_by_ratio(page, m, before, m.span("before"), after, m.span("after")))
    return out


def _count(m: re.Match, name: str) -> Printed:
    return figure_of(m.group(name)).times(share_scale(m.group(f"{name}_unit")))


def _clause_start(text: str, at: int) -> int:
    """Where the clause run holding `at` opens: its sentence, or its bullet where bullets run on one line."""
    return max(sentence_start(text, at, _BREAKS), block_of(text, at)[0])


def _judged_level(page, m: re.Match) -> Optional[dict]:
    text = page.text
    after = _count(m, "after")
    start = _clause_start(text, m.start())
    if m.group("before"):
        before, before_span = _count(m, "before"), m.span("before")
    else:  # the level the paragraph stated last
        stated = _last_level(text, m.start())
        if stated is None:
            return None
        before, before_span = stated
    ratio = _RATIO.search(text, start, m.start())
    if ratio is not None:
        return _by_ratio(page, ratio, before, before_span, after, m.span("after"))
    change = _change(text, start, m.start())
    if change is None:
        return None
    count, verb = change
    taking = bool(re.search(r"减|下降", m.group("verb"))) or (not re.search(r"增|上升", m.group("verb"))
                                                           and re.fullmatch(_TAKING, verb) is not None)
    amount = figure_of(count.group("num")).times(share_scale(count.group("num_unit")))
    sign = "−" if taking else "+"
    verdict, exact = judge_formula((lambda b, c: b - c) if taking else (lambda b, c: b + c), [before, amount], after)
    return make(sentence_marked(text, m.span("after")), page.number,
                f"{text[before_span[0]:before_span[1]]} {sign} {count.group('num')}{count.group('num_unit')}",
                {"before": before, verb: amount}, after, exact, "股", verdict,
                f"the share count after {verb}: the count before {sign} the shares {verb}",
                cells=[("text", page.number, *m.span("after")), ("text", page.number, *before_span),
                       ("text", page.number, *count.span("num"))])


def _last_level(text: str, at: int) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The last level of the share count stated in the paragraph before `at` ('总股本为90,000,000股', '…增至120,000,000股'):
    its count and where it stands."""
    start = text.rfind("\n", 0, at) + 1
    found = [(_count(s, "num"), s.span("num")) for s in _STATED.finditer(text, start, at)]
    found += [(_count(lv, "after"), lv.span("after")) for lv in _LEVEL.finditer(text, start, at)]
    return max(found, key=lambda f: f[1]) if found else None


def _change(text: str, start: int, at: int) -> Optional[tuple[re.Match, str]]:
    """The shares cancelled or issued: the last share count before the level in its clause run that is no level, where the
    run names what changed the count; else, where the run has no count, the same in the sentence before."""
    for lo, hi in ((start, at), (sentence_start(text, max(0, start - 1), _BREAKS), max(0, start - 1))):
        counts = [c for c in _COUNT_ANY.finditer(text, lo, hi) if not _is_level(text, c.start(), lo)]
        verb = re.search(rf"{_TAKING}|{_ADDING}", text[lo:at])
        if counts and verb:
            return counts[-1], verb.group(0)
        if counts or lo == 0:
            return None
    return None


def _is_level(text: str, at: int, start: int) -> bool:
    """Whether the count at `at` is a level of the share count (named just before it) rather than a change."""
    return re.search(rf"(?:{_NAME})\s*(?:将|预计将|最终)?\s*(?:为|是|达到?|共|合计|[:：]|由|从|增加|增|减少|减|变更|变动|变)?\s*"
                     rf"(?:为|至|到)?\s*$", text[max(start, at - 14):at]) is not None


def _by_ratio(page, ratio: re.Match, before: Printed, before_span: tuple[int, int], after: Printed,
              after_span: tuple[int, int]) -> dict:
    text = page.text
    per = Decimal(ratio.group("per"))
    bonus = sum(Decimal(t.group("n")) for t in _RATIO_TERM.finditer(ratio.group("terms")))
    verdict, exact = judge_formula(lambda b: b * (1 + bonus / per), [before], after)
    printed = re.sub(r"\s+", "", text[ratio.start():ratio.end("terms")])
    return make(sentence_marked(text, after_span), page.number,
                f"{text[before_span[0]:before_span[1]]} × (1 + {bonus.normalize():f}/{per})",
                {"before": before, "bonus shares per share": bonus / per}, after, exact, "股", verdict,
                f"the share count after a bonus issue ({printed}): the count before × (1 + {bonus.normalize():f}/{per})",
                cells=[("text", page.number, *after_span), ("text", page.number, *before_span)])


def _shares_of_all(page) -> list[dict]:
    """Counts' shares of the company's shares, on a page telling how its share count changed: over the count the page
    leaves it at — after its last change done, or before the change it plans ('总股本预计将由131,608,698股变更为…':
    131,608,698 now). A page stating no change is other families' (`quantity_shares`, `unstated_wholes`)."""
    text = page.text
    levels = [(m.start(), m) for m in _LEVEL.finditer(text)] + [(m.start(), m) for m in _LEVEL_AFTER.finditer(text)]
    if not levels:
        return []
    last = max(levels, key=lambda lv: lv[0])[1]
    planned = _PLANNED.search(text, max(0, last.start("before") - 8) if last.group("before") else last.start(),
                              last.start("verb")) is not None
    if planned and not last.group("before"):
        return []
    which = "before" if planned else "after"
    whole, whole_span = _count(last, which), last.span(which)
    out = []
    for m in _SHARE_OF_ALL.finditer(text):
        part = _count(m, "part")
        pct = figure_of(m.group("pct"))
        verdict, exact = judge_formula(lambda p, w: p / w * 100, [part, whole], pct)
        out.append(make(sentence_marked(text, m.span("pct")), page.number,
                        f"{m.group('part')}{m.group('part_unit')} ÷ {text[whole_span[0]:whole_span[1]]}股 × 100",
                        {"part": part, "share count": whole}, pct, exact, "%", verdict,
                        "a count's share of the company's shares: over the count the text leaves them at"
                        + (" (before the change it plans)" if planned else " (after their last change)"),
                        cells=[("text", page.number, *m.span("pct")), ("text", page.number, *m.span("part")),
                               ("text", page.number, *whole_span)]))
    return out
