"""大字幕: the caption bar at the bottom of the window."""
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reader.core.colours import contrast_ratio, hex_rgb
from reader.core.model import BlockKind
from reader.core.settings import Settings
from reader.gui.display.caption_bar import MIN_HEIGHT


@pytest.fixture
def bar(window, qtbot):
    bar = window.caption_bar  # installed with the window
    bar.set_shown(True)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.height() >= MIN_HEIGHT)
    return bar


def viewport_point(window, offset):
    """A point in the viewport on the character at a model offset (scrolled into view first)."""
    view = window.view
    view.verticalScrollBar().setValue(int(view.offset_top(offset)) - 40)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 12, rect.center().y())


def point_at(qtbot, window, offset):
    qtbot.mouseMove(window.view.viewport(), viewport_point(window, offset))


def test_the_bar_is_tall_bold_and_large(window, bar):
    assert bar.height() >= 150
    font = bar.label.font()
    assert font.pointSizeF() >= 32
    assert font.bold()
    assert bar.label.wordWrap()
    assert window.dockWidgetArea(bar) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_it_never_takes_focus_and_is_named(window, bar):
    for widget in (bar, bar.label, bar.scroll):
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert bar.accessibleName() == "Caption"
    assert bar.label.accessibleName() == "Caption text"  # fixed: a new caption sends no event
    assert bar.accessibleDescription()


def test_it_is_named_in_chinese(make_window):
    window = make_window("zh_CN")
    bar = window.caption_bar  # installed with the window
    assert bar.windowTitle() == "大字幕"
    assert bar.accessibleName() == "大字幕"


def test_it_shows_the_reading_cursors_sentence_and_follows_it(window, bar, qtbot):
    assert bar.text() == window.reading.sentence_text().strip()
    navigator = window.reading.navigator
    window.reading.move_to(navigator.next_paragraph(navigator.next_paragraph(0)))
    assert bar.text() == window.reading.sentence_text().strip()
    window.reading.move_to(window.reading.sentence + 1)
    assert bar.text() == window.reading.sentence_text().strip()


def test_it_shows_the_paragraph_under_the_resting_pointer(window, bar, qtbot):
    heading = window.document.headings()
    heading = next(iter(heading))
    block = window.document.blocks[heading.block]
    point_at(qtbot, window, block.start + 1)
    qtbot.waitUntil(lambda: bar.text() == block.text)
    # A move of the reading cursor takes over again.
    window.reading.move_to(window.reading.sentence + 3)
    assert bar.text() == window.reading.sentence_text().strip()


def test_a_paragraph_too_long_for_the_bar_shows_the_sentence_under_the_pointer(window, bar, qtbot):
    document = window.document
    block = next(b for b in document.blocks if b.kind is BlockKind.PARAGRAPH and not bar.fits(b.text))
    sentences = [s for s in document.sentences if s.start >= block.start and s.end <= block.end]
    second = sentences[1]
    point_at(qtbot, window, second.start + 1)
    qtbot.waitUntil(lambda: bar.text() == document.sentence_text(second).strip())
    assert bar.height() <= bar.max_height()


def test_spoken_text_stays_until_speech_ends(window, bar, qtbot):
    bar.show_spoken("正在朗读的这一句。")
    window.reading.move_to(window.reading.sentence + 2)
    heading = next(iter(window.document.headings()))
    point_at(qtbot, window, window.document.blocks[heading.block].start + 1)
    qtbot.wait(600)
    assert bar.text() == "正在朗读的这一句。"
    bar.show_spoken("")
    assert bar.text() != "正在朗读的这一句。"


def colours_of(image):
    """The background (the commonest colour) and the text colour (the one of most contrast)."""
    counts = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
                     for y in range(0, image.height(), 2))
    background = counts.most_common(1)[0][0]
    common = [colour for colour, count in counts.items() if count >= 20]
    text = max(common, key=lambda c: contrast_ratio(hex_rgb(c), hex_rgb(background)))
    return background, text, counts


@pytest.mark.parametrize("scheme", ["original", "black-yellow", "blue-yellow"])
def test_the_caption_colours_meet_7_to_1_on_screen(window, bar, qtbot, scheme):
    window.appearance.set("scheme", scheme)
    qtbot.wait(50)
    image = bar.scroll.viewport().grab().toImage()
    background, text, counts = colours_of(image)
    assert background.upper() == window.appearance.scheme.background.upper()
    assert contrast_ratio(hex_rgb(text), hex_rgb(background)) >= 7
    assert counts[text] > 200  # large bold text, not a stray pixel


def test_shown_and_hidden_is_remembered(make_window, qtbot):
    window = make_window()
    bar = window.caption_bar  # installed with the window
    assert not bar.isVisible()  # off by default
    bar.set_shown(True)
    assert bar.isVisible()
    assert Settings().get("caption_bar") is True
    again = make_window()
    assert again.caption_bar.isVisible()  # a new window starts as the settings say
    bar.set_shown(False)
    assert not bar.isVisible()
    assert Settings().get("caption_bar") is False


def test_the_bar_is_built_when_first_shown(window, qtbot):
    from PySide6.QtWidgets import QLabel

    bar = window.caption_bar  # installed with the window, off
    assert not bar.isVisible() and window.findChild(QLabel, "captionText") is None  # nothing built at start
    window.accessibility.actions["caption"].trigger()  # the toolbar's 大字幕
    label = window.findChild(QLabel, "captionText")
    assert label is not None and bar.isVisible()
    qtbot.waitUntil(lambda: label.text() == window.reading.sentence_text().strip())
