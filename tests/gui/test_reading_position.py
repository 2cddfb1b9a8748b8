"""One reading position: a change of layout keeps the sentence at the reading cursor in place on
screen (whole in sight), and the outline marks its section at once, whatever moved it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


def span_on_screen(window) -> tuple[float, float, int]:
    """The reading sentence's top and bottom in viewport pixels, and the viewport's height."""
    view, sentence = window.view, window.document.sentences[window.reading.sentence]
    top = view.offset_top(sentence.start)
    bottom = view.offset_top(sentence.end - 1) + view.line_pitch_px()
    value = window.view.verticalScrollBar().value()
    return top - value, bottom - value, window.view.viewport().height()


def assert_whole_in_sight(window, what):
    top, bottom, height = span_on_screen(window)
    if bottom - top > height:  # taller than the view: its start at the top
        assert abs(top) <= 1, f"{what}: the sentence at {top:.0f}-{bottom:.0f} of {height}"
    else:
        assert 0 <= top and bottom <= height + 1, f"{what}: the sentence at {top:.0f}-{bottom:.0f} of {height}"


def assert_outline_on_the_cursor(window, what):
    heading = window.reading.navigator.current_heading(window.reading.sentence)
    item = window.outline.currentItem()
    assert item is not None and item.data(0, Qt.ItemDataRole.UserRole) == heading.block, what


def section_sentence(window, label):
    """The second sentence of the section whose heading has this label."""
    document = window.document
    heading = next(h for top in document.outline for h in top.walk() if h.label == label)
    return window.reading.navigator.first_sentence(heading.block) + 1


@pytest.fixture
def placed(window, qtbot):
    window.resize(1100, 800)
    qtbot.wait(30)
    window.activateWindow()
    window.view.setFocus()
    assert window.reading.move_to(section_sentence(window, "（九）"), announcement="")
    qtbot.wait(30)
    return window


CHANGES = {
    "elder mode on": lambda w: w.accessibility.actions["elder"].trigger(),
    "outline shown and hidden": lambda w: w.outline_action.trigger(),
    "largest zoom": lambda w: w.zoom.set_zoom(w.zoom.max_percent()),
    "smallest text": lambda w: w.zoom.set_zoom(50),
    "window narrower": lambda w: w.resize(760, 800),
    "window shorter": lambda w: w.resize(1100, 560),
    "caption bar": lambda w: w.caption_bar.set_shown(True),
    "scheme": lambda w: w.accessibility.cycle_scheme(),
    "pinyin": lambda w: w.pinyin.set_mode("all"),
    "text only": lambda w: w.accessibility.actions["text_only"].trigger(),
}


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_every_change_of_layout_keeps_the_reading_sentence_in_place(placed, qtbot, elder):
    window = placed
    if elder:
        window.appearance.set("elder_mode", True)
        qtbot.wait(50)
        window.reading.move_to(window.reading.sentence, announcement="")
    for what, change in CHANGES.items():
        if elder and what == "elder mode on":
            continue
        before_top, _bottom, before_height = span_on_screen(window)
        change(window)
        qtbot.wait(60)
        assert_whole_in_sight(window, what)
        top, bottom, height = span_on_screen(window)
        if bottom - top <= height * (1 - before_top / before_height):  # it can sit where it sat
            assert abs(top / height - before_top / before_height) < 0.08, (what, before_top, top)
        assert "（九）" in window.navigation.where_am_i(), what
        assert_outline_on_the_cursor(window, what)


def test_the_outline_follows_the_reading_cursor_at_once(placed, qtbot):
    window = placed
    view = window.view
    for key in (Qt.Key.Key_H, Qt.Key.Key_1, Qt.Key.Key_H, Qt.Key.Key_P, Qt.Key.Key_End):
        qtbot.keyClick(view, key)
        assert_outline_on_the_cursor(window, key)
    window.find.open()
    window.find.bar.field.setText("复议")
    qtbot.waitUntil(lambda: len(window.find.matches) > 1)
    for _ in range(3):
        window.find.find_next()
        qtbot.wait(10)
        assert_outline_on_the_cursor(window, "find next")
