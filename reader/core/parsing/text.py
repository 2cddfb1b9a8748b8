"""Plain text front end: lines, with ``a | b | c`` and tab-separated rows as table rows.

A table has at least two rows: a lone line with a bar or a tab (一图读懂｜…方案)
is a line of text.

A table copied out of a page may come one cell a line, a bar alone on the line
between cells. A line a bar closes is a cell, whatever it looks like (一、本年新收…
is a row's heading cell, not a heading of the document); cell_lines.py makes the rows.
"""
from __future__ import annotations

import re

from .cell_lines import end_cell_lines
from .flattened import unflatten
from .lazy_pattern import lazy_pattern
from .lines import SourceLine, clean_line
from .progress import Progress, ticking

_CELL_SEPARATOR = lazy_pattern(r"\s*[|\t｜]\s*")
_BARS = ("|", "｜")
_TAB_ROW_AFTER_TEXT = lazy_pattern(r"\S\t\t")  # a label, then the empty cells of its row


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
        end_cell_lines(lines, cells)
        if ("|" in raw or "\t" in raw or "｜" in raw) and _is_row(raw):
            cells_of_row = tuple(clean_line(cell) for cell in _CELL_SEPARATOR.split(raw.strip(" |｜")))
            rows.append((len(lines), raw))
            lines.append(SourceLine(" | ".join(cells_of_row), cells_of_row))
            continue
        _end_rows(lines, rows)
        lines += [SourceLine(clean_line(part)) for part in unflatten(raw)]
    end_cell_lines(lines, cells)
    _end_rows(lines, rows)
    return lines


def _is_cell_line(index: int, bars: set[int]) -> bool:
    """A cell ends at its bar; a cell's text may run over two lines (商业 / 企业 / |).

    The line after a row's closing bar is the text again when no bar closes it (the
    heading after a table: … | 0 | then 三、收到和处理…).
    """
    return index + 1 in bars or (index - 1 in bars and index + 2 in bars)


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
