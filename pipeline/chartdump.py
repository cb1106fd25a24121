"""Charts as a text dump leaves them: what can be read back, and nothing more.

When a PDF is flattened to text, a chart becomes a run of its data labels. Three
shapes recur in broker reports and are read here, each only when its structure
vouches for the reading:

- a pie: label-value pairs, ``To C,50%To B&C,19%To B,31%``, read only when the
  shares add up to 100 (a whole, so each label owns its value);
- a value run with printed medians: ``85%73%…35%0%50%100%YouTube…Remini月留存率
  中位数42%中位数63%``: the axis ticks are dropped, and the values are split into
  consecutive groups whose medians reproduce the printed ones;
- a bar chart with an axis: ``718051015202023A2024E受访企业平均每年在LLM上的支出
  (百万美元)``: category labels (2023A, 2024E), the axis ticks (0…20) and the bar
  values glued together, split so that each value fits under the axis, with the
  unit taken from the chart's title;
- a price card: ``GPT-4oInput:$5|Output:$15/1M tokens``: a model's input and output
  prices per million tokens.

Pure functions over a string; verify decides what to check with them.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

# ----------------------------------------------------------------------------- pies
_SHARE = re.compile(r"([^\d%％。！？；;，,()（）\s][^\d%％。！？；;，,\n]{0,24}?)[,，:：]?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")


@dataclass
class Slice:
    label: str
    value: Decimal
    start: int
    end: int


@dataclass
class Pie:
    slices: list[Slice]

    @property
    def start(self) -> int:
        return self.slices[0].start

    @property
    def end(self) -> int:
        return self.slices[-1].end


def pies(text: str) -> list[Pie]:
    """Consecutive label-value pairs whose values add up to 100 (± 1 for rounding)."""
    found, run = [], []
    for m in _SHARE.finditer(text):
        if run and m.start() != run[-1].end:
            _close_pie(run, found)
            run = []
        if _SIGNED.search(m.group(1)) or not re.search(r"[\u4e00-\u9fffA-Za-z]", m.group(1)):
            # a signed figure is a change, not a share ('增速分别为+75%/+23%/+3%'), and a label with
            # no word is a list's separator: no pie runs through either
            _close_pie(run, found)
            run = []
            continue
        run.append(Slice(m.group(1).strip(), Decimal(m.group(2)), m.start(), m.end()))
    _close_pie(run, found)
    return found


_SIGNED = re.compile(r"[+\-−＋－]\s*$")


def _close_pie(run: list[Slice], found: list[Pie]) -> None:
    # the longest prefix of the run that sums to a whole (a second chart may follow glued)
    total = Decimal(0)
    for i, s in enumerate(run):
        total += s.value
        if i >= 1 and abs(total - 100) <= 1:
            first = run[0]  # its label may have swallowed the text before the chart
            found.append(Pie([Slice(_tail(first.label), first.value, first.start, first.end)] + run[1: i + 1]))
            return
        if total > 101:
            return


def _tail(label: str) -> str:
    """The end of a label that has text glued before it: the Latin words after its
    last Han run ('…输出云服务提供商(CSP)' → '(CSP)'), else that last Han run."""
    runs = list(re.finditer(r"[\u4e00-\u9fff]+", label))
    if not runs:
        return label
    after = label[runs[-1].end():]
    return after.strip() if re.search(r"[A-Za-z]", after) else runs[-1].group(0)


_GENERIC_LABELS = {"其他", "其它", "其余", "other", "others"}


def label_keys(label: str) -> set[str]:
    """What a sentence would call a slice: its Latin words ('CSP', 'API'), its whole Han
    runs ('大模型厂商'), and 'To B' / 'To C' as the Chinese 'B端' / 'C端'."""
    keys = set()
    for m in re.finditer(r"(?<![A-Za-z])To\s*([A-Z])(?![A-Za-z&])", label):
        keys.add(f"{m.group(1)}端")
    for word in re.findall(r"[A-Za-z][A-Za-z0-9.\-]+", label):
        if word.lower() not in ("to", "or", "and", "of") and len(word) >= 2:
            keys.add(word)
    for run in re.findall(r"[\u4e00-\u9fff]{2,}", label):
        if run not in _GENERIC_LABELS:
            keys.add(run)
    return keys


# ----------------------------------------------------------------------------- value runs and medians
_RUN = re.compile(r"(?:\d{1,3}(?:\.\d+)?[%％]){4,}")
_MEDIAN = re.compile(r"中位数(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]")


@dataclass
class ValueRun:
    values: list[Decimal]          # the data labels, axis ticks removed
    start: int
    end: int                        # where the run (with its ticks) ends
    labels: str = ""                # the text after the run, up to the first median
    medians: list[tuple[Decimal, int, int]] = field(default_factory=list)  # value, start, end
    legend: str = ""                # the text right after the last median: the groups' names, in order


def value_runs(text: str, reach: int = 400) -> list[ValueRun]:
    """Runs of four or more glued percentages, without their axis ticks, with the
    medians the chart prints within `reach` characters after them."""
    runs = []
    for m in _RUN.finditer(text):
        values = [Decimal(v) for v in re.findall(r"\d{1,3}(?:\.\d+)?", m.group(0))]
        values = drop_axis(values)
        if len(values) < 3:
            continue
        run = ValueRun(values, m.start(), m.end())
        tail = text[m.end(): m.end() + reach]
        nxt = _RUN.search(tail)
        if nxt:
            tail = tail[: nxt.start()]
        first = _MEDIAN.search(tail)
        run.labels = tail[: first.start()] if first else tail[:120]
        for md in _MEDIAN.finditer(tail):
            run.medians.append((Decimal(md.group(1)), m.end() + md.start(), m.end() + md.end()))
        if run.medians:
            run.legend = text[run.medians[-1][2]: run.medians[-1][2] + 80]
        runs.append(run)
    return runs


# what follows a chart's category labels: its metric, Latin ('DAU/MAU') or Han ('月留存率')
_METRIC = re.compile(r"[A-Z]{2,}/[A-Z]{2,}.*$|[\u4e00-\u9fff].*$", re.S)
# one label whose end its own letters show: a capitalised word ('Lensa') or an acronym
_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}(?![a-z])")


def metric(labels: str) -> str:
    """The metric printed after a chart's category labels ('DAU/MAU', '月留存率'), or ''."""
    m = _METRIC.search(labels)
    return m.group(0).strip() if m else ""


def _count_labels(part: str, known: set[str]) -> Optional[int]:
    """How many labels a stretch of glued labels holds, when every piece is a name the
    document prints elsewhere or a capitalised word standing between such names (or
    the stretch's ends). None when a piece could be cut more than one way: two unknown
    capitalised words in a row may be one name ('YouTube', 'LensaRemini'), and a
    lower-case or dotted piece has no visible end ('character.airunway')."""
    count, at, unknown_before = 0, 0, False
    while at < len(part):
        name = max((k for k in known if part.startswith(k, at)), key=len, default=None)
        word = None if name is not None else _WORD.match(part, at)
        if name is None and (word is None or unknown_before):
            return None
        at += len(name) if name is not None else len(word.group(0))
        unknown_before = name is None
        count += 1
    return count


def label_index(labels: str, name: str, count: int, known: set[str]) -> Optional[tuple[int, str]]:
    """Which of a chart's `count` values is `name`'s, when the chart's labels are glued
    into one run ('WhatsAppInstagram…ReminiChatGPTLensaDAU/MAU'): the labels on one
    side of the name are counted (see _count_labels); when both sides can be counted
    they must add up with the name to `count`. Returns (index, the side counted from:
    'start' or 'end'), or None when the position is not certain."""
    tail = metric(labels)
    run = labels[: len(labels) - len(tail)] if tail else labels
    if run.count(name) != 1:
        return None
    at = run.index(name)
    for longer in (k for k in known if len(k) > len(name) and name in k):
        where = run.find(longer)
        if where >= 0 and where <= at < where + len(longer):
            return None  # part of a longer name ('Chat' of 'ChatGPT', 'App' of 'WhatsApp')
    before = _count_labels(run[:at], known)
    after = _count_labels(run[at + len(name):], known)
    if before is not None and after is not None and before + 1 + after != count:
        return None
    if after is not None and count - 1 - after >= 0:
        return count - 1 - after, "end"
    if before is not None and before < count:
        return before, "start"
    return None


def drop_axis(values: list[Decimal]) -> list[Decimal]:
    """Trailing axis ticks: 0 then three or more equal steps (0%50%100%, 0%20%…100%)."""
    for n in range(len(values) - 2, 2, -1):
        ticks = values[-n:]
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 0
        if ticks[0] == 0 and step > 0 and all(b - a == step for a, b in zip(ticks, ticks[1:])) and n >= 3:
            return values[:-n]
    return values


def median(values: list[Decimal]) -> Decimal:
    return Decimal(str(statistics.median(values)))


def median_split(values: list[Decimal], medians: list[Decimal]) -> Optional[list[list[Decimal]]]:
    """Consecutive groups of `values`, one per printed median, whose medians are the
    printed ones (in any order). None when no split reproduces them all."""
    k = len(medians)
    if k == 0 or len(values) < k:
        return None
    want = sorted(medians)

    def splits(start: int, left: int):
        if left == 1:
            yield [values[start:]]
            return
        for cut in range(start + 1, len(values) - left + 2):
            for rest in splits(cut, left - 1):
                yield [values[start:cut]] + rest

    for groups in splits(0, k):
        if sorted(median(g) for g in groups) == want:
            return groups
    return None


def groups_of_medians(values: list[Decimal], printed: list[Decimal]) -> list[Optional[list[Decimal]]]:
    """The group of values behind each printed median, in the printed order: from a
    split that reproduces them all, else from the chart's own falling groups matched
    to the medians in the order that fits best (a chart may print them in any order);
    None where neither says."""
    from itertools import permutations

    groups = median_split(values, printed)
    if groups is not None:
        return [next(g for g in groups if median(g) == m) for m in printed]
    groups = falling_groups(values)
    if len(groups) != len(printed):
        return [None] * len(printed)
    medians = [median(g) for g in groups]
    order = min(permutations(range(len(groups))),
                key=lambda p: sum(abs(medians[j] - printed[i]) for i, j in enumerate(p)))
    return [groups[j] for j in order]


def falling_groups(values: list[Decimal]) -> list[list[Decimal]]:
    """The run cut where a value rises: a chart that sorts each group downward starts
    the next group with a rise (…50%48%|56%45%…)."""
    groups = [[values[0]]] if values else []
    for prev, v in zip(values, values[1:]):
        if v > prev:
            groups.append([v])
        else:
            groups[-1].append(v)
    return groups


# ----------------------------------------------------------------------------- bars with an axis
_BAR = re.compile(r"(?P<digits>\d[\d.]*?)(?P<labels>(?:(?:19|20)\d{2}[AEF]?){2,})(?P<title>[^\d%％]{4,60}?"
                  r"[(（](?P<unit>百万美元|亿美元|万美元|美元|百万元|亿元|万元|元|百万|亿|万)[)）])")
_UNIT = {"百万美元": (Decimal(10) ** 6, "美元"), "亿美元": (Decimal(10) ** 8, "美元"), "万美元": (Decimal(10) ** 4, "美元"),
         "美元": (Decimal(1), "美元"), "百万元": (Decimal(10) ** 6, "元"), "亿元": (Decimal(10) ** 8, "元"),
         "万元": (Decimal(10) ** 4, "元"), "元": (Decimal(1), "元"), "百万": (Decimal(10) ** 6, ""),
         "亿": (Decimal(10) ** 8, ""), "万": (Decimal(10) ** 4, "")}


@dataclass
class Bar:
    label: str       # '2023A'
    value: Decimal   # in the title's unit
    scale: Decimal   # the unit's multiplier: 百万 = 10^6
    currency: str
    title: str
    start: int
    end: int


def bars(text: str) -> list[Bar]:
    """Year-labelled bars whose values, axis ticks and labels a dump glued into one
    string; read only when exactly one split of the digits fits under the axis."""
    found = []
    for m in _BAR.finditer(text):
        labels = re.findall(r"(?:19|20)\d{2}[AEF]?", m.group("labels"))
        digits = m.group("digits")
        read = _bar_values(digits, len(labels))
        if read is None:
            continue
        scale, currency = _UNIT[m.group("unit")]
        title = m.group("title").strip()
        for label, value in zip(labels, read):
            found.append(Bar(label, value, scale, currency, title, m.start(), m.end()))
    return found


def _bar_values(digits: str, count: int) -> Optional[list[Decimal]]:
    """'71805101520', 2 bars → [7, 18]: the longest axis (0 and equal steps) ending the
    string, then the one split of what precedes it into `count` values under the top tick."""
    best = None
    for cut in range(1, len(digits)):
        ticks = _axis(digits[cut:])
        if ticks and len(ticks) >= 3:
            best = (cut, ticks)
            break  # the earliest cut leaves the longest axis
    if best is None:
        return None
    head, top = digits[: best[0]], best[1][-1]
    options = [vals for vals in _splits(head, count) if all(0 < v <= top for v in vals)]
    return options[0] if len(options) == 1 else None


def _axis(s: str) -> Optional[list[Decimal]]:
    if not s.startswith("0") or len(s) < 3:
        return None
    for step_len in range(1, 4):
        step_text = s[1: 1 + step_len]
        if not step_text or step_text.startswith("0"):
            continue
        step = int(step_text)
        ticks, built = [0], "0"
        while len(built) < len(s):
            ticks.append(ticks[-1] + step)
            built += str(ticks[-1])
        if built == s:
            return [Decimal(t) for t in ticks]
    return None


def _splits(s: str, count: int):
    if count == 1:
        if s and (s == "0" or not s.startswith("0")) and re.fullmatch(r"\d+(?:\.\d+)?", s):
            yield [Decimal(s)]
        return
    for i in range(1, len(s)):
        part = s[:i]
        if part.startswith("0") and part != "0" or part.endswith("."):
            continue
        for rest in _splits(s[i:], count - 1):
            yield [Decimal(part)] + rest


# ----------------------------------------------------------------------------- titled data labels
_TITLED = re.compile(r"(?P<title>[^\d()（）。，,；;]{2,30})[(（](?P<unit>万亿美元|亿美元|万美元|美元|万亿元|亿元|万元|元)[)）]\s*"
                     r"(?P<nums>\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?){1,11})(?=\s)")


@dataclass
class Labelled:
    """A chart's title with its unit and the data labels printed right after it
    ('四家科技巨头资本支出(亿美元)190 85 132 164'), before any glued axis."""

    title: str
    values: list[Decimal]
    scale: Decimal
    currency: str
    start: int
    end: int


def labelled_values(text: str) -> list[Labelled]:
    found = []
    for m in _TITLED.finditer(text):
        unit = m.group("unit")
        scale = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}.get(unit[:-2] if unit.endswith("美元")
                                                                                          else unit[:-1], Decimal(1))
        found.append(Labelled(m.group("title").strip(), [Decimal(v) for v in m.group("nums").split()], scale,
                              "USD" if unit.endswith("美元") else "CNY", m.start(), m.end()))
    return found


# ----------------------------------------------------------------------------- price cards
_CARD = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9.\-]*?)\s*Input\s*[:：]\s*(?P<cur>[$¥￥])\s*(?P<input>\d+(?:\.\d+)?)"
                   r"\s*[|｜/,，]\s*Output\s*[:：]\s*[$¥￥]\s*(?P<output>\d+(?:\.\d+)?)\s*/\s*1\s*M\s*tokens", re.I)


@dataclass
class PriceCard:
    model: str
    input: Decimal    # per million tokens
    output: Decimal
    currency: str     # 'USD' or 'CNY'
    start: int
    end: int


def price_cards(text: str) -> list[PriceCard]:
    """'GPT-4oInput:$5|Output:$15/1M tokens' → GPT-4o, 5 and 15 USD per million tokens.
    A name fake bold began twice ('GPTGPT-3.5-turbo-instruct') is read once."""
    cards = []
    for m in _CARD.finditer(text):
        name = re.sub(r"^([A-Za-z]{2,})\1(?=[\-\d])", r"\1", m.group("name"))
        cards.append(PriceCard(name, Decimal(m.group("input")), Decimal(m.group("output")),
                               "USD" if m.group("cur") == "$" else "CNY", m.start(), m.end()))
    return cards
