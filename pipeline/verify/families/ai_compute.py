"""Check family: AI-industry arithmetic. Find the figures a report derives, recompute them with `calc`, judge each one.

The document is read in order, page by page, sentence by sentence, keeping the
assumptions it states once and reuses (MFU, the GPU and its peak, training days, GPUs
per server, the price of a server, the compute just derived). Each recognized claim
becomes one CHECK (../shared/CONTRACT.md, Verify):

  training compute  C = 6·N·D, from the parameters and tokens it names
  GPU count         GPUs = C ÷ (MFU × peak × days × 86,400), counts rounded up or to nearest
  servers           GPUs ÷ GPUs per server, rounded up
  cost              servers × the price of one
  price cuts        a table row's or sentence's cut percentage against its prices

A claim whose input is missing is `unverifiable`, and says which input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal, DivisionByZero
from typing import Any, Optional

from ... import calc, chartdump
from ... import quantities as q
from ...calc import Printed
from ...document import Document, entities_between
from ...textutil import squash_name
from ..checks import FALL_BEFORE, FLOW_BEFORE, PROSE_SENTENCE, YEAR_OR_QUARTER, clause_before, formula_range, is_company_report, names_the_whole
from ..sentences import DIGEST_BREAK, MOVED_BY

_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9.\-])[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9](?![A-Za-z0-9])")
# every multiplier word a figure may carry: a figure edited from 万 to 亿 must still be
# read (and so judged), not silently dropped because one pattern knew only 万
_MULT = q.CN_UNIT + "|千"
_CARDS = "张|块|颗|片"  # what a count of GPUs is counted in ('2.6万张A100', '1万块GPU')
_SCI = r"(\d+(?:\.\d+)?)\s*(?:[*×xX]\s*10\s*\^?\s*(\d{1,2})|[eE]\+?(\d{1,2}))"


def sci(text: str) -> Optional[Decimal]:
    """'3.14*1023' (a dump's flattened 3.14×10²³), '3.14×10^23', '2.31E+07' → Decimal."""
    m = re.fullmatch(rf"\s*{_SCI}\s*", text)
    if not m:
        try:
            return Decimal(text.replace(",", ""))
        except Exception:
            return None
    exp = int(m.group(2) or m.group(3))
    return Decimal(m.group(1)) * Decimal(10) ** exp


@dataclass
class Context:
    """What the report has said so far that later figures rely on."""

    params: Optional[Decimal] = None
    tokens: Optional[Decimal] = None
    flops: Optional[Decimal] = None
    flops_printed: Optional[Decimal] = None
    d_per_n: Optional[Decimal] = None  # 'D=38.5*N': tokens per parameter
    model_params: dict[str, Decimal] = field(default_factory=dict)  # 'Llama 3.1' → 405e9
    mfu: Optional[Decimal] = None
    gpu: Optional[str] = None
    peaks: dict[str, Decimal] = field(default_factory=dict)   # GPU name → FLOP/s as printed
    days: list[Decimal] = field(default_factory=list)
    days_seen: list[list[Decimal]] = field(default_factory=list)  # every list of days stated, in order
    gpus: Optional[Decimal] = None        # the last GPU count derived (exact)
    flops_day: Optional[Decimal] = None   # the last daily inference compute stated (FLOP per day)
    per_server: Optional[Decimal] = None
    server_price: Optional[tuple[Decimal, str]] = None
    servers: Optional[Decimal] = None
    # the question-answering demand chain: visits × questions × tokens → QPS, tokens/s, per day
    visits: Optional[Decimal] = None            # per month
    questions: Optional[Decimal] = None         # per visit
    tokens_per_answer: Optional[Decimal] = None
    peak_multiple: Optional[Decimal] = None
    sentence_peaks: dict = field(default_factory=dict)  # the peaks the current sentence states
    dau: Optional[Decimal] = None               # daily active users: questions are then per user per day


@dataclass
class PageCharts:
    """The charts a text dump flattened on one page (chartdump), by offset."""

    pies: list = field(default_factory=list)
    runs: list = field(default_factory=list)
    bars: list = field(default_factory=list)
    labelled: list = field(default_factory=list)

    @classmethod
    def read(cls, text: str) -> "PageCharts":
        return cls(chartdump.pies(text), chartdump.value_runs(text), chartdump.bars(text),
                   chartdump.labelled_values(text))

    def __bool__(self) -> bool:
        return bool(self.pies or self.runs or self.bars or self.labelled)

    def around(self, offset: int, reach: int) -> "PageCharts":
        near = lambda items: [x for x in items if abs(x.start - offset) <= reach]  # noqa: E731
        return PageCharts(near(self.pies), near(self.runs), near(self.bars), near(self.labelled))

    def near(self, offset: int, reach: int) -> bool:
        return bool(self.around(offset, reach))

    def inside(self, offset: int, end: Optional[int] = None) -> bool:
        """Whether an offset (or the span offset–end) touches a chart's own text."""
        end = offset + 1 if end is None else end
        spans = [(c.start, c.end) for c in self.pies + self.runs + self.bars + self.labelled]
        spans += [(a, b) for r in self.runs for _, a, b in r.medians]
        return any(a < end and offset < b for a, b in spans)


def _arithmetic_reason(e: Exception) -> str:
    """Why a claim's arithmetic failed, in a reader's words."""
    if isinstance(e, (ZeroDivisionError, DivisionByZero)) or "DivisionByZero" in repr(e) or "DivisionUndefined" in repr(e):
        return "a zero base (a change or a ratio from 0)"
    if isinstance(e, OverflowError) or "Overflow" in repr(e):
        return "a figure too large to compute with"
    return f"{type(e).__name__}"


class Checker:
    def __init__(self, doc: Document):
        self.doc = doc
        self.checks: list[dict[str, Any]] = []
        self._read_out: set[tuple[int, str]] = set()  # (chart, name) read off a chart already
        self.ctx = Context()
        self.table_gpus: dict[str, dict[int, Decimal]] = {}
        self.ctx.model_params.update(spec_sizes(doc))  # the report's own model table, then prose
        self.broken_down: Optional[re.Match] = None  # the total the sentence read breaks down, if any (`_total_broken_down`)
        self.broken_down_words: Optional[str] = None  # the words of its clause, what it is a total of
        self.page_text = ""  # the page read (a growth's base may be the next sentence's)

    def add(self, claim: str, page: int, formula: str, inputs: dict, reported: Decimal, recomputed: Optional[Decimal],
            unit: str, verdict: str, note: str = "", at: Optional[int] = None) -> None:
        """One check. `at` is the claim's offset in its page, for a claim that is not the
        page's own words ('图: ChatGPT DAU/MAU 14%'); others are placed by their text."""
        self.checks.append({"_at": at,
            "id": f"C{len(self.checks) + 1:03d}", "claim": claim.strip()[:300], "page": page, "formula": formula,
            "inputs": {k: (q.plain(v) if isinstance(v, Decimal) else v) for k, v in inputs.items()},
            "reported": q.plain(reported) if isinstance(reported, Decimal) else reported,
            "recomputed": None if recomputed is None else float(recomputed) if abs(recomputed) >= 10 ** 15
            else q.plain(recomputed.quantize(Decimal("0.0001")) if recomputed != recomputed.to_integral_value() else recomputed),
            "unit": unit, "verdict": verdict, "note": note})

    # ------------------------------------------------------------------------- reading
    def run(self) -> list[dict]:
        self.charts = {page.number: PageCharts.read(page.text) for page in self.doc.pages}
        for page in self.doc.pages:
            ents = sorted((e for e in self.doc.entities if e.page == page.number), key=lambda e: e.start)
            starts = [e.start for e in ents]
            # (a 其中 opening a sentence breaks down the total the one before it states, clause by clause)
            previous, self.broken_down = "", None  # (a page's own)
            self.page_text = page.text
            for sent in PROSE_SENTENCE.finditer(page.text):
                inside = entities_between(ents, starts, sent.start(), sent.end())
                carried = self.broken_down
                self.broken_down = self._total_broken_down(sent.group(0), previous)
                if self.broken_down is not None and self.broken_down is not carried:
                    self.broken_down_words = clause_before(previous, self.broken_down.start())
                self.sentence(sent.group(0), inside, page.number, sent.start())
                previous = sent.group(0)
        self.price_tables()
        self.valuation_tables()
        self.compute_tables()
        self.cost_tables()
        self.param_mentions()
        self.restated_table_values()
        self.breakdowns()
        self.count_breakdowns()
        self.restated_totals_in_prose()
        self.restated_prices()
        self.chart_multiples()
        self.chart_dumps()
        self.restated_totals()
        self.note_swaps()
        return self.checks

    def note_swaps(self) -> None:
        """Two mismatches of one formula on a page, each printing what the other
        recomputes ('2.6万张、3.9万张、7.8万张' for 30, 60, 90 days): two figures or their
        inputs swapped, which the note says instead of a bare mismatch."""
        def near(printed, exact) -> bool:
            return exact not in (None, 0) and abs(Decimal(str(printed)) - Decimal(str(exact))) <= abs(Decimal(str(exact))) / 50

        wrong = [c for c in self.checks if c["verdict"] == "mismatch"
                 and not re.search(r"slip|power of ten", c["note"])]  # a recognized cause stands
        for a in wrong:
            for b in wrong:
                if (a is not b and a["formula"] == b["formula"] and a["page"] == b["page"]
                        and near(a["reported"], b["recomputed"]) and near(b["reported"], a["recomputed"])):
                    if a["claim"] == b["claim"]:  # one sentence: the inputs tell the figures apart
                        differ = {k: v for k, v in b["inputs"].items() if a["inputs"].get(k) != v}
                        where = ", ".join(f"{k} {v}" for k, v in differ.items())
                    else:  # table cells: the other cell, without its figure
                        where = b["claim"].rsplit(" ", 1)[0]
                    a["note"] = f"swapped: printed where the figure for {where} belongs"
                    break

    # ------------------------------------------------------------------------- prose against tables
    def param_mentions(self) -> None:
        """'从GPT-1到GPT-3,参数量从1.1亿大幅提升至1746亿': each model's stated size against
        the report's own model-specs table."""
        specs = spec_sizes(self.doc)
        if not specs:
            return
        for page in self.doc.pages:
            ents = sorted((e for e in self.doc.entities if e.page == page.number), key=lambda e: e.start)
            starts = [e.start for e in ents]
            for sent in PROSE_SENTENCE.finditer(page.text):
                inside = entities_between(ents, starts, sent.start(), sent.end())
                models = [e for e in inside if e.label == "MODEL" and e.value.get("name") in specs]
                counts = [e for e in inside if e.label == "PARAM_COUNT" and not e.value.get("approx")]
                if not models or not counts:
                    continue
                # '从A到B,参数量从x提升至y': the models' sizes follow in the models' order
                after = [c for c in counts if c.start > models[0].start]
                pairs = list(zip(models, after))
                for m, pc in pairs:
                    mm = re.match(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT}|[KMBT])", pc.text)
                    if not mm:
                        continue
                    printed = _printed(mm.group(1), mm.group(2))
                    exact = specs[m.value["name"]]
                    verdict = calc.judge(exact, printed)
                    self.add(sent.group(0), page.number, "stated size vs the report's model table",
                             {m.value["name"]: exact}, printed.value, exact, "parameters", verdict,
                             f"the table gives {q.to_chinese(exact)}" if verdict == "mismatch" else "")

    def restated_table_values(self) -> None:
        """A count in prose that the report's own tables give ('约需要3544台服务器',
        '8188张H100'): the claim agrees with the table cell it rounds from."""
        cells = [(c["claim"], Decimal(str(c["reported"])), c["unit"]) for c in self.checks
                 if c["claim"].startswith("表") and c["unit"] in ("GPUs", "servers")]
        if not cells:
            return
        for page in self.doc.pages:
            for sent in PROSE_SENTENCE.finditer(page.text):
                text = sent.group(0)
                if text.startswith("表") or not re.search(rf"{_CARDS}|台", text):
                    continue
                for m in re.finditer(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*({_CARDS}|台)", text):
                    printed = _printed(m.group(1), m.group(2))
                    unit = "servers" if m.group(3) == "台" else "GPUs"
                    if printed.value < 10:
                        continue  # '8张A100' per server is an assumption, not a figure
                    if any(c["claim"] == text.strip()[:300] and c["reported"] == q.plain(printed.value)
                           and c["verdict"] != "unverifiable" for c in self.checks):
                        continue
                    found = self._restated_cell(cells, printed, unit, text[m.end():])
                    if found is None:
                        continue
                    (claim, value), verdict, note = found
                    # the restatement replaces a vaguer check of the same figure (an inference
                    # count whose demand chain is not recognized)
                    self.checks = [c for c in self.checks if not (c["verdict"] == "unverifiable"
                                                                  and c["claim"] == text.strip()[:300]
                                                                  and c["reported"] == q.plain(printed.value))]
                    self.add(text, page.number, "restates a table value", {"table": claim}, printed.value, value,
                             unit, verdict, note)

    @staticmethod
    def _restated_cell(cells: list, printed: Printed, unit: str, after: str):
        """The table cell a prose count restates, with the verdict and note: a cell it
        rounds from; else a restatement gone wrong — a close cell of the same GPU
        ('8189张H100' beside the table's 8,188), or such a cell in the wrong unit
        ('6.2亿台' for 62,214). None when it restates no cell."""
        matches = [(claim, v) for claim, v, _ in cells if calc.judge(v, printed) != "mismatch"]
        if matches:
            cell = min(matches, key=lambda cv: abs(cv[1] - printed.value))
            return cell, calc.judge(cell[1], printed), ""
        gpu = re.match(r"\s*([A-Z]\d{2,3}[A-Z]?)", after)
        same = [(claim, v) for claim, v, u in cells if u == unit
                and (unit == "servers" or (gpu and gpu.group(1) in claim))]
        near = [(claim, v) for claim, v in same if abs(v - printed.value) <= Decimal("0.5") * v]
        if near:
            cell = min(near, key=lambda cv: abs(cv[1] - printed.value))
            return cell, "mismatch", f"no table cell gives it; the nearest is {q.plain(cell[1])}"
        slipped = [(claim, v) for claim, v in same if _unit_slip(v, printed)]
        if slipped:
            return slipped[0], "mismatch", calc.likely_cause(slipped[0][1], printed) or ""
        return None

    def sentence(self, text: str, ents: list, page: int, start: int) -> None:
        """One sentence of a page; `start` is its offset in the page (entities' frame).
        A claim whose arithmetic cannot be done (a change from a zero base, a figure
        beyond any precision) is unverifiable with its reason; the sentence's other
        claims and the document's other sentences go on."""
        self.learn(text, ents, start)
        claims = [
            ("compute", lambda: self.compute_claim(text, ents, page)),
            ("GPUs", lambda: self.gpu_claim(text, ents, page)),
            ("servers", lambda: self.server_claim(text, page)),
            ("cost", lambda: self.cost_claim(text, ents, page)),
            ("cut", lambda: self.cut_claim(text, ents, page, start)),
            ("demand", lambda: self.demand_claim(text, ents, page)),
            ("ratio", lambda: self.ratio_claim(text, ents, page, start)),
            ("change", lambda: self.change_claim(text, ents, page, start)),
            ("per unit", lambda: self.per_unit_claim(text, page)),
            ("price unit", lambda: self.restated_price_unit(text, ents, page, start)),
            ("volume", lambda: self.volume_claim(text, page)),
            ("share", lambda: self.share_of_total_claim(text, page)),
            ("total", lambda: self.total_claim(text, page, start)),
        ]
        cut = None
        for name, claim in claims:
            if name == "change" and cut:
                continue  # a cut judged from the sentence's own prices needs no second look
            try:
                found = claim()
            except (ArithmeticError, ValueError) as e:
                self.add(text, page, name, {}, None, None, "", "unverifiable",
                         f"cannot be recomputed: {_arithmetic_reason(e)}")
                continue
            if name == "cut":
                cut = found

    def learn(self, text: str, ents: list, start: int = 0) -> None:
        """Assumptions stated in passing: MFU 30%, 每台服务器8张GPU, 单台服务器20万美元…"""
        c = self.ctx
        m = re.search(r"(?:利用率|MFU)\s*(?:取|为|按|=|＝|假设为)?\s*(\d+(?:\.\d+)?)\s*%", text)
        if m:
            c.mfu = Decimal(m.group(1)) / 100
        days = re.findall(r"(\d+(?:\.\d+)?)\s*天", text) if re.search(r"训练|周期|时长", text) else []
        if days:
            c.days = [Decimal(d) for d in days]
            c.days_seen.append(c.days)
        m = (re.search(r"每台(?:服务器)?(?:配置|搭载|含|有)?\s*(\d+)\s*[张块]", text)
             or re.search(r"(\d+)\s*(?:张|块|卡)\s*/\s*台", text) or re.search(r"(\d+)\s*卡(?:服务器|机器|整机)", text))
        if m:
            c.per_server = Decimal(m.group(1))
        m = re.search(rf"(?:单台|每台)服务器(?:成本|价格|售价)?(?:为|约|按)?\s*(\d+(?:\.\d+)?)\s*({_MULT})?\s*(美元|元)", text)
        if m:
            c.server_price = (Decimal(m.group(1)) * q.UNIT_MULT[m.group(2) or ""],
                              "USD" if m.group(3) == "美元" else "CNY")
        m = re.search(r"D\s*[=＝≈]\s*(\d+(?:\.\d+)?)\s*[*×]?\s*N", text)
        if m:
            c.d_per_n = Decimal(m.group(1))
        gpus = [e for e in ents if e.label == "GPU"]
        rates = [e for e in ents if e.label == "COMPUTE" and e.value.get("unit") in ("FLOP/s", "OP/s")]
        if gpus:
            c.gpu = gpus[0].value["model"]
        c.sentence_peaks = {}
        if gpus and rates:
            before_first = [g.value["model"] for g in gpus if g.end <= rates[0].start]
            if len(before_first) != 1 or len(rates) == 1:
                # 'A100、H100的峰值分别为624TFLOPs、1979TFLOPs': the GPUs named before the rates, in order
                for g, r in zip(before_first or [g.value["model"] for g in gpus], rates):
                    c.peaks[g] = c.sentence_peaks[g] = Decimal(str(r.value["value"]))
            else:  # 'H100的算力为989TFLOPS，A100为312TFLOPS': each rate after its own GPU
                previous = 0
                for r in rates:
                    own = [g for g in gpus if previous <= g.start and g.end <= r.start]
                    if own:
                        g = own[-1].value["model"]
                        c.peaks[g] = c.sentence_peaks[g] = Decimal(str(r.value["value"]))
                    previous = r.end
        for e in ents:
            if e.label == "PARAM_COUNT" and not e.value.get("approx"):
                c.params = Decimal(str(e.value["count"]))
            elif e.label == "TOKENS":
                c.tokens = Decimal(str(e.value["value"]))
            elif e.label == "MODEL":
                size = re.search(r"(\d+(?:\.\d+)?)\s*([BT])\b", e.text)
                if size:
                    n = Decimal(size.group(1)) * q.UNIT_MULT[size.group(2)]
                    c.model_params[e.text[:size.start()].strip(" -_")] = n
                    c.params = n
        m = re.search(rf"(?:tokens?|Tokens?|数据量)[^，。,]{{0,8}}?为\s*(\d+(?:\.\d+)?)\s*({_MULT})", text)
        if m:
            c.tokens = Decimal(m.group(1)) * q.UNIT_MULT[m.group(2)]
        # 'GPT-2…将参数规模扩大至1.5B': one model and one size in a sentence give that model's size
        models = {e.value.get("name") for e in ents if e.label == "MODEL"}
        sizes = [e for e in ents if e.label == "PARAM_COUNT" and not e.value.get("approx")]
        if len(models) == 1 and len(sizes) == 1:
            c.model_params[models.pop()] = Decimal(str(sizes[0].value["count"]))
        elif len(sizes) > 1:  # 'GPT-3的参数量为1750亿，GPT-2的参数量为15亿': each size after its model, in one clause
            named = [e for e in ents if e.label == "MODEL" and e.value.get("name")]
            for size in sizes:
                own = [m for m in named if m.end <= size.start and not re.search(
                    r"[，,；;。]", text[m.end - start: size.start - start])]
                between = [x for x in sizes if own and own[-1].end <= x.start < size.start]
                if own and not between:
                    c.model_params[own[-1].value["name"]] = Decimal(str(size.value["count"]))
        self.learn_demand(text)

    _VISITS = re.compile(rf"月访问量(?:为|达到?|约为?)?\s*(\d+(?:\.\d+)?)\s*({_MULT})?\s*次?")
    _DAU = re.compile(rf"(?:日活(?:跃)?用户(?:数|量|规模)?|DAU)(?:为|达到?|约为?|有)?\s*(\d+(?:\.\d+)?)\s*({_MULT})?")
    _QUESTIONS = re.compile(r"(?:每次访问|每次|每人每天|每人每日|每位用户每天|每个用户每天|每用户每天|人均每天|人均每日)"
                            r"\S{0,4}?(?:提问|问答|对话|请求)(?:次数)?(?:为|约为?)?\s*(\d+(?:\.\d+)?)\s*次")
    _PER_ANSWER = re.compile(r"(?:单次|每次)(?:问答|回答|提问|对话)\S{0,4}?(?:消耗|生成|输出)(?:约)?\s*(\d+(?:\.\d+)?)\s*(?:个)?\s*"
                             r"[Tt]okens?")
    _PEAK = re.compile(r"峰值(?:预留)?倍数(?:为|取)?\s*(\d+(?:\.\d+)?)")

    def learn_demand(self, text: str) -> None:
        """The inputs of the question-answering demand chain, as the report assumes them."""
        c = self.ctx
        for pattern, name in ((self._VISITS, "visits"), (self._DAU, "dau"), (self._QUESTIONS, "questions"),
                              (self._PER_ANSWER, "tokens_per_answer"), (self._PEAK, "peak_multiple")):
            m = None
            for m in pattern.finditer(text):
                pass  # the last statement wins: '平均14.1亿次…我们假设为14亿'
            if m:
                unit = m.group(2) if pattern in (self._VISITS, self._DAU) else None
                setattr(c, name, Decimal(m.group(1)) * q.UNIT_MULT.get(unit or "", 1))

    # ------------------------------------------------------------------------- C = 6ND
    def compute_claim(self, text: str, ents: list, page: int) -> None:
        flops = [e for e in ents if e.label == "COMPUTE" and _compute_amount(e, text)]
        training = bool(re.search(r"6\s*N|训练", text))
        if not flops or not (training or re.search(r"2\s*N|推理", text)):
            return
        if re.search(r"(?:每个?|单个)\s*[Tt]oken", text):
            self.sized_compute_claim(text, ents, flops[0], page, Decimal(6 if training else 2), per_token=True)
            return
        if not training:
            self.sized_compute_claim(text, ents, flops[0], page, Decimal(2), per_token=False)
            return
        c = self.ctx
        explicit = re.search(rf"6\s*[*×]\s*\(\s*{_SCI}\s*\)\s*[*×]\s*\(\s*{_SCI}\s*\)", text)
        worded = re.search(rf"6\s*[*×xX]\s*\(?\s*(\d+(?:\.\d+)?)\s*({_MULT}|[KMBT])\s*\)?\s*[*×xX]\s*\(?\s*"
                           rf"(\d+(?:\.\d+)?)\s*({_MULT}|[KMBT])", text)  # '6×175B×300B'
        if explicit:
            g = explicit.groups()
            n = Decimal(g[0]) * Decimal(10) ** int(g[1] or g[2])
            d = Decimal(g[3]) * Decimal(10) ** int(g[4] or g[5])
            self.restated_in_formula(text, ents, explicit, n, d, page)
        elif worded:
            n, d = _printed(worded.group(1), worded.group(2)).value, _printed(worded.group(3), worded.group(4)).value
        else:
            named = next((c.model_params[m.text.strip()] for m in ents if m.label == "MODEL"
                          and m.text.strip() in c.model_params), None)
            n, d = named or c.params, c.tokens
        e = flops[0]  # the report's own figure; a second one is usually a reference value
        printed = _printed_compute(e.text)
        if printed is None:
            return
        c.flops, c.flops_printed, c.params = printed.value, printed.value, n or c.params
        if n is None or d is None:
            missing = "parameters (N)" if n is None else "training tokens (D)"
            self.add(text, page, "C = 6·N·D", {}, printed.value, None, "FLOP", "unverifiable", f"missing input: {missing}")
            return
        exact = calc.training_flops(n, d)
        verdict = calc.judge(exact, printed)
        inputs = {"N": n, "D": d}
        if verdict == "mismatch" and c.d_per_n is not None:  # the report's own D = k·N convention
            alt = calc.training_flops(n, c.d_per_n * n)
            if calc.judge(alt, printed) != "mismatch":
                exact, verdict, inputs = alt, calc.judge(alt, printed), {"N": n, "D": c.d_per_n * n}
        note = calc.cause(verdict, exact, printed)
        self.add(text, page, "C = 6·N·D", inputs, printed.value, exact, "FLOP", verdict, note)
        c.flops = exact
        # '与实际情况接近(论文中…为3.8*1025FLOPs)': a reference value the report says is close
        for ref in flops[1:]:
            ref_printed = _printed_compute(ref.text)
            if ref_printed is not None and re.search(r"接近|相近|一致|吻合|相当", text):
                self.add(text, page, "reference value ≈ C = 6·N·D", {"C": exact}, ref_printed.value, exact, "FLOP",
                         calc.judge_approx(exact, ref_printed), "")

    def restated_in_formula(self, text: str, ents: list, formula: re.Match, n: Decimal, d: Decimal, page: int) -> None:
        """'参数量为1746亿、训练数据量tokens为3000亿 … =6*(1746*108)*(3*1011)': the inputs the
        sentence states in words are the formula's factors, so an edit of either shows."""
        before = text[:formula.start()]
        stated_n = next((e for e in ents if e.label == "PARAM_COUNT" and 0 <= before.find(e.text)
                         and not e.value.get("approx")), None)  # entity offsets are the page's
        stated_d = re.search(rf"(?:tokens?|数据量|训练数据|token数)[^，。,；;\d]{{0,10}}?(\d+(?:\.\d+)?)\s*({_MULT})", before)
        for name, words, value in (("N", stated_n and stated_n.text, n), ("D", stated_d, d)):
            if words is None:
                continue
            printed = _printed(*re.match(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT}|[KMBT])", words).groups()) \
                if isinstance(words, str) else _printed(words.group(1), words.group(2))
            verdict = calc.judge(value, printed)
            self.add(text, page, f"{name} in words = {name} in the formula", {f"{name} (formula)": value},
                     printed.value, value, "parameters" if name == "N" else "tokens", verdict,
                     calc.cause(verdict, value, printed))

    def sized_compute_claim(self, text: str, ents: list, flops, page: int, k: Decimal, per_token: bool) -> None:
        """C = k·N·D from the parameters and tokens the report states: inference
        '参数量为700亿…处理1万亿tokens，推理所需算力为2ND=1.4×10^23 FLOPs' (k = 2), or per
        token, D = 1: '每个token的推理计算量约为2N=1400亿FLOPs' (k = 2, or 6 in training,
        where 约 allows a figure cut short)."""
        c = self.ctx
        printed = _printed_compute(flops.text)
        if printed is None:
            return
        sizes = [e for e in ents if e.label == "PARAM_COUNT" and not e.value.get("approx")]
        tokens = [e for e in ents if e.label == "TOKENS"]
        n = Decimal(str(sizes[-1].value["count"])) if sizes else c.params
        d = Decimal(1) if per_token else Decimal(str(tokens[-1].value["value"])) if tokens else c.tokens
        formula = f"C per token = {k}·N" if per_token else f"C = {k}·N·D"
        if n is None or d is None:
            missing = "parameters (N)" if n is None else "tokens processed (D)"
            self.add(text, page, formula, {}, printed.value, None, "FLOP", "unverifiable", f"missing input: {missing}")
            return
        exact = (calc.training_flops if k == 6 else calc.inference_flops)(n, d)
        at = text.find(flops.text)
        approx = per_token and re.search(r"约|大约|近", text[max(0, at - 12): at])
        verdict = calc.judge_approx(exact, printed) if approx else calc.judge(exact, printed)
        self.add(text, page, formula, {"N": n} if per_token else {"N": n, "D": d}, printed.value, exact, "FLOP",
                 verdict, calc.cause(verdict, exact, printed))
        if not per_token and re.search(r"每日|每天|日均|单日", text):
            c.flops_day = exact

    # ------------------------------------------------------------------------- GPUs
    _COUNTS = re.compile(r"(?:(?:GPU|显卡|加速卡|卡|(?P<named>[A-Z]\d{2,4}[A-Z]?))(?:数量)?\s*(?:约为|约|为|需要|达到)|需要)\s*"
                         r"(?:约|大约|近)?\s*"
                         rf"(?P<list>(?:\d[\d,.]*\s*(?:{_MULT})?\s*(?:{_CARDS})\s*[、,，和]?\s*)+)\s*"
                         r"(?P<gpu>[A-Z]\d{2,4}[A-Z]?)?")

    def gpu_claim(self, text: str, ents: list, page: int) -> None:
        c = self.ctx
        for m in self._COUNTS.finditer(text):
            counts = re.findall(rf"(\d[\d,.]*)\s*({_MULT})?\s*(?:{_CARDS})", m.group("list"))
            gpu = m.group("gpu") or m.group("named") or c.gpu
            if c.flops_day is not None and re.search(r"推理|每日|每天|日均|单日", text):
                self.daily_gpu_counts(text, page, counts, gpu)
                continue
            if "推理" in text:  # the inference chain (visits × questions × tokens) is not recognized yet
                for digits, word in counts:
                    self.add(text, page, "GPUs = C_day / (MFU × peak × 86400)", {},
                             _printed(digits, word).value, None, "GPUs",
                             "unverifiable", "missing input: inference demand chain (not recognized)")
                continue
            self.gpu_counts(text, page, counts, gpu)

    def daily_gpu_counts(self, text: str, page: int, counts: list, gpu: Optional[str]) -> None:
        """'每日推理计算量为1.4×10^23 FLOPs…每日需要约1638张H100': GPUs = C_day ÷ (MFU ×
        peak × 86,400), the daily compute the report stated before."""
        c = self.ctx
        peak, peak_note = self._peak_of(gpu)
        for digits, word in counts:
            printed = _printed(digits, word)
            missing = [name for name, v in (("MFU", c.mfu), (f"{gpu or 'GPU'} peak", peak)) if v is None]
            if missing:
                self.add(text, page, "GPUs = C_day / (MFU × peak × 86400)", {}, printed.value, None, "GPUs",
                         "unverifiable", "missing input: " + ", ".join(missing))
                continue
            exact = calc.gpus_needed(c.flops_day, peak, c.mfu, calc.SECONDS_PER_DAY)
            verdict = calc.judge_count(exact, printed)
            note = "; ".join(x for x in ((calc.likely_cause(exact, printed) if verdict == "mismatch" else None),
                                         peak_note) if x)
            self.add(text, page, "GPUs = C_day / (MFU × peak × 86400)",
                     {"C_day": c.flops_day, "MFU": c.mfu, "peak": peak, "GPU": gpu}, printed.value, exact, "GPUs",
                     verdict, note)
            c.gpus = exact

    def _peak_of(self, gpu: Optional[str]) -> tuple[Optional[Decimal], str]:
        """The GPU's peak as the report printed it, else its FP16 datasheet peak (said so)."""
        c = self.ctx
        gpu_key = next((k for k in c.peaks if gpu and gpu.upper() in k.upper()), None)
        if gpu_key:
            return c.peaks[gpu_key], ""
        candidates = calc.peak(gpu, "fp16") if gpu else []
        if candidates:
            return candidates[0][1], f"peak not printed here: used {candidates[0][0]}"
        return None, ""

    def gpu_counts(self, text: str, page: int, counts: list, gpu: Optional[str]) -> None:
        c = self.ctx
        peak, peak_note = self._peak_of(gpu)
        days = c.days if len(c.days) == len(counts) else (c.days[:1] * len(counts) if c.days else [])
        # the compute the figure may rest on: as derived, as printed, or with the report's D = k·N
        flops_options = [("C", c.flops), ("C as printed", c.flops_printed)]
        if c.d_per_n is not None and c.params is not None:
            flops_options.append(("C with D = %s·N" % c.d_per_n, calc.training_flops(c.params, c.d_per_n * c.params)))
        for i, (digits, word) in enumerate(counts):
            printed = _printed(digits, word)
            missing = [name for name, v in (("compute (C)", c.flops), ("MFU", c.mfu), (f"{gpu or 'GPU'} peak", peak),
                                             ("days", days[i] if days else None)) if v is None]
            if missing:
                self.add(text, page, "GPUs = C / (MFU × peak × days × 86400)", {}, printed.value, None, "GPUs",
                         "unverifiable", "missing input: " + ", ".join(missing))
                c.gpus = printed.value  # what servers are counted from, as the report printed it
                continue
            best = None
            for label, flops in flops_options:
                if flops is None:
                    continue
                exact = calc.gpus_needed(flops, peak, c.mfu, days[i] * calc.SECONDS_PER_DAY)
                verdict = calc.judge_count(exact, printed)
                rank = {"consistent": 0, "rounding": 1, "mismatch": 2}[verdict]
                if best is None or rank < best[0]:
                    best = (rank, label, flops, exact, verdict)
            _, label, flops, exact, verdict = best
            note = "; ".join(x for x in ((calc.likely_cause(exact, printed) if verdict == "mismatch" else None),
                                         peak_note, label if label != "C" else None) if x)
            self.add(text, page, "GPUs = C / (MFU × peak × days × 86400)",
                     {"C": flops, "MFU": c.mfu, "peak": peak, "days": days[i], "GPU": gpu}, printed.value, exact,
                     "GPUs", verdict, note)
            c.gpus = exact

    def server_claim(self, text: str, page: int) -> None:
        m = re.search(r"(?:约需|需要|需|共需|约)\s*(?:约|大约|近)?\s*(\d[\d,]*)\s*台(?:服务器)?", text)
        if not m or "服务器" not in text:
            return
        c = self.ctx
        printed = Printed.of(m.group(1))
        if c.gpus is None or c.per_server is None:
            missing = "GPU count" if c.gpus is None else "GPUs per server"
            self.add(text, page, "servers = GPUs / GPUs per server", {}, printed.value, None, "servers", "unverifiable",
                     f"missing input: {missing}")
            return
        # the report may divide its own printed (rounded-up) GPU count or the exact one
        gpus = c.gpus
        exact = calc.servers_needed(gpus, c.per_server)
        verdict = calc.judge_count(exact, printed)
        if verdict == "mismatch":
            alt = calc.servers_needed(gpus.to_integral_value(rounding="ROUND_CEILING"), c.per_server)
            if calc.judge_count(alt, printed) != "mismatch":
                exact, verdict = alt, calc.judge_count(alt, printed)
        self.add(text, page, "servers = ceil(GPUs / GPUs per server)", {"GPUs": gpus, "per_server": c.per_server},
                 printed.value, exact, "servers", verdict,
                 calc.cause(verdict, exact, printed))
        c.servers = exact.to_integral_value(rounding="ROUND_CEILING")

    def cost_claim(self, text: str, ents: list, page: int) -> None:
        c = self.ctx
        if c.servers is None or c.server_price is None or not re.search(r"投入|成本|规模|花费|资本开支|支出", text):
            return
        money = [e for e in ents if e.label == "MONEY" and e.value.get("value") is not None]
        price, currency = c.server_price
        for e in money:
            if e.value["value"] == q.plain(price) or e.value.get("currency") != currency:
                continue  # the unit price itself
            printed = _printed_money(e)
            exact = calc.cost(c.servers, price)
            verdict = calc.judge(exact, printed)
            self.add(text, page, "cost = servers × price per server", {"servers": c.servers, "price": price},
                     printed.value, exact, currency, verdict,
                     calc.cause(verdict, exact, printed))
            break

    # ------------------------------------------------------------------------- price cuts
    _BEFORE_CUE = re.compile(r"(?:此前|原价|原来|原|之前|从|由|调整前|下调前)(?:为|是)?\s*$")
    _AFTER_CUE = re.compile(r"(?:降至|降到|降为|下调至|下调为|下调到|调至|调到|调整为|调整至|变为|现价为?|至|到)\s*$")

    def cut_claim(self, text: str, ents: list, page: int, start: int = 0) -> bool:
        """'从5元/百万tokens调至1元/百万tokens，降幅80%', '下调至0.04元/千tokens，此前为0.12元
        /千tokens，降低了约67%'. Each price is a before or an after by the words just before
        it (从/此前/原价 … 至/降至/调整为), else by order; input and output prices pair by
        side; the cuts follow the pairs in order ('降幅分别为80%和60%'). Whether a cut was judged."""
        prices = [e for e in ents if e.label == "PRICE" and e.value.get("per_million_tokens") is not None]
        pcts = [e for e in ents if e.label == "PERCENT"]
        if len(prices) < 2 or not pcts:
            return False
        if not re.search(r"降幅|下降|降低|下调|降价", text):
            return False
        pairs = self._price_pairs(text, start, prices)
        pcts = pcts[: len(pairs)] if len(pcts) >= len(pairs) else pcts[:1] * len(pairs)
        judged = False
        values = sorted({Decimal(str(e.value["per_million_tokens"])) for e in prices}, reverse=True)
        for (before_e, after_e), p in zip(pairs, pcts):
            before = Decimal(str(before_e.value["per_million_tokens"]))
            after = Decimal(str(after_e.value["per_million_tokens"]))
            if before == 0:
                continue
            printed = Printed.of(p.text.strip("%％-− "))
            approx = re.search(r"约\s*$", text[max(0, p.start - start - 3): p.start - start])

            def judged_cut(b: Decimal, a: Decimal) -> tuple[str, Decimal]:
                exact = calc.cut_pct(b, a)
                return (calc.judge_approx(exact, printed) if approx else calc.judge(exact, printed)), exact

            verdict, exact = judged_cut(before, after)
            note = ""
            cued = self._role(text, start, before_e) == "before" and self._role(text, start, after_e) == "after"
            if verdict == "mismatch" and len(values) > 2 and not cued:
                # more than two prices and no 从/降至 to pair them: the pair read by order may
                # not be the pair compared
                # ('GPT4约0.42元…均接近0.12元…豆包仅0.0008元…降低99.3%' is 0.12 → 0.0008)
                other = next(((b, a) for b in values for a in values if b > a > 0 and judged_cut(b, a)[0] != "mismatch"
                              and (b, a) != (before, after)), None)
                if other is not None:
                    (before, after), (verdict, exact) = other, judged_cut(*other)
                    note = "the pair of the sentence's prices that reproduces it"
                else:
                    verdict, exact, note = "unverifiable", None, (f"the sentence names {len(values)} prices and no two of "
                                                                  "them give this cut: which are compared is not clear")
            self.add(text, page, "cut = (before − after) / before × 100", {"before": before, "after": after},
                     printed.value, exact, "%", verdict, note)
            judged = True
        return judged

    def _role(self, text: str, start: int, e) -> Optional[str]:
        """'before' or 'after' by the cue just before a price (从/此前/原价 … 至/降至), else None."""
        lead = text[max(0, e.start - start - 8): e.start - start]
        return "before" if self._BEFORE_CUE.search(lead) else "after" if self._AFTER_CUE.search(lead) else None

    def _price_pairs(self, text: str, start: int, prices: list) -> list[tuple]:
        """(before, after) price entities of a sentence: partners are the next price of the
        same side (input/output; a price with no side word of its own keeps the side last
        named, as in '输入价格从100元…降至50元'); a cue word before either one decides
        which came first."""
        sides, side = [], ""
        for e in prices:
            side = e.value.get("direction") or side
            sides.append(side)
        pairs, used = [], set()
        for i, first in enumerate(prices):
            if i in used:
                continue
            for j in range(i + 1, len(prices)):
                second = prices[j]
                if j in used or sides[i] != sides[j]:
                    continue
                swap = self._role(text, start, first) == "after" or self._role(text, start, second) == "before"
                pairs.append((second, first) if swap else (first, second))
                used |= {i, j}
                break
        return pairs

    # ------------------------------------------------------------------------- demand chain
    _QPS = re.compile(rf"(?:每秒处理请求数|QPS)\S{{0,6}}?(?:为|约为?|达到?)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*次")
    _TOKENS_PER_S = re.compile(rf"每秒消耗\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(?:个)?\s*[Tt]okens?")
    _DAILY = re.compile(rf"(?:每日|单日|每天)(?:峰值)?消耗\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(?:个)?\s*[Tt]okens?")

    def demand_claim(self, text: str, ents: list, page: int) -> None:
        """'月访问量14亿…每次访问提问15次,即每秒处理请求数8000次…每秒消耗0.049亿Tokens…
        峰值预留倍数为10…每日峰值消耗4.2万亿Tokens' (30-day month); or from daily users,
        '日活用户为1亿，每人每天提问10次，每次回答消耗500个tokens，则每日消耗5000亿tokens'
        (questions per user per day; the peak multiple only where the text says 峰值)."""
        c = self.ctx
        per_answer = c.tokens_per_answer or Decimal(1)
        if c.visits is None and c.dau is not None:
            users = ("dau", "questions")
            claims = [(self._QPS, "qps", users, "QPS = DAU × questions ÷ 86400", "requests/s"),
                      (self._TOKENS_PER_S, "tokens_per_s", users + ("tokens_per_answer",),
                       "tokens/s = QPS × tokens per answer", "tokens/s"),
                      (self._DAILY, "daily_tokens", users + ("tokens_per_answer",),
                       "tokens/day = DAU × questions × tokens per answer", "tokens")]

            def demand(m: re.Match) -> dict[str, Decimal]:
                peak = c.peak_multiple if "峰值" in m.group(0) and c.peak_multiple else Decimal(1)
                return calc.dau_demand(c.dau, c.questions, per_answer, peak)
        else:
            visits = ("visits", "questions")
            claims = [(self._QPS, "qps", visits, "QPS = visits × questions ÷ (30 × 86400)", "requests/s"),
                      (self._TOKENS_PER_S, "tokens_per_s", visits + ("tokens_per_answer",),
                       "tokens/s = QPS × tokens per answer", "tokens/s"),
                      (self._DAILY, "daily_tokens_peak", visits + ("tokens_per_answer", "peak_multiple"),
                       "tokens/day = tokens/s × 86400 × peak multiple", "tokens")]

            def demand(m: re.Match) -> dict[str, Decimal]:
                return calc.inference_demand(c.visits, c.questions, per_answer, c.peak_multiple or Decimal(1))
        for pattern, key, needs, formula, unit in claims:
            for m in pattern.finditer(text):
                printed = _printed(m.group(1), m.group(2))
                missing = [n for n in needs if getattr(c, n) is None]
                if missing:
                    self.add(text, page, formula, {}, printed.value, None, unit, "unverifiable",
                             "missing input: " + ", ".join(missing))
                    continue
                exact = demand(m)[key]
                verdict = calc.judge_approx(exact, printed)
                self.add(text, page, formula, {n: getattr(c, n) for n in needs}, printed.value, exact, unit, verdict,
                         calc.cause(verdict, exact, printed))

    # ------------------------------------------------------------------------- ratios: X倍
    _CHART_TIMES = re.compile(r"约\s*(\d+(?:\.\d+)?)\s*[xX×]")

    def ratio_claim(self, text: str, ents: list, page: int, start: int) -> None:
        """'较GPT-2提升100余倍', '数据量约为参数规模的38.5倍', '训练…为推理…的3倍'."""
        c = self.ctx
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(万|亿)?\s*(余|多)?\s*倍(?!数)", text):
            if re.search(r"倍数|倍率", text[max(0, m.start() - 6):m.start()]):
                continue
            printed = _printed(m.group(1), m.group(2))
            bound = "more_than_round" if m.group(3) else None
            before = text[:m.start()]
            approx = bool(re.search(r"约|大约|近|接近", before[-15:]))
            inputs: dict = {}
            exact = None
            formula = "ratio = a ÷ b"
            # the model compared with: '较GPT-2', '比GPT-3'
            ref = re.search(r"(?:较|比|相比|相较于?)\s*([A-Za-z][\w.\- ]{1,20}?)\s*(?:提升|增长|扩大|增加|高出|大)", before)
            sizes = [e for e in ents if e.label == "PARAM_COUNT" and not e.value.get("approx")
                     and e.end <= start + m.start()]
            tokens = [e for e in ents if e.label == "TOKENS" and e.end <= start + m.start()]
            if ref and sizes:
                known = known_params(c.model_params, ref.group(1).strip())
                if known is not None:
                    a = Decimal(str(sizes[-1].value["count"]))
                    exact, inputs, formula = a / known, {"a": a, ref.group(1).strip(): known}, "ratio = size ÷ earlier size"
            elif re.search(r"数据量|[Tt]okens?数", before) and re.search(r"参数", before) and (c.tokens or tokens) and c.params:
                d = Decimal(str(tokens[-1].value["value"])) if tokens else c.tokens
                exact, inputs, formula = d / c.params, {"D": d, "N": c.params}, "ratio = D ÷ N"
            elif re.search(r"训练", before) and re.search(r"推理", before) and re.search(r"计算量|算力", before):
                exact, inputs, formula = calc.training_to_inference(), {"training": "6·N·D", "inference": "2·N·D"}, \
                    "ratio = 6·N·D ÷ 2·N·D"
            elif (named := self._named_ratio(before)) is not None:
                exact, inputs, formula = named
            elif (pair := self._A_IS_N_TIMES_B.search(before)) is not None and pair.group("ua") == pair.group("ub"):
                a, b = _printed(pair.group("a"), pair.group("sa")).value, _printed(pair.group("b"), pair.group("sb")).value
                if b:
                    exact, inputs, formula = a / b, {"a": a, "b": b}, "ratio = a ÷ b"
            if exact is not None:
                verdict = calc.judge_bound(exact, printed, bound) if bound else \
                    calc.judge_approx(exact, printed) if approx else calc.judge(exact, printed)
                self.add(text, page, formula, inputs, printed.value, exact, "×", verdict,
                         calc.cause(verdict, exact, printed))
                continue
            # a chart just beside may print the same multiple: '约2.5x' near '增加25 倍'
            page_text = self.doc.pages[page - 1].text
            near = page_text[max(0, start - 600):start + len(text) + 600]
            charted = [Printed.of(x) for x in self._CHART_TIMES.findall(near)]
            if len(charted) == 1 and not m.group(2) and re.search(r"增加|增长|提升|扩大", before[-20:]):
                chart = charted[0]
                verdict = "consistent" if calc.judge_approx(printed.value, chart) != "mismatch" else "mismatch"
                self.add(text, page, "multiple in the text = multiple on the page's chart", {"chart": chart.value},
                         printed.value, chart.value, "×", verdict,
                         f"the chart on this page prints 约{q.plain(chart.value)}x" if verdict == "mismatch" else "")
                continue
            # a multiple among other figures or dates is a claim about data ('2010-2022年…增长了
            # 100亿倍'); a bare '快15倍' or '涨幅多达8倍' is rhetoric, not a figure to check
            if any(e.label in ("MONEY", "PARAM_COUNT", "TOKENS", "COMPUTE", "DATE", "PRICE") for e in ents):
                self.add(text, page, formula, {}, printed.value, None, "×", "unverifiable",
                         "missing input: the two values compared")

    # a figure, then the one it is a multiple of, each with its unit: '矿山产金销量达67.8吨,是山东黄金(45.2吨)的1.5倍'
    _A_IS_N_TIMES_B = re.compile(rf"(?P<a>\d[\d,]*(?:\.\d+)?)\s*(?P<sa>{_MULT})?\s*(?P<ua>[元吨辆台部件个家人]|美元|港元)\s*[，,]?\s*"
                                 rf"(?:是|为|相当于)[^，。；,;\d]{{0,12}}?[(（]?\s*(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<sb>{_MULT})?\s*"
                                 rf"(?P<ub>[元吨辆台部件个家人]|美元|港元)\s*[)）]?\s*的\s*$")
    _A_IS_X_TIMES_B = re.compile(r"([A-Za-z][A-Za-z0-9.\-]*)[^，。；,]{0,12}?(?:是|为|达到?|相当于)\s*([A-Za-z][A-Za-z0-9.\-]*)\s*的\s*"
                                 r"(?:约|大约|近|接近)?\s*$")

    def _named_ratio(self, before: str) -> Optional[tuple[Decimal, dict, str]]:
        """'H100的算力是A100的3.17倍': the two names' values of one kind the report gives —
        GPU peaks stated in the sentence, or model sizes — as (ratio, inputs, formula)."""
        m = self._A_IS_X_TIMES_B.search(before)
        if not m:
            return None
        a, b = m.group(1), m.group(2)
        c = self.ctx
        # peaks only as this sentence states them (another sentence may give another precision)
        peak = lambda name: next((v for k, v in c.sentence_peaks.items() if name.upper() in k.upper()), None)  # noqa: E731
        for kind, value_of in (("peak", peak), ("size", lambda name: known_params(c.model_params, name))):
            va, vb = value_of(a), value_of(b)
            if va is not None and vb:
                return va / vb, {a: va, b: vb}, f"ratio = {kind} ÷ {kind}"
        return None

    def chart_multiples(self) -> None:
        """'约2.5x' printed on a chart: later bar ÷ earlier bar when the dump's bars can be
        read (chartdump.bars), else unverifiable."""
        for page in self.doc.pages:
            bars = self.charts[page.number].bars
            for m in self._CHART_TIMES.finditer(page.text):
                claim = page.text[max(0, m.start() - 40):m.end()]
                printed = Printed.of(m.group(1))
                near = [b for b in bars if 0 <= m.start() - b.end <= 80]  # the chart whose title it follows
                if len(near) >= 2:
                    first, last = near[0], near[-1]
                    exact = last.value / first.value
                    self.add(claim, page.number, "multiple = later bar ÷ earlier bar",
                             {first.label: first.value, last.label: last.value}, printed.value, exact, "×",
                             calc.judge_approx(exact, printed),
                             f"{last.label} {q.plain(last.value)} ÷ {first.label} {q.plain(first.value)}")
                    continue
                self.add(claim, page.number, "multiple = later bar ÷ earlier bar", {}, printed.value, None,
                         "×", "unverifiable", "missing input: the chart's bar values")

    # ------------------------------------------------------------------------- charts a text dump flattened
    _SHARE_IN_TEXT = re.compile(r"(?P<bound>超过|逾|近|约|只有|仅|不到)?\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*[%％](?P<more>以上|左右|以下)?")
    _CLAUSE = re.compile(r"[^，,。；;！？!?]+")
    CHART_REACH = 1200  # characters either side of a sentence where its chart may sit

    def chart_dumps(self) -> None:
        """Figures in prose read off a chart the dump flattened beside them (chartdump):
        a share against its pie slice, a median against the chart's printed one, an
        amount against a year's bar; and the medians a chart prints, against its values."""
        for page in self.doc.pages:
            charts = self.charts[page.number]
            if not charts:
                continue
            medians = self.chart_medians(charts.runs, page.number, page.text)
            for sent in PROSE_SENTENCE.finditer(page.text):
                if charts.inside(sent.start()):
                    continue  # the chart's own labels are not prose
                near = charts.around(sent.start(), self.CHART_REACH)
                self.share_claims(sent.group(0), sent.start(), page.number, near.pies, near.runs, charts)
                self.prose_medians(sent.group(0), sent.start(), page.number, charts, near.runs,
                                   [v for v, at in medians if abs(at - sent.start()) <= self.CHART_REACH])
                self.bar_amounts(sent.group(0), page.number, near.bars)
                self.chart_readouts(sent.group(0), sent.start(), page.number, near.runs, charts)

    @cached_property
    def prose_names(self) -> set[str]:
        """Latin names the report prints in its prose, outside the charts a dump
        flattened: what tells where one glued chart label ends and the next begins."""
        names = set()
        for page in self.doc.pages:
            charts = self.charts[page.number]
            for m in _LATIN_NAME.finditer(page.text):
                if not charts.inside(m.start(), m.end()):
                    names.add(m.group(0))
        return names

    def chart_readouts(self, text: str, start: int, page: int, runs: list, charts: "PageCharts") -> None:
        """'即使是ChatGPT、runway等…用户留存度和粘性也尚未达到…': a name the prose discusses
        without a figure, whose value the chart beside it prints ('图: ChatGPT DAU/MAU
        14%'). The report derives no such value, so it is listed as unverifiable, with
        where in the chart's labels it was read (chartdump.label_index); a name whose
        place among glued labels is not certain is left unread."""
        for clause in self._CLAUSE.finditer(text):
            if re.search(r"\d\s*[%％]", clause.group(0)):
                continue  # a clause with its own figure: share_claims reads it
            for m in _LATIN_NAME.finditer(clause.group(0)):
                name = m.group(0)
                if charts.inside(start + clause.start() + m.start()):
                    continue
                for run in runs:
                    if (run.start, name) in self._read_out or name not in run.labels:
                        continue
                    found = chartdump.label_index(run.labels, name, len(run.values), self.prose_names)
                    if found is None:
                        continue
                    self._read_out.add((run.start, name))
                    index, side = found
                    value, metric = run.values[index], chartdump.metric(run.labels) or "value"
                    from_side = index + 1 if side == "start" else len(run.values) - index
                    self.add(f"图: {name} {metric} {q.plain(value)}%", page, "the chart's value for a label the text names",
                             {"label": f"{name}: label {from_side} of {len(run.values)} from the chart's {side}"},
                             value, None, "%", "unverifiable",
                             f"missing input: the figures behind {name}'s {metric} (a chart read-out the report "
                             "does not derive)", at=run.start)

    def chart_medians(self, runs: list, page: int, text: str) -> list[tuple[Decimal, int]]:
        """'中位数42%中位数63%' printed under a run of values: consistent when the values
        split into consecutive groups with those medians; when they do not, the groups
        the chart itself shows (each sorted downward: a rise starts the next group) say
        which median is off. Returns (median, offset) of each printed median."""
        out = []
        for run in runs:
            if not run.medians:
                continue
            groups = chartdump.groups_of_medians(run.values, [m[0] for m in run.medians])
            inputs = {"chart values": "、".join(f"{q.plain(v)}%" for v in run.values)}
            for (value, start, end), group in zip(run.medians, groups):
                out.append((value, start))
                metric = chartdump.metric(run.labels)
                claim = f"图: {metric} {text[start:end]}" if metric else "图: " + text[max(run.end, start - 16): end]
                if group is None:
                    self.add(claim, page, "median of the chart's values (consecutive groups)", inputs, value, None,
                             "%", "unverifiable", "missing input: which of the chart's values make up each group",
                             at=start)
                    continue
                exact = chartdump.median(group)
                verdict = calc.judge(exact, Printed.of(str(value)))
                self.add(claim, page, "median of the chart's values (consecutive groups)", inputs, value, exact, "%",
                         verdict, f"the group {'、'.join(str(q.plain(v)) for v in group)}" +
                         (f" has a median of {q.plain(exact)}%" if verdict == "mismatch" else ""), at=start)
        return out

    def share_claims(self, text: str, start: int, page: int, pies: list, runs: list, charts: "PageCharts") -> None:
        """'(纯B端)市场占比只有31%' beside a pie 'To B,31%'; '其中WhatsApp是85%' beside a
        chart whose labels name WhatsApp. Percentages inside a chart's own dump, and
        ranges ('60-65%'), are not claims of this kind."""
        matched, loose = False, []
        for clause in self._CLAUSE.finditer(text):
            if charts.inside(start + clause.start(), start + clause.end()):
                continue  # a chart's own dump, not prose about it
            for m in self._SHARE_IN_TEXT.finditer(clause.group(0)):
                if re.search(r"\d\s*[-~～至到]\s*$", clause.group(0)[: m.start("num")]):
                    continue  # a range
                if re.search(r"[+＋\-−]\s*$|同比|环比|增速|增长|下降|下滑", clause.group(0)[: m.start("num")]):
                    continue  # a change ('营收同比增速:经纪+52.9%'), not a share a slice could give
                printed = Printed.of(m.group("num"))
                if printed.value > 100:
                    continue  # not a share
                slice_ = _slice_for(clause.group(0), pies)
                if slice_ is not None:
                    matched = True
                    verdict = self._judge_share(slice_.value, printed, m)
                    self.add(text, page, "share in the text = the chart's slice", {slice_.label: slice_.value},
                             printed.value, slice_.value, "%", verdict,
                             f"the chart gives {slice_.label} {q.plain(slice_.value)}%" if verdict == "mismatch" else "")
                    continue
                named = _run_for(clause.group(0), text, printed.value, runs)
                if named is not None:
                    name, run = named
                    if run.labels.startswith(name):  # the first label owns the first value: no guessing
                        verdict = calc.judge(run.values[0], printed)
                        self.add(text, page, "value in the text = the chart's value for the name", {name: run.values[0]},
                                 printed.value, run.values[0], "%", verdict,
                                 f"the chart's first label, {name}, has {q.plain(run.values[0])}%"
                                 if verdict == "mismatch" else "the chart's first label and first value")
                    else:
                        self.add(text, page, "value in the text = the chart's value for the name", {}, printed.value,
                                 None, "%", "unverifiable", f"missing input: the chart prints {q.plain(printed.value)}% "
                                 "among values the text does not pair with its labels")
                    matched = True
                    continue
                loose.append(printed.value)
        if matched:  # the sentence reads a chart: its other shares are the chart's too
            for value in loose:
                if any(c["claim"] == text.strip()[:300] and c["reported"] == q.plain(value) for c in self.checks):
                    continue
                self.add(text, page, "share in the text = one of the chart's values", {}, value, None, "%",
                         "unverifiable", "missing input: which of the chart's values this is (no label in the text)")

    @staticmethod
    def _judge_share(value: Decimal, printed: Printed, m: re.Match) -> str:
        bound, more = m.group("bound"), m.group("more")
        if bound in ("超过", "逾") or more == "以上":
            return calc.judge_bound(value, printed, "at_least")
        if bound in ("近", "不到") or more == "以下":
            return calc.judge_bound(value, printed, "at_most")
        if bound == "约" or more == "左右":
            return calc.judge_approx(value, printed)
        return calc.judge(value, printed)

    def prose_medians(self, text: str, start: int, page: int, charts: "PageCharts", runs: list,
                      chart_medians: list[Decimal]) -> None:
        """'AI-first应用的中位数为14%' restating a median the chart beside it prints; when the
        chart names its two groups after its medians ('中位数14%中位数51%AI-first应用现有C端
        应用'), the group the sentence names decides which median it restates."""
        for m in self._MEDIAN.finditer(text):
            if charts.inside(start + m.start(), start + m.end()):
                continue  # the chart's own median: chart_medians judged it
            printed = Printed.of(m.group(1))
            named = _named_median(text[: m.start()], runs)
            if named is not None:
                group, value = named
                verdict = calc.judge(value, printed)
                self.add(text, page, "median in the text = the chart's printed median", {group: value},
                         printed.value, value, "%", verdict,
                         f"the chart prints {q.plain(value)}% for {group}" if verdict == "mismatch" else "")
            elif printed.value in chart_medians:
                self.add(text, page, "median in the text = the chart's printed median", {"chart median": printed.value},
                         printed.value, printed.value, "%", "consistent")
            else:
                self.add(text, page, "median in the text = the chart's printed median",
                         {"chart medians": "、".join(f"{q.plain(v)}%" for v in chart_medians)}, printed.value, None,
                         "%", "unverifiable", "missing input: which group's median this is")

    def bar_amounts(self, text: str, page: int, bars: list) -> None:
        """'2023年…支出达到700万美元' beside a chart '(百万美元)' whose 2023A bar is 7: the
        amount belongs to the last year named before it, and the sentence must share
        words with the chart's title."""
        bars = [b for b in bars if _shared_bigrams(text, b.title) >= 3]
        if not bars:
            return
        for m in re.finditer(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(美元|元)", text):
            years = re.findall(r"((?:19|20)\d{2})年", text[: m.start()])
            if not years:
                continue
            bar = next((b for b in bars if b.label[:4] == years[-1] and b.currency in ("", m.group(3))), None)
            if bar is None:
                continue
            printed = _printed(m.group(1), m.group(2))
            exact = bar.value * bar.scale
            verdict = calc.judge(exact, printed)
            self.add(text, page, "amount in the text = the chart's bar for the year",
                     {bar.label: f"{q.plain(bar.value)} ({bar.title})"}, printed.value, exact, m.group(3), verdict,
                     f"the chart's {bar.label} bar is {q.plain(bar.value)} ({bar.title})" if verdict == "mismatch" else "")

    # ------------------------------------------------------------------------- totals and medians
    _TOPIC_START = re.compile(r"[。；;]|\s[-–—•]\s|\[\d+\]")
    _TOTAL = re.compile(rf"(?:合计|总计|共计|合共|总和)[^，。,；]{{0,8}}?(?:为|达|达到|约)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(美元|元|个|家|台|张)")
    _MEDIAN = re.compile(r"中位数(?:为|是|约为?)?\s*(\d+(?:\.\d+)?)\s*(%|％)")

    def total_claim(self, text: str, page: int, start: int) -> None:
        """'四家公司合计资本支出为571亿美元': the sum of the data labels of the chart beside
        it when one is titled alike and has one value per part ('四家'); else unverifiable,
        named. '中位数为14%' likewise, unless a chart the dump flattened is near (chart_dumps)."""
        for m in self._TOTAL.finditer(text):
            printed = _printed(m.group(1), m.group(2))
            chart = self._summed_chart(text, start, page, m)
            if chart is not None:
                exact = sum(chart.values) * chart.scale
                verdict = calc.judge(exact, printed)
                self.add(text, page, "total = sum of the chart's data labels",
                         {"chart": f"{chart.title}: {' + '.join(str(q.plain(v)) for v in chart.values)}"},
                         printed.value, exact, m.group(3), verdict, calc.cause(verdict, exact, printed))
                continue
            # 'API收入10亿美元、订阅收入20亿美元、其他收入5亿美元，总计35亿美元': the parts listed before it
            # (from its topic's start: a summary's bullet or citation mark opens another, '…[1] - 担保的债权最高余额分别为
            # 折合人民币4,664万元和9,816万元,合计14,480万元')
            topic = max((t.end() for t in self._TOPIC_START.finditer(text, 0, m.start())), default=0)
            parts = [a for a in _AMOUNT.finditer(text, topic, m.start()) if a.group(3) == m.group(3)]
            printed_parts = [_printed(a.group(1), a.group(2)) for a in parts]
            # '四家合计' after two of the four: a partial list, not the parts
            stated = _count_word(text[: m.start()], "家|项|个|部分|类|大|款")
            # '通过IPO融资307亿元叠加200亿元负债,合计斥资500亿元收购…': a total spent is no sum of the money raised before it
            spent = _SPENT.search(text, m.start(), m.start(1))
            if spent and not any(spent.group(0) in text[max(0, a.start() - 6):a.start()] for a in parts):
                self.add(text, page, "total = sum of the parts", {}, printed.value, None, m.group(3), "unverifiable",
                         f"the amounts before it are not named as {spent.group(0)}: what they sum to is not said")
                continue
            if len(parts) >= 2 and all(pp.value < printed.value for pp in printed_parts) and stated in (None, len(parts)):
                verdict, exact = calc.judge_sum(printed_parts, printed)
                self.add(text, page, "total = sum of the parts", {a.group(0): pp.value for a, pp in zip(parts, printed_parts)},
                         printed.value, exact, m.group(3), verdict, calc.cause(verdict, exact, printed))
                continue
            self.add(text, page, "total = sum of the parts", {}, printed.value, None, m.group(3), "unverifiable",
                     "missing input: the parts (not stated in the text)")
        if self.charts[page].near(start, self.CHART_REACH):
            return
        for m in self._MEDIAN.finditer(text):
            self.add(text, page, "median of the values", {}, Printed.of(m.group(1)).value, None, "%", "unverifiable",
                     "missing input: the values (not stated in the text)")

    def _summed_chart(self, text: str, start: int, page: int, total: re.Match):
        n = _count_word(text[: total.start()], "家|个|大")
        if n is None:
            return None
        currency = {"美元": "USD", "元": "CNY"}.get(total.group(3))
        for chart in self.charts[page].around(start, self.CHART_REACH).labelled:
            if len(chart.values) == n and chart.currency == currency and _shared_bigrams(text, chart.title) >= 2:
                return chart
        return None

    def restated_totals_in_prose(self) -> None:
        """'测算得到AI服务器的市场规模为2301亿美元' restating the total of the report's own
        cost table ('表 大模型服务器成本测算: 合计 2,301亿'): the same figure, to its
        printed precision."""
        totals = [c for c in self.checks if c["formula"] == "total = sum of costs" and c["recomputed"] is not None]
        if not totals:
            return
        for page in self.doc.pages:
            money = [e for e in self.doc.entities if e.page == page.number and e.label == "MONEY"
                     and e.value.get("value") is not None]
            for sent in PROSE_SENTENCE.finditer(page.text):
                text = sent.group(0)
                if text.startswith("表"):
                    continue
                for e in (e for e in money if sent.start() <= e.start < sent.end()):
                    table = next((t for t in totals if t["unit"] == e.value.get("currency")
                                  and _shared_bigrams(text, t["claim"].split(":")[0]) >= 2
                                  and abs(Decimal(str(t["reported"])) - Decimal(str(e.value["value"])))
                                  <= Decimal("0.5") * Decimal(str(t["reported"]))), None)
                    printed = _printed_money(e)
                    if table is None or printed is None:
                        continue
                    exact = Decimal(str(table["recomputed"]))
                    verdict = calc.judge_approx(exact, printed) if e.value.get("approx") else calc.judge(exact, printed)
                    self.add(text, page.number, "total = the report's table total", {"table": table["claim"][:80]},
                             printed.value, exact, e.value.get("currency") or "", verdict,
                             calc.cause(verdict, exact, printed))

    def restated_totals(self) -> None:
        """A total the report states twice ('四家公司合计资本支出为571亿美元' in the summary
        and again beside its chart): the copy with no parts of its own is judged against
        what the other copy was recomputed from."""
        judged = [c for c in self.checks if c["formula"].startswith("total = sum of the") and c["recomputed"] is not None]
        for i, c in enumerate(self.checks):
            if c["formula"] != "total = sum of the parts" or c["verdict"] != "unverifiable":
                continue
            m = self._TOTAL.search(c["claim"])
            if not m:
                continue
            lead = c["claim"][max(0, m.start() - 12): m.start(1)]
            printed = _printed(m.group(1), m.group(2))
            # (the same total: named by the same words before its figure — not another total of the same sentence, '…总计
            # 70,000万元 [1] - …分别为…4,664万元和9,816万元,合计14,480万元')
            twin = next((j for j in judged if j["unit"] == c["unit"] and self._total_led_by(j, lead)), None)
            if twin is None:
                continue
            exact = Decimal(str(twin["recomputed"]))
            verdict = calc.judge(exact, printed)
            self.checks[i] = {**c, "formula": "total = the same total recomputed elsewhere in the report",
                              "inputs": {"elsewhere": twin["claim"][:80], **twin["inputs"]},
                              "recomputed": twin["recomputed"], "verdict": verdict,
                              "note": calc.cause(verdict, exact, printed)}

    def _total_led_by(self, check: dict, lead: str) -> bool:
        """Whether the total `check` judged stands right after `lead` in its claim."""
        return any(check["claim"][max(0, t.start() - 12):t.start(1)] == lead
                   and _printed(t.group(1), t.group(2)).value == Decimal(str(check["reported"]))
                   for t in self._TOTAL.finditer(check["claim"]))

    _COUNT_TOTAL = re.compile(r"有\s*(\d+)\s*(家|个)")
    _COUNT_PART = re.compile(r"(?<![\d.,])(\d+)\s*个")

    def count_breakdowns(self) -> None:
        """'假设有100家大模型…模型有50个…分别有25个、15个、10个': counts the report
        enumerates (分别) in the sentences after a total add up to it."""
        for page in self.doc.pages:
            text = page.text
            covered = 0  # a count inside an enumeration already read is a part, not a total
            for m in self._COUNT_TOTAL.finditer(text):
                if m.start() < covered or text[max(0, m.start() - 3):m.start()].endswith("分别"):
                    continue  # ('下降城市分别有58个和62个': a listed item's count, no total)
                window_end = _sentence_end(text, m.end(), sentences=2)
                window = text[m.end(): window_end]
                if "分别" not in window:
                    continue
                # (a count's change is no part of it: '…,比上月分别增加4个和1个')
                parts = [Decimal(p.group(1)) for p in self._COUNT_PART.finditer(window)
                         if not _A_COUNT_CHANGE.search(window[max(0, p.start() - 6):p.start()])]
                if len(parts) < 3:
                    continue
                total = Decimal(m.group(1))
                exact = sum(parts)
                covered = window_end
                claim = text[max(0, m.start() - 20): window_end]
                verdict = "consistent" if exact == total else "mismatch"
                self.add(claim, page.number, "total = sum of the counts enumerated after it",
                         {"parts": " + ".join(str(q.plain(p)) for p in parts)}, total, exact, m.group(2), verdict,
                         f"the counts add up to {q.plain(exact)}" if verdict == "mismatch" else "")

    # ------------------------------------------------------------------------- percentage changes
    # (what is compared never holds a change in amount of its own: '比上年增加191.7万千瓦、增长3.5%' is the amount's
    # change, then its percent)
    _CHANGE = re.compile(r"(?P<base>同比|环比|较|比)(?P<what>(?:(?!(?:增长|下降|提升|降低|减少|上涨|上升|下滑|增加)了?\s*\d)[^，。,；]){0,24}?)(?P<verb>增长|下降|提升|降低|减少|上涨|上升|便宜|下滑|增加)"
                         r"了?\s*(?P<bound>超过|逾|近|约|高达)?\s*(?P<num>\d+(?:\.\d+)?)\s*%(?P<more>以上)?")

    def change_claim(self, text: str, ents: list, page: int, start: int) -> None:
        """'比GPT-3.5 Turbo便宜超过60%', '同比增长66%', '环比1季度增长22%': recomputed when
        both values are in the report, else unverifiable with the missing one named."""
        for m in self._CHANGE.finditer(text):
            printed = Printed.of(m.group("num"))
            bound = "at_least" if (m.group("bound") in ("超过", "逾") or m.group("more")) else \
                "at_most" if m.group("bound") == "近" else None
            down = m.group("verb") in ("下降", "降低", "减少", "便宜", "下滑")
            formula = "cut = 1 − after ÷ before" if down else "change = after ÷ before − 1"
            # 'A的价格…比B便宜X%': this sentence's prices against B's prices elsewhere in the report
            ref = re.match(r"\s*([A-Za-z][\w.\- ]{1,30}?)\s*$", m.group("what")) if m.group("base") in ("较", "比") else None
            here = [e for e in ents if e.label == "PRICE" and e.end <= start + m.start()
                    and e.value.get("per_million_tokens") is not None]
            if ref and here:
                stand_in, others = self.prices_of(ref.group(1))
                if others:
                    results = []
                    for e in here:
                        side = e.value.get("direction") or "input"
                        before = others.get(side)
                        if before:
                            after = Decimal(str(e.value["per_million_tokens"]))
                            results.append((side, before, after, calc.cut_pct(before, after) if down
                                            else calc.pct_change(before, after)))
                    if results:
                        # one claim, one check: the side that reproduces it, else the nearest
                        judged = [(calc.judge_bound(exact, printed, bound) if bound else calc.judge(exact, printed),
                                   side, before, after, exact) for side, before, after, exact in results]
                        verdict, side, before, after, exact = min(
                            judged, key=lambda r: (r[0] == "mismatch", abs(r[4] - printed.value)))
                        self.add(text, page, formula, {"side": side, "before": before, "after": after},
                                 printed.value, exact, "%", verdict,
                                 f"{ref.group(1).strip()}'s prices as the report gives them for {stand_in}"
                                 if stand_in else "")
                        continue
            # '从2023年的20亿元增长至2024年的34亿元，同比增长70%': both values in the sentence
            # ('同比分别增长11.35%/10.36%' is one change per item of a list: no pair of the sentence's)
            # (nor a change in an aside opened after them: '…升至…45.45亿元),主要因…成本上涨(如员工工资同比增长12%)')
            pair = _before_and_after(text[: m.start()]) if "分别" not in m.group("what") and not _in_an_aside(text, m.start()) else None
            if pair is None and "分别" not in m.group("what") and m.group("base") == "同比":
                pair = _base_bracketed_after(text, m.start(), m.end()) or \
                    _base_stated_next(text, m.start(), m.end(), self.page_text[start + len(text):])
            if pair is not None:
                (before, before_text), (after, after_text) = pair
                fns = [(formula, (lambda b, a: (1 - a / b) * 100) if down else (lambda b, a: (a / b - 1) * 100))]
                if not down and before.value < 0:  # from a loss, a rise is on the loss's size ('由-3.89亿元…增长271.17%')
                    fns.insert(0, ("change = (after − before) ÷ |before|", lambda b, a: (a - b) / abs(b) * 100))
                judged = []
                for words, fn in fns:
                    exact = fn(before.value, after.value)
                    if bound:
                        verdict = calc.judge_bound(exact, printed, bound)
                    elif m.group("bound") == "约":
                        verdict = calc.judge_approx(exact, printed)
                    else:  # the two amounts are printed rounded: any value they allow may print as the figure
                        span = formula_range(fn, [before, after])
                        verdict = calc.judge_within(exact, *span, printed) if span else calc.judge(exact, printed)
                    judged.append((verdict, exact, words))
                verdict, exact, words = next((j for j in judged if j[0] != "mismatch"), judged[0])
                self.add(text, page, words, {"before": before_text, "after": after_text}, printed.value, exact, "%",
                         verdict, "")
                continue
            what = {"同比": "the year-earlier value", "环比": "the previous period's value"}.get(
                m.group("base"), f"the value of {m.group('what').strip() or 'the comparison'}")
            self.add(text, page, formula, {}, printed.value, None, "%", "unverifiable", f"missing input: {what}")

    _VOLUME = re.compile(rf"(?:出货量|销量|需求量|采购量|装机量|部署量|数量)\S{{0,4}}?(?:为|约为?|达到?|将达|有望达到?)?\s*"
                         rf"(?:约)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(台|张|块|颗|片|套)")
    _UNIT_PRICE = re.compile(rf"(?:单台|每台|单张|每张|单块|每块|单价|均价|平均售价|ASP)\S{{0,8}}?(?:为|约为?|按|是)?\s*"
                             rf"(?:约)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(美元|元)")
    _MARKET = re.compile(rf"(?:市场规模|市场空间|规模|总额|收入|成本|投入|价值)\S{{0,6}}?(?:为|约为?|达到?|将达|有望达到?)?\s*"
                         rf"(?P<approx>约)?\s*(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(美元|元)")

    def volume_claim(self, text: str, page: int) -> None:
        """'出货量为200万台，单台服务器价格为25万美元，对应市场规模为5000亿美元': a market
        (or cost) = units × the unit price, all three in one sentence."""
        volume, price = self._VOLUME.search(text), self._UNIT_PRICE.search(text)
        if not volume or not price:
            return
        for m in self._MARKET.finditer(text, max(volume.end(), price.end())):
            if m.group(4) != price.group(3):
                continue
            units, unit_price = _printed(volume.group(1), volume.group(2)), _printed(price.group(1), price.group(2))
            printed = _printed(m.group(2), m.group(3))
            exact = units.value * unit_price.value
            verdict = calc.judge_approx(exact, printed) if m.group("approx") else calc.judge(exact, printed)
            self.add(text, page, "market = units × unit price", {volume.group(0): units.value, price.group(0): unit_price.value},
                     printed.value, exact, m.group(4), verdict, calc.cause(verdict, exact, printed))
            return

    # not 应占 (Hong Kong's 'attributable to': '股东应占溢利16.46亿元 同比增长52.6%'), and no change
    # word between 占 and the figure, which makes the figure a change
    # (nor a share moving from one level to another: '销量占比从2021年的14.4%提升至…28.2%')
    _SHARE_OF = re.compile(r"(?<!应)占(?P<of>(?:(?!同比|环比|增长|增加|下降|减少|提升|上升|从|由)[^，。；,%]){0,16}?)(?:的)?"
                           r"(?:比(?:重|例)?)?\s*(?:为|约为?|达到?|超过|近)?\s*"
                           r"(?P<approx>约)?\s*(?P<num>\d{1,3}(?:\.\d+)?)\s*%")

    def share_of_total_claim(self, text: str, page: int) -> None:
        """'收入有望达到34亿美元，其中API收入约10亿美元，占比约29%' or 'API收入10亿美元，占总收入
        34亿美元的29%': the part (the amount just before 占) ÷ the total (the amount after 占,
        else the larger amount a 其中 breaks down)."""
        for m in self._SHARE_OF.finditer(text):
            # (the amounts of its own item: a digest's earlier bullet is another topic)
            item = max((b.end() for b in _ITEM_BREAK.finditer(text, 0, m.start())), default=0)
            before = [a for a in _AMOUNT.finditer(text[: m.start()]) if a.start() >= item]
            if not before:
                continue
            part = before[-1]
            # a share another subject names in its own clause is that one's ('…其中一年内到期的有息负债为1553.7亿元,
            # 银行贷款占比超过70%': bank loans' share, whose amount is not printed)
            clause = re.split(r"[，,；;]", text[part.end(): m.start()])
            if len(clause) > 1 and re.search(r"[\u4e00-\u9fffA-Za-z]{2,}", clause[-1]) \
                    and not re.fullmatch(r"\s*(?:其|该|这|分别|合计|共|约)*\s*", clause[-1]):
                continue
            inside = list(_AMOUNT.finditer(m.group("of")))
            if inside:
                total = inside[-1]
            elif len(before) >= 2 and "其中" in text[before[-2].end(): part.start()]:
                if re.search(r"占(?:比|总|整体|全部|\s*\d)", text[before[-2].end(): part.start()]):
                    # '线上渠道收入…6.95亿元,占比…80.50%,其中线上直销收入5.36亿元(占比62.12%)', '15—64岁人口为2421.53万人,
                    # 占69.87%(其中:15-59岁人口为2198.44万人,占63.43%)': of the whole the one before's is of
                    continue
                total = before[-2]
                if not _names_it(m.group("of"), clause_before(text, total.start())):
                    continue  # '…总额4268亿美元…其中,进口1738亿美元,…占同期全国进口总额的40.4%': a whole the text does not state
            elif self.broken_down is not None:
                total = self.broken_down  # '…合计实现净利润63.28亿元。其中北方稀土以15.41亿元净利润位居第一,占行业总利润的24.3%;…'
                if not _names_it(m.group("of"), self.broken_down_words or ""):
                    continue
            else:
                continue
            if total.group(3) != part.group(3):
                continue
            printed = Printed.of(m.group("num"))
            whole, piece = _printed(total.group(1), total.group(2)), _printed(part.group(1), part.group(2))
            if not whole.value:
                continue
            exact = piece.value / whole.value * 100
            # (the two amounts are printed rounded: any share they allow may print as the figure)
            span = formula_range(lambda a, b: a / b * 100, [piece, whole])
            verdict = calc.judge_approx(exact, printed) if m.group("approx") else \
                calc.judge_within(exact, *span, printed) if span else calc.judge(exact, printed)
            self.add(text, page, "share = part ÷ total × 100", {"part": part.group(0), "total": total.group(0)},
                     printed.value, exact, "%", verdict)

    _SUMMED = re.compile(r"合计|总计|共计|总和|总额|累计")

    def _total_broken_down(self, text: str, previous: str) -> Optional[re.Match]:
        """The total a sentence opening on 其中 breaks down: the last amount of the sentence before it
        (`previous`), where that one states a sum ('17家稀土相关上市公司合计实现净利润63.28亿元。其中…'); and the
        same over the clauses after it, up to the full stop ('…占行业总利润的24.3%;横店东磁以14.52亿元净利润排名第二,
        占比22.9%': the one `broken_down` holds while the sentence before ends on a semicolon)."""
        if text.lstrip().startswith("其中"):
            amounts = list(_AMOUNT.finditer(previous))
            if amounts and self._SUMMED.search(previous, 0, amounts[-1].start()):
                return amounts[-1]
            return None
        if self.broken_down is not None and re.search(r"[；;]\s*$", previous):
            return self.broken_down
        return None

    _SAME_PRICE = re.compile(r"\s*(?:[(（]\s*(?:即|约|合)?|[，,]?\s*(?:即|相当于|折合|约合|合|换算为|换算成|[=＝≈])\s*(?:为|约)?)\s*$")

    def restated_price_unit(self, text: str, ents: list, page: int, start: int) -> None:
        """'0.0008元/千tokens，即0.8元/百万tokens': a price restated per another number of
        tokens, judged at the restatement's printed precision (a 千/百万 slip is named)."""
        prices = [e for e in ents if e.label == "PRICE" and e.value.get("per_million_tokens") is not None]
        for first, second in zip(prices, prices[1:]):
            if first.value.get("per") == second.value.get("per") or first.value.get("currency") != second.value.get("currency"):
                continue
            if not self._SAME_PRICE.match(text[first.end - start: second.start - start]):
                continue
            scale = Decimal(str(second.value["per_million_tokens"])) / Decimal(str(second.value["amount"]))
            printed = Printed.of(str(second.value["amount"]), scale)
            exact = Decimal(str(first.value["per_million_tokens"]))
            verdict = calc.judge(exact, printed)
            self.add(text, page, "price per 1M tokens = the same price per another count of tokens",
                     {first.text: exact}, printed.value, exact, f"{second.value['currency']}/1M tokens", verdict,
                     calc.cause(verdict, exact, printed))

    # ------------------------------------------------------------------------- per-unit restatements
    _PER_UNIT = re.compile(r"(?P<total>\d+(?:\.\d+)?)\s*(?P<cur>元|美元)\s*/\s*(?P<n>\d+)\s*(?P<per>天|周|月|年|次|个|张)"
                           r"\s*[(（]?\s*[≈约=＝]?\s*(?P<each>\d+(?:\.\d+)?)\s*(?P=cur)\s*/\s*(?P<per_each>天|周|月|年|次|个|张)")
    _DAYS = {"天": 1, "周": 7, "月": 30, "年": 365}  # a month of 30 days, as the demand chain takes it

    def per_unit_claim(self, text: str, page: int) -> None:
        """'99元/93天(≈1.06元/天)': a price per unit restated from a bundle; a price per
        month or year from a bundle of days is converted at 30 / 365 days."""
        for m in self._PER_UNIT.finditer(text):
            printed = Printed.of(m.group("each"))
            per, per_each = m.group("per"), m.group("per_each")
            inputs = {"total": Decimal(m.group("total")), "units": Decimal(m.group("n"))}
            exact = Decimal(m.group("total")) / Decimal(m.group("n"))
            unit = f"{m.group('cur')}/{per_each}"
            if per_each == per:
                self.add(text, page, "per unit = total ÷ units", inputs, printed.value, exact, unit, calc.judge(exact, printed))
            elif per in self._DAYS and per_each in self._DAYS:
                exact = exact * self._DAYS[per_each] / self._DAYS[per]
                self.add(text, page, "per unit = total ÷ units", inputs, printed.value, exact, unit,
                         calc.judge(exact, printed), f"per {per_each} at {self._DAYS[per_each]} days")
            else:
                self.add(text, page, "per unit = total ÷ units", inputs, printed.value, exact, unit, "mismatch",
                         f"the bundle is priced per {per}, the figure per {per_each}")

    # ------------------------------------------------------------------------- totals with a breakdown
    def breakdowns(self) -> None:
        """'收入有望达到34亿美元,其中…约32亿美元…约2亿美元': the parts add up to the total. The parts
        are the amounts after 其中 to the end of its sentence or clause run (a ；ends one: '住户贷款增加
        3894亿元,其中,…;企(事)业单位贷款增加5.43万亿元' is the next topic), going on into the next
        sentence only where a full stop ends one holding a single part (the seed's second part
        stands a sentence on). Parts in the total's own unit within its run are the `parts`
        family's (one check a figure); here are those a run leaves the total alone with, and those
        in another unit (a 万/亿 slip); a part said to fall ('短期贷款减少1340亿元') counts against
        the total. Parts summing short of the
        total, or parts that are flows (增加/减少: a part left out may have fallen), may not be
        all of it: unverifiable, unless a slip of units explains the gap."""
        for page in self.doc.pages:
            money = sorted((e for e in self.doc.entities if e.page == page.number and e.label == "MONEY"
                            and e.value.get("value") is not None), key=lambda e: e.start)
            text = page.text
            for i, total in enumerate(money):
                after = text[total.end:total.end + 12]
                if not re.match(r"[^。；;]{0,6}?其中", after):
                    continue
                # no 'smaller than the total' filter: a total printed in the wrong unit (34万
                # for 34亿) is exactly what the check is for
                later = [e for e in money[i + 1:] if e.value.get("currency") == total.value.get("currency")]
                end = _sentence_end(text, total.end, ends=_RUN_END)
                parts = [e for e in later if e.start < end]
                if len(parts) >= 2 and all(e.value.get("unit") == total.value.get("unit") for e in parts):
                    continue  # parts in the total's unit in its own run: the parts family's to judge
                if len(parts) < 2 and text[end - 1:end] in "。！？!?" and not _NEW_TOPIC.match(text, end):
                    # the one part a sentence names, the next its second ('…(约32亿美元)…。…约2亿美元');
                    # a ；ends the run instead: what follows it is the total's sibling ('…,其中制造业投资
                    # 8.68万亿元…;第三产业投资16.61万亿元'); and a sentence opening a topic of its own ('。渠道方面,
                    # 前三季度海外销售渠道…12.0亿元') goes on with no part of it
                    end = _sentence_end(text, total.end, sentences=2, ends=_RUN_END)
                    parts = [e for e in later if e.start < end]
                if len(parts) < 2:
                    continue
                printed_total = _printed_money(total)
                printed_parts = [_printed_money(e) for e in parts]
                if printed_total is None or None in printed_parts:
                    continue
                signs = [-1 if FALL_BEFORE.search(text[max(0, e.start - 8):e.start]) else 1 for e in parts]
                printed_parts = [p.signed(sign) for p, sign in zip(printed_parts, signs)]
                verdict, exact = calc.judge_sum(printed_parts, printed_total)
                note = calc.cause(verdict, exact, printed_total)
                flows = any(FLOW_BEFORE.search(text[max(0, e.start - 8):e.start]) for e in [total, *parts])
                if verdict == "mismatch" and not note and (exact < printed_total.value or flows):
                    verdict, note = "unverifiable", ("the parts named after 其中 may not be all of it (short of the total, or "
                                                     "flows: one unnamed may have fallen), so the rest is not known")
                claim = text[total.start - min(total.start, 40):end]
                self.add(claim, page.number, "total = sum of the parts named after 其中",
                         {e.text: Decimal(str(e.value["value"])) * sign for e, sign in zip(parts, signs)},
                         printed_total.value, exact, total.value.get("currency") or "", verdict, note)

    # ------------------------------------------------------------------------- prices stated twice
    @cached_property
    def table_prices(self) -> dict[str, dict[str, tuple[Decimal, Optional[Decimal], Optional[str]]]]:
        """The report's price-cut tables: per model (squashed name) and direction, the
        price after the cut, before it, and the currency."""
        out: dict[str, dict[str, tuple[Decimal, Optional[Decimal], Optional[str]]]] = {}
        for t in self.doc.tables:
            if t.kind != "api_price_cuts":
                continue
            for r in t.rows:
                if r.get("source") == "prose" or not r.get("model"):
                    continue
                for side in ("input", "output"):
                    before, after = r.get(f"{side}_price_before"), r.get(f"{side}_price_after")
                    if after is not None:
                        out.setdefault(squash_name(r["model"]), {}).setdefault(side, (
                            Decimal(str(after)), Decimal(str(before)) if before is not None else None, r.get("currency")))
        return out

    @cached_property
    def chart_prices(self) -> dict[str, tuple[str, dict[str, Decimal], str]]:
        """Price cards a dump flattened ('GPT-4oInput:$5|Output:$15/1M tokens'): per model
        (squashed name) its name as printed, prices per direction, and currency."""
        out = {}
        for page in self.doc.pages:
            for card in chartdump.price_cards(page.text):
                out.setdefault(squash_name(card.model),
                               (card.model, {"input": card.input, "output": card.output}, card.currency))
        return out

    def prices_of(self, name: str) -> tuple[Optional[str], dict[str, Decimal]]:
        """A model's per-million-token prices anywhere in the report: under its own name,
        else under the one longer name it begins ('GPT-3.5 Turbo' → the card of
        GPT-3.5-turbo-instruct, when that is the report's only GPT-3.5 Turbo)."""
        key = squash_name(name)
        if key in self.price_index:
            return None, self.price_index[key]
        longer = [k for k in self.price_index if k.startswith(key) and len(key) >= 4]
        if len(longer) == 1:
            printed = self.chart_prices.get(longer[0], (longer[0],))[0]
            return printed, self.price_index[longer[0]]
        return None, {}

    @cached_property
    def priced_mentions(self) -> list[tuple[Any, str, str]]:
        """(PRICE entity, the model it is the price of, the sentence): the last model named
        before it, not one it is compared with ('比GPT-4-turbo降低'), preferring a model
        whose prices the report's tables or price cards give."""
        listed = set(self.table_prices) | set(self.chart_prices)
        out = []
        for page in self.doc.pages:
            ents = sorted((e for e in self.doc.entities if e.page == page.number), key=lambda e: e.start)
            starts = [e.start for e in ents]
            for sent in PROSE_SENTENCE.finditer(page.text):
                models: list[str] = []
                for e in entities_between(ents, starts, sent.start(), sent.end()):
                    if e.label == "MODEL" and not re.search(r"(?:比|较|相比|对比)\s*$", page.text[max(0, e.start - 3): e.start]):
                        models.append(e.value.get("name"))
                    elif e.label == "PRICE" and models and e.value.get("per_million_tokens") is not None:
                        model = next((m for m in reversed(models) if squash_name(m) in listed), models[-1])
                        out.append((e, model, sent.group(0)))
        return out

    @cached_property
    def price_index(self) -> dict[str, dict[str, Decimal]]:
        """Per model (squashed name), its per-million-token price per direction: from
        the report's price-cut tables (price after the cut) and its prose and charts."""
        index = {model: {side: row[0] for side, row in sides.items()} for model, sides in self.table_prices.items()}
        for e, model, _ in self.priced_mentions:
            side = e.value.get("direction") or "input"
            index.setdefault(squash_name(model), {}).setdefault(side, Decimal(str(e.value["per_million_tokens"])))
        for key, (_, prices, _) in self.chart_prices.items():
            for side, value in prices.items():
                index.setdefault(key, {}).setdefault(side, value)
        return index

    def restated_prices(self) -> None:
        """A model's price in prose against the report's own price table: 'DeepSeek-V2定为
        0.001元/千tokens的输入价格' is the table's 1元/百万tokens."""
        # a sentence whose cut was judged from its own prices: those prices are covered
        cut_sentences = {c["claim"] for c in self.checks if c["formula"].startswith("cut =") and c["inputs"]}
        for e, model, sentence in self.priced_mentions:
            if sentence.strip()[:300] in cut_sentences or e.value.get("free") or not e.value.get("per_million_tokens"):
                continue  # a free model restates no price: 0 per 0 tokens has no unit to compare
            row = self.table_prices.get(squash_name(model))
            side = e.value.get("direction") or "input"
            card = self.chart_prices.get(squash_name(model))
            source = "the report's price table"
            if not row and card and side in card[1] and card[2] == e.value.get("currency"):
                row = {side: (card[1][side], None, card[2])}  # the price card a chart prints
                source = "the chart's price card"
            if not row or side not in row or (row[side][2] and row[side][2] != e.value.get("currency")):
                continue
            after, before, _ = row[side]
            amount = Decimal(str(e.value["amount"]))
            per = amount / Decimal(str(e.value["per_million_tokens"])) * Decimal(10 ** 6)
            stated = Decimal(str(e.value["per_million_tokens"]))
            verdict = "consistent" if stated in (after, before) else "mismatch"
            reference = before if stated == before else after  # the price before the cut, or after
            exact = reference * per / Decimal(10 ** 6)
            note = ""
            if verdict == "mismatch":
                note = calc.likely_cause(exact, Printed.of(str(amount))) or f"the table gives {q.plain(after)} per 1M tokens"
            self.add(sentence, e.page, f"price per 1M tokens = {source}", {"table": reference, "per tokens": per},
                     amount, exact, e.value.get("currency") or "", verdict, note)

    # ------------------------------------------------------------------------- valuation tables
    _VALUATION_ROW = re.compile(r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?P<code>\d{6}\.(?:SZ|SH|BJ|HK))"
                                r"(?P<nums>[-\d.\s]+?)\s*(?P<rating>强烈推荐|推荐|谨慎推荐|中性|回避|买入|增持|减持|卖出)")

    def valuation_tables(self) -> None:
        """'股票简称 代码 收盘价 EPS×4 PE×4 评级' rows: PE = price ÷ EPS, per year."""
        for page in self.doc.pages:
            text = page.text
            for header in re.finditer(r"EPS[^A-Za-z]{0,6}PE.{0,40}?((?:20\d\d[AEF]){2,6})", text):
                years = re.findall(r"20\d\d[AEF]", header.group(1))
                k = len(years)
                for row in self._VALUATION_ROW.finditer(text, header.end(), header.end() + 4000):
                    numbers = read_numbers(row.group("nums"), 1 + 2 * k, lambda vals: _pe_score(vals, k))
                    if numbers is None:
                        continue
                    price = numbers[0]
                    for i, year in enumerate(years):
                        eps, pe = numbers[1 + i], numbers[1 + k + i]
                        claim = (f"{row.group('name')}({row.group('code')}) 收盘价 {price[0]}, EPS {year} {eps[0]}, "
                                 f"PE {year} {pe[0]}")
                        if eps[1].value == 0:
                            self.add(claim, page.number, "PE = price / EPS", {}, pe[1].value, None, "x",
                                     "unverifiable", "missing input: EPS is zero")
                            continue
                        verdict, exact = calc.judge_quotient(price[1], eps[1], pe[1])
                        self.add(claim, page.number, "PE = price / EPS", {"price": price[1].value, "EPS": eps[1].value},
                                 pe[1].value, exact, "x", verdict,
                                 "" if verdict != "mismatch" else "PE and EPS in this row disagree beyond rounding")

    # ------------------------------------------------------------------------- compute tables
    def compute_tables(self) -> None:
        """Tables of training or inference compute per model column: parameters (亿),
        tokens (亿), compute (PFLOPs), GPUs per GPU type and days, servers."""
        for page in self.doc.pages:
            text = page.text
            for title in re.finditer(r"(训练|推理)[^。，]{0,12}?所需算力\s*\((?P<prefix>[EPTG]?)FLOPs\)", text):
                self.compute_table(text, title, page.number, training=title.group(1) == "训练")
            self.server_table(text, page.number)

    def compute_table(self, text: str, title: re.Match, page: int, training: bool) -> None:
        c = self.ctx
        start = title.start()
        header = text[max(0, start - 200):start]
        columns = _columns(header)
        n = len(columns)
        if n < 2:
            return
        # each row's unit is in its header ('模型参数量(亿)', '所需算力(PFLOPs)'): read, not assumed
        flops_row = read_row(text, title.end(), n, sci_only=True)
        prefix = title.group("prefix")
        params_at, params_unit = _after_unit(text, r"模型参数量", title.end())
        params_row = read_row(text, params_at, n)
        if flops_row is None or params_row is None:
            return
        params = [v * q.UNIT_MULT[params_unit] for _, v in params_row]
        if training:
            tokens_at, tokens_unit = _after_unit(text, r"数据量\s*Tokens", title.end())
            tokens_row = read_row(text, tokens_at, n) if tokens_at else None
            if tokens_row is None:
                return
            scale = q.UNIT_MULT[tokens_unit]
            tokens = [v * scale for _, v in tokens_row]
            if c.d_per_n is not None:
                for i, ((digits, d), p) in enumerate(zip(tokens_row, params)):
                    exact = c.d_per_n * p / scale
                    verdict = calc.judge(exact, Printed.of(digits))
                    self.add(f"表 训练算力需求测算: {columns[i]} 数据量Tokens({tokens_unit}) {digits}", page,
                             f"D = {c.d_per_n}·N", {"N": p}, d, exact, f"{tokens_unit} tokens", verdict,
                             calc.cause(verdict, exact, Printed.of(digits)))
            flops = [calc.training_flops(p, d) for p, d in zip(params, tokens)]
        else:
            tokens_at, tokens_unit = _after_unit(text, r"峰值每日消耗\s*Tokens", title.end())
            tokens_row = read_row(text, tokens_at, n) if tokens_at else None
            if tokens_row is None:
                return
            flops = [calc.inference_flops(p, d * q.UNIT_MULT[tokens_unit]) for p, (_, d) in zip(params, tokens_row)]
        for i, ((digits, printed_pf), exact) in enumerate(zip(flops_row, flops)):
            printed = Printed.of(digits.split("E")[0], Decimal(10) ** int(digits.split("E")[1]) * _FLOP_PREFIX[prefix])
            verdict = calc.judge(exact, printed)
            self.add(f"表 {'训练' if training else '单日推理'}所需算力({prefix}FLOPs): {columns[i]} {digits}", page,
                     "C = 6·N·D" if training else "C_day = 2·N·tokens per day", {"N": params[i]}, printed.value, exact,
                     "FLOP", verdict, calc.cause(verdict, exact, printed))
        self.gpu_rows(text, title.end(), page, columns, flops, training)

    def gpu_rows(self, text: str, start: int, page: int, columns: list[str], flops: list[Decimal], training: bool) -> None:
        c = self.ctx
        n = len(columns)
        end = text.find("资料来源", start)
        end = end if end > 0 else start + 3000
        marker = re.compile(r"(?P<days>\d{1,3})?(?:(?P<gpu>A100|A800|H100|H800|H200|H20|B200|910B)\s*[\(（]\s*"
                            r"(?P<prec>FP16|BF16|FP8|INT8)|[\(（]\s*(?P<gpu2>A100|A800|H100|H800|H200|H20|B200|910B)\s+"
                            r"(?P<prec2>FP16|BF16|FP8|INT8))(?:\s*[,，]\s*MFU\s*=\s*\d+%)?\s*[\)）]")
        marks = list(marker.finditer(text, start, end))
        for k, m in enumerate(marks):
            # the table's days: its first row prints them ('30A100'); the report stated the list
            digits = (m.group("days") or "") if training else ""
            # '730A100': the 7 closes the header (模型7); the days are the stated list's first
            days_list = next((d for d in reversed(c.days_seen) if len(d) > 1 and digits.endswith(str(int(d[0])))),
                             [Decimal(digits[-2:])] if digits else (c.days or [Decimal(30)]))
            stop = marks[k + 1].start() if k + 1 < len(marks) else end
            stop = min(stop, _next_han(text, m.end()))
            numbers = _numbers(text[m.end():stop])
            if training:
                rows = _split_rows(numbers, n, [str(int(d)) for d in days_list])
            else:  # one row per GPU; fake bold doubles most of its cells
                row = _collapse_doubles(numbers[:2 * n], n)[:n]
                rows = [row] if len(row) == n else []
            gpu, precision = m.group("gpu") or m.group("gpu2"), (m.group("prec") or m.group("prec2")).lower()
            printed_peak = next((v for g, v in c.peaks.items() if gpu in g and precision == "fp16"), None)
            peaks = [("printed", printed_peak)] if printed_peak else [(label, v) for label, v in calc.peak(gpu, precision)]
            for r, row in enumerate(rows):
                days = days_list[r] if training and r < len(days_list) else Decimal(1)
                seconds = days * calc.SECONDS_PER_DAY
                for i, digits in enumerate(row):
                    printed = Printed.of(digits)
                    best = None
                    for label, peak in peaks:
                        exact = calc.gpus_needed(flops[i], peak, c.mfu or Decimal("0.3"), seconds)
                        verdict = calc.judge_count(exact, printed)
                        rank = {"consistent": 0, "rounding": 1, "mismatch": 2}[verdict]
                        if best is None or rank < best[0]:
                            best = (rank, label, peak, exact, verdict)
                    _, label, peak, exact, verdict = best
                    note = "" if label == "printed" else f"peak not printed: {label} reproduces the count"
                    if verdict == "mismatch":
                        note = calc.likely_cause(exact, printed) or "no printed or datasheet peak reproduces it"
                    what = f"训练{days}天" if training else "单日推理"
                    self.add(f"表 所需GPU数量 {gpu}({precision.upper()}) {what} {columns[i]} {digits}", page,
                             "GPUs = C / (MFU × peak × seconds)", {"C": flops[i], "MFU": c.mfu or Decimal("0.3"),
                                                                  "peak": peak, "days": days},
                             printed.value, exact, "GPUs", verdict, note)
                    if training and days == 60 and gpu == "A100":
                        self.table_gpus.setdefault("train60", {})[columns[i]] = Decimal(digits.replace(",", ""))
                    if not training and gpu == "A100":
                        self.table_gpus.setdefault("infer", {})[columns[i]] = Decimal(digits.replace(",", ""))

    def server_table(self, text: str, page: int) -> None:
        """'训练+推理所需GPU数量' = training (60 days) + inference; servers = ⌈GPUs ÷ per server⌉."""
        total_at = _after(text, r"训练\s*\+\s*推理所需GPU数量\s*\(A100\)", 0, window=None)
        if total_at is None:
            return
        train, infer = self.table_gpus.get("train60", {}), self.table_gpus.get("infer", {})
        columns = _columns(text[max(0, total_at - 400):total_at])
        n = len(columns)
        totals = read_row(text, total_at, n) if n else None
        if not totals:
            return
        for name, (digits, value) in zip(columns, totals):
            if name in train and name in infer:
                exact = train[name] + infer[name]
                self.add(f"表 训练+推理算力需求测算: {name} 模型训练+推理所需GPU数量(A100) {digits}", page,
                         "GPUs = training (60 days) + inference", {"training": train[name], "inference": infer[name]},
                         value, exact, "GPUs", calc.judge(exact, Printed.of(digits)))
        servers_at = _after(text, r"服务器数量\s*[\(（](\d+)张[^)）]*[)）]", total_at)
        if servers_at is None:
            return
        per = Decimal(re.search(r"服务器数量\s*\((\d+)张", text[total_at:]).group(1))
        servers = read_row(text, servers_at, n)
        for name, (digits, value), (_, total) in zip(columns, servers or [], totals):
            exact = calc.servers_needed(total, per)
            self.add(f"表 训练+推理算力需求测算: {name} 模型所需服务器数量({per}张A100) {digits}", page,
                     "servers = ceil(GPUs / per server)",
                     {"GPUs": total, "per_server": per}, value, exact, "servers",
                     calc.judge_count(exact, Printed.of(digits)))

    _COST_ROW = re.compile(r"模型参数规模\s*(?P<size>\d[\d,]*)\s*亿\s*(?P<count>\d+)\s+(?P<servers>\d[\d,]*)\s+"
                           r"(?P<price>\d+(?:\.\d+)?)\s+(?P<cost>\d[\d,]*(?:\.\d+)?)")

    def cost_tables(self) -> None:
        """'模型参数规模500亿 50 1,698 20 170': models × servers × 万美元 = 亿美元; 合计 = their sum."""
        for page in self.doc.pages:
            text = page.text
            header = re.search(rf"单台服务器成本\s*\((?P<price_unit>{_MULT})?(美元|元)\)\s*成本测算\s*"
                               rf"\((?P<cost_unit>{_MULT})?(美元|元)\)", text)
            if not header:
                continue
            currency = "USD" if header.group(2) == "美元" else "CNY"
            price_unit, cost_unit = header.group("price_unit") or "", header.group("cost_unit") or ""
            exact_sum = Decimal(0)
            rows = list(self._COST_ROW.finditer(text, header.end(), header.end() + 1500))
            for row in rows:
                count, servers = Decimal(row.group("count")), Decimal(row.group("servers").replace(",", ""))
                price = Decimal(row.group("price")) * q.UNIT_MULT[price_unit]
                printed = Printed.of(row.group("cost"), Decimal(q.UNIT_MULT[cost_unit]))
                exact = calc.cost(count * servers, price)
                exact_sum += exact
                self.add(f"表 大模型服务器成本测算: 模型参数规模{row.group('size')}亿 {count}个 × {row.group('servers')}台 × "
                         f"{row.group('price')}{price_unit} = {row.group('cost')}{cost_unit}", page.number,
                         "cost = models × servers × price per server", {"models": count, "servers": servers,
                                                                         "price": price},
                         printed.value, exact, currency, calc.judge(exact, printed), calc.cause(calc.judge(exact, printed),
                                                                                      exact, printed))
            total = re.compile(r"合计\s*(\d[\d,]*(?:\.\d+)?)").search(text, rows[-1].end(), rows[-1].end() + 40) if rows else None
            if total:
                printed = Printed.of(total.group(1), Decimal(q.UNIT_MULT[cost_unit]))
                self.add(f"表 大模型服务器成本测算: 合计 {total.group(1)}{cost_unit}", page.number, "total = sum of costs",
                         {"rows": len(rows)}, printed.value, exact_sum, currency, calc.judge(exact_sum, printed))

    def price_tables(self) -> None:
        for t in self.doc.tables:
            if t.kind != "api_price_cuts":
                continue
            for r in t.rows:
                if r.get("source") == "prose":
                    continue
                for side in ("input", "output"):
                    before, after, cut = (r.get(f"{side}_price_before"), r.get(f"{side}_price_after"),
                                          r.get(f"{side}_cut_pct"))
                    if cut is None:
                        continue
                    claim = f"{r.get('model')} {side} {before} → {after}, -{cut}%"
                    if before in (None, 0) or after is None:
                        self.add(claim, r.get("page", t.page), "cut = (before − after) / before × 100", {}, Decimal(str(cut)),
                                 None, "%", "unverifiable", "missing input: price before or after")
                        continue
                    printed = Printed.of(str(cut))
                    exact = calc.cut_pct(Decimal(str(before)), Decimal(str(after)))
                    self.add(claim, r.get("page", t.page), "cut = (before − after) / before × 100",
                             {"before": before, "after": after}, printed.value, exact, "%", calc.judge(exact, printed))


_INT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_SCI_CELL = re.compile(r"\d\.\d{2}E[+-]\d{2}")


def _after(text: str, label: str, start: int, window: Optional[int] = 3000) -> Optional[int]:
    m = re.compile(label).search(text, start, start + window if window else len(text))
    return m.end() if m else None


def _after_unit(text: str, label: str, start: int, window: int = 3000) -> tuple[Optional[int], str]:
    """Where a row labelled '模型参数量(亿)' starts, and the multiplier word its header
    prints ('亿'); (None, '') when there is no such row."""
    m = re.compile(rf"{label}\s*[\(（]\s*(?P<unit>{_MULT}|[KMBT])\s*[\)）]").search(text, start, start + window)
    return (m.end(), m.group("unit")) if m else (None, "")


def _next_han(text: str, start: int) -> int:
    m = re.compile(r"[\u4e00-\u9fff]").search(text, start)
    return m.start() if m else len(text)


def _columns(header: str) -> list[str]:
    """Column names of a model table: 模型1…模型7 with named models between them."""
    tail = header[header.rfind("模型1"):] if "模型1" in header else ""
    return [c.strip() for c in re.findall(r"模型\d+|(?:(?!模型\d).)+?\(\d+[BT]\)", tail)]


def _numbers(text: str) -> list[str]:
    return _INT.findall(text)


def read_row(text: str, start: Optional[int], n: int, sci_only: bool = False) -> Optional[list[tuple[str, Decimal]]]:
    """The n cells right after a row label: sci cells glued together ('2.31E+075.78E+08'),
    thousands-grouped integers glued ('14,28326,030'), cells doubled by fake bold."""
    if start is None:
        return None
    stop = _next_han(text, start)
    chunk = text[start:stop]
    if sci_only:
        cells = _SCI_CELL.findall(chunk)
        cells = _collapse_doubles(cells, n, sci=True)
        return [(c, Decimal(c)) for c in cells] if len(cells) == n else None
    cells = _collapse_doubles(_numbers(chunk), n)
    if len(cells) == n - 1:  # two plain integers glued ('100500'): split where the row keeps rising
        cells = _split_glued(cells, n)
    if cells is None or len(cells) != n:
        return None
    return [(c, Decimal(c.replace(",", ""))) for c in cells]


def _collapse_doubles(cells: list[str], n: int, sci: bool = False) -> list[str]:
    """Fake bold prints a cell twice: drop one of each equal neighbour pair until n remain.
    A row of exactly 2n cells whose pairs all agree but one is read pair by pair, the
    first copy kept: the disagreeing pair is the one figure whose two copies differ
    (an edited dump), and dropping the row would hide it."""
    if len(cells) == 2 * n and sum(a != b for a, b in zip(cells[::2], cells[1::2])) == 1:
        return cells[::2]
    out = list(cells)
    i = 0
    while len(out) > n and i < len(out) - 1:
        if out[i] == out[i + 1]:
            del out[i + 1]
        else:
            i += 1
    if sci and len(out) == n + 1:  # the other copies undoubled by clean: one pair left (a
        # stray cell is unlikely in E-notation; plain integers such as 100 and 500 are one
        # character apart and would be merged wrongly)
        twins = [i for i in range(n) if _one_edit_apart(out[i], out[i + 1])]
        if len(twins) == 1:
            del out[twins[0] + 1]
    return out


def _one_edit_apart(a: str, b: str) -> bool:
    """Two copies of one cell that differ in a single character ('9.24E+12', '9.24E+11')."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _split_glued(cells: list[str], n: int) -> Optional[list[str]]:
    for k, cell in enumerate(cells):
        if "," in cell or "." in cell or len(cell) < 2:
            continue
        for cut in range(1, len(cell)):
            a, b = cell[:cut], cell[cut:]
            if b.startswith("0"):
                continue
            trial = cells[:k] + [a, b] + cells[k + 1:]
            values = [Decimal(x.replace(",", "")) for x in trial]
            if all(x <= y for x, y in zip(values, values[1:])):
                return trial
    return None


def _split_rows(numbers: list[str], n: int, days: list[str]) -> list[list[str]]:
    """Rows of n cells; a later row's first cell may carry its days glued on ('6024' = 60 | 24)."""
    rows, i = [], 0
    r = 0
    while i < len(numbers):
        row = numbers[i:i + n]
        if r > 0 and r < len(days) and row and row[0].startswith(days[r]) and len(row[0]) > len(days[r]):
            row = [row[0][len(days[r]):]] + numbers[i + 1:i + n]
        elif r > 0 and r < len(days) and row and row[0] == days[r]:
            row = numbers[i + 1:i + 1 + n]
            i += 1
        if len(row) < n:
            break
        rows.append(row)
        i += n
        r += 1
    return rows


def read_numbers(text: str, count: int, score, limit: int = 4000) -> Optional[list[tuple[str, Printed]]]:
    """Exactly `count` numbers from a run where some lost the space between them
    ('136.296.8' is 136.2 | 96.8 or 136.29 | 6.8): every split is tried and the
    one `score` likes best is kept."""
    chunks = text.split()
    options: list[list[list[str]]] = []
    for chunk in chunks:
        splits = list(_splits(chunk))
        if not splits:
            return None
        options.append(splits)
    best = None
    tried = 0
    for combo in _product(options):
        values = [v for part in combo for v in part]
        tried += 1
        if tried > limit:
            break
        if len(values) != count:
            continue
        printed = [(v, Printed.of(v)) for v in values]
        sc = score(printed)
        if best is None or sc > best[0]:
            best = (sc, printed)
    return best[1] if best else None


def _splits(chunk: str):
    """Ways to read a chunk as numbers with one or two decimals (or integers)."""
    if not chunk:
        yield []
        return
    for end in range(1, len(chunk) + 1):
        head = chunk[:end]
        if re.fullmatch(r"-?\d+(?:\.\d{1,2})?", head) and not (end < len(chunk) and chunk[end] == "."):
            if end < len(chunk) and head.lstrip("-").isdigit() and chunk[end].isdigit():
                continue
            for rest in _splits(chunk[end:]):
                yield [head] + rest


def _product(options):
    if not options:
        yield []
        return
    for first in options[0]:
        for rest in _product(options[1:]):
            yield [first] + rest


def _pe_score(values: list[tuple[str, Printed]], k: int) -> float:
    """How well a reading of a valuation row agrees with PE = price ÷ EPS."""
    price = values[0][1].value
    score = 0.0
    for i in range(k):
        eps, pe = values[1 + i][1].value, values[1 + k + i][1].value
        if eps == 0:
            continue
        rel = abs(price / eps - pe) / max(abs(pe), Decimal("0.01"))
        score -= float(min(rel, Decimal(10)))
    return score


_FLOP_PREFIX = {"E": 10 ** 18, "P": 10 ** 15, "T": 10 ** 12, "G": 10 ** 9, "": 1}
# what a clause says before an amount of compute ('C=6N*D=…', '计算量', 'training budget');
# a peak ('算力峰值…624TFLOPs') is a rate however its unit is spelt
# a sentence opening a topic of its own: '渠道方面,', '分产品看,', '从区域来看,'
_NEW_TOPIC = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,8}方面|分[\u4e00-\u9fff]{1,4}(?:来)?看|从[^，,。；;]{1,10}(?:来)?看)\s*[，,:：]")
_AMOUNT_CUE = re.compile(r"[CＣ]\s*[=＝]|计算量|所需算力|算力需求|budget|[26]\s*N")


def _compute_amount(e, text: str) -> bool:
    """Whether a COMPUTE entity is an amount of operations. 'FLOPs' is; 'PFLOPs' and
    'TFLOPs' are read as rates unless the clause before them says an amount."""
    if e.value.get("unit") == "FLOP":
        return True
    if e.value.get("unit") != "FLOP/s" or e.text.rstrip().endswith("/s"):
        return False
    before = text[:text.find(e.text)] if e.text in text else ""
    clause = re.split(r"[，,。；;]", before)[-1]
    return bool(_AMOUNT_CUE.search(clause)) and "峰值" not in clause


def _printed_compute(text: str) -> Optional[Printed]:
    m = re.search(_SCI, text)
    if m:
        exp = int(m.group(2) or m.group(3))
        prefix = re.match(r"\s*([EPTG]?)FLOP", text[m.end():])  # '3.14*1023PFLOPs' is 3.14×10^38
        return Printed.of(m.group(1), Decimal(10) ** exp * _FLOP_PREFIX[prefix.group(1) if prefix else ""])
    m = re.search(rf"(\d[\d,.]*)\s*({_MULT})?\s*([EPTG]?)FLOP", text)
    if m:
        return Printed.of(m.group(1), Decimal(q.UNIT_MULT[m.group(2) or ""]) * _FLOP_PREFIX[m.group(3)])
    return None


def known_params(sizes: dict[str, Decimal], name: str) -> Optional[Decimal]:
    """A model's size as the report stated it, whatever the spelling ('GPT-2', 'gpt2')."""
    want = squash_name(name)
    return next((v for k, v in sizes.items() if squash_name(k) == want), None)


def spec_sizes(doc: Document) -> dict[str, Decimal]:
    """Model → parameters, from the report's model-specs tables (the last row wins)."""
    return {r["model"]: Decimal(str(r["params"])) for t in doc.tables if t.kind == "model_specs"
            for r in t.rows if r.get("params") is not None and r.get("model")}


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


# where a total's run of parts ends: its sentence, or a digest's bullet or reference mark ('…其中通信服务收入…[1] - 股东应占利润…'
# is the next topic)
_RUN_END = re.compile(rf"[。！？!?；;\n]|{DIGEST_BREAK}")
_ITEM_BREAK = re.compile(DIGEST_BREAK)


def _sentence_end(text: str, start: int, sentences: int = 1, ends: re.Pattern = _SENTENCE_END) -> int:
    pos = start
    for _ in range(sentences):
        m = ends.search(text, pos)
        if not m:
            return len(text)
        pos = m.end()
    return pos


_AMOUNT = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?\s*(美元|元|港元|台|张|个|家|次|人|辆|部|件|[Tt]okens|"
                     r"[EPT]FLOP[Ss]|GW|MW|[TPE]B)")
# what marks an amount as the base of a change: '去年同期为344亿美元', '从20亿元', '上季度50亿元'
# a total said as money spent ('合计斥资500亿元'): the amounts summed must be named as spent too
_SPENT = re.compile(r"斥资|耗资|花费|出资|投入|支付")
_BASE_CUE = re.compile(r"(?:去年同期|上年同期|上一?季度|上一?年|上月|前一年|同期|从|由)[^，,。；\d]{0,6}$")


def _in_an_aside(text: str, at: int) -> bool:
    """Whether `at` is inside a bracket opened after the sentence's last amount before it: an aside of its own."""
    amounts = list(_AMOUNT.finditer(text, 0, at))
    depth = 0
    for ch in text[amounts[-1].end() if amounts else 0: at]:
        depth = depth + 1 if ch in "(（" else max(0, depth - 1) if ch in ")）" else depth  # (a close of an earlier bracket: none)
    return depth > 0


def _before_and_after(text: str) -> Optional[tuple[tuple[Printed, str], tuple[Printed, str]]]:
    """The two amounts of one unit a sentence gives before its change ('…去年同期为344亿
    美元，同比增长66%'), as (base, later), each with its printed text. The base is the one
    a cue marks (去年同期, 上季度, 从…), else the earlier of two periods each names (2023年
    / 2024年, 一季度 / 二季度); None when the sentence does not say which is which."""
    amounts = list(_AMOUNT.finditer(text))
    if len(amounts) != 2 or amounts[0].group(3) != amounts[1].group(3):
        return None
    if any(re.search(r"\d\s*[/、]\s*$", text[:a.start()]) for a in amounts):
        return None  # the last of a list ('313.58/113.50/113.52亿元'): one figure of several, not the sentence's amount
    # a loss's sign before its figure ('相较于2024年三季度的-3.89亿元'), never a range's dash ('2-3亿')
    signs = [-1 if re.search(r"(?<![\d.])[-−]$", text[max(0, a.start() - 2):a.start()]) else 1 for a in amounts]
    values = [(_printed(a.group(1), a.group(2)).signed(sign), ("-" if sign < 0 else "") + a.group(0))
              for sign, a in zip(signs, amounts)]
    if any(MOVED_BY.search(text, max(0, a.start() - 8), a.start()) for a in amounts):
        return None  # '655.68亿元,较上年同期减少31.47亿元': a level and its change, not a base and a later value
    cued = [bool(_BASE_CUE.search(text[max(0, a.start() - 12): a.start()])) for a in amounts]
    if cued.count(True) == 1:
        base = cued.index(True)
        return values[base], values[1 - base]
    periods = []
    for i, a in enumerate(amounts):
        lead = text[amounts[i - 1].end() if i else 0: a.start()]
        found = list(YEAR_OR_QUARTER.finditer(lead))
        periods.append(_period_key(found[-1]) if found else None)
    # (its base may be named between: '657.58亿元(同比2024年前三季度下降约5.2%),净利润102.54亿元')
    if re.search(DIGEST_BREAK, text[amounts[0].end():amounts[1].start()]):
        return None  # two items of a digest ('营收56.39万亿元,… [1] - 净利润2.46万亿元,同比下降15.1%'): no base and later value
    if re.search(r"(?:同比|环比|较)[^，,。；;]{0,16}?(?:增长|下降|提升|降低|减少|上升|下滑|增加|[+＋\-−])\s*(?:约|近|超过|逾)?\s*\d", text[amounts[0].end():amounts[1].start()]):
        return None  # the first has its own change ('4,260.39亿元…同比增长33.5% …单季…2,478.47亿元'): no base of the second
    if None not in periods and periods[0] != periods[1]:
        if periods[0][0] == periods[1][0] and 0 in (periods[0][1], periods[1][1]):
            return None  # a year (or a span of it, 前三季度) and one of its quarters: neither is the other's base
        return (values[0], values[1]) if periods[0] < periods[1] else (values[1], values[0])
    return None


# the year-earlier figure in brackets right after a growth, its year named: '同比增长15.1%(2024年上半年净利润8.1亿元)',
# '(基于2024年上半年58.8亿元的营收数据推算)'
_BRACKETED_BASE = re.compile(r"\s*[(（][^()（）\d]{0,6}(?:19|20)\d\d\s*年[^()（）\d]{0,12}(?P<amount>\d[\d,]*(?:\.\d+)?\s*"
                             rf"(?:{_MULT})?\s*(?:美元|元|港元))[^()（）\d]{{0,16}}[)）]")


def _base_bracketed_after(text: str, start: int, end: int):
    """(before, after) where the year-earlier figure stands in brackets right after the growth and the
    figure grown is the clause's one amount before it, in the same unit: '总营收66.03亿元,同比增长12.3%
    (基于2024年上半年58.8亿元的营收数据推算)'."""
    bracket = _BRACKETED_BASE.match(text, end)
    return None if bracket is None else _grown_from(text, start, bracket.group("amount"))


def _grown_from(text: str, start: int, base_text: str):
    """(before, after): the year-earlier amount `base_text` states and the one amount of the growth's clause before
    `start`, where both are in the same unit; None otherwise."""
    clause = re.split(r"[。；;]", text[:start])[-1]
    amounts = list(_AMOUNT.finditer(clause))
    base = _AMOUNT.match(base_text)
    if len(amounts) != 1 or base is None or base.group(2) != amounts[0].group(2) or base.group(3) != amounts[0].group(3):
        return None
    return ((_printed(base.group(1), base.group(2)), base.group(0)),
            (_printed(amounts[0].group(1), amounts[0].group(2)), amounts[0].group(0)))


# the year-earlier figure a sentence of its own states right after: '…净利润…达到703亿元,同比增长18.9%。而去年同期是591亿元。'
_NEXT_BASE = re.compile(rf"\s*(?:而|但)?\s*(?:去年|上年)同期\s*(?:是|为|仅为?|只有)\s*(?P<amount>\d[\d,]*(?:\.\d+)?\s*"
                        rf"(?:{_MULT})?\s*(?:美元|元|港元))\s*[。；;]")


def _base_stated_next(text: str, start: int, end: int, following: str):
    """(before, after) where the growth ends its sentence and the next one states only the year-earlier figure (see
    `_NEXT_BASE`), the figure grown being the clause's one amount before the growth, in the same unit."""
    if re.search(r"\d", text[end:]):
        return None  # (the sentence goes on with other figures: the next one's base may be theirs)
    stated = _NEXT_BASE.match(following)
    return None if stated is None else _grown_from(text, start, stated.group("amount"))


def _period_key(m: re.Match) -> tuple[int, int]:
    """(year, quarter) of '2024年二季度', '2024年Q2', '二季度' or '2023年'; a part the text
    leaves out is 0."""
    digits = {"一": 1, "二": 2, "三": 3, "四": 4}
    quarter = next((g for g in m.groups()[1:] if g), None)
    return int(m.group(1) or 0), (digits.get(quarter) or int(quarter)) if quarter else 0


def _count_word(text: str, counters: str) -> Optional[int]:
    """The number of things a sentence announces ('四家公司', '3个'), or None."""
    m = re.search(rf"([二两三四五六七八九十]|\d{{1,2}})\s*(?:{counters})", text)
    if not m:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else "一二三四五六七八九十".index(m.group(1).replace("两", "二")) + 1


def _unit_slip(exact: Decimal, printed: Printed) -> bool:
    """Whether `printed` is `exact` in the wrong unit word: right digits, a multiplier
    off by 千/百万 (10³) or 万/亿 (10⁴, 10⁸)."""
    for power in (3, 4, 8):
        for factor in (Decimal(10) ** power, Decimal(10) ** -power):
            if calc.judge(exact, printed.times(factor)) != "mismatch":
                return True
    return False


def _printed(digits: str, multiplier: Optional[str]) -> Printed:
    """A figure as printed with its Chinese multiplier word ('571', '亿')."""
    return Printed.of(digits, Decimal(q.UNIT_MULT.get(multiplier or "", 1)))


def _printed_money(e) -> Optional[Printed]:
    m = re.search(rf"(\d[\d,]*(?:\.\d+)?)\s*({_MULT})?", e.text)
    if not m:
        return None
    return _printed(m.group(1), m.group(2))


def _slice_for(clause: str, pies: list):
    """The pie slice a clause names: its longest label key found in the clause."""
    best, best_len = None, 0
    for pie in pies:
        for s in pie.slices:
            for key in chartdump.label_keys(s.label):
                if key in clause and len(key) > best_len:
                    best, best_len = s, len(key)
    return best


def _named_median(before: str, runs: list) -> Optional[tuple[str, Decimal]]:
    """The group a sentence names just before '中位数' ('AI-first应用的中位数'), found in a
    two-median chart's legend: first in the legend → first median, else the second."""
    name = re.search(r"([A-Za-z\u4e00-\u9fff][\w\-\u4e00-\u9fff]{1,20}?)的?\s*$", before)
    if not name:
        return None
    for size in range(len(name.group(1)), 3, -1):
        phrase = name.group(1)[-size:]
        for run in runs:
            if len(run.medians) == 2 and phrase in run.legend:
                return phrase, run.medians[0 if run.legend.startswith(phrase) else 1][0]
    return None


def _run_for(clause: str, sentence: str, value: Decimal, runs: list):
    """A chart value run whose labels name a Latin name of the clause: (name, run). A
    run whose first label is the name and whose metric ('DAU/MAU', '月留存率') the
    sentence names comes first; otherwise a run that prints `value` among its values."""
    names = re.findall(r"[A-Za-z][A-Za-z0-9.\-]{2,}", clause)
    for name in names:
        for run in runs:
            metrics = re.findall(r"[A-Z]{2,}/[A-Z]{2,}|[\u4e00-\u9fff]{2,}", run.labels)
            if run.labels.startswith(name) and any(m in sentence for m in metrics):
                return name, run
    for name in names:
        for run in runs:
            if name in run.labels and value in run.values:
                return name, run
    return None


def _shared_bigrams(a: str, b: str) -> int:
    grams = lambda t: {t[i:i + 2] for i in range(len(t) - 1) if all("\u4e00" <= c <= "\u9fff" for c in t[i:i + 2])}  # noqa: E731
    return len(grams(a) & grams(b))


def find(doc: Document) -> list[dict]:
    """The family's checks: prose and tables of AI-industry reports (compute, GPUs, prices,
    demand). Its sentence rules were built on industry notes; on a company report (one with
    financials tables) they misread results prose (a CAGR span read as one change), so a
    company report (statement tables, or a title naming the company and its ticker) is left
    to the statement families."""
    if is_company_report(doc):
        return []
    return Checker(doc).run()


# the words of a share's whole that say when, how much of it or what kind of figure, not what it is of ('同期全国进口总额的'
# names 进口)
# the words before a count that make it a change of one: '比上月分别增加4个和1个', '减少2个'
_A_COUNT_CHANGE = re.compile(r"(?:增加|减少|多|少|增|减)(?:了)?\s*(?:\d+\s*个\s*(?:和|、|及)\s*)?$")


# (nor that it is all of something: '行业总利润' names 利润)
_WHOLE_NAMED = re.compile(r"^(?:同期|当期)?(?:的)?(?:全国|全省|全市|全部|全行业|全|行业)?(?:总)?|(?:总额|总量|总数|总和|规模)?(?:的)?$")


def _names_it(of: str, words: str) -> bool:
    """Whether a share's words for its whole ('同期全国进口总额的') fit the words a total was stated by: their last two
    characters, what the whole is ('进口'; '行业总利润' is a 利润, '合计实现净利润''s), where they name one at all ('占比'
    names none: any total before 其中 is its), and which kind of it (`checks.names_the_whole`)."""
    return names_the_whole(_WHOLE_NAMED.sub("", of), words)

