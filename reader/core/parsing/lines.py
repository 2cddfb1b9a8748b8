"""The common currency of the front ends: a document as a list of source lines.

The text and HTML front ends both produce ``SourceLine`` objects; the structure
parser never needs to know which one it came from. A table row carries its
cells, so no line inside a table is ever taken for a heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPACES = re.compile(r"[ \t\v\f\u00a0\u2000-\u200b\u202f\u205f]+")
# Dropped: icon glyphs (private use), invisible characters, control characters (an ESC would
# reach a terminal through `reader outline`) and bidi controls (RLO shows text reversed while
# speech reads it in order). One expression: clean_line runs on every line and table cell.
_DROPPED = re.compile("[\ue000-\uf8ff\u200b-\u200f\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")



@dataclass(frozen=True)
class SourceLine:
    text: str
    cells: tuple[str, ...] | None = None  # set for table rows

    @property
    def is_table_row(self) -> bool:
        return self.cells is not None


def clean_line(raw: str) -> str:
    """Drop icon glyphs and invisible characters, treat NBSP as a space, trim."""
    text = _SPACES.sub(" ", _DROPPED.sub("", raw))
    return text.strip(" \u3000")
