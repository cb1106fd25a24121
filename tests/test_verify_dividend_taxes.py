"""verify's `dividend_taxes` family: a dividend notice's after-tax figures from its dividend before tax and the rate."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def taxes(tmp_path, body, title="2021年年度权益分派实施公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "dividend_taxes"]


def test_after_tax_at_the_rate_the_law_sets_for_the_holders_named_and_top_ups_by_holding(tmp_path):
    body = ("以公司现有总股本5,047,143,433股为基数,向全体股东每10股派8.000000元人民币现金(含税;扣税后,通过深股通持有股份的"
            "香港市场投资者、QFII、RQFII每10股派{}元;持有无限售流通股的个人股息红利税实行差别化税率征收,该公司暂不扣缴个人所得税)。"
            "【注:持股1个月(含1个月)以内,每10股补缴税款{}元;持股1个月以上至1年(含1年)的,每10股补缴税款0.800000元。】")
    # 8 × (1 − 10%) = 7.2; 8 × 20% = 1.6; 8 × 10% = 0.8
    assert taxes(tmp_path, body.format("7.200000", "1.600000")) == [(7.2, "consistent"), (1.6, "consistent"), (0.8, "consistent")]
    assert taxes(tmp_path, body.format("7.600000", "1.200000")) == [(7.6, "mismatch"), (1.2, "mismatch"), (0.8, "consistent")]
    # (where the notice withholds tax at payment, a top-up is on what was withheld: not read)
    assert taxes(tmp_path, body.format("7.200000", "1.600000").replace("该公司暂不扣缴个人所得税", "")) == [(7.2, "consistent")]


def test_a_rate_the_sentence_states_the_tax_and_no_withholding(tmp_path):
    body = ("每10股派发现金红利人民币1.5元(含税)。对于流通股个人股东,公司按照10%的税率代扣个人所得税,现金红利按10%税率应缴税"
            "{}元/股,扣税后,实际发放现金红利为{}元/股;对于机构投资者,不代扣所得税,实际发放现金红利为0.15元/股。")
    assert taxes(tmp_path, body.format("0.015", "0.135")) == [(0.135, "consistent"), (0.15, "consistent"), (0.015, "consistent")]
    assert taxes(tmp_path, body.format("0.025", "0.125")) == [(0.125, "mismatch"), (0.15, "consistent"), (0.025, "mismatch")]
    # (no dividend before tax stated: nothing to judge on)
    assert taxes(tmp_path, "扣税后,实际发放现金红利为0.135元/股。") == []


def test_a_plan_total_in_the_clause_right_after_its_base(tmp_path):
    path = tmp_path / "notice.txt"
    body = "利润分配 - A股每股现金红利0.10641元[3] - 以总股本2198942070股为基数,派发现金红利{}元[5]"
    for total, verdict in (("233989425.67", "consistent"), ("233989452.67", "mismatch")):
        path.write_text("中国动力:2023年年度权益分派实施公告\n" + body.format(total) + "\n", encoding="utf-8")
        checks = [c for c in run_families(read_document(path))[0] if c["family"] == "dividend"]
        assert [(c["reported"], c["verdict"]) for c in checks] == [(float(total), verdict)]
