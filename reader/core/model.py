"""The document model: what a parsed government document is made of.

A Document is immutable once parsed. Every block's text lives in ``Document.text``
(blocks joined by newlines), so sentences, search hits, bookmarks and the reading
cursor can all address the document by character offset.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    TITLE = "title"
    DOCUMENT_NUMBER = "document_number"  # 文号 line under the title, e.g. 国办发〔2019〕2号
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"
    SIGNATURE = "signature"  # the issuing body under the text
    DATE = "date"  # the date under the signature
    ATTACHMENT = "attachment"  # the title line of an attachment (附件)
    IMPRINT = "imprint"  # a line of a printed document's 版记 (抄送, 印发), after everything else

# A table block holds at most this many rows: Qt lays a table out in time that grows faster than
# its rows (500 rows of 8 cells: 4 s, 1,000: 10 s); as tables of at most this many rows, one after
# the other, it takes linear time (parsing/long_lines.py cuts longer ones).
MAX_TABLE_ROWS = 100

METADATA_FIELDS = (
    "index_number",
    "category",
    "publisher",
    "written_date",
    "name",
    "document_number",
    "published_date",
    "subject_words",
    "source",
)


@dataclass(frozen=True)
class Metadata:
    """The 政府信息公开 catalogue block; a field the page lacks is None."""

    index_number: str | None = None
    category: str | None = None
    publisher: str | None = None
    written_date: str | None = None  # ISO date
    name: str | None = None
    document_number: str | None = None
    published_date: str | None = None  # ISO date
    subject_words: str | None = None
    source: str | None = None  # 来源 / 信息来源: who supplied the text to the site

    def as_dict(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in METADATA_FIELDS}

    def is_empty(self) -> bool:
        return all(value is None for value in self.as_dict().values())


@dataclass(frozen=True)
class Point:
    """An enumeration marker inside a paragraph (一是, 二是 ...), offset within the block."""

    offset: int
    marker: str


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, table … of the document: its kind and its text in Document.text."""

    kind: BlockKind
    text: str
    start: int  # offset of the block's text in Document.text
    level: int = 0  # outline depth for headings and attachments, 1 = top
    label: str = ""  # heading label as printed: 一、 （一） 1. （1） 第一章 ...
    title: str = ""  # heading text without its label
    points: tuple[Point, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()  # table cells

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its span of Document.text and the block it is in."""

    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass(frozen=True)
class Heading:
    """A node of the outline; ``block`` indexes Document.blocks."""

    level: int
    label: str
    title: str
    block: int
    children: tuple[Heading, ...] = ()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class TocEntry:
    """A line of the document's own 目录: the heading it names, as printed there."""

    text: str  # the line as printed, page number included
    label: str  # 第一章, 一、 …; empty for an entry without one
    title: str
    level: int  # 1 for the entries of the highest rank in this 目录


@dataclass(frozen=True)
class Signature:
    """Who issued the document (落款) and when."""

    issuer: str | None = None
    date: str | None = None  # ISO date


@dataclass(frozen=True)
class Document:
    """A parsed document: its text, blocks, sentences, outline and metadata."""

    title: str | None
    metadata: Metadata
    blocks: tuple[Block, ...]
    outline: tuple[Heading, ...]
    signature: Signature
    sentences: tuple[Sentence, ...]
    source_name: str = ""
    text: str = field(default="", repr=False)
    toc: tuple[TocEntry, ...] = ()  # the document's own 目录, when it prints one
    imprint: tuple[str, ...] = ()  # the 版记 of a printed document (抄送, 印发), kept out of the text

    def headings(self):
        """All outline nodes in document order."""
        for top in self.outline:
            yield from top.walk()

    def paragraph_count(self) -> int:
        return sum(1 for block in self.blocks if block.kind is BlockKind.PARAGRAPH)

    def character_count(self) -> int:
        return sum(1 for ch in self.text if not ch.isspace())

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]
