"""Elder mode makes the whole interface large and clear: the status bar, the find bar, the panels,
the scroll bars, the tree arrows, the dialogs; and every scheme keeps them visible."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton

from reader.core.schemes import SCHEME_ORDER, SCHEMES, ratio
from reader.gui.display.appearance import placeholder_colour
from reader.gui.labels import keys_text
from reader.gui.display.style import ELDER_CONTROL_PX, ELDER_SCROLL_BAR_PX, ELDER_SMALL_CONTROL_PX, ELDER_TREE_INDENT_PX, ELDER_UI_POINT_SIZE


def set_mode(window, qtbot, elder, scheme="original"):
    window.appearance.settings.set("scheme", scheme)
    window.appearance.set("elder_mode", elder)
    qtbot.wait(30)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_elder_status_bar_holds_its_line_with_room_to_spare(window, qtbot, scheme):
    set_mode(window, qtbot, True, scheme)
    window.statusBar().showMessage("gjpqy 已打开")
    qtbot.wait(30)
    bar = window.statusBar()
    assert bar.font().pointSizeF() >= ELDER_UI_POINT_SIZE
    assert bar.height() >= bar.fontMetrics().height() + 12  # was 29 px for a 24 px line


def test_elder_find_bar_text_is_as_large_as_the_menus_and_the_clear_button_stays_inside(window, qtbot):
    set_mode(window, qtbot, True)
    window.find.open()
    bar = window.find.bar
    bar.field.setText("执法")
    qtbot.wait(30)
    menu_pixels = window.menuBar().fontInfo().pixelSize()
    for widget in (bar.label, bar.field, bar.count, bar.results_button):
        assert widget.fontInfo().pixelSize() >= menu_pixels, widget
    assert bar.field.alignment() & Qt.AlignmentFlag.AlignVCenter
    (clear,) = [b for b in bar.field.findChildren(QToolButton) if b.isVisible()]
    assert bar.field.rect().contains(clear.geometry()), clear.geometry()
    assert clear.width() < ELDER_CONTROL_PX


@pytest.mark.parametrize("width", [1100, 1280])
def test_search_results_panel_shows_whole_counts(make_window, qtbot, width):
    for language in ("zh_CN", "en"):
        window = make_window(language)
        window.resize(width, 800)
        set_mode(window, qtbot, True)
        window.find.open()
        window.find.bar.field.setText("执法")
        window.find.bar.results_button.setChecked(True)
        qtbot.wait(300)
        tree = window.find.results.tree
        # The find bar keeps its whole width (its labels uncut); the panel takes what is left.
        for button in window.find.bar._buttons():
            assert button.width() >= button.sizeHint().width(), button.text()
        if width >= 1280:
            assert window.find.results.width() >= tree.fontMetrics().horizontalAdvance("中") * 20
        section = tree.topLevelItem(1)
        option_width = tree.visualItemRect(section).width()
        # the heading and its count fit, or at least the count stays in sight (cut in the middle)
        shown = tree.fontMetrics().elidedText(section.text(0), Qt.TextElideMode.ElideMiddle, option_width - 8)
        assert shown.endswith(section.text(0)[-4:]), shown
        window.close()


def test_favorites_columns_share_the_width_and_buttons_are_large(window, qtbot):
    qtbot.waitUntil(lambda: window.favorites.stored.opened_store is not None)
    favorites = window.favorites
    favorites.toggle_favorite()
    favorites.add_bookmark("一条很长的笔记，看看会不会被截断")
    favorites.set_panel_visible(True)
    qtbot.wait(50)
    panel = favorites.panel
    tree = panel.tree
    date = tree.header().sectionSize(2)
    assert date >= tree.fontMetrics().horizontalAdvance("2026-11-28")
    assert abs(tree.header().sectionSize(0) - tree.header().sectionSize(1)) <= 2
    used = sum(tree.header().sectionSize(i) for i in range(3))
    assert used >= tree.viewport().width() - 2  # no empty stretch on the right
    assert panel.open_button.height() >= 44
    assert panel.filter.width() >= panel.fontMetrics().horizontalAdvance(panel.filter.placeholderText()) // 2
    assert panel.tree.topLevelItem(0).text(1) == "1 bookmark"
    favorites.set_panel_visible(False)
    set_mode(window, qtbot, True)
    favorites.set_panel_visible(True)
    qtbot.wait(50)
    assert panel.open_button.height() >= ELDER_CONTROL_PX
    assert abs(tree.header().sectionSize(0) - tree.header().sectionSize(1)) <= 2
    favorites.set_panel_visible(False)


def _luminance_contrast(first: QColor, second: QColor) -> float:
    return ratio(first.name(), second.name())


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_elder_scroll_bars_are_wide_with_a_handle_that_stands_out(window, qtbot, scheme):
    set_mode(window, qtbot, True, scheme)
    bar = window.view.verticalScrollBar()
    bar.setValue(0)
    qtbot.wait(30)
    assert ELDER_SCROLL_BAR_PX <= bar.width() <= 32
    image = bar.grab().toImage()
    middle = bar.width() // 2
    handle = image.pixelColor(middle, ELDER_SCROLL_BAR_PX + 20)  # the handle at the top
    groove = image.pixelColor(middle, image.height() - ELDER_SCROLL_BAR_PX - 10)
    assert _luminance_contrast(handle, groove) >= 3.0, (handle.name(), groove.name())


def test_tree_arrows_and_dock_close_buttons_follow_the_scheme(window, qtbot):
    set_mode(window, qtbot, False, "black-yellow")
    sheet = QApplication.instance().styleSheet()
    assert "QTreeView::branch:has-children:closed" in sheet and "#dockCloseButton" in sheet
    assert "FFFF00" in sheet.split("#dockCloseButton")[1].split(")")[0]
    close = window.outline_dock.titleBarWidget().close_button
    assert close.width() >= 24 and close.height() >= 24  # WCAG 2.5.8 (Qt's own: 18 x 14)
    window.appearance.set("elder_mode", True)
    window.outline_dock.show()
    qtbot.wait(30)
    assert window.outline.indentation() >= ELDER_TREE_INDENT_PX
    assert close.width() >= ELDER_SMALL_CONTROL_PX and close.height() >= ELDER_SMALL_CONTROL_PX
    close.click()
    assert not window.outline_dock.isVisible()


def test_toolbar_help_is_larger_in_elder_mode_and_lists_f1(window, qtbot):
    set_mode(window, qtbot, True)
    window.accessibility.show_help()
    dialog = window.accessibility.help_dialog
    assert dialog.width() > 620 or dialog.width() >= window.screen().availableGeometry().width()
    html = dialog.text.toHtml()
    assert "F1" in html
    dialog.close()


def test_elder_palette_and_shortcuts_are_larger_and_the_hint_is_lighter(window, qtbot):
    set_mode(window, qtbot, False)
    palette = window.command_palette.open()
    normal = (palette.width(), palette.field.fontInfo().pixelSize())
    palette.close()
    set_mode(window, qtbot, True)
    palette = window.command_palette.open()
    assert palette.width() > normal[0] or palette.width() >= window.width()
    assert palette.field.fontInfo().pixelSize() > window.menuBar().fontInfo().pixelSize()
    assert palette.field.textMargins().left() + palette.field.contentsRect().left() >= 0
    palette.close()
    window.show_shortcuts()
    assert window.shortcuts_dialog.width() > 560
    window.shortcuts_dialog.close()
    for scheme in SCHEMES.values():
        hint = placeholder_colour(scheme)
        assert hint != scheme.text and ratio(hint, scheme.background) >= 4.5


def test_shortcuts_show_only_keyboard_keys():
    find = QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert keys_text(find) == "Ctrl+F"
    assert keys_text([QKeySequence(Qt.Key.Key_Find)]) == ""


def test_shortcut_lists_do_not_name_media_keys(make_window, qtbot):
    window = make_window("zh_CN")
    palette = window.command_palette.open()
    texts = [palette.list.item(i).text() for i in range(palette.list.count())]
    assert any("Ctrl+F" in text for text in texts)
    assert not any("Ctrl+F, " in text for text in texts), [t for t in texts if "Ctrl+F" in t]
    palette.close()


def test_menu_icons_are_as_large_as_their_check_boxes_in_elder_mode(window):
    """The 无障碍 menu's tool glyphs were drawn at Qt's 16 px beside elder mode's 16 pt entries."""
    from PySide6.QtWidgets import QStyle

    from reader.gui.display.style import ELDER_MENU_INDICATOR_PX

    menu = window.accessibility.menu
    sizes = {}
    for elder in (False, True):
        window.appearance.set("elder_mode", elder)
        sizes[elder] = menu.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, menu)
    assert sizes[True] >= ELDER_MENU_INDICATOR_PX > sizes[False]
