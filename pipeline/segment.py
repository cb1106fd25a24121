"""Word segmentation: jieba with Yanbao's own dictionary.

One segmenter serves tagging and search. Every Han-containing model and vendor name
from the data files is added to jieba's dictionary, so "通义千问" or "智谱AI" stays one
word in any context and the EntityRuler's phrase patterns (tokenized the same way)
always line up with the text's tokens.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
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


class Segmenter:
    """A private jieba.Tokenizer: our words never leak into other users of jieba."""

    def __init__(self, words: Iterable[str]):
        self.jieba = jieba.Tokenizer()
        self.jieba.initialize()
        for w in words:
            self.jieba.add_word(w, freq=2_000_000)

    def cut(self, text: str) -> list[str]:
        # HMM off: 2× faster, and new words are the tagger's job, not the segmenter's
        return list(self.jieba.cut(text, HMM=False))


@lru_cache(maxsize=4)
def segmenter(exclude_models: tuple[str, ...] = ()) -> Segmenter:
    return Segmenter(dictionary_words(exclude_models))


def segment(text: str) -> list[str]:
    """Words of a text, whitespace dropped (what search indexes)."""
    return [w for w in segmenter().cut(text) if w.strip()]
