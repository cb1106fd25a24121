"""Sample reports Yanbao writes itself: the inputs in raw/ and the tests' fixtures.

`python -m pipeline samples raw/` regenerates raw/. The broker-style PDF carries
what real reports throw at a parser: a two-column first page with an analyst
column, a vertical sidebar, fake-bold headings (text drawn twice, slightly offset),
a running header and footer with page numbers, a recurring disclaimer, a download
stamp that names an email, letter-spaced chart labels, and a ruled two-row-header
price table that continues onto the next page. Facts and figures come from public
reporting on the 2024 API price cuts; the sentences are our own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FONT = "STSong-Light"  # reportlab's built-in CID font: needs no font files

# The 2024 price-cut table as broker reports printed it (vendor, model, date, input
# before/after/cut, output before/after/cut; prices in 元 per million tokens).
PRICE_ROWS = [
    ("深度求索", "DeepSeek-V2", "2024/5/6", "-", "1", "-", "-", "2", "-"),
    ("智谱AI", "GLM-3-Turbo", "2024/5/11", "5", "1", "80%", "5", "1", "-80%"),
    ("火山引擎", "豆包通用模型pro-32k", "2024/5/15", "-", "0.8", "-", "-", "2", "-"),
    ("阿里云", "Qwen-Long(通义千问)", "2024/5/21", "20", "0.5", "98%", "20", "2", "-90%"),
    ("百度", "ERNIE-Speed(文心一言)", "2024/5/21", "4", "免费", "-", "8", "免费", "-"),
    ("百度", "ERNIE-Lite(文心一言)", "2024/5/21", "3", "免费", "-", "6", "免费", "-"),
    ("科大讯飞", "星火Lite", "2024/5/22", "18", "免费", "-", "18", "免费", "-"),
    ("腾讯云", "混元-standard", "2024/5/22", "10", "4.5", "55%", "10", "4.5", "-55%"),
    ("腾讯云", "混元-lite", "2024/5/22", "8", "免费", "-", "8", "免费", "-"),
]
HEADER_TOP = ["厂商", "模型", "降价时间", "输入价格（元/百万tokens）", "", "", "输出价格（元/百万tokens）", "", ""]
# the same rows typed, as the contract's api_price_cuts rows
PRICE_CUT_FACTS = [
    ("deepseek", "DeepSeek-V2", "2024-05-06", None, 1, None, None, 2, None, False),
    ("zhipu", "GLM-3-Turbo", "2024-05-11", 5, 1, 80, 5, 1, 80, False),
    ("bytedance", "Doubao-pro-32k", "2024-05-15", None, 0.8, None, None, 2, None, False),
    ("alibaba", "Qwen-Long", "2024-05-21", 20, 0.5, 98, 20, 2, 90, False),
    ("baidu", "ERNIE Speed", "2024-05-21", 4, 0, None, 8, 0, None, True),
    ("baidu", "ERNIE Lite", "2024-05-21", 3, 0, None, 6, 0, None, True),
    ("iflytek", "Spark Lite", "2024-05-22", 18, 0, None, 18, 0, None, True),
    ("tencent", "Hunyuan-standard", "2024-05-22", 10, 4.5, 55, 10, 4.5, 55, False),
    ("tencent", "Hunyuan-lite", "2024-05-22", 8, 0, None, 8, 0, None, True),
]
HEADER_SUB = ["", "", "", "原价", "现价", "降价幅度", "原价", "现价", "降价幅度"]
STAMP_EMAIL = "li.lei@desk.example.com"


@dataclass
class ReportSpec:
    """What the generated broker report contains; tests vary it."""

    broker: str = "示例证券"
    title: str = "大模型API价格战深度复盘"
    date: str = "2024年8月20日"
    analysts: tuple = (("张明远", "S0000524010001", "zhangmy@broker.example.com"),
                       ("李佳宁", "S0000523070002", "lijn@broker.example.com"))
    rating: str = "强于大市（维持）"
    body_pages: int = 2           # prose pages after the first, before the table
    table_rows: list = field(default_factory=lambda: list(PRICE_ROWS))
    rows_on_first_table_page: int = 5
    stamp: bool = True
    fake_bold: bool = True


def _canvas(path: Path, encrypt=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1), A4


def _text(c, x, y, s, size=10.5, bold=False):
    c.setFont(FONT, size)
    c.drawString(x, y, s)
    if bold:  # fake bold: the same run again, a hair to the right
        c.drawString(x + 0.35, y, s)


def _wrap(s: str, width_chars: int, size: float = 10.5) -> list[str]:
    """Break a Chinese paragraph into lines at most width_chars ems wide, anywhere."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line, width = [], "", 0.0
    for ch in s:
        w = stringWidth(ch, FONT, size) / size
        if width + w > width_chars:
            lines.append(line)
            line, width = "", 0.0
        line += ch
        width += w
    if line:
        lines.append(line)
    return lines


def _paragraph(c, x, y, s, width_chars, size=10.5, leading=17):
    for line in _wrap(s, width_chars, size):
        _text(c, x, y, line, size)
        y -= leading
    return y - 6


def _furniture(c, spec: ReportSpec, number: int, total: int, size):
    w, h = size
    _text(c, 56, h - 40, f"{spec.broker}｜行业深度报告", 9)
    _text(c, w - 170, h - 40, "计算机行业·大模型", 9)
    c.setLineWidth(0.5)
    c.line(56, h - 46, w - 56, h - 46)
    _text(c, 56, 40, "请务必阅读正文之后的免责声明部分", 8)
    _text(c, w - 120, 40, f"第 {number} 页 / 共 {total} 页", 8)
    if spec.stamp:
        _text(c, 56, 26, f"本报告由 {STAMP_EMAIL} 于 2024-08-21 下载", 7)


SUMMARY = [
    "降价潮由深度求索点燃。5月6日，深度求索发布第二代MoE模型DeepSeek-V2，输入价格定为每百万tokens 1元，"
    "输出每百万tokens 2元，约为GPT-4 Turbo的百分之一。",
    "国内厂商随即跟进：5月11日，智谱AI将GLM-3-Turbo的调用价格从5元/百万tokens调至1元/百万tokens，降幅80%；"
    "5月21日，阿里云Qwen-Long输入价格由0.02元/千tokens降到0.0005元/千tokens，降幅97.5%。",
    "海外方面，OpenAI于5月14日推出GPT-4o，输入价格5美元/百万tokens；7月18日推出的GPT-4o mini每百万输入tokens"
    "收费15美分、输出60美分。Meta在7月23日开源Llama 3.1，最大版本参数量达4050亿。",
]
BODY = [
    ("一、参数规模与训练算力", [
        "从GPT-1到GPT-3，参数量由1.17亿扩大到1746亿；据第三方估计，GPT-4的参数规模约为1.8万亿。"
        "按照训练算力C=6ND估算，1746亿参数、3000亿tokens的训练约需3.14×10^23 FLOPs。",
        "若以A100（FP16峰值312 TFLOPS）训练、算力利用率取30%，训练周期30天，所需GPU数量约为1296张；"
        "按每台服务器8张GPU计算，约需162台服务器。",
        "以单台服务器20万美元计，训练集群的硬件投入约为3240万美元。",
    ]),
    ("二、价格战的逻辑", [
        "大模型API同质化程度提高，厂商以价格换取开发者规模。字节跳动5月15日发布豆包大模型，"
        "主力模型Doubao-pro-32k输入价格0.0008元/千tokens，比行业平均低99.3%。",
        "百度5月21日宣布文心大模型两款主力模型ERNIE Speed、ERNIE Lite全面免费；次日腾讯混元-lite、"
        "科大讯飞星火Lite相继宣布免费。",
    ]),
    ("三、收入测算", [
        "我们预计2025E国内大模型API调用市场规模约为120亿元，2024H1的同比增速超过200%。",
        "今年上半年国内主要厂商累计发布新模型超过30个，其中参数在千亿级以上的约占三成。",
    ]),
]


def broker_report_pdf(path: str | Path, spec: ReportSpec | None = None, encrypt=None) -> Path:
    """Write the broker-style sample report to `path`."""
    spec = spec or ReportSpec()
    path = Path(path)
    c, size = _canvas(path, encrypt)
    w, h = size
    split = spec.rows_on_first_table_page
    total = 1 + spec.body_pages + (2 if len(spec.table_rows) > split else 1)

    # page 1: sidebar, analyst column on the left, summary column on the right
    _furniture(c, spec, 1, total, size)
    for i, ch in enumerate("行业研究报告"):
        _text(c, 22, h - 200 - i * 16, ch, 11)
    _text(c, 235, h - 90, spec.title, 20, bold=spec.fake_bold)
    _text(c, 60, h - 130, "证券研究报告", 11)
    _text(c, 60, h - 148, spec.date, 11)
    _text(c, 60, h - 172, "计算机行业", 10)
    _text(c, 60, h - 186, spec.rating, 10)
    y = h - 215
    for name, cert, email in spec.analysts:
        _text(c, 60, y, f"分析师：{name}", 9)
        _text(c, 60, y - 13, f"执业证书编号：{cert}", 8)
        _text(c, 60, y - 26, email, 8)
        y -= 48
    _text(c, 60, y - 10, "相关研究", 9, bold=spec.fake_bold)
    _text(c, 60, y - 26, "《AI应用的商业化路径》2024.06", 8)
    x, yy = 235, h - 140
    _text(c, x, yy, "核心观点", 13, bold=spec.fake_bold)
    yy -= 24
    for para in SUMMARY:
        yy = _paragraph(c, x, yy, para, 28)
    c.showPage()

    # prose pages with fake-bold headings and a chart with letter-spaced labels
    for k in range(spec.body_pages):
        number = 2 + k
        _furniture(c, spec, number, total, size)
        yy = h - 90
        sections = BODY[k::spec.body_pages] if spec.body_pages <= len(BODY) else [BODY[k % len(BODY)]]
        for title, paras in sections:  # each section once, spread over the pages (long reports repeat them)
            _text(c, 60, yy, title, 13, bold=spec.fake_bold)
            yy -= 24
            for para in paras:
                yy = _paragraph(c, 60, yy, para, 44)
        if k == 0:
            _chart(c, 60, 120)
        c.showPage()

    # the price table, continued onto the next page
    rows = spec.table_rows
    for part, chunk in enumerate([rows[:split], rows[split:]] if len(rows) > split else [rows]):
        number = 2 + spec.body_pages + part
        _furniture(c, spec, number, total, size)
        caption = "表1：主要厂商大模型API降价情况" + ("（续）" if part else "")
        _text(c, 60, h - 90, caption, 10, bold=spec.fake_bold)
        _ruled_table(c, 40, h - 105, chunk, with_header=(part == 0))
        _text(c, 60, h - 130 - 22 * (len(chunk) + 2), "资料来源：各公司官网，示例证券研究所", 8)
        c.showPage()
    c.save()
    return path


def _chart(c, x, y):
    """A bar chart whose axis labels are letter-spaced, as chart text often is."""
    _text(c, x, y + 150, "图1：国内大模型API调用量（亿次）", 9)
    for i, v in enumerate([12, 30, 55, 80]):
        c.rect(x + 40 + i * 60, y, 30, v * 1.5, stroke=0, fill=1)
        _text(c, x + 44 + i * 60, y - 14, f"{i + 1}Q24", 8)
    label = "营业收入"
    for i, ch in enumerate(label):
        _text(c, x + 300 + i * 18, y + 60, ch, 9)


COL_WIDTHS = [54, 112, 58, 40, 40, 50, 40, 40, 50]


def _ruled_table(c, x, top, rows, with_header=True):
    c.setLineWidth(0.6)
    heights = 22
    xs = [x]
    for wd in COL_WIDTHS:
        xs.append(xs[-1] + wd)
    y = top
    lines = []
    if with_header:
        lines.append((HEADER_TOP, True))
        lines.append((HEADER_SUB, False))
    lines += [(list(r), None) for r in rows]
    c.line(xs[0], y, xs[-1], y)
    for cells, top_header in lines:
        yb = y - heights
        for i, cell in enumerate(cells):
            if cell:
                span_end = i + 1
                if top_header and i >= 3:
                    span_end = i + 3
                from reportlab.pdfbase.pdfmetrics import stringWidth

                size = 8
                while stringWidth(cell, FONT, size) > xs[span_end] - xs[i] - 4 and size > 5:
                    size -= 0.5  # shrink to fit the cell, as typesetters do
                cx = (xs[i] + xs[span_end]) / 2
                _text(c, cx - stringWidth(cell, FONT, size) / 2, yb + 7, cell, size)
        # verticals: skip inside the merged top-header cells
        for i, xv in enumerate(xs):
            if top_header and i in (4, 5, 7, 8):
                continue
            c.line(xv, y, xv, yb)
        if top_header:
            # the top header's lower rule spans only the price groups; 厂商/模型/时间 span both rows
            c.line(xs[3], yb, xs[-1], yb)
        else:
            c.line(xs[0], yb, xs[-1], yb)
        y = yb


# ----------------------------------------------------------------------------- text samples
TRADITIONAL_ARTICLE = """大模型價格戰持續升溫：阿里雲通義千問主力模型大幅降價

（本報訊）2024年5月21日，阿里雲宣佈通義千問九款模型降價。其中，對標GPT-4的主力模型Qwen-Long，API輸入價格由0.02元/千tokens降至0.0005元/千tokens，降幅達97.5%；輸出價格由0.02元/千tokens降至0.002元/千tokens，降幅90%。

同日，百度智能雲宣佈文心大模型兩款主力模型ERNIE Speed、ERNIE Lite全面免費，即刻生效。騰訊雲則在次日表示，混元-lite模型免費開放，混元-standard的輸入價格由每百萬tokens 10元降至4.5元。

業內人士認為，本輪降價潮自5月6日深度求索發佈DeepSeek-V2開始，其輸入價格為每百萬tokens 1元。價格下探有助於擴大開發者規模，但對於參數在千億級以上的模型，推理成本仍是廠商需要面對的現實問題。
"""

GB18030_NOTES = """大模型参数与训练算力笔记

一、参数规模
GPT-3的参数量为1746亿，训练数据约3000亿tokens；Llama 3.1最大版本为405B参数，Mixtral采用8x7B的稀疏专家结构。

二、训练算力
按C=6ND估算，GPT-3的训练算力约为3.14×10^23 FLOPs。若用H100（FP16稠密峰值约989 TFLOPS）训练，算力利用率按30%计，所需卡时显著少于A100。

三、价格
2024年7月18日OpenAI推出GPT-4o mini，每百万输入tokens收费15美分，每百万输出tokens收费60美分。
"""

HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>海外大模型发布速览 - 示例资讯</title>
<style>body { font-family: sans-serif; } .ad { color: red; }</style>
<script>window.tracker = function () { console.log("页面统计代码"); };</script>
</head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/ai">人工智能</a> &gt; 大模型</nav>
<header><div class="logo">示例资讯</div></header>
<article>
<h1>海外大模型发布速览</h1>
<p class="meta">发布时间：2024年7月25日</p>
<p>7月23日，Meta正式发布Llama 3.1，包含8B、70B和405B三个参数版本，其中405B为目前最大的开源模型之一。</p>
<p>此前，Anthropic于6月21日发布Claude 3.5 Sonnet，输入价格为每百万tokens 3美元，输出价格为每百万tokens 15美元。</p>
<table>
<tr><th>模型</th><th>发布时间</th><th>输入价格（美元/百万tokens）</th></tr>
<tr><td>GPT-4o</td><td>2024/5/14</td><td>5</td></tr>
<tr><td>GPT-4o mini</td><td>2024/7/18</td><td>0.15</td></tr>
</table>
</article>
<aside>相关推荐：更多精彩内容请关注我们</aside>
<footer>版权所有 © 示例资讯</footer>
<script>document.write("广告");</script>
</body>
</html>
"""


def write_all(folder: str | Path) -> list[Path]:
    """Regenerate every sample input into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    from decimal import Decimal

    from .samples_company import CompanySpec, company_report_pdf

    # two brokers on one company, so that `yanbao financials --compare` has forecasts to set side by side
    second = CompanySpec(broker="样本证券", date="2025年6月3日", rating="增持", action="首次", close=Decimal("44.10"),
                         target=Decimal("52.00"), analysts=(("周启航", "S0000524060003"),),
                         revenue=(Decimal("12800"), Decimal("15104"), Decimal("17650"), Decimal("20380"),
                                  Decimal("23120")))
    written = [broker_report_pdf(folder / "broker_api_price_war.pdf"),
               company_report_pdf(folder / "company_semiconductor_q1.pdf"),
               company_report_pdf(folder / "company_semiconductor_initiation.pdf", second)]
    p = folder / "traditional_qwen_price_cut.txt"
    p.write_text(TRADITIONAL_ARTICLE, encoding="utf-8")
    written.append(p)
    p = folder / "gb18030_training_compute.txt"
    p.write_bytes(GB18030_NOTES.encode("gb18030"))
    written.append(p)
    p = folder / "overseas_models.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    written.append(p)
    return written
