"""verify's `list_means` family: a mean stated right after the figures it is the mean of."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import list_means


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return list_means.find(doc)


@pytest.mark.parametrize("sentence, reported, verdict", [
    ("2025-2026年BVPS分别为9.40、9.53元(均值9.47元)。", 9.47, "consistent"),   # 9.465, to two places
    ("2025-2026年BVPS分别为9.40、9.53元(均值9.57元)。", 9.57, "mismatch"),
    ("预计2025-2027年PE分别为20/17/15倍,均值为17.3倍。", 17.3, "consistent"),
    ("三项费用率分别为5.2%、3.1%、4.0%（平均：4.1%）。", 4.1, "consistent"),
])
def test_a_mean_after_its_list(sentence, reported, verdict):
    (c,) = _checks(sentence)
    assert (c["reported"], c["verdict"]) == (reported, verdict)
    assert len(c["_cells"]) == 1 + len(c["inputs"])  # the mean and each listed figure editable


def test_no_mean_of_another_group_or_unit():
    assert _checks("三家公司PE分别为20、25、30倍，行业平均28倍。") == []        # another group's mean
    assert _checks("PE分别为20、25、30倍,平均单价28元。") == []                # a bare 平均 is no mean of the list
    assert _checks("收入分别为20亿元、25%(均值22.5%)。") == []                  # two units
    assert _checks("PE分别为20、25、30倍(均值25元)。") == []                    # a mean in another unit
