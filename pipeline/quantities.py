"""Numbers, units, prices, parameter counts, dates → exact values.

Plain functions over a string. Every finder returns `Match(start, end, label, value)`
with character offsets into the string it was given. Numbers are `Decimal` until the
last step (`plain`), so 0.001元/千tokens is exactly 1 元 per million tokens.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import chain
from typing import Any, Iterable, Optional
from . import data_text
from .scan import Anchored
from .textutil import han_count


@dataclass
class Match:
    start: int
    end: int
    label: str
    value: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, other: "Match") -> bool:
        return self.start < other.end and other.start < self.end


def plain(x: Decimal) -> int | float:
    """A Decimal as the JSON number it prints as: integral values as int."""
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def decimals(printed: str) -> int:
    printed = printed.replace(",", "")
    return len(printed.split(".")[1]) if "." in printed else 0


# ----------------------------------------------------------------------------- numbers
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3, "四": 4,
             "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
CN_DIGIT = "零〇一二两俩三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
CN_NUM = rf"[{CN_DIGIT}]+"

UNIT_MULT = {
    "": 1, "十": 10, "百": 100, "千": 1000, "万": 10 ** 4, "十万": 10 ** 5, "百万": 10 ** 6, "千万": 10 ** 7,
    "亿": 10 ** 8, "十亿": 10 ** 9, "百亿": 10 ** 10, "千亿": 10 ** 11, "万亿": 10 ** 12,
    "K": 10 ** 3, "k": 10 ** 3, "M": 10 ** 6, "m": 10 ** 6, "B": 10 ** 9, "b": 10 ** 9, "bn": 10 ** 9,
    "T": 10 ** 12, "t": 10 ** 12, "兆": 10 ** 12,
    "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12,
}
CN_UNIT = r"万亿|千亿|百亿|十亿|千万|百万|十万|亿|万"

# the units operating data and statistics count in ('万吨', '亿客公里', '万TEU'), longest first so that
# '吨公里' is read whole; a unit's spellings are one unit (data/counted_units.json)
_COUNTED = json.loads(data_text("counted_units.json"))
COUNTED_UNITS = "|".join(sorted(map(re.escape, _COUNTED["units"]), key=len, reverse=True))
_SAME_UNIT = {spelling: names[0] for names in _COUNTED["same"] for spelling in names}
# units of whole things counted one by one (a figure in one, unscaled and whole, is exact)
DISCRETE_UNITS = frozenset(_COUNTED["discrete"])
# units of one measure at different sizes: unit → (the measure's base unit, how many of it one is)
_SCALED = {unit: (base, Decimal(str(size))) for unit, (base, size) in _COUNTED["scaled"].items()}


def split_scale(unit: str) -> Optional[tuple[str, str]]:
    """A counted unit's scale word and its own word ('亿人次' → ('亿', '人次'); '千瓦时' → ('', '千瓦时'): 千 opens a
    unit's own name, no scale); None for no unit."""
    m = re.fullmatch(rf"({CN_UNIT})?(.+)", unit.strip())
    return (m.group(1) or "", m.group(2)) if m else None


def scaled_unit(unit: str) -> Optional[tuple[str, Decimal]]:
    """A counted unit as its own word (one spelling of it) and its scale ('亿吨' → ('吨', 10⁸), '万TEU' → ('标箱', 10⁴));
    None for no unit."""
    split = split_scale(unit)
    return None if split is None else (unit_key(split[1]), Decimal(UNIT_MULT[split[0]]))


def in_base_unit(unit: str) -> Optional[tuple[str, Decimal]]:
    """A unit as its measure's base unit and how many of it one is ('404MW' → 瓦 × 10⁶, '1.2万吨' → 千克 × 10⁷),
    its scale word counted; None for a unit of no measure data/counted_units.json sizes."""
    split = split_scale(unit)
    if split is None:
        return None  # (no unit at all)
    found = _SCALED.get(unit_key(split[1]))
    if found is None:
        return None
    return found[0], found[1] * UNIT_MULT[split[0]]


def unit_key(unit: str) -> str:
    """A unit as one spelling of it: '万TEU' and '万标准箱' are both '万标箱'."""
    for spelling, name in _SAME_UNIT.items():
        if unit.endswith(spelling):
            return unit[:-len(spelling)] + name
    return unit


def scanner(first: str, pattern: str) -> re.Pattern:
    """`pattern` behind a lookahead for the characters a match can start with. Most
    report text is Han prose no quantity starts in; with the lookahead re rejects
    those positions at once instead of trying every alternative (2-3× faster)."""
    return re.compile(rf"(?={first})(?:{pattern})")


def first_chars(words) -> str:
    """A character class of the words' first characters, for `scanner`."""
    return "[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]"


def parse_number(text: str) -> Decimal:
    """'1,746' → 1746; '0.001' → 0.001 (exact)."""
    return Decimal(text.replace(",", "").replace(" ", ""))


def parse_cn_number(text: str) -> Decimal:
    """Chinese numerals → Decimal: 两千亿 → 200000000000, 一千七百四十六亿 → 174600000000."""
    total = Decimal(0)   # completed 亿/万 sections
    section = Decimal(0)  # below the current big unit
    digit: Optional[int] = None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (digit if digit is not None else 1) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            if section == 0 and total == 0:
                section = Decimal(1)  # a bare unit: 万亿参数, 亿元
            digit = None
            big = CN_BIG[ch]
            if big == 10 ** 4 and total and total % 10 ** 8 == 0 and section == 0:
                total *= big  # 万亿
            else:
                total = (total + section) * big if big == 10 ** 8 else total + section * big
            section = Decimal(0)
        else:
            raise ValueError(f"not a Chinese numeral: {ch!r}")
    return total + section + (digit or 0)


def to_chinese(n: Decimal) -> str:
    """Write a number with Arabic digits and Chinese units, as reports do: 1746亿, 1.8万亿."""
    for unit, mult in (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4)):
        if abs(n) >= mult:
            q = n / mult
            return f"{q.normalize():f}{unit}"
    return f"{n.normalize():f}"


# ----------------------------------------------------------------------------- data files
@lru_cache(maxsize=None)
def _jsonl(name: str) -> list[dict]:
    text = data_text(f"{name}")
    rows = [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in rows:
        for key in ("names", "aliases"):
            if key in row:
                row[key] = _with_simplified(row[key])
    return rows


def _with_simplified(names: list[str]) -> list[str]:
    """Names and their simplified forms: text is tagged through its simplified form
    (script.to_simplified), so a traditional name in the data ('輝達') must also be there
    as OpenCC writes it ('辉达')."""
    from .script import to_simplified
    out = list(names)
    for n in names:
        if han_count(n):
            simplified = to_simplified(n)[0]
            if simplified not in out:
                out.append(simplified)
    return out


@lru_cache(maxsize=1)
def gpu_table() -> list[dict]:
    return _jsonl("gpus.jsonl")


# ----------------------------------------------------------------------------- shadow text
_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# traditional forms of the unit characters the patterns use, one for one
_FULLWIDTH.update({ord(a): ord(b) for a, b in zip("億萬個參數圓", "亿万个参数圆")})


@lru_cache(maxsize=8)  # every finder shadows the same text: strings cache their hash
def shadow(text: str) -> str:
    """Full-width ASCII folded to ASCII and traditional unit characters to simplified,
    one character for one, so offsets still hold. A run of more than 40 digits is no
    figure a report prints: it is masked (same length) so that no pattern reads it — the
    number patterns would otherwise retry it from every digit (quadratic time)."""
    text = text.translate(_FULLWIDTH)
    if _LONG_DIGITS.search(text):
        text = _LONG_DIGITS.sub(lambda m: "#" * len(m.group(0)), text)
    return text


_LONG_DIGITS = re.compile(r"\d{41,}")


# ----------------------------------------------------------------------------- parameter counts
_PARAM_WORD = r"(?:个)?\s*(?:参数|參數|参量)"
_NUM_CN_UNIT = Anchored(scanner(r"\d", rf"(?P<num>{NUM})\s*(?P<unit>{CN_UNIT})"), ("万", "亿"))
# a count of parameters may say 'more than' (2350 多亿) and write 兆 for 10^12 (Taiwan, Hong Kong)
_NUM_CN_UNIT_PARAM = Anchored(scanner(r"\d", rf"(?P<num>{NUM})\s*(?P<more>多|余|餘)?\s*(?P<unit>{CN_UNIT}|兆)"), ("万", "亿", "兆"))
# the parameter word may follow a short modifier: 220亿激活参数, 170亿有效参数, 550亿个共享注意力参数,
# 4560亿的参数量; never across words that make it data ('1.5万亿tokens的训练数据')
_PARAM_AFTER = re.compile(r"\s*(?:个)?\s*(?:的)?\s*(?P<mod>[\u4e00-\u9fffA-Za-z]{0,7}?)\s*(?:参数|参量)")
_MOD_BLOCKERS = ("数据", "语料", "训练", "上下文", "词元", "token", "Token", "元", "美元", "用户")
_NUM_EN_WORD = Anchored(scanner(r"\d", r"(?<![A-Za-z0-9.\-])(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>trillion|billion|million)(?![A-Za-z])"), ("trillion", "billion", "million"))
_EN_PARAM_NEAR = re.compile(r"parameters|params|参数|active|activated|活跃|激活|总参数", re.I)
# a size glued to its number ('70B', '8x7B'); one written with a space is _SPACED_SIZE's
_NUM_EN_UNIT = Anchored(scanner(r"\d", r"(?<![A-Za-z0-9.\-])(?:(?P<experts>\d+)\s*[x×]\s*)?(?P<num>\d+(?:\.\d+)?)(?P<unit>[BT])(?![A-Za-z0-9])"),
                        re.compile(r"[BT](?<=\d[BT])"))  # charset first: re skips to it
# millions of parameters ('125M', '1.5M') only where the clause is about parameters: a bare
# 'M' is as often dollars, users or downloads
_NUM_MILLIONS = Anchored(scanner(r"\d", r"(?<![A-Za-z0-9.\-])(?P<num>\d+(?:\.\d+)?)\s?(?P<unit>M)(?![A-Za-z0-9])"), ("M",))
# a count of parameters in Chinese numerals is at least a million ('七十亿参数', '千万参数'): a lone
# numeral before 参数 is a demonstrative or an ordinal ('这一参数规模', '第一参数')
MIN_PARAMS_IN_WORDS = 10 ** 6
_CN_WORD_AMOUNT = Anchored(scanner(rf"[数幾几小上近{CN_DIGIT}]", rf"(?P<approx>[数幾几]|小几|小幾|上|近)?(?P<cn>{CN_NUM})(?=\s*(?:个)?\s*(?:参数|參數))"), ("参数",))
_SCALE_CLASS = Anchored(scanner(r"[万千百十亿]", r"(?P<unit>万亿|千亿|百亿|十亿|亿)(?:级别|級別|级|級|规模|規模)?(?=\s*(?:个)?\s*(?:参数|參數))|"
                          r"(?P<unit2>万亿|千亿|百亿)(?:级别|級別|级|級)"), ("参数", "级", "級"))
# a size written with a space, '235 B', is a parameter count where a parameter word, a
# MoE/Dense label or a second size follows ('7 B参数', '120 B MoE', '235 B / 22 B') or the
# line or the table header above it names parameters; elsewhere a spaced B is as often
# billions of something else
_SPACED_SIZE = Anchored(scanner(r"\d", r"(?<![A-Za-z0-9.\-])(?P<num>\d+(?:\.\d+)?) (?P<unit>[BT])(?![A-Za-z0-9])"),
                        re.compile(r" [BT](?![A-Za-z0-9])"), before=12)  # a space first: re skips to it
_SPACED_SIZE_TAIL = re.compile(r"\s*(?:(?:个)?\s*(?:参数|參數|模型|parameters)|MoE|Dense|dense|稠密|/\s*\d+(?:\.\d+)? [BT](?![A-Za-z0-9]))")
_SPACED_SIZE_HEAD = re.compile(r"\d+(?:\.\d+)? [BT]\s*/\s*$")
_PARAM_HEADER = re.compile(r"参数|參數|[Pp]arams?\b|[Pp]arameters")
# a scale named after the parameter word, with no digit: 总参数超万亿, 参数规模超过一万亿
_SCALE_AFTER_PARAM = Anchored(scanner(r"[参參]", r"(?:参数|參數)(?:量|规模|規模|总量|總量)?\s*(?P<verb>超过|超過|超|达到|達到|达|達|逾|近|约|約|高达|高達|突破|为|為|是)?"
                                      r"\s*(?P<count>(?:一|1)?\s*(?P<unit>万亿|千亿|百亿|兆))(?![\d个個])"), ("万亿", "千亿", "百亿", "兆"), before=16)
_NOT_PARAM_AFTER = re.compile(r"\s*(?:个)?\s*(?:tokens?|Tokens?|TOKENS?|词元|美元|元|人民币|港元|次|张|台|人|用户|行|字|美金|条|小时|天|年|个月|倍|端|FLOP|flop|Token)")


_NOT_PARAM_BETWEEN = ("tokens", "token", "Token", "数据", "數據", "语料", "語料", "词元")


def _in_clause(text: str, pos: int, words: tuple[str, ...], back: int = 30,
               blockers: tuple[str, ...] = ()) -> bool:
    """Whether one of `words` appears before pos within the same clause, with none of
    `blockers` between it and pos ('参数量为1746亿、训练数据量tokens为3000亿')."""
    start = max(0, pos - back)
    window = text[start:pos]
    cut = max(window.rfind(ch) for ch in "，。；;！？!?\n")
    if cut >= 0:
        window = window[cut + 1:]
    last = max((window.rfind(w) for w in words), default=-1)
    if last < 0:
        return False
    return not any(b in window[last:] for b in blockers)


def find_param_counts(text: str) -> list[Match]:
    text = shadow(text)
    out: list[Match] = []
    for m in _NUM_EN_UNIT.finditer(text):
        if _NOT_PARAM_AFTER.match(text, m.end()) or re.match(r"-A\d", text[m.end():m.end() + 3]):
            continue  # '30B-A3B' is a model's name, not a count
        value = _param_value(m)
        if m.group("experts"):
            value["experts"] = int(m.group("experts"))
            value["count"] = plain(parse_number(m.group("num")) * UNIT_MULT[m.group("unit")] * int(m.group("experts")))
            value["approx"] = True
        out.append(Match(m.start(), m.end(), "PARAM_COUNT", value))
    for m in chain(_NUM_CN_UNIT_PARAM.finditer(text), _NUM_MILLIONS.finditer(text)):
        after = _PARAM_AFTER.match(text, m.end())
        follows = after and not any(b in after.group("mod") for b in _MOD_BLOCKERS)
        if not follows and (_NOT_PARAM_AFTER.match(text, m.end()) or not _in_clause(
                text, m.start(), ("参数", "參數", "参量"), blockers=_NOT_PARAM_BETWEEN)):
            continue
        count = parse_number(m.group("num")) * UNIT_MULT[m.group("unit")]
        more = m.groupdict().get("more")
        out.append(Match(m.start(), m.end(), "PARAM_COUNT",
                         {"count": plain(count), "approx": bool(more), "printed": m.group(0)}))
    for m in _NUM_EN_WORD.finditer(text):
        clause = text[max(0, m.start() - 40):m.end() + 30]
        if not _EN_PARAM_NEAR.search(clause) or _NOT_PARAM_AFTER.match(text, m.end()):
            continue
        count = parse_number(m.group("num")) * UNIT_MULT[m.group("unit")]
        out.append(Match(m.start(), m.end(), "PARAM_COUNT", {"count": plain(count), "approx": False,
                                                             "printed": m.group(0)}))
    for m in _CN_WORD_AMOUNT.finditer(text):
        try:
            count = parse_cn_number(m.group("cn"))
        except ValueError:
            continue
        if count < MIN_PARAMS_IN_WORDS:
            continue  # '这一参数规模': a demonstrative, no count ('七十亿参数' is)
        value = {"count": plain(count), "approx": bool(m.group("approx")) or not any(
            ch in CN_DIGITS for ch in m.group("cn")), "printed": m.group(0)}
        if m.group("approx") in ("数", "幾", "几", "小几", "小幾"):
            # 几十亿 is 20–90亿: the count is the lower bound, the range says the rest
            value["approx_range"] = [plain(2 * count), plain(9 * count)]
            value["count"] = plain(2 * count)
        out.append(Match(m.start(), m.end(), "PARAM_COUNT", value))
    for m in _SCALE_CLASS.finditer(text):
        unit = m.group("unit") or m.group("unit2")
        out.append(Match(m.start(), m.end(), "PARAM_COUNT",
                         {"count": UNIT_MULT[unit], "approx": True, "printed": m.group(0)}))
    for m in _SPACED_SIZE.finditer(text):
        if _spaced_size_is_params(text, m):
            out.append(Match(m.start(), m.end(), "PARAM_COUNT", _param_value(m)))
    for m in _SCALE_AFTER_PARAM.finditer(text):
        if _NOT_PARAM_AFTER.match(text, m.end()):
            continue  # '参数超万亿tokens' counts data
        out.append(Match(m.start("count"), m.end(), "PARAM_COUNT",
                         {"count": UNIT_MULT[m.group("unit")], "approx": m.group("verb") not in (None, "为", "為", "是"),
                          "printed": m.group("count")}))
    return _propagate_lists(text, _dedupe(out), "PARAM_COUNT", _NUM_CN_UNIT, _param_value)


def _spaced_size_is_params(text: str, m: re.Match) -> bool:
    if _SPACED_SIZE_TAIL.match(text, m.end()) or _SPACED_SIZE_HEAD.search(text, max(0, m.start() - 16), m.start()):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if _PARAM_HEADER.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return True
    # a table's header: the lines above, up to a blank line, fifteen at most
    block = text[max(0, line_start - 2000):line_start].split("\n")
    for line in reversed(block[:-1][-15:]):
        if not line.strip():
            break
        if "|" in line and _PARAM_HEADER.search(line):
            return True
    return False


def _param_value(m: re.Match) -> dict:
    count = parse_number(m.group("num")) * UNIT_MULT[m.group("unit")]
    return {"count": plain(count), "approx": False, "printed": m.group(0)}


_LIST_JOIN = re.compile(r"\s*(?:、|和|与|與|及|或|至|到|~|～|-|—|扩展到了|擴展到了|扩展到|擴展到|提升至|提升到|增加到|增长到|降至|降到)\s*")


def _propagate_lists(text, found: list[Match], label: str, pattern: re.Pattern, make) -> list[Match]:
    """'70亿、130亿和700亿参数': members of a list or range share the kind of the one
    the context names. Each pass looks only at the nearest neighbour on either side."""
    from bisect import bisect_left

    found = sorted(found, key=lambda m: m.start)
    candidates = [m for m in pattern.finditer(text)
                  if not (_NOT_PARAM_AFTER.match(text, m.end()) and label == "PARAM_COUNT")]
    while True:
        starts = [m.start for m in found]
        added = []
        for c in candidates:
            i = bisect_left(starts, c.start())
            if i < len(found) and found[i].start < c.end() or i > 0 and found[i - 1].end > c.start():
                continue  # already taken
            before = found[i - 1] if i > 0 else None
            after = found[i] if i < len(found) else None
            if before is not None and before.label == label and _LIST_JOIN.fullmatch(text, before.end, c.start()) or \
                    after is not None and after.label == label and _LIST_JOIN.fullmatch(text, c.end(), after.start):
                added.append(Match(c.start(), c.end(), label, make(c)))
        if not added:
            return found
        found = sorted(found + added, key=lambda m: m.start)


def _dedupe(found: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches."""
    found = sorted(found, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Match] = []
    for m in found:
        if out and m.overlaps(out[-1]):
            if (m.end - m.start) > (out[-1].end - out[-1].start):
                out[-1] = m
            continue
        out.append(m)
    return out


# ----------------------------------------------------------------------------- prices
_FREE = re.compile(r"免费|免費|零元购|零元購")
_PRICE_CONTEXT = ("价格", "價格", "降价", "降價", "收费", "收費", "调用", "調用", "API", "tokens", "Token", "token",
                  "开放", "開放", "定价", "定價", "费用", "費用", "模型", "Lite", "lite", "宣布", "使用")
_DIRECTION = re.compile(r"(输入|输出|輸入|輸出)")


def _direction(text: str, start: int, end: int, *groups: Optional[str]) -> Optional[str]:
    for g in groups:
        if g:
            return "input" if g in ("输入", "輸入") else "output"
    after = re.match(r"\s*(?:的)?(输入|输出|輸入|輸出)", text[end:end + 6])
    if after:  # '0.002元/千tokens的输出价格': what follows names it first
        return "input" if after.group(1) in ("输入", "輸入") else "output"
    before = text[max(0, start - 14):start]
    cut = max(before.rfind(ch) for ch in "，。；;！？!?\n")
    before = before[cut + 1:] if cut >= 0 else before
    found = _DIRECTION.findall(before)
    if found:
        return "input" if found[-1] in ("输入", "輸入") else "output"
    after = re.match(r"\s*(?:的)?(输入|输出|輸入|輸出)", text[end:end + 6])
    if after:
        return "input" if after.group(1) in ("输入", "輸入") else "output"
    return None


def find_prices(text: str) -> list[Match]:
    """Token prices by the price grammar (prices.py), and 免费 as a price of 0 where the
    passage is about prices or models ('ERNIE Speed、ERNIE Lite宣布免费')."""
    from . import prices

    text = shadow(text)
    out: list[Match] = prices.find_prices(text)
    currencies = [p.value["currency"] for p in out if p.value.get("currency")]
    default = currencies[0] if currencies else ("CNY" if re.search(r"[\u4e00-\u9fff]", text) else "USD")
    for m in _FREE.finditer(text):
        if any(m.start() < p.end and p.start < m.end() for p in out):
            continue
        if re.match(r"(?:的)?(?:用户|使用者|会员|账户|版本?|试用|额度|送|下载|注册|开通)", text[m.end():m.end() + 4]):
            continue  # 免费用户 are free users, 免费额度 a free quota: not a price
        sentence_start = max(text.rfind(ch, 0, m.start()) for ch in "。！？!?\n")
        previous = max(text.rfind(ch, 0, max(sentence_start, 0)) for ch in "。！？!?\n")
        context = text[max(previous, m.start() - 120, 0):m.end() + 12]
        if any(w in context for w in _PRICE_CONTEXT):
            value = {"amount": 0, "currency": default, "per": None, "per_million_tokens": 0, "free": True,
                     "printed": m.group(0)}
            direction = _direction(text, m.start(), m.end())
            if direction:
                value["direction"] = direction
            out.append(Match(m.start(), m.end(), "PRICE", value))
    return sorted(_dedupe(out), key=lambda m: m.start)


# ----------------------------------------------------------------------------- money, percent, compute
_MONEY = Anchored(scanner(rf"[数幾几近约約超逾$¥￥\d{CN_DIGIT}]", rf"(?P<approx>[数幾几]|近|约|約|超|逾)?(?P<sym>[$¥￥])?(?P<num>{NUM}|{CN_NUM})\s*(?P<unit>{CN_UNIT})?\s*"
                    rf"(?P<cur>美元|美金|元|人民币|港元|港币|欧元|日元)"), ("元", "美金", "人民币", "港币"))
_MONEY_CN_YI = Anchored(re.compile(r"(?P<num>[一二两三四五六七八九十几]+)(?:个|個)\s*(?P<unit>亿|億)"), ("亿", "億"))


def find_money(text: str) -> list[Match]:
    text = shadow(text)
    out = []
    for m in _MONEY.finditer(text):
        d = m.groupdict()
        num = d["num"]
        cur = {"美元": "USD", "美金": "USD", "元": "CNY", "人民币": "CNY", "港元": "HKD", "港币": "HKD",
               "欧元": "EUR", "日元": "JPY"}[d["cur"]]
        unit = UNIT_MULT[d["unit"] or ""]
        value: dict[str, Any] = {"currency": cur, "printed": m.group(0)}
        start = m.start("num") if not d["sym"] else m.start("sym")
        if re.fullmatch(NUM, num):
            value["value"] = plain(parse_number(num) * unit)
            value["decimals"] = decimals(num)
            value["unit"] = d["unit"] or ""
        else:
            try:
                value["value"] = plain(parse_cn_number(num) * unit)
            except ValueError:
                continue
        if d["approx"] in ("数", "幾", "几"):
            base = value["value"]
            value["approx_range"] = [2 * base, 9 * base]
            value["value"] = None
            start = m.start("approx")
        elif d["approx"]:
            value["approx"] = True
        out.append(Match(start, m.end(), "MONEY", value))
    for m in _MONEY_CN_YI.finditer(text):
        num = m.group("num")
        if num in ("一两", "两三", "三四"):
            lo, hi = CN_DIGITS[num[0]], CN_DIGITS[num[1]]
            value = {"value": None, "approx_range": [lo * 10 ** 8, hi * 10 ** 8], "currency": "CNY", "printed": m.group(0)}
        else:
            try:
                value = {"value": plain(parse_cn_number(num) * 10 ** 8), "currency": "CNY", "printed": m.group(0)}
            except ValueError:
                continue
        out.append(Match(m.start(), m.end(), "MONEY", value))
    return _dedupe(out)


_PERCENT = Anchored(scanner(r"[-+−\d百]", rf"(?P<sign>[-+−])?(?P<num>{NUM})\s*(?P<pct>%|％)|百分之(?P<cn>{CN_NUM})"), ("%", "％", "百分之"))


def find_percents(text: str) -> list[Match]:
    text = shadow(text)
    out = []
    for m in _PERCENT.finditer(text):
        if m.group("cn"):
            try:
                v = parse_cn_number(m.group("cn"))
            except ValueError:
                continue
            out.append(Match(m.start(), m.end(), "PERCENT", {"value": plain(v), "decimals": 0}))
            continue
        v = parse_number(m.group("num"))
        if m.group("sign") in ("-", "−"):
            v = -v
        start = m.start("sign") if m.group("sign") else m.start("num")
        out.append(Match(start, m.end(), "PERCENT", {"value": plain(v), "decimals": decimals(m.group("num"))}))
    return out


_COMPUTE_UNIT = {"FLOPs": 1, "FLOPS": 1, "flops": 1, "FLOP": 1, "TFLOPs": 10 ** 12, "TFLOPS": 10 ** 12,
                 "TFlops": 10 ** 12, "PFLOPs": 10 ** 15, "PFLOPS": 10 ** 15, "PFlops": 10 ** 15, "EFLOPs": 10 ** 18,
                 "EFLOPS": 10 ** 18, "GFLOPs": 10 ** 9, "GFLOPS": 10 ** 9, "TOPS": 10 ** 12, "POPS": 10 ** 15}
_COMPUTE = Anchored(scanner(
    r"\d",
    rf"(?P<num>{NUM})\s*(?:(?P<times>[*×xX·]\s*10\s*\^?\s*(?P<exp>[-−]?\d{{1,3}}))|(?:[eE]\+?(?P<e>[-−]?\d{{1,3}})))?\s*"
    rf"(?P<cn>{CN_UNIT})?\s*"
    rf"(?P<unit>EFLOPs|EFLOPS|PFLOPs|PFLOPS|PFlops|TFLOPs|TFLOPS|TFlops|GFLOPs|GFLOPS|FLOPs|FLOPS|FLOP|flops|TOPS|POPS)"
    r"(?:/s)?"), ("FLOP", "Flop", "flop", "TOPS", "POPS"))


def find_compute(text: str) -> list[Match]:
    text = shadow(text)
    out = []
    for m in _COMPUTE.finditer(text):
        unit = m.group("unit")
        value = parse_number(m.group("num"))
        exp = m.group("exp") or m.group("e")
        if exp:
            value *= Decimal(10) ** int(exp.replace("−", "-"))
        if m.group("cn"):  # '1400亿FLOPs'
            value *= UNIT_MULT[m.group("cn")]
        per_second = unit not in ("FLOPs", "FLOP", "flops") or m.group(0).endswith("/s")
        v = value * _COMPUTE_UNIT[unit]
        out.append(Match(m.start(), m.end(), "COMPUTE", {
            "value": plain(v) if v < 10 ** 15 else float(v), "unit": ("OP/s" if "OPS" in unit and "FLOP" not in unit
                                                                      else "FLOP/s") if per_second else "FLOP",
            "printed": m.group(0)}))
    return out


# ----------------------------------------------------------------------------- GPUs, tokens
@lru_cache(maxsize=1)
def _gpu_pattern() -> tuple[re.Pattern, dict[str, dict]]:
    names: dict[str, dict] = {}
    for g in gpu_table():
        for alias in [g["name"]] + g["aliases"]:
            names[alias] = g
    variants = sorted({v for g in gpu_table() for v in g["variants"]}, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    var = "|".join(re.escape(v) for v in variants)
    pattern = scanner(first_chars(names), rf"(?<![A-Za-z0-9])(?P<name>{alt})(?P<variants>(?:\s*(?:{var}))*)(?![A-Za-z0-9])")
    return pattern, names


def find_gpus(text: str) -> list[Match]:
    pattern, names = _gpu_pattern()
    out = []
    for m in pattern.finditer(text):
        g = names[m.group("name")]
        if m.group("name") == "4090" and "RTX" not in text[max(0, m.start() - 6):m.start()]:
            continue
        variants = m.group("variants").split()
        label = " ".join([g["name"]] + [("80GB" if v == "80G" else v) for v in variants])
        out.append(Match(m.start(), m.end(), "GPU", {"name": label, "model": g["name"]}))
    return out


_TOKENS = Anchored(scanner(r"\d", rf"(?P<num>{NUM})\s*(?P<unit>{CN_UNIT}|[KMBT])?\s*(?:个)?\s*(?:tokens?|Tokens?|TOKENS?|token)"), ("token", "Token", "TOKEN"))


def find_tokens(text: str) -> list[Match]:
    text = shadow(text)
    out = []
    for m in _TOKENS.finditer(text):
        n = parse_number(m.group("num")) * UNIT_MULT[m.group("unit") or ""]
        out.append(Match(m.start(), m.end(), "TOKENS", {"value": plain(n)}))
    return out


# ----------------------------------------------------------------------------- dates
@dataclass
class DateContext:
    anchor: Optional[dt.date] = None  # the document date or --date
    year: Optional[int] = None        # the last explicit year seen in this text


_Y = r"(?P<y>(?:19|20)\d\d)"
_YEAR = re.compile(r"(?:19|20)\d\d")


class YearLed:
    """A date pattern that starts with a four-digit year. Years are rare in a text, so
    these are tried only where one stands (one scan for all of them, `match` at each)
    instead of scanning the whole text once per pattern."""

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern)

    def finditer(self, text: str, years: list[int]) -> Iterable[re.Match]:
        for pos in years:
            m = self.pattern.match(text, pos)
            if m:
                yield m


# a date in Chinese numerals, as formal notices and Hong Kong announcements write it
# ('二〇二四年五月二十一日', '截至二零二三年十二月三十一日止年度'): read as its digits (`_arabic`)
_CN_Y = r"(?P<y>[一二][〇零九][〇零一二三四五六七八九]{2})"
_CN_M = r"(?P<m>十[一二]?|[一二三四五六七八九])"
_CN_D = r"(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_YEAR_START = re.compile(r"[一二][〇零九][〇零一二三四五六七八九]{2}\s*年")  # rare in prose: the anchor
# which date a Chinese-numeral match is, by the parts it has ("cn" in DATE_PATTERNS)
_CN_KIND = (("d", "ymd"), ("m", "ym"), ("q", "yq"), ("h", "yh"))

DATE_PATTERNS: list[tuple[str, re.Pattern | Anchored | YearLed]] = [
    ("cn", Anchored(scanner("[一二]", rf"{_CN_Y}\s*年(?:度)?(?:\s*(?:{_CN_M}\s*月(?:\s*{_CN_D}\s*[日号號])?(?:份)?"
                                    r"|(?:第\s*)?(?P<q>[一二三四])\s*(?:季度|季)|(?P<h>上|下)半年))?"), _CN_YEAR_START, before=0)),
    ("ymd", YearLed(rf"{_Y}\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号號]")),
    ("ymd", YearLed(rf"(?<![\d.]){_Y}\s*(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})(?!\d|\.\d)")),
    ("yq", YearLed(rf"{_Y}\s*年?\s*(?:第\s*)?(?P<q>[1-4一二三四])\s*(?:季度|季)")),
    ("yq", Anchored(scanner(r"[\dQ]", rf"{_Y}\s*Q(?P<q>[1-4])(?![0-9])|(?<![0-9A-Za-z])(?P<q2>[1-4])Q(?P<yy>\d\d)(?![0-9])|"
                      rf"(?<![0-9A-Za-z])Q(?P<q3>[1-4])\s*(?P<y3>(?:19|20)\d\d)"), ("Q",))),
    ("yh", Anchored(scanner(r"\d", rf"{_Y}\s*年?\s*(?:(?P<h>上|下)半年|H(?P<hn>[12]))|(?<![0-9A-Za-z])(?P<hn2>[12])H(?P<yy>\d\d)(?![0-9])"), ("半年", "H"))),
    ("ym_list", YearLed(rf"{_Y}\s*年\s*(?P<m>\d{{1,2}})\s*[、,，和至到\-~]\s*(?P<m2>\d{{1,2}})\s*月")),
    ("ym_end", YearLed(rf"{_Y}\s*年\s*(?:年\s*)?(?P<pos>年底|年末|底|末|年初|初)")),
    ("ym", YearLed(rf"{_Y}\s*年\s*(?P<m>\d{{1,2}})\s*月(?:份)?")),
    ("ym", YearLed(rf"(?<![\d.]){_Y}\s*(?P<sep>[-/.])\s*(?P<m>\d{{1,2}})(?!\d|\.\d)")),
    ("yy_md", Anchored(scanner(r"\d", r"(?<![\d.])(?P<yy>\d\d)\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"), ("年",))),
    ("rel_md", Anchored(scanner(r"[今去明前同当當]", r"(?P<rel>今年|去年|明年|前年|同年|当年|當年)\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号號])?(?:份)?"), ("月",))),
    ("rel_q", Anchored(scanner(r"[今去明]", r"(?P<rel>今年|去年|明年)\s*(?:第\s*)?(?P<q>[1-4一二三四])\s*(?:季度|季)"), ("季",))),
    ("rel_h", Anchored(scanner(r"[今去明]", r"(?P<rel>今年|去年|明年)\s*(?P<h>上|下)半年"), ("半年",))),
    ("md", Anchored(scanner(r"\d", r"(?<![\d年.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"), ("月",))),
    ("q", Anchored(scanner(r"[第1-4一二三四]", r"(?<![\d年Q])(?:第\s*)?(?P<q>[1-4一二三四])\s*季度"), ("季度",))),
    ("m", Anchored(scanner(r"\d", r"(?<![\d年.个個])(?P<m>\d{1,2})\s*月(?:份)?(?![\d日号])"), ("月",))),
    ("estimate", YearLed(rf"(?<![0-9A-Za-z]){_Y}(?P<e>[EeAF])(?![A-Za-z0-9])")),
    ("y", YearLed(rf"(?<![\d.]){_Y}\s*年(?:度)?")),
    ("rel_week", Anchored(scanner(r"[上本下]", r"(?P<rel>上周|上週|本周|本週|下周|下週|上个月|上個月|本月|下个月|下個月)"), ("周", "週", "月"))),
    ("rel_y", Anchored(scanner(r"[今去明前]", r"(?P<rel>今年|去年|明年|前年)(?![\d一二三四上下第])"), ("今年", "去年", "明年", "前年"))),
    # a day alone ('21日,阿里云宣布…') takes the month just named, else the document's;
    # '30日内' and '5日均线' are spans of days, not dates
    ("d", Anchored(scanner(r"\d{1,2}\s*日", r"(?<![\d月.年/\-:])(?P<d>\d{1,2})\s*日(?![\d内均后以之滚移年])"), ("日",))),
    ("rel_day", Anchored(scanner(r"[上本这這下周週星礼禮次翌昨今前]",
                        r"(?P<rel>(?:上|本|这|這|下)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?![\d])|次日|翌日|昨日|昨天|"
                        r"今日(?!头条|頭條)|今天|前天)"), ("周", "週", "星期", "礼拜", "禮拜", "次日", "翌日", "昨日", "昨天", "今日", "今天", "前天"))),
]
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4}
_REL_YEAR = {"今年": 0, "同年": 0, "当年": 0, "當年": 0, "去年": -1, "前年": -2, "明年": 1}


def _valid(y: int, m: int, d: Optional[int] = None) -> bool:
    if not (1 <= m <= 12):
        return False
    return d is None or 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


def find_dates(text: str, ctx: Optional[DateContext] = None) -> list[Match]:
    """Dates with their precision; relative ones resolved against ctx.anchor.

    A date that cannot be resolved is kept with date None and `unresolved` set."""
    text = shadow(text)
    ctx = ctx or DateContext()
    raw: list[tuple[int, int, str, re.Match]] = []
    years = [m.start() for m in _YEAR.finditer(text)]
    for kind, pattern in DATE_PATTERNS:
        found = pattern.finditer(text, years) if isinstance(pattern, YearLed) else pattern.finditer(text)
        for m in found:
            raw.append((m.start(), m.end(), kind, m))
    # longest match wins; earlier pattern wins ties
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    chosen: list[tuple[int, int, str, re.Match]] = []
    for r in raw:
        if chosen and r[0] < chosen[-1][1]:
            continue
        chosen.append(r)
    out = []
    year = ctx.year
    last: Optional[str] = None  # the last date resolved to a day or month: '21日' and '次日' lean on it
    for start, end, kind, m in chosen:
        value = _relative_day(kind, m, ctx.anchor, last) if kind in ("d", "rel_day") else _date_value(kind, m, ctx, year)
        if value is None:
            continue
        if value.get("explicit_year"):
            year = value.pop("explicit_year")
        else:
            value.pop("explicit_year", None)
        if value.get("date") and value.get("precision") in ("day", "month"):
            last = value["date"]
        out.append(Match(start, end, "DATE", value))
    return out


_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _relative_day(kind: str, m: re.Match, anchor: Optional[dt.date], last: Optional[str]) -> Optional[dict]:
    """A day named without its month ('21日'), a weekday ('上周五') or a day relative to
    another ('次日'), resolved against the date last named and the document's date."""
    text = m.group(0)
    if kind == "d":
        d = int(m.group("d"))
        if last and len(last) >= 7:
            y, mo = int(last[:4]), int(last[5:7])
        elif anchor:
            y, mo = anchor.year, anchor.month
            if d > anchor.day:  # a day after the document's is last month's
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        else:
            return {"date": None, "precision": "day", "unresolved": text} if 1 <= d <= 31 else None
        if not _valid(y, mo, d):
            return None
        return {"date": f"{y:04d}-{mo:02d}-{d:02d}", "precision": "day", "relative": text}
    rel = m.group("rel")
    if rel in ("次日", "翌日"):
        if not last or len(last) != 10:
            return {"date": None, "precision": "day", "unresolved": text}
        day = dt.date.fromisoformat(last) + dt.timedelta(days=1)
        return {"date": day.isoformat(), "precision": "day", "relative": rel}
    if anchor is None:
        return {"date": None, "precision": "day", "unresolved": text}
    if rel in ("昨日", "昨天", "今日", "今天", "前天"):
        shift = {"昨日": -1, "昨天": -1, "今日": 0, "今天": 0, "前天": -2}[rel]
        return {"date": (anchor + dt.timedelta(days=shift)).isoformat(), "precision": "day", "relative": rel}
    week = {"上": -7, "下": 7}.get(rel[0], 0)
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=week)
    day = monday + dt.timedelta(days=_WEEKDAY[rel[-1]])
    if rel[0] in "周週星礼禮" and day > anchor:
        # a bare weekday after the document's day is the one just past, as a bare day of
        # the month is: news names days already gone ('於周五發佈' in Monday's paper)
        day -= dt.timedelta(days=7)
    return {"date": day.isoformat(), "precision": "day", "relative": rel}


def _arabic(part: Optional[str]) -> Optional[str]:
    """A date's part written in Chinese numerals as digits: a year digit by digit ('二〇二四' →
    '2024'), a month or a day as a number (`parse_cn_number`: '十二' → '12', '二十一' → '21'); any
    other part as it is ('上', '今年', '2024')."""
    if not part or any(c not in CN_DIGITS and c != "十" for c in part):
        return part
    if "十" in part:
        return str(parse_cn_number(part))
    return "".join(str(CN_DIGITS[c]) for c in part)


def _date_value(kind: str, m: re.Match, ctx: DateContext, year: Optional[int]) -> Optional[dict]:
    g = {name: _arabic(part) for name, part in m.groupdict().items()}
    if kind == "cn":
        kind = next((k for part, k in _CN_KIND if g.get(part)), "y")
    anchor = ctx.anchor
    context_year = year or (anchor.year if anchor else None)

    def day(y, mo, d):
        if not _valid(y, mo, d):
            return None
        return {"date": f"{y:04d}-{mo:02d}-{d:02d}", "precision": "day"}

    def month(y, mo):
        if not _valid(y, mo):
            return None
        return {"date": f"{y:04d}-{mo:02d}", "precision": "month"}

    def unresolved(precision, **extra):
        return {"date": None, "precision": precision, "unresolved": m.group(0), **extra}

    if kind == "ymd":
        v = day(int(g["y"]), int(g["m"]), int(g["d"]))
        return v and {**v, "explicit_year": int(g["y"])}
    if kind == "ym":
        v = month(int(g["y"]), int(g["m"]))
        return v and {**v, "explicit_year": int(g["y"])}
    if kind == "ym_list":
        v = month(int(g["y"]), int(g["m"]))
        return v and {**v, "through": f"{int(g['y']):04d}-{int(g['m2']):02d}", "explicit_year": int(g["y"])}
    if kind == "ym_end":
        mo = 12 if g["pos"] in ("年底", "年末", "底", "末") else 1
        return {**month(int(g["y"]), mo), "explicit_year": int(g["y"])}
    if kind == "yy_md":
        y = 2000 + int(g["yy"])
        v = day(y, int(g["m"]), int(g["d"])) if g["d"] else month(y, int(g["m"]))
        return v and {**v, "explicit_year": y}
    if kind == "yq":
        if g.get("q2"):
            y, q = 2000 + int(g["yy"]), int(g["q2"])
        elif g.get("q3"):
            y, q = int(g["y3"]), int(g["q3"])
        else:
            y, q = int(g["y"]), _CN_Q.get(g["q"], None) or int(g["q"])
        return {"date": f"{y:04d}-Q{q}", "precision": "quarter", "explicit_year": y}
    if kind == "yh":
        if g.get("hn2"):
            y, h = 2000 + int(g["yy"]), int(g["hn2"])
        else:
            y = int(g["y"])
            h = int(g["hn"]) if g.get("hn") else (1 if g["h"] == "上" else 2)
        return {"date": f"{y:04d}-H{h}", "precision": "half", "explicit_year": y}
    if kind == "estimate":
        return {"date": g["y"], "precision": "year", "estimate": g["e"].upper() == "E", "explicit_year": int(g["y"])}
    if kind == "y":
        return {"date": g["y"], "precision": "year", "explicit_year": int(g["y"])}
    if kind.startswith("rel"):
        rel = g["rel"]
        if kind == "rel_week":
            if anchor is None:
                return unresolved("week" if "周" in rel or "週" in rel else "month")
            if "周" in rel or "週" in rel:
                shift = {"上": -7, "本": 0, "下": 7}[rel[0]]
                d = anchor + dt.timedelta(days=shift)
                monday = d - dt.timedelta(days=d.weekday())
                return {"date": monday.isoformat(), "precision": "week", "relative": rel}
            shift = {"上": -1, "本": 0, "下": 1}[rel[0]]
            y, mo = anchor.year, anchor.month + shift
            y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
            return {**month(y, mo), "relative": rel}
        base = (anchor.year if anchor else None) if rel not in ("同年", "当年", "當年") else context_year
        if base is None:
            return unresolved({"rel_md": "day" if g.get("d") else "month", "rel_q": "quarter",
                               "rel_h": "half", "rel_y": "year"}[kind])
        y = base + _REL_YEAR[rel] if rel not in ("同年", "当年", "當年") else base
        if kind == "rel_md":
            v = day(y, int(g["m"]), int(g["d"])) if g.get("d") else month(y, int(g["m"]))
        elif kind == "rel_q":
            v = {"date": f"{y:04d}-Q{_CN_Q.get(g['q']) or int(g['q'])}", "precision": "quarter"}
        elif kind == "rel_h":
            v = {"date": f"{y:04d}-H{1 if g['h'] == '上' else 2}", "precision": "half"}
        else:
            v = {"date": str(y), "precision": "year"}
        return v and {**v, "relative": rel}
    # no year printed: a day or month is the document's year (5月21日 in a 2024 report);
    # a bare quarter follows the year just named (2023年4季度…环比3季度)
    doc_year = anchor.year if anchor else year
    if kind == "md":
        if doc_year is None:
            return unresolved("day") if _valid(2000, int(g["m"]), int(g["d"])) else None
        return day(doc_year, int(g["m"]), int(g["d"]))
    if kind == "q":
        q = _CN_Q.get(g["q"]) or int(g["q"])
        if context_year is None:
            return unresolved("quarter")
        return {"date": f"{context_year:04d}-Q{q}", "precision": "quarter"}
    if kind == "m":
        mo = int(g["m"])
        if not 1 <= mo <= 12:
            return None
        if doc_year is None:
            return unresolved("month")
        return month(doc_year, mo)
    return None


def parse_iso_date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def safe_decimal(text: str) -> Optional[Decimal]:
    try:
        return Decimal(text)
    except (InvalidOperation, ValueError):
        return None
