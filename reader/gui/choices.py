"""A menu's one-of-several choices: checkable entries in an exclusive group."""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup


def add_choices(menu, parent, texts: dict, choose) -> tuple[QActionGroup, dict[object, QAction]]:
    """One checkable entry per choice (value → text); triggering one calls ``choose(value)``."""
    group = QActionGroup(parent)
    actions: dict[object, QAction] = {}
    for value, text in texts.items():
        action = menu.addAction(text)
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False, value=value: choose(value))
        group.addAction(action)
        actions[value] = action
    return group, actions


def set_choice_texts(actions: dict, texts: dict) -> None:
    """Name the entries add_choices made again (value → text), after a change of language."""
    for value, action in actions.items():
        action.setText(texts[value])
