"""verify's `unit_slips` family on a monthly money-and-credit note written here: one figure printed
twice with the same digits in units 10⁴ apart is a slip, named, on the printing that slipped."""
from pipeline.ingest import read_document
from pipeline.verify import run_families

NOTE = ("11月金融数据点评\n事件:11月社融新增19,900亿元,同比少增6083亿元。\n1.1 社融:11月新增{headline},同比少增6083亿元\n"
        "首先,11月新增社融19,900亿元,比上年同期少增6083{change}元。11月新增人民币贷款1.21万亿元,基本与上年持平。\n"
        "1.2 信贷:11月新增12,100亿元,同比少增600亿元\n")


def slips(tmp_path, **kw):
    path = tmp_path / "note.txt"
    path.write_text(NOTE.format(**{"headline": "19,900万亿元", "change": "万亿", **kw}), encoding="utf-8")
    return [(c["reported"], c["verdict"], c["note"]) for c in run_families(read_document(path))[0]
            if c["family"] == "unit_slips"]


def test_the_printing_that_slipped_is_the_mismatch(tmp_path):
    # 19,900万亿 and 6083万亿 are over 1,000万亿 (no month's flow is): those slipped, not the 亿 beside them;
    # 12,100亿 is 1.21万亿 restated, the same value: no slip
    got = slips(tmp_path)
    assert [(r, v) for r, v, _ in got] == [(19900, "mismatch"), (6083, "mismatch")]
    assert all("万/亿 unit slip" in note for _, _, note in got)


def test_no_slip_where_the_units_agree(tmp_path):
    assert slips(tmp_path, headline="19,900亿元", change="亿") == []


def test_a_level_and_a_change_with_the_same_digits_are_two_figures(tmp_path):
    path = tmp_path / "other.txt"
    path.write_text("11月社融新增6083万亿元;11月社融同比少增6083亿元。\n", encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "unit_slips"] == []


def test_an_amount_per_unit_is_no_total_whatever_digits_they_share(tmp_path):
    # '共计派利8290万元,每10份公募REITs份额分红0.829元': 0.829 a ten units' payout, no 8290万 slipped by 10⁸
    path = tmp_path / "reit.txt"
    path.write_text("中交REIT将于10月13日和17日进行分红 共计派利8290万元\n华夏基金近日公告,中交REIT将于10月13日和17日进行分红,"
                    "共计派利8290万元,每10份公募REITs份额分红0.829元。\n本次分配金额为人民币8290万元,占可供分配金额的99.99%。\n",
                    encoding="utf-8")
    assert [c for c in run_families(read_document(path))[0] if c["family"] == "unit_slips"] == []
