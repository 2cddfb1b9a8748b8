"""F6 goes round the window's regions; the toolbar works by keyboard; Esc and closing a panel
bring the focus back to the text, at the reading position."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from reader.core.colours import hex_rgb
from reader.core.schemes import SCHEMES

SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def start_in_text(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def toolbar_buttons(window):
    return [b for toolbar in window.accessibility.toolbars for b in toolbar.findChildren(QToolButton)
            if b.isVisible() and b.isEnabled() and b.defaultAction() is not None]


def test_f6_goes_round_toolbar_outline_and_text(window, qtbot):
    start_in_text(window, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)  # nothing after the text here: round to the toolbar
    assert isinstance(focused(), QToolButton) and focused() in toolbar_buttons(window)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is window.outline
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is window.view
    qtbot.keyClick(focused(), Qt.Key.Key_F6, SHIFT)
    assert focused() is window.outline


def test_f6_reaches_the_find_bar_and_the_favorites_panel(window, qtbot):
    start_in_text(window, qtbot)
    window.find.open()
    window.favorites.set_panel_visible(True)
    start_in_text(window, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is window.find.bar.field
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert window.favorites.dock.isAncestorOf(focused())


def test_toolbar_buttons_take_focus_and_move_by_arrows(window, qtbot):
    start_in_text(window, qtbot)
    buttons = toolbar_buttons(window)
    assert len(buttons) >= 10
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert focused() is buttons[1]
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert focused() is buttons[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Left)  # round to the last
    assert focused() is buttons[-1]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.view


def test_closing_the_outline_from_inside_brings_focus_to_the_text(window, qtbot):
    start_in_text(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    caret = window.view.textCursor().position()
    window.outline.setFocus()
    qtbot.waitUntil(window.outline.hasFocus)
    window.outline_dock.close()
    qtbot.waitUntil(lambda: focused() is window.view)
    assert window.view.textCursor().position() == caret


def test_esc_closes_the_favorites_panel_and_returns_to_the_text(window, qtbot):
    start_in_text(window, qtbot)
    window.favorites.set_panel_visible(True)
    dock = window.favorites.dock
    qtbot.waitUntil(dock.isVisible)
    target = window.favorites.panel.filter
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert not dock.isVisible()
    qtbot.waitUntil(lambda: focused() is window.view)


def test_esc_in_the_outline_goes_to_the_text_and_keeps_the_outline(window, qtbot):
    start_in_text(window, qtbot)
    window.outline.setFocus()
    qtbot.waitUntil(window.outline.hasFocus)
    qtbot.keyClick(window.outline, Qt.Key.Key_Escape)
    assert focused() is window.view and window.outline_dock.isVisible()


def test_the_print_preview_works_by_keyboard_and_names_its_controls(window, qtbot):
    window.accessibility.set_scheme("black-yellow")  # its white ring would vanish on the light toolbar
    from PySide6.QtGui import QAccessible
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QComboBox, QLabel, QWidget

    from reader.gui.output.print_menu import arrange_preview

    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer, window)
    qtbot.addWidget(dialog)
    arrange_preview(dialog, False)
    window.printing.preview_dialog = dialog
    window.printing.retranslate()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    buttons = [b for b in dialog.toolbar_keys.buttons if b.isVisible() and b.isEnabled()]
    texts = [b.defaultAction().text() for b in buttons]
    assert texts[:2] == ["Page setup", "Print"], texts
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    assert focused() is buttons[1]  # Print
    assert ring_colour(buttons[1]) == (0, 0, 0)  # on the preview's light toolbar in every scheme
    assert buttons[0].nextInFocusChain() is buttons[1]  # Tab too goes in the order shown
    stops = [w for w in dialog.findChildren(QWidget)
             if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]
    zoom = dialog.findChild(QComboBox)
    assert dialog.findChild(QLabel, "previewZoomLabel").buddy() is zoom  # Linux names a combo box by its label
    unnamed = [w for w in stops if w is not zoom and not (
        QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) or "").strip()]
    assert unnamed == [], [(type(w).__name__, w.objectName(), QAccessible.queryAccessibleInterface(w).text(
        QAccessible.Text.Name)) for w in unnamed]
    window.printing.preview_dialog = None
    dialog.close()


def ring_colour(widget):
    image = widget.grab().toImage()
    colour = image.pixelColor(1, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_every_focused_control_shows_the_ring_in_every_scheme(window, qtbot, scheme):
    start_in_text(window, qtbot)
    window.accessibility.set_scheme(scheme)
    window.find.open()
    ring = hex_rgb(SCHEMES[scheme].focus)
    buttons = toolbar_buttons(window)
    checkable = next(b for b in buttons if b.defaultAction().isCheckable())
    close_outline = window.outline_dock.titleBarWidget().close_button
    for widget in (window.view, window.outline, window.find.bar.field, buttons[0], checkable, close_outline):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert ring_colour(widget) == ring, (scheme, widget)
    window.message_bar.show_message("The file changed on disk.", "Reload", lambda: None)
    for widget in (window.message_bar.close_button, window.message_bar.action_button):  # a light bar
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert ring_colour(widget) == (0, 0, 0), (scheme, widget)


def test_the_message_bars_action_gives_the_focus_back_to_the_text(window, qtbot):
    start_in_text(window, qtbot)
    done = []
    window.message_bar.show_message("The file changed on disk.", "Reload", lambda: done.append(True))
    button = window.message_bar.action_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert done and not window.message_bar.isVisible()
    qtbot.waitUntil(lambda: focused() is window.view)


def test_enter_in_the_outline_goes_to_the_text_and_says_the_heading(window, qtbot, monkeypatch):
    from reader.gui.reading import reading_cursor

    said = []
    monkeypatch.setattr(reading_cursor, "announce", lambda widget, text, assertive=False: said.append(text))
    start_in_text(window, qtbot)
    window.outline.setFocus()
    qtbot.waitUntil(window.outline.hasFocus)
    window.outline.setCurrentItem(window.outline.topLevelItem(0).child(0))
    qtbot.keyClick(window.outline, Qt.Key.Key_Return)
    assert focused() is window.view
    assert said == ["Level 2 heading 第一项 加强组织领导"]


def test_the_find_fields_clear_button_has_a_name(window, qtbot):
    from PySide6.QtGui import QAccessible

    window.find.open()
    field = window.find.bar.field
    clear = field.findChildren(QToolButton)
    assert clear and not any(b.isVisible() for b in clear)  # shown only with text to clear
    field.setText("法治")
    assert [QAccessible.queryAccessibleInterface(b).text(QAccessible.Text.Name) for b in clear] == ["Clear"]


def test_a_dialog_opened_from_the_toolbar_gives_the_focus_to_the_text_when_it_closes(window, qtbot):
    start_in_text(window, qtbot)
    help_button = window.accessibility.button("help")
    help_button.setFocus()
    qtbot.waitUntil(help_button.hasFocus)
    qtbot.keyClick(help_button, Qt.Key.Key_Space)
    dialog = window.accessibility.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.activateWindow()  # what the window manager does (offscreen, no one does)
    qtbot.waitUntil(lambda: focused() is window.view)
