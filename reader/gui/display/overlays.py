"""Drawn over the text: 十字光标 guide lines and line focus (a reading ruler).

Both are transparent widgets laid over the text area of the DocumentView: the viewport and the
blank margins either side of the centred text column. They take no mouse events, no focus and
are not in the accessibility tree; they only paint.

- GuideLines: two 4 px lines, one across and one down, crossing at the mouse pointer, in the
  scheme's ``guide`` colour (at least 3:1 against the page in every scheme).
- LineFocus: everything but a band of 1, 3 or 5 lines around the reading cursor's line is veiled
  in the page colour at 75 %, as Edge's Immersive Reader does.

Each follows its setting (``guide_lines``, ``line_focus``) however it changes (the toolbar, 重置),
once built by display_tools.py (when first on).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QWidget

from ...core.settings import LINE_FOCUS_CHOICES

GUIDE_WIDTH = 4  # px; the portals draw 4-5 px lines
VEIL_OPACITY = 0.75


class _TextOverlay(QWidget):
    """A see-through widget over the view's text area, kept there as the view changes size."""

    def __init__(self, session):
        view = session.view
        super().__init__(view)
        self.session = session
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        session.appearance.changed.connect(self._follow_appearance)
        self.hide()

    def text_area(self) -> QRect:
        """The viewport and the margins around the centred column, in the view's coordinates."""
        viewport = self.view.viewport().geometry()
        margins = self.view.viewportMargins()
        return viewport.adjusted(-margins.left(), -margins.top(), margins.right(), margins.bottom())

    def place(self) -> None:
        area = self.text_area()
        if self.geometry() != area:
            self.setGeometry(area)
        self.raise_()

    def offset(self) -> QPoint:
        """Add to a viewport point to get the overlay's coordinates."""
        return self.view.viewport().geometry().topLeft() - self.geometry().topLeft()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest):
            if self.isVisible():
                self.place()
                self.update()
        return False

    def _follow_appearance(self) -> None:
        self.update()


class GuideLines(_TextOverlay):
    """十字光标: a horizontal and a vertical line through the mouse pointer over the text."""

    active_changed = Signal(bool)
    active = False
    pointer: QPoint | None = None  # in the overlay's coordinates

    def __init__(self, session):
        super().__init__(session)
        self.setObjectName("guideLines")
        self.pointer: QPoint | None = None  # in the overlay's coordinates
        self.active = bool(session.settings.get("guide_lines"))
        if self.active:
            self._track()
        session.follow_setting("guide_lines", lambda value: self._apply(bool(value)))

    def set_active(self, active: bool) -> None:
        self.session.settings.set("guide_lines", bool(active))  # followed: session.follow_setting

    def _apply(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        if active:
            self._track()
        else:
            self.pointer = None
            self.hide()
        self.active_changed.emit(active)

    def _track(self) -> None:
        self.view.setMouseTracking(True)  # the margins beside the column
        self.view.viewport().setMouseTracking(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        super().eventFilter(watched, event)
        if not self.active:
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseMove, QEvent.Type.Enter, QEvent.Type.HoverMove):
            point = getattr(event, "position", None)
            if point is not None:
                self.follow(watched.mapTo(self.view, point().toPoint()) if watched is not self.view
                            else point().toPoint())
        elif kind == QEvent.Type.Wheel:
            self.update()
        elif kind == QEvent.Type.Leave and watched is self.view:
            self.pointer = None
            self.hide()
        return False

    def follow(self, point_in_view: QPoint) -> None:
        """Draw the lines through a point given in the view's coordinates."""
        area = self.text_area()
        if not area.contains(point_in_view):
            self.pointer = None
            self.hide()
            return
        self.place()
        old = self.pointer
        self.pointer = point_in_view - area.topLeft()
        if not self.isVisible():
            self.show()
            self.update()
            return
        # Repaint only the old and new lines: the pointer moves often.
        for point in (old, self.pointer):
            if point is not None:
                self.update(QRect(0, point.y() - GUIDE_WIDTH, self.width(), 2 * GUIDE_WIDTH + 1))
                self.update(QRect(point.x() - GUIDE_WIDTH, 0, 2 * GUIDE_WIDTH + 1, self.height()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.pointer is None:
            return
        colour = QColor(self.session.appearance.scheme.guide)
        painter = QPainter(self)
        half = GUIDE_WIDTH // 2
        painter.fillRect(0, self.pointer.y() - half, self.width(), GUIDE_WIDTH, colour)
        painter.fillRect(self.pointer.x() - half, 0, GUIDE_WIDTH, self.height(), colour)
        painter.end()


class LineFocus(_TextOverlay):
    """Line focus: the page veiled but for 1, 3 or 5 lines around the reading cursor's line."""

    lines_changed = Signal(int)
    lines = 0

    def __init__(self, session):
        super().__init__(session)
        self.setObjectName("lineFocus")
        self.lines = 0
        self.band = QRect()  # in the overlay's coordinates; empty when there is nothing to frame
        self._timer = QTimer(self)  # coalesces the many signals of one change
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        session.position_moved.connect(self._timer.start)
        self.view.cursorPositionChanged.connect(self._timer.start)
        self.view.rebuilt.connect(self._timer.start)
        self.view.verticalScrollBar().valueChanged.connect(self.refresh)  # at once: no lag while scrolling
        self._apply(int(session.settings.get("line_focus")))
        session.follow_setting("line_focus", lambda value: self._apply(int(value)))

    def set_lines(self, lines: int) -> None:
        """Leave 1, 3 or 5 lines clear around the reading cursor; 0 turns line focus off."""
        if lines not in LINE_FOCUS_CHOICES:
            raise ValueError(f"line focus: {lines!r}")
        self.session.settings.set("line_focus", lines)  # followed: session.follow_setting

    def _apply(self, lines: int) -> None:
        changed = lines != self.lines
        self.lines = lines
        self.refresh()
        if changed:
            self.lines_changed.emit(lines)

    def place(self) -> None:
        super().place()
        for guide in self.view.findChildren(GuideLines, options=Qt.FindChildOption.FindDirectChildrenOnly):
            guide.raise_()  # the guide lines are drawn over the veil

    def _follow_appearance(self) -> None:
        self.refresh()  # the text laid out anew
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        super().eventFilter(watched, event)
        if self.lines and event.type() == QEvent.Type.Resize:
            self._timer.start()  # the text reflows
        return False

    def cursor_line(self) -> tuple[float, float] | None:
        """The reading cursor's line: the top of its slot (in viewport coordinates) and its pitch,
        the distance from one line to the next (a slot holds the line and the space under it)."""
        view = self.view
        reading = self.session.reading
        document = reading.document
        if document is None or document is not view.document_model or not document.sentences:
            return None
        if not 0 <= reading.sentence < len(document.sentences):
            return None
        if not view.shows_offset(document.sentences[reading.sentence].start):
            return None  # in another part of a document shown in parts
        position = view.model_to_view(document.sentences[reading.sentence].start)
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        rect = view.cursorRect(cursor)
        text_block = cursor.block()
        layout = text_block.layout()
        line = layout.lineForTextPosition(position - text_block.position()) if layout is not None else None
        if line is None or not line.isValid():
            return float(rect.top()), float(rect.height())
        block_top = view.document().documentLayout().blockBoundingRect(text_block).top()
        top = block_top + line.y() - view.verticalScrollBar().value()
        return top, self._pitch(text_block, line)

    @staticmethod
    def _pitch(text_block, line) -> float:
        layout = text_block.layout()
        number = line.lineNumber()
        if number + 1 < layout.lineCount():
            return layout.lineAt(number + 1).y() - line.y()
        if number > 0:
            return line.y() - layout.lineAt(number - 1).y()
        block_format = text_block.blockFormat()  # a line alone: work it out as Qt lays it out
        kind, value, height = block_format.lineHeightType(), block_format.lineHeight(), line.height()
        kinds = QTextBlockFormat.LineHeightTypes
        if kind == kinds.ProportionalHeight.value:
            return height * value / 100
        if kind == kinds.FixedHeight.value:
            return value
        if kind == kinds.MinimumHeight.value:
            return max(height, value)
        if kind == kinds.LineDistanceHeight.value:
            return height + value
        return height

    def refresh(self) -> None:
        self._timer.stop()
        found = self.cursor_line() if self.lines else None
        if found is None:
            self.band = QRect()
            self.hide()
            return
        slot_top, pitch = found
        self.place()
        above = (self.lines - 1) / 2 * pitch
        top = round(slot_top - above) + self.offset().y()
        bottom = round(slot_top + pitch + above) + self.offset().y()
        band = QRect(0, top, self.width(), bottom - top)
        if band != self.band or not self.isVisible():
            self.band = band
            self.show()
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.band.isNull():
            return
        veil = QColor(self.session.appearance.scheme.background)
        veil.setAlphaF(VEIL_OPACITY)
        painter = QPainter(self)
        painter.fillRect(QRect(0, 0, self.width(), max(self.band.top(), 0)), veil)
        below = self.band.bottom() + 1
        painter.fillRect(QRect(0, below, self.width(), max(self.height() - below, 0)), veil)
        painter.end()

