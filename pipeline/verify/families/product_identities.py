"""Check family: a figure a note states that is the product of two it states just before it
(data/product_identities.json):

    '华住中国的综合ADR(日均房价)为304元,同比增长1%;OCC(入住率)为84.1%,…;RevPAR(平均可出租客房收入)为256元'
        RevPAR 256 = ADR 304 × OCC 84.1% (255.7)

Each factor is the last its names state before the product, in the product's sentence or the one before
it (a note states the two, then what they make) — or, where not both are, the first after it in its own sentence
('RevPAR为170.94元/间,…;ADR为245.01元,…;OCC为69.77%'); a factor's figure is the first after its name — past a
bracket glossing it ('(ADR)') and 为/达 — in the factor's unit. A name qualified by a part before it
('中高端ADR') is not the whole's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import data_json
from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, period_named_before
from ...textutil import alternation
from ..sentences import figure_of, page_sentences, with_sentence_before

_NUM = r"\d+(?:\.\d+)?"
# after a name: a gloss in brackets, a few words of its own ('同比'-free), then its figure
_AFTER = r"\s*(?:[(（][^()（）]{0,16}[)）])?\s*(?:为|达到?|约为?|:|：)?\s*"


@lru_cache(maxsize=1)
def _products() -> list[dict]:
    return data_json("product_identities.json")["products"]


@lru_cache(maxsize=None)
def _stated(names: tuple[str, ...], unit: str) -> re.Pattern:
    """A figure stated after one of its names, in its unit: 'ADR(日均房价)为304元', 'OCC(入住率)为84.1%'."""
    figure = rf"(?P<num>{_NUM})\s*" + ("%" if unit == "%" else r"(?:元|人民币元)")
    # (Latin names in any case: 'RevPAR', 'RevPar', 'REVPAR')
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(names)})(?![A-Za-z]){_AFTER}{figure}", re.I)


def _last_stated(text: str, end: int, names: list[str], unit: str) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The figure the last statement of a factor before `end` gives, with where it stands."""
    found = None
    for m in _stated(tuple(names), unit).finditer(text, 0, end):
        if _own(text, m.start()):
            found = (figure_of(m.group("num")), m.span("num"))
    return found


def _first_stated(text: str, start: int, end: int, names: list[str], unit: str) -> Optional[tuple[Printed, tuple[int, int]]]:
    """The figure the first statement of a factor between `start` and `end` gives, with where it stands."""
    for m in _stated(tuple(names), unit).finditer(text, start, end):
        if _own(text, m.start()):
            return figure_of(m.group("num")), m.span("num")
    return None


# what may stand right before a whole business's figure's name; any other word names a part ('中高端ADR')
# (or the end of the period it stands at: '二季度末不良率0.66%')
_OWN_BEFORE = re.compile(r"(?:综合|整体|公司|集团|业务|的|平均|中国|测算|估算|实现|末|底|[^\u4e00-\u9fff])$")


def _own(text: str, at: int) -> bool:
    return at == 0 or bool(_OWN_BEFORE.search(text[max(0, at - 2):at]))


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        sentences = page_sentences(page)
        for i, s in enumerate(sentences):
            for product in _products():
                for m in _stated(tuple(product["name"]), product["unit"]).finditer(s.text):
                    own = _own(s.text, m.start())
                    window = with_sentence_before(page, sentences, i)
                    at = s.start - window.start + m.start()
                    # (a part's product, '有限服务型酒店RevPAR为170.94元', only with its factors stated after it: the
                    # sentence goes on about that part; those before it may be the whole's)
                    factors = [_last_stated(window.text, at, f["name"], f["unit"]) for f in product["factors"]] if own else []
                    if not factors or not all(factors):
                        # (or both stated after it, in its own sentence: 'RevPAR为170.94元/间,…;ADR为245.01元,…;OCC为69.77%')
                        after = [_first_stated(window.text, at + len(m.group(0)), s.start - window.start + len(s.text),
                                               f["name"], f["unit"]) for f in product["factors"]]
                        if not all(after):
                            continue
                        factors = after
                    (x, xs), (y, ys) = factors
                    period = period_named_before(window.text, at)
                    if period and any(p and p != period for p in (period_named_before(window.text, xs[0]),
                                                                   period_named_before(window.text, ys[0]))):
                        continue  # a factor of another period ('2)2025Q3:…客座率85.9%' before '1)2025Q1-3:…座公里收益')
                    printed = figure_of(m.group("num"))
                    scale = [1 if f["unit"] != "%" else 100 for f in product["factors"]]
                    as_printed = 100 if product["unit"] == "%" else 1  # (a product in percent: '拨贷比2.98%')
                    verdict, exact = judge_formula(lambda p, q: p / scale[0] * q / scale[1] * as_printed, [x, y], printed)
                    a, b = at - m.start() + m.start("num"), at - m.start() + m.end("num")
                    names = [f["name"][0] for f in product["factors"]]
                    out.append(make(marked(window.text, a, b), window.page, f"{product['name'][0]} = {names[0]} × {names[1]}",
                                    {names[0]: x, names[1]: y}, printed, exact, product["unit"], verdict,
                                    cells=[("text", window.page, window.start + a, window.start + b),
                                           ("text", window.page, window.start + xs[0], window.start + xs[1]),
                                           ("text", window.page, window.start + ys[0], window.start + ys[1])]))
    return out
