"""verify's out-of-range warning (W017): a ratio whose definition keeps it within 100% stated above it."""
from pipeline.document import Document, Page, Source
from pipeline.verify import verify
from pipeline.verify.ranges import out_of_range


def doc_of(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return doc


def test_a_gross_margin_or_a_share_above_100_percent_is_named():
    (w,) = out_of_range(doc_of("2025年第三季度毛利率为199%,同比下降056个百分点。海外收入占比35.2%。"))
    assert w["code"] == "W017" and "毛利率 199% (p.1)" in w["message"] and "decimal" not in w["message"]


def test_several_such_figures_say_the_copy_lost_its_decimal_points():
    (w,) = out_of_range(doc_of("毛利率为199%。书写工具/学生文具/办公文具毛利率分别为421%、346%、279%。"))
    assert w["message"].startswith("4 figure(s)") and "lost its decimal points" in w["message"]


def test_levels_within_range_and_relative_changes_are_no_warning():
    assert out_of_range(doc_of("毛利率为35.2%,同比提升120%;市占率达到98%;净利率为130%;产能利用率105%。")) == []


def test_the_warning_rides_on_verify_s_result():
    result = verify(doc_of("毛利率为199%。"))
    assert [w["code"] for w in result["warnings"]] == ["W017"]


def test_a_share_of_revenue_named_in_words_and_a_fall_of_revenue_beyond_all_of_it():
    # a copy that lost its decimal points: '占冠脉总营收617%' (61.7%), '营业收入424亿元,同比下降173%' (17.3%)
    (w,) = out_of_range(doc_of("冠脉创新产品占冠脉总营收617%。医疗器械板块实现营业收入424亿元,同比下降173%。"))
    assert "占冠脉总营收 617%" in w["message"] and "营业收入 下降 173%" in w["message"]
    # a profit may fall past all of it, into a loss; a share within 100% is none
    assert out_of_range(doc_of("归母净利润同比下降173%。海外收入占公司营收的61.7%。")) == []
