"""Writing a table block into a QTextDocument: a grid where it fits the text column, row by row
where it would not (page_building.py).

Kept out of text_writing.py: loaded with the first table shown, not on the way to the first window.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QFont, QFontMetricsF, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextTableFormat

from ...core.model import MAX_TABLE_ROWS, Block, BlockKind
from .text_writing import insert_text

_FIGURE = re.compile(r"[-+−－＋]?[\d０-９][\d０-９,，.．%％‰:：/／\-－]*")  # 1,234.56  12.5%  2024-03
TABLE_WORD_EMS = 3  # the least room a column of words gets before a table is shown row by row
# A table of more cells than this is shown row by row: Qt lays out a grid's cells all at once on the
# window's thread, plain lines a screen at a time. Measured on 10,000 rows of 8 cells (the parser's
# 100 pieces of 100 rows): as grids 3.5 s to show with a 270 ms stall, row by row 2.8 s and 60 ms;
# grids of 2,000 to 8,000 cells stalled 150-240 ms, rows of as many 30-60 ms.
MAX_GRID_CELLS = 2000


@dataclass(frozen=True)
class TableLook:
    """What writing a table needs of the view's look."""

    font: QFont  # the document's
    line_characters: int  # the text column at its widest, in characters
    line_pitch_px: float
    natural: re.Pattern | None  # pinyin shown: the runs that keep their own spacing (natural_runs)


@dataclass(frozen=True)
class TableRun:
    """The table a table block is part of: the parser cuts a long table into consecutive pieces
    of MAX_TABLE_ROWS rows (core/parsing/long_lines.py), each a block; only the first holds the
    column headings."""

    first: int  # the blocks of its pieces: first..last
    last: int
    header: tuple[str, ...]  # the table's column headings (its first piece's first row)
    cells: int  # in the whole table


def table_run(blocks: Sequence[Block], index: int, known: TableRun | None = None) -> TableRun:
    """The table ``blocks[index]`` is part of (``known``: the last one found, reused if it holds it)."""
    if known is not None and known.first <= index <= known.last:
        return known

    def continues(at: int) -> bool:  # blocks[at] is the piece after blocks[at - 1]
        before, block = blocks[at - 1], blocks[at]
        return (before.kind is BlockKind.TABLE and block.kind is BlockKind.TABLE
                and len(before.rows) == MAX_TABLE_ROWS and _width(before) == _width(block))

    first = last = index
    while first > 0 and continues(first):
        first -= 1
    while last + 1 < len(blocks) and continues(last + 1):
        last += 1
    rows = sum(len(blocks[at].rows) for at in range(first, last + 1))
    return TableRun(first, last, blocks[first].rows[0] if blocks[first].rows else (), rows * _width(blocks[index]))


def _width(block: Block) -> int:
    return max((len(row) for row in block.rows), default=0)


def insert_table(cursor: QTextCursor, block: Block, look: TableLook, add_anchor: Callable[[int, int], None],
                 run: TableRun | None = None, index: int = 0) -> None:
    """A table block at the cursor; ``add_anchor(model offset, position)`` for each cell's text.
    ``run``: the table it is a piece of (table_run), ``index`` its place among the blocks: a
    table of more than MAX_GRID_CELLS cells is shown row by row, every piece under the table's
    headings."""
    if (run is not None and run.cells > MAX_GRID_CELLS) or too_wide(block, look):
        continued = run is not None and index > run.first
        _insert_rows(cursor, block, look, add_anchor, run.header if continued else None)
    else:
        _insert_grid(cursor, block, look, add_anchor)


def too_wide(block: Block, look: TableLook) -> bool:
    """Whether a table's grid would not fit the text column at its widest: every figure whole
    (1,234.56 broken over two lines is misread) and at least TABLE_WORD_EMS characters of each
    column of words. Measured in ems, so the same table fits in the normal look (40 characters
    a line) and not in elder mode's 28."""
    if len(block.rows) < 2:
        return False
    metrics = QFontMetricsF(look.font)
    em = metrics.horizontalAdvance("国")
    need = 0.0
    for column in range(max(len(row) for row in block.rows)):
        cells = [row[column].strip() for row in block.rows[1:] if column < len(row) and row[column].strip()]
        widest = max((metrics.horizontalAdvance(cell) for cell in cells), default=0.0)
        figures = bool(cells) and all(_FIGURE.fullmatch(cell) for cell in cells)  # the heading may wrap
        need += (widest if figures else min(widest, TABLE_WORD_EMS * em)) + em / 2  # padding, border
    return need > look.line_characters * em


def _insert_grid(cursor: QTextCursor, block: Block, look: TableLook, add_anchor) -> None:
    table_format = QTextTableFormat()
    table_format.setBorder(1)
    table_format.setCellPadding(4)
    table_format.setCellSpacing(0)
    table = cursor.insertTable(len(block.rows), max(len(row) for row in block.rows), table_format)
    offset = block.start  # the model joins cells with tabs and rows with newlines
    for row_index, row in enumerate(block.rows):
        for column, cell in enumerate(row):
            cell_cursor = table.cellAt(row_index, column).firstCursorPosition()
            if look.natural is not None:  # pinyin shown: room above each line of the cell, too
                cell_format = cell_cursor.blockFormat()
                cell_format.setLineHeight(look.line_pitch_px, QTextBlockFormat.LineHeightTypes.MinimumHeight.value)
                cell_cursor.setBlockFormat(cell_format)
            add_anchor(offset, cell_cursor.position())
            insert_text(cell_cursor, cell, cell_cursor.charFormat(), look.natural)
            offset += len(cell) + 1
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _insert_rows(cursor: QTextCursor, block: Block, look: TableLook, add_anchor,
                 continued_header: tuple[str, ...] | None = None) -> None:
    """A table too wide for its grid, row by row: the column headings on a line, then each row's
    cells a line each after their heading ("参保人数（万人）：1,234.56"), its first cell flush and
    the others indented under it. Large text reads it whole instead of a grid squeezed to a
    character a line. The headings are the reader's, not the document's text (anchors).
    ``continued_header``: a later piece of a long table (table_run), every row under these headings."""
    header = continued_header or block.rows[0]
    label_format = QTextCharFormat()
    label_format.setFontWeight(QFont.Weight.Bold)
    em = QFontMetricsF(look.font).horizontalAdvance("国")
    table_format = cursor.blockFormat()  # the last line keeps the space after the table
    first_line = QTextBlockFormat(table_format)
    first_line.setBottomMargin(0)
    cursor.setBlockFormat(first_line)
    # The same few formats for every line (a table of 80,000 cells made 80,000 copies).
    row_line = QTextBlockFormat(first_line)  # a row's first cell
    row_line.setTopMargin(em / 2)
    row_line.setLeftMargin(0)
    row_line.setTextIndent(0)
    cell_line = QTextBlockFormat(first_line)  # the others, indented under it
    cell_line.setTopMargin(0)
    cell_line.setLeftMargin(2 * em)
    cell_line.setTextIndent(0)
    plain = QTextCharFormat()
    labels = [f"{heading.strip()}：" if heading.strip() else "" for heading in header]  # the document's language
    natural = look.natural
    offset = block.start  # the model joins cells with tabs and rows with newlines
    for row_index, row in enumerate(block.rows):
        heading_row = row_index == 0 and continued_header is None
        for column, cell in enumerate(row):
            if heading_row:
                if column:
                    cursor.insertText("\t")
            else:
                if row_index or column:
                    cursor.insertBlock(cell_line if column else row_line, plain)
                if column < len(labels) and labels[column]:
                    insert_text(cursor, labels[column], label_format, natural)
            add_anchor(offset, cursor.position())
            insert_text(cursor, cell, plain, natural)
            offset += len(cell) + 1
    last_line = cursor.blockFormat()
    last_line.setBottomMargin(table_format.bottomMargin())
    cursor.setBlockFormat(last_line)
