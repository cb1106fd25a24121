"""Check family: a sum-of-the-parts valuation (分部估值) — a target value and the parts' values that
make it, each part's value from what its bracket says it rests on:

    '目标市值507亿元由三部分构成: - 饲料业务估值180亿元(基于2026年15倍PE) - 养殖业务估值250亿元(基于2026年
     预期出栏量1668万头,头均市值1500元) - 持有的4.18%民生银行股权估值77亿元(基于民生银行…平均市值1840亿元)'
        507 = 180 + 250 + 77;   250 = 1668万头 × 1500元;   77 = 4.18% × 1840亿

The parts are the values named after the total (…估值/价值 X亿元) up to the sentence's end, each
outside the brackets; a bracket's figures are that part's grounds, not parts. Where the text says
how many parts there are ('由三部分构成') and lists that many, their sum is judged both ways; else a
sum that misses the total may leave a part out (unverifiable). A part's value is judged against a
count times a value per unit ('出栏量1668万头,头均市值1500元') or a stake times a market value
('持有的4.18%…股权' over '…市值1840亿元') where its bracket states them.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ...calc import Printed, judge_sum
from ...document import Document
from ...quantities import UNIT_MULT, parse_cn_number
from ..checks import judge_formula, make, marked
from ..sentences import bracket_spans, figure_of

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_SCALE = r"万亿|亿|千万|百万|万"
_TOTAL = re.compile(rf"(?P<word>目标市值|合理市值|目标总市值|合理总市值|目标估值|合理估值|总估值)\s*(?:为|约为?|达到?|:|：)?\s*"
                    rf"(?P<num>{_NUM})\s*(?P<scale>{_SCALE})?\s*元")
_COUNT = re.compile(r"由\s*(?P<n>[两二三四五六2-6])\s*(?:个)?部分(?:构成|组成)")
_PART = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z0-9.% ]{{1,24}}?)(?:估值|价值)\s*(?:为|约为?|:|：)?\s*(?P<num>{_NUM})\s*"
                   rf"(?P<scale>{_SCALE})?\s*元")
_END = re.compile(r"[。；;]|\n|\[\d+\]\s*-?\s*[\u4e00-\u9fff]{2,10}\s*(?:-|:|：)")
# a part's grounds in its bracket: a count times a value per unit, a stake times a market value
_PER_UNIT = re.compile(rf"(?P<q>{_NUM})\s*(?P<qs>{_SCALE})?\s*(?P<u>头|吨|辆|台|只|羽|套|平方米)[^，,()（）]{{0,6}}?[，,]\s*"
                       rf"(?:头均|吨均|单吨|单头|每头|每吨|单位|单台|每台)(?:市值|价值|估值)\s*(?:为|约)?\s*(?P<v>{_NUM})\s*(?P<vs>{_SCALE})?\s*元")
_STAKE = re.compile(r"(?P<pct>\d+(?:\.\d+)?)\s*%")
_MARKET_VALUE = re.compile(rf"市值\s*(?:为|约)?\s*(?P<num>{_NUM})\s*(?P<scale>{_SCALE})?\s*元")


def _count(n: str) -> int:
    return int(n) if n.isdigit() else int(parse_cn_number(n))


def _figure(num: str, scale: str | None, base: str | None = None) -> Printed:
    """A printed amount in the unit of `base` (亿 for a total in 亿元), as the report prints its total."""
    factor = Decimal(UNIT_MULT[scale or ""]) / Decimal(UNIT_MULT[base or ""])
    figure = figure_of(num)
    return figure if factor == 1 else figure.times(factor)


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for t in _TOTAL.finditer(text):
            stop = _END.search(text, t.end())
            end = stop.start() if stop else len(text)
            brackets = bracket_spans(text, t.end(), end)
            parts = [p for p in _PART.finditer(text, t.end(), end) if not any(a <= p.start() < b for a, b in brackets)]
            if len(parts) < 2:
                continue
            base = t.group("scale")
            total = _figure(t.group("num"), base, base)
            values = [_figure(p.group("num"), p.group("scale"), base) for p in parts]
            counted = _COUNT.search(text, t.end(), parts[0].start())
            complete = counted is not None and _count(counted.group("n")) == len(parts)
            verdict, exact = judge_sum(values, total)
            note = ""
            if verdict == "mismatch" and not complete:
                verdict, note = "unverifiable", "the parts listed may not be all of it: the text does not say how many there are"
            a, b = t.span("num")
            line_start = max(text.rfind("\n", 0, a) + 1, t.start() - 24)  # (a digest's line may hold all its bullets)
            names = [re.sub(r"\s+", "", p.group("name")).lstrip("-–的") for p in parts]
            out.append(make(marked(text[line_start:end], a - line_start, b - line_start), page.number,
                            f"{t.group('word')} = " + " + ".join(f"{n}估值" for n in names),
                            {f"{n}估值": v for n, v in zip(names, values)}, total, exact, f"{base or ''}元", verdict, note,
                            cells=[("text", page.number, a, b)] + [("text", page.number, *p.span("num")) for p in parts]))
            for p, value, name in zip(parts, values, names):
                out += _grounds(page, text, p, value, name, brackets, line_start, end, base)
    return out


def _grounds(page, text: str, p: re.Match, value: Printed, name: str, brackets, line_start: int, end: int,
             base: str | None) -> list[dict]:
    """The part's value against what its bracket right after it says it rests on."""
    bracket = next(((a, b) for a, b in brackets if a >= p.end() and not text[p.end():a].strip()), None)
    if bracket is None:
        return []
    claim = marked(text[line_start:end], p.start("num") - line_start, p.end("num") - line_start)
    mark = ("text", page.number, *p.span("num"))
    per_unit = _PER_UNIT.search(text, *bracket)
    if per_unit:
        count, each = _figure(per_unit.group("q"), per_unit.group("qs")), _figure(per_unit.group("v"), per_unit.group("vs"), base)
        verdict, exact = judge_formula(lambda q, v: q * v, [count, each], value)
        return [make(claim, page.number, f"{name}估值 = 数量 × 单位价值", {"数量": count, f"单位价值 ({base or ''}元)": each}, value, exact, f"{base or ''}元",
                     verdict, cells=[mark, ("text", page.number, *per_unit.span("q")), ("text", page.number, *per_unit.span("v"))])]
    stake, market = _STAKE.search(p.group("name")), _MARKET_VALUE.search(text, *bracket)
    if stake and market:
        pct, worth = figure_of(stake.group("pct")), _figure(market.group("num"), market.group("scale"), base)
        verdict, exact = judge_formula(lambda s, m: s / 100 * m, [pct, worth], value)
        return [make(claim, page.number, f"{name}估值 = 持股比例 × 市值", {"持股比例 (%)": pct, "市值": worth}, value, exact, f"{base or ''}元",
                     verdict, cells=[mark, ("text", page.number, p.start("name") + stake.start("pct"), p.start("name") + stake.end("pct")),
                                     ("text", page.number, *market.span("num"))])]
    return []
