"""A speech engine that crashes, hangs or is missing never takes the window down.

The window has a SpeechService reading its document, bound as service.py describes (errors
to the message bar). Its worker is replaced by deliberately failing programs: one that
crashes at once, one that crashes on the first sentence, one that never answers, one that
does not exist, and the real worker told that no engine is there. Each time the service
reports the fault, the window stays up, keeps answering (the longest event-loop stall is
measured), and reads on with its reading cursor; the next Play tries again.
"""
from __future__ import annotations

import os
import sys
import time

import pytest
from PySide6.QtCore import QTimer

from reader.speech import service as speech_service
from reader.speech.engine_loader import ENGINE_ENV
from reader.speech.players import SilentPlayer
from reader.speech.service import SpeechService

PYTHON = sys.executable
# Workers that start as the real one does (a "ready" line), then fail on the first sentence.
READY = ('import json, os, signal, sys, time\n'
         'print(json.dumps({"event": "ready", "voices": [], "default_voice": None, "engine": "fake"}), flush=True)\n'
         'sys.stdin.readline()\n')
FAULTS = {
    "crashes at start": {"worker_command": [PYTHON, "-c", "import os; os.abort()"]},
    "crashes on a sentence": {"worker_command": [PYTHON, "-c", READY + "os.kill(os.getpid(), signal.SIGSEGV)\n"]},
    "hangs at start": {"worker_command": [PYTHON, "-c", "import time; time.sleep(600)"], "synthesis_timeout_s": 1.0},
    "hangs on a sentence": {"worker_command": [PYTHON, "-c", READY + "time.sleep(600)\n"], "synthesis_timeout_s": 1.0},
    "missing program": {"worker_command": ["/nonexistent/speech-engine"]},
    "no engine installed": {"worker_env": dict(os.environ, **{ENGINE_ENV: "none"})},
}


class StallWatch:
    """The longest gap between ticks of a 10 ms timer: how long the window did not answer."""

    def __init__(self):
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last - 0.010)
        self.last = now


@pytest.fixture(autouse=True)
def _engine_found(monkeypatch):
    """The window's quick check finds an engine: the faults come later, in the worker."""
    monkeypatch.setattr(speech_service, "quick_check", lambda: (True, ""))


@pytest.mark.parametrize("fault", FAULTS)
def test_a_failing_engine_never_takes_the_window_down(window, qtbot, fault, figures):
    service = SpeechService(parent=window, player=SilentPlayer(), **FAULTS[fault])
    service.error.connect(window.message_bar.show_message)  # the binding service.py describes
    document = window.document
    items = [(index, document.sentence_text(sentence)) for index, sentence in enumerate(document.sentences[:5])]
    watch = StallWatch()
    try:
        for attempt in range(2):  # the next Play after a fault tries again, and fails the same way
            with qtbot.waitSignal(service.error, timeout=15000) as blocker:
                service.speak(items)
            assert blocker.args[0], "a fault is reported with a message"
            assert service.state() == "stopped"
            assert window.isVisible()
            assert window.message_bar.text() == blocker.args[0]
            if fault in ("crashes at start", "missing program"):  # a sentence, the tool's words apart
                assert "Press Play to try again" in blocker.args[0] and "(" not in blocker.args[0]
                assert service.error_detail and service.error_detail not in blocker.args[0]
            assert window.reading.move_to(attempt + 1)  # the window reads on
        qtbot.wait(50)
    finally:
        service.shutdown()
        watch.timer.stop()
    figures[f"speech fault, {fault}: longest stall (ms)"] = round(1000 * watch.longest)
    assert watch.longest < 0.2, f"the window stalled {1000 * watch.longest:.0f} ms"
    assert window.isVisible() and window.document is document
