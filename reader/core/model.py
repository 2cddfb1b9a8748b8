"""The document model: what a parsed government document is made of.

A Document is immutable once parsed. Every block's text lives in ``Document.text``
(blocks joined by newlines), so sentences, search hits, bookmarks and the reading
cursor can all address the document by character offset.

The records are NamedTuples, not dataclasses: Python 3.11's dataclass compiles six methods from
source text per class as the module loads (~1 ms a class, ~8 ms for the model on the way to the
first window, issue #15), where a NamedTuple is made in ~0.1 ms and its instances are made faster
(the parse cache rebuilds ~25,000 of them for a 2 MB document). Being tuples, records of equal
values compare equal to any tuple of those values; nothing here relies on the difference.
``Document`` is a plain class with slots instead: search and pinyin keep weak references to it,
which a tuple cannot have. Annotations are not postponed here (no ``from __future__ import
annotations``): NamedTuple would compile each field's annotation string (~10 us a field).
"""
from enum import Enum
from operator import attrgetter
from typing import NamedTuple


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


class Metadata(NamedTuple):
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
        return self._asdict()

    def is_empty(self) -> bool:
        return all(value is None for value in self)


class Point(NamedTuple):
    """An enumeration marker inside a paragraph (一是, 二是 ...), offset within the block."""

    offset: int
    marker: str


class Block(NamedTuple):
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


class Sentence(NamedTuple):
    """A sentence: its span of Document.text and the block it is in."""

    start: int
    end: int
    block: int  # index into Document.blocks


class Heading(NamedTuple):
    """A node of the outline; ``block`` indexes Document.blocks."""

    level: int
    label: str
    title: str
    block: int
    children: tuple["Heading", ...] = ()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class TocEntry(NamedTuple):
    """A line of the document's own 目录: the heading it names, as printed there."""

    text: str  # the line as printed, page number included
    label: str  # 第一章, 一、 …; empty for an entry without one
    title: str
    level: int  # 1 for the entries of the highest rank in this 目录


class Signature(NamedTuple):
    """Who issued the document (落款) and when."""

    issuer: str | None = None
    date: str | None = None  # ISO date


class Document:
    """A parsed document: its text, blocks, sentences, outline and metadata. Immutable, compared
    and hashed by its fields, changed copies made with ``_replace`` (as the NamedTuples above)."""

    __slots__ = ("title", "metadata", "blocks", "outline", "signature", "sentences", "source_name", "text", "toc",
                 "imprint", "__weakref__")
    _fields = __slots__[:-1]

    title: str | None
    metadata: Metadata
    blocks: tuple[Block, ...]
    outline: tuple[Heading, ...]
    signature: Signature
    sentences: tuple[Sentence, ...]
    source_name: str
    text: str  # left out of repr
    toc: tuple[TocEntry, ...]  # the document's own 目录, when it prints one
    imprint: tuple[str, ...]  # the 版记 of a printed document (抄送, 印发), kept out of the text

    def __init__(self, title: str | None, metadata: Metadata, blocks: tuple[Block, ...], outline: tuple[Heading, ...],
                 signature: Signature, sentences: tuple[Sentence, ...], source_name: str = "", text: str = "",
                 toc: tuple[TocEntry, ...] = (), imprint: tuple[str, ...] = ()):
        values = (title, metadata, blocks, outline, signature, sentences, source_name, text, toc, imprint)
        for name, value in zip(self._fields, values):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"a Document is immutable: {name}")

    def __delattr__(self, name):
        raise AttributeError(f"a Document is immutable: {name}")

    def _replace(self, **changes) -> "Document":
        """A copy with the named fields changed."""
        unknown = changes.keys() - set(self._fields)
        if unknown:
            raise ValueError(f"not fields of a Document: {sorted(unknown)}")
        return Document(**{name: changes.get(name, getattr(self, name)) for name in self._fields})

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _document_values(self) == _document_values(other)

    def __hash__(self):
        return hash(_document_values(self))

    def __repr__(self):
        shown = (f"{name}={getattr(self, name)!r}" for name in self._fields if name != "text")
        return f"Document({', '.join(shown)})"

    def __reduce__(self):  # copy and pickle: __setattr__ refuses the usual way
        return Document, _document_values(self)

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


_document_values = attrgetter(*Document._fields)
