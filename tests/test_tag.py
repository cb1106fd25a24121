"""The tagging pipeline: names, values, both scripts, unseen models, bad input."""
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED, needs_shared, run_cli

from pipeline import tag

sys.path.insert(0, str(ROOT / "bench"))


def ents(text, date="2024-08-15", label=None):
    return [(e["label"], e["text"], e["value"]) for e in tag.tag_text(text, date) if label in (None, e["label"])]


def test_contract_example():
    got = tag.tag_text("5月6日,深度求索发布DeepSeek-V2,输入价格0.001元/千tokens", "2024-08-15")
    assert [(e["label"], e["text"]) for e in got] == [
        ("DATE", "5月6日"), ("VENDOR", "深度求索"), ("MODEL", "DeepSeek-V2"), ("PRICE", "0.001元/千tokens")]
    date, vendor, model, price = (e["value"] for e in got)
    assert date == {"date": "2024-05-06", "precision": "day"}
    assert vendor == {"name": "deepseek"}
    assert model == {"name": "DeepSeek-V2", "vendor": "deepseek"}
    assert (price["amount"], price["currency"], price["per"], price["per_million_tokens"], price["direction"]) == \
        (0.001, "CNY", "1K tokens", 1, "input")
    for e in got:
        assert "5月6日,深度求索发布DeepSeek-V2,输入价格0.001元/千tokens"[e["start"]:e["end"]] == e["text"]


@pytest.mark.parametrize("alias,canonical,vendor", [
    ("通义千问", "Qwen", "alibaba"), ("Qwen-Long", "Qwen-Long", "alibaba"), ("文心一言", "ERNIE Bot", "baidu"),
    ("ERNIE Bot", "ERNIE Bot", "baidu"), ("混元", "Hunyuan", "tencent"), ("豆包", "Doubao", "bytedance"),
    ("星火", "Spark", "iflytek"), ("Kimi", "Kimi", "moonshot"), ("GPT3", "GPT-3", "openai"),
    ("Llama2", "Llama 2", "meta"), ("Claude-3.5", "Claude 3.5", "anthropic"),
])
def test_aliases_map_to_canonical_names(alias, canonical, vendor):
    models = ents(f"我们关注{alias}的商业化进展", label="MODEL")
    assert [(t, v["name"], v["vendor"]) for _, t, v in models] == [(alias, canonical, vendor)]


@pytest.mark.parametrize("name,vendor", [
    ("智谱AI", "zhipu"), ("智谱 AI", "zhipu"), ("火山引擎", "bytedance"), ("阿里云", "alibaba"), ("openAI", "openai"),
    ("月之暗面", "moonshot"), ("英伟达", "nvidia"), ("Hugging Face", "huggingface"),
])
def test_vendor_ids(name, vendor):
    assert [v["name"] for _, _, v in ents(f"据悉，{name}表示将继续投入", label="VENDOR")] == [vendor]


@pytest.mark.parametrize("text,vendor", [
    ("Kimi K2 参数量是 1T,要知道 DeekSeek的 V3 和 R1 模型也只是671B", "deepseek"),  # one letter wrong
    ("OpenAl 发布了新的大模型", "openai"),                                               # l for I
    ("Antrhopic 的 Claude 模型", "anthropic"),                                           # two swapped
])
def test_a_vendor_name_with_one_slip(text, vendor):
    assert [v["name"] for _, _, v in ents(text, label="VENDOR")] == [vendor]


def test_a_score_or_a_rank_after_a_name_is_not_its_version():
    models = [t for _, t, _ in ents("其次是GPT-5 66 分、Grok 4.5 65分与Claude 4.1分别60与59分", label="MODEL")]
    assert models == ["GPT-5", "Grok 4.5", "Claude 4.1"]


def test_a_word_near_a_vendor_name_is_no_vendor_outside_model_talk():
    assert ents("Goggle 是一种护目镜", label="VENDOR") == []


@pytest.mark.parametrize("text,model,vendor", [
    ("阿里云开源Qwen3-235B-A22B", "Qwen3-235B-A22B", "alibaba"),
    ("Anthropic发布Claude Opus 4", "Claude Opus 4", "anthropic"),
    ("Meta发布Llama 4 Maverick", "Llama 4 Maverick", "meta"),
    ("腾讯发布混元-T9推理模型", "混元-T9", "tencent"),
    ("MiniMax发布abab7", "abab7", "minimax"),
    ("阶跃星辰发布Step-3", "Step-3", "stepfun"),
    ("小米发布MiMo-7B推理模型", "MiMo-7B", "xiaomi"),
    ("vivo发布蓝星大模型", "蓝星", "vivo"),
    ("某公司发布了Zephyr-9大模型", "Zephyr-9", None),
    ("Foo公司推出Orion 2.5 Pro模型", "Orion 2.5 Pro", None),
    ("xAI推出Grok Code Fast 1模型", "Grok Code Fast 1", "xai"),
])
def test_unseen_models_by_shape_and_context(text, model, vendor):
    models = ents(text, label="MODEL")
    assert (models[-1][1], models[-1][2]["vendor"]) == (model, vendor), models


@pytest.mark.parametrize("text", [
    "MHHTML择时策略年化收益近18%，MHHTML模型优于HT模型",  # a quant strategy's "model"
    "RLHF算法的三个阶段Step1、Step2",
    "使用A100 80G SXM训练，FP16峰值624TFLOPs",
    "SuperCLUE基准中表现出色",
    "在最新LMArena全球大模型競技場中",                     # a leaderboard (data/not_models.txt)
    "公司推出千亿参数大模型",                             # a size, not a name
    "This model is deprecated and will be retired",
])
def test_not_models(text):
    assert ents(text, label="MODEL") == []


def test_model_name_absorbs_its_size():
    got = ents("GPT-3 175B版本模型参数量为1746亿", label=None)
    assert [(l, t) for l, t, _ in got] == [("MODEL", "GPT-3 175B"), ("PARAM_COUNT", "1746亿")]


def test_a_name_found_once_is_found_again():
    got = ents("生数科技发布了Vidu。我们认为Vidu的推出将加速竞争", label="MODEL")
    assert [t for _, t, _ in got] == ["Vidu", "Vidu"]


def test_traditional_spans_point_into_the_original_with_simplified_values():
    trad = "2024年5月21日，阿里雲宣佈通義千問主力模型Qwen-Long輸入價格降至0.5元/百萬tokens，降幅達97.5%。"
    simp = "2024年5月21日，阿里云宣布通义千问主力模型Qwen-Long输入价格降至0.5元/百万tokens，降幅达97.5%。"
    t, s = tag.tag_text(trad), tag.tag_text(simp)
    assert [(e["label"], e["value"]) for e in t] == [(e["label"], e["value"]) for e in s]
    assert [e["text"] for e in t if e["label"] in ("VENDOR", "MODEL")] == ["阿里雲", "通義千問", "Qwen-Long"]
    for e in t:
        assert trad[e["start"]:e["end"]] == e["text"]


def test_a_traditional_name_in_the_data_is_matched_in_its_simplified_form():
    # text is tagged through its simplified form: '輝達' in vendors.jsonl is found as 辉达
    got = tag.tag_text("在與 AI 晶片巨擘輝達 (NVDA-US)達成策略夥伴關係同日")
    assert [(e["label"], e["text"], e["value"]["name"]) for e in got] == [("VENDOR", "輝達", "nvidia")]


@pytest.mark.parametrize("text", ["", " ", "\x00\x01\xff" * 100, "🚀🔥大模型🤖" * 50, "GPT-4o與通义千问 mixed 文本",
                                  "１７４６亿参数，ＧＰＴ－４"])
def test_odd_input_never_raises(text):
    for e in tag.tag_text(text, "2024-08-15"):
        assert text[e["start"]:e["end"]] == e["text"]


def test_a_megabyte_on_one_line():
    line = "5月6日，深度求索发布DeepSeek-V2，输入价格1元/百万tokens。" * 28_000
    assert len(line) > 1_000_000
    got = tag.tag_text(line, "2024-08-15")
    assert sum(e["label"] == "MODEL" for e in got) == 28_000


def test_unresolved_dates_warn_in_documents(tmp_path):
    from pipeline.ingest import read_document

    p = tmp_path / "note.txt"
    p.write_text("5月21日，阿里云下调Qwen-Long价格。", encoding="utf-8")
    doc = read_document(p)
    date = next(e for e in doc.entities if e.label == "DATE")
    assert date.value["date"] is None and date.page == 1
    assert [w.code for w in doc.warnings] == ["W008"]
    assert read_document(p, date="2024-08-15").entities[0].value["date"] == "2024-05-21"


def test_document_entities_carry_page_and_original(sample_dir):
    from pipeline.ingest import read_document

    doc = read_document(sample_dir / "traditional_qwen_price_cut.txt")
    qwen = next(e for e in doc.entities if e.label == "MODEL" and e.value["name"] == "Qwen")
    assert qwen.page == 1 and qwen.text == "通义千问" and qwen.original == "通義千問"
    assert doc.pages[0].text[qwen.start:qwen.end] == qwen.text


def test_sample_pdf_prices_are_tagged(sample_doc):
    prices = [(e.text, e.value["per_million_tokens"]) for e in sample_doc.entities if e.label == "PRICE"]
    assert ("0.0005元/千tokens", 0.5) in prices and ("15美分", 0.15) in prices


def test_cli_tag_stdin_prints_one_result_per_line():
    out = run_cli("tag", "-", "--json", "--date", "2024-08-15", stdin="今年4月18日，Meta推出Llama 3\n\n國盛證券\n")
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert [r["text"] for r in results] == ["今年4月18日，Meta推出Llama 3", "", "國盛證券"]
    assert results[0]["entities"][0]["value"] == {"date": "2024-04-18", "precision": "day", "relative": "今年"}
    assert results[1]["entities"] == []


def test_cli_tag_usage_error():
    out = run_cli("tag", "GPT-4", "--date", "yesterday")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr


def test_held_out_models_are_still_found():
    import holdout

    result = holdout.evaluate(holdout.held_out())
    assert result["held_out_models"] >= 30
    assert result["rate"] >= 0.85, result["missed"][:20]


@needs_shared
def test_gold_entity_score():
    env = dict(os.environ, YANBAO=f"{sys.executable} -m pipeline", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "entities",
                          str(SHARED / "gold" / "entities.json"), "--min", "0.95"], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout[-2000:]


@pytest.mark.parametrize("text,surface,name", [
    # a family's Chinese name + a variant: one canonical name, the catalogue's when it has one
    ("火山引擎发布豆包通用模型 pro-128k 版，定价再降", "豆包通用模型 pro-128k 版", "Doubao-pro-128k"),
    ("豆包主力模型lite-4k上线", "豆包主力模型lite-4k", "Doubao-lite-4k"),
    ("科大讯飞发布讯飞星火 V3.5，性能提升", "讯飞星火 V3.5", "Spark V3.5"),
    ("阿里云发布通义千问3，全面开源", "通义千问3", "Qwen3"),
    ("腾讯混元-T9推理模型发布", "腾讯混元-T9", "Hunyuan-T9"),      # a variant the catalogue lacks
    # a variant with 版 after the family named earlier in the sentence
    ("豆包大模型包括pro版和lite 版两款", "lite 版", "Doubao-lite"),
    # two letters swapped in a family name, in a passage about models
    ("百度大模型ERINE Speed宣布免费", "ERINE Speed", "ERNIE Speed"),
    # release-date suffixes and API ids stay distinct variants
    ("OpenAI更新了GPT-4o-0806模型", "GPT-4o-0806", "GPT-4o-0806"),
    ("调用 qwen-max-latest 接口，大模型返回结果", "qwen-max-latest", "Qwen-max-latest"),
    ("Qwen2-72B-Instruct登顶榜单", "Qwen2-72B-Instruct", "Qwen2-72B-Instruct"),
    ("包括qwen2-57b-a14b-instruct等大模型", "qwen2-57b-a14b-instruct", "Qwen2-57b-a14b-instruct"),  # MoE active size
    # a modality between the family and 模型 names a model of its own, kept as written;
    # a praising word names the family's main line
    ("推出了豆包语音合成模型2.0等全新模型", "豆包语音合成模型2.0", "豆包语音合成模型2.0"),
    ("腾讯发布混元图像模型2.0", "混元图像模型2.0", "混元图像模型2.0"),
    ("科大讯飞发布讯飞星火认知大模型V3.5", "讯飞星火认知大模型V3.5", "Spark V3.5"),
])
def test_one_canonical_name_per_model(text, surface, name):
    models = [(t, v["name"]) for _, t, v in ents(text, label="MODEL")]
    assert (surface, name) in models, models


@pytest.mark.parametrize("text", [
    "字节挑起大模型价格战",                       # a verb before 大模型
    "在AIME25测评中得分81.5，LiveCodeBench 70分",  # benchmarks
    "均在 Apache 2.0 许可下开源",                  # a licence
    "Anthropic 最新推出的 Opus 系列模型",           # a sub-line's word alone
    "CometAPI\nAnnaNov 24, 2025\n大模型",          # a byline's date
])
def test_words_shaped_like_models_are_not_models(text):
    assert ents(text, label="MODEL") == []


def test_the_plain_matches_are_the_spacy_pipelines_entities():
    """tag_simplified reads the rulers' matches and the final entities as plain offsets;
    run as a spaCy pipeline, the same components must give the same doc.ents."""
    from pipeline import quantities as q
    from pipeline import samples

    nlp = tag.load()
    texts = samples.SUMMARY + [p for _, ps in samples.BODY for p in ps] + [
        "OpenAI发布GPT-4o，输入价格降至每百万tokens 2.5美元；Meta 推出 Llama 3.1 405B。",
        "字节跳动的豆包通用模型pro-32k版，输入0.0008元/千tokens，比行业便宜99.3%。Midjourney 与 Claude 3.5 Sonnet。",
    ]
    compared = 0
    for text in texts:
        shadow = q.shadow(text)
        plain = [(m.start, m.end, m.label) for m in tag.tag_simplified(shadow, None, nlp)]
        names = tag.model_names(tag.tag_simplified(shadow, None, nlp))
        # tag_simplified also tags names again where they recur: the spaCy Doc does not
        piped = [(e.start_char, e.end_char, e.label_) for e in nlp(shadow).ents]
        recurring = {(m.start, m.end, m.label) for m in tag.propagate_models(shadow, [], names)}
        assert [p for p in plain if p not in recurring or p in piped] == piped, text
        compared += len(piped)
    assert compared > 50


def test_a_model_named_by_its_code_alone_in_a_document_about_its_family(tmp_path):
    from pipeline.ingest import read_document

    path = tmp_path / "k2.txt"
    path.write_text("Kimi K2 采用与 DeepSeek V3 相似的 MoE 架构。社区评价:中文创意写作吊打 R1。2025年H1收入增长,Q3 更快。",
                    encoding="utf-8")
    models = [(e.text, e.value["name"]) for e in read_document(path).entities if e.label == "MODEL"]
    assert ("R1", "DeepSeek-R1") in models
    assert not any(text in ("H1", "Q3") for text, _ in models)   # periods, never codes
    # with no DeepSeek in the document, a bare R1 is nobody's
    path.write_text("中文创意写作吊打 R1。", encoding="utf-8")
    assert [e for e in read_document(path).entities if e.label == "MODEL"] == []


@pytest.mark.parametrize("text, sibling", [
    ("新工作建议选 DeepSeek V4 Pro 或更快的 V4 Flash。", ("V4 Flash", "DeepSeek V4 Flash")),   # the words before V4
    ("Claude Opus 4.5 与 Sonnet 4.5 均可用。", ("Sonnet 4.5", "Claude Sonnet 4.5")),           # the family word
    ("GPT-4o 和 4o mini 的价格", ("4o mini", "GPT-4o mini")),
])
def test_a_sibling_named_by_the_words_that_differ(text, sibling):
    models = [(t, v["name"]) for _, t, v in ents(text, label="MODEL")]
    assert sibling in models


@pytest.mark.parametrize("text", ["GPT-4o 与 4o 的区别", "Gemini 2.5 Pro 的速度是 2.5 倍"])
def test_no_sibling_from_a_lone_token_or_a_number(text):
    assert len(ents(text, label="MODEL")) == 1


def test_a_code_right_after_its_vendor_is_that_vendors_model():
    models = [(t, v["name"]) for _, t, v in ents("星火X1的整体性能已经能够与DeepSeek的R1模型相媲美", label="MODEL")]
    assert ("R1", "DeepSeek-R1") in models


def test_a_quantity_after_a_family_name_is_no_version():
    models = [(t, v["name"]) for _, t, v in ents("字节豆包月活已达3.45亿,阿里千问1.66亿,通义千问2.5发布", label="MODEL")]
    assert ("千问", "Qwen") in models and ("通义千问2.5", "Qwen2.5") in models
    assert not any(name.startswith("Qwen1") for _, name in models)
