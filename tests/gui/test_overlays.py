"""十字光标 guide lines and line focus, drawn over the text."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reader.core.settings import Settings
from reader.gui.display.overlays import GUIDE_WIDTH


@pytest.fixture
def overlays(window):
    tools = window.display_tools  # built when first asked for (or switched on)
    return tools.guide_lines, tools.line_focus


def same(colour: QColor, hex_colour: str) -> bool:
    return colour.name().upper() == hex_colour.upper()


def distance(first: QColor, second: QColor) -> int:
    return abs(first.red() - second.red()) + abs(first.green() - second.green()) + abs(first.blue() - second.blue())


@pytest.mark.parametrize("scheme", ["original", "black-yellow"])
def test_guide_lines_cross_at_the_pointer(window, overlays, qtbot, scheme):
    window.appearance.set("scheme", scheme)
    guide, _ = overlays
    guide.set_active(True)
    viewport = window.view.viewport()
    pointer = QPoint(240, 180)
    qtbot.mouseMove(viewport, pointer)
    qtbot.waitUntil(guide.isVisible)
    image = window.view.grab().toImage()
    at = viewport.mapTo(window.view, pointer)
    colour = window.appearance.scheme.guide
    area = guide.geometry()
    # The horizontal line, 4 px thick, across the text area; the vertical one, top to bottom.
    for x in (area.left() + 2, at.x() - 100, at.x() + 100, area.right() - 2):
        rows = [y for y in range(at.y() - 6, at.y() + 7) if same(image.pixelColor(x, y), colour)]
        assert len(rows) == GUIDE_WIDTH, (x, rows)
        assert at.y() - 2 <= rows[0] and rows[-1] <= at.y() + 2
    for y in (area.top() + 2, at.y() - 100, at.y() + 100, area.bottom() - 2):
        columns = [x for x in range(at.x() - 6, at.x() + 7) if same(image.pixelColor(x, y), colour)]
        assert len(columns) == GUIDE_WIDTH, (y, columns)
    # They follow the pointer.
    qtbot.mouseMove(viewport, QPoint(300, 260))
    image = window.view.grab().toImage()
    assert not same(image.pixelColor(at.x() - 100, at.y()), colour)
    moved = viewport.mapTo(window.view, QPoint(300, 260))
    assert same(image.pixelColor(moved.x() - 100, moved.y()), colour)


def test_guide_lines_switch_off_and_are_remembered(window, overlays, qtbot):
    guide, _ = overlays
    guide.set_active(True)
    assert Settings().get("guide_lines") is True
    qtbot.mouseMove(window.view.viewport(), QPoint(240, 180))
    qtbot.waitUntil(guide.isVisible)
    guide.set_active(False)
    assert not guide.isVisible()
    assert Settings().get("guide_lines") is False
    at = window.view.viewport().mapTo(window.view, QPoint(240, 180))
    image = window.view.grab().toImage()
    assert not same(image.pixelColor(at.x() - 100, at.y()), window.appearance.scheme.guide)


def test_guide_lines_start_as_the_settings_say(make_window, qtbot):
    Settings().set("guide_lines", True)
    window = make_window()
    guide = window.display_tools.guide_lines
    assert guide.active
    qtbot.mouseMove(window.view.viewport(), QPoint(200, 200))
    qtbot.waitUntil(guide.isVisible)


def line_middle(window):
    """The middle of the reading cursor's line, in the view's coordinates."""
    from PySide6.QtGui import QTextCursor

    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(window.document.sentences[window.reading.sentence].start))
    return view.viewport().mapTo(view, view.cursorRect(cursor).center()).y()


def dimness(image, page: QColor, top: int, bottom: int, left: int, right: int) -> float:
    """How far, on average, the pixels of a region are from the page colour."""
    values = [distance(image.pixelColor(x, y), page) for x in range(left, right, 3) for y in range(top, bottom, 3)]
    return sum(values) / len(values)


@pytest.mark.parametrize("scheme", ["original", "black-yellow"])
def test_line_focus_veils_all_but_three_lines_around_the_reading_cursor(window, overlays, qtbot, scheme):
    window.appearance.set("scheme", scheme)
    _, focus = overlays
    navigator = window.reading.navigator
    window.reading.move_to(navigator.next_paragraph(navigator.next_paragraph(0)))
    view = window.view
    bar = view.verticalScrollBar()
    bar.setValue(int(view.offset_top(window.document.sentences[window.reading.sentence].start)
                     - view.viewport().height() / 2))
    qtbot.wait(20)
    plain = view.grab().toImage()
    focus.set_lines(3)
    assert Settings().get("line_focus") == 3
    qtbot.waitUntil(focus.isVisible)
    veiled = view.grab().toImage()
    page = QColor(window.appearance.scheme.background)
    middle = line_middle(window)
    pitch = view.line_pitch_px()
    area = focus.geometry()
    left, right = area.left() + 20, area.right() - 20
    # The band: three lines' height, centred on the cursor's line, left as it was.
    assert focus.band.height() == pytest.approx(3 * pitch, abs=3)
    band_top = int(middle - pitch * 1.4)
    band_bottom = int(middle + pitch * 1.4)
    for y in range(band_top, band_bottom, 2):
        for x in range(left, right, 7):
            assert plain.pixelColor(x, y) == veiled.pixelColor(x, y), (x, y)
    # Well outside it the text is veiled: much closer to the page colour.
    for top, bottom in ((area.top() + 5, int(middle - pitch * 2.5)), (int(middle + pitch * 2.5), area.bottom() - 5)):
        assert bottom - top > pitch
        before = dimness(plain, page, top, bottom, left, right)
        after = dimness(veiled, page, top, bottom, left, right)
        assert before > 5
        assert after < before * 0.4


def test_line_focus_follows_the_reading_cursor(window, overlays, qtbot):
    _, focus = overlays
    focus.set_lines(1)
    qtbot.waitUntil(focus.isVisible)
    window.reading.move_to(window.reading.navigator.next_paragraph(window.reading.sentence))
    qtbot.wait(10)
    middle = line_middle(window) - focus.geometry().top()
    assert focus.band.top() < middle < focus.band.bottom()
    assert focus.band.height() == pytest.approx(window.view.line_pitch_px(), abs=3)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().value() + 50)
    middle = line_middle(window) - focus.geometry().top()
    assert focus.band.top() < middle < focus.band.bottom()


def test_line_focus_off_and_choices(window, overlays, qtbot):
    _, focus = overlays
    focus.set_lines(5)
    qtbot.waitUntil(focus.isVisible)
    focus.set_lines(0)
    assert not focus.isVisible()
    assert Settings().get("line_focus") == 0
    with pytest.raises(ValueError):
        focus.set_lines(2)


def test_the_overlays_take_no_mouse_and_no_focus(overlays):
    from PySide6.QtCore import Qt

    for overlay in overlays:
        assert overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        assert overlay.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_each_tool_follows_its_setting_however_it_is_changed(window, overlays):
    """No tool is poked by hand: a setting changed anywhere (here, directly) is followed by its
    tool and shown by its switch on the toolbar; 重置 is only a reset of the settings."""
    guide, focus = overlays
    tools = window.accessibility
    window.settings.set("guide_lines", True)
    window.settings.set("line_focus", 3)
    window.settings.set("large_pointer", True)
    window.settings.set("caption_bar", True)
    window.settings.set("zoom_percent", 150)
    window.settings.set("scheme", "blue-yellow")
    assert guide.active and tools.actions["guides"].isChecked()
    assert focus.lines == 3 and tools.line_focus_choices.actions[3].isChecked()
    assert window.display_tools.large_pointer.active and tools.actions["pointer"].isChecked()
    assert window.caption_bar.is_shown() and tools.actions["caption"].isChecked()
    assert window.view.zoom_percent == 150 and window.zoom.presets.actions["large"].isChecked()
    assert window.appearance.scheme.name == "blue-yellow" and tools.schemes.actions["blue-yellow"].isChecked()
    tools.reset()
    assert not (guide.active or window.display_tools.large_pointer.active or window.caption_bar.is_shown())
    assert focus.lines == 0 and window.view.zoom_percent == 100 and window.appearance.scheme.name == "original"
    assert not any(tools.actions[name].isChecked() for name in ("guides", "pointer", "caption"))


def test_the_tools_are_built_when_first_switched_on_and_their_switches_work_from_the_start(window, qtbot):
    """Off at start, no tool is built (test_start_path.py: nor its module loaded); the toolbar's
    switches are enabled in the first paint and build each tool the first time."""
    tools, toolbar = window.display_tools, window.accessibility
    assert tools.built() == []
    assert toolbar.actions["guides"].isEnabled() and toolbar.actions["pointer"].isEnabled()
    assert toolbar.line_focus_menu.isEnabled()
    toolbar.actions["guides"].trigger()
    assert tools.built() == ["guide_lines"] and tools.guide_lines.active
    for point in (QPoint(150, 150), QPoint(210, 190)):  # (a move from wherever the last test left it)
        qtbot.mouseMove(window.view.viewport(), point)
    qtbot.waitUntil(tools.guide_lines.isVisible)
    toolbar.line_focus_choices.actions[3].trigger()
    assert tools.line_focus.lines == 3 and tools.line_focus.isVisible()
    toolbar.actions["pointer"].trigger()
    assert tools.large_pointer.active and window.cursor().shape() == Qt.CursorShape.BitmapCursor
