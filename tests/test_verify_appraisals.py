"""verify's `appraisals` family: an appraisal's increment and its rate over the book value."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def appraised(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(f"关于收购资产的公告\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "appraisals"]


@pytest.mark.parametrize("rate, verdict", [("42.68", "consistent"), ("24.68", "mismatch")])
def test_the_rate_over_the_value_less_the_increment(tmp_path, rate, verdict):
    body = f"标的公司股东全部权益采用收益法评估所表现的市场 价值为 10,850.00 万元,评估增值 3,245.80 万元,增值率 {rate}%。"
    assert appraised(tmp_path, body) == [(float(rate), verdict, "3,245.80 ÷ (10,850.00 − 3,245.80) × 100")]


def test_a_book_value_stated_gives_the_increment_and_the_rate_its_base(tmp_path):
    body = "标的公司账面净资产 5,000.00 万元,评估值 8,000.00 万元,增值额 3,100.00 万元,增值率 60.00%。"
    assert [(v, f) for _, v, f in appraised(tmp_path, body)] == [
        ("mismatch", "8,000.00万元 − 5,000.00万元"), ("mismatch", "3,100.00 ÷ 5,000.00 × 100")]
