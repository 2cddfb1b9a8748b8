"""The Bookmarks menu (收藏): its actions, their keys and their names for the command palette."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..choices import when_first_shown
from ..labels import name_action
from ..language import follow_language

SEARCH_TERMS = "我的收藏 收藏夹 favorites bookmarks 书签"


class FavoritesMenu(QObject):
    def __init__(self, session, favorites, parent=None):
        """``favorites``: the Favorites feature, whose methods the actions call."""
        super().__init__(parent)
        self.window = session.window
        self.menu = session.add_menu()
        self.menu.setObjectName("favoritesMenu")
        self.favorite_action = self._action("favoriteAction", "Ctrl+D", favorites.toggle_favorite, checkable=True)
        self.bookmark_action = self._action("addBookmarkAction", "Ctrl+B", favorites.ask_bookmark)
        self.panel_action = self._action("favoritesPanelAction", "Ctrl+Shift+B", favorites.set_panel_visible,
                                         checkable=True)
        self.menu.addSeparator()
        self.undo_action = self._action("undoFavoritesAction", "Ctrl+Z", favorites.undo)
        self.undo_action.setEnabled(False)
        self.menu.addSeparator()
        self.favorites = favorites
        self.export_action = self.import_action = self.notes_action = None  # no keys: made when the menu opens
        when_first_shown(self.menu, self._make_transfer_actions)
        follow_language(self.retranslate)

    def _make_transfer_actions(self) -> None:
        transfer = lambda: self.favorites.transfer  # noqa: E731 - built when first used
        self.export_action = self._action("exportFavoritesAction", None, lambda: transfer().choose_export_file())
        self.import_action = self._action("importFavoritesAction", None, lambda: transfer().choose_import_file())
        self.notes_action = self._action("exportNotesAction", None, lambda: transfer().choose_notes_file())
        self.import_action.setEnabled(not self.favorites.import_running())
        self.retranslate()

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
            if action is not None:
                name_action(action, text, tip)

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
