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

from ..model import BlockKind, Document
from .lazy_pattern import lazy_pattern
from .lines import SourceLine

# 广州市人民政府文件, 中共XX市委办公室 XX市人民政府办公室文件; not a title (关于转发…的文件).
_RED_HEADER = lazy_pattern(r"^(?!关于)(\S[^关的，。、]{1,38}?)\s*文\s*件$")
_FILE_ALONE = lazy_pattern(r"^()文\s*件$")  # under the issuers it follows
# An issuer's name alone on its line: an organ's (办公室, 人民政府, 市委), no sentence.
_ISSUER = lazy_pattern(r"^[^，。、：:；;,（(]{2,30}(?:办公室|办公厅|委员会|人民政府|政府|[省市县区州盟旗]委|局|厅|部|院|会)$")
# Where one issuer's name ends and the next begins, when a cell holds two lines run together.
_ORGAN_END = lazy_pattern(r"(?:(?<=办公室)|(?<=办公厅)|(?<=委员会)|(?<=人民政府)|(?<=[省市县区州盟旗]委))(?!办公|员会|\s|$)")
_HEADER_LINES = 3
_IMPRINT_LINE = lazy_pattern(r"^(?:抄\s*送|抄\s*报|分\s*送|发\s*送)\s*[:：]|印\s*发\s*$|^共印\s*\d+\s*份")
_IMPRINT_LINES = 6


def red_header(lines: list[SourceLine]) -> tuple[str | None, list[SourceLine]]:
    """The issuer a 红头 at the top names, and the lines without it.

    Issuers of a joint document stand one over the other: the 文件 after the last one
    (中共XX市委办公室 / XX市人民政府办公室文件), or beside them all, halfway down (a row of
    the page: the issuers' lines, 文件); the issuer is then all of them (A、B).
    """
    for index, line in enumerate(lines[:_HEADER_LINES + 1]):
        if line.is_table_row:
            names = _row_issuers(line.cells)
            if names:
                return "、".join(names), lines[:index] + lines[index + 1:]
            continue
        match = _RED_HEADER.match(line.text) or _FILE_ALONE.match(line.text)
        if match:
            first = index
            while first > 0 and index - first < 2 and _is_issuer(lines[first - 1]):
                first -= 1
            names = [_unspaced(other.text) for other in lines[first:index]] + [_unspaced(match.group(1))]
            names = [name for name in names if name]
            if names:
                return "、".join(names), lines[:first] + lines[index + 1:]
    return None, lines


def _is_issuer(line: SourceLine) -> bool:
    return not line.is_table_row and _ISSUER.match(_unspaced(line.text)) is not None


def _row_issuers(cells: tuple[str, ...]) -> list[str]:
    """The issuers of a row whose last cell is 文件 (a cell over two lines holds two)."""
    if len(cells) < 2 or re.sub(r"\s", "", cells[-1]) != "文件":
        return []
    names = [name for cell in cells[:-1] for line in cell.splitlines()
             for name in _ORGAN_END.split(_unspaced(line.strip())) if name]
    return names if names and all(_ISSUER.match(name) for name in names) else []


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
        metadata = metadata._replace(publisher=issuer)
    number = next((b.text for b in document.blocks if b.kind is BlockKind.DOCUMENT_NUMBER), None)
    if issuer and number and metadata.document_number is None:
        metadata = metadata._replace(document_number=number)
    return document._replace(metadata=metadata)
