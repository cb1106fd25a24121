"""Check family: a table's ratio column whose header names its denominator, from two amount
columns of the same row, as every A-share annual report prints its last three years' dividends:

    分红年度 | 每10股派息数(元) | 现金分红的数额(元) | 归属于上市公司普通股股东的净利润(元) | 占…净利润的比率(%)
    2019    | 5.89           | 957,590,868.96   | 3,188,884,638.91               | 30.03

The ratio column's header says '占 X 的比率/比例/比重'; X's column is the one whose header shares
the longest run of words with X (four characters or all of X, X's last three among them); the
numerator is the amount column nearest on the denominator's left that is neither a per-share
figure (每10股…) nor a ratio. Each row: numerator ÷ denominator × 100, in the units the headers
print ('(万元)', '(元)')."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ...document import Document
from ..checks import judge_formula, make, money_scale, printed_cell

_RATIO = re.compile(r"占(?P<den>.+?)(?:的)?(?:比率|比例|比重)(?:[(（]%[)）])?")
_UNIT_IN_BRACKETS = re.compile(r"[(（](?P<unit>(?:万亿|亿|千万|百万|万|千)?元)[)）]")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_PER_SHARE = re.compile(r"^每|每股")
_AMOUNT_WORDS = re.compile(r"数额|金额|总额|合计|净利润|收入|利润|资产|元")
HUNDRED = Decimal(100)
FEWEST_SHARED = 4


def find(doc: Document) -> list[dict]:
    out = []
    for k, table in enumerate(t for t in doc.tables if t.kind == "other"):
        for ratio_column, top, bottom in _triples(table.columns):
            for i, row in enumerate(table.rows):
                check = _row_check(table, k, i, row, ratio_column, top, bottom)
                if check is not None:
                    out.append(check)
    return out


def _squashed(text) -> str:
    return re.sub(r"\s", "", str(text or ""))


def _shared(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _triples(columns: list) -> list[tuple[str, str, str]]:
    """(ratio column, numerator column, denominator column) for each ratio column naming its denominator."""
    out = []
    names = [_squashed(c) for c in columns]
    for j, name in enumerate(names):
        m = _RATIO.fullmatch(name)
        if j == 0 or not m:
            continue
        den = _BRACKETS.sub("", m.group("den"))
        scored = [(_shared(den, _BRACKETS.sub("", n)), i) for i, n in enumerate(names)
                  if i not in (0, j) and not _RATIO.fullmatch(n) and den[-3:] in n]
        scored = [s for s in scored if s[0] >= min(FEWEST_SHARED, len(den))]
        if not scored:
            continue
        best = max(s for s, _ in scored)
        bottoms = [i for s, i in scored if s == best]
        if len(bottoms) != 1:
            continue  # two columns name the denominator alike: which is meant is not known
        bottom = bottoms[0]
        tops = [i for i in range(bottom - 1, 0, -1)
                if not _PER_SHARE.search(names[i]) and not _RATIO.fullmatch(names[i]) and _AMOUNT_WORDS.search(names[i])]
        if tops:
            out.append((columns[j], columns[tops[0]], columns[bottom]))
    return out


def _scale(header: str) -> Decimal:
    m = _UNIT_IN_BRACKETS.search(_squashed(header))
    return money_scale(m.group("unit"))[0] if m else Decimal(1)


def _row_check(table, k: int, i: int, row: dict, ratio_column: str, top: str, bottom: str) -> Optional[dict]:
    figures = []
    for column in (top, bottom, ratio_column):
        printed, unit, ok = printed_cell(row.get(column))
        if printed is None or not ok or (unit is not None and column != ratio_column):
            return None  # a blank, a word, or an amount printed with a percent: no row to judge
        figures.append(printed)
    numerator, denominator, ratio = figures
    numerator, denominator = numerator.times(_scale(top)), denominator.times(_scale(bottom))
    if denominator.value <= 0:
        return None  # a loss: no payout ratio is computed on it
    verdict, exact = judge_formula(lambda a, b: a / b * HUNDRED, [numerator, denominator], ratio)
    label = str(row.get(table.columns[0]) or "").strip()
    return make(f"{label} {ratio_column} {row.get(ratio_column)}", table.page, f"{top} ÷ {bottom} × 100",
                {top: numerator, bottom: denominator}, ratio, exact, "%", verdict, "",
                {"table": k, "row": label, "column": ratio_column},
                cells=[("other", k, i, ratio_column), ("other", k, i, top), ("other", k, i, bottom)])
