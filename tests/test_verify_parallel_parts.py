"""verify's `parallel_parts` family on balance-of-payments figures written here: a total stated as several measures in one
run, its parts after 其中 as the same measures, each measure summed."""
import pytest

from conftest import one_page_doc
from pipeline.verify.families import parallel_parts

TRADE = ("2020年3月,我国国际收支口径的国际货物和服务贸易收入14322亿元,支出{pay}亿元,顺差970亿元。其中,货物贸易收入12914亿元,"
         "支出10926亿元,顺差1988亿元;服务贸易收入1407亿元,支出2426亿元,逆差1018亿元。")


def judged(text):
    return [(c["reported"], c["recomputed"], c["verdict"]) for c in parallel_parts.find(one_page_doc(text))]


def test_each_measure_is_the_sum_of_its_parts_figures():
    # 12914 + 1407 = 14321 (14322 within the parts' rounding); 10926 + 2426 = 13352; a deficit counts against: 1988 − 1018
    assert judged(TRADE.format(pay="13352")) == [(14322, 14321, "rounding"), (13352, 13352, "consistent"),
                                                 (970, 970, "consistent")]
    assert judged(TRADE.format(pay="13552"))[1] == (13552, 13352, "unverifiable")  # short: a part not listed?
    assert judged(TRADE.format(pay="13152"))[1] == (13152, 13352, "mismatch")      # over: no part left out explains it


@pytest.mark.parametrize("text", [
    # a part stating other measures, or only one part
    "贸易收入14322亿元,支出13352亿元。其中,货物贸易收入12914亿元,顺差1988亿元;服务贸易收入1407亿元,逆差1018亿元。",
    "贸易收入14322亿元,支出13352亿元。其中,货物贸易收入12914亿元,支出10926亿元。",
])
def test_no_check_where_the_parts_do_not_run_parallel(text):
    assert judged(text) == []


def test_the_currency_after_the_unit():
    # '…收入13968亿元人民币,支出13813亿元人民币,顺差155亿元人民币。其中,…'
    text = ("2018年1月,国际货物和服务贸易收入13968亿元人民币,支出13813亿元人民币,顺差155亿元人民币。其中,货物贸易收入12659亿元人民币,"
            "支出11100亿元人民币,顺差1559亿元人民币;服务贸易收入1309亿元人民币,支出2713亿元人民币,逆差1404亿元人民币。")
    assert [v for _, _, v in judged(text)] == ["consistent"] * 3


def test_parts_stating_output_and_sales_in_one_clause(tmp_path):
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    text = ("据统计,9月新能源汽车生产28324辆,销售{}辆,同比增长分别达2.1倍和2.2倍。其中,纯电动汽车产销量分别达20365辆和19228辆,"
            "同比增长分别达2.7倍和2.9倍;插电式混合动力汽车产销量分别为7959辆和8864辆,同比增长分别为1.1倍和1.3倍。")
    path = tmp_path / "autos.txt"
    for sales, verdict in (("28092", "consistent"), ("27092", "mismatch")):  # (parts over their total)
        path.write_text(text.format(sales) + "\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
                 if c["family"] == "parallel_parts"]
        assert found == [(28324, "consistent", "纯电动汽车产量 20365 + 插电式混合动力汽车产量 7959"),
                         (float(sales), verdict, "纯电动汽车销量 19228 + 插电式混合动力汽车销量 8864")]
