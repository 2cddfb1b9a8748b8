"""The printed page of a 公文 (GB/T 9704-2012) and where page breaks go, without Qt.

Sizes are in millimetres and points; the GUI's printing module turns them into pixels.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import parts
from .model import Block, BlockKind, Document

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0

# GB/T 9704 §5.2.1: A4 paper, the type area (版心) 156 x 225 mm, top margin 37 mm,
# left 28 mm; that leaves 26 mm on the right and 35 mm at the bottom.
PAPER_WIDTH_MM = 210.0
PAPER_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 37.0
MARGIN_BOTTOM_MM = 35.0
MARGIN_LEFT_MM = 28.0
MARGIN_RIGHT_MM = 26.0

BODY_POINT_SIZE = 16.0  # 3号
TITLE_POINT_SIZE = 22.0  # 2号
CARD_POINT_SIZE = 12.0  # 小四, as the portals' print pages set their catalogue table
PAGE_NUMBER_POINT_SIZE = 14.0  # 4号
LINES_PER_PAGE = 22  # §5.2.2: 22 lines of 28 characters
PAGE_NUMBER_GAP_MM = 7.0  # §7.5: the page number's line sits 7 mm below the type area

KEEP_WITH_NEXT = (BlockKind.TITLE, BlockKind.HEADING, BlockKind.ATTACHMENT)

# Qt's QTextDocumentLayout keeps positions in 26.6 fixed point: nothing is laid out past
# 8,388,607 px, which ~3,150 pages at 300 dpi reach. A longer document is laid out in *chunks*
# of whole blocks, one QTextDocument each, their pages drawn one after another.
LAYOUT_LIMIT_PX = 8_388_607
WHOLE_SHARE = 0.75  # laid out whole (as always) when its generous estimate is under this share
CHUNK_SHARE = 0.3  # else in chunks estimated under this share of the limit
CHUNK_CHARACTERS = 100_000  # and of at most this many characters
SAFE_SHARE = 0.9  # a chunk laid out taller than this share is cut in two and laid out again


def type_area_mm() -> tuple[float, float]:
    """Width and height of the type area (版心) on A4."""
    return (PAPER_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM,
            PAPER_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM)


def mm_to_pixels(mm: float, dpi: float) -> float:
    return mm / MM_PER_INCH * dpi


def points_to_pixels(points: float, dpi: float) -> float:
    return points / POINTS_PER_INCH * dpi


def page_number_label(number: int) -> str:
    """How a 公文 prints its page number: the number between two 一字线 (em dashes)."""
    return f"— {number} —"


@dataclass(frozen=True)
class LaidOutBlock:
    """Where one document block landed: the pages of its first and last lines."""

    first_page: int
    last_page: int
    keep_with_next: bool = False  # a heading: must share a page with the next block's first line
    starts_page: bool = False  # already the first thing on its page


def breaks_to_add(blocks: list[LaidOutBlock]) -> list[int]:
    """Indexes of the blocks that need a page break before them so no heading ends a page.

    A heading breaks before itself when its next block starts on a later page, or when the
    heading itself is split over two pages. When headings come in a run (一、 straight
    followed by （一）), the break goes before the first of the run, so the run moves as one.
    A heading already at the top of a page (starts_page) gains nothing from another break.
    """
    breaks: list[int] = []
    for index, block in enumerate(blocks):
        if not block.keep_with_next or index + 1 >= len(blocks):
            continue
        following = blocks[index + 1]
        if block.first_page == following.first_page:
            continue
        first = index
        while (first > 0 and blocks[first - 1].keep_with_next
               and blocks[first - 1].last_page == blocks[first].first_page):
            first -= 1
        target = blocks[first]
        if target.starts_page:
            continue
        if not breaks or breaks[-1] != first:
            breaks.append(first)
    return breaks


def _keep_headings_with_text(blocks: list[Block], first: int, cut: int) -> int:
    """Move a cut before the headings that end the range above it: a chunk starts a page, so a
    heading left at a chunk's end would be parted from its text."""
    while cut - 1 > first and blocks[cut - 1].kind in KEEP_WITH_NEXT:
        cut -= 1
    return cut


def plan_chunks(document: Document, characters_per_line: int, line_pitch: float) -> list[tuple[int, int]]:
    """Block ranges [first, end) to lay out one at a time: one range, the whole document, for
    every document that fits (laid out exactly as before chunks existed); else chunks well under
    Qt's limit, cut before a heading where they can be (core/parts.py estimates the height)."""
    limit = LAYOUT_LIMIT_PX
    plan = parts.plan_parts(document, characters_per_line, line_pitch, whole_height=limit * WHOLE_SHARE,
                            part_height=limit * CHUNK_SHARE, part_characters=CHUNK_CHARACTERS)
    ranges: list[tuple[int, int]] = []
    first = 0
    for _start, end in plan.parts[:-1]:
        cut = _keep_headings_with_text(document.blocks, first, end)
        if cut > first:
            ranges.append((first, cut))
            first = cut
    ranges.append((first, len(document.blocks)))
    return ranges


def split_range(blocks: list[Block], first: int, end: int) -> int:
    """Where to cut blocks [first, end) in two (a chunk laid out too tall): near the middle of its
    text, before the most important heading in the middle half if there is one."""
    if end - first < 2:
        raise ValueError("a single block cannot be split")
    sizes = [len(blocks[index].text) + 1 for index in range(first, end)]
    total = sum(sizes)
    middle, running = first + 1, 0
    for index, size in enumerate(sizes):
        running += size
        if running * 2 >= total:
            middle = first + index + 1
            break
    middle = min(max(middle, first + 1), end - 1)
    quarter = max((end - first) // 4, 1)
    best = None
    for index in range(max(first + 1, middle - quarter), min(end, middle + quarter + 1)):
        block = blocks[index]
        if block.kind in KEEP_WITH_NEXT:
            rank = (block.level if block.kind is not BlockKind.TITLE else 0, abs(index - middle))
            if best is None or rank < best[0]:
                best = (rank, index)
    cut = best[1] if best is not None else middle
    return _keep_headings_with_text(blocks, first, cut)
