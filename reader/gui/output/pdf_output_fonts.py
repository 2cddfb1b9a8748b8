"""The text of the PDFs printing.py writes, made to read as the hanzi shown, from the fonts drawn with.

Qt's PDF writer names each glyph by the lowest code point the font maps to it, so where a
Noto CJK font draws a radical and an ideograph with one glyph, the PDF's text (copy, search,
screen readers) gets the radical: 人⺠ for 人民, 部⻔ for 部门. Qt has no setting for this
(QFontSubset::getReverseMap), so the file is corrected afterwards (reader.core.pdf_output_text)
with a mapping read from each font: the radical's glyph is which unified ideograph's glyph.
"""
from __future__ import annotations

import logging
import struct
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QRawFont, QTextDocument

from ...core import pdf_output_text

log = logging.getLogger(__name__)

# Code points below the unified ideographs that a CJK font may draw with an ideograph's
# glyph, and so win Qt's lowest-code-point choice: the radicals, and CJK Extension A
# (Noto Sans CJK SC Bold draws 㬵 U+3B35 as 胶).
LOOK_ALIKE_RANGES = (pdf_output_text.CJK_RADICALS_SUPPLEMENT, pdf_output_text.KANGXI_RADICALS, range(0x3400, 0x4DC0))
_IDEOGRAPHS = "".join(map(chr, pdf_output_text.UNIFIED_IDEOGRAPHS))
_LOOK_ALIKES = "".join(chr(code) for codes in LOOK_ALIKE_RANGES for code in codes)


def ideographs_for_look_alikes(font: QRawFont) -> dict[int, int]:
    """{code point: the unified ideograph (U+4E00-U+9FFF) the font draws with the same glyph}."""
    first_by_glyph: dict[int, int] = {}
    for code, glyph in zip(pdf_output_text.UNIFIED_IDEOGRAPHS, font.glyphIndexesForString(_IDEOGRAPHS)):
        if glyph:
            first_by_glyph.setdefault(glyph, code)
    return {ord(character): first_by_glyph[glyph]
            for character, glyph in zip(_LOOK_ALIKES, font.glyphIndexesForString(_LOOK_ALIKES))
            if glyph in first_by_glyph}


def postscript_name(font: QRawFont) -> str:
    """The font's PostScript name (name ID 6), which Qt's PDF writer uses as /BaseFont."""
    table = bytes(font.fontTable("name"))
    try:
        _format, count, strings = struct.unpack_from(">HHH", table)
        for index in range(count):
            platform, _encoding, _language, name_id, length, offset = struct.unpack_from(
                ">6H", table, 6 + 12 * index)
            if name_id == 6:
                raw = table[strings + offset: strings + offset + length]
                name = raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")
                return name.replace(" ", "")
    except (struct.error, UnicodeDecodeError):
        pass
    return ""


def document_fonts(text_document: QTextDocument) -> list[QRawFont]:
    """The fonts the document's laid-out text is drawn with, fallback fonts included."""
    fonts: dict[tuple, QRawFont] = {}
    block = text_document.begin()
    while block.isValid():
        if block.length() > 1:
            # glyphRuns() with no arguments gives nothing in PySide6; name the range.
            for run in block.layout().glyphRuns(0, block.length()):
                font = run.rawFont()
                fonts.setdefault((font.familyName(), font.styleName(), font.weight(), font.style()), font)
        block = block.next()
    return list(fonts.values())


def look_alike_mappings(fonts: Iterable[QRawFont]) -> dict[str, dict[int, int]]:
    """ideographs_for_look_alikes of each font, by PostScript name."""
    mappings = {}
    for font in fonts:
        name = postscript_name(font)
        if name and name not in mappings:
            mappings[name] = ideographs_for_look_alikes(font)
    return mappings


def fix_pdf_file(path: str | Path, fonts: Iterable[QRawFont]) -> int:
    """Rewrite the PDF at path so its text names ideographs, not radicals; returns how many
    ToUnicode entries changed. A file it cannot read or write is left as it is (logged)."""
    path = Path(path)
    try:
        data = path.read_bytes()
        fixed, changed = pdf_output_text.fix_to_unicode(data, look_alike_mappings(fonts))
        if changed:
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_bytes(fixed)
            temporary.replace(path)
        return changed
    except (OSError, ValueError) as error:  # PdfFixError is a ValueError
        log.warning("could not correct the text of %s: %s", path, error)
        return 0
