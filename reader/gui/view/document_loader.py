"""Opening a document without freezing the window.

The file is read and parsed in a worker thread (with the outline's items, which are no
QObjects); the QTextDocument is then built on the GUI thread in slices of at most
SLICE_MS between events (``DocumentView.build_steps``), and the finished document is put in
place in one step. Past SHOW_AFTER_MS a bar under the message bar shows the progress, with
Cancel (and Esc): cancelling stops the parse at its next progress call (every 2,000 lines)
or drops the half-built text, and the window keeps what it showed.

A 20 MB text takes ~3 s to parse; it is too tall for Qt's layout, so it is shown in parts
(document_view.py; the worker plans them) and only the first part is built (~0.1 s, where the
whole took ~1.5 s). The longest stall of the event loop stays under 100 ms
(benchmarks/big_document.py measures it). The garbage collector is paused
while a document loads: its full collections walk every object of the growing model
(~1 million for 20 MB) with the GIL held, 100-250 ms each. Once the document is shown, the
objects are frozen (gc.freeze) so later collections skip them; the model is acyclic, so
reference counting still frees it when another document replaces it.
"""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton

from ...core.navigation import Navigator
from ...core.parse_cache import parse_file
from ...core.positions import document_key
from ..background import BackgroundJob, JobCancelled
from .document_view import plan_document
from ..language import follow_language
from ..reading.outline_panel import outline_items

SHOW_AFTER_MS = 500
SLICE_MS = 20  # GUI-thread work between events while building the text
PARSE_SHARE = 0.65  # of the progress bar: parsing; the rest is building the text
# While the worker parses, the GUI thread waits this long for the GIL after each call that let
# it go (file and database I/O, imports): with Python's 5 ms, start-up work running meanwhile
# (the favorites store opening) stalled the window for 600 ms.
SWITCH_INTERVAL_S = 0.0005
IDLE_RETRY_MS = 300  # how often a chore waiting for the load to end looks again


def read_document(progress, path: Path, metrics: tuple[int, float]):
    """In the job's thread: parse, make the outline's items, the navigator, and plan the parts."""
    document = parse_file(path, lambda share: progress(share * PARSE_SHARE))
    document_key(document)  # remembered: the reading cursor asks for it on the GUI thread
    return document, outline_items(document), Navigator(document), plan_document(document, metrics)


class LoadProgress(QFrame):
    """The bar under the message bar: what is opening, how far, and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("loadProgress")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.cancel_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        follow_language(self.retranslate)
        self.hide()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Opening progress"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop opening this document (Esc)"))
        self.setAccessibleName(self.tr("Opening a document"))


class DocumentLoader(QObject):
    """Opens documents for a main window off the GUI thread."""

    loaded = Signal(object)  # the Document, once shown
    failed = Signal(str)  # the message shown
    cancelled = Signal()

    def __init__(self, session, show, refuse, place_progress):
        """``show(document, path, view_built, outline, navigator)`` puts a read document on screen,
        ``refuse(error)`` says why one did not open (both the window's); ``place_progress(bar)``
        puts the progress bar in the window."""
        super().__init__(session)
        self.session = session
        self._show_document, self._refuse = show, refuse
        self.progress = LoadProgress(session.window)
        place_progress(self.progress)
        self.progress.cancel_button.clicked.connect(self.cancel)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), session.window, self.cancel)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self.job = BackgroundJob(self, "reader-load")
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._parsed)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_progress)
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_step)
        self._loading = False
        self._build = None
        self._pending: tuple | None = None
        self._gc_was_enabled = False
        self._switch_interval: float | None = None
        self.path: Path | None = None
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        if self.path is not None:  # "Opening notice.txt…" stays on the bar while it loads
            self._name_progress()

    def _name_progress(self) -> None:
        self.progress.label.setText(self.tr("Opening {name}…").format(name=self.path.name))

    @property
    def busy(self) -> bool:
        return self._loading

    def when_idle(self, chore) -> None:
        """Run chore now, or once no document is loading. Start-up chores (opening the
        favorites, making the speech service) hold the window ~60 ms each: on top of a slice
        of the loader's own work they would stall it past 100 ms."""
        if self.busy:
            QTimer.singleShot(IDLE_RETRY_MS, self, lambda: self.when_idle(chore))
        else:
            chore()

    def load(self, path, remember: bool = True) -> None:
        """Start opening path; what is open stays until the new document is ready."""
        self._stop()
        self._loading = True
        self.path = Path(path)
        self._pending = (None, None, None, self.path, remember)
        self._pause_gc()
        self._name_progress()
        self.progress.bar.setValue(0)
        self._escape.setEnabled(True)
        self._show_timer.start(SHOW_AFTER_MS)
        metrics = self.session.view.plan_metrics()  # the column it will be shown in: planned in the thread
        self.job.start(read_document, self.path, metrics, replace=True)

    def cancel(self) -> None:
        """Stop opening; the window keeps the document it shows."""
        if not self.busy:
            return
        self._stop()
        self.session.feedback.say(self.tr("Opening cancelled."))
        self.cancelled.emit()

    def wait(self, timeout: float = 60.0) -> bool:
        """Run the event loop until the load ends (for tests and scripts); False on timeout."""
        deadline = time.monotonic() + timeout
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self.busy

    def _progressed(self, share: float) -> None:
        if self.busy:
            self.progress.bar.setValue(int(share * 100))

    def _parsed(self, result, error) -> None:
        if not self.busy or isinstance(error, JobCancelled):
            return  # cancelled since
        if error is not None:  # a LoadError, or a parser's fault: the window must not go down
            self._stop()
            self.failed.emit(self._refuse(error))
            return
        document, items, navigator, plan = result
        self._pending = (document, items, navigator) + self._pending[3:]
        # Only the first part of a document shown in parts (document_view.py); replanned if the
        # column changed meanwhile.
        self._build = self.session.view.build_steps(document, plan=plan)
        self._build_timer.start()

    def _build_step(self) -> None:
        """One slice of building the text; the last one shows the document."""
        deadline = time.perf_counter() + SLICE_MS / 1000
        try:
            while time.perf_counter() < deadline:
                share = next(self._build)
                self.progress.bar.setValue(int((PARSE_SHARE + share * (1 - PARSE_SHARE)) * 100))
                if share >= 1.0:  # built; putting the text in place is the next step's work
                    return
        except StopIteration:  # the view shows the new text: the rest of the window follows
            self._build = None
            self._build_timer.stop()
            QTimer.singleShot(0, self, self._show)

    def _show(self) -> None:
        if not self.busy:
            return
        document, items, navigator, path, remember = self._pending
        gc.freeze()  # before the collector runs again: see the module's docstring
        self._stop()
        self._show_document(document, path, view_built=True, outline=items, navigator=navigator)
        if remember:
            self.session.recent.add(str(path))
        self.loaded.emit(document)

    def _stop(self) -> None:
        """Forget the load under way: the worker's result is dropped, a half-built text freed."""
        self._loading = False
        self.job.drop()
        self._build_timer.stop()
        if self._build is not None:
            self._build.close()
            self._build = None
        self._show_timer.stop()
        self._escape.setEnabled(False)
        self.progress.hide()
        if self._gc_was_enabled:
            gc.enable()
            self._gc_was_enabled = False
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None

    def _pause_gc(self) -> None:
        self._gc_was_enabled = self._gc_was_enabled or gc.isenabled()
        gc.disable()
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL_S)

    def _show_progress(self) -> None:
        if self.busy:
            self.progress.show()
            self.session.feedback.say(self.progress.label.text())
