"""Saved web pages front end: HTML to source lines, nothing executed or fetched.

Lexbor parses the page; we walk it without recursion (pages can nest thousands
deep), skip scripts, forms, frames and page navigation, break lines at block
elements and turn table rows into rows of cells.
"""
from __future__ import annotations

import re

from .lazy_pattern import lazy_pattern
from .lines import SourceLine, clean_line
from .progress import STEP, Progress

# Form controls, not <form>: ASP.NET pages wrap the whole page in <form id="form1">.
_SKIPPED = frozenset({
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
    "template", "input", "button", "select", "textarea", "option", "svg", "math",
    "canvas", "audio", "video", "map", "nav", "footer", "aside", "head", "title", "link", "meta",
    "img", "picture", "source", "dialog",
})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "address", "figure",
    "figcaption", "hr", "table", "caption", "tbody", "thead", "tfoot", "body", "html", "fieldset",
})
# A class or id holding one of these words (mainNav, BreadcrumbNav, page-footer) is page furniture.
_CHROME_CLASS_TOKENS = frozenset({
    "nav", "navbar", "menu", "footer", "foot", "breadcrumb", "crumb", "crumbs", "share",
    "toolbar", "topbar", "sidebar", "copyright", "login", "search", "bdsharebuttonbox",
})
# Words that are furniture only as a whole class or id: policyLibraryOverview_header holds the catalogue.
_CHROME_CLASS_NAMES = frozenset({
    "head", "header", "top", "bottom", "location", "position", "dqwz", "weizhi", "banner", "logo",
})
_TOKEN_SPLIT = lazy_pattern(r"[\s_\-]+")
_CAMEL_CASE = lazy_pattern(r"(?<=[a-z])(?=[A-Z])")
_WHITESPACE = lazy_pattern(r"[ \t\n\r\f]+")
# The page's own title: its h1, else an element classed like a title.
_TITLE_SELECTOR = "h1"
_TITLE_CLASS_SELECTOR = '[class*="title"], [class*="biaoti"], [id*="title"]'
MAX_TITLE = 100


def _is_skipped(node, tag: str | None = None) -> bool:
    tag = tag or node.tag
    if tag in _SKIPPED:
        return True
    attributes = node.attributes
    if not attributes:
        return tag == "header" and _is_site_header(node)
    if "hidden" in attributes or "display:none" in (attributes.get("style") or "").replace(" ", ""):
        return True
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    if any(name.lower() in _CHROME_CLASS_NAMES for name in names.split()):
        return True
    tokens = _TOKEN_SPLIT.split(_CAMEL_CASE.sub(" ", names).lower())
    return any(token in _CHROME_CLASS_TOKENS for token in tokens) or (tag == "header" and _is_site_header(node))


def _is_site_header(node) -> bool:
    """A <header> is the site's, unless it holds the page's heading (<article><header><h1>)."""
    return node.css_first("h1, h2") is None


# Spans beyond these are mistakes (the HTML standard caps colspan at 1000). A colspan is also
# kept within the table's real width (see _Table.open_cell): 2,000 cells of colspan=1000000
# made a table of 128,000 places per row that froze the window for a minute.
MAX_COLSPAN = 64
MAX_ROWSPAN = 1000
MAX_ROWS_MEASURED = 20_000  # rows looked at for a table's width: enough for any real one


def _span(value: str | None, cap: int) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), cap)
    except ValueError:
        return 1


class _Table:
    """An open <table>: its current row and cell, or a layout table read as plain lines.

    A cell spanning columns or rows leaves empty strings in the places it covers,
    so every cell stays under its column: an empty cell is silent when read aloud
    and blank on screen, as on the printed page, where repeating the value would
    read it out again on every row it spans.
    """

    def __init__(self, node=None):
        self.width = _source_width(node) if node is not None else MAX_COLSPAN
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.layout = False
        self.cells_read = 0  # cells of the current row in the source (spanned places not counted)
        self.filled = 0  # places of the current row covered by rowspans from above
        self.colspan = self.rowspan = 1  # of the open cell
        self.carried: dict[int, int] = {}  # column -> rows still covered by a rowspan from above

    def open_cell(self, node) -> None:
        self.cell = []
        attributes = node.attributes if node is not None else None
        if self.carried:
            self._fill_carried(len(self.row))
        if not attributes:  # most cells: no spans
            self.colspan = self.rowspan = 1
            return
        # Never past the table's widest row (in cells of the source), unless the row is already.
        room = max(1, self.width - len(self.row))
        self.colspan = _span(attributes.get("colspan"), min(MAX_COLSPAN, room))
        self.rowspan = _span(attributes.get("rowspan"), MAX_ROWSPAN)

    def close_cell(self) -> None:
        if self.carried:
            self._fill_carried(len(self.row))
        start = len(self.row)
        self.row.append("".join(self.cell))
        if self.colspan > 1:
            self.row.extend([""] * (self.colspan - 1))
        if self.rowspan > 1:  # past the table's width, a cell carries nothing down (it is a mistake)
            for column in range(start, min(start + self.colspan, self.width)):
                self.carried[column] = self.rowspan - 1
        self.cell = None
        self.cells_read += 1

    def close_row(self) -> tuple[list[str], bool]:
        """The row's cells, the places rowspans from above cover included, and whether it
        is one cell of its own (read as plain lines: a layout row, a caption across the table)."""
        cells, self.row = self.row or [], None
        if self.cells_read and self.carried:
            self.row = cells
            self._fill_carried(max(self.carried))
            self.row = None
        plain = self.cells_read == 1 and not self.filled
        self.cells_read = self.filled = 0
        return cells, plain

    def _fill_carried(self, last: int) -> None:
        """Put an empty cell in each place up to column ``last`` that a rowspan covers."""
        while len(self.row) <= last and len(self.row) in self.carried:
            column = len(self.row)
            self.row.append("")
            self.filled += 1
            self.carried[column] -= 1
            if not self.carried[column]:
                del self.carried[column]


def _source_width(table) -> int:
    """The most cells of the table's rows in the source (spans counted once; rows of
    tables inside it counted too, which errs on the wide side)."""
    widest = 1
    for measured, row in enumerate(table.css("tr")):
        if measured == MAX_ROWS_MEASURED:
            return max(widest, MAX_COLSPAN)
        widest = max(widest, sum(1 for cell in row.iter() if cell.tag in ("td", "th")))
    return widest


class _LineBuilder:
    """Collects source lines from enter/leave/text events.

    Portals lay pages out with tables: a table nested in a cell makes the outer
    one a layout table, and a row of one cell is read as plain lines, so only
    rows of two or more cells become table rows.
    """

    def __init__(self):
        self.lines: list[SourceLine] = []
        self.buffer: list[str] = []
        self.tables: list[_Table] = []
        self.pre_depth = 0

    @property
    def _cell(self) -> list[str] | None:
        return self.tables[-1].cell if self.tables else None

    def text(self, value: str) -> None:
        if not self.pre_depth:
            value = _WHITESPACE.sub(" ", value)
        cell = self._cell
        (cell if cell is not None else self.buffer).append(value)

    def break_line(self) -> None:
        cell = self._cell
        if cell is not None:
            cell.append("\n")  # a line break in a cell: a space, or a new line of a one-cell row
            return
        self._add_lines("".join(self.buffer))
        self.buffer = []

    def _add_lines(self, text: str) -> None:
        for raw in text.split("\n"):
            cleaned = clean_line(raw)
            if cleaned:
                self.lines.append(SourceLine(cleaned))

    def enter(self, tag: str, node=None) -> None:
        table = self.tables[-1] if self.tables else None
        data_table = table is not None and not table.layout
        if tag == "table":
            if table is not None and table.cell is not None:
                self._make_layout(table)
            self.break_line()
            self.tables.append(_Table(node))
        elif tag == "tr" and data_table and table.cell is None:
            self.break_line()
            table.row = []
        elif tag in ("td", "th") and data_table and table.row is not None and table.cell is None:
            table.open_cell(node)
        elif tag == "br":
            self.break_line()
        elif tag == "pre":
            self.pre_depth += 1
            self.break_line()
        elif tag in _BLOCKS or tag in ("tr", "td", "th"):
            self.break_line()

    def leave(self, tag: str) -> None:
        table = self.tables[-1] if self.tables else None
        data_table = table is not None and not table.layout
        if tag == "table" and table is not None:
            if table.cell is not None and table.row is not None:  # a cell left open by a skipped </td>
                table.close_cell()
            table.cell = None
            self._end_row(table)
            self.tables.pop()
            self.break_line()
        elif tag in ("td", "th") and data_table and table.cell is not None:
            table.close_cell()
        elif tag == "tr" and data_table and table.cell is None:
            self._end_row(table)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
            self.break_line()
        elif tag in _BLOCKS or tag in ("tr", "td", "th"):
            self.break_line()

    def _end_row(self, table: _Table) -> None:
        cells, plain = table.close_row()
        if not cells:
            return
        if plain:
            self._add_lines(cells[0])
            return
        cleaned = tuple(clean_line(cell.replace("\n", " ")) for cell in cells)
        if any(cleaned):
            self.lines.append(SourceLine(" | ".join(cleaned), cleaned))

    def _make_layout(self, table: _Table) -> None:
        """A table inside this one's cell: what it held so far is read as plain lines."""
        for cell in (table.row or []) + ["".join(table.cell)]:
            self._add_lines(cell)
        table.row = table.cell = None
        table.layout = True


# Nesting no real page reaches (browsers stop at 512): deeper tags are dropped before lexbor
# sees them, whose tree building slows down with depth (100,000 nested divs took 33 s).
MAX_DEPTH = 512
# Tags counted for the depth: those a page must close; <p>, <li>, <td> ... often stay open.
_TAG = lazy_pattern(
    r"<!--.*?-->|<(script|style|textarea|title|xmp|plaintext)\b.*?</\1\s*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>", re.S | re.I)
_NOT_COUNTED = frozenset({
    "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "colgroup", "option",
    "optgroup", "rb", "rt", "rp", "html", "head", "body",
    # void elements: never closed
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex", "nextid",
})


def within_depth(markup: str, limit: int = MAX_DEPTH) -> str:
    """The markup with the tags nested deeper than ``limit`` left out (their text kept)."""
    if markup.count("<") < limit:
        return markup
    open_tags: list[str] = []
    dropped: dict[str, int] = {}  # per tag name: opened too deep, their closing tags to drop
    cuts: list[tuple[int, int]] = []
    for match in _TAG.finditer(markup):
        name = match.group(3)
        if name is None or match.group(0).endswith("/>"):
            continue  # a comment, a script, a self-closed tag
        name = name.lower()
        if name in _NOT_COUNTED:
            continue
        if not match.group(2):  # an opening tag
            if len(open_tags) < limit:
                open_tags.append(name)
            else:
                dropped[name] = dropped.get(name, 0) + 1
                cuts.append(match.span())
        elif dropped.get(name):
            dropped[name] -= 1
            cuts.append(match.span())
        elif name in open_tags:
            while open_tags.pop() != name:
                pass
    if not cuts:
        return markup
    pieces, start = [], 0
    for cut_start, cut_end in cuts:
        pieces.append(markup[start:cut_start])
        start = cut_end
    pieces.append(markup[start:])
    return "".join(pieces)


def html_lines(markup: str, progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    """Source lines of the page's body, and the page's <title> as a fallback title.

    ``progress`` is called every STEP elements (not knowing how many there are, with 0.0 then
    a share that creeps towards the end of the front end's part), so that it may stop the walk.
    """
    from selectolax.lexbor import LexborHTMLParser  # only web pages need it (2 MB)

    tree = LexborHTMLParser(within_depth(markup))
    root = tree.body or tree.root
    builder = _LineBuilder()
    if root is not None:
        _walk(root, builder, progress)
    builder.break_line()
    return builder.lines, _page_title(tree)


def _page_title(tree) -> str | None:
    """The h1, else an element classed like a title, else the <title> less the site's name."""
    for selector in (_TITLE_SELECTOR, _TITLE_CLASS_SELECTOR):
        for node in tree.css(selector):
            text = clean_line(node.text(separator=""))
            if 0 < len(text) <= MAX_TITLE and not _in_furniture(node):
                return text
    title_node = tree.css_first("title")
    return (_document_part(clean_line(title_node.text())) or None) if title_node is not None else None


def _in_furniture(node) -> bool:
    while node is not None and node.tag not in ("body", "html"):
        if _is_skipped(node):
            return True
        node = node.parent
    return False


# Portals title a page "document_column_site", "document - site", "document-site" or "document|site".
_TITLE_SUFFIX = lazy_pattern(r"\s*(?:_|[|｜]|\s-\s|(?<=[^\d\s-])-(?=[^\d\s-])|——)\s*")
MIN_TITLE_PART = 4


def _document_part(page_title: str) -> str:
    first = _TITLE_SUFFIX.split(page_title, maxsplit=1)[0]
    return first if len(first) >= MIN_TITLE_PART else page_title


def _walk(root, builder: _LineBuilder, progress: Progress | None = None) -> None:
    """Depth-first over the tree with enter/leave events, iteratively. Each node's properties
    are read once: every one is a call into lexbor (a 10,000-row table has 270,000 nodes)."""
    node = root.child
    root_id = root.mem_id
    text, enter, leave = builder.text, builder.enter, builder.leave
    visited = 0
    while node is not None:
        visited += 1
        if progress is not None and visited % STEP == 0:
            progress(0.3 * visited / (visited + 100 * STEP))
        child = None
        if node.is_text_node:
            text(node.text_content or "")
        elif node.is_element_node:
            tag = node.tag
            if not _is_skipped(node, tag):
                enter(tag, node)
                child = node.child
                if child is None:
                    leave(tag)
        if child is not None:
            node = child
            continue
        following = node.next
        while following is None:
            node = node.parent
            if node is None or node.mem_id == root_id:
                return
            leave(node.tag)
            following = node.next
        node = following
