"""A grammar of API prices: amounts, currencies, per-token units, directions and
qualifiers in any order within a sentence.

Writers put the parts of a price anywhere: "1元/百万tokens", "每百万tokens输入1元、输出2元",
"百万tokens输入(缓存命中)价格分别为0.5元和1元", "每輸入100萬個Token收費1元人民幣", a table
whose header says "输入价格(元/千token)" over bare numbers, a caption "(每百万Token)" over
"$2.50" cells. Rather than one pattern per surface, the text is read as atoms —

  AMOUNT  $2.50 · 1元 · 0.8厘 · 4元人民币            (a number with a currency)
  PER     /百万tokens · 每千token · per 1M tokens · 百万tokens · /1K input tokens
  DIR     输入 · 输出 · input · output
  QUAL    缓存命中 · 夜间 · 优惠时段 · batch …
  BUY     1块钱可以买200万tokens                     (an amount and what it buys)

— and each amount takes the per-unit of the nearest PER attached to it, else the one the
sentence set before it (a scope: "由每百万tokens 10元降至4.5元"), else the one a table
header or caption set for the rows under it. The direction and qualifiers come from the
same clause. An amount with no per-unit in reach is not a token price: it is left to
the money finder. The words are data (data/price_terms.json).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Optional

from . import data_text
from .scan import Anchored
from .textutil import alternation

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SENTENCE_END = "。！？；;!?\n"
CLAUSE_END = SENTENCE_END + "，,"
# a Han character of a word between a count and its token word ('提示词', '生成'): not a
# count or another unit's lead, which start a per-unit of their own
_MODIFIER = r"(?:(?![每百千万萬亿億个個])[\u4e00-\u9fff])"
# a table row or header: cells split by bars, tabs or runs of spaces
_CELLS = re.compile(r"\s*\|\s*|\t+| {2,}")


@dataclass
class Atom:
    kind: str          # AMOUNT, PER, DIR, QUAL, BUY
    start: int
    end: int
    data: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def terms() -> dict:
    return json.loads(data_text("price_terms.json"))


_alt = alternation


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern | Anchored]:
    t = terms()
    symbols = [c for c in t["currencies"] if not re.match(r"[\u4e00-\u9fff]", c)]
    words = [c for c in t["currencies"] if re.match(r"[\u4e00-\u9fff]", c)]
    tok = _alt(t["token_words"])
    qty = _alt(t["per_quantities"])
    scale = _alt(t["scale_words"])
    direction = _alt(t["directions"])
    # a comma or point after the number ends it unless a digit follows: web text often
    # separates clauses with ASCII commas ('$1.25,缓存写入…'), and 1,234 / 1.5 are whole numbers
    not_scaled = r"(?!\d|[.,]\d|\s*(?:亿|万|千万|百万|[KMBTkmbt](?![A-Za-z])|billion|million|trillion))"
    return {
        # a symbol before or a currency word after the number; 亿/万/M after it make it money;
        # 分 and 角 only with a per-token unit right after them ('0.5分/百万tokens', not '65分')
        # (only those with a symbol or a word are kept: found around the currencies alone)
        # (a symbol opens a price whatever stands before it: a table's cells run together,
        # 'Claude 4 Opus$15/百万token$75/百万token'; a bare number never inside a word: 'GPT4')
        "amount": Anchored(re.compile(rf"(?:(?P<sym>{_alt(symbols)})\s*|(?<![A-Za-z0-9.]))(?P<num>{NUM}){not_scaled}"
                                      rf"(?:\s*(?P<cur>{_alt(words)}|(?:{_alt(t['currencies_before_per'])})(?=\s*[/／每]\s*(?:{qty}|{tok}))))?"),
                          [*t["currencies"], *t["currencies_before_per"]], after=80),
        # a per-token unit with a lead: /百万tokens, 每输入100万个Token, per 1M tokens, /1K input tokens
        "per_lead": re.compile(
            rf"(?P<lead>/|／|每|per\s+|a\s+)\s*(?:每\s*)?(?P<dir1>{direction})?\s*"
            rf"(?P<qty>{qty}|\d+(?:\.\d+)?\s*[万萬]?(?=\s*(?:个|個)?\s*(?:{tok}|{_MODIFIER}{{1,3}}(?:{tok}))))?"
            rf"\s*(?:个|個)?\s*"
            # a word between the count and the token word: a direction, or a modifier whose
            # words may hold one ('每100万个提示词标记', '每100万个生成代币')
            rf"(?:(?P<dir2>{direction})|(?P<mod>{_MODIFIER}{{1,3}}?(?=\s*(?:{tok}))))?\s*(?P<tok>{tok})?"
            rf"(?:\s*[(（]\s*(?:{tok})\s*[)）])?"),
        # a per-token unit without a lead, as a clause's subject: 百万tokens输入价格…
        # not inside a number ('100万tokens', '1,000') or another scale word ('万' of '百万'); a
        # clause's comma before it is no number ('…1元,百万tokens输出…')
        "per_bare": Anchored(re.compile(rf"(?<![\dA-Za-z百千十])(?<!\d[.,])(?P<qty>{scale})\s*(?:个|個)?\s*(?P<dir2>{direction})?\s*"
                                        rf"(?P<tok>{tok})(?:\s*[(（]\s*(?:{tok})\s*[)）])?"), t["token_words"]),
        "other": re.compile(rf"(?:/|／|每|per\s+)\s*(?P<other>{_alt(t['other_units'])})(?![A-Za-z])"),
        "dir": re.compile(rf"(?P<dir>{direction})"),
        "dir_pair": re.compile(rf"({direction})\s*[/／]\s*({direction})"),
        "currency_before": re.compile(rf"({_alt(c for c in t['currencies'] if not c[0].isdigit())})\s*$"),
        "qual": re.compile(rf"(?P<qual>{_alt(t['qualifiers'])})"),
        # built once: these were built per figure (a tenth of the price finder's time)
        "scale_qty": re.compile(_alt(t["scale_words"]) + r"|1[KkMm]|1,000(?:,000)?|\d+"),
        "direction_after": re.compile(rf"\s*(?:的)?\s*({direction})(?:价格|單價|单价|价|端)"),
        "qualifier_after": re.compile(rf"\s*[(（]?\s*(?:的)?\s*({_alt(t['qualifiers'])})"),
        "direction_word_after": re.compile(rf"\s*(?:的)?\s*({direction})"),
        "buy": re.compile(rf"\s*(?:可以|可|能|就能|即可)?\s*(?:{_alt(t['buy_verbs'])})\s*(?:到)?\s*"
                          rf"(?P<n>{NUM})\s*(?P<scale>万|萬|亿|億|千|百万|K|M)?\s*(?:个|個)?\s*(?:{tok})"),
    }


def _currency(code: Optional[str]) -> tuple[Optional[str], Decimal]:
    if not code:
        return None, Decimal(1)
    cur, mult = terms()["currencies"].get(code) or terms()["currencies_before_per"][code]
    return cur, Decimal(str(mult))


def _per_quantity(qty: Optional[str]) -> Optional[int]:
    if not qty:
        return None
    qty = re.sub(r"\s+", " ", qty.strip())
    known = terms()["per_quantities"].get(qty)
    if known:
        return known
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([万萬]?)", qty)
    return int(Decimal(m.group(1)) * (10 ** 4 if m.group(2) else 1)) if m else None


def _direction(word: Optional[str]) -> Optional[str]:
    return terms()["directions"].get(word) if word else None


def atoms(text: str) -> list[Atom]:
    """Every price atom of `text` (already shadowed: ASCII digits, simplified units)."""
    p = _patterns()
    found: list[Atom] = []
    for m in p["per_lead"].finditer(text):
        lead, qty, tok = m.group("lead"), m.group("qty"), m.group("tok")
        if lead.strip() in ("per", "a") and not (qty or tok):
            continue
        if not tok and not (qty and p["scale_qty"].fullmatch(qty.strip())):
            continue
        if lead.strip() == "a" and not tok:
            continue
        per = _per_quantity(qty) or 1
        if not tok and per == 1:
            continue
        if not tok and not m.group("dir1") and not m.group("dir2") and re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1]):
            continue  # '元/千瓦时', '元/千克', '元/万吨': a scale inside another unit's word, no tokens
        in_modifier = p["dir"].search(m.group("mod") or "")
        found.append(Atom("PER", m.start(), m.start() + len(m.group(0).rstrip()), {
            "per": per, "dir": _direction(m.group("dir1") or m.group("dir2") or (in_modifier and in_modifier.group(0))),
            "lead": lead.strip(), "cur_before": None}))
    for m in p["per_bare"].finditer(text):
        if re.search(r"[\d.,]\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # '100 万 tokens' is a volume, not a unit
        found.append(Atom("PER", m.start(), m.start() + len(m.group(0).rstrip()), {"per": _per_quantity(m.group("qty")) or 1,
                                                      "dir": _direction(m.group("dir2")), "lead": ""}))
    for m in p["other"].finditer(text):
        found.append(Atom("OTHER", m.start(), m.end(), {"other": terms()["other_units"][m.group("other")]}))
    for m in p["amount"].finditer(text):
        if not (m.group("sym") or m.group("cur")):
            continue
        found.append(Atom("AMOUNT", m.start(), m.end(), {"num": m.group("num"), "code": m.group("sym") or m.group("cur"),
                                                         "cur_word": m.group("cur")}))
    for m in p["dir"].finditer(text):
        found.append(Atom("DIR", m.start(), m.end(), {"dir": _direction(m.group("dir"))}))
    for m in p["qual"].finditer(text):
        found.append(Atom("QUAL", m.start(), m.end(), {"qual": terms()["qualifiers"][m.group("qual")]}))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    # an atom inside a longer one of another kind is part of it ('输入' in '每输入100万个Token')
    kept: list[Atom] = []
    for a in found:
        if kept and a.start < kept[-1].end and not (a.kind == "AMOUNT" and kept[-1].kind in ("DIR", "QUAL")):
            continue
        if kept and a.start < kept[-1].end:  # an amount overlapping a word before it
            kept.pop()
        kept.append(a)
    # a currency word right before a per-unit belongs to a header: '(元/千token)'
    for i, a in enumerate(kept):
        if a.kind == "PER" and a.data["lead"] in ("/", "／"):
            before = _patterns()["currency_before"].search(text[max(0, a.start - 4):a.start])
            if before and not (i and kept[i - 1].kind == "AMOUNT" and kept[i - 1].end >= a.start - len(before.group(1))):
                a.data["cur_before"] = before.group(1)
    return kept


def _value(num: str, code: Optional[str], per: Optional[int], other: Optional[str],
           direction: Optional[str], qualifiers: list[str], default_currency: str) -> dict:
    currency, mult = _currency(code)
    amount = Decimal(num.replace(",", "")) * mult
    value: dict[str, Any] = {"amount": _plain(amount), "currency": currency or default_currency,
                             "printed": num + (code if code and not code.isascii() else ""),
                             "decimals": len(num.split(".")[1]) if "." in num else 0, "free": False}
    if other:
        value["per"] = other
        value["per_million_tokens"] = None
    else:
        value["per"] = {10 ** 3: "1K tokens", 10 ** 6: "1M tokens"}.get(per, f"{per} tokens")
        value["per_million_tokens"] = _plain(amount * Decimal(10 ** 6) / Decimal(per))
    if direction:
        value["direction"] = direction
    if qualifiers:
        value["qualifiers"] = sorted(set(qualifiers))
    return value


def _plain(x: Decimal):
    x = x.normalize()
    return int(x) if x == x.to_integral_value() else float(x)


def _bounds(text: str, ends: str) -> list[tuple[int, int]]:
    """Spans of `text` each ending with one of `ends` (the last may end without one)."""
    return [(m.start(), m.end()) for m in re.finditer(rf"[^{re.escape(ends)}]*(?:[{re.escape(ends)}]|$)", text)
            if m.end() > m.start()]


def _is_prose(line: str) -> bool:
    return any(ch in line for ch in "。！？") or len(re.findall(r"[\u4e00-\u9fff]", line)) > 40


def find_prices(text: str, default_currency: Optional[str] = None) -> list:
    """PRICE matches of a text (shadowed by the caller): see the module docstring."""
    from .quantities import Match  # the shared match type; imported late (quantities imports us)

    if default_currency is None:
        default_currency = "CNY" if re.search(r"[\u4e00-\u9fff]", text) else "USD"
    every = atoms(text)
    out: list[Match] = []
    used: set[int] = set()
    cost_words = terms()["cost_words"]
    cues = terms()["price_cues"]
    block_scope: Optional[Atom] = None        # a header or caption's unit over the lines below it
    columns: dict[int, Atom] = {}             # priced columns of the last table header
    paragraph_scope: Optional[Atom] = None    # the last unit the paragraph named
    row_scope: Optional[Atom] = None          # a unit a table row's label named ('输入成本 (每 1M tokens)')
    line_start = 0
    first = 0  # the first atom not yet behind the current line (atoms are in text order)
    for line in text.split("\n"):
        line_end = line_start + len(line)
        while first < len(every) and every[first].start < line_start:
            first += 1
        last = first
        while last < len(every) and every[last].start < line_end:
            last += 1
        in_line = every[first:last]
        amounts = [a for a in in_line if a.kind == "AMOUNT"]
        pers = [a for a in in_line if a.kind == "PER"]
        prose = _is_prose(line)
        # a table of one column per model: its rows name their unit in the label cell, and a
        # later row of the same table naming only a direction ('缓存输入成本') shares it
        labelled_row, row_quals = None, []
        if "|" in line and amounts and not prose:
            label = [a for a in in_line if a.start < amounts[0].start]
            row_quals = [a.data["qual"] for a in label if a.kind == "QUAL"]  # they qualify every cell
            label_pers = [a for a in label if a.kind == "PER"]
            if label_pers:
                row_scope = label_pers[-1]
            elif row_scope is not None and any(a.kind in ("DIR", "QUAL") for a in label):
                labelled_row = row_scope
        elif "|" not in line:
            row_scope = None
        if not line.strip():
            block_scope, columns, paragraph_scope = None, {}, None
        elif pers and not amounts and not prose:
            block_scope = pers[-1]
            columns = _priced_columns(line, line_start, pers)
        elif prose:
            block_scope, columns = None, {}
        # bare numbers in the priced columns of a table
        if columns and not pers and not prose:
            out += _column_prices(text, line, line_start, columns, default_currency, Match)
        if not amounts and "分别" not in line:  # nothing priced on this line: most lines of a report
            line_start = line_end + 1
            continue
        starts = [a.start for a in in_line]  # in text order: a sentence's atoms are a slice
        for s_start, s_end in _bounds(line, SENTENCE_END):
            s_start += line_start
            s_end += line_start
            sentence = in_line[bisect_left(starts, s_start):bisect_left(starts, s_end)]
            scope: Optional[Atom] = None
            time_quals: list[str] = []
            previous: Optional[tuple[int, Optional[str]]] = None  # clause start and direction of the last price
            for i, a in enumerate(sentence):
                if a.kind == "PER":
                    scope = a
                elif a.kind == "QUAL" and a.data["qual"] in ("peak", "off-peak"):
                    time_quals = [a.data["qual"]]
                if a.kind != "AMOUNT":
                    continue
                m = _buy(text, a)
                if m:
                    out.append(m)
                    continue
                nxt = sentence[i + 1] if i + 1 < len(sentence) else None
                attached = nxt if nxt and nxt.kind in ("PER", "OTHER") and nxt.start - a.end <= 2 \
                    and not text[a.end:nxt.start].strip() else None
                unit = attached
                prev = sentence[i - 1] if i else None
                if unit is None and prev is not None and prev.kind == "OTHER" and a.start - prev.end <= 2:
                    unit = prev  # '每月 20 美元'
                clause_start = _start_after(text, s_start, a.start, CLAUSE_END)
                clause = text[clause_start:a.start]
                if unit is None and scope is not None:
                    crossing = scope.end <= clause_start  # the unit was set in an earlier clause
                    # a cost word starts another kind of figure ('总成本为…'), unless the clause
                    # is about one direction's tokens and counts none ('输出 token 的费用为 $0.0024')
                    per_token = _per_token_clause(clause, sentence, i, clause_start)
                    if not (crossing and any(w in clause for w in cost_words) and not per_token):
                        unit = scope
                if unit is None:
                    unit = _unit_after(sentence, i, text)
                if unit is None and block_scope is not None and not prose \
                        and not any(w in line for w in cost_words):
                    unit = block_scope
                if unit is None and labelled_row is not None:
                    unit = labelled_row
                if unit is None and paragraph_scope is not None and any(c in clause for c in cues) \
                        and not any(w in clause for w in cost_words):
                    unit = paragraph_scope
                if unit is None:
                    continue
                if unit.kind == "PER":
                    scope = unit
                    paragraph_scope = unit
                direction, quals = _around(text, sentence, i, clause_start, unit, attached.end if attached else a.end)
                if direction is None and previous and previous[0] == clause_start:
                    direction = previous[1]  # '由每百万tokens 10元降至4.5元': the chain keeps its direction
                previous = (clause_start, direction)
                code = a.data["code"] or unit.data.get("cur_before")
                value = _value(a.data["num"], code, unit.data.get("per"), unit.data.get("other"), direction,
                               quals + time_quals + row_quals, default_currency)
                end = attached.end if attached else a.end
                out.append(Match(a.start, end, "PRICE", value))
                used.add(a.start)
        if "分别" in line:
            _respectively(text, out, in_line, line_start, line_end)
        if "/" in line or "／" in line:
            _slashed_pairs(text, out, line_start, line_end)
        line_start = line_end + 1
    return out


def _start_after(text: str, lo: int, at: int, ends: str) -> int:
    """Where the sentence or clause holding `at` starts: after the last of `ends` in text[lo:at]."""
    return max([lo] + [text.rfind(ch, lo, at) + 1 for ch in ends])


def _per_token_clause(clause: str, sentence: list[Atom], i: int, clause_start: int) -> bool:
    """Whether a clause before an amount names a direction and a token word and no number:
    the price of one direction's tokens, in the unit the sentence set."""
    if re.search(r"\d", clause) or not any(w in clause for w in terms()["token_words"]):
        return False
    return any(b.kind == "DIR" and b.start >= clause_start for b in sentence[:i])


def _unit_after(sentence: list[Atom], i: int, text: str) -> Optional[Atom]:
    """'$0.40/$1.60(输入/输出每百万tokens)': amounts listed before the unit they share."""
    for b in sentence[i + 1:]:
        if b.kind == "PER":
            between = text[sentence[i].end:b.start]
            return b if len(between) <= 30 and not re.search(r"[，,。；]", between) else None
        if b.kind not in ("AMOUNT", "DIR", "QUAL"):
            return None
    return None


def _around(text: str, sentence: list[Atom], i: int, clause_start: int, unit: Atom,
            end: int) -> tuple[Optional[str], list[str]]:
    """The direction and qualifiers of the amount at sentence[i] (its price ends at `end`):
    a direction right after the price names it first ('0.002元/千tokens的输出价格'); else
    words of its clause since the previous amount, or the unit's own direction."""
    a = sentence[i]
    direction, quals = None, []
    follows = _patterns()["direction_after"].match(text[end:end + 10])
    if follows:
        direction = _direction(follows.group(1))
    for b in reversed(sentence[:i]):
        if b.kind == "AMOUNT" or b.end <= clause_start and b.kind != "QUAL":
            break
        if b.kind == "DIR" and direction is None and not _trails_a_price(text, sentence, b):
            direction = b.data["dir"]
        if b.kind == "QUAL" and b.start >= clause_start and b.data["qual"] not in quals:
            quals.append(b.data["qual"])
    direction = direction or unit.data.get("dir")
    after = text[a.end:a.end + 8]
    m = _patterns()["qualifier_after"].match(after)
    if m:
        quals.append(terms()["qualifiers"][m.group(1)])
    if direction is None:
        m = _patterns()["direction_word_after"].match(after)
        if m:
            direction = _direction(m.group(1))
    return direction, quals


def _trails_a_price(text: str, sentence: list[Atom], word: Atom) -> bool:
    """Whether a direction word closes the price before it ('0.001元/千tokens的输入价格')."""
    before = [b for b in sentence if b.end <= word.start]
    if not before or re.fullmatch(r"\s*(?:的)?\s*", text[before[-1].end:word.start]) is None:
        return False
    last = before[-1]
    if last.kind == "PER":  # a unit closes a price only when it is attached to an amount
        return len(before) > 1 and before[-2].kind == "AMOUNT" and last.start - before[-2].end <= 2
    return last.kind == "AMOUNT"


def _buy(text: str, a: Atom):
    """'1块钱可以买200万tokens': the amount over what it buys."""
    from .quantities import Match

    m = _patterns()["buy"].match(text, a.end)
    if not m:
        return None
    scale = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8, "千": 10 ** 3, "百万": 10 ** 6,
             "K": 10 ** 3, "M": 10 ** 6}.get(m.group("scale") or "", 1)
    tokens = Decimal(m.group("n").replace(",", "")) * scale
    if tokens <= 0:
        return None
    currency, mult = _currency(a.data["code"])
    amount = Decimal(a.data["num"].replace(",", "")) * mult
    value = {"amount": _plain(amount), "currency": currency, "printed": text[a.start:m.end()],
             "decimals": 0, "free": False, "per": f"{_plain(tokens)} tokens",
             "per_million_tokens": _plain(amount * Decimal(10 ** 6) / tokens)}
    return Match(a.start, m.end(), "PRICE", value)


def _cells(line: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^|\t]+?(?=\s*(?:\||\t|$))", line)]


def _priced_columns(line: str, line_start: int, pers: list[Atom]) -> dict[int, tuple[Atom, Optional[str]]]:
    """Column index → the unit its header cell names ('输入价格(元/千token)') and the
    direction the cell says."""
    columns = {}
    for idx, (start, end) in enumerate(_cells(line)):
        for p in pers:
            if line_start + start <= p.start < line_start + end + 1:
                words = _patterns()["dir"].search(line, start, end)
                columns[idx] = (p, _direction(words.group("dir")) if words else p.data.get("dir"))
    return columns


def _column_prices(text: str, line: str, line_start: int, columns: dict[int, tuple[Atom, Optional[str]]],
                   default_currency: str, Match) -> list:
    """Bare numbers in the priced columns of a table row ('DeepSeek-V3 | 0.002 | 0.008')."""
    out = []
    if "|" not in line and "\t" not in line:
        return out
    for idx, (start, end) in enumerate(_cells(line)):
        cell = line[start:end].strip()
        if idx not in columns or not re.fullmatch(NUM, cell):
            continue
        unit, direction = columns[idx]
        begin = line_start + start + (len(line[start:end]) - len(line[start:end].lstrip()))
        value = _value(cell, unit.data.get("cur_before"), unit.data.get("per"), None, direction, [], default_currency)
        out.append(Match(begin, begin + len(cell), "PRICE", value))
    return out


def _slashed_pairs(text: str, out: list, lo: int, hi: int) -> None:
    """'输入/输出价格仅为0.2美元/1.5美元': two prices written a/b after two directions
    written the same way take them in order."""
    line = [p for p in out if lo <= p.start < hi]
    for a, b in zip(line, line[1:]):
        if not re.fullmatch(r"\s*[/／]\s*", text[a.end:b.start]):
            continue
        s_start = _start_after(text, lo, a.start, CLAUSE_END)
        named = list(_patterns()["dir_pair"].finditer(text, s_start, a.start))
        if named:
            a.value["direction"] = _direction(named[-1].group(1))
            b.value["direction"] = _direction(named[-1].group(2))


def _respectively(text: str, out: list, every: list[Atom], lo: int, hi: int) -> None:
    """'输入是1元，输出是16元，但夜间分别降至0.25元与4元': amounts after 分别 take the
    directions the sentence named, in order."""
    for m in re.finditer("分别", text[lo:hi]):
        at = lo + m.start()
        s_start = _start_after(text, lo, at, SENTENCE_END)
        s_end = min([hi] + [k for k in (text.find(ch, at, hi) for ch in SENTENCE_END) if k >= 0])
        named = []
        for a in every:
            if a.kind == "DIR" and s_start <= a.start < at and a.data["dir"] not in named:
                named.append(a.data["dir"])
        after = [p for p in out if at < p.start < s_end]
        if len(named) >= 2 and len(after) == len(named):
            for p, d in zip(after, named):
                p.value["direction"] = d
