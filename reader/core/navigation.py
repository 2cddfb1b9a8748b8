"""Moving through a Document the way a screen reader's browse mode does.

Everything is addressed by sentence index: the reading cursor is a sentence, and
a jump lands on the first sentence of a heading, paragraph or section.

``Location`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .model import BlockKind, Document, Heading

_READABLE_BLOCKS = frozenset(BlockKind) - {BlockKind.HEADING, BlockKind.ATTACHMENT}


class Location(NamedTuple):
    """Where the reading cursor is, for "where am I"."""

    section_path: tuple[Heading, ...]  # outermost first
    percent: int


class Navigator:
    """Jumps over one document; built once per document (indexes sorted by position)."""

    def __init__(self, document: Document):
        self.document = document
        self._sentence_starts = [s.start for s in document.sentences]
        self._first_sentence_of_block: dict[int, int] = {}
        for index, sentence in enumerate(document.sentences):
            self._first_sentence_of_block.setdefault(sentence.block, index)
        self._headings = list(document.headings())
        self._heading_blocks = [h.block for h in self._headings]
        self._paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind in _READABLE_BLOCKS
                                  and i in self._first_sentence_of_block]

    # Conversions --------------------------------------------------------------
    def sentence_at(self, offset: int) -> int:
        """The sentence containing (or nearest before) a character offset."""
        if not self._sentence_starts:
            return 0
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def block_of(self, sentence: int) -> int:
        return self.document.sentences[sentence].block

    def first_sentence(self, block: int) -> int | None:
        return self._first_sentence_of_block.get(block)

    # Jumps: each returns a sentence index, or None when there is nowhere to go ----
    def next_heading(self, sentence: int, level: int | None = None) -> int | None:
        return self._step(self._heading_blocks, sentence, forward=True, accept=self._level_filter(level))

    def previous_heading(self, sentence: int, level: int | None = None) -> int | None:
        return self._step(self._heading_blocks, sentence, forward=False, accept=self._level_filter(level))

    def next_paragraph(self, sentence: int) -> int | None:
        return self._step(self._paragraph_blocks, sentence, forward=True)

    def previous_paragraph(self, sentence: int) -> int | None:
        return self._step(self._paragraph_blocks, sentence, forward=False)

    def next_section(self, sentence: int) -> int | None:
        """The next heading of the current section's level or higher (Ctrl+PgDn)."""
        current = self.current_heading(sentence)
        level = current.level if current else None
        return self._step(self._heading_blocks, sentence, forward=True,
                          accept=(lambda h: h.level <= level) if level else None)

    def previous_section(self, sentence: int) -> int | None:
        """The start of this section, or of the previous one when already there."""
        current = self.current_heading(sentence)
        if current is not None:
            start = self.first_sentence(current.block)
            if start is not None and start < sentence:
                return start
        level = current.level if current else None
        return self._step(self._heading_blocks, sentence, forward=False,
                          accept=(lambda h: h.level <= level) if level else None)

    def first(self) -> int:
        return 0

    def last(self) -> int:
        return max(len(self.document.sentences) - 1, 0)

    # Where am I -------------------------------------------------------------
    def current_heading(self, sentence: int) -> Heading | None:
        if not self.document.sentences:
            return None
        block = self.block_of(sentence)
        index = bisect_right(self._heading_blocks, block) - 1
        return self._headings[index] if index >= 0 else None

    def location(self, sentence: int) -> Location:
        heading = self.current_heading(sentence)
        path: list[Heading] = []
        if heading is not None:
            path = self._path_to(heading)
        count = len(self.document.sentences)
        percent = round(100 * (sentence + 1) / count) if count else 0
        return Location(tuple(path), percent)

    def _path_to(self, target: Heading) -> list[Heading]:
        def search(nodes, trail):
            for node in nodes:
                if node is target:
                    return trail + [node]
                found = search(node.children, trail + [node])
                if found:
                    return found
            return None

        return search(self.document.outline, []) or [target]

    # Helpers ----------------------------------------------------------------
    def _level_filter(self, level: int | None):
        return (lambda heading: heading.level == level) if level else None

    def _step(self, blocks: list[int], sentence: int, forward: bool, accept=None) -> int | None:
        if not self.document.sentences:
            return None
        block = self.block_of(sentence)
        if forward:
            candidates = range(bisect_right(blocks, block), len(blocks))
        else:
            start_block_sentence = self.first_sentence(block)
            # Inside a block, "previous" first goes back to that block's own start.
            if blocks is not self._heading_blocks and block in blocks and start_block_sentence is not None \
                    and start_block_sentence < sentence:
                return start_block_sentence
            candidates = range(bisect_left(blocks, block) - 1, -1, -1)
        for index in candidates:
            if accept is not None and not accept(self._headings[index]):
                continue
            target = self.first_sentence(blocks[index])
            if target is not None:
                return target
        return None

