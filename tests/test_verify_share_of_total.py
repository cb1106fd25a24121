"""verify's `share_of_total` family: a part's share of a whole the text names, over the amounts it
states for both of one measure and one period."""
from pipeline.ingest import read_document
from pipeline.verify import run_families


def judged(tmp_path, text):
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    return [(c["reported"], c["verdict"], c["formula"]) for c in run_families(read_document(path))[0]
                if c["family"] == "share_of_total"]


def test_a_share_of_sales_over_the_pairs_each_subject_states(tmp_path):
    # '产销分别完成A和B': 产量 A, 销量 B; 160.4 ÷ 322.6 = 49.7%
    text = ("9月,汽车产销分别完成327.6万辆和322.6万辆,同比分别增长17.1%和14.9%。\n\n其中,新能源汽车产销分别完成161.7万辆和"
            "160.4万辆,新能源汽车新车销量达到汽车新车总销量的{}%。\n")
    assert judged(tmp_path, text.format("49.7")) == [(49.7, "consistent", "新能源汽车 160.4万辆 ÷ 汽车 322.6万辆 × 100")]
    assert judged(tmp_path, text.format("50.1"))[0][1] == "mismatch"


def test_the_share_s_period_and_not_a_month_s_figures_before_it(tmp_path):
    # the 1-9月 share's part is stated with no figure ('均超过1100万辆'): September's figures are no input
    text = ("9月,汽车产销分别完成327.6万辆和322.6万辆。其中,新能源汽车产销分别完成161.7万辆和160.4万辆。\n"
            "1-9月份,汽车产销量分别完成2433.3万辆和2436.3万辆。其中,新能源汽车产销量均超过1100万辆,"
            "新能源汽车新车销量达到汽车新车总销量的46.1%。\n")
    assert judged(tmp_path, text) == []
    # and the months from January over the months from January, not over the month named after them
    text = ("10月12日电,1至9月,汽车产销量达2147万辆和2157.1万辆。9月份,汽车产销量分别达279.6万辆和280.9万辆。"
            "1至9月,新能源汽车产销量达831.6万辆和832万辆,新能源汽车新车销量达到汽车新车总销量的38.6%。\n")
    assert judged(tmp_path, text) == [(38.6, "consistent", "新能源汽车 832万辆 ÷ 汽车 2157.1万辆 × 100")]


def test_a_subject_run_on_from_its_months(tmp_path):
    # '1-10月汽车产销分别完成2769.2万辆和2768.7万辆' (read '月汽车'): 1294.3 ÷ 2768.7 = 46.7%, the months' own figures
    text = ("10月份,我国汽车产销分别完成335.9万辆和332.2万辆;1-10月汽车产销分别完成2769.2万辆和2768.7万辆。\n"
            "1-10月,新能源汽车产销分别完成1301.5万辆和1294.3万辆,新能源汽车新车销量达到汽车新车总销量的{}%。\n")
    assert judged(tmp_path, text.format("46.7")) == [(46.7, "consistent", "新能源汽车 1294.3万辆 ÷ 汽车 2768.7万辆 × 100")]
    assert judged(tmp_path, text.format("48.7"))[0][1] == "mismatch"
