"""Check family: arithmetic written out with its result, as a note or a blog shows its working —

    '7e9×512×500×3600 ≈ 6.45×10^18 FLOPS'
    '所需A100数量=498823.5×10^15 / 312×10^12 ≈ 1600块'
    '3×175e9×512×2.8e8×300 / 1024 ≈ 2.12×10^23 FLOPS'   (2.205×10^22: a mismatch of the line itself)

The expression is figures joined by ×, ÷, /, + and − (and brackets), each figure maybe in
scientific notation ('175e9', '498823.5×10^15': a power of ten binds to its figure, so
'a×10^15 / b×10^12' is one figure over another); the result after ≈ or = likewise. Nothing else
of the document is read: the expression's figures are taken as written, the result as printed
(a round '≈ 1600' good to its last non-zero digit). An ASCII hyphen is no minus (ranges, dates),
and an expression after an operator — a √, or a head with a unit ('212000 PFLOPS / (0.5×0.85)'),
maybe on the line before — is the tail of a longer one and not judged. A division of two plain
figures alone is the `written_ratios` family's."""
from __future__ import annotations

import ast
import operator
import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from ...calc import Printed
from ...document import Document
from ..checks import judge_formula, make, marked
from ..sentences import OPERATOR_BEFORE, page_sentences

# a figure: '175', '2.8e8', '498823.5×10^15', '6.45×10^18', '10^9' (or a count in thousands, millions, billions: '1M',
# as a price per million tokens is written: '1000 × $0.30/1M = $0.0003')
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+|\s*[×*]\s*10\s*\^\s*[+-]?\d+|\s*\^\s*[+-]?\d+|[KMB](?![A-Za-z]))?"
# (an ASCII hyphen is no minus here: '3-5', '2025-10-24' are ranges and dates)
_OP = r"[×*÷/+＋−－]"
# figures joined by operators (brackets allowed around any run), then ≈ or = and the result
# (it may open right after Chinese words: '…每股现金红利计算为(185,380,230×0.60)÷185,596,630≈0.5993元/股', '计算公式为
# 21.42-0.09122≈21.33元/股'; not after a letter or a digit: 'Rank(7)/(9+1)')
_WRITTEN = re.compile(rf"(?:(?<![\w.^/])|(?<=[\u4e00-\u9fff]))(?<!\d,)(?P<expr>[(（]?\s*{_FIGURE}(?:\s*[)）]?\s*{_OP}\s*[(（]?\s*{_FIGURE}){{1,12}}\s*[)）]?)"
                      # ('…×100%≈0.56%': the percent sign of a ×100 that makes the result a percentage)
                      rf"(?P<hundred>[%％])?\s*(?:≈|=|＝|约等于)\s*(?:约\s*)?(?P<r>{_FIGURE})(?P<pct>\s*[%％])?(?![\d.]|\s*[×*]\s*10)")
# a money unit an expression may print after its figures ('…)元/38845154206.94元×100%')
_MONEY_WORD = r"(?:亿元|万元|百万元|元)"
# a hyphen between two figures closed by a bracket that an operator follows is a minus, not a range:
# '(39064353239.02-38845154206.94)元/38845154206.94元×100%'
_BRACKETED_MINUS = re.compile(rf"(?<=\d)\s*-(?=\s*{_FIGURE}\s*[)）]\s*{_MONEY_WORD}?\s*[×*÷/])"
                              # (and one between the last two figures before the result, each with decimals, as prices
                              # are: 'P1=P0-D=5.67-0.07=5.60元/股', '21.42-0.09122≈21.33元/股'; '区间 3-5 = 2 档' is a range)
                              rf"|(?:(?<=\.\d)|(?<=\.\d{{2}})|(?<=\.\d{{3}})|(?<=\.\d{{4}})|(?<=\.\d{{5}}))\s*-(?=\s*\d+\.\d+\s*(?:≈|=|＝)\s*(?:约\s*)?\d)")
# a money unit after a figure or a bracket, inside the expression: read past
_UNIT_INSIDE = re.compile(rf"(?<=[\d)）])\s*{_MONEY_WORD}(?=\s*[×*÷/+＋−－)）%％])")
_FIGURE_RE = re.compile(_FIGURE)
_POWER = re.compile(r"(?P<m>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:[eE](?P<e>[+-]?\d+)|\s*[×*]\s*10\s*\^\s*(?P<p>[+-]?\d+)|\s*\^\s*(?P<x>[+-]?\d+)"
                    r"|(?P<k>[KMB]))?")
_SCALE = {"K": 3, "M": 6, "B": 9}
_OPS = {ast.Mult: operator.mul, ast.Div: operator.truediv, ast.Add: operator.add, ast.Sub: operator.sub}


def _printed(figure: str) -> Optional[Printed]:
    """A written figure with its printed precision: '2.8e8' is good to 0.1e8, '10^9' exactly (an
    expression's own figures are then taken as exact: they are what the writer computed with)."""
    m = _POWER.fullmatch(figure.strip())
    if m is None:
        return None
    if m.group("x") is not None:  # a power: '10^9' is exact
        value = Decimal(m.group("m").replace(",", "")) ** int(m.group("x"))
        return Printed(value, Decimal(0), 0)
    exponent = int(m.group("e") or m.group("p") or _SCALE.get(m.group("k"), 0))
    return Printed.of(m.group("m"), Decimal(10) ** exponent)


def _evaluate(node: ast.AST, values: list[Decimal]) -> Decimal:
    """The expression's value with its figures (named x0, x1, …) replaced by `values`."""
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, values)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left, values), _evaluate(node.right, values))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand, values)
    if isinstance(node, ast.Name):
        return values[int(node.id[1:])]
    raise ValueError("not arithmetic")


def _parsed(expr: str) -> Optional[tuple[ast.AST, list[Printed]]]:
    """The expression with each figure a name (x0, x1, …) and the figures as printed, or None."""
    figures: list[Printed] = []

    def name(m: re.Match) -> str:
        figures.append(_printed(m.group(0)))
        return f" x{len(figures) - 1} "
    text = _FIGURE_RE.sub(name, expr)
    text = text.translate(str.maketrans({"×": "*", "÷": "/", "＋": "+", "−": "-", "－": "-", "（": "(", "）": ")"}))
    if None in figures or re.search(r"[^\sx\d*/+\-()]", text):
        return None
    try:
        return ast.parse(text.strip(), mode="eval"), figures
    except SyntaxError:
        return None


# where an expression missing its opening bracket may start: its line's start, or after a colon
_OPENS_ITS_LINE = re.compile(r"(?:^|[\n:：])[ \t]*$")


# a currency's sign before a figure ('$0.30'): read past
_SIGN_BEFORE = re.compile(r"[$¥￥](?=\s*\d)")


def _as_arithmetic(text: str) -> str:
    """The text with a bracketed hyphen that is a minus written −, and money units inside an
    expression and currency signs before figures blanked — the same length, so every offset is the text's."""
    text = _BRACKETED_MINUS.sub(lambda m: m.group(0).replace("-", "−"), text)
    text = _SIGN_BEFORE.sub(" ", text)
    return _UNIT_INSIDE.sub(lambda m: " " * len(m.group(0)), text)


# an amount, then its working in brackets: another amount in the same scale times a share ('自有品牌收入约4.45亿元
# (13.19亿×33.7%)')
_SCALE_WORD = r"(?:亿|万|百万|千)?元?"
_RESULT_THEN_PRODUCT = re.compile(rf"(?<![\d.])(?P<r>\d+(?:\.\d+)?)\s*(?P<ur>{_SCALE_WORD})\s*[(（]\s*(?P<a>\d+(?:\.\d+)?)\s*"
                                  rf"(?P<ua>{_SCALE_WORD})\s*[×*]\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<pct>[%％])?\s*[)）]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            for m in _WRITTEN.finditer(_as_arithmetic(s.text)):
                check = _judged(s, m, page.text)
                if check is not None:
                    out.append(check)
            out += [check for m in _RESULT_THEN_PRODUCT.finditer(s.text) if (check := _product_after(s, m)) is not None]
    return out


def _product_after(s, m: re.Match) -> Optional[dict]:
    """An amount and its working after it, a product: its inputs as written (exact), the amount as printed."""
    if m.group("ur").rstrip("元") != m.group("ua").rstrip("元"):
        return None  # another scale ('1.2万元(3亿×…)'): no one unit
    a, b = Printed(Decimal(m.group("a")), Decimal(0)), Printed(Decimal(m.group("b")), Decimal(0))
    share = Decimal(100) if m.group("pct") else Decimal(1)
    verdict, exact = judge_formula(lambda x, y: x * y / share, [a, b], Printed.of(m.group("r")))
    start, end = m.span("r")
    return make(marked(s.text, start, end), s.page, f"{m.group('a')} × {m.group('b')}{m.group('pct') or ''}",
                {"x0": a.value, "x1": b.value}, Printed.of(m.group("r")), exact, m.group("ur"), verdict,
                "the line's own arithmetic, in brackets after it",
                cells=[("text", s.page, s.start + start, s.start + end),
                       ("text", s.page, s.start + m.start("a"), s.start + m.end("b"))])


def _judged(s, m: re.Match, page_text: str) -> Optional[dict]:
    expr = m.group("expr")
    if OPERATOR_BEFORE.search(page_text, 0, s.start + m.start("expr")):
        return None  # the tail of a longer expression (maybe on the line before), its head not figures alone
        # ('212000 PFLOPS / (0.5×0.85)', '√1.094 − 1')
    operators = re.findall(_OP, _FIGURE_RE.sub(" ", expr))
    if set(operators) <= {"/", "÷"} and len(operators) == 1 and not re.search(r"[eE^]", expr):
        return None  # a division of two plain figures: written_ratios
    if m.group("hundred") and not re.search(r"[×*]\s*100\s*$", expr):
        return None  # a percent sign inside the expression that is no ×100's
    # (a closing bracket with no opening: '128453707655.86-120776131874.69)/120776131874.69' opens at the start)
    unopened = expr.count(")") + expr.count("）") - expr.count("(") - expr.count("（")
    if unopened > 0 and not _OPENS_ITS_LINE.search(s.text, 0, m.start("expr")):
        return None  # its opening bracket is another's ('𝑅𝑎𝑛𝑘(7)/(9+1)=0.3': a function's argument)
    parsed = _parsed("(" * max(0, unopened) + expr)
    printed = _printed(m.group("r"))
    if parsed is None or printed is None:
        return None
    tree, figures = parsed
    figures = [Printed(f.value, Decimal(0), f.places) for f in figures]  # the line's own inputs, as written
    if "." not in m.group("r") and printed.value == printed.value.to_integral_value():
        printed = printed.loosely()  # '≈ 1600' is good to its last non-zero digit
    scale = Decimal(100) if m.group("pct") and not m.group("hundred") else Decimal(1)
    try:
        verdict, exact = judge_formula(lambda *v: _evaluate(tree, list(v)) * scale, figures, printed)
    except (ValueError, InvalidOperation, ZeroDivisionError):
        return None
    a, b = m.span("r")
    return make(marked(s.text, a, b), s.page, " ".join(expr.split()) + (" × 100" if scale != 1 else ""),
                {f"x{k}": f.value for k, f in enumerate(figures)}, printed, exact, "%" if m.group("pct") else "", verdict,
                "the line's own arithmetic", cells=[("text", s.page, s.start + a, s.start + b),
                                                    ("text", s.page, s.start + m.start("expr"), s.start + m.end("expr"))])
