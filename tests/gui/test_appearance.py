"""长者助手, 配色, 纯文本, 重置 and the 无障碍 toolbar, checked on what is drawn."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from reader.core.colours import contrast_ratio
from reader.core.model import BlockKind
from reader.core.schemes import SCHEME_ORDER, SCHEMES
from reader.gui.display import appearance
from reader.gui import feedback
from tests.gui.pixels import region_contrast

MODES = [False, True]  # normal, elder


@pytest.fixture
def confirmations(monkeypatch):
    said = []
    monkeypatch.setattr(feedback, "announce", lambda widget, text, assertive=False: said.append(text))
    return said


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def set_mode(window, elder, scheme="original"):
    window.appearance.settings.set("scheme", scheme)
    window.appearance.set("elder_mode", elder)


def first(window, kind):
    return next(i for i, b in enumerate(window.document.blocks) if b.kind is kind)


def text_rect(view, start, end):
    """The viewport rectangle of a model range's first line."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(start))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.model_to_view(min(end, start + 6)))
    right = view.cursorRect(cursor)
    return QRect(left.left(), left.top(), max(right.right() - left.left(), 8), left.height())


def scroll_to(window, offset):
    view = window.view
    view.verticalScrollBar().setValue(int(view.offset_top(offset)) - 40)


# Elder mode -------------------------------------------------------------------
def test_the_elder_switch_is_a_labelled_button_a_menu_entry_and_a_shortcut(window, qtbot, confirmations):
    action = window.accessibility.actions["elder"]
    button = window.accessibility.button("elder")
    # A short label on the button; the full name everywhere else (menu, tooltip, screen readers).
    assert isinstance(button, QToolButton) and button.text() == "Elder" and action.text() == "&Elder Mode"
    assert button.accessibleName() == "Elder Mode" and action.toolTip().startswith("Elder Mode: ")
    assert action in window.accessibility.menu.actions()
    activate(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.appearance.elder and action.isChecked()
    assert confirmations[-1] == "Elder Mode on" and "Elder Mode on" in window.statusBar().currentMessage()
    action.trigger()
    assert not window.appearance.elder and confirmations[-1] == "Elder Mode off"
    assert "长辈版" in action.property("search_terms") and "关怀版" in action.property("search_terms")


def test_elder_mode_text_is_large_spaced_and_short_lined(window, qtbot):
    set_mode(window, True)
    view = window.view
    assert view.document().defaultFont().pointSizeF() == 24
    paragraph = first(window, BlockKind.PARAGRAPH)
    block = view.document().findBlock(view.block_position(paragraph))
    size_px = 24 * 4 / 3
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify != Qt.AlignmentFlag.AlignJustify
    layout = block.layout()
    pitch = layout.lineAt(1).y() - layout.lineAt(0).y()
    assert pitch >= 1.6 * size_px  # line spacing at least 1.6
    following = block.next()
    gap = (view.document().documentLayout().blockBoundingRect(following).top()
           + following.layout().lineAt(0).y()) - (view.document().documentLayout().blockBoundingRect(block).top()
                                                 + layout.lineAt(layout.lineCount() - 1).y())
    assert gap >= 2 * pitch  # paragraphs stand at least twice the line spacing apart
    for percent in (100, 200):  # 24 pt and the largest, 48 pt
        window.zoom.set_zoom(percent)
        qtbot.wait(10)
        assert longest_line_in_characters(view, paragraph) <= 28.5


def test_elder_mode_caps_the_size_at_48_pt(window):
    window.zoom.set_zoom(300)
    set_mode(window, True)
    assert window.view.zoom_percent == 200 and window.view.body_point_size() == 48
    window.zoom.zoom_in_action.trigger()  # a press at the limit says so
    assert window.view.zoom_percent == 200
    assert window.statusBar().currentMessage() == "Text size 200% (the largest)"


def longest_line_in_characters(view, index):
    block = view.document().findBlock(view.block_position(index))
    text = block.text()
    layout = block.layout()
    widths = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        segment = text[line.textStart(): line.textStart() + line.textLength()]
        widths.append(sum(0.5 if ch.isascii() else 1 for ch in segment))
    return max(widths)


def test_elder_mode_controls_are_60_px_with_text_under_icons_and_the_outline_tucked_away(window, qtbot):
    set_mode(window, True)
    qtbot.wait(20)
    for toolbar in window.accessibility.toolbars:
        assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and button.isVisible():
                assert button.width() >= 60 and button.height() >= 60, action.text()
    window.find.open()  # the find bar's buttons too
    qtbot.wait(20)
    for button in window.find.bar.findChildren(QToolButton) + window.message_bar.findChildren(QToolButton):
        if button.isVisible():
            assert button.width() >= 60 and button.height() >= 60, button.accessibleName()
    assert window.outline_dock.isHidden()
    set_mode(window, False)
    assert not window.outline_dock.isHidden()


def test_elder_mode_focus_ring_is_at_least_3px(window, qtbot):
    set_mode(window, True)
    activate(window, qtbot)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    image = window.view.grab().toImage()
    focus = SCHEMES["original"].focus
    for x in range(3):
        colour = image.pixelColor(x, image.height() // 2).name().upper()
        assert colour == focus


# Colour schemes, measured on the rendering -----------------------------------
@pytest.mark.parametrize("elder", MODES, ids=["normal", "elder"])
@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_every_scheme_meets_contrast_on_rendered_pixels(window, qtbot, scheme, elder):
    set_mode(window, elder, scheme)
    view = window.view
    document = window.document
    qtbot.wait(10)
    checks = {}
    paragraph = document.blocks[first(window, BlockKind.PARAGRAPH)]
    # Body text, away from the reading cursor (which sits on the title).
    scroll_to(window, paragraph.start)
    image = view.viewport().grab().toImage()
    checks["body text"] = (region_contrast(image, text_rect(view, paragraph.start + 8, paragraph.end)), 7.0)
    # The reading cursor's sentence.
    window.reading.move_to(5, announcement="")
    sentence = document.sentences[5]
    image = view.viewport().grab().toImage()
    marked = region_contrast(image, text_rect(view, sentence.start, sentence.end))
    checks["reading sentence"] = (marked, 7.0)  # its text, on the band
    page = region_contrast(image, QRect(0, 0, 4, view.viewport().height()))[1]  # the page's left margin
    band = marked[1]
    checks["reading sentence against the page"] = ((contrast_ratio(band, page),), 3.0)  # WCAG 1.4.11
    # Search matches: all, and the current one.
    window.find.open()
    window.find.bar.field.setText("执法")
    qtbot.waitUntil(lambda: len(window.find.matches) > 2)
    window.find.go_to(0)
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    current, other = window.find.matches[0], window.find.matches[1]
    checks["current match"] = (region_contrast(image, text_rect(view, current.start, current.end)), 4.5)
    if abs(view.offset_top(other.start) - view.offset_top(current.start)) < view.viewport().height() / 2:
        checks["match"] = (region_contrast(image, text_rect(view, other.start, other.end)), 4.5)
    window.find.close()
    # Selected text.
    selected = document.blocks[first(window, BlockKind.PARAGRAPH)]
    scroll_to(window, selected.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(selected.start))
    cursor.setPosition(view.model_to_view(selected.start + 12), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    checks["selection"] = (region_contrast(image, text_rect(view, selected.start + 1, selected.start + 12)), 4.5)
    # The toolbar's labels.
    button = window.accessibility.button("scheme")
    toolbar_image = button.parentWidget().grab().toImage()
    checks["toolbar text"] = (region_contrast(toolbar_image, button.geometry()), 4.5)
    failures = {name: round(measured[0], 2) for name, (measured, minimum) in checks.items() if measured[0] < minimum}
    assert failures == {}, (scheme, elder, failures)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_menu_separators_are_seen_in_every_scheme(window, qtbot, scheme):
    """A menu's groups (View: the outline / the font sizes / zoom) are told apart by their
    separators: Fusion draws them a shade of the menu's background, black on black in the dark
    schemes. Measured on the rendered menu: the separator's line against the menu (WCAG 1.4.11)."""
    set_mode(window, False, scheme)
    menu = window.view_menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    separator = next(action for action in menu.actions() if action.isSeparator())
    image = menu.grab().toImage()
    area = menu.actionGeometry(separator)
    ratio, background, line = region_contrast(image, area.adjusted(8, 0, -8, 0))
    menu.hide()
    assert ratio >= 3.0, (scheme, background, line)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_a_switched_on_tool_shows_its_check_in_the_menu_in_every_scheme(window, qtbot, scheme):
    """无障碍's switches in its menu: on, a check mark that stands out from the menu (4.5:1), where
    Fusion had marked the glyph on by a pale frame and drawn it white."""
    set_mode(window, False, scheme)
    window.accessibility.actions["pointer"].setChecked(True)
    menu = window.accessibility.menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    image = menu.grab().toImage()
    entry = menu.actionGeometry(window.accessibility.actions["pointer"])
    ratio, background, mark = region_contrast(image, entry.adjusted(0, 2, -(entry.width() - entry.height()), -2))
    menu.hide()
    window.accessibility.actions["pointer"].setChecked(False)
    assert ratio >= 4.5, (scheme, background, mark)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_focus_ring_changes_at_least_3_to_1_in_every_scheme(window, qtbot, scheme):
    set_mode(window, False, scheme)
    activate(window, qtbot)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    focused = window.view.grab().toImage().pixelColor(1, 200)
    window.outline.setFocus()
    qtbot.waitUntil(lambda: not window.view.hasFocus())
    unfocused = window.view.grab().toImage().pixelColor(1, 200)
    from reader.core.colours import contrast_ratio
    ratio = contrast_ratio(focused.getRgb()[:3], unfocused.getRgb()[:3])
    assert ratio >= 3, (scheme, focused.name(), unfocused.name())


def test_scheme_cycles_in_the_portals_order_with_alt_shift_4(window, qtbot, confirmations):
    activate(window, qtbot)
    seen = []
    for _ in SCHEME_ORDER:
        qtbot.keyClick(window.view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
        seen.append(window.settings.get("scheme"))
    assert seen == list(SCHEME_ORDER[1:]) + [SCHEME_ORDER[0]]
    assert confirmations[0].startswith("Colours: ")
    window.accessibility.schemes.actions["blue-yellow"].trigger()
    assert window.view.palette().color(window.view.backgroundRole()).name().upper() == "#0000FF" or \
        window.view.viewport().grab().toImage().pixelColor(5, 5).name().upper() == "#0000FF"


def test_the_system_high_contrast_setting_is_followed_until_the_user_chooses(window, monkeypatch):
    monkeypatch.setattr(appearance, "_system_wants_high_contrast", lambda: True)
    window.appearance.apply()
    assert window.appearance.scheme.name in ("white-black", "black-yellow")
    window.appearance.set("scheme", "blue-yellow")
    assert window.appearance.scheme.name == "blue-yellow"


def test_custom_colours_are_checked_for_contrast(window):
    from PySide6.QtGui import QColor

    from reader.gui.display.custom_colours import choose_custom_colours

    too_close = iter([QColor("#777777"), QColor("#888888")])
    assert not choose_custom_colours(window, window.appearance, window.feedback, pick=lambda *args: next(too_close))
    assert "too close" in window.message_bar.text() and window.settings.get("scheme") == "original"
    good = iter([QColor("#003300"), QColor("#FFF8E0")])
    assert choose_custom_colours(window, window.appearance, window.feedback, pick=lambda *args: next(good))
    assert window.appearance.scheme.name == "custom" and window.appearance.scheme.background == "#FFF8E0"


# Text only, reset, shortcuts, persistence --------------------------------------
def test_text_only_drops_the_styling(window, qtbot):
    activate(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.appearance.text_only
    view = window.view
    card_line = view.document().firstBlock()
    assert card_line.blockFormat().background().style() == Qt.BrushStyle.NoBrush
    heading = view.document().findBlock(view.block_position(first(window, BlockKind.HEADING)))
    assert heading.begin().fragment().charFormat().fontWeight() <= 400
    assert view.document().toPlainText().count("一、主要做法和成效") == 1


def test_reset_restores_every_display_setting(window, qtbot, confirmations):
    set_mode(window, True, "black-yellow")
    window.appearance.set("text_only", True)
    window.zoom.set_zoom(150)
    activate(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.appearance.elder and not window.appearance.text_only
    assert window.settings.get("scheme") == "original" and window.view.zoom_percent == 100
    assert confirmations[-1] == "All display settings restored"


def test_reset_applies_the_look_once(window):
    """Appearance follows each of its settings; a reset of many applies the new look once."""
    set_mode(window, True, "black-yellow")
    window.appearance.set("text_only", True)
    applied = []
    window.appearance.changed.connect(lambda: applied.append(window.appearance.scheme.name))
    window.accessibility.reset()
    assert applied == ["original"] and not window.appearance.elder and not window.view.look.text_only


def test_zoom_and_help_with_the_portals_keys(window, qtbot):
    activate(window, qtbot)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Up, alt_shift)
    assert window.view.zoom_percent == 110
    qtbot.keyClick(window.view, Qt.Key.Key_Down, alt_shift)
    assert window.view.zoom_percent == 100
    window.accessibility.actions["help"].trigger()
    assert window.accessibility.help_dialog.isVisible()
    assert "Alt+Shift+4" in window.accessibility.help_dialog.text.toPlainText()


def test_the_toolbar_and_its_open_help_follow_a_live_switch_of_language(window, qtbot):
    set_mode(window, True)
    toolbar = window.accessibility
    toolbar.actions["help"].trigger()
    dialog = toolbar.help_dialog
    assert dialog.windowTitle() == "Accessibility Tools" and "Elder Mode" in dialog.text.toPlainText()
    window.language.choose("zh_TW")
    action = toolbar.actions["elder"]
    button = toolbar.button("elder")
    assert button.text() == "長者助手" and button.accessibleName() == "長者助手"
    assert action.toolTip().startswith("長者助手") and action.toolTip().endswith("(Ctrl+Shift+E)")
    assert dialog.isVisible() and dialog.windowTitle() == "無障礙工具"
    assert "長者助手" in dialog.text.toPlainText() and "Elder Mode" not in dialog.text.toPlainText()
    assert toolbar.toolbars[0].windowTitle() != "Accessibility Toolbar" and toolbar.menu.title() == "無障礙(&A)"


def test_speech_controls_are_present_and_bound_to_read_aloud(window):
    for name in ("sound", "slower", "faster", "reading_mode"):
        assert window.accessibility.actions[name].isEnabled() == window.read_aloud.is_available()


def test_display_settings_persist_and_a_damaged_store_is_survived(make_window, tmp_path, monkeypatch):
    first_window = make_window()
    set_mode(first_window, True, "yellow-black")
    again = make_window()
    assert again.appearance.elder and again.settings.get("scheme") == "yellow-black"
    settings_file = again.settings.store.path
    settings_file.write_text("{broken", encoding="utf-8")
    damaged = make_window()
    assert not damaged.appearance.elder
    assert "could not be read" in damaged.message_bar.text()


# The screenshot command ------------------------------------------------------------
def test_screenshot_command_renders_and_leaves_settings_alone(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "elder.png"
    result = subprocess.run([sys.executable, "-m", "reader", "--screenshot", str(out), "--elder", "--scheme",
                             "black-yellow", "--size", "1024x700"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    from collections import Counter
    colours = Counter(image.pixelColor(x, y).name().upper() for x in range(300, 1000, 7) for y in range(200, 680, 7))
    assert colours.most_common(1)[0][0] in ("#000000", SCHEMES["black-yellow"].card)  # the black page
    settings_file = Path(os.environ["READER_DATA_DIR"]) / "settings.json"  # this test's own data folder
    assert not settings_file.exists() or json.loads(settings_file.read_text()).get("elder_mode") is not True


def test_pointer_guides_and_caption_with_the_portals_keys(window, qtbot, confirmations):
    activate(window, qtbot)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_2, alt_shift)
    assert window.display_tools.large_pointer.active and window.accessibility.actions["pointer"].isChecked()
    qtbot.keyClick(window.view, Qt.Key.Key_3, alt_shift)
    assert window.display_tools.guide_lines.active
    qtbot.keyClick(window.view, Qt.Key.Key_0, alt_shift)
    assert window.caption_bar.is_shown()
    assert confirmations == ["Large Pointer on", "Guide Lines on", "Caption Bar on"]
    window.accessibility.line_focus_choices.actions[3].trigger()
    assert window.display_tools.line_focus.lines == 3
    qtbot.keyClick(window.view, Qt.Key.Key_1, alt_shift)  # 重置 turns them all off
    assert not (window.display_tools.large_pointer.active or window.display_tools.guide_lines.active or window.caption_bar.is_shown())
    assert window.display_tools.line_focus.lines == 0 and not window.accessibility.actions["caption"].isChecked()


def test_a_new_look_keeps_the_card_in_sight_and_the_documents_own_font(window, qtbot):
    set_mode(window, True, "black-yellow")  # elder mode's style sheet changes the widgets' font
    qtbot.wait(10)
    assert window.view.verticalScrollBar().value() == 0
    assert window.view.document().defaultFont().pointSizeF() == 24
