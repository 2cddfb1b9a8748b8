"""Where the model is on the reading view's page: the plan of parts and model↔view offsets.

A document too tall for Qt's layout (core/parts.py) is shown one PART at a time: consecutive
ranges of whole blocks. ShownPart is what is shown: the plan, which part, and the anchors
(page_building.py) that map model offsets (Document.text) to QTextDocument positions and back.
``ShownPart`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from ...core.model import Document
from ...core.parts import Plan, plan_parts
from ...core.utf16 import code_points_in_units, utf16_length

# Parts (core/parts.py). Qt's layout stops near 8,388,607 px; estimates are generous (SAFETY).
WHOLE_HEIGHT_PX = 6_000_000  # a document estimated at most this tall is shown whole, as it always was
PART_HEIGHT_PX = 3_000_000  # else parts of at most this estimated height
PART_CHARACTERS = 100_000  # and this much text: a jump into a part builds and lays it out in ~70 ms (200,000: ~140)
REPLAN_HEIGHT_PX = 7_000_000  # a narrower column makes the tallest part this tall: cut again
PLAN_WIDTH_PX = 640  # the column assumed before the view has its size (a narrower one cuts again)


def plan_document(document: Document, metrics: tuple[int, float]) -> Plan:
    """Whole or in parts (core/parts.py), for a column of ``metrics`` (DocumentView.plan_metrics);
    no Qt, so document_loader.py plans in its thread."""
    characters, pitch = metrics
    return plan_parts(document, characters, pitch, WHOLE_HEIGHT_PX, PART_HEIGHT_PX, PART_CHARACTERS)


def part_starts(document: Document, plan: Plan) -> list[int]:
    """The model offsets where each part of the plan starts."""
    return [0] + [document.blocks[first].start for first, _end in plan.parts[1:]]


class ShownPart(NamedTuple):
    """The part of a document on the page, and where its model offsets are there. ``end`` in the
    methods is the page's last position (QTextDocument.characterCount() - 1)."""

    plan: Plan | None = None
    part: int = 0  # the shown one, from 0
    blocks: tuple[int, int] = (0, 0)  # its model blocks [first, end)
    starts: Sequence[int] = (0,)  # the model offsets where each part starts
    anchor_offsets: Sequence[int] = ()  # model offsets of the anchors
    anchor_positions: Sequence[int] = ()  # and their positions on the page
    block_positions: Sequence[int] = ()  # per model block of the part: its position
    text: str = ""  # Document.text
    astral: bool = False  # the text has characters beyond U+FFFF (two units in Qt's text)

    @property
    def count(self) -> int:
        return len(self.plan.parts) if self.plan is not None else 1

    @property
    def whole(self) -> bool:
        return len(self.starts) == 1

    def part_of(self, offset: int) -> int:
        """The part holding a model offset."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def shows_offset(self, offset: int) -> bool:
        """Whether a model offset is in the shown part (always, for a document shown whole)."""
        return self.whole or self.part_of(offset) == self.part

    def offset_range(self) -> tuple[int, int | None]:
        """The model offsets [low, high) of the shown part (high None: to the end)."""
        high = self.starts[self.part + 1] if self.part + 1 < len(self.starts) else None
        return self.starts[self.part], high

    def model_to_view(self, offset: int, end: int) -> int:
        """The page position of a character offset in Document.text (an offset outside the shown
        part: the start or the end of the part)."""
        if not self.whole and not self.shows_offset(offset):
            return 0 if offset < self.starts[self.part] else end
        index = max(bisect_right(self.anchor_offsets, offset) - 1, 0)
        start = self.anchor_offsets[index]
        if self.astral:
            return self.anchor_positions[index] + utf16_length(self.text[start:offset])
        return self.anchor_positions[index] + offset - start

    def view_to_model(self, position: int) -> int:
        """The Document.text offset of a page position (the card maps to 0)."""
        index = bisect_right(self.anchor_positions, position) - 1
        if index < 0:
            return 0
        start, units = self.anchor_offsets[index], position - self.anchor_positions[index]
        if self.astral:
            return start + code_points_in_units(self.text, start, units)
        return start + units

    def block_position(self, index: int, end: int) -> int:
        """Where a model block starts on the page (before the shown part: 0; after it: ``end``)."""
        first, last = self.blocks if self.plan is not None and not self.plan.whole else (0, len(self.block_positions))
        if index < first:
            return 0
        if index >= last:
            return end
        return self.block_positions[index - first]
