"""An in-window message strip: errors and warnings without a blocking dialog.

A message that stays until dismissed can be given as a function that writes it: the bar asks
it again after a change of interface language, so the message follows the switch. A message may
carry technical detail (a tool's own words): it stays behind a Details button, under the message.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from .announce import announce
from .language import follow_language


class MessageBar(QFrame):
    """Hidden until it has a message; its label and buttons are made with the first one (most
    windows never show a message, and the font warning's bar almost never shows)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._action = None
        self._texts: tuple[Callable[[], str], Callable[[], str]] | None = None  # what writes the message
        self._label: QLabel | None = None
        self.hide()
        follow_language(self.retranslate)

    def _build(self) -> None:
        if self._label is not None:
            return
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#messageBar { background: #fff4ce; border: 2px solid #8a6d00; }"
            "#messageBar QLabel { color: #1f1f1f; }"  # its size: style.py (12 pt, 18 pt in elder mode)
            # The bar stays light in every scheme: a dark ring, whatever the scheme's (white, yellow).
            "#messageBar QToolButton:focus, #messageBar QPushButton:focus { border: 3px solid #000000; }"
        )
        self._label = label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close_button = close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.clicked.connect(self.hide)
        self._action_button = action_button = QPushButton(self)  # a message's one action (Reload ...), when it has one
        action_button.hide()
        action_button.clicked.connect(self._run_action)
        self._details_button = details_button = QToolButton(self)  # shows the technical detail, when there is some
        details_button.setCheckable(True)
        details_button.hide()
        self._details = details = QLabel(self)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.hide()
        details_button.toggled.connect(details.setVisible)
        layout = QHBoxLayout(self)
        words = QVBoxLayout()
        words.addWidget(label)
        words.addWidget(details)
        layout.addLayout(words, 1)
        layout.addWidget(details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    # Its parts, made on first use ------------------------------------------------
    @property
    def label(self) -> QLabel:
        self._build()
        return self._label

    @property
    def close_button(self) -> QToolButton:
        self._build()
        return self._close_button

    @property
    def action_button(self) -> QPushButton:
        self._build()
        return self._action_button

    @property
    def details_button(self) -> QToolButton:
        self._build()
        return self._details_button

    @property
    def details(self) -> QLabel:
        self._build()
        return self._details

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Message"))
        if self._label is None:
            return  # (_build translates them)
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close message"))
        self.details_button.setText(self.tr("Details"))
        self.details_button.setAccessibleName(self.tr("Show the technical details"))
        if self._texts is not None and not self.isHidden():
            self._set_texts(*(write() for write in self._texts))

    def show_message(self, text: str | Callable[[], str], action_text: str | Callable[[], str] = "",
                     action=None, details: str = "") -> None:
        """Show text; with action_text and action, a button beside it runs action and closes the bar.
        Either text may be a function that writes it in the current language. ``details``: what
        a tool said, in its own words, shown only on asking (the Details button)."""
        self.details.setText(details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        self._texts = (_writer(text), _writer(action_text))
        self._action = action
        text, action_text = (write() for write in self._texts)
        self._set_texts(text, action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.show()
        announce(self.label, text, assertive=True)

    def _set_texts(self, text: str, action_text: str) -> None:
        self.action_button.setText(action_text)
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()



def _writer(text: str | Callable[[], str]) -> Callable[[], str]:
    return text if callable(text) else (lambda: text)
