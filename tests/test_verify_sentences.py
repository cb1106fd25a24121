"""The prose every family reads (pipeline/verify/sentences.py): a page's sentences, figures as
printed, the words of a rise and a fall, a growth on another base."""
import re

import pytest

from pipeline.document import Page
from pipeline.verify.sentences import (CHANGE_PAIR, GROWTH_AFTER, SIGNED_NUM, bracket_around, figure_of, growth_of,
                                       in_one_figure, page_sentences, plain_growth, signed_by)


def test_a_short_line_is_not_joined_to_the_next():
    # table rows and headings are short: each stays a line of its own
    sentences = page_sentences(Page(number=1, text="营业收入 15,000 18,000\n同比增长 20% 20%"))
    assert [s.text for s in sentences] == ["营业收入 15,000 18,000", "同比增长 20% 20%"]


def test_a_notes_mark_on_its_own_line_does_not_end_a_wrapped_sentence():
    # a filing's superscript set on a line of its own: '…循环型业务\n注1\n收入为…' is one sentence, the mark blanked
    text = ("标题\n截至2025年6月30日止六个月,本集团的循环型业务\n注1\n收入为人民币16,308.5百万元,占收入比例为89.9%。")
    (_, sentence) = page_sentences(Page(number=1, text=text))
    assert "注1" not in sentence.text and "16,308.5" in sentence.text and "循环型业务" in sentence.text
    assert len(sentence.text) == len(text[sentence.start:].rstrip("。"))  # (offsets hold: the mark is blanked, not cut)


def test_sentences_keep_the_pages_offsets():
    text = "标题\n公司营收39.00亿元。同比增长21.9%！"
    sentences = page_sentences(Page(number=2, text=text))
    assert [(s.text, s.page) for s in sentences] == [("标题", 2), ("公司营收39.00亿元", 2), ("同比增长21.9%", 2)]
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in sentences)


@pytest.mark.parametrize("num,value,places", [("+21.9", "21.9", 1), ("−3.50", "-3.50", 2), ("1,234", "1234", 0)])
def test_a_figure_keeps_its_sign_and_printed_precision(num, value, places):
    assert re.fullmatch(SIGNED_NUM, num)
    f = figure_of(num)
    assert (str(f.value), f.places) == (value, places)


def test_a_fall_word_makes_a_figure_negative():
    assert signed_by(figure_of("5.0"), "下降").value == -5 and signed_by(figure_of("5.0"), "增长").value == 5
    assert signed_by(figure_of("-5.0"), "下降").value == -5  # already negative: the sign is not doubled


def test_the_bracket_a_position_is_in():
    text = "营收39亿元(同比+21.9%)，净利润5亿元"
    assert bracket_around(text, text.index("21.9")) == (text.index("("), text.index(")"))
    assert bracket_around(text, text.index("净利润")) is None


def test_a_growth_on_another_base_is_not_plain():
    text = "收入同比增长12%,内生同比增长8%"
    assert plain_growth(text, text.index("12%")) and not plain_growth(text, text.index("8%"))


def test_both_changes_at_once():
    m = CHANGE_PAIR.search("营收同比/环比分别增长21.5%/3.5%")
    assert (m.group("n1"), m.group("n2"), m.group("unit")) == ("21.5", "3.5", "%")


@pytest.mark.parametrize("text, value, basis", [
    ("9218.38万标箱|(TEU),同比增长12.9%", "12.9", "同比"),        # (| marks where the figure's match ended)
    ("24.59万亿元人民币(下同),较2014年下降7%", "-7", "同比"),       # a year's growth on the year it names
    ("14.14万亿元,下降1.8%", "-1.8", "同比"),                         # the figure's unit left before it
    ("3.69万亿元,扩大56.7%", "56.7", "同比"),                         # a balance's way
    ("5.2亿元,环比-3.2%", "-3.2", "环比"),
    ("1200亿元,较年初+8.3%", "8.3", "较年初"),
    ("28.06亿张|,较第二季度末增长4.9%", "4.9", "较上季末"),       # a balance on the quarter's end before: a basis of its own
])
def test_a_figure_s_growth_right_after_it(text, value, basis):
    at = text.index("|") if "|" in text else next(k for k, ch in enumerate(text) if not (ch.isdigit() or ch == "."))
    growth = growth_of(GROWTH_AFTER.match(text.replace("|", ""), at))
    assert (str(growth[0].value), growth[1]) == (value, basis)
    # a bare percent after a figure is a share, not a growth
    assert growth_of(GROWTH_AFTER.match("52.7万亿元,52.7%", 4)) is None


def test_a_label_broken_off_its_figure_by_a_line_break_is_joined():
    # a web page's bold label on its own line, its figure on the next after a colon: one sentence
    page = Page(number=1, text="关键指标\n营业收入\n:46.07亿元,同比增长约274%。\n营业利润\n16.06亿元")
    texts = [s.text for s in page_sentences(page)]
    assert "营业收入\n:46.07亿元,同比增长约274%" in texts
    assert "营业利润" in texts  # a short line before a figure of its own is not joined


@pytest.mark.parametrize("text, read", [
    ("合并营收2兆589.49亿元，较第2季1兆7934.68亿元", "合并营收20589.49亿元，较第2季 17934.68亿元"),
    ("营收2 兆 7629.64 亿元", "营收   27629.64 亿元"),
    ("1兆5亿元", "1兆5亿元"),          # 10005 takes more characters than it had: left as printed
    ("营收1兆元", "营收1兆元"),        # 兆 alone is a scale of its own
])
def test_an_amount_of_兆_and_亿_together_is_one_figure_in_the_characters_it_took(text, read):
    assert in_one_figure(text) == read and len(read) == len(text)
