"""verify's `repeated` family: a sentence printed twice (a first page's bullet again in the body)
gives the same figures both times."""
import pytest

from pipeline.document import Document, Page, Source
from pipeline.verify.families import repeated

BULLET = "25H1公司销售收入319.01亿元，同比增长21.44%，归母净利润22.94亿元，同比增长{}%。"


def checks(*pages):
    doc = Document(doc_id="t", source=Source(path="t.pdf", sha256="0" * 64, format="pdf", pages=len(pages), size=1))
    doc.pages = [Page(number=n + 1, text=text) for n, text in enumerate(pages)]
    return [(c["reported"], c["verdict"], c["page"]) for c in repeated.find(doc)]


@pytest.mark.parametrize("again, verdict", [("39.37", "consistent"), ("39.47", "mismatch")])
def test_a_first_page_bullet_printed_again_in_the_body(again, verdict):
    body = "由于地缘政治的影响，本土化需求加速提升，" + BULLET.format(again)
    assert checks(BULLET.format("39.37"), body) == [(float(again), verdict, 2)]


def test_the_same_words_of_another_subject_or_period_are_another_passage():
    # a clause before naming another subject: '…上证50…' beside '…创业板指…' (neither a whole sentence)
    tail = "多头策略年化收益近{}%，相对基准超额收益近5%，相对空头组合超额超9%，且换手率相对较低。"
    assert checks("从模型在上证50成分股中的选股表现来看，" + tail.format(19),
                  "从模型在创业板指成分股中的选股表现来看，" + tail.format(15)) == []
    # two measures differing: another period's sentence in the same words
    assert checks(BULLET.format("39.37"), BULLET.format("39.37").replace("21.44", "20.00").replace("22.94", "20.00")) == []
