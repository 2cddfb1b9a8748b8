"""A PDF's own title (its document information's /Title), written by reportlab, is a hint only:
the title the text shows comes first, and a writer's junk (a file name) is never one."""
from __future__ import annotations

import pytest

from reader.core.parsing import parse_file

pytest.importorskip("reportlab")

TITLE = "某某县人民政府办公室关于做好防汛工作的通知"
BODY = ["各乡镇人民政府，县直各单位：", "现就做好今年防汛工作通知如下。", "一、加强值班值守", "汛期实行二十四小时值班。"]


def _pdf(path, title: str, lines: list[str]):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    page.setTitle(title)
    page.setFont("STSong-Light", 14)
    for index, text in enumerate(lines):
        page.drawString(72, 760 - 24 * index, text)
    page.save()
    return path


def test_the_pdf_s_title_names_a_document_whose_text_shows_none(tmp_path):
    document = parse_file(_pdf(tmp_path / "notice.pdf", TITLE, BODY))
    assert document.title == TITLE
    assert document.outline and document.outline[0].label == "一、"


@pytest.mark.parametrize("junk", ["Microsoft Word - 文档1.docx", "防汛通知.doc", "无标题", "Untitled", "WPS文字 - 新建文档"])
def test_a_writer_s_junk_title_is_not_the_title(tmp_path, junk):
    assert parse_file(_pdf(tmp_path / "notice.pdf", junk, BODY)).title is None


def test_the_title_the_text_shows_comes_before_the_pdf_s(tmp_path):
    document = parse_file(_pdf(tmp_path / "notice.pdf", "防汛工作", [TITLE, *BODY]))
    assert document.title == TITLE
