"""verify's `share_moves` family on an education bulletin written here: a share's move in points from the year before,
from the part's and the whole's amounts and their changes in amount."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families

BULLETIN = ("学前教育在园幼儿4805.21万人,比上年减少13.06万人,下降0.27%。其中,普惠性幼儿园在园幼儿4218.20万人,"
            "比上年增加135.37万人,增长3.32%,占全国在园幼儿的比例87.78%,比上年{way}{points}个百分点。\n")


def moves(tmp_path, text):
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "share_moves"]


@pytest.mark.parametrize("way, points, expected", [
    ("提高", "3.05", (3.05, "consistent")),    # 87.784% − 4082.83 ÷ 4818.27 (84.737%) = 3.047
    ("提高", "3.15", (3.15, "mismatch")),
    ("下降", "3.05", (-3.05, "mismatch")),      # the share rose
])
def test_a_share_s_move_from_the_amounts_and_their_changes(tmp_path, way, points, expected):
    assert moves(tmp_path, BULLETIN.format(way=way, points=points)) == [expected]


def test_no_move_judged_from_growth_rates_or_without_the_whole_s_change(tmp_path):
    # growth rates may be on a comparable basis the year before's amounts were not: not read
    grown = ("1至8月,软件业务收入23248亿元,同比增长21.5%。数据处理和存储服务实现收入4174亿元,同比增长26.4%,"
             "收入占全行业比重达18%,比去年同期提高0.8个百分点。\n")
    assert moves(tmp_path, grown) == []
    # the whole's change in amount unsaid: nothing to rebuild last year's share from
    assert moves(tmp_path, BULLETIN.format(way="提高", points="3.05").replace(",比上年减少13.06万人", "")) == []
