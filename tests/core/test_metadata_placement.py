"""Where the catalogue block may be, and what finding it may remove: never the body.

A table whose header names metadata labels is a table; a page's info line
(发布时间：… 来源：…) is not a catalogue block and never takes the text above it.
"""
import pytest

from reader.core.parsing import parse_bytes
from reader.core.parsing.metadata import info_line_metadata

NOTICE_TOP = "关于公布规范性文件清理结果的通知\n各区县人民政府：\n现将清理结果公布如下。\n"


def _page(body: str, title: str = "关于做好开学工作的通知-XX市教育局") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode("utf-8")


def test_a_table_header_of_labels_is_a_table(parse_text, texts_of):
    document = parse_text(NOTICE_TOP + "序号 | 文件名称 | 文号 | 发布日期\n1 | 某办法 | X府〔2010〕5号 | 2010年3月1日\n")
    assert document.title == "关于公布规范性文件清理结果的通知"
    assert document.metadata.is_empty()
    assert texts_of(document, "paragraph") == ["各区县人民政府：", "现将清理结果公布如下。"]
    (table,) = [block for block in document.blocks if block.kind.value == "table"]
    assert table.rows[0] == ("序号", "文件名称", "文号", "发布日期")


def test_a_labelled_table_far_down_keeps_everything_above(parse_text):
    body = "".join(f"第{n}段正文，内容。\n" for n in range(1, 40))
    document = parse_text(NOTICE_TOP + body + "序号\t名称\t发文单位\n1\t某意见\t国务院\n2\t某通知\t发改委\n")
    assert document.title == "关于公布规范性文件清理结果的通知"
    assert "第1段正文，内容。" in document.text
    assert document.metadata.is_empty()


def test_html_table_with_a_name_column_is_kept(texts_of):
    page = _page("<p>关于印发方案的通知</p><p>一、总体要求</p>"
                 "<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>甲</td></tr></table>")
    document = parse_bytes(page, "page.html")
    assert document.title == "关于印发方案的通知"
    assert document.blocks[-1].rows == (("序号", "名称"), ("1", "甲"))


def test_an_info_line_at_the_foot_takes_nothing():
    page = _page("<h1>关于做好开学工作的通知</h1><p>各区教育局：</p><p>现将有关事项通知如下。</p>"
                 "<p>XX市教育局</p><p>2024年2月19日</p>"
                 "<div>发布日期：2024-02-20　　信息来源：市教育局</div>")
    document = parse_bytes(page, "page.html")
    assert document.title == "关于做好开学工作的通知"
    assert "现将有关事项通知如下。" in document.text
    assert "信息来源" not in document.text
    assert document.signature.issuer == "XX市教育局"
    assert document.metadata.published_date == "2024-02-20"


def test_an_info_line_under_the_h1_fills_the_date_and_keeps_the_title():
    page = _page("<h1>关于做好开学工作的通知</h1>"
                 "<div>发布日期：2024-02-20　　信息来源：市教育局　　【字体：大 中 小】</div>"
                 "<p>各区教育局：</p><p>现将有关事项通知如下。</p>")
    document = parse_bytes(page, "page.html")
    assert document.title == "关于做好开学工作的通知"
    assert [block.text for block in document.blocks[:2]] == ["关于做好开学工作的通知", "各区教育局："]
    assert document.metadata.published_date == "2024-02-20"


def test_catalogue_laid_out_in_columns(texts_of):
    page = _page("<table><tr><th>索引号</th><th>发布机构</th><th>发布日期</th><th>文号</th></tr>"
                 "<tr><td>1144/2024-00012</td><td>XX区财政局</td><td>2024-02-01</td><td>X财〔2024〕2号</td></tr></table>"
                 "<h2>XX区关于2024年度预算公开的说明</h2><p>现将预算公开如下。</p>")
    document = parse_bytes(page, "page.html")
    assert document.metadata.index_number == "1144/2024-00012"
    assert document.metadata.publisher == "XX区财政局"
    assert document.metadata.published_date == "2024-02-01"
    assert document.metadata.document_number == "X财〔2024〕2号"
    assert texts_of(document, "title") == ["XX区关于2024年度预算公开的说明"]
    assert not texts_of(document, "table")


def test_label_synonyms_and_an_unknown_label_ends_a_value(parse_text):
    document = parse_text(
        "索引号：1133/2024-00123　　发布机构：浙江省人民政府办公厅　　发布时间：2024-03-05\n"
        "文件编号：浙政办发〔2024〕10号　　成文时间：2024-03-01　　所属分类：综合政务　　审核人：李四\n"
        "浙江省人民政府办公厅关于进一步加强数字政府建设的实施意见\n"
        "各市人民政府：\n为深入推进数字政府建设，提出如下实施意见。\n")
    assert document.metadata.as_dict() == {
        "index_number": "1133/2024-00123", "category": "综合政务", "publisher": "浙江省人民政府办公厅",
        "written_date": "2024-03-01", "name": None, "document_number": "浙政办发〔2024〕10号",
        "published_date": "2024-03-05", "subject_words": None, "source": None,
    }
    assert document.title == "浙江省人民政府办公厅关于进一步加强数字政府建设的实施意见"


def test_a_list_under_a_header_of_labels_is_a_table(parse_text):
    document = parse_text("文件名称 | 文号 | 发布日期\n某办法 | X府〔2010〕5号 | 2010年3月1日\n"
                          "某规定 | X府〔2012〕8号 | 2012年5月1日\n")
    assert document.metadata.is_empty()
    (table,) = document.blocks
    assert table.rows[1] == ("某办法", "X府〔2010〕5号", "2010年3月1日")


def test_an_info_line_with_a_counter_gives_its_date_and_is_dropped():
    page = _page("<h1>关于做好开学工作的通知</h1><div>发布时间：2024-05-10　点击数：321</div>"
                 "<p>各区教育局：</p><p>现将有关事项通知如下。</p><div>责任编辑：王洋</div>")
    document = parse_bytes(page, "page.html")
    assert document.metadata.published_date == "2024-05-10"
    assert "点击数" not in document.text and "责任编辑" not in document.text


CATALOGUE = {"index_number": "1133/2024-00456", "publisher": "某县农业农村局", "written_date": "2024-05-06",
             "document_number": "某农发〔2024〕9号"}


def test_a_bulleted_catalogue_with_each_value_on_the_next_line(parse_text):
    document = parse_text("• 索引号\n1133/2024-00456\n• 发布机构\n某县农业农村局\n• 成文日期\n2024年5月6日\n"
                          "• 文号\n某农发〔2024〕9号\n某县农业农村局关于做好夏粮收购工作的通知\n各乡镇：\n请做好收购工作。\n")
    assert {k: v for k, v in document.metadata.as_dict().items() if v} == CATALOGUE
    assert document.title == "某县农业农村局关于做好夏粮收购工作的通知"


def test_a_catalogue_whose_labels_have_no_colons(parse_text):
    document = parse_text("索引号 1133/2024-00456 发布机构 某县农业农村局\n成文日期 2024-05-06 文号 某农发〔2024〕9号\n"
                          "某县农业农村局关于做好夏粮收购工作的通知\n各乡镇：\n请做好收购工作。\n")
    assert {k: v for k, v in document.metadata.as_dict().items() if v} == CATALOGUE


def test_a_sentence_that_names_a_label_is_not_a_catalogue(parse_text):
    document = parse_text("关于规范信息公开的通知\n各单位：\n"
                          "索引号 由系统生成，发布机构 应填写全称。\n请遵照执行。\n")
    assert document.metadata.is_empty()
    assert "索引号 由系统生成，发布机构 应填写全称。" in document.text


@pytest.mark.parametrize("line, expected", [
    ("来源：市政府办公室发布时间：2024-03-01", {"source": "市政府办公室", "published_date": "2024-03-01"}),
    ("信息来源：某局浏览次数：12", {"source": "某局"}),
    ("发布日期：2023-03-21访问次数： 信息来源：某市人民政府办公室",
     {"published_date": "2023-03-21", "source": "某市人民政府办公室"}),
])
def test_a_label_glued_to_the_value_before_it_ends_that_value(line, expected):
    assert info_line_metadata(line) == expected
