"""The outline: a tree of the document's headings; choosing one jumps there. Titles wrap."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyledItemDelegate, QTreeWidget, QTreeWidgetItem

from ...core.messages import QT_TRANSLATE_NOOP
from ...core.model import Document, Heading
from ...core.outline import heading_line
from ..language import follow_language
from ..viewports import wrap_viewport

BLOCK_ROLE = Qt.ItemDataRole.UserRole
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole
# What a screen reader says of a heading's level (in the outline, after a heading jump).
LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 1 heading"),
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 2 heading"),
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 3 heading"),
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 4 heading"),
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 5 heading"),
    QT_TRANSLATE_NOOP("OutlinePanel", "Level 6 heading"),
)


def level_name(level: int) -> str:
    """"二级标题" for level 2 (the outline's depth, 1 = top)."""
    index = min(max(level, 1), len(LEVEL_NAMES)) - 1
    return QCoreApplication.translate("OutlinePanel", LEVEL_NAMES[index])
FILL_DELAY_MS = 25  # prepared items wait for a later turn of the event loop than the text


class OutlinePanel(QTreeWidget):
    heading_chosen = Signal(int)  # model block index

    def __init__(self, parent=None):
        super().__init__(parent)
        wrap_viewport(self)  # before any viewport(): ~20 ms of start-up (viewports.py)
        self.setHeaderHidden(True)
        # Long titles wrap onto more lines instead of ending in "…" (most did in elder mode).
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.header().setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(WrappingDelegate(self))
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._showing = 0  # counts show_outline calls: a deferred fill for an older one is dropped
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setHeaderLabel(self.tr("Headings"))  # a screen reader's name for the column, else "1"
        self.setAccessibleName(self.tr("Outline"))
        self.setAccessibleDescription(self.tr("The headings of the document. Press Enter to go to one."))
        for item in self._items.values():
            item.setData(0, DESCRIPTION_ROLE, level_name(item.data(0, LEVEL_ROLE)))

    def show_outline(self, document: Document, prepared: tuple | None = None) -> None:
        """Show a document's headings.

        ``prepared``: its outline_items(), made beforehand by document_loader.py for a document
        that may be large; they go into the tree on a later turn of the event loop (tens of ms
        for 25,000 headings) so that the text comes first.
        """
        self.clear()
        self._items = {}
        self._showing += 1
        if prepared is None:
            self._fill(outline_items(document))
        else:
            showing = self._showing
            QTimer.singleShot(FILL_DELAY_MS, self, lambda: self._showing == showing and self._fill(prepared))

    def _fill(self, prepared: tuple) -> None:
        items, self._items = prepared
        self.addTopLevelItems(items)
        # Only headings with others under them are expanded: expandAll would mark the leaves
        # "expanded" too, and a screen reader says so of every one (and it is ~10 times slower).
        for item in self._items.values():
            if item.childCount():
                item.setExpanded(True)

    def select_block(self, block: int) -> None:
        """Follow the text: select the heading without emitting heading_chosen."""
        item = self._items.get(block)
        if item is None or item is self.currentItem():
            return
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self.blockSignals(False)

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.heading_chosen.emit(item.data(0, BLOCK_ROLE))

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # A screen reader coming into the tree asks Qt for its selected item, and Qt's AT-SPI
        # answers by the item's row under its parent counted from the top: for (一) under 一、 it
        # named 一、, and an announcement in the true current item's description went unspoken.
        # Telling the current item's focus (as Qt does when the current item moves), once the
        # tree's own focus has gone out, sets it right.
        QTimer.singleShot(0, self, self._tell_current_item)

    def _tell_current_item(self) -> None:
        current = self.currentIndex()
        if current.isValid() and self.hasFocus():
            self.currentChanged(current, current)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()  # the titles wrap anew: rows of another height


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their title wrapped to the width the tree gives it (Qt sizes a row by
    its title on one line, and the rest of a long title was cut off)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = tree.viewport().width() - tree.indentation() * (depth + 1) - 12  # the branch and margins
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        needed = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 40), 100000), flags, text).height()
        return QSize(size.width(), max(size.height(), needed + 2))


def outline_items(document: Document) -> tuple[list[QTreeWidgetItem], dict[int, QTreeWidgetItem]]:
    """The top-level items of the outline and every item by block, not yet in a tree.

    Items are no QObjects: document_loader.py makes them in its thread, with the parse
    (25,000 headings take ~0.2 s).
    """
    by_block: dict[int, QTreeWidgetItem] = {}

    def make(heading: Heading) -> QTreeWidgetItem:
        item = QTreeWidgetItem([heading_line(heading)])
        item.setData(0, BLOCK_ROLE, heading.block)
        item.setToolTip(0, heading_line(heading))
        item.setData(0, LEVEL_ROLE, heading.level)
        item.setData(0, DESCRIPTION_ROLE, level_name(heading.level))  # a screen reader says it after the name
        by_block[heading.block] = item
        for child in heading.children:
            item.addChild(make(child))
        return item

    return [make(heading) for heading in document.outline], by_block
