"""Check family: a forecast revised in prose, each change stated beside it ('将2025-2026年归母净利润预测
由8.0/9.0亿元上调至10.0/11.0亿元，上调幅度分别为25%/22%', '上调至10.0/11.0亿元(原预测为8.0/9.0亿元)，分别上调
25%、22%'): every change is the new figure over the earlier one, less 1, element by element. A change
whose earlier figures the text does not print ('…上调至1.91亿元、2.41亿元，较前次上调33.9%、38.3%') is
unverifiable, naming them. Revision tables (调整前 / 调整后 / 变动) are the `revisions` family's; one
figure moved with its change ('EPS由1.20元下调至1.08元，下调幅度为10%') is `stated_change`'s. The new figures may
be stated plainly with the earlier and the changes in brackets after them ('EPS 分别为 1.65/1.77/1.90 元(前值分别为
1.69/1.96/2.32 元,下调 2%/10%/18%)')."""
from __future__ import annotations

import re
from decimal import Decimal

from ...document import Document
from ...periods import PERIOD_PHRASE, name_of, periods_of_phrase
from ..checks import judge_formula, make, marked
from ..sentences import MONEY_UNIT, REVISION_VERBS, SIGNED_NUM, figure_of, item_names, page_sentences

HUNDRED = Decimal(100)
# a list of figures in one unit: '8.0/9.0亿元', '1.91亿元、2.41亿元、3.07亿元', '0.98/1.21元'
_LIST = (r"(?P<{g}>{num}(?:\s*(?:{unit})?\s*(?:[/、，,]|和|及|与)\s*{num}){{0,9}})\s*(?P<{g}_unit>{unit})")
_OLD = _LIST.format(g="old", num=SIGNED_NUM, unit=MONEY_UNIT)
_NEW = _LIST.format(g="new", num=SIGNED_NUM, unit=MONEY_UNIT)
# the earlier figures, then the new: '由8.0/9.0亿元上调至10.0/11.0亿元'
_FROM_TO = re.compile(rf"(?:由|从)\s*{_OLD}\s*(?:分别)?\s*(?P<dir>{REVISION_VERBS})\s*(?:至|为|到)\s*{_NEW}")
# the new figures, then the earlier in brackets: '上调至10.0/11.0亿元(原预测为8.0/9.0亿元)'
_TO_EARLIER = re.compile(rf"(?P<dir>{REVISION_VERBS})[^。；;，,()（）]{{0,24}}?(?:至|为|到)\s*{_NEW}\s*[(（]\s*(?:原预测值?|前次预测值?|此前预测值?|前值|调整前|原)"
                         rf"\s*(?:分别)?\s*(?:为|是)?\s*{_OLD}\s*[)）]")
# the new figures stated plainly, the earlier in brackets after them with the changes: 'EPS 分别为 1.65/1.77/1.90 元
# (前值分别为 1.69/1.96/2.32 元,下调 2%/10%/18%)' (the move is said by the changes' verb only)
_LISTED_THEN_EARLIER = re.compile(rf"(?P<dir>分别为|分别是)\s*{_NEW}\s*[(（]\s*(?:原预测值?|前次预测值?|此前预测值?|前值|调整前|原)"
                                  rf"\s*(?:分别)?\s*(?:为|是)?\s*{_OLD}")
# the new figures with no earlier ones: '上调…预测至1.91亿元、2.41亿元' (a change after them names a base not printed)
_TO_ONLY = re.compile(rf"(?P<dir>{REVISION_VERBS})[^。；;，,]{{0,24}}?(?:至|为)\s*{_NEW}")
# the changes after them, in percent, each its own sign or the move's: '上调幅度分别为25%/22%',
# '分别上调25%、22%', '较前次上调33.9%、38.3%', '调整幅度为+25%/+22%'
_CHANGES = re.compile(rf"\s*[，,]?\s*(?:较前次|较此前|较原预测|相比前次|相较前次)?\s*(?:分别)?\s*(?P<cdir>{REVISION_VERBS})?\s*(?:幅度)?\s*(?:分别)?\s*"
                      rf"(?:为|达)?\s*(?P<chg>[-+−]?\d+(?:\.\d+)?\s*%(?:\s*(?:[/、，,]|和|及)\s*[-+−]?\d+(?:\.\d+)?\s*%){{0,9}})")
_FIGURE = re.compile(SIGNED_NUM)
_SIGNED = re.compile(r"[-+−]?\d+(?:\.\d+)?")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            taken: list[tuple[int, int]] = []
            for pattern in (_FROM_TO, _TO_EARLIER, _LISTED_THEN_EARLIER, _TO_ONLY):
                for m in pattern.finditer(s.text):
                    if any(a <= m.start() < b for a, b in taken):
                        continue  # the new figures of a revision read already with its earlier ones
                    changes = _CHANGES.match(s.text, m.end())
                    if changes is None or not (changes.group("cdir") or re.search(r"较|幅度|分别", changes.group(0))):
                        continue  # no change stated, or a percent that is no change of these figures
                    if pattern is _LISTED_THEN_EARLIER and not changes.group("cdir"):
                        continue  # a percent after a plain list and its earlier one: a change only where a verb says so
                    taken.append((m.start(), changes.end()))
                    out += _judged(s, m, changes, pattern is _TO_ONLY)
    return out


def _judged(s, m: re.Match, changes: re.Match, no_earlier: bool) -> list[dict]:
    new = _FIGURE.findall(m.group("new"))
    printed = _SIGNED.findall(changes.group("chg"))
    old = [] if no_earlier else _FIGURE.findall(m.group("old"))
    if len(printed) != len(new) or (old and len(old) != len(new)):
        return []
    if not no_earlier and _scale(m.group("old_unit")) != _scale(m.group("new_unit")):
        return []  # figures in two units: not one line's forecast
    down = re.match("下|调降|调低", changes.group("cdir") or m.group("dir"))
    periods = _periods(s.text, m.start("new"), len(new))
    # the line item named last before the new figures ('…归母净利润为244/263/281亿元,预计EPS分别为1.65/…': EPS)
    named = [(i.start(), i.group(0)) for i in item_names()[0].finditer(s.text, 0, m.start("new"))]
    named += [(e.start(), "EPS") for e in re.finditer("EPS|每股收益", s.text[:m.start("new")])]
    item = max(named)[1] if named else "forecast"
    out, at = [], changes.start("chg")
    for i, (n, c) in enumerate(zip(new, printed)):
        a = s.text.index(c, at)
        at = a + len(c)
        change = figure_of(c)
        if down and change.value > 0:
            change = change.signed(-1)  # '下调幅度10%': a cut
        which = f"{item} {name_of(periods[i]) if periods else f'#{i + 1}'}"
        claim, cells = marked(s.text, a, at), [("text", s.page, s.start + a, s.start + at)]
        formula = f"({which} ÷ {which} earlier − 1) × 100"
        if no_earlier:
            out.append(make(claim, s.page, formula, {which: figure_of(n).value}, change, None, "%", "unverifiable",
                            f"the earlier forecast of {which} is not printed", cells=cells))
            continue
        verdict, exact = judge_formula(lambda x, y: (x / y - 1) * HUNDRED, [figure_of(n), figure_of(old[i])], change)
        out.append(make(claim, s.page, formula, {which: figure_of(n).value, f"{which} earlier": figure_of(old[i]).value},
                        change, exact, "%", verdict, cells=cells))
    return out


def _scale(unit: str) -> str:
    return re.sub(r"人民币|元", "", unit or "")


def _periods(text: str, before: int, count: int) -> list:
    """The periods the revision speaks of: the last period phrase before its new figures in the
    sentence naming as many as it lists figures."""
    found = [periods_of_phrase(p, None) for p in PERIOD_PHRASE.finditer(text, 0, before)]
    found = [p for p in found if p and len(p) == count]
    return found[-1] if found else []
