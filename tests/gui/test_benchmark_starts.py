"""The start-up benchmarks' ways of quitting (benchmarks/run.py, section 1): `reader
--quit-after-paint` and `bare_window.py --paint` quit once the window is rendered once, what
waits for the first paint done; `--quit-after-show` and the bare window without `--paint` quit laid
out, before it."""
import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from reader.cli.window_arguments import parse_window_arguments
from reader.gui.app import create_application, show_and_run
from reader.gui.main_window import MainWindow

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SAMPLE_NAME = "huadu-police-2020-rule-of-law-report.txt"


class PaintsSeen(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.mark.parametrize("option, painted", [("--quit-after-paint", True), ("--quit-after-show", False)])
def test_the_reader_quits_painted_or_laid_out(qtbot, option, painted):
    """Painted: once (not again by the platform's own paint of the exposed window), and what waits
    for the first paint has run."""
    app = create_application("en")
    window = MainWindow()
    qtbot.addWidget(window)
    ran = []
    window.view.when_painted(lambda: ran.append("after the first paint"))
    paints = PaintsSeen()
    window.view.viewport().installEventFilter(paints)
    assert show_and_run(app, window, parse_window_arguments([option])) == 0
    assert window.view.document().characterCount() > 1000  # the sample, shown
    assert paints.count == int(painted)
    assert bool(ran) is painted and window.view.painted is painted


@pytest.mark.parametrize("argv, painted", [(["--paint"], True), ([], False)])
def test_the_bare_window_quits_painted_or_laid_out(qtbot, argv, painted):
    create_application("en")
    bare = runpy.run_path(str(BENCHMARKS / "bare_window.py"), run_name="bare_window")
    paints = PaintsSeen()
    filled = []

    def plain_text(browser, path):
        bare["plain_text"](browser, path)
        browser.viewport().installEventFilter(paints)
        filled.append(path.name)

    assert bare["show_in_window"](plain_text, argv) == 0
    assert filled == [SAMPLE_NAME]  # --paint is not a file
    assert paints.count == int(painted)  # once: not again by the platform's own paint


def test_the_floor_window_is_painted_with_paint(qtbot, monkeypatch):
    create_application("en")
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # sys.path as it was after the test (floor_window adds to it)
    import floor_window

    paints = PaintsSeen()
    formatted = floor_window.parsed_and_formatted

    def watched(browser, path):
        formatted(browser, path)
        browser.viewport().installEventFilter(paints)

    monkeypatch.setattr(floor_window, "parsed_and_formatted", watched)
    assert floor_window.main(["--paint"]) == 0
    assert paints.count == 1
