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
