"""verify's `stated_change` family: a change between two figures one sentence states."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import stated_change


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return stated_change.find(doc)


@pytest.mark.parametrize("sentence, verdict", [
    ("2024年晶圆平均单价达6639元/片，较2023年的6967元同比下降4.71%。", "consistent"),   # 6639 ÷ 6967 − 1
    ("2024年晶圆平均单价达6639元/片，较2023年的6967元同比下降5.71%。", "mismatch"),
    ("出货量为120万台，较上年的100万台增长20%。", "consistent"),
    ("出货量为120万台，较上年的100万台增长20.5%。", "rounding"),    # 119.5–120.5 over 99.5–100.5
])
def test_a_change_between_two_figures_the_sentence_states(sentence, verdict):
    (c,) = _checks(sentence)
    assert c["verdict"] == verdict and "【" in c["claim"]
    # the harness can edit each figure the check read
    assert [k[0] for k in c["_cells"]] == ["text", "text", "text"]


def test_figures_in_two_units_are_no_change_of_one_quantity():
    assert _checks("营收达120亿元，较上年的100万台增长20%。") == []


def test_a_revised_figure_with_its_earlier_one_and_the_change_in_brackets():
    # '调整2025-2027年EPS为4.80(5.32,-9.8%)/5.29(6.31,-16.2%)': 4.80 ÷ 5.32 − 1 = −9.77%
    found = [(c["claim"].split("【")[1].split("】")[0], c["verdict"])
             for c in _checks("调整2025-2027年EPS为4.80(5.32,-9.8%)/5.29(6.31,-17.2%)/6.15元。")]
    assert found == [("-9.8", "consistent"), ("-17.2", "mismatch")]
