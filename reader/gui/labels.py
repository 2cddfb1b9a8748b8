"""Texts of menu entries and buttons as they are said and shown outside a menu."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction

_CHINESE_MNEMONIC = re.compile(r"\(&[^)]\)")  # 打开(&O): Chinese texts put the key after the word


def plain(text: str) -> str:
    """A label without its keyboard mnemonic or trailing ellipsis: "&Open…" and "打开(&O)…" → "Open", "打开"."""
    return _CHINESE_MNEMONIC.sub("", text).replace("&", "").rstrip("…").strip()


def name_action(action: QAction, text: str, tip: str) -> None:
    """Set an action's text and its status tip, and a tool tip saying both ("Open: open a file")."""
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(f"{plain(text)}: {tip}")
