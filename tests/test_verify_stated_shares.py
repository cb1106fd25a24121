"""verify's `stated_shares` family: a part's amount with its share of a whole the text names
('自营业务收入1123.54亿元 同比增长53.53% 占总营收44.61%'), over the whole's amount stated before it."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def shares(tmp_path, body, title="券商行业2025年中报综述"):
    path = tmp_path / "note.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"])
            for c in run_families(read_document(path))[0] if c["family"] == "stated_shares"]


def test_a_share_of_revenue_over_the_revenue_stated_before(tmp_path):
    body = ("行业整体 - 2025年上半年40家上市券商合计营业收入2000.00亿元 同比增长10.00%\n"
            "业务结构 - 自营业务收入900.00亿元 同比增长50.00% 占总营收45.00%\n"
            "- 经纪业务手续费净收入500.00亿元 同比增长40.00%")
    assert shares(tmp_path, body) == [(45.0, "consistent", "900.00亿元 ÷ 营业收入 2000.00亿元 × 100")]


def test_a_share_of_a_total_is_of_the_parts_own_measure(tmp_path):
    # '占行业总额' of a profit: over the industry's profit, not its revenue
    body = ("上市券商合计营收2500.00亿元,归母净利润1000.00亿元。\n"
            "前十家券商归母净利润合计700.00亿元 占行业总额70.0%")
    assert shares(tmp_path, body) == [(70.0, "consistent", "700.00亿元 ÷ 归母净利润 1000.00亿元 × 100")]


def test_a_whole_named_with_zong_is_stated_under_its_name(tmp_path):
    body = "公司总保费收入1000.00亿元,同比增长3.9%;续期保费收入666.00亿元,同比增长6.9%,占总保费比重为66.60%。"
    assert shares(tmp_path, body) == [(66.6, "consistent", "666.00亿元 ÷ 总保费收入 1000.00亿元 × 100")]


def test_a_whole_stated_after_its_move(tmp_path):
    body = ("营业收入同比下降8.15%至8.00亿元。\n"
            "销售费用同比增长39.56%至4.00亿元,占营收比例达50.00%。")
    assert shares(tmp_path, body) == [(50.0, "consistent", "4.00亿元 ÷ 营业收入 8.00亿元 × 100")]


@pytest.mark.parametrize("printed", ["47.00", "70.00"])
def test_a_share_no_stated_whole_reproduces_is_unverifiable_never_a_mismatch(tmp_path, printed):
    # the whole may be a segment's or another period's the text does not print
    body = ("合计营业收入2000.00亿元。\n"
            f"自营业务收入900.00亿元 占总营收{printed}%")
    found = shares(tmp_path, body)
    assert [(r, v) for r, v, _ in found] == [(float(printed), "unverifiable")]


def test_an_earlier_whole_that_reproduces_is_taken(tmp_path):
    body = ("行业营业收入2000.00亿元。\n"
            "另一口径营业收入1500.00亿元。\n"
            "自营业务收入900.00亿元 占总营收45.00%")
    assert shares(tmp_path, body) == [(45.0, "consistent", "900.00亿元 ÷ 营业收入 2000.00亿元 × 100")]


def test_a_bound_is_no_share(tmp_path):
    assert shares(tmp_path, "营业收入20.00亿元。\n经销模式贡献营收18.00亿元,占总收入超90%。") == []


def test_a_company_reports_revenue_shares_are_left_to_results(tmp_path):
    # (a company report's line items are typed by `results`; its shares of 营收 are judged there)
    body = ("维持“买入”评级\n2025年上半年公司营业收入20.00亿元,同比增长10%;"
            "研发费用2.00亿元,占营业收入10.00%;总资产50.00亿元,其中商誉5.00亿元,占总资产10.00%。")
    assert shares(tmp_path, body, title="示例科技(600999):业绩点评") == [(10.0, "consistent", "5.00亿元 ÷ 总资产 50.00亿元 × 100")]


def test_a_share_of_the_parts_own_measure_left_unnamed(tmp_path):
    # '海外营收88,424亿元(同比+10%),占比从2020年12.8%升至15.7%': of 营收, the 56.39万亿 stated before
    body = ("核心观点 - 全A上市公司2024年营收56.39万亿元,与2023年持平 [1] "
            "- 海外营收88,424亿元(同比+10%),占比从2020年12.8%升至15.7% [3]")
    assert shares(tmp_path, body) == [(15.7, "consistent", "88,424亿元 ÷ 营收 56.39万亿元 × 100")]


PHONES = ("手机市场季度跟踪\n今年第三季度全球智能手机出货量为3.66亿部,同比下降5.7%。\n"
          "三星智能手机出货量为8082万部,位居第一,市场份额为22%。华为位居第二,出货量为5183万部,市场份额为{huawei}%。"
          "小米出货量为4441万部,市场份额为12.1%。苹果出货量为4060万部,市场份额为11.1%。")


def test_a_makers_market_share_of_the_markets_shipments_stated_before(tmp_path):
    # 8082万部 ÷ 3.66亿部 = 22.1%: a maker's shipments (another maker's, with its own share, is no market total)
    found = shares(tmp_path, PHONES.format(huawei="14.2"))
    assert [(r, v) for r, v, _ in found] == [(22, "consistent"), (14.2, "consistent"), (12.1, "consistent"), (11.1, "consistent")]
    assert found[2][2] == "4441万部 ÷ market total 3.66亿部 × 100"


def test_a_share_off_the_whole_the_texts_other_shares_are_of_is_a_mismatch(tmp_path):
    # '华为…5183万部,市场份额为14.4%' (14.16%): the three other makers' shares reproduce under 3.66亿部
    found = shares(tmp_path, PHONES.format(huawei="14.4"))
    assert found[1][:2] == (14.4, "mismatch")
    # alone, a share no stated whole reproduces is only unverifiable
    alone = "手机市场季度跟踪\n今年第三季度全球智能手机出货量为3.66亿部。华为出货量为5183万部,市场份额为14.4%。"
    assert [(r, v) for r, v, _ in shares(tmp_path, alone)] == [(14.4, "unverifiable")]


def test_its_share_reads_the_quantity_of_the_sentence_before(tmp_path):
    # '…第三季度出货8300万台。…第三季度出货3420万台手机。其市场占有率自去年同期的42.5%…跌至41.2%'; 台 and 部 are one unit
    body = ("中国智能手机市场第三季度出货8300万部。华为第三季度出货3420万台手机。其市场占有率自去年同期的42.5%及上季度的44.3%跌至41.2%。")
    assert shares(tmp_path, body) == [(41.2, "consistent", "3420万台 ÷ market total 8300万部 × 100")]


def test_a_part_with_its_currency_after_it(tmp_path):
    # '包装饮用水产品收益为94.43亿元人民币,同比增长10.7%,占总收益36.9%'
    body = "总收益达256.22亿元人民币。\n包装饮用水产品收益为94.43亿元人民币,同比增长10.7%,占总收益36.9%。"
    assert shares(tmp_path, body) == [(36.9, "consistent", "94.43亿元 ÷ 总收益 256.22亿元 × 100")]


def test_a_share_of_the_whole_of_the_parts_quantity(tmp_path):
    # '前8月新能源乘用车装机电量约27.6 GWh,占总体的72%'; '…合计约34.03GWh,约占整体的88.7%' (38.4 printed rounded)
    body = ("动力电池月度跟踪\n2019年1-8月国内动力电池装机量约38.4GWh,同比增长66%。\n前8月新能源乘用车装机电量约27.6 GWh,占总体的72%。"
            "前8月排名前十动力电池企业合计约34.03GWh,约占整体的88.7%。")
    assert shares(tmp_path, body) == [(72, "consistent", "27.6GWh ÷ the whole 38.4GWh × 100"),
                                      (88.7, "rounding", "34.03GWh ÷ the whole 38.4GWh × 100")]


def test_a_whole_named_before_its_share(tmp_path):
    # '其中国产电影票房为255.11亿元,在总票房中占比为84.85%' (255.11 ÷ 300.67 = 84.847%)
    body = "2022年,全国电影总票房为300.67亿元,其中国产电影票房为255.11亿元,在总票房中占比为{}%。"
    assert shares(tmp_path, body.format("84.85")) == [(84.85, "consistent", "255.11亿元 ÷ 总票房 300.67亿元 × 100")]
    assert [(r, v) for r, v, _ in shares(tmp_path, body.format("86.85"))] == [(86.85, "unverifiable")]


@pytest.mark.parametrize("share, verdict", [("13.95", "consistent"), ("14.95", "mismatch")])
def test_a_whole_stated_in_the_shares_own_words(tmp_path, share, verdict):
    # '…单片累计票房55.8亿元,贡献了暑期档34%的票房,并在400亿元票房成绩中占比13.95%': the whole is given, so a mismatch can be
    body = f"其中该片单片累计票房55.8亿元,贡献了暑期档34%的票房,并在400亿元票房成绩中占比{share}%。"
    assert shares(tmp_path, body) == [(float(share), verdict, "55.8亿元 ÷ 400亿元 × 100")]


def test_a_market_share_of_an_amount_over_the_market_total_of_its_measure(tmp_path):
    # '国产电影总票房411.75亿元,同比增长8.65%,市场占比64.07%' over '全国电影总票房642.66亿元' (票房 in both names);
    # a bound ('首破600亿元') is no total
    body = "当年全国电影总票房642.66亿元,同比增长5.4%;国产电影总票房411.75亿元,同比增长8.65%,市场占比64.07%。"
    assert shares(tmp_path, body) == [(64.07, "consistent", "411.75亿元 ÷ market total 当年全国电影总票房 642.66亿元 × 100")]
    bound = "全国票房首破600亿元。国产影片票房378.97亿元,市场占比63.16%。"
    assert [(r, v) for r, v, _ in shares(tmp_path, bound)] == [(63.16, "unverifiable")]


@pytest.mark.parametrize("second, verdict", [("47.6", "consistent"), ("48.6", None)])
def test_parts_whose_shares_add_up_to_100_are_the_whole(tmp_path, second, verdict):
    # '国产影片票房262亿元,占比达到52.4%,进口影片票房238亿元,占比达到47.6%': the whole is 262 + 238; shares adding up
    # to 101 are of a whole the text does not state (no check)
    body = f"全国电影年度票房首次突破500亿元大关。其中,国产影片票房262亿元,占比达到52.4%,进口影片票房238亿元,占比达到{second}%。"
    found = [(r, v) for r, v, _ in shares(tmp_path, body)]
    assert found == ([(52.4, "consistent"), (47.6, "consistent")] if verdict else [])


def test_a_share_of_the_sales_total(tmp_path):
    # '…境内市场销售收入343.9亿元,同比增长41.3%,占市场销售总额的69.3%' over '实际销售收入达496.2亿元'
    body = ("1至6月,中国游戏市场实际销售收入达496.2亿元,同比增长46.4%。\n"
            "同时,民族原创网络游戏境内市场销售收入343.9亿元,同比增长41.3%,占市场销售总额的69.3%。")
    assert shares(tmp_path, body) == [(69.3, "consistent", "343.9亿元 ÷ 销售收入 496.2亿元 × 100")]


def test_a_share_of_a_measure_its_own_words_name_over_that_measure_s_headline(tmp_path):
    # '高技术产业实际使用外资1748亿元,…,占比达28.9%': of the measure its words end on (使用外资), stated first as the
    # headline (6040.4), not of the nearest parts stated under it (服务业's 4252.3)
    body = ("1—8月,全国实际使用外资6040.4亿元人民币,同比增长6.9%。\n1—8月,制造业实际使用外资1707.2亿元人民币;服务业实际使用外资"
            "4252.3亿元人民币,同比增长11.2%,高技术产业实际使用外资1748亿元人民币,同比增长39.3%,占比达{}%。")
    assert shares(tmp_path, body.format("28.9"), title="吸收外资情况") == [
        (28.9, "consistent", "1748亿元 ÷ 使用外资 6040.4亿元 × 100")]
    # a share no stated whole reproduces: of one the text does not print, never a mismatch
    assert [v for _, v, _ in shares(tmp_path, body.format("38.9"), title="吸收外资情况")] == ["unverifiable"]


def test_a_whole_stated_with_its_currency_before_its_figure(tmp_path):
    # 'RMB' between 约 and the figure ('總銷售約RMB235.8億元', as a lottery operator's digest prints it)
    body = ("2012年3月,全國彩票總銷售約RMB235.8億元,同比增長約24%。\n"
            "2012年3月,福彩銷售約RMB136.4億元,約占總銷售{}%,同比增長約21%。")
    assert [(r, v) for r, v, _ in shares(tmp_path, body.format("57.85"))] == [(57.85, "consistent")]  # 136.4 ÷ 235.8
    assert [(r, v) for r, v, _ in shares(tmp_path, body.format("58.75"))] == [(58.75, "unverifiable")]  # no whole reproduces it
