"""大鼠标: the large, high-contrast pointer."""
from PySide6.QtCore import Qt

from reader.core.settings import Settings


def dark_and_light(cursor):
    image = cursor.pixmap().toImage()
    dark = light = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() < 200:
                continue
            if colour.lightness() < 30:
                dark += 1
            elif colour.lightness() > 225:
                light += 1
    return dark, light


def logical_height(cursor):
    pixmap = cursor.pixmap()
    return pixmap.height() / pixmap.devicePixelRatio()


def test_the_large_pointer_is_a_64_px_black_arrow_outlined_in_white(window):
    pointer = window.display_tools.large_pointer  # built when first asked for (or switched on)
    assert not pointer.active
    pointer.set_active(True)
    assert Settings().get("large_pointer") is True
    cursor = window.cursor()
    assert cursor.shape() == Qt.CursorShape.BitmapCursor
    assert logical_height(cursor) >= 64
    dark, light = dark_and_light(cursor)
    assert dark > 200 and light > 200
    assert cursor.hotSpot().x() < 12 and cursor.hotSpot().y() < 12  # the tip
    # The text sets a pointer of its own: it is large too.
    text_cursor = window.view.viewport().cursor()
    assert text_cursor.shape() == Qt.CursorShape.BitmapCursor
    assert logical_height(text_cursor) >= 64


def test_off_restores_the_usual_pointers(window):
    before = window.view.viewport().cursor().shape()
    pointer = window.display_tools.large_pointer  # built when first asked for (or switched on)
    pointer.set_active(True)
    pointer.set_active(False)
    assert Settings().get("large_pointer") is False
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert window.view.viewport().cursor().shape() == before


def test_it_starts_as_the_settings_say_and_reaches_later_text_fields(make_window, qtbot):
    Settings().set("large_pointer", True)
    window = make_window()
    pointer = window.display_tools.large_pointer  # built when first asked for (or switched on)
    assert pointer.active
    assert window.cursor().shape() == Qt.CursorShape.BitmapCursor
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit(window.centralWidget())
    window.centralWidget().layout().addWidget(field)
    field.setFocus()
    qtbot.waitUntil(lambda: field.cursor().shape() == Qt.CursorShape.BitmapCursor)
    pointer.set_active(False)
    assert field.cursor().shape() == Qt.CursorShape.IBeamCursor
