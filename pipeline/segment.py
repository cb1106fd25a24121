"""Word segmentation: jieba with Yanbao's own dictionary.

One segmenter, one dictionary, serves tagging and search. Every Han-containing model
and vendor name from the data files is a word, so "通义千问" or "智谱AI" stays whole in
any context.

Two cuts over that dictionary:
- `cut`: jieba's full segmentation, for the search index, where every word counts;
- `tokens`: what the tagger's spaCy Doc is built from. The EntityRuler's patterns can
  only match where one of our words or a Latin/digit run is, so a Han stretch holding
  none of our words stays one token. jieba's per-character DAG was most of tagging's
  time; this cut is a pair of C regex scans.
"""
from __future__ import annotations

import logging
import re
from functools import cached_property, lru_cache
from typing import Iterable

import jieba

from .quantities import _jsonl

jieba.setLogLevel(logging.WARNING)

# domain words jieba's general dictionary lacks or splits badly
DOMAIN_WORDS = ["大模型", "参数量", "降价", "降幅", "万亿", "千亿", "百亿", "十亿", "美元", "美分", "算力",
                "多模态", "推理", "训练", "开源", "闭源", "百万", "千万"]
_HAN = re.compile(r"[\u4e00-\u9fff]")


def dictionary_words(exclude_models: Iterable[str] = ()) -> list[str]:
    exclude = set(exclude_models)
    words = list(DOMAIN_WORDS)
    for m in _jsonl("models.jsonl"):
        if m["name"] in exclude:
            continue
        words += [a for a in [m["name"]] + m["aliases"] if _HAN.search(a)]
    for v in _jsonl("vendors.jsonl"):
        words += [n for n in v["names"] if _HAN.search(n)]
    return sorted(set(words))


# a token for `tokens`: a Han run, a Latin word, a number (3.5 stays whole), spaces, or
# any other single character
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)*|\s+|.", re.S)


class Segmenter:
    """A private jieba.Tokenizer: our words never leak into other users of jieba."""

    def __init__(self, words: Iterable[str]):
        self.words = list(words)
        han = sorted((w for w in self.words if _HAN.search(w)), key=len, reverse=True)
        # longest first: '阿里巴巴' before '阿里'; one group, so that split keeps the words
        self.han_words = re.compile("(" + "|".join(re.escape(w) for w in han) + ")") if han else None

    @cached_property
    def jieba(self) -> jieba.Tokenizer:
        """Built on first use: only search needs it, and loading its dictionary is
        most of the tagger's start-up otherwise (each batch worker pays it)."""
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for w in self.words:
            tokenizer.add_word(w, freq=2_000_000)
        return tokenizer

    def tokens(self, text: str) -> list[str]:
        """The tagger's cut: Latin and digit runs split apart, our Han words cut out of
        the Han runs around them, the rest of each Han run one token."""
        out: list[str] = []
        words = self.han_words
        for run in _TOKEN.findall(text):
            if words is None or not ("\u4e00" <= run[0] <= "\u9fff"):
                out.append(run)
                continue
            parts = words.split(run)  # [before, word, between, word, …, after]
            if len(parts) == 1:
                out.append(run)
            else:
                out.extend(p for p in parts if p)
        return out

    def cut(self, text: str) -> list[str]:
        # HMM off: 2× faster, and new words are the tagger's job, not the segmenter's
        return list(self.jieba.cut(text, HMM=False))


@lru_cache(maxsize=4)
def segmenter(exclude_models: tuple[str, ...] = ()) -> Segmenter:
    return Segmenter(dictionary_words(exclude_models))


def segment(text: str) -> list[str]:
    """Words of a text, whitespace dropped (what search indexes)."""
    return [w for w in segmenter().cut(text) if w.strip()]
