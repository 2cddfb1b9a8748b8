"""我的收藏's list: the favorites and their bookmarks, filled as they are read, with sort and
filter controls and an undo strip.

The list is made a page at a time (a page of documents, each with a page of its bookmarks) and
more when the view reaches the end of what is there: 100,000 bookmarks made the panel take 90 s
and 1.95 GB when every row was made at once. ``fill_from_store`` reads the store for it;
pypinyin is loaded only when the list first sorts or filters by it (core/pinyin_order.py).
"""
from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.stored_time import displayable_time
from ..labels import name_clear_button, plain
from ..language import follow_language
from ..display.style import ELDER_CONTROL_PX

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole
BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 40
NAME_COLUMN, NOTE_COLUMN, DATE_COLUMN = range(3)
BUTTON_PX = 44  # WCAG 2.5.5; ELDER_CONTROL_PX in elder mode
DOCUMENT_PAGE = 25  # documents made at a time (more when the list is read to its end)
BOOKMARK_PAGE = 10  # a document's bookmarks made at a time
SEARCH_PAGES = 5  # pages made at most to find an entry to select
FILTER_PAGE = 500  # documents whose bookmarks a filter reads in one query
SEARCH_SLICE_S = 0.05  # a filter passing over documents lets the window answer this often


def shown_date(seconds: float) -> str:
    """A stored time as the list shows it (a date; a time out of range is shown, not raised)."""
    return time.strftime("%Y-%m-%d", time.localtime(displayable_time(seconds)))


def name_button(button: QPushButton, text: str, description: str) -> None:
    button.setText(text)
    button.setAccessibleName(plain(text))
    button.setAccessibleDescription(description)
    button.setToolTip(description)


class FavoritesPanel(QWidget):
    """The list of favorites and bookmarks, with sort and filter controls and an undo strip."""

    open_requested = Signal(int, int)  # document id, bookmark id (0: the document itself)
    rename_requested = Signal(int, str)
    note_requested = Signal(int, str)
    delete_requested = Signal(int, int)  # document id, bookmark id (0: the document and its bookmarks)
    undo_requested = Signal()
    order_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("favoritesPanel")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("favoritesFilter")
        self.filter.setClearButtonEnabled(True)
        self.sort = QComboBox(self)
        self.sort.setObjectName("favoritesSort")
        self.sort.addItem("", "date")
        self.sort.addItem("", "title")
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.sort_label = QLabel(self)
        self.sort_label.setBuddy(self.sort)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("favoritesTree")
        self.tree.setColumnCount(3)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()  # the name and the note share the width; the date takes what it needs
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.installEventFilter(self)
        self.tree.itemActivated.connect(lambda item, _column: self._open(item))
        self.tree.itemChanged.connect(self._edited)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.currentItemChanged.connect(lambda current, _previous: self._current_moved(current))
        self.tree.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._rows = iter(())
        self._more_bookmarks = {}
        self._generation = 0  # of fill(): a search paused for the window goes on only in its own
        self._searching = False

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

        self.open_button = self._button(lambda: self._open(self.tree.currentItem()))
        self.edit_button = self._button(lambda: self.edit(self.tree.currentItem()))
        self.delete_button = self._button(lambda: self._delete(self.tree.currentItem()))

        self.undo_strip = QFrame(self)
        self.undo_strip.setObjectName("favoritesUndoStrip")
        self.undo_strip.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel(self.undo_strip)
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.undo_strip)
        self.undo_button.setObjectName("favoritesUndoButton")
        self.undo_button.clicked.connect(self.undo_requested)
        strip = QHBoxLayout(self.undo_strip)
        strip.addWidget(self.undo_label, 1)
        strip.addWidget(self.undo_button)
        self.undo_strip.hide()
        self._undo_text: Callable[[], str] | None = None  # writes the strip's message in the current language

        # The filter has a row of its own, so that its hint is not cut in a narrow panel.
        controls = QGridLayout()
        controls.addWidget(self.filter_label, 0, 0)
        controls.addWidget(self.filter, 0, 1)
        controls.addWidget(self.sort_label, 1, 0)
        controls.addWidget(self.sort, 1, 1, Qt.AlignmentFlag.AlignLeft)
        controls.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.undo_strip)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.filter.textChanged.connect(lambda _text: self.order_changed.emit())
        self.sort.currentIndexChanged.connect(lambda _index: self.order_changed.emit())
        self._filling = False
        self._update_buttons()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("My Favorites"))
        self.filter.setPlaceholderText(self.tr("Filter: words or pinyin initials"))
        self.filter.setAccessibleName(self.tr("Filter favorites"))
        name_clear_button(self.filter, self.tr("Clear"))
        self.filter.setAccessibleDescription(self.tr(
            "Shows only the documents and bookmarks containing these words, or whose pinyin initials they are"))
        self.sort.setItemText(0, self.tr("Newest first"))
        self.sort.setItemText(1, self.tr("By title (pinyin)"))
        self.sort.setAccessibleName(self.tr("Sort favorites"))
        self.sort.setAccessibleDescription(self.tr("Newest first, or by title in pinyin order"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.sort_label.setText(self.tr("&Sort:"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Note"), self.tr("Added")])
        self.tree.setAccessibleName(self.tr("Favorites and bookmarks"))
        self.tree.setAccessibleDescription(self.tr(
            "Enter opens, F2 renames or edits the note, Delete deletes, Ctrl+Z undoes"))
        self.empty.setText(self._empty_text())
        name_button(self.open_button, self.tr("&Open"), self.tr("Open the selected document or bookmark (Enter)"))
        name_button(self.edit_button, self.tr("&Rename / Note"),
                     self.tr("Rename the selected document or edit the bookmark's note (F2)"))
        name_button(self.delete_button, self.tr("&Delete"), self.tr("Delete the selected entry (Delete)"))
        name_button(self.undo_button, self.tr("&Undo"), self.tr("Put back what was just deleted (Ctrl+Z)"))
        self._write_undo()

    def _empty_text(self) -> str:
        query = self.filter.text().strip()
        if query:
            return self.tr("Nothing matches “{query}”.").format(query=query)
        return self.tr("No favorites yet. Ctrl+D keeps the document you are reading; "
                       "Ctrl+B bookmarks the sentence you are at.")

    def _button(self, slot) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumHeight(BUTTON_PX)
        button.clicked.connect(slot)
        return button

    def set_elder(self, elder: bool) -> None:
        """Buttons and fields at the elder interface's control size, or at least 44 px."""
        least = ELDER_CONTROL_PX if elder else BUTTON_PX
        for button in (self.open_button, self.edit_button, self.delete_button, self.undo_button):
            button.setMinimumHeight(least)
        for field in (self.filter, self.sort):
            field.setMinimumHeight(least if elder else 0)

    # Filling ------------------------------------------------------------------
    # The list is filled as it is read: a page of documents, each with a page of its bookmarks, and
    # more when the view reaches the end of what is there (scrolled, or the keyboard on the last
    # row). 100,000 bookmarks made the panel take 90 s and 1.95 GB when every row was made at once.
    def fill(self, documents, bookmarks_of, matches, sort_key, count_of=None) -> None:
        """Show ``documents`` (an iterable of FavoriteDocument, read as far as shown) with their
        bookmarks (``bookmarks_of(id)``: an iterable, read as far as shown), filtered and sorted;
        ``count_of(id)``: how many bookmarks a document has, without reading them."""
        current = self.current_ids()
        query = self.filter.text().strip()
        if self.sort.currentData() == "title":  # the order needs every title
            documents = sorted(documents, key=lambda d: sort_key(d.display_title))
        self._rows = self._matching(iter(documents), bookmarks_of, matches, query, count_of)
        self._more_bookmarks: dict[int, object] = {}  # document id -> the rest of its bookmarks
        self._generation += 1  # a search still going on for an earlier fill stops
        self._filling = True
        self.tree.clear()
        self._filling = False
        self._load_documents()
        self._show_empty()
        self.select(*current)
        self._update_buttons()

    def _show_empty(self) -> None:
        self.empty.setVisible(self.tree.topLevelItemCount() == 0 and not self._searching)
        self.empty.setText(self._empty_text())

    def _matching(self, documents, bookmarks_of, matches, query, count_of):
        """(document, its bookmarks to show as an iterator, how many) for each document to show, and
        None for each one a filter passed over (so that a long search can pause for the window)."""
        for document in documents:
            if not query or matches(document.display_title, query):
                if count_of is not None:
                    yield document, iter(bookmarks_of(document.id)), count_of(document.id)
                else:
                    bookmarks = list(bookmarks_of(document.id))
                    yield document, iter(bookmarks), len(bookmarks)
                continue
            bookmarks = [b for b in bookmarks_of(document.id) if matches(f"{b.section} {b.text} {b.note}", query)]
            if bookmarks:
                yield document, iter(bookmarks), len(bookmarks)
            else:
                yield None

    def _load_documents(self, count: int = DOCUMENT_PAGE) -> bool:
        """Add up to ``count`` more documents (each with a page of its bookmarks); False when none
        came. A filter that passes over many documents goes on after the window's next events
        (every SEARCH_SLICE_S), so typing in it never freezes the window on a long list."""
        added = passed = 0
        started = time.monotonic()
        self._searching = False
        self._filling = True
        for row in self._rows:
            if row is None:
                passed += 1
                if passed % 256 == 0 and time.monotonic() - started > SEARCH_SLICE_S:
                    self._search_later(count - added)
                    break
                continue
            document, bookmarks, total = row
            item = QTreeWidgetItem([document.display_title, self.bookmark_count(total), shown_date(document.added)])
            item.setData(0, DOCUMENT_ROLE, document.id)
            item.setData(0, BOOKMARK_ROLE, 0)
            item.setToolTip(0, document.path or document.display_title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self._more_bookmarks[document.id] = bookmarks
            self.tree.addTopLevelItem(item)
            self._load_bookmarks(item)
            item.setExpanded(True)
            added += 1
            if added == count:
                break
        self._filling = False
        return added > 0

    def _search_later(self, count: int) -> None:
        self._searching = True
        generation = self._generation

        def go_on() -> None:
            if generation == self._generation:  # not filled again since
                self._load_documents(count)
                self._show_empty()
                if self.tree.currentItem() is None and self.tree.topLevelItemCount():
                    self.tree.setCurrentItem(self.tree.topLevelItem(0))
        QTimer.singleShot(0, self, go_on)

    def _load_bookmarks(self, item, count: int = BOOKMARK_PAGE) -> bool:
        """Add up to ``count`` more of a document's bookmarks under its item; False when all are there."""
        document_id = item.data(0, DOCUMENT_ROLE)
        rest = self._more_bookmarks.get(document_id)
        if rest is None:
            return False
        children = [self._bookmark_item(document_id, bookmark) for bookmark in itertools.islice(rest, count)]
        if len(children) < count:
            del self._more_bookmarks[document_id]
        filling, self._filling = self._filling, True
        item.addChildren(children)
        self._filling = filling
        return bool(children)

    def _bookmark_item(self, document_id: int, bookmark) -> QTreeWidgetItem:
        excerpt = bookmark.text if len(bookmark.text) <= EXCERPT_CHARS else bookmark.text[:EXCERPT_CHARS] + "…"
        name = f"{bookmark.section} — {excerpt}" if bookmark.section and bookmark.section != bookmark.text \
            else excerpt
        if bookmark.changed_from:
            name = self.tr("Changed: {place}").format(place=name)
        child = QTreeWidgetItem([name, bookmark.note, shown_date(bookmark.added)])
        child.setData(0, DOCUMENT_ROLE, document_id)
        child.setData(0, BOOKMARK_ROLE, bookmark.id)
        child.setToolTip(0, bookmark.text)
        if bookmark.changed_from:
            child.setToolTip(0, self.tr("The text has changed since the bookmark was made; it is now at "
                                        "the nearest place. It was: {text}").format(text=bookmark.changed_from))
        child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
        return child

    def _load_more(self) -> bool:
        """The view reached the end of what is there: the last document's next bookmarks, or more documents."""
        count = self.tree.topLevelItemCount()
        if count and self._load_bookmarks(self.tree.topLevelItem(count - 1)):
            return True
        return self._load_documents()

    def _scrolled(self, value: int) -> None:
        if value >= self.tree.verticalScrollBar().maximum():
            self._load_more()

    def _current_moved(self, current) -> None:
        """The keyboard on the last row there is: the rows after it come (a page of a document's
        bookmarks when on its last one)."""
        if current is None or self._filling:
            return
        parent = current.parent()
        if parent is not None and parent.indexOfChild(current) == parent.childCount() - 1:
            if self._load_bookmarks(parent):
                return
        top = parent or current
        if self.tree.indexOfTopLevelItem(top) == self.tree.topLevelItemCount() - 1 and (
                parent is not None or top.childCount() == 0):
            self._load_more()

    def bookmark_count(self, count: int) -> str:
        """"1 bookmark", "3 bookmarks": two texts, since English, the source language, has no
        translation to give the plural forms of one "%n bookmark(s)"."""
        return self.tr("1 bookmark") if count == 1 else self.tr("%n bookmarks", "", count)

    def items(self):
        """The rows made so far (see fill)."""
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            yield top
            for child in range(top.childCount()):
                yield top.child(child)

    def find_item(self, document_id: int, bookmark_id: int = 0, pages: int = SEARCH_PAGES):
        """The row of a document or bookmark; rows not made yet are made, up to ``pages`` more pages."""
        for _page in range(pages + 1):
            document = self._top_item(document_id)
            if document is not None and not bookmark_id:
                return document
            if document is not None:
                found = next((document.child(i) for i in range(document.childCount())
                              if document.child(i).data(0, BOOKMARK_ROLE) == bookmark_id), None)
                if found is not None:
                    return found
            if not (self._load_bookmarks(document, BOOKMARK_PAGE * 10) if document is not None
                    else self._load_documents()):
                return None
        return None

    def _top_item(self, document_id: int):
        return next((self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())
                     if self.tree.topLevelItem(i).data(0, DOCUMENT_ROLE) == document_id), None)

    def select(self, document_id: int | None, bookmark_id: int = 0) -> None:
        item = self.find_item(document_id, bookmark_id) if document_id else None
        if item is None and document_id:
            item = self.find_item(document_id, 0)
        if item is None and self.tree.topLevelItemCount():
            item = self.tree.topLevelItem(0)
        if item is not None:
            self.tree.setCurrentItem(item)

    def current_ids(self) -> tuple[int | None, int]:
        item = self.tree.currentItem()
        if item is None:
            return None, 0
        return item.data(0, DOCUMENT_ROLE), item.data(0, BOOKMARK_ROLE)

    def _update_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        for button in (self.open_button, self.edit_button, self.delete_button):
            button.setEnabled(has)

    def show_undo(self, text: str | Callable[[], str]) -> None:
        """Show the undo strip saying ``text``: a function that writes it, to follow a change of language."""
        self._undo_text = text if callable(text) else (lambda: text)
        self._write_undo()
        self.undo_strip.show()

    def _write_undo(self) -> None:
        if self._undo_text is not None:
            text = self._undo_text()
            self.undo_label.setText(text)
            self.undo_label.setAccessibleName(text)

    def hide_undo(self) -> None:
        self.undo_strip.hide()
        self._undo_text = None

    # Keys and edits -------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and self.tree.state() != \
                QAbstractItemView.State.EditingState:
            key = event.key()
            if key == Qt.Key.Key_F2:
                self.edit(self.tree.currentItem())
                return True
            if key == Qt.Key.Key_Delete:
                self._delete(self.tree.currentItem())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.tree.currentItem())
                return True
        return super().eventFilter(watched, event)

    def edit(self, item) -> None:
        if item is None:
            return
        column = NAME_COLUMN if not item.data(0, BOOKMARK_ROLE) else NOTE_COLUMN
        self.tree.setCurrentItem(item, column)
        self.tree.editItem(item, column)

    def _edited(self, item, column: int) -> None:
        if self._filling:
            return
        document_id, bookmark_id = item.data(0, DOCUMENT_ROLE), item.data(0, BOOKMARK_ROLE)
        if bookmark_id and column == NOTE_COLUMN:
            self.note_requested.emit(bookmark_id, item.text(NOTE_COLUMN))
        elif not bookmark_id and column == NAME_COLUMN:
            self.rename_requested.emit(document_id, item.text(NAME_COLUMN))

    def _open(self, item) -> None:
        if item is not None:
            self.open_requested.emit(item.data(0, DOCUMENT_ROLE), item.data(0, BOOKMARK_ROLE))

    def _delete(self, item) -> None:
        if item is not None:
            self.delete_requested.emit(item.data(0, DOCUMENT_ROLE), item.data(0, BOOKMARK_ROLE))



def fill_from_store(panel: FavoritesPanel, store) -> None:
    """Show the store's favorites in the panel, in its order and through its filter."""
    from ...core import pinyin_order

    def matches(text: str, query: str) -> bool:
        return pinyin_order.matches(text, query)

    documents = store.documents() if panel.sort.currentData() == "title" else store.iter_documents()
    bookmarks_of = store.iter_bookmarks
    if panel.filter.text().strip():  # every document's bookmarks are read: a page of documents a query
        prefetched: dict = {}

        def documents_read_ahead(documents=iter(documents)):
            while page := list(itertools.islice(documents, FILTER_PAGE)):
                prefetched.clear()
                prefetched.update(store.bookmarks_of_documents([document.id for document in page]))
                yield from page

        documents = documents_read_ahead()
        bookmarks_of = lambda document_id: prefetched.get(document_id) or store.iter_bookmarks(document_id)  # noqa: E731
    panel.fill(documents, bookmarks_of, matches, pinyin_order.sort_key, store.bookmark_count)
