"""How far parsing has come, and a way to stop it.

``parse_*`` and the stages under them take an optional ``progress`` callback. It is called
with the share done (0.0 to 1.0) between stages and every ``STEP`` lines or blocks within
them. To stop parsing (the reader's Cancel), the callback raises: its exception goes
straight out of ``parse_*``, which has changed nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Progress = Callable[[float], None]
STEP = 2000  # ~2-10 ms of parsing between calls
T = TypeVar("T")


def ticking(items: Sequence[T], progress: Progress | None, start: float, end: float) -> Sequence[T] | Iterator[T]:
    """The items, reporting start..end through progress every STEP of them (as is, with no progress)."""
    if progress is None:
        return items
    return _ticking(items, progress, start, end)


def _ticking(items: Sequence[T], progress: Progress, start: float, end: float) -> Iterator[T]:
    total = max(len(items), 1)
    for index, item in enumerate(items):
        if index % STEP == 0:
            progress(start + (end - start) * index / total)
        yield item
    progress(end)


def report(progress: Progress | None, done: float) -> None:
    if progress is not None:
        progress(done)
