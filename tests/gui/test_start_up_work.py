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
