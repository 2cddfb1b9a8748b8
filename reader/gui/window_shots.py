"""`reader --screenshot OUT.png --screenshot-window NAME`: a window the reader opens, rendered
offscreen as it would show (elder mode and schemes included), to measure and look at."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu

GRAB_AFTER_MS = 600  # the window shown and laid out (a modal one runs its own event loop meanwhile)


def openers(window) -> dict:
    """Each window's name (reader/cli/window_arguments.py's WINDOW_NAMES) and what opens it."""
    return {
        "add-bookmark": window.favorites.ask_bookmark,
        "favorites": lambda: window.favorites.set_panel_visible(True),
        "toolbar-help": window.accessibility.show_help,
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
        "open": window.choose_file,
        "save": window.read_aloud.choose_audio_file,
        "print-preview": window.printing.print_preview,
        "command-palette": window.command_palette.open,
    }


def save_window_shot(app, window, name: str, path: str) -> bool:
    """Open the named window, save its picture to path, close it; False if it did not open."""
    saved: list[bool] = []

    def grab() -> None:
        for top in QApplication.topLevelWidgets():
            if top is window or isinstance(top, QMenu) or not top.isVisible():
                continue
            saved.append(top.grab().save(path, "PNG"))
            if isinstance(top, QDialog):
                top.reject()
            top.close()
            return
        # Opened docked in the window (the favorites panel outside elder mode): the window shows it.
        saved.append(window.grab().save(path, "PNG"))

    QTimer.singleShot(GRAB_AFTER_MS, grab)
    openers(window)[name]()
    while not saved:
        app.processEvents()
    return saved[0]
