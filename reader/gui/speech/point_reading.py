"""指读 (point reading), with sound on: the sentence (or paragraph) under a pointer that rests
POINT_REST_MS on the text is read, and so is the one the reading cursor moves to by keys
(once it has rested KEY_REST_MS). A line of the catalogue card under the pointer is read too.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer

from ...core.settings import PointUnit, ReadingMode
from .passages import unit_at

POINT_REST_MS = 500  # the pointer rests this long on a sentence before it is read
KEY_REST_MS = 150  # the reading cursor rests this long after a key before its sentence is read


class PointReading(QObject):
    def __init__(self, read_aloud, transport):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud
        self.transport = transport
        self.session = session = read_aloud.session
        self.settings = session.settings
        self._document = session.document  # (built after the first document was shown)
        self._pointed: int | str | None = None  # the sentence (or card line) last read under the pointer
        self._pointer_pos: QPoint | None = None
        self._point_timer = QTimer(self, singleShot=True, interval=POINT_REST_MS)
        self._point_timer.timeout.connect(self._pointer_rested)
        self._key_timer = QTimer(self, singleShot=True, interval=KEY_REST_MS)
        self._key_timer.timeout.connect(self._cursor_rested)
        session.position_moved.connect(self._cursor_moved)
        session.document_shown.connect(self._document_shown)
        session.setting_changed.connect(self._setting_changed)
        viewport = session.view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)

    def active(self) -> bool:
        return (self.settings.get("speech_on") and self.settings.get("reading_mode") == ReadingMode.POINT
                and self.read_aloud.is_available())

    def stop(self) -> None:
        self._point_timer.stop()
        self._key_timer.stop()

    def _setting_changed(self, name: str, value) -> None:
        if (name, value) in (("reading_mode", ReadingMode.CONTINUOUS), ("speech_on", False)):
            self.stop()

    def _paragraphs(self) -> bool:
        return self.settings.get("point_reading_unit") == PointUnit.PARAGRAPH

    def sentence_at(self, point: QPoint):
        """What the pointer at a viewport point is on: a sentence index, a card line (str), or None."""
        return self.session.view.pointed_at(point, self.session.navigator)

    def _document_shown(self, document) -> None:
        self._document = document
        self._pointed = None

    def _cursor_moved(self, _sentence: int) -> None:
        if self.transport.moving_cursor or self.session.reading.document is not self._document:
            return  # moved by the reading itself, or a new document
        if self.active():
            self._key_timer.start()

    def _cursor_rested(self) -> None:
        if not self.active() or self.session.document is None:
            return
        sentence = self.session.sentence
        if self.transport.reads(sentence):
            return
        self._pointed = sentence
        self.transport.read_sentences(unit_at(self.session.document, sentence, self._paragraphs()))

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            if self.active():
                self._pointer_pos = event.position().toPoint()
                self._point_timer.start()
        elif kind == QEvent.Type.Leave:
            self._point_timer.stop()
            self._pointer_pos = None
        return False

    def _pointer_rested(self) -> None:
        if self._pointer_pos is None or not self.active():
            return
        target = self.sentence_at(self._pointer_pos)
        if target is None or target == self._pointed:
            return
        self._pointed = target
        if isinstance(target, str):
            self.transport.read_lines([target])
        else:
            self.transport.read_sentences(unit_at(self.session.document, target, self._paragraphs()))
