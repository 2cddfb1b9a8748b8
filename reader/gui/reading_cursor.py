"""The reading cursor: the sentence (and its paragraph) the reader is at.

It is marked in the view, kept in sight, follows clicks and caret moves, is
announced to screen readers when it jumps, and is remembered per document.
Read-aloud, bookmarks and the caption bar take their place from it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat

from ..core.model import Document
from ..core.navigation import Navigator
from ..core.positions import ReadingPositions
from ..core.schemes import DEFAULT_SCHEME, SCHEMES
from .announce import announce

SAVE_DELAY_MS = 800  # positions are saved shortly after the reader stops moving


class ReadingCursor(QObject):
    moved = Signal(int)  # sentence index

    def __init__(self, view, positions: ReadingPositions | None = None, parent=None, colours=None):
        super().__init__(parent)
        self.view = view
        # The scheme's colours (the sentence in reverse and underlined: not told by hue alone).
        self.colours = colours or (lambda: SCHEMES[DEFAULT_SCHEME])
        self.positions = positions or ReadingPositions()
        self.navigator: Navigator | None = None
        self.sentence = 0
        self.path = ""
        self._moving = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        view.cursorPositionChanged.connect(self._follow_caret)
        view.rebuilt.connect(self._mark)

    @property
    def document(self) -> Document | None:
        return self.navigator.document if self.navigator else None

    def set_document(self, document: Document, path: str = "", navigator: Navigator | None = None) -> None:
        """Start on a newly shown document where the reader last left it.

        ``navigator``: the document's, made beforehand (document_loader.py makes it in its thread).
        """
        self.save()
        self.navigator = navigator or Navigator(document)
        self.path = path
        remembered = self.positions.get(document, path)
        self.sentence = remembered or 0
        if not document.sentences:
            return
        if remembered:
            self._show(self.sentence)
        self._mark()
        self.moved.emit(self.sentence)
        if remembered:
            self._bring_into_view(top=True)
        else:  # a first reading starts at the very top, the catalogue card in sight; the
            # caret goes there too, or Qt would scroll back to it at the next layout change
            self._moving = True
            cursor = self.view.textCursor()
            cursor.setPosition(0)
            self.view.setTextCursor(cursor)
            self._moving = False
            self.view.verticalScrollBar().setValue(0)

    def move_to(self, sentence: int | None, announcement: str | None = None) -> bool:
        """Jump to a sentence, keep it in sight and tell screen readers; False if nowhere to go."""
        if sentence is None or self.navigator is None or not self.document.sentences:
            return False
        self._show(sentence)
        self.sentence = sentence
        self._mark()
        self._bring_into_view()
        self.moved.emit(sentence)
        self._save_timer.start()
        if announcement is None:
            announcement = self.sentence_text()
        if announcement:
            announce(self.view, announcement)
        return True

    def keep_place(self, sentence: int) -> None:
        """Remember a sentence as the reader's place without marking it or scrolling (reading
        aloud with its highlight off); the mark catches up at the next move."""
        if self.navigator is None or not 0 <= sentence < len(self.document.sentences):
            return
        self.sentence = sentence
        self._save_timer.start()

    def sentence_text(self) -> str:
        return self.document.sentence_text(self.document.sentences[self.sentence]) if self.document else ""

    def paragraph_text(self) -> str:
        if not self.document:
            return ""
        return self.document.blocks[self.navigator.block_of(self.sentence)].text

    def save(self) -> None:
        self._save_timer.stop()
        if self.document is not None and self.document.sentences:
            self.positions.remember(self.document, self.sentence, self.path)

    def _show(self, sentence: int) -> None:
        """Show the view's part holding the sentence (a document shown in parts: document_view.py)."""
        show_offset = getattr(self.view, "show_offset", None)
        if show_offset is None or self.document is not getattr(self.view, "document_model", None):
            return
        self._moving = True  # the caret starts the new part: not a move of the reader's
        try:
            show_offset(self.document.sentences[sentence].start)
        finally:
            self._moving = False

    # Marking ----------------------------------------------------------------
    def refresh(self) -> None:
        """Mark again, in the colours of a new scheme."""
        caret = self.view.textCursor()
        scrolled = self.view.verticalScrollBar().value()
        self._moving = True
        self._mark()  # moves the caret, which would scroll the view: put both back
        self.view.setTextCursor(caret)
        self.view.verticalScrollBar().setValue(scrolled)
        self._moving = False

    def _mark(self) -> None:
        document = self.document
        if document is None or not document.sentences:
            return
        sentence = document.sentences[self.sentence]
        block = document.blocks[sentence.block]
        scheme = self.colours()
        paragraph_format = QTextCharFormat()
        paragraph_format.setBackground(QColor(scheme.paragraph))
        sentence_format = QTextCharFormat()
        sentence_format.setBackground(QColor(scheme.sentence))
        sentence_format.setForeground(QColor(scheme.sentence_text))
        sentence_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        sentence_format.setUnderlineColor(QColor(scheme.underline))
        self.view.set_highlight_ranges("reading-paragraph", [(block.start, block.end, paragraph_format)])
        self.view.set_highlight_ranges("reading-sentence", [(sentence.start, sentence.end, sentence_format)])
        self._moving = True
        cursor = self.view.textCursor()
        cursor.setPosition(self.view.model_to_view(sentence.start))
        self.view.setTextCursor(cursor)
        self._moving = False

    def _bring_into_view(self, top: bool = False) -> None:
        """Scroll only when the sentence is out of sight; then put it a third of the way down."""
        sentence = self.document.sentences[self.sentence]
        y = self.view.offset_top(sentence.start)
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        line = self.view.line_pitch_px() * 2
        if top or not (bar.value() <= y and y + line <= bar.value() + height):
            bar.setValue(int(y - (0 if top else height / 3)))

    def _follow_caret(self) -> None:
        """A click or caret move in the text moves the reading cursor there (no announcement)."""
        if self._moving or self.navigator is None or not self.document.sentences:
            return
        if getattr(self.view, "document_model", self.document) is not self.document:
            return  # the view shows the next document already: the place in this one stays as it was
        offset = self.view.view_to_model(self.view.textCursor().position())
        sentence = self.navigator.sentence_at(offset)
        if sentence != self.sentence:
            self.sentence = sentence
            self.refresh()
            self.moved.emit(sentence)
            self._save_timer.start()

