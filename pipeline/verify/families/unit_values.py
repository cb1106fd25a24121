"""Check family: a figure per unit of something — an average price, a price per tonne or per
square metre — against the amount and the quantity the same passage states before it
('合同销售金额约80.55亿元…合同销售面积约61.42万平方米…对应的平均销售价格为每平方米13115元'):
amount ÷ quantity, in the price's units.

Which amount and quantity: the nearest ones before the price in its passage whose unit the
price names (元 over 平方米), outside brackets (a year before's figures stand there: '160.5亿元
(2020年11月为315.2亿元)'), and of the same part of the business when the price names one
('权益销售均价' over 权益 amounts, a plain 均价 over none). The two nearest are judged; where
they do not give the price but another pair of the passage's figures does, that pair is taken
(the nearest may belong to another line the passage lists), and the check says so. A sentence
stating the amount after the price and the quantity ('销量20.0万吨,销售均价1.5万元/吨,实现收入30.0亿元')
has the amount judged: price × quantity."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...calc import Printed
from ...document import Document
from ...quantities import NUM, UNIT_MULT
from ..checks import block_of, clause_before, in_brackets, judge_formula, make, marked, money_scale, several_stocks
from ..sentences import WRAPPED_MOVE, signed_by

_FIGURE = NUM  # a printed figure, its thousands separated or not (quantities.NUM)
_SCALE = r"万亿|亿|千万|百万|万|千"
_CURRENCY = r"元人民币|元|港元|港币|美元"
# what a price may be per: one word of quantity (data: the units operating data counts in)
QUANTITY_UNITS = ["平方米", "吨", "千升", "升", "辆", "台", "套", "件", "片", "头", "羽", "公斤", "千克", "盎司", "桶",
                  "千瓦时", "兆瓦时", "张", "部", "只", "瓶", "箱", "票", "人", "名", "股"]
_PER = "|".join(sorted(QUANTITY_UNITS, key=len, reverse=True))
# a price's own word, just before it ('平均销售价格为', '销售均价约', '吨价', 'ASP')
_PRICE_WORD = r"均价|平均(?:销售)?(?:价格|售价|合约售价|价)|平均合约售价|售价|单价|吨价|ASP"
# ('…平均售价约为每平方米人民币18904元', '销售均价约35396元/平方米', '每平方米平均售价为5908元')
# (its move before the level it came to: '平均售价则增长20.5%至每公斤51万元')
# (a wrapped line may split the verb: '则增 加28.3%至每公斤6099元')
_MOVED = rf"(?:则\s*)?{WRAPPED_MOVE}\s*\d+(?:\.\d+)?\s*%\s*至\s*"
_PRICE = re.compile(
    rf"(?:(?P<word>{_PRICE_WORD})(?:[^，,。；;\d]{{0,8}}?|\s*{_MOVED})"
    rf"(?:每\s*(?P<per1>{_PER})\s*(?:人民币|港币|港元)?\s*(?:约)?\s*(?P<num1>{_FIGURE})\s*(?P<scale1>{_SCALE})?\s*(?P<cur1>{_CURRENCY})?"
    rf"|(?P<num2>{_FIGURE})\s*(?P<scale2>{_SCALE})?\s*(?P<cur2>{_CURRENCY})\s*(?:人民币)?\s*/\s*(?P<per2>{_PER})))"
    rf"|每\s*(?P<per3>{_PER})\s*(?:{_PRICE_WORD})\s*(?:为|约为|约|是)?\s*(?:人民币)?\s*(?P<num3>{_FIGURE})\s*(?P<scale3>{_SCALE})?\s*"
    rf"(?P<cur3>{_CURRENCY})"
    # a price whose word names its unit, the figure in bare yuan: '实现吨价3712.99元' (per tonne)
    # (not a quantity's own unit before a line's name: '152万吨收入186亿元' is 152万吨 and 收入186亿元)
    # ('Q3吨价' is a price: a quarter's digit is no figure's)
    # ('头均收入1800元': a hog farmer's revenue per head sold; '单票收入2.04元', '单件收入': a parcel carrier's per parcel)
    rf"|(?<![万千亿])(?<!(?<![A-Za-z])\d)(?:单(?=[票件]))?(?P<per4>吨|头|票|件)(?:均价|价|均收入|收入)\s*(?:为|约为|约|达到?)?\s*(?P<num4>{_FIGURE})\s*(?P<scale4>{_SCALE})?\s*(?P<cur4>{_CURRENCY})(?!\s*/)"
    # an average price naming no unit, of the volume the passage states: '整体平均销售单价为11.2万元' (per 辆 sold)
    # ('单车收入达83.7万元': a maker's revenue per vehicle sold)
    # (or a bare 均价 in a passage of sales and their volume: '零售量18898 万台,…;均价196 元')
    rf"|(?:平均(?:销售)?单价|平均售价|单车\s*ASP|(?<![A-Za-z])ASP|单车收入|单车营收|(?<![成交股])均价)\s*(?:为|约为|约|达到?)?\s*(?P<num5>{_FIGURE})\s*(?P<scale5>{_SCALE})?\s*(?P<cur5>{_CURRENCY})(?!\s*/)(?P<per5>)"
    # revenue per head of the staff: '员工人数1500人,人均创收200万元'
    rf"|(?P<per6>人)均(?:创收|收入|营收)\s*(?:为|约为|约|达到?)?\s*(?P<num6>{_FIGURE})\s*(?P<scale6>{_SCALE})?\s*(?P<cur6>{_CURRENCY})(?!\s*/)"
    # a profit per unit sold, naming no unit, over the volume its passage states: '单车净利润达到11.1万元' (PROFIT_NAMES)
    rf"|单(?:车|台)(?:净利润?|盈利)\s*(?:为|约为|约|达到?)?\s*(?P<num7>{_FIGURE})\s*(?P<scale7>{_SCALE})?\s*(?P<cur7>{_CURRENCY})(?!\s*/)(?P<per7>)")
_AMOUNT = re.compile(rf"(?P<num>{_FIGURE})\s*(?P<scale>{_SCALE})?\s*(?P<cur>{_CURRENCY})(?!\s*/)")
# (a scale word with no currency after it is an amount too where 人民币 follows: '83.29亿人民币')
_AMOUNT_RMB = re.compile(rf"(?P<num>{_FIGURE})\s*(?P<scale>{_SCALE})\s*(?P<cur>人民币)")
# what the amount and the quantity must be named in their clause: a price is sales over quantity
# sold ('合同销售金额约80.55亿元' over '合同销售面积约61.42万平方米'), never a profit over output
AMOUNT_NAMES = re.compile(r"销售金额|销售额|零售额|合约销售|合同销售|预售金额|销售收入|营业收入|营业额|营收|收入|成交金额|签约金额|"
                          r"进口金额|出口金额|进口额|出口额|"  # (a trade's value: '进口金额为2724.2亿美元')
                         r"支付的?(?:总金额|资金总额)|成交总?额")  # (shares bought back: '已累计支付的总金额约为…8433.36万元')
# a profit per unit is a profit over the volume ('单车净利润' over 归母净利润 and 销量)
PROFIT_NAMES = re.compile(r"归母净利润|归属于上市公司股东的净利润|净利润|净利")
# (a volume said by its verb alone is one too: '负极收入62.8亿元,出货26万吨,…均价2.4万元/吨')
# (and a trade's volume by its verb: '共进口原油45710万吨', '原油进口量为4470万吨')
QUANTITY_NAMES = re.compile(r"面积|销量|销售量|零售量|出货量?|交付量|出栏|业务量|完成量|件量|票量|员工|人数|进口|出口|"
                            r"股份数量|股数")  # (shares bought back or sold: '已累计回购A股股份数量为5000万股')
# the part of a business a figure belongs to: a price of 权益 sales is over 权益 amounts
PART_WORDS = ("权益", "自投", "代建", "自营")
# where a sentence ends: a full stop, a line's end, a bullet, a summary's source marks ('[2][6]')
_SENTENCE_BREAK = re.compile(r"(?:。|\n|\s[-–—•]\s|\[\d+\])+")
SENTENCES_BACK = 2  # sentences before the price's own its amount and quantity may stand in


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for m in _PRICE.finditer(page.text):
            out += _judged(page, m)
        for m in _LISTED_PRICES.finditer(page.text):
            out += _listed(page, m)
        for m in _LISTED_PRICES_PER.finditer(page.text):
            out += _listed(page, m)
        for m in _PRICES_EACH_WITH_UNIT.finditer(page.text):
            out += _listed_each_with_unit(page, m)
    return out


# parts' prices listed each with its unit and its change in brackets, after their amounts and volumes so listed
# ('电动自行车/电动踏板车收入分别为122.44亿元(-23.2%)/70.91亿元(-17.9%),销量分别为909万台(-21.4%)/393.1万台(-20.8%),
# ASP分别为1347元(-2.37%)/1804元(+3.61%)'): each price its part's amount over its part's volume, each change theirs divided
_A_BRACKETED_CHANGE = r"(?:\s*[(（]\s*(?P<{g}>[-+−]?\s*\d+(?:\.\d+)?)\s*%\s*[)）])?"
_EACH_SEP = r"\s*[/、]\s*"
_PRICES_EACH_WITH_UNIT = re.compile(
    rf"(?:ASP|均价|单价|售价)\s*分别\s*(?:为|是)?\s*(?P<list>(?:{_FIGURE})\s*元{_A_BRACKETED_CHANGE.format(g='c0')}"
    rf"(?:{_EACH_SEP}(?:{_FIGURE})\s*元{_A_BRACKETED_CHANGE.format(g='c1')}){{1,5}})")
_PRICE_ELEMENT = re.compile(rf"(?P<num>{_FIGURE})\s*(?P<unit>元){_A_BRACKETED_CHANGE.format(g='change')}")
_AMOUNT_ELEMENT, _QUANTITY_ELEMENT = (
    re.compile(rf"(?P<num>{_FIGURE})\s*(?P<scale>{_SCALE})?\s*(?P<unit>{unit}){_A_BRACKETED_CHANGE.format(g='change')}")
    for unit in (_CURRENCY, _PER))
# a list of such elements after 分别 (为): amounts ('收入分别为122.44亿元(-23.2%)/70.91亿元(-17.9%)'), volumes, prices
_EACH_LIST = re.compile(rf"分别\s*(?:为|是)?\s*(?P<list>(?:{_FIGURE})\s*(?:{_SCALE})?\s*(?:{_CURRENCY}|{_PER})(?:\s*[(（][^()（）]{{0,12}}[)）])?"
                        rf"(?:{_EACH_SEP}(?:{_FIGURE})\s*(?:{_SCALE})?\s*(?:{_CURRENCY}|{_PER})(?:\s*[(（][^()（）]{{0,12}}[)）])?){{1,5}})")


def _listed_each_with_unit(page, m: re.Match) -> list[dict]:
    text = page.text
    start = _sentence_starts(text, m.start())[0]
    prices = list(_PRICE_ELEMENT.finditer(text, *m.span("list")))
    amounts = quantities = None
    for lst in _EACH_LIST.finditer(text, start, m.start()):
        clause = clause_before(text, lst.start())
        found = list(_AMOUNT_ELEMENT.finditer(text, *lst.span("list")))
        if len(found) == len(prices) and all(f.group("scale") for f in found) and AMOUNT_NAMES.search(clause):
            amounts = found
        found = list(_QUANTITY_ELEMENT.finditer(text, *lst.span("list")))
        if len(found) == len(prices) and QUANTITY_NAMES.search(clause):
            quantities = found
    if not amounts or not quantities:
        return []
    end = _SENTENCE_BREAK.search(text, m.end())
    sentence = text[start:end.start() if end else len(text)]
    out = []
    for price, amount, quantity in zip(prices, amounts, quantities):
        a_scale = Decimal(UNIT_MULT[amount.group("scale") or ""])
        q_scale = Decimal(UNIT_MULT[quantity.group("scale") or ""])
        p, a, q = (Printed.of(x.group("num")) for x in (price, amount, quantity))
        verdict, exact = judge_formula(lambda x, y: x * a_scale / (y * q_scale), [a, q], p)
        span = price.span("num")
        out.append(make(marked(sentence, span[0] - start, span[1] - start).strip(), page.number,
                        f"{amount.group('num')}{amount.group('scale') or ''}{amount.group('unit')} ÷ "
                        f"{quantity.group('num')}{quantity.group('scale') or ''}{quantity.group('unit')}",
                        {"amount": a, "quantity": q}, p, exact, f"元/{quantity.group('unit')}", verdict, "",
                        cells=[("text", page.number, *span), ("text", page.number, *amount.span("num")),
                               ("text", page.number, *quantity.span("num"))]))
        if price.group("change") and amount.group("change") and quantity.group("change"):
            g_a, g_q, g_p = ((Printed.of(x.group("change").replace("−", "-").replace("+", "").replace(" ", "")), x.span("change"))
                             for x in (amount, quantity, price))
            out.append(_price_change(page, sentence, start, g_a, g_q, g_p))
    return out


# prices listed for parts whose amounts and quantities the sentence lists before them, in one order
# ('新渠道/批发代理实现营收4.68/9.24亿元…分别实现销售量167.23/260.49万升…吨酒价分别为27.96/35.47万元'):
# each price its part's amount over its part's quantity; a tonne of liquor is a kilolitre (PER_ALSO)
_LIST = rf"(?P<nums>(?:{_FIGURE})(?:\s*/\s*(?:{_FIGURE}))+)"
_LISTED_PRICES = re.compile(rf"(?P<per>吨)(?:酒价|价|均价)\s*(?:分别)?\s*(?:为|是|达)?\s*{_LIST}\s*(?P<scale>{_SCALE})?\s*元(?!\s*/)")
# (or each list after its changes, the price's unit '元/吨' after it: 'PE/PP/焦炭销量yoy+54%/+70%/+2%至83/82/531万吨,
# 营收yoy+53%/+69%/-6%至58/55/75亿元,均价yoy-1%/-1%/-8%至0.71/0.67/0.14万元/吨' — and each price's change then the
# amount's over the quantity's)
# (an element may be flat: '销量yoy+28%/+53%/持平至25.1/25.2/177.1万吨', a change of 0 to the nearest percent)
_A_CHANGE = r"(?:[-+−]?\d+(?:\.\d+)?\s*%|持平)"
_CHANGES_TO = rf"(?P<changes>(?:同比|yoy|YoY)\s*{_A_CHANGE}(?:\s*/\s*{_A_CHANGE})+)?\s*(?:至|为|分别为)\s*"
_LISTED_PRICES_PER = re.compile(rf"(?:均价|单价|售价)\s*{_CHANGES_TO}{_LIST}\s*(?P<scale>{_SCALE})?\s*元\s*/\s*(?P<per>吨)")
_LISTED_AMOUNTS = re.compile(rf"{_LIST}\s*(?P<scale>{_SCALE})?\s*元(?!\s*/)")
_LISTED_QUANTITIES = re.compile(rf"{_LIST}\s*(?P<scale>{_SCALE})?\s*(?P<unit>千升|升|吨)(?!\s*/)")
# a quantity's unit in tonnes (of liquor: a kilolitre each)
_IN_TONNES = {"吨": Decimal(1), "千升": Decimal(1), "升": Decimal("0.001")}


def _listed(page, m: re.Match) -> list[dict]:
    text = page.text
    start = _sentence_starts(text, m.start())[0]
    amounts = [a for a in _LISTED_AMOUNTS.finditer(text, start, m.start()) if AMOUNT_NAMES.search(clause_before(text, a.start()))]
    quantities = [q for q in _LISTED_QUANTITIES.finditer(text, start, m.start())
                  if QUANTITY_NAMES.search(clause_before(text, q.start()))]
    if not amounts or not quantities:
        return []
    a, q = amounts[-1], quantities[-1]
    prices, a_figures, q_figures = _list_figures(m), _list_figures(a), _list_figures(q)
    if not len(a_figures) == len(q_figures) == len(prices):
        return []
    a_scale, q_scale = Decimal(UNIT_MULT[a.group("scale") or ""]), Decimal(UNIT_MULT[q.group("scale") or ""])
    p_scale, tonnes = Decimal(UNIT_MULT[m.group("scale") or ""]), _IN_TONNES[q.group("unit")]
    end = _SENTENCE_BREAK.search(text, m.end())
    sentence = text[start:end.start() if end else len(text)]
    out = []
    for (price, span), (amount, a_span), (quantity, q_span) in zip(prices, a_figures, q_figures):
        verdict, exact = judge_formula(lambda x, y: x * a_scale / (y * q_scale * tonnes) / p_scale, [amount, quantity], price)
        formula = (f"{text[a_span[0]:a_span[1]]}{a.group('scale') or ''}元 ÷ "
                   f"{text[q_span[0]:q_span[1]]}{q.group('scale') or ''}{q.group('unit')}")
        out.append(make(marked(sentence, span[0] - start, span[1] - start).strip(), page.number, formula,
                        {"amount": amount, "quantity": quantity}, price, exact, f"{m.group('scale') or ''}元/吨", verdict, "",
                        cells=[("text", page.number, *span), ("text", page.number, *a_span), ("text", page.number, *q_span)]))
    # each price's change from its amount's and its quantity's, where the three lists state them before their figures
    changes = [_listed_changes(text, x, start) for x in (a, q, m)]
    if all(c is not None and len(c) == len(prices) for c in changes):
        for g_amount, g_quantity, g_price in zip(*changes):
            out.append(_price_change(page, sentence, start, g_amount, g_quantity, g_price))
    return out


def _price_change(page, sentence: str, start: int, g_amount: tuple, g_quantity: tuple, g_price: tuple) -> dict:
    """A price's change from its amount's and its quantity's, each (figure, its span on the page): a price is the
    amount over the quantity, so its change is theirs divided."""
    span = g_price[1]
    verdict, exact = judge_formula(lambda x, y: ((1 + x / 100) / (1 + y / 100) - 1) * 100, [g_amount[0], g_quantity[0]],
                                   g_price[0])
    return make(marked(sentence, span[0] - start, span[1] - start).strip(), page.number,
                "((1 + amount's change) ÷ (1 + quantity's change) − 1) × 100",
                {"amount's change": g_amount[0], "quantity's change": g_quantity[0]}, g_price[0], exact, "%", verdict,
                "a price is the amount over the quantity: its change is theirs divided",
                cells=[("text", page.number, *span), ("text", page.number, *g_amount[1]), ("text", page.number, *g_quantity[1])])


_CHANGES_BEFORE = re.compile(rf"{_CHANGES_TO}$")


def _listed_changes(text: str, m: re.Match, start: int) -> Optional[list[tuple[Printed, tuple[int, int]]]]:
    """The changes a list states right before its figures ('销量yoy+54%/+70%/+2%至83/82/531万吨'), each with its place;
    None where it states none."""
    if "changes" in m.re.groupindex:
        found, at = m.group("changes"), m.start("changes")
    else:
        before = _CHANGES_BEFORE.search(text, max(start, m.start() - 60), m.start())
        found, at = (before.group("changes"), before.start("changes")) if before else (None, 0)
    if not found:
        return None
    return [(Printed.of("0" if x.group(0) == "持平" else x.group(0).replace("−", "-").replace("+", "")), (at + x.start(), at + x.end()))
            for x in re.finditer(r"[-+−]?\d+(?:\.\d+)?(?=\s*%)|持平", found)]


def _list_figures(m: re.Match) -> list[tuple[Printed, tuple[int, int]]]:
    """Each figure of a match's list ('4.68/9.24') and where it stands on the page."""
    at = m.start("nums")
    return [(Printed.of(x.group(0)), (at + x.start(), at + x.end())) for x in re.finditer(rf"(?:{_FIGURE})", m.group("nums"))]


def _alternative(m: re.Match) -> str:
    """Which of _PRICE's ways of printing a price matched: the suffix of its groups ('num5', 'per5')."""
    return next(k for k in "1234567" if m.group("num" + k))


def _judged(page, m: re.Match) -> list[dict]:
    text = page.text
    k = _alternative(m)
    per, num, scale = m.group("per" + k), m.group("num" + k), m.group("scale" + k) or ""
    if not per:  # (a price naming no unit: the unit of the volume its passage states last before it)
        per = _volume_unit(text, _sentence_starts(text, m.start())[-1], m.start())
        if per is None:
            return []
    currency = _currency(m.group("cur" + k) or "元")
    price = Printed.of(num).times(Decimal(UNIT_MULT[scale]))
    part = _part(clause_before(text, m.start()))
    item = _item_named(clause_before(text, m.start()))
    # the price's own sentence, or with the ones before it where its own lacks the amount or the
    # quantity ('…销售金额约5.55亿元。期内,销售面积4.18万平方米;销售均价约每平方米1.33万')
    starts = _sentence_starts(text, m.start())
    if several_stocks(text):  # a morning note: the price's own company's line or bullet only
        starts = [max(start, block_of(text, m.start())[0]) for start in starts]
    names = PROFIT_NAMES if k == "7" else AMOUNT_NAMES
    for start in starts:
        amounts = [a for a in _figures(text, start, m.start(), currency)
                   if _part(clause_before(text, a[1][0])) == part and names.search(_clause_of(text, a[1]))]
        quantities = [q for q in _quantities(text, start, m.start(), per)
                      if _part(clause_before(text, q[1][0])) == part and QUANTITY_NAMES.search(_clause_of(text, q[1]))]
        if amounts and quantities:
            break
    else:
        return _amount_after(page, m, price, per, currency, part) if k != "7" else []
    if item and not any(item in clause_before(text, f[1][0]) for f in amounts + quantities):
        return []  # a product's price ('纯MDI均价18,800元/吨') over a segment's revenue and volume: not its own
    # an amount a sentence before the quantity's that does not name the product the quantity does is another's
    # ('…对应Q3收入35.75亿元。…公司家装墙面漆销量42.6万吨,…均价5853元/吨': the company's revenue, not the paint's)
    amounts = [a for a in amounts if not _of_another_sentence_s_whole(text, a, quantities[-1])]
    if not amounts:
        return []
    pairs = [(a, q) for a in reversed(amounts) for q in reversed(quantities)]
    nearest = pairs[0]
    judged = [(pair, *judge_formula(lambda x, y: x / y, [pair[0][0], pair[1][0]], price)) for pair in pairs]
    chosen = judged[0]
    if chosen[1] == "mismatch":
        chosen = next((j for j in judged if j[1] != "mismatch"), chosen)
    (amount, quantity), verdict, exact = chosen
    note = "" if chosen[0] == nearest else "not the nearest amount and quantity: another pair the passage states"
    if verdict == "mismatch" and not m.group("per" + k):
        # a price naming no unit may be over its product's sales alone (单车ASP over car sales, not all revenue)
        verdict, note = "unverifiable", "the price names no unit: it may be over its product's own sales, not this amount"
    sentence_start = _sentence_starts(text, min(amount[1][0], quantity[1][0]))[0]
    end = min([e for e in (text.find("。", m.end()), text.find("\n", m.end())) if e >= 0] or [len(text)])
    span = m.span("num" + k)
    claim = marked(text[sentence_start:end], span[0] - sentence_start, span[1] - sentence_start).strip()
    unit = f"{currency}/{per}"
    formula = f"{_as_printed(text, amount[1])} ÷ {_as_printed(text, quantity[1])}"
    checks = [make(claim, page.number, formula, {"amount": amount[0], "quantity": quantity[0]}, price, exact, unit,
                   verdict, note, cells=[("text", page.number, *span), ("text", page.number, *amount[1]),
                                         ("text", page.number, *quantity[1])])]
    # the price's change from the amount's and the quantity's, where each states its own beside it
    # ('营业收入8.72亿元,同比增长12.77%…销量23.48万吨,同比增长5.26%;实现吨价3712.99元,同比增长7.14%')
    changes = [_change_after(text, f[1][1]) for f in (amount, quantity)] + [_change_after(text, span[1])]
    # (and on the period before, where each states that change right after the first: '(同比-4%,环比-18%)')
    changes_qoq = [_qoq_after(text, c[1][1]) if c else None for c in changes]
    for way in (changes, changes_qoq):
        if verdict == "mismatch" or not all(way):
            break
        (g_amount, _), (g_quantity, _), (g_price, price_span) = way
        judged, exact = judge_formula(lambda a, q: ((1 + a / 100) / (1 + q / 100) - 1) * 100,
                                      [g_amount, g_quantity], g_price)
        claim = marked(text[sentence_start:end], price_span[0] - sentence_start, price_span[1] - sentence_start).strip()
        checks.append(make(claim, page.number, "((1 + amount's change) ÷ (1 + quantity's change) − 1) × 100",
                           {"amount's change": g_amount, "quantity's change": g_quantity}, g_price, exact, "%", judged,
                           "a price is the amount over the quantity: its change is theirs divided",
                           cells=[("text", page.number, *price_span)] + [("text", page.number, *c[1]) for c in way[:2]]))
    return checks


def _amount_after(page, m: re.Match, price: Printed, per: str, currency: str, part: Optional[str]) -> list[dict]:
    """The amount a sentence states after the price and the quantity before it, as the two
    multiplied ('销量20.0万吨,销售均价1.5万元/吨,实现收入30.0亿元': 20.0万 × 1.5万 = 30.0亿): the
    quantity the nearest before the price in its own sentence, the amount the first after it."""
    text = page.text
    start = _sentence_starts(text, m.start())[0]
    stop = _SENTENCE_BREAK.search(text, m.end())  # (a summary's next bullet, ' - ', is another sentence)
    end = stop.start() if stop else len(text)
    quantities = [q for q in _quantities(text, start, m.start(), per)
                  if _part(clause_before(text, q[1][0])) == part and QUANTITY_NAMES.search(_clause_of(text, q[1]))]
    amounts = [a for a in _figures(text, m.end(), end, currency)
               if _part(clause_before(text, a[1][0])) == part and AMOUNT_NAMES.search(clause_before(text, a[1][0]))
               and not re.search(r"其中|分别", clause_before(text, a[1][0]))]  # (a part's, or a list's)
    if not quantities or not amounts:
        return []
    (quantity, q_span), (_, a_span) = quantities[-1], amounts[0]
    # the amount as printed, in its own unit ('30.0亿元'), the product brought to that unit
    unit = re.match(rf"\s*(?P<scale>{_SCALE})?\s*(?P<cur>{_CURRENCY})", text[a_span[1]:])
    amount, scale = Printed.of(text[a_span[0]:a_span[1]]), Decimal(UNIT_MULT[unit.group("scale") or ""])
    verdict, exact = judge_formula(lambda x, y: x * y / scale, [price, quantity], amount)
    k = _alternative(m)
    claim = marked(text[start:end], a_span[0] - start, a_span[1] - start).strip()
    formula = f"{_as_printed(text, m.span('num' + k))}/{per} × {_as_printed(text, q_span)}"
    return [make(claim, page.number, formula, {"price": price, "quantity": quantity}, amount, exact,
                 (unit.group("scale") or "") + currency, verdict,
                 "", cells=[("text", page.number, *a_span), ("text", page.number, *m.span("num" + k)),
                            ("text", page.number, *q_span)])]


# a year-on-year change right after a figure, its unit and a few words between
# ('8.72亿元,同比增长12.77%', '89.71亿元的合约销售,按年增加约30.4%', '235.2万千升(同比+2.0%)')
_CHANGE_AFTER = re.compile(r"[^，,。；;\d%(（]{0,12}?(?:[，,]\s*|\s*[(（]\s*)(?:同比|按年|较上年同期|较去年同期)\s*"
                           r"(?P<dir>增长|增加|上升|提升|上涨|下降|下跌|减少|下滑|[+＋\-−])?\s*(?:约)?\s*"
                           r"(?P<num>\d+(?:\.\d+)?)\s*[%％]")


# the change on the period before right after a change on the year before: '(同比-4%,环比-18%)'
_QOQ_AFTER = re.compile(r"\s*%?\s*[，,]\s*(?:环比|按季)\s*(?P<dir>增长|增加|上升|提升|上涨|下降|下跌|减少|下滑|[+＋\-−])?\s*(?:约)?\s*"
                        r"(?P<num>\d+(?:\.\d+)?)\s*[%％]")


def _qoq_after(text: str, at: int) -> Optional[tuple[Printed, tuple[int, int]]]:
    return _signed(_QOQ_AFTER.match(text, at))


def _change_after(text: str, at: int) -> Optional[tuple[Printed, tuple[int, int]]]:
    return _signed(_CHANGE_AFTER.match(text, at))


def _signed(m: Optional[re.Match]) -> Optional[tuple[Printed, tuple[int, int]]]:
    """A change's figure, negative after a fall's word or sign (sentences.signed_by), with its place; None for no match."""
    return (signed_by(Printed.of(m.group("num")), m.group("dir")), m.span("num")) if m else None


def _sentence_starts(text: str, at: int) -> list[int]:
    """Where the sentence holding `at` starts, then where each of the SENTENCES_BACK before it does — unless its
    own sentence opens on a company publishing its figures ('韵达股份发布4月份经营数据,…单票收入为2.04元'): the
    sentences before are another's (the whole industry's 业务收入 over its 业务量)."""
    breaks = [0] + [b.end() for b in _SENTENCE_BREAK.finditer(text, 0, at)]
    if _OPENS_ON_A_PUBLISHER.match(text, breaks[-1]):
        return [breaks[-1]]
    return list(reversed(breaks[-1 - SENTENCES_BACK:]))


# a sentence opening on a company publishing its figures: a new subject
_OPENS_ON_A_PUBLISHER = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,12}?(?:股份|控股|集团|公司)?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?"
                                   r"(?:发布|公布|披露)")


def _currency(word: str) -> str:
    """The currency a word names, as money_scale reads it ('元人民币' and '人民币' are 元, '港币' 港元)."""
    return money_scale(word)[1]


def _figures(text: str, start: int, end: int, currency: str) -> list[tuple[Printed, tuple[int, int]]]:
    """Amounts in `currency` between start and end, in yuan (or that currency's unit), outside brackets."""
    found = []
    for pattern in (_AMOUNT, _AMOUNT_RMB):
        for a in pattern.finditer(text, start, end):
            if _currency(a.group("cur")) != currency or in_brackets(text, a.start(), start):
                continue
            found.append((Printed.of(a.group("num")).times(Decimal(UNIT_MULT[a.group("scale") or ""])), a.span("num")))
    return sorted(found, key=lambda f: f[1])


# the units a price per unit may be over besides its own: a brewer's 吨价 is per kilolitre sold
# (a kilolitre of beer weighs about a tonne; breweries count volume in 千升)
PER_ALSO = {"吨": ("千升",), "票": ("件",), "件": ("票",)}  # (a parcel carrier counts a parcel as a 票 or a 件)


def _quantities(text: str, start: int, end: int, per: str) -> list[tuple[Printed, tuple[int, int]]]:
    units = "|".join(re.escape(u) for u in (per, *PER_ALSO.get(per, ())))
    pattern = re.compile(rf"(?<![A-Za-z\d.])(?P<num>{_FIGURE})\s*(?P<scale>{_SCALE})?\s*(?:{units})(?!\s*/)")
    found = []
    for q in pattern.finditer(text, start, end):
        if in_brackets(text, q.start(), start) or text[max(0, q.start() - 1):q.start()] == "每":
            continue
        found.append((Printed.of(q.group("num")).times(Decimal(UNIT_MULT[q.group("scale") or ""])), q.span("num")))
    return found


def _volume_unit(text: str, start: int, end: int) -> Optional[str]:
    """The unit of the last volume stated between `start` and `end` ('销量达17.4万辆': 辆), in a clause naming one."""
    found = [q for q in re.finditer(rf"(?<![A-Za-z\d.]){_FIGURE}\s*(?:{_SCALE})?\s*(?P<unit>{_PER})(?!\s*/)", text[start:end])
             if QUANTITY_NAMES.search(clause_before(text[start:end], q.start()))]
    return found[-1].group("unit") if found else None


def _clause_of(text: str, span: tuple[int, int]) -> str:
    """The clause a figure stands in, its words after it too ('取得约人民币89.71亿元的合约销售')."""
    after = re.split(r"[，,。；;\n(（]", text[span[1]:span[1] + 20])[0]
    return clause_before(text, span[0]) + text[span[0]:span[1]] + after


# the words before a price's word that name no product of their own ('对应的平均销售价格', '9月的均价',
# '市场均价', '公司…售价'); what is left names the product the price is of ('纯MDI均价', '煤炭平均售价')
_NOT_AN_ITEM = re.compile(r"(?:销售|平均|合约|合同|综合|整体|公司|集团|本集团|产品|实现|对应|期内|年内|本期|当期|单季|季度|"
                          r"月份|全年|上半年|下半年|前三季度|市场|出厂|成交|结算|主要|其中|同期|约|为|的|了|和|及|与|"
                          # a period named before it ('截至2021年11月30日止十一个月的平均销售价格')
                          r"[一二三四五六七八九十两\d]+\s*[个個]月|年度|本年|今年|去年|上年|半年|截至|截止|[止日至]|"
                          r"\d+\s*(?:年|月|Q[1-4])?|Q[1-4]|[HQ]\d|\s)+$")
# (a Latin name whole, 'MDI' of '纯MDI'; a Han name by its last two characters, '煤炭' of '公司煤炭', '聚醚' of
# '软泡聚醚', as the line it sells under is named)
_ITEM = re.compile(r"[A-Za-z][A-Za-z0-9\-]*$|[\u4e00-\u9fff]{2}$")


def _item_named(clause: str) -> Optional[str]:
    """The product a price names right before its word ('纯MDI均价', '煤炭平均售价'), or None."""
    m = _ITEM.search(_NOT_AN_ITEM.sub("", clause))
    if m is None or any(m.group(0) in w for w in PART_WORDS):
        return None
    return m.group(0)


def _of_another_sentence_s_whole(text: str, amount: tuple, quantity: tuple) -> bool:
    """Whether an amount stands in a sentence before the quantity's own and does not name the product the
    quantity's words name ('家装墙面漆销量' names 家装墙面漆; '对应Q3收入' names none)."""
    quantity_start = _sentence_starts(text, quantity[1][0])[0]
    if amount[1][0] >= quantity_start:
        return False
    # (the product named before the sentence's first quantity: '公司家装墙面漆销量42.6万吨,…对应Q3单季度销量15.96万吨')
    first = QUANTITY_NAMES.search(text, quantity_start, quantity[1][1])
    named = _GENERIC_WORDS.sub("", clause_before(text, first.start())) if first else ""
    return len(named) >= 2 and named not in _clause_of(text, amount[1])


# the words before a quantity that name no product of their own ('公司总销量', '2020年6月的合约建筑面积')
_GENERIC_WORDS = re.compile(r"[^\u4e00-\u9fff]|公司|集团|本集团|总|合计|整体|全年|年度|[上下]半年|前三季度|季度|单季|当季|对应|实现|合约|合同|"
                            r"销售|建筑|期内|年|月|日|的|约|为|其中|累计")


def _part(clause: str) -> Optional[str]:
    return next((w for w in PART_WORDS if w in clause), None)


def _as_printed(text: str, span: tuple[int, int]) -> str:
    """A figure with the unit words printed after it ('80.55亿元', '61.42万平方米')."""
    unit = re.match(rf"\s*(?:{_SCALE})?\s*(?:{_CURRENCY}|人民币|{_PER})?", text[span[1]:span[1] + 8]).group()
    return text[span[0]:span[1]] + unit.replace(" ", "")
