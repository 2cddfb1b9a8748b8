"""Drawing pinyin over characters, as ruby: centred over its character, smaller, never overlapping.

Shared by the view's overlay (pinyin_overlay.py) and the caption bar's label (RubyLabel).
No pypinyin here: the readings come in as a list, one entry (or None) per character.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QLabel

from ..view.page_building import PINYIN_LETTER_SPACING, PINYIN_LINE_EXTRA
from ..view.fonts import SANS_FAMILIES

PINYIN_SCALE = 0.45  # pinyin size, in ems of the text under it
CJK_INK_TOP = 0.86  # ems above the baseline where a CJK glyph's ink begins (Noto Sans CJK: 0.84)
GAP = 0.06  # ems between the pinyin's lowest ink and the character's top
SIDE_GAP = 0.1  # ems kept free between neighbouring syllables


def pinyin_font(text_pixel_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setPixelSize(max(round(text_pixel_size * PINYIN_SCALE), 6))
    return font


class SyllablePainter:
    """Draws syllables for characters of one size: ``draw(painter, syllable, centre_x, baseline_y, room)``."""

    def __init__(self, text_pixel_size: float):
        self.em = text_pixel_size
        self.font = pinyin_font(text_pixel_size)
        self.metrics = QFontMetricsF(self.font)
        self._widths: dict[str, float] = {}

    def baseline_above(self, text_baseline: float) -> float:
        """The pinyin's baseline for characters whose baseline is at ``text_baseline``."""
        return text_baseline - (CJK_INK_TOP + GAP) * self.em - self.metrics.descent() * 0.8

    def width(self, syllable: str) -> float:
        width = self._widths.get(syllable)
        if width is None:
            width = self._widths[syllable] = self.metrics.horizontalAdvance(syllable)
        return width

    def draw(self, painter: QPainter, syllable: str, centre_x: float, baseline_y: float, advance: float) -> None:
        """Centred on ``centre_x``; condensed when wider than the character's advance less a gap,
        so that neighbours never touch."""
        width = self.width(syllable)
        room = advance - SIDE_GAP * self.em
        if width <= room or room <= 0:
            painter.drawText(QPointF(centre_x - width / 2, baseline_y), syllable)
            return
        painter.save()
        painter.translate(centre_x, baseline_y)
        painter.scale(room / width, 1.0)
        painter.drawText(QPointF(-width / 2, 0), syllable)
        painter.restore()


class RubyLabel(QLabel):
    """A QLabel that, given readings for its text, draws the text with pinyin over it.

    ``provider(text)`` returns one reading (or None) per character, or None for no pinyin at all.
    Without readings it is a plain QLabel.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.provider = None

    def set_provider(self, provider) -> None:
        self.provider = provider
        self.updateGeometry()
        self.update()

    def _readings(self):
        if self.provider is None or not self.text():
            return None
        readings = self.provider(self.text())
        return readings if readings and any(readings) else None

    def _layout(self, width: float) -> tuple[QTextLayout, float]:
        font = QFont(self.font())
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, PINYIN_LETTER_SPACING)
        layout = QTextLayout(self.text(), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        room = PINYIN_LINE_EXTRA * QFontMetricsF(font).height()
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 10))
            y += room
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout, y

    def _inset(self) -> int:
        return round(QFontMetricsF(self.font()).height() * 0.2)

    def ruby_height(self, text: str | None = None, width: float | None = None) -> int | None:
        """The height the text needs with pinyin over it (without the label's margins), or None."""
        if text is not None and text != self.text():
            return None
        if self._readings() is None:
            return None
        width = width if width is not None else self.contentsRect().width()
        _layout, height = self._layout(width - 2 * self._inset())
        return int(height + 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if self._readings() is None:
            return super().heightForWidth(width)
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.margin()
        return self.ruby_height(width=inner) + margins.top() + margins.bottom() + 2 * self.margin()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        readings = self._readings()
        if readings is None:
            super().paintEvent(event)
            return
        QFrame.paintEvent(self, event)  # the background and border the style sheet gives
        inset = self._inset()  # the widest syllables reach beyond their character's sides
        area = self.contentsRect().adjusted(self.margin() + inset, self.margin(), -self.margin() - inset, -self.margin())
        layout, _height = self._layout(area.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        origin = QPointF(area.topLeft())
        layout.draw(painter, origin)
        font = self.font()
        em = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * self.logicalDpiY() / 72
        syllables = SyllablePainter(em)
        painter.setFont(syllables.font)
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            pinyin_baseline = syllables.baseline_above(origin.y() + line.y() + line.ascent())
            draw_line(painter, syllables, line, readings, origin.x(), pinyin_baseline)
        painter.end()


def draw_line(painter: QPainter, syllables: SyllablePainter, line, readings, left: float, baseline: float,
              spacing: float = PINYIN_LETTER_SPACING) -> None:
    """The pinyin of one laid-out line of text, each syllable centred over its character's glyph
    (the glyph is the first 100/spacing of the character's advance; the rest is letter spacing)."""
    start, end = line.textStart(), line.textStart() + line.textLength()
    x = line.cursorToX(start)[0]
    count = len(readings)
    for index in range(start, min(end, count)):
        following = line.cursorToX(index + 1)[0]
        reading = readings[index]
        if reading:
            advance = following - x
            syllables.draw(painter, reading, left + x + advance * 50 / spacing, baseline, advance)
        x = following
