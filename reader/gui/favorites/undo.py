"""Deleting a favorite or a bookmark, and putting it back (Ctrl+Z, the panel's Undo button).

What each delete removed (core/store.py Removed) is kept, newest last, with the function that
writes its message: the status bar and the panel's undo strip say it in the language of the
moment. A delete that cannot be saved raises StoreWriteError to its caller (who tells it); an
undo that cannot be saved keeps what it would have put back.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .store_service import FavoritesStore, saving

if TYPE_CHECKING:  # the store (sqlite3) is imported when it opens, not on the way to the first window
    from ...core.store import Removed

Message = Callable[[], str]  # writes the message in the current language


class DeleteUndo(QObject):
    changed = Signal(object)  # the message of the delete Undo would undo now, or None

    def __init__(self, session, stored: FavoritesStore, parent=None):
        super().__init__(parent)
        self.session = session
        self.stored = stored
        self._removed: list[tuple[Removed, Message]] = []

    @property
    def last_message(self) -> Message | None:
        return self._removed[-1][1] if self._removed else None

    def delete(self, document_id: int, bookmark_id: int = 0) -> bool:
        """Delete a bookmark, or (bookmark_id 0) a favorite document and its bookmarks; False if
        there was nothing to delete."""
        store = self.stored.store
        if store is None:
            return False
        if bookmark_id:
            bookmark = store.bookmark(bookmark_id)
            if bookmark is None:
                return False
            removed = store.delete_bookmark(bookmark_id)
            where = bookmark.section or bookmark.text[:20]
            message = lambda: self.tr("Bookmark deleted: {where}").format(where=where)  # noqa: E731
        else:
            favorite = store.document(document_id)
            if favorite is None:
                return False
            count = store.bookmark_count(document_id)
            removed = store.delete_document(document_id)
            title = favorite.display_title
            message = lambda: self.tr(  # noqa: E731
                "Removed from My Favorites: {title} (%n bookmark(s)). Ctrl+Z puts it back.", "", count
            ).format(title=title)
        self._removed.append((removed, message))
        self.changed.emit(message)
        self.session.feedback.say(message())
        return True

    @saving
    def undo(self) -> Removed | None:
        """Put back what the last delete removed; what was put back, or None."""
        if not self._removed or self.stored.store is None:
            return None
        removed, _message = self._removed[-1]
        self.stored.store.restore(removed)  # taken off the list only once put back (a full disk keeps it)
        self._removed.pop()
        self.changed.emit(self.last_message)
        self.session.feedback.say(self.tr("Put back."))
        return removed
