from pipeline import script
from pipeline.document import Page


def test_detects_traditional_and_simplified():
    assert script.detect("國盛證券認為，算力需求將持續爆發。") == "hant"
    assert script.detect("国盛证券认为，算力需求将持续爆发。") == "hans"
    assert script.detect("GPT-4o mini 0.15 USD") == "hans"


def test_converts_with_hong_kong_and_taiwan_variants():
    text, _ = script.to_simplified("國盛證券：綫上與裏面，台灣的裡程碑，什么")
    assert text == "国盛证券：线上与里面，台湾的里程碑，什么"


def test_offsets_map_back_when_a_phrase_changes_length(monkeypatch):
    # OpenCC phrase tables can change length; simulate one such phrase and check the map
    class Phrase:
        def convert(self, s):
            return s.replace("記憶體", "内存").replace("軟體", "软件")

    monkeypatch.setattr(script, "_converter", lambda name: Phrase())
    original = "用軟體與記憶體做模型"
    text, anchors = script.to_simplified(original)
    assert text == "用软件與内存做模型"
    page = Page(number=1, text=text, original=original, offsets=anchors)
    start = text.index("内存")
    assert page.original_slice(start, start + 2) == "記憶體"
    assert page.original_slice(text.index("做"), len(text)) == "做模型"
    assert page.original_slice(0, 3) == "用軟體"


def test_a_page_of_words_looks_traditional_by_its_characters():
    assert script.looks_traditional(["營業收入", "歸母淨利潤", "2025E", "調整後"])
    assert not script.looks_traditional(["营业收入", "归母净利润", "2025E", "调整后"])
    assert not script.looks_traditional(["2024A", "12,345", "N.M."])


def test_a_word_is_simplified_one_character_for_one():
    assert script.simplified_word("調整後") == "调整后"  # 後 → 后 in a phrase, not the character 後 kept
    assert script.simplified_word("資料來源：") == "资料来源："
    assert script.simplified_word("歸母淨利潤(百萬元)") == "归母净利润(百万元)"
    assert script.simplified_word("營業收入") == "营业收入"
