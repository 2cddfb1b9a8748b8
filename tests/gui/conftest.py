import pytest

from reader.gui.app import create_application
from reader.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _silent_speech(monkeypatch):
    """Read aloud plays nothing in the tests (no sound card): the SilentPlayer waits each WAV's length."""
    monkeypatch.setenv("READER_SPEECH_PLAYER", "silent")


@pytest.fixture
def make_window(qtbot):
    """A main window in the given interface language, shown offscreen."""

    def make(language: str = "en", sample: bool = True) -> MainWindow:
        create_application(language)
        window = MainWindow()
        qtbot.addWidget(window)
        if sample:
            assert window.open_sample()
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.view.painted)  # as a user finds it: what follows keys is set up
        return window

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()
