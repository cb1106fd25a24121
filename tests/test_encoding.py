import codecs

import pytest

from pipeline import encoding
from pipeline.errors import YanbaoError

TRAD = "通義千問主力模型降價，國盛證券認為算力需求將持續爆發，模型參數達到1746億。" * 4
SIMP = "深度求索发布DeepSeek-V2，输入价格0.001元/千tokens，降幅达到百分之九十。" * 4


@pytest.mark.parametrize("data,enc", [
    (SIMP.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SIMP.encode("utf-8"), "utf-8-sig"),
    (SIMP.encode("gb18030"), "gb18030"),
    (SIMP.encode("gbk"), "gb18030"),
    (TRAD.encode("big5"), "big5"),
    (SIMP.encode("utf-16-le"), "utf-16-le"),
    (SIMP.encode("utf-16-be"), "utf-16-be"),
    (codecs.BOM_UTF16_LE + TRAD.encode("utf-16-le"), "utf-16-le"),
])
def test_detects_the_encoding(data, enc):
    text, name, confidence = encoding.decode(data, "x.txt")
    assert name == enc
    assert text.lstrip("\ufeff") in (SIMP, TRAD)
    assert confidence > 0.5


def test_binary_is_refused_with_a_reason():
    with pytest.raises(YanbaoError) as e:
        encoding.decode(bytes(range(256)) * 10, "x.txt")
    assert e.value.code == "E006"
    assert "x.txt: error E006: undecodable text" in e.value.line()
