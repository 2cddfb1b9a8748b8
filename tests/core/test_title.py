"""The title, joined when broken over lines, the 文号 under it, and the page title as a fallback."""
import pytest

from reader.core.model import BlockKind
from reader.core.parsing import parse_bytes


@pytest.mark.parametrize(
    "name, title, number",
    [
        # Broken over two lines, with the 文号 under it.
        ("notice-with-attachment.txt", "广州市公安局花都区分局关于印发2021年法治政府建设工作要点的通知", "穗公花发〔2021〕12号"),
        ("metadata-table-rows.txt", "广州市花都区人民政府关于加强道路交通安全管理的通告", "花府通〔2021〕3号"),
        ("saved-page.html", "广州市花都区人民政府关于印发花都区促进就业若干措施的通知", "花府〔2021〕7号"),
        ("traditional-notice-big5.txt", "臺北市政府公告", "府授法三字第1100012345號"),
        ("heading-levels.txt", "花都区2021年安全生产工作方案", None),
    ],
)
def test_title_and_document_number(parse_fixture, texts_of, name, title, number):
    document = parse_fixture(name)
    assert document.title == title
    assert texts_of(document, "title") == [title]
    assert texts_of(document, "document_number") == ([number] if number else [])
    assert document.blocks[0].kind is BlockKind.TITLE


def test_title_broken_over_two_lines_without_metadata(parse_text):
    document = parse_text("广州市花都区人民政府关于\n调整部分行政许可事项的决定\n\n各镇人民政府、街道办事处：\n现决定调整以下事项。\n")
    assert document.title == "广州市花都区人民政府关于调整部分行政许可事项的决定"
    assert document.blocks[1].text == "各镇人民政府、街道办事处："


@pytest.mark.parametrize(
    "page_title, expected",
    [
        ("关于做好2021年高温天气防御工作的通知", "关于做好2021年高温天气防御工作的通知"),
        # Portals append the column and the site name.
        ("关于做好2021年高温天气防御工作的通知_通知公告_花都区人民政府门户网站", "关于做好2021年高温天气防御工作的通知"),
        ("关于做好2021年高温天气防御工作的通知 - 花都区人民政府门户网站", "关于做好2021年高温天气防御工作的通知"),
    ],
)
def test_html_page_title_is_the_fallback(page_title, expected):
    page = (f"<html><head><title>{page_title}</title></head><body>"
            "<p>各镇人民政府、街道办事处：</p><p>近期我区将出现持续高温天气，请做好防御工作。</p></body></html>")
    document = parse_bytes(page.encode("utf-8"), "page.html")
    assert document.title == expected
    assert document.blocks[0].kind is BlockKind.TITLE


def test_a_document_number_above_the_title(parse_text, texts_of):
    document = parse_text("X府〔2024〕3号\nXX市人民政府关于印发重点民生实事项目的通知\n各区人民政府：\n现印发给你们。\n")
    assert document.title == "XX市人民政府关于印发重点民生实事项目的通知"
    assert texts_of(document, "document_number") == ["X府〔2024〕3号"]
    assert texts_of(document, "paragraph") == ["各区人民政府：", "现印发给你们。"]


def test_a_document_number_in_brackets_under_the_title_is_not_part_of_it():
    """Some pages set the 文号 in brackets under the title: （X府〔2024〕3号）."""
    from reader.core.model import BlockKind
    from reader.core.parsing import parse_bytes

    text = ("XX市人民政府关于印发XX市2024年重点民生实事项目的通知\n（X府〔2024〕3号）\n各区人民政府：\n"
            "现将项目印发给你们，请认真贯彻落实。\nXX市人民政府\n2024年2月1日\n")
    document = parse_bytes(text.encode("utf-8"), "notice.txt")
    assert document.title == "XX市人民政府关于印发XX市2024年重点民生实事项目的通知"
    assert [b.text for b in document.blocks if b.kind is BlockKind.DOCUMENT_NUMBER] == ["（X府〔2024〕3号）"]


def test_a_pages_own_dates_above_the_title_are_not_the_title(parse_text, texts_of):
    document = parse_text(
        "• 生成日期：2023-05-06\n当前位置：首页 > 信息公开 > 通知公告\n\n"
        "某县人民政府办公室关于做好汛期安全工作的通知（某政办发〔2023〕8号）\n"
        "来源：县应急管理局　日期：2023-04-28 09:30\n"
        "各乡镇人民政府：\n现就做好汛期安全工作通知如下。\n")
    assert document.title == "某县人民政府办公室关于做好汛期安全工作的通知"
    assert texts_of(document, "document_number") == ["（某政办发〔2023〕8号）"]
    assert document.metadata.published_date == "2023-04-28"  # not the page's own 生成日期
    assert document.metadata.source == "县应急管理局"


def test_an_archive_date_is_not_the_publication_date(parse_text):
    document = parse_text("归档时间：2019-02-01\n关于开展安全检查的通知\n各单位：\n请做好检查工作。\n")
    assert document.title == "关于开展安全检查的通知"
    assert document.metadata.published_date is None


def test_an_orders_header_is_not_the_title(parse_text):
    document = parse_text(
        "某省人民政府令\n第25号\n《某省河湖管理办法》已经省政府常务会议通过，现予公布，自2025年3月1日起施行。\n"
        "省长　王某\n2025年1月20日\n某省河湖管理办法\n第一章　总　则\n第一条　为了加强河湖管理，制定本办法。\n"
        "第二章　附　则\n第二条　本办法自2025年3月1日起施行。\n")
    assert document.title == "某省河湖管理办法"
    assert "某省人民政府令\n第25号" in document.text  # the order stays, as text
    assert [h.title for h in document.outline[0].children] == ["总则", "附则"]


@pytest.mark.parametrize("lines", [
    ["某市人民政府办公室", "关于印发某市数字经济发展", "三年行动计划的通知"],
    ["某县人民政府", "关于调整城乡居民基本医疗保险", "缴费标准的通告"],
    ["某区教育局关于印发", "中小学课后服务管理办法（试行）"],
])
def test_a_title_over_lines_runs_to_the_kind_of_document_it_is(parse_text, lines):
    document = parse_text("\n".join(lines) + "\n各有关单位：\n现将有关事项通知如下。\n一、总体要求\n坚持问题导向。\n")
    assert document.title == "".join(lines)


def test_the_info_line_at_the_pages_foot_is_not_text(parse_text):
    document = parse_text("关于做好防汛工作的通知\n各乡镇：\n请做好防汛准备工作。\n某县水利局\n2024年6月1日\n"
                          "文章来源：某县水利局　更新时间：2024-06-02\n")
    assert "文章来源" not in document.text and document.metadata.source == "某县水利局"
    assert document.signature.date == "2024-06-01"


def test_the_sites_name_above_a_copied_title_is_not_part_of_it(parse_text):
    document = parse_text("某市人民政府门户网站\n某市人民政府关于加强安全生产工作的通知\n各区：\n现将有关事项通知如下。\n")
    assert document.title == "某市人民政府关于加强安全生产工作的通知"


def test_a_title_whose_first_line_ends_like_a_site_name_stays_whole(parse_text):
    document = parse_text("某市人民政府2023年政府信息公开\n工作年度报告\n本报告根据条例编制。\n")
    assert document.title == "某市人民政府2023年政府信息公开工作年度报告"
