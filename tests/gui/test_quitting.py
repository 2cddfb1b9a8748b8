"""Quitting the window ends the process at once (gui/app.py end_now) and loses nothing: what the
reader keeps was saved when it changed, and Qt's own ending (the clipboard handed to the clipboard
manager by QApplication's destructor) still runs."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
SAMPLE = REPOSITORY / "resources" / "huadu-police-2020-rule-of-law-report.txt"

# The program's own run (`python -m reader FILE`, main() without arguments), with a reader's
# actions once the document is shown: a favorite, a bookmark, a colour scheme, a reading position,
# a copied sentence; then Ctrl+Q.
_A_SESSION = r"""
import atexit
import sys
import threading
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import reader.gui.app as app_module


class Tidied:
    def __del__(self):
        print("tidied by Python's ending", flush=True)


atexit.register(lambda: print("said at exit, without a newline", end=""))
from reader.gui.menu_keys import MenuKeysFirst

filtering, filtered = MenuKeysFirst.eventFilter, []


def counting(watcher, watched, event):
    filtered.append(QApplication.instance().property("ending"))
    return filtering(watcher, watched, event)


MenuKeysFirst.eventFilter = counting
import shiboken6

deleting = shiboken6.delete


def delete(qobject):  # end_now destroys the window, then the application
    QApplication.instance().setProperty("ending", True)
    deleting(qobject)


shiboken6.delete = delete
atexit.register(lambda: print(f"filtered {filtered.count(None)} events, {filtered.count(True)} while ending",
                              flush=True))
kept_to_the_end = Tidied()  # collected only by Python's own ending, which end_now skips
made = app_module.MainWindow.__init__


def with_a_session(window, *args, **kwargs):
    made(window, *args, **kwargs)

    def act(_document):
        window.document_shown.disconnect(act)
        print("favorite", window.favorites.toggle_favorite(), "bookmark", window.favorites.add_bookmark("a note"))
        window.settings.set("scheme", "yellow-black")
        window.reading.move_to(7)
        QApplication.clipboard().setText("第七句")
        MenuKeysFirst.install_now(QApplication.instance())  # as a menu opening does
        QApplication.instance().destroyed.connect(lambda: print("application destroyed", flush=True))
        threading.Thread(target=lambda: (time.sleep(0.3), print("a thread's work finished", flush=True))).start()
        QTimer.singleShot(0, window.quit_action.trigger)

    window.document_shown.connect(act)


app_module.MainWindow.__init__ = with_a_session
sys.argv = ["reader", sys.argv[1]]
from reader.__main__ import main
sys.exit(main())
"""


def test_quitting_ends_the_process_at_once_and_keeps_what_the_reader_did(_private_data_dir):
    result = subprocess.run([sys.executable, "-c", _A_SESSION, str(SAMPLE)], capture_output=True, text=True,
                            cwd=REPOSITORY, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "favorite True bookmark 1" in result.stdout, result.stderr
    assert "a thread's work finished" in result.stdout  # threads not marked daemon waited for
    assert "application destroyed" in result.stdout  # QApplication's destructor ran (the clipboard's hand-over)
    assert result.stdout.endswith("said at exit, without a newline")  # atexit handlers run, stdout flushed
    assert "tidied by Python's ending" not in result.stdout  # Python's slow ending was skipped
    # The application's filters came off before the window was destroyed (they would see its
    # ~200 events of destruction in Python: ~40-50 ms of an ending).
    assert " 0 while ending" in result.stdout and "filtered 0 events" not in result.stdout, result.stdout

    from reader.core.parsing import parse_file
    from reader.core.positions import ReadingPositions
    from reader.core.recent import RecentFiles
    from reader.core.settings import Settings
    from reader.core.store import Store

    assert Settings().get("scheme") == "yellow-black"
    assert RecentFiles().paths() == [str(SAMPLE)]
    assert ReadingPositions().get(parse_file(SAMPLE), str(SAMPLE)) == 7
    store = Store()
    try:
        [favorite] = store.documents()
        [bookmark] = store.bookmarks(favorite.id)
        assert bookmark.note == "a note"
    finally:
        store.close()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_a_copied_text_outlives_the_reader_on_x11(tmp_path, _private_data_dir):
    """X11: the program owning the clipboard holds its text; a quitting Qt program hands it to the
    desktop's clipboard manager as QApplication is destroyed. Ending the process without that
    (a bare os._exit) loses the copied text."""
    from tools.desktop_session import Session, read_line, start_xvfb

    session = Session(tmp_path)
    try:
        env = dict(os.environ, DISPLAY=start_xvfb(session, dict(os.environ)), QT_QPA_PLATFORM="xcb")
        manager = session.start("clipboard-manager", [sys.executable, str(HERE / "clipboard_manager.py")],
                                env=env, stdout=subprocess.PIPE)
        assert read_line(manager, 30) == "ready", session.log("clipboard-manager")
        result = subprocess.run([sys.executable, "-c", _A_SESSION, str(SAMPLE)], env=env, capture_output=True,
                                text=True, cwd=REPOSITORY, timeout=120)
        assert result.returncode == 0, result.stderr
        assert read_line(manager, 30) == "saved: 第七句", session.log("clipboard-manager")
    finally:
        session.stop()
