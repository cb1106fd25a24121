"""verify's `price_mix` family: a whole's price per unit as the volume-weighted mix of its parts' prices."""
from pipeline.document import Document, Page, Source
from pipeline.verify.families import price_mix


def _checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return [(c["reported"], c["verdict"]) for c in price_mix.find(doc)]


_COAL = ("25Q3自产煤销量3434万吨,同比+15万吨(+0.4%)。其中25Q3动力煤/炼焦煤销量3183/{coking}万吨,同比+47/-32万吨。"
         "25Q3自产煤售价{whole}元/吨,同比-64元/吨(-12%)。其中25Q3动力煤/炼焦煤售价442/993元/吨。")


def test_a_whole_s_price_is_its_parts_prices_weighted_by_their_volumes():
    # (3183 × 442 + 251 × 993) ÷ 3434 = 482.3
    assert _checks(_COAL.format(coking="251", whole="482")) == [(482, "consistent")]
    assert _checks(_COAL.format(coking="251", whole="492")) == [(492, "mismatch")]


def test_parts_that_leave_some_of_the_volume_out_are_no_claim():
    # 3183 + 151 is not 3434: another coal is sold too, and the mix is not the whole's price
    assert _checks(_COAL.format(coking="151", whole="482")) == []
