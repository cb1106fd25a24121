"""verify's `column_sums` family: a space-set table's lines, one figure the sum of the figures after it, the structure
found by the sums (the header garbled)."""

from pipeline.document import Document, Page, Source
from pipeline.verify.families import column_sums

HEADER = ("3-19 社会保险参保人员情况\n单位:万人\n年 份 养老保险\n参保人数\n      医疗保险参保人数   失业保险\n"
          "机关事 企业 离退休 退休 参保人数\n业单位 单位 人员   人员  \n")
LINES = ["1999 419.46   314.36 105.1 35 3.4 345.6",          # a blank: outside the run
         "2000 568.07 133.24 323.33 111.5 127.3 30.4 346.48",
         "2001 603.41 140.79 314.62 148 351.6 83.7 351.99",
         "2002 616.36 145.48 313.18 157.7 398.13 108.34 326.61",
         "2003 636.19 151.25 317.44 167.51 423.5 116.1 347.5",
         "2004 691.7 152.5 353.8 185.4 476.97 133.89 380.46"]


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return column_sums.find(doc)


def test_a_column_the_columns_after_it_add_up_to():
    checks = _checks(HEADER + "\n".join(LINES) + "\n")
    assert [(c["reported"], c["verdict"]) for c in checks] == [
        (568.07, "consistent"), (603.41, "consistent"), (616.36, "consistent"),
        (636.19, "rounding"),   # 151.25 + 317.44 + 167.51 = 636.20
        (691.7, "consistent")]
    assert all(len(c["_cells"]) == 4 for c in checks)  # the total and its three parts: each editable


def test_the_line_the_structure_misses_is_a_mismatch_and_two_misses_find_none():
    one = LINES[:3] + ["2002 661.36 145.48 313.18 157.7 398.13 108.34 326.61"] + LINES[4:]
    assert [c["verdict"] for c in _checks(HEADER + "\n".join(one))] == [
        "consistent", "consistent", "mismatch", "rounding", "consistent"]
    two = one[:5] + ["2004 619.7 152.5 353.8 185.4 476.97 133.89 380.46"]
    assert _checks(HEADER + "\n".join(two)) == []  # not all lines but one: no structure found


def test_sums_side_by_side_and_no_run_of_prose_or_percentages():
    patents = ("年份 专利申请数 专利授权数\n发明 实用新型 外观设计 发明 实用新型 外观设计\n"
               "1987 305 84 206 15 78 3 73 2\n1988 420 90 320 10 132 13 114 5\n"
               "1989 445 90 318 37 203 20 176 7\n1990 540 95 374 71 276 25 239 12\n")
    checks = _checks(patents)
    assert len(checks) == 8 and {c["verdict"] for c in checks} == {"consistent"}
    assert [c["reported"] for c in checks[:4]] == [305, 420, 445, 540]
    assert _checks(patents.replace(" 2\n", "% 2\n").replace(" 5\n", "% 5\n").replace(" 7\n", "% 7\n")
                   .replace(" 12\n", "% 12\n")) == []  # a line of percentages is no line of this table
    assert _checks("营收 305 84 206 15 同比增长 78 3 73 2\n" * 5) == []  # words among the figures: prose
