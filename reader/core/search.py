"""Finding text in a Document: every match, the section it is in, and a snippet around it.

Matching ignores case and character width: a full-width letter, digit or punctuation mark
(Ｆ, ５, （, ，) matches its half-width form (F, 5, (, ,) and the ideographic space matches a
space, so a reader need not type the exact form printed. Folding maps one character to one
character, so offsets in the folded text are offsets in ``Document.text``.

Latin letters also find Chinese by its pinyin, tones ignored, each syllable in full or as a
prefix down to its initial: ``fazhi`` and ``fz`` both find 法治. That needs the document's
pinyin index (``core/pinyin.py``), built off the keystroke path; until it is, only the letters
themselves are found.

The folded text and the section starts are computed once per document and cached.
Plain Python: no Qt.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from functools import partial
from typing import NamedTuple

from . import pinyin
from .model import Document, Heading

SNIPPET_WIDTH = 15  # characters of context either side of a match
ELLIPSIS = "…"


class Match(NamedTuple):
    start: int  # offset in Document.text
    end: int
    section: int | None  # index into sections(document), None before the first heading


_new_match = partial(tuple.__new__, Match)  # Match(*fields) without the Python-level __new__: 30% faster


# Full-width ASCII (U+FF01-U+FF5E) and the full-width signs U+FFE0-U+FFE6 to their narrow forms;
# the ideographic space and the no-break space to a space.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0xFFE0: 0xA2, 0xFFE1: 0xA3, 0xFFE2: 0xAC, 0xFFE3: 0xAF,
                     0xFFE4: 0xA6, 0xFFE5: 0xA5, 0xFFE6: 0x20A9})
_WIDE = re.compile("[\uff01-\uff5e\uffe0-\uffe6\u3000\u00a0]")
# Matches stay inside one block (blocks are joined by newlines) and one table cell (tabs).
_SEPARATORS = ("\n", "\t")


def _narrow(match: re.Match) -> str:
    return chr(_WIDTH_TABLE[ord(match.group())]).lower()


def fold(text: str) -> str:
    """Lower case and narrow forms, one character for one: len(fold(text)) == len(text)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower to two (İ): keep those as they are
        lowered = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return _WIDE.sub(_narrow, lowered)


class _Index(NamedTuple):
    folded: str
    sections: tuple[Heading, ...]
    section_starts: tuple[int, ...]
    parents: tuple[int | None, ...]  # each section's parent section


_cache: dict[int, tuple[weakref.ref, _Index]] = {}


def _index(document: Document) -> _Index:
    key = id(document)
    entry = _cache.get(key)
    if entry is not None and entry[0]() is document:
        return entry[1]
    sections: list[Heading] = []
    parents: list[int | None] = []

    def visit(heading: Heading, parent: int | None) -> None:
        index = len(sections)
        sections.append(heading)
        parents.append(parent)
        for child in heading.children:
            visit(child, index)

    for top in document.outline:
        visit(top, None)
    starts = tuple(document.blocks[h.block].start for h in sections)
    index = _Index(fold(document.text), tuple(sections), starts, tuple(parents))
    _cache[key] = (weakref.ref(document, _forget), index)
    return index


def _forget(ref: weakref.ref) -> None:
    for key, (entry_ref, _index_) in list(_cache.items()):
        if entry_ref is ref:
            del _cache[key]


def prepare(document: Document) -> None:
    """Fold the document's text now (about 20 ms for 2 MB) rather than on the first search."""
    _index(document)


def sections(document: Document) -> tuple[Heading, ...]:
    """The outline's headings in document order; Match.section indexes this."""
    return _index(document).sections


def section_parent(document: Document, section: int) -> int | None:
    return _index(document).parents[section]


def normalize_query(query: str) -> str:
    """The folded query, without leading and trailing spaces; "" finds nothing."""
    return fold(query.strip())


def find_all(document: Document, query: str) -> list[Match]:
    """Every match of query in document order, not overlapping, none crossing a block or cell."""
    needle = normalize_query(query)
    if not needle or any(separator in needle for separator in _SEPARATORS):
        return []
    index = _index(document)
    length = len(needle)
    positions = [found.start() for found in re.finditer(re.escape(needle), index.folded)]
    ends = [start + length for start in positions]
    spelled = pinyin.find(document, needle)  # Latin letters: 法治 by fazhi or fz (once indexed)
    if spelled:
        merged = sorted(list(zip(positions, ends)) + spelled)
        positions, ends = [start for start, _end in merged], [end for _start, end in merged]
    if not positions:
        return []
    # The section of each match, a section at a time (a one-character query can match 30,000 times).
    sections: list[int | None] = []
    starts = index.section_starts
    done = bisect_left(positions, starts[0]) if starts else len(positions)
    sections += [None] * done
    for section in range(len(starts)):
        if done == len(positions):
            break
        following = bisect_left(positions, starts[section + 1], done) if section + 1 < len(starts) \
            else len(positions)
        sections += [section] * (following - done)
        done = following
    return list(map(_new_match, zip(positions, ends, sections)))


def group_by_section(document: Document, matches: list[Match]) -> list[tuple[Heading | None, list[Match]]]:
    """Consecutive matches of one section together, in document order (None: before any heading)."""
    headings = _index(document).sections
    groups: list[tuple[Heading | None, list[Match]]] = []
    current: object = object()
    for match in matches:
        if match.section != current:
            current = match.section
            groups.append((None if current is None else headings[current], []))
        groups[-1][1].append(match)
    return groups


def snippet_parts(document: Document, match: Match, width: int = SNIPPET_WIDTH) -> tuple[str, str, str]:
    """The text before the match (up to width characters, within its line), the match, the text after.

    An ellipsis marks where the line goes on beyond the snippet.
    """
    text = document.text
    line_start = max(text.rfind("\n", 0, match.start) + 1, text.rfind("\t", 0, match.start) + 1)
    line_end = len(text)
    for separator in _SEPARATORS:
        found = text.find(separator, match.end)
        if found >= 0:
            line_end = min(line_end, found)
    left = max(line_start, match.start - width)
    right = min(line_end, match.end + width)
    before = (ELLIPSIS if left > line_start else "") + text[left : match.start]
    after = text[match.end : right] + (ELLIPSIS if right < line_end else "")
    return before, text[match.start : match.end], after


def snippet(document: Document, match: Match, width: int = SNIPPET_WIDTH) -> str:
    """The match with about width characters of its line either side: "…严格规范公正文明执法，…"."""
    return "".join(snippet_parts(document, match, width))
