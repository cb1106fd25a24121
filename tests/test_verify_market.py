"""verify's `market` family: the first page's market data and the per-share rows over its share count."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

COVER = ("示例酒家(603043):品牌加持食品业务多点开花\n证券研究报告 餐饮 审慎增持(维持)\n市场数据 市场数据日期 2020-03-24 "
         "收盘价(元) 27.40 总股本(百万股) 404 流通股本(百万股) 125.51 总市值(百万元) 11070 流通市值(百万元) 3439 "
         "净资产(百万元) 2121.55 每股净资产 {bvps}\n主要财务指标 会计年度 2018 2019E 2020E 2021E "
         "营业收入(百万元) 2537 3040 3563 4108 净利润(百万元) 384 426 500 634 每股收益(元) 0.95 {eps} 1.24 1.57\n")


def market_checks(tmp_path, bvps="5.25", eps="1.05"):
    path = tmp_path / "cover.txt"
    path.write_text(COVER.format(bvps=bvps, eps=eps), encoding="utf-8")
    return {c["claim"].split(" (")[0]: (c["verdict"], c["note"]) for c in run_families(read_document(path))[0]
            if c["family"] == "market"}


def test_bvps_is_the_cover_s_net_assets_over_its_share_count(tmp_path):
    # 2121.55 ÷ 404 = 5.25; a cover's 净资产 may hold the minorities' share: one it does not give is not called wrong
    assert market_checks(tmp_path)["每股净资产 5.25"] == ("consistent", "")
    verdict, note = market_checks(tmp_path, bvps="5.75")["每股净资产 5.75"]
    assert verdict == "unverifiable" and "minorities" in note


@pytest.mark.parametrize("eps, verdict", [("1.05", "consistent"), ("1.15", "unverifiable")])
def test_eps_over_the_share_count_on_a_net_profit_row_where_no_parent_s_is_printed(tmp_path, eps, verdict):
    # 426 ÷ 404 = 1.05; '净利润' may be the whole's, minorities' share in it: an EPS it does not give is unverifiable
    got = market_checks(tmp_path, eps=eps)
    assert got[f"每股收益 2019E {float(eps)}"][0] == verdict and got["每股收益 2018 0.95"][0] == "consistent"
