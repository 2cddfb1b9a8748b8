"""What the way to the first window leaves for first use (issue #15's start-up targets): the
modules of features not visible at start load when the feature is first used, not before the
first paint. The window is started as the reader starts it, in its own process."""
import json
import os
import subprocess
import sys

import pytest

# Loaded on first use, not on the way to the first window (default settings).
LOADED_ON_FIRST_USE = [
    "reader.gui.reading.search_results",  # the find results panel
    # read aloud's reading (the menu, its shortcuts and the toolbar's tools are there)
    "reader.gui.speech.transport", "reader.gui.speech.passages", "reader.gui.speech.tuning",
    "reader.gui.speech.point_reading", "reader.gui.speech.status", "reader.core.speech_errors",
    # favorites: only the store (it follows each document shown) and the menu are there
    "reader.gui.favorites.undo", "reader.gui.favorites.opening", "reader.gui.favorites.transfer",
    "reader.gui.favorites.panel_host",
    # pinyin off: its menu is there; core/pinyin.py, its lexicon and the ruby painter are not
    # (the caption bar, off, loads ruby.py when first shown)
    "reader.core.pinyin", "reader.core.readings", "reader.gui.pinyin.ruby", "pypinyin",
    "reader.core.spoken",  # the Go menu's heading announcements: with the first jump
    "reader.gui.display.overlays", "reader.gui.display.pointer",  # guide lines, line focus, 大鼠标: off
    "reader.gui.output.output_target", "reader.core.cooperative",  # File > Export…'s checks and pacing
]


def modules_at_start(data_dir, settings: dict | None = None) -> set[str]:
    """The reader's modules loaded once the window has shown the sample and painted."""
    code = ("import sys, json;"
            "from reader.core.settings import Settings; s = Settings();"
            f"[s.set(k, v) for k, v in {settings or {}!r}.items()];"
            "from reader.__main__ import main; main(['--quit-after-show']);"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('reader', 'pypinyin', 'pyttsx3')))))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> set[str]:
    return modules_at_start(tmp_path_factory.mktemp("data"))


@pytest.mark.parametrize("module", LOADED_ON_FIRST_USE)
def test_the_first_window_leaves_the_module_for_first_use(started, module):
    assert "reader.gui.main_window" in started  # the window was made
    assert module not in started


def test_pinyin_and_the_caption_bar_left_on_are_built_with_the_window(tmp_path):
    """A setting restored at start shows its feature in the first window: nothing moves later."""
    started = modules_at_start(tmp_path, {"pinyin_mode": "all", "caption_bar": True, "guide_lines": True,
                                          "line_focus": 3, "large_pointer": True})
    assert {"reader.core.pinyin", "reader.gui.pinyin.ruby", "reader.gui.pinyin.over_text",
            "reader.gui.display.overlays", "reader.gui.display.pointer"} <= started


def test_the_collector_rests_while_the_modules_load_and_runs_once_the_window_is_made(tmp_path):
    """The imports on the way to the window leave next to no garbage: Python's collector went over
    their objects ~60 times for it (~8 ms of start-up). It runs again from the window's making on."""
    code = ("import gc, json, os, sys\n"
            "log = []\n"
            "def made():\n"
            "    widgets = sys.modules.get('PySide6.QtWidgets')\n"
            "    return widgets is not None and widgets.QApplication.instance() is not None\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and log.append(made()))\n"
            "end = os._exit\n"
            "def ending(status):\n"
            "    print(json.dumps({'collections': log, 'enabled': gc.isenabled()}), flush=True)\n"
            "    end(status)\n"
            "os._exit = ending\n"
            "sys.argv = ['reader', '--quit-after-show']\n"
            "from reader.__main__ import main\n"
            "log.clear()\n"
            "main()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["enabled"]
    assert seen["collections"], "the collector ran again once the window was made"
    assert all(seen["collections"]), "no collection before the application was made"
