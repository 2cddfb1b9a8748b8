"""Big documents: one too tall for Qt's text layout is shown in parts, and read to its end.

Qt's QTextDocumentLayout cannot lay a text out past ~8.39 million px (issue #9). Most tests
lower the part budget (view_parts' module constants) so that a small document is cut
into several parts quickly; one opens a real document past Qt's limit.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.bundled import sample_report
from reader.gui.view import document_view
from reader.gui.view import view_parts

QT_LIMIT_PX = 8_388_607


def write_big(folder: Path, copies: int) -> Path:
    text = Path(sample_report()).read_text(encoding="utf-8")
    path = folder / "big.txt"
    path.write_text("大文件标题\n\n" + text * copies, encoding="utf-8")
    return path


@pytest.fixture
def spoken(monkeypatch):
    said = []
    monkeypatch.setattr(document_view, "announce", lambda widget, text, assertive=False: said.append(text))
    return said


@pytest.fixture
def parted(window, tmp_path, monkeypatch):
    """The window with a document of 4 sample bodies shown in parts of at most 4,000 characters."""
    monkeypatch.setattr(view_parts, "WHOLE_HEIGHT_PX", 30_000)
    monkeypatch.setattr(view_parts, "PART_CHARACTERS", 4_000)
    assert window.open_path(write_big(tmp_path, 4))
    assert window.view.part_count >= 5
    window.view.setFocus()
    return window


def sentence_visible(window, sentence: int) -> bool:
    """The sentence is in the shown part, laid out (a non-empty rect) and inside the viewport."""
    view = window.view
    start = window.document.sentences[sentence].start
    if not view.shows_offset(start):
        return False
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(start))
    box = view.document().documentLayout().blockBoundingRect(cursor.block())
    rect = view.cursorRect(cursor)
    return not box.isEmpty() and view.viewport().rect().contains(rect.center())


def last_part(window) -> int:
    return window.view.part_count - 1


def test_documents_that_fit_are_shown_whole(window, tmp_path):
    assert window.view.part_count == 1 and window.view.shown_blocks() == (0, len(window.document.blocks))
    assert window.open_path(write_big(tmp_path, 110))  # ~2 MB: the usual big test document
    assert window.view.part_count == 1
    assert window.document.text.endswith(window.view.toPlainText()[-200:])


def test_ctrl_end_reaches_the_last_sentence_and_says_which_part(parted, qtbot, spoken):
    window = parted
    last = len(window.document.sentences) - 1
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.sentence == last and window.view.part == last_part(window)
    assert sentence_visible(window, last)
    count = window.view.part_count
    assert f"Part {count} of {count}" in spoken
    assert f"Part {count} of {count}" in window.navigation.where_am_i()
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.sentence == 0 and window.view.part == 0 and sentence_visible(window, 0)
    assert window.view.verticalScrollBar().value() == 0  # the catalogue card in sight


def test_select_all_then_copy_takes_every_part(parted, qtbot, spoken):
    window, view = parted, parted.view
    clipboard = QApplication.clipboard()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert f"all {view.part_count} parts" in spoken[-1]
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = clipboard.text()
    assert copied.endswith(window.document.text) and copied.startswith("Index number: \t")
    # From the Edit menu, with the keyboard in the outline: the same.
    clipboard.clear()
    window.outline.setFocus()
    window.edit.select_all_action.trigger()
    window.edit.copy_action.trigger()
    assert clipboard.text() == copied
    # A smaller selection made afterwards copies just that.
    sentence = window.document.sentences[1]
    cursor = view.textCursor()
    cursor.setPosition(view.model_to_view(sentence.start))
    cursor.setPosition(view.model_to_view(sentence.end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.edit.copy_action.trigger()
    assert clipboard.text() == window.document.text[sentence.start:sentence.end]


def test_the_last_outline_heading_opens_its_part(parted, qtbot):
    window = parted
    qtbot.waitUntil(lambda: window.outline.topLevelItemCount() > 0)
    block = list(window.document.headings())[-1].block
    item = window.outline._items[block]
    window.outline.itemActivated.emit(item, 0)
    sentence = window.reading.navigator.first_sentence(block)
    assert window.reading.sentence == sentence and window.view.part == last_part(window)
    assert sentence_visible(window, sentence)
    qtbot.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)  # and back by headings
    previous = window.reading.sentence
    assert previous < sentence and sentence_visible(window, previous)


def test_f3_walks_every_match_into_every_part_and_the_results_list_goes_there(parted, qtbot):
    window = parted
    find = window.find
    find.open()
    find.bar.field.setText("执法")
    find.update_matches()
    total = len(find.matches)
    assert total > 20
    seen_parts = set()
    for _ in range(total):
        qtbot.keyClick(find.bar.field, Qt.Key.Key_F3)
        match = find.matches[find.current]
        assert window.view.shows_offset(match.start)
        seen_parts.add(window.view.part)
        (current,) = window.view.highlights.shown("search-current")
        assert current.cursor.selectedText() == "执法"
    assert seen_parts == set(range(window.view.part_count))
    qtbot.keyClick(find.bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # wraps back to the last
    assert find.current == total - 1 and window.view.part == last_part(window)
    assert sentence_visible(window, window.reading.navigator.sentence_at(find.matches[-1].start))
    find.go_to(0)
    assert window.view.part == 0
    find.results.setVisible(True)
    find.results.refresh()
    tree = find.results.tree
    tree.select_match(total - 1)
    tree.itemActivated.emit(tree.currentItem(), 0)
    assert find.current == total - 1 and window.view.part == last_part(window)


def test_the_keyboard_and_the_wheel_go_on_across_part_boundaries(parted, qtbot, spoken):
    window = parted
    view, bar = window.view, window.view.verticalScrollBar()
    first_of_part_1 = window.reading.navigator.sentence_at(view.shown_part.starts[1])
    for _ in range(400):  # a blind reader pressing Page Down just keeps going
        if view.part == 1:
            break
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.part == 1 and bar.value() == 0
    assert window.reading.sentence == first_of_part_1 and sentence_visible(window, first_of_part_1)
    assert spoken[-1] == f"Part 2 of {view.part_count}"
    qtbot.keyClick(view, Qt.Key.Key_Up)  # back up: the end of the first part
    assert view.part == 0 and bar.value() == bar.maximum() > 0
    assert window.reading.sentence == first_of_part_1 - 1 and sentence_visible(window, first_of_part_1 - 1)
    for _ in range(3000):  # arrowing down reaches the end of the document: the caret on its last line
        if view.part == last_part(window) and not view.textCursor().movePosition(QTextCursor.MoveOperation.Down):
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.part == last_part(window) and not view.textCursor().movePosition(QTextCursor.MoveOperation.Down)
    assert sentence_visible(window, len(window.document.sentences) - 1)
    # The wheel at the top of a part goes on into the one before.
    bar.setValue(0)
    point = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(point, view.viewport().mapToGlobal(point), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.part == last_part(window) - 1 and bar.value() == bar.maximum()


def test_zoom_and_elder_mode_keep_the_place_in_a_later_part(parted, qtbot):
    window = parted
    sentence = window.reading.navigator.sentence_at(window.view.shown_part.starts[3]) + 1
    window.reading.move_to(sentence, announcement="")
    window.zoom.set_zoom(200)
    assert window.reading.sentence == sentence and sentence_visible(window, sentence)
    window.appearance.set("elder_mode", True)
    assert window.reading.sentence == sentence and sentence_visible(window, sentence)
    (marked,) = window.view.highlights.shown("reading-sentence")
    assert marked.cursor.selectedText() == window.reading.sentence_text()


def test_a_bookmark_in_a_later_part_opens_there(parted, qtbot):
    window = parted
    favorites = window.favorites
    qtbot.waitUntil(lambda: favorites.stored.opened_store is not None)
    last = len(window.document.sentences) - 2
    window.reading.move_to(last, announcement="")
    bookmark = favorites.add_bookmark("近结尾")
    window.reading.move_to(0, announcement="")
    assert window.view.part == 0
    favorite = favorites.store.documents()[0]
    assert favorites.open_entry(favorite.id, bookmark)
    assert window.reading.sentence == last and sentence_visible(window, last)


def test_read_aloud_follows_the_sentences_into_the_next_part(parted, qtbot, monkeypatch):
    from reader.speech.engine_loader import ENGINE_ENV, quick_check

    monkeypatch.delenv(ENGINE_ENV, raising=False)
    if not quick_check()[0]:
        pytest.skip(f"no speech engine: {quick_check()[1]}")
    window = parted
    view, document, navigator = window.view, window.document, window.reading.navigator
    # The boundary after the shortest sentence (~20 characters): the reading stays short.
    part, first = min(((number, navigator.sentence_at(start)) for number, start in enumerate(view.shown_part.starts)
                       if number), key=lambda found: len(document.sentence_text(document.sentences[found[1] - 1])))
    window.settings.set("speech_rate", 30)
    read_aloud = window.read_aloud
    service = read_aloud.ensure_service()
    service.set_rate(3.0)
    started = []
    service.sentence_started.connect(started.append)
    window.reading.move_to(first - 1, announcement="")
    assert view.part == part - 1
    read_aloud.actions["play"].trigger()
    qtbot.waitUntil(lambda: first in started, timeout=30_000)
    read_aloud.actions["stop"].trigger()
    assert started[:2] == [first - 1, first]
    assert view.part == part and window.reading.sentence >= first
    assert sentence_visible(window, window.reading.sentence)


def test_a_real_document_past_qts_limit_reads_to_its_end(window, tmp_path, qtbot):
    """~2 MB in elder mode at 300 %: ~12 million px laid out whole, past Qt's 8.39 million."""
    window.appearance.set("elder_mode", True)
    window.zoom.set_zoom(300)
    started = time.perf_counter()
    assert window.open_path(write_big(tmp_path, 110), wait=False) and window.loader.wait(60)
    view, document = window.view, window.document
    qtbot.waitUntil(lambda: window.outline.topLevelItemCount() > 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = len(document.sentences) - 1
    assert window.reading.sentence == last and sentence_visible(window, last)
    assert view.document().documentLayout().documentSize().height() < QT_LIMIT_PX
    assert view.part_count > 1
    assert time.perf_counter() - started < 20
