"""Check family: a median's ratio to the mean, as income releases print it after the median —

    '城镇居民人均可支配收入19770元…。…其中,城镇居民人均可支配收入中位数18048元,增长7.4%,是平均数的91.3%'
                                                                      18048 ÷ 19770 = 91.3%

The median is the amount named '…中位数' before the ratio in its sentence; the mean ('平均数') is the amount stated
before it under the same name without '中位数' — the same people's average (城镇居民's, not 全国居民's), in the same
unit. A text that does not state that average leaves the ratio unjudged."""
from __future__ import annotations

import re
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of

# a median and its amount: '城镇居民人均可支配收入中位数18048元'
_MEDIAN = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,16}}?)中位数\s*(?:为|是|达到?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>万?元)")
# its ratio to the mean after it in the sentence: ',中位数是平均数的86.7%', ',是平均数的91.3%'
_RATIO = re.compile(rf"(?:中位数)?\s*(?:是|为|相当于)\s*平均数的\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
REACH = 40  # characters from the median's amount to its ratio
SHORTEST_NAME = 4  # characters of the words a mean is found by ('人均收入'): fewer name too many things


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        if "平均数" not in text:
            continue
        for m in _MEDIAN.finditer(text):
            ratio = _RATIO.search(text, m.end(), m.end() + REACH)
            if ratio is None or re.search(r"[。；;\n]", text[m.end():ratio.start()]):
                continue
            check = _judged(page, text, m, ratio)
            if check is not None:
                out.append(check)
    return out


def _judged(page, text: str, m: re.Match, ratio: re.Match) -> Optional[dict]:
    # (the longest tail of the median's words an average was stated under: '2023年全国居民…' is '全国居民…''s)
    for n in range(len(m.group("name")), SHORTEST_NAME - 1, -1):
        name = m.group("name")[-n:]
        means = list(re.finditer(rf"{re.escape(name)}\s*(?:为|是|达到?)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{m.group('unit')})(?!\d)",
                                 text[:m.start()]))
        if means:
            break
    else:
        return None
    mean = means[-1]
    printed = figure_of(ratio.group("pct"))
    median, average = figure_of(m.group("num")), figure_of(mean.group("num"))
    verdict, exact = judge_formula(lambda a, b: a / b * 100, [median, average], printed)
    return make(sentence_marked(text, ratio.span("pct")), page.number, f"{name}中位数 ÷ {name} × 100",
                {"median": median, "mean": average}, printed, exact, "%", verdict,
                "the median over the mean of the same people, stated before",
                cells=[("text", page.number, *ratio.span("pct")), ("text", page.number, *m.span("num")),
                       ("text", page.number, *mean.span("num"))])
