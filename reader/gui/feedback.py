"""What the reader tells the user, in one place: every feature says things through Feedback.

Four kinds, one policy:
- ``say``: something happened as asked (opened, exported, the heading reached): the status bar,
  and the screen reader.
- ``confirm``: a setting changed (大字 on): as ``say``, and aloud when the user turned speech on
  and nothing is being read (the read-aloud feature lends its voice with ``lend_voice``).
- ``warn`` and ``error``: something the user must see and may act on (a warning: the reader
  works on, e.g. favorites cannot be saved; an error: what was asked failed): the message bar
  (it stays until closed, follows the interface language, may carry one action and a tool's own
  words behind Details, and tells the screen reader at once), and the status bar.

How long a status message stays is one rule (``seconds_to_read``): long enough for a slow reader
to read it twice, never less than ``MIN_SECONDS``. A message that comes with another (a reload,
after the bookmarks it marked Changed) is said ``along`` with it, not over it.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from .announce import announce

Text = str | Callable[[], str]  # a text, or a function writing it in the current language

MIN_SECONDS = 5
MAX_SECONDS = 20
CHARACTERS_PER_SECOND = 5  # an elderly reader of Chinese, slowly, read twice
SAME_MOMENT_S = 0.3  # how soon after another a message said ``along`` joins it


def seconds_to_read(text: str) -> int:
    return max(MIN_SECONDS, min(MAX_SECONDS, round(2 * len(text) / CHARACTERS_PER_SECOND)))


def _written(text: Text) -> str:
    return text() if callable(text) else text


class Feedback(QObject):
    def __init__(self, window, message_bar):
        super().__init__(window)
        self._window = window
        self.message_bar = message_bar
        self._voice: Callable[[str], bool] | None = None
        self._last_said = ("", 0.0)  # text, time.monotonic()

    def lend_voice(self, speak: Callable[[str], bool] | None) -> None:
        """How confirmations are spoken (read aloud: ``speak(text)`` → whether it spoke), or None."""
        self._voice = speak

    def say(self, text: Text, focus_widget=None, along: bool = False) -> str:
        """Tell what happened: the status bar and the screen reader. Returns the text.
        ``along``: after what was said a moment ago, not instead of it."""
        text = _written(text)
        earlier, when = self._last_said
        now = time.monotonic()
        if along and earlier and earlier != text and now - when < SAME_MOMENT_S \
                and self._window.statusBar().currentMessage() == earlier:
            text = f"{earlier}　{text}"  # (an ideographic space: the sentences stay apart)
        self._last_said = (text, now)
        self.show_status(text)
        announce(focus_widget or self._window, text)
        return text

    def confirm(self, what: str, on: bool | None = None) -> str:
        """A setting changed: "{what} on/off" (or just ``what``), said and, with speech on, spoken."""
        if on is not None:
            what = (self.tr("{what} on") if on else self.tr("{what} off")).format(what=what)
        self.say(what)
        if self._voice is not None:
            self._voice(what)
        return what

    def warn(self, text: Text, action_text: Text = "", action=None, details: str = "") -> str:
        """A message that stays until closed (the message bar), with at most one action."""
        return self._bar(text, action_text, action, details)

    def error(self, text: Text, action_text: Text = "", action=None, details: str = "") -> str:
        """What was asked failed: told as ``warn`` is."""
        return self._bar(text, action_text, action, details)

    def withdraw(self, beginning: str) -> None:
        """Close the message bar if its message begins so (a message about a file now reloaded)."""
        if self.message_bar.text().startswith(beginning):
            self.message_bar.hide()

    def show_status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 1000 * seconds_to_read(text))

    def _bar(self, text: Text, action_text: Text, action, details: str) -> str:
        self.message_bar.show_message(text, action_text, action, details)
        written = self.message_bar.text()
        self.show_status(written)
        return written
