"""End-to-end ingest of generated sample reports and, when ../shared exists, the real ones."""
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED, needs_shared

from pipeline import samples
from pipeline.ingest import read_document
from pipeline.verify import run_families


def all_text(doc):
    return "\n".join(p.text for p in doc.pages)


def test_sample_pdf_pages_and_metadata(sample_doc):
    doc = sample_doc
    assert doc.source.format == "pdf" and doc.source.pages == 5 == len(doc.pages)
    assert [p.number for p in doc.pages] == [1, 2, 3, 4, 5]
    m = doc.meta
    assert (m.title, m.broker, m.date, m.date_source) == ("大模型API价格战深度复盘", "示例证券", "2024-08-20", "text")
    assert [(a.name, a.sac_id) for a in m.analysts] == [("张明远", "S0000524010001"), ("李佳宁", "S0000523070002")]
    assert (m.rating, m.rating_action) == ("强于大市", "维持")
    assert m.script == "hans"


def test_running_header_footer_and_page_numbers_are_gone(sample_doc):
    text = all_text(sample_doc)
    for furniture in ("行业深度报告", "计算机行业·大模型", "请务必阅读", "共 5 页", "第 1 页"):
        assert furniture not in text


def test_download_stamp_is_stored_nowhere(sample_doc):
    dumped = json.dumps(sample_doc.to_json(), ensure_ascii=False)
    assert samples.STAMP_EMAIL not in dumped
    assert "下载" not in dumped


def test_fake_bold_headings_read_once(sample_doc):
    text = all_text(sample_doc)
    assert "一、参数规模与训练算力" in text
    assert "一一" not in text and "核心观点核心观点" not in text
    assert text.count("大模型API价格战深度复盘") == 1


def test_sidebar_kept_out_of_body(sample_doc):
    assert sample_doc.pages[0].sidebar == ["行业研究报告"]
    assert "行\n业" not in all_text(sample_doc)


def test_first_page_reads_summary_column_whole(sample_doc):
    page1 = sample_doc.pages[0].text
    summary = samples.SUMMARY[1]
    assert summary in page1, "the summary column was interleaved with the analyst column"
    analysts = page1.index("分析师：张明远")
    assert page1.index("分析师：李佳宁") > analysts
    assert page1.index(samples.SUMMARY[0][:20]) > page1.index("《AI应用的商业化路径》")


def test_letter_spaced_chart_label_joins(sample_doc):
    assert "营业收入" in all_text(sample_doc)


def test_price_table_extracted_across_the_page_break(sample_doc):
    table = next(t for t in sample_doc.tables if t.kind == "api_price_cuts" and t.cells)
    assert table.page == 4
    assert table.cells[0][:4] == ["厂商", "模型", "降价时间", "输入价格（元/百万tokens）"]
    assert table.cells[1][3:] == ["原价", "现价", "降价幅度", "原价", "现价", "降价幅度"]
    body = [tuple(r) for r in table.cells[2:]]
    assert body == samples.PRICE_ROWS, "rows from both pages, in order"
    assert "Qwen-Long" not in sample_doc.pages[3].text, "table cells leaked into the body text"


def test_traditional_article_is_simplified_with_original_kept(sample_dir):
    doc = read_document(sample_dir / "traditional_qwen_price_cut.txt")
    page = doc.pages[0]
    assert doc.meta.script == "hant"
    assert "阿里云宣布通义千问九款模型降价" in page.text
    assert page.original and "阿里雲宣佈通義千問" in page.original
    start = page.text.index("通义千问")
    assert page.original_slice(start, start + 4) == "通義千問"
    assert doc.meta.date == "2024-05-21"


def test_gb18030_text_is_detected(sample_dir):
    doc = read_document(sample_dir / "gb18030_training_compute.txt")
    assert doc.source.encoding == "gb18030"
    assert "GPT-3的参数量为1746亿" in doc.pages[0].text


def test_html_drops_scripts_styles_and_navigation(sample_dir):
    doc = read_document(sample_dir / "overseas_models.html")
    text = all_text(doc)
    assert doc.meta.title == "海外大模型发布速览"
    assert "Llama 3.1" in text and "Claude 3.5 Sonnet" in text
    for junk in ("tracker", "console.log", "font-family", "首页", "版权所有", "相关推荐", "广告"):
        assert junk not in text
    assert doc.tables[0].cells[2] == ["GPT-4o mini", "2024/7/18", "0.15"]


def test_date_argument_fills_in_when_the_file_states_none(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("5月21日，阿里云下调Qwen-Long价格。", encoding="utf-8")
    doc = read_document(p, date="2024-08-15")
    assert (doc.meta.date, doc.meta.date_source) == ("2024-08-15", "argument")


def test_file_name_date(tmp_path):
    p = tmp_path / "report-240815(41页).txt"
    p.write_text("大模型价格战继续。", encoding="utf-8")
    assert read_document(p).meta.date == "2024-08-15"


# ----------------------------------------------------------------------------- real inputs
SEED_002 = SHARED / "seeds" / "002_39f46f7769c07185.txt"
SEED_001 = SHARED / "seeds" / "001_25a0e48107cd6dd5.txt"


@needs_shared
def test_seed_002_text_dump_is_repaired():
    doc = read_document(SEED_002)
    text = all_text(doc)
    assert "2024年8月15日" in text and "AI系列深度报告(四)" in text
    assert "AIAI" not in text
    assert "Transfo rmer" not in text and "Transfo\n" not in text
    assert "\n\n    " not in text
    assert doc.meta.date == "2024-08-15"
    # every gold sentence of this seed survives cleaning verbatim
    gold = json.loads((SHARED / "gold" / "entities.json").read_text("utf-8"))
    for item in gold["items"]:
        if item["doc"] == "002":
            assert item["text"] in text


@needs_shared
def test_seed_001_comes_out_simplified():
    doc = read_document(SEED_001, date="2023-04-20")
    text = all_text(doc)
    assert doc.meta.script == "hant"
    assert "国盛证券" in text and "國盛證券" not in text
    assert "什么" in text and "什幺" not in text


CORPUS = sorted((SHARED / "corpus").glob("*.pdf")) if (SHARED / "corpus").is_dir() else []


@needs_shared
@pytest.mark.parametrize("pdf", CORPUS, ids=lambda p: p.stem)
def test_corpus_pdfs_ingest(pdf):
    doc = read_document(pdf)
    assert doc.source.pages == len(doc.pages) >= 5
    assert doc.meta.broker and doc.meta.date
    assert not [w for w in doc.warnings if w.code in ("W001", "W002")]
    text = all_text(doc)
    assert "请务必阅读" not in text and "敬请阅读" not in text and "谨请参阅" not in text


@needs_shared
@pytest.mark.parametrize("key", sorted((SHARED / "gold").glob("*.reading.json")) if (SHARED / "gold").is_dir() else [],
                         ids=lambda p: p.stem)
def test_reading_order_score(key):
    pdf = SHARED / "corpus" / key.name.replace(".reading.json", ".pdf")
    env = dict(os.environ, YANBAO=f"{sys.executable} -m pipeline", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), "reading", str(key), str(pdf),
                          "--min", "0.9"], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout + out.stderr


def test_markdown_tables_in_a_text_are_tables():
    from pipeline.ingest import pipe_tables

    text = ("3月17日 | 李佛\n港股异动 | 中兴通讯升6%\n"          # a '|' in a headline is no table
            "指标 | 2025年Q1 | 2024年Q1 | 同比变化 |\n---|---|---|---|\n"
            "营业总收入(亿元) | 9.52 | 7.69 | +23.68% |\n归母净利润(万元) | 7,847.72 | 7,690.94 | +2.04% |\n"
            "注:本分析基于公开财报数据\n")
    (table,) = pipe_tables(text, 2)
    assert table.page == 2 and table.cells[0] == ["指标", "2025年Q1", "2024年Q1", "同比变化"]
    assert table.cells[1:] == [["营业总收入(亿元)", "9.52", "7.69", "+23.68%"],
                               ["归母净利润(万元)", "7,847.72", "7,690.94", "+2.04%"]]


def test_a_stub_cell_a_line_break_split_is_one_row_again():
    from pipeline.ingest import pipe_tables

    text = ("项目 | 2024年 1-6月 | 2023年 1-6月 | 比上年同期增减 |\n"
            "营业收入 | 142,778,764,079.80 | 200,892,590,067.22 | -28.93% |\n"
            "扣除非经常性损益后归属于上市公\n司股东的净利润 | (7,613,049,208.23) | 8,702,699,763.64 | -187.48% |\n"
            "基本每股收益 | -0.8309 | 0.8431 | -198.56% |\n"
            "净资产收益率(加权平均) | -4.001% | 3.943% | 下降 7.94个百分点 |\n")
    (table,) = pipe_tables(text, 1)   # one table, not a second headed by the stub's tail
    assert [r[0] for r in table.cells] == ["项目", "营业收入", "扣除非经常性损益后归属于上市公司股东的净利润", "基本每股收益",
                                           "净资产收益率(加权平均)"]
    # a caption over the next table's header and rule is no stub's head
    tables = pipe_tables("模型 | 输入 | 输出 |\n---|---|---|\nA | $1 | $2 |\nOpenAI\nPrompt | Completion | |\n---|---|---|\n"
                         "gpt-4o | $2.50 | $10.00 |\n", 1)
    assert [t.cells[0][0] for t in tables] == ["模型", "Prompt"]


def test_a_header_a_scraper_wrote_a_cell_a_line_under_the_rule(tmp_path):
    """A Hong Kong company's five-year summary as a site's table comes out: the stub over the rule,
    each year a line under it in Chinese numerals, a bar alone, then the rows."""
    from pipeline.ingest import pipe_tables
    from pipeline.verify import run_families

    text = ("财务摘要\n截至十二月三十一日止年度 | |||\n---|---|---|\n二零二一年 人民币千元 |\n二零二零年 人民币千元 |\n|\n"
            "收入 | 1,168,099 | 961,623 |\n销售成本 | (857,608) | (722,577) |\n毛利 | 310,491 | {} |\n"
            "除税前盈利 | 162,990 | 108,438 |\n所得税开支 | (42,974) | (21,669) |\n期内盈利 | 120,016 | 86,769 |\n"
            "资产总值 | 3,312,070 | 3,130,200 |\n负债总额 | (656,482) | (441,482) |\n资产净值 | 2,655,588 | 2,688,718 |\n")
    (table,) = pipe_tables(text.format("239,046"), 1)
    assert table.cells[0] == ["截至十二月三十一日止年度", "2021年 人民币千元", "2020年 人民币千元"]
    assert table.cells[1] == ["收入", "1,168,099", "961,623"]
    path = tmp_path / "hk.txt"
    path.write_text(text.format("239,046"), encoding="utf-8")
    found = {(c["formula"], c["reported"]): c["verdict"] for c in run_families(read_document(path))[0]}
    assert found[("毛利 = 收入 − 销售成本", 239046)] == "consistent"
    assert found[("期内盈利 = 除税前盈利 − 所得税开支", 120016)] == "consistent"      # HK names of the lines
    assert found[("资产净值 = 资产总值 − 负债总额", 2655588)] == "consistent"
    path.write_text(text.format("249,046"), encoding="utf-8")
    found = {(c["formula"], c["reported"]): c["verdict"] for c in run_families(read_document(path))[0]}
    assert found[("毛利 = 收入 − 销售成本", 249046)] == "mismatch"
    # lines that are no periods under a rule stay rows
    (other,) = pipe_tables("项目 | |||\n---|---|---|\n说明 |\n备注 |\n|\n收入 | 1 | 2 |\n", 1)
    assert other.cells[0][0] == "项目" and other.cells[1][0] == "说明"


def test_a_table_a_converter_wrote_a_cell_a_line_under_its_header(tmp_path):
    """A company's 主要會計數據 as a site's converter writes it: the header and the rule as Markdown,
    then every cell on a line of its own ('營業收入 |', '-3.23 |', '|||' three empty cells), a row of
    headings among them ('2018年末 |' … '|': its empty label cell last), and a second header whose own
    cells stand a line each above the rule."""
    from pipeline.ingest import pipe_tables
    from pipeline.verify import run_families

    text = ("主要會計數據 | 2018年 | 2017年 | 本期比上年同期增減(%) |\n---|---|---|---|\n營業收入 |\n13,689,875,849.6 |\n"
            "14,146,121,886.24 |\n{} |\n2018年末 |\n2017年末 |\n本期末比上年同期末增減(%) |\n|\n總資產 |\n"
            "34,542,328,469.57 |\n33,697,605,009.59 |\n2.51 |\n主要財務指標 |\n2018年 |\n2017年 |\n本期比上年同期增減(%) |\n"
            "---|---|---|---|\n基本每股收益(元/股) |\n0.111 |\n0.175 |\n-36.57 |\n稀釋每股收益(元/股) |\n|\n||\n")
    first, balances, second = pipe_tables(text.format("-3.23"), 1)  # (a row of headings opens a table of its own)
    assert first.cells[0] == ["主要會計數據", "2018年", "2017年", "本期比上年同期增減(%)"]
    assert first.cells[1] == ["營業收入", "13,689,875,849.6", "14,146,121,886.24", "-3.23"]
    assert balances.cells[0] == [None, "2018年末", "2017年末", "本期末比上年同期末增減(%)"]
    assert second.cells[1:] == [["基本每股收益(元/股)", "0.111", "0.175", "-36.57"], ["稀釋每股收益(元/股)", None, None, None]]
    path = tmp_path / "cwzy.txt"
    for change, verdict in (("-3.23", "consistent"), ("-4.23", "mismatch")):
        path.write_text(text.format(change), encoding="utf-8")
        found = {c["claim"]: c["verdict"] for c in run_families(read_document(path))[0]}
        assert found[f"营业收入 2018年 同比 {change}%"] == verdict
        assert found["总资产 2018年末 同比 2.51%"] == "consistent"


def test_a_markdown_table_takes_the_caption_above_it_and_its_statement(tmp_path):
    from pipeline.ingest import pipe_tables

    text = ("公司营收稳步增长。\n### 利润表（百万元）\n\n| 会计年度 | 2024A | 2025E | 2026E | 2027E |\n|---|---|---|---|---|\n"
            "| 营业收入 | 15,000 | 18,000 | 21,000 | 24,000 |\n| 营业成本 | 12,000 | 14,000 | 16,000 | 18,000 |\n"
            "| 税金及附加 | 90 | 108 | 126 | 144 |\n| 销售费用 | 600 | 720 | 840 | 960 |\n"
            "| 管理费用 | 450 | 540 | 630 | 720 |\n| 研发费用 | 750 | 900 | 1,050 | 1,200 |\n"
            "| 营业利润 | 1,110 | 1,732 | 2,354 | 2,876 |\n\n公司维持高研发投入。\n"
            "| 指标 | 2024A | 2025E |\n|---|---|---|\n| 毛利率 | 20.0% | 22.2% |\n")
    first, second = pipe_tables(text, 1)
    assert first.title == "利润表（百万元）"
    assert second.title is None                      # a sentence above a table is no caption
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    fin = next(t for t in doc.tables if t.kind == "financials")
    assert {r["statement"] for r in fin.rows if r["item"] == "营业利润"} == {"income"}
    from pipeline.verify import verify
    verdicts = {c["claim"]: c["verdict"] for c in verify(doc)["checks"] if c["claim"].startswith("营业利润")}
    # 24,000 − 18,000 − 144 − 960 − 720 − 1,200 = 2,976, printed 2,876
    assert verdicts == {"营业利润 2024A 1110": "consistent", "营业利润 2025E 1732": "consistent",
                        "营业利润 2026E 2354": "consistent", "营业利润 2027E 2876": "mismatch"}


def test_a_markdown_table_a_scraper_flattened_onto_one_line():
    from pipeline.ingest import pipe_tables

    text = ("公司基本情况 - 最新收盘价37.87元 [4] 盈利预测和财务指标 |项目|2023A|2024E|2025E| | ---- | ---- | ---- | "
            "|营业收入(百万元)|4378|4491|5210| |EPS(元/股)|2.10|0.81|0.90|[9] 财务报表和主要财务比率 利润表 - 营业收入…")
    (table,) = pipe_tables(text, 1)
    assert table.cells == [["项目", "2023A", "2024E", "2025E"], ["营业收入(百万元)", "4378", "4491", "5210"],
                           ["EPS(元/股)", "2.10", "0.81", "0.90"]]  # the text after its last row is not a cell
    assert pipe_tables("营收 | 净利 | 毛利率 同比均有增长", 1) == []
    # a converter's line break inside a cell
    (table,) = pipe_tables("| 项目 | 2024A |\n|---|---|\n| 营业收入<br>(百万元) | 1,000 |", 1)
    assert table.cells[1] == ["营业收入(百万元)", "1,000"]


def test_two_markdown_tables_flattened_onto_one_line_are_two_tables():
    # the text after the first table's last row and a second table flattened there too: each its own table
    from pipeline.ingest import pipe_tables

    text = ("盈利预测与估值 |项目|2023A|2024A| | ---- | ---- | ---- | |营业总收入(百万元)|7,115|10,622| "
            "|P/E|49.22|26.53| [1] 市场数据 - 收盘价27.04元 三大财务预测表 资产负债表(百万元) |项目|2024A|2025E| "
            "| ---- | ---- | ---- | |流动资产|5,248|5,375| |货币资金|866|970|")
    first, second = pipe_tables(text, 1)
    assert first.cells == [["项目", "2023A", "2024A"], ["营业总收入(百万元)", "7,115", "10,622"], ["P/E", "49.22", "26.53"]]
    assert second.cells == [["项目", "2024A", "2025E"], ["流动资产", "5,248", "5,375"], ["货币资金", "866", "970"]]


def test_html_tables_in_markdown_as_converters_write_them(tmp_path):
    # MinerU writes each table it finds as HTML inside the Markdown, spans and all
    from pipeline.ingest import inline_tables_as_pipes

    page = ("表 4：损益表（单位：百万元）\n\n<html><body><table><tr><td rowspan=\"2\">项目</td><td colspan=\"2\">预测</td></tr>"
            "<tr><td>2025E</td><td>2026E</td></tr><tr><td colspan=\"3\">经营</td></tr>"
            "<tr><td>营业收入</td><td>1,000</td><td>1,200</td></tr><tr><td>营业成本</td><td>600</td><td>700</td></tr>"
            "<tr><td>毛利</td><td>400</td><td>500</td></tr></table></body></html>\n资料来源：公司公告")
    lines = inline_tables_as_pipes(page).splitlines()
    assert "<" not in "".join(lines)
    # the two header rows read as one (the spans' text over each column); a section row's
    # span leaves its figures' slots empty
    assert lines[lines.index("| 项目 | 预测 2025E | 预测 2026E |"):][:6] == [
        "| 项目 | 预测 2025E | 预测 2026E |", "|---|---|---|", "| 经营 |  |  |",
        "| 营业收入 | 1,000 | 1,200 |", "| 营业成本 | 600 | 700 |", "| 毛利 | 400 | 500 |"]
    path = tmp_path / "report.md"
    path.write_text("# 示例科技（600000.SH）\n\n表 1：利润表（百万元）\n\n<table><tr><td>会计年度</td><td>2025E</td>"
                    "<td>2026E</td></tr><tr><td>营业收入</td><td>1,000</td><td>1,200</td></tr><tr><td>营业成本</td>"
                    "<td>600</td><td>700</td></tr><tr><td>毛利</td><td>400</td><td>510</td></tr></table>\n", encoding="utf-8")
    doc = read_document(path)
    (fin,) = [t for t in doc.tables if t.kind == "financials"]
    assert {(r["item"], r["period"], r["value"]) for r in fin.rows} >= {("营业收入", "2026E", 1200), ("毛利", "2026E", 510)}
    from pipeline.verify import verify
    verdicts = {c["claim"]: c["verdict"] for c in verify(doc)["checks"] if c["claim"].startswith("毛利 ")}
    assert verdicts == {"毛利 2025E 400": "consistent", "毛利 2026E 510": "mismatch"}  # 1,200 − 700 = 500


def test_a_balance_sheet_printed_as_two_tables_abreast_is_split():
    # a company's balance sheet prints liabilities beside assets in one grid, each half its own
    # stub over the same periods; a section row ('流动资产:') heads rows, not columns
    from pipeline.ingest import inline_tables_as_pipes, pipe_tables

    page = inline_tables_as_pipes(
        "<table><tr><td>资产</td><td>附注五</td><td>期末余额</td><td>上年年末余额</td><td>负债和所有者权益</td>"
        "<td>附注五</td><td>期末余额</td><td>上年年末余额</td></tr>"
        "<tr><td>流动资产:</td><td></td><td></td><td></td><td>流动负债:</td><td></td><td></td><td></td></tr>"
        "<tr><td>货币资金</td><td>1</td><td>700</td><td>900</td><td>短期借款</td><td>22</td><td>500</td><td>600</td></tr>"
        "<tr><td></td><td></td><td></td><td></td><td>未分配利润</td><td>41</td><td>200</td><td>300</td></tr></table>")
    left, right = pipe_tables(page, 1)
    assert left.cells[0] == ["资产", "附注五", "期末余额", "上年年末余额"]
    assert left.cells[1:] == [["流动资产:", None, None, None], ["货币资金", "1", "700", "900"]]
    assert right.cells[0] == ["负债和所有者权益", "附注五", "期末余额", "上年年末余额"]
    assert [r[0] for r in right.cells[1:]] == ["流动负债:", "短期借款", "未分配利润"]
    # a header whose halves head different columns is one table
    (one,) = pipe_tables("| 项目 | 2024A | 2025E | 公司 | PE | PB |\n|---|---|---|---|---|---|\n| 收入 | 1 | 2 | 甲 | 3 | 4 |", 1)
    assert len(one.cells[0]) == 6


def test_a_text_with_a_markdown_table_gets_its_financials(tmp_path):
    path = tmp_path / "q1.txt"
    path.write_text("指标 | 2025年Q1 | 2024年Q1 | 同比变化 |\n---|---|---|---|\n"
                    "营业总收入(亿元) | 9.52 | 7.69 | +23.68% |\n归母净利润(万元) | 7,847.72 | 7,690.94 | +2.04% |\n"
                    "净利率 | 8.25% | 10.00% | -17.50% |\n", encoding="utf-8")
    doc = read_document(path)
    (fin,) = [t for t in doc.tables if t.kind == "financials"]
    amounts = {(r["item"], r["period"]): (r["value"], r["unit"]) for r in fin.rows if not r.get("basis")}
    assert amounts[("营业总收入", "2025年Q1")] == (9.52, "亿元") and amounts[("归母净利润", "2024年Q1")] == (7690.94, "万元")
    from pipeline.verify import verify
    verdicts = {c["claim"]: c["verdict"] for c in verify(doc)["checks"]}
    assert verdicts["营业总收入 2025年Q1 同比 23.68%"] == "rounding"   # 9.52 ÷ 7.69 − 1, both rounded
    assert verdicts["净利率 2025年Q1 8.25%"] == "rounding"            # 7,847.72万 ÷ 9.52亿: units of their own rows
    assert verdicts["净利率 2025年Q1 同比 -17.50%"] == "consistent"      # relative, not in points


def test_full_width_figures_are_read_in_ascii_width(tmp_path):
    # a scraped page writing its figures in full-width forms: one character for one, so
    # offsets hold; the prose's own full-width punctuation stays
    text = "ＤｅｅｐＳｅｅｋ－Ｖ３于２０２５年３月２５日将输入价格下调至２．００元／百万tokens，降幅５０％。"
    path = tmp_path / "wide.txt"
    path.write_text(text + "\n", encoding="utf-8")
    doc = read_document(path)
    page = doc.pages[0].text.strip()
    assert page == "DeepSeek-V3于2025年3月25日将输入价格下调至2.00元/百万tokens，降幅50%。"
    assert len(page) == len(text)
    prices = [e for e in doc.entities if e.label == "PRICE"]
    assert prices and prices[0].value["amount"] == 2.0


def test_a_small_full_stop_between_digits_is_a_decimal_point():
    # a Hong Kong data vendor's digest: '营业额上升29﹒9%至12﹒15亿元'
    from pipeline.textutil import half_width
    assert half_width("营业额上升29﹒9%至12﹒15亿元。﹒") == "营业额上升29.9%至12.15亿元。﹒"
    # and a small comma before three digits its thousands separator; a full-width comma there parts a list
    assert half_width("生产量下降0﹒4%至10﹐705﹒28千克") == "生产量下降0.4%至10,705.28千克"
    assert half_width("分别为100，200，300亿元﹒") == "分别为100，200，300亿元﹒"
    # a middle dot between digits, as another vendor prints its decimal points ('上升11・5%至1328・56亿元')
    assert half_width("上升11・5%至1328・56亿元") == "上升11.5%至1328.56亿元"


def _typed(doc, item: str, *fields: str) -> list[tuple]:
    """The `fields` of every typed financials row of `item`, in table order."""
    return [tuple(r[f] for f in fields) for t in doc.tables if t.kind == "financials" for r in t.rows if r["item"] == item]


def _one_cell_a_line(tmp_path, heading: str, cells: list[str], after: str):
    """The one table of a text a scraper wrote one cell a line, each cell followed by a line of '|'."""
    path = tmp_path / "site.txt"
    path.write_text(f"{heading}\n" + "".join(f"{c}\n|\n" for c in cells) + f"{after}\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    return table


def test_a_table_scraped_as_bordered_rows_with_no_rule_line(tmp_path):
    # a data vendor's page: bordered rows, no '---' line; a row repeating the header's dates under
    # a new label heads a table of its own; a lone bordered line is no table
    path = tmp_path / "vendor.txt"
    path.write_text("| 资讯 | 公告 | 研报 |\n\n"
                    "| 每股指标 | 25-09-30 | 24-09-30 |\n| 基本每股收益(元) | 0.08 | 0.06 |\n| 每股净资产(元) | 2.06 | 1.93 |\n"
                    "| 利润表 | 25-09-30 | 24-09-30 |\n| 营业收入(元) | 2.99亿 | 2.91亿 |\n| 毛利润(元) | 1.47亿 | 1.35亿 |\n",
                    encoding="utf-8")
    doc = read_document(path)
    other = [t.cells[0][0] for t in doc.tables if t.kind == "other"]
    assert other == ["每股指标", "利润表"]
    assert _typed(doc, "营业收入", "period", "value", "unit") == [("25-09-30", 2.99, "亿元"), ("24-09-30", 2.91, "亿元")]


def test_a_bordered_header_wrapped_over_lines_and_a_caption_row_over_heading_rows(tmp_path):
    # a district's statistics page: the header row wrapped over three lines, the pieces after the first without their
    # leading '|' — one row, so the first row of figures stays a row
    path = tmp_path / "retail.txt"
    path.write_text("| 项 目 名 称 | 计算 单位 |\n3月 | 1-3月 累计 |\n累计增长(%) | 结构(%) |\n"
                    "| 一、社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |\n"
                    "| 1、批发零售贸易业 | 万元 | 373390 | 1044727 | 0.6 | 89.00 |\n"
                    "| 2、餐饮业 | 万元 | 14191 | 129123 | 14.7 | 11.00 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.columns == ["项目名称", "计算 单位", "3月", "1-3月 累计", "累计增长(%)", "结构(%)"]
    assert [r["项目名称"] for r in table.rows] == ["一、社会消费品零售总额", "1、批发零售贸易业", "2、餐饮业"]
    # a yearbook's table under a caption row with nothing after its stub: each heading row ('在总计中:', '一、按…分')
    # has nothing after its stub either, and stays in the table
    path = tmp_path / "yearbook.txt"
    path.write_text("| 表1 工业主要指标 | |||\n| 总 计 | 8377 | 1047 | 4546 |\n| 在总计中: | |||\n"
                    "| 亏损企业 | 1047 | 1047 | 268 |\n| 一、按轻重工业分 | |||\n| 轻工业 | 4821 | 678 | 2429 |\n"
                    "| 重工业 | 3556 | 369 | 2117 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert len(table.rows) == 6


def test_a_header_wrapped_over_lines_with_no_bar_to_open_any(tmp_path):
    # the same page scraped without any leading '|': the header's pieces are words only, one row; rows of figures
    # written so stay rows
    path = tmp_path / "retail.txt"
    path.write_text("项 目 名 称 | 计算 单位 |\n4月 | 1-4月 累计 |\n累计比上年同期 增长(%) |\n结构(%) |\n商业 | |||||\n"
                    "一、社会消费品零售总额 | 万元 | 297859 | 1278093 | 16.5 | 100 |\n"
                    "1、批发零售贸易业 | 万元 | 269547 | 1147139 | 16.0 | 89.75 |\n"
                    "2、餐饮业 | 万元 | 28312 | 130954 | 21.1 | 10.25 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.columns == ["项目名称", "计算 单位", "4月", "1-4月 累计", "累计比上年同期 增长(%)", "结构(%)"]
    assert [r["项目名称"] for r in table.rows] == ["商业", "一、社会消费品零售总额", "1、批发零售贸易业", "2、餐饮业"]


def test_a_statistics_header_left_in_the_body_over_a_row_of_column_numbers(tmp_path):
    # a bureau's monthly table as a scraper wrote it: a unit line, a row of groups spanning two columns each, a row
    # naming each column without the stub's cell, then '甲 | 1 | 2 | …' — one header, each column named by both rows
    path = tmp_path / "retail.txt"
    path.write_text("2013年7月社会消费品零售总额\n金额单位:万元 | ||||||\n项目 | 本 年 | 上年同期 | 增长(%) | |||\n"
                    "本月 | 1-本月 | 上年本月 | 上年1-本月 | 本月 | 累计 | |\n甲 | 1 | 2 | 3 | 4 | 5 | 6 |\n"
                    "社会消费品零售额 | 20626052.6 | 141797902.3 | 18266051.9 | 126842604.4 | 12.9 | 11.8 |\n"
                    "1、城镇 | 18216063.5 | 124306890.6 | 16090282.4 | 110908049.8 | 13.2 | 12.1 |\n"
                    "2、乡村 | 2409989.1 | 17491011.7 | 2175769.5 | 15934554.6 | 10.8 | 9.8 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.columns == ["项目", "本年 本月", "本年 1-本月", "上年同期 上年本月", "上年同期 上年1-本月", "增长(%) 本月",
                             "增长(%) 累计"]
    assert [r["项目"] for r in table.rows] == ["社会消费品零售额", "1、城镇", "2、乡村"]


def test_rows_closed_by_a_bar_under_a_header_without_its_stub(tmp_path):
    # a data site's statement: rows open with their label and close with '|'; the header opens with
    # '|' and leaves out the empty cell over the labels, so it is one cell narrower than its rows
    path = tmp_path / "lrb.txt"
    path.write_text("利润表\n| 2024年中报 | 2023年年报 | 2023年中报 |\n公司类型 | 通用 | 通用 | 通用 |\n"
                    "一、营业总收入(元) | 8,941,768.85 | 17,519,801.59 | 7,773,125.59 |\n"
                    "营业收入(元) | 8,941,768.85 | 17,519,801.59 | 7,773,125.59 |\n六、每股收益 | | | |\n"
                    "(一)基本每股收益(元) | -0.03 | -0.05 | -0.03 |\n", encoding="utf-8")
    doc = read_document(path)
    (table,) = [t for t in doc.tables if t.kind == "other"]
    assert table.cells[0] == [None, "2024年中报", "2023年年报", "2023年中报"]
    assert table.cells[2][:2] == ["一、营业总收入(元)", "8,941,768.85"] and table.title == "利润表"
    assert doc.meta.title != "| 2024年中报 | 2023年年报 | 2023年中报 |"  # the header row is no title
    assert _typed(doc, "营业收入", "period", "value") == [("2024年中报", 8941768.85), ("2023年年报", 17519801.59),
                                                     ("2023年中报", 7773125.59)]
    # a headline with bars, a line at a time, is no table
    path.write_text("3月17日 | 李佛 | 快讯 |\n正文一段。\n4月2日 | 王五 | 评论 |\n", encoding="utf-8")
    assert [t for t in read_document(path).tables if t.kind == "other"] == []


def test_a_table_scraped_one_cell_a_line(tmp_path):
    # each cell on a line of its own, then a line holding only '|': the width is the one that makes
    # every row after the header a label and figures (3 here; 2 would put '2024年' under '指标')
    cells = ["指标", "2024年", "同比变化", "营业收入(亿元)", "4.00", "-13.45%", "归母净利润(亿元)", "1.02", "-25.16%",
             "净利率", "25.49%", "-3.99个百分点", "基本每股收益(元)", "1.07", "-"]
    table = _one_cell_a_line(tmp_path, "一、核心财务指标概览", cells, "二、季度业绩")
    assert table.cells[0] == ["指标", "2024年", "同比变化"]
    assert table.cells[3] == ["净利率", "25.49%", "-3.99个百分点"]
    # a list of words one a line is no table
    path = tmp_path / "words.txt"
    path.write_text("".join(f"{w}\n|\n" for w in ["要点", "价格", "份额", "渠道", "品牌", "产能"]), encoding="utf-8")
    assert [t for t in read_document(path).tables if t.kind == "other"] == []


def test_a_yearbook_table_scraped_one_cell_a_line_with_empty_cells_english_lines_and_its_last_row_cut(tmp_path):
    # a bilingual yearbook's page: a header cell on two lines ('毕业生数', 'graduates'), a heading row whose cells are
    # empty (a '|' right after the one before), and the copy's text cut off inside its last row
    path = tmp_path / "yearbook.txt"
    lines = ["单位:人", "|", "unit:person", "|", "|", "毕业生数", "graduates", "|", "招生数", "entrants", "|", "在校生数",
             "enrolment", "|", "一、高等教育 higher education", "|", "|", "|", "|"]
    for label, *figures in [("(一)研究生", "728627", "1106551", "3139598"), ("博 士", "66176", "116047", "466549"),
                            ("硕 士", "662451", "990504", "2673049")]:
        lines += [x for cell in (label, *figures) for x in (cell, "|")]
    path.write_text("\n".join(lines + ["1. 初中", "|", "15352918", "|", "163"]) + "\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0][1:] == ["毕业生数 graduates", "招生数 entrants", "在校生数 enrolment"]
    assert [row[0] for row in table.cells[1:]] == ["一、高等教育 higher education", "(一)研究生", "博 士", "硕 士"]
    assert table.cells[4] == ["硕 士", "662451", "990504", "2673049"]
    # a heading line above a header cell is no second line of it: only English words are
    path.write_text("四、盈利能力\n指标\n|\n2024年\n|\n同比\n|\n毛利率\n|\n22.23%\n|\n+1.2个百分点\n|\n净利率\n|\n10.24%\n|\n"
                    "+1.5个百分点\n|\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == ["指标", "2024年", "同比"]


def test_a_bilingual_yearbook_table_each_cell_and_its_bar_a_line_its_english_a_column_of_its_own(tmp_path):
    # '保费收入 |', 'Premium Income |', '4098.78 |', …: each name's English in a cell of its own (folded into the name),
    # an English cell wrapped over two lines ('Premium by Line of', 'Business: |'), a unit row over the row of years
    # (no header: a line before the table), an empty row, and the copy cut off right after a row's name and English
    path = tmp_path / "yearbook.txt"
    rows = [["单位:亿元", "", "", "", "", "(100 million yuan)"], ["项 目", "Item", "2020", "2021", "2022", "2023"],
            ["", "", "", "", "", ""], ["保费收入", "Premium Income", "4098.78", "3963.50", "4113.43", "4650.82"],
            ["按险种分", None, "", "", "", ""], ["寿险", "Life Insurance", "3062.64", "2921.43", "3022.68", "3521.76"],
            ["意外伤害险", "Accident Injury Insurance", "103.39", "97.38", "85.95", "75.94"],
            ["健康险", "Health Insurance", "932.75", "944.69", "1004.79", "1053.12"]]
    lines = []
    for row in rows:
        for cell in row:
            lines += ["Premium by Line of", "Business: |"] if cell is None else [f"{cell} |" if cell else "|"]
    path.write_text("\n".join(lines + ["续期保费 |", "Renewal Premium |", "1143"]) + "\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == ["项 目 Item", "2020", "2021", "2022", "2023"]
    assert [row[0] for row in table.cells[1:] if row[0]] == ["保费收入 Premium Income", "按险种分 Premium by Line of Business:",
                                                               "寿险 Life Insurance", "意外伤害险 Accident Injury Insurance",
                                                               "健康险 Health Insurance"]
    assert table.cells[-1][1:] == ["932.75", "944.69", "1004.79", "1053.12"]
    from pipeline.verify import run_families
    sums = [c for c in run_families(read_document(path))[0] if c["family"] == "table_trees"]
    # 3062.64 + 103.39 + 932.75 = 4098.78; 3022.68 + 85.95 + 1004.79 = 4113.42 (printed 4113.43)
    assert [c["verdict"] for c in sums] == ["consistent", "consistent", "rounding", "consistent"]


def test_a_flattened_table_whose_header_has_empty_cells(tmp_path):
    # '| | | 二零二五年 | 二零二四年 | | --- | …': an empty cell and a row's end both read '| |'; the rule row's width
    # divides the cells into rows
    from pipeline.ingest import pipe_tables

    text = ("簡明綜合損益表 截至九月三十日止六個月 | | | 二零二五年 | 二零二四年 | | --- | --- | --- | --- | | | 附註 | 千港元 | 千港元 | "
            "| 收入 | 3 | 871,143 | 1,699,926 | | 銷售成本 | | (786,742) | (1,059,215) | | 毛利 | | 84,401 | 640,711 | 下一段文字")
    (table,) = pipe_tables(text, 1)
    assert table.cells[2] == ["收入", "3", "871,143", "1,699,926"]
    assert table.cells[3] == ["銷售成本", None, "(786,742)", "(1,059,215)"]
    assert table.cells[4] == ["毛利", None, "84,401", "640,711"]  # the text after it is no cell


def test_a_flattened_table_whose_body_has_empty_cells_under_a_full_header(tmp_path):
    # the header names every column, but the rows under a spanning cell start with empty ones: the rule row's width,
    # not '| |', divides the rows
    from pipeline.ingest import pipe_tables

    text = ("单位:元 | 序号 | 类别 | 项目 | 金额 | | --- | --- | --- | --- | | 1 | 信用减值损失 | 应收账款坏账损失 | -387,477.44 | "
            "| | | 其他应收账款坏账损失 | 1,459,101.72 | | | 小计 | | 1,071,624.28 |")
    (table,) = pipe_tables(text, 1)
    assert table.cells[2] == [None, None, "其他应收账款坏账损失", "1,459,101.72"]
    assert table.cells[3] == [None, "小计", None, "1,071,624.28"]


def test_rows_a_scraper_wrote_without_the_cells_spanned_from_above_are_right_aligned(tmp_path):
    # (a holder's name spans the rows of each way it sold; the 合计 row's first cell too: each short row's cells sit left
    # of their columns, its figures under the wrong heads)
    from pipeline.ingest import pipe_tables

    text = ("股东名称 | 减持方式 | 减持均价(元/股) | 减持股数(股) | 减持比例(%) |\n| --- | --- | --- | --- | --- |\n"
            "甲基金 | 集中竞价交易 | 40.72 | 1,128,650 | 0.7142 |\n大宗交易 | 40.56 | 2,257,564 | 1.4286 | |\n"
            "合 计 | - | 3,386,214 | 2.1428 | |\n乙基金 | 集中竞价交易 | 38.41 | 451,553 | 0.2857 |\n")
    (table,) = pipe_tables(text, 1)
    assert table.rows[1] == {"股东名称": None, "减持方式": "大宗交易", "减持均价(元/股)": "40.56", "减持股数(股)": "2,257,564",
                             "减持比例(%)": "1.4286"}
    assert table.rows[2]["减持股数(股)"] == "3,386,214"
    # (a table whose full rows do not end in figures is left as printed; so is one with a single full row, too little
    # to say what its columns hold)
    (table,) = pipe_tables(text.replace("| 0.7142 |", "| 备注 |").replace("| 0.2857 |", "| 备注 |"), 1)
    assert table.rows[1]["减持方式"] == "40.56"
    (table,) = pipe_tables(text.rsplit("乙基金", 1)[0], 1)
    assert table.rows[1]["减持方式"] == "40.56"


def test_a_table_scraped_one_cell_a_line_with_a_remark_column(tmp_path):
    # a summary's table whose last column is a remark ('回款周期拉长风险'): the width is the one at which
    # every row opens with a name and most hold a figure next to it (3; at 5 a figure would open a row)
    cells = ["指标", "金额(亿元)", "风险提示", "有息负债", "58.37", "较2023年增长1.5%", "货币资金", "32.10", "短期借款33.15亿",
             "应收款", "154.78", "回款周期拉长风险", "分红方案", "10派0.8565元", "全年分红1.6亿元"]
    table = _one_cell_a_line(tmp_path, "四、财务健康度分析", cells, "五、行业挑战")
    assert table.cells[0] == ["指标", "金额(亿元)", "风险提示"]
    assert table.cells[4] == ["分红方案", "10派0.8565元", "全年分红1.6亿元"]


def test_a_header_whose_empty_stub_cell_a_scraper_wrote_last(tmp_path):
    # '2024年中报 | 2023年年报 | |' over '营业收入计算(元) | 1,231,205,000.00 | …': each name moves one right,
    # over its own column; a header whose last column is really empty stays as it is
    path = tmp_path / "site.txt"
    path.write_text("2024年中报 | 2023年年报 | 2023年中报 | |\n---|---|---|---|\n"
                    "营业收入计算(元) | 1,231,205,000.00 | 2,992,689,000.00 | 1,284,340,000.00 |\n"
                    "销售成本(元) | -834,918,000.00 | -1,743,180,000.00 | -800,307,000.00 |\n"
                    "毛利计算(元) | 396,287,000.00 | 1,249,509,000.00 | 484,033,000.00 |\n\n"
                    "公司 | 评级 | 备注 | |\n---|---|---|---|\n甲 | 买入 | 首次 | |\n乙 | 增持 | 维持 | |\n", encoding="utf-8")
    doc = read_document(path)
    first, second = [t for t in doc.tables if t.kind == "other"]
    assert first.cells[0] == [None, "2024年中报", "2023年年报", "2023年中报"]
    assert second.cells[0] == ["公司", "评级", "备注", None]
    assert _typed(doc, "营业收入计算", "period", "value") == [("2024年中报", 1231205000), ("2023年年报", 2992689000),
                                                        ("2023年中报", 1284340000)]


def test_a_bordered_header_as_wide_as_its_rows_with_a_blank_after_it(tmp_path):
    # a quote page's header opens on the price line's tail and ends on a blank cell ('3.240 -0.070 (-2.115%) | 2025/06 |
    # 与去年中期 比较 | 2024/06 | |') over rows of its width without the blank: its first cell heads the stub, nothing moves
    path = tmp_path / "quote.txt"
    path.write_text("按盘价 3.240\n3.240 -0.070 (-2.115%)\t| 2025/06 - 中期 | 与去年中期 比较 | 2024/06 | 2023/06 | |\n"
                    "| 营业额 / 收益 | 4,241,575 | 10.607% | 3,834,807 | 3,966,651 |\n"
                    "| 销售成本 | (3,729,003) | 13.293% | (3,291,460) | (3,344,545) |\n"
                    "| 毛利 | 512,572 | -5.664% | 543,347 | 622,106 |\n", encoding="utf-8")
    table = next(t for t in read_document(path).tables if t.kind == "other")
    assert table.cells[0][1:] == ["2025/06 - 中期", "与去年中期 比较", "2024/06", "2023/06"]
    assert table.cells[3] == ["毛利", "512,572", "-5.664%", "543,347", "622,106"]


def test_a_data_vendors_blocks_with_blank_cells_at_their_rows_ends(tmp_path):
    # etnet's income statement: blocks each under its own header, with no stub cell, its rows ending
    # in one or two blank cells or none ('… | 35,161 |' among '… | -- | |'); each column's unit in its header
    path = tmp_path / "etnet.txt"
    header = "2025/06 - 中期 港元(千$) | 与去年中期 比较 | 2024/06 港元(千$) | 2023/06 港元(千$) |"
    path.write_text(f"{header} |\n营业额 / 收益 | 1,461,540 | 19.448% | 1,223,581 | 1,016,658 |\n"
                    "销售成本 | (1,219,692) | 22.541% | (995,331) | (811,781) |\n毛利 | 241,848 | 5.958% | 228,250 | 204,877 |\n"
                    f"{header} ||\n除税前溢利 / (亏损) | 37,914 | -2.986% | 39,081 | 26,782 | |\n"
                    "税项 | (18,821) | -0.064% | (18,833) | (13,329) | |\n非控股权益 | (3,664) | 123.687% | (1,638) | (316) | |\n"
                    "股东应占溢利 / (亏损) | 15,429 | -17.093% | 18,610 | 13,137 |\n", encoding="utf-8")
    doc = read_document(path)
    rows = [r for t in doc.tables if t.kind == "financials" for r in t.rows]
    assert {(r["item"], r["period"], r["printed"], r["unit"]) for r in rows if r["period"] == "2025/06"
            and not r.get("growth_of")} >= {("股东应占溢利 / (亏损)", "2025/06", "15,429", "千港元"),
                                            ("税项", "2025/06", "(18,821)", "千港元")}
    growths = {(r["item"], r["printed"]) for r in rows if r.get("growth_of")}
    assert ("股东应占溢利 / (亏损)", "-17.093%") in growths and ("毛利", "5.958%") in growths


def test_a_table_drawn_with_box_characters(tmp_path):
    # a terminal-style data export (通达信 F10): bars '│', a rule under the header '├──┼──┤', a top
    # and a bottom; and the same table run onto one line, a rule between every two rows
    path = tmp_path / "f10.txt"
    path.write_text("【1.主要财务指标】\n┌────┬────┬────┐\n│财务指标 │ 2024-12-31│ 2023-12-31│\n├────┼────┼────┤\n"
                    "│营业总收(万) │ 87156.89│ 87049.37│\n│资产负债比率(%) │ 35.43│ 35.92│\n└────┴────┴────┘\n"
                    "【主要指标】 ┌──┬──┬──┐ |指标\\日期 |2024-12-31|2023-12-31| ├──┼──┼──┤ |净利润(万元) | 5488.21| 5606.77| "
                    "├──┼──┼──┤ |净利润增长率(%) | -2.11| -66.64| └──┴──┴──┘ 指标含义\n", encoding="utf-8")
    first, second = [t for t in read_document(path).tables if t.kind == "other"]
    assert first.cells == [["财务指标", "2024-12-31", "2023-12-31"], ["营业总收(万)", "87156.89", "87049.37"],
                           ["资产负债比率(%)", "35.43", "35.92"]]
    assert second.cells == [["指标\\日期", "2024-12-31", "2023-12-31"], ["净利润(万元)", "5488.21", "5606.77"],
                            ["净利润增长率(%)", "-2.11", "-66.64"]]


def test_a_typographic_hyphen_in_a_name_is_the_ascii_one():
    # web pages set 'GLM‑4.5' with U+2011 (and U+2010): the model's name reads as 'GLM-4.5'
    from pipeline.textutil import half_width
    assert half_width("GLM\u20114.5 与 Qwen\u20103") == "GLM-4.5 与 Qwen-3"


def test_a_traditional_pdfs_tables_are_read_by_their_simplified_words(tmp_path):
    """A Hong Kong broker prints its tables in traditional characters: the table reader knows
    its words (調整前/調整後/變動, 單位, 資料來源) in simplified forms, so it reads the page's words
    converted one character for one, while the page's text keeps its original."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "hk.pdf"
    c, _ = samples._canvas(path)

    def row(y, cells, xs=(60, 200, 260, 320, 380, 440, 500)):
        samples._text(c, xs[0], y, cells[0], 9)
        for x, v in zip(xs[1:], cells[1:]):
            samples._text(c, x + 40 - stringWidth(v, samples.FONT, 9), y, v, 9)

    samples._text(c, 60, 800, "公司預計2025年營業收入將穩健增長，維持買入評級。", 10)
    samples._text(c, 60, 770, "表1：盈利預測調整（單位：百萬元）", 9)
    for x, period in ((260, "2025E"), (440, "2026E")):
        samples._text(c, x, 752, period, 9)
    row(736, ["", "調整前", "調整後", "變動", "調整前", "調整後", "變動"])
    row(720, ["歸母淨利潤", "1,000", "1,100", "10.0%", "1,200", "1,320", "10.0%"])
    row(704, ["營業收入", "8,000", "8,400", "5.0%", "9,000", "9,900", "10.0%"])
    samples._text(c, 60, 686, "資料來源：公司公告，示例證券研究所", 8)
    c.save()

    doc = read_document(path)
    assert doc.meta.script == "hant"
    assert "營業收入" in doc.pages[0].original and "营业收入" in doc.pages[0].text
    revision = [t for t in doc.tables if t.kind == "financials"]
    assert len(revision) == 1 and revision[0].title.startswith("表1：盈利预测调整")
    got = {(r["item"], r["period"], r["basis"]): (r["value"], r["unit"]) for r in revision[0].rows}
    assert got[("归母净利润", "2025E", "before")] == (1000, "百万元")
    assert got[("归母净利润", "2026E", "after")] == (1320, "百万元")
    assert got[("营业收入", "2026E", "change")] == (10.0, "%")


def test_a_row_of_headings_inside_a_table_opens_a_table_of_its_own(tmp_path):
    # an A-share results flash: income lines under 本报告期 | 上年同期, then a row heading its balances by their
    # dates, written one cell to the left (no stub cell); each part typed under its own periods
    path = tmp_path / "flash.txt"
    path.write_text("项 目 | 本报告期 (2012年1-6月) | 上年同期 (2011年1-6月) | 增减变动幅度(%) |\n"
                    "营业总收入(万元) | 4,393.49 | 4,421.19 | -0.63 |\n"
                    "营业利润(万元) | 4,649.82 | 6,012.25 | -22.66 |\n"
                    "本报告期末 2012年6月30日 | 本报告期初 2011年12月31日 | 增减变动幅度(%) | |\n"
                    "总资产(万元) | 139,073.03 | 134,112.01 | 3.70 |\n"
                    "归属于上市公司股东的所有者权益(万元) | 90,920.47 | 86,796.55 | 4.75 |\n", encoding="utf-8")
    doc = read_document(path)
    first, second = [t for t in doc.tables if t.kind == "other"]
    assert len(first.cells) == 3 and second.cells[0][1:3] == ["本报告期末 2012年6月30日", "本报告期初 2011年12月31日"]
    assert _typed(doc, "总资产", "period", "value")[:2] == [("2012年6月30日", 139073.03), ("2011年12月31日", 134112.01)]
    assert _typed(doc, "营业总收入", "period", "value")[:2] == [("2012年1-6月", 4393.49), ("2011年1-6月", 4421.19)]


def test_a_row_of_day_first_dates_inside_a_table_opens_a_balance_table(tmp_path):
    # a Hong Kong five-year summary: its results under the years, then its balances under the days they are
    # struck, day first ('于31/12/2024'), in one run of rows
    path = tmp_path / "summary.txt"
    path.write_text("截至12月31日止(百万港元) | 2024 | 2023 | 2022 |\n"
                    "收入 | 1,200 | 1,100 | 1,000 |\n"
                    "除税前盈利 | 150 | 140 | 125 |\n"
                    "年度盈利 | 120 | 110 | 100 |\n"
                    "(百万港元) | 于31/12/2024 | 于31/12/2023 | 于31/12/2022 |\n"
                    "流动资产 | 500 | 450 | 400 |\n"
                    "流动负债 | (300) | (280) | (250) |\n", encoding="utf-8")
    doc = read_document(path)
    first, second = [t for t in doc.tables if t.kind == "other"]
    assert len(first.cells) == 4 and second.cells[0][1:] == ["于31/12/2024", "于31/12/2023", "于31/12/2022"]
    # each typed as the statement its lines make it, under its stub's '截至…止' (the years a company's own
    # results end on) or its columns' days: never a broker's forecast
    typed = {r["item"]: r["statement"] for t in doc.tables if t.kind == "financials" for r in t.rows}
    assert typed == {"收入": "income", "除税前盈利": "income", "年度盈利": "income", "流动资产": "balance", "流动负债": "balance"}


def test_rows_run_onto_one_line_with_no_header(tmp_path):
    # a data site's page scraped without its header: each row a label and as many cells as the others, one after
    # another on a line; the columns named by their place, a column of changes apart, a row of words ending the run;
    # typed as the statement its lines make it (nothing says its columns are forecasts)
    path = tmp_path / "flat.txt"
    path.write_text("營業額 / 收益 | 1,500 | -3.1% | 1,600 | 1,400 | 銷售成本 | (900) | 2.0% | (1,000) | (800) | | "
                    "毛利 | 600 | -9.1% | 600 | 600 | | 除稅前溢利 | 200 | 5.0% | 210 | 190 | | 核數師意見 | 無保留意見 | -- | 無保留意見 | 無保留意見 |\n", encoding="utf-8")
    doc = read_document(path)
    table = next(t for t in doc.tables if t.kind == "other")
    assert table.cells[0] == ["项目", "第1列", "变动", "第3列", "第4列"]
    assert [r[0] for r in table.cells[1:]] == ["营业额 / 收益", "销售成本", "毛利", "除税前溢利"]
    typed = {(r["item"], r["period"]): (r["value"], r["statement"]) for t in doc.tables if t.kind == "financials" for r in t.rows}
    assert typed[("毛利", "第3列")] == (600, "income") and not any(p == "变动" for _, p in typed)


def test_rows_run_onto_one_line_under_a_header_written_a_cell_a_line(tmp_path):
    # the header a scraper wrote a cell a line just above the run ('2024/12 RMB(K$) |', '变动 |', …) names its columns:
    # the change column after the latest year is its change on the year before, typed as such
    path = tmp_path / "flat.txt"
    path.write_text("| 损益表 |\n| |\n2024/12 RMB(K$) |\n变动 |\n2023/12 RMB(K$) |\n2022/12 RMB(K$) |\n"
                    "| 营业额 | 1,500 | -6.250% | 1,600 | 1,400 | | 经营溢利/(亏损) | 300 | 7.143% | 280 | 250 | "
                    "| 每股盈利/(亏损)(仙) | 20.000 | 5.263% | 19.000 | 17.000 | | 每股派息(仙) | 10.000 | 0.000% | 10.000 | 8.000 | "
                    "| 派息比率(%) | 50.000% | -- | 52.632% | 47.059% |\n", encoding="utf-8")
    doc = read_document(path)
    table = next(t for t in doc.tables if t.kind == "other")
    assert table.cells[0] == ["项目", "2024/12 RMB(K$)", "变动", "2023/12 RMB(K$)", "2022/12 RMB(K$)"]
    growth = {(r["item"], r["period"]): (r["value"], r["base_period"]) for t in doc.tables if t.kind == "financials"
              for r in t.rows if r.get("growth_of")}
    assert growth[("营业额", "2024/12")] == (-6.25, "2023/12")
    checks = {c["claim"]: c["verdict"] for c in run_families(doc)[0]}
    assert checks["营业额 2024/12 同比 -6.250%"] == "consistent"  # 1,500 ÷ 1,600 − 1
    assert checks["派息比率 2023/12 52.632%"] == "consistent"     # 10.000 ÷ 19.000, the EPS named with its loss and unit


def test_a_data_site_s_two_row_header_and_rows_run_onto_one_line(tmp_path):
    # '报告期 | 每股收益 | 营业总收入 | 净利润 | …' over its rule, then '营业总收入(元) | 同比增长(%) | 净利润(元) | 同比增长(%)':
    # one header, each parent spanning its sub-columns
    path = tmp_path / "site.txt"
    path.write_text("报告期 | 每股收益 | 营业总收入 | 净利润 | 每股净资产(元) | 首次公告日期 | ||\n---|---|---|---|---|---|---|\n"
                    "营业总收入(元) | 同比增长(%) | 净利润(元) | 同比增长(%) | |||\n"
                    "2023-12-31 | -0.22 | 6.96亿 | 11.37 | -5.02亿 | -447.07 | 0.67 | 2024-04-26 |\n"
                    "2022-12-31 | 0.06 | 6.25亿 | -80.56 | 1.44亿 | 110.46 | 0.88 | 2023-04-26 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.columns == ["报告期", "每股收益", "营业总收入(元)", "营业总收入 同比增长(%)", "净利润(元)", "净利润 同比增长(%)",
                             "每股净资产(元)", "首次公告日期"]
    # a header of dates with its blank stub last, and a row carrying the next row after its own on one line
    path.write_text("2024-09-30 | 2024-06-30 | 2023-09-30 | |\n每股收益(元) | 0.76 | 0.44 | 0.68 |\n"
                    "营业总收入(元) | 4363.73亿 | 2660.91亿 | 3288.18亿 | 营业总收入同比增长(%) | 32.71 | 28.69 | -8.94 |\n"
                    "归属净利润(元) | 151.41亿 | 87.39亿 | 134.85亿 |\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == [None, "2024-09-30", "2024-06-30", "2023-09-30"]
    assert [r[0] for r in table.cells[1:]] == ["每股收益(元)", "营业总收入(元)", "营业总收入同比增长(%)", "归属净利润(元)"]


def test_a_copied_report_s_rows_and_heads_run_together_are_set_apart():
    # 中财网's and igu888's copies of a 季度报告 print its table with no space: amounts in 元 print two decimals (a per-share
    # figure four), changes two and a '%', '--' an empty cell; the column heads run together too
    from pipeline.ingest import unglued_figure_rows
    page = ("本报告期本报告期比上年同期增减年初至报告期末年初至报告期末比上年同期增减\n"
            "营业收入(元)841,475,707.9710.45%2,505,678,215.776.67%\n"
            "经营活动产生的现金流量净额(元)----461,236,920.6562.32%\n"
            "基本每股收益(元/股)0.0889107.23%0.21902.48%\n"
            "加权平均净资产收益率1.49%0.75%3.69%0.03%\n"
            "公司2025年营业收入增长10.45%。\n")
    assert unglued_figure_rows(page).splitlines() == [
        "本报告期 本报告期比上年同期增减 年初至报告期末 年初至报告期末比上年同期增减",
        "营业收入(元) 841,475,707.97 10.45% 2,505,678,215.77 6.67%",
        "经营活动产生的现金流量净额(元) -- -- 461,236,920.65 62.32%",
        "基本每股收益(元/股) 0.0889 107.23% 0.2190 2.48%",
        "加权平均净资产收益率 1.49% 0.75% 3.69% 0.03%",
        "公司2025年营业收入增长10.45%。"]


def test_a_data_site_s_groups_of_columns_whose_two_header_lines_ran_together(tmp_path):
    # '数量(亿元)同比增长环比增长' three times under 'M0(…)M1(…)M2(…)': one name a column, each by its group's short name
    from pipeline.ingest import unglued_figure_rows
    page = ("数据日期M0(流通中现金)M1(货币)M2(货币与准货币)\n"
            "数量(亿元)同比增长环比增长数量(亿元)同比增长环比增长数量(亿元)同比增长环比增长\n"
            "2025年01月份142254.5017.20%10.97%1124458.000.40%1.02%3185247.007.00%1.59%\n"
            "2024年12月份128194.2013.00%3.23%1113069.001.20%3.41%3135322.007.30%0.50%\n")
    lines = unglued_figure_rows(page).splitlines()
    assert lines[1].split() == ["数据日期", "M0·数量(亿元)", "M0·同比增长", "M0·环比增长", "M1·数量(亿元)", "M1·同比增长",
                                "M1·环比增长", "M2·数量(亿元)", "M2·同比增长", "M2·环比增长"]
    assert lines[2] == "2025年01月份 142254.50 17.20% 10.97% 1124458.00 0.40% 1.02% 3185247.00 7.00% 1.59%"
    # names that do not repeat evenly over the rows' figures stay as they are
    odd = page.replace("数量(亿元)同比增长环比增长数量(亿元)同比增长环比增长数量(亿元)同比增长环比增长", "数量(亿元)同比增长环比增长")
    assert unglued_figure_rows(odd).splitlines()[1] == "数量(亿元)同比增长环比增长"


def test_a_flattened_table_cut_off_inside_its_last_row_drops_the_cut_cell(tmp_path):
    # a page's excerpt ending inside a flattened table's row: '|营业收入(百万元人民币)|23327.17|23924.37|2' — the '2' is a
    # figure cut short (FY2024's 23,8xx), not 2: the row keeps its whole cells only
    path = tmp_path / "digest.txt"
    path.write_text("财务摘要 |财务指标|FY2022|FY2023|FY2024|FY2025E| |----|----|----|----|----| "
                    "|营业收入(百万元人民币)|23327.17|23924.37|2", encoding="utf-8")
    doc = read_document(path)
    typed = {r["period"]: r["value"] for t in doc.tables if t.kind == "financials" for r in t.rows if r["item"].startswith("营业收入")}
    assert typed == {"FY2022": 23327.17, "FY2023": 23924.37}


def test_a_box_table_s_header_wrapped_over_two_lines_and_its_groups_under_rules(tmp_path):
    # '|营业收入( |占主营业务收|' over '|万元) |入比例(%) |': one header row; a rule between groups opens the next under it
    path = tmp_path / "f10.txt"
    path.write_text("【2024年年度概况】\n┌──────┬─────┬──────┐\n|项目名称 |营业收入( |占主营业务收|\n| |万元) |入比例(%) |\n"
                    "├──────┼─────┼──────┤\n|个人护理 | 123094.26| 94.77|\n|食品 | 5565.95| 4.29|\n|其他业务 | 1224.74| 0.94|\n"
                    "├──────┼─────┼──────┤\n|海外 | 78408.19| 98.46|\n|其他业务 | 1224.74| 1.54|\n└──────┴─────┴──────┘\n",
                    encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == ["项目名称", "营业收入(万元)", "占主营业务收入比例(%)"]
    assert [r[0] for r in table.cells[1:]] == ["个人护理", "食品", "其他业务", "项目名称", "海外", "其他业务"]


def test_a_per_share_row_run_together_splits_at_four_decimals():
    # '0.40590.40310.69%' splits at two decimals too (0.40, 590.40, 310.69%): a per-share row's amounts print four
    from pipeline.ingest import unglued_figure_rows
    page = "基本每股收益(元/股)0.40590.40310.69%\n营业收入(元)5,099,517,768.624,435,751,548.1914.96%\n"
    assert unglued_figure_rows(page).splitlines() == [
        "基本每股收益(元/股) 0.4059 0.4031 0.69%", "营业收入(元) 5,099,517,768.62 4,435,751,548.19 14.96%"]


def test_periods_run_together_over_a_run_together_statement_head_its_columns(tmp_path):
    # a prospectus copied with its cells run together: the periods' heads too, set apart over as many figures
    from pipeline.ingest import unglued_figure_rows
    page = ("合并利润表\n\n项目2015年1-6月2014年度2013年度2012年度\n"
            "一、营业收入2,136,469,138.852,215,297,044.221,342,026,155.171,055,826,146.73\n"
            "手续费及佣金净收入1,590,975,294.131,642,661,970.731,128,927,768.00820,517,496.01\n")
    lines = unglued_figure_rows(page).splitlines()
    assert lines[2] == "项目 2015年1-6月 2014年度 2013年度 2012年度"
    assert lines[3] == "一、营业收入 2,136,469,138.85 2,215,297,044.22 1,342,026,155.17 1,055,826,146.73"
    # over a row of another width the heads stay as printed (they may be a title's years)
    assert unglued_figure_rows(page.replace("2012年度", "")).splitlines()[2] == "项目2015年1-6月2014年度2013年度"
    path = tmp_path / "prospectus.txt"
    path.write_text(page, encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == ["项目", "2015年1-6月", "2014年度", "2013年度", "2012年度"]
    assert table.cells[2][4] == "820,517,496.01"


def test_a_bordered_row_as_wide_as_the_one_above_it_stays_in_its_table(tmp_path):
    # a part under a heading row of its own whose first row ends on a blank cell ('… | 2.90% | |') and whose second
    # does not: both rows are the part's
    path = tmp_path / "q3.txt"
    path.write_text("营业收入(元) | 4,284,357,170.93 | 3.55% | 13,589,430,513.51 | 6.06% |\n"
                    "加权平均净资产收益率 | 0.18% | -2.22% | 3.75% | -5.22% |\n"
                    "本报告期末 | 上年度末 | 本报告期末比上年度末增减 | ||\n"
                    "总资产(元) | 17,130,912,392.93 | 16,647,375,283.89 | 2.90% | |\n"
                    "归属于上市公司股东的所有者权益(元) | 7,693,420,705.32 | 7,745,981,105.08 | -0.68% |\n"
                    "(二)非经常性损益项目和金额\n", encoding="utf-8")
    tables = [t for t in read_document(path).tables if t.kind == "other"]
    assert [r[0] for r in tables[-1].cells[1:]] == ["总资产(元)", "归属于上市公司股东的所有者权益(元)"]


def test_a_box_table_run_onto_one_line_is_set_out_a_row_a_line(tmp_path):
    # the rows after a rule follow each other with a space ('…| 80.76| |加盟及分销 |…'): five cells a row, as the rule draws
    path = tmp_path / "f10.txt"
    path.write_text("【2.主营构成分析】 【2025年概况】 ┌──────┬────┬────┬───┬──────┐ |项目名称 |营业收入( |营业利润( |毛利率|占主营业务收| "
                    "| |万元) |万元) |(%) |入比例(%) | ├──────┼────┼────┼───┼──────┤ |零售 | 561750.84| 211893.89| 37.72| 80.76| "
                    "|加盟及分销 | 112978.88| 10648.81| 9.43| 16.24| |其他业务 | 20870.60| 20751.30| 99.43| 3.00| "
                    "└──────┴────┴────┴───┴──────┘ 【2024年年度概况】", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0] == ["项目名称", "营业收入(万元)", "营业利润(万元)", "毛利率(%)", "占主营业务收入比例(%)"]
    assert [r[0] for r in table.cells[1:]] == ["零售", "加盟及分销", "其他业务"]


def test_a_terminal_table_copied_onto_one_line_gets_its_lines_back():
    # a header, a rule, rows of a name and five figures, a rule, the next period's heading and header, …: only
    # spaces become line breaks, so every offset holds
    from pipeline.ingest import rule_rows_apart
    line = ("【2.主营构成分析】 截止日期:2025-06-30 项目名 营业收入(元) 收入比例(%) 营业利润(元) 利润比例(%) 毛利率(%) "
            "────────── 医药零售(行业) 101.99亿 87.01 42.82亿 90.28 41.99 加盟及分销(行业) 29.13亿 24.85 4.55亿 9.59 15.61 "
            "────────── 截止日期:2025-03-31 项目名 营业收入(元) 收入比例(%) 营业利润(元) 利润比例(%) 毛利率(%) "
            "────────── 零售(行业) 52.63亿 87.59 21.68亿 91.04 41.20 ──────")
    out = rule_rows_apart(line)
    assert len(out) == len(line)
    assert out.splitlines() == [
        "【2.主营构成分析】 截止日期:2025-06-30", "项目名 营业收入(元) 收入比例(%) 营业利润(元) 利润比例(%) 毛利率(%)", "──────────",
        "医药零售(行业) 101.99亿 87.01 42.82亿 90.28 41.99", "加盟及分销(行业) 29.13亿 24.85 4.55亿 9.59 15.61", "──────────",
        "截止日期:2025-03-31", "项目名 营业收入(元) 收入比例(%) 营业利润(元) 利润比例(%) 毛利率(%)", "──────────",
        "零售(行业) 52.63亿 87.59 21.68亿 91.04 41.20", "──────"]
    assert rule_rows_apart("营业收入同比增长12.3%。") == "营业收入同比增长12.3%。"


def test_a_table_scraped_one_cell_a_line_each_closed_by_its_bar(tmp_path):
    # '指 标 |', '本 月 |', …, '7009753 |': each cell and its bar on a line of its own, five to a row
    cells = ["指 标", "本 月", "同比增减%", "1-本月累计", "同比增减%", "一、城市接待旅游人数(人次)", "7009753", "-7.3", "18938542",
             "0.0", "1、国际游客", "1065617", "2.4", "2826267", "2.1", "2、国内游客", "5944136", "-8.8", "16112275", "-0.4"]
    path = tmp_path / "site.txt"
    path.write_text("".join(f"{c} |\n" for c in cells) + "|\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert table.cells[0][:2] == ["指 标", "本 月"]
    assert [row[0] for row in table.cells[1:]] == ["一、城市接待旅游人数(人次)", "1、国际游客", "2、国内游客"]
    assert table.cells[2][1:4] == ["1065617", "2.4", "2826267"]


def test_rows_of_two_cells_a_label_and_a_figure_are_a_table():
    from pipeline.ingest import pipe_tables

    text = ("项目 | 金额 |\n1、募集资金总额 | 14,999,999,957.14 |\n2、减:发行费用 | 83,050,000.00 |\n"
            "3、加:利息收入净额 | 1,137,412,879.69 |\n下一段文字\n")
    (table,) = pipe_tables(text, 1)
    assert table.columns == ["项目", "金额"] and table.rows[2] == {"项目": "3、加:利息收入净额", "金额": "1,137,412,879.69"}
    # (fewer rows, or a row whose value is words, make no table: a headline with a bar in it may be anything)
    assert pipe_tables(text.replace("| 83,050,000.00 |", "| 见下文 |"), 1) == []


def test_a_note_run_onto_a_table_s_last_row_is_split_off(tmp_path):
    # (the last row as wide as the row above it, then '注:…' on its line: the row stays in the table, the note is text)
    path = tmp_path / "holders.txt"
    path.write_text("| 股东名称 | 股份类别 | 期末持股数量 | 持股比例(%) |\n| --- | --- | --- | --- |\n"
                    "| 甲公司 | A股 | 124,004,660,940 | 34.79 |\n| 乙部 | A股 | 110,984,806,678 | 31.14 |\n"
                    "| 丙基金(10) | A股 | 445,137,025 | 0.12 |  注:(1)以上数据来源于本行股东名册。\n", encoding="utf-8")
    (table,) = [t for t in read_document(path).tables if t.kind == "other"]
    assert [row[0] for row in table.cells] == ["股东名称", "甲公司", "乙部", "丙基金(10)"]
    assert table.cells[-1][-1] == "0.12"
