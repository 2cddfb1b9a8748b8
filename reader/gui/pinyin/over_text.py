"""The pinyin of the visible lines, painted by a see-through overlay over the text (PinyinOverlay).

Built by the pinyin controller (pinyin_overlay.py) when pinyin first shows: with pinyin off,
neither this nor the ruby painter (ruby.py) loads on the way to the first window.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter

from ..display.overlays import _TextOverlay
from ..view.page_building import PINYIN_LETTER_SPACING
from .ruby import SyllablePainter, draw_line

if TYPE_CHECKING:
    from .pinyin_overlay import PinyinController


class PinyinOverlay(_TextOverlay):
    """Paints the pinyin of the visible lines over the text; takes no input, not in the a11y tree."""

    def __init__(self, session, controller: "PinyinController"):
        super().__init__(session)
        self.setObjectName("pinyinOverlay")
        self.controller = controller
        self.view.verticalScrollBar().valueChanged.connect(self.update)
        self.view.rebuilt.connect(self.refresh)
        self.view.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        if self.controller.showing():
            self.place()
            self.show()
            self.update()
        else:
            self.hide()

    def place(self) -> None:
        super().place()
        for sibling in self.view.findChildren(_TextOverlay, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if sibling is not self and sibling.isVisible():
                sibling.raise_()  # the line-focus veil and the guide lines go over the pinyin

    def _follow_appearance(self) -> None:
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        controller = self.controller
        if not controller.showing():
            return
        view = self.view
        document = view.document()
        layout = document.documentLayout()
        top = view.verticalScrollBar().value()
        viewport = view.viewport()
        bottom = top + viewport.height()
        offset = QPointF(self.offset()) - QPointF(view.horizontalScrollBar().value(), top)
        position = layout.hitTest(QPointF(viewport.width() / 2, top), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(position, 0))
        if block.previous().isValid():
            block = block.previous()
        spacing = PINYIN_LETTER_SPACING if view.look.pinyin else 100
        painter = QPainter(self)
        painter.setPen(QColor(self.session.appearance.scheme.text))
        painters: dict[float, SyllablePainter] = {}
        default_size = document.defaultFont().pointSizeF()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom + 4:
                break
            if rect.bottom() >= top and block.length() > 1:
                readings = controller.readings(block.text())
                if readings is not None:
                    size = block.begin().fragment().charFormat().fontPointSize() or default_size
                    syllables = painters.get(size)
                    if syllables is None:
                        syllables = painters[size] = SyllablePainter(size * self.logicalDpiY() / 72)
                        painter.setFont(syllables.font)
                    elif painter.font() != syllables.font:
                        painter.setFont(syllables.font)
                    text_layout = block.layout()
                    left, block_top = rect.left() + offset.x(), rect.top() + offset.y()
                    for number in range(text_layout.lineCount()):
                        line = text_layout.lineAt(number)
                        line_top = block_top + line.y()
                        if line_top + line.height() < 0:
                            continue
                        if line_top > self.height():
                            break
                        baseline = syllables.baseline_above(line_top + line.ascent())
                        draw_line(painter, syllables, line, readings, left, baseline, spacing)
            block = block.next()
        painter.end()
