"""Saved web pages front end: HTML to source lines, nothing executed or fetched.

Lexbor parses the page; we walk it without recursion (pages can nest thousands
deep), skip scripts, forms, frames and page navigation, break lines at block
elements and turn table rows into rows of cells.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .lines import SourceLine, clean_line

_SKIPPED = frozenset({
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
    "template", "form", "input", "button", "select", "textarea", "option", "svg", "math",
    "canvas", "audio", "video", "map", "nav", "footer", "aside", "head", "title", "link", "meta",
    "img", "picture", "source", "dialog",
})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "address", "figure",
    "figcaption", "hr", "table", "caption", "tbody", "thead", "tfoot", "body", "html", "fieldset",
})
_CHROME_CLASS_TOKENS = frozenset({
    "nav", "navbar", "menu", "footer", "foot", "breadcrumb", "crumb", "crumbs", "share",
    "toolbar", "sidebar", "copyright", "login", "search", "bdsharebuttonbox",
})
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")


def _is_skipped(node) -> bool:
    if node.tag in _SKIPPED:
        return True
    attributes = node.attributes
    if "hidden" in attributes or "display:none" in (attributes.get("style") or "").replace(" ", ""):
        return True
    classes = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return any(token in _CHROME_CLASS_TOKENS for token in _TOKEN_SPLIT.split(classes))


class _LineBuilder:
    def __init__(self):
        self.lines: list[SourceLine] = []
        self.buffer: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.pre_depth = 0

    def text(self, value: str) -> None:
        if not self.pre_depth:
            value = _WHITESPACE.sub(" ", value)
        (self.cell if self.cell is not None else self.buffer).append(value)

    def break_line(self) -> None:
        if self.cell is not None:
            self.cell.append(" ")
            return
        for raw in "".join(self.buffer).split("\n"):
            cleaned = clean_line(raw)
            if cleaned:
                self.lines.append(SourceLine(cleaned))
        self.buffer = []

    def enter(self, tag: str) -> None:
        if tag == "tr" and self.cell is None:
            self.break_line()
            self.row = []
        elif tag in ("td", "th") and self.row is not None and self.cell is None:
            self.cell = []
        elif tag == "br":
            self.break_line()
        elif tag == "pre":
            self.pre_depth += 1
            self.break_line()
        elif tag in _BLOCKS:
            self.break_line()

    def leave(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(clean_line("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.cell is None:
            cells = tuple(self.row)
            if any(cells):
                self.lines.append(SourceLine(" | ".join(cells), cells))
            self.row = None
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
            self.break_line()
        elif tag in _BLOCKS:
            self.break_line()


def html_lines(markup: str) -> tuple[list[SourceLine], str | None]:
    """Source lines of the page's body, and the page's <title> as a fallback title."""
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    page_title = _document_part(clean_line(title_node.text())) if title_node is not None else None
    root = tree.body or tree.root
    builder = _LineBuilder()
    if root is not None:
        _walk(root, builder)
    builder.break_line()
    return builder.lines, page_title or None


# Portals title a page "document_column_site" or "document - site".
_TITLE_SUFFIX = re.compile(r"\s*(?:_|\s[-|｜]\s|——)\s*")
MIN_TITLE_PART = 4


def _document_part(page_title: str) -> str:
    first = _TITLE_SUFFIX.split(page_title, maxsplit=1)[0]
    return first if len(first) >= MIN_TITLE_PART else page_title


def _walk(root, builder: _LineBuilder) -> None:
    """Depth-first over the tree with enter/leave events, iteratively."""
    node = root.child
    while node is not None:
        descend = False
        if node.is_text_node:
            builder.text(node.text_content or "")
        elif node.is_element_node and not _is_skipped(node):
            builder.enter(node.tag)
            descend = node.child is not None
            if not descend:
                builder.leave(node.tag)
        if descend:
            node = node.child
            continue
        while node is not None and node.next is None:
            node = node.parent
            if node is None or node.mem_id == root.mem_id:
                return
            builder.leave(node.tag)
        node = node.next if node is not None else None
