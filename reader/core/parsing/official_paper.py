"""The parts of a 公文 as printed on paper that are not its text: the 红头 and the 版记.

A printed document opens with the 红头, the issuer's name in large red type over a rule
(广州市人民政府文件), and closes with the 版记 under a rule at the foot of its last page:
who else receives it (抄送：…) and who printed it when (XX办公室  2020年12月28日印发).
A web page has neither, but a PDF, Word or OFD file of the paper does: the 红头 names the
issuer (the catalogue card's 发布机构 where the document has no card) and is not the title;
the 版记 is kept apart from the body (Document.imprint).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import BlockKind, Document
from .lines import SourceLine

# 广州市人民政府文件, 中共XX市委办公室 XX市人民政府办公室文件; not a title (关于转发…的文件).
_RED_HEADER = re.compile(r"^(\S[^关的，。、]{1,38}?)\s*文\s*件$")
_HEADER_LINES = 3
_IMPRINT_LINE = re.compile(r"^(?:抄\s*送|抄\s*报|分\s*送|发\s*送)\s*[:：]|印\s*发\s*$|^共印\s*\d+\s*份")
_IMPRINT_LINES = 6


def red_header(lines: list[SourceLine]) -> tuple[str | None, list[SourceLine]]:
    """The issuer a 红头 at the top names, and the lines without it."""
    for index, line in enumerate(lines[:_HEADER_LINES + 1]):
        match = _RED_HEADER.match(line.text)
        if match and not line.is_table_row:
            return _unspaced(match.group(1)), lines[:index] + lines[index + 1:]
    return None, lines


def _unspaced(issuer: str) -> str:
    """花 都 区 人 民 政 府 set letter-spaced across the page, read as its name."""
    parts = issuer.split()
    return "".join(parts) if len(parts) > 2 and all(len(part) == 1 for part in parts) else issuer


def imprint(lines: list[SourceLine]) -> tuple[tuple[str, ...], list[SourceLine]]:
    """The 版记 lines at the very end, and the lines before them."""
    content = [index for index, line in enumerate(lines) if line.text]
    start = None
    for index in reversed(content[-_IMPRINT_LINES:]):
        if not _IMPRINT_LINE.search(lines[index].text):
            break
        start = index
    if start is None:
        return (), lines
    return tuple(line.text for line in lines[start:] if line.text), lines[:start]


def with_paper_parts(document: Document, issuer: str | None) -> Document:
    """The issuer the 红头 names and the 文号 under it fill the card where the document has none."""
    metadata = document.metadata
    if issuer and metadata.publisher is None:
        metadata = replace(metadata, publisher=issuer)
    number = next((b.text for b in document.blocks if b.kind is BlockKind.DOCUMENT_NUMBER), None)
    if issuer and number and metadata.document_number is None:
        metadata = replace(metadata, document_number=number)
    return replace(document, metadata=metadata)
