"""Tagging: models, vendors, parameter counts, prices, dates (and money, percentages,
compute, GPUs, token counts), each with an exact normalized value.

A spaCy pipeline, loaded once per process:

  tokenizer          Yanbao's dictionary words, Latin and digit runs (`segment.tokens`)
  entity_ruler       MODEL and VENDOR patterns generated from data/models.jsonl and
                     data/vendors.jsonl; the pattern id is the canonical name
  yanbao_quantities  numbers with units (`quantities`), values on `span._.value`
  yanbao_models      model names the data files do not know yet, from their shape
                     and context ("Qwen3-235B", "发布了X-2", "华为盘古大模型")
  yanbao_link        each MODEL's value: canonical name and vendor, from the data,
                     the model family, or a vendor named just before it

Traditional text is tagged through its simplified form; offsets map back.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any, Iterable, Optional

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import quantities as q
from . import script
from .document import Entity, entities_between
from .errors import message
from .scan import Anchored
from .segment import segmenter
from .textutil import squash_name
from . import data_text

if not Span.has_extension("value"):
    Span.set_extension("value", default=None)

CORE = ("MODEL", "VENDOR", "PARAM_COUNT", "PRICE", "DATE")
# when two quantities claim the same characters, the more specific wins
PRIORITY = ["PRICE", "COMPUTE", "GPU", "PARAM_COUNT", "MONEY", "TOKENS", "PERCENT", "DATE"]
MAX_CHUNK = 20_000  # characters per spaCy Doc; long texts are tagged in pieces


# ----------------------------------------------------------------------------- tokenizer
class SegmentTokenizer:
    def __init__(self, vocab, exclude_models: tuple[str, ...] = ()):
        self.vocab = vocab
        self.segmenter = segmenter(exclude_models)

    def __call__(self, text: str) -> Doc:
        # the pieces partition the text exactly, so words and trailing spaces come
        # straight from them (spaCy's get_words_and_spaces would search for each word)
        words: list[str] = []
        spaces: list[bool] = []
        for w in self.segmenter.tokens(text):
            if w == " " and words and not spaces[-1]:
                spaces[-1] = True
            else:
                words.append(w)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text  # Doc.text would rebuild it from tokens on every access
        return doc


def with_boundaries(doc: Doc, offsets: Iterable[int]) -> Doc:
    """The Doc itself, or a copy re-cut so that every offset falls on a token boundary
    (a match can end inside a Han token: '1746亿参数的', '5日晚'). Building a new Doc
    from the finer pieces costs one pass; splitting tokens in place costs one per cut."""
    # arrays, not Token objects: this runs once per chunk of text
    starts, spaced = doc.to_array(["IDX", "SPACY"]).T.tolist()
    text = doc_text(doc)
    # the single spaces the tokenizer folded into the token before them: an entity
    # ending there ends with its token, no cut needed
    ends = starts[1:] + [len(text)]
    folded = {end - 1 for end, space in zip(ends, spaced) if space}
    cuts = sorted(set(starts) | {o for o in offsets if 0 < o < len(text) and o not in folded})
    if len(cuts) == len(starts):
        return doc
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        piece = text[a:b]
        if b - 1 in folded:
            words.append(piece[:-1])
            spaces.append(True)
        else:
            words.append(piece)
            spaces.append(False)
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.user_data.update(doc.user_data)
    return out


def set_ents(doc: Doc, matches: list[q.Match]) -> Doc:
    """`doc` (or a re-cut copy) with `matches` as its ents, values on span._.value."""
    doc = with_boundaries(doc, [o for m in matches for o in (m.start, m.end)])
    spans = []
    for m in matches:
        span = doc.char_span(m.start, m.end, label=m.label)
        if span is None:
            continue
        span._.value = m.value
        spans.append(span)
    spans = filter_spans(spans)
    doc.ents = spans
    # the same entities as plain matches: reading them back through Span extensions
    # costs ~9 µs each, a tenth of all tagging time
    kept = {(e.start_char, e.end_char) for e in spans}
    doc.user_data["yanbao_matches"] = [m for m in matches if (m.start, m.end) in kept]
    return doc


def claim(matches: Iterable[q.Match], order) -> list[q.Match]:
    """The matches taken one by one in `order` (a sort key), each only where no match
    taken before it lies; in text order. An empty match takes nothing and is dropped."""
    ranked = sorted(matches, key=order)
    kept: list[q.Match] = []
    taken = bytearray(max((m.end for m in ranked), default=0) + 1)
    for m in ranked:
        if m.end > m.start and not any(taken[m.start:m.end]):
            kept.append(m)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return sorted(kept, key=lambda m: m.start)


def non_overlapping(matches: list[q.Match]) -> list[q.Match]:
    """spaCy's `filter_spans` over plain matches: the longest first, the earlier on a tie."""
    return claim(matches, lambda m: (m.start - m.end, m.start))


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once (spaCy rebuilds Doc.text from tokens on every access)."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def current(doc: Doc) -> list[q.Match]:
    """The entities so far: our components hand them on in doc.user_data (setting
    doc.ents in each would re-align spans three times); the last one sets doc.ents."""
    if "yanbao_ents" in doc.user_data:
        return list(doc.user_data["yanbao_ents"])
    return ents_as_matches(doc)


def add_ruler_matches(ruler: EntityRuler, doc: Doc) -> Doc:
    """What `ruler(doc)` adds to the entities, as plain matches handed on: the ruler's
    own rule (longest first, the earlier on a tie, none over a token already an entity,
    none sharing a first or last token with one taken) without a Span per match and
    doc.ents set twice, a tenth of tagging time for the tagger that reads plain matches."""
    before = current(doc)
    starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()
    taken = _coverage(len(doc_text(doc)), before)
    seen: set[int] = set()
    added = []
    for match_id, start, end in ruler.match(doc):
        a, b = starts[start], starts[end - 1] + lengths[end - 1]
        if any(taken[a:b]) or start in seen or end - 1 in seen:
            continue
        # the match id names "LABEL||id" for a pattern with an id, else the label alone
        label, _, ent_id = doc.vocab.strings[match_id].partition(ruler.ent_id_sep)
        added.append(q.Match(a, b, label, {"id": ent_id} if ent_id else {}))
        seen.update(range(start, end))
    hand_on(doc, before + added)
    return doc


def hand_on(doc: Doc, matches: list[q.Match]) -> None:
    doc.user_data["yanbao_ents"] = sorted(matches, key=lambda m: m.start)


def ents_as_matches(doc: Doc) -> list[q.Match]:
    out = []
    for e in doc.ents:
        value = e._.value if e._.value is not None else ({"id": e.ent_id_} if e.ent_id_ else {})
        out.append(q.Match(e.start_char, e.end_char, e.label_, value))
    return out


# ----------------------------------------------------------------------------- components
def find_quantities(text: str, anchor: Optional[dt.date] = None) -> list[q.Match]:
    found = (q.find_prices(text) + q.find_compute(text) + q.find_gpus(text) + q.find_param_counts(text)
             + q.find_money(text) + q.find_tokens(text) + q.find_percents(text)
             + q.find_dates(text, q.DateContext(anchor=anchor)))
    # when two quantities claim the same characters, the more specific kind, then the longer
    return claim(found, lambda m: (PRIORITY.index(m.label), -(m.end - m.start), m.start))


def _factory(name: str, **config):
    """spaCy's `Language.factory`, once: spaCy's registry is global, and this module may be loaded
    twice in one process under the package's two names (`pipeline` from a checkout, `yanbao`
    installed — a test importing one and a bench script the other); the second copy's components
    are the same code."""
    def register(make):
        return make if Language.has_factory(name) else Language.factory(name, **config)(make)
    return register


def _coverage(size: int, matches: Iterable[q.Match]) -> bytearray:
    """One byte per character: 1 where any of `matches` lies (cheap overlap tests)."""
    covered = bytearray(size + 1)
    for m in matches:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    return covered


@_factory("yanbao_quantities")
def make_quantities(nlp: Language, name: str):
    return QuantityTagger()


class QuantityTagger:
    """Numbers with units. Names found by the ruler win over a quantity they overlap,
    except a GPU: 'A100' is hardware even where a model list says otherwise."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = find_quantities(text, doc.user_data.get("anchor"))
        gpus = _coverage(len(text), (m for m in found if m.label == "GPU"))
        names = [n for n in current(doc) if not any(gpus[n.start:n.end])]
        taken = _coverage(len(text), names)
        keep = [m for m in found if not any(taken[m.start:m.end])]
        hand_on(doc, names + keep)
        return doc


@lru_cache(maxsize=1)
def _not_models() -> frozenset[str]:
    text = (data_text("not_models.txt"))
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


VARIANT_WORDS = ("Pro|Max|Plus|Turbo|Ultra|Flash|Lite|Mini|Nano|Air|Opus|Sonnet|Haiku|Instruct|Chat|Coder|Vision|"
                 "VL|Long|Large|Medium|Small|Speed|Tiny|Standard|Alpha|Beta|Preview|Omni|Reasoner|Thinking|Base|"
                 "pro|max|plus|turbo|ultra|flash|lite|mini|nano|air|chat|coder|vision|long|large|speed|tiny|"
                 "standard|preview|omni|instruct|base|MoE|Thinking|thinking|Reasoning|Exp|RAG|Lightning|Scout|Maverick|"
                 "Behemoth|Code|Fast|fast")
_VARIANT_SET = frozenset(w.lower() for w in VARIANT_WORDS.split("|"))
_VER = r"[vV]?\d{1,3}(?:\.\d{1,2})*(?:[A-Za-z]{1,2}(?![A-Za-z]))?(?!\d)"
_SIZE = r"\d+(?:\.\d+)?[BbMmKkTt](?![A-Za-z0-9])|\d+[x×]\d+[Bb]"
_CODE = r"[A-Z]\d{1,3}(?:\.\d+)?[A-Za-z]?(?![A-Za-z0-9])"   # R1, T1, K2, V6, X1, M1, A22B
# an MoE's active parameters in an API id: 'qwen2-57b-a14b-instruct' (A14B in a display name is a code)
_VARIANT = rf"(?:{VARIANT_WORDS})(?![A-Za-z])|{_CODE}|[kv]\d+(?:\.\d+)?|a\d{{1,3}}b(?![A-Za-z0-9])|o(?![A-Za-z])"
# words after a number that make it a quantity, not a model's version ('GPT-4 1.8万亿',
# '混元 2 倍', 'Grok 4.5 65分')
_QUANTITY_WORDS = r"亿|万|倍|%|个|年|月|日|元|美元|分(?!别|別)|名|B\b|T\b"
# a number after a space belongs to the name unless a unit follows it ('GPT-4 1.8万亿')
# ('Nov 24, 2025' is a date)
_SPACED_NUM = rf"\d+(?:\.\d+)?(?![\d.%]|\s*(?:{_QUANTITY_WORDS}|千|百|美分|张|台|tokens|token)|,\s*(?:19|20)\d\d)"
# first part: may follow the stem directly, after -/_ or after one space
_FIRST = rf"(?:[-_][A-Z](?![A-Za-z0-9])|[-_]?(?:{_SIZE}|{_VER}|{_VARIANT})| (?:{_SIZE}|{_SPACED_NUM}|[A-Z]\d{{1,2}}(?:\.\d+)?(?![\d.])|(?:{VARIANT_WORDS})(?![A-Za-z])))"
# a release-date suffix: GPT-4o-1120, Qwen3-235B-A22B-2507, hunyuan-turbos-20241224
_DATE_TAG = r"(?:20\d\d-\d\d-\d\d|20\d{6}|\d{4})(?![\d.])"
# later parts: joined by -/_, or after a space a size, a version or a variant word
_REST = rf"(?:[-_](?:{_SIZE}|{_VER}|{_VARIANT}|{_DATE_TAG}|[A-Z](?![A-Za-z0-9]))| (?:{_SIZE}|{_SPACED_NUM}|(?:{VARIANT_WORDS})(?![A-Za-z]))|(?<=\d)(?:{_VARIANT}))"
# one capitalized word may close a family name: Llama 4 Scout, Claude 3 Opus
_TAIL = r"(?: [A-Z][a-z]{2,}(?![A-Za-z]))?"
# words that say a passage is about large models, not, say, a quant strategy's model
_LLM_CONTEXT = re.compile(r"大模型|语言模型|LLM|tokens?|Token|多模态|生成式|AIGC|GPT|智能体|聊天机器人|Chatbot|文生图|文生视频|"
                          r"算力|千亿参数|万亿参数|亿参数|接入")
_CUES_AROUND = re.compile(r"发布|推出|开源|上线|大模型|模型|版本|升级|迭代|系列|model|Model|LLM|接入|调用|API")


@lru_cache(maxsize=4)
def _families(exclude_models: tuple[str, ...]) -> tuple[re.Pattern, dict[str, Optional[str]]]:
    """Model family stems from the data files: 'Qwen' of Qwen-Long, 'Claude' of Claude 3…"""
    stems: dict[str, Optional[str]] = {}
    hyphen_only: set[str] = set()  # stems that are everyday words: Step-2 yes, Step1 of a recipe no
    for m in q._jsonl("models.jsonl"):
        if m["name"] in exclude_models:
            continue
        for alias in [m["name"]] + m["aliases"]:
            s = re.match(r"[A-Za-z][A-Za-z]*(?: [A-Z][a-z]+)?|[\u4e00-\u9fff]{2,4}(?=[-\dVv ]|$)", alias)
            if not s:
                continue
            stem = s.group(0)
            if len(stem) < 2 or stem.lower() in _not_models():
                continue
            stems.setdefault(stem, m.get("vendor"))
            if m.get("hyphen_only"):
                hyphen_only.add(stem)
    # '讯飞星火' is vendor + '星火': leave the vendor to the ruler
    vendor_names = {n for v in q._jsonl("vendors.jsonl") for n in v["names"]}
    stems = {s: v for s, v in stems.items()
             if not any(s.startswith(n) and s[len(n):] in stems for n in vendor_names)}
    alt = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    # a number after the name that is a quantity is no version ('阿里千问1.66亿' monthly users)
    pattern = q.scanner(q.first_chars(stems), rf"(?<![A-Za-z0-9])(?P<stem>{alt})(?:(?<=[\u4e00-\u9fff])大模型)?"
                         rf"(?P<suffix>{_FIRST}{_REST}*{_TAIL})(?![A-Za-z0-9]|\.\d){_NOT_QUANTITY}")
    return pattern, stems, frozenset(hyphen_only)


# the stem is a whole Latin run (no suffix starts with a letter) with a lower-case letter,
# or of capitals only, two or more; taken whole in a lookahead, so that a run the suffix
# does not follow is given up at once rather than retried at each shorter length
_GENERIC = q.scanner("[A-Za-z]", rf"(?<![A-Za-z0-9\-])(?=(?P<stem>[A-Za-z]{{2,}}|[a-z]))(?P=stem)"
                      rf"(?P<suffix>(?:[-_]?\d+(?:\.\d+)*[A-Za-z]?|[-_ ]{_CODE}| {_SPACED_NUM}){_REST}*)"
                      r"(?![A-Za-z0-9])")
# a model id as an API takes it: lower case, parts joined by hyphens ('kimi-k2-thinking')
_API_ID = q.scanner("[a-z]", r"(?<![A-Za-z0-9\-.])(?P<stem>[a-z]{2,})(?P<suffix>(?:-[a-z0-9]+(?:\.[0-9]+)?)+)(?![A-Za-z0-9\-])")
# a product-like name: capitalized or CamelCase words, digits allowed after the first
_NAME = (r"[A-Z][A-Za-z0-9]+(?:[.\-_](?:[A-Za-z]+\d{0,3}|\d{1,3}[A-Za-z]*)(?![0-9])){0,3}"
         r"(?: (?:[A-Z0-9][A-Za-z0-9.+]+|\d)){0,2}")
_CUE_BEFORE = re.compile(rf"(?:发布了?|推出了?|上线了?|开源了?|亮相了?|升级了?|更新了?)\s*(?:新一代|最新的?|全新的?|新的?|旗舰|"
                         rf"大模型|模型|产品|的)?\s*(?P<name>{_NAME})(?![A-Za-z0-9])")
_CUE_AFTER = Anchored(q.scanner("[A-Z]", rf"(?<![A-Za-z0-9\-.])(?P<name>{_NAME})\s*(?=(?:大模型|模型|系列模型|系列|model\b|"
                                 rf"的(?:推出|发布|上线|开源|问世|更新|升级)))"),
                      ("模型", "系列", "model", "的推出", "的发布", "的上线", "的开源", "的问世", "的更新", "的升级"))
# '新模型Avocado', '推理模型X1': an adjective + 模型 before a product-like name
_CUE_MODEL = re.compile(rf"(?:新|大型|旗舰|推理|基础|开源|多模态|自研|最新)模型\s*(?P<name>{_NAME})(?![A-Za-z0-9])")
# a clause comparing something with a known model names a model too: X在…超过了GPT-4
_COMPARE = re.compile(r"超过|超越|优于|媲美|持平|对标|击败|比肩|领先于|落后于|相当|不及|逊于")
_CLAUSE = re.compile(r"[^，。；;！？!?\n]+")
_ASCII_NAME = q.scanner("[A-Z]", rf"(?<![A-Za-z0-9\-.])(?P<name>{_NAME})(?![A-Za-z0-9])")
_GPT_NAME = Anchored(q.scanner("[A-Z]", r"(?<![A-Za-z0-9])(?P<name>[A-Z][A-Za-z]*GPT(?:[-\s]?\d[\w.]*)?)(?![A-Za-z0-9])"),
                     ("GPT",))
_O_SERIES = Anchored(re.compile(r"(?<![A-Za-z0-9])(?P<name>o[1-9](?:-(?:mini|preview|pro|high))?)(?![A-Za-z0-9])"),
                     [f"o{i}" for i in range(1, 10)])
_AFTER_VENDOR = re.compile(rf"\s*(?:的|旗下的?|宣布|推出了?|发布了?)?\s*(?P<name>{_NAME})(?![A-Za-z0-9])")

GENERIC_HAN = frozenset("国产 开源 闭源 多模态 通用 行业 垂直 视觉 语言 基础 主流 海外 国内 全新 最新 新一代 各家 自研 金融 医疗 "
                        "教育 法律 大型 超大 中小 专用 端侧 云端 推理 训练 视频 图像 文本 语音 代码 数学 该 此 这些 各类 众多 "
                        "主力 旗舰 第二代 第三代 其 自家 首个 一个 多个 千亿级 万亿级 百亿级 大 小 中国 美国 全球 头部 "
                        "顶尖 领先 优秀 其他 其它 相关 对应 类似 通用型 生成式 原生 企业级 商用 主要 国内 国外 海内外 我国 "
                        "各大 几大 三大 四大 五大 所有 部分 多家 厂商 公司 团队 等".split())
_GENERIC_HAN_INSIDE = re.compile("|".join(sorted((g for g in GENERIC_HAN if len(g) > 1), key=len, reverse=True)))
_HAN_CUE = re.compile(r"(?:发布了?|推出了?|上线了?|开源了?|升级了?|亮相了?)\s*$")
_DIGIT = re.compile(r"\d")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NOT_IN_HAN_NAME = re.compile(r"发布|推出|上线|开源|升级|亮相|了|的|和|与|参数|參數")


@_factory("yanbao_models", default_config={"exclude_models": []})
def make_models(nlp: Language, name: str, exclude_models: list[str]):
    return ModelShapes(tuple(exclude_models))


class ModelShapes:
    """Model names the data files do not know, recognized by shape and context."""

    def __init__(self, exclude_models: tuple[str, ...] = ()):
        self.pattern, self.stems, self.hyphen_only = _families(exclude_models)
        self.exclude = exclude_models
        self.han_family = _han_family_pattern(exclude_models)

    def candidates(self, text: str, ents: list[q.Match]) -> list[q.Match]:
        names = sorted((e for e in ents if e.label in ("MODEL", "VENDOR")), key=lambda e: e.start)
        near = (names, [e.start for e in names])
        out = []
        for m in self.pattern.finditer(text):
            if m.group("stem") in self.hyphen_only and not m.group("suffix").startswith("-"):
                continue
            out.append(q.Match(m.start(), m.end(), "MODEL",
                               {"name": _tidy(m.group(0)), "vendor": self.stems.get(m.group("stem")), "shape": "family"}))
        lowered_stems = {st.lower(): v for st, v in self.stems.items() if len(st) >= 2}
        for m in _API_ID.finditer(text):
            # 'kimi-k2-thinking', 'yi-medium', 'glm-4.5-air': the ids vendors' APIs use
            if m.group("stem") in lowered_stems:
                out.append(q.Match(m.start(), m.end(), "MODEL", {"name": m.group(0), "vendor": lowered_stems[m.group("stem")],
                                                                 "shape": "api-id"}))
        for m in _GENERIC.finditer(text):
            stem = m.group("stem")
            whole = m.group(0)
            if stem.lower() in _not_models() or whole.lower() in _not_models() or stem in self.stems:
                continue
            if len(stem) < 3 and not stem.isupper() or stem.islower() and not _DIGIT.search(m.group("suffix")):
                continue
            around = text[max(0, m.start() - 10):m.end() + 8]
            if not _CUES_AROUND.search(around) or not self.llm_context(text, m.start(), m.end(), near):
                continue
            out.append(q.Match(m.start(), m.end(), "MODEL", {"name": _tidy(whole), "vendor": None, "shape": "generic"}))
        vendors = [e for e in names if e.label == "VENDOR"]
        vendor_ends = {v.end for v in vendors}
        out += self.cued(text, vendors, [e for e in names if e.label == "MODEL"], near)
        for m in re.finditer("大模型", text):
            for size in (4, 3, 2):
                begin = m.start() - size
                # a vendor or a launch verb just before it first: most 大模型 have neither
                if begin < 0 or not (begin in vendor_ends or _HAN_CUE.search(text, max(0, begin - 4), begin)):
                    continue
                name = text[begin:m.start()]
                if not _HAN_RUN.fullmatch(name):
                    continue
                if name in GENERIC_HAN or _GENERIC_HAN_INSIDE.search(name) or name[-1] in "的级类型等" \
                        or _NOT_IN_HAN_NAME.search(name):
                    continue
                if _starts_with_verb(name):
                    continue  # '字节挑起大模型价格战': a verb, not a name
                out.append(q.Match(begin, m.start(), "MODEL", {"name": name, "vendor": None, "shape": "han"}))
                break
        out += self.family_variants(text, [e for e in names if e.label == "MODEL"])
        out += self.misspelt(text, near)
        out += self.misspelt_vendors(text, near)
        return out

    def family_variants(self, text: str, known: list[q.Match]) -> list[q.Match]:
        """A family's Chinese name with a variant ('豆包通用模型 pro-32k 版', '讯飞星火 V4.0',
        '通义千问2.5'), and a variant with 版 after a family named earlier in the sentence
        ('豆包通用模型 PRO 版和 lite 版')."""
        out = []
        if self.han_family is not None:
            for m in self.han_family.finditer(text):
                family = family_of(m.group("fam"), self.exclude)
                if not family:
                    continue
                desc, var = m.group("desc"), m.group("var")
                if desc and _NOT_IN_HAN_NAME.search(desc):
                    continue
                if desc and not _MAIN_LINE_WORDS.match(desc):
                    name = re.sub(r"\s+", " ", m.group(0)).strip()  # a model of its own the catalogue lacks: as written
                else:
                    name = compose(family, var[var.index(desc) + len(desc):] if desc else var)
                out.append(q.Match(m.start(), m.end(), "MODEL", {"name": name, "vendor": family.get("vendor"),
                                                                 "shape": "family"}))
        mentions = sorted(known + out, key=lambda e: e.end)
        ends = [e.end for e in mentions]
        for m in _VARIANT_EDITION.finditer(text):
            lo, hi = bisect_left(ends, m.start() - 80), bisect_right(ends, m.start())
            before = [e for e in mentions[lo:hi] if not re.search(r"[。！？!?\n]", text[e.end:m.start()])]
            family = None
            for e in reversed(before):
                family = family_of(text[e.start:e.end], self.exclude) or family_of(e.value.get("name", ""), self.exclude)
                if family:
                    break
            if family:
                out.append(q.Match(m.start(), m.end(), "MODEL", {
                    "name": compose(family, m.group("var")), "vendor": family.get("vendor"), "shape": "edition"}))
        return out

    def misspelt(self, text: str, near) -> list[q.Match]:
        """A family name with two letters swapped ('ENIRE Speed' for ERNIE Speed): same
        letters, same first and last letter, in a passage about models."""
        out = []
        taken = 0
        # words first, the name's variant only around a word that is a family's anagram:
        # the variant pattern tried at every capital letter was most of this pass's time
        for w in _LATIN_WORD.finditer(text):
            if w.start() < taken:
                continue
            family = _family_slip(w.group(0).lower(), self.exclude)
            if family is None:
                continue
            m = _WORD_AND_VARIANT.match(text, w.start())
            if m is None:
                continue
            taken = m.end()
            if self.llm_context(text, m.start(), m.end(), near):
                out.append(q.Match(m.start(), m.end(), "MODEL", {
                    "name": compose(family, m.group("rest")), "vendor": family.get("vendor"), "shape": "misspelt"}))
        return out

    def misspelt_vendors(self, text: str, near) -> list[q.Match]:
        """A vendor's Latin name with one letter wrong or two neighbours swapped ('DeekSeek',
        'OpenAl'), same length and first letter, in a passage about models."""
        out = []
        for m in _CAPITAL_WORD.finditer(text):
            vendor_id = _vendor_slip(m.group(0).lower())
            if vendor_id and self.llm_context(text, m.start(), m.end(), near):
                out.append(q.Match(m.start(), m.end(), "VENDOR", {"id": vendor_id, "name": vendor_id}))
        return out

    @staticmethod
    def llm_context(text: str, start: int, end: int, near: tuple[list[q.Match], list[int]],
                    window: int = 100) -> bool:
        """Whether the passage around [start, end) is about large models: a known
        model or vendor nearby (`near`: names sorted by start, and their starts), or
        the vocabulary of the field."""
        names, starts = near
        lo, hi = max(0, start - window), end + window
        i = bisect_left(starts, lo)
        while i < len(names) and names[i].start < hi:
            if not (start <= names[i].start < end):
                return True
            i += 1
        return bool(_LLM_CONTEXT.search(text, lo, hi))

    def cued(self, text: str, vendors: list[q.Match], known: list[q.Match],
             near: tuple[list[q.Match], list[int]]) -> list[q.Match]:
        """Names without a version that the context calls a model: 发布了X, X大模型,
        谷歌的X, anything called …GPT, and OpenAI's o-series."""
        found: list[tuple[int, int]] = []
        for pattern in (_CUE_BEFORE, _CUE_AFTER, _CUE_MODEL):
            for m in pattern.finditer(text):
                # 'X的推出' and '推出X模型' name a model even with no large-model vocabulary near
                launch = pattern is _CUE_AFTER and (text.startswith("的", m.end("name"))
                                                    or _HAN_CUE.search(text, max(0, m.start() - 4), m.start()))
                if launch or self.llm_context(text, m.start("name"), m.end("name"), near):
                    found.append((m.start("name"), m.end("name")))
        found += [(m.start("name"), m.end("name")) for m in _GPT_NAME.finditer(text)]
        for v in vendors:
            m = _AFTER_VENDOR.match(text, v.end)
            if m:
                found.append((m.start("name"), m.end("name")))
        for m in _O_SERIES.finditer(text):
            # 'o1', 'o3-mini': OpenAI's reasoning series, where the passage is about models
            if "openai" in text.lower() or self.llm_context(text, m.start("name"), m.end("name"), near) \
                    and _CUES_AROUND.search(text, max(0, m.start() - 10), m.end() + 8):
                found.append((m.start("name"), m.end("name")))
        known_starts = [e.start for e in known]
        for clause in _CLAUSE.finditer(text):
            inside = entities_between(known, known_starts, clause.start(), clause.end())
            if inside and _COMPARE.search(clause.group(0)):
                for m in _ASCII_NAME.finditer(text, clause.start(), clause.end()):
                    if not any(e.start <= m.start("name") < e.end for e in inside):
                        found.append((m.start("name"), m.end("name")))
        out = []
        for start, end in found:
            name = text[start:end].rstrip(" .-")
            end = start + len(name)
            words = [w for w in _NAME_PARTS.split(name) if w]
            spaced = name.split(" ")
            last_bad = words[-1].lower() in _not_models() and words[-1].lower() not in _VARIANT_SET
            if not name or len(name) > 40 or name.lower() in _not_models() or last_bad or name.lower() in _VARIANT_SET \
                    or words and words[0].lower() in _not_models() \
                    or len(spaced) > 1 and any(w.lower() in _not_models() and w.lower() not in _VARIANT_SET
                                               for w in spaced) \
                    or (len(name) <= 2 and not name.startswith("o")) or (name.isupper() and len(name) <= 3) \
                    or q.find_gpus(name) or re.fullmatch(r"[A-Z]\d+", name):
                continue
            out.append(q.Match(start, end, "MODEL", {"name": _tidy(name), "vendor": self.stems.get(words[0]),
                                                     "shape": "cue"}))
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents = current(doc)
        keep = list(ents)
        text = doc_text(doc)
        starts = [e.start for e in keep]
        for cand in self.candidates(text, ents):
            # entities are short (≤ 60 characters): only those starting from 60 before can overlap
            lo = max(0, bisect_right(starts, cand.start - 60) - 1)
            hi = bisect_left(starts, cand.end, lo)
            clashes = [e for e in keep[lo:hi] if cand.start < e.end]
            # digits glued onto a known name are a flattened table, not a version:
            # 'DeepSeek-V2' + '2024/5/6' is not 'DeepSeek-V22024'
            if any(c.label == "MODEL" and c.end < cand.end and c.start == cand.start
                   and text[c.end - 1].isdigit() and text[c.end].isdigit() for c in clashes):
                continue
            # a shape may swallow a shorter known name ('GPT-3' → 'GPT-3 175B') or the size
            # that belongs to the name; never a longer entity, a vendor, a GPU or a date
            if any((c.label not in ("MODEL", "PARAM_COUNT", "TOKENS", "VENDOR")
                    or c.label == "VENDOR" and c.start != cand.start)
                   or (c.end - c.start) >= (cand.end - cand.start)
                   or c.start < cand.start or c.end > cand.end for c in clashes):
                continue
            # the neighbours that stay end before the candidate starts: order holds
            kept = [e for e in keep[lo:hi] if e not in clashes] + [cand]
            keep[lo:hi] = kept
            starts[lo:hi] = [e.start for e in kept]
        hand_on(doc, keep)
        return doc


# ----------------------------------------------------------------------------- families
_FILLER = r"(?:通用模型|主力模型|通用模子|主力模子|大模型|模型|模子)"
# a descriptor between a family's Chinese name and 模型 ('豆包语音合成模型2.0', '混元图像模型2.0',
# '讯飞星火认知大模型V3.5'): a modality names a model of its own, kept as written; words that
# only praise or generalise ('认知', '通用', '新一代') name the family's main line
_DESCRIPTOR = r"(?P<desc>[\u4e00-\u9fff]{2,6}?)(?:大模型|模型|模子)"
_MAIN_LINE_WORDS = re.compile(r"^(?:认知|通用|主力|基础|语言|旗舰|新一代|最新|全新|自研|原生|基座|对话|文本|生成式)+$")
_HAN_VARIANT = rf"(?:(?i:{VARIANT_WORDS})(?![A-Za-z])|[Vv]\d+(?:\.\d+)*|[XxTtKk]\d+(?:\.\d+)?|\d+(?:\.\d+)*[Kk]?(?![\d.]))"
# a numeric variant may not be a quantity: '混元 2 倍' is twice, not Hunyuan-2
_NOT_QUANTITY = rf"(?!\s*(?:{_QUANTITY_WORDS}|％|個|天|次))"
_VARIANT_EDITION = Anchored(q.scanner("[A-Za-z]", rf"(?<![A-Za-z0-9])(?P<var>(?i:{VARIANT_WORDS}))\s*(?:版本|版)"), ("版",))
_WORD_AND_VARIANT = q.scanner("[A-Z]", rf"(?<![A-Za-z0-9])(?P<w>[A-Z][A-Za-z]{{3,}})(?P<rest>(?:[ \-_](?:(?i:{VARIANT_WORDS})"
                               rf"(?![A-Za-z])|[Vv]?\d+(?:\.\d+)*{_NOT_QUANTITY}))*)(?![A-Za-z0-9])")


@lru_cache(maxsize=4)
def families(exclude_models: tuple[str, ...] = ()) -> dict[str, dict]:
    """Every family entry of the catalogue ('kind': 'family'), by each of its names,
    lower-cased: '通义千问', 'qwen', '讯飞星火' → the Qwen / Spark entry."""
    index = {}
    for m in q._jsonl("models.jsonl"):
        if m.get("kind") == "family" and m["name"] not in exclude_models:
            for alias in [m["name"]] + m["aliases"]:
                index.setdefault(alias.lower(), m)
    return index


def family_of(name: str, exclude_models: tuple[str, ...] = ()) -> Optional[dict]:
    """The family a name belongs to: the catalogue entry's family, or the longest family
    name the name starts with."""
    known = known_model(name, exclude_models)
    index = families(exclude_models)
    if known:
        fam = index.get(str(known.get("family", "")).lower())
        if fam:
            return fam
    alias = _family_prefix(name, index)
    return index[alias] if alias is not None else None


def _family_prefix(name: str, index: dict[str, dict]) -> Optional[str]:
    """The longest family name `name` starts with ('Spark' of 'Spark V4.0', not of 'Sparkle')."""
    lowered = name.lower()
    for alias in _longest_first(tuple(index)):
        if lowered.startswith(alias) and not (alias.isascii() and name[len(alias):len(alias) + 1].islower()):
            return alias
    return None


@lru_cache(maxsize=8)
def _longest_first(names: tuple[str, ...]) -> list[str]:
    return sorted(names, key=len, reverse=True)


def compose(family: dict, variant: str) -> str:
    """Family + variant as one canonical name: Doubao + 'pro-32k 版' → Doubao-pro-32k,
    Qwen + '2.5' → Qwen2.5 (a family joins its versions as the catalogue says)."""
    rest = re.sub(rf"^\s*{_FILLER}", "", variant or "")
    rest = re.sub(rf"\s*(?:版本|版|{_FILLER})\s*$", "", rest)
    rest = re.sub(r"[\s_]+", "-", rest.strip(" -_"))
    rest = re.sub(r"-{2,}", "-", rest)
    if not rest:
        return family["name"]
    join = family.get("join", "-") if rest[0].isdigit() else "-"
    return family["name"] + join + rest


def canonical(name: str, exclude_models: tuple[str, ...] = ()) -> tuple[str, Optional[dict]]:
    """One name per model: a name the catalogue knows → its entry's name; a family's
    name in another script or case + a variant → the family's own name + the variant
    ('混元-T9' → 'Hunyuan-T9'); else the name as written."""
    known = known_model(name, exclude_models)
    if known:
        return known["name"], known
    index = families(exclude_models)
    alias = _family_prefix(name, index)
    if alias is not None:
        composed = compose(index[alias], name[len(alias):])
        again = known_model(composed, exclude_models)
        if again:
            return again["name"], again
        if re.search(r"[\u4e00-\u9fff]", composed):
            return name, index[alias]  # '豆包语音合成模型2.0': a Latin family name over Chinese words is no one's name
        return composed, index[alias]
    return name, None


@lru_cache(maxsize=4)
def _han_family_pattern(exclude_models: tuple[str, ...]) -> Optional[re.Pattern]:
    han = [a for a in families(exclude_models) if re.search(r"[\u4e00-\u9fff]", a)]
    if not han:
        return None
    alt = "|".join(re.escape(a) for a in sorted(han, key=len, reverse=True))
    return q.scanner(q.first_chars(han), rf"(?P<fam>{alt})(?P<var>\s*(?:{_FILLER}|{_DESCRIPTOR})?\s*[-_]?\s*{_HAN_VARIANT}{_NOT_QUANTITY}"
                      rf"(?:\s?[-_ ]?\s?{_HAN_VARIANT}{_NOT_QUANTITY})*(?:\s*(?:版本|版|模型|模子))?)")


@lru_cache(maxsize=4)
def _latin_families(exclude_models: tuple[str, ...]) -> dict[tuple[str, str, str], dict]:
    """Latin family names of four letters or more, keyed by (first, last, sorted letters)."""
    out = {}
    for alias, fam in families(exclude_models).items():
        if re.fullmatch(r"[a-z]{4,}", alias):
            out[(alias[0], alias[-1], "".join(sorted(alias)))] = fam
    return out


_CAPITAL_WORD = q.scanner("[A-Z]", r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{5,}(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _latin_vendors() -> dict[tuple[int, str], list[tuple[str, str]]]:
    """Vendors' Latin names of six letters or more, lower-cased, by (length, first letter)."""
    out: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for v in q._jsonl("vendors.jsonl"):
        for n in v["names"]:
            if re.fullmatch(r"[A-Za-z]{6,}", n):
                out.setdefault((len(n), n[0].lower()), []).append((n.lower(), v["id"]))
    return out


_LATIN_WORD = q.scanner("[A-Z]", r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{3,}")


@lru_cache(maxsize=4096)
def _family_slip(lower: str, exclude_models: tuple[str, ...]) -> Optional[dict]:
    """The family whose Latin name this lower-cased word spells with letters swapped
    (same letters, same first and last), if any; None for a family's own name."""
    if lower in families(exclude_models) or lower in _not_models():
        return None
    return _latin_families(exclude_models).get((lower[0], lower[-1], "".join(sorted(lower))))


@lru_cache(maxsize=4096)
def _vendor_slip(lower: str) -> Optional[str]:
    """The vendor whose Latin name this lower-cased word misspells by one slip, if any
    (cached: a report repeats its words, and most are no vendor at all)."""
    if lower in _not_models():
        return None
    for name, vendor_id in _latin_vendors().get((len(lower), lower[0]), ()):
        if lower == name:
            return None  # spelt right: the ruler's
        if _one_slip(lower, name):
            return vendor_id
    return None


def _one_slip(word: str, name: str) -> bool:
    """Same length; one letter differs, or two neighbouring letters are swapped."""
    diff = [i for i, (a, b) in enumerate(zip(word, name)) if a != b]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]]


@lru_cache(maxsize=2048)
def _starts_with_verb(word: str) -> bool:
    import jieba.posseg

    tagged = jieba.posseg.lcut(word, HMM=False)
    return bool(tagged) and tagged[0].flag.startswith("v")


_SPACES = re.compile(r"\s+")
_NAME_PARTS = re.compile(r"[\s\-_.]")


def _tidy(name: str) -> str:
    # precompiled: hot, and the re module's cache of string patterns is shared with every
    # pattern of the pipeline (a miss recompiles it)
    return _SPACES.sub(" ", name).strip()


@lru_cache(maxsize=4)
def _model_index(exclude_models: tuple[str, ...]) -> dict[str, dict]:
    index = {}
    for m in q._jsonl("models.jsonl"):
        if m["name"] not in exclude_models:
            index[m["name"]] = m
    return index


@lru_cache(maxsize=4)
def _alias_index(exclude_models: tuple[str, ...]) -> dict[str, dict]:
    """Every name and alias, squashed (case, spaces, hyphens): 'GPT-4-turbo' → GPT-4 Turbo."""
    index = {}
    for m in _model_index(exclude_models).values():
        for alias in [m["name"]] + m["aliases"]:
            index.setdefault(squash_name(alias), m)
    return index


def known_model(name: str, exclude_models: tuple[str, ...] = ()) -> Optional[dict]:
    """The data files' entry for a name written differently, including the capital I
    that text dumps put for a lower-case l ('LIama3.1')."""
    index = _alias_index(exclude_models)
    for candidate in (name, name.replace("I", "l")):
        hit = index.get(squash_name(candidate))
        if hit:
            return hit
    return None


@_factory("yanbao_link", default_config={"exclude_models": []})
def make_link(nlp: Language, name: str, exclude_models: list[str]):
    return VendorLink(tuple(exclude_models))


class VendorLink:
    """Give every MODEL its canonical name and vendor; every VENDOR its id."""

    def __init__(self, exclude_models: tuple[str, ...] = ()):
        self.models = _model_index(exclude_models)
        self.exclude = exclude_models

    def __call__(self, doc: Doc) -> Doc:
        ents = current(doc)
        text = doc_text(doc)
        vendors = [e for e in ents if e.label == "VENDOR"]
        for e in ents:
            if e.label == "VENDOR":
                e.value = {"name": e.value.get("id") or e.value.get("name")}
            elif e.label == "MODEL":
                known = self.models.get(e.value.get("id", "")) or known_model(text[e.start:e.end], self.exclude)
                if known:
                    e.value = {"name": known["name"], "vendor": known.get("vendor"),
                               "surface": text[e.start:e.end]}
                else:
                    name, entry = canonical(e.value.get("name") or text[e.start:e.end], self.exclude)
                    if entry and entry.get("kind") != "family":
                        e.value = {"name": name, "vendor": entry.get("vendor"), "surface": text[e.start:e.end]}
                        continue
                    vendor = e.value.get("vendor") or (entry or {}).get("vendor") or _vendor_before(text, e, vendors)
                    e.value = {"name": name, "vendor": vendor, "known": False, "surface": text[e.start:e.end]}
        doc.user_data.pop("yanbao_ents", None)
        if doc.user_data.get("matches_only"):
            # `tag_simplified` reads the plain matches: spans, a re-cut Doc and doc.ents
            # would cost a sixth of all tagging time for nothing it reads
            doc.user_data["yanbao_matches"] = non_overlapping(ents)
            return doc
        return set_ents(doc, ents)


def _vendor_before(text: str, model: q.Match, vendors: list[q.Match]) -> Optional[str]:
    """The nearest vendor named before a model in the same sentence ('Anthropic 发布了X')."""
    best = None
    for v in vendors:
        if v.end <= model.start and model.start - v.end <= 25 and not re.search(r"[。；;！？!?\n]", text[v.end:model.start]):
            best = v
    return best.value.get("name") or best.value.get("id") if best else None


# ----------------------------------------------------------------------------- the pipeline
def ruler_patterns(exclude_models: Iterable[str] = ()) -> list[dict]:
    exclude = set(exclude_models)
    patterns = []
    for v in q._jsonl("vendors.jsonl"):
        for n in v["names"]:
            patterns.append({"label": "VENDOR", "pattern": n, "id": v["id"], "_case": v.get("case_sensitive", False)})
    for m in q._jsonl("models.jsonl"):
        if m["name"] in exclude or m.get("needs_context"):
            continue
        names = [m["name"]] + m["aliases"]
        # 'Doubao Seed 1.6' for 'Doubao-Seed-1.6': names of three parts or more are written
        # spaced as often; two-part ones are not spaced here ('Step 2' is also a how-to heading)
        names += [n.replace("-", " ") for n in names if re.fullmatch(r"[A-Za-z][\w.]*(?:-[\w.]+){2,}", n)]
        for alias in dict.fromkeys(names):
            patterns.append({"label": "MODEL", "pattern": alias, "id": m["name"], "_case": m.get("case_sensitive", False)})
    return patterns


@lru_cache(maxsize=4)
def load(exclude_models: tuple[str, ...] = ()) -> Language:
    """The tagging pipeline (cached: loaded once per process)."""
    nlp = spacy.blank("zh")
    nlp.tokenizer = SegmentTokenizer(nlp.vocab, exclude_models)
    # two phrase rulers: most names match in any case (openAI), a few only as written
    # ("Meta" the company, not "meta-learning"); token patterns would cost a Python
    # loop over every token, phrase patterns are matched in C
    patterns = ruler_patterns(exclude_models)
    exact = nlp.add_pipe("entity_ruler", name="exact_ruler",
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    exact.add_patterns([{k: v for k, v in p.items() if k != "_case"} for p in patterns if p["_case"]])
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns([{k: v for k, v in p.items() if k != "_case"} for p in patterns if not p["_case"]])
    nlp.add_pipe("yanbao_quantities")
    nlp.add_pipe("yanbao_models", config={"exclude_models": list(exclude_models)})
    nlp.add_pipe("yanbao_link", config={"exclude_models": list(exclude_models)})
    return nlp


def _chunks(text: str, size: int = MAX_CHUNK) -> Iterable[tuple[int, str]]:
    """Pieces of at most `size` characters, cut after a sentence end where possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind(ch, start + size // 2, end) for ch in "。！？\n.;；")
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


_PLAIN = frozenset((str, int, float, bool, type(None)))


def _plain_value(value: Any) -> Any:
    if isinstance(value, dict):  # most values are flat dicts of plain scalars: no call per field
        return {k: v if type(v) in _PLAIN else _plain_value(v) for k, v in value.items()
                if k != "shape" and k != "surface"}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, q.Decimal):
        return q.plain(value)
    return value


def tag_simplified(text: str, anchor: Optional[dt.date] = None, nlp: Optional[Language] = None) -> list[q.Match]:
    """Entities of simplified-script text (character offsets into `text`)."""
    nlp = nlp or load()
    shadow = q.shadow(text)
    out: list[q.Match] = []
    for offset, piece in _chunks(shadow):
        doc = nlp.make_doc(piece)
        doc.user_data["anchor"] = anchor
        doc.user_data["matches_only"] = True
        for _, proc in nlp.pipeline:
            doc = add_ruler_matches(proc, doc) if isinstance(proc, EntityRuler) else proc(doc)
        for m in doc.user_data["yanbao_matches"]:
            out.append(q.Match(m.start + offset, m.end + offset, m.label, _plain_value(m.value)))
    return propagate_models(shadow, out, model_names(out))


def model_names(matches: Iterable[q.Match]) -> dict[str, dict]:
    """Surfaces tagged MODEL that are distinctive enough to tag wherever they recur."""
    names = {}
    for m in matches:
        if m.label == "MODEL":
            surface = m.value.get("surface") or m.value.get("name")
            if surface and (len(surface) >= 4 or re.search(r"\d", surface)):
                names.setdefault(surface, m.value)
    return names


def propagate_models(text: str, matches: list[q.Match], names: dict[str, dict]) -> list[q.Match]:
    """A name recognized once (by shape or context) is a model wherever it recurs in
    the same document: '我们认为Vidu的推出…' after '生数科技发布了Vidu'."""
    if not names:
        return matches
    taken = _coverage(len(text), matches)
    added = []
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    for hit in q.scanner(q.first_chars(names), rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])").finditer(text):
        if any(taken[hit.start():hit.end()]):
            continue
        added.append(q.Match(hit.start(), hit.end(), "MODEL", dict(names[hit.group(0)])))
        taken[hit.start():hit.end()] = b"\x01" * (hit.end() - hit.start())
    return sorted(matches + added, key=lambda m: m.start) if added else matches


# a model named by its code alone ('中文创意写作吊打R1', 'X1作为轻量版'); not H1/Q3 (periods)
_BARE_CODE = re.compile(r"(?<![A-Za-z0-9\-._/])([A-GI-PR-Z]\d{1,2})(?![A-Za-z0-9]|\.\d)")


@lru_cache(maxsize=4)
def _codes(exclude_models: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """Catalogue models by the code their name ends with ('R1' → DeepSeek-R1, ERNIE X1…)."""
    out: dict[str, list[dict]] = {}
    for m in _model_index(exclude_models).values():
        last = re.split(r"[-\s]", m["name"])[-1]
        if m.get("kind") != "family" and re.fullmatch(r"[A-Z]\d{1,2}", last) and m.get("family"):
            out.setdefault(last, []).append(m)
    return out


def families_named(matches: Iterable[q.Match], exclude_models: tuple[str, ...] = ()) -> set[str]:
    """The model families a document names (through the catalogue's entries of its models)."""
    out = set()
    for m in matches:
        if m.label == "MODEL":
            entry = known_model(m.value.get("name") or "", exclude_models)
            if entry and entry.get("family"):
                out.add(entry["family"])
    return out


# a vendor's model named by its code right after the vendor: 'DeepSeek的R1模型', '月之暗面推出的K2'
_VENDOR_TO_CODE = re.compile(r"\s*(?:的|旗下的?|推出的|发布的|开源的)?\s*$")


def bare_codes(text: str, matches: list[q.Match], families: set[str]) -> list[q.Match]:
    """A model's code written alone is that model where exactly one catalogue model ends with
    it of a family the document names ('吊打 R1' after 'DeepSeek V3') or of the vendor just
    before it ('DeepSeek的R1模型')."""
    vendors = [m for m in matches if m.label == "VENDOR"]
    if not families and not vendors:
        return matches
    taken = _coverage(len(text), matches)
    added = []
    for hit in _BARE_CODE.finditer(text):
        if any(taken[hit.start():hit.end()]):
            continue
        before = {(v.value.get("name") or v.value.get("id")) for v in vendors
                  if 0 <= hit.start() - v.end <= 6 and _VENDOR_TO_CODE.fullmatch(text, v.end, hit.start())}
        entries = {e["name"]: e for e in _codes().get(hit.group(1), [])
                   if e["family"] in families or e.get("vendor") in before}
        if len(entries) == 1:
            (entry,) = entries.values()
            added.append(q.Match(hit.start(), hit.end(), "MODEL", {"name": entry["name"], "vendor": entry.get("vendor")}))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


# a sibling named after a conjunction without the words it shares with the model before it:
# 'DeepSeek V4 Pro 或更快的 V4 Flash', 'Claude Opus 4.5 与 Sonnet 4.5', 'GPT-4o 和 4o mini'
_SIBLING = re.compile(r"\s*(?:和|与|及|或|或者|以及|、|/|and|or)\s*(?:[\u4e00-\u9fff]{1,5}的)?\s*"
                      r"(?P<name>[A-Za-z0-9][A-Za-z0-9.]*(?:[ \-][A-Za-z0-9][A-Za-z0-9.]*){1,2})(?![A-Za-z0-9.\-])")
_NAME_TOKEN = re.compile(r"[^ \-]+")


def elliptical_siblings(text: str, matches: list[q.Match]) -> list[q.Match]:
    """A model named after another by the words that differ, as a list writes it: the words
    of the first before the token both share ('DeepSeek V4 Pro 或 V4 Flash' → DeepSeek V4
    Flash), or, for another line of the same version, the first's family word ('Claude Opus
    4.5 与 Sonnet 4.5' → Claude Sonnet 4.5). Not where the second is a name of its own."""
    taken = _coverage(len(text), matches)
    added = []
    for m in (x for x in matches if x.label == "MODEL"):
        s = _SIBLING.match(text, m.end)
        if not s or any(taken[s.start("name"):s.end("name")]):
            continue
        first = list(_NAME_TOKEN.finditer(text, m.start, m.end))
        second = s.group("name").replace("-", " ").split()
        words = [t.group(0) for t in first]
        if second[0] in words[1:]:
            cut = first[words.index(second[0], 1)].start()
        elif len(words) >= 3 and second[-1] == words[-1] and re.fullmatch(r"[A-Z][a-z]+", second[0]):
            cut = first[1].start()
        else:
            continue
        if canonical(s.group("name"))[1] is not None:
            continue  # a family's own name ('Gemini 2.5'): tagged as itself, or not a sibling
        name, _ = canonical(text[m.start:cut] + s.group("name"))
        if name == m.value.get("name"):
            continue
        added.append(q.Match(s.start("name"), s.end("name"), "MODEL", {"name": name, "vendor": m.value.get("vendor")}))
        taken[s.start("name"):s.end("name")] = b"\x01" * (s.end("name") - s.start("name"))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def tag_text(text: str, date: Optional[str] = None, nlp: Optional[Language] = None) -> list[dict]:
    """Entities of a snippet in either script, as the contract's ENTITY dicts:
    offsets and text refer to the snippet as given (traditional stays traditional)."""
    anchor = q.parse_iso_date(date)
    converted, anchors = (text, [])
    if script.detect(text) == "hant":
        converted, anchors = script.to_simplified(text)
    from .document import Page

    page = Page(number=1, text=converted, original=text, offsets=anchors)
    out = []
    found = tag_simplified(converted, anchor, nlp)
    shadow = q.shadow(converted)
    for m in bare_codes(shadow, elliptical_siblings(shadow, found), families_named(found)):
        start, end = page.to_original(m.start), page.to_original(m.end)
        out.append({"label": m.label, "text": text[start:end], "start": start, "end": end, "value": m.value})
    return out


def tag_document(doc, date: Optional[str] = None) -> None:
    """Add the entities of every page to a Document (page offsets index the cleaned
    simplified text; `original` holds the source-script surface when it differs)."""
    anchor = q.parse_iso_date(date or doc.meta.date)
    nlp = load()
    doc.entities = []
    per_page = [(page, tag_simplified(page.text, anchor, nlp)) for page in doc.pages]
    names = model_names(m for _, found in per_page for m in found)
    families = families_named(m for _, found in per_page for m in found)
    for page, found in per_page:
        shadow = q.shadow(page.text)
        for m in bare_codes(shadow, elliptical_siblings(shadow, propagate_models(shadow, found, names)), families):
            surface = page.text[m.start:m.end]
            original = page.original_slice(m.start, m.end) if page.original is not None else None
            doc.entities.append(Entity(label=m.label, text=surface, start=m.start, end=m.end, value=m.value,
                                       page=page.number, original=original if original != surface else None))
    unresolved = [e for e in doc.entities if e.label == "DATE" and e.value.get("date") is None]
    for e in unresolved[:20]:
        doc.warn("W008", message("W008", text=e.text), "tag", e.page, partial=False)
