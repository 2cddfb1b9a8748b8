"""Plain text front end: lines, with ``a | b | c`` and tab-separated rows as table rows."""
from __future__ import annotations

import re

from .lines import SourceLine, clean_line
from .progress import Progress, ticking

_CELL_SEPARATOR = re.compile(r"\s*[|\t｜]\s*")


def text_lines(text: str, progress: Progress | None = None) -> list[SourceLine]:
    lines = []
    for raw in ticking(text.split("\n"), progress, 0.0, 0.3):
        if ("|" in raw or "\t" in raw or "｜" in raw) and _is_row(raw):
            cells = tuple(clean_line(cell) for cell in _CELL_SEPARATOR.split(raw.strip(" |｜")))
            lines.append(SourceLine(" | ".join(cells), cells))
        else:
            lines.append(SourceLine(clean_line(raw)))
    return lines


def _is_row(raw: str) -> bool:
    return len([cell for cell in _CELL_SEPARATOR.split(raw.strip()) if cell.strip()]) >= 2
