"""Check family: a whole's price per unit as the mix of its parts' — each part's volume times its price,
over their volumes — where a text splits both the volume and the price of one whole into the same
parts after 其中 ('25Q3自产煤销量3434万吨…其中动力煤/炼焦煤销量3183/251万吨…自产煤售价482元/吨…其中动力煤/
炼焦煤售价442/993元/吨': (3183 × 442 + 251 × 993) ÷ 3434 = 482.3). Only where the parts' volumes add up to
the whole's (within their rounding): then no part is left out, and the mix is the whole's price; parts
that leave some of the volume out are no claim of this family.

The two splits are paired by their names (the same parts in the same order) and their period (the one
named last before each in its sentence); the whole of each split is the figure in its unit nearest
before its 其中."""
from __future__ import annotations

import re
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked, period_named_before
from ..sentences import SIGNED_NUM, figure_of

_NAME = r"[\u4e00-\u9fffA-Za-z]{1,8}"
_VOLUME_WORDS = "销量|销售量|产量|出货量|发运量"
_PRICE_WORDS = "售价|均价|单价|价格|吨价"
# a split after 其中: '其中25Q3动力煤/炼焦煤销量3183/251万吨', '其中动力煤/炼焦煤售价442/993元/吨'
_SPLIT = re.compile(
    rf"其中\s*[，,:：]?\s*(?P<lead>[^，,。；;/]{{0,12}}?)(?P<names>{_NAME}(?:\s*/\s*{_NAME}){{1,5}})\s*"
    rf"(?P<measure>{_VOLUME_WORDS}|{_PRICE_WORDS})\s*(?:为|分别为)?\s*"
    rf"(?P<nums>{SIGNED_NUM}(?:\s*/\s*{SIGNED_NUM}){{1,5}})\s*(?P<unit>元\s*/\s*[\u4e00-\u9fff]{{1,3}}|(?:万|千|亿)?[吨辆台件头只套])")
_WHOLE = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>元\s*/\s*[\u4e00-\u9fff]{{1,3}}|(?:万|千|亿)?[吨辆台件头只套])"


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        splits = [m for m in _SPLIT.finditer(page.text)]
        volumes = [m for m in splits if re.fullmatch(_VOLUME_WORDS, m.group("measure"))]
        prices = [m for m in splits if re.fullmatch(_PRICE_WORDS, m.group("measure"))]
        for p in prices:
            v = next((v for v in volumes if _names(v) == _names(p) and _period(page.text, v) == _period(page.text, p)), None)
            if v is None:
                continue
            check = _judged(page, v, p)
            if check is not None:
                out.append(check)
    return out


def _names(m: re.Match) -> list[str]:
    names = re.split(r"\s*/\s*", m.group("names"))
    return [re.sub(rf"(?:{_VOLUME_WORDS}|{_PRICE_WORDS})$", "", n) for n in names]


def _figures(m: re.Match) -> list[tuple[Printed, int, int]]:
    base = m.start("nums")
    return [(figure_of(f.group(0)), base + f.start(), base + f.end()) for f in re.finditer(SIGNED_NUM, m.group("nums"))]


def _period(text: str, m: re.Match) -> Optional[tuple]:
    """The split's period: named last before its names in its sentence ('其中25Q3动力煤/…')."""
    return period_named_before(text, m.end("names"), sentence_of=m.start())


def _whole(text: str, m: re.Match) -> Optional[re.Match]:
    """The figure in the split's unit nearest before its 其中, in the sentence before or its own."""
    start = max(text.rfind("。", 0, max(0, m.start() - 1)), text.rfind("\n", 0, m.start())) + 1
    unit = re.sub(r"\s", "", m.group("unit"))
    found = [w for w in re.finditer(_WHOLE, text[start:m.start()]) if re.sub(r"\s", "", w.group("unit")) == unit
             and not re.search(r"(?:同比|环比)\s*$", text[start:start + w.start()])]
    return (start, found[-1]) if found else None


def _judged(page, v: re.Match, p: re.Match) -> Optional[dict]:
    text = page.text
    volumes, prices = _figures(v), _figures(p)
    whole_volume, whole_price = _whole(text, v), _whole(text, p)
    if len(volumes) != len(prices) or whole_volume is None or whole_price is None:
        return None
    (_, wv), (ps, wp) = whole_volume, whole_price
    total = figure_of(wv.group("num"))
    # the parts must be all of the whole: their volumes add up to its
    summed, _ = judge_formula(lambda *xs: sum(xs), [x for x, _, _ in volumes], total)
    if summed == "mismatch":
        return None
    printed = figure_of(wp.group("num"))
    n = len(volumes)
    inputs = [x for x, _, _ in volumes] + [x for x, _, _ in prices]
    verdict, exact = judge_formula(lambda *xs: sum(a * b for a, b in zip(xs[:n], xs[n:])) / sum(xs[:n]), inputs, printed)
    names = _names(p)
    shown = [(text[a0:a1], text[b0:b1]) for (_, a0, a1), (_, b0, b1) in zip(volumes, prices)]
    formula = (" + ".join(f"{name} {a} × {b}" for name, (a, b) in zip(names, shown))
               + f" ÷ ({' + '.join(a for a, _ in shown)})")
    cells = [("text", page.number, ps + wp.start("num"), ps + wp.end("num"))] + \
            [("text", page.number, a0, a1) for _, a0, a1 in volumes + prices]
    return make(marked(text, ps + wp.start("num"), ps + wp.end("num")), page.number, formula,
                {**{f"{name} volume": x for name, (x, _, _) in zip(names, volumes)},
                 **{f"{name} price": x for name, (x, _, _) in zip(names, prices)}},
                printed, exact, re.sub(r"\s", "", p.group("unit")), verdict, "", cells=cells)
