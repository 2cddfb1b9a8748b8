"""Edit > Copy and Select All, for readers who use the menus rather than the keys.

Select All takes the whole document even when it is shown in parts (DocumentView.select_all);
both work whichever panel has the keyboard focus.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..language import follow_language


class EditActions(QObject):
    def __init__(self, session):
        super().__init__(session)
        window, view, menu = session.window, session.view, session.menu("edit")
        self.copy_action = self._action(window, QKeySequence.StandardKey.Copy, view.copy)
        self.copy_action.setEnabled(False)
        view.copyAvailable.connect(self.copy_action.setEnabled)
        self.select_all_action = self._action(window, QKeySequence.StandardKey.SelectAll, view.select_all)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.copy_action, self.select_all_action])
        menu.insertSeparator(first)
        follow_language(self.retranslate)

    @staticmethod
    def _action(window, keys: QKeySequence.StandardKey, slot) -> QAction:
        action = QAction(window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.copy_action.setText(self.tr("&Copy"))
        self.select_all_action.setText(self.tr("Select &All"))


def install_edit_actions(session) -> EditActions:
    """Copy and Select All at the top of the Edit menu (above find's entries, in either order)."""
    return EditActions(session)
