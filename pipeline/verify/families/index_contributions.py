"""Check family: a price index's change as the sum of what its parts, or its two factors, are said to contribute —
as the statistics bureau's price releases print them:

    '全国工业生产者出厂价格同比下降2.4%' … '生产资料价格同比下降3.5%,…,影响工业生产者出厂价格总水平下降约2.56个百分点
     …生活资料价格同比上涨0.7%,…,影响工业生产者出厂价格总水平上涨约0.19个百分点'
        −2.56 + 0.19 = −2.37, printed −2.4
    '在1月份-5.3%的全国工业生产者出厂价格总水平同比降幅中,去年价格变动的翘尾因素约为-4.8个百分点,新涨价因素约为-0.5个百分点'
        −4.8 + (−0.5) = −5.3

A part's contribution ('影响…总水平下降约2.56个百分点') is of the part its sentence opens on ('生产资料价格…'). The
contributions of one index come in sections, one per basis: a section's basis is the 同比 or 环比 its sentences or its
heading ('二、工业生产者价格环比变动情况') say, else the releases' order (year on year, then month on month). A section is
judged only where its parts are every member of a split data/partitions.json knows as whole (生产资料 and 生活资料; 食品
and 非食品): a part whose contribution is not printed may have moved the index too. The index's change on that basis is
the first the text states of it outside the sections. The carry-over and new-price factors ('翘尾因素', '新涨价因素', or
'…影响') are judged on the change their own sentence names."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, sentence_end, sentence_marked, sentence_start
from ..sentences import SIGNED_NUM, figure_of
from .partitions import is_complete

_FIGURE = r"\d+(?:\.\d+)?"
# a part's contribution: '影响工业生产者出厂价格总水平下降约2.56个百分点', '影响CPI上涨约0.19个百分点'
_CONTRIBUTION = re.compile(rf"影响(?P<whole>[\u4e00-\u9fffA-Z]{{2,16}}?(?:价格)?)(?:总水平)?\s*(?:同比|环比)?\s*(?P<way>上涨|上升|下降|下跌)\s*(?:约)?\s*"
                           rf"(?P<num>{_FIGURE})\s*个百分点")
# the part a contribution's sentence opens on, after a clause or two of where, when or who says: '生产资料价格同比下降3.5%', '工业生产者出厂
# 价格中,生产资料价格…', '9月份,非食品价格由上月同比上涨0.2%转为下降0.2%'
_PART = re.compile(r"(?:[^，,。；;\n]{1,16}[，,]\s*){0,2}(?P<part>[\u4e00-\u9fff]{2,8}?)(?:类)?价格")
_BASIS = re.compile(r"同比|环比")
# an index's change: '工业生产者出厂价格环比下降0.5%,同比下降5.3%'
_CHANGE = re.compile(rf"(?P<basis>同比|环比|比上年同期|比去年同期)?\s*(?P<way>上涨|上升|下降|下跌|持平)\s*(?P<num>{_FIGURE})?\s*[%％]?")
_FALLS = ("下降", "下跌")
# the index's other name: 'CPI' is the 居民消费价格's, 'PPI' the 工业生产者出厂价格's
_OTHER_NAME = {"CPI": "居民消费价格", "PPI": "工业生产者出厂价格"}
# the two factors of a year-on-year change, in the sentence naming it: '在1月份-5.3%的…同比降幅中,去年价格变动的翘尾因素约为
# -4.8个百分点,新涨价因素约为-0.5个百分点'
_FACTORS = re.compile(rf"在[^，,。；;%]{{0,12}}?(?P<total>{SIGNED_NUM})\s*[%％]的[^，,。；;]{{0,30}}?(?P<kind>涨幅|降幅|变动)中\s*[，,]\s*"
                      rf"[^，,。；;]{{0,10}}?(?P<first>翘尾|新涨价)(?:因素|影响)\s*(?:约为|约|为)\s*(?P<a>{SIGNED_NUM})\s*(?:个百分点)?\s*[，,]\s*"
                      rf"(?:[^，,。；;]{{0,6}}?)(?P<second>翘尾|新涨价)(?:因素|影响)\s*(?:约为|约|为)\s*(?P<b>{SIGNED_NUM})\s*个?百分点")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        out += _factors(page, text)
        out += _sections(page, text)
    return out


def _factors(page, text: str) -> list[dict]:
    out = []
    for m in _FACTORS.finditer(text):
        if m.group("first") == m.group("second"):
            continue
        total = figure_of(m.group("total"))
        if m.group("kind") == "降幅" and total.value > 0:
            total = total.signed(-1)  # ('在1.4%的…降幅中': a fall of 1.4)
        a, b = figure_of(m.group("a")), figure_of(m.group("b"))
        verdict, exact = judge_formula(lambda x, y: x + y, [a, b], total)
        out.append(make(sentence_marked(text, m.span("total")), page.number, f"{m.group('first')} {a.value} + {m.group('second')} {b.value}",
                        {m.group("first"): a, m.group("second"): b}, total, exact, "pp", verdict,
                        "a year-on-year change is its carry-over and its new prices' contributions",
                        cells=[("text", page.number, *m.span("total")), ("text", page.number, *m.span("a")),
                               ("text", page.number, *m.span("b"))]))
    return out


@dataclass
class _Section:
    """One section's contributions to an index: the index, the basis said (None where none is), and each part's
    (name, signed figure, match)."""
    whole: str
    basis: Optional[str]
    parts: list = field(default_factory=list)

    def goes_on(self, whole: str, part: str, said: Optional[str]) -> bool:
        """Whether a contribution of `part` to `whole` said on `said` belongs here: the same index, a part not yet
        named, no other basis."""
        return self.whole == whole and part not in [p for p, _, _ in self.parts] and not (said and self.basis and said != self.basis)


def _sections(page, text: str) -> list[dict]:
    """The contributions' sections, each judged against the index's change on its basis."""
    sections: list[_Section] = []
    last_end = 0
    for m in _CONTRIBUTION.finditer(text):
        opens = sentence_start(text, m.start())
        part = _PART.match(text, opens)
        if part is None:
            continue
        said = _BASIS.search(text, opens, m.start())
        said = said.group(0) if said else None
        heading = _BASIS.search(text, last_end, opens) if sections else None  # ('二、工业生产者价格环比变动情况')
        named = re.sub(r"^全国", "", m.group("whole"))
        whole = _OTHER_NAME.get(named, named)
        if heading is not None or not sections or not sections[-1].goes_on(whole, part.group("part"), said):
            sections.append(_Section(whole, said or (heading.group(0) if heading else None)))
        elif sections[-1].basis is None:
            sections[-1].basis = said
        figure = figure_of(m.group("num"))
        sections[-1].parts.append((part.group("part"), figure.signed(-1) if m.group("way") in _FALLS else figure, m))
        last_end = m.end()
    out, order = [], {}
    for section in sections:
        whole, parts = section.whole, section.parts
        seen = order.setdefault(whole, [])  # the bases of this index's sections before
        basis = section.basis or ("环比" if "同比" in seen else "同比")
        seen.append(basis)
        if not is_complete([p for p, _, _ in parts]):
            continue
        change = _index_change(text, whole, basis, [m for _, _, m in parts])
        if change is None:
            continue
        printed, span = change
        figures = [f for _, f, _ in parts]
        verdict, exact = judge_formula(lambda *xs: sum(xs), figures, printed)
        out.append(make(sentence_marked(text, span), page.number, " + ".join(f"{p} {f.value}" for p, f, _ in parts),
                        {p: f for p, f, _ in parts}, printed, exact, "pp", verdict,
                        f"the index's {basis} change is what its parts contribute",
                        cells=[("text", page.number, *span)] + [("text", page.number, *m.span("num")) for _, _, m in parts]))
    return out


def _index_change(text: str, whole: str, basis: str, contributions: list[re.Match]) -> Optional[tuple[Printed, tuple]]:
    """The index's change on `basis` the text states first, outside the contributions' own sentences."""
    for name in re.finditer(re.escape(whole), text):
        if any(c.start() <= name.start() < c.end() for c in contributions) or text.startswith("中", name.end()):
            continue  # (a contribution's own words, or a section opening '工业生产者出厂价格中')
        end = sentence_end(text, name.end())
        for m in _CHANGE.finditer(text, name.end(), end):
            said = m.group("basis") or ""
            on = "同比" if said in ("同比", "比上年同期", "比去年同期") else said
            if on != basis or (m.group("way") != "持平" and not m.group("num")):
                continue
            if m.group("way") == "持平":
                return Printed.of("0"), m.span("way")
            figure = figure_of(m.group("num"))
            return (figure.signed(-1) if m.group("way") in _FALLS else figure), m.span("num")
    return None
