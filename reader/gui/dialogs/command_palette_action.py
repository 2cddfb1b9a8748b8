"""Help > Command Palette (Ctrl+Shift+P): the action, there from the start so its shortcut works;
the palette itself (command_palette.py) loads when first opened."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..language import follow_language


class CommandPaletteFeature(QObject):
    """The Ctrl+Shift+P action in the Help menu and the palette it opens (built on first use)."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.window = window = session.window
        self.dialog = None  # the CommandPalette (command_palette.py), built on first use
        self.action = QAction(window)
        self.action.setObjectName("commandPaletteAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.open)
        menu = window.menuBar().actions()[-1].menu()  # Help: menus are added before it (add_menu)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.action)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Command Palette…"))

    def open(self):
        if self.dialog is None:
            from .command_palette import CommandPalette  # loaded on first use, not on the way to the window

            self.dialog = CommandPalette(self.window, exclude=(self.action,), appearance=self.session.appearance)
        self.dialog.open_palette()
        return self.dialog


def install_command_palette(session) -> CommandPaletteFeature:
    return CommandPaletteFeature(session)
