"""verify's `listed_growths` family: a quantity listed year by year (in a counted unit, not money) with
its growths listed after it — each growth after the first on the year before's figure."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def growths(tmp_path, text):
    path = tmp_path / "note.txt"
    path.write_text("示例饲料(002999):点评\n" + text + "\n", encoding="utf-8")
    return [(c["reported"], c["verdict"]) for c in run_families(read_document(path))[0] if c["family"] == "listed_growths"]


def test_growths_of_volumes_listed_by_year(tmp_path):
    # 3,246 ÷ 2,953 − 1 = 9.92%; 3,567 ÷ 3,246 − 1 = 9.89%; 2025's base is not printed
    text = "预计2025-2027年饲料外销量分别达到2,953万吨、3,246万吨、3,567万吨,同比增速分别为20.9%、9.9%、{}%。"
    assert growths(tmp_path, text.format("9.9")) == [(9.9, "consistent"), (9.9, "consistent")]
    assert growths(tmp_path, text.format("19.9")) == [(9.9, "consistent"), (19.9, "mismatch")]


def test_the_unit_after_the_last_figure_and_signed_growths(tmp_path):
    assert growths(tmp_path, "预计2025/2026/2027年公司销量分别为2953/3246/3567万吨,同比+20.9%/+9.9%/+9.9%。") == [
        (9.9, "consistent"), (9.9, "consistent")]


def test_money_and_lists_that_do_not_pair_are_left_alone(tmp_path):
    # money is the results family's; three years and two growths do not pair
    assert growths(tmp_path, "预计2025-2027年营收分别为29.53/32.46/35.67亿元,同比+20.9%/+9.9%/+9.9%。") == []
    assert growths(tmp_path, "预计2025-2027年销量分别为2953/3246/3567万吨,同比+9.9%/+9.9%。") == []
