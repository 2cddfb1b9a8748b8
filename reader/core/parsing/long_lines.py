"""Lines longer than any real paragraph, words longer than any real word and tables longer
than most real tables, cut into pieces.

Qt lays a paragraph out whole, and a run of characters with nowhere to break a line (a
128,000-letter "word") in time that grows with its square: 5 s for 128,000, minutes for a
megabyte, on the window's thread. Real documents stay far below the limits (the longest
paragraph of the corpus is ~6,000 characters, its longest run without a break ~440). A longer
line becomes several lines (paragraphs), cut after a sentence where it can be; no character is
dropped, the cut only adds a line break.
"""
from __future__ import annotations

import re

from ..model import MAX_TABLE_ROWS
from .lazy_pattern import lazy_pattern
from .lines import SourceLine

MAX_PARAGRAPH = 20_000
MAX_WORD = 2_000
# A run with no line-break opportunity for Qt: no space, no CJK character or punctuation.
_LONG_WORD = lazy_pattern(
    "[^\\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]{%d,}" % (MAX_WORD + 1))
_SENTENCE_END = lazy_pattern("[。！？；!?;]")
_SOFT_BREAK = lazy_pattern("[，、,\\s]")


def cut_long_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """``lines`` with every over-long plain line replaced by its pieces (table rows kept)."""
    if not any(len(line.text) > MAX_WORD and not line.is_table_row for line in lines):
        return lines  # nearly every document: nothing to look at
    cut: list[SourceLine] = []
    for line in lines:
        if line.is_table_row or len(line.text) <= MAX_WORD:
            cut.append(line)
        else:
            cut.extend(SourceLine(piece) for piece in line_pieces(line.text))
    return cut


def line_pieces(text: str) -> list[str]:
    """``text`` in pieces of at most MAX_PARAGRAPH characters, none holding a run longer than
    MAX_WORD; joined again they give ``text`` back."""
    pieces = []
    for part in _without_long_words(text):
        while len(part) > MAX_PARAGRAPH:
            end = _cut_point(part)
            pieces.append(part[:end])
            part = part[end:]
        pieces.append(part)
    return [piece for piece in pieces if piece]


def _without_long_words(text: str) -> list[str]:
    parts, start = [], 0
    for match in _LONG_WORD.finditer(text):
        parts.append(text[start:match.start()])
        word = match.group()
        parts.extend(word[i:i + MAX_WORD] for i in range(0, len(word), MAX_WORD))
        start = match.end()
    parts.append(text[start:])
    return parts


def _cut_point(text: str) -> int:
    """Where to end the first piece: after the last sentence in the limit, else after the last
    comma or space, else at the limit."""
    window = text[MAX_PARAGRAPH // 2:MAX_PARAGRAPH]
    for pattern in (_SENTENCE_END, _SOFT_BREAK):
        last = None
        for last in pattern.finditer(window):
            pass
        if last is not None:
            return MAX_PARAGRAPH // 2 + last.end()
    return MAX_PARAGRAPH


def table_pieces(rows: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """A table's rows as consecutive tables of at most MAX_TABLE_ROWS rows (one for nearly all)."""
    return [rows[start:start + MAX_TABLE_ROWS] for start in range(0, len(rows), MAX_TABLE_ROWS)] or [rows]
