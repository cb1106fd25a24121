"""verify's `unit_restatements` family: a figure restated in brackets in another unit of its measure."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import unit_restatements


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["reported"], c["verdict"], c["formula"]) for c in unit_restatements.find(doc)]


@pytest.mark.parametrize("text, expected", [
    # a 吨 is 2000 斤, a 公顷 15 亩; a unit per unit converts both sides
    ("全国早稻总产量2802万吨(560.4亿斤)", [(560.4, "consistent", "2802万吨 in 亿斤 (÷ 5)")]),
    ("早稻播种面积4734千公顷(7101万亩)", [(7101, "consistent", "4734千公顷 in 万亩 (× 1.5)")]),
    ("早稻单产5918公斤/公顷(395公斤/亩)", [(395, "consistent", "5918公斤/公顷 in 公斤/亩 (÷ 15)")]),   # 394.53
    ("比2020年增加200.2千公顷(300.4万亩)", [(300.4, "rounding", "200.2千公顷 in 万亩 (× 1.5)")]),  # 300.3; 200.25 gives 300.4
    # a digit slipped: 265.5万公顷 is 3982.5万亩
    ("比2020年增加265.5万公顷(398.2万亩)", [(398.2, "mismatch", "265.5万公顷 in 万亩 (× 15)")]),
])
def test_a_figure_and_its_restatement_are_one_quantity(text, expected):
    assert _checks(text) == expected


@pytest.mark.parametrize("text", [
    "出货量1200万台(同比+15%)",        # a bracket of another kind
    "销量1200万吨(其中出口300万吨)",    # a part, in the same unit
    "产量1200万吨(800万台)",            # two measures
    "收入1200万元(约170万美元)",        # money in another currency: conversions'
])
def test_no_restatement(text):
    assert _checks(text) == []
