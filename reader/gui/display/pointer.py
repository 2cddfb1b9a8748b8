"""大鼠标: a large, high-contrast mouse pointer in the reader's window.

A 64 px black arrow with a thick white outline (and a thin black rim outside it), so it shows on
any page colour; over text, a large I-beam drawn the same way. The pointer is set on the window,
which its widgets inherit, and on the widgets that set an I-beam of their own (the text, the
find field); not with QApplication.setOverrideCursor, which would also hide the resize cursors
of the panel edges. Menus, dialogs and tooltips are windows of their own and keep the
system's pointer. It follows the ``large_pointer`` setting however it changes (the toolbar, 重置),
once built by display_tools.py (when first on).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget

SIZE = 64  # px, the height of the large pointer
OUTLINE = 5  # px, the white outline
RIM = 1.5  # px, the black rim outside the outline (shows the outline on a white page)

# The classic arrow, 0-1 in both directions, tip at (0, 0).
_ARROW = ((0, 0), (0, 0.86), (0.22, 0.66), (0.37, 1.0), (0.5, 0.94), (0.36, 0.61), (0.63, 0.61))


def _pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _draw(path: QPainterPath, width: int, height: int, ratio: float = 1.0) -> QPixmap:
    """Drawn at the screen's pixel ratio, so the pointer is as large on a high-density screen."""
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.strokePath(path, _pen("#000000", OUTLINE * 2 + RIM * 2))
    painter.strokePath(path, _pen("#FFFFFF", OUTLINE * 2))
    painter.fillPath(path, QColor("#000000"))
    painter.end()
    return pixmap


def arrow_cursor(size: int = SIZE, ratio: float = 1.0) -> QCursor:
    """The large arrow; its hotspot is the tip."""
    margin = OUTLINE + RIM + 1
    scale = size - 2 * margin
    polygon = QPolygonF([QPointF(margin + x * scale, margin + y * scale) for x, y in _ARROW])
    path = QPainterPath()
    path.addPolygon(polygon)
    path.closeSubpath()
    width = int(margin * 2 + scale * 0.63) + 1
    return QCursor(_draw(path, width, size, ratio), int(margin), int(margin))


def ibeam_cursor(size: int = SIZE, ratio: float = 1.0) -> QCursor:
    """The large I-beam for text; its hotspot is the middle."""
    margin = OUTLINE + RIM + 1
    stem, serif = 5, size * 0.34  # the stem's width and the serifs' length
    width = int(serif + 2 * margin) + 1
    middle = width / 2
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addRect(middle - stem / 2, margin, stem, size - 2 * margin)
    path.addRect(middle - serif / 2, margin, serif, stem)
    path.addRect(middle - serif / 2, size - margin - stem, serif, stem)
    return QCursor(_draw(path.simplified(), width, size, ratio), int(middle), size // 2)


class LargePointer(QObject):
    active_changed = Signal(bool)

    def __init__(self, session):
        window = session.window
        super().__init__(window)
        self.session = session
        self.window_ = window  # the pointer is set on the window, which its widgets inherit
        self.view = session.view
        self.active = False
        self.arrow = self.ibeam = None  # drawn when first switched on (~14 ms, not on the way to the window)
        self._replaced: dict[int, tuple[QWidget, Qt.CursorShape]] = {}  # widgets whose I-beam we enlarged
        self.view.viewport().installEventFilter(self)
        session.follow_setting("large_pointer", lambda value: self._apply(bool(value)))
        app = QApplication.instance()
        if app is not None:  # widgets made later (the find field) get theirs when focus moves
            app.focusChanged.connect(self._focus_changed)
        self._apply(bool(session.settings.get("large_pointer")))

    def set_active(self, active: bool) -> None:
        self.session.settings.set("large_pointer", bool(active))  # followed: session.follow_setting

    def _apply(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        if active:
            if self.arrow is None:
                ratio = max(self.window_.devicePixelRatioF(), 1.0)
                self.arrow, self.ibeam = arrow_cursor(ratio=ratio), ibeam_cursor(ratio=ratio)
            self.window_.setCursor(self.arrow)
            self._enlarge_ibeams()
        else:
            for widget, shape in self._replaced.values():
                widget.setCursor(QCursor(shape))
            self._replaced.clear()
            self.window_.unsetCursor()
        self.active_changed.emit(active)

    def _enlarge_ibeams(self) -> None:
        widgets = [self.view.viewport(), *self.window_.findChildren(QWidget)]
        for widget in widgets:
            self._enlarge(widget)

    def _enlarge(self, widget: QWidget) -> None:
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
            return  # inherits the window's large arrow
        shape = widget.cursor().shape()
        if shape == Qt.CursorShape.IBeamCursor:
            self._replaced[id(widget)] = (widget, shape)
            widget.destroyed.connect(lambda _=None, key=id(widget): self._replaced.pop(key, None))
            widget.setCursor(self.ibeam)
        elif shape == Qt.CursorShape.ArrowCursor and widget is not self.window_:
            self._replaced[id(widget)] = (widget, shape)
            widget.destroyed.connect(lambda _=None, key=id(widget): self._replaced.pop(key, None))
            widget.setCursor(self.arrow)

    def _focus_changed(self, _old, new) -> None:
        if self.active and new is not None and self.window_.isAncestorOf(new):
            self._enlarge_ibeams()

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 - Qt's name
        # The text view puts its I-beam back (after a link's pointing hand): enlarge it again.
        if self.active and event.type() == event.Type.CursorChange:
            if watched.cursor().shape() in (Qt.CursorShape.IBeamCursor, Qt.CursorShape.ArrowCursor):
                self._enlarge(watched)
        return False

