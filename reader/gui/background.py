"""Work for the window done in a thread, its progress and its end told on the window's thread.

Opening a document (document_loader.py, which then builds the text in slices), File > Export,
Import Favorites, loading pypinyin and exporting speech run this way. The work is a function called in
a thread with a ``progress(share)`` it calls now and then; once Cancel was chosen, that call
raises JobCancelled and the work stops there. The job's signals are queued to the window's
thread, so their slots may touch widgets. A pure-Python job holds the GIL while it works: the
window gets it back every ``sys.getswitchinterval()``, or sooner where the work calls
``share_with_window`` (core/cooperative.py).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal


class JobCancelled(Exception):
    """Raised in the job's thread by ``progress()`` once the job was cancelled."""


class BackgroundJob(QObject):
    """One job at a time, run in a thread of its own."""

    progressed = Signal(float)  # share done, 0 to 1
    finished = Signal(object, object)  # the work's result, or None and the exception it raised

    _progressed_in_thread = Signal(int, float)  # run number, share
    _finished_in_thread = Signal(int, object, object)  # run number, result, error

    def __init__(self, parent: QObject, name: str):
        super().__init__(parent)
        self.name = name
        self._run = 0
        self._cancel: threading.Event | None = None
        self.thread: threading.Thread | None = None  # the last one started (benchmarks join it)
        self._progressed_in_thread.connect(self._relay_progress)
        self._finished_in_thread.connect(self._relay_end)

    @property
    def running(self) -> bool:
        """From start() until ``finished`` was emitted."""
        return self._cancel is not None

    @property
    def cancelled(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def start(self, work: Callable, *args, wait: bool = False, replace: bool = False) -> None:
        """Call ``work(progress, *args)`` in a thread (``wait``: here, now: for scripts and tests).
        ``replace``: a run under way is cancelled and its end never told (a new document opened
        while another was opening)."""
        if self.running:
            if not replace:
                raise RuntimeError(f"{self.name}: already running")
            self._cancel.set()
        self._run += 1
        self._cancel = cancel = threading.Event()
        run = self._run

        def progress(share: float) -> None:
            if cancel.is_set():
                raise JobCancelled
            self._emit(self._progressed_in_thread, run, share)

        def body() -> None:
            try:
                result, error = work(progress, *args), None
            except Exception as problem:  # noqa: BLE001 - every failure is told on the window's thread
                result, error = None, problem
            self._emit(self._finished_in_thread, run, result, error)

        if wait:
            body()
        else:
            self.thread = threading.Thread(target=body, name=self.name, daemon=True)
            self.thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress(); ``finished`` tells how it ended."""
        if self._cancel is not None:
            self._cancel.set()

    def drop(self) -> None:
        """Cancel and forget the run under way: its end is never told (the owner moved on)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
            self._run += 1

    def wait(self, timeout: float = 60.0) -> bool:
        """Run the event loop until the job has finished (tests, scripts); False on timeout."""
        deadline = time.monotonic() + timeout
        while self.running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self.running

    @staticmethod
    def _emit(signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the window was closed meanwhile: nobody to tell
            pass

    def _relay_progress(self, run: int, share: float) -> None:
        if run == self._run and self.running:
            self.progressed.emit(share)

    def _relay_end(self, run: int, result, error) -> None:
        if run != self._run:
            return
        self._cancel = None
        self.finished.emit(result, error)
