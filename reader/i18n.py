"""Interface languages: which one to use, and installing Qt translators for it.

QtCore only, so the CLI can translate its messages without loading widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from .bundled import resource
from .core import languages


def system_languages() -> list[str]:
    """The system's preferred interface languages, most wanted first ('zh-Hant-TW', 'en-GB')."""
    system = QLocale.system()
    return [*system.uiLanguages(), system.name()]


def choose_language(requested: str | None = None, saved: str | None = None) -> str:
    """--lang for this run, else the user's choice from the Language menu, else the system's."""
    return languages.choose_language(requested, saved, system_languages())


def _translation_file(language: str) -> str | None:
    path = resource("i18n", f"reader_{language}.qm")
    return str(path) if path.is_file() else None


_installed: list[QTranslator] = []  # kept alive here; replaced on a language change


class LanguageSignal(QObject):
    """Tells whoever shows text that the interface language has changed (see retranslate)."""

    changed = Signal(str)  # the new language

    def __init__(self):
        super().__init__()
        self.language = ""


_signal: LanguageSignal | None = None


def language_signal() -> LanguageSignal:
    global _signal
    if _signal is None:
        _signal = LanguageSignal()
    return _signal


def current_language() -> str:
    return language_signal().language or languages.FALLBACK


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install the reader's and Qt's own translations for ``language``, replacing earlier ones.

    Qt sends every widget a LanguageChange event; objects that are not widgets, and widgets
    whose texts are ours, listen to language_signal().changed instead.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(f"qtbase_{language}", qt_folder)]
    own = _translation_file(language)
    if own:
        files.append((own, ""))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    signal = language_signal()
    changed = signal.language not in ("", language)
    signal.language = language
    if changed:
        signal.changed.emit(language)


def translate_without_application(language: str, context: str, text: str) -> str:
    """Translate with the reader's own file alone: the CLI has no application object
    (and must not make one: it could be running inside a process that will want a GUI one)."""
    own = _translation_file(language)
    translator = QTranslator()
    if own and translator.load(own):
        return translator.translate(context, text) or text
    return text


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
