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


def open_and_watch(window, path, limit_s: float = 60.0) -> Opening:
    from PySide6.QtCore import QCoreApplication, QTimer

    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0] - TICK_MS / 1000)
        last[0] = now

    finished = []
    window.loader.loaded.connect(lambda _document: finished.append(True))
    window.loader.failed.connect(lambda _message: finished.append(False))
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    QCoreApplication.processEvents()
    timer.start()
    start = last[0] = time.perf_counter()
    window.open_path(path, wait=False)
    deadline = start + limit_s
    while not finished and time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - start
    # What the shown document costs next: its first paint.
    window.repaint()
    QCoreApplication.processEvents()
    tick()
    timer.stop()
    if not finished:
        window.loader.cancel()
    return Opening(seconds, gaps[0] * 1000, bool(finished and finished[0]))
