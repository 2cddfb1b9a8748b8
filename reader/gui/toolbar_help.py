"""帮助: what each accessibility tool does and its key, from the toolbar's own actions."""
from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .language import follow_language


class ToolbarHelpDialog(QDialog):
    def __init__(self, window, actions):
        super().__init__(window)
        self.actions = actions
        self.resize(620, 560)
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
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            state = "" if action.isEnabled() else self.tr(" (not available yet)")
            rows.append(f"<tr><td><b>{escape(action.text())}</b>{escape(state)}</td>"
                        f"<td>{escape(action.statusTip())}</td><td>{escape(keys)}</td></tr>")
        self.text.setHtml(f"<table cellpadding='6'>{''.join(rows)}</table>")
