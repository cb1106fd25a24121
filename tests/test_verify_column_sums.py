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


def test_a_column_split_twice_and_a_long_table_s_few_misprints():
    # 总人口 = 男性 + 女性, and again = 农业人口 + 非农业人口 (the second run further on); Ningbo's yearbook, 11 lines,
    # its 1993 total 0.13 off both splits: found by the others, and flagged
    rows = ["1986 158.53 491.89 251.56 240.33 394.69 97.20", "1987 164.78 498.15 254.80 243.35 399.48 98.67",
            "1989 175.12 507.64 259.75 247.89 406.08 101.56",
            "1990 176.06 510.76 260.99 249.77 407.78 102.98", "1991 179.22 514.16 262.68 251.48 409.61 104.55",
            "1992 180.89 516.72 264.09 252.63 409.90 106.82", "1993 182.80 519.85 265.72 254.26 410.17 109.81",
            "1994 184.38 522.85 267.24 255.61 410.17 112.68", "1996 186.82 530.08 270.30 259.78 410.57 119.51",
            "1997 188.83 533.31 271.89 261.42 409.81 123.50", "1999 192.52 538.41 273.65 264.76 401.29 137.12"]
    checks = _checks("年份 总户数 总人口 男性 女性 农业人口 非农业人口\n" + "\n".join(rows))
    assert {c["formula"] for c in checks} == {"column 2 = column 3 + column 4", "column 2 = column 5 + column 6"}
    flagged = [(c["claim"], c["verdict"]) for c in checks if c["verdict"] == "mismatch"]
    assert flagged == [("1993: 519.85 = 265.72 + 254.26", "mismatch"), ("1993: 519.85 = 410.17 + 109.81", "mismatch")]
    # a long table may miss one line in ten: 1988's 0.02 as well, among 21 lines
    longer = rows + ["1988 170.92 503.06 257.19 245.89 402.81 100.25"] + [
        f"{2000 + y} {190 + y}.00 {540 + y}.00 {270 + y}.00 {270}.00 {400 - y}.00 {140 + 2 * y}.00" for y in range(9)]
    checks = _checks("年份 总户数 总人口 男性 女性 农业人口 非农业人口\n" + "\n".join(longer))
    assert sum(c["verdict"] == "mismatch" for c in checks) == 3 and len(checks) == 42


def test_a_column_over_parts_one_of_which_has_its_own_between():
    # 生产总值 = 第一产业 + 第二产业 + 第三产业, 第二产业's own parts (工业, 建筑业) printed between them and set aside
    rows = ["1978 183.06 183.06 52.20 92.38 83.19 9.19 38.48 364", "1979 203.22 203.22 61.11 101.76 89.69 12.07 40.35 400",
            "1980 219.24 219.24 68.09 105.88 94.08 11.80 45.27 427", "1981 222.54 222.54 71.03 103.15 92.34 10.81 48.36 427",
            "1982 251.45 251.45 85.59 107.83 95.33 12.50 58.03 474"]
    checks = _checks("年份 收入总值 生产总值 第一产业 第二产业 工业 建筑业 第三产业 人均\n" + "\n".join(rows))
    formulas = {c["formula"] for c in checks}
    assert "column 4 = column 5 + column 6" in formulas                 # 第二产业 = 工业 + 建筑业
    assert "column 1 = column 3 + column 4 + column 7" in formulas or "column 2 = column 3 + column 4 + column 7" in formulas
    assert {c["verdict"] for c in checks} == {"consistent"}
