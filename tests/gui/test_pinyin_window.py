"""拼音 in the window: over the text at every zoom, in elder mode and every scheme, never
overlapping; copying gives the characters; corrections; the caption bar; pinyin search; reset."""
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core import pinyin
from reader.core.schemes import SCHEME_ORDER
from reader.gui.pinyin.ruby import SIDE_GAP, SyllablePainter

from tests.gui.pixels import region_contrast


@pytest.fixture(autouse=True)
def fresh_corrections(tmp_path):
    pinyin.use_corrections(pinyin.Corrections(tmp_path / "corrections.json"))
    yield
    pinyin.use_corrections(None)


def pinyin_on(window, qtbot, mode="all"):
    window.pinyin.set_mode(mode)
    qtbot.waitUntil(window.pinyin.showing, timeout=10000)
    QApplication.processEvents()


def first_paragraph(window):
    view = window.view
    index = next(i for i, b in enumerate(window.document.blocks) if b.kind.value == "paragraph")
    return view.document().findBlock(view.block_position(index))


def caret_on_first_hanzi(window):
    """The caret on the first Chinese character of the first paragraph; (its block, its index)."""
    view = window.view
    block = first_paragraph(window)
    index = next(i for i, ch in enumerate(block.text()) if pinyin.is_hanzi(ch))
    cursor = QTextCursor(view.document())
    cursor.setPosition(block.position() + index)
    view.setTextCursor(cursor)
    return block, index


def syllable_boxes(window, text_block):
    """(left, right, line) of each syllable drawn over the block, as the overlay draws them."""
    view = window.view
    readings = window.pinyin.readings(text_block.text())
    size = text_block.begin().fragment().charFormat().fontPointSize() or view.document().defaultFont().pointSizeF()
    painter = SyllablePainter(size * view.logicalDpiY() / 72)
    layout = text_block.layout()
    boxes = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        for index in range(line.textStart(), line.textStart() + line.textLength()):
            if readings and readings[index]:
                x, following = line.cursorToX(index)[0], line.cursorToX(index + 1)[0]
                advance = following - x
                width = min(painter.width(readings[index]), advance - SIDE_GAP * painter.em)
                centre = x + advance * 50 / 150
                boxes.append((centre - width / 2, centre + width / 2, number))
    return boxes


@pytest.mark.parametrize("zoom, elder", [(100, False), (300, False), (100, True), (200, True)])
def test_neighbouring_syllables_never_overlap(window, qtbot, zoom, elder):
    window.appearance.set("elder_mode", elder)
    window.zoom.set_zoom(zoom)
    pinyin_on(window, qtbot)
    assert window.view.look.pinyin
    block = first_paragraph(window)
    boxes = syllable_boxes(window, block)
    assert len(boxes) > 20
    for (left, right, line), (next_left, _next_right, next_line) in zip(boxes, boxes[1:]):
        if line == next_line:
            assert right <= next_left, (zoom, elder)


def test_pinyin_is_drawn_above_the_text_in_every_scheme_with_contrast(window, qtbot):
    pinyin_on(window, qtbot)
    view = window.view
    for scheme in SCHEME_ORDER:
        window.appearance.set("scheme", scheme)
        QApplication.processEvents()
        block = first_paragraph(window)
        view.verticalScrollBar().setValue(int(view.document().documentLayout().blockBoundingRect(block).top()) - 40)
        QApplication.processEvents()
        layout = block.layout()
        line = layout.lineAt(1)
        rect = view.document().documentLayout().blockBoundingRect(block)
        top = rect.top() + line.y() - view.verticalScrollBar().value()
        em = view.body_point_size() * view.logicalDpiY() / 72
        # The band between the line's top and the top of its characters' ink holds the pinyin.
        band = QRect(int(rect.left() + 10), int(top - 0.3 * em), int(line.naturalTextWidth() - 20), int(0.45 * em))
        image = view.grab().toImage()  # the view with its overlays (the pinyin is one)
        band.translate(view.viewport().geometry().topLeft())
        ratio, background, ink = region_contrast(image, band)
        assert ratio >= 4.5, (scheme, ratio, background, ink)
        scheme_background = window.appearance.scheme.background.lstrip("#").lower()
        assert "%02x%02x%02x" % background == scheme_background, scheme
    assert window.pinyin.overlay.isVisible()


def test_copying_gives_the_characters(window, qtbot):
    pinyin_on(window, qtbot)
    view = window.view
    block = first_paragraph(window)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    copied = QApplication.clipboard().text()
    assert copied == block.text() and not any(ch in copied for ch in "āáǎàōóǒò")


def test_off_and_reset_take_the_room_away(window, qtbot):
    pinyin_on(window, qtbot, "uncommon")
    pitch_with = window.view.line_pitch_px()
    window.accessibility.reset()
    assert window.settings.get("pinyin_mode") == "off"
    assert not window.view.look.pinyin and not window.pinyin.overlay.isVisible()
    assert window.view.line_pitch_px() < pitch_with
    assert window.pinyin.modes.actions["off"].isChecked()


def test_uncommon_mode_and_tone_numbers(window, qtbot):
    pinyin_on(window, qtbot, "uncommon")
    assert window.pinyin.readings("法治饕餮") == [None, None, "tāo", "tiè"]
    window.pinyin.set_tones("numbers")
    assert window.pinyin.readings("饕餮") == ["tao1", "tie4"]
    assert window.settings.get("pinyin_tones") == "numbers"


def test_a_correction_is_used_in_the_view_the_caption_and_search(window, qtbot, monkeypatch):
    pinyin_on(window, qtbot)
    text = "他在银行工作"
    assert window.pinyin.readings(text)[3] == "háng"
    from PySide6.QtWidgets import QInputDialog

    asked = {}

    def choose(parent, title, label, items, current, editable):
        asked.update(label=label, items=items)
        return "xíng", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert window.pinyin.correct(text, 3)
    assert "银行" in asked["label"] and "xíng" in asked["items"] and "háng" in asked["items"]
    assert window.pinyin.readings(text)[3] == "xíng"
    assert pinyin.corrections().get("银行", 1) == "xíng"
    assert window.pinyin.caption_readings(text)[3] == "xíng"
    # Undo it: "as the dictionary reads it" is offered once there is a correction.
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (a[3][-1], True))
    assert window.pinyin.correct(text, 3)
    assert window.pinyin.readings(text)[3] == "háng"


def test_correct_reading_at_the_caret(window, qtbot, monkeypatch):
    pinyin_on(window, qtbot)
    block, index = caret_on_first_hanzi(window)
    from PySide6.QtWidgets import QInputDialog

    seen = {}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: (seen.setdefault("label", a[2]), False))
    window.pinyin.correct_action.trigger()
    assert block.text()[index] in seen["label"]


def test_the_caption_bar_shows_pinyin_over_its_sentence(window, qtbot):
    window.caption_bar.set_shown(True)
    plain = window.caption_bar.needed_height(window.caption_bar.text())
    pinyin_on(window, qtbot)
    bar = window.caption_bar
    assert bar.text()
    assert bar.label.ruby_height() is not None
    assert bar.needed_height(bar.text()) > plain
    image = bar.label.grab().toImage()
    assert not image.isNull()


def test_find_bar_finds_chinese_by_pinyin(window, qtbot):
    pinyin_on(window, qtbot)
    window.find.find_action.trigger()
    window.find.bar.field.setText("fa")  # Latin letters: the index is built in the background
    qtbot.waitUntil(lambda: pinyin.search_index(window.document) is not None, timeout=20000)
    for query in ("fazhi", "fz"):
        window.find.bar.field.setText(query)
        qtbot.waitUntil(lambda: window.find.query == query and bool(window.find.matches), timeout=2000)
        first = window.find.matches[0]
        assert [pinyin.toneless(s)[0] for s in pinyin.syllables(window.document.text[first.start:first.end])] == ["f", "z"]


def test_pinyin_left_on_shows_in_a_new_window_untouched(make_window, qtbot):
    """Pinyin off builds no overlay at start (test_start_path.py); left on, it shows by itself."""
    from reader.core.settings import Settings

    assert make_window().pinyin._overlay is None  # off: not built
    Settings().set("pinyin_mode", "all")
    window = make_window()
    qtbot.waitUntil(window.pinyin.showing, timeout=10000)
    qtbot.waitUntil(lambda: window.pinyin.overlay.isVisible(), timeout=2000)
    assert window.pinyin.modes.actions["all"].isChecked() and window.view.look.pinyin


def test_the_first_window_does_not_load_pypinyin(tmp_path):
    code = ("import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from reader.core.settings import Settings; s=Settings(); s.set('pinyin_mode','off');"
            "from reader.__main__ import main; main(['--quit-after-show']);"
            "print('pypinyin' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**__import__("os").environ, "READER_DATA_DIR": str(tmp_path)})
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_numbers_and_dates_keep_their_spacing_and_the_card_its_column(window, qtbot):
    """Letter spacing makes room for the syllables over hanzi; "2 0 2 0 - 1 2 - 2 5" would be
    hard to read, and digits carry no pinyin."""
    from tests.gui.test_main_window import card_value_columns

    pinyin_on(window, qtbot)
    view = window.view
    date = view.document().find("2020-12-25")
    fragment_format = date.charFormat()
    assert fragment_format.fontLetterSpacing() == 100
    hanzi = view.document().find("广州市")
    assert hanzi.charFormat().fontLetterSpacing() in (0, 150)  # the document's spaced font
    assert view.document().defaultFont().letterSpacing() == 150
    assert len(card_value_columns(window)) == 1


def test_over_uncommon_characters_only_just_they_are_spaced(window, qtbot, tmp_path):
    """Pinyin over uncommon characters: the common ones keep their spacing (the page read as
    broken with every character spread for syllables that were not there)."""
    path = tmp_path / "names.txt"
    path.write_text("关于任命的通知\n\n任命王彧为广州市花都区副区长。\n", encoding="utf-8")
    assert window.open_path(path)
    assert not pinyin.is_common("彧") and pinyin.is_common("广")
    pinyin_on(window, qtbot, "uncommon")
    document = window.view.document()
    assert document.find("广州市").charFormat().fontLetterSpacing() == 100  # common: natural
    assert document.find("彧").charFormat().fontLetterSpacing() in (0, 150)  # the document's spaced font
    pinyin_on(window, qtbot, "all")
    assert window.view.document().find("广州市").charFormat().fontLetterSpacing() in (0, 150)


def test_the_texts_context_menu_offers_correct_reading_from_the_first_paint(window, qtbot, monkeypatch):
    """The context menu (the Menu key here) on a character: Correct Reading of it (its filter on the
    text goes in as the window is first painted, regions.py's way)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    pinyin_on(window, qtbot)
    view = window.view
    block, index = caret_on_first_hanzi(window)
    offered = []

    class Shown(QMenu):
        def exec(self, *_args):
            offered.extend(action.text() for action in self.actions())

    monkeypatch.setattr(view, "context_menu", lambda _position: Shown(view))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.viewport().mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(view.viewport(), event)
    assert any(text.startswith("Correct Reading") and block.text()[index] in text for text in offered), offered
