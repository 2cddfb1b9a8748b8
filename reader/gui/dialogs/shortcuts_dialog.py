"""Help > Keyboard Shortcuts (F1): every shortcut of the window, read from its actions.

Built from the live actions, so the list can never drift from what the keys do,
and it is in the interface's language because the action texts are.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from ..labels import keys_text, plain
from ..language import follow_language
from ..display.style import ELDER_DIALOG_POINT_SIZE

ELDER_SIZE = (960, 720)  # the longest keys ("Shift+F3, Ctrl+Shift+G") whole at 24 pt
ELDER_POINT_SIZE = ELDER_DIALOG_POINT_SIZE


def shortcut_rows(menu_bar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu that has actions with shortcuts."""
    rows = []

    def collect(menu, title):
        entries = []
        for action in menu.actions():
            if action.menu() is not None:
                collect(action.menu(), f"{title} › {plain(action.text())}")
            elif action.shortcuts() and action.isVisible() and keys_text(action.shortcuts()):
                entries.append((plain(action.text()), keys_text(action.shortcuts())))
        if entries:
            rows.append((title, entries))

    for action in menu_bar.actions():
        if action.menu() is not None:
            collect(action.menu(), plain(action.text()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.resize(560, 640)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        follow_language(self.retranslate)  # made after the menus: named again after them
        self.tree.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Every command of the reader and the keys that run it."))
        self._fill()
        # Parts built after this dialog name their actions after it: read them again then.
        QTimer.singleShot(0, self, self._fill)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._size_for_mode()
        self._fill()  # shown again later: the keys as they are now
        self.tree.setFocus()
        super().showEvent(event)

    def _size_for_mode(self) -> None:
        """Elder mode: a larger dialog, its columns sized to the keys and a larger text."""
        appearance = getattr(self.window_, "appearance", None)
        elder = bool(appearance is not None and appearance.elder)
        if elder:
            host = self.window_.geometry()
            self.resize(max(ELDER_SIZE[0], min(host.width() * 3 // 4, 1100)),
                        max(ELDER_SIZE[1], min(host.height() * 9 // 10, 900)))
            self.setStyleSheet(f"QTreeWidget {{ font-size: {ELDER_POINT_SIZE}pt; }}")
        else:
            self.setStyleSheet("")
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _fill(self) -> None:
        """The rows, read from the actions as they are named now."""
        self.tree.clear()
        for title, entries in shortcut_rows(self.window_.menuBar()):
            group = QTreeWidgetItem([title])
            for name, keys in entries:
                group.addChild(QTreeWidgetItem([name, keys]))
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
