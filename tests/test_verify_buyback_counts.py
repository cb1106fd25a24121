"""verify's `buyback_counts` family: the shares a buyback plan expects at its funds' floor and cap, at its price cap."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def counts(tmp_path, body, title="关于调整回购股份价格上限的公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "buyback_counts"]


@pytest.mark.parametrize("high, verdict", [("2,164,111", "rounding"), ("2,146,111", "mismatch")])
def test_whole_shares_the_funds_buy_at_the_adjusted_cap(tmp_path, high, verdict):
    # 8,000万 ÷ 55.45 = 1,442,741.2 printed 1,442,742 (rounded up); 12,000万 ÷ 55.45 = 2,164,111.8 printed floored
    body = ("- 调整前回购价格上限不超过人民币56.05元/股(含) - 调整后回购价格上限不超过人民币55.45元/股(含) "
            f"- 回购资金总额不低于8,000万元且不超过12,000万元 - 按调整后价格上限计算,预计回购数量为1,442,742股至{high}股")
    assert counts(tmp_path, body) == [(1442742, "rounding", "8,000万元 ÷ 55.45元/股"),
                                      (float(high.replace(",", "")), verdict, "12,000万元 ÷ 55.45元/股")]


def test_counts_in_ten_thousands_at_the_floor_and_the_cap(tmp_path):
    body = ("- 公司拟回购资金不低于1亿且不超2亿 - 原回购价上限不超4.95元/股,现调为不超4.90元/股 "
            "- 按下限测算预计回购约2040.82万股,占比0.39% - 按上限测算预计回购约4081.63万股,占比0.78%")
    assert counts(tmp_path, body) == [(2040.82, "consistent", "1亿 ÷ 4.90元/股"), (4081.63, "consistent", "2亿 ÷ 4.90元/股")]
    # (two caps and no adjustment: which the counts are at, the text does not say)
    assert counts(tmp_path, body.replace("原回购价上限不超4.95元/股,现调为不超4.90元/股", "回购价格不超过4.95元/股;回购价格不超过4.90元/股")) == []


@pytest.mark.parametrize("high_share, verdict", [("0.70", "consistent"), ("0.75", "mismatch")])
def test_the_counts_shares_of_a_count_never_stated_imply_one_count(tmp_path, high_share, verdict):
    # 0.35% of the count at 1,497,902 shares; 2,995,805 shares are then 0.70% of it
    body = ("- 调整前回购价格上限16.77元/股,调整后16.69元/股 - 回购金额2500 - 5000万元 - 调整后回购数量1497902 - 2995805股,"
            f"占总股本0.35% - {high_share}%")
    found = counts(tmp_path, body)
    assert found[2] == (float(high_share), verdict, "0.35% × 2995805 ÷ 1497902")
