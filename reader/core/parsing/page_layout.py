"""Lines placed on pages (PDF, OFD) to source lines in reading order, without the page's furniture.

A page format gives the text of each line with its box; what a printed page adds to the
text is taken off here, for every such format alike:

- the running header and footer (a line at the top or bottom that recurs, its numbers aside,
  on most pages) and page numbers (— 3 —, 第3页 共9页, 3/9);
- two columns are read one after the other, not across;
- Kangxi radicals that a writer put in the text layer for the hanzi they look like (⼀ for 一)
  are read as those hanzi;
- a line that fills its column to the right edge and is followed by a line that is not
  indented continues into that line (a Chinese sentence breaks wherever the line is full):
  they are joined into one paragraph, across a page break too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable

from ..pdf_output_text import nfkc_ideographs
from .dates import is_date_line
from .lines import SourceLine, clean_line
from .page_tables import join_lines, on_one_line, table_rows


@dataclass(frozen=True)
class PlacedLine:
    """One line of text on a page; distances from the page's top left corner, in any unit."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    font_size: float = 0.0  # where the format tells it; else the height stands for it
    filled_to: float = 0.0  # where spaces after the text end, right of ``right``; else right

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.0)

    @property
    def size(self) -> float:
        return self.font_size or self.height


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[PlacedLine, ...]


_PAGE_NUMBER = re.compile(
    r"^[-—–－‒―~·•\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*(?:/|of|共)\s*\d{1,4}\s*页?)?[-—–－‒―~·•\s]*$"
    r"|^(?:第\s*\d{1,4}\s*页\s*)?共\s*\d{1,4}\s*页$|^[Pp]age\s*\d+(?:\s*(?:/|of)\s*\d+)?$"
)
_DIGITS = re.compile(r"\d+")
# The share of the page's height at its top and bottom where headers, footers and numbers stand.
_MARGIN_SHARE = 0.12
_EDGE_LINES = 2
# Pieces of one line further apart than this many character sizes are not joined: they are
# cells of a table, or columns; an ideographic space or two between the words of one line
# (国务院办公厅　中央军委办公厅) are not as wide.
_FRAGMENT_GAP = 1.5
# Pieces this far apart with a table's rule between them are cells (LibreOffice's padding and
# rule: 1.1 character sizes).
CELL_GAP = 0.9


def cell_apart(gap: float, size: float, ruled: Callable[[], bool] | None) -> bool:
    """Whether two pieces of text on one line that far apart are in different cells (or columns)."""
    return gap > _FRAGMENT_GAP * size or gap > CELL_GAP * size and ruled is not None and ruled()
# A heading's number alone, which a writer sets a tab away from its title (Word's numbering).
_LABEL_ONLY = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[)）]|[（(]?\d{1,3}[.．、)）]|[（(]\d{1,3}[)）]"
    r"|第[一二三四五六七八九十百零\d]+[章节条款])$")
# A line reaches its column's right edge when it ends within this many character sizes of it
# (a writer breaks before a word, or a closing mark that may not start a line, with room left).
_FULL_LINE_SLACK = 3.5
# A line is indented when it starts this many character sizes right of its column's left edge
# (two half-width spaces are 0.5).
_INDENT = 0.45


def page_lines(pages: list[Page]) -> list[SourceLine]:
    """The pages' text as source lines, a paragraph to a line, in reading order."""
    radicals = _radicals_as_ideographs()
    pages = [replace(page, lines=tuple(replace(line, text=line.text.translate(radicals)) for line in page.lines))
             for page in pages]
    recurring = _recurring_edges(pages)
    # each column with the page's width where it is the page's only one (see _read_column)
    laid_out = [(column, page.width if len(columns) == 1 else 0.0) for page in pages
                for columns in [_columns([line for line in page.lines if not _is_furniture(line, page, recurring)], page)]
                for column in columns]
    columns = [column for column, _ in laid_out]
    style = _Style(_indents_paragraphs(columns), _body_size(columns))
    paragraphs: list[str | tuple[str, ...]] = []  # a paragraph's text, or a row's cells
    carry: _Open | None = None  # the paragraph still open at the end of the column before
    for column, page_width in laid_out:
        carry = _read_column(column, paragraphs, carry, style, page_width)
    if carry is not None:
        paragraphs.append(carry.text)
    return [_source_line(paragraphs, index) for index in range(len(paragraphs))]


def _source_line(paragraphs: list[str | tuple[str, ...]], index: int) -> SourceLine:
    """A paragraph, or a table row; a row with no row above or below it is a line of text."""
    item = paragraphs[index]
    if isinstance(item, str):
        return SourceLine(clean_line(item))
    cells = tuple(clean_line(cell) for cell in item)
    beside = [paragraphs[i] for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
    if not any(isinstance(other, tuple) for other in beside):
        return SourceLine(" ".join(cells))
    return SourceLine(" | ".join(cells), cells)


def _radicals_as_ideographs() -> dict[int, int]:
    """Kangxi radicals to the hanzi they look like: PDF writers that map a glyph to the lowest
    code point give 一 as ⼀ and 人民 as 人⺠ (Qt, some Word exports); a 公文 never means a radical."""
    if not _RADICALS:
        _RADICALS.update(nfkc_ideographs())
        _RADICALS.update({ord(radical): ord(hanzi) for radical, hanzi in zip(_SIMPLIFIED_RADICALS, _THEIR_HANZI)})
    return _RADICALS


_RADICALS: dict[int, int] = {}
# The CJK Radicals Supplement's simplified forms that are whole hanzi (NFKC leaves them be);
# the forms used only as a component (⻈ 讠, ⻠ 饣) are not among them.
_SIMPLIFIED_RADICALS = "⺠⻅⻆⻉⻋⻓⻔⻙⻚⻛⻜⻢⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳⻄⻘⻝⻣⻤⺁⺇⺝⺩"
_THEIR_HANZI = "民见角贝车长门韦页风飞马鱼鸟卤麦黄黾齐齿龙龟西青食骨鬼厂几月王"


@dataclass(frozen=True)
class _Style:
    indents: bool  # paragraphs start with an indent (see _indents_paragraphs)
    body_size: float  # the size of most of the text


@dataclass
class _Open:
    text: str
    last: PlacedLine  # its last line
    heads: bool  # larger than the body text, centred lines so far: a title, whose next centred line goes on
    continues: bool  # filled its column to the edge: the next line may go on with it


def _read_column(column: list[PlacedLine], paragraphs: list[str | tuple[str, ...]], carry: _Open | None,
                 style: _Style, page_width: float = 0.0) -> _Open | None:
    """Reads the column's lines into paragraphs. With the width of a page it is the only column
    of, the right margin is taken as wide as the left one at least: a page of short lines
    (headings, a list) has no full line to show where the right edge is."""
    if not column:
        return carry
    left = min(line.left for line in column)
    right = max(_right_edge(column), page_width - left)
    usual_gap = _usual_gap(column)
    rows = table_rows(column, right)
    for index, line in enumerate(column):
        if index in rows:  # a line of a table's row, read as the row's cells
            cells = rows[index]
            if cells is not None:
                if carry is not None:
                    paragraphs.append(carry.text)
                    carry = None
                paragraphs.append(cells)
            continue
        size = line.size or 1.0
        before, after = line.left - left, right - line.right
        indented = before > _INDENT * size
        centred = before >= size and after >= size and abs(before - after) < size
        if carry is not None:
            same_size = abs(line.size - carry.last.size) <= 0.15 * max(line.size, carry.last.size)
            goes_on = (not indented or centred and carry.heads) and same_size
            if carry.continues and goes_on and not _gap_before(column, index, usual_gap):
                carry.text = join_lines(carry.text, line.text)
                carry.last = line
                carry.heads = carry.heads and centred  # a title goes on over its centred lines
                carry.continues = carry.heads or _fills(line, right, size, style.indents)
                continue
            paragraphs.append(carry.text)
        heads = size >= 1.15 * style.body_size
        carry = _Open(line.text, line, heads, heads or _fills(line, right, size, style.indents))
    return carry


def _body_size(columns: list[list[PlacedLine]]) -> float:
    sizes = sorted(line.size for column in columns for line in column)
    return sizes[len(sizes) // 2] if sizes else 1.0


def _indents_paragraphs(columns: list[list[PlacedLine]]) -> bool:
    """Whether the document starts its paragraphs with an indent (two hanzi, as 公文 are set).

    Then a line that fills its column and ends a sentence still goes on into the next line
    when that one is not indented; set flush, a sentence's end at the edge ends the paragraph.
    """
    indented = 0
    for column in columns:
        if column:
            left = min(line.left for line in column)
            indented += sum(0.45 <= (line.left - left) / (line.size or 1.0) <= 2.6 for line in column)
    return indented >= 2


def _fills(line: PlacedLine, right: float, size: float, indents: bool) -> bool:
    text = line.text.rstrip()
    if not text or right - line.right > _FULL_LINE_SLACK * size or is_date_line(text):
        return False  # a date set flush right under the signature ends its line
    return indents or text[-1] not in "。！？!?"


def _gap_before(column: list[PlacedLine], index: int, usual: float) -> bool:
    """Half a line's height more space above than between the column's lines: a new paragraph,
    whatever the line above filled."""
    if index == 0:
        return False
    above, line = column[index - 1], column[index]
    return line.top - above.bottom > usual + 0.5 * max(line.height, above.height, 1e-6)


def _usual_gap(column: list[PlacedLine]) -> float:
    """The space between one line and the next that most lines of the column have."""
    gaps = sorted(line.top - above.bottom for above, line in zip(column, column[1:]) if line.top >= above.bottom)
    return gaps[len(gaps) // 2] if gaps else 0.0


def _right_edge(column: list[PlacedLine]) -> float:
    """The column's right margin: the right end most full lines reach (a wide table row aside)."""
    rights = sorted(line.right for line in column)
    return rights[int(len(rights) * 0.9) - (1 if len(rights) >= 10 else 0)] if len(rights) > 1 else rights[0]


def _normal(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _edge_lines(page: Page) -> list[PlacedLine]:
    ordered = sorted(page.lines, key=lambda line: line.top)
    top = [line for line in ordered[:_EDGE_LINES] if line.bottom <= page.height * _MARGIN_SHARE]
    bottom = [line for line in ordered[-_EDGE_LINES:] if line.top >= page.height * (1 - _MARGIN_SHARE)]
    return top + [line for line in bottom if line not in top]


def _recurring_edges(pages: list[Page]) -> frozenset[str]:
    """Lines in the top or bottom margin that recur (numbers aside) on many of the pages."""
    if len(pages) < 2:
        return frozenset()
    counts = Counter(text for page in pages for text in {_normal(line.text) for line in _edge_lines(page)})
    # 0.4: a header that alternates between odd and even pages is on each of their halves
    return frozenset(text for text, count in counts.items() if count >= max(2, 0.4 * len(pages)))


def _is_furniture(line: PlacedLine, page: Page, recurring: frozenset[str]) -> bool:
    if not line.text.strip() or not 0 <= (line.top + line.bottom) / 2 <= page.height:
        return True  # nothing, or off the page (Qt prints a line cut by the page break on both pages)
    in_margin = line.bottom <= page.height * _MARGIN_SHARE or line.top >= page.height * (1 - _MARGIN_SHARE)
    if not in_margin:
        return False
    return _PAGE_NUMBER.match(line.text.strip()) is not None or _normal(line.text) in recurring


def _columns(lines: list[PlacedLine], page: Page) -> list[list[PlacedLine]]:
    """The page's lines in reading order, by column: two columns side by side are read in turn.

    Lines across the whole width above the columns come first, those below them last.
    """
    ordered = sorted(lines, key=lambda line: (round(line.top, 1), line.left))
    middle = page.width / 2
    left = [line for line in ordered if line.right <= middle + page.width * 0.02]
    right = [line for line in ordered if line.left >= middle - page.width * 0.02]
    if len(left) < 3 or len(right) < 3 or not _side_by_side(left, right, page.width):
        return [ordered]
    columns_top = min(left[0].top, right[0].top)
    columns_bottom = max(left[-1].bottom, right[-1].bottom)
    across = [line for line in ordered if line not in left and line not in right]
    above = [line for line in across if line.bottom <= columns_top]
    below = [line for line in across if line.top >= columns_bottom]
    if len(above) + len(below) != len(across):
        return [ordered]  # a line across the middle of the columns: not two columns
    return [above, left, right, below]


def _side_by_side(left: list[PlacedLine], right: list[PlacedLine], width: float) -> bool:
    """Most lines of one side have a line of the other beside them, and the lines of both sides
    fill their half (columns of text, not the short cells of a table with two columns)."""
    beside = sum(any(abs(line.top - other.top) < line.height * 2 for other in right) for line in left)
    return beside >= len(left) * 0.5 and _fill_their_half(left, width) and _fill_their_half(right, width)


def _fill_their_half(lines: list[PlacedLine], width: float) -> bool:
    widths = sorted(line.right - line.left for line in lines)
    return widths[len(widths) // 2] >= 0.3 * width


def lines_from_fragments(fragments: list[PlacedLine],
                         ruled: Callable[[float, float, float, float], bool] | None = None) -> tuple[PlacedLine, ...]:
    """Fragments of text (runs, words, pieces of a line) into lines: those that overlap
    vertically and follow each other closely, left to right. A wide gap (between two columns,
    or cells of a table) keeps them apart."""
    rows: list[list[PlacedLine]] = []
    for fragment in sorted(fragments, key=lambda f: f.top):
        for row in reversed(rows[-3:]):
            first = row[0]
            if on_one_line(first, fragment):
                row.append(fragment)
                break
        else:
            rows.append([fragment])
    lines = []
    for row in rows:
        row.sort(key=lambda f: f.left)
        piece = [row[0]]
        for fragment in row[1:]:
            before = piece[-1]
            wide = cell_apart(fragment.left - before.right, max(fragment.size, before.size),
                              ruled and (lambda: ruled(before.right, fragment.left, fragment.top, fragment.bottom)))
            if wide and not _LABEL_ONLY.match(piece[-1].text.strip()):  # 一、<tab>总体要求 is one line
                lines.append(_merge(piece))
                piece = []
            piece.append(fragment)
        lines.append(_merge(piece))
    return tuple(lines)


def _merge(line: list[PlacedLine]) -> PlacedLine:
    text = line[0].text
    for before, fragment in zip(line, line[1:]):
        gap = fragment.left - before.right
        wide = gap > 0.5 * max(fragment.size, 1e-6)
        text += (" " if wide else "") + fragment.text
    return replace(
        line[0], text=text, right=max(f.right for f in line), filled_to=max(f.filled_to for f in line),
        top=min(f.top for f in line), bottom=max(f.bottom for f in line),
    )
