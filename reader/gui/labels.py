"""Texts of menu entries and buttons as they are said and shown outside a menu."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

if TYPE_CHECKING:  # a type only: touching QLineEdit makes its Python enums at start
    from PySide6.QtWidgets import QLineEdit

from ..core.menu_text import plain

__all__ = ["keys_text", "name_action", "name_clear_button", "plain"]


def name_action(action: QAction, text: str, tip: str) -> None:
    """Set an action's text and its status tip, and a tool tip saying both ("Open: open a file")."""
    action.setText(text)
    action.setStatusTip(tip)
    action.setToolTip(f"{plain(text)}: {tip}")


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Name a field's clear button (setClearButtonEnabled), which Qt leaves unnamed to screen readers.

    The button's own name, not its action's text: a changed action shows the button again even
    while the field is empty."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


# Qt gives standard keys a second binding on keys few keyboards have (Find: Ctrl+F and Qt's
# Key_Find, named "查找" like a word). Keys from Key_Back on are such media and application keys.
_FIRST_MEDIA_KEY = Qt.Key.Key_Back.value


def on_keyboard(sequence: QKeySequence) -> bool:
    """True if every key of the sequence is on an ordinary keyboard."""
    return all(sequence[i].key().value < _FIRST_MEDIA_KEY for i in range(sequence.count()))


def keys_text(shortcuts) -> str:
    """An action's shortcuts as shown to the reader: "Ctrl+F", leaving out media keys."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts
                     if not s.isEmpty() and on_keyboard(s))
