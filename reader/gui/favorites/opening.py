"""Opening a favorite from the panel, at its bookmark's place.

A document not shown yet opens in the background (``session.open``: parsing it here held the
window, a 2 MB table for seconds), and the bookmark is gone to once the session shows it. A
bookmark whose sentence moved is looked for in the text (core/favorites.py find_bookmark): one
back at its place is no longer marked changed; one only near it is told, once.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from .store_service import FavoritesStore


class FavoriteOpener(QObject):
    leaving = Signal()  # a favorite is being opened: the panel's elder window steps aside
    changed = Signal()  # a bookmark's place or mark changed in the store

    def __init__(self, session, stored: FavoritesStore, parent=None):
        super().__init__(parent)
        self.session = session
        self.stored = stored
        self._opening: tuple[Path, int] | None = None  # a favorite opening in the background, its bookmark
        session.document_shown.connect(self._shown)  # after the store's: the bookmarks have followed the text
        session.when_provided("loader", self._hear_loader)

    def _hear_loader(self, loader) -> None:
        """A favorite that failed to open, or whose opening was cancelled, is not gone to later."""
        loader.failed.connect(self._forget_opening)
        loader.cancelled.connect(self._forget_opening)

    def open(self, document_id: int, bookmark_id: int = 0) -> bool:
        """Open a favorite, at a bookmark's place if given; False when there is nothing to open."""
        from ...core.favorites import source_to_open
        from ...core.positions import document_key

        store = self.stored.store
        favorite = store.document(document_id) if store else None
        if favorite is None:
            return False
        current = self.session.document
        self.leaving.emit()
        if current is None or document_key(current) != favorite.key:
            source = source_to_open(store, favorite)
            if source is None:
                self.session.feedback.error(
                    self.tr("“{title}” is no longer available: its file and the reader's copy are both gone.")
                    .format(title=favorite.display_title))
                return False
            self._opening = (Path(source), bookmark_id)
            self.session.open(source, remember=str(source) == favorite.path)
            return True
        self._go_to_bookmark(bookmark_id)
        return True

    def _forget_opening(self, *_reason) -> None:
        self._opening = None

    def _shown(self, _document) -> None:
        """The session shows a document: the favorite's asked for, go to its bookmark."""
        opening, self._opening = self._opening, None
        if opening is not None and self.session.path == opening[0]:
            self._go_to_bookmark(opening[1])

    def _go_to_bookmark(self, bookmark_id: int) -> None:
        from ...core.favorites import find_bookmark

        store, document = self.stored.store, self.session.document
        if bookmark_id and store is not None and document is not None:
            before = store.bookmark(bookmark_id)
            found = find_bookmark(document, store, bookmark_id)  # back to its place if it is there again
            bookmark = store.bookmark(bookmark_id)
            if bookmark != before:
                self.changed.emit()
            if found is not None and bookmark is not None:
                self.session.reading.move_to(found.sentence)
                if not found.certain or bookmark.changed_from:
                    self.session.feedback.say(self.tr("The text has changed since the bookmark was made; "
                                                      "this is the nearest place."))
                if bookmark.changed_from:  # told now: no longer marked
                    from ...core.store import StoreWriteError

                    try:
                        store.confirm_bookmark(bookmark_id)
                    except StoreWriteError:  # reading goes on where nothing can be saved
                        pass
                    self.changed.emit()
        self.session.view.setFocus(Qt.FocusReason.OtherFocusReason)
