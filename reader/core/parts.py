"""Parts: a document too tall for Qt's text layout is shown in consecutive ranges of whole blocks.

Qt's QTextDocumentLayout keeps positions in 26.6 fixed point (QFixed), so it cannot lay a text
out taller than 8,388,607 px: past that, blocks get no place and cannot be scrolled to. A 20 MB
document at 16 pt is taller than that; in elder mode, at 300 % or in a narrow window, much
smaller ones are too. The view (gui/view/document_view.py) estimates the height here, and when the
whole would be too tall it shows one part at a time, each well under the limit and cut before a
heading where it can be. Every document a reader meets in practice is shown whole.

Pure arithmetic on the model: no Qt (tests/core/test_no_qt.py). ``Plan`` is a NamedTuple, and the
module does not postpone its annotations: both for start-up (reader/core/model.py says why).
"""
from math import ceil
from typing import NamedTuple

from .model import BlockKind, Document

SAFETY = 1.25  # every estimate is this much taller than the text could be laid out
HEADING_KINDS = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.ATTACHMENT)
HEADING_SIZE = 1.375  # the largest heading's text size, in body sizes (gui/page_building.HEADING_SCALE)
BLOCK_EXTRA_LINES = 1.0  # margins above and below a block, in lines at most
BLOCK_EXTRA_PX = 40.0  # and the fixed ones (headings, the signature)
TABLE_ROW_PX = 12.0  # a table row's borders and padding


class Plan(NamedTuple):
    """Block ranges [first, end), consecutive, covering the document; one for a whole document."""

    parts: tuple[tuple[int, int], ...]
    tallest: float  # the estimated height of the tallest part, px
    characters_per_line: int
    line_pitch: float

    @property
    def whole(self) -> bool:
        return len(self.parts) == 1


def block_height(block, characters_per_line: int, line_pitch: float) -> float:
    """An upper estimate of a block's laid-out height, px (without SAFETY)."""
    extra = BLOCK_EXTRA_LINES * line_pitch + BLOCK_EXTRA_PX
    if block.kind is BlockKind.TABLE and block.rows:
        columns = max(len(row) for row in block.rows) or 1
        per_cell = max(characters_per_line // columns - 1, 1)
        lines = sum(max([ceil(len(cell) / per_cell) for cell in row] + [1]) for row in block.rows)
        return lines * line_pitch + len(block.rows) * TABLE_ROW_PX + extra
    scale = HEADING_SIZE if block.kind in HEADING_KINDS else 1.0
    # + 2: a paragraph's first line is indented by two characters
    lines = max(ceil((len(block.text) + 2) * scale / characters_per_line), 1)
    return lines * line_pitch * scale + extra


def plan_parts(document: Document, characters_per_line: int, line_pitch: float, whole_height: float,
               part_height: float, part_characters: int) -> Plan:
    """Whole if the document's estimated height is at most ``whole_height``; else parts of at most
    ``part_height`` estimated px and ``part_characters`` characters (a larger block ends its part,
    which it may share with a heading above it), each cut before the most important heading in
    its second half if it has one.
    """
    blocks = document.blocks
    characters_per_line = max(int(characters_per_line), 1)
    count = len(blocks)
    # A bound first (no loop): the lines of all the text, one more per block, every one of them
    # a heading's; tables' narrow cells may need more, so it only says "whole" without them.
    if count and not any(block.kind is BlockKind.TABLE for block in blocks):
        bound = ((len(document.text) + 2 * count) * HEADING_SIZE / characters_per_line + count) \
            * line_pitch * HEADING_SIZE + count * (BLOCK_EXTRA_LINES * line_pitch + BLOCK_EXTRA_PX)
        if bound * SAFETY <= whole_height:
            return Plan(((0, count),), bound * SAFETY, characters_per_line, line_pitch)
    heights = [block_height(block, characters_per_line, line_pitch) * SAFETY for block in blocks]
    total = sum(heights)
    if total <= whole_height or count <= 1:
        return Plan(((0, count),), total, characters_per_line, line_pitch)
    parts: list[tuple[int, int]] = []
    first, height, characters = 0, 0.0, 0
    best: tuple[tuple[int, int], int] | None = None  # (rank, block) of the best place to cut
    for index, block in enumerate(blocks):
        size = len(block.text)
        if index > first and (height + heights[index] > part_height or characters + size > part_characters):
            cut = best[1] if best is not None else index
            parts.append((first, cut))
            first, best = cut, None
            height = sum(heights[cut:index])
            characters = sum(len(blocks[i].text) for i in range(cut, index))
        if index > first and block.kind in HEADING_KINDS and (
                height >= part_height / 2 or characters >= part_characters / 2):
            rank = (block.level if block.kind is not BlockKind.TITLE else 0, -index)
            if best is None or rank <= best[0]:
                best = (rank, index)
        height += heights[index]
        characters += size
    parts.append((first, count))
    tallest = max(sum(heights[a:b]) for a, b in parts)
    return Plan(tuple(parts), tallest, characters_per_line, line_pitch)
