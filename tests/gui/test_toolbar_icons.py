"""The toolbar's glyph icons: drawn when first shown, at the size, device pixel ratio, state and mode
shown (issue #15: drawing 18 of them at 48 px while the window was built cost ~10 ms), in the
scheme's colours, and safe to copy, replace and delete (each is a Python QIconEngine that Qt owns)."""
import gc

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QStyleOption

from reader.core.schemes import SCHEMES
from reader.gui.app import create_application
from reader.gui.display import toolbar_icons
from reader.gui.display.toolbar_icons import glyph_icon
from reader.gui.main_window import MainWindow


def _noting_draws(monkeypatch) -> list[tuple]:
    """Every glyph drawn from now on: (glyph, width, height, scale, mode, state)."""
    drawn = []
    draw = toolbar_icons.GlyphIconEngine._draw

    def noting(engine, size, mode, state, scale):
        drawn.append((engine.glyph, size.width(), size.height(), scale, mode, state))
        return draw(engine, size, mode, state, scale)

    monkeypatch.setattr(toolbar_icons.GlyphIconEngine, "_draw", noting)
    return drawn


def _inks(image: QImage) -> set[tuple[int, int, int]]:
    """The colours of the opaque pixels (the glyph's core)."""
    return {(colour.red(), colour.green(), colour.blue())
            for colour in (image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width()))
            if colour.alpha() == 255}


def _rgb(name: str) -> tuple[int, int, int]:
    colour = QColor(name)
    return colour.red(), colour.green(), colour.blue()


def test_the_icons_are_drawn_at_the_first_paint_at_the_size_shown(qtbot, monkeypatch):
    create_application("en")
    drawn = _noting_draws(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_sample()
    assert drawn == [], "glyphs drawn while the window was built"
    window.show()
    qtbot.waitExposed(window)
    window.grab()
    toolbar = window.accessibility
    shown = [name for name in toolbar.actions if toolbar.button(name) is not None and toolbar.button(name).isVisible()]
    assert len(shown) > 10
    assert len({glyph for glyph, *_ in drawn}) == len(shown)  # each tool on the toolbar, no other
    assert {(width, height, scale) for _, width, height, scale, _, _ in drawn} == {(22, 22, 1.0)}
    assert len(drawn) == len(set(drawn)), "a glyph drawn twice at the same size"


def test_elder_mode_draws_them_at_its_40_px_and_back(window, qtbot, monkeypatch):
    drawn = _noting_draws(monkeypatch)
    window.settings.set("elder_mode", True)
    qtbot.wait(10)
    window.grab()
    assert drawn and {(width, height) for _, width, height, _, _, _ in drawn} == {(40, 40)}
    drawn.clear()
    window.settings.set("elder_mode", False)
    qtbot.wait(10)
    window.grab()
    assert drawn == [], "the 22 px glyphs are kept: each icon's look did not change"


def test_a_checked_tool_shows_its_glyph_in_the_checked_colour(window, qtbot):
    toolbar, scheme = window.accessibility, window.appearance.scheme
    icon = toolbar.actions["guides"].icon()
    unchecked = icon.pixmap(QSize(22, 22), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    checked = icon.pixmap(QSize(22, 22), QIcon.Mode.Normal, QIcon.State.On).toImage()
    assert _inks(unchecked) == {_rgb(scheme.ui_text)}
    assert _inks(checked) == {_rgb(scheme.selection_text)}

    button = toolbar.button("guides")
    before = button.grab().toImage()
    window.settings.set("guide_lines", True)  # Alt+Shift+3, the button or the menu: the setting
    qtbot.wait(10)
    after = button.grab().toImage()
    assert after != before
    assert _rgb(scheme.selection_text) in _inks(after)


def test_a_tool_checked_at_start_shows_its_checked_look(make_window):
    from reader.core.settings import Settings

    Settings().set("large_pointer", True)
    window = make_window()
    scheme, toolbar = window.appearance.scheme, window.accessibility
    assert toolbar.actions["pointer"].isChecked()
    assert _rgb(scheme.selection_text) in _inks(toolbar.button("pointer").grab().toImage())
    assert _rgb(scheme.selection_text) not in _inks(toolbar.button("guides").grab().toImage())


def test_a_disabled_tool_has_the_styles_disabled_look(window):
    icon = window.accessibility.actions["stop"].icon()  # disabled until reading aloud
    assert not window.accessibility.actions["stop"].isEnabled()
    normal = icon.pixmap(QSize(22, 22), QIcon.Mode.Normal, QIcon.State.Off)
    option = QStyleOption()
    option.palette = QGuiApplication.palette()
    expected = QApplication.style().generatedIconPixmap(QIcon.Mode.Disabled, normal, option).toImage()
    disabled = icon.pixmap(QSize(22, 22), QIcon.Mode.Disabled, QIcon.State.Off).toImage()
    assert disabled == expected
    assert disabled != normal.toImage()


def test_icons_are_drawn_for_the_device_pixel_ratio_not_scaled(qapp):
    icon = glyph_icon("十", "#000000")
    sharp = icon.pixmap(QSize(22, 22), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.size() == QSize(44, 44)
    assert sharp.toImage() == glyph_icon("十", "#000000").pixmap(QSize(44, 44)).toImage().convertToFormat(
        sharp.toImage().format())
    upscaled = icon.pixmap(QSize(22, 22)).scaled(44, 44).toImage()
    assert sharp.toImage() != upscaled.convertToFormat(sharp.toImage().format())


def test_a_scheme_change_gives_every_tool_its_new_colours(window, qtbot):
    toolbar = window.accessibility
    window.settings.set("scheme", "black-yellow")
    qtbot.wait(10)
    scheme = SCHEMES["black-yellow"]
    for name, action in toolbar.actions.items():
        ink = _inks(action.icon().pixmap(QSize(22, 22)).toImage())
        assert ink == {_rgb(scheme.ui_text)}, name


def test_icons_outlive_their_engines_python_side_and_survive_copies_and_clones(qapp):
    """Qt owns each engine (the QIcon deletes it); a copy shares it, and a copy changed is cloned:
    PySide would delete a clone made in Python with its last Python reference (toolbar_icons._kept_by_qt)."""
    icon = glyph_icon("长", "#102030", "#ffffff")
    gc.collect()
    first = icon.pixmap(QSize(16, 16)).toImage()
    copy = QIcon(icon)
    copy.addPixmap(QPixmap(8, 8))  # detaches: Qt clones the engine
    gc.collect()
    assert copy.pixmap(QSize(16, 16)).toImage() == first
    del icon
    gc.collect()
    assert copy.pixmap(QSize(16, 16), QIcon.Mode.Normal, QIcon.State.On).toImage() != first
    for _ in range(50):  # many, so that a use after free shows
        changed = QIcon(glyph_icon("文", "#000000"))
        changed.addPixmap(QPixmap(2, 2))
        changed.pixmap(QSize(8, 8))
    del changed, copy
    gc.collect()


def test_replacing_icons_and_deleting_the_window_while_copies_live(qtbot):
    create_application("en")
    window = MainWindow()  # deleted here, not by qtbot
    window.show()
    qtbot.waitExposed(window)
    kept = [QIcon(action.icon()) for action in window.accessibility.actions.values()]
    for scheme in ("black-yellow", "white-black", "original"):
        window.settings.set("scheme", scheme)
        window.settings.set("elder_mode", scheme != "original")
        qtbot.wait(5)
        window.grab()
    window.close()
    window.deleteLater()
    qtbot.wait(10)
    gc.collect()
    assert all(not icon.pixmap(QSize(22, 22)).isNull() for icon in kept)
