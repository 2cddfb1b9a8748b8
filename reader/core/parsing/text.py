"""Plain text front end: lines, with ``a | b | c`` and tab-separated rows as table rows.

A table has at least two rows: a lone line with a bar or a tab (一图读懂｜…方案)
is a line of text.
"""
from __future__ import annotations

import re

from .flattened import unflatten
from .lines import SourceLine, clean_line
from .progress import Progress, ticking

_CELL_SEPARATOR = re.compile(r"\s*[|\t｜]\s*")


def text_lines(text: str, progress: Progress | None = None) -> list[SourceLine]:
    lines = []
    rows = []  # (index, raw) of the run of row lines being read
    for raw in ticking(text.split("\n"), progress, 0.0, 0.3):
        if ("|" in raw or "\t" in raw or "｜" in raw) and _is_row(raw):
            cells = tuple(clean_line(cell) for cell in _CELL_SEPARATOR.split(raw.strip(" |｜")))
            rows.append((len(lines), raw))
            lines.append(SourceLine(" | ".join(cells), cells))
            continue
        _end_rows(lines, rows)
        lines += [SourceLine(clean_line(part)) for part in unflatten(raw)]
    _end_rows(lines, rows)
    return lines


def _end_rows(lines: list[SourceLine], rows: list[tuple[int, str]]) -> None:
    """A run of one row is a line of text; the run is then cleared."""
    if len(rows) == 1:
        index, raw = rows[0]
        lines[index] = SourceLine(clean_line(raw))
    rows.clear()


def _is_row(raw: str) -> bool:
    return len([cell for cell in _CELL_SEPARATOR.split(raw.strip()) if cell.strip()]) >= 2
