"""Starting the window: the application object, translations, the first document."""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..i18n import choose_language, install_translators
from .fonts import NO_CJK_FONT_MESSAGE, has_cjk_font
from .main_window import MainWindow


def create_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("reader")
    app.setOrganizationName("reader")
    app.setDesktopFileName("reader")
    install_translators(app, choose_language(language))
    app.setApplicationDisplayName(app.translate("MainWindow", "Reader"))
    return app


def run_window(options) -> int:
    app = create_application(options.lang)
    if not has_cjk_font():
        print(f"reader: {NO_CJK_FONT_MESSAGE}", file=sys.stderr)
    window = MainWindow()
    if options.file:
        window.open_path(options.file)
    else:
        window.open_sample()
    window.show()
    if options.quit_after_show:  # for start-up benchmarks: quit once laid out and painted
        QTimer.singleShot(0, app.quit)
    return app.exec()
