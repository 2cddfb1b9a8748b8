"""The 政府信息公开 metadata block in each layout the portals use."""
import pytest

from reader.core.parsing.lines import SourceLine
from reader.core.parsing.metadata import find_metadata
from reader.core.parsing.text import text_lines

EXPECTED = {
    "metadata-label-lines.txt": {  # label and value on separate lines, two empty values
        "index_number": "11440114MB2C91234X/2021-00012",
        "category": "综合政务",
        "publisher": "广州市花都区人民政府办公室",
        "written_date": "2021-03-05",
        "name": "广州市花都区人民政府办公室关于做好2021年春季森林防火工作的通知",
        "document_number": None,
        "published_date": "2021-03-08",
        "subject_words": None,
        "source": None,
    },
    "metadata-table-rows.txt": {  # label | value | label | value, spaced labels
        "index_number": "11440114MB2C91234X/2021-00031",
        "category": "公安、安全、司法",
        "publisher": "广州市花都区人民政府",
        "written_date": "2021-04-02",
        "name": "广州市花都区人民政府关于加强道路交通安全管理的通告",
        "document_number": "花府通〔2021〕3号",
        "published_date": "2021-04-06",
        "subject_words": "交通",
        "source": None,
    },
    "metadata-inline-synonyms.txt": {  # 发文机关, 标题, 文号, 分类; pairs on a line
        "index_number": "11440114MB2C91234X/2021-00077",
        "category": "城乡建设、环境保护",
        "publisher": "广州市花都区住房和城乡建设局",
        "written_date": "2021-07-20",
        "name": "广州市花都区住房和城乡建设局关于开展建筑工地扬尘专项整治的通知",
        "document_number": "花建〔2021〕21号",
        "published_date": "2021-07-22",
        "subject_words": None,
        "source": None,
    },
    "saved-page.html": {  # a real <table>, labels spaced with &nbsp;
        "index_number": "11440114MB2C91234X/2021-00045",
        "category": "劳动、人事、监察",
        "publisher": "广州市花都区人民政府办公室",
        "written_date": "2021-05-10",
        "name": "广州市花都区人民政府关于印发花都区促进就业若干措施的通知",
        "document_number": "花府〔2021〕7号",
        "published_date": "2021-05-12",
        "subject_words": None,
        "source": None,
    },
    "layout-table-page.html": {  # a metadata table nested in the page's layout table
        "index_number": "11440114MB2C91234X/2021-00101",
        "category": "劳动、人事、监察",
        "publisher": "广州市花都区人民政府",
        "written_date": "2021-11-20",
        "name": "花都区人民政府关于调整2021年最低工资标准的通知",
        "document_number": None,
        "published_date": "2021-11-22",
        "subject_words": None,
        "source": None,
    },
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_metadata_layout(parse_fixture, name):
    document = parse_fixture(name)
    assert document.metadata.as_dict() == EXPECTED[name]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_metadata_block_stays_out_of_the_text(parse_fixture, name):
    document = parse_fixture(name)
    assert document.title == EXPECTED[name]["name"]
    for label in ("索引号", "索 引 号", "发布机构", "成文日期", "主题词", "主 题 词"):
        assert label not in document.text


@pytest.mark.parametrize(
    "rows, expected",
    [
        # An empty cell keeps its place: 文号 stays empty, 发布日期 gets its own value.
        (["索引号 | 123/2021-1 | 分类 | 综合政务", "文号 |  | 发布日期 | 2021-05-12"],
         {"document_number": None, "published_date": "2021-05-12", "category": "综合政务"}),
        # Separate lines: an empty value is followed straight by the next label.
        (["索引号：", "123/2021-1", "文号：", "发布日期：", "2021年5月12日", "发布机构：", "花都区人民政府"],
         {"document_number": None, "published_date": "2021-05-12", "publisher": "花都区人民政府"}),
        # The title under an empty last label is not its value.
        (["名称：", "关于某事的通知", "索引号：", "123/2021-1", "主题词：", "关于某事的通知", "正文。"],
         {"name": "关于某事的通知", "subject_words": None}),
        # Pages that put a blank line between each label and its value.
        (["索引号：", "", "123/2021-1", "", "分类：", "", "综合政务"],
         {"index_number": "123/2021-1", "category": "综合政务"}),
        # 主题分类 is a synonym of 分类, and 名称 of 标题; the longer label wins.
        (["索引号：123/2021-1 主题分类：综合政务", "名称：关于某事的通知 发文字号：花府〔2021〕1号"],
         {"category": "综合政务", "name": "关于某事的通知", "document_number": "花府〔2021〕1号"}),
    ],
)
def test_values_keep_their_labels(rows, expected):
    block = find_metadata(text_lines("\n".join(rows)))
    values = block.metadata.as_dict()
    assert {key: values[key] for key in expected} == expected


def test_a_lone_label_is_not_a_metadata_block():
    assert find_metadata([SourceLine("名称：花都区"), SourceLine("正文第一段。")]) is None


def test_a_document_stored_as_one_line_is_its_text_not_a_catalogue():
    """Labels at the start of a page saved without line breaks do not make the page a catalogue
    block (it was blanked whole, and the document refused as holding no text)."""
    body = "一、工作开展情况。" + "我局坚持依法行政，严格规范公正文明执法，各项工作取得明显成效。" * 30
    line = "索引号：114401/2020-001 分类：综合政务 发布机构：某区分局 成文日期：2020-12-25 " + body
    assert find_metadata(text_lines(line)) is None
    inline = "索引号：114401/2020-001 分类：综合政务 发布机构：某区分局 成文日期：2020-12-25"
    assert find_metadata(text_lines(inline)).metadata.publisher == "某区分局"
