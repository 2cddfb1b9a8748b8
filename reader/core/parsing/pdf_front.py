"""PDF front end: the text layer, line by line with its place on the page, through pypdfium2.

pypdfium2 (PDFium, the PDF engine of Chromium; Apache-2.0/BSD) reads CJK text layers
correctly, with its ToUnicode maps, and is ten times faster than the pure Python
pdfminer.six (see benchmarks/README.md). PDFium gives the page's text with a line break
where the baseline changes; the box of each line's first and last character places it, and
page_layout takes off the furniture and joins the lines of a paragraph.
"""
from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..loading import LoadError
from .file_title import title_hint
from .formats import MSG_ENCRYPTED, MSG_SCANNED, PDF, damaged, page_progress
from .lines import SourceLine
from .page_layout import CELL_GAP, Page, PlacedLine, lines_from_fragments, page_lines
from .progress import Progress


# The runs of text a line has when its writer sets runs as words and fonts (LibreOffice, Word),
# not as glyphs (Qt), at most.
_MOST_RUNS = 12
# Characters of one PDFium line this many character sizes apart are in two cells, ruled or not.
_LINE_GAP = 4.0
# PDFium is not thread-safe: one document at a time (the window's loader reads in a thread).
_PDFIUM = threading.Lock()


def read_lines(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    with _PDFIUM:
        pages, title = _read_pages(data, name, progress)
    if not any(line.text.strip() for page in pages for line in page.lines):
        raise LoadError(MSG_SCANNED, path=name)
    return page_lines(pages), title_hint(title)


def _read_pages(data: bytes, name: str, progress: Progress | None) -> tuple[list[Page], str]:
    """The pages, and the title the document's information names (often junk: see file_title)."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise LoadError(MSG_ENCRYPTED, path=name) from None
        raise damaged(PDF, name) from None
    try:
        pages = []
        for index in range(len(document)):
            page_progress(progress, index, len(document))  # and the Cancel of the window's loader
            pages.append(_page(document, index))
        title = document.get_metadata_value("Title")
    except pdfium.PdfiumError:
        raise damaged(PDF, name) from None
    finally:
        document.close()
    return pages, title


def _page(document: pdfium.PdfDocument, index: int) -> Page:
    page = document[index]
    try:
        width, height = page.get_size()
        text_page = page.get_textpage()
        try:
            rules = _Rules(page, height)
            # PDFium may break a line in two: its pieces are joined back, cells of a table apart
            lines = lines_from_fragments(list(_lines(text_page, height, rules)), rules.between)
        finally:
            text_page.close()
    finally:
        page.close()
    return Page(width, height, lines)


class _Rules:
    """The page's vertical rules (a bordered table's, between its cells), read only when a line
    has a gap that may be one: most pages have none, and their drawings are many."""

    def __init__(self, page, height: float):
        self._page, self._height = page, height
        self._rules: list[tuple[float, float, float]] | None = None  # x, top, bottom

    def between(self, left: float, right: float, top: float, bottom: float) -> bool:
        """Whether a rule stands between left and right beside a line from top to bottom."""
        if self._rules is None:
            self._rules = self._read()
        return any(left <= x <= right and rule_top < bottom and top < rule_bottom
                   for x, rule_top, rule_bottom in self._rules)

    def _read(self) -> list[tuple[float, float, float]]:
        """The page's thin upright drawings (its own, not inside forms), by PDFium's calls
        themselves: a page of text has thousands of objects, which pypdfium2 would wrap each."""
        rules = []
        page = self._page.raw
        bounds = [ctypes.c_float() for _ in range(4)]
        for index in range(pdfium_c.FPDFPage_CountObjects(page)):
            drawing = pdfium_c.FPDFPage_GetObject(page, index)
            if (pdfium_c.FPDFPageObj_GetType(drawing) == pdfium_c.FPDF_PAGEOBJ_PATH
                    and pdfium_c.FPDFPageObj_GetBounds(drawing, *(ctypes.byref(b) for b in bounds))):
                x0, y0, x1, y1 = (b.value for b in bounds)
                if x1 - x0 <= 3 and y1 - y0 >= 5:
                    rules.append(((x0 + x1) / 2, self._height - y1, self._height - y0))
        return rules


def _lines(text_page, height: float, rules: _Rules):
    """Each line of the text layer with the box from its first to its last character."""
    text = text_page.get_text_range()
    count = text_page.count_chars()
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)  # PDFium ends a line with \r\n: one character each
        line = raw.rstrip("\r")
        if line.strip() and start + len(line) <= count:
            yield from _placed(text_page, line, start, height, rules)
        start = end + 1


def _placed(text_page, line: str, start: int, height: float, rules: _Rules):
    """The line placed by its first and last characters' boxes; a "line" that stands over
    several baselines (PDFium does not always break between lines a writer set apart, nor
    between the cells of a table row set at different heights) is cut where a character
    stands under or over the one before, by the boxes of all its characters."""
    first = start + (len(line) - len(line.lstrip()))
    last = start + len(line.rstrip()) - 1
    left, bottom, _, top = text_page.get_charbox(first, loose=True)
    _, bottom_end, right, top_end = text_page.get_charbox(last, loose=True)
    size = _font_size(text_page, first)
    if size and (_over_baselines(text_page, (first + last) // 2, (top, bottom, top_end, bottom_end), 1.5 * size)
                 or _apart(text_page, line, first, last, right - left, size)):
        yield from _cut(text_page, line, start, height, size, rules)
        return
    # ideographic spaces at the end fill room on the line (标　　 wraps 标　　题： in a cell)
    spaced = start + len(line.rstrip(" \t\r\n")) - 1
    filled_to = text_page.get_charbox(spaced, loose=True)[2] if spaced > last else right
    text = _without_script_gaps(text_page, line, start)
    yield PlacedLine(text.strip(), left, height - max(top, top_end), right, height - min(bottom, bottom_end), size,
                     filled_to)


def _over_baselines(text_page, middle: int, ends: tuple[float, ...], most: float) -> bool:
    """Whether the line's first, middle and last characters stand higher and lower than one
    line's height: the cells of a table row set at different heights come as one "line"."""
    _, bottom, _, top = text_page.get_charbox(middle, loose=True)
    return max(top, *ends) - min(bottom, *ends) > most


def _apart(text_page, line: str, first: int, last: int, span: float, size: float) -> bool:
    """Whether the line's runs of text stand a cell's padding apart: the cells of a table row
    on one baseline, which PDFium reads as one line. A writer that sets a run a glyph (Qt)
    has too many to look at: its line is wider than its characters would be, or it is not apart."""
    count = text_page.count_rects(first, last - first + 1)
    if count < 2:
        return False
    if count > _MOST_RUNS:
        return span > (len(line.replace(" ", "")) + CELL_GAP) * size
    rects = [text_page.get_rect(index) for index in range(count)]
    return any(after[0] - before[2] > CELL_GAP * size or after[0] < before[0] for before, after in zip(rects, rects[1:]))


def _cut(text_page, line: str, start: int, height: float, size: float, rules: _Rules):
    """The line in pieces, by the boxes of all its characters: where one stands under or over
    the one before (another baseline), or a cell away from it (see _cell_apart)."""
    piece: list[tuple[int, tuple[float, float, float, float]]] = []  # offsets of its characters, boxes
    filled = 0.0  # where the characters so far end, spaces too (一　二 is one line, not two cells)
    for offset, char in enumerate(line):
        box = text_page.get_charbox(start + offset, loose=True)
        if not char.strip():
            filled = max(filled, box[2])
            continue
        if piece:
            last = piece[-1][1]
            if (min(box[3], last[3]) - max(box[1], last[1]) < 0.5 * min(box[3] - box[1], last[3] - last[1])
                    or _cell_apart(box[0] - max(last[2], filled), size,
                                   lambda: rules.between(last[2], box[0], height - box[3], height - box[1]))):
                yield _piece_line(text_page, line, start, piece, height, size)
                piece = []
        piece.append((offset, box))
        filled = box[2]
    if piece:
        yield _piece_line(text_page, line, start, piece, height, size)


def _cell_apart(gap: float, size: float, ruled) -> bool:
    """Whether characters of one PDFium line that far apart are in two cells: a rule stands
    between them, or a gap no justified line of text leaves (justified, 附  则 leaves two)."""
    return gap > _LINE_GAP * size or gap > CELL_GAP * size and ruled()


def _piece_line(text_page, line: str, start: int, piece, height: float, size: float) -> PlacedLine:
    first, last = piece[0][0], piece[-1][0]
    boxes = [box for _, box in piece]
    text = _without_script_gaps(text_page, line[first:last + 1], start + first)
    return PlacedLine(text.strip(), min(b[0] for b in boxes), height - max(b[3] for b in boxes),
                      max(b[2] for b in boxes), height - min(b[1] for b in boxes), size)


def _font_size(text_page, index: int) -> float:
    """The character's size on the page: its font's size scaled by the text matrix (Qt writes
    16 pt as 267 scaled by 0.06); 0 where PDFium knows none (then the line's height serves)."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(text_page, index, matrix):
        return 0.0
    size = pdfium_c.FPDFText_GetFontSize(text_page, index) * (matrix.c ** 2 + matrix.d ** 2) ** 0.5
    return size if size >= 2 else 0.0


def _is_hanzi(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uff0f"


def _without_script_gaps(text_page, line: str, start: int) -> str:
    """The line without the spaces PDFium adds where a writer left room between hanzi and Latin
    letters or digits (2020 年); a space the document holds (00054 分类) is kept."""
    kept = []
    for offset, char in enumerate(line):
        if (char == " " and 0 < offset < len(line) - 1
                and _is_hanzi(line[offset - 1]) != _is_hanzi(line[offset + 1])
                and (line[offset - 1].isascii() and line[offset - 1].isalnum()
                     or line[offset + 1].isascii() and line[offset + 1].isalnum())
                and pdfium_c.FPDFText_IsGenerated(text_page, start + offset) == 1):
            continue
        kept.append(char)
    return "".join(kept)
