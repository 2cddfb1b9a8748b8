"""An in-window message strip: errors and warnings without a blocking dialog.

A message that stays until dismissed can be given as a function that writes it: the bar asks
it again after a change of interface language, so the message follows the switch. A message may
carry technical detail (a tool's own words): it stays behind a Details button, under the message.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from .announce import announce
from .language import follow_language


def _part(name: str) -> property:
    """One of the bar's parts (its label, buttons, details), made with the first of them asked for."""
    return property(lambda bar: bar._parts()[name], doc=f"the bar's {name}")


class MessageBar(QFrame):
    """Hidden until a message comes (most starts have none): its parts and its own style sheet are
    made then, not with the window (a style sheet of its own restyles each of its seven widgets)."""

    label = _part("label")
    close_button = _part("close_button")
    action_button = _part("action_button")  # a message's one action (Reload ...), when it has one
    details_button = _part("details_button")  # shows the technical detail, when there is some
    details = _part("details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._action = None
        self._texts: tuple[Callable[[], str], Callable[[], str]] | None = None  # what writes the message
        self._made: dict[str, QWidget] | None = None
        self.hide()

    def _parts(self) -> dict[str, QWidget]:
        if self._made is None:
            self._made = self._make_parts()
            follow_language(self.retranslate)
        return self._made

    def _make_parts(self) -> dict[str, QWidget]:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#messageBar { background: #fff4ce; border: 2px solid #8a6d00; }"
            "#messageBar QLabel { color: #1f1f1f; }"  # its size: style.py (12 pt, 18 pt in elder mode)
            # The bar stays light in every scheme: a dark ring, whatever the scheme's (white, yellow).
            "#messageBar QToolButton:focus, #messageBar QPushButton:focus { border: 3px solid #000000; }"
        )
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_button = QToolButton(self)
        close_button.setText("✕")
        close_button.clicked.connect(self.hide)
        action_button = QPushButton(self)
        action_button.hide()
        action_button.clicked.connect(self._run_action)
        details_button = QToolButton(self)
        details_button.setCheckable(True)
        details_button.hide()
        details = QLabel(self)
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
        return {"label": label, "close_button": close_button, "action_button": action_button,
                "details_button": details_button, "details": details}

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.close_button.setToolTip(self.tr("Close message"))
        self.setAccessibleName(self.tr("Message"))
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
        return "" if self.isHidden() or self._made is None else self.label.text()

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()



def _writer(text: str | Callable[[], str]) -> Callable[[], str]:
    return text if callable(text) else (lambda: text)
