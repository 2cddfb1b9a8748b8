"""帮助: what each accessibility tool does and its key, from the toolbar's own actions."""
from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


class ToolbarHelpDialog(QDialog):
    def __init__(self, window, actions):
        super().__init__(window)
        self.setWindowTitle(self.tr("Accessibility Tools"))
        self.resize(620, 560)
        rows = []
        for action in actions:
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            state = "" if action.isEnabled() else self.tr(" (not available yet)")
            rows.append(f"<tr><td><b>{escape(action.text())}</b>{escape(state)}</td>"
                        f"<td>{escape(action.statusTip())}</td><td>{escape(keys)}</td></tr>")
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Accessibility tools"))
        self.text.setHtml(f"<table cellpadding='6'>{''.join(rows)}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
