"""Word (.docx) front end: paragraphs and tables in the order of the body, through python-docx.

A Word paragraph is already a paragraph: nothing to join, and the page headers and footers
live in parts of their own that are not read. python-docx (MIT) keeps the tables as tables,
so their cells are never taken for headings; mammoth (to HTML, BSD) was the other candidate,
but the HTML front end would then have to guess again which table is data and which layout.
"""
from __future__ import annotations

import zipfile
import zlib
from io import BytesIO
from xml.etree.ElementTree import ParseError

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import LxmlError

from .docx_numbering import Numbering
from .formats import DOCX, damaged, open_zip
from .lines import SourceLine, clean_line
from .progress import Progress


def read_lines(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    open_zip(data, DOCX, name).close()  # refuses a zip bomb before python-docx unpacks it
    try:
        document = docx.Document(BytesIO(data))
        return list(_body_lines(document)), None
    except (PackageNotFoundError, KeyError, ValueError, ParseError, LxmlError, OSError, EOFError,
            zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError,
            AttributeError, TypeError, IndexError):  # a part python-docx finds in a shape it does not expect
        raise damaged(DOCX, name) from None


def _body_lines(document):
    yield from _block_lines(document.element.body, document, Numbering(document))


def _block_lines(container, parent, numbering: Numbering):
    """The paragraphs and tables of the body, a cell or a content control, in order."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            for box in _text_boxes(child):
                yield from _block_lines(box, parent, numbering)
            text = numbering.label(child) + Paragraph(child, parent).text  # 一、 drawn by a numbering list
            for part in text.split("\n"):  # a line break inside (Shift+Enter)
                yield SourceLine(clean_line(part))
        elif child.tag == qn("w:tbl"):
            yield from _table_lines(Table(child, parent), numbering)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _block_lines(content, parent, numbering)


def _text_boxes(paragraph):
    """The text boxes anchored in a paragraph (a 红头 or a 版记 is often set in one), each once:
    Word writes a box twice, as a drawing and as a VML fallback (mc:Fallback) for old readers."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    for box in paragraph.iter(qn("w:txbxContent")):
        if not any(ancestor.tag == fallback for ancestor in box.iterancestors()):
            yield box


def _table_lines(table: Table, numbering: Numbering):
    """Each row as a table row of its cells' text.

    A row of one cell, or one that holds tables (a page laid out with tables), is read as what
    its cells hold, one after the other.
    """
    for row in table.rows:
        unique = _unique_cells(row)
        if len(unique) == 1 or any(cell._tc.find(qn("w:tbl")) is not None for cell in unique):
            for cell in unique:
                yield from _block_lines(cell._tc, cell, numbering)
            continue
        cells = [clean_line(" ".join(p.text for p in cell.paragraphs)) for cell in unique]
        if any(cells):
            yield SourceLine(" | ".join(cells), tuple(cells))


def _unique_cells(row) -> list:
    """The row's cells, a cell merged across columns once (python-docx gives it for each column)."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells
