"""Building the reading view's page: a Document (or one part of it) laid out in a QTextDocument,
one text block per model block, the catalogue card first. document_view.py shows what it builds.

The builder notes where each model block starts and, for every block (every table cell), the
model offset its text starts at and its position in the QTextDocument: the anchors the view maps
model offsets to the screen with (view_parts.py).

``DocumentLook`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
from bisect import bisect_left
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from ...core.block_writing import BlockWriter, CardValues, write_block, write_card
from ...core.model import Block, BlockKind, Document
from .fonts import SANS_FAMILIES
from .text_writing import (card_lines, hang_card_line, insert_text, insert_text_with_points, metadata_labels,
                           natural_runs)

BODY_POINT_SIZE = 16.0  # GB/T 9704 body text: 3号, 16 pt
ELDER_BODY_POINT_SIZE = 24.0  # MIIT asks for at least 18 pt in the elder interface
# Line pitch in ems (font sizes). WCAG 1.4.12 asks for at least 1.5; elder mode for at least 1.6.
LINE_SPACING = 1.6
ELDER_LINE_SPACING = 1.8
CARD_LINE_SPACING = 1.4
# The card's values hang one label column in while that column takes at most this share of the
# text's width; wider (300 % in a small window), the card wraps under its labels like the text.
CARD_LABEL_SHARE = 0.45
# Pinyin over the characters (drawn by pinyin_overlay.py): room above every line, and letter
# spacing so that neighbouring syllables never overlap (the widest, chuǎng or zhuang1, are
# condensed a little to fit the advance; pinyin_overlay.py checks it).
PINYIN_LINE_EXTRA = 0.6  # ems added to the line pitch
PINYIN_LETTER_SPACING = 150  # percent of each character's own advance
PAGE_MARGIN = 24  # px around the text when the window is narrow
MAX_LINE_CHARACTERS = 40  # WCAG 1.4.8: at most 40 CJK characters a line
ELDER_MAX_LINE_CHARACTERS = 28
HEADING_SCALE = {0: 1.375, 1: 1.2, 2: 1.1, 3: 1.0, 4: 1.0}  # by outline level; 0 = the title


class DocumentLook(NamedTuple):
    """What the view needs to know of the display settings to lay a document out."""

    card: str = "#F1F3F6"  # background of the catalogue card
    elder: bool = False  # 长者助手: larger text, more space, shorter lines
    text_only: bool = False  # 纯文本: no card styling, no heading or marker styling
    pinyin: bool = False  # 拼音 shown: room above each line and between the characters
    pinyin_uncommon_only: bool = False  # over uncommon characters only: room between those only

    @property
    def base_point_size(self) -> float:
        return ELDER_BODY_POINT_SIZE if self.elder else BODY_POINT_SIZE

    @property
    def pinyin_room(self) -> float:
        """Ems added to every line's pitch (the room is above the text: the lines use minimum heights)."""
        return PINYIN_LINE_EXTRA if self.pinyin else 0.0

    @property
    def line_spacing(self) -> float:
        return (ELDER_LINE_SPACING if self.elder else LINE_SPACING) + self.pinyin_room

    @property
    def max_line_characters(self) -> int:
        return ELDER_MAX_LINE_CHARACTERS if self.elder else MAX_LINE_CHARACTERS


def card_hangs(label_width: float, column: float) -> bool:
    """Whether the card's values hang one label column in (CARD_LABEL_SHARE)."""
    return label_width <= column * CARD_LABEL_SHARE


def _building_work(block: Block) -> int:
    """What inserting a block costs, in ordinary paragraphs: 100 tables of 100 rows in one step of
    build_steps held the window 5 s."""
    if block.kind is BlockKind.TABLE:
        return 1 + sum(len(row) for row in block.rows) // 8
    return 1 + len(block.text) // 500


class PageBuilder(BlockWriter):
    """Builds one QTextDocument for the view: ``steps`` writes the blocks (a method per kind,
    core/block_writing.py), the results are then in ``text_document``, ``block_positions``,
    ``anchors`` and the card's attributes."""

    def __init__(self, look: DocumentLook, body_point_size: float, line_pitch_px: float, column_width: float,
                 parent=None):
        self.look = look
        self.body_point_size = body_point_size
        self.line_pitch_px = line_pitch_px
        self.column_width = column_width  # the text column, for the card's hanging values
        text_document = QTextDocument(parent)
        text_document.setUndoRedoEnabled(False)
        text_document.setDocumentMargin(PAGE_MARGIN)
        base = QFont()
        base.setFamilies(SANS_FAMILIES)
        base.setPointSizeF(body_point_size)
        if look.pinyin:
            base.setLetterSpacing(QFont.SpacingType.PercentageSpacing, PINYIN_LETTER_SPACING)
        text_document.setDefaultFont(base)
        self.text_document = text_document
        self.font = base
        self.block_positions: list[int] = []  # per model block written: where it starts
        self.anchors: tuple[list[int], list[int]] = ([], [])  # model offsets, their positions
        self.card_labels: dict[str, str] | None = None  # the labels on the card, None without one
        self.card_label_width: float | None = None  # where the card's values start
        self.card_hanging: bool | None = None  # whether they hang there
        self._blocks: tuple[Block, ...] = ()
        self._table_run = None  # the last table found (table_writing.table_run)
        self.cursor = QTextCursor(text_document)
        self._writer: BlockWriter = _PlainBlocks(self) if look.text_only else self

    def steps(self, document: Document, blocks, card: bool, every: int = 100):
        """Write the card (``card``: when the document has one) and ``blocks`` of ``document``; a
        generator that yields the share of the blocks written after every ``every`` blocks' worth
        of work. Closed before its end, it throws its text away."""
        cursor = self.cursor
        self._blocks = document.blocks  # a table's pieces (write_table)
        # One edit for the whole build: Qt then tells the document's changes once, at the end,
        # not after each of the hundreds of thousands of insertions (a 10,000-row table's writing
        # took a third less time).
        cursor.beginEditBlock()
        first = True
        if card and write_card(self, document):
            first = False
        total = max(len(blocks), 1)
        try:
            work = 0  # since the last step, in blocks' worth: a table or a long paragraph counts more
            for number, block in enumerate(blocks):
                if work >= every:
                    work = 0
                    yield number / total
                work += _building_work(block)
                if not first:
                    cursor.insertBlock()
                first = False
                self.block_positions.append(cursor.position())
                if block.kind is not BlockKind.TABLE:  # a table anchors each of its cells
                    self._add_anchor(block.start, cursor.position())
                write_block(self._writer, block)
            cursor.endEditBlock()
            yield 1.0  # all built: putting it in place (a layout of the first screen) is a step of its own
        except GeneratorExit:  # given up: the view keeps its document
            self.text_document.deleteLater()
            raise

    def _add_anchor(self, offset: int, position: int) -> None:
        offsets, positions = self.anchors
        offsets.append(offset)
        positions.append(position)

    def card(self, values: CardValues) -> None:
        """One line per catalogue field, label and value lined up by a tab stop; notes the labels,
        where the values start and whether they hang there (DocumentView._hang_card).

        Plain tinted lines rather than a table: Qt hands screen readers a table's text
        with internal frame markers (U+FDD0/U+FDD1) between the cells.
        """
        cursor = self.cursor
        self.card_labels = metadata_labels()
        rows = card_lines(values)
        size = self.body_point_size * 0.9
        label_format = QTextCharFormat()
        label_format.setFontWeight(QFont.Weight.Normal if self.look.text_only else QFont.Weight.Bold)
        label_format.setFontPointSize(size)
        value_format = QTextCharFormat()
        value_format.setFontPointSize(size)
        label_font = QFont(self.font)  # letter-spaced when pinyin is shown
        label_font.setPointSizeF(size)
        label_font.setBold(not self.look.text_only)
        label_metrics = QFontMetricsF(label_font)
        # The values line up one em after the longest label of this language ("Document number: ").
        label_width = max(label_metrics.horizontalAdvance(label) for label, _value in rows)
        label_width += label_metrics.horizontalAdvance("\u3000")
        hanging = card_hangs(label_width, self.column_width)
        for position, (label, value) in enumerate(rows):
            line = QTextBlockFormat()
            if not self.look.text_only:
                line.setBackground(QColor(self.look.card))
            hang_card_line(line, label_width, hanging)
            line.setTabPositions([QTextOption.Tab(label_width, QTextOption.TabType.LeftTab)])
            line.setTopMargin(8 if position == 0 else 0)
            line.setBottomMargin(16 if position == len(rows) - 1 else 0)
            line.setLineHeight(size * 4 / 3 * (CARD_LINE_SPACING + self.look.pinyin_room),
                               QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
            if position == 0:
                cursor.setBlockFormat(line)
            else:
                cursor.insertBlock(line)
            insert_text(cursor, label, label_format, self._natural_runs())
            insert_text(cursor, f"\t{value}", value_format, self._natural_runs())
        self.card_label_width, self.card_hanging = label_width, hanging

    # The blocks, by kind (core/block_writing.py) --------------------------------------
    def _formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format = QTextBlockFormat()
        # Elder mode: a blank line's worth after each paragraph, so paragraphs stand at least
        # twice the line spacing apart.
        block_format.setBottomMargin(self.line_pitch_px if self.look.elder else 12)
        return block_format, QTextCharFormat()

    def _set_block_format(self, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        # At least the look's spacing, measured on this block's own text size (headings are larger).
        size_px = (char_format.fontPointSize() or self.body_point_size) * 4 / 3
        block_format.setLineHeight(size_px * self.look.line_spacing,
                                   QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
        self.cursor.setBlockFormat(block_format)

    def _write(self, block: Block, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        self._set_block_format(block_format, char_format)
        insert_text_with_points(self.cursor, block, char_format, self._natural_runs())

    def text(self, block: Block) -> None:
        self._write(block, *self._formats())

    def title(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block_format.setTopMargin(12)
        block_format.setBottomMargin(20)
        block_format.setHeadingLevel(1)
        self._heading_chars(char_format, 0, self.body_point_size)
        self._write(block, block_format, char_format)

    def heading(self, block: Block) -> None:  # and an attachment's title
        block_format, char_format = self._formats()
        block_format.setTopMargin(14)
        block_format.setHeadingLevel(min(block.level + 1, 6))
        self._heading_chars(char_format, block.level, self.body_point_size)
        self._write(block, block_format, char_format)

    def document_number(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._write(block, block_format, char_format)

    def signature(self, block: Block) -> None:
        block_format, char_format = self._signature_formats()
        block_format.setTopMargin(24)
        self._write(block, block_format, char_format)

    def date(self, block: Block) -> None:
        self._write(block, *self._signature_formats())

    def _signature_formats(self) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block_format, char_format = self._formats()
        block_format.setAlignment(Qt.AlignmentFlag.AlignRight)
        block_format.setRightMargin(32)
        return block_format, char_format

    def paragraph(self, block: Block) -> None:
        block_format, char_format = self._formats()
        block_format.setTextIndent(2 * self.body_point_size * 4 / 3)  # two characters, in pixels
        self._write(block, block_format, char_format)

    def imprint(self, block: Block) -> None:  # the 版记 (抄送, 印发): set apart under the text
        block_format, char_format = self._formats()
        block_format.setTopMargin(8)
        self._write(block, block_format, char_format)

    def table(self, block: Block) -> None:
        self._set_block_format(*self._formats())
        self.write_table(block)

    def set_plain_format(self) -> None:
        """The block format of the text-only look (纯文本, _PlainBlocks): the same for every kind."""
        block_format, _char_format = self._formats()
        block_format.setLineHeight(self.line_pitch_px, QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
        self.cursor.setBlockFormat(block_format)

    @staticmethod
    def _heading_chars(char_format: QTextCharFormat, level: int, body_size: float) -> None:
        # Bold sans for every heading: a serif CJK face would cost another 5 MB of font.
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setFontPointSize(body_size * HEADING_SCALE.get(level, 1.0))

    def write_table(self, block: Block) -> None:
        from .table_writing import TableLook, insert_table, table_run  # with the first table, not at start

        look = TableLook(self.font, self.look.max_line_characters, self.line_pitch_px, self._natural_runs())
        # The whole table decides grid or rows: the parser cuts a long one into pieces of 100 rows.
        blocks = self._blocks
        index = bisect_left(blocks, block.start, key=lambda b: b.start)
        while blocks[index] is not block:
            index += 1
        self._table_run = run = table_run(blocks, index, self._table_run)
        insert_table(self.cursor, block, look, self._add_anchor, run, index)

    def _natural_runs(self):
        """With pinyin shown, the runs of text that are not letter-spaced (text_writing.py)."""
        return natural_runs(self.look.pinyin_uncommon_only) if self.look.pinyin else None


class _PlainBlocks(BlockWriter):
    """The text-only look (纯文本): every kind of block alike, the markers not in bold."""

    def __init__(self, builder: PageBuilder):
        self.builder = builder

    def text(self, block: Block) -> None:
        self.builder.set_plain_format()
        self.builder.cursor.insertText(block.text, QTextCharFormat())

    def table(self, block: Block) -> None:
        self.builder.set_plain_format()
        self.builder.write_table(block)
