"""verify's `clause_totals` family: amounts its ；-clauses state under one name, and their 合计 under that name."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def totals(tmp_path, body, title="关于股票期权可行权的公告"):
    path = tmp_path / "notice.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "clause_totals"]


BODY = ("首次授予股票期权可行权的股票期权数量为427.56万份,占公司总股本比例为0.847%;预留授予股票期权可行权的股票期权\n"
        "数量为18.44万份,占公司总股本比例为0.037%;合计本次可行权的股票期权数量为{}万份,占公司总股本比例为{}%。")


def test_the_合计_of_clauses_named_alike_and_their_shares(tmp_path):
    assert totals(tmp_path, BODY.format("446", "0.884")) == [(446, "consistent"), (0.884, "consistent")]
    assert totals(tmp_path, BODY.format("436", "0.874")) == [(436, "mismatch"), (0.874, "mismatch")]
    # short of the total: a part may be left out
    assert totals(tmp_path, BODY.format("456", "0.894")) == [(456, "unverifiable"), (0.894, "unverifiable")]


def test_clauses_under_other_names_have_no_合计(tmp_path):
    body = "公司营业收入为100万元;净利润为10万元;合计本次可行权的股票期权数量为110万份。"
    assert totals(tmp_path, body) == []
