"""What a printed page adds to a document is taken off: running headers and footers, page
numbers, the 红头 and 版记 (kept as the issuer and the imprint), columns, broken lines."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.loading import LoadError
from reader.core.model import BlockKind
from reader.core.parsing import formats, parse_file
from reader.core.parsing.page_layout import Page, PlacedLine, page_lines

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
REPOSITORY = Path(__file__).resolve().parents[2]


def outline(document) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for top in document.outline for h in top.walk()]


@pytest.mark.parametrize("kind", ["pdf", "docx", "doc", "ofd"])
def test_the_official_paper_reads_as_its_text(kind):
    """LibreOffice printed it with a running header and — N — page numbers; easyofd made the OFD."""
    document = parse_file(FORMATS / f"official-paper.{kind}")
    assert document.title.replace(" ", "") == "花都区人民政府办公室关于做好2021年政务公开工作的通知"
    assert document.metadata.publisher == "花都区人民政府办公室"  # from the 红头
    assert document.metadata.document_number.replace(" ", "") == "花府办〔2020〕12号"
    assert "文件" not in document.text.split("\n")[0]
    assert [label for _, label, _ in outline(document)] == [
        label for top in ("一、", "二、", "三、") for label in (top, "（一）", "（二）")]
    assert [line.replace(" ", "") for line in document.imprint] == [
        "抄送：区委办，区人大常委会办公室，区政协办公室。", "花都区人民政府办公室　　　　　　　　2020年12月28日印发"]
    # Shown, read and exported too, but last and apart: not body text, not the signature.
    imprint = [block for block in document.blocks if block.kind is BlockKind.IMPRINT]
    assert [block.text for block in imprint] == list(document.imprint)
    assert document.blocks[-len(imprint):] == tuple(imprint)
    assert not any("抄送" in block.text for block in document.blocks if block.kind is not BlockKind.IMPRINT)
    assert "公报" not in document.text  # the running header
    assert "—" not in document.text  # the page numbers
    assert document.signature.issuer == "花都区人民政府办公室"
    assert document.signature.date == "2020-12-28"


def test_the_official_paper_pdf_has_headers_and_numbers_to_take_off():
    """The check above means something: the PDF's text layer holds them on every page."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(FORMATS / "official-paper.pdf")
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(texts) >= 2
    assert all("公报" in text for text in texts)
    assert all(f"— {n} —" in text for n, text in enumerate(texts, 1))


def test_the_paragraphs_of_the_official_paper_are_whole():
    paragraphs = [b.text for b in parse_file(FORMATS / "official-paper.pdf").blocks]
    words = [b.text for b in parse_file(FORMATS / "official-paper.docx").blocks]
    assert paragraphs == words


def test_two_columns_are_read_one_after_the_other():
    document = parse_file(FORMATS / "two-columns.pdf")
    starts = ["一、左栏第一段。", "二、左栏第二段。", "三、接着读的一段。", "四、最后一段。"]
    text = document.text.replace("\n", "")
    positions = [text.find(start) for start in starts]
    assert -1 not in positions and positions == sorted(positions)
    # every paragraph whole: its heading once at its start, six more times inside
    assert all(text.count(start) == 7 for start in starts)
    assert len([b for b in document.blocks if b.kind.value == "paragraph"]) == 4


def test_a_scanned_pdf_says_it_is_an_image():
    with pytest.raises(LoadError) as raised:
        parse_file(FORMATS / "scanned.pdf")
    assert raised.value.message == formats.MSG_SCANNED


def line(text, top, left=50.0, right=550.0, size=10.0):
    return PlacedLine(text, left, top, right, top + size)


@pytest.mark.parametrize("number", ["— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 9 页", "3/9", "Page 3"])
def test_page_numbers_at_the_foot_are_taken_off(number):
    page = Page(600, 800, (line("正文第一段。", 100), line(number, 760, 280, 320)))
    assert [l.text for l in page_lines([page])] == ["正文第一段。"]


def test_a_number_in_the_body_stays():
    page = Page(600, 800, (line("2020", 400, 280, 320),))
    assert [l.text for l in page_lines([page])] == ["2020"]


def test_a_running_header_with_the_issue_number_is_taken_off_on_every_page():
    pages = [Page(600, 800, (line(f"某某市人民政府公报 2021年第{n}期", 30, 200, 400), line(f"第{n}页的正文。", 100)))
             for n in range(1, 4)]
    assert [l.text for l in page_lines(pages)] == ["第1页的正文。", "第2页的正文。", "第3页的正文。"]


def test_a_chinese_line_broken_mid_sentence_is_joined_across_the_page():
    first = Page(600, 800, (line("一、总体要求", 80, right=120), line("各地要按照要求认真组织实施，切实", 100),
                            line("加强领导，确保工作落到实处。", 115, right=300)))
    second = Page(600, 800, (line("二、工作安排", 80, right=120),))
    assert [l.text for l in page_lines([first, second])] == [
        "一、总体要求", "各地要按照要求认真组织实施，切实加强领导，确保工作落到实处。", "二、工作安排"]


def test_start_up_loads_no_pdf_or_word_library_and_a_pdf_loads_its_own():
    probe = f"""
import sys
from reader.core.parsing import parse_file
import reader.gui.main_window
parse_file({str(REPOSITORY / 'resources' / 'huadu-police-2020-rule-of-law-report.txt')!r})
heavy = ("pypdfium2", "docx", "ofdkit", "lxml")
assert not [name for name in heavy if name in sys.modules], [name for name in heavy if name in sys.modules]
parse_file({str(FORMATS / 'yueyang-opinion.pdf')!r})
assert "pypdfium2" in sys.modules and "docx" not in sys.modules
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPOSITORY,
                            timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "ok", result.stderr


def test_a_text_layer_of_kangxi_radicals_reads_as_hanzi():
    """Qt's PDF writer and some Word exports map 一 to ⼀ (U+2F00) and 人民 to 人⺠."""
    page = Page(600, 800, (line("⼀、⼯作⽬标：⼈⺠满意。", 100),))
    assert [l.text for l in page_lines([page])] == ["一、工作目标：人民满意。"]


def test_a_line_cut_by_the_page_break_is_read_once():
    """Qt's PDF writer draws the line that crosses the page break on both pages, above the top
    of the second one."""
    first = Page(600, 800, (line("正文的最后一行，句子没有写", 700),))
    second = Page(600, 800, (line("正文的最后一行，句子没有写", -40), line("完，接着在下一页。", 80, right=300)))
    assert [l.text for l in page_lines([first, second])] == ["正文的最后一行，句子没有写完，接着在下一页。"]


def test_a_letter_spaced_red_header_names_the_issuer():
    from reader.core.parsing.lines import SourceLine
    from reader.core.parsing.official_paper import red_header

    issuer, rest = red_header([SourceLine("花 都 区 人 民 政 府 文 件"), SourceLine("花府〔2020〕1号")])
    assert issuer == "花都区人民政府" and [line.text for line in rest] == ["花府〔2020〕1号"]


def test_a_pdf_reports_its_pages_and_stops_when_told():
    """The window's loader shows the progress and cancels by raising in the callback."""
    shares = []

    class Stop(Exception):
        pass

    def progress(share):
        shares.append(share)
        if len(shares) == 3:
            raise Stop

    with pytest.raises(Stop):
        parse_file(FORMATS / "huadu-report.pdf", progress)
    assert shares == sorted(shares) and 0 < shares[-1] < 0.3


def test_a_red_header_in_a_word_text_box_is_read(tmp_path):
    """Word writes a text box as a drawing and again as a VML fallback: it is read once."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph()
    box = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
           '<mc:Choice Requires="wps"><wps:txbx><w:txbxContent><w:p><w:r><w:t>某某市人民政府文件</w:t></w:r></w:p>'
           '</w:txbxContent></wps:txbx></mc:Choice><mc:Fallback><v:textbox><w:txbxContent><w:p><w:r>'
           '<w:t>某某市人民政府文件</w:t></w:r></w:p></w:txbxContent></v:textbox></mc:Fallback>'
           '</mc:AlternateContent></w:r>')
    anchor._p.append(parse_xml(box))
    for text in ("某府〔2024〕3号", "某某市人民政府关于做好安全生产工作的通知", "一、总体要求", "各单位要认真落实。"):
        document.add_paragraph(text)
    path = tmp_path / "boxed.docx"
    document.save(path)
    parsed = parse_file(path)
    assert parsed.metadata.publisher == "某某市人民政府"
    assert parsed.title == "某某市人民政府关于做好安全生产工作的通知"
    assert "文件" not in parsed.text


def test_a_table_of_two_columns_is_read_row_by_row_as_a_table():
    rows = [("办理事项", "数量"), ("新收政府信息公开申请", "12"), ("予以公开", "8"), ("不予公开", "4")]
    lines = []
    for n, (label, number) in enumerate(rows):
        lines += [line(label, 100 + 20 * n, 60, 60 + 12 * len(label)), line(number, 100 + 20 * n, 400, 424)]
    read = page_lines([Page(600, 800, tuple(lines))])
    assert [l.cells for l in read] == rows  # a table, row by row, never a column after the other


def test_a_row_goes_on_over_the_lines_its_wrapped_cells_fill():
    """Cells that run to their column's edge go on in the line below; a cell set halfway down its
    row stands beside both lines of its neighbour; a new label under closed cells is a new row."""
    lines = (
        line("发文机", 100, 60, 96, 12), line("某某市人民政府办公室、某某市政", 100, 121, 301, 12), line("成文日", 100, 315, 351, 12),
        line("2024年01月15日", 108, 376, 472, 12),
        line("关：", 117, 60, 84, 12), line("务服务数据管理局", 117, 121, 217, 12), line("期：", 117, 315, 339, 12),
        line("标题：", 140, 60, 96, 12), line("某某市人民政府办公室关于做好年度报告工作的通知", 140, 121, 409, 12),
    )
    read = page_lines([Page(600, 800, lines)])
    assert [l.cells for l in read] == [
        ("发文机关：", "某某市人民政府办公室、某某市政务服务数据管理局", "成文日期：", "2024年01月15日"),
        ("标题：", "某某市人民政府办公室关于做好年度报告工作的通知")]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_joint_red_header_over_two_lines_names_both_issuers(kind):
    """LibreOffice's print of a joint 红头: the issuers one over the other, 文件 beside both (a
    row of the .docx; in the PDF the second issuer's line and 文件 stand apart from the first,
    which is letter-spaced across the cell). The PDF's own title is junk (Microsoft Word - …)."""
    document = parse_file(FORMATS / f"joint-red-header.{kind}")
    assert document.metadata.publisher == "中共某某市委办公室、某某市人民政府办公室"
    assert document.title == "中共某某市委办公室 某某市人民政府办公室关于做好2024年防汛工作的通知"
    assert "文件" not in document.text


@pytest.mark.parametrize("header", [
    ["中共某某市委办公室", "某某市人民政府办公室文件"],
    ["中共某某市委办公室", "某某市人民政府办公室", "文　件"],
])
def test_a_joint_red_header_whose_file_is_on_a_later_line_names_both_issuers(header):
    from reader.core.parsing.lines import SourceLine
    from reader.core.parsing.official_paper import red_header

    issuer, rest = red_header([SourceLine(text) for text in header + ["某办发〔2024〕3号"]])
    assert issuer == "中共某某市委办公室、某某市人民政府办公室"
    assert [line.text for line in rest] == ["某办发〔2024〕3号"]


def test_a_line_that_speaks_of_a_file_is_no_red_header():
    from reader.core.parsing.lines import SourceLine
    from reader.core.parsing.official_paper import red_header

    lines = [SourceLine("各乡镇人民政府，县直各单位："), SourceLine("关于转发省政府文件")]
    assert red_header(lines) == (None, lines)


def test_a_wide_gap_in_a_line_of_text_is_no_cell_boundary(tmp_path):
    """A justified line leaves two characters between 附 and 则 (reportlab writes it so): without
    a rule between them, one line of the paragraph, not two cells of a table row."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(tmp_path / "justified.pdf"))
    page.setFont("STSong-Light", 12)
    above = "第四十五条  承储企业违反《粮食流通管理条例》等有关规定的，由市发展改革委（市粮食和物资"
    page.drawString(72, 720, above)
    first = "储备局）、市财政局依法依规查处。第八章  附"
    page.drawString(72, 702, first)
    page.drawString(72 + page.stringWidth(first, "STSong-Light", 12) + 24, 702, "则第四十六条  本办法自印发之日起施行。")
    page.save()
    document = parse_file(tmp_path / "justified.pdf")
    assert not any(block.rows for block in document.blocks)
    assert any("物资储备局" in block.text and "附 则第四十六条" in block.text for block in document.blocks)
