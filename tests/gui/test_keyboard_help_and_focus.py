"""The shortcuts window lists every shortcut; the focus ring is visible and contrasted."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.core.colours import contrast_ratio, hex_rgb
from reader.gui.dialogs.shortcuts_dialog import shortcut_rows
from reader.core.schemes import SCHEMES
from reader.gui.display.style import FOCUS_WIDTH_PX

FOCUS_COLOUR = SCHEMES["original"].focus


def listed(window):
    return {name: keys for _, entries in shortcut_rows(window.menuBar()) for name, keys in entries}


def test_f1_opens_the_shortcuts_window_listing_every_shortcut(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    rows = listed(window)
    for name in ("Next Heading", "Previous Paragraph", "Where Am I", "Zoom In", "Keyboard Shortcuts", "Quit", "Open"):
        assert name in rows, name
    assert rows["Next Heading"] == "H" and rows["Quit"] == QKeySequence("Ctrl+Q").toString(QKeySequence.SequenceFormat.NativeText)
    every_action_with_keys = {a for a in window.findChildren(type(window.open_action)) if a.shortcuts() and a.isVisible()}
    assert len(every_action_with_keys) <= sum(len(entries) for _, entries in shortcut_rows(window.menuBar()))


def test_shortcuts_window_is_in_the_interface_language(make_window):
    window = make_window("zh_CN")
    window.show_shortcuts()
    rows = listed(window)
    assert "下一个标题" in rows and "我在哪里" in rows
    assert window.shortcuts_dialog.windowTitle() == "键盘快捷键"


def border_colour(widget):
    image = widget.grab().toImage()
    colour = image.pixelColor(1, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def test_focus_ring_is_at_least_2px_and_3_to_1(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for widget in (window.view, window.outline):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = border_colour(widget)
        window.message_bar.close_button.setFocus()  # move focus away
        qtbot.waitUntil(lambda: not widget.hasFocus())
        unfocused = border_colour(widget)
        assert focused == hex_rgb(FOCUS_COLOUR)
        assert contrast_ratio(focused, unfocused) >= 3
        assert FOCUS_WIDTH_PX >= 2
        image = (widget.setFocus(), qtbot.waitUntil(widget.hasFocus), widget.grab().toImage())[2]
        inner = image.pixelColor(FOCUS_WIDTH_PX - 1, image.height() // 2)
        assert (inner.red(), inner.green(), inner.blue()) == hex_rgb(FOCUS_COLOUR)  # the ring is that thick


def test_an_open_shortcuts_window_follows_a_switch_of_language(make_window):
    window = make_window("zh_CN")
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    window.language.choose("zh_TW")
    assert dialog.windowTitle() == "鍵盤快速鍵"
    names = [dialog.tree.topLevelItem(i).child(j).text(0) for i in range(dialog.tree.topLevelItemCount())
             for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert "開啟" in names and "打开" not in names


def test_asking_for_the_shortcuts_again_brings_back_the_same_window(window, qtbot):
    window.show_shortcuts()
    first = window.shortcuts_dialog
    first.close()
    window.show_shortcuts()
    window.show_shortcuts()
    assert window.shortcuts_dialog is first and first.isVisible()
    from reader.gui.dialogs.shortcuts_dialog import ShortcutsDialog
    assert len(window.findChildren(ShortcutsDialog)) == 1
