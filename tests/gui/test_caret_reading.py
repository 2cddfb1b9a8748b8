"""The text is read by caret: the arrow keys move it, it is the reading position, Tab leaves it.

What a screen reader reads here is checked through Qt's accessibility interface (the same one
AT-SPI and UI Automation serve); tests/gui/test_atspi.py and tools/orca_speech.py check it over
the real bus and with Orca.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QTextBrowser

CTRL = Qt.KeyboardModifier.ControlModifier


def focus_text(window, qtbot):
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def caret(window) -> int:
    return window.view.textCursor().position()


def line_at_caret(window) -> str:
    """The laid-out line the caret is on (what a screen reader reads on Up and Down)."""
    cursor = window.view.textCursor()
    cursor.select(QTextCursor.SelectionType.LineUnderCursor)
    return cursor.selectedText()


def test_the_text_is_read_only_text_not_a_label(window):
    accessible = QAccessible.queryAccessibleInterface(window.view)
    assert not isinstance(window.view, QTextBrowser)
    assert accessible.role() == QAccessible.Role.EditableText
    assert accessible.state().readOnly and accessible.state().focusable
    assert window.view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_down_moves_the_caret_a_line_and_the_reading_cursor_follows(window, qtbot):
    focus_text(window, qtbot)
    before, sentence = caret(window), window.reading.sentence
    lines = []
    for _ in range(12):  # past the catalogue card, into the text
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
        lines.append(line_at_caret(window))
    assert caret(window) > before
    assert len(set(lines)) > 6  # a new line each time
    assert window.reading.sentence != sentence
    assert window.reading.sentence == window.reading.navigator.sentence_at(window.view.view_to_model(caret(window)))


def test_home_end_and_ctrl_right_move_within_the_line(window, qtbot):
    focus_text(window, qtbot)
    for _ in range(12):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
    view = window.view
    line_start = caret(window)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert caret(window) == line_start + 1
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert caret(window) > line_start + 2
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert caret(window) == line_start
    qtbot.keyClick(view, Qt.Key.Key_Right, CTRL)  # a word: more than one character
    assert caret(window) > line_start + 1


def test_h_puts_the_caret_on_the_heading_and_tab_leaves_it_there(window, qtbot):
    focus_text(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_H)
    assert line_at_caret(window).strip() == "一、主要做法和成效"
    at_heading = caret(window)
    scrolled = window.view.verticalScrollBar().value()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert not window.view.hasFocus()
    assert caret(window) == at_heading
    assert window.view.verticalScrollBar().value() == scrolled
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.hasFocus() and caret(window) == at_heading


def test_arrows_after_a_jump_start_from_the_jump(window, qtbot):
    focus_text(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    heading = caret(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert caret(window) > heading
    qtbot.keyClick(window.view, Qt.Key.Key_Up)
    assert window.view.textCursor().block().position() == window.view.document().findBlock(heading).position()


def test_a_screen_reader_setting_the_caret_brings_it_into_view(window, qtbot):
    """Orca sets the caret through the accessible text where Say All stops: the view follows."""
    view = window.view
    accessible = QAccessible.queryAccessibleInterface(view).textInterface()
    target = view.document().characterCount() - 50
    accessible.setCursorPosition(target)
    assert caret(window) == target
    rect = view.cursorRect()
    assert 0 <= rect.top() and rect.bottom() <= view.viewport().height()
    assert window.reading.sentence == window.reading.navigator.sentence_at(view.view_to_model(target))
