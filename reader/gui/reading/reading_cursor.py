"""The reading cursor: the sentence (and its paragraph) the reader is at.

It is marked in the view, kept in sight, follows clicks and caret moves, is
announced to screen readers when it jumps, and is remembered per document.
Read-aloud, bookmarks and the caption bar take their place from it.

One reading position: when the text is laid out anew (elder mode, zoom, pinyin, scheme) or its
viewport changes size (the window, a panel shown or hidden, the caption bar, the toolbar's
lines), the sentence stays where it was on screen, and whole in sight (``_keep_place``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat

from ...core.model import Document
from ...core.navigation import Navigator
from ...core.positions import ReadingPositions
from ...core.schemes import DEFAULT_SCHEME, SCHEMES
from ..announce import announce

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
        # Keeping the sentence in place through layout changes: where it sits on screen is noted
        # as the reader scrolls (not while the text is being laid out) and put back after.
        self._place: tuple[float | None, bool] | None = None
        self._laying_out = False
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(0)
        self._restore_timer.timeout.connect(self._restore_after_resize)
        if hasattr(view, "relayout_starting"):
            view.relayout_starting.connect(self._relayout_starting)
            view.rebuilt.connect(self._relayout_done)
            view.verticalScrollBar().valueChanged.connect(self._note_place)
            view.resizing.connect(self._resizing)  # (a signal: no event filter in Python)

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

    def _mark(self, move_caret: bool = True) -> None:
        """Highlight the sentence and its paragraph; put the caret at the sentence's start
        (not when the caret itself moved the reader: it stays where the arrow keys put it)."""
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
        if not move_caret:
            return
        self._moving = True
        cursor = self.view.textCursor()
        cursor.setPosition(self.view.model_to_view(sentence.start))
        self.view.setTextCursor(cursor)
        self._moving = False

    def _bring_into_view(self, top: bool = False) -> None:
        """Scroll only when the sentence is not whole in sight; then put it a third of the way
        down, or higher if it would not fit whole below that."""
        span = self._span()
        if span is None:
            return
        y, bottom = span
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        if top:
            bar.setValue(int(y))
        elif not (bar.value() <= y and bottom <= bar.value() + height):
            bar.setValue(int(min(y, max(y - height / 3, bottom - height))))
        self._note_place()

    # One reading position -------------------------------------------------------
    def _span(self) -> tuple[float, float] | None:
        """The sentence's top and bottom in the view's document coordinates; None if not shown."""
        document = self.document
        if document is None or not document.sentences or getattr(self.view, "document_model", document) is not document:
            return None
        sentence = document.sentences[self.sentence]
        shows = getattr(self.view, "shows_offset", None)
        if shows is not None and not shows(sentence.start):
            return None
        top = self.view.offset_top(sentence.start)
        last = self.view.offset_top(max(sentence.end - 1, sentence.start))
        return top, last + self.view.line_pitch_px()

    def in_sight(self) -> bool:
        place = self._screen_place()
        return place is not None and place[0] is not None

    def _screen_place(self) -> tuple[float | None, bool] | None:
        """(where the sentence's top is, as a share of the viewport's height, or None when it is
        out of sight; whether the view is scrolled to the very top)."""
        span = self._span()
        if span is None:
            return None
        bar = self.view.verticalScrollBar()
        height = max(self.view.viewport().height(), 1)
        shown = bar.value() <= span[0] < bar.value() + height
        return ((span[0] - bar.value()) / height if shown else None), bar.value() == 0

    def _note_place(self, _value=None) -> None:
        if not self._laying_out and not self._restore_timer.isActive() and not self._moving:
            self._place = self._screen_place()

    def _relayout_starting(self) -> None:
        self._note_place()
        self._laying_out = True

    def _relayout_done(self) -> None:
        self._laying_out = False
        self.view.place_kept = self._keep_place(self._place)

    def _restore_after_resize(self) -> None:
        self._keep_place(self._place)

    def _keep_place(self, place) -> bool:
        """Put the sentence back where it was on screen, whole in sight; True if the view was moved.

        A view at the very top stays there if the sentence is whole in sight from it (the
        catalogue card stays in sight); a sentence that was out of sight is left out of it."""
        if place is None:
            return False
        share, at_top = place
        span = self._span()
        if span is None:
            return False
        top, bottom = span
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        if at_top and bottom <= height:
            value = 0
        elif share is None:
            return False
        else:
            value = top - share * height
            value = max(value, bottom - height)  # whole: its end in sight
            value = min(value, top)  # its start first, if it is taller than the view
        self._moving = True
        bar.setValue(int(round(value)))
        self._moving = False
        return True

    def _resizing(self) -> None:
        if not self._laying_out and not self._restore_timer.isActive():
            self._restore_timer.start()  # once the text has reflowed to the new size

    def _follow_caret(self) -> None:
        """A click or caret move in the text moves the reading cursor there (no announcement: a
        screen reader reads the character, word or line the caret moved over itself)."""
        if self._moving or self.navigator is None or not self.document.sentences:
            return
        if getattr(self.view, "document_model", self.document) is not self.document:
            return  # the view shows the next document already: the place in this one stays as it was
        offset = self.view.view_to_model(self.view.textCursor().position())
        sentence = self.navigator.sentence_at(offset)
        if sentence != self.sentence:
            self.sentence = sentence
            self._mark(move_caret=False)  # the caret moved no other way: no second caret event
            self.moved.emit(sentence)
            self._save_timer.start()

