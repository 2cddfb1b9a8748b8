"""Make the PDF, Word and OFD test files of tests/fixtures/formats (run by hand, not in CI).

The files are written by programs no one here wrote: LibreOffice (apt
libreoffice-writer-nogui) converts text, pages and .docx to .pdf, .docx and .doc; Pillow
writes the image-only (scanned) PDF; easyofd writes the OFD; Qt's PDF writer the qt-report. python-docx lays out the one
document in the form of an official paper (红头, running header, page numbers, 版记) and the
two-column one, which LibreOffice then prints to PDF.

    /work/main/.venv/bin/python -m tools.make_format_fixtures /path/to/shared
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "formats"
SOURCES = {  # corpus or sample file: the name of its fixtures
    "corpus/11_yueyang-yuebanfa-2017-2_zhengwu-gongkai-shishi-yijian.txt": "yueyang-opinion",
    "corpus/07_guobanfa-1996-25_junwei-lianhe-tongzhi.html": "guobanfa-notice",
    "corpus/05_guoling-706_zhuanli-daili-tiaoli.html": "patent-agency-regulation",
    "documents/huadu-police-2020-rule-of-law-report.txt": "huadu-report",
}
FILTERS = {".txt": "Text (encoded):UTF8,LF,,,", ".html": "HTML (StarWriter)", ".docx": None}


def convert(source: Path, target: str, folder: Path) -> Path:
    command = ["soffice", "--headless", "--convert-to", target, "--outdir", str(folder), str(source)]
    if FILTERS.get(source.suffix):
        command[2:2] = [f"--infilter={FILTERS[source.suffix]}"]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return folder / f"{source.stem}.{target.split(':')[0]}"


def without_source_header(path: Path, folder: Path, name: str) -> Path:
    """The corpus file without its SOURCE and PARTIAL lines (see the corpus README)."""
    lines = path.read_text("utf-8").split("\n")
    kept = [line for line in lines[:2] if "SOURCE:" not in line and line != "PARTIAL"] + lines[2:]
    copy = folder / f"{name}{path.suffix}"
    copy.write_text("\n".join(kept), "utf-8")
    return copy


def official_paper(folder: Path) -> Path:
    """A 通知 laid out as on paper: 红头, running header, — N — page numbers, 版记."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(16)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")

    def line(text, size=16, centred=False, red=False, indent=True):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        if red:
            run.font.color.rgb = RGBColor(0xE0, 0, 0)
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            paragraph.paragraph_format.first_line_indent = Pt(32)
        paragraph.paragraph_format.alignment = paragraph.alignment or WD_ALIGN_PARAGRAPH.JUSTIFY
        return paragraph

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = "花都区人民政府办公室公报"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = footer.add_run()
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.text = text
            run._r.append(instruction)
    footer.add_run(" —")

    line("花都区人民政府办公室文件", 30, centred=True, red=True)
    line("花府办〔2020〕12号", centred=True)
    line("花都区人民政府办公室关于做好2021年政务公开工作的通知", 22, centred=True)
    line("各镇人民政府，各街道办事处，区政府各部门、各直属机构：", indent=False)
    sentence = ("坚持以公开为常态、不公开为例外，推进行政决策、执行、管理、服务和结果公开，"
                "紧紧围绕经济社会发展和人民群众关注关切，保障人民群众的知情权、参与权、表达权和监督权。")
    line("为深入贯彻落实国家和省、市关于政务公开工作的部署，现就做好我区2021年政务公开工作通知如下。")
    for number, heading in enumerate(("一、总体要求", "二、重点任务", "三、保障措施"), 1):
        line(heading)
        for sub, label in enumerate(("（一）", "（二）"), 1):
            line(f"{label}第{number}项第{sub}点。" + sentence * 3)
    line("花都区人民政府办公室", centred=False, indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    line("2020年12月28日", indent=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    line("抄送：区委办，区人大常委会办公室，区政协办公室。", 14, indent=False)
    line("花都区人民政府办公室　　　　　　　　2020年12月28日印发", 14, indent=False)
    path = folder / "official-paper.docx"
    document.save(path)
    return path


def two_columns(folder: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(12)
    document.styles["Normal"].paragraph_format.space_after = Pt(0)
    document.add_paragraph("关于两栏排版的说明")
    section = document.sections[0]
    columns = OxmlElement("w:cols")
    columns.set(qn("w:num"), "2")
    columns.set(qn("w:space"), "720")
    section._sectPr.append(columns)
    texts = [
        "一、左栏第一段。左栏的文字先读完，再读右栏的文字，不能一行左栏一行右栏地交错着读。",
        "二、左栏第二段。排成两栏的公报、简报常见这样的版式，读屏的人要按栏的顺序听到全文。",
        "三、接着读的一段。这一段排在左栏的下面或者右栏，应当在前两段之后读到，顺序不能颠倒。",
        "四、最后一段。这是全文的最后一段，读到这里全文就读完了，后面没有别的文字了。",
    ]
    for text in texts:  # long enough to fill the left column and go on in the right one
        paragraph = document.add_paragraph(text * 7)
        paragraph.paragraph_format.first_line_indent = Pt(24)
    path = folder / "two-columns.docx"
    document.save(path)
    return path


def encrypted(docx_file: Path, folder: Path) -> Path:
    """The document as a PDF that opens only with a password (secret)."""
    options = ('{"EncryptFile":{"type":"boolean","value":"true"},'
               '"DocumentOpenPassword":{"type":"string","value":"secret"}}')
    target = folder / "encrypted"
    target.mkdir()
    path = convert(docx_file, f"pdf:writer_pdf_Export:{options}", target)
    return path.rename(folder / "encrypted.pdf")


def scanned(pdf: Path, folder: Path) -> Path:
    """The first page of a PDF as a picture, saved as an image-only PDF by Pillow."""
    import pypdfium2 as pdfium
    image = pdfium.PdfDocument(pdf)[0].render(scale=0.8).to_pil().convert("L")
    path = folder / "scanned.pdf"
    image.save(path, "PDF", resolution=58)
    return path


def ofd_from_pdf(pdf: Path, folder: Path) -> Path:
    import os

    from easyofd.ofd import OFD
    path = folder / f"{pdf.stem}.ofd"
    work = Path(tempfile.mkdtemp(dir=folder))
    here = Path.cwd()
    os.chdir(work)  # easyofd writes its parts into ./test
    try:
        path.write_bytes(OFD().pdf2ofd(pdf.read_bytes(), optional_text=True))
    finally:
        os.chdir(here)
    return path


def qt_pdf(folder: Path) -> list[Path]:
    """Three pages of the sample report printed by Qt's PDF writer (benchmarks/formats.py), and its text."""
    import importlib.util

    from PySide6.QtGui import QGuiApplication

    benchmarks = Path(__file__).resolve().parent.parent / "benchmarks"
    sys.path.insert(0, str(benchmarks))  # formats.py imports harness beside it
    spec = importlib.util.spec_from_file_location("formats_benchmark", benchmarks / "formats.py")
    formats = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(formats)

    _application = QGuiApplication.instance() or QGuiApplication([])
    pdf, txt = formats.make_pdf(folder, 3)
    return [pdf.rename(folder / "qt-report.pdf"), txt.rename(folder / "qt-report.txt")]


def word_numbering(folder: Path) -> list[Path]:
    """Headings numbered by a Word numbering list (tests/core/test_formats_word_numbering.py
    writes the .docx), and LibreOffice's PDF of it, where the numbers are drawn as text."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "core"))
    from test_formats_word_numbering import numbered_document

    source = numbered_document(folder / "word-numbering.docx")
    return [source, convert(source, "pdf", folder)]


def main(shared: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        made = []
        for relative, name in SOURCES.items():
            source = without_source_header(shared / relative, folder, name)
            made.append(shutil.copy(source, OUT / source.name))
            for target in ("docx", "doc", "pdf"):
                made.append(convert(source, target, folder))
        paper = official_paper(folder)
        made += [paper, convert(paper, "pdf", folder), convert(paper, "doc", folder)]
        columns = two_columns(folder)
        made += [convert(columns, "pdf", folder)]
        made.append(scanned(folder / "yueyang-opinion.pdf", folder))
        made.append(encrypted(folder / "yueyang-opinion.docx", folder))
        rich_text = convert(folder / "yueyang-opinion.docx", "rtf", folder / "encrypted")
        made.append(rich_text.rename(folder / "yueyang-opinion-rich-text.doc"))  # as portals serve it
        made.append(ofd_from_pdf(folder / "yueyang-opinion.pdf", folder))
        made.append(ofd_from_pdf(folder / "official-paper.pdf", folder))
        made += qt_pdf(folder)
        made += word_numbering(folder)
        made.append(convert(OUT / "wrapped-tables.html", "pdf", folder))  # ruled tables whose cells wrap
        made += [convert(OUT / "joint-red-header.html", kind, folder) for kind in ("pdf", "docx")]
        for path in made:
            if Path(path).parent != OUT:
                shutil.copy(path, OUT / Path(path).name)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8} {path.name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared"))
