"""verify's `share_deals` family: a deal in a company's shares, its amount = shares × price per share,
and a paper gain = shares × (close − price paid)."""
from pipeline.document import Document, Page, Source
from pipeline.verify.families import share_deals


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["reported"], c["verdict"]) for c in share_deals.find(doc)]


def test_a_transfer_s_amount_from_its_shares_and_price():
    text = ("股权交易概况 - 实控人转让6300万股股份 占总股本6.01% 转让价款达{}亿元[2] - 交易价格按签署日前一日收盘价九折计算 "
            "最终定价23.337元/股[11]")
    assert _checks(text.format("14.7")) == [(14.7, "consistent")]     # 6300万 × 23.337 = 14.70亿
    assert _checks(text.format("15.7")) == [(15.7, "mismatch")]


def test_a_paper_gain_at_a_close():
    text = ("受让方协议受让6300万股。以23.337元/股受让 按9月16日收盘价25.44元/股计算 目前已浮盈{}亿元")
    assert _checks(text.format("1.32")) == [(1.32, "consistent")]     # 6300万 × (25.44 − 23.337) = 1.325亿
    assert _checks(text.format("2.32")) == [(2.32, "mismatch")]


def test_a_buyback_s_amount_at_its_average_price():
    text = "公司累计回购股份1,200万股,成交均价12.50元/股,成交总金额{}万元。"
    assert _checks(text.format("15,000")) == [(15000, "consistent")]
    assert _checks(text.format("16,000")) == [(16000, "mismatch")]


def test_two_counts_or_two_prices_name_no_one_deal():
    # two holders' sales, or a highest and a lowest price: which count and price make the amount is not said
    assert _checks("股东甲减持300万股,股东乙减持500万股,定价10.00元/股,交易金额合计8000万元。") == []
    assert _checks("公司回购股份1,200万股,最高成交价13.00元/股,最低成交价12.00元/股,成交总金额15,000万元。") == []


def test_counts_and_amounts_stated_for_cases_are_paired_by_their_brackets():
    # an offering with and without its over-allotment: each amount over the count stated for its case, the second of
    # each list named by its bracket alone; and the price per share said first ('每股发行价18.00元')
    text = ("发行股数496,894.4214万股(超配权行使前),571,428.5714万股(超配权全额行使后) 发行价格为人民币3.18元/股 "
            "募集资金总额1,580,124.26万元(超配权行使前),{}万元(超配权全额行使后)")
    assert _checks(text.format("1,817,142.86")) == [(1580124.26, "consistent"), (1817142.86, "consistent")]
    assert _checks(text.format("1,917,142.86")) == [(1580124.26, "consistent"), (1917142.86, "mismatch")]
    assert _checks("本次拟公开发行3350.00万股A股,每股发行价18.00元,募集资金总额60300.00万元") == [(60300, "consistent")]


def test_two_offerings_on_a_page_each_judged_on_its_own_line():
    text = ("甲公司:首次公开发行不超过20,000万股,发行价格为4.38元/股\n"
            "乙公司:本次拟公开发行3350.00万股A股,每股发行价18.00元,募集资金总额{}万元")
    assert _checks(text.format("60300.00")) == [(60300, "consistent")]
    assert _checks(text.format("61300.00")) == [(61300, "mismatch")]


def test_a_placement_s_terms_listed_with_colons():
    text = "1、发行数量:20,533,880股 2、发行价格:14.61元/股 3、募集资金总额:人民币 {}元"
    assert _checks(text.format("299,999,986.80")) == [(299999986.8, "consistent")]   # 20,533,880 × 14.61
    assert _checks(text.format("309,999,986.80")) == [(309999986.8, "mismatch")]   # beyond the price's rounding


def test_a_buyback_plan_s_counts_are_its_money_bounds_over_its_price_cap():
    # 4,000万元 ÷ 18元/股 = 2,222,222.2 股; 1.2亿元 ÷ 18 = 6,666,666.7 股
    text = ("以自有资金回购公司股份,回购资金总额不低于人民币4,000万元,且不超过人民币1.2亿元,回购股份价格不超过18元/股,"
            "预计本次回购股份数量为2,222,222股至{}股,占公司目前已发行总股本比例为1.66%至4.99%。")
    assert _checks(text.format("6,666,667")) == [(2222222, "consistent"), (6666667, "consistent")]
    assert _checks(text.format("6,666,767")) == [(2222222, "consistent"), (6666767, "mismatch")]


def test_a_bound_an_approval_set_is_no_deal_count_and_a_price_may_follow_its_verb():
    # '非公开发行不超过739371534股' is the approval's cap; the 739371532 issued is the deal's count
    text = ("核准,同意公司非公开发行不超过739371534股新股。截止2018年2月8日,公司实际已向投资者非公开发行人\n民币普通股股票"
            "739371532股,发行价格为5.41元/股,募集资金总额为人民币\n3999999988.12元。\n")
    assert _checks(text) == [(3999999988.12, "consistent")]
    # '发行价格为每股人民币8.06元': per share after the verb
    text = "公开发行人民币普通股(A 股)股票 41,850,000 股,发行价格为每股人民币 8.06 元,共计募集资金 33,731.10 万元。\n"
    assert _checks(text) == [(33731.10, "consistent")]


def test_what_a_fee_s_deduction_leaves_is_no_deal_amount():
    text = ("公开发行股票 41,850,000 股,发行价格为每股人民币 8.06 元,共计募集资金 33,731.10 万元,坐扣承销和保荐费用 "
            "2,600.00 万元后的募集资金为 31,131.10 万元。\n")
    assert _checks(text) == [(33731.10, "consistent")]


def test_two_offerings_on_one_line_are_told_apart_by_sentence():
    text = ("公司非公开发行人民币普通股(A股) 19,863,488 股 , 每股发行价格为 36.63 元 / 股 , 募集资金总额为人民币 "
            "727,599,565.44元。公司2022年实际非公开发行人民币A股股票21,440,134 股(每股面值1.00元)。\n")
    assert _checks(text) == [(727599565.44, "consistent")]


def test_raised_funds_spent_are_no_deal_amount_and_a_price_named_by_two_verbs(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("某公司:募集资金存放与使用情况的专项报告\n"
                    "本次公开发行人民币普通股(A股)5,500万股,每股面值人民币1.00元,每股发行认购价格为人民币16.21元,"
                    "共计募集资金总额人民币891,550,000.00元。\n报告期内,公司共使用募集资金人民币14,374,432.64元投入募投项目。\n",
                    encoding="utf-8")
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    deals = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "share_deals"]
    assert deals == [(891550000.0, "consistent")]  # (5,500万股 × 16.21元; the 14,374,432.64 spent, no deal)


def test_a_deal_s_price_as_its_amount_and_a_price_per_share_named_alike(tmp_path):
    path = tmp_path / "deal.txt"
    path.write_text("某公司:发行股份购买资产暨关联交易报告书摘要\n经交易各方友好协商,拟确定标的公司 30% 股权交易价格为 61,200.00 万元。"
                    "本次交易对价全部以发行股份的方式支付,发行股份价格为 9.71 元/股,据此计算共计发行 {} 股。\n".format("63,027,806"),
                    encoding="utf-8")
    from pipeline.ingest import read_document
    from pipeline.verify import run_families
    deals = [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "share_deals"]
    assert deals == [(61200.0, "consistent")]  # (63,027,806股 × 9.71元; '交易价格为9.71元/股' would be no amount)
    path.write_text(path.read_text(encoding="utf-8").replace("63,027,806", "36,027,806"), encoding="utf-8")
    assert [v for _, v in ((c["reported"], c["verdict"]) for c in run_families(read_document(path))[0]
                           if c["family"] == "share_deals")] == ["mismatch"]
