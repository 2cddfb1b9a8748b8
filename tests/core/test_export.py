"""core/export.py: semantic HTML, Markdown and plain text, with and without pinyin."""
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import export, pinyin
from reader.core.model import BlockKind
from reader.core.outline import document_dict
from reader.core.parsing import parse_bytes, parse_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LABELS = ["索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词", "来源"]
HOSTILE = ("<script>alert('x')</script>的通知\n"
           "一、<b>加粗</b> & [链接](javascript:alert(1))\n"
           "正文里有<img src=x onerror=alert(1)>和 **星号** 与 `代码`。\n").encode()


class Page(HTMLParser):
    """The tags of a page, and the text of each element that matters here."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self.current: dict[str, list[str]] = {}
        self.body_text: list[str] = []  # text outside <rt>, <rp>, <head>
        self.rubies: list[tuple[str, str]] = []  # (base, reading)
        self._ruby_base = ""
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br"):
            self.stack.append(tag)
            self.current[tag] = []
        if tag == "ruby":
            self._ruby_base = ""

    def handle_endtag(self, tag):
        if tag in self.current:
            self.texts.setdefault(tag, []).append("".join(self.current.pop(tag)))
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        inside = set(self.stack)
        if not inside & {"rt", "rp"}:  # an element's text is what it says, without its pinyin
            for tag in self.current:
                self.current[tag].append(data)
        if "rt" in inside:
            self.rubies.append((self._ruby_base, data))
        elif "ruby" in inside and "rp" not in inside:
            self._ruby_base += data
        if not inside & {"rt", "rp", "head"}:
            self.body_text.append(data)


@pytest.fixture(scope="module")
def sample():
    return parse_file(sample_report())


def level_one_headings(document):
    return [block.text for block in document.blocks if block.kind is BlockKind.HEADING and block.level == 1]


def is_hanzi(char):
    return pinyin.is_hanzi(char)


# HTML -----------------------------------------------------------------------------------------
def test_html_is_a_semantic_page(sample):
    source = export.to_html(sample)
    assert source.startswith("<!DOCTYPE html>\n")
    page = Page(source)
    html_tags = [attrs for tag, attrs in page.tags if tag == "html"]
    assert html_tags == [{"lang": "zh-CN"}]
    assert ("meta", {"charset": "utf-8"}) in page.tags
    assert page.texts["title"] == [sample.title]
    assert page.texts["h1"] == [sample.title]
    assert page.texts["h2"] == level_one_headings(sample)
    assert len(page.texts["h2"]) == 3
    level_two = [block.text for block in sample.blocks if block.kind is BlockKind.HEADING and block.level == 2]
    assert page.texts["h3"] == level_two
    assert [tag for tag, _ in page.tags].count("dl") == 1
    assert page.texts["dt"] == LABELS
    assert page.texts["dd"][0] == sample.metadata.index_number
    assert page.texts["dd"][5] == "—"  # 文号: the sample has none
    assert page.texts["strong"][:3] == ["一是", "二是", "三是"]
    assert page.texts["footer"][0].split() == [sample.signature.issuer, "2020年12月4日"]
    assert ("time", {"datetime": "2020-12-04"}) in page.tags
    assert len(page.texts["p"]) == sample.paragraph_count() + 2  # and the signature and date


def test_html_has_no_scripts_and_no_urls(sample):
    source = export.to_html(sample, "marks") if pinyin.available() else export.to_html(sample)
    page = Page(source)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "a", "base", "form"}
    assert not any("href" in attrs or "src" in attrs or any(name.startswith("on") for name in attrs)
                   for _, attrs in page.tags)
    assert not re.search(r"https?:|//|url\(|@import|javascript:", source, re.IGNORECASE)
    assert "<style>" in source and "line-height: 1.8" in source and "max-width: 40em" in source


def test_hostile_text_is_escaped():
    document = parse_bytes(HOSTILE, "hostile.txt")
    assert "<script>" in document.text  # the parser keeps it as text
    source = export.to_html(document)
    page = Page(source)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "b", "img"}
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in source
    assert "<script>alert('x')</script>" in "".join(page.body_text)  # shown as the text it is
    assert "&lt;img src=x onerror=alert(1)&gt;" in source
    markdown = export.to_markdown(document)
    assert not re.search(r"(?<!\\)[<>]", markdown)  # every angle bracket escaped: no HTML
    assert r"\<script\>" in markdown
    assert r"\[链接\](javascript:alert(1))" in markdown  # not a link
    assert r"\*\*星号\*\*" in markdown and r"\`代码\`" in markdown
    assert "<script>alert('x')</script>" in export.to_text(document)


def test_tables_have_header_cells_when_the_first_row_names_the_columns():
    with_header = Page(export.to_html(parse_file(FIXTURES / "numbered-attachments.txt")))
    assert with_header.texts["th"] == ["单位", "姓名", "电话"]
    assert ("th", {"scope": "col"}) in with_header.tags
    assert with_header.texts["td"] == ["区应急管理局", "张明", "36800000"]
    data_only = Page(export.to_html(parse_file(FIXTURES / "table-in-text.txt")))
    assert "th" not in data_only.texts and len(data_only.texts["td"]) == 9


def test_attachments_are_sections_headed_by_their_title():
    document = parse_file(FIXTURES / "numbered-attachments.txt")
    page = Page(export.to_html(document))
    sections = [attrs for tag, attrs in page.tags if tag == "section"]
    assert len(sections) == 2
    assert page.texts["h2"] == ["附件1：花都区2021年“安全生产月”活动方案", "附件2：联络员名单"]
    ids = {attrs.get("id") for tag, attrs in page.tags if tag == "h2"}
    assert {attrs["aria-labelledby"] for attrs in sections} == ids
    assert page.texts["h4"] == ["（一）集中宣传。", "（二）应急演练。"]  # level 3
    assert page.texts["p"][0] == "花应急〔2021〕8号"  # the 文号 under the title


def test_deep_levels_stay_h4_with_their_labels():
    document = parse_file(FIXTURES / "heading-levels.txt")
    page = Page(export.to_html(document))
    deep = [block for block in document.blocks if block.kind is BlockKind.HEADING and block.level >= 3]
    assert {block.level for block in deep} == {3, 4}
    assert page.texts["h4"] == [block.text for block in deep]
    assert "h5" not in page.texts


def test_a_document_without_metadata_has_no_definition_list():
    page = Page(export.to_html(parse_file(FIXTURES / "heading-levels.txt")))
    assert "dl" not in page.texts


# Pinyin ---------------------------------------------------------------------------------------
needs_pinyin = pytest.mark.skipif(not pinyin.available(), reason="pypinyin is not installed")


@needs_pinyin
def test_html_pinyin_is_one_ruby_per_hanzi(sample):
    source = export.to_html(sample, "marks")
    page = Page(source)
    hanzi = sum(1 for char in "".join(page.body_text) if is_hanzi(char))
    assert hanzi > 5000
    assert [tag for tag, _ in page.tags].count("ruby") == hanzi == len(page.rubies)
    assert [tag for tag, _ in page.tags].count("rp") == 2 * hanzi
    assert "<ruby>重<rp>(</rp><rt>zhòng</rt><rp>)</rp></ruby><ruby>要<rp>(</rp><rt>yào</rt><rp>)</rp></ruby>" in source
    pairs = list(zip(page.rubies, page.rubies[1:]))
    assert (("重", "zhòng"), ("要", "yào")) in pairs
    assert page.texts["h1"] == [sample.title]  # the text of the heading is unchanged
    assert page.texts["title"] == [sample.title]  # the window title has no pinyin


@needs_pinyin
def test_html_pinyin_with_tone_numbers(sample):
    page = Page(export.to_html(sample, "numbers"))
    assert (("重", "zhong4"), ("要", "yao4")) in list(zip(page.rubies, page.rubies[1:]))


@needs_pinyin
def test_pinyin_follows_the_users_corrections(sample, tmp_path):
    store = pinyin.Corrections(tmp_path / "corrections.json")
    store.set("重要", 0, "chóng")
    pinyin.use_corrections(store)
    try:
        page = Page(export.to_html(sample, "marks"))
        assert (("重", "chóng"), ("要", "yào")) in list(zip(page.rubies, page.rubies[1:]))
        assert "重要(chóng yào)" in export.to_markdown(sample, "marks")
    finally:
        pinyin.use_corrections(None)


@needs_pinyin
def test_markdown_and_text_pinyin_follow_each_word(sample):
    markdown = export.to_markdown(sample, "marks")
    assert "重要(zhòng yào)" in markdown
    assert "**一(yī)是**(shì)" in markdown  # bold that CommonMark closes
    assert markdown.splitlines()[0].startswith("# 广州(guǎng zhōu)")
    text = export.to_text(sample, "numbers")
    assert "重要(zhong4 yao4)" in text and "**" not in text


def test_unknown_pinyin_style_or_format_is_refused(sample):
    with pytest.raises(ValueError):
        export.to_html(sample, "ruby")
    with pytest.raises(ValueError):
        export.export(sample, "pdf")


# Markdown ---------------------------------------------------------------------------------------
def test_markdown_headings_catalogue_and_markers(sample):
    markdown = export.to_markdown(sample)
    lines = markdown.splitlines()
    assert lines[0] == f"# {sample.title}"
    assert [line[3:] for line in lines if line.startswith("## ")] == level_one_headings(sample)
    assert sum(1 for line in lines if line.startswith("### ")) == sum(
        1 for block in sample.blocks if block.kind is BlockKind.HEADING and block.level == 2)
    assert sum(1 for line in lines if line.startswith("# ")) == 1
    assert "- **索引号**：114401140075147171/2020-00054" in lines
    assert "- **主题词**：—" in lines
    assert "**一是**始终将推进法治建设" in markdown
    assert lines[-1] == "2020年12月4日"
    assert "\n\n\n" not in markdown


def test_markdown_tables_and_attachments():
    markdown = export.to_markdown(parse_file(FIXTURES / "numbered-attachments.txt"))
    assert "| 单位 | 姓名 | 电话 |\n| --- | --- | --- |\n| 区应急管理局 | 张明 | 36800000 |" in markdown
    assert "---\n\n## 附件2：联络员名单" in markdown
    assert "#### （一）集中宣传。" in markdown


def test_markdown_escaping_of_line_starts():
    assert export.md_escape("1.全面排查") == "1\\.全面排查"
    assert export.md_escape("# 不是标题") == "\\# 不是标题"
    assert export.md_escape("- 不是列表\n> 不是引用") == "\\- 不是列表\\\n\\> 不是引用"
    assert export.md_escape("    缩进") == "缩进"
    assert export.md_escape("2020-12-25") == "2020-12-25"


# Text -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [None, "numbered-attachments.txt", "notice-with-attachment.txt",
                                  "heading-levels.txt", "table-in-text.txt", "metadata-table-rows.txt",
                                  "attached-plan.txt", "saved-page.html"])
def test_text_reads_back_as_the_same_document(name):
    document = parse_file(sample_report() if name is None else FIXTURES / name)
    text = export.to_text(document)
    again = parse_bytes(text.encode("utf-8"), "export.txt")
    assert document_dict(again) == document_dict(document)
    assert again.text == document.text or [b.text for b in again.blocks] == [b.text for b in document.blocks]


def test_text_has_blank_lines_between_blocks(sample):
    text = export.to_text(sample)
    assert text.endswith("\n") and "\n\n\n" not in text
    chunks = text.rstrip("\n").split("\n\n")
    assert chunks[0].splitlines()[0] == "索引号：114401140075147171/2020-00054"
    assert chunks[1] == sample.title
    assert chunks[-2:] == ["广州市公安局花都区分局", "2020年12月4日"]
    assert len(chunks) == 1 + len(sample.blocks)


def test_write_file_replaces_atomically(tmp_path):
    target = tmp_path / "out.html"
    target.write_text("old")
    target.chmod(0o640)
    export.write_file(target, "新".encode())
    assert target.read_text(encoding="utf-8") == "新"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [path.name for path in tmp_path.iterdir() if path.name != "reader-data"] == ["out.html"]


def test_the_pages_source_is_on_the_card():
    page = ("<html><body><h1>关于开展春季植树活动的通知</h1>"
            "<p>发布时间：2024-03-01　信息来源：市林业局</p>"
            "<p>各单位：现就开展春季植树活动通知如下。</p></body></html>")
    document = parse_bytes(page.encode("utf-8"), "page.html")
    assert document.metadata.source == "市林业局"
    assert "- **来源**：市林业局" in export.to_markdown(document).splitlines()
