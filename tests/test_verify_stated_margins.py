"""verify's `stated_margins` family: a margin stated right after its profit, over the revenue stated before for the
same period."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

DIGEST = ("核心财务表现 - 2025财年第四财季净营收1024.66亿美元,同比增长8% [2] - 2025财年全年净营收4161.61亿美元,同比增长6% [10] "
          "盈利能力指标 - 第四财季毛利润483.41亿美元,毛利率{}% [3] - 2025财年毛利润1952.01亿美元 [10]")


def margins(tmp_path, text):
    path = tmp_path / "digest.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "stated_margins"]


@pytest.mark.parametrize("margin, verdict", [("47.2", "consistent"), ("46.2", "mismatch")])
def test_a_margin_over_the_revenue_of_its_own_period(tmp_path, margin, verdict):
    # the year's revenue stands nearer, but the quarter's is the margin's (483.41 ÷ 1024.66 = 47.18%)
    assert margins(tmp_path, DIGEST.format(margin)) == [
        (float(margin), verdict, "毛利润 483.41亿美元 ÷ 营收 1024.66亿美元 × 100")]


def test_a_margin_whose_profit_words_name_another_margin_or_another_period_s_revenue_is_none(tmp_path):
    assert margins(tmp_path, "第四财季净营收1000亿美元。第四财季毛利润400亿美元,净利率40%。") == []   # 毛利 is no 净利
    assert margins(tmp_path, "2024财年净营收1000亿美元。2025财年毛利润400亿美元,毛利率40%。") == []
