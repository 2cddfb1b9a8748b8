"""PDF, .docx and .doc files LibreOffice made of corpus documents read as the text or page does.

The fixtures (tests/fixtures/formats, made by tools/make_format_fixtures.py) are LibreOffice's
conversions; the reference is the reader's reading of the same document as text or page.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.parsing import parse_file

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def outline(document) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for top in document.outline for h in top.walk()]


def reading(document) -> dict:
    return {
        "title": document.title,
        "metadata": document.metadata.as_dict(),
        "signature": document.signature,
        "outline": outline(document),
    }


@pytest.mark.parametrize("kind", ["docx", "doc", "pdf"])
@pytest.mark.parametrize("source", ["huadu-report.txt", "yueyang-opinion.txt"])
def test_a_text_document_in_every_format_reads_as_the_text(source, kind):
    reference = parse_file(FORMATS / source)
    converted = parse_file(FORMATS / source.replace(".txt", f".{kind}"))
    assert reading(converted) == reading(reference)
    assert reference.outline  # something to compare


@pytest.mark.parametrize("kind", ["docx", "doc"])
@pytest.mark.parametrize("source", ["guobanfa-notice.html", "patent-agency-regulation.html"])
def test_a_page_as_word_reads_as_the_page(source, kind):
    """Word keeps the page's tables: the catalogue card, title, outline and signature all come through."""
    reference = parse_file(FORMATS / source)
    converted = parse_file(FORMATS / source.replace(".html", f".{kind}"))
    assert reading(converted) == reading(reference)


def test_the_regulation_s_articles_come_through_word():
    document = parse_file(FORMATS / "patent-agency-regulation.docx")
    labels = [label for _, label, _ in outline(document)]
    assert "第一章" in labels and "第一条" in labels and len(labels) >= 30


def test_a_page_as_pdf_reads_as_the_page():
    """A page printed to PDF: its catalogue table, whose labels and title wrap inside their cells
    (标　　/题：, …管理工作的/通知) and whose values stand halfway down their rows, is rebuilt
    row by row from where its text stands, so card, title, outline and signature are the page's."""
    reference = parse_file(FORMATS / "guobanfa-notice.html")
    converted = parse_file(FORMATS / "guobanfa-notice.pdf")
    assert reading(converted) == reading(reference)
    assert converted.title.endswith("管理工作的通知") and converted.metadata.document_number == "国办发〔1996〕25号"


def test_the_text_of_a_pdf_is_the_text_of_the_document():
    """Every character of the text is there, in order, line breaks of the page joined back
    (a space where a line broke is not: the page does not keep it)."""
    reference = parse_file(FORMATS / "huadu-report.txt")
    converted = parse_file(FORMATS / "huadu-report.pdf")
    assert converted.text.replace("\n", "").replace(" ", "") == reference.text.replace("\n", "").replace(" ", "")
    assert [b.kind for b in converted.blocks] == [b.kind for b in reference.blocks]


def test_a_pdf_qt_wrote_reads_as_its_text():
    """Qt's PDF writer (benchmarks/formats.py made it): hanzi as Kangxi radicals in the text layer,
    a line cut by the page break drawn on both pages, lines PDFium does not break apart."""
    reference = parse_file(FORMATS / "qt-report.txt")
    converted = parse_file(FORMATS / "qt-report.pdf")
    assert [(b.kind, b.text.replace(" ", "")) for b in converted.blocks] == [
        (b.kind, b.text.replace(" ", "")) for b in reference.blocks]


def test_tables_whose_cells_wrap_read_as_the_page_s():
    """LibreOffice printed a page with ruled tables whose cells wrap (发文机/关：, a value over two
    lines, 主题分/类： broken before the colon) and whose cells stand closer than two characters:
    each table is read row by row, a wrapped cell as one cell, as from the page."""
    reference = parse_file(FORMATS / "wrapped-tables.html")
    converted = parse_file(FORMATS / "wrapped-tables.pdf")
    assert reading(converted) == reading(reference)
    assert converted.metadata.publisher == "某某市人民政府办公室、某某市政务服务数据管理局"
    tables = [block.rows for block in converted.blocks if block.rows]
    assert tables == [block.rows for block in reference.blocks if block.rows]
    assert tables[0][1] == ("规章和行政规范性文件（含部门联合发布的规范性文件）", "12", "3", "45")


def test_the_regulation_printed_to_pdf_has_the_page_s_card_and_title():
    """Its card's 标　　题： stands over two lines with the title halfway down between them, and
    主 题 词： has no value: the title is the page's, not 标 nor the line under the card.
    (LibreOffice printed only the first page of the regulation's text: the rest is an object.)"""
    reference = parse_file(FORMATS / "patent-agency-regulation.html")
    converted = parse_file(FORMATS / "patent-agency-regulation.pdf")
    assert converted.title == reference.title == "专利代理条例"
    assert converted.metadata == reference.metadata
