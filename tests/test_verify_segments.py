"""verify's `segments` family: a total revenue's growth from the amounts and growths of the
segments that make it up — only where they do make it up, to the printed precision."""
from pipeline.document import Document, Page, Source
from pipeline.verify.families import segments

HALF = ("2025年上半年实现收入12.23亿元,同比减少{total}%,归母净利润1.08亿元,同比增长227.96%。"
        "25H1鸭及鸭副产品收入9.88亿元,同比减少0.70%,其他产品收入2.22亿元,同比减少{other}%,"
        "特许经营费收入0.13亿元,同比减少24.48%。"
        "25H1自营门店收入7.12亿元,同比增长2.22%,线上渠道收入1.70亿元,同比减少4.18%,特许经营收入2.67亿元,同比减少18.56%。")


def checks(text):
    doc = Document(doc_id="t", source=Source(path="t.txt", sha256="0" * 64, format="txt", pages=1, size=1))
    doc.pages = [Page(number=1, text=text)]
    return segments.find(doc)


def test_a_totals_growth_from_the_segments_that_make_it_up():
    # bases 9.88/0.993 + 2.22/0.8959 + 0.13/0.7552 = 12.5997: 12.23 is 2.93% below it (周黑鸭 25H1);
    # the channels (7.12 + 1.70 + 2.67 = 11.49) are not all of the 12.23: no check of them
    got = checks(HALF.format(total="2.93", other="10.41"))
    assert [(c["verdict"], c["reported"], c["recomputed"]) for c in got] == [("consistent", -2.93, -2.9345)]
    assert "鸭及鸭副产品收入 + 其他产品收入 + 特许经营费收入" in got[0]["formula"]


def test_an_edit_of_the_total_or_a_parts_growth_is_a_mismatch():
    assert [c["verdict"] for c in checks(HALF.format(total="2.83", other="10.41"))] == ["mismatch"]
    assert [c["verdict"] for c in checks(HALF.format(total="2.93", other="11.41"))] == ["mismatch"]


def test_parts_too_coarse_to_tell_or_on_another_base_give_no_check():
    # '食醋收入1亿' is printed to the 亿: parts that precise add up to almost any total
    coarse = "24Q4营收7.85亿,同比下降10.3%。25Q1酱油收入5.4亿,同比下降4.7%,食醋收入1亿,同比下降10.6%,线上收入1.26亿,同比下降12.3%。"
    assert checks(coarse) == []
    # an organic growth ('内生同比') is on another base than the reported amounts
    organic = HALF.format(total="2.93", other="10.41").replace("同比减少0.70%", "内生同比减少0.70%")
    assert checks(organic) == []


def test_the_total_s_change_on_the_quarter_before_from_its_parts():
    # Q2's parts are Q3's over (1 + their 环比): 74.99 ÷ 1.0347 + 48.02 ÷ 0.8746 = 127.38, so 123.01 is 3.43% below it;
    # a part stated with 共计 is read as any other
    text = ("Q3公司营业总收入为123.01亿元,同比+24.88%,较Q2环比-{}%。Q3境外收入共计74.99亿元,同比+34.01%,较Q2环比+3.47%;"
            "境内收入为48.02亿元,同比+12.87%,较Q2环比-12.54%。")
    got = [(c["verdict"], c["reported"], c["recomputed"]) for c in checks(text.format("3.43"))]
    assert got == [("consistent", 24.88, 24.8794), ("consistent", -3.43, -3.4308)]
    assert [c["verdict"] for c in checks(text.format("3.93"))] == ["consistent", "mismatch"]


def test_segments_with_their_growths_in_signed_brackets():
    # '营收88.59亿元(+27.39%)…国内市场实现收入68.66亿元(+23.7%),…;海外市场收入19.93亿元(+42.0%)': 68.66 ÷ 1.237 + 19.93 ÷ 1.42
    text = "2025年前三季度公司实现营收88.59亿元(+{}%)。分地区看,公司国内市场实现收入68.66亿元(+23.7%),招投标回暖;海外市场收入19.93亿元(+42.0%)。"
    assert [(c["verdict"], c["reported"]) for c in checks(text.format("27.39"))] == [("consistent", 27.39)]
    assert [c["verdict"] for c in checks(text.format("29.39"))] == ["mismatch"]


def test_parts_short_of_the_total_leave_a_lower_growth_unproved():
    # 21.9 + 16.9 = 38.8 of a revenue of 38.9: a line not listed may have fallen, so the total's growth may be below
    # the parts' mix (4.7%) — but never above it
    text = "25Q3营业收入38.9亿元,同比+{}%。25Q3国内收入21.9亿元,同比-3.5%;国外收入16.9亿元,同比+17.7%。"
    assert [c["verdict"] for c in checks(text.format("4.0"))] == ["unverifiable"]
    assert [c["verdict"] for c in checks(text.format("4.7"))] == ["consistent"]
    assert [c["verdict"] for c in checks(text.format("6.7"))] == ["mismatch"]


def test_lines_stating_their_growth_first_then_the_amount_they_moved_to():
    # '太阳能玻璃销售收入同比下降7.3%至94.7亿元,国内销售收入下降16.6%至64.8亿元,而海外销售收入上升22.4%至29.9亿元':
    # bases 64.8/0.834 + 29.9/1.224 = 102.13, so 94.7 is 7.27% below it
    text = ("2025年上半年,太阳能玻璃销售收入同比下降{}%至94.7亿元人民币,国内销售收入下降16.6%至64.8亿元,"
            "而海外销售收入上升22.4%至29.9亿元,主要来自北美地区。")
    assert [(c["verdict"], c["recomputed"]) for c in checks(text.format("7.3"))] == [("consistent", -7.2714)]
    assert [c["verdict"] for c in checks(text.format("8.3"))] == ["mismatch"]


def test_parts_stated_twice_give_their_total_s_check_once():
    # a digest listing its segments twice: the windows of three after the total (A B C, B C A, C A B) are one partition
    text = ("收入同比增长14.3%至385.44亿元。安踏分部收入169.50亿元,同比增长5.4%。FILA分部收入141.82亿元,同比增长8.6%。"
            "所有其他品牌收入74.12亿元,同比增长61.1%。安踏分部收入169.50亿元,同比增长5.4%。FILA分部收入141.82亿元,同比增长8.6%。")
    assert len(checks(text)) == 1


def test_a_total_s_fall_said_大幅_and_a_part_stated_则仅为():
    # '营收为57.35亿元,同比大幅下滑35.3%' over '光伏材料收入为56.65亿元,同比下降35.4%' and '光伏电站收入则仅为0.7亿元,同比下降26.5%'
    text = ("今年上半年,协鑫科技营收为57.35亿元,同比大幅下滑{}%。核心业务光伏材料收入为56.65亿元,同比下降35.4%;"
            "次要业务光伏电站收入则仅为0.7亿元,同比下降26.5%。")
    assert [c["verdict"] for c in checks(text.format("35.3"))] == ["consistent"]
    assert [c["verdict"] for c in checks(text.format("33.3"))] == ["mismatch"]


def test_parts_stated_with_收入在():
    # '磷酸盐系产品的收入在36.64亿元' is its amount: bases 36.64/0.8621 + 2.18/2.3938 = 43.41, 38.82 is 10.58% below
    text = ("上半年实现收入38.82亿元,同比下降{}%。分产品来看,磷酸盐系产品的收入在36.64亿元,同比下降13.79%,"
            "其他业务的收入在2.18亿元,同比增长139.38%。")
    assert [c["verdict"] for c in checks(text.format("10.58"))] == ["consistent"]
    assert [c["verdict"] for c in checks(text.format("11.58"))] == ["mismatch"]
