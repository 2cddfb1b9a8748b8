"""Export and import of the favorites (Bookmarks > Export Favorites…, Import Favorites…, Export
Notes as Markdown…): core/bookmarks_io.py's formats.

An import runs beside the window (gui/background.py's BackgroundJob: 100,000 bookmarks held the
window ~4 s), with progress and Cancel; its report is told on the window's thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .store_service import FavoritesStore

IMPORT_PROGRESS_AFTER_MS = 500  # an import's progress shows only if it takes longer


class FavoritesTransfer(QObject):
    import_running = Signal(bool)
    imported = Signal()  # bookmarks were added

    def __init__(self, session, stored: FavoritesStore, parent=None):
        super().__init__(parent)
        self.session = session
        self.stored = stored
        self._importing = None  # the import's job, made when first used
        self.import_dialog = None  # its progress, with Cancel
        self.import_report = None  # the last import's, once told

    # Choosing the file ----------------------------------------------------------
    def _save_name(self, title: str, name: str, pattern: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.session.window, title, str(Path.home() / name), pattern)
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

        path, _ = QFileDialog.getOpenFileName(self.session.window, self.tr("Import Favorites"), str(Path.home()),
                                              self.tr("Bookmarks (*.json);;All files (*)"))
        if path:
            self.import_file(path)

    # Export ------------------------------------------------------------------------
    def export(self, path) -> bool:
        from ...core.bookmarks_io import export_json

        store = self.stored.store
        if store is None:
            return False
        try:
            count = export_json(store, path)
        except OSError as error:
            self._cannot_write(path, error)
            return False
        self.session.feedback.say(self.tr("Saved %n bookmark(s) to {path}", "", count).format(path=path))
        return True

    def export_notes(self, path) -> bool:
        from ...core.bookmarks_io import export_markdown

        store = self.stored.store
        if store is None:
            return False
        try:
            export_markdown(store, path, heading=QCoreApplication.translate("FavoritesPanel", "My Favorites"))
        except OSError as error:
            self._cannot_write(path, error)
            return False
        self.session.feedback.say(self.tr("Notes saved to {path}").format(path=path))
        return True

    def _cannot_write(self, path, error: OSError) -> None:
        self.session.feedback.error(
            self.tr("Could not write {path}: {reason}").format(path=path, reason=error.strerror or error))

    # Import ------------------------------------------------------------------------
    def import_file(self, path, wait: bool = False) -> bool:
        """Import an exported file in the background, with progress and Cancel; the report is told
        on the window's thread (``wait``: here, now). False when no import started (no store, one
        already running, nothing can be saved)."""
        store = self.stored.store
        if store is None:
            return False
        if self.importing.running:
            self.session.feedback.say(self.tr("Still importing favorites…"))
            return False
        if store.read_only:  # told now, not after reading the whole file
            self.stored.tell_cannot_save(store.cannot_save)
            return False
        self.import_report = None
        self.import_running.emit(True)
        if not wait:
            self._show_import_progress()
        self.importing.start(_import_in_thread, Path(path), store.path, wait=wait)
        return True

    @property
    def importing(self):
        """The import's job (gui/background.py), made when first used."""
        if self._importing is None:
            from ..background import BackgroundJob

            self._importing = BackgroundJob(self, "import-favorites")
            self._importing.progressed.connect(self._import_progressed)
            self._importing.finished.connect(self._import_finished)
        return self._importing

    def _show_import_progress(self) -> None:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(self.session.window)
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
        from ...core.bookmarks_io import READ_SHARE, SAVING_SHARE

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
        from ...core.bookmarks_io import ImportFormatError
        from ...core.store import StoreWriteError
        from ..background import JobCancelled

        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self.import_running.emit(False)
        self.import_report = report
        feedback = self.session.feedback
        if isinstance(error, JobCancelled):
            feedback.say(self.tr("Import cancelled: nothing was added."))
            return
        if isinstance(error, ImportFormatError):
            feedback.error(error.format(QCoreApplication.translate("BookmarksImport", error.message)))
            return
        if isinstance(error, StoreWriteError):
            self.stored.tell_cannot_save(error.failure)
            return
        if error is not None:  # the database or the reader's own fault: said, the window goes on
            feedback.error(self.tr("The favorites could not be imported: {reason}").format(reason=error))
            return
        message = self.tr("Imported %n bookmark(s).", "", report.bookmarks_added)
        if report.duplicates:
            message += " " + self.tr("%n were already there.", "", report.duplicates)
        if report.problems:
            details = "; ".join(problem.format(QCoreApplication.translate("BookmarksImport", problem.message))
                                for problem in report.problems[:5])
            more = " …" if len(report.problems) > 5 else ""
            message += " " + self.tr("%n entries were skipped: ", "", len(report.problems)) + details + more
            feedback.warn(message)  # imported, but not all: it stays on screen
        else:
            feedback.say(message)
        self.imported.emit()


def _import_in_thread(progress, path: Path, store_path: Path):
    """In the import's thread: a connection of its own (SQLite's belong to the thread that made them)."""
    from ...core.bookmarks_io import import_file
    from ...core.store import Store, StoreWriteError

    store = Store(store_path)
    try:
        if store.read_only:
            raise StoreWriteError(store.cannot_save)
        return import_file(store, path, progress)
    finally:
        store.close()
