"""Headings Word numbers with a numbering list (一、 drawn, not typed) are in the outline."""
from __future__ import annotations

import pytest

from reader.core.parsing import parse_file
from reader.core.parsing.docx_numbering import chinese_number

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(("number", "written"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五"),
                                                 (100, "一百"), (105, "一百零五"), (110, "一百一十")])
def test_chinese_counting(number, written):
    assert chinese_number(number) == written


def numbered_document(path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def add(text, level=None):
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    add("关于做好安全生产工作的通知")
    add("各单位：")
    for top in ("总体要求", "工作安排", "保障措施"):
        add(top, 0)
        for sub in ("加强领导", "落实责任"):
            add(sub, 1)
            add("各单位要认真落实。")
    document.save(path)
    return path


def test_numbered_headings_are_in_the_outline(tmp_path):
    document = parse_file(numbered_document(tmp_path / "numbered.docx"))
    outline = [(h.level, h.label, h.title) for top in document.outline for h in top.walk()]
    assert outline == [
        (1, "一、", "总体要求"), (2, "（一）", "加强领导"), (2, "（二）", "落实责任"),
        (1, "二、", "工作安排"), (2, "（一）", "加强领导"), (2, "（二）", "落实责任"),
        (1, "三、", "保障措施"), (2, "（一）", "加强领导"), (2, "（二）", "落实责任"),
    ]


def test_libreoffice_draws_the_same_numbers_into_its_pdf():
    """LibreOffice's PDF of the numbered document: the numbers are text there, a tab from the title."""
    from pathlib import Path

    formats = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
    word, pdf = parse_file(formats / "word-numbering.docx"), parse_file(formats / "word-numbering.pdf")
    assert [(h.label, h.title) for h in pdf.headings()] == [(h.label, h.title) for h in word.headings()]
    assert len(list(word.headings())) == 9
