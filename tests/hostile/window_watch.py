"""How long a window takes to show (or refuse) a document, and its longest stall meanwhile.

A 5 ms timer notes the gaps between its ticks while the document opens through File > Open's
route (MainWindow.open_path(..., wait=False)); the longest gap past its interval is the
longest time the window did not answer.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

TICK_MS = 5


@dataclass(frozen=True)
class Opening:
    seconds: float  # from the request to the document shown or the error told
    longest_stall_ms: float
    shown: bool


class StallWatch:
    """A TICK_MS timer noting the longest gap between its ticks past its interval: the longest
    time the window did not answer."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.longest_s = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.longest_s, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest_s = max(self.longest_s, now - self._last - TICK_MS / 1000)
        self._last = now

    def stop(self) -> float:
        """The longest stall, ms (the time since the last tick counted too)."""
        self.tick()
        self._timer.stop()
        return self.longest_s * 1000


def open_and_watch(window, path, limit_s: float = 60.0) -> Opening:
    from PySide6.QtCore import QCoreApplication

    finished = []
    window.loader.loaded.connect(lambda _document: finished.append(True))
    window.loader.failed.connect(lambda _message: finished.append(False))
    watch = StallWatch()
    QCoreApplication.processEvents()
    watch.start()
    start = time.perf_counter()
    window.open_path(path, wait=False)
    deadline = start + limit_s
    while not finished and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - start
    # What the shown document costs next: its first paint.
    window.repaint()
    QCoreApplication.processEvents()
    stall_ms = watch.stop()
    if not finished:
        window.loader.cancel()
    return Opening(seconds, stall_ms, bool(finished and finished[0]))


def longest_stall_during(seconds: float) -> float:
    """The longest stall, ms, while the event loop runs for ``seconds`` (after a large document
    is shown, Qt lays the rest of its text out on its own timer)."""
    from PySide6.QtCore import QCoreApplication

    watch = StallWatch()
    watch.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    return watch.stop()
