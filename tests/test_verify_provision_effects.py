"""verify's `provision_effects` family: an impairment notice's effect on profit, the charges less the write-backs."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def effects(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于2024年度计提资产减值准备的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "provision_effects"]


@pytest.mark.parametrize("effect, verdict", [("3,764.52", "consistent"), ("3,746.52", "mismatch")])
def test_the_charges_less_the_write_backs_in_one_sentence(tmp_path, effect, verdict):
    body = f"经测试,2024年度公司计提减值准备合计人民币7,759.45万元,转销减少3,994.93万元,影响公司本期利润总额{effect}万元。"
    assert effects(tmp_path, body) == [(float(effect.replace(",", "")), verdict, "7,759.45万元 − 3,994.93万元")]


def test_an_effect_printed_as_a_fall_and_its_write_back_stated_after_it(tmp_path):
    body = ("业绩总结 - 上半年拟计提信用和资产减值损失合计179,618,868.10元[2] - 综合考虑计提和转销,对利润总额影响为 - "
            "77,356,311.22元[9] - 以前期间计提跌价的部分存货本期转销金额102,262,556.88元[8]")
    assert effects(tmp_path, body) == [(-77356311.22, "consistent", "−(179,618,868.10元 − 102,262,556.88元)")]


def test_two_write_backs_say_nothing_of_which_goes_with_the_effect(tmp_path):
    body = "计提减值准备合计7,759.45万元,转销减少3,994.93万元,转回1,000.00万元,影响公司本期利润总额2,764.52万元。"
    assert effects(tmp_path, body) == []
