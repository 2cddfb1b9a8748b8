"""The printed page of a 公文 (GB/T 9704-2012) and where page breaks go, without Qt.

Sizes are in millimetres and points; the GUI's printing module turns them into pixels.
"""
from __future__ import annotations

from dataclasses import dataclass

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
