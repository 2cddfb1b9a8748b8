"""The baseline for start-up benchmarks: the least a Qt reading window can do.

A QApplication and a QMainWindow holding a QTextBrowser with a document's text
(setPlainText, no parsing, no formatting), the same size as the reader's window,
shown, then quit once the event loop has run once: the same quitting mechanism
as ``python -m reader --quit-after-show``. With ``--paint``, as
``python -m reader --quit-after-paint``: after that first turn the window is
rendered once (``window.grab()``, every visible child painted into a pixmap, as a
paint draws the window, without the platform's exposure, backing store and flush),
and the application quits at once, before the platform's own paint of the exposed
window would draw it a second time.

    python benchmarks/bare_window.py [FILE] [--paint]     (default: the bundled sample report)
"""
from __future__ import annotations

import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "huadu-police-2020-rule-of-law-report.txt"


def show_in_window(fill, argv: list[str] | None = None, paint: bool | None = None) -> int:
    """Build the window, let ``fill(browser, path)`` put the document in it, show it and quit;
    painted once first if ``paint`` (None: if ``--paint`` is in ``argv``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if paint is None:
        paint = "--paint" in argv
    files = [argument for argument in argv if argument != "--paint"]
    path = Path(files[0]) if files else SAMPLE

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 800)  # the reader's window size
    browser = QTextBrowser(window)
    fill(browser, path)
    window.setCentralWidget(browser)
    window.show()
    if paint:
        def paint_then_quit() -> None:  # as the reader's --quit-after-paint (reader/gui/app.py)
            window.grab()
            app.quit()  # before the platform's own paint of the window (the next turn) draws it again

        QTimer.singleShot(0, paint_then_quit)
    else:
        QTimer.singleShot(0, app.quit)
    return app.exec()


def plain_text(browser, path: Path) -> None:
    browser.setPlainText(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    return show_in_window(plain_text, argv)


if __name__ == "__main__":
    sys.exit(main())
