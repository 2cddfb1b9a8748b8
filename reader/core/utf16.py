"""Qt counts text in UTF-16 code units, Python in code points.

A character beyond U+FFFF (CJK Extension B and later: rare characters in people's and
places' names, 𠀀 𪚥 𬌗) is one character to Python and two units to Qt, so an offset
into a Python string and a Qt text position part ways after it. The documents that hold
none (nearly all) need no conversion: ``has_astral`` says which do.
"""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
T = TypeVar("T")


def has_astral(text: str) -> bool:
    """Whether any character of ``text`` is two UTF-16 units."""
    return _ASTRAL.search(text) is not None


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` takes (its length in a Qt text)."""
    return len(text) + len(_ASTRAL.findall(text))


def code_points_in_units(text: str, start: int, units: int) -> int:
    """How many characters of ``text`` from ``start`` take up ``units`` UTF-16 units (a unit
    inside a character's pair counts that whole character)."""
    index, taken = start, 0
    while taken < units and index < len(text):
        taken += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index - start


def per_unit(items: Sequence[T], text: str) -> list[T | None]:
    """A list with one item per character of ``text`` made into one per UTF-16 unit (None for
    the second unit of a pair), to index by Qt text positions."""
    if not has_astral(text):
        return list(items)
    spread: list[T | None] = []
    for item, char in zip(items, text):
        spread.append(item)
        if ord(char) > 0xFFFF:
            spread.append(None)
    return spread
