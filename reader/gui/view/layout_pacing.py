"""Laying a long text out in slices the window can wait for.

Qt's QTextDocumentLayout lays a text out on a 10 ms timer in steps that double up to 200,000
characters: on a 10,000-row table (80,000 lines) or a 1 MB text a step holds the window's thread
130-290 ms. For a text longer than PACED_FROM, the view's new document is laid out here instead,
a slice of at most SLICE_S between events: Qt's own timer events to the layout are held back
until the end (asking the layout where a block is lays it out down to that block, in whole
blocks), and the scroll bars are told the growing size after each slice, as Qt's steps do.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSizeF, QTimer
from PySide6.QtGui import QTextDocument

PACED_FROM = 200_000  # characters: Qt's own largest step
SLICE_S = 0.025
BLOCKS_A_TRY = 50  # laid out between looks at the clock, at most,
CHARACTERS_A_TRY = 5_000  # and about this many characters (whole blocks: a long paragraph is one)


class PacedLayout(QObject):
    """Lays ``document`` out (it has its layout and its width) in slices from the event loop."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._layout = document.documentLayout()
        self._block = document.firstBlock()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._layout.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        return event.type() == QEvent.Type.Timer  # Qt's own steps wait: this lays the text out

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        block, bottom = self._block, 0.0
        while block.isValid() and time.perf_counter() < deadline:
            end = block.position() + CHARACTERS_A_TRY
            for _ in range(BLOCKS_A_TRY):
                following = block.next()
                if not following.isValid() or following.position() > end:
                    break
                block = following
            bottom = self._layout.blockBoundingRect(block).bottom()  # laid out down to it
            block = block.next()
        self._block = block
        # The height laid out so far (QTextEdit reads the layout's own; documentSize() would
        # finish the whole layout at once).
        self._layout.documentSizeChanged.emit(QSizeF(self._layout.document().textWidth(), bottom))
        if not block.isValid():  # all laid out: Qt's timers find nothing left but to report it
            self._timer.stop()
            self._layout.removeEventFilter(self)


def pace_layout(document: QTextDocument) -> PacedLayout | None:
    """Lay a text longer than PACED_FROM out in slices (see the module's docstring)."""
    if document.characterCount() <= PACED_FROM:
        return None
    return PacedLayout(document)
