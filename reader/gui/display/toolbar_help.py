"""帮助: what each accessibility tool does and its key, from the toolbar's own actions."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..labels import keys_text, plain
from ..language import follow_language

SIZE = (620, 560)
ELDER_SIZE = (1000, 760)


class ToolbarHelpDialog(QDialog):
    def __init__(self, window, actions, elder: bool = False):
        super().__init__(window)
        self.actions = actions
        self.window_ = window  # its menu bar holds the keys of the tools that stand for a menu command
        size = ELDER_SIZE if elder else SIZE
        screen = window.screen().availableGeometry() if window.screen() is not None else None
        if screen is not None:  # never larger than the screen
            size = (min(size[0], screen.width()), min(size[1], screen.height()))
        self.resize(*size)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        follow_language(self.retranslate)  # it stays open beside the window: the tools' names follow

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accessibility Tools"))
        self.text.setAccessibleName(self.tr("Accessibility tools"))
        rows = []
        for action in self.actions:
            keys = keys_text(action.shortcuts()) or self._keys_elsewhere(action)
            state = "" if action.isEnabled() else self.tr(" (not available yet)")
            rows.append(f"<tr><td width='28%'><b>{escape(plain(action.text()))}</b>{escape(state)}</td>"
                        f"<td>{escape(action.statusTip())}</td><td width='22%'>{escape(keys)}</td></tr>")
        # Every cell at the top of its row, the keys in the same font as the rest (no <code>, no
        # baseline shift), the table as wide as the dialog so that descriptions wrap in their column.
        self.text.setHtml(f"<table width='100%' cellpadding='6'>"
                          f"<tr valign='top'>{'</tr><tr valign=top>'.join(r[4:-5] for r in rows)}</tr></table>"
                          .replace("<td", "<td valign='top'"))

    def _keys_elsewhere(self, action) -> str:
        """The keys of the menu command a tool without keys of its own stands for (快捷键: the Help
        menu's Keyboard Shortcuts, F1), found by its name."""
        name = plain(action.text())
        menu_bar = self.window_.menuBar() if hasattr(self.window_, "menuBar") else None
        if not name or menu_bar is None:
            return ""
        pending = [menu_bar]
        while pending:
            for other in pending.pop().actions():
                if other.menu() is not None:
                    pending.append(other.menu())
                elif other is not action and name in plain(other.text()) and keys_text(other.shortcuts()):
                    return keys_text(other.shortcuts())
        return ""
