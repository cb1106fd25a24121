"""Check family: a whole's growth broken down by its sectors, each in a clause of its own with its share of the whole,
its contribution to the growth and its pull on it, as a statistics bureau's 增加值 release prints them:

    '全市规模以上工业增加值…同比增长9.6%…。其中采矿业增加值同比增长14.4%,…比重为75.9%,对全市工业增长的贡献率109.7%,
    上拉全市工业增加值增速10.6个百分点;电力…增长6.4%,占比为4.6%,对全市工业增长的贡献率2.8%,上拉全市工业增加值增速
    0.3个百分点;制造业增加值同比下降5.3%,…占比为19.5%,对全市工业增长的贡献率-12.5%,下拉全市工业增加值增速1.2个百分点。'

  - each sector's pull against its contribution times the whole's growth (拉动 = 贡献率 × 增速: 109.7% × 9.6 = 10.5);
  - the sectors' shares add up to 100, their contributions to 100, their pulls to the whole's growth — all three judged
    only where two of them make their whole: that is what says the sectors are all of it (a text naming two sectors of
    three makes none, and is no claim of this family).

The sectors are the clauses (split at ；, ; and 。) in a row that each hold a contribution or a pull of the same whole
('全市工业增加值', '全市工业'); a run of one clause is one sector's pull against its contribution, no sum (a clause with
a pull may give its contribution without naming the whole again: '小型企业…拉动规上工业增长5.5个百分点,贡献率达64.6%'); the whole's growth is the last one stated before the first of them, in a sentence naming
the whole's words in their order ('全市规模以上工业增加值…同比增长9.6%'). A GDP's pulls are `pulls`' (a list with 分别)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed, judge_sum
from ...document import Document
from ..checks import judge_formula, make, sentence_before, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

HUNDRED = Decimal(100)
# a sector's contribution: '对全市工业增长的贡献率109.7%', '对全市工业增长的贡献率-12.5%'
_CONTRIBUTION = re.compile(rf"对(?P<whole>[\u4e00-\u9fff]{{2,16}}?)(?:增长|增速)?的?贡献率\s*(?:为|是|达到?)?\s*"
                           rf"(?P<num>{SIGNED_NUM})\s*[%％]")
# (or, in a clause whose pull names the whole, with no whole of its own: '…拉动规上工业增长5.5个百分点,贡献率达64.6%')
_BARE_CONTRIBUTION = re.compile(rf"(?P<whole>)贡献率\s*(?:为|是|达到?)?\s*(?P<num>{SIGNED_NUM})\s*[%％]")
# its pull: '上拉全市工业增加值增速10.6个百分点', '下拉…1.2个百分点', '拉动全市工业增长0.3个百分点'
_PULL = re.compile(rf"(?P<verb>拉动|上拉|下拉)(?P<whole>[\u4e00-\u9fff]{{2,16}}?)(?:增速|增长)\s*(?P<num>{SIGNED_NUM})\s*个?百分点")
# its share of the whole: '占比为4.6%', '…的比重为75.9%'
_SHARE = re.compile(rf"(?:占比|比重)\s*(?:为|是|达到?)?\s*(?P<num>{SIGNED_NUM})\s*[%％]")
_CLAUSE_END = re.compile(r"[；;。\n]")
_GROWTH = re.compile(rf"(?P<way>增长|下降)\s*(?P<num>{SIGNED_NUM})\s*[%％]")
_GDP = re.compile(r"生产总值|GDP|经济")
REACH = 600  # characters before the first sector its whole's growth may stand


class _Sector:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end
        self.contribution: Optional[re.Match] = None
        self.pull: Optional[re.Match] = None
        self.share: Optional[re.Match] = None


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for sectors, whole in _runs(page.text):
            out += _judged(page, sectors, whole)
    return out


def _runs(text: str) -> list[tuple[list[_Sector], str]]:
    """The runs of clauses in a row each holding a contribution or a pull of one whole, with the whole's words."""
    runs, current, whole, at = [], [], None, 0
    for end_mark in list(_CLAUSE_END.finditer(text)) + [None]:
        end = end_mark.start() if end_mark else len(text)
        sector = _Sector(at, end)
        sector.contribution = _CONTRIBUTION.search(text, at, end)
        sector.pull = _PULL.search(text, at, end)
        sector.share = _SHARE.search(text, at, end)
        if sector.contribution is None and sector.pull is not None:
            sector.contribution = _BARE_CONTRIBUTION.search(text, at, end)
        wholes = {_key(m.group("whole")) for m in (sector.contribution, sector.pull) if m and m.group("whole")}
        if wholes:
            name = (sector.pull or sector.contribution).group("whole")
            if current and _key(whole) in wholes:
                current.append(sector)
            else:
                if current:
                    runs.append((current, whole))
                current, whole = [sector], name
        else:
            if current:
                runs.append((current, whole))
            current, whole = [], None
        at = end + 1
    if current:
        runs.append((current, whole))
    return [(sectors, name) for sectors, name in runs if not _GDP.search(name)]


def _key(whole: str) -> str:
    """A whole's words with the measure's name dropped: '全市工业增加值' and '全市工业' are one whole."""
    return re.sub(r"(?:增加值|总产值|产值)$", "", whole)


def _growth_of(text: str, whole: str, before: int) -> Optional[re.Match]:
    """The whole's growth: the last stated before `before` in a sentence naming its words in their order."""
    key = _key(whole)
    found = None
    for g in _GROWTH.finditer(text, max(0, before - REACH), before):
        if _in_order(key, sentence_before(text, g.start())):
            found = g
    return found


def _in_order(words: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in words)


def _judged(page, sectors: list[_Sector], whole: str) -> list[dict]:
    text, out = page.text, []
    g = _growth_of(text, whole, sectors[0].start)
    if g is None:
        return []
    growth = figure_of(g.group("num"))
    growth = growth.with_sign(-1) if g.group("way") == "下降" else growth
    pulls = []
    for s in sectors:
        if s.pull is None:
            continue
        pull = figure_of(s.pull.group("num"))
        pulls.append(pull.with_sign(-1) if s.pull.group("verb") == "下拉" else pull)
        if s.contribution is None:
            continue
        contribution = figure_of(s.contribution.group("num"))
        verdict, exact = judge_formula(lambda c, x: c * x / HUNDRED, [contribution, growth], pulls[-1])
        out.append(make(sentence_marked(text, s.pull.span("num")), page.number,
                        f"{s.contribution.group('num')}% × {g.group('num')}% ({whole}的增速)",
                        {"contribution": contribution, "growth": growth}, pulls[-1], exact, "个百分点", verdict,
                        "a sector's pull is its contribution times the whole's growth (拉动 = 贡献率 × 增速)",
                        cells=[("text", page.number, *s.pull.span("num")), ("text", page.number, *s.contribution.span("num")),
                               ("text", page.number, *g.span("num"))]))
    if len(sectors) < 2:
        return out  # one sector: no sum to make
    sums = []
    for kind, target in (("share", None), ("contribution", None), ("pull", growth)):
        matches = [getattr(s, kind) for s in sectors]
        if any(m is None for m in matches):
            continue
        parts = [pulls[k] if kind == "pull" else figure_of(m.group("num")) for k, m in enumerate(matches)]
        total = target if target is not None else Printed(HUNDRED, Decimal("1e-9"))
        verdict, exact = judge_sum(parts, total)
        sums.append((kind, matches, parts, total, exact, verdict))
    if sum(verdict != "mismatch" for *_, verdict in sums) < 2:
        return out  # (the sectors may be some of the whole only: nothing says they are all of it)
    for kind, matches, parts, total, exact, verdict in sums:
        what = f"{whole}的增速 {g.group('num')}%" if kind == "pull" else "100%"
        cells = [("text", page.number, *m.span("num")) for m in matches]
        if kind == "pull":
            cells.append(("text", page.number, *g.span("num")))
        shown = [str(p.value) if kind == "pull" else m.group("num") for m, p in zip(matches, parts)]  # (a 下拉 signed)
        out.append(make(f"{whole}: the sectors' {kind}s " + " + ".join(shown) + f" = {what}",
                        page.number, " + ".join(f"{kind} of sector {k + 1}" for k in range(len(parts))),
                        {f"sector {k + 1}": p for k, p in enumerate(parts)}, total, exact, "个百分点" if kind == "pull" else "%",
                        verdict, f"the sectors' {kind}s add up to their whole's, as two of their three sums say they are all of it",
                        cells=cells))
    return out
