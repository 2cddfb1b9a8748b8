"""Find in the document: the bar, highlights, moving between matches, the results list."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QToolButton

from reader.gui.reading import find_bar as find_bar_module
from reader.gui.reading.find_bar import CURRENT_LAYER, LAYER
from reader.gui.reading.search_results import MATCH_ROLE

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def spoken(monkeypatch):
    said = []
    monkeypatch.setattr(find_bar_module, "announce", lambda widget, text, assertive=False: said.append(text))
    return said


def open_find(window, qtbot):
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find.is_open()
    assert window.find.bar.field.hasFocus()
    return window.find


def type_text(qtbot, widget, text):
    """Type as a user does: ASCII as key presses, Chinese as an input method commits it, a character at a time.

    (QTest cannot send key events for characters outside ASCII.)
    """
    for character in text:
        if character.isascii():
            qtbot.keyClick(widget, character)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(character)
            QApplication.sendEvent(widget, event)


def type_query(find, qtbot, text):
    type_text(qtbot, find.bar.field, text)
    qtbot.waitUntil(lambda: not find._search_timer.isActive() and find.query == text, timeout=2000)


def layer(window, name):
    return window.view.highlights.shown(name)


def highlighted_texts(window, name):
    return [selection.cursor.selectedText() for selection in layer(window, name)]


def current_text(window):
    texts = highlighted_texts(window, CURRENT_LAYER)
    assert len(texts) == 1
    return texts[0]


def test_ctrl_f_opens_the_bar_and_typing_highlights_and_counts(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    assert len(find.matches) == 95
    assert find.bar.count.text() == "1 / 95"
    texts = highlighted_texts(window, LAYER)
    assert texts and set(texts) == {"执法"}
    assert current_text(window) == "执法"
    first = find.matches[0]
    assert layer(window, CURRENT_LAYER)[0].cursor.selectionStart() == window.view.model_to_view(first.start)


def test_highlight_colours_keep_black_text_readable(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")

    def luminance(colour: QColor) -> float:
        def linear(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())

    for name in (LAYER, CURRENT_LAYER):
        fmt = layer(window, name)[0].format
        background, foreground = fmt.background().color(), fmt.foreground().color()
        light, dark = sorted((luminance(background), luminance(foreground)), reverse=True)
        assert (light + 0.05) / (dark + 0.05) >= 7
    all_format, current_format = layer(window, LAYER)[0].format, layer(window, CURRENT_LAYER)[0].format
    assert all_format.background().color() != current_format.background().color()
    assert current_format.fontUnderline()  # the current match is not told by colour alone


def test_enter_and_f3_move_forward_and_wrap(window, qtbot, spoken):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法监督")
    total = len(find.matches)
    assert total >= 3
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return)
    assert find.bar.count.text() == f"2 / {total}"
    assert spoken[-1] == f"2 of {total}"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_F3)
    assert find.current == 2
    for _ in range(total - 3):
        qtbot.keyClick(find.bar.field, Qt.Key.Key_Enter)
    assert find.bar.count.text() == f"{total} / {total}"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_F3)
    assert find.bar.count.text() == f"1 / {total}"  # wrapped around
    assert spoken[-1] == f"1 of {total}, continued from the top"


def test_shift_enter_and_shift_f3_move_back_and_wrap(window, qtbot, spoken):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法监督")
    total = len(find.matches)
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return, SHIFT)
    assert find.bar.count.text() == f"{total} / {total}"
    assert spoken[-1] == f"{total} of {total}, continued from the bottom"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_F3, SHIFT)
    assert find.bar.count.text() == f"{total - 1} / {total}"
    assert spoken[-1] == f"{total - 1} of {total}"


def test_moving_scrolls_the_match_into_view(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return, SHIFT)  # the last match, at the far end
    view = window.view
    rect = view.cursorRect(layer(window, CURRENT_LAYER)[0].cursor)
    assert 0 <= rect.top() and rect.bottom() <= view.viewport().height()
    assert view.view_to_model(view.textCursor().position()) == find.matches[-1].start


def test_buttons_move_too(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法监督")
    qtbot.mouseClick(find.bar.next_button, Qt.MouseButton.LeftButton)
    assert find.current == 1
    qtbot.mouseClick(find.bar.previous_button, Qt.MouseButton.LeftButton)
    assert find.current == 0
    find.bar.next_button.setFocus()
    qtbot.keyClick(find.bar.next_button, Qt.Key.Key_Return)  # Enter presses a focused button
    assert find.current == 1


def test_escape_closes_clears_and_returns_to_the_text(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return)
    match = find.matches[1]
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Escape)
    assert not find.is_open()
    assert layer(window, LAYER) == [] and layer(window, CURRENT_LAYER) == []
    assert window.view.hasFocus()
    assert window.view.view_to_model(window.view.textCursor().position()) == match.start


def test_f3_after_closing_goes_on_from_the_caret(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法监督")
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Escape)
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert find.is_open() and find.current == 1
    assert find.bar.count.text() == f"2 / {len(find.matches)}"


def test_no_matches_says_so(window, qtbot, spoken):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "没有这个词语")
    assert find.bar.count.text() == "No matches"
    assert find.bar.field.property("noMatches") is True
    assert layer(window, LAYER) == [] and layer(window, CURRENT_LAYER) == []
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Return)
    assert spoken[-1] == "No matches"


def test_no_matches_in_chinese(make_window, qtbot):
    window = make_window("zh_CN")
    find = open_find(window, qtbot)
    type_query(find, qtbot, "没有这个词语")
    assert find.bar.count.text() == "无匹配"
    qtbot.keyClick(find.bar.field, Qt.Key.Key_Backspace)
    find.bar.field.setText("执法监督")
    find.update_matches()
    assert find.count_texts()[1] == f"第 1 项，共 {len(find.matches)} 项"


def test_whitespace_finds_nothing_and_shows_no_count(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "   ")
    assert find.matches == [] and find.bar.count.text() == ""
    assert find.bar.field.property("noMatches") is False


def test_typing_announces_the_count_once_typing_pauses(window, qtbot, spoken):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    qtbot.waitUntil(lambda: len(spoken) > 0, timeout=3000)
    assert spoken == ["1 of 95"]


def test_full_width_query_finds_narrow_text(window, qtbot, tmp_path):
    path = tmp_path / "widths.txt"
    path.write_text("测试通知\n\n一、总则\n\nABC公司提交了报告。\n\n二、附则\n\nａｂｃ公司也提交了。\n", encoding="utf-8")
    assert window.open_path(path)
    find = open_find(window, qtbot)
    type_query(find, qtbot, "ＡＢＣ")
    assert len(find.matches) == 2
    assert sorted(highlighted_texts(window, LAYER)) == ["ABC", "ａｂｃ"]


def test_opening_another_document_searches_it(window, qtbot, tmp_path):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    path = tmp_path / "other.txt"
    path.write_text("测试通知\n\n一、总则\n\n严格执法。\n", encoding="utf-8")
    assert window.open_path(path)
    assert len(find.matches) == 1 and find.bar.count.text() == "1 / 1"
    assert highlighted_texts(window, CURRENT_LAYER) == ["执法"]


def test_results_are_grouped_by_section(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    qtbot.mouseClick(find.bar.results_button, Qt.MouseButton.LeftButton)
    tree = find.results.tree
    assert find.results.isVisible() and tree.hasFocus()
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert tops[0] == "Before the first heading (2)"
    assert tops[1].startswith("一、主要做法和成效 (") and tops[2].startswith("二、存在的不足和原因 (")
    counts = [int(text.rsplit("(", 1)[1].rstrip(")")) for text in tops]
    assert sum(counts) == 95
    training = next(tree.topLevelItem(1).child(i) for i in range(tree.topLevelItem(1).childCount())
                    if tree.topLevelItem(1).child(i).text(0).startswith("（二）强化执法培训"))
    assert training.childCount() > 0
    assert all("执法" in training.child(i).text(0) for i in range(training.childCount()))


def test_walking_the_results_by_keyboard_jumps(window, qtbot, spoken):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    qtbot.mouseClick(find.bar.results_button, Qt.MouseButton.LeftButton)
    tree = find.results.tree
    assert tree.currentItem().data(0, MATCH_ROLE) == 0
    for _ in range(4):  # match 2, heading 一、, heading （一）, its first match
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    index = tree.currentItem().data(0, MATCH_ROLE)
    assert index == 2
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert find.current == 2 and tree.hasFocus()
    assert layer(window, CURRENT_LAYER)[0].cursor.selectionStart() == window.view.model_to_view(find.matches[2].start)
    assert spoken[-1] == "3 of 95"


def test_results_follow_the_query_and_the_current_match(window, qtbot):
    find = open_find(window, qtbot)
    window.find.results.show()
    type_query(find, qtbot, "执法监督")
    tree = find.results.tree
    qtbot.waitUntil(lambda: not find.results._stale, timeout=2000)
    total = sum(int(tree.topLevelItem(i).text(0).rsplit("(", 1)[1].rstrip(")"))
                for i in range(tree.topLevelItemCount()))
    assert total == len(find.matches)
    qtbot.keyClick(find.bar.field, Qt.Key.Key_F3)
    assert tree.currentItem().data(0, MATCH_ROLE) == 1
    find.bar.field.clear()
    qtbot.waitUntil(lambda: find.query == "" and not find.results._stale, timeout=2000)
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).data(0, MATCH_ROLE) is None


def test_many_matches_list_sections_and_fill_them_when_opened(window, qtbot, monkeypatch):
    from reader.gui.reading import search_results

    monkeypatch.setattr(search_results, "EXPANDED_LIMIT", 10)
    find = open_find(window, qtbot)
    find.results.show()
    type_query(find, qtbot, "执法")
    find.results.refresh()
    tree = find.results.tree
    first_heading = tree.topLevelItem(1)
    leading = first_heading.child(0)  # （一）加强组织领导, closed until asked for
    assert leading.childCount() == 0 or leading.isExpanded()
    leading.setExpanded(True)
    assert leading.childCount() == 2


def test_edit_and_view_menus_hold_the_actions(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Edit" in titles
    edit = window.edit_menu
    assert [a.text() for a in edit.actions()] == ["&Copy", "Select &All", "", "&Find…", "Find &Next", "Find &Previous"]
    assert window.find.next_action.shortcuts()[0].toString() == "F3"
    assert window.find.previous_action.shortcuts()[0].toString() == "Shift+F3"
    assert window.find.results.toggleViewAction() in window.view_menu.actions()


def test_the_results_panel_is_built_when_view_search_results_is_first_checked(window, qtbot):
    """Hidden at start, the panel is built on first use; View > Search Results stands in for its
    toggle until then, in the same place and with the same name."""
    find = window.find
    assert find.built_results is None
    stand_in = find.results_action
    names = [action.text() for action in window.view_menu.actions()]
    assert "Search &Results" in names and stand_in in window.view_menu.actions()
    stand_in.trigger()
    panel = find.built_results
    assert stand_in not in window.view_menu.actions()
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    assert [action.text() for action in window.view_menu.actions()] == names
    assert panel.toggleViewAction() in window.view_menu.actions()
    panel.toggleViewAction().trigger()
    assert not panel.isVisible()


def test_every_control_has_a_name_a_description_and_room(window, qtbot):
    find = open_find(window, qtbot)
    bar = find.bar
    for widget in (bar.field, bar.previous_button, bar.next_button, bar.results_button, bar.close_button,
                   find.results.tree):
        assert widget.accessibleName(), widget
        assert widget.accessibleDescription(), widget
    buttons = (bar.previous_button, bar.next_button, bar.results_button, bar.close_button)
    assert len(bar.findChildren(QToolButton)) >= len(buttons)
    for button in buttons:
        assert button.width() >= 44 and button.height() >= 44
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert bar.field.placeholderText() == "Find in document"
    assert ":focus" in bar.styleSheet()


def test_chinese_names(make_window, qtbot):
    window = make_window("zh_CN")
    find = open_find(window, qtbot)
    assert find.bar.field.placeholderText() == "在文档中查找"
    assert find.bar.close_button.accessibleName() == "关闭查找栏"


def test_only_matches_near_the_visible_text_are_highlighted_and_they_follow_scrolling(window, qtbot, monkeypatch):
    monkeypatch.setattr(find_bar_module, "MAX_HIGHLIGHTS", 40)  # more than a screenful, fewer than all
    find = open_find(window, qtbot)
    type_query(find, qtbot, "，")
    assert len(find.matches) == 250
    assert len(layer(window, LAYER)) == 40
    view = window.view
    shown_first = view.view_to_model(layer(window, LAYER)[0].cursor.selectionStart())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    starts = [view.view_to_model(s.cursor.selectionStart()) for s in layer(window, LAYER)]
    assert len(starts) <= 40 and min(starts) > shown_first
    assert find.matches[-1].start in starts


def test_a_live_language_switch_renames_the_bar_the_count_and_the_result_groups(window, qtbot):
    find = open_find(window, qtbot)
    type_query(find, qtbot, "执法")
    find.find_next()
    qtbot.mouseClick(find.bar.results_button, Qt.MouseButton.LeftButton)
    tree = find.results.tree
    current = tree.currentItem()
    assert tree.topLevelItem(0).text(0) == "Before the first heading (2)"
    assert find.bar.count.accessibleName() == "2 of 95"
    window.language.choose("zh_TW")
    assert find.bar.label.text() == "尋找：" and find.bar.results_button.text() == "結果清單"
    assert find.bar.results_button.minimumWidth() >= find.bar.results_button.sizeHint().width()
    assert find.bar.count.text() == "2 / 95" and find.bar.count.accessibleName() == "第 2 項，共 95 項"
    assert window.edit_menu.title() == "編輯(&E)" and find.results.windowTitle() == "搜尋結果"
    assert tree.topLevelItem(0).text(0) == "第一個標題之前（2 處）"
    assert tree.topLevelItem(1).text(0).startswith("一、主要做法和成效（")
    assert tree.currentItem() is current  # the rows are renamed, not listed again
    find.bar.field.setText("没有这个词语")
    find.update_matches()
    find.results.refresh()
    window.language.choose("en")
    assert find.bar.count.text() == "No matches" and tree.topLevelItem(0).text(0) == "No matches"
