"""Text and saved web pages to a Document (pure Python, no Qt)."""
from __future__ import annotations

import os

from ..loading import MSG_NO_TEXT, LoadedText, LoadError, decode_document, read_document_bytes
from ..model import Document
from .html import html_lines
from .structure import build_document
from .text import text_lines


def parse_loaded(loaded: LoadedText, name: str = "") -> Document:
    if loaded.is_html:
        lines, page_title = html_lines(loaded.text)
    else:
        lines, page_title = text_lines(loaded.text), None
    document = build_document(lines, source_name=name, title_hint=page_title)
    if not document.blocks:
        raise LoadError(MSG_NO_TEXT, path=name)
    return document


def parse_bytes(data: bytes, name: str = "") -> Document:
    return parse_loaded(decode_document(data, name), name)


def parse_file(path: str | os.PathLike) -> Document:
    return parse_bytes(read_document_bytes(path), str(path))
