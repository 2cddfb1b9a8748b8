"""Toolbar icons drawn from a character or two, in the scheme's colours.

The portals' toolbars label each tool with a word; a large glyph above that word
reads well at any size and in every scheme, and needs no image files.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from ..view.fonts import SANS_FAMILIES

ICON_PX = 48


def glyph_icon(glyph: str, colour: str, checked_colour: str | None = None, size: int = ICON_PX) -> QIcon:
    """An icon of the glyph; a checked button gets it in ``checked_colour`` (its own background
    differs), or without one as it is (Qt shows the unchecked look)."""
    icon = QIcon()
    icon.addPixmap(_glyph_pixmap(glyph, colour, size), QIcon.Mode.Normal, QIcon.State.Off)
    return icon if checked_colour is None else with_checked_look(icon, glyph, checked_colour, size)


def with_checked_look(icon: QIcon, glyph: str, checked_colour: str, size: int = ICON_PX) -> QIcon:
    """The icon, with the glyph in ``checked_colour`` for a checked button."""
    icon = QIcon(icon)
    icon.addPixmap(_glyph_pixmap(glyph, checked_colour, size), QIcon.Mode.Normal, QIcon.State.On)
    return icon


def _glyph_pixmap(glyph: str, colour: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setBold(True)
    font.setPixelSize(int(size * (0.72 if len(glyph) == 1 else 0.5)))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
