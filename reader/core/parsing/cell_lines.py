"""Tables copied out of a page one cell a line, made rows again.

A table copied from a page may arrive one cell a line (with a bar between cells, text.py
finds those, or with nothing: a column of bare figures gives it away, in text, pages, or
text taken from a PDF). A reader still sees its rows: a row starts where a label follows
the figures of the row before, or at a numbered label (一、本年新收…, （一）予以公开,
1.属于国家秘密), which is the row's heading cell, not a heading of the document.
"""
from __future__ import annotations

import re

from .lazy_pattern import lazy_pattern
from .lines import SourceLine

_NUMBER = re.compile(r"^[-+\d.,%．，／/()（）—]+$")  # a figure, as a table's cell holds it
_ROW_MARKER = lazy_pattern(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]\D)")


def end_cell_lines(lines: list[SourceLine], cells: list[str]) -> None:
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


def with_figure_columns(lines: list[SourceLine]) -> list[SourceLine]:
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
    if 3 * len(figures) < len(in_table):
        return run
    cells = [run[i].text for i in in_table]
    rows: list[SourceLine] = []
    end_cell_lines(rows, cells)
    return run[:start] + rows + run[end:]
