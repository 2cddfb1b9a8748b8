"""The favorites' store (core/store.py) in the window: opened after start-up, its failures told.

The store opens shortly after the first window is up, once no document is loading (never on the
way to the first window: opening it holds the window ~60 ms). What it cannot do is told through
the session's feedback, in a sentence, never raised: a damaged file set aside, a store that cannot
be opened, changes that cannot be saved (a read-only or full data folder, another reader
importing: told once for settings, positions and favorites, core/save_failures.py). A favorite's
file shown with a new text takes the favorite and its bookmarks with it (core/favorites.py
follow_change). While the panel shows, the store is watched for another reader's changes.
"""
from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

STORE_OPEN_DELAY_MS = 400  # after the first window is up
POLL_MS = 2000  # while watched: did another reader change the favorites?


def saving(method):
    """A change to the favorites that may not be saved: the user is told why, in a sentence;
    nothing is lost and nothing raised. For methods of objects whose ``stored`` is the
    FavoritesStore."""
    @functools.wraps(method)
    def saving(self, *args, **kwargs):
        from ...core.store import StoreWriteError

        try:
            return method(self, *args, **kwargs)
        except StoreWriteError as error:
            self.stored.tell_cannot_save(error.failure)
            return None
    return saving


class FavoritesStore(QObject):
    opened = Signal()  # the store was opened after start-up (or could not be)
    changed = Signal()  # the favorites changed on their own: a file's new text moved them, another reader wrote

    _cannot_save_heard = Signal(object)  # a SaveFailure reported, maybe in the import's thread

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._store = None
        self._failed = False
        self._data_version = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_changes)
        session.document_shown.connect(self._document_shown)
        QTimer.singleShot(STORE_OPEN_DELAY_MS, self, self._open_when_idle)
        from ...core import save_failures

        # Settings, positions and favorites: told once. Heard through a signal: an import's thread may report.
        self._cannot_save_heard.connect(self.tell_cannot_save)
        save_failures.listen(self.hear_cannot_save)

    @property
    def store(self):
        """The store, opened now if it was not yet; None if it cannot be (told once)."""
        if self._store is None and not self._failed:
            from ...core.store import Store, StoreError

            try:
                self._store = Store()
            except (StoreError, OSError) as error:
                self._failed = True
                self.session.feedback.error(self.tr("My Favorites cannot be opened: {reason}").format(reason=error))
                return None
            if self._store.set_aside is not None:
                self._tell_set_aside(self._store.set_aside, self._store.salvaged)
            self._data_version = self._store.data_version()
        return self._store

    @property
    def opened_store(self):
        """The store if it is open, without opening it."""
        return self._store

    def _tell_set_aside(self, set_aside, salvaged) -> None:
        from ...core.store import SALVAGED_MESSAGE

        self.session.feedback.warn(lambda: self.tr(
            "The favorites file was damaged, so the reader started a new one. "
            "The damaged file was kept as {path}.").format(path=set_aside)
            + (" " + salvaged.format(QCoreApplication.translate("Store", SALVAGED_MESSAGE)) if salvaged else ""))

    # Start-up ---------------------------------------------------------------------
    def _open_when_idle(self) -> None:
        """Open the store, after the document loading (if any) has ended: its ~60 ms on top of a
        slice of the loader's own work would stall the window. Asked after the delay, when every
        feature of the window was installed: the loader, if the window offers one, is there."""
        loader = self.session.provided("loader")
        if loader is None:
            self._open_after_start_up()
        else:
            loader.when_idle(self._open_after_start_up)

    def _open_after_start_up(self) -> None:
        from ...core import save_failures
        from ...core.paths import data_dir

        store = self.store  # opening it tells the user of a damaged file at start-up
        failure = store.cannot_save if store is not None else None
        save_failures.report(failure or save_failures.check_folder(data_dir()))  # told now, not at the first save
        self.opened.emit()
        if store is not None and self.session.document is not None:
            self.follow(self.session.document)

    # A document shown ---------------------------------------------------------------
    def _document_shown(self, document) -> None:
        if self._store is not None:  # else _open_after_start_up sees to it
            self.follow(document)

    def follow(self, document) -> None:
        """A favorite's file opened with a new text: the favorite and its bookmarks move to it."""
        import sqlite3

        from ...core.favorites import follow_change
        from ...core.store import StoreWriteError

        try:
            followed = follow_change(self._store, document, self.session.path)
        except StoreWriteError as error:
            self.tell_cannot_save(error.failure)
            return
        except (sqlite3.Error, OSError) as error:
            self.session.feedback.error(self.tr("The bookmarks could not be moved to the changed document: {reason}")
                                        .format(reason=error))
            return
        if followed is None:
            return
        self.changed.emit()
        if followed.uncertain:
            self.session.feedback.say(self.tr(
                "The text has changed around %n bookmark(s); each is now at the nearest place "
                "and marked “Changed” in My Favorites.", "", len(followed.uncertain)))

    # Another reader's changes -------------------------------------------------------
    def watch(self, on: bool) -> None:
        """Look for another reader's changes every POLL_MS (while the panel shows)."""
        if on:
            self._poll.start()
        else:
            self._poll.stop()

    def mark_read(self) -> None:
        """What the store holds now has been shown."""
        if self._store is not None:
            self._data_version = self._store.data_version()

    def _poll_changes(self) -> None:
        if self._store is not None and self._store.data_version() != self._data_version:
            self.changed.emit()

    # What cannot be saved -----------------------------------------------------------
    def hear_cannot_save(self, failure) -> None:
        self._cannot_save_heard.emit(failure)  # queued to the window's thread when heard in another

    def tell_cannot_save(self, failure) -> None:
        self.session.feedback.warn(
            lambda: failure.format(QCoreApplication.translate("SaveFailure", failure.message)))
