"""The common currency of the front ends: a document as a list of source lines.

The text and HTML front ends both produce ``SourceLine`` objects; the structure
parser never needs to know which one it came from. A table row carries its
cells, so no line inside a table is ever taken for a heading.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f]+")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")

_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# Half-width punctuation that a scrape put where the original had full-width forms.
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PUNCT_NEAR_CJK = re.compile(f"(?<=[{_CJK}])[,;:?!]|[,;:?!](?=[{_CJK}])")
_HALF_PARENS_CJK = re.compile(f"\\(([^()]*[{_CJK}][^()]*)\\)")


@dataclass(frozen=True)
class SourceLine:
    text: str
    cells: tuple[str, ...] | None = None  # set for table rows

    @property
    def is_table_row(self) -> bool:
        return self.cells is not None


def clean_line(raw: str) -> str:
    """Drop icon glyphs and invisible characters, treat NBSP as a space, trim."""
    text = _PRIVATE_USE.sub("", raw)
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip(" \u3000")


def full_width_punctuation(text: str) -> str:
    """Restore full-width punctuation where half-width forms sit among Chinese text.

    Leaves ASCII contexts alone: ``1,000`` and ``APP(v2)`` keep their forms.
    """
    text = _HALF_PUNCT_NEAR_CJK.sub(lambda m: _HALF_TO_FULL[m.group()], text)
    return _HALF_PARENS_CJK.sub(r"（\1）", text)


def normalize_width(text: str) -> str:
    """Full-width ASCII letters and digits to their plain forms (NFKC for those only)."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\uff10" <= ch <= "\uff5a" else ch for ch in text
    )
