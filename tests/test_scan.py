"""scan.Anchored finds what the whole-text scan finds, looking only around unit words."""
import random
import re

from pipeline import quantities as q
from pipeline.scan import Anchored

PIECES = ["营收", "增长", "12", "3.5", "1,234", "%", "％", "亿", "万", "元", "美元", "token", "tokens", " ", "，", "。",
          "参数", "GPT-4", "2025年", "3月", "5日", "Q3", "百分之", "十", "个", "\n", "-", "约"]


def random_texts(n=300, seed=7):
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 80))) for _ in range(n)]


def spans(matches):
    return [(m.start(), m.end(), m.group(0)) for m in matches]


def test_same_matches_as_the_whole_text_scan():
    pattern = re.compile(rf"(?<![\d.])(?P<num>{q.NUM})\s*(?:亿|万)?\s*(?:%|％|元|美元|tokens?)")
    anchored = Anchored(pattern, ("%", "％", "元", "token"))
    for text in random_texts():
        assert spans(anchored.finditer(text)) == spans(pattern.finditer(text)), text


def test_windows_around_unit_words_merge_into_regions():
    anchored = Anchored(re.compile(r"\d+%"), ("%",), before=5, after=2)
    text = "x" * 20 + "5%" + "y" * 3 + "7%" + "z" * 30 + "9%"
    assert anchored.regions(text) == [(16, 29), (53, 59)]  # '5%'+'7%' merged; '9%' at the end
    assert [m.group(0) for m in anchored.finditer(text)] == ["5%", "7%", "9%"]
    # a text without a unit word is not scanned at all
    assert anchored.regions("12345 67890") == []


def test_lookbehind_sees_before_the_region():
    # a region may start inside a word: what precedes it still counts for (?<!…)
    anchored = Anchored(re.compile(r"(?<![A-Za-z])\d+B"), ("B",), before=1)
    assert anchored.regions("Qwen7B 7B")[0][0] == 4  # the region starts at the 7 of Qwen7B
    assert [m.start() for m in anchored.finditer("Qwen7B 7B")] == [7]


def test_the_tagger_finds_the_same_quantities_with_and_without_anchoring():
    texts = random_texts(200, seed=11)
    finders = [q.find_percents, q.find_tokens, q.find_money, q.find_param_counts,
               lambda t: q.find_dates(t, q.DateContext())]
    anchored_found = [[(m.start, m.end, m.label) for f in finders for m in f(t)] for t in texts]
    # the same finders with every Anchored pattern scanning the whole text
    originals = {}
    for name, value in list(vars(q).items()):
        if isinstance(value, Anchored):
            originals[name] = value
            setattr(q, name, value.pattern)
    saved_dates = list(q.DATE_PATTERNS)
    q.DATE_PATTERNS[:] = [(k, p.pattern if isinstance(p, Anchored) else p) for k, p in q.DATE_PATTERNS]
    try:
        q.shadow.cache_clear()
        whole_found = [[(m.start, m.end, m.label) for f in finders for m in f(t)] for t in texts]
    finally:
        for name, value in originals.items():
            setattr(q, name, value)
        q.DATE_PATTERNS[:] = saved_dates
    assert anchored_found == whole_found
    assert sum(map(len, anchored_found)) > 200  # the texts do hold quantities
