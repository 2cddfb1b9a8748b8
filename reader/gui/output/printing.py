"""Print (with a preview) and export to PDF, laid out as a printed 公文.

The printed document is built apart from the screen one: black on white whatever the
screen shows, A4 with the GB/T 9704 margins, body 16 pt and title 22 pt, the catalogue
card at the top as the portals' 【打印】 pages print it, headings kept with what follows,
and "— 1 —" page numbers under the type area.

Pages are laid out once at LAYOUT_DPI, whatever the target, so the preview, the printer
and the PDF break pages at the same places; each page is drawn scaled to the device.

Qt cannot lay a text out past 8,388,607 px (~3,150 pages here): a longer document is laid out
in chunks of whole blocks (core/print_layout.plan_chunks), one QTextDocument at a time, each
starting a page and numbered on from the last; every document that fits is laid out whole.
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPalette,
    QPdfWriter,
    QRawFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from ...core import print_layout as pl
from ...core.block_writing import BlockWriter, CardValues, write_block, write_card
from ...core.model import Block, Document
from ..view.fonts import SANS_FAMILIES
from ..view.text_writing import insert_text_with_points, metadata_labels

LAYOUT_DPI = 300  # layout resolution; fine enough that hinting does not move page breaks
INK = QColor(0, 0, 0)
PAPER = QColor(255, 255, 255)

# 仿宋 for the body, 黑体 and 楷体 for the first two heading levels, 小标宋 for the title
# (GB/T 9704 §7.3); Noto Serif/Sans CJK stand in where the Windows faces are missing.
SERIF_FAMILIES = ["FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong",
                  "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", *SANS_FAMILIES]
TITLE_FAMILIES = ["FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC",
                  "SimSun", "Songti SC", *SANS_FAMILIES]
HEI_FAMILIES = ["SimHei", "黑体", *SANS_FAMILIES]
KAI_FAMILIES = ["KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "Noto Serif CJK SC",
                "Source Han Serif SC", *SANS_FAMILIES]

MAX_PAGINATION_ROUNDS = 50

# The card as the portals print it: two label/value pairs a row, long values across the row.
CARD_ROWS = (
    ("index_number", "category"),
    ("publisher", "written_date"),
    ("name",),
    ("document_number", "published_date"),
    ("subject_words", "source"),
)


def _px(points: float) -> float:
    return pl.points_to_pixels(points, LAYOUT_DPI)


def _mm(mm: float) -> float:
    return pl.mm_to_pixels(mm, LAYOUT_DPI)


def _layout_device() -> QImage:
    """A paint device that tells the text layout it is LAYOUT_DPI."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _format_scales(device) -> tuple[float, float]:
    """How Qt's text layout scales format lengths on this device: (lengths, indents).

    Qt multiplies line heights, margins, borders and paddings by the device's dpi over the
    screen's (which varies between machines), but not text indents; measured, not assumed.
    """
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    probe.setPageSize(QSizeF(1000, 1e6))
    block_format = QTextBlockFormat()
    block_format.setLineHeight(100, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    block_format.setTextIndent(100)
    cursor = QTextCursor(probe)
    cursor.setBlockFormat(block_format)
    cursor.insertText("国" * 200)
    probe.pageCount()
    layout = probe.firstBlock().layout()
    return (layout.lineAt(1).y() - layout.lineAt(0).y()) / 100, layout.lineAt(0).x() / 100


def gongwen_page_layout() -> QPageLayout:
    """A4 portrait with the 公文 margins; painting starts at the paper's corner."""
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(pl.MARGIN_LEFT_MM, pl.MARGIN_TOP_MM, pl.MARGIN_RIGHT_MM, pl.MARGIN_BOTTOM_MM),
        QPageLayout.Unit.Millimeter,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


class PrintChunk(BlockWriter):
    """Blocks [first, end) of a Document laid out for paper in one QTextDocument, paginated,
    drawn page by page: the whole document unless it is too long for one layout. Its blocks are
    written by a method per kind (core/block_writing.py)."""

    def __init__(self, owner: PrintDocument, first: int, end: int):
        self.document = owner.document
        self.first, self.end = first, end
        self.blocks = owner.document.blocks[first:end]
        self._device = owner._device  # must outlive the layout
        self._length_scale, self._indent_scale = owner._length_scale, owner._indent_scale
        self.line_pitch = owner.line_pitch
        self.char_width = owner.char_width
        self.page_width = self.page_height = 0.0
        self._build()

    def _new_text_document(self) -> QTextDocument:
        text_document = QTextDocument()
        text_document.setUndoRedoEnabled(False)
        text_document.documentLayout().setPaintDevice(self._device)
        text_document.setDocumentMargin(0)
        text_document.setDefaultFont(self._font(SERIF_FAMILIES, pl.BODY_POINT_SIZE))
        return text_document

    # Building ---------------------------------------------------------------
    @staticmethod
    def _font(families: list[str], points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(families)
        font.setPointSizeF(points)
        if bold:
            font.setWeight(QFont.Weight.Bold)
        return font

    def _length(self, layout_pixels: float) -> float:
        """A format length (line height, margin, border, padding) that lays out as layout_pixels."""
        return layout_pixels / self._length_scale

    def _indent(self, layout_pixels: float) -> float:
        return layout_pixels / self._indent_scale

    def _build(self) -> None:
        self.text_document = self._new_text_document()
        self.first_positions: list[int] = []  # per model block: its first text block
        self.last_positions: list[int] = []  # per model block: its last text block
        self.added_breaks: list[int] = []  # blocks (of the chunk) moved to a new page to keep headings
        self.split_paragraphs = 0  # text blocks cut in two where a page ends
        self.cursor = cursor = QTextCursor(self.text_document)
        first = True
        if self.first == 0 and write_card(self, self.document):  # the card heads the first page
            first = False
        for block in self.blocks:
            if not first:
                cursor.insertBlock()
            first = False
            write_block(self, block)
            self.last_positions.append(cursor.position())

    def card(self, values: CardValues) -> None:
        cursor = self.cursor
        labels = metadata_labels()
        value_of = {field.name: value for field, value in values}
        table_format = QTextTableFormat()
        table_format.setBorder(self._length(_px(0.75)))
        table_format.setBorderBrush(INK)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(self._length(_px(4)))
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints([
            QTextLength(QTextLength.Type.PercentageLength, share) for share in (15, 35, 15, 35)])
        table_format.setBottomMargin(self._length(self.line_pitch))
        table = cursor.insertTable(len(CARD_ROWS), 4, table_format)
        label_format = QTextCharFormat()
        label_format.setFont(self._font(SANS_FAMILIES, pl.CARD_POINT_SIZE, bold=True))
        label_format.setForeground(INK)
        value_format = QTextCharFormat()
        value_format.setFont(self._font(SERIF_FAMILIES, pl.CARD_POINT_SIZE))
        value_format.setForeground(INK)
        for row, names in enumerate(CARD_ROWS):
            if len(names) == 1:
                table.mergeCells(row, 1, 1, 3)
            for pair, name in enumerate(names):
                table.cellAt(row, pair * 2).firstCursorPosition().insertText(labels[name], label_format)
                table.cellAt(row, pair * 2 + 1).firstCursorPosition().insertText(value_of[name], value_format)
        cursor.movePosition(QTextCursor.MoveOperation.End)

    # The blocks, by kind ------------------------------------------------------
    def _formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format = QTextBlockFormat()
        block_format.setLineHeight(self._length(self.line_pitch), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        char_format = QTextCharFormat()
        char_format.setForeground(INK)
        char_format.setFont(self._font(SERIF_FAMILIES, pl.BODY_POINT_SIZE))
        return block_format, char_format

    def _write(self, block: Block, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        self.cursor.setBlockFormat(block_format)
        self.first_positions.append(self.cursor.position())
        insert_text_with_points(self.cursor, block, char_format)

    def text(self, block: Block) -> None:  # the 版记, and any kind without a style of its own
        self._write(block, *self._formats())

    def title(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block_format.setLineHeight(self._length(_px(pl.TITLE_POINT_SIZE) * 1.5),
                                   QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        block_format.setBottomMargin(self._length(self.line_pitch))
        block_format.setHeadingLevel(1)
        char_format.setFont(self._font(TITLE_FAMILIES, pl.TITLE_POINT_SIZE, bold=True))
        self._write(block, block_format, char_format)

    def heading(self, block: Block) -> None:  # and an attachment's title
        block_format, char_format = self._formats()
        block_format.setHeadingLevel(min(block.level + 1, 6))
        block_format.setTextIndent(self._indent(2 * self.char_width))
        if block.level <= 1:
            char_format.setFont(self._font(HEI_FAMILIES, pl.BODY_POINT_SIZE, bold=True))
        elif block.level == 2:
            char_format.setFont(self._font(KAI_FAMILIES, pl.BODY_POINT_SIZE, bold=True))
        else:
            char_format.setFont(self._font(SERIF_FAMILIES, pl.BODY_POINT_SIZE, bold=True))
        self._write(block, block_format, char_format)

    def document_number(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block_format.setBottomMargin(self._length(self.line_pitch / 2))
        self._write(block, block_format, char_format)

    def signature(self, block: Block) -> None:
        block_format, char_format = self._signature_formats()
        block_format.setTopMargin(self._length(2 * self.line_pitch))
        self._write(block, block_format, char_format)

    def date(self, block: Block) -> None:
        self._write(block, *self._signature_formats())

    def _signature_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignRight)
        block_format.setRightMargin(self._length(2 * self.char_width))
        return block_format, char_format

    def paragraph(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setTextIndent(self._indent(2 * self.char_width))
        self._write(block, block_format, char_format)

    def table(self, block: Block) -> None:
        block_format, _char_format = self._formats()
        self.cursor.setBlockFormat(block_format)
        self.first_positions.append(self.cursor.position())
        self._insert_table(self.cursor, block)

    def _insert_table(self, cursor: QTextCursor, block: Block) -> None:
        columns = max(len(row) for row in block.rows)
        table_format = QTextTableFormat()
        table_format.setBorder(self._length(_px(0.75)))
        table_format.setBorderBrush(INK)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(self._length(_px(3)))
        table_format.setCellSpacing(0)
        table_format.setHeaderRowCount(1 if len(block.rows) > 1 else 0)
        table = cursor.insertTable(len(block.rows), columns, table_format)
        self.first_positions[-1] = table.cellAt(0, 0).firstPosition()
        cell_format = QTextCharFormat()
        cell_format.setFont(self._font(SERIF_FAMILIES, pl.CARD_POINT_SIZE + 2))
        cell_format.setForeground(INK)
        for row_index, row in enumerate(block.rows):
            for column, cell in enumerate(row):
                table.cellAt(row_index, column).firstCursorPosition().insertText(cell, cell_format)
        cursor.movePosition(QTextCursor.MoveOperation.End)

    # Pagination -------------------------------------------------------------
    def paginate(self, width: float, height: float, keep_with_next: bool = True) -> int:
        """Lay out on pages of width x height layout pixels; returns the page count.

        With keep_with_next, a heading that would end a page (or be split by one) moves
        to the next page, and the layout is redone until no heading ends a page.
        """
        if self.page_width:  # laid out before: start again from the unbroken text
            self._build()
        self.page_width, self.page_height = width, height
        self.text_document.setPageSize(QSizeF(width, height))
        if keep_with_next:
            for _ in range(MAX_PAGINATION_ROUNDS):
                breaks = pl.breaks_to_add(self.laid_out_blocks())
                if not breaks:
                    break
                for index in breaks:
                    self._break_before(index)
        self._split_at_page_ends()
        return self.page_count()

    def _split_at_page_ends(self) -> None:
        """Cut every paragraph that runs onto the next page into one block per page.

        Qt's QTextLayout.draw also draws the last line above its clip rectangle; the clip
        hides it on paper, but its text would stay in the PDF and a screen reader would read
        the line twice. A block that ends on its page has no line to leak.
        """
        self.text_document.pageCount()
        cuts: list[int] = []
        block = self.text_document.begin()
        while block.isValid():
            layout = block.layout()
            if layout.lineCount() > 1 and QTextCursor(block).currentTable() is None:
                top = self.text_document.documentLayout().blockBoundingRect(block).top()
                page = self.page_of(top + layout.lineAt(0).y())
                for number in range(1, layout.lineCount()):
                    line = layout.lineAt(number)
                    line_page = self.page_of(top + line.y())
                    if line_page != page:
                        cuts.append(block.position() + line.textStart())
                        page = line_page
            block = block.next()
        for cut in reversed(cuts):
            cursor = QTextCursor(self.text_document)
            cursor.setPosition(cut)
            continuation = QTextBlockFormat(cursor.blockFormat())
            continuation.setTextIndent(0)
            continuation.setTopMargin(0)
            continuation.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            cursor.insertBlock(continuation)
        self.first_positions = [p + sum(1 for cut in cuts if cut <= p) for p in self.first_positions]
        self.last_positions = [p + sum(1 for cut in cuts if cut <= p) for p in self.last_positions]
        self.split_paragraphs = len(cuts)

    def page_count(self) -> int:
        return self.text_document.pageCount()

    def _break_before(self, index: int) -> None:
        cursor = QTextCursor(self.text_document)
        cursor.setPosition(self.first_positions[index])
        block_format = QTextBlockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(block_format)
        self.added_breaks.append(index)

    def _line_tops(self, position: int) -> tuple[float, float]:
        """Document y of the first and of the last line of the text block at position."""
        text_block = self.text_document.findBlock(position)
        top = self.text_document.documentLayout().blockBoundingRect(text_block).top()
        layout = text_block.layout()
        if layout.lineCount() == 0:
            return top, top
        return top + layout.lineAt(0).y(), top + layout.lineAt(layout.lineCount() - 1).y()

    def page_of(self, y: float) -> int:
        return int((y + 0.5) // self.page_height)

    def laid_out_blocks(self) -> list[pl.LaidOutBlock]:
        self.text_document.pageCount()  # lays the whole document out
        laid_out = []
        previous_last_page = -1
        for index, block in enumerate(self.blocks):
            first_top, _ = self._line_tops(self.first_positions[index])
            _, last_top = self._line_tops(self.last_positions[index])
            first_page, last_page = self.page_of(first_top), self.page_of(last_top)
            laid_out.append(pl.LaidOutBlock(
                first_page=first_page, last_page=max(first_page, last_page),
                keep_with_next=block.kind in pl.KEEP_WITH_NEXT,
                starts_page=first_page > previous_last_page,
            ))
            previous_last_page = max(first_page, last_page)
        return laid_out

    # Drawing ----------------------------------------------------------------
    def too_tall(self) -> bool:
        """Laid out near or past Qt's limit (where its pages would be missing or overprinted)."""
        return self.page_count() * self.page_height > pl.LAYOUT_LIMIT_PX * pl.SAFE_SHARE

    def paint_page(self, painter: QPainter, index: int, content: QRectF, device_dpi: float,
                   number: int | None = None) -> None:
        """Draw the chunk's page `index` (0-based) with its type area at `content` (device
        pixels), numbered `number` (index + 1 unless said)."""
        scale = device_dpi / LAYOUT_DPI
        painter.save()
        painter.translate(content.topLeft())
        painter.scale(scale, scale)
        painter.translate(0, -index * self.page_height)
        clip = QRectF(0, index * self.page_height, self.page_width, self.page_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()  # no block runs across pages
        context.clip = clip
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, INK)
        palette.setColor(QPalette.ColorRole.Base, PAPER)
        context.palette = palette
        self.text_document.documentLayout().draw(painter, context)
        painter.restore()
        self.paint_page_number(painter, index + 1 if number is None else number, content, device_dpi)

    @staticmethod
    def paint_page_number(painter: QPainter, number: int, content: QRectF, device_dpi: float) -> None:
        painter.save()
        font = QFont()
        font.setFamilies(SERIF_FAMILIES)
        # In pixels of the device: a point size would follow the painter's device, not device_dpi.
        font.setPixelSize(max(1, round(pl.points_to_pixels(pl.PAGE_NUMBER_POINT_SIZE, device_dpi))))
        painter.setFont(font)
        painter.setPen(INK)
        gap = pl.mm_to_pixels(pl.PAGE_NUMBER_GAP_MM, device_dpi)
        line = painter.fontMetrics().height()
        box = QRectF(content.left(), content.bottom() + gap - line / 2, content.width(), line)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         pl.page_number_label(number))
        painter.restore()


class PrintDocument:
    """A Document laid out for paper: page after page, numbered on from the first.

    A document that fits in one Qt layout is one PrintChunk (as it always was); a longer one is
    laid out in chunks of whole blocks (core/print_layout.plan_chunks), each starting a page.
    """

    def __init__(self, document: Document):
        self.document = document
        self._device = _layout_device()  # must outlive the layouts
        self._length_scale, self._indent_scale = _format_scales(self._device)
        self.line_pitch = math.floor(_mm(pl.type_area_mm()[1]) / pl.LINES_PER_PAGE)  # layout pixels
        self.char_width = _px(pl.BODY_POINT_SIZE)
        self.page_width = self.page_height = 0.0
        characters_per_line = max(int(_mm(pl.type_area_mm()[0]) // self.char_width), 1)
        self.ranges = pl.plan_chunks(document, characters_per_line, self.line_pitch)
        self.chunks: list[PrintChunk | None] = [None] * len(self.ranges)
        self.chunks[0] = PrintChunk(self, *self.ranges[0])
        self.page_offsets: list[int] = []  # per chunk: the pages before it
        self.total_pages = 0
        self._fonts: dict[tuple, QRawFont] = {}

    @property
    def whole(self) -> bool:
        return len(self.ranges) == 1

    # The first chunk (the whole document when it fits one layout) ------------------------
    @property
    def text_document(self) -> QTextDocument:
        return self._chunk(0).text_document

    @property
    def first_positions(self) -> list[int]:
        return self._chunk(0).first_positions

    @property
    def last_positions(self) -> list[int]:
        return self._chunk(0).last_positions

    def page_of(self, y: float) -> int:
        return self._chunk(0).page_of(y)

    def _chunk(self, index: int) -> PrintChunk:
        if self.chunks[index] is None:
            self.chunks[index] = PrintChunk(self, *self.ranges[index])
        return self.chunks[index]

    # Pagination -------------------------------------------------------------
    def paginated_chunks(self, width: float, height: float, keep_with_next: bool = True,
                         keep: bool = True):
        """Lay out chunk after chunk on pages of width x height layout pixels; yields each with
        the number of pages before it. A chunk laid out too tall is cut in two and laid out
        again. With keep false, a chunk is let go once the next one is asked for."""
        self.page_width, self.page_height = width, height
        self.page_offsets, self.total_pages = [], 0
        index = 0
        while index < len(self.ranges):
            chunk = self._chunk(index)
            chunk.paginate(width, height, keep_with_next)
            first, end = self.ranges[index]
            if chunk.too_tall() and end - first > 1:
                cut = pl.split_range(self.document.blocks, first, end)
                self.ranges[index:index + 1] = [(first, cut), (cut, end)]
                self.chunks[index:index + 1] = [None, None]
                continue
            self._note_fonts(chunk)
            self.page_offsets.append(self.total_pages)
            yield chunk, self.total_pages
            self.total_pages += chunk.page_count()
            if not keep and index:
                self.chunks[index] = None
            index += 1

    def paginate(self, width: float, height: float, keep_with_next: bool = True) -> int:
        """Lay out every chunk on pages of width x height layout pixels; returns the page count.

        With keep_with_next, a heading that would end a page (or be split by one) moves
        to the next page (PrintChunk.paginate).
        """
        for _chunk in self.paginated_chunks(width, height, keep_with_next):
            pass
        return self.total_pages

    def page_count(self) -> int:
        return self.total_pages

    @property
    def added_breaks(self) -> list[int]:
        """Model blocks moved to a new page to keep headings with their text."""
        return [chunk.first + index for chunk in self.chunks if chunk is not None for index in chunk.added_breaks]

    @property
    def split_paragraphs(self) -> int:
        return sum(chunk.split_paragraphs for chunk in self.chunks if chunk is not None)

    def laid_out_blocks(self) -> list[pl.LaidOutBlock]:
        """Where each block landed, pages counted from the document's first (after paginate)."""
        laid_out = []
        for chunk, offset in zip(self.chunks, self.page_offsets):
            laid_out += [pl.LaidOutBlock(block.first_page + offset, block.last_page + offset,
                                         block.keep_with_next, block.starts_page)
                         for block in chunk.laid_out_blocks()]
        return laid_out

    def _note_fonts(self, chunk: PrintChunk) -> None:
        from .pdf_output_fonts import document_fonts

        for font in document_fonts(chunk.text_document):
            self._fonts.setdefault((font.familyName(), font.styleName(), font.weight(), font.style()), font)

    def fonts(self) -> list[QRawFont]:
        """The fonts the laid-out pages are drawn with, fallback fonts included."""
        if not self._fonts:
            self._note_fonts(self._chunk(0))
        return list(self._fonts.values())

    # Drawing ----------------------------------------------------------------
    def paint_page(self, painter: QPainter, index: int, content: QRectF, device_dpi: float) -> None:
        """Draw page `index` (0-based, of the whole document; after paginate) at `content`."""
        chunk_index = bisect.bisect_right(self.page_offsets, index) - 1
        self.chunks[chunk_index].paint_page(painter, index - self.page_offsets[chunk_index], content,
                                            device_dpi, index + 1)

    paint_page_number = PrintChunk.paint_page_number


def device_geometry(device) -> tuple[QRectF, QRectF, float]:
    """The paper and the type area of a QPrinter or QPdfWriter, in its pixels, and its dpi.

    The device is in full-page mode, so (0, 0) is the paper's corner.
    """
    dpi = device.resolution()
    layout = device.pageLayout()
    paper = QRectF(layout.fullRectPixels(dpi))
    margins = layout.marginsPixels(dpi)
    content = paper.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
    return paper, content, dpi


Progress = Callable[[int, int], bool]  # (characters done, characters in all) -> go on?


def render(print_document: PrintDocument, device, progress: Progress | None = None) -> int:
    """Paginate for the device's page and draw every page on it; returns the page count (0 if
    the device could not be painted on, or progress said to stop: the printer's job is then
    aborted where it can be).

    A document in chunks is laid out and drawn one chunk at a time, each let go once drawn.
    """
    _paper, content, dpi = device_geometry(device)
    scale = LAYOUT_DPI / dpi
    width, height = content.width() * scale, content.height() * scale
    blocks = print_document.document.blocks
    total = sum(len(block.text) for block in blocks) or 1
    painter = QPainter()
    if not painter.begin(device):
        return 0
    pages, stopped, done = 0, False, 0
    try:
        for chunk, _offset in print_document.paginated_chunks(width, height, keep=print_document.whole):
            size = sum(len(block.text) for block in chunk.blocks)
            count = chunk.page_count()
            for index in range(count):
                if pages:
                    device.newPage()
                pages += 1
                chunk.paint_page(painter, index, content, dpi, pages)
                if progress is not None and not progress(done + size * (index + 1) // count, total):
                    stopped = True
                    break
            done += size
            if stopped:
                break
        if stopped and hasattr(device, "abort"):
            device.abort()
    finally:
        painter.end()
    if not print_document.whole:  # its chunks were let go: lay out again to draw a page
        print_document.page_width = print_document.page_height = 0.0
    if stopped:
        return 0
    # A printer printing to a PDF file (from the preview's print dialog): correct its text.
    if (hasattr(device, "outputFileName") and device.outputFileName()
            and device.paintEngine().type() == QPaintEngine.Type.Pdf):
        fix_pdf_text(print_document, device.outputFileName())
    return pages


def fix_pdf_text(print_document: PrintDocument, path: str | Path) -> int:
    """Make the written PDF's text name the hanzi, not the radicals Qt picks for their
    glyphs (人⺠ for 人民); returns how many ToUnicode entries changed."""
    from .pdf_output_fonts import fix_pdf_file

    return fix_pdf_file(path, print_document.fonts())


def render_page_image(print_document: PrintDocument, index: int, dpi: float = 96) -> QImage:
    """One page on white A4 paper as an image (for checks and thumbnails)."""
    layout = gongwen_page_layout()
    paper = QRectF(layout.fullRectPixels(round(dpi)))
    margins = layout.marginsPixels(round(dpi))
    content = paper.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
    if not print_document.page_width:
        scale = LAYOUT_DPI / dpi
        print_document.paginate(content.width() * scale, content.height() * scale)
    image = QImage(paper.size().toSize(), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    print_document.paint_page(painter, index, content, dpi)
    painter.end()
    return image


def export_pdf(document: Document, path: str | Path, progress: Progress | None = None) -> int:
    """Write the document as a PDF; returns the number of pages (0 if it could not write, or
    progress said to stop: the unfinished file is removed)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(gongwen_page_layout())
    writer.setResolution(1200)
    writer.setTitle(document.title or Path(document.source_name).stem)
    writer.setCreator(QCoreApplication.translate("Printing", "Reader"))
    print_document = PrintDocument(document)
    stopped = []

    def go_on(done: int, total: int) -> bool:
        if progress(done, total):
            return True
        stopped.append(True)
        return False

    # The file is complete once the painter ends.
    pages = render(print_document, writer, go_on if progress is not None else None)
    if pages:
        fix_pdf_text(print_document, path)
    elif stopped:
        Path(path).unlink(missing_ok=True)
    return pages
