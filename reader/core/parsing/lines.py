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
_SPACES = re.compile(r"[ \t\v\f\u00a0\u2000-\u200b\u202f\u205f]+")
# Invisible characters, control characters (an ESC would reach a terminal through `reader
# outline`) and bidi controls (RLO shows text reversed while speech reads it in order).
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# Half-width punctuation that a scrape put where the original had full-width forms.
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_PUNCT = re.compile("[,;:?!]")
_PARENS = re.compile(r"\(([^()]*)\)")  # innermost parentheses


def _is_cjk(ch: str) -> bool:
    """CJK ideographs, CJK punctuation or full-width forms.

    A comparison, not a regex character class: re compiles a class by walking every code
    point of its ranges in Python, ~1 ms for these at each start.
    """
    return ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u3000" <= ch <= "\u303f"
            or "\uff00" <= ch <= "\uffef")


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
    def widen_punctuation(match: re.Match) -> str:
        i = match.start()
        near_cjk = (i > 0 and _is_cjk(text[i - 1])) or (i + 1 < len(text) and _is_cjk(text[i + 1]))
        return _HALF_TO_FULL[match.group()] if near_cjk else match.group()

    def widen_parentheses(match: re.Match) -> str:
        inner = match.group(1)
        return f"（{inner}）" if any(map(_is_cjk, inner)) else match.group()

    return _PARENS.sub(widen_parentheses, _HALF_PUNCT.sub(widen_punctuation, text))


def normalize_width(text: str) -> str:
    """Full-width ASCII letters and digits to their plain forms (NFKC for those only)."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\uff10" <= ch <= "\uff5a" else ch for ch in text
    )
