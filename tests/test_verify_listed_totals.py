"""verify's `listed_totals` family: a total and the amounts a 分别 lists of it."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def totals(tmp_path, body, title="关于按期收回银行理财产品本金和收益的公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "listed_totals"]


def test_a_total_right_before_its_分别_list(tmp_path):
    body = ("子公司于2015年11月4日使用人民币{}万元闲置自有资金,分别向交通银行嘉定支行购买人民币1500万元稳得利理财产品、"
            "向上海银行嘉定支行购买人民币3000万元赢家理财产品。")
    assert totals(tmp_path, body.format("4500")) == [(4500, "consistent")]
    assert totals(tmp_path, body.format("4000")) == [(4000, "mismatch")]
    # short of the total: a part may be left out
    assert totals(tmp_path, body.format("5000")) == [(5000, "unverifiable")]
    # after a comma, 其中 names the total's parts (30 + 4 + 5 = 39, integers: 38.4 within their rounding)
    assert totals(tmp_path, "贷款环比增长38.4亿元,其中零售、对公、票据分别增长30亿元、4亿元、5亿元。") == [(38.4, "rounding")]


def test_an_amount_of_something_else_before_the_list_is_no_total(tmp_path):
    # ('货币资金' is not the borrowings' total; nor is an amount the list before it names)
    assert totals(tmp_path, "集团持有货币资金52.02亿元,短期及长期借款分别为12.63亿元及74.43亿元。") == []
    body = "公司收回本金分别为9,100万元和8,700万元,取得收益分别为150.96万元和144.73万元。"
    assert totals(tmp_path, body) == []


def test_a_total_named_elsewhere_on_the_page(tmp_path):
    # a headline's '总收益' over the body's '收益分别为…'
    body = "公司使用闲置募集资金购买理财产品到期收回,总收益{}万元\n公司收回本金分别为9,100万元和8,700万元,取得收益分别为150.96万元和144.73万元。"
    assert totals(tmp_path, body.format("295.69")) == [(295.69, "consistent")]
    assert totals(tmp_path, body.format("259.69")) == [(259.69, "mismatch")]
    assert totals(tmp_path, body.format("395.69")) == [(395.69, "unverifiable")]
    # (a list of periods' figures is of no one total)
    periods = "公司2023年、2024年收益分别为150.96万元和144.73万元。总收益295.69万元"
    assert totals(tmp_path, periods) == []
