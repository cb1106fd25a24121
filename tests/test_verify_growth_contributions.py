"""verify's `growth_contributions` family: a part's pull on its whole's growth (拉动…增长X个百分点) and its share of the
whole's growth (贡献率), from the amounts and growths the text states."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

RELEASE = ("前三季度,电信业务收入累计完成13152亿元,同比增长2.6%。\n"
           "前三季度,三家基础电信企业完成互联网宽带业务收入2044亿元,同比增长4.2%,占电信业务收入的15.5%,"
           "拉动电信业务收入增长{pull}个百分点;完成新兴业务收入3252亿元,同比增长9.4%,对电信业务收入增长的贡献率为{share}%。\n")


def contributions(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "growth_contributions"]


@pytest.mark.parametrize("pull, share, expected", [
    # (2044 − 2044 ÷ 1.042) ÷ (13152 ÷ 1.026) = 0.64 points; (3252 − 3252 ÷ 1.094) ÷ (13152 − 13152 ÷ 1.026) = 84%
    ("0.6", "84", [(0.6, "consistent"), (84, "consistent")]),
    ("1.6", "48", [(1.6, "mismatch"), (48, "mismatch")]),
])
def test_a_parts_pull_and_share_of_its_wholes_growth(tmp_path, pull, share, expected):
    assert contributions(tmp_path, RELEASE.format(pull=pull, share=share)) == expected


def test_a_whole_the_text_does_not_state_or_grown_at_constant_prices(tmp_path):
    # no amount of 通信服务收入 anywhere: unverifiable, naming it; GDP grows at constant prices: no amount's change
    text = ("数字化转型收入达1326亿元,同比增长19.6%,对通信服务收入增量贡献达到84.1%。\n"
            "第三产业增加值35000亿元,同比增长5.0%,拉动GDP增长2.9个百分点。\n")
    assert contributions(tmp_path, text) == [(84.1, "unverifiable")]
