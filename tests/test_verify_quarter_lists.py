"""verify's `quarter_lists` and `count_shares` families on an industry note: quarters listed with
slashes against the first three quarters' total of the same line, and a count's share of the
population counted before it."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

NOTE = ("样例行业2025年三季报总结\n我们选取了120家样例行业上市公司,2025Q1-Q3收入总额3000.0亿元(+2.0%);归母净利润300.0亿元"
        "(+5.0%)。分季度来看,25Q1/Q2/Q3单季度实现收入 900/1000/{q3} 亿 元 (+1%/+2%/+3%);实现归母净利润90/100/110亿元。"
        "子板块A 2025Q1-Q3收入1000.0亿元,归母净利润80.0亿元。\n实现收入正增长的公司有66家,占比{share}%;其中增长50%以上的公司12家,"
        "占比10%。")


def checks(tmp_path, family, **kw):
    path = tmp_path / "note.txt"
    path.write_text(NOTE.format(**{"q3": "1100", "share": "55", **kw}) + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == family]


def test_the_quarters_add_up_to_the_first_three_of_the_same_line(tmp_path):
    assert checks(tmp_path, "quarter_lists") == [
        (3000.0, "consistent", "900 + 1000 + 1100 (25Q1/Q2/Q3)"), (300.0, "consistent", "90 + 100 + 110 (25Q1/Q2/Q3)")]
    assert checks(tmp_path, "quarter_lists", q3="1200")[0][:2] == (3000.0, "mismatch")


def test_a_count_s_share_of_the_population_counted_before_it(tmp_path):
    # 66 of the 120 chosen is 55%; 12 of them is 10% of the 120, not of the 66 before it
    assert checks(tmp_path, "count_shares") == [(55, "consistent", "66家 ÷ 120家 × 100"),
                                                (10, "consistent", "12家 ÷ 120家 × 100")]
    assert checks(tmp_path, "count_shares", share="58")[0][:2] == (58, "mismatch")


def test_no_quarter_list_judged_in_a_company_report(tmp_path):
    # one company's quarters are the results family's, against its statements
    path = tmp_path / "co.txt"
    path.write_text("样例电力(600999):三季报点评\n维持“买入”评级。公司2025Q1-Q3收入300.0亿元;25Q1/Q2/Q3收入90/100/110亿元。\n",
                    encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "quarter_lists"] == []


def test_a_morning_note_s_companies_are_judged_each_in_its_own_block(tmp_path):
    # 乙's quarters and range are not judged on 甲's total and 上年同期 a line above
    path = tmp_path / "morning.txt"
    path.write_text("晨会纪要20251101\n甲公司(600001):公司2025Q1-Q3收入100.0亿元,归母净利润10.0亿元。上年同期归属于上市公司股东的"
                    "净利润为8.00亿元。\n乙公司(600002):25Q1/Q2/Q3单季度收入30/40/50亿元。预计2025年归属于上市公司股东的净利润为"
                    "12.0亿元至13.0亿元,同比增长20%至30%。\n", encoding="utf-8")
    checks = run_families(read_document(path))[0]
    assert not [c for c in checks if c["verdict"] == "mismatch"]
    # the range is judged on the one base its own ends imply (10.0亿)
    assert [(c["reported"], c["verdict"]) for c in checks if c["family"] == "forecast_ranges"] == [(30, "consistent")]


def test_a_morning_note_s_prices_and_shares_stay_in_their_company_s_line(tmp_path):
    path = tmp_path / "morning2.txt"
    path.write_text("地产晨报20251101\n甲地产(01001):10月合同销售金额约50.00亿元,合同销售面积约40.00万平方米。\n"
                    "乙地产(01002):10月销售均价约每平方米15000元。公司共有200家门店。\n丙地产(01003):其中直营门店80家,占比40%。\n",
                    encoding="utf-8")
    checks = run_families(read_document(path))[0]
    assert [c for c in checks if c["family"] in ("unit_values", "count_shares")] == []


def test_a_count_s_share_of_the_count_a_qizhong_splits(tmp_path):
    # '净新开了 438 家门店,其中加盟店净增 145 家,占比 33%': 145 ÷ 438 = 33.1%
    path = tmp_path / "stores.txt"
    for share, verdict in (("33", "consistent"), ("38", "mismatch")):
        path.write_text(f"公司在第三季度净新开了 438 家门店,其中加盟店净增 145 家,占比 {share}%。\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "count_shares"]
        assert found == [(int(share), verdict)]


def test_a_total_s_count_split_by_其中_after_a_space(tmp_path):
    # '门店总数达7209家 其中直营门店2099家占比29.12%' (a digest's space for the comma): 2099 and 5110 of the 7209
    path = tmp_path / "digest.txt"
    for share, verdict in (("70.88", "consistent"), ("72.88", "mismatch")):
        path.write_text(f"示例\n渠道 - 门店总数达7209家 其中直营门店2099家占比29.12% [3] - 加盟店及其他门店5110家占比{share}% [3]\n",
                        encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "count_shares"]
        assert found == [(29.12, "consistent"), (float(share), verdict)]


def test_a_count_s_share_of_a_count_stated_before_it_that_reproduces_it(tmp_path):
    # '150家证券公司2025年上半年度实现营业收入…其中,128家券商实现盈利,占比达到85%': 128 ÷ 150 = 85.3%
    path = tmp_path / "brokers.txt"
    for share, verdict in (("85", "consistent"), ("80", None)):
        path.write_text("券商行业中报综述\n数据显示,150家证券公司2025年上半年度实现营业收入2510.36亿元,同比增长23.47%。"
                        f"其中,128家券商实现盈利,占比达到{share}%,较去年同期有明显提升。\n", encoding="utf-8")
        found = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "count_shares"]
        # (150 is no population the text introduces: it is taken where it reproduces the share, never for a mismatch)
        assert found == ([(int(share), verdict)] if verdict else [])


def test_a_share_of_what_the_counted_make_is_no_count_s_share(tmp_path):
    # '在274家企业的总营收中占比为17.84%' is a share of their revenue, not of their count
    path = tmp_path / "region.txt"
    path.write_text("行业年报总结\n申万医药生物274家企业2017年实现营业收入1.10万亿元,同比增长15%。\n"
                    "1962.25亿元——这是42家广东上市公司2017年营收总和,在274家企业的总营收中占比为17.84%。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "count_shares"] == []


def test_a_count_named_by_a_threshold_over_a_count_stated_before(tmp_path):
    # '569家公司主要分布在15个行业。其中,…共有206家金融企业净利润超过10亿元,占比高达36.2%': 206 ÷ 569
    path = tmp_path / "profits.txt"
    path.write_text("年报分析\n5403家上市公司合计实现营业收入71.92万亿元。净利润超过10亿元的569家公司主要分布在15个行业。"
                    "其中,金融行业占据主导地位,共有206家金融企业净利润超过10亿元,占比高达36.2%。\n", encoding="utf-8")
    found = [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
             if c["family"] == "count_shares"]
    assert found == [(36.2, "consistent", "206家 ÷ 569家 × 100")]


def test_a_count_of_films_is_a_share_of_films_counted(tmp_path):
    # '过十亿的15部,国产占10部,占比更是达到了66.7%': a count in 部 over a count in 部 (not over the 90家 before)
    path = tmp_path / "note.txt"
    path.write_text("电影市场年度回顾\n全年共有90家影视公司出品影片。过十亿的15部,国产占10部,占比更是达到了66.7%。\n", encoding="utf-8")
    found = [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
             if c["family"] == "count_shares"]
    assert found == [(66.7, "consistent", "10部 ÷ 15部 × 100")]
