"""Check family: a total a sentence states against the parts it lists after it
('单季新增贷款88亿，…，对公/票据贴现/零售分别新增66/19/3亿', '融资交易总量增长至19.2万笔。其中新车和
二手分别为9.9万笔和9.3万笔'): the parts' sum against the total, in one unit, with no line item or
table needed. The total is tied to its parts by the verb they share (新增 … 分别新增), or, where the
parts say only 分别为, it is the figure in the parts' unit just before 其中 (a change in amount,
'同比多增45亿', is no total). Parts summing to less than their total may leave some out (其他 is
seldom listed): unverifiable, never a mismatch — unless they are a split known whole (城镇 and 农村,
data/partitions.json) within 5% of it; parts summing to more are one.
Parts listed with 分别 and named by a measure ('国内和海外收入分别为60.0亿元和40.0亿元', '…分别实现收入…')
are of the figure of that measure just before them ('营业收入100.0亿元'), with no 其中 needed — unless
their names are periods or another's (2024年和2025年, 行业和公司).
Parts may also follow 其中 one clause each, every one naming its part before its figure
('销量3311万吨,同比下降16.0%,其中自产煤销量1882万吨,同比下降30.2%,贸易煤销量1429万吨'): a clause
of a change only (in percent or in amount, '同比多增0.16亿元') is passed over, any other clause ends
the parts; a part naming a measure (收入, 利润…) the total's words do not name is another figure, and
ends them too."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple, Optional, Sequence

from ... import calc, data_json
from ...document import Document
from ...quantities import COUNTED_UNITS, DISCRETE_UNITS, UNIT_MULT, in_base_unit, parse_cn_number, split_scale, unit_key
from ..checks import BOUND_WORDS, CURRENCY_OF_WORD, averages_of_subgroups, clause_before, formula_range, in_brackets, is_company_report, judge_formula, make, marked, money_scale, names_the_whole
from .partitions import NEAR_ENOUGH, REAL_GROWTH, crossing, is_complete, is_member, names_two_members, opens_on_a_period, overlapping, regions
from ..sentences import SHORT_NAME_ASIDE, BULLET, GROWTH_AFTER, GROWTH_WORDS, RATIO_NAMES, SIGNED_NUM, Sentence, figure_of, growth_of, moved_before, page_sentences
from .segments import MIX_FORMULA, MOST_PARTS, mixed_growth
from . import stated_change

# a unit after a figure: a scale and what it counts ('亿', '亿元', '万笔', '万辆', '亿客公里': data/counted_units.json)
_UNIT = rf"(?:万亿|千万|百万|十亿|亿|万|千)?(?:元|美元|港元|{COUNTED_UNITS})?"
# the verbs a part's figure and its total's share; 分别为 alone ties the parts to the figure before 其中
_VERBS = "新增|增加|减少|实现|交付|销售|售出|完成"
_NAME = r"[\u4e00-\u9fffA-Za-z]{1,8}"
# the verbs that make the parts and their total changes, so a part may be a fall
_CHANGE_VERBS = ("新增", "增加")
# a verb's noun, as the total may name it: '生息资产增量 4346 亿,其中,…分别增加1197 亿…'
_VERB_FORMS = {"增加": "增加|增量|增加额", "减少": "减少|减量|减少额"}
# (a breakdown by a dimension opens its parts too: '分地区来看,亚澳、欧洲、美洲、非洲区域分别实现主营业务收入…')
# (the dimensions a breakdown names; a measure's word may follow: '从分产业用电看')
_BY = r"(?:从)?分(?:地区|区域|产品|业务|渠道|品类|板块|产业|类型)[\u4e00-\u9fff]{0,2}?来?看"
# (an itemization of the figure stated before: '…各项资产减值准备共计34,068,377.91元 [1] - 各项资产减值准备具体金额为:应收账款坏账损失
# 7,190,023.85元、…')
_ITEMIZED = r"具体金额(?:分别)?为|具体(?:构成|明细)(?:如下|为)"
_OF_WHICH_WORDS = rf"其中|当中|结构上看|分结构看|具体来看|具体看|从结构看|{_BY}|{_ITEMIZED}"
# (those of them splitting by a dimension: of the whole (or, by region, of a region), not 'of which' any figure just before)
_BY_DIMENSION = re.compile(_BY)
_BY_REGION = re.compile(r"分(?:地区|区域)来?看")
# (each figure may carry its growth in brackets: '114.5亿元(同比+16.3%)、61.5亿元(同比+0.7%)', read apart)
_ELEMENT_BRACKET = r"(?:\s*[（(][^()（）]{0,16}[)）])?"
_PARTS = re.compile(
    rf"(?:(?P<of_which>{_OF_WHICH_WORDS})\s*[，,:：]?\s*)?(?P<names>{_NAME}(?:\s*(?:[/、]|和|及|与)\s*{_NAME}){{1,9}})\s*"
    rf"分别(?:(?P<verb>{_VERBS})\s*(?P<measure>主营业务收入|主营收入|收入|营收|营业收入)?|为|是|达到?)\s*"
    rf"(?P<nums>{SIGNED_NUM}\s*{_UNIT}{_ELEMENT_BRACKET}(?:\s*(?:[/、，,]|和|及)\s*{SIGNED_NUM}\s*{_UNIT}{_ELEMENT_BRACKET}){{1,9}})")
# parts after 其中 named and figured in two slash lists, with no 分别 (the lists pair them):
# '其中25Q3动力煤/炼焦煤销量3183/251万吨' (a period may open the list)
_SLASHED_PARTS = re.compile(
    rf"(?P<of_which>{_OF_WHICH_WORDS})\s*[，,:：]?\s*(?:\d{{2,4}}\s*(?:Q[1-4]|H[12]|年)?\s*)?"
    rf"(?P<names>{_NAME}(?:\s*/\s*{_NAME}){{1,9}})\s*(?:为|是|达到?)?\s*"
    rf"(?P<nums>{SIGNED_NUM}(?:\s*/\s*{SIGNED_NUM}){{1,9}}\s*{_UNIT})(?!\s*/\s*[\u4e00-\u9fffA-Za-z])")  # (no '元/吨': a price adds up to nothing)
_NUM_UNIT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")
# where one topic ends: a sentence's 。, a ；, a summary's bullet or citation mark
_TOPIC_END = re.compile(rf"[。；;]|{BULLET}|\[\d+\]")
# a change in amount is no total: '同比多增45亿', '较年初增加3亿'
# a net change named before its figure ('净闭店167家', '净增12家', '新开门店'): no level a 其中 list of levels splits
# a net line (利息净收入, 手续费及佣金净收入, 投资净收益, 净利息收入) and the parts of it that go out
_NET_LINE = re.compile(r"净(?:收入|收益|额)|净利息|净手续费")
_OUTGOING = re.compile(r"支出|费用|成本|损失")
_NET_CHANGE = re.compile(r"净(?:增加?|减少?|新增|新开|开店?|闭店?|关店?|关闭|流入|流出)|新开|关闭|闭店|开店")
# a period's flow: '上半年增加1.81万亿元' (not '增加值', an output's level)
_A_FLOW = re.compile(r"(?:增加|减少)\s*(?:了)?\s*(?:约\s*)?$")
# (同比 or 环比 right before a signed figure is one too: '环比-9万吨')
_A_CHANGE = re.compile(r"(?:同比|环比|较[^，,。]{0,6}?|比[^，,。]{0,4}?)\s*(?:分别)?\s*(?:多增|少增|增加|减少|增长|下降|提升|降低|[+＋\-−])\s*$"
                       r"|(?:同比|环比)\s*$")


def find(doc: Document) -> list[dict]:
    out = []
    # (a company report's 合计 after its parts; an industry note's is `ai_compute`'s)
    company = is_company_report(doc)
    for page in doc.pages:
        previous = figured = None
        sentences = page_sentences(page)
        for k, s in enumerate(sentences):
            listed = list(_PARTS.finditer(s.text))
            listed += [m for m in _SLASHED_PARTS.finditer(s.text) if not any(l.start() <= m.start() < l.end() for l in listed)]
            for m in listed:
                found = _check(s, m, previous)
                if found is not None:
                    check, total = found
                    out.append(check)
                    out += _shares(s, m, total, check)
                    if check["verdict"] in ("consistent", "rounding"):
                        out += filter(None, [_listed_mix(s, m, total)])
            for m in re.finditer(_OF_WHICH_WORDS, s.text):
                if not any(l.start() <= m.start() < l.end() for l in listed):
                    # ('具体看,…' breaks down the last figure stated, past a sentence of words alone: '…1089.69吨,同比增长8.78%。
                    # 在一系列提振消费政策推动下,…。具体看,…黄金首饰706.48吨')
                    before = figured if m.group(0).startswith("具体") else previous
                    out += _check_clauses(s, m, before, following=sentences[k + 1:k + 2 + MOST_SENTENCES],
                                          further=sentences[k - 2] if k >= 2 and before is previous else None)
                out += _share_after(s, m, previous, company)
            for m in _IN_THE_TOTAL.finditer(s.text):
                # ('在2020年结婚登记的814.33万对人中,内地居民登记结婚共计812.6万对,…': the total inside the cue)
                out += _check_clauses(s, _IN_ENDS.match(s.text, m.end("total")), previous)
            for m in _NAMED_OF_WHICH.finditer(s.text):
                out += _check_clauses(s, m, previous, named=m.group("name") or m.group("segment") or m.group("part"),
                                      earlier=sentences[max(0, k - NAMED_REACH):max(0, k - 1)])
            out += _members_by_outcome(s)
            if company:
                out += _total_after_parts(s)
            out += _bracketed_breakdown(s)
            out += _changes_split(s)
            out += _listed_changes_then_total(s)
            out += _moves_to_levels(s)
            out += _known_whole_members(s, previous, sentences[max(0, k - NAMED_REACH):max(0, k - 1)])
            previous = s
            if re.search(r"\d", s.text) or _MEASURE.search(s.text):
                figured = s  # (a sentence of words naming a measure names what the breakdown after it is of: '然而,非利息净收入
                # 板块表现疲软。具体来看,手续费及佣金净收入仅3.75亿元…')
        out += ledger_totals(page)
    return out


# a breakdown set out as a ledger, a bullet a line and the total under them (a rule between):
#   - OpenAI API费用:$4,800/月
#   - 向量数据库(Pinecone):$150/月
#   ────────────
#   总计:$5,150/月
_LEDGER_LINE = re.compile(rf"^\s*[-–•·*]\s*(?P<name>[^:：\n]{{1,30}}?)\s*[:：]\s*(?P<cur>[$¥￥])?\s*(?P<num>{SIGNED_NUM})\s*"
                          rf"(?P<unit>{_UNIT})\s*(?P<per>/\s*[\u4e00-\u9fffA-Za-z]{{1,3}})?")
_LEDGER_RULE = re.compile(r"^\s*[─━—\-=_]{3,}\s*$")
_LEDGER_TOTAL = re.compile(rf"^\s*(?:总计|合计|共计|总和)\s*[:：]\s*(?P<cur>[$¥￥])?\s*(?P<num>{SIGNED_NUM})\s*"
                           rf"(?P<unit>{_UNIT})\s*(?P<per>/\s*[\u4e00-\u9fffA-Za-z]{{1,3}})?")


def ledger_totals(page) -> list[dict]:
    """Each total under a ledger of bulleted amounts: the sum of the bullets right above it (a rule
    line may stand between), where every one is in the total's currency, unit and per-period."""
    out, lines, at = [], page.text.split("\n"), 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        total = _LEDGER_TOTAL.match(line)
        if not total:
            continue
        j = i - 1
        if j >= 0 and _LEDGER_RULE.match(lines[j]):
            j -= 1
        parts = []
        while j >= 0 and (m := _LEDGER_LINE.match(lines[j])):
            parts.append((j, m))
            j -= 1
        parts.reverse()
        per = re.sub(r"\s", "", total.group("per") or "")
        if len(parts) < 2 or any((m.group("cur") or "", m.group("unit")) != (total.group("cur") or "", total.group("unit"))
                                 or re.sub(r"\s", "", m.group("per") or per) != per for _, m in parts):
            continue  # a line in another currency, unit or period ('$0' may leave its '/月' out)
        if any(m.group("num").startswith(("-", "−")) for _, m in parts):
            continue
        # the parts' places on the page (a page-wide span holds them), the total's in its own line
        figures = [(m.group("num"), starts[k] + m.start("num"), starts[k] + m.end("num")) for k, m in parts]
        names = [m.group("name").strip() for _, m in parts]
        unit = (total.group("cur") or "") + total.group("unit") + (total.group("per") or "")
        out.append(_judged(Sentence(page.text, page.number, 0), (Sentence(line, page.number, starts[i]), total, 0),
                           names, figures, unit))
    return out


# a figure with its breakdown in brackets right after it, the parts' names slashed and their figures so too:
# '第一类茶饮店896家(一线/新一线/二线/其他各309/294/213/80家)', '营收100亿元(国内/海外分别为60/40亿元)'
_BRACKETED = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})\s*[（(]\s*(?P<names>{_NAME}(?:\s*/\s*{_NAME}){{1,9}})\s*"
                        rf"(?:各|分别为?|分别是)\s*(?P<nums>{SIGNED_NUM}(?:\s*/\s*{SIGNED_NUM}){{1,9}})\s*(?P<unit2>{_UNIT})\s*[)）]")


# a figure and its parts in a bracket right after it, each named before its own figure and unit:
# '共有1363家门店(自营1322家、加盟41家)', '新开28家(自营店25家、加盟店3家)'
_BRACKETED_PAIRS = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})[\u4e00-\u9fff]{{0,4}}\s*[（(]\s*"
                              rf"(?P<pairs>[\u4e00-\u9fff]{{1,6}}\s*{SIGNED_NUM}\s*{_UNIT}"
                              rf"(?:\s*[、，,/]\s*[\u4e00-\u9fff]{{1,6}}\s*{SIGNED_NUM}\s*{_UNIT}){{1,8}})\s*[)）]")
_NAMED_FIGURE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,6}})\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")


def _bracketed_breakdown(s) -> list[dict]:
    """A figure against the parts its bracket lists right after it, one name a figure, in its unit
    ('(线上/线下分别为…)', or each name before its figure: '1363家门店(自营1322家、加盟41家)'; a part printed in another
    size of the measure converted to the total's: '6.2GW(集中式项目 5.8GW,分布式项目 404MW)')."""
    out = []
    for m in _BRACKETED_PAIRS.finditer(s.text):
        pairs = list(_NAMED_FIGURE.finditer(m.group("pairs")))
        scales = [_scale_to(p.group("unit"), m.group("unit")) for p in pairs]
        if not unit_key(m.group("unit")) or None in scales or any(_A_CHANGE_WORD.search(p.group("name")) for p in pairs):
            continue  # one unit for all, or one measure's (no share, no change: '(同比+5家)')
        at = m.start("pairs")
        out.append(_judged(s, (s, m, 0), [p.group("name") for p in pairs],
                           [(p.group("num"), at + p.start("num"), at + p.end("num")) for p in pairs], m.group("unit"), scales=scales))
    for m in _BRACKETED.finditer(s.text):
        names = re.split(r"\s*/\s*", m.group("names"))
        figures = [(f.group(0), m.start("nums") + f.start(), m.start("nums") + f.end())
                   for f in re.finditer(SIGNED_NUM, m.group("nums"))]
        unit, unit2 = unit_key(m.group("unit")), unit_key(m.group("unit2") or m.group("unit"))
        if len(names) != len(figures) or unit != unit2 or not unit:
            continue
        out.append(_judged(s, (s, m, 0), names, figures, m.group("unit")))
    return out


# a change in amount, then after 其中 the parts' changes in the same words: '总销量同比增长440万吨,同比+24%,其中水产料、
# 猪料、禽料销量分别同比增长90、170、180万吨'
_CHANGE_WORDS = "增长|增加|多增|减少|下降|少增"
_TOTAL_CHANGE = re.compile(rf"(?P<base>同比|环比)\s*(?P<verb>{_CHANGE_WORDS})\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")
_PARTS_CHANGES = re.compile(rf"(?:{_OF_WHICH_WORDS})\s*[，,:：]?\s*(?P<names>{_NAME}(?:\s*(?:[/、]|和|及|与)\s*{_NAME}){{1,9}})\s*"
                            rf"(?:[\u4e00-\u9fff]{{1,4}})?\s*分别\s*(?P<base>同比|环比)\s*(?P<verb>{_CHANGE_WORDS})\s*"
                            rf"(?P<nums>{SIGNED_NUM}(?:\s*(?:[/、，,]|和|及)\s*{SIGNED_NUM}){{1,9}})\s*(?P<unit>{_UNIT})")


def _changes_split(s) -> list[dict]:
    """A change in amount against the parts' changes its 其中 lists in the same words, base and unit: their
    sum where it reproduces the total's; a sum that does not is unverifiable, never a mismatch (a part not
    listed may have moved either way)."""
    out = []
    for m in _PARTS_CHANGES.finditer(s.text):
        totals = [t for t in _TOTAL_CHANGE.finditer(s.text, 0, m.start())
                  if (t.group("base"), t.group("verb"), unit_key(t.group("unit"))) ==
                  (m.group("base"), m.group("verb"), unit_key(m.group("unit"))) and unit_key(t.group("unit"))]
        figures = [(f.group(0), m.start("nums") + f.start(), m.start("nums") + f.end())
                   for f in re.finditer(SIGNED_NUM, m.group("nums"))]
        names = _paired_names(m.group("names"), len(figures))
        if not totals or len(names) != len(figures) or _TOPIC_END.search(s.text, totals[-1].end(), m.start()):
            continue
        check = _judged(s, (s, totals[-1], 0), names, figures, m.group("unit"))
        if check["verdict"] == "mismatch":
            check.update(verdict="unverifiable", note="the parts listed may not be all of it: a part not listed may "
                                                      "have moved either way")
        out.append(check)
    return out


# a count's move to its level, then 其中 its parts' moves to theirs, one clause each ('经销商减少147家至640家,其中境内减少141家至
# 597家,境外减少6家至43家'): the levels are `_check_clauses`' parts; the moves add up too
_MOVE_WORDS = "增加|减少|新增|净增|净减|下降|增长"
_MOVE_TO_LEVEL = rf"(?P<verb>{_MOVE_WORDS})\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})\s*至\s*(?P<level>{SIGNED_NUM})\s*(?:{_UNIT})"
_TOTAL_MOVE = re.compile(_MOVE_TO_LEVEL + r"\s*[，,]\s*其中\s*[，,:：]?")
_PART_MOVE = re.compile(rf"\s*(?P<name>[\u4e00-\u9fffA-Za-z]{{1,8}}?)\s*{_MOVE_TO_LEVEL}\s*(?P<sep>[，,、；;]|$)?")


def _moves_to_levels(s) -> list[dict]:
    """A total's move to its level against its parts' moves to theirs, after 其中 (see `_TOTAL_MOVE`): all in one
    unit, each part's way its own (a part moving the other way counts against)."""
    out = []
    for t in _TOTAL_MOVE.finditer(s.text):
        at, parts = t.end(), []
        while (m := _PART_MOVE.match(s.text, at)) and unit_key(m.group("unit")) == unit_key(t.group("unit")):
            parts.append(m)
            at = m.end()
            if not m.group("sep") or m.group("sep") in "；;":
                break
        if len(parts) < 2:
            continue
        up = lambda verb: verb in ("增加", "新增", "净增", "增长")  # noqa: E731
        signs = [1 if up(m.group("verb")) == up(t.group("verb")) else -1 for m in parts]
        check = _judged(s, (s, t, 0), [m.group("name") + m.group("verb") for m in parts],
                        [(m.group("num"), m.start("num"), m.end("num")) for m in parts], t.group("unit"), signs)
        levels = [figure_of(m.group("level")) for m in parts]
        if check["verdict"] == "unverifiable" and calc.judge_sum(levels, figure_of(t.group("level")))[0] != "mismatch":
            # the parts' levels make the total's: they are all of it, so their moves must make its move
            verdict, exact = judge_formula(_summed, [figure_of(m.group("num")).signed(sign) for m, sign in zip(parts, signs)],
                                           figure_of(t.group("num")))
            check.update(verdict=verdict, note="the parts' levels make the total's, so they are all of it")
        out.append(check)
    return out


# changes listed with their signs after 分别, then their total change later in the sentence: '经销商数量分别+76/+64/+12/+48家
# 至560/541/635/532家,上半年经销商数量较年初合计增加达200家'
_LISTED_CHANGES = re.compile(rf"分别\s*(?:净)?\s*(?P<nums>[+＋\-−]\s*\d+(?:\.\d+)?(?:\s*/\s*[+＋\-−]?\s*\d+(?:\.\d+)?){{1,9}})\s*"
                             rf"(?P<unit>{_UNIT})")
_THEIR_TOTAL_CHANGE = re.compile(rf"合计\s*(?:净)?\s*(?P<dir>增加|新增|增长|减少|下降)\s*(?:了|达到?|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})")


def _listed_changes_then_total(s) -> list[dict]:
    """Signed changes listed after 分别 and the total change the sentence states after them: their sum where it
    reproduces the total; a sum that does not is unverifiable (a part not listed may have moved either way)."""
    out = []
    for m in _LISTED_CHANGES.finditer(s.text):
        total = _THEIR_TOTAL_CHANGE.search(s.text, m.end())
        if total is None or unit_key(total.group("unit")) != unit_key(m.group("unit")) or not unit_key(m.group("unit")):
            continue
        parts = [(re.sub(r"\s+", "", f.group(0)).replace("＋", "+").replace("−", "-"), m.start("nums") + f.start(), m.start("nums") + f.end())
                 for f in re.finditer(r"[+＋\-−]?\s*\d+(?:\.\d+)?", m.group("nums"))]
        printed = figure_of(total.group("num"))
        if total.group("dir") in ("减少", "下降"):
            printed = printed.signed(-1)
        verdict, exact = judge_formula(_summed, [figure_of(p) for p, _, _ in parts], printed)
        note = ""
        if verdict == "mismatch":
            verdict, note = "unverifiable", "the parts listed may not be all of it: a part not listed may have moved either way"
        cells = [("text", s.page, s.start + total.start("num"), s.start + total.end("num"))] + [
            ("text", s.page, s.start + a, s.start + b) for _, a, b in parts]
        out.append(make(marked(s.text, total.start("num"), total.end("num")), s.page,
                        _signed_sum([p for p, _, _ in parts]) + total.group("unit"),
                        {f"part {i + 1}": figure_of(p) for i, (p, _, _) in enumerate(parts)}, printed, exact,
                        total.group("unit"), verdict, note, cells=cells))
    return out


def _signed_sum(terms: list[str]) -> str:
    """'+76', '-13', '+23' written as a sum: '76 − 13 + 23'."""
    terms = [t.lstrip("+") for t in terms]
    return terms[0] + "".join(f" − {t[1:]}" if t.startswith("-") else f" + {t}" for t in terms[1:])


# a name that is a change's, not a part's ('同比', '环比', '较年初', '净增')
_A_CHANGE_WORD = re.compile(r"同比|环比|较|比|增|减|降|升|约|超")


# the name of a part that is the rest of a whole ('其他', '其余', '其他业务收入') — not a line item that opens on the
# word ('其他权益工具投资', '其他应收款')
_REST = r"(?:其他|其余|其它)(?:业务|产品|地区|区域|品类|类|部分|项目|市场|渠道)?(?:收入|营收)?"
# (or a part joined to it: '批发及其他')
_CATCH_ALL_NAME = re.compile(rf"(?:^|(?<=[及和与]))\s*{_REST}\s*$")


# a total after the amounts it adds up: '计提资产减值准备8.85亿元,信用减值损失3212万元,合计影响利润总额9.17亿元'
_MONEY = r"(?:万亿|千万|百万|十亿|亿|万|千)?(?:元|美元|港元)"
_TOTAL_AFTER = re.compile(rf"(?:合计|总计|共计)\s*[\u4e00-\u9fff]{{0,8}}?\s*(?:为|达到?|约)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_MONEY})")
_AMOUNT_BEFORE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_MONEY})")
_LESS = re.compile(r"减少|减利|拖累|亏损|损失")
# a part named as the rest of a whole: its clause opens on it ('其他业务收入5.0亿元')
_CATCH_ALL_PART = re.compile(rf"\s*{_REST}\s*(?:约为?|为|达到?)?\s*$")


# a clause of a list of parts one to a clause, opening on the part's name and amount (after the list's label, the first):
# '区域维度:北区14.37 亿元(同比+3.83%),2025Q3(同比+9.15%)'
_NAMED_AMOUNT_CLAUSE = re.compile(rf"\s*(?:[\u4e00-\u9fffA-Za-z]{{2,8}}\s*[:：]\s*)?[\u4e00-\u9fffA-Za-z]{{1,8}}\s*{SIGNED_NUM}\s*{_MONEY}")


def _clauses_of_parts(text: str, begin: int) -> int:
    """Where a total's topic begins, taken back over the clauses before it that a ； parts where each opens on a
    part's name and amount ('北区14.37 亿元(…);中区16.77 亿元(…);南区8.22 亿元(…);总计39.36 亿元'): one list."""
    while begin > 0 and text[begin - 1] in "；;":
        previous = max((e.end() for e in _TOPIC_END.finditer(text, 0, begin - 1)), default=0)
        if not _NAMED_AMOUNT_CLAUSE.match(text, previous, begin - 1):
            break
        begin = previous
    return begin


# amounts listed with one unit after the last ('华北/华东/华南/华西区域分别实现营收2.31/5.34/4.82/2.19亿元'): each is one
_SLASHED_AMOUNTS = re.compile(rf"(?P<nums>{SIGNED_NUM}(?:\s*/\s*{SIGNED_NUM}){{1,9}})\s*(?P<unit>{_MONEY})")


class _Element:
    """One figure of a slashed list, answering as the match of one amount would (group, start, end)."""

    def __init__(self, num: str, unit: str, at: int, unit_end: int):
        self._num, self._unit, self._at, self._unit_end = num, unit, at, unit_end

    def group(self, name: str) -> str:
        return {"num": self._num, "unit": self._unit}[name]

    def start(self, name: Optional[str] = None) -> int:
        return self._at

    def end(self, name: Optional[str] = None) -> int:
        return self._at + len(self._num) if name == "num" else self._unit_end


def _amounts_before(text: str, begin: int, end: int) -> list:
    """The amounts between `begin` and `end`, a slashed list's figures each one."""
    out = []
    slashed = list(_SLASHED_AMOUNTS.finditer(text, begin, end))
    for lst in slashed:
        for n in re.finditer(SIGNED_NUM, lst.group("nums")):
            out.append(_Element(n.group(0), lst.group("unit"), lst.start("nums") + n.start(), lst.end()))
    out += [a for a in _AMOUNT_BEFORE.finditer(text, begin, end) if not any(l.start() <= a.start() < l.end() for l in slashed)]
    return sorted(out, key=lambda a: a.start())


def _total_after_parts(s) -> list[dict]:
    """A total after the amounts its clause-run lists before it, in one currency (each at its own
    scale), each less than the total: their sum. A change in amount ('同比增加3亿元') or an amount
    with its growth is no part; parts short of the total may leave some out (unverifiable)."""
    out = []
    for m in _TOTAL_AFTER.finditer(s.text):
        # (from the topic's start: a summary's bullet or citation mark opens another, '…[18] 股东回报 - 2025年中期分红…')
        begin = _clauses_of_parts(s.text, max((e.end() for e in _TOPIC_END.finditer(s.text, 0, m.start())), default=0))
        scale, currency = money_scale(m.group("unit"))
        total = figure_of(m.group("num")).times(scale)
        parts, listed = [], []
        for a in _amounts_before(s.text, begin, m.start()):
            k, cur = money_scale(a.group("unit"))
            if cur != currency or _A_CHANGE.search(s.text, max(begin, a.start() - 12), a.start()):
                parts = []
                break  # another currency, or a change: not a list of the total's parts
            parts.append(figure_of(a.group("num")).times(k))
            listed.append(a)
        losses = bool(parts) and all(p.value < 0 for p in parts) and bool(_LESS.search(m.group(0)))
        if losses:  # losses, then what they take off together: '投资收益(-5.55亿元)与公允价值变动收益(-4.08亿元)…合计减少利润9.63亿元'
            parts = [p.signed(-1) for p in parts]
        if len(parts) < 2 or any(p.value <= 0 or p.value >= total.value for p in parts):
            continue
        verdict, exact = judge_formula(_summed, parts, total)
        note = ""
        # (a part named as the rest, '其他业务收入5.0亿元', makes the list whole: a sum short of the total is then wrong)
        catch_all = any(_CATCH_ALL_PART.match(clause_before(s.text, a.start())) for a in listed)
        if verdict == "mismatch" and (formula_range(_summed, parts) or (exact, exact))[1] < total.value and not catch_all:
            verdict, note = "unverifiable", "the parts listed may not be all of it: a part not listed would make up the rest"
        printed = figure_of(m.group("num"))
        formula = " + ".join(a.group("num").lstrip("-−") + a.group("unit") if losses else a.group("num") + a.group("unit")
                             for a in listed) + (" (losses, as what they take off)" if losses else "")
        cells = [("text", s.page, s.start + m.start("num"), s.start + m.end("num"))] + [
            ("text", s.page, s.start + a.start("num"), s.start + a.end("num")) for a in listed]
        out.append(make(marked(s.text, m.start("num"), m.end("num")), s.page, formula,
                        {f"part {i + 1}": p for i, p in enumerate(parts)}, printed,
                        exact / scale if exact is not None else None, m.group("unit"), verdict, note, cells=cells))
        if verdict in ("consistent", "rounding") and not losses:
            mix = _mix_after(s, m, listed)
            if mix is not None:
                out.append(mix)
    return out


# the parts' growths listed right after them, one each: '…分别为2.42/2.93万台,同比+18.03%/23.91%'
_GROWTHS_LISTED = re.compile(r"\s*[，,]?\s*(?:同比|yoy|YoY)\s*(?:分别)?\s*(?:为|增长|增加|上升|提高|提升)?\s*(?P<nums>[+＋\-−]?\d+(?:\.\d+)?\s*%?"
                             r"(?:\s*[/、]\s*[+＋\-−]?\d+(?:\.\d+)?\s*%?){1,9})\s*%?")


def _listed_mix(s, m: re.Match, total: tuple) -> Optional[dict]:
    """The total's growth from a 分别 list of parts and the list of their growths right after it, where the parts add
    up to the total and it states its growth right after its figure ('挖掘机销量合计为5.35万台,同比+21.17%,其中内销/出口
    分别为2.42/2.93万台,同比+18.03%/23.91%')."""
    after = _GROWTHS_LISTED.match(s.text, m.end())
    where, t, offset = total
    said = growth_of(GROWTH_AFTER.match(where.text, offset + t.end()))
    figures = _figures_of(m)
    if after is None or said is None or said[1] != "同比" or len(figures) > MOST_PARTS:
        return None
    growths = [g for g in re.finditer(r"[+＋\-−]?\d+(?:\.\d+)?", after.group("nums"))]
    if len(growths) != len(figures):
        return None
    rates = [figure_of(g.group(0).replace("＋", "+").replace("−", "-")) for g in growths]
    if any(r.value <= -100 for r in rates):
        return None
    # (each amount in the total's unit: '4.7亿人次、5269.8万人次' weigh as 4.7 and 0.52698)
    amounts = [figure_of(f.group("num")).times(_scale_to(f.group("unit") or figures[-1].group("unit"), t.group("unit")) or 1)
               for f in figures]
    verdict, exact = judge_formula(mixed_growth(len(figures)), amounts + rates, said[0])
    names = _paired_names(m.group("names"), len(figures))
    stated = GROWTH_AFTER.match(where.text, offset + t.end())
    a, b = offset + stated.start("num"), offset + stated.end("num")
    base = m.start("nums")
    cells = [("text", where.page, where.start + a, where.start + b)] + [
        ("text", s.page, s.start + base + f.start("num"), s.start + base + f.end("num")) for f in figures] + [
        ("text", s.page, s.start + after.start("nums") + g.start(), s.start + after.start("nums") + g.end()) for g in growths]
    inputs = {f"{n} ({f.group('unit') or figures[-1].group('unit')})": v for n, f, v in zip(names, figures, amounts)} | {
        f"{n} 同比 (%)": r for n, r in zip(names, rates)}
    note = f"the parts add up to the total {t.group('num')}{t.group('unit')}: its base is the sum of theirs"
    return make(marked(where.text, a, b), where.page, MIX_FORMULA.format(" + ".join(names)), inputs, said[0], exact, "%",
                verdict, note, cells=cells)


def _name_before(text: str, at: int) -> str:
    """The name right before a figure in its clause ('北区' of '北区14.37 亿元'), or ''."""
    m = re.search(r"([\u4e00-\u9fffA-Za-z]{1,8})\s*$", clause_before(text, at))
    return m.group(1) if m else ""


def _mix_after(s, total: re.Match, listed: list[re.Match]) -> Optional[dict]:
    """The total's growth from its parts' where each amount, the total's too, has its growth right after it
    ('北区14.37 亿元(同比+3.83%);…;南区8.22 亿元(同比+13.73%);总计39.36 亿元(同比+13.91%)'): the parts add up to it,
    so its base is the sum of theirs."""
    said = GROWTH_AFTER.match(s.text, total.end())
    stated = [GROWTH_AFTER.match(s.text, a.end()) for a in listed]
    grown = [growth_of(g) for g in stated]
    if growth_of(said) is None or None in grown or len(listed) > MOST_PARTS or \
            any(basis != growth_of(said)[1] for _, basis in grown) or any(g.value <= -100 for g, _ in grown):
        return None
    amounts = [figure_of(a.group("num")) for a in listed]
    printed = growth_of(said)[0]
    verdict, exact = judge_formula(mixed_growth(len(listed)), amounts + [g for g, _ in grown], printed)
    names = [_name_before(s.text, a.start()) or f"part {i + 1}" for i, a in enumerate(listed)]
    inputs = {f"{n} ({a.group('unit')})": amount for n, a, amount in zip(names, listed, amounts)} | {
        f"{n} {basis} (%)": g for n, (g, basis) in zip(names, grown)}
    cells = [("text", s.page, s.start + said.start("num"), s.start + said.end("num"))] + [
        c for a, g in zip(listed, stated) for c in (("text", s.page, s.start + a.start("num"), s.start + a.end("num")),
                                                    ("text", s.page, s.start + g.start("num"), s.start + g.end("num")))]
    note = f"the parts add up to the total {total.group('num')}{total.group('unit')}: its base is the sum of theirs"
    verdict, note = _fallen_part_excuse(verdict, note, printed, exact)
    return make(marked(s.text, said.start("num"), said.end("num")), s.page, MIX_FORMULA.format(" + ".join(names)), inputs,
                printed, exact, "%", verdict, note, cells=cells)


def _names(listed: str, marks_only: bool = False) -> list[str]:
    """The parts' names, the measure the last one ends in given to the others ('国内和海外收入':
    国内收入, 海外收入); parted by the list's marks only, where 和 and 及 join words within a name
    ('线下/线上/批发及其他': three)."""
    names = re.split(r"\s*(?:[/、])\s*" if marks_only else r"\s*(?:[/、]|和|及|与)\s*", listed)
    measure = re.search(rf"(?:{_MEASURE.pattern})$", names[-1])
    if measure and not any(_MEASURE.search(n) for n in names[:-1]):
        names = [n + measure.group(0) for n in names[:-1]] + names[-1:]
    return names


def _figures_of(m: re.Match) -> list[re.Match]:
    """A list's figures with their units, none from inside a bracket ('114.5亿元(同比+16.3%)': 114.5亿元)."""
    nums = re.sub(r"[（(][^()（）]*[)）]", lambda b: " " * len(b.group(0)), m.group("nums"))
    return list(_NUM_UNIT.finditer(nums))


def _same_measures(names: list[str]) -> bool:
    """Whether the measures the names print are one ('收入' and '营收' are)."""
    measures = {_KIND_OF.get(m.group(0), m.group(0)) for n in names if (m := _MEASURE.search(n))}
    return len({tuple(_measure_words(x)) for x in measures}) <= 1


# a bank's loans are assets and its deposits liabilities: '贷款、金融投资、同业资产' are parts of one 生息资产, '存款、同业负债'
# of one 付息负债
_KIND_OF = {"贷款": "资产", "存款": "负债"}


def _paired_names(listed: str, count: int) -> list[str]:
    """The names of a list of `count` figures: parted by 和 and 及 too, unless that makes too many."""
    names = _names(listed)
    return names if len(names) == count else _names(listed, marks_only=True)


def _check(s, m: re.Match, previous) -> Optional[tuple[dict, tuple]]:
    """The check of parts listed with 分别 against their total, and the total (as `_total` gives it)."""
    figures = _figures_of(m)
    names = _paired_names(m.group("names"), len(figures))
    # (parts of a change may fall: '生息资产增量4346亿,其中,贷款、金融投资、同业资产分别增加1197亿、3415亿、-266亿')
    falls = any(f.group("num").startswith(("-", "−")) for f in figures)
    if len(names) != len(figures) or (falls and m.groupdict().get("verb") not in _CHANGE_VERBS):
        return None  # names and figures do not pair, or a part of a level is a fall
    if not _same_measures(names):
        return None  # lines of different measures ('营收/归母净利润/扣非净利润24.57/3.62/2.92亿元'): no parts of one total
    unit = figures[-1].group("unit")
    if not unit or any(f.group("unit") and _scale_to(f.group("unit"), unit) is None for f in figures):
        return None  # parts in no unit, or in units of different things
    # (parts in two scales of one unit, '4.7亿人次、5269.8万人次': the total is in one of them)
    total = next(filter(None, (_total(s, m, previous, u) for u in dict.fromkeys(f.group("unit") or unit for f in figures))), None)
    if total is None:
        return None
    unit = total[1].group("unit")
    scales = [_scale_to(f.group("unit") or figures[-1].group("unit"), unit) for f in figures]
    base = m.start("nums")
    check = _judged(s, total, names, [(f.group("num"), base + f.start("num"), base + f.end("num")) for f in figures], unit,
                    scales=scales, changes=falls)
    if isinstance(total, PartsOfAPart) and check["verdict"] == "mismatch":
        check.update(verdict="unverifiable", note="the parts may split the company's whole, not this part's figure")
    return check, total


# the parts' shares of their total right after them: '…分别为70.0亿元和30.0亿元，占比分别为70.0%和30.0%'
_SHARES_AFTER = re.compile(rf"\s*[，,]?\s*(?:各自)?(?:占比|占营收比重|占收入比重|占总收入比重|占营业收入比重|收入占比|营收占比)\s*"
                           rf"(?:分别)\s*(?:为|是|达)?\s*(?P<nums>{SIGNED_NUM}\s*%(?:\s*(?:[/、，,]|和|及)\s*{SIGNED_NUM}\s*%){{1,9}})")


def _shares(s, m: re.Match, total: tuple, summed: dict) -> list[dict]:
    """Each part's share of the total its sum was judged against, where the parts add up to it
    and the sentence states their shares right after them, one each (part ÷ total × 100)."""
    after = _SHARES_AFTER.match(s.text, m.end())
    if after is None or summed["verdict"] not in ("consistent", "rounding"):
        return []
    shares = list(re.finditer(SIGNED_NUM, after.group("nums")))
    parts = _figures_of(m)
    if len(shares) != len(parts):
        return []
    total_num = total[1].group("num")
    whole = figure_of(total_num)
    out = []
    for name, part, share in zip(_paired_names(m.group("names"), len(parts)), parts, shares):
        a, b = after.start("nums") + share.start(), after.start("nums") + share.end()
        printed, amount = figure_of(share.group(0)), figure_of(part.group("num"))
        verdict, exact = judge_formula(lambda x, t: x / t * 100, [amount, whole], printed)
        out.append(make(marked(s.text, a, b), s.page, f"{name} {part.group('num')} ÷ total {total_num} × 100",
                        {name: amount.value, "total": whole.value}, printed, exact, "%", verdict,
                        cells=[("text", s.page, s.start + a, s.start + b)]))
    return out


# a clause after 其中 naming a part and its figure: '自产煤销量1882万吨', '跟踪支架约52.1亿元', 'FVTPL 资产 7,929 亿元',
# '萤火虫品牌则交付1.25万台',
# '国际/港澳台业务量13.8亿件' (a slash between words joins them; between figures it lists them),
# 'AIoT及BPaS解决方案服务收入为人民币1,063.8百万元' (a name of up to twenty-eight characters: '公司拟为资产负债率70%以上的控股子公司担保的额度')
# (a bracket in words glossing the part is its name's: '动力电池正极材料(含三元材料、磷酸铁锂等)实现销量5.30万吨')
_PART_CLAUSE = re.compile(rf"\s*(?P<name>(?:[A-Za-z][A-Za-z0-9]{{0,7}} )?(?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[\u4e00-\u9fff])[/、](?=[\u4e00-\u9fff])"
                          # (a bound of a ratio naming the part: '为资产负债率70%以上的控股子公司担保的额度为4.9亿元')
                          rf"|(?<=\d)%(?=以上|以下|及以上|及以下|以内)"
                          rf"|(?<=[\u4e00-\u9fff])[（(][^()（）\d%，,；;]{{1,24}}[)）]){{1,28}}?)\s*"
                          # (an aside between the name and its figure: '参加生育保险职工(自2015年3月起用人单位按…缴纳)1132.51万人')
                          rf"(?P<aside>[（(][^()（）%％，,；;]{{1,40}}[)）])?\s*(?:则|也|亦)?\s*(?:累计完成|累计实现|完成|实现|累计|贡献|交付|销售|售出)?\s*(?:约为|约|为|达到?|合计)?\s*[:：]?\s*"
                          # (its change first, then the figure it came to: '社交网络收入按年增长5%至323亿元')
                          rf"(?P<grown>{GROWTH_WORDS}{SIGNED_NUM}\s*%\s*(?:至|到|达到?)\s*)?"
                          # (its measure may follow the figure: '智能电动汽车业务贡献283亿元收入'; an announcement's currency may
                          # stand before it: '社区空间居住消费服务收入为人民币11,325.0百万元')
                          # (or, after a counter, the thing counted: '个人保险公司今年新增了3.53亿份保单', '销售12万辆汽车')
                          rf"(?:人民币|港币)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})\s*(?P<measure>收入|营收|利润|净利润|毛利)?"
                          rf"(?:(?<=[份辆台件只头套张部艘架个])(?!以上|以下|左右|多|余)[\u4e00-\u9fff]{{1,3}})?\s*(?:[（(][^）)]*[)）])?\s*$")
# a part named after its figure by where it goes: '其中8,695.6522万元计入注册资本,91,304.3478万元计入资本公积金' (the
# groups the code reads of a part named before it, empty)
_PART_NAMED_AFTER = re.compile(rf"\s*(?:其余|剩余|余下)?(?:的)?\s*(?:人民币)?\s*(?P<aside>)(?P<grown>)(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})(?P<measure>)\s*"
                               rf"(?P<name>(?:计入|用于|投入)[\u4e00-\u9fff]{{2,12}})\s*$")
_FIGURE_IN_ASIDE = re.compile(r"\d\s*(?:万|亿|千|百)?\s*(?:元|人|吨|户|家|个|辆|件|台|次|美元)")
# a part a text may print negative: a loss or a profit, a reversal of a charge ('其他应收款坏账损失 -128,001.79元')
_SIGNED_ITEM = re.compile(r"(?:损失|亏损|利润|收益|损益|净额)\s*$")
# a clause of a change only ('同比下降30.2%', '(环比+10.36%)'), passed over between parts
# (同比 may say its base again: '同比去年同期增加1.45 %')
_CHANGE_CLAUSE = re.compile(rf"\s*[（(]?\s*(?:同比(?:去年|上年)?(?:同期)?|环比|按年|按季|yoy|YoY|YOY|qoq|QoQ|QOQ|较(?:\d{{4}}年)?[\u4e00-\u9fff]{{0,6}}|比(?:去年|上年)同期)?\s*(?:分别)?\s*(?:小幅|大幅|显著|明显)?\s*"
                            rf"(?:增长|成长|上升|提升|提高|增加|下降|下滑|减少|降低|回落|加快|放缓|[增升降减跌]|[+＋\-−])?\s*{SIGNED_NUM}\s*(?:%|pct|个百分点)\s*[)）]?\s*$")
# a clause of the part's share of the whole ('持股34%', '占比15%'): passed over like a change
_SHARE_CLAUSE = re.compile(rf"\s*(?:持股|占比)\s*(?:比例)?\s*(?:为|约)?\s*{SIGNED_NUM}\s*[%％]\s*$")
# a clause of the part's own ratio ('毛利率按年扩大2.9个百分点至19.5%'): passed over like a change
_RATIO_CLAUSE = re.compile(rf"\s*(?:{'|'.join(RATIO_NAMES)})[^，,；;。\d]{{0,12}}{SIGNED_NUM}\s*(?:%|pct|个百分点)[^，,；;。]*$")
# a clause of a change in amount ('同比多增0.16亿元', '较年初增加3亿元'): no part, passed over like a change in percent
# (or a count's net change: '其中海外市场门店3424家,同比净新开488家')
_CHANGE_IN_AMOUNT = re.compile(rf"\s*[（(]?\s*(?:同比|环比|按年|按季|较[\u4e00-\u9fff]{{0,6}}|比[\u4e00-\u9fff]{{0,4}})?\s*"
                               rf"(?:多增|少增|增加|减少|多|少|{_NET_CHANGE.pattern})\s*(?:了)?\s*{SIGNED_NUM}\s*{_UNIT}\s*[)）]?\s*$")
# a measure a part may name; a part naming one the total's words do not is another figure
_MEASURE = re.compile(r"收入|营收|利润|净利|毛利|费用|成本|现金流|资产|负债|市值|销量|产量|订单|存款|贷款|保费|用电量|发电量|"
                      r"增加值|总产值|产值")
# a condition a part's name sets on a ratio, no measure of its own: '为资产负债率70%以上的控股子公司担保的额度' (资产 is none)
_CONDITION = re.compile(r"[\u4e00-\u9fff]{0,6}率\s*(?:为|在)?\s*\d+(?:\.\d+)?%\s*(?:及|或)?\s*(?:以上|以下|以内)")
# the words of one measure ('营收100.0亿元,其中锂电池业务收入60.0亿元'); value added is what a GDP sums ('地区生产总值…其中:
# 第一产业增加值…'), no gross output ('工业总产值103.8亿元,其中…;实现工业增加值40.6亿元' is no part of it)
_SAME_MEASURE = {"收入": ["收入", "营收"], "营收": ["收入", "营收"], "增加值": ["增加值", "生产总值", "GDP"]}


def _measure_words(measure: str) -> list[str]:
    """Every word a measure is printed by: '收入' and '营收' are one."""
    return _SAME_MEASURE.get(measure, [measure])


# the total named again to open its parts, for 其中: '…实现非利息净收入913.78亿元…。非利息净收入中，净手续费及佣金收入
# 562.02亿元…；其他净收入351.76亿元' (a measure's name: not '行业中', '过程中')
# (or a segment named again, its revenue stated before: '25H1奶酪业务收入21.4亿元…[2] - 奶酪业务中即食营养系列收入10.8亿元…')
# (a long name is named by its last words: '我国游戏市场实际销售收入中' by '游戏市场实际销售收入')
_MEASURE_WORDS = "收入|营收|利润|净利|费用|成本|资产|负债|贷款|存款|保费"
_NAMED_OF_WHICH = re.compile(rf"(?:^|(?<=[。；;，,])|(?<=[-–•]\s))\s*"
                             rf"(?:[\u4e00-\u9fffA-Za-z]{{0,8}}?(?P<name>[\u4e00-\u9fffA-Za-z]{{0,8}}(?:{_MEASURE_WORDS}))"
                             rf"|(?<![该此本])(?P<segment>[\u4e00-\u9fffA-Za-z]{{2,8}}(?:业务|板块|分部)))\s*(?:之)?中\s*[，,:：]?"
                             # (or any part named before, its own parts after a colon: '医院中:公立医院6.9亿人次,…;民营医院0.9亿人次')
                             rf"|(?:^|(?<=[。；;]))\s*(?P<part>[\u4e00-\u9fff]{{2,8}})中\s*[:：]")


# a total inside the words opening its parts: '在2020年结婚登记的814.33万对人中,' (its parts' clauses after the 中)
_IN_THE_TOTAL = re.compile(rf"在[^，,。；;]{{0,16}}?(?P<total>{SIGNED_NUM}\s*(?:万亿|千万|百万|亿|万|千)?(?:元|{COUNTED_UNITS}))"
                           rf"(?:人|户|家|名)?(?:之)?中\s*[，,]")
_IN_ENDS = re.compile(r"(?:人|户|家|名)?(?:之)?中\s*[，,]")


# how many sentences after its own a run of parts may go on into
MOST_SENTENCES = 3
# how many sentences back a total named again to open its parts (_NAMED_OF_WHICH) may stand
NAMED_REACH = 6


def _bracket_closing(text: str, at: int) -> Optional[int]:
    """Where the bracket `at` stands in closes, or None where it stands in none (or it does not close)."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] in ")）":
            depth += 1
        elif text[i] in "(（":
            if depth == 0:
                close = re.compile(r"[)）]").search(text, at)
                return close.start() if close else None
            depth -= 1
    return None


def _check_clauses(s, of_which: re.Match, previous, named: Optional[str] = None, following: Sequence = (),
                   earlier: Sequence = (), further=None) -> list[dict]:
    """Parts after 其中 (or after the total's name and 中: `named`), one clause each (see the module's
    note); and where the total and every part state their growth, the total's growth from theirs (the mix). A 其中
    opening its sentence may reach past the sentence before to `further`, the one before that (_total_past)."""
    start = of_which.end()
    if opens_on_a_period(s.text, start):
        return []  # '其中,3月份城镇消费品零售额27192亿元': March's figures, no breakdown of the figure before
    start += len(re.match(r"[\s，,:：]*", s.text[start:]).group(0))  # '其中,城镇…'
    end = _TOPIC_END.search(s.text, start)
    closed = _bracket_closing(s.text, of_which.start())
    if closed is not None and (end is None or closed < end.start()):
        # '国内航线完成121227.3万人次(其中内地至港澳台航线完成2784.8万人次);国际航线完成13935.5万人次': the
        # parts end with the bracket their 其中 opens in
        end = None
        parts = _part_clauses(s.text, start, closed)
    else:
        parts = _part_clauses(s.text, start, end.start() if end else len(s.text))
    unit = parts[0].unit if parts else ""
    if not parts or not unit:
        return _counted_parts(s, of_which, previous)
    # parts that are levels ('其中自营门店1573家') are of a level, not of a net change before them ('净闭店167家')
    levels = not any(_NET_CHANGE.search(p.name) or _way(p.name) for p in parts)
    total = _total_before(s, of_which.start(), previous, unit, levels_only=levels)
    if total is None and further is not None and previous is not None and not s.text[:of_which.start()].strip(" ，,"):
        total = _total_past(previous, further, unit, levels)
    if named and not (total and _names_it(total, named)):
        total = _named_total(s, of_which.start(), previous, named, unit, earlier)  # (the figure the name names, further back)
    if total is not None and _BY_DIMENSION.match(of_which.group(0)):
        # (a breakdown by a dimension is of its measure's total; a 其中 of the figure right before it)
        total = _named_by_the_parts_measure(s, of_which.start(), total, parts)
    if total is None:
        return []
    where, t, offset = total
    unit = t.group("unit") if _scaled_alike(t.group("unit"), unit) else unit  # (the sum in the total's scale)
    # a ；between parts ('其中,城镇累计完成投资21844亿元,增长31%;农村累计完成投资4238亿元'): the next run
    # goes on with them while it opens on a part in their unit, has no 其中 of its own and keeps
    # their sum within the total (else it is the next topic: '…;企(事)业单位贷款增加5.43万亿元,其中')
    ceiling = figure_of(t.group("num")).interval()[1]
    total_name = where.text[max(offset, offset + t.start() - 12):offset + t.start()]
    while end is not None and end.group(0) in "；;":
        after = _TOPIC_END.search(s.text, end.end())
        stop = after.start() if after else len(s.text)
        more = _part_clauses(s.text, end.end(), stop)
        if not more or "其中" in s.text[end.end():stop] or any(_scale_to(m[3], unit) is None for m in more):
            break
        if levels and _in_unit(more[0], unit).interval()[0] > 2 * ceiling:
            # a level far above the whole alone is no piece of it: the 其中 was of the clause before only, the run after
            # the total's sibling ('寿险…保单0.63亿件;其中普通寿险3475.76万件;健康险17.51亿件;意外险43.25亿件'); a part a
            # little above it (a slip of a digit) stays a part, and the sum a mismatch
            break
        if len(parts) >= 2 and calc.judge_sum([_in_unit(p, unit) for p in parts], figure_of(t.group("num")))[0] != "mismatch":
            # the parts before already make the total: the run after is another split of it ('其中,成人服饰2,800 家、
            # 儿童服饰门店数量5,436 家;直营999 家、联营43 家、加盟7,194 家' under '店铺总数8,236 家')
            break
        if sum(_in_unit(p, unit).interval()[0] for p in parts + more[:1]) > ceiling and \
                not is_complete([p[0] for p in parts + more[:1]]) and _siblings(more[0][0], total_name) and \
                not is_member(more[0][0], _bare_name(total_name, "实现")):
            # over the total and named like it: the total's sibling ('第二产业投资10.58万亿元,其中制造业…;
            # 第三产业投资16.61万亿元'), the next topic; a part named otherwise over it is a part, and one is wrong
            break
        if is_complete([total_name, more[0][0]]) and not is_complete([parts[0][0], more[0][0]]):
            # the total and it are the members of a known whole, the parts before it not: the total's sibling, even within
            # its sum ('国内航线完成运输总周转量559.04亿吨公里,…,其中港澳台航线完成16.22亿吨公里,…;国际航线完成运输总周转量
            # 292.61亿吨公里'; but '进出口总值…其中出口…;进口…' goes on: 出口 and 进口 are the whole's)
            break
        if len(more) > 1 and all(len(p.name) >= 2 and p.name[-2:] == parts[0].name[-2:] for p in more):
            # (several parts named as the ones before: '其中贵州公司出资3,060万元,持股51%;深圳…公司出资2,040万元,持股34%,中建科技…
            # 公司出资900万元,持股15%', each …出资)
            parts += more
            end = after
            continue
        parts.append(more[0])
        if len(more) > 1:
            break  # a run of several figures after a ；is a topic of its own
        end = after
    if closed is None and (end is None or end.group(0) == "。"):
        parts += _parts_run_on(s, following, parts, unit, ceiling)
    if len(parts) < 2:
        return []
    total_words = re.sub(r"\s", "", (where.text[max(offset, offset + t.start() - 12):offset + t.start()]))
    if named and not _names_it(total, named):
        return []  # the figure before is not the one named
    own = list(parts)
    balance = bool(_SURPLUS.search(total_words) or _DEFICIT.search(total_words))
    for i, part in enumerate(own):
        measure = _MEASURE.search(_CONDITION.sub("", part.name))
        if balance and (_SURPLUS.search(part.name) or _DEFICIT.search(part.name)):
            continue  # (a balance's part is a balance, whatever it is of: '初次收入顺差19亿美元' under '经常账户顺差')
        if measure and not any(word in total_words for word in _measure_words(measure.group(0))):
            own = own[:i]  # '其中海外收入40亿元,毛利50亿元': the 毛利 is no part of the total
            break

    if len(own) < 2 or averages_of_subgroups(total_words, [p.name for p in own]):
        return []  # (or the parts are one average's groups, '城镇居民人均可支配收入…;农村居民人均可支配收入…': no sum)
    if _AN_AVERAGE.search(total_words) and any(_in_unit(p, unit).value > figure_of(t.group("num")).value for p in own):
        # an average with a part above it: the parts are its groups' averages, the measure's name left out ('全日制在校生
        # 平均规模为9298人,其中,本科学校为13100人,高职(专科)学校为5904人'), no pieces of it
        return []
    # changes of opposite ways: '净减少56家,其中广东省内净减少21家,…,境外净增加4家' is 21 + 39 − 4
    way = _way(total_words)
    ways = [_way(name) for name, *_ in own]
    if not way and len({w for w in ways if w}) > 1:
        return []  # parts rising and falling, the total's way not said: the sum's signs are unknown
    words = [total_words] + [p.name for p in parts]
    if any(_SURPLUS.search(w) or _DEFICIT.search(w) for w in words) and \
            any(_UP_WORDS.search(w) or _DOWN_WORDS.search(w) for w in words):
        return []  # balances beside changes ('…账户逆差481亿美元,其中,…逆差1712亿美元,储备资产减少1233亿美元'): signs by convention
    signs = [-1 if way and w and w != way else 1 for w in ways]
    net = not way and bool(_NET_LINE.search(total_words)) and any(_OUTGOING.search(p.name) for p in own)
    if net:
        # a net line's parts are what comes in and what goes out: '利息净收入为96.74亿元…其中,利息收入186.85亿元…;利息支出
        # 90.11亿元' is 186.85 − 90.11 — one of each is all of it
        signs = [-1 if _OUTGOING.search(p.name) else 1 for p in own]
    scales = [_scale_to(p.unit, unit) for p in own]  # (a part in another scale of the unit: '1822.6万人次' beside '1.8亿人次')
    summed = _judged(s, total, [p.name for p in own], [(p.figure, p.start, p.end) for p in own], unit, signs, scales=scales,
                     complete=net and len(own) == 2 and sorted(signs) == [-1, 1],
                     changes=not balance and bool(way) and all(ways))  # (a balance's parts are all of it: not changes)
    out = [summed]
    if summed["verdict"] in ("consistent", "rounding") and all(sign > 0 for sign in signs):
        out += filter(None, [_mix(s, total, own, unit, by_dimension=bool(_BY_DIMENSION.match(of_which.group(0)))),
                             _changes_of_all_parts(s, total, own)])
    return out


# a name comparing one thing with another, its figure their gap: '入境旅游人数超过出境旅游320万人次'
_A_GAP_NAME = re.compile(r"[\u4e00-\u9fff](?:超过|多于|少于|高于|低于|超出|高出)[\u4e00-\u9fff]{2,}")
# a name in another scale than the parts' that is a change or a bound, no part ('平均每月净增长超过1,900万户' after '4.29亿户')
_NO_PART_NAME = re.compile(r"增长|增加|减少|下降|净增|超过|不足|平均")


def _in_unit(part: Part, unit: str):
    """A part's figure in `unit` ('1822.6万人次' in 亿人次: 0.18226)."""
    return figure_of(part[4]).times(_scale_to(part[3], unit))


def _changes_of_all_parts(s, total: tuple, parts: list[Part]) -> Optional[dict]:
    """The total's change in amount on the year before from its parts' ('全国共销售彩票487.28亿元,同比增加167.47亿元…其中,
    福利彩票机构销售180.36亿元,同比增加49.57亿元…;体育彩票机构销售306.92亿元,同比增加117.90亿元'): the parts' levels make
    the total's, so they are all of it, and their changes must make its change."""
    where, t, offset = total
    change = _TOTAL_S_CHANGE.match(where.text, offset + t.end("num"))
    if change is None or not all(p.change for p in parts) \
            or any(unit_key(p.change[0].group("unit")) != unit_key(change.group("unit")) for p in parts):
        return None
    sign = lambda verb: 1 if verb == "增加" else -1  # noqa: E731
    figures = [figure_of(p.change[0].group("num")).signed(sign(p.change[0].group("verb"))) for p in parts]
    printed = figure_of(change.group("num")).signed(sign(change.group("verb")))
    verdict, exact = judge_formula(_summed, figures, printed)
    spans = [(p.change[1] + p.change[0].start("num"), p.change[1] + p.change[0].end("num")) for p in parts]
    at = (offset + change.start("num"), offset + change.end("num"))
    return make(marked(where.text, *at), where.page, _signed_sum([f"{'+' if f.value >= 0 else ''}{f.value}" for f in figures])
                + change.group("unit"), {p.name: f for p, f in zip(parts, figures)}, printed, exact, change.group("unit"),
                verdict, "the parts' levels make the total's, so their changes make its change",
                cells=[("text", where.page, where.start + at[0], where.start + at[1])]
                + [("text", s.page, s.start + a, s.start + b) for a, b in spans])


def _parts_run_on(s, following: Sequence, parts: list, unit: str, ceiling: Decimal) -> list:
    """Parts after 其中 going on into the sentences after it ('其中餐饮外卖业务收入155.77亿元,…。到店、酒店及旅游业务
    收入61.81亿元,…;新业务及其他收入57.36亿元,…'): each sentence opening on a part of the same measure in the parts'
    unit, no 其中 of its own, the running sum within the total; its runs after a ；likewise. Offsets are in `s`'s
    terms (the sentences are on its page)."""
    measure = _MEASURE.search(parts[0].name)
    total = sum(figure_of(p.figure).interval()[0] for p in parts)
    out = []
    for i, n in enumerate(following[:MOST_SENTENCES]):
        after = following[i + 1] if i + 1 < len(following) else None
        if "其中" in n.text or n.page != s.page or (after is not None and re.match(rf"\s*(?:{_OF_WHICH_WORDS})", after.text)):
            break  # (a sentence with a breakdown of its own after it is a total of its own: '房屋新开工面积…。其中,…')
        shift, at, whole = n.start - s.start, 0, False
        while True:
            stop = _TOPIC_END.search(n.text, at)
            run = _part_clauses(n.text, at, stop.start() if stop else len(n.text))
            if len(run) != 1 or unit_key(run[0].unit) != unit_key(unit) \
                    or (measure and measure.group(0) not in run[0].name):
                break  # not one part of the same measure: another topic
            total += figure_of(run[0].figure).interval()[0]
            if total > ceiling:
                return []  # past the total: these are no parts of it, and neither may the run be
            out.append(run[0]._replace(start=run[0].start + shift, end=run[0].end + shift,
                                       growth=(run[0].growth[0], run[0].growth[1] + shift) if run[0].growth else None))
            if stop is None or stop.group(0) not in "；;":
                whole = True  # the sentence was parts to its end
                break
            at = stop.end()
        if not whole:
            break
    return out


# a part after 其中 and its share of the total right after it: '其中…小场户数量为2144.58万户,占总场户数量的94.32%'
# ('占比70.0%': a share naming no base, of the total before 其中; so is a subscriber's stake, '出资3,060万元,持股51%')
# (a bracket may gloss the share's name: '占常住人口比重(常住人口城镇化率)74.79%')
# (the part's growth may come between: '普惠性幼儿园24.47万所,比上年增加1.06万所,增长4.55%,占全国幼儿园的比例83.00%')
_PART_THEN_SHARE = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})"
                              rf"(?:\s*[，,]\s*(?:同比|比上年)?\s*(?:增长|下降|减少|增加)\s*{SIGNED_NUM}\s*[%％])?\s*[，,]\s*(?:约)?(?:占|持股)(?P<base>[^，,。；;\d%％()（）]{{0,14}}?)"
                              rf"(?:的)?(?:比重|比例|份额|比)?\s*(?:[（(][^()（）\d]{{0,20}}[)）])?\s*(?:为|达到?|约为?|约)?\s*"
                              rf"(?P<pct>{SIGNED_NUM})\s*[%％]")


# a figure in a unit of `_UNIT` (the level a change before a share leaves: see `_level_of`)
_FIGURE_IN_UNIT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")


def _level_of(text: str, begin: int, m: re.Match):
    """The part whose share `m` states: the figure before the share, or where that figure is the part's change
    ('5G移动电话用户达10.02亿户,比上年末净增1.8亿户,占移动电话用户的56%': the share is of the 10.02, the level), the
    last figure in its unit between `begin` and it that is no change; None if there is none."""
    if not moved_before(text, m.start("num")):
        return m
    levels = [a for a in _FIGURE_IN_UNIT.finditer(text, begin, m.start("num"))
              if a.group("unit") and split_scale(a.group("unit"))[1] == split_scale(m.group("unit"))[1]
              and not moved_before(text, a.start())]
    return levels[-1] if levels else None


# where a sentence, or a summary's bullet, ends
_SENTENCE_END = re.compile(rf"。|{BULLET}|\[\d+\]")


def _share_after(s, of_which: re.Match, previous, company: bool = False) -> list[dict]:
    """Each part's share of the total before 其中, stated right after the part (part ÷ total × 100), to the
    sentence's end: in a unit of things counted or measured, or of money where the share names the total as its
    base ('…新签合同额10,165.865亿元,占新签合同总额的91.15%' under '新签合同额11,152.341亿元') — in a company report an
    unnamed share of money is the `results` family's, on its line items; elsewhere, of the total before 其中 ('卫生总费用
    …75593.6亿元,其中:政府卫生支出20718.5亿元,占27.4%'). A share naming its base ('占总场户数量的') is judged only where
    the total's words end as that base does."""
    end = _SENTENCE_END.search(s.text, of_which.end())
    out, total = [], None
    begin = of_which.end()
    for m in _PART_THEN_SHARE.finditer(s.text, of_which.end(), end.start() if end else len(s.text)):
        if not m.group("unit"):
            continue
        level, begin = _level_of(s.text, begin, m), m.end()
        if level is None:
            continue
        money = money_scale(level.group("unit"))[1] in CURRENCY_OF_WORD
        named_base = re.sub(r"的$", "", m.group("base").strip())
        base = re.sub(r"^(?:总|全部|全国|公司)", "", named_base)
        if money and not base and company:
            continue
        total = total or _total_before(s, of_which.start(), previous, level.group("unit"), levels_only=True)
        if total is None:
            return out
        where, t, offset = total
        stop = of_which.start() if where is s else len(where.text)
        if not named_base and "占" in where.text[offset + t.end():stop]:
            continue  # the total states its own share ('2918家…,占比54%。其中…686家,占比13%'): a bare share after it is of that whole
        named = where.text[max(offset, offset + t.start() - 12):offset + t.start()]
        # (a share of money names the total's whole line, 总 aside: '占新签合同总额的' under '新签合同额…'; not '占公司收入的'
        # under '通行费收入')
        of_it = (re.sub(r"总", "", named).endswith(re.sub(r"总", "", named_base)) if money
                 else names_the_whole(base, named))
        if unit_key(level.group("unit")) != unit_key(t.group("unit")) or not of_it:
            continue  # a share of something else than the total ('占全国的…')
        part, whole, printed = figure_of(level.group("num")), figure_of(t.group("num")), figure_of(m.group("pct"))
        verdict, exact = judge_formula(lambda a, w: a / w * 100, [part, whole], printed)
        out.append(make(marked(s.text, m.start("pct"), m.end("pct")), s.page,
                        f"{level.group('num')}{level.group('unit')} ÷ {t.group('num')}{t.group('unit')} × 100", {"part": part, "total": whole},
                        printed, exact, "%", verdict, "",
                        cells=[("text", s.page, s.start + m.start("pct"), s.start + m.end("pct")),
                               ("text", s.page, s.start + level.start("num"), s.start + level.end("num")),
                               ("text", where.page, where.start + offset + t.start("num"), where.start + offset + t.end("num"))]))
    return out


# a sum stated of a counted set, the count before it: '六家银行三季度末总资产合计达17.10万亿元'
_COUNTED_TOTAL = re.compile(rf"(?P<n>[两二三四五六七八九十]|\d{{1,2}})\s*(?:家|个|只|款|类|项|大)[\u4e00-\u9fffA-Za-z0-9]{{0,16}}?"
                            rf"(?:合计|共计|总计|总和)\s*(?:为|达到?|约为?|约)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})")
# a figure said as a bound, no part's own: '三家银行资产规模均突破3万亿元', '超过1万亿元'
_A_BOUND = re.compile(rf"(?:{BOUND_WORDS}|超|高于|低于|至少|以上|以下)\s*$")
_A_CEILING = re.compile(r"(?:不超过|不超|不高于)\s*(?:人民币)?\s*$")
# a figure compared with is no total: '期间费用54.94亿元,同比去年的69.31亿元减少20.74%' (the 69.31 is last year's)
_A_BASE = re.compile(rf"(?:{stated_change._BASE})(?:约\s*)?(?:人民币)?\s*$")
_PART_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8}?)(?:以|为|达|[（(])?\s*$")


def _counted_parts(s, of_which: re.Match, previous) -> list[dict]:
    """A total said of a counted set ('六家银行…合计达17.10万亿元。其中,平安银行以5.77万亿元…,华夏银行(4.59万亿元)、
    …') against the figures in its unit the sentence after 其中 states, where there are as many
    as the count says (a figure said as a bound, '均突破3万亿元', or as a change is none of them)."""
    cut, text = _run_before(s.text, of_which.start())
    where, offset = s, cut
    if not text.strip(" ，,") and previous is not None:
        where, offset, text = previous, 0, previous.text
    totals = list(_COUNTED_TOTAL.finditer(text))
    if not totals:
        return []
    t = totals[-1]
    unit = t.group("unit")
    if not unit:
        return []
    n = int(t.group("n")) if t.group("n").isdigit() else int(parse_cn_number(t.group("n")))
    end = re.search(r"[。！？]", s.text[of_which.end():])
    stop = of_which.end() + end.start() if end else len(s.text)
    figures = [f for f in _NUM_UNIT.finditer(s.text, of_which.end(), stop)
               if f.group("unit") and unit_key(f.group("unit")) == unit_key(unit)
               and not _A_BOUND.search(s.text[max(0, f.start() - 4):f.start()])
               and not _A_CHANGE.search(s.text[max(0, f.start() - 12):f.start()])]
    if len(figures) != n or any(f.group("num").startswith(("-", "−")) for f in figures):
        return []
    names = []
    for f in figures:
        named = _PART_NAME.search(s.text[max(of_which.end(), f.start() - 10):f.start()])
        names.append(named.group(1) if named else f"part {len(names) + 1}")
    return [_judged(s, (where, t, offset), names, [(f.group("num"), f.start("num"), f.end("num")) for f in figures], unit)]


# a count of things, then how many of them fared each way: '42家银行中,有36家实现正增长,6家负增长', '在41个工业大类
# 行业中,10个行业利润总额同比增长,1个行业减亏,28个行业下降,2个行业由盈转亏'
_AMONG = re.compile(r"(?<![\d.])(?P<num>\d{1,4})\s*(?P<unit>家|个|只|款|项|座|所|条)(?P<what>[\u4e00-\u9fffA-Za-z]{0,12}?)中\s*[，,]")
_MEMBERS = re.compile(r"\s*(?:其中|有|仅有?|共有|共)?\s*(?P<k>\d{1,4})\s*(?P<unit>家|个|只|款|项|座|所|条)(?P<words>[^，,；;。]*)")
# how a member fared: each part must name a way of its own, of one measure
_OUTCOME = re.compile(r"亏损(?:下降|减少|收窄|增加|扩大)|正增长|负增长|增长|上升|上涨|增加|下降|下滑|减少|下跌|持平|减亏|增亏|扭亏|"
                      r"由盈转亏|由亏转盈|亏损|盈利")
_MEASURE_OF = re.compile(r"营业收入|营收|收入|利润总额|净利润|利润|产量|销量|投资|出口|进口")


def _members_by_outcome(s) -> list[dict]:
    """A counted set and its members by how each fared ('42家银行中,有36家实现正增长,6家负增长'): the
    counts, each with a way of its own (增长, 下降, 减亏…) of one measure, add up to at most the set
    (fewer where a way is left out — unverifiable —, more is a mismatch)."""
    out = []
    for m in _AMONG.finditer(s.text):
        n = int(m.group("num"))
        parts, at = [], m.end()
        while (k := _MEMBERS.match(s.text, at)) is not None and k.group("unit") == m.group("unit"):
            parts.append(k)
            if s.text[k.end():k.end() + 1] not in ("，", ","):
                break  # a member's clause ends the list where no comma goes on to the next
            at = k.end() + 1
        ways = [_OUTCOME.findall(k.group("words")) for k in parts]
        measures = {w for k in parts for w in _MEASURE_OF.findall(k.group("words"))}
        if len(parts) < 2 or not n or any(len(w) != 1 for w in ways) or len({w[0] for w in ways}) != len(ways) \
                or len(measures) > 1:
            continue  # two counts of one way, or of two measures, may overlap
        names = [f"{k.group('k')}{k.group('unit')} {w[0]}" for k, w in zip(parts, ways)]
        out.append(_judged(s, (s, m, 0), names, [(k.group("k"), k.start("k"), k.end("k")) for k in parts], m.group("unit")))
    return out


# a clause opening on a year, then a name and its figure: '2015年,国内航线完成运输总周转量559.04亿吨公里'
_YEAR_OPENING = re.compile(r"\s*(?:(?:19|20)\d\d\s*年)?\s*[，,]?")
# the words naming a figure as a whole's ('全行业完成…', '全国民航共完成…')
_A_WHOLE = re.compile(r"全行业|全国|全社会|全市场|总计|合计|累计|共")
MEMBER_MEASURE = 3  # how many characters of its end a member's name shares with the total's: the measure ('周转量')


def _known_whole_members(s, previous, earlier: Sequence = ()) -> list[dict]:
    """The members of a known whole (data/partitions.json `complete`: 国内航线 and 国际航线…), each opening a clause of
    the sentence on its name and figure in one measure, against the figure of that measure stated before them
    ('全行业完成运输总周转量851.65亿吨公里…。国内航线完成运输总周转量559.04亿吨公里,…,其中港澳台航线完成16.22亿吨公里,…;
    国际航线完成运输总周转量292.61亿吨公里'): no 其中 or 分别 ties them, the names do. A clause after 其中 is a member's
    own part. Where a 其中 opening them or a 分别 list reads them already, they are that list's."""
    if "分别" in s.text or not names_two_members(s.text):
        return []  # (a 分别 list: `_PARTS`'; or no two members of a known whole named — most sentences, read no further)
    members, at = [], 0
    for clause in [c for run in re.split(r"(?<=[；;])", s.text) for c in _clauses(run)]:
        body = clause.rstrip("，,、；; ")
        growth = _GROWTH_CLAUSE.match(body)
        if growth and members and members[-1].growth is None and members[-1].end < at:
            members[-1] = members[-1]._replace(growth=(growth, at))  # ('…559.04亿吨公里,比上年增长10.0%'): the member's
        elif not re.match(r"\s*其中", body):
            opening = _YEAR_OPENING.match(body).end()
            m = _PART_CLAUSE.match(body[opening:])
            if m and m.group("unit") and re.search(r"[\u4e00-\u9fff]", m.group("name")):
                shift = at + opening
                members.append(Part(m.group("name"), shift + m.start("num"), shift + m.end("num"), m.group("unit"), m.group("num")))
        at += len(clause)
    if not members or "其中" in s.text[:members[0].start]:
        return []  # (parts after a 其中 opening the list: `_check_clauses`'; one after the first member is a member's own)
    names = [p.name for p in members]
    if any(money_scale(p.unit)[1] in CURRENCY_OF_WORD for p in members):
        return []  # (money a release splits so is partitions')
    if len(members) < 2 or not is_complete(names) or len({_scale_to(p.unit, members[0].unit) is None for p in members}) > 1 \
            or _scale_to(members[1].unit, members[0].unit) is None:
        return []
    # the measure: what the members' names end with in common ('航线完成运输总周转量' less the member word)
    measure = min(_common_end(a.name, b.name) for a in members for b in members if a is not b)
    if measure < MEMBER_MEASURE:
        return []
    total = None
    # (its own sentence, the one before, and past sentences before that with no figure in the members' unit: '2011年全国粮食
    # 总产量达到57121万吨…。“…创造了新的历史纪录…”…。报告指出,夏粮、早稻、秋粮季季增产…。2011年,全国夏粮总产量12627万吨…')
    back = [(previous, len(previous.text) if previous is not None else 0)]
    for before in reversed(earlier):
        if back[-1][0] is None or any(_scale_to(t.group("unit"), members[0].unit) is not None
                                      for t in _NUM_UNIT.finditer(back[-1][0].text)):
            break
        back.append((before, len(before.text)))
    for where, end in ((s, members[0].start), *back):
        if where is None:
            continue
        # (no smaller than the largest member; named as a whole ('全行业', '全国') where one is; then the one whose name
        # shares the most of the members' measure, the nearest of those: '…运输总周转量851.65', not '…货邮周转量208.07')
        largest = max(_in_unit(p, members[0].unit).value for p in members)
        named = []
        for t in _NUM_UNIT.finditer(where.text, 0, end):
            words = re.split(r"[，,；;。]", where.text[:t.start()])[-1]
            scale = _scale_to(t.group("unit"), members[0].unit)
            if scale is not None and not any(w in words for w in names) and not _A_CHANGE.search(where.text[:t.start()]) \
                    and _common_end(words, members[0].name) >= MEMBER_MEASURE \
                    and figure_of(t.group("num")).times(scale).value >= largest:
                named.append((bool(_A_WHOLE.search(words)), _common_end(words, members[0].name), t.start(), t))
        if named:
            total = (where, max(named, key=lambda n: n[:3])[3], 0)
            break
    if total is None:
        return []
    unit = total[1].group("unit")
    scales = [_scale_to(p.unit, unit) for p in members]
    summed = _judged(s, total, names, [(p.figure, p.start, p.end) for p in members], unit, scales=scales)
    if summed["verdict"] in ("consistent", "rounding"):
        return [summed, *filter(None, [_mix(s, total, members, unit)])]
    return [summed]


def _bare_name(words: str, *verbs: str) -> str:
    """A figure's name as its words give it: Han characters only, the verb before the figure set aside ('…期间费用为'
    is '…期间费用')."""
    return re.sub(rf"(?:{'|'.join(('约为', '约', '为', '达到?', '合计', *verbs))})$", "", re.sub(r"[^\u4e00-\u9fff]", "", words))


def _siblings(name: str, total_words: str) -> bool:
    """Whether a name ends as the total's name does ('第三产业投资' and '…第二产业投资'): two of a kind — not where the
    name is the total's whole name with a word before it ('民营医院' under '医院'): a kind of it."""
    whole = _bare_name(re.split(r"[^\u4e00-\u9fffA-Za-z\s]", total_words)[-1], "实现")  # (its last clause's words)
    bare = _bare_name(name)
    if len(whole) >= 2 and bare.endswith(whole) and len(bare) > len(whole):
        return False
    return _common_end(name, total_words) >= 2


def _common_end(name: str, total_words: str) -> int:
    """How many characters a name's end shares with the total's name ('国际航线完成运输总周转量' and '国内航线完成运输总
    周转量': 10)."""
    a, b = _bare_name(name), _bare_name(total_words, "实现")
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    return common



class Part(NamedTuple):
    """A part after 其中: its name, its figure's place in the sentence, its unit, the figure as
    printed, and the growth its clause states (a _GROWTH match and where it stands), if any."""
    name: str
    start: int
    end: int
    unit: str
    figure: str
    growth: Optional[tuple] = None
    change: Optional[tuple] = None  # its change in amount on the year before, its clause's (_YEAR_ON_YEAR_CHANGE match, where)


# a change in amount on the year before, in a clause of its own: '同比增加49.57亿元' (of the part or total just named)
_ON_THE_YEAR = rf"(?:同比|[比较](?:上年|去年)(?:同期|末|底)?|[比较]年初)\s*{SHORT_NAME_ASIDE}\s*(?P<verb>增加|减少)\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>{_UNIT})"
_YEAR_ON_YEAR_CHANGE = re.compile(rf"\s*[（(]?\s*{_ON_THE_YEAR}\s*[)）]?\s*[，,]?\s*$")
# (and the total's, right after its figure: '487.28亿元,同比增加167.47亿元')
_TOTAL_S_CHANGE = re.compile(rf"\s*(?:{_UNIT})?\s*[，,]\s*{_ON_THE_YEAR}")


# a part's clause of its growth alone ('同比下降30.2%', '(同比-3.2%)')
_GROWTH_CLAUSE = re.compile(rf"{GROWTH_WORDS}(?P<num>{SIGNED_NUM})\s*%\s*[)）]?\s*$")
_BRACKETED_GROWTH = re.compile(rf"\s*(?=[（(]){GROWTH_WORDS}(?P<num>{SIGNED_NUM})\s*%\s*[)）]")
# a growth run on after a part's unit, no comma between: '内河主要港口完成8328万吨同比增长24%'
_RUN_ON_GROWTH = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z])(?=同比|比上年|较上年){GROWTH_WORDS}(?P<num>{SIGNED_NUM})\s*%\s*$")
# a growth and the figure it came to after it ('按年增长16%至959亿元'): the growth of that figure
_GROWTH_TO = re.compile(rf"{GROWTH_WORDS}(?P<num>{SIGNED_NUM})\s*%\s*(?:至|到|达到?)\s*")
_GROWTH_TO_END = re.compile(_GROWTH_TO.pattern + "$")  # (one ending right before the figure)


# a total's change in amount on the year before, right after it: ',比上年增加311万人'
_CHANGE_THEN = re.compile(rf"\s*[，,]\s*(?:比|较)[^，,。；;\d]{{0,8}}?(?:增加|减少|净增|多|少)\s*{SIGNED_NUM}\s*(?:{_UNIT})")


def _mix(s, total: tuple, parts: list[Part], unit: str, by_dimension: bool = False) -> Optional[dict]:
    """The total's growth from its parts' amounts and growths, the parts being all of it (their sum
    is the total): each part's base is its amount ÷ (1 + its growth), the total's their sum. Parts a split by a
    dimension lists ('分品类来看,…') are this period's: one the year before had may be missing (`_fallen_part_excuse`)."""
    where, t, offset = total
    if any(REAL_GROWTH.search(p.name) for p in parts):
        return None  # value added grows at constant prices: its parts' current values are not its weights
    after = offset + t.end()
    changed = _CHANGE_THEN.match(where.text, after)  # ('29562万人,比上年增加311万人,增长1.1%': its growth after its change)
    stated = GROWTH_AFTER.match(where.text, after) or (changed and GROWTH_AFTER.match(where.text, changed.end())) or \
        _GROWTH_TO_END.search(where.text, max(0, offset + t.start("num") - 24), offset + t.start("num"))
    said = growth_of(stated)
    grown = [growth_of(p.growth[0]) if p.growth else None for p in parts]
    if said is None or None in grown or len(parts) > MOST_PARTS or \
            any(basis != said[1] for _, basis in grown) or any(g.value <= -100 for g, _ in grown):
        return None  # a growth unsaid, or on another basis (a 环比 among 同比s)
    amounts = [figure_of(p.figure).times(_scale_to(p.unit, unit) or 1) for p in parts]  # (in one unit: '1822.6万人次' of 亿人次)
    verdict, exact = judge_formula(mixed_growth(len(parts)), amounts + [g for g, _ in grown], said[0])
    a, b = stated.start("num"), stated.end("num")
    cells = [("text", where.page, where.start + a, where.start + b)] + [
        c for p in parts for c in (("text", s.page, s.start + p.start, s.start + p.end),
                                   ("text", s.page, s.start + p.growth[1] + p.growth[0].start("num"),
                                    s.start + p.growth[1] + p.growth[0].end("num")))]
    names = " + ".join(p.name for p in parts)
    inputs = {f"{p.name} ({unit})": amount for p, amount in zip(parts, amounts)} | {
        f"{p.name} {said[1]} (%)": g for p, (g, _) in zip(parts, grown)}
    note = f"the parts add up to the total {t.group('num')}{t.group('unit')}: its base is the sum of theirs"
    if by_dimension:
        verdict, note = _fallen_part_excuse(verdict, note, said[0], exact)
    return make(marked(where.text, a, b), where.page, MIX_FORMULA.format(names), inputs, said[0], exact, "%", verdict,
                note, cells=cells)


def _fallen_part_excuse(verdict: str, note: str, printed, exact) -> tuple[str, str]:
    """A total's growth below the mix of the parts a split by a dimension lists is no proof of a slip: the split lists
    this period's categories, and one the year before had and this year has not (a business sold, a plant closed) makes
    the base larger than the parts' and the growth lower (三峡能源's generation, '分品类来看' 567.54 = 346.84 + 215.62 +
    5.08 亿千瓦时, +7.9% against the parts' 9.2%). One above the mix no such part explains. (Parts after 其中 the writer
    lists as the whole's, the year before's too: both ways are judged.)"""
    if verdict == "mismatch" and exact is not None and printed.value < exact:
        return "unverifiable", (f"{note}; gives {exact:.2f}, but a part the year before had and this period has not would "
                                f"lower the total's growth below its parts'")
    return verdict, note


# after a comma, but not one that parts a figure's thousands ('381,217,890股')
_COMMA = re.compile(r"(?<=[，、])|(?<=,)(?<!\d,)|(?<=\d,)(?!\d{3}(?!\d))")
# spaces before a word, and a figure with its unit just before them
_SPACES = re.compile(rf"\s+(?=[\u4e00-\u9fff])(?!(?:万亿|千万|百万|十亿|亿|万|千)?(?:元|美元|港元|{COUNTED_UNITS}))")  # (not a figure's own unit: '7,929 亿元')
_FIGURE_END = re.compile(rf"{SIGNED_NUM}\s*(?:{_UNIT}|%)$")


def _clauses(text: str) -> list[str]:
    """`text` cut into clauses, each keeping what ends it (the pieces join back into `text`): a
    clause ends at a comma, and in a summary's bullets at the spaces after a figure's unit
    ('其中有限售条件流通股381,217,890股 无限售条件流通股31,892,110股')."""
    out = []
    for clause in _bracketed_commas_kept(_COMMA.split(text)):
        cuts = [m for m in _SPACES.finditer(clause) if _FIGURE_END.search(clause[:m.start()])]
        at = 0
        for cut in cuts:
            out.append(clause[at:cut.end()])
            at = cut.end()
        out.append(clause[at:])
    return [c for c in out if c]


def _bracketed_commas_kept(pieces: list[str]) -> list[str]:
    """Pieces cut at a comma inside a bracket joined again, where the bracket closes: '国产影片票房284.12亿元(去年同期为
    321.18亿元,同比减少11.54%)' is one part's clause, its bracket a gloss."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if out and _open_brackets(out[-1]) > 0 and re.search(r"[)）]", "".join(pieces[i:])):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _open_brackets(text: str) -> int:
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


# a clause giving the part just named its figure a year before
_YEAR_AGO_CLAUSE = re.compile(r"\s*(?:上年同期|去年同期|上年末|去年末|上年|去年)\s*(?:为|是)?\s*[-−]?\d")


# a clause saying how figures are counted, with no figure of its own: '按照国际收支统计口径计算', '按可比口径计算', '据初步统计'
_REMARK = re.compile(r"\s*(?:按照?|据|从|以)[^，,\d]{0,20}?(?:计算|计|统计|来看|看|口径)\s*$")


def _part_clauses(text: str, start: int, stop: int) -> list[Part]:
    """The parts one clause each in text[start:stop], with their places in `text`: clauses of a
    change only are passed over (a growth in percent right after a part is that part's), any
    other clause ends them."""
    parts, at = [], start
    held = ""  # names before a 、, no figure of their own: the next clause's name goes on from them ('到店、酒店及旅游业务收入…',
    # '乌、白、溪、向四座电站实现发电量1504.42亿kwh')
    for clause in _clauses(text[start:stop]):
        if clause.endswith("、") and not re.search(r"\d", clause):
            held += clause
            continue
        clause, at = (held + clause, at) if held else (clause, at)
        held = ""
        body = clause.rstrip("，,、 ")
        if not body.strip():
            at += len(clause)
            continue  # a comma doubled ('增长1.8%,,进口…', as a converted page prints them)
        if not parts and _REMARK.match(body):
            at += len(clause)
            continue  # '其中,按照国际收支统计口径计算,货物贸易顺差1090亿美元,…': how the parts are counted, no part
        if parts and re.match(r"\s*其中", body):
            break  # a part's own parts ('风电完成发电量346.84亿千瓦时,其中陆上风电240.39亿千瓦时,海上风电…'): not the total's
        if parts and _YEAR_AGO_CLAUSE.match(body):
            at += len(clause)
            continue  # '逾期1天至90天金额为11.18亿元,上年同期为13.87亿元': the part's year before, no part of its own
        m = None if _CHANGE_IN_AMOUNT.match(body) else (_PART_CLAUSE.match(body) or _PART_NAMED_AFTER.match(body))
        if m and m.group("aside") and _FIGURE_IN_ASIDE.search(m.group("aside")):
            m = None  # (a bracket holding an amount is no aside: '(其中海外120万人)')
        run_on = None
        if m is None and (run_on := _RUN_ON_GROWTH.search(body)) is not None:
            # its growth run on with no comma: '内河主要港口完成8328万吨同比增长24%'
            m = _PART_CLAUSE.match(body[:run_on.start()])
        if m and "分别" in m.group("name"):
            break  # '分别净增77家、18家': a list over the parts already named, no part of its own
        if m and parts and _A_GAP_NAME.search(m.group("name")):
            break  # '入境旅游人数超过出境旅游320万人次': the gap between two parts, no part of its own
        if m and (not parts or _scale_to(m.group("unit"), parts[0].unit) is not None) \
                and (not m.group("num").startswith(("-", "−")) or _SIGNED_ITEM.search(m.group("name"))) \
                and not (parts and unit_key(m.group("unit")) != unit_key(parts[0].unit) and _NO_PART_NAME.search(m.group("name"))):
            grown = _GROWTH_TO.match(body, m.start("grown")) if m.group("grown") else run_on
            # (or its growth in brackets right after its figure: '即食营养系列收入10.8亿元(同比+0.6%)')
            grown = grown or _BRACKETED_GROWTH.match(body, m.end("measure") if m.group("measure") else m.end("unit"))
            parts.append(Part(m.group("name") + (m.group("measure") or ""), at + m.start("num"), at + m.end("num"), m.group("unit"), m.group("num"),
                              (grown, at) if grown else None))
        elif parts and (_CHANGE_CLAUSE.match(body) or _CHANGE_IN_AMOUNT.match(body) or _RATIO_CLAUSE.match(body)
                        or _SHARE_CLAUSE.match(body)):
            growth = _GROWTH_CLAUSE.match(body)
            if growth and parts[-1].growth is None:
                parts[-1] = parts[-1]._replace(growth=(growth, at))
            change = _YEAR_ON_YEAR_CHANGE.match(body)
            if change and parts[-1].change is None:
                parts[-1] = parts[-1]._replace(change=(change, at))
        else:
            break
        at += len(clause)
    return parts


# (with the words a count of stores or branches moves by, data/net_change.json's: '净新增门店832家,其中自建300家,关店447家,
# 新增加盟979家' is 300 − 447 + 979)
_UP_WORDS = re.compile("|".join(["增加", "增长", "新增", "多增", "上升", "流入"] + data_json("net_change.json")["added"]))
_DOWN_WORDS = re.compile("|".join(["减少", "下降", "少增", "流出"] + data_json("net_change.json")["reduced"]))


# a balance's way: a surplus adds, a deficit takes away ('经常账户顺差481亿美元,其中,货物贸易顺差1049亿美元,服务贸易逆差570亿美元')
_SURPLUS, _DEFICIT = re.compile("顺差"), re.compile("逆差")


def _way(words: str) -> int:
    """+1 for words of a rise (or a surplus), −1 for a fall (or a deficit), 0 for neither: the last such word decides."""
    found = [(m.start(), 1) for r in (_UP_WORDS, _SURPLUS) for m in r.finditer(words)] + \
        [(m.start(), -1) for r in (_DOWN_WORDS, _DEFICIT) for m in r.finditer(words)]
    return max(found)[1] if found else 0


# the words of an average: '平均规模', '人均', '平均每户'
_AN_AVERAGE = re.compile(r"平均|人均")


# a part this near its total, beside another as near, is no part of a split of it
ALMOST_ALL = Decimal("0.9")


def _scaled_alike(unit: str, other: str) -> bool:
    """Whether two units are one counted unit at two scales ('亿人次' and '万人次', '万个' and '个'; not '元' and '亿元', a
    price; nor money at two scales, '50万美元' over parts in 亿美元 being a slip ai_compute names)."""
    scaled = [split_scale(u) for u in (unit, other)]
    return all(scaled) and any(scale for scale, _ in scaled) and unit_key(scaled[0][1]) == unit_key(scaled[1][1]) \
        and scaled[0][0] != scaled[1][0] and money_scale(unit)[1] not in CURRENCY_OF_WORD


def _scale_to(unit: str, total_unit: str) -> Optional[Decimal]:
    """How many of `total_unit` one `unit` is: 1 for one unit ('家' and '间'), a measure's sizes converted ('MW' in 'GW':
    0.001); None for two units of different things."""
    if unit_key(unit) == unit_key(total_unit):
        return Decimal(1)
    # (one counted unit at two scales: '5269.8万人次' of '5.2亿人次')
    scaled = [split_scale(u) for u in (unit, total_unit)]
    if all(scaled) and any(scale for scale, _ in scaled) and unit_key(scaled[0][1]) == unit_key(scaled[1][1]) \
            and in_base_unit(scaled[0][1]) is None \
            and (all(scale for scale, _ in scaled) or money_scale(scaled[0][1])[1] not in CURRENCY_OF_WORD):
        # (both scaled, for money: '164元' beside '310亿元' is a price per tonne; a count may go unscaled: '居民基本养老保险
        # 参保10199人' among parts in 万人)
        return Decimal(UNIT_MULT[scaled[0][0]]) / Decimal(UNIT_MULT[scaled[1][0]])
    part, whole = in_base_unit(unit), in_base_unit(total_unit)
    if part is None or whole is None or part[0] != whole[0]:
        return None
    return part[1] / whole[1]


def _judged(s, total: tuple, names: list[str], figures: list[tuple[str, int, int]], unit: str,
            signs: Optional[list[int]] = None, scales: Optional[list[Decimal]] = None, complete: bool = False,
            changes: bool = False) -> dict:
    """The check of a total (its sentence, its match, its offset there) against its parts (their
    figures as printed and where in `s` they stand; `signs` −1 for a part that counts against it; `scales` how many of
    the total's unit one of each part's is, where a part is printed in another size of the measure: '404MW' of GW).
    `changes`: the total and its parts are changes (增加/减少), so a member not listed may have moved either way."""
    where, t, offset = total
    signs, scales = signs or [1] * len(figures), scales or [Decimal(1)] * len(figures)
    parts = [figure_of(num).times(scale) for (num, _, _), scale in zip(figures, scales)]
    parts = [p.signed(sign) for p, sign in zip(parts, signs)]
    printed = figure_of(t.group("num"))
    claim = marked(where.text, offset + t.start("num"), offset + t.end("num"))
    cells = [("text", where.page, where.start + offset + t.start("num"), where.start + offset + t.end("num"))] + [
        ("text", s.page, s.start + a, s.start + b) for _, a, b in figures]
    sizes = [("" if scale == 1 else f" × {scale.normalize():f}") for scale in scales]
    formula = "".join(f"{' + ' if sign > 0 else ' − '}{n} {num}{size}" for n, (num, _, _), sign, size in zip(names, figures, signs, sizes))
    formula = formula[3:] if formula.startswith(" + ") else formula.lstrip()
    inputs = {n: p for n, p in zip(names, parts)}
    verdict, exact = judge_formula(_summed, parts, printed)
    if unit in DISCRETE_UNITS and all(p.places == 0 for p in parts) and printed.places == 0 and verdict == "rounding":
        verdict = "mismatch"  # whole things counted one by one add exactly: no rounding between them
    if verdict == "mismatch":
        _, hi = formula_range(_summed, parts) or (exact, exact)
        # (a list naming its rest, '其他', is every part: a sum short of the total is then wrong too)
        whole = complete or (is_complete(names) and abs(exact / printed.value - 1) <= NEAR_ENOUGH) \
            or any(_CATCH_ALL_NAME.search(n) for n in names)
        if hi < printed.value and not whole:
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "the parts listed may not be all of it: a part not listed (其他) would make up the rest",
                        cells=cells)
        if changes and not whole:
            # '机构增加48个,其中:医院增加1458个,基层…增加5369个,专业公共卫生机构减少6469个': 358 over 48, but a member not
            # listed (其他机构) may have fallen by the rest
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "the parts are changes, and may not be all of them: a member not listed may have moved the other way",
                        cells=cells)
        if overlapping(names):
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "the parts are kinds that overlap (data/partitions.json): their sum may pass the whole",
                        cells=cells)
        if crossing(names) and hi >= printed.value:
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "the parts are named along two dimensions (data/partitions.json `crossing`): one may hold another",
                        cells=cells)
        if sum(printed.value * ALMOST_ALL <= p.value <= printed.value for p in parts) >= 2:
            # two parts each nearly the whole, neither over it: no split (a slip makes one part wrong, not two
            # nearly whole) but counts of things that overlap or differ ('共有238个,其中定期航班通航机场237个,
            # 定期航班通航城市234个')
            return make(claim, where.page, formula, inputs, printed, exact, unit, "unverifiable",
                        "two of the parts are each nearly all of the total: they overlap, or count other things",
                        cells=cells)
    note = (calc.part_slip(parts, names, printed) or "") if verdict == "mismatch" else ""
    return make(claim, where.page, formula, inputs, printed, exact, unit, verdict, note, cells=cells)


def _summed(*parts):
    return sum(parts)


def _total(s, m: re.Match, previous, unit: str) -> Optional[tuple]:
    """The total the parts are of, as (its sentence, its match, where the match's text starts in
    the sentence): the figure in their unit after the verb they share, nearest before them in
    their bullet; or, where the parts follow 其中 (in this sentence or opening it), the figure in
    their unit nearest before 其中 that is no change in amount."""
    verb = m.groupdict().get("verb")  # (a slash-list split names no verb)
    if verb:
        # within the parts' own bullet or clause run: a summary's next bullet speaks of another period
        cut, before = _run_before(s.text, m.start())
        found = [t for t in _NUM_UNIT.finditer(before) if unit_key(t.group("unit")) == unit_key(unit)
                 and re.search(rf"(?:{_VERB_FORMS.get(verb, verb)})[\u4e00-\u9fff]{{0,6}}\s*$", before[:t.start()])]
        if found:
            return s, found[-1], cut
    if m.group("of_which"):
        total = _of_the_parts_measure(m, _total_before(s, m.start(), previous, unit))
        if total is not None and _BY_DIMENSION.match(m.group("of_which")):
            where, figure, offset = total
            words = re.split(r"[，,；;。]", where.text[offset:offset + figure.start()])[-1]
            of_a_region = _BY_REGION.match(m.group("of_which")) and any(r in words for r in regions())
            if not _WHOLE_NAME.search(words) and not of_a_region:
                # '分区域看:省内/省外收入2.68/6.00亿元' after '普通酒收入1.81亿元', '分渠道看,线下/线上收入…' after
                # '国内/国外收入分别为21.9/16.9亿元': a split by a dimension is of the whole (by region, or of a region),
                # and a figure before named by neither is another breakdown's part — their sum confirms it only
                return PartsOfAPart(*total)
        return total
    return _total_by_measure(s, m)


def _parts_measure(m: re.Match) -> Optional[re.Match]:
    """The measure the listed parts name, in their names or after their verb ('国内和海外收入', '分别实现收入')."""
    return _MEASURE.search(m.group("names")) or _MEASURE.search(m.groupdict().get("measure") or "")


def _of_the_parts_measure(m: re.Match, total: Optional[tuple]) -> Optional[tuple]:
    """The figure before 其中 as the parts' total, unless the parts name a measure and the figure's
    words name another ('扣非归母净利46.29亿元…。其中,液体乳、冷饮业务营收分别为196.40亿元、41.05亿元': revenue
    lines, no split of the profit)."""
    measure = _parts_measure(m)
    if total is None or measure is None:
        return total
    where, figure, offset = total
    named = _MEASURE.findall(where.text[offset + max(0, figure.start() - 10):offset + figure.start()])
    if named and not set(named) & set(_measure_words(measure.group(0))):
        return None
    return total


# a figure of the company's whole line: '营收100.0亿元', '公司实现营业收入100.0亿元' (no segment's name before it)
_WHOLE_NAME = re.compile(r"(?:^|[，,；;:：\s]|公司|实现|年|季度|半年)\s*(?:营业总收入|营业收入|总营收|营收|总收入|收入)\s*(?:为|达到?|约为?)?\s*$")
# names that are no parts of one whole: periods ('2024年和2025年'), another's figures ('行业和公司')
_NOT_PARTS = re.compile(r"年|季|月|期|[QH][1-4]|[1-4][QH]|行业|市场|全国|同行|可比|同比|环比")


def _total_by_measure(s, m: re.Match) -> Optional[tuple]:
    """Parts whose names end in a measure ('国内和海外收入分别为60.0亿元和40.0亿元', '…分别实现收入…'):
    their total is the figure of that measure nearest before them in their clause run
    ('营业收入100.0亿元'), in their unit; none where the names are periods or another's."""
    measure = _parts_measure(m)
    if measure is None or _NOT_PARTS.search(m.group("names")):
        return None
    words = _measure_words(measure.group(0))
    unit = _figures_of(m)[-1].group("unit")  # (a slash list prints it after its last figure)
    cut, before = _run_before(s.text, m.start())
    found = [t for t in _NUM_UNIT.finditer(before) if unit_key(t.group("unit")) == unit_key(unit) and t.group("unit")
             and any(re.search(rf"{w}\s*(?:为|达到?|约为?)?\s*$", before[max(0, t.start() - 8):t.start()]) for w in words)
             and not _A_CHANGE.search(before[:t.start()])]
    # the company's own figure, and the only one of that measure: after a segment's ('锂电业务收入60.0亿元，
    # 国内和海外收入分别为…') the parts may split either — the segment's, where they add up to it; never a
    # mismatch of it (`PartsOfAPart`)
    if len(found) != 1:
        return None
    if not _WHOLE_NAME.search(before[max(0, found[0].start() - 10):found[0].start()]):
        return PartsOfAPart(s, found[0], cut)
    return s, found[0], cut


class PartsOfAPart(tuple):
    """A total that is a part's own figure ('中国收入82.83亿元,渠道拆分:线下/线上/批发及其他分别实现收入…'): the
    parts after it may split it, or the company's whole; their sum confirms it, never refutes it."""
    def __new__(cls, *items):
        return super().__new__(cls, items)


# a summary's citation marks and bullet right before a position (nothing else between them)
_MARKS_BEFORE = re.compile(rf"(?:\s*(?:{BULLET}|\[\d+\]))+\s*$")


def _run_before(text: str, start: int) -> tuple[int, str]:
    """Where the clause run holding `start` opens, and its text up to `start`."""
    cut = max((b.end() for b in _TOPIC_END.finditer(text, 0, start)), default=0)
    return cut, text[cut:start]


def _names_it(total: tuple, named: str) -> bool:
    """Whether the words right before a total's figure name it as `named` (a segment's name stands for its revenue:
    '奶酪业务' names '奶酪业务收入21.4亿元')."""
    where, t, offset = total
    words = re.sub(r"\s", "", where.text[max(offset, offset + t.start() - 12):offset + t.start()])
    # (a word for the kind of figure may follow the name: '旅游外汇收入测算数为142.21亿美元', '…总额为')
    return bool(re.search(rf"{re.escape(named)}(?:收入|营收|营业收入)?(?:总额|总量|总数|测算数|累计数|累计)?(?:为|达到?|约|合计|实现)?$", words))


def _named_by_the_parts_measure(s, start: int, total: tuple, parts: list[Part]) -> tuple:
    """The total, or — where the parts all name one measure ('第一产业用电量…') the figure before them does not
    ('…累计23846亿千瓦时,…,其中规模以上工业发电量为22699亿千瓦时。从分产业用电看,…') — the last figure in their unit before
    them in its sentence whose words name it."""
    where, t, offset = total
    measures = {m.group(0) for p in parts if (m := _MEASURE.search(p.name))}
    words = where.text[max(0, offset + t.start() - 12):offset + t.start()]
    if len(measures) != 1 or (measure := measures.pop()) in words:
        return total
    end = start if where is s else len(where.text)  # (the figure before may stand in the sentence before)
    named = [n for n in _NUM_UNIT.finditer(where.text, 0, end) if unit_key(n.group("unit")) == unit_key(parts[0].unit)
             and measure in where.text[max(0, n.start() - 12):n.start()]]
    return (where, named[-1], 0) if named else total


def _named_total(s, start: int, previous, named: str, unit: str, earlier: Sequence = ()) -> Optional[tuple]:
    """The figure in `unit` the name names, nearest before `start` in this sentence, the one before, or those `earlier`
    (a page's few sentences before them, nearest first: a total named again may open a paragraph of its own,
    '…旅游外汇收入测算数为142.21亿美元…。入境旅游者中,…。旅游外汇收入中,过夜旅游者…')
    ('…奶酪业务收入21.4亿元(同比+14.8%),贸易产品收入2.3亿元… - 奶酪业务中…': 21.4, not the nearest figure)."""
    for where, end in ((s, start), (previous, len(previous.text) if previous is not None else 0),
                       *((e, len(e.text)) for e in reversed(earlier))):
        if where is None:
            continue
        found = [t for t in _NUM_UNIT.finditer(where.text, 0, end) if unit_key(t.group("unit")) == unit_key(unit)
                 and _names_it((where, t, 0), named)]
        if found:
            return where, found[-1], 0
    return None


def _total_past(between, further, unit: str, levels_only: bool) -> Optional[tuple]:
    """The total a 其中 opening its sentence breaks down, two sentences back: past a sentence that speaks of that total
    with no figure in the parts' unit ('…社会物流总费用8.6万亿元,同比增长10.4%…。前三季度社会物流总费用与GDP的比率为
    14.5%,…。其中,运输费用4.6万亿元,…': the ratio's sentence names the total, states none of it). None where the sentence
    between states a figure in the parts' unit (its own would be the total) or names the total nowhere."""
    if any(unit_key(t.group("unit")) == unit_key(unit) or _scaled_alike(t.group("unit"), unit)
           for t in _NUM_UNIT.finditer(between.text) if t.group("unit")):
        return None
    found = _total_before(further, len(further.text), None, unit, levels_only=levels_only)
    if found is None:
        return None
    where, t, offset = found
    name = re.split(r"[，,:：]", where.text[offset:offset + t.start()])[-1]
    name = re.sub(r"(?:为|达到?|约|共计|合计|累计|实现|完成)+\s*$", "", name.strip())
    return found if len(name) >= 2 and name[-6:] in between.text else None


# the words of who says what follows, before 其中: '公报显示,', '数据表明,', '据统计,'
_SOURCE_SAYS = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,10}(?:显示|表明|指出|介绍|称)|据[\u4e00-\u9fff]{1,10})\s*[，,:：]?\s*")


def _total_before(s, start: int, previous, unit: str, levels_only: bool = False) -> Optional[tuple]:
    """The figure in `unit` nearest before `start` (where 其中 stands) in its clause run, or
    in the sentence before's last one where 其中 opens this sentence, that is no change in amount."""
    cut, text = _run_before(s.text, start)
    where, offset = s, cut
    if _SOURCE_SAYS.fullmatch(text):
        text = ""  # ('…17444万人,比上年末增加1091万人。公报显示,其中参保职工13082万人': who says it, no total)
    if not text.strip(" ，,") and cut == 0 and previous is not None:
        # '…19.2万笔。其中新车和二手分别为…': the last clause run of the sentence before
        where, (offset, text) = previous, _run_before(previous.text, len(previous.text))
    elif not text.strip(" ，,") and s.text[cut - 1] in "；;":
        # '…102637万吨,同比增长15.7%;其中沿海…': the run the ；ends
        offset, text = _run_before(s.text, cut - 1)
    elif not re.search(r"\d", text) and (marks := _MARKS_BEFORE.search(s.text, 0, cut)) is not None:
        # '…对外担保余额6.84亿元,占净资产14.16% [10] - 其中对子公司…': a summary's bullet the one before ends (or, words
        # naming the figure again before the cue: '[1] - 各项资产减值准备具体金额为:…')
        offset, text = _run_before(s.text, marks.start())

    def in_unit(text: str, alike) -> list[re.Match]:
        return [t for t in _NUM_UNIT.finditer(text) if alike(t.group("unit"))
                and not _A_CHANGE.search(text[:t.start()])
                # a bound is no total: '规模首次突破20万亿元,其中一季度、二季度分别达到9.76万亿元和10.34万亿元'
                and not (_A_BOUND.search(text[max(0, t.start() - 4):t.start()])
                         # (a ceiling is a plan's total, its parts the shares of it: '总额度不超过29.6亿元,其中…')
                         and not _A_CEILING.search(text[max(0, t.start() - 6):t.start()]))
                and not _A_BASE.search(text[max(0, t.start() - 16):t.start()])
                # nor another period's in brackets: '总票房为478.64亿元(去年同期为489.45亿元,同比减少2.21%)…。其中…'
                and not in_brackets(text, t.start(), 0)
                and not (levels_only and _NET_CHANGE.search(text[max(0, t.start() - 6):t.start()]))
                # (nor a period's flow: '…余额15.25万亿元,…;上半年增加1.81万亿元,…。其中,重工业…余额13.04万亿元')
                and not (levels_only and _A_FLOW.search(text[max(0, t.start() - 6):t.start()]))]
    # in the parts' unit; else, where none is, in another scale of it ('出入境旅游总人数1.27亿人次…其中,入境旅游人数6510万人次')
    first = (offset, text)
    for alike in (lambda u: unit_key(u) == unit_key(unit), lambda u: _scaled_alike(u, unit)):
        offset, text = first
        found = in_unit(text, alike)
        # the last run states another measure ('业务量累计完成800.1亿件,…；业务收入累计完成7688.9亿元,…。其中,同城业务量…
        # 亿件'): the nearest run before it, after a ；, that holds a figure in the parts' unit
        while not found and offset > 0 and where.text[offset - 1] in "；;":
            offset, text = _run_before(where.text, offset - 1)
            found = in_unit(text, alike)
        if found:
            return where, found[-1], offset
    return None
