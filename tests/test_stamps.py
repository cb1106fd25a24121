"""Who downloaded a report is never stored: every stamp form, in PDF, text and HTML, is
gone from page text, meta, entities, tables, the database and its search index, while
the analysts' own names and contacts stay in meta and a download date never becomes
the report's date."""
import json
import sqlite3

import pytest

from pipeline import batch, samples

STAMPS = [
    "仅供 张三(zhangsan@abc.com) 使用",
    "下载用户：李四 13912345678",
    "用户 13700001111 专用 孙七",
    "Downloaded by x@y.com on 2024-05-01",
    "本报告仅供：易方达基金管理有限公司 王五 使用，已记录日志请勿传阅。",
]
PRIVATE = ["张三", "zhangsan", "李四", "13912345678", "13700001111", "孙七", "x@y.com", "易方达", "王五",
           "TRACK7F3A9C", "赵六"]
BODY = ["大模型API价格战深度复盘", "5月6日，深度求索发布DeepSeek-V2，输入价格每百万tokens 1元，输出2元。",
        "智谱AI跟进，GLM-3 Turbo的价格从5元/百万tokens降至1元/百万tokens。", "阿里云Qwen-Long降价97%。"]


def stamped_pdf(path):
    c, (w, h) = samples._canvas(path)
    for page in range(2):
        y = h - 80
        samples._text(c, 60, y, BODY[0], 16)
        samples._text(c, 60, y - 30, "分析师：陈明 执业证书编号：S0000524010009 chenming@broker.example.com", 9)
        for k, line in enumerate(BODY[1:]):
            samples._text(c, 60, y - 70 - 22 * k, line, 10.5)
        for k, stamp in enumerate(STAMPS):
            samples._text(c, 60, 120 - 14 * k, stamp, 7)
        # a diagonal grey watermark across the body, and white 1-point tracking text
        c.saveState()
        c.setFillGray(0.75)
        c.translate(150, 300)
        c.rotate(45)
        samples._text(c, 0, 0, "赵六 13912345678 机密", 40)
        c.restoreState()
        c.setFillColorRGB(1, 1, 1)
        samples._text(c, 300, 700, "TRACK7F3A9C", 1)
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return path


def stamped_text(path):
    path.write_text("\n".join([BODY[0], STAMPS[0], BODY[1], STAMPS[1], BODY[2], STAMPS[2], STAMPS[3], STAMPS[4],
                               BODY[3]]) + "\n", encoding="utf-8")
    return path


def stamped_html(path):
    body = "".join(f"<p>{line}</p>" for pair in zip(BODY, STAMPS) for line in pair)
    path.write_text(f"<html><head><title>{BODY[0]}</title></head><body>{body}<p>{STAMPS[4]}</p></body></html>",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("build", [stamped_pdf, stamped_text, stamped_html], ids=["pdf", "text", "html"])
def test_no_stamp_is_stored_anywhere(tmp_path, build):
    src = build(tmp_path / {"stamped_pdf": "r.pdf", "stamped_text": "r.txt", "stamped_html": "r.html"}[build.__name__])
    out = tmp_path / "out"
    result = batch.ingest_paths([src], out=out, db=out / "yanbao.db")
    assert not result.failed
    (doc_path,) = (out / "docs").glob("*.json")
    stored = doc_path.read_text("utf-8")
    doc = json.loads(stored)
    conn = sqlite3.connect(out / "yanbao.db")
    dumped = "\n".join(str(row) for table in ("documents", "pages", "entities", "table_rows", "pages_fts")
                       for row in conn.execute(f"SELECT * FROM {table}"))
    failures = (out / "failures.json").read_text("utf-8")
    for secret in PRIVATE:
        assert secret not in stored.replace(" ", ""), secret
        assert secret not in dumped.replace(" ", ""), secret
        assert secret not in failures
    # the report itself is all there, and no download date became its date
    text = "".join(p["text"] for p in doc["pages"])
    assert "DeepSeek-V2" in text and "Qwen-Long" in text
    assert doc["meta"].get("date") in (None, "") or not doc["meta"]["date"].startswith("2024-05-01")
    assert {e["text"] for e in doc["entities"]} >= {"DeepSeek-V2", "GLM-3 Turbo", "Qwen-Long"}
    if build is stamped_pdf:  # the analyst's own contact stays in meta
        assert [a["name"] for a in doc["meta"]["analysts"]] == ["陈明"]
