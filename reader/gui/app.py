"""Starting the window: the application object, translations, the first document."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, NoReturn

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..bundled import resource
from ..core.settings import PinyinMode, Settings
from ..i18n import choose_language, install_translators, language_signal
from .application_filters import filter_application_events, remove_application_filters
from .view.fonts import NO_CJK_FONT_MESSAGE, has_cjk_font, interface_font
from .main_window import MainWindow


def create_application(language: str | None = None, saved_language: str | None = None) -> QApplication:
    """The application, speaking ``language`` (--lang), else the one the user chose before,
    else the system's."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("reader")
    app.setOrganizationName("reader")
    app.setDesktopFileName(APP_ID)  # the desktop file's name: desktops match the window to its menu entry
    app.setWindowIcon(window_icon())
    language = choose_language(language, saved_language)
    install_translators(app, language)
    _interface_font_follows(language)
    app.setApplicationDisplayName(app.translate("MainWindow", "Reader"))  # the window renames it later
    return app


def window_icon() -> QIcon:
    """The reader's icon from its PNGs (resources/icons/reader-N.png, drawn from reader.svg by
    packaging/icons.py), each read when a desktop asks for that size: the SVG would load QtSvg
    and its icon plugin on the way to the first window (~2 ms)."""
    icon = QIcon()
    folder = resource("icons")
    for name in os.listdir(folder):  # (Path.glob compiles a pattern: ~0.5 ms)
        side = name.removeprefix("reader-").removesuffix(".png")
        if side.isdigit() and name.endswith(".png"):
            icon.addFile(str(folder / name), QSize(int(side), int(side)))
    return icon


def _interface_font_follows(language: str) -> None:
    """The interface's Chinese in the text's font face (interface_font), in traditional forms
    for a zh_TW interface, now and after each change of language (View > Language)."""
    app = QApplication.instance()
    app.setFont(interface_font(app.font(), language))
    if not getattr(_interface_font_follows, "connected", False):
        language_signal().changed.connect(_interface_font_follows)
        _interface_font_follows.connected = True


DEFAULT_SCREENSHOT_SIZE = (1280, 800)
APP_ID = "io.github.govdoc_reader.Reader"  # packaging/linux/<APP_ID>.desktop and .metainfo.xml


class DocumentsFromTheSystem(QObject):
    """Documents the system hands a running reader (macOS "Open With", a file dropped on the
    Dock icon) arrive as FileOpen events, not as arguments: open them in the window."""

    def __init__(self, app: QApplication, window: MainWindow):
        super().__init__(window)
        self.window = window
        filter_application_events(app, self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.window.open_path(event.file(), wait=False)
            return True
        return False


def run_window(options, end_process: bool = False, window_shown: Callable[[], None] | None = None) -> int:
    """Show the window and run it; the exit status. ``end_process``: the program's own run (not a
    caller's, which goes on after it): the process ends here once the window has closed (end_now).
    ``window_shown`` is called once the window is shown with its first document, before the event
    loop runs (the program's own run resumes Python's collector there: __main__.py)."""
    screen_file = None
    if options.screenshot:  # no screen needed, and none of the user's settings touched
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if os.environ["QT_QPA_PLATFORM"] == "offscreen":
            screen_file = offscreen_screen(options.size or DEFAULT_SCREENSHOT_SIZE)
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
    settings = Settings()
    app = create_application(options.lang, settings.get("language"))
    if screen_file is not None:  # Qt read it as the application started
        Path(screen_file).unlink(missing_ok=True)
    if not has_cjk_font():
        print(f"reader: {NO_CJK_FONT_MESSAGE}", file=sys.stderr)
    # Options for this run only: a screenshot or a trial must not change the saved settings.
    if options.elder:
        settings.override("elder_mode", True)
    if options.scheme:
        settings.override("scheme", options.scheme)
    if getattr(options, "pinyin", None):
        settings.override("pinyin_mode", options.pinyin)
    window = MainWindow(settings=settings)
    if sys.platform == "darwin":  # the only system that sends them; a filter on the application sees every event
        DocumentsFromTheSystem(app, window)
    if options.screenshot or options.size:
        window.resize(*(options.size or DEFAULT_SCREENSHOT_SIZE))
    status = show_and_run(app, window, options, window_shown)
    if end_process:
        end_now(app, window, status)
    return status


def show_and_run(app: QApplication, window: MainWindow, options, window_shown=None) -> int:
    # Shown before its first document (painted only once the event loop runs): a hidden view is
    # 98 px wide, and the text laid out there was laid out again at the view's width on showing
    # (a 2 MB document: taller than Qt's layout can place, 0.4-0.7 s of start-up).
    window.show()
    if options.file:
        # A big file opens in the background once the window is up, as from File > Open;
        # a screenshot or a start-up benchmark wants it shown first.
        window.open_path(options.file, remember=not options.screenshot,
                         wait=bool(options.screenshot or options.quit_after_show
                                   or options.quit_after_paint))
    else:
        window.open_sample()
    if window_shown is not None:
        window_shown()
    if options.screenshot and getattr(options, "screenshot_window", None):
        from .window_shots import save_window_shot

        save_screenshot(app, window, None)  # laid out and painted first, as a user would see it
        if not save_window_shot(app, window, options.screenshot_window, options.screenshot):
            print(f"reader: cannot write {options.screenshot}", file=sys.stderr)
            return 2
        return 0
    if options.screenshot:
        return save_screenshot(app, window, options.screenshot)
    if options.quit_after_paint:
        # For start-up benchmarks, to the first frame: after the first event-loop turn (laid out) the
        # window is rendered once as a paint draws it (grab() paints every visible child into a
        # pixmap, without the platform's exposure, backing store and flush), then what waits for the
        # first paint runs (DocumentView.when_painted: posted to the view by its paint) and the
        # application quits. At once, not at the next turn: by then the platform's own paint of the
        # window (offscreen too, once it has exposed it) would draw every widget a second time.
        def paint_then_quit() -> None:
            window.grab()
            QApplication.sendPostedEvents(window.view, QEvent.Type.MetaCall)
            app.quit()

        QTimer.singleShot(0, paint_then_quit)
    elif options.quit_after_show:  # for start-up benchmarks: quit after the first event-loop turn (before any paint)
        QTimer.singleShot(0, app.quit)
    return app.exec()


def end_now(app: QApplication, window: MainWindow, status: int) -> NoReturn:
    """End the process without Python's own ending, which only tidies up: it collects the objects of
    ~280 modules several times over (~35 ms, the bare window's few modules ~5). Nothing is lost by
    skipping it: what the reader keeps is saved when it changes (settings, recent documents, reading
    positions: written atomically; favorites: each change committed), never by a destructor or at exit.
    Qt's own ending stays: the application's destructor hands a copied text to the clipboard manager
    (X11), and so do the atexit handlers and the flushing of stdout and stderr."""
    import atexit
    import threading
    import warnings

    import shiboken6

    # As Python's ending does first: threading's own exit calls (a process pool's), then the
    # threads not marked daemon are waited for.
    shutdown = getattr(threading, "_shutdown", None)
    if shutdown is not None:
        shutdown()
    else:
        for thread in threading.enumerate():
            if thread is not threading.main_thread() and not thread.daemon:
                thread.join()
    # A widget being destroyed gives up the focus: a Python slot of focusChanged would be handed
    # the half-destroyed widget, for which PySide tries every Qt class of QtWidgets in turn
    # (creating ~60 enum types, 15-25 ms). Nothing needs to follow the focus any more.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # (none connected)
        app.focusChanged.disconnect()
    remove_application_filters(app)  # nothing to filter in the window's destruction
    if shiboken6.isValid(window):
        shiboken6.delete(window)
    shiboken6.delete(app)  # as PySide's atexit handler would: the window, then the application
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: Python's ending would not write it either
            pass
    os._exit(status)


def offscreen_screen(size: tuple[int, int]) -> str:
    """A file describing a screen of ``size`` at 96 dpi for the offscreen platform (its own is
    800 x 800), so that a window the reader sizes to the screen (elder mode's dialogs) shows as
    on such a screen."""
    import json
    import tempfile

    screen = {"name": "screenshot", "x": 0, "y": 0, "width": size[0], "height": size[1],
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    with tempfile.NamedTemporaryFile("w", suffix=".json", prefix="reader-screen-", delete=False) as config:
        json.dump({"screens": [screen]}, config)
    return config.name


def save_screenshot(app, window, path: str | None) -> int:
    """Save the laid-out window to path (None: only lay it out and paint it)."""
    app.processEvents()
    pinyin = window.session.provided("pinyin")
    if pinyin is not None and pinyin.mode() != PinyinMode.OFF:  # wait for pypinyin (it loads off the GUI thread)
        import time

        from ..core.pinyin import load

        load()
        for _ in range(300):
            app.processEvents()
            if pinyin.showing():
                break
            time.sleep(0.01)
        app.processEvents()
    picture = window.grab()  # painted as a user sees it; what waits for the first paint follows (when_painted)
    app.processEvents()
    if path is not None and not picture.save(path, "PNG"):
        print(f"reader: cannot write {path}", file=sys.stderr)
        return 2
    return 0
