"""Read aloud on the session (#15): it follows its settings however they change, lends its voice
to the window's feedback, and loads no speech engine nor the speech service on the way to the
first window."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from reader.core.settings import PointUnit, ReadingMode
from reader.speech.engine_loader import ENGINE_ENV, quick_check


@pytest.fixture(autouse=True)
def _engine(monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    if not quick_check()[0]:
        pytest.skip(f"no speech engine: {quick_check()[1]}")


def test_settings_changed_any_way_are_followed_by_the_service_the_menu_and_the_toolbar(window):
    read_aloud, settings = window.read_aloud, window.settings
    read_aloud.menu.aboutToShow.emit()  # opened: its switches are made then
    service = read_aloud.ensure_service()
    try:
        settings.set("speech_rate", 20)
        settings.set("speech_volume", 40)
        assert service.rate() == pytest.approx(2.0) and service.volume() == pytest.approx(0.4)
        settings.set("reading_mode", ReadingMode.POINT)
        settings.set("point_reading_unit", PointUnit.PARAGRAPH)
        settings.set("highlight_reading", False)
        assert read_aloud.actions["mode_point"].isChecked() and read_aloud.actions["point_paragraph"].isChecked()
        assert not read_aloud.actions["highlight"].isChecked()
        settings.set("speech_on", True)
        assert window.accessibility.actions["sound"].isChecked()
        settings.reset(["reading_mode", "speech_on"])
        assert read_aloud.actions["mode_continuous"].isChecked()
        assert not window.accessibility.actions["sound"].isChecked()
    finally:
        read_aloud.shutdown()


def test_confirmations_are_spoken_through_the_voice_read_aloud_lends_to_feedback(window):
    read_aloud = window.read_aloud
    service = read_aloud.ensure_service()
    spoken = []
    service.speak = lambda items: spoken.append(list(items)) or True
    try:
        window.feedback.confirm("Elder Mode", True)
        assert spoken == []  # sound off: said, not spoken
        window.settings.set("speech_on", True)
        window.feedback.confirm("Elder Mode", True)
        assert spoken == [[(-1, "Elder Mode on")]]
        assert "Elder Mode on" in window.statusBar().currentMessage()
    finally:
        read_aloud.shutdown()


def test_no_speech_engine_nor_service_is_loaded_on_the_way_to_the_first_window():
    script = textwrap.dedent("""
        import sys
        from reader.gui.app import create_application
        from reader.gui.main_window import MainWindow
        app = create_application("en")
        window = MainWindow()
        window.open_sample()
        window.show()
        app.processEvents()
        loaded = [name for name in ("pyttsx3", "reader.speech.service", "reader.speech.export") if name in sys.modules]
        print(loaded, window.read_aloud.service)
    """)
    # The conftest's private READER_DATA_DIR goes with the environment.
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] None"


def test_the_reading_parts_are_built_by_the_first_shortcut_before_any_menu_was_opened(window, qtbot):
    """The menu, its shortcuts and the toolbar's tools are there at start; what reads is built
    when first used: Ctrl+Shift+M reads the card at once, the Read Aloud menu never opened."""
    read_aloud = window.read_aloud
    assert read_aloud._transport is None  # not built on the way to the window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    try:
        qtbot.keyClick(window.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert read_aloud._transport is not None and read_aloud.service is not None
        qtbot.waitUntil(lambda: read_aloud.state() == "playing", timeout=10000)
        assert "Reading aloud" in read_aloud.status.text()
    finally:
        read_aloud.shutdown()


def test_restored_point_reading_with_sound_on_follows_the_pointer_from_the_start(make_window):
    """指读 with sound on needs no command: restored, it is built with the window."""
    from reader.core.settings import Settings

    settings = Settings()
    settings.set("speech_on", True)
    settings.set("reading_mode", ReadingMode.POINT)
    window = make_window()
    try:
        assert window.read_aloud._transport is not None
        assert window.view.viewport().hasMouseTracking()
    finally:
        window.read_aloud.shutdown()
        settings.reset(["speech_on", "reading_mode"])


def test_closing_the_window_ends_the_reading_service(window, monkeypatch):
    """Read aloud watches the window's closing once there is a service to end (not from the start:
    a filter in Python would see every event of the window's showing)."""
    service = window.read_aloud.ensure_service()
    ended = []
    monkeypatch.setattr(service, "shutdown", lambda: ended.append(True))
    window.close()
    assert ended
