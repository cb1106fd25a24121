from pipeline import layout


def char(text, x0, top, size=10.0, font="F", color=(0,)):
    return {"text": text, "x0": x0, "x1": x0 + size * (0.5 if text.isascii() else 1.0), "top": top,
            "bottom": top + size, "size": size, "fontname": font, "non_stroking_color": color, "upright": True}


def run(s, x0, top, size=10.0):
    out, x = [], x0
    for ch in s:
        c = char(ch, x, top, size)
        out.append(c)
        x = c["x1"]
    return out


def texts(chars, width=600, height=800):
    return [line.text for line in layout.layout_chars(chars, width, height).lines]


def test_fake_bold_duplicates_are_dropped_and_counted():
    chars = run("核心观点", 100, 100)
    doubled = chars + [dict(c, x0=c["x0"] + 0.3, x1=c["x1"] + 0.3) for c in chars]
    result = layout.layout_chars(doubled, 600, 800)
    assert [l.text for l in result.lines] == ["核心观点"]
    assert result.n_duplicates == 4


def test_real_repeats_are_kept():
    assert texts(run("哈哈谢谢1111", 100, 100)) == ["哈哈谢谢1111"]


def test_two_columns_read_column_by_column():
    left = [run("分析师：张三", 40, 100 + 14 * i) for i in range(3)]
    right = [run("本文认为大模型价格战仍将持续一段时间", 200, 100 + 14 * i) for i in range(3)]
    chars = [c for row in left + right for c in row]
    assert texts(chars) == ["分析师：张三"] * 3 + ["本文认为大模型价格战仍将持续一段时间"] * 3


def test_full_width_title_then_columns():
    chars = run("大模型行业深度报告之价格战专题研究", 40, 50, size=16)
    chars += [c for i in range(2) for c in run("左栏内容", 40, 100 + 14 * i)]
    chars += [c for i in range(2) for c in run("右栏正文内容", 300, 100 + 14 * i)]
    assert texts(chars) == ["大模型行业深度报告之价格战专题研究", "左栏内容", "左栏内容", "右栏正文内容", "右栏正文内容"]


def test_vertical_sidebar_is_kept_out_of_the_body():
    chars = [char(ch, 20, 100 + 16 * i) for i, ch in enumerate("金融工程")]
    chars += [c for i in range(4) for c in run("正文第一行内容", 80, 100 + 16 * i)]
    result = layout.layout_chars(chars, 600, 800)
    assert result.sidebar == ["金融工程"]
    assert all("金" not in l.text for l in result.lines)


def test_letter_spaced_chinese_joins_and_latin_keeps_spaces():
    chars = [char(ch, 100 + 18 * i, 100) for i, ch in enumerate("营业收入")]
    chars += run("Llama", 100, 130) + run("3.1", 100 + 5 * 5 + 4, 130)
    assert texts(chars) == ["营业收入", "Llama 3.1"]


def test_excluded_regions_drop_their_characters():
    chars = run("正文", 100, 100) + run("表格里的字", 100, 300)
    result = layout.layout_chars(chars, 600, 800, exclude=[(90, 290, 400, 320)])
    assert [l.text for l in result.lines] == ["正文"]


def _run(text, x0, top, step, font, size=10.0):
    return [char(t, x0 + i * step, top, size=size, font=font) for i, t in enumerate(text)]


def test_a_marker_drawn_over_a_date_is_dropped_and_the_date_reads_whole():
    # 上海证券's template: "shzqdatemark" drawn letter by letter over "2025年04月21日"
    date = _run("2025年04月21日", 100, 200, 5.0, "KaiTi")
    marker = _run("shzqdatemark", 100.5, 200, 5.0, "ArialMT")
    chars = layout.drop_template_markers(date[:3] + marker + date[3:])
    assert "".join(c["text"] for c in chars) == "2025年04月21日"


def test_a_bracketed_marker_interleaved_with_a_caption_is_dropped():
    caption = _run("资产负债表", 22, 80, 10.0, "SongTi")
    marker = _run("[Table_Finance]", 18, 80, 3.4, "TimesNewRoman")
    chars = marker[:3] + caption[:2] + marker[3:9] + caption[2:] + marker[9:]
    assert "".join(c["text"] for c in layout.drop_template_markers(chars)) == "资产负债表"


def test_latin_text_drawn_twice_is_not_a_marker():
    word = _run("Revenue", 50, 100, 5.0, "Arial")
    bold = _run("Revenue", 50.3, 100, 5.0, "Arial")  # fake bold: the same letters again
    assert len(layout.drop_template_markers(word + bold)) == 14
    beside = _run("Revenue", 50, 100, 5.0, "Arial") + _run("营业收入", 90, 100, 10.0, "SongTi")
    assert len(layout.drop_template_markers(beside)) == 11
