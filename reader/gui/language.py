"""The interface language: View > Language, and texts that follow a change of it live.

A part of the window that shows text of ours sets it in a ``retranslate`` method and calls
``follow_language(retranslate)`` once: that names everything now and again after each change.
Qt's own widgets and dialogs (buttons of message boxes, the file and print dialogs) follow by
themselves, through the qtbase translation the switch installs with ours.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ..core.languages import LANGUAGES, NATIVE_NAMES
from ..i18n import choose_language, current_language, install_translators, language_signal
from .choices import SettingChoices

SYSTEM = ""  # the Language menu's "as the system" choice, as the setting stores it


def follow_language(retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` now and after every change of language (a QObject's bound method:
    the connection ends with its object)."""
    retranslate()
    language_signal().changed.connect(retranslate)


class LanguageMenu(QObject):
    """View > Language: each language under its own name, and the system's; remembered."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.settings = session.settings
        self.menu = session.menu("view").addMenu("")
        self.menu.setObjectName("languageMenu")
        # A language's entry reads the same in every language: its own name.
        self.choices = SettingChoices(session, self.menu, "language", self._texts, self.choose,
                                      properties={"native_name": True})
        follow_language(self.retranslate)

    def _texts(self) -> dict[str, str]:
        return {SYSTEM: self.tr("As the &System"),
                **{language: f"&{number} {NATIVE_NAMES[language]}"
                   for number, language in enumerate(LANGUAGES, start=1)}}

    def retranslate(self) -> None:
        # "Language" stays readable for someone who landed in a language they cannot read.
        self.menu.setTitle(self.tr("&Language") + ("" if current_language() == "en" else " Language"))

    def choose(self, choice: str) -> None:
        """Switch to ``choice`` (a language, or SYSTEM) at once, and remember it."""
        self.settings.set("language", choice)
        install_translators(QApplication.instance(), choose_language(saved=choice))
        self.session.feedback.say(self.tr("Interface language: {language}").format(
            language=NATIVE_NAMES[current_language()]))
