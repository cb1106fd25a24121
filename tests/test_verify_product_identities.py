"""verify's `product_identities` family: a figure that is the product of two stated just before it
(data/product_identities.json) — a hotel group's RevPAR as its ADR times its occupancy."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def judged(tmp_path, text):
    path = tmp_path / "news.txt"
    path.write_text("示例酒店集团:第三季度业绩\n" + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "product_identities"]


def test_revpar_from_adr_and_occupancy_stated_before_it(tmp_path):
    # 304 × 84.1% = 255.7
    text = "第三季度华住中国的综合ADR(日均房价)为304元,同比增长1%;OCC(入住率)为84.1%,同比减少0.8个百分点;RevPAR(平均可出租客房收入)为{}元。"
    assert judged(tmp_path, text.format("256")) == [(256, "consistent")]
    assert judged(tmp_path, text.format("266")) == [(266, "mismatch")]


def test_a_part_s_factor_is_not_the_whole_s(tmp_path):
    # a segment's ADR ('中高端ADR') does not make the group's RevPAR
    assert judged(tmp_path, "中高端ADR为404元,整体入住率为84.1%,RevPAR为256元。") == []


def test_a_part_s_revpar_with_its_factors_stated_after_it(tmp_path):
    # 245.01 × 69.77% = 170.94: the part's RevPAR, then its ADR and OCC in the same sentence
    text = ("2025年第三季度公司境内有限服务型酒店RevPAR为170.94元/间,同比减少1.99%;ADR为245.01元,同比增长3.01%;"
            "OCC为{}%,同比下降3.59个百分点。")
    assert judged(tmp_path, text.format("69.77")) == [(170.94, "consistent")]
    assert judged(tmp_path, text.format("79.77")) == [(170.94, "mismatch")]
    # a part's RevPAR is not made of factors stated before it, which may be the whole's
    assert judged(tmp_path, "整体ADR为245.01元,OCC为69.77%。有限服务型酒店RevPAR为170.94元。") == []


def test_an_airline_s_revenue_per_seat_kilometre_of_the_same_period(tmp_path):
    # 0.47 × 85.9% = 0.404 (0.399–0.408 as printed): 座公里收益 as the yield times the load factor
    text = "2025Q3:ASK同比+5.7%,RPK同比+6.2%,客座率85.9%,同比+0.4pct。{p}:测算客公里客运收益0.47元,同比-3.0%;座公里收益{v}元。"
    assert judged(tmp_path, text.format(p="2025Q3", v="0.41")) == [(0.41, "rounding")]
    assert judged(tmp_path, text.format(p="2025Q3", v="0.45")) == [(0.45, "mismatch")]
    # the load factor of another period is no factor of it
    assert judged(tmp_path, text.format(p="2025Q1-3", v="0.41")) == []


def test_a_latin_name_in_any_case(tmp_path):
    # 'RevPar 为165元…ADR 为240元…OCC 68.9%': 240 × 68.9% = 165.4
    assert judged(tmp_path, "25Q3全部酒店平均RevPar 为165 元,yoy-2.8%;ADR 为240 元,yoy-1.7%;OCC 68.9%,yoy-0.8pct。") == [(165, "consistent")]


@pytest.mark.parametrize("ratio, verdict", [("2.98", "rounding"), ("3.28", "mismatch")])
def test_a_bank_s_allowance_over_loans_from_its_npl_ratio_and_coverage(tmp_path, ratio, verdict):
    # 拨贷比 = 不良率 × 拨备覆盖率: 0.66% × 452.7% = 2.988%; a part's 不良率 ('对公不良率0.59%') is not the bank's
    text = f"二季度末不良率0.66%(与一季度持平),对公不良率0.59%,零售不良率0.98%。拨备覆盖率452.7%,拨贷比{ratio}%,风险抵补能力维持高位。"
    assert judged(tmp_path, text) == [(float(ratio), verdict)]
