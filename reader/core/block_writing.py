"""The seam every writer of a Document goes through: the screen's page (gui/view/page_building.py),
the printed page (gui/output/printing.py) and the HTML, Markdown and text exports (core/export.py). No Qt.

A writer is a BlockWriter with one method per BlockKind, and ``card`` for the catalogue card;
``write_block`` calls the one for a block's kind, ``write_blocks`` every block in turn,
``write_card`` the card when the document has one (where it goes is the writer's: first on
screen, on paper and in plain text, under the title in HTML and Markdown). The defaults say which kinds write alike
where a writer does not tell them apart: an attachment's title as a heading, the date as the
signature, and every other kind as ``text``, a block of running text. So a new kind is one
method here, and each writer decides how it looks by overriding it (or not).

What the writers share besides: the catalogue card's fields and labels, defined here once
(``CARD_FIELDS``), and the runs of a block's text around its enumeration markers (``marked_runs``).
``CardField`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
from collections.abc import Callable, Iterable
from typing import NamedTuple

from .messages import QT_TRANSLATE_NOOP
from .model import Block, Document

MISSING = "—"  # the value of a card field the document lacks


class CardField(NamedTuple):
    """A line of the 政府信息公开 catalogue card."""

    name: str  # the Metadata field
    label: str  # for the interface: translated by the GUI (QCoreApplication.translate("MetadataCard", label))
    printed: str  # as the portals print it: the exports keep the document's language


CARD_FIELDS = (
    CardField("index_number", QT_TRANSLATE_NOOP("MetadataCard", "Index number"), "索引号"),
    CardField("category", QT_TRANSLATE_NOOP("MetadataCard", "Category"), "分类"),
    CardField("publisher", QT_TRANSLATE_NOOP("MetadataCard", "Publisher"), "发布机构"),
    CardField("written_date", QT_TRANSLATE_NOOP("MetadataCard", "Date written"), "成文日期"),
    CardField("name", QT_TRANSLATE_NOOP("MetadataCard", "Name"), "名称"),
    CardField("document_number", QT_TRANSLATE_NOOP("MetadataCard", "Document number"), "文号"),
    CardField("published_date", QT_TRANSLATE_NOOP("MetadataCard", "Date published"), "发布日期"),
    CardField("subject_words", QT_TRANSLATE_NOOP("MetadataCard", "Subject words"), "主题词"),
    CardField("source", QT_TRANSLATE_NOOP("MetadataCard", "Source"), "来源"),
)  # in the order of model.METADATA_FIELDS
CardValues = list[tuple[CardField, str]]  # each field of the card with its value (card_values)


def card_values(document: Document, filled_only: bool = False) -> CardValues:
    """The card's fields with their values, MISSING for those the document lacks (``filled_only``:
    only the fields with a value)."""
    values = document.metadata.as_dict()
    return [(field, values[field.name] or MISSING) for field in CARD_FIELDS if values[field.name] or not filled_only]


def marked_runs(block: Block) -> list[tuple[int, int, bool]]:
    """The block's text cut at its enumeration markers (一是, 二是 ...): (start, end, is_marker)."""
    pieces, written = [], 0
    for point in block.points:
        if point.offset > written:
            pieces.append((written, point.offset, False))
        end = point.offset + len(point.marker)
        pieces.append((point.offset, end, True))
        written = end
    if written < len(block.text) or not pieces:
        pieces.append((written, len(block.text), False))
    return pieces


class BlockWriter:
    """One method per BlockKind (named by its value); ``text``, ``table`` and ``card`` are every
    writer's own."""

    def card(self, values: CardValues) -> None:
        """The catalogue card: every field (card_values), MISSING for those the document lacks."""
        raise NotImplementedError

    def text(self, block: Block) -> None:
        """A block of running text, in no style of its kind."""
        raise NotImplementedError

    def table(self, block: Block) -> None:
        raise NotImplementedError

    def title(self, block: Block) -> None:
        self.text(block)

    def document_number(self, block: Block) -> None:  # 文号 under the title
        self.text(block)

    def heading(self, block: Block) -> None:
        self.text(block)

    def paragraph(self, block: Block) -> None:
        self.text(block)

    def signature(self, block: Block) -> None:
        self.text(block)

    def date(self, block: Block) -> None:
        self.signature(block)

    def attachment(self, block: Block) -> None:  # the title line of an attachment (附件)
        self.heading(block)

    def imprint(self, block: Block) -> None:  # a line of the 版记 (抄送, 印发)
        self.text(block)

    def begin_block(self, block: Block) -> None:
        """Called before the method of every block's kind (a writer that closes what the last one opened)."""


def write_card(writer: BlockWriter, document: Document) -> bool:
    """Write the document's catalogue card, if it has one; whether it had."""
    if document.metadata.is_empty():
        return False
    writer.card(card_values(document))
    return True


def write_block(writer: BlockWriter, block: Block) -> None:
    """Write one block with the writer's method for its kind."""
    writer.begin_block(block)
    getattr(writer, block.kind.value)(block)


def write_blocks(writer: BlockWriter, blocks: Iterable[Block], pause: Callable[[], None] | None = None) -> None:
    """Write blocks in turn; ``pause``, called before each, lets a writer in a background thread
    give way to the window."""
    for block in blocks:
        if pause is not None:
            pause()
        write_block(writer, block)
