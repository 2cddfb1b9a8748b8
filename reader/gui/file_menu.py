"""Where features put their commands in the File menu: above Quit and the separator over it."""
from __future__ import annotations


def file_menu(window):
    """The menu bar's first menu (the window makes File first)."""
    return window.menuBar().actions()[0].menu()


def insert_above_quit(window, actions, separate: bool = False) -> None:
    """Put ``actions`` above Quit (the File menu's last command) and its separator; ``separate``:
    a separator above them too."""
    menu = file_menu(window)
    quit_action = next((a for a in reversed(menu.actions()) if not a.isSeparator()), None)
    before = quit_action
    if quit_action is not None:  # keep the separator above Quit, put ours above it
        existing = menu.actions()
        position = existing.index(quit_action)
        if position and existing[position - 1].isSeparator():
            before = existing[position - 1]
    menu.insertActions(before, list(actions))
    if separate and before is not None:
        menu.insertSeparator(actions[0])


def insert_after(window, action, anchor) -> None:
    """Move ``action`` to just after ``anchor`` in the File menu."""
    menu = file_menu(window)
    menu.removeAction(action)
    existing = menu.actions()
    following = existing.index(anchor) + 1 if anchor in existing else len(existing)
    menu.insertAction(existing[following] if following < len(existing) else None, action)
