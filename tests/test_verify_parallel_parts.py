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
