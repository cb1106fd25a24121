"""verify's `median_ratios` family on an income release written here: a median's ratio to the same people's mean."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

RELEASE = ("上半年,全国居民人均可支配收入14063元,比上年同期名义增长8.7%。其中,城镇居民人均可支配收入19770元,增长7.9%;"
           "农村居民人均可支配收入7142元,增长8.8%。\n"
           "上半年,全国居民人均可支配收入中位数12186元,增长8.4%,中位数是平均数的{all}%。其中,城镇居民人均可支配收入中位数"
           "18048元,增长7.4%,是平均数的{urban}%;农村居民人均可支配收入中位数6045元,增长8.7%,是平均数的84.6%。\n")


def ratios(tmp_path, text):
    path = tmp_path / "income.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "median_ratios"]


def test_each_median_over_its_own_people_s_mean(tmp_path):
    # 12186 ÷ 14063 = 86.65%; the city dwellers' median over the city dwellers' mean (18048 ÷ 19770), not the nation's
    assert ratios(tmp_path, RELEASE.format(all="86.7", urban="91.3")) == [
        (86.7, "consistent", "全国居民人均可支配收入中位数 ÷ 全国居民人均可支配收入 × 100"),
        (91.3, "consistent", "城镇居民人均可支配收入中位数 ÷ 城镇居民人均可支配收入 × 100"),
        (84.6, "consistent", "农村居民人均可支配收入中位数 ÷ 农村居民人均可支配收入 × 100")]
    assert [v for _, v, _ in ratios(tmp_path, RELEASE.format(all="86.7", urban="61.6"))] == ["consistent", "mismatch", "consistent"]


def test_no_ratio_without_the_mean_of_the_same_people(tmp_path):
    text = "上半年,城镇居民人均可支配收入中位数18048元,增长7.4%,是平均数的91.3%。\n"
    assert ratios(tmp_path, text) == []
