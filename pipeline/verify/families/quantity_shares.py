"""Check family: a quantity's share of a whole the text states in the same unit — people, households, tonnes, square
metres (a counted unit of data/counted_units.json, any scale), as population and output releases print them:

    '四川全省常住人口共8367.5万人…男性人口为4229万人,占50.54%'           4229 ÷ 8367.5 = 50.54%
    '16至59周岁的劳动年龄人口89729万人,占总人口的比重为64.3%'           over the 总人口 stated before
    '2023年末全省常住人口中,0—14岁人口为517.49万人,占14.93%'           over the 常住人口 stated before

The whole: where the share names it ('占总人口的') or its sentence opens on it ('常住人口中,'), the nearest amount
before in the same measure whose sentence names those words, larger than the part; where neither names it, the nearest
larger amount before that is no change and no part with a share of its own ('男性…4229万人,占50.54%;女性…4138.5万人,
占49.46%': the 4229 is no whole of the 4138.5) — judged only where it gives the share, never a mismatch (the text names
no whole: another may be meant). A part after 其中 is `parts`' (the total before 其中 its whole); money is `partitions`'
and `stated_shares`'."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ...quantities import CN_UNIT, COUNTED_UNITS, scaled_unit
from ..checks import BOUND_WORDS, in_brackets, judge_formula, make, sentence_marked
from ..sentences import SIGNED_NUM, figure_of, moved_before
from . import count_shares, unstated_wholes

_AMOUNT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
# the share right after the part: '4229万人,占50.54%', '89729万人,占总人口的比重为64.3%', '占全省总人口的17.2%'
# (a bracket may gloss the share's name: '占常住人口比重(常住人口城镇化率)74.79%')
_SHARE = re.compile(rf"\s*[，,]{{1,2}}\s*(?:约)?占\s*(?P<whole>[\u4e00-\u9fffA-Za-z]{{0,12}}?)\s*(?:的)?\s*(?:比重|比例|份额|比)?\s*"
                    rf"(?:[（(][^()（）\d]{{0,20}}[)）])?\s*(?:为|达到?|约为?|约)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# a share of a whole stated right after its name, in brackets or not: '11,730,353股,占可转债转股前公司已发行股份总额(93,319,000股)
# 的12.57%', '不超过498万股,约占公司股本总额4.25亿股的1.17%'
_BRACKETED_WHOLE = re.compile(rf"\s*[，,]\s*(?:约)?占\s*(?P<whole>[\u4e00-\u9fffA-Za-z]{{2,24}}?)\s*[（(]?\s*(?P<num>{SIGNED_NUM})\s*"
                              rf"(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))\s*[)）]?\s*(?:的)?\s*(?:比重|比例)?\s*(?:为|约为?|约)?\s*"
                              rf"(?P<pct>{SIGNED_NUM})\s*[%％]")
# a sentence opening on its whole: '2023年末全省常住人口中,', '从性别结构看,…'
_OPENS_ON_WHOLE = re.compile(r"(?P<whole>[\u4e00-\u9fff]{2,8}?)中\s*[，,]")
# words before a whole's name that say 'all of it' or where: '全省总人口' is 人口's
_ALL_OF = re.compile(r"^(?:全国|全省|全市|全区|全部|全|总)+")
_SENTENCE_ENDS = "。\n！？"
_OF_WHICH = re.compile(r"其中")
# a bound is no share stated: '占组件总出货量比重近23%', '占比超过30%'
_BOUND = re.compile(rf"(?:{BOUND_WORDS}|近|接近|超)\s*$")
LOOSE_TRIED = 3  # amounts tried, nearest first, for a share naming no whole


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        text = page.text
        amounts = [a for a in _AMOUNT.finditer(text) if _base(a) is not None]
        out += [c for m in _SHARE_RESTATED.finditer(text) for c in [_restated_share(page, text, m, amounts)] if c]
        if "占" not in text:
            continue
        implied, taken = _of_an_unstated_whole(page, text, amounts)
        out += implied
        for part in amounts:
            share = _SHARE.match(text, part.end())
            if share is None or moved_before(text, part.start()) or part.start() in taken:
                continue
            if _BOUND.search(text, share.start(), share.start("pct")):
                continue  # a bound is no share stated: '占组件总出货量比重近23%', '占比超过三成'
            if re.search(rf"(?:{count_shares.COUNTED})$", part.group("unit")) and "占比" in share.group(0):
                continue  # ('197家,占比51%': a count's share of its population, count_shares')
            if part.group("unit").endswith("股") and unstated_wholes.holding_of(
                    text, share.group("whole"), figure_of(part.group("num")).times(_base(part)[1]).value, part.span("num"),
                    share.end()):
                continue  # (a holder's shares of the holding the text states: unstated_wholes')
            check = _judged(page, text, part, share, amounts)
            if check is not None:
                out.append(check)
        for part in amounts:
            stated = _BRACKETED_WHOLE.match(text, part.end())
            if stated is not None:
                out.append(_over_bracketed(page, text, part, stated))
        out += [c for m in _NAMES_SHARE.finditer(text) for c in [_named_both(page, text, m, amounts)] if c]
    return out


def _of_an_unstated_whole(page, text: str, amounts: list) -> tuple[list[dict], set[int]]:
    """Parts each with its share of one whole the text names but never states ('网下最终发行数量为3,500,000股,占本次发行
    总量的10.00%;网上最终发行数量为31,500,000股,占本次发行总量的90.00%'): where the shares make 100 the parts are the whole,
    and each share is judged over their sum. Parts whose shares make less may leave one out: none is judged. The checks,
    and where the parts judged so start (no share of theirs is judged again)."""
    groups: dict = {}
    for part in amounts:
        share = _SHARE.match(text, part.end())
        named = _whole_words(share.group("whole")) if share else ""
        if not named or moved_before(text, part.start()) or _wholes(text, part, amounts, *_whole_unit(part), named):
            continue
        groups.setdefault((named, _base(part)[0]), []).append((part, share))
    out, taken = [], set()
    for (named, _), listed in groups.items():
        shares = [figure_of(s.group("pct")) for _, s in listed]
        low, high = sum(x.interval()[0] for x in shares), sum(x.interval()[1] for x in shares)
        if len(listed) < 2 or not low <= 100 <= high:
            continue
        taken |= {p.start() for p, _ in listed}
        values = [figure_of(p.group("num")).times(_base(p)[1]) for p, _ in listed]
        for (part, share), value, printed in zip(listed, values, shares):
            verdict, exact = judge_formula(lambda p, *all_: p / sum(all_) * 100, [value, *values], printed)
            out.append(make(sentence_marked(text, share.span("pct")), page.number,
                            f"{part.group('num')}{part.group('unit')} ÷ ({' + '.join(p.group('num') for p, _ in listed)}) × 100",
                            {"part": value, "whole": sum(v.value for v in values)}, printed, exact, "%", verdict,
                            f"over the {named}, which the text does not state: its parts' shares make 100, so their sum",
                            cells=[("text", page.number, *share.span("pct")), ("text", page.number, *part.span("num"))]
                            + [("text", page.number, *p.span("num")) for p, _ in listed if p is not part]))
    return out, taken


def _whole_unit(part: re.Match) -> tuple:
    """A part's unit and its value in the unit's base (`_wholes`' arguments after the amounts)."""
    unit, scale = _base(part)
    return unit, figure_of(part.group("num")).times(scale)


# a share of a whole stated before, restated as its amount after 即: '不超过本次发行前公司总股本的 25%,即本次发行不超过
# 113,220,000 股' (after '公司的总股本为 452,880,000 股'): the amount = the whole × the share
_SHARE_RESTATED = re.compile(rf"(?P<whole>[\u4e00-\u9fff]{{2,16}}?)\s*的\s*(?P<pct>{SIGNED_NUM})\s*[%％]\s*[，,]?\s*(?:也)?即\s*"
                             rf"[^\d，,。；;]{{0,16}}?(?P<num>{SIGNED_NUM})\s*(?P<unit>(?:{CN_UNIT})?(?:{COUNTED_UNITS}))")
WHOLE_SUFFIX = 3  # the fewest last characters of a whole's words an amount stated before must be stated under


def _restated_share(page, text: str, m: re.Match, amounts: list) -> Optional[dict]:
    """The amount after 即 against the whole the share names (the last amount before stated under the most of its words'
    last characters, WHOLE_SUFFIX at least) times the share, in one counted unit."""
    unit = _base(m)
    if unit is None:
        return None
    words = _whole_words(m.group("whole"))
    in_unit = [a for a in amounts if _base(a)[0] == unit[0]]
    for k in range(len(words), WHOLE_SUFFIX - 1, -1):
        found = _stated_under(text, in_unit, words[-k:], m.start())
        if found:
            break
    else:
        return None
    whole = found[-1]
    total = figure_of(whole.group("num")).times(_base(whole)[1])
    printed, share = figure_of(m.group("num")), figure_of(m.group("pct"))
    verdict, exact = judge_formula(lambda w, p: w * p / 100 / unit[1], [total, share], printed)
    return make(sentence_marked(text, m.span("num")), page.number,
                f"{whole.group('num')}{whole.group('unit')} × {m.group('pct')}%", {"whole": total, "share": share}, printed,
                exact, m.group("unit"), verdict, f"the share of the {words[-k:]} stated before, restated as its amount",
                cells=[("text", page.number, *m.span("num")), ("text", page.number, *m.span("pct")),
                       ("text", page.number, *whole.span("num"))])


# a share naming its part and its whole, both stated before by those words, no figure in its clause:
# '借记卡在用发卡数量占银行卡在用发卡数量的90.97%' (after '…银行卡在用发卡数量75.97亿张…借记卡在用发卡数量69.11亿张')
_NAMES_SHARE = re.compile(r"(?:^|(?<=[。；;，,\n]))\s*(?P<part>[\u4e00-\u9fff]{2,16}?)\s*占\s*(?P<whole>[\u4e00-\u9fff]{2,16}?)\s*"
                          rf"(?:的)?\s*(?:比重|比例|份额)?\s*(?:为|达到?)?\s*(?P<pct>{SIGNED_NUM})\s*[%％]")
# the verbs between an amount's words and its figure ('…在用发卡数量共计6.86亿张')
_STATED_VERB = re.compile(r"(?:共计|合计|总计|累计|为|达到?|约为?|是|约)+$")


def _named_both(page, text: str, m: re.Match, amounts: list) -> Optional[dict]:
    """The share of a part over a whole, each the last amount before stated right after its words, in one counted unit."""
    def stated_under(words: str) -> Optional[re.Match]:
        found = _stated_under(text, amounts, words, m.start())
        return found[-1] if found else None
    part, whole = stated_under(m.group("part")), stated_under(_whole_words(m.group("whole")))
    if part is None or whole is None or part is whole or _base(part)[0] != _base(whole)[0]:
        return None
    value = figure_of(part.group("num")).times(_base(part)[1])
    total = figure_of(whole.group("num")).times(_base(whole)[1])
    if total.value <= value.value:
        return None
    printed = figure_of(m.group("pct"))
    verdict, exact = judge_formula(lambda p, w: p / w * 100, [value, total], printed)
    return make(sentence_marked(text, m.span("pct")), page.number,
                f"{part.group('num')}{part.group('unit')} ÷ {whole.group('num')}{whole.group('unit')} × 100",
                {"part": value, "whole": total}, printed, exact, "%", verdict,
                f"{m.group('part')} over {m.group('whole')}, each stated before by those words",
                cells=[("text", page.number, *m.span("pct")), ("text", page.number, *part.span("num")),
                       ("text", page.number, *whole.span("num"))])


def _stated_under(text: str, amounts: list, words: str, before: int) -> list[re.Match]:
    """The amounts before `before`, none a change, each stated right after `words` ('…在用发卡数量共计6.86亿张')."""
    return [a for a in amounts if a.end() <= before and not moved_before(text, a.start())
            and _STATED_VERB.sub("", _naming_clause(text, a.start()).strip()).endswith(words)]


def _base(amount: re.Match) -> Optional[tuple[str, Decimal]]:
    """A counted amount's unit and scale ('万人' → ('人', 10⁴)); None for money (partitions') or no counted unit."""
    unit = scaled_unit(amount.group("unit"))
    return None if unit is None or unit[0] in ("元", "美元", "港元") else unit


def _judged(page, text: str, part: re.Match, share: re.Match, amounts: list) -> Optional[dict]:
    sentence_start = _sentence_start(text, part.start())
    if any(not in_brackets(text, o.start(), sentence_start) for o in _OF_WHICH.finditer(text, sentence_start, part.start())):
        return None  # (the total before 其中 is the whole: parts'; a bracket's '(其中:15-59岁人口…,占63.43%)' is of the whole
        # the part before the bracket is of)
    unit, value = _whole_unit(part)
    named = _whole_words(share.group("whole"))
    if not named:
        opener = _OPENS_ON_WHOLE.search(text, sentence_start, part.start())
        named = _whole_words(opener.group("whole")) if opener else ""
    candidates = _wholes(text, part, amounts, unit, value, named)
    if named and not candidates:
        named = ""  # ('五大经济区中,成都平原经济区常住人口为4193.5万人,占50.12%': the words name the parts' set, no whole)
        candidates = _wholes(text, part, amounts, unit, value, named)
    if not candidates:
        return None
    printed = figure_of(share.group("pct"))
    judged = [(a, whole, *judge_formula(lambda p, w: p / w * 100, [value, whole], printed)) for a, whole in candidates]
    a, whole, verdict, exact = next((j for j in judged if j[2] != "mismatch"), judged[0])
    note = f"over the {named} stated before" if named else "over the nearest larger amount before it in its unit"
    if a is not judged[0][0]:
        note = "over a larger amount before it in its unit that gives the share, not the nearest"
    if verdict == "mismatch" and not named:
        verdict, note = "unverifiable", note + ": the text names no whole, and none of the nearest gives the share"
    elif verdict == "mismatch":
        # (the cause, where another amount before it gives the share: the whole the text names may be misnamed)
        other = next((o for o, w in _wholes(text, part, amounts, unit, value, "") if o is not a
                      and judge_formula(lambda p, x: p / x * 100, [value, w], printed)[0] != "mismatch"), None)
        if other is not None:
            note += f"; it is the share of {other.group('num')}{other.group('unit')}, an amount stated before (the whole misnamed?)"
    return make(sentence_marked(text, share.span("pct")), page.number,
                f"{part.group('num')}{part.group('unit')} ÷ {a.group('num')}{a.group('unit')} × 100",
                {"part": value, "whole": whole}, printed, exact, "%", verdict, note,
                cells=[("text", page.number, *share.span("pct")), ("text", page.number, *part.span("num")),
                       ("text", page.number, *a.span("num"))])


def _over_bracketed(page, text: str, part: re.Match, stated: re.Match) -> dict:
    """A part's share of the whole stated in brackets after the whole's name: part ÷ that whole."""
    part_unit, part_scale = _base(part)
    whole_base = _base(stated)
    value = figure_of(part.group("num")).times(part_scale)
    whole = figure_of(stated.group("num")).times(whole_base[1]) if whole_base else None
    printed = figure_of(stated.group("pct"))
    verdict, exact = judge_formula(lambda p, w: p / w * 100, [value, whole], printed) \
        if whole_base and (whole_base[0] == part_unit or _options_of_shares(text, part, part_unit, whole_base[0])) \
        else ("unverifiable", None)
    return make(sentence_marked(text, stated.span("pct")), page.number,
                f"{part.group('num')}{part.group('unit')} ÷ {stated.group('num')}{stated.group('unit')} × 100",
                {"part": value, "whole": whole}, printed, exact, "%", verdict,
                f"over the {stated.group('whole')} stated right after its name",
                cells=[("text", page.number, *stated.span("pct")), ("text", page.number, *part.span("num")),
                       ("text", page.number, *stated.span("num"))])


def _options_of_shares(text: str, part: re.Match, part_unit: str, whole_unit: str) -> bool:
    """Whether the part counts options (份 of 股票期权) and the whole shares (股): an option is a right to one share."""
    return part_unit == "份" and whole_unit == "股" and "期权" in text[_sentence_start(text, part.start()):part.start()]


def _wholes(text: str, part: re.Match, amounts: list, unit: str, value, named: str) -> list:
    """The amounts before the part that may be its whole, nearest first, each with its value in the unit's base: the
    one its sentence names (`named`), else the nearest few larger ones that are no part with a share of their own."""
    out = []
    for a in reversed([a for a in amounts if a.end() <= part.start()]):
        a_unit, a_scale = _base(a)
        whole = figure_of(a.group("num")).times(a_scale)
        if a_unit != unit or whole.value <= value.value or moved_before(text, a.start()):
            continue
        if named:
            if named in _naming_clause(text, a.start()):
                return [(a, whole)]
        elif not _SHARE.match(text, a.end()):
            out.append((a, whole))
            if len(out) == LOOSE_TRIED:
                break
    return out


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts (searched back from it, not from the page's start)."""
    return max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1


def _whole_words(words: str) -> str:
    """A whole's own words: '2023年末全省常住人口' → '常住人口', '总人口' → '人口'."""
    words = re.sub(r"^(?:\d{4}\s*年\s*)?(?:年末|年底|末|底)?", "", words)
    return _ALL_OF.sub("", words)


def _naming_clause(text: str, at: int) -> str:
    """The words an amount is stated under: its sentence up to it, brackets taken out ('中国大陆总人口(包括…)139538万人'),
    from its clause's start."""
    start = _sentence_start(text, at)
    words = re.sub(r"[（(][^()（）]*[)）]", "", text[start:at])
    return re.split(r"[，,；;]", words)[-1]
