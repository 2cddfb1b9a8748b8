"""Work left off the way to the first window (issue #15) is still done, and done right, when needed."""
from PySide6.QtWidgets import QApplication
from shiboken6 import getCppPointer

from reader.gui.app import create_application
from reader.gui.main_window import MainWindow


def test_the_style_sheet_is_set_before_the_windows_widgets_are_made(qtbot, monkeypatch):
    """Setting the application's style sheet restyles every widget there is (~115 in the window,
    7-15 ms of start-up): set before they are made, each is styled once, as it is made."""
    app = create_application("en")
    app.setStyleSheet("")  # another test's window left its look
    before = {getCppPointer(widget)[0] for widget in app.allWidgets()}
    restyled = []
    set_style_sheet = QApplication.setStyleSheet

    def counting(application, sheet):
        restyled.append(sum(getCppPointer(widget)[0] not in before for widget in application.allWidgets()))
        set_style_sheet(application, sheet)

    monkeypatch.setattr(QApplication, "setStyleSheet", counting)
    window = MainWindow()
    qtbot.addWidget(window)
    assert restyled == [1], f"widgets of the window there when its style sheet was set: {restyled}"
    assert app.styleSheet()


def test_the_message_bars_parts_are_made_with_their_first_message(qtbot):
    """Most starts show no message: the window's two message bars are bare hidden frames until
    one comes (their label, buttons and own style sheet: ~1.4 ms each), and then whole."""
    from PySide6.QtWidgets import QWidget

    create_application("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    bars = [window.message_bar, window.font_warning]
    assert [bar.findChildren(QWidget) for bar in bars] == [[], []]
    assert window.message_bar.text() == ""
    window.message_bar.show_message("The file could not be read", "Try Again", lambda: None, details="EACCES")
    assert window.message_bar.text() == "The file could not be read"
    assert window.message_bar.action_button.isVisible() and window.message_bar.details_button.isVisible()
    assert window.message_bar.close_button.accessibleName() == "Close message"  # named as it is made
    assert "#fff4ce" in window.message_bar.styleSheet()
    assert window.font_warning.findChildren(QWidget) == []  # the other, still bare
