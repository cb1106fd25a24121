"""Check family: an amount a text raises or cuts, stated before the change, the change and after it — a guarantee's
ceiling, a related-party estimate, a plan's budget, a share count:

    '在原审批担保额度 2.3 亿元的基础上,拟…为其提供额度不超过 2 亿元的担保。本次新增担保额度后,公司为中孚安全提供的
     担保额度增至人民币 4.3 亿元'                                                          4.3 = 2.3 + 2
    '公司拟调增2025年度日常关联交易预计额度人民币15,500万元 调整后年度关联交易总额达人民币28,300万元 较原预计金额
     12,800万元增长121%'                                                                  28,300 = 12,800 + 15,500

The amount after is a word of the change done (调整后, 增至, 调减至, 新增后…) and its amount; the amount before is named
原… ('原预计金额12,800万元') or is the one a change is made 'on the basis of' ('在…2.3亿元的基础上'); the change is a verb
of raising or cutting (调增, 新增, 追加, 调减…) and its amount, or — after 'on the basis of' — the first amount its
sentence states after it. The three stand in the after's sentence and the one before it (a summary's bullet, a
citation's mark end one); exactly one amount before and one change must be found there, and only the first amount after
the change is read: a second '增至…' of that sentence is another whole's ('为全资子公司提供的担保额度增至人民币 4.4 亿元',
all subsidiaries', not the one the change was for). The change's way and the after's word must agree (a 增加 is no
减至's). Amounts are money or shares, each taken in its own scale."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, money_scale, named_amount, sentence_marked
from ..sentences import figure_of, page_sentences


def _amount(name: str) -> str:
    """An amount of money or shares, '人民币' and a bound's words before it ('不超过 2 亿元')."""
    return named_amount(name, before=r"人民币|不超过|不超|最高|约", units="元|股")


_UP_VERBS, _DOWN_VERBS = "调增|新增|追加|增加|上调|提高|增资|注资", "调减|减少|下调|降低|核减|减资"
# the amount after: '调整后年度关联交易总额达人民币28,300万元', '担保额度增至人民币 4.3 亿元'
_AFTER = re.compile(r"(?P<word>调整后|增加后|新增后|调增后|调减后|增至|增加至|调增至|提高至|上调至|提升至|调整至|调整为|"
                    r"调减至|减少至|下调至|降至|减至)"
                    rf"(?P<what>[^，,。；;\d\n]{{0,24}}?)(?:为|达到?|是)?{_amount('num')}")
_AFTER_DOWN = re.compile(r"调减|减少|下调|降|减至")
# the amount before: '原预计金额12,800万元', '在原审批担保额度 2.3 亿元的基础上'
# (or the one it goes from: '注册资本由1.56亿元增至3.56亿元')
_BEFORE = re.compile(rf"原(?P<what>[^，,。；;\d\n]{{0,16}}?)(?:为|是)?{_amount('num')}(?!\s*的基础上)|"
                     rf"在(?P<basis>[^，,。；;\d]{{0,24}}?){_amount('base')}\s*的基础上|"
                     rf"由(?:之前的|原来的|此前的)?{_amount('from')}(?=\s*(?:增加|增|提高|上调|扩大|调增|减少|降低|下调|调减|减)?\s*(?:至|到))")
# the change: '调增…预计额度人民币15,500万元' (not '增加至', '新增…后': the amount after)
_CHANGE = re.compile(rf"(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})(?![至后])(?P<what>[^，,。；;至后\n]{{0,24}}?){_amount('num')}"
                     r"(?!\s*(?:的基础上|后))")
# (or its amount first, the verb after: '公司拟以自有资金2亿元对华菱电商进行增资')
_CHANGE_FIRST = re.compile(rf"以(?:自有资金|募集资金|现金|自筹资金)?{_amount('num')}\s*(?:对|向)[^，,。；;\d]{{1,16}}?(?:进行)?(?P<verb>增资|注资|减资)")
_ANY_AMOUNT = re.compile(_amount("num"))
# where a run of clauses ends inside a sentence: a ；, a summary's bullet (' - ') or citation mark ('[3]')
_RUN_END = re.compile(r"[；;]|\s[-–—•·]\s|\[\d+\]")
# where the sentence 'on the basis of' stands in ends: a 。or a run's end
_CLAUSES_END = re.compile(rf"。|{_RUN_END.pattern}")
# how many runs before the amount after's the amount before and the change may stand in (a sentence on the way the
# guarantee is given may stand between them)
RUNS_BEFORE = 2


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        runs = []  # (start, end) of each run of clauses, in the page's text (a line the page wrapped goes on)
        for s in page_sentences(page):
            at = s.start
            for m in _RUN_END.finditer(s.text):
                runs.append((at, s.start + m.end()))
                at = s.start + m.end()
            runs.append((at, s.start + len(s.text)))
        for i, (start, end) in enumerate(runs):
            check = _judged(page, runs[max(0, i - RUNS_BEFORE)][0], start, end)
            if check is not None:
                out.append(check)
    return out


def _unit_kind(unit: str) -> str:
    return money_scale(re.sub(r"\s", "", unit))[1]


def _judged(page, window_start: int, run_start: int, run_end: int) -> Optional[dict]:
    """The first amount after in the run [run_start, run_end) against the one amount before and the one change of the
    run and the run before it (from window_start)."""
    text = page.text
    afters = list(_AFTER.finditer(text, run_start, run_end))
    if not afters:
        return None
    befores = list(_BEFORE.finditer(text, window_start, run_end))
    if len(befores) != 1:
        return None  # none, or two: which one the change is made on is not said
    before = befores[0]
    taken = [before.span()] + [a.span() for a in afters]
    changes = [c for c in [*_CHANGE.finditer(text, window_start, run_end), *_CHANGE_FIRST.finditer(text, window_start, run_end)]
               if not any(s < c.end() and c.start() < e for s, e in taken)]
    if before.group("base") is not None and not changes:
        # ('在…2.3亿元的基础上,拟…提供额度不超过2亿元的担保'): the first amount its sentence states after it
        closes = _CLAUSES_END.search(text, before.end(), run_end)
        end = closes.start() if closes else run_end
        after_basis = next((a for a in _ANY_AMOUNT.finditer(text, before.end(), end)
                            if not any(s <= a.start() < e for s, e in taken)), None)
        change, up = after_basis, True
        if change is None:
            return None
    elif len(changes) == 1:
        change = changes[0]
        up = not re.fullmatch(_DOWN_VERBS, change.group("verb"))
    else:
        return None  # none, or two changes: which one made the amount after is not said
    # only the first amount after the change (a second '增至' of the sentence is another whole's)
    # (one in an earlier run was this change's: it is read there; a change stated after its amounts, '…由1.56亿元增至3.56
    # 亿元' then '…增资2亿元', has its first amount after the amount before)
    after = next(_AFTER.finditer(text, min(change.end(), before.end()), run_end), None)
    if after is None or after.start() < run_start or up == bool(_AFTER_DOWN.search(after.group("word"))):
        return None
    b_name = next(n for n in ("base", "from", "num") if before.group(n) is not None)
    b_unit = before.group(f"{b_name}_unit")
    units = [re.sub(r"\s", "", u) for u in (b_unit, change.group("num_unit"), after.group("num_unit"))]
    if len({_unit_kind(u) for u in units}) != 1:
        return None  # money and shares: no sum
    scales = [money_scale(u)[0] for u in units]
    inputs = [figure_of(before.group(b_name)).times(scales[0]), figure_of(change.group("num")).times(scales[1])]
    printed = figure_of(after.group("num"))
    sign = 1 if up else -1
    verdict, exact = judge_formula(lambda b, c: (b + sign * c) / scales[2], inputs, printed)
    formula = f"{before.group(b_name)}{units[0]} {'+' if up else '−'} {change.group('num')}{units[1]}"
    return make(sentence_marked(text, after.span("num")), page.number, formula,
                {"before": inputs[0], "change": inputs[1]}, printed, exact, units[2], verdict,
                "the amount after the change is the amount before it " + ("plus" if up else "less") + " the change",
                cells=[("text", page.number, *after.span("num")), ("text", page.number, *before.span(b_name)),
                       ("text", page.number, *change.span("num"))])
