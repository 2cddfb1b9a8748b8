"""A table on a page (PDF, OFD) rebuilt from where its text stands: rows of cells.

A page keeps no table, only lines of text beside each other. Lines that stand side by side
are the cells of a row; a row goes on over the lines below it while its text does: a cell
whose line runs to the edge of its column wrapped onto the next line (标题 …管理工作的 / 通知),
and the lines under open cells, each under one, are the cells' next lines;
and a cell set in the middle of its row's height (a one-line value beside a label over two
lines) stands over and under the lines beside it. A cell's lines are one cell, read in turn:
so the catalogue card of a page printed to PDF reads as the page's card.
"""
from __future__ import annotations

from typing import Protocol, Sequence


class Placed(Protocol):
    text: str
    left: float
    top: float
    right: float
    bottom: float
    filled_to: float

    @property
    def height(self) -> float: ...

    @property
    def size(self) -> float: ...


# A cell's text ends here, whatever room its line leaves: a label (标题：), a sentence.
_CELL_END = "：:。；;！？!?"
# Marks a line never begins with: the character before goes to the next line with them.
_NO_LINE_START = "：:，,。.、；;）)」』”’！？!?%"
# Lines of one cell are closer than this many character sizes.
_CELL_LINE_GAP = 1.0


def join_lines(first: str, second: str) -> str:
    """Two lines of one paragraph (or cell) as one text."""
    first, second = first.rstrip(), second.lstrip()
    if first.endswith("-") and first[-2:-1].isalpha() and second[:1].islower():
        return first[:-1] + second  # a word hyphenated at the line's end
    if first[-1:].isascii() and first[-1:].isalnum() and second[:1].isascii() and second[:1].isalnum():
        return first + " " + second
    return first + second


def table_rows(column: Sequence[Placed], right: float) -> dict[int, tuple[str, ...] | None]:
    """The lines of the column (ordered top to bottom) that are a table's: the first line of
    each row to the row's cells, its other lines to None. ``right`` is the column's right edge."""
    bands = _bands(column)
    beside = [column[i] for band in bands if len(band) > 1 for i in band]
    if not beside:
        return {}
    table = _Table(column, _column_starts(beside), right)
    rows: list[list[list[int]]] = []
    for band in bands:
        if rows and table.goes_on(rows[-1], band):
            rows[-1].append(band)
        else:
            rows.append([band])
    labels = {row[0][0] for row, above in zip(rows[1:], rows) if table.empty_label(row, above)}
    rows = [row for row in rows if sum(map(len, row)) > 1]
    # a cell alone on its lines (set halfway down its row) begins a column too
    table.starts = _column_starts([column[index] for row in rows for band in row for index in band])
    found: dict[int, tuple[str, ...] | None] = {index: (column[index].text, "") for index in labels}
    for row in rows:
        indices = [index for band in row for index in band]
        found.update(dict.fromkeys(indices[1:]))
        found[indices[0]] = table.cells(indices)
    return found


def _bands(column: Sequence[Placed]) -> list[list[int]]:
    """The column's lines by visual line: those one after the other that stand beside each other."""
    bands: list[list[int]] = []
    for index, line in enumerate(column):
        if bands and on_one_line(column[bands[-1][-1]], line):
            bands[-1].append(index)
        else:
            bands.append([index])
    return bands


def on_one_line(one: Placed, other: Placed) -> bool:
    """Whether two pieces of text stand on one line: each over half the other's height, their
    middles apart less than half the smaller one's (文件 set beside two lines is on neither)."""
    least = min(one.height, other.height)
    return (_overlap(one, other) > 0.5 * least
            and abs(one.top + one.bottom - other.top - other.bottom) / 2 < 0.5 * least)


def _overlap(one: Placed, other: Placed) -> float:
    return min(one.bottom, other.bottom) - max(one.top, other.top)


def _column_starts(lines: list[Placed]) -> list[float]:
    """Where the table's columns begin: the left ends of lines beside others, a character apart."""
    starts: list[float] = []
    for line in sorted(lines, key=lambda line: line.left):
        if not starts or line.left - starts[-1] > 0.5 * line.size:
            starts.append(line.left)
    return starts


class _Table:
    def __init__(self, column: Sequence[Placed], starts: list[float], right: float):
        self.column, self.starts, self.right = column, starts, right
        self.gutter = self._gutter()

    def _place(self, line: Placed) -> int:
        """The index of the table's column the line stands in."""
        return max((k for k, start in enumerate(self.starts) if start <= line.left + 0.5 * line.size), default=0)

    def _gutter(self) -> float:
        """The least room between the end of a column's longest line and the next column:
        the padding of the table's cells."""
        rooms = []
        for start, following in zip(self.starts, self.starts[1:]):
            ends = [line.right for line in self.column if start - 1 <= line.left < following and line.right < following]
            if ends:
                rooms.append(following - max(ends))
        return min(rooms, default=0.0)

    def _open(self, line: Placed, following: Placed) -> bool:
        """Whether the cell's text went on from this line to the following one: it ran to
        the edge of its cell, with less room left than the following line's first character
        needs (its first two, where the second may not begin a line: 主题分/类：)."""
        if line.text.rstrip()[-1:] in _CELL_END:
            return False
        end = max(line.right, line.filled_to)
        edge = min((start - self.gutter for start in self.starts if start > end), default=self.right)
        second = following.text.lstrip()[1:2]
        needs = 2 if second and second in _NO_LINE_START else 1
        return edge - end < (needs + 0.1) * line.size

    def goes_on(self, row: list[list[int]], band: list[int]) -> bool:
        """Whether the band's lines are more of the row's cells: they stand beside the row's
        last lines, or each follows close under a cell of the row that is open."""
        column = self.column
        last = [column[index] for index in row[-1]]
        lines = [column[index] for index in band]
        size = max(line.size for line in lines + last)
        tabular = any(len(lines) > 1 for lines in row)
        beside = all(one.right < other.left or other.right < one.left for one in last for other in lines)
        if max(_overlap(one, other) for one in last for other in lines) > 0.15 * size and (tabular or beside):
            return True  # a label over two lines, its value halfway down between them (标/专利代理条例/题：)
        if not tabular:
            return False  # a line of text, not a table's row
        if min(line.top for line in lines) - max(line.bottom for line in last) > _CELL_LINE_GAP * size:
            return False
        cells: dict[int, Placed] = {}  # each column's last line in the row
        for index in (index for lines in row for index in lines):
            cells[self._place(column[index])] = column[index]
        return all(self._place(line) in cells and self._open(cells[self._place(line)], line) for line in lines)

    def empty_label(self, row: list[list[int]], above: list[list[int]]) -> bool:
        """Whether the row is a label alone (主 题 词：) right under a row of the table: a row
        whose value is empty, not a line of text under the table."""
        if sum(map(len, row)) != 1 or sum(map(len, above)) < 2:
            return False
        line = self.column[row[0][0]]
        return (line.text.rstrip()[-1:] in "：:" and abs(line.left - self.starts[0]) < 0.5 * line.size
                and line.top - max(self.column[index].bottom for band in above for index in band)
                < _CELL_LINE_GAP * line.size)

    def cells(self, indices: list[int]) -> tuple[str, ...]:
        texts: dict[int, str] = {}
        for index in sorted(indices, key=lambda index: self.column[index].top):
            line = self.column[index]
            place = self._place(line)
            texts[place] = join_lines(texts[place], line.text) if place in texts else line.text
        return tuple(texts[place] for place in sorted(texts))
