"""Anchoring a bookmark to its sentence, and finding the sentence again in a changed copy.

An anchor keeps the sentence's index, its text and about twenty characters on either
side. To find it again, in order:
  1. the same index still holds the same text;
  2. the text appears elsewhere (moved): the occurrence whose surroundings match best,
     then the one nearest the old index;
  3. the text is gone but its surroundings are still there (the sentence was edited):
     the sentence just after the text before it, or just before the text after it;
  4. fuzzy: the most similar sentence (difflib ratio at least FUZZY_THRESHOLD), nearest
     the old index on a tie;
  5. nothing fits: the old index, clamped to the document, marked as a guess.
Whitespace is ignored when comparing, so re-wrapped lines still match.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from .model import Document

CONTEXT_CHARS = 20
FUZZY_THRESHOLD = 0.6
MIN_CONTEXT_MATCH = 6  # shorter surroundings say too little to place a sentence


@dataclass(frozen=True)
class Anchor:
    sentence: int
    text: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Found:
    sentence: int
    how: str  # "exact", "moved", "context", "fuzzy" or "guess"

    @property
    def certain(self) -> bool:
        return self.how in ("exact", "moved")


def make_anchor(document: Document, sentence: int, context: int = CONTEXT_CHARS) -> Anchor:
    span = document.sentences[sentence]
    text = document.text
    return Anchor(sentence=sentence, text=text[span.start:span.end],
                  before=text[max(span.start - context, 0):span.start],
                  after=text[span.end:span.end + context])


def _squash(text: str) -> str:
    return "".join(text.split())


class _Squashed:
    """The document text without whitespace, mapped back to offsets in the real text."""

    def __init__(self, document: Document):
        self.offsets = [i for i, ch in enumerate(document.text) if not ch.isspace()]
        self.text = "".join(document.text[i] for i in self.offsets)
        self.starts = [s.start for s in document.sentences]

    def sentence_at(self, squashed_offset: int) -> int:
        offset = self.offsets[min(squashed_offset, len(self.offsets) - 1)] if self.offsets else 0
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def occurrences(self, needle: str):
        start = self.text.find(needle)
        while start != -1:
            yield start
            start = self.text.find(needle, start + 1)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def find_anchor(document: Document, anchor: Anchor) -> Found | None:
    """Where the anchored sentence is in ``document``; None only for a document without sentences."""
    sentences = document.sentences
    if not sentences:
        return None
    old = min(max(anchor.sentence, 0), len(sentences) - 1)
    wanted = _squash(anchor.text)
    if 0 <= anchor.sentence < len(sentences) and _squash(document.sentence_text(sentences[anchor.sentence])) == wanted:
        return Found(anchor.sentence, "exact")

    squashed = _Squashed(document)
    before, after = _squash(anchor.before), _squash(anchor.after)
    if wanted:
        best = None
        for start in squashed.occurrences(wanted):
            score = (_common_suffix(squashed.text[max(start - len(before), 0):start], before)
                     + _common_prefix(squashed.text[start + len(wanted):start + len(wanted) + len(after)], after))
            sentence = squashed.sentence_at(start)
            key = (-score, abs(sentence - anchor.sentence))
            if best is None or key < best[0]:
                best = (key, sentence)
        if best is not None:
            return Found(best[1], "moved")

    placed = _by_context(squashed, before, after, anchor.sentence)
    if placed is not None:
        return Found(placed, "context")

    fuzzy = _most_similar(document, anchor.text, anchor.sentence)
    if fuzzy is not None:
        return Found(fuzzy, "fuzzy")
    return Found(old, "guess")


def _by_context(squashed: _Squashed, before: str, after: str, old: int) -> int | None:
    candidates = []
    if len(before) >= MIN_CONTEXT_MATCH:
        for start in squashed.occurrences(before):
            candidates.append(squashed.sentence_at(start + len(before)))
    if not candidates and len(after) >= MIN_CONTEXT_MATCH:
        for start in squashed.occurrences(after):
            candidates.append(squashed.sentence_at(max(start - 1, 0)))
    if not candidates:
        return None
    return min(candidates, key=lambda sentence: abs(sentence - old))


def _most_similar(document: Document, text: str, old: int) -> int | None:
    wanted = _squash(text)
    if not wanted:
        return None
    import difflib  # only when a bookmark or position has to be guessed, not at start-up

    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    best = None
    for index, sentence in enumerate(document.sentences):
        candidate = _squash(document.sentence_text(sentence))
        if not candidate:
            continue
        shorter, longer = sorted((len(candidate), len(wanted)))
        if shorter / longer < FUZZY_THRESHOLD:  # the ratio can be no higher than this
            continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < FUZZY_THRESHOLD or matcher.quick_ratio() < FUZZY_THRESHOLD:
            continue
        ratio = matcher.ratio()
        if ratio >= FUZZY_THRESHOLD:
            key = (-ratio, abs(index - old))
            if best is None or key < best[0]:
                best = (key, index)
    return best[1] if best else None
