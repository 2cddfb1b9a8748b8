"""Pinyin sort keys and initials for titles in 我的收藏, through pypinyin loaded on first use.

pypinyin takes ~0.4 s and ~57 MB to load: it must never load on the way to the first
window (the start-up benchmark checks), so nothing here imports it at module level; the
panel calls these only when it sorts by title or filters by letters.
"""
from __future__ import annotations

from functools import lru_cache


def _pypinyin():
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin, Style


def _keep(chars: str) -> list[str]:
    return [chars]  # a run of other characters stays one word


@lru_cache(maxsize=4096)
def sort_key(text: str) -> tuple:
    """Order by pinyin (tones ignored, then by tone), other text by itself, case folded."""
    lazy_pinyin, style = _pypinyin()
    syllables = lazy_pinyin(text, style=style.TONE3, errors=_keep)
    plain = tuple("".join(ch for ch in s if not ch.isdigit()).casefold() for s in syllables)
    return plain, tuple(s.casefold() for s in syllables), text


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """The first letter of each syllable: 国务院办公厅 → gwybgt (other characters kept, lower case)."""
    lazy_pinyin, style = _pypinyin()
    return "".join(lazy_pinyin(text, style=style.FIRST_LETTER, errors=_keep)).casefold()


def matches(text: str, query: str) -> bool:
    """A filter: the query in the text (case and spaces ignored), or in its pinyin initials."""
    query = "".join(query.split()).casefold()
    if not query:
        return True
    squashed = "".join(text.split())
    if query in squashed.casefold():
        return True
    if query.isascii() and query.isalnum():
        return query in initials(squashed)
    return False
