"""Check family: a tally of rises and falls a text states in words, against the items it lists right after —
as price releases sum up their categories:

    '8大类商品及服务价格指数呈现“六升二降”的态势:食品烟酒类价格上涨6.0%,衣着类价格上涨0.9%,…;居住类价格
     下降1.1%,医疗保健类价格下降0.1%。'
        六升: six items rise; 二降: two fall

The tally is 'N升M降' (涨/跌 alike, and 'K平' for those unchanged), its numbers in Chinese numerals or digits. The items
are the clauses after it in its sentence, each with a way (上涨, 下降, 持平…) and, but for 持平, a figure. Where the
sentence lists as many items as the tally counts, the tally is judged on how many rise and how many fall; where it
lists another number of them (the rest named in sentences after, or sub-items among them), it is not judged.

Counts said the other way round are judged too: the numbers of items that rose, held and fell against the number of
items they are of ('70个大中城市中,价格下降的城市有64个,持平的城市有4个,上涨的城市有2个': 64 + 4 + 2 = 70; each way
named once, a second period's counts after each ',1月有24个' summed alike; where only rises and falls are counted, the
rest may have held: their sum short of the items is not judged) —, and a count against the names listed after it ('上涨的城市仍有2个,分别是厦门和
大理')."""
from __future__ import annotations

import re
from decimal import Decimal

from ...calc import Printed
from ...document import Document
from ...quantities import parse_cn_number
from ..checks import make, sentence_end, sentence_marked

_COUNT = r"[一二两三四五六七八九十]{1,3}|\d{1,2}"
# 'N升M降' with an optional 'K平' anywhere in it ('五升一平二降', '七涨一跌')
_TALLY = re.compile(rf"(?P<n1>{_COUNT})\s*(?P<w1>升|涨|平|降|跌)\s*(?P<n2>{_COUNT})\s*(?P<w2>升|涨|平|降|跌)"
                    rf"(?:\s*(?P<n3>{_COUNT})\s*(?P<w3>升|涨|平|降|跌))?(?![\u4e00-\u9fff]?[升涨降跌平])")
_KIND = {"升": "up", "涨": "up", "降": "down", "跌": "down", "平": "flat"}
# one listed item's way: '价格上涨6.0%', '下降0.1%', '持平'
_ITEM = re.compile(r"(?P<way>上涨|上升|增长|提高|下降|下跌|回落|降低|持平)\s*(?:了)?\s*(?P<num>\d+(?:\.\d+)?\s*[%％])?")
_ITEM_WAY = {"上涨": "up", "上升": "up", "增长": "up", "提高": "up", "下降": "down", "下跌": "down", "回落": "down",
             "降低": "down", "持平": "flat"}
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        out += _counted_ways(page) + _count_named(page) + _tallies(page) + _counted_outcomes(page)
    return out


# a count said before its outcome, as industrial-profit releases count their industries: '在41个工业大类行业中,26个行业利润
# 同比增长,14个行业同比下降,1个行业由同期盈利转为亏损'
_OUTCOME_COUNT = re.compile(r"(?P<k>\d{1,4})\s*个\s*(?P<noun>[\u4e00-\u9fff]{2})[^，,；;。\d]{0,12}?"
                            r"(?P<way>增长|增加|上升|上涨|下降|减少|下滑|持平|由[^，,；;。\d]{0,6}转为?亏损?|由盈转亏|转亏|减亏|扭亏)")
# (the listed items' ways, and a count's own: 增加/减少 of a profit, a loss narrowed or turned; any 转亏 is a turn to a loss)
_OUTCOME = {**_ITEM_WAY, "增加": "up", "减少": "down", "下滑": "down", "减亏": "loss narrowed", "扭亏": "turned to profit"}


def _outcome(way: str) -> str:
    return _OUTCOME.get(way, "turned to loss")


def _counted_outcomes(page) -> list[dict]:
    """Counts of items by outcome, each count before its outcome, against the number of items they are of, in the
    sentence after it: their sum is the items where it makes them (consistent), passes them (a mismatch); short of
    them, an outcome not counted (a loss widened) may make the rest (unverifiable). Each outcome counted once, the
    counted noun the items' own ('41个工业大类行业' counts 行业)."""
    text, out = page.text, []
    for pop in _POPULATION.finditer(text):
        end = sentence_end(text, pop.end(), "。\n")
        counts = []
        for count in _OUTCOME_COUNT.finditer(text, pop.end(), end):
            if not pop.group("what").endswith(count.group("noun")):
                break
            counts.append(count)
        outcomes = [_outcome(c.group("way")) for c in counts]
        if len(counts) < 2 or len(set(outcomes)) != len(outcomes):
            continue
        n, found = int(pop.group("n")), sum(int(c.group("k")) for c in counts)
        verdict = "consistent" if found == n else "mismatch" if found > n else "unverifiable"
        note = {"consistent": "", "mismatch": f"the {pop.group('what')} counted by outcome add up to {found}",
                "unverifiable": f"the {pop.group('what')} counted add up to {found}: an outcome not counted may make the rest"}[verdict]
        names = " + ".join(f"{c.group('way')} {c.group('k')}" for c in counts)
        out.append(make(sentence_marked(text, pop.span("n")), page.number, f"{pop.group('n')} = {names}",
                        {c.group("way"): int(c.group("k")) for c in counts}, Printed.of(pop.group("n")), Decimal(found), "",
                        verdict, note, cells=[("text", page.number, *pop.span("n"))] + [("text", page.number, *c.span("k"))
                                                                                      for c in counts]))
    return out


def _tallies(page) -> list[dict]:
    """Each 'N升M降' against the items listed after it: one check per way it counts."""
    text, out = page.text, []
    for m in _TALLY.finditer(text):
        stated = {}  # way → [(its count, its word, where its count stands)]
        for n, w in (("n1", "w1"), ("n2", "w2"), ("n3", "w3")):
            if m.group(n):
                stated.setdefault(_KIND[m.group(w)], []).append((_number(m.group(n)), m.group(w), m.span(n)))
        if len(stated) < 2 or any(len(said) > 1 for said in stated.values()):
            continue  # ('一升一升' is no tally)
        items = _items_after(text, m.end())
        if items is None or len(items) != sum(said[0][0] for said in stated.values()):
            continue
        for kind, [(count, word, at)] in stated.items():
            found = items.count(kind)
            verdict = "consistent" if found == count else "mismatch"
            out.append(make(sentence_marked(text, at), page.number, f"items listed after it that {word}",
                            {"items listed": len(items)}, Printed.of(str(count)), Decimal(found), "", verdict,
                            "" if verdict == "consistent" else f"{found} of the {len(items)} items listed {word}",
                            cells=[("text", page.number, *at)]))
    return out


def _number(words: str) -> int:
    return int(words) if words.isdigit() else int(parse_cn_number(words))


def _items_after(text: str, at: int):
    """The ways of the items the tally's sentence lists after it ('up', 'down', 'flat') — or, where it ends on the tally,
    the next sentence opening on 其中 ('…六涨一降。其中,…') —, clause by clause, a clause listing several items with one
    way ('A、B、C价格分别上涨2.2%、1.3%和0.9%', 'A、B价格均持平') counting each; None where a clause names two ways or
    none (no plain list)."""
    end = sentence_end(text, at, "。\n")
    if not _ITEM.search(text, at, end) and text.startswith("其中", end + 1):
        at, end = end + 1, sentence_end(text, end + 1, "。\n")
    ways = []
    for clause in _CLAUSE_BREAK.split(text[at:end]):
        found = list(_ITEM.finditer(clause))
        if not found:
            if ways:
                return None  # a clause of something else among the items
            continue  # (the words before the list: '的态势:', '其中')
        way = found[0]
        if len(found) > 1 or (way.group("way") != "持平" and not way.group("num")) or (ways and clause.lstrip().startswith("其中")):
            return None  # (two ways, no figure, or an item's own sub-item: '…,其中水、电及燃料价格上涨4.4%')
        figures = len(_LISTED_FIGURES.match(clause, way.start("num")).group(0).split("%")) - 1 if way.group("num") else 1
        # (names count where the clause says each moved alike — 分别, 均, or held — not '水、电及燃料价格上涨4.4%', one item)
        named = re.sub(r"(?:价格|类)?\s*(?:同比|环比)?\s*(?:分别|均)?\s*$", "", clause[:way.start()])
        alike = re.search(r"(?:分别|均)\s*$", clause[:way.start()]) or way.group("way") == "持平"
        ways += [_ITEM_WAY[way.group("way")]] * max(figures, len(named.split("、")) if alike else 1)
    return ways


# the figures a clause lists after its way: '2.2%、1.3%和0.9%'
_LISTED_FIGURES = re.compile(r"\d+(?:\.\d+)?\s*[%％](?:\s*(?:、|和|及)\s*\d+(?:\.\d+)?\s*[%％])*")


# the items counted: '70个大中城市中'
_POPULATION = re.compile(r"(?P<n>\d{1,4})\s*个(?P<what>[\u4e00-\u9fff]{2,8}?)(?:中|里)\s*[，,]")
# a way's count, and another period's after it: '下降的城市有64个', '按月上涨的有18个,1月有24个', '下跌45个'
_WAY_COUNT = re.compile(r"(?P<way>上涨|上升|下降|下跌|持平)(?:的)?(?:城市)?\s*(?:有|为)?\s*(?P<k>\d{1,4})\s*个"
                        r"(?:\s*[，,]\s*(?P<other>\d{1,2}\s*月(?:份)?|上月)\s*(?:有|为)\s*(?P<k2>\d{1,4})\s*个)?")
# a count, then the names it counts: '仍有2个,分别是厦门和大理'
_COUNT_NAMED = re.compile(r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:个|家|只|项|座|位|名|款|所|支|条|种)\s*[，,]\s*"
                          r"分别(?:是|为)\s*(?P<names>[^，,。；;：:（）()\d%％]+?)\s*(?=[，,。；;]|$)")
_LONGEST_NAME = 8


def _counted_ways(page) -> list[dict]:
    """Counts of items by the way they moved against the number of items they are of."""
    text, out = page.text, []
    for pop in _POPULATION.finditer(text):
        end = sentence_end(text, pop.end(), "。\n")
        # (one split of the items ends where a way is counted again: '…环比下降的城市有35个,持平的有20个,上涨的有15个(…);
        # 价格同比下降的城市有5个,持平的有1个,上涨的有64个' is two)
        run: list[re.Match] = []
        for count in _WAY_COUNT.finditer(text, pop.end(), end):
            if _ITEM_WAY[count.group("way")] in [_ITEM_WAY[c.group("way")] for c in run]:
                out += _split_by_way(page, pop, run)
                run = []
            run.append(count)
        out += _split_by_way(page, pop, run)
    return out


def _split_by_way(page, pop: re.Match, counts: list[re.Match]) -> list[dict]:
    """One run of counts by way against the number of items (and another period's, after each way's)."""
    text, out = page.text, []
    ways = sorted(_ITEM_WAY[c.group("way")] for c in counts)
    if ways not in (["down", "flat", "up"], ["down", "up"]):
        return []  # (every way counted once; or rising and falling, with none said to hold)
    n = Printed.of(pop.group("n"))
    columns = [("k", "")] + ([("k2", counts[0].group("other"))] if all(c.group("k2") for c in counts) else [])
    for group, other in columns:
        found = sum(int(c.group(group)) for c in counts)
        verdict = "consistent" if found == int(pop.group("n")) else "mismatch"
        note = "" if verdict == "consistent" else f"the {pop.group('what')} counted by way add up to {found}"
        if verdict == "mismatch" and "flat" not in ways and found < int(pop.group("n")):
            # (two ways short of all: the rest may have held — '下降的城市有1个,上涨的有69个' says none did only where they make 70)
            verdict, note = "unverifiable", f"the {pop.group('what')} counted rising and falling add up to {found}: the rest may have held"
        names = " + ".join(f"{c.group('way')} {c.group(group)}" for c in counts)
        out.append(make(sentence_marked(text, pop.span("n")), page.number, f"{pop.group('n')} = {names}{f' ({other})' if other else ''}",
                        {c.group("way"): int(c.group(group)) for c in counts}, n, Decimal(found), "", verdict, note,
                        cells=[("text", page.number, *pop.span("n"))] + [("text", page.number, *c.span(group)) for c in counts]))
    return out


def _count_named(page) -> list[dict]:
    """A count against the names listed after it."""
    text, out = page.text, []
    for m in _COUNT_NAMED.finditer(text):
        names = m.group("names").split("、")
        last = re.split(r"和|及|与", names[-1])
        if any(re.search(r"和|及|与", x) for x in names[:-1]) or len(last) > 2 or m.group("names").endswith("等"):
            continue  # (a list of phrases, not of names; or an open one)
        names = names[:-1] + last
        if len(names) < 2 or any(not 1 <= len(x.strip()) <= _LONGEST_NAME for x in names):
            continue
        stated = _number(m.group("n"))
        verdict = "consistent" if stated == len(names) else "mismatch"
        out.append(make(sentence_marked(text, m.span("n")), page.number, "names listed after it",
                        {"names": "、".join(x.strip() for x in names)}, Printed.of(str(stated)), Decimal(len(names)), "", verdict,
                        "" if verdict == "consistent" else f"{len(names)} names are listed", cells=[("text", page.number, *m.span("n"))]))
    return out
