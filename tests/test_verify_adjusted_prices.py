"""verify's `adjusted_prices` family: a price per share adjusted for a cash dividend is the price before less the
dividend per share."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def adjusted(tmp_path, body, title="关于可转债转股价格调整的公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "adjusted_prices"]


@pytest.mark.parametrize("after, verdict", [("11.48", "consistent"), ("11.45", "mismatch")])
def test_the_price_before_less_the_dividend_the_text_gives_for_it(tmp_path, after, verdict):
    # the dividend reckoned over the whole share count (0.0217230), not the one declared per ten shares (0.022)
    body = (f"- 调整前“某某转债”转股价格为11.50元/股 - 调整后“某某转债”转股价格为{after}元/股 - 以197,863,894股为基数,"
            "每10股派现0.22元(含税) - 按总股本折算每股现金红利为0.0217230元")
    assert adjusted(tmp_path, body) == [(float(after), verdict, "11.50 − 0.0217230")]


def test_a_cap_now_and_before_and_a_dividend_declared_per_ten_shares(tmp_path):
    body = "- 原回购价上限不超4.95元/股,现调为不超4.90元/股 - 2023年度以5178413129股为基数,每10股派0.5元现金"
    assert adjusted(tmp_path, body, "关于权益分派实施后调整回购股份价格上限的公告") == [(4.9, "consistent", "4.95 − 0.5/10")]


def test_bonus_shares_leave_it_unverifiable_and_a_history_of_adjustments_is_not_judged(tmp_path):
    body = ("回购股份价格上限由25元/股调整至17.73元/股。此次调整源于2023年度利润分配,包括每股0.20元现金红利和每1股转增0.4股的"
            "资本公积金转增股本。")
    assert adjusted(tmp_path, body, "关于权益分派后调整回购股份价格上限的公告") == [
        (17.73, "unverifiable", "(25 − 0.20) ÷ (1 + n)")]
    history = ("- 2024年5月30日转股价格由5.73元/股调整为5.63元/股 - 2024年11月12日转股价格由5.63元/股调整为5.67元/股 "
               "- 向全体股东每10股派发现金红利0.70元")
    assert adjusted(tmp_path, history) == []
