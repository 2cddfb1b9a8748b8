"""What each Read Aloud command reads, as the transport takes it: sentence indices of the model
(with, for a selection, the span of the text to clip them to), or lines that are no sentences of
the text (the catalogue card, a selection inside it)."""
from __future__ import annotations

from dataclasses import dataclass

from ...core.model import Document


@dataclass(frozen=True)
class Passage:
    sentences: range | list[int] = ()
    clip: tuple[int, int] | None = None  # read only this span of the text
    lines: tuple[str, ...] = ()  # or these lines, which are no sentences


def paragraph_from(document: Document, sentence: int) -> list[int]:
    """The sentences of the sentence's paragraph, from it on."""
    block = document.sentences[sentence].block
    unit = [sentence]
    while unit[-1] + 1 < len(document.sentences) and document.sentences[unit[-1] + 1].block == block:
        unit.append(unit[-1] + 1)
    return unit


def unit_at(document: Document, sentence: int, paragraph: bool) -> list[int]:
    """The sentence, or the sentences of its paragraph from it on."""
    return paragraph_from(document, sentence) if paragraph else [sentence]


def section_at(document: Document, navigator, sentence: int) -> range | list[int]:
    """The section the sentence is in; before the first heading, up to it."""
    from ...speech.export import section_sentences

    heading = navigator.current_heading(sentence)
    if heading is not None:
        return section_sentences(document, heading)
    first = next(iter(document.headings()), None)
    end = navigator.first_sentence(first.block) if first is not None else None
    return range(0, end if end is not None else len(document.sentences))


def card_lines(document: Document | None) -> list[str]:
    """The catalogue card's filled lines, each label with its value."""
    from ..view.text_writing import card_rows

    if document is None or document.metadata.is_empty():
        return []
    return [label + value for label, value in card_rows(document, filled_only=True)]


def selection_passage(view, document: Document | None, navigator) -> Passage | None:
    """The view's selection: the sentences it spans clipped to it, or its lines when it is all in
    the card (or there is no text); None when nothing is selected, an empty Passage when it holds
    nothing to read."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return None
    lines = (cursor.selectedText().replace("\u2029", "\n"),)
    if document is None or navigator is None or not document.sentences:
        return Passage(lines=lines)
    first, last = cursor.selectionStart(), cursor.selectionEnd()
    body = view.block_position(0) if document.blocks else 0
    if last <= body:  # all in the catalogue card
        return Passage(lines=lines)
    start, end = view.view_to_model(max(first, body)), view.view_to_model(last)
    if end <= start:
        return Passage()
    sentences = range(navigator.sentence_at(start), navigator.sentence_at(max(end - 1, start)) + 1)
    return Passage(sentences, clip=(start, end))
