"""verify's `monthly` family: a table of months (a monthly revenue page) and the columns derived
from each month's amount — 月增率, 年增率, 累計, 累計年增率, 近三月累計, a cumulative EPS."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families
from pipeline.verify.families.monthly import role_of

HEADER = "年/月 | 營收 | 月增率(%) | 去年同期年增率(%) | 累計營收 | 累計營收年增率(%) | 近三月累計營收 | 自結稅前EPS | 自結稅前累計EPS |\n"


def page(amounts: dict, eps: dict, edit: tuple = ()) -> str:
    """A monthly revenue page for the months given (newest first), every derived column computed,
    one printed cell replaced where `edit` = (month, column, text)."""
    def shifted(ym, k):
        n = ym[0] * 12 + ym[1] - 1 - k
        return n // 12, n % 12 + 1
    lines = [HEADER, "---|" * 9 + "\n"]
    for ym in sorted(amounts, reverse=True):
        a = amounts[ym]
        ytd = sum(v for m, v in amounts.items() if m[0] == ym[0] and m[1] <= ym[1])
        ytd_before = sum(v for m, v in amounts.items() if m[0] == ym[0] - 1 and m[1] <= ym[1])
        cum_eps = sum(v for m, v in eps.items() if m[0] == ym[0] and m[1] <= ym[1])
        cells = [f"{a:.2f}",
                 f"{(a / amounts[shifted(ym, 1)] - 1) * 100:.2f}" if shifted(ym, 1) in amounts else "-",
                 f"{(a / amounts[shifted(ym, 12)] - 1) * 100:.2f}" if shifted(ym, 12) in amounts else "-",
                 f"{ytd:.2f}", f"{(ytd / ytd_before - 1) * 100:.2f}" if shifted(ym, 12) in amounts else "-",
                 f"{sum(amounts[shifted(ym, k)] for k in range(3)):.2f}" if all(shifted(ym, k) in amounts for k in range(3)) else "-",
                 f"{eps[ym]:.2f}", f"{cum_eps:.2f}"]
        if edit and edit[0] == ym:
            cells[edit[1]] = edit[2]
        lines.append(f"{ym[0]}/{ym[1]} | " + " | ".join(cells) + " |\n")
    return "".join(lines)


AMOUNTS = {(2023, m): 10 + m * 0.5 for m in range(1, 13)} | {(2024, m): 11 + m * 0.75 for m in range(1, 5)}
EPS = {ym: 0.05 + (ym[1] % 3) * 0.02 for ym in AMOUNTS}


def checks(tmp_path, text):
    path = tmp_path / "monthly.txt"
    path.write_text(text, encoding="utf-8")
    return [c for c in run_families(read_document(path))[0] if c["family"] == "monthly"]


def test_every_derived_column_of_a_clean_page_is_judged_right(tmp_path):
    found = checks(tmp_path, page(AMOUNTS, EPS))
    kinds = {c["claim"].split(" ")[0] for c in found}
    assert kinds == {"月增率", "去年同期年增率", "累计营收", "累计营收年增率", "近三月累计营收", "自结税前累计EPS"}
    assert all(c["verdict"] in ("consistent", "rounding") for c in found) and len(found) > 60


@pytest.mark.parametrize("column, text, formula", [
    (1, "5.00", "(营收 2024/3 ÷ 营收 2024/2 − 1) × 100"),      # 月增率: 13.25 over 12.50 is 6.00
    (3, "37.80", "累计营收 2024/2 + 营收 2024/3"),                # 累計: 11.75 + 12.50 + 13.25 is 37.50
    (5, "38.00", "营收 2024/3 + 营收 2024/2 + 营收 2024/1"),
    (7, "0.30", "自结税前累计EPS 2024/2 + 自结税前EPS 2024/3")])
def test_one_edited_cell_is_flagged(tmp_path, column, text, formula):
    found = checks(tmp_path, page(AMOUNTS, EPS, ((2024, 3), column, text)))
    assert [c["verdict"] for c in found if c["formula"] == formula] == ["mismatch"]


def test_columns_by_their_role():
    assert role_of("累计营收年增率(%)") == "ytd_yoy" and role_of("去年同期年增率(%)") == "yoy"
    assert role_of("月增率(%)") == "mom" and role_of("近三月累计营收") == "last3" and role_of("累计营收") == "ytd"
    assert role_of("自结税前累计EPS") == "cum_eps" and role_of("营收") == "amount" and role_of("存货销售比") is None


def test_an_untyped_table_of_months_with_a_group_of_columns_a_series(tmp_path):
    # a data site's money supply, months down ('2025年01月份') and three series across, each 数量 and its 同比/环比:
    # each 环比 over its own series' month before (142254.50 ÷ 128194.20 − 1 = 10.97%)
    path = tmp_path / "money.txt"
    rows = [("2025年01月份", "142254.50", "{mom}", "1124458.00", "1.02%"), ("2024年12月份", "128194.20", "3.23%", "1113069.00", "3.41%"),
            ("2024年11月份", "124180.30", "1.42%", "1076379.00", "2.04%")]
    text = "数据日期 M0·数量(亿元) M0·环比增长 M1·数量(亿元) M1·环比增长\n" + "\n".join(" ".join(r) for r in rows) + "\n"
    def judged(mom):
        path.write_text(text.format(mom=mom), encoding="utf-8")
        return sorted((c["claim"].split()[0], c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
                      if c["family"] == "monthly")
    assert judged("10.97%") == [("M0·环比增长", 3.23, "consistent"), ("M0·环比增长", 10.97, "consistent"),
                                ("M1·环比增长", 1.02, "consistent"), ("M1·环比增长", 3.41, "consistent")]
    assert ("M0·环比增长", 19.97, "mismatch") in judged("19.97%")
