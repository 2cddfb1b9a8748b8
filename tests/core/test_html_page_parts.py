"""Web pages: the wrapper <form> is the page, the site's header is not, and the h1 is the title."""
import pytest

from reader.core.model import BlockKind
from reader.core.parsing import parse_bytes

BODY = "<p>各单位：</p><p>请于3月底前完成自查。</p>"


def _parse(body: str, title: str = "关于开展安全生产检查的通知_通知公告_XX市应急管理局"):
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_bytes(page.encode("utf-8"), "page.html")


def test_an_aspnet_page_wrapped_in_a_form_is_read():
    document = _parse('<form id="form1"><input type="hidden" value="VIEWSTATE">'
                      '<div class="title"><span>关于开展检查的通知</span></div>' + BODY + "</form>")
    assert document.title == "关于开展检查的通知"
    assert "请于3月底前完成自查。" in document.text
    assert "VIEWSTATE" not in document.text


@pytest.mark.parametrize(
    "header",
    [
        '<div class="head"><div class="logo">XX市人民政府门户网站</div>'
        '<div class="mainNav"><ul><li>首页</li><li>政务公开</li></ul></div></div>',
        '<div class="topbar"><span>今天是：2024年3月5日　星期二</span></div>',
        '<div class="topbar"><span>欢迎访问XX市人民政府门户网站！</span></div>',
        "<header><p>XX市人民政府门户网站</p></header><nav>首页</nav>",
        '<div class="location"><a>首页</a> &gt; <a>政务公开</a></div>',
        '<div id="header">XX市人民政府门户网站</div>',
    ],
)
def test_the_site_header_is_not_the_title(header, texts_of):
    document = _parse(header + "<div class='con'><h1>关于开展安全生产检查的通知</h1>" + BODY + "</div>"
                      '<div class="bottom"><p>主办：XX市人民政府办公室</p></div>')
    assert texts_of(document, "title") == ["关于开展安全生产检查的通知"]
    assert document.blocks[1].text == "各单位："
    assert "门户网站" not in document.text and "主办" not in document.text


def test_short_header_lines_above_the_h1_are_dropped():
    document = _parse("<div>XX市应急管理局</div><div>政务公开</div><h1>关于开展安全生产检查的通知</h1>" + BODY)
    assert [block.text for block in document.blocks[:2]] == ["关于开展安全生产检查的通知", "各单位："]


def test_an_article_header_with_the_h1_is_kept():
    document = _parse("<article><header><h1>关于开展安全生产检查的通知</h1></header>" + BODY + "</article>")
    assert document.title == "关于开展安全生产检查的通知"


def test_a_catalogue_in_a_class_named_header_is_read():
    document = _parse('<div class="policyLibraryOverview_header"><table>'
                      "<tr><td>索引号：</td><td>000014349/2023-00069</td><td>发文机关：</td><td>国务院</td></tr>"
                      "</table></div><h1>关于开展安全生产检查的通知</h1>" + BODY)
    assert document.metadata.index_number == "000014349/2023-00069"
    assert document.metadata.publisher == "国务院"


@pytest.mark.parametrize(
    "page_title",
    ["关于做好开学工作的通知-XX市教育局", "关于做好开学工作的通知|XX市教育局", "关于做好开学工作的通知_XX市教育局"],
)
def test_the_page_title_fallback_loses_the_site_name(page_title):
    document = _parse("<p>各区教育局：</p><p>现将有关事项通知如下。</p>", page_title)
    assert document.title == "关于做好开学工作的通知"


def test_the_title_is_never_given_twice(texts_of):
    document = _parse("<h1>关于开展安全生产检查的通知</h1><h2>关于开展安全生产检查的通知</h2>" + BODY)
    assert texts_of(document, "title") == ["关于开展安全生产检查的通知"]
    assert document.text.count("关于开展安全生产检查的通知") == 1
    assert document.blocks[1].kind is BlockKind.PARAGRAPH
