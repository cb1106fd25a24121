"""Check family: a share offering's terms at its offer price, as an IPO announcement or a prospectus summary prints them:

    '每股发行价18.00元,募集资金总额60300.00万元,净额51747.82万元 - 发行市盈率14.75倍,市净率2.20倍,发行后每股收益1.22元,
     每股净资产8.17元 - 发行费用概算合计8552.18万元'
        发行市盈率 14.75 = 18.00 ÷ 1.22;  市净率 2.20 = 18.00 ÷ 8.17;  净额 51747.82 = 60300.00 − 8552.18

The offer price is the one its passage (its paragraph, share_deals.PASSAGE characters either side) names (发行价格, 每股
发行价). A multiple is judged over the per-share figure the passage prints after the offering (发行后每股收益), else
the one it prints with no time named; an average or a peer's multiple (行业平均, 可比公司) is not the offering's. Figures
stated for cases, each bracketed alike ('发行市盈率15.28倍(超配权行使前)', '0.21元(超配权行使前)'), are paired by their
case; where a passage names two figures of a kind for no one case, nothing is judged. A list carries its time and
its kind ('发行前每股收益0.24元,发行后0.21元(超配权行使前)、0.20元(超配权全额行使后)'). The proceeds as shares × price
are share_deals'.

Two more of an offering's own: how far its multiple is above an industry's or its peers' average ('…57.38倍,高于…平均静态
市盈率15.46倍,超出幅度约为271.15%' = 57.38 ÷ 15.46 − 1), and its lottery — the rate one over its stage's subscription
times ('初步中签率为0.01572718%' against '初步有效申购倍数为6,358.42倍'), the final one the shares offered online over those
subscribed."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, money_scale, sentence_marked
from ..sentences import SIGNED_NUM, figure_of
from .share_deals import CASE_WORDS, PRICE, on_its_line, one_figure, passage, price_figure

# the case a figure is stated for, bracketed right after it ('(超配权行使前)')
_CASE = rf"(?:\s*[(（](?P<case>{CASE_WORDS})[)）])?"
_WHEN = r"(?P<when>发行前|发行后)?"
# a per-share figure's kind and the first of its list: '发行前每股收益0.24元', '发行后每股净资产为8.17元'
_PER_SHARE = re.compile(rf"{_WHEN}\s*(?:全面摊薄|摊薄后?)?\s*(?P<kind>每股收益|每股净资产)\s*(?:为|约为?)?\s*")
# one item of a list of per-share figures: '0.24元', ',发行后0.21元(超配权行使前)'
_PER_SHARE_ITEM = re.compile(rf"\s*[,，、]?\s*{_WHEN}\s*(?P<num>{SIGNED_NUM})\s*元(?!\s*/){_CASE}")
# a multiple and the first of its list: '发行市盈率15.28倍(超配权行使前)', '市净率2.20倍'
_MULTIPLE = re.compile(r"(?P<kind>市盈率|市净率)\s*(?:为|约为?|是)?\s*")
_MULTIPLE_ITEM = re.compile(rf"\s*[,，、]?\s*(?P<num>{SIGNED_NUM})\s*倍{_CASE}")
# a multiple not the offering's own: an industry's, an average, a peer's ('行业平均市盈率', '可比公司…市盈率')
_NOT_OWN = re.compile(r"(?:平均|行业|可比|同行|板块|指数|中值|动态|静态)[^，,。；;]{0,12}$")
_PER_SHARE_OF = {"市盈率": "每股收益", "市净率": "每股净资产"}
# the proceeds, their net and the offering's costs: '募集资金总额60300.00万元', '净额51747.82万元', '发行费用概算合计8552.18万元'
_UNIT = r"(?P<unit>(?:万亿|亿|千万|百万|万)?元)"
_GROSS = re.compile(rf"募集资金总额\s*(?:为|约为?|达)?\s*(?P<num>{SIGNED_NUM})\s*{_UNIT}{_CASE}")
_NET = re.compile(rf"(?:募集资金)?净额\s*(?:为|约为?)?\s*(?P<num>{SIGNED_NUM})\s*{_UNIT}{_CASE}")
# the offering's multiple above (below) an industry's or its peers' average, by how much in percent: '市盈率为57.38倍,高于…
# 最近一个月平均静态市盈率15.46倍,超出幅度约为271.15%' — (57.38 ÷ 15.46 − 1) × 100
_COMPARED = (rf"(?P<dir>高于|低于)[^。；;倍%％]{{0,160}}?(?P<b>{SIGNED_NUM})\s*倍\s*[,，]\s*"
             rf"(?:超出|高出|低于|低出)幅度\s*(?:约)?\s*(?:为)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
_ABOVE = re.compile(rf"(?P<a>{SIGNED_NUM})\s*倍\s*[,，]\s*{_COMPARED}")
# (and again, the same multiple against another: '…超出幅度约为271.15%;高于可比公司…平均静态市盈率42.80倍,超出幅度约为34.07%')
_ABOVE_AGAIN = re.compile(rf"\s*[；;，,]\s*(?:且|并|亦)?\s*{_COMPARED}")
# an IPO's lottery: its rate is one over the times the shares offered online were subscribed ('中签率为0.0126889226%,网上
# 投资者有效申购倍数为7,880.88973倍'), each stage with its own (初步 before the clawback, 最终 after); the final rate is the
# shares offered online over those subscribed ('网上最终发行数量为31,500,000股' ÷ '有效申购股数为89,017,855,000股')
_LOTTERY = re.compile(rf"(?P<stage>初步|最终)?\s*中签率\s*(?:为|是|约为?)?\s*(?P<num>{SIGNED_NUM})\s*[%％]")
_TIMES = re.compile(rf"(?P<stage>初步)?\s*(?:有效)?\s*申购倍数\s*(?:为|是|约为?)?\s*(?P<num>{SIGNED_NUM})\s*倍")
_ONLINE_SHARES = re.compile(rf"网上\s*(?P<stage>最终)?\s*发行数量\s*(?:为|是)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>万)?\s*股")
_SUBSCRIBED = re.compile(rf"有效申购股数\s*(?:为|是)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>万)?\s*股")
_COSTS = re.compile(rf"发行费用\s*(?:概算)?\s*(?:总额|合计|总计|共计)?\s*(?:为|约为?)?\s*(?P<num>{SIGNED_NUM})\s*{_UNIT}{_CASE}")


class Figure(NamedTuple):
    kind: str
    when: Optional[str]
    case: Optional[str]
    num: str
    span: tuple[int, int]


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        for m in _MULTIPLE.finditer(text) if PRICE.search(text) else ():
            if _NOT_OWN.search(text[max(0, m.start() - 16):m.start()]):
                continue
            for multiple in _listed(text, m.end(), _MULTIPLE_ITEM, m.group("kind"), None):
                out += filter(None, [_judged_multiple(page, multiple)])
        for m in _ABOVE.finditer(text):
            out.append(_judged_premium(page, m, m))
            again = m
            while (again := _ABOVE_AGAIN.match(text, again.end())) is not None:
                out.append(_judged_premium(page, m, again))
        for m in _LOTTERY.finditer(text):
            out += filter(None, [_judged_lottery(page, m)])
        for m in _NET.finditer(text):
            out += filter(None, [_judged_net(page, m)])
    return out


def _listed(text: str, at: int, item: re.Pattern, kind: str, when: Optional[str]) -> list[Figure]:
    """The figures of a list from `at` on, each carrying the time the one before it named."""
    out = []
    while (m := item.match(text, at)) is not None and (m.group("num") or "").strip():
        when = (m.groupdict().get("when") or when)
        out.append(Figure(kind, when, (m.group("case") or "").strip() or None, m.group("num"), m.span("num")))
        at = m.end()
    return out


def _per_share(text: str, span: tuple[int, int], kind: str) -> list[Figure]:
    out = []
    for m in _PER_SHARE.finditer(text, *span):
        if m.group("kind") == kind:
            out += _listed(text, m.end(), _PER_SHARE_ITEM, kind, m.group("when"))
    return out


def _for_case(found: list, case: Optional[str]) -> list:
    """The figures stated for `case`, where the passage states its figures by case; all of them where it does not."""
    cased = [f for f in found if f.case == case]
    return cased if case and cased else found


def _one_value(found: list) -> Optional[object]:
    return found[0] if found and len({figure_of(f.num).value for f in found}) == 1 else None


def _offer_price(text: str, at: int, case: Optional[str]) -> Optional[re.Match]:
    return one_figure(PRICE, text, passage(text, at), lambda m: figure_of(price_figure(m)).value, case, at)


def _on_line(found: list, text: str, at: int) -> list:
    return on_its_line(found, lambda f: figure_of(f.num).value, lambda f: f.span[0], text, at)


def _judged_multiple(page, multiple: Figure) -> Optional[dict]:
    text = page.text
    price = _offer_price(text, multiple.span[0], multiple.case)
    if price is None:
        return None
    kind = _PER_SHARE_OF[multiple.kind]
    found = _for_case(_per_share(text, passage(text, multiple.span[0]), kind), multiple.case)
    found = [f for f in found if f.when == "发行后"] or [f for f in found if f.when is None]
    # (after the offering, else with no time named: the multiple an offering prices is over the shares it leaves)
    per_share = _one_value(_on_line(found, text, multiple.span[0]))
    if per_share is None:
        return None
    paid, per = Printed.of(price_figure(price)), Printed.of(per_share.num)
    if per.value <= 0:
        return None
    printed = Printed.of(multiple.num)
    verdict, exact = judge_formula(lambda p, e: p / e, [paid, per], printed)
    return make(sentence_marked(text, multiple.span), page.number, f"offer price {price_figure(price)} ÷ {kind} {per_share.num}",
                {"offer price": paid, kind: per}, printed, exact, "x", verdict,
                f"the offering's {multiple.kind} at its offer price" + (f" ({multiple.case})" if multiple.case else ""),
                cells=[("text", page.number, *multiple.span), ("text", page.number, *per_share.span),
                       ("text", page.number, *price.span("num" if price.group("num") else "first"))])


def _judged_premium(page, first: re.Match, m: re.Match) -> dict:
    """The percent at `m` against the multiple `first` states and the one `m` compares it with."""
    text = page.text
    a, b, printed = Printed.of(first.group("a")), Printed.of(m.group("b")), Printed.of(m.group("pct"))
    sign = -1 if m.group("dir") == "低于" else 1
    verdict, exact = judge_formula(lambda x, y: sign * (x / y - 1) * 100, [a, b], printed)
    return make(sentence_marked(text, m.span("pct")), page.number, f"({first.group('a')} ÷ {m.group('b')} − 1) × 100"
                if sign > 0 else f"(1 − {first.group('a')} ÷ {m.group('b')}) × 100", {"multiple": a, "compared with": b}, printed,
                exact, "%", verdict, f"how far the multiple is {m.group('dir')} the one it is compared with",
                cells=[("text", page.number, *m.span("pct")), ("text", page.number, *first.span("a")), ("text", page.number, *m.span("b"))])


def _judged_lottery(page, m: re.Match) -> Optional[dict]:
    """A lottery rate over the subscription times of its stage, else (at the last stage) over the shares offered online
    and those subscribed; None where its passage prints neither for its stage, or two of a kind."""
    text = page.text
    span, stage = passage(text, m.start()), m.group("stage")
    times = [t for t in _TIMES.finditer(text, *span) if (t.group("stage") or None) == (stage if stage == "初步" else None)]
    printed, cell = Printed.of(m.group("num")), ("text", page.number, *m.span("num"))
    if len({figure_of(t.group("num")).value for t in times}) == 1 and (stage != "最终" or not _ONLINE_SHARES.search(text, *span)):
        t = times[0]
        verdict, exact = judge_formula(lambda x: 100 / x, [Printed.of(t.group("num"))], printed)
        return make(sentence_marked(text, m.span("num")), page.number, f"100 ÷ {t.group('num')}", {"申购倍数": Printed.of(t.group("num"))},
                    printed, exact, "%", verdict, "the lottery rate: one over the times the online offer was subscribed",
                    cells=[cell, ("text", page.number, *t.span("num"))])
    online = [o for o in _ONLINE_SHARES.finditer(text, *span) if stage == "最终" or not o.group("stage")]
    subscribed = list(_SUBSCRIBED.finditer(text, *span))
    if stage == "初步" or len(online) != 1 or len(subscribed) != 1:
        return None
    (o,), (b,) = online, subscribed
    shares = [Printed.of(x.group("num")).times(Decimal(10000) if x.group("unit") else Decimal(1)) for x in (o, b)]
    verdict, exact = judge_formula(lambda a, c: a / c * 100, shares, printed)
    return make(sentence_marked(text, m.span("num")), page.number, f"{o.group('num')}股 ÷ {b.group('num')}股 × 100",
                {"网上发行数量": shares[0], "有效申购股数": shares[1]}, printed, exact, "%", verdict,
                "the lottery rate: the shares offered online over those subscribed",
                cells=[cell, ("text", page.number, *o.span("num")), ("text", page.number, *b.span("num"))])


def _judged_net(page, m: re.Match) -> Optional[dict]:
    text = page.text
    span, case = passage(text, m.start()), (m.group("case") or "").strip() or None
    gross = _one_value(_on_line(_for_case([_figure(g) for g in _GROSS.finditer(text, *span)], case), text, m.start()))
    costs = _one_value(_on_line(_for_case([_figure(c) for c in _COSTS.finditer(text, *span)], case), text, m.start()))
    if gross is None or costs is None:
        return None
    scale = money_scale(m.group("unit"))[0]
    inputs = [Printed.of(gross.num).times(money_scale(gross.kind)[0]), Printed.of(costs.num).times(money_scale(costs.kind)[0])]
    printed = Printed.of(m.group("num"))
    verdict, exact = judge_formula(lambda g, c: (g - c) / scale, inputs, printed)
    return make(sentence_marked(text, m.span("num")), page.number, f"募集资金总额 {gross.num}{gross.kind} − 发行费用 {costs.num}{costs.kind}",
                {"募集资金总额": inputs[0], "发行费用": inputs[1]}, printed, exact, m.group("unit"), verdict,
                "the net proceeds: the gross less the offering's costs",
                cells=[("text", page.number, *m.span("num")), ("text", page.number, *gross.span), ("text", page.number, *costs.span)])


def _figure(m: re.Match) -> Figure:
    """A money figure as a Figure, its unit kept as its kind."""
    return Figure(m.group("unit"), None, (m.group("case") or "").strip() or None, m.group("num"), m.span("num"))
