"""The outline: a tree of the document's headings; choosing one jumps there."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..core.model import Document, Heading
from ..core.outline import heading_line

BLOCK_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QTreeWidget):
    heading_chosen = Signal(int)  # model block index

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setHeaderLabel(self.tr("Headings"))  # a screen reader's name for the column, else "1"
        self.setUniformRowHeights(True)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)
        self.setAccessibleName(self.tr("Outline"))
        self.setAccessibleDescription(self.tr("The headings of the document. Press Enter to go to one."))
        self._items: dict[int, QTreeWidgetItem] = {}
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)

    def show_outline(self, document: Document) -> None:
        self.clear()
        self._items = {}
        for heading in document.outline:
            self.addTopLevelItem(self._item(heading))
        self.expandAll()

    def _item(self, heading: Heading) -> QTreeWidgetItem:
        item = QTreeWidgetItem([heading_line(heading)])
        item.setData(0, BLOCK_ROLE, heading.block)
        item.setToolTip(0, heading_line(heading))
        self._items[heading.block] = item
        for child in heading.children:
            item.addChild(self._item(child))
        return item

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
