"""Work left off the way to the first window (issue #15) is still done, and done right, when needed."""
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from shiboken6 import getCppPointer

from reader.gui.app import create_application
from reader.gui.display.toolbar_icons import glyph_icon
from reader.gui.main_window import MainWindow


def test_a_tools_checked_look_is_drawn_when_it_is_first_checked(window, qtbot):
    toolbar = window.accessibility
    action, button = toolbar.actions["guides"], toolbar.button("guides")
    assert not action.isChecked()
    assert not action.icon().availableSizes(QIcon.Mode.Normal, QIcon.State.On)  # not drawn at start
    unchecked_look = button.grab().toImage()

    window.settings.set("guide_lines", True)  # Alt+Shift+3, the button or the menu: the setting
    assert action.isChecked()
    qtbot.wait(10)
    drawn_when_checked = button.grab().toImage()
    scheme = window.appearance.scheme
    action.setIcon(glyph_icon("十", scheme.ui_text, scheme.selection_text))  # both looks drawn at once, as before
    qtbot.wait(10)
    assert button.grab().toImage() == drawn_when_checked
    assert drawn_when_checked != unchecked_look


def test_a_tool_checked_at_start_shows_its_checked_look(make_window, qtbot):
    from reader.core.settings import Settings

    Settings().set("large_pointer", True)
    window = make_window()
    toolbar = window.accessibility
    assert toolbar.actions["pointer"].isChecked()
    assert toolbar.actions["pointer"].icon().availableSizes(QIcon.Mode.Normal, QIcon.State.On)
    assert not toolbar.actions["guides"].icon().availableSizes(QIcon.Mode.Normal, QIcon.State.On)


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
