"""Check family: a total stated by its name, and its parts after it, each named by a qualifier before the
total's own name — every part says what it is a part of:

    '一、原保险保费收入27449.58亿元,同比下降0.74%' …
    '产险业务原保险保费收入7106.07亿元,…;寿险业务原保险保费收入15832.56亿元,…;健康险业务原保险保费收入3796.43亿元,…;
     意外险业务原保险保费收入714.51亿元'                          7106.07 + 15832.56 + 3796.43 + 714.51 = 27449.57
    '商品房销售面积143041万平方米' … '东部地区商品房销售面积59426万平方米,…;销售额84622亿元,…。中部地区商品房销售面积…'

A total's name is the words right before its figure, less a word naming the whole ('全国', '全市', '保险业'); a part's
is a qualifier (one to eight characters, no period and no variant of the same figure: 扣非, 单季, 累计, 同期, 人均…)
and then that name. The parts are a run: the first named so after the total, the next ones in its paragraph (one may
be some paragraphs on, up to PASSAGE characters), up to the total's name stated again unqualified. A paragraph may
split the total another way ('产险公司…;人身险公司…' and then '产险业务…;寿险业务…'): each is a run of its own.
A paragraph or clause opening on a part's own breakdown ('产险业务中,交强险…', '其中…') holds no parts of the total.

Parts summing to the total within their printing are consistent; to less, they may leave a part out (unverifiable,
unless they are every member of a split known whole, data/partitions.json); to more, they are a mismatch —
unless a run's first parts already make the total and the rest split it again. Company reports are `results`'
(their line items are typed); a part above its total alone is no part of it (its name only looks like one)."""
from __future__ import annotations

import os
import re
from decimal import Decimal
from typing import NamedTuple, Optional

from ...calc import Printed, judge_sum
from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, UNIT_MULT, unit_key
from ..checks import is_company_report, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of
from .partitions import is_complete

PASSAGE = 600  # how far after its total a run of parts may open, in characters
MOST_PARTS = 8
# a named figure: the words right before it (a verb between allowed), the figure, its unit
_NAMED = re.compile(rf"(?<![\u4e00-\u9fff)）A-Za-z])(?P<name>[\u4e00-\u9fff]{{2,20}}?)\s*(?:累计)?\s*(?:为|达到?|约为?|共计|合计|完成|实现)?\s*"
                    rf"(?P<num>{SIGNED_NUM})\s*(?P<scale>{CN_UNIT}|千)?(?P<unit>元|美元|港元|{COUNTED_UNITS})(?![\u4e00-\u9fff]?/)")
# words naming the whole a total is of, before its measure's name
_WHOLE_WORDS = re.compile(r"^(?:全国|全省|全市|全区|全县|全行业|全社会|全部|全体|保险业|银行业|行业|我国|中国|本市|本省|全年|总)+")
# a qualifier that makes another figure of the same measure, no part of it: a period, a variant, a change, an average
_NO_PART = re.compile(r"\d|年|月|季|期|扣非|归母|单季|累计|同期|上年|去年|当年|本年|预计|人均|平均|每|净增|新增|增加|减少|同比|环比|"
                      r"较|比|其中|合计|总|全|以上|以下|增量|余额|规模")
# a clause opening on a part's own breakdown: '产险业务中,', '其中,'
_BREAKDOWN = re.compile(r"(?:^|[，,。；;\n])\s*(?:其中|[\u4e00-\u9fff]{2,8}中\s*[，,:：])")
# the figure is a change, not a level: '同比增加526.9亿元'
_A_CHANGE = re.compile(r"(?:增加|减少|增长|下降|多增|少增|净增|新增|提高|降低)$")


class Named(NamedTuple):
    name: str      # the words before the figure
    printed: Printed  # the figure as printed
    scale: Decimal  # its unit's scale word as a factor ('亿元' → 10⁸)
    unit: str      # its unit without the scale ('亿元' → '元'), one spelling of it
    start: int     # the figure's span on the page
    end: int
    printed_unit: str  # its unit as printed ('亿元')

    def base(self) -> Decimal:
        return self.printed.value * self.scale


def find(doc: Document) -> list[dict]:
    if is_company_report(doc):
        return []
    out = []
    for page in doc.pages:
        named = _named_figures(page.text)
        for i, total in enumerate(named):
            core = _WHOLE_WORDS.sub("", total.name)
            if len(core) < 3 or _NO_PART.match(core):
                continue
            for run in _runs(page.text, total, core, named[i + 1:]):
                out.append(_judged(page, total, core, run))
    return out


def _named_figures(text: str) -> list[Named]:
    out = []
    for m in _NAMED.finditer(text):
        if _A_CHANGE.search(m.group("name")):
            continue
        scale = Decimal(UNIT_MULT[m.group("scale") or ""])
        out.append(Named(m.group("name"), figure_of(m.group("num")), scale, unit_key(m.group("unit")),
                         m.start("num"), m.end("num"), (m.group("scale") or "") + m.group("unit")))
    return out


def _qualifier(name: str, core: str) -> Optional[str]:
    """What a part's name puts before the total's (`core`): None where it is not the total's name so qualified."""
    qualifier = _WHOLE_WORDS.sub("", name)[:-len(core)]
    if not name.endswith(core) or not qualifier or len(qualifier) > 8:
        return None
    return qualifier


def _carried_qualifier(text: str, n: Named, core: str) -> Optional[str]:
    """The qualifier a figure named by the end of the total's name alone ('销售额' of '商品房销售额') takes from the words its
    sentence opens on, where they name a sibling measure so qualified: '东部地区商品房销售面积59426万平方米,…;销售额84622亿元'
    — the opening '东部地区商品房销售面积' is '东部地区' before words the total's name begins with ('商品房销售'), so the
    销售额 is 东部地区's."""
    if len(n.name) < 2 or not core.endswith(n.name) or n.name == core:
        return None
    start = max(text.rfind(c, 0, n.start) for c in "。\n") + 1
    opening = re.match(r"[\s\d—\-~至月份年,，、]*(?P<words>[\u4e00-\u9fff]+)", text[start:n.start])
    if opening is None:
        return None
    words = opening.group("words")
    for k in range(1, min(9, len(words))):
        shared = len(os.path.commonprefix([words[k:], core]))
        if 2 <= shared < len(core) and not _NO_PART.search(words[:k]) and not _WHOLE_WORDS.fullmatch(words[:k]):
            return words[:k]
    return None


def _restates(name: str, core: str) -> bool:
    """Whether a figure's name is the total's again — as it is, for a whole, or for another period or variant of it
    ('全社会用电量累计', '累计用电量', '上年同期用电量')."""
    bare = _WHOLE_WORDS.sub("", name)
    if bare.startswith(core):
        return True
    return bare.endswith(core) and bool(_NO_PART.search(bare[:-len(core)]))


def _runs(text: str, total: Named, core: str, after: list[Named]) -> list[list[tuple[str, Named]]]:
    """The runs of parts after the total, each within one paragraph, up to the total's name stated again."""
    runs, run = [], []
    ceiling = total.printed.interval()[1] * total.scale
    for n in after:
        if _restates(n.name, core) or n.start - total.end > PASSAGE * (1 + len(runs) + bool(run)):
            break  # the total again (another period's, a variant of it), or too far on
        qualifier = _qualifier(n.name, core) or _carried_qualifier(text, n, core)
        if qualifier is None:
            continue
        if run and "\n" in text[run[-1][1].end:n.start]:
            runs.append(run)
            run = []
        if _BREAKDOWN.search(text[_paragraph_start(text, n.start):n.start]):
            continue  # a part's own breakdown, no part of the total
        if n.unit != total.unit or n.base() > ceiling:
            continue  # another measure, or above the whole alone
        run.append((qualifier, n))
    if run:
        runs.append(run)
    return [r for r in runs if 2 <= len(r) <= MOST_PARTS and len({q for q, _ in r}) == len(r)
            and not any(a != b and a in b for a, _ in r for b, _ in r)]


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _judged(page, total: Named, core: str, run: list[tuple[str, Named]]) -> dict:
    def in_total_scale(parts):
        return [n.printed.times(n.scale / total.scale) for _, n in parts]

    verdict, exact = judge_sum(in_total_scale(run), total.printed)
    for k in range(2, len(run)) if verdict == "mismatch" else ():
        if judge_sum(in_total_scale(run[:k]), total.printed)[0] != "mismatch":
            run = run[:k]  # its first parts make the total: the rest split it again
            verdict, exact = judge_sum(in_total_scale(run), total.printed)
            break
    note = ""
    if verdict == "mismatch" and exact < total.printed.value and not is_complete([q for q, _ in run]):
        verdict = "unverifiable"
        note = f"the parts named after it fall short of {core}: a part not named may make up the rest"
    formula = f"{core} = " + " + ".join(f"{q}{core}" for q, _ in run)
    inputs = {f"{q}{core}": p.value for (q, _), p in zip(run, in_total_scale(run))}
    return make(sentence_marked(page.text, (total.start, total.end)), page.number, formula, inputs, total.printed, exact,
                total.printed_unit, verdict, note,
                cells=[("text", page.number, total.start, total.end)] + [("text", page.number, n.start, n.end) for _, n in run])

