"""A scroll area's viewport, known to PySide6 cheaply.

The first ``viewport()`` of a scroll area Qt built has PySide6 work out what the object is, and
that initialises every QtWidgets class and its enums (~20 ms of start-up, once). Found by its
name as a QWidget, the viewport gets its Python wrapper at once; ``viewport()`` then finds it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def wrap_viewport(area: QAbstractScrollArea) -> None:
    """Call right after the area's constructor, before anything asks for ``area.viewport()``."""
    area.findChild(QWidget, "qt_scrollarea_viewport")
