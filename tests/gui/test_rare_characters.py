"""Characters beyond U+FFFF (CJK Extension B and later, in people's and places' names) are two
UTF-16 units in Qt's text and one character in Python's: highlights, the reading cursor, search,
pinyin and the caret must still land on the right characters after them."""
import pytest
from PySide6.QtWidgets import QApplication

from reader.core import pinyin

TEXT = ("关于张\U00020000三等同志任职的通知\n\n"
        "张\U00020000三同志任区长。李\U0002A6A5同志任副区长。王五同志任秘书长。\n")


def layer_texts(window, layer):
    return [selection.cursor.selectedText() for selection in window.view.highlights.shown(layer)]


def open_rare(window, tmp_path):
    path = tmp_path / "rare.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_path(path)
    return window.document


def test_offsets_go_to_positions_and_back_past_rare_characters(window, tmp_path):
    document = open_rare(window, tmp_path)
    view = window.view
    for offset in range(len(document.text)):
        assert view.view_to_model(view.model_to_view(offset)) == offset
    last = document.text.index("王五")
    cursor = view.textCursor()
    cursor.setPosition(view.model_to_view(last))
    cursor.setPosition(view.model_to_view(last + 2), cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "王五"


def test_the_reading_cursor_and_search_mark_the_right_text(window, tmp_path, qtbot):
    document = open_rare(window, tmp_path)
    last = next(i for i, s in enumerate(document.sentences) if "王五" in document.sentence_text(s))
    window.reading.move_to(last, announcement="")
    assert layer_texts(window, "reading-sentence") == ["王五同志任秘书长。"]
    window.find.open()
    window.find.bar.field.setText("秘书长")
    qtbot.waitUntil(lambda: len(window.find.matches) > 0)
    assert set(layer_texts(window, "search")) == {"秘书长"}


@pytest.fixture
def corrections(tmp_path):
    pinyin.use_corrections(pinyin.Corrections(tmp_path / "corrections.json"))
    yield
    pinyin.use_corrections(None)


def test_pinyin_sits_over_its_own_character(window, tmp_path, qtbot, corrections):
    open_rare(window, tmp_path)
    window.pinyin.set_mode("all")
    qtbot.waitUntil(window.pinyin.showing, timeout=10000)
    QApplication.processEvents()
    view = window.view
    block = view.document().findBlock(view.model_to_view(window.document.text.index("李")))
    readings = window.pinyin.readings(block.text())
    # Qt positions within the block: 王 comes after two pairs of units.
    position = view.model_to_view(window.document.text.index("王五")) - block.position()
    assert readings[position] == "wáng" and readings[position + 1] == "wǔ"
    text, index = window.pinyin.character_at(block.position() + position)
    assert text[index] == "王"


def test_characters_no_font_has_are_named_in_the_message_bar(window, tmp_path, monkeypatch):
    from reader.gui import main_window

    monkeypatch.setattr(main_window, "characters_without_font", lambda text: ["\U0002A6A5"])
    open_rare(window, tmp_path)
    assert window.message_bar.isVisible()
    assert "\U0002A6A5" in window.message_bar.text() and "empty boxes" in window.message_bar.text()
    window.open_sample()  # another document: the message is old news
    assert not window.message_bar.isVisible()


def test_the_font_check_finds_what_no_installed_font_has():
    from reader.gui.view.fonts import characters_without_font

    assert characters_without_font("花都区分局") == []
    private = "\U0003FFFD"  # beyond every CJK extension: no font draws it
    assert characters_without_font(f"甲{private}乙") == [private]
