import pytest


@pytest.fixture
def window(qtbot, monkeypatch):
    """A main window on the sample, shown offscreen (as tests/gui's, without its other fixtures)."""
    from reader.gui.app import create_application
    from reader.gui.main_window import MainWindow

    monkeypatch.setenv("READER_SPEECH_PLAYER", "silent")
    create_application("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.open_sample()
    window.show()
    qtbot.waitExposed(window)
    return window
