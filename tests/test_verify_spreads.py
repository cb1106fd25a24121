"""verify's `spreads` family on money and bond notes written here: a spread between two rates the
text states before it, in points or basis points, by its sign or (倒挂, 差值) by its size."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def spreads(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "spreads"]


def test_a_spread_of_two_growths_stated_before(tmp_path):
    text = ("7月末,广义货币(M2)余额329.94万亿元,同比增长8.8%;狭义货币(M1)余额111.06万亿元,同比增长5.6%。"
            "M1-M2剪刀差为{spread}个百分点。")
    assert spreads(tmp_path, text.format(spread="-3.2")) == [(-3.2, "consistent")]
    assert spreads(tmp_path, text.format(spread="-3.5")) == [(-3.5, "mismatch")]


def test_a_spread_in_basis_points_and_one_by_its_size(tmp_path):
    assert spreads(tmp_path, "10Y国债收益率为1.75%,1Y国债收益率为1.40%,10Y-1Y利差为35bp。") == [(35, "consistent")]
    assert spreads(tmp_path, "当前M1≈8.6%,M2≈5.6%,M1–M2差值≈3.0%左右。") == [(3.0, "consistent")]


def test_no_spread_judged_whose_rates_are_not_stated(tmp_path):
    assert spreads(tmp_path, "事件:11月社融新增19,900亿元,M2-社融同比倒挂1.5%。") == []
