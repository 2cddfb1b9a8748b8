"""The exported PDF's text (copy, search, screen readers) names the hanzi, not radicals."""
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtPrintSupport import QPrinter

from reader.core.pdf_output_text import fix_to_unicode, is_radical, to_unicode_maps
from reader.gui.output import pdf_output_fonts
from reader.gui.output import printing
from reader.gui.output.printing import PrintDocument, export_pdf, render


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def radicals_in(maps):
    return sorted({c for cmap in maps.values() for text in cmap.values() for c in text if is_radical(ord(c))})


@pytest.fixture
def exported(window, tmp_path, monkeypatch):
    """The sample exported to PDF, as written by Qt and as corrected."""
    written = {}
    original = printing.fix_pdf_text

    def keep_qt_output(print_document, path):
        written["qt"] = path.read_bytes()
        written["changed"] = original(print_document, path)
        return written["changed"]

    monkeypatch.setattr(printing, "fix_pdf_text", keep_qt_output)
    path = tmp_path / "report.pdf"
    written["pages"] = export_pdf(window.document, path)
    written["path"] = path
    written["fixed"] = path.read_bytes()
    return written


def test_the_sample_pdf_maps_no_glyph_to_a_radical(exported):
    qt_maps, maps = to_unicode_maps(exported["qt"]), to_unicode_maps(exported["fixed"])
    assert "⺠" in radicals_in(qt_maps)  # what Qt alone writes: 人⺠ for 人民
    assert exported["changed"] >= len(radicals_in(qt_maps))
    assert radicals_in(maps) == []
    targets = {text for cmap in maps.values() for text in cmap.values()}
    assert {"民", "门", "长", "见", "工", "一"} <= targets
    # Every code still maps to as many characters, in the same fonts.
    assert {font: cmap.keys() for font, cmap in maps.items()} == {font: cmap.keys() for font, cmap in qt_maps.items()}


def test_the_corrected_pdf_is_the_same_document(exported, window):
    data = exported["fixed"]
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert pdf_page_count(data) == pdf_page_count(exported["qt"]) == exported["pages"] > 1
    assert abs(len(data) - len(exported["qt"])) < 1000  # only the CMaps changed
    assert fix_to_unicode(data, {}) == (data, 0)  # nothing left for the fallback to do


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_pdftotext_reads_the_hanzi(exported):
    text = subprocess.run(["pdftotext", str(exported["path"]), "-"], capture_output=True, check=True).stdout
    text = text.decode("utf-8")
    assert "人民" in text and "部门" in text
    assert not [c for c in text if is_radical(ord(c))]


def test_the_font_says_which_ideograph_a_radical_glyph_draws(window):
    document = PrintDocument(window.document)
    fonts = pdf_output_fonts.document_fonts(document.text_document)
    names = {pdf_output_fonts.postscript_name(font) for font in fonts}
    assert names and all(names)
    serif = QFont()
    serif.setFamilies(printing.SERIF_FAMILIES)
    font = QRawFont.fromFont(serif)
    mapping = pdf_output_fonts.ideographs_for_look_alikes(font)
    if not font.supportsCharacter("⺠"):
        pytest.skip(f"{font.familyName()} has no CJK radicals")
    assert mapping[0x2EA0] == 0x6C11  # ⺠ is drawn as 民
    assert all(0x4E00 <= ideograph <= 0x9FFF for ideograph in mapping.values())
    assert all(font.glyphIndexesForString(chr(code)) == font.glyphIndexesForString(chr(ideograph))
               for code, ideograph in mapping.items())
    # Mostly what NFKC says for the Kangxi radicals; the font knows best where they differ.
    kangxi = {code: ideograph for code, ideograph in mapping.items() if 0x2F00 <= code <= 0x2FDF}
    agree = sum(unicodedata.normalize("NFKC", chr(code)) == chr(ideograph) for code, ideograph in kangxi.items())
    assert agree >= 0.9 * len(kangxi)


def test_printing_to_a_pdf_file_corrects_it_too(window, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(printing.gongwen_page_layout())
    printer.setFullPage(True)
    assert render(PrintDocument(window.document), printer) > 1
    maps = to_unicode_maps((tmp_path / "printed.pdf").read_bytes())
    assert radicals_in(maps) == []
    assert "民" in {text for cmap in maps.values() for text in cmap.values()}


def test_a_pdf_it_cannot_correct_is_left_as_it_is(tmp_path):
    path = tmp_path / "odd.pdf"
    path.write_bytes(b"%PDF-1.7\nnot what Qt writes\n")
    assert pdf_output_fonts.fix_pdf_file(path, []) == 0
    assert path.read_bytes() == b"%PDF-1.7\nnot what Qt writes\n"
