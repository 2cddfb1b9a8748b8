"""The command palette (Ctrl+Shift+P): find any command by a name in either language, and run it."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from reader.gui.dialogs.command_palette import CommandPalette, collect_commands


def open_palette(window, qtbot) -> CommandPalette:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    palette = window.command_palette.dialog
    assert palette is not None
    qtbot.waitUntil(palette.isVisible)
    qtbot.waitUntil(palette.field.hasFocus)
    return palette


def shown(palette):
    return [palette.list.item(row).text() for row in range(palette.list.count())]


def search(palette, qtbot, text):
    palette.field.clear()
    if text.isascii():
        qtbot.keyClicks(palette.field, text)
    else:  # QTest cannot type Chinese; an input method would set the text at once
        palette.field.setText(text)
    return shown(palette)


def test_ctrl_shift_p_opens_the_palette_listing_the_commands(window, qtbot):
    palette = open_palette(window, qtbot)
    rows = shown(palette)
    assert any(row.startswith("Zoom In — View — ") for row in rows)
    assert any(row.startswith("Open — File — ") for row in rows)  # "&Open…" without its mnemonic and dots
    assert not any(row.startswith("Command Palette") for row in rows)  # not itself
    assert palette.count_label.text() == f"{len(rows)} commands"
    assert window.command_palette.action in window.help_menu.actions()


def test_typing_filters_and_enter_runs_the_command(window, qtbot):
    window.zoom.set_zoom(100)
    palette = open_palette(window, qtbot)
    rows = search(palette, qtbot, "zoom in")
    assert rows[0].startswith("Zoom In")
    assert len(rows) < palette.list.count() + 1 and len(rows) <= 50
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.view.zoom_percent == 110


def test_arrow_keys_move_through_the_list_and_esc_closes(window, qtbot):
    palette = open_palette(window, qtbot)
    search(palette, qtbot, "zoom")
    assert palette.list.currentRow() == 0
    qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    assert palette.list.currentRow() == 1 and palette.field.hasFocus()
    qtbot.keyClick(palette.field, Qt.Key.Key_Up)
    assert palette.list.currentRow() == 0
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_typing_in_the_list_goes_on_in_the_field(window, qtbot):
    palette = open_palette(window, qtbot)
    search(palette, qtbot, "zoo")
    palette.list.setFocus()
    qtbot.waitUntil(palette.list.hasFocus)
    qtbot.keyClick(palette.list, Qt.Key.Key_M)
    assert palette.field.text() == "zoom" and palette.field.hasFocus()


def test_double_click_runs_the_command(window, qtbot):
    palette = open_palette(window, qtbot)
    search(palette, qtbot, "where am i")
    item = palette.list.item(0)
    rect = palette.list.visualItemRect(item)
    qtbot.mouseClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest needs both
    qtbot.mouseDClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not palette.isVisible()
    assert "%" in window.statusBar().currentMessage()  # "… 0% through"


def test_no_match_is_said(window, qtbot):
    palette = open_palette(window, qtbot)
    assert search(palette, qtbot, "qqqqxxxx") == []
    assert palette.count_label.text() == "No commands found"
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)  # nothing to run: nothing happens
    assert palette.isVisible()


@pytest.mark.parametrize("query", ["whereami", "Where am I", "WHERE-AM-I"])
def test_english_names_find_commands_in_the_chinese_interface(make_window, qtbot, query):
    window = make_window("zh_CN")
    palette = open_palette(window, qtbot)
    rows = search(palette, qtbot, query)
    assert rows and rows[0].startswith("我在哪里 (Where Am I) — ")
    assert palette.count_label.text().endswith("个命令") or palette.count_label.text() == "1 个命令"


def test_zoom_finds_the_chinese_command_in_the_chinese_interface(make_window, qtbot):
    window = make_window("zh_CN")
    window.zoom.set_zoom(100)
    palette = open_palette(window, qtbot)
    rows = search(palette, qtbot, "zoom in")
    assert rows[0].startswith("放大 (Zoom In)")
    qtbot.keyClick(palette.field, Qt.Key.Key_Enter)
    assert window.view.zoom_percent == 110


def test_chinese_names_find_commands_in_the_english_interface(window, qtbot):
    palette = open_palette(window, qtbot)
    assert search(palette, qtbot, "我在哪里")[0].startswith("Where Am I (我在哪里)")
    assert search(palette, qtbot, "放大")[0].startswith("Zoom In (放大)")


def test_search_terms_find_an_action_by_its_other_names(window, qtbot):
    toolbar = QToolBar("Tools", window)
    window.addToolBar(toolbar)
    elder = QAction("Elder Mode", window, checkable=True)
    elder.setObjectName("testElderAction")
    elder.setProperty("search_terms", "长辈版 关怀版 关爱版 亲情版 长者模式 适老化 elder senior")
    toolbar.addAction(elder)
    palette = open_palette(window, qtbot)
    for query in ("长辈版", "关怀版", "亲情", "senior"):
        rows = search(palette, qtbot, query)
        assert rows[0].startswith(f"Elder Mode ({query if query != '亲情' else '亲情版'}) — Tools"), (query, rows)
    assert rows[0].endswith("Off")
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert elder.isChecked()


def test_elder_mode_switch_is_found_by_its_portal_names(window, qtbot):
    elder = window.findChild(QAction, "elderModeAction")
    if elder is None:
        pytest.skip("the elder-mode switch is not installed yet")
    palette = open_palette(window, qtbot)
    for query in ("长辈版", "关怀版"):
        row = search(palette, qtbot, query)[0]
        assert row.startswith(elder.text().replace("&", "")), row


def test_disabled_and_hidden_actions_are_not_listed(window, qtbot):
    window.zoom.set_zoom(100)
    window.zoom.zoom_out_action.setEnabled(False)
    window.file_menu.aboutToShow.emit()  # the sample's entry is made when the menu first opens
    window.sample_action.setVisible(False)
    commands = {command.action for command in collect_commands(window)}
    assert window.zoom.zoom_in_action in commands
    assert window.zoom.zoom_out_action not in commands and window.sample_action not in commands
    palette = open_palette(window, qtbot)
    assert search(palette, qtbot, "zoom out") == [] or not search(palette, qtbot, "zoom out")[0].startswith("Zoom Out")


def test_each_command_is_listed_once(window, qtbot):
    toolbar = QToolBar("Tools", window)
    window.addToolBar(toolbar)
    toolbar.addAction(window.zoom.zoom_in_action)  # in a menu and a toolbar
    actions = [command.action for command in collect_commands(window)]
    assert actions.count(window.zoom.zoom_in_action) == 1


def test_accessible_names_and_large_font(window, qtbot):
    palette = open_palette(window, qtbot)
    assert palette.field.accessibleName() == "Search commands"
    assert "Enter runs it" in palette.field.accessibleDescription()
    assert palette.list.accessibleName() == "Commands"
    assert palette.windowTitle() == "Command Palette"
    item = palette.list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert palette.list.font().pointSizeF() >= 16


def test_palette_is_in_the_chinese_interface_language(make_window, qtbot):
    window = make_window("zh_CN")
    assert window.command_palette.action.text().startswith("命令面板")
    palette = open_palette(window, qtbot)
    assert palette.windowTitle() == "命令面板"
    assert palette.field.accessibleName() and palette.list.accessibleName() == "命令"


def test_the_count_is_announced(window, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr("reader.gui.dialogs.command_palette.announce", lambda widget, text: said.append(text))
    palette = open_palette(window, qtbot)
    search(palette, qtbot, "zoom in")
    qtbot.waitUntil(lambda: any(text.startswith("1 command. First: Zoom In") or "commands. First: Zoom In" in text
                                for text in said))


def test_a_traditional_name_finds_the_command_in_the_simplified_interface(make_window, qtbot):
    window = make_window("zh_CN")
    palette = open_palette(window, qtbot)
    assert search(palette, qtbot, "開啟")[0].startswith("打开 (開啟) — ")


def test_an_open_palette_follows_a_switch_of_language(make_window, qtbot):
    window = make_window("zh_CN")
    palette = open_palette(window, qtbot)
    search(palette, qtbot, "開啟")
    window.language.choose("en")
    assert palette.windowTitle() == "Command Palette" and palette.list.accessibleName() == "Commands"
    assert shown(palette)[0].startswith("Open (開啟) — File — ")  # the same query, the new names
    assert palette.count_label.text().endswith("commands") or palette.count_label.text() == "1 command"
    assert window.command_palette.action.text() == "&Command Palette…"
