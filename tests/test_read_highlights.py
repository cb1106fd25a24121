"""read.highlights: a Hong Kong results announcement's 財務摘要, flattened by a web copy, written back as '|' rows."""
from pipeline.read import highlights

FLAT = """(股份代號:0151)
截至2019年3月31日止年度之全年業績公佈
財務摘要

截至
3月
31日
2019年
1 2018年
2變動
主要收益表項目人民幣千元人民幣千元
%
經審核未經審核
收益
20,712,027 20,149,781 +2.8
毛利
9,400,171 8,610,402 +9.2
未計利息、所得稅、折舊及攤銷前盈利
3 5,440,400 5,109,049 +6.5
主要財務比率
% %個百分點
毛利率
45.4 42.7 +2.7
營運利潤率
22.1 20.8 -1.3

1
如本公司於2017 年8 月22 日所公佈,本公司之財政年度年結日已由12 月31 日改為3 月31 日。
"""


def test_the_highlights_rows_back_with_their_periods_and_changes():
    page = highlights.unflatten(FLAT)
    assert "| 项目 | 2019年 | 2018年 | 变动 |" in page
    assert "| 收益 | 20,712,027 | 20,149,781 | +2.8% |" in page
    # a footnote's mark before a row's figures is no figure
    assert "| 未計利息、所得稅、折舊及攤銷前盈利 | 5,440,400 | 5,109,049 | +6.5% |" in page
    # under the ratios' heading a change is in points, its sign its word
    assert "| 毛利率(%) | 45.4 | 42.7 | 增加2.7个百分点 |" in page
    assert "| 營運利潤率(%) | 22.1 | 20.8 | 减少1.3个百分点 |" in page
    # the note after the table is kept as prose
    assert "如本公司於2017 年8 月22 日所公佈" in page


def test_no_table_without_two_years_and_a_change_header():
    assert highlights.unflatten(FLAT.replace("1 2018年", "")) == FLAT.replace("1 2018年", "")
    prose = "財務摘要\n本集團收益增加2.8%至207億元,毛利增加9.2%。\n"
    assert highlights.unflatten(prose) == prose
