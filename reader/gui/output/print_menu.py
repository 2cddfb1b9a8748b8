"""The File menu's Print… and Export as PDF…: the actions, and the work on demand.

Apart from printing.py so that start-up makes the two actions without loading the print
layout (and the QtGui painting and page classes it uses: ~6 ms); that module is imported
the first time a document is printed or exported. Installed with the session; offers itself
as "printing" (File > Export… goes after its Export as PDF…).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ...core.model import Document
from ..language import follow_language


FILE_MENU_RANK = 10  # the File menu's document commands: Print, Export as PDF first

# Qt's preview icons are dark line drawings: on the schemes' dark toolbars (黑底黄字, a checked
# button's dark blue) they are lost, so the preview's toolbar stays light whatever the scheme,
# its focus ring black (a scheme's white or yellow ring would vanish on it).
PREVIEW_TOOLBAR_SHEET = """
QToolBar { background: #F3F3F3; }
QToolBar QToolButton, QToolBar QLabel { color: #000000; background: transparent; }
QToolBar QToolButton:checked { background: #CFE3FF; border: 3px solid #1A4FA0; }
QToolBar QToolButton:focus, QToolBar QComboBox:focus, QToolBar QLineEdit:focus { border: 3px solid #000000; }
"""
ELDER_PREVIEW_ICON_PX = 40


def arrange_preview(dialog, elder: bool) -> None:
    """Qt's print preview for our readers: Print and Page Setup first (Qt puts them last, where
    elder mode's large buttons pushed them behind the toolbar's » button), a light toolbar, and
    in elder mode large icons in a maximised window. Its buttons take the focus by Tab and move
    by Left and Right (Qt's take no focus: Print could not be reached without a mouse)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QToolBar, QWidget

    from ..regions import ToolbarKeys

    toolbar = dialog.findChild(QToolBar)
    if toolbar is None:
        return
    first = toolbar.actions()[0]
    commands = [action for action in toolbar.actions() if not action.isSeparator()][-2:]  # page setup, print
    for action in commands:
        toolbar.insertAction(first, action)
    toolbar.insertSeparator(first)
    dialog.toolbar_keys = ToolbarKeys([toolbar], parent=dialog)
    stops = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    stops = [widget for widget in stops if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for before, after in zip(stops, stops[1:]):  # Tab in the order shown: Print first, not last
        QWidget.setTabOrder(before, after)
    dialog.setStyleSheet(PREVIEW_TOOLBAR_SHEET)
    if elder:
        toolbar.setIconSize(QSize(ELDER_PREVIEW_ICON_PX, ELDER_PREVIEW_ICON_PX))
        dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)


class Printing(QObject):
    """The File menu's Print… and Export as PDF… for a main window."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.window = window = session.window  # where the actions and the dialogs go
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_preview)
        self.export_action = None  # made when the File menu first opens: it has no key
        session.add_file_actions([self.print_action], rank=FILE_MENU_RANK, later=self._make_export_action)
        self.preview_dialog = None
        follow_language(self.retranslate)

    def _make_export_action(self) -> list[QAction]:
        self.export_action = QAction(self.window)
        self.export_action.triggered.connect(self.choose_pdf_file)
        self.export_action.setObjectName("exportPdfAction")
        self.retranslate()
        return [self.export_action]

    def retranslate(self) -> None:
        for action, text, tip in (
                (self.print_action, self.tr("&Print…"), self.tr("Show how the document prints, then print it")),
                (self.export_action, self.tr("&Export as PDF…"),
                 self.tr("Save the document as a PDF file laid out for printing"))):
            if action is None:
                continue
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if self.preview_dialog is not None:
            self.preview_dialog.setWindowTitle(self.tr("Print Preview"))
            self.preview_dialog.setAccessibleName(self.tr("Print Preview"))
            self._name_preview_controls(self.preview_dialog)

    def _name_preview_controls(self, dialog) -> None:
        """Names for the preview's fields, which Qt leaves unnamed (the zoom box was read as its
        value, "45.6%"; the page number field and the pages as nothing)."""
        from PySide6.QtPrintSupport import QPrintPreviewWidget
        from PySide6.QtWidgets import QComboBox, QGraphicsView, QLabel, QLineEdit, QToolBar

        toolbar = dialog.findChild(QToolBar)
        zoom = toolbar.findChild(QComboBox) if toolbar is not None else None
        if zoom is not None:
            zoom.setAccessibleName(self.tr("Zoom"))
            if zoom.lineEdit() is not None:
                zoom.lineEdit().setAccessibleName(self.tr("Zoom"))
            # Qt on Linux names a combo box by its value: the name comes from a label for it.
            label = toolbar.findChild(QLabel, "previewZoomLabel")
            if label is None:
                label = QLabel(toolbar)
                label.setObjectName("previewZoomLabel")
                before = next(a for a in toolbar.actions() if toolbar.widgetForAction(a) is zoom)
                toolbar.insertWidget(before, label)
                label.setBuddy(zoom)
            label.setText(self.tr("Zoom:"))
        for field in toolbar.findChildren(QLineEdit) if toolbar is not None else []:
            if zoom is None or field is not zoom.lineEdit():
                field.setAccessibleName(self.tr("Page number"))
        pages = dialog.findChild(QPrintPreviewWidget)
        if pages is not None:
            for widget in (pages, *pages.findChildren(QGraphicsView)):
                widget.setAccessibleName(self.tr("Pages"))
                if isinstance(widget, QGraphicsView):
                    widget.viewport().setAccessibleName(self.tr("Pages"))

    def _document(self) -> Document | None:
        if self.session.document is None:
            self.session.feedback.say(self.tr("Open a document first."))
        return self.session.document

    # Print ------------------------------------------------------------------
    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from .printing import PrintDocument, gongwen_page_layout, render

        document = self._document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(gongwen_page_layout())
        printer.setFullPage(True)
        printer.setDocName(document.title or "")
        dialog = QPrintPreviewDialog(printer, self.window)

        def paint(device) -> None:
            progress = self._progress_dialog(dialog, self.tr("Laying out the pages…"))
            try:
                render(PrintDocument(document), device, self._follow(progress))
            finally:
                cancelled = progress.wasCanceled()  # before close(), which cancels
                progress.close()
                progress.setParent(None)  # Python's now: gone with the last reference
            if cancelled:  # Cancel: no preview (or no print) of part of it
                QTimer.singleShot(0, dialog.reject)

        dialog.paintRequested.connect(paint)
        arrange_preview(dialog, self.session.appearance.elder)
        self.preview_dialog = dialog
        self.retranslate()  # names the dialog
        dialog.exec()
        self.preview_dialog = None
        dialog.deleteLater()

    # Progress ---------------------------------------------------------------
    PROGRESS_STEPS = 1000

    def _progress_dialog(self, parent, label: str):
        """A progress dialog with Cancel, shown if the work takes more than half a second
        (a document of thousands of pages takes a minute or more)."""
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(label, self.tr("Cancel"), 0, self.PROGRESS_STEPS, parent)
        dialog.setWindowTitle(label)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _follow(self, dialog):
        """render's progress callback: move the bar (which lets events in), stop at Cancel."""
        def progress(done: int, total: int) -> bool:
            dialog.setValue(min(self.PROGRESS_STEPS, done * self.PROGRESS_STEPS // max(total, 1)))
            return not dialog.wasCanceled()

        return progress

    # PDF --------------------------------------------------------------------
    def default_pdf_path(self) -> Path:
        session = self.session
        from ..dialogs.file_dialogs import start_folder

        if session.path is not None:
            return start_folder(session) / session.path.with_suffix(".pdf").name
        name = (session.document.title if session.document and session.document.title else "document")
        return start_folder(session) / f"{name}.pdf"

    def choose_pdf_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..dialogs.file_dialogs import dialog_options

        if self._document() is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export as PDF"), str(self.default_pdf_path()),
            self.tr("PDF files (*.pdf)"), **dialog_options(self.session))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.export(path)

    def export(self, path: str | Path) -> bool:
        document = self._document()
        if document is None:
            return False
        from .printing import export_pdf

        progress = self._progress_dialog(self.window, self.tr("Saving the PDF file…"))
        try:
            pages = export_pdf(document, path, self._follow(progress))
        finally:
            cancelled = progress.wasCanceled()  # before close(), which cancels
            progress.close()
            progress.setParent(None)  # Python's now: gone with the last reference
        feedback = self.session.feedback
        if cancelled and not pages:
            feedback.say(self.tr("The PDF file was not saved."))
        elif pages:
            feedback.say(self.tr("Saved as PDF: {path} ({pages} pages)").format(path=path, pages=pages))
        else:
            feedback.error(lambda: self.tr("Could not write the PDF file {path}.").format(path=path))
        return bool(pages)


def install_printing(session) -> Printing:
    """File > Print… and Export as PDF…, offered to the session as "printing"."""
    printing = Printing(session)
    session.provide("printing", printing)
    return printing
