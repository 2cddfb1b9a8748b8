"""Sharing the CPU from a pure-Python background job.

Such a job holds the GIL while it works, so every event of the window would wait
for it; resting often keeps the window within its 50 ms budget.
"""
from __future__ import annotations

import time


def share_with_window(work_ms: float = 2.0, rest_ms: float = 8.0):
    """A ``pause()`` to call often from the job: after each ~2 ms of work it sleeps 8 ms."""
    started = time.perf_counter()

    def pause() -> None:
        nonlocal started
        if (time.perf_counter() - started) * 1000 >= work_ms:
            time.sleep(rest_ms / 1000)
            started = time.perf_counter()

    return pause
