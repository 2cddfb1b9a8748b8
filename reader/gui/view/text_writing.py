"""Writing the model's text into a QTextDocument: for the screen (page_building.py) and,
the card labels and enumeration markers, for print (printing.py).

Runs spaced for pinyin, enumeration markers in bold, the catalogue card's lines; tables are
written by table_writing.py.
"""
from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

from ...core.block_writing import CARD_FIELDS, CardValues, card_values, marked_runs
from ...core.model import Block, Document

# Patterns compiled when first asked for (pinyin shown), not on the way to the first window.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"


@functools.cache
def natural_runs(uncommon_only: bool) -> re.Pattern:
    """With pinyin shown, the runs of text that keep their own spacing: those that carry no
    syllables. Every run without hanzi (numbers, dates, Latin letters, punctuation: "2 0 2 0 -
    1 2 - 2 5" is hard to read); with pinyin over uncommon characters only, the common ones too
    (3,755 characters in a class)."""
    if not uncommon_only:
        return re.compile(f"[^{_HAN}]+")
    from ...core.pinyin import common_characters  # GB2312 level 1, without pypinyin

    return re.compile(f"(?:[^{_HAN}]|[{''.join(sorted(common_characters()))}])+")


def insert_text(cursor: QTextCursor, text: str, char_format: QTextCharFormat,
                natural: re.Pattern | None = None) -> None:
    """Insert text. With pinyin shown (``natural``: natural_runs()) the document's font is
    letter-spaced to make room for each syllable; the runs ``natural`` matches keep their own."""
    if natural is None:
        cursor.insertText(text, char_format)
        return
    unspaced = QTextCharFormat(char_format)
    unspaced.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
    unspaced.setFontLetterSpacing(100)
    written = 0
    for run in natural.finditer(text):
        if run.start() > written:
            cursor.insertText(text[written : run.start()], char_format)
        cursor.insertText(run.group(), unspaced)
        written = run.end()
    if written < len(text):
        cursor.insertText(text[written:], char_format)


def insert_text_with_points(cursor: QTextCursor, block: Block, char_format: QTextCharFormat,
                            natural: re.Pattern | None = None) -> None:
    """A block's text, with its enumeration markers (一是, 二是 ...) in bold (screen and print)."""
    marker_format = QTextCharFormat(char_format)
    marker_format.setFontWeight(QFont.Weight.Bold)
    for start, end, marker in marked_runs(block):
        insert_text(cursor, block.text[start:end], marker_format if marker else char_format, natural)


# The catalogue card -----------------------------------------------------------------------
def metadata_labels() -> dict[str, str]:
    """Card labels (core/block_writing.CARD_FIELDS) in the interface language."""
    return {field.name: QCoreApplication.translate("MetadataCard", field.label) for field in CARD_FIELDS}


def with_colon(label: str) -> str:
    """A card label before its value: a full-width colon in Chinese, "label: " in English."""
    return QCoreApplication.translate("MetadataCard", "{label}: ").format(label=label)


def card_rows(document: Document, filled_only: bool = False) -> list[tuple[str, str]]:
    """The catalogue card's lines as shown: each label with its colon, and its value or a dash
    (``filled_only``: only the lines with a value, as read aloud)."""
    return card_lines(card_values(document, filled_only))


def card_lines(values: CardValues) -> list[tuple[str, str]]:
    """The card's lines as shown: each label in the interface language with its colon, and its value."""
    labels = metadata_labels()
    return [(with_colon(labels[field.name]), value) for field, value in values]


def hang_card_line(line: QTextBlockFormat, label_width: float, hanging: bool) -> None:
    """A card line's value hanging under itself (a long one wraps under its start), or not."""
    line.setLeftMargin(8 + label_width if hanging else 8)
    line.setTextIndent(-label_width if hanging else 0)
