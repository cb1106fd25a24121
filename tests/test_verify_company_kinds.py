"""verify over company reports of kinds the sample generator is not (tests/company_kinds.py):
a bank and a Hong Kong listing, read from PDFs end to end — no false alarm on the clean
report, its own lines judged, and a planted error flagged."""
from collections import Counter

from pipeline.ingest import read_document
from pipeline.verify import verify

from company_kinds import bank_report_pdf, hk_report_pdf


def _checks(pdf):
    return verify(read_document(pdf))["checks"]


def test_a_banks_report(tmp_path):
    checks = _checks(bank_report_pdf(tmp_path / "bank.pdf"))
    assert not [c for c in checks if c["verdict"] == "mismatch"]
    formulas = Counter(c["formula"] for c in checks if c["verdict"] == "consistent")
    assert formulas["贷款净额 = 贷款总额 + 贷款减值准备"] == 5
    assert formulas["资产总计 = 贷款净额 + 投资类资产 + 存放央行 + 同业资产 + 其他资产"] == 5  # the loans once
    assert formulas["净利息收入 = 利息收入 − 利息支出"] == 5 and formulas["营业利润 = 营业收入 − 营业支出"] == 5
    assert formulas["业务及管理费 ÷ 营业收入"] == 5
    # the market block beside a line that opens with a figure: 19,405 shares, not 19
    assert any(c["formula"] == "每股收益 = 归母净利润 ÷ 总股本" and c["verdict"] == "consistent" for c in checks)
    planted = _checks(bank_report_pdf(tmp_path / "planted.pdf", plant="net_loans"))
    assert [c["claim"].split()[:2] for c in planted if c["verdict"] == "mismatch"][0] == ["贷款净额", "2026E"]


def test_a_hong_kong_listings_report(tmp_path):
    checks = _checks(hk_report_pdf(tmp_path / "hk.pdf"))
    assert Counter(c["verdict"] for c in checks)["mismatch"] == 0
    at_rate = [c for c in checks if "0.92" in c["formula"] and c["formula"].startswith("close")]
    assert [c["verdict"] for c in at_rate] == ["consistent"] * 3          # the prose PE over HKD 52.30 × 0.92
    (upside,) = [c for c in checks if c["formula"].startswith("(target")]
    assert upside["verdict"] == "consistent" and upside["inputs"]["target"] == 68  # HKD over HKD
    formulas = Counter(c["formula"] for c in checks if c["verdict"] == "consistent")
    assert formulas["除税前利润 = 经营利润 + 财务成本 + 应占联营公司损益"] == 5
    assert formulas["母公司拥有人应占利润 = 年内利润 − 非控股权益"] == 5
    planted = _checks(hk_report_pdf(tmp_path / "planted.pdf", plant="prose_pe"))
    assert [c["verdict"] for c in planted if "0.92" in c["formula"] and c["formula"].startswith("close")] == \
        ["consistent", "mismatch", "consistent"]
