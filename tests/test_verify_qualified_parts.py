"""verify's `qualified_parts` family: a total stated by its name and its parts after it, each named by a qualifier
before the total's own name ('产险业务原保险保费收入', '东部地区商品房销售面积')."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def sums(tmp_path, body, title="2018年1-8月保险统计数据报告"):
    path = tmp_path / "release.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "qualified_parts"]


PREMIUMS = ("一、原保险保费收入{total}亿元,同比下降0.74%\n\n"
            "产险业务原保险保费收入7106.07亿元,同比增长11.24%;寿险业务原保险保费收入15832.56亿元,同比下降9.35%;"
            "健康险业务原保险保费收入3796.43亿元,同比增长18.83%;意外险业务原保险保费收入{last}亿元,同比增长17.98%。")
FORMULA = "原保险保费收入 = 产险业务原保险保费收入 + 寿险业务原保险保费收入 + 健康险业务原保险保费收入 + 意外险业务原保险保费收入"


@pytest.mark.parametrize("total, last, verdict", [("27449.58", "714.51", "rounding"), ("27449.57", "714.51", "consistent"),
                                                  ("26449.57", "714.51", "mismatch"),      # the parts over it
                                                  ("27449.57", "614.51", "unverifiable")])  # short: a part not named
def test_a_total_from_its_parts_named_by_its_name(tmp_path, total, last, verdict):
    assert sums(tmp_path, PREMIUMS.format(total=total, last=last)) == [(float(total), verdict, FORMULA)]


def test_each_paragraph_splitting_the_total_is_a_run_of_its_own(tmp_path):
    body = ("原保险保费收入1000.00亿元\n"
            "产险公司原保险保费收入300.00亿元;人身险公司原保险保费收入700.00亿元。\n"
            "产险业务原保险保费收入250.00亿元;寿险业务原保险保费收入750.00亿元。\n"
            "产险业务中,交强险原保险保费收入50.00亿元;农业保险原保险保费收入20.00亿元。")  # (产险业务's own parts)
    assert [v for _, v, _ in sums(tmp_path, body)] == ["consistent", "consistent"]


def test_parts_a_paragraph_on_with_another_measure_between(tmp_path):
    body = ("1—10月份,商品房销售面积143041万平方米,同比增长7.3%。商品房销售额147185亿元,增长11.8%。\n\n"
            "1—10月份,东部地区商品房销售面积59426万平方米,同比增长9.0%;销售额84622亿元,增长15.7%。中部地区商品房销售面积"
            "40202万平方米,增长11.5%;销售额30042亿元。西部地区商品房销售面积38160万平方米;销售额28271亿元。东北地区商品房销售面积"
            "{}万平方米,下降5.4%;销售额4249亿元,下降7.8%。")
    # (the 销售额 figures are 商品房销售额's parts too, each taking its sentence's region)
    assert [(r, v) for r, v, _ in sums(tmp_path, body.format("5253"), title="统计局发布")] == [(143041, "consistent"),
                                                                                          (147185, "rounding")]
    assert [(r, v) for r, v, _ in sums(tmp_path, body.format("6253"), title="统计局发布")] == [(143041, "mismatch"),
                                                                                          (147185, "rounding")]


def test_variants_of_the_same_figure_are_no_parts(tmp_path):
    # a period's, a net, a per-head figure named with the measure's name are other figures of it
    body = "营业收入100.0亿元。单季营业收入30.0亿元;累计营业收入100.0亿元;人均营业收入2.0亿元。"
    assert sums(tmp_path, body, title="行业综述") == []


def test_the_total_stated_again_ends_its_parts(tmp_path):
    body = "原保险保费收入1000.00亿元。原保险保费收入900.00亿元(上年同期)。产险业务原保险保费收入400.00亿元;寿险业务原保险保费收入500.00亿元。"
    assert [(r, v) for r, v, _ in sums(tmp_path, body)] == [(900.0, "consistent")]


def test_the_total_restated_for_another_period_has_parts_of_its_own(tmp_path):
    body = ("4月份,全社会用电量5217亿千瓦时,同比增长7.8%。分产业看,第一产业用电量55亿千瓦时;第二产业用电量3698亿千瓦时;"
            "第三产业用电量777亿千瓦时;城乡居民生活用电量688亿千瓦时。\n"
            "1-4月,全社会用电量累计{}亿千瓦时,同比增长9.3%。分产业看,第一产业用电量205亿千瓦时;第二产业用电量14252亿千瓦时;"
            "第三产业用电量3377亿千瓦时;城乡居民生活用电量3260亿千瓦时。")
    assert [(r, v) for r, v, _ in sums(tmp_path, body.format("21094"), title="国家能源局发布")] == [
        (5217, "rounding"), (21094, "consistent")]
    assert [(r, v) for r, v, _ in sums(tmp_path, body.format("20094"), title="国家能源局发布")] == [
        (5217, "rounding"), (20094, "mismatch")]


def test_a_name_cut_by_a_bracket_names_no_total(tmp_path):
    # '乐透(传统)型彩票销售83.71亿元' is no total of '…即开型彩票销售' figures: its name opens before the bracket
    body = "8月份,乐透(传统)型彩票销售83.71亿元;网点即开型彩票销售20.12亿元;竞猜型彩票销售4.8亿元。"
    assert sums(tmp_path, body, title="彩票销售情况") == []


def test_a_figure_named_by_the_measure_alone_takes_the_qualifier_its_sentence_opens_on(tmp_path):
    # '东部地区商品房销售面积…;销售额84622亿元': the 销售额 is 东部地区's
    body = ("1—10月份,商品房销售面积143041万平方米。商品房销售额{}亿元,增长11.8%。\n"
            "1—10月份,东部地区商品房销售面积59426万平方米,同比增长9.0%;销售额84622亿元,增长15.7%。中部地区商品房销售面积"
            "40202万平方米,增长11.5%;销售额30042亿元,增长14.1%。西部地区商品房销售面积38160万平方米,增长2.7%;销售额28271亿元,"
            "增长2.6%。东北地区商品房销售面积5253万平方米,下降5.4%;销售额4249亿元,下降7.8%。")
    assert [(r, v) for r, v, _ in sums(tmp_path, body.format("147185"), title="统计局发布")] == [
        (143041, "consistent"), (147185, "rounding")]
    assert (157185, "mismatch") in [(r, v) for r, v, _ in sums(tmp_path, body.format("157185"), title="统计局发布")]
