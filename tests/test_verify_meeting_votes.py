"""verify's `meeting_votes` family: a shareholders' meeting's attendance (on site and online make the total) and its votes
(each share its count over the votes', or over the shares attending)."""
import pytest

from pipeline.ingest import read_document
from pipeline.verify import run_families


def votes(tmp_path, body, title="2025年第一次临时股东大会决议公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
            if c["family"] == "meeting_votes"]


ATTENDANCE = ("通过现场和网络投票的股东558人,代表股份458,054,680股,占公司有表决权股份总数的67.2579%。\n"
              "其中:通过现场投票的股东2人,代表股份282,196,584股,占公司有表决权股份总数的41.4360%。\n"
              "通过网络投票的股东556人,代表股份{}股,占公司有表决权股份总数的25.8219%。")


@pytest.mark.parametrize("online, verdict", [("175,858,096", "consistent"), ("175,858,996", "mismatch")])
def test_those_on_site_and_online_make_those_attending(tmp_path, online, verdict):
    assert votes(tmp_path, ATTENDANCE.format(online)) == [
        (558, "consistent", "2 + 556"), (458054680, verdict, f"282,196,584 + {online}"),
        (67.2579, "consistent", "41.4360 + 25.8219")]


def test_a_vote_s_shares_are_of_its_three_counts(tmp_path):
    body = ("表决情况:同意457,000,000股,占出席本次股东会有效表决权股份总数的99.7697%;反对1,000,000股,占出席本次股东会有效表决权股份"
            "总数的0.2183%;弃权54,680股(其中,因未投票默认弃权0股),占出席本次股东会有效表决权股份总数的{}%。")
    assert [v for _, v, _ in votes(tmp_path, body.format("0.0119"))] == ["consistent", "consistent", "consistent"]
    assert [v for _, v, _ in votes(tmp_path, body.format("0.0191"))][2] == "mismatch"


def test_a_digest_s_rates_over_the_shares_attending_theirs_for_minority_holders(tmp_path):
    body = ("- 通过现场和网络投票的股东共631人,代表股份335,149,500股,占公司有表决权股份总数的48.1988% - 中小股东参与人数626人,"
            "代表股份6,281,734股,占比0.9034% - 总表决同意率99.9535%(334,993,800股),反对率0.0317%(106,300股),弃权率{}% "
            "- 中小股东表决同意率97.5214%(6,126,034股),反对率1.6922%,弃权率0.7864%")
    found = votes(tmp_path, body.format("0.0147"))
    assert found == [(99.9535, "consistent", "334,993,800 ÷ 335,149,500 × 100"),
                     (0.0317, "consistent", "106,300 ÷ 335,149,500 × 100"),
                     (0.0147, "consistent", "(335,149,500 − 334,993,800 − 106,300) ÷ 335,149,500 × 100"),
                     (97.5214, "consistent", "6,126,034 ÷ 6,281,734 × 100")]
    assert votes(tmp_path, body.format("0.0174"))[2][1] == "mismatch"
