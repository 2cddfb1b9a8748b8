"""Event filters on the whole application, kept in one list so that the process's end can take them
off before the window is destroyed: a filter sees the window's destruction in Python (~200
events), and its first calls there have PySide6 make the Python classes of Qt's events and
objects, ~40-50 ms of an ending (measured after the first paint, callgrind)."""
from __future__ import annotations

_filters: list = []


def filter_application_events(app, watcher) -> None:
    app.installEventFilter(watcher)
    if watcher not in _filters:
        _filters.append(watcher)


def stop_filtering_application_events(app, watcher) -> None:
    app.removeEventFilter(watcher)
    if watcher in _filters:
        _filters.remove(watcher)


def remove_application_filters(app) -> None:
    for watcher in _filters:
        try:
            app.removeEventFilter(watcher)
        except RuntimeError:  # deleted on the C++ side meanwhile
            pass
    _filters.clear()
