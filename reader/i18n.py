"""Interface languages: which one to use, and installing Qt translators for it.

QtCore only, so the CLI can translate its messages without loading widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .bundled import resource

LANGUAGES = ("zh_CN", "en")
DEFAULT_NON_CHINESE = "en"


def choose_language(requested: str | None = None) -> str:
    """The requested language if we have it, else Chinese on a Chinese system, else English."""
    if requested:
        normalized = requested.replace("-", "_")
        for language in LANGUAGES:
            if normalized.lower() == language.lower() or normalized.lower() == language.split("_")[0]:
                return language
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return DEFAULT_NON_CHINESE


def _translation_file(language: str) -> str | None:
    path = resource("i18n", f"reader_{language}.qm")
    return str(path) if path.is_file() else None


_installed: list[QTranslator] = []  # kept alive here; replaced on a language change


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install the reader's and Qt's own translations for ``language``, replacing earlier ones."""
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
