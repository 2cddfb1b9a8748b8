"""An in-window message strip: errors and warnings without a blocking dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from .announce import announce
from .language import follow_language


class MessageBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#messageBar { background: #fff4ce; border: 2px solid #8a6d00; }"
            "#messageBar QLabel { color: #1f1f1f; font-size: 12pt; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        self.action_button = QPushButton(self)  # a message's one action (Reload ...), when it has one
        self.action_button.hide()
        self.action_button.clicked.connect(self._run_action)
        self._action = None
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close message"))
        self.setAccessibleName(self.tr("Message"))

    def show_message(self, text: str, action_text: str = "", action=None) -> None:
        """Show text; with action_text and action, a button beside it runs action and closes the bar."""
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
        announce(self.label, text, assertive=True)

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

