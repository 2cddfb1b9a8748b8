"""Texts of menu entries and buttons as they are said and shown outside a menu."""
from __future__ import annotations

from PySide6.QtGui import QAction

from ..core.action_names import plain

__all__ = ["name_action", "plain"]


def name_action(action: QAction, text: str, tip: str) -> None:
    """Set an action's text and its status tip, and a tool tip saying both ("Open: open a file")."""
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(f"{plain(text)}: {tip}")
