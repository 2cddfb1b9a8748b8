"""The window (Qt widgets). Importing it first stops PySide's source check (see below)."""
from __future__ import annotations

import PySide6  # noqa: F401 - installs shiboken's import hook, patched below


def _skip_pyside_source_check() -> None:
    """PySide reads the whole source of every module imported after it, only to see whether it
    says "PySide6" (its ``from __feature__ import`` mechanism: snake_case, true_property), and
    linecache keeps every file: ~3.5 MB of strings held for the reader's life at start, and more
    with each feature loaded later. The reader selects no feature: every module gets the default
    selection (Qt's own names), as a module with "PySide6" in its text did."""
    import linecache
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True
        linecache.clearcache()  # the files it read before this (enum.py, ...); read again for a traceback


_skip_pyside_source_check()
