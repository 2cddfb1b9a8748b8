"""Toolbar icons drawn from a character or two, in the scheme's colours.

The portals' toolbars label each tool with a word; a large glyph above that word
reads well at any size and in every scheme, and needs no image files.

Each icon is drawn when Qt first asks for it, at the size, device pixel ratio, mode and
state it is shown in (22 px on the toolbar, 40 in elder mode, 16 in a menu), and kept for
that size: drawing every icon at one large size while the window was built cost ~10 ms of
start-up (FreeType loading a bold CJK face at 35 px), and the scaled-down glyphs were softer.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap

from ..view.fonts import SANS_FAMILIES


def glyph_icon(glyph: str, colour: str, checked_colour: str | None = None) -> QIcon:
    """An icon of the glyph in ``colour``; a checked button shows it in ``checked_colour`` (its own
    background differs), or as it is without one."""
    return QIcon(GlyphIconEngine(glyph, colour, checked_colour))  # the QIcon owns the engine


class GlyphIconEngine(QIconEngine):
    """Draws its glyph as asked; the disabled (and selected) looks are made from the normal one by
    the style, by Qt itself as for an icon of pixmaps."""

    def __init__(self, glyph: str, colour: str, checked_colour: str | None = None):
        super().__init__()
        self.glyph, self.colour, self.checked_colour = glyph, colour, checked_colour
        self._drawn: dict[tuple, QPixmap] = {}  # (width, height, scale, mode, state) → pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        key = (size.width(), size.height(), scale, mode, state)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._drawn[key] = self._draw(size, mode, state, scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _kept_by_qt(GlyphIconEngine(self.glyph, self.colour, self.checked_colour))

    def _draw(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        width, height = max(1, round(size.width() * scale)), max(1, round(size.height() * scale))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont()
        font.setFamilies(SANS_FAMILIES)
        font.setBold(True)
        font.setPixelSize(max(1, int(min(width, height) * (0.72 if len(self.glyph) == 1 else 0.5))))
        painter.setFont(font)
        on = state == QIcon.State.On and self.checked_colour is not None
        painter.setPen(QColor(self.checked_colour if on else self.colour))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self.glyph)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode == QIcon.Mode.Normal:
            return pixmap
        # The style's look, made by Qt as for an icon of pixmaps: QApplication.style() in Python
        # would make QStyle's Python enums (~600 members, ~7 ms of the first paint).
        return QIcon(pixmap).pixmap(size, scale, mode, state)


def _kept_by_qt(engine: QIconEngine) -> QIconEngine:
    """``engine``, handed to Qt for keeps: PySide deletes an engine returned from clone() with its
    last Python reference, though the icon Qt cloned it for owns it. A QIcon made of it takes it over
    (PySide then keeps its Python side until Qt deletes it); that QIcon is dropped without running its
    destructor (a few bytes), so the cloned icon alone deletes the engine."""
    holder = QIcon(engine)
    shiboken6.invalidate(holder)
    return engine
