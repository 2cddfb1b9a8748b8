"""The start-up benchmarks' ways of quitting (benchmarks/run.py, section 1): `reader
--quit-after-paint` and `bare_window.py --paint` quit once the window is rendered once, what
waits for the first paint done; `--quit-after-show` and the bare window without `--paint` quit
laid out, before it. Each in its own process, as they run: once the application has quit, the
test process's QApplication would expose no window any more."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

# Counts the paint events reaching a widget's viewport (the text's), JSON at the end.
_PAINTS_SEEN = """
import json, sys
from PySide6.QtCore import QEvent, QObject
seen = {"paints": 0, "after_paint": 0}
class PaintsSeen(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            seen["paints"] += 1
        return False
paints = PaintsSeen()
"""

_READER = _PAINTS_SEEN + """
import atexit
from reader.gui.view.document_view import DocumentView
made = DocumentView.__init__
def watched(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.viewport().installEventFilter(paints)
    self.when_painted(lambda: seen.__setitem__("after_paint", seen["after_paint"] + 1))
DocumentView.__init__ = watched
atexit.register(lambda: print(json.dumps(seen), flush=True))
sys.argv = ["reader", sys.argv[1]]
from reader.__main__ import main
main()  # the program's own run: the process ends in it (gui/app.py end_now), atexit's handlers run
"""

_BARE = _PAINTS_SEEN + """
sys.path.insert(0, sys.argv[1])
import bare_window, floor_window
module, name = {"bare": (bare_window, "plain_text"), "floor": (floor_window, "parsed_and_formatted")}[sys.argv[2]]
fill = getattr(module, name)
filled = []
def watched(browser, path):
    fill(browser, path)
    browser.viewport().installEventFilter(paints)
    filled.append(path.name)
setattr(module, name, watched)
rc = module.main(sys.argv[3:])
print(json.dumps({**seen, "rc": rc, "filled": filled}))
"""


def run(code: str, *arguments: str, data_dir) -> tuple[int, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", code, *arguments], capture_output=True, text=True, timeout=120,
                            env=env)
    assert result.stdout.strip(), result.stderr
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("option, painted", [("--quit-after-paint", True), ("--quit-after-show", False)])
def test_the_reader_quits_painted_or_laid_out(tmp_path, option, painted):
    """Painted: the text once (not again by the platform's own paint of the exposed window), and
    what waits for the first paint (DocumentView.when_painted) has run; the process exits 0."""
    status, seen = run(_READER, option, data_dir=tmp_path)
    assert status == 0
    assert seen == {"paints": int(painted), "after_paint": int(painted)}


@pytest.mark.parametrize("script", ["bare", "floor"])
@pytest.mark.parametrize("argv, painted", [(["--paint"], True), ([], False)])
def test_the_bare_window_quits_painted_or_laid_out(tmp_path, script, argv, painted):
    status, seen = run(_BARE, str(BENCHMARKS), script, *argv, data_dir=tmp_path)
    assert status == 0 and seen["rc"] == 0
    assert seen["filled"] == ["huadu-police-2020-rule-of-law-report.txt"]  # the sample: --paint is not a file
    assert seen["paints"] == int(painted)  # once: not again by the platform's own paint
