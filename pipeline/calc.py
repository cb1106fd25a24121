"""Pure, unit-aware formulas, exact where the inputs are exact, and rounding-aware judging.

Every function takes and returns Decimal. `judge` compares a printed figure with a
recomputed one: a printed "98%" stands for anything in [97.5, 98.5); "2.6万" for
[25,500, 26,500); a count printed by rounding up (the convention of GPU and server
tables) for (n − 1, n].
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Callable, Optional
from . import data_text

SECONDS_PER_DAY = Decimal(86400)


# ----------------------------------------------------------------------------- formulas
def training_flops(params: Decimal, tokens: Decimal) -> Decimal:
    """C = 6·N·D: forward and backward pass over D tokens for N parameters."""
    return 6 * params * tokens


def inference_flops(params: Decimal, tokens: Decimal) -> Decimal:
    """C = 2·N·D: one forward pass per token."""
    return 2 * params * tokens


def gpus_needed(flops: Decimal, peak_flops_per_s: Decimal, mfu: Decimal, seconds: Decimal) -> Decimal:
    """GPUs = C ÷ (MFU × peak × seconds), unrounded."""
    return flops / (mfu * peak_flops_per_s * seconds)


def servers_needed(gpus: Decimal, gpus_per_server: Decimal) -> Decimal:
    return gpus / gpus_per_server


def cost(units: Decimal, unit_price: Decimal) -> Decimal:
    return units * unit_price


def pct_change(before: Decimal, after: Decimal) -> Decimal:
    """Change from before to after, in percent: a cut is negative, a rise positive."""
    return (after - before) / before * 100


def cagr_pct(before: Decimal, after: Decimal, years: Decimal) -> Decimal:
    """Compound annual growth in percent: (after ÷ before)^(1/years) − 1. Not exact (a
    root), so computed in binary floating point; 15 significant digits is far more than
    any report prints."""
    rate = (float(after) / float(before)) ** (1 / float(years)) - 1
    return Decimal(repr(rate * 100))


def cut_pct(before: Decimal, after: Decimal) -> Decimal:
    """The size of a reduction in percent, positive: 20 → 0.5 is 97.5."""
    return (before - after) / before * 100


def ratio(a: Decimal, b: Decimal) -> Decimal:
    return a / b


def inference_demand(visits_per_month: Decimal, questions_per_visit: Decimal, tokens_per_answer: Decimal,
                     peak_multiple: Decimal = Decimal(1), days_per_month: Decimal = Decimal(30)) -> dict[str, Decimal]:
    """Question-answering demand: requests per second (QPS), tokens per second, and
    tokens per day with the peak multiple applied."""
    qps = visits_per_month * questions_per_visit / (days_per_month * SECONDS_PER_DAY)
    tokens_per_s = qps * tokens_per_answer
    return {"qps": qps, "tokens_per_s": tokens_per_s, "daily_tokens_peak": tokens_per_s * SECONDS_PER_DAY * peak_multiple}


def dau_demand(daily_users: Decimal, questions_per_user: Decimal, tokens_per_answer: Decimal,
               peak_multiple: Decimal = Decimal(1)) -> dict[str, Decimal]:
    """The same demand from daily active users asking `questions_per_user` a day:
    requests per second, tokens per second, and tokens per day (× the peak multiple)."""
    qps = daily_users * questions_per_user / SECONDS_PER_DAY
    return {"qps": qps, "tokens_per_s": qps * tokens_per_answer,
            "daily_tokens": daily_users * questions_per_user * tokens_per_answer * peak_multiple}


def training_to_inference() -> Decimal:
    """Compute of one training step over one inference step: 6·N·D ÷ 2·N·D."""
    return training_flops(Decimal(1), Decimal(1)) / inference_flops(Decimal(1), Decimal(1))


def per_million_tokens(price: Decimal, per_tokens: Decimal) -> Decimal:
    """元/千tokens → 元/百万tokens and the like."""
    return price * Decimal(10 ** 6) / per_tokens


# ----------------------------------------------------------------------------- hardware
@lru_cache(maxsize=1)
def hardware() -> dict[str, dict]:
    text = data_text("gpus.jsonl")
    table = {}
    for line in text.splitlines():
        if line.strip():
            g = json.loads(line)
            for name in [g["name"]] + g["aliases"]:
                table[name.upper()] = g
    return table


def peak(gpu: str, precision: str = "fp16", sparse: Optional[bool] = None) -> list[tuple[str, Decimal]]:
    """Candidate peaks (FLOP/s) of a GPU at a precision: dense and, where NVIDIA
    quotes it, with sparsity. Reports use either, often without saying which."""
    g = hardware().get(gpu.upper().replace("NVIDIA ", "")) or hardware().get(gpu.upper())
    if g is None:
        return []
    out = []
    for kind in ("dense", "sparse"):
        if sparse is not None and (kind == "sparse") != sparse:
            continue
        value = g["peak_tflops"].get(f"{precision.lower()}_{kind}")
        if value is not None:
            out.append((f"{g['name']} {precision.upper()} {kind}", Decimal(str(value)) * 10 ** 12))
    return out


# ----------------------------------------------------------------------------- judging
@dataclass
class Printed:
    """A figure as the report printed it: its value and how precisely."""

    value: Decimal
    step: Decimal  # the printed precision, in the value's unit: 0.01 for '3.14', 100 for '2.6万'
    places: int = 0  # decimals printed: the zero of '2.0' is significant

    @classmethod
    def of(cls, digits: str, multiplier: Decimal = Decimal(1)) -> "Printed":
        digits = digits.replace(",", "").strip()
        d = Decimal(digits)
        places = len(digits.split(".")[1]) if "." in digits else 0
        return cls(d * multiplier, Decimal(1).scaleb(-places) * multiplier, places)

    def loosely(self) -> "Printed":
        """The same figure with trailing zeros of a whole number not significant:
        '8000' said of 8,101.85 reads as 8 thousand ('2.0' keeps its zero)."""
        if self.places:
            return self
        digits = str(int(self.value / self.step)) if self.value == self.value.to_integral_value() else ""
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        return Printed(self.value, self.step * Decimal(10) ** zeros) if zeros else self

    def signed(self, sign: int) -> "Printed":
        """The figure as printed times `sign` (+1 or −1): a line a statement subtracts, taken away."""
        return self if sign > 0 else Printed(-self.value, self.step, self.places)

    def with_sign(self, sign: int) -> "Printed":
        """The figure's size with the sign `sign` gives it, whatever sign it was printed with
        (a fall's 8.2% as −8.2, a cost printed (35) or 35 alike)."""
        return Printed(sign * abs(self.value), self.step, self.places)

    def exact(self) -> "Printed":
        """The same figure taken as exact, not rounded to its last digit: a count of shares or bonds, a declared
        dividend, a face value."""
        return Printed(self.value, Decimal(0), self.places)

    def times(self, factor: Decimal) -> "Printed":
        """The same figure in another unit ('2.6亿' as yuan): value and step scaled alike."""
        return Printed(self.value * factor, self.step * factor, self.places)

    def interval(self) -> tuple[Decimal, Decimal]:
        half = self.step / 2
        return self.value - half, self.value + half


@dataclass
class Derived(Printed):
    """A figure recomputed from printed ones (a base a growth implies, 毛利 from 营收 and 成本):
    its value, a step wide enough for any value its inputs allow, and the inputs with the
    formula itself, so that a formula over it is judged at the corners of those printed figures
    (checks.formula_range) — a printed figure two derived ones share is then counted once, not
    twice as independent (the same 营收 in this quarter's 毛利 and in the base it implies)."""
    inputs: tuple = ()
    fn: Optional[Callable[..., Decimal]] = None


def rounded_to(value: Decimal, step: Decimal, mode: str = "nearest") -> Decimal:
    """`value` as printed to a multiple of `step` under a rounding mode (nearest, ceil, floor,
    down = toward zero, i.e. cut short)."""
    rounding = {"nearest": ROUND_HALF_UP, "ceil": ROUND_CEILING, "floor": ROUND_FLOOR, "down": ROUND_DOWN}[mode]
    return (Decimal(value) / step).quantize(Decimal(1), rounding=rounding) * step


def rounds_to(exact: Decimal, printed: Printed, mode: str) -> bool:
    """Whether `exact` prints as `printed` under a rounding mode (see `rounded_to`)."""
    return rounded_to(exact, printed.step, mode) == printed.value


def judge(exact: Decimal, printed: Printed, modes: tuple[str, ...] = ("nearest",)) -> str:
    """consistent: the formula, rounded the report's way, gives the printed figure;
    rounding: off only by the printing precision; mismatch: no rounding explains it."""
    tolerance = printed.step * Decimal("1e-9")
    if abs(exact - printed.value) <= tolerance:
        return "consistent"
    if any(rounds_to(exact, printed, m) for m in modes):
        return "consistent" if printed.step <= 1 and abs(exact - printed.value) < printed.step else "rounding"
    lo, hi = printed.interval()
    edge = printed.step * Decimal("1e-9")  # inputs are exact decimals: the interval's edge is sharp
    if lo - edge <= exact <= hi + edge:
        return "rounding"
    return "mismatch"


def judge_count(exact: Decimal, printed: Printed) -> str:
    """Whole things (GPUs, servers) are rounded up to a whole one or to the nearest; a
    count printed coarser than one ('7.8万张') is the nearest at that precision, so
    78,100 is '7.8万', not '7.9万'."""
    if printed.step <= 1:
        return judge(exact, printed, ("nearest", "ceil"))
    whole = exact.to_integral_value(rounding=ROUND_CEILING)
    verdicts = {judge(exact, printed), judge(whole, printed)}
    return next(v for v in ("consistent", "rounding", "mismatch") if v in verdicts)


def judge_bound(exact: Decimal, printed: Printed, bound: str) -> str:
    """A figure printed as a bound: '超过60%' / '60%以上' (at least), '近' (at most),
    '100余倍' (at least 100, below the next step of its leading digit: 100–200)."""
    if bound == "at_least":
        return "consistent" if exact >= printed.value else judge(exact, printed)
    if bound == "at_most":
        return "consistent" if exact <= printed.value else judge(exact, printed)
    if bound == "more_than_round":  # 100余 / 100多: [100, 200)
        digits = str(int(printed.value)) if printed.value == printed.value.to_integral_value() else "1"
        top = printed.value + Decimal(10) ** (len(digits) - 1)
        return "consistent" if printed.value <= exact < top else "mismatch"
    return judge(exact, printed)


def judge_approx(exact: Decimal, printed: Printed) -> str:
    """A figure printed with 约/大约: rounded to nearest, or cut short ('约2.5x' for
    18/7 = 2.57), at its printed precision; trailing zeros of a whole number are not
    significant ('8000' said of 8,101.85). Rounded up it is not: 78,100 is not '约7.9万'."""
    loose = printed.loosely()
    verdict = judge(exact, loose)
    if verdict != "mismatch":
        return "rounding" if verdict == "consistent" and exact != printed.value else verdict
    return "rounding" if rounds_to(exact, loose, "down") else "mismatch"


def judge_sum(parts: list[Printed], total: Printed) -> tuple[str, Decimal]:
    """A printed total against printed parts: consistent when the parts add up to it,
    rounding when parts within their printed precision can, else mismatch."""
    exact = sum((p.value for p in parts), Decimal(0))
    lo = sum((p.interval()[0] for p in parts), Decimal(0))
    hi = sum((p.interval()[1] for p in parts), Decimal(0))
    return judge_within(exact, lo, hi, total), exact


def likely_cause(exact: Decimal, printed: Printed, money: bool = False) -> Optional[str]:
    """A recognizable slip behind a mismatch: a unit off by 千/百万 or 万/亿 (or, for an
    amount of money, 百万/亿), a lost power of ten."""
    if exact == 0 or printed.value == 0:
        return None
    r = printed.value / exact
    if r < 0:
        # (the sign alone: the figure with its sign turned is the recomputed one; a figure of another size and
        # sign has no one slip to name)
        return "sign: printed with the opposite sign" if judge(-exact, printed) != "mismatch" else None
    if rounds_to(exact, printed, "down"):
        return f"cut short, not rounded: the recomputed {_plain_number(exact.quantize(printed.step / 10))} rounds the other way"
    hundred = "百万/亿 unit slip (×100)" if money else "percent written as a fraction (×100)"
    for factor, name in ((Decimal(1000), "千/百万 unit slip (×1000)"), (Decimal(10000), "万/亿 unit slip (×10⁴)"),
                         (Decimal(100), hundred)):
        for f, direction in ((factor, "too large"), (1 / factor, "too small")):
            if abs(r - f) / f < Decimal("0.02"):
                return f"{name}, printed {direction}"
    exponent = int((r.ln() / Decimal(10).ln()).to_integral_value())
    if abs(exponent) >= 1 and abs(r / Decimal(10) ** exponent - 1) < Decimal("0.02"):
        return f"power of ten lost: printed value is ×10^{exponent}"
    return None


def part_slip(parts: list[Printed], names: list[str], printed: Printed) -> Optional[str]:
    """A total's mismatch one part's lost power of ten explains: the part read ten, a hundred or a
    thousand times smaller or larger makes the parts' sum print as the total ('销售费用733.98亿元' in
    期间费用607.74亿元 = 73.398 + 409.72 + 124.62). Names the part and the factor; None where no one
    part so changed reproduces it."""
    found = []
    for k, part in enumerate(parts):
        for factor in (Decimal(10), Decimal(100), Decimal(1000), Decimal("0.1"), Decimal("0.01"), Decimal("0.001")):
            moved = Printed(part.value / factor, part.step / factor, part.places)
            if abs(moved.value) < 1 or (part.places == 0 and moved.value != moved.value.to_integral_value()):
                continue  # a count (234个) is never 0.234 or 23.4: no slip a whole number makes so
            values = [moved if i == k else p for i, p in enumerate(parts)]
            exact = sum(v.value for v in values)
            slack = sum(v.step for v in values) / 2
            if judge_within(exact, exact - slack, exact + slack, printed) != "mismatch":
                found.append(f"{names[k]} {_plain_number(part.value)} reads as {_plain_number(moved.value)}: "
                             f"a power of ten lost in it (printed ×{_plain_number(factor)})")
    return found[0] if len(found) == 1 else None


def _plain_number(d: Decimal) -> str:
    return format(d.normalize(), "f")


def digit_slip(exact: Decimal, printed: Printed) -> Optional[str]:
    """A typing slip behind a mismatch: the printed figure is the recomputed one, rounded as
    printed, with one digit wrong or two neighbouring digits swapped."""
    if printed.step <= 0 or (exact < 0) != (printed.value < 0):
        return None
    want = (abs(exact) / printed.step).to_integral_value(rounding=ROUND_HALF_UP)
    got = (abs(printed.value) / printed.step).to_integral_value(rounding=ROUND_HALF_UP)
    a, b = str(int(got)), str(int(want))
    if len(a) != len(b) or a == b or len(a) < 2:
        return None
    # (a step carried through a change of unit keeps trailing zeros, '0.1000000000': its normal form places the figure)
    shown = f"{(want * printed.step).quantize(printed.step.normalize()) if printed.places else int(want * printed.step):,}"
    shown = f"−{shown}" if exact < 0 else shown  # (the digits compared are the magnitudes; the figure keeps its sign)
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return f"one digit differs from the recomputed {shown}"
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return f"two digits swapped: the recomputed figure is {shown}"
    return None


# the cause separator_slip names (a note that has it needs no other)
SEPARATOR_SLIP = "a thousands separator printed as a decimal point"


def separator_slip(parts: list[tuple[str, Printed]], total: tuple[str, Printed]) -> Optional[str]:
    """A sum that fails because one figure of a table of whole numbers carries three decimals
    ('2.904' among 1,028 and 865): a thousands separator printed, or read back from an image,
    as a decimal point. Names the figure where reading it as 2,904 makes the sum hold. Only
    where the other figures are whole numbers: a table printed to three places has none."""
    figures = [*parts, total]
    whole = [p for _, p in figures if p.places == 0]
    if not whole:
        return None
    for k, (name, p) in enumerate(figures):
        if p.places != 3 or not 1 <= abs(p.value) < 1000:
            continue
        read = Printed(p.value * 1000, Decimal(1), 0)
        new = [read if i == k else q for i, (_, q) in enumerate(figures)]
        if judge_sum(new[:-1], new[-1])[0] != "mismatch":
            shown = f"{p.value:,.3f}"
            return f"{name} printed {shown} reads as {int(read.value):,}: {SEPARATOR_SLIP}"
    return None


def cause(verdict: str, exact: Decimal, printed: Printed, money: bool = False) -> str:
    """The likely cause to note beside a verdict: only a mismatch has one."""
    return (likely_cause(exact, printed, money) or "") if verdict == "mismatch" else ""


def overlaps(lo: Decimal, hi: Decimal, printed: Printed) -> bool:
    """Whether a value known to lie in [lo, hi] (a formula over rounded inputs) can print as
    `printed`. Edges that only touch do not count: a value rounds into [x − step/2, x + step/2)
    and its inputs into half-open intervals too, so 18,276 百万元 (18,275.5–18,276.5) is never
    182.77 亿元 (18,276.5–18,277.5), though the closed intervals share one point."""
    p_lo, p_hi = printed.interval()
    return lo < p_hi and p_lo < hi


def judge_within(exact: Decimal, lo: Decimal, hi: Decimal, printed: Printed) -> str:
    """A printed figure against a value computed as `exact` from rounded inputs, which
    could be anywhere in [lo, hi]: `judge`'s verdict on `exact`, and rounding rather than
    mismatch where the range can print as the figure."""
    verdict = judge(exact, printed)
    if verdict != "mismatch":
        return verdict
    return "rounding" if overlaps(lo, hi, printed) else "mismatch"


def judge_quotient(numerator: Printed, denominator: Printed, printed: Printed) -> tuple[str, Decimal]:
    """A printed ratio (PE = price ÷ EPS) against printed inputs: consistent when the
    quotient of the printed inputs rounds to it; rounding when some inputs within their
    printed precision give it; else mismatch. Returns (verdict, quotient)."""
    exact = numerator.value / denominator.value
    verdict = judge(exact, printed)
    if verdict != "mismatch":
        return verdict, exact
    n_lo, n_hi = numerator.interval()
    d_lo, d_hi = denominator.interval()
    if d_lo <= 0 <= d_hi:
        return "rounding", exact  # a denominator that could be zero allows any ratio
    corners = [a / b for a in (n_lo, n_hi) for b in (d_lo, d_hi)]
    if overlaps(min(corners), max(corners), printed):
        return "rounding", exact
    return "mismatch", exact
