"""segment: one dictionary, two cuts (jieba words for search, coarse tokens for tagging)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import tag
from pipeline.segment import dictionary_words, segment, segmenter


def test_dictionary_holds_han_model_and_vendor_names():
    words = set(dictionary_words())
    assert {"通义千问", "通義千問", "智谱", "大模型", "文心一言"} <= words
    assert "通义千问" not in dictionary_words(exclude_models=("Qwen",))


def test_search_cut_keeps_domain_words_whole():
    words = segment("阿里云通义千问大模型宣布降价")
    assert "通义千问" in words and "大模型" in words and "降价" in words


def test_tagging_tokens_cut_our_words_out_of_han_runs():
    tokens = segmenter().tokens("阿里巴巴的通义千问发布Qwen2-72B，价格0.5元")
    assert tokens == ["阿里巴巴", "的", "通义千问", "发布", "Qwen", "2", "-", "72", "B", "，", "价格", "0.5", "元"]


def test_longest_word_wins():
    assert segmenter().tokens("阿里巴巴")[0] == "阿里巴巴"  # not '阿里' + '巴巴'


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="通义千问大模型发布了价格元亿ABCxyz0123. -/\n，。", max_size=60))
def test_tokens_partition_the_text(text):
    assert "".join(segmenter().tokens(text)) == text


def test_entities_cut_inside_a_token_still_become_spans():
    # '2024年底' ends inside the Han token '底国内'; the Doc is re-cut there
    doc = tag.load()("2024年底国内大模型价格0.5元/百万tokens")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("2024年底", "DATE") in labels
    assert doc.text == "2024年底国内大模型价格0.5元/百万tokens"
    price = [e for e in doc.ents if e.label_ == "PRICE"][0]
    assert price._.value["per_million_tokens"] == 0.5


def test_spaces_survive_the_recut():
    text = "Claude 3.5 Sonnet 的价格 3 美元/百万tokens"
    doc = tag.load()(text)
    assert doc.text == text
    assert [e.text for e in doc.ents if e.label_ == "MODEL"] == ["Claude 3.5 Sonnet"]
