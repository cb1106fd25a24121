"""verify's `crop_yields` family: a crop's yield against its output over its sown area."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

RELEASE = ("2021年全国早稻总产量2802万吨(560.4亿斤),比2020年增加72.3万吨(14.46亿斤),增长2.7%。\n"
           "2021年全国早稻播种面积4734千公顷(7101万亩),比上年减少16.6千公顷(24.9万亩),下降0.4%。\n"
           "2021年全国早稻单产{yield_}公斤/公顷(395公斤/亩),比上年增加173.0公斤/公顷(11.5公斤/亩),增长3.0%。\n")


def yields(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0] if c["family"] == "crop_yields"]


@pytest.mark.parametrize("yield_, verdict", [("5918", "rounding"), ("5981", "mismatch")])
def test_the_yield_is_the_output_over_the_sown_area(tmp_path, yield_, verdict):
    # 2802万吨 ÷ 4734千公顷 = 5918.9 kg/ha; 2801.5–2802.5万吨 allow 5917.8–5919.9
    assert yields(tmp_path, RELEASE.format(yield_=yield_)) == [(int(yield_), verdict, "2802万吨 ÷ 4734千公顷 in 公斤/公顷")]


def test_another_crops_figures_or_a_change_are_no_inputs(tmp_path):
    # the area named is 夏粮's, the yield 小麦's: no check; a change in amount is no output
    text = "夏粮播种面积2643.8万公顷。小麦产量13434万吨。小麦单位面积产量5863.4公斤/公顷。"
    assert yields(tmp_path, text) == []
