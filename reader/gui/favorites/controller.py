"""The favorites feature: its parts put together, and 收藏 and 书签 themselves."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..language import follow_language
from .menu import FavoritesMenu
from .store_service import FavoritesStore, saving

if TYPE_CHECKING:  # made (and their modules loaded) when first needed: see the parts below
    from .bookmark_dialog import BookmarkDialog
    from .opening import FavoriteOpener
    from .panel import FavoritesPanel
    from .panel_host import PanelHost
    from .transfer import FavoritesTransfer
    from .undo import DeleteUndo


class Favorites(QObject):
    """The Bookmarks menu, the panel, and the link between the session and the store."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        # The store is there from the start: it follows each document shown (a favorite's new
        # text moves its bookmarks) and tells what cannot be saved. The other parts are built
        # when first used (deleting, opening a favorite, export and import, the panel).
        self.stored = FavoritesStore(session, self)  # first: its document_shown slot moves bookmarks first
        self._deletes: DeleteUndo | None = None
        self._opener: FavoriteOpener | None = None
        self._transfer: FavoritesTransfer | None = None
        self._host: PanelHost | None = None
        self.bookmark_dialog: BookmarkDialog | None = None
        menu = FavoritesMenu(session, self, self)
        self.menu = menu.menu
        self.favorite_action, self.bookmark_action, self.panel_action = (
            menu.favorite_action, menu.bookmark_action, menu.panel_action)
        self.undo_action = menu.undo_action
        self.entries = menu  # its entries without keys are made when the menu first opens

        self.menu.aboutToShow.connect(self._sync_favorite_action)
        session.position_moved.connect(lambda _sentence: self._sync_favorite_action())
        self.stored.opened.connect(self._sync_favorite_action)
        self.stored.changed.connect(self._changed)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        if self.built_panel is not None:
            self.refresh()  # counts and "Changed:" marks in the list

    # The parts, built when first used --------------------------------------------------
    @property
    def deletes(self) -> DeleteUndo:
        if self._deletes is None:
            from .undo import DeleteUndo

            self._deletes = DeleteUndo(self.session, self.stored, self)
            self._deletes.changed.connect(self._undo_changed)
        return self._deletes

    @property
    def opener(self) -> FavoriteOpener:
        if self._opener is None:
            from .opening import FavoriteOpener

            self._opener = FavoriteOpener(self.session, self.stored, self)
            self._opener.leaving.connect(lambda: self._host.step_aside() if self._host is not None else None)
            self._opener.changed.connect(self.refresh)
        return self._opener

    @property
    def transfer(self) -> FavoritesTransfer:
        if self._transfer is None:
            from .transfer import FavoritesTransfer

            self._transfer = FavoritesTransfer(self.session, self.stored, self)
            self._transfer.import_running.connect(self._importing)
            self._transfer.imported.connect(self._changed)
        return self._transfer

    def _importing(self, running: bool) -> None:
        """Import… is off while an import runs (or made off, if the menu opens during one)."""
        if self.entries.import_action is not None:
            self.entries.import_action.setEnabled(not running)

    def import_running(self) -> bool:
        return self._transfer is not None and self._transfer.importing.running

    @property
    def import_action(self):
        return self.entries.import_action

    @property
    def host(self) -> PanelHost:
        """Where the panel shows: a dock, or a window of its own in elder mode."""
        if self._host is None:
            from .panel_host import PanelHost

            self._host = PanelHost(self.session, self)
            self._host.built.connect(self._panel_built)
            self._host.visibility_changed.connect(self._panel_visibility_changed)
        return self._host

    @property
    def built_panel(self) -> FavoritesPanel | None:
        """The panel if it was made, without making it."""
        return self._host.built_panel if self._host is not None else None

    # What tests and the window's tools reach -------------------------------------------
    @property
    def store(self):
        """The store, opened now if it was not yet (None if it cannot be)."""
        return self.stored.store

    @property
    def panel(self) -> FavoritesPanel:
        return self.host.panel

    @property
    def dock(self):
        return self._host.dock if self._host is not None else None

    @property
    def elder_window(self):
        return self._host.elder_window if self._host is not None else None

    @property
    def importing(self):
        return self.transfer.importing

    @property
    def import_dialog(self):
        return self.transfer.import_dialog

    @property
    def import_report(self):
        return self.transfer.import_report

    def export(self, path) -> bool:
        return self.transfer.export(path)

    def export_notes(self, path) -> bool:
        return self.transfer.export_notes(path)

    def import_file(self, path, wait: bool = False) -> bool:
        return self.transfer.import_file(path, wait)

    # 收藏 and 书签 -----------------------------------------------------------------
    def _need_document(self) -> bool:
        if not self.session.has_text():
            self.session.feedback.say(self.tr("Open a document first."))
            return False
        return True

    def _sync_favorite_action(self) -> None:
        store, document = self.stored.opened_store, self.session.document
        if store is None or document is None:
            self.favorite_action.setChecked(False)
            return
        from ...core.favorites import favorite_of

        self.favorite_action.setChecked(favorite_of(store, document) is not None)

    @saving
    def toggle_favorite(self, _checked=None) -> bool:
        """Keep the current document, or take it out if kept; True if it is a favorite now."""
        from ...core.favorites import favorite_of, keep_document

        store = self.stored.store
        if store is None or not self._need_document():
            self._sync_favorite_action()
            return False
        document = self.session.document
        favorite = favorite_of(store, document)
        if favorite is None:
            favorite = keep_document(store, document, self.session.path)
            self.session.feedback.say(self.tr("Added to My Favorites: {title}").format(title=favorite.display_title))
            kept = True
        else:
            self.deletes.delete(favorite.id)
            kept = False
        self._changed()
        return kept

    def ask_bookmark(self) -> None:
        if self.stored.store is None or not self._need_document():
            return
        from ...core.favorites import section_label
        from .bookmark_dialog import BookmarkDialog

        session = self.session
        where = section_label(session.document, session.sentence)
        self.bookmark_dialog = BookmarkDialog(session.window, where, session.reading.sentence_text())
        self.bookmark_dialog.accepted.connect(
            lambda dialog=self.bookmark_dialog: self.add_bookmark(dialog.note.text()))
        self.bookmark_dialog.open()

    @saving
    def add_bookmark(self, note: str = "") -> int | None:
        """Bookmark the reading cursor's sentence; the new bookmark's id."""
        from ...core.favorites import add_bookmark

        store = self.stored.store
        if store is None or not self._need_document():
            return None
        session = self.session
        favorite, bookmark_id = add_bookmark(store, session.document, session.path, session.sentence, note)
        where = store.bookmark(bookmark_id).section or favorite.display_title
        session.feedback.say(self.tr("Bookmark added: {where}").format(where=where))
        self._changed()
        if self.built_panel is not None:
            self.built_panel.select(favorite.id, bookmark_id)
        return bookmark_id

    # The panel --------------------------------------------------------------------
    def set_panel_visible(self, visible: bool = True) -> None:
        if visible:
            self.host.panel  # noqa: B018 - made the first time it shows
            self.refresh()
            self.host.show()
        else:
            self.host.hide()

    def panel_visible(self) -> bool:
        return self._host is not None and self._host.visible()

    def _panel_built(self, panel: FavoritesPanel) -> None:
        panel.open_requested.connect(self.open_entry)
        panel.rename_requested.connect(self.rename)
        panel.note_requested.connect(self.set_note)
        panel.delete_requested.connect(self.delete_entry)
        panel.undo_requested.connect(self.undo)
        panel.order_changed.connect(self.refresh)
        if self._deletes is not None and self._deletes.last_message is not None:
            panel.show_undo(self._deletes.last_message)

    def _panel_visibility_changed(self, visible: bool) -> None:
        self.panel_action.setChecked(visible)
        self.stored.watch(visible)  # another reader's changes, while the list shows

    def _changed(self) -> None:
        """The favorites changed: the 收藏 check mark and the list follow."""
        self._sync_favorite_action()
        self.refresh()

    def refresh(self) -> None:
        store = self.stored.store
        if store is None:
            return
        self.stored.mark_read()
        if self.built_panel is not None:
            from .panel import fill_from_store

            fill_from_store(self.built_panel, store)

    # Panel requests ---------------------------------------------------------------
    def open_entry(self, document_id: int, bookmark_id: int = 0) -> bool:
        """Open a favorite, at a bookmark's place if given (opening.py); False when there is nothing to open."""
        return self.opener.open(document_id, bookmark_id)

    @saving
    def rename(self, document_id: int, name: str) -> None:
        store = self.stored.store
        favorite = store.document(document_id) if store else None
        if favorite is None:
            return
        name = name.strip()
        store.rename_document(document_id, "" if name == favorite.title else name)
        self.session.feedback.say(self.tr("Renamed: {title}").format(title=name or favorite.title))
        self.refresh()

    @saving
    def set_note(self, bookmark_id: int, note: str) -> None:
        store = self.stored.store
        if store is None:
            return
        store.set_note(bookmark_id, note)
        self.session.feedback.say(self.tr("Note saved.") if note.strip() else self.tr("Note removed."))
        self.refresh()

    @saving
    def delete_entry(self, document_id: int, bookmark_id: int = 0) -> None:
        """Delete a bookmark, or (bookmark_id 0) a favorite and its bookmarks; Ctrl+Z puts it back."""
        if not self.deletes.delete(document_id, bookmark_id):
            return
        self._changed()
        if self.built_panel is not None:
            self.built_panel.select(document_id)

    def undo(self) -> bool:
        if self._deletes is None:  # nothing deleted yet
            return False
        removed = self._deletes.undo()
        if removed is None:
            return False
        self._changed()
        panel = self.built_panel
        if panel is not None and removed.bookmarks:
            panel.select(removed.bookmarks[0]["document_id"], removed.bookmarks[0]["id"])
        elif panel is not None and removed.documents:
            panel.select(removed.documents[0]["id"])
        return True

    def _undo_changed(self, message) -> None:
        self.undo_action.setEnabled(message is not None)
        panel = self.built_panel
        if panel is not None and message is not None:
            panel.show_undo(message)
        elif panel is not None:
            panel.hide_undo()
