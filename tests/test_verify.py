"""verify: a self-consistent report has no mismatch; planted errors are exactly flagged."""
import functools
import json
from decimal import Decimal

import pytest

from conftest import SHARED, needs_shared, run_cli

from pipeline import samples
from pipeline.ingest import read_document
from pipeline.verify import run_families, verify, without_repeats


def test_self_consistent_report_has_no_mismatch(sample_doc):
    result = verify(sample_doc)
    assert result["summary"]["mismatch"] == 0
    formulas = {c["formula"].split(" =")[0] for c in result["checks"]}
    assert {"C", "GPUs", "servers", "cost", "cut"} <= formulas
    contract = {"id", "claim", "page", "formula", "inputs", "reported", "recomputed", "unit", "verdict", "note"}
    for c in result["checks"]:
        # the CONTRACT's fields, plus where it stands (section), which family made it and,
        # for a table figure, the cell it judges
        assert contract | {"section", "family"} <= set(c) <= contract | {"section", "family", "cell"}
        assert c["family"] == "ai_compute"
    # in reading order, numbered so, each under the report's heading before it
    assert [c["id"] for c in result["checks"]] == [f"C{i:03d}" for i in range(1, len(result["checks"]) + 1)]
    assert [c["page"] for c in result["checks"]] == sorted(c["page"] for c in result["checks"])
    sizes = next(c for c in result["checks"] if c["formula"].startswith("C ="))
    assert sizes["section"] == "一 参数规模与训练算力"


PLANTED = [
    ("约需162台服务器", "约需172台服务器", "servers"),                       # one digit
    ("0.0005元/千tokens", "0.0005元/百万tokens", "cut"),                  # a unit
    ("3.14×10^23 FLOPs", "3.14×10^22 FLOPs", "C"),                       # an exponent
]


def test_three_planted_errors_give_exactly_three_mismatches(tmp_path, monkeypatch):
    summary = [s for s in samples.SUMMARY]
    body = [(t, list(ps)) for t, ps in samples.BODY]
    for old, new, _ in PLANTED:
        summary = [s.replace(old, new) for s in summary]
        body = [(t, [p.replace(old, new) for p in ps]) for t, ps in body]
    monkeypatch.setattr(samples, "SUMMARY", summary)
    monkeypatch.setattr(samples, "BODY", body)
    doc = read_document(samples.broker_report_pdf(tmp_path / "planted.pdf"))
    mismatches = [c for c in verify(doc)["checks"] if c["verdict"] == "mismatch"]
    assert sorted(c["formula"].split(" =")[0] for c in mismatches) == sorted(k for _, _, k in PLANTED)
    exponent = next(c for c in mismatches if c["formula"].startswith("C"))
    assert "power of ten" in exponent["note"]


def test_missing_inputs_make_a_claim_unverifiable_and_say_which(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("按每台服务器计算，约需500台服务器。训练约需3.14×10^23 FLOPs。", encoding="utf-8")
    checks = verify(read_document(p, date="2024-08-15"))["checks"]
    assert {c["verdict"] for c in checks} == {"unverifiable"}
    assert any("missing input" in c["note"] for c in checks)


def test_cli_json_and_markdown_report(sample_pdf, tmp_path):
    report = tmp_path / "verify.md"
    out = run_cli("verify", sample_pdf, "--json", "--report", report)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["summary"]["mismatch"] == 0 and result["checks"]
    text = report.read_text("utf-8")
    # analyst first: the summary, then groups by verdict (no mismatches here), each check with its section
    assert text.startswith("# Verification of") and "0 mismatch · " in text.splitlines()[2]
    assert "## Mismatches" not in text and "## Consistent (" in text
    assert "| 一 参数规模与训练算力 |" in text
    assert text.index("| 一 参数规模与训练算力 |") < text.index("| 二 价格战的逻辑 |")  # reading order within a group


def test_cli_only_and_strict_on_a_report_with_a_planted_error(tmp_path):
    from pipeline.samples_company import CompanySpec, company_report_pdf

    pdf = company_report_pdf(tmp_path / "planted.pdf", CompanySpec(plant={"margins"}))
    out = run_cli("verify", pdf, "--only", "mismatch", "--strict")
    # the planted 毛利率 breaks with its amounts and with page 1's printing of it: two checks, one cell
    assert out.returncode == 3 and "2 mismatches" in out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("2 mismatch · ") and lines[1] == "-- mismatches (2)"
    assert out.stdout.count("table row 毛利率, column 2026E") == 2 and "-- consistent" not in out.stdout
    data = json.loads(run_cli("verify", pdf, "--json", "--only", "mismatch").stdout)
    assert [c["verdict"] for c in data["checks"]] == ["mismatch"] * 2 and data["summary"]["consistent"] > 50


def test_a_document_with_nothing_to_recompute_says_so(sample_dir):
    out = run_cli("verify", sample_dir / "overseas_models.html")
    assert out.returncode == 0 and out.stdout.splitlines()[0] == "no recomputable figures recognised"


@pytest.mark.parametrize("value,text", [(314000000000000000000000, "3.14×10²³"), (45250, "45,250"), (0.6, "0.6"),
                                        (None, "—"), (2.31e-7, "2.31×10⁻⁷"), (-3774, "-3,774"),
                                        (Decimal("1799471262.63"), "1,799,471,262.63"), (3.6e15, "3.6×10¹⁵")])
def test_readable_numbers(value, text):
    from pipeline.verify.report import readable

    assert readable(value) == text


def test_checks_as_a_frame(company_doc):
    from pipeline.verify import frame

    df = frame(verify(company_doc))
    assert {"id", "verdict", "row", "column", "family"} <= set(df.columns) and len(df) > 100
    assert (df[df["row"] == "资产总计"]["verdict"] == "consistent").any()


@needs_shared
def test_seed_002_raises_no_false_mismatch():
    """Its only mismatches are the report's own errors in the answer key."""
    result = verify(read_document(SHARED / "seeds" / "002_39f46f7769c07185.txt"))
    gold = json.loads((SHARED / "gold" / "figures.json").read_text("utf-8"))["figures"]
    true_errors = [f["reported"] for f in gold if f["verdict"] == "mismatch"]

    def is_true_error(value):  # the key prints 1.1 where the check says 110000000 (1.1亿)
        return any(abs(value - e * 10 ** k) <= 1e-9 * abs(value) for e in true_errors for k in range(-12, 13))

    flagged = [c for c in result["checks"] if c["verdict"] == "mismatch"]
    assert all(is_true_error(c["reported"]) for c in flagged), flagged
    assert {c["reported"] for c in flagged} >= {12.52, 16.92, 1.1}  # PE vs EPS twice; 1.1亿 vs the table's 1.17亿
    tenth = next(c for c in flagged if c["reported"] == 1.1)
    assert (tenth["recomputed"], tenth["unit"]) == (1.17, "亿 parameters")  # the unit printed beside the figure
    assert result["summary"]["consistent"] + result["summary"]["rounding"] >= 60


# one edit each of seed 002 (one digit, a unit word, an exponent), where an earlier build
# lost the figure instead of flagging it: a count or total read only with 万, a parameter
# count in M, a table row whose two fake-bold copies of one cell no longer agree
SEED_EDITS = [
    ("需要6.2万台服务器", "需要6.2亿台服务器", "unit slip"),
    ("大约需要2.6万张A100", "大约需要2.6亿张A100", "unit slip"),
    ("有望达到34亿", "有望达到34万", "unit slip"),
    ("扩展到了175B", "扩展到了175M", ""),
    ("2.31E+119.24E+119.24E+11", "2.31E+119.24E+129.24E+11", "power of ten"),
    ("2.31E+119.24E+119.24E+11", "2.31E+111.24E+119.24E+11", ""),
    ("=3.14*1023", "=3.14*1024", "power of ten"),
    ("=3.14*1023FLOPs", "=3.14*1023PFLOPs", "power of ten"),
    ("模型参数量(亿)", "模型参数量(万)", "unit slip"),             # a row's unit, in its header
    ("成本测算成本测算(亿美元)", "成本测算成本测算(万美元)", "unit slip"),
    ("30A100(FP16)48 1,191 4,761", "30A100(FP16)48 4,761 1,191", "swapped"),  # two cells of a row
]


@functools.lru_cache(maxsize=1)
def _seed_checks():
    return verify(read_document(SHARED / "seeds" / "002_39f46f7769c07185.txt"))["checks"]


@needs_shared
@pytest.mark.parametrize("old,new,cause", SEED_EDITS)
def test_an_edit_of_the_seed_is_flagged_with_its_cause(tmp_path, old, new, cause):
    seed = (SHARED / "seeds" / "002_39f46f7769c07185.txt").read_text("utf-8")
    assert old in seed
    edited = tmp_path / "edited.txt"
    edited.write_text(seed.replace(old, new, 1), "utf-8")
    before = {(c["claim"], c["reported"]) for c in _seed_checks() if c["verdict"] == "mismatch"}
    new_flags = [c for c in verify(read_document(edited))["checks"]
                 if c["verdict"] == "mismatch" and (c["claim"], c["reported"]) not in before]
    assert new_flags, "the edit was not flagged"
    assert any(cause in c["note"] for c in new_flags), new_flags


# a short note in our own words with one figure of each prose family
NOTE = ("GPT-2的参数规模为1.5B。GPT-3将参数扩展到了175B，较GPT-2提升100余倍。"
        "GPT-3基于3.5T tokens进行训练，训练数据量约为模型参数规模的20倍。"
        "我们假设在问答场景下，月访问量为10亿、每次访问提问次数为26次，即每秒处理请求数10000次，"
        "假设单次问答消耗500Tokens，计算得出每秒消耗0.05亿Tokens。假设峰值预留倍数为10，计算得出每日峰值消耗4.3万亿Tokens。"
        "公司全年收入有望达到50亿美元，其中，订阅收入约为40亿美元，API收入约为10亿美元。"
        "会员最便宜的选项为60元/30天(2元/天)。一次训练迭代的计算量大约为一次推理迭代的3倍。")

FAMILY_EDITS = [
    ("提升100余倍", "提升300余倍", "ratio"),
    ("规模的20倍", "规模的30倍", "ratio"),
    ("请求数10000次", "请求数20000次", "QPS"),
    ("消耗0.05亿", "消耗0.08亿", "tokens/s"),
    ("消耗4.3万亿", "消耗5.3万亿", "tokens/day"),
    ("达到50亿美元", "达到40亿美元", "订阅收入 40 + API收入 10"),  # parts over their total (short of it may leave one out)
    ("(2元/天)", "(3元/天)", "per unit"),
    ("(2元/天)", "(2元/月)", "per unit"),              # a unit: 60元/30天 is 60元 a month
    ("推理迭代的3倍", "推理迭代的4倍", "ratio"),
    ("规模为1.5B", "规模为1.5M", "ratio"),              # a unit: 175B is not 100余倍 of 1.5M
    ("消耗4.3万亿", "消耗4.3亿", "tokens/day"),          # a unit word dropped
    ("达到50亿美元", "达到50万美元", "total"),           # the total in the wrong unit, its parts in 亿
]


def _note_checks(tmp_path, text):
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    return verify(read_document(p, date="2024-08-15"))["checks"]


def test_prose_families_are_recomputed(tmp_path):
    checks = _note_checks(tmp_path, NOTE)
    assert not [c for c in checks if c["verdict"] == "mismatch"], checks
    formulas = {c["formula"].split(" =")[0] for c in checks if c["verdict"] != "unverifiable"}
    assert {"ratio", "QPS", "tokens/s", "tokens/day", "订阅收入 40 + API收入 10", "per unit"} <= formulas
    qps = next(c for c in checks if c["formula"].startswith("QPS"))
    assert qps["recomputed"] == pytest.approx(10030.8642, rel=1e-6) and qps["verdict"] == "rounding"


@pytest.mark.parametrize("old,new,family", FAMILY_EDITS)
def test_changing_a_figure_of_each_family_is_flagged(tmp_path, old, new, family):
    assert old in NOTE
    flagged = [c for c in _note_checks(tmp_path, NOTE.replace(old, new)) if c["verdict"] == "mismatch"]
    assert [c["formula"].split(" =")[0] for c in flagged] == [family]


def test_changes_without_their_base_are_unverifiable_and_say_which(tmp_path):
    checks = _note_checks(tmp_path, "2024年2季度四家公司合计资本支出为500亿美元，同比增长60%，环比增长20%。")
    assert sorted((c["reported"], c["unit"], c["verdict"]) for c in checks) == [
        (20, "%", "unverifiable"), (60, "%", "unverifiable"), (500, "亿美元", "unverifiable")]  # in printed units
    notes = {c["reported"]: c["note"] for c in checks}
    assert "year-earlier" in notes[60] and "previous period" in notes[20] and "parts" in notes[500]


def test_a_multiple_contradicting_the_chart_beside_it_is_a_mismatch(tmp_path):
    text = "受访企业平均支出从6百万美元增至15百万美元，约2.5x。几乎所有企业计划将2025年预算增加25 倍。"
    flagged = [c for c in _note_checks(tmp_path, text) if c["verdict"] == "mismatch"]
    assert len(flagged) == 1 and "约2.5x" in flagged[0]["note"]


# the same for figures read off charts a text dump flattened beside the prose
CHART_NOTE = (
    "根据某研究院调研，面向企业的AI产品收费模式清晰，虽然(纯B端)市场占比只有35%，但70%以上的产品已有收入。"
    "面向个人的产品用户量大(纯C端占比45%以上)。"
    "资料来源:某研究院,某证券研究所应用面向用户群体To C,45%To B&C,20%To B,35%\n"
    "调研显示，2023年平均每家公司在模型上支出达到2400万美元。"
    "资料来源:某机构1224051015202530352022A2023A平均每家公司在模型上的支出(百万美元)\n"
    "头部应用的月留存率较高。相比之下，新兴应用的中位数为 30%。"
    "资料来源:某机构90%70%60%50%40%45%30%20%0%25%50%75%100%甲应用乙应用丙应用丁应用戊应用己应用庚应用辛应用"
    "月留存率中位数60%中位数30%头部应用新兴应用\n"
    "6月，OpenAI推出GPT-4o，输入价格低至4美元/百万tokens。"
    "OpenAI表示，GPT-4o mini的成本为每百万输入标记(token)12美分和每百万输出标记48美分，比GPT-3.5 Turbo便宜超过60%。"
    "资料来源:某官网,某证券研究所API定价GPT-4oInput:$4|Output:$12/1M tokens"
    "GPT-3.5-turbo-instructInput:$0.4|Output:$1.6/1M tokens\n"
    "2024年1季度甲公司、乙公司、丙公司三家公司合计资本支出为300亿美元。"
    "资料来源:公司公告,某证券研究所三家公司资本支出(亿美元)100 120 80 02040608010012014001Q2402Q24甲公司乙公司丙公司\n"
    "我们假设有60家企业采用，其中小型企业有30个，中型和大型企业分别有20个、10个。\n")

CHART_EDITS = [
    ("市场占比只有35%", "市场占比只有25%", "share in the text"),
    ("纯C端占比45%以上", "纯C端占比55%以上", "share in the text"),
    ("支出达到2400万美元", "支出达到2500万美元", "amount in the text"),
    ("月留存率中位数60%", "月留存率中位数70%", "median of the chart's values (consecutive groups)"),
    ("输入价格低至4美元", "输入价格低至5美元", "price per 1M tokens"),
    ("新兴应用的中位数为 30%", "新兴应用的中位数为 35%", "median in the text"),
    ("(百万美元)\n", "(百万美元)约3x\n", "multiple"),
    ("合计资本支出为300亿美元", "合计资本支出为310亿美元", "total"),
    ("分别有20个、10个", "分别有20个、15个", "total"),
]


def test_chart_families_are_read_from_the_dump(tmp_path):
    checks = _note_checks(tmp_path, CHART_NOTE)
    assert not [c for c in checks if c["verdict"] == "mismatch"], checks
    got = {(c["formula"], c["reported"], c["verdict"]) for c in checks}
    assert ("share in the text = the chart's slice", 35, "consistent") in got
    assert ("share in the text = the chart's slice", 45, "consistent") in got  # 45%以上 against 45
    assert ("share in the text = one of the chart's values", 70, "unverifiable") in got
    assert ("amount in the text = the chart's bar for the year", 2400, "consistent") in got  # 2400万美元
    assert ("median of the chart's values (consecutive groups)", 60, "consistent") in got
    assert ("median of the chart's values (consecutive groups)", 30, "consistent") in got
    assert ("median in the text = the chart's printed median", 30, "consistent") in got
    assert ("price per 1M tokens = the chart's price card", 4, "consistent") in got
    assert ("total = sum of the chart's data labels", 300, "consistent") in got  # 300亿美元
    assert ("total = sum of the counts enumerated after it", 60, "consistent") in got
    # GPT-3.5 Turbo's only prices are GPT-3.5-turbo-instruct's card: 1 - 0.12/0.4 = 70% > 60%
    cut = [c for c in checks if c["formula"].startswith("cut =")]
    assert [(c["recomputed"], c["verdict"]) for c in cut] == [(70, "consistent")]  # one claim, one check
    assert "GPT-3.5-turbo-instruct" in cut[0]["note"]


def test_a_chart_multiple_is_recomputed_from_the_bars_it_follows(tmp_path):
    text = CHART_NOTE.replace("(百万美元)\n", "(百万美元)约2x\n")
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("multiple = later bar")]
    assert (check["reported"], check["recomputed"], check["verdict"]) == (2, 2, "consistent")


@pytest.mark.parametrize("old,new,family", CHART_EDITS)
def test_changing_a_figure_read_off_a_chart_is_flagged(tmp_path, old, new, family):
    assert old in CHART_NOTE
    flagged = [c for c in _note_checks(tmp_path, CHART_NOTE.replace(old, new)) if c["verdict"] == "mismatch"]
    assert [c["formula"].split(" =")[0] for c in flagged] == [family.split(" =")[0]]


def test_a_total_stated_twice_is_judged_where_it_has_no_parts_of_its_own(tmp_path):
    total = "2024年1季度甲公司、乙公司、丙公司三家公司合计资本支出为300亿美元。"
    chart = "资料来源:公司公告三家公司资本支出(亿美元)100 120 80 0204060801001201400\n"
    filler = "这一段讨论行业格局，不含任何数字。" * 90  # the summary sits far from the chart
    text = total + "\n" + filler + "\n" + total + chart
    checks = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("total =")]
    assert sorted((c["formula"], c["verdict"]) for c in checks) == [
        ("total = sum of the chart's data labels", "consistent"),
        ("total = the same total recomputed elsewhere in the report", "consistent")]
    edited = text.replace("为300亿美元", "为310亿美元", 1)  # the summary's copy only
    flagged = [c for c in _note_checks(tmp_path, edited) if c["verdict"] == "mismatch"]
    assert [c["formula"] for c in flagged] == ["total = the same total recomputed elsewhere in the report"]


@pytest.mark.parametrize("claim,reported,recomputed,unit,expected", [
    ("四家公司合计资本支出为571亿美元", 57100000000, 57100000000, "USD", (571, 571, "亿美元")),
    ("表 训练所需算力(PFLOPs): 模型2 5.78E+08", 5.78e23, 5.775e23, "FLOP", (578000000, 577500000, "PFLOPs")),
    ("训练约需3.14×10^23 FLOPs", 3.14e23, 3.1428e23, "FLOP", (3.14e23, 3.1428e23, "FLOP")),
    ("约需2.6万张A100", 26000, 26041.6667, "GPUs", (2.6, 2.60416667, "万 GPUs")),
    ("参数量从1.1亿提升", 110000000, 117000000, "parameters", (1.1, 1.17, "亿 parameters")),
])
def test_checks_are_given_in_the_unit_printed_beside_the_figure(claim, reported, recomputed, unit, expected):
    from pipeline.verify import in_printed_units

    check = in_printed_units({"claim": claim, "reported": reported, "recomputed": recomputed, "unit": unit})
    assert check["reported"] == pytest.approx(expected[0]) and check["recomputed"] == pytest.approx(expected[1])
    assert check["unit"] == expected[2]


def test_a_named_value_is_judged_only_where_the_chart_pairs_it_without_guessing(tmp_path):
    dump = "资料来源:某机构80%60%40%20%10%0%50%100%WhatsAppInstagramYouTubeTiktokSnapchatDAU/MAU对比\n"
    text = "头部应用的DAU/MAU差异较大，其中WhatsApp是80%，Instagram是60%。" + dump
    got = {(c["reported"], c["verdict"]) for c in _note_checks(tmp_path, text)
           if c["formula"] == "value in the text = the chart's value for the name"}
    assert got == {(80, "consistent"), (60, "unverifiable")}  # the first label owns the first value; no more
    flagged = [c for c in _note_checks(tmp_path, text.replace("WhatsApp是80%", "WhatsApp是70%"))
               if c["verdict"] == "mismatch"]
    assert [(c["reported"], c["recomputed"]) for c in flagged] == [(70, 80)]


def test_a_name_the_text_discusses_is_read_off_the_chart_where_its_place_is_certain(tmp_path):
    dump = ("资料来源:某机构70%55%40%35%22%18%9%0%50%100%SpotifyNetflixPinterestYouTubemoonbeamStarlingPicoLens"
            "DAU/MAU中位数35%\n")
    text = "即使是PicoLens、moonbeam和Pinterest这样的新应用，用户粘性也不及头部应用。" + dump
    readouts = [c for c in _note_checks(tmp_path, text) if c["formula"] == "the chart's value for a label the text names"]
    # PicoLens is the last label, moonbeam the third from the end; Pinterest's place is not certain
    assert sorted((c["claim"], c["reported"], c["verdict"]) for c in readouts) == [
        ("图: PicoLens DAU/MAU 9%", 9, "unverifiable"), ("图: moonbeam DAU/MAU 22%", 22, "unverifiable")]
    moonbeam = next(c for c in readouts if "moonbeam" in c["claim"])
    assert moonbeam["inputs"] == {"label": "moonbeam: label 3 of 7 from the chart's end"}


@pytest.mark.parametrize("unit,verdict", [("FLOPs", "consistent"), ("PFLOPs", "mismatch"), ("TFLOPs", "mismatch")])
def test_an_amount_of_compute_keeps_its_unit_prefix(tmp_path, unit, verdict):
    text = (f"假设模型参数量为1750亿，训练数据量tokens为3000亿，训练所需算力为C=6N*D=3.15×10^23 {unit}。"
            "A100的算力峰值为312TFLOPs，训练时长为30天。")
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"] == "C = 6·N·D"]
    assert check["verdict"] == verdict
    if verdict == "mismatch":
        assert "power of ten" in check["note"]


GPU_NOTE = ("假设训练一个1000亿参数的模型，训练数据量tokens为2万亿，训练所需算力为C=6N*D=1.2×10^24 FLOPs。"
            "A100的算力峰值为312TFLOPs，假设集群算力利用率MFU为30%，训练时长分别为30天、60天，分别需要4947张、2474张A100。")


def test_two_figures_printed_in_each_others_place_are_noted_as_swapped(tmp_path):
    assert not [c for c in _note_checks(tmp_path, GPU_NOTE) if c["verdict"] != "consistent"]
    swapped = GPU_NOTE.replace("4947张、2474张", "2474张、4947张")
    flagged = [c for c in _note_checks(tmp_path, swapped) if c["verdict"] == "mismatch"]
    assert sorted((c["reported"], c["note"]) for c in flagged) == [
        (2474, "swapped: printed where the figure for days 60 belongs"),
        (4947, "swapped: printed where the figure for days 30 belongs")]


@pytest.mark.parametrize("text,base,later,verdict", [
    ("2024年二季度公司资本支出为571亿美元，去年同期为344亿美元，同比增长66%。", "344亿美元", "571亿美元", "consistent"),
    ("公司营收从2023年的20亿元增长至2024年的34亿元，同比增长70%。", "20亿元", "34亿元", "consistent"),
    ("一季度收入为50亿元，二季度收入为60亿元，环比增长25%。", "50亿元", "60亿元", "mismatch"),
    # from a loss, on its size: (6.66 + 3.89) ÷ 3.89 = 271.21%, and 271.17 within the amounts' rounding
    ("2025年三季度的归母净利润为6.66亿元,相较于2024年三季度的-3.89亿元,同比增长271.17%。", "-3.89亿元", "6.66亿元",
     "rounding"),
    ("2025年三季度的归母净利润为6.66亿元,相较于2024年三季度的-3.89亿元,同比增长281.17%。", "-3.89亿元", "6.66亿元",
     "mismatch"),
    # a year run into its quarter ('2024Q3') is that quarter of that year: 21.6 is the base (23 ÷ 21.6 = 6.5%)
    ("建材行业渠道跟踪\n零售渠道2025Q3收入23亿元(2024Q3为21.6亿元),同比增长6%。", "21.6亿元", "23亿元", "consistent"),
    # the year-earlier figure as the next sentence's only statement: 703 ÷ 591 = 18.95%, and 18.9 within their rounding
    ("上半年公司净利润大增,达到703亿元,同比增长18.9%。而去年同期是591亿元。", "591亿元", "703亿元", "rounding"),
    ("上半年公司净利润大增,达到703亿元,同比增长28.9%。而去年同期是591亿元。", "591亿元", "703亿元", "mismatch"),
])
def test_a_change_is_recomputed_from_the_two_values_its_sentence_gives(tmp_path, text, base, later, verdict):
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("change")]
    assert (check["inputs"], check["verdict"]) == ({"before": base, "after": later}, verdict)


@pytest.mark.parametrize("text", [
    # one change per item of a list, after the lists' last figures of two periods: no pair of them
    "前三季度公司营收/归母净利润313.58/113.50亿元,同比分别增长17.25%/20.34%,第三季度营收/归母净利润86.11/29.40亿元,"
    "同比分别增长11.35%/10.36%。",
    # the list's last figure is no amount of the sentence's
    "2023年营收/归母净利润300.00/100.00亿元,2024年营收/归母净利润330.00/29.40亿元,同比增长10%。",
])
def test_a_list_s_figures_are_no_pair_for_a_change(tmp_path, text):
    changes = [c["verdict"] for c in _note_checks(tmp_path, text) if c["formula"].startswith("change")]
    assert changes and set(changes) == {"unverifiable"}


def test_a_level_and_its_change_in_amount_are_no_base_and_later_value(tmp_path):
    # '营业收入约655.68亿元,较上年同期减少31.47亿元,同比下降4.58%': 31.47 is the change, not the year before's revenue
    checks = _note_checks(tmp_path, "手机行业跟踪\n公司年内预计实现营业收入约655.68亿元,较上年同期减少31.47亿元,同比下降4.58%。")
    assert not [c for c in checks if c["verdict"] == "mismatch"]
    assert [c["verdict"] for c in checks if c["family"] == "amount_changes"] == ["consistent"]   # 31.47 ÷ 687.15


def test_a_total_spent_is_no_sum_of_the_money_raised_before_it(tmp_path):
    # '通过IPO融资307亿元叠加200亿元负债,合计斥资500亿元收购…': 507 raised, 500 spent — no parts of the 500
    checks = _note_checks(tmp_path, "高铁行业跟踪\n2020年1月,公司通过IPO融资307亿元叠加200亿元负债,合计斥资500亿元收购京福安徽65%股权。")
    totals = [c for c in checks if c["formula"] == "total = sum of the parts"]
    assert [c["verdict"] for c in totals] == ["unverifiable"] and "斥资" in totals[0]["note"]
    # the parts named as spent are summed: 300 + 200
    checks = _note_checks(tmp_path, "高铁行业跟踪\n公司斥资300亿元建设新线,斥资200亿元购置车辆,合计斥资500亿元。")
    assert [c["verdict"] for c in checks if c["formula"] == "total = sum of the parts"] == ["consistent"]


def test_a_total_sums_the_amounts_of_its_own_bullet_and_no_other_total_is_its_restatement(tmp_path):
    # a digest's bullets ('[1] - …'): 14,480 sums 4,664 + 9,816 of its bullet, not the 70,000 of one before — and the
    # 70,000 is no restatement of the 14,480 (another figure), so it stays unverifiable, never a mismatch
    text = ("联化科技担保进展\n对外担保情况概述 - 审议通过为子公司新增担保额度总计70,000万元人民币 [1] - 其中,为控股子公司"
            "新增担保额度不超过50,000万元人民币 [1] 担保协议核心条款 - 担保的债权最高余额分别为折合人民币4,664万元和9,816万元,"
            "合计{}万元 [3]")
    totals = [(c["reported"], c["verdict"]) for c in _note_checks(tmp_path, text.format("14,480"))
              if c["formula"].startswith("total = ")]
    assert totals == [(70000, "unverifiable"), (14480, "consistent")]
    assert (15480, "mismatch") in [(c["reported"], c["verdict"]) for c in _note_checks(tmp_path, text.format("15,480"))]


def test_two_items_of_a_digest_are_no_base_and_later_value(tmp_path):
    # '营收56.39万亿元,与2023年持平,… [1] - 净利润2.46万亿元,同比下降15.1%': a fall of profit, not from 2.46 to 56.39
    checks = _note_checks(tmp_path, "全A上市公司年报简析\n核心观点 - 全A上市公司2024年营收56.39万亿元,与2023年持平,增速由+3.1%转-0.7% [1] "
                                    "- 净利润2.46万亿元,同比下降15.1%,亏损企业占比从20.8%增至26.6% [1]")
    assert [(c["reported"], c["verdict"]) for c in checks if c["formula"].startswith("cut")] == [(15.1, "unverifiable")]


def test_a_change_whose_base_the_sentence_does_not_mark_stays_unverifiable(tmp_path):
    checks = _note_checks(tmp_path, "公司营收34亿元，净利润5亿元，同比增长70%。")
    assert [(c["reported"], c["verdict"]) for c in checks if c["formula"].startswith("change")] == [(70, "unverifiable")]


@pytest.mark.parametrize("text,cuts", [
    ("某厂商将模型输入价格下调至0.04元/千tokens，此前为0.12元/千tokens，降低了约67%。", [(120, 40, "rounding")]),
    ("某厂商宣布模型输入价格降低67%至0.04元/千tokens，原价为0.12元/千tokens。", [(120, 40, "consistent")]),
    ("某模型输入价格从100元/百万tokens降至50元/百万tokens，输出价格从200元/百万tokens降至40元/百万tokens，"
     "降幅分别为50%和80%。", [(100, 50, "consistent"), (200, 40, "consistent")]),
    ("某模型输入价格从100元/百万tokens降至50元/百万tokens，输出价格从200元/百万tokens降至40元/百万tokens，"
     "降幅分别为50%和70%。", [(100, 50, "consistent"), (200, 40, "mismatch")]),
])
def test_a_cut_pairs_each_price_before_with_its_price_after(tmp_path, text, cuts):
    got = [(c["inputs"]["before"], c["inputs"]["after"], c["verdict"]) for c in _note_checks(tmp_path, text)
           if c["formula"].startswith("cut =")]
    assert got == cuts


@pytest.mark.parametrize("text,cut", [
    # three prices: the pair read by order (0.42 → 0.12) is not the pair compared (0.12 → 0.0008)
    ("GPT4价格约为0.42元/千tokens，文心一言价格接近0.12元/千tokens，而豆包输入价格仅为0.0008元/千tokens，"
     "降低99.3%。", (120, 0.8, "consistent")),
    # the price before the cut is not in the sentence: no pair of its three prices gives 97%
    ("阿里云将Qwen-Long输入价格降至0.0005元/千tokens，降幅达97%，比豆包降价后的0.0008元/千tokens便宜0.0003元/千tokens。",
     (None, None, "unverifiable")),
])
def test_a_cut_among_more_than_two_prices_takes_the_pair_that_reproduces_it(tmp_path, text, cut):
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("cut =")]
    inputs = check["inputs"]
    got = (inputs["before"], inputs["after"], check["verdict"]) if check["verdict"] != "unverifiable" else \
        (None, None, check["verdict"])
    assert got == cut


def test_a_cheaper_than_claim_is_one_check_for_both_sides(tmp_path):
    text = ("| 模型 | 输入价格(每百万tokens) | 输出价格(每百万tokens) |\n|---|---|---|\n| GPT-4o | $2.50 | $10.00 |\n"
            "| GPT-4.1 Mini | $0.40 | $1.60 | 比GPT-4o便宜84% |\n")
    checks = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("cut = 1")]
    assert [(c["reported"], c["verdict"]) for c in checks] == [(84, "consistent")]


def test_a_count_after_needs_about_is_still_a_count(tmp_path):
    text = ("以某模型为例，其参数量为1750亿，训练tokens数为3000亿，根据C≈6ND，训练所需算力约为3.15×10^23 FLOPs。"
            "若使用H100（FP16算力989TFLOPS），MFU取40%，训练时长为60天，需要约154张H100。"
            "按照每台服务器配置8张GPU计算，需要约20台服务器，按每台服务器25万美元计算，服务器成本约500万美元。")
    got = {c["formula"].split(" =")[0]: (c["reported"], c["verdict"]) for c in _note_checks(tmp_path, text)}
    assert got["GPUs"] == (154, "consistent") and got["servers"] == (20, "consistent")
    assert got["cost"] == (500, "consistent")  # 500万美元, in its printed unit


# other reports' wording of the same families: each right as written, and flagged when one figure is changed
PHRASINGS = [
    ("某模型的参数量为175B，训练数据为300B tokens，因此训练所需算力C=6×175B×300B=3.15×10^23 FLOPs。",
     "C = 6·N·D", "3.15×10^23", "3.25×10^23"),
    ("该模型参数量为700亿，假设处理1万亿tokens，推理所需算力为2ND=1.4×10^23 FLOPs。", "C = 2·N·D", "1.4×10^23", "1.4×10^22"),
    ("H100的FP16算力为989TFLOPS，A100为312TFLOPS，H100的算力是A100的3.17倍。", "ratio = peak ÷ peak", "3.17倍", "3.5倍"),
    ("GPT-3的参数量为1750亿，GPT-2的参数量为15亿，GPT-3的参数量是GPT-2的约117倍。", "ratio = size ÷ size",
     "约117倍", "约107倍"),
    ("全球AI服务器市场规模将从2023年的211亿美元增长至2025年的317亿美元，年复合增长率为22.6%。",
     "CAGR = (end ÷ start)^(1/years) − 1", "22.6%", "25.6%"),
    ("预计2027年智能算力规模将达到1117.4EFLOPS，2022年为259.9EFLOPS，2022-2027年CAGR为33.9%。",
     "CAGR = (end ÷ start)^(1/years) − 1", "33.9%", "39.9%"),
    ("豆包的输入价格为0.0008元/千tokens，即0.8元/百万tokens。",
     "price per 1M tokens = the same price per another count of tokens", "即0.8元/百万", "即0.08元/百万"),
    ("某模型参数量为1750亿，训练tokens数为3000亿，训练所需算力约为3.15×10^23 FLOPs。H100的FP16算力为989TFLOPS，"
     "MFU取40%，训练时长为60天，所需H100数量约为154块。", "GPUs = C / (MFU × peak × days × 86400)", "154块", "164块"),
    ("某模型参数量为700亿，每个token的推理计算量约为2N=1400亿FLOPs。", "C per token = 2·N", "1400亿", "1500亿"),
    ("某模型参数量为700亿，假设日均处理tokens为1万亿，则每日推理计算量为1.4×10^23 FLOPs。若采用H100（FP16算力"
     "1979TFLOPS），MFU为50%，则每日需要约1638张H100。", "GPUs = C_day / (MFU × peak × 86400)", "1638张", "1738张"),
    ("公司收入由三部分组成：API收入10亿美元、订阅收入20亿美元、其他收入5亿美元，总计35亿美元。", "total = sum of the parts",
     "总计35亿", "总计45亿"),
    ("预计2025年AI服务器出货量为200万台，单台服务器价格为25万美元，对应市场规模为5000亿美元。",
     "market = units × unit price", "5000亿", "500亿"),
    ("假设日活用户为1亿，每人每天提问10次，每次回答消耗500个tokens，则每日消耗5000亿tokens。",
     "tokens/day = DAU × questions × tokens per answer", "5000亿", "6000亿"),
    ("我们假设月访问量为20亿次，每次访问提问5次，则每秒处理请求数约为3858次。", "QPS = visits × questions ÷ (30 × 86400)",
     "约为3858次", "约为3958次"),
    ("OpenAI 2024年收入有望达到34亿美元，其中API收入约10亿美元，占比约29%。", "share = part ÷ total × 100",
     "占比约29%", "占比约39%"),
    ("API收入10亿美元，占总收入34亿美元的29%。", "share = part ÷ total × 100", "的29%", "的19%"),
    ("假设采用8卡服务器，GPU需要160张，需要约20台服务器。", "servers = ceil(GPUs / GPUs per server)", "约20台", "约30台"),
    # the span's years before both ends ('2018至2023年,…从40亿元…至116亿元'): each end printed whole, so 23.9%
    # is within what they allow ((116.5 ÷ 39.5)^(1/5) − 1 = 24.2%)
    ("2018至2023年,国内生长激素市场从40亿元飙升至116亿元,年复合增长率23.9%。", "CAGR = (end ÷ start)^(1/years) − 1",
     "23.9%", "25.9%"),
    # the year-earlier figure in brackets after the growth: 9.32 ÷ 8.1 − 1 = 15.06%
    ("行业净利润9.32亿元,同比增长15.1%(2024年上半年净利润8.1亿元)。", "change = after ÷ before − 1", "15.1%", "16.1%"),
    # a figure, then the one it is a multiple of with its own unit, bracketed: 197 ÷ 118 = 1.6695
    ("2024年公司毛利润197亿元,是同行(118亿元)的1.67倍。", "ratio = a ÷ b", "1.67倍", "1.77倍"),
]


@pytest.mark.parametrize("second, verdicts", [("22.9", ["rounding", "consistent"]), ("29.2", ["rounding", "mismatch"])])
def test_a_sentence_opening_on_其中_breaks_down_the_total_the_one_before_states(tmp_path, second, verdicts):
    # 15.41 ÷ 63.28 = 24.35% (24.34–24.36 on the amounts as printed: 24.3 is their rounding), 14.52 ÷ 63.28 = 22.95%;
    # clause by clause to the full stop
    found = [c for c in _note_checks(tmp_path, "17家稀土相关上市公司合计实现净利润63.28亿元。其中北方稀土以15.41亿元净利润位居第一,"
                                               f"占行业总利润的24.3%;横店东磁以14.52亿元净利润排名第二,占比{second}%。")
             if c["formula"] == "share = part ÷ total × 100"]
    assert [c["verdict"] for c in found] == verdicts
    # no sum stated before: no total to break down
    assert not [c for c in _note_checks(tmp_path, "北方稀土实现净利润63.28亿元。其中稀土业务15.41亿元,占比24.3%;磁材业务14.52亿元,占比22.9%。")
                if c["formula"] == "share = part ÷ total × 100"]


def test_a_change_in_an_aside_is_not_the_change_of_the_amounts_before_it(tmp_path):
    # '…升至…45.45亿元),主要因…人工成本上涨(如员工工资同比增长12%)': wages' growth, not 38 → 45.45 (19.6%)
    assert not [c for c in _note_checks(tmp_path, "此外运营成本从2024年三季度的38亿元升至2025年三季度的45.45亿元,主要因生产环节的"
                                                  "能耗、人工成本上涨(如员工工资同比增长12%)。") if c["verdict"] == "mismatch"]


def test_a_share_another_subject_names_in_its_own_clause_is_not_the_amount_s(tmp_path):
    # '…其中一年内到期的有息负债为1553.7亿元,银行贷款占比超过70%': bank loans' share, not 1553.7 ÷ 3642.6 (42.7%)
    assert not [c for c in _note_checks(tmp_path, "截至2025年6月底,有息负债合计3642.6亿元,其中一年内到期的有息负债为1553.7亿元,"
                                                  "银行贷款占比超过70%。") if c["formula"] == "share = part ÷ total × 100"]


@pytest.mark.parametrize("text,formula,old,new", PHRASINGS)
def test_other_wordings_of_a_family_are_recomputed_and_an_edit_flagged(tmp_path, text, formula, old, new):
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"] == formula]
    assert check["verdict"] in ("consistent", "rounding"), check
    assert old in text
    (edited,) = [c for c in _note_checks(tmp_path, text.replace(old, new)) if c["formula"] == formula]
    assert edited["verdict"] == "mismatch", edited


@pytest.mark.parametrize("text,formula", [
    ("其中微软190亿美元、谷歌132亿美元，四家合计571亿美元。", "total = sum of the parts"),  # two of the four
    ("全球AI服务器市场规模将从2023年的211亿美元增长至2025年的317亿美元，2023-2030年CAGR为22.6%。",
     "CAGR = (end ÷ start)^(1/years) − 1"),  # the rate is for a span the amounts do not cover
    # the span nearest before the rate, fiscal years too: not 2016 (a listing year) to 2028
    ("预计FY2026-FY2028年归母净利润为9.2/9.6/9.9亿元，2016年上市时份额第一，FY2025收入55.5亿元，"
     "FY2014-FY2025收入CAGR为13%。", "CAGR = (end ÷ start)^(1/years) − 1"),
])
def test_figures_the_sentence_gives_only_part_of_stay_unverifiable(tmp_path, text, formula):
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"] == formula]
    assert check["verdict"] == "unverifiable" and check["note"].startswith("missing input")


def test_a_cagr_printed_as_a_range_is_no_one_figure(tmp_path):
    # '2025年…2100亿元,2026年…2600亿元,年复合增长率达30%-40%': a range, over years the text does not name
    text = "预计2025年市场规模将突破2100亿元,2026年有望达到2600亿元,年复合增长率达30%-40%。"
    assert [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("CAGR")] == []


@pytest.mark.parametrize("text", [
    # Hong Kong's 应占 is 'attributable to', not a share: the figure after it is the profit's growth
    "上半年收入196.52亿元 同比增长4.2% 股东应占期内溢利16.46亿元 同比增长52.6%。",
    # a change word between 占 and the figure makes the figure a change
    "API收入10亿美元，占总收入34亿美元同比增长29%。",
    # a share moving between levels, a digest's item after another's amounts: '[11] - 矿产金销量占比从2021年的14.4%…'
    "总营收增长173亿元,其中黄金业务增收209亿元 [11] - 矿产金销量占比从2021年的14.4%提升至2025年上半年的28.2% [13]",
    "总营收增长173亿元,其中黄金业务增收209亿元 [11] - 矿产金销量占比14.4% [13]",
])
def test_a_growth_after_the_word_for_attributable_is_no_share(tmp_path, text):
    assert not [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("share")]


@pytest.mark.parametrize("words,formula,flagged", [
    ("700亿", "(7*1010)", None),             # as printed: both readings agree
    ("800亿", "(7*1010)", "N in words"),     # the words edited
    ("700亿", "(8*1010)", "N in words"),     # the formula edited (and C with it)
])
def test_inputs_stated_in_words_are_cross_checked_against_the_formula(tmp_path, words, formula, flagged):
    text = (f"我们估算某模型的训练算力：模型参数量为{words}、训练数据量tokens为2万亿，"
            f"按公式C=6N*D=6*{formula}*(2*1012)=8.4*1023FLOPs。\n")
    path = tmp_path / "note.txt"
    path.write_text(text, "utf-8")
    checks = verify(read_document(path, date="2024-06-01"))["checks"]
    mine = {c["formula"].split(" =")[0]: c["verdict"] for c in checks if "in words" in c["formula"]}
    assert set(mine) == {"N in words", "D in words"}
    wrong = {k for k, v in mine.items() if v == "mismatch"}
    assert wrong == ({flagged} if flagged else set())


def test_a_long_claim_is_shown_around_its_marked_figure():
    from pipeline.verify.report import shown

    sentence = "我们预测公司" + "很长的一段说明，" * 20 + "对应PE为98.8/【75.9】/63.4倍。"
    line = shown(sentence, 60)
    assert len(line) <= 60 and "【75.9】" in line and line.startswith("…")
    assert shown("毛利率为【22.5】%", 60) == "毛利率为【22.5】%"


def test_a_long_claim_whose_figure_ends_it_keeps_the_figure_marked():
    from pipeline.verify.checks import _shortened

    claim = "估值分析 - 预计2024-2026年公司PE分别为" + "很长的一段说明，" * 40 + "11/10/【9】"
    short = _shortened(claim)
    assert short.endswith("【9】") and short.startswith("…") and len(short) <= 300


def test_a_figure_one_family_judged_is_not_also_listed_unverifiable_by_another(tmp_path):
    # ai_compute lacks the year before for '同比增长60%'; forecast_ranges finds it in the 上年同期 passage
    path = tmp_path / "preannouncement.txt"
    path.write_text("样例能源2025年半年度业绩预告\n预计归属于母公司所有者的净利润8,000万元到9,000万元,同比增长60%到80%。\n"
                    "二、上年同期经营业绩\n归属于母公司所有者的净利润:5,000万元。\n", encoding="utf-8")
    doc = read_document(path)
    raw = [(c["reported"], c["verdict"]) for c in run_families(doc)[0]]
    shown = [(c["reported"], c["verdict"]) for c in verify(doc)["checks"]]
    assert (60, "unverifiable") in raw and (60, "consistent") in raw
    assert (60, "unverifiable") not in shown and (60, "consistent") in shown and (80, "consistent") in shown


def test_one_figure_judged_alike_from_the_same_cells_by_two_families_is_one_check(tmp_path):
    # '其中,中央…;地方…' is both parts' breakdown and a split partitions knows whole: one check
    p = tmp_path / "fiscal.txt"
    p.write_text("前三季度,全国一般公共预算收入153151亿元,按自然口径计算下降6.6%。其中,中央一般公共预算收入69934亿元,"
                 "地方一般公共预算本级收入83217亿元。\n", encoding="utf-8")
    doc = read_document(p)
    raw = [c for c in run_families(doc)[0] if c["verdict"] == "consistent"]
    shown = [c for c in verify(doc)["checks"] if c["verdict"] == "consistent"]
    assert {c["family"] for c in raw} == {"parts", "partitions"} and len(raw) == 2
    assert [(c["reported"], c["family"]) for c in shown] == [(153151, "parts")]


def test_growths_named_like_a_lists_shares_are_not_read_as_its_slices(tmp_path):
    # '营收占比:经纪 19.7%…' reads as a pie; the growths named alike before it ('经纪+52.9%') are changes,
    # not shares a slice could give (they were five false mismatches on a real note)
    text = ("投资收益延续高增\n请务必阅读正文之后的免责声明及其项下所有内容证券研究报告 | 2025年10月25日优于大市示例证券(600999.SH)"
            "投资收益延续高增核心观点公司研究·财报点评非银金融·证券Ⅱ证券分析师:张三021-60000000基础数据投资评级优于大市(维持)\n"
            "分条线看,前三季度营收同比增速:经纪+52.9%、投行+30.9%、资管+16.4%、利息-16.9%、投资+45.9%,"
            "营收占比:经纪 19.7%、投行 6.6%、资管 15.6%、利息 1.4%、投资 57.7%。\n")
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    assert not [c for c in verify(read_document(p))["checks"] if c["formula"].startswith("share in the text")]


def test_an_amount_with_its_own_change_based_on_a_named_period_is_no_base_of_the_next(tmp_path):
    # '总收入657.58亿元(同比2024年前三季度下降约5.2%),净利润102.54亿元(同比…增长约14.3%)': the first amount's
    # change names its base's period between the two; 102.54 is no later value of 657.58 (541% would be a false alarm)
    p = tmp_path / "a.txt"
    p.write_text("深度分析安防龙头2025年业绩反弹驱动因素。\n根据2025年三季度财务数据,龙头实现总收入657.58亿元(同比2024年前三季度"
                 "下降约5.2%),净利润102.54亿元(同比2024年前三季度增长约14.3%)。\n", encoding="utf-8")
    assert not [c for c in verify(read_document(p))["checks"] if c["verdict"] == "mismatch"]


def test_one_check_of_one_figure_from_the_same_cells_however_each_family_orders_them():
    first = {"family": "results", "verdict": "rounding", "reported": 11.36, "_cells": [("text", 1, 5, 9), ("text", 1, 0, 4), ("text", 1, 20, 25)]}
    second = {"family": "stated_change", "verdict": "rounding", "reported": 11.36, "_cells": [("text", 1, 20, 25), ("text", 1, 5, 9), ("text", 1, 0, 4)]}
    assert without_repeats([first, second]) == [first]
    assert without_repeats([first, {**second, "verdict": "mismatch"}]) == [first, {**second, "verdict": "mismatch"}]


def test_a_typed_table_s_change_is_one_check_though_two_families_read_it(tmp_path):
    # growth reads the typed table's cells, change_columns the page's text of the same table: one check each figure
    p = tmp_path / "t.txt"
    p.write_text("示例科技(600999):2025年一季报点评\n指标 | 2025年Q1 | 2024年Q1 | 同比变化 |\n---|---|---|---|\n"
                 "营业总收入(亿元) | 9.52 | 7.69 | +23.68% |\n归母净利润(万元) | 7,847.72 | 7,690.94 | +2.04% |\n", encoding="utf-8")
    judged = [(c["family"], c["reported"]) for c in verify(read_document(p))["checks"] if c["verdict"] != "unverifiable"]
    assert sorted(r for _, r in judged) == [2.04, 23.68]


def test_a_results_table_s_change_by_its_上年同期_column_is_one_check(tmp_path):
    # an A-share report's table: growth reads it typed, year_ago_columns by its 上年同期 column — one check each
    # figure; the ratio's change in points is no growth of year_ago_columns' (it would be a false mismatch)
    p = tmp_path / "t.txt"
    p.write_text("示例科技(600999):2025年一季度报告\n| 项目 | 本报告期 | 上年同期 | 本报告期比上年同期增减变动幅度(%) |\n"
                 "|---|---|---|---|\n| 营业收入(元) | 952,000,000.00 | 769,000,000.00 | 23.80 |\n"
                 "| 加权平均净资产收益率(%) | 3.10 | 4.11 | 减少1.01个百分点 |\n", encoding="utf-8")
    judged = [(c["family"], c["reported"]) for c in verify(read_document(p))["checks"] if c["verdict"] != "unverifiable"]
    assert [r for _, r in judged].count(23.8) == 1 and not [f for f, _ in judged if f == "year_ago_columns"]


def test_a_span_and_its_quarter_are_no_base_and_later(tmp_path):
    # '前三季度…合计4,260.39亿元,同比增长33.5% … 第三季度单季…合计2,478.47亿元,同比增长68.3%': the quarter's
    # growth is on its own year-earlier quarter, not on the nine months before it (a false mismatch on a real note)
    text = ("上市险企2025年三季报综述:资负共振推动业绩高增\n示例证券· 2025-11-06 23:29\n"
            "净利润表现 - 2025年前三季度,五家A股上市险企归母净利润合计达4,260.39亿元,在去年同期高基数基础上同比增长33.5% [1] "
            "- 2025年第三季度单季,五家险企归母净利润合计2,478.47亿元,同比增长68.3%,其中国寿和新华增速领先 [1]\n")
    p = tmp_path / "note.txt"
    p.write_text(text, encoding="utf-8")
    assert not [c for c in verify(read_document(p))["checks"] if c["verdict"] == "mismatch"]


def test_an_unverifiable_figure_is_dropped_only_where_another_check_judged_that_same_figure():
    from pipeline.verify import without_judged_elsewhere
    sentence = "24Q4营收13.0亿,同比-{}%,25Q1销售净利率18.0%,同比+{}pcts"
    growth = {"verdict": "unverifiable", "page": 1, "reported": -0.6, "unit": "%", "claim": sentence.format("【0.6】", "0.6")}
    move = {"verdict": "rounding", "page": 1, "reported": 0.6, "unit": "%", "claim": sentence.format("0.6", "【0.6】")}
    # the growth and the margin's move are two figures of one size: the growth's unverifiable line stays
    assert without_judged_elsewhere([growth, move]) == [growth, move]
    # the same figure judged by another family in the same sentence: its unverifiable line goes
    judged = dict(move, claim=sentence.format("【0.6】", "0.6"), reported=-0.6)
    assert without_judged_elsewhere([growth, judged]) == [judged]


def test_a_cagr_between_figures_printed_whole_is_judged_within_what_they_allow(tmp_path):
    # (116 ÷ 40)^(1/5) − 1 = 23.73%, but 40 and 116 are printed whole: 39.5–40.5 and 115.5–116.5 allow 23.3%–24.2%
    text = "国内生长激素市场规模从2018年的40亿元增长至2023年的116亿元,年复合增长率23.9%。"
    (check,) = [c for c in _note_checks(tmp_path, text) if c["formula"].startswith("CAGR")]
    assert check["verdict"] == "rounding"


def test_a_breakdown_after_其中_does_not_run_into_a_sentence_opening_a_topic_of_its_own(tmp_path):
    # '…至9.4亿元,其中常规医用耗材…至8.5亿元。渠道方面,前三季度海外销售渠道…至12.0亿元': 12.0 is no part of the 9.4
    text = ("第三季度医疗业务收入同比+13.1%至9.4亿元,其中常规医用耗材产品同比增长14.3%至8.5亿元。渠道方面,前三季度海外销售渠道"
            "累计同比+12.7%至12.0亿元,占比45.2%。")
    assert not [c for c in _note_checks(tmp_path, text) if c["formula"] == "total = sum of the parts named after 其中"]


def test_a_part_s_share_after_its_parent_s_own_is_of_the_whole_not_of_the_parent(tmp_path):
    # '线上渠道收入…至6.95亿元,占比…80.50%,其中线上直销收入5.36亿元(占比62.12%)': 5.36 ÷ 8.63, not 5.36 ÷ 6.95 (77.1%)
    text = "渠道结构转型 - 线上渠道收入同比增长47.11%至6.95亿元,占比从50.26%提升至80.50%,其中线上直销收入5.36亿元(占比62.12%)。"
    assert not [c for c in _note_checks(tmp_path, text) if c["formula"] == "share = part ÷ total × 100"]
    # a parent stating no share of its own: the part's share is of it ('其中API收入约10亿美元，占比约29%')
    assert [c["verdict"] for c in _note_checks(tmp_path, "收入有望达到34亿美元，其中API收入约10亿美元，占比约29%。")
            if c["formula"] == "share = part ÷ total × 100"] == ["consistent"]


def test_a_bracketed_part_after_a_share_is_of_that_shares_whole(tmp_path):
    # '15—64岁人口为2421.53万人,占69.87%(其中:15-59岁人口为2198.44万人,占63.43%)': the 63.43 is of the whole the 69.87
    # is of, not of the 2421.53 before 其中 (2198.44 ÷ 2421.53 = 90.79%)
    checks = _note_checks(tmp_path, "人口结构\n15—64岁人口为2421.53万人,占69.87%(其中:15-59岁人口为2198.44万人,占63.43%)。")
    assert not [c for c in checks if c["family"] == "ai_compute" and c["formula"].startswith("share")]


def test_a_share_of_another_kind_of_the_same_thing_is_not_of_the_total_before_其中(tmp_path):
    # '绿色贷款余额11.55万亿元,…其中单位绿色贷款余额11.51万亿元,占同期企事业单位贷款的10.5%': both are 贷款, but the whole is
    # the firms' loans, not the green loans before 其中 (11.51 ÷ 11.55 = 99.7%); a share naming the same kind is judged
    text = "三季度末,本外币绿色贷款余额11.55万亿元,比年初增长16.3%,其中单位绿色贷款余额{part}万亿元,占同期{whole}的{pct}%。"
    shares = lambda **kw: [c["verdict"] for c in _note_checks(tmp_path, text.format(**kw))
                           if c["formula"] == "share = part ÷ total × 100"]
    assert shares(part="11.51", whole="企事业单位贷款", pct="10.5") == []
    assert shares(part="5.51", whole="绿色贷款", pct="47.7") == ["consistent"]     # 5.51 ÷ 11.55 = 47.7%


def test_what_a_change_is_on_holds_no_change_in_amount_of_its_own(tmp_path):
    # '比上年增加191.7万千瓦、增长3.5%': the amount's change then its percent (amount_changes judges it), not a
    # comparison with '上年增加191.7万千瓦' left unverifiable
    checks = _note_checks(tmp_path, "2016年,全省农机总动力达到5634.3万千瓦,比上年增加191.7万千瓦、增长3.5%。")
    assert [(c["family"], c["verdict"]) for c in checks] == [("amount_changes", "consistent")]


def test_a_listed_item_s_count_and_counts_changes_are_no_breakdown(tmp_path):
    # '下降城市分别有58个和62个,比上月分别增加4个和1个': 58 is one of two listed counts, not a total of 62 + 4 + 1; a
    # total's enumeration is still read ('有100家…分别有25个、15个、10个')
    checks = _note_checks(tmp_path, "10月份,70个大中城市中,新建商品住宅和二手住宅销售价格环比下降城市分别有58个和62个,比上月分别增加4个和1个。")
    assert not [c for c in checks if c["formula"] == "total = sum of the counts enumerated after it"]
    checks = _note_checks(tmp_path, "假设市场上有50个大模型。其中开源和闭源模型分别有25个、15个、10个。")
    assert [c["verdict"] for c in checks if c["formula"] == "total = sum of the counts enumerated after it"] == ["consistent"]
