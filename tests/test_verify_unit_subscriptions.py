"""verify's `unit_subscriptions` family: a plan's funds from its units and their price a unit."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def funds(tmp_path, body):
    path = tmp_path / "plan.txt"
    path.write_text(f"员工持股计划(草案)\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "unit_subscriptions"]


def test_the_funds_are_the_units_at_their_price(tmp_path):
    body = "该员工持股计划筹集资金总额上限为{}万元,以“份”作为认购单位,每份份额的认购价格为1元,该员工持股计划的份数上限为3981.00万份。"
    assert funds(tmp_path, body.format("3981.00")) == [(3981.0, "consistent")]
    assert funds(tmp_path, body.format("3891.00")) == [(3891.0, "mismatch")]


def test_the_plan_s_own_funds_not_a_part_named_before(tmp_path):
    body = ("员工自筹资金总额不超过3,000万元,提取激励基金的金额不超过人民币2,000万元。本次员工持股计划拟筹集资金总额不超过人民币"
            "5,000万元,以“份”作为认购单位,每份份额为1元,合计认购份额不超过5,000万份。")
    assert funds(tmp_path, body) == [(5000, "consistent")]
    # (no price a unit stated: nothing to judge)
    assert funds(tmp_path, "筹集资金总额不超650万元,份额不超650万份。") == []
