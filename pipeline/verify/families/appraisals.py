"""Check family: an appraisal's increment and its rate — the appraised value over the book value it rose from:

    '…股东全部权益…评估所表现的市场价值为 10,850.00 万元,评估增值 3,245.80 万元,增值率 42.68%'
        42.68% = 3,245.80 ÷ (10,850.00 − 3,245.80)
    '账面净资产 5,000.00 万元,评估值 8,000.00 万元,增值额 3,000.00 万元,增值率 60.00%'
        3,000.00 = 8,000.00 − 5,000.00;   60.00% = 3,000.00 ÷ 5,000.00

In one sentence: the appraised value (评估值, 评估价值, 市场价值…, the last amount before the increment), the increment
(评估增值, 增值额, 增值) and its rate (增值率); the book value (账面价值, 账面净资产…) where the sentence states it, else
the value less the increment. An increment stated with a book value and a value is judged as their difference too."""
from __future__ import annotations

import re
from ...document import Document
from ..checks import judge_formula, make, money_scale, named_amount, sentence_marked
from ..sentences import figure_of, loosely, page_sentences


def _amount(name: str) -> str:
    return named_amount(name, before="人民币", signed=True)


# (a text copied from a PDF may break a word with a space: '市场 价值')
_VALUE = re.compile(rf"(?:{loosely('评估值', '评估价值', '市场价值', '权益价值', '评估结果')})\s*(?:约)?\s*(?:为|是)?{_amount('num')}")
_BOOK = re.compile(rf"(?:{loosely('账面净资产', '账面价值', '账面净值', '账面值')})\s*(?:合计)?\s*(?:为|是)?{_amount('num')}")
_INCREMENT = re.compile(rf"(?:{loosely('评估增值', '增值额', '增值')})\s*(?:为|是)?{_amount('num')}")
_RATE = re.compile(rf"(?:{loosely('增值率')})\s*(?:为|是|约)?\s*(?P<num>-?\d+(?:\.\d+)?)\s*[%％]")


def find(doc: Document) -> list[dict]:
    out = []
    for page in doc.pages:
        for s in page_sentences(page):
            out += _judged(page, s)
    return out


def _in_yuan(m: re.Match):
    return figure_of(m.group("num")).times(money_scale(m.group("num_unit"))[0])


def _judged(page, s) -> list[dict]:
    increments, rates = list(_INCREMENT.finditer(s.text)), list(_RATE.finditer(s.text))
    values, books = list(_VALUE.finditer(s.text)), list(_BOOK.finditer(s.text))
    if len(increments) != 1 or len(values) != 1 or len(books) > 1 or len(rates) > 1:
        return []  # (none, or several appraisals in one sentence: which goes with which is not said)
    inc, value, book = increments[0], values[0], (books[0] if books else None)
    out = []
    at = lambda m: (s.start + m.start("num"), s.start + m.end("num"))  # noqa: E731 (a figure's place in the page)
    if book is not None:
        scale = money_scale(inc.group("num_unit"))[0]
        verdict, exact = judge_formula(lambda v, b: (v - b) / scale, [_in_yuan(value), _in_yuan(book)], figure_of(inc.group("num")))
        out.append(make(sentence_marked(page.text, at(inc)), page.number,
                        f"{value.group('num')}{value.group('num_unit')} − {book.group('num')}{book.group('num_unit')}",
                        {"appraised": _in_yuan(value), "book": _in_yuan(book)}, figure_of(inc.group("num")), exact,
                        inc.group("num_unit"), verdict, "the appraised value less the book value",
                        cells=[("text", page.number, *at(inc)), ("text", page.number, *at(value)), ("text", page.number, *at(book))]))
    if rates:
        rate = rates[0]
        if book is not None:
            inputs, formula = [_in_yuan(inc), _in_yuan(book)], f"{inc.group('num')} ÷ {book.group('num')} × 100"
            fn, cells = (lambda i, b: i / b * 100), [at(inc), at(book)]
        else:
            inputs = [_in_yuan(inc), _in_yuan(value)]
            formula = f"{inc.group('num')} ÷ ({value.group('num')} − {inc.group('num')}) × 100"
            fn, cells = (lambda i, v: i / (v - i) * 100), [at(inc), at(value)]
        verdict, exact = judge_formula(fn, inputs, figure_of(rate.group("num")))
        out.append(make(sentence_marked(page.text, at(rate)), page.number, formula,
                        {"increment": inputs[0], "base": inputs[1]}, figure_of(rate.group("num")), exact, "%", verdict,
                        "the increment over the book value it rose from",
                        cells=[("text", page.number, *at(rate))] + [("text", page.number, *c) for c in cells]))
    return out
