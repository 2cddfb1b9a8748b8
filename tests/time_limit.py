"""A per-case time limit for the tests of hostile inputs: a case that hangs fails, it does not stall the run."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


class TimeLimitExceeded(AssertionError):
    pass


@contextmanager
def time_limit(seconds: float, what: str = "the case"):
    """Fail with TimeLimitExceeded when the block runs longer than ``seconds`` (main thread, POSIX)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_signal, _frame):
        raise TimeLimitExceeded(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
