"""Keyboard-first reading: the reading cursor, browse-mode keys, where am I, size and zoom."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.core.model import BlockKind
from reader.gui import feedback
from reader.gui.reading import reading_cursor


@pytest.fixture
def spoken(monkeypatch):
    """What was announced to screen readers, in order."""
    said = []
    for module in (reading_cursor, feedback):
        monkeypatch.setattr(module, "announce", lambda widget, text, assertive=False: said.append(text))
    return said


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifier)


def current_block(window):
    return window.document.blocks[window.reading.navigator.block_of(window.reading.sentence)]


def highlighted(window, layer):
    view = window.view
    return [view.document().toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()]
            for s in view.highlights.shown(layer)]


def assert_in_view(window, sentence):
    top = window.view.verticalScrollBar().value()
    y = window.view.offset_top(window.document.sentences[sentence].start)
    assert top - 5 <= y <= top + window.view.viewport().height()


def test_h_and_shift_h_move_between_headings_and_announce_them(window, qtbot, spoken):
    press(qtbot, window, Qt.Key.Key_H)
    assert current_block(window).text == "一、主要做法和成效"
    press(qtbot, window, Qt.Key.Key_H)
    assert current_block(window).title == "加强组织领导"
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert current_block(window).text == "一、主要做法和成效"
    assert spoken == ["Level 1 heading 第一部分 主要做法和成效", "Level 2 heading 第一项 加强组织领导",
                      "Level 1 heading 第一部分 主要做法和成效"]


def test_number_keys_jump_to_a_heading_of_that_level(window, qtbot):
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_1)
    assert current_block(window).text == "二、存在的不足和原因"
    press(qtbot, window, Qt.Key.Key_2)
    assert current_block(window).text.startswith("(一)个别民警")  # as the source prints it


def test_p_moves_by_paragraph_and_the_cursor_is_marked(window, qtbot, spoken):
    press(qtbot, window, Qt.Key.Key_P)
    press(qtbot, window, Qt.Key.Key_P)
    block = current_block(window)
    assert block.kind is BlockKind.PARAGRAPH and block.text.startswith("一是始终")
    assert highlighted(window, "reading-paragraph") == [block.text]
    assert highlighted(window, "reading-sentence") == [window.reading.sentence_text()]
    assert spoken[-1] == window.reading.sentence_text()  # a paragraph jump reads its first sentence
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert current_block(window).text.startswith("2020年")


def test_sections_home_and_end(window, qtbot):
    press(qtbot, window, Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert current_block(window).title == "强化执法培训"
    press(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.sentence == len(window.document.sentences) - 1
    assert_in_view(window, window.reading.sentence)
    press(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.sentence == 0


def test_nowhere_to_go_is_said(window, qtbot, spoken):
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading.sentence == 0
    assert spoken == ["Nothing further in that direction"]


def test_where_am_i_tells_title_section_path_and_percent(window, qtbot, spoken):
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_P):
        press(qtbot, window, key)
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    said = spoken[-1]
    assert said.startswith(window.document.title)
    assert "二、存在的不足和原因 › （一）个别民警执法素养有待进一步提高" in said
    assert said.endswith("% through")
    assert said in window.statusBar().currentMessage()


def test_letter_keys_do_nothing_while_typing_elsewhere(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit(window)
    window.statusBar().addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_H)
    assert field.text() == "h" and window.reading.sentence == 0


def test_clicking_in_the_text_moves_the_reading_cursor(window):
    sentence = window.document.sentences[20]
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.model_to_view(sentence.start) + 2)
    window.view.setTextCursor(cursor)
    assert window.reading.sentence == 20
    assert highlighted(window, "reading-sentence") == [window.document.sentence_text(sentence)]


def test_the_reading_position_is_remembered_per_document(make_window, qtbot):
    first = make_window()
    first.reading.move_to(33)
    first.close()
    second = make_window()
    assert second.reading.sentence == 33
    assert_in_view(second, 33)


def test_zoom_steps_bounds_presets_and_memory(make_window):
    window = make_window()
    shown = window.view.document().defaultFont().pointSizeF()
    window.zoom.zoom_in_action.trigger()
    assert window.view.zoom_percent == 110
    assert window.view.document().defaultFont().pointSizeF() == pytest.approx(shown * 1.1)
    window.zoom.presets.actions["large"].trigger()
    assert window.view.zoom_percent == 150 and window.zoom.presets.actions["large"].isChecked()
    window.zoom.zoom_out_action.trigger()
    assert window.view.zoom_percent == 140 and not any(a.isChecked() for a in window.zoom.presets.actions.values())
    for _ in range(30):
        window.zoom.step(+1)
    assert window.view.zoom_percent == 300 and window.statusBar().currentMessage() == "Text size 300% (the largest)"
    for _ in range(30):
        window.zoom.step(-1)
    assert window.view.zoom_percent == 50 and window.statusBar().currentMessage() == "Text size 50% (the smallest)"
    window.zoom.reset_action.trigger()
    window.zoom.presets.actions["medium"].trigger()
    assert make_window().view.zoom_percent == 125  # remembered


def test_zoom_shortcuts(window, qtbot):
    assert QKeySequence("Ctrl+=") in window.zoom.zoom_in_action.shortcuts()
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom_percent == 110
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom_percent == 100


def test_text_reflows_at_300_percent_in_a_1024_pixel_window(window, qtbot):
    window.resize(1024, 768)
    window.zoom.set_zoom(300)
    qtbot.wait(20)
    view = window.view
    assert view.horizontalScrollBar().maximum() == 0
    assert view.document().size().width() <= view.viewport().width() + 1


def test_zoom_keeps_the_reading_cursor_marked_and_in_view(window, qtbot):
    window.reading.move_to(40)
    window.zoom.set_zoom(200)
    assert highlighted(window, "reading-sentence") == [window.reading.sentence_text()]
    assert_in_view(window, 40)


def test_going_to_a_search_match_moves_the_reading_cursor_there(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.find.open()
    window.find.bar.field.setText("复议应诉")
    qtbot.waitUntil(lambda: len(window.find.matches) > 0)
    window.find.find_next()
    match = window.find.matches[window.find.current]
    sentence = window.document.sentences[window.reading.sentence]
    assert sentence.start <= match.start < sentence.end


def first_visible_sentence(window):
    view = window.view
    offset = view.view_to_model(view.cursorForPosition(view.viewport().rect().topLeft()).position())
    return window.reading.navigator.sentence_at(offset)


def test_a_live_language_switch_relabels_the_card_and_keeps_the_place(window, qtbot):
    view = window.view
    view.verticalScrollBar().setValue(0)
    assert "Index number: \t" in view.toPlainText()
    window.reading.move_to(40)
    qtbot.wait(20)
    window.find.open()
    window.find.bar.field.setText("执法")
    qtbot.waitUntil(lambda: len(window.find.matches) > 0)
    sentence, scrolled, first = window.reading.sentence, view.verticalScrollBar().value(), first_visible_sentence(window)
    assert scrolled > 0
    matches = highlighted(window, "search")
    assert matches and set(matches) == {"执法"}
    window.language.choose("zh_TW")
    assert "索引號：" in view.toPlainText() and "Index number" not in view.toPlainText()
    assert view.accessibleName() == "文件正文"
    assert window.reading.sentence == sentence
    assert highlighted(window, "reading-sentence") == [window.reading.sentence_text()]
    assert highlighted(window, "search") == matches
    assert first_visible_sentence(window) == first
    assert abs(view.verticalScrollBar().value() - scrolled) <= window.view.line_pitch_px()
    assert_in_view(window, sentence)


def test_a_live_switch_keeps_a_first_reading_at_the_top_of_the_card_and_names_the_go_menu(window):
    window.language.choose("zh_CN")
    assert window.view.verticalScrollBar().value() == 0
    assert window.view.toPlainText().startswith("索引号：")
    assert window.navigation.menu.title() == "导航(&G)"
    assert window.navigation.actions["next_heading_2"].text() == "下一个2级标题"
