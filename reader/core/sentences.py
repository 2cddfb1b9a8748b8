"""Sentence spans with character offsets.

A sentence ends at 。！？；… (or their half-width forms); closing quotes and
brackets that follow stay with it, so highlighting never leaves a stray ” behind.
"""
from __future__ import annotations

import re

_END = "。！？；!?;…"
_CLOSERS = "”’」』）)】》〉\"'"
# Terminators (an ellipsis is often doubled), then any closing quotes or brackets.
_SENTENCE_END = re.compile(f"[{re.escape(_END)}]+[{re.escape(_CLOSERS)}]*")


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, whitespace trimmed."""
    if _SENTENCE_END.search(text) is None:  # one sentence at most (a heading, most table cells)
        end = len(text.rstrip())
        start = end - len(text[:end].lstrip())
        return [(start, end)] if end > start else []
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _append_trimmed(spans, text, start, match.end())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
