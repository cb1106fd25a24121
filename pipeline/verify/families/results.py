"""Check family: what a company report's sentences say about its own line items, against
its tables: "2025年一季度公司实现营业收入32.1亿元，同比增长18.5%，环比增长3.2%；毛利率24.1%，
同比提升1.2个百分点", "预计2025-2027年归母净利润分别为13.9/17.9/21.5亿元，同比增长21%/29%/20%，
对应PE为30/24/20倍", "2024-2027年营业收入CAGR为16.9%".

A sentence is read as a run of events in order: periods (2025年, 1Q25, 2025年一季度, 前三季度,
2025-2027年), line items (营业收入, 归母净利润, 毛利率; words in data/line_items.json), amounts
(32.1亿元), lists (分别为a/b/c), changes (同比增长X%, 环比-X%, 提升X个百分点), CAGR and PE.
A figure belongs to the period and the line item stated last before it in its sentence; a
line item the report qualifies (中国区收入, 晶圆毛利率) or an amount of an unnamed item ends
the line item's run, so that nothing is pinned on the wrong one. Amounts come from the
report's tables where it prints them (a quarterly table on another page is an input), else
from the sentence itself.

  amount   the table's figure for that item and period, rescaled to the sentence's unit
           (a 亿/百万 slip is a mismatch with its cause)
  change   同比: against the same period a year before; 环比: the period just before (a
           year or a cumulative 前三季度 has none: unverifiable, naming it); a base the report
           does not print is unverifiable, naming it
  points   提升X个百分点: the ratio this period minus the ratio of the base period
  ratio    毛利率X%: the table's ratio, else recomputed from amounts (margins' definitions)
  CAGR     (end ÷ start)^(1/years) − 1 over the years the sentence names
  PE       the close ÷ each year's EPS (from the sentence, else the table)
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional

from ... import calc
from ...calc import Derived, Printed
from ...quantities import COUNTED_UNITS, parse_cn_number
from ...document import Document
from ...periods import (NOMINAL_YEAR, PERIOD_PHRASE, PERIODS_JOINED, Period, arabic_years, consecutive, differences, made_of, name_of, period_before,
                         period_of_label, periods_of_phrase, report_period, year_before, year_of_text)
from ..checks import (CURRENCY_OF_WORD, Amount, amounts, converted, same_money, formula_range, growth_pct, growth_readings, judge_growth,
                      is_company_report, judge_formula, opening_publisher, title_publisher, headline_company, untitled_company, published_report, published_results_quarter, line_items, make, marked, sentence_marked, money_scale, published_results_year, share_scale, squash)
from ..sentences import (BARE_EXPENSE_RATIO, BARE_MARGIN, BULLET, CHANGE_PAIR, DIGEST_BREAK, DOWN, MONEY_UNIT, SHARP_DOWN, SHARP_UP, MOVED_BY, PERIOD_LIKE, PERIODS_BEFORE, POINT_WORDS, POINTS, RATIO_NAMES, REVISION_VERBS,
                         SIGNED_NUM, UP, YEAR, Sentence, item_names, bracket_around, bracket_spans, figure_of, page_sentences, plain_growth, prose_pages, signed_by)
from .margins import AMBIGUOUS, RATIOS
from .period_sums import FLOWS, on_another_basis
from .totals import IDENTITIES
from .market import FAR, on_one_count, share_count_excuse
from .valuation import exact_price, product_interval

HUNDRED = Decimal(100)

# ----------------------------------------------------------------------------- periods
# the head of a figure a space split from it, right before where a figure starts: '为3 4.04' (34.04, as a
# PDF's letter-spacing prints it); not a period's digit ('24Q3 10.2')
_SPLIT_BY_A_SPACE = re.compile(r"(?<![\dA-Za-z.,])\d{1,3}[ \u3000]$")
# an EPS the sentence names basic or diluted ('基本每股收益0.94元'): on the year's weighted average
# share count (market.share_count_excuse)
_WEIGHTED_EPS = re.compile(r"(?:基本|稀释)\s*(?:每股收益|每股盈利|EPS)\s*(?:为|是)?\s*$|(?:basic|diluted)\s*EPS\s*$", re.I)


_SLASH = re.compile(r"\s*[/／]\s*")


# the statement identities a summary's prose may be judged by: their lines' names are unambiguous
# (净利润 = 利润总额 − 所得税 is not: a sentence's 净利润 is as often the parent's share)
PROSE_IDENTITIES = {"gross_profit", "total_assets", "total_liab", "liab_equity", "equity_total",
                    "net_interest_income", "net_fee_income"}
# lines a sentence may speak of that it need not state (毛利润同比减少424万元): had from those identities
DERIVED_LINES = {"gross_profit"}


# ----------------------------------------------------------------------------- line items
# the period expense ratio and its definition on the stated 期间费用 (margins.RATIOS)
_PERIOD_EXPENSE_RATIO = re.compile(r"期间费用?率$")
_PERIOD_EXPENSE_WAY = next(name for _, _, definitions in RATIOS for name, concepts, _ in definitions
                           if concepts == ("period_exp", "revenue"))  # ('期间费用 ÷ 营业收入')
# a cost line's ratio by its line, for a bare 费用率 said after the line ('期间费用46.2亿元,…,费用率9.6%')
_EXPENSE_RATIO_OF = {"selling_exp": "销售费用率", "admin_exp": "管理费用率", "rd_exp": "研发费用率", "fin_exp": "财务费用率",
                     "period_exp": "期间费用率"}
# a profit line's margin by its line, for a bare 利润率 said right after the line ('经调整净利润为人民币3403.46百万元,利润率13.6%')
_MARGIN_OF = {"gross_profit": "毛利率", "net_profit": "净利率", "parent_np": "归母净利率", "deducted_np": "扣非归母净利率",
              "adjusted_np": "经调整净利率", "adjusted_op": "经调整经营利润率", "operating_profit": "营业利润率",
              "ebitda": "EBITDA利润率", "adjusted_ebitda": "经调整EBITDA利润率"}
# an expense ratio's name: one cost line over revenue ('销售费用率', '管理费率')
_EXPENSE_RATIO = re.compile(r"(?:销售|管理|研发|财务)费用?率$")
# ratios only a year has (a dividend is declared on a year's profit)
_OF_A_YEAR = re.compile(r"股利支付率|分红比例|分红率|派息率|派息比率")


def _concept_word(concept: str) -> str:
    """A concept's name as the statements print it (line_items.json's first name for it)."""
    words = line_items().get(concept) or [concept]
    return words[0]


@lru_cache(maxsize=1)
def _other_lines() -> re.Pattern:
    """data/line_items.json _other_lines: names of figures that are no line item (政府补助, 汇兑损益…), longest first."""
    return re.compile("|".join(map(re.escape, sorted(line_items().get("_other_lines", {}).get("names", []), key=len, reverse=True))))


@lru_cache(maxsize=1)
def _figures_after() -> tuple[Optional[re.Pattern], dict[str, str]]:
    """data/line_items.json _figures_after: names that are a line only where its figures follow
    right after ('盈利预测至69、92、115亿'), as one pattern that holds the figures' lead-in, and their concepts."""
    names = line_items().get("_figures_after", {}).get("names", {})
    if not names:
        return None, {}
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?:{words})(?=\s*(?:分别)?\s*(?:为|至|(?:上|下)?调(?:整)?(?:为|至))\s*[-−]?\d)"), names


@lru_cache(maxsize=1)
def _named_own_only() -> frozenset[str]:
    """data/line_items.json _named_own_only: prose names that are a line item only right after the company itself."""
    return frozenset(line_items().get("_named_own_only", {}).get("names", []))


# the company itself right before a line's name, maybe with the verb that states it ('集团实现销售额')
_COMPANY_ITSELF = r"(?:本?集团|本?公司)"
_ITSELF_THEN = r"\s*(?:实现|录得|的|之)?\s*$"


def _after_the_company(text: str, start: int, company: Optional[str]) -> bool:
    before = text[max(0, start - 12 - len(company or "")):start]
    names = _COMPANY_ITSELF + (f"|{re.escape(company)}" if company else "")
    return bool(re.search(f"(?:{names}){_ITSELF_THEN}", before))


@lru_cache(maxsize=1)
def _own_only() -> frozenset[str]:
    """data/line_items.json _own_only: prose names that are a line item only as the company's own."""
    return frozenset(line_items().get("_own_only", {}).get("names", []))


# what may stand before a line item that is the company's own (公司实现营业收入, 全年收入,
# 1Q25营收, 综合毛利率); any other Han word before it qualifies it (中国区收入, 晶圆营收): not the total
_OWN_BEFORE = re.compile(r"(?:公司|集团|集团之|本集团|该行|本行|实现|录得|全年|单季度|单季|季度|年度|年|期内|当期|累计|预计|预测|预期|对应|合计|的|其|综合|整体|总体|最终|"
                         # the report the figures are from ('2024 年年报营业总收入同比-10%至65.8亿元')
                         r"年报|中报|季报|财报|年中期|"
                         r"季|度|H[12]|Q[1-4]|[AE]|但|而|且|并|同时|此外|另外|和|及|与|"
                         # a cause, then the company's line it moved ('上网电量…增长，带动营业收入同比增长3.17%')
                         r"带动|推动|拉动|驱动|导致|使得|致使|促进|助力|致|使|"
                         # (or after it, under its effect: '综合作用下净利率4.51%', '多重因素影响下归母净利润…')
                         r"(?:作用|影响|带动|推动|拖累|驱动)下|"
                         # a ratio the sentence derives from the amounts just before ('…毛利97.61亿元，相当于毛利率70.3%')
                         r"即|相当于|"
                         # a dividend's verbs ('拟派发现金分红860.2亿元', '预计分配现金红利5.14亿')
                         r"派发|分配|派|拟|"
                         # the last figure's unit, a summary's clauses run together with no stop
                         # ('…20411百万元营业成本分别为…')
                         r"\d(?:万亿|亿|千万|百万|万|千)?元|\d%)$")

# a part named right before '的' and a line item ('自主产品的营收', '海外业务的收入'): the part's line
_PART_BEFORE_POSSESSIVE = re.compile(r"(?:产品|业务|板块|分部|品牌|地区|区域|市场|渠道|子公司)$")


# a balance's change since the year began: on the end of the year before ('资产负债率较年初下降2.4个百分点')
_SINCE_YEAR_START = ("较年初", "较期初", "较上年末")
# the same period of a year the comparison names: '较2024年同期下降1个百分点' (the year before, mostly; a year
# further back is that year's: '较2019年同期' of 2025Q3 is 2019Q3)
_NAMED_YEAR_SAME_PERIOD = re.compile(r"[较比]\s*((?:19|20)\d\d)\s*年\s*同期")
_NAMED_YEAR_BASE = r"[较比]\s*(?:19|20)\d\d\s*年\s*同期"


def _base_period(p: Period, base_word: str) -> Optional[Period]:
    """The period a change names as its base: the period just before (环比, QoQ), the end of the
    year before (较年初: a balance since the year began), the same period of the year it names
    ('较2024年同期'), else the same period a year before."""
    if base_word.lower() in ("环比", "环", "qoq", "按季", "季"):
        return period_before(p)
    if base_word in _SINCE_YEAR_START:
        return ("Y", p[1] - 1) if p and p[1] else None
    named = _NAMED_YEAR_SAME_PERIOD.fullmatch(base_word)
    if named and p[1] and p[1] != NOMINAL_YEAR:  # (a period of no known year: its year before, as most compare)
        return (p[0], int(named.group(1)), *p[2:])
    return year_before(p)


# the sum of the expense ratios a sentence has just stated: '…研发费用率12.0%，三费合计48.0%'
# (named as the expense ratios' sum: '三费合计', '四项费用合计', '费用率合计'; not any 合计 of a percent)
_RATIO_SUM = re.compile(r"(?:(?P<n>三|四)(?:费|项费用率?)|费用率)(?:合计|总计|之和)\s*(?:为|达)?\s*(?P<num>\d+(?:\.\d+)?)\s*%")
# the same period a year before, named as the base a clause states ('去年同期为32.00亿元')
# (an announcement's '较上年人民币1900百万元': the year before, its figure after the currency word)
# (its figure a loss: '去年同期亏损38.97亿元', read as −38.97 by `_LOSS_BEFORE`)
# (or by its year: '2022年上半年营业额为210.13亿元,2021年同期为196.34亿元' — taken only where it is the year before)
_A_YEAR_BEFORE = re.compile(r"(?:去年|上年|(?P<year>(?:19|20)\d{2})\s*年)(?:同期|度)?(?=\s*(?:为|是|的|实现)?\s*(?:净?亏损)?\s*"
                            r"(?:人民币|港币|美元)?\s*[-−]?\d)")  # (a negative base too: '上年同期为-48.48亿元')
# a loss's word right before an amount ('归母净利润亏损3.58亿元', '上年同期净亏损38.97亿元'): the amount is
# that line's, negative
_LOSS_WORD = re.compile(r"\s*(?:净)?亏损\s*(?:额)?\s*(?:为|达到?|约)?\s*(?:人民币)?\s*")
_LOSS_BEFORE = re.compile(_LOSS_WORD.pattern + "$")
# metrics that are no line item, whose changes are their own ('ASP 环比上升6%', '销量同比+5%')
# (an insurer's and a bank's own measures too: 内含价值, 新业务价值, 保费, 不良率, 净息差, 贷款, 存款)
_OTHER_METRIC = re.compile(r"ASP|均价|单价|售价|吨价|价格|销量|出货量|交付量|交付|产量|产能|用户数|订单|客户数|门店数|"
                           r"内含价值|(?<![A-Za-z])EV(?![A-Za-z/])|新业务价值|NBV|保费|综合成本率|COR|"
                           r"不良率|不良贷款|拨备覆盖率|净息差|息差|贷款|存款|资产规模|"
                           # returns on other bases ('净利率为7.34%/7.92%,ROA为3.04%/3.33%': ROA is no 净利率)
                           r"(?<![A-Za-z])(?:ROA|ROIC|ROCE|ROI|ROAE|ROAA)(?![A-Za-z])|总资产收益率|投入资本回报率")
# a count of things, no line's amount ('28.2万辆', '17.4 万台', '689万千升'): a change right after it is its own
# (data/counted_units.json)
_A_QUANTITY = re.compile(rf"\d(?:[\d,.]*\d)?\s*(?:万|亿|千|百)?\s*(?:{COUNTED_UNITS})(?![\u4e00-\u9fff])")
# what says a ratio is the whole company's after a part's line was named ('公司Q1综合毛利率')
_WHOLE_COMPANY = re.compile(r"公司|综合|整体|总体")
# the years and the line an earlier forecast's own clause names after 原: '原2025-2026年归母净利润预测…'
_YEARS_FORECAST = r"\s*(?:19|20)?\d\d\s*[-–~至]\s*(?:19|20)?\d\d\s*年[\u4e00-\u9fff]{2,8}预测"
# figures of an earlier forecast ('前值为6.55/9.50亿美元'): not the tables' current ones
_EARLIER = re.compile(r"前值|原值|原为|调整前|此前预测|前次(?:预测)?为?|上次预测|原先预测|原(?=[\s\d\-–~年]{0,12}(?:预测|预期))"
                      # (a clause of its own, a line named between: '原2025-2026年归母净利润预测分别为29.5亿元、36.7亿元')
                      rf"|(?<![\u4e00-\u9fff])原(?={_YEARS_FORECAST})"
                      r"|(?<=年)\s*前预测值?|前期预测"  # '(25-27 年前预测值为8.0、9.3、10.3 亿元)'
                      r"|(?<=[(（])\s*原(?=\s*[-−]?\d)"  # '每股收益预测至1.46/1.72/2.00元(原1.57/1.83/2.12元)'
                      r"|(?<=[(（])\s*前为"  # '营收267/302/326亿元(前为263/302/321亿元)'
                      # (a bracket opening on earlier periods and a colon: their levels, '…15%(21Q3/22Q2:10%/-5%)')
                      r"|(?<=[(（])\s*(?:\d\d[QH][1-4]|[1-4][QH]\d\d)(?:\s*/\s*(?:\d\d[QH][1-4]|[1-4][QH]\d\d))*\s*[:：]")

# many companies counted, or a whole market's, as a sentence's subject: their sum is none company's line
_MANY_COMPANIES = re.compile(r"\d+\s*多?\s*(?:家|只)\s*(?:[\u4e00-\u9fff]{0,4}?)(?:A股|上市公司|公司|企业|个股)|全部A股|A股(?:上市)?公司(?:整体|合计|总计|共)")
# a clause about something other than the company ('北京集成电路产业将实现营业收入3,000亿元')
_OTHER_SUBJECT = re.compile(r"产业|行业|市场|全球|全国|国内|海外|地区|同业|同行|竞争对手|可比公司|龙头|客户|供应商")
# a region the company sells in, alone before its revenue ('海外收入30.0亿元', '其中境外市场收入'): the company's
# part, though 国内 and 海外 before other words name a market or an industry
_REGION_PART = re.compile(r"(?:国内|海外|境内|境外|国外|国际|内销|外销)(?:市场|业务|地区)?(?:实现|的)?$")


# a part of the company just before its line ('电子材料业务实现收入25.99亿元', '新能源板块的营收');
# 主营业务 is the whole company's
# (or heading its bullet: '鲜味剂板块:Q2收入17.6亿元')
# (a sales channel and a business group too: '工程渠道:前三季度收入97.6亿元', '药品事业群')
# (the part's whole line too: '饮品业务整体收入为263.59亿元' is 饮品's, not the company's)
# (continuing operations are the company's whole: '集团持续经营业务收入增加7.1%至68.38亿元')
_PART_BEFORE = re.compile(r"(?<!主营)(?<!全部)(?<!整体)(?<!各项)(?<!持续经营)(?:业务|板块|分部|事业部|事业群|系列|产品线|渠道)(?:实现|的|之|\s*[:：]|整体|总体)?$")


# words that open a clause before a part's name: the company, the period's 年 (or its name: 前三季度), a verb
_OPENING_WORDS = re.compile(r"^(?:公司|全年|年度|年|前三季度?|上半年|下半年|[一二三四]季度|单季度?|上季|报告期内?|期内|实现|其中|其(?!他))+")


def _narrower(subject: "Subject") -> bool:
    """Whether the subject's word names a part of its concept's whole line (line_items.json _narrower:
    主营业务收入 beside 营业收入), so that the whole line's figures are not its own."""
    return subject.concept is not None and line_items().get("_narrower", {}).get(subject.word) == subject.concept


def _part_name(text: str, start: int, end: int) -> str:
    """A part's line as the sentence names it: the line item and the words before it in its
    clause ('光学零件收入' from '- 光学零件收入60.67亿元')."""
    # (a quarter glued between the part and its line is the line's period: '数据中心Q3营收' is 数据中心营收)
    before = re.search(r"[\u4e00-\u9fffA-Za-z]{1,12}$", re.sub(r"(?:\d{2,4}\s*年?)?[QH][1-4]\s*$", "", text[:start]))
    # the words a clause opens with before the part's name ('公司23年实现屈光收入': 屈光收入)
    name = re.sub(r"实现$", "", _OPENING_WORDS.sub("", before.group(0))) if before else ""
    return name + text[start:end]


def _part_years_name(head: str, name: str) -> str:
    """A part's line named for its years' figures: its words without the years ('近三年收入'), and where only the line is
    left, the part the sentence named before it ('作为主品牌的海澜之家系列,近三年实现收入…': 海澜之家系列收入)."""
    name = re.sub(r"^(?:(?:近|最近|过去)\s*[两二三四五2-5]\s*年|(?:19|20)?\d\d\s*(?:年)?\s*(?:[-–~至到]\s*(?:19|20)?\d\d\s*年)?)", "", name)
    if name in ("收入", "营收", "收益"):
        part = list(re.finditer(r"([\u4e00-\u9fffA-Za-z]{1,12}?(?:业务|系列|板块|品牌|分部|事业部))", head))
        if part:
            return re.sub(r"^.*?(?:作为|其中|公司|的)", "", part[-1].group(1)) + name
    return name


# a name doing the verb before the line ('武汉爱尔实现收入6.37亿'): a subsidiary, a hospital, a
# plant — not the company, which is 公司 or unnamed ('2023年实现营业收入', '报告期内实现收入')
_DOER = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,12})实现$")  # (a name in Latin letters too: '子公司A实现')
# what may stand before 实现 and still leave the company its doer: the company (a bank's: 该行, 本行), a period (or its
# report: '2025年中报实现营业收入'), an adverb
_NOT_A_DOER = re.compile(r"(?:(?:本|该)?(?:公司|集团)|(?:本|该)行|报告期内?|期内|中报|年报|季报|半年报|财报|全年|年度|今年|去年|上半财?年|下半财?年|半年|财年|中期|单季度?|季度|前三季度?|"
                         r"当期|当季度?|当年|同期|累计|合计|整体|总体|分别|对应|即|共|共计|预计|预测|有望|将|或将|预期|均|仍|已|还|也|再次|持续|成功|首次|"
                         # (a lead's verb: '单季度看25Q2营业收入…', '分季度来看')
                         r"年|季|度|月|[一二三四]|第|前|后|本|近|首|其|并|且|而|但|同时|此外|另外|和|及|与|中|内|单|来看|看)+$")


def _named_doer(clause: str, company: Optional[str] = None) -> bool:
    """Whether a name other than the company's does the 实现 before the line item ('其中寒武纪二季度
    实现收入' is the company's own, named)."""
    m = _DOER.search(clause)
    if not m:
        return False
    doer = m.group(1).replace(company, "") if company else m.group(1)
    return bool(_NOT_A_DOER.sub("", doer))


# a period named right before a line item ('23Q2', '2024年', '第三季度', '上半年')
# (a span or a list of them: '2025年至2027年', '2025/2026年')
_PERIOD_BEFORE = re.compile(r"(?:(?:\d{2,4}\s*(?:年|[QH][1-4]|[AE])?|[QH][1-4]|[上下]半财?年|财年|中期|全年|前三季度|第?[一二三四]季度|单季度?)"
                            r"\s*(?:[-–~～至到/、和及]\s*)?)+$")


# a name glossed in a bracket right before a line item ('AI powered(AI赋能的业务)收入')
_NAMED_THEN_BRACKET = re.compile(r"[\u4e00-\u9fffA-Za-z][（(][^()（）\n\d%]{1,16}[)）]\s*$")
# letters before a line item that name its period or basis, not a part: 'TTM营收', 'FY营收', 'GAAP营收'
_NOT_A_PART_IN_LETTERS = re.compile(r"^(?:TTM|LTM|YTD|FY|MRQ)$|GAAP|IFRS|IAS", re.I)
_REVENUE_WORD = re.compile(r"营业收入|营收|收入|销售额|营业额")


# the largest share of a year's profit a minority may take that a margin named for either profit ('净利率') is read to
# hide: a move in points on a base implied from the parent's growth, off by no more than this share of the base level,
# is no mismatch
MINORITY_SHARE = Decimal("0.05")
# a cause's words right before a line item ('主因利息支出增加', '主要系销售费用增加', '受原材料成本上涨影响')
_CAUSE_BEFORE = re.compile(r"(?:主因|主要因|主要系|主要受|主要由于|主要源于|系|因|由于|受|源于|得益于)$")
# (or further back in its clause: '我们预计主因项目转固后利息支出增加')
_CAUSE_IN_CLAUSE = re.compile(r"主因|主要因|主要系|主要受|主要由于|主要源于|由于|源于|得益于")


# a part's name, its period, maybe a verb, right before a line ('专业运动板块2025年上半年实现收入'), not continuing operations
_PART_THEN_PERIOD = re.compile(r"(?<!持续经营)(?:业务|板块|分部|事业部|事业群|品牌|产品线|系列)\s*(?:(?:(?:20)?\d\d\s*年?\s*[-–~至到]\s*)?(?:20)?\d\d\s*年\s*)"
                               r"(?:[上下]半年|前三季度|全年|第?[一二三四]季度|[QH][1-4])?\s*(?:实现|录得)?$")
# a clause opening on a brand ('主品牌特步…', '子品牌索康尼…'): its lines are the brand's
_BRAND_OPENING = re.compile(r"\s*(?:其中)?\s*(?:主品牌|子品牌|副品牌|旗下品牌|多品牌|品牌)")
# a clause opened on its topic right before the line item ('关联方方面,收入为8.64亿元', '海外市场方面：收入…'), and the topics that
# are an aspect of the company's results, not a part of it ('收入方面', '盈利能力方面', '2025年上半年方面')
# a comparison's verb before a line named with no figure of its own: what a figure was compared with
_COMPARED_OBJECT = re.compile(r"(?:超过|高于|低于|大于|小于|超出|不及|不足|相当于|接近)(?:了)?(?:同期|当期|当年|公司)?(?:的)?$")
_TOPIC_BEFORE = re.compile(r"(?P<topic>[\u4e00-\u9fffA-Za-z0-9]{1,10})方面\s*[，,:：]?\s*(?:公司)?\s*$")
_ASPECT = re.compile(r"收入|营收|利润|盈利|业绩|费用|成本|毛利|财务|经营|整体|公司|集团|总体|分红|现金|估值|报表|资产|负债|"
                     r"季度|年|期|半年|单季|收益|规模|表现|数据|指标|经营|运营|基本面|^(?:另一|一|其他|其它|其余)$")


# a sentence framed by its topic first ('从TOP TOY 业务来看,'), and where a sentence ends
# (a part's name: a business, a segment, a brand — '从两个维度去看' frames no part)
_FRAMED_TOPIC = re.compile(r"从\s*(?P<topic>[^，,。；;！？从]{0,18}?(?:业务|板块|分部|事业部|事业群|系列|产品线|品牌|渠道|子公司))"
                           r"\s*(?:来看|看)\s*[，,:：]")
_SENTENCE_END = re.compile(rf"[。；;！？!?\n]|{DIGEST_BREAK}")


def is_own(text: str, start: int, company: Optional[str] = None) -> bool:
    """Whether the line item at `start` is the company's own: nothing qualifies it (中国区收入,
    晶圆营收, 电子材料业务实现收入) but the company's own name ('广发证券营业收入'), and its clause is
    not about something else (行业, 市场, 产业)."""
    before = text[max(0, start - 4):start]
    named = bool(company) and text[max(0, start - len(company)):start] == company
    at_its_end = _BALANCE_END.search(before) and not _EARLIER_END.search(before)  # '期末归母净资产', '2024年末总资产'
    # (continuing operations are the company's whole: '集团持续经营业务收入增加7.1%至68.38亿元')
    # (but after 其中 they are a part: '整体收入120.6亿元…;其中持续经营业务收入120.4亿元')
    continuing = bool(re.search(r"持续经营(?:业务)?之?$", text[max(0, start - 8):start])) \
        and not re.search(r"其中\s*[,，]?\s*持续经营", text[max(0, start - 12):start])
    if before and re.search(r"[\u4e00-\u9fff]$", before) and not _OWN_BEFORE.search(before) and not named \
            and not at_its_end and not continuing:
        return False
    if before.endswith("的") and _PART_BEFORE_POSSESSIVE.search(text, max(0, start - 12), start - 1):
        return False  # '自主产品的营收为32.85亿元': a part's line (公司的营收, 2024年的营收 stay the company's)
    if _PART_BEFORE.search(text[max(0, start - 8):start]):
        return False
    if _BRAND_OPENING.match(_clause_before(text, start)):
        return False  # '主品牌特步2025年上半年实现收入60.53亿元': a brand's lines, a part of the company's
    topic = _TOPIC_BEFORE.search(text, max(0, start - 16), start)
    if topic and not _ASPECT.search(topic.group("topic")):
        return False  # '关联方方面,收入为8.64亿元': the line is the topic's, a part's ('收入方面,公司…' is an aspect, not a part)
    framed = list(_FRAMED_TOPIC.finditer(_SENTENCE_END.split(text[:start])[-1]))
    if framed and not _ASPECT.search(framed[-1].group("topic")):
        return False  # '从TOP TOY 业务来看,2025Q3 实现收入5.75 亿': the sentence's lines are its topic's ('从收入端来看' is an aspect)
    if _NAMED_THEN_BRACKET.search(text, max(0, start - 24), start):
        return False  # a name, a bracket glossing it, the item: 'AI powered(AI赋能的业务)收入' is that part's
    latin = re.search(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})*\s*$", text[max(0, start - 16):start])
    if latin and not named and len(re.findall("[A-Z]", latin.group(0))) >= 2 and not _NOT_A_PART_IN_LETTERS.search(latin.group(0)) \
            and _REVENUE_WORD.match(text, start):
        # a part named in capitals qualifies revenue too: 'AI收入', '五大IP营收' (not an accounting basis, 'Non-GAAP
        # 营收', nor a period, 'TTM营收'; a unit before the next clause's line is lower case: '+0.4pcts营业收入')
        return False
    head = text[max(0, start - 20):start]
    # (the period, maybe with the verb between it and the item: '增值服务Q3实现营收30.23亿元')
    period = _PERIOD_BEFORE.search(re.sub(r"(?:实现|录得)$", "", head))
    if period and _PART_BEFORE.search(head[:period.start()]):
        return False  # a part named before the item's period is the item's too ('半导体硅片业务23Q2营收')
    if _PART_THEN_PERIOD.search(head):
        return False  # '专业运动板块2025年上半年实现收入7.85亿元': a part named before the period of its line
    if period and re.search(r"[QH][1-4]", period.group(0)):
        glued = re.search(r"[\u4e00-\u9fff]{2,}\Z", head[:period.start()])  # (\Z: a line before is not glued to it)
        # (the company's own name glued to it is no part: '青岛啤酒22Q1-Q3 营业收入')
        # (nor a cause's verb: '短期费用刚性导致25Q3归母净利率降低至4.20%')
        if glued and not re.search(r"(?:公司|集团|本集团|我们|带动|推动|拉动|驱动|导致|使得|致使|促进|助力)$", glued.group(0)) \
                and _NOT_A_DOER.sub("", glued.group(0)) \
                and not (company and glued.group(0).endswith(company)):
            return False  # a name glued to a quarter before the item is a part's ('数据中心Q3营收512亿美元')
    if _BY_PART.search(_BULLET_END.split(text[:start])[-1]):
        return False  # '分区域看，华东地区表现突出，收入同比增长14.09%': a part's line, named a clause before
    heads = list(_DIGEST_HEADING.finditer(text, 0, start))
    if heads and _BY_PART_HEADING.fullmatch(heads[-1].group("head")):
        return False  # '[1] 分产品/服务收入 - 足金产品24年…收入84.99亿元': a digest's bullets under a heading of parts
    parts = list(_NUMBERED_PART_HEADING.finditer(text, 0, start))
    if parts and (not heads or parts[-1].start() >= heads[-1].start()):
        return False  # '业务表现 1 太阳能玻璃业务 - 收益:人民币 94.74 亿元': bullets under a numbered part's heading, to the next heading
    runs = list(_RUN_START.finditer(text, 0, start))
    if runs and _NUMBERED_PART_RUN.match(text, runs[-1].start()):
        return False
    if _PART_HEADING.match(text, runs[-1].end() if runs else 0, start):
        return False  # '1)聚氨酯系列:营收165亿(同比降25%),营业成本94.5亿': every line of the part's run is the part's
    opened = _PART_NAMED_RUN.match(text, runs[-1].end() if runs else 0, start)
    if opened and _NO_PART_WORDS.sub("", opened.group("name")) and not (company and company in opened.group("name")):
        return False  # '- 批发代理营业收入141.36亿元,营业成本71.07亿元,毛利率49.72%': a run a part's revenue opens is the part's
    if runs and _NUMBERED_HEADING.match(text, runs[-1].start(), start):
        return False  # '(三)物业发展:营业额增加1.9倍至3503万元': a digest's numbered item headed by a part
    sentence_head = re.split(rf"[。！？!?\n]|{BULLET}|\[\d+\]", text[:start])[-1]  # the sentence (or digest item) so far
    if _of_a_part_subject(sentence_head):
        return False  # '创新业务分部首次实现单季度经营盈利，…；单季收入则达290亿元': the part's, its sentence's subject
    if _MANY_COMPANIES.search(sentence_head):
        return False  # '如果把5000多只A股看成一个公司,那今年上半年营收总计35.01万亿元': many companies' sum
    clause = _clause_before(text, start)
    if _named_doer(clause, company):
        return False
    if _ADJUSTED_BEFORE.search(_BULLET_END.split(re.split(r"[。；;]", text[:start])[-1])[-1]) \
            and not _ADJUSTED_NAME.match(text, start):  # (a digest's next bullet is no longer adjusted)
        return False  # '剔除…公允价值变动损益及投资收益后,本集团纯利为…': an adjusted figure, not the line's own
    return not _OTHER_SUBJECT.search(clause)


# a balance at the end of the period the sentence names ('期末归母净资产100亿元', '2024年末总资产'), not at an
# earlier end ('上年末', '去年年末', '上期末': the base of a change, of another period)
_BALANCE_END = re.compile(r"(?:年|期|季度?|月)?[末底]$")
_EARLIER_END = re.compile(r"[上去前]一?(?:年|期|季度?|月)")
# a bracket on what the words before it name, not on the company: '并购天士力(其同期三费费率分别为36.1%、3.8%、8.8%)'
# (never 其中, the parts of a figure)
_ITS_ASIDE = re.compile(r"[(（]\s*其(?!中|余|他)[^()（）]*[)）]")
# an earlier forecast's own clause, to its end: '原2025-2026年归母净利润预测分别为29.5亿元、36.7亿元'
_EARLIER_CLAUSE = re.compile(f"原{_YEARS_FORECAST}")
def _clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends (`_CLAUSE_END`: punctuation, a bullet, a citation mark); else the text's end."""
    end = _CLAUSE_END.search(text, at)
    return end.start() if end else len(text)


# a clause naming only a period and its amount ('，2025Q1为2.40亿元'): the base of the line before it
_BASE_CLAUSE = re.compile(r"\s*(?:同期|单季)?\s*(?:为|是|:|：)\s*[-+−]?\d")


def _clause_opens(text: str, at: int) -> bool:
    """Whether a clause opens at `at`: a comma or a stop before it, nothing else."""
    return bool(re.search(r"[，,；;。(（]\s*$", text[max(0, at - 3):at]))


# a figure adjusted for items, said before the line in its sentence ('剔除…后', '扣除…影响后', '扣除…影响,', '撇除…')
# (or a non-GAAP measure said so before it: '不按美国通用会计准则(Non-GAAP),运营利润为 19.257 亿元')
_ADJUSTED_BEFORE = re.compile(r"(?:剔除|撇除|不计|排除|扣除)[^。；;]{1,60}?(?:后|外|影响)\s*[，,]"
                              r"|(?:不按|非)\s*(?:美国)?\s*(?:通用|公认)会计准则[^。；;，,]{0,16}[，,]|Non-GAAP\s*[)）]?\s*[，,]", re.I)
# (unless the line is the adjusted one by its name: '在剔除该项收益及1618万元的上市开支后,…经调整利润为10.86亿元' — its definition;
# so too a line net of nonrecurring items, '若剔除非经常损益影响,期内公司扣非归母净利率5.27%')
_ADJUSTED_NAME = re.compile(r"经调整|经调|调整后|Non-GAAP|扣非|扣除非经常性损益", re.I)


# a sentence going through the company's parts: '分区域看', '分产品来看', '按业务划分'
# (or a region's or a part's topic opened: '海外市场方面,Q3营收23.1亿元', '零售业务方面')
_BY_PART = re.compile(r"(?:分|按)(?:区域|地区|产品|业务|渠道|板块|品类|品牌|下游|应用|客户|市场|事业部|子公司)(?:来)?(?:看|划分)"
                      # (or its parts one by one: '具体到各项业务来看,房建业务…')
                      r"|各(?:项|个|大)?(?:业务|板块|分部|产品线?)(?:来)?看"
                      r"|(?:国内|海外|境内|境外|国外|内销|外销)(?:市场|业务|地区)?\s*方面"
                      r"|(?:业务|板块|分部|渠道|事业部|事业群)\s*方面")


# a digest's heading over its bullets ('[2] 盈利能力 - 2024年毛利…', '[1] 分销售渠道收入 - 门店…'), and one that goes
# through the company's parts, each bullet a part's ('分产品/服务收入', '分渠道总结', '按地区')
_DIGEST_HEADING = re.compile(rf"(?:\]|\n)\s*(?P<head>[\u4e00-\u9fffA-Za-z/、]{{2,16}}){BULLET}")
# (or numbered, a part of the business: '[2] 业务表现 1 太阳能玻璃业务 - 收益:…', each bullet the part's to the next heading)
_NUMBERED_PART_HEADING = re.compile(rf"(?:\]|\n|^)\s*(?:[\u4e00-\u9fff]{{2,8}}\s+)?\d{{1,2}}\s+(?!主营|整体|公司|集团)"
                                    rf"[\u4e00-\u9fffA-Za-z]{{2,12}}?(?:业务|板块|分部|事业部|事业群|产品线){BULLET}")
_BY_PART_HEADING = re.compile(r"(?:分|按)(?:销售)?(?:区域|地区|产品|业务|渠道|板块|品类|品牌|下游|应用|客户|市场|事业部|子公司)"
                              r"[\u4e00-\u9fffA-Za-z/、]{0,10}")


# a run of clauses a part heads ('1)聚氨酯系列:营收…,营业成本…'), opened where a topic, a bullet or a
# numbered item opens
# ('(二)运营服务收入:营业额增长28.5%', as a data vendor numbers a digest's items: the part's revenue)
_RUN_START = re.compile(rf"[；;。]|{BULLET}|\d\s*[)）]|(?<![A-Za-z])[ivx]{{1,4}}\s*[)）]|[(（][一二三四五六七八九十]{{1,3}}[)）]")
# a list of numbered items a by-part lead opens ('分业务来看:(1)医疗器械…'), and an item's number in its paragraph
_PARTS_LIST_OPENS = re.compile(rf"(?:{_BY_PART.pattern})\s*[:：,，]?\s*(?=[(（]?\d{{1,2}}\s*[)）])")
_ITEM_NUMBER = re.compile(r"[(（]?(?<!\d)\d{1,2}\s*[)）]")
_WHOLE_ITEM = re.compile(r"\s*(?:公司|集团|本集团|整体|总体|合计|总计|主营)")


def _in_parts_list(text: str, start: int, leads: list[int]) -> bool:
    """Whether the line at `start` is in a numbered item of a list of parts a by-part lead opens in its paragraph
    ('分业务来看:(1)医疗器械…。(2)功能性护肤品24年实现收入…;(3)原料及其他…'), in the item's first sentence, the item
    naming no whole ('(4)公司整体…'). `leads`: where each lead on the page ends, in order (read once a page)."""
    k = bisect.bisect_right(leads, start) - 1
    if k < 0 or leads[k] <= text.rfind("\n", 0, start):
        return False  # no lead before it in its paragraph
    items = list(_ITEM_NUMBER.finditer(text, leads[k], start))
    # (in the item's own sentence: the list may end unmarked, '…5)其他产品收入6.6亿元。Q3单季毛利率同比提升:…')
    return bool(items) and not _WHOLE_ITEM.match(text, items[-1].end()) \
        and not re.search(r"[。！？!?]", text[items[-1].end():start])


# a numbered item opening on a part of the business ('ii)直播业务透过…,收入同比增2.5%至96亿元'): its lines are the part's
_NUMBERED_PART_RUN = re.compile(r"\s*(?:(?<![A-Za-z])[ivx]{1,4}|\d{1,2})\s*[)）]\s*[\u4e00-\u9fffA-Za-z]{2,12}?(?:业务|板块|分部|事业部|产品线)")
# a numbered item of a digest headed by what it is about ('(三)物业发展:', '(四)酒店业务:'), not the whole
_NUMBERED_HEADING = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]\s*(?!整体|全部|集团|公司|主营|总体)"
                               r"[\u4e00-\u9fffA-Za-z]{2,10}\s*[:：]")
# (a product's, a trade's or a region's heading too: '速冻食品:', '餐饮业:', '境内广东省外:', '海外:'; not the
# whole's own line as a bullet's heading: '营业收入:2025年前三季度实现营业收入905.64亿元')
_PART_HEADING = re.compile(r"\s*(?!主营|全部|整体|各项|公司|(?:营业总?收入|总营收|营收|总收入|收入)\s*[:：])[\u4e00-\u9fffA-Za-z]{0,12}?(?:业务|板块|分部|事业部|事业群|系列|产品线|渠道|收入|"
                           r"产品|食品|饮料|业|省内|省外|境内|境外|国内|海外|地区|区域)\s*[:：]")
# a run opened by a part's revenue, its name glued to the line ('批发代理营业收入141.36亿元', '西北区营业收入38.84亿元'; not the
# company's, a period's or the whole's own: '公司营业收入', '上半年营收', '营业收入', '主营业务收入')
# (words a run may open with before its line that name no part: a period, 其中, 公司, 实现 — '第二季度营业总收入71.0亿元')
_NO_PART_WORDS = re.compile(r"第?[一二三四]季度|单季度?|当季度?|本季度?|[QH][1-4]|[上下]半财?年|财年|中期|前三季度?|全年|年度|报告期内?|期内|其中|公司|实现"
                            r"|累计|合计")  # ('前三季度累计营业收入186.8亿元': the sum of the period's, no part's)
_PART_NAMED_RUN = re.compile(r"\s*(?!公司|集团|本集团|本公司|我们|主营|营业|营收|总营收|总收入|收入)(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)"
                             r"(?:营业总?收入|营收|收入|销售额)\s*(?:为|达到?|实现)?\s*[-+−]?\d")
# a clause ends at punctuation, and in summaries at a bullet or a citation mark ('[3][7]')
# (and a forecast opening on its years, where a summary runs on unpunctuated: '…布局进一步深化预计2024 - 2026年实现
# 归母净利润为…': the forecast is the company's, whatever the words before it spoke of)
_CLAUSE_END = re.compile(rf"[，,；;：:（(）)。]|{DIGEST_BREAK}|(?=(?:预计|预测)\s*(?:公司)?\s*(?:19|20)\d\d)")
# all that stands between an amount and the first event inside the bracket right after it (the bracket's contents are
# blanked where clause ends are looked for): its opening
_BRACKET_AFTER_BASE = re.compile(r"\s*[（(]\s*")
# a summary's bullet ends what its line item was: the next bullet names its own
_BULLET_END = re.compile(DIGEST_BREAK)
# a multiple said of an industry, an average or the comparables, not of the company
_NOT_OWN_MULTIPLE = re.compile(rf"{_OTHER_SUBJECT.pattern}|平均|中值|可比")
# a name between a multiple's years and the multiple ('对应2024-2026年壳木游戏预测PE分别为18/17/15倍'): the multiple of that
# name's earnings (a subsidiary's, a segment's), not the company's — unless the name is the company's own word
_NAMED_BETWEEN = re.compile(r"年\s*(?P<name>[\u4e00-\u9fff]{2,10})\s*$")
# (the company's own words, and those that qualify its multiple: '2024-2026年调整后PE')
_OWN_WORDS = re.compile(r"^(?:对应|当前|公司|估值|整体|预计|预测|动态|静态|股价|调整后|经调整|摊薄|扣非|滚动|的)+$")


def _named_other(clause: str, company: Optional[str]) -> bool:
    """Whether a multiple's clause names something between its years and the multiple that is not the company."""
    m = _NAMED_BETWEEN.search(clause)
    if m is None:
        return False
    name = m.group("name")
    return not _OWN_WORDS.match(name) and not (company and (name in company or company in name))


# a multiple a target price is set at, not the one the close gives
_GIVEN_MULTIPLE = re.compile(r"给予|目标")
# (its clause going on to the target it sets: '基于2025年预计17.2倍市盈率给予目标价')
# (over a comma too: '基于2026年30倍PE，给予目标价16.80元'), or the words that set a valuation before it ('基于', '参考')
_GIVEN_AFTER = re.compile(r"[^。；;\n]{0,12}?(?:给予|目标)")
_VALUATION_BASIS = re.compile(r"基于|参考|采用|按照?")


# a part of the company as a sentence's subject ('智能电动汽车及AI等创新业务分部首次实现…'), and the words that
# give the sentence back to the whole ('集团', '整体业绩方面')
# (the part's period may stand between it and its verb: '公司偏光片业务上半年实现销量…,实现主营业务收入…')
_PART_SUBJECT = re.compile(r"占[^，,。；;%％]{1,12}?\d+(?:\.\d+)?\s*[%％]\s*的|(?<!主营)(?<!各项)(?<!全部)(?<!整体)(?<!各)(?<!各个)(?:业务|板块)?分部|事业部|(?<!主营)(?<!各项)(?<!各)(?:业务|板块)"
                           r"(?=\s*(?:(?:20)?\d\d\s*年\s*)?(?:[上下]半年|前三季度|全年|第?[一二三四]季度|单季度?|[QH][1-4]|报告期内?|期内|同期)?\s*(?:首次|实现|录得|经营|作为|新签|签约|中标|订单|合同))")
# (or its orders first, the part then the sentence's subject: '公司的基础设施业务新签合同额6675亿元,…;营业收入3588亿元')
# what a part is said to be before its lines ('酱油业务作为公司绝对支柱,前三季度实现收入…'): no whole the sentence turns to
_AS_WHAT = re.compile(r"作为[^，,。；;]{0,16}")
_WHOLE_SUBJECT = re.compile(r"公司|集团|整体|总体|合计|全部|总收入|总营收")


# a part the sentence opens on as its topic, the line in the clause right after it: '冷饮业务快速恢复增长,营收82.29亿元',
# '奶粉及奶制品业务,实现营业收入165.78亿元' (or a series, said what it is, its years after the comma: '作为主品牌的海澜之家系列,
# 近三年实现收入分别为…' — a part even where it bears the company's name)
_PART_TOPIC = re.compile(r"\s*(?:作为[^，,。；;]{0,12}?的)?(?!公司|集团|主营|整体|全部|各项|各|总体|具体|分)[\u4e00-\u9fffA-Za-z]{1,8}?(?:业务|板块|系列)"
                         r"[^，,。；;\d]{0,10}[，,]\s*(?:(?:近|最近|过去)\s*[两二三四五2-5]\s*年)?\s*(?:实现|录得)?\s*$")


def _of_a_part_subject(head: str) -> bool:
    """Whether a part of the company is the subject the sentence has come to at the end of `head`
    (the sentence up to a line item): named after the last word of the whole, or the sentence's topic."""
    if _PART_TOPIC.fullmatch(head):
        return True
    part = [m.end() for m in _PART_SUBJECT.finditer(head)]  # ('占集团总收入40.6%的智能手机业务': 集团 is in the part's words)
    # (a part named in a cause's clause is what caused, not the subject: '所得税率…上升,主因公司香精业务经营主体调整;
    # 扣非归母净利率同比-4.2ppt至23.7%')
    part = [end for end in part if not _CAUSE_IN_CLAUSE.search(_CLAUSE_END.split(head[:end])[-1])]
    described = _AS_WHAT.sub(lambda m: " " * len(m.group(0)), head)  # (offsets kept)
    whole = [m.start() for m in _WHOLE_SUBJECT.finditer(described)]
    return bool(part) and (not whole or whole[-1] < part[-1])


# the words of a change right before a list ('同比增长0.5、0.6、1.8亿元', '分别同比增加…'): its figures are changes, not levels
_CHANGE_WORDS_BEFORE = re.compile(r"(?:同比|环比|较上年同期|较去年同期|较上年|较年初)\s*(?:分别)?\s*"
                                  r"(?:增长|增加|减少|下降|下滑|上升|提升|多增|少增|降低|变动|变化|[增减])(?:了)?\s*(?:分别)?\s*(?:为|约)?\s*$")


def _years_listed_before(text: str, start: int, periods: list, count: int) -> list:
    """The periods a list of `count` multiples is of: the sentence's current ones, or where they are fewer, the years
    the sentence named one by one before it, in order ('2025年归母净利润2.34亿元,2026年归母净利润3.64亿元,对应市盈率分别为
    56倍和36倍': 2025, 2026)."""
    if len(periods) == count or count < 2:
        return periods
    years = []
    for m in PERIOD_PHRASE.finditer(text, 0, start):
        for p in periods_of_phrase(m, None):
            if p[0] == "Y" and p not in years:
                years.append(p)
    return years if len(years) == count and consecutive([p[1] for p in years]) else periods


def _clause_before(text: str, start: int) -> str:
    return _CLAUSE_END.split(text[:start])[-1]


# what closes a span opened by 自 and a period: '自2022年达到业绩巅峰后', '自2021年以来'
_SINCE_AFTER = re.compile(r"[^，,。；;\d]{0,12}?(?:以来|之后|后|起)")
# a list's clause naming the year before's same periods ('去年同期分别为0.06/0.07亿元')
_YEAR_AGO_HEAD = re.compile(r"\s*(?:而|和|与)?\s*(?:去年|上年)(?:同期)?\s*(?:则|也)?\s*")
# the words a list's clause may hold and name no line: its periods, a forecast's words, joiners
_LIST_HEAD_WORDS = re.compile(rf"{PERIOD_PHRASE.pattern}|(?:近|最近|过去)\s*[两二三四五2-5]\s*(?:个)?\s*(?:期|(?:会计)?年(?:来|间|内|度)?)"
                              r"|预计|预测|预期|公司|同比|分别|实现|达到?|约|为|则|也|均|其中|单季度?|当季|累计|合计"
                              r"|[QH][1-4]|[/、和及与\s-]")


# a part's name alone before its amount, a parallel list's element whose 收入 is left out ('医疗器械1.9亿元占比9.33%')
_ELIDED_PART = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,8})\s*")


# a figure right before a bracket ('18.0%(', '664.02亿元(')
_FIGURE_BEFORE = re.compile(rf"\d\s*(?:%|{MONEY_UNIT}|倍)?\s*$")


def _of_the_target(text: str, start: int) -> bool:
    """Whether the multiple at `start` is the one a target price is set at: its clause gives
    it (给予…, 目标PE), or it goes on from a clause that sets the target ('目标价30元，对应PE 25倍')."""
    clause = _clause_before(text, start)
    if _GIVEN_MULTIPLE.search(clause):
        return True
    if not re.match(r"\s*(?:分别)?(?:对应|相当于)", clause):
        return False
    previous = _CLAUSE_END.split(text[:start - len(clause)].rstrip("，,；; "))[-1]
    return "目标" in previous


# the figures a revision starts from: '由8.0/9.0亿元上调至10.0/11.0亿元', '从0.98元下调为0.85元'
_REVISED_FROM = re.compile(rf"(?:由|从)\s*(?P<old>{SIGNED_NUM}(?:\s*(?:{MONEY_UNIT})?\s*(?:[/、，,]|和|及|与)\s*{SIGNED_NUM}){{0,9}}"
                           rf"\s*(?:{MONEY_UNIT})?)\s*(?:分别)?\s*(?:{REVISION_VERBS})(?:至|为|到)")
# a dividend named per share, or per ten shares, right before its word: '每10股派发现金红利5.00元'
_PER_SHARE_BEFORE = re.compile(r"每\s*(?:10|十)?\s*股\s*(?:拟)?\s*(?:派发|派送|派|分配|分派|发放)?\s*$")
# (a figure per share is none: '分红1.08元/股', '1.08元每股')
_AMOUNT = re.compile(rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{MONEY_UNIT})(?!\s*(?:/|每)\s*股)")
# an amount said as a bound, not stated: '五大IP营收破10亿元', '净利润超过40亿元', '收入逾百亿', '近5亿元', '10亿元以上'
_BOUND_BEFORE = re.compile(r"(?:超过|突破|破|逾|超|将?近|接近|不足|不到|低于|高于|至少|最高|最多)\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:以上|以下|之上|之下)")
# an element may carry its revision in its own unit: '30.8(-1.2)亿元/40.8(-1.1)亿元' (the change on the earlier forecast)
_BRACKETED_REVISION = r"\s*[(（]\s*[-+−]\s*\d+(?:\.\d+)?\s*[)）]"
# (or in words after the element's unit: '5.0亿元(下调1.9亿元)、6.2亿元(下调2.2亿元)', 'EPS分别为1.49元(下调0.59元)')
_WORDED_REVISION = rf"\s*[(（]\s*(?:上调|下调|调增|调减)\s*\d+(?:\.\d+)?\s*(?:{MONEY_UNIT}|元(?:/股)?)?\s*[)）]"
# (an element may carry its revision in brackets, the unit after the last: '分别为856.8(-30.1)、967.0(-78.3)亿元')
_LIST = re.compile(rf"分别(?:为|是|达到?|约为?|(?:增长|上升|提升|提高|增加|下降|下滑|降低|减少|回落|增|降|升)?至)?\s*"
                   rf"(?P<nums>(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?\s*%?(?:\s*(?:[/、，,]|和|及|与)\s*(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?\s*%?){{1,9}})\s*"
                   rf"(?P<unit>{MONEY_UNIT}|%|倍|x|X)?")
# the same line's figures for the quarter before and the year before, listed after its own
# ('净营收为138.620亿元,上一季度和去年同期分别为138.283亿元和115.348亿元'; '72.7%,上一季度和去年同期该占比分别为…')
_BASES_LISTED = re.compile(rf"[，,]\s*(?P<first>{PERIODS_BEFORE})\s*(?:和|及|与|、)\s*(?P<second>{PERIODS_BEFORE})\s*(?:该占比|的)?\s*"
                           rf"分别(?:为|是)\s*(?P<a>{SIGNED_NUM})\s*(?P<ua>{MONEY_UNIT}|%)?\s*(?:和|及|与|、)\s*"
                           rf"(?P<b>{SIGNED_NUM})\s*(?P<ub>{MONEY_UNIT}|%)")
# (each element may carry its revision in brackets: '下调22-24年EPS至1.51(-0.54)/1.87(-0.59)/2.10(-0.64)元')
# (the last may follow 和 or 及 after the others' 、: '营收100.2、120.9和138.8亿元')
_LIST_BARE = re.compile(rf"(?P<nums>(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?(?:\s*[/、]\s*(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?){{1,9}}"
                        rf"(?:\s*(?:和|及)\s*(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?)?)"
                        rf"\s*(?P<unit>{MONEY_UNIT}|%|倍|x|X)")
# a bare list of percentages, each marked: '综合毛利率21.2%/20.8%/20.2%'
_LIST_PERCENTS = re.compile(rf"(?P<nums>(?:{SIGNED_NUM})%(?:\s*/\s*(?:{SIGNED_NUM})%){{0,8}}\s*/\s*(?:{SIGNED_NUM}))(?P<unit>%)")
# each element with its unit: '分别为183.46亿元/205.60亿元/231.89亿元', '预测为10.3亿、11.1亿、11.8亿',
# '分别实现营收180亿元、210亿元'
# an element may carry its growth in brackets: '分别为939百万美元(+58.0%)、825百万美元(-12.1%)'
# (a note on its basis may follow it in the bracket: '219.86亿元(+11.38%,调整后,下同)')
_BRACKETED_GROWTH = r"\s*[(（]\s*(?:同比)?\s*{num}\s*%\s*(?:[，,][^()（）\d]{{0,12}})?[)）]"
_GROWTH_IN_BRACKETS = "(?:" + _BRACKETED_GROWTH.format(num=r"[-+−]?\d+(?:\.\d+)?") + ")"
# a ratio's element may carry its change in points: '归母净利率为22.77%(+0.89pct.)、18.41%(-2.87pct.)'
_BRACKETED_POINTS = rf"\s*[(（]\s*(?:同比)?\s*[-+−]\d+(?:\.\d+)?\s*(?:{POINT_WORDS})\.?\s*[)）]"
_ELEMENT_SUFFIX = f"(?:{_GROWTH_IN_BRACKETS}|{_BRACKETED_POINTS}|{_BRACKETED_REVISION}|{_WORDED_REVISION})?"
_LIST_UNITS = re.compile(rf"(?:(?:(?:预测|预计)\s*)?(?:分别)?(?:为|是|达到?|约为?|(?:预测|预计)(?:为|至)|(?:预测)?(?:上调|下调|调整)(?:至|为))\s*)?(?P<nums>(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?\s*(?P<unit>{MONEY_UNIT}|%|倍|x|X)"
                         # (a summary may part them by a space alone: '分别为481亿元 552亿元和644亿元', '6.9% 14.8%和16.6%')
                         # (or by nothing, each with its unit, as a digest strips them: '分别为120.42亿105.83亿122.67亿')
                         rf"{_ELEMENT_SUFFIX}(?:(?:\s*[/、，,和及与]\s*|[ \t]*)(?:{SIGNED_NUM})(?:{_BRACKETED_REVISION})?\s*(?P=unit){_ELEMENT_SUFFIX}){{1,9}})")
_ELEMENT_POINTS = re.compile(_BRACKETED_POINTS)
_ELEMENT_REVISION = re.compile(f"{_BRACKETED_REVISION}|{_WORDED_REVISION}")
# an element's earlier value in brackets after its unit: '上调2026-2027年EPS至1.61元(前值1.58元)、1.71元(1.64元)'
_EARLIER_VALUE = r"\s*[(（]\s*(?:(?:前值|原值|前次|原预测|原)\s*(?:为)?\s*)?\d+(?:\.\d+)?\s*元\s*[)）]"
_ELEMENT_EARLIER = re.compile(_EARLIER_VALUE)
_SLASHED_GROWTH = re.compile(r"\s*/\s*(?P<num>[-+−]\d+(?:\.\d+)?)\s*%")
_ELEMENT_GROWTH = re.compile(_BRACKETED_GROWTH.format(num=r"(?P<num>[-+−]?\d+(?:\.\d+)?)"))
_POINT_UNITS = re.compile(POINT_WORDS)


def _in_points(printed: Printed, unit: str) -> Printed:
    """A change printed in basis points (bp, 基点, 点子) as percentage points; any other as printed.
    A whole number of basis points ending in 0 may be a change in points to one decimal written out
    ('提升400个基点' for 4.0pct, '650个基点' for 6.5pct): good to 10bp, not 1bp."""
    if unit.lower().startswith("bp") or unit.endswith(("基点", "点子")):
        step = printed.step * 10 if printed.places == 0 and printed.value % 10 == 0 and printed.value else printed.step
        return Printed(printed.value / 100, step / 100, printed.places + 2)
    return printed
# '同增11%/11%/10%', '环降3%': 同比/环比 shortened to its first character before the direction
# 同比 (on the same period a year before) and 环比 (on the period before), and Hong Kong brokers' 按年/按季 for them
_YOY_QOQ = "同比|环比|按年|按季"
# a list element's own direction word ('…增长7.0%和下降11.4%'): words only, a sign being the figure's own
_ELEMENT_WORD = "增长|上升|提升|增加|上涨|下降|下滑|减少|降低|回落|下跌"
# how much, between the base word and the direction: '同比大幅增长58.74%', '同比略有下降', '同比微增0.06个百分点'
# (and a figure's change said flat before its size: '同比基本持平增长0.02%')
_DEGREE = "大幅|小幅|略有|略微|微幅|稳步|显著|明显|快速|持续|微(?=[增升减降])|(?:基本)?持平\\s*[,，]?\\s*(?=[增升减降下])"
_CHANGE = re.compile(rf"(?P<base>{_YOY_QOQ}|{_NAMED_YEAR_BASE}|较上年同期|较去年同期|比上年同期|比去年同期|较上年末|较年初|较期初|较上一?年度|比上一?年度|较上年|较去年|比上年|yoy|YoY|YOY|qoq|QoQ|QOQ|"
                     rf"[同环](?=[增减降升])|(?<![全今去上明前每近逐历当同往本单旺淡])[年季](?=[增减](?!加|少|持|资|幅|速)|成长))\s*(?:分别)?\s*(?:{_DEGREE})?\s*"
                     # (增, 降 alone right after the base word: '同增11%', '同比降15%', '环比增1%'; and as
                     # Taiwan's reports write them, 年 for 同比 and 季 for 环比: '年增25%', '季减5%', '年成长25%')
                     # (a sharp move said so: '同比大增53.12%')
                     rf"(?:(?P<dir>{UP}|{DOWN}|{SHARP_UP}|{SHARP_DOWN}|成长|(?:(?<=[同环年季微])|(?<=[同环]比)|(?<=按[年季]))[增升减降])(?:了)?\s*(?:率|幅度)?\s*(?:分别)?\s*(?:为|达到?|约)?\s*"
                     rf"|(?:增速|增幅|增长率|变动|变动幅度|变化|变化幅度)\s*(?:分别)?\s*(?:为|达到?|约)?\s*"
                     # a bare figure after 同比/环比 is a rise: '归母净利润同比 64.9%'
                     rf"|(?<=比)(?=\d)|(?<=比\s)(?=\d)|(?<=yoy|YoY|YOY|qoq|QoQ|QOQ)\s*(?=[-+−]?\d)"
                     # and one said to be the change, its sign its own: 'YoY分别为+20%/+20%/+23%', '同比为-5%'
                     rf"|(?:为|是)\s*(?=[-+−]?\d))"
                     # (a later element may say its own direction: '同比分别增长7.0%和下降11.4%')
                     # (or a space alone parts them, each with its %, as a digest strips the 、: '同比增长-34.3% 36.7% 22.6%')
                     rf"(?P<nums>{SIGNED_NUM}(?:(?:\s*(?:{POINTS})?\s*(?:[/、]|和|及)\s*(?:(?:{_ELEMENT_WORD})\s*)?|\s*%[ \t]+){SIGNED_NUM}){{0,9}})\s*"
                     rf"(?P<unit>{POINTS})")
# (or, where 分别 says a list comes, commas part its percents, as a digest writes them: '近三期半年报,归母净利润同比变动
# 分别为16.29%,12.48%,-15.2%'; with no 分别, a percent after a comma is another clause's)
_CHANGE_EACH = re.compile(rf"(?P<base>{_YOY_QOQ})\s*(?:(?:变动|变化|增速|增幅|增长率)\s*)?分别\s*(?:(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*)?"
                          rf"(?:为|是)?\s*(?P<nums>{SIGNED_NUM}\s*%(?:\s*[，,]\s*{SIGNED_NUM}\s*%){{0,8}}\s*[，,]\s*{SIGNED_NUM})\s*(?P<unit>%)")
# a sign right after the base word is the first figure's own, not the list's direction:
# '同比-29%/+17%/+7%' falls, then rises twice
_SIGNS = "+＋-−－"


def _direction_of(m: re.Match, i: int) -> Optional[str]:
    """The direction the i-th figure of a list of changes has from its words (its own, where a later
    element says one: '增长7.0%和下降11.4%'). None for a pattern that says no direction ('增速分别为…')."""
    if "dir" not in m.re.groupindex:
        return None
    if i > 0:
        figures = list(re.finditer(SIGNED_NUM, m.group("nums")))
        if i < len(figures):
            own = re.search(rf"(?:{_ELEMENT_WORD})\s*$", m.group("nums")[figures[i - 1].end():figures[i].start()])
            if own:
                return own.group(0).strip()
    direction = m.group("dir")
    return None if i > 0 and direction and direction in _SIGNS else direction


# the growths of a list of years' amounts said as a span, the first year's and the last's: '…分别为26.36亿元、…和55.22亿元,
# 增长率从35.64%逐年回落至10.14%', '…增长率由正转负,从最高58.77%跌至2023年的-28.02%'
_GROWTH_SPAN = re.compile(rf"\s*[，,]\s*(?:同比)?(?:增长率|增速|增幅)\s*(?:由正转负|由负转正)?\s*[，,]?\s*[从由]\s*(?P<most>最高|最低)?\s*"
                          rf"(?P<a>{SIGNED_NUM})\s*%\s*(?:逐年|逐步|持续|一路)?\s*(?:回落|下降|下滑|降|跌|回升|提升|上升|升|增)\s*(?:至|到)\s*"
                          rf"(?:(?P<year>(?:19|20)\d\d)\s*年\s*的?\s*)?(?P<b>{SIGNED_NUM})\s*%")
# a list element's own unit, where elements differ ('分别同比增长21.9%和3.1个百分点')
_UNIT_AFTER = re.compile(rf"\s*({POINTS})")
# the levels a list of changes reached: '分别同比变动0.06、-0.16pct至0.57%、2.37%'
_LIST_REACHED = re.compile(rf"\s*(?:至|到|达)\s*(?P<nums>{SIGNED_NUM}\s*%?(?:\s*(?:[/、，,]|和|及)\s*{SIGNED_NUM}\s*%?){{1,9}})\s*%")
# a change right after a comparison with the same period a year before, its base word the comparison's:
# '与去年同期的24.53亿元相比，增长了22.31%'
# the same period a year before and its figure, in brackets after the line's own ('同比增长45.2%(2024年同期为
# 457.3亿元)', '毛利率34.9%(2024年同期:31.5%)') or after the comparison's words ('较2024年同期(31.5%)提升3.4个百分点')
_A_YEAR_NAMED = r"(?:(?P<year>(?:19|20)?\d\d)\s*年|去年|上年)"
_YEAR_AGO = rf"{_A_YEAR_NAMED}\s*同期"
_YEAR_AGO_FIGURE = rf"(?P<num>{SIGNED_NUM})\s*(?P<unit>{MONEY_UNIT}|%)"
# (in brackets a year and a colon is the year before's figure too, as Hong Kong announcements print it: '同比增长7%至
# 13.36亿元人民币(2024年:12.49亿元人民币)')
# (and its half named, the currency before the figure: '收益人民币170.87亿元(2024年上半年:人民币154.49亿元)')
# (or 为 for the colon: '毛利率:18.3%(2024年为26.9%)')
_YEAR_AGO_IN_BRACKETS = rf"{_A_YEAR_NAMED}\s*(?:同期|(?P<half>上半年|中期|下半年)?(?=\s*(?:[:：]|为)))"
_YEAR_AGO_BRACKETED = re.compile(rf"[(（]\s*{_YEAR_AGO_IN_BRACKETS}\s*(?:为|是|:|：)?\s*(?:人民币|港币|港元|美元)?\s*{_YEAR_AGO_FIGURE}"
                                 rf"\s*(?:人民币|港元|美元)?\s*[)）]")
_YEAR_AGO_COMPARED = re.compile(rf"(?:较|比|相比|对比)\s*{_YEAR_AGO}\s*[(（]\s*(?:为)?\s*{_YEAR_AGO_FIGURE}\s*[)）]")
_COMPARED_CHANGE = re.compile(rf"相比\s*[，,]?\s*(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*(?P<num>{SIGNED_NUM})\s*(?P<unit>%)")
# a ratio's move stated with both ends: '净利率由9.4%下跌2.6%至6.8%' (the change in points, whatever
# its sign is printed as), and the earlier level named beside the change after a level:
# '毛利率为61.4%，比去年同期的60.4%上升1.0个百分点'
# (the earlier level named a year before's, the move with its pace: '毛利率由去年同期之33.8%轻微上升0.5个百分点至34.3%')
_RATIO_FROM_TO = re.compile(rf"[由从]\s*(?:(?P<ago>去年同期|上年同期|去年|上年)\s*[之的]?\s*)?(?:约\s*)?(?P<a>{SIGNED_NUM})\s*%\s*"
                            rf"(?:轻微|小幅|大幅|显著|明显)?(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*"
                            rf"(?P<b>{SIGNED_NUM})\s*(?P<unit>%|{POINT_WORDS})\s*(?:至|到)\s*(?:约\s*)?(?P<c>{SIGNED_NUM})\s*%")
# a ratio's move between two levels with no change stated: '毛利率由去年同期的35.2%提升至37.1%',
# '经营利润率由去年同期的27%上升至34%' (the earlier level a year before's where it says so)
# (an adverb before 由/从, and the move's pace: '经调整利润率也从上年同期的19.0%微升至19.2%'; a bare 降: '从15.5%降至11.6%')
_RATIO_WENT_TO = re.compile(rf"\s*(?:也|亦|则)?\s*[由从]\s*(?:(?P<ago>去年同期|上年同期|去年|上年)\s*的?\s*)?(?:约\s*)?(?P<a>{SIGNED_NUM})\s*%\s*"
                            rf"(?:轻微|微|小幅|大幅|显著|明显)?(?:{UP}|{DOWN}|降)?\s*(?:至|到)\s*(?:约\s*)?(?P<c>{SIGNED_NUM})\s*%")
# (or the move said after both levels: '毛利率从去年同期的49.3%降至46.7%,减少2.6个百分点')
_RATIO_WENT_THEN_POINTS = re.compile(_RATIO_WENT_TO.pattern + rf"\s*[，,]\s*(?:共|累计|合计)?\s*(?P<dir>{UP}|{DOWN})\s*(?:了)?\s*"
                                                         rf"(?P<b>{SIGNED_NUM})\s*(?P<unit>{POINT_WORDS})")
# a sentence comparing on the year before (not on the quarter before): a bare earlier level in it is the year before's
_ON_THE_YEAR = re.compile(r"同比|按年|去年同期|上年同期|较上年|较去年")
_ON_THE_QUARTER = re.compile(r"环比|按季|上季|上一季|季度末|年初|年末|年底")
# (each level's year named, as a forecast's span: '预计公司净利率将从2025年的7.6%提升至2027年的9.6%')
# the words of a forecast before what it moves ('将', '预计', '有望')
_FORECAST_WORDS = "将|预计将?|预期将?|有望"
_RATIO_YEARS_WENT = re.compile(rf"\s*(?:{_FORECAST_WORDS})?\s*[由从]\s*(?P<y1>(?:19|20)\d\d)\s*年\s*的?\s*(?:约\s*)?(?P<a>{SIGNED_NUM})\s*%\s*"
                               rf"(?:{UP}|{DOWN})?\s*(?:至|到)\s*(?P<y2>(?:19|20)\d\d)\s*年\s*的?\s*(?:约\s*)?(?P<c>{SIGNED_NUM})\s*%")
# (or the earlier year named: '毛利率为16.69%,较2014年的18.19%,减少1.50个百分点')
# the level of the same period a year before, named beside a level with no change: '归母净利率为6.22%，较去年同期的8.31%有明显下降'
# (or a clause of its own: '毛利率为30.5%,上年同期为28.0%')
# (or said above or below it, the quarter before's maybe beside: '毛利率为16.3%,低于2024年同期的21.5%和2025年第二季度的20.1%')
# (or the year named, the ratio's name said again: '运营利润率为 11.6%,而 2024 年同期运营利润率为 15.5%')
_LEVEL_A_YEAR_BEFORE = re.compile(rf"\s*[，,]?\s*(?:(?:比|较|低于|高于)(?:去年|上年|(?:19|20)\d\d\s*年)同期(?:的)?"
                                  rf"|(?:而|但)?\s*(?:去年|上年|(?:19|20)\d\d\s*年)\s*同期\s*(?:[\u4e00-\u9fffA-Za-z-]{{2,12}}率)?\s*(?:为|是))"
                                  rf"\s*(?P<a>{SIGNED_NUM})\s*%(?!\s*[-–~～至到]\s*\d)"
                                  rf"(?:\s*(?:和|及|与|、)\s*(?P<quarter>上一?季度|上季|(?:(?:19|20)?\d\d\s*年)?第?[一二三四1-4]季度|(?:(?:19|20)?\d\d\s*年?)?Q[1-4])"
                                  rf"\s*(?:的|为)\s*(?P<b>{SIGNED_NUM})\s*%)?")
# (or the quarter before: '毛利率提升至4.89%,较第二季度的1.58%环比改善3.31个百分点', '较上季度的…')
_RATIO_EARLIER = re.compile(rf"[，,]?\s*(?:比|较)(?:(?:去年|上年)同期|(?:19|20)\d{{2}}\s*年\s*(?:同期)?|去年|上年"
                            rf"|上一?个?季度?|(?:(?:20)?\d\d\s*年?\s*)?(?:第?[一二三四1-4]季度?|Q[1-4]|[1-4]Q))(?:的|之)?\s*(?:约\s*)?"
                            rf"(?P<a>{SIGNED_NUM})\s*%\s*[，,]?\s*"
                            rf"(?:同比|环比)?\s*(?P<dir>{UP}|{DOWN})\s*"
                            rf"(?:了)?\s*(?:约\s*)?(?P<b>{SIGNED_NUM})\s*(?P<unit>{POINT_WORDS})")
# a sentence opening with 'in the period' ('期内，营业额81.49亿元'): the period just reported on
_IN_THE_PERIOD = re.compile(r"(?:报告)?期内")
# words of a single quarter's figures ('环比', '单季')
_QUARTER_TALK = re.compile(r"环比|单季|按季|[Qq][Oo][Qq]")
# a year named by where it stands from now ('去年', '今年', '上年度') — not the same period a year before a figure is
# compared with ('对比去年同期3.33亿元'), nor the year before a change is on ('较上年度减少21.15%'), which the published
# report's figures name too
_YEAR_BY_WORD = re.compile(r"(?<![较比与])[去今上明前本]一?年(?!同期)")
# (or a part's lines said to be of the same period: '民爆业务同期实现营收14.07亿元' after the company's half; never a base,
# '上年同期', '2024年同期', '较同期')
_SAME_PERIOD_OPENING = re.compile(r"[^\d，,。；;：:]{1,12}?(?<![年上去前往比较与和])同期(?=\s*(?:实现|录得|营业收入|营收|收入|净利))")
# a figure opening a range just before another ('318至', '318-', '318~'): the other is the range's end
_RANGE_BEFORE = re.compile(r"\d\s*(?:至|到|~|～|-|–)\s*$")
# a year a text names: 2025, 25Q3, 25年, FY25, 2025E
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{2}\s*(?:年|[QH][1-4]|[AE](?![A-Za-z]))|[1-4][QH]\d{2}|FY\d{2}")
# a heading naming one period and what the lines under it are ('3Q2025財務摘要', '2025年前三季度经营情况'): a short
# line of its own with no figure but the period's
# (a note in brackets after the period, and who said it: '2024 年三季度(旧财报口径),百度披露:', '2025Q3(本次财报)披露:')
_PERIOD_HEADING = re.compile(rf"(?:[一二三四五六七八九十]+、|\d[.、]\s*)?\s*(?:{PERIOD_PHRASE.pattern})\s*"
                             rf"(?:[（(][^()（）\n]{{1,12}}[)）])?\s*[,，]?\s*[\u4e00-\u9fff]{{2,8}}")
# a bare share after a part's amount: '光学零件收入60.67亿元 同比增长10.7% 占比30.87%' (of the company's revenue)
# (or the level it went to: '占比由77.2%降至59.7%', the earlier one not judged)
# (or the level it moved to: '收入占比提升至70.15%', '占比同比下降2.1个百分点至30.5%')
_BARE_SHARE = re.compile(rf"占比\s*(?:为|达到?|约为?|约|仅为?|只有)?\s*(?:[由从]\s*{SIGNED_NUM}\s*%\s*(?:{UP}|{DOWN}|降)?\s*(?:至|到)\s*"
                         rf"|(?:同比|较上年同期)?\s*(?:进一步|大幅|小幅)?(?:提升|提高|上升|增加|下降|降低|减少|回落|升|降)\s*"
                         rf"(?:\d+(?:\.\d+)?\s*(?:个百分点|百分点|pct|ppt|pp)\s*)?(?:至|到)\s*)?(?P<num>{SIGNED_NUM})\s*%")
# a money unit right after a figure ('5.1 亿元'), or after the list it opens ('10572、13582百万元')
_UNIT_RIGHT_AFTER = re.compile(rf"(?:\s*(?:[/、，,]|和|及|与)\s*{SIGNED_NUM})*\s*(?P<unit>{MONEY_UNIT})")
# a share's change in points right after it: '占总收入的13.91%同比提升3.68pp'
# (or in brackets, YoY: '占比8.06%(同比+0.93pct)', '(YOY+44.6%)')
_SHARE_MOVED = re.compile(rf"\s*[，,]?\s*[（(]?\s*(?:同比|较上年同期|较去年同期|yoy|YoY|YOY)\s*(?P<dir>{UP}|{DOWN})\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{POINT_WORDS})")
# a part's growth right after its amount and unit: '实现收入9.67亿元同比增长27.27%'
_GROWTH_AFTER_PART = re.compile(rf"\s*(?:{MONEY_UNIT})?\s*[，,]?\s*[（(]?\s*(?:同比|yoy|YoY|YOY)\s*(?P<dir>{UP}|{DOWN})\s*(?P<num>\d+(?:\.\d+)?)\s*%")
# a change in amount: '同比增加7.00亿元', '环比减少1.2亿元', '较上年同期多增3.5亿元'
_CHANGE_AMOUNT = re.compile(rf"(?P<base>{_YOY_QOQ}|{_NAMED_YEAR_BASE}|较上年同期|较去年同期|较上一?年度|较上年|较去年|比上年|yoy|YoY|qoq|QoQ)\s*"
                            # (a loss narrowed or widened in amount: '同比减亏2.0亿元' is the profit up 2.0亿)
                            rf"(?P<dir>增加|减少|增长|下降|下滑|多增|少增|减亏|增亏|[+＋\-−－])\s*(?:了)?\s*"
                            rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT})")
# a growth with no base word: '对应增速7.4%/12.1%/12.8%', '增速分别为5.87%/36.77%/27.96%' (year on year; or glossed so,
# '增长率yoy分别为69.7% 7.9%')
# (or after a colon, as a summary lists a table's row: '2022-2026年营业收入增长率:18.4%/17.3%/12.2%/21.6%/22.4%')
_GROWTH = re.compile(rf"(?:对应|同比)?(?:增速|增长率|增幅)\s*(?:yoy|YoY|YOY)?\s*(?:预测|预计|预期)?\s*(?:分别)?\s*(?:为|是|达到?|约为?|[:：])?\s*"
                     # (a space alone parts them after a percent sign: '增速分别为6.9% 14.8%和16.6%')
                     rf"(?P<nums>{SIGNED_NUM}\s*%?(?:(?:\s*(?:[/、，,]|和|及|与)\s*|(?<=%)[ \t]+){SIGNED_NUM}\s*%?){{0,9}})\s*(?P<unit>%)")
# a direction right after a line item, no base word: '营业收入增长29.2%/15.9%' (a year's, a half's or
# the first three quarters' figure on the same period a year before; a quarter's may be on the quarter before)
# (and, as the Hong Kong press writes it, one character after a comma: '总收入1,131.2亿元，升22.3%', '，少3.1%')
# (its degree before it: '净利润大幅增长102.68%')
# (a concession's word before it: '公司营收虽微增3.87%至57.4亿元,但…')
_BARE_CHANGE = re.compile(rf"(?:(?:虽然?|仍然?|却|则|更是)\s*)?(?:(?:{_DEGREE})\s*)?(?P<dir>增长|下降|下滑|减少|下跌|提升|上升|上涨|增加|{SHARP_UP}|{SHARP_DOWN}|(?:(?<=[，,；;])|(?<=[，,；;]\s))(?:大|微)?(?:升|增|多|少|跌|减|降)"
                          # (or right after its line, going on to the figure: '毛利多37.4%至259.36亿元')
                          rf"|(?:升|增|多|少|跌|减|降)(?=\s*\d+(?:\.\d+)?\s*%\s*至\s*(?:人民币|港币|港元|美元)?\s*\d))\s*(?:了)?\s*"
                          # (a list of years' changes: '2026-2027年增长2.0%和2.7%')
                          rf"(?P<nums>{SIGNED_NUM}\s*%?(?:\s*(?:[/、]|和|及)\s*{SIGNED_NUM}\s*%?){{0,9}})\s*%(?!\s*(?:以上|以下|左右))")
# and a ratio's, in points, right after its name: '毛利率(则)减少3.3个百分点至40.3%', '毛利率下跌0.3个百分点至21.8%' — on the year before
# (one character will do right after the name, as the Taiwan and Hong Kong press write it: '毛利率增5.3百分点至70.3%')
# (or a sign, right after the name, as a note lists a quarter's moves: '…,归母净利润率+1.0pct')
# (its size said small: '毛利率微跌0.2个百分点至0.5%', '微升')
_BARE_POINTS = re.compile(rf"(?P<lead>\s*(?:则|也|亦|均|仍|同样)?\s*)(?P<dir>增长|下降|下滑|下跌|减少|提升|上升|增加|改善|收窄|微跌|微降|微升|微增|微涨|(?:(?<=[，,；;])|(?<=[，,；;]\s)|(?<=率))(?:升|增|多|少|跌|减|降)|(?<=率)[+＋\-−－](?=\d))\s*(?:了)?\s*"
                          rf"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>{POINT_WORDS})")
# the currency a list's last element adds to the scale every element prints ('…77.49亿、86.39亿元')
_CURRENCY_AFTER = re.compile(r"(元人民币|元|美元|港元|港币)")
# how many years a CAGR names right before it: '三年复合增速', '3年CAGR', '未来五年年均复合增长率'
# (not a year's digits: '2024-2027年复合增长率')
_YEARS_COUNTED_BEFORE = re.compile(r"(?<![\d\-–—~～至到/、])(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*年\s*(?:的|间|内)?\s*$")
# a figure in the rest of a clause
_FIGURE_IN_CLAUSE = re.compile(r"[^，,；;。]*?\d")
# a forecast's words between a line (or its year) and its change: '营业收入将增长15.4%', '预计2025年将增长15.4%至67亿元'
_WILL = re.compile(rf"\s*(?:{_FORECAST_WORDS}|或将)\s*")
_WILL_OR_EACH = re.compile(rf"\s*(?:{_FORECAST_WORDS}|或将|分别)?\s*")
# the amount a change goes to, right after it: '…增长15.4%至67亿元'
_TO_AMOUNT = re.compile(rf"\s*(?:至|达到?)\s*{SIGNED_NUM}\s*{MONEY_UNIT}")
# a plan, a target or guidance, not a result, in the words just before: '经营计划:营收增长10%', '考核目标:收入增长20%'
_A_PLAN = re.compile(r"计划|目标|指引|力争|规划|承诺|考核|激励")
# the quarter just ended, as the Hong Kong press says it ('上季收入459.69亿元'): not a base ('较上季', '环比上季')
# nor the mainland's 上季度, the quarter before
_JUST_ENDED_QUARTER = re.compile(r"(?<![较比与和按])上季(?![度末])")
# the English order: '(+21.5% YoY, +3.5% QoQ)'
_CHANGE_AFTER = re.compile(rf"(?P<num>[-+−]?\d+(?:\.\d+)?)\s*(?P<unit>{POINTS})\s*(?P<base>YoY|yoy|QoQ|qoq)(?![A-Za-z])")
# a change stated as a multiple: '同比增长2.1倍' (strictly +210%, as loosely written 2.1 times the base),
# '是上年的3.0倍', '为去年同期的3倍' (now over the base)
_TIMES_CHANGE = re.compile(r"(?:(?P<base>同比|较上年同期|较去年同期|较上年|较去年|比上年|比去年)\s*(?:大幅)?\s*(?:增长|提升|增加|上升)了?\s*"
                           r"|(?:是|为|达到?)\s*(?P<of>上年|去年|上年同期|去年同期)(?:同期)?的\s*)(?P<num>\d+(?:\.\d+)?)\s*倍")
# ('2024-2027年复合增长率': the 年 is the span's, so the name starts at 复)
# (the name may carry its English gloss: '年复合增长率(CAGR)达23%')
# (or the figure between its words: '营收保持年均19.81%的复合增长率')
_CAGR_WORDS = "CAGR|年均复合增长率|复合年均增长率|复合增长率|年均复合增速|复合增速|年均增速"
_CAGR = re.compile(rf"(?:{_CAGR_WORDS})\s*(?:[(（]\s*CAGR\s*[)）])?\s*"
                   rf"(?:为|约为?|达到?|分别为|[=＝≈])?\s*(?P<num>{SIGNED_NUM})\s*%"
                   rf"|年均\s*(?P<num2>{SIGNED_NUM})\s*%\s*的?\s*(?:复合增长率|复合增速|复合增长)")
# growth rates listed for the lines stated before them in turn ('营业收入由1.03亿元增至3.90亿元,归母净利润由0.35亿元增至1.09亿元,
# 5年CAGR分别为30.5%与25.5%')
_CAGRS_LISTED = re.compile(rf"(?:{_CAGR_WORDS})\s*分别(?:为|是)?\s*"
                           rf"(?P<nums>{SIGNED_NUM}\s*%(?:\s*(?:与|和|及|、|/|,|，)\s*{SIGNED_NUM}\s*%)+)")
_LISTED_PERCENT = re.compile(rf"{SIGNED_NUM}(?=\s*%)")
# multiples listed: '17.0倍、13.1倍、10.4倍', '30x/25x', '14、13、11倍', '30倍和25倍' (the name may say 倍数: 'PE倍数分别为…')
# (or by their unit alone: '市盈率分别为14倍60倍34倍21倍')
_MULTIPLES = rf"(?P<nums>{SIGNED_NUM}(?:(?:\s*[xX倍]?\s*(?:[/、，,]|和|及)\s*|\s*[xX倍][ \t]*){SIGNED_NUM}){{0,9}})\s*(?P<unit>倍|[xX])"
_PE = re.compile(rf"(?:PE|P/E|市盈率)\s*(?:估值|值|倍数)?\s*(?:[(（](?:倍|PE|P/E)[)）])?\s*(?:分别)?(?:为|是|约为?|[:：])?\s*{_MULTIPLES}")
# the multiples before their name ('当前股价对应25/26年44.0倍/21.2倍P/E', '对应15倍PE')
_PE_AFTER = re.compile(rf"{_MULTIPLES}\s*(?:的)?\s*(?:PE|P/E|市盈率)(?![A-Za-z/])")
# a list of multiples the name alone marks ('市盈率分别为49/-29/52/26', as a table's row would print it)
_PE_LISTED = re.compile(rf"(?:PE|P/E|市盈率)\s*(?:[(（](?:倍|x|X)[)）])?\s*分别(?:为|是)\s*"
                        rf"(?P<nums>{SIGNED_NUM}(?:\s*[/、]\s*{SIGNED_NUM}){{1,9}})(?P<unit>)(?![\d.%])")
# a multiple named only 估值 ('当前股价对应2024-2026年估值分别为14、13、11倍'): a PE where it
# follows the years' profits, the multiple a profit forecast is quoted at
_VALUED = re.compile(rf"估值\s*(?:分别)?(?:为|是|约为?)?\s*{_MULTIPLES}")
# price to sales: '对应PS分别为2.0/1.7/1.4倍', '市销率(PS)为5倍'
_PS = re.compile(rf"(?:PS|P/S|市销率)\s*(?:估值)?\s*(?:[(（](?:倍|PS|P/S)[)）])?\s*(?:分别)?(?:为|是|约为?)?\s*{_MULTIPLES}")
# a year in brackets right after a multiple, the year it is of: '市净率1.80倍(2025E)'
_YEAR_IN_BRACKETS_AFTER = re.compile(r"\s*[(（]\s*(?P<year>(?:19|20)?\d\d)\s*(?:年|[AEF])?\s*[)）]")
_PB = re.compile(rf"(?:PB|P/B|市净率)\s*(?:[(（](?:倍|PB|P/B)[)）])?\s*(?:估值|倍数)?\s*(?:分别)?(?:为|是|约为?)?\s*"
                 rf"(?P<nums>{SIGNED_NUM}(?:\s*[xX倍]?\s*[/、，,]\s*{SIGNED_NUM}){{0,9}})\s*(?P<unit>倍|[xX])?")
def _per_share_list(names: str) -> re.Pattern:
    """Each year's per-share figure in yuan after its name ('EPS 0.98/1.34/1.78 元'), or with
    the yuan in brackets by the name ('每股盈利(元)分别为0.29/-0.49/0.27'), or a revision's new
    figures ('EPS(Non-GAAP)由9.7/12.1元调整为8.3/9.1元')."""
    return re.compile(rf"(?:{names})\s*(?:(?P<yuan>[(（]元(?:/股)?[)）])|[(（](?:{names}|[A-Za-z\- ]{{2,12}})[)）])?\s*(?:预测|预计)?\s*"
                      # (the span of years after the name: '预测每股收益2025-2027年分别为1.12元、1.45元、1.88元')
                      rf"(?:(?:20)?\d\d\s*(?:年|[AE])?\s*[-–—~至]\s*(?:20)?\d\d\s*(?:年|[AE])\s*)?"
                      # the new figures of a revision ('EPS(Non-GAAP)由9.7/12.1元调整为8.3/9.1元')
                      rf"(?:由\s*{SIGNED_NUM}(?:\s*元?\s*[/、，,]\s*{SIGNED_NUM}){{0,9}}\s*元?\s*(?:调整|上调|下调)(?:为|至)\s*)?"
                      # (or revised to them, the verb before the name: '下调22-24年EPS至1.51(-0.54)/1.87(-0.59)/2.10(-0.64)元')
                      # (or revised to them after the name: '每股收益调整至0.16/0.39/0.59元')
                      rf"(?:分别)?(?:为|是|约为?|至|(?:{REVISION_VERBS})(?:为|至)|[:：])?\s*"
                      # (each figure may carry its revision in brackets: 'EPS分别为68.21(-2.39)、76.98(-6.23)元')
                      # (each figure may carry its unit: 'EPS分别为3.00元/股、3.40元/股、3.76元/股')
                      # (or its earlier value after its unit: '1.61元(前值1.58元)、1.71元(1.64元)')
                      # (or by its unit alone, as a digest strips the marks: '每股盈利分别为2.60元0.63元1.12元')
                      rf"(?P<nums>{SIGNED_NUM}(?:{_BRACKETED_REVISION})?(?:(?:\s*(?:元(?:/股)?)?(?:{_EARLIER_VALUE}|{_WORDED_REVISION})?\s*(?:[/、，,]|和|及|与)\s*|\s*元(?:/股)?[ \t]*){SIGNED_NUM}(?:{_BRACKETED_REVISION})?){{0,9}})"
                      # (the yuan may follow the figures in brackets: 'EPS预测为1.77/1.92/2.21(元)')
                      # (or none at all where the list ends its clause, as digests write it: 'EPS分别为2.19/2.45/2.66,对应…';
                      # a list of two figures or more only — the reader drops one figure with no unit)
                      rf"\s*(?P<unit>(?(yuan)(?:元)?|(?:元|[(（]元(?:/股)?[)）]|(?=\s*(?:[,，;；。]|对应)))))(?![\d.%])")


# an EPS on the profit less one-off items, named just before it
_DEDUCTED_BEFORE = re.compile(r"(?:扣非|扣除非经常性损益后?的?|扣非后)\s*(?:基本|稀释)?\s*$")
_EPS = _per_share_list("EPS|每股收益|每股盈利|每股盈余")  # (每股盈余: Taiwan's)
# each year's EPS after its year: '对应EPS 2025年1.44元/股 2026年1.50元/股 2027年1.61元/股'
_EPS_BY_YEAR = re.compile(rf"(?:EPS|每股收益)\s*(?:分别)?\s*(?:为)?\s*"
                          rf"(?P<nums>(?:{YEAR}\s*年\s*(?:为)?\s*{SIGNED_NUM}\s*元(?:/股)?\s*[,，、]?\s*){{2,5}})")
# (or the first year before the name, each later year alone: '预计公司2025年每股收益为1.57元 2026年为1.89元 2027年为2.01元')
_EPS_YEAR_FIRST = re.compile(rf"(?P<nums>{YEAR}\s*年\s*(?:预测)?\s*(?:EPS|每股收益)\s*(?:为|约为)?\s*{SIGNED_NUM}\s*元(?:/股)?"
                             rf"(?:\s*[,，、]?\s*{YEAR}\s*年\s*(?:为|约为)?\s*{SIGNED_NUM}\s*元(?:/股)?){{1,4}})")
# (or from one year's to another's: '每股收益预计从2025年0.47元增长至2027年1.02元')
_EPS_YEARS_WENT = re.compile(rf"(?:EPS|每股收益)\s*(?:{_FORECAST_WORDS})?\s*[由从]\s*"
                             rf"(?P<nums>{YEAR}\s*年\s*的?\s*{SIGNED_NUM}\s*元\s*(?:{UP})?\s*(?:至|到)\s*{YEAR}\s*年\s*的?\s*{SIGNED_NUM}\s*元)")
_YEAR_AND_EPS = re.compile(rf"(?P<year>{YEAR})\s*年\s*(?:预测)?\s*(?:EPS|每股收益)?\s*(?:为|约为|的)?\s*(?P<num>{SIGNED_NUM})\s*元")
# a year's PE after its year, the first year before the name: '对应2025年预测市盈率为11.19倍 2026年为9.88倍 2027年为9.30倍'
_PE_YEAR_FIRST = re.compile(rf"{YEAR}\s*年\s*(?:预测)?\s*(?:PE|P/E|市盈率)\s*(?:为|约为)?\s*{SIGNED_NUM}\s*倍"
                            rf"(?:\s*[,，、]?\s*{YEAR}\s*年\s*(?:为|约为)?\s*{SIGNED_NUM}\s*倍){{1,4}}")
# (or the multiples listed after 分别为, each after its year: '市盈率(PE)分别为2025E 17.74倍、2026E 17.11倍、2027E 15.63倍')
_PE_LISTED_BY_YEAR = re.compile(rf"(?:PE|P/E|市盈率)\s*(?:[(（][^()（）]{{0,6}}[)）])?\s*分别(?:为|是)\s*"
                                rf"{YEAR}\s*(?:年|[EA])\s*{SIGNED_NUM}\s*倍(?:\s*[、，,]?\s*{YEAR}\s*(?:年|[EA])\s*{SIGNED_NUM}\s*倍){{1,4}}")
_YEAR_AND_PE = re.compile(rf"(?P<year>{YEAR})\s*(?:年|[EA])\s*(?:预测)?\s*(?:PE|P/E|市盈率)?\s*(?:为|约为)?\s*(?P<num>{SIGNED_NUM})\s*倍")


class _Spread:
    """A list whose figures stand apart in the sentence, each after its own year ('2025年预测市盈率为11.19倍 2026年为9.88倍'):
    what a list's match gives the readers — its figures (group 'nums') and their places."""

    def __init__(self, text: str, figures: list[tuple[str, int, int]]):
        self.string, self.figures = text, figures

    def group(self, name):
        return "/".join(n for n, _, _ in self.figures) if name == "nums" else None

    def start(self, name=0):
        return self.figures[0][1]

    def end(self, name=0):
        return self.figures[-1][2]
# a span named from the report's own time: '未来三年', '未来3年' — the years its tables forecast
# a single quarter the words do not name ('单季度归母净利润为63.4亿元' after '报告期内…'): the quarter the text
# reports, where it says which; else none the family can place (never the cumulative period before it)
_UNNAMED_QUARTER = re.compile(r"单季度?(?!\s*(?:第?[一二三四1-4]|Q|度))")
# a margin named after a line the family does not know: '经调整EBITDA利润率为21%', '经调整营业利润率17%' (the name
# and its 利润率 or 率 — '经调整营业' + '利润率' — matched against the line's name the amount before gave)
_PROFIT_LINE = re.compile(r"(?:利润|EBITDA|EBIT|溢利|毛利|盈利|纯利|净利)$", re.I)
_NAMED_MARGIN = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,12}?)(?P<rate>(?:利润)?率)\s*(?:为|达到?|约为?|是)?\s*"
                           r"(?P<num>\d+(?:\.\d+)?)\s*%")
# a share count a sentence states: '总股本15.00亿股', '以总股本20.00亿股计'
_SHARES_STATED = re.compile(r"总股本\s*(?:为|约)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:亿|百万|万)?股)")
# years counted back ('近10年', '连续12年', '过去5年'): a span the figures after it are of, none the family places
# (a record over them is none: '增速创近4年新高')
# (or since a year: '系2022年以来首次单季盈利超4亿元;前三季度净利率11.01%' — no figure after it is 2022's)
# (a record since a year is none either, but its year is no period a bare quarter after it takes: '创2019年以来新低 - 公司Q3…')
_YEARS_COUNTED = re.compile(r"(?:近|连续|过去|最近)\s*\d{1,2}\s*年(?:来|间|内)?"
                            r"(?!\s*(?:以来)?\s*(?:的)?\s*(?:同期)?\s*(?:新高|新低|最高|最低|最佳|最好|之最))"
                            r"|(?:自|从)?\s*(?:19|20)\d\d\s*年\s*以来")
# a minus set apart from the figure after a percent sign in a list spaced by blanks ('同比增速分别为-4.4% - 12.1% 15.9%')
# (only with another element after it: '5% - 10%' at a list's end may be a range)
_DETACHED_SIGN = re.compile(r"(?<=%)[ \t]+[-−][ \t]+(?=\d[\d.]*\s*%[ \t]+[-−]?\d)")
# a year's four quarters named together after it, their figures listed in order ('2016年各季度营业收入分别为51.31亿元、
# 36.32亿元、33.05亿元、49.32亿元', '2024年第一至第四季度…', '2024年Q1-Q4…')
_EACH_QUARTER = re.compile(r"(?:各(?:个)?季度|(?:第)?一\s*至\s*(?:第)?四季度|Q1\s*[-–~至]\s*Q4)(?![\u4e00-\u9fff]{0,4}(?:平均|均值))")
# a fall's size, its figures the falls ('降幅分别为2.65%、26.88%', '跌幅为5%'): a bare change, down
_FALL_SIZE = re.compile(rf"(?P<dir>[降跌减])幅\s*(?:分别)?\s*(?:为|是|达到?|约为?|[:：])?\s*"
                        rf"(?P<nums>{SIGNED_NUM}\s*%?(?:\s*(?:[/、，,]|和|及|与)\s*{SIGNED_NUM}\s*%?){{0,9}})\s*%(?!\s*(?:以上|以下|左右))")
# what may stand between lines named together and their changes, one each: '营收、净利分别下降…', '营收、净利双降,降幅分别为…'
_ITEMS_TO_CHANGES = re.compile(r"\s*(?:均|都|分别|同比)?\s*(?:(?:双降|双增|齐升|齐降|双双(?:增长|下滑|下降))\s*[,，]?\s*)?(?:同比)?\s*(?:分别)?\s*")
# the last years counted back, in words or figures ('近三年', '最近3年'): the last span of as many years the text named
# ('2022年至2024年,…' then '近三年实现收入分别为…'); a record or a mean over them is none
# (a record over them is no span of figures either: '为近五年来首次高个位数下跌')
_LAST_YEARS = re.compile(r"(?:近|最近|过去)\s*(?P<n>[两二三四五2-5])\s*(?:个)?\s*(?:会计)?年(?:来|间|内|度)?"
                         r"(?!\s*(?:来|以来)?\s*(?:的)?\s*(?:同期)?\s*(?:新高|新低|最高|最低|最佳|最好|最差|最大|最小|之最|首次|首度|平均|均值|复合|CAGR|累计|合计))")
# the last reports of one kind counted back ('近三期半年报,归母净利润同比变动分别为16.29%,12.48%,-15.2%'): as many of
# the period the text reports, a year apart, the last that period itself
_LAST_REPORTS = re.compile(r"(?:近|最近|过去)\s*(?P<n>[两二三四五2-5])\s*(?:个)?\s*期\s*(?P<report>半年报|中报|年报|三季报|一季报)?")
_FUTURE_YEARS = re.compile(r"未来\s*(?P<n>[两二三四五2-5])\s*(?:个)?\s*(?:会计)?年(?:度)?")
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# each year's book value per share ('24/25/26 年 BPS 为 16.1/17.5/19.2 元')
_BVPS = _per_share_list("BVPS|BPS|每股净资产")
# a part's share of revenue: '研发费用4796.22万元 占营业收入比例9.24%', '占营收的比重为12.1%'
# (a Hong Kong digest's 营业额 and 收益 are revenue: '境内采矿:营业额为12.16亿元,占总营业额23.1%')
# (the whole's amount may stand in brackets after its name: '占总营收(100.0亿元)的30%')
# (or said in it: '在总营收中的占比34.7%')
# ('占到总营收规模的58.33%', '占据收入总额的…')
_SHARE = re.compile(r"(?:占(?:到|据)?|(?P<in>在))(?:公司|集团)?(?:当期|同期)?(?:营业总收入|总营业收入|营业收入|总营收|营收|总收入|净营业收入|净收入|收入|总营业额|营业额|总收益|收益)(?:规模|总额)?"
                    r"(?:\s*[（(]\s*(?P<whole>\d[\d,]*(?:\.\d+)?)\s*(?P<whole_unit>(?:万亿|亿|千万|百万|万)?元)\s*[)）])?"
                    # (or the level it moved to: '占营收比重提升至4.1%', '占收益比例从22.4%降至19.6%', '…下降2.8个百分点至19.6%',
                    # '占公司营收比重进一步提升到28.14%')
                    # ('占营收比0.10%': the ratio's word cut short)
                    r"(?(in)中的?(?:占比|比重|比例)|(?:的)?(?:比例|比重|比)?(?:的)?)\s*(?:分别)?\s*"
                    # (a concession's adverbs before the verb: '占总收入比例虽仍高达84.6%')
                    r"(?:(?:虽然?|仍然?|依然|已经?|也)\s*)*"
                    # (the earlier level the year before's: '占总收入的比例由去年同期的73.4%下降至2025年上半年的70.8%')
                    r"(?:为|高达|达到?|约为?|(?:[由从]\s*(?P<ago>去年同期|上年同期|去年|上年)?\s*[的之]?\s*(?P<was>\d+(?:\.\d+)?)\s*%\s*)?"
                    r"(?:进一步|大幅|小幅)?(?:提升|提高|上升|增加|下降|降低|减少|回落|升|降)?\s*"
                    r"(?:\d+(?:\.\d+)?\s*(?:个百分点|百分点|pct|ppt|pp)\s*)?[至到]"
                    r"(?:\s*\d{4}\s*年\s*(?:[上下]半年|前三季度|第?[一二三四]季度|全年)?\s*的)?)?\s*"
                    r"(?P<num>\d+(?:\.\d+)?)\s*%(?!\s*的)")
# and stated before the part it is of: '占集团总收入40.6%的智能手机业务,上季收入459.69亿元'
_SHARE_BEFORE = re.compile(_SHARE.pattern.replace(r"%(?!\s*的)", r"%\s*的"))


@lru_cache(maxsize=1)
def _share_of_item() -> re.Pattern:
    """A line's share of another line that is not revenue ('现金红利合计3.00亿元,占当年归母净利润的30%'),
    the other line by any name sentences give it (revenue's shares are `_SHARE`'s)."""
    _, names = item_names()
    wholes = sorted((w for w, concept in names.items() if concept != "revenue"), key=len, reverse=True)
    # (or its ratio to it: '经营性现金流净额为72.7亿,与归母净利润的比值为96%')
    return re.compile(rf"(?:占|(?P<to>与))\s*(?:当年|当期|同期|全年|本期|公司|集团)?\s*(?P<whole>{'|'.join(map(re.escape, wholes))})\s*"
                      rf"(?:的)?\s*(?(to)(?:比值|之比|比率|比例)|(?:比例|比重)?)\s*(?:为|达到?|约为?)?\s*(?P<num>\d+(?:\.\d+)?)\s*%(?!\s*的)")
@lru_cache(maxsize=1)
def _lines_ratio() -> re.Pattern:
    """One line over another as a multiple or a percent: '经营现金流/净利润为1.20倍' (both named), or after the
    first's amount, '…12.0亿元,为归母净利润的1.2倍'."""
    names = "|".join(map(re.escape, sorted(item_names()[1], key=len, reverse=True)))
    return re.compile(rf"(?:(?P<over>{names})\s*/\s*|(?:为|是|相当于)\s*(?:同期|当期)?\s*)(?P<whole>{names})\s*(?(over)(?:的)?(?:比值|比率|之比)?|的)\s*"
                      rf"(?:为|达到?|约为?|是)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>倍|[xX%])")


# parts of revenue named in a list, their amounts in another ('自营/经纪/资管业务收入分别为89/ 33/ 26亿元'), and
# the rest of a list of shares after its first ('…占营收比例50%/ 19%/ 14%')
_PARTS_OF_REVENUE = re.compile(rf"(?P<names>[\u4e00-\u9fffA-Za-z]{{1,8}}(?:\s*[/、]\s*[\u4e00-\u9fffA-Za-z]{{1,8}}){{1,9}})\s*"
                               rf"(?:业务)?(?:收入|营收)\s*分别(?:为|是|达)?\s*(?P<nums>{SIGNED_NUM}(?:\s*[/、]\s*{SIGNED_NUM}){{1,9}})\s*"
                               r"(?P<unit>(?:万亿|千万|百万|亿|万)?元)")
# (or lines of cost listed, each figure with its scale: '产品研发费用/销售及营销费用/一般行政费用分别为36亿/34亿/10亿元')
_LINES_LISTED = re.compile(rf"(?P<names>[\u4e00-\u9fffA-Za-z]{{1,10}}(?:\s*[/、]\s*[\u4e00-\u9fffA-Za-z]{{1,10}}){{1,9}})\s*"
                           rf"分别(?:为|是|达)?\s*(?P<nums>{SIGNED_NUM}(?:万亿|亿|万)?(?:\s*[/、]\s*{SIGNED_NUM}(?:万亿|亿|万)?){{1,9}})\s*"
                           r"(?P<unit>(?:万亿|千万|百万|亿|万)?元)")
_SHARE_LIST_TAIL = re.compile(rf"\s*%?(?:\s*[/、]\s*{SIGNED_NUM}\s*%?){{1,9}}")
# a word in brackets after a ratio's name, saying which of its kind: 'ROE（摊薄）', '净利率(归母)'
_QUALIFIER_AFTER = re.compile(r"\s*[（(][^()（）\d%]{1,6}[)）]")
# a unit printed in brackets after a line item's name, as a table's row label prints it: '营业总收入(百万)',
# '归母净利润（亿元）' (a scale word alone is of yuan)
_UNIT_AFTER_NAME = re.compile(r"\s*[（(]\s*(?P<scale>万亿|亿|千万|百万|万|千)?\s*(?P<currency>元|人民币|美元|港元|港币)?\s*[)）]")
# another document's title, in book-title marks
_TITLE_MARKS = re.compile(r"《[^《》\n]{1,80}》")
# how far below the revenue 主营业务收入 may be read to be (other business income, 其他业务收入, is seldom more than a
# percent of it; a wider gap would pass an edited share as one of the other base)
MAIN_BUSINESS_GAP = Decimal("0.01")
# the main business's revenue a text may state, the base of a share naming none ('主营业务收入', '白酒业务收入6.31亿元')
_BUSINESS_REVENUE = re.compile(r"(?P<words>主营业务|主营|[\u4e00-\u9fff]{1,6}业务)\s*(?:收入|营收)\s*(?:为|达到?|实现|约)?\s*"
                               r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万亿元|亿元|千万元|百万元|万元)")
# a part's amount with its share after it, as a split of the whole lists them ('线下渠道收入18.0亿元同比下降31.6%占比51.6%'): the
# shares of a split adding up to 100% make its amounts' sum the whole they are shares of (主营业务收入 where the split leaves out
# other business income)
_AMOUNT_THEN_SHARE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万亿元|亿元|千万元|百万元|万元)[^%％。；;\n\d]{0,12}"
                                r"(?:[+-]?\d+(?:\.\d+)?\s*%[^%％。；;\n\d]{0,4})?占比\s*(?P<share>\d+(?:\.\d+)?)\s*%")
# a part's revenue and its amount, as a split lists its parts ('普通产品收入23.6亿元'), and what ends a split's run
_PART_REVENUE_AMOUNT = re.compile(r"(?:收入|营收)\s*(?:为|达到?|约)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万亿元|亿元|千万元|百万元|万元)")
_CLAUSE_STOP = re.compile(rf"[。；;]|{DIGEST_BREAK}")
# between a part's amount and a part of it: 其中, in one clause run (no stop, no digest break)
_PARTS_OF_IT = re.compile(rf"(?:(?![。；;]|{DIGEST_BREAK}).)*其中(?:(?![。；;]|{DIGEST_BREAK}).)*", re.S)
# a move's later figure named by its year's same period ('…增长至2025年同期的1677.11亿元')
_SAME_PART_LATER = re.compile(r"(?:至|到)\s*$")
# a period named as the base of a comparison ('较2024年底上升6.27个百分点'): not the period the
# sentence goes on to speak of
# (or of a level said above or below the base's: '毛利率为16.3%,低于2024年同期的21.5%和2025年第二季度的20.1%')
_COMPARED_TO = re.compile(r"(?:较|相比|相较于?|对比|比|低于|高于)\s*$")
# (the second base of one comparison: '…低于2024年同期的21.5%和2025年第二季度的20.1%')
_COMPARED_TO_TOO = re.compile(r"(?:较|相比|相较于?|对比|比|低于|高于)[^，,。；;]{1,20}?(?:和|及|与|、)\s*$")
# a bracket right after an amount, opening the same amount in another currency: '274亿元人民币(38亿美元)'
_CONVERSION_OPENS = re.compile(rf"\d\s*(?:{MONEY_UNIT})\s*(?:人民币|港币|港元|美元)?\s*[（(]\s*(?:约合?|折合|合|相当于)?\s*$")
# a numbered section's heading on a line of its own ('四、盈利能力与效率指标', '2. 分红政策')
_SECTION_HEADING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、]\s*(?=[\u4e00-\u9fff]))")
# a line's label and its colon before its figure: '收入总额:274亿元'
_GROSS_MARGIN = re.compile(r"(?:销售|营业|综合|整体)?毛利率$")
# (the currency before the figure: '营业额:人民币 109.32 亿元')
_LABEL_COLON = re.compile(r"\s*[:：]\s*(?:人民币|港币|港元|美元)?\s*")
# a digest bullet opening on a line's name and a colon ('- 归母净利润:2024年亏损…'), and the words a later clause of it may
# hold before an amount and still speak of that line (a period, a forecast's or a turn's words)
_BULLET_LABEL = re.compile(r"\s*[:：]")
_BULLET_MARK_BEFORE = re.compile(r"(?:^|[-–•·])\s*$")
_ONLY_FORECAST_WORDS = re.compile(r"\s*(?:预计|预测|(?:19|20)\d\d\s*(?:[-–~至]\s*(?:19|20)?\d\d)?\s*年|为|分别|扭亏为盈至?|扭亏至|"
                                  r"实现|达到?|约|亏损|盈利|将|有望|\s)*")
# (the level a ratio reached, its base word before the verb: '毛利率同比提升至23.1%', '净利率修复至12.9%'; after a label's colon:
# '毛利率:16.3%')
# (how much a level moved, said before the verb: '销售费用率小幅提升至36.6%')
_DEGREE = r"小幅|大幅|显著|明显|略有|略微|稍有|进一步|持续|继续|逐步|有所|微(?=[升降增])"
_LEVEL = re.compile(rf"\s*(?:[:：]\s*)?(?:经?(?:测算|计算|估算)\s*)?(?:则为|则是|为|达到?|约为?|是|维持在|保持在|稳定在|稳定于|稳在|持平于|持平在|录得|(?:(?:{_YOY_QOQ})\s*)?(?:(?:{_DEGREE})\s*)?(?:提升|上升|下降|下滑|降低|降|升|增|回落|提高|修复|回升|恢复|改善|收窄|扩大|跌)至"
                    # the level after a change in points ('归母净利率-7.1pct至23.1%'); one said measured ('毛利率经测算约为25.11%')
                    rf"|[-+−]\d+(?:\.\d+)?\s*(?:{POINT_WORDS})\.?\s*至)?"
                    # a loss's margin is printed negative ('归母净利率 -0.8%'); a sign + is a change's
                    # (an approximate level after its verb: '毛利率为约22.4%', as Hong Kong digests write it)
                    r"\s*(?:约\s*)?(?P<num>-?\d+(?:\.\d+)?)\s*%(?!\s*[-–~～至到]\s*\d)")
_RANGE_AFTER = re.compile(rf"\s*(?P<sep>[-–~～至到])\s*[-+]?\d+(?:\.\d+)?\s*(?P<unit>{POINTS})?")
# a ratio's change in brackets after its level, signed: '毛利率23.1%（+3.1pct）' (on the year before)
_POINTS_IN_BRACKETS = re.compile(rf"\s*[(（]\s*(?P<num>[-+−]\d+(?:\.\d+)?)\s*(?P<unit>{POINT_WORDS})\s*[)）]")
# a level a change reached: '毛利率同比提升3.1个百分点至23.1%'
_LEVEL_REACHED = re.compile(r"\s*(?:至|到)\s*(?P<num>\d+(?:\.\d+)?)\s*%")
# a clause that goes on with the amount its line item reached: '营收同比增长21.9%，达39.00亿元'
# (or the word for its cumulative sum: '前三季度营收:累计94.90亿元', '研发投入:总额29.35亿元')
# (or a move's verb with it: '毛利额由去年同期45.33亿元,增加至52.28亿元')
# (the year it reached it in before the verb: '2016年公司营收81.56亿,2020年增至168.03亿元')
_ONLY_A_VERB = re.compile(r"\s*(?:(?:19|20)\d\d\s*年\s*(?=(?:大幅|小幅)?(?:增加|增长|上升|提升|提高|下降|减少|下滑|回落|升|增|降)至))?"
                          r"(?:(?:累计|合计|共计|总额|总计)\s*(?:达到?|至|实现|录得|为)?|达到?|至|实现|录得|为"
                          r"|(?:大幅|小幅)?(?:增加|增长|上升|提升|提高|下降|减少|下滑|回落|升|增|降)至)\s*")
# a share of a line item, right after its name: '营收占比', '收入占\n比', '营收比重'
_SHARE_OF_IT = re.compile(r"\s*(?:占\s*比|比重|占\s*公司)")
# a line item summed with another before its figure ('营收+Δ合同负债同比增长16.88%'): the sum's figure, not the line's
_SUMMED_WITH = re.compile(r"\s*[+＋]\s*(?:Δ|△)?\s*[\u4e00-\u9fffA-Za-z]")
# lines named together before the last one's name and summed after it: '销售、管理和财务费用合计20.71亿元'
# (or each after a 、: '销售、管理、财务费用合计')
_NAMES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}[、/])+[\u4e00-\u9fff]{1,6}(?:和|及|与)$|[\u4e00-\u9fff]{1,6}(?:和|及|与)$"
                           r"|(?:[\u4e00-\u9fff]{1,6}、)+$")
_TOTAL_AFTER = re.compile(r"\s*(?:合计|总计|共计|之和|总额)")


# what may stand between an amount and its share of revenue: a comma, maybe the amount's growth in a clause of its own
# ('产品收益为94.43亿元,同比增长10.7%,占总收益36.9%')
# (its growth in brackets right after it too: '投资净收益36.24亿元(+14.18%),占营收15.77%')
_AMOUNT_TO_ITS_SHARE = re.compile(r"\s*(?:人民币)?\s*(?:[(（]\s*(?:同比|yoy|YoY)?\s*[+\-−]?\d+(?:\.\d+)?\s*%\s*[)）])?\s*[，,]\s*(?:(?:同比|环比|按年|较上年同期)?\s*(?:增长|增加|上升|提升|下降|减少|下滑|降低)\s*"
                                  r"[-+−]?\d+(?:\.\d+)?\s*%\s*[，,]\s*)?")
def _stated_within(value: Optional[tuple], s: Sentence, start: int, end: int) -> bool:
    """Whether a stated value (`Reader.stated`'s: Printed, currency word, cell) stands in sentence `s` between its
    offsets `start` and `end` — printed there in the text, not taken from a table."""
    return bool(value) and value[2][0] == "text" and value[2][1] == s.page and s.start + start <= value[2][2] < s.start + end


def _to_its_share(text: str, loose: tuple, start: int) -> bool:
    """Whether what stands between a loose amount (`loose`: its name, period and figure, and where it ends) and the share
    at `start` makes the share that amount's: `_AMOUNT_TO_ITS_SHARE`, then maybe the amount's name again, the end of
    the words naming it ('公司研发投入260,045,716.94元,研发投入占营业收入的比例为10.38%')."""
    (name, _, _), end = loose
    if _AMOUNT_TO_ITS_SHARE.fullmatch(text, end, start):
        return True
    lead = _AMOUNT_TO_ITS_SHARE.match(text, end, start)
    again = text[lead.end():start].strip() if lead else ""
    # (or the costs it sums by their short name: '销售费用、管理费用、财务费用总计11.8亿元,三费占营收比5.53%')
    return len(again) >= 2 and name != "amount" and (name.endswith(again) or bool(_COSTS_AGAIN.fullmatch(again) and "费" in name))


# the short names of a sum of cost lines
_COSTS_AGAIN = re.compile(r"[三四]费|期间费用|费用")


# what may stand between a line's figure and its bare change: a comma ('营业收入120亿元，增长20%'), or the
# ratio's level and a comma ('毛利率22.9%，多2.5个百分点')
_COMMA_ONLY = re.compile(r"\s*[，,]\s*(?:分别)?\s*")
_LEVEL_THEN_COMMA = re.compile(r"\s*(?:为|达到?|约为?)?\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*")


def _range_after(text: str, end: int, unit: str) -> bool:
    """Whether a change goes on into a range ('环比下降4%-6%', '增长20%至25%': guidance, not a
    figure). '增长21.9%至39.00亿元' goes on to the amount it reached, and '提升3.1个百分点至23.1%'
    to the ratio's level: a figure in another unit after 至 is no range."""
    m = _RANGE_AFTER.match(text, end)
    if m is None:
        return False
    if m.group("unit") is None:
        return m.group("sep") not in "至到" or not re.match(r"\s*[\u4e00-\u9fff]", text[m.end():])
    return bool(_POINT_UNITS.fullmatch(m.group("unit"))) == bool(_POINT_UNITS.fullmatch(unit or "%"))


# a clause that names a period and nothing else before its amount ('第三季度单季为32.26亿元')
_ONLY_A_PERIOD = re.compile(rf"\s*(?:{PERIOD_PHRASE.pattern})\s*(?:单季度?|当季)?\s*(?:预计|预测|有望)?\s*(?:为|是|达到?|约为?|实现)?\s*")


# a year named as the base of a comparison, its same period: '较第2季和2024年同期', '比2024年同期'
_COMPARED_YEAR = re.compile(r"(?:较|比|和|与|及)\s*((?:19|20)\d\d)\s*年\s*同期")
# how far into a text its opening runs: the results a note is about are named there
OPENING_CHARS = 300
DIGEST_CHARS = 1200


def _opening_part_year(text: str) -> Optional[int]:
    """The year of the first quarter, half or first three quarters a text names with its year
    ('23Q1-3', '2025年上半年'): the results it reports on."""
    for m in PERIOD_PHRASE.finditer(text):
        found = periods_of_phrase(m, None)
        if found and found[0][0] in ("Q", "H", "9M"):
            return found[0][1]
    return None


# line items named together before one list of figures: '销售/管理/研发/财务费用率分别为…',
# '毛利率、净利率分别为…', '销售费用率、管理费用率和研发费用率分别为…'
_ITEM_RUN = re.compile(r"([\u4e00-\u9fffA-Za-z]{1,10})((?:\s*[/、和及与]\s*(?:(?!分别)[\u4e00-\u9fffA-Za-z]){1,10}){1,6})"
                       # … before 分别, or before 为 and a list of figures ('销售/管理/研发费用为3.54/3.02/3.49亿元')
                       # or right before one ('营收/归母净利润/扣非归母净利润10.2/-0.1/-0.2亿元'), each figure with its
                       # unit or not ('营收/归母净利润25.4亿元/3.0亿元')
                       # (or before how much they moved, maybe after how they moved together: '营收、净利双降,降幅分别为…')
                       rf"(?<![为是])(?<!降幅)(?<!跌幅)(?<!减幅)(?<!增幅)(?<!增速)(?<!增长率)(?=\s*(?:均|也)?\s*分别|\s*(?:(?:双降|双增|齐升|齐降|双双(?:增长|下滑|下降))\s*[,，]?\s*)?"
                       rf"(?:同比)?\s*(?:[降跌减增]幅|增速|增长率)\s*(?:均|也)?\s*分别|\s*(?:(?:为|是)\s*)?[-+]?\d[\d.,]*\s*(?:%|{MONEY_UNIT})?"
                       rf"(?:\s*[/、]\s*[-+]?\d[\d.,]*\s*(?:%|{MONEY_UNIT})?)+)")


# a ratio the family does not know, named in a run with ones it does ('主营税金比率/销售费率/管理费率分别为…'):
# it keeps its place in the list, its figure left alone
_UNKNOWN_RATIO = re.compile(r"[\u4e00-\u9fff]{1,6}(?:比率|率)")


def item_lists(text: str, known: set[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, names) of each run of line items a sentence names together before 分别: each
    a name `known` has, or a head the last one's tail completes (销售 + 费用率); a ratio no name
    resolves stays as it is printed when the run's others are ratios (its place in the list is
    all it gives). None where a name does not resolve."""
    out = []
    for m in _ITEM_RUN.finditer(text):
        rest = _joined_names([p for p in re.split(r"\s*([/、和及与])\s*", m.group(2)) if p], known)
        last = next((rest[-1][j:] for j in range(len(rest[-1])) if rest[-1][j:] in known), None)
        if last is None:
            continue

        def resolve(part: str) -> Optional[str]:
            if part in known:
                return part
            return next((part + last[k:] for k in range(1, len(last)) if part + last[k:] in known), None)

        first, skip = None, 0
        for j in range(len(m.group(1))):  # the first part may follow other words ('2024年公司销售')
            first = resolve(m.group(1)[j:])
            if first is not None:
                skip = j
                break
        if first is None and _UNKNOWN_RATIO.fullmatch(m.group(1)) and last in RATIO_NAMES:
            first = m.group(1)
        words = [first] + [resolve(p) or (p if _UNKNOWN_RATIO.fullmatch(p) and last in RATIO_NAMES else None)
                           for p in rest[:-1]] + [last]
        if None in words or len(set(words)) != len(words) or all(w not in known for w in words[:-1]) and len(words) == 2:
            continue
        out.append((m.start() + skip, m.end(), words))
    return out


def _joined_names(pieces: list[str], known: set[str]) -> list[str]:
    """The names of a run split at its separators (kept in `pieces`, every other one), a name that
    holds 及, 和 or 与 itself set whole again ('利息净收入和手续费及佣金净收入': 手续费及佣金净收入 is one)."""
    names: list[str] = []
    for k in range(1, len(pieces), 2):  # (pieces: separator, name, separator, name, …)
        sep, name = pieces[k - 1], pieces[k]
        if names and sep in "和及与" and any(w.endswith(names[-1] + sep + name) or w == names[-1] + sep + name
                                              for w in known):
            names[-1] += sep + name
        else:
            names.append(name)
    return names


def _digits(x: Decimal) -> str:
    """A figure's significant digits: 405.80 and 40.58 (in any unit) are both '4058'."""
    return f"{abs(x).normalize():f}".replace(".", "").lstrip("0").rstrip("0")


def _numbers(text: str) -> list[str]:
    return re.findall(SIGNED_NUM, text)


# ----------------------------------------------------------------------------- events
@dataclass
class Subject:
    """The line item figures are said of: an amount concept or a ratio name."""
    word: str
    concept: Optional[str] = None   # an amount's concept
    ratio: Optional[str] = None     # a ratio's name
    amounts: dict = field(default_factory=dict)   # period → (Printed in yuan, currency, cell) the sentence states
    levels: dict = field(default_factory=dict)    # period → (Printed percent, cell) of a ratio the sentence states
    # period → the level a change of the ratio went on to ('下降2.9个百分点至9.2%'), while the change is
    # judged: which of the ratio's definitions is the report's, where its amounts give two
    pins: dict = field(default_factory=dict)
    doubtful: bool = False  # an amount the sentence gives for it matched no table figure: not the item it seems
    unit: str = ""  # the unit printed in brackets after its name ('营业总收入(百万)'), for a list with none of its own


@dataclass
class Way:
    """One way a ratio's value is had: printed, or recomputed by one definition."""
    value: Decimal
    lo: Decimal
    hi: Decimal
    cells: list
    how: str
    definition: str
    # its amounts implied by the next period's and their growth: which definition the report
    # uses is then known only where that period's amounts reproduce its printed level
    implied: bool = False
    # the level as a figure of the printed ones it comes from (calc.Derived), so that a change
    # between two levels resting on the same amounts is judged with them counted once
    figure: Optional[Printed] = None
    # its definition is the report's own beyond doubt: its value rounds to the level the report
    # prints for the period (or the report prints none to doubt it by)
    pinned: bool = True
    # (a printed level) the definitions whose amounts for its period do not reproduce it: it is none of
    # theirs, so no change in points runs from it to a level by one of them
    refuted: frozenset = frozenset()

    @classmethod
    def printed(cls, figure: Printed, cell, how: str) -> "Way":
        """The level as the report prints or states it, good to its printed precision."""
        lo, hi = figure.interval()
        return cls(figure.value, lo, hi, [cell], how, "printed", figure=figure)


# a market's size, a sentence about the market rather than the company ('中国养老产业规模达12万亿元, 预计2035年达30万亿元')
_MARKET_SIZE = re.compile(r"(?:产业|行业|市场)(?:总)?规模")


# the years' amounts listed one after another, '99.81/107.79/116.88亿元', '3.25亿元、3.90亿元、4.57亿元'
_AMOUNTS_LISTED = re.compile(r"\d(?:\.\d+)?\s*(?:万亿|亿|千万|百万|万)?元?\s*[/、]\s*\d")
_SEMICOLON = re.compile(r"[；;]")
# a span of years a CAGR names right before it ('2025-2027年CAGR', '24-27年复合增速')
_SPAN_NAMED = re.compile(r"(?:19|20)?\d\d\s*[年AE]?\s*[-–—~至到]\s*(?:19|20)?\d\d\s*[年AE]")


class Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.texts = {p.number: p.text for p in doc.pages}
        self.parts_leads: dict[int, list[int]] = {}  # where each by-part list's lead ends, by page (`_own`)
        # the company's name, which names its own lines in a sentence ('广发证券营业收入')
        # (news of one company's results names it where it says it published them: '寒武纪发布三季报')
        # (or a headline opens on it: '牧原扛不住…' over '牧原股份实现营业收入…')
        self.company = doc.meta.company or (opening_publisher(doc.pages[0].text) if doc.pages else None) or title_publisher(doc) \
            or (headline_company(doc.meta.title, " ".join(p.text for p in doc.pages[:2])[:6000]) if doc.pages else None) \
            or untitled_company(doc)
        self.levels: list[tuple] = []  # (ratio name, period, printed, span) a sentence states: see ratio_sum
        self.by_key: dict[tuple, list[Amount]] = {}  # (amount|ratio, concept|ratio key, period) → rows
        # the first year the report's tables forecast: '未来三年' runs over it and the two after
        self.first_forecast: Optional[int] = None
        for a in amounts(doc):
            p = period_of_label(a.period)
            if p is None or a.growth_of:
                continue
            if a.forecast and p[0] == "Y":
                self.first_forecast = min(p[1], self.first_forecast or p[1])
            ratio = _ratio_key(a.item)
            key = ("ratio", ratio) if a.unit == "%" or ratio else ("amount", a.concept)
            if key[1]:
                self.by_key.setdefault((*key, p), []).append(a)
        # whether a table prints a 净利润 line at all (else a sentence's bare 净利润 is the parent's)
        self.prints_net_profit = any(k[:2] == ("amount", "net_profit") for k in self.by_key)
        self.checks: list[dict] = []
        self.prose_currencies = self._prose_currencies()
        # amounts the report's sentences state, by (concept, period): an input for a claim in
        # another sentence ('2024年营业总收入2360百万元' … '2025年预测营业总收入2922百万元 同比增长23.8%');
        # a (concept, period) stated twice with different values is no input at all
        self.stated: dict[tuple, Optional[tuple]] = {}
        # each year's stated PE and EPS, with their cells: the price that year's multiples are at
        self.prices: dict[Period, tuple] = {}
        self.part_parents: dict[tuple, tuple] = {}  # a part's cell → the part it is a part of (after 其中)
        self.stated_words: dict[tuple, set] = {}  # the words each stated amount was named by ('主营业务收入', '营收')
        # an amount stated only for a period a sentence or bullet before gave (none named in its
        # own) is no input where the same figure is stated of the same line for a period named:
        # the period was carried onto it wrongly (周大福's '经营溢利为67.76亿港元' in a bullet after
        # one on 2024H1, the 2025H1 figure); see `_carried_wrongly`
        self.named_keys: set[tuple] = set()  # stated at least once for a period its sentence names
        # the first figure of a list over periods (分别为a、b、c) a sentence states for each (concept,
        # period) it names, in this reading: a second list stating the line again ('营收分别为150.46、
        # 180.78亿元' … '营业收入分别为15,046、18,078百万元') is judged against it (`restated_list`)
        self.listed_first: dict[tuple, tuple] = {}
        # likewise the first growth each (concept, period, base) is stated with (`restated_growth`)
        self.growth_first: dict[tuple, tuple] = {}
        self.amount_first: dict[tuple, tuple] = {}  # a line's first amount of a period in this reading, as stated
        # a line's amount of a period stated again at a slip of its unit: (as stated, its words)
        self.slipped: dict[tuple, tuple] = {}
        self.period_carried = False  # whether the sentence being read has only a carried period yet
        # every period the sentences name (`learn`), and the one period a text names alone, where it names
        # only one: a sentence of any paragraph that names none speaks of it ('…今年上半年营收…' … '泡泡玛特中国
        # 收入为82.83亿元'); a text naming two periods, or one it cannot place, carries a period within a paragraph only
        self.named_periods: set = set()
        self.only_period: Optional[Period] = None
        # a base period's amount no sentence or table prints, implied by an amount and its
        # growth ('收入12.23亿元,同比减少2.93%' → 2024H1 12.23 ÷ 0.9707), by (concept, period): an
        # input of the base's margin (a change in points) or of a change in amount, never of
        # a growth again (see `implied_base`)
        self.implied: dict[tuple, Optional[tuple]] = {}
        self.in_yuan: dict[int, Printed] = {}  # a table cell's figure in whole units, by the cell's id
        # the plain growths the sentences state, by (concept, period, base period), with their cell:
        # a ratio's base from its level and the growths of its two amounts (`ratio_base_by_growths`)
        self.growths: dict[tuple, Optional[tuple]] = {}
        # the ratio levels the sentences state, by (ratio key, period), with their cell: the other
        # end of a change in points another sentence (or clause) states ('2024Q4毛利率25.3%' …
        # '2025Q1毛利率24.7%,环比-0.5pct'); one stated twice with different values is none
        self.stated_levels: dict[tuple, Optional[tuple]] = {}
        # the report the text says was published, by its name ('发布2025年中报'): the period of a digest's paragraphs that
        # name none where the text names several ('第二季度…' beside the half), as `only_period` is where it names one
        first_page = doc.pages[0].text if doc.pages else ""
        self.published_report = published_report(first_page[:OPENING_CHARS])
        # the year of the results the text says were published: a bare 上半年's where the report has no date
        self.published_year = published_results_year(first_page)
        # or, where it says none, the year of the part of a year its opening reports on ('公司公告23Q1-3收入…')
        self.opening_year = _opening_part_year(doc.pages[0].text[:OPENING_CHARS]) if doc.pages else None
        # or, where it names a year only for the period it is compared with ('较第2季和2024年同期显著成长'), the
        # year after that one: its own results' ('鸿海今天下午公布第3季财报')
        if self.published_year is None and self.opening_year is None and not doc.tables:
            compared = {int(m.group(1)) for p in doc.pages for m in _COMPARED_YEAR.finditer(p.text)}
            if len(compared) == 1:
                self.opening_year = compared.pop() + 1
        # or, a text naming no year at all and undated ('台積電今日公布第3季財務報告'), a year of its own: its bare
        # periods are one another's (Q3 is Q3), though no calendar year can be put on them
        # (so too a text whose first period names no year, the years it names later being others' — a forecast's span,
        # a contract's date: 'Q3业绩超预期:…Q3总收入同比+10.1%至244亿元…对应调整后净利率30.6%')
        if self.published_year is None and self.opening_year is None and not doc.meta.date and not doc.tables \
                and (not any(_ANY_YEAR.search(p.text) for p in doc.pages) or _opens_on_a_bare_period(doc)):
            # (unless every quarter it names with a year names one year: its bare quarters are that year's — '单拆三季度,
            # 公司实现营收14.61亿' … '24Q3销售费用为2.14亿')
            dated = {year_of_text(next(g for g in q.groups() if g)) for p in doc.pages for q in _DATED_QUARTER.finditer(p.text)}
            self.opening_year = dated.pop() if len(dated) == 1 else NOMINAL_YEAR
        # the quarter whose results the text says were published: the Hong Kong press's 上季 ('小米集团…公布9月底止
        # 第三季业绩' … '上季总收入1,131.2亿元'), the quarter just ended, not the one before it (that is 上季度 on the
        # mainland, and a base after 较/比)
        year = self.published_year or self.opening_year
        quarter = published_results_quarter(first_page[:OPENING_CHARS])
        self.reported_quarter: Optional[Period] = ("Q", year, quarter) if year and quarter else None
        # a text saying its changes 按年, as the Hong Kong press does, says a change of the quarter it reports with
        # no base on the year before ('上季总收入1,131.2亿元，升22.3%'); a quarter's change on the quarter before is 按季
        self.quarter_bare_on_year = self.reported_quarter is not None and any("按年" in p.text for p in doc.pages)

    def _prose_currencies(self) -> dict[str, set[str]]:
        """The currencies the report's sentences state each line item in ('营收22.07亿美元'):
        a company listed twice may write its prose in dollars over tables in yuan, and a
        growth the sentence gives without an amount could then be either currency's."""
        item_re, names = item_names()
        out: dict[str, set[str]] = {}
        for page in self.doc.pages:
            for m in item_re.finditer(page.text):
                concept = names.get(m.group(0))
                if not concept or not is_own(page.text, m.start(), self.company):
                    continue
                a = re.match(rf"[^，,。；;]{{0,12}}?{_AMOUNT.pattern}", page.text[m.end():m.end() + 40])
                if a:
                    out.setdefault(concept, set()).add(money_scale(a.group("unit"))[1])
        return out

    # ---------------------------------------------------------------- lookups
    def table_amount(self, concept: str, p: Period) -> Optional[Amount]:
        """The table's figure of a concept for a period, in a money unit."""
        cands = [a for a in self.by_key.get(("amount", concept, p), []) if a.unit and money_scale(a.unit)[1]
                 and a.unit != "%"]
        return cands[0] if cands else None

    def table_row(self, concept: str, p: Period) -> Optional[Amount]:
        """The table's figure of a per-share concept or multiple (每股收益, 市盈率) for a period."""
        cands = [a for a in self.by_key.get(("amount", concept, p), []) if a.unit != "%"]
        return cands[0] if cands else None

    def amount_in_yuan(self, subject: Subject, p: Period, implied: bool = False) -> tuple[Optional[Printed], list, Optional[str]]:
        """A concept's amount for a period in whole units of its currency (the table's, else
        the sentence's), the cells it came from, and its currency word (元, 美元); else, as
        brokers derive a single quarter, the difference of two cumulative amounts the report
        states (Q2 = H1 − Q1, Q3 = 前三季度 − H1, Q4 = year − 前三季度), its interval the two
        intervals' sum."""
        found = self._amount_as_stated(subject, p)
        if found[0] is not None:
            return found
        for whole, part in differences(p):
            (a, a_cells, a_cur), (b, b_cells, b_cur) = (self._amount_as_stated(subject, whole),
                                                        self._amount_as_stated(subject, part))
            if implied:
                # (a quarter's gross profit from the half's and the other quarter's margins over their revenues: '综合毛利率
                # 10.6%' for 2025H1 with 85.9亿元, '11.9%' for Q2 with 64.1亿元 give Q1's)
                if a is None:
                    a, a_cells, a_cur = self._by_stated_margin(subject.concept, whole)
                if b is None:
                    b, b_cells, b_cur = self._by_stated_margin(subject.concept, part)
            if a is not None and b is not None and a_cur == b_cur:
                single = Derived(a.value - b.value, a.step + b.step, max(a.places, b.places), (a, b), lambda a, b: a - b)
                return single, a_cells + b_cells, a_cur
        if implied and subject.concept and self.implied.get((subject.concept, p)):
            return self.implied[(subject.concept, p)]
        if subject.concept in DERIVED_LINES:
            return self.by_identity(subject.concept, p, implied)
        return None, [], None

    def _by_stated_margin(self, concept: Optional[str], p: Period) -> tuple[Optional[Printed], list, Optional[str]]:
        """A gross profit a period's stated gross margin implies over its stated revenue (margin × revenue), for a
        quarter taken as a cumulative period less another: never the period's own, whose margin it would restate."""
        if concept != "gross_profit":
            return None, [], None  # (the one margin of one definition: a net margin's profit may be the parent's or all)
        level = self.stated_levels.get((_level_key("毛利率"), p))
        revenue, cells, currency = self._amount_as_stated(Subject("营业收入", concept="revenue"), p)
        if level is None or revenue is None:
            return None, [], None
        margin, cell = level
        fn = lambda m, r: m * r / HUNDRED  # noqa: E731
        bounds = formula_range(fn, [margin, revenue])
        if bounds is None:
            return None, [], None
        return (Derived(fn(margin.value, revenue.value), bounds[1] - bounds[0], 0, (margin, revenue), fn),
                [cell, *cells], currency)

    def by_identity(self, concept: str, p: Period, implied: bool) -> tuple[Optional[Printed], list, Optional[str]]:
        """A line no sentence or table states, from the first statement identity (totals.IDENTITIES)
        whose parts are had, in one currency: 毛利 = 营业收入 − 营业成本; a part taken away counts by
        its size (a cost printed negative is still a cost)."""
        for total, parts, optional, *_ in IDENTITIES:
            if total != concept or optional:
                continue
            found = [self.amount_in_yuan(Subject(c, concept=c), p, implied) for _, c in parts]
            if any(v is None for v, _, _ in found) or len({cur for _, _, cur in found}) > 1:
                continue
            signs = [sign for sign, _ in parts]
            fn = lambda *xs: sum(x if sign > 0 else -abs(x) for sign, x in zip(signs, xs))  # noqa: E731
            values = [v for v, _, _ in found]
            return (Derived(fn(*[v.value for v in values]), sum(v.step for v in values), max(v.places for v in values),
                            tuple(values), fn), [c for _, cells, _ in found for c in cells], found[0][2])
        return None, [], None

    def ratio_base_by_growths(self, subject: Subject, p: Period, base: Period, nows: list[Way]) -> list[Way]:
        """A ratio's level in the base period from its level now and the growths of its two
        amounts ('销售费用同比增长24% 费用率提升至4.23%' beside '收入…同比下降5.68%'): level ×
        (1 + the denominator's growth) ÷ (1 + the numerator's). Only by a definition that is the
        report's beyond doubt: the ratio's one definition, or the one its amounts pin."""
        ratio = _percent_ratio(subject.ratio)
        if ratio is None:
            return []
        _, definitions = ratio
        out = []
        for name, concepts, _fn in definitions:
            if len(concepts) != 2:
                continue
            grown = [self.growths.get((c, p, base)) for c in concepts]
            if None in grown:
                continue
            (g_num, num_cell), (g_den, den_cell) = grown
            for now in nows:
                if now.definition != name and not (now.definition == "printed" and len(definitions) == 1):
                    continue
                if not now.pinned or now.figure is None:
                    continue
                fn = lambda level, a, b: level * (1 + b / HUNDRED) / (1 + a / HUNDRED)  # noqa: E731
                try:
                    value = fn(now.figure.value, g_num.value, g_den.value)
                except (ZeroDivisionError, ArithmeticError):
                    continue
                bounds = formula_range(fn, [now.figure, g_num, g_den])
                if bounds is None:
                    continue
                figure = Derived(value, bounds[1] - bounds[0], 0, (now.figure, g_num, g_den), fn)
                how = f"{name}, {name_of(base)}'s from {name_of(p)}'s and the growths of its two amounts"
                out.append(Way(value, *bounds, now.cells + [num_cell, den_cell], how, now.definition, True, figure))
        return out

    def implied_base(self, s: Sentence, subject: Subject, base: Period, now: Printed, currency: Optional[str],
                     cells: list, printed: Printed, at: tuple[int, int]) -> None:
        """Learn the base period's amount a plain growth (`plain_growth`) implies: now ÷ (1 +
        growth), its interval from the corners of both printed figures. Only of a positive amount.
        Two growths implying bases that cannot be one figure make neither an input."""
        if now.value <= 0 or printed.interval()[0] <= -100:
            return
        fn = lambda n, g: n / (1 + g / HUNDRED)  # noqa: E731
        lo, hi = formula_range(fn, [now, printed])
        value = fn(now.value, printed.value)
        found = (Derived(value, 2 * max(hi - value, value - lo), 0, (now, printed), fn),
                 cells + [("text", s.page, s.start + at[0], s.start + at[1])], currency)
        key = (subject.concept, base)
        if key not in self.implied:
            self.implied[key] = found
        elif self.implied[key] is not None:
            a, b = self.implied[key][0].interval(), found[0].interval()
            if a[1] < b[0] or b[1] < a[0] or self.implied[key][2] != currency:
                self.implied[key] = None

    def _amount_as_stated(self, subject: Subject, p: Period) -> tuple[Optional[Printed], list, Optional[str]]:
        a = self.table_amount(subject.concept, p) if subject.concept else None
        if a is not None:
            scale, currency = money_scale(a.unit)
            # one figure object per cell: two derived figures resting on it share it (calc.Derived)
            return self.in_yuan.setdefault(id(a), a.printed.times(scale)), [a], currency
        if p in subject.amounts:
            printed, currency, cell = subject.amounts[p]
            return printed, [cell], currency
        stated = self.stated.get((subject.concept, p)) if subject.concept else None
        if stated and not self._carried_wrongly((subject.concept, p)):
            printed, currency, cell = stated
            return printed, [cell], currency
        if subject.concept == "net_profit" and not self.prints_net_profit:
            # a sentence's bare 净利润 the text states nowhere is the parent's where the tables
            # print only that ('净利润(归母,百万元)')
            a = self.table_amount("parent_np", p)
            if a is not None:
                scale, currency = money_scale(a.unit)
                return a.printed.times(scale), [a], currency
        return None, [], None

    def ratio_values(self, subject: Subject, p: Period) -> tuple[list[Way], bool]:
        """A ratio in percent for a period, as the ways it can be had, and whether the ratio
        has several definitions that differ (净利率 on total or parent profit). Recomputed
        from amounts where it can be (four printed digits of revenue pin a margin far finer
        than its own one decimal), by each definition the report might use; where a table
        also prints the ratio, only the definitions that reproduce it (the report's own),
        else the printed ratio alone; with no amounts, the printed ratio, or the level the
        sentence states."""
        key = _ratio_key(subject.ratio)
        printed = None
        rows = self.by_key.get(("ratio", key, p), [])
        if rows:
            a = rows[0]
            printed = Way.printed(a.printed, a, f"{a.item} {a.period} as the table prints it")
        elif p in subject.levels:
            level, cell = subject.levels[p]
            printed = Way.printed(level, cell, f"{subject.word} {name_of(p)} as the sentence states it")
        ways, ambiguous = self.ratio_from_amounts(subject, p)
        if printed is not None:
            own = [w for w in ways if calc.overlaps(w.lo, w.hi, Printed(printed.value, printed.hi - printed.lo))]
            # (an expense ratio — one cost line over revenue — is the report's where its amounts
            # reproduce the printed level within their rounding; a profit margin only where its
            # value rounds to it: reports label margins loosely, and 15.93% beside 归母 1.57 ÷ 9.89
            # = 15.87% is likely the whole profit's, though 1.57's rounding reaches it)
            # (so too a gross margin, of one definition however labelled: its amounts' level within their rounding is the
            # report's — a net margin's label may name the parent's profit and be the whole's)
            expense_ratio = bool(_EXPENSE_RATIO.search(subject.ratio or ""))
            gross_margin = bool(_GROSS_MARGIN.match(subject.ratio or ""))
            for w in own:
                w.pinned = expense_ratio or gross_margin or calc.judge(w.value, printed.figure) == "consistent"
            # the printed level stays a way too: a change in points may be taken between the
            # levels as printed ('15.7% − 12.5% = 3.2pct', where the amounts give 3.26)
            if not own:
                printed.refuted = frozenset(w.definition for w in ways)
            return (own + [printed], False) if own else ([printed], False)
        if ambiguous and p in subject.pins:
            pinned = [w for w in ways if calc.judge(w.value, subject.pins[p]) == "consistent"]
            if pinned:
                return pinned, False
        return ways, ambiguous

    def ratio_from_amounts(self, subject: Subject, p: Period) -> tuple[list[Way], bool]:
        ratio = _percent_ratio(subject.ratio)
        if ratio is None:
            return [], False
        pattern, definitions = ratio
        ways = []
        for name, concepts, fn in definitions:
            inputs = [self.amount_in_yuan(Subject(c, concept=c), p, implied=True) for c in concepts]
            # (a bare scale, '4,523亿', is of the currency the other amounts are in)
            if any(v is None for v, _, _ in inputs) or len({cur for _, _, cur in inputs} - {""}) > 1:
                continue
            implied = any(self.implied.get((c, p)) is found for c, found in zip(concepts, inputs))
            how = f"{name}, {name_of(p)}'s amounts implied by the next period's and their growth" if implied else name
            values = [v for v, _, _ in inputs]
            percent = lambda *xs, fn=fn: fn(*xs) * HUNDRED  # noqa: E731
            try:
                exact = percent(*[v.value for v in values])
            except (ZeroDivisionError, ArithmeticError):
                continue
            bounds = formula_range(percent, values)
            if bounds is None:
                continue
            figure = Derived(exact, bounds[1] - bounds[0], 0, tuple(values), percent)
            ways.append(Way(exact, *bounds, [c for _, cells, _ in inputs for c in cells], how, name, implied, figure))
        ambiguous = any(re.fullmatch(pattern, n) for n in AMBIGUOUS)
        if ambiguous and _PERIOD_EXPENSE_RATIO.match(subject.ratio or "") and [w.definition for w in ways] == [_PERIOD_EXPENSE_WAY]:
            # (a 期间费用率 is ambiguous in the lines it sums, not where the report states its 期间费用 itself and that is
            # the one way had: '期间费用46.2亿元,…,费用率9.6%')
            ambiguous = False
        return ways, ambiguous

    # ---------------------------------------------------------------- reading
    def run(self) -> list[dict]:
        sentences = self.sentences()
        # read twice: the first reading learns every amount the report states, so a claim may
        # take its input from a later bullet ('增速分别为19%、32%' before '归母净利润分别为7.9亿元、10.4亿元');
        # only the second reading's checks are kept
        self.learn(sentences)
        self.read(sentences)
        self.stated_identities()
        self.stated_period_sums()
        self.nonrecurring_items()
        self.eps_stated_apart()
        return self.checks

    def nonrecurring_items(self) -> None:
        """A period's 非经常性损益 the text states against the parent's profit less 扣非 ('2016年归属于上市公司股东的净利润
        3,122,647,316.53元 … 扣除非经常性损益的净利润3,067,129,051.91元 … 2016年非经常性损益合计5551.83万元'): it confirms, never
        refutes — a text may state the items before tax and the minorities' share, which the difference is after."""
        for (concept, p), stated in list(self.stated.items()):
            if concept != "nonrecurring" or stated is None:
                continue
            parent, deducted = self.stated.get(("parent_np", p)), self.stated.get(("deducted_np", p))
            if not parent or not deducted or len({word for _, word, _ in (parent, deducted, stated) if word}) > 1:
                continue  # (all three in one currency, a bare scale taking the one the others say)
            scale, unit = self.unit_printed_after(stated[2])
            verdict, exact = calc.judge_sum([parent[0], deducted[0].with_sign(-1)], stated[0])
            note = "归母净利润 less 扣非归母净利润"
            if verdict == "mismatch":
                verdict, note = "unverifiable", (f"归母净利润 less 扣非 gives {exact / scale:.2f}{unit}; the items may be stated "
                                                 f"before tax and the minorities' share, which that difference is after")
            _, page, a, b = stated[2]
            self.checks.append(make(sentence_marked(self.texts[page], (a, b)), page,
                                    f"非经常性损益 = 归母净利润 − 扣非归母净利润 ({name_of(p)})",
                                    {f"归母净利润 {name_of(p)}": parent[0].times(1 / scale),
                                     f"扣非归母净利润 {name_of(p)}": deducted[0].times(1 / scale)},
                                    stated[0].times(1 / scale), exact / scale, unit, verdict, note,
                                    cells=[parent[2], deducted[2], stated[2]]))

    def stated_identities(self) -> None:
        """A statement's identities among the amounts the sentences state and no table prints:
        '营业总收入分别为10572、13582百万元营业成本分别为8452、10947百万元毛利分别为2120、2635百万元' —
        毛利 = 营业收入 − 营业成本 each year. Only identities whose lines prose names unambiguously
        (`PROSE_IDENTITIES`): a sentence's 净利润 is as often the parent's share."""
        for total, parts, optional, *_ in IDENTITIES:
            if total not in PROSE_IDENTITIES:
                continue
            for (concept, p), stated in list(self.stated.items()):
                if concept != total or stated is None or self.table_amount(total, p) is not None:
                    continue
                found = [(sign, c, self.stated.get((c, p))) for sign, c in parts]
                if any(v is None and c not in optional for _, c, v in found):
                    continue
                found = [(sign, c, v) for sign, c, v in found if v is not None]
                if len(found) < 2 or {v[1] for _, _, v in found} != {stated[1]}:
                    continue  # one line alone, or lines in other currencies
                signed = [v[0] if sign > 0 else v[0].with_sign(-1) for sign, _, v in found]
                verdict, exact = calc.judge_sum(signed, stated[0])
                names = {c: _concept_word(c) for _, c, _ in [*found, (1, total, None)]}
                formula = f"{names[total]} = " + " ".join(
                    ("+ " if sign > 0 else "− ") + names[c] for sign, c, _ in found).lstrip("+ ")
                _, page, a, b = stated[2]  # the total's place: its sentence is the claim
                scale, unit = self.unit_printed_after(stated[2])
                self.checks.append(make(sentence_marked(self.texts[page], (a, b)), page,
                                        f"{formula} ({name_of(p)})",
                                        {f"{names[c]} {name_of(p)}": v[0].times(1 / scale) for _, c, v in found},
                                        stated[0].times(1 / scale), exact / scale, unit, verdict, "",
                                        cells=[v[2] for _, _, v in found] + [stated[2]]))

    def unit_printed_after(self, cell: tuple) -> tuple[Decimal, str]:
        """The scale and unit words printed after a stated amount ('亿元' after '5.1 '): a check on
        amounts the sentences state is shown in the unit the report prints them in (yuan where
        none reads)."""
        _, page, _, end = cell
        m = _UNIT_RIGHT_AFTER.match(self.texts[page], end)
        return (money_scale(m.group("unit"))[0], re.sub(r"\s", "", m.group("unit"))) if m else (Decimal(1), "元")

    def stated_period_sums(self) -> None:
        """A cumulative amount the sentences state against the periods they state it is made of
        ('2025Q1-3营业收入22.8亿元' and 'Q1、Q2、Q3营业收入分别为8.24、7.75、6.8亿元'), where no
        table prints the cumulative one (`period_sums` reads tables); and where every part and the
        whole state their growth, the whole's growth from the parts' (their year-earlier amounts
        are each now ÷ (1 + growth)). Flows only (`period_sums.FLOWS`)."""
        for (concept, p), stated in list(self.stated.items()):
            if concept not in FLOWS or stated is None or self.table_amount(concept, p) is not None:
                continue
            for parts in made_of(p):
                # (a part the sentences do not state may be the table's: '2025年前三季度…累计实现营业收入76.27亿元'
                # over a table of quarters)
                found = [self.stated.get((concept, q)) or self._table_as_stated(concept, q) for q in parts]
                parts_word = word = _concept_word(concept)
                if any(f is None for f in found) and concept == "parent_np" and self.stated.get(("net_profit", p)) is None:
                    # a text stating the whole's 归母净利润 and its periods' bare 净利润 ('归母净利润22.62亿元。其中,一季度净利
                    # 10.22亿元;二季度净利12.4亿元') calls the parent's share so: judged, though a minority's share could part them
                    found, parts_word = [self.stated.get(("net_profit", q)) for q in parts], _concept_word("net_profit")
                if any(f is None for f in found) or {f[1] for f in found} != {stated[1]}:
                    continue
                _, page, a, b = stated[2]
                scale, unit = self.unit_printed_after(stated[2])
                verdict, exact = calc.judge_sum([f[0] for f in found], stated[0])
                verdict, note = on_another_basis(verdict, exact, stated[0].value, stated[0].value)
                if parts_word != word and verdict == "mismatch":
                    verdict, note = "unverifiable", f"the periods' {parts_word} against the whole's {word}: a minority's share may part them"
                self.checks.append(make(sentence_marked(self.texts[page], (a, b)), page, f"{word} {name_of(p)} = " + " + ".join(
                    f"{parts_word} {name_of(q)}" for q in parts), {f"{parts_word} {name_of(q)}": f[0].times(1 / scale) for q, f in zip(parts, found)},
                    stated[0].times(1 / scale), exact / scale, unit, verdict,
                    note or "the periods the sentences state add up to the whole", cells=[f[2] for f in found] + [stated[2]]))
                if verdict in ("consistent", "rounding"):
                    self._growth_of_whole(concept, p, parts, found)  # (parts that do not add up give no whole's growth)
                break

    def _table_as_stated(self, concept: str, p: Period) -> Optional[tuple]:
        """The table's figure of a concept and period as `stated` holds a sentence's: (in whole units, currency
        word, cell); None where no table prints it."""
        a = self.table_amount(concept, p)
        if a is None:
            return None
        scale, currency = money_scale(a.unit)
        return (self.in_yuan.setdefault(id(a), a.printed.times(scale)), currency, a) if scale else None

    def _growth_of_whole(self, concept: str, p: Period, parts: list[Period], found: list[tuple]) -> None:
        """The whole's stated growth from its parts' amounts and growths: Σ now ÷ Σ (now ÷ (1 + g)) − 1.
        A part's growth above 100% may be from a loss a year before ((now − base) ÷ |base|: the base
        now ÷ (1 − g)); both bases are tried for it, and the one that reproduces is named."""
        whole = self.growths.get((concept, p, year_before(p)))
        grown = [self.growths.get((concept, q, year_before(q))) for q in parts]
        if whole is None or None in grown or any(f[0].value <= 0 for f in found) \
                or any(g[0].interval()[0] <= -100 for g in grown):
            return
        n = len(parts)
        maybe_loss = [i for i, g in enumerate(grown) if g[0].interval()[1] > 100]
        inputs = [f[0] for f in found] + [g[0] for g in grown]
        judged = []
        for losses in itertools.product((False, True), repeat=len(maybe_loss)):
            signs = [-1] * n
            for i, loss in zip(maybe_loss, losses):
                signs[i] = 1 if loss else -1
            fn = lambda *xs, signs=signs: (sum(xs[:n]) / sum(a / (1 - s * g / HUNDRED)  # noqa: E731
                                                              for a, g, s in zip(xs[:n], xs[n:], signs)) - 1) * HUNDRED
            try:
                judged.append((*judge_formula(fn, inputs, whole[0]), [parts[i] for i, loss in zip(maybe_loss, losses) if loss]))
            except (ZeroDivisionError, ArithmeticError):
                continue
        if not judged:
            return
        verdict, exact, losses = next((j for j in judged if j[0] in ("consistent", "rounding")), judged[0])
        note = "the parts' year-earlier amounts implied by their growths"
        if losses:
            note += "; " + ", ".join(name_of(year_before(q)) for q in losses) + "'s a loss (a growth over 100% from a negative base)"
        _, page, a, b = whole[1]
        word = _concept_word(concept)
        self.checks.append(make(sentence_marked(self.texts[page], (a, b)), page,
                                f"Σ {word} ÷ Σ ({word} ÷ (1 + 增速)) − 1 over " + ", ".join(name_of(q) for q in parts),
                                {**{f"{word} {name_of(q)}": f[0] for q, f in zip(parts, found)},
                                 **{f"增速 {name_of(q)} (%)": g[0] for q, g in zip(parts, grown)}},
                                whole[0], exact, "%", verdict, note,
                                cells=[f[2] for f in found] + [g[1] for g in grown] + [whole[1]]))

    def sentences(self) -> list[Sentence]:
        """The sentences with a figure, and those naming a period with none: a heading ('第三季度各项业绩指标如下:')
        gives the lines under it their period."""
        return [s for page in prose_pages(self.doc) for s in page_sentences(page)
                if re.search(r"\d", s.text) or PERIOD_PHRASE.search(arabic_years(s.text))]

    def learn(self, sentences: Optional[list[Sentence]] = None) -> None:
        """The first reading: every amount and EPS the report's sentences state (`stated`);
        its checks are dropped."""
        self.named_periods = set()
        sentences = sentences if sentences is not None else self.sentences()
        self.read(sentences)
        self.checks = []
        named = set(self.named_periods)
        # (a sentence with no figure may name a period too, '第四季度表现尤为疲软:', and a table its years)
        # (but a bare name of the one period the text names is that period: '「茄皇」上半年品牌收益持续双位数成长' in a text on
        # 2025年上半年)
        only = next(iter(named)) if len(named) == 1 and None not in named else None
        bare = _BARE_NAMES_OF.get(only[:1] + only[2:]) if only else None
        unread = any(PERIOD_LIKE.search(t) or PERIOD_PHRASE.search(t) or _UNNAMED_QUARTER.search(t)
                     for page in prose_pages(self.doc) for s in page_sentences(page) if not re.search(r"\d", s.text)
                     for t in [re.sub(bare, "", s.text) if bare else s.text])
        # (a report with tables may speak of one period too, where its tables' figures are all of it: a web page's
        # '指标 | 2025年Q1 | 同比变化' over bullets naming no period)
        tables_periods = {key[2] for key in self.by_key if key[0] == "amount"}
        self.only_period = next(iter(named)) if len(named) == 1 and None not in named and not unread \
            and (not self.doc.tables or tables_periods == named) else None
        # a text naming no period at all, a filing's digest ('公司营业收入为418.18亿元,同比增长1.48%'), speaks of one,
        # its own: 本期, whose year before is 上年同期's
        if not named and not unread and not self.doc.tables and self.only_period is None and not any(
                PERIOD_LIKE.search(text) or PERIOD_PHRASE.search(text) for text in map(_without_days, (s.text for s in sentences))):
            self.only_period = _ITS_OWN_PERIOD
        if self.only_period is not None:  # the amounts of sentences naming no period are of it: stated too
            self.read(sentences)
            self.checks = []

    def read(self, sentences: list[Sentence]) -> None:
        """Each sentence in turn. One that names no period speaks of the period the sentence
        before it in the same paragraph named, where that one named a single period
        ('2024年毛利率为75.0%，同比提升2.0个百分点。销售费用率为15.0%，同比下降1.0个百分点。')."""
        self.listed_first, self.growth_first, self.amount_first = {}, {}, {}
        self.year_spans: dict[int, list[Period]] = {}  # the last span of years named, by its count of years
        carried, before, last, headed = None, None, None, None
        for s in sentences:
            same_paragraph = (before is not None and before.page == s.page and
                              ("\n" not in self.texts[s.page][before.start + len(before.text):s.start]
                               or _next_item(self.texts[s.page], before.start, s.start)))
            # '期内' (in the period) names the period the text last spoke of, in any paragraph before
            opening = s.text.lstrip(" \u3000-•·")
            referred = last if _IN_THE_PERIOD.match(opening) or _SAME_PERIOD_OPENING.match(opening) else None
            if not same_paragraph and before is not None and before.page != s.page:
                headed = None
            if headed is not None and before is not None and before.page == s.page and \
                    _SECTION_HEADING.search(self.texts[s.page], before.start + 1, s.start + 1):
                headed = None  # '五、研发投入与分红政策': a numbered section of its own ends the period heading's lines
            given = referred or (carried if same_paragraph else headed or self.only_period or self._published_for(s))
            carried = self.sentence(s, given, said=referred is not None)
            if _MARKET_SIZE.search(s.text):
                carried = given  # ('预计2035年(养老产业规模)达30万亿元': a market's year, not the company's next figures')
            if _PERIOD_HEADING.fullmatch(s.text.rsplit("\n", 1)[-1].strip().rstrip(":：")) and self._own_line(s):
                headed = carried  # '3Q2025財務摘要': the lines under a heading naming one period are of it
            last = carried or last
            before = s

    def _own(self, s: Sentence, text: str, start: int) -> bool:
        """Whether the line at `start` of the sentence is the company's own (`is_own`), and not in a numbered item of a
        list of parts a sentence before it opened ('分业务来看:(1)医疗器械…。(2)功能性护肤品24年实现收入1.42亿元')."""
        if s.page not in self.parts_leads:
            self.parts_leads[s.page] = [m.end() for m in _PARTS_LIST_OPENS.finditer(self.texts[s.page])]
        return is_own(text, start, self.company) and not _in_parts_list(self.texts[s.page], s.start + start,
                                                                         self.parts_leads[s.page])

    def _published_for(self, s: Sentence) -> Optional[Period]:
        """The published report's period for a sentence that names none — never one naming a year by where it stands
        ('去年的净利率为4.44%') or speaking of a quarter ('毛利率环比提升1.3pct'), which a half's or the first three quarters'
        report holds too."""
        if self.published_report is None or _YEAR_BY_WORD.search(s.text) or _QUARTER_TALK.search(s.text):
            return None
        return self.published_report

    def _own_line(self, s: Sentence) -> bool:
        """Whether the sentence's last line is a line of its own on its page (a heading, not a clause)."""
        text = self.texts[s.page]
        line_start = s.start + s.text.rfind("\n") + 1  # (its last line: '」\n3Q2025財務摘要' after a quote's close)
        before, after = text[:line_start].rstrip(" \t"), text[s.start + len(s.text):].lstrip(" \t")
        return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))

    def sentence(self, s: Sentence, carried: Optional[Period] = None, said: bool = False) -> Optional[Period]:
        """Read one sentence; `carried` is the period of the sentence before it, for a sentence
        that names none — or, `said` by its opening 期内, up to the first period it names itself.
        Returns the one period the sentence speaks of, if it names exactly one."""
        # (a list's minus a digest set apart from its figure, '-4.4% - 12.1% 15.9%', read as the figure's own sign; one
        # character for one, so every offset holds)
        text = _DETACHED_SIGN.sub(lambda d: " " * (len(d.group(0)) - 1) + "-", s.text)
        # (依次, 'in turn', lists as 分别 does: '同比增速依次为25%、30%、25%'; two characters for two, so every offset holds)
        text = text.replace("依次", "分别")
        item_re, names = item_names()
        figures_after, after_names = _figures_after()
        names = {**names, **after_names}
        self.levels = []  # this sentence's ratio levels, in order (a 合计 of them may follow)
        events = []
        # (a year in Chinese numerals, as Hong Kong announcements write it, read as one: '二零二三年第二季';
        # one character for one, so every offset holds)
        years_text = arabic_years(text)
        for m in PERIOD_PHRASE.finditer(years_text):
            events.append((m.start(), m.end(), "period", m))
            # a period listed after a slash ('2025年前三季度/第三季度', '25Q1-Q3/25Q3'): the phrase is never read
            # right after one on its own, where a date or a fraction has them ('2025/10/31')
            # (each in a chain of them: '2025年Q1/Q2/Q3营收分别68.5/79.6/71.8亿元')
            end = m.end()
            while (slash := _SLASH.match(years_text, end)) and (after := PERIOD_PHRASE.match(years_text[slash.end():])):
                events.append((slash.end(), slash.end() + after.end(), "period", after))
                end = slash.end() + after.end()
        for m in _FUTURE_YEARS.finditer(text):
            events.append((m.start(), m.end(), "future", m))
        for m in _EACH_QUARTER.finditer(text):
            events.append((m.start(), m.end(), "each_quarter", m))
        if self.reported_quarter:
            for m in _JUST_ENDED_QUARTER.finditer(text):
                events.append((m.start(), m.end(), "reported_quarter", m))
        for m in _UNNAMED_QUARTER.finditer(text):
            events.append((m.start(), m.end(), "unnamed_quarter", m))
        for m in _LAST_YEARS.finditer(text):
            events.append((m.start(), m.end(), "last_years", m))
        for m in _YEARS_COUNTED.finditer(text):
            events.append((m.start(), m.end(), "years_counted", m))
        for m in _LAST_REPORTS.finditer(text):
            events.append((m.start(), m.end(), "last_reports", m))
        for m in _NAMED_MARGIN.finditer(text):
            # ('经调整EBITDA利润率为21%' after '经调整EBITDA为14.19亿元'; never a ratio the family knows by name)
            if (m.group("rate") == "利润率" or _PROFIT_LINE.search(m.group("name"))) \
                    and not item_re.search(text[m.start():m.end("rate")]) and not any(r in m.group(0) for r in RATIO_NAMES):
                events.append((m.start(), m.end(), "named_margin", m))
        for m in item_re.finditer(text):
            if m.group(0) in _named_own_only() and not _after_the_company(text, m.start(), self.company):
                continue  # '离岛免税月度销售额', a developer's '销售额': anyone's sales, not the company's line
            # (a business's or segment's 收益 is a part's revenue, as a Hong Kong announcement names it: '食品业务收益49.47亿元';
            # 投资收益 or 其他收益 is no revenue at all)
            if m.group(0) in _own_only() and not is_own(text, m.start(), self.company) \
                    and not _PART_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
                # '投资收益': no line item of the company's, and no subject a figure after it is said of — nor the line
                # named before it ('扣非净利润降幅较大主要因处置水电资产产生投资收益同比增加4.66亿元': not 扣非's change)
                if _FIGURE_IN_CLAUSE.match(text, m.end()):  # (a clause it only names goes on with the subject before:
                    events.append((m.start(), m.end(), "other", m))  # '…(+3202.2%),主因投资收益;2025E-2027E预测分别为…')
                continue
            if text.startswith("来源", m.end()):
                continue  # '续为公司最大收入来源': where revenue comes from, no line stated
            events.append((m.start(), m.end(), "item", m))
        for m in (figures_after.finditer(text) if figures_after else ()):
            events.append((m.start(), m.end(), "item", m))  # '盈利预测至69、92、115亿': the line its figures are of
        for m in re.finditer(r"[\u4e00-\u9fff]率", text):
            events.append((m.start(), m.end(), "other", m))  # a rate the family does not know
        for m in _other_lines().finditer(text):
            if _FIGURE_IN_CLAUSE.match(text, m.end()):  # a figure of its own ('政府补助2.85亿元'): no subject's
                events.append((m.start(), m.end(), "other", m))
        for m in _RATIO_SUM.finditer(text):
            events.append((m.start(), m.end(), "ratio_sum", m))
        for m in _A_YEAR_BEFORE.finditer(text):
            events.append((m.start(), m.end(), "year_before", m))
        for m in _OTHER_METRIC.finditer(text):
            events.append((m.start(), m.end(), "other", m))  # a price or a volume: no line item's
        for m in _EARLIER.finditer(text):
            events.append((m.start(), m.end(), "earlier", m))
        for start, end, words in item_lists(text, set(names) | set(RATIO_NAMES)):
            events.append((start, end, "items", SimpleNamespace(words=words)))
        for kind, pattern in (("change", _CHANGE), ("change", _CHANGE_EACH), ("change_after", _CHANGE_AFTER), ("change_pair", CHANGE_PAIR),
                              ("cagr", _CAGR), ("cagr_list", _CAGRS_LISTED), ("times_change", _TIMES_CHANGE), ("pe", _PE), ("pe", _PE_LISTED), ("pe", _PE_AFTER), ("valued", _VALUED), ("pb", _PB), ("ps", _PS), ("eps", _EPS), ("eps_by_year", _EPS_BY_YEAR), ("eps_by_year", _EPS_YEAR_FIRST), ("eps_by_year", _EPS_YEARS_WENT), ("pe_by_year", _PE_YEAR_FIRST), ("pe_by_year", _PE_LISTED_BY_YEAR), ("bvps", _BVPS), ("bases_listed", _BASES_LISTED), ("list", _LIST),
                              ("list", _LIST_BARE), ("list", _LIST_PERCENTS), ("list", _LIST_UNITS),
                              ("growth", _GROWTH), ("growth", _FALL_SIZE), ("bare_change", _BARE_CHANGE), ("bare_points", _BARE_POINTS), ("compared_change", _COMPARED_CHANGE), ("share", _SHARE), ("share_of_item", _share_of_item()), ("lines_ratio", _lines_ratio()), ("share_before", _SHARE_BEFORE), ("part_share", _BARE_SHARE), ("change_amount", _CHANGE_AMOUNT), ("amount", _AMOUNT), ("year_ago", _YEAR_AGO_BRACKETED), ("year_ago", _YEAR_AGO_COMPARED)):
            for m in pattern.finditer(text):
                if kind == "amount" and (_BOUND_BEFORE.search(text, max(0, m.start() - 2), m.start())
                                         or _BOUND_AFTER.match(text, m.end())):
                    events.append((m.start(), m.end(), "bound", m))  # '营收破10亿元': a bound, no amount stated
                    continue
                events.append((m.start(), m.end(), kind, m))
        # the longest event at a place wins; an event inside a taken one is dropped
        events.sort(key=lambda e: (e[0], -(e[1] - e[0])))
        taken_to, kept = -1, []
        for e in events:
            if e[0] >= taken_to:
                kept.append(e)
                taken_to = e[1]
        # '(25-26年前次为6.2、6.9亿)', '(原预测为89.93/95.27/106.89亿元)': an earlier forecast in brackets;
        # nothing inside, its years neither, is the sentence's own
        earlier = [bracket_around(text, start) for start, _, kind, _ in kept if kind == "earlier"]
        earlier = [b for b in earlier if b is not None]
        # (or a clause of its own opening on 原: '…较此前有所调整,原2025-2026年归母净利润预测分别为29.5亿元、36.7亿元,…')
        earlier += [(start - 1, _clause_end(text, start)) for start, _, kind, m in kept if kind == "earlier" and m.group(0) == "原"
                    and bracket_around(text, start) is None and _EARLIER_CLAUSE.match(text, start)]
        # '由8.0/9.0亿元上调至10.0/11.0亿元': the figures a revision starts from are the earlier forecast's too
        earlier += [(m.start("old") - 1, m.end("old")) for m in _REVISED_FROM.finditer(text)]
        kept = [e for e in kept if not any(opened < e[0] < closes for opened, closes in earlier)]
        # a title in 《》 is another document's ('相关研究报告《…-2024 年净利润增长 498%…》'): nothing in it is the sentence's;
        # nor is a bracket saying what the thing just named has ('…主因并购天士力(其同期三费费率分别为36.1%、3.8%、8.8%)')
        titled = [t.span() for t in _TITLE_MARKS.finditer(text)] + [t.span() for t in _ITS_ASIDE.finditer(text)]
        kept = [e for e in kept if not any(opened < e[0] < closes for opened, closes in titled)]
        # and no clause or bullet ends inside it ('(25 - 26年前次为…)': that dash is no bullet)
        ends_text = text
        for opened, closes in earlier:
            ends_text = ends_text[:opened + 1] + " " * (closes - opened - 1) + ends_text[closes:]
        # a sentence with a year or quarter of its own, even one not read as a period ('2024实现营业收入'), carries none
        # (in a text naming no period, a day is none: '公司于2025年4月17日通过《市值管理制度》' in a digest's last item)
        # (a period named only as a base, the year before's same period — '而2024年同期运营利润率为15.5%', '较2024年同期…' —
        # is no period of the sentence's own: the carried one is still its figures')
        # (or the year before's in brackets after a figure, as Hong Kong announcements give it: '毛利率下降至22.07%(2021年:35.50%)')
        bases = [(a, b) for a, b, kind, _ in kept if kind == "period"
                 and (text.startswith("同期", b) or re.match(r"\s+同期", text[b:b + 4]) or _COMPARED_TO.search(text, max(0, a - 4), a)
                      or (_BRACKET_OPENS.search(text, max(0, a - 3), a) and re.match(r"\s*[:：]", text[b:b + 3])))]
        # (so too a period inside a share's phrase, the level it moved to: '…的比例由去年同期的73.4%下降至2025年上半年的70.8%',
        # and inside a bracket giving the year before's figure: '(2021年:35.50%)')
        bases += [(a, b) for a, b, kind, _ in kept if kind in ("share", "year_ago")]
        own_text = text
        for a, b in bases:
            own_text = own_text[:a] + " " * (b - a) + own_text[b:]
        # (only a period named in the bullet, or the clause up to a ；, of the sentence's first figure makes the carried one
        # none of its: a run of bullets read as one sentence, '- 营业收入35.68亿元同比下降2.66%[20] - … - 公司2025年半年度
        # 综合收益总额为…[178]', or of numbered items, '(一)整体毛利增长37.5%至46.93亿元…;…(八)於2023年12月31日,集团持有
        # 货币资金…', has its first ones in the period carried to it, and the named one from where it is named)
        first_figure = min((a for a, _, kind, _ in kept if kind not in ("period", "item")), default=len(text))
        first_bullet = _BULLET_END.search(text, first_figure)
        first_stop = _SEMICOLON.search(text, first_figure)
        reach = min(m.start() for m in (first_bullet, first_stop) if m) if first_bullet or first_stop else len(text)
        named = any(kind == "period" and (a, b) not in bases and a < reach for a, b, kind, _ in kept) or PERIOD_LIKE.search(
            (_without_days(own_text) if carried == _ITS_OWN_PERIOD else own_text)[:reach])
        periods: list[Period] = [carried] if carried and (said or not named) else []
        self.period_carried = bool(periods)
        last_year: Optional[int] = None
        spoken: set[Period] = set(periods)  # every period the sentence names
        subject: Optional[Subject] = None
        part_named = False  # whether the sentence named a part's line (a segment's 收入): its bare ratios are the part's
        doer_named = False  # whether a name did the 实现 ('武汉爱尔实现收入…，净利润…'): the lines after it are its own
        amount_subjects: list[Subject] = []  # the lines the sentence stated amounts of, in turn (for rates listed after them)
        listed_items: list[Subject] = []  # line items named together, for the next list of figures ('销售/管理费用率分别为…')
        items_end = 0  # where they end
        part_years: Optional[Subject] = None  # a part's amounts over years the sentence lists, for its growths after them
        # the single periods the current bullet has named, in order, each with whether it only opened another year's
        # figure ('2015年为4558.53万元')
        bullet_periods: list[tuple[Period, bool]] = []
        before_day: Optional[list[Period]] = None  # the periods before a day named them its own (see "period")
        restore: Optional[list[Period]] = None  # the periods before a clause stating the base ('去年同期为…')
        compared: Optional[Subject] = None  # the line item a clause compared with the year before ('与去年同期的…相比')
        part_revenue: Optional[str] = None  # a part's revenue just named ('光学零件收入'), waiting for its amount
        part_amount: Optional[tuple] = None  # (name, period, amount in yuan, cell, currency): a part's revenue stated
        parent_part: Optional[tuple] = None  # the last part's amount stated that no 其中 put under another
        under_a_part = False  # whether the part just named follows 其中 after another part
        share_before: Optional[re.Match] = None  # a share stated before the part it is of, waiting for the part's amount
        loose_amount: tuple = (None, 0)  # (an amount of a line this family does not know, where it ends)
        loose_by_name: dict[str, tuple] = {}  # such amounts by their line's name, for a margin named after the line
        clause_item = False  # whether the current clause named its line item
        eps_list: dict[Period, tuple[Printed, int, int]] = {}
        prev_end = 0
        last_kind = None  # the kind of the token before: two periods joined by 和 are a list of both
        said_base = None  # (同比 or 环比, periods) of the last change the sentence stated with its base
        said_points_base = None  # so too of the last move in points (a ratio's): the base a bare move after it is on
        brackets = bracket_spans(text)
        aside = None  # (where a bracket after a figure closes, the subject before it): '净利率约18.0%(净利润119.54亿元),较…'
        # a digest bullet's line named as its label ('- 归母净利润:2024年亏损16.96亿元,…;预计2025年扭亏为盈至9.46亿元'): the
        # line of the bullet's amounts whose clauses name none of their own
        label_subject = None
        expense_named: list[str] = []  # the cost lines the sentence has named, for a bare 费用率 after them
        base_period_end: Optional[int] = None  # where the last period named only as a base ('对比24年前三季度') ends
        bullet_from, bullet_entry = 0, list(periods)  # where the bullet being read begins, and the periods it began with
        for start, end, kind, m in kept:
            # the clause before closed on its item's figure (or on its list of amounts: '归母净利分别为4.73/6.41/9.11亿元,分别
            # 增长36.7%/35.7%/42.1%')
            item_figured = clause_item and (last_kind == "amount" or (last_kind == "list" and subject is not None
                                                                      and subject.concept is not None))
            if aside is not None and start >= aside[0]:
                subject, clause_item, aside = aside[1], True, None  # the aside is over: its figure's subject again
            if _CLAUSE_END.search(ends_text, prev_end, start):
                clause_item = False
                if restore is not None and not (last_kind == "amount" and _BRACKET_AFTER_BASE.fullmatch(ends_text, prev_end, start)):
                    # the base's clause is over: the sentence's own period again — not in a bracket on the base's amount,
                    # which is of the base's period ('较2024年同期的5.2亿元(毛利率52.3%)增长44.4%')
                    periods, restore = restore, None
                if _BULLET_END.search(ends_text, prev_end, start):
                    if _MARKET_SIZE.search(ends_text, bullet_from, start):
                        # a bullet on a market's size ('2023年中国养老产业规模达12万亿元, 预计2035年达30万亿元'): its
                        # years are the market's, not the company's figures' in the bullets after it
                        periods, bullet_periods = list(bullet_entry), []
                    subject, part_named, doer_named, listed_items, label_subject = None, False, False, [], None
                    part_revenue, part_amount = None, None
                    own = [q for q, valued in bullet_periods if not valued]
                    if bullet_periods and bullet_periods[-1][1] and own and len(periods) == 1 and periods[0] != own[0]:
                        # a bullet on its period that went on to other years' figures ('2016年非经常性损益合计5551.83万元,
                        # 2015年为4558.53万元,2014年为1.34亿元'): the next bullet goes on with the bullet's own period
                        periods = [own[0]]
                    bullet_periods = []
                    if before_day is not None:
                        periods, before_day = before_day, None
                    if self.published_report is not None and periods == [year_before(self.published_report)]:
                        # a bullet on the published report's year before ('公司2024年半年度综合收益总额为…' in a digest of
                        # 2025H1): its comparison, not the period of the bullets after it, which are the report's again
                        periods = [self.published_report]
                    self.period_carried = bool(periods)  # a bullet's period, until it names one, is the one before's
                    bullet_from, bullet_entry = start, list(periods)
            elif restore is not None and _MOVED_TO.search(ends_text, prev_end, start):
                periods, restore = restore, None  # '从上年同期的56.41亿元增至62.81亿元': the figure moved to is the period's own
            if re.search(r"[；;]", ends_text[prev_end:start]):
                part_named, doer_named, listed_items = False, False, []  # a new topic
            follows_a_period = kind == "period" and last_kind == "period" and PERIODS_JOINED.fullmatch(text, prev_end, start)
            # (or with a loss's word between: '归母净利润亏损3.58亿元')
            after_item = last_kind == "item" and (not text[prev_end:start].strip()
                                                  or (kind == "amount" and bool(_LOSS_WORD.fullmatch(text, prev_end, start)))
                                                  # (a list of changes after 分别: '归母净利分别增长36.7%/35.7%/42.1%')
                                                  or (kind == "bare_change" and text[prev_end:start].strip() == "分别"))
            # (or a forecast's: the line, or a year with the line before it, then 将 and a change to an amount —
            # '营业收入将增长15.4%', '2024年营业收入为58.05亿元,预计2025年将增长15.4%至67亿元')
            # (the years' changes right after their period, each going on to its amount, need no 将: '预计2025年归母净利润
            # 17.20亿元 … 2026-2027年分别增长70.7%和27.7%至29.37亿元和37.51亿元' — the amounts they reach are the line's)
            after_will = kind == "bare_change" and (
                (bool(_WILL.fullmatch(text, prev_end, start)) and last_kind == "item")
                or (last_kind == "period" and subject is not None and subject.concept is not None
                    and bool(_TO_AMOUNT.match(text, end)) and bool(_WILL_OR_EACH.fullmatch(text, prev_end, start))))
            # (a bare move right after the year before's figure is on it: '较2024年同期(31.5%)提升3.4个百分点')
            after_year_ago = last_kind == "year_ago" and not text[prev_end:start].strip()
            # a line's figure after its label and a colon: '收入总额:274亿元人民币', '毛利:45亿元'
            after_label = last_kind == "item" and bool(_LABEL_COLON.fullmatch(text, prev_end, start))
            # or right after the item's figure and a comma: '营业收入120亿元，增长20%', '毛利率22.9%，多2.5个百分点'
            after_its_figure = (item_figured and bool(_COMMA_ONLY.fullmatch(text, prev_end, start))) \
                or (last_kind == "item" and bool(_LEVEL_THEN_COMMA.fullmatch(text, prev_end, start)))
            if kind in _CHANGES and not clause_item and (_names_another(text[prev_end:start])
                                                           or _A_QUANTITY.search(text, prev_end, start)):
                # '…,2025Q1原材料成本同比+4.5%': the change is of a line this family does not know; '营收574亿元、同环比
                # +16%/+3%,对应行业重卡批发28.2万辆,同环比+58%/+3%': of the count read just before it
                subject = None
            last_end = prev_end  # where the event before this one ended
            opened = next(((a, b) for a, b in brackets if a < start < b), None) if aside is None else None
            if opened and subject is not None and opened[0] >= last_end and re.search(r"\d", text[opened[0]:opened[1]]) \
                    and _FIGURE_BEFORE.search(text, max(0, opened[0] - 20), opened[0]):
                # a bracket with a figure right after the subject's figure: what it is of, an aside ('(净利润119.54亿元)';
                # a name alone relabels the figure: '财务费用为-3.33亿元(利息收入),环比增加0.44亿元' is the income's rise)
                aside = (opened[1], subject)
            prev_end, last_kind = end, kind
            if kind == "period":
                if _COMPARED_TO.search(text, max(0, start - 4), start) or _COMPARED_TO_TOO.search(text, max(0, start - 30), start) \
                        or text.startswith("同期", end):
                    base_period_end = end
                    continue  # (a base: '(2024年同期:47.7%)' is the year before's, no period the sentence speaks of)
                if re.search(r"自\s*$", text[max(0, start - 2):start]) and _SINCE_AFTER.match(text, end):
                    periods, self.period_carried = [], False
                    spoken.add(None)
                    continue  # '自2022年达到业绩巅峰后,…连续三年大幅下滑': a span's start, no period of one figure
                found = periods_of_phrase(m, last_year, self.doc.meta.date, self.published_year or self.opening_year)
                if found is not None and follows_a_period and periods:
                    # '2025年、2026年及2027年', '2024年和25Q1公司毛利率分别为…': periods joined name a list of
                    # them all (years only where they run on: '2023年和2025年' names no list of figures)
                    found = periods + [p for p in found if p not in periods]
                    if all(p[0] == "Y" for p in found) and not consecutive([p[1] for p in found]):
                        found, periods = None, []
                if (found is not None and len(found) == 1 and len(periods) == 1 and restore is None
                        and subject is not None and (subject.concept or subject.ratio) and found[0] != periods[0]
                        and found[0] in (year_before(periods[0]), period_before(periods[0]))
                        and _BASE_CLAUSE.match(text, end) and _clause_opens(ends_text, start)):
                    # '2025Q2归母净利润3.00亿元,2025Q1为2.40亿元,环比提升25%': a clause stating the base's
                    # amount of the same line; the sentence's own period again after it
                    restore, periods, clause_item = periods, found, True
                    spoken.update(found)  # (a sentence naming two periods carries neither on)
                    level = _LEVEL.match(text, end) if subject.ratio else None
                    if level:  # '(2025Q2为13.1%)': the base's level of the ratio
                        self.level_of(s, subject, found[0], figure_of(level.group("num")), level.span("num"))
                    continue
                if found is not None and periods and restore is None and found != periods and any(
                        a < start < b and _FIGURE_BEFORE.search(text, max(0, a - 20), a) for a, b in brackets):
                    # periods named inside a bracket after a figure are the aside's own: '销售费用同环比提升至6.3 亿(25Q2/24Q3
                    # 分别为3.2/2.8 亿),销售费用率…' — the sentence's own period again after it closes (a bracket after words
                    # names the period of what follows: 'SUV周期前期(2012-2016) - 营业收入从13.18亿元增长至33.47亿元')
                    restore = periods
                if found is not None:
                    if m.groupdict().get("dwy") and periods and before_day is None:
                        # a day is its own bullet's moment ('…2024Q4… 基础数据 - 2024年12月31日基本每股收益1.80元,摊薄每股
                        # 收益1.80元'; '- 截至2025年9月30日,在中国拥有542家零售店'): the next bullet goes on with the period before
                        before_day = periods
                    periods = found
                    self.period_carried = False
                    if len(found) == 1:
                        # (a year named only to give its figure, '…5551.83万元,2015年为4558.53万元': a base's clause)
                        bullet_periods.append((found[0], bool(_BASE_CLAUSE.match(text, end))))
                    if len(found) > 1 and all(q[0] == "Y" for q in found) and consecutive([q[1] for q in found]):
                        self.year_spans[len(found)] = found  # ('2022年至2024年'): what a later '近三年' names
                    # a bare quarter after a span of forecast years ('预计2025-2027年…；Q2收入') is not of
                    # its last year: only one period named gives a bare one its year
                    last_year = found[0][1] if len(found) == 1 else None if found else last_year
                    if not m.groupdict().get("dwy"):  # (a day, '截至2025年9月30日,现金…': its own figures' moment,
                        spoken.update(found)          # no period a later sentence speaks of)
                else:
                    spoken.add(None)  # a period phrase it cannot place: none is carried on
                continue
            if kind == "bases_listed":  # '…,上一季度和去年同期分别为138.283亿元和115.348亿元': the line's bases
                if subject is not None and (subject.concept or subject.ratio) and len(periods) == 1:
                    self.bases_listed(s, periods[0], subject, m)
                continue
            if kind == "last_years":  # '近三年…分别为': the span of as many years the text last named, if it named one
                n = _CN_COUNT.get(m.group("n"), 0)
                if n in self.year_spans:
                    periods, self.period_carried = list(self.year_spans[n]), False
                    last_year = periods[-1][1]
                    spoken.update(periods)
                    continue
                kind = "years_counted"
            if kind == "last_reports":  # '近三期半年报…分别为': the reported period and those a year, two years before it
                n, report = _CN_COUNT.get(m.group("n"), 0), m.group("report")
                # (the period the sentence carries, or else the latest of that kind the text names: a digest's own)
                of_kind = sorted(p for p in self.named_periods if p and report and p == report_period(p[1], report))
                now = periods[0] if len(periods) == 1 else of_kind[-1] if not periods and of_kind else None
                if now and report and now == report_period(now[1], report):
                    periods = [(now[0], now[1] - back, *now[2:]) for back in range(n - 1, -1, -1)]
                    self.period_carried = False
                    spoken.update(periods)
                    continue
                kind = "years_counted"  # (reports of a kind the text does not report, or of no kind said: no period placed)
            if kind == "years_counted":  # '近10年中位数ROIC为23.08%': a span no period of the family's
                periods, self.period_carried = [], False
                spoken.add(None)
                continue
            if kind == "unnamed_quarter":
                if periods and all(p[0] == "Q" for p in periods):
                    continue  # '2025Q3单季度…', or a quarter the sentence before named: that quarter (or quarters:
                    # '2022年一季度至2023年一季度的5个季度里,其单季度净利润分别为…')
                periods = [self.reported_quarter] if self.reported_quarter else []
                self.period_carried = False
                spoken.add(self.reported_quarter)  # (None where the text says no quarter: none is carried on)
                continue
            if kind == "reported_quarter":  # '上季总收入1,131.2亿元': the quarter the text reports
                periods = [self.reported_quarter]
                self.period_carried = False
                last_year = self.reported_quarter[1]
                spoken.add(self.reported_quarter)
                continue
            if kind == "each_quarter":  # '2016年各季度…分别为': the year's four quarters, in order
                if len(periods) == 1 and periods[0][0] == "Y":
                    periods = [("Q", periods[0][1], k) for k in (1, 2, 3, 4)]
                    spoken.update(periods)
                continue
            if kind == "future":  # '未来三年': the years the tables forecast, from the first
                n = _CN_COUNT.get(m.group("n"), 0)
                if self.first_forecast is not None and n >= 2:
                    periods = [("Y", self.first_forecast + k) for k in range(n)]
                    last_year = periods[-1][1]
                    spoken.update(periods)
                else:
                    spoken.add(None)  # a span it cannot place: none is carried on
                continue
            if kind in ("other", "earlier", "bound"):
                subject = None
                continue
            if kind == "ratio_sum":
                self.ratio_sum(s, m)
                continue
            if kind == "year_before":  # '营收39.00亿元，去年同期为32.00亿元': the base, for this clause
                named = m.group("year")
                if named and "同期" in m.group(0) and _SAME_PART_LATER.search(text, max(0, start - 4), start) \
                        and len(periods) == 1 and periods[0][0] != "Y" and int(named) == periods[0][1] + 1:
                    # '从2024年上半年的1504.17亿元增长至2025年同期的1677.11亿元': the same part of the year after, the
                    # figure the move came to and the sentence's own period from here
                    periods = [(periods[0][0], int(named), *periods[0][2:])]
                    self.period_carried = False
                    spoken.update(periods)
                    continue
                if named and not (len(periods) == 1 and year_before(periods[0]) and year_before(periods[0])[1] == int(named)
                                  and "同期" in m.group(0)):
                    continue  # '较2019年同期…': a year further back, or a year's own figure, no base of this clause's
                if subject is not None and subject.concept and len(periods) == 1 and year_before(periods[0]):
                    restore, periods, clause_item = periods, [year_before(periods[0])], True
                    compared = subject
                continue
            if kind == "compared_change":  # '与去年同期的24.53亿元相比，增长了22.31%': on that base
                if compared is not None and compared is subject and len(restore or periods) == 1:
                    self.change(s, (restore or periods)[0], subject, "同比", m.group("dir"), m.group("num"), "%",
                                (m.start("num"), m.end("num")))
                continue
            if kind == "items":
                items_end = end
                own = self._own(s, text, start) and not part_named and not doer_named
                listed_items = [Subject(w, ratio=w) if w in RATIO_NAMES else Subject(w, concept=names[w]) if w in names
                                else Subject(w, doubtful=True) for w in m.words] if own else []
                subject, clause_item = None, True
                continue
            if kind == "item":
                aside_words = next(((a, b) for a, b in brackets if a < start < b), None)
                if aside_words and subject is not None and not re.search(r"\d", text[aside_words[0]:aside_words[1]]) \
                        and text[aside_words[0] + 1:aside_words[1] - 1].strip() != m.group(0) \
                        and _FIGURE_BEFORE.search(text, max(0, aside_words[0] - 20), aside_words[0]):
                    # a note in words on the figure before it ('2.65亿元(预告净利润最大值)'): the subject stays (a name
                    # alone relabels the figure: '财务费用为-3.33亿元(利息收入)')
                    continue
                if aside_words and subject is not None and not re.search(r"\d", text[aside_words[0]:aside_words[1]]) \
                        and re.search(r"合计|总计|之和|包括|包含|含|、", text[aside_words[0]:aside_words[1]]) \
                        and text[:aside_words[0]].rstrip().endswith(subject.word):
                    continue  # a gloss on the line just named, what it sums: '期间费用(销售、管理、财务费用合计)为53.88亿元'

                listed_items = []
                word = m.group(0)
                if word == BARE_EXPENSE_RATIO:
                    # '期间费用46.2亿元,同比下降3.2%,费用率9.6%': the ratio of the one cost line the sentence named (of two
                    # named, '…其中销售费用5.3亿元,…,费用率9.2%', which one is not said: none)
                    named = set(expense_named)
                    if len(named) != 1:
                        subject = None
                        continue
                    word = _EXPENSE_RATIO_OF[named.pop()]
                if word == BARE_MARGIN:
                    # '经调整净利润为人民币3403.46百万元,利润率13.6%': the margin of the profit line just stated
                    if subject is None or subject.concept not in _MARGIN_OF or not subject.amounts:
                        subject = None
                        continue
                    word = _MARGIN_OF[subject.concept]
                clause = _clause_before(text, start)
                doer_named = doer_named or _named_doer(clause, self.company)
                if _SUMMED_WITH.match(text, end) or (_TOTAL_AFTER.match(text, end) and _NAMES_BEFORE.search(text, max(0, start - 16), start)):
                    # a composite's figure: no line item this family knows ('…+财务费用', '销售、管理和财务费用合计20.71亿元')
                    subject = None
                    continue
                if _PER_SHARE_BEFORE.search(text, max(0, start - 12), start):
                    subject = None  # '每10股派发现金红利5.00元': a dividend per share (or per ten), no total
                    continue
                if _COMPARED_OBJECT.search(text, max(0, start - 10), start) and not _FIGURE_IN_CLAUSE.match(text, end):
                    subject = None  # '…,均超过同期归母净利润,': a line a figure is compared with, no part and no figure of it
                    continue
                if part_named and word in ("收入", "营收", "收益") and not _WHOLE_COMPANY.search(clause) \
                        and not (self.company and self.company in clause) \
                        and re.fullmatch(r"\s*(?:(?:19|20)?\d\d\s*年\s*(?:[上下]半年|前三季度|第?[一二三四]季度|全年)?|[1-4][QH]\s*\d\d|"
                                         r"(?:19|20)?\d\d\s*[QH][1-4])?\s*(?:实现|录得)?\s*", clause):
                    # '团购业务2023年收入12.00亿元,2024年收入13.80亿元': a clause of a period (or of nothing else: '…新能源业务表现
                    # 亮眼,收入3.9亿元同比大增33.5%') and the bare line after a part was
                    # named goes on with the part's line, not the company's (a period with its year only: `_ONLY_A_PERIOD`
                    # takes 'Q3单季度实现' too, where 收入 after '恒生在收入端…' is the company's again)
                    subject = None
                    continue
                # (a cost's share of revenue right after it is the company's own line's: '研发支出占公司营业收入比例约为28.03%')
                own_share = names.get(word) not in (None, "revenue") and _SHARE.match(text, end)
                if not self._own(s, text, start) or (_SHARE_OF_IT.match(text, end) and not own_share) \
                        or (doer_named and not _WHOLE_COMPANY.search(clause)):
                    # another's line, or a part's share of it ('营收占比分别为7%/6%/5%，约47.04/46.84/44.8亿元':
                    # the amounts are the part's)
                    part_before = part_named  # whether a part was named earlier in the sentence
                    # (a line a cause names is no part: '财务费率提升较多主因利息支出增加,净利率同比+1.1pct' — the
                    # margin after it is the company's)
                    cause = _CAUSE_BEFORE.search(text, max(0, start - 6), start) \
                        or _CAUSE_IN_CLAUSE.search(_clause_before(text, start))
                    subject, part_named = None, part_named or (word not in RATIO_NAMES and not cause)
                    clause = _clause_before(text, start)
                    region = _REGION_PART.search(clause)  # '2024年公司海外收入': the words before the region are read
                    # (after 其中 following a part, '锂电业务收入…，其中海外收入': a part of that part — read only where that
                    # part's amount is at hand, its share then of it)
                    under_a_part = bool(part_before and clause.startswith("其中"))
                    own_company = _OTHER_SUBJECT.search(clause[:region.start()] if region else clause) \
                        or (under_a_part and parent_part is None)
                    share_of_it = _SHARE_OF_IT.match(text, end)
                    part_revenue = (_part_name(text, start, end) if names.get(word) == "revenue" and not own_company
                                    and not share_of_it else None)
                    if not (share_of_it and part_amount is not None and names.get(word) == "revenue"
                            and not clause.strip(" ，,").startswith("其中")):
                        # (but '海外收入30.0亿元，收入占比30.0%': the share of the part just stated, maybe named again — never
                        # a part of it after 其中, '销售收入38.5亿元,其中出口销售收入占比24%', whose amount is not said)
                        part_amount = None
                    continue
                part_revenue, part_amount = None, None
                if part_named and word in RATIO_NAMES and not _WHOLE_COMPANY.search(_clause_before(text, start)):
                    # '…晶圆代工业务收入同比增长17%…，毛利率分别为20.9%/…': the part's margin, not the company's
                    subject = None
                    continue
                subject = Subject(word, ratio=word) if word in RATIO_NAMES else Subject(word, concept=names[word])
                if subject.concept in _EXPENSE_RATIO_OF:
                    expense_named.append(subject.concept)
                # (a line named right after a bullet's mark, then a colon: the bullet's label)
                label_subject = subject if subject.concept and _BULLET_LABEL.match(text, end) and \
                    _BULLET_MARK_BEFORE.search(text, max(0, start - 3), start) else None
                part_named = part_named and bool(subject.ratio)  # the company's own line again: its ratios are its own
                clause_item = True
                bracketed = _UNIT_AFTER_NAME.match(text, end)
                if subject.concept and bracketed and (bracketed.group("scale") or bracketed.group("currency")):
                    subject.unit = (bracketed.group("scale") or "") + (
                        "元" if bracketed.group("currency") in (None, "人民币") else bracketed.group("currency"))
                qualifier = _QUALIFIER_AFTER.match(text, end)  # 'ROE（摊薄）为15.2%'
                if qualifier and subject.ratio in ("ROE", "净资产收益率") and "摊薄" in qualifier.group(0):
                    subject = Subject(word, ratio=f"{word}(摊薄)")  # diluted: on the closing equity, one definition
                moved = _RATIO_FROM_TO.match(text, end) if subject.ratio else None
                if moved:  # '净利率由9.4%下跌2.6%至6.8%'
                    self.points_between(s, subject, moved.group("a"), moved.group("c"), moved, moved.start("c"))
                    if moved.group("ago") and len(periods) == 1 and (base := year_before(periods[0])) is not None:
                        # '毛利率由去年同期31.1%增长2.7个百分点至33.8%': each level is its period's, judged as any level
                        self.ratio_level(s, periods[0], subject, figure_of(moved.group("c")), moved.span("c"))
                        self.ratio_level(s, base, subject, figure_of(moved.group("a")), moved.span("a"))
                went_then = _RATIO_WENT_THEN_POINTS.match(text, end) if subject.ratio and not moved else None
                if went_then:  # '毛利率从去年同期的49.3%降至46.7%,减少2.6个百分点'
                    self.points_between(s, subject, went_then.group("a"), went_then.group("c"), went_then, went_then.start("c"))
                years_went = _RATIO_YEARS_WENT.match(text, end) if subject.ratio and not moved else None
                if years_went:  # '净利率将从2025年的7.6%提升至2027年的9.6%': each year's level
                    for y, g in (("y1", "a"), ("y2", "c")):
                        self.ratio_level(s, ("Y", int(years_went.group(y))), subject, figure_of(years_went.group(g)), years_went.span(g))
                    continue
                went = _RATIO_WENT_TO.match(text, end) if subject.ratio and not moved else None
                if went and not went.group("ago") and len(periods) > 1 and all(p[0] == "Y" for p in periods) \
                        and consecutive([p[1] for p in periods]):
                    # '预计2025-2027年…净利润率从4.39%提升至6.80%': the span's first year's level and its last's
                    for p, g in ((periods[0], "a"), (periods[-1], "c")):
                        self.ratio_level(s, p, subject, figure_of(went.group(g)), went.span(g))
                    continue
                went = went if len(periods) == 1 else None
                if went:  # '毛利率由去年同期的35.2%提升至37.1%': the period's level, and the year before's where named
                    self.ratio_level(s, periods[0], subject, figure_of(went.group("c")), went.span("c"))
                    # (the earlier level a year before's where named so, or where its sentence compares on the year before
                    # and names no other period for it: '净利润从去年同期的0.85亿元增长至1.9亿元,同比增长122.5%,净利率由3.2%
                    # 提升至5.9%')
                    on_the_year = went.group("ago") or (_ON_THE_YEAR.search(text, 0, start)
                                                         and not _ON_THE_QUARTER.search(text, 0, went.end()))
                    if on_the_year and (base := year_before(periods[0])) is not None:
                        self.ratio_level(s, base, subject, figure_of(went.group("a")), went.span("a"))
                level = _LEVEL.match(text, qualifier.end() if qualifier and subject.ratio else end)
                if subject.ratio and level and len(periods) == 1:  # '毛利率为24.1%', '毛利率24.1%'
                    printed = figure_of(level.group("num"))
                    at = (level.start("num"), level.end("num"))
                    self.ratio_level(s, periods[0], subject, printed, at)  # judged before it is a reference
                    self.level_of(s, subject, periods[0], printed, at)
                if subject.ratio and level:
                    earlier = _RATIO_EARLIER.match(text, level.end())  # '毛利率为61.4%，比去年同期的60.4%上升1.0个百分点'
                    if earlier:
                        self.points_between(s, subject, earlier.group("a"), level.group("num"), earlier, level.start("num"))
                    elif len(periods) == 1 and (before := _LEVEL_A_YEAR_BEFORE.match(text, level.end())) \
                            and (base := year_before(periods[0])) is not None:
                        # '…为6.22%，较去年同期的8.31%': the year-earlier level, judged as any level of that period, and
                        # the base of a change stated after it ('毛利率为30.5%,上年同期为28.0%,同比提升2.5个百分点')
                        self.ratio_level(s, base, subject, figure_of(before.group("a")), before.span("a"))
                        self.level_of(s, subject, base, figure_of(before.group("a")), before.span("a"))
                        if before.group("b") and periods[0][0] == "Q" and _names_quarter_before(before.group("quarter"), periods[0]):
                            # '…和2025年第二季度的20.1%': the quarter before's level, beside the year before's
                            prior = period_before(periods[0])
                            self.ratio_level(s, prior, subject, figure_of(before.group("b")), before.span("b"))
                            self.level_of(s, subject, prior, figure_of(before.group("b")), before.span("b"))
                if subject.ratio and level and len(periods) == 1:
                    g = _POINTS_IN_BRACKETS.match(text, level.end())  # '毛利率23.1%（+3.1pct）': on the year before
                    if g and not _range_after(text, g.end("num"), g.group("unit")):
                        self.change(s, periods[0], subject, "同比", None, g.group("num"), g.group("unit"),
                                    (g.start("num"), g.end("num")))
                continue
            if kind == "pe_by_year":  # each multiple's year before it: the periods are the list's own
                pairs = list(_YEAR_AND_PE.finditer(text, m.start(), m.end()))
                spread = _Spread(text, [(y.group("num"), *y.span("num")) for y in pairs])
                self.pe(s, spread, [("Y", int(y.group("year"))) for y in pairs], eps_list, subject)
                continue
            if kind == "eps_by_year":  # each figure's year before it: the periods are the list's own
                pairs = list(_YEAR_AND_EPS.finditer(m.group("nums")))
                listed, nums = [("Y", int(y.group("year"))) for y in pairs], [y.group("num") for y in pairs]
                for p, (num, a, b) in zip(listed, self._spans(m, "nums", nums)):
                    eps_list[p] = (figure_of(num), s.start + a, s.start + b)
                    self.state(("eps", p), (figure_of(num), "元", ("text", s.page, s.start + a, s.start + b)))
                    self.restated_per_share(s, p, figure_of(num), (s.start + a, s.start + b), "eps")
                self.eps_by_one_count(s, m, listed, nums)
                subject, clause_item, listed_items = Subject("EPS", concept="eps"), True, []
                continue
            if kind in ("eps", "bvps"):
                if kind == "eps" and _DEDUCTED_BEFORE.search(text, max(0, start - 12), start):
                    continue  # '扣非每股收益1.05元': on the profit less one-off items, not 归母净利润
                blanked = _ELEMENT_EARLIER.sub(lambda g: " " * len(g.group(0)), m.group("nums"))
                nums = _numbers(_ELEMENT_REVISION.sub(lambda g: " " * len(g.group(0)), blanked))
                if not m.group("unit") and not m.group("yuan") and len(nums) < 2:
                    continue  # one figure with no unit ('EPS为1.80,'): not read as a per-share figure
                # (the span of years between the name and its figures, an event inside this one: '每股收益2025-2027年分别为…')
                between = [p for y in PERIOD_PHRASE.finditer(text, m.start(), m.start("nums")) for p in periods_of_phrase(y, None) or []]
                periods = between if len(between) == len(nums) else periods
                for p, (num, a, b) in zip(periods if len(periods) == len(nums) else [], self._spans(m, "nums", nums)):
                    if kind == "eps":
                        eps_list[p] = (figure_of(num), s.start + a, s.start + b)
                    self.state((kind, p), (figure_of(num), "元", ("text", s.page, s.start + a, s.start + b)))
                    self.restated_per_share(s, p, figure_of(num), (s.start + a, s.start + b), kind)
                if kind == "eps" and len(periods) == len(nums):
                    self.eps_by_one_count(s, m, periods, nums)
                    # the changes right after are the EPS's own: 'EPS分别为1.00、1.20元，同比增长15%、20%'
                    subject, clause_item, listed_items = Subject("EPS", concept="eps"), True, []
                elif kind != "eps":
                    subject = None  # '每股净资产为15.74元,同比增长4.99%': a change of the book value, not of the line before
                continue
            if kind in ("pe", "valued"):
                if kind == "valued" and (subject is None or subject.concept not in ("parent_np", "net_profit")):
                    continue  # 估值…倍 is a PE only after the years' profits; after revenue it may be a PS
                if _NOT_OWN_MULTIPLE.search(_clause_before(text, start)) \
                        or _named_other(_clause_before(text, start), self.doc.meta.company):
                    continue  # '行业2025年平均市盈率38倍', '2024-2026年壳木游戏预测PE': not the company's multiple
                if _of_the_target(text, start) or (m.re is _PE_AFTER and (_GIVEN_AFTER.match(text, end)
                                                                            or _VALUATION_BASIS.search(_clause_before(text, start)))):
                    continue  # '给予2026年PE 25倍', '目标价30元，对应PE 25倍', '基于…17.2倍市盈率给予目标价': the target family's
                self.pe(s, m, _years_listed_before(text, start, periods, len(_numbers(m.group("nums")))), eps_list, subject)
                continue
            if kind == "ps":
                if not _NOT_OWN_MULTIPLE.search(_clause_before(text, start)) and not _of_the_target(text, start):
                    self.ps(s, m, periods)
                continue
            if kind == "pb":
                if not _NOT_OWN_MULTIPLE.search(_clause_before(text, start)) and not _of_the_target(text, start):
                    year = _YEAR_IN_BRACKETS_AFTER.match(text, end)
                    # ('市净率1.80倍(2025E)': the multiple of the year its bracket names, on that year's BVPS)
                    self.pb(s, m, [("Y", year_of_text(year.group("year")))] if year else periods, bracketed=bool(year))
                continue
            if kind == "cagr":
                self.cagr(s, m, periods, subject, spoken)
                continue
            if kind == "cagr_list":
                # each line's, in the order the sentence stated their amounts; no other count is read
                rates = list(_LISTED_PERCENT.finditer(text, m.start("nums"), m.end("nums")))
                if len(rates) == len(amount_subjects):
                    for line, rate in zip(amount_subjects, rates):
                        self.cagr(s, m, periods, line, spoken, figure=(rate.group(0), rate.start(), rate.end()))
                continue
            if kind == "share":
                if subject is None and len(periods) == 1 and self.parts_shares(s, periods[0], m):
                    continue  # '…费用分别为36亿/34亿/10亿元,占营收比重的23%/21%/7%': each listed line's share
                if subject is not None and subject.concept == "revenue":
                    # '…业务收入分别为89/33/26亿元,收入占营收比例50%/19%/14%': the parts' shares, not revenue's own
                    if len(periods) == 1:
                        self.parts_shares(s, periods[0], m)
                    continue
                if subject is not None and subject.concept and len(periods) == 1:
                    self.share(s, periods[0], subject, m)
                elif subject is None and part_amount is not None:  # '维修服务业务实现收入9.67亿元…占总收入的13.91%'
                    self.part_share(s, part_amount, m)
                    part_revenue, part_amount = None, None
                elif subject is None and loose_amount[0] is not None and _to_its_share(text, loose_amount, start):
                    # '三费合计12.51亿元,占营收比重约6.91%': an amount of a line this family does not know, over revenue
                    self.share_of_revenue(s, m, *loose_amount[0])
                continue
            if kind == "share_of_item":  # '现金红利合计3.00亿元,占当年归母净利润的30%': one line over another
                if subject is not None and subject.concept and len(periods) == 1:
                    self.share_of_item(s, periods[0], subject, m)
                continue
            if kind == "named_margin":  # a margin named after a line stated before it: its amount over revenue
                subject = None
                name = m.group("name")
                # (a profit's, whose margin is over revenue: a 不良贷款率 is over loans, not revenue)
                found = next((v for k, v in loose_by_name.items() if k.endswith((name, name + "利润")) and _PROFIT_LINE.search(k)), None)
                if found is not None and len(periods) == 1 and found[1] == periods[0]:
                    self.share_of_revenue(s, m, *found)
                continue
            if kind == "lines_ratio":  # '经营现金流/净利润为1.20倍', '…12.0亿元,为归母净利润的1.2倍'
                over = Subject(m.group("over"), concept=names[m.group("over")]) if m.group("over") else subject
                if over is not None and over.concept and len(periods) == 1:
                    self.share_of_item(s, periods[0], over, m, multiple=m.group("unit") != "%")
                continue
            if kind == "share_before":  # '占总收入24.4%的IoT与生活消费产品,上季收入275.52亿元': the part named next's
                share_before = m
                continue
            if kind == "part_share":  # the share of the company's revenue the part's amount just stated makes
                if part_amount is not None and not _names_another_part(text[part_amount[3][3] - s.start:start]):
                    self.part_share(s, part_amount, m)
                part_revenue, part_amount = None, None
                continue
            if kind in ("list", "amount"):
                at = m.start("num" if kind == "amount" else "nums")
                if _SPLIT_BY_A_SPACE.search(text, max(0, at - 6), at):
                    continue  # '归母净利润为3 4.04、37.45亿': a figure a space split (34.04) is not its tail
            if kind == "amount" and part_revenue is None and subject is None and parent_part is not None \
                    and len(periods) == 1 and parent_part[1] == periods[0] and _BARE_SHARE.match(text, end) \
                    and (elided := _ELIDED_PART.fullmatch(_clause_before(text, start))):
                # a part after another's revenue in a parallel list, its 收入 left out, its share right after it
                # ('护肤品收入18.3亿元占比89.59%,医疗器械1.9亿元占比9.33%'): that part's revenue
                part_revenue = elided.group("name")
            if kind == "amount" and part_revenue is not None and subject is None:
                scale, currency = money_scale(m.group("unit"))
                if len(periods) == 1 and scale:
                    part_amount = _part_amount(part_revenue, periods[0], s, m, scale, currency)
                    # a part after 其中 following another part's amount, in one clause run, is a part of that part
                    # ('图像传感器解决方案营收191.9亿元(…),其中手机CIS营收98亿元(…,占比51%)'): its share is of it
                    if parent_part is not None and parent_part[1] == periods[0] \
                            and _PARTS_OF_IT.fullmatch(text, parent_part[3][3] - s.start, start):
                        self.part_parents[part_amount[3]] = parent_part
                    elif under_a_part:
                        part_amount = None  # a part of a part whose amount is not at hand: its share of what is not said
                    else:
                        parent_part = part_amount
                    if share_before is not None:
                        self.part_share(s, part_amount, share_before)
                        part_amount = None
                share_before = part_revenue = None
                continue
            if kind == "amount" and _CONVERSION_OPENS.search(text, max(0, start - 16), start):
                continue  # '274亿元人民币(38亿美元)': the figure again in another currency, no line's own
            if kind == "amount" and MOVED_BY.search(text, max(0, start - 8), start):
                continue  # '较上年同期的364.88亿元净增26.23亿元': the change, not the line's amount in any period
            if kind == "amount" and subject is not None and last_kind not in ("item", None) \
                    and _names_another(text[prev_end:start]):
                # another line named just before the figure ('…归母净利润主要受政府补助影响 2025H1政府补助2.85亿元'): its
                # figure, not the subject's — nor a change after it
                subject = None
                continue
            if kind in ("amount", "list") and not clause_item and label_subject is not None \
                    and _clause_before(text, start).strip() and _ONLY_FORECAST_WORDS.fullmatch(_clause_before(text, start)) \
                    and not any(a < start < b for a, b in brackets):
                subject, clause_item = label_subject, True  # '…;预计2025年扭亏为盈至9.46亿元': the label's line
            if kind == "amount":
                if not clause_item and subject is not None and after_label:
                    clause_item = True
                if not clause_item and subject is not None and _ONLY_A_PERIOD.fullmatch(_clause_before(text, start)):
                    clause_item = True  # '调整后净利润2023年为90.06亿元,2024年为101.50亿元': the item goes on
                if not clause_item and subject is not None and _ONLY_A_VERB.fullmatch(_clause_before(text, start)):
                    clause_item = True  # '营收同比增长21.9%，达39.00亿元': the amount the item reached
                if not clause_item or subject is None or subject.concept is None:
                    subject = None  # an amount of a line item this family does not know
                    loose_amount = (self.loose_amount(s, m, periods, start), end)  # (its share of revenue may follow)
                    if loose_amount[0] is not None:
                        loose_by_name[loose_amount[0][0]] = loose_amount[0]  # (its margin, named after it, may follow)
                    continue
                p = periods[0] if len(periods) == 1 else None
                if len(periods) > 1:  # '2017-2024年间，营业收入从213.90亿元…扩容至577.96亿元'
                    lead = text[max(0, start - 2):start]
                    p = periods[0] if re.search(r"[从由]$", lead) else periods[-1] if re.search(r"[至到]$", lead) else None
                if p is not None and subject.concept == "revenue" and _SHARE_OF_REVENUE_AFTER.match(text, m.end("num")):
                    # '境外主业表现还算稳健,上半年营收154.2亿元,同比增长8.78%,占总营收36.9%': a part's revenue, by its share
                    scale, currency = money_scale(m.group("unit"))
                    if scale:
                        part_amount = _part_amount(f"{subject.word} (a part's, by its share)", p, s, m, scale, currency)
                    subject = None
                    continue
                if p is not None:
                    num = m.group("num")
                    if _LOSS_BEFORE.search(text, max(0, start - 10), start) and not num.startswith(("-", "−")):
                        num = "-" + num  # '亏损3.58亿元': the line's amount is −3.58
                    self.amount(s, p, subject, m.start("num"), m.end("num"), num, m.group("unit"))
                    if subject.concept and all(x.concept != subject.concept for x in amount_subjects):
                        amount_subjects.append(subject)
                    # '营业总收入180亿元(+20.0%)': its growth in brackets, or signed after a slash ('营收2340.5亿/+10.0%')
                    g = _ELEMENT_GROWTH.match(text, end) or _SLASHED_GROWTH.match(text, end)
                    if g and "同比" not in g.group(0) and not _range_after(text, g.end("num"), "%"):  # (同比…): a change
                        self.change(s, p, subject, "同比", None, g.group("num"), "%", (g.start("num"), g.end("num")))
                continue
            if kind == "list":
                if base_period_end is not None and re.fullmatch(r"\s*(?:同期)?\s*[的之]?\s*", text[base_period_end:start]):
                    continue  # '(对比24年前三季度的11.44%/3.29%显著提升)': the base period's levels, not the sentence's own
                head = _clause_before(text, start)
                if subject is not None and not clause_item and _YEAR_AGO_HEAD.fullmatch(head) and periods:
                    # '经营活动现金流净额分别为-1.75/0.15亿元,去年同期分别为0.06/0.07亿元': each period's a year before
                    periods = [year_before(p) for p in periods]
                elif subject is not None and not clause_item and len(re.findall(r"[\u4e00-\u9fff]", _LIST_HEAD_WORDS.sub("", head))) >= 2:
                    subject = None  # '…;2024Q1-3/2024Q3 销售回款分别为13.94/4.43亿元': a line the family does not know
                if _CHANGE_WORDS_BEFORE.search(text, max(0, start - 16), start) and not re.match(r"\s*[\d.]+\s*%", text[start:end]):
                    continue  # '…分别为11.2、7.7、10.2亿元,同比增长0.5、0.6、1.8亿元': changes in amount, no levels
                blank = lambda g: " " * len(g.group(0))  # noqa: E731
                nums = _numbers(_ELEMENT_REVISION.sub(blank, _ELEMENT_POINTS.sub(blank, _ELEMENT_GROWTH.sub(blank, m.group("nums")))))
                # '分别为38.0%/38.1%/38.2%': each element marked, the last one's % inside the list
                unit = m.group("unit") or ("%" if m.group("nums").rstrip().endswith("%") else "")
                currency = _CURRENCY_AFTER.match(text, end) if unit in ("万亿", "亿", "万") else None
                if currency:  # '95.40亿、60.39亿、…、86.39亿元': the last element's 元 is every one's
                    unit += currency.group(1)
                if not unit and subject is not None:
                    unit = subject.unit  # '营业总收入(百万)分别为4900/3993/4148': the unit by the name
                scale, currency_word = money_scale(unit) if re.fullmatch(MONEY_UNIT, unit or "") else (None, None)
                if subject is None and part_revenue is not None and 2 <= len(periods) == len(nums) and scale \
                        and all(q[0] == "Y" for q in periods):
                    # a part's revenue over the years ('作为主品牌的海澜之家系列,近三年实现收入分别为137.53亿元、164.58亿元、
                    # 152.7亿元'): the part's own amounts, for its growths listed after them
                    part_years = Subject(_part_years_name(text[:start], part_revenue))
                    for q, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
                        part_years.amounts[q] = (figure_of(num).times(scale), currency_word, ("text", s.page, s.start + a, s.start + b))
                    part_revenue = None
                    continue
                if subject is None and listed_items and len(periods) == 1 and len(nums) == len(listed_items):
                    # '销售/管理/研发费用率分别为6.0%/5.0%/7.0%': one figure per item named
                    for item, (num, a, b) in zip(listed_items, self._spans(m, "nums", nums)):
                        if item.concept and re.fullmatch(MONEY_UNIT, unit):
                            self.amount(s, periods[0], item, a, b, num, unit, listed=True)
                        elif item.ratio and unit == "%":
                            self.ratio_level(s, periods[0], item, figure_of(num), (a, b))
                            # the level is each item's reference for its change after ('分别同比+0.96/-0.01pct')
                            item.levels[periods[0]] = (figure_of(num), ("text", s.page, s.start + a, s.start + b))
                            if _ratio_key(item.ratio):
                                self.state_level(item, periods[0], *item.levels[periods[0]])
                    continue
                if len(periods) == 1 and periods[0][0] == "9M" and len(nums) == 3 and ("分别" in m.group(0) or not listed_items) \
                        and not _names_listed(text[:m.start()], 3):
                    # 'Q1-Q3营收分别为10.0、12.0、14.0亿元': the span's three quarters, one figure each (so too
                    # unmarked, '2025Q1-Q3,公司实现收入16.45亿元、20.72亿元、19.22亿元': one period has one figure)
                    periods = [("Q", periods[0][1], q) for q in (1, 2, 3)]
                if subject is None or len(periods) != len(nums):
                    continue
                listed = list(zip(periods, self._spans(m, "nums", nums)))
                if subject.concept and unit == "%" and all(n[:1] in "+-−" for n in nums) \
                        and all(p[0] in ("Y", "H", "9M") for p in periods):
                    # an amount's percents each with its sign are its changes ('归母净利分别+36.7%/+35.7%/+42.1%'),
                    # a year's or a span's on the year before
                    for p, (num, a, b) in listed:
                        self.change(s, p, subject, "同比", None, num, "%", (a, b), listed=len(nums) > 1)
                    continue
                for p, (num, a, b) in listed:
                    if subject.concept and re.fullmatch(MONEY_UNIT, unit):
                        self.amount(s, p, subject, a, b, num, unit, listed=True)
                    elif subject.ratio and unit == "%":
                        self.ratio_level(s, p, subject, figure_of(num), (a, b))
                if subject.concept and re.fullmatch(MONEY_UNIT, unit):
                    for p, (num, a, b) in listed:  # each element's growth in brackets, once all are stated
                        u = re.compile(r"\s*" + re.escape(unit)).match(text, b)
                        g = _ELEMENT_GROWTH.match(text, u.end()) if u else None
                        if g:
                            self.change(s, p, subject, "同比", None, g.group("num"), "%", (g.start("num"), g.end("num")))
                    spanned = _GROWTH_SPAN.match(text, end) if len(listed) > 1 and all(p[0] == "Y" for p, _ in listed) else None
                    if spanned:  # '…分别为26.36亿元、…和55.22亿元,增长率从35.64%逐年回落至10.14%': the first year's and the last's
                        first, last = listed[0][0], listed[-1][0]
                        if not spanned.group("year") or year_of_text(spanned.group("year")) == last[1]:
                            self.change(s, last, subject, "同比", None, spanned.group("b"), "%", spanned.span("b"))
                        if not spanned.group("most"):  # ('从最高58.77%': the largest of them, no year's own)
                            self.change(s, first, subject, "同比", None, spanned.group("a"), "%", spanned.span("a"))
                continue
            if kind in ("change", "growth") and subject is None and part_years is not None \
                    and len(_numbers(m.group("nums"))) == len(periods) and all(q in part_years.amounts for q in periods):
                # '…,同比分别变动-9.11%、19.66%、-7.22%' after the part's years: each year's growth on the part's year before
                for i, (q, (num, a, b)) in enumerate(zip(periods, self._spans(m, "nums", _numbers(m.group("nums"))))):
                    self.change(s, q, part_years, "同比", _direction_of(m, i), num, "%",
                                (a, b), listed=True)
                part_years = None
                continue
            if kind == "change" and subject is None and listed_items and len(periods) == 1:
                nums = _numbers(m.group("nums"))
                if len(nums) == len(listed_items) and not _range_after(text, end, m.group("unit")):
                    # '…费用率分别为…，同比变动-1.81/-0.8/+0.54pcts': one change per item named
                    for i, (item, (num, a, b)) in enumerate(zip(listed_items, self._spans(m, "nums", nums))):
                        own_unit = _UNIT_AFTER.match(text, b)  # '21.9%和3.1个百分点': each its own
                        unit = own_unit.group(1) if own_unit and b < m.end("nums") else m.group("unit")
                        self.change(s, periods[0], item, m.group("base"), _direction_of(m, i), num, unit, (a, b))
                    reached = _LIST_REACHED.match(text, end)  # '…0.32pct至0.57%、2.37%、1.27%和0.71%'
                    levels = _numbers(reached.group("nums")) if reached else []
                    if len(levels) == len(listed_items) and all(i.ratio for i in listed_items):
                        for item, (num, a, b) in zip(listed_items, self._spans(reached, "nums", levels)):
                            self.ratio_level(s, periods[0], item, figure_of(num), (a, b))
                        listed_items = []  # the levels are read: the list after 至 is not read again
                continue
            if kind == "change":
                if subject is None or _range_after(text, end, m.group("unit")):
                    continue  # no line item, or a range ('环比下降4%-6%': guidance, not a figure)
                nums = _numbers(m.group("nums"))
                if len(periods) == 1 < len(nums) and subject.ratio and "分别" in m.group(0):
                    # '销售毛利率为28.10%,归母净利率为10.55%,同比分别提升0.07个百分点和1.42个百分点': one change for
                    # each ratio whose level the sentence has just stated one by one, in order
                    # (not a pair of bases over one ratio: '期间费用率为10.60%,环比/同比分别+0.36/-0.13pct'; and nothing
                    # stated between the last level and the changes)
                    stated = [x for x in self.levels if x[1] == periods[0] and x[3][1] <= m.start()][-len(nums):]
                    if len(stated) == len(nums) and stated[-1][4] is subject and len({x[0] for x in stated}) == len(nums) \
                            and not re.search(r"\d|[同环]比\s*[/、和及]\s*[同环]比|同环比", text[stated[-1][3][1]:m.start("nums")]):
                        for i, (x, (num, a, b)) in enumerate(zip(stated, self._spans(m, "nums", nums))):
                            own_unit = _UNIT_AFTER.match(text, b)
                            unit = own_unit.group(1) if own_unit and b < m.end("nums") else m.group("unit")
                            self.change(s, periods[0], x[4], m.group("base"), _direction_of(m, i), num, unit, (a, b))
                        continue
                if periods and len(nums) == len(periods) + 1 and subject.concept and all(p[0] == "Y" and isinstance(p[1], int) for p in periods) \
                        and ("Y", periods[0][1] - 1) in spoken and self.amount_in_yuan(subject, ("Y", periods[0][1] - 1))[0] is not None:
                    # one growth more than the years just named, the first of the year before them the sentence named
                    # with its amount: '上调2025年营业收入预测为436亿元…维持2026~2027年营业收入预测为499/567亿元,
                    # 同比+17%/+14%/+14%'
                    periods = [("Y", periods[0][1] - 1)] + periods
                if len(periods) != len(nums):
                    continue  # one change over a span of years, or a list the periods do not match
                reached = _level_reached(text, end) if len(periods) == 1 and _POINT_UNITS.fullmatch(m.group("unit")) else None

                if m.group("base"):
                    said_base = (m.group("base"), tuple(periods))
                    if _POINT_UNITS.fullmatch(m.group("unit")):
                        said_points_base = said_base
                def changes(m=m, nums=nums, periods=periods, subject=subject):
                    for i, (p, (num, a, b)) in enumerate(zip(periods, self._spans(m, "nums", nums))):
                        self.change(s, p, subject, m.group("base"), _direction_of(m, i), num, m.group("unit"), (a, b),
                                    listed=len(nums) > 1)
                self.change_to_level(s, periods[0] if periods else None, subject, reached, changes)
                continue
            if kind == "year_ago":  # the year before's figure of the line, or of the ratio, the clause speaks of
                if subject is None or len(periods) != 1:
                    continue
                prior = year_before(periods[0])
                if m.group("year") and year_of_text(m.group("year")) != prior[1]:
                    continue  # another year's
                half = m.groupdict().get("half")
                if half and (prior[0], *prior[2:]) != _HALVES[half]:
                    continue  # another period's ('(2024年上半年:…)' beside a year's figure)
                unit, (a, b) = m.group("unit"), m.span("num")
                if subject.concept and re.fullmatch(MONEY_UNIT, unit):
                    self.amount(s, prior, subject, a, b, m.group("num"), unit)
                elif subject.ratio and unit == "%":
                    level = (figure_of(m.group("num")), ("text", s.page, s.start + a, s.start + b))
                    # judged as any level of that period is, on its amounts, before it stands as that period's level (judged
                    # after, it would be its own way): '毛利率下降至22.07%(2021年:35.50%)'
                    self.ratio_level(s, prior, subject, level[0], (a, b))
                    subject.levels[prior] = level
                    if _ratio_key(subject.ratio):
                        self.state_level(subject, prior, *level)
                said_base = said_points_base = ("同比", tuple(periods))
                continue
            if kind == "times_change":  # '同比增长2.1倍', '是上年的3.0倍': a growth as a multiple
                if subject is not None and subject.concept and len(periods) == 1:
                    self.times_change(s, periods[0], subject, m)
                continue
            if kind == "bare_points":  # '毛利率则减少3.3个百分点至40.3%': a ratio's move on the year before
                if subject is None or not subject.ratio or not (after_item or after_its_figure or after_year_ago) or len(periods) != 1:
                    continue
                # (on the base the sentence said for the same quarter's move in points before it: '2025Q3毛利率同比-0.3pct,…,
                # 归母净利润率+1.0pct'; a growth's base, '营收…同比增长0.35%', says nothing of a ratio's move)
                base_said = said_points_base[0] if said_points_base and said_points_base[1] == tuple(periods) else None
                if periods[0][0] not in ("Y", "H", "9M") and not base_said \
                        and not (self.quarter_bare_on_year and periods[0] == self.reported_quarter):
                    # a quarter's bare move may be on the quarter before: not judged; the level it went on
                    # to is the quarter's own ('25Q3归母净利率提升0.06个百分点至48.29%')
                    if reached := _level_reached(text, end):
                        self.ratio_level(s, periods[0], subject, figure_of(reached.group("num")),
                                         (reached.start("num"), reached.end("num")))
                    continue
                def move(m=m, p=periods[0], subject=subject, base=base_said or "同比"):
                    self.change(s, p, subject, base, m.group("dir"), m.group("num"), m.group("unit"),
                                (m.start("num"), m.end("num")))
                self.change_to_level(s, periods[0], subject, _level_reached(text, end), move)
                continue
            if kind in ("bare_change", "growth") and subject is None and listed_items and len(periods) == 1 \
                    and periods[0][0] in ("Y", "H", "9M") and len(_numbers(m.group("nums"))) == len(listed_items) \
                    and _ITEMS_TO_CHANGES.fullmatch(text, items_end, start) and not _range_after(text, end, "%"):
                # '营收、净利双降,降幅分别为2.65%、26.88%': one change for each line named, on the year before
                for i, (item, (num, a, b)) in enumerate(zip(listed_items, self._spans(m, "nums", _numbers(m.group("nums"))))):
                    self.change(s, periods[0], item, "同比", _direction_of(m, i), num, "%", (a, b))
                listed_items = []
                continue
            if kind == "bare_change":  # '2025-2026年营业收入增长29.2%/15.9%': on the year before, no 同比 said
                nums = _numbers(m.group("nums"))
                # (a quarter's bare change after one of the same quarter with its base says, on that base:
                # '第三季度收入环比下降了2.82%,净利润下降了16.98%')
                base_said = said_base[0] if said_base and said_base[1] == tuple(periods) else None
                # (or one with the year before's figure named after it in the sentence: '净利润大幅增长102.68%,…,
                # 去年同期亏损38.97亿元')
                if base_said is None and any(k == "year_before" for at, _, k, _ in kept if at >= end):
                    base_said = "同比"
                base = base_said or "同比"
                if (subject is None or not (after_item or after_its_figure or after_year_ago or after_will) or len(periods) != len(nums) or _range_after(text, end, "%")
                        or (not base_said and any(p[0] not in ("Y", "H", "9M") for p in periods)
                            and not (self.quarter_bare_on_year and periods == [self.reported_quarter]))
                        or _A_PLAN.search(text, max(0, start - 20), start)):
                    continue  # a quarter's bare change may be on the quarter before; a plan is no result
                for i, (p, (num, a, b)) in enumerate(zip(periods, self._spans(m, "nums", nums))):
                    self.change(s, p, subject, base, _direction_of(m, i), num, "%", (a, b), listed=len(nums) > 1)
                clause_item = clause_item or after_will  # (the amount it goes to is the line's: '…将增长15.4%至67亿元')
                continue
            if kind == "growth":  # '对应增速7.4%/12.1%/12.8%': year on year, one per period
                nums = _numbers(m.group("nums"))
                if subject is None or len(periods) != len(nums):
                    continue
                fall = m.groupdict().get("dir")  # ('降幅为5%': down)
                for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
                    self.change(s, p, subject, "同比", fall, num, "%", (a, b), listed=len(nums) > 1)
                continue
            if kind == "change_after":  # '(+21.5% YoY, +3.5% QoQ)'
                if subject is not None and len(periods) == 1:
                    self.change(s, periods[0], subject, m.group("base"), None, m.group("num"), m.group("unit"),
                                (m.start("num"), m.end("num")))
                continue
            if kind == "change_amount":  # '同比增加7.00亿元': the amount less the base period's
                if subject is not None and subject.concept and len(periods) == 1:
                    self.amount_change(s, periods[0], subject, m)
                continue
            if kind == "change_pair":  # '同比/环比分别增长21.5%/3.5%'
                if subject is not None and len(periods) == 1 and not _range_after(text, end, m.group("unit")):
                    for base_word, group, direction in (("同比", "n1", m.group("dir")),
                                                        ("环比", "n2", m.group("dir2") or m.group("dir"))):
                        self.change(s, periods[0], subject, base_word, direction, m.group(group), m.group("unit"),
                                    (m.start(group), m.end(group)))
        self.named_periods.update(spoken)
        return next(iter(spoken)) if len(spoken) == 1 else None

    @staticmethod
    def _spans(m: re.Match, group: str, nums: list[str]) -> list[tuple[str, int, int]]:
        """Each number of a list with its place in the sentence."""
        if isinstance(m, _Spread):
            return list(m.figures)
        out, at = [], m.start(group)
        for n in nums:
            i = m.string.index(n, at)
            out.append((n, i, i + len(n)))
            at = i + len(n)
        return out

    # ---------------------------------------------------------------- claims
    def add(self, s: Sentence, at: tuple[int, int], formula: str, inputs: dict, reported, exact, unit, verdict,
            note: str = "", cells: Optional[list] = None) -> None:
        self.checks.append(self.check(s, at, formula, inputs, reported, exact, unit, verdict, note, cells))

    @staticmethod
    def check(s: Sentence, at: tuple[int, int], formula: str, inputs: dict, reported, exact, unit, verdict,
              note: str = "", cells: Optional[list] = None) -> dict:
        """A check of the figure at `at` in sentence `s` (the sentence's offsets), not yet added."""
        a, b = at
        while a < b and s.text[a] in " \t":
            a += 1  # (a figure whose minus a digest set apart is marked from its digits: '- 【12.1】%')
        check = make(marked(s.text, a, b).strip(), s.page, formula, inputs, reported, exact, unit, verdict, note,
                     cells=[*(cells or []), ("text", s.page, s.start + a, s.start + b)])
        check["_at"] = s.start + a
        return check

    def amount(self, s: Sentence, p: Period, subject: Subject, a: int, b: int, num: str, unit: str,
               listed: bool = False) -> None:
        """An amount the sentence states, against the table's figure for its item and period.
        A lone figure more than twice or under half the table's, with no slip of units to
        explain it, is taken to be said of something else (a segment, another company); a
        figure of a list over the years (分别为a/b/c) is the item's, whatever its size."""
        if _RANGE_BEFORE.search(s.text, max(0, a - 16), a):
            return  # the end of a range ('营收约介于318至330亿美元之间'): a guidance, no figure of the period
        scale, currency = money_scale(unit)
        printed = figure_of(num)
        in_yuan = printed.times(scale)
        subject.amounts[p] = (in_yuan, currency, ("text", s.page, s.start + a, s.start + b))
        first = self.restated_at_a_power_of_ten(s, (a, b), subject, p, printed, scale, currency, unit)
        if first is not None:
            subject.amounts[p] = first  # (the slip judged a mismatch; the first statement stays the period's figure)
        self.state((subject.concept, p), subject.amounts[p])
        self.stated_words.setdefault((subject.concept, p), set()).add(subject.word)
        if not self.period_carried:
            self.named_keys.add((subject.concept, p))
        tables = [self.table_amount(subject.concept, p)]
        if subject.concept == "net_profit":  # prose 净利润 is as often the parent's share
            tables.append(self.table_amount("parent_np", p))
        # a bare scale ('82/101/118亿', no 元) is in the currency the report keeps its accounts in
        tables = [t for t in tables if t is not None and (kept := money_scale(t.unit)[1]) and kept == (currency or kept)]
        if not tables:
            if listed and not self.period_carried:
                self.restated_list(s, p, subject, (a, b), printed, scale, currency, unit)
            return  # a figure the tables do not print: nothing to recompute but its own restating
        results = []
        for t in tables:
            factor = money_scale(t.unit)[0] / scale
            verdict, exact = judge_formula(lambda x: x * factor, [t.printed], printed)
            results.append((verdict, exact, t))
        verdict, exact, t = next((r for r in results if r[0] != "mismatch"), results[0])
        note = calc.cause(verdict, exact, printed, money=True) if exact is not None else ""
        if verdict == "mismatch" and squash(subject.word) != squash(t.item) and _narrower(subject):
            # '主营业务收入' beside a table's 营业收入: an annual report's main business alone
            # (line_items.json _narrower) — no figure of the table's line
            subject.doubtful = True
            return
        if verdict == "mismatch" and not listed and not note and exact and not (Decimal("0.5") <= printed.value / exact <= 2):
            # more than twice or under half the table's, and no slip of units: said of something
            # else, or of another period than the sentence names ('2025年一季报…营收42亿元' read as
            # the year): the changes the sentence gives for it are not judged either
            subject.doubtful = True
            return
        if verdict == "mismatch" and subject.concept == "net_profit" and t.concept == "parent_np" and not note:
            # a sentence's 净利润 where the tables print only 归母: it may be the whole company's
            verdict, note = "unverifiable", "the tables print only 归母净利润; the sentence's 净利润 may be the whole company's"
        self.add(s, (a, b), f"{subject.word} {name_of(p)} restated from the table on p.{t.page}",
                 {f"{t.item} {t.period} ({t.unit})": t.printed}, printed, exact, unit, verdict, note, cells=[t])

    def bases_listed(self, s: Sentence, p: Period, subject: Subject, m: re.Match) -> None:
        """The figures a clause lists for the subject's quarter before and year before, after its own: each an
        amount (or a ratio's level) of that period, an input for the changes stated after them."""
        for word, num, unit in (("first", "a", "ua"), ("second", "b", "ub")):
            base = year_before(p) if "年" in m.group(word) else period_before(p)
            unit_word = m.group(unit) or m.group("ub")
            if base is None or base == p:
                continue
            if subject.ratio and unit_word == "%":
                self.level_of(s, subject, base, figure_of(m.group(num)), m.span(num))
            elif subject.concept and unit_word != "%":
                self.amount(s, base, subject, *m.span(num), m.group(num), unit_word)

    def restated_list(self, s: Sentence, p: Period, subject: Subject, at: tuple[int, int], printed: Printed,
                      scale: Decimal, currency: Optional[str], unit: str) -> None:
        """A list's figure for a line and period an earlier list in the text stated too, against
        that one: one figure in two units ('150.46亿元' and '15,046百万元'), its digits kept as far
        as the coarser prints them. Lists only, each naming its periods: a lone figure stated twice
        differently is as often of something else, and is no input instead (`state`)."""
        key, cell = (subject.concept, p), ("text", s.page, s.start + at[0], s.start + at[1])
        first = self.listed_first.get(key)
        if first is None:
            self.listed_first[key] = (printed, scale, currency, cell, unit)
            return
        earlier, earlier_scale, earlier_currency, earlier_cell, earlier_unit = first
        if not same_money(earlier_currency, currency) or earlier_cell == cell:
            return
        factor = earlier_scale / scale
        verdict, exact = judge_formula(lambda x: x * factor, [earlier], printed)  # (either may be the coarser)
        note = calc.cause(verdict, exact, printed, money=True) if exact is not None else ""
        self.add(s, at, f"{subject.word} {name_of(p)} restated from an earlier list",
                 {f"{subject.word} {name_of(p)} ({earlier_unit})": earlier}, printed, exact, unit, verdict, note,
                 cells=[earlier_cell])

    def restated_at_a_power_of_ten(self, s: Sentence, at: tuple[int, int], subject: Subject, p: Period, printed: Printed,
                                   scale: Decimal, currency: Optional[str], unit: str) -> Optional[tuple]:
        """A line's amount the text states again for the same period at ten, a hundred or a thousand times the first
        ('毛利为人民币405.80亿元' … '毛利润约人民币40.58亿元'): one figure with a slip of its unit — a lone figure stated
        twice otherwise differently is as often of something else, and is left to `state`. Returns the first
        statement (amount, currency, cell) where this one is its slip."""
        cell = ("text", s.page, s.start + at[0], s.start + at[1])
        known = self.amount_first.setdefault((subject.concept, p), (printed.times(scale), currency, cell))
        if known[2] == cell or not same_money(known[1], currency):
            return None
        earlier, in_yuan = known[0], printed.times(scale)
        if not earlier.value or not in_yuan.value or len(_digits(in_yuan.value)) < 3 \
                or _digits(earlier.value) != _digits(in_yuan.value) or earlier.value == in_yuan.value:
            return None  # (a slip of the unit keeps every digit; a figure that only rounds so may be another's)
        factor = in_yuan.value / earlier.value
        self.slipped[(subject.concept, p)] = ((in_yuan, currency, cell), f"{s.text[at[0]:at[1]]}{unit}")
        self.add(s, at, f"{subject.word} {name_of(p)} restated", {f"{subject.word} {name_of(p)} as first stated": earlier},
                 printed, earlier.value / scale, unit, "mismatch",
                 f"the same figure as first stated, at {factor.normalize():f} times: a slip of its unit", cells=[known[2]])
        return known

    def restated_growth(self, s: Sentence, at: tuple[int, int], subject: Subject, key: tuple, printed: Printed,
                        cell: tuple, listed: bool) -> None:
        """A growth a sentence states again for a line and period it names, against the first
        statement of it in this reading ('营收同比+21.48%' … '(营收/净利润+21%/+20%)'): the same
        figure as far as the coarser prints it. Two that differ are a mismatch only where both stand
        in lists over periods (a forecast's growths printed twice, '增速分别为20.8%、20.2%…' and
        '增长率分别为…') or each beside the same amount of the line (a summary's sentence printed again in the
        body); else `unverifiable`: a lone growth is told of its line by fewer words than an amount, and the
        other is as often a segment's under a heading or on another basis."""
        stated = subject.amounts.get(key[1])
        amount = stated[0] if stated else None  # the line's amount the sentence states with the growth
        first = self.growth_first.setdefault(key, (printed, cell, listed, amount))
        if first[1] == cell:
            return
        verdict, exact = judge_formula(lambda x: x, [first[0]], printed)  # (either may be the coarser)
        note = "the same growth stated earlier in the text"
        # (each stated beside the same amount of the line — a summary's sentence printed again in the body:
        # '归母净利润22.94亿元，同比增长39.37%' twice — is one growth of one figure, whatever else is said)
        one_figure = amount is not None and first[3] is not None and (
            calc.rounds_to(amount.value, first[3], "nearest") or calc.rounds_to(first[3].value, amount, "nearest"))
        if verdict == "mismatch" and not (listed and first[2]) and not one_figure:
            verdict, note = "unverifiable", f"stated earlier as {first[0].value}%: one of the two may be a part's or on another basis"
        elif verdict == "mismatch" and one_figure:
            note = "stated earlier beside the same amount of the line: one growth of one figure"
        self.add(s, at, f"{subject.word} 增速 {name_of(key[1])} restated", {"the growth first stated (%)": first[0]},
                 printed, exact, "%", verdict, note, cells=[first[1]])

    def _carried_wrongly(self, key: tuple) -> bool:
        """Whether an amount stated only for periods carried from before is stated of the same
        line for another period named (`named_keys`): the figure is that period's."""
        if key in self.named_keys:
            return False
        value = self.stated[key][0].value
        return any(k[0] == key[0] and k != key and k in self.named_keys and v is not None and v[0].value == value
                   for k, v in self.stated.items())

    def state(self, key: tuple, value: tuple) -> None:
        """Learn an amount a sentence states (value: Printed, currency word, cell). Two values
        are one figure where the coarser is the finer as printed ('营收288.8亿元' and '营业收入
        288.76亿元'): the finer is kept; two different values make neither an input elsewhere (in another
        currency, the later is the same figure translated: the first is kept)."""
        known = self.stated.get(key, value)
        if key not in self.stated:
            self.stated[key] = value
            return
        if known is not None and known[1] != value[1] and known[1] and value[1]:
            return  # one figure in two currencies ('營收9,899.2億元' … '以美元計算達331.0億美元'): the first kept
        if known is not None and known[1] != value[1] and not (known[1] and value[1]):
            # a bare scale ('25.27亿6.13亿…', no 元 said) beside the same figure in 元: one currency, the one said
            word = known[1] or value[1]
            known, value = (known[0], word, known[2]), (value[0], word, value[2])
        if known is None or known[1] != value[1]:
            self.stated[key] = None
            return
        fine, coarse = sorted((known, value), key=lambda v: v[0].step)
        self.stated[key] = fine if calc.rounds_to(fine[0].value, coarse[0], "nearest") else None

    def restated_per_share(self, s: Sentence, p: Period, printed: Printed, at: tuple[int, int],
                           concept: str = "eps") -> None:
        """A stated EPS (BVPS) against the table's; an EPS no table prints, from profit over shares."""
        t = self.table_row(concept, p)
        if t is None:
            if concept == "eps":
                self.eps_on_shares(s, p, printed, at)
            return
        verdict, exact = judge_formula(lambda x: x, [t.printed], printed)
        word = {"eps": "每股收益", "bvps": "每股净资产"}[concept]
        self.add(s, (at[0] - s.start, at[1] - s.start), f"{word} {name_of(p)} restated from the table on p.{t.page}",
                 {f"{t.item} {t.period}": t.printed}, printed, exact, "元", verdict, cells=[t])

    def eps_on_shares(self, s: Sentence, p: Period, printed: Printed, at: tuple[int, int]) -> None:
        """A stated EPS no table prints: the period's 归母净利润 (a table's or a sentence's) over the
        first page's 总股本 (or the sentence's); a period before the report's, or the report's own, may be on
        its weighted count, excused as the market family excuses a reported year's (market.share_count_excuse)."""
        shares = self.doc.meta.market.get("总股本")
        if shares is not None and share_scale(shares.unit) is not None:
            printed_count, unit = Printed.of(shares.printed), shares.unit
        else:  # (or the count the sentence states: '归母净利润9.00亿元,总股本15.00亿股,对应EPS为0.60元', any period's)
            stated = _SHARES_STATED.search(s.text, 0, at[0] - s.start)
            if stated is None:
                return
            printed_count, unit = figure_of(stated.group("num").replace(",", "")), stated.group("unit")
        profit, cells, word = self.amount_in_yuan(Subject("归母净利润", concept="parent_np"), p)
        if profit is None or word != "元":
            return
        count = printed_count.times(share_scale(unit))
        verdict, exact = judge_formula(lambda n, c: n / c, [profit, count], printed)
        # a year before the report's, or the report's own (its EPS on the weighted count of a year under way:
        # 圆通's 2024 EPS 1.26 in a note of 2024-11, 4,321 ÷ 3,445.39 = 1.254 on the year-end count)
        year = int(self.doc.meta.date[:4]) if self.doc.meta.date else (self.published_year or self.opening_year)
        reported = year is not None and p[1] <= year
        named_basic = bool(_WEIGHTED_EPS.search(s.text[:at[0] - s.start]))  # '基本每股收益0.94元'
        note = share_count_excuse(verdict, exact, printed, not reported, printed_count, named_basic) or ""
        verdict = "unverifiable" if note else verdict
        self.add(s, (at[0] - s.start, at[1] - s.start), f"每股收益 {name_of(p)} = 归母净利润 ÷ 总股本",
                 {f"归母净利润 {name_of(p)} (元)": profit, f"总股本 ({unit})": printed_count},
                 printed, exact, "元", verdict, note, cells=cells)

    def change(self, s: Sentence, p: Period, subject: Subject, base_word: str, direction: Optional[str], num: str,
               unit: str, at: tuple[int, int], listed: bool = False) -> None:
        """A change of the subject in period `p` against the period its base word names
        (`_base_period`), in percent or in points; `listed` where it is one of a list over periods
        ('增速分别为20.8%、20.2%、19.6%')."""
        if subject.doubtful:
            return
        printed = signed_by(figure_of(num), direction)
        points = unit != "%"
        printed = _in_points(printed, unit)
        base = _base_period(p, base_word)
        what = f"{subject.word} {name_of(p)}"
        if base is None:
            self.add(s, at, "change against the period before", {}, printed, None, unit, "unverifiable",
                     f"环比 needs the period just before {name_of(p)}, which "
                     f"{'a cumulative figure' if p[0] == '9M' else 'a year'} does not have")
            return
        if subject.ratio:
            nows, ambiguous = self.ratio_values(subject, p)
            befores, _ = self.ratio_values(subject, base)
            nows, befores = nows or self.level_stated(subject, p), befores or self.level_stated(subject, base)
            if nows and not befores:
                befores = self.ratio_base_by_growths(subject, p, base, nows)
            formula = f"{subject.word} {name_of(p)} − {subject.word} {name_of(base)}"
            if not nows or not befores:
                if not ambiguous or (nows or befores):
                    self.add(s, at, formula, {}, printed, None, unit, "unverifiable",
                             _missing(subject.word, p if not nows else None, base if not befores else None))
                return
            results = []
            # the level as printed beside the base by a definition whose amounts reach that level within their
            # rounding ('扣非净利率' 5.75% beside 2.23 ÷ 38.87 = 5.737%; '净利率' 4.95% beside 归母 0.22 ÷ 4.41 = 4.99%):
            # one ratio's two levels, if the definition is the report's — so they may confirm a move, never refute it
            reaching = {w.definition for w in nows if w.definition != "printed"}
            for now in nows:
                for before in befores:
                    if "printed" not in (now.definition, before.definition) and now.definition != before.definition:
                        continue  # one definition for both periods
                    if before.definition in now.refuted or now.definition in before.refuted:
                        # ('净利率5.56%' where 归母 6.84 ÷ 124.67 = 5.49%: the whole profit's, beside a base by the parent's)
                        continue
                    named = now.definition == "printed" and before.definition in reaching and before.pinned
                    if (now.implied or before.implied) and (now.definition != before.definition
                                                            or not (now.pinned and before.pinned)) and not named:
                        # a level had from implied amounts only beside the other period's by the same
                        # definition, one that reproduces what the report prints (净利率 15.93% beside
                        # 归母 1.57 ÷ 9.89 = 15.87% is another profit's: its base is not 归母's)
                        continue
                    lo, hi = now.lo - before.hi, now.hi - before.lo
                    if now.figure is not None and before.figure is not None:
                        lo, hi = formula_range(lambda x, y: x - y, [now.figure, before.figure]) or (lo, hi)
                    # (or the levels as the report prints them, each rounded to the change's places:
                    # '研发费用率5.32%,同比上升0.27pct' over 5.323 − 5.047, i.e. 5.32 − 5.05)
                    step = printed.step
                    lo = min(lo, calc.rounded_to(now.lo, step) - calc.rounded_to(before.hi, step))
                    hi = max(hi, calc.rounded_to(now.hi, step) - calc.rounded_to(before.lo, step))
                    ways = [("points", now.value - before.value, lo, hi)]
                    if not points:  # '毛利率同比提升8.91%': points or a relative change, the words do not say
                        try:
                            rel = [(x / y - 1) * HUNDRED for x in (now.lo, now.hi) for y in (before.lo, before.hi)]
                            ways.append(("relative", (now.value / before.value - 1) * HUNDRED, min(rel), max(rel)))
                        except (ZeroDivisionError, ArithmeticError):
                            pass
                    for way, exact, lo, hi in ways:
                        results.append((calc.judge_within(exact, lo, hi, printed), way, exact, now, before))
            if not results:
                self.add(s, at, formula, {}, printed, None, unit, "unverifiable",
                         f"no one definition gives both levels (tried {'; '.join(w.how for w in nows + befores)})")
                return
            verdict, way, exact, now, before = next((r for r in results if r[0] != "mismatch"), results[0])
            # how each level was had: one definition for both says it once
            note = now.how if now.how == before.how else f"{name_of(p)}: {now.how}; {name_of(base)}: {before.how}"
            note = f"{subject.word} = {note}" if now.how == before.how and now.how else note
            if verdict == "mismatch" and ambiguous:
                verdict, note = "unverifiable", f"no common definition reproduces it (tried {'; '.join(n.how for n in nows)})"
            elif verdict == "mismatch" and before.implied and _ratio_key(subject.ratio) == "net_margin" \
                    and abs(printed.value - exact) <= MINORITY_SHARE * abs(before.value):
                # a name of several definitions ('净利率': the whole profit's or the parent's) pinned by this period's
                # printed level only: the year before's base, implied from the parent's growth, is the parent's, and the
                # whole profit then may have differed by a minority's share (劲仔 25Q1-3 净利率9.57% = 1.73 ÷ 18.08, its
                # move −2.67pct against −2.56 on the parent's growths) — a gap such a share explains refutes nothing
                verdict = "unverifiable"
                note = (f"{note}; gives {exact:.2f}, but the base level is not printed and the name has several "
                        f"definitions: a minority's share of the year before's profit would explain the gap")
            elif verdict == "mismatch" and now.definition == "printed" and before.implied \
                    and before.definition in reaching and not any(w.pinned for w in nows if w.definition != "printed"):
                # the printed level beside a base by the name's one definition: the amounts reach the level only within
                # their rounding (17.23% beside 19.22 ÷ 111.60 = 17.222%), so it may be another profit's — it confirms,
                # never refutes
                verdict = "unverifiable"
                note = f"{note}; gives {exact:.2f}, but the printed level is the definition's only within rounding"
            elif verdict == "mismatch" and (now.implied or before.implied) and "扣非" in now.definition + before.definition:
                # a 扣非 margin's base implied by growths mixes two years: a merger restates the year-earlier
                # revenue the growth runs from, but 扣非 leaves out the merged company's profit before the
                # merger, so its growth runs from the year as first reported (北方华创 25Q1-3: 营收+32.97% on a
                # restated 205.3亿, the margin's change −2.27pct on 203.5亿) — such a base confirms, never refutes
                verdict = "unverifiable"
                note = f"{note}; gives {exact:.2f}, but a restated year's revenue may be the growth's base: the base level is not printed"
            if way == "relative":
                formula = f"({subject.word} {name_of(p)} ÷ {subject.word} {name_of(base)} − 1) × 100"
            self.add(s, at, formula, {f"{subject.word} {name_of(p)}": now.value, f"{subject.word} {name_of(base)}": before.value},
                     printed, exact, "pct" if way == "points" else "%", verdict, note, cells=now.cells + before.cells)
            return
        if points:
            return  # points of an amount: not a figure this family reads
        plain = plain_growth(s.text, at[0])
        if subject.concept and plain:
            key, cell = (subject.concept, p, base), ("text", s.page, s.start + at[0], s.start + at[1])
            known = self.growths.get(key, (printed, cell))
            # one growth stated twice, the coarser the finer rounded ('同比+21.48%' … '营收+21%'): the finer
            fine, coarse = sorted((known, (printed, cell)), key=lambda v: v[0].step) if known else (None, None)
            self.growths[key] = fine if known and calc.rounds_to(fine[0].value, coarse[0], "nearest") else None
            # (a carried period may not be the sentence's own — unless the text names only that one, or it is the report
            # the text is a digest of: a digest's bullets)
            if not self.period_carried or (p is not None and p in (self.only_period, self.published_report)):
                self.restated_growth(s, at, subject, key, printed, cell, listed)
        now, now_cells, now_cur = self.amount_in_yuan(subject, p)
        before, before_cells, before_cur = self.amount_in_yuan(subject, base)
        formula = f"({what} ÷ {subject.word} {name_of(base)} − 1) × 100"
        if (now is None or before is None) and self._parent_for_bare_profit(s, at, subject, p, base, printed):
            return
        if now is None or before is None:
            if now is not None and subject.concept and plain:
                self.implied_base(s, subject, base, now, now_cur, now_cells, printed, at)
            self.add(s, at, formula, {}, printed, None, "%", "unverifiable",
                     _missing(subject.word, p if now is None else None, base if before is None else None))
            return
        if not same_money(now_cur, before_cur):
            self.add(s, at, formula, {}, printed, None, "%", "unverifiable",
                     f"{name_of(p)} in {now_cur}, {name_of(base)} in {before_cur}: needs a rate")
            return
        others = self.prose_currencies.get(subject.concept, set()) - {now_cur, ""}
        if p not in subject.amounts and others:
            self.add(s, at, formula, {}, printed, None, "%", "unverifiable",
                     f"the sentence names no amount, and the report states {subject.word} in {'/'.join(sorted(others))} "
                     f"as well as the tables' {now_cur}: which currency's growth it is, it does not say")
            return
        reading, verdict, exact = judge_growth(now, before, printed)
        formula = reading.format(now=what, before=f"{subject.word} {name_of(base)}")
        if verdict == "mismatch" and subject.concept == "net_profit":
            parent = Subject("归母净利润", concept="parent_np")
            n2, c2, _ = self.amount_in_yuan(parent, p)
            b2, d2, _ = self.amount_in_yuan(parent, base)
            if n2 is not None and b2 is not None:
                v2, e2 = judge_formula(growth_pct, [n2, b2], printed)
                if v2 != "mismatch":
                    verdict, exact, now_cells, before_cells = v2, e2, c2, d2
        note = ""
        if verdict == "mismatch" and _narrower(subject) \
                and any(self.table_amount(subject.concept, q) is not None or self.stated_words.get((subject.concept, q)) != {subject.word}
                        for q in (p, base)):
            # '主营业务收入同比增长23%' over amounts stated as 营业收入: the main business alone may have grown so
            verdict, note = "unverifiable", (f"{subject.word} may be a part of the line whose amounts these are "
                                             f"(line_items.json _narrower); its own amounts are not printed")
        if verdict == "mismatch":
            note = self._holds_on_a_slip(p, [now, before], lambda xs: next(
                (v for v in (judge_formula(fn, xs, printed)[0] for _, fn in growth_readings(xs[1].value)) if v != "mismatch"),
                "mismatch"))
            verdict = "unverifiable" if note else verdict
        self.add(s, at, formula, {f"{what}": now, f"{subject.word} {name_of(base)}": before}, printed, exact, "%",
                 verdict, note, cells=now_cells + before_cells)

    def _parent_for_bare_profit(self, s: Sentence, at: tuple[int, int], subject: Subject, p: Period, base: Period,
                                printed: Printed) -> bool:
        """A bare 净利润's growth ('营收、净利双降,降幅分别为2.65%、26.88%') in a text that states no 净利润 of its own,
        only the parent's: news says 净利 for 归母净利润 as often as not, so the parent's amounts may confirm
        it — never refute it (the whole profit, minorities' share in it, may have moved otherwise). Whether
        it judged the growth."""
        if subject.concept != "net_profit" or self.prints_net_profit \
                or any(k[0] == "net_profit" and v is not None for k, v in self.stated.items()):
            return False
        parent = Subject("归母净利润", concept="parent_np")
        now, now_cells, now_cur = self.amount_in_yuan(parent, p)
        before, before_cells, before_cur = self.amount_in_yuan(parent, base)
        if now is None or before is None or not same_money(now_cur, before_cur):
            return False
        verdict, exact = judge_formula(growth_pct, [now, before], printed)
        what, was = f"{subject.word} {name_of(p)}", f"{subject.word} {name_of(base)}"
        note = "净利润 read as the parent's (归母净利润), the only profit the text states"
        if verdict == "mismatch":
            verdict, note = "unverifiable", (f"净利润 is not stated; the parent's (归母净利润) gives {exact:.2f}, and the whole "
                                             f"profit, minorities' share in it, may have moved otherwise")
        self.add(s, at, f"({what} ÷ {was} − 1) × 100", {what: now, was: before}, printed, exact, "%", verdict, note,
                 cells=now_cells + before_cells)
        return True

    def times_change(self, s: Sentence, p: Period, subject: Subject, m: re.Match) -> None:
        """A growth stated as a multiple of the year before: '是上年的3.0倍' is now ÷ before; '增长2.1倍' is
        strictly (now ÷ before − 1) and loosely written for now ÷ before — both tried, the one that
        reproduces named, a mismatch only where neither does."""
        if subject.doubtful:
            return
        base = year_before(p)
        printed, at = figure_of(m.group("num")), (m.start("num"), m.end("num"))
        now, now_cells, now_cur = self.amount_in_yuan(subject, p)
        before, before_cells, before_cur = self.amount_in_yuan(subject, base)
        what, was = f"{subject.word} {name_of(p)}", f"{subject.word} {name_of(base)}"
        if now is None or before is None or before.value <= 0:
            self.add(s, at, f"{what} ÷ {was}", {}, printed, None, "倍", "unverifiable",
                     _missing(subject.word, p if now is None else None, base if before is None else None))
            return
        if not same_money(now_cur, before_cur):
            return
        ways = [(f"{what} ÷ {was}", lambda x, y: x / y)]
        if not m.group("of"):  # '增长2.1倍': the rise over the base, and as often the multiple itself
            ways.insert(0, (f"{what} ÷ {was} − 1", lambda x, y: x / y - 1))
        judged = [(formula, *judge_formula(fn, [now, before], printed)) for formula, fn in ways]
        formula, verdict, exact = next((j for j in judged if j[1] != "mismatch"), judged[0])
        note = "增长…倍 read as the multiple itself (loosely written)" if len(ways) == 2 and formula == ways[1][0] else ""
        self.add(s, at, formula, {what: now, was: before}, printed, exact, "倍", verdict, note, cells=now_cells + before_cells)

    def amount_change(self, s: Sentence, p: Period, subject: Subject, m: re.Match) -> None:
        """A change in amount ('同比增加7.00亿元'): the period's amount less the same period a year
        before (同比) or the period just before (环比), in the sentence's unit."""
        if subject.doubtful:
            return
        base = _base_period(p, m.group("base"))
        scale, currency = money_scale(m.group("unit"))
        printed = figure_of(m.group("num"))
        if re.fullmatch(f"{DOWN}|少增|增亏", m.group("dir")):
            printed = printed.signed(-1)
        at = (m.start("num"), m.end("num"))
        if base is None:
            return
        formula = f"{subject.word} {name_of(p)} − {subject.word} {name_of(base)}"
        now, now_cells, now_cur = self.amount_in_yuan(subject, p)
        implied = self.amount_in_yuan(subject, base)[0] is None  # the base only a growth gives, if any
        before, before_cells, before_cur = self.amount_in_yuan(subject, base, implied=True)
        if now is None or before is None:
            self.add(s, at, formula, {}, printed, None, m.group("unit"), "unverifiable",
                     _missing(subject.word, p if now is None else None, base if before is None else None))
            return
        if not (now_cur == before_cur == currency):
            return  # another currency's amounts: not this change
        verdict, exact = judge_formula(lambda x, y: (x - y) / scale, [now, before], printed)
        note = calc.cause(verdict, exact, printed, money=True) if exact is not None else ""
        if implied:
            note = "; ".join(x for x in (note, f"{name_of(base)} implied by {name_of(p)}'s amounts and their growth") if x)
        self.add(s, at, formula, {f"{subject.word} {name_of(p)} (元)": now, f"{subject.word} {name_of(base)} (元)": before},
                 printed, exact, m.group("unit"), verdict, note, cells=now_cells + before_cells)

    def ratio_sum(self, s: Sentence, m: re.Match) -> None:
        """'销售费用率28.0%，管理费用率8.0%，研发费用率12.0%，三费合计48.0%': the expense ratios the
        sentence has just stated for one period, summed (as many as 三/四 says, where it says)."""
        stated = [x for x in self.levels if x[0].endswith("费用率")]
        if not stated:
            return
        period = stated[-1][1]
        parts = [x for x in stated if x[1] == period]
        wanted = {"三": 3, "四": 4}.get(m.group("n") or "")
        if len(parts) < 2 or (wanted and len(parts) != wanted):
            return
        printed = figure_of(m.group("num"))
        verdict, exact = calc.judge_sum([x[2] for x in parts], printed)
        self.add(s, (m.start("num"), m.end("num")), " + ".join(f"{x[0]} {name_of(period)}" for x in parts),
                 {f"{x[0]} {name_of(period)}": x[2] for x in parts}, printed, exact, "%", verdict,
                 cells=[("text", s.page, s.start + x[3][0], s.start + x[3][1]) for x in parts])

    def change_to_level(self, s: Sentence, p: Optional[Period], subject: Subject, reached: Optional[re.Match],
                        changes) -> None:
        """A ratio's change in points that goes on to the level it reached ('毛利率同比提升3.1个百分点至
        23.1%'): the level judged first, then the change (`changes`), that level pinning which of the
        ratio's definitions is the report's — or, where no amounts give the level, standing as the
        level the change is taken from; without a level, the change alone."""
        if reached is None or p is None or not subject.ratio:
            changes()
            return
        level, at = figure_of(reached.group("num")), (reached.start("num"), reached.end("num"))
        read = subject.levels.get(p, (None, None))[1] == ("text", s.page, s.start + at[0], s.start + at[1])
        if not read:  # (a level read already, '归母净利率-7.1pct至23.1%' as _LEVEL reads it, is judged once)
            self.ratio_level(s, p, subject, level, at)  # judged before it is a reference
        if not read and not self.ratio_from_amounts(subject, p)[0]:
            # no amounts give the level: the change is taken from the level the sentence states, as
            # from '毛利率为30.0%，同比提升2.0个百分点' (where amounts give it, they pin the definition)
            self.level_of(s, subject, p, level, at)
        subject.pins[p] = level
        changes()
        subject.pins.pop(p, None)

    def level_of(self, s: Sentence, subject: Subject, p: Period, printed: Printed, at: tuple[int, int]) -> None:
        """A ratio's level the sentence states for `p` at `at` (the sentence's offsets): the subject's for the
        changes after it, and the report's for other sentences (`state_level`)."""
        subject.levels[p] = (printed, ("text", s.page, s.start + at[0], s.start + at[1]))
        self.state_level(subject, p, *subject.levels[p])

    def state_level(self, subject: Subject, p: Period, printed: Printed, cell: tuple) -> None:
        if self.period_carried:
            return  # a level for a period its sentence or bullet does not name: no reference elsewhere
        key = (_level_key(subject.ratio), p)
        known = self.stated_levels.get(key, (printed, cell))
        self.stated_levels[key] = (printed, cell) if known is not None and known[0].value == printed.value else None

    def level_stated(self, subject: Subject, p: Period) -> list[Way]:
        """A ratio's level for `p` as a sentence of the report states it (`stated_levels`), as a way."""
        stated = self.stated_levels.get((_level_key(subject.ratio), p))
        if stated is None:
            return []
        level, cell = stated
        return [Way.printed(level, cell, f"{subject.word} {name_of(p)} as the report states it")]

    def ratio_level(self, s: Sentence, p: Period, subject: Subject, printed: Printed, at: tuple[int, int]) -> None:
        self.levels.append((subject.word, p, printed, at, subject))
        if _OF_A_YEAR.fullmatch(subject.ratio or "") and p[0] != "Y":
            return  # a payout ratio is a year's: one carried to a quarter ('分红率为99.94%' after 25Q1's lines) is misread
        ways, ambiguous = self.ratio_values(subject, p)
        if not ways:
            return
        results = [(calc.judge_within(w.value, w.lo, w.hi, printed), w) for w in ways]
        verdict, way = next((r for r in results if r[0] != "mismatch"), results[0])
        note = ""
        if verdict == "mismatch" and ambiguous:
            verdict, note = "unverifiable", f"no common definition reproduces it (tried {'; '.join(w.how for w in ways)})"
        if verdict == "mismatch" and (slipped := self.on_a_slipped_amount(subject, p, printed)):
            verdict, note = "unverifiable", slipped
        if verdict == "mismatch" and p[0] == "Q" and p[2] > 1:
            # a quarter's level the year to date's amounts give: filings' digests write '2025年三季度,公司期间费用为6.96亿元…
            # 期间费用率为7.77%' of the nine months (6.96 ÷ 89.58); which one is meant is not said
            whole = differences(p)[0][0]  # (the year to date the quarter ends: H1, 前三季度, the year)
            if any(calc.judge_within(v, v, v, printed) != "mismatch" for v in self._to_date_values(subject, p, whole)):
                verdict, note = "unverifiable", f"{name_of(whole)}'s amounts give it: the quarter named may be the year to date"
        self.add(s, at, way.how, {f"{subject.word} {name_of(p)}": way.value}, printed, way.value, "%", verdict, note,
                 cells=way.cells)

    def on_a_slipped_amount(self, subject: Subject, p: Period, printed: Printed) -> str:
        """Where a ratio's amount was stated twice at a slip of its unit ('收入为人民币249.96亿元' … '24.996亿元'), the
        first taken: whether the ratio holds on the other (which of the two is right the text does not say) — a note
        saying so, else ''."""
        for key, (slipped, words) in self.slipped.items():
            if key[1] != p or not self.stated.get(key):
                continue
            first = self.stated[key]
            self.stated[key] = slipped
            try:
                ways, _ = self.ratio_from_amounts(subject, p)
            finally:
                self.stated[key] = first
            held = next((w for w in ways if calc.judge_within(w.value, w.lo, w.hi, printed) != "mismatch"), None)
            if held is not None:
                return (f"{held.how} gives {held.value:.2f} on the line as stated again at a slip of its unit ({words}), "
                        "not on its first figure: which is right is not said")
        return ""

    def _holds_on_a_slip(self, p: Period, inputs: list, judged) -> str:
        """Where one of a check's inputs is a line's amount for period `p` the text stated again at a slip of its unit
        ('总收入为人民币620.56亿元' … '62.056亿元'), or the same line's amount of another period stated beside such a slip (a
        digest's '330.9495亿元,较2024年同期的386.3402亿元' of a cost first stated as '3309.5百万元'): whether the check holds
        with that input at the slipped scale (`judged` takes the inputs and returns a verdict) — a note saying so, else ''.
        Which statement is right the text does not say."""
        for (concept, q), (slipped, words) in self.slipped.items():
            first = self.amount_first.get((concept, q))
            if q != p or first is None or not first[0].value:
                continue
            factor = slipped[0].value / first[0].value
            for i, x in enumerate(inputs):
                if x is None or not x.value:
                    continue
                for scaled in (factor, 1 / factor):
                    trial = list(inputs)
                    trial[i] = x.times(scaled)
                    if judged(trial) != "mismatch":
                        return (f"holds with {x.value.normalize():f} at {scaled.normalize():f} times: the text states a line "
                                f"of this period again at a slip of its unit ({words}), so its figures may mix two scales")
        return ""

    def _to_date_values(self, subject: Subject, p: Period, whole: Period) -> list[Decimal]:
        """A ratio's values over the year to date `whole`, each amount the year to date's where stated, else the quarter
        `p`'s (a digest's '三季度' amount may be the nine months')."""
        ratio = _percent_ratio(subject.ratio)
        out = []
        for _, concepts, fn in (ratio[1] if ratio else []):
            values = []
            for c in concepts:
                v = self.amount_in_yuan(Subject(c, concept=c), whole)[0]
                v = v if v is not None else self.amount_in_yuan(Subject(c, concept=c), p)[0]
                values.append(v)
            if None in values:
                continue
            try:
                out.append(fn(*[v.value for v in values]) * HUNDRED)
            except (ZeroDivisionError, ArithmeticError):
                continue
        return out

    def share(self, s: Sentence, p: Period, subject: Subject, m: re.Match) -> None:
        """A line item's share of the period's revenue ('研发费用4796.22万元 占营业收入比例9.24%')."""
        self.share_of_revenue(s, m, subject.word, p, self.amount_in_yuan(subject, p))

    def points_between(self, s: Sentence, subject: Subject, earlier: str, later: str, m: re.Match, later_at: int) -> None:
        """A change between two levels the sentence itself states, whatever periods they are:
        later − earlier in points, signed by the direction word ('由9.4%下跌2.6%至6.8%'). A change
        printed with % may be the level's relative change instead ('由20%下降10%至18%'): both
        are tried, the one that reproduces named; neither is a mismatch in points."""
        before, after, printed = figure_of(earlier), figure_of(later), figure_of(m.group("b"))
        if re.fullmatch(f"{DOWN}", m.group("dir")):
            printed = printed.signed(-1)
        unit = m.group("unit")
        printed = _in_points(printed, unit)
        ways = [(f"{subject.word} {later}% − {subject.word} {earlier}%", lambda x, y: y - x, "个百分点")]
        if unit == "%":
            ways.append((f"({subject.word} {later}% ÷ {subject.word} {earlier}% − 1) × 100",
                         lambda x, y: (y / x - 1) * HUNDRED, "%"))
        judged = [(formula, unit, *judge_formula(fn, [before, after], printed)) for formula, fn, unit in ways]
        formula, unit, verdict, exact = next((j for j in judged if j[2] in ("consistent", "rounding")), judged[0])
        self.add(s, (m.start("b"), m.end("b")), formula, {"earlier": before, "later": after}, printed, exact, unit, verdict,
                 cells=[("text", s.page, s.start + m.start("a"), s.start + m.end("a")),
                        ("text", s.page, s.start + later_at, s.start + later_at + len(later))])

    def part_share(self, s: Sentence, part: tuple, m: re.Match) -> None:
        """A part's share of the company's revenue in the period its amount was stated for
        ('光学零件收入60.67亿元 同比增长10.7% 占比30.87%'), and the share's change in points after
        it where the part's growth and revenue's are stated ('…同比增长27.27%占总收入的13.91%同比提升3.68pp':
        a year before, 9.67 ÷ 1.2727 over 69.54 ÷ 0.9357)."""
        name, p, amount, cell, currency = part
        parent = self.part_parents.get(cell)
        if parent is not None:  # a part of a part: its share of that part
            at = (m.start("num"), m.end("num"))
            self.share_of(s, at, figure_of(m.group("num")), p, name, (amount, [cell], currency), parent[0],
                          (parent[2], [parent[3]], parent[4]))
            return
        self.share_of_revenue(s, m, name, p, (amount, [cell], currency), bare=m.re is _BARE_SHARE)
        moved = _SHARE_MOVED.match(s.text, m.end())
        grown = _GROWTH_AFTER_PART.match(s.text, cell[3] - s.start)
        whole, whole_cells, whole_currency = self.amount_in_yuan(Subject("营业收入", concept="revenue"), p)
        whole_growth = self.growths.get(("revenue", p, year_before(p)))
        if not (grown and whole is not None and whole_growth and whole_currency == currency):
            return
        growth = signed_by(figure_of(grown.group("num")), grown.group("dir"))
        cells = [cell, *whole_cells, ("text", s.page, s.start + grown.start("num"), s.start + grown.end("num")), whole_growth[1]]
        inputs = {f"{name} {name_of(p)}": amount, f"营业收入 {name_of(p)}": whole, f"{name} 增速 (%)": growth,
                  "营业收入 增速 (%)": whole_growth[0]}
        if "was" in m.re.groupindex and m.group("was") and m.group("ago"):
            # the year before's share the sentence moves it from: the year-earlier amounts its growths imply
            was = figure_of(m.group("was"))
            fn = lambda a, w, g, gw: a / (1 + g / HUNDRED) / (w / (1 + gw / HUNDRED)) * HUNDRED  # noqa: E731
            verdict, exact = judge_formula(fn, [amount, whole, growth, whole_growth[0]], was)
            self.add(s, (m.start("was"), m.end("was")), f"{name} ÷ 营业收入 {name_of(year_before(p))} × 100", inputs, was, exact,
                     "%", verdict, "the year-earlier amounts implied by their growths", cells=cells)
        if not moved:
            return
        printed = _in_points(signed_by(figure_of(moved.group("num")), moved.group("dir")), moved.group("unit"))
        fn = lambda a, w, g, gw: (a / w - a / (1 + g / HUNDRED) / (w / (1 + gw / HUNDRED))) * HUNDRED  # noqa: E731
        verdict, exact = judge_formula(fn, [amount, whole, growth, whole_growth[0]], printed)
        self.add(s, (moved.start("num"), moved.end("num")), f"{name} 占营业收入 {name_of(p)} − {name_of(year_before(p))}",
                 {f"{name} {name_of(p)}": amount, f"营业收入 {name_of(p)}": whole, f"{name} 增速 (%)": growth,
                  "营业收入 增速 (%)": whole_growth[0]}, printed, exact, "pct", verdict,
                 "the year-earlier amounts implied by their growths",
                 cells=[cell, *whole_cells, ("text", s.page, s.start + grown.start("num"), s.start + grown.end("num")),
                        whole_growth[1]])

    def parts_shares(self, s: Sentence, p: Period, m: re.Match) -> bool:
        """The shares of revenue a list states for the parts of it listed before them in the
        sentence, one each in order ('自营/经纪/资管业务收入分别为89/33/26亿元,…收入占营收比例50%/19%/14%'):
        each part ÷ the period's revenue, whether or not the parts make all of it."""
        listed = sorted(list(_PARTS_OF_REVENUE.finditer(s.text, 0, m.start())) + list(_LINES_LISTED.finditer(s.text, 0, m.start())),
                        key=lambda x: x.end())
        tail = _SHARE_LIST_TAIL.match(s.text, m.end("num"))
        if not listed or tail is None:
            return False
        parts = listed[-1]
        names = re.split(r"\s*[/、]\s*", parts.group("names"))
        names[0] = re.split(r"年|季度?|月|[QH][1-4]|[1-4][QH]", names[0])[-1] or names[0]  # '年一季度自营': 自营
        amounts = list(re.finditer(SIGNED_NUM, s.text[:parts.end("nums")]))[-len(names):]
        shares = list(re.finditer(rf"(?P<num>{SIGNED_NUM})\s*%?", s.text[:tail.end()]))
        shares = [x for x in shares if x.start() >= m.start("num")]
        # (each figure's own scale where it prints one, '36亿/34亿/10亿元': the unit after the last is then 元)
        own_scale = re.match(r"万亿|亿|万", s.text[amounts[-1].end():]) if amounts else None
        scale, currency = money_scale((own_scale.group(0) if own_scale else "") + parts.group("unit"))
        if len(amounts) != len(names) or len(shares) != len(names) or not scale or amounts[0].start() < parts.start("nums"):
            return False
        for name, amount, share in zip(names, amounts, shares):
            cell = ("text", s.page, s.start + amount.start(), s.start + amount.end())
            self.share_of_revenue(s, share, name, p, (figure_of(amount.group(0)).times(scale), [cell], currency))
        return True

    def share_of_item(self, s: Sentence, p: Period, subject: Subject, m: re.Match, multiple: bool = False) -> None:
        """A line's share of another line of the same period, each as the report states or prints it (or, as a
        `multiple`, the one over the other: '经营现金流/归母净利润为1.20倍')."""
        whole_word = m.group("whole")
        whole_concept = item_names()[1][whole_word]
        if whole_concept == subject.concept:
            return
        printed, at = figure_of(m.group("num")), (m.start("num"), m.end("num"))
        self.share_of(s, at, printed, p, subject.word, self.amount_in_yuan(subject, p), whole_word,
                      self.amount_in_yuan(Subject(whole_word, concept=whole_concept), p), multiple=multiple)

    def loose_amount(self, s: Sentence, m: re.Match, periods: list[Period], start: int) -> Optional[tuple]:
        """An amount of money of a line this family does not know, in the one period the sentence names, as
        share_of_revenue takes it: (its name — the words of its clause —, period, (amount in yuan, cells,
        currency)). '三费合计12.51亿元' names what it is by the words before it, whatever they are."""
        scale, currency = money_scale(m.group("unit"))
        clause = _clause_before(s.text, start)
        if len(periods) != 1 or currency not in ("", *CURRENCY_OF_WORD) or re.search(r"每\s*\d*\s*股", clause):
            return None  # (a dividend per share is no part of revenue)
        def named(words: str) -> str:  # the clause's words less its period and verbs
            return re.sub(r"(?:合计|共计|总计|实现|达到?|约为?|为|约)+\s*$", "", PERIOD_PHRASE.sub("", words)).strip(" ，,")
        name = named(clause)
        if not name:  # '研发投入同样不减,前三季度达56.2亿元': the line named a clause before
            before = _CLAUSE_END.split(s.text[:start - len(clause)].rstrip("，,；; "))[-1]
            name = re.match(r"[\u4e00-\u9fffA-Za-z]{0,8}", named(before)).group(0)
        name = name or "amount"
        cell = ("text", s.page, s.start + m.start("num"), s.start + m.end("num"))
        return name, periods[0], (figure_of(m.group("num")).times(scale), [cell], currency)

    def share_of_revenue(self, s: Sentence, m: re.Match, name: str, p: Period, part: tuple, bare: bool = False) -> None:
        """The share `m` states of the period's revenue, from the part's amount (in yuan, its
        cells and currency) over the revenue's. A share naming no base (`bare`: '占比74.8%') may be of 主营业务收入,
        which is at most the revenue: printed a little above the part over the revenue (by up to MAIN_BUSINESS_GAP of
        it), it is unverifiable, naming that base, not a mismatch."""
        printed = figure_of(m.group("num"))
        at = (m.start("num"), m.end("num"))
        whole = self.amount_in_yuan(Subject("营业收入", concept="revenue"), p)
        if "whole" in m.re.groupindex and m.group("whole"):  # the whole as the share's own bracket states it
            scale, currency = money_scale(m.group("whole_unit"))
            whole = (figure_of(m.group("whole").replace(",", "")).times(scale),
                     [("text", s.page, s.start + m.start("whole"), s.start + m.end("whole"))], currency)
        self.share_of(s, at, printed, p, name, part, "营业收入", whole, main_business_base=bare)

    def share_of(self, s: Sentence, at: tuple[int, int], printed: Printed, p: Period, name: str, part: tuple,
                 whole_name: str, whole: tuple, multiple: bool = False, main_business_base: bool = False) -> None:
        """A part's share of a whole of the same period, each (amount in yuan, its cells, its currency) — or, as a
        `multiple`, one line's amount over another's ('经营现金流/归母净利润为1.20倍'). A share that may be of
        主营业务收入 (`main_business_base`) printed a little above the part over the whole is unverifiable, naming that base."""
        (amount, part_cells, currency), (total, cells, whole_currency) = part, whole
        unit = "倍" if multiple else "%"
        formula = f"{name} {name_of(p)} ÷ {whole_name} {name_of(p)}" + ("" if multiple else " × 100")
        if amount is None or total is None:
            missing = [f"{w} {name_of(p)}" for w, v in ((name, amount), (whole_name, total)) if v is None]
            self.add(s, at, formula, {}, printed, None, unit, "unverifiable", f"not printed: {', '.join(missing)}")
            return
        if not same_money(currency, whole_currency):
            self.add(s, at, formula, {}, printed, None, unit, "unverifiable", f"{currency} over {whole_currency}: needs a rate")
            return
        fn = (lambda x, y: x / y) if multiple else (lambda x, y: x / y * HUNDRED)
        verdict, exact = judge_formula(fn, [amount, total], printed)
        if main_business_base and verdict == "mismatch" and exact < printed.value:
            business = self._business_revenue(s, at, amount, total, printed) \
                or self._split_whole(s, at, amount, total, printed, part_cells)
            if business is not None:
                # '白酒业务收入6.31亿元 … 省内营收4.86亿元,…,占比77.0%': a bare share of the main business the text states
                words, base, cell = business
                verdict, exact = judge_formula(fn, [amount, base], printed)
                self.add(s, at, f"{name} {name_of(p)} ÷ {words} × 100", {f"{name} {name_of(p)}": amount, words: base},
                         printed, exact, unit, verdict, f"a share naming no base: of {words} as the text states it",
                         cells=part_cells + [cell])
                return
        if main_business_base and verdict == "mismatch" and exact < printed.value <= exact * (1 + MAIN_BUSINESS_GAP):
            self.add(s, at, formula, {}, printed, None, unit, "unverifiable",
                     f"above {name} ÷ {whole_name} ({exact:.2f}%) by what a base of 主营业务收入 would give, which is not printed")
            return
        note = ""
        if verdict == "mismatch":
            note = self._holds_on_a_slip(p, [amount, total], lambda xs: judge_formula(fn, xs, printed)[0])
            verdict = "unverifiable" if note else verdict
        if verdict == "mismatch" and self.period_carried and whole_name == "营业收入":
            # a period carried from a sentence before, the share holding over another period's revenue the text states
            # ('2025年第三季度营业收入129.04亿元…2025年前三季度累计营收368.09亿元…- 销售、管理和财务费用合计20.71亿元,
            # 三费占营收比例达5.63%': 20.71 ÷ 368.09): which period the sentence speaks of is not said
            other = next((q for (concept, q), v in self.stated.items() if concept == "revenue" and q != p and v is not None
                          and same_money(v[1], currency) and judge_formula(fn, [amount, v[0]], printed)[0] != "mismatch"), None)
            if other is not None:
                verdict, note = "unverifiable", (f"holds over 营业收入 {name_of(other)}: the period carried to this sentence "
                                                 f"({name_of(p)}) may not be its own")
        self.add(s, at, formula, {f"{name} {name_of(p)}": amount, f"{whole_name} {name_of(p)}": total}, printed, exact,
                 unit, verdict, note, cells=part_cells + cells)

    def _business_revenue(self, s: Sentence, at: tuple[int, int], amount: Printed, total: Printed,
                          printed: Printed) -> Optional[tuple[str, Printed, tuple]]:
        """The main business's revenue the page states before a bare share (主营业务收入, or a business's: '白酒业务收入
        6.31亿元'), between the part and the whole, that gives the share as printed: (its words, in yuan, its cell)."""
        text = self.texts[s.page]
        for m in reversed(list(_BUSINESS_REVENUE.finditer(text, 0, s.start + at[0]))):
            scale, _ = money_scale(m.group("unit"))
            base = figure_of(m.group("num")).times(scale)
            if not amount.value < base.value <= total.value:
                continue
            if judge_formula(lambda x, y: x / y * HUNDRED, [amount, base], printed)[0] != "mismatch":
                words = _NO_PART_WORDS.sub("", re.sub(r"\s", "", m.group("words")))  # (its period's words set aside)
                return f"{words} {m.group('num')}{m.group('unit')}", base, ("text", s.page, m.start("num"), m.end("num"))
        return None

    def _split_whole(self, s: Sentence, at: tuple[int, int], amount: Printed, total: Printed,
                     printed: Printed, part_cells: list) -> Optional[tuple[str, Printed, tuple]]:
        """The whole a split the sentence lists is of: the sum of its amounts, between the part and the revenue, where
        it gives the share as printed — (its words, in yuan, the first part's cell). A split is a run of parts each
        with its share, the shares adding up to 100% ('线下渠道收入18.0亿元…占比51.6% 线上渠道收入16.8亿元…占比48.4%':
        34.8亿元, the main business), or a run of parts' revenues listed with this part among them ('中高端产品收入
        55.4亿元(+9.3%)占比提升1.6pct至70%,普通产品收入23.6亿元': the products' 79.0亿元, not the company's 85.6)."""
        found = list(_AMOUNT_THEN_SHARE.finditer(s.text))
        own = {c[2] for c in part_cells if c and c[0] == "text"}
        listed = [r for r in _PART_REVENUE_AMOUNT.finditer(s.text)]
        runs = [found[i:j] for i in range(len(found)) for j in range(i + 2, min(len(found), i + 5) + 1)]
        runs += [listed[i:j] for i in range(len(listed)) for j in range(i + 2, min(len(listed), i + 5) + 1)
                 if any(s.start + r.start("num") in own for r in listed[i:j])
                 and not any(_CLAUSE_STOP.search(s.text, a.end(), b.start()) for a, b in zip(listed[i:j], listed[i + 1:j]))]
        for run in runs:
            if len({money_scale(r.group("unit"))[0] for r in run}) != 1:
                continue
            shares = [figure_of(r.group("share")) for r in run if "share" in r.re.groupindex]
            if shares and abs(sum(x.value for x in shares) - HUNDRED) > sum(x.step for x in shares) / 2:
                continue
            scale, _ = money_scale(run[0].group("unit"))
            parts = [figure_of(r.group("num")).times(scale) for r in run]
            # (their sum good to the sum of their rounding: each part's half step either way)
            base = Printed(sum(x.value for x in parts), sum(x.step for x in parts), max(x.places for x in parts))
            if not amount.value < base.value < total.value:
                continue
            if judge_formula(lambda x, y: x / y * HUNDRED, [amount, base], printed)[0] != "mismatch":
                words = " + ".join(f"{r.group('num')}{r.group('unit')}" for r in run)
                return f"the split's whole ({words})", base, ("text", s.page, s.start + run[0].start("num"), s.start + run[0].end("num"))
        return None

    def cagr(self, s: Sentence, m: re.Match, periods: list[Period], subject: Optional[Subject], spoken: set = frozenset(),
             figure: Optional[tuple[str, int, int]] = None) -> None:
        """A CAGR the match states (or, of a list of them, the `figure` given: its text and where it is)."""
        if figure is not None:
            printed, at = figure_of(figure[0]), (figure[1], figure[2])
        else:
            group = "num" if m.group("num") is not None else "num2"  # ('年均19.81%的复合增长率': the figure between the words)
            printed = figure_of(m.group(group))
            at = (m.start(group), m.end(group))
        if subject is None or subject.concept is None:
            return
        years = [p for p in periods if p[0] == "Y"]
        if len(years) < 2:
            # (or the years of the subject's amounts the sentence has stated: '从2024年的359.62亿元增长至2027年的501.36亿元,
            # 年均复合增长率约11.7%')
            years = sorted(p for p in subject.amounts if p and p[0] == "Y")
        from_clauses = False
        if len(years) < 2:
            # (or the two years whose amounts of the line the sentence stated clause by clause before it, in its bullet:
            # '2016年公司营收81.56亿元,2020年增至168.03亿元,营收保持年均19.81%的复合增长率' — from the first, the span its own)
            bullet = max((b.end() for b in _BULLET_END.finditer(s.text, 0, m.start())), default=0)
            here = [p for p in spoken if p and p[0] == "Y" and _stated_within(self.stated.get((subject.concept, p)), s, bullet, m.start())]
            if len(here) == 2:
                years, from_clauses = sorted(here), True
        if len(years) < 2:
            self.add(s, at, "CAGR = (end ÷ start)^(1/years) − 1", {}, printed, None, "%", "unverifiable",
                     "missing input: the years the growth runs over")
            return
        first, last = years[0], years[-1]
        # an end whose figure the text states for the year before as well is that year's: a cycle's span and the amounts
        # from the end of the one before ('SUV周期后期(2017-2020) - 营业收入从33.47亿元增长至73.23亿元', 33.47 being where
        # '(2012-2016) … 增长至33.47亿元' ended; '(2021-2025) … 从73.23亿元增长至132.53亿元' with '2024年营业总收入132.53亿元')
        moved_first, moved_last = self._stated_a_year_before(subject, first), self._stated_a_year_before(subject, last)
        if (moved_last or last)[1] > (moved_first or first)[1]:  # (never a span of no years)
            first, last = moved_first or first, moved_last or last
        else:
            moved_first = None
        if subject.concept == "net_profit" and self.amount_in_yuan(subject, last)[0] is None:
            subject = Subject("归母净利润", concept="parent_np")  # prose 净利润 is as often the parent's share
        end, c2, cur2 = self.amount_in_yuan(subject, last)
        # '2025-2027年CAGR' is read two ways: from 2025 to 2027, or the growth of the years
        # 2025–2027, from 2024; the second is tried where the first does not reproduce it —
        # unless the sentence itself states the first year's amount ('从213.90亿元…至577.96亿元'),
        # or the first year is a reported one (a span from the last accounts runs from them)
        first_cells = self.amount_in_yuan(subject, first)[1]
        reported = any(isinstance(c, Amount) and not c.forecast for c in first_cells)
        # (or in the bracket right after the CAGR: '复合增速为20.0%(2024年营收100.0亿元,2027年预计172.8亿元)')
        stated = self.stated.get((subject.concept, first))
        bracket = re.match(r"\s*[（(][^()（）]*[)）]", s.text[m.end():])
        in_bracket = bool(bracket) and _stated_within(stated, s, m.end(), m.end() + bracket.end())
        # (a list of the years' amounts, '2025-2027年营收99.81/107.79/116.88亿元(CAGR 8.35%)', states the first year's
        # amount and is still read both ways where the CAGR names no span of its own: it is as often the growth of the
        # listed years, from the year before — but '…146.4亿元,2025-2027年CAGR为21.0%' runs from the first year it names)
        bullet = max((b.end() for b in _BULLET_END.finditer(s.text, 0, m.start())), default=0)
        listed = bool(_AMOUNTS_LISTED.search(s.text, bullet, m.start())) \
            and not _SPAN_NAMED.search(s.text, max(bullet, m.start() - 16), m.start())
        begins = [first] if (first in subject.amounts and not listed) or reported or in_bracket or from_clauses \
            or moved_first else [first, ("Y", first[1] - 1)]
        counted = _YEARS_COUNTED_BEFORE.search(s.text, max(0, m.start() - 8), m.start())
        if counted:  # '(三年复合增速为10%)' after '25-27年…': three years to the last, from the year before the first
            n = counted.group("n")
            begins = [("Y", last[1] - (int(n) if n.isdigit() else int(parse_cn_number(n))))]
        readings = []
        for begin in begins:
            start, c1, cur1 = self.amount_in_yuan(subject, begin)
            if start is None or end is None or not same_money(cur1, cur2):
                readings.append((begin, None, None, None, c1))
                continue
            n = Decimal(last[1] - begin[1])
            verdict, exact = judge_formula(lambda x, y, n=n: calc.cagr_pct(y, x, n), [end, start], printed)
            readings.append((begin, verdict, exact, start, c1))
        begin, verdict, exact, start, c1 = next((r for r in readings if r[1] not in (None, "mismatch")),
                                                next((r for r in readings if r[1] is not None), readings[0]))
        formula = f"({subject.word} {last[1]} ÷ {subject.word} {begin[1]})^(1/{last[1] - begin[1]}) − 1"
        if verdict is None:
            cur1 = self.amount_in_yuan(subject, begin)[2]
            self.add(s, at, formula, {}, printed, None, "%", "unverifiable",
                     _missing(subject.word, last if end is None else None, begin if readings[0][3] is None else None)
                     if end is None or cur1 is None else f"{begin[1]} in {cur1}, {last[1]} in {cur2}: needs a rate")
            return
        note = ""
        if begin != first:
            note = f"the growth of the years {first[1]}–{last[1]}: from {begin[1]}"
        elif verdict == "mismatch" and len(readings) > 1 and readings[1][1] is None:
            verdict = "unverifiable"
            note = (f"from {first[1]} it would be {exact:.1f}%; as the growth of the years {first[1]}–{last[1]} it "
                    f"runs from {first[1] - 1}, and the base is not printed: {subject.word} {first[1] - 1}")
        self.add(s, at, formula, {f"{subject.word} {begin[1]}": start, f"{subject.word} {last[1]}": end}, printed, exact,
                 "%", verdict, note, cells=c1 + c2)

    def _stated_a_year_before(self, subject: Subject, p: Period) -> Optional[Period]:
        """The year before `p` where the text states the same figure of the subject's line for both, in two places: the
        figure is that year's (one a span's end, the other read as the next span's start). None otherwise."""
        before = ("Y", p[1] - 1)
        here, there = self.stated.get((subject.concept, p)), self.stated.get((subject.concept, before))
        if here is None or there is None or here[2][0] != "text" or there[2][0] != "text" or here[2] == there[2]:
            return None
        return before if here[0].value == there[0].value and here[0].step == there[0].step else None

    def _eps_stated_elsewhere(self, s: Sentence, periods: list[Period]) -> dict:
        """The EPS another sentence of the page states for each period no table prints it for ('…EPS分别为
        1.20/1.50/2.00元。以当前股价30.00元计算,PE分别为25.0/20.0/15.0倍', '…PE…(EPS分别为…)'), as the
        sentence's own list holds them: learned on the first reading, one value a period."""
        out = {}
        for p in periods:
            known = self.stated.get(("eps", p))
            if known is not None and self.table_row("eps", p) is None and known[2][0] == "text" and known[2][1] == s.page:
                out[p] = (known[0], known[2][2], known[2][3])
        return out

    def pe(self, s: Sentence, m: re.Match, periods: list[Period], eps_list: dict,
           subject: Optional[Subject] = None) -> None:
        """Each year's PE against the close over that year's EPS (the sentence's list, else the
        table's). Where the other years are the close over their printed EPS exactly, the
        report divides the rounded EPS, and this year is judged so too (valuation's rule).
        With no EPS, or no close, but the years' profits stated ('归母净利润分别为a/b/c亿元，对应PE
        分别为x/y/z倍', in this bullet or another), every year's profit × PE is one market value (the
        one the report prints, where it prints one), judged against the first year — a year that
        misses it judged instead by the EPS the sentence lists, where it lists them (the years'
        share counts may differ); with EPS and no close, every year's EPS × PE is one price."""
        nums = _numbers(m.group("nums"))
        if len(periods) != len(nums):
            return
        eps_list = {**self._eps_stated_elsewhere(s, periods), **eps_list}
        for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
            if p in eps_list:  # (each year's PE × EPS: the price its PB is at, where no close is quoted)
                eps, e_at, e_end = eps_list[p]
                self.prices.setdefault(p, ((figure_of(num), ("text", s.page, s.start + a, s.start + b)),
                                           (eps, ("text", s.page, e_at, e_end))))
        close = self.doc.meta.price
        has_eps = any(p in eps_list or self.table_row("eps", p) is not None for p in periods)
        profits = self._profits(periods, subject)
        eps_listed = close is None and len(periods) >= 2 and all(p in eps_list for p in periods)
        if profits is not None and (not has_eps or close is None):
            # '总市值804.39亿元' and '归母净利…73.32/82.77/92.48亿元，对应PE 11/10/9倍': a list's years are
            # its own, where one PE's year may be carried from a clause before ('…至2027年预测16.6% -
            # 当前市盈率34.67倍(2025年预测)')
            # (one year's PE over the market value only where the sentence names that year itself, not a bullet
            # before it: '…至2027年预测16.6% - 当前市盈率34.67倍(2025年预测)' is 2025's, in its bracket)
            cap = self._market_value(profits[2]) if len(periods) >= 2 or not self.period_carried else None
            found = (self.market_value_checks(s, m, periods, nums, profits[0], profits[1], cap) if cap is not None
                     else self.one_value_checks(s, m, periods, nums, profits[0], profits[1], "market value",
                                                majority=not eps_listed))
            if eps_listed and any(c["verdict"] == "mismatch" for c in found):
                # the years' share counts may differ: a profit × PE is then no one market value, and
                # the EPS the sentence lists (what its PEs divide) still give one price
                found = self._by_eps_where_profits_disagree(s, m, periods, nums, eps_list, found)
            self.checks += found
            return
        if eps_listed:
            self.checks += self.one_value_checks(s, m, periods, nums, _listed_eps(s, eps_list, periods), "EPS", "price")
            return
        years = []
        for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
            if p in eps_list:
                eps, ea, eb = eps_list[p]
                cells = [("text", s.page, ea, eb)]
            else:
                row = self.table_row("eps", p)
                eps, cells = (row.printed, [row]) if row is not None else (None, [])
            years.append((p, figure_of(num), (a, b), eps, cells))
        price = Printed.of(repr(close.value)) if close is not None else None
        # an HKD close over RMB earnings: at the rate the report prints, if it prints one
        at_rate = converted(self.doc, price, close.currency, "CNY") if price and close.currency not in (None, "CNY") else None
        if (at_rate is None and close is not None and close.currency not in (None, "CNY") and len(years) >= 2
                and all(eps is not None and eps.value > 0 for _, _, _, eps, _ in years)):
            # an HKD close over RMB earnings at a rate not printed: the years still share one price
            bases = {p: (eps, cells[0] if cells else None) for p, _, _, eps, cells in years}
            self.checks += self.one_value_checks(s, m, periods, nums, bases, "EPS", "price")
            return
        if self._at_another_price(s, m, periods, nums, years, close):
            return
        # as valuation's pairs: a multiple and its per-share figure, forecast years
        pairs = [(SimpleNamespace(period=f"{p[1]}E", printed=pe), SimpleNamespace(printed=eps))
                 for p, pe, _, eps, _ in years if eps is not None and eps.value > 0 and pe.value > 0]
        for p, printed, at, eps, cells in years:
            formula = f"close ÷ EPS {name_of(p)}"
            t = self.table_row("pe", p)
            if t is not None:  # the same multiple in a table: restated, to its printed precision (close or none)
                verdict, exact = judge_formula(lambda x: x, [t.printed], printed)
                self.add(s, at, f"PE {name_of(p)} restated from the table on p.{t.page}", {f"{t.item} {t.period}": t.printed},
                         printed, exact, "x", verdict, cells=[t])
            if eps is None:
                self.add(s, at, formula, {}, printed, None, "x", "unverifiable", f"the EPS of {name_of(p)} is not printed")
                continue
            if close is None:
                self.add(s, at, formula, {}, printed, None, "x", "unverifiable", "the close is not printed where it can be read")
                continue
            if close.currency not in (None, "CNY"):
                if at_rate is None:
                    self.add(s, at, formula, {}, printed, None, "x", "unverifiable",
                             f"the close in {close.currency}, the EPS in CNY: needs a rate the report does not print")
                    continue
                inputs, to_cny, words = at_rate
                verdict, exact = judge_formula(lambda c, r, e: to_cny(c, r) / e, [*inputs, eps], printed)
                self.add(s, at, f"close {words} ÷ EPS {name_of(p)}",
                         {"close": price, "rate": inputs[1], f"EPS {name_of(p)}": eps}, printed, exact, "x", verdict,
                         "at the rate the report prints", cells=cells)
                continue
            mine = next((x for x, e in pairs if x.period == f"{p[1]}E" and x.printed is printed), None)
            at_price = exact_price(mine, pairs, [price.value]) if mine is not None else None
            if at_price is not None:
                exact = at_price / eps.value
                verdict = calc.judge(exact, printed)
                note = f"the other years are {at_price} ÷ their printed EPS, exactly"
                formula = f"close ÷ EPS {name_of(p)} (as printed)"
            else:
                verdict, exact = judge_formula(lambda x, y: x / y, [price, eps], printed)
                note = ""
            self.add(s, at, formula, {"close": price, f"EPS {name_of(p)}": eps}, printed, exact, "x", verdict, note,
                     cells=cells)


    def _at_another_price(self, s: Sentence, m: re.Match, periods: list[Period], nums: list[str], years: list,
                          close) -> bool:
        """Whether every year's PE × EPS is one price far from the close quoted (beyond market.FAR): the multiples are
        then at another day's price ('当前股价(元) 301.49' on a cover updated after its text, '对应当前股价PE为38.7/29.1/
        22.0倍' all three at about 349) — the years are judged against one another and the close not at all."""
        if close is None or close.currency not in (None, "CNY") or len(years) < 2 \
                or not all(eps is not None and eps.value > 0 and pe.value > 0 for _, pe, _, eps, _ in years):
            return False
        if re.search(rf"(?<![\d.]){re.escape(f'{close.value:g}')}(?![\d.])", s.text):
            return False  # the sentence names the price its PEs are at ('对应公司8月25日股价530.24元,…PE分别为…'): held to it
        prices = [product_interval(pe, eps) for _, pe, _, eps, _ in years]
        # (all the years, or all but one of three or more: that one is then judged the odd one out)
        for kept in [prices] + ([prices[:i] + prices[i + 1:] for i in range(len(prices))] if len(prices) >= 3 else []):
            lo, hi = max(a for a, _ in kept), min(b for _, b in kept)
            if lo <= hi:
                break
        if lo > hi or 1 - FAR <= (lo + hi) / 2 / Decimal(str(close.value)) <= 1 + FAR:
            return False
        bases = {p: (eps, cells[0] if cells else None) for p, _, _, eps, cells in years}
        found = self.one_value_checks(s, m, periods, nums, bases, "EPS", "price")
        self.checks += found
        # (the year the others were judged against: unverifiable, its price not the close)
        judged = {c["_at"] for c in found}
        p0, pe0, at0, eps0, cells0 = next(y for y in years if s.start + y[2][0] not in judged)
        self.add(s, at0, f"close ÷ EPS {name_of(p0)}", {"close": Printed.of(repr(close.value)), f"EPS {name_of(p0)}": eps0},
                 pe0, None, "x", "unverifiable", f"the years' PEs share one price, {lo:.2f}–{hi:.2f}, far from the close "
                 f"quoted ({close.value}): another day's price, which the report does not print", cells=cells0)
        return True

    def pb(self, s: Sentence, m: re.Match, periods: list[Period], bracketed: bool = False) -> None:
        """Each year's PB ('当前股价对应P/B为6.0/5.7/5.5'): the table's PB row restated, to the
        sentence's precision; with no PB row, the close over the year's 每股净资产. A PB whose year a bracket after it
        names (`bracketed`: '每股净资产14.89元 市净率1.80倍(2025E)') is never on a BVPS its own sentence states: that one
        is the last reported, the sentence's period only carried."""
        nums = _numbers(m.group("nums"))
        if len(periods) != len(nums) or (m.group("unit") is None and len(nums) < 2):
            return  # a lone bare number after 'PB' is no multiple the sentence states
        close = self.doc.meta.price
        stated_all = {p: self.stated.get(("bvps", p)) for p in periods}
        if bracketed:
            stated_all = {p: None if _stated_within(v, s, 0, len(s.text)) else v for p, v in stated_all.items()}
        if close is None and len(periods) >= 2 and all(stated_all.values()):
            # no close, but each year's BVPS stated ('每股净资产为33.72/37.76/41.76元', '现价对应…市净率0.82/0.74/0.66倍'):
            # every year's BVPS × PB is one price
            bases = {p: (v[0], v[2]) for p, v in stated_all.items()}
            self.checks += self.one_value_checks(s, m, periods, nums, bases, "每股净资产", "price", "PB")
            return
        for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
            printed = figure_of(num)
            stated = stated_all[p]
            if stated is not None and close is None and p in self.prices:
                # no close, but the year's PE and EPS stated ('PE倍数分别为16.33/… PB倍数分别为0.74/…' after 'EPS为
                # 0.43/…' and 'BVPS分别为9.46/…'): PB = PE × EPS ÷ BVPS, the price the year's multiples are at
                (pe, pe_cell), (eps, eps_cell) = self.prices[p]
                verdict, exact = judge_formula(lambda x, e, y: x * e / y, [pe, eps, stated[0]], printed)
                self.add(s, (a, b), f"PE {name_of(p)} × EPS {name_of(p)} ÷ 每股净资产 {name_of(p)}",
                         {f"PE {name_of(p)}": pe, f"EPS {name_of(p)}": eps, f"每股净资产 {name_of(p)}": stated[0]},
                         printed, exact, "x", verdict, cells=[pe_cell, eps_cell, stated[2]])
                continue
            if stated is not None and close is not None and close.currency in (None, "CNY"):
                # the report's own BVPS for the year ('BPS 为 16.1/17.5/19.2 元，现价对应 PB 估值分别为
                # 0.97/…'): the close over it, finer than a PB row printed to one decimal
                price = Printed.of(repr(close.value))
                verdict, exact = judge_formula(lambda x, y: x / y, [price, stated[0]], printed)
                self.add(s, (a, b), f"close ÷ 每股净资产 {name_of(p)}", {"close": price, f"每股净资产 {name_of(p)}": stated[0]},
                         printed, exact, "x", verdict, cells=[stated[2]])
                continue
            t = self.table_row("pb", p)
            if t is not None:
                verdict, exact = judge_formula(lambda x: x, [t.printed], printed)
                self.add(s, (a, b), f"PB {name_of(p)} restated from the table on p.{t.page}",
                         {f"{t.item} {t.period}": t.printed}, printed, exact, "x", verdict, cells=[t])
                continue
            formula = f"close ÷ 每股净资产 {name_of(p)}"
            bvps = self.table_row("bvps", p)
            missing = ("the 每股净资产 of " + name_of(p) if bvps is None else
                       "the close" if close is None else None)
            if missing is None and close.currency not in (None, "CNY"):
                missing = f"a rate: the close in {close.currency}, 每股净资产 in CNY"
            if missing is not None:
                self.add(s, (a, b), formula, {}, printed, None, "x", "unverifiable", f"needs {missing}, not printed")
                continue
            price = Printed.of(repr(close.value))
            verdict, exact = judge_formula(lambda x, y: x / y, [price, bvps.printed], printed)
            self.add(s, (a, b), formula, {"close": price, f"每股净资产 {name_of(p)}": bvps.printed}, printed, exact, "x",
                     verdict, cells=[bvps])

    def _profits(self, periods: list[Period], subject: Optional[Subject]) -> Optional[tuple[dict, str, Optional[str]]]:
        """Each period's profit as stated — by the sentence's own subject, else anywhere in the
        report (the parent's share first) — with its name and its currency word (one for all, or
        None); None unless every period has one."""
        # (an adjusted profit, '经调整净利润为…，对应经调整PE为…', where the sentence names it)
        if subject is not None and subject.concept in ("net_profit", "parent_np", "adjusted_np") \
                and all(p in subject.amounts for p in periods):
            found, word = [subject.amounts[p] for p in periods], subject.word
        else:
            found, word = next(((stated, word) for concept, word in (("parent_np", "归母净利润"), ("net_profit", "净利润"))
                                if all(stated := [self.stated.get((concept, p)) for p in periods])), (None, None))
            if found is None:
                return None
        currencies = {v[1] for v in found}
        return ({p: (v[0], v[2]) for p, v in zip(periods, found)}, word,
                currencies.pop() if len(currencies) == 1 else None)

    def _market_value(self, currency: Optional[str]) -> Optional[Printed]:
        """The market value the report prints (总市值), in yuan of `currency`; None where it prints
        none in that currency."""
        cap = self.doc.meta.market.get("总市值")
        if cap is None or not currency:
            return None
        scale, word = money_scale(cap.unit)
        if word != currency or scale is None:
            return None
        return figure_of(cap.printed).times(scale)

    def ps(self, s: Sentence, m: re.Match, periods: list[Period]) -> None:
        """Each year's PS: the market value the report prints over that year's revenue, or, with
        none printed, every year's revenue × PS one market value, judged against the first year's
        (as PE on profits)."""
        nums = _numbers(m.group("nums"))
        if len(periods) != len(nums):
            return
        found = [self.stated.get(("revenue", p)) for p in periods]
        if not all(found) or len({v[1] for v in found}) != 1:
            return
        bases = {p: (v[0], v[2]) for p, v in zip(periods, found)}
        cap = self._market_value(found[0][1])
        if cap is not None:
            self.checks += self.market_value_checks(s, m, periods, nums, bases, "营业收入", cap)
        elif len(periods) >= 2:
            self.checks += self.one_value_checks(s, m, periods, nums, bases, "营业收入", "market value", "PS")

    def market_value_checks(self, s: Sentence, m: re.Match, periods: list[Period], nums: list[str], bases: dict,
                            word: str, value: Printed) -> list[dict]:
        """Each year's multiple against the market value the report prints over that year's base
        (PE over profit, PS over revenue)."""
        out = []
        for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums)):
            base, cell = bases[p]
            verdict, exact = judge_formula(lambda c, x: c / x, [value, base], figure_of(num))
            out.append(self.check(s, (a, b), f"总市值 ÷ {word} {name_of(p)}", {"总市值": value, f"{word} {name_of(p)}": base},
                                  figure_of(num), exact, "x", verdict, cells=[cell]))
        return out

    def eps_by_one_count(self, s: Sentence, m: re.Match, periods: list[Period], nums: list[str]) -> None:
        """Forecast years' EPS against their profits where the report prints no share count
        ('归母净利分别为59.7/62.4/67.0亿元，EPS为3.96/4.14/4.45元'): a forecast divides every year's
        profit by one count, so each year after the first is its profit × the first's EPS ÷ the
        first's profit. A reported year (a weighted count) and a loss are left out; with a share
        count printed, `eps_on_shares` judges each year against it instead."""
        if self.doc.meta.market.get("总股本") is not None or self.table_row("eps", periods[0]) is not None:
            return
        first = self._first_forecast_year()
        profits = self._profits(periods, None)
        if first is None or profits is None:
            return
        bases, word, _ = profits
        listed = [(p, (num, a, b)) for p, (num, a, b) in zip(periods, self._spans(m, "nums", nums))
                  if p[0] == "Y" and p[1] >= first and figure_of(num).value > 0 and bases[p][0].value > 0]
        if len(listed) < 2:
            return
        p0, (num0, a0, b0) = listed[0]
        eps0, (profit0, cell0) = figure_of(num0), bases[p0]
        for p, (num, a, b) in listed[1:]:
            profit, cell = bases[p]
            verdict, exact = judge_formula(lambda n, e0, n0: n * e0 / n0, [profit, eps0, profit0], figure_of(num))
            verdict, note = on_one_count(self.doc, verdict, figure_of(num), exact, profit, eps0, profit0)
            self.add(s, (a, b), f"{word} {name_of(p)} × EPS {name_of(p0)} ÷ {word} {name_of(p0)} (one share count)",
                     {f"{word} {name_of(p)}": profit, f"EPS {name_of(p0)}": eps0, f"{word} {name_of(p0)}": profit0},
                     figure_of(num), exact, "元", verdict, note,
                     cells=[cell, cell0, ("text", s.page, s.start + a0, s.start + b0)])

    def _first_forecast_year(self) -> Optional[int]:
        """The first year whose full figures are a forecast: the report's date's (its year still under way), the year
        after the results it says were published; with no date and no results said published, the year of the interim
        results the text opens on ('2024年前三季度实现收入…': that year's full figures are still forecasts) — a digest may
        open on its rating's and its views' bullets, the results' period further on: the first page's first part-year
        period within a digest's length."""
        return (int(self.doc.meta.date[:4]) if self.doc.meta.date else
                self.published_year + 1 if self.published_year else
                (self.opening_year or (_opening_part_year(self.doc.pages[0].text[:DIGEST_CHARS]) if self.doc.pages else None)))

    def eps_stated_apart(self) -> None:
        """Forecast years' EPS each stated beside its year's profit, sentence by sentence ('2025E…归母净利润预计为12.11亿元
        …每股收益预计为1.24元', '2026E…14.72亿元…1.51元'): one share count, as `eps_by_one_count` judges a list — each later
        year's EPS its profit × the first's EPS ÷ the first's profit. Not where a share count is printed (`eps_on_shares`
        judges them), a table prints the EPS, or a list's check already judged one."""
        if self.doc.meta.market.get("总股本") is not None:
            return
        first = self._first_forecast_year()
        if first is None:
            return
        judged_at = {c.get("_at") for c in self.checks}
        years = []
        for (concept, p), eps in self.stated.items():
            if concept != "eps" or eps is None or not p or p[0] != "Y" or p[1] < first or eps[2][0] != "text":
                continue
            profit = self.stated.get(("parent_np", p))
            if profit is None or profit[2][0] != "text" or eps[0].value <= 0 or profit[0].value <= 0 \
                    or self.table_row("eps", p) is not None:
                continue
            years.append((p, eps, profit))
        years.sort(key=lambda y: y[0][1])
        if len(years) < 2 or any(eps[2][2] in judged_at for _, eps, _ in years):
            return
        p0, eps0, profit0 = years[0]
        for p, eps, profit in years[1:]:
            verdict, exact = judge_formula(lambda n, e0, n0: n * e0 / n0, [profit[0], eps0[0], profit0[0]], eps[0])
            verdict, note = on_one_count(self.doc, verdict, eps[0], exact, profit[0], eps0[0], profit0[0])
            _, page, a, b = eps[2]
            self.checks.append(make(sentence_marked(self.texts[page], (a, b)), page,
                                    f"归母净利润 {name_of(p)} × EPS {name_of(p0)} ÷ 归母净利润 {name_of(p0)} (one share count)",
                                    {f"归母净利润 {name_of(p)}": profit[0], f"EPS {name_of(p0)}": eps0[0],
                                     f"归母净利润 {name_of(p0)}": profit0[0]},
                                    eps[0], exact, "元", verdict, note,
                                    cells=[profit[2], profit0[2], eps0[2], eps[2]]))

    def _by_eps_where_profits_disagree(self, s: Sentence, m: re.Match, periods: list[Period], nums: list[str],
                                       eps_list: dict, by_profit: list[dict]) -> list[dict]:
        """`by_profit` (the PE checks a market value gave), each mismatch replaced by the check the
        years' EPS give where that one is no mismatch."""
        eps_checks = self.one_value_checks(s, m, periods, nums, _listed_eps(s, eps_list, periods), "EPS", "price")
        if sum(c["verdict"] == "mismatch" for c in eps_checks) < sum(c["verdict"] == "mismatch" for c in by_profit):
            # the EPS (what the PEs divide) agree better, the year most others agree with their reference: theirs
            for c in eps_checks:
                c["note"] = c["note"] or ("the years' profits × PE are no one market value (their share counts differ); "
                                          "their EPS × PE are one price")
            return eps_checks
        by_eps = {c["_at"]: c for c in eps_checks}
        out = []
        for c in by_profit:
            other = by_eps.get(c["_at"])
            if c["verdict"] == "mismatch" and other is not None and other["verdict"] != "mismatch":
                other["note"] = "the years' profits × PE are no one market value (their share counts differ); " \
                                "their EPS × PE are one price"
                c = other
            out.append(c)
        return out

    def one_value_checks(self, s: Sentence, m: re.Match, periods: list[Period], nums: list[str], bases: dict,
                         word: str, what: str, multiple: str = "PE", majority: bool = True) -> list[dict]:
        """Each year's PE (or another `multiple`) × its base (profit, EPS, revenue) is one value
        (market value, price) across the years: every year after the first judged against the first's (among
        three or more, against the year most others agree with)."""
        listed = list(zip(periods, self._spans(m, "nums", nums)))
        # judged against the first year — or, among three or more years, the year most of the others agree with: the
        # odd one out is the year that misses ('1.57元…1.89元…2.01元' at '11.19倍…9.88倍…9.30倍': 2025's; '20.0/22.9/25.3亿元,
        # 对应PE为19.6/16.2/14.7X': 2024's, the other two one market value). (A year whose profit × PE misses the others may
        # have another share count, which the EPS the sentence lists then show: `_by_eps_where_profits_disagree` judges
        # from the first year, and `majority` is off where it will.)
        def agreeing(i: int) -> int:
            p_i, pe_i = listed[i][0], figure_of(listed[i][1][0])
            return sum(judge_formula(lambda x, y, z: x * y / z, [bases[p_i][0], pe_i, bases[p][0]], figure_of(num))[0] != "mismatch"
                       for j, (p, (num, _, _)) in enumerate(listed) if j != i)
        first = max(range(len(listed)), key=lambda i: (agreeing(i), -i)) if len(listed) >= 3 and majority else 0
        listed = [listed[first]] + listed[:first] + listed[first + 1:]
        p0, pe0 = listed[0][0], figure_of(listed[0][1][0])
        base0, cell0 = bases[p0]
        reported = self._last_reported_year()
        out = []
        for p, (num, a, b) in listed[1:]:
            base, cell = bases[p]
            printed = figure_of(num)
            verdict, exact = judge_formula(lambda x, y, z: x * y / z, [base0, pe0, base], printed)
            note = ""
            if verdict == "mismatch" and first != 0 and reported is not None and p[0] == "Y" and p[1] < reported:
                # the odd one out a year the text reports on as past ('2023-2026年…PE为21.20x/55.98x/…' in a note on 2024年
                # 三季度): a reported year's multiple may be on that year's own closing price
                verdict, note = "unverifiable", "a reported year's multiple may be on that year's own price, not today's"
            out.append(self.check(s, (a, b), f"{word} {name_of(p0)} × {multiple} {name_of(p0)} ÷ {word} {name_of(p)} (one {what})",
                                  {f"{word} {name_of(p0)}": base0, f"{multiple} {name_of(p0)}": pe0, f"{word} {name_of(p)}": base},
                                  printed, exact, "x", verdict, note, cells=[cell0, cell]))
        return out

    def _last_reported_year(self) -> Optional[int]:
        """The latest year whose part (a quarter, a half, the first three quarters) the text reports on: a year
        before it is past."""
        years = [p[1] for p in getattr(self, "named_periods", set()) if p and p[0] in ("Q", "H", "9M")]
        return max(years) if years else None


def _listed_eps(s: Sentence, eps_list: dict, periods: list[Period]) -> dict:
    """The EPS a sentence lists for `periods`, each with its cell, as one_value_checks takes its bases."""
    return {p: (eps_list[p][0], ("text", s.page, eps_list[p][1], eps_list[p][2])) for p in periods}




def _level_reached(text: str, end: int) -> Optional[re.Match]:
    """The level a change went on to right after it ('…至23.1%'), not the start of a range."""
    reached = _LEVEL_REACHED.match(text, end)
    return reached if reached and not _range_after(text, reached.end(), "%") else None


# the kinds of event that state a change of the subject
_CHANGES = {"change", "change_pair", "change_after", "change_amount", "growth", "bare_change"}
# words before a change, in a clause that named no line item, that name no subject of their own
_NO_SUBJECT_WORDS = re.compile(r"公司|实现了?|分别|其中|但是?|并且?|而且?|且|均|都|也|仍然?|继续|进一步|大幅|小幅|显著|明显|略有|有所|"
                               r"单季度?|同期|整体|合计|累计|业绩|的|了|较|比|和|及|与|或|为|约|达到?|首次|再次|持续|稳步|快速|"
                               r"环比|同比|对应|预计|预测|有望|内生|表观|可比口径|可比|口径|中位数|中值|中枢")


def _names_another(gap: str) -> bool:
    """Whether the words between the last thing read and a change name a subject of their own
    ('原材料成本' in '2025Q1原材料成本同比+4.5%'): Han words left once the words that name none
    (公司, 实现, 分别, 同期…) are taken away."""
    clause = re.split(r"[，,；;。:：()（）\[\]【】]", gap)[-1]  # the words of the change's own clause only
    han = "".join(re.findall(r"[\u4e00-\u9fff]+", _NO_SUBJECT_WORDS.sub("", clause)))
    return len(han) >= 2


def _names_quarter_before(words: str, p: Period) -> bool:
    """Whether words naming a quarter ('上季度', '2025年第二季度', 'Q2') name the one before quarter `p`."""
    prior = period_before(p)
    if prior is None:
        return False
    if re.fullmatch(r"上一?季度|上季", words):
        return True
    m = re.search(r"([一二三四])季|([1-4])季|Q([1-4])", words)
    if m is None:
        return False
    quarter = "一二三四".index(m.group(1)) + 1 if m.group(1) else int(m.group(2) or m.group(3))
    year = re.match(r"((?:19|20)?\d\d)", words)
    return quarter == prior[2] and (year is None or year_of_text(year.group(1)) == prior[1])


# a quarter named with its year ('24Q3', '3Q24', '2024Q3', '2024年第三季度'): the year (group 1, 2, 3 or 4)
_DATED_QUARTER = re.compile(r"(?<![\d.])(?:(\d\d)Q[1-4]|[1-4]Q(\d\d)|((?:19|20)\d\d)\s*年?\s*Q[1-4]|((?:19|20)\d\d)\s*年\s*第?[一二三四1-4]季度)(?!\d)")


def _opens_on_a_bare_period(doc: Document) -> bool:
    """Whether the first period the text names is a bare one, with no year ('第三季度', 'Q3')."""
    for page in doc.pages:
        m = PERIOD_PHRASE.search(page.text)
        if m is not None:
            # (or the first three quarters with no year: 'Q1-3', '前三季度')
            return bool(m.group("bare") or m.group("c9") or (m.group(0).startswith("前三季") and not m.group("cy")))
    return False


def _percent_ratio(name: Optional[str]) -> Optional[tuple[re.Pattern, list]]:
    """The pattern and the definitions (margins.RATIOS) of a ratio in percent by its name."""
    return next(((pattern, definitions) for pattern, percent, definitions in RATIOS
                 if percent and pattern.match(name or "")), None)


def _missing(word: str, now: Optional[Period], base: Optional[Period]) -> str:
    """What a claim lacks, by line item and period: the figure itself, its base, or both."""
    if now is not None and base is not None:
        return f"not printed: {word} {name_of(now)}, nor its base {word} {name_of(base)}"
    if now is not None:
        return f"not printed: {word} {name_of(now)}"
    return f"the base is not printed: {word} {name_of(base)}"


# names that mean one ratio share a key: 净利率, 净利润率 and 销售净利率
_RATIO_KEYS = {squash(name): key for key, names in (
    ("gross_margin", ("毛利率",)), ("parent_margin", ("归母净利率", "归母净利润率", "归属净利率")),
    ("net_margin", ("净利率", "净利润率", "销售净利率", "纯利率")), ("selling_ratio", ("销售费用率", "销售费率")),
    ("admin_ratio", ("管理费用率", "管理费率")), ("rd_ratio", ("研发费用率", "研发费率")), ("debt_ratio", ("资产负债率",)),
    ("roe", ("净资产收益率", "ROE"))) for name in names}


def _bare_ratio_name(name: str) -> str:
    """A ratio's printed name without its bracketed unit ('毛利率(%)' → 毛利率)."""
    return squash(re.sub(r"[（(][^)）]*[)）]", "", name))


def _ratio_key(name: Optional[str]) -> Optional[str]:
    """The ratio a printed name means, its bracketed unit aside ('毛利率(%)')."""
    return _RATIO_KEYS.get(_bare_ratio_name(name)) if name else None


# a run of names a slash or a 、 parts, as a list's figures are named ('前三季度PE/PP/焦炭销量…至83/82/531万吨')
_NAME_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,8}(?:\s*[/、]\s*[\u4e00-\u9fffA-Za-z]{1,8})+")


def _names_listed(text: str, n: int) -> bool:
    """Whether `text` names n things in a run (none of them a period: 'Q1/Q2/Q3' names quarters): its lists of n
    figures are theirs, not a span's quarters."""
    for run in _NAME_RUN.finditer(text):
        names = re.split(r"\s*[/、]\s*", run.group(0))
        if len(names) == n and not any(PERIOD_PHRASE.fullmatch(name) or re.fullmatch(r"\d*[QH]\d\d*|.*季度?", name) for name in names):
            return True
    return False


def _level_key(name: Optional[str]) -> Optional[str]:
    """Which ratio a stated level is of, across sentences: its meaning where the family knows the
    name, else the name itself (分红比例 is no 期间费用率: two names it does not know are two ratios)."""
    return _ratio_key(name) or (_bare_ratio_name(name) if name else None)


# a revenue amount followed (past its growth) by its share of the revenue: a part's, not the revenue
# ('来自物业服务的营业收入为331.3亿元,占比9.7%' too)
# (a results announcement's words too: '食品业务收益49.47亿元,较去年同期增长0.9%,占集团总收益32%')
_SHARE_OF_REVENUE_AFTER = re.compile(r"\s*[^\d,，。；;\s]{0,4}\s*(?:[,，]\s*(?:同比|较上年同期|比上年同期|较去年同期|比去年同期)?\s*"
                                     r"(?:增长|下降|下滑|减少|增加|上升|提升|微增|微降)?"
                                     r"\s*[+\-−]?\d+(?:\.\d+)?\s*%\s*)?[,，]\s*(?:占(?:公司|集团)?(?:总)?(?:营收|营业收入|营业总收入|收入|收益|营业额)|占比)")
_ITS_OWN_PERIOD: Period = ("R", 0)  # 本期, the one period of a text naming none
# a half a bracketed base names ('(2024年上半年:人民币154.49亿元)'), as a period's kind and number
_HALVES = {"上半年": ("H", 1), "中期": ("H", 1), "下半年": ("H", 2)}
# the words that name a period bare, with no year: the text's one period where it names only that one
_BARE_NAMES_OF = {("H", 1): r"上半年|中期", ("H", 2): r"下半年", ("Q", 1): r"第?一季度|一季报", ("Q", 2): r"第?二季度",
                  ("Q", 3): r"第?三季度|单三季度", ("Q", 4): r"第?四季度"}
_MOVED_TO = re.compile(r"(?:增|升|降|减|增长|增加|上升|提升|下降|减少|下滑|回落)\s*(?:至|到)")
_A_DAY = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


# a part's amount with its share in brackets right after it ('药品批发收入40.87亿元(22.71%)': a bare percentage, no sign
# nor growth word — a share, not a change)
_BRACKETED_SHARE_AFTER = re.compile(rf"\s*(?:{MONEY_UNIT})?\s*[（(]\s*\d+(?:\.\d+)?\s*%\s*[)）]")


def _names_another_part(between: str) -> bool:
    """Whether a share after a part's amount is another part's: the part's own share stood in brackets right after
    its amount, and words naming something else come before this one ('药品批发收入40.87亿元(22.71%) 便利品及其他业务
    合计占比5.41%')."""
    own = _BRACKETED_SHARE_AFTER.match(between)
    return own is not None and len(re.findall(r"[\u4e00-\u9fff]", between[own.end():])) >= 2


def _part_amount(name: str, p: Period, s: Sentence, m: re.Match, scale: Decimal, currency: Optional[str]) -> tuple:
    """A part's amount as the sentence states it: (name, period, amount in yuan, its cell, currency)."""
    return (name, p, figure_of(m.group("num")).times(scale), ("text", s.page, s.start + m.start("num"), s.start + m.end("num")),
            currency)


_BRACKET_OPENS = re.compile(r"[（(]\s*$")


# a numbered list's item at a line's start ('2. 2025年上半年,公司实现收入13.38亿元', '3、毛利…'): its items are one paragraph
_NUMBERED_ITEM = re.compile(r"[ \t\u3000]*(\d{1,2})\s*[.、．](?!\d)")


def _next_item(text: str, before: int, at: int) -> bool:
    """Whether the line at `at` is the next item of a numbered list after the line holding `before` ('2.' then '3.')."""
    line_before = _NUMBERED_ITEM.match(text, text.rfind("\n", 0, before) + 1)
    line_now = _NUMBERED_ITEM.match(text, text.rfind("\n", 0, at + 1) + 1)
    return bool(line_before and line_now and int(line_now.group(1)) == int(line_before.group(1)) + 1)


def _without_days(text: str) -> str:
    """`text` with each day it names ('2025年4月17日') blanked, one space a character: a day is no period."""
    return _A_DAY.sub(lambda d: " " * len(d.group(0)), text)


def find(doc: Document) -> list[dict]:
    if not is_company_report(doc):
        return []
    return Reader(doc).run()
