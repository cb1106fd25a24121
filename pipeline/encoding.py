"""Bytes of a text file → str, with the encoding named.

Order of evidence: a byte-order mark; strict UTF-8 (which almost never decodes
anything else by accident); UTF-8 with a few stray bytes (replaced, and said so);
then charset-normalizer limited to the encodings Chinese reports come in,
cross-checked by how much of the result is Han text — and by how much of that Han
text is common Chinese: Japanese (Shift-JIS) or Korean (EUC-KR) bytes also decode
"as GB18030", into rare characters, and are then decoded as what they are and named.
A few NUL bytes in a text file are dropped, and said so. Whatever is repaired is
added to `notes` as (warning code, what), for the document's warnings.
"""
from __future__ import annotations

import codecs
from typing import Iterator

from .errors import YanbaoError
from .textutil import han_count

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xE000 <= ord(ch) <= 0xF8FF
              or ch == "\ufffd")
    return bad / len(text)


def _plausible(text: str) -> float:
    """Share of characters that are Han, ASCII printable or common punctuation."""
    if not text:
        return 0.0
    good = han_count(text) + sum(1 for ch in text if 32 <= ord(ch) < 127 or ch in "\n\r\t，。、；：？！“”‘’（）《》【】—…·％")
    return good / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has a zero byte in every other position for ASCII; Han text has none
    but decodes to plausible Han. Try both byte orders."""
    if len(data) % 2:
        return None
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text)
        if score > 0.9 and (best is None or score > best[1]):
            best = (enc, score)
    return best[0] if best else None


# the most frequent characters of Chinese prose: real GB18030 or Big5 text is made of
# them; Japanese or Korean bytes read as GB18030 almost never are
COMMON = frozenset("的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
                   "里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想"
                   "实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体"
                   "政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比"
                   "员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场"
                   "件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王"
                   "象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步"
                   "改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连"
                   "调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称"
                   "企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选"
                   "列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族"
                   "供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千"
                   "值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益"
                   "阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层"
                   "冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善"
                   "這個們來為國時說會對後們經過還進與長機關點業將兩間問現當動開從於實體電數發學樣麼們給話總")
NON_CHINESE = {"shift_jis": "Japanese", "cp932": "Japanese", "euc_jp": "Japanese", "iso2022_jp": "Japanese",
               "euc_kr": "Korean", "cp949": "Korean", "iso2022_kr": "Korean", "johab": "Korean"}


def common_share(text: str) -> float:
    """Of the Han characters, the share that are common Chinese ones."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    return sum(ch in COMMON for ch in han) / len(han) if han else 1.0


def decode(data: bytes, path: str, notes: list[tuple[str, str]] | None = None) -> tuple[str, str, float]:
    notes = notes if notes is not None else []
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc, 1.0
    zero = data.count(b"\x00")
    if zero:
        enc = _utf16_without_bom(data)
        if enc:
            return data.decode(enc), enc, 0.9
        if zero > max(16, len(data) // 100):
            raise YanbaoError("E006", path, reason=f"binary data ({zero} NUL bytes)")
        data = data.replace(b"\x00", b"")
        notes.append(("W013", f"{zero} NUL bytes dropped"))
    try:
        text = data.decode("utf-8")
        if _control_ratio(text) > 0.05:
            raise YanbaoError("E006", path, reason="binary data (control characters)")
        return _strip_controls(text, notes), "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(3, len(lenient) // 200) and _plausible(lenient.replace("\ufffd", "")) > 0.9:
        notes.append(("W013", f"{bad} bytes that are not UTF-8 replaced by \ufffd"))
        return _strip_controls(lenient, notes), "utf-8", 0.9
    best: tuple[float, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausible(text) - 5 * _control_ratio(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    from charset_normalizer import from_bytes

    guess = from_bytes(data, cp_isolation=CANDIDATES).best()
    if guess is not None:
        text = str(guess)
        score = _plausible(text) - 5 * _control_ratio(text)
        name = codecs.lookup(guess.encoding).name
        if best is None or score >= best[0] - 0.01 or _agrees(best[1], name):
            best = (score, name, text)
    if best is not None and best[0] >= 0.6 and common_share(best[2]) < 0.2:
        other = _other_language(data)
        if other:
            enc, language, text = other
            notes.append(("W014", f"the text is {language} ({enc}), not Chinese: decoded, but models, prices "
                                  "and dates are read in Chinese"))
            return _strip_controls(text, notes), enc, 0.5
        best = (0.0, best[1], best[2])  # Han characters, but not Chinese ones: garbage
    if best is None or best[0] < 0.6:
        raise YanbaoError("E006", path, reason="not UTF-8, GB18030, Big5 or UTF-16 text")
    score, enc, text = best
    return _strip_controls(text, notes), enc, min(1.0, score)


def _other_language(data: bytes) -> tuple[str, str, str] | None:
    """Japanese or Korean bytes: (encoding, language, text) when one decodes them cleanly."""
    for enc in ("shift_jis", "cp932", "euc_jp", "euc_kr", "cp949"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
        hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
        letters = sum(1 for ch in text if not ch.isspace() and not ch.isascii()) or 1
        if NON_CHINESE[codecs.lookup(enc).name.replace("-", "_")] == "Japanese" and kana / letters > 0.2 or \
                NON_CHINESE[codecs.lookup(enc).name.replace("-", "_")] == "Korean" and hangul / letters > 0.3:
            return enc, NON_CHINESE[codecs.lookup(enc).name.replace("-", "_")], text
    return None


def _strip_controls(text: str, notes: list[tuple[str, str]]) -> str:
    """Control characters other than line and page breaks and tabs are dropped, and counted."""
    text, bad = _drop_controls(text)
    if bad:
        notes.append(("W013", f"{bad} control characters dropped"))
    return text


def _drop_controls(text: str) -> tuple[str, int]:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if not bad:
        return text, 0
    return "".join(ch for ch in text if ord(ch) >= 32 or ch in "\n\r\t\f"), bad


def _agrees(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


# ----------------------------------------------------------------------------- large files
BLOCK_BYTES = 4 << 20  # a file larger than this is decoded a block at a time


def decode_stream(fh, path: str, notes: list[tuple[str, str]]) -> tuple[str, float, Iterator[str]]:
    """A text file too large to decode at once (an open binary file) → (encoding,
    confidence, its text as a run of chunks). The encoding is judged on the first block by
    `decode`'s rules; then the whole file is decoded a block at a time (a character cut
    by a block's end is joined to its next block), with `decode`'s repairs — bad bytes
    replaced, NULs and control characters dropped — counted over the whole file and added
    to `notes` once the last chunk has been read."""
    head = fh.read(BLOCK_BYTES)
    skip = next((len(bom) for bom, _ in BOMS if head.startswith(bom)), 0)
    if head.count(b"\x00") > len(head) // 4:  # UTF-16/32: whole code units
        probe = head[:len(head) - len(head) % 4]
    else:  # whole lines: no character cut in two
        probe = head[:head.rfind(b"\n") + 1] or head
    _, enc, confidence = decode(probe, path, [])
    enc = enc.replace("-sig", "")  # the BOM is skipped below

    def chunks() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(enc)(errors="replace")
        fh.seek(skip)
        replaced = dropped = controls = 0
        utf16 = "16" in enc or "32" in enc
        while True:
            block = fh.read(BLOCK_BYTES)
            if not utf16 and b"\x00" in block:
                dropped += block.count(b"\x00")
                block = block.replace(b"\x00", b"")
            text = decoder.decode(block, final=not block)
            replaced += text.count("\ufffd")
            text, dropped_here = _drop_controls(text)
            controls += dropped_here
            if text:
                yield text
            if not block:
                break
        if dropped:
            notes.append(("W013", f"{dropped} NUL bytes dropped"))
        if replaced:
            notes.append(("W013", f"{replaced} bytes that are not {enc} replaced by \ufffd"))
        if controls:
            notes.append(("W013", f"{controls} control characters dropped"))

    return enc, confidence, chunks()
