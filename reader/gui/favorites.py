"""收藏 and 我的收藏: favorite documents, bookmarks at the reading cursor, and the panel listing them.

- 收藏 (Ctrl+D) keeps the current document among the favorites, with the reader's own copy
  of it; pressed again it removes it (Ctrl+Z puts it back).
- 添加书签 (Ctrl+B) bookmarks the reading cursor's sentence, with an optional note.
- 我的收藏 (Ctrl+Shift+B): a dock beside the text, or a large window of its own in elder
  mode, listing the favorites with their bookmarks: Enter opens, F2 renames a document or
  edits a bookmark's note, Delete deletes (Ctrl+Z or the Undo button undoes); sorted by
  date or by title in pinyin order; filtered by text or pinyin initials (gwy → 国务院).
- A favorite's file that has changed (reloaded with F5, or opened again later) takes the
  favorite with it: its bookmarks are anchored again in the new text (core/favorites.py
  follow_change); one that could only be placed near where it was is marked "Changed" in the
  panel and told when opened (opening it clears the mark), and goes back to its place, unmarked,
  once its sentence is there again (the full file saved after a half-written one was read).
- The undo strip's message is kept as a function that writes it, so a change of interface
  language rewrites it.
The storage is core/store.py, opened shortly after the window is up (never on the way to
the first window), and pypinyin is loaded only when the panel first sorts or filters by it.
"""
from __future__ import annotations

import functools
import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDockWidget, QFrame,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..core.stored_time import displayable_time
from .announce import announce
from .dock_title import give_title_bar
from .labels import name_action, name_clear_button, plain
from .language import follow_language
from .style import ELDER_CONTROL_PX

if TYPE_CHECKING:  # the store (sqlite3) is imported when it opens, not on the way to the first window
    from ..core.store import Removed

SEARCH_TERMS = "我的收藏 收藏夹 favorites bookmarks 书签"
STORE_OPEN_DELAY_MS = 400  # after the first window is up
POLL_MS = 2000  # while the panel shows: did another reader change the favorites?
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole
BOOKMARK_ROLE = Qt.ItemDataRole.UserRole + 1
EXCERPT_CHARS = 40
NAME_COLUMN, NOTE_COLUMN, DATE_COLUMN = range(3)
BUTTON_PX = 44  # WCAG 2.5.5; ELDER_CONTROL_PX in elder mode
PANEL_CHARACTERS = 30  # the docked panel's width, in characters
DOCUMENT_PAGE = 25  # documents made at a time (more when the list is read to its end)
BOOKMARK_PAGE = 10  # a document's bookmarks made at a time
SEARCH_PAGES = 5  # pages made at most to find an entry to select
FILTER_PAGE = 500  # documents whose bookmarks a filter reads in one query
SEARCH_SLICE_S = 0.05  # a filter passing over documents lets the window answer this often
IMPORT_PROGRESS_AFTER_MS = 500  # an import's progress shows only if it takes longer


def _saving(method):
    """A change to the favorites that may not be saved (a read-only or full data folder, another
    reader importing): the user is told why, in a sentence; nothing is lost and nothing raised."""
    @functools.wraps(method)
    def saving(self, *args, **kwargs):
        from ..core.store import StoreWriteError

        try:
            return method(self, *args, **kwargs)
        except StoreWriteError as error:
            self._tell_cannot_save(error.failure)
            return None
    return saving


def _date(seconds: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(displayable_time(seconds)))


class BookmarkDialog(QDialog):
    """Where the bookmark goes, and a field for an optional note (Enter adds, Esc cancels)."""

    def __init__(self, parent, where: str, sentence: str):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # made afresh, in the language of the day, each time
        self.setWindowTitle(self.tr("Add Bookmark"))
        self.setAccessibleName(self.tr("Add Bookmark"))
        self.setObjectName("bookmarkDialog")
        place = QLabel(self.tr("Bookmark at: {where}").format(where=where or sentence), self)
        place.setWordWrap(True)
        excerpt = QLabel(sentence, self)
        excerpt.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookmarkNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("An optional note to keep with the bookmark"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Bookmark"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(place)
        layout.addWidget(excerpt)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())


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
        _name_button(self.open_button, self.tr("&Open"), self.tr("Open the selected document or bookmark (Enter)"))
        _name_button(self.edit_button, self.tr("&Rename / Note"),
                     self.tr("Rename the selected document or edit the bookmark's note (F2)"))
        _name_button(self.delete_button, self.tr("&Delete"), self.tr("Delete the selected entry (Delete)"))
        _name_button(self.undo_button, self.tr("&Undo"), self.tr("Put back what was just deleted (Ctrl+Z)"))
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
            item = QTreeWidgetItem([document.display_title, self.bookmark_count(total), _date(document.added)])
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
        child = QTreeWidgetItem([name, bookmark.note, _date(bookmark.added)])
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


class FavoritesWindow(QDialog):
    """我的收藏 in a large window of its own (elder mode), holding the same panel."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("favoritesWindow")
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.panel_layout = layout
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My Favorites"))
        self.setAccessibleName(self.tr("My Favorites"))
        _name_button(self.close_button, self.tr("&Close"), self.tr("Close My Favorites"))

    def hold(self, panel: QWidget) -> None:
        self.panel_layout.insertWidget(0, panel, 1)
        panel.show()


class Favorites(QObject):
    """The Bookmarks menu, the panel, and the link between the window and the store."""

    _cannot_save_heard = Signal(object)  # a SaveFailure reported, maybe in the import's thread

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._store = None
        self._store_failed = False
        self._undo: list[tuple[Removed, Callable[[], str]]] = []
        self._synced_document = None
        self._data_version = None
        self.bookmark_dialog: BookmarkDialog | None = None
        self.elder_window: FavoritesWindow | None = None
        self._panel: FavoritesPanel | None = None  # built when first shown (start-up stays lean)
        self.dock: QDockWidget | None = None

        self._build_actions()
        window.reading.moved.connect(lambda _sentence: self._sync_favorite_action())
        window.document_shown.connect(self._document_shown)
        self._importing = None  # the import's job, made when first used
        self.import_dialog = None  # its progress, with Cancel
        self.import_report = None  # the last import's, once told
        self._opening: tuple[Path, int] | None = None  # a favorite opening in the background, its bookmark
        self._heard_loader = False  # the window's loader is made after this
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_changes)
        QTimer.singleShot(STORE_OPEN_DELAY_MS, self, lambda: window.loader.when_idle(self._open_store_later))
        from ..core import save_failures

        # Settings, positions and favorites: told once. Heard through a signal: an import's thread may report.
        self._cannot_save_heard.connect(self._tell_cannot_save)
        save_failures.listen(self._hear_cannot_save)

    @property
    def panel(self) -> FavoritesPanel:
        if self._panel is None:
            panel = FavoritesPanel()
            self.dock = QDockWidget(self.tr("My Favorites"), self.window)  # renamed in retranslate
            self.dock.setObjectName("favoritesDock")
            self.dock.setWidget(panel)
            self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                  | QDockWidget.DockWidgetFeature.DockWidgetMovable)
            give_title_bar(self.dock)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
            self.dock.visibilityChanged.connect(self._panel_visibility_changed)
            panel.open_requested.connect(self.open_entry)
            panel.rename_requested.connect(self.rename)
            panel.note_requested.connect(self.set_note)
            panel.delete_requested.connect(self.delete_entry)
            panel.undo_requested.connect(self.undo)
            panel.order_changed.connect(self.refresh)
            self._panel = panel
            if self._undo:
                panel.show_undo(self._undo[-1][1])
        return self._panel

    # Actions --------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.window
        self.menu = window.add_menu()
        self.menu.setObjectName("favoritesMenu")
        self.favorite_action = self._action("favoriteAction", "Ctrl+D", self.toggle_favorite, checkable=True)
        self.bookmark_action = self._action("addBookmarkAction", "Ctrl+B", self.ask_bookmark)
        self.panel_action = self._action("favoritesPanelAction", "Ctrl+Shift+B", self.set_panel_visible,
                                         checkable=True)
        self.menu.addSeparator()
        self.undo_action = self._action("undoFavoritesAction", "Ctrl+Z", self.undo)
        self.undo_action.setEnabled(False)
        self.menu.addSeparator()
        self.export_action = self._action("exportFavoritesAction", None, self.choose_export_file)
        self.import_action = self._action("importFavoritesAction", None, self.choose_import_file)
        self.notes_action = self._action("exportNotesAction", None, self.choose_notes_file)
        self.menu.aboutToShow.connect(self._sync_favorite_action)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Bookmarks"))
        for action, text, tip in (
            (self.favorite_action, self.tr("Add to My &Favorites"),
             self.tr("Keep this document in My Favorites, or take it out")),
            (self.bookmark_action, self.tr("Add &Bookmark…"),
             self.tr("Bookmark the sentence at the reading cursor, with a note")),
            (self.panel_action, self.tr("&My Favorites"), self.tr("List the favorite documents and their bookmarks")),
            (self.undo_action, self.tr("&Undo Delete"), self.tr("Put back the favorite or bookmark just deleted")),
            (self.export_action, self.tr("&Export Favorites…"),
             self.tr("Save every favorite and bookmark to a file (a backup)")),
            (self.import_action, self.tr("&Import Favorites…"),
             self.tr("Add the favorites and bookmarks of an exported file")),
            (self.notes_action, self.tr("Export &Notes as Markdown…"),
             self.tr("Save the bookmarks and their notes as a Markdown file")),
        ):
            name_action(action, text, tip)
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("My Favorites"))
        if self._panel is not None:
            self.refresh()  # counts and "Changed:" marks in the list

    def _action(self, name: str, key, slot, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setCheckable(checkable)
        if key:
            action.setShortcut(QKeySequence(key))
        action.setProperty("search_terms", SEARCH_TERMS)
        if checkable:
            action.triggered.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    # The store ------------------------------------------------------------------
    def _open_store_later(self) -> None:
        from ..core import save_failures
        from ..core.paths import data_dir

        store = self.store  # opening it tells the user of a damaged file at start-up
        failure = store.cannot_save if store is not None else None
        save_failures.report(failure or save_failures.check_folder(data_dir()))  # told now, not at the first save
        self._sync_favorite_action()
        if self._store is not None and self.window.document is not None:
            self._follow_change(self.window.document)

    def _document_shown(self, document) -> None:
        if self._store is not None:  # else _open_store_later sees to it
            self._follow_change(document)

    def _follow_change(self, document) -> None:
        """A favorite's file opened with a new text: the favorite and its bookmarks move to it."""
        import sqlite3

        from ..core.favorites import follow_change
        from ..core.store import StoreWriteError

        try:
            followed = follow_change(self._store, document, self.window.current_path)
        except StoreWriteError as error:
            self._tell_cannot_save(error.failure)
            return
        except (sqlite3.Error, OSError) as error:
            self._tell(self.tr("The bookmarks could not be moved to the changed document: {reason}")
                       .format(reason=error), error=True)
            return
        if followed is None:
            return
        self._sync_favorite_action()
        self.refresh()
        if followed.uncertain:
            self._tell(self.tr("The text has changed around %n bookmark(s); each is now at the nearest place "
                               "and marked “Changed” in My Favorites.", "", len(followed.uncertain)))

    @property
    def store(self):
        if self._store is None and not self._store_failed:
            from ..core.store import Store, StoreError

            try:
                self._store = Store()
            except (StoreError, OSError) as error:
                self._store_failed = True
                self._tell(self.tr("My Favorites cannot be opened: {reason}").format(reason=error), error=True)
                return None
            if self._store.set_aside is not None:
                from PySide6.QtCore import QCoreApplication

                from ..core.store import SALVAGED_MESSAGE

                set_aside, salvaged = self._store.set_aside, self._store.salvaged
                self._tell(lambda: self.tr(
                    "The favorites file was damaged, so the reader started a new one. "
                    "The damaged file was kept as {path}.").format(path=set_aside)
                    + (" " + salvaged.format(QCoreApplication.translate("Store", SALVAGED_MESSAGE)) if salvaged else ""),
                    error=True)
            self._data_version = self._store.data_version()
        return self._store

    def _hear_cannot_save(self, failure) -> None:
        self._cannot_save_heard.emit(failure)  # queued to the window's thread when heard in another

    def _tell_cannot_save(self, failure) -> None:
        from PySide6.QtCore import QCoreApplication

        self._tell(lambda: failure.format(QCoreApplication.translate("SaveFailure", failure.message)), error=True)

    def _tell(self, message, error: bool = False) -> None:
        """Say message (a text, or for an error that stays on screen, a function that writes it)."""
        if error:
            self.window.message_bar.show_message(message)
            message = self.window.message_bar.text()
        else:
            announce(self.window, message)
        self.window.statusBar().showMessage(message, 8000)

    def _need_document(self) -> bool:
        if self.window.document is None or not self.window.document.sentences:
            self._tell(self.tr("Open a document first."))
            return False
        return True

    def _sync_favorite_action(self) -> None:
        document = self.window.document
        if self._store is None or document is None:
            self.favorite_action.setChecked(False)
            return
        from ..core.favorites import favorite_of

        self._synced_document = document
        self.favorite_action.setChecked(favorite_of(self._store, document) is not None)

    # 收藏 and 书签 -----------------------------------------------------------------
    @_saving
    def toggle_favorite(self, _checked=None) -> bool:
        """Keep the current document, or take it out if kept; True if it is a favorite now."""
        from ..core.favorites import favorite_of, keep_document

        store = self.store
        if store is None or not self._need_document():
            self._sync_favorite_action()
            return False
        document = self.window.document
        favorite = favorite_of(store, document)
        if favorite is None:
            favorite = keep_document(store, document, self.window.current_path)
            self._tell(self.tr("Added to My Favorites: {title}").format(title=favorite.display_title))
            kept = True
        else:
            count = store.bookmark_count(favorite.id)
            removed = store.delete_document(favorite.id)
            self._push_undo(removed, self._removed_message(favorite.display_title, count))
            kept = False
        self._sync_favorite_action()
        self.refresh()
        return kept

    def ask_bookmark(self) -> None:
        if self.store is None or not self._need_document():
            return
        from ..core.favorites import section_label

        reading = self.window.reading
        where = section_label(self.window.document, reading.sentence)
        self.bookmark_dialog = BookmarkDialog(self.window, where, reading.sentence_text())
        self.bookmark_dialog.accepted.connect(
            lambda dialog=self.bookmark_dialog: self.add_bookmark(dialog.note.text()))
        self.bookmark_dialog.open()

    @_saving
    def add_bookmark(self, note: str = "") -> int | None:
        """Bookmark the reading cursor's sentence; the new bookmark's id."""
        from ..core.favorites import add_bookmark

        store = self.store
        if store is None or not self._need_document():
            return None
        window = self.window
        favorite, bookmark_id = add_bookmark(store, window.document, window.current_path,
                                             window.reading.sentence, note)
        where = store.bookmark(bookmark_id).section or favorite.display_title
        self._tell(self.tr("Bookmark added: {where}").format(where=where))
        self._sync_favorite_action()
        self.refresh()
        if self._panel is not None:
            self._panel.select(favorite.id, bookmark_id)
        return bookmark_id

    # The panel --------------------------------------------------------------------
    def set_panel_visible(self, visible: bool = True) -> None:
        elder = self.window.appearance.elder
        if visible:
            self.panel  # noqa: B018 - built on first use
            self.refresh()
            self.panel.set_elder(elder)
            if elder:
                self.dock.hide()
                if self.elder_window is None:
                    self.elder_window = FavoritesWindow(self.window)
                    self.elder_window.finished.connect(lambda _result: self._panel_visibility_changed(False))
                self.elder_window.hold(self.panel)
                screen = self.window.screen().availableGeometry()
                self.elder_window.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
                self.elder_window.show()
                self.elder_window.raise_()
                self.elder_window.activateWindow()
            else:
                if self.elder_window is not None:
                    self.elder_window.hide()
                if self.dock.widget() is not self.panel:
                    self.dock.setWidget(self.panel)
                self.dock.show()
                self.dock.raise_()
                wanted = min(self.panel.fontMetrics().horizontalAdvance("中") * PANEL_CHARACTERS,
                             self.window.width() // 2)
                if not self.dock.isFloating() and self.dock.width() < wanted:
                    self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Horizontal)
            self.panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            if self.dock is not None:
                self.dock.hide()
            if self.elder_window is not None:
                self.elder_window.hide()
        self._panel_visibility_changed(visible)

    def panel_visible(self) -> bool:
        in_dock = self.dock is not None and self.dock.isVisible()
        return in_dock or (self.elder_window is not None and self.elder_window.isVisible())

    def _panel_visibility_changed(self, _visible=None) -> None:
        visible = self.panel_visible()
        self.panel_action.setChecked(visible)
        if visible:
            self._poll.start()
        else:
            self._poll.stop()

    def _poll_changes(self) -> None:
        if self._store is not None and self._store.data_version() != self._data_version:
            self.refresh()  # another reader changed the favorites

    def refresh(self) -> None:
        store = self.store
        if store is None:
            return
        self._data_version = store.data_version()
        if self._panel is None:
            return
        from ..core import pinyin_order

        def matches(text: str, query: str) -> bool:
            return pinyin_order.matches(text, query)

        documents = store.documents() if self.panel.sort.currentData() == "title" else store.iter_documents()
        bookmarks_of = store.iter_bookmarks
        if self.panel.filter.text().strip():  # every document's bookmarks are read: a page of documents a query
            prefetched: dict = {}

            def documents_read_ahead(documents=iter(documents)):
                while page := list(itertools.islice(documents, FILTER_PAGE)):
                    prefetched.clear()
                    prefetched.update(store.bookmarks_of_documents([document.id for document in page]))
                    yield from page

            documents = documents_read_ahead()
            bookmarks_of = lambda document_id: prefetched.get(document_id) or store.iter_bookmarks(document_id)  # noqa: E731
        self.panel.fill(documents, bookmarks_of, matches, pinyin_order.sort_key, store.bookmark_count)

    # Panel requests ---------------------------------------------------------------
    def open_entry(self, document_id: int, bookmark_id: int = 0) -> bool:
        """Open a favorite, at a bookmark's place if given. A document not shown yet opens in the
        background (document_loader.py: parsing it here held the window, a 2 MB table for seconds),
        and the bookmark is gone to once it is shown; False when there is nothing to open."""
        from ..core.favorites import source_to_open
        from ..core.positions import document_key

        store = self.store
        favorite = store.document(document_id) if store else None
        if favorite is None:
            return False
        window = self.window
        current = window.document
        self._leave_panel()
        if current is None or document_key(current) != favorite.key:
            source = source_to_open(store, favorite)
            if source is None:
                self._tell(self.tr("“{title}” is no longer available: its file and the reader's copy are both gone.")
                           .format(title=favorite.display_title), error=True)
                return False
            if not self._heard_loader:
                self._heard_loader = True
                window.loader.loaded.connect(self._opened)
                window.loader.failed.connect(self._forget_opening)
                window.loader.cancelled.connect(self._forget_opening)
            self._opening = (Path(source), bookmark_id)
            window.open_path(source, remember=str(source) == favorite.path, wait=False)
            return True
        self._go_to_bookmark(bookmark_id)
        return True

    def _forget_opening(self, *_reason) -> None:
        self._opening = None

    def _opened(self, _document) -> None:
        """The loader showed a document: the favorite's asked for, go to its bookmark."""
        opening, self._opening = self._opening, None
        if opening is not None and self.window.current_path == opening[0]:
            self._go_to_bookmark(opening[1])

    def _go_to_bookmark(self, bookmark_id: int) -> None:
        from ..core.favorites import find_bookmark

        store, window = self.store, self.window
        if bookmark_id and store is not None and window.document is not None:
            before = store.bookmark(bookmark_id)
            found = find_bookmark(window.document, store, bookmark_id)  # back to its place if it is there again
            bookmark = store.bookmark(bookmark_id)
            if bookmark != before:
                self.refresh()
            if found is not None and bookmark is not None:
                window.reading.move_to(found.sentence)
                if not found.certain or bookmark.changed_from:
                    self._tell(self.tr("The text has changed since the bookmark was made; "
                                       "this is the nearest place."))
                if bookmark.changed_from:  # told now: no longer marked
                    from ..core.store import StoreWriteError

                    try:
                        store.confirm_bookmark(bookmark_id)
                    except StoreWriteError:  # reading goes on where nothing can be saved
                        pass
                    self.refresh()
        window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave_panel(self) -> None:
        """Elder mode's window of favorites steps aside for the document (the dock stays)."""
        if self.elder_window is not None and self.elder_window.isVisible():
            self.elder_window.hide()
            self._panel_visibility_changed()

    @_saving
    def rename(self, document_id: int, name: str) -> None:
        store = self.store
        favorite = store.document(document_id) if store else None
        if favorite is None:
            return
        name = name.strip()
        store.rename_document(document_id, "" if name == favorite.title else name)
        self._tell(self.tr("Renamed: {title}").format(title=name or favorite.title))
        self.refresh()

    @_saving
    def set_note(self, bookmark_id: int, note: str) -> None:
        if self.store is None:
            return
        self.store.set_note(bookmark_id, note)
        self._tell(self.tr("Note saved.") if note.strip() else self.tr("Note removed."))
        self.refresh()

    @_saving
    def delete_entry(self, document_id: int, bookmark_id: int = 0) -> None:
        store = self.store
        if store is None:
            return
        if bookmark_id:
            bookmark = store.bookmark(bookmark_id)
            if bookmark is None:
                return
            removed = store.delete_bookmark(bookmark_id)
            where = bookmark.section or bookmark.text[:20]
            message = lambda: self.tr("Bookmark deleted: {where}").format(where=where)  # noqa: E731
        else:
            favorite = store.document(document_id)
            if favorite is None:
                return
            count = store.bookmark_count(document_id)
            removed = store.delete_document(document_id)
            message = self._removed_message(favorite.display_title, count)
        self._push_undo(removed, message)
        self._sync_favorite_action()
        self.refresh()
        if self._panel is not None:
            self._panel.select(document_id)

    def _removed_message(self, title: str, count: int) -> Callable[[], str]:
        return lambda: self.tr("Removed from My Favorites: {title} (%n bookmark(s)). Ctrl+Z puts it back.", "",
                               count).format(title=title)

    def _push_undo(self, removed: Removed, message: Callable[[], str]) -> None:
        """Remember what a delete removed, and the function that says so (in the language of the moment)."""
        self._undo.append((removed, message))
        self.undo_action.setEnabled(True)
        if self._panel is not None:
            self._panel.show_undo(message)
        self._tell(message())

    @_saving
    def undo(self) -> bool:
        if not self._undo or self.store is None:
            return False
        removed, _message = self._undo[-1]
        self.store.restore(removed)  # taken off the list only once put back (a full disk keeps it)
        self._undo.pop()
        self.undo_action.setEnabled(bool(self._undo))
        if self._panel is not None and self._undo:
            self._panel.show_undo(self._undo[-1][1])
        elif self._panel is not None:
            self._panel.hide_undo()
        self._tell(self.tr("Put back."))
        self._sync_favorite_action()
        self.refresh()
        if self._panel is not None and removed.bookmarks:
            self._panel.select(removed.bookmarks[0]["document_id"], removed.bookmarks[0]["id"])
        elif self._panel is not None and removed.documents:
            self._panel.select(removed.documents[0]["id"])
        return True

    # Export and import --------------------------------------------------------------
    def _save_name(self, title: str, name: str, pattern: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), pattern)
        return path

    def choose_export_file(self) -> None:
        path = self._save_name(self.tr("Export Favorites"), "reader-bookmarks.json", self.tr("Bookmarks (*.json)"))
        if path:
            self.export(path)

    def choose_notes_file(self) -> None:
        path = self._save_name(self.tr("Export Notes as Markdown"), "reader-notes.md", self.tr("Markdown (*.md)"))
        if path:
            self.export_notes(path)

    def choose_import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Favorites"), str(Path.home()),
                                              self.tr("Bookmarks (*.json);;All files (*)"))
        if path:
            self.import_file(path)

    def export(self, path) -> bool:
        from ..core.bookmarks_io import export_json

        if self.store is None:
            return False
        try:
            count = export_json(self.store, path)
        except OSError as error:
            self._tell(self.tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror or error),
                       error=True)
            return False
        self._tell(self.tr("Saved %n bookmark(s) to {path}", "", count).format(path=path))
        return True

    def export_notes(self, path) -> bool:
        from PySide6.QtCore import QCoreApplication

        from ..core.bookmarks_io import export_markdown

        if self.store is None:
            return False
        try:
            export_markdown(self.store, path, heading=QCoreApplication.translate("FavoritesPanel", "My Favorites"))
        except OSError as error:
            self._tell(self.tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror or error),
                       error=True)
            return False
        self._tell(self.tr("Notes saved to {path}").format(path=path))
        return True

    def import_file(self, path, wait: bool = False) -> bool:
        """Import an exported file in the background, with progress and Cancel (100,000 bookmarks held
        the window ~4 s); the report is told on the window's thread (``wait``: here, now). False when
        no import started (no store, one already running, nothing can be saved)."""
        store = self.store
        if store is None:
            return False
        if self.importing.running:
            self._tell(self.tr("Still importing favorites…"))
            return False
        if store.read_only:  # told now, not after reading the whole file
            self._tell_cannot_save(store.cannot_save)
            return False
        self.import_report = None
        self.import_action.setEnabled(False)
        if not wait:
            self._show_import_progress()
        self.importing.start(_import_in_thread, Path(path), store.path, wait=wait)
        return True

    @property
    def importing(self):
        """The import's job (gui/background.py), made when first used."""
        if self._importing is None:
            from .background import BackgroundJob

            self._importing = BackgroundJob(self, "import-favorites")
            self._importing.progressed.connect(self._import_progressed)
            self._importing.finished.connect(self._import_finished)
        return self._importing

    def _show_import_progress(self) -> None:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self.window)
        dialog.setObjectName("importFavoritesProgress")
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(IMPORT_PROGRESS_AFTER_MS)  # a small file is done before it shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.importing.cancel)
        dialog.rejected.connect(self.importing.cancel)  # Esc
        self.import_dialog = dialog
        self._name_import_dialog(0.0)
        dialog.setValue(0)

    def _name_import_dialog(self, share: float) -> None:
        from ..core.bookmarks_io import READ_SHARE, SAVING_SHARE

        dialog = self.import_dialog
        dialog.setWindowTitle(self.tr("Import Favorites"))
        dialog.setAccessibleName(self.tr("Import Favorites"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if share < READ_SHARE:
            dialog.setLabelText(self.tr("Reading the file…"))
        elif share < SAVING_SHARE:
            dialog.setLabelText(self.tr("Checking the bookmarks…"))
        else:
            dialog.setLabelText(self.tr("Saving the bookmarks…"))

    def _import_progressed(self, share: float) -> None:
        if self.import_dialog is not None:
            self._name_import_dialog(share)
            self.import_dialog.setValue(round(share * 100))

    def _import_finished(self, report, error) -> None:
        """On the window's thread: say how the import went."""
        from PySide6.QtCore import QCoreApplication

        from ..core.bookmarks_io import ImportFormatError
        from ..core.store import StoreWriteError
        from .background import JobCancelled

        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self.import_action.setEnabled(True)
        self.import_report = report
        if isinstance(error, JobCancelled):
            self._tell(self.tr("Import cancelled: nothing was added."))
            return
        if isinstance(error, ImportFormatError):
            self._tell(error.format(QCoreApplication.translate("BookmarksImport", error.message)), error=True)
            return
        if isinstance(error, StoreWriteError):
            self._tell_cannot_save(error.failure)
            return
        if error is not None:  # the database or the reader's own fault: said, the window goes on
            self._tell(self.tr("The favorites could not be imported: {reason}").format(reason=error), error=True)
            return
        message = self.tr("Imported %n bookmark(s).", "", report.bookmarks_added)
        if report.duplicates:
            message += " " + self.tr("%n were already there.", "", report.duplicates)
        if report.problems:
            details = "; ".join(problem.format(QCoreApplication.translate("BookmarksImport", problem.message))
                                for problem in report.problems[:5])
            more = " …" if len(report.problems) > 5 else ""
            message += " " + self.tr("%n entries were skipped: ", "", len(report.problems)) + details + more
            self._tell(message, error=True)
        else:
            self._tell(message)
        self._sync_favorite_action()
        self.refresh()


def _import_in_thread(progress, path: Path, store_path: Path):
    """In the import's thread: a connection of its own (SQLite's belong to the thread that made them)."""
    from ..core.bookmarks_io import import_file
    from ..core.store import Store, StoreWriteError

    store = Store(store_path)
    try:
        if store.read_only:
            raise StoreWriteError(store.cannot_save)
        return import_file(store, path, progress)
    finally:
        store.close()


def _name_button(button: QPushButton, text: str, description: str) -> None:
    button.setText(text)
    button.setAccessibleName(plain(text))
    button.setAccessibleDescription(description)
    button.setToolTip(description)


def install_favorites(window) -> Favorites:
    return Favorites(window)
