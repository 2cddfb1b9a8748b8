"""Text and saved web pages to a Document (pure Python, no Qt)."""
from __future__ import annotations

import os

from ..decoding import LoadedText, decode_document
from ..loading import MSG_NO_TEXT, LoadError, read_document_bytes
from ..model import Document
from . import formats
from .lines import SourceLine
from .long_lines import cut_long_lines
from .progress import Progress, report
from .structure import build_document
from .text import text_lines

# Shares of the work: the front end (lines), then the structure.
FRONT_END_DONE = 0.3


def parse_loaded(loaded: LoadedText, name: str = "", progress: Progress | None = None) -> Document:
    """The Document of decoded text; ``progress`` reports the share done and may raise to stop."""
    report(progress, 0.0)
    if loaded.is_html:
        from .html import html_lines  # loaded by the first web page, not on the way to the window

        lines, page_title = html_lines(loaded.text, progress)
    else:
        lines, page_title = text_lines(loaded.text, progress), None
    return _parse_lines(lines, page_title, name, progress)


def _parse_lines(lines: list[SourceLine], page_title: str | None, name: str, progress: Progress | None,
                 imprint: tuple[str, ...] = ()) -> Document:
    report(progress, FRONT_END_DONE)
    document = build_document(cut_long_lines(lines), source_name=name, title_hint=page_title, progress=progress,
                              imprint=imprint)
    if not document.blocks:
        raise LoadError(MSG_NO_TEXT, path=name)
    return document


def parse_bytes(data: bytes, name: str = "", progress: Progress | None = None) -> Document:
    kind = formats.sniff(data, name)
    if kind:  # PDF, Word, OFD: their own front end, loaded now
        from . import official_paper

        report(progress, 0.0)
        lines, title = formats.format_lines(kind, data, name, progress)
        issuer, lines = official_paper.red_header(lines)
        printed, lines = official_paper.imprint(lines)
        return official_paper.with_paper_parts(_parse_lines(lines, title, name, progress, printed), issuer)
    return parse_loaded(decode_document(data, name), name, progress)


def parse_file(path: str | os.PathLike, progress: Progress | None = None) -> Document:
    return parse_bytes(read_document_bytes(path), str(path), progress)
