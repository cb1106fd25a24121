"""Check family: a net change a sentence states beside the additions and the reductions it is made of,
as retailers count their stores, banks their branches, platforms their users:

    '2025年前三季度公司新开门店120家,关闭门店30家,净增门店90家'        (120 − 30)
    '报告期内新增网点12个,撤并网点20个,网点净减少8个'                  (12 − 20 = −8: a fall of 8)

The three figures stand in one sentence, in one unit, the additions and the reductions before the net
change, or in brackets right after it ('净增门店1265家(新增1570家、关店305家)'). A net change closes its
figures: a later one in the sentence ('…,较2024年净增913家', '全年净增目标由2100家…') reads only what
follows the one before and its brackets — it is another period's or a target, not these figures' net.
Which words add and which take away are data (data/net_change.json): a sentence naming two
additions or two reductions (新开 and 新签约: signed is not opened) is not read."""
from __future__ import annotations

import re

from ... import data_json
from ...document import Document
from ..checks import judge_formula, make, marked
from ..sentences import SIGNED_NUM, figure_of, page_sentences

_WORDS = data_json("net_change.json")
_UNITS = "|".join(sorted(_WORDS["units"], key=len, reverse=True))
# (not right after 净, nor after a level just stated in a unit: '直营店1322家减少33家')
_NOT_AFTER_A_LEVEL = "(?<!净)" + "".join(f"(?<!\\d{u})(?<!\\d {u})" for u in _WORDS["units"])
# a verb, a few words of what it counts ('门店', '直营店'), then the figure and its unit
_OF = r"[\u4e00-\u9fff]{0,6}?"
# (a plain word only where neither a figure and its unit nor 净 stands right before it: data/net_change.json `_plain`)
_ADDED = re.compile(rf"(?:{'|'.join(_WORDS['added'])}|{_NOT_AFTER_A_LEVEL}(?:{'|'.join(_WORDS['plain_added'])}))"
                    rf"{_OF}\s*(?:约)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNITS})")
_REDUCED = re.compile(rf"(?:{'|'.join(_WORDS['reduced'])}|{_NOT_AFTER_A_LEVEL}(?:{'|'.join(_WORDS['plain_reduced'])}))"
                      rf"{_OF}\s*(?:约)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNITS})")
_NET = re.compile(rf"净(?P<dir>{'|'.join(_WORDS['net_up'])}|{'|'.join(_WORDS['net_down'])}){_OF}\s*(?:约)?\s*"
                  rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNITS})")
_NET_DOWN = re.compile("|".join(_WORDS["net_down"]))


# a net change planned, not made ('全年门店净增目标由2100家…', '净增计划500家')
_PLANNED = re.compile(r"目标|计划|预计|指引|预期")
# the brackets right after a net change: its parts, when it states them there
_BRACKETS = re.compile(r"\s*[（(][^()（）]*[)）]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            nets = list(_NET.finditer(s.text))  # (read together: each closes the figures before it)
            for k, net in enumerate(nets):
                check = _judged(s, net, nets[k - 1] if k else None)
                if check is not None:
                    out.append(check)
    return out


def _judged(s, net: re.Match, previous: re.Match | None):
    """The net change `net` against the one addition and the one reduction its sentence states before it (after
    the net change before it and that one's brackets), else in the brackets right after it."""
    if _PLANNED.search(net.group(0)):
        return None  # '净增目标由2100家调升至2500家': a target, not what the figures before came to
    start = 0
    if previous is not None:
        start = previous.end()
        brackets = _BRACKETS.match(s.text, start)
        start = brackets.end() if brackets else start
    spans = [(start, net.start())]
    after = _BRACKETS.match(s.text, net.end())
    if after:
        spans.append((after.start(), after.end()))
    for pos, end in spans:
        added = [m for m in _ADDED.finditer(s.text, pos, end) if m.group("unit") == net.group("unit")]
        reduced = [m for m in _REDUCED.finditer(s.text, pos, end) if m.group("unit") == net.group("unit")]
        if added or reduced:
            break
    if len(added) != 1 or len(reduced) != 1:
        return None  # none, or two of a kind: which is the net's is not said
    a, r = added[0], reduced[0]
    printed = figure_of(net.group("num"))
    if _NET_DOWN.fullmatch(net.group("dir")):
        printed = printed.with_sign(-1)
    verdict, exact = judge_formula(lambda x, y: x - y, [figure_of(a.group("num")), figure_of(r.group("num"))], printed)
    unit = net.group("unit")
    cells = [("text", s.page, s.start + m.start("num"), s.start + m.end("num")) for m in (net, a, r)]
    return make(marked(s.text, net.start("num"), net.end("num")), s.page,
                f"{a.group('num')}{unit} − {r.group('num')}{unit}", {"added": figure_of(a.group("num")),
                                                                     "reduced": figure_of(r.group("num"))},
                printed, exact, unit, verdict, "the net change is the additions less the reductions", cells=cells)
