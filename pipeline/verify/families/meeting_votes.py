"""Check family: a shareholders' meeting's attendance and votes, as its resolution notice states them:

    '通过现场和网络投票的股东558人,代表股份458,054,680股,占公司有表决权股份总数的67.2579%。其中:通过现场投票的股东2人,
     代表股份282,196,584股,占…41.4360%。通过网络投票的股东556人,代表股份175,858,096股,占…25.8219%。'
        2 + 556 = 558;   282,196,584 + 175,858,096 = 458,054,680;   41.4360 + 25.8219 = 67.2579
    '同意457,000,000股,占出席本次股东会有效表决权股份总数的99.7700%;反对1,000,000股,占…0.2183%;弃权54,680股,占…0.0117%'
        each share is its count over the three counts' sum
    '总表决同意率99.9535%(334,993,800股),反对率0.0317%(106,300股),弃权率0.0147%'
        over the shares the meeting's attendance states (中小股东's votes over theirs); 弃权 is what 同意 and 反对 leave

Those attending are split by how they voted, 现场 and 网络: a total's people, shares and share of the voting shares are its
two parts' sums. A vote's shares are judged to their printing."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

HUNDRED = Decimal(100)
_COUNT = rf"(?P<NAME>{SIGNED_NUM})\s*股"
_PCT = rf"(?P<NAME>{SIGNED_NUM})\s*[%％]"
# one attendance: '股东558人,代表股份458,054,680股,占…的67.2579%', '1人(代表3,400股,占比0.0005%)'
_ATTENDING = re.compile(rf"(?P<who>[^，,。；;:：\d]{{0,24}}?)(?:共)?\s*(?P<n>\d+)\s*人\s*[，,（(]?\s*(?:代表股份|代表|所持股份|持有股份)\s*"
                        rf"{_COUNT.replace('NAME', 's')}\s*[，,]?\s*占[^，,。；;\d%]{{0,30}}?{_PCT.replace('NAME', 'p')}")
# a vote in the exchanges' template: '同意A股,占…p%;反对B股,占…p%;弃权C股(其中…),占…p%'
_SHARE_OF = r"\s*[，,]\s*占[^，,。；;\d%]{0,40}?"
_VOTE = re.compile(rf"同意\s*{_COUNT.replace('NAME', 'a')}{_SHARE_OF}{_PCT.replace('NAME', 'pa')}\s*[；;，,]\s*"
                   rf"反对\s*{_COUNT.replace('NAME', 'b')}{_SHARE_OF}{_PCT.replace('NAME', 'pb')}\s*[；;，,]\s*"
                   rf"弃权\s*{_COUNT.replace('NAME', 'c')}\s*(?:[（(][^()（）]{{0,40}}[)）])?{_SHARE_OF}{_PCT.replace('NAME', 'pc')}")
# a vote as a digest states it: '同意率99.9535%(334,993,800股),反对率0.0317%(106,300股),弃权率0.0147%'
_RATES = re.compile(rf"同意率\s*{_PCT.replace('NAME', 'pa')}\s*[（(]\s*{_COUNT.replace('NAME', 'a')}\s*[)）]\s*[，,]\s*"
                    rf"反对率\s*{_PCT.replace('NAME', 'pb')}\s*(?:[（(]\s*{_COUNT.replace('NAME', 'b')}\s*[)）])?\s*[，,]\s*"
                    rf"弃权率\s*{_PCT.replace('NAME', 'pc')}")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        attending = list(_ATTENDING.finditer(text))
        out += _attendance(page, attending)
        for m in _VOTE.finditer(text):
            out += _vote(page, m)
        for m in _RATES.finditer(text):
            out += _rates(page, m, attending)
    return out


def _attendance(page, attending: list[re.Match]) -> list[dict]:
    """Each total followed by its two parts, 现场 then 网络 (after 其中): people, shares and percentage summed."""
    text = page.text
    out = []
    for i, total in enumerate(attending[:-2]):
        on_site, online = attending[i + 1], attending[i + 2]
        if not ("现场" in on_site.group("who") and "网络" in online.group("who")) or "其中" not in text[total.end():on_site.start("n")]:
            continue
        for key, unit in (("n", "人"), ("s", "股"), ("p", "%")):
            printed = figure_of(total.group(key))
            parts = [figure_of(m.group(key)) for m in (on_site, online)]
            verdict, exact = judge_formula(lambda x, y: x + y, parts, printed)
            out.append(make(sentence_marked(text, total.span(key)), page.number,
                            f"{on_site.group(key)} + {online.group(key)}", {"现场": parts[0], "网络": parts[1]}, printed, exact,
                            unit, verdict, "those attending a meeting: those voting on site and online",
                            cells=[("text", page.number, *total.span(key)), ("text", page.number, *on_site.span(key)),
                                   ("text", page.number, *online.span(key))]))
    return out


def _vote(page, m: re.Match) -> list[dict]:
    """Each of a vote's shares: its count over the sum of the three counts."""
    text = page.text
    counts = {k: figure_of(m.group(k)) for k in "abc"}
    out = []
    for k in "abc":
        pct = figure_of(m.group(f"p{k}"))
        others = [counts[o] for o in "abc" if o != k]
        verdict, exact = judge_formula(lambda x, y, z: x / (x + y + z) * HUNDRED, [counts[k], *others], pct)
        out.append(make(sentence_marked(text, m.span(f"p{k}")), page.number,
                        f"{m.group(k)} ÷ ({m.group('a')} + {m.group('b')} + {m.group('c')}) × 100",
                        {"votes": counts[k], "all votes": sum(c.value for c in counts.values())}, pct, exact, "%", verdict,
                        "a vote's share: its shares over those of all three votes",
                        cells=[("text", page.number, *m.span(f"p{k}")), ("text", page.number, *m.span(k))]))
    return out


def _rates(page, m: re.Match, attending: list[re.Match]) -> list[dict]:
    """A digest's vote rates over the shares attending (中小股东's over theirs): 同意, 反对 where its count is stated, and 弃权
    as what the two counts leave."""
    text = page.text
    # (the votes of 中小股东 where the words just before name them: '中小股东表决同意率…')
    total = _attending_total(text, attending, "中小" in re.split(r"[，,。；;\]]", text[max(0, m.start() - 12):m.start()])[-1], m.start())
    if total is None:
        return []
    whole, whole_span = total
    out = []
    for k in ("a", "b"):
        if m.group(k) is None:
            continue
        pct = figure_of(m.group(f"p{k}"))
        verdict, exact = judge_formula(lambda x, w: x / w * HUNDRED, [figure_of(m.group(k)), whole], pct)
        out.append(make(sentence_marked(text, m.span(f"p{k}")), page.number, f"{m.group(k)} ÷ {text[slice(*whole_span)]} × 100",
                        {"votes": figure_of(m.group(k)), "shares attending": whole}, pct, exact, "%", verdict,
                        "a vote's share of the shares attending",
                        cells=[("text", page.number, *m.span(f"p{k}")), ("text", page.number, *m.span(k)),
                               ("text", page.number, *whole_span)]))
    if m.group("b") is not None:
        pct = figure_of(m.group("pc"))
        a, b = figure_of(m.group("a")), figure_of(m.group("b"))
        verdict, exact = judge_formula(lambda x, y, w: (w - x - y) / w * HUNDRED, [a, b, whole], pct)
        out.append(make(sentence_marked(text, m.span("pc")), page.number,
                        f"({text[slice(*whole_span)]} − {m.group('a')} − {m.group('b')}) ÷ {text[slice(*whole_span)]} × 100",
                        {"for": a, "against": b, "shares attending": whole}, pct, exact, "%", verdict,
                        "abstentions: the shares attending less those for and against",
                        cells=[("text", page.number, *m.span("pc")), ("text", page.number, *m.span("a")),
                               ("text", page.number, *m.span("b")), ("text", page.number, *whole_span)]))
    return out


def _attending_total(text: str, attending: list[re.Match], minority: bool, before: int) -> Optional[tuple[Printed, tuple]]:
    """The shares attending the votes are of: the first total stated before them, of 中小股东 where they are theirs."""
    found = [m for m in attending if m.start() < before and ("中小" in m.group("who")) == minority
             and not re.search("现场|网络", m.group("who").replace("现场和网络", ""))]  # (not a part: on site, online)
    if not found:
        return None
    m = found[0]
    return figure_of(m.group("s")), m.span("s")
