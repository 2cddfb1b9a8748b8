"""Saved web pages: only the document's text, never scripts, forms, frames or page navigation."""
import pytest

from reader.core.model import BlockKind
from reader.core.parsing import parse_bytes
from reader.core.parsing.html import html_lines

NESTING = 5000


@pytest.mark.parametrize(
    "hidden",
    ["样式文字", "脚本文字", "脚本输出", "尾部脚本文字", "表单文字", "搜索按钮文字", "框架文字",
     "导航文字", "页脚文字", "版权所有", "分享到微信"],
)
def test_page_furniture_is_not_text(parse_fixture, hidden):
    assert hidden not in parse_fixture("saved-page.html").text


def test_page_body_is_read_in_order(parse_fixture, texts_of):
    document = parse_fixture("saved-page.html")
    assert texts_of(document, "paragraph") == [
        "各镇人民政府、街道办事处，区政府各部门、各直属机构：",
        "现将《花都区促进就业若干措施》印发给你们，请认真组织实施。",
        "对首次创办小微企业的，给予一次性创业资助。",
    ]
    assert [h.title for h in document.headings()] == ["扶持创业带动就业", "落实创业补贴", "加强就业服务"]


@pytest.mark.parametrize(
    "open_tag, close_tag",
    [("<div>", "</div>"), ("<span><b>", "</b></span>"), ("<table><tr><td>", "</td></tr></table>")],
)
def test_deep_nesting_does_not_recurse(open_tag, close_tag):
    page = ("<html><head><title>深层嵌套的页面</title></head><body>"
            + open_tag * NESTING + "现将有关事项通知如下。" + close_tag * NESTING + "</body></html>")
    document = parse_bytes(page.encode("utf-8"), "deep.html")
    assert "现将有关事项通知如下。" in document.text


@pytest.mark.parametrize(
    "markup, lines",
    [
        ("<p>第一段<br>第二行</p><p>第二段</p>", ["第一段", "第二行", "第二段"]),
        ("<div>甲<div>乙</div>丙</div>", ["甲", "乙", "丙"]),
        ("<p>行内<b>加粗</b>文字</p>", ["行内加粗文字"]),
        ("<pre>一行\n二行</pre>", ["一行", "二行"]),
        ('<p hidden>隐藏</p><p style="display: none">也隐藏</p><p>可见</p>', ["可见"]),
        ("<p>空格&nbsp;&nbsp;之间</p>", ["空格 之间"]),
    ],
)
def test_lines_break_at_block_elements(markup, lines):
    found, _ = html_lines(f"<html><body>{markup}</body></html>")
    assert [line.text for line in found] == lines


def test_table_rows_become_cells():
    found, _ = html_lines("<table><tr><th>单位</th><td>电话</td></tr><tr><td>区政府</td><td></td></tr></table>")
    assert [line.cells for line in found] == [("单位", "电话"), ("区政府", "")]


def test_a_one_cell_row_is_plain_lines():
    found, _ = html_lines("<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>")
    assert [(line.text, line.cells) for line in found] == [("第一段。", None), ("第二段。", None)]


def test_layout_tables_are_read_as_lines(parse_fixture, texts_of):
    document = parse_fixture("layout-table-page.html")
    assert [heading.title for heading in document.headings()] == ["调整标准", "执行时间"]
    assert texts_of(document, "paragraph")[-1] == "本通知自2021年12月1日起执行。"
    (table,) = [b for b in document.blocks if b.kind is BlockKind.TABLE]
    # A data table inside the layout keeps its cells; paragraphs in a cell join with a space.
    assert table.rows[0] == ("类别", "月最低工资标准 （元/月）", "小时最低工资标准")
    assert document.signature.date == "2021-11-20"
    assert "主办" not in document.text and "门户网站" not in document.text
