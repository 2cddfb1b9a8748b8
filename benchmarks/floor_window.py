"""The floor under the reader's start-up: the bare window plus the least a reader must add.

The bare window (bare_window.py) with the reader's own parser: the document parsed
(reader.core.parsing) and shown as formatted text, its title and headings as HTML
headings and its paragraphs as paragraphs. No menus, toolbar, outline, settings or
translations: any reader that understands the document pays at least this much, so a
start-up target below this ratio cannot be met by an interface built on top of it.

    python benchmarks/floor_window.py [FILE] [--paint]     (default: the bundled sample report;
                                                           --paint: rendered once, as bare_window.py)
"""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout's reader package

from bare_window import show_in_window  # beside this file, after the path is set

HEADING_TAGS = {0: "h1", 1: "h2", 2: "h3", 3: "h4"}


def parsed_and_formatted(browser, path: Path) -> None:
    from reader.core.model import BlockKind
    from reader.core.parsing import parse_file

    document = parse_file(path)
    html = []
    for block in document.blocks:
        tag = {BlockKind.TITLE: "h1", BlockKind.HEADING: HEADING_TAGS.get(block.level, "h4")}.get(block.kind, "p")
        html.append(f"<{tag}>{escape(block.text)}</{tag}>")
    browser.setHtml("".join(html))


def main(argv: list[str] | None = None) -> int:
    return show_in_window(parsed_and_formatted, argv)


if __name__ == "__main__":
    sys.exit(main())
