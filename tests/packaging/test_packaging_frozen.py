"""The frozen app's entry point and the checks of the smoke test (packaging/build.py smoke).

The one-folder build itself and its smoke test run in CI after the tests (`make package`,
.ci/run); these tests keep the parts it relies on honest and quick."""
import json
import os
import subprocess
import sys
import wave

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from conftest import PACKAGING, ROOT

ENTRY = PACKAGING / "frozen_main.py"


def run_entry(arguments, **kwargs):
    env = dict(os.environ, PYTHONPATH=str(ROOT), **kwargs.pop("env", {}))
    return subprocess.run([sys.executable, str(ENTRY), *arguments], capture_output=True, timeout=60,
                          env=env, **kwargs)


def test_entry_runs_the_speech_worker_for_minus_m():
    """`reader -m reader.speech.worker` is how a frozen app starts its speech worker."""
    result = run_entry(["-m", "reader.speech.worker"], input=b'{"cmd": "quit"}\n',
                       env={"READER_SPEECH_ENGINE": "none"})
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert events and events[0]["event"] == "unavailable"


def test_entry_runs_the_reader():
    result = run_entry(["--help"])
    assert result.returncode == 0
    assert b"--screenshot" in result.stdout


def test_entry_leaves_the_library_path_alone_when_not_frozen():
    code = ("import os, runpy; os.environ['LD_LIBRARY_PATH'] = '/x'; "
            f"m = runpy.run_path({str(ENTRY)!r}); m['_restore_library_path'](); "
            "print(os.environ['LD_LIBRARY_PATH'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "/x"


def test_blank_screenshot_fails_the_smoke_check(qapp, builder, tmp_path):
    blank = tmp_path / "blank.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(blank))
    assert builder.screenshot_problems(blank, (400, 300))
    assert builder.screenshot_problems(tmp_path / "missing.png", (400, 300))
    painter = QPainter(image)
    for row in range(0, 300, 20):
        painter.fillRect(10, row, 300, 8, QColor.fromHsv(row % 360, 200, 120))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(20, 150, "一、总体情况 Reader")
    painter.end()
    drawn = tmp_path / "drawn.png"
    image.save(str(drawn))
    assert builder.screenshot_problems(drawn, (400, 300)) == []
    assert builder.screenshot_problems(drawn, (800, 600))  # the wrong size


def test_silent_or_short_wav_fails_the_smoke_check(builder, tmp_path):
    def write(path, frames):
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(frames)
        return path

    assert builder.wav_problems(write(tmp_path / "silent.wav", b"\0\0" * 22050))
    assert builder.wav_problems(write(tmp_path / "short.wav", b"\1\2" * 100))
    assert builder.wav_problems(write(tmp_path / "sound.wav", b"\1\2" * 22050)) == []
