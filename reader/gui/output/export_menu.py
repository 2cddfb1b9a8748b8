"""File > Export…: the document as HTML, Markdown or plain text, with pinyin if wanted.

A small dialog chooses the format and the pinyin, a file dialog the file; core/export.py
writes it in a background job (background.py; pinyin for 2 MB takes seconds), giving way to
the window every few milliseconds, and feedback says when it is saved (or why not). Installed
with the session; the command goes after File > Export as PDF… once printing offers itself.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..background import BackgroundJob
from ..language import follow_language


FILE_MENU_RANK = 20  # after Print and Export as PDF


class Exporting(QObject):
    """The File menu's Export… for a main window."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.window = session.window  # where the command and the dialogs go
        self.format: str | None = None  # the dialog's default (HTML) until one is chosen
        self.with_pinyin = False
        self.job = BackgroundJob(self, "export")
        self.job.finished.connect(lambda path_and_error, _never: self._finished(*path_and_error))  # _work catches
        self.action = None  # made when the File menu first opens: it has no key
        session.add_file_actions([], rank=FILE_MENU_RANK, later=self._make_action)
        follow_language(self.retranslate)

    def _make_action(self) -> list[QAction]:
        self.action = QAction(self.window)
        self.action.triggered.connect(self.choose)
        self.action.setEnabled(not self.busy)
        self.retranslate()
        return [self.action]

    def retranslate(self) -> None:
        if self.action is None:
            return
        self.action.setText(self.tr("E&xport…"))
        self.action.setStatusTip(self.tr("Save the document as an HTML web page, Markdown or plain text"))
        self.action.setToolTip(self.action.statusTip())

    # The dialogs -------------------------------------------------------------------
    def choose(self) -> None:
        if self.session.document is None:
            self.session.feedback.say(self.tr("Open a document first."))
            return
        if self.busy:
            self.session.feedback.say(self.tr("Still exporting the last document…"))
            return
        choice = self.choose_options()
        if choice is None:
            return
        self.format, self.with_pinyin = choice
        path = self.choose_path(self.format)
        if path:
            self.export(path, self.format, self.with_pinyin)

    def choose_options(self) -> tuple[str, bool] | None:
        """The format and whether to add pinyin, or None when the dialog is cancelled."""
        from PySide6.QtWidgets import QDialog

        from .export_dialog import ExportDialog  # its modules load when first exported, not at start

        dialog = ExportDialog(self.window, self.format, self.with_pinyin)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.format(), dialog.with_pinyin()
        finally:
            dialog.deleteLater()

    def default_path(self, format: str) -> Path:
        from ...core import export

        session, suffix = self.session, export.SUFFIXES[format]
        from ..dialogs.file_dialogs import start_folder

        folder = start_folder(session)
        if session.path is not None:
            source = session.path
            path = folder / source.with_suffix(suffix).name
            return path if path != source else folder / f"{source.stem}-export{suffix}"
        document = session.document
        name = document.title if document is not None and document.title else "document"
        return folder / f"{name.replace('/', '_')}{suffix}"

    def choose_path(self, format: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        from ...core import export

        filters = {
            export.HTML: self.tr("HTML web pages (*.html *.htm)"),
            export.MARKDOWN: self.tr("Markdown files (*.md *.markdown)"),
            export.TEXT: self.tr("Text files (*.txt)"),
        }
        from ..dialogs.file_dialogs import dialog_options

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), str(self.default_path(format)),
                                              filters[format], **dialog_options(self.session))
        if path and not Path(path).suffix:
            path += export.SUFFIXES[format]
        return path

    # The work ----------------------------------------------------------------------
    def export(self, path: str | Path, format: str, with_pinyin: bool = False, wait: bool = False) -> bool:
        """Write the open document to ``path`` in a background thread (``wait``: here, now).

        Returns False when there is nothing to export or an export is under way."""
        from .output_target import refuse_output  # loaded with the first export, not at start

        document = self.session.document
        if document is None or self.busy:
            return False
        if refuse_output(self.session, path):  # the document itself, a link, a FIFO, a device
            return False
        tones = self.session.settings.get("pinyin_tones") if with_pinyin else None
        self._show_busy(True)
        self.session.feedback.show_status(self.tr("Exporting…"))
        self.job.start(self._work, document, str(path), format, tones, wait, wait=wait)
        return True

    @property
    def busy(self) -> bool:
        return self.job.running

    def _show_busy(self, busy: bool) -> None:
        """Export… is off while an export runs (and made off, if the menu opens during one)."""
        if self.action is not None:
            self.action.setEnabled(not busy)

    def _work(self, _progress, document, path: str, format: str, tones: str | None, here: bool) -> tuple[str, str]:
        """In the job's thread (``here``: on the window's): the path, and "" or why it failed."""
        from ...core import export, pinyin
        from ...core.cooperative import share_with_window

        pause = None if here else share_with_window()
        try:
            text = export.export(document, format, tones, pause)
            export.write_file(path, text.encode("utf-8"))
            error = ""
        except pinyin.PinyinUnavailable:
            error = self.tr("the Python package pypinyin is missing")
        except OSError as problem:
            error = problem.strerror or str(problem)
        except Exception as problem:  # a fault of the reader's own: say so, keep the window
            error = f"{type(problem).__name__}: {problem}"
        return path, error

    def _finished(self, path: str, error: str) -> None:
        self._show_busy(False)
        if error:
            self.session.feedback.error(
                lambda: self.tr("Could not export to {path}: {reason}").format(path=path, reason=error))
        else:
            self.session.feedback.say(self.tr("Exported: {path}").format(path=path))


def install_export(session) -> Exporting:
    return Exporting(session)
