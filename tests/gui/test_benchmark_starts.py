"""The start-up benchmarks' ways of quitting (benchmarks/run.py, section 1): `reader
--quit-after-paint` quits once the window is rendered, what waits for the first paint done;
`--quit-after-show` quits laid out, before it."""
import pytest

from reader.cli.window_arguments import parse_window_arguments
from reader.gui.app import create_application, show_and_run
from reader.gui.main_window import MainWindow


@pytest.mark.parametrize("option, painted", [("--quit-after-paint", True), ("--quit-after-show", False)])
def test_the_reader_quits_painted_or_laid_out(qtbot, option, painted):
    app = create_application("en")
    window = MainWindow()
    qtbot.addWidget(window)
    ran = []
    window.view.when_painted(lambda: ran.append("after the first paint"))
    assert show_and_run(app, window, parse_window_arguments([option])) == 0
    assert window.view.document().characterCount() > 1000  # the sample, shown
    assert bool(ran) is painted and window.view.painted is painted
