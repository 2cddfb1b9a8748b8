"""The search results panel: every match under its section heading, walkable by keyboard.

The tree follows the outline: "一、主要做法和成效 (40)" holds "（二）强化执法培训 (7)", which
holds its matches, each shown with some text either side. Enter (or a click) on a match makes
it the current match in the text. With very many matches the matches of a section are listed
when the section is expanded, so that a one-character query stays quick.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem

from ...core.outline import heading_line
from ..dock_title import give_title_bar
from ..language import follow_language

if TYPE_CHECKING:
    from ...core import search

MATCH_ROLE = Qt.ItemDataRole.UserRole  # index into the controller's matches
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # section index, -1 before the first heading
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2  # a note row in place of matches: which one ("empty", "none")
EXPANDED_LIMIT = 500  # up to this many matches, all are listed and every section expanded
REFRESH_DELAY_MS = 200  # the list follows the query once typing pauses
BEFORE_HEADINGS = -1
PANEL_CHARACTERS = 28  # the panel's width, in characters of its text


class _ElideDelegate(QStyledItemDelegate):
    """A match's snippet is cut at its end (its match sits near the start), a heading in its middle
    (so that its count, at the end, stays in sight)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = (Qt.TextElideMode.ElideRight if index.data(MATCH_ROLE) is not None
                                else Qt.TextElideMode.ElideMiddle)


class SearchResultsTree(QTreeWidget):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("searchResults")
        self.setHeaderHidden(True)
        # Snippets and headings wrap to the panel's width, so that a snippet shows the words around
        # its match and a heading its count; what still does not fit is cut in the middle.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(_ElideDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 12.0))
        self.setFont(font)
        self.setStyleSheet("#searchResults:focus { border: 3px solid #000000; }")
        self._match_items: dict[int, QTreeWidgetItem] = {}
        self._section_items: dict[int, QTreeWidgetItem] = {}
        self._pending: dict[int, tuple[int, int]] = {}  # section -> matches not listed yet
        self._document = None  # the document the rows were listed for
        self._counts: dict[int, int] = {}  # section -> its matches, its subsections' included
        self.itemActivated.connect(self._activate)
        self.itemClicked.connect(self._activate)
        self.itemExpanded.connect(self._fill_section)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setHeaderLabel(self.tr("Matches"))  # a screen reader's name for the column, else "1"
        self.setAccessibleName(self.tr("Search results"))
        self.setAccessibleDescription(self.tr(
            "Every match, grouped by section. Use the arrow keys to move and Enter to go to a match."))
        self._name_rows()

    def _name_rows(self) -> None:
        """The texts of the note and section rows, in the interface language."""
        notes = {"empty": self.tr("Type in the find bar to list the matches."), "none": self.tr("No matches")}
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item.data(0, NOTE_ROLE) in notes:
                item.setText(0, notes[item.data(0, NOTE_ROLE)])
        if not self._section_items:
            return
        from ...core import search  # loaded with the first search, not at start

        sections = search.sections(self._document)
        for section, item in self._section_items.items():
            line = self.tr("Before the first heading") if section == BEFORE_HEADINGS else \
                heading_line(sections[section])
            text = self.tr("{heading} ({count})").format(heading=line, count=self._counts.get(section, 0))
            item.setText(0, text)
            item.setToolTip(0, text)

    def rebuild(self) -> None:
        """List the controller's matches."""
        self.setUpdatesEnabled(False)
        try:
            self._rebuild()
        finally:
            self.setUpdatesEnabled(True)
        self.select_match(self.controller.current)

    def _rebuild(self) -> None:
        from ...core import search  # loaded with the first search, not at start

        self.clear()
        self._match_items, self._section_items, self._pending = {}, {}, {}
        controller = self.controller
        document, matches = controller.document, controller.matches
        self._document, self._counts = document, {}
        if document is None or not controller.query.strip():
            self._note("empty")
            return
        if not matches:
            self._note("none")
            return
        lazy = len(matches) > EXPANDED_LIMIT
        counts = self._counts
        first = 0
        for heading, group in search.group_by_section(document, matches):
            section = BEFORE_HEADINGS if heading is None else group[0].section
            item = self._section_item(document, section)
            chain = section
            while chain is not None:
                counts[chain] = counts.get(chain, 0) + len(group)
                chain = None if chain == BEFORE_HEADINGS else search.section_parent(document, chain)
            if lazy:
                self._pending[section] = (first, len(group))
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            else:
                item.addChildren([self._match_item(first + offset, match) for offset, match in enumerate(group)])
            first += len(group)
        self._name_rows()
        if not lazy:  # else the sections stay closed and list their matches when opened
            self.expandAll()

    def _note(self, kind: str) -> None:
        item = QTreeWidgetItem()
        item.setData(0, NOTE_ROLE, kind)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addTopLevelItem(item)
        self._name_rows()

    def _section_item(self, document, section: int) -> QTreeWidgetItem:
        from ...core import search  # loaded with the first search, not at start

        item = self._section_items.get(section)
        if item is not None:
            return item
        item = QTreeWidgetItem()
        item.setData(0, SECTION_ROLE, section)
        parent = None if section == BEFORE_HEADINGS else search.section_parent(document, section)
        self._section_items[section] = item
        if parent is None:
            self.addTopLevelItem(item)
        else:
            self._section_item(document, parent).addChild(item)
        return item

    def _match_item(self, index: int, match: search.Match) -> QTreeWidgetItem:
        from ...core import search  # loaded with the first search, not at start

        text = search.snippet(self.controller.document, match)
        item = QTreeWidgetItem([text])
        item.setData(0, MATCH_ROLE, index)
        item.setToolTip(0, text)
        self._match_items[index] = item
        return item

    def _fill_section(self, item: QTreeWidgetItem) -> None:
        section = item.data(0, SECTION_ROLE)
        if section is None or section not in self._pending:
            return
        first, count = self._pending.pop(section)
        matches = self.controller.matches
        item.insertChildren(0, [self._match_item(first + offset, matches[first + offset])
                                for offset in range(count)])

    def select_match(self, index: int) -> None:
        """Follow the text: make the match the current row, without jumping anywhere."""
        if index < 0 or not self.controller.matches:
            return
        item = self._match_items.get(index)
        if item is None:
            section = self.controller.matches[index].section
            section_item = self._section_items.get(BEFORE_HEADINGS if section is None else section)
            if section_item is None:
                return
            self._fill_section(section_item)
            item = self._match_items.get(index)
            if item is None:
                return
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
        self.scrollToItem(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, MATCH_ROLE)
        if index is not None:
            self.controller.go_to(index)


class SearchResultsDock(QDockWidget):
    def __init__(self, controller, window):
        super().__init__(window)
        self.setObjectName("searchResultsDock")
        self.controller = controller
        self.tree = SearchResultsTree(controller, self)
        self.setWidget(self.tree)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        give_title_bar(self)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._stale = True
        controller.matches_changed.connect(self._matches_changed)
        controller.current_changed.connect(self._current_changed)
        self.toggleViewAction().toggled.connect(self._shown)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search Results"))
        self.toggleViewAction().setText(self.tr("Search &Results"))  # after the title, which Qt copies to it

    def _matches_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def _current_changed(self, index: int) -> None:
        if self.isVisible() and not self._stale:
            self.tree.select_match(index)

    def preferred_width(self) -> int:
        """Room for about PANEL_CHARACTERS characters of the panel's text, within half the window
        and leaving the find bar its whole width (in elder mode a squeezed bar cut its button
        labels: 结…表)."""
        metrics = self.tree.fontMetrics()
        frame = self.tree.frameWidth() * 2 + self.tree.verticalScrollBar().sizeHint().width()
        wanted = metrics.horizontalAdvance("中") * PANEL_CHARACTERS + self.tree.indentation() * 2 + frame + 16
        window = self.controller.window
        shared = window.centralWidget().width() + (self.width() if self.isVisible() else 0)  # text and panel
        left_over = shared - self.controller.bar.minimumSizeHint().width() - 2 * frame
        return max(min(wanted, window.width() // 2, left_over), 200)

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()
        if visible and not self.isFloating() and self.width() < self.preferred_width():
            # Qt gives a new panel the width of its widest child's hint: a few characters.
            self.controller.window.resizeDocks([self], [self.preferred_width()], Qt.Orientation.Horizontal)

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self.tree.rebuild()
