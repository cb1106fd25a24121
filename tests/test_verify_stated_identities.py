"""verify's `stated_identities` family: a figure defined as the difference or the ratio of two others stated beside it
(data/identities.json)."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def identities(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "stated_identities"]


@pytest.mark.parametrize("natural, change, expected", [
    ("-2.25", "1.27", [(-2.25, "consistent"), (-1.27, "consistent")]),    # 6.13 − 8.38; −0.62 − 0.65
    ("-2.52", "0.03", [(-2.52, "mismatch"), (-0.03, "mismatch")]),
])
def test_a_natural_growth_rate_and_its_change(tmp_path, natural, change, expected):
    text = (f"2023年全省出生人口21.31万人,出生率为6.13‰,比上年下降0.62个千分点。死亡人口29.11万人,死亡率为8.38‰,"
            f"比上年上升0.65个千分点。人口自然增长率为{natural}‰,比上年下降{change}个千分点。\n")
    assert identities(tmp_path, text) == expected


def test_a_sex_ratio_in_prose_and_in_a_table(tmp_path):
    text = ("2023年末全省常住人口中,男性为1769.69万人,占51.06%;女性为1696.30万人,占48.94%,性别比(以女性为100,男性对女性的比例)"
            "为104.33。\n")
    assert identities(tmp_path, text) == [(104.33, "consistent")]
    table = ("指标名称 | 单位 | 2021年 | 2022年 |\n男性 | 万人 | 95.68 | 99.01 |\n女性 | 万人 | 103.07 | 109.12 |\n"
             "人口性别比(以女性人口为100) | % | 92.83 | 91.73 |\n人口出生率 | ‰ | 9.87 | 7.92 |\n人口死亡率 | ‰ | 1.82 | 3.44 |\n"
             "人口自然增长率 | ‰ | 8.05 | 4.48 |\n")
    assert identities(tmp_path, table) == [(8.05, "consistent"), (4.48, "consistent"), (92.83, "consistent"), (91.73, "mismatch")]
