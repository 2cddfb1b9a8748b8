"""Plain text front end: lines, with ``a | b | c`` and tab-separated rows as table rows.

A table has at least two rows: a lone line with a bar or a tab (一图读懂｜…方案)
is a line of text.

A table copied out of a page may come one cell a line, a bar alone on the line
between cells. A line a bar closes is a cell, whatever it looks like (一、本年新收…
is a row's heading cell, not a heading of the document); a new row starts where a label
follows the numbers of the row before, or at a numbered label.
"""
from __future__ import annotations

import re

from .flattened import unflatten
from .lines import SourceLine, clean_line
from .progress import Progress, ticking

_CELL_SEPARATOR = re.compile(r"\s*[|\t｜]\s*")
_BARS = ("|", "｜")
_TAB_ROW_AFTER_TEXT = re.compile(r"\S\t\t")  # a label, then the empty cells of its row
_NUMBER = re.compile(r"^[-+\d.,%．，／/()（）—]+$")  # a figure, as a table's cell holds it
# A row's heading cell: 一、本年新收…, （一）予以公开, 1.属于国家秘密.
_ROW_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]\D)")


def text_lines(text: str, progress: Progress | None = None) -> list[SourceLine]:
    lines = []
    rows = []  # (index, raw) of the run of row lines being read
    raws = text.split("\n")
    bars = {index for index, raw in enumerate(raws) if raw.strip(" \t\u3000") in _BARS}
    cells: list[str] = []  # the cells of a table written one cell a line
    for index, raw in enumerate(ticking(raws, progress, 0.0, 0.3)):
        if bars and (index in bars or _is_cell_line(index, bars)):
            if index not in bars and raw.strip():
                cells.append(clean_line(raw))
            continue
        _end_cell_lines(lines, cells)
        if ("|" in raw or "\t" in raw or "｜" in raw) and _is_row(raw):
            cells_of_row = tuple(clean_line(cell) for cell in _CELL_SEPARATOR.split(raw.strip(" |｜")))
            rows.append((len(lines), raw))
            lines.append(SourceLine(" | ".join(cells_of_row), cells_of_row))
            continue
        _end_rows(lines, rows)
        lines += [SourceLine(clean_line(part)) for part in unflatten(raw)]
    _end_cell_lines(lines, cells)
    _end_rows(lines, rows)
    return _with_figure_columns(lines)


def _with_figure_columns(lines: list[SourceLine]) -> list[SourceLine]:
    """A table copied one cell a line with no bars: its figures stand alone on their lines.

    A run of short lines among which at least MIN_FIGURES are bare figures, a third of its
    lines or more, is read as rows, from the first label a figure follows to the last figure.
    """
    out: list[SourceLine] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _may_be_cell(lines[end]):
            end += 1
        if end == index:
            out.append(lines[index])
            index += 1
            continue
        out += _figure_rows(lines[index:end])
        index = end
    return out


MIN_FIGURES = 4
MAX_CELL = 40
_SENTENCE = re.compile("[。；！？!?;]")


def _may_be_cell(line: SourceLine) -> bool:
    return not line.is_table_row and len(line.text) <= MAX_CELL and not _SENTENCE.search(line.text)


def _is_figure(text: str) -> bool:
    return bool(_NUMBER.match(text)) and any(ch.isdigit() for ch in text)


def _figure_rows(run: list[SourceLine]) -> list[SourceLine]:
    filled = [i for i, line in enumerate(run) if line.text]
    figures = [i for i in filled if _is_figure(run[i].text)]
    if len(figures) < MIN_FIGURES:
        return run
    # From the label that the first figure follows (the lines above it are the text's, or a header).
    labels_before = [i for i in filled if i < figures[0]]
    start, end = (labels_before[-1] if labels_before else figures[0]), figures[-1] + 1
    in_table = [i for i in filled if start <= i < end]
    if 3 * len([i for i in figures]) < len(in_table):
        return run
    cells = [run[i].text for i in in_table]
    rows: list[SourceLine] = []
    _end_cell_lines(rows, cells)
    return run[:start] + rows + run[end:]


def _is_cell_line(index: int, bars: set[int]) -> bool:
    """A cell ends at its bar; a cell's text may run over two lines (商业 / 企业 / |).

    The line after a row's closing bar is the text again when no bar closes it (the
    heading after a table: … | 0 | then 三、收到和处理…).
    """
    return index + 1 in bars or (index - 1 in bars and index + 2 in bars)


def _end_cell_lines(lines: list[SourceLine], cells: list[str]) -> None:
    """Rows of the cells read one a line: a label after a number, or a numbered label, starts a row."""
    row: list[str] = []
    for cell in cells:
        if row and not _NUMBER.match(cell) and (_NUMBER.match(row[-1]) or _ROW_MARKER.match(cell)):
            lines.append(SourceLine(" | ".join(row), tuple(row)))
            row = []
        row.append(cell)
    if row:
        lines.append(SourceLine(" | ".join(row), tuple(row)))
    cells.clear()


def _end_rows(lines: list[SourceLine], rows: list[tuple[int, str]]) -> None:
    """A run of one row is a line of text; the run is then cleared."""
    if len(rows) == 1:
        index, raw = rows[0]
        lines[index] = SourceLine(clean_line(raw))
    rows.clear()


def _is_row(raw: str) -> bool:
    """Two cells with text; or, tab-separated, a label before empty cells (三、本年度办理结果\t\t):
    a tab is never part of a sentence."""
    if "\t" in raw.strip(" \u3000\t") or "\t" in raw and _TAB_ROW_AFTER_TEXT.search(raw):
        return True
    return len([cell for cell in _CELL_SEPARATOR.split(raw.strip()) if cell.strip()]) >= 2
