"""verify's `percent_restated` family: an amount's percentage restated after 即."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def restated(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于员工持股计划的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "percent_restated"]


def test_a_price_at_a_share_of_a_reference_price(tmp_path):
    # 110.01 × 50% = 55.005 (printed 55.00: within its inputs' printing); 15.43 × 80% = 12.344
    assert restated(tmp_path, "受让价格为回购股份交易均价110.01元/股的50%,即55.00元/股。") == [(55.0, "rounding")]
    assert restated(tmp_path, "发行价格为交易均价15.43元/股的80%,即12.34元/股。") == [(12.34, "consistent")]
    assert restated(tmp_path, "发行价格为交易均价15.43元/股的80%,即13.34元/股。") == [(13.34, "mismatch")]


def test_sums_in_two_scales_and_a_price_against_a_sum(tmp_path):
    assert restated(tmp_path, "担保额度为净资产2.5亿元的20%,即5,000万元。") == [(5000, "consistent")]
    assert restated(tmp_path, "价格为均价10.00元/股的50%,即5万元。") == []
